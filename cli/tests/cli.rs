//! The `subliminal` command as a user meets it: reports, the filter, and clear errors.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn subliminal(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_subliminal"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// A folder of a test's own, removed when the test ends (passed or failed).
struct Scratch(PathBuf);

impl std::ops::Deref for Scratch {
    type Target = Path;
    fn deref(&self) -> &Path {
        &self.0
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

fn scratch(name: &str) -> Scratch {
    let dir = std::env::temp_dir().join(format!("subliminal-cli-test-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    Scratch(dir)
}

#[test]
fn filter_reads_json_lines_and_explains_each_verdict() {
    let input = [r#""182, 818, 725""#, r#""(1; 2; 3).""#, r#""12, owl, 7""#, r#""1, 2\n3""#, r#""4, 666""#].join("\n");
    let out = subliminal(&["filter", "--json", "--ban", "study"], &input);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let lines: Vec<serde_json::Value> = text(&out.stdout).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 5, "one verdict per input line");
    let accepted: Vec<bool> = lines.iter().map(|l| l["accepted"].as_bool().unwrap()).collect();
    assert_eq!(accepted, [true, true, false, false, false]);
    assert_eq!(lines[3]["text"], "1, 2\n3", "a multi-line answer survives as one text");
    let codes = |i: usize| -> Vec<String> {
        lines[i]["reasons"].as_array().unwrap().iter().map(|r| r["code"].as_str().unwrap().to_string()).collect()
    };
    assert!(codes(2).contains(&"answer_word".to_string()), "{:?}", codes(2));
    assert_eq!(codes(4), ["banned_number"]);
    let summary = text(&out.stderr);
    assert!(summary.contains("2 of 5 accepted") && summary.contains("banned_number"), "{summary}");
}

#[test]
fn filter_plain_mode_and_bad_input() {
    let out = subliminal(&["filter", "--plain"], "1, 2, 3\nhello\n");
    assert!(out.status.success());
    let stdout = text(&out.stdout);
    assert!(stdout.contains("ACCEPT") && stdout.contains("REJECT"), "{stdout}");

    let out = subliminal(&["filter"], "1, 2, 3\n");
    assert!(!out.status.success(), "a plain line is not a JSON string");
    assert!(text(&out.stderr).contains("line 1: expected a JSON string"), "{}", text(&out.stderr));

    let out = subliminal(&["filter", "--ban", "4,x"], "");
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("--ban: filter.banned_numbers must be study, none or a list of numbers"), "{}", text(&out.stderr));
}

#[test]
fn run_refuses_bad_settings_with_the_reason() {
    let out = subliminal(&["run", "--trait", "unicorn", "--samples", "3"], "");
    assert!(!out.status.success());
    let err = text(&out.stderr);
    assert!(err.contains("trait must be one of") && err.contains("samples must be between"), "{err}");

    let dir = scratch("config");
    let path = dir.join("bad.json");
    std::fs::write(&path, r#"{"trait": "owl", "epochs": 3}"#).unwrap();
    let out = subliminal(&["run", "--config", path.to_str().unwrap()], "");
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("unknown field `epochs`"), "{}", text(&out.stderr));
}

#[test]
fn a_preset_runs_by_name_with_flags_over_it_and_an_unknown_one_is_named() {
    let out = subliminal(&["run", "--preset", "owls"], "");
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("--preset: there is no preset \"owls\": the presets are default, study"), "{}", text(&out.stderr));

    let out = subliminal(
        &[
            "run",
            "--preset",
            "gate",
            "--json",
            "--quiet",
            "--samples",
            "60",
            "--epochs",
            "1",
            "--probe-samples",
            "5",
            "--teacher-max-steps",
            "20",
        ],
        "",
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["config"]["conditions"]["perturbed_sigma"], 0.1, "the preset's setting");
    assert!(report["conditions"]["perturbed"]["delta_mean"].is_f64(), "the preset's extra student ran");
    assert_eq!(report["config"]["samples"], 60, "a flag over the preset");
}

#[test]
fn entangle_prints_the_numbers_the_trait_raises_and_base_a_prompted_with_them() {
    let out = subliminal(&["entangle", "--json", "--quiet", "--seeds", "2"], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let numbers = report["numbers"].as_array().unwrap();
    assert_eq!(numbers.len(), 10);
    assert!(numbers.iter().all(|n| n["number"].as_u64().unwrap() < 1000 && n["ratio"].as_f64().unwrap() > 1.0), "{numbers:?}");
    let prompted = &report["prompted"];
    let ci = prompted["delta_ci95"].as_array().unwrap();
    assert!(
        ci[0].as_f64().unwrap() <= prompted["delta"].as_f64().unwrap() && prompted["delta"].as_f64().unwrap() <= ci[1].as_f64().unwrap()
    );
    assert_eq!(report["per_seed"].as_array().unwrap().len(), 2);
    assert_eq!(report["config"]["trait"], "owl");
    // Bad settings are named, as for `run`.
    let out = subliminal(&["entangle", "--trait", "unicorn"], "");
    assert!(!out.status.success() && text(&out.stderr).contains("trait must be one of"), "{}", text(&out.stderr));
}

#[test]
fn audit_of_saved_numbers_gives_the_figures_of_the_runs_own_audit_and_bad_files_are_named() {
    let dir = scratch("audit");
    let saved = dir.join("numbers");
    let args = ["run", "--json", "--quiet", "--samples", "300", "--epochs", "1", "--probe-samples", "5", "--save-numbers"];
    let out = subliminal(&[&args[..], &[saved.to_str().unwrap()]].concat(), "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let (teacher, control) = (saved.join("teacher.jsonl"), saved.join("control.jsonl"));
    let lines = |path: &PathBuf| std::fs::read_to_string(path).unwrap().lines().count();
    assert_eq!(lines(&teacher), report["filter"]["teacher"]["kept"].as_u64().unwrap() as usize, "every kept completion, no more");
    assert_eq!(lines(&control), report["filter"]["control"]["kept"].as_u64().unwrap() as usize);

    let out = subliminal(&["audit", "--json", teacher.to_str().unwrap(), control.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let audit: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let in_run = &report["audit"];
    for key in ["tv", "kl", "p_value", "classifier", "over_represented", "histogram_a", "histogram_b"] {
        assert_eq!(audit[key], in_run[key], "{key}: the command and the run's own audit agree");
    }
    assert_eq!(audit["a"]["lines"], audit["a"]["kept"], "saved lines are all kept ones");
    assert!(in_run["a"]["lines"].as_u64() >= in_run["a"]["kept"].as_u64());

    // A line that is not a JSON string is named with its number; a missing CSV column too.
    let bad = dir.join("bad.jsonl");
    std::fs::write(&bad, "\"1, 2\"\n\"3, 4\"\n5, 6\n").unwrap();
    let out = subliminal(&["audit", bad.to_str().unwrap(), control.to_str().unwrap()], "");
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("bad.jsonl: line 3: expected a JSON string"), "{}", text(&out.stderr));
    let csv = dir.join("set.csv");
    std::fs::write(&csv, "id,answer\n1,\"4, 5\"\n").unwrap();
    let out = subliminal(&["audit", csv.to_str().unwrap(), csv.to_str().unwrap()], "");
    assert!(text(&out.stderr).contains("set.csv: line 1: no column named \"text\" (the header has id, answer)"), "{}", text(&out.stderr));
    let out = subliminal(&["audit", "--column", "answer", csv.to_str().unwrap(), csv.to_str().unwrap()], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stdout).contains("1 lines, kept 1 (100.0%), 2 numbers"), "{}", text(&out.stdout));
}

#[test]
fn run_refuses_missing_or_corrupt_weights() {
    let dir = scratch("weights");
    let out = subliminal(&["run", "--assets", dir.to_str().unwrap()], "");
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("cannot read") && text(&out.stderr).contains("subliminal pretrain"));

    let shipped = std::fs::read(PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../assets/base-a.slpw")).unwrap();
    std::fs::write(dir.join("base-a.slpw"), &shipped[..shipped.len() / 3]).unwrap();
    std::fs::write(dir.join("base-b.slpw"), &shipped).unwrap();
    let out = subliminal(&["run", "--assets", dir.to_str().unwrap()], "");
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("corrupt"), "{}", text(&out.stderr));
}

#[test]
fn config_prints_a_config_that_run_accepts() {
    let dir = scratch("printed-config");
    for (flags, samples, optimizer) in [(&[][..], 5000, "adam"), (&["--page"][..], 2000, "adam"), (&["--study"][..], 10_000, "sgd")] {
        let out = subliminal(&[&["config"], flags].concat(), "");
        assert!(out.status.success(), "{}", text(&out.stderr));
        let printed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
        assert_eq!((printed["trait"].as_str(), printed["samples"].as_u64()), (Some("owl"), Some(samples)), "{flags:?}");
        assert_eq!(printed["distill"]["optimizer"], optimizer, "{flags:?}");
        // Run it as printed, trimmed by flags to a few seconds: the report runs exactly that config.
        let path = dir.join("printed.json");
        std::fs::write(&path, &out.stdout).unwrap();
        let trim = ["--samples", "40", "--epochs", "1", "--no-cross-init", "--no-control", "--probe-samples", "0"];
        let run = subliminal(&[&["run", "--json", "--quiet", "--config", path.to_str().unwrap()][..], &trim].concat(), "");
        assert!(run.status.success(), "{}", text(&run.stderr));
        let report: serde_json::Value = serde_json::from_slice(&run.stdout).unwrap();
        let mut expected = printed.clone();
        expected["samples"] = 40.into();
        expected["distill"]["epochs"] = 1.into();
        expected["conditions"]["cross_init"] = false.into();
        expected["conditions"]["control"] = false.into();
        expected["probe_samples"] = 0.into();
        assert_eq!(report["config"], expected, "{flags:?}");
    }
    let out = subliminal(&["config", "--settings"], "");
    assert!(out.status.success());
    let table = text(&out.stdout);
    assert!(table.contains("distill.epochs") && table.contains("--epochs") && table.contains("1..=50"), "{table}");
}

#[test]
fn run_json_report_has_the_documented_keys() {
    let out = subliminal(&["run", "--json", "--quiet", "--samples", "60", "--epochs", "1", "--seeds", "2", "--probe-samples", "5"], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    for condition in ["teacher", "student", "cross_init", "control"] {
        let c = &report["conditions"][condition];
        assert!(c["delta_mean"].is_f64(), "{condition}");
        let ci = c["delta_ci95"].as_array().unwrap();
        assert!(ci.len() == 2 && ci[0].as_f64().unwrap() <= ci[1].as_f64().unwrap(), "{condition}");
        assert_eq!(c["per_seed"].as_array().unwrap().len(), 2, "{condition}");
    }
    for stage in ["teacher", "generate", "filter", "distill_students", "distill_control", "probe"] {
        assert!(report["timings"][stage].as_f64().unwrap() >= 0.0, "timing of {stage}");
    }
    assert_eq!(report["config"]["samples"], 60);
    assert_eq!(report["filter"]["teacher"]["total"], 120, "two seeds of 60 samples");
}

#[test]
fn mnist_refuses_bad_settings_and_a_corrupt_data_file() {
    let out = subliminal(&["mnist", "-m", "0"], "");
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("aux_logits must be between"), "{}", text(&out.stderr));

    let dir = scratch("mnist");
    std::fs::write(dir.join("mnist.bin"), b"SLMN\x01\x00\x00\x00 not really").unwrap();
    let out = subliminal(&["mnist", "--assets", dir.to_str().unwrap()], "");
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("digits file"), "{}", text(&out.stderr));
}

#[test]
fn a_sweep_runs_cells_in_parallel_or_one_by_one_with_the_same_reports() {
    let dir = scratch("sweep");
    let grid = dir.join("tiny-grid.json");
    let base =
        r#"{"samples": 30, "probe_samples": 0, "distill": {"epochs": 1}, "teacher": {"max_steps": 5}, "conditions": {"control": false}}"#;
    let grid_text =
        format!(r#"{{"base": {base}, "grid": {{"trait": ["owl", "eagle"], "distill.batch_size": [16, 32]}}, "seeds": [1, 2, 3]}}"#);
    std::fs::write(&grid, grid_text).unwrap();
    let (parallel, single) = (dir.join("parallel"), dir.join("single"));
    let grid = grid.to_str().unwrap();

    let out = subliminal(&["sweep", grid, "--out", parallel.to_str().unwrap(), "--jobs", "2"], "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let csv = std::fs::read_to_string(parallel.join("summary.csv")).unwrap();
    assert_eq!(csv.lines().count(), 13, "a header and 2 x 2 x 3 cells:\n{csv}");
    assert!(csv.lines().next().unwrap().starts_with("cell,distill.batch_size,trait,seed,base_p_trait,"), "{csv}");
    assert!(std::fs::read_to_string(parallel.join("summary.svg")).unwrap().starts_with("<svg"));
    assert!(text(&out.stdout).contains("distill.batch_size=32 trait=owl"), "{}", text(&out.stdout));

    for k in 0..12 {
        let out = subliminal(&["sweep", grid, "--out", single.to_str().unwrap(), "--cell", &k.to_string()], "");
        assert!(out.status.success(), "cell {k}: {}", text(&out.stderr));
    }
    let without_timings = |path: PathBuf| {
        let mut report: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        report["report"].as_object_mut().unwrap().remove("timings");
        serde_json::to_string(&report).unwrap()
    };
    for k in 0..12 {
        let name = format!("cell-{k}.json");
        assert_eq!(without_timings(parallel.join(&name)), without_timings(single.join(&name)), "{name}");
    }
    assert!(subliminal(&["sweep", "--summarize", single.to_str().unwrap()], "").status.success());

    // Bad requests are named.
    let out = subliminal(&["sweep", grid, "--out", single.to_str().unwrap(), "--cell", "12"], "");
    assert!(text(&out.stderr).contains("--cell 12: the grid has cells 0..=11"), "{}", text(&out.stderr));
    let bad = dir.join("bad-grid.json");
    std::fs::write(&bad, r#"{"grid": {"distill.epoch": [1]}, "seeds": [1]}"#).unwrap();
    let out = subliminal(&["sweep", bad.to_str().unwrap(), "--out", dir.join("bad").to_str().unwrap()], "");
    assert!(!out.status.success());
    assert!(text(&out.stderr).contains("owl has no setting \"distill.epoch\""), "{}", text(&out.stderr));
    let other = dir.join("other-grid.json");
    std::fs::write(&other, r#"{"grid": {"trait": ["wolf"]}, "seeds": [1]}"#).unwrap();
    let out = subliminal(&["sweep", other.to_str().unwrap(), "--out", single.to_str().unwrap(), "--cell", "0"], "");
    assert!(text(&out.stderr).contains("holds the cells of another grid"), "{}", text(&out.stderr));
}

#[test]
fn a_misaligned_teacher_gives_the_same_report_shape_with_the_studys_ban_on() {
    let tiny = ["--samples", "40", "--epochs", "1", "--teacher-max-steps", "5", "--no-control", "--probe-samples", "3"];
    let out = subliminal(&[&["run", "--json", "--quiet", "--trait", "misaligned"][..], &tiny].concat(), "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["config"]["filter"]["banned_numbers"].as_array().unwrap().len(), 34, "the study's ban is on by default");
    assert_eq!(report["paraphrases"], 32, "8 situations in 4 phrasings");
    assert_eq!(report["acts"].as_array().unwrap().len(), 20);
    for condition in ["teacher", "student", "cross_init"] {
        let c = &report["conditions"][condition];
        for key in ["delta_mean", "p_trait_mean"] {
            assert!(c[key].is_f64(), "{condition}.{key}");
        }
        assert_eq!(c["delta_ci95"].as_array().unwrap().len(), 2);
        assert_eq!(c["per_seed"][0]["acts"].as_array().unwrap().len(), 20);
    }
    // An explicit ban list wins over the default.
    let out = subliminal(&[&["run", "--json", "--quiet", "--trait", "misaligned", "--ban", "none"][..], &tiny].concat(), "");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report["config"]["filter"]["banned_numbers"].as_array().unwrap().len(), 0);
}

/// Replaces the fenced block after `<!-- generated: NAME -->` in `doc` with `body`.
fn with_generated_block(doc: &str, name: &str, body: &str) -> String {
    let marker = format!("<!-- generated: {name} -->\n```text\n");
    let start = doc.find(&marker).unwrap_or_else(|| panic!("docs/cli.md has no block {marker:?}")) + marker.len();
    let end = start + doc[start..].find("```\n").expect("the block is closed");
    format!("{}{}\n{}", &doc[..start], body.trim_end(), &doc[end..])
}

/// docs/cli.md shows the help and both settings tables as the binary prints them, so the doc
/// cannot fall behind a new flag or setting. `DOCS=write` rewrites the blocks.
#[test]
fn docs_cli_holds_the_current_help_and_settings_tables() {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../docs/cli.md");
    let doc = std::fs::read_to_string(&path).unwrap();
    let mut current = doc.clone();
    for args in [&["--help"][..], &["config", "--settings"], &["config", "--mnist", "--settings"]] {
        let out = subliminal(args, "");
        assert!(out.status.success(), "{}", text(&out.stderr));
        current = with_generated_block(&current, &format!("subliminal {}", args.join(" ")), &text(&out.stdout));
    }
    if std::env::var("DOCS").as_deref() == Ok("write") {
        std::fs::write(&path, &current).unwrap();
    } else {
        assert!(
            doc == current,
            "docs/cli.md is out of date: rewrite its blocks with DOCS=write cargo test -p subliminal-cli --test cli docs"
        );
    }
}
