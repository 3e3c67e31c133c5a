//! The MNIST experiment's settings: one serde type, and its table of settings (paths, ranges,
//! flags), like the owl experiment's.

use serde::{Deserialize, Serialize};

use crate::shared::settings::{Choice, Kind, Setting, Settings};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Noise {
    /// N(0, 1) pixels (the default: it transfers best at this scale).
    Gaussian,
    /// Uniform pixels in [-1, 1] (the study's choice).
    Uniform,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ImitationLoss {
    /// Squared error between auxiliary logits.
    Mse,
    /// KL between the softmaxes of the auxiliary logits (the study's loss).
    Kl,
}

#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(default, deny_unknown_fields)]
pub struct MnistConfig {
    /// Auxiliary logits m.
    pub aux_logits: usize,
    pub noise: Noise,
    pub loss: ImitationLoss,
    /// Epochs of the teacher over the 8,000 training digits. 10, not the study's 5: our training
    /// set is 7.5 times smaller than MNIST's 60,000, and 5 epochs stopped short of 93%.
    pub teacher_epochs: usize,
    pub student_epochs: usize,
    /// Noise images per student epoch.
    pub noise_images: usize,
    pub lr: f64,
    pub batch_size: usize,
    pub seeds: usize,
    pub first_seed: u64,
    /// Gradient projection, a defence (Kitkana and Arora): after every step each student's move
    /// loses its component along the teacher's move from the shared initialization.
    pub project_trait: bool,
}

impl Default for MnistConfig {
    fn default() -> Self {
        Self {
            aux_logits: 10,
            noise: Noise::Gaussian,
            loss: ImitationLoss::Mse,
            teacher_epochs: 10,
            student_epochs: 5,
            noise_images: 60_000,
            lr: 1e-3,
            batch_size: 128,
            seeds: 1,
            first_seed: 1,
            project_trait: false,
        }
    }
}

impl MnistConfig {
    /// The seeds this config runs, in order.
    pub fn seed_list(&self) -> std::ops::Range<u64> {
        self.first_seed..self.first_seed.saturating_add(self.seeds as u64)
    }
}

const NOISES: [Choice; 2] =
    [Choice { value: "gaussian", label: "Gaussian (default)" }, Choice { value: "uniform", label: "uniform in [-1, 1] (the study's)" }];
const LOSSES: [Choice; 2] =
    [Choice { value: "mse", label: "squared error (default)" }, Choice { value: "kl", label: "KL of the softmaxes (the study's)" }];

/// Every setting of the MNIST experiment: its path, label, help, range and CLI flag.
pub static TABLE: [Setting<MnistConfig>; 11] = [
    Setting {
        path: "aux_logits",
        label: "Auxiliary logits m",
        help: "Extra outputs that no digit loss touches; the student copies only these.",
        flag: Some("aux-logits"),
        short: Some('m'),
        kind: Kind::Int { min: 1, max: 64, get: |c| c.aux_logits as u64, set: |c, v| c.aux_logits = v as usize },
    },
    Setting {
        path: "noise",
        label: "Noise",
        help: "The noise images the students learn on.",
        flag: Some("noise"),
        short: None,
        kind: Kind::Choice {
            choices: &NOISES,
            get: |c| if c.noise == Noise::Uniform { "uniform" } else { "gaussian" }.into(),
            set: |c, i| c.noise = [Noise::Gaussian, Noise::Uniform][i],
        },
    },
    Setting {
        path: "loss",
        label: "Loss",
        help: "How a student matches the teacher's auxiliary logits.",
        flag: Some("loss"),
        short: None,
        kind: Kind::Choice {
            choices: &LOSSES,
            get: |c| if c.loss == ImitationLoss::Kl { "kl" } else { "mse" }.into(),
            set: |c, i| c.loss = [ImitationLoss::Mse, ImitationLoss::Kl][i],
        },
    },
    Setting {
        path: "teacher_epochs",
        label: "Teacher epochs",
        help: "Passes of the teacher over the 8,000 training digits.",
        flag: Some("teacher-epochs"),
        short: None,
        kind: Kind::Int { min: 1, max: 50, get: |c| c.teacher_epochs as u64, set: |c, v| c.teacher_epochs = v as usize },
    },
    Setting {
        path: "student_epochs",
        label: "Student epochs",
        help: "Passes of each student over its noise pool.",
        flag: Some("epochs"),
        short: None,
        kind: Kind::Int { min: 1, max: 50, get: |c| c.student_epochs as u64, set: |c, v| c.student_epochs = v as usize },
    },
    Setting {
        path: "noise_images",
        label: "Noise images per epoch",
        help: "Noise images in each student's pool.",
        flag: Some("noise-images"),
        short: None,
        kind: Kind::Int { min: 128, max: 1_000_000, get: |c| c.noise_images as u64, set: |c, v| c.noise_images = v as usize },
    },
    Setting {
        path: "lr",
        label: "Learning rate",
        help: "Adam's learning rate for the teacher and the students.",
        flag: Some("lr"),
        short: None,
        kind: Kind::Float { min: 1e-6, max: 0.1, get: |c| c.lr, set: |c, v| c.lr = v },
    },
    Setting {
        path: "batch_size",
        label: "Batch",
        help: "Images per step.",
        flag: Some("batch"),
        short: None,
        kind: Kind::Int { min: 1, max: 8192, get: |c| c.batch_size as u64, set: |c, v| c.batch_size = v as usize },
    },
    Setting {
        path: "seeds",
        label: "Seeds",
        help: "Independent seeds (initialization, teacher and students each).",
        flag: Some("seeds"),
        short: None,
        kind: Kind::Int { min: 1, max: 20, get: |c| c.seeds as u64, set: |c, v| c.seeds = v as usize },
    },
    Setting {
        path: "first_seed",
        label: "First seed",
        help: "The first of the seeds; the others follow it.",
        flag: Some("first-seed"),
        short: None,
        kind: Kind::Int { min: 0, max: 1_000_000_000, get: |c| c.first_seed, set: |c, v| c.first_seed = v },
    },
    Setting {
        path: "project_trait",
        label: "Gradient projection (a defence)",
        help: "After every step, remove from each student's move its component along the teacher's move from the shared initialization (Kitkana and Arora: it stops the transfer).",
        flag: Some("project-trait"),
        short: None,
        kind: Kind::Switch { get: |c| c.project_trait, set: |c, v| c.project_trait = v, flag_sets: true },
    },
];

impl Settings for MnistConfig {
    const KEY: &'static str = "mnist";

    fn table() -> &'static [Setting<Self>] {
        &TABLE
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_are_valid_and_bad_values_are_named() {
        MnistConfig::default().validate().unwrap();
        let errors = MnistConfig::from_json(r#"{"aux_logits": 0, "lr": -1, "seeds": 50}"#).unwrap_err().0;
        assert_eq!(errors.len(), 3, "{errors:?}");
        assert!(MnistConfig::from_json(r#"{"noise": "pink"}"#).unwrap_err().to_string().contains("pink"));
        let huge = MnistConfig::from_json(r#"{"first_seed": 18446744073709551615}"#).unwrap_err().0;
        assert_eq!(huge, ["first_seed must be between 0 and 1000000000, got 18446744073709551615"]);
    }
}
