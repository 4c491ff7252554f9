#!/usr/bin/env bash
# Fuzzes the loader, the parser and the IR builder with libFuzzer for a bounded time.
#
#   scripts/fuzz.sh [seconds]      default 60
#
# Builds the `specforge-fuzz` target in its own scratch path (.build-fuzz) with
# `-sanitize=fuzzer`, seeds a corpus in a temporary directory from the specs the tests use,
# and runs it. Crashing inputs are written to .build-fuzz/artifacts/; replay one with the plain
# build of the target: `swift run specforge-fuzz FILE`.
set -euo pipefail

seconds="${1:-60}"
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"

# -DFUZZING swaps the replay `main` for one that hands over to libFuzzer's driver (SwiftPM links
# an executable's entry point under its own name, so libFuzzer's `main` cannot be used as is).
# No -parse-as-library: Fuzz/FuzzTarget.swift is not main.swift, so SwiftPM already compiles it
# as a library file, and the flag would break the package's plugin tool (top-level code). lld,
# because gold fails on the instrumented build of that plugin tool.
swift build --scratch-path .build-fuzz -c release --product specforge-fuzz \
    -Xswiftc -sanitize=fuzzer -Xswiftc -DFUZZING -Xswiftc -use-ld=lld

work="$(mktemp -d "${TMPDIR:-/tmp}/specforge-fuzz.XXXXXX")"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/corpus" "$work/seeds" .build-fuzz/artifacts

# Seeds: the broken specs of the tests, the specs this repository generates from, and a few
# small documents for what they do not show.
i=0
for f in Tests/SpecForgeTests/BadInput/*.yaml Tests/SpecForgeTests/BadInput/*.json \
         Tests/SpecForgeTests/BadInput/support/*.yaml specs/*.yaml; do
    [ -f "$f" ] || continue
    cp "$f" "$work/seeds/$i-$(basename "$f")"
    i=$((i + 1))
done
cat > "$work/seeds/cycle.yaml" <<'YAML'
openapi: 3.1.0
info: {title: T, version: '1'}
paths:
  /a/{id}:
    parameters: [{$ref: '#/components/parameters/Id'}]
    get:
      operationId: a
      responses: {'200': {description: ok, content: {application/json: {schema: {$ref: '#/components/schemas/A'}}}}}
components:
  parameters: {Id: {name: id, in: path, required: true, schema: {type: string}}}
  schemas:
    A: {type: object, properties: {b: {$ref: '#/components/schemas/B'}, self: {$ref: '#/components/schemas/A'}}}
    B: {allOf: [{$ref: '#/components/schemas/A'}], discriminator: {propertyName: k, mapping: {a: A}}}
YAML
cat > "$work/seeds/external.yaml" <<'YAML'
openapi: 3.0.3
info: {title: T, version: '1'}
paths: {}
components:
  schemas:
    X: {$ref: 'fuzz.yaml#/components/schemas/Y'}
    Y: {type: array, items: {$ref: '#/components/schemas/X'}, example: [1, {a: [true, null]}]}
YAML
printf '{"openapi": "3.0.0", "info": {"title": "T", "version": "1"}, "paths": {"/x": {"get": {"responses": {}}}}}\n' > "$work/seeds/json.json"

status=0
.build-fuzz/release/specforge-fuzz "$work/corpus" "$work/seeds" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=65536 \
    -artifact_prefix=.build-fuzz/artifacts/ -print_final_stats=1 || status=$?
echo "fuzz: corpus grew to $(ls "$work/corpus" | wc -l) inputs; artifacts (if any) in .build-fuzz/artifacts/"
exit "$status"
