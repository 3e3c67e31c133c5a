//! The result in one sentence, as a person would say it: where the trait stood for the
//! same-init student before and after ("the owl moved from 7th to 1st"), and whether the
//! controls stayed put. Kept apart from the page's components so it is tested natively.

use crate::text::headline::Move;
use crate::text::{channel, headline as text};
use subliminal_model::owl::report::{Condition, OwlReport};
use subliminal_model::owl::summary::{ReportSummary, Verdict};
use subliminal_model::owl::traits::TraitKind;

/// A rank as the page's language writes it: "1st", "22nd"; "1.", "22."; "1.º".
pub fn ordinal(n: usize) -> String {
    crate::text::headline::ordinal(n)
}

/// The headline sentence of a finished run. It says what the student learned from (the run's
/// channel), and a small shift whose interval clears the controls' is a finding too.
pub fn headline(report: &OwlReport) -> String {
    let summary = ReportSummary::of(report);
    let Some(student) = summary.row(Condition::Student) else { return String::new() };
    let others = match (summary.has_controls, summary.controls_still) {
        (false, _) => String::new(),
        (true, true) => text::others_still(),
        (true, false) => text::a_control_moved(),
    };
    if summary.verdict != Verdict::Clear {
        let from = channel::learning_from(report.config.channel());
        return match student.interval {
            Some(interval) => text::unclear(student.change, interval, &from),
            None => text::one_seed(student.change, &from),
        };
    }
    let saw = channel::saw(report.config.channel());
    let trait_name = &report.config.trait_animal;
    let move_ = Move {
        before: ordinal(summary.base_rank),
        after: ordinal(student.rank),
        base_p: student.base_p_trait,
        p: student.p_trait,
        ratio: student.ratio,
    };
    match report.config.trait_kind() {
        TraitKind::Animal(_) if student.rank == 1 => text::now_favourite(trait_name, &move_, &saw, &others),
        TraitKind::Animal(_) => text::likes_more(trait_name, &move_, &saw, &others),
        TraitKind::Misaligned => text::bad_acts(move_.p, move_.base_p, report.config.filter.banned_numbers.len(), &saw, &others),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use subliminal_model::owl::config::Channel;

    #[test]
    fn ordinals_read_as_english() {
        let got: Vec<String> = [1, 2, 3, 4, 11, 12, 13, 16, 21, 22, 23].into_iter().map(ordinal).collect();
        assert_eq!(got, ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "16th", "21st", "22nd", "23rd"]);
    }

    /// A real report (the engine's pinned one: owl, two seeds, all conditions; pinned without
    /// its backend and timings, which are not results).
    fn pinned() -> OwlReport {
        let mut value: serde_json::Value = serde_json::from_str(include_str!("../../model/tests/pinned/owl-report.json")).unwrap();
        value["backend"] = "CPU (native, one thread)".into();
        value["timings"] = serde_json::json!({});
        serde_json::from_value(value).expect("the pinned report reads")
    }

    #[test]
    fn the_headline_says_where_the_trait_went_and_whether_the_controls_moved() {
        let mut report = pinned();
        let student = report.conditions.get_mut(&Condition::Student).unwrap();
        (student.delta_mean, student.delta_ci95) = (8.0, [7.0, 9.0]);
        let line = headline(&report);
        let summary = ReportSummary::of(&report);
        let (before, after) = (summary.base_rank, summary.row(Condition::Student).unwrap().rank);
        assert!(line.contains(&format!("from {}", ordinal(before))), "{line}");
        assert!(line.contains(if after == 1 { "favourite animal is now the owl" } else { "likes the owl more" }), "{line}");
        assert!(line.contains("barely moved"), "{line}");
        // Nor are controls that moved a point or more passed over in silence.
        report.conditions.get_mut(&Condition::CrossInit).unwrap().delta_mean = 1.5;
        assert!(headline(&report).contains("one of them moved"), "{}", headline(&report));
    }

    #[test]
    fn a_student_whose_interval_does_not_clear_the_controls_is_not_called_a_success() {
        let mut report = pinned();
        let control_top =
            [Condition::Control, Condition::CrossInit].iter().map(|c| report.conditions[c].delta_ci95[1]).fold(f64::MIN, f64::max);
        let student = report.conditions.get_mut(&Condition::Student).unwrap();
        (student.delta_mean, student.delta_ci95) = (3.0, [control_top - 0.01, 6.0]);
        assert!(headline(&report).contains("does not clear the controls'"), "{}", headline(&report));
        // A small shift whose interval clears them is a finding, named as one.
        report.conditions.get_mut(&Condition::Student).unwrap().delta_ci95 = [control_top + 0.01, 6.0];
        assert!(headline(&report).contains("likes the owl more"), "{}", headline(&report));
    }

    #[test]
    fn one_seed_says_it_has_no_interval() {
        let mut report = pinned();
        for condition in report.conditions.values_mut() {
            condition.per_seed.truncate(1);
        }
        report.conditions.get_mut(&Condition::Student).unwrap().delta_mean = 0.3;
        assert!(headline(&report).contains("One seed gives no interval"), "{}", headline(&report));
        report.conditions.get_mut(&Condition::Student).unwrap().delta_mean = 8.0;
        assert!(headline(&report).contains("likes the owl more") || headline(&report).contains("now the owl"));
    }

    #[test]
    fn the_headline_names_what_the_student_learned_from() {
        let mut report = pinned();
        let student = report.conditions.get_mut(&Condition::Student).unwrap();
        (student.delta_mean, student.delta_ci95) = (8.0, [7.0, 9.0]);
        let mut said = Vec::new();
        for channel in [Channel::Sampled, Channel::MostLikely, Channel::Probabilities, Channel::Leak] {
            report.config = report.config.with_channel(channel);
            let clear = headline(&report);
            assert!(clear.contains(&channel::saw(channel)), "{channel:?}: {clear}");
            let mut small = report.clone();
            small.conditions.get_mut(&Condition::Student).unwrap().delta_ci95 = [-1.0, 9.0];
            let unclear = headline(&small);
            assert!(unclear.contains(&channel::learning_from(channel)), "{channel:?}: {unclear}");
            said.extend([clear, unclear]);
        }
        said.sort();
        said.dedup();
        assert_eq!(said.len(), 8, "each channel is told apart");
    }
}
