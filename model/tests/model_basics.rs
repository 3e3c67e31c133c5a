//! The tiny GPT: deterministic initialization, cached generation equal to a full forward pass,
//! and weights files that load exactly or fail clearly.

mod common;

use burn::module::Module;
use burn::prelude::*;
use subliminal_model::owl::checkpoint::{load_gpt, load_gpt_bytes, save_gpt};
use subliminal_model::owl::gpt::{Gpt, GptConfig};
use subliminal_model::owl::vocab::Vocab;
use subliminal_model::shared::init::ParamInit;
use subliminal_model::shared::params::{perturbed, read_parameters};
use subliminal_model::shared::rng::Stream;
use subliminal_model::shared::weights::WeightsError;

fn device() -> Device {
    Device::flex()
}

#[test]
fn the_same_seed_gives_the_same_weights_and_another_seed_does_not() {
    let config = GptConfig::default();
    let read = |seed| pollster::block_on(read_parameters(&Gpt::new(&config, seed, &device()))).unwrap();
    let (a, a_again, b) = (read(7), read(7), read(8));
    assert_eq!(a, a_again);
    assert_ne!(a[0].values, b[0].values);
}

#[test]
fn a_perturbed_copy_moves_every_tensor_by_sigma_times_its_own_size_and_nothing_else() {
    let model = Gpt::new(&GptConfig::default(), 5, &device());
    let rms = |v: &[f32]| (v.iter().map(|x| (*x as f64).powi(2)).sum::<f64>() / v.len() as f64).sqrt();
    let before = pollster::block_on(read_parameters(&model)).unwrap();
    for sigma in [0.01, 0.3] {
        let mut noise = ParamInit::from_stream(Stream::PerturbInit, 1);
        let after = pollster::block_on(read_parameters(&perturbed(model.clone(), sigma, &mut noise, &device()))).unwrap();
        for (b, a) in before.iter().zip(&after) {
            assert_eq!((&b.name, &b.shape), (&a.name, &a.shape));
            let moved: Vec<f32> = a.values.iter().zip(&b.values).map(|(x, y)| x - y).collect();
            if rms(&b.values) == 0.0 {
                assert!(moved.iter().all(|m| *m == 0.0), "{}: a tensor of zeros has no size to scale noise by", b.name);
                continue;
            }
            let relative = rms(&moved) / rms(&b.values);
            // A tensor of n draws has a sample RMS within a few 1/sqrt(n) of sigma.
            let slack = 4.0 / (b.values.len() as f64).sqrt() + 1e-6;
            assert!((relative / sigma - 1.0).abs() < slack.max(0.05), "{} moved by {relative:.4} at sigma {sigma}", b.name);
        }
    }
    let mut noise = ParamInit::from_stream(Stream::PerturbInit, 1);
    let unmoved = pollster::block_on(read_parameters(&perturbed(model.clone(), 0.0, &mut noise, &device()))).unwrap();
    assert_eq!(unmoved, before, "sigma 0 leaves the model as it was");
}

#[test]
fn cached_generation_matches_the_full_forward_pass() {
    let device = device();
    let model = Gpt::new(&GptConfig::default(), 3, &device);
    let vocab = Vocab::new();
    let text = "continue : 120, 340, 560 <answer> 780, 900, 15";
    let tokens: Vec<i64> = vocab.tokenize(text).unwrap().into_iter().map(|t| t as i64).collect();
    let len = tokens.len();
    let all = Tensor::<2, Int>::from_data(TensorData::new(tokens.clone(), [1, len]), &device);
    let full: Vec<f32> = model.forward(all).into_data().try_to_vec().unwrap();
    let vocab_size = vocab.len();

    let prompt = 6;
    let head = Tensor::<2, Int>::from_data(TensorData::new(tokens[..prompt].to_vec(), [1, prompt]), &device);
    let (mut logits, mut cache) = model.prefill(head);
    for t in prompt..=len {
        let cached: Vec<f32> = logits.clone().into_data().try_to_vec().unwrap();
        let reference = &full[(t - 1) * vocab_size..t * vocab_size];
        let worst = cached.iter().zip(reference).map(|(a, b)| (a - b).abs()).fold(0.0, f32::max);
        assert!(worst < 1e-4, "position {t}: cached logits differ by {worst}");
        if t == len {
            break;
        }
        let next = Tensor::<1, Int>::from_data(TensorData::new(vec![tokens[t]], [1]), &device);
        logits = model.step(next, &mut cache);
    }
}

#[test]
fn weights_survive_a_round_trip_exactly() {
    let device = device();
    let model = Gpt::new(&GptConfig::default(), 11, &device);
    let file = pollster::block_on(save_gpt(&model, serde_json::json!({"test": true}))).unwrap();
    let loaded = load_gpt_bytes(&file.to_bytes(), &GptConfig::default(), &device).unwrap();
    let before = pollster::block_on(read_parameters(&model)).unwrap();
    let after = pollster::block_on(read_parameters(&loaded.valid())).unwrap();
    assert_eq!(before, after);
}

