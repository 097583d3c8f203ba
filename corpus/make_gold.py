#!/usr/bin/env python3
"""Builds the gold files of corpus/ from the hand-written annotation specs in gold_spec.py.

The specs name every mention by its surface text; this script finds the offsets (all
occurrences, longest surface first, never inside URLs, e-mail addresses, hashtags or web
domains) so that nobody has to count characters by hand. Per-occurrence overrides in the
spec handle names whose label changes with use (WhatsApp the company vs the app).

    python3 corpus/make_gold.py            # writes <stem>.gold.jsonl beside every input
    python3 corpus/make_gold.py --review   # prints marked-up text and uncovered capitalised words

The output is then checked by validate_gold.py.
"""
import csv
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # keep corpus/ free of __pycache__
sys.path.insert(0, HERE)
from gold_spec import SPECS  # noqa: E402

WORD = re.compile(r"\w")
# Spans where names are not annotated (GUIDELINE.md): URLs, e-mail addresses, hashtags.
NO_NAME = re.compile(r"https?://\S+|www\.\S+|\S+@\S+\.\S+|#\w+")


def read_inputs():
    """Yields (input file stem, record id, text) for every article input in corpus/."""
    for name in sorted(os.listdir(HERE)):
        path = os.path.join(HERE, name)
        if name.endswith(".txt"):
            with open(path, encoding="utf-8", newline="") as f:
                yield name[:-4], name[:-4], f.read()
        elif name.endswith(".jsonl") and not name.endswith(".gold.jsonl"):
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        rec = json.loads(line)
                        yield name[:-6], rec["id"], rec["text"]
        elif name.endswith(".csv"):
            with open(path, encoding="utf-8", newline="") as f:
                for rec in csv.DictReader(f):
                    yield name[:-4], rec["id"], rec["text"]


def boundary_ok(text, s, e):
    """A surface matches only as a whole word-or-amount: not inside a longer word or number."""
    if s > 0 and WORD.match(text[s - 1]) and WORD.match(text[s]):
        return False
    if e < len(text):
        nxt = text[e]
        if WORD.match(nxt) and WORD.match(text[e - 1]):
            return False
        # "$1" inside "$1.5", "Rs. 1" inside "Rs. 1,24,999", "Samsung" inside "Samsung.com"
        if nxt in ".," and e + 1 < len(text) and text[e + 1].isalnum():
            return False
    return True


def occurrences(text, surface, blocked):
    out, i = [], 0
    while True:
        s = text.find(surface, i)
        if s < 0:
            return out
        e = s + len(surface)
        i = s + 1
        if boundary_ok(text, s, e) and not any(s < be and bs < e for bs, be in blocked):
            out.append((s, e))


def parse_ents(block):
    """Lines `LABEL surface [= canonical] [@ per-occurrence labels, '-' = not an entity]`."""
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        occ = None
        if " @ " in line:
            line, occ = line.split(" @ ")
            occ = occ.split()
        label, rest = line.split(" ", 1)
        canonical = None
        if " = " in rest:
            rest, canonical = rest.split(" = ")
        yield {"label": label, "surface": rest, "canonical": canonical or rest, "occ": occ}


def parse_money(block):
    """Lines `surface | amount CUR [~] [max=N] [@ per-occurrence approx flags ~ or =]`."""
    for line in block.strip().splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        surface, rest = [x.strip() for x in line.split(" | ")]
        occ = None
        if " @ " in rest:
            rest, occ = rest.split(" @ ")
            occ = occ.split()
        parts = rest.split()
        amount = float(parts[0])
        item = {
            "surface": surface,
            "amount": int(amount) if amount == int(amount) else amount,
            "currency": parts[1],
            "approx": "~" in parts[2:],
            "occ": occ,
        }
        for p in parts[2:]:
            if p.startswith("max="):
                m = float(p[4:])
                item["amount_max"] = int(m) if m == int(m) else m
        yield item


