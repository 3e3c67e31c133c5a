#!/usr/bin/env bash
# The matrix product natively, in wasm with 128-bit SIMD (what the page ships), and in wasm with
# relaxed SIMD's fused multiply-add (gemm 0.19 has no such kernel: relaxed-simd.diff adds one to a
# copy), each on one thread. Needs the wasm32 target and tests/browser's npm packages (scripts/test.sh
# installs both). Prints ms and GFLOP/s per shape.
set -euo pipefail
cd "$(dirname "$0")"
out=../../target/wasm-gemm
mkdir -p "$out"
export CARGO_TARGET_DIR="$out/cargo"

echo "== native"
cargo run --quiet --release --bin native

cargo build --quiet --release --lib --target wasm32-unknown-unknown --config 'target.wasm32-unknown-unknown.rustflags=["-C", "target-feature=+simd128"]'
cp "$CARGO_TARGET_DIR/wasm32-unknown-unknown/release/wasm_gemm.wasm" "$out/simd128.wasm"

registry_copy=$(dirname "$(cargo metadata --format-version 1 | python3 -c 'import json,sys; print(next(p["manifest_path"] for p in json.load(sys.stdin)["packages"] if p["name"] == "gemm-f32"))')")
rm -rf "$out/gemm-f32-0.19.0" && cp -r "$registry_copy" "$out/gemm-f32-0.19.0"
patch --quiet -d "$out" -p0 < relaxed-simd.diff
CARGO_TARGET_DIR="$out/cargo-relaxed" cargo build --quiet --release --lib --target wasm32-unknown-unknown \
    --config "patch.crates-io.gemm-f32.path=\"$(realpath "$out")/gemm-f32-0.19.0\"" \
    --config 'target.wasm32-unknown-unknown.rustflags=["-C", "target-feature=+simd128,+relaxed-simd"]'
cp "$out/cargo-relaxed/wasm32-unknown-unknown/release/wasm_gemm.wasm" "$out/relaxed-simd.wasm"

echo "== wasm"
node browser.mjs "$out/simd128.wasm" "$out/relaxed-simd.wasm"