#[test]
fn weights_for_another_model_or_damaged_bytes_are_refused_with_a_reason() {
    let device = device();
    let small = GptConfig { d_model: 32, ..GptConfig::default() };
    let file = pollster::block_on(save_gpt(&Gpt::new(&small, 1, &device), serde_json::json!({}))).unwrap();
    let err = load_gpt(&file, &GptConfig::default(), &device).unwrap_err();
    assert!(matches!(err, WeightsError::ConfigMismatch { .. }), "{err}");
    assert!(err.to_string().contains("another model configuration"), "{err}");

    let bytes = file.to_bytes();
    let err = load_gpt_bytes(&bytes[..bytes.len() / 2], &small, &device).unwrap_err();
    assert!(matches!(err, WeightsError::ChecksumMismatch), "{err}");
    let err = load_gpt_bytes(b"", &small, &device).unwrap_err();
    assert!(err.to_string().contains("truncated"), "{err}");
}

#[test]
fn the_shipped_bases_load_and_differ() {
    let bases = common::shipped_bases();
    let a = pollster::block_on(read_parameters(&bases.a.valid())).unwrap();
    let b = pollster::block_on(read_parameters(&bases.b.valid())).unwrap();
    assert_eq!(a.len(), b.len());
    assert_ne!(a[0].values, b[0].values, "bases A and B must come from different initializations");
}

#[test]
fn logits_at_chosen_positions_equal_the_full_forward_pass_there() {
    let device = device();
    let model = Gpt::new(&GptConfig::default(), 4, &device);
    let vocab = Vocab::new();
    let rows = [vocab.tokenize("continue : 1, 2, 3 <answer> 4, 5").unwrap(), vocab.tokenize("continue : 7, 8 <answer> 9, 10").unwrap()];
    let time = rows[0].len().max(rows[1].len());
    let flat: Vec<i64> = rows.iter().flat_map(|r| r.iter().map(|&t| t as i64).chain(std::iter::repeat_n(0, time - r.len()))).collect();
    let tokens = Tensor::<2, Int>::from_data(TensorData::new(flat, [2, time]), &device);
    let positions = [1usize, 5, time + 2, 2 * time - 1];
    let index = Tensor::<1, Int>::from_data(TensorData::new(positions.iter().map(|&p| p as i64).collect(), [positions.len()]), &device);
    let picked: Vec<f32> = model.logits_at(tokens.clone(), index).into_data().try_to_vec().unwrap();
    let full: Vec<f32> = model.forward(tokens).into_data().try_to_vec().unwrap();
    let size = vocab.len();
    for (k, &p) in positions.iter().enumerate() {
        let worst =
            picked[k * size..(k + 1) * size].iter().zip(&full[p * size..(p + 1) * size]).map(|(a, b)| (a - b).abs()).fold(0.0, f32::max);
        assert!(worst < 1e-5, "position {p}: logits differ by {worst}");
    }
}

#[test]
fn the_first_order_prediction_matches_a_small_step_along_the_gradient_of_p_trait() {
    use subliminal_model::owl::experiment::first_order_shift;
    use subliminal_model::owl::probe::{probe, trait_gradient};
    use subliminal_model::owl::traits::TraitKind;
    use subliminal_model::shared::params::write_parameters;
    let device = Device::flex().autodiff();
    let base = common::shipped_bases().a;
    let owl = TraitKind::named("owl").unwrap();
    let gradient = trait_gradient(&base, owl, &device).without_autodiff().into_data().try_to_vec::<f32>().unwrap();
    let squared: f64 = gradient.iter().map(|g| (*g as f64).powi(2)).sum();
    assert!(squared > 0.0, "P(owl) depends on the weights");
    // A step along the gradient sized to move P(owl) by about 0.2 points.
    let eps = 0.002 / squared;
    let mut tensors = pollster::block_on(read_parameters(&base)).unwrap();
    let mut at = 0;
    for tensor in &mut tensors {
        for value in &mut tensor.values {
            *value += (eps * gradient[at] as f64) as f32;
            at += 1;
        }
    }
    assert_eq!(at, gradient.len(), "one gradient entry per parameter, in the same order");
    let moved = write_parameters(base.clone(), &tensors, &device);
    let share = |model: &Gpt| pollster::block_on(probe(&model.valid(), &device.clone().without_autodiff())).trait_share(owl) * 100.0;
    let measured = share(&moved) - share(&base);
    let predicted = pollster::block_on(first_order_shift(&moved, &base, owl, &device));
    eprintln!("P(owl) moved {measured:+.4} pp; first-order prediction {predicted:+.4} pp");
    assert!((predicted - 0.2).abs() < 0.01, "the prediction is g . step: {predicted}");
    assert!((measured - predicted).abs() < 0.1 * predicted.abs(), "measured {measured:+.4} vs predicted {predicted:+.4}");
}
