//! `--device`: where the CLI's experiments run.

use clap::ValueEnum;
use subliminal_model::shared::compute::Compute;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum DeviceArg {
    /// burn's flex backend on one CPU thread (the page's fallback, natively).
    #[default]
    Cpu,
    /// The GPU through wgpu, with the same WGSL kernels the page runs on WebGPU (a build with
    /// `--features gpu`).
    Gpu,
}

/// The device, and the name reports give it.
pub fn open(arg: DeviceArg) -> Result<Compute, String> {
    match arg {
        DeviceArg::Cpu => Ok(Compute::cpu()),
        DeviceArg::Gpu => open_gpu(),
    }
}

#[cfg(feature = "gpu")]
fn open_gpu() -> Result<Compute, String> {
    burn::prelude::Device::wgpu_options()
        .init()
        .map(|device| Compute::gpu(device, "GPU through wgpu (WGSL kernels, as on WebGPU), native"))
        .map_err(|e| format!("no usable GPU: {e}"))
}

#[cfg(not(feature = "gpu"))]
fn open_gpu() -> Result<Compute, String> {
    Err("this build has no GPU support: build with `cargo build --release -p subliminal-cli --features gpu`".into())
}
