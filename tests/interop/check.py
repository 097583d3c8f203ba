"""Interop checks of newsfacts' tables with the tools analysts use (run by tests/interop.rs).

Takes: the CSV folder and SQLite file written by `newsfacts extract corpus --out OUT --sqlite DB`,
the bundled corpus/ (to read the article texts) and README.md (its ```sql examples).
Checks, for every CSV table: pandas `read_csv` (default options) and DuckDB `read_csv_auto`
read the same number of records as Python's csv module; numeric columns are numeric in
both; no text cell can run as a spreadsheet formula. For every mention and sentence,
`text[start:end]` equals its text (offsets are code points, so Python slicing is exact).
For the SQLite file (Python's sqlite3): the tables, declared and stored types, primary
keys, foreign keys, the same rows and values as the CSVs, and the README queries run.
Does not: judge extraction quality. Prints one line per check; exits 1 on the first failure.

Usage: python check.py --out OUT --sqlite DB --corpus corpus --readme README.md
"""

import argparse
import csv
import json
import math
import re
import sqlite3
import sys
from pathlib import Path

import duckdb
import pandas as pd

# Numeric columns of each table: integers never missing; floats may be empty; booleans.
INT_COLUMNS = {
    "articles": ["chars", "sentences"],
    "sentences": ["sentence_id", "start", "end"],
    "mentions": ["mention_id", "sentence_id", "start", "end"],
    "money": ["mention_id"],
    "relations": ["sentence_id", "evidence_start", "evidence_end"],
    "entities": ["articles", "mentions"],
    "links": ["shared_count"],
    "storylines": ["storyline_id"],
}
FLOAT_COLUMNS = {
    "money": ["amount", "amount_max"],
    "relations": ["value", "confidence"],
    "links": ["score"],
}
BOOL_COLUMNS = {"money": ["approx"]}
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
DUCKDB_INTS = {"TINYINT", "SMALLINT", "INTEGER", "BIGINT", "HUGEINT", "UTINYINT",
               "USMALLINT", "UINTEGER", "UBIGINT"}
DUCKDB_NUMBERS = DUCKDB_INTS | {"FLOAT", "DOUBLE"}


def fail(msg):
    print(f"FAIL: {msg}")
    sys.exit(1)


def ok(msg):
    print(f"ok: {msg}")


