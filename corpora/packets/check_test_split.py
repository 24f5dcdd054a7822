#!/usr/bin/env python3
"""Checks the held-out test packets (corpora/packets/test-*): every finding's `text` occurs
verbatim in its file, `occurrence` is given when the text repeats and is in range, types,
attributes and assertions are in the catalog, request.json/expected.json are well formed.
Prints counts per type and assertion. Exit 1 on any problem.
usage: python3 corpora/packets/check_test_split.py [--quiet]"""
import glob, json, os, re, sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
CATALOG = json.load(open(os.path.join(ROOT, "rules", "findings", "types.json")))["types"]
ASSERTIONS = {"present", "absent", "possible", "historical", "hypothetical", "family"}
INDICATIONS = {"neuro_deficit", "back_pain", "pediatric_back_pain", "surgical", "trauma", "fracture",
               "ct_myelogram", "spondylolysis", "tumor", "indeterminate_finding", "infection_inflammatory",
               "immune_suppression", "other_mri_contraindicated", "combination"}
COMMON = {"file", "type", "assertion", "text", "occurrence", "laterality", "level", "date"}
NOTE_NAME = re.compile(r"^\d{4}-\d{2}-\d{2}-[a-z-]+\.txt$")

def check_packet(d, problems, counts):
    name = os.path.basename(d)
    m = re.match(r"^test-(\d{3})-[a-z0-9-]+$", name)
    if not m:
        problems.append(f"{name}: folder name"); return
    req = json.load(open(os.path.join(d, "request.json")))
    if req.get("requestId") != f"CP-{m.group(1)}":
        problems.append(f"{name}: requestId {req.get('requestId')}")
    exp = json.load(open(os.path.join(d, "expected.json")))
    notes = {}
    for f in sorted(os.listdir(d)):
        if f in ("request.json", "expected.json"): continue
        if not NOTE_NAME.match(f): problems.append(f"{name}: odd file {f}"); continue
        notes[f] = open(os.path.join(d, f), encoding="utf-8").read()
        words = len(notes[f].split())
        if not 150 <= words <= 600: problems.append(f"{name}/{f}: {words} words")
    if not 1 <= len(notes) <= 3: problems.append(f"{name}: {len(notes)} notes")
    if exp.get("split") != "test": problems.append(f"{name}: split")
    if exp.get("outcome") not in ("criteria_met", "refer_to_reviewer"): problems.append(f"{name}: outcome")
    met = exp.get("metIndications", [])
    if (exp.get("outcome") == "criteria_met") != bool(met): problems.append(f"{name}: metIndications vs outcome")
    for i in met:
        if i not in INDICATIONS: problems.append(f"{name}: indication {i}")
    if not exp.get("rationale"): problems.append(f"{name}: rationale")
    seen = set()
    for k, fi in enumerate(exp["findings"]):
        where = f"{name} finding {k} ({fi.get('type')} {fi.get('text')!r})"
        t = fi.get("type")
        if t not in CATALOG: problems.append(f"{where}: unknown type"); continue
        if fi.get("assertion") not in ASSERTIONS: problems.append(f"{where}: assertion")
        for key in fi:
            if key not in COMMON and key not in CATALOG[t]["attributes"]:
                problems.append(f"{where}: attribute {key}")
            vals = CATALOG[t]["attributes"].get(key, {}).get("values")
            if vals and fi[key] is not None and fi[key] not in vals:
                problems.append(f"{where}: {key}={fi[key]}")
        if fi.get("laterality") not in (None, "left", "right", "bilateral"): problems.append(f"{where}: laterality")
        text = notes.get(fi.get("file"))
        if text is None: problems.append(f"{where}: no file {fi.get('file')}"); continue
        n = text.count(fi["text"])
        occ = fi.get("occurrence")
        if n == 0: problems.append(f"{where}: text not in file")
        elif n > 1 and occ is None: problems.append(f"{where}: text occurs {n}x, occurrence missing")
        elif occ is not None and not 1 <= occ <= n: problems.append(f"{where}: occurrence {occ} of {n}")
        key = (fi["file"], t, fi["text"], occ or 1)
        if key in seen: problems.append(f"{where}: duplicate")
        seen.add(key)
        counts[(t, fi["assertion"])] += 1
    for t in exp.get("mustNotFindPresent", []):
        if t not in CATALOG: problems.append(f"{name}: mustNotFindPresent {t}")
        if any(f["type"] == t and f["assertion"] == "present" for f in exp["findings"]):
            problems.append(f"{name}: {t} both present and in mustNotFindPresent")

def main():
    problems, counts = [], Counter()
    packets = sorted(glob.glob(os.path.join(HERE, "test-*")))
    for d in packets: check_packet(d, problems, counts)
    outcomes = Counter(json.load(open(os.path.join(d, "expected.json")))["outcome"] for d in packets)
    if "--quiet" not in sys.argv:
        print(f"{len(packets)} packets, outcomes {dict(outcomes)}, {sum(counts.values())} findings")
        for t in sorted({t for t, _ in counts}):
            row = {a: counts[(t, a)] for a in sorted(ASSERTIONS) if counts[(t, a)]}
            print(f"  {t:32s} " + "  ".join(f"{a}={n}" for a, n in row.items()))
    for p in problems: print("PROBLEM:", p)
    sys.exit(1 if problems else 0)

if __name__ == "__main__":
    main()
