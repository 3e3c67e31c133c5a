//! What a running experiment has told the page so far: the engine's events folded into the
//! progress, the stage under way, the curves, the latest samples and the filter's totals. Kept
//! apart from the components, so the fold is tested natively.

use crate::address::Tab;
use crate::text::{names, story as text};
use std::collections::VecDeque;
use subliminal_model::events::Progress;
use subliminal_model::events::{Event, Metric, Stage};
use subliminal_model::owl::filter::{DataSource, FilterStats};
use subliminal_model::owl::traits::TraitKind;
use subliminal_model::run::Spec;

/// A curve on a chart: its name and its (x, y) points.
pub type Curve = (String, Vec<(f64, f64)>);

/// The experiments a tab runs.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Experiment {
    /// Animals in numbers: the owl experiment with an animal trait.
    Owl,
    /// Values in numbers: the same pipeline with a misaligned teacher.
    Values,
    Mnist,
}

impl Experiment {
    pub fn of(spec: &Spec) -> Self {
        match spec {
            Spec::Owl(config) if config.trait_kind() == TraitKind::Misaligned => Experiment::Values,
            Spec::Owl(_) => Experiment::Owl,
            Spec::Mnist(_) => Experiment::Mnist,
        }
    }

    /// The tab it is shown in.
    pub fn tab(self) -> Tab {
        match self {
            Experiment::Owl => Tab::Owl,
            Experiment::Values => Tab::Values,
            Experiment::Mnist => Tab::Mnist,
        }
    }

    /// What the tab's test ids start with (`values-run`, `mnist-status`).
    pub fn prefix(self) -> &'static str {
        match self {
            Experiment::Owl => "",
            Experiment::Values => "values-",
            Experiment::Mnist => "mnist-",
        }
    }
}

/// A training curve: the model's label, the metric's name and its (step, value) points.
pub type LabelledCurve = (String, Metric, Vec<(f64, f64)>);

/// How many of the latest samples the live stream keeps.
pub const SAMPLES_SHOWN: usize = 12;

/// What a running experiment has told us so far.
#[derive(Clone, Debug, Default)]
pub struct Live {
    /// The tab whose run this is.
    pub experiment: Option<Experiment>,
    /// Where the run is along the plan the engine announced.
    pub progress: Progress,
    pub started_ms: f64,
    pub now_ms: f64,
    /// The stage under way (started, not yet finished) and what it trains or writes.
    pub stage: Option<Stage>,
    pub stage_label: String,
    pub stage_done: usize,
    pub stage_total: usize,
    /// Training curves by (model label, metric name): the teacher's P(trait), losses (owl),
    /// accuracies (MNIST). With several seeds each seed's run gets its own curve ("…, seed #2").
    pub curves: Vec<LabelledCurve>,
    /// How many times each label has started, to tell the seeds' curves apart.
    pub runs_per_label: Vec<(String, usize)>,
    pub samples: VecDeque<(String, bool)>,
    pub filter: Vec<(DataSource, FilterStats)>,
    /// The second worker's half, where the run is split in two (the control's chain beside the
    /// students: `subliminal_model::run::Part`).
    pub beside: Option<Beside>,
}

/// Where the second worker's half of a split run is.
#[derive(Clone, Debug, Default)]
pub struct Beside {
    pub progress: Progress,
    /// Its stage under way (none between stages) and how far along it is.
    pub stage_label: Option<String>,
    pub stage_done: usize,
    pub stage_total: usize,
    /// Training stages it started whose curve has no point yet: a curve starts at its first
    /// point, so its copy of the trait teacher (which shows none) starts no curve.
    unshown: Vec<String>,
}

impl Live {
    /// Folds one of the engine's events in, at `now_ms`.
    pub fn observe(&mut self, event: Event, now_ms: f64) {
        self.progress.observe(&event);
        self.now_ms = now_ms;
        match event {
            Event::Started { stage, label, total } => {
                let label = names::learner(&label);
                // Probes reuse the model's label; only training stages draw curves.
                if matches!(stage, Stage::Teacher | Stage::Distill | Stage::Pretrain) {
                    self.start_run(&label);
                }
                // A stage that starts while one of its kind is under way runs with it (students
                // trained together): the status names them all.
                let together = self.stage == Some(stage);
                self.stage_label = if together { text::together(&self.stage_label, &label) } else { label };
                self.stage = Some(stage);
                self.stage_done = 0;
                self.stage_total = total;
            }
            Event::Progress { done, total, .. } => {
                self.stage_done = done;
                self.stage_total = total;
            }
            Event::Metric { label, step, name, value, .. } => {
                // The teacher's P(trait) is a probability: show it in percent like everything else.
                let value = if name == Metric::PTrait { value * 100.0 } else { value };
                let curve = self.run_label(&names::learner(&label));
                self.curve_mut(&curve, name).push((step as f64, value));
            }
            Event::Filtered { source, stats } => match self.filter.iter_mut().find(|(s, _)| *s == source) {
                Some((_, s)) => *s = stats,
                None => self.filter.push((source, stats)),
            },
            Event::Finished { .. } => self.stage = None,
            _ => {}
        }
    }

