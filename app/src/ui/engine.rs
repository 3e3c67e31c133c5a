//! The engine's Web Worker, seen from the page: start it, send it work, hear back, stop it.
//!
//! Cancel terminates the worker outright (a CPU training loop never yields to the worker's event
//! loop, so a polite "stop" message would wait for the run to end) and starts a fresh one.

use leptos::prelude::*;
use std::time::Duration;
use subliminal_app::protocol::{AuditInput, BackendChoice, FromWorker, ToWorker};
use subliminal_app::text;
use subliminal_model::run::{Report, Spec};

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
            spawn(state, script, current);
        }
    });
}

/// Starts the worker from `script`; `current` says whether it is still the page's engine.
fn spawn(state: PageState, script: &str, current: impl Fn() -> bool + Copy + 'static) {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Classic); // Trunk's loader shim uses importScripts
    let worker = match Worker::new_with_options(script, &options) {
        Ok(worker) => worker,
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
            Ok(message) => apply(state, message),
            Err(e) => leptos::logging::error!("unreadable message from the engine: {e}"),
        }
    });
    let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
        // Reached when the worker dies without saying why (its panic hook reports the usual cases).
        if current() && !matches!(state.status.get_untracked(), Status::Failed { .. }) {
            let on_gpu = state.backend.get_untracked().is_some_and(|b| b.webgpu);
            failed(state, text::engine::stopped(&event.message()), on_gpu);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // The closures live as long as the page; a few per restart is a negligible leak.
    on_message.forget();
    on_error.forget();
    state.worker.set_value(Some(worker));
}

pub fn stop(state: PageState) {
    if let Some(worker) = state.worker.try_update_value(|w| w.take()).flatten() {
        worker.terminate();
    }
    state.speed_running.set(false);
    if state.audit.get_untracked() == AuditState::Working {
        state.audit.set(AuditState::Refused(text::engine::AUDIT_INTERRUPTED.into()));
    }
}

fn post(state: PageState, message: &ToWorker) {
    state.worker.with_value(|w| {
        if let Some(worker) = w {
            let _ = worker.post_message(&JsValue::from_str(&message.to_json()));
        }
    });
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
        }
        Experiment::Mnist => {
            state.mnist_result.set(None);
            state.classified.set(None);
        }
    }
    state.live.set(Live { experiment: Some(experiment), started_ms: now_ms(), now_ms: now_ms(), ..Live::default() });
    state.status.set(Status::Running(experiment));
    post(state, &ToWorker::Run { spec });
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
        FromWorker::Backend { info } => state.backend.set(Some(info)),
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
        FromWorker::Done { report, digits } => {
            state.live.update(|live| live.now_ms = now_ms());
            state.loading.set(None);
            let experiment = match *report {
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
