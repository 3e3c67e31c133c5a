//! Why a run gave no report, and the inputs an experiment reads besides its config. Here, apart
//! from the entry point, so that the experiments can name them without importing it.

use std::fmt;

use crate::shared::config::ConfigError;

/// What an experiment reads besides its config.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Input {
    /// The two pretrained base GPTs (`assets/base-a.slpw`, `assets/base-b.slpw`).
    Bases,
    /// The MNIST digits (`assets/mnist.bin`).
    Digits,
}

#[derive(Debug, Clone, PartialEq)]
pub enum RunError {
    Config(ConfigError),
    /// An input the experiment needs was not given.
    Missing(Input),
    /// A model's training ran away (its loss is no longer a number): no result to report.
    Diverged(String),
}

impl fmt::Display for RunError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RunError::Config(e) => e.fmt(f),
            RunError::Missing(input) => write!(f, "the experiment needs {input:?}, which was not loaded"),
            RunError::Diverged(what) => write!(f, "training diverged: {what}"),
        }
    }
}

impl std::error::Error for RunError {}

impl From<ConfigError> for RunError {
    fn from(e: ConfigError) -> Self {
        RunError::Config(e)
    }
}
