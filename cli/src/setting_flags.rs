//! The command line's experiment flags, made from the config's settings table: each setting
//! with a flag becomes `--flag VALUE` (a switch: `--flag` alone), its help line names its range,
//! and its value is read and checked by the table, as the page's form and links are.

use clap::{Arg, ArgAction, ArgMatches, Args, Command, FromArgMatches};
use std::marker::PhantomData;
use std::path::Path;
use subliminal_model::shared::settings::{Kind, Settings};

use crate::config_file::read_config;

/// The values given on the command line, by setting path, in the table's order.
pub struct SettingFlags<C> {
    given: Vec<(&'static str, String)>,
    config: PhantomData<C>,
}

impl<C: Settings> SettingFlags<C> {
    /// `base` (the defaults, or a `--config` file) with every given flag applied, validated.
    pub fn apply(&self, mut config: C) -> Result<C, String> {
        let mut errors = Vec::new();
        for (path, text) in &self.given {
            let setting = C::setting(path)?;
            if let Err(e) = setting.set_text(&mut config, text) {
                errors.push(format!("--{}: {e}", setting.flag.unwrap_or(path)));
            }
        }
        if !errors.is_empty() {
            return Err(errors.join("; "));
        }
        config.validate().map_err(|e| e.to_string())?;
        Ok(config)
    }

    /// Whether the command line set the setting at `path`.
    pub fn gives(&self, path: &str) -> bool {
        self.given.iter().any(|(p, _)| *p == path)
    }

    /// The config a command runs: `--config FILE` if given (else `default`), then the flags.
    pub fn config(&self, file: Option<&Path>, default: impl FnOnce() -> C) -> Result<C, String> {
        let base = match file {
            Some(path) => read_config(path, C::from_json)?,
            None => default(),
        };
        self.apply(base)
    }
}

impl<C: Settings> FromArgMatches for SettingFlags<C> {
    fn from_arg_matches(matches: &ArgMatches) -> Result<Self, clap::Error> {
        let mut flags = Self { given: Vec::new(), config: PhantomData };
        flags.update_from_arg_matches(matches)?;
        Ok(flags)
    }

    fn update_from_arg_matches(&mut self, matches: &ArgMatches) -> Result<(), clap::Error> {
        for setting in C::table().iter().filter(|s| s.flag.is_some()) {
            let text = match &setting.kind {
                Kind::Switch { flag_sets, .. } => matches.get_flag(setting.path).then(|| flag_sets.to_string()),
                _ => matches.get_one::<String>(setting.path).cloned(),
            };
            if let Some(text) = text {
                self.given.retain(|(path, _)| *path != setting.path);
                self.given.push((setting.path, text));
            }
        }
        Ok(())
    }
}

impl<C: Settings> Args for SettingFlags<C> {
    fn augment_args(mut command: Command) -> Command {
        for setting in C::table() {
            let Some(flag) = setting.flag else { continue };
            let mut arg = Arg::new(setting.path).long(flag);
            if let Some(short) = setting.short {
                arg = arg.short(short);
            }
            arg = match &setting.kind {
                Kind::Switch { .. } => arg.action(ArgAction::SetTrue).help(setting.help),
                kind => {
                    let value_name = match kind {
                        Kind::Int { .. } => "N",
                        Kind::Float { .. } => "X",
                        Kind::Numbers { .. } => "LIST",
                        Kind::Names { .. } => "NAMES",
                        _ => "NAME",
                    };
                    arg.value_name(value_name).help(format!("{} [{}]", setting.help, setting.range_text()))
                }
            };
            command = command.arg(arg);
        }
        command
    }

    fn augment_args_for_update(command: Command) -> Command {
        Self::augment_args(command)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::Parser;
    use subliminal_model::owl::config::OwlConfig;

    #[derive(Parser)]
    struct Cli {
        #[command(flatten)]
        flags: SettingFlags<OwlConfig>,
    }

    fn parse(args: &[&str]) -> Result<OwlConfig, String> {
        let cli = Cli::try_parse_from(std::iter::once("subliminal").chain(args.iter().copied())).map_err(|e| e.to_string())?;
        cli.flags.apply(OwlConfig::default())
    }

    #[test]
    fn every_flag_of_the_table_sets_its_field() {
        let config = parse(&[
            "--trait",
            "eagle",
            "--samples",
            "300",
            "--temperature",
            "0.5",
            "--mode",
            "full-vocabulary-leak",
            "--epochs",
            "2",
            "--ban",
            "study",
            "--no-word-check",
            "--no-control",
            "--first-seed",
            "7",
        ])
        .unwrap();
        assert_eq!(config.trait_animal, "eagle");
        assert_eq!((config.samples, config.temperature, config.distill.epochs, config.first_seed), (300, 0.5, 2, 7));
        assert_eq!(config.distill.mode, subliminal_model::owl::distill::DistillMode::FullVocabularyLeak);
        assert_eq!(config.filter.banned_numbers.len(), 34);
        assert!(!config.filter.reject_animal_and_tree_words && !config.conditions.control && config.conditions.cross_init);
        assert_eq!(parse(&[]).unwrap(), OwlConfig::default(), "no flag, no change");
    }

    #[test]
    fn bad_values_are_named_with_their_flag() {
        let error = parse(&["--samples", "3", "--ban", "4,x", "--trait", "unicorn"]).unwrap_err();
        assert!(error.contains("--samples: samples must be between 10 and 100000, got 3"), "{error}");
        assert!(error.contains("--ban: filter.banned_numbers must be study, none or a list"), "{error}");
        assert!(error.contains("--trait: trait must be one of dog, cat"), "{error}");
    }
}
