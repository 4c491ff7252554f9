#!/usr/bin/env bash
# Generates the Swift SDK for the reference spec into a scratch package and compiles it with
# warnings as errors (Swift 6 language mode), printing the clean build's wall time, CPU time
# (user + sys of the whole build, steadier than wall time on a loaded machine) and peak memory.
#
#   scripts/compile-waldur-sdk.sh [SPEC]
#
# SPEC defaults to ../shared/waldur/waldur-openapi-8.0.5.yaml (relative to the repository root).
# MODEL_FILES=per-type generates a file per model declaration instead of the default (per-tag).
# STATS=1 also writes the compiler's per-job statistics (-stats-output-dir) and prints the time
# spent in each phase (parse, type-check, SILGen, IRGen, LLVM) summed over all compiler jobs.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/scripts/lib/sdk-package.sh"
spec="${1:-$root/../shared/waldur/waldur-openapi-8.0.5.yaml}"
scratch="$root/.build-waldur-sdk"
module="WaldurAPI"

cd "$root"
echo "== building specforge (release)"
swift build -c release --product specforge >/dev/null

echo "== generating the SDK"
mkdir -p "$scratch"
rm -rf "$scratch/Sources"
/usr/bin/time -f "generate: %e s %M KB" \
    .build/release/specforge generate --spec "$spec" --only swift --module "$module" --model-files "${MODEL_FILES:-per-tag}" --output "$scratch/Sources/$module"
echo "files: $(find "$scratch/Sources/$module" -name '*.swift' | wc -l) (model files ${MODEL_FILES:-per-tag}), lines: $(cat "$scratch/Sources/$module"/*/*.swift | wc -l)"

write_sdk_package "$scratch/Package.swift" GeneratedSDK "
        .target(name: \"$module\", dependencies: deps, path: \"Sources/$module\"),"

cd "$scratch"
# The same flags for the dependencies and the SDK: other flags would make SwiftPM rebuild the
# dependencies inside the timed build.
flags=(-Xswiftc -warnings-as-errors)
stats="$scratch/stats"
rm -rf "$stats"
if [ "${STATS:-0}" = 1 ]; then
    mkdir -p "$stats"
    flags+=(-Xswiftc -stats-output-dir -Xswiftc "$stats")
fi
echo "== resolving and building the dependencies"
swift package resolve >/dev/null
swift build --target OpenAPIURLSession "${flags[@]}" >/dev/null
if [ "${STATS:-0}" = 1 ]; then rm -rf "$stats" && mkdir -p "$stats"; fi

echo "== clean build of $module (-warnings-as-errors)"
rm -rf .build/debug/"$module".build .build/*/debug/"$module".build
log="$scratch/build.log"
set +e
/usr/bin/time -o "$scratch/time.txt" -f "%e %U %S %M" \
    swift build --target "$module" "${flags[@]}" >"$log" 2>&1
status=$?
set -e
errors=$(grep -c ": error:" "$log" || true)
warnings=$(grep -c ": warning:" "$log" || true)
echo "status: $status, errors: $errors, warnings: $warnings"
read -r wall user sys peak < <(tail -1 "$scratch/time.txt")
echo "clean build: $wall s wall, $(echo "$user + $sys" | bc) s CPU ($user user, $sys sys), peak $peak KB (largest process)"
if [ "${STATS:-0}" = 1 ]; then
    echo "compiler jobs: $(ls "$stats" | wc -l); CPU seconds (user) per phase, summed over the jobs:"
    python3 "$root/scripts/sum-compiler-stats.py" "$stats"
fi
if [ "$status" -ne 0 ]; then
    grep -E ": (error|warning):" "$log" | sort | uniq | head -40
    exit "$status"
fi
