//! What every experiment's config shares: one error listing every bad setting, and JSON
//! reading with validation.

use std::fmt;

/// Everything wrong with a config, one message per setting.
#[derive(Debug, Clone, PartialEq)]
pub struct ConfigError(pub Vec<String>);

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "invalid experiment settings: {}", self.0.join("; "))
    }
}

impl std::error::Error for ConfigError {}

/// Parses JSON into a config, then validates it: every experiment's config reads the same way.
pub fn parse_validated<T: serde::de::DeserializeOwned>(
    text: &str,
    validate: impl Fn(&T) -> Result<(), ConfigError>,
) -> Result<T, ConfigError> {
    let config: T = serde_json::from_str(text).map_err(|e| ConfigError(vec![e.to_string()]))?;
    validate(&config)?;
    Ok(config)
}