def build(rec_id, text, spec):
    blocked = [(m.start(), m.end()) for m in NO_NAME.finditer(text)]
    ignore = []
    for surface in [s.strip() for s in spec.get("ignore", "").strip().splitlines() if s.strip()]:
        occ = occurrences(text, surface, [])
        assert occ, f"{rec_id}: ignore surface not found: {surface!r}"
        for s, e in occ:
            ignore.append({"start": s, "end": e, "text": surface})
    blocked += [(i["start"], i["end"]) for i in ignore]

    items = list(parse_ents(spec.get("ents", ""))) + [
        dict(m, label="MONEY", canonical=m["surface"]) for m in parse_money(spec.get("money", ""))
    ]
    items.sort(key=lambda it: -len(it["surface"]))
    taken, entities = list(blocked), []
    for it in items:
        occ = occurrences(text, it["surface"], taken)
        assert occ, f"{rec_id}: surface not found: {it['surface']!r}"
        if it["occ"] is not None:
            assert len(it["occ"]) == len(occ), (
                f"{rec_id}: {it['surface']!r} has {len(occ)} occurrences, spec lists {len(it['occ'])}"
            )
        for k, (s, e) in enumerate(occ):
            ent = {"start": s, "end": e, "label": it["label"], "text": it["surface"],
                   "canonical": it["canonical"]}
            flag = it["occ"][k] if it["occ"] is not None else None
            if it["label"] == "MONEY":
                ent["amount"] = it["amount"]
                ent["currency"] = it["currency"]
                ent["approx"] = (flag == "~") if flag in ("~", "=") else it["approx"]
                if flag == "-":
                    continue
                if "amount_max" in it:
                    ent["amount_max"] = it["amount_max"]
            elif flag is not None:
                if flag == "-":
                    continue
                ent["label"] = flag
            taken.append((s, e))
            entities.append(ent)
    entities.sort(key=lambda e: e["start"])
    for e in entities:
        assert text[e["start"]:e["end"]] == e["text"]
    ignore.sort(key=lambda i: i["start"])
    return {"id": rec_id, "text": text, "entities": entities, "ignore": ignore,
            "relations": spec.get("rels", [])}


def review(gold):
    text = gold["text"]
    marks = sorted([(e["start"], e["end"], e["label"]) for e in gold["entities"]]
                   + [(i["start"], i["end"], "IGN") for i in gold["ignore"]])
    out, pos = [], 0
    for s, e, lab in marks:
        out.append(text[pos:s] + "[" + text[s:e] + "|" + lab + "]")
        pos = e
    out.append(text[pos:])
    print("=" * 30, gold["id"])
    print("".join(out))
    covered = [(s, e) for s, e, _ in marks]
    loose = []
    for m in re.finditer(r"[A-Z₹$€£][\w.'’&-]*|\d[\d,.]*\s*(?:crore|lakh|million|billion|bn|m)\b", text):
        if not any(s <= m.start() < e for s, e in covered):
            loose.append(m.group(0))
    print("UNCOVERED:", " ".join(sorted(set(loose))))
    for r in gold["relations"]:
        print("  REL", r)


def main():
    do_review = "--review" in sys.argv
    only = [a for a in sys.argv[1:] if not a.startswith("--")]
    by_file = {}
    for stem, rec_id, text in read_inputs():
        spec = SPECS.get(rec_id)
        if spec is None:
            print(f"no spec for {rec_id}", file=sys.stderr)
            continue
        if only and not any(o in rec_id for o in only):
            continue
        gold = build(rec_id, text, spec)
        if do_review:
            review(gold)
        by_file.setdefault(stem, []).append(gold)
    if not do_review:
        for stem, golds in by_file.items():
            with open(os.path.join(HERE, stem + ".gold.jsonl"), "w", encoding="utf-8", newline="\n") as f:
                for g in golds:
                    f.write(json.dumps(g, ensure_ascii=False) + "\n")
        print(f"wrote {sum(len(g) for g in by_file.values())} gold records in {len(by_file)} files")


if __name__ == "__main__":
    main()
