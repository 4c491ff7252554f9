#!/usr/bin/env bash
# Proves the Markdown reference builds as a site: installs MkDocs Material (PyPI) into a virtual
# environment, generates the reference of each spec (no layout, or the given one), and runs
# `mkdocs build --strict` with the extensions the format uses (tabbed in the alternate style,
# superfences, admonition, attr_list, md_in_html, code annotations), links and anchors validated.
#
#   scripts/check-mkdocs.sh [--layout FILE] [SPEC...]
#
# Default specs: every document of ../shared/realworld/. Scratch: .build-mkdocs/ ($MKDOCS_SCRATCH).
# Exit status: 0 when every site builds.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
. "$root/scripts/lib/check.sh"
scratch="${MKDOCS_SCRATCH:-$root/.build-mkdocs}"
cd "$root"
layout=()
if [ "${1:-}" = "--layout" ]; then layout=(--layout "$2"); shift 2; fi
if [ $# -eq 0 ]; then set -- "${realworld_specs[@]}"; fi

python_venv "$scratch" "mkdocs-material==9.*" "mkdocs==1.6.*"
build_specforge

status=0
for spec in "$@"; do
    name="$(basename "$spec")"
    work="$scratch/$name"
    rm -rf "$work"
    mkdir -p "$work"
    "$specforge" generate --spec "$spec" ${layout[@]+"${layout[@]}"} --output "$work/docs" --only docs --quiet >/dev/null 2>"$work/specforge.log" || {
        echo "$name: specforge failed: $(head -1 "$work/specforge.log")"; status=1; continue; }
    rm -f "$work/docs/.specforge-manifest"
    cat >"$work/mkdocs.yml" <<YML
site_name: "$name"
docs_dir: docs
site_dir: site
theme:
  name: material
  features: [content.code.annotate, content.tabs.link]
markdown_extensions:
  - admonition
  - attr_list
  - md_in_html
  - pymdownx.superfences
  - pymdownx.tabbed:
      alternate_style: true
validation:
  omitted_files: warn
  absolute_links: info   # links the spec's own descriptions make to its vendor's site
  unrecognized_links: warn
  anchors: warn
YML
    if (cd "$work" && "$scratch/venv/bin/mkdocs" build --strict >"$work/mkdocs.log" 2>&1); then
        echo "$name: mkdocs build --strict passes ($(find "$work/docs" -name '*.md' | wc -l) pages)"
    else
        echo "$name: mkdocs build --strict fails: $(grep -m3 -E 'WARNING|ERROR|Error' "$work/mkdocs.log" | tr '\n' ' ')"
        status=1
    fi
done
exit $status
