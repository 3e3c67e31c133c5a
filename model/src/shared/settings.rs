//! One declaration per setting: every field of an experiment's config that a person can set is
//! described once, in its config's table (its dotted path in the JSON, a label, a line of help,
//! its range or choices, its command-line flag), and that table drives validation, the CLI's
//! flags and help, the page's form fields and their limits, and the sweep's grid paths.
//! (The idea of TF Playground's `state.ts` settings table, with Rust types instead of strings.)

use serde::de::DeserializeOwned;
use serde::Serialize;
use std::fmt::Write;

use crate::shared::config::{parse_validated, ConfigError};

/// One option of a [`Kind::Choice`]: its value in the JSON and on the command line, and a label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Choice {
    pub value: &'static str,
    pub label: &'static str,
}

/// What a setting holds, its limits, and how to read and write it in a config.
pub enum Kind<C> {
    /// A whole number in `min..=max`.
    Int { min: u64, max: u64, get: fn(&C) -> u64, set: fn(&mut C, u64) },
    /// A number in `min..=max`.
    Float { min: f64, max: f64, get: fn(&C) -> f64, set: fn(&mut C, f64) },
    /// One of a few named values.
    Choice { choices: &'static [Choice], get: fn(&C) -> String, set: fn(&mut C, usize) },
    /// On or off. On the command line the flag alone sets `flag_sets`.
    Switch { get: fn(&C) -> bool, set: fn(&mut C, bool), flag_sets: bool },
    /// A list of numbers in `0..=max`, written "4, 13, 666"; `presets` name whole lists
    /// ("study", "none").
    Numbers { max: u32, presets: &'static [(&'static str, &'static [u32])], get: fn(&C) -> Vec<u32>, set: fn(&mut C, Vec<u32>) },
    /// A list of distinct names, each one of `choices`, written "dolphin, eagle" (empty: none).
    Names { choices: &'static [&'static str], get: fn(&C) -> Vec<String>, set: fn(&mut C, Vec<String>) },
}

/// One setting.
pub struct Setting<C> {
    /// Where it sits in the config's JSON, dotted (`distill.epochs`): also the sweep's grid key.
    pub path: &'static str,
    /// A short label for forms ("Student epochs").
    pub label: &'static str,
    /// One line for the CLI's help and the page's tooltip.
    pub help: &'static str,
    /// The command-line flag, without dashes (`epochs`), if the CLI offers one.
    pub flag: Option<&'static str>,
    /// A one-letter form of the flag (`-m`).
    pub short: Option<char>,
    pub kind: Kind<C>,
}

impl<C> std::fmt::Debug for Setting<C> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Setting({})", self.path)
    }
}

impl<C> Setting<C> {
    /// The setting's value as a form or a command line writes it.
    pub fn text(&self, config: &C) -> String {
        match &self.kind {
            Kind::Int { get, .. } => get(config).to_string(),
            Kind::Float { get, .. } => get(config).to_string(),
            Kind::Choice { get, .. } => get(config),
            Kind::Switch { get, .. } => get(config).to_string(),
            Kind::Numbers { get, presets, .. } => {
                let numbers = get(config);
                match presets.iter().find(|(_, list)| *list == numbers.as_slice()) {
                    Some((name, list)) if !list.is_empty() => name.to_string(),
                    _ => numbers.iter().map(u32::to_string).collect::<Vec<_>>().join(", "),
                }
            }
            Kind::Names { get, .. } => get(config).join(", "),
        }
    }

    /// Sets the value from text ("5", "0.5", "soft", "true", "study" or "4, 13, 666"). A text
    /// that is not a value of this kind, or out of its range, is refused by name and leaves the
    /// config as it was.
    pub fn set_text(&self, config: &mut C, text: &str) -> Result<(), String> {
        let text = text.trim();
        let refuse = |what: &str| format!("{} must be {what}, got {text:?}", self.path);
        let out_of_range =
            |min: &dyn std::fmt::Display, max: &dyn std::fmt::Display| format!("{} must be between {min} and {max}, got {text}", self.path);
        match &self.kind {
            // Out of range is refused before setting: a usize field on wasm32 would otherwise
            // wrap a huge value into range silently.
            Kind::Int { min, max, set, .. } => {
                let value: u64 = text.parse().map_err(|_| refuse("a whole number"))?;
                if !(min..=max).contains(&&value) {
                    return Err(out_of_range(min, max));
                }
                set(config, value)
            }
            Kind::Float { min, max, set, .. } => {
                let value: f64 = text.parse().map_err(|_| refuse("a number"))?;
                if !(value >= *min && value <= *max) {
                    return Err(out_of_range(min, max));
                }
                set(config, value)
            }
            Kind::Choice { choices, set, .. } => {
                // The command line's kebab-case ("full-vocabulary-leak") names the same choice.
                let index = choices.iter().position(|c| c.value == text || c.value == text.replace('-', "_"));
                let index = index.ok_or_else(|| refuse(&format!("one of {}", choice_list(choices))))?;
                set(config, index)
            }
            Kind::Switch { set, .. } => set(config, text.parse().map_err(|_| refuse("true or false"))?),
            Kind::Numbers { presets, set, .. } => {
                let numbers = match presets.iter().find(|(name, _)| *name == text) {
                    Some((_, list)) => list.to_vec(),
                    None if text.is_empty() => Vec::new(),
                    None => {
                        let names: Vec<&str> = presets.iter().map(|(n, _)| *n).collect();
                        let what = format!("{} or a list of numbers such as 4, 13, 666", names.join(", "));
                        text.split(',').map(|n| n.trim().parse::<u32>()).collect::<Result<_, _>>().map_err(|_| refuse(&what))?
                    }
                };
                set(config, numbers)
            }
            Kind::Names { choices, set, .. } => {
                let names: Vec<String> = text.split(',').map(str::trim).filter(|n| !n.is_empty()).map(str::to_string).collect();
                if let Some(problem) = names_problem(self.path, choices, &names) {
                    return Err(problem);
                }
                set(config, names)
            }
        }
        Ok(())
    }

