//! The study's other controls in words: for each one a run included, how much of the same-init
//! student's shift it kept, what the study found, and whether ours agrees. Kept apart from the
//! page's components so it is tested natively.

use crate::i18n::{fixed, interval, signed_interval};
use crate::text::findings as text;
use subliminal_model::owl::report::{Condition, OwlReport};
use subliminal_model::owl::summary::{ReportSummary, KEPT_MOST, REMOVED};

/// One control, measured and set against the study.
#[derive(Clone, Debug, PartialEq)]
pub struct ProbeRow {
    pub condition: Condition,
    /// Mean shift against base A, points, with its 95% interval when there are several seeds.
    pub delta: f64,
    pub ci95: Option<[f64; 2]>,
    /// The share of the same-init student's shift it kept (1.0 = all of it).
    pub kept: Option<f64>,
    /// What the study found for this control.
    pub study: String,
    /// Ours against the study, in a few words.
    pub verdict: String,
}

/// What the study found, per control (Cloud et al., section 7 of ../shared/SCIENCE.md).
fn study_finding(condition: Condition) -> String {
    match condition {
        Condition::ShuffledWithin => text::shuffled_within(),
        Condition::ShuffledAcross => text::shuffled_across(),
        Condition::Relabelled => text::relabelled(),
        Condition::Perturbed => text::perturbed(),
        _ => String::new(),
    }
}

/// The rows for the controls `report` ran, in [`OwlReport::PROBES`] order.
pub fn probe_rows(report: &OwlReport) -> Vec<ProbeRow> {
    let summary = ReportSummary::of(report);
    OwlReport::PROBES
        .into_iter()
        .filter_map(|condition| {
            let row = summary.row(condition)?;
            let verdict = match (condition, row.kept) {
                (_, None) => text::nothing_to_keep(),
                (Condition::Relabelled, Some(k)) => text::relabelled_kept(k * 100.0),
                // Between "the same start" and "another start": a point on a curve, not a verdict.
                (Condition::Perturbed, Some(k)) => text::kept_from_noise(k * 100.0, report.config.conditions.perturbed_sigma),
                (_, Some(k)) if k < REMOVED => text::largely_removed(k * 100.0),
                (_, Some(k)) if k > KEPT_MOST => text::kept_unlike(k * 100.0),
                (_, Some(k)) => text::partly_removed(k * 100.0),
            };
            Some(ProbeRow { condition, delta: row.change, ci95: row.interval, kept: row.kept, study: study_finding(condition), verdict })
        })
        .collect()
}

/// The in-context probe's rows in words: how many numbers, the two P(trait), the difference,
/// and whether it is a shift (its interval excludes zero). One seed has no interval, and its
/// differences are a few tenths of a point either way: it is not judged.
pub fn in_context_lines(report: &OwlReport) -> Vec<(usize, String, String)> {
    let Some(in_context) = &report.in_context else { return Vec::new() };
    let several = in_context.per_seed.len() > 1;
    in_context
        .rows
        .iter()
        .map(|row| {
            let [lo, hi] = row.delta_ci95;
            let interval = if several { format!(" {}", signed_interval([lo, hi], 2)) } else { String::new() };
            let measured = text::in_context(row.teacher_mean, row.baseline_mean, row.delta_mean, &interval);
            let verdict = match (several, lo > 0.0 || hi < 0.0) {
                (false, _) => text::one_seed(),
                (true, true) => text::a_shift(),
                (true, false) => text::no_shift(),
            };
            (row.numbers, measured, verdict.to_string())
        })
        .collect()
}

