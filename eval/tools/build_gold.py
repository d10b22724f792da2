#!/usr/bin/env python3
"""Builds SET_DIR/gold.jsonl from the per-page gold sources in SET_DIR/gold_parts (NNN.py).

usage: python3 eval/tools/build_gold.py SET_DIR

Each NNN.py defines D (the page's file name, or None for a JSONL feed whose
entries name their own article id first) and E, a list of tuples:
(type, date, accept_dates, status, actors, place, optional, evidence).
"""
import glob, json, os, runpy, sys

if len(sys.argv) != 2:
    sys.exit(__doc__)
here = os.path.join(os.path.abspath(sys.argv[1]), "gold_parts")
out = []
for path in sorted(glob.glob(os.path.join(here, "[0-9][0-9][0-9].py"))):
    ns = runpy.run_path(path)
    page = os.path.basename(path)[:3]
    for i, e in enumerate(ns["E"], 1):
        if ns["D"] is None:
            doc, e = e[0], e[1:]
        else:
            doc = ns["D"]
        typ, date, acc, status, actors, place, opt, ev = e
        out.append({"id": f"h{page}-{i}", "doc": doc, "type": typ, "date": date,
                    "accept_dates": acc, "status": status, "actors": actors,
                    "place": place, "optional": opt, "evidence": ev})
with open(os.path.join(here, "..", "gold.jsonl"), "w", encoding="utf-8") as f:
    for g in out:
        f.write(json.dumps(g, ensure_ascii=False) + "\n")
print(len(out), "gold events,", sum(not g["optional"] for g in out), "required")
