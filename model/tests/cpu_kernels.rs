//! The CPU backend's elementwise kernels that vendor/burn-flex patches for speed (erf for GELU,
//! exp for softmax), checked through burn's API against f64 arithmetic: fast must not mean wrong.

use burn::prelude::*;
use burn::tensor::activation::{gelu, softmax};

fn values(tensor: Tensor<1>) -> Vec<f32> {
    tensor.into_data().try_to_vec().unwrap()
}

fn inputs(lo: f32, hi: f32, n: usize) -> Vec<f32> {
    (0..n).map(|i| lo + (hi - lo) * i as f32 / (n - 1) as f32).collect()
}

fn erf64(x: f64) -> f64 {
    // Abramowitz and Stegun 7.1.28 is too coarse for a reference: integrate instead (Simpson).
    let n = 2000;
    let h = x / n as f64;
    let f = |t: f64| (-t * t).exp();
    let mut sum = f(0.0) + f(x);
    for i in 1..n {
        sum += f(i as f64 * h) * if i % 2 == 1 { 4.0 } else { 2.0 };
    }
    sum * h / 3.0 * 2.0 / std::f64::consts::PI.sqrt()
}

#[test]
fn gelu_matches_its_definition_over_the_range_training_sees() {
    let device = Device::flex();
    let xs = inputs(-8.0, 8.0, 4001);
    let got = values(gelu(Tensor::<1>::from_floats(xs.as_slice(), &device)));
    for (x, g) in xs.iter().zip(got) {
        let x = *x as f64;
        let exact = 0.5 * x * (1.0 + erf64(x / std::f64::consts::SQRT_2));
        assert!((g as f64 - exact).abs() < 2e-6 * (1.0 + x.abs()), "gelu({x}) = {g}, exact {exact}");
    }
}

#[test]
fn exp_is_accurate_and_underflows_to_exact_zero() {
    let device = Device::flex();
    let xs = inputs(-87.0, 88.0, 7001);
    let got = values(Tensor::<1>::from_floats(xs.as_slice(), &device).exp());
    for (x, g) in xs.iter().zip(got) {
        let exact = (*x as f64).exp();
        assert!(((g as f64) - exact).abs() <= 2.5e-7 * exact, "exp({x}) = {g}, exact {exact}");
    }
    let edges = values(Tensor::<1>::from_floats([-1.0e9, -100.0, 0.0, f32::NAN], &device).exp());
    assert_eq!(&edges[..3], &[0.0, 0.0, 1.0]);
    assert!(edges[3].is_nan(), "NaN must stay NaN (the page reports non-finite losses)");
}

#[test]
fn a_masked_softmax_gives_masked_tokens_exactly_zero() {
    let device = Device::flex();
    let logits = Tensor::<1>::from_floats([2.0, -1.0e9, 0.5, -1.0e9, -3.0], &device).reshape([1, 5]);
    let probs: Vec<f32> = softmax(logits, 1).into_data().try_to_vec().unwrap();
    assert_eq!((probs[1], probs[3]), (0.0, 0.0));
    let exact: Vec<f64> = [2.0f64, 0.5, -3.0].iter().map(|x| x.exp()).collect();
    let total: f64 = exact.iter().sum();
    for (p, e) in [probs[0], probs[2], probs[4]].iter().zip(&exact) {
        assert!((*p as f64 - e / total).abs() < 1e-7, "{probs:?}");
    }
}
