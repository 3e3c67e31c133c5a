#!/usr/bin/env bash
# The speed comparison (bench/README.md): our engine natively against the PyTorch reference on
# the same CPU thread count, the same stages in the page in headless Chromium (wasm), and one
# training step against TensorFlow.js in the same browser. Prints tables; writes target/bench/.
#   scripts/bench.sh [--repeat N] [--skip-torch] [--skip-browser]
# The PyTorch reference runs in target/bench/venv, made here with torch from PyPI if missing
# (about 3 GB with its CUDA libraries, though it only uses the CPU).
set -euo pipefail
cd "$(dirname "$0")/.."

REPEAT=3
TORCH=1
BROWSER=1
while [ $# -gt 0 ]; do
    case "$1" in
        --repeat) REPEAT="$2"; shift 2 ;;
        --skip-torch) TORCH=0; shift ;;
        --skip-browser) BROWSER=0; shift ;;
        *) echo "unknown option $1 (see the comment at the top of $0)" >&2; exit 2 ;;
    esac
done
OUT=target/bench
mkdir -p "$OUT"
CORES=$(nproc --all)
# One thread for every CPU implementation: the page's wasm has one, and our engine natively
# uses one (burn-flex is built without rayon).
export OMP_NUM_THREADS=1 MKL_NUM_THREADS=1 RAYON_NUM_THREADS=1
echo "== machine: $CORES cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"

echo "== our engine, native (flex CPU, 1 thread), $REPEAT repetitions"
cargo build --release --locked -p subliminal-cli
target/release/subliminal bench --repeat "$REPEAT" --workload "$OUT/workload.json" --json "$OUT/engine.json"

if [ "$TORCH" = 1 ]; then
    echo "== the PyTorch reference (CPU, 1 thread), $REPEAT repetitions"
    if ! "$OUT/venv/bin/python" -c "import torch" 2>/dev/null; then
        python3 -m venv "$OUT/venv"
        "$OUT/venv/bin/pip" install --quiet torch
    fi
    "$OUT/venv/bin/python" bench/reference.py --workload "$OUT/workload.json" --mnist assets/mnist.bin \
        --threads 1 --repeat "$REPEAT" --json "$OUT/torch.json"
fi

if [ "$BROWSER" = 1 ]; then
    scripts/setup.sh --browser
    echo "== the page in headless Chromium (CPU fallback, wasm), $REPEAT repetitions"
    trunk build --release
    # In one worker, stage against stage with the native run (the page splits a run with a control
    # over two workers where it has two cores: docs/speed.md, "Two workers").
    (cd tests/browser && node measure.mjs owl --one-worker --repeat "$REPEAT" --json "../../$OUT/page-owl.json" \
        && node measure.mjs mnist --repeat "$REPEAT" --json "../../$OUT/page-mnist.json")
    echo "== one training step: our engine vs TensorFlow.js, same browser"
    (cd tests/browser && node bench-steps.mjs --json "../../$OUT/steps.json")
fi

python3 bench/compare.py "$OUT"