    /// Folds in an event of the second worker's half: its own progress and stage; its curves
    /// and filter totals join the run's.
    pub fn observe_beside(&mut self, event: Event, now_ms: f64) {
        self.now_ms = now_ms;
        let beside = self.beside.get_or_insert_with(Beside::default);
        beside.progress.observe(&event);
        match event {
            Event::Started { stage, label, total } => {
                let label = names::learner(&label);
                if matches!(stage, Stage::Teacher | Stage::Distill) {
                    beside.unshown.push(label.clone());
                }
                (beside.stage_label, beside.stage_done, beside.stage_total) = (Some(label), 0, total);
            }
            Event::Progress { done, total, .. } => (beside.stage_done, beside.stage_total) = (done, total),
            Event::Finished { .. } => beside.stage_label = None,
            Event::Metric { ref label, .. } => {
                let label = names::learner(label);
                if let Some(at) = beside.unshown.iter().position(|l| *l == label) {
                    beside.unshown.remove(at);
                    self.start_run(&label);
                }
                self.observe(event, now_ms);
            }
            Event::Filtered { .. } => self.observe(event, now_ms),
            _ => {}
        }
    }

    /// The share of the run done, 0..=1: with two halves, the one further behind.
    pub fn fraction(&self) -> f64 {
        match &self.beside {
            Some(beside) => self.progress.fraction().min(beside.progress.fraction()),
            None => self.progress.fraction(),
        }
    }

    /// Seconds left: with two halves, the later one's (None until both can tell).
    pub fn eta_seconds(&self) -> Option<f64> {
        let elapsed = self.elapsed_seconds();
        let mine = self.progress.eta_seconds(elapsed);
        match &self.beside {
            Some(beside) => Some(mine?.max(beside.progress.eta_seconds(elapsed)?)),
            None => mine,
        }
    }

    /// The second worker's stage under way, where it differs from the first's ("control
    /// teacher 12/394").
    pub fn beside_stage(&self) -> Option<String> {
        let beside = self.beside.as_ref()?;
        let label = beside.stage_label.as_ref().filter(|l| beside.stage_total > 0 && **l != self.stage_label)?;
        Some(format!("{label} {}/{}", beside.stage_done, beside.stage_total))
    }

    /// Adds generated completions to the stream, keeping the latest [`SAMPLES_SHOWN`].
    pub fn add_samples(&mut self, samples: Vec<(String, bool)>) {
        for sample in samples {
            self.samples.push_back(sample);
            if self.samples.len() > SAMPLES_SHOWN {
                self.samples.pop_front();
            }
        }
    }

    pub fn elapsed_seconds(&self) -> f64 {
        ((self.now_ms - self.started_ms) / 1000.0).max(0.0)
    }

    /// A stage with this label starts (again, for the next seed).
    pub fn start_run(&mut self, label: &str) {
        match self.runs_per_label.iter_mut().find(|(l, _)| l == label) {
            Some((_, runs)) => *runs += 1,
            None => self.runs_per_label.push((label.to_string(), 1)),
        }
    }

    /// The curve label for the latest run of `label`.
    pub fn run_label(&self, label: &str) -> String {
        match self.runs_per_label.iter().find(|(l, _)| l == label) {
            Some((_, runs)) if *runs > 1 => text::seed_run(label, *runs),
            _ => label.to_string(),
        }
    }

    pub fn curve_mut(&mut self, label: &str, name: Metric) -> &mut Vec<(f64, f64)> {
        if let Some(i) = self.curves.iter().position(|(l, n, _)| l == label && *n == name) {
            return &mut self.curves[i].2;
        }
        self.curves.push((label.to_string(), name, Vec::new()));
        &mut self.curves.last_mut().expect("just pushed").2
    }

