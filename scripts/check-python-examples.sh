#!/usr/bin/env bash
# Proves the Python tab of the Markdown reference calls what openapi-python-client really
# generates: installs openapi-python-client 0.29.1 into a virtual environment, and for each spec
# generates the reference (no layout: the default, correct examples) and the client, then checks
# every Python snippet: it compiles, its imports resolve, and its call binds to the generated
# function's signature. Prints `N of M snippets bind` per spec.
#
#   scripts/check-python-examples.sh [SPEC...]
#
# Default specs: every document of ../shared/realworld/ and ../shared/waldur/waldur-openapi-8.0.5.yaml.
# Specs openapi-python-client rejects are reported and skipped. Scratch: .build-pycheck/
# ($PYCHECK_SCRATCH). Exit status: 0 when every snippet of every accepted spec binds, or calls a
# module openapi-python-client generates broken (counted apart, with the reason).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/scripts/lib/check.sh"
scratch="${PYCHECK_SCRATCH:-$root/.build-pycheck}"
cd "$root"

if [ $# -eq 0 ]; then
    set -- "${realworld_specs[@]}" ../shared/waldur/waldur-openapi-8.0.5.yaml
fi

python_venv "$scratch" openapi-python-client==0.29.1
build_specforge

status=0
for spec in "$@"; do
    name="$(basename "$spec")"
    work="$scratch/$name"
    rm -rf "$work"
    mkdir -p "$work"
    "$specforge" generate --spec "$spec" --output "$work/docs" --only docs --quiet >/dev/null 2>"$work/specforge.log" || {
        echo "$name: specforge failed: $(head -1 "$work/specforge.log")"; status=1; continue; }
    if ! (cd "$work" && "$scratch/venv/bin/openapi-python-client" generate --path "$(realpath "$root/$spec" 2>/dev/null || realpath "$spec")" \
        --output-path client --meta none >"$work/client.log" 2>&1) || [ ! -d "$work/client" ]; then
        reason="$(grep -E '^[A-Za-z.]*(Error|Exception): ' "$work/client.log" | tail -1 || true)"
        [ -n "$reason" ] || reason="$(grep -m1 -i -E 'error|unable|failed' "$work/client.log" || tail -1 "$work/client.log")"
        echo "$name: openapi-python-client rejects it ($reason)"
        continue
    fi
    # With --meta none the package's files are the output directory itself: give it its name.
    package="$(grep -rhoE '^    from [a-z0-9_]+ import (Authenticated)?Client$' "$work/docs" | head -1 | awk '{print $2}' || true)"
    mkdir -p "$work/path"
    ln -sfn "$work/client" "$work/path/${package:-client}"
    printf '%s: ' "$name"
    "$scratch/venv/bin/python" scripts/examples/check_python.py "$work/docs" "$work/path" || status=1
done
exit $status
