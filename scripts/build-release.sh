#!/usr/bin/env bash
# The release build of specforge as it is installed: optimized, with the Swift runtime linked
# into the binary (`--static-swift-stdlib`), in its own build folder (.build-release).
#
#   scripts/build-release.sh [PRODUCT...]     # default: specforge; prints the folder holding them
#   install "$(scripts/build-release.sh)/specforge" /usr/local/bin/
#
# The binary then needs only libyaml and the C and C++ runtimes on the machine that runs it (no
# Swift toolchain), starts in about half the time (no Swift libraries to load and bind), and
# calls into the standard library directly rather than through the dynamic linker's tables.
# `swift build -c release` (the Swift runtime as shared libraries) makes the same files.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
flags=(-c release --static-swift-stdlib --scratch-path "$root/.build-release")
[ $# -gt 0 ] || set -- specforge
for product in "$@"; do swift build "${flags[@]}" --product "$product" >&2; done
swift build "${flags[@]}" --show-bin-path
