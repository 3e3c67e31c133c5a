#!/usr/bin/env bash
# Starts the README's first command (scripts/serve.sh) on a spare port and checks that it serves
# the page and the engine's worker, then stops it. The build is already done, so this takes
# seconds; it fails if the server dies (as trunk's file watcher once did) or never answers.
set -euo pipefail
cd "$(dirname "$0")/.."
port=${SERVE_CHECK_PORT:-8097}
log=$(mktemp)
setsid scripts/serve.sh --port "$port" >"$log" 2>&1 &
server=$!
trap 'kill -- -"$server" 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 180); do
    if ! kill -0 "$server" 2>/dev/null; then
        echo "scripts/serve.sh stopped before serving:" >&2
        cat "$log" >&2
        exit 1
    fi
    if curl -fsS "http://127.0.0.1:$port/" -o /dev/null 2>/dev/null && curl -fsS "http://127.0.0.1:$port/engine-loader.js" -o /dev/null 2>/dev/null; then
        echo "scripts/serve.sh serves the page on port $port"
        exit 0
    fi
    sleep 1
done
echo "scripts/serve.sh did not answer on port $port within 3 minutes:" >&2
cat "$log" >&2
exit 1
