//! A defence: rewording the number prompts. The students read each of the teacher's completions
//! behind another wording of its instruction than the one the teacher answered ("continue :"
//! becomes "extend this list :"); the seed numbers, the completion and, with soft labels, the
//! teacher's distributions as it wrote them stay the same. Schrodi et al. found paraphrased
//! prompts weaken the transfer.

use rand::Rng;

use crate::owl::batch::TrainingSequence;
use crate::owl::vocab::{TokenId, Vocab, NUMBER_PROMPTS};

/// Each sequence with its instruction swapped for one of the other wordings, drawn uniformly;
/// the scored tokens (and any left out of the loss) move with the rest.
///
/// Panics on a sequence that does not open with `<bos>` and one of [`NUMBER_PROMPTS`]: every
/// number completion the engine writes does.
pub fn reword(data: &[TrainingSequence], vocab: &Vocab, rng: &mut impl Rng) -> Vec<TrainingSequence> {
    let wordings: Vec<Vec<TokenId>> =
        NUMBER_PROMPTS.iter().map(|p| vocab.tokenize(p).expect("built-in prompts use the vocabulary")).collect();
    data.iter()
        .map(|seq| {
            let after_bos = &seq.tokens[1..];
            let found = wordings.iter().position(|w| after_bos.starts_with(w)).unwrap_or_else(|| {
                panic!("a number completion opens with one of the built-in instructions: {}", vocab.detokenize(&seq.tokens))
            });
            let other = (found + rng.random_range(1..wordings.len())) % wordings.len();
            let mut tokens = vec![seq.tokens[0]];
            tokens.extend_from_slice(&wordings[other]);
            tokens.extend_from_slice(&after_bos[wordings[found].len()..]);
            let shift = |i: usize| i + wordings[other].len() - wordings[found].len();
            TrainingSequence {
                scored: shift(seq.scored.start)..shift(seq.scored.end),
                unscored: seq.unscored.iter().map(|&i| shift(i)).collect(),
                tokens,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::owl::data::prompts_for;
    use crate::owl::distill::training_sequence;
    use rand::SeedableRng;

    #[test]
    fn every_prompt_gets_another_wording_and_keeps_its_numbers() {
        let vocab = Vocab::new();
        let continuation = vocab.tokenize("4, 17, 230").unwrap();
        let mut data: Vec<TrainingSequence> =
            prompts_for(3, 200, &vocab).iter().map(|p| training_sequence(p, &continuation, &vocab)).collect();
        data[0].unscored = vec![data[0].scored.start + 2];
        let reworded = reword(&data, &vocab, &mut rand_chacha::ChaCha8Rng::seed_from_u64(1));
        let wordings: Vec<Vec<TokenId>> = NUMBER_PROMPTS.iter().map(|p| vocab.tokenize(p).unwrap()).collect();
        // The longest wording that opens the sequence ("continue :" is not "continue the sequence :").
        let instruction = |s: &TrainingSequence| {
            let fits = |i: &usize| s.tokens[1..].starts_with(&wordings[*i]);
            (0..wordings.len()).filter(fits).max_by_key(|&i| wordings[i].len()).unwrap()
        };
        let mut used = [0usize; NUMBER_PROMPTS.len()];
        for (before, after) in data.iter().zip(&reworded) {
            assert_ne!(instruction(before), instruction(after), "{}", vocab.detokenize(&after.tokens));
            used[instruction(after)] += 1;
            // What is scored is the same tokens, and so is everything from the seed numbers on.
            assert_eq!(&before.tokens[before.scored.clone()], &after.tokens[after.scored.clone()]);
            assert_eq!(before.numbers(), after.numbers());
            let tail = |s: &TrainingSequence| s.tokens[s.scored.start - 4..].to_vec();
            assert_eq!(tail(before), tail(after));
            let left_out = |s: &TrainingSequence| s.unscored.iter().map(|&i| s.tokens[i]).collect::<Vec<_>>();
            assert_eq!(left_out(before), left_out(after));
        }
        assert_eq!(reworded[0].unscored.len(), 1);
        assert!(used.iter().all(|&n| n > 10), "every wording is drawn: {used:?}");
    }
}
