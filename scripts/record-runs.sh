#!/usr/bin/env bash
# Remakes the page's recorded runs with the native CLI, each wrapped with the command and the
# machine that made it:
#   assets/recorded/owl-page.json, values-page.json: the one-click default of each owl-style tab
#     over 5 seeds (about 4 minutes on 2 cores); the page compiles them in and shows them the
#     moment it opens; rebuild it afterwards (trunk build --release);
#   assets/recorded/presets/NAME.json: each preset over 5 seeds (2 to 6 minutes each; the study's
#     took 20 with other work beside it); the page fetches one when a link opens that preset.
# With names (owl, values, or presets' names), remakes only those. Needs jq.
# SUBLIMINAL=path uses that build of the CLI (e.g. target/debug/subliminal: the dev profile
# optimises every crate) instead of building the release one.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ -z "${SUBLIMINAL:-}" ]]; then
    cargo build --release -p subliminal-cli
    SUBLIMINAL=./target/release/subliminal
fi
machine="$(uname -m), $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), CPU backend; commit $(git rev-parse --short HEAD)"
record() {
    local out=$1; shift
    local command="subliminal run $* --seeds 5 --json"
    # A file of its own: two copies of this script may run side by side.
    local report
    report=$(mktemp runs/recorded.XXXXXX.json)
    "$SUBLIMINAL" run "$@" --seeds 5 --json > "$report"
    jq -n --arg command "$command" --arg machine "$machine" --slurpfile report "$report" \
        '{command: $command, machine: $machine, report: $report[0]}' > "$out"
    rm "$report"
    echo "wrote $out"
}
presets="study leak controls gate in-context threshold divergence liminal mix reword"
names=("$@")
(( ${#names[@]} )) || names=(owl values $presets)
mkdir -p runs assets/recorded/presets
for name in "${names[@]}"; do
    case "$name" in
        owl) record assets/recorded/owl-page.json --page ;;
        values) record assets/recorded/values-page.json --page --trait misaligned --ban study ;;
        *) record "assets/recorded/presets/$name.json" --preset "$name" ;;
    esac
done
