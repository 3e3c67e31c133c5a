//! The engine's Web Worker, seen from the page: start it, send it work, hear back, stop it.
//!
//! Cancel terminates the worker outright (a CPU training loop never yields to the worker's event
//! loop, so a polite "stop" message would wait for the run to end) and starts a fresh one.

use leptos::prelude::*;
use std::time::Duration;
use subliminal_app::live::Beside;
use subliminal_app::protocol::{AuditInput, BackendChoice, DigitGuess, FromWorker, KeptNumbers, ToWorker};
use subliminal_app::text;
use subliminal_model::owl::report::OwlReport;
use subliminal_model::run::{Part, Report, Spec};

use wasm_bindgen::prelude::*;
use web_sys::{ErrorEvent, MessageEvent, Worker, WorkerOptions, WorkerType};

use super::state::{AuditState, Experiment, Live, PageState, Status};

/// Trunk's loaders (`data-loader-shim`) for the engine's two builds: on the CPU only (`worker`),
/// and with WebGPU as well (`worker-gpu`, most of the download: burn's GPU stack).
const CPU_ENGINE: &str = "./worker_loader.js";
const GPU_ENGINE: &str = "./worker-gpu_loader.js";

/// The engine to load: the one with WebGPU only where the visitor's choice may use a GPU and the
/// browser offers an adapter (a software one too: the engine checks it, and says why it is not
/// used). Elsewhere (no WebGPU, a plain-HTTP page, the CPU asked for) the smaller CPU one.
async fn engine_script(choice: BackendChoice) -> &'static str {
    if choice == BackendChoice::Cpu {
        return CPU_ENGINE;
    }
    match subliminal_app::gpu::adapter().await {
        Ok(_) => GPU_ENGINE,
        Err(_) => CPU_ENGINE,
    }
}

fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// Starts a fresh worker (stopping any old one) on the chosen backend.
pub fn start(state: PageState) {
    stop(state);
    state.status.set(Status::Starting);
    state.backend.set(None);
    state.worker_ready.set(false);
    let generation = state.worker_generation.get_value() + 1;
    state.worker_generation.set_value(generation);
    // A lost GPU can report twice (its `lost` promise and a panic) and a stopped worker's last
    // messages may still be queued: only the current worker is heard. A restart while the page
    // was still choosing the engine starts none.
    let current = move || state.worker_generation.get_value() == generation;
    let choice = state.backend_choice.get_untracked();
    wasm_bindgen_futures::spawn_local(async move {
        let script = engine_script(choice).await;
        if current() {
            spawn(state, script, Which::Engine, current);
        }
    });
}

/// The page's two workers: the engine, and the helper beside it that runs the control's half of
/// a split run.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Which {
    Engine,
    Helper,
}

/// Starts a worker from `script`; `current` says whether it is still one of the page's.
fn spawn(state: PageState, script: &str, which: Which, current: impl Fn() -> bool + Copy + 'static) {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Classic); // Trunk's loader shim uses importScripts
    let worker = match Worker::new_with_options(script, &options) {
        Ok(worker) => worker,
        // Without the helper the run is simply not split.
        Err(_) if which == Which::Helper => return,
        Err(e) => {
            let message = text::engine::could_not_start(&format!("{e:?}"));
            state.status.set(Status::Failed { message });
            return;
        }
    };
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        if !current() {
            return;
        }
        let text = event.data().as_string().unwrap_or_default();
        match serde_json::from_str::<FromWorker>(&text) {
            Ok(message) if which == Which::Engine => apply(state, message),
            Ok(message) => apply_helper(state, message),
            Err(e) => leptos::logging::error!("unreadable message from the engine: {e}"),
        }
    });
    let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
        // Reached when the worker dies without saying why (its panic hook reports the usual cases).
        if current() && !matches!(state.status.get_untracked(), Status::Failed { .. }) {
            let on_gpu = which == Which::Engine && state.backend.get_untracked().is_some_and(|b| b.webgpu);
            failed(state, text::engine::stopped(&event.message()), on_gpu);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // The closures live as long as the page; a few per restart is a negligible leak.
    on_message.forget();
    on_error.forget();
    match which {
        Which::Engine => state.worker.set_value(Some(worker)),
        Which::Helper => state.helper.set_value(Some(worker)),
    }
}

/// The device's logical cores, as the browser tells them (at least 1).
fn cores() -> u32 {
    (window().navigator().hardware_concurrency() as u32).max(1)
}

/// Starts the helper beside an engine that runs on the CPU, where the device has a core for it.
fn start_helper(state: PageState) {
    if cores() < 2 || state.one_worker.get_value() || state.helper.with_value(Option::is_some) {
        return;
    }
    let generation = state.worker_generation.get_value();
    spawn(state, CPU_ENGINE, Which::Helper, move || state.worker_generation.get_value() == generation);
}

