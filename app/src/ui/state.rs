//! What the page shows, by area, each provided through context: the engine (its workers, its
//! device, the run going on), each owl-style tab, MNIST, the workshop's tools and the audit tab.
//! A component takes the areas it draws; `engine.rs`, which hears the workers, writes to all of
//! them through [`Page`].

use leptos::prelude::*;
use subliminal_app::compare::SavedRun;
use subliminal_app::forms::SettingsForm;
pub use subliminal_app::live::{Experiment, Live};
use subliminal_app::predict::Prediction;
use subliminal_app::protocol::{BackendChoice, BackendInfo, BaseAnswers, DeviceTiming, DigitGuess, KeptNumbers};
use subliminal_app::recorded::RecordedRun;
use subliminal_model::mnist::experiment::{MnistReport, PerNetwork};
use subliminal_model::owl::audit::AuditReport;
use subliminal_model::owl::config::OwlConfig;
use subliminal_model::owl::report::OwlReport;
use subliminal_model::run::Spec;
use web_sys::Worker;

#[derive(Clone, Debug, PartialEq)]
pub enum Status {
    /// The worker is starting: picking a device, downloading the bases.
    Starting,
    Ready,
    Running(Experiment),
    Done(Experiment),
    Cancelled,
    /// The engine failed; `run_stopped`: a run was going (else it failed starting, or idle).
    Failed {
        message: String,
        run_stopped: bool,
    },
}

/// The engine, seen from the page: its workers, the device they run on, and the run going on.
#[derive(Clone, Copy)]
pub struct EngineState {
    pub backend_choice: RwSignal<BackendChoice>,
    pub backend: RwSignal<Option<BackendInfo>>,
    pub loading: RwSignal<Option<String>>,
    pub bases: RwSignal<Option<(BaseAnswers, BaseAnswers)>>,
    pub status: RwSignal<Status>,
    /// The worker has its device and bases and waits for work.
    pub worker_ready: RwSignal<bool>,
    pub live: RwSignal<Live>,
    /// The speed check's measurements, and whether it is still timing.
    pub speed: RwSignal<Vec<DeviceTiming>>,
    pub speed_running: RwSignal<bool>,
    /// A run waiting for the worker to be ready (after a restart on the CPU, say).
    pub queued: RwSignal<Option<Spec>>,
    /// The last run sent, to repeat it on the CPU after a GPU failure.
    pub last_run: RwSignal<Option<Spec>>,
    /// Something the visitor should know that stopped nothing: the GPU was lost and the run
    /// carries on with the CPU, or a link named no device.
    pub notice: RwSignal<Option<String>>,
    pub worker: StoredValue<Option<Worker>, LocalStorage>,
    /// Counts the workers started: a message from an older (stopped) one is ignored.
    pub worker_generation: StoredValue<u32>,
    /// A second worker on the CPU, beside the first when it runs on the CPU and the device has
    /// two cores or more: it runs the control's half of a split run (`engine::send_run`).
    pub helper: StoredValue<Option<Worker>, LocalStorage>,
    /// The address asked for one worker only (`?workers=1`).
    pub one_worker: StoredValue<bool>,
    pub helper_ready: RwSignal<bool>,
    /// A split run's halves as they come back: the students' (first worker) and the control's.
    pub halves: StoredValue<Option<(Option<OwlReport>, Option<OwlReport>)>>,
}

impl EngineState {
    fn new() -> Self {
        Self {
            backend_choice: RwSignal::new(BackendChoice::Auto),
            backend: RwSignal::new(None),
            loading: RwSignal::new(None),
            bases: RwSignal::new(None),
            status: RwSignal::new(Status::Starting),
            worker_ready: RwSignal::new(false),
            live: RwSignal::new(Live::default()),
            speed: RwSignal::new(Vec::new()),
            speed_running: RwSignal::new(false),
            queued: RwSignal::new(None),
            last_run: RwSignal::new(None),
            notice: RwSignal::new(None),
            worker: StoredValue::new_local(None),
            worker_generation: StoredValue::new(0),
            helper: StoredValue::new_local(None),
            one_worker: StoredValue::new(false),
            helper_ready: RwSignal::new(false),
            halves: StoredValue::new(None),
        }
    }

    pub fn is_running(&self) -> bool {
        matches!(self.status.get(), Status::Running(_))
    }

    /// The worker is up and idle: no run, no speed check (a CPU run never yields to a message).
    pub fn is_idle(&self) -> bool {
        self.worker_ready.get() && !self.is_running() && !self.speed_running.get()
    }
}

