//! The product `c[m, n] = a[m, k] b[k, n]` on one thread, exported without bindings so the same
//! code runs natively (`src/bin/native.rs`) and as a bare wasm module in Chromium (`browser.mjs`).

/// The shapes of the page's training steps: 2,048 tokens through the 64-wide GPT (projections,
/// MLP up and down, the 1,075-token head) and their weight gradients, where 2,048 is the inner size.
pub const SHAPES: [(usize, usize, usize); 7] =
    [(2048, 64, 64), (2048, 64, 256), (2048, 256, 64), (2048, 64, 1075), (64, 2048, 256), (256, 2048, 64), (64, 2048, 1075)];

/// A buffer of `len` floats that lives as long as the module (the benchmark never frees).
#[no_mangle]
pub extern "C" fn buffer(len: usize) -> *mut f32 {
    Box::leak(vec![0.0f32; len].into_boxed_slice()).as_mut_ptr()
}

/// Fills `len` floats with a repeating pattern (any finite values do).
///
/// # Safety
/// `ptr` must point to `len` floats from [`buffer`].
#[no_mangle]
pub unsafe extern "C" fn fill(ptr: *mut f32, len: usize, period: usize) {
    for i in 0..len {
        *ptr.add(i) = (i % period) as f32 * 0.1;
    }
}

/// Multiplies row-major `a` and `b` into `c`, `repeat` times.
///
/// # Safety
/// The pointers must hold `m * k`, `k * n` and `m * n` floats.
#[no_mangle]
pub unsafe extern "C" fn multiply(m: usize, k: usize, n: usize, repeat: usize, a: *const f32, b: *const f32, c: *mut f32) {
    for _ in 0..repeat {
        gemm::gemm(m, n, k, c, 1, n as isize, false, a, 1, k as isize, b, 1, n as isize, 0.0, 1.0, false, false, false,
            gemm::Parallelism::None);
    }
}

/// How many products of this shape make about 2 GFLOP (a fraction of a second).
pub fn repeats_for(m: usize, k: usize, n: usize) -> usize {
    (2e9 / (2 * m * k * n) as f64) as usize + 1
}

/// Dimension `which` (0: m, 1: k, 2: n) of shape `index`, for the browser side.
#[no_mangle]
pub extern "C" fn shape(index: usize, which: usize) -> usize {
    let (m, k, n) = SHAPES[index];
    [m, k, n][which]
}

/// The number of shapes.
#[no_mangle]
pub extern "C" fn shape_count() -> usize {
    SHAPES.len()
}
