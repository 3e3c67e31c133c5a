//! Progress on stderr, driven by the engine's events: a bar for the stage under way, and the
//! whole run's share done and time left, from the plan the engine announces.

use indicatif::{ProgressBar, ProgressStyle};
use std::time::Instant;
use subliminal_model::events::Event;
use subliminal_model::events::Progress;

pub struct ProgressBars {
    bar: Option<ProgressBar>,
    label: String,
    quiet: bool,
    run: Progress,
    started: Instant,
}

impl ProgressBars {
    pub fn new(quiet: bool) -> Self {
        Self { bar: None, label: String::new(), quiet, run: Progress::default(), started: Instant::now() }
    }

    /// "run 37%, about 0:41 left" once there is enough to go on.
    fn overall(&self) -> String {
        let elapsed = self.started.elapsed().as_secs_f64();
        match self.run.eta_seconds(elapsed) {
            Some(eta) => format!("run {:.0}%, about {}:{:02} left", 100.0 * self.run.fraction(), eta as u64 / 60, eta as u64 % 60),
            None => format!("run {:.0}%", 100.0 * self.run.fraction()),
        }
    }

    pub fn observe(&mut self, event: Event) {
        if self.quiet {
            return;
        }
        if matches!(event, Event::Planned { .. }) {
            self.started = Instant::now();
        }
        self.run.observe(&event);
        match event {
            Event::Started { label, total, .. } => {
                let bar = ProgressBar::new(total as u64);
                bar.set_style(
                    ProgressStyle::with_template("{spinner} {prefix:<28} [{bar:30}] {pos}/{len} {msg}").unwrap().progress_chars("=> "),
                );
                bar.set_prefix(label.clone());
                bar.set_message(self.overall());
                self.label = label;
                self.bar = Some(bar);
            }
            Event::Progress { done, .. } => {
                if let Some(bar) = &self.bar {
                    bar.set_position(done as u64);
                    bar.set_message(self.overall());
                }
            }
            Event::Metric { name, value, .. } => {
                if let Some(bar) = &self.bar {
                    bar.set_message(format!("{name} {value:.4} · {}", self.overall()));
                }
            }
            Event::Planned { .. } | Event::Sample { .. } | Event::Filtered { .. } | Event::Kept { .. } => {}
            Event::Finished { seconds, .. } => {
                if let Some(bar) = self.bar.take() {
                    bar.finish_and_clear();
                }
                eprintln!("  done: {:<28} {seconds:>7.2} s   ({})", self.label, self.overall());
            }
        }
    }
}
