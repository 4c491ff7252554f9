#!/usr/bin/env bash
# Generates the Swift SDK of every real-world spec into one scratch package (one target each,
# Swift 6, warnings as errors), builds each target clean, and prints a table: spec, operations,
# files, generate time, clean build time, errors, warnings. Exits non-zero when any SDK has an
# error or a warning.
#
#   scripts/check-realworld.sh [SPEC...]
#
# SPEC defaults to every .yaml, .yml and .json file in ../shared/realworld/. The scratch package
# is .build-realworld/ (git-ignored); build logs are in .build-realworld/logs/. CONFIG=debug uses
# a debug build of specforge (quicker to get while iterating; generate times are then not representative).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/scripts/lib/sdk-package.sh"
. "$root/scripts/lib/check.sh"
scratch="$root/.build-realworld"
if [ "$#" -gt 0 ]; then
    specs=()
    for s in "$@"; do specs+=("$(cd "$(dirname "$s")" && pwd)/$(basename "$s")"); done
else
    shopt -s nullglob
    specs=("$root"/../shared/realworld/*.yaml "$root"/../shared/realworld/*.yml "$root"/../shared/realworld/*.json)
    shopt -u nullglob
    if [ "${#specs[@]}" -eq 0 ]; then
        echo "no specs in ../shared/realworld (is ../shared beside the checkout?)" >&2
        exit 2
    fi
fi

cd "$root"
build_specforge "${CONFIG:-release}"

echo "== generating the SDKs"
mkdir -p "$scratch/logs"
rm -rf "$scratch/Sources"
mkdir -p "$scratch/Sources"
targets=""
modules=()
declare -A gen_time gen_status spec_of
for spec in "${specs[@]}"; do
    module="$(module_name "$spec")"
    modules+=("$module")
    spec_of[$module]="$(basename "$spec")"
    start=$(date +%s.%N)
    set +e
    "$specforge" generate --quiet --spec "$spec" --only swift --module "$module" \
        --output "$scratch/Sources/$module" >"$scratch/logs/$module.generate.log" 2>&1
    gen_status[$module]=$?
    set -e
    end=$(date +%s.%N)
    gen_time[$module]=$(echo "$end - $start" | bc)
    mkdir -p "$scratch/Sources/$module"
    targets+="
        .target(
            name: \"$module\",
            dependencies: deps,
            path: \"Sources/$module\",
            swiftSettings: [.unsafeFlags([\"-swift-version\", \"6\", \"-warnings-as-errors\"])]
        ),"
done

write_sdk_package "$scratch/Package.swift" RealWorldSDKs "$targets"

cd "$scratch"
echo "== resolving and building the dependencies"
swift package resolve >/dev/null
swift build --target OpenAPIURLSession >/dev/null

failed=0
rows=()
for module in "${modules[@]}"; do
    dir="Sources/$module"
    files=$(find "$dir" -name '*.swift' | wc -l)
    operations=$(cat "$dir"/Client/*.swift 2>/dev/null | grep -o 'operationID: "[^"]*"' | sort -u | wc -l)
    log="logs/$module.build.log"
    if [ "${gen_status[$module]}" -ne 0 ]; then
        rows+=("${spec_of[$module]}|$operations|$files|${gen_time[$module]}|-|generate failed|-")
        failed=1
        continue
    fi
    echo "== building $module ($files files)"
    # Every source file newer than its object file: the whole target is compiled again.
    find "$dir" -name '*.swift' -exec touch {} +
    start=$(date +%s.%N)
    set +e
    swift build --target "$module" >"$log" 2>&1
    status=$?
    set -e
    end=$(date +%s.%N)
    build_time=$(echo "$end - $start" | bc)
    # Count each diagnostic once (the driver may print one twice).
    errors=$(grep -E ": error:" "$log" | sort -u | wc -l || true)
    warnings=$(grep -E ": warning:" "$log" | sort -u | wc -l || true)
    warnings=$((warnings + $(grep -c ": warning:" "logs/$module.generate.log" || true)))
    if [ "$status" -ne 0 ] && [ "$errors" -eq 0 ]; then errors=1; fi
    if [ "$errors" -ne 0 ] || [ "$warnings" -ne 0 ]; then failed=1; fi
    rows+=("${spec_of[$module]}|$operations|$files|${gen_time[$module]}|$build_time|$errors|$warnings")
done

echo
printf '| %-40s | %10s | %5s | %12s | %14s | %6s | %8s |\n' "spec" "operations" "files" "generate (s)" "clean build (s)" "errors" "warnings"
printf '| %-40s | %10s | %5s | %12s | %14s | %6s | %8s |\n' "---" "---:" "---:" "---:" "---:" "---:" "---:"
for row in "${rows[@]}"; do
    IFS='|' read -r spec ops files gen build errors warnings <<<"$row"
    [ "$gen" != "-" ] && gen=$(printf '%.2f' "$gen")
    [ "$build" != "-" ] && build=$(printf '%.1f' "$build")
    printf '| %-40s | %10s | %5s | %12s | %14s | %6s | %8s |\n' "$spec" "$ops" "$files" "$gen" "$build" "$errors" "$warnings"
done
echo "(generate: specforge generate, release; build: clean debug build of the target, -swift-version 6 -warnings-as-errors;"
echo " warnings: the compiler's plus specforge's own; logs in .build-realworld/logs/)"
exit "$failed"
