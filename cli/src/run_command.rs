//! `subliminal run`: the owl experiment from flags or a config file.

use clap::Args;
use std::path::PathBuf;
use subliminal_model::owl::config::OwlConfig;
use subliminal_model::owl::distill::DistillMode;
use subliminal_model::owl::filter::STUDY_BANNED_NUMBERS;
use subliminal_model::owl::traits::TraitKind;
use subliminal_model::run::{Inputs, Report, Spec};
use subliminal_model::shared::compute::Compute;

use crate::assets::{assets_dir, load_bases};
use crate::output_args::OutputArgs;
use crate::progress::ProgressBars;
use crate::setting_flags::SettingFlags;
use crate::table::print_report;

#[derive(Args)]
pub struct RunArgs {
    /// Start from this config file (JSON; `subliminal config` prints the default). Flags override it.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Start from the page's defaults (what a visitor runs with one click) instead of the engine's.
    #[arg(long, conflicts_with = "config")]
    page: bool,
    #[command(flatten)]
    settings: SettingFlags<OwlConfig>,
    #[command(flatten)]
    pub output: OutputArgs,
}

pub fn build_config(args: &RunArgs) -> Result<OwlConfig, String> {
    let default = if args.page { OwlConfig::page_default } else { OwlConfig::default };
    let mut config = args.settings.config(args.config.as_deref(), default)?;
    // The misalignment analogue bans the study's 34 numbers of bad repute, as the study did,
    // unless the command line or a config file says otherwise.
    if config.trait_kind() == TraitKind::Misaligned && args.config.is_none() && !args.settings.gives("filter.banned_numbers") {
        config.filter.banned_numbers = STUDY_BANNED_NUMBERS.to_vec();
    }
    Ok(config)
}

pub fn run(args: RunArgs) -> Result<(), String> {
    let config = build_config(&args)?;
    let compute = Compute::cpu();
    let bases = load_bases(&assets_dir(args.output.assets.as_deref()), &compute.device.clone().autodiff())?;
    if config.distill.mode == DistillMode::FullVocabularyLeak && !args.output.quiet {
        eprintln!("note: full-vocabulary soft labels leak the trait directly; this is NOT subliminal learning.");
    }
    let mut bars = ProgressBars::new(args.output.quiet);
    let inputs = Inputs { bases: Some(&bases), digits: None };
    let outcome = pollster::block_on(subliminal_model::run::run(&Spec::Owl(config), inputs, &compute, &mut |e| bars.observe(e)))
        .map_err(|e| e.to_string())?;
    let Report::Owl(report) = outcome.report else { unreachable!("an owl spec gives an owl report") };
    args.output.emit(&report, || print_report(&report));
    Ok(())
}
