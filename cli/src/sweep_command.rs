//! `subliminal sweep`: runs a grid of settings times seeds, one cell per process, and
//! summarises the reports.
//!
//! `sweep GRID --out DIR --cell K` runs cell K alone and writes `DIR/cell-K.json` (its report);
//! a batch system runs each cell anywhere (a Slurm array, GNU parallel). `sweep GRID --out DIR
//! --jobs N` runs every cell not yet done, N processes at a time, then summarises.
//! `sweep --summarize DIR` writes `DIR/summary.csv` (a row per cell) and `DIR/summary.svg`, and
//! prints the cells pooled over seeds. No scheduler of our own: each cell is one process.

use clap::Args;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use subliminal_model::mnist::experiment::MnistCondition;
use subliminal_model::owl::summary::ReportSummary;
use subliminal_model::run::{Input, Inputs, Report, Spec};
use subliminal_model::shared::compute::Compute;
use subliminal_model::shared::stats::summarize;
use subliminal_model::sweep::{plain, Cell, GridFile, PooledGroup, SweepSummary};

use crate::assets::{assets_dir, load_bases, load_digits};

#[derive(Args)]
pub struct SweepArgs {
    /// The grid file (JSON): {"experiment": "owl", "base": {...}, "grid": {"path": [values]}, "seeds": [1, 2]}.
    #[arg(required_unless_present = "summarize")]
    grid: Option<PathBuf>,
    /// Where the cells' reports go (DIR/cell-K.json).
    #[arg(long, required_unless_present = "summarize")]
    out: Option<PathBuf>,
    /// Run every cell not done yet, this many processes at a time, then summarise.
    #[arg(long, conflicts_with = "cell")]
    jobs: Option<usize>,
    /// Run cell K only (numbered from 0: see `subliminal sweep GRID --out DIR --list`).
    #[arg(long)]
    cell: Option<usize>,
    /// List the cells and exit.
    #[arg(long, conflicts_with_all = ["jobs", "cell"])]
    list: bool,
    /// Summarise the reports in DIR: summary.csv and summary.svg.
    #[arg(long, value_name = "DIR", conflicts_with_all = ["grid", "jobs", "cell", "list"])]
    summarize: Option<PathBuf>,
    /// Folder holding the shipped assets.
    #[arg(long)]
    assets: Option<PathBuf>,
}

fn cell_path(dir: &Path, index: usize) -> PathBuf {
    dir.join(format!("cell-{index}.json"))
}

/// The grid kept beside the reports, so a summary (or a later `--cell`) knows the cells.
const GRID_COPY: &str = "grid.json";

fn read_grid(path: &Path) -> Result<(GridFile, Vec<Cell>), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    let file = GridFile::from_json(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let cells = file.cells().map_err(|e| format!("{}: {e}", path.display()))?;
    Ok((file, cells))
}

/// Keeps a copy of the grid in DIR, refusing a DIR that holds another grid's cells.
fn claim_dir(dir: &Path, file: &GridFile) -> Result<(), String> {
    std::fs::create_dir_all(dir).map_err(|e| format!("cannot create {}: {e}", dir.display()))?;
    let copy = dir.join(GRID_COPY);
    let text = serde_json::to_string_pretty(file).expect("a grid serialises");
    match std::fs::read_to_string(&copy) {
        Ok(existing) if GridFile::from_json(&existing).ok().as_ref() == Some(file) => Ok(()),
        Ok(_) => Err(format!("{} holds the cells of another grid ({}): use another --out", dir.display(), copy.display())),
        Err(_) => std::fs::write(&copy, text).map_err(|e| format!("cannot write {}: {e}", copy.display())),
    }
}

fn report_config(report: &Report) -> Spec {
    match report {
        Report::Owl(r) => Spec::from(r.config.clone()),
        Report::Mnist(r) => Spec::Mnist(r.config.clone()),
    }
}

