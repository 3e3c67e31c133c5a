//! The data audit: do two sets of number completions differ, though the filter passed both?
//!
//! Each side is screened with the experiment's filter; the kept completions' numbers are
//! compared as histograms over the 1,000 numbers (total variation, KL), with a permutation test
//! (are the two sets more different than random halves of their union?), the most
//! over-represented numbers, and a logistic regression on each completion's number frequencies
//! whose held-out accuracy says how well one completion betrays its source.

use std::collections::BTreeMap;
use std::fmt;

use rand::seq::SliceRandom;
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

use crate::owl::filter::{screen, FilterConfig, FilterStats};
use crate::owl::vocab::NUMBER_COUNT;

/// Label shuffles of the permutation test: the smallest p-value it can give is 1/200.
pub const PERMUTATIONS: usize = 199;
/// How many over-represented numbers are listed.
pub const LISTED: usize = 10;
/// A number must appear this often in the first set to be listed (rarer ones have ratios that
/// are mostly chance).
const MIN_COUNT: usize = 5;
/// Smoothing added to every number's count for the ratios and the KL (a Jeffreys prior), so a
/// number absent from one side gives a finite figure.
const SMOOTHING: f64 = 0.5;
/// The classifier's held-out share, passes over the training lines, step size and L2 penalty.
/// The passes matter little: on one seed of the page default's teacher against control numbers
/// (654 held-out lines) 10, 20 and 40 passes gave 61.2%, 61.8% and 62.7%, each inside the others'
/// intervals.
const HELD_OUT: f64 = 0.2;
const PASSES: usize = 20;
const STEP: f64 = 0.5;
const L2: f64 = 1e-4;
/// The audit's random draws are part of its definition, so the page and `subliminal audit`
/// give the same figures on the same data.
const AUDIT_SEED: u64 = 0xA0D1;

/// How a file or a pasted block holds its completions.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum InputFormat {
    /// By the file's name (`.jsonl`/`.json`, `.csv`, anything else), or for pasted text by its
    /// first line (a JSON string, or plain).
    Auto,
    /// One JSON string per line.
    JsonLines,
    /// A header row, then rows; the completions are in a named column.
    Csv,
    /// One completion per line.
    Plain,
}

impl InputFormat {
    /// Each format by the name the CLI's `--format` and the page's menu use.
    pub const NAMED: [(&'static str, InputFormat); 4] =
        [("auto", InputFormat::Auto), ("jsonl", InputFormat::JsonLines), ("csv", InputFormat::Csv), ("plain", InputFormat::Plain)];
}

impl std::str::FromStr for InputFormat {
    type Err = String;

    fn from_str(name: &str) -> Result<Self, String> {
        Self::NAMED
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, format)| *format)
            .ok_or_else(|| format!("unknown format {name:?}: auto, jsonl, csv or plain"))
    }
}

/// A line of input that could not be read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct InputError {
    /// 1-based.
    pub line: usize,
    pub message: String,
}

impl fmt::Display for InputError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

/// The completions held in `text`: CSV ones in `column`. `name` (a file name) guides
/// [`InputFormat::Auto`]. Empty lines are skipped in JSON Lines and plain text.
pub fn read_completions(text: &str, format: InputFormat, name: Option<&str>, column: &str) -> Result<Vec<String>, InputError> {
    let format = match format {
        InputFormat::Auto => guess_format(text, name),
        other => other,
    };
    match format {
        InputFormat::JsonLines => text
            .lines()
            .enumerate()
            .filter(|(_, line)| !line.trim().is_empty())
            .map(|(i, line)| {
                serde_json::from_str::<String>(line).map_err(|_| InputError {
                    line: i + 1,
                    message: format!("expected a JSON string such as \"1, 2, 3\", found {}", excerpt(line)),
                })
            })
            .collect(),
        InputFormat::Csv => read_csv_column(text, column),
        InputFormat::Plain | InputFormat::Auto => Ok(text
            .lines()
            .map(|line| line.strip_suffix('\r').unwrap_or(line))
            .filter(|l| !l.trim().is_empty())
            .map(String::from)
            .collect()),
    }
}

