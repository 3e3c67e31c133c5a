#!/usr/bin/env bash
# Sets up what is missing, builds the page (release: the engine is much faster optimised) and
# serves it on http://127.0.0.1:8080. Extra arguments go to `trunk serve`.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec trunk serve --release "$@"
