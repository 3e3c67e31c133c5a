//! Sweeps: a grid of settings times seeds, expanded into numbered cells, each one run of one
//! seed, and the summary of their reports.
//!
//! A grid file reads `{"experiment": "owl", "base": {...}, "grid": {"trait": ["owl", "eagle"],
//! "distill.epochs": [1, 2]}, "seeds": [1, 2, 3]}` (`experiment` defaults to owl, `base` to the
//! experiment's default config). Cells are numbered from 0 in a fixed order: the grid's paths in
//! alphabetical order, the first varying slowest, and the seeds innermost. Any process that
//! expands the same file gets the same cells, so cells can run anywhere (`--cell K`).

use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::BTreeMap;

use crate::mnist::config::MnistConfig;
use crate::owl::config::OwlConfig;
use crate::run::Spec;
use crate::shared::settings::Settings;

/// A grid file as written.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
#[serde(deny_unknown_fields)]
pub struct GridFile {
    /// `owl` (the default) or `mnist`.
    #[serde(default = "owl")]
    pub experiment: String,
    /// The config every cell starts from; omitted: the experiment's default.
    #[serde(default)]
    pub base: Option<Value>,
    /// Setting path -> the values it takes.
    #[serde(default)]
    pub grid: BTreeMap<String, Vec<Value>>,
    pub seeds: Vec<u64>,
}

fn owl() -> String {
    "owl".into()
}

/// A summarised sweep, as `subliminal sweep --summarize` writes it to `summary.json`: the grid,
/// and each group of cells (the same grid values, every seed) pooled. The page draws its
/// recorded curves from these files.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct SweepSummary {
    pub grid: GridFile,
    pub groups: Vec<PooledGroup>,
}

/// One group: its grid values, how many seeds finished, and per figure (`student.delta`, ...)
/// the mean and the 95% interval over seeds.
#[derive(Clone, Debug, Serialize, Deserialize, PartialEq)]
pub struct PooledGroup {
    pub values: BTreeMap<String, Value>,
    pub seeds: usize,
    pub stats: BTreeMap<String, [f64; 3]>,
}

/// One cell: its number, the grid values it takes, its seed, and the spec it runs.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub index: usize,
    pub values: Vec<(String, Value)>,
    pub seed: u64,
    pub spec: Spec,
}

impl Cell {
    /// The cell's grid values without the seed, as text ("distill.epochs=2 trait=eagle"): cells
    /// that differ only by seed share it, and the summary pools them.
    pub fn group(&self) -> String {
        self.values.iter().map(|(path, value)| format!("{path}={}", plain(value))).collect::<Vec<_>>().join(" ")
    }
}

