//! The Subliminal Playground engine: a toy language, tiny models, and the experiments of
//! "subliminal learning" (Cloud et al., 2025) small enough to run in a browser tab.
//!
//! Everything is `async` where it reads from the device, because synchronous reads trap on
//! WebGPU in wasm; natively, drive it with any executor (`pollster::block_on`).

pub mod batch;
pub mod checkpoint;
pub mod config;
pub mod corpus;
pub mod distill;
pub mod events;
pub mod experiment;
pub mod filter;
pub mod generate;
pub mod gpt;
pub mod init;
pub mod loss;
pub mod mnist;
pub mod params;
pub mod pretrain;
pub mod probe;
pub mod self_check;
pub mod speed;
pub mod stats;
pub mod teacher;
pub mod train;
pub mod vocab;
pub mod weights;

pub use burn::prelude::Device;
