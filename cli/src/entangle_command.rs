//! `subliminal entangle`: token entanglement and subliminal prompting, without the students.
//!
//! Takes the same settings as `subliminal run` (the teacher, the trait, the seeds); trains each
//! seed's teacher, lists the numbers it writes most above base A's rate, and asks base A the
//! trait's questions with each of them in the question.

use serde::Serialize;
use subliminal_model::owl::config::OwlConfig;
use subliminal_model::owl::entangle::{run_entanglement, EntangleReport};
use subliminal_model::shared::compute::Compute;

use crate::assets::{assets_dir, load_bases};
use crate::progress::ProgressBars;
use crate::run_command::{build_config, ExperimentArgs};
use crate::table::print_entanglement;

/// What `--json` prints: the probe's section of a report, with the config and the backend.
#[derive(Serialize)]
struct EntangleOutput<'a> {
    config: &'a OwlConfig,
    backend: &'a str,
    #[serde(flatten)]
    report: &'a EntangleReport,
}

pub fn run(args: ExperimentArgs) -> Result<(), String> {
    let config = build_config(&args)?;
    let compute = Compute::cpu();
    let bases = load_bases(&assets_dir(args.output.assets.as_deref()), &compute.device.clone().autodiff())?;
    let mut bars = ProgressBars::new(args.output.quiet);
    let report = pollster::block_on(run_entanglement(&config, &bases.a, &compute.device.clone().autodiff(), &mut |e| bars.observe(e)))
        .map_err(|e| e.to_string())?;
    let output = EntangleOutput { config: &config, backend: &compute.name, report: &report };
    args.output.emit(&output, || print_entanglement(&report));
    Ok(())
}
