//! Fetching the shipped files (base models, digits) next to the worker, with progress.

use js_sys::{Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{ReadableStreamDefaultReader, Response, WorkerGlobalScope};

use crate::protocol::{DownloadProblem, Failure};

/// What the browser said of a failure, if anything.
fn detail(error: JsValue) -> Option<String> {
    error.as_string().or_else(|| js_sys::JSON::stringify(&error).ok().and_then(|s| s.as_string()))
}

/// The file's size, where the answer says it: its Content-Length, unless the host compressed it
/// (a `.br` or `.gz` copy, or on the fly), when that is the compressed size and the bytes read,
/// already decompressed, would pass it: progress would show more than all of it.
fn file_size(content_length: Option<&str>, content_encoding: Option<&str>) -> Option<u64> {
    match content_encoding.map(str::trim) {
        None | Some("") | Some("identity") => content_length.and_then(|s| s.trim().parse().ok()),
        Some(_) => None,
    }
}

/// Downloads `assets/<file>`, calling `progress(loaded, total)` as bytes arrive.
pub async fn fetch(file: &str, mut progress: impl FnMut(u64, Option<u64>)) -> Result<Vec<u8>, Failure> {
    let url = format!("assets/{file}");
    let failed = |problem| Failure::Download { file: url.clone(), problem };
    let unreadable = |error: JsValue| failed(DownloadProblem::Unreadable { detail: detail(error) });
    let scope: WorkerGlobalScope = js_sys::global().unchecked_into();
    let response = JsFuture::from(scope.fetch_with_str(&url)).await.map_err(|e| failed(DownloadProblem::Offline { detail: detail(e) }))?;
    let response: Response = response.unchecked_into();
    if !response.ok() {
        return Err(failed(DownloadProblem::Http { status: response.status(), status_text: response.status_text() }));
    }
    let header = |name: &str| response.headers().get(name).ok().flatten();
    let total = file_size(header("content-length").as_deref(), header("content-encoding").as_deref());
    let body = response.body().ok_or_else(|| failed(DownloadProblem::Unreadable { detail: None }))?;
    let reader: ReadableStreamDefaultReader = body.get_reader().unchecked_into();
    let mut bytes = Vec::with_capacity(total.unwrap_or(0) as usize);
    loop {
        let chunk = JsFuture::from(reader.read()).await.map_err(unreadable)?;
        let done = Reflect::get(&chunk, &"done".into()).ok().and_then(|d| d.as_bool()).unwrap_or(true);
        if done {
            break;
        }
        let value: Uint8Array = Reflect::get(&chunk, &"value".into()).map_err(unreadable)?.unchecked_into();
        bytes.extend_from_slice(&value.to_vec());
        progress(bytes.len() as u64, total);
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::file_size;

    #[test]
    fn a_compressed_answers_length_is_not_taken_for_the_files_size() {
        assert_eq!(file_size(Some("702386"), None), Some(702386));
        assert_eq!(file_size(Some("702386"), Some("identity")), Some(702386));
        assert_eq!(file_size(Some("643580"), Some("br")), None);
        assert_eq!(file_size(Some("651429"), Some("gzip")), None);
        assert_eq!(file_size(None, None), None);
        assert_eq!(file_size(Some("lots"), None), None);
    }
}