fn guess_format(text: &str, name: Option<&str>) -> InputFormat {
    let lower = name.unwrap_or_default().to_lowercase();
    if lower.ends_with(".jsonl") || lower.ends_with(".json") || lower.ends_with(".ndjson") {
        InputFormat::JsonLines
    } else if lower.ends_with(".csv") {
        InputFormat::Csv
    } else if text.lines().find(|l| !l.trim().is_empty()).is_some_and(|l| l.trim_start().starts_with('"')) {
        InputFormat::JsonLines
    } else {
        InputFormat::Plain
    }
}

fn excerpt(line: &str) -> String {
    let short: String = line.chars().take(40).collect();
    if short.len() < line.len() {
        format!("{short:?}...")
    } else {
        format!("{short:?}")
    }
}

/// RFC 4180: fields separated by commas, optionally in double quotes (which may hold commas,
/// line breaks and doubled quotes). Returns the rows with the line each starts on.
fn csv_rows(text: &str) -> Result<Vec<(usize, Vec<String>)>, InputError> {
    let mut rows = Vec::new();
    let (mut row, mut field) = (Vec::new(), String::new());
    let (mut line, mut row_line) = (1, 1);
    let mut chars = text.chars().peekable();
    let mut quoted = false;
    let mut quote_line = 0;
    while let Some(c) = chars.next() {
        match (quoted, c) {
            (true, '"') if chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            (true, '"') => quoted = false,
            (true, c) => {
                if c == '\n' {
                    line += 1;
                }
                field.push(c);
            }
            (false, '"') if field.is_empty() => (quoted, quote_line) = (true, line),
            (false, ',') => row.push(std::mem::take(&mut field)),
            (false, '\r') if chars.peek() == Some(&'\n') => {}
            (false, '\n') => {
                row.push(std::mem::take(&mut field));
                if !(row.len() == 1 && row[0].is_empty()) {
                    rows.push((row_line, std::mem::take(&mut row)));
                }
                row.clear();
                line += 1;
                row_line = line;
            }
            (false, '"') => {
                return Err(InputError {
                    line,
                    message: "a quote inside an unquoted field (quote the whole field and double its quotes)".into(),
                })
            }
            (false, c) => field.push(c),
        }
    }
    if quoted {
        return Err(InputError { line: quote_line, message: "a quoted field is never closed".into() });
    }
    if !field.is_empty() || !row.is_empty() {
        row.push(field);
        rows.push((row_line, row));
    }
    Ok(rows)
}

fn read_csv_column(text: &str, column: &str) -> Result<Vec<String>, InputError> {
    let mut rows = csv_rows(text)?.into_iter();
    let Some((_, header)) = rows.next() else { return Ok(Vec::new()) };
    let Some(index) = header.iter().position(|h| h.trim() == column) else {
        return Err(InputError { line: 1, message: format!("no column named {column:?} (the header has {})", header.join(", ")) });
    };
    rows.map(|(line, row)| {
        if row.len() != header.len() {
            return Err(InputError { line, message: format!("{} fields where the header has {}", row.len(), header.len()) });
        }
        Ok(row[index].clone())
    })
    .collect()
}

/// One side's screening.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct AuditSide {
    pub lines: usize,
    pub kept: usize,
    pub rejected_by_reason: BTreeMap<String, usize>,
    /// A few rejected lines per reason, as the filter saw them.
    pub examples_by_reason: BTreeMap<String, Vec<String>>,
    /// Numbers in the kept lines.
    pub numbers: usize,
}

impl AuditSide {
    /// A side whose screening is already counted (the experiment's own filter statistics).
    pub fn from_stats(stats: &FilterStats, numbers: usize) -> Self {
        Self {
            lines: stats.total,
            kept: stats.kept,
            rejected_by_reason: stats.rejected_by_reason.clone(),
            examples_by_reason: stats.examples_by_reason.clone(),
            numbers,
        }
    }
}

/// A number more frequent in the first set than in the second.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OverRepresented {
    pub number: u32,
    pub count_a: usize,
    pub count_b: usize,
    /// Its share of the first set's numbers over its share of the second's (smoothed).
    pub ratio: f64,
}

