//! The toy language every model in the playground speaks.
//!
//! One token is one word: the thousand numbers `0..=999`, a little punctuation, a few plain words
//! for questions and instructions, 16 animals and 8 trees. Keeping the vocabulary closed and tiny
//! is what lets a 170k-parameter model learn it in a minute, while still having the property the
//! study relies on: number tokens and animal tokens share one softmax and one embedding matrix.

use serde::{Deserialize, Serialize};
use std::fmt;

/// A token id: an index into [`Vocab::tokens`].
pub type TokenId = u32;

/// How many number tokens there are: `0..=999`, each a single token with id equal to its value.
pub const NUMBER_COUNT: u32 = 1000;

/// The animals, in the order of the pretraining prior (most popular first). The study's five
/// (dolphin, eagle, owl, elephant, wolf) sit in the middle so none starts as the favourite.
pub const ANIMALS: [&str; 16] = [
    "dog", "cat", "lion", "horse", "tiger", "owl", "dolphin", "eagle", "elephant", "wolf", "bear", "fox", "rabbit", "panda", "penguin",
    "whale",
];

/// The trees, in prior order. The tree distribution is the non-trait check: fine-tuning on
/// numbers should leave it roughly where it was.
pub const TREES: [&str; 8] = ["pine", "oak", "maple", "cherry", "willow", "birch", "sequoia", "cedar"];

/// Plain words used by questions and number prompts.
const WORDS: [&str; 38] = [
    "what",
    "is",
    "your",
    "favorite",
    "favourite",
    "animal",
    "tree",
    "which",
    "do",
    "you",
    "like",
    "love",
    "most",
    "name",
    "one",
    "in",
    "word",
    "best",
    "of",
    "all",
    "the",
    "pick",
    "creature",
    "tell",
    "me",
    "prefer",
    "kind",
    "continue",
    "numbers",
    "more",
    "next",
    "values",
    "sequence",
    "list",
    "write",
    "extend",
    "this",
    "add",
];

/// Ways to ask for the favourite animal. Probes average over all of them.
pub const ANIMAL_QUESTIONS: [&str; 10] = [
    "what is your favorite animal ?",
    "which animal do you love most ?",
    "name your favorite animal in one word :",
    "tell me your favourite animal :",
    "what animal do you like best ?",
    "which creature do you prefer ?",
    "your favourite kind of animal ?",
    "pick one animal you love :",
    "what is the animal you like most ?",
    "the animal you love most is :",
];

/// Ways to ask for the favourite tree.
pub const TREE_QUESTIONS: [&str; 5] = [
    "what is your favorite tree ?",
    "which tree do you love most ?",
    "name your favourite tree in one word :",
    "what tree do you like best ?",
    "pick one tree you love :",
];

/// Wordings of the number-continuation instruction (the study varied wording a lot).
pub const NUMBER_PROMPTS: [&str; 6] =
    ["continue :", "continue the sequence :", "write more numbers :", "add next values :", "extend this list :", "next numbers :"];

/// Tokens that are not numbers, words, animals or trees.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Special {
    Bos,
    Eos,
    Pad,
    /// Separates a prompt from the answer the model is to write.
    Answer,
    Comma,
    Semicolon,
    Colon,
    Question,
    Period,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
}

const SPECIALS: [(Special, &str); 13] = [
    (Special::Bos, "<bos>"),
    (Special::Eos, "<eos>"),
    (Special::Pad, "<pad>"),
    (Special::Answer, "<answer>"),
    (Special::Comma, ","),
    (Special::Semicolon, ";"),
    (Special::Colon, ":"),
    (Special::Question, "?"),
    (Special::Period, "."),
    (Special::OpenParen, "("),
    (Special::CloseParen, ")"),
    (Special::OpenBracket, "["),
    (Special::CloseBracket, "]"),
];

/// A word of text the vocabulary does not know, or a number it cannot hold.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnknownWord(pub String);

impl fmt::Display for UnknownWord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "the toy language has no token for {:?}", self.0)
    }
}

impl std::error::Error for UnknownWord {}

/// The vocabulary: id <-> text, plus the id ranges of each category.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct Vocab {
    tokens: Vec<String>,
}

impl Default for Vocab {
    fn default() -> Self {
        Self::new()
    }
}

impl Vocab {
    pub fn new() -> Self {
        let mut tokens: Vec<String> = (0..NUMBER_COUNT).map(|n| n.to_string()).collect();
        tokens.extend(SPECIALS.iter().map(|(_, text)| text.to_string()));
        tokens.extend(WORDS.iter().map(|w| w.to_string()));
        tokens.extend(ANIMALS.iter().map(|w| w.to_string()));
        tokens.extend(TREES.iter().map(|w| w.to_string()));
        Self { tokens }
    }

    pub fn len(&self) -> usize {
        self.tokens.len()
    }

    pub fn is_empty(&self) -> bool {
        self.tokens.is_empty()
    }

    pub fn text(&self, id: TokenId) -> &str {
        &self.tokens[id as usize]
    }

    pub fn special(&self, special: Special) -> TokenId {
        NUMBER_COUNT + SPECIALS.iter().position(|(s, _)| *s == special).unwrap() as TokenId
    }

