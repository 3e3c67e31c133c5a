//! Helpers shared by the engine's integration tests.

#![allow(dead_code)]

use burn::prelude::Device;
use std::path::PathBuf;
use subliminal_model::owl::checkpoint::load_gpt_bytes;
use subliminal_model::owl::experiment::Bases;
use subliminal_model::owl::gpt::GptConfig;

pub fn assets() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..").join("assets")
}

/// The shipped bases A and B, on the flex CPU backend with autodiff.
pub fn shipped_bases() -> Bases {
    let device = Device::flex().autodiff();
    let load = |name: &str| {
        let bytes = std::fs::read(assets().join(name)).expect("shipped weights (see assets/README.md)");
        load_gpt_bytes(&bytes, &GptConfig::default(), &device).expect("valid shipped weights")
    };
    Bases { a: load("base-a.slpw"), b: load("base-b.slpw") }
}
