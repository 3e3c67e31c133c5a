//! The page's settings form for any experiment, made from its config's settings table.
//!
//! The fields stay text until Run, so that a bad value ("-3", "abc", "") is reported by name
//! instead of silently turning into a number the visitor did not type. The form starts from a
//! whole config (the defaults, or a link's) and changes only the fields the visitor edits, so
//! every valid config goes through the form unchanged, settings it does not show included.

use subliminal_model::shared::config::ConfigError;
use subliminal_model::shared::settings::{Setting, Settings};

/// The form's fields as text, over the config it started from.
#[derive(Clone, Debug, PartialEq)]
pub struct SettingsForm<C> {
    base: C,
    /// The text of each field the visitor may edit, by setting path.
    texts: Vec<(&'static str, String)>,
}

impl<C: Settings> SettingsForm<C> {
    /// A form showing every setting of `config`.
    pub fn new(config: &C) -> Self {
        let texts = C::table().iter().map(|s| (s.path, s.text(config))).collect();
        Self { base: config.clone(), texts }
    }

    /// The field's current text.
    pub fn text(&self, path: &str) -> String {
        self.texts.iter().find(|(p, _)| *p == path).map(|(_, t)| t.clone()).unwrap_or_default()
    }

    /// What the visitor typed or picked.
    pub fn set(&mut self, path: &str, text: String) {
        if let Some((_, t)) = self.texts.iter_mut().find(|(p, _)| *p == path) {
            *t = text;
        }
    }