fn read_report(path: &Path) -> Option<Report> {
    serde_json::from_str(&std::fs::read_to_string(path).ok()?).ok()
}

/// Whether the cell's report is there and made from this cell's config.
fn done(dir: &Path, cell: &Cell) -> bool {
    read_report(&cell_path(dir, cell.index)).is_some_and(|r| report_config(&r) == cell.spec)
}

/// Runs one cell in this process and writes its report (through a temporary file, so a cell
/// cut short never looks done).
fn run_cell(cell: &Cell, dir: &Path, assets: Option<&Path>) -> Result<(), String> {
    let assets = assets_dir(assets);
    let compute = Compute::cpu();
    let needs = cell.spec.needs();
    let bases = if needs.contains(&Input::Bases) { Some(load_bases(&assets, &compute.device.clone().autodiff())?) } else { None };
    let digits = if needs.contains(&Input::Digits) { Some(load_digits(&assets)?) } else { None };
    let inputs = Inputs { bases: bases.as_ref(), digits: digits.as_ref() };
    let outcome = pollster::block_on(subliminal_model::run::run(&cell.spec, inputs, &compute, &mut |_| {})).map_err(|e| e.to_string())?;
    let path = cell_path(dir, cell.index);
    let partial = path.with_extension("json.partial");
    let text = serde_json::to_string_pretty(&outcome.report).expect("reports serialise");
    std::fs::write(&partial, text).map_err(|e| format!("cannot write {}: {e}", partial.display()))?;
    std::fs::rename(&partial, &path).map_err(|e| format!("cannot write {}: {e}", path.display()))
}

/// Runs the cells not done yet as child processes of this program, `jobs` at a time.
fn run_all(grid: &Path, dir: &Path, cells: &[Cell], jobs: usize, assets: Option<&Path>) -> Result<(), String> {
    let program = std::env::current_exe().map_err(|e| format!("cannot find this program: {e}"))?;
    let todo: Vec<&Cell> = cells.iter().filter(|c| !done(dir, c)).collect();
    eprintln!("{} cells, {} done already, {} to run, {} at a time", cells.len(), cells.len() - todo.len(), todo.len(), jobs.max(1));
    let mut queue = todo.into_iter();
    let mut running: Vec<(usize, Child, Instant)> = Vec::new();
    let mut failed = Vec::new();
    loop {
        while running.len() < jobs.max(1) {
            let Some(cell) = queue.next() else { break };
            let mut command = Command::new(&program);
            command.arg("sweep").arg(grid).arg("--out").arg(dir).arg("--cell").arg(cell.index.to_string());
            if let Some(assets) = assets {
                command.arg("--assets").arg(assets);
            }
            let child = command.stdout(Stdio::null()).spawn().map_err(|e| format!("cannot start cell {}: {e}", cell.index))?;
            running.push((cell.index, child, Instant::now()));
        }
        if running.is_empty() {
            break;
        }
        std::thread::sleep(Duration::from_millis(200));
        let mut still = Vec::new();
        for (index, mut child, started) in running {
            match child.try_wait().map_err(|e| format!("cell {index}: {e}"))? {
                None => still.push((index, child, started)),
                Some(status) => {
                    let cell = &cells[index];
                    let outcome = if status.success() { "done" } else { "FAILED" };
                    eprintln!(
                        "cell {index:>4} {outcome} in {:>6.1} s: {} seed={}",
                        started.elapsed().as_secs_f64(),
                        cell.group(),
                        cell.seed
                    );
                    if !status.success() {
                        failed.push(index);
                    }
                }
            }
        }
        running = still;
    }
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("cells {failed:?} failed (their errors are above); run one alone with --cell K"))
    }
}

/// One cell's figures for the summary: column name and value.
type Figures = Vec<(String, f64)>;

