#!/usr/bin/env bash
# Remakes the page's recorded runs (assets/recorded/owl-page.json and values-page.json): the
# page's one-click default of each owl-style tab over 5 seeds, run with the native CLI (about
# 4 minutes on 2 cores), each wrapped with the command and the machine that made it. The page
# compiles them in and shows them the moment it opens; rebuild it afterwards (trunk build --release).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release -p subliminal-cli
machine="$(uname -m), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), CPU backend; commit $(git rev-parse --short HEAD)"
record() {
    local name=$1; shift
    local command="subliminal run --page --seeds 5 --json $*"
    ./target/release/subliminal run --page --seeds 5 --json "$@" > "runs/recorded-$name.json"
    jq -n --arg command "${command% }" --arg machine "$machine" --slurpfile report "runs/recorded-$name.json" \
        '{command: $command, machine: $machine, report: $report[0]}' > "assets/recorded/$name-page.json"
}
mkdir -p runs
record owl
record values --trait misaligned --ban study
echo "wrote assets/recorded/owl-page.json and assets/recorded/values-page.json"