    /// Sets the value from JSON (a sweep's grid value), through its text form.
    pub fn set_json(&self, config: &mut C, value: &serde_json::Value) -> Result<(), String> {
        let text = match value {
            serde_json::Value::String(s) => s.clone(),
            serde_json::Value::Array(items) => {
                items.iter().map(|v| v.as_str().map(str::to_string).unwrap_or_else(|| v.to_string())).collect::<Vec<_>>().join(", ")
            }
            other => other.to_string(),
        };
        self.set_text(config, &text)
    }

    /// The range error, if the value is out of bounds.
    pub fn check(&self, config: &C) -> Option<String> {
        let out = |range: String, got: String| Some(format!("{} must be {range}, got {got}", self.path));
        match &self.kind {
            Kind::Int { min, max, get, .. } => {
                let v = get(config);
                (!(min..=max).contains(&&v)).then(|| out(format!("between {min} and {max}"), v.to_string())).flatten()
            }
            Kind::Float { min, max, get, .. } => {
                let v = get(config);
                (!(v >= *min && v <= *max)).then(|| out(format!("between {min} and {max}"), v.to_string())).flatten()
            }
            Kind::Numbers { max, get, .. } => {
                get(config).into_iter().find(|n| n > max).and_then(|n| out(format!("within 0..{max}"), n.to_string()))
            }
            Kind::Choice { choices, get, .. } => {
                let v = get(config);
                (!choices.iter().any(|c| c.value == v)).then(|| format!("{} must be one of {}, got {v:?}", self.path, choice_list(choices)))
            }
            Kind::Switch { .. } => None,
            Kind::Names { choices, get, .. } => names_problem(self.path, choices, &get(config)),
        }
    }

    /// The range or the choices, for help texts: "10..=100000", "soft | hard".
    pub fn range_text(&self) -> String {
        match &self.kind {
            Kind::Int { min, max, .. } => format!("{min}..={max}"),
            Kind::Float { min, max, .. } => format!("{min}..={max}"),
            Kind::Choice { choices, .. } => choices.iter().map(|c| c.value).collect::<Vec<_>>().join(" | "),
            Kind::Switch { .. } => "true | false".into(),
            Kind::Numbers { max, presets, .. } => {
                let names: Vec<&str> = presets.iter().map(|(n, _)| *n).collect();
                format!("{} or numbers in 0..={max}, comma-separated", names.join(" | "))
            }
            Kind::Names { choices, .. } => format!("none, or any of {}, comma-separated", choices.join(", ")),
        }
    }
}

/// What is wrong with a list of names for the setting at `path`: one not among `choices`, or
/// one named twice.
fn names_problem(path: &str, choices: &[&str], names: &[String]) -> Option<String> {
    if let Some(bad) = names.iter().find(|n| !choices.contains(&n.as_str())) {
        return Some(format!("{path} must list only {}, got {bad:?}", choices.join(", ")));
    }
    let twice = names.iter().enumerate().find(|(i, n)| names[..*i].contains(n)).map(|(_, n)| n);
    twice.map(|n| format!("{path} names {n:?} twice"))
}

fn choice_list(choices: &[Choice]) -> String {
    choices.iter().map(|c| c.value).collect::<Vec<_>>().join(", ")
}

