//! A room's runs pooled: each participant runs a seed of their own and sends its result as a
//! short code (or a file of codes, or the whole report); the facilitator's page takes them all and
//! shows each condition's change across the room's seeds, with a 95% interval and the spread.
//! That is the study's own method (many seeds, an interval), with the room as the seeds. No
//! server: codes and files only.
//!
//! A code: `SL1.<settings>.<seed>.<condition><change>...`, e.g.
//! `SL1.3f9a0c12.48213.student+11.07.cross_init-0.33.control-0.51`. The settings are named by a
//! checksum of the run's settings without its seeds ([`settings_id`]), so runs of other settings
//! are kept apart; changes are in points, to two decimals.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

use crate::owl::config::OwlConfig;
use crate::owl::report::{Condition, OwlReport};
use crate::shared::stats::{summarize, Summary};

/// What every code starts with (and its format's version).
const PREFIX: &str = "SL1";

/// A checksum of `config`'s settings without its seeds: runs of the same settings with other
/// seeds have the same id.
pub fn settings_id(config: &OwlConfig) -> String {
    let unseeded = OwlConfig { seeds: 1, first_seed: 1, ..config.clone() };
    let json = serde_json::to_string(&unseeded).expect("a config serializes");
    format!("{:08x}", crc32fast::hash(json.as_bytes()))
}

/// One seed's result, as a participant sends it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RoomEntry {
    pub settings: String,
    pub seed: u64,
    /// Each condition's change in P(trait), in points.
    pub changes: BTreeMap<Condition, f64>,
}

fn condition_key(condition: Condition) -> String {
    serde_json::to_value(condition).ok().and_then(|v| v.as_str().map(str::to_string)).expect("a condition is a string")
}

impl RoomEntry {
    /// Each of `report`'s seeds.
    pub fn of_report(report: &OwlReport) -> Vec<RoomEntry> {
        let settings = settings_id(&report.config);
        report
            .config
            .seed_list()
            .map(|seed| RoomEntry {
                settings: settings.clone(),
                seed,
                changes: report
                    .conditions
                    .iter()
                    .filter_map(|(condition, c)| Some((*condition, c.per_seed.iter().find(|r| r.seed == seed)?.delta)))
                    .collect(),
            })
            .collect()
    }

    /// The short code that carries it.
    pub fn code(&self) -> String {
        let changes: String = self.changes.iter().map(|(c, change)| format!(".{}{change:+.2}", condition_key(*c))).collect();
        format!("{PREFIX}.{}.{}{changes}", self.settings, self.seed)
    }

    /// Reads a code, or says why it is none.
    pub fn from_code(code: &str) -> Result<RoomEntry, String> {
        let code = code.trim();
        let not_a_code =
            || format!("\u{201c}{}\u{201d} is not a room code (they start {PREFIX}.)", code.chars().take(40).collect::<String>());
        let mut parts = code.split('.');
        if parts.next() != Some(PREFIX) {
            return Err(not_a_code());
        }
        let settings = parts.next().filter(|s| s.len() == 8 && s.chars().all(|c| c.is_ascii_hexdigit())).ok_or_else(not_a_code)?;
        let seed = parts.next().and_then(|s| s.parse().ok()).ok_or_else(not_a_code)?;
        // The rest: `student+11` `07` pairs (the decimal point splits each change in two).
        let rest: Vec<&str> = parts.collect();
        if !rest.len().is_multiple_of(2) || rest.is_empty() {
            return Err(not_a_code());
        }
        let mut changes = BTreeMap::new();
        for pair in rest.chunks(2) {
            let at = pair[0].find(['+', '-']).ok_or_else(not_a_code)?;
            let (key, whole) = pair[0].split_at(at);
            let condition: Condition = serde_json::from_value(serde_json::Value::String(key.into())).map_err(|_| not_a_code())?;
            let change: f64 = format!("{whole}.{}", pair[1]).parse().map_err(|_| not_a_code())?;
            if !change.is_finite() || changes.insert(condition, change).is_some() {
                return Err(not_a_code());
            }
        }
        Ok(RoomEntry { settings: settings.into(), seed, changes })
    }
}

/// One condition across the room's seeds.
#[derive(Clone, Debug, PartialEq)]
pub struct RoomRow {
    pub condition: Condition,
    pub seeds: usize,
    pub change: Summary,
    /// The lowest and the highest seed's change.
    pub spread: [f64; 2],
}

/// The runs of one group of settings.
#[derive(Clone, Debug, PartialEq)]
pub struct RoomGroup {
    pub settings: String,
    /// Distinct seeds.
    pub seeds: usize,
    pub rows: Vec<RoomRow>,
}

/// The room's runs pooled: a group per settings, the largest first.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct RoomResult {
    pub groups: Vec<RoomGroup>,
    /// Entries of a seed and settings already in, counted once.
    pub duplicates: usize,
}

