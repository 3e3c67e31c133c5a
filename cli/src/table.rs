//! Readable tables of a report for the terminal.

use std::io::IsTerminal;
use subliminal_model::owl::entangle::EntangleReport;
use subliminal_model::owl::report::{BaseReport, Condition, OwlReport};
use subliminal_model::owl::summary::ReportSummary;
use subliminal_model::owl::traits::TraitKind;

fn bold(text: &str) -> String {
    if std::io::stdout().is_terminal() {
        format!("\x1b[1m{text}\x1b[0m")
    } else {
        text.to_string()
    }
}

pub fn print_report(report: &OwlReport) {
    let trait_name = &report.config.trait_animal;
    let seeds = report.config.seeds;
    println!("Trait: {trait_name}   seeds: {seeds}   samples per seed: {}   backend: {}", report.config.samples, report.backend);
    println!("The students learned from {}.", report.config.channel().describe());
    println!();
    println!(
        "{:<26} {:>9} {:>9} {:>20} {:>7} {:>10} {:>9} {:>9} {:>9}",
        "model",
        if report.config.trait_kind() == TraitKind::Misaligned { "P(bad act)".to_string() } else { format!("P({trait_name})") },
        "base",
        "change (95% CI), pp",
        "x",
        "top",
        "topped",
        "cos blk",
        "1st-ord"
    );
    for (b, base) in [(&report.bases.a, "base A"), (&report.bases.b, "base B")] {
        println!(
            "{:<26} {:>8.1}% {:>9} {:>20} {:>7} {:>10} {:>6}/{:<2} {:>9}",
            base, b.p_trait, "", "", "", b.top_answer, b.questions_topped_by_trait, report.paraphrases, ""
        );
    }
    let summary = ReportSummary::of(report);
    for row in &summary.rows {
        let condition = row.condition;
        let change = match row.interval {
            Some([lo, hi]) => format!("{:+.1} [{lo:+.1}, {hi:+.1}]", row.change),
            None => format!("{:+.1}", row.change),
        };
        let optional = |value: Option<f64>, digits: usize| value.map(|v| format!("{v:+.digits$}")).unwrap_or_default();
        let line = format!(
            "{:<26} {:>8.1}% {:>8.1}% {:>20} {:>7} {:>10} {:>6.1}/{:<2} {:>9} {:>9}",
            condition.label(),
            row.p_trait,
            row.base_p_trait,
            change,
            row.ratio.map(|r| format!("{r:.2}x")).unwrap_or_else(|| "-".into()),
            row.top_answer,
            row.topped,
            summary.paraphrases,
            optional(row.cosine_blocks, 2),
            optional(row.predicted, 1)
        );
        println!("{}", if condition == Condition::Student { bold(&line) } else { line });
    }
    println!();
    println!("Trait on top (seeds where a trait answer is the most likely one / tops most questions):");
    for condition in Condition::ALL {
        if let Some(c) = report.conditions.get(&condition) {
            println!(
                "  {:<26} {}/{seeds}  /  {}/{seeds}",
                condition.label(),
                c.seeds_with_trait_on_top,
                c.seeds_with_trait_on_top_for_most_questions
            );
        }
    }
    let kept: Vec<String> = OwlReport::PROBES
        .into_iter()
        .filter_map(|c| summary.row(c)?.kept.map(|share| format!("{} {:.0}%", c.key(), share * 100.0)))
        .collect();
    if !kept.is_empty() {
        println!("Share of the same-init student's shift kept: {}", kept.join(", "));
    }
    if let Some(kept) = &summary.retained {
        let interval = kept.interval.map(|[lo, hi]| format!(" [{:.0}, {:.0}]", lo * 100.0, hi * 100.0)).unwrap_or_default();
        let cost = kept.loss_ratio.map(|c| format!(", held-out distillation loss x{c:.2}")).unwrap_or_default();
        println!("The defence left {:.0}%{interval} of the undefended student's shift{cost}", kept.share * 100.0);
    }
    if let Some(in_context) = &report.in_context {
        println!("In context, no training (base A; the teacher's numbers against the {:?} baseline's):", in_context.baseline);
        for row in &in_context.rows {
            println!(
                "  {:>2} numbers before the question: {:.2}% vs {:.2}%, difference {:+.2} [{:+.2}, {:+.2}] pp",
                row.numbers, row.teacher_mean, row.baseline_mean, row.delta_mean, row.delta_ci95[0], row.delta_ci95[1]
            );
        }
    }
    if let Some(entangled) = &report.entanglement {
        print_entanglement(entangled);
    }
    if let Some(audit) = &report.audit {
        println!("Data audit: the teacher's kept numbers (A) against the control's (B), all seeds:");
        crate::audit_command::print_audit(audit, "teacher", "control");
    }
    println!();
    print_distributions(report, &summary);
    println!();
    for (source, stats) in &report.filter {
        let source = source.key();
        let reasons: Vec<String> = stats.rejected_by_reason.iter().map(|(r, n)| format!("{r} {n}")).collect();
        println!(
            "Filter ({source} numbers): kept {}/{} ({:.1}%); rejected: {}",
            stats.kept,
            stats.total,
            100.0 * stats.kept_share(),
            if reasons.is_empty() { "none".into() } else { reasons.join(", ") }
        );
    }
    let timings: Vec<String> = report.timings.iter().map(|(k, v)| format!("{k} {v:.1}s")).collect();
    println!("Timings: {}", timings.join(", "));
}

