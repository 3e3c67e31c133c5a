//! Finding and loading the shipped assets: the base models and the MNIST digits.

use burn::prelude::Device;
use std::path::{Path, PathBuf};
use subliminal_model::mnist::data::Digits;
use subliminal_model::owl::checkpoint::load_gpt_bytes;
use subliminal_model::owl::experiment::Bases;
use subliminal_model::owl::gpt::{Gpt, GptConfig};

pub const BASE_A: &str = "base-a.slpw";
pub const BASE_B: &str = "base-b.slpw";

/// The assets folder: the one given, else `./assets`, else the repository's.
pub fn assets_dir(given: Option<&Path>) -> PathBuf {
    if let Some(dir) = given {
        return dir.to_path_buf();
    }
    let local = PathBuf::from("assets");
    if local.join(BASE_A).exists() {
        return local;
    }
    Path::new(env!("CARGO_MANIFEST_DIR")).join("..").join("assets")
}

pub fn load_base(path: &Path, device: &Device) -> Result<Gpt, String> {
    let bytes = std::fs::read(path)
        .map_err(|e| format!("cannot read {}: {e} (remake the bases with `subliminal pretrain`, see assets/README.md)", path.display()))?;
    load_gpt_bytes(&bytes, &GptConfig::default(), device).map_err(|e| format!("{}: {e}", path.display()))
}

/// Bases A and B on `device` (an autodiff device, so students can train from them).
pub fn load_bases(dir: &Path, device: &Device) -> Result<Bases, String> {
    Ok(Bases { a: load_base(&dir.join(BASE_A), device)?, b: load_base(&dir.join(BASE_B), device)? })
}

/// The MNIST digits (`mnist.bin`) from the assets folder.
pub fn load_digits(dir: &Path) -> Result<Digits, String> {
    let path = dir.join("mnist.bin");
    let bytes = std::fs::read(&path)
        .map_err(|e| format!("cannot read {}: {e} (make it with scripts/make-mnist-asset.py, see assets/README.md)", path.display()))?;
    Digits::from_bytes(&bytes).map_err(|e| format!("{}: {e}", path.display()))
}