/// A JSON value as a person writes it: strings without quotes.
pub fn plain(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Expands one experiment's grid into cells.
fn cells_of<C: Settings>(file: &GridFile, wrap: fn(C) -> Spec) -> Result<Vec<Cell>, String> {
    let base: C = match &file.base {
        None => C::default(),
        Some(value) => C::from_json(&value.to_string()).map_err(|e| format!("the grid's base config: {e}"))?,
    };
    if file.seeds.is_empty() {
        return Err("the grid needs at least one seed (\"seeds\": [1, 2, 3])".into());
    }
    let mut axes = Vec::new();
    for (path, values) in &file.grid {
        if path == "seeds" || path == "first_seed" {
            return Err(format!("the grid sets {path:?}: list the seeds in the file's \"seeds\" instead"));
        }
        let setting = C::setting(path)?;
        if values.is_empty() {
            return Err(format!("the grid's {path:?} has no values"));
        }
        // Every value is checked now, so a bad grid fails before any cell runs.
        for value in values {
            let mut probe = base.clone();
            setting.set_json(&mut probe, value).map_err(|e| format!("the grid's {path:?}: {e}"))?;
        }
        axes.push((path.clone(), setting, values.clone()));
    }
    let combinations: usize = axes.iter().map(|(_, _, v)| v.len()).product();
    let mut cells = Vec::with_capacity(combinations * file.seeds.len());
    for combination in 0..combinations {
        let mut rest = combination;
        let mut picked = vec![0; axes.len()];
        for (axis, (_, _, values)) in axes.iter().enumerate().rev() {
            picked[axis] = rest % values.len();
            rest /= values.len();
        }
        for &seed in &file.seeds {
            let mut config = base.clone();
            let mut values = Vec::new();
            for ((path, setting, options), &k) in axes.iter().zip(&picked) {
                setting.set_json(&mut config, &options[k])?;
                values.push((path.clone(), options[k].clone()));
            }
            let seed_setting = C::setting("first_seed")?;
            seed_setting.set_text(&mut config, &seed.to_string()).map_err(|e| format!("the grid's seeds: {e}"))?;
            C::setting("seeds")?.set_text(&mut config, "1")?;
            config.validate().map_err(|e| format!("cell {}: {e}", cells.len()))?;
            cells.push(Cell { index: cells.len(), values, seed, spec: wrap(config) });
        }
    }
    Ok(cells)
}

impl GridFile {
    /// Reads a grid file, naming what is wrong.
    pub fn from_json(text: &str) -> Result<Self, String> {
        serde_json::from_str(text).map_err(|e| format!("not a grid file: {e}"))
    }

    /// Every cell, numbered; a bad path, value or seed is named before any cell runs.
    pub fn cells(&self) -> Result<Vec<Cell>, String> {
        match self.experiment.as_str() {
            "owl" => cells_of::<OwlConfig>(self, |c| Spec::Owl(Box::new(c))),
            "mnist" => cells_of::<MnistConfig>(self, Spec::Mnist),
            other => Err(format!("the grid's experiment must be owl or mnist, got {other:?}")),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grid(text: &str) -> Result<Vec<Cell>, String> {
        GridFile::from_json(text)?.cells()
    }

    #[test]
    fn cells_are_numbered_with_the_seeds_innermost() {
        let cells = grid(r#"{"grid": {"trait": ["owl", "eagle"], "distill.epochs": [1, 2]}, "seeds": [1, 2, 3]}"#).unwrap();
        assert_eq!(cells.len(), 12);
        let describe = |c: &Cell| match &c.spec {
            Spec::Owl(o) => (o.distill.epochs, o.trait_animal.clone(), o.first_seed, o.seeds),
            Spec::Mnist(_) => unreachable!(),
        };
        // Paths in alphabetical order: distill.epochs varies slowest, then trait, then the seed.
        assert_eq!(describe(&cells[0]), (1, "owl".into(), 1, 1));
        assert_eq!(describe(&cells[2]), (1, "owl".into(), 3, 1));
        assert_eq!(describe(&cells[3]), (1, "eagle".into(), 1, 1));
        assert_eq!(describe(&cells[11]), (2, "eagle".into(), 3, 1));
        assert_eq!(cells[4].group(), "distill.epochs=1 trait=eagle");
        assert!(cells.iter().enumerate().all(|(i, c)| c.index == i));
    }

    #[test]
    fn the_base_config_and_the_mnist_experiment() {
        let cells = grid(r#"{"base": {"samples": 300}, "grid": {"temperature": [0.5]}, "seeds": [4]}"#).unwrap();
        let Spec::Owl(config) = &cells[0].spec else { panic!() };
        assert_eq!((config.samples, config.temperature, config.first_seed), (300, 0.5, 4));
        let cells = grid(r#"{"experiment": "mnist", "grid": {"aux_logits": [1, 3]}, "seeds": [1]}"#).unwrap();
        assert!(matches!(&cells[1].spec, Spec::Mnist(c) if c.aux_logits == 3));
    }

    /// The grid files behind the docs' tables still read and validate, so the commands the docs
    /// give still run after a setting is renamed or its range changes.
    #[test]
    fn every_shipped_grid_file_reads() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../sweeps");
        let mut files = 0;
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.extension().is_some_and(|e| e == "json") {
                let text = std::fs::read_to_string(&path).unwrap();
                let cells = grid(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
                assert!(!cells.is_empty(), "{}", path.display());
                files += 1;
            }
        }
        assert!(files >= 20, "found {files} grid files in {}", dir.display());
    }

    #[test]
    fn bad_grids_are_named() {
        let error = |text: &str| grid(text).unwrap_err();
        assert!(error(r#"{"grid": {"distill.epoch": [1]}, "seeds": [1]}"#).contains("owl has no setting \"distill.epoch\""));
        assert!(error(r#"{"grid": {"distill.epochs": [1, 99]}, "seeds": [1]}"#).contains("distill.epochs must be between 1 and 50, got 99"));
        assert!(error(r#"{"grid": {"trait": ["unicorn"]}, "seeds": [1]}"#).contains("trait must be one of"));
        assert!(error(r#"{"grid": {"trait": []}, "seeds": [1]}"#).contains("has no values"));
        assert!(error(r#"{"grid": {"trait": ["owl"]}, "seeds": []}"#).contains("at least one seed"));
        assert!(error(r#"{"grid": {"seeds": [2]}, "seeds": [1]}"#).contains("list the seeds"));
        assert!(error(r#"{"grid": {}, "seeds": [2000000000]}"#).contains("first_seed must be between"));
        assert!(error(r#"{"experiment": "cats", "seeds": [1]}"#).contains("owl or mnist"));
        assert!(error(r#"{"grid": {}, "seeds": [1], "extra": 1}"#).contains("unknown field `extra`"));
        assert!(error(r#"{"base": {"samples": 1}, "seeds": [1]}"#).contains("the grid's base config"));
    }
}
