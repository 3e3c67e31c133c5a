//! A run's plan of stages: what an experiment announces before its first stage, so that the CLI
//! and the page can draw one progress bar and an ETA for the whole run (the bar itself follows
//! the run's events: [`crate::events::Progress`]). Only the costly stages are planned (training
//! and generation); probes and the filter take well under a percent of a run and are not.

use serde::{Deserialize, Serialize};

/// The pipeline's stages.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    Pretrain,
    Probe,
    Teacher,
    Generate,
    Filter,
    Distill,
}

/// One planned stage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlannedStage {
    pub stage: Stage,
    /// How many `Started` events open it: students trained together start together.
    pub starts: usize,
    /// Its cost relative to the others (from the work it does; see each experiment's plan).
    pub weight: f64,
    /// A stage that may stop early (a teacher stops at its target): the weight is for this many
    /// steps, and shrinks to the steps its `Started` announces and then to those it took.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub up_to: Option<usize>,
}

/// The stages of a run, in the order the engine runs them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub stages: Vec<PlannedStage>,
}

impl Plan {
    pub fn push(&mut self, stage: Stage, starts: usize, weight: f64) {
        self.stages.push(PlannedStage { stage, starts, weight, up_to: None });
    }

    /// A stage of at most `steps` steps, weighted for all of them (see [`PlannedStage::up_to`]).
    pub fn push_up_to(&mut self, stage: Stage, steps: usize, weight: f64) {
        self.stages.push(PlannedStage { stage, starts: 1, weight, up_to: Some(steps) });
    }

    pub fn planned(&self, stage: Stage) -> bool {
        self.stages.iter().any(|s| s.stage == stage)
    }
}
