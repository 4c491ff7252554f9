#!/usr/bin/env bash
# specforge generate against its floor: libyaml's bare scan of the spec plus `cp -r` of the
# same output tree, measured in one run, round after round (median of N), in release mode.
#
#   scripts/bench-floor.sh [-n RUNS] [-l LAYOUT] [-b BASELINE] [SPEC...]
#
# Defaults: 7 rounds, specs/waldur-layout.yaml, ../shared/waldur/waldur-openapi-8.0.5.yaml.
# Prints a Markdown table: the medians in ms, generate ÷ floor, and generate's peak RSS.
# -b BASELINE: another specforge binary (e.g. a release build of an older commit) run in
# every round beside this one, for a before/after under the same load.
# Output goes under $TMPDIR (default /tmp): TMPDIR=/dev/shm measures on tmpfs, without the
# disk, which on a shared machine can make `cp -r` itself take seconds.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runs=7
layout=""
baseline=()
while getopts "n:l:b:" opt; do
    case "$opt" in
        n) runs="$OPTARG" ;;
        l) layout="$OPTARG" ;;
        b) baseline=(--baseline "$(realpath "$OPTARG")") ;;
        *) echo "usage: $0 [-n RUNS] [-l LAYOUT] [-b BASELINE] [SPEC...]" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))

specs=()
for s in "$@"; do specs+=("$(realpath "$s")"); done
[ -n "$layout" ] && layout="$(realpath "$layout")"

cd "$root"
if [ ${#specs[@]} -eq 0 ]; then
    default="../shared/waldur/waldur-openapi-8.0.5.yaml"
    [ -f "$default" ] || { echo "bench-floor: $default not found (the shared workload sits beside the repository)" >&2; exit 2; }
    specs=("$default")
fi
[ -n "$layout" ] || layout="specs/waldur-layout.yaml"

swift build -c release --product specforge >&2
swift build -c release --product specforge-bench >&2
bin="$(swift build -c release --show-bin-path)"
exec "$bin/specforge-bench" --floor "${baseline[@]}" --runs "$runs" --layout "$layout" --specforge "$bin/specforge" "${specs[@]}"
