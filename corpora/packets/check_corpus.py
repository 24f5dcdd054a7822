#!/usr/bin/env python3
"""Validate the packet corpus (corpora/packets/*/): folder names, notes, request.json,
expected.json, and that every annotated `text` occurs verbatim in its file (with enough
occurrences for `occurrence`). Usage: check_corpus.py [--audit] [--only PREFIX] [--stats]
--audit lists note lines holding clinical keywords that no annotation covers (a review aid
for exhaustive labelling; it reports, it does not fail)."""
import json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
TYPES = json.load(open(os.path.join(ROOT, "rules", "findings", "types.json")))["types"]
ASSERTIONS = {"present", "absent", "possible", "historical", "hypothetical", "family"}
INDICATIONS = {"neuro_deficit", "back_pain", "pediatric_back_pain", "surgical", "trauma", "fracture",
               "ct_myelogram", "spondylolysis", "tumor", "indeterminate_finding", "infection_inflammatory",
               "immune_suppression", "other_mri_contraindicated", "combination"}
COMMON = {"file", "type", "assertion", "text", "occurrence", "laterality", "level", "date"}
FOLDER = re.compile(r"^(train|dev|test)-(\d{3})-[a-z0-9-]+$")
NOTE = re.compile(r"^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.txt$")
AUDIT = re.compile(r"weak|/5|reflex|DTR|sensat|pinprick|numb|tingl|gait|foot drop|saddle|bowel|bladder|"
                   r"incontin|retention|\bPT\b|physical therapy|HEP|home exercise|chiro|NSAID|ibuprofen|naproxen|"
                   r"meloxicam|gabapentin|cyclobenzaprine|prednisone|ESI|injection|TENS|brace|MRI|\bCT\b|x-ray|"
                   r"radiograph|pacemaker|fractur|cancer|carcinoma|fusion|laminectomy|discectomy|sciatica|radiat|"
                   r"back pain|\bLBP\b|dimple|tether|Chiari|EMG|fall|accident|scoliosis|kyphosis|limp|HIV|"
                   r"steroid|osteomyelitis|discitis|abscess|spondyl|pars|stimulator|implant|claustro", re.I)

def fail(errs, where, msg):
    errs.append(f"{where}: {msg}")

def check_attr(errs, where, name, value, spec):
    kind = spec["kind"]
    if value is None:
        return
    if kind == "string":
        if not isinstance(value, str): fail(errs, where, f"{name} must be a string")
        elif "values" in spec and value not in spec["values"]: fail(errs, where, f"{name}={value!r} not in {spec['values']}")
    elif kind == "number" and not isinstance(value, (int, float)): fail(errs, where, f"{name} must be a number")
    elif kind == "bool" and not isinstance(value, bool): fail(errs, where, f"{name} must be a bool")
    elif kind == "date" and not (isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value)):
        fail(errs, where, f"{name} must be an ISO date")

def find_nth(hay, needle, n):
    pos = -1
    for _ in range(n):
        pos = hay.find(needle, pos + 1)
        if pos < 0:
            return -1
    return pos

