#!/usr/bin/env bash
# Per-stage timings (median of N runs) and peak RSS of SpecForge on a spec, in release mode.
#
#   scripts/bench.sh [-n RUNS] [-l LAYOUT] [-d] [-f [-b BASELINE]] [SPEC...]
#
# -f: generate against its floor instead (scripts/bench-floor.sh); -b adds a baseline binary.
# Measures the release build as installed (scripts/build-release.sh: the Swift runtime linked
# in); -d: the build of `swift build -c release` instead (the Swift runtime's shared libraries).
# Defaults: 5 runs, specs/waldur-layout.yaml, ../shared/waldur/waldur-openapi-8.0.5.yaml.
# Prints a Markdown table (one column per spec). Run from anywhere; paths are taken relative
# to the current directory, defaults relative to the repository root. BENCH_LABELS may hold
# "--label NAME" options naming the columns (scripts/bench-scaling.sh uses it).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runs=5
layout=""
mode=()
dynamic=0
while getopts "n:l:dfb:" opt; do
    case "$opt" in
        n) runs="$OPTARG" ;;
        l) layout="$OPTARG" ;;
        d) dynamic=1 ;;
        f) mode+=(--floor) ;;
        b) mode+=(--baseline "$(realpath "$OPTARG")") ;;
        *) echo "usage: $0 [-n RUNS] [-l LAYOUT] [-d] [-f [-b BASELINE]] [SPEC...]" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))

specs=()
for s in "$@"; do specs+=("$(realpath "$s")"); done
[ -n "$layout" ] && layout="$(realpath "$layout")"

cd "$root"
if [ ${#specs[@]} -eq 0 ]; then
    default="../shared/waldur/waldur-openapi-8.0.5.yaml"
    [ -f "$default" ] || { echo "bench: $default not found (the shared workload sits beside the repository)" >&2; exit 2; }
    specs=("$default")
fi
[ -n "$layout" ] || layout="specs/waldur-layout.yaml"

if [ "$dynamic" = 1 ]; then
    swift build -c release --product specforge >&2
    swift build -c release --product specforge-bench >&2
    bin="$(swift build -c release --show-bin-path)"
else
    bin="$("$root/scripts/build-release.sh" specforge specforge-bench)"
fi
exec "$bin/specforge-bench" "${mode[@]}" --runs "$runs" --layout "$layout" --specforge "$bin/specforge" ${BENCH_LABELS:-} "${specs[@]}"
