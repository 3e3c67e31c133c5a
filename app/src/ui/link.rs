//! The page's address as a place for settings: `?owl=<json>` or `?mnist=<json>`, the key being
//! the experiment's own (`Settings::KEY`).

use leptos::prelude::*;
use subliminal_app::forms::config_from_link;
use subliminal_model::run::Spec;
use subliminal_model::shared::settings::Settings;

/// The config in the page's link under its experiment's key, else `default`; with the reason if
/// one was refused.
pub fn config_in_link<C: Settings>(default: impl Fn() -> C) -> (C, Option<String>) {
    let search = window().location().search().unwrap_or_default();
    match web_sys::UrlSearchParams::new_with_str(&search).ok().and_then(|p| p.get(C::KEY)) {
        None => (default(), None),
        Some(json) => match config_from_link(&json) {
            Ok(config) => (config, None),
            Err(message) => (default(), Some(message)),
        },
    }
}

/// Puts a run's config in the address bar, so the page can be shared as it ran.
pub fn put_in_link(spec: &Spec) {
    if let Ok(params) = web_sys::UrlSearchParams::new() {
        params.set(spec.key(), &spec.config_json());
        let url = format!("?{}", String::from(params.to_string()));
        let _ = window().history().and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)));
    }
}
