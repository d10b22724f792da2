#!/usr/bin/env python3
"""Validate gazetteer/data/people.jsonl.

Usage: python3 gazetteer/data/validate_people.py [people.jsonl]

Checks, for every line:
  * it is one JSON object with the fields of timeline.Entity for a person
    (id, kind "person", name; optional name_ar, aliases, country, terms) and
    no other keys;
  * the id is a lower-case ASCII slug, unique in the file;
  * country codes are upper-case ISO3 (and known, when countries.gen.tsv is
    next to this script), org codes are from the known set;
  * every term has a role key from the list below, exactly one of country
    and org, a YYYY-MM-DD "from" that is a real day, and an optional "to"
    that is a real day not before "from";
  * no alias (after the Arabic matching normalisation and case folding) is
    shared by two people, and none is empty;
  * two people never hold the same single-holder office (every role except
    the ones in MULTI) on the same day, so a role phrase resolves to one
    person by date.

Exits 1 and prints one line per problem when anything fails.
"""

import datetime
import json
import os
import re
import sys
import unicodedata

ROLES = {
    "president", "vice-president", "prime-minister", "chancellor", "king",
    "emir", "crown-prince", "sultan", "supreme-leader", "foreign-minister",
    "defence-minister", "secretary-general", "high-representative",
    "spokesperson", "presidential-aide", "envoy", "deputy-foreign-minister",
    "national-security-adviser",
}
# Roles several people hold at once (deputy ministers, aides, envoys).
MULTI = {"presidential-aide", "envoy", "deputy-foreign-minister"}
ORGS = {
    "UN", "NATO", "ARAB_LEAGUE", "GCC", "CSTO", "CIS", "SCO", "OIC", "AU",
    "EU", "OPEC", "BRICS", "G20", "G7", "OTS", "OSCE", "ASEAN", "APEC",
}
FIELDS = {"id", "kind", "name", "name_ar", "aliases", "country", "terms"}
TERM_FIELDS = {"role", "country", "org", "from", "to"}
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
ISO3 = re.compile(r"^[A-Z]{3}$")
DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")

TASHKEEL = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
FORMAT = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2069\u00ad\ufeff\u061c]")
FOLD = str.maketrans({
    "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ی": "ي",
    "ة": "ه", "ۀ": "ه", "ک": "ك",
})


def norm(s):
    """Return the matching form of a name, as arabic.Normalize does, with
    runs of spaces and hyphens collapsed (the tokenizer splits on both)."""
    s = FORMAT.sub("", s)
    s = TASHKEEL.sub("", s)
    s = s.translate(FOLD).lower()
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c) or "\u0600" <= c <= "\u06ff")
    return " ".join(re.split(r"[\s\-.'’]+", s)).strip()


def day(s):
    if not isinstance(s, str) or not DAY.match(s):
        raise ValueError("not YYYY-MM-DD")
    return datetime.date.fromisoformat(s)


def known_countries(here):
    path = os.path.join(here, "countries.gen.tsv")
    if not os.path.exists(path):
        return None
    codes = set()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            if len(cols) > 1:
                codes.add(cols[1])
    return codes


