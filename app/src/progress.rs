//! The overall progress bar and its ETA: a run is a known sequence of stages, weighted by how
//! long each usually takes, and the engine's events say where in it we are.

use subliminal_model::owl::config::ExperimentConfig;
use subliminal_model::shared::events::{Event, Stage};

/// Rough relative costs, measured on the CPU: distilling a student dwarfs everything else.
const TEACHER_WEIGHT: f64 = 1.0;
const GENERATE_WEIGHT: f64 = 3.0;
const STUDENT_WEIGHT: f64 = 30.0;

/// The stages of a run in the order the engine runs them, each with its weight.
#[derive(Clone, Debug, PartialEq)]
pub struct RunPlan {
    steps: Vec<(Stage, f64)>,
    /// Index of the step in progress (or `steps.len()` when all are done).
    current: usize,
    /// Fraction of the current step done.
    fraction: f64,
    started: bool,
}

impl RunPlan {
    /// The owl experiment: per seed, teacher, its numbers, the students (same and different init
    /// train together, as one stage), and the control's numbers and student.
    pub fn owl(config: &ExperimentConfig) -> Self {
        let mut steps = Vec::new();
        let students_on_teacher_numbers = if config.conditions.cross_init { 2.0 } else { 1.0 };
        for _ in 0..config.seeds {
            steps.push((Stage::Teacher, TEACHER_WEIGHT));
            steps.push((Stage::Generate, GENERATE_WEIGHT));
            steps.push((Stage::Distill, STUDENT_WEIGHT * students_on_teacher_numbers));
            if config.conditions.control {
                steps.push((Stage::Generate, GENERATE_WEIGHT));
                steps.push((Stage::Distill, STUDENT_WEIGHT));
            }
        }
        Self { steps, current: 0, fraction: 0.0, started: false }
    }

    /// The MNIST experiment: per seed, a teacher and two students, all of similar cost.
    pub fn mnist(seeds: usize, teacher_epochs: usize, student_epochs: usize, noise_images: usize) -> Self {
        let teacher = teacher_epochs as f64 * 8.0;
        let student = student_epochs as f64 * noise_images as f64 / 1000.0;
        let steps = (0..seeds).flat_map(|_| [(Stage::Teacher, teacher), (Stage::Distill, student), (Stage::Distill, student)]).collect();
        Self { steps, current: 0, fraction: 0.0, started: false }
    }

    /// Moves along the plan: a `Started` of the next planned stage begins it; `Progress` of the
    /// current one advances it. Other events (probes, filtering) do not count.
    pub fn observe(&mut self, event: &Event) {
        match event {
            Event::Started { stage, .. } => {
                let next = if self.started { self.current + 1 } else { 0 };
                if self.steps.get(next).is_some_and(|(s, _)| s == stage) {
                    self.current = next;
                    self.fraction = 0.0;
                    self.started = true;
                }
            }
            Event::Progress { stage, done, total } if self.is_current(stage) && *total > 0 => {
                self.fraction = (*done as f64 / *total as f64).clamp(0.0, 1.0);
            }
            Event::Finished { stage, .. } if self.is_current(stage) => self.fraction = 1.0,
            _ => {}
        }
    }

    /// Whether `stage` is the one under way.
    fn is_current(&self, stage: &Stage) -> bool {
        self.started && self.steps.get(self.current).is_some_and(|(s, _)| s == stage)
    }

    /// Overall fraction done, 0..=1.
    pub fn fraction(&self) -> f64 {
        let total: f64 = self.steps.iter().map(|(_, w)| w).sum();
        if !self.started || total == 0.0 {
            return 0.0;
        }
        let done: f64 = self.steps[..self.current].iter().map(|(_, w)| w).sum::<f64>()
            + self.steps.get(self.current).map_or(0.0, |(_, w)| w * self.fraction);
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

    #[test]
    fn the_students_dominate_and_progress_only_moves_forward() {
        let config = ExperimentConfig::default();
        let mut plan = RunPlan::owl(&config);
        assert_eq!(plan.fraction(), 0.0);
        plan.observe(&started(Stage::Probe)); // the base probes come first and do not count
        assert_eq!(plan.fraction(), 0.0);
        plan.observe(&started(Stage::Teacher));
        plan.observe(&progress(Stage::Teacher, 10));
        let after_teacher = plan.fraction();
        assert!(after_teacher > 0.0 && after_teacher < 0.02, "the teacher is cheap: {after_teacher}");
        plan.observe(&started(Stage::Generate));
        plan.observe(&started(Stage::Distill));
        plan.observe(&progress(Stage::Distill, 5));
        let mid_student = plan.fraction();
        assert!(mid_student > after_teacher);
        // A stray event of another stage does not move the bar.
        plan.observe(&progress(Stage::Generate, 10));
        assert_eq!(plan.fraction(), mid_student);
        // The different-init student's start, in the same stage as the same-init one's, does not either.
        plan.observe(&started(Stage::Distill));
        assert_eq!(plan.fraction(), mid_student);
        for stage in [Stage::Distill, Stage::Generate, Stage::Distill] {
            plan.observe(&started(stage));
            plan.observe(&progress(stage, 10));
        }
        assert!((plan.fraction() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn the_eta_extrapolates_and_waits_for_enough_progress() {
        let mut plan = RunPlan::mnist(1, 1, 1, 8000);
        assert_eq!(plan.eta_seconds(5.0), None);
        plan.observe(&started(Stage::Teacher));
        plan.observe(&progress(Stage::Teacher, 10));
        let f = plan.fraction();
        let eta = plan.eta_seconds(10.0).unwrap();
        assert!((eta - 10.0 * (1.0 - f) / f).abs() < 1e-9);
    }
}