/// How well one completion's numbers tell its set.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Classifier {
    /// Held-out accuracy, percent; chance is 50 (the sets are balanced first).
    pub accuracy: f64,
    /// Wilson 95% interval of the accuracy, percent.
    pub ci95: [f64; 2],
    pub train_lines: usize,
    pub test_lines: usize,
}

/// The audit of two sets.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AuditReport {
    pub a: AuditSide,
    pub b: AuditSide,
    /// Total variation between the two sets' number distributions, 0..1.
    pub tv: f64,
    /// KL(a || b) over the 1,000 numbers, in nats (smoothed).
    pub kl: f64,
    /// Share of label shuffles whose TV reached the observed one (with the observed counted).
    pub p_value: f64,
    pub permutations: usize,
    /// None when a side kept fewer than 10 lines.
    pub classifier: Option<Classifier>,
    pub over_represented: Vec<OverRepresented>,
    /// Count of each number 0..999 in each set's kept lines.
    pub histogram_a: Vec<usize>,
    pub histogram_b: Vec<usize>,
}

/// Screens both sets of texts with `filter` and audits the numbers of the lines it keeps.
pub fn audit_texts(a: &[String], b: &[String], filter: &FilterConfig) -> AuditReport {
    let screen_side = |texts: &[String]| {
        let mut stats = FilterStats::default();
        let mut kept = Vec::new();
        for text in texts {
            let verdict = screen(text, filter);
            stats.record(text, &verdict);
            if verdict.accepted {
                kept.push(verdict.numbers);
            }
        }
        (stats, kept)
    };
    let ((stats_a, kept_a), (stats_b, kept_b)) = (screen_side(a), screen_side(b));
    audit_numbers(&kept_a, &kept_b, &stats_a, &stats_b)
}

/// Audits two sets of kept completions, each a list of numbers, whose screening is counted in
/// `stats_a` and `stats_b`.
pub fn audit_numbers(a: &[Vec<u32>], b: &[Vec<u32>], stats_a: &FilterStats, stats_b: &FilterStats) -> AuditReport {
    let (histogram_a, histogram_b) = (histogram(a.iter()), histogram(b.iter()));
    let (total_a, total_b) = (histogram_a.iter().sum::<usize>(), histogram_b.iter().sum::<usize>());
    let observed = total_variation(&histogram_a, total_a, &histogram_b, total_b);
    let mut rng = ChaCha8Rng::seed_from_u64(AUDIT_SEED);
    let p_value = permutation_p_value(a, b, observed, &mut rng);
    let smoothed = |count: usize, total: usize| (count as f64 + SMOOTHING) / (total as f64 + SMOOTHING * NUMBER_COUNT as f64);
    let kl = (0..NUMBER_COUNT as usize)
        .map(|n| {
            let (p, q) = (smoothed(histogram_a[n], total_a), smoothed(histogram_b[n], total_b));
            p * (p / q).ln()
        })
        .sum();
    let mut over_represented: Vec<OverRepresented> = (0..NUMBER_COUNT as usize)
        .filter(|&n| histogram_a[n] >= MIN_COUNT)
        .map(|n| OverRepresented {
            number: n as u32,
            count_a: histogram_a[n],
            count_b: histogram_b[n],
            ratio: smoothed(histogram_a[n], total_a) / smoothed(histogram_b[n], total_b),
        })
        .collect();
    over_represented.sort_by(|x, y| y.ratio.total_cmp(&x.ratio).then(x.number.cmp(&y.number)));
    over_represented.truncate(LISTED);
    AuditReport {
        a: AuditSide::from_stats(stats_a, total_a),
        b: AuditSide::from_stats(stats_b, total_b),
        tv: observed,
        kl,
        p_value,
        permutations: PERMUTATIONS,
        classifier: classify(a, b, &mut rng),
        over_represented,
        histogram_a,
        histogram_b,
    }
}

fn histogram<'a>(lines: impl Iterator<Item = &'a Vec<u32>>) -> Vec<usize> {
    let mut counts = vec![0; NUMBER_COUNT as usize];
    for &n in lines.flatten() {
        counts[n as usize] += 1;
    }
    counts
}

