//! A run's plan of stages, and where a run is along it: the one source of progress bars and
//! ETAs, in the CLI and the page.
//!
//! Each experiment announces its plan in an [`Event::Planned`] before its first stage; a
//! [`Progress`] follows the run's `Started`, `Progress` and `Finished` events along it. Only the
//! costly stages are planned (training and generation); probes and the filter take well under a
//! percent of a run and are not.

use serde::{Deserialize, Serialize};

use crate::shared::events::{Event, Stage};

/// One planned stage.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PlannedStage {
    pub stage: Stage,
    /// How many `Started` events open it: students trained together start together.
    pub starts: usize,
    /// Its cost relative to the others (measured on the CPU).
    pub weight: f64,
}

/// The stages of a run, in the order the engine runs them.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Plan {
    pub stages: Vec<PlannedStage>,
}

impl Plan {
    pub fn push(&mut self, stage: Stage, starts: usize, weight: f64) {
        self.stages.push(PlannedStage { stage, starts, weight });
    }

    fn planned(&self, stage: Stage) -> bool {
        self.stages.iter().any(|s| s.stage == stage)
    }
}

/// Where a run is along its plan.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Progress {
    plan: Plan,
    /// The stage under way, and how many of its `Started` events have come.
    current: Option<(usize, usize)>,
    /// How far the stage under way has come, 0..=1.
    fraction: f64,
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
            Event::Started { stage, .. } => {
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
                            self.fraction = 0.0;
                        } else {
                            self.unplanned_starts += 1;
                        }
                    }
                }
            }
            Event::Progress { stage, done, total } if self.is_current(*stage) && *total > 0 => {
                self.fraction = (*done as f64 / *total as f64).clamp(0.0, 1.0);
            }
            Event::Finished { stage, .. } if self.is_current(*stage) => self.fraction = 1.0,
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
}
