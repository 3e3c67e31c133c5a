//! Where an experiment runs: a device, and the name its report gives it ("CPU (wasm, one
//! thread)", "WebGPU: NVIDIA ..."), in words a person reads rather than burn's debug text.

use burn::prelude::Device;

/// The CPU backend's name in a browser (a report's `backend`, which the page words).
pub const WASM_CPU: &str = "CPU (wasm, one thread)";

/// What a WebGPU backend's name starts with; the adapter's name follows.
pub const WEBGPU: &str = "WebGPU: ";

#[derive(Clone, Debug)]
pub struct Compute {
    pub device: Device,
    pub name: String,
}

impl Compute {
    /// burn's flex CPU backend on one thread, natively or in wasm. Natively the name also says
    /// which kernels this CPU gets ([`cpu_kernels`]), since they decide a result's last bits.
    pub fn cpu() -> Self {
        let name = if cfg!(target_arch = "wasm32") { WASM_CPU.to_string() } else { format!("CPU (native, one thread; {})", cpu_kernels()) };
        Self { device: Device::flex(), name }
    }

    /// A GPU device under a name the caller knows (the adapter's).
    pub fn gpu(device: Device, name: impl Into<String>) -> Self {
        Self { device, name: name.into() }
    }
}

/// The kernel path the CPU backend takes on this machine, e.g. "AVX-512 element-wise, AVX2+FMA
/// products blocked for caches of 48 KiB / 1024 KiB / 32768 KiB". burn-flex's element-wise and
/// reduction kernels (macerator) pick the widest instruction set the CPU has when the program
/// runs; its matrix products (gemm) pick theirs and block their loops by the cache sizes the CPU
/// reports. Each choice changes the order in which floats are summed, so two machines that
/// differ in any of them agree on a result only to within rounding, which training then grows
/// (`model/tests/pinned_reports.rs` measures how far). In wasm every machine gets the same
/// kernels (128-bit SIMD, fixed blocking), so the page's CPU results should be the same
/// everywhere (two machines agreed to the decimals the page shows; not compared bit for bit).
pub fn cpu_kernels() -> String {
    let caches = gemm_common::cache::CACHE_INFO.iter().map(|c| format!("{} KiB", c.cache_bytes / 1024)).collect::<Vec<_>>();
    format!("{} element-wise, {} products blocked for caches of {}", simd_level(), gemm_level(), caches.join(" / "))
}

#[cfg(target_arch = "x86_64")]
fn simd_level() -> &'static str {
    use std::arch::is_x86_feature_detected as has;
    // The feature sets of macerator's x86 levels v3 and v4 (v4 is v3 plus AVX-512), and v2.
    let v3 = has!("avx2") && has!("fma") && has!("bmi1") && has!("bmi2") && has!("lzcnt") && has!("f16c");
    let avx512 = has!("avx512f") && has!("avx512bw") && has!("avx512cd") && has!("avx512dq") && has!("avx512vl");
    match (v3, avx512) {
        (true, true) => "AVX-512",
        (true, false) => "AVX2",
        _ if has!("sse4.2") && has!("popcnt") => "SSE4.2",
        _ => "scalar",
    }
}

/// gemm's own test: built without its x86-v4 feature, its widest kernels (AVX2 with FMA) run where
/// the CPU has FMA.
#[cfg(target_arch = "x86_64")]
fn gemm_level() -> &'static str {
    use std::arch::is_x86_feature_detected as has;
    if has!("fma") {
        "AVX2+FMA"
    } else {
        "SSE"
    }
}

#[cfg(target_arch = "wasm32")]
fn simd_level() -> &'static str {
    "wasm SIMD128"
}

#[cfg(target_arch = "wasm32")]
fn gemm_level() -> &'static str {
    "wasm SIMD128"
}

#[cfg(not(any(target_arch = "x86_64", target_arch = "wasm32")))]
fn simd_level() -> &'static str {
    std::env::consts::ARCH
}

#[cfg(not(any(target_arch = "x86_64", target_arch = "wasm32")))]
fn gemm_level() -> &'static str {
    std::env::consts::ARCH
}
