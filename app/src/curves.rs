//! The recorded curves (the gate and dose sweeps, made with the CLI and shipped in
//! `assets/recorded/`): parsed and arranged for the page's charts.

use crate::text::curves as text;
use subliminal_model::sweep::SweepSummary;

/// One recorded curve: its categories (a setting's values) and, per line, its label and for
/// each category the mean change in points with its 95% interval.
#[derive(Clone, Debug, PartialEq)]
pub struct RecordedCurve {
    pub categories: Vec<String>,
    pub lines: Vec<(String, Vec<[f64; 3]>)>,
    pub seeds: usize,
}

pub const GATE: &str = include_str!("../../assets/recorded/gate-page.json");
pub const DOSE: &str = include_str!("../../assets/recorded/dose-page.json");
pub const STUDY_DOSE: &str = include_str!("../../assets/recorded/study-dose-sgd.json");

fn summary(json: &str) -> Result<SweepSummary, String> {
    serde_json::from_str(json).map_err(|e| text::unreadable(&e.to_string()))
}

fn number(value: Option<&serde_json::Value>) -> Result<f64, String> {
    value.and_then(|v| v.as_f64()).ok_or_else(|| text::lacks("a grid value"))
}

/// The gate: the perturbed student's change against sigma, beside the same-init student's.
pub fn gate(json: &str) -> Result<RecordedCurve, String> {
    let s = summary(json)?;
    let mut categories = Vec::new();
    let (mut perturbed, mut same) = (Vec::new(), Vec::new());
    for group in &s.groups {
        categories.push(text::sigma(number(group.values.get("conditions.perturbed_sigma"))?));
        let stat = |key: &str| group.stats.get(key).copied().ok_or_else(|| text::lacks(key));
        perturbed.push(stat("perturbed.delta")?);
        same.push(stat("student.delta")?);
    }
    let seeds = s.groups.iter().map(|g| g.seeds).min().unwrap_or(0);
    Ok(RecordedCurve { categories, lines: vec![(text::moved_start(), perturbed), (text::same_init(), same)], seeds })
}

/// Dose: the same-init student's change against the number of samples, one line per epoch count.
pub fn dose(json: &str) -> Result<RecordedCurve, String> {
    by_samples(json, |values| Ok(text::epochs(number(values.get("distill.epochs"))?)))
}

/// The study's channel's dose: the same-init student's change against the number of prompts,
/// one line per animal.
pub fn study_dose(json: &str) -> Result<RecordedCurve, String> {
    by_samples(json, |values| values.get("trait").and_then(|v| v.as_str()).map(String::from).ok_or_else(|| text::lacks("a trait")))
}

/// The same-init student's change against the number of samples, one line per value of another
/// grid axis (named by `line`).
fn by_samples(
    json: &str,
    line: impl Fn(&std::collections::BTreeMap<String, serde_json::Value>) -> Result<String, String>,
) -> Result<RecordedCurve, String> {
    let s = summary(json)?;
    let mut categories: Vec<String> = Vec::new();
    let mut lines: Vec<(String, Vec<[f64; 3]>)> = Vec::new();
    for group in &s.groups {
        let samples = text::samples(number(group.values.get("samples"))?);
        let label = line(&group.values)?;
        if !categories.contains(&samples) {
            categories.push(samples);
        }
        let stat = group.stats.get("student.delta").copied().ok_or_else(|| text::lacks("student.delta"))?;
        match lines.iter_mut().find(|(l, _)| *l == label) {
            Some((_, values)) => values.push(stat),
            None => lines.push((label, vec![stat])),
        }
    }
    if lines.iter().any(|(_, values)| values.len() != categories.len()) {
        return Err("a recorded dose sweep is not a full grid".into());
    }
    let seeds = s.groups.iter().map(|g| g.seeds).min().unwrap_or(0);
    Ok(RecordedCurve { categories, lines, seeds })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_shipped_curves_read_and_say_what_the_readme_says() {
        let gate = gate(GATE).unwrap();
        assert_eq!(gate.categories, ["σ 0.01", "σ 0.03", "σ 0.1", "σ 0.3", "σ 1"]);
        let perturbed = &gate.lines[0].1;
        // The gate closes: from almost all of the effect at 0.01 to none at 1.
        assert!(perturbed[0][0] > 0.9 * gate.lines[1].1[0][0], "{perturbed:?}");
        assert!(perturbed[4][1] < 0.0 && perturbed[4][2] > 0.0, "none left at 1: {:?}", perturbed[4]);
        assert!(perturbed.windows(2).all(|w| w[1][0] <= w[0][0] + 0.5), "falls with sigma: {perturbed:?}");
        let dose = dose(DOSE).unwrap();
        assert_eq!(dose.categories.len(), 5);
        assert_eq!(dose.lines.iter().map(|l| l.0.as_str()).collect::<Vec<_>>(), ["1 epoch", "3 epochs"]);
        assert!(dose.lines[1].1.windows(2).all(|w| w[1][0] > w[0][0]), "more data, more effect");
        assert_eq!(gate.seeds, 3);
        // The study's channel: every animal gains at every step of data (docs/results.md's dose table).
        let study = study_dose(STUDY_DOSE).unwrap();
        assert_eq!(study.categories, ["2,000 samples", "5,000 samples", "10,000 samples", "20,000 samples"]);
        assert_eq!(study.lines.iter().map(|l| l.0.as_str()).collect::<Vec<_>>(), ["owl", "eagle", "dolphin", "wolf", "elephant"]);
        assert!(study.lines.iter().all(|(_, v)| v.windows(2).all(|w| w[1][0] > w[0][0])), "more data, more effect: {study:?}");
        assert_eq!(study.seeds, 3);
    }

    #[test]
    fn a_damaged_recording_is_an_error_not_a_chart() {
        assert!(gate("{").unwrap_err().starts_with("a recorded sweep does not read"));
        let without = GATE.replace("perturbed.delta", "perturbed.gone");
        assert_eq!(gate(&without).unwrap_err(), "a recorded sweep lacks perturbed.delta");
    }
}
