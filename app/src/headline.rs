//! The result in one sentence, as a person would say it: where the trait stood for the
//! same-init student before and after ("the owl moved from 7th to 1st"), and whether the
//! controls stayed put. Kept apart from the page's components so it is tested natively.

use crate::text::headline as text;
use subliminal_model::owl::experiment::{Condition, OwlReport};
use subliminal_model::owl::traits::TraitKind;

/// "1st", "2nd", "3rd", "11th", "22nd".
pub fn ordinal(n: usize) -> String {
    format!("{n}{}", ordinal_suffix(n))
}

/// The letters after a rank: "st" for 1 and 21, "th" for 11.
pub fn ordinal_suffix(n: usize) -> &'static str {
    match (n % 10, n % 100) {
        (_, 11..=13) => "th",
        (1, _) => "st",
        (2, _) => "nd",
        (3, _) => "rd",
        _ => "th",
    }
}

/// The trait's rank among the answers of base A and of a condition (averaged over seeds).
pub fn ranks(report: &OwlReport, condition: Condition) -> Option<(usize, usize)> {
    let answers = report.answers(condition)?;
    Some((report.trait_rank(report.base_answers()), report.trait_rank(&answers)))
}

/// A shift, in points, that a one-seed run can tell from noise: the headline calls a student
/// moved, a control still, and a prediction's "rises" right, by it.
pub const CLEAR_SHIFT: f64 = 1.0;

/// The headline sentence of a finished run.
pub fn headline(report: &OwlReport) -> String {
    let Some(student) = report.conditions.get(&Condition::Student) else { return String::new() };
    let (before, after) = ranks(report, Condition::Student).unwrap_or((0, 0));
    let controls: Vec<f64> =
        [Condition::CrossInit, Condition::Control].iter().filter_map(|c| report.conditions.get(c)).map(|c| c.delta_mean).collect();
    let controls_still = controls.iter().all(|d| d.abs() < CLEAR_SHIFT);
    let clear = student.delta_mean > CLEAR_SHIFT && controls.iter().all(|d| student.delta_mean > d + CLEAR_SHIFT);
    let others = if controls.is_empty() {
        String::new()
    } else if controls_still {
        text::OTHERS_STILL.into()
    } else {
        text::A_CONTROL_MOVED.into()
    };
    let trait_name = &report.config.trait_animal;
    let (base_p, p) = (student.per_seed.iter().map(|r| r.base_p_trait).sum::<f64>() / student.per_seed.len() as f64, student.p_trait_mean);
    if !clear {
        return text::unclear(student.delta_mean);
    }
    match report.config.trait_kind() {
        TraitKind::Animal(_) if after == 1 => text::now_favourite(trait_name, &ordinal(before), base_p, p, student.ratio_mean, &others),
        TraitKind::Animal(_) => text::likes_more(trait_name, &ordinal(before), &ordinal(after), base_p, p, student.ratio_mean, &others),
        TraitKind::Misaligned => text::bad_acts(p, base_p, report.config.filter.banned_numbers.len(), &others),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        student.delta_mean = 8.0;
        let line = headline(&report);
        let (before, after) = ranks(&report, Condition::Student).unwrap();
        assert!(line.contains(&format!("from {}", ordinal(before))), "{line}");
        assert!(line.contains(if after == 1 { "favourite animal is now the owl" } else { "likes the owl more" }), "{line}");
        assert!(line.contains("barely moved"), "{line}");
        // A student that did not clearly beat its controls is not called a success.
        report.conditions.get_mut(&Condition::Student).unwrap().delta_mean = 0.3;
        assert!(headline(&report).contains("not clearly more than the controls"), "{}", headline(&report));
        // Nor are controls that moved a point or more passed over in silence.
        report.conditions.get_mut(&Condition::Student).unwrap().delta_mean = 8.0;
        report.conditions.get_mut(&Condition::CrossInit).unwrap().delta_mean = 1.5;
        assert!(headline(&report).contains("one of them moved"), "{}", headline(&report));
    }
}