/// One owl-style tab (animals or values): the report on show and where it came from, and what
/// its last run kept.
#[derive(Clone, Copy)]
pub struct OwlTab {
    /// This tab's own run's report, or an imported one.
    pub report: RwSignal<Option<OwlReport>>,
    /// The name of the file `report` was imported from (None: this tab's own run).
    pub imported: RwSignal<Option<String>>,
    /// The recording of the tab's starting settings, found by its controls (`recordings`).
    pub recording: RwSignal<Option<Recording>>,
    /// The completions each data source kept in this tab's last run.
    pub kept: RwSignal<Vec<KeptNumbers>>,
    /// The settings form (its controls start it from the address; a room's reseed sets it too).
    pub form: RwSignal<SettingsForm<OwlConfig>>,
}

impl OwlTab {
    fn new(config: OwlConfig) -> Self {
        Self {
            report: RwSignal::new(None),
            imported: RwSignal::new(None),
            recording: RwSignal::new(None),
            kept: RwSignal::new(Vec::new()),
            form: RwSignal::new(SettingsForm::new(&config)),
        }
    }
}

/// The two owl-style tabs, and what only the animals tab shows.
#[derive(Clone, Copy)]
pub struct OwlTabs {
    pub owl: OwlTab,
    pub values: OwlTab,
    /// The study's own channel, recorded (the `study` preset's run), shown beside results of
    /// another channel; fetched once, when the animals tab opens.
    pub study_channel: RwSignal<Option<Result<RecordedRun, String>>>,
}

impl OwlTabs {
    pub fn tab(&self, experiment: Experiment) -> OwlTab {
        if experiment == Experiment::Values {
            self.values
        } else {
            self.owl
        }
    }
}

/// The MNIST tab: the last run's report with its answers to the test digits, and the networks'
/// answers to the visitor's drawing.
#[derive(Clone, Copy)]
pub struct MnistState {
    pub result: RwSignal<Option<(MnistReport, Vec<DigitGuess>)>>,
    pub classified: RwSignal<Option<PerNetwork<Vec<f64>>>>,
}

/// The workshop's tools: presenter mode, the visitor's prediction, the kept runs to compare.
#[derive(Clone, Copy)]
pub struct Workshop {
    /// Presenter mode's stage of the animals tab's story (None: off).
    pub presenter: RwSignal<Option<usize>>,
    /// What the visitor expects of the next run (kept in the browser).
    pub prediction: RwSignal<Prediction>,
    /// The finished runs kept for comparison, newest first (kept in the browser).
    pub saved_runs: RwSignal<Vec<SavedRun>>,
    /// Kept runs of an earlier visit that no longer read (the compare card says so).
    pub saved_runs_dropped: usize,
}

/// The visitor's own audit: idle, working, its figures, or why its input was refused.
#[derive(Clone, Copy)]
pub struct AuditTabState {
    pub status: RwSignal<AuditStatus>,
}

/// A recorded run on show: the settings it is of ("this tab's default", a preset), and the run or
/// why it could not be had.
#[derive(Clone, Debug, PartialEq)]
pub struct Recording {
    pub of: String,
    pub run: Result<RecordedRun, String>,
}

/// Where the "audit your own data" tab stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum AuditStatus {
    #[default]
    Idle,
    Working,
    Done(Box<AuditReport>),
    Refused(String),
}

/// Every area: what the engine writes when a worker speaks.
#[derive(Clone, Copy)]
pub struct Page {
    pub engine: EngineState,
    pub owl: OwlTabs,
    pub mnist: MnistState,
    pub workshop: Workshop,
    pub audit: AuditTabState,
}

impl Page {
    /// Makes every area and provides each, and the whole, through context.
    pub fn provide() -> Self {
        let (saved_runs, saved_runs_dropped) = super::compare_card::stored();
        let page = Self {
            engine: EngineState::new(),
            owl: OwlTabs {
                owl: OwlTab::new(OwlConfig::page_default()),
                values: OwlTab::new(OwlConfig::misaligned_default()),
                study_channel: RwSignal::new(None),
            },
            mnist: MnistState { result: RwSignal::new(None), classified: RwSignal::new(None) },
            workshop: Workshop {
                presenter: RwSignal::new(None),
                prediction: RwSignal::new(super::prediction::stored()),
                saved_runs: RwSignal::new(saved_runs),
                saved_runs_dropped,
            },
            audit: AuditTabState { status: RwSignal::new(AuditStatus::Idle) },
        };
        provide_context(page);
        provide_context(page.engine);
        provide_context(page.owl);
        provide_context(page.mnist);
        provide_context(page.workshop);
        provide_context(page.audit);
        page
    }

    /// Every area, for what starts work in the engine (its answer may land in any of them).
    pub fn from_context() -> Self {
        expect_context()
    }
}

pub fn engine_state() -> EngineState {
    expect_context()
}

pub fn owl_tabs() -> OwlTabs {
    expect_context()
}

pub fn mnist_state() -> MnistState {
    expect_context()
}

pub fn workshop() -> Workshop {
    expect_context()
}

pub fn audit_tab() -> AuditTabState {
    expect_context()
}