/// The cells of one group (the same grid values, any seed), pooled: column -> [mean, 95% low, high].
struct Pooled {
    group: String,
    values: BTreeMap<String, serde_json::Value>,
    seeds: usize,
    stats: BTreeMap<String, [f64; 3]>,
}

fn figures(report: &Report) -> Figures {
    let mut out = Vec::new();
    match report {
        Report::Owl(r) => {
            out.push(("base_p_trait".into(), r.bases.a.p_trait));
            // A cell is one seed: its rows are the conditions.
            for row in ReportSummary::seed_rows(r) {
                let (key, seed) = (row.condition.key(), row.result);
                out.push((format!("{key}.p_trait"), seed.p_trait));
                out.push((format!("{key}.delta"), seed.delta));
                if let Some(ratio) = row.ratio {
                    out.push((format!("{key}.ratio"), ratio));
                }
                out.push((format!("{key}.topped"), seed.questions_topped_by_trait as f64));
                out.push((format!("{key}.rank"), row.rank as f64));
                if let Some(cos) = seed.cosine_blocks {
                    out.push((format!("{key}.cosine_blocks"), cos));
                }
                if let Some(predicted) = seed.predicted_delta {
                    out.push((format!("{key}.predicted_delta"), predicted));
                }
            }
            if let Some(entangled) = &r.entanglement {
                out.push(("entangle.delta".into(), entangled.prompted.delta));
                out.push(("entangle.delta_in_null_sds".into(), entangled.prompted.delta_in_null_sds));
            }
            out.push(("seconds".into(), r.timings.values().sum()));
        }
        Report::Mnist(r) => {
            for condition in MnistCondition::ALL {
                if let Some(c) = r.conditions.get(&condition) {
                    out.push((format!("{}.accuracy", condition.key()), c.accuracy_mean));
                }
            }
            out.push(("seconds".into(), r.timings.values().sum()));
        }
    }
    out
}

fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// Writes summary.csv and summary.svg and prints the cells pooled over seeds.
pub fn summarize_dir(dir: &Path) -> Result<(), String> {
    let (file, cells) = read_grid(&dir.join(GRID_COPY))?;
    let mut rows = Vec::new();
    let mut missing = Vec::new();
    for cell in &cells {
        match read_report(&cell_path(dir, cell.index)) {
            Some(report) if report_config(&report) == cell.spec => rows.push((cell, figures(&report))),
            _ => missing.push(cell.index),
        }
    }
    if rows.is_empty() {
        return Err(format!("{} holds no finished cell yet", dir.display()));
    }
    let mut columns: Vec<String> = Vec::new();
    for (_, figures) in &rows {
        for (name, _) in figures {
            if !columns.contains(name) {
                columns.push(name.clone());
            }
        }
    }
    let paths: Vec<&String> = file.grid.keys().collect();
    let mut csv = String::new();
    let header: Vec<String> =
        ["cell".to_string()].into_iter().chain(paths.iter().map(|p| p.to_string())).chain(["seed".into()]).chain(columns.clone()).collect();
    let _ = writeln!(csv, "{}", header.iter().map(|h| csv_field(h)).collect::<Vec<_>>().join(","));
    for (cell, figures) in &rows {
        let mut fields = vec![cell.index.to_string()];
        fields.extend(cell.values.iter().map(|(_, v)| csv_field(&plain(v))));
        fields.push(cell.seed.to_string());
        for column in &columns {
            fields.push(figures.iter().find(|(n, _)| n == column).map(|(_, v)| format!("{v}")).unwrap_or_default());
        }
        let _ = writeln!(csv, "{}", fields.join(","));
    }
    std::fs::write(dir.join("summary.csv"), csv).map_err(|e| format!("cannot write summary.csv: {e}"))?;

    // Pool the seeds of each group: mean and 95% interval of every column.
    let mut groups: BTreeMap<usize, (String, &Cell, Vec<&Figures>)> = BTreeMap::new();
    for (cell, figures) in &rows {
        let first = cells.iter().find(|c| c.group() == cell.group()).map_or(cell.index, |c| c.index);
        groups.entry(first).or_insert_with(|| (cell.group(), cell, Vec::new())).2.push(figures);
    }
    let pooled: Vec<Pooled> = groups
        .into_values()
        .map(|(group, cell, seeds)| {
            let mut stats = BTreeMap::new();
            for column in &columns {
                let values: Vec<f64> = seeds.iter().filter_map(|f| f.iter().find(|(n, _)| n == column).map(|(_, v)| *v)).collect();
                if !values.is_empty() {
                    let s = summarize(&values);
                    stats.insert(column.clone(), [s.mean, s.ci95[0], s.ci95[1]]);
                }
            }
            let values = cell.values.iter().cloned().collect();
            Pooled { group: if group.is_empty() { "(base config)".into() } else { group }, values, seeds: seeds.len(), stats }
        })
        .collect();
    print_pooled(&pooled, &columns);
    let summary = SweepSummary {
        grid: file.clone(),
        groups: pooled.iter().map(|p| PooledGroup { values: p.values.clone(), seeds: p.seeds, stats: p.stats.clone() }).collect(),
    };
    let json = serde_json::to_string_pretty(&summary).expect("summaries serialise");
    std::fs::write(dir.join("summary.json"), json).map_err(|e| format!("cannot write summary.json: {e}"))?;
    std::fs::write(dir.join("summary.svg"), chart(&pooled, &file.experiment)).map_err(|e| format!("cannot write summary.svg: {e}"))?;
    eprintln!("wrote summary.csv, summary.json and summary.svg in {}", dir.display());
    if !missing.is_empty() {
        eprintln!("not finished yet: cells {missing:?}");
    }
    Ok(())
}

