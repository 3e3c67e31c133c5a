#!/usr/bin/env bash
# Runs every test of the project: the formatting and lints; native engine, CLI and page-logic
# tests; the release wasm build of the page; and the end-to-end tests of that build in headless
# Chromium (CPU fallback, WebGPU through SwiftShader, MNIST). Installs only what is missing
# (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/setup.sh --browser

echo "== formatting (rustfmt.toml) and lints"
cargo fmt --all --check
# The page and its worker's code compile natively too, so this lints them; the few lines only
# the WebGPU build has (app/src/worker/device.rs) are compiled by the release build below.
cargo clippy --workspace --all-targets --locked -- -D warnings

echo "== native tests: engine, CLI, page logic (flex CPU backend)"
cargo test --workspace --locked

echo "== the page: release wasm build (the page and the engine's two builds, CPU and WebGPU)"
trunk build --release

echo "== the first command serves the page (scripts/serve.sh, on a spare port)"
scripts/serve-check.sh

echo "== gzip and brotli copies beside the page's files (the wasm's the page fetches from any host)"
scripts/precompress.sh

echo "== the page's transfer size (an owl visit at most 3.5 MB without WebGPU, 5 MB with it)"
scripts/page-size.sh --max-mb 3.5 5

echo "== end-to-end tests in headless Chromium"
(cd tests/browser && node --test --test-concurrency=1 e2e/*.test.mjs)
