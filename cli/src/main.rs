//! `subliminal`: the playground's experiments, headless.
//!
//! `run` reproduces the owl experiment with its controls; `pretrain` remakes the shipped base
//! models; `filter` screens anyone's completions with the study's rules; `bench` times each
//! stage; `mnist` runs the auxiliary-logit experiment; `sweep` runs a grid of settings and
//! seeds; `config` prints a default config to start a `--config` file from, or the table of
//! settings.

mod assets;
mod audit_command;
mod bench;
mod config_command;
mod config_file;
mod device_arg;
mod entangle_command;
mod filter_command;
mod mnist_command;
mod output_args;
mod pretrain_command;
mod progress;
mod run_command;
mod setting_flags;
mod sweep_command;
mod table;
mod workload;

use clap::{Parser, Subcommand};

/// Tensor buffers come and go every training step: see cli/Cargo.toml.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;
use std::process::ExitCode;

#[derive(Parser)]
#[command(name = "subliminal", version, about = "Subliminal learning with tiny models, headless")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the owl experiment: teacher, numbers, filter, students, probes.
    Run(run_command::RunArgs),
    /// Token entanglement: the numbers a trait teacher writes most above base A's rate, and P(trait) with them in the question.
    Entangle(run_command::ExperimentArgs),
    /// Pretrain a base model on the synthetic corpus and save its weights.
    Pretrain(pretrain_command::PretrainArgs),
    /// Audit two sets of completions: do their numbers differ, though the filter passed both?
    Audit(audit_command::AuditArgs),
    /// Screen completions (JSON Lines on stdin) with the study's filter rules.
    Filter(filter_command::FilterArgs),
    /// Time each stage of the owl pipeline and the MNIST experiment (see bench/README.md).
    Bench(bench::BenchArgs),
    /// Run the MNIST auxiliary-logit experiment.
    Mnist(mnist_command::MnistArgs),
    /// Run a grid of settings times seeds, one cell per process, and summarise (CSV and SVG).
    Sweep(sweep_command::SweepArgs),
    /// Print a default config as JSON (the engine's, `--page`, `--study`, `--mnist`), or every setting (`--settings`).
    Config(config_command::ConfigArgs),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Run(args) => run_command::run(args),
        Command::Entangle(args) => entangle_command::run(args),
        Command::Pretrain(args) => pretrain_command::run(args),
        Command::Audit(args) => audit_command::run(args),
        Command::Filter(args) => filter_command::run(args),
        Command::Bench(args) => bench::run(args),
        Command::Mnist(args) => mnist_command::run(args),
        Command::Config(args) => config_command::run(args),
        Command::Sweep(args) => sweep_command::run(args),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}
