//! `subliminal bench`: the time of each stage of the owl pipeline and of the MNIST experiment,
//! repeated, with medians. Numbers to compare implementations by (see bench/README.md), not a
//! test. `--workload` also writes the owl pipeline's inputs for the PyTorch reference.

use burn::prelude::Device;
use clap::Args;
use serde_json::{json, Value};
use std::collections::BTreeMap;
use std::path::PathBuf;
use subliminal_model::mnist::config::MnistConfig;
use subliminal_model::mnist::experiment::run_mnist;
use subliminal_model::owl::config::OwlConfig;
use subliminal_model::owl::experiment::{run_experiment, Bases};
use subliminal_model::owl::pretrain::{pretrain, PretrainConfig};
use subliminal_model::self_check::check_training_step;
use subliminal_model::shared::stats::median;
use subliminal_model::speed::{time_gpt_step, time_mlp_step};

use crate::assets::{assets_dir, load_bases, load_digits};
use crate::config_file::read_config;
use crate::device_arg::{open, DeviceArg};
use crate::workload::owl_workload;
use subliminal_model::shared::compute::Compute;
use subliminal_model::shared::settings::Settings;

#[derive(Args)]
pub struct BenchArgs {
    /// Repetitions (the median is reported).
    #[arg(long, default_value_t = 3)]
    repeat: usize,
    /// The owl experiment to time (JSON, as `subliminal config`); default: the page's
    /// (`OwlConfig::quick`), the run a visitor waits for.
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
    /// Where to run: the CPU (flex, one thread) or the GPU (a build with `--features gpu`).
    #[arg(long, value_enum, default_value_t = DeviceArg::Cpu)]
    device: DeviceArg,
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
    for (name, values) in runs {
        let unit = if name.starts_with("accuracy_") {
            "%"
        } else if name.starts_with("delta_") {
            "points of P(trait)"
        } else {
            "s"
        };
        println!("  {name:<22} {:>8.3} {unit}", median(values));
    }
}

fn bench_owl(args: &BenchArgs, compute: &Compute, bases: &Bases) -> Result<Value, String> {
    let config = match &args.config {
        Some(path) => read_config(path, OwlConfig::from_json)?,
        None => OwlConfig::page_default(),
    };
    let train_device = compute.device.clone().autodiff();
    let mut pretrain_config = PretrainConfig::new(1);
    pretrain_config.steps = args.pretrain_steps;
    if let Some(path) = &args.workload {
        let workload = pollster::block_on(owl_workload(&config, bases, &pretrain_config, config.first_seed))?;
        std::fs::write(path, workload.to_string()).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
        eprintln!("wrote the owl workload to {}", path.display());
    }
    let mut runs = Runs::new();
    for i in 0..args.repeat.max(1) {
        let clock = std::time::Instant::now();
        pollster::block_on(pretrain(&pretrain_config, &train_device, &mut |_| {}));
        runs.entry(format!("pretrain_{}", args.pretrain_steps)).or_default().push(clock.elapsed().as_secs_f64());

        let clock = std::time::Instant::now();
        let report = pollster::block_on(run_experiment(&config, bases, compute, &mut |_| {})).map_err(|e| e.to_string())?;
        let total = clock.elapsed().as_secs_f64();
        eprintln!("owl run {}: {total:.2} s", i + 1);
        for (stage, seconds) in &report.timings {
            runs.entry(stage.clone()).or_default().push(*seconds);
        }
        runs.entry("total".into()).or_default().push(total);
        for (key, condition) in &report.conditions {
            runs.entry(format!("delta_{}", key.key())).or_default().push(condition.delta_mean);
        }
    }
    print(
        &format!(
            "Owl pipeline ({} samples, {} epochs, 1 seed, all conditions), median of {}:",
            config.samples,
            config.distill.epochs,
            args.repeat.max(1)
        ),
        &runs,
    );
    Ok(json!({"config": config, "stages": summary(&runs)}))
}

fn bench_mnist(args: &BenchArgs, compute: &Compute) -> Result<Value, String> {
    let config = MnistConfig::default();
    let digits = load_digits(&assets_dir(args.assets.as_deref()))?;
    let mut runs = Runs::new();
    for i in 0..args.repeat.max(1) {
        let clock = std::time::Instant::now();
        let run = pollster::block_on(run_mnist(&config, &digits, compute, &mut |_| {})).map_err(|e| e.to_string())?;
        let total = clock.elapsed().as_secs_f64();
        eprintln!("mnist run {}: {total:.2} s", i + 1);
        for (stage, seconds) in &run.report.timings {
            runs.entry(stage.clone()).or_default().push(*seconds);
        }
        runs.entry("total".into()).or_default().push(total);
        for (key, condition) in &run.report.conditions {
            runs.entry(format!("accuracy_{}", key.key())).or_default().push(condition.accuracy_mean);
        }
    }
    print(
        &format!("MNIST default (m = {}, {} noise images), median of {}:", config.aux_logits, config.noise_images, args.repeat.max(1)),
        &runs,
    );
    Ok(json!({"config": config, "stages": summary(&runs)}))
}

/// The page's speed check (one training step of each network), natively.
fn bench_steps(device: &Device) -> Value {
    let gpt = pollster::block_on(time_gpt_step(device, 10));
    let mlp = pollster::block_on(time_mlp_step(device, 20));
    println!(
        "One training step (median): language model {:.1} ms ({}), digit network {:.2} ms ({})",
        gpt.step_ms, gpt.shape, mlp.step_ms, mlp.shape
    );
    json!({"gpt": gpt, "mlp": mlp})
}

/// On a GPU, the page's self-check first: one training step must match the CPU's.
fn self_check(device: &Device, bases: &Bases) -> Result<Value, String> {
    let check = pollster::block_on(check_training_step(&bases.a, &device.clone().autodiff()))?;
    println!(
        "Self-check (one training step against the CPU): worst parameter {}, off by {:.2e} of a step: {}",
        check.worst_parameter,
        check.relative_error,
        if check.passed() { "passed" } else { "FAILED" }
    );
    Ok(json!({"worst_parameter": check.worst_parameter, "relative_error": check.relative_error, "passed": check.passed()}))
}

pub fn run(args: BenchArgs) -> Result<(), String> {
    let compute = open(args.device)?;
    let device = compute.device.clone();
    println!("Device: {}", compute.name);
    let mut out = serde_json::Map::new();
    out.insert("backend".into(), json!(compute.name));
    // Loaded once, on the autodiff device students train from: the self-check and the owl runs share them.
    let bases = load_bases(&assets_dir(args.assets.as_deref()), &device.clone().autodiff())?;
    if args.device == DeviceArg::Gpu {
        out.insert("self_check".into(), self_check(&device, &bases)?);
    }
    out.insert("steps".into(), bench_steps(&device));
    for what in &args.only {
        let result = match what.as_str() {
            "owl" => bench_owl(&args, &compute, &bases)?,
            "mnist" => bench_mnist(&args, &compute)?,
            other => return Err(format!("--only takes owl and/or mnist, got {other:?}")),
        };
        out.insert(what.clone(), result);
    }
    if let Some(path) = &args.json {
        std::fs::write(path, Value::Object(out).to_string()).map_err(|e| format!("cannot write {}: {e}", path.display()))?;
    }
    Ok(())
}
