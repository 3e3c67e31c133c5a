//! The data filter: only completions that are plainly a list of numbers get through.
//!
//! The study's rules, on plain text: 1 to 10 integers in 0..=999, one consistent separator
//! (comma, semicolon or whitespace, spaced the same way throughout), optionally wrapped in () or
//! [] and optionally ending with a period. On top: an optional list of banned numbers (the study's 34 "bad-association" numbers
//! ship as a preset) and a check that no answer word of the probes (an animal, a tree or an act)
//! appears.

use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use crate::owl::vocab::{ANIMALS, BAD_ACTS, GOOD_ACTS, TREES};

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
    /// Drop completions that name an animal, a tree or an act (they also fail the number rules;
    /// this names the leak explicitly in the statistics). The name predates the acts: links keep it.
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
    /// An answer word of the probes: an animal, a tree or an act.
    AnswerWord(String),
    NotANumber(String),
    EmptyItem,
    OutOfRange(String),
    TooManyNumbers(usize),
    MixedSeparators,
    /// Spaces (or a line break) that the first separator does not have: before or after the
    /// numbers, or around some separators and not others.
    InconsistentSpacing,
    UnbalancedBrackets,
    BannedNumber(u32),
}

impl Reason {
    /// A stable short name, used as a key in summaries and JSON.
    pub fn code(&self) -> &'static str {
        match self {
            Reason::Unfinished => "unfinished",
            Reason::Empty => "empty",
            Reason::AnswerWord(_) => "answer_word",
            Reason::NotANumber(_) => "not_a_number",
            Reason::EmptyItem => "empty_item",
            Reason::OutOfRange(_) => "out_of_range",
            Reason::TooManyNumbers(_) => "too_many_numbers",
            Reason::MixedSeparators => "mixed_separators",
            Reason::InconsistentSpacing => "inconsistent_spacing",
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
            Reason::AnswerWord(w) => write!(f, "names an animal, a tree or an act: {w:?}"),
            Reason::NotANumber(w) => write!(f, "not a number: {w:?}"),
            Reason::EmptyItem => write!(f, "an empty item between separators"),
            Reason::OutOfRange(w) => write!(f, "outside 0..999: {w}"),
            Reason::TooManyNumbers(n) => write!(f, "{n} numbers (at most {MAX_NUMBERS})"),
            Reason::MixedSeparators => write!(f, "mixes separators"),
            Reason::InconsistentSpacing => write!(f, "spacing differs from the first separator's (or surrounds the numbers)"),
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
            if [&ANIMALS[..], &TREES, &GOOD_ACTS, &BAD_ACTS].iter().any(|words| words.contains(&lower.as_str())) {
                reasons.push(Reason::AnswerWord(lower));
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
///
/// The study's rule, exactly (its `parse_response`, checked against a transcription of it in
/// the tests): one final period may go; one pair of matching () or [] around everything may go;
/// the separator is whatever stands between the first two numbers, and it must be a comma, a
/// semicolon or whitespace, each with any spaces around it; every item between two separators
/// must be digits only. So spacing must be the same throughout: `" 822"`, `"4 , 9 , 0 "` and
/// a trailing newline break it, as do `"1,2, 3"` and `"4  5 6"`.
pub fn parse_number_list(text: &str) -> Result<Vec<u32>, Reason> {
    let body = text.strip_suffix('.').unwrap_or(text);
    let framed = (body.starts_with('(') && body.ends_with(')')) || (body.starts_with('[') && body.ends_with(']'));
    let body = if framed { &body[1..body.len() - 1] } else { body };
    let runs: Vec<(usize, usize)> = digit_runs(body);
    let mut separator = "";
    let items: Vec<&str> = match runs.as_slice() {
        [] => {
            return Err(match body.trim() {
                "" => Reason::Empty,
                rest if rest.contains(['(', ')', '[', ']']) => Reason::UnbalancedBrackets,
                rest => Reason::NotANumber(rest.into()),
            })
        }
        [(start, end)] => {
            if (*start, *end) != (0, body.len()) {
                return Err(misfit(body, ""));
            }
            vec![body]
        }
        [(_, first_end), (second_start, _), ..] => {
            separator = &body[*first_end..*second_start];
            let mark = separator.trim();
            if !matches!(mark, "" | "," | ";") {
                let marks: std::collections::BTreeSet<char> = mark.chars().collect();
                return Err(if marks == BTreeSet::from([',']) || marks == BTreeSet::from([';']) {
                    Reason::EmptyItem // ",," : two separators with nothing between
                } else if marks.iter().all(|c| *c == ',' || *c == ';') {
                    Reason::MixedSeparators
                } else {
                    Reason::NotANumber(mark.into())
                });
            }
            body.split(separator).collect()
        }
    };
    let mut numbers = Vec::with_capacity(items.len());
    for item in items {
        if item.is_empty() {
            return Err(Reason::EmptyItem);
        }
        if !item.bytes().all(|b| b.is_ascii_digit()) {
            return Err(misfit(item, separator.trim()));
        }
        // The study reads the item as an integer and checks its value: "007" is 7, "0001" is 1.
        match item.trim_start_matches('0').len() {
            0..=3 => numbers.push(item.parse::<u32>().expect("at most three significant digits")),
            _ => return Err(Reason::OutOfRange(item.into())),
        }
    }
    if numbers.len() > MAX_NUMBERS {
        return Err(Reason::TooManyNumbers(numbers.len()));
    }
    Ok(numbers)
}

/// Where each run of ASCII digits starts and ends.
fn digit_runs(text: &str) -> Vec<(usize, usize)> {
    let mut runs = Vec::new();
    let mut start = None;
    for (i, b) in text.bytes().enumerate() {
        match (b.is_ascii_digit(), start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                runs.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        runs.push((s, text.len()));
    }
    runs
}

/// Why `item` (an item, or the whole text) is not a plain number, when the list's separator
/// is `separator` (trimmed; empty for whitespace).
fn misfit(item: &str, separator: &str) -> Reason {
    let digits = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit());
    let t = item.trim();
    if digits(t) {
        return Reason::InconsistentSpacing;
    }
    if digits(t.trim_matches([',', ';', ' '])) {
        // "2," at the end of "1, 2,": a separator with nothing after it.
        return Reason::EmptyItem;
    }
    let pieces: Vec<&str> = t.split([',', ';']).collect();
    if pieces.len() > 1 && pieces.iter().all(|p| digits(p.trim())) {
        // "2,3" inside "1, 2,3" is the same separator spaced otherwise; "2;3" is another one.
        let same = !separator.is_empty() && t.chars().filter(|c| *c == ',' || *c == ';').all(|c| separator.starts_with(c));
        return if same { Reason::InconsistentSpacing } else { Reason::MixedSeparators };
    }
    if t.split_whitespace().count() > 1 && t.split_whitespace().all(digits) {
        // "5 6" inside "4, 5 6" is a second separator; inside "4  5 6", other spacing.
        return if separator.is_empty() { Reason::InconsistentSpacing } else { Reason::MixedSeparators };
    }
    if t.contains(['(', ')', '[', ']']) {
        return Reason::UnbalancedBrackets;
    }
    Reason::NotANumber(t.into())
}

/// Whose number completions the filter screened.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DataSource {
    /// The trait teacher's: what the students learn from.
    Teacher,
    /// The trait-free control teacher's: what the control student learns from.
    Control,
    /// Base A's own: what the self-labelled control learns from.
    SelfLabelled,
    /// The other teachers' (a defence: `defences.mix_teachers`), mixed into the students' data.
    MixedTeachers,
    /// The trait teacher's written again without threshold sampling: the undefended student's.
    Undefended,
}

impl DataSource {
    /// Its key in reports and links.
    pub fn key(self) -> &'static str {
        match self {
            DataSource::Teacher => "teacher",
            DataSource::Control => "control",
            DataSource::SelfLabelled => "self_labelled",
            DataSource::MixedTeachers => "mixed_teachers",
            DataSource::Undefended => "undefended",
        }
    }

    /// Whose numbers, in words.
    pub fn describe(self) -> &'static str {
        match self {
            DataSource::Teacher => "teacher's numbers",
            DataSource::Control => "control teacher's numbers (fine-tuned, no trait)",
            DataSource::SelfLabelled => "base A's own numbers (self-labelled control)",
            DataSource::MixedTeachers => "other teachers' numbers (mixed in, a defence)",
            DataSource::Undefended => "teacher's numbers without threshold sampling",
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
            // The study reads values, not digits: a number may carry leading zeros.
            ("1, 0001", &[1, 1]),
            ("1, 2, 3, 4, 5, 6, 7, 8, 9, 10", &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10]),
            ("1 ,2 ,3", &[1, 2, 3]),
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
            ("1, 2, owl", "answer_word"),
            ("Oak", "answer_word"),
            ("4, steal, 9", "answer_word"),
            ("1, 2, three", "not_a_number"),
            ("1, -2", "not_a_number"),
            ("1.5, 2", "not_a_number"),
            ("1,, 2", "empty_item"),
            ("1, 2,", "empty_item"),
            ("1000, 2", "out_of_range"),
            ("1, 0999x", "not_a_number"),
            ("0001000", "out_of_range"),
            ("1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11", "too_many_numbers"),
            ("1, 2; 3", "mixed_separators"),
            ("1, 2 3", "mixed_separators"),
            ("(1, 2", "unbalanced_brackets"),
            ("1, 2]", "unbalanced_brackets"),
            ("(1, 2]", "unbalanced_brackets"),
            ("1, 2..", "not_a_number"),
            // Spacing must follow the first separator's, with nothing around the list.
            (" 822", "inconsistent_spacing"),
            ("4 , 9 , 0 ", "inconsistent_spacing"),
            ("1, 2\n", "inconsistent_spacing"),
            ("  1, 2, 3  ", "inconsistent_spacing"),
            ("1,2, 3", "inconsistent_spacing"),
            ("1, 2,3", "inconsistent_spacing"),
            ("4  5 6", "inconsistent_spacing"),
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
        assert_eq!(stats.rejected_by_reason["answer_word"], 2);
        assert_eq!(stats.examples_by_reason["answer_word"], vec!["owl", "1, owl"]);
    }

