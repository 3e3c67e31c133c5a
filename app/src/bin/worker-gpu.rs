//! The engine's Web Worker with WebGPU as well: the same program as `worker.rs`, built with the
//! `webgpu` feature (`required-features` in Cargo.toml).

include!("worker.rs");
