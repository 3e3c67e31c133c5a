//! Posting messages to the page, and relaying the engine's events without flooding it.

use crate::protocol::{Failure, FromWorker, KeptNumbers};
use subliminal_model::events::{Event, Stage};
use wasm_bindgen::prelude::*;
use web_sys::DedicatedWorkerGlobalScope;

pub fn post(message: &FromWorker) {
    let scope: DedicatedWorkerGlobalScope = js_sys::global().unchecked_into();
    // Posting a string cannot fail; if the page is gone there is nobody to tell.
    let _ = scope.post_message(&JsValue::from_str(&message.to_json()));
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The engine's observer for the page: stage changes and metrics go at once; progress at most
/// every `INTERVAL_MS` per stage; samples in batches.
pub struct Relay {
    last_progress: Vec<(Stage, f64)>,
    samples: Vec<(String, bool)>,
    last_flush: f64,
    /// Each data source's kept completions, every seed's: they go with the report.
    kept: Vec<KeptNumbers>,
}

const INTERVAL_MS: f64 = 100.0;
const SAMPLES_INTERVAL_MS: f64 = 200.0;

impl Relay {
    pub fn new() -> Self {
        Self { last_progress: Vec::new(), samples: Vec::new(), last_flush: now_ms(), kept: Vec::new() }
    }

    pub fn observe(&mut self, event: Event) {
        if let Event::Metric { label, name, value, step, .. } = &event {
            if !value.is_finite() {
                // Never go on with a silently wrong result: the page stops this worker on Failed.
                let failure =
                    Failure::InvalidNumbers { learner: label.clone(), metric: name.to_string(), value: value.to_string(), step: *step };
                post(&FromWorker::Failed { failure, on_gpu: crate::worker::state::on_gpu() });
                return;
            }
        }
        match &event {
            Event::Sample { text, accepted } => {
                self.samples.push((text.clone(), *accepted));
                if now_ms() - self.last_flush >= SAMPLES_INTERVAL_MS {
                    self.flush_samples();
                }
                return;
            }
            Event::Progress { stage, done, total } if done < total => {
                let now = now_ms();
                match self.last_progress.iter_mut().find(|(s, _)| s == stage) {
                    Some((_, last)) if now - *last < INTERVAL_MS => return,
                    Some((_, last)) => *last = now,
                    None => self.last_progress.push((*stage, now)),
                }
            }
            // Kept texts go with the report (`take_kept`), not as they come.
            Event::Kept { source, texts, .. } => {
                match self.kept.iter_mut().find(|k| k.source == *source) {
                    Some(kept) => kept.texts.extend(texts.iter().cloned()),
                    None => self.kept.push(KeptNumbers { source: *source, texts: texts.clone() }),
                }
                return;
            }
            Event::Finished { .. } | Event::Started { .. } => self.flush_samples(),
            _ => {}
        }
        post(&FromWorker::Event { event });
    }

    /// The completions each data source kept, for the report's message.
    pub fn take_kept(&mut self) -> Vec<KeptNumbers> {
        std::mem::take(&mut self.kept)
    }

    pub fn flush_samples(&mut self) {
        if !self.samples.is_empty() {
            post(&FromWorker::Samples { samples: std::mem::take(&mut self.samples) });
        }
        self.last_flush = now_ms();
    }
}
