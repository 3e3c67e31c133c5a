// The engine's Web Worker on the CPU only: `subliminal_app::worker`, built without WebGPU.

#[cfg(target_arch = "wasm32")]
fn main() {
    subliminal_app::worker::main();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    subliminal_app::worker_runs_in_a_browser();
}
