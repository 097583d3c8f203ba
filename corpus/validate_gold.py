#!/usr/bin/env python3
"""Checks the gold files of corpus/ against the articles they annotate (GUIDELINE.md format).

Checks: every input article (.txt file, JSON Lines record, CSV row) has exactly one gold line
with its id and its exact text; every line is valid JSON with the expected fields; entity and
ignore offsets are code-point offsets with text[start:end] == surface, sorted, not overlapping
each other, with no surrounding whitespace; labels are known; MONEY entities carry amount,
currency (ISO 4217) and approx, and amount_max > amount for ranges; relations use known
predicates, and their subjects are canonical names of entities in the article.

    python3 corpus/validate_gold.py [corpus-dir]      # exit status 1 on any problem
"""
import csv
import json
import os
import re
import sys

LABELS = {"PERSON", "ORG", "APP", "PRODUCT", "LOCATION", "MONEY"}
PREDICATES = {"role", "said", "pays", "age"}
CURRENCY = re.compile(r"^[A-Z]{3}$")


def inputs(folder):
    """{gold file path: {id: text}} for every article input in the folder."""
    out = {}
    for name in sorted(os.listdir(folder)):
        path = os.path.join(folder, name)
        if name.endswith(".gold.jsonl"):
            continue
        if name.endswith(".txt"):
            with open(path, encoding="utf-8", newline="") as f:
                out[path[:-4] + ".gold.jsonl"] = {name[:-4]: f.read()}
        elif name.endswith(".jsonl"):
            recs = {}
            with open(path, encoding="utf-8") as f:
                for line in f:
                    if line.strip():
                        r = json.loads(line)
                        assert r["id"] not in recs, f"{name}: duplicate id {r['id']}"
                        recs[r["id"]] = r["text"]
            out[path[:-6] + ".gold.jsonl"] = recs
        elif name.endswith(".csv"):
            with open(path, encoding="utf-8", newline="") as f:
                out[path[:-4] + ".gold.jsonl"] = {r["id"]: r["text"] for r in csv.DictReader(f)}
    return out


def check_spans(where, text, spans, kind):
    errors, prev_end = [], -1
    for sp in spans:
        s, e = sp.get("start"), sp.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(text)):
            errors.append(f"{where}: bad {kind} offsets {sp}")
            continue
        if text[s:e] != sp.get("text"):
            errors.append(f"{where}: {kind} text {sp.get('text')!r} != text[{s}:{e}] {text[s:e]!r}")
        if text[s:e] != text[s:e].strip():
            errors.append(f"{where}: {kind} span {text[s:e]!r} has surrounding whitespace")
        if s < prev_end:
            errors.append(f"{where}: {kind} {sp.get('text')!r} at {s} overlaps or is out of order")
        prev_end = max(prev_end, e)
    return errors


def check_record(where, gold, text):
    errors = []
    for key in ("id", "text", "entities", "ignore", "relations"):
        if key not in gold:
            errors.append(f"{where}: missing field {key}")
    if errors:
        return errors
    if gold["text"] != text:
        errors.append(f"{where}: gold text differs from the article text")
    ents = gold["entities"]
    errors += check_spans(where, text, ents, "entity")
    errors += check_spans(where, text, gold["ignore"], "ignore")
    for ig in gold["ignore"]:
        for e in ents:
            if e["start"] < ig["end"] and ig["start"] < e["end"]:
                errors.append(f"{where}: entity {e['text']!r} overlaps ignored {ig['text']!r}")
    for e in ents:
        if e.get("label") not in LABELS:
            errors.append(f"{where}: unknown label {e.get('label')} for {e.get('text')!r}")
        if not e.get("canonical"):
            errors.append(f"{where}: no canonical for {e.get('text')!r}")
        if e.get("label") == "MONEY":
            amount = e.get("amount")
            if not isinstance(amount, (int, float)) or amount <= 0:
                errors.append(f"{where}: MONEY {e['text']!r} has bad amount {amount!r}")
            if not CURRENCY.match(str(e.get("currency", ""))):
                errors.append(f"{where}: MONEY {e['text']!r} has bad currency {e.get('currency')!r}")
            if not isinstance(e.get("approx"), bool):
                errors.append(f"{where}: MONEY {e['text']!r} has no boolean approx")
            if "amount_max" in e and not (isinstance(amount, (int, float)) and e["amount_max"] > amount):
                errors.append(f"{where}: MONEY {e['text']!r} has amount_max <= amount")
        elif any(k in e for k in ("amount", "currency", "amount_max")):
            errors.append(f"{where}: money fields on non-MONEY {e['text']!r}")
    canon = {e["canonical"] for e in ents}
    for r in gold["relations"]:
        p = r.get("predicate")
        if p not in PREDICATES:
            errors.append(f"{where}: unknown predicate {r}")
            continue
        if r.get("subject") not in canon:
            errors.append(f"{where}: relation subject {r.get('subject')!r} is not an entity canonical")
        if not r.get("object"):
            errors.append(f"{where}: relation without object {r}")
        if p == "role" and (not r.get("role") or r.get("object") not in canon):
            errors.append(f"{where}: role needs role text and an entity object: {r}")
        if p == "age" and not str(r.get("object")).isdigit():
            errors.append(f"{where}: age object must be a number: {r}")
        if p == "pays" and r.get("object") not in {e["text"] for e in ents if e["label"] == "MONEY"}:
            errors.append(f"{where}: pays object must be a MONEY surface: {r}")
        if p == "said" and r.get("object") not in text:
            errors.append(f"{where}: said object is not a span of the text: {r}")
    return errors


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
    errors, n_articles, n_entities, n_relations = [], 0, 0, 0
    expected = inputs(folder)
    golds_on_disk = {os.path.join(folder, n) for n in os.listdir(folder) if n.endswith(".gold.jsonl")}
    for extra in sorted(golds_on_disk - set(expected)):
        errors.append(f"{extra}: gold file without an input article")
    for gold_path, articles in expected.items():
        if not os.path.exists(gold_path):
            errors.append(f"{gold_path}: missing gold file")
            continue
        seen = {}
        with open(gold_path, encoding="utf-8") as f:
            for no, line in enumerate(f, 1):
                where = f"{os.path.basename(gold_path)}:{no}"
                try:
                    gold = json.loads(line)
                except json.JSONDecodeError as err:
                    errors.append(f"{where}: invalid JSON: {err}")
                    continue
                gid = gold.get("id")
                if gid not in articles:
                    errors.append(f"{where}: id {gid!r} is not an input article of this file")
                    continue
                if gid in seen:
                    errors.append(f"{where}: second gold line for {gid!r}")
                    continue
                seen[gid] = True
                errors += check_record(where, gold, articles[gid])
                n_articles += 1
                n_entities += len(gold.get("entities", []))
                n_relations += len(gold.get("relations", []))
        for missing in sorted(set(articles) - set(seen)):
            errors.append(f"{gold_path}: no gold line for article {missing!r}")
    for e in errors:
        print(e)
    print(f"{n_articles} articles, {n_entities} entities, {n_relations} relations, {len(errors)} problems")
    sys.exit(1 if errors else 0)


if __name__ == "__main__":
    main()
