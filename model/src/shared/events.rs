//! Progress events: how a running experiment tells the CLI (progress bars) and the page (live
//! charts) what it is doing. Every stage emits `Started`, some `Progress`, and `Finished`.

use serde::{Deserialize, Serialize};
use std::future::Future;

use crate::owl::filter::{DataSource, FilterStats};
use crate::shared::plan::Plan;
use crate::shared::train::Stopwatch;

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

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "event", rename_all = "snake_case")]
pub enum Event {
    /// The run's stages, announced before the first (see [`crate::shared::plan`]).
    Planned {
        plan: Plan,
    },
    /// A stage begins; `total` counts its steps or samples.
    Started {
        stage: Stage,
        label: String,
        total: usize,
    },
    Progress {
        stage: Stage,
        done: usize,
        total: usize,
    },
    /// A training loss (or, for the teacher, the trait probability), for live curves.
    Metric {
        stage: Stage,
        label: String,
        step: usize,
        name: String,
        value: f64,
    },
    /// A generated completion, with the filter's verdict when known.
    Sample {
        text: String,
        accepted: bool,
    },
    /// The filter's running totals for one data source, after each pass.
    Filtered {
        source: DataSource,
        stats: FilterStats,
    },
    Finished {
        stage: Stage,
        label: String,
        seconds: f64,
    },
    /// The completions one data source kept in one seed, as text (for `--save-numbers`; the
    /// page's worker does not pass them on).
    Kept {
        source: DataSource,
        seed: u64,
        texts: Vec<String>,
    },
}

/// Where events go. A closure `|event| ...` is an observer.
pub type Observer<'a> = &'a mut dyn FnMut(Event);

/// Runs `work` as one step of `stage` named `label`: `Started` before it, `Finished` after, and
/// the seconds it took with its result (for a probe-like step that reports no progress).
pub async fn as_stage<T>(observer: Observer<'_>, stage: Stage, label: &str, work: impl Future<Output = T>) -> (T, f64) {
    let clock = Stopwatch::start();
    observer(Event::Started { stage, label: label.into(), total: 1 });
    let result = work.await;
    let seconds = clock.seconds();
    observer(Event::Finished { stage, label: label.into(), seconds });
    (result, seconds)
}
