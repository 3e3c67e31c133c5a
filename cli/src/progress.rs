//! Progress bars on stderr, driven by the engine's events.

use indicatif::{ProgressBar, ProgressStyle};
use subliminal_model::shared::events::Event;

pub struct ProgressBars {
    bar: Option<ProgressBar>,
    label: String,
    quiet: bool,
}

impl ProgressBars {
    pub fn new(quiet: bool) -> Self {
        Self { bar: None, label: String::new(), quiet }
    }

    pub fn observe(&mut self, event: Event) {
        if self.quiet {
            return;
        }
        match event {
            Event::Started { label, total, .. } => {
                let bar = ProgressBar::new(total as u64);
                bar.set_style(
                    ProgressStyle::with_template("{spinner} {prefix:<28} [{bar:30}] {pos}/{len} {msg} ({eta})")
                        .unwrap()
                        .progress_chars("=> "),
                );
                bar.set_prefix(label.clone());
                self.label = label;
                self.bar = Some(bar);
            }
            Event::Progress { done, .. } => {
                if let Some(bar) = &self.bar {
                    bar.set_position(done as u64);
                }
            }
            Event::Metric { name, value, .. } => {
                if let Some(bar) = &self.bar {
                    bar.set_message(format!("{name} {value:.4}"));
                }
            }
            Event::Sample { .. } | Event::Filtered { .. } => {}
            Event::Finished { seconds, .. } => {
                if let Some(bar) = self.bar.take() {
                    bar.finish_and_clear();
                }
                eprintln!("  done: {:<28} {seconds:>7.2} s", self.label);
            }
        }
    }
}
