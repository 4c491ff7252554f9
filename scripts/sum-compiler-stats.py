#!/usr/bin/env python3
"""Sums the compiler's -stats-output-dir files of a build over its frontend jobs.

    scripts/sum-compiler-stats.py DIR

Prints the user CPU seconds of all jobs and of each top-level phase (parse, type-check, SILGen,
SIL optimization, IRGen); what is left is LLVM (code generation and object files). Then the
jobs that took longest.
"""
import json
import os
import sys

PHASES = ["parse-and-resolve-imports", "perform-sema", "SILGen", "SIL optimization", "IRGen"]

directory = sys.argv[1]
totals = {}
jobs = []
for name in sorted(os.listdir(directory)):
    if not name.endswith(".json"):
        continue
    with open(os.path.join(directory, name)) as f:
        stats = json.load(f)
    for key, value in stats.items():
        if not key.endswith(".user"):
            continue
        if key.startswith("time.swift-frontend."):
            jobs.append((value, key[len("time.swift-frontend."):-len(".user")]))
            totals["total"] = totals.get("total", 0.0) + value
        elif key.startswith("time.swift."):
            phase = key[len("time.swift."):-len(".user")]
            totals[phase] = totals.get(phase, 0.0) + value

total = totals.get("total", 0.0)
rest = total - sum(totals.get(phase, 0.0) for phase in PHASES)
print(f"  {total:8.1f} s  all {len(jobs)} jobs")
for phase in PHASES:
    print(f"  {totals.get(phase, 0.0):8.1f} s  {phase}")
print(f"  {rest:8.1f} s  LLVM and output (the rest)")
print("  longest jobs:")
for seconds, job in sorted(jobs, reverse=True)[:3]:
    print(f"  {seconds:8.1f} s  {job}")
