//! Comparing finished runs side by side: the runs a tab keeps (slimmed to what a comparison
//! reads, so several fit in the browser's storage), P(trait) per condition with its interval,
//! and the settings that differ.

use crate::i18n::{percent, signed, signed_interval};
use crate::text;
use serde::{Deserialize, Serialize};
use subliminal_model::owl::config::OwlConfig;
use subliminal_model::owl::report::{Condition, OwlReport};
use subliminal_model::owl::summary::ReportSummary;
use subliminal_model::shared::settings::Settings;

/// How many finished runs the page keeps; the oldest goes first.
pub const KEEP: usize = 8;

/// A finished run kept for comparison.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SavedRun {
    /// What the list shows ("owl, 2,000 samples, 1 seed, 14:05").
    pub label: String,
    pub report: OwlReport,
}

/// The report without what a comparison never reads: the alignment curves, the audit and the
/// probes' details (the 5-seed recording goes from 154 kB of JSON to 31 kB, so the kept runs
/// stay far below the few megabytes a browser's storage allows a site).
pub fn slim(report: &OwlReport) -> OwlReport {
    let mut slim = report.clone();
    for condition in slim.conditions.values_mut() {
        for seed in &mut condition.per_seed {
            seed.alignment.clear();
        }
    }
    (slim.audit, slim.in_context, slim.entanglement) = (None, None, None);
    slim.filter.values_mut().for_each(|stats| stats.examples_by_reason.clear());
    slim
}

/// A short description of a run's settings, for the list.
pub fn describe(config: &OwlConfig) -> String {
    let mode = OwlConfig::setting("distill.mode").map(|s| s.text(config)).unwrap_or_default();
    text::compare::run_label(&config.trait_animal, config.samples, &mode, config.seeds)
}

/// The kept runs stored as `json` (a list), and how many of them no longer read: runs an earlier
/// version of the page kept (before a report field changed) are left out one by one, not all
/// together, and counted so the page can say so.
pub fn read_kept(json: &str) -> (Vec<SavedRun>, usize) {
    let Ok(values) = serde_json::from_str::<Vec<serde_json::Value>>(json) else { return (Vec::new(), 0) };
    let total = values.len();
    let runs: Vec<SavedRun> = values.into_iter().filter_map(|v| serde_json::from_value(v).ok()).collect();
    let dropped = total - runs.len();
    (runs, dropped)
}

/// Puts `run` first, keeping at most [`KEEP`].
pub fn remember(runs: &mut Vec<SavedRun>, run: SavedRun) {
    runs.insert(0, run);
    runs.truncate(KEEP);
}

/// One row per model any of the runs measured: its name, and per run its P(trait) and change
/// with the interval ("17.0%, +11.07 [+10.1, +12.0]"), or "–" where that run did not have it.
pub fn rows(reports: &[&OwlReport]) -> Vec<(String, Vec<String>)> {
    let summaries: Vec<ReportSummary> = reports.iter().map(|r| ReportSummary::of(r)).collect();
    let mut out = vec![(text::results::base_before(), summaries.iter().map(|s| percent(s.base_p_trait, 1)).collect())];
    for condition in Condition::ALL {
        if summaries.iter().all(|s| s.row(condition).is_none()) {
            continue;
        }
        let cells = summaries
            .iter()
            .map(|s| match s.row(condition) {
                None => "–".to_string(),
                Some(row) => match row.interval {
                    Some(ci) => format!("{}, {} {}", percent(row.p_trait, 1), signed(row.change, 2), signed_interval(ci, 2)),
                    None => format!("{}, {}", percent(row.p_trait, 1), signed(row.change, 2)),
                },
            })
            .collect();
        out.push((crate::text::names::condition(condition), cells));
    }
    out
}

/// The settings whose values differ between the runs, as each run's form shows them.
pub fn differences(configs: &[&OwlConfig]) -> Vec<(String, Vec<String>)> {
    OwlConfig::table()
        .iter()
        .filter_map(|setting| {
            let values: Vec<String> = configs.iter().map(|c| setting.text(c)).collect();
            values.iter().any(|v| *v != values[0]).then_some((crate::text::names::setting(setting), values))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recorded::{parse, OWL, VALUES};

    #[test]
    fn two_runs_are_set_side_by_side_with_the_settings_that_differ() {
        let owl = parse(OWL).unwrap().report;
        let values = parse(VALUES).unwrap().report;
        let rows = rows(&[&owl, &values]);
        assert_eq!(rows[0].0, crate::text::results::base_before());
        let student = rows.iter().find(|(name, _)| name == Condition::Student.describe()).unwrap();
        let c = &owl.conditions[&Condition::Student];
        assert_eq!(
            student.1[0],
            format!("{:.1}%, {:+.2} [{:+.2}, {:+.2}]", c.p_trait_mean, c.delta_mean, c.delta_ci95[0], c.delta_ci95[1])
        );
        let differ = differences(&[&owl.config, &values.config]);
        let labels: Vec<&str> = differ.iter().map(|(label, _)| label.as_str()).collect();
        assert_eq!(labels.len(), 2, "the trait and the banned numbers: {labels:?}");
        assert!(differ.iter().any(|(_, v)| v == &vec!["owl".to_string(), "misaligned".to_string()]));
        assert!(differences(&[&owl.config, &owl.config]).is_empty());
    }

    #[test]
    fn the_kept_runs_are_slim_and_capped() {
        let owl = parse(OWL).unwrap().report;
        let slim_run = slim(&owl);
        let (full, small) = (serde_json::to_string(&owl).unwrap().len(), serde_json::to_string(&slim_run).unwrap().len());
        assert!(small * 4 < full && small < 40_000, "{small} bytes against {full}");
        assert_eq!(rows(&[&slim_run]), rows(&[&owl]), "a comparison reads the same from the slim report");
        let mut runs = Vec::new();
        for i in 0..KEEP + 3 {
            remember(&mut runs, SavedRun { label: format!("run {i}"), report: slim_run.clone() });
        }
        assert_eq!(runs.len(), KEEP);
        assert_eq!(runs[0].label, format!("run {}", KEEP + 2), "the newest first");
        assert_eq!(describe(&owl.config), "owl, 2,000 samples, soft labels, 5 seeds");
    }

    #[test]
    fn a_kept_run_that_no_longer_reads_is_left_out_and_counted() {
        let report: OwlReport = serde_json::from_value(
            serde_json::from_str::<serde_json::Value>(include_str!("../../assets/recorded/owl-page.json")).unwrap()["report"].clone(),
        )
        .unwrap();
        let good = serde_json::to_value(SavedRun { label: "owl".into(), report: slim(&report) }).unwrap();
        let old = serde_json::json!({"label": "before the control changed", "report": {"config": {}}});
        let (runs, dropped) = read_kept(&serde_json::to_string(&[old, good.clone()]).unwrap());
        assert_eq!((runs.len(), dropped), (1, 1));
        assert_eq!(runs[0].label, "owl");
        assert_eq!(read_kept(&serde_json::to_string(&[good]).unwrap()).1, 0);
        assert_eq!(read_kept("not json"), (Vec::new(), 0));
    }
}
