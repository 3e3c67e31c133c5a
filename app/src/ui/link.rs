//! The page's address bar and clipboard: what the address says is read and written by
//! [`subliminal_app::address`]; this module hands it the browser's address and puts a run's
//! settings back into it.

use leptos::prelude::*;
use subliminal_app::address::{in_language, whole_page, Address};
use subliminal_app::i18n::{self, Lang};
use subliminal_app::text::run_bar;
use subliminal_model::run::Spec;

/// What the page's address says (tab, device, config), read from the address bar.
pub fn address() -> Address {
    Address::read(&window().location().search().unwrap_or_default())
}

/// The page's full address with `spec`'s config in it (what "Copy link" copies).
pub fn link_to(spec: &Spec) -> Option<String> {
    let location = window().location();
    Some(format!("{}{}{}", location.origin().ok()?, location.pathname().ok()?, address().link_query(spec)))
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
        Ok(_) => run_bar::copied(),
        Err(_) => by_hand,
    }
}

/// Puts a run's config in the address bar, so the page can be shared as it ran (an embedded
/// page stays embedded).
pub fn put_in_link(spec: &Spec) {
    let query = address().query_for(spec);
    let _ = window().history().and_then(|h| h.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&query)));
}

/// Chooses the visit's language (the address's, else the browser's, else English) and writes it
/// into `<html lang>`; before anything is drawn. A language the page lacks comes back to be said.
pub fn choose_language() -> Option<String> {
    let browser: Vec<String> = window().navigator().languages().iter().filter_map(|tag| tag.as_string()).collect();
    let (lang, refused) = Lang::choose(address().lang(), &browser);
    i18n::set(lang);
    if let Some(root) = document().document_element() {
        let _ = root.set_attribute("lang", lang.code());
    }
    refused
}

/// Opens this page again in `lang`, with the same tab, device and settings.
pub fn switch_language(lang: Lang) {
    let location = window().location();
    let query = in_language(&location.search().unwrap_or_default(), lang);
    let _ = location.assign(&format!("{}{query}", location.pathname().unwrap_or_default()));
}

/// The whole page (not embedded) with the address's tab, device and settings: where an embedded
/// page's title leads.
pub fn whole_page_link() -> String {
    let location = window().location();
    format!("{}{}", location.pathname().unwrap_or_default(), whole_page(&location.search().unwrap_or_default()))
}