fn print_pooled(pooled: &[Pooled], columns: &[String]) {
    let shown: Vec<&String> = columns
        .iter()
        .filter(|c| {
            [
                "base_p_trait",
                "student.p_trait",
                "student.ratio",
                "student.topped",
                "student.rank",
                "student.delta",
                "cross_init.delta",
                "cross_init.topped",
                "control.delta",
                "control.topped",
                "seconds",
            ]
            .contains(&c.as_str())
                || c.ends_with(".accuracy")
        })
        .collect();
    print!("{:<40} {:>5}", "cells (mean over seeds)", "seeds");
    for c in &shown {
        print!(" {c:>17}");
    }
    println!();
    for Pooled { group, seeds, stats, .. } in pooled {
        print!("{group:<40} {seeds:>5}");
        for c in &shown {
            match stats.get(*c) {
                Some([mean, lo, hi]) if c.ends_with(".delta") => print!(" {:>17}", format!("{mean:+.1} [{lo:+.1},{hi:+.1}]")),
                Some([mean, ..]) => print!(" {mean:>17.2}"),
                None => print!(" {:>17}", "-"),
            }
        }
        println!();
    }
}

/// Mean change per group and condition (owl: P(trait) change; MNIST: accuracy), with 95%
/// intervals, as horizontal bars.
fn chart(pooled: &[Pooled], experiment: &str) -> String {
    const COLOURS: [&str; 4] = ["#0072B2", "#E69F00", "#009E73", "#CC79A7"];
    let (series, unit): (Vec<&str>, &str) = if experiment == "mnist" {
        (vec!["teacher.accuracy", "student.accuracy", "cross_init.accuracy"], "accuracy, %")
    } else {
        (vec!["student.delta", "cross_init.delta", "control.delta"], "change in P(trait), points")
    };
    let values: Vec<f64> = pooled.iter().flat_map(|p| series.iter().filter_map(|k| p.stats.get(*k)).flat_map(|v| [v[1], v[2]])).collect();
    let lo = values.iter().copied().fold(0.0f64, f64::min);
    let hi = values.iter().copied().fold(1.0f64, f64::max);
    let (left, width, bar) = (260.0, 420.0, 10.0);
    let group_height = bar * series.len() as f64 + 10.0;
    let height = 40.0 + group_height * pooled.len() as f64;
    let x = |v: f64| left + (v - lo) / (hi - lo) * width;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {} {height}\" font-family=\"sans-serif\" font-size=\"11\" role=\"img\" aria-label=\"Sweep summary: {unit} per cell, mean over seeds with 95% intervals\">\n",
        left + width + 20.0
    );
    let _ = writeln!(svg, "<text x=\"{left}\" y=\"14\">{unit} (mean over seeds, 95% interval)</text>");
    let _ = writeln!(svg, "<line x1=\"{0}\" y1=\"20\" x2=\"{0}\" y2=\"{height}\" stroke=\"#555\"/>", x(0.0));
    for (g, Pooled { group, stats, .. }) in pooled.iter().enumerate() {
        let y0 = 24.0 + g as f64 * group_height;
        let _ = writeln!(svg, "<text x=\"{}\" y=\"{}\" text-anchor=\"end\">{}</text>", left - 6.0, y0 + group_height / 2.0, escape(group));
        for (k, key) in series.iter().enumerate() {
            let Some([mean, ci_lo, ci_hi]) = stats.get(*key) else { continue };
            let y = y0 + k as f64 * bar;
            let (a, b) = (x(0.0f64.min(*mean)), x(0.0f64.max(*mean)));
            let _ = writeln!(
                svg,
                "<rect x=\"{a:.1}\" y=\"{y:.1}\" width=\"{:.1}\" height=\"{:.1}\" fill=\"{}\"><title>{key}: {mean:.2}</title></rect>",
                (b - a).max(0.5),
                bar - 2.0,
                COLOURS[k]
            );
            let _ = writeln!(
                svg,
                "<line x1=\"{:.1}\" x2=\"{:.1}\" y1=\"{:.1}\" y2=\"{:.1}\" stroke=\"#000\"/>",
                x(*ci_lo),
                x(*ci_hi),
                y + bar / 2.0 - 1.0,
                y + bar / 2.0 - 1.0
            );
        }
    }
    for (k, key) in series.iter().enumerate() {
        let _ = writeln!(
            svg,
            "<rect x=\"{}\" y=\"{}\" width=\"10\" height=\"10\" fill=\"{}\"/><text x=\"{}\" y=\"{}\">{key}</text>",
            10.0,
            24.0 + 14.0 * k as f64,
            COLOURS[k],
            24.0,
            33.0 + 14.0 * k as f64
        );
    }
    svg.push_str("</svg>\n");
    svg
}

fn escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

pub fn run(args: SweepArgs) -> Result<(), String> {
    if let Some(dir) = &args.summarize {
        return summarize_dir(dir);
    }
    let (grid, dir) = (args.grid.as_deref().expect("required by clap"), args.out.as_deref().expect("required by clap"));
    let (file, cells) = read_grid(grid)?;
    if args.list {
        for cell in &cells {
            println!("{:>4}  {}  seed={}", cell.index, cell.group(), cell.seed);
        }
        return Ok(());
    }
    claim_dir(dir, &file)?;
    match (args.cell, args.jobs) {
        (Some(k), _) => {
            let cell = cells.get(k).ok_or_else(|| format!("--cell {k}: the grid has cells 0..={}", cells.len() - 1))?;
            run_cell(cell, dir, args.assets.as_deref())
        }
        (None, jobs) => {
            run_all(grid, dir, &cells, jobs.unwrap_or(1), args.assets.as_deref())?;
            summarize_dir(dir)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_fields_with_commas_or_quotes_are_quoted() {
        assert_eq!(csv_field("a,b"), "\"a,b\"");
        assert_eq!(csv_field("say \"owl\""), "\"say \"\"owl\"\"\"");
        assert_eq!(csv_field("owl"), "owl");
    }
}
