//! The browser's local storage, through JavaScript reflection (no extra web-sys features, whose
//! rebuild costs minutes): what the page keeps between visits. Private browsing or a full
//! storage makes writes fail; the page then simply forgets, and says nothing is lost but that.

use wasm_bindgen::{JsCast, JsValue};

fn local_storage() -> Option<JsValue> {
    let window: JsValue = web_sys::window()?.into();
    let storage = js_sys::Reflect::get(&window, &JsValue::from_str("localStorage")).ok()?;
    (!storage.is_null() && !storage.is_undefined()).then_some(storage)
}

fn call(name: &str, args: &[&str]) -> Result<JsValue, JsValue> {
    let storage = local_storage().ok_or_else(|| JsValue::from_str("no local storage"))?;
    let method: js_sys::Function = js_sys::Reflect::get(&storage, &JsValue::from_str(name))?.dyn_into()?;
    let args: js_sys::Array = args.iter().map(|a| JsValue::from_str(a)).collect();
    method.apply(&storage, &args)
}

/// The text stored under `key`, if any.
pub fn get(key: &str) -> Option<String> {
    call("getItem", &[key]).ok()?.as_string()
}

/// Stores `value` under `key`; false where the browser refused (private mode, full storage).
pub fn set(key: &str, value: &str) -> bool {
    call("setItem", &[key, value]).is_ok()
}

/// Forgets `key`.
pub fn remove(key: &str) {
    let _ = call("removeItem", &[key]);
}
