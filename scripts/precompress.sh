#!/usr/bin/env bash
# Writes a gzip (-9) and a brotli (quality 11) copy beside each file of the built page (dist/,
# or the folder given) that compresses: `worker-gpu_bg.wasm.gz`, `worker-gpu_bg.wasm.br`. A host
# that serves such copies (nginx's gzip_static, Caddy's `precompressed`; docs/hosting.md) sends
# them, at their best compression, to a browser that accepts them. A host that compresses on the
# fly, or not at all, ignores them; but the page's and the engine's wasm are fetched as their
# brotli copies from any host (app/fetch-wasm.js). Brotli at its largest standard window (16 MB),
# which every brotli decoder reads. Each copy is read back and compared with its file. Brotli
# comes from Node.js (the browser tests need it) or the `brotli` command, whichever is there.
# Takes about a minute for the page's 48 MB (most of it the WebGPU engine's 27 MB).
set -euo pipefail
dir=${1:-"$(cd "$(dirname "$0")/.." && pwd)/dist"}
[ -f "$dir/index.html" ] || { echo "no built page in $dir: run trunk build --release first" >&2; exit 1; }
# Copies of an earlier run go first: one whose file has since shrunk under 1 KiB, or no longer
# compresses, must not be served in its place.
find "$dir" -type f \( -name '*.gz' -o -name '*.br' \) -exec sh -c 'for c; do if [ -f "${c%.*}" ]; then rm -f "$c"; fi; done' sh {} +
mapfile -t files < <(find "$dir" -type f -size +1k \( -name '*.html' -o -name '*.js' -o -name '*.css' \
    -o -name '*.wasm' -o -name '*.json' -o -name '*.slpw' -o -name '*.bin' -o -name '*.svg' \) | sort)
# A copy no smaller than its file is not kept: a host would send more bytes for nothing.
keep_if_smaller() {
    if [ "$(wc -c < "$2")" -ge "$(wc -c < "$1")" ]; then rm -f "$2"; fi
}
for f in "${files[@]}"; do
    gzip -9 -n -c "$f" > "$f.gz"
    gzip -d -c "$f.gz" | cmp -s - "$f" || { echo "$f.gz does not read back as $f" >&2; exit 1; }
    keep_if_smaller "$f" "$f.gz"
done
if command -v node >/dev/null; then
    node -e '
        const z = require("zlib"), fs = require("fs");
        for (const f of process.argv.slice(1)) {
            const raw = fs.readFileSync(f);
            const br = z.brotliCompressSync(raw, { params: { [z.constants.BROTLI_PARAM_QUALITY]: 11, [z.constants.BROTLI_PARAM_LGWIN]: 24, [z.constants.BROTLI_PARAM_SIZE_HINT]: raw.length } });
            if (!z.brotliDecompressSync(br).equals(raw)) { console.error(`${f}.br does not read back as ${f}`); process.exit(1); }
            if (br.length < raw.length) fs.writeFileSync(`${f}.br`, br); else fs.rmSync(`${f}.br`, { force: true });
        }' "${files[@]}"
elif command -v brotli >/dev/null; then
    for f in "${files[@]}"; do
        brotli -q 11 -w 24 -f -o "$f.br" "$f"
        brotli -d -c "$f.br" | cmp -s - "$f" || { echo "$f.br does not read back as $f" >&2; exit 1; }
        keep_if_smaller "$f" "$f.br"
    done
else
    echo "no brotli copies: neither Node.js nor the brotli command is installed (apt install brotli)" >&2
fi
echo "precompressed ${#files[@]} files in $dir"