def validate(path):
    here = os.path.dirname(os.path.abspath(__file__))
    countries = known_countries(here)
    errs = []
    ids = {}
    alias_owner = {}
    offices = {}
    n = 0

    def country_ok(where, code):
        if not isinstance(code, str) or not ISO3.match(code):
            errs.append(f"{where}: country {code!r} is not an upper-case ISO3 code")
        elif countries is not None and code not in countries:
            errs.append(f"{where}: country {code!r} is not in countries.gen.tsv")

    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            where = f"{path}:{lineno}"
            if not line.strip():
                errs.append(f"{where}: empty line")
                continue
            try:
                e = json.loads(line)
            except json.JSONDecodeError as err:
                errs.append(f"{where}: bad JSON: {err}")
                continue
            if not isinstance(e, dict):
                errs.append(f"{where}: not an object")
                continue
            n += 1
            extra = set(e) - FIELDS
            if extra:
                errs.append(f"{where}: unknown fields {sorted(extra)}")
            pid = e.get("id")
            if not isinstance(pid, str) or not SLUG.match(pid):
                errs.append(f"{where}: id {pid!r} is not a lower-case slug")
            elif pid in ids:
                errs.append(f"{where}: id {pid} already on line {ids[pid]}")
            else:
                ids[pid] = lineno
            where = f"{where} ({pid})"
            if e.get("kind") != "person":
                errs.append(f"{where}: kind is {e.get('kind')!r}, want \"person\"")
            if not isinstance(e.get("name"), str) or not e["name"].strip():
                errs.append(f"{where}: no English name")
            if "name_ar" in e and not re.search("[\u0600-\u06ff]", e["name_ar"] or ""):
                errs.append(f"{where}: name_ar has no Arabic letters")
            if "country" in e:
                country_ok(where, e["country"])

            names = [e.get("name") or "", e.get("name_ar") or ""]
            aliases = e.get("aliases", [])
            if not isinstance(aliases, list):
                errs.append(f"{where}: aliases is not a list")
                aliases = []
            seen = set()
            for a in names + aliases:
                if not isinstance(a, str) or not a.strip():
                    if a is not names[1]:
                        errs.append(f"{where}: empty alias")
                    continue
                k = norm(a)
                if k in seen:
                    continue
                seen.add(k)
                owner = alias_owner.get(k)
                if owner is not None and owner != pid:
                    errs.append(f"{where}: alias {a!r} also belongs to {owner}")
                else:
                    alias_owner[k] = pid

            terms = e.get("terms", [])
            if not isinstance(terms, list):
                errs.append(f"{where}: terms is not a list")
                terms = []
            for i, t in enumerate(terms):
                tw = f"{where} term {i}"
                if not isinstance(t, dict):
                    errs.append(f"{tw}: not an object")
                    continue
                extra = set(t) - TERM_FIELDS
                if extra:
                    errs.append(f"{tw}: unknown fields {sorted(extra)}")
                role = t.get("role")
                if role not in ROLES:
                    errs.append(f"{tw}: unknown role {role!r}")
                has_c, has_o = "country" in t, "org" in t
                if has_c == has_o:
                    errs.append(f"{tw}: needs exactly one of country and org")
                if has_c:
                    country_ok(tw, t["country"])
                if has_o and t["org"] not in ORGS:
                    errs.append(f"{tw}: unknown org {t['org']!r}")
                try:
                    frm = day(t.get("from"))
                except (ValueError, TypeError) as err:
                    errs.append(f"{tw}: from {t.get('from')!r}: {err}")
                    continue
                to = None
                if t.get("to"):
                    try:
                        to = day(t["to"])
                    except (ValueError, TypeError) as err:
                        errs.append(f"{tw}: to {t['to']!r}: {err}")
                        continue
                    if to < frm:
                        errs.append(f"{tw}: to {t['to']} is before from {t['from']}")
                if role not in MULTI:
                    key = (role, t.get("country") or t.get("org"))
                    offices.setdefault(key, []).append((frm, to, pid))

    # One holder per single-holder office and day. A shared first/last day
    # (hand-over day) is allowed.
    far = datetime.date(9999, 12, 31)
    for key, spans in offices.items():
        spans.sort(key=lambda s: s[0])
        for i, (a0, a1, ap) in enumerate(spans):
            for b0, b1, bp in spans[i + 1:]:
                if bp == ap:
                    continue
                if b0 < (a1 or far) and a0 < (b1 or far):
                    errs.append(
                        f"office {key[0]}/{key[1]}: {ap} ({a0}..{a1 or ''}) overlaps {bp} ({b0}..{b1 or ''})")
    return n, errs


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, "people.jsonl")
    n, errs = validate(path)
    for err in errs:
        print(err)
    if errs:
        print(f"{len(errs)} problem(s) in {n} people")
        return 1
    print(f"ok: {n} people")
    return 0


if __name__ == "__main__":
    sys.exit(main())
