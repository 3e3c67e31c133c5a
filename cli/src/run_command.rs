//! `subliminal run`: the owl experiment from flags or a config file.

use clap::Args;
use std::collections::btree_map::Entry;
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use subliminal_model::events::Event;
use subliminal_model::owl::config::OwlConfig;
use subliminal_model::owl::distill::DistillMode;
use subliminal_model::owl::filter::{DataSource, STUDY_BANNED_NUMBERS};
use subliminal_model::owl::presets::preset;
use subliminal_model::owl::traits::TraitKind;
use subliminal_model::run::{Inputs, Report, Spec};
use subliminal_model::shared::compute::Compute;

use crate::assets::{assets_dir, load_bases};
use crate::output_args::OutputArgs;
use crate::progress::ProgressBars;
use crate::setting_flags::SettingFlags;
use crate::table::print_report;

/// An owl config from the command line, and how to print its results: `run` and `entangle`.
#[derive(Args)]
pub struct ExperimentArgs {
    /// Start from this config file (JSON; `subliminal config` prints the default). Flags override it.
    #[arg(long)]
    config: Option<PathBuf>,
    /// Start from the page's defaults (what a visitor runs with one click) instead of the engine's.
    #[arg(long, conflicts_with = "config")]
    page: bool,
    /// Start from one of the page's presets (study, leak, controls, gate, in-context, threshold,
    /// divergence, liminal, mix, reword; each at the page's defaults otherwise). Flags override it.
    #[arg(long, value_name = "NAME", conflicts_with_all = ["config", "page"])]
    preset: Option<String>,
    #[command(flatten)]
    settings: SettingFlags<OwlConfig>,
    #[command(flatten)]
    pub output: OutputArgs,
}

#[derive(Args)]
pub struct RunArgs {
    #[command(flatten)]
    experiment: ExperimentArgs,
    /// Write the completions each data source kept, as the filter kept them (before any defence),
    /// to DIR/teacher.jsonl, DIR/control.jsonl, ... (one JSON string per line, every seed), e.g.
    /// for `subliminal audit`.
    #[arg(long, value_name = "DIR")]
    save_numbers: Option<PathBuf>,
}

pub fn build_config(args: &ExperimentArgs) -> Result<OwlConfig, String> {
    let mut config = match &args.preset {
        Some(name) => args.settings.apply(preset(name).map_err(|e| format!("--preset: {e}"))?.config)?,
        None => args.settings.config(args.config.as_deref(), if args.page { OwlConfig::page_default } else { OwlConfig::default })?,
    };
    // The misalignment analogue bans the study's 34 numbers of bad repute, as the study did,
    // unless the command line or a config file says otherwise.
    if config.trait_kind() == TraitKind::Misaligned && args.config.is_none() && !args.settings.gives("filter.banned_numbers") {
        config.filter.banned_numbers = STUDY_BANNED_NUMBERS.to_vec();
    }
    Ok(config)
}

/// The kept completions written out as the run makes them: one file per data source.
struct SavedNumbers {
    dir: PathBuf,
    files: BTreeMap<DataSource, BufWriter<File>>,
    error: Option<String>,
}

impl SavedNumbers {
    fn new(dir: &Path) -> Result<Self, String> {
        std::fs::create_dir_all(dir).map_err(|e| format!("--save-numbers {}: {e}", dir.display()))?;
        Ok(Self { dir: dir.to_path_buf(), files: BTreeMap::new(), error: None })
    }

    fn write(&mut self, source: DataSource, texts: &[String]) {
        if self.error.is_some() {
            return;
        }
        let path = self.dir.join(format!("{}.jsonl", source.key()));
        let result = (|| -> std::io::Result<()> {
            let file = match self.files.entry(source) {
                Entry::Occupied(file) => file.into_mut(),
                Entry::Vacant(slot) => slot.insert(BufWriter::new(File::create(&path)?)),
            };
            for text in texts {
                writeln!(file, "{}", serde_json::to_string(text).expect("strings serialise"))?;
            }
            Ok(())
        })();
        self.error = result.err().map(|e| format!("--save-numbers: writing {}: {e}", path.display()));
    }

    fn finish(mut self) -> Result<(), String> {
        for file in self.files.values_mut() {
            file.flush().map_err(|e| format!("--save-numbers: {e}"))?;
        }
        self.error.map_or(Ok(()), Err)
    }
}

pub fn run(args: RunArgs) -> Result<(), String> {
    let config = build_config(&args.experiment)?;
    let output = &args.experiment.output;
    let compute = Compute::cpu();
    let bases = load_bases(&assets_dir(output.assets.as_deref()), &compute.device.clone().autodiff())?;
    if config.distill.mode == DistillMode::FullVocabularyLeak && !output.quiet {
        eprintln!("note: full-vocabulary soft labels leak the trait directly; this is NOT subliminal learning.");
    }
    let mut bars = ProgressBars::new(output.quiet);
    let mut saved = args.save_numbers.as_deref().map(SavedNumbers::new).transpose()?;
    let inputs = Inputs { bases: Some(&bases), digits: None };
    let outcome = pollster::block_on(subliminal_model::run::run(&Spec::from(config), inputs, &compute, &mut |event| {
        if let (Some(saved), Event::Kept { source, texts, .. }) = (&mut saved, &event) {
            saved.write(*source, texts);
        }
        bars.observe(event)
    }))
    .map_err(|e| e.to_string())?;
    if let Some(saved) = saved {
        saved.finish()?;
    }
    let Report::Owl(report) = outcome.report else { unreachable!("an owl spec gives an owl report") };
    output.emit(&report, || print_report(&report));
    Ok(())
}
