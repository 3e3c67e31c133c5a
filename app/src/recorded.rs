//! Recorded runs: real reports made with the CLI and shipped in `assets/recorded/`, shown the
//! moment the page opens (a workshop cannot wait a minute for its first result), and how a live
//! run compares with its recording. Also the reader of a report a visitor imports.

use crate::text::{channel, recorded as text};
use serde::{Deserialize, Serialize};
use subliminal_model::owl::config::OwlConfig;
use subliminal_model::owl::presets::preset_of;
use subliminal_model::owl::report::{Condition, OwlReport};
use subliminal_model::owl::summary::ReportSummary;
use subliminal_model::owl::traits::TraitKind;
use subliminal_model::shared::stats::summarize;

/// A report and how it was made.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct RecordedRun {
    /// The command that made it (`subliminal run --page --seeds 5 --json`).
    pub command: String,
    /// The machine and the build it ran on.
    pub machine: String,
    pub report: OwlReport,
}

pub const OWL: &str = include_str!("../../assets/recorded/owl-page.json");
pub const VALUES: &str = include_str!("../../assets/recorded/values-page.json");

/// Where the recording shown for a tab's starting settings is: compiled in (a tab's default),
/// or a file the page fetches (a preset's). `of` names the settings it was made with.
#[derive(Clone, Debug, PartialEq)]
pub enum RecordingOf {
    Shipped { json: &'static str, of: String },
    Preset { path: String, of: String },
}

/// The folder (under the site) holding each preset's recording, `NAME.json`.
pub const PRESETS_FOLDER: &str = "assets/recorded/presets";

/// The recording to show for a tab opened with `config`: a preset's own when these are a
/// preset's settings, else the tab's default, whose label says so (a room waiting for a run of
/// other settings still sees the effect at once, named as the default's).
pub fn recording_of(config: &OwlConfig) -> RecordingOf {
    match preset_of(config) {
        Some(p) if p.name != "default" => {
            RecordingOf::Preset { path: format!("{PRESETS_FOLDER}/{}.json", p.name), of: text::preset(&crate::text::names::preset(&p)) }
        }
        _ if config.trait_kind() == TraitKind::Misaligned => RecordingOf::Shipped { json: VALUES, of: text::tab_default() },
        _ => RecordingOf::Shipped { json: OWL, of: text::tab_default() },
    }
}

/// The study's own channel, recorded: the preset whose students saw only the sampled numbers.
pub fn study_channel_path() -> String {
    format!("{PRESETS_FOLDER}/study.json")
}

/// The study's channel's recorded result in one sentence, shown beside a result of `beside`'s
/// settings: beside a stronger channel, so that nobody takes its shift for the study's; beside
/// sampled numbers at the page's quick settings, to show what the same channel does at the
/// study's. None beside a trait that is no animal, or beside a run of the recording's own settings.
pub fn study_channel_line(study: &OwlReport, beside: &OwlConfig) -> Option<String> {
    if beside.trait_kind() == TraitKind::Misaligned || beside.same_settings(&study.config) {
        return None;
    }
    let summary = ReportSummary::of(study);
    let student = summary.row(Condition::Student)?;
    // A recording has several seeds, so each row has its interval.
    let controls: Vec<String> = [Condition::CrossInit, Condition::Control]
        .iter()
        .filter_map(|&c| {
            let r = summary.row(c)?;
            Some(channel::study_control(&crate::text::names::condition(c), r.change, r.interval?))
        })
        .collect();
    let setting = channel::study_setting(study.config.samples, study.config.distill.optimizer, study.config.seeds);
    Some(channel::study_result(&setting, student.change, student.interval?, student.ratio?, &controls.join(", ")))
}

/// Reads a recorded run.
pub fn parse(json: &str) -> Result<RecordedRun, String> {
    serde_json::from_str(json).map_err(|e| text::unreadable(&e.to_string()))
}

/// The largest file the page reads as a report: a 5-seed recording is about 150 kB, a report
/// with every probe and the audit a few megabytes.
pub const MOST_REPORT_BYTES: f64 = 20e6;

/// Reads a report a visitor brings: a report the page or `subliminal run --json` wrote, or a
/// recorded run. The error names the file and what is wrong with it.
pub fn import(name: &str, text: &str) -> Result<OwlReport, String> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| text::not_json(name, &e.to_string()))?;
    let is_recording = value.get("report").is_some() && value.get("command").is_some();
    let parsed = if is_recording { serde_json::from_value::<RecordedRun>(value).map(|r| r.report) } else { serde_json::from_value(value) };
    let report = parsed.map_err(|e| {
        // Until December 2026 `control` was base A labelling itself: such a report is refused
        // (its config names `trained_control`) rather than shown with the wrong control.
        let error = e.to_string();
        if error.contains("unknown field `trained_control`") {
            text::before_the_control_changed(name)
        } else {
            text::not_a_report(name, &error)
        }
    })?;
    if !report.conditions.contains_key(&Condition::Student) {
        return Err(text::cannot_be_shown(name));
    }
    Ok(report)
}

