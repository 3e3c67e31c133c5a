//! Reading an experiment config from a JSON file, with the file named in every error.

use std::path::Path;
use subliminal_model::shared::config::ConfigError;

pub fn read_config<T>(path: &Path, parse: impl Fn(&str) -> Result<T, ConfigError>) -> Result<T, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    parse(&text).map_err(|e| format!("{}: {e}", path.display()))
}