def main(argv):
    audit, stats = "--audit" in argv, "--stats" in argv
    only = argv[argv.index("--only") + 1] if "--only" in argv else ""
    errs, ids = [], set()
    c_split, c_type, c_assert, c_outcome = Counter(), Counter(), Counter(), Counter()
    for name in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, name)
        if not os.path.isdir(path) or not name.startswith(only):
            continue
        m = FOLDER.match(name)
        if not m:
            fail(errs, name, "folder name must be <split>-<NNN>-<slug>"); continue
        split, num = m.group(1), m.group(2)
        if num in ids: fail(errs, name, "number used twice")
        ids.add(num)
        files = sorted(os.listdir(path))
        notes = [f for f in files if f.endswith(".txt")]
        extra = set(files) - set(notes) - {"request.json", "expected.json"}
        if extra: fail(errs, name, f"unexpected files {sorted(extra)}")
        if not 1 <= len(notes) <= 3: fail(errs, name, f"{len(notes)} notes (1-3 expected)")
        texts = {}
        for f in notes:
            if not NOTE.match(f): fail(errs, name, f"note name {f} must be YYYY-MM-DD-kind.txt")
            t = open(os.path.join(path, f), encoding="utf-8").read()
            texts[f] = t
            words = len(t.split())
            if not 150 <= words <= 600: fail(errs, f"{name}/{f}", f"{words} words (150-600 expected)")
        try:
            req = json.load(open(os.path.join(path, "request.json")))
            exp = json.load(open(os.path.join(path, "expected.json")))
        except Exception as e:
            fail(errs, name, f"bad json: {e}"); continue
        if req.get("requestId") != f"CP-{num}": fail(errs, name, "requestId must be CP-" + num)
        if req.get("cpt") not in ("72131", "72132", "72133"): fail(errs, name, f"cpt {req.get('cpt')} (allowed, but check)")
        if exp.get("split") != split: fail(errs, name, "expected.split differs from folder")
        if exp.get("outcome") not in ("criteria_met", "refer_to_reviewer"): fail(errs, name, "bad outcome")
        met = exp.get("metIndications", [])
        if set(met) - INDICATIONS: fail(errs, name, f"unknown indications {set(met) - INDICATIONS}")
        if (exp["outcome"] == "criteria_met") != bool(met): fail(errs, name, "metIndications must be non-empty iff criteria_met")
        for t in exp.get("mustNotFindPresent", []):
            if t not in TYPES: fail(errs, name, f"mustNotFindPresent: unknown type {t}")
        if not exp.get("rationale"): fail(errs, name, "rationale missing")
        covered = {f: [] for f in texts}
        present_types = set()
        for i, fd in enumerate(exp.get("findings", [])):
            where = f"{name} finding {i} ({fd.get('type')} {fd.get('text')!r})"
            ty, f, text = fd.get("type"), fd.get("file"), fd.get("text")
            if ty not in TYPES: fail(errs, where, "unknown type"); continue
            if fd.get("assertion") not in ASSERTIONS: fail(errs, where, "bad assertion")
            if f not in texts: fail(errs, where, "file not in packet"); continue
            if not text: fail(errs, where, "empty text"); continue
            n = texts[f].count(text)
            occ = fd.get("occurrence", 1)
            if n == 0: fail(errs, where, "text not found in file")
            elif occ > n: fail(errs, where, f"occurrence {occ} but text occurs {n} time(s)")
            elif n > 1 and "occurrence" not in fd: fail(errs, where, f"text occurs {n} times: give occurrence")
            else:
                s = find_nth(texts[f], text, occ)
                covered[f].append((s, s + len(text)))
            if fd.get("laterality") not in (None, "left", "right", "bilateral"): fail(errs, where, "bad laterality")
            attrs = TYPES[ty]["attributes"]
            for k, v in fd.items():
                if k in COMMON: continue
                if k not in attrs: fail(errs, where, f"attribute {k} not in types.json for {ty}")
                else: check_attr(errs, where, k, v, attrs[k])
            if fd.get("assertion") == "present": present_types.add(ty)
            c_type[(ty, fd.get("assertion"))] += 1
            c_assert[fd.get("assertion")] += 1
        clash = present_types & set(exp.get("mustNotFindPresent", []))
        if clash: fail(errs, name, f"mustNotFindPresent types annotated present: {sorted(clash)}")
        c_split[split] += 1
        c_outcome[(split, exp["outcome"])] += 1
        if audit:
            for f, t in texts.items():
                off = 0
                for line in t.split("\n"):
                    s, e = off, off + len(line)
                    off = e + 1
                    if AUDIT.search(line) and not any(a < e and b > s for a, b in covered[f]):
                        print(f"AUDIT {name}/{f}: {line.strip()[:110]}")
    for e in errs:
        print("ERROR", e)
    if stats or not errs:
        print("packets per split:", dict(c_split))
        print("outcomes:", dict(sorted(c_outcome.items())))
        print("assertions:", dict(sorted(c_assert.items())))
        if stats:
            per = {}
            for (ty, a), n in c_type.items():
                per.setdefault(ty, {})[a] = n
            for ty in TYPES:
                print(f"  {ty:32s} {per.get(ty, {})}")
            missing = [t for t in TYPES if t not in per]
            print("types never annotated:", missing)
    print(f"{len(errs)} error(s)")
    return 1 if errs else 0

if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
