#!/usr/bin/env bash
# Builds the command-line tool and runs the owl experiment once, with its controls.
# Extra arguments go to `subliminal run` (try --trait eagle, --seeds 5, --json).
set -euo pipefail
cd "$(dirname "$0")/.."
cargo build --release --locked -p subliminal-cli
exec ./target/release/subliminal run "$@"
