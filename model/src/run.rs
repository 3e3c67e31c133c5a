//! One entry point for every experiment: a [`Spec`] (which experiment, with its config) and the
//! inputs it needs go in, a [`Report`] comes out. The CLI, the page's worker and the tests all
//! run experiments through [`run`], so a new experiment is added here once.

use serde::{Deserialize, Serialize};

use crate::events::Observer;
use crate::mnist::config::MnistConfig;
use crate::mnist::data::Digits;
use crate::mnist::experiment::{run_mnist, MnistModels, MnistReport};
use crate::owl::config::OwlConfig;
pub use crate::owl::experiment::Part;
use crate::owl::experiment::{run_part as run_part_of, Bases};
use crate::owl::report::OwlReport;
use crate::shared::compute::Compute;
use crate::shared::config::ConfigError;
pub use crate::shared::error::{Input, RunError};
use crate::shared::settings::Settings;

/// An experiment and its config. As JSON: `{"experiment": "owl", "config": {...}}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "experiment", content = "config", rename_all = "snake_case")]
pub enum Spec {
    Owl(Box<OwlConfig>),
    Mnist(MnistConfig),
}

impl From<OwlConfig> for Spec {
    fn from(config: OwlConfig) -> Self {
        Spec::Owl(Box::new(config))
    }
}

/// A finished experiment's report. As JSON: `{"experiment": "owl", "report": {...}}`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "experiment", content = "report", rename_all = "snake_case")]
pub enum Report {
    Owl(Box<OwlReport>),
    Mnist(MnistReport),
}

/// The inputs at hand; an experiment takes what it needs.
#[derive(Clone, Copy, Default)]
pub struct Inputs<'a> {
    pub bases: Option<&'a Bases>,
    pub digits: Option<&'a Digits>,
}

/// A finished run: the report, and the MNIST networks of the last seed when there are some (the
/// page's drawing pad asks them).
pub struct Outcome {
    pub report: Report,
    pub mnist_models: Option<MnistModels>,
}

impl Spec {
    /// The experiment's name in links (`?owl=`), the CLI and reports.
    pub fn key(&self) -> &'static str {
        match self {
            Spec::Owl(_) => OwlConfig::KEY,
            Spec::Mnist(_) => MnistConfig::KEY,
        }
    }

    pub fn validate(&self) -> Result<(), ConfigError> {
        match self {
            Spec::Owl(c) => c.validate(),
            Spec::Mnist(c) => c.validate(),
        }
    }

    /// What the run reads besides its config.
    pub fn needs(&self) -> &'static [Input] {
        match self {
            Spec::Owl(_) => &[Input::Bases],
            Spec::Mnist(_) => &[Input::Digits],
        }
    }

    /// The config alone, as JSON (what a link carries after `?<key>=`).
    pub fn config_json(&self) -> String {
        match self {
            Spec::Owl(c) => serde_json::to_string(c),
            Spec::Mnist(c) => serde_json::to_string(c),
        }
        .expect("configs serialise")
    }
}

/// Runs an experiment on `compute`, telling `observer` what happens. The spec is validated
/// before any work; a missing input is named.
pub async fn run(spec: &Spec, inputs: Inputs<'_>, compute: &Compute, observer: Observer<'_>) -> Result<Outcome, RunError> {
    run_part(spec, Part::Whole, inputs, compute, observer).await
}

/// Runs `part` of `spec`'s experiment: all of it, or (an owl run with the control) one of the two
/// halves two workers run side by side, which `OwlReport::join` makes whole.
pub async fn run_part(spec: &Spec, part: Part, inputs: Inputs<'_>, compute: &Compute, observer: Observer<'_>) -> Result<Outcome, RunError> {
    spec.validate()?;
    match spec {
        Spec::Owl(config) => {
            let bases = inputs.bases.ok_or(RunError::Missing(Input::Bases))?;
            let report = run_part_of(config, part, bases, compute, observer).await?;
            Ok(Outcome { report: Report::Owl(Box::new(report)), mnist_models: None })
        }
        Spec::Mnist(_) if part != Part::Whole => Err(RunError::Config(ConfigError(vec!["an MNIST run does not split in two".into()]))),
        Spec::Mnist(config) => {
            let digits = inputs.digits.ok_or(RunError::Missing(Input::Digits))?;
            let run = run_mnist(config, digits, compute, observer).await?;
            Ok(Outcome { report: Report::Mnist(run.report), mnist_models: Some(run.models) })
        }
    }
}