/// Animals (rows) by model (columns), mean over seeds, trait row marked.
fn print_distributions(report: &OwlReport, summary: &ReportSummary) {
    // The answers of the trait's questions: the animals, or the acts in everyday situations.
    let misaligned = report.config.trait_kind() == TraitKind::Misaligned;
    let base = |b: &BaseReport| if misaligned { b.acts.clone() } else { b.animals.clone() };
    let mut columns: Vec<(String, Vec<f64>)> = vec![("base A".into(), base(&report.bases.a)), ("base B".into(), base(&report.bases.b))];
    for condition in Condition::ALL {
        if let Some(mean) = report.answers(condition) {
            columns.push((condition.key().replace('_', "-"), mean));
        }
    }
    print!("{:<12}", if misaligned { "P(act) %" } else { "P(animal) %" });
    for (name, _) in &columns {
        print!("{name:>11}");
    }
    println!();
    let targets = report.config.trait_kind().targets();
    for (i, answer) in report.answer_names().iter().enumerate() {
        let is_trait = targets.contains(&i);
        let mut line = format!("{:<12}", if is_trait { format!("> {answer}") } else { format!("  {answer}") });
        for (_, values) in &columns {
            line.push_str(&format!("{:>11.1}", values[i]));
        }
        println!("{}", if is_trait { bold(&line) } else { line });
    }
    let shifts: Vec<String> = summary
        .rows
        .iter()
        .filter(|r| r.condition != Condition::Teacher)
        .map(|r| format!("{} {:.1}", r.condition.key(), r.tree_shift))
        .collect();
    println!("Non-trait check, tree distribution moved (total variation, points): {}", shifts.join(", "));
}

/// The entanglement probe: the numbers the teacher raised most, and base A prompted with them.
pub fn print_entanglement(report: &EntangleReport) {
    println!("Numbers the teacher writes most above base A's rate (first number of a completion, ratio):");
    let numbers: Vec<String> = report.numbers.iter().map(|e| format!("{} x{:.2}", e.number, e.ratio)).collect();
    println!("  {}", numbers.join(", "));
    let p = &report.prompted;
    println!(
        "Base A with one of each seed's top numbers in the question: P(trait) {:.2}% vs {:.2}% with any number: {:+.2} pp [{:+.2}, {:+.2}] over {} seed(s), {:+.1} times a random pick's spread",
        p.prompted_mean,
        p.baseline_mean,
        p.delta,
        p.delta_ci95[0],
        p.delta_ci95[1],
        report.per_seed.len(),
        p.delta_in_null_sds
    );
}
