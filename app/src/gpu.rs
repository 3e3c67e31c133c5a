//! Whether the browser offers a WebGPU adapter, asked of `navigator.gpu` directly (burn would
//! fail too, but less clearly). The page asks to choose which engine to load (the GPU one is
//! most of the download); the engine asks again, in its own worker, before it starts WebGPU.

use crate::text::device as text;
use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// A WebGPU adapter the browser offered.
pub struct Adapter {
    /// Vendor, architecture and description, as the browser gives them.
    pub name: String,
    /// A software emulation (SwiftShader, llvmpipe): correct, but far slower than the CPU engine.
    pub software: bool,
}

/// The adapter, or a sentence saying why there is none.
pub async fn adapter() -> Result<Adapter, String> {
    let global = js_sys::global();
    let navigator = Reflect::get(&global, &"navigator".into()).unwrap_or(JsValue::UNDEFINED);
    let gpu = Reflect::get(&navigator, &"gpu".into()).unwrap_or(JsValue::UNDEFINED);
    if gpu.is_undefined() || gpu.is_null() {
        // Browsers offer WebGPU to secure contexts only: a page served over plain HTTP from
        // another machine (a classroom's LAN) has none, whatever the browser and GPU.
        let secure = Reflect::get(&global, &"isSecureContext".into()).ok().and_then(|v| v.as_bool()).unwrap_or(true);
        return Err(if secure { text::no_webgpu() } else { text::plain_http() });
    }
    let request: Function = Reflect::get(&gpu, &"requestAdapter".into()).map_err(|_| text::incomplete())?.unchecked_into();
    let promise: Promise = request.call0(&gpu).map_err(|_| text::refused())?.unchecked_into();
    let adapter = JsFuture::from(promise).await.map_err(|_| text::failed_looking())?;
    if adapter.is_null() || adapter.is_undefined() {
        return Err(text::no_gpu());
    }
    let info = Reflect::get(&adapter, &"info".into()).unwrap_or(JsValue::UNDEFINED);
    let field = |name: &str| Reflect::get(&info, &name.into()).ok().and_then(|v| v.as_string()).unwrap_or_default();
    let name =
        [field("vendor"), field("architecture"), field("description")].into_iter().filter(|s| !s.is_empty()).collect::<Vec<_>>().join(" ");
    let name = if name.is_empty() { text::unnamed() } else { name };
    let fallback = Reflect::get(&info, &"isFallbackAdapter".into()).ok().and_then(|v| v.as_bool()).unwrap_or(false);
    let software = fallback || ["swiftshader", "llvmpipe", "lavapipe"].iter().any(|s| name.to_lowercase().contains(s));
    Ok(Adapter { name, software })
}
