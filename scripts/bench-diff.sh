#!/usr/bin/env bash
# Wall time, CPU time (user + sys) and peak RSS of `specforge diff` on two documents, release
# build as installed (scripts/build-release.sh): the median of N runs, and the fastest.
#
#   scripts/bench-diff.sh [-n RUNS] [OLD NEW]
#
# Defaults: 10 runs, Waldur 8.0.3 → 8.0.5 (4 MB each) from ../shared beside the repository.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
runs=10
while getopts "n:" opt; do
    case "$opt" in
        n) runs="$OPTARG" ;;
        *) echo "usage: $0 [-n RUNS] [OLD NEW]" >&2; exit 2 ;;
    esac
done
shift $((OPTIND - 1))

if [ $# -eq 2 ]; then
    old="$(realpath "$1")"
    new="$(realpath "$2")"
else
    old="$root/../shared/waldur-versions/waldur-openapi-8.0.3.yaml"
    new="$root/../shared/waldur/waldur-openapi-8.0.5.yaml"
fi
for f in "$old" "$new"; do
    [ -f "$f" ] || { echo "bench-diff: $f not found" >&2; exit 2; }
done

cd "$root"
bin="$("$root/scripts/build-release.sh")/specforge"

times="$(mktemp)"
trap 'rm -f "$times"' EXIT
for _ in $(seq "$runs"); do
    /usr/bin/time -f "%e %U %S %M" -a -o "$times" "$bin" diff "$old" "$new" > /dev/null 2>&1 || true
done
# Columns: wall, cpu (user + sys), peak RSS in KB; one row per run.
awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$times" > "$times.rows"
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
fastest() { sort -n | head -1; }
echo "specforge diff $(basename "$old") $(basename "$new"), $runs runs"
echo "wall (s):  median $(cut -d' ' -f1 "$times.rows" | median), fastest $(cut -d' ' -f1 "$times.rows" | fastest)"
echo "CPU (s):   median $(cut -d' ' -f2 "$times.rows" | median), fastest $(cut -d' ' -f2 "$times.rows" | fastest)"
echo "peak RSS:  $(cut -d' ' -f3 "$times.rows" | sort -n | tail -1) KB"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg) on $(nproc) cores"
rm -f "$times.rows"