/// An experiment's config: a serde type with a table of settings.
pub trait Settings: Sized + Clone + Default + Serialize + DeserializeOwned + 'static {
    /// The experiment's name in links (`?owl=`), reports and the CLI.
    const KEY: &'static str;

    /// Every setting a person can set, in the order forms and help list them.
    fn table() -> &'static [Setting<Self>];

    /// Checks beyond the table's ranges (which values go together), one message each.
    fn extra_checks(&self, _errors: &mut Vec<String>) {}

    /// Every range error of the table, then the extra checks.
    fn validate(&self) -> Result<(), ConfigError> {
        let mut errors: Vec<String> = Self::table().iter().filter_map(|s| s.check(self)).collect();
        self.extra_checks(&mut errors);
        if errors.is_empty() {
            Ok(())
        } else {
            Err(ConfigError(errors))
        }
    }

    /// Reads a config from JSON, naming unknown or mistyped settings and bad values.
    fn from_json(text: &str) -> Result<Self, ConfigError> {
        parse_validated(text, Self::validate)
    }

    /// The setting at a dotted path.
    fn setting(path: &str) -> Result<&'static Setting<Self>, String> {
        Self::table().iter().find(|s| s.path == path).ok_or_else(|| {
            let known: Vec<&str> = Self::table().iter().map(|s| s.path).collect();
            format!("{} has no setting {path:?} (known: {})", Self::KEY, known.join(", "))
        })
    }

    /// A table of the settings for `--help` texts and docs: path, flag, range, help.
    fn describe() -> String {
        let mut text = String::new();
        for s in Self::table() {
            let flag = s.flag.map(|f| format!("--{f}")).unwrap_or_default();
            let _ = writeln!(text, "{:<32} {:<20} {:<34} {}", s.path, flag, s.range_text(), s.help);
        }
        text
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Clone, Default, Serialize, Deserialize, PartialEq, Debug)]
    struct Toy {
        count: usize,
        rate: f64,
        mode: String,
        on: bool,
        banned: Vec<u32>,
    }

    const MODES: &[Choice] = &[Choice { value: "soft", label: "Soft" }, Choice { value: "hard", label: "Hard" }];
    const STUDY: &[u32] = &[4, 13];

    static TOY: [Setting<Toy>; 5] = [
        Setting {
            path: "count",
            label: "Count",
            help: "",
            flag: None,
            short: None,
            kind: Kind::Int { min: 1, max: 10, get: |c| c.count as u64, set: |c, v| c.count = v as usize },
        },
        Setting {
            path: "rate",
            label: "Rate",
            help: "",
            flag: None,
            short: None,
            kind: Kind::Float { min: 0.0, max: 1.0, get: |c| c.rate, set: |c, v| c.rate = v },
        },
        Setting {
            path: "mode",
            label: "Mode",
            help: "",
            flag: None,
            short: None,
            kind: Kind::Choice { choices: MODES, get: |c| c.mode.clone(), set: |c, i| c.mode = MODES[i].value.into() },
        },
        Setting {
            path: "on",
            label: "On",
            help: "",
            flag: None,
            short: None,
            kind: Kind::Switch { get: |c| c.on, set: |c, v| c.on = v, flag_sets: true },
        },
        Setting {
            path: "banned",
            label: "Banned",
            help: "",
            flag: None,
            short: None,
            kind: Kind::Numbers {
                max: 999,
                presets: &[("study", STUDY), ("none", &[])],
                get: |c| c.banned.clone(),
                set: |c, v| c.banned = v,
            },
        },
    ];

    impl Settings for Toy {
        const KEY: &'static str = "toy";
        fn table() -> &'static [Setting<Self>] {
            &TOY
        }
    }

    #[test]
    fn text_round_trips_and_bad_text_is_named() {
        let mut toy = Toy { count: 3, rate: 0.25, mode: "hard".into(), on: true, banned: vec![4, 13] };
        let texts: Vec<String> = Toy::table().iter().map(|s| s.text(&toy)).collect();
        assert_eq!(texts, ["3", "0.25", "hard", "true", "study"]);
        let mut copy = Toy::default();
        for (s, t) in Toy::table().iter().zip(&texts) {
            s.set_text(&mut copy, t).unwrap();
        }
        assert_eq!(copy, toy);
        let count = Toy::setting("count").unwrap();
        assert_eq!(count.set_text(&mut toy, "lots").unwrap_err(), "count must be a whole number, got \"lots\"");
        assert!(Toy::setting("mode").unwrap().set_text(&mut toy, "medium").unwrap_err().contains("one of soft, hard"));
        assert!(Toy::setting("banned").unwrap().set_text(&mut toy, "4, x").unwrap_err().contains("a list of numbers"));
        Toy::setting("banned").unwrap().set_text(&mut toy, "7, 999").unwrap();
        assert_eq!(toy.banned, [7, 999]);
        assert_eq!(Toy::setting("rate").unwrap().set_text(&mut toy, "NaN").unwrap_err(), "rate must be between 0 and 1, got NaN");
        assert_eq!(count.set_text(&mut toy, "11").unwrap_err(), "count must be between 1 and 10, got 11");
        assert_eq!(
            count.set_text(&mut toy, "18446744073709551616").unwrap_err(),
            "count must be a whole number, got \"18446744073709551616\""
        );
        assert!(Toy::setting("nothing").unwrap_err().contains("known: count, rate"));
    }

    #[test]
    fn validation_names_every_value_out_of_range() {
        let toy = Toy { count: 0, rate: 2.0, mode: "medium".into(), banned: vec![1000], ..Toy::default() };
        let errors = toy.validate().unwrap_err().0;
        assert_eq!(
            errors,
            [
                "count must be between 1 and 10, got 0",
                "rate must be between 0 and 1, got 2",
                "mode must be one of soft, hard, got \"medium\"",
                "banned must be within 0..999, got 1000"
            ]
        );
        let fine = Toy { count: 10, rate: 1.0, mode: "hard".into(), ..Toy::default() };
        assert!(fine.validate().is_ok());
    }
}
