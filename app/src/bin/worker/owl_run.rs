//! Running the owl experiment for the page.

use subliminal_app::protocol::FromWorker;
use subliminal_model::owl::config::ExperimentConfig;
use subliminal_model::owl::experiment::run_experiment;

use crate::outbox::{post, Relay};
use crate::state;

pub async fn run(config: ExperimentConfig) -> Result<(), String> {
    let device = state::device()?;
    let bases = state::bases()?;
    let mut relay = Relay::new();
    let report = run_experiment(&config, &bases, &device, &mut |event| relay.observe(event))
        .await
        .map_err(|e| e.to_string())?;
    relay.flush_samples();
    post(&FromWorker::OwlDone { report });
    Ok(())
}
