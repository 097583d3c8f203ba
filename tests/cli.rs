//! Acceptance tests of the `newsfacts` binary ("Pipeline foundation").
//!
//! Takes: the real binary (`CARGO_BIN_EXE_newsfacts`), the bundled `corpus/`, bad-input fixtures
//! written into temporary folders at test time, and `../shared` (seed, corpora, sentence gold)
//! when it exists. Gives: checks of what a user sees: one articles row per input with the right
//! status and reason, exit codes, byte-identical output for any thread count, code-point offsets
//! that slice the original text, atomic table files, the seed page's zones and metadata.
//! Does not: test stage internals (see tests/properties.rs and the unit tests in src/).
//!
//! Tests that need `../shared` print a message and pass when it is missing, unless `CI=true`.

mod common;
use common::{read_csv, shared, Row};
use serde_json::Value;
use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsfacts"))
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Runs the binary with `args` in `cwd`; never reads stdin.
fn run_in(cwd: &Path, args: &[&str]) -> Output {
    bin()
        .args(args)
        .current_dir(cwd)
        .stdin(Stdio::null())
        .output()
        .expect("the newsfacts binary runs")
}

fn describe(out: &Output) -> String {
    format!(
        "exit {:?}\n--- stderr\n{}",
        out.status.code(),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// A JSON Lines table read as CSV-like rows (null → "", numbers and booleans → their text).
fn read_jsonl_table(path: &Path) -> Vec<Row> {
    fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("{path:?}: {e}"))
        .lines()
        .map(|l| {
            let v: Value = serde_json::from_str(l).unwrap_or_else(|e| panic!("{path:?}: {e}"));
            let obj = v.as_object().expect("one object per line");
            obj.iter().map(|(k, v)| (k.clone(), scalar(v))).collect()
        })
        .collect()
}

fn scalar(v: &Value) -> String {
    match v {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

/// Python's `text[start:end]`: a code-point slice (`None` when out of range).
fn cp_slice(text: &str, start: usize, end: usize) -> Option<String> {
    let n = text.chars().count();
    if start > end || end > n {
        return None;
    }
    Some(text.chars().skip(start).take(end - start).collect())
}

fn num(row: &Row, field: &str) -> usize {
    row[field]
        .parse()
        .unwrap_or_else(|_| panic!("{field} is not a number in {row:?}"))
}

/// Every table `extract` writes by default: per article, then the corpus pass.
const TABLES: [&str; 8] = [
    "articles",
    "sentences",
    "mentions",
    "money",
    "relations",
    "entities",
    "links",
    "storylines",
];

/// The names in `dir`, sorted.
fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{dir:?}: {e}"))
        .map(|e| {
            e.expect("dir entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    enc.write_all(bytes).expect("gzip in memory");
    enc.finish().expect("gzip in memory")
}

const GOOD_ARTICLE: &str =
    "Council Approves Budget\n\nThe city council approved a budget of $4 million on Monday. \
Mr. Smith voted against it.\n\nThe vote was 7 to 2.\n";

/// What one input must become in articles.csv.
struct Expect {
    /// `source_path` ends with this (file, or file:line).
    path_suffix: &'static str,
    status: &'static str,
    /// The message contains this (case-insensitive); "" means an empty message.
    reason: &'static str,
}

/// Writes every kind of bad input beside good ones and returns the extract arguments (a
/// directory and several files) and the row expected for each input.
fn bad_inputs(root: &Path) -> (Vec<String>, Vec<Expect>) {
    let dir = root.join("inbox");
    fs::create_dir_all(&dir).unwrap();
    let w = |name: &str, bytes: &[u8]| fs::write(dir.join(name), bytes).unwrap();

    w("a-good.txt", GOOD_ARTICLE.as_bytes());
    w(
        "binary.txt",
        b"GIF89a\x01\x00\x01\x00\x00\x00\x00text after NUL bytes\n",
    );
    w(
        "bom-crlf.txt",
        b"\xEF\xBB\xBFPort Strike Ends After Three Weeks\r\n\r\nDock workers returned on Monday.\r\nShips queued outside the harbour.\r\n",
    );
    w("empty.txt", b"");
    w(
        "feed.jsonl",
        concat!(
            r#"{"id": "feed-1", "title": "One", "text": "First record. It is fine."}"#,
            "\n",
            r#"{"id": "feed-2", "text": "Second record is fine too."}"#,
            "\n",
            r#"{"id": "feed-3", "text": "unterminated string}"#,
            "\n",
            r#"{"id": "feed-4", "text": "Fourth record survives the broken third."}"#,
            "\n"
        )
        .as_bytes(),
    );
    w(
        "latin1.txt",
        b"Caf\xE9 owners in Z\xFCrich reopen.\n\nThey said business was good.\n",
    );
    w(
        "table.csv",
        b"id,title,text\nrow-1,One,\"Plain row, with a comma.\"\nrow-2,Two,\"Broken quote never closes\n\
row-3,Three,Row three survives.\nrow-4,Four,\"Quoted \"\"row\"\" four survives.\"\n",
    );
    #[cfg(unix)]
    std::os::unix::fs::symlink(root.join("no-such-target"), dir.join("x.txt")).unwrap();
    // A directory named like an article is walked like any directory: its article is found.
    fs::create_dir_all(dir.join("y.txt")).unwrap();
    fs::write(dir.join("y.txt/inner.txt"), GOOD_ARTICLE).unwrap();

    let gz_jsonl = root.join("wire.jsonl.gz");
    fs::write(
        &gz_jsonl,
        gzip(
            concat!(
                r#"{"id": "gz-1", "text": "Compressed record one."}"#,
                "\n",
                r#"{"id": "gz-2", "text": "Compressed record two."}"#,
                "\n"
            )
            .as_bytes(),
        ),
    )
    .unwrap();
    let gz_csv = root.join("briefs.csv.gz");
    fs::write(
        &gz_csv,
        gzip(b"id,text\ncsv-gz-1,Compressed CSV row one.\ncsv-gz-2,\"Row two, quoted.\"\n"),
    )
    .unwrap();

    // 50 MB on one line, far above the 10 MiB default limit.
    let huge = root.join("huge.txt");
    let sentence = "The committee met again and the vote was postponed until a later date. ";
    let mut f = std::io::BufWriter::new(fs::File::create(&huge).unwrap());
    let mut written = 0;
    while written < 50_000_000 {
        f.write_all(sentence.as_bytes()).unwrap();
        written += sentence.len();
    }
    f.flush().unwrap();
    drop(f);

    let missing = root.join("missing.txt");
    let args = vec![
        dir.display().to_string(),
        gz_jsonl.display().to_string(),
        gz_csv.display().to_string(),
        huge.display().to_string(),
        missing.display().to_string(),
    ];
    let e = |path_suffix, status, reason| Expect {
        path_suffix,
        status,
        reason,
    };
    let expected = vec![
        e("inbox/a-good.txt", "ok", ""),
        e("inbox/binary.txt", "error", "binary"),
        e("inbox/bom-crlf.txt", "ok", ""),
        e("inbox/empty.txt", "warning", "empty"),
        e("inbox/feed.jsonl:1", "ok", ""),
        e("inbox/feed.jsonl:2", "ok", ""),
        e("inbox/feed.jsonl:3", "error", "invalid json"),
        e("inbox/feed.jsonl:4", "ok", ""),
        e("inbox/latin1.txt", "warning", "invalid utf-8"),
        e("inbox/table.csv:2", "ok", ""),
        e("inbox/table.csv:3", "error", "quote"),
        e("inbox/table.csv:4", "ok", ""),
        e("inbox/table.csv:5", "ok", ""),
        e("inbox/x.txt", "error", "cannot open"),
        e("inbox/y.txt/inner.txt", "ok", ""),
        e("wire.jsonl.gz:1", "ok", ""),
        e("wire.jsonl.gz:2", "ok", ""),
        e("briefs.csv.gz:2", "ok", ""),
        e("briefs.csv.gz:3", "ok", ""),
        e("huge.txt", "warning", "cut"),
        e("missing.txt", "error", "cannot open"),
    ];
    (args, expected)
}

#[test]
#[cfg(unix)]
fn bad_inputs_never_stop_the_batch_nor_lose_an_article() {
    let tmp = tempfile::tempdir().unwrap();
    let (inputs, expected) = bad_inputs(tmp.path());
    let out_dir = tmp.path().join("out");
    let mut args: Vec<&str> = vec!["extract", "--quiet", "-j", "2", "--out"];
    let out_str = out_dir.display().to_string();
    args.push(&out_str);
    args.extend(inputs.iter().map(String::as_str));

    let out = run_in(tmp.path(), &args);
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let rows = read_csv(&out_dir.join("articles.csv"));
    assert_eq!(
        rows.len(),
        expected.len(),
        "one row per input; got {:#?}",
        rows.iter()
            .map(|r| (&r["source_path"], &r["status"]))
            .collect::<Vec<_>>()
    );
    for want in &expected {
        let hits: Vec<&Row> = rows
            .iter()
            .filter(|r| r["source_path"].ends_with(want.path_suffix))
            .collect();
        assert_eq!(hits.len(), 1, "{}: rows {hits:?}", want.path_suffix);
        let row = hits[0];
        assert_eq!(row["status"], want.status, "{}: {row:?}", want.path_suffix);
        let msg = row["message"].to_lowercase();
        if want.reason.is_empty() {
            assert_eq!(msg, "", "{}: {row:?}", want.path_suffix);
        } else {
            assert!(msg.contains(want.reason), "{}: {row:?}", want.path_suffix);
        }
        // The row names its file (and line) so that the analyst can find the input.
        let file = want.path_suffix.rsplit('/').next().unwrap();
        assert!(row["source_path"].contains(file), "{row:?}");
    }

    // Good articles kept all their sentences despite their bad neighbours.
    let sentences = read_csv(&out_dir.join("sentences.csv"));
    let ids: Vec<&str> = rows.iter().map(|r| r["doc_id"].as_str()).collect();
    for id in [
        "a-good",
        "feed-1",
        "feed-4",
        "row-1",
        "row-4",
        "gz-2",
        "csv-gz-2",
        "y.txt/inner",
    ] {
        assert!(ids.contains(&id), "doc_id {id} missing from {ids:?}");
        assert!(
            sentences.iter().any(|s| s["doc_id"] == id),
            "no sentences for {id}"
        );
    }
    let by_id = |id: &str| rows.iter().find(|r| r["doc_id"] == id).unwrap();
    assert_eq!(by_id("a-good")["sentences"], "4");
    assert_eq!(by_id("feed-1")["title"], "One");

    // Invalid UTF-8 is replaced by U+FFFD, never dropped.
    let latin: String = sentences
        .iter()
        .filter(|s| s["doc_id"] == "latin1")
        .map(|s| s["text"].clone())
        .collect();
    assert!(latin.contains("Caf\u{FFFD}"), "{latin:?}");
    assert!(latin.contains("Z\u{FFFD}rich"), "{latin:?}");

    // BOM dropped, CRLF lines: offsets index the text without the BOM, no '\r' in sentences.
    let bom_text = "Port Strike Ends After Three Weeks\r\n\r\nDock workers returned on Monday.\r\nShips queued outside the harbour.\r\n";
    let bom: Vec<&Row> = sentences
        .iter()
        .filter(|s| s["doc_id"] == "bom-crlf")
        .collect();
    assert!(!bom.is_empty());
    for s in &bom {
        assert!(
            !s["text"].contains('\r') && !s["text"].contains('\u{FEFF}'),
            "{s:?}"
        );
        assert_eq!(
            cp_slice(bom_text, num(s, "start"), num(s, "end")).as_deref(),
            Some(s["text"].as_str())
        );
    }
    assert_eq!(
        by_id("bom-crlf")["title"],
        "Port Strike Ends After Three Weeks"
    );
    assert_eq!(bom.len(), 3, "{bom:?}");

    // The 50 MB line is cut at the 10 MiB default, at a character boundary.
    let huge = by_id("huge");
    assert!(num(huge, "chars") <= 10 * 1024 * 1024, "{huge:?}");
    assert!(num(huge, "chars") > 9 * 1024 * 1024, "{huge:?}");
    assert!(num(huge, "sentences") > 100_000, "{huge:?}");

    // --keep-going: same rows, exit 0 (without the slow 50 MB input).
    let keep_out = tmp.path().join("out-keep");
    let keep_str = keep_out.display().to_string();
    let mut args: Vec<&str> = vec!["extract", "--quiet", "--keep-going", "--out", &keep_str];
    args.extend(
        inputs
            .iter()
            .filter(|i| !i.ends_with("huge.txt"))
            .map(String::as_str),
    );
    let out = run_in(tmp.path(), &args);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let keep_rows = read_csv(&keep_out.join("articles.csv"));
    assert_eq!(keep_rows.len(), expected.len() - 1);
    let errors = keep_rows.iter().filter(|r| r["status"] == "error").count();
    assert_eq!(
        errors,
        expected.iter().filter(|e| e.status == "error").count()
    );
}

#[test]
fn exit_codes_by_outcome() {
    // (files, extra args, expected exit code)
    type Files<'a> = &'a [(&'a str, &'a [u8])];
    let cases: &[(Files, &[&str], i32)] = &[
        (&[("a.txt", b"Fine. Text.")], &[], 0),
        (&[("a.txt", b"")], &[], 0), // warnings only
        (&[("a.txt", b"Fine."), ("b.txt", b"\0\0\0")], &[], 1),
        (
            &[("a.txt", b"Fine."), ("b.txt", b"\0\0\0")],
            &["--keep-going"],
            0,
        ),
        (&[("a.jsonl", b"{\"text\": 1\n")], &[], 1),
        (&[("a.csv", b"id,body\n1,x\n")], &[], 1), // no text column
        (
            &[("a.csv", b"id,body\n1,x\n")],
            &["--text-column", "body"],
            0,
        ),
    ];
    for (files, extra, code) in cases {
        let tmp = tempfile::tempdir().unwrap();
        let input = tmp.path().join("in");
        fs::create_dir(&input).unwrap();
        for (name, bytes) in *files {
            fs::write(input.join(name), bytes).unwrap();
        }
        let mut args = vec!["extract", "--quiet", "--out", "out", "in"];
        args.extend_from_slice(extra);
        let out = run_in(tmp.path(), &args);
        assert_eq!(
            out.status.code(),
            Some(*code),
            "{files:?} {extra:?}: {}",
            describe(&out)
        );
        assert_eq!(
            read_csv(&tmp.path().join("out/articles.csv")).len(),
            files.len()
        );
    }
}

#[test]
fn usage_errors_exit_2() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("a.txt"), "Some text.").unwrap();
    let cases: &[&[&str]] = &[
        &[],
        &["frobnicate"],
        &["extract"],
        &["extract", "--out", "out"],
        &["extract", "--bogus-flag", "a.txt"],
        &["extract", "--format", "xml", "a.txt"],
        &["extract", "--input-format", "pdf", "a.txt"],
        &["extract", "-j", "many", "a.txt"],
        &["extract", "--max-article-bytes", "-5", "a.txt"],
        &["eval-sentences"],
        &["eval", "missing.jsonl"],
    ];
    for args in cases {
        let out = run_in(tmp.path(), args);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {}", describe(&out));
        assert!(
            !out.stderr.is_empty(),
            "{args:?}: usage errors explain themselves"
        );
        assert!(
            !tmp.path().join("out").exists(),
            "{args:?}: a usage error writes nothing"
        );
    }
    // A failed read names the file and gives its reason once.
    let out = run_in(tmp.path(), &["eval", "missing.jsonl"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("missing.jsonl"), "{stderr}");
    assert_eq!(stderr.matches("os error 2").count(), 1, "{stderr}");
}

#[test]
fn output_is_atomic_and_complete() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = repo().join("corpus");
    let corpus = corpus.to_str().unwrap();
    for (format, ext) in [("csv", "csv"), ("jsonl", "jsonl")] {
        let out = run_in(
            tmp.path(),
            &[
                "extract", "--quiet", "--format", format, "--out", format, corpus,
            ],
        );
        assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
        let want: Vec<String> = {
            let mut v: Vec<String> = TABLES.iter().map(|t| format!("{t}.{ext}")).collect();
            v.sort();
            v
        };
        assert_eq!(
            listing(&tmp.path().join(format)),
            want,
            "exactly the tables, no temp files"
        );
    }

    // A second run into the same folder replaces the tables, still with no leftovers.
    let out = run_in(tmp.path(), &["extract", "--quiet", "--out", "csv", corpus]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    assert_eq!(listing(&tmp.path().join("csv")).len(), TABLES.len());

    // A run that writes fewer or other tables removes the earlier run's tables (a stale
    // links.csv would join with tables it does not belong to), and nothing else.
    fs::write(tmp.path().join("csv/notes.csv"), "mine\n").unwrap();
    let out = run_in(
        tmp.path(),
        &[
            "extract",
            "--format",
            "jsonl",
            "--no-links",
            "--out",
            "csv",
            corpus,
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let mut want: Vec<String> = TABLES
        .iter()
        .filter(|t| !matches!(**t, "links" | "storylines"))
        .map(|t| format!("{t}.jsonl"))
        .chain(["notes.csv".to_string()])
        .collect();
    want.sort();
    assert_eq!(listing(&tmp.path().join("csv")), want, "{}", describe(&out));
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("removed tables left by an earlier run"),
        "{}",
        describe(&out)
    );

    // An output path that cannot be created: fatal (2), nothing written anywhere.
    fs::write(tmp.path().join("plain-file"), "not a folder").unwrap();
    let before = listing(tmp.path());
    for bad in ["plain-file/out", "plain-file"] {
        let out = run_in(tmp.path(), &["extract", "--quiet", "--out", bad, corpus]);
        assert_eq!(out.status.code(), Some(2), "{bad}: {}", describe(&out));
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("plain-file"),
            "{bad}: {}",
            describe(&out)
        );
        assert_eq!(listing(tmp.path()), before, "{bad}: no partial tables");
        assert_eq!(
            fs::read_to_string(tmp.path().join("plain-file")).unwrap(),
            "not a folder"
        );
    }
}

fn extract_tables(cwd: &Path, inputs: &[&str], out: &str, extra: &[&str]) -> PathBuf {
    let mut args = vec!["extract", "--quiet", "--keep-going", "--out", out];
    args.extend_from_slice(extra);
    args.extend_from_slice(inputs);
    let o = run_in(cwd, &args);
    assert_eq!(o.status.code(), Some(0), "{args:?}: {}", describe(&o));
    cwd.join(out)
}

fn assert_same_tables(a: &Path, b: &Path, ext: &str) {
    for t in TABLES {
        let name = format!("{t}.{ext}");
        let (x, y) = (
            fs::read(a.join(&name)).unwrap(),
            fs::read(b.join(&name)).unwrap(),
        );
        assert!(x == y, "{name} differs between {a:?} and {b:?}");
    }
}

#[test]
fn same_tables_for_any_thread_count() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = repo().join("corpus");
    let corpus = corpus.to_str().unwrap();
    let one = extract_tables(tmp.path(), &[corpus], "j1", &["-j", "1"]);
    let two = extract_tables(tmp.path(), &[corpus], "j2", &["-j", "2"]);
    assert_same_tables(&one, &two, "csv");
    assert!(read_csv(&one.join("sentences.csv")).len() > 100);

    let Some(shared) = shared("same_tables_for_any_thread_count (reuters)") else {
        return;
    };
    // 2,000 Reuters stories: several batch chunks, so chunk order matters too.
    let text = fs::read_to_string(shared.join("corpora/reuters21578.jsonl")).unwrap();
    let sample: String = text.lines().take(2000).flat_map(|l| [l, "\n"]).collect();
    fs::write(tmp.path().join("reuters-2000.jsonl"), sample).unwrap();
    let one = extract_tables(tmp.path(), &["reuters-2000.jsonl"], "r1", &["-j", "1"]);
    let two = extract_tables(tmp.path(), &["reuters-2000.jsonl"], "r2", &["-j", "2"]);
    assert_same_tables(&one, &two, "csv");
    assert_eq!(read_csv(&one.join("articles.csv")).len(), 2000);
}

#[test]
fn jsonl_tables_hold_the_csv_records() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = repo().join("corpus");
    let corpus = corpus.to_str().unwrap();
    let csv_dir = extract_tables(tmp.path(), &[corpus], "csv", &[]);
    let json_dir = extract_tables(tmp.path(), &[corpus], "json", &["--format", "jsonl"]);
    for t in TABLES {
        let c = read_csv(&csv_dir.join(format!("{t}.csv")));
        let j = read_jsonl_table(&json_dir.join(format!("{t}.jsonl")));
        assert_eq!(c.len(), j.len(), "{t}: row counts");
        for (i, (cr, jr)) in c.iter().zip(&j).enumerate() {
            assert_eq!(cr, jr, "{t} row {i}");
        }
    }
}

#[test]
fn stdin_to_stdout_streams_one_record_per_article() {
    let input = concat!(
        r#"{"id": "s1", "title": "First", "text": "Markets rose. Investors cheered."}"#,
        "\n",
        r#"{"id": "s2", "text": "The ministry said on Tuesday that talks would resume."}"#,
        "\n",
        r#"{"id": "s3", "text": "Rain is expected.\n\nRoads may flood. Stay home."}"#,
        "\n"
    );
    let tmp = tempfile::tempdir().unwrap();
    let mut child = bin()
        .args(["extract", "-", "--out", "-", "--quiet"])
        .current_dir(tmp.path())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(input.as_bytes())
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let stdout = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    let want = [("s1", 2), ("s2", 1), ("s3", 3)];
    for (line, (id, n)) in lines.iter().zip(want) {
        let v: Value = serde_json::from_str(line).unwrap();
        assert_eq!(v["doc_id"], id, "{line}");
        assert_eq!(v["status"], "ok", "{line}");
        let sentences = v["sentences"].as_array().expect("sentences array");
        assert_eq!(sentences.len(), n, "{line}");
        assert_eq!(v["sentences"][0]["doc_id"], id);
    }
    assert!(listing(tmp.path()).is_empty(), "--out - writes no files");
}

/// Original texts of the articles in an input folder, by doc_id, as the CLI reads them.
fn corpus_texts(root: &Path) -> HashMap<String, String> {
    let mut texts = HashMap::new();
    for entry in fs::read_dir(root).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if name.ends_with(".gold.jsonl") {
            continue;
        }
        if let Some(stem) = name.strip_suffix(".txt") {
            let bytes = fs::read(&path).unwrap();
            let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
            texts.insert(
                stem.to_string(),
                String::from_utf8_lossy(bytes).into_owned(),
            );
        } else if name.ends_with(".jsonl") {
            for line in fs::read_to_string(&path).unwrap().lines() {
                let v: Value = serde_json::from_str(line).unwrap();
                texts.insert(scalar(&v["id"]), scalar(&v["text"]));
            }
        } else if name.ends_with(".csv") {
            for row in read_csv(&path) {
                texts.insert(row["id"].clone(), row["text"].clone());
            }
        }
    }
    texts
}

/// Every sentence and mention row slices its article's original text by code points.
fn assert_offsets_slice(out: &Path, texts: &HashMap<String, String>) {
    let articles = read_csv(&out.join("articles.csv"));
    for a in &articles {
        let text = texts
            .get(&a["doc_id"])
            .unwrap_or_else(|| panic!("no input text for doc_id {:?}", a["doc_id"]));
        assert_eq!(num(a, "chars"), text.chars().count(), "{a:?}");
    }
    for table in ["sentences", "mentions"] {
        for row in read_csv(&out.join(format!("{table}.csv"))) {
            let text = &texts[&row["doc_id"]];
            let got = cp_slice(text, num(&row, "start"), num(&row, "end"));
            assert_eq!(
                got.as_deref(),
                Some(row["text"].as_str()),
                "{table}: {row:?}"
            );
        }
    }
}

#[test]
fn corpus_offsets_slice_the_original_text() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = repo().join("corpus");
    let out = extract_tables(tmp.path(), &[corpus.to_str().unwrap()], "out", &[]);
    let texts = corpus_texts(&corpus);
    assert_offsets_slice(&out, &texts);
    let articles = read_csv(&out.join("articles.csv"));
    assert_eq!(articles.len(), texts.len(), "one row per bundled article");
    assert!(articles.iter().all(|a| a["status"] == "ok"), "{articles:?}");
}

