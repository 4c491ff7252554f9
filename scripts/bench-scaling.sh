#!/usr/bin/env bash
# How SpecForge scales with the size of the document: the benchmark on half, the whole and
# twice the paths of a spec (scripts/scale-spec.py writes the variants into a temp directory).
#
#   scripts/bench-scaling.sh [-n RUNS] [SPEC]
#
# Default spec: ../shared/waldur/waldur-openapi-8.0.5.yaml; layout specs/waldur-layout.yaml.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runs=5
while getopts "n:" opt; do
    case "$opt" in
        n) runs="$OPTARG" ;;
        *) echo "usage: $0 [-n RUNS] [SPEC]" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))
spec="$(realpath "${1:-$root/../shared/waldur/waldur-openapi-8.0.5.yaml}")"
[ -f "$spec" ] || { echo "bench-scaling: $spec not found" >&2; exit 2; }

work="$(mktemp -d /tmp/specforge-scaling.XXXXXX)"
trap 'rm -rf "$work"' EXIT
for mode in half full double; do
    python3 "$root/scripts/scale-spec.py" "$mode" "$spec" "$work/$mode.yaml"
done
BENCH_LABELS="--label half --label full --label double" \
    "$root/scripts/bench.sh" -n "$runs" "$work/half.yaml" "$work/full.yaml" "$work/double.yaml"
