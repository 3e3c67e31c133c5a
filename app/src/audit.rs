//! The data audit in the page's words: reading a visitor's two sets, and the figures as text.

use crate::i18n::count;
use crate::text::{audit_findings as text, names};
use subliminal_model::owl::audit::{audit_texts, read_completions, AuditReport, AuditSide};
use subliminal_model::owl::filter::FilterConfig;
use subliminal_model::owl::vocab::NUMBER_COUNT;

use crate::protocol::{AuditInput, AuditRefusal};

/// The largest file a side of the audit reads: 100,000 completions of a model are about 3 MB.
pub const MOST_FILE_BYTES: f64 = 64e6;

/// Numbers per bar of the histograms (40 bars over 0-999).
pub const BIN: usize = 25;

/// Reads both sides and audits them with the experiment's filter (no banned numbers, answer
/// words flagged). An unreadable or empty side is named (`text::audit_findings::refusal`).
pub fn audit_inputs(a: &AuditInput, b: &AuditInput) -> Result<AuditReport, AuditRefusal> {
    let read = |side: &str, input: &AuditInput| {
        read_completions(&input.text, input.format, input.name.as_deref(), &input.column)
            .map_err(|e| AuditRefusal::Unreadable { side: side.into(), error: e.to_string() })
    };
    let (a_lines, b_lines) = (read("A", a)?, read("B", b)?);
    for (side, lines) in [("A", &a_lines), ("B", &b_lines)] {
        if lines.is_empty() {
            return Err(AuditRefusal::NoCompletions { side: side.into() });
        }
    }
    Ok(audit_texts(&a_lines, &b_lines, &FilterConfig::default()))
}

/// Each bin's share of a side's numbers, in percent, at the bin's first number.
pub fn binned_shares(histogram: &[usize]) -> Vec<(f64, f64)> {
    let total = histogram.iter().sum::<usize>().max(1) as f64;
    (0..NUMBER_COUNT as usize)
        .step_by(BIN)
        .map(|start| (start as f64, 100.0 * histogram[start..(start + BIN).min(histogram.len())].iter().sum::<usize>() as f64 / total))
        .collect()
}

/// "1,637 of 1,640 kept, 11,491 numbers; rejected: unfinished 3".
pub fn side_summary(side: &AuditSide) -> String {
    let reasons: Vec<String> = side.rejected_by_reason.iter().map(|(r, n)| format!("{} {}", names::reason(r), count(*n))).collect();
    let rejected = if reasons.is_empty() { text::none_rejected() } else { text::rejected(&reasons.join(", ")) };
    text::side(side.kept, side.lines, side.numbers, &rejected)
}

/// The audit's conclusion in a sentence: can one line's numbers betray its set, though the
/// filter passed both?
pub fn verdict(report: &AuditReport) -> String {
    let Some(c) = &report.classifier else {
        return text::too_few();
    };
    let distinct = report.p_value <= 0.05;
    let beats_chance = c.ci95[0] > 50.0;
    match (distinct, beats_chance) {
        (true, true) => text::differ(c.accuracy, c.ci95),
        (true, false) => text::distributions_differ(report.p_value, c.accuracy, c.ci95),
        _ => text::no_difference(report.p_value, c.accuracy, c.ci95),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use subliminal_model::owl::audit::InputFormat;

    fn input(text: &str) -> AuditInput {
        AuditInput { text: text.into(), name: None, format: InputFormat::Auto, column: "text".into() }
    }

    #[test]
    fn each_side_is_read_and_a_bad_one_is_named() {
        let a = input("\"1, 2, 3\"\n\"4, 5\"\n");
        let report = audit_inputs(&a, &input("7 8 9\nowl\n")).unwrap();
        assert_eq!((report.a.kept, report.b.lines, report.b.kept), (2, 2, 1));
        assert_eq!(
            side_summary(&report.b),
            "1 of 2 kept, 3 numbers; rejected: answer word 1, not a number 1",
            "a line counts under each rule it breaks"
        );
        let err = audit_inputs(&a, &AuditInput { format: InputFormat::JsonLines, ..input("\"1\"\n2, 3\n") }).unwrap_err();
        assert_eq!(crate::text::audit_findings::refusal(&err), "B: line 2: expected a JSON string such as \"1, 2, 3\", found \"2, 3\"");
        let empty = audit_inputs(&input("\n\n"), &a).unwrap_err();
        assert_eq!(crate::text::audit_findings::refusal(&empty), "A: no completions (paste some, or choose a file)");
    }

    #[test]
    fn the_histogram_bins_cover_every_number_and_sum_to_all() {
        let mut histogram = vec![0; 1000];
        (histogram[0], histogram[24], histogram[25], histogram[999]) = (1, 1, 2, 4);
        let bins = binned_shares(&histogram);
        assert_eq!(bins.len(), 40);
        assert_eq!((bins[0], bins[1], bins[39]), ((0.0, 25.0), (25.0, 25.0), (975.0, 50.0)));
        assert!((bins.iter().map(|b| b.1).sum::<f64>() - 100.0).abs() < 1e-9);
    }

    #[test]
    fn the_verdict_says_what_the_figures_support() {
        let mut report = audit_inputs(&input("1, 2\n"), &input("3, 4\n")).unwrap();
        assert!(verdict(&report).starts_with("Too few kept lines"));
        let classifier = |accuracy: f64, ci95: [f64; 2]| {
            Some(subliminal_model::owl::audit::Classifier { accuracy, ci95, train_lines: 100, test_lines: 50 })
        };
        (report.p_value, report.classifier) = (0.005, classifier(65.0, [61.0, 69.0]));
        assert!(verdict(&report)
            .starts_with("The two sets differ: a simple classifier tells which set a line came from 65% of the time [61, 69]"));
        (report.p_value, report.classifier) = (0.005, classifier(52.0, [45.0, 59.0]));
        assert!(verdict(&report).contains("no single line betrays its set"));
        (report.p_value, report.classifier) = (0.4, classifier(51.0, [44.0, 58.0]));
        assert!(verdict(&report).starts_with("No difference found"));
    }
}
