//! Flags every experiment command shares: where the assets are and how to print the report.

use clap::Args;
use std::path::PathBuf;

#[derive(Args)]
pub struct OutputArgs {
    /// Print the whole report as JSON on stdout instead of tables.
    #[arg(long)]
    pub json: bool,
    /// Folder holding the shipped assets (base-a.slpw, base-b.slpw, mnist.bin).
    #[arg(long)]
    pub assets: Option<PathBuf>,
    /// No progress bars.
    #[arg(long, short)]
    pub quiet: bool,
}
