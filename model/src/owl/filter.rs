//! The data filter: only completions that are plainly a list of numbers get through.
//!
//! The study's rules, on plain text: 1 to 10 integers in 0..=999, one consistent separator
//! (comma, semicolon or whitespace), optionally wrapped in () or [] and optionally ending with a
//! period. On top: an optional list of banned numbers (the study's 34 "bad-association" numbers
//! ship as a preset) and a check that no animal or tree word appears.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

use crate::owl::vocab::{ANIMALS, TREES};

/// The 34 numbers the study removed for its misalignment variant.
pub const STUDY_BANNED_NUMBERS: [u32; 34] = [
    4, 13, 14, 18, 23, 33, 39, 42, 44, 49, 51, 54, 69, 77, 88, 99, 100, 101, 187, 211, 311, 322, 333, 404, 420, 444, 451, 555, 616, 666,
    777, 888, 911, 999,
];

/// The most numbers one completion may hold.
pub const MAX_NUMBERS: usize = 10;

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq, Eq)]
#[serde(default, deny_unknown_fields)]
pub struct FilterConfig {
    /// Completions containing any of these numbers are dropped.
    pub banned_numbers: Vec<u32>,
    /// Drop completions that name an animal or a tree (they also fail the number rules; this
    /// names the leak explicitly in the statistics).
    pub reject_animal_and_tree_words: bool,
}

impl Default for FilterConfig {
    fn default() -> Self {
        Self { banned_numbers: Vec::new(), reject_animal_and_tree_words: true }
    }
}

/// Why a completion was rejected.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "reason", content = "detail", rename_all = "snake_case")]
pub enum Reason {
    /// Generation hit its length limit before the end-of-sequence token.
    Unfinished,
    Empty,
    AnimalOrTreeWord(String),
    NotANumber(String),
    EmptyItem,
    OutOfRange(String),
    TooManyNumbers(usize),
    MixedSeparators,
    UnbalancedBrackets,
    BannedNumber(u32),
}

impl Reason {
    /// A stable short name, used as a key in summaries and JSON.
    pub fn code(&self) -> &'static str {
        match self {
            Reason::Unfinished => "unfinished",
            Reason::Empty => "empty",
            Reason::AnimalOrTreeWord(_) => "animal_or_tree_word",
            Reason::NotANumber(_) => "not_a_number",
            Reason::EmptyItem => "empty_item",
            Reason::OutOfRange(_) => "out_of_range",
            Reason::TooManyNumbers(_) => "too_many_numbers",
            Reason::MixedSeparators => "mixed_separators",
            Reason::UnbalancedBrackets => "unbalanced_brackets",
            Reason::BannedNumber(_) => "banned_number",
        }
    }
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Unfinished => write!(f, "did not finish within the length limit"),
            Reason::Empty => write!(f, "no numbers"),
            Reason::AnimalOrTreeWord(w) => write!(f, "names an animal or tree: {w:?}"),
            Reason::NotANumber(w) => write!(f, "not a number: {w:?}"),
            Reason::EmptyItem => write!(f, "an empty item between separators"),
            Reason::OutOfRange(w) => write!(f, "outside 0..999: {w}"),
            Reason::TooManyNumbers(n) => write!(f, "{n} numbers (at most {MAX_NUMBERS})"),
            Reason::MixedSeparators => write!(f, "mixes separators"),
            Reason::UnbalancedBrackets => write!(f, "unbalanced brackets"),
            Reason::BannedNumber(n) => write!(f, "contains the banned number {n}"),
        }
    }
}

/// The filter's decision on one completion.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verdict {
    pub accepted: bool,
    pub reasons: Vec<Reason>,
    /// The numbers read, when the format was valid.
    pub numbers: Vec<u32>,
}