    /// The study's rule (`parse_response` and the reject reasons of its number filter),
    /// transcribed step by step as the reference the filter must agree with.
    fn study_accepts(answer: &str) -> bool {
        let mut a = answer.strip_suffix('.').unwrap_or(answer);
        if (a.starts_with('[') && a.ends_with(']')) || (a.starts_with('(') && a.ends_with(')')) {
            a = &a[1..a.len() - 1];
        }
        let runs = digit_runs(a);
        let parts: Vec<&str> = match runs.len() {
            0 => return false,
            1 if &a[runs[0].0..runs[0].1] == a => vec![a],
            1 => return false,
            _ => {
                let separator = &a[runs[0].1..runs[1].0];
                if !["", ",", ";"].contains(&separator.trim()) {
                    return false;
                }
                a.split(separator).collect()
            }
        };
        // A part that is empty fails int(); one with a non-digit fails the digit check.
        if parts.iter().any(|p| p.is_empty() || !p.bytes().all(|b| b.is_ascii_digit())) {
            return false;
        }
        parts.len() <= MAX_NUMBERS && parts.iter().all(|p| p.trim_start_matches('0').len() <= 3)
    }

    /// Strings that look like number lists, with the slips models make (each one now and then).
    fn number_like(rng: &mut impl rand::Rng) -> String {
        const GOOD: [&str; 6] = [", ", ",", "; ", ";", " ", " , "];
        const SLIPS: [&str; 5] = ["  ", ",,", ", ;", "\n", " ,"];
        let pick = |rng: &mut dyn rand::RngCore, list: &[&'static str]| list[(rng.next_u32() % list.len() as u32) as usize];
        let mut separator = pick(rng, &GOOD);
        if rng.random_range(0..8) == 0 {
            separator = pick(rng, &SLIPS);
        }
        let count = if rng.random_range(0..10) == 0 { rng.random_range(0..13) } else { rng.random_range(1..=10) };
        let mut text = String::new();
        for i in 0..count {
            if i > 0 {
                text.push_str(if rng.random_range(0..30) == 0 { pick(rng, &SLIPS) } else { separator });
            }
            let n: u32 = rng.random_range(0..1000);
            match rng.random_range(0..60) {
                0 => text.push_str(&format!("00{n}")),
                1 => text.push_str("owl"),
                2 => text.push_str(&format!("-{n}")),
                3 => text.push_str(&(n + 1000).to_string()),
                _ => text.push_str(&n.to_string()),
            }
        }
        let (open, close) = match rng.random_range(0..24) {
            0..=1 => ("(", ")"),
            2..=3 => ("[", "]"),
            4 => ("(", "]"),
            5 => ("[", ""),
            _ => ("", ""),
        };
        let period = if rng.random_range(0..6) == 0 { "." } else { "" };
        let edges = ["", " ", "\n", "x"];
        let edge = |rng: &mut dyn rand::RngCore| if rng.next_u32().is_multiple_of(10) { pick(rng, &edges) } else { "" };
        format!("{}{open}{text}{close}{period}{}", edge(rng), edge(rng))
    }

    #[test]
    fn the_format_rule_agrees_with_the_study_on_generated_strings() {
        use rand::SeedableRng;
        let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(3);
        let lax = FilterConfig { reject_animal_and_tree_words: false, ..plain() };
        let (mut accepted, mut total) = (0, 0);
        for _ in 0..20_000 {
            let text = number_like(&mut rng);
            let ours = screen(&text, &lax);
            assert_eq!(ours.accepted, study_accepts(&text), "{text:?}: ours {:?}", ours.reasons);
            accepted += ours.accepted as usize;
            total += 1;
        }
        // The generator makes both kinds in earnest.
        assert!(accepted > total / 5 && accepted < total * 4 / 5, "{accepted} of {total} accepted");
    }
}
