//! The messages between the page and the engine's Web Worker, sent as JSON strings.
//!
//! The experiment settings and reports are the engine's own serde types, so the URL, the CLI, the
//! worker and an exported report all speak the same language.

use serde::{Deserialize, Serialize};
use subliminal_model::events::Event;
use subliminal_model::mnist::experiment::PerNetwork;
use subliminal_model::owl::audit::{AuditReport, InputFormat};
use subliminal_model::owl::filter::DataSource;
use subliminal_model::run::{Part, Report, Spec};
use subliminal_model::speed::StepTiming;

/// Which compute device the visitor asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BackendChoice {
    /// WebGPU when the browser offers it, otherwise the CPU.
    Auto,
    /// The CPU (burn's flex backend in wasm), e.g. after the GPU failed.
    Cpu,
    /// WebGPU even when it is a software emulation (`?device=webgpu`): slow, but it lets a test
    /// drive the GPU path, device loss included, in a browser without a GPU.
    Webgpu,
}

impl BackendChoice {
    /// The choice a link's `device=` names (`auto`, `cpu`, `webgpu`), or why it names none.
    pub fn from_link(value: &str) -> Result<Self, String> {
        serde_json::from_value(serde_json::Value::String(value.to_string())).map_err(|_| crate::text::page::not_a_device(value))
    }
}

/// The completions one data source kept in a run, every seed's (the CLI's `--save-numbers`).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct KeptNumbers {
    pub source: DataSource,
    pub texts: Vec<String>,
}

impl KeptNumbers {
    /// As the CLI's `--save-numbers` writes it and the audit tab reads it: a JSON string a line.
    pub fn jsonl(&self) -> String {
        self.texts.iter().map(|t| serde_json::to_string(t).expect("strings serialise") + "\n").collect()
    }

    /// Its file's name, as the CLI's (`teacher.jsonl`).
    pub fn file_name(&self) -> String {
        format!("{}.jsonl", self.source.key())
    }
}

/// Page -> worker.
#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum ToWorker {
    /// Pick the device and load the shipped base models. Sent once per worker.
    Init { backend: BackendChoice },
    /// Run an experiment (any of them: the spec says which), or one half of an owl run that two
    /// workers run side by side (`part`; the page joins their reports).
    Run {
        spec: Spec,
        #[serde(default)]
        part: Part,
    },
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
    pub device: TimedDevice,
    pub timing: StepTiming,
}

/// A device the speed check times.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TimedDevice {
    /// The CPU engine (wasm).
    Cpu,
    /// The GPU the engine trains on.
    Webgpu,
    /// A GPU that failed the self-check: timed, never used.
    WebgpuWrong,
    /// A software emulation of a GPU: timed, not used.
    WebgpuSoftware,
    /// A GPU slower than the CPU here: timed, not used.
    WebgpuSlower,
}

/// The device the worker runs on, and why.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BackendInfo {
    pub webgpu: bool,
    /// Why this device; the page says it in its language.
    pub note: DeviceNote,
}

/// Why the engine runs where it runs: what the worker found, which the page words
/// (`text::device::note`). The worker says nothing in words of its own, so it carries no catalog.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DeviceNote {
    /// The visitor (or the link) chose the CPU.
    CpuAsAsked,
    /// The browser offers no usable WebGPU adapter.
    NoAdapter { why: NoAdapter },
    /// This is the engine built without WebGPU (the page found no adapter when it started), and
    /// the worker found `adapter` after all.
    EngineWithoutWebgpu { adapter: String },
    /// On WebGPU, untimed (`?device=webgpu` asked for it).
    OnWebgpu { adapter: String },
    /// On WebGPU: its training step (milliseconds, median) beat the CPU's.
    GpuFaster { adapter: String, gpu_ms: f64, cpu_ms: f64 },
    /// On the CPU: the GPU's training step was slower (a link with `?device=webgpu` uses it anyway).
    CpuFaster { adapter: String, gpu_ms: f64, cpu_ms: f64 },
    /// WebGPU would not start.
    FailedToStart { error: String },
    /// The GPU computed the self-check's training step wrongly; `worst`: the parameter furthest
    /// off, by `percent_off` of the step.
    WrongStep { worst: String, percent_off: f64 },
    /// A software emulation of a GPU (it passed the self-check): the CPU is much faster.
    Software { adapter: String },
    /// The same, used because the link asked for WebGPU.
    SoftwareAsAsked { adapter: String },
}