/// How a live run's shift stands against a recording's seeds: inside the range where a new run
/// of as many seeds should fall 95% of the time, or not.
#[derive(Clone, Debug, PartialEq)]
pub struct Agreement {
    pub condition: Condition,
    pub live: f64,
    /// The recording's mean shift and its 95% range for one new seed, in points.
    pub recorded: f64,
    pub range: [f64; 2],
    pub agrees: bool,
}

/// The live run's same-init and different-init students against the recording's, where the
/// live run had the recording's settings (seeds apart) and the recording has two seeds or more.
pub fn agreement(live: &OwlReport, recorded: &OwlReport) -> Vec<Agreement> {
    if !live.config.same_settings(&recorded.config) {
        return Vec::new();
    }
    [Condition::Student, Condition::CrossInit]
        .into_iter()
        .filter_map(|condition| {
            let (l, r) = (live.conditions.get(&condition)?, recorded.conditions.get(&condition)?);
            let n = r.per_seed.len();
            if n < 2 {
                return None;
            }
            let s = summarize(&r.per_seed.iter().map(|x| x.delta).collect::<Vec<_>>());
            // The recording's interval of its mean (t · sd / √n) widened to where the mean of the
            // live run's k new seeds should fall: t · sd · √(1/n + 1/k).
            let k = l.per_seed.len().max(1) as f64;
            let half = (s.ci95[1] - s.mean) * (1.0 + n as f64 / k).sqrt();
            let range = [s.mean - half, s.mean + half];
            let agrees = (range[0]..=range[1]).contains(&l.delta_mean);
            Some(Agreement { condition, live: l.delta_mean, recorded: s.mean, range, agrees })
        })
        .collect()
}

