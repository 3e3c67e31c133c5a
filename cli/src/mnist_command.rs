//! `subliminal mnist`: the auxiliary-logit experiment.

use clap::Args;
use std::path::PathBuf;
use subliminal_model::mnist::config::MnistConfig;
use subliminal_model::mnist::experiment::MnistReport;
use subliminal_model::mnist::summary::MnistSummary;
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
    for row in MnistSummary::of(report).rows {
        let seeds: Vec<String> = row.per_seed.iter().map(|a| format!("{a:.1}")).collect();
        let interval = row.interval.map(|[lo, hi]| format!("[{lo:.1}, {hi:.1}]")).unwrap_or_else(|| "(one seed)".into());
        println!("{:<28} {:>9.1}% {:>20}  {}", row.condition.label(), row.mean, interval, seeds.join(" "));
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
