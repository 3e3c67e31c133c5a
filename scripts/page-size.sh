#!/usr/bin/env bash
# Prints what a visitor downloads from dist/, raw, gzipped (gzip -9, as static hosts serve it)
# and with brotli (quality 11, as hosts that precompress serve it; Node's zlib). An owl visit
# fetches the page itself (html, js, css, its wasm), the base models, the study channel's
# recording (shown beside every animals result) and one of the engine's two builds: the CPU one
# where the browser offers no WebGPU adapter, the one with WebGPU elsewhere (app/src/ui/engine.rs).
# The MNIST digits are fetched only when that experiment runs, the other presets' recorded runs
# when a link opens a preset (and in the background for offline use, where a service worker may
# run). The recordings in assets/recorded/*.json are compiled into the page's wasm, so their
# copies are not counted. Where scripts/precompress.sh wrote a file's .gz and .br copies, their
# sizes are the ones counted (what a host serving them sends); a wasm with a brotli copy counts
# as that copy in both columns, as the page and its worker fetch it from any host and decode it
# themselves (app/fetch-wasm.js, with unbrotli_bg.wasm, itself fetched as it is and counted with
# the page). With --max-mb CPU GPU, fails if either owl visit exceeds its MB from a host that
# gzips.
set -euo pipefail
cd "$(dirname "$0")/../dist"
gz() { gzip -9 -c "$1" | wc -c; }
br() { node -e 'const z = require("zlib"); const b = require("fs").readFileSync(process.argv[1]); console.log(z.brotliCompressSync(b, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11, [z.constants.BROTLI_PARAM_LGWIN]: 24, [z.constants.BROTLI_PARAM_SIZE_HINT]: b.length } }).length)' "$1"; }
declare -A raw=() zipped=() brotli=() sent=()
# The columns: raw; from a host that gzips on the fly (gzip -9); from one that sends the brotli
# copies.
printf '%-40s %12s %12s %12s\n' file bytes 'gzip host' 'brotli host'
# unbrotli.js: the decoder's glue, which Trunk writes and nothing loads.
for f in $(find . -type f ! -name '*.md' ! -name '*.gz' ! -name '*.br' ! -name unbrotli.js | sort); do
    r=$(wc -c < "$f")
    if [ -f "$f.gz" ]; then z=$(wc -c < "$f.gz"); else z=$(gz "$f"); fi
    if [ -f "$f.br" ]; then b=$(wc -c < "$f.br"); else b=$(br "$f"); fi
    plain=$r
    if [[ "$f" == *.wasm && "$f" != ./unbrotli_bg.wasm && -f "$f.br" ]]; then z=$b; plain=$b; fi
    printf '%-40s %12d %12d %12d\n' "$f" "$r" "$z" "$b"
    case "$f" in
        ./worker-gpu*) group=gpu ;;
        ./worker*) group=cpu ;;
        *mnist.bin) group=mnist ;;
        ./assets/recorded/presets/study.json) group=page ;;
        ./assets/recorded/presets/*) group=presets ;;
        ./assets/recorded/*) continue ;;
        *) group=page ;;
    esac
    raw[$group]=$(( ${raw[$group]:-0} + r )); zipped[$group]=$(( ${zipped[$group]:-0} + z )); brotli[$group]=$(( ${brotli[$group]:-0} + b ))
    sent[$group]=$(( ${sent[$group]:-0} + plain ))
done
mb() { awk -v n="$1" 'BEGIN { printf "%.2f", n / 1e6 }'; }
visit() { # the page plus one engine build
    echo "$(mb $(( raw[page] + raw[$1] ))) MB raw; sent $(mb $(( sent[page] + sent[$1] ))) MB by a host that compresses nothing (python3 -m http.server), $(mb $(( zipped[page] + zipped[$1] ))) MB by one that gzips, $(mb $(( brotli[page] + brotli[$1] ))) MB by one that sends the brotli copies"
}
echo "owl visit without WebGPU (the CPU engine): $(visit cpu)"
echo "owl visit with WebGPU (the engine with WebGPU; the CPU one only if the GPU is lost): $(visit gpu)"
echo "plus the MNIST digits when that experiment runs: $(mb "${zipped[mnist]}") MB gzipped"
echo "plus the other presets' recorded runs, each when its link opens: $(mb "${zipped[presets]}") MB gzipped in all"
if [[ "${1:-}" == "--max-mb" ]]; then
    for engine in cpu gpu; do
        limit=$(awk -v m="${2:?MB for the CPU visit}" 'BEGIN { printf "%d", m * 1e6 }')
        [[ $engine == gpu ]] && limit=$(awk -v m="${3:?MB for the WebGPU visit}" 'BEGIN { printf "%d", m * 1e6 }')
        total=$(( zipped[page] + zipped[$engine] ))
        if (( total > limit )); then
            echo "the owl visit's transfer from a host that gzips, with the $engine engine ($total bytes), exceeds $(mb "$limit") MB" >&2
            exit 1
        fi
    done
fi
