//! The page's address as a place for settings: `?owl=<json>` or `?mnist=<json>`, the key being
//! the experiment's own (`Settings::KEY`).

use leptos::prelude::*;
use subliminal_app::forms::config_from_link;
use subliminal_app::text::run_bar;
use subliminal_model::owl::config::OwlConfig;
use subliminal_model::run::Spec;
use subliminal_model::shared::settings::Settings;

use super::state::Experiment;

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

/// The settings an owl-style tab opens with: a link's when its trait belongs to this tab, else
/// the tab's defaults; with the reason a link was refused.
pub fn owl_tab_start(experiment: Experiment) -> (OwlConfig, Option<String>) {
    let default = if experiment == Experiment::Values { OwlConfig::misaligned_default } else { OwlConfig::page_default };
    let (linked, link_error) = config_in_link::<OwlConfig>(default);
    let start = if Experiment::of(&Spec::from(linked.clone())) == experiment { linked } else { default() };
    (start, link_error)
}

/// The query that opens the page with `spec`'s config: `?owl=<json>`, encoded by the browser.
pub fn query(spec: &Spec) -> Option<String> {
    let params = web_sys::UrlSearchParams::new().ok()?;
    params.set(spec.key(), &spec.config_json());
    Some(format!("?{}", String::from(params.to_string())))
}

/// The page's full address with `spec`'s config in it (what "Copy link" copies).
pub fn link_to(spec: &Spec) -> Option<String> {
    let location = window().location();
    Some(format!("{}{}{}", location.origin().ok()?, location.pathname().ok()?, query(spec)?))
}

/// Copies `link` to the clipboard; the message says whether it worked. Without a clipboard (a
/// page served over plain HTTP on a LAN has none), the message holds the link to copy by hand.
pub async fn copy_to_clipboard(link: &str) -> String {
    let by_hand = run_bar::copy_by_hand(link);
    // Outside a secure context `navigator.clipboard` is undefined, and calling it would throw.
    let navigator = window().navigator();
    let present = js_sys::Reflect::get(&navigator, &"clipboard".into()).is_ok_and(|c| !c.is_undefined());
    if !present {
        return by_hand;
    }
    match wasm_bindgen_futures::JsFuture::from(navigator.clipboard().write_text(link)).await {
        Ok(_) => run_bar::COPIED.into(),
        Err(_) => by_hand,
    }
}

/// Puts a run's config in the address bar, so the page can be shared as it ran.
pub fn put_in_link(spec: &Spec) {
    if let Some(url) = query(spec) {
        let _ = window().history().and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&url)));
    }
}
