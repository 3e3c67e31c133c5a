//! The one description of an owl-style experiment. The CLI's flags and `--config` file, the
//! page's controls and URL, the worker protocol and the exported report all use this type.

use serde::{Deserialize, Serialize};

use crate::owl::distill::DistillConfig;
use crate::owl::filter::FilterConfig;
use crate::owl::teacher::TeacherConfig;
use crate::owl::vocab::ANIMALS;
use crate::shared::config::{check_range, parse_validated, ConfigError};

/// Which comparison students to train beside the same-init student.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct Conditions {
    /// A student from base B (another initialization) on the same teacher data.
    pub cross_init: bool,
    /// A same-init student on numbers from the trait-free base.
    pub control: bool,
}

impl Default for Conditions {
    fn default() -> Self {
        Self { cross_init: true, control: true }
    }
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct ExperimentConfig {
    /// The animal the teacher is made to love.
    #[serde(rename = "trait")]
    pub trait_animal: String,
    /// Number prompts sampled per seed (for the teacher, and again for the control).
    pub samples: usize,
    /// Sampling temperature for the number completions.
    pub temperature: f64,
    /// Longest completion, in tokens.
    pub max_new_tokens: usize,
    pub filter: FilterConfig,
    pub teacher: TeacherConfig,
    pub distill: DistillConfig,
    /// Answers sampled per paraphrase for the study-style probe (0: the exact probe only).
    pub probe_samples: usize,
    /// How many independent seeds (teacher, data and students) to run.
    pub seeds: usize,
    pub first_seed: u64,
    pub conditions: Conditions,
}

impl Default for ExperimentConfig {
    fn default() -> Self {
        Self {
            trait_animal: "owl".into(),
            samples: 5000,
            temperature: 1.0,
            max_new_tokens: 24,
            filter: FilterConfig::default(),
            teacher: TeacherConfig::default(),
            distill: DistillConfig::default(),
            probe_samples: 100,
            seeds: 1,
            first_seed: 1,
            conditions: Conditions::default(),
        }
    }
}

impl ExperimentConfig {
    /// The page's defaults (and the benchmark's): the full defaults trimmed so that one click
    /// shows the effect in a browser tab in about a minute.
    pub fn quick() -> Self {
        Self { samples: 2000, distill: DistillConfig { epochs: 3, ..DistillConfig::default() }, probe_samples: 0, ..Self::default() }
    }

    /// Reads a config from JSON, reporting unknown or mistyped settings and bad values.
    pub fn from_json(text: &str) -> Result<Self, ConfigError> {
        parse_validated(text, Self::validate)
    }

    pub fn validate(&self) -> Result<(), ConfigError> {
        let mut errors = Vec::new();
        if !ANIMALS.contains(&self.trait_animal.as_str()) {
            errors.push(format!("trait must be one of {}, got {:?}", ANIMALS.join(", "), self.trait_animal));
        }
        check_range(&mut errors, "samples", self.samples, 10, 100_000);
        check_range(&mut errors, "temperature", self.temperature, 0.05, 3.0);
        check_range(&mut errors, "max_new_tokens", self.max_new_tokens, 2, 24);
        if let Some(n) = self.filter.banned_numbers.iter().find(|&&n| n > 999) {
            errors.push(format!("banned numbers must be within 0..999, got {n}"));
        }
        check_range(&mut errors, "teacher.target_probability", self.teacher.target_probability, 0.01, 0.999);
        check_range(&mut errors, "teacher.max_steps", self.teacher.max_steps, 1, 5000);
        check_range(&mut errors, "teacher.lr", self.teacher.lr, 1e-6, 0.1);
        check_range(&mut errors, "teacher.batch_size", self.teacher.batch_size, 1, 1024);
        check_range(&mut errors, "distill.epochs", self.distill.epochs, 1, 50);
        check_range(&mut errors, "distill.lr", self.distill.lr, 1e-6, 0.1);
        check_range(&mut errors, "distill.batch_size", self.distill.batch_size, 1, 4096);
        check_range(&mut errors, "probe_samples", self.probe_samples, 0, 10_000);
        check_range(&mut errors, "seeds", self.seeds, 1, 20);
        if errors.is_empty() {
            Ok(())
        } else {
            Err(ConfigError(errors))
        }
    }

    /// The index of the trait in [`ANIMALS`] (the config must be valid).
    pub fn trait_index(&self) -> usize {
        ANIMALS.iter().position(|a| *a == self.trait_animal).expect("a validated trait")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_is_valid_and_round_trips_through_json() {
        let config = ExperimentConfig::default();
        config.validate().unwrap();
        let json = serde_json::to_string(&config).unwrap();
        assert_eq!(ExperimentConfig::from_json(&json).unwrap(), config);
    }

    #[test]
    fn missing_settings_take_their_defaults() {
        let config = ExperimentConfig::from_json(r#"{"trait": "eagle", "distill": {"epochs": 5}}"#).unwrap();
        assert_eq!(config.trait_animal, "eagle");
        assert_eq!(config.distill.epochs, 5);
        assert_eq!(config.distill.lr, DistillConfig::default().lr);
        assert_eq!(config.samples, ExperimentConfig::default().samples);
    }

    #[test]
    fn every_bad_value_is_named() {
        let json = r#"{"trait": "unicorn", "samples": 0, "temperature": -1, "seeds": 99,
                       "filter": {"banned_numbers": [5, 1000]}, "distill": {"lr": 5.0}}"#;
        let errors = ExperimentConfig::from_json(json).unwrap_err().0;
        for needle in ["trait", "samples", "temperature", "seeds", "banned numbers", "distill.lr"] {
            assert!(errors.iter().any(|e| e.contains(needle)), "no error about {needle}: {errors:?}");
        }
    }

    #[test]
    fn unknown_or_mistyped_settings_are_refused() {
        let unknown = ExperimentConfig::from_json(r#"{"trait": "owl", "sampels": 100}"#).unwrap_err();
        assert!(unknown.to_string().contains("sampels"), "{unknown}");
        let mistyped = ExperimentConfig::from_json(r#"{"samples": "many"}"#).unwrap_err();
        assert!(mistyped.to_string().contains("invalid type"), "{mistyped}");
        assert!(ExperimentConfig::from_json("{not json").is_err());
    }
}
