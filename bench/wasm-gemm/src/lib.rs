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

/// A plain hand-written wasm kernel, to compare with gemm's: a bare 12 x 4 block of `c += a b`
/// over `k`, with `a` (12 x k) and `b` (k x 4) already packed, all twelve accumulators in
/// registers, nothing else (relaxed-SIMD builds fuse the multiply-add, as `relaxed-simd.diff`
/// does for gemm). If gemm, packing included, is as fast, a kernel of our own has little to win.
///
/// # Safety
/// `a`, `b` and `c` must hold `12 * k`, `4 * k` and 48 floats.
#[cfg(target_arch = "wasm32")]
#[no_mangle]
pub unsafe extern "C" fn bare_kernel(k: usize, repeat: usize, a: *const f32, b: *const f32, c: *mut f32) {
    use core::arch::wasm32::*;
    #[inline(always)]
    unsafe fn multiply_add(a: v128, b: v128, c: v128) -> v128 {
        #[cfg(target_feature = "relaxed-simd")]
        return f32x4_relaxed_madd(a, b, c);
        #[cfg(not(target_feature = "relaxed-simd"))]
        f32x4_add(c, f32x4_mul(a, b))
    }
    for _ in 0..repeat {
        let mut acc = [[f32x4_splat(0.0); 4]; 3];
        let (mut pa, mut pb) = (a, b);
        for _ in 0..k {
            let rows = [v128_load(pa as *const v128), v128_load(pa.add(4) as *const v128), v128_load(pa.add(8) as *const v128)];
            for j in 0..4 {
                let column = v128_load32_splat(pb.add(j) as *const u32);
                for i in 0..3 {
                    acc[i][j] = multiply_add(rows[i], column, acc[i][j]);
                }
            }
            pa = pa.add(12);
            pb = pb.add(4);
        }
        for (i, row) in acc.iter().enumerate() {
            for (j, sum) in row.iter().enumerate() {
                let out = c.add(j * 12 + i * 4) as *mut v128;
                v128_store(out, f32x4_add(v128_load(out), *sum));
            }
        }
    }
}
