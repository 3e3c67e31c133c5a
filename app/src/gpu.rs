//! Whether the browser offers a WebGPU adapter, asked of `navigator.gpu` directly (burn would
//! fail too, but less clearly). The page asks to choose which engine to load (the GPU one is
//! most of the download); the engine asks again, in its own worker, before it starts WebGPU.

use crate::protocol::NoAdapter;
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A WebGPU adapter the browser offered.
pub struct Adapter {
    /// Vendor, architecture and description, as the browser gives them (empty: it gave none).
    pub name: String,
    /// A software emulation (SwiftShader, llvmpipe): correct, but far slower than the CPU engine.
    pub software: bool,
}

/// The adapter, or why there is none.
pub async fn adapter() -> Result<Adapter, NoAdapter> {
    let global = js_sys::global();
    let navigator = Reflect::get(&global, &"navigator".into()).unwrap_or(JsValue::UNDEFINED);
    let gpu = Reflect::get(&navigator, &"gpu".into()).unwrap_or(JsValue::UNDEFINED);
    if gpu.is_undefined() || gpu.is_null() {
        // Browsers offer WebGPU to secure contexts only: a page served over plain HTTP from
        // another machine (a classroom's LAN) has none, whatever the browser and GPU.
        let secure = Reflect::get(&global, &"isSecureContext".into()).ok().and_then(|v| v.as_bool()).unwrap_or(true);
        return Err(if secure { NoAdapter::NoWebgpu } else { NoAdapter::PlainHttp });
    }
    let request: Function = Reflect::get(&gpu, &"requestAdapter".into()).map_err(|_| NoAdapter::Incomplete)?.unchecked_into();
    let promise: Promise = request.call0(&gpu).map_err(|_| NoAdapter::Refused)?.unchecked_into();
    let adapter = JsFuture::from(promise).await.map_err(|_| NoAdapter::FailedLooking)?;
    if adapter.is_null() || adapter.is_undefined() {
        return Err(NoAdapter::NoGpu);
    }
    let info = Reflect::get(&adapter, &"info".into()).unwrap_or(JsValue::UNDEFINED);
    let field = |name: &str| Reflect::get(&info, &name.into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
    let name =
        [field("vendor"), field("architecture"), field("description")].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ");
    let fallback = Reflect::get(&info, &"isFallbackAdapter".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false);
    let software = fallback || ["swiftshader", "llvmpipe", "lavapipe"].iter().any(|s| name.to_lowercase().contains(s));
    Ok(Adapter { name, software })
}
