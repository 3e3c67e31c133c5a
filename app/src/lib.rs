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
pub mod live;
pub mod predict;
pub mod probes;
pub mod protocol;
pub mod recorded;
pub mod room;
pub mod text;
#[cfg(target_arch = "wasm32")]
pub mod worker;

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