#[test]
fn seed_page_metadata_zones_and_offsets() {
    let Some(shared) = shared("seed_page_metadata_zones_and_offsets") else {
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let seed = shared.join("seed");
    let out = extract_tables(tmp.path(), &[seed.to_str().unwrap()], "out", &[]);
    let articles = read_csv(&out.join("articles.csv"));
    assert_eq!(
        articles.len(),
        1,
        "the gold file is not an article: {articles:?}"
    );
    let a = &articles[0];
    assert_eq!(a["doc_id"], "gadgets360-2021-02-16-musk-putin-clubhouse");
    assert_eq!(
        a["title"],
        "Elon Musk Invites Russia President Vladimir Putin to a Clubhouse Chat, Kremlin Says \u{2018}Interested\u{2019}"
    );
    assert_eq!(a["author"], "Agence France-Presse");
    assert_eq!(a["date"], "2021-02-16");
    assert_eq!(a["status"], "ok");

    let text =
        fs::read_to_string(seed.join("gadgets360-2021-02-16-musk-putin-clubhouse.txt")).unwrap();
    let mut texts = HashMap::new();
    texts.insert(a["doc_id"].clone(), text.clone());
    assert_offsets_slice(&out, &texts);

    let sentences = read_csv(&out.join("sentences.csv"));
    let index_of = |prefix: &str| {
        sentences
            .iter()
            .position(|s| s["text"].starts_with(prefix))
            .unwrap_or_else(|| panic!("no sentence starts with {prefix:?}"))
    };
    let zone_of = |prefix: &str| sentences[index_of(prefix)]["zone"].clone();
    assert_eq!(
        zone_of("Share on Facebook Tweet"),
        "boilerplate",
        "share bar"
    );
    assert_eq!(
        zone_of("Can Realme X7 Pro take on OnePlus Nord?"),
        "boilerplate",
        "promo"
    );
    assert_eq!(
        zone_of("We discussed this on Orbital"),
        "boilerplate",
        "promo"
    );
    let body_from = index_of("Kremlin spokesman Dmitry Peskov said Monday");
    let body_to = sentences
        .iter()
        .position(|s| s["text"].ends_with("artificial intelligence and cryptocurrency."))
        .expect("last body sentence");
    assert!(body_from < body_to);
    for s in &sentences[body_from..=body_to] {
        assert_eq!(s["zone"], "body", "{s:?}");
    }
    let comments = sentences
        .iter()
        .position(|s| s["text"] == "Comments")
        .expect("a Comments line");
    assert!(comments > body_to);
    for s in &sentences[comments..] {
        assert_eq!(s["zone"], "boilerplate", "{s:?}");
    }
}

#[test]
fn sentence_recall_on_hand_checked_gold() {
    let Some(shared) = shared("sentence_recall_on_hand_checked_gold") else {
        return;
    };
    let gold = repo().join("tests/data/sentence-gold.jsonl");
    let corpora = shared.join("corpora");
    let out = run_in(
        &repo(),
        &[
            "eval-sentences",
            gold.to_str().unwrap(),
            "--corpora",
            corpora.to_str().unwrap(),
            "--json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let report: Value = serde_json::from_slice(&out.stdout).expect("a JSON report");
    let recall = report["score"]["recall"].as_f64().expect("score.recall");
    let missing = report["missing_ids"].as_array().map_or(0, Vec::len);
    eprintln!(
        "sentence recall {recall:.4} on {} articles",
        report["articles"]
    );
    assert_eq!(missing, 0, "every gold article is found in the corpora");
    assert!(recall >= 0.95, "sentence recall {recall} < 0.95");
}

/// Regression: two consecutive unterminated quotes balance each other; the second record must
/// not be swallowed into the first one's text (`id,text\na,"broken one\nb,"broken two\nc,fine\n`).
#[test]
fn csv_consecutive_broken_quotes_lose_no_record() {
    let tmp = tempfile::tempdir().unwrap();
    fs::write(
        tmp.path().join("two.csv"),
        "id,text\na,\"broken one\nb,\"broken two\nc,fine\nd,also fine\n",
    )
    .unwrap();
    let out = run_in(
        tmp.path(),
        &["extract", "--quiet", "--out", "out", "two.csv"],
    );
    assert_eq!(out.status.code(), Some(1), "{}", describe(&out));
    let rows = read_csv(&tmp.path().join("out/articles.csv"));
    for line in 2..=5 {
        let suffix = format!("two.csv:{line}");
        assert!(
            rows.iter().any(|r| r["source_path"] == suffix),
            "no row for {suffix}: {rows:?}"
        );
    }
}

/// Regression: tables are persisted temp files, created 0600; other users (a shared analytics
/// box, a Spark job under another account) must be able to read them (0644).
#[test]
#[cfg(unix)]
fn tables_are_readable_by_others() {
    use std::os::unix::fs::PermissionsExt;
    let tmp = tempfile::tempdir().unwrap();
    fs::write(tmp.path().join("a.txt"), "Some text.").unwrap();
    let out = run_in(tmp.path(), &["extract", "--quiet", "--out", "out", "a.txt"]);
    assert_eq!(out.status.code(), Some(0), "{}", describe(&out));
    let probe = tmp.path().join("probe");
    fs::write(&probe, "").unwrap();
    let want = fs::metadata(&probe).unwrap().permissions().mode() & 0o777;
    for t in TABLES {
        let mode = fs::metadata(tmp.path().join(format!("out/{t}.csv")))
            .unwrap()
            .permissions()
            .mode()
            & 0o777;
        assert_eq!(
            mode, want,
            "{t}.csv mode {mode:o}, a new file gets {want:o}"
        );
    }
}
