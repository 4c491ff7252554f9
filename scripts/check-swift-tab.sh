#!/usr/bin/env bash
# Proves the Swift tab of the Markdown reference compiles against the Swift SDK generated from
# the same spec: generates both into a scratch package, turns every ```swift block of the pages
# into the body of an async function, and builds them (Swift 6 mode, warnings as errors except
# the deprecation of calls to deprecated operations, which are counted).
#
#   scripts/check-swift-tab.sh [SPEC [LAYOUT]]
#
# Defaults: specs/waldur-site-agent.yaml with specs/waldur-site-agent-layout.yaml. The layout is
# copied with `examples.swift` turned on. Scratch package: .build-swifttab/ ($SWIFTTAB_SCRATCH; kept for
# incremental rebuilds). Exit status: 0 when every snippet compiles.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/scripts/lib/sdk-package.sh"
. "$root/scripts/lib/check.sh"
spec="$(realpath "${1:-$root/specs/waldur-site-agent.yaml}")"
layout="$(realpath "${2:-$root/specs/waldur-site-agent-layout.yaml}")"
scratch="${SWIFTTAB_SCRATCH:-$root/.build-swifttab}"
module="SnippetSDK"

cd "$root"
build_specforge

mkdir -p "$scratch"
rm -rf "$scratch/Sources" "$scratch/docs"
# The layout, with the Swift tab on (added to its `examples:` or as a new `examples:`), in the
# scratch directory beside links to everything else beside the original (intro files).
rm -rf "$scratch/layout"
mkdir -p "$scratch/layout"
for f in "$(dirname "$layout")"/*; do ln -s "$f" "$scratch/layout/$(basename "$f")"; done
tab_layout="$scratch/layout/$(basename "$layout")"
rm -f "$tab_layout"
if grep -q '^examples:[[:space:]]*$' "$layout"; then
    awk -v m="$module" '!done && /^examples:/ { print; print "  swift: { enabled: true, module: " m " }"; done = 1; next } { print }' \
        "$layout" >"$tab_layout"
elif grep -q '^examples:' "$layout"; then
    echo "check-swift-tab: write the layout's examples: as a block mapping" >&2
    exit 2
else
    { cat "$layout"; printf '\nexamples:\n  swift: { enabled: true, module: %s }\n' "$module"; } >"$tab_layout"
fi

echo "== generating docs (Swift tab on) and the SDK"
"$specforge" generate --quiet --spec "$spec" --layout "$tab_layout" --only docs --output "$scratch/docs"
"$specforge" generate --quiet --spec "$spec" --only swift --module "$module" --output "$scratch/Sources/$module"

echo "== extracting snippets"
mkdir -p "$scratch/Sources/Snippets"
python3 - "$scratch/docs" "$scratch/Sources/Snippets" <<'PY'
import os, re, sys
docs, out = sys.argv[1], sys.argv[2]
count = 0
for dirpath, _, files in sorted(os.walk(docs)):
    for name in sorted(files):
        if not name.endswith(".md"):
            continue
        path = os.path.join(dirpath, name)
        lines = open(path, encoding="utf-8").read().split("\n")
        title, i = "", 0
        while i < len(lines):
            if lines[i].startswith("### "):
                title = lines[i][4:]
            if lines[i] == "    ```swift":
                j = i + 1
                while lines[j] != "    ```":
                    j += 1
                code = [l[4:] for l in lines[i + 1:j]]
                imports = [l for l in code if l.startswith("import ")]
                body = [l for l in code if not l.startswith("import ")]
                while body and not body[0].strip():
                    body.pop(0)
                count += 1
                rel = os.path.relpath(path, docs)
                text = "\n".join(imports) + "\n\n"
                text += "// %s: %s\n" % (rel, title.replace("\n", " "))
                text += "func snippet%d() async throws {\n" % count
                text += "\n".join(("    " + l) if l.strip() else "" for l in body).rstrip() + "\n}\n"
                open(os.path.join(out, "Snippet%04d.swift" % count), "w", encoding="utf-8").write(text)
                i = j
            i += 1
print("snippets: %d" % count)
if count == 0:
    sys.exit("no ```swift blocks found: is the Swift tab on?")
PY

write_sdk_package "$scratch/Package.swift" SwiftTabCheck "
        .target(name: \"$module\", dependencies: deps, path: \"Sources/$module\"),
        .target(name: \"Snippets\", dependencies: [\"$module\"], path: \"Sources/Snippets\"),"

echo "== compiling"
cd "$scratch"
log="$scratch/build.log"
set +e
swift build --target Snippets -Xswiftc -warnings-as-errors -Xswiftc -Wwarning -Xswiftc DeprecatedDeclaration >"$log" 2>&1
status=$?
set -e
errors=$({ grep ": error:" "$log" || true; } | sort -u | wc -l)
deprecated=$({ grep ": warning:.*DeprecatedDeclaration" "$log" || true; } | sort -u | wc -l)
echo "snippets: $(ls "$scratch/Sources/Snippets" | wc -l), status: $status, errors: $errors, calls of deprecated operations: $deprecated"
if [ "$status" -ne 0 ]; then
    grep -E ": (error|warning):" "$log" | grep -v DeprecatedDeclaration | sort -u | head -40
    tail -20 "$log"
    exit "$status"
fi
echo "every snippet compiles"
