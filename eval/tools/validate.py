#!/usr/bin/env python3
"""Checks the held-out set: every JSON line parses, the manifest covers every page,
each gold event is well formed and its evidence occurs verbatim in its article, and
the shared scorer runs on the gold against an empty prediction and against a
prediction rebuilt from the gold itself (which must score 1.0).

usage: python3 eval/tools/validate.py SET_DIR [path/to/score.py]
(SET_DIR: eval/blind2, eval/blind3, … — a folder with pages/, manifest.jsonl, gold.jsonl)
"""
import html, json, os, re, subprocess, sys, tempfile

if len(sys.argv) < 2:
    sys.exit(__doc__)
HERE = os.path.abspath(sys.argv[1])
SCORER = sys.argv[2] if len(sys.argv) > 2 else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "..", "shared", "eval", "score.py")
TYPES = {"summit", "meeting", "visit", "call", "agreement"}
ORGS = {"BRICS", "CSTO", "CIS", "SCO", "GCC", "ARAB_LEAGUE", "EU", "NATO", "UN", "AU", "OIC", "G20", "G7", "OTS", "OPEC"}
DATE = re.compile(r"\d{4}(-\d\d(-\d\d)?)?")

def load(path):
    with open(path, encoding="utf-8") as f:
        return [json.loads(l) for l in f if l.strip()]

errors = []
pages = sorted(os.listdir(os.path.join(HERE, "pages")))
manifest = load(os.path.join(HERE, "manifest.jsonl"))
mdocs = {m["doc"] for m in manifest}
for m in manifest:
    if not re.fullmatch(r"\d{4}-\d\d-\d\d", m.get("published", "")):
        errors.append(f"manifest: bad published for {m['doc']}")
if set(pages) != mdocs:
    errors.append(f"manifest/pages differ: {set(pages) ^ mdocs}")

texts = {}
for p in pages:
    s = open(os.path.join(HERE, "pages", p), encoding="utf-8").read()
    if p.endswith(".jsonl"):
        for i, line in enumerate(s.splitlines(), 1):
            d = json.loads(line)
            if not d.get("id") or not d.get("text") or not DATE.fullmatch(d.get("published", "")[:10]):
                errors.append(f"{p}:{i}: needs id, text and published")
            texts[d["id"]] = d.get("title", "") + "\n" + d["text"]
    else:
        texts[p] = html.unescape(s)

gold = load(os.path.join(HERE, "gold.jsonl"))
ids = set()
for g in gold:
    where = g.get("id")
    if where in ids:
        errors.append(f"{where}: duplicate id")
    ids.add(where)
    if g["doc"] not in texts:
        errors.append(f"{where}: unknown doc {g['doc']}")
        continue
    if g["type"] not in TYPES or g["status"] not in {"occurred", "planned"}:
        errors.append(f"{where}: bad type/status")
    for d in [g["date"]] + g["accept_dates"]:
        if d and not DATE.fullmatch(d):
            errors.append(f"{where}: bad date {d}")
    for a in g["actors"]:
        if a.isupper() and not (a in ORGS or re.fullmatch(r"[A-Z]{3}", a)):
            errors.append(f"{where}: bad code {a}")
    for part in g["evidence"].split(" ... "):
        if part.strip() not in texts[g["doc"]]:
            errors.append(f"{where}: evidence not in text: {part[:40]}")
docs_with_gold = {g["doc"] for g in gold}
for d in texts:
    if d not in docs_with_gold:
        errors.append(f"{d}: no gold event")

with tempfile.TemporaryDirectory() as tmp:
    empty = os.path.join(tmp, "empty.jsonl")
    open(empty, "w").close()
    self_pred = os.path.join(tmp, "self.jsonl")
    with open(self_pred, "w", encoding="utf-8") as f:
        for g in gold:
            acts = [{"id": a, "name": a, "kind": "country", "iso3": a} if re.fullmatch(r"[A-Z]{3}", a)
                    else {"id": a, "name": a, "kind": "organisation"} if a.isupper()
                    else {"id": a, "name": a, "kind": "person"} for a in g["actors"]]
            places = [{"id": g["place"], "name": g["place"], **({"iso3": g["place"]} if g["place"].isupper() else {})}] if g["place"] else []
            f.write(json.dumps({"type": g["type"], "date": g["date"], "status": g["status"], "actors": acts,
                                "places": places, "sources": [{"doc": g["doc"]}]}, ensure_ascii=False) + "\n")
    gpath = os.path.join(HERE, "gold.jsonl")
    for name, pred, want in (("empty", empty, "recall=0.000"), ("gold as prediction", self_pred, "F1=1.000")):
        out = subprocess.run([sys.executable, SCORER, gpath, pred], capture_output=True, text=True)
        last = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else out.stderr
        print(f"scorer on {name}: {out.stdout.strip().splitlines()[0] if out.stdout.strip() else ''} | {last}")
        if out.returncode != 0 or want not in last:
            errors.append(f"scorer on {name}: {last}")

req = sum(not g["optional"] for g in gold)
print(f"{len(pages)} pages, {len(texts)} articles, {len(gold)} gold events ({req} required, {len(gold) - req} optional)")
for e in errors:
    print("ERROR", e)
sys.exit(1 if errors else 0)
