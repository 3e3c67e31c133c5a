//! Progress events: how a running experiment tells the CLI (progress bars) and the page (live
//! charts) what it is doing. Every stage emits `Started`, some `Progress`, and `Finished`; a
//! [`Progress`] follows them along the run's [`Plan`].

use serde::{Deserialize, Serialize};
use std::future::Future;

use crate::owl::filter::{DataSource, FilterStats};
use crate::shared::plan::Plan;
pub use crate::shared::plan::Stage;
use crate::shared::train::Stopwatch;

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

impl Event {
    /// What a stage shows (a curve's point, a sample, the filter's totals, kept texts), as
    /// against where the run is (`Planned`, `Started`, `Progress`, `Finished`).
    pub fn is_detail(&self) -> bool {
        matches!(self, Event::Metric { .. } | Event::Sample { .. } | Event::Filtered { .. } | Event::Kept { .. })
    }
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

/// Where a run is along its plan.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Progress {
    plan: Plan,
    /// The stage under way, and how many of its `Started` events have come.
    current: Option<(usize, usize)>,
    /// How far the stage under way has come, 0..=1, and whether it said so.
    fraction: f64,
    reported: bool,
    /// `Started` events of planned kinds that fitted no planned stage: a plan out of step with
    /// its engine (tests assert there are none).
    pub unplanned_starts: usize,
}

impl Progress {
    /// Follows an event: `Planned` sets the plan; a `Started` of the next planned stage begins
    /// it; `Progress` and `Finished` of the stage under way move it.
    pub fn observe(&mut self, event: &Event) {
        match event {
            Event::Planned { plan } => *self = Progress { plan: plan.clone(), ..Progress::default() },
            Event::Started { stage, total, .. } => {
                if !self.plan.planned(*stage) {
                    return;
                }
                match self.current {
                    Some((index, starts)) if self.plan.stages[index].stage == *stage && starts < self.plan.stages[index].starts => {
                        self.current = Some((index, starts + 1));
                    }
                    _ => {
                        let next = self.current.map_or(0, |(index, _)| index + 1);
                        if self.plan.stages.get(next).is_some_and(|s| s.stage == *stage) {
                            self.current = Some((next, 1));
                            (self.fraction, self.reported) = (0.0, false);
                            let planned = &mut self.plan.stages[next];
                            if let Some(steps) = planned.up_to.filter(|&s| *total < s) {
                                planned.weight *= *total as f64 / steps as f64;
                            }
                        } else {
                            self.unplanned_starts += 1;
                        }
                    }
                }
            }
            Event::Progress { stage, done, total } if self.is_current(*stage) && *total > 0 => {
                self.fraction = (*done as f64 / *total as f64).clamp(0.0, 1.0);
                self.reported = true;
            }
            Event::Finished { stage, .. } if self.is_current(*stage) => {
                // A stage that may stop early weighs what it did.
                if let Some((index, _)) = self.current {
                    let planned = &mut self.plan.stages[index];
                    if planned.up_to.is_some() && self.reported {
                        planned.weight *= self.fraction;
                    }
                }
                self.fraction = 1.0;
            }
            _ => {}
        }
    }

    fn is_current(&self, stage: Stage) -> bool {
        self.current.is_some_and(|(index, _)| self.plan.stages[index].stage == stage)
    }

    /// Whether every planned stage has begun and the last one has finished.
    pub fn complete(&self) -> bool {
        self.fraction() >= 1.0
    }

    /// Overall fraction done, 0..=1, weighted by the stages' costs.
    pub fn fraction(&self) -> f64 {
        let total: f64 = self.plan.stages.iter().map(|s| s.weight).sum();
        let Some((index, _)) = self.current else { return 0.0 };
        if total <= 0.0 {
            return 0.0;
        }
        let done: f64 = self.plan.stages[..index].iter().map(|s| s.weight).sum::<f64>() + self.plan.stages[index].weight * self.fraction;
        (done / total).clamp(0.0, 1.0)
    }

