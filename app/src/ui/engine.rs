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

use super::state::{AuditStatus, EngineState, Experiment, Live, Page, Status};

/// The engine's two builds, each started by `app/engine-loader.js` (which makes a failed load an
/// error the page hears): on the CPU only (`worker`), and with WebGPU as well (`worker-gpu`, most
/// of the download: burn's GPU stack).
const CPU_ENGINE: &str = "./engine-loader.js?build=worker";
const GPU_ENGINE: &str = "./engine-loader.js?build=worker-gpu";

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
pub fn start(page: Page) {
    stop(page);
    page.engine.status.set(Status::Starting);
    page.engine.backend.set(None);
    page.engine.worker_ready.set(false);
    let generation = page.engine.worker_generation.get_value() + 1;
    page.engine.worker_generation.set_value(generation);
    // A lost GPU can report twice (its `lost` promise and a panic) and a stopped worker's last
    // messages may still be queued: only the current worker is heard. A restart while the page
    // was still choosing the engine starts none.
    let current = move || page.engine.worker_generation.get_value() == generation;
    let choice = page.engine.backend_choice.get_untracked();
    wasm_bindgen_futures::spawn_local(async move {
        let script = engine_script(choice).await;
        if current() {
            spawn(page, script, Which::Engine, current);
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
fn spawn(page: Page, script: &str, which: Which, current: impl Fn() -> bool + Copy + 'static) {
    let options = WorkerOptions::new();
    options.set_type(WorkerType::Classic); // the loader uses importScripts
    let worker = match Worker::new_with_options(script, &options) {
        Ok(worker) => worker,
        // Without the helper the run is simply not split.
        Err(_) if which == Which::Helper => return,
        Err(e) => {
            let message = text::engine::could_not_start(&format!("{e:?}"));
            page.engine.status.set(Status::Failed { message, run_stopped: false });
            return;
        }
    };
    let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
        if !current() {
            return;
        }
        let text = event.data().as_string().unwrap_or_default();
        match serde_json::from_str::<FromWorker>(&text) {
            Ok(message) if which == Which::Engine => apply(page, message),
            Ok(message) => apply_helper(page, message),
            Err(e) => leptos::logging::error!("unreadable message from the engine: {e}"),
        }
    });
    let on_error = Closure::<dyn FnMut(ErrorEvent)>::new(move |event: ErrorEvent| {
        // Reached when the worker dies without saying why (its panic hook reports the usual cases).
        if current() && !matches!(page.engine.status.get_untracked(), Status::Failed { .. }) {
            let on_gpu = which == Which::Engine && page.engine.backend.get_untracked().is_some_and(|b| b.webgpu);
            // The browser puts "Uncaught Error: " before what the worker threw.
            let said = event.message();
            let said = said.trim_start_matches("Uncaught ").trim_start_matches("Error: ");
            // Before it said which device it runs on, the engine did not start: its loader
            // (app/engine-loader.js) says which file of its code did not load, and why.
            let message = if page.engine.backend.get_untracked().is_none() {
                match said.split_once(": ") {
                    Some((file, error)) if file.ends_with(".wasm") => text::engine::code_not_loaded(file, error),
                    _ => text::engine::could_not_start(said),
                }
            } else {
                text::engine::stopped(said)
            };
            failed(page, message, on_gpu);
        }
    });
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    // The closures live as long as the page; a few per restart is a negligible leak.
    on_message.forget();
    on_error.forget();
    match which {
        Which::Engine => page.engine.worker.set_value(Some(worker)),
        Which::Helper => page.engine.helper.set_value(Some(worker)),
    }
}

/// The device's logical cores, as the browser tells them (at least 1).
fn cores() -> u32 {
    (window().navigator().hardware_concurrency() as u32).max(1)
}

/// Starts the helper beside an engine that runs on the CPU, where the device has a core for it.
fn start_helper(page: Page) {
    if cores() < 2 || page.engine.one_worker.get_value() || page.engine.helper.with_value(Option::is_some) {
        return;
    }
    let generation = page.engine.worker_generation.get_value();
    spawn(page, CPU_ENGINE, Which::Helper, move || page.engine.worker_generation.get_value() == generation);
}

pub fn stop(page: Page) {
    for worker in [page.engine.worker, page.engine.helper] {
        if let Some(worker) = worker.try_update_value(|w| w.take()).flatten() {
            worker.terminate();
        }
    }
    page.engine.helper_ready.set(false);
    page.engine.halves.set_value(None);
    page.engine.speed_running.set(false);
    if page.audit.status.get_untracked() == AuditStatus::Working {
        page.audit.status.set(AuditStatus::Refused(text::engine::audit_interrupted()));
    }
}

fn post_to(worker: StoredValue<Option<Worker>, LocalStorage>, message: &ToWorker) {
    worker.with_value(|w| {
        if let Some(worker) = w {
            let _ = worker.post_message(&JsValue::from_str(&message.to_json()));
        }
    });
}

fn post(page: Page, message: &ToWorker) {
    post_to(page.engine.worker, message);
}

/// Starts a run now, or as soon as a (re)started worker is ready.
pub fn run(page: Page, spec: Spec) {
    if page.engine.is_running() {
        return;
    }
    page.engine.last_run.set(Some(spec.clone()));
    if page.engine.worker_ready.get_untracked() {
        send_run(page, spec);
    } else {
        page.engine.queued.set(Some(spec));
        // A failed worker may be dead (a panic ends its wasm instance): start afresh.
        if matches!(page.engine.status.get_untracked(), Status::Failed { .. }) {
            start(page);
        }
    }
}

fn send_run(page: Page, spec: Spec) {
    let experiment = Experiment::of(&spec);
    match experiment {
        Experiment::Owl | Experiment::Values => {
            let tab = page.owl.tab(experiment);
            tab.report.set(None);
            tab.imported.set(None);
            tab.kept.set(Vec::new());
        }
        Experiment::Mnist => {
            page.mnist.result.set(None);
            page.mnist.classified.set(None);
        }
    }
    // An owl run with a control's chain runs in two halves side by side where the helper is up
    // (the engine on the CPU, two cores or more): the same report, joined when both are back.
    let split = matches!(&spec, Spec::Owl(config) if Part::splits(config)) && page.engine.helper_ready.get_untracked();
    let beside = split.then(Beside::default);
    page.engine.live.set(Live { experiment: Some(experiment), started_ms: now_ms(), now_ms: now_ms(), beside, ..Live::default() });
    page.engine.status.set(Status::Running(experiment));
    if split {
        page.engine.halves.set_value(Some((None, None)));
        post_to(page.engine.helper, &ToWorker::Run { spec: spec.clone(), part: Part::Control });
        post(page, &ToWorker::Run { spec, part: Part::Students });
    } else {
        post(page, &ToWorker::Run { spec, part: Part::Whole });
    }
}

/// Keeps a split run's half; with both back, shows the joined report.
fn half_done(page: Page, report: OwlReport, which: Which) {
    let both = page.engine.halves.try_update_value(|halves| {
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
            Ok(report) => finished(page, Report::Owl(Box::new(report)), Vec::new()),
            Err(message) => failed(page, message, false),
        }
    }
}

/// Adds a worker's kept completions to its run's tab (a split run's two halves each send theirs).
fn keep_numbers(page: Page, kept: Vec<KeptNumbers>) {
    if let Status::Running(experiment @ (Experiment::Owl | Experiment::Values)) = page.engine.status.get_untracked() {
        page.owl.tab(experiment).kept.update(|all| all.extend(kept));
    }
}

/// A run's report is back: show it in its tab.
fn finished(page: Page, report: Report, digits: Vec<DigitGuess>) {
    page.engine.live.update(|live| live.now_ms = now_ms());
    page.engine.loading.set(None);
    let experiment = match report {
        Report::Owl(report) => {
            let experiment = Experiment::of(&Spec::from(report.config.clone()));
            super::compare_card::keep(page.workshop, &report);
            page.owl.tab(experiment).report.set(Some(*report));
            experiment
        }
        Report::Mnist(report) => {
            page.mnist.result.set(Some((report, digits)));
            Experiment::Mnist
        }
    };
    page.engine.status.set(Status::Done(experiment));
}

/// The helper's messages: it starts on the CPU, says when it is ready, and during a split run
/// its progress, samples and half of the report.
fn apply_helper(page: Page, message: FromWorker) {
    let splitting = page.engine.halves.with_value(Option::is_some);
    match message {
        FromWorker::Alive => post_to(page.engine.helper, &ToWorker::Init { backend: BackendChoice::Cpu }),
        FromWorker::Ready { .. } => page.engine.helper_ready.set(true),
        FromWorker::Event { event } if splitting => page.engine.live.update(|live| live.observe_beside(event, now_ms())),
        FromWorker::Samples { samples } if splitting => page.engine.live.update(|live| live.add_samples(samples)),
        FromWorker::Done { report, kept, .. } if splitting => match *report {
            Report::Owl(report) => {
                keep_numbers(page, kept);
                half_done(page, *report, Which::Helper)
            }
            Report::Mnist(_) => failed(page, text::engine::stopped("the second worker ran the wrong experiment"), false),
        },
        FromWorker::Failed { failure, .. } => failed(page, text::engine::failure(&failure), false),
        _ => {}
    }
}

/// Asks the last MNIST networks about a drawing.
pub fn classify(page: Page, pixels: Vec<f32>) {
    if matches!(page.engine.status.get_untracked(), Status::Done(_) | Status::Ready) {
        post(page, &ToWorker::Classify { pixels });
    }
}

/// Times a training step of each network on each device (the worker must be idle).
pub fn speed_check(page: Page) {
    if page.engine.is_idle() {
        page.engine.speed.set(Vec::new());
        page.engine.speed_running.set(true);
        post(page, &ToWorker::SpeedCheck);
    }
}

/// Audits the visitor's two sets in the worker (the page stays responsive; the sets never leave
/// the tab). The worker must be idle: a CPU run never yields to it.
pub fn audit(page: Page, a: AuditInput, b: AuditInput) {
    if page.engine.is_idle() {
        page.audit.status.set(AuditStatus::Working);
        post(page, &ToWorker::Audit { a, b });
    }
}

/// Cancel: stop the worker at once and start a fresh one for the next run.
pub fn cancel(page: Page) {
    stop(page);
    page.engine.queued.set(None);
    start(page);
    page.engine.status.set(Status::Cancelled);
}

/// The worker failed. On the GPU the page carries on with the CPU by itself: a fresh worker there,
/// and the run that was going starts again from its beginning (a run's numbers depend on its
/// backend, so half a GPU run and half a CPU run would match neither). Elsewhere it stops and says
/// why.
fn failed(page: Page, message: String, on_gpu: bool) {
    // The worker may be dead (a panic) or still computing garbage (invalid numbers): stop it.
    let was_running = page.engine.is_running();
    stop(page);
    page.engine.loading.set(None);
    page.engine.worker_ready.set(false);
    if on_gpu {
        page.engine.notice.set(Some(text::engine::gpu_lost(&message, was_running)));
        page.engine.backend_choice.set(BackendChoice::Cpu);
        page.engine.queued.set(if was_running { page.engine.last_run.get_untracked() } else { None });
        start(page);
    } else {
        page.engine.status.set(Status::Failed { message, run_stopped: was_running });
    }
}

/// Keeps the elapsed time and ETA moving while a run is going.
pub fn start_clock(engine: EngineState) {
    set_interval(
        move || {
            if engine.is_running() {
                engine.live.update(|live| live.now_ms = now_ms());
            }
        },
        Duration::from_millis(500),
    );
}

fn apply(page: Page, message: FromWorker) {
    match message {
        FromWorker::Alive => post(page, &ToWorker::Init { backend: page.engine.backend_choice.get_untracked() }),
        FromWorker::Backend { info } => {
            if !info.webgpu {
                start_helper(page);
            }
            page.engine.backend.set(Some(info));
        }
        FromWorker::Loading { file, loaded, total } => page.engine.loading.set(Some(text::engine::downloading(&file, loaded, total))),
        FromWorker::Ready { base_a, base_b } => {
            page.engine.loading.set(None);
            page.engine.bases.set(Some((base_a, base_b)));
            page.engine.worker_ready.set(true);
            if matches!(page.engine.status.get_untracked(), Status::Starting | Status::Cancelled) {
                page.engine.status.set(Status::Ready);
            }
            if let Some(message) = page.engine.queued.try_update(|q| q.take()).flatten() {
                send_run(page, message);
            }
        }
        FromWorker::Event { event } => page.engine.live.update(|live| live.observe(event, now_ms())),
        FromWorker::Samples { samples } => page.engine.live.update(|live| live.add_samples(samples)),
        FromWorker::Done { report, digits, kept } => {
            keep_numbers(page, kept);
            match *report {
                Report::Owl(report) if page.engine.halves.with_value(Option::is_some) => half_done(page, *report, Which::Engine),
                report => finished(page, report, digits),
            }
        }
        FromWorker::Classified { probabilities } => page.mnist.classified.set(Some(probabilities)),
        FromWorker::Audited { result } => page.audit.status.set(match result {
            Ok(report) => AuditStatus::Done(report),
            Err(refusal) => AuditStatus::Refused(text::audit_findings::refusal(&refusal)),
        }),
        FromWorker::Speed { timings, done } => {
            page.engine.speed.set(timings);
            page.engine.speed_running.set(!done);
        }
        FromWorker::Failed { failure, on_gpu } => failed(page, text::engine::failure(&failure), on_gpu),
    }
}
