//! A room's runs, on the facilitator's page (`?room`): the codes and files participants send,
//! read into entries and pooled by the engine (`subliminal_model::owl::room`). Kept apart from the
//! components, so it is tested natively.

use crate::recorded::import;
use crate::text::room as text;
use subliminal_model::owl::config::OwlConfig;
use subliminal_model::owl::presets::presets;
use subliminal_model::owl::report::OwlReport;
use subliminal_model::owl::room::{pool, settings_id, RoomEntry, RoomResult};

/// How many of a file's refused lines are named; the rest are counted.
const SHOWN_REFUSED: usize = 3;

/// What the facilitator has been sent so far.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Room {
    pub entries: Vec<RoomEntry>,
    /// What could not be read, each with its source and why.
    pub refused: Vec<String>,
}

impl Room {
    /// Adds what `name` (a file, or the pasted text) holds: a report (JSON) gives each of its
    /// seeds; any other text, a code per line (blank lines skipped).
    pub fn add(&mut self, name: &str, content: &str) {
        if content.trim_start().starts_with('{') {
            match import(name, content) {
                Ok(report) => self.entries.extend(RoomEntry::of_report(&report)),
                Err(why) => self.refused.push(why),
            }
            return;
        }
        let mut refused = 0;
        for (i, line) in content.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
            match RoomEntry::from_code(line) {
                Ok(entry) => self.entries.push(entry),
                Err(why) => {
                    refused += 1;
                    if refused <= SHOWN_REFUSED {
                        self.refused.push(text::line_refused(name, i + 1, &why));
                    }
                }
            }
        }
        if refused > SHOWN_REFUSED {
            self.refused.push(text::more_refused(name, refused - SHOWN_REFUSED));
        }
    }

    /// Every entry's code, a line each (a report's seeds as theirs): what the facilitator's page
    /// keeps between visits, and reads back with [`Self::add`].
    pub fn codes(&self) -> String {
        self.entries.iter().map(RoomEntry::code).collect::<Vec<_>>().join("\n")
    }

    pub fn result(&self) -> RoomResult {
        pool(self.entries.iter().cloned())
    }
}

/// What a group of settings is, in words: the animals or values tab's default, a preset, or
/// other settings by their id.
pub fn settings_name(id: &str) -> String {
    if id == settings_id(&OwlConfig::page_default()) {
        return text::animals_default();
    }
    if id == settings_id(&OwlConfig::misaligned_default()) {
        return text::values_default();
    }
    match presets().into_iter().find(|p| settings_id(&p.config) == id) {
        Some(preset) => text::preset(&crate::text::names::preset(&preset)),
        None => text::other_settings(id),
    }
}

/// The codes of a run's seeds, a line each: what a participant sends.
pub fn codes(report: &OwlReport) -> String {
    RoomEntry::of_report(report).iter().map(RoomEntry::code).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::recorded::{parse, OWL};
    use subliminal_model::owl::report::Condition;

    #[test]
    fn codes_files_and_reports_join_the_room_and_what_is_not_a_code_is_named() {
        let report = parse(OWL).unwrap().report;
        let sent = codes(&report);
        assert_eq!(sent.lines().count(), 5, "a code per seed");
        let mut room = Room::default();
        room.add("pasted", &format!("{}\n\n", sent.lines().next().unwrap()));
        room.add("seat-7.txt", &sent);
        room.add("report.json", &serde_json::to_string(&report).unwrap());
        room.add("notes.txt", "SL1.zz\nhello");
        assert_eq!(room.entries.len(), 11);
        assert_eq!(room.refused.len(), 2);
        assert!(room.refused[0].contains("notes.txt") && room.refused[0].contains("line 1"), "{:?}", room.refused);
        room.add("broken.json", "{ not json");
        assert_eq!(room.refused.len(), 3);
        let result = room.result();
        assert_eq!((result.groups.len(), result.groups[0].seeds, result.duplicates), (1, 5, 6));
        assert_eq!(settings_name(&result.groups[0].settings), text::animals_default());
        let student = result.groups[0].rows.iter().find(|r| r.condition == Condition::Student).unwrap();
        assert!((student.change.mean - report.conditions[&Condition::Student].delta_mean).abs() < 0.005);
    }

    #[test]
    fn a_room_kept_as_its_codes_reads_back_as_the_same_pool() {
        let report = parse(OWL).unwrap().report;
        let mut room = Room::default();
        room.add("report.json", &serde_json::to_string(&report).unwrap());
        room.add("pasted", codes(&report).lines().next().unwrap());
        let mut again = Room::default();
        again.add("kept", &room.codes());
        assert!(again.refused.is_empty());
        assert_eq!(again.codes(), room.codes(), "each entry whole, its changes to the hundredth");
        let (pooled, kept) = (room.result(), again.result());
        assert_eq!((kept.groups.len(), kept.groups[0].seeds, kept.duplicates), (pooled.groups.len(), pooled.groups[0].seeds, 1));
        for (a, b) in pooled.groups[0].rows.iter().zip(&kept.groups[0].rows) {
            assert!((a.change.mean - b.change.mean).abs() < 0.005, "{} against {}", a.change.mean, b.change.mean);
        }
    }

    #[test]
    fn a_file_of_anything_else_is_refused_in_a_few_lines() {
        let mut room = Room::default();
        let essay: String = (0..1000).map(|i| format!("line {i} of an essay\n")).collect();
        room.add("essay.txt", &essay);
        assert_eq!(room.refused.len(), SHOWN_REFUSED + 1, "three lines named, the rest counted");
        assert!(room.refused.last().unwrap().contains("997"), "{:?}", room.refused.last());
        assert!(room.entries.is_empty());
    }

    #[test]
    fn each_preset_and_other_settings_are_named() {
        for preset in presets() {
            let name = settings_name(&settings_id(&preset.config));
            assert!(name.contains(preset.label) || preset.config.same_settings(&OwlConfig::page_default()), "{name}");
        }
        assert!(settings_name("0badc0de").contains("0badc0de"));
    }
}
