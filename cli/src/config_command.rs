//! `subliminal config`: prints a default config to start a `--config` file from (the engine's, the
//! page's one-click default, the study's setting, or MNIST's), or the table of every setting with
//! its range and flag.

use clap::Args;
use subliminal_model::mnist::config::MnistConfig;
use subliminal_model::owl::config::OwlConfig;
use subliminal_model::owl::presets::preset;
use subliminal_model::shared::settings::Settings;

#[derive(Args)]
pub struct ConfigArgs {
    /// The page's default owl config: what a visitor runs with one click.
    #[arg(long, conflicts_with_all = ["mnist", "study"])]
    page: bool,
    /// The study's channel at a setting where it shows (the page's "study" preset): only the
    /// numbers the teacher sampled, 10,000 prompts, plain SGD.
    #[arg(long, conflicts_with = "mnist")]
    study: bool,
    /// The MNIST experiment's default config.
    #[arg(long)]
    mnist: bool,
    /// List every setting instead: its path in the JSON, its flag, its range, what it does.
    #[arg(long)]
    settings: bool,
}

fn pretty(config: &impl serde::Serialize) -> String {
    serde_json::to_string_pretty(config).expect("configs serialise")
}

pub fn run(args: ConfigArgs) -> Result<(), String> {
    let text = match (args.settings, args.mnist) {
        (true, true) => MnistConfig::describe(),
        (true, false) => OwlConfig::describe(),
        (false, true) => pretty(&MnistConfig::default()),
        (false, false) if args.page => pretty(&OwlConfig::page_default()),
        (false, false) if args.study => pretty(&preset("study")?.config),
        (false, false) => pretty(&OwlConfig::default()),
    };
    println!("{}", text.trim_end());
    Ok(())
}
