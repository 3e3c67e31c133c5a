#!/usr/bin/env bash
# Sets up what is missing, builds the page (release: the engine is much faster optimised) and
# serves it on http://127.0.0.1:8080, rebuilding when a source changes (reload the tab to see
# it). Extra arguments go to `trunk serve` (e.g. --port 8081).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
# The long cold build happens first, with no file watcher running (see Trunk.toml's [watch]).
trunk build --release
# Without Trunk's auto-reload: it injects a script into dist/index.html that dials back to this
# server, so dist/ would no longer be the static site `trunk build --release` makes (the one to
# copy to a host, and the one the browser tests open).
exec trunk serve --release --no-autoreload "$@"