def raw_cell(cell):
    """A CSV text cell as the article had it: the neutralising apostrophe removed."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in "=+-@\t\r":
        return cell[1:]
    return cell


def load_texts(corpus):
    """doc_id -> article text, as newsfacts reads corpus/ (see corpus/README.md)."""
    texts = {}
    for path in sorted(corpus.glob("*.txt")):
        with open(path, encoding="utf-8", newline="") as f:
            texts[path.stem] = f.read().removeprefix("\ufeff")
    for line in (corpus / "wire.jsonl").read_text(encoding="utf-8").splitlines():
        if line.strip():
            record = json.loads(line)
            texts[record["id"]] = record["text"]
    with open(corpus / "briefs.csv", encoding="utf-8", newline="") as f:
        for record in csv.DictReader(f):
            texts[record["id"]] = record["text"]
    return texts


def check_csv(name, path, numbers_seen):
    """Counts and types of one CSV in pandas, DuckDB and the csv module; returns csv rows."""
    with open(path, encoding="utf-8", newline="") as f:
        records = list(csv.DictReader(f))
    frame = pd.read_csv(path)
    if len(frame) != len(records):
        fail(f"{name}: pandas read {len(frame)} rows, the file has {len(records)} records")
    con = duckdb.connect()
    described = con.execute(f"DESCRIBE SELECT * FROM read_csv_auto('{path}')").fetchall()
    duck_types = {row[0]: str(row[1]) for row in described}
    duck_count = con.execute(f"SELECT count(*) FROM read_csv_auto('{path}')").fetchall()[0][0]
    if duck_count != len(records):
        fail(f"{name}: DuckDB read {duck_count} rows, the file has {len(records)} records")
    if list(frame.columns) != list(duck_types):
        fail(f"{name}: pandas columns {list(frame.columns)} != DuckDB {list(duck_types)}")

    for col in INT_COLUMNS.get(name, []):
        if not pd.api.types.is_integer_dtype(frame[col]):
            fail(f"{name}.{col}: pandas dtype {frame[col].dtype}, expected integers")
        if records and duck_types[col] not in DUCKDB_INTS:
            fail(f"{name}.{col}: DuckDB type {duck_types[col]}, expected an integer type")
    for col in FLOAT_COLUMNS.get(name, []):
        if not pd.api.types.is_numeric_dtype(frame[col]):
            fail(f"{name}.{col}: pandas dtype {frame[col].dtype}, expected numbers")
        # An all-empty column has no type to sniff; DuckDB calls it VARCHAR.
        if any(r[col] for r in records):
            numbers_seen.add(f"{name}.{col}")
            if duck_types[col] not in DUCKDB_NUMBERS:
                fail(f"{name}.{col}: DuckDB type {duck_types[col]}, expected numbers")
    for col in BOOL_COLUMNS.get(name, []):
        if records and not pd.api.types.is_bool_dtype(frame[col]):
            fail(f"{name}.{col}: pandas dtype {frame[col].dtype}, expected booleans")
        if records and duck_types[col] != "BOOLEAN":
            fail(f"{name}.{col}: DuckDB type {duck_types[col]}, expected BOOLEAN")

    numeric = set(INT_COLUMNS.get(name, [])) | set(FLOAT_COLUMNS.get(name, [])) \
        | set(BOOL_COLUMNS.get(name, []))
    for i, r in enumerate(records):
        for col, cell in r.items():
            if col not in numeric and cell.startswith(FORMULA_START):
                fail(f"{name} record {i + 1}, {col}={cell!r}: would run as a formula")
    ok(f"{name}: {len(records)} rows in pandas, DuckDB and the file; "
       f"DuckDB types {duck_types}")
    return frame, records


def check_offsets(texts, tables):
    sentences, mentions = tables["sentences"][0], tables["mentions"][0]
    checked = 0
    for kind, frame in (("sentence", sentences), ("mention", mentions)):
        for row in frame.itertuples(index=False):
            text = texts.get(row.doc_id)
            if text is None:
                fail(f"{kind} of unknown article {row.doc_id!r}")
            want = raw_cell(str(row.text))
            got = text[row.start:row.end]
            if got != want:
                fail(f"{row.doc_id} {kind} {row.start}:{row.end}: text[start:end]={got!r}, "
                     f"table says {want!r}")
            checked += 1
    doc_ids = set(tables["articles"][0]["doc_id"])
    if doc_ids != set(texts):
        fail(f"articles {sorted(doc_ids)} != corpus {sorted(texts)}")
    for row in tables["relations"][0].itertuples(index=False):
        n = len(texts[row.doc_id])
        if not 0 <= row.evidence_start < row.evidence_end <= n:
            fail(f"{row.doc_id}: evidence {row.evidence_start}:{row.evidence_end} outside 0:{n}")
    if len(mentions) == 0:
        fail("no mentions in the bundled corpus")
    ok(f"text[start:end] matches for {checked} sentences and mentions "
       f"({len(mentions)} mentions) of {len(texts)} articles")


def check_duckdb_join(out):
    """Cross-file SQL in DuckDB: every money row is a MONEY mention with the same text."""
    con = duckdb.connect()
    bad = con.execute(f"""
        SELECT count(*) FROM read_csv_auto('{out / "money.csv"}') m
        LEFT JOIN read_csv_auto('{out / "mentions.csv"}') x
          ON x.doc_id = m.doc_id AND x.mention_id = m.mention_id
        WHERE x.label IS DISTINCT FROM 'MONEY' OR x.text IS DISTINCT FROM m.text
    """).fetchall()[0][0]
    if bad:
        fail(f"DuckDB: {bad} money rows without their MONEY mention")
    ok("DuckDB join money ⋈ mentions on (doc_id, mention_id)")


SQL_TYPES = {"integer": {"integer", "null"}, "real": {"real", "integer", "null"},
             "text": {"text", "null"}}


def same_value(sql_value, cell, col, name):
    """A SQLite value equals the CSV cell it came from."""
    if sql_value is None:
        return cell == ""
    if col in BOOL_COLUMNS.get(name, []):
        return cell == ("true" if sql_value else "false")
    if isinstance(sql_value, (int, float)) and not isinstance(sql_value, bool):
        try:
            return math.isclose(float(cell), float(sql_value), rel_tol=1e-9)
        except ValueError:
            return False
    return raw_cell(cell) == sql_value


def check_sqlite(db, tables, texts, readme):
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    names = {r[0] for r in con.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")}
    expected = {"articles", "sentences", "mentions", "money", "relations", "entities",
                "links", "storylines"}
    if not expected <= names:
        fail(f"SQLite tables {sorted(names)} lack {sorted(expected - names)}")
    for name, (_, records) in tables.items():
        if name not in names:
            fail(f"SQLite has no table {name}")
        info = con.execute(f'PRAGMA table_info("{name}")').fetchall()
        columns = [c[1] for c in info]
        csv_columns = list(records[0].keys()) if records else columns
        if columns != csv_columns:
            fail(f"SQLite {name} columns {columns} != CSV {csv_columns}")
        for _, col, decl, _, _, _ in info:
            want = "INTEGER" if col in INT_COLUMNS.get(name, []) + BOOL_COLUMNS.get(name, []) \
                else "REAL" if col in FLOAT_COLUMNS.get(name, []) else "TEXT"
            if decl != want:
                fail(f"SQLite {name}.{col} declared {decl}, expected {want}")
            stored = {r[0] for r in con.execute(f'SELECT DISTINCT typeof("{col}") FROM "{name}"')}
            if not stored <= SQL_TYPES[decl.lower()]:
                fail(f"SQLite {name}.{col} ({decl}) stores {stored}")
        rows = con.execute(f'SELECT * FROM "{name}" ORDER BY rowid').fetchall()
        if len(rows) != len(records):
            fail(f"SQLite {name}: {len(rows)} rows, CSV {len(records)}")
        for i, (row, record) in enumerate(zip(rows, records)):
            for col, value in zip(columns, row):
                if not same_value(value, record[col], col, name):
                    fail(f"SQLite {name} row {i + 1}, {col}: {value!r} != CSV {record[col]!r}")
        ok(f"SQLite {name}: {len(rows)} rows, types and values equal to the CSV")
    pk = {name: [r[1] for r in sorted(con.execute(f'PRAGMA table_info("{name}")'),
                                       key=lambda c: c[5]) if r[5] > 0]
          for name in expected}
    want_pk = {"articles": ["doc_id"], "sentences": ["doc_id", "sentence_id"],
               "mentions": ["doc_id", "mention_id"], "money": ["doc_id", "mention_id"],
               "entities": ["entity_id"], "links": ["doc_a", "doc_b"]}
    for name, cols in want_pk.items():
        if pk[name] != cols:
            fail(f"SQLite {name} primary key {pk[name]}, expected {cols}")
    fk = con.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        fail(f"SQLite foreign key violations: {fk[:5]}")
    for doc_id, start, end, text in con.execute(
            "SELECT doc_id, start, \"end\", text FROM mentions"):
        if texts[doc_id][start:end] != text:
            fail(f"SQLite mention {doc_id} {start}:{end} = {text!r}")
    ok(f"SQLite primary keys {want_pk}, no foreign key violations, mention offsets slice")

    queries = re.findall(r"```sql\n(.*?)```", readme.read_text(encoding="utf-8"), re.S)
    if len(queries) < 3:
        fail(f"README has {len(queries)} ```sql examples, expected at least 3")
    for q in queries:
        rows = con.execute(q).fetchall()
        title = q.strip().splitlines()[0]
        if not rows:
            fail(f"README query returns no rows on the bundled corpus: {title}")
        ok(f"README query {title} -> {len(rows)} rows, first {rows[0]}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--sqlite", type=Path, required=True)
    ap.add_argument("--corpus", type=Path, required=True)
    ap.add_argument("--readme", type=Path, required=True)
    args = ap.parse_args()
    print(f"pandas {pd.__version__}, duckdb {duckdb.__version__}, "
          f"sqlite {sqlite3.sqlite_version}")

    texts = load_texts(args.corpus)
    tables, numbers_seen = {}, set()
    for path in sorted(args.out.glob("*.csv")):
        tables[path.stem] = check_csv(path.stem, path, numbers_seen)
    for name in ("articles", "sentences", "mentions", "money", "relations"):
        if name not in tables:
            fail(f"no {name}.csv in {args.out}")
    for col in ("money.amount", "relations.confidence"):
        if col not in numbers_seen:
            fail(f"{col} is empty on the bundled corpus: its type was not checked")
    check_offsets(texts, tables)
    check_duckdb_join(args.out)
    check_sqlite(args.sqlite, tables, texts, args.readme)
    print("all interop checks passed")


if __name__ == "__main__":
    main()
