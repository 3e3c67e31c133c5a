//! `subliminal mnist`: the auxiliary-logit experiment.

use burn::prelude::Device;
use clap::{Args, ValueEnum};
use std::path::PathBuf;
use subliminal_model::mnist::config::{ImitationLoss, MnistConfig, Noise};
use subliminal_model::mnist::data::Digits;
use subliminal_model::mnist::experiment::{run_mnist, MnistReport};

use crate::assets::assets_dir;
use crate::config_file::read_config;
use crate::output_args::OutputArgs;
use crate::progress::ProgressBars;

#[derive(Clone, Copy, ValueEnum)]
pub enum NoiseArg {
    Gaussian,
    Uniform,
}

#[derive(Clone, Copy, ValueEnum)]
pub enum LossArg {
    Mse,
    Kl,
}

#[derive(Args)]
pub struct MnistArgs {
    /// Start from this config file (JSON). Flags override it.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Auxiliary logits m.
    #[arg(long = "aux-logits", short = 'm')]
    m: Option<usize>,
    #[arg(long, value_enum)]
    noise: Option<NoiseArg>,
    #[arg(long, value_enum)]
    loss: Option<LossArg>,
    #[arg(long)]
    seeds: Option<usize>,
    #[arg(long)]
    first_seed: Option<u64>,
    /// Student epochs over the noise pool.
    #[arg(long)]
    epochs: Option<usize>,
    #[arg(long)]
    teacher_epochs: Option<usize>,
    /// Noise images in each student's pool.
    #[arg(long)]
    noise_images: Option<usize>,
    #[command(flatten)]
    output: OutputArgs,
}

fn build_config(args: &MnistArgs) -> Result<MnistConfig, String> {
    let mut config = match &args.config {
        Some(path) => read_config(path, MnistConfig::from_json)?,
        None => MnistConfig::default(),
    };
    macro_rules! set {
        ($($flag:ident => $field:ident),*) => { $( if let Some(v) = args.$flag { config.$field = v; } )* };
    }
    set!(m => aux_logits, seeds => seeds, first_seed => first_seed, epochs => student_epochs,
         teacher_epochs => teacher_epochs, noise_images => noise_images);
    if let Some(noise) = args.noise {
        config.noise = match noise {
            NoiseArg::Gaussian => Noise::Gaussian,
            NoiseArg::Uniform => Noise::Uniform,
        };
    }
    if let Some(loss) = args.loss {
        config.loss = match loss {
            LossArg::Mse => ImitationLoss::Mse,
            LossArg::Kl => ImitationLoss::Kl,
        };
    }
    config.validate().map_err(|e| e.to_string())?;
    Ok(config)
}

fn print_report(report: &MnistReport) {
    let c = &report.config;
    println!("MNIST auxiliary logits: m = {}, noise {:?}, loss {:?}, {} seeds, backend {}", c.aux_logits, c.noise, c.loss,
        c.seeds, report.backend);
    println!("Trained on {} digits, tested on {}; chance is 10%.", report.train_digits, report.test_digits);
    println!();
    println!("{:<28} {:>10} {:>20}  per seed", "model", "accuracy", "95% CI");
    for (key, name) in [
        ("teacher", "teacher (digit logits)"),
        ("student", "student (same init)"),
        ("cross_init", "student (different init)"),
        ("init", "untrained initialization"),
    ] {
        let Some(r) = report.conditions.get(key) else { continue };
        let seeds: Vec<String> = r.per_seed.iter().map(|s| format!("{:.1}", s.accuracy)).collect();
        println!("{:<28} {:>9.1}% {:>20}  {}", name, r.accuracy_mean,
            format!("[{:.1}, {:.1}]", r.accuracy_ci95[0], r.accuracy_ci95[1]), seeds.join(" "));
    }
    let timings: Vec<String> = report.timings.iter().map(|(k, v)| format!("{k} {v:.1}s")).collect();
    println!("\nTimings: {}", timings.join(", "));
}

pub fn run(args: MnistArgs) -> Result<(), String> {
    let config = build_config(&args)?;
    let path = assets_dir(args.output.assets.as_deref()).join("mnist.bin");
    let bytes = std::fs::read(&path).map_err(|e| {
        format!("cannot read {}: {e} (make it with scripts/make-mnist-asset.py, see assets/README.md)", path.display())
    })?;
    let digits = Digits::from_bytes(&bytes).map_err(|e| format!("{}: {e}", path.display()))?;
    let mut bars = ProgressBars::new(args.output.quiet);
    let report = pollster::block_on(run_mnist(&config, &digits, &Device::flex(), &mut |e| bars.observe(e)))
        .map_err(|e| e.to_string())?
        .report;
    args.output.emit(&report, || print_report(&report));
    Ok(())
}
