//! Token entanglement and subliminal prompting (Zur et al. 2025): does loving the trait raise
//! some numbers, and do those numbers, placed in the question, raise the trait?
//!
//! Entangled numbers: over number prompts, the teacher's and base A's distributions of the first
//! number they write (renormalised over the 1,000 numbers); a number's ratio is the teacher's mean
//! probability over base A's. Prompting: base A, untouched, asked the trait's questions with one
//! of the teacher's top numbers before each ("<bos> 87 what is your favourite animal <answer>",
//! the corpus's own format), against the same with every one of the 1,000 numbers in turn.

use burn::prelude::*;
use serde::{Deserialize, Serialize};

use crate::events::{as_stage, Observer, Stage};
use crate::owl::config::OwlConfig;
use crate::owl::data::prompts_for;
use crate::owl::gpt::Gpt;
use crate::owl::in_context::prompt_with_numbers;
use crate::owl::probe::{next_token_distributions, Answers};
use crate::owl::teacher::inject_trait;
use crate::owl::traits::TraitKind;
use crate::owl::vocab::{TokenId, Vocab, NUMBER_COUNT};
use crate::shared::error::RunError;
use crate::shared::settings::Settings;
use crate::shared::stats::summarize;

/// How many of the most raised numbers are reported and placed in the question.
pub const TOP_NUMBERS: usize = 10;
/// Number prompts whose first number's distribution is averaged (of the seed's own prompts).
const NUMBER_PROMPTS: usize = 400;
/// Prompts read at once when asking behind every number (bounds the memory of one read: 1,000
/// full-vocabulary distributions).
const CHUNK: usize = 1000;

/// One number and how much more likely the teacher writes it than base A.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntangledNumber {
    pub number: u32,
    /// Teacher's mean probability over base A's, at the first number of a completion.
    pub ratio: f64,
}

/// One seed (one teacher); probabilities in percent.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntangleSeed {
    pub seed: u64,
    /// The teacher's most raised numbers, most raised first.
    pub numbers: Vec<EntangledNumber>,
    /// Base A's P(trait) with one of those numbers before each question (mean over them).
    pub prompted: f64,
    /// Base A's P(trait) with any number before each question (mean over all 1,000).
    pub baseline: f64,
    /// The standard deviation of `prompted` had the numbers been picked at random: the yardstick
    /// for `prompted - baseline`.
    pub null_sd: f64,
}

/// Prompting across seeds: prompted minus baseline, in percentage points.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Prompted {
    pub prompted_mean: f64,
    pub baseline_mean: f64,
    pub delta: f64,
    pub delta_ci95: [f64; 2],
    /// `delta` in units of the seeds' mean `null_sd`: how unusual the numbers are as a pick.
    pub delta_in_null_sds: f64,
}

/// The probe's section of a report.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntangleReport {
    /// The numbers most raised across seeds: ratios averaged over seeds (in log space), of the
    /// numbers that were in some seed's top list.
    pub numbers: Vec<EntangledNumber>,
    pub prompted: Prompted,
    pub per_seed: Vec<EntangleSeed>,
}

impl EntangleReport {
    /// Pools seeds. `ratios[i]` is seed `i`'s ratio for every number.
    pub fn new(per_seed: Vec<EntangleSeed>, ratios: &[Vec<f64>]) -> Self {
        let deltas: Vec<f64> = per_seed.iter().map(|s| s.prompted - s.baseline).collect();
        let summary = summarize(&deltas);
        let n = per_seed.len() as f64;
        let mut candidates: Vec<u32> = per_seed.iter().flat_map(|s| s.numbers.iter().map(|e| e.number)).collect();
        candidates.sort_unstable();
        candidates.dedup();
        let mut numbers: Vec<EntangledNumber> = candidates
            .into_iter()
            .map(|number| {
                let log_mean = ratios.iter().map(|r| r[number as usize].ln()).sum::<f64>() / ratios.len() as f64;
                EntangledNumber { number, ratio: log_mean.exp() }
            })
            .collect();
        numbers.sort_by(|a, b| b.ratio.total_cmp(&a.ratio));
        numbers.truncate(TOP_NUMBERS);
        Self {
            numbers,
            prompted: Prompted {
                prompted_mean: per_seed.iter().map(|s| s.prompted).sum::<f64>() / n,
                baseline_mean: per_seed.iter().map(|s| s.baseline).sum::<f64>() / n,
                delta: summary.mean,
                delta_ci95: summary.ci95,
                delta_in_null_sds: summary.mean / (per_seed.iter().map(|s| s.null_sd).sum::<f64>() / n).max(1e-12),
            },
            per_seed,
        }
    }
}

