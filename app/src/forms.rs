//! The page's controls as plain text fields, and their conversion to the engine's configs.
//!
//! The fields stay strings until Run so that a bad value ("-3", "abc", "") is reported by name
//! instead of silently turning into a number the visitor did not type.

use subliminal_model::owl::config::ExperimentConfig;
use subliminal_model::shared::config::ConfigError;
use subliminal_model::owl::distill::DistillMode;
use subliminal_model::owl::filter::STUDY_BANNED_NUMBERS;
use subliminal_model::mnist::config::{ImitationLoss, MnistConfig, Noise};

/// The page's owl defaults: [`ExperimentConfig::quick`] (the README lists what they give).
pub fn page_owl_default() -> ExperimentConfig {
    ExperimentConfig::quick()
}

/// The page's MNIST defaults: the engine's, with one seed.
pub fn page_mnist_default() -> MnistConfig {
    MnistConfig::default()
}

fn number<T: std::str::FromStr>(errors: &mut Vec<String>, name: &str, text: &str) -> Option<T> {
    match text.trim().parse() {
        Ok(value) => Some(value),
        Err(_) => {
            errors.push(format!("{name} must be a number, got {:?}", text.trim()));
            None
        }
    }
}

fn finish<T>(config: T, errors: Vec<String>, validate: impl Fn(&T) -> Result<(), ConfigError>) -> Result<T, ConfigError> {
    if !errors.is_empty() {
        return Err(ConfigError(errors));
    }
    validate(&config)?;
    Ok(config)
}

#[derive(Clone, Debug, PartialEq)]
pub struct OwlForm {
    pub trait_animal: String,
    pub samples: String,
    pub temperature: String,
    pub ban_study_numbers: bool,
    pub reject_words: bool,
    pub mode: DistillMode,
    pub epochs: String,
    pub seeds: String,
}

impl OwlForm {
    pub fn from_config(c: &ExperimentConfig) -> Self {
        Self {
            trait_animal: c.trait_animal.clone(),
            samples: c.samples.to_string(),
            temperature: c.temperature.to_string(),
            ban_study_numbers: !c.filter.banned_numbers.is_empty(),
            reject_words: c.filter.reject_animal_and_tree_words,
            mode: c.distill.mode,
            epochs: c.distill.epochs.to_string(),
            seeds: c.seeds.to_string(),
        }
    }

    /// The config these fields describe; settings the form does not show come from `base`.
    pub fn to_config(&self, base: &ExperimentConfig) -> Result<ExperimentConfig, ConfigError> {
        let mut errors = Vec::new();
        let mut c = base.clone();
        c.trait_animal = self.trait_animal.clone();
        c.samples = number(&mut errors, "samples", &self.samples).unwrap_or(c.samples);
        c.temperature = number(&mut errors, "temperature", &self.temperature).unwrap_or(c.temperature);
        c.filter.banned_numbers = if self.ban_study_numbers { STUDY_BANNED_NUMBERS.to_vec() } else { Vec::new() };
        c.filter.reject_animal_and_tree_words = self.reject_words;
        c.distill.mode = self.mode;
        c.distill.epochs = number(&mut errors, "epochs", &self.epochs).unwrap_or(c.distill.epochs);
        c.seeds = number(&mut errors, "seeds", &self.seeds).unwrap_or(c.seeds);
        finish(c, errors, ExperimentConfig::validate)
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct MnistForm {
    pub aux_logits: String,
    pub noise: Noise,
    pub loss: ImitationLoss,
    pub teacher_epochs: String,
    pub student_epochs: String,
    pub noise_images: String,
    pub seeds: String,
}

impl MnistForm {
    pub fn from_config(c: &MnistConfig) -> Self {
        Self {
            aux_logits: c.aux_logits.to_string(),
            noise: c.noise,
            loss: c.loss,
            teacher_epochs: c.teacher_epochs.to_string(),
            student_epochs: c.student_epochs.to_string(),
            noise_images: c.noise_images.to_string(),
            seeds: c.seeds.to_string(),
        }
    }

    pub fn to_config(&self, base: &MnistConfig) -> Result<MnistConfig, ConfigError> {
        let mut errors = Vec::new();
        let mut c = base.clone();
        c.aux_logits = number(&mut errors, "auxiliary logits (m)", &self.aux_logits).unwrap_or(c.aux_logits);
        c.noise = self.noise;
        c.loss = self.loss;
        c.teacher_epochs = number(&mut errors, "teacher epochs", &self.teacher_epochs).unwrap_or(c.teacher_epochs);
        c.student_epochs = number(&mut errors, "student epochs", &self.student_epochs).unwrap_or(c.student_epochs);
        c.noise_images = number(&mut errors, "noise images", &self.noise_images).unwrap_or(c.noise_images);
        c.seeds = number(&mut errors, "seeds", &self.seeds).unwrap_or(c.seeds);
        finish(c, errors, MnistConfig::validate)
    }
}

/// Reads a config shared in a link (`?owl=<json>` or `?mnist=<json>`), saying what is wrong.
pub fn config_from_link<T: serde::de::DeserializeOwned>(
    json: &str,
    validate: impl Fn(&T) -> Result<(), ConfigError>,
) -> Result<T, String> {
    subliminal_model::shared::config::parse_validated(json, validate)
        .map_err(|e| format!("The settings in this link could not be used ({e}); the defaults are shown instead."))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_form_round_trips_the_page_defaults() {
        let config = page_owl_default();
        assert_eq!(OwlForm::from_config(&config).to_config(&config).unwrap(), config);
        let mnist = page_mnist_default();
        assert_eq!(MnistForm::from_config(&mnist).to_config(&mnist).unwrap(), mnist);
    }

    #[test]
    fn bad_fields_are_named_not_replaced() {
        let config = page_owl_default();
        let mut form = OwlForm::from_config(&config);
        form.samples = "lots".into();
        form.seeds = "0".into();
        form.temperature = "-1".into();
        let errors = form.to_config(&config).unwrap_err().0;
        assert!(errors.iter().any(|e| e.contains("samples must be a number")), "{errors:?}");
        // Typing errors are reported first; range errors once the text parses.
        form.samples = "500".into();
        let errors = form.to_config(&config).unwrap_err().0;
        assert!(errors.iter().any(|e| e.starts_with("seeds must be between")), "{errors:?}");
        assert!(errors.iter().any(|e| e.starts_with("temperature must be between")), "{errors:?}");
    }

    #[test]
    fn the_ban_box_sets_the_study_numbers() {
        let config = page_owl_default();
        let mut form = OwlForm::from_config(&config);
        form.ban_study_numbers = true;
        assert_eq!(form.to_config(&config).unwrap().filter.banned_numbers, STUDY_BANNED_NUMBERS.to_vec());
    }

    #[test]
    fn links_with_bad_settings_are_explained() {
        let error = config_from_link::<ExperimentConfig>(r#"{"trait": "unicorn"}"#, ExperimentConfig::validate).unwrap_err();
        assert!(error.contains("trait must be one of"), "{error}");
        let error = config_from_link::<ExperimentConfig>("{not json", ExperimentConfig::validate).unwrap_err();
        assert!(error.contains("could not be used"), "{error}");
        let fine: ExperimentConfig = config_from_link(r#"{"trait": "eagle", "samples": 300}"#, ExperimentConfig::validate).unwrap();
        assert_eq!((fine.trait_animal.as_str(), fine.samples), ("eagle", 300));
    }
}
