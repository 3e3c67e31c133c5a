//! The Subliminal Playground engine: a toy language, tiny models, and the experiments of
//! "subliminal learning" (Cloud et al., 2025) small enough to run in a browser tab.
//!
//! - [`owl`]: the language experiment (a teacher that loves an animal writes numbers; students
//!   learn them), with its toy language, GPT, filter and probes;
//! - [`mnist`]: the auxiliary-logit experiment on real digits;
//! - [`shared`]: the machinery both use (training helpers, statistics, weights files, events,
//!   initialisation, parameter utilities, config errors);
//! - [`run`]: the one entry point that runs any experiment from its spec; [`sweep`] expands a
//!   grid of settings and seeds into runs;
//! - [`self_check`] and [`speed`]: a device's correctness check and its speed, on both networks.
//!
//! Everything is `async` where it reads from the device, because synchronous reads trap on
//! WebGPU in wasm; natively, drive it with any executor (`pollster::block_on`).

pub mod events;
pub mod mnist;
pub mod owl;
pub mod run;
pub mod self_check;
pub mod shared;
pub mod speed;
pub mod sweep;

pub use burn::prelude::Device;
