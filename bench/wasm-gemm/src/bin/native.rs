//! The same products natively (gemm picks AVX2+FMA or AVX-512 at run time, as in burn-flex).
use wasm_gemm::{buffer, fill, multiply, repeats_for, SHAPES};

fn main() {
    for (m, k, n) in SHAPES {
        let (a, b, c) = (buffer(m * k), buffer(k * n), buffer(m * n));
        let repeat = repeats_for(m, k, n);
        let seconds = unsafe {
            fill(a, m * k, 7);
            fill(b, k * n, 5);
            multiply(m, k, n, 3, a, b, c); // warm-up
            let clock = std::time::Instant::now();
            multiply(m, k, n, repeat, a, b, c);
            clock.elapsed().as_secs_f64()
        };
        println!("{m}x{k}x{n}: {:.3} ms, {:.1} GFLOP/s", seconds / repeat as f64 * 1e3,
            (2 * m * k * n * repeat) as f64 / seconds / 1e9);
    }
}