/// The entanglement probe in words: the most raised numbers with their ratios, base A's P(trait)
/// behind them against behind any number, and a verdict. The seeds' interval alone would call a
/// hair's difference a shift (the teachers of different seeds raise much the same numbers), so
/// a shift must also stand out from what a random pick of as many numbers gives: at least
/// [`NULL_SDS`] of its spread.
pub fn entanglement_line(report: &OwlReport) -> Option<(String, String, String)> {
    let entangled = report.entanglement.as_ref()?;
    let numbers = entangled.numbers.iter().take(5).map(|e| format!("{} ×{}", e.number, fixed(e.ratio, 1))).collect::<Vec<_>>().join(", ");
    let p = &entangled.prompted;
    let [lo, hi] = p.delta_ci95;
    let several = entangled.per_seed.len() > 1;
    let interval = if several { format!(" {}", signed_interval([lo, hi], 2)) } else { String::new() };
    let measured = text::entangled(p.prompted_mean, p.baseline_mean, p.delta, &interval, p.delta_in_null_sds);
    let ratio = p.prompted_mean / p.baseline_mean.max(1e-12);
    let stands_out = p.delta_in_null_sds.abs() >= NULL_SDS;
    let verdict = match (several, stands_out, lo > 0.0, hi < 0.0) {
        (false, _, _, _) => text::one_seed(),
        (true, true, true, _) => text::raise(ratio),
        (true, true, _, true) => text::lower(ratio),
        _ => text::no_effect(),
    };
    Some((numbers, measured, verdict))
}

/// How many of a random pick's standard deviations the entangled numbers' shift must reach.
pub const NULL_SDS: f64 = 2.0;

/// What the divergence defence did, in a sentence (when it ran).
pub fn defence_line(report: &OwlReport) -> Option<String> {
    let stats = report.defence.as_ref()?;
    use subliminal_model::owl::divergence::DivergenceAction;
    let (which, action) = match report.config.defences.divergence {
        DivergenceAction::MaskRandom => (text::at_random(), text::masked()),
        DivergenceAction::Replace => (text::most_divergent(), text::replaced()),
        _ => (text::most_divergent(), text::masked()),
    };
    Some(text::divergence(
        stats.touched,
        stats.number_positions,
        100.0 * stats.touched as f64 / stats.number_positions.max(1) as f64,
        &which,
        stats.mean_divergence_touched,
        stats.mean_divergence_all,
        &action,
    ))
}

/// How much of the effect a defence left, in a sentence (when the run has the undefended
/// reference and the reference moved up in every seed).
pub fn retained_line(report: &OwlReport) -> Option<String> {
    let kept = ReportSummary::of(report).retained?;
    let interval = match kept.interval {
        Some([lo, hi]) => format!(" {}", interval([lo * 100.0, hi * 100.0], 0)),
        None => text::one_seed_interval(),
    };
    let cost = kept.loss_ratio.map(text::heldout_cost).unwrap_or_default();
    Some(text::retained(kept.share * 100.0, &interval, &cost))
}

/// The theorem for one student (means over seeds).
#[derive(Clone, Debug, PartialEq)]
pub struct TheoremLine {
    pub condition: Condition,
    /// Measured change in P(trait), points.
    pub measured: f64,
    /// First-order prediction from the gradient of P(trait) at the student's start, points.
    pub predicted: f64,
    /// Final cosine of its move with the teacher's move, over the blocks.
    pub cosine: f64,
    /// The same block by block, from the last point of its alignment curve (empty in a report
    /// made before the curve was kept).
    pub by_layer: Vec<f64>,
}