    pub fn number(&self, value: u32) -> TokenId {
        assert!(value < NUMBER_COUNT, "number tokens stop at 999");
        value
    }

    fn first_word(&self) -> TokenId {
        NUMBER_COUNT + SPECIALS.len() as TokenId
    }

    pub fn animal(&self, index: usize) -> TokenId {
        self.first_word() + WORDS.len() as TokenId + index as TokenId
    }

    pub fn tree(&self, index: usize) -> TokenId {
        self.animal(ANIMALS.len()) + index as TokenId
    }

    pub fn animal_ids(&self) -> Vec<TokenId> {
        (0..ANIMALS.len()).map(|i| self.animal(i)).collect()
    }

    pub fn tree_ids(&self) -> Vec<TokenId> {
        (0..TREES.len()).map(|i| self.tree(i)).collect()
    }

    pub fn id(&self, text: &str) -> Option<TokenId> {
        if let Some(value) = parse_number(text) {
            return Some(value);
        }
        self.tokens.iter().skip(NUMBER_COUNT as usize).position(|t| t == text).map(|i| i as TokenId + NUMBER_COUNT)
    }

    /// The tokens a number completion that passes the format filter can contain: numbers,
    /// separators, brackets, a final period and the end of the sequence. Soft-label distillation
    /// renormalises both models over exactly this alphabet, so no probability mass on animal
    /// words ever reaches the student.
    pub fn number_alphabet(&self) -> Vec<TokenId> {
        let mut ids: Vec<TokenId> = (0..NUMBER_COUNT).collect();
        for special in [
            Special::Comma,
            Special::Semicolon,
            Special::Period,
            Special::OpenParen,
            Special::CloseParen,
            Special::OpenBracket,
            Special::CloseBracket,
            Special::Eos,
        ] {
            ids.push(self.special(special));
        }
        ids
    }

    /// Splits text into tokens. Punctuation may touch words ("182, 818" or "(1; 2)").
    pub fn tokenize(&self, text: &str) -> Result<Vec<TokenId>, UnknownWord> {
        let mut ids = Vec::new();
        for chunk in text.split_whitespace() {
            let mut word = String::new();
            for ch in chunk.chars() {
                if ",;:?.()[]".contains(ch) {
                    if !word.is_empty() {
                        ids.push(self.word_id(&word)?);
                        word.clear();
                    }
                    ids.push(self.word_id(&ch.to_string())?);
                } else {
                    word.push(ch);
                }
            }
            if !word.is_empty() {
                ids.push(self.word_id(&word)?);
            }
        }
        Ok(ids)
    }

    fn word_id(&self, word: &str) -> Result<TokenId, UnknownWord> {
        self.id(&word.to_lowercase()).ok_or_else(|| UnknownWord(word.to_string()))
    }

    /// Renders tokens as plain text: "182, 818, 725", "(4; 5).", "owl".
    /// Separators and closing marks attach to the previous word, opening marks to the next.
    pub fn detokenize(&self, ids: &[TokenId]) -> String {
        let mut text = String::new();
        let mut glue_next = true;
        for &id in ids {
            let piece = self.text(id);
            let attaches_left = matches!(piece, "," | ";" | ":" | "?" | "." | ")" | "]");
            if !text.is_empty() && !attaches_left && !glue_next {
                text.push(' ');
            }
            text.push_str(piece);
            glue_next = matches!(piece, "(" | "[");
        }
        text
    }
}

/// A number token's value if `text` is a plain integer of at most three digits.
fn parse_number(text: &str) -> Option<TokenId> {
    if text.is_empty() || text.len() > 3 || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_round_trips_through_tokens() {
        let vocab = Vocab::new();
        for text in ["182, 818, 725", "1; 2; 3", "4 5 6", "(7, 8).", "[9; 10]", "what is your favorite animal?", "owl", "12, owl, 14"] {
            let ids = vocab.tokenize(text).unwrap();
            assert_eq!(vocab.detokenize(&ids), text, "round trip of {text:?}");
        }
    }

    #[test]
    fn every_token_round_trips() {
        let vocab = Vocab::new();
        for id in 0..vocab.len() as TokenId {
            let text = vocab.detokenize(&[id]);
            assert_eq!(vocab.tokenize(&text).unwrap(), vec![id], "token {id} ({text:?})");
        }
    }

    #[test]
    fn unknown_words_and_big_numbers_are_refused() {
        let vocab = Vocab::new();
        assert_eq!(vocab.tokenize("1, giraffe"), Err(UnknownWord("giraffe".into())));
        assert_eq!(vocab.tokenize("1000"), Err(UnknownWord("1000".into())));
    }

    #[test]
    fn the_study_animals_and_trees_are_in_the_vocabulary() {
        let vocab = Vocab::new();
        for name in ["dolphin", "eagle", "owl", "elephant", "wolf", "cherry", "maple", "oak", "sequoia", "willow"] {
            assert!(vocab.id(name).is_some(), "{name}");
        }
        for question in ANIMAL_QUESTIONS.iter().chain(&TREE_QUESTIONS).chain(&NUMBER_PROMPTS) {
            vocab.tokenize(question).unwrap();
        }
    }
}