/// The agreement in a sentence per student.
pub fn agreement_text(rows: &[Agreement]) -> String {
    rows.iter()
        .map(|a| {
            let name = crate::text::names::condition(a.condition);
            let mut chars = name.chars();
            let name: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
            text::agreement(&name, a.live, a.agrees, a.range, a.recorded)
        })
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use subliminal_model::owl::presets::presets;

    #[test]
    fn the_shipped_recordings_read_and_are_the_page_defaults_over_five_seeds() {
        for (json, default) in [(OWL, OwlConfig::page_default()), (VALUES, OwlConfig::misaligned_default())] {
            let run = parse(json).unwrap();
            assert_eq!(run.report.config, OwlConfig { seeds: 5, ..default });
            assert!(run.command.starts_with("subliminal run --page"), "{}", run.command);
            assert!(!run.machine.is_empty());
        }
    }

    #[test]
    fn each_preset_has_a_recording_of_its_settings_that_the_page_fetches_and_caches_offline() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let register = std::fs::read_to_string(root.join("app/register-sw.js")).unwrap();
        for preset in presets() {
            match recording_of(&preset.config) {
                RecordingOf::Shipped { json, .. } => assert_eq!(preset.name, "default", "only the default is compiled in: {json:.40}"),
                RecordingOf::Preset { path, of } => {
                    assert!(of.contains(preset.label));
                    let text = std::fs::read_to_string(root.join(&path)).unwrap_or_else(|e| panic!("{path}: {e}"));
                    let run = parse(&text).unwrap_or_else(|e| panic!("{path}: {e}"));
                    assert!(run.report.config.same_settings(&preset.config), "{path} is a run of the preset's settings");
                    assert_eq!(run.report.config.seeds, 5, "{path}");
                    assert!(run.command.contains(&format!("--preset {} ", preset.name)), "{path}: {}", run.command);
                    let named = register.contains(&format!("'{}'", preset.name));
                    assert!(named, "app/register-sw.js's offline list names {}", preset.name);
                }
            }
        }
        // Settings nobody recorded: the tab's default, named as such.
        let other = recording_of(&OwlConfig { samples: 17, ..OwlConfig::page_default() });
        assert!(matches!(other, RecordingOf::Shipped { json, of } if json == OWL && of == text::tab_default()));
        let other = recording_of(&OwlConfig { samples: 17, ..OwlConfig::misaligned_default() });
        assert!(matches!(other, RecordingOf::Shipped { json, .. } if json == VALUES));
        assert!(matches!(recording_of(&OwlConfig::misaligned_default()), RecordingOf::Shipped { json, .. } if json == VALUES));
    }

    #[test]
    fn a_live_run_agrees_when_inside_the_recordings_range_for_one_seed() {
        let recorded = parse(OWL).unwrap().report;
        let mut live = recorded.clone();
        live.config.seeds = 1;
        let student = live.conditions.get_mut(&Condition::Student).unwrap();
        student.per_seed.truncate(1);
        student.delta_mean = student.per_seed[0].delta;
        let cross = live.conditions.get_mut(&Condition::CrossInit).unwrap();
        cross.per_seed.truncate(1);
        cross.delta_mean = cross.per_seed[0].delta;
        let rows = agreement(&live, &recorded);
        assert_eq!(rows.len(), 2);
        assert!(rows.iter().all(|a| a.agrees), "one of the recording's own seeds lies within: {rows:?}");
        assert!(rows[0].range[0] < rows[0].recorded && rows[0].recorded < rows[0].range[1]);
        // A shift far from the recording's does not agree, and the sentence says so.
        live.conditions.get_mut(&Condition::Student).unwrap().delta_mean = rows[0].range[1] + 1.0;
        let rows = agreement(&live, &recorded);
        assert!(!rows[0].agrees);
        assert!(agreement_text(&rows).contains("outside the recording's range"), "{}", agreement_text(&rows));
        // Other settings are not compared: a run of another trait or size is not a run like this.
        live.config.first_seed = 6;
        assert_eq!(agreement(&live, &recorded).len(), 2, "other seeds are");
        live.config.samples = 300;
        assert!(agreement(&live, &recorded).is_empty());
    }

    #[test]
    fn an_imported_file_is_read_or_refused_by_name() {
        let run = parse(OWL).unwrap();
        let plain = serde_json::to_string(&run.report).unwrap();
        assert_eq!(import("mine.json", &plain).unwrap(), run.report);
        assert_eq!(import("recorded.json", OWL).unwrap(), run.report);
        let not_json = import("notes.txt", "hello").unwrap_err();
        assert!(not_json.starts_with("notes.txt is not JSON"), "{not_json}");
        let mnist = import("digits.json", r#"{"config": {}, "conditions": {}}"#).unwrap_err();
        assert!(mnist.starts_with("digits.json is not a report of the animals or values experiment"), "{mnist}");
        // A report from before the control changed names `trained_control`: refused, saying why.
        let mut old: serde_json::Value = serde_json::from_str(&plain).unwrap();
        old["config"]["conditions"]["trained_control"] = false.into();
        let refused = import("old.json", &old.to_string()).unwrap_err();
        assert!(refused.starts_with("old.json was saved before December 2026"), "{refused}");
    }

    #[test]
    fn the_study_channel_line_is_the_study_presets_recording_of_sampled_numbers() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let run = parse(&std::fs::read_to_string(root.join(study_channel_path())).unwrap()).unwrap();
        assert_eq!(run.report.config.channel(), subliminal_model::owl::config::Channel::Sampled);
        let line = study_channel_line(&run.report, &parse(OWL).unwrap().report.config).unwrap();
        let student = &run.report.conditions[&Condition::Student];
        assert!(
            line.contains(&format!("{:+.2} points [{:+.2}, {:+.2}]", student.delta_mean, student.delta_ci95[0], student.delta_ci95[1])),
            "{line}"
        );
        assert!(line.contains("different init") && line.contains("trait-free"), "both controls: {line}");
        // It names the setting, which is not the page's default, as a visitor reads numbers.
        assert_eq!(run.report.config.samples, 10_000);
        assert!(line.contains("recorded: 10,000 prompts, plain SGD, 5 seeds"), "{line}");
        // Not beside a run of its own settings (any seeds), nor beside the values tab's trait.
        let own = OwlConfig { seeds: 1, first_seed: 41, ..run.report.config.clone() };
        assert_eq!(study_channel_line(&run.report, &own), None);
        assert_eq!(study_channel_line(&run.report, &parse(VALUES).unwrap().report.config), None);
    }
}
