#!/usr/bin/env bash
# specforge generate against its floor: libyaml's bare scan of the spec plus `cp -r` of the
# same output tree, measured in one run, round after round (median of N), in release mode.
#
#   scripts/bench-floor.sh [-n RUNS] [-l LAYOUT] [-d] [-b BASELINE] [SPEC...]
#
# The release build as installed (scripts/build-release.sh); -d: `swift build -c release`'s.
# Defaults: 7 rounds, specs/waldur-layout.yaml, ../shared/waldur/waldur-openapi-8.0.5.yaml.
# Prints a Markdown table: the medians in ms, generate ÷ floor, and generate's peak RSS.
# -b BASELINE: another specforge binary (e.g. a release build of an older commit) run in
# every round beside this one, for a before/after under the same load.
# Output goes under $TMPDIR (default /tmp): TMPDIR=/dev/shm measures on tmpfs, without the
# disk, which on a shared machine can make `cp -r` itself take seconds.
exec "$(dirname "$0")/bench.sh" -f -n 7 "$@"