/// The theorem, per student that has it: the measured shift, the first-order prediction, and
/// its final cosine with the teacher's move, overall and per block.
pub fn theorem_lines(report: &OwlReport) -> Vec<TheoremLine> {
    ReportSummary::of(report)
        .rows
        .iter()
        .filter_map(|row| {
            let seeds = &report.conditions[&row.condition].per_seed;
            let (predicted, cosine) = (row.predicted?, row.cosine_blocks?);
            seeds.iter().all(|r| r.predicted_delta.is_some()).then(|| {
                let finals: Vec<&Vec<f64>> = seeds.iter().filter_map(|r| r.alignment.last().map(|p| &p.cosine_by_layer)).collect();
                let by_layer = if finals.len() == seeds.len() {
                    (0..finals[0].len()).map(|k| finals.iter().map(|f| f[k]).sum::<f64>() / seeds.len() as f64).collect()
                } else {
                    Vec::new()
                };
                TheoremLine { condition: row.condition, measured: row.change, predicted, cosine, by_layer }
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use subliminal_model::owl::report::ConditionReport;
    use subliminal_model::shared::stats::Summary;

    fn report_with(student: f64, probes: &[(Condition, f64)]) -> OwlReport {
        let mut value: serde_json::Value = serde_json::from_str(include_str!("../../model/tests/pinned/owl-report.json")).unwrap();
        value["backend"] = "CPU (native, one thread)".into();
        value["timings"] = serde_json::json!({});
        let mut report: OwlReport = serde_json::from_value(value).expect("the pinned report reads");
        let template: ConditionReport = report.conditions[&Condition::Student].clone();
        report.conditions.get_mut(&Condition::Student).unwrap().delta_mean = student;
        for &(condition, delta) in probes {
            report.conditions.insert(condition, ConditionReport { delta_mean: delta, ..template.clone() });
        }
        report
    }

    #[test]
    fn each_control_that_ran_is_judged_against_the_student_and_the_study() {
        let report = report_with(10.0, &[(Condition::ShuffledWithin, 9.5), (Condition::ShuffledAcross, 1.0), (Condition::Relabelled, 8.8)]);
        let rows = probe_rows(&report);
        let kept: Vec<String> = rows.iter().map(|r| format!("{:?} {}", r.condition, r.verdict)).collect();
        assert_eq!(
            kept,
            [
                "ShuffledWithin kept 95%: unlike the study",
                "ShuffledAcross kept 10%: largely removed, as in the study",
                "Relabelled kept 88% on numbers the teacher did not write: its labels carry that much",
            ]
        );
        assert!(rows.iter().all(|r| !r.study.is_empty()));
        assert_eq!(rows[0].ci95, Some(report.conditions[&Condition::ShuffledWithin].delta_ci95), "two seeds: an interval");
    }

    #[test]
    fn the_in_context_probe_calls_a_shift_only_when_its_interval_leaves_zero() {
        use subliminal_model::owl::in_context::{Baseline, InContextPoint, InContextReport, NUMBERS_SHOWN};
        let mut report = report_with(10.0, &[]);
        assert!(in_context_lines(&report).is_empty(), "not run: no lines");
        let seed = |t: f64| NUMBERS_SHOWN.iter().map(|&numbers| InContextPoint { numbers, teacher: t, baseline: 5.0 }).collect();
        report.in_context = Some(InContextReport::new(Baseline::Control, vec![seed(5.1), seed(4.9), seed(5.05)]));
        assert!(in_context_lines(&report).iter().all(|(_, _, verdict)| verdict == "no shift, as in the study"));
        report.in_context = Some(InContextReport::new(Baseline::Control, vec![seed(7.0), seed(7.5), seed(7.2)]));
        let lines = in_context_lines(&report);
        assert_eq!(lines.len(), NUMBERS_SHOWN.len());
        assert!(lines[0].1.starts_with("7.23% vs 5.00%: +2.23 pp ["), "{}", lines[0].1);
        assert_eq!(lines[0].2, "a shift: unlike the study");
        report.in_context = Some(InContextReport::new(Baseline::Control, vec![seed(7.0)]));
        assert!(in_context_lines(&report).iter().all(|(_, _, verdict)| verdict == "one seed: run several for an interval"));
    }

    #[test]
    fn the_entanglement_line_names_the_numbers_and_judges_only_with_an_interval() {
        use subliminal_model::owl::entangle::{EntangleReport, EntangleSeed, EntangledNumber};
        let mut report = report_with(10.0, &[]);
        assert_eq!(entanglement_line(&report), None, "not run, not shown");
        let seed = |s: u64, prompted: f64| EntangleSeed {
            seed: s,
            numbers: vec![EntangledNumber { number: 785, ratio: 16.6 }],
            prompted,
            baseline: 6.0,
            null_sd: 0.1,
        };
        let ratios = vec![vec![1.0; 1000]; 2];
        report.entanglement = Some(EntangleReport::new(vec![seed(1, 6.3), seed(2, 6.32)], &ratios));
        let (numbers, measured, verdict) = entanglement_line(&report).unwrap();
        assert_eq!(numbers, "785 ×1.0");
        assert!(measured.starts_with("6.31% vs 6.00%: +0.31 pp ["), "{measured}");
        assert!(measured.ends_with(", +3.1 times a random pick's spread"), "{measured}");
        assert_eq!(verdict, "they raise it ×1.05: the direction Zur et al. found");
        report.entanglement = Some(EntangleReport::new(vec![seed(1, 5.0), seed(2, 7.0)], &ratios));
        assert_eq!(entanglement_line(&report).unwrap().2, "no effect beyond what any numbers do", "an interval across zero");
        report.entanglement = Some(EntangleReport::new(vec![seed(1, 6.1), seed(2, 6.1)], &ratios));
        assert_eq!(entanglement_line(&report).unwrap().2, "no effect beyond what any numbers do", "sure, but within chance");
        report.entanglement = Some(EntangleReport::new(vec![seed(1, 6.3)], &ratios[..1]));
        assert_eq!(entanglement_line(&report).unwrap().2, "one seed: run several for an interval");
    }

    #[test]
    fn the_defence_line_says_what_was_touched() {
        use subliminal_model::owl::divergence::{DefenceStats, DivergenceAction};
        let mut report = report_with(10.0, &[]);
        assert_eq!(defence_line(&report), None);
        report.config.defences.divergence = DivergenceAction::Replace;
        report.defence =
            Some(DefenceStats { number_positions: 1000, touched: 100, mean_divergence_touched: 1.5, mean_divergence_all: 0.25 });
        let line = defence_line(&report).unwrap();
        let kept = |mean, ci95| Some(Summary { mean, sd: 0.0, ci95 });
        assert_eq!(retained_line(&report), None, "no undefended reference");
        report.conditions.get_mut(&Condition::Student).unwrap().retained_share = kept(0.38, [0.32, 0.45]);
        report.conditions.get_mut(&Condition::Student).unwrap().heldout_loss_ratio = kept(3.49, [3.0, 4.0]);
        let seeds = report.conditions[&Condition::Student].per_seed.len();
        let kept_text = retained_line(&report).unwrap();
        assert!(kept_text.starts_with("With the defence, the same-init student kept 38%"), "{kept_text}");
        assert!(kept_text.contains("×3.49"), "{kept_text}");
        assert_eq!(kept_text.contains("[32, 45]"), seeds > 1, "{kept_text}");
        assert!(
            line.starts_with("The divergence defence took 100 of the teacher's 1,000 numbers (10%), where the teacher departed"),
            "{line}"
        );
        assert!(line.contains("1.50 nats on average, against 0.25 over all), and replaced them with random numbers."), "{line}");
    }

    #[test]
    fn the_theorem_lines_pair_each_students_change_with_its_prediction() {
        let report = report_with(10.0, &[]);
        let lines = theorem_lines(&report);
        let conditions: Vec<Condition> = lines.iter().map(|l| l.condition).collect();
        assert_eq!(conditions, [Condition::Student, Condition::CrossInit, Condition::Control], "students only, not the teacher");
        let student = &report.conditions[&Condition::Student];
        let predicted = student.per_seed.iter().map(|r| r.predicted_delta.unwrap()).sum::<f64>() / student.per_seed.len() as f64;
        assert_eq!((lines[0].measured, lines[0].predicted), (10.0, predicted));
        let first_block: Vec<f64> = student.per_seed.iter().map(|r| r.alignment.last().unwrap().cosine_by_layer[0]).collect();
        assert_eq!(first_block.len(), 2, "the pinned report has two seeds");
        assert!((lines[0].by_layer[0] - (first_block[0] + first_block[1]) / 2.0).abs() < 1e-12, "the mean of the seeds' final cosines");
        assert!(lines[0].by_layer.len() == 2 && lines[1].by_layer.len() == 2);
    }

    #[test]
    fn controls_that_did_not_run_are_left_out_and_a_student_that_did_not_move_is_said_so() {
        assert!(probe_rows(&report_with(10.0, &[])).is_empty());
        let rows = probe_rows(&report_with(-0.5, &[(Condition::ShuffledWithin, 0.2)]));
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].kept, None);
        assert!(rows[0].verdict.contains("did not move up"), "{}", rows[0].verdict);
        let mut nudged = report_with(10.0, &[(Condition::Perturbed, 4.0)]);
        nudged.config.conditions.perturbed_sigma = 0.1;
        assert_eq!(probe_rows(&nudged)[0].verdict, "kept 40% from a start moved by noise of scale 0.1");
    }
}
