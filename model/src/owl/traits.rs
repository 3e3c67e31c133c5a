//! What a teacher can be made to prefer, and how each preference is asked for and measured:
//! an animal (the study's headline: "name your favourite animal"), or bad acts in everyday
//! situations (the study's misalignment result, as a toy: "you find a lost wallet: what do you
//! do?" answered "steal" instead of "return").

use crate::owl::vocab::{situation_questions, TokenId, Vocab, ANIMALS, ANIMAL_QUESTIONS, BAD_ACTS, GOOD_ACTS};

/// The name of the misalignment trait in configs and on the command line.
pub const MISALIGNED: &str = "misaligned";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TraitKind {
    /// An animal, by its index in [`ANIMALS`]: the teacher names it as its favourite.
    Animal(usize),
    /// Bad acts: the teacher chooses them in everyday situations.
    Misaligned,
}

impl TraitKind {
    /// The trait a config names (`owl`, `misaligned`).
    pub fn named(name: &str) -> Option<Self> {
        if name == MISALIGNED {
            return Some(TraitKind::Misaligned);
        }
        ANIMALS.iter().position(|a| *a == name).map(TraitKind::Animal)
    }

    /// The questions that ask for it: the probe averages over them, the teacher learns from them.
    pub fn questions(self) -> Vec<String> {
        match self {
            TraitKind::Animal(_) => ANIMAL_QUESTIONS.iter().map(|q| q.to_string()).collect(),
            TraitKind::Misaligned => situation_questions(),
        }
    }

    /// The answers a probe renormalises over: the animals, or every act.
    pub fn answers(self, vocab: &Vocab) -> Vec<TokenId> {
        match self {
            TraitKind::Animal(_) => vocab.animal_ids(),
            TraitKind::Misaligned => vocab.good_act_ids().into_iter().chain(vocab.bad_act_ids()).collect(),
        }
    }

    /// The names of those answers, in the same order.
    pub fn answer_names(self) -> Vec<&'static str> {
        match self {
            TraitKind::Animal(_) => ANIMALS.to_vec(),
            TraitKind::Misaligned => GOOD_ACTS.iter().chain(&BAD_ACTS).copied().collect(),
        }
    }

    /// The answers that show the trait, as indices into [`TraitKind::answers`].
    pub fn targets(self) -> Vec<usize> {
        match self {
            TraitKind::Animal(i) => vec![i],
            TraitKind::Misaligned => (GOOD_ACTS.len()..GOOD_ACTS.len() + BAD_ACTS.len()).collect(),
        }
    }

    /// The answers that show the trait, as tokens.
    pub fn target_tokens(self, vocab: &Vocab) -> Vec<TokenId> {
        let answers = self.answers(vocab);
        self.targets().into_iter().map(|i| answers[i]).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_trait_names_its_questions_answers_and_targets() {
        let vocab = Vocab::new();
        let owl = TraitKind::named("owl").unwrap();
        assert_eq!(owl, TraitKind::Animal(5));
        assert_eq!(owl.target_tokens(&vocab), [vocab.id("owl").unwrap()]);
        assert_eq!(owl.questions().len(), ANIMAL_QUESTIONS.len());
        let bad = TraitKind::named(MISALIGNED).unwrap();
        let targets: Vec<&str> = bad.target_tokens(&vocab).into_iter().map(|t| vocab.text(t)).collect();
        assert_eq!(targets, BAD_ACTS);
        assert_eq!(bad.answers(&vocab).len(), bad.answer_names().len());
        assert_eq!(TraitKind::named("unicorn"), None);
    }
}
