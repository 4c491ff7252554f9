#!/usr/bin/env bash
# Generates the Swift SDK of each spec and builds it under the strictest settings, once per
# access modifier (public, package, internal) and default isolation (nonisolated, MainActor):
# Swift 6 language mode, complete concurrency checking, warnings as errors. Prints a table of
# the results and exits non-zero when any build fails.
#
#   scripts/check-strict-builds.sh [SPEC...]
#
# SPEC defaults to Tests/SpecForgeTests/MultiFile/openapi.yaml, Tests/SpecForgeTests/Specs/strict-build.yaml
# (every kind of declaration, parameter style and body), specs/parameter-styles.yaml (no
# security scheme) and specs/client-behaviour.yaml (every kind of credential, error bodies,
# form encodings). The scratch package is .build-strict/.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/scripts/lib/sdk-package.sh"
. "$root/scripts/lib/check.sh"
scratch="$root/.build-strict"
if [ "$#" -gt 0 ]; then
    specs=()
    for s in "$@"; do specs+=("$(cd "$(dirname "$s")" && pwd)/$(basename "$s")"); done
else
    specs=(
        "$root/Tests/SpecForgeTests/MultiFile/openapi.yaml"
        "$root/Tests/SpecForgeTests/Specs/strict-build.yaml"
        "$root/specs/parameter-styles.yaml"
        "$root/specs/client-behaviour.yaml"
    )
fi
accesses=(public package internal)
isolations=(nonisolated MainActor)

cd "$root"
build_specforge

# A module name per spec: the spec's directory and file name, letters and digits only.
spec_name() {
    local dir base
    dir="$(basename "$(dirname "$1")")"
    base="$(basename "$1")"
    base="${base%.*}"
    echo "${dir}_${base}" | sed -E 's/[^A-Za-z0-9]+/_/g; s/(^|_)([a-z])/\U\2/g; s/_//g'
}

echo "== generating the SDKs"
rm -rf "$scratch/Sources"
mkdir -p "$scratch/Sources"
targets=""
modules=()
for spec in "${specs[@]}"; do
    name="$(spec_name "$spec")"
    for access in "${accesses[@]}"; do
        for isolation in "${isolations[@]}"; do
            module="${name}_${access}_${isolation}"
            modules+=("$module")
            "$specforge" generate --quiet --spec "$spec" --only swift --module "$module" --access "$access" \
                --output "$scratch/Sources/$module" >/dev/null
            # Uses the SDK from outside the main actor: an actor, a nonisolated function, a detached task.
            cat >"$scratch/Sources/$module/StrictBuildProbe.swift" <<'PROBE'
import Foundation

actor StrictBuildProbe {
    let client = Client(serverURL: URL(string: "https://api.example.com")!)

    func decode(_ data: Data) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: data)
    }
}

nonisolated func strictBuildProbe(_ client: Client) async throws -> Data {
    let encoded = try JSONEncoder().encode(JSONValue.object(["a": .int(1)]))
    let other = await Task.detached { Client(serverURL: URL(string: "https://api.example.com")!) }.value
    _ = other.serverURL
    return encoded
}
PROBE
            targets+="
        .target(
            name: \"$module\",
            dependencies: deps,
            path: \"Sources/$module\",
            swiftSettings: [.unsafeFlags([\"-swift-version\", \"6\", \"-strict-concurrency=complete\", \"-default-isolation\", \"$isolation\", \"-warnings-as-errors\"])]
        ),"
        done
    done
done

write_sdk_package "$scratch/Package.swift" StrictBuilds "$targets"

cd "$scratch"
echo "== resolving and building the dependencies"
swift package resolve >/dev/null
swift build --target OpenAPIURLSession >/dev/null

failed=0
mkdir -p logs
results=()
for module in "${modules[@]}"; do
    log="logs/$module.log"
    set +e
    swift build --target "$module" >"$log" 2>&1
    status=$?
    set -e
    errors=$(grep -c ": error:" "$log" || true)
    warnings=$(grep -c ": warning:" "$log" || true)
    if [ "$status" -eq 0 ] && [ "$warnings" -eq 0 ]; then result="ok"; else result="FAILED ($errors errors, $warnings warnings)"; failed=1; fi
    results+=("$module|$result")
done

echo
printf '| %-24s | %-8s | %-11s | %s\n' "spec" "access" "isolation" "result"
printf '| %-24s | %-8s | %-11s | %s\n' "---" "---" "---" "---"
for row in "${results[@]}"; do
    module="${row%%|*}"
    result="${row#*|}"
    IFS=_ read -r spec access isolation <<<"$module"
    printf '| %-24s | %-8s | %-11s | %s\n' "$spec" "$access" "$isolation" "$result"
done
echo "(all with -swift-version 6 -strict-concurrency=complete -warnings-as-errors)"

if [ "$failed" -ne 0 ]; then
    echo
    for module in "${modules[@]}"; do
        grep -hE ": (error|warning):" "logs/$module.log" | sort -u | head -10 || true
    done
    exit 1
fi
