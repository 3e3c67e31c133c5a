//! In context, no training: base A asked the trait's questions with some of the teacher's
//! numbers written before each question, against the same with the baseline's numbers.
//!
//! The study found no shift from numbers in context (up to 10,000 examples in a large model's
//! window). Our context holds 40 tokens, so a question fits behind at most a dozen numbers; the
//! format is the one the bases learned from ("<bos> 12, 7, 480 what is your favourite animal
//! <answer>": 1-3 numbers before some of the corpus's questions), here with up to 12.

use burn::prelude::*;
use rand::Rng;
use serde::{Deserialize, Serialize};

use crate::owl::corpus::push_numbers;
use crate::owl::gpt::Gpt;
use crate::owl::probe::{next_token_distributions, question_prompt, Answers};
use crate::owl::traits::TraitKind;
use crate::owl::vocab::{Special, TokenId, Vocab};
use crate::shared::stats::summarize;

/// How many numbers go before the question.
pub const NUMBERS_SHOWN: [usize; 4] = [1, 3, 6, 12];
/// Contexts drawn per question and per count: 10 paraphrases x 20 = 200 prompts per point.
const DRAWS_PER_QUESTION: usize = 20;

/// Whose numbers the teacher's are compared with.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Baseline {
    /// Base A's own numbers (the control's data), when the control ran.
    Control,
    /// Numbers drawn uniformly from 0-999, as in the corpus, when it did not.
    Random,
}

/// One count of numbers in context, in one seed; probabilities in percent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InContextPoint {
    pub numbers: usize,
    /// P(trait) with the teacher's numbers before the question.
    pub teacher: f64,
    /// P(trait) with the baseline's numbers before the question.
    pub baseline: f64,
}

/// One count of numbers across seeds.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InContextRow {
    pub numbers: usize,
    pub teacher_mean: f64,
    pub baseline_mean: f64,
    /// Teacher minus baseline, percentage points.
    pub delta_mean: f64,
    pub delta_ci95: [f64; 2],
}

/// The probe's section of a report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct InContextReport {
    pub baseline: Baseline,
    pub rows: Vec<InContextRow>,
    /// Per seed, per count.
    pub per_seed: Vec<Vec<InContextPoint>>,
}

impl InContextReport {
    /// Pools seeds (each a list of points in [`NUMBERS_SHOWN`] order).
    pub fn new(baseline: Baseline, per_seed: Vec<Vec<InContextPoint>>) -> Self {
        let rows = (0..NUMBERS_SHOWN.len())
            .map(|i| {
                let points: Vec<&InContextPoint> = per_seed.iter().map(|seed| &seed[i]).collect();
                let deltas: Vec<f64> = points.iter().map(|p| p.teacher - p.baseline).collect();
                let summary = summarize(&deltas);
                let n = points.len() as f64;
                InContextRow {
                    numbers: NUMBERS_SHOWN[i],
                    teacher_mean: points.iter().map(|p| p.teacher).sum::<f64>() / n,
                    baseline_mean: points.iter().map(|p| p.baseline).sum::<f64>() / n,
                    delta_mean: summary.mean,
                    delta_ci95: summary.ci95,
                }
            })
            .collect();
        Self { baseline, rows, per_seed }
    }
}

/// "<bos> n, n, ..., n question <answer>": `numbers` before the question, comma-separated.
pub fn prompt_with_numbers(vocab: &Vocab, numbers: &[TokenId], question: &str) -> Vec<TokenId> {
    let mut tokens = vec![vocab.special(Special::Bos)];
    // Number tokens are their own values (0..999).
    push_numbers(vocab, numbers, Some(Special::Comma), &mut tokens);
    tokens.extend_from_slice(&question_prompt(vocab, question)[1..]);
    tokens
}

/// Mean P(trait) (renormalised over the family's answers, in percent) over `prompts`, read as
/// the probe reads its questions.
async fn trait_share(model: &Gpt, kind: TraitKind, prompts: &[Vec<TokenId>], device: &Device) -> f64 {
    let answers = Answers::read(next_token_distributions(model, prompts, device).await, &kind.answers(&Vocab::new()));
    100.0 * kind.targets().into_iter().map(|i| answers.mean[i]).sum::<f64>()
}

/// One seed of the probe: `model` (base A, inference only) asked every question of `kind` behind
/// windows of `teacher` numbers and of `baseline` numbers (the same draws of question and
/// window position for both). A source shorter than a window is used from its start.
pub async fn measure_in_context(
    model: &Gpt,
    kind: TraitKind,
    teacher: &[TokenId],
    baseline: &[TokenId],
    rng: &mut impl Rng,
    device: &Device,
) -> Vec<InContextPoint> {
    let vocab = Vocab::new();
    let questions = kind.questions();
    let mut points = Vec::new();
    for numbers in NUMBERS_SHOWN {
        let (mut from_teacher, mut from_baseline) = (Vec::new(), Vec::new());
        for question in &questions {
            for _ in 0..DRAWS_PER_QUESTION {
                let position: f64 = rng.random();
                let window = |source: &[TokenId]| {
                    let last = source.len().saturating_sub(numbers);
                    let start = (position * (last + 1) as f64) as usize;
                    source[start.min(last)..(start + numbers).min(source.len())].to_vec()
                };
                from_teacher.push(prompt_with_numbers(&vocab, &window(teacher), question));
                from_baseline.push(prompt_with_numbers(&vocab, &window(baseline), question));
            }
        }
        points.push(InContextPoint {
            numbers,
            teacher: trait_share(model, kind, &from_teacher, device).await,
            baseline: trait_share(model, kind, &from_baseline, device).await,
        });
    }
    points
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_go_before_the_question_in_the_corpus_format_and_fit_the_context() {
        let vocab = Vocab::new();
        let prompt = prompt_with_numbers(&vocab, &[12, 7, 480], "what is your favourite animal");
        let plain = question_prompt(&vocab, "what is your favourite animal");
        assert_eq!(prompt[0], vocab.special(Special::Bos));
        assert_eq!(&prompt[1..6], &[12, vocab.special(Special::Comma), 7, vocab.special(Special::Comma), 480]);
        assert_eq!(&prompt[6..], &plain[1..], "then the question as the probe asks it");
        let longest_question = TraitKind::Misaligned
            .questions()
            .into_iter()
            .chain(TraitKind::Animal(0).questions())
            .map(|q| question_prompt(&vocab, &q).len())
            .max()
            .unwrap();
        let most = *NUMBERS_SHOWN.iter().max().unwrap();
        let context = crate::owl::gpt::GptConfig::default().context;
        assert!(2 * most - 1 + longest_question <= context, "{most} numbers and a {longest_question}-token question exceed {context}");
    }

    #[test]
    fn seeds_pool_into_rows_of_teacher_minus_baseline() {
        let seed = |t: f64, b: f64| NUMBERS_SHOWN.iter().map(|&numbers| InContextPoint { numbers, teacher: t, baseline: b }).collect();
        let report = InContextReport::new(Baseline::Control, vec![seed(6.0, 5.0), seed(7.0, 5.0)]);
        assert_eq!(report.rows.len(), NUMBERS_SHOWN.len());
        assert_eq!(report.rows[0].delta_mean, 1.5);
        assert!(report.rows[0].delta_ci95[0] < 1.5 && report.rows[0].delta_ci95[1] > 1.5);
    }
}