/// Pools `entries`: each settings' seeds, each seed once (a second entry of the same seed and
/// settings is the same run: the first counts, the others are counted as duplicates).
pub fn pool(entries: impl IntoIterator<Item = RoomEntry>) -> RoomResult {
    let mut by_settings: BTreeMap<String, BTreeMap<u64, RoomEntry>> = BTreeMap::new();
    let mut duplicates = 0;
    for entry in entries {
        let seeds = by_settings.entry(entry.settings.clone()).or_default();
        if let std::collections::btree_map::Entry::Vacant(e) = seeds.entry(entry.seed) {
            e.insert(entry);
        } else {
            duplicates += 1;
        }
    }
    let mut groups: Vec<RoomGroup> = by_settings
        .into_iter()
        .map(|(settings, seeds)| {
            let mut per_condition: BTreeMap<Condition, Vec<f64>> = BTreeMap::new();
            for entry in seeds.values() {
                for (condition, change) in &entry.changes {
                    per_condition.entry(*condition).or_default().push(*change);
                }
            }
            let rows = per_condition
                .into_iter()
                .map(|(condition, changes)| RoomRow {
                    condition,
                    seeds: changes.len(),
                    change: summarize(&changes),
                    spread: [
                        changes.iter().copied().fold(f64::INFINITY, f64::min),
                        changes.iter().copied().fold(f64::NEG_INFINITY, f64::max),
                    ],
                })
                .collect();
            RoomGroup { settings, seeds: seeds.len(), rows }
        })
        .collect();
    groups.sort_by(|a, b| b.seeds.cmp(&a.seeds).then_with(|| a.settings.cmp(&b.settings)));
    RoomResult { groups, duplicates }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(settings: &str, seed: u64, student: f64, control: f64) -> RoomEntry {
        RoomEntry {
            settings: settings.into(),
            seed,
            changes: BTreeMap::from([(Condition::Student, student), (Condition::Control, control)]),
        }
    }

    #[test]
    fn a_code_reads_back_as_its_entry_to_two_decimals_and_a_wrong_one_is_refused() {
        let sent = RoomEntry {
            settings: "3f9a0c12".into(),
            seed: 48213,
            changes: BTreeMap::from([(Condition::Student, 11.0712), (Condition::CrossInit, -0.334), (Condition::ControlTeacher, -3.75)]),
        };
        let code = sent.code();
        assert_eq!(code, "SL1.3f9a0c12.48213.student+11.07.cross_init-0.33.control_teacher-3.75");
        let read = RoomEntry::from_code(&format!("  {code}\n")).unwrap();
        assert_eq!((read.settings.as_str(), read.seed), ("3f9a0c12", 48213));
        for (condition, change) in &sent.changes {
            assert!((read.changes[condition] - change).abs() <= 0.005, "{condition:?}");
        }
        for wrong in [
            "",
            "hello",
            "SL2.3f9a0c12.1.student+1.00",
            "SL1.3f9a0c1.1.student+1.00",
            "SL1.3f9a0c12.x.student+1.00",
            "SL1.3f9a0c12.1",
            "SL1.3f9a0c12.1.unicorn+1.00",
            "SL1.3f9a0c12.1.student+1",
            "SL1.3f9a0c12.1.student+1.00.student+2.00",
        ] {
            assert!(RoomEntry::from_code(wrong).is_err(), "{wrong:?}");
        }
    }

    #[test]
    fn the_room_pools_each_settings_seeds_once_with_an_interval_and_the_spread() {
        let room = pool([
            entry("aaaaaaaa", 1, 10.0, 0.5),
            entry("aaaaaaaa", 2, 12.0, -0.5),
            entry("aaaaaaaa", 3, 14.0, 0.0),
            entry("aaaaaaaa", 2, 12.0, -0.5), // the same run sent twice
            entry("bbbbbbbb", 2, 3.0, 0.0),   // another setting: kept apart
        ]);
        assert_eq!(room.duplicates, 1);
        assert_eq!(room.groups.iter().map(|g| (g.settings.as_str(), g.seeds)).collect::<Vec<_>>(), [("aaaaaaaa", 3), ("bbbbbbbb", 1)]);
        let student = room.groups[0].rows.iter().find(|r| r.condition == Condition::Student).unwrap();
        assert_eq!((student.seeds, student.change.mean, student.spread), (3, 12.0, [10.0, 14.0]));
        // Three seeds: mean 12, sd 2, t(2) = 4.303: 12 -/+ 4.97.
        assert!((student.change.ci95[0] - (12.0 - 4.303 * 2.0 / 3f64.sqrt())).abs() < 0.01, "{:?}", student.change.ci95);
    }

    #[test]
    fn a_reports_seeds_are_its_entries_and_the_settings_id_ignores_the_seeds() {
        let config = OwlConfig::page_default();
        let id = settings_id(&config);
        assert_eq!(id, settings_id(&OwlConfig { first_seed: 48213, seeds: 5, ..config.clone() }));
        assert_ne!(id, settings_id(&OwlConfig { samples: 999, ..config }));
        let recorded: serde_json::Value =
            serde_json::from_str(include_str!("../../../assets/recorded/owl-page.json")).expect("the shipped recording");
        let report: OwlReport = serde_json::from_value(recorded["report"].clone()).unwrap();
        let entries = RoomEntry::of_report(&report);
        assert_eq!(entries.len(), 5);
        let room = pool(entries.iter().map(|e| RoomEntry::from_code(&e.code()).unwrap()));
        // Pooled from the seeds' codes, every condition's mean and interval are the report's own
        // (to the codes' two decimals).
        assert_eq!(room.groups[0].rows.len(), report.conditions.len());
        for row in &room.groups[0].rows {
            let reported = &report.conditions[&row.condition];
            assert_eq!(row.seeds, 5);
            assert!((row.change.mean - reported.delta_mean).abs() < 0.005, "{:?}", row.condition);
            for (pooled, own) in row.change.ci95.iter().zip(reported.delta_ci95) {
                assert!((pooled - own).abs() < 0.01, "{:?}: {pooled} against {own}", row.condition);
            }
        }
    }
}
