//! Choosing the compute device: WebGPU when the browser has a usable adapter and this is the
//! engine built with it (`worker-gpu`), else the CPU.

use crate::gpu::{adapter, Adapter};
use crate::protocol::{BackendChoice, BackendInfo, DeviceNote};
#[cfg(feature = "webgpu")]
use crate::protocol::{Failure, FromWorker};
use burn::prelude::Device;
#[cfg(feature = "webgpu")]
use {js_sys::Reflect, wasm_bindgen::prelude::*};

/// What `choose` found.
pub struct Chosen {
    pub device: Device,
    /// Whether it is a GPU, and why.
    pub info: BackendInfo,
    /// The WebGPU adapter's name, and whether it is a software emulation (correct, but a
    /// hundred times slower than the CPU engine here).
    pub adapter: String,
    pub software: bool,
}

/// The device to run on.
pub async fn choose(choice: BackendChoice) -> Chosen {
    let cpu = |note: DeviceNote| Chosen {
        device: Device::flex(),
        info: BackendInfo { webgpu: false, note },
        adapter: String::new(),
        software: false,
    };
    if choice == BackendChoice::Cpu {
        return cpu(DeviceNote::CpuAsAsked);
    }
    let Adapter { name: adapter, software } = match adapter().await {
        Ok(found) => found,
        Err(why) => return cpu(DeviceNote::NoAdapter { why }),
    };
    start_webgpu(adapter, software, cpu).await
}

/// Starts WebGPU on the adapter found.
#[cfg(feature = "webgpu")]
async fn start_webgpu(adapter: String, software: bool, cpu: impl Fn(DeviceNote) -> Chosen) -> Chosen {
    // Once per worker: a second initialisation fails ("a server is still registered").
    match Device::wgpu_options().init_with_setup_async().await {
        Ok((device, setup)) => {
            watch_for_loss(&setup.device);
            let info = BackendInfo { webgpu: true, note: DeviceNote::OnWebgpu { adapter: adapter.clone() } };
            Chosen { device, info, adapter, software }
        }
        Err(e) => cpu(DeviceNote::FailedToStart { error: e.to_string() }),
    }
}

/// This engine is built without WebGPU: the page loads it only where it found no adapter, and
/// the worker's own look found one after all.
#[cfg(not(feature = "webgpu"))]
async fn start_webgpu(adapter: String, _software: bool, cpu: impl Fn(DeviceNote) -> Chosen) -> Chosen {
    cpu(DeviceNote::EngineWithoutWebgpu { adapter })
}

/// A GPU can be lost at any time (a driver reset, another tab's crash, a laptop's GPU switch).
/// burn then waits forever on a read or panics with a vaguer message, so the device's own `lost`
/// promise tells the page, which stops this worker and carries on with the CPU.
///
/// The test hook `self.subliminalTestHooks.loseGpu()` destroys the device, which is how a
/// browser test (through Playwright's worker evaluation) makes a GPU disappear mid-run;
/// `subliminalTestHooks.reads()` gives how many results the engine has read from the device so
/// far, which the same test holds to one read a block of the teacher's steps.
#[cfg(feature = "webgpu")]
fn watch_for_loss(gpu: &burn::tensor::wgpu::wgpu::Device) {
    gpu.set_device_lost_callback(|reason, message| {
        // A device the worker chose not to train on (a software one, say) is of no concern.
        if crate::worker::state::mark_gpu_lost() {
            let failure = Failure::GpuLost { reason: format!("{reason:?}"), message };
            crate::worker::outbox::post(&FromWorker::Failed { failure, on_gpu: true });
        }
    });
    let gpu = gpu.clone();
    let lose = Closure::<dyn Fn()>::new(move || gpu.destroy());
    let hooks = js_sys::Object::new();
    let reads = Closure::<dyn Fn() -> f64>::new(|| subliminal_model::shared::read::reads() as f64);
    let _ = Reflect::set(&hooks, &"loseGpu".into(), lose.as_ref());
    let _ = Reflect::set(&hooks, &"reads".into(), reads.as_ref());
    let _ = Reflect::set(&js_sys::global(), &"subliminalTestHooks".into(), &hooks);
    // Once per worker.
    lose.forget();
    reads.forget();
}