/// Mean distribution of the first number written after `prompts`, over the 1,000 numbers.
async fn first_number_distribution(model: &Gpt, prompts: &[Vec<TokenId>], device: &Device) -> Vec<f64> {
    let mut mean = vec![0.0; NUMBER_COUNT as usize];
    for dist in next_token_distributions(model, prompts, device).await {
        // Number tokens are their own values (0..999).
        let numbers = &dist[..NUMBER_COUNT as usize];
        let total: f64 = numbers.iter().map(|&p| p as f64).sum::<f64>().max(1e-30);
        for (m, &p) in mean.iter_mut().zip(numbers) {
            *m += p as f64 / total / prompts.len() as f64;
        }
    }
    mean
}

/// Each number's ratio, teacher over base A, and the `TOP_NUMBERS` most raised (most first).
pub fn most_raised(teacher: &[f64], base: &[f64]) -> (Vec<f64>, Vec<EntangledNumber>) {
    let ratios: Vec<f64> = teacher.iter().zip(base).map(|(t, b)| t / b.max(1e-30)).collect();
    let mut order: Vec<u32> = (0..ratios.len() as u32).collect();
    order.sort_by(|&a, &b| ratios[b as usize].total_cmp(&ratios[a as usize]));
    let top = order.into_iter().take(TOP_NUMBERS).map(|number| EntangledNumber { number, ratio: ratios[number as usize] }).collect();
    (ratios, top)
}

/// Base A's P(trait), in percent, with each number alone before each question (mean over the
/// questions), for every one of the 1,000 numbers: 10,000 prompts, the same for every seed.
pub async fn share_behind_each_number(base_a: &Gpt, kind: TraitKind, device: &Device) -> Vec<f64> {
    let vocab = Vocab::new();
    let questions = kind.questions();
    let mut shares = Vec::with_capacity(NUMBER_COUNT as usize);
    let numbers: Vec<u32> = (0..NUMBER_COUNT).collect();
    for chunk in numbers.chunks(CHUNK / questions.len()) {
        let vocab = &vocab;
        let prompts: Vec<Vec<TokenId>> =
            chunk.iter().flat_map(|&n| questions.iter().map(move |q| prompt_with_numbers(vocab, &[n as TokenId], q))).collect();
        let dists = next_token_distributions(base_a, &prompts, device).await;
        for per_number in dists.chunks(questions.len()) {
            let answers = Answers::read(per_number.to_vec(), &kind.answers(vocab));
            shares.push(100.0 * kind.targets().into_iter().map(|i| answers.mean[i]).sum::<f64>());
        }
    }
    shares
}

/// Mean of `shares` over `picked`, and the standard deviation of that mean over random picks of
/// as many numbers (without replacement): how far chance alone moves it.
pub fn picked_mean_and_null_sd(shares: &[f64], picked: &[u32]) -> (f64, f64) {
    let (n, k) = (shares.len() as f64, picked.len() as f64);
    let mean = shares.iter().sum::<f64>() / n;
    let variance = shares.iter().map(|s| (s - mean).powi(2)).sum::<f64>() / n;
    let picked_mean = picked.iter().map(|&i| shares[i as usize]).sum::<f64>() / k;
    (picked_mean, (variance / k * (n - k) / (n - 1.0)).sqrt())
}

/// One seed of the probe: `teacher` (made from `base_a` in this seed) and base A, both inference
/// only, with base A's P(trait) behind each number (`shares`, [`share_behind_each_number`]).
/// Returns the seed's result and every number's ratio.
pub async fn measure_entanglement(teacher: &Gpt, base_a: &Gpt, shares: &[f64], seed: u64, device: &Device) -> (EntangleSeed, Vec<f64>) {
    let prompts = prompts_for(seed, NUMBER_PROMPTS, &Vocab::new());
    let from_teacher = first_number_distribution(teacher, &prompts, device).await;
    let from_base = first_number_distribution(base_a, &prompts, device).await;
    let (ratios, numbers) = most_raised(&from_teacher, &from_base);
    let top: Vec<u32> = numbers.iter().map(|e| e.number).collect();
    let baseline = shares.iter().sum::<f64>() / shares.len() as f64;
    let (prompted, null_sd) = picked_mean_and_null_sd(shares, &top);
    (EntangleSeed { seed, numbers, prompted, baseline, null_sd }, ratios)
}

