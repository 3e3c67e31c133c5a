//! An MNIST report read once: each network's test accuracy with its interval, in the order the
//! story tells them (untrained, teacher, same-init student, different-init student). The CLI's
//! table and the page's table only format it.

use super::experiment::{MnistCondition, MnistReport};

/// One network's accuracy over the seeds, in percent.
#[derive(Clone, Debug, PartialEq)]
pub struct MnistRow {
    pub condition: MnistCondition,
    pub mean: f64,
    /// The 95% interval over the seeds; none for one seed, whose "interval" is the value itself.
    pub interval: Option<[f64; 2]>,
    pub per_seed: Vec<f64>,
}

/// What an MNIST report shows.
#[derive(Clone, Debug, PartialEq)]
pub struct MnistSummary {
    pub seeds: usize,
    /// The networks the report has, in [`MnistCondition::ALL`]'s order.
    pub rows: Vec<MnistRow>,
}

impl MnistSummary {
    pub fn of(report: &MnistReport) -> Self {
        let rows = MnistCondition::ALL
            .into_iter()
            .filter_map(|condition| {
                let c = report.conditions.get(&condition)?;
                let per_seed: Vec<f64> = c.per_seed.iter().map(|s| s.accuracy).collect();
                let interval = (per_seed.len() > 1).then_some(c.accuracy_ci95);
                Some(MnistRow { condition, mean: c.accuracy_mean, interval, per_seed })
            })
            .collect();
        Self { seeds: report.config.seeds, rows }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mnist::config::MnistConfig;
    use crate::mnist::experiment::{MnistConditionReport, MnistSeedResult};

    fn report(accuracies: &[(MnistCondition, &[f64])]) -> MnistReport {
        let conditions = accuracies
            .iter()
            .map(|(condition, values)| {
                let summary = crate::shared::stats::summarize(values);
                let per_seed = values
                    .iter()
                    .enumerate()
                    .map(|(i, &accuracy)| MnistSeedResult { seed: i as u64 + 1, accuracy, final_loss: None })
                    .collect();
                (
                    *condition,
                    MnistConditionReport { accuracy_mean: summary.mean, accuracy_sd: summary.sd, accuracy_ci95: summary.ci95, per_seed },
                )
            })
            .collect();
        let seeds = accuracies[0].1.len();
        MnistReport {
            config: MnistConfig { seeds, ..MnistConfig::default() },
            backend: String::new(),
            train_digits: 0,
            test_digits: 0,
            conditions,
            timings: Default::default(),
        }
    }

    #[test]
    fn the_networks_come_in_the_storys_order_with_an_interval_only_over_several_seeds() {
        let one = MnistSummary::of(&report(&[
            (MnistCondition::Student, &[48.0]),
            (MnistCondition::Teacher, &[91.0]),
            (MnistCondition::Init, &[10.0]),
        ]));
        let order: Vec<MnistCondition> = one.rows.iter().map(|r| r.condition).collect();
        assert_eq!(order, [MnistCondition::Init, MnistCondition::Teacher, MnistCondition::Student], "cross-init absent, left out");
        assert!(one.rows.iter().all(|r| r.interval.is_none()), "one seed: no interval");
        let three = MnistSummary::of(&report(&[(MnistCondition::Student, &[40.0, 50.0, 60.0])]));
        let [lo, hi] = three.rows[0].interval.expect("three seeds: an interval");
        assert!(lo < 50.0 && 50.0 < hi && (three.rows[0].mean - 50.0).abs() < 1e-9);
        assert_eq!(three.rows[0].per_seed, [40.0, 50.0, 60.0]);
    }
}
