#!/usr/bin/env bash
# Installs what building the page needs, skipping whatever is already there: the pinned Rust
# toolchain (rust-toolchain.toml) with the wasm32 target, rustfmt and clippy; Trunk 0.21.14 and
# wasm-bindgen-cli at exactly Cargo.lock's wasm-bindgen version, both built from crates.io (no
# prebuilt downloads). With --browser, also what the
# browser tests need: Debian's Chromium and the tests' npm packages.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14
BINDGEN_VERSION=$(awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' Cargo.lock)

if ! command -v cargo >/dev/null; then
    echo "cargo not found: install Rust with rustup first (https://rustup.rs)" >&2
    exit 1
fi
# The compiler rust-toolchain.toml pins, with the wasm32 target, rustfmt and clippy (the test
# command checks formatting and lints): rustup adds whichever of them is missing.
rustup toolchain install
# trunk 0.22 needs a newer rustc than ours; 0.21.14 builds with --locked.
if ! trunk --version 2>/dev/null | grep -qx "trunk $TRUNK_VERSION"; then
    cargo install trunk --version "$TRUNK_VERSION" --locked
fi
# Not --locked: one of its locked dependencies is no longer on crates.io.
if ! wasm-bindgen --version 2>/dev/null | grep -qx "wasm-bindgen $BINDGEN_VERSION"; then
    cargo install wasm-bindgen-cli --version "$BINDGEN_VERSION"
fi
if ! grep -q "wasm_bindgen = \"$BINDGEN_VERSION\"" Trunk.toml; then
    echo "Trunk.toml's [tools] wasm_bindgen must be $BINDGEN_VERSION, the version in Cargo.lock" >&2
    exit 1
fi

if [[ "${1:-}" == "--browser" ]]; then
    sudo_if_needed() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
    # Only what is missing: a Node.js installed some other way must not be replaced by Debian's.
    missing=()
    [ -x /usr/bin/chromium ] || missing+=(chromium)
    command -v npm >/dev/null || missing+=(nodejs npm)
    if [ ${#missing[@]} -gt 0 ]; then
        sudo_if_needed apt-get update -qq
        sudo_if_needed env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}"
    fi
    # Every package the tests import (one added later must reach a checkout that already has the rest).
    if [ ! -d tests/browser/node_modules/playwright-core ] || [ ! -d tests/browser/node_modules/axe-core ]; then
        (cd tests/browser && npm ci --no-audit --no-fund)
    fi
fi