pub fn stop(state: PageState) {
    for worker in [state.worker, state.helper] {
        if let Some(worker) = worker.try_update_value(|w| w.take()).flatten() {
            worker.terminate();
        }
    }
    state.helper_ready.set(false);
    state.halves.set_value(None);
    state.speed_running.set(false);
    if state.audit.get_untracked() == AuditState::Working {
        state.audit.set(AuditState::Refused(text::engine::AUDIT_INTERRUPTED.into()));
    }
}

fn post_to(worker: StoredValue<Option<Worker>, LocalStorage>, message: &ToWorker) {
    worker.with_value(|w| {
        if let Some(worker) = w {
            let _ = worker.post_message(&JsValue::from_str(&message.to_json()));
        }
    });
}

fn post(state: PageState, message: &ToWorker) {
    post_to(state.worker, message);
}

/// Starts a run now, or as soon as a (re)started worker is ready.
pub fn run(state: PageState, spec: Spec) {
    if state.is_running() {
        return;
    }
    state.last_run.set(Some(spec.clone()));
    if state.worker_ready.get_untracked() {
        send_run(state, spec);
    } else {
        state.queued.set(Some(spec));
        // A failed worker may be dead (a panic ends its wasm instance): start afresh.
        if matches!(state.status.get_untracked(), Status::Failed { .. }) {
            start(state);
        }
    }
}

fn send_run(state: PageState, spec: Spec) {
    let experiment = Experiment::of(&spec);
    match experiment {
        Experiment::Owl | Experiment::Values => {
            state.report_of(experiment).set(None);
            state.imported.set(None);
            state.kept.set(Some((experiment, Vec::new())));
        }
        Experiment::Mnist => {
            state.mnist_result.set(None);
            state.classified.set(None);
        }
    }
    // An owl run with a control's chain runs in two halves side by side where the helper is up
    // (the engine on the CPU, two cores or more): the same report, joined when both are back.
    let split = matches!(&spec, Spec::Owl(config) if Part::splits(config)) && state.helper_ready.get_untracked();
    let beside = split.then(Beside::default);
    state.live.set(Live { experiment: Some(experiment), started_ms: now_ms(), now_ms: now_ms(), beside, ..Live::default() });
    state.status.set(Status::Running(experiment));
    if split {
        state.halves.set_value(Some((None, None)));
        post_to(state.helper, &ToWorker::Run { spec: spec.clone(), part: Part::Control });
        post(state, &ToWorker::Run { spec, part: Part::Students });
    } else {
        post(state, &ToWorker::Run { spec, part: Part::Whole });
    }
}

/// Keeps a split run's half; with both back, shows the joined report.
fn half_done(state: PageState, report: OwlReport, which: Which) {
    let both = state.halves.try_update_value(|halves| {
        let (students, control) = halves.as_mut()?;
        match which {
            Which::Engine => *students = Some(report),
            Which::Helper => *control = Some(report),
        }
        if students.is_some() && control.is_some() {
            halves.take()
        } else {
            None
        }
    });
    if let Some(Some((Some(students), Some(control)))) = both {
        match OwlReport::join(students, control) {
            Ok(report) => finished(state, Report::Owl(Box::new(report)), Vec::new()),
            Err(message) => failed(state, message, false),
        }
    }
}

/// Adds a worker's kept completions to the run's (a split run's two halves each send theirs).
fn keep_numbers(state: PageState, kept: Vec<KeptNumbers>) {
    state.kept.update(|run| {
        if let Some((_, all)) = run {
            all.extend(kept);
        }
    });
}

/// A run's report is back: show it in its tab.
fn finished(state: PageState, report: Report, digits: Vec<DigitGuess>) {
    state.live.update(|live| live.now_ms = now_ms());
    state.loading.set(None);
    let experiment = match report {
        Report::Owl(report) => {
            let experiment = Experiment::of(&Spec::from(report.config.clone()));
            super::compare_card::keep(state, &report);
            state.report_of(experiment).set(Some(*report));
            experiment
        }
        Report::Mnist(report) => {
            state.mnist_result.set(Some((report, digits)));
            Experiment::Mnist
        }
    };
    state.status.set(Status::Done(experiment));
}

