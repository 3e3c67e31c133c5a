//! `subliminal bench`: the time of each stage of the owl pipeline and of the MNIST experiment,
//! repeated, with medians. Numbers to compare implementations by (see bench/README.md), not a
//! test. `--workload` also writes the owl pipeline's inputs for the PyTorch reference.

use burn::prelude::Device;
use clap::Args;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::PathBuf;
use subliminal_model::config::ExperimentConfig;
use subliminal_model::experiment::run_experiment;
use subliminal_model::mnist::config::MnistConfig;
use subliminal_model::mnist::data::Digits;
use subliminal_model::mnist::experiment::run_mnist;
use subliminal_model::pretrain::{pretrain, PretrainConfig};

use crate::assets::{assets_dir, load_bases};
use crate::config_file::read_config;
use crate::workload::owl_workload;

#[derive(Args)]
pub struct BenchArgs {
    /// Repetitions (the median is reported).
    #[arg(long, default_value_t = 3)]
    repeat: usize,
    /// The owl experiment to time (JSON, as `subliminal config`); default: the page's
    /// (`ExperimentConfig::quick`), the run a visitor waits for.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Pretraining steps timed as their own stage.
    #[arg(long, default_value_t = 100)]
    pretrain_steps: usize,
    /// Which experiments: owl, mnist or both.
    #[arg(long, value_delimiter = ',', default_value = "owl,mnist")]
    only: Vec<String>,
    /// Write every repetition's stage times, and the medians, as JSON.
    #[arg(long)]
    json: Option<PathBuf>,
    /// Write the owl workload (weights, documents, prompts, filtered data) for bench/reference.py.
    #[arg(long)]
    workload: Option<PathBuf>,
    #[arg(long)]
    assets: Option<PathBuf>,
}

fn median(values: &[f64]) -> f64 {
    let mut sorted = values.to_vec();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    sorted[sorted.len() / 2]
}

type Runs = BTreeMap<String, Vec<f64>>;

fn summary(runs: &Runs) -> Value {
    json!({
        "runs": runs,
        "median": runs.iter().map(|(k, v)| (k.clone(), median(v))).collect::<BTreeMap<_, _>>(),
    })
}

fn print(title: &str, runs: &Runs) {
    println!("{title}");
    for (stage, values) in runs {
        println!("  {stage:<22} {:>8.3} s", median(values));
    }
}

fn bench_owl(args: &BenchArgs, device: &Device) -> Result<Value, String> {
    let config = match &args.config {
        Some(path) => read_config(path, ExperimentConfig::from_json)?,
        None => ExperimentConfig::quick(),
    };
    config.validate().map_err(|e| e.to_string())?;
    let train_device = device.clone().autodiff();
    let bases = load_bases(&assets_dir(args.assets.as_deref()), &train_device)?;
    let mut pretrain_config = PretrainConfig::new(1);
    pretrain_config.steps = args.pretrain_steps;
    if let Some(path) = &args.workload {
        let workload = pollster::block_on(owl_workload(&config, &bases, &pretrain_config, config.first_seed))?;
        std::fs::write(path, workload.to_string()).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        eprintln!("wrote the owl workload to {}", path.display());
    }
    let mut runs = Runs::new();
    for i in 0..args.repeat.max(1) {
        let clock = std::time::Instant::now();
        pollster::block_on(pretrain(&pretrain_config, &train_device, &mut |_| {}));
        runs.entry(format!("pretrain_{}", args.pretrain_steps)).or_default().push(clock.elapsed().as_secs_f64());

        let clock = std::time::Instant::now();
        let report = pollster::block_on(run_experiment(&config, &bases, device, &mut |_| {})).map_err(|e| e.to_string())?;
        let total = clock.elapsed().as_secs_f64();
        eprintln!("owl run {}: {total:.2} s", i + 1);
        for (stage, seconds) in &report.timings {
            runs.entry(stage.clone()).or_default().push(*seconds);
        }
        runs.entry("total".into()).or_default().push(total);
    }
    print(&format!("Owl pipeline ({} samples, {} epochs, 1 seed, all conditions), flex CPU, median of {}:",
        config.samples, config.distill.epochs, args.repeat.max(1)), &runs);
    Ok(json!({"config": config, "stages": summary(&runs)}))
}

fn bench_mnist(args: &BenchArgs, device: &Device) -> Result<Value, String> {
    let config = MnistConfig::default();
    let path = assets_dir(args.assets.as_deref()).join("mnist.bin");
    let bytes = std::fs::read(&path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let digits = Digits::from_bytes(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut runs = Runs::new();
    for i in 0..args.repeat.max(1) {
        let clock = std::time::Instant::now();
        let run = pollster::block_on(run_mnist(&config, &digits, device, &mut |_| {})).map_err(|e| e.to_string())?;
        let total = clock.elapsed().as_secs_f64();
        eprintln!("mnist run {}: {total:.2} s", i + 1);
        for (stage, seconds) in &run.report.timings {
            runs.entry(stage.clone()).or_default().push(*seconds);
        }
        runs.entry("total".into()).or_default().push(total);
        for (key, condition) in &run.report.conditions {
            runs.entry(format!("accuracy_{key}")).or_default().push(condition.accuracy_mean);
        }
    }
    print(&format!("MNIST default (m = {}, {} noise images), flex CPU, median of {}:",
        config.aux_logits, config.noise_images, args.repeat.max(1)), &runs);
    Ok(json!({"config": config, "stages": summary(&runs)}))
}

pub fn run(args: BenchArgs) -> Result<(), String> {
    let device = Device::flex();
    let mut out = serde_json::Map::new();
    out.insert("backend".into(), json!("flex (CPU), native"));
    for what in &args.only {
        let result = match what.as_str() {
            "owl" => bench_owl(&args, &device)?,
            "mnist" => bench_mnist(&args, &device)?,
            other => return Err(format!("--only takes owl and/or mnist, got {other:?}")),
        };
        out.insert(what.clone(), result);
    }
    if let Some(path) = &args.json {
        std::fs::write(path, Value::Object(out).to_string()).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}
