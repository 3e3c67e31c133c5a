//! Everything the page shows, as signals shared through context.

use leptos::prelude::*;
use subliminal_app::compare::SavedRun;
pub use subliminal_app::live::{Experiment, Live};
use subliminal_app::predict::Prediction;
use subliminal_app::protocol::{BackendChoice, BackendInfo, DeviceTiming, DigitGuess, KeptNumbers, Preferences};
use subliminal_app::recorded::RecordedRun;
use subliminal_model::mnist::experiment::{MnistReport, PerNetwork};
use subliminal_model::owl::audit::AuditReport;
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
    Failed {
        message: String,
    },
}

#[derive(Clone, Copy)]
pub struct PageState {
    pub backend_choice: RwSignal<BackendChoice>,
    pub backend: RwSignal<Option<BackendInfo>>,
    pub loading: RwSignal<Option<String>>,
    pub bases: RwSignal<Option<(Preferences, Preferences)>>,
    pub status: RwSignal<Status>,
    /// The worker has its device and bases and waits for work.
    pub worker_ready: RwSignal<bool>,
    pub live: RwSignal<Live>,
    pub owl_report: RwSignal<Option<OwlReport>>,
    /// The misaligned teacher's run, in its own tab.
    pub values_report: RwSignal<Option<OwlReport>>,
    /// The tab whose report on show was imported from a file, and the file's name.
    pub imported: RwSignal<Option<(Experiment, String)>>,
    /// The recordings of the animals and values tabs' starting settings, found by each tab's controls (`recordings`).
    pub recordings: [RwSignal<Option<Recording>>; 2],
    /// The study's own channel, recorded (the `study` preset's run), shown beside results of
    /// another channel; fetched once, when the animals tab opens.
    pub study_channel: RwSignal<Option<Result<RecordedRun, String>>>,
    pub mnist_result: RwSignal<Option<(MnistReport, Vec<DigitGuess>)>>,
    /// The completions each data source kept in the last owl-style run, and whose run it was.
    pub kept: RwSignal<Option<(Experiment, Vec<KeptNumbers>)>>,
    pub classified: RwSignal<Option<PerNetwork<Vec<f64>>>>,
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
    /// Presenter mode's stage of the animals tab's story (None: off).
    pub presenter: RwSignal<Option<usize>>,
    /// The finished runs kept for comparison, newest first (kept in the browser).
    pub saved_runs: RwSignal<Vec<SavedRun>>,
    /// Kept runs of an earlier visit that no longer read (the compare card says so).
    pub saved_runs_dropped: usize,
    /// What the visitor expects of the next run (kept in the browser).
    pub prediction: RwSignal<Prediction>,
    /// The visitor's own audit: idle, working, its figures, or why its input was refused.
    pub audit: RwSignal<AuditState>,
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

/// A recorded run on show: the settings it is of ("this tab's default", a preset), and the run or
/// why it could not be had.
#[derive(Clone, Debug, PartialEq)]
pub struct Recording {
    pub of: String,
    pub run: Result<RecordedRun, String>,
}

/// Where the "audit your own data" tab stands.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum AuditState {
    #[default]
    Idle,
    Working,
    Done(Box<AuditReport>),
    Refused(String),
}

impl PageState {
    pub fn new() -> Self {
        let (saved_runs, saved_runs_dropped) = super::compare_card::stored();
        Self {
            backend_choice: RwSignal::new(BackendChoice::Auto),
            backend: RwSignal::new(None),
            loading: RwSignal::new(None),
            bases: RwSignal::new(None),
            status: RwSignal::new(Status::Starting),
            worker_ready: RwSignal::new(false),
            live: RwSignal::new(Live::default()),
            owl_report: RwSignal::new(None),
            values_report: RwSignal::new(None),
            imported: RwSignal::new(None),
            recordings: [RwSignal::new(None), RwSignal::new(None)],
            study_channel: RwSignal::new(None),
            mnist_result: RwSignal::new(None),
            kept: RwSignal::new(None),
            classified: RwSignal::new(None),
            speed: RwSignal::new(Vec::new()),
            speed_running: RwSignal::new(false),
            queued: RwSignal::new(None),
            last_run: RwSignal::new(None),
            notice: RwSignal::new(None),
            prediction: RwSignal::new(super::prediction::stored()),
            saved_runs: RwSignal::new(saved_runs),
            saved_runs_dropped,
            presenter: RwSignal::new(None),
            audit: RwSignal::new(AuditState::Idle),
            worker: StoredValue::new_local(None),
            worker_generation: StoredValue::new(0),
            helper: StoredValue::new_local(None),
            one_worker: StoredValue::new(false),
            helper_ready: RwSignal::new(false),
            halves: StoredValue::new(None),
        }
    }

    /// The report shown in an owl-style tab.
    pub fn report_of(&self, experiment: Experiment) -> RwSignal<Option<OwlReport>> {
        if experiment == Experiment::Values {
            self.values_report
        } else {
            self.owl_report
        }
    }

    /// The recording of an owl-style tab's starting settings, if there is one (reactive).
    pub fn recording(&self, experiment: Experiment) -> RwSignal<Option<Recording>> {
        self.recordings[(experiment == Experiment::Values) as usize]
    }

    pub fn is_running(&self) -> bool {
        matches!(self.status.get(), Status::Running(_))
    }
}

pub fn page_state() -> PageState {
    expect_context::<PageState>()
}
