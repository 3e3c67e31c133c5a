//! `--device`: where the CLI's experiments run.

use burn::prelude::Device;
use clap::ValueEnum;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, ValueEnum)]
pub enum DeviceArg {
    /// burn's flex backend on one CPU thread (the page's fallback, natively).
    #[default]
    Cpu,
    /// The GPU through wgpu, with the same WGSL kernels the page runs on WebGPU (a build with
    /// `--features gpu`).
    Gpu,
}

/// The device, and a short description for reports.
pub fn open(arg: DeviceArg) -> Result<(Device, String), String> {
    match arg {
        DeviceArg::Cpu => Ok((Device::flex(), "flex (CPU), native, 1 thread".into())),
        DeviceArg::Gpu => open_gpu(),
    }
}

#[cfg(feature = "gpu")]
fn open_gpu() -> Result<(Device, String), String> {
    Device::wgpu_options()
        .init()
        .map(|device| (device, "wgpu (WGSL kernels, as on WebGPU), native".into()))
        .map_err(|e| format!("no usable GPU: {e}"))
}

#[cfg(not(feature = "gpu"))]
fn open_gpu() -> Result<(Device, String), String> {
    Err("this build has no GPU support: build with `cargo build --release -p subliminal-cli --features gpu`".into())
}
