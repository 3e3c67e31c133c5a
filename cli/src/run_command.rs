//! `subliminal run`: the owl experiment from flags or a config file.

use burn::prelude::Device;
use clap::{Args, ValueEnum};
use std::path::PathBuf;
use subliminal_model::owl::config::ExperimentConfig;
use subliminal_model::owl::distill::DistillMode;
use subliminal_model::owl::experiment::run_experiment;
use subliminal_model::owl::filter::STUDY_BANNED_NUMBERS;

use crate::assets::{assets_dir, load_bases};
use crate::config_file::read_config;
use crate::output_args::OutputArgs;
use crate::progress::ProgressBars;
use crate::table::print_report;

#[derive(Clone, Copy, ValueEnum)]
pub enum ModeArg {
    Soft,
    Hard,
    FullVocabularyLeak,
}

#[derive(Args)]
pub struct RunArgs {
    /// Start from this config file (JSON; `subliminal config` prints the default). Flags override it.
    #[arg(long)]
    config: Option<PathBuf>,
    /// The animal the teacher loves.
    #[arg(long = "trait")]
    trait_animal: Option<String>,
    /// Independent seeds (teacher, data and students each).
    #[arg(long)]
    seeds: Option<usize>,
    #[arg(long)]
    first_seed: Option<u64>,
    /// Number prompts per seed.
    #[arg(long)]
    samples: Option<usize>,
    #[arg(long)]
    temperature: Option<f64>,
    /// Distillation labels.
    #[arg(long, value_enum)]
    mode: Option<ModeArg>,
    #[arg(long)]
    epochs: Option<usize>,
    #[arg(long)]
    lr: Option<f64>,
    /// Teacher's target P(trait).
    #[arg(long)]
    teacher_target: Option<f64>,
    /// Banned numbers: `study` (the study's 34) or a comma-separated list.
    #[arg(long)]
    ban: Option<String>,
    /// Keep completions that name animals or trees (they still fail the number rules).
    #[arg(long)]
    no_word_check: bool,
    #[arg(long)]
    no_cross_init: bool,
    #[arg(long)]
    no_control: bool,
    /// Study-style sampled answers per paraphrase (0: exact probe only).
    #[arg(long)]
    probe_samples: Option<usize>,
    #[command(flatten)]
    output: OutputArgs,
}

pub fn parse_banned(text: &str) -> Result<Vec<u32>, String> {
    match text.trim() {
        "study" => Ok(STUDY_BANNED_NUMBERS.to_vec()),
        "" | "none" => Ok(Vec::new()),
        list => list
            .split(',')
            .map(|n| n.trim().parse::<u32>().map_err(|_| format!("--ban: {n:?} is not a number (use `study`, `none` or a list like 4,13,666)")))
            .collect(),
    }
}

pub fn build_config(args: &RunArgs) -> Result<ExperimentConfig, String> {
    let mut config = match &args.config {
        Some(path) => read_config(path, ExperimentConfig::from_json)?,
        None => ExperimentConfig::default(),
    };
    if let Some(t) = &args.trait_animal {
        config.trait_animal = t.clone();
    }
    macro_rules! set {
        ($($flag:ident => $($field:ident).+),*) => { $( if let Some(v) = args.$flag { config.$($field).+ = v; } )* };
    }
    set!(seeds => seeds, first_seed => first_seed, samples => samples, temperature => temperature,
         epochs => distill.epochs, lr => distill.lr, teacher_target => teacher.target_probability,
         probe_samples => probe_samples);
    if let Some(mode) = args.mode {
        config.distill.mode = match mode {
            ModeArg::Soft => DistillMode::Soft,
            ModeArg::Hard => DistillMode::Hard,
            ModeArg::FullVocabularyLeak => DistillMode::FullVocabularyLeak,
        };
    }
    if let Some(ban) = &args.ban {
        config.filter.banned_numbers = parse_banned(ban)?;
    }
    if args.no_word_check {
        config.filter.reject_animal_and_tree_words = false;
    }
    if args.no_cross_init {
        config.conditions.cross_init = false;
    }
    if args.no_control {
        config.conditions.control = false;
    }
    config.validate().map_err(|e| e.to_string())?;
    Ok(config)
}

pub fn run(args: RunArgs) -> Result<(), String> {
    let config = build_config(&args)?;
    let device = Device::flex();
    let bases = load_bases(&assets_dir(args.output.assets.as_deref()), &device.clone().autodiff())?;
    if config.distill.mode == DistillMode::FullVocabularyLeak && !args.output.quiet {
        eprintln!("note: full-vocabulary soft labels leak the trait directly; this is NOT subliminal learning.");
    }
    let mut bars = ProgressBars::new(args.output.quiet);
    let report = pollster::block_on(run_experiment(&config, &bases, &device, &mut |e| bars.observe(e)))
        .map_err(|e| e.to_string())?;
    args.output.emit(&report, || print_report(&report));
    Ok(())
}