/// The helper's messages: it starts on the CPU, says when it is ready, and during a split run
/// its progress, samples and half of the report.
fn apply_helper(state: PageState, message: FromWorker) {
    let splitting = state.halves.with_value(Option::is_some);
    match message {
        FromWorker::Alive => post_to(state.helper, &ToWorker::Init { backend: BackendChoice::Cpu }),
        FromWorker::Ready { .. } => state.helper_ready.set(true),
        FromWorker::Event { event } if splitting => state.live.update(|live| live.observe_beside(event, now_ms())),
        FromWorker::Samples { samples } if splitting => state.live.update(|live| live.add_samples(samples)),
        FromWorker::Done { report, kept, .. } if splitting => match *report {
            Report::Owl(report) => {
                keep_numbers(state, kept);
                half_done(state, *report, Which::Helper)
            }
            Report::Mnist(_) => failed(state, text::engine::stopped("the second worker ran the wrong experiment"), false),
        },
        FromWorker::Failed { message, .. } => failed(state, message, false),
        _ => {}
    }
}

/// Asks the last MNIST networks about a drawing.
pub fn classify(state: PageState, pixels: Vec<f32>) {
    if matches!(state.status.get_untracked(), Status::Done(_) | Status::Ready) {
        post(state, &ToWorker::Classify { pixels });
    }
}

/// Times a training step of each network on each device (the worker must be idle).
pub fn speed_check(state: PageState) {
    if state.worker_ready.get_untracked() && !state.is_running() && !state.speed_running.get_untracked() {
        state.speed.set(Vec::new());
        state.speed_running.set(true);
        post(state, &ToWorker::SpeedCheck);
    }
}

/// Audits the visitor's two sets in the worker (the page stays responsive; the sets never leave
/// the tab). The worker must be idle: a CPU run never yields to it.
pub fn audit(state: PageState, a: AuditInput, b: AuditInput) {
    if state.worker_ready.get_untracked() && !state.is_running() && !state.speed_running.get_untracked() {
        state.audit.set(AuditState::Working);
        post(state, &ToWorker::Audit { a, b });
    }
}

/// Cancel: stop the worker at once and start a fresh one for the next run.
pub fn cancel(state: PageState) {
    stop(state);
    state.queued.set(None);
    start(state);
    state.status.set(Status::Cancelled);
}

/// The worker failed. On the GPU the page carries on with the CPU by itself: a fresh worker there,
/// and the run that was going starts again from its beginning (a run's numbers depend on its
/// backend, so half a GPU run and half a CPU run would match neither). Elsewhere it stops and says
/// why.
fn failed(state: PageState, message: String, on_gpu: bool) {
    // The worker may be dead (a panic) or still computing garbage (invalid numbers): stop it.
    let was_running = state.is_running();
    stop(state);
    state.loading.set(None);
    state.worker_ready.set(false);
    if on_gpu {
        state.notice.set(Some(text::engine::gpu_lost(&message, was_running)));
        state.backend_choice.set(BackendChoice::Cpu);
        state.queued.set(if was_running { state.last_run.get_untracked() } else { None });
        start(state);
    } else {
        state.status.set(Status::Failed { message });
    }
}

/// Keeps the elapsed time and ETA moving while a run is going.
pub fn start_clock(state: PageState) {
    set_interval(
        move || {
            if state.is_running() {
                state.live.update(|live| live.now_ms = now_ms());
            }
        },
        Duration::from_millis(500),
    );
}

fn apply(state: PageState, message: FromWorker) {
    match message {
        FromWorker::Alive => post(state, &ToWorker::Init { backend: state.backend_choice.get_untracked() }),
        FromWorker::Backend { info } => {
            if !info.webgpu {
                start_helper(state);
            }
            state.backend.set(Some(info));
        }
        FromWorker::Loading { file, loaded, total } => state.loading.set(Some(text::engine::downloading(&file, loaded, total))),
        FromWorker::Ready { base_a, base_b } => {
            state.loading.set(None);
            state.bases.set(Some((base_a, base_b)));
            state.worker_ready.set(true);
            if matches!(state.status.get_untracked(), Status::Starting | Status::Cancelled) {
                state.status.set(Status::Ready);
            }
            if let Some(message) = state.queued.try_update(|q| q.take()).flatten() {
                send_run(state, message);
            }
        }
        FromWorker::Event { event } => state.live.update(|live| live.observe(event, now_ms())),
        FromWorker::Samples { samples } => state.live.update(|live| live.add_samples(samples)),
        FromWorker::Done { report, digits, kept } => {
            keep_numbers(state, kept);
            match *report {
                Report::Owl(report) if state.halves.with_value(Option::is_some) => half_done(state, *report, Which::Engine),
                report => finished(state, report, digits),
            }
        }
        FromWorker::Classified { probabilities } => state.classified.set(Some(probabilities)),
        FromWorker::Audited { result } => state.audit.set(match result {
            Ok(report) => AuditState::Done(report),
            Err(message) => AuditState::Refused(message),
        }),
        FromWorker::Speed { timings, done } => {
            state.speed.set(timings);
            state.speed_running.set(!done);
        }
        FromWorker::Failed { message, on_gpu } => failed(state, message, on_gpu),
    }
}