    /// Seconds left, extrapolated from the time spent so far (None until there is enough to go on).
    pub fn eta_seconds(&self, elapsed: f64) -> Option<f64> {
        let f = self.fraction();
        (0.02..1.0).contains(&f).then(|| elapsed * (1.0 - f) / f)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn started(stage: Stage) -> Event {
        Event::Started { stage, label: String::new(), total: 10 }
    }

    fn progress(stage: Stage, done: usize) -> Event {
        Event::Progress { stage, done, total: 10 }
    }

    fn owl_like() -> Plan {
        let mut plan = Plan::default();
        plan.push(Stage::Teacher, 1, 1.0);
        plan.push(Stage::Generate, 1, 3.0);
        plan.push(Stage::Distill, 2, 60.0);
        plan.push(Stage::Generate, 1, 3.0);
        plan.push(Stage::Distill, 1, 30.0);
        plan
    }

    #[test]
    fn the_students_dominate_and_progress_only_moves_forward() {
        let mut progress = Progress::default();
        progress.observe(&Event::Planned { plan: owl_like() });
        assert_eq!(progress.fraction(), 0.0);
        progress.observe(&started(Stage::Probe)); // not planned: does not count
        assert_eq!(progress.fraction(), 0.0);
        progress.observe(&started(Stage::Teacher));
        progress.observe(&super::tests::progress(Stage::Teacher, 10));
        let after_teacher = progress.fraction();
        assert!(after_teacher > 0.0 && after_teacher < 0.02, "the teacher is cheap: {after_teacher}");
        progress.observe(&started(Stage::Generate));
        progress.observe(&started(Stage::Distill));
        progress.observe(&super::tests::progress(Stage::Distill, 5));
        let mid_students = progress.fraction();
        assert!(mid_students > after_teacher);
        // A stray event of another stage does not move the bar.
        progress.observe(&super::tests::progress(Stage::Generate, 10));
        assert_eq!(progress.fraction(), mid_students);
        // The second student of the pair starts in the same stage: the bar does not jump.
        progress.observe(&started(Stage::Distill));
        assert_eq!(progress.fraction(), mid_students);
        for stage in [Stage::Generate, Stage::Distill] {
            progress.observe(&started(stage));
            progress.observe(&super::tests::progress(stage, 10));
        }
        assert!(progress.complete());
        assert_eq!(progress.unplanned_starts, 0);
        // One start too many is noticed.
        progress.observe(&started(Stage::Distill));
        assert_eq!(progress.unplanned_starts, 1);
    }

    #[test]
    fn the_eta_extrapolates_and_waits_for_enough_progress() {
        let mut progress = Progress::default();
        progress.observe(&Event::Planned { plan: owl_like() });
        assert_eq!(progress.eta_seconds(5.0), None);
        progress.observe(&started(Stage::Teacher));
        progress.observe(&started(Stage::Generate));
        progress.observe(&super::tests::progress(Stage::Generate, 10));
        let f = progress.fraction();
        let eta = progress.eta_seconds(10.0).unwrap();
        assert!((eta - 10.0 * (1.0 - f) / f).abs() < 1e-9);
    }

    #[test]
    fn a_stage_that_stops_early_weighs_what_it_did() {
        let mut plan = Plan::default();
        plan.push_up_to(Stage::Teacher, 400, 50.0);
        plan.push(Stage::Distill, 1, 50.0);
        plan.push_up_to(Stage::Teacher, 400, 50.0);
        plan.push(Stage::Distill, 1, 50.0);
        let mut progress = Progress::default();
        progress.observe(&Event::Planned { plan });
        // The teacher stops at its target after 2 of its 400 steps: the bar stands where the
        // teacher's 2 steps of work put it, not a quarter of the way along.
        progress.observe(&Event::Started { stage: Stage::Teacher, label: String::new(), total: 400 });
        progress.observe(&Event::Progress { stage: Stage::Teacher, done: 2, total: 400 });
        let during = progress.fraction();
        progress.observe(&Event::Finished { stage: Stage::Teacher, label: String::new(), seconds: 0.1 });
        let after = progress.fraction();
        assert!(after >= during && after < 0.01, "{during} -> {after}");
        progress.observe(&started(Stage::Distill));
        progress.observe(&Event::Finished { stage: Stage::Distill, label: String::new(), seconds: 1.0 });
        // A teacher that announces fewer steps than planned (a control teacher trained as long
        // as the trait teacher) weighs those.
        progress.observe(&Event::Started { stage: Stage::Teacher, label: String::new(), total: 2 });
        let second_teacher = progress.fraction();
        assert!((second_teacher - 0.5).abs() < 0.01, "{second_teacher}");
        progress.observe(&Event::Progress { stage: Stage::Teacher, done: 2, total: 2 });
        progress.observe(&Event::Finished { stage: Stage::Teacher, label: String::new(), seconds: 0.1 });
        assert!(progress.fraction() < 0.51);
        // Steps that report no progress keep their weight when they finish.
        progress.observe(&started(Stage::Distill));
        progress.observe(&Event::Finished { stage: Stage::Distill, label: String::new(), seconds: 1.0 });
        assert!(progress.complete());
    }
}
