//! The browser's local storage, through JavaScript reflection (no extra web-sys features, whose
//! rebuild costs minutes): what the page keeps between visits, as JSON. Private browsing or a full
//! storage makes writes fail, and a value an older page wrote may no longer read: the page then
//! simply forgets it between visits.

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
pub fn get_text(key: &str) -> Option<String> {
    call("getItem", &[key]).ok().and_then(|v| v.as_string())
}

/// The value stored under `key`, or the default where there is none that reads.
pub fn get<T: serde::de::DeserializeOwned + Default>(key: &str) -> T {
    get_text(key).and_then(|json| serde_json::from_str(&json).ok()).unwrap_or_default()
}

/// Stores `value` under `key` (nothing happens where the browser refuses).
pub fn set<T: serde::Serialize>(key: &str, value: &T) {
    if let Ok(json) = serde_json::to_string(value) {
        let _ = call("setItem", &[key, &json]);
    }
}

/// Forgets `key`.
pub fn remove(key: &str) {
    let _ = call("removeItem", &[key]);
}
