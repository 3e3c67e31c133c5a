//! Summary statistics across seeds: mean, standard deviation and a 95% confidence interval.

use serde::{Deserialize, Serialize};

/// Two-sided 97.5% quantiles of Student's t for 1..=30 degrees of freedom.
const T_975: [f64; 30] = [
    12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093,
    2.086, 2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
];

#[derive(Clone, Copy, Debug, Serialize, Deserialize, PartialEq)]
pub struct Summary {
    pub mean: f64,
    /// Sample standard deviation (0 for a single value).
    pub sd: f64,
    /// 95% confidence interval of the mean (t distribution); a single value gives `[mean, mean]`.
    pub ci95: [f64; 2],
}

/// The middle value (the mean of the two middle ones for an even count).
pub fn median(values: &[f64]) -> f64 {
    assert!(!values.is_empty(), "no median of nothing");
    let mut sorted = values.to_vec();
    sorted.sort_by(|a, b| a.total_cmp(b));
    let mid = sorted.len() / 2;
    if sorted.len().is_multiple_of(2) {
        (sorted[mid - 1] + sorted[mid]) / 2.0
    } else {
        sorted[mid]
    }
}

pub fn summarize(values: &[f64]) -> Summary {
    let n = values.len();
    assert!(n > 0, "nothing to summarize");
    let mean = values.iter().sum::<f64>() / n as f64;
    if n == 1 {
        return Summary { mean, sd: 0.0, ci95: [mean, mean] };
    }
    let var = values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n - 1) as f64;
    let sd = var.sqrt();
    let t = T_975.get(n - 2).copied().unwrap_or(1.96);
    let half = t * sd / (n as f64).sqrt();
    Summary { mean, sd, ci95: [mean - half, mean + half] }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_a_hand_computed_interval() {
        let s = summarize(&[1.0, 2.0, 3.0, 4.0, 5.0]);
        assert!((s.mean - 3.0).abs() < 1e-12);
        assert!((s.sd - 2.5f64.sqrt()).abs() < 1e-12);
        let half = 2.776 * 2.5f64.sqrt() / 5f64.sqrt();
        assert!((s.ci95[0] - (3.0 - half)).abs() < 1e-9 && (s.ci95[1] - (3.0 + half)).abs() < 1e-9);
    }

    #[test]
    fn one_value_has_no_spread() {
        assert_eq!(summarize(&[2.5]), Summary { mean: 2.5, sd: 0.0, ci95: [2.5, 2.5] });
    }
}
