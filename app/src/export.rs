//! A report's per-seed results as CSV, for a spreadsheet after a workshop.

use subliminal_model::owl::report::OwlReport;
use subliminal_model::owl::summary::ReportSummary;

/// One row per condition and seed (the engine's [`ReportSummary::seed_rows`]): what the students
/// learned from (`Channel::id`), P(trait) and its base, the change, the ratio (empty where the
/// base all but never shows the trait), the trait's rank, the top answer, the questions topped,
/// and the student figures when present (empty otherwise).
pub fn per_seed_csv(report: &OwlReport) -> String {
    let mut out = String::from(
        "trait,channel,condition,seed,p_trait,base_p_trait,delta,ratio,rank,top_answer,questions_topped,cosine_blocks,predicted_delta,heldout_distill_loss\n",
    );
    let optional = |value: Option<f64>| value.map(|v| v.to_string()).unwrap_or_default();
    for row in ReportSummary::seed_rows(report) {
        let r = row.result;
        out.push_str(&format!(
            "{},{},{},{},{},{},{},{},{},{},{},{},{},{}\n",
            report.config.trait_animal,
            report.config.channel().id(),
            row.condition.key(),
            r.seed,
            r.p_trait,
            r.base_p_trait,
            r.delta,
            optional(row.ratio),
            row.rank,
            r.top_answer,
            r.questions_topped_by_trait,
            optional(r.cosine_blocks),
            optional(r.predicted_delta),
            optional(r.heldout_distill_loss)
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use subliminal_model::owl::report::Condition;

    #[test]
    fn every_seed_of_every_condition_is_a_row_with_every_column() {
        // The pinned report leaves out what varies between machines.
        let mut value: serde_json::Value = serde_json::from_str(include_str!("../../model/tests/pinned/owl-report.json")).unwrap();
        (value["backend"], value["timings"]) = ("CPU".into(), serde_json::json!({}));
        let report: OwlReport = serde_json::from_value(value).unwrap();
        let csv = per_seed_csv(&report);
        let lines: Vec<&str> = csv.lines().collect();
        let rows: usize = report.conditions.values().map(|c| c.per_seed.len()).sum();
        assert_eq!(lines.len(), 1 + rows);
        let columns = lines[0].split(',').count();
        assert!(lines.iter().all(|l| l.split(',').count() == columns), "a value holds a comma");
        let student = lines.iter().find(|l| l.starts_with("owl,probabilities,student,")).unwrap();
        let first = &report.conditions[&Condition::Student].per_seed[0];
        assert!(student.contains(&format!(",{},", first.delta)), "{student}");
        // The trait's rank in that seed's own answers, as the page's rankings give it.
        let rank = report.trait_rank(&first.animals);
        assert!(student.contains(&format!(",{rank},{},", first.top_answer)), "{student}");
        assert!(
            lines.iter().any(|l| l.starts_with("owl,probabilities,teacher,") && l.ends_with(",,,")),
            "the teacher has no student figures"
        );
    }
}