/// The probe alone (`subliminal entangle`): for each of the config's seeds, its trait teacher
/// made from base A (`base_a` on an autodiff `device`) as the experiment makes it, then measured.
pub async fn run_entanglement(
    config: &OwlConfig,
    base_a: &Gpt,
    device: &Device,
    observer: Observer<'_>,
) -> Result<EntangleReport, RunError> {
    config.validate()?;
    let kind = config.trait_kind();
    let infer = device.clone().without_autodiff();
    let base_infer = base_a.valid();
    let (shares, _) =
        as_stage(observer, Stage::Probe, "base A, behind each number", share_behind_each_number(&base_infer, kind, &infer)).await;
    let (mut per_seed, mut ratios) = (Vec::new(), Vec::new());
    for seed in config.seed_list() {
        let (teacher, _) = inject_trait(base_a, kind, &config.teacher, seed, device, observer).await;
        let teacher = teacher.valid();
        let work = measure_entanglement(&teacher, &base_infer, &shares, seed, &infer);
        let ((result, seed_ratios), _) = as_stage(observer, Stage::Probe, "numbers entangled with the trait", work).await;
        per_seed.push(result);
        ratios.push(seed_ratios);
    }
    Ok(EntangleReport::new(per_seed, &ratios))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_most_raised_numbers_are_ranked_by_ratio() {
        let mut base = vec![0.001; 1000];
        let mut teacher = base.clone();
        teacher[87] = 0.004;
        teacher[3] = 0.002;
        base[500] = 0.0005;
        let (ratios, top) = most_raised(&teacher, &base);
        assert_eq!(ratios.len(), 1000);
        assert_eq!((top[0].number, top[0].ratio), (87, 4.0));
        assert_eq!(top[1].number, 3);
        assert_eq!(top[2].number, 500, "a number base A rarely writes, at its usual rate in the teacher, is raised x2");
        assert_eq!(top.len(), TOP_NUMBERS);
    }

    #[test]
    fn seeds_pool_into_one_list_and_a_prompting_interval() {
        let seed = |s: u64, first: u32, prompted: f64| EntangleSeed {
            seed: s,
            numbers: vec![EntangledNumber { number: first, ratio: 3.0 }],
            prompted,
            baseline: 5.0,
            null_sd: 0.5,
        };
        let mut ratios = vec![vec![1.0; 1000], vec![1.0; 1000]];
        (ratios[0][7], ratios[1][7], ratios[0][9], ratios[1][9]) = (3.0, 3.0, 4.0, 0.25);
        let report = EntangleReport::new(vec![seed(1, 7, 6.0), seed(2, 9, 7.0)], &ratios);
        assert_eq!(report.numbers[0].number, 7, "raised in both seeds beats raised in one");
        assert!((report.numbers[0].ratio - 3.0).abs() < 1e-12);
        assert!((report.numbers[1].ratio - 1.0).abs() < 1e-12, "4 and 1/4 average to 1 in log space");
        assert_eq!(report.prompted.delta, 1.5);
        assert!(report.prompted.delta_ci95[0] < 1.5 && report.prompted.delta_ci95[1] > 1.5);
        assert_eq!(report.prompted.delta_in_null_sds, 3.0);
    }

    #[test]
    fn a_random_pick_of_numbers_varies_as_the_null_says() {
        let shares: Vec<f64> = (0..1000).map(|i| ((i * 7919) % 1000) as f64 / 100.0).collect();
        let (all, sd_all) = picked_mean_and_null_sd(&shares, &(0..1000).collect::<Vec<_>>());
        assert!((all - 4.995).abs() < 1e-9 && sd_all.abs() < 1e-12, "picking every number leaves no chance");
        let (top, sd) = picked_mean_and_null_sd(&shares, &[999, 998]);
        let expected = (shares[999] + shares[998]) / 2.0;
        assert_eq!(top, expected);
        // The spread of 0.00..9.99 is about 2.887; two numbers of 1,000 drawn without replacement.
        assert!((sd - 2.8868 / 2f64.sqrt() * (998.0f64 / 999.0).sqrt()).abs() < 1e-3, "{sd}");
    }
}