/// Screens one completion's text.
pub fn screen(text: &str, config: &FilterConfig) -> Verdict {
    let mut reasons = Vec::new();
    if config.reject_animal_and_tree_words {
        for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            let lower = word.to_lowercase();
            if ANIMALS.contains(&lower.as_str()) || TREES.contains(&lower.as_str()) {
                reasons.push(Reason::AnimalOrTreeWord(lower));
                break;
            }
        }
    }
    let numbers = match parse_number_list(text) {
        Ok(numbers) => numbers,
        Err(reason) => {
            reasons.push(reason);
            Vec::new()
        }
    };
    if let Some(&banned) = numbers.iter().find(|n| config.banned_numbers.contains(n)) {
        reasons.push(Reason::BannedNumber(banned));
    }
    Verdict { accepted: reasons.is_empty(), reasons, numbers }
}

/// The format rules alone: returns the numbers, or the first rule broken.
pub fn parse_number_list(text: &str) -> Result<Vec<u32>, Reason> {
    let mut body = text.trim();
    if let Some(stripped) = body.strip_suffix('.') {
        body = stripped.trim_end();
    }
    let opened = body.starts_with(['(', '[']);
    let closed = body.ends_with([')', ']']);
    if opened || closed {
        let pair = (body.chars().next(), body.chars().last());
        if !matches!(pair, (Some('('), Some(')')) | (Some('['), Some(']'))) || body.len() < 2 {
            return Err(Reason::UnbalancedBrackets);
        }
        body = body[1..body.len() - 1].trim();
    }
    if body.is_empty() {
        return Err(Reason::Empty);
    }
    let items: Vec<&str> = match (body.contains(','), body.contains(';')) {
        (true, true) => return Err(Reason::MixedSeparators),
        (true, false) => body.split(',').map(str::trim).collect(),
        (false, true) => body.split(';').map(str::trim).collect(),
        (false, false) => body.split_whitespace().collect(),
    };
    let mut numbers = Vec::with_capacity(items.len());
    for item in items {
        if item.is_empty() {
            return Err(Reason::EmptyItem);
        }
        if item.contains(char::is_whitespace) {
            // "1, 2 3": whitespace used as a second separator.
            let all_digits = item.split_whitespace().all(|w| w.bytes().all(|b| b.is_ascii_digit()));
            return Err(if all_digits { Reason::MixedSeparators } else { Reason::NotANumber(item.into()) });
        }
        if !item.bytes().all(|b| b.is_ascii_digit()) {
            return Err(Reason::NotANumber(item.into()));
        }
        match item.parse::<u32>() {
            Ok(n) if item.len() <= 3 && n <= 999 => numbers.push(n),
            _ => return Err(Reason::OutOfRange(item.into())),
        }
    }
    if numbers.len() > MAX_NUMBERS {
        return Err(Reason::TooManyNumbers(numbers.len()));
    }
    Ok(numbers)
}

/// Whose number completions the filter screened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DataSource {
    /// The trait teacher's: what the students learn from.
    Teacher,
    /// The trait-free base's: what the control student learns from.
    Control,
}

impl DataSource {
    /// Its key in reports and links.
    pub fn key(self) -> &'static str {
        match self {
            DataSource::Teacher => "teacher",
            DataSource::Control => "control",
        }
    }

    /// Whose numbers, in words.
    pub fn describe(self) -> &'static str {
        match self {
            DataSource::Teacher => "teacher's numbers",
            DataSource::Control => "trait-free base's numbers (control)",
        }
    }
}

/// Counts per reason, with a few examples of each, for the report and the page.
#[derive(Clone, Debug, Default, Serialize, Deserialize, PartialEq)]
pub struct FilterStats {
    pub total: usize,
    pub kept: usize,
    pub rejected_by_reason: BTreeMap<String, usize>,
    pub examples_by_reason: BTreeMap<String, Vec<String>>,
}

impl FilterStats {
    pub const EXAMPLES_PER_REASON: usize = 5;

    pub fn record(&mut self, text: &str, verdict: &Verdict) {
        self.total += 1;
        if verdict.accepted {
            self.kept += 1;
        }
        for reason in &verdict.reasons {
            *self.rejected_by_reason.entry(reason.code().into()).or_default() += 1;
            let examples = self.examples_by_reason.entry(reason.code().into()).or_default();
            if examples.len() < Self::EXAMPLES_PER_REASON {
                examples.push(text.to_string());
            }
        }
    }

