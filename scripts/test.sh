#!/usr/bin/env bash
# Runs every test of the project. Installs nothing that is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v cargo >/dev/null; then
    echo "cargo not found: install Rust with rustup first (https://rustup.rs)" >&2
    exit 1
fi

echo "== engine and CLI tests (native, flex CPU backend)"
cargo test --workspace --locked
