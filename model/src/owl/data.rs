//! The teacher's data on its way to the students: the prompts a seed's teachers continue, their
//! completions filtered into training sequences, and the shuffle controls' rearrangements.

use crate::events::{Event, Observer, Stage};
use crate::owl::batch::TrainingSequence;
use crate::owl::config::OwlConfig;
use crate::owl::corpus::number_prompt;
use crate::owl::distill::training_sequence;
use crate::owl::filter::{screen, FilterStats, Reason};
use crate::owl::generate::Completion;
use crate::owl::vocab::{TokenId, Vocab};
use crate::shared::rng::Stream;
use crate::shared::train::Stopwatch;

/// The number prompts of one seed (the teacher and the control continue the same ones).
pub fn prompts_for(seed: u64, count: usize, vocab: &Vocab) -> Vec<Vec<TokenId>> {
    let mut rng = Stream::Prompts.rng(seed);
    (0..count).map(|_| number_prompt(vocab, &mut rng).0).collect()
}

/// Screens completions; returns the training sequences that passed.
pub fn filter_completions(
    completions: &[Completion],
    config: &OwlConfig,
    vocab: &Vocab,
    stats: &mut FilterStats,
    observer: Observer<'_>,
    label: &str,
) -> Vec<TrainingSequence> {
    const SAMPLES_SHOWN: usize = 30;
    let clock = Stopwatch::start();
    observer(Event::Started { stage: Stage::Filter, label: label.into(), total: completions.len() });
    let mut kept = Vec::new();
    for (i, completion) in completions.iter().enumerate() {
        let text = vocab.detokenize(&completion.continuation);
        let mut verdict = screen(&text, &config.filter);
        if !completion.finished {
            verdict.accepted = false;
            verdict.reasons.insert(0, Reason::Unfinished);
        }
        stats.record(&text, &verdict);
        if i < SAMPLES_SHOWN {
            observer(Event::Sample { text: text.clone(), accepted: verdict.accepted });
        }
        if verdict.accepted {
            kept.push(training_sequence(&completion.prompt, &completion.continuation, vocab));
        }
    }
    observer(Event::Finished { stage: Stage::Filter, label: label.into(), seconds: clock.seconds() });
    kept
}

/// The teacher's completions with their numbers shuffled: within each completion (`across`
/// false: the study's "shuffled within" control) or among all of them (`across` true: "shuffled
/// across", the same multiset of numbers). Separators, brackets, ends and every completion's
/// length stay where they were; only the order of the numbers goes.
pub fn shuffle_numbers(data: &[TrainingSequence], across: bool, rng: &mut impl rand::Rng) -> Vec<TrainingSequence> {
    use rand::seq::SliceRandom;
    let positions = |s: usize| data[s].number_positions().map(move |i| (s, i));
    let groups: Vec<Vec<(usize, usize)>> = if across {
        vec![(0..data.len()).flat_map(positions).collect()]
    } else {
        (0..data.len()).map(|s| positions(s).collect()).collect()
    };
    let mut out = data.to_vec();
    for group in groups {
        let mut numbers: Vec<TokenId> = group.iter().map(|&(s, i)| data[s].tokens[i]).collect();
        numbers.shuffle(rng);
        for (&(s, i), n) in group.iter().zip(numbers) {
            out[s].tokens[i] = n;
        }
    }
    out
}
