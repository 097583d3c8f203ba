//! Interop tests: the tables as analysts' tools read them ("Analyst experience", parts 3–5).
//!
//! Takes: the real binary (`CARGO_BIN_EXE_newsfacts`), the bundled `corpus/`, README.md, and the
//! Python venv made by `.ci/install-python` (target/pyenv, with pandas and DuckDB from PyPI;
//! `NEWSFACTS_PYTHON` points elsewhere). Gives: (1) tests/interop/check.py run on
//! `extract corpus --sqlite`: pandas, DuckDB and sqlite3 read every table with the right
//! types and counts, `text[start:end]` holds for every mention, the README's SQL runs;
//! (2) formula-injection payloads in every text column are neutralised in the CSVs (and raw
//! with `--raw-csv`, in JSON Lines and in SQLite), with numeric columns still numbers.
//! Does not: judge extraction quality.
//!
//! The Python test prints a message and passes when the venv or its modules are missing,
//! unless `CI=true` (then it fails: CI runs .ci/install-python first).

mod common;
use common::read_csv;
use std::collections::BTreeMap;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsfacts"))
        .args(args)
        .current_dir(repo())
        .stdin(Stdio::null())
        .output()
        .expect("the newsfacts binary runs")
}

fn describe(out: &Output) -> String {
    format!(
        "exit {:?}\n--- stdout\n{}\n--- stderr\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

fn path_str(p: &Path) -> &str {
    p.to_str().expect("UTF-8 temporary path")
}

/// The venv's python when it imports pandas and duckdb; `None` (with a message) otherwise,
/// and a failure under `CI=true`.
fn python(test: &str) -> Option<PathBuf> {
    let py = std::env::var_os("NEWSFACTS_PYTHON")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join("target/pyenv/bin/python"));
    let ready = Command::new(&py)
        .args(["-c", "import pandas, duckdb, sqlite3"])
        .stdin(Stdio::null())
        .output()
        .is_ok_and(|o| o.status.success());
    if ready {
        return Some(py);
    }
    let msg = format!(
        "{test}: {} cannot import pandas and duckdb; run `bash .ci/install-python`",
        py.display()
    );
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{msg} (required when CI=true)");
    }
    eprintln!("{msg}; skipped");
    None
}

/// pandas, DuckDB and sqlite3 on the bundled corpus (see tests/interop/check.py).
#[test]
fn pandas_duckdb_and_sqlite_read_the_corpus_tables() {
    let Some(py) = python("pandas_duckdb_and_sqlite_read_the_corpus_tables") else {
        return;
    };
    let tmp = tempfile::tempdir().expect("temp dir");
    let out = tmp.path().join("out");
    let db = tmp.path().join("db/news.db");
    let extract = run(&[
        "extract",
        "corpus",
        "--out",
        path_str(&out),
        "--sqlite",
        path_str(&db),
        "-q",
    ]);
    assert!(extract.status.success(), "{}", describe(&extract));
    assert!(db.is_file(), "no {db:?}\n{}", describe(&extract));
    let check = Command::new(&py)
        .arg(repo().join("tests/interop/check.py"))
        .args(["--out", path_str(&out), "--sqlite", path_str(&db)])
        .arg("--corpus")
        .arg(repo().join("corpus"))
        .arg("--readme")
        .arg(repo().join("README.md"))
        .stdin(Stdio::null())
        .output()
        .expect("python runs");
    println!("{}", String::from_utf8_lossy(&check.stdout));
    assert!(
        check.status.success(),
        "check.py failed\n{}",
        describe(&check)
    );
}

/// Numeric columns of each table: they must parse as numbers and never be neutralised.
const NUMERIC: &[(&str, &[&str])] = &[
    ("articles", &["chars", "sentences"]),
    ("sentences", &["sentence_id", "start", "end"]),
    ("mentions", &["mention_id", "sentence_id", "start", "end"]),
    ("money", &["mention_id", "amount", "amount_max"]),
    (
        "relations",
        &[
            "sentence_id",
            "value",
            "evidence_start",
            "evidence_end",
            "confidence",
        ],
    ),
];

fn formula_like(cell: &str) -> bool {
    cell.starts_with(['=', '+', '-', '@', '\t', '\r'])
}

const PAYLOADS: &[&str] = &[
    "=HYPERLINK(\"http://x\",\"y\")",
    "+cmd|' /C calc'!A0",
    "@SUM(A1)",
    "-2+3",
];

/// An article whose id, title, URL, date, sentences, mention surfaces and canonical names
/// (percentages), entity ids (from a gazetteer list) start with formula characters.
fn injection_fixture(dir: &Path) -> PathBuf {
    // The id of an ORG and a PRODUCT, and their canonical names, are formula-like.
    let gazetteer = dir.join("evil.tsv");
    fs::write(
        &gazetteer,
        "name\tcanonical\tlabel\tsubtype\tid\tsource\n\
         Zorblax Holdings\t=HYPERLINK(\"http://x\",\"y\")\tORG\t\t@SUM(A1)\ttest\n\
         Quuxphone 9\t+cmd|' /C calc'!A0\tPRODUCT\t\t-2+3\ttest\n",
    )
    .expect("write gazetteer");
    let text = "=HYPERLINK(\"http://x\",\"y\") was posted on Monday.\n\n\
        +cmd|' /C calc'!A0 ran next.\n\n\
        @SUM(A1) appeared in the sheet.\n\n\
        -2+3 is five, said Mr. John Smith.\n\n\
        Its shares moved -5% and then +2.5% on the news.\n\n\
        Zorblax Holdings chief executive John Smith, 54, said Zorblax Holdings paid $4 million \
        for the Quuxphone 9 launch.\n";
    let record = serde_json::json!({
        "id": "=HYPERLINK(\"http://x\",\"y\")",
        "title": "+cmd|' /C calc'!A0",
        "date": "@SUM(A1)",
        "url": "-2+3",
        "text": text,
    });
    fs::write(dir.join("news.jsonl"), format!("{record}\n")).expect("write fixture");
    gazetteer
}

