//! Files in and out of the page: a download made from text or a blob, the text of a file the
//! visitor picks, and the text of a file of the site itself. Nothing leaves the tab.

use leptos::prelude::*;
use subliminal_app::text::files;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;

/// Offers `blob` as a file download named `name`.
pub fn download_blob(blob: &web_sys::Blob, name: &str) {
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else { return };
    if let Ok(a) = document().create_element("a") {
        let _ = a.set_attribute("href", &url);
        let _ = a.set_attribute("download", name);
        if let Ok(a) = a.dyn_into::<web_sys::HtmlElement>() {
            a.click();
        }
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}

/// Offers `text` as a file download named `name`.
pub fn download(text: &str, mime: &str, name: &str) {
    if let Some(blob) = text_blob(text, mime) {
        download_blob(&blob, name);
    }
}

/// `text` as a blob of type `mime`.
pub fn text_blob(text: &str, mime: &str) -> Option<web_sys::Blob> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()
}

/// The file picked in the `<input type="file">` that fired `ev`: `done` gets its name and its
/// text, once read, or why it was not read: larger than `most_bytes` (read whole, a file of a few
/// hundred megabytes runs the tab's wasm out of memory), or not text (`subliminal_app::is_binary`).
pub fn read_picked_file(ev: &leptos::ev::Event, most_bytes: f64, done: impl FnOnce(String, Result<String, String>) + 'static) {
    if let Some(file) = picked(ev).into_iter().next() {
        read_file(file, most_bytes, done);
    }
}

/// Every file picked in the `<input type="file" multiple>` that fired `ev`, each read as
/// [`read_picked_file`] reads one: `done` gets each file's name and text, or why not.
pub fn read_picked_files(ev: &leptos::ev::Event, most_bytes: f64, done: impl Fn(String, Result<String, String>) + Clone + 'static) {
    for file in picked(ev) {
        read_file(file, most_bytes, done.clone());
    }
}

fn picked(ev: &leptos::ev::Event) -> Vec<web_sys::File> {
    let Some(files) = ev.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()).and_then(|input| input.files()) else {
        return Vec::new();
    };
    (0..files.length()).filter_map(|i| files.get(i)).collect()
}

fn read_file(file: web_sys::File, most_bytes: f64, done: impl FnOnce(String, Result<String, String>) + 'static) {
    if file.size() > most_bytes {
        done(file.name(), Err(files::too_big(&file.name(), file.size() / 1e6, most_bytes / 1e6)));
        return;
    }
    wasm_bindgen_futures::spawn_local(async move {
        let text = wasm_bindgen_futures::JsFuture::from(file.text()).await.ok().and_then(|v| v.as_string());
        done(file.name(), text.filter(|t| !subliminal_app::is_binary(t)).ok_or_else(|| files::not_text(&file.name())));
    });
}

/// The text of `path`, a file of the site (relative to the page), or why it could not be had.
pub async fn fetch_text(path: &str) -> Result<String, String> {
    let response = wasm_bindgen_futures::JsFuture::from(window().fetch_with_str(path)).await.map_err(|_| files::offline(path))?;
    let response: web_sys::Response = response.unchecked_into();
    if !response.ok() {
        return Err(files::http(path, response.status(), &response.status_text()));
    }
    let text = response.text().map_err(|_| files::unreadable(path))?;
    let text = wasm_bindgen_futures::JsFuture::from(text).await.map_err(|_| files::unreadable(path))?;
    text.as_string().ok_or_else(|| files::unreadable(path))
}
