//! Flags every experiment command shares: where the assets are and how to print the report.

use clap::Args;
use serde::Serialize;
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

impl OutputArgs {
    /// The whole report as JSON on stdout with `--json`, otherwise the command's tables.
    pub fn emit(&self, report: &impl Serialize, print_tables: impl FnOnce()) {
        if self.json {
            println!("{}", serde_json::to_string_pretty(report).expect("reports are serialisable"));
        } else {
            print_tables();
        }
    }
}
