//! `subliminal pretrain`: remakes a shipped base model.

use burn::module::Module;
use burn::prelude::Device;
use clap::Args;
use std::path::PathBuf;
use subliminal_model::owl::checkpoint::save_gpt;
use subliminal_model::owl::pretrain::{pretrain, PretrainConfig};

use crate::progress::ProgressBars;

#[derive(Args)]
pub struct PretrainArgs {
    /// Initialization seed (base A: 1, base B: 2).
    #[arg(long)]
    seed: u64,
    /// Where to write the weights.
    #[arg(long)]
    out: PathBuf,
    #[arg(long)]
    steps: Option<usize>,
    #[arg(long, short)]
    quiet: bool,
}

pub fn run(args: PretrainArgs) -> Result<(), String> {
    let mut config = PretrainConfig::new(args.seed);
    if let Some(steps) = args.steps {
        config.steps = steps;
    }
    let device = Device::flex().autodiff();
    let mut bars = ProgressBars::new(args.quiet);
    let (model, summary) = pollster::block_on(pretrain(&config, &device, &mut |e| bars.observe(e)));
    let provenance = serde_json::json!({
        "command": format!("subliminal pretrain --seed {} --out {}{}", args.seed, args.out.display(),
            args.steps.map(|s| format!(" --steps {s}")).unwrap_or_default()),
        "pretrain": config,
        "final_loss": summary.final_loss,
        "seconds": summary.seconds,
        "backend": "flex (CPU)",
    });
    let file = pollster::block_on(save_gpt(&model.valid(), provenance))?;
    std::fs::write(&args.out, file.to_bytes()).map_err(|e| format!("cannot write {}: {e}", args.out.display()))?;
    eprintln!("saved {} (final loss {:.3}, {:.0} s)", args.out.display(), summary.final_loss, summary.seconds);
    Ok(())
}
