#!/usr/bin/env bash
# Remakes the page's recorded curves (assets/recorded/gate-page.json, dose-page.json and
# study-dose-sgd.json): runs the gate and dose sweeps with the native CLI (sweeps/
# gate-page.json, dose-page.json: 45 cells, about 10 minutes on 2 cores; study-dose-sgd.json:
# 60 cells, about 75 core-minutes) and keeps each sweep's summary.json. The page compiles them
# in; rebuild it afterwards (trunk build --release).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=${JOBS:-2}
cargo build --release -p subliminal-cli
for sweep in gate-page dose-page study-dose-sgd; do
    out=runs/recorded-$sweep
    ./target/release/subliminal sweep "sweeps/$sweep.json" --out "$out" --jobs "$jobs"
    cp "$out/summary.json" "assets/recorded/$sweep.json"
done
echo "wrote assets/recorded/gate-page.json, dose-page.json and study-dose-sgd.json"
