//! `subliminal mnist`: the auxiliary-logit experiment.

use clap::Args;
use std::path::PathBuf;
use subliminal_model::mnist::config::MnistConfig;
use subliminal_model::mnist::experiment::{MnistCondition, MnistReport};
use subliminal_model::run::{Inputs, Report, Spec};
use subliminal_model::shared::compute::Compute;

use crate::assets::{assets_dir, load_digits};
use crate::output_args::OutputArgs;
use crate::progress::ProgressBars;
use crate::setting_flags::SettingFlags;

#[derive(Args)]
pub struct MnistArgs {
    /// Start from this config file (JSON; `subliminal config --mnist` prints the default). Flags override it.
    #[arg(long)]
    config: Option<PathBuf>,
    #[command(flatten)]
    settings: SettingFlags<MnistConfig>,
    #[command(flatten)]
    output: OutputArgs,
}

fn print_report(report: &MnistReport) {
    let c = &report.config;
    println!(
        "MNIST auxiliary logits: m = {}, noise {:?}, loss {:?}, {} seeds, backend {}",
        c.aux_logits, c.noise, c.loss, c.seeds, report.backend
    );
    println!("Trained on {} digits, tested on {}; chance is 10%.", report.train_digits, report.test_digits);
    println!();
    println!("{:<28} {:>10} {:>20}  per seed", "model", "accuracy", "95% CI");
    for condition in [MnistCondition::Teacher, MnistCondition::Student, MnistCondition::CrossInit, MnistCondition::Init] {
        let (Some(r), name) = (report.conditions.get(&condition), condition.label()) else { continue };
        let seeds: Vec<String> = r.per_seed.iter().map(|s| format!("{:.1}", s.accuracy)).collect();
        println!(
            "{:<28} {:>9.1}% {:>20}  {}",
            name,
            r.accuracy_mean,
            format!("[{:.1}, {:.1}]", r.accuracy_ci95[0], r.accuracy_ci95[1]),
            seeds.join(" ")
        );
    }
    let timings: Vec<String> = report.timings.iter().map(|(k, v)| format!("{k} {v:.1}s")).collect();
    println!("\nTimings: {}", timings.join(", "));
}

pub fn run(args: MnistArgs) -> Result<(), String> {
    let config = args.settings.config(args.config.as_deref(), MnistConfig::default)?;
    let digits = load_digits(&assets_dir(args.output.assets.as_deref()))?;
    let mut bars = ProgressBars::new(args.output.quiet);
    let inputs = Inputs { bases: None, digits: Some(&digits) };
    let outcome = pollster::block_on(subliminal_model::run::run(&Spec::Mnist(config), inputs, &Compute::cpu(), &mut |e| bars.observe(e)))
        .map_err(|e| e.to_string())?;
    let Report::Mnist(report) = outcome.report else { unreachable!("an MNIST spec gives an MNIST report") };
    args.output.emit(&report, || print_report(&report));
    Ok(())
}
