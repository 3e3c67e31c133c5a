//! `subliminal audit A B`: the data audit on two sets of completions from files.
//!
//! The same engine code as the page's audit: each file is read (JSON Lines of strings, CSV with a
//! text column, or plain lines), screened with the experiment's filter, and the kept lines'
//! numbers compared (histograms, TV and KL with a permutation test, a classifier, the most
//! over-represented numbers).

use clap::Args;
use std::path::{Path, PathBuf};
use subliminal_model::owl::audit::{audit_texts, read_completions, AuditReport, AuditSide, InputFormat};

use crate::filter_command::filter_config;

#[derive(Args)]
pub struct AuditArgs {
    /// The first set (e.g. a model's completions with a system prompt).
    a: PathBuf,
    /// The second set (e.g. the same model's completions without it).
    b: PathBuf,
    /// auto (by the file's name: .jsonl/.json JSON Lines, .csv CSV, otherwise by the first
    /// line), jsonl, csv or plain.
    #[arg(long, default_value = "auto")]
    format: InputFormat,
    /// CSV (`--format csv`, or a file named .csv): the column that holds the completions.
    #[arg(long, default_value = "text")]
    column: String,
    /// Banned numbers: `study`, `none` or a comma-separated list.
    #[arg(long, default_value = "none")]
    ban: String,
    /// Do not flag animal, tree and act words by name.
    #[arg(long)]
    no_word_check: bool,
    /// Print the audit as JSON.
    #[arg(long)]
    json: bool,
}

fn read(path: &Path, format: InputFormat, column: &str) -> Result<Vec<String>, String> {
    let bytes = std::fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let text =
        String::from_utf8(bytes).map_err(|e| format!("{}: not UTF-8 text (byte {})", path.display(), e.utf8_error().valid_up_to()))?;
    let name = path.file_name().and_then(|n| n.to_str());
    read_completions(&text, format, name, column).map_err(|e| format!("{}: {e}", path.display()))
}

pub fn run(args: AuditArgs) -> Result<(), String> {
    let filter = filter_config(&args.ban, args.no_word_check)?;
    let (a, b) = (read(&args.a, args.format, &args.column)?, read(&args.b, args.format, &args.column)?);
    let report = audit_texts(&a, &b, &filter);
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report).expect("reports serialise"));
    } else {
        print_audit(&report, &args.a.display().to_string(), &args.b.display().to_string());
    }
    Ok(())
}

fn side_line(name: &str, side: &AuditSide) {
    let reasons: Vec<String> = side.rejected_by_reason.iter().map(|(r, n)| format!("{r} {n}")).collect();
    println!(
        "{name}: {} lines, kept {} ({:.1}%), {} numbers; rejected: {}",
        side.lines,
        side.kept,
        100.0 * side.kept as f64 / side.lines.max(1) as f64,
        side.numbers,
        if reasons.is_empty() { "none".into() } else { reasons.join(", ") }
    );
}

/// The audit as tables (shared with `subliminal run`'s report).
pub fn print_audit(report: &AuditReport, a: &str, b: &str) {
    side_line(&format!("A ({a})"), &report.a);
    side_line(&format!("B ({b})"), &report.b);
    println!(
        "Number distributions: total variation {:.4}, KL(A||B) {:.4} nats; permutation test p = {:.3} ({} shuffles)",
        report.tv, report.kl, report.p_value, report.permutations
    );
    match &report.classifier {
        Some(c) => println!(
            "Classifier (logistic regression on each line's number frequencies): held-out accuracy {:.1}% [{:.1}, {:.1}] on {} lines (chance 50%)",
            c.accuracy, c.ci95[0], c.ci95[1], c.test_lines
        ),
        None => println!("Classifier: fewer than 10 kept lines on a side, not trained"),
    }
    let listed: Vec<String> =
        report.over_represented.iter().map(|o| format!("{} ({} vs {}, x{:.1})", o.number, o.count_a, o.count_b, o.ratio)).collect();
    println!("Most over-represented in A: {}", if listed.is_empty() { "none seen 5 times".into() } else { listed.join(", ") });
}
