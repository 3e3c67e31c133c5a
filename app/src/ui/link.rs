//! The page's address as a place for settings: `?owl=<json>` or `?mnist=<json>`.

use leptos::prelude::*;
use subliminal_app::forms::config_from_link;
use subliminal_model::shared::config::ConfigError;

/// The config under `key` in the page's link, else `default`; with the reason if one was refused.
pub fn config_in_link<T: serde::de::DeserializeOwned>(
    key: &str,
    default: impl Fn() -> T,
    validate: impl Fn(&T) -> Result<(), ConfigError>,
) -> (T, Option<String>) {
    let search = window().location().search().unwrap_or_default();
    match web_sys::UrlSearchParams::new_with_str(&search).ok().and_then(|p| p.get(key)) {
        None => (default(), None),
        Some(json) => match config_from_link(&json, validate) {
            Ok(config) => (config, None),
            Err(message) => (default(), Some(message)),
        },
    }
}

/// Puts a config in the address bar, so the page can be shared as it ran.
pub fn put_in_link<T: serde::Serialize>(key: &str, config: &T) {
    let json = serde_json::to_string(config).expect("configs serialise");
    if let Ok(params) = web_sys::UrlSearchParams::new() {
        params.set(key, &json);
        let url = format!("?{}", String::from(params.to_string()));
        let _ = window().history().and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)));
    }
}