    /// The config these fields describe, or every field's complaint. Fields left as they were
    /// are not re-read, so a value the form cannot show exactly still passes through unchanged.
    pub fn to_config(&self) -> Result<C, ConfigError> {
        let mut config = self.base.clone();
        let mut errors = Vec::new();
        for setting in C::table() {
            let text = self.text(setting.path);
            if text == setting.text(&self.base) {
                continue;
            }
            if let Err(e) = setting.set_text(&mut config, &text) {
                errors.push(e);
            }
        }
        if !errors.is_empty() {
            return Err(ConfigError(errors));
        }
        config.validate()?;
        Ok(config)
    }
}

/// A field's id in the page (its test id): the setting's path with dashes, `distill-epochs`.
pub fn field_id<C>(setting: &Setting<C>) -> String {
    setting.path.replace(['.', '_'], "-")
}

/// Reads a config shared in a link (`?owl=<json>` or `?mnist=<json>`), saying what is wrong.
pub fn config_from_link<C: Settings>(json: &str) -> Result<C, String> {
    C::from_json(json).map_err(|e| crate::text::page::bad_settings_link(&e.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::{Rng, SeedableRng};
    use rand_chacha::ChaCha8Rng;
    use subliminal_model::mnist::config::MnistConfig;
    use subliminal_model::owl::config::OwlConfig;
    use subliminal_model::shared::settings::Kind;

    #[test]
    fn every_preset_link_reproduces_its_config() {
        for preset in subliminal_model::owl::presets::presets() {
            // The page puts the config's JSON in the link (the browser encodes it).
            let json = serde_json::to_string(&preset.config).unwrap();
            let linked: OwlConfig = config_from_link(&json).unwrap_or_else(|e| panic!("{}: {e}", preset.name));
            assert_eq!(linked, preset.config, "{}: the link opens the same settings", preset.name);
        }
    }

    /// A random valid config: each setting of the table drawn within its range, drawn again
    /// where settings that go together do not (the relabelled student without a control).
    fn random_config<C: Settings>(rng: &mut impl Rng) -> C {
        (0..100).find_map(|_| Some(draw_config::<C>(rng)).filter(|c| c.validate().is_ok())).expect("a valid config within 100 draws")
    }

    fn draw_config<C: Settings>(rng: &mut impl Rng) -> C {
        let mut config = C::default();
        for setting in C::table() {
            match &setting.kind {
                Kind::Int { min, max, set, .. } => set(&mut config, rng.random_range(*min..=*max)),
                Kind::Float { min, max, set, .. } => set(&mut config, rng.random_range(*min..=*max)),
                Kind::Choice { choices, set, .. } => set(&mut config, rng.random_range(0..choices.len())),
                Kind::Switch { set, .. } => set(&mut config, rng.random()),
                Kind::Numbers { max, set, .. } => {
                    let count = rng.random_range(0..40);
                    set(&mut config, (0..count).map(|_| rng.random_range(0..=*max)).collect())
                }
                Kind::Names { choices, set, .. } => {
                    let names: Vec<String> = choices.iter().filter(|_| rng.random_bool(0.3)).map(|n| n.to_string()).collect();
                    set(&mut config, names)
                }
            }
        }
        config
    }

    fn carries_every_config_through<C: Settings + PartialEq + std::fmt::Debug>() {
        let mut rng = ChaCha8Rng::seed_from_u64(11);
        for _ in 0..2000 {
            let config: C = random_config(&mut rng);
            let form = SettingsForm::new(&config);
            assert_eq!(form.to_config().unwrap(), config);
            // Every field retyped as the form shows it reads back as the same value.
            let mut retyped = SettingsForm::new(&C::default());
            for setting in C::table() {
                retyped.set(setting.path, setting.text(&config));
            }
            assert_eq!(retyped.to_config().unwrap(), config);
        }
    }

    #[test]
    fn the_form_carries_any_valid_config_through_unchanged() {
        carries_every_config_through::<OwlConfig>();
        carries_every_config_through::<MnistConfig>();
    }

    #[test]
    fn custom_banned_numbers_from_a_link_survive_the_form() {
        let config: OwlConfig = config_from_link(r#"{"filter": {"banned_numbers": [4, 13, 666]}}"#).unwrap();
        let form = SettingsForm::new(&config);
        assert_eq!(form.text("filter.banned_numbers"), "4, 13, 666");
        assert_eq!(form.to_config().unwrap().filter.banned_numbers, [4, 13, 666]);
    }

    #[test]
    fn bad_fields_are_named_not_replaced() {
        let mut form = SettingsForm::new(&OwlConfig::page_default());
        form.set("samples", "lots".into());
        form.set("seeds", "0".into());
        form.set("temperature", "-1".into());
        let errors = form.to_config().unwrap_err().0;
        assert!(errors.contains(&"samples must be a whole number, got \"lots\"".to_string()), "{errors:?}");
        assert!(errors.contains(&"seeds must be between 1 and 20, got 0".to_string()), "{errors:?}");
        assert!(errors.contains(&"temperature must be between 0 and 3, got -1".to_string()), "{errors:?}");
        form.set("samples", "".into());
        assert!(form.to_config().unwrap_err().0.contains(&"samples must be a whole number, got \"\"".to_string()));
    }

    #[test]
    fn links_with_bad_settings_are_explained() {
        let error = config_from_link::<OwlConfig>(r#"{"trait": "unicorn"}"#).unwrap_err();
        assert!(error.contains("trait must be one of"), "{error}");
        let error = config_from_link::<OwlConfig>("{not json").unwrap_err();
        assert!(error.contains("could not be used"), "{error}");
        let fine: OwlConfig = config_from_link(r#"{"trait": "eagle", "samples": 300}"#).unwrap();
        assert_eq!((fine.trait_animal.as_str(), fine.samples), ("eagle", 300));
    }

    /// A random JSON value, nested up to `depth`, with keys that are sometimes real setting names.
    fn random_json(rng: &mut impl Rng, depth: u32) -> serde_json::Value {
        use serde_json::Value;
        const KEYS: [&str; 12] = [
            "trait",
            "samples",
            "distill",
            "epochs",
            "mode",
            "filter",
            "banned_numbers",
            "seeds",
            "first_seed",
            "aux_logits",
            "noise",
            "x",
        ];
        match rng.random_range(0..if depth == 0 { 6 } else { 8 }) {
            0 => Value::Null,
            1 => Value::Bool(rng.random()),
            2 => Value::from(rng.random::<i64>() >> rng.random_range(0..64)),
            3 => Value::from(rng.random::<f64>() * 10f64.powi(rng.random_range(-5..20))),
            4 => Value::from(["owl", "soft", "gaussian", "", "study", "unicorn"][rng.random_range(0..6)]),
            5 => Value::from(u64::MAX - rng.random_range(0..3)),
            6 => Value::Array((0..rng.random_range(0..4)).map(|_| random_json(rng, depth - 1)).collect()),
            _ => Value::Object(
                (0..rng.random_range(0..5))
                    .map(|_| (KEYS[rng.random_range(0..KEYS.len())].to_string(), random_json(rng, depth - 1)))
                    .collect(),
            ),
        }
    }

    /// Every answer is a valid config or a named error: never a panic, never an invalid config.
    fn answers_sensibly<C: Settings + PartialEq + std::fmt::Debug>(text: &str) {
        match config_from_link::<C>(text) {
            Ok(config) => {
                config.validate().unwrap_or_else(|e| panic!("{text:?} gave an invalid config: {e}"));
                let again: C = config_from_link(&serde_json::to_string(&config).unwrap()).unwrap();
                assert_eq!(again, config, "{text:?}");
            }
            Err(message) => assert!(message.starts_with("The settings in this link could not be used ("), "{text:?}: {message}"),
        }
    }

    #[test]
    fn a_hundred_thousand_generated_links_each_get_a_config_or_a_named_error() {
        let mut rng = ChaCha8Rng::seed_from_u64(2026);
        let valid_links: Vec<String> = (0..50)
            .map(|i| {
                if i % 2 == 0 {
                    serde_json::to_string(&random_config::<OwlConfig>(&mut rng))
                } else {
                    serde_json::to_string(&random_config::<MnistConfig>(&mut rng))
                }
                .unwrap()
            })
            .collect();
        let mut inputs = 0;
        let mut accepted = 0;
        while inputs < 100_000 {
            let text = match inputs % 4 {
                // Random JSON.
                0 => random_json(&mut rng, 3).to_string(),
                // A valid link cut short.
                1 => {
                    let link = &valid_links[rng.random_range(0..valid_links.len())];
                    let cut = rng.random_range(0..=link.len());
                    link[..cut].to_string()
                }
                // A valid link with a few bytes changed, inserted or removed.
                2 => {
                    let mut bytes = valid_links[rng.random_range(0..valid_links.len())].clone().into_bytes();
                    for _ in 0..rng.random_range(1..4) {
                        let at = rng.random_range(0..bytes.len());
                        let byte = b"0123456789-.e,:{}[]\"aztrue"[rng.random_range(0..20)];
                        match rng.random_range(0..3) {
                            0 => bytes[at] = byte,
                            1 => bytes.insert(at, byte),
                            _ => {
                                bytes.remove(at);
                            }
                        }
                    }
                    String::from_utf8_lossy(&bytes).into_owned()
                }
                // A valid link, whole: it must read back as itself.
                _ => valid_links[rng.random_range(0..valid_links.len())].clone(),
            };
            answers_sensibly::<OwlConfig>(&text);
            answers_sensibly::<MnistConfig>(&text);
            accepted += config_from_link::<OwlConfig>(&text).is_ok() as usize;
            inputs += 1;
        }
        assert!(accepted > 10_000, "whole valid links are read, not refused: {accepted}");
    }
}
