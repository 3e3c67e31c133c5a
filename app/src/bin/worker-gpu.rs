//! The engine's Web Worker with WebGPU as well: `subliminal_app::worker`, built with the `webgpu`
//! feature (`required-features` in Cargo.toml).

#[cfg(target_arch = "wasm32")]
fn main() {
    subliminal_app::worker::main();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    subliminal_app::worker_runs_in_a_browser();
}