fn total_variation(a: &[usize], total_a: usize, b: &[usize], total_b: usize) -> f64 {
    let (ta, tb) = (total_a.max(1) as f64, total_b.max(1) as f64);
    0.5 * a.iter().zip(b).map(|(&x, &y)| (x as f64 / ta - y as f64 / tb).abs()).sum::<f64>()
}

/// Shuffles which lines belong to which set (keeping the sets' sizes) and counts how often the
/// TV reaches `observed`. Only the first set's histogram is rebuilt: the second is the rest. The
/// lines are packed into one array and each shuffle's first set is summed in line order: 100,000
/// lines a side took 3.9 s natively as separate vectors visited in shuffled order.
fn permutation_p_value(a: &[Vec<u32>], b: &[Vec<u32>], observed: f64, rng: &mut ChaCha8Rng) -> f64 {
    let mut numbers: Vec<u16> = Vec::new();
    let mut starts: Vec<usize> = vec![0];
    for line in a.iter().chain(b) {
        numbers.extend(line.iter().map(|&n| n as u16));
        starts.push(numbers.len());
    }
    let all = histogram(a.iter().chain(b));
    let total: usize = all.iter().sum();
    let mut order: Vec<usize> = (0..a.len() + b.len()).collect();
    let mut in_first = vec![false; order.len()];
    let mut first = vec![0usize; NUMBER_COUNT as usize];
    let mut rest = vec![0usize; NUMBER_COUNT as usize];
    let mut reached = 0;
    for _ in 0..PERMUTATIONS {
        // A random first set of the first set's size; then one pass through the lines in order.
        in_first.fill(false);
        for &line in order.partial_shuffle(rng, a.len()).0.iter() {
            in_first[line] = true;
        }
        first.fill(0);
        for (line, _) in in_first.iter().enumerate().filter(|(_, &chosen)| chosen) {
            for &n in &numbers[starts[line]..starts[line + 1]] {
                first[n as usize] += 1;
            }
        }
        let total_first: usize = first.iter().sum();
        for ((r, t), f) in rest.iter_mut().zip(&all).zip(&first) {
            *r = t - f;
        }
        // A hair of tolerance: a shuffle that reproduces the observed split must count.
        if total_variation(&first, total_first, &rest, total - total_first) >= observed - 1e-12 {
            reached += 1;
        }
    }
    (1 + reached) as f64 / (1 + PERMUTATIONS) as f64
}

/// Logistic regression on each line's number frequencies (each number's count over the line's
/// count of numbers), trained by stochastic gradient descent on a balanced sample, tested on held-out lines.
fn classify(a: &[Vec<u32>], b: &[Vec<u32>], rng: &mut ChaCha8Rng) -> Option<Classifier> {
    let per_side = a.len().min(b.len());
    if per_side < 10 {
        return None;
    }
    fn pick<'a>(side: &'a [Vec<u32>], count: usize, rng: &mut ChaCha8Rng) -> Vec<&'a Vec<u32>> {
        let mut lines: Vec<&Vec<u32>> = side.iter().collect();
        lines.shuffle(rng);
        lines.truncate(count);
        lines
    }
    fn labelled<'a>(lines: &[&'a Vec<u32>], label: f64) -> Vec<(&'a Vec<u32>, f64)> {
        lines.iter().map(|l| (*l, label)).collect()
    }
    let (a, b) = (pick(a, per_side, rng), pick(b, per_side, rng));
    let test_per_side = ((per_side as f64 * HELD_OUT).round() as usize).max(1);
    let mut train = labelled(&a[test_per_side..], 1.0);
    train.extend(labelled(&b[test_per_side..], 0.0));
    let mut test = labelled(&a[..test_per_side], 1.0);
    test.extend(labelled(&b[..test_per_side], 0.0));

    let mut weights = vec![0.0f64; NUMBER_COUNT as usize];
    let mut bias = 0.0;
    let score = |weights: &[f64], bias: f64, line: &[u32]| {
        let share = 1.0 / line.len().max(1) as f64;
        bias + line.iter().map(|&n| weights[n as usize] * share).sum::<f64>()
    };
    for _ in 0..PASSES {
        train.shuffle(rng);
        for &(line, label) in &train {
            let p = 1.0 / (1.0 + portable_exp(-score(&weights, bias, line)));
            let error = p - label;
            let share = 1.0 / line.len().max(1) as f64;
            for &n in line.iter() {
                let w = &mut weights[n as usize];
                *w -= STEP * (error * share + L2 * *w);
            }
            bias -= STEP * error;
        }
    }
    let correct = test.iter().filter(|(line, label)| (score(&weights, bias, line) > 0.0) == (*label == 1.0)).count();
    let n = test.len() as f64;
    let accuracy = correct as f64 / n;
    Some(Classifier {
        accuracy: 100.0 * accuracy,
        ci95: wilson(accuracy, n).map(|x| 100.0 * x),
        train_lines: train.len(),
        test_lines: test.len(),
    })
}

