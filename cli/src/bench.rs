//! `subliminal bench`: the time of each stage of an experiment (default config, one seed),
//! repeated, with medians. Numbers to compare implementations by, not a test.

use burn::prelude::Device;
use clap::Args;
use std::collections::BTreeMap;
use std::path::PathBuf;
use subliminal_model::config::ExperimentConfig;
use subliminal_model::experiment::run_experiment;

use crate::assets::{assets_dir, load_bases};

#[derive(Args)]
pub struct BenchArgs {
    /// Repetitions (the median is reported).
    #[arg(long, default_value_t = 3)]
    repeat: usize,
    /// Number prompts (default: the default config's).
    #[arg(long)]
    samples: Option<usize>,
    #[arg(long)]
    assets: Option<PathBuf>,
}

fn median(mut values: Vec<f64>) -> f64 {
    values.sort_by(|a, b| a.partial_cmp(b).unwrap());
    values[values.len() / 2]
}

pub fn run(args: BenchArgs) -> Result<(), String> {
    let mut config = ExperimentConfig::default();
    config.seeds = 1;
    if let Some(samples) = args.samples {
        config.samples = samples;
    }
    config.validate().map_err(|e| e.to_string())?;
    let device = Device::flex();
    let bases = load_bases(&assets_dir(args.assets.as_deref()), &device.clone().autodiff())?;
    let mut runs: BTreeMap<String, Vec<f64>> = BTreeMap::new();
    for i in 0..args.repeat.max(1) {
        let clock = std::time::Instant::now();
        let report = pollster::block_on(run_experiment(&config, &bases, &device, &mut |_| {})).map_err(|e| e.to_string())?;
        let total = clock.elapsed().as_secs_f64();
        eprintln!("run {}: {total:.2} s", i + 1);
        for (stage, seconds) in report.timings {
            runs.entry(stage).or_default().push(seconds);
        }
        runs.entry("total".into()).or_default().push(total);
    }
    println!("Stage timings, default config ({} samples, 1 seed, all conditions), backend flex (CPU), median of {}:",
        config.samples, args.repeat.max(1));
    for (stage, values) in runs {
        println!("  {stage:<20} {:>8.3} s", median(values));
    }
    Ok(())
}
