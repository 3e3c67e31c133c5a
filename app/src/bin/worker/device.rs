//! Choosing the compute device: WebGPU when the browser has a usable adapter, else the CPU.

use burn::prelude::Device;
use js_sys::{Function, Promise, Reflect};
use subliminal_app::protocol::{BackendChoice, BackendInfo, FromWorker};
use subliminal_app::text::device as text;
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;

/// Asks `navigator.gpu` for an adapter ourselves first: burn would fail too, but less clearly.
/// Returns its name, and whether it is a software emulation (SwiftShader, llvmpipe).
async fn webgpu_adapter() -> Result<(String, bool), String> {
    let navigator = Reflect::get(&js_sys::global(), &"navigator".into()).unwrap_or(JsValue::UNDEFINED);
    let gpu = Reflect::get(&navigator, &"gpu".into()).unwrap_or(JsValue::UNDEFINED);
    if gpu.is_undefined() || gpu.is_null() {
        // Browsers offer WebGPU to secure contexts only: a page served over plain HTTP from
        // another machine (a classroom's LAN) has none, whatever the browser and GPU.
        let secure = Reflect::get(&js_sys::global(), &"isSecureContext".into()).ok().and_then(|v| v.as_bool()).unwrap_or(true);
        if !secure {
            return Err(text::PLAIN_HTTP.into());
        }
        return Err(text::NO_WEBGPU.into());
    }
    let request: Function = Reflect::get(&gpu, &"requestAdapter".into()).map_err(|_| text::INCOMPLETE)?.unchecked_into();
    let promise: Promise = request.call0(&gpu).map_err(|_| text::REFUSED)?.unchecked_into();
    let adapter = JsFuture::from(promise).await.map_err(|_| text::FAILED_LOOKING)?;
    if adapter.is_null() || adapter.is_undefined() {
        return Err(text::NO_GPU.into());
    }
    let info = Reflect::get(&adapter, &"info".into()).unwrap_or(JsValue::UNDEFINED);
    let field = |name: &str| Reflect::get(&info, &name.into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
    let name =
        [field("vendor"), field("architecture"), field("description")].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ");
    let name = if name.is_empty() { text::UNNAMED.to_string() } else { name };
    let fallback = Reflect::get(&info, &"isFallbackAdapter".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false);
    let software = fallback || ["swiftshader", "llvmpipe", "lavapipe"].iter().any(|s| name.to_lowercase().contains(s));
    Ok((name, software))
}

/// What `choose` found.
pub struct Chosen {
    pub device: Device,
    /// Whether it is a GPU, and a sentence saying why.
    pub info: BackendInfo,
    /// The WebGPU adapter's name, and whether it is a software emulation (correct, but a
    /// hundred times slower than the CPU engine here).
    pub adapter: String,
    pub software: bool,
}

/// The device to run on.
pub async fn choose(choice: BackendChoice) -> Chosen {
    let cpu = |note: String| Chosen {
        device: Device::flex(),
        info: BackendInfo { webgpu: false, note },
        adapter: String::new(),
        software: false,
    };
    if choice == BackendChoice::Cpu {
        return cpu(text::CPU_AS_ASKED.into());
    }
    let (adapter, software) = match webgpu_adapter().await {
        Ok(found) => found,
        Err(why) => return cpu(text::on_cpu_because(&why)),
    };
    // Once per worker: a second initialisation fails ("a server is still registered").
    match Device::wgpu_options().init_with_setup_async().await {
        Ok((device, setup)) => {
            watch_for_loss(&setup.device);
            let info = BackendInfo { webgpu: true, note: text::on_webgpu(&adapter) };
            Chosen { device, info, adapter, software }
        }
        Err(e) => cpu(text::failed_to_start(&e.to_string())),
    }
}

/// A GPU can be lost at any time (a driver reset, another tab's crash, a laptop's GPU switch).
/// burn then waits forever on a read or panics with a vaguer message, so the device's own `lost`
/// promise tells the page, which stops this worker and carries on with the CPU.
///
/// The test hook `self.subliminalTestHooks.loseGpu()` destroys the device, which is how a
/// browser test (through Playwright's worker evaluation) makes a GPU disappear mid-run.
fn watch_for_loss(gpu: &burn::tensor::wgpu::wgpu::Device) {
    gpu.set_device_lost_callback(|reason, message| {
        // A device the worker chose not to train on (a software one, say) is of no concern.
        if crate::state::mark_gpu_lost() {
            crate::outbox::post(&FromWorker::Failed { message: text::lost(&format!("{reason:?}"), &message), on_gpu: true });
        }
    });
    let gpu = gpu.clone();
    let lose = Closure::<dyn Fn()>::new(move || gpu.destroy());
    let hooks = js_sys::Object::new();
    let _ = Reflect::set(&hooks, &"loseGpu".into(), lose.as_ref());
    let _ = Reflect::set(&js_sys::global(), &"subliminalTestHooks".into(), &hooks);
    lose.forget(); // once per worker
}
