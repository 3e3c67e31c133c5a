//! The page's speed check: a training step of each network, timed on every device the engine
//! can use, reported as each measurement arrives.

use crate::protocol::{DeviceTiming, Failure, FromWorker};
use subliminal_model::speed::{time_gpt_step, time_mlp_step};

use crate::worker::{outbox, state};

const GPT_STEPS: usize = 10;
const MLP_STEPS: usize = 20;

pub async fn run() -> Result<(), Failure> {
    let mut timings = Vec::new();
    for (timed, device) in state::timed_devices() {
        for timing in [time_gpt_step(&device, GPT_STEPS).await, time_mlp_step(&device, MLP_STEPS).await] {
            timings.push(DeviceTiming { device: timed, timing });
            outbox::post(&FromWorker::Speed { timings: timings.clone(), done: false });
        }
    }
    outbox::post(&FromWorker::Speed { timings, done: true });
    Ok(())
}
