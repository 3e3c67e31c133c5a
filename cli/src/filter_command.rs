//! `subliminal filter`: screens anyone's completions with the same rules as the experiment.
//!
//! Input: JSON Lines on stdin, one JSON string per line (so multi-line answers survive), or
//! plain lines with `--plain`. Output: one verdict per input line; a per-reason summary on stderr.

use clap::Args;
use std::io::{BufRead, Write};
use subliminal_model::owl::config::OwlConfig;
use subliminal_model::owl::filter::{screen, FilterConfig, FilterStats};
use subliminal_model::shared::settings::Settings;

#[derive(Args)]
pub struct FilterArgs {
    /// Read plain text lines instead of JSON strings.
    #[arg(long)]
    plain: bool,
    /// Print one JSON object per line: {"text", "accepted", "reasons"}.
    #[arg(long)]
    json: bool,
    /// Banned numbers: `study`, `none` or a comma-separated list.
    #[arg(long, default_value = "none")]
    ban: String,
    /// Do not flag animal and tree words by name.
    #[arg(long)]
    no_word_check: bool,
}

/// The filter from `--ban` and `--no-word-check` (shared with `subliminal audit`). The ban list
/// reads as the experiment's own setting does (`study`, `none`, or numbers).
pub fn filter_config(ban: &str, no_word_check: bool) -> Result<FilterConfig, String> {
    let mut experiment = OwlConfig::default();
    OwlConfig::setting("filter.banned_numbers")?.set_text(&mut experiment, ban).map_err(|e| format!("--ban: {e}"))?;
    experiment.validate().map_err(|e| format!("--ban: {e}"))?;
    let mut config = experiment.filter;
    config.reject_animal_and_tree_words = !no_word_check;
    Ok(config)
}

pub fn run(args: FilterArgs) -> Result<(), String> {
    let config = filter_config(&args.ban, args.no_word_check)?;
    let mut stats = FilterStats::default();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (index, line) in std::io::stdin().lock().lines().enumerate() {
        let line = line.map_err(|e| format!("reading stdin: {e}"))?;
        let text = if args.plain {
            line
        } else {
            if line.trim().is_empty() {
                continue;
            }
            serde_json::from_str::<String>(&line)
                .map_err(|e| format!("line {}: expected a JSON string such as \"1, 2, 3\" ({e}); use --plain for plain text", index + 1))?
        };
        let verdict = screen(&text, &config);
        stats.record(&text, &verdict);
        let written = if args.json {
            let reasons: Vec<serde_json::Value> =
                verdict.reasons.iter().map(|r| serde_json::json!({"code": r.code(), "message": r.to_string()})).collect();
            writeln!(out, "{}", serde_json::json!({"text": text, "accepted": verdict.accepted, "reasons": reasons}))
        } else if verdict.accepted {
            writeln!(out, "ACCEPT  {}", serde_json::to_string(&text).unwrap())
        } else {
            let reasons: Vec<String> = verdict.reasons.iter().map(|r| r.to_string()).collect();
            writeln!(out, "REJECT  {}  ({})", serde_json::to_string(&text).unwrap(), reasons.join("; "))
        };
        written.map_err(|e| format!("writing stdout: {e}"))?;
    }
    eprintln!("{} of {} accepted ({:.1}%)", stats.kept, stats.total, 100.0 * stats.kept_share());
    for (reason, count) in &stats.rejected_by_reason {
        eprintln!("  {reason:<22} {count}");
    }
    Ok(())
}
