//! Where an experiment runs: a device, and the name its report gives it ("CPU (wasm, one
//! thread)", "WebGPU: NVIDIA ..."), in words a person reads rather than burn's debug text.

use burn::prelude::Device;

#[derive(Clone, Debug)]
pub struct Compute {
    pub device: Device,
    pub name: String,
}

impl Compute {
    /// burn's flex CPU backend on one thread, natively or in wasm.
    pub fn cpu() -> Self {
        let name = if cfg!(target_arch = "wasm32") { "CPU (wasm, one thread)" } else { "CPU (native, one thread)" };
        Self { device: Device::flex(), name: name.into() }
    }

    /// A GPU device under a name the caller knows (the adapter's).
    pub fn gpu(device: Device, name: impl Into<String>) -> Self {
        Self { device, name: name.into() }
    }
}