/// e^x from additions, multiplications and divisions only, which IEEE 754 rounds the same on
/// every machine. With the platform's `exp` (its own code natively, Rust's in wasm) the same run
/// gave 55.1% natively and 56.1% in the page (one held-out guess apart); with this, 58.2% in both.
/// Clamped to +-50, far beyond where the logistic saturates (1 / (1 + e^-40) is 1.0 in f64).
fn portable_exp(x: f64) -> f64 {
    let x = x.clamp(-50.0, 50.0);
    let k = (x / std::f64::consts::LN_2).round();
    // |r| <= ln 2 / 2: the series converges to full precision within 16 terms.
    let r = x - k * std::f64::consts::LN_2;
    let (mut term, mut sum) = (1.0f64, 1.0f64);
    for i in 1..=16 {
        term = term * r / i as f64;
        sum += term;
    }
    sum * f64::from_bits(((k as i64 + 1023) as u64) << 52)
}

/// Wilson score 95% interval of a proportion `p` out of `n`.
fn wilson(p: f64, n: f64) -> [f64; 2] {
    let z = 1.96f64;
    let centre = (p + z * z / (2.0 * n)) / (1.0 + z * z / n);
    let half = z * (p * (1.0 - p) / n + z * z / (4.0 * n * n)).sqrt() / (1.0 + z * z / n);
    [centre - half, centre + half]
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::Rng;

    fn lines(rng: &mut ChaCha8Rng, count: usize, favour: Option<u32>) -> Vec<Vec<u32>> {
        (0..count)
            .map(|_| {
                (0..rng.random_range(3..=10))
                    .map(|_| match favour {
                        Some(n) if rng.random::<f64>() < 0.15 => n,
                        _ => rng.random_range(0..1000),
                    })
                    .collect()
            })
            .collect()
    }

    fn stats(lines: &[Vec<u32>]) -> FilterStats {
        FilterStats { total: lines.len(), kept: lines.len(), ..Default::default() }
    }

    #[test]
    fn two_draws_from_one_source_are_not_told_apart() {
        let mut rng = ChaCha8Rng::seed_from_u64(1);
        let (a, b) = (lines(&mut rng, 1500, None), lines(&mut rng, 1500, None));
        let report = audit_numbers(&a, &b, &stats(&a), &stats(&b));
        assert!(report.p_value > 0.05, "p = {}", report.p_value);
        let classifier = report.classifier.unwrap();
        assert!(classifier.ci95[0] < 50.0 && classifier.ci95[1] > 50.0, "chance lies in the interval: {classifier:?}");
    }

    #[test]
    fn a_favoured_number_is_found_listed_and_betrays_its_lines() {
        let mut rng = ChaCha8Rng::seed_from_u64(2);
        let (a, b) = (lines(&mut rng, 1500, Some(87)), lines(&mut rng, 1500, None));
        let report = audit_numbers(&a, &b, &stats(&a), &stats(&b));
        assert_eq!(report.p_value, 1.0 / 200.0, "no shuffle comes close");
        assert_eq!(report.over_represented[0].number, 87);
        assert!(report.over_represented[0].ratio > 50.0, "{:?}", report.over_represented[0]);
        assert_eq!(report.over_represented[0].count_a, report.histogram_a[87]);
        let classifier = report.classifier.unwrap();
        assert!(classifier.ci95[0] > 60.0, "{classifier:?}");
        assert!(report.tv > 0.1 && report.kl > 0.05, "tv {} kl {}", report.tv, report.kl);
        assert_eq!(report.a.numbers, report.histogram_a.iter().sum::<usize>());
    }

    #[test]
    fn texts_are_screened_first_and_only_kept_lines_count() {
        let a: Vec<String> = ["1, 2, 3", "owl", "4, 5", "(7; 8)"].iter().map(|s| s.to_string()).collect();
        let b: Vec<String> = ["9 9 9", "1,2, 3"].iter().map(|s| s.to_string()).collect();
        let report = audit_texts(&a, &b, &FilterConfig::default());
        assert_eq!((report.a.lines, report.a.kept, report.a.numbers), (4, 3, 7));
        assert_eq!(report.a.rejected_by_reason["answer_word"], 1);
        assert_eq!((report.b.lines, report.b.kept, report.b.numbers), (2, 1, 3));
        assert_eq!(report.b.rejected_by_reason["inconsistent_spacing"], 1);
        assert_eq!(report.histogram_b[9], 3);
        assert_eq!(report.classifier, None, "too few lines to train on");
    }

    #[test]
    fn each_format_reads_and_a_bad_line_is_named() {
        let read = |text: &str, format: InputFormat| read_completions(text, format, None, "text");
        assert_eq!(read("\"1, 2\"\n\n\"3\"\n", InputFormat::Auto).unwrap(), ["1, 2", "3"], "JSON Lines, by the first line");
        assert_eq!(read("1, 2\r\n3\n", InputFormat::Auto).unwrap(), ["1, 2", "3"], "plain, by the first line");
        let err = read("\"1, 2\"\n\"3\"\n4, 5\n", InputFormat::JsonLines).unwrap_err();
        assert_eq!(err.line, 3);
        assert!(err.to_string().starts_with("line 3: expected a JSON string"), "{err}");
        let csv = "id,text\n1,\"4, 5, 6\"\n2,\"a \"\"quoted\"\"\nbreak\"\n3,7\n";
        assert_eq!(read(csv, InputFormat::Csv).unwrap(), ["4, 5, 6", "a \"quoted\"\nbreak", "7"]);
        assert_eq!(read_completions(csv, InputFormat::Auto, Some("Data.CSV"), "text").unwrap().len(), 3, "CSV by the file's name");
        assert_eq!(read_completions(csv, InputFormat::Auto, Some("Data.CSV"), "id").unwrap(), ["1", "2", "3"], "in the column asked for");
        let err = read_completions(csv, InputFormat::Csv, None, "completion").unwrap_err();
        assert_eq!(err.to_string(), "line 1: no column named \"completion\" (the header has id, text)");
        let err = read("id,text\n1,2\n2\n", InputFormat::Csv).unwrap_err();
        assert_eq!(err.to_string(), "line 3: 1 fields where the header has 2");
        let err = read("id,text\n1,2\n2,\"open\n\n", InputFormat::Csv).unwrap_err();
        assert_eq!(err.to_string(), "line 3: a quoted field is never closed");
        assert_eq!("csv".parse::<InputFormat>(), Ok(InputFormat::Csv));
        assert_eq!("xml".parse::<InputFormat>().unwrap_err(), "unknown format \"xml\": auto, jsonl, csv or plain");
    }

    #[test]
    fn the_portable_exp_agrees_with_the_platforms() {
        for x in [-50.0, -30.5, -1.0, -1e-9, 0.0, 0.3, 1.0, 2.5, 40.0, 50.0] {
            let (ours, platform) = (portable_exp(x), f64::exp(x));
            assert!(((ours - platform) / platform).abs() < 1e-14, "e^{x}: {ours} vs {platform}");
        }
    }

    #[test]
    fn wilson_matches_a_hand_computed_interval() {
        let [lo, hi] = wilson(0.6, 100.0);
        assert!((lo - 0.5020).abs() < 1e-3 && (hi - 0.6906).abs() < 1e-3, "{lo} {hi}");
    }
}