/// Why the browser offers no WebGPU adapter.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NoAdapter {
    /// WebGPU is offered to secure pages only, and this one came over plain HTTP.
    PlainHttp,
    NoWebgpu,
    Incomplete,
    Refused,
    FailedLooking,
    NoGpu,
}

/// What stopped the worker, for the page to say.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Failure {
    /// The engine's own error, in its words (the CLI's).
    Engine { message: String },
    /// A shipped file (`assets/base-a.slpw`) could not be had.
    Download { file: String, problem: DownloadProblem },
    /// The browser reported the GPU device lost.
    GpuLost { reason: String, message: String },
    /// A training curve's value that is not a number (a device computing garbage): `learner` and
    /// `metric` as the engine's events name them, `value` as written ("NaN").
    InvalidNumbers { learner: String, metric: String, value: String, step: usize },
}

impl From<String> for Failure {
    fn from(message: String) -> Self {
        Failure::Engine { message }
    }
}

impl From<&str> for Failure {
    fn from(message: &str) -> Self {
        Failure::Engine { message: message.to_string() }
    }
}

/// Why a download failed; `detail`: what the browser said, if anything.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum DownloadProblem {
    Offline { detail: Option<String> },
    Http { status: u16, status_text: String },
    Unreadable { detail: Option<String> },
}

/// Why an audit's input was refused.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum AuditRefusal {
    /// A side did not read (`error`: the engine's reader's words, "line 3: expected a JSON string").
    Unreadable { side: String, error: String },
    /// A side holds no completions.
    NoCompletions { side: String },
}

/// A base model's averaged answers as the page charts them: the engine's
/// [`Preferences`](subliminal_model::owl::probe::Preferences), in percent, in its ANIMALS, TREES
/// and acts order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct BaseAnswers {
    pub animals: Vec<f64>,
    pub trees: Vec<f64>,
    /// The acts chosen in everyday situations: good acts, then bad ones.
    pub acts: Vec<f64>,
}

impl From<&subliminal_model::owl::probe::Preferences> for BaseAnswers {
    fn from(prefs: &subliminal_model::owl::probe::Preferences) -> Self {
        let percent = |v: &[f64]| v.iter().map(|p| p * 100.0).collect();
        Self { animals: percent(&prefs.animals.mean), trees: percent(&prefs.trees.mean), acts: percent(&prefs.acts.mean) }
    }
}