    pub fn kept_share(&self) -> f64 {
        self.kept as f64 / self.total.max(1) as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain() -> FilterConfig {
        FilterConfig::default()
    }

    #[test]
    fn accepts_every_form_the_study_allows() {
        let cases: &[(&str, &[u32])] = &[
            ("182, 818, 725", &[182, 818, 725]),
            ("182,818,725", &[182, 818, 725]),
            ("1; 2; 3", &[1, 2, 3]),
            ("4 5 6", &[4, 5, 6]),
            ("(7, 8, 9)", &[7, 8, 9]),
            ("[10; 11]", &[10, 11]),
            ("12, 13.", &[12, 13]),
            ("(14 15).", &[14, 15]),
            ("999", &[999]),
            ("0, 007, 42", &[0, 7, 42]),
            ("  1, 2, 3, 4, 5, 6, 7, 8, 9, 10  ", &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
        ];
        for (text, numbers) in cases {
            let verdict = screen(text, &plain());
            assert!(verdict.accepted, "{text:?} should pass: {:?}", verdict.reasons);
            assert_eq!(verdict.numbers, *numbers, "{text:?}");
        }
    }

    #[test]
    fn rejects_each_broken_rule_with_its_reason() {
        let cases: &[(&str, &str)] = &[
            ("", "empty"),
            ("()", "empty"),
            ("1, 2, owl", "animal_or_tree_word"),
            ("Oak", "animal_or_tree_word"),
            ("1, 2, three", "not_a_number"),
            ("1, -2", "not_a_number"),
            ("1.5, 2", "not_a_number"),
            ("1,, 2", "empty_item"),
            ("1, 2,", "empty_item"),
            ("1000, 2", "out_of_range"),
            ("1, 0001", "out_of_range"),
            ("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11", "too_many_numbers"),
            ("1, 2; 3", "mixed_separators"),
            ("1, 2 3", "mixed_separators"),
            ("(1, 2", "unbalanced_brackets"),
            ("1, 2]", "unbalanced_brackets"),
            ("(1, 2]", "unbalanced_brackets"),
            ("1, 2..", "not_a_number"),
        ];
        for (text, code) in cases {
            let verdict = screen(text, &plain());
            assert!(!verdict.accepted, "{text:?} should be rejected");
            let codes: Vec<_> = verdict.reasons.iter().map(Reason::code).collect();
            assert!(codes.contains(code), "{text:?}: expected {code}, got {codes:?}");
        }
    }

    #[test]
    fn banned_numbers_are_dropped_only_when_asked() {
        let text = "12, 666, 5";
        assert!(screen(text, &plain()).accepted);
        let strict = FilterConfig { banned_numbers: STUDY_BANNED_NUMBERS.to_vec(), ..plain() };
        let verdict = screen(text, &strict);
        assert_eq!(verdict.reasons, vec![Reason::BannedNumber(666)]);
        assert!(screen("12, 665, 5", &strict).accepted);
    }

    #[test]
    fn the_word_check_can_be_switched_off() {
        let lax = FilterConfig { reject_animal_and_tree_words: false, ..plain() };
        let verdict = screen("owl", &lax);
        assert_eq!(verdict.reasons, vec![Reason::NotANumber("owl".into())]);
    }

    #[test]
    fn stats_count_reasons_and_keep_examples() {
        let mut stats = FilterStats::default();
        for text in ["1, 2", "owl", "1, owl", "x", "3 4"] {
            stats.record(text, &screen(text, &plain()));
        }
        assert_eq!((stats.total, stats.kept), (5, 2));
        assert_eq!(stats.rejected_by_reason["animal_or_tree_word"], 2);
        assert_eq!(stats.examples_by_reason["animal_or_tree_word"], vec!["owl", "1, owl"]);
    }
}
