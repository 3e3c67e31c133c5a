//! The Subliminal Playground page: a Leptos page (`src/main.rs`, `src/ui/`) and a Web Worker that
//! runs the engine (`src/worker/`, started by `src/bin/worker.rs` and `src/bin/worker-gpu.rs`).
//! This library holds both sides, and the page's logic that can be tested without a browser.

pub mod address;
pub mod audit;
pub mod compare;
pub mod curves;
pub mod export;
pub mod forms;
pub mod gpu;
pub mod headline;
pub mod i18n;
pub mod live;
pub mod predict;
pub mod probes;
pub mod protocol;
pub mod qr;
pub mod recorded;
pub mod room;
pub mod text;
pub mod worker;

/// Whether a picked file's text is a binary file's, read as text: NULs, or the replacement
/// character where its bytes were not UTF-8. Every file input refuses such a file by name.
pub fn is_binary(text: &str) -> bool {
    text.contains(['\0', '\u{FFFD}'])
}

/// The worker binaries' `main` outside a browser, where the workspace's tests build them.
pub fn worker_runs_in_a_browser() {
    eprintln!("The engine's Web Worker runs in a browser: build the page with `trunk build` (see the README).");
    std::process::exit(2);
}

/// Runs the static constructors once: the first thing both wasm entry points (the page and the
/// worker) do. cubecl registers its IR types through the `inventory` crate's constructors; while
/// no code calls `__wasm_call_ctors`, the linker treats the module as a one-shot command and
/// wraps every export in a call to them, so they ran again on each of the thousands of calls
/// from JavaScript while the page drew itself: 8.4 s before the first paint (headless Chromium,
/// the 2-core VM, the recorded result on show), 5.2 s of it in the constructors. The worker
/// makes few such calls: a run took as long without this there (34.2 s against 35.3-35.7).
#[cfg(target_family = "wasm")]
pub fn run_constructors_once() {
    unsafe extern "C" {
        fn __wasm_call_ctors();
    }
    // SAFETY: called once, first thing, before any other code of this module runs; the
    // constructors are inventory's registrations, which only link static nodes into a list.
    unsafe { __wasm_call_ctors() }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_pictures_bytes_read_as_text_are_binary_and_numbers_in_any_script_are_not() {
        let png = String::from_utf8_lossy(&[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0xff]).into_owned();
        assert!(super::is_binary(&png));
        assert!(super::is_binary("1, 2\0"));
        assert!(!super::is_binary("\"12, 7\"\n\"é, 3, 四\"\r\n"));
    }
}
