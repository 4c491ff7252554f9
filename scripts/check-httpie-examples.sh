#!/usr/bin/env bash
# Proves the HTTPie tab of the Markdown reference sends valid requests: installs HTTPie and
# openapi-core (PyPI) into a virtual environment, and for each spec generates the reference
# (no layout, or the given one: the examples as the job writes them), starts a server on
# 127.0.0.1 that validates every request against the spec with openapi-core, runs every HTTPie
# example against it, and prints `N of M HTTPie examples send valid requests`.
#
#   scripts/check-httpie-examples.sh [--layout FILE] [SPEC...]
#
# Default specs: every document of ../shared/realworld/. Scratch: .build-httpiecheck/
# ($HTTPIECHECK_SCRATCH). Exit status: 0 when every example of every spec is valid, or is a
# request the server shows no example could make valid (counted apart, with the reason).
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/scripts/lib/check.sh"
scratch="${HTTPIECHECK_SCRATCH:-$root/.build-httpiecheck}"
cd "$root"
layout=()
if [ "${1:-}" = "--layout" ]; then layout=(--layout "$2"); shift 2; fi
if [ $# -eq 0 ]; then set -- "${realworld_specs[@]}"; fi

python_venv "$scratch" httpie==3.2.4 openapi-core==0.23.1 pyyaml
build_specforge
py="$scratch/venv/bin/python"

status=0
# A port range of its own per run, so that runs side by side do not meet.
port=$((20000 + ($$ % 2000) * 10))
for spec in "$@"; do
    name="$(basename "$spec")"
    work="$scratch/$name"
    rm -rf "$work"
    mkdir -p "$work"
    "$specforge" generate --spec "$spec" ${layout[@]+"${layout[@]}"} --output "$work/docs" --only docs --quiet >/dev/null 2>"$work/specforge.log" || {
        echo "$name: specforge failed: $(head -1 "$work/specforge.log")"; status=1; continue; }
    # The base URL the examples call, as the first HTTPie command shows it.
    url="$(grep -rhoE '^      https?://[^ ]+' "$work/docs" | head -1 | sed 's/^ *//' || true)"
    base="$(printf '%s' "$url" | grep -oE '^https?://[^/]+' || true)"
    port=$((port + 1))
    "$py" scripts/examples/validating_server.py "$spec" "$port" >"$work/server.log" 2>&1 &
    server=$!
    # Large documents take a while to load; a server that died says why in its log.
    for _ in $(seq 600); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
        kill -0 "$server" 2>/dev/null || { echo "$name: the validating server failed: $(tail -1 "$work/server.log")"; status=1; continue 2; }
        sleep 0.2
    done
    printf '%s: ' "$name"
    "$py" scripts/examples/run_httpie.py "$work/docs" "${base:-https://api.example.com}" "$port" "$scratch/venv/bin/http" || status=1
    kill "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
done
exit $status