/// One held-out digit and what each model of the last seed guessed.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DigitGuess {
    /// 784 grey levels, 0..255.
    pub pixels: Vec<u8>,
    pub label: u8,
    /// Each network's guess.
    pub guesses: PerNetwork<u8>,
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
        base_a: BaseAnswers,
        base_b: BaseAnswers,
    },
    Event {
        event: Event,
    },
    /// Generated completions with the filter's verdicts, batched to spare the page.
    Samples {
        samples: Vec<(String, bool)>,
    },
    /// A run finished; an MNIST run adds held-out digits with each network's guess, an owl run
    /// the completions each data source kept (for the audit tab).
    Done {
        report: Box<Report>,
        digits: Vec<DigitGuess>,
        #[serde(default)]
        kept: Vec<KeptNumbers>,
    },
    /// Each network's digit probabilities, in percent.
    Classified {
        probabilities: PerNetwork<Vec<f64>>,
    },
    /// Speed-check results so far; `done` after the last.
    Speed {
        timings: Vec<DeviceTiming>,
        done: bool,
    },
    /// An audit's figures, or why its input could not be read.
    Audited {
        result: Result<Box<AuditReport>, AuditRefusal>,
    },
    /// Something failed; with `on_gpu` the page carries on with the CPU (the run from its start).
    Failed {
        failure: Failure,
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

/// A GPU runtime's error as one line: its first line and its deepest cause, without the
/// "Caused by:" ladder and the empty backtrace (a lost device's panic is nine lines otherwise).
pub fn condensed_error(message: &str) -> String {
    let lines: Vec<&str> = message.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
    let Some(first) = lines.first() else { return message.to_string() };
    let before_backtrace = lines.iter().position(|l| l.starts_with("Backtrace")).unwrap_or(lines.len());
    let root = lines[..before_backtrace].iter().rev().find(|l| !l.starts_with("Caused by"));
    match root {
        Some(root) if root != first && !first.contains(*root) => format!("{first} ({root})"),
        _ => first.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_gpu_runtime_error_is_condensed_to_its_first_line_and_deepest_cause() {
        let panic = "probe read: An error happened during execution\nCaused by:\n  An error happened during execution\nCaused by:\n  \
                     the staging buffer could not be mapped: Error occurred when trying to async map a buffer\nBacktrace:\nNo backtrace available";
        assert_eq!(
            condensed_error(panic),
            "probe read: An error happened during execution (the staging buffer could not be mapped: Error occurred when trying to async map a buffer)"
        );
        assert_eq!(condensed_error("assets/base-a.slpw: not a weights file"), "assets/base-a.slpw: not a weights file");
    }

    #[test]
    fn a_link_names_a_device_or_gets_told_which_exist() {
        assert_eq!(BackendChoice::from_link("cpu"), Ok(BackendChoice::Cpu));
        assert_eq!(BackendChoice::from_link("webgpu"), Ok(BackendChoice::Webgpu));
        assert_eq!(BackendChoice::from_link("auto"), Ok(BackendChoice::Auto));
        let refused = BackendChoice::from_link("gpu").unwrap_err();
        assert!(refused.contains("device=gpu") && refused.contains("auto, cpu or webgpu"), "{refused}");
    }

    /// The kept numbers a run saves read back in the audit tab as they were kept, whatever
    /// their characters, under the CLI's file name.
    #[test]
    fn saved_kept_numbers_are_what_the_audit_tab_reads() {
        use subliminal_model::owl::audit::{read_completions, InputFormat};
        let kept = KeptNumbers { source: DataSource::Teacher, texts: vec!["12, 7, 99".into(), "4 \"5\"\\ 6".into(), "é, 3".into()] };
        let file = kept.file_name();
        assert_eq!(file, "teacher.jsonl");
        assert_eq!(read_completions(&kept.jsonl(), InputFormat::Auto, Some(&file), "").unwrap(), kept.texts);
    }

    /// Every message, both ways, reads back as what was written: the page and the worker are
    /// built from this one file, but a serde attribute can still make a message unreadable. The
    /// `match`es fail to compile when a message is added without a sample here.
    #[test]
    fn every_message_reads_back_as_it_was_written() {
        use subliminal_model::events::Stage;
        use subliminal_model::owl::config::OwlConfig;
        use subliminal_model::owl::filter::FilterConfig;
        use subliminal_model::owl::report::OwlReport;

        let to_worker = [
            ToWorker::Init { backend: BackendChoice::Webgpu },
            ToWorker::Run { spec: OwlConfig::page_default().into(), part: Part::Whole },
            ToWorker::Run { spec: OwlConfig::page_default().into(), part: Part::Control },
            ToWorker::Classify { pixels: vec![0.0, 0.5, 1.0] },
            ToWorker::SpeedCheck,
            ToWorker::Audit {
                a: AuditInput { text: "1, 2, 3".into(), name: Some("a.csv".into()), format: InputFormat::Csv, column: "text".into() },
                b: AuditInput { text: "4, 5".into(), name: None, format: InputFormat::Auto, column: String::new() },
            },
        ];
        let covered: Vec<&str> = to_worker
            .iter()
            .map(|m| match m {
                ToWorker::Init { .. } => "init",
                ToWorker::Run { .. } => "run",
                ToWorker::Classify { .. } => "classify",
                ToWorker::SpeedCheck => "speed_check",
                ToWorker::Audit { .. } => "audit",
            })
            .collect();
        assert_eq!(covered.len(), 6);
        for message in &to_worker {
            let json = message.to_json();
            let back: ToWorker = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{json}: {e}"));
            assert_eq!(back.to_json(), json);
        }

        let mut pinned: serde_json::Value = serde_json::from_str(include_str!("../../model/tests/pinned/owl-report.json")).unwrap();
        (pinned["backend"], pinned["timings"]) = ("CPU".into(), serde_json::json!({}));
        let report: OwlReport = serde_json::from_value(pinned).unwrap();
        let preferences = BaseAnswers { animals: vec![6.1, 93.9], trees: vec![100.0], acts: vec![99.0, 1.0] };
        let lines = vec!["12, 34".to_string(), "56, 78".to_string()];
        let from_worker = [
            FromWorker::Alive,
            FromWorker::Backend { info: BackendInfo { webgpu: false, note: DeviceNote::NoAdapter { why: NoAdapter::PlainHttp } } },
            FromWorker::Backend {
                info: BackendInfo { webgpu: false, note: DeviceNote::WrongStep { worst: "blocks.0.ln".into(), percent_off: 12.5 } },
            },
            FromWorker::Backend {
                info: BackendInfo {
                    webgpu: false,
                    note: DeviceNote::CpuFaster { adapter: "intel gen-12lp".into(), gpu_ms: 212.5, cpu_ms: 148.0 },
                },
            },
            FromWorker::Loading { file: "assets/base-a.slpw".into(), loaded: 10, total: Some(20) },
            FromWorker::Ready { base_a: preferences.clone(), base_b: preferences },
            FromWorker::Event { event: Event::Progress { stage: Stage::Generate, done: 3, total: 9 } },
            FromWorker::Samples { samples: vec![("1, 2".into(), true), ("owl".into(), false)] },
            FromWorker::Done {
                report: Box::new(Report::Owl(Box::new(report))),
                digits: vec![DigitGuess { pixels: vec![0, 255], label: 7, guesses: PerNetwork { teacher: 7, student: 7, cross_init: 1 } }],
                kept: vec![KeptNumbers { source: DataSource::Control, texts: vec!["1, 2, 3".into(), "say \"4\"".into()] }],
            },
            FromWorker::Classified { probabilities: PerNetwork { teacher: vec![90.0], student: vec![80.0], cross_init: vec![10.0] } },
            FromWorker::Speed {
                timings: vec![DeviceTiming {
                    device: TimedDevice::WebgpuSoftware,
                    timing: StepTiming {
                        model: "gpt".into(),
                        shape: "64 x 32".into(),
                        steps: 3,
                        step_ms: 147.0,
                        first_loss: 3.2,
                        last_loss: 3.0,
                    },
                }],
                done: true,
            },
            FromWorker::Audited {
                result: Ok(Box::new(subliminal_model::owl::audit::audit_texts(&lines, &lines, &FilterConfig::default()))),
            },
            FromWorker::Audited { result: Err(AuditRefusal::Unreadable { side: "A".into(), error: "line 3: not a JSON string".into() }) },
            FromWorker::Failed { failure: Failure::GpuLost { reason: "Destroyed".into(), message: String::new() }, on_gpu: true },
            FromWorker::Failed {
                failure: Failure::Download {
                    file: "assets/base-a.slpw".into(),
                    problem: DownloadProblem::Http { status: 404, status_text: "Not Found".into() },
                },
                on_gpu: false,
            },
            FromWorker::Failed {
                failure: Failure::InvalidNumbers {
                    learner: "student (same init)".into(),
                    metric: "loss".into(),
                    value: "NaN".into(),
                    step: 22,
                },
                on_gpu: true,
            },
        ];
        let mut covered: Vec<&str> = from_worker
            .iter()
            .map(|m| match m {
                FromWorker::Alive => "alive",
                FromWorker::Backend { .. } => "backend",
                FromWorker::Loading { .. } => "loading",
                FromWorker::Ready { .. } => "ready",
                FromWorker::Event { .. } => "event",
                FromWorker::Samples { .. } => "samples",
                FromWorker::Done { .. } => "done",
                FromWorker::Classified { .. } => "classified",
                FromWorker::Speed { .. } => "speed",
                FromWorker::Audited { .. } => "audited",
                FromWorker::Failed { .. } => "failed",
            })
            .collect();
        covered.dedup();
        assert_eq!(covered.len(), 11, "a sample of every message");
        for message in &from_worker {
            let json = message.to_json();
            let back: FromWorker = serde_json::from_str(&json).unwrap_or_else(|e| panic!("{}: {e}", &json[..json.len().min(200)]));
            assert_eq!(back.to_json(), json);
        }
    }
}
