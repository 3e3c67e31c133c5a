//! The messages between the page and the engine's Web Worker, sent as JSON strings.
//!
//! The experiment settings and reports are the engine's own serde types, so the URL, the CLI, the
//! worker and an exported report all speak the same language.

use serde::{Deserialize, Serialize};
use subliminal_model::owl::audit::{AuditReport, InputFormat};
use subliminal_model::run::{Report, Spec};
use subliminal_model::shared::events::Event;
use subliminal_model::speed::StepTiming;

/// Which compute device the visitor asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BackendChoice {
    /// WebGPU when the browser offers it, otherwise the CPU.
    Auto,
    /// The CPU (burn's flex backend in wasm), e.g. after the GPU failed.
    Cpu,
}

/// Page -> worker.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ToWorker {
    /// Pick the device and load the shipped base models. Sent once per worker.
    Init { backend: BackendChoice },
    /// Run an experiment (any of them: the spec says which).
    Run { spec: Spec },
    /// Ask the last MNIST run's models about one 28x28 image (pixels in [0, 1], row-major).
    Classify { pixels: Vec<f32> },
    /// Time a training step of each network on each device the engine can use.
    SpeedCheck,
    /// Audit two sets of completions the visitor brought (they never leave the tab).
    Audit { a: AuditInput, b: AuditInput },
}

/// One side of an audit: its text (a file's or a pasted block), the file's name if any (it
/// guides the format's guess), its format, and the column a CSV holds the completions in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditInput {
    pub text: String,
    pub name: Option<String>,
    pub format: InputFormat,
    pub column: String,
}

/// One speed-check measurement: a network's training step on one device.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DeviceTiming {
    /// "CPU (wasm)", "WebGPU", or WebGPU that failed its self-check (timed, never used).
    pub device: String,
    pub timing: StepTiming,
}

/// The device the worker runs on, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BackendInfo {
    pub webgpu: bool,
    /// A sentence for the visitor, e.g. "WebGPU not available in this browser: running on the CPU".
    pub note: String,
}

/// A model's answer distributions, in percent, in the engine's ANIMALS, TREES and acts order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Preferences {
    pub animals: Vec<f64>,
    pub trees: Vec<f64>,
    /// The acts chosen in everyday situations: good acts, then bad ones.
    pub acts: Vec<f64>,
}

/// One held-out digit and what each model of the last seed guessed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DigitGuess {
    /// 784 grey levels, 0..255.
    pub pixels: Vec<u8>,
    pub label: u8,
    /// Guesses of the teacher, the same-init student and the different-init student.
    pub guesses: [u8; 3],
}

/// Worker -> page.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum FromWorker {
    /// The worker's wasm is running and listening. Messages posted before this would be lost,
    /// so the page waits for it before sending `Init`.
    Alive,
    Backend {
        info: BackendInfo,
    },
    /// Download progress of a shipped file (`total` when the server says it).
    Loading {
        file: String,
        loaded: u64,
        total: Option<u64>,
    },
    /// The bases are loaded: their preferences before any training.
    Ready {
        base_a: Preferences,
        base_b: Preferences,
    },
    Event {
        event: Event,
    },
    /// Generated completions with the filter's verdicts, batched to spare the page.
    Samples {
        samples: Vec<(String, bool)>,
    },
    /// A run finished; an MNIST run adds held-out digits with each network's guess.
    Done {
        report: Box<Report>,
        digits: Vec<DigitGuess>,
    },
    /// Digit probabilities (percent) from the teacher, the same-init and the different-init student.
    Classified {
        probabilities: [Vec<f64>; 3],
    },
    /// Speed-check results so far; `done` after the last.
    Speed {
        timings: Vec<DeviceTiming>,
        done: bool,
    },
    /// An audit's figures, or why its input could not be read ("A: line 3: ...").
    Audited {
        result: Result<Box<AuditReport>, String>,
    },
    /// Something failed; `on_gpu` offers the visitor a rerun on the CPU.
    Failed {
        message: String,
        on_gpu: bool,
    },
}

impl ToWorker {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("messages serialise")
    }
}

impl FromWorker {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("messages serialise")
    }
}
