#!/usr/bin/env python3
"""Writes a scaled copy of an OpenAPI document, for measuring how SpecForge scales.

    scale-spec.py half|full|double SPEC OUTPUT [--base-path /api/]

half    keeps the first half of the paths (in document order);
full    rewrites the document unchanged (so that all variants go through the same YAML dumper);
double  adds a copy of every path: `/api/x/...` becomes `/api/v2-x/...` (other paths get a `/v2`
        prefix), tags get a `v2-` prefix and operationIds a `_v2` suffix, so the copies land on
        pages of their own. Components are shared, not copied.

Needs PyYAML (with libyaml for speed).
"""
import copy
import sys

import yaml

Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
Dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)

METHODS = {"get", "put", "post", "delete", "options", "head", "patch", "trace"}


def v2_path(path, base):
    if path.startswith(base) and len(path) > len(base):
        return base + "v2-" + path[len(base):]
    return "/v2" + path


def v2_item(item):
    item = copy.deepcopy(item)
    for method, op in item.items():
        if method not in METHODS or not isinstance(op, dict):
            continue
        if "operationId" in op:
            op["operationId"] = str(op["operationId"]) + "_v2"
        if "tags" in op:
            op["tags"] = ["v2-" + str(t) for t in op["tags"]]
    return item


def main():
    args = sys.argv[1:]
    base = "/api/"
    if "--base-path" in args:
        i = args.index("--base-path")
        base = args[i + 1]
        del args[i : i + 2]
    if len(args) != 3 or args[0] not in ("half", "full", "double"):
        sys.exit(__doc__)
    mode, source, target = args
    with open(source, encoding="utf-8") as f:
        doc = yaml.load(f, Loader=Loader)
    paths = doc.get("paths") or {}
    items = list(paths.items())
    if mode == "half":
        items = items[: len(items) // 2]
    elif mode == "double":
        items = items + [(v2_path(p, base), v2_item(i)) for p, i in items]
    doc["paths"] = dict(items)
    with open(target, "w", encoding="utf-8") as f:
        yaml.dump(doc, f, Dumper=Dumper, sort_keys=False, allow_unicode=True, width=1 << 16)


if __name__ == "__main__":
    main()
