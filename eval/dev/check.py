#!/usr/bin/env python3
"""Checks the development set: valid JSON lines, every manifest doc present and every page listed,
gold fields well formed, actor codes known, person names in the gazetteer, each person followed by
its country code (the scorer's convention), and each evidence quote (parts split by " ... ") found
verbatim in its article. usage: python3 eval/dev/check.py"""
import json, re, os, html, sys
D = os.path.dirname(os.path.abspath(__file__))
P = D + "/pages"
GAZ = os.path.join(D, "..", "..", "gazetteer", "data")
people = {}
for l in open(os.path.join(GAZ, "people.jsonl"), encoding="utf-8"):
    l = l.strip()
    if l and not l.startswith("#"):
        p = json.loads(l); people[p["name"]] = p.get("country")
ORG = {"BRICS","CSTO","CIS","SCO","GCC","ARAB_LEAGUE","EU","NATO","UN","AU","OIC","G20","G7","OTS","ASEAN","OSCE","OPEC","APEC"}
# People score.py maps to their country by itself (its PERSON_PARTY); every other person in a gold
# actor list must be followed by its country code, or the scorer counts it as a party of its own.
KNOWN_LEADERS = {"Vladimir Putin", "Joe Biden", "Donald Trump", "Kassym-Jomart Tokayev", "Emomali Rahmon",
    "Ilham Aliyev", "Sergey Lavrov", "Antony Blinken", "Victoria Nuland", "Kirill Dmitriev", "Angela Merkel",
    "Emmanuel Macron", "Friedrich Merz", "Lee Jae-myung", "Volodymyr Zelensky", "Barack Obama", "Dmitry Peskov",
    "Yuri Ushakov", "Marco Rubio", "Xi Jinping", "Recep Tayyip Erdogan", "Shavkat Mirziyoyev", "Sadyr Japarov",
    "Serdar Berdimuhamedov", "Alexander Lukashenko", "Nikol Pashinyan", "Mohammed bin Salman", "Masoud Pezeshkian"}
iso3 = set()
for fn in ("countries.gen.tsv",):
    for l in open(os.path.join(GAZ, fn), encoding="utf-8"):
        if l.startswith("#"): continue
        c = l.split("\t")
        if len(c) > 1: iso3.add(c[1])
man = [json.loads(l) for l in open(D + "/manifest.jsonl")]
texts = {}
for m in man:
    path = os.path.join(P, m["doc"]); assert os.path.exists(path), m
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", m["published"])
    raw = open(path, encoding="utf-8").read()
    if m["doc"].endswith(".jsonl"):
        for l in raw.splitlines():
            o = json.loads(l); assert o.get("body") or o.get("text"); texts[o["id"]] = o["title"] + "\n" + o["body"]
    else:
        texts[m["doc"]] = html.unescape(raw)
assert set(os.listdir(P)) == {m["doc"] for m in man}, set(os.listdir(P)) ^ {m["doc"] for m in man}
gold = [json.loads(l) for l in open(D + "/gold.jsonl")]
ids = set(); bad = 0
DATE = r"(\d{4}(-\d{2}(-\d{2})?)?)?"
for g in gold:
    assert g["id"] not in ids; ids.add(g["id"])
    assert g["doc"] in texts, g["doc"]
    assert g["type"] in {"summit","meeting","visit","call","agreement"}
    assert g["status"] in {"occurred","planned"}
    assert re.fullmatch(DATE, g["date"]), g
    for a in g["accept_dates"]: assert re.fullmatch(DATE, a) and a, g
    for i, a in enumerate(g["actors"]):
        if a.isupper() or a in ORG:
            if a not in ORG and a not in iso3: print("unknown code", a, g["id"]); bad += 1
        else:
            if a not in people:
                print("person not in gazetteer", a, g["id"]); bad += 1
            else:
                pc = people[a]
                nxt = g["actors"][i+1] if i + 1 < len(g["actors"]) else None
                if pc and nxt != pc and a not in KNOWN_LEADERS:
                    print("person not followed by its country", a, pc, nxt, g["id"]); bad += 1
    for seg in g["evidence"].split(" ... "):
        if seg not in texts[g["doc"]]:
            print("EVIDENCE NOT FOUND", g["id"], seg[:80]); bad += 1
    if g["place"] and g["place"].isupper() and g["place"] not in iso3: print("bad place code", g); bad += 1
print("gold", len(gold), "required", sum(not g["optional"] for g in gold),
      "optional", sum(g["optional"] for g in gold), "problems", bad)
sys.exit(1 if bad else 0)
