//! The Subliminal Playground page: a Leptos page (`src/main.rs`, `src/ui/`) and a Web Worker that
//! runs the engine (`src/bin/worker/`). This library holds what both sides share, and the page's
//! logic that can be tested without a browser.

pub mod audit;
pub mod curves;
pub mod export;
pub mod forms;
pub mod headline;
pub mod presets;
pub mod probes;
pub mod protocol;
