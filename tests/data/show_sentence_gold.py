#!/usr/bin/env python3
"""Shows and checks the hand-marked sentence gold (sentence-gold.jsonl) against ../shared.

The gold stores only article ids and code-point offsets; the texts stay in ../shared/corpora.

    python3 tests/data/show_sentence_gold.py reuters-11102 [more ids]   # print numbered sentences
    python3 tests/data/show_sentence_gold.py --all                      # print every article
    python3 tests/data/show_sentence_gold.py --check                    # validate every entry

--check verifies that spans are in order, non-overlapping, trimmed of whitespace and together
cover every non-whitespace character of the article's `text`. Exit status 1 on a problem; when
../shared is missing it prints a message and exits 0 (2 when CI=true).
"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
GOLD = os.path.join(HERE, "sentence-gold.jsonl")
SHARED = os.environ.get("NEWSFACTS_SHARED", os.path.join(HERE, "..", "..", "..", "shared"))


def load_gold():
    with open(GOLD, encoding="utf-8") as f:
        return [json.loads(line) for line in f if line.strip()]


def load_texts(gold):
    wanted = {}
    for g in gold:
        wanted.setdefault(g["corpus"], set()).add(g["id"])
    texts = {}
    for corpus, ids in wanted.items():
        with open(os.path.join(SHARED, "corpora", corpus), encoding="utf-8") as f:
            for line in f:
                rec = json.loads(line)
                if rec["id"] in ids:
                    texts[(corpus, rec["id"])] = rec["text"]
    return texts


def check(g, text):
    problems, prev = [], 0
    for s, e in g["sentences"]:
        if not (prev <= s < e <= len(text)):
            problems.append(f"bad or out-of-order span [{s}, {e}]")
            continue
        if text[s:e] != text[s:e].strip():
            problems.append(f"span [{s}, {e}] is not trimmed")
        if text[prev:s].strip():
            problems.append(f"text not covered before {s}: {text[prev:s].strip()[:40]!r}")
        prev = e
    if text[prev:].strip():
        problems.append(f"text not covered at the end: {text[prev:].strip()[:40]!r}")
    return problems


def main():
    args = sys.argv[1:]
    if not os.path.isdir(os.path.join(SHARED, "corpora")):
        print(f"skipping: {SHARED}/corpora not found")
        sys.exit(2 if os.environ.get("CI") == "true" else 0)
    gold = load_gold()
    texts = load_texts(gold)
    if "--check" in args:
        bad, n = 0, 0
        for g in gold:
            text = texts.get((g["corpus"], g["id"]))
            problems = ["article not found"] if text is None else check(g, text)
            for p in problems:
                print(f"{g['id']}: {p}")
            bad += len(problems)
            n += len(g["sentences"])
        print(f"{len(gold)} articles, {n} sentences, {bad} problems")
        sys.exit(1 if bad else 0)
    ids = None if "--all" in args else set(a for a in args if not a.startswith("--"))
    for g in gold:
        if ids is not None and g["id"] not in ids:
            continue
        text = texts[(g["corpus"], g["id"])]
        print(f"===== {g['corpus']} {g['id']} ({len(g['sentences'])} sentences)")
        for i, (s, e) in enumerate(g["sentences"]):
            print(f"{i:3d} [{s}:{e}] {text[s:e].replace(chr(10), '⏎')}")


if __name__ == "__main__":
    main()
