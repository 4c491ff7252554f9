#!/usr/bin/env bash
# The behaviour referee of the Swift SDK: for each spec, generates the SDK and its round-trip
# driver (`specforge generate --only referee`), builds the driver, starts the referee (a server on
# 127.0.0.1 that unmarshals every request with openapi-core against the spec and answers with a
# response valid for the operation), runs the driver (every operation called through the
# generated client with example arguments) and compares what it passed with what the referee
# understood. Prints `N of M operations round-trip` per spec and the causes of the failures.
#
#   scripts/check-roundtrip.sh SPEC...
#
# Scratch: .build-roundtrip/ ($ROUNDTRIP_SCRATCH; git-ignored): the venv (openapi-core from PyPI, installed on first
# use), the SwiftPM package of SDKs and drivers, and per spec in work/<Module>/: driver.jsonl (what
# each call passed and how it ended), records.jsonl (what the referee understood), failures.txt
# (every failing call and why), build and server logs. CONFIG=release builds specforge in release.
# Exit status: 0 when every operation of every spec round-trips.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/scripts/lib/sdk-package.sh"
. "$root/scripts/lib/check.sh"
scratch="${ROUNDTRIP_SCRATCH:-$root/.build-roundtrip}"
if [ "$#" -eq 0 ]; then
    echo "usage: scripts/check-roundtrip.sh SPEC..." >&2
    exit 2
fi
specs=()
for s in "$@"; do specs+=("$(cd "$(dirname "$s")" && pwd)/$(basename "$s")"); done

python_venv "$scratch" openapi-core==0.23.1 pyyaml
py="$scratch/venv/bin/python"

cd "$root"
build_specforge "${CONFIG:-debug}"

echo "== generating the SDKs and their drivers"
mkdir -p "$scratch/Sources" "$scratch/work"
targets=""
modules=()
declare -A spec_of
for spec in "${specs[@]}"; do
    module="$(module_name "$spec")"
    modules+=("$module")
    spec_of[$module]="$spec"
    mkdir -p "$scratch/work/$module"
    "$specforge" generate --quiet --spec "$spec" --only swift --module "$module" \
        --output "$scratch/Sources/$module" >"$scratch/work/$module/generate.log" 2>&1
    "$specforge" generate --quiet --spec "$spec" --only referee --module "$module" \
        --output "$scratch/Sources/${module}Referee" >>"$scratch/work/$module/generate.log" 2>&1
done
# Every SDK generated here so far keeps its targets: earlier runs' builds stay valid.
for dir in "$scratch"/Sources/*Referee; do
    driver="$(basename "$dir")"
    module="${driver%Referee}"
    [ -d "$scratch/Sources/$module" ] || continue
    targets+="
        .target(name: \"$module\", dependencies: deps, path: \"Sources/$module\"),
        .executableTarget(name: \"$driver\", dependencies: deps + [\"$module\"], path: \"Sources/$driver\"),"
done
write_sdk_package "$scratch/Package.swift" RoundTrip "$targets"

cd "$scratch"
swift package resolve >/dev/null
failed=0
port=$((21000 + ($$ % 1000) * 10))
summary=()
for module in "${modules[@]}"; do
    work="work/$module"
    echo "== building ${module}Referee"
    if ! swift build --product "${module}Referee" >"$work/build.log" 2>&1; then
        summary+=("$(basename "${spec_of[$module]}"): the driver does not build ($(grep -c ': error:' "$work/build.log" || true) errors, $work/build.log)")
        failed=1
        continue
    fi
    port=$((port + 1))
    rm -f "$work/records.jsonl" "$work/records.jsonl.url"
    "$py" "$root/scripts/lib/referee/server.py" "${spec_of[$module]}" "$port" "$work/records.jsonl" >"$work/server.log" 2>&1 &
    server=$!
    # Large documents take a while to load; a server that died says why in its log.
    for _ in $(seq 900); do
        [ -s "$work/records.jsonl.url" ] && break
        kill -0 "$server" 2>/dev/null || break
        sleep 0.2
    done
    if [ ! -s "$work/records.jsonl.url" ]; then
        summary+=("$(basename "${spec_of[$module]}"): the referee did not start: $(tail -1 "$work/server.log")")
        kill "$server" 2>/dev/null || true
        failed=1
        continue
    fi
    echo "== calling every operation of $module"
    "$(swift build --show-bin-path)/${module}Referee" "$(cat "$work/records.jsonl.url")" >"$work/driver.jsonl" 2>"$work/driver.log" || true
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    set +e
    result="$("$py" "$root/scripts/lib/referee/compare.py" "$(basename "${spec_of[$module]}")" "$work/driver.jsonl" "$work/records.jsonl" "$work/failures.txt")"
    [ $? -eq 0 ] || failed=1
    set -e
    summary+=("$result")
done

echo
for line in "${summary[@]}"; do echo "$line"; done
echo "(failures per call: $scratch/work/<Module>/failures.txt)"
exit "$failed"
