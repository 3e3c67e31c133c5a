//! What the worker keeps between messages: the device, the bases, the last MNIST models.

use crate::protocol::{BackendChoice, BackendInfo, BaseAnswers, DeviceNote, Failure, FromWorker, TimedDevice};
use burn::module::Module;
use burn::prelude::Device;
use std::cell::RefCell;
use std::rc::Rc;
use subliminal_model::mnist::experiment::MnistModels;
use subliminal_model::owl::checkpoint::load_gpt_bytes;
use subliminal_model::owl::experiment::Bases;
use subliminal_model::owl::gpt::{Gpt, GptConfig};
use subliminal_model::owl::probe::probe;
use subliminal_model::self_check::check_training_step;
use subliminal_model::shared::compute::{Compute, WEBGPU};
use subliminal_model::speed::time_gpt_step;

use crate::worker::{assets, device, outbox};

#[derive(Default)]
struct State {
    compute: Option<Compute>,
    on_gpu: bool,
    /// The browser said the GPU device was lost (and the page has been told).
    gpu_lost: bool,
    bases: Option<Rc<Bases>>,
    mnist: Option<Rc<MnistModels>>,
    /// Every device the speed check times (a GPU that failed the self-check included).
    timed_devices: Vec<(TimedDevice, Device)>,
}

thread_local! {
    static STATE: RefCell<State> = RefCell::new(State::default());
}

pub fn on_gpu() -> bool {
    STATE.with(|s| s.borrow().on_gpu)
}

/// Notes that the GPU device was lost; false if it was not in use (nothing to tell the page).
#[cfg(feature = "webgpu")]
pub fn mark_gpu_lost() -> bool {
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.gpu_lost = s.on_gpu;
        s.on_gpu
    })
}

pub fn gpu_lost() -> bool {
    STATE.with(|s| s.borrow().gpu_lost)
}

pub fn compute() -> Result<Compute, String> {
    STATE.with(|s| s.borrow().compute.clone()).ok_or_else(|| "the engine is not started yet".into())
}

pub fn bases() -> Result<Rc<Bases>, String> {
    STATE.with(|s| s.borrow().bases.clone()).ok_or_else(|| "the base models are not loaded yet".into())
}

pub fn timed_devices() -> Vec<(TimedDevice, Device)> {
    STATE.with(|s| s.borrow().timed_devices.clone())
}

pub fn mnist_models() -> Option<Rc<MnistModels>> {
    STATE.with(|s| s.borrow().mnist.clone())
}

pub fn set_mnist_models(models: MnistModels) {
    STATE.with(|s| s.borrow_mut().mnist = Some(Rc::new(models)));
}

async fn download(file: &str) -> Result<Vec<u8>, Failure> {
    assets::fetch(file, |loaded, total| {
        outbox::post(&FromWorker::Loading { file: file.into(), loaded, total });
    })
    .await
}

fn load_bases(files: &[(&str, Vec<u8>); 2], device: &Device) -> Result<Bases, String> {
    let load = |(file, bytes): &(&str, Vec<u8>)| {
        load_gpt_bytes(bytes, &GptConfig::default(), &device.clone().autodiff()).map_err(|e| format!("assets/{file}: {e}"))
    };
    Ok(Bases { a: load(&files[0])?, b: load(&files[1])? })
}

async fn preferences(model: &Gpt, device: &Device) -> BaseAnswers {
    BaseAnswers::from(&probe(&model.valid(), device).await)
}

/// Timed steps of the language model on each device when both could train, after two warm-up
/// steps each (the speed check's step: 82 ms on our 2-core machine's CPU engine, docs/speed.md,
/// so the choice costs under a second at start, plus the GPU's own).
const CHOICE_STEPS: usize = 3;

/// Picks the device, loads both bases and tells the page their preferences.
/// On WebGPU, the bases are first checked with one training step against the CPU: a GPU that
/// computes wrong numbers is not used; nor, unless the visitor asked for WebGPU, a GPU that
/// trains slower than the CPU.
pub async fn init(choice: BackendChoice) -> Result<(), Failure> {
    let files = [("base-a.slpw", download("base-a.slpw").await?), ("base-b.slpw", download("base-b.slpw").await?)];
    let device::Chosen { mut device, mut info, adapter, software } = device::choose(choice).await;
    let mut bases = load_bases(&files, &device)?;
    let mut timed_devices = Vec::new();
    if info.webgpu {
        let check = check_training_step(&bases.a, &device.clone().autodiff()).await?;
        // Why not to train on this GPU, if there is a reason, and how the speed check names it.
        let fallback = if !check.passed() {
            let note = DeviceNote::WrongStep { worst: check.worst_parameter.clone(), percent_off: 100.0 * f64::from(check.relative_error) };
            Some((note, TimedDevice::WebgpuWrong))
        } else if software && choice != BackendChoice::Webgpu {
            // A software GPU (SwiftShader) passes the one-step check but trains far slower than the
            // CPU, and went wrong (NaN) by step 22 of the browser test's tiny run.
            Some((DeviceNote::Software { adapter: adapter.clone() }, TimedDevice::WebgpuSoftware))
        } else if software {
            info.note = DeviceNote::SoftwareAsAsked { adapter: adapter.clone() };
            None
        } else if choice == BackendChoice::Auto {
            // A weak integrated GPU, or a browser whose waits on the GPU cost more than the GPU
            // saves, can train slower than the CPU: time the language model's step on each (after
            // the speed check's warm-up steps) and train on the faster.
            let gpu_ms = time_gpt_step(&device, CHOICE_STEPS).await.step_ms;
            let cpu_ms = time_gpt_step(&Device::flex(), CHOICE_STEPS).await.step_ms;
            if cpu_ms < gpu_ms {
                Some((DeviceNote::CpuFaster { adapter: adapter.clone(), gpu_ms, cpu_ms }, TimedDevice::WebgpuSlower))
            } else {
                info.note = DeviceNote::GpuFaster { adapter: adapter.clone(), gpu_ms, cpu_ms };
                None
            }
        } else {
            None
        };
        match fallback {
            Some((note, timed_as)) => {
                info = BackendInfo { webgpu: false, note };
                timed_devices.push((timed_as, device));
                device = Device::flex();
                bases = load_bases(&files, &device)?;
            }
            None => timed_devices.push((TimedDevice::Webgpu, device.clone())),
        }
    }
    timed_devices.insert(0, (TimedDevice::Cpu, Device::flex()));
    let compute = if info.webgpu { Compute::gpu(device.clone(), format!("{WEBGPU}{adapter}")) } else { Compute::cpu() };
    STATE.with(|s| {
        let mut s = s.borrow_mut();
        s.on_gpu = info.webgpu;
        s.compute = Some(compute);
        s.timed_devices = timed_devices;
    });
    outbox::post(&FromWorker::Backend { info });
    let base_a = preferences(&bases.a, &device).await;
    let base_b = preferences(&bases.b, &device).await;
    STATE.with(|s| s.borrow_mut().bases = Some(Rc::new(bases)));
    outbox::post(&FromWorker::Ready { base_a, base_b });
    Ok(())
}