/// Every formula-like text cell of every CSV table is neutralised; numbers are untouched;
/// `--raw-csv`, JSON Lines and SQLite keep the raw text.
#[test]
fn csv_text_cells_are_safe_for_spreadsheets() {
    let tmp = tempfile::tempdir().expect("temp dir");
    let gazetteer = injection_fixture(tmp.path());
    let input = tmp.path().join("news.jsonl");
    let extract = |name: &str, extra: &[&str]| -> PathBuf {
        let out = tmp.path().join(name);
        let mut args = vec![
            "extract",
            path_str(&input),
            "--out",
            path_str(&out),
            "--gazetteer",
            path_str(&gazetteer),
            "-q",
        ];
        args.extend_from_slice(extra);
        let o = run(&args);
        assert!(o.status.success(), "{}", describe(&o));
        out
    };
    let db = tmp.path().join("news.db");
    let safe = extract("safe", &["--sqlite", path_str(&db)]);
    let raw = extract("raw", &["--raw-csv"]);
    let jsonl = extract("jsonl", &["--format", "jsonl"]);

    // (table, column) pairs where a payload must appear: the test cannot pass vacuously.
    let mut planted: BTreeMap<(&str, String), usize> = BTreeMap::new();
    for (table, numeric) in NUMERIC {
        let safe_rows = read_csv(&safe.join(format!("{table}.csv")));
        let raw_rows = read_csv(&raw.join(format!("{table}.csv")));
        assert_eq!(safe_rows.len(), raw_rows.len(), "{table}");
        assert!(!safe_rows.is_empty(), "{table}: no rows");
        for (s, r) in safe_rows.iter().zip(&raw_rows) {
            for (col, raw_cell) in r {
                let safe_cell = &s[col];
                if numeric.contains(&col.as_str()) {
                    assert_eq!(safe_cell, raw_cell, "{table}.{col} is numeric");
                    assert!(
                        raw_cell.is_empty() || raw_cell.parse::<f64>().is_ok(),
                        "{table}.{col}={raw_cell:?} is not a number"
                    );
                    continue;
                }
                assert!(!formula_like(safe_cell), "{table}.{col}={safe_cell:?}");
                if formula_like(raw_cell) {
                    assert_eq!(*safe_cell, format!("'{raw_cell}"), "{table}.{col}");
                    *planted.entry((table, col.clone())).or_default() += 1;
                } else {
                    assert_eq!(safe_cell, raw_cell, "{table}.{col}: changed needlessly");
                }
            }
        }
    }
    for (table, col) in [
        ("articles", "doc_id"),
        ("articles", "title"),
        ("articles", "date"),
        ("articles", "url"),
        ("sentences", "doc_id"),
        ("sentences", "text"),
        ("mentions", "doc_id"),
        ("mentions", "text"),
        ("mentions", "canonical"),
        ("money", "doc_id"),
        ("relations", "doc_id"),
        // Not subject_id/object_id: they are entity ids (`Q…`, `LABEL#…`, `LABEL:…`), which
        // never start with a formula character; the loop above still checks them.
    ] {
        assert!(
            planted.contains_key(&(table, col.to_string())),
            "no formula-like {table}.{col} in the fixture's output: {planted:?}"
        );
    }
    // Every payload shows up raw in the raw CSV and in JSON Lines.
    let raw_all: String = NUMERIC
        .iter()
        .map(|(t, _)| fs::read_to_string(raw.join(format!("{t}.csv"))).expect("raw csv"))
        .collect();
    let jsonl_all: String = NUMERIC
        .iter()
        .map(|(t, _)| fs::read_to_string(jsonl.join(format!("{t}.jsonl"))).expect("jsonl"))
        .collect();
    for p in PAYLOADS {
        let quoted = csv_quote(p);
        assert!(
            raw_all.contains(&format!("\n{quoted},")) || raw_all.contains(&format!(",{quoted}")),
            "raw CSV lacks {p:?}"
        );
        let json = serde_json::to_string(p).expect("json");
        assert!(
            jsonl_all.contains(&format!(":{json}")),
            "JSON Lines lacks {p:?}"
        );
    }
    assert!(!jsonl_all.contains(":\"'"), "JSON Lines must keep raw text");
    let db_bytes = fs::read(&db).expect("SQLite file");
    for p in PAYLOADS {
        assert!(
            db_bytes.windows(p.len()).any(|w| w == p.as_bytes()),
            "SQLite lacks raw {p:?}"
        );
    }
    assert!(
        !db_bytes.windows(3).any(|w| w == b"'=H"),
        "SQLite must keep raw text"
    );
}

/// A CSV field as the csv crate writes it (quoted when needed).
fn csv_quote(field: &str) -> String {
    if field.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", field.replace('"', "\"\""))
    } else {
        field.to_string()
    }
}