    /// The curves of one metric, by model label.
    pub fn curves_named(&self, name: Metric) -> Vec<Curve> {
        self.curves.iter().filter(|(_, n, _)| *n == name).map(|(l, _, points)| (l.clone(), points.clone())).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn started(stage: Stage, label: &str) -> Event {
        Event::Started { stage, label: label.into(), total: 10 }
    }

    fn metric(label: &str, step: usize, name: Metric, value: f64) -> Event {
        Event::Metric { stage: Stage::Distill, label: label.into(), step, name, value }
    }

    #[test]
    fn students_trained_together_are_named_together_and_a_finished_stage_clears() {
        let mut live = Live::default();
        live.observe(started(Stage::Distill, "student (same init)"), 5.0);
        live.observe(started(Stage::Distill, "student (different init)"), 6.0);
        assert_eq!(live.stage_label, "student (same init) and student (different init)");
        live.observe(Event::Progress { stage: Stage::Distill, done: 4, total: 12 }, 7.0);
        assert_eq!((live.stage_done, live.stage_total, live.now_ms), (4, 12, 7.0));
        live.observe(Event::Finished { stage: Stage::Distill, label: "students".into(), seconds: 1.0 }, 8.0);
        assert_eq!(live.stage, None);
        live.observe(started(Stage::Generate, "teacher"), 9.0);
        assert_eq!(live.stage_label, "teacher", "another stage starts afresh");
    }

    #[test]
    fn each_seeds_curve_is_its_own_and_the_teachers_probability_is_in_percent() {
        let mut live = Live::default();
        live.observe(started(Stage::Teacher, "teacher"), 0.0);
        live.observe(metric("teacher", 1, Metric::PTrait, 0.25), 0.0);
        live.observe(started(Stage::Teacher, "teacher"), 0.0);
        live.observe(metric("teacher", 1, Metric::PTrait, 0.5), 0.0);
        // A probe's start reuses the label without starting a curve.
        live.observe(started(Stage::Probe, "teacher"), 0.0);
        live.observe(metric("teacher", 2, Metric::PTrait, 0.75), 0.0);
        assert_eq!(
            live.curves_named(Metric::PTrait),
            vec![("teacher".to_string(), vec![(1.0, 25.0)]), ("teacher, seed #2".to_string(), vec![(1.0, 50.0), (2.0, 75.0)])]
        );
        live.observe(metric("teacher", 3, Metric::Loss, 0.5), 0.0);
        assert_eq!(live.curves_named(Metric::Loss), vec![("teacher, seed #2".to_string(), vec![(3.0, 0.5)])], "losses stay as they are");
    }

    #[test]
    fn a_run_in_two_halves_is_as_far_as_the_half_behind_and_shows_each_curve_once() {
        use subliminal_model::shared::plan::Plan;
        let plan = |weights: &[f64]| {
            let mut plan = Plan::default();
            weights.iter().for_each(|&w| plan.push(Stage::Distill, 1, w));
            Event::Planned { plan }
        };
        let mut live = Live { started_ms: 0.0, ..Live::default() };
        live.observe(plan(&[1.0, 1.0]), 0.0);
        live.observe_beside(plan(&[1.0, 3.0]), 0.0);
        // Both halves train a copy of the trait teacher; only the first shows its curve.
        live.observe(started(Stage::Distill, "teacher"), 0.0);
        live.observe(metric("teacher", 1, Metric::Loss, 0.5), 0.0);
        live.observe_beside(started(Stage::Distill, "teacher"), 0.0);
        live.observe_beside(Event::Progress { stage: Stage::Distill, done: 10, total: 10 }, 0.0);
        assert_eq!(live.beside_stage(), None, "the same stage as the first worker's is named once");
        live.observe_beside(Event::Finished { stage: Stage::Distill, label: "teacher".into(), seconds: 1.0 }, 0.0);
        live.observe(Event::Progress { stage: Stage::Distill, done: 10, total: 10 }, 0.0);
        live.observe_beside(started(Stage::Distill, "control"), 0.0);
        live.observe_beside(metric("control", 1, Metric::Loss, 0.25), 0.0);
        live.observe_beside(Event::Progress { stage: Stage::Distill, done: 3, total: 10 }, 10_000.0);
        assert_eq!(live.beside_stage().as_deref(), Some("control 3/10"));
        assert_eq!(
            live.curves_named(Metric::Loss),
            vec![("teacher".to_string(), vec![(1.0, 0.5)]), ("control".to_string(), vec![(1.0, 0.25)])]
        );
        // The first half is half done, the second (1 + 0.3 x 3 of 4) under a half: it sets the pace.
        assert!((live.progress.fraction() - 0.5).abs() < 1e-9);
        assert!((live.fraction() - 1.9 / 4.0).abs() < 1e-9, "{}", live.fraction());
        let eta = live.eta_seconds().unwrap();
        assert!((eta - 10.0 * (1.0 - 1.9 / 4.0) / (1.9 / 4.0)).abs() < 1e-6, "{eta}");
    }

    #[test]
    fn the_filters_totals_are_replaced_per_source_and_the_stream_keeps_the_latest() {
        let mut live = Live::default();
        let stats = |kept| FilterStats { kept, total: 10, ..FilterStats::default() };
        live.observe(Event::Filtered { source: DataSource::Teacher, stats: stats(3) }, 0.0);
        live.observe(Event::Filtered { source: DataSource::Control, stats: stats(4) }, 0.0);
        live.observe(Event::Filtered { source: DataSource::Teacher, stats: stats(8) }, 0.0);
        assert_eq!(live.filter, vec![(DataSource::Teacher, stats(8)), (DataSource::Control, stats(4))]);
        live.add_samples((0..SAMPLES_SHOWN + 3).map(|i| (i.to_string(), true)).collect());
        assert_eq!(live.samples.len(), SAMPLES_SHOWN);
        assert_eq!(live.samples.front().unwrap().0, "3");
    }
}
