#!/usr/bin/env bash
# Sets up what is missing, builds the page (release: the engine is much faster optimised) and
# serves it on http://127.0.0.1:8080, rebuilding when a source changes. Extra arguments go to
# `trunk serve` (e.g. --port 8081).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# The long cold build happens first, with no file watcher running (see Trunk.toml's [watch]).
trunk build --release
exec trunk serve --release "$@"
