#!/usr/bin/env bash
# Prints what a visitor downloads from dist/, raw and gzipped (gzip -9, as static hosts serve it):
# the page itself (html, js, css, wasm), the base models and the study channel's recording
# (shown beside every animals result) that every visit fetches, the MNIST digits fetched only
# when that experiment runs, and the other presets' recorded runs, fetched when a link opens a
# preset (and in the background for offline use, where a service worker may run). The
# recordings in assets/recorded/*.json are compiled into the page's wasm, so their copies are not
# counted. With --max-mb N, fails if the page and base models exceed N MB.
set -euo pipefail
cd "$(dirname "$0")/../dist"
gz() { gzip -9 -c "$1" | wc -c; }
total_raw=0; total_gz=0; mnist_gz=0; presets_gz=0
printf '%-40s %12s %12s\n' file bytes gzipped
for f in $(find . -type f ! -name '*.md' | sort); do
    raw=$(wc -c < "$f"); z=$(gz "$f")
    printf '%-40s %12d %12d\n' "$f" "$raw" "$z"
    case "$f" in
        *mnist.bin) mnist_gz=$z ;;
        ./assets/recorded/presets/study.json) total_raw=$((total_raw + raw)); total_gz=$((total_gz + z)) ;;
        ./assets/recorded/presets/*) presets_gz=$((presets_gz + z)) ;;
        ./assets/recorded/*) ;;
        *) total_raw=$((total_raw + raw)); total_gz=$((total_gz + z)) ;;
    esac
done
awk -v raw="$total_raw" -v z="$total_gz" -v m="$mnist_gz" -v p="$presets_gz" 'BEGIN {
    printf "owl page (html, js, css, wasm, base models, the study channel'"'"'s recording): %.2f MB raw, %.2f MB gzipped\n", raw / 1e6, z / 1e6
    printf "plus the MNIST digits when that experiment runs: %.2f MB gzipped (%.2f MB in all)\n", m / 1e6, (z + m) / 1e6
    printf "plus the other presets'"'"' recorded runs, each when its link opens: %.2f MB gzipped in all\n", p / 1e6
}'
if [[ "${1:-}" == "--max-mb" ]]; then
    limit=$(( ${2:?a size in MB} * 1000000 ))
    if (( total_gz > limit )); then
        echo "the page's gzipped transfer ($total_gz bytes) exceeds ${2} MB" >&2
        exit 1
    fi
fi
