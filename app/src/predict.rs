//! Predict, run, reflect: the visitor's prediction before a run, and how it fared against the
//! result. People who commit to a prediction before they see a result understand it better.

use crate::i18n::signed;
use crate::text::predict as text;
use serde::{Deserialize, Serialize};
use subliminal_model::owl::report::{Condition, OwlReport};

use subliminal_model::owl::summary::CLEAR_SHIFT;

/// What the visitor expects of the next run (None: not answered).
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Prediction {
    /// Will the same-init student's P(trait) rise?
    pub same_init_rises: Option<bool>,
    /// Will the different-init student's?
    pub different_init_rises: Option<bool>,
    /// By how many points will the same-init student's rise?
    pub same_init_points: Option<f64>,
}

impl Prediction {
    pub fn is_empty(&self) -> bool {
        *self == Prediction::default()
    }
}

/// One question of the prediction, judged.
#[derive(Clone, Debug, PartialEq)]
pub struct Judged {
    pub question: String,
    pub predicted: String,
    pub measured: String,
    /// None where nothing was predicted, or the question asks for a number.
    pub right: Option<bool>,
}

fn yes_no(rises: bool) -> String {
    if rises {
        text::rises()
    } else {
        text::does_not_rise()
    }
}

/// The prediction against a finished run.
pub fn judge(prediction: &Prediction, report: &OwlReport) -> Vec<Judged> {
    let delta = |c: Condition| report.conditions.get(&c).map(|r| r.delta_mean);
    let mut out = Vec::new();
    for (question, predicted, condition) in [
        (text::same_init_rises(), prediction.same_init_rises, Condition::Student),
        (text::cross_init_rises(), prediction.different_init_rises, Condition::CrossInit),
    ] {
        let Some(measured) = delta(condition) else { continue };
        let rises = measured > CLEAR_SHIFT;
        out.push(Judged {
            question,
            predicted: predicted.map(yes_no).unwrap_or_else(text::no_answer),
            measured: text::measured(&yes_no(rises), measured),
            right: predicted.map(|p| p == rises),
        });
    }
    if let Some(measured) = delta(Condition::Student) {
        out.push(Judged {
            question: text::how_many_points(),
            predicted: prediction.same_init_points.map(|p| signed(p, 1)).unwrap_or_else(text::no_answer),
            measured: signed(measured, 1),
            right: None,
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recorded::{parse, OWL};

    #[test]
    fn a_prediction_is_judged_against_the_run_question_by_question() {
        let report = parse(OWL).unwrap().report;
        let student = report.conditions[&Condition::Student].delta_mean;
        let cross = report.conditions[&Condition::CrossInit].delta_mean;
        assert!(student > CLEAR_SHIFT && cross < CLEAR_SHIFT, "the recording shows the effect: {student} {cross}");
        let wrong = Prediction { same_init_rises: Some(false), different_init_rises: Some(true), same_init_points: Some(30.0) };
        let judged = judge(&wrong, &report);
        assert_eq!(judged.len(), 3);
        assert_eq!(judged[0].right, Some(false));
        assert_eq!(judged[1].right, Some(false));
        assert_eq!(judged[2].predicted, "+30.0");
        assert_eq!(judged[2].measured, format!("{student:+.1}"));
        assert_eq!(judged[0].measured, format!("rises ({student:+.1} points)"));
        let right = Prediction { same_init_rises: Some(true), different_init_rises: Some(false), same_init_points: None };
        let judged = judge(&right, &report);
        assert_eq!(judged.iter().map(|j| j.right).collect::<Vec<_>>(), [Some(true), Some(true), None]);
        assert_eq!(judged[2].predicted, "no answer");
        assert!(Prediction::default().is_empty() && !right.is_empty());
    }
}
