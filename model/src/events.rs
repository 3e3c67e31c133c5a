//! Progress events: how a running experiment tells the CLI (progress bars) and the page (live
//! charts) what it is doing. Every stage emits `Started`, some `Progress`, and `Finished`; a
//! [`Progress`] follows them along the run's [`Plan`].

use burn::prelude::*;
use serde::{Deserialize, Serialize};
use std::future::Future;

use crate::owl::filter::{DataSource, FilterStats};
use crate::shared::plan::Plan;
pub use crate::shared::plan::Stage;
use crate::shared::read::read_scalar;
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
    /// A value a training loop logged at one of its steps, for live curves.
    Metric {
        stage: Stage,
        label: String,
        step: usize,
        name: Metric,
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

/// What a training loop logs (named on the wire as in the variants' snake case: `p_trait`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Metric {
    /// The training loss (for students learning soft labels, its KL to the teacher's).
    Loss,
    /// The teacher's probability of the trait's answers, averaged over the questions (0 to 1).
    PTrait,
    /// An MNIST network's accuracy on the test digits, in percent.
    Accuracy,
    /// The cosine between a student's move and its teacher's, over the blocks.
    Alignment,
}

impl std::fmt::Display for Metric {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            Metric::Loss => "loss",
            Metric::PTrait => "p_trait",
            Metric::Accuracy => "accuracy",
            Metric::Alignment => "alignment",
        })
    }
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

/// The bookkeeping every training loop shares, and what it tells its watchers: `Started` for
/// each learner when it begins (students trained in lockstep share one loop), each value it logs
/// as a `Metric` at the step it belongs to, `Progress` after each logged step, and `Finished`
/// for each learner at the end. A step is logged when it is the first of every `every` steps,
/// or the last: the loop reads from the device at those steps only (a read waits for the
/// device, [`crate::shared::read`]).
pub struct TrainingLoop<'a> {
    stage: Stage,
    labels: Vec<String>,
    total: usize,
    every: usize,
    done: usize,
    logging: bool,
    clock: Stopwatch,
    observer: Observer<'a>,
}

impl<'a> TrainingLoop<'a> {
    /// A loop of `total` steps training the learners named `labels`, logging every `every`-th step.
    pub fn start(stage: Stage, labels: Vec<String>, total: usize, every: usize, observer: Observer<'a>) -> Self {
        for label in &labels {
            observer(Event::Started { stage, label: label.clone(), total });
        }
        Self { stage, labels, total, every: every.max(1), done: 0, logging: false, clock: Stopwatch::start(), observer }
    }

    /// Begins a step, and says whether it is logged (its values read and told).
    pub fn begin_step(&mut self) -> bool {
        self.logging = self.done.is_multiple_of(self.every) || self.done + 1 == self.total;
        self.logging
    }

    /// The steps taken so far.
    pub fn done(&self) -> usize {
        self.done
    }

    /// Tells `value` of `metric` for learner `who` (an index into the labels) at the step under
    /// way (numbered from 1).
    pub fn log(&mut self, who: usize, metric: Metric, value: f64) {
        self.log_at(who, self.done + 1, metric, value);
    }

    /// Tells `value` of `metric` for learner `who` at `step` (a loop that reads several steps'
    /// values at once; step 0: before the first).
    pub fn log_at(&mut self, who: usize, step: usize, metric: Metric, value: f64) {
        (self.observer)(Event::Metric { stage: self.stage, label: self.labels[who].clone(), step, name: metric, value });
    }

    /// Reads a one-value tensor (a loss) from the device, tells it as [`Self::log`] does, and
    /// returns it.
    pub async fn read(&mut self, who: usize, metric: Metric, value: Tensor<1>) -> f64 {
        let value = read_scalar(value).await;
        self.log(who, metric, value);
        value
    }

    /// Ends the step under way; after a logged one, tells how far the loop is.
    pub fn end_step(&mut self) {
        self.done += 1;
        if self.logging {
            (self.observer)(Event::Progress { stage: self.stage, done: self.done, total: self.total });
        }
    }

    /// Goes back to `done` steps (a loop that trained past where it stops: the teacher checks
    /// its target a block of steps at a time), and says so.
    pub fn back_to(&mut self, done: usize) {
        if done < self.done {
            self.done = done;
            (self.observer)(Event::Progress { stage: self.stage, done, total: self.total });
        }
    }

    /// Ends the loop: `Finished` for each learner. Returns the seconds since it started.
    pub fn finish(self) -> f64 {
        let seconds = self.clock.seconds();
        for label in self.labels {
            (self.observer)(Event::Finished { stage: self.stage, label, seconds });
        }
        seconds
    }
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

    #[test]
    fn a_training_loop_logs_every_nth_step_and_the_last_and_tells_each_learner() {
        let mut events = Vec::new();
        let mut observer = |e: Event| events.push(e);
        let mut training = TrainingLoop::start(Stage::Distill, vec!["a".into(), "b".into()], 7, 3, &mut observer);
        let mut logged = Vec::new();
        for _ in 0..7 {
            if training.begin_step() {
                logged.push(training.done() + 1);
                training.log(1, Metric::Loss, 0.5);
            }
            training.end_step();
        }
        training.finish();
        assert_eq!(logged, [1, 4, 7], "steps 1, 4 and the last");
        let kinds: Vec<String> = events
            .iter()
            .map(|e| match e {
                Event::Started { label, .. } => format!("started {label}"),
                Event::Metric { label, step, name, .. } => format!("{name} {label} {step}"),
                Event::Progress { done, total, .. } => format!("{done}/{total}"),
                Event::Finished { label, .. } => format!("finished {label}"),
                other => panic!("unexpected {other:?}"),
            })
            .collect();
        assert_eq!(kinds, ["started a", "started b", "loss b 1", "1/7", "loss b 4", "4/7", "loss b 7", "7/7", "finished a", "finished b"]);
    }

    #[test]
    fn a_loop_that_trained_past_its_stop_goes_back_and_says_so() {
        let mut events = Vec::new();
        let mut observer = |e: Event| events.push(e);
        let mut training = TrainingLoop::start(Stage::Teacher, vec!["teacher".into()], 10, 1, &mut observer);
        for _ in 0..8 {
            training.begin_step();
            training.end_step();
        }
        training.log_at(0, 5, Metric::PTrait, 0.9);
        training.back_to(5);
        assert_eq!(training.done(), 5);
        training.finish();
        let progress: Vec<usize> =
            events.iter().filter_map(|e| if let Event::Progress { done, .. } = e { Some(*done) } else { None }).collect();
        assert_eq!(progress, [1, 2, 3, 4, 5, 6, 7, 8, 5], "every step, then back to the step that stopped it");
    }

    #[test]
    fn a_metric_is_named_on_the_wire_as_it_is_shown() {
        for metric in [Metric::Loss, Metric::PTrait, Metric::Accuracy, Metric::Alignment] {
            assert_eq!(serde_json::to_string(&metric).unwrap(), format!("\"{metric}\""));
        }
    }
}
