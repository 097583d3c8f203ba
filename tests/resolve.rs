//! Entity resolution through the real binary: `entity_id` in mentions.csv, `--merge` rules,
//! and the seed article's people (needs `../shared`: skipped with a message when it is
//! absent, a failure under `CI=true`).

mod common;
use common::shared;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_newsfacts"))
}

fn describe(out: &Output) -> String {
    format!(
        "status {:?}\nstdout: {}\nstderr: {}",
        out.status.code(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    )
}

/// mentions.csv as (text, label, entity_id) rows.
fn mentions(dir: &Path) -> Vec<(String, String, String)> {
    let mut r = csv::Reader::from_path(dir.join("mentions.csv")).expect("mentions.csv");
    let headers = r.headers().expect("header").clone();
    let col = |name: &str| {
        headers
            .iter()
            .position(|h| h == name)
            .unwrap_or_else(|| panic!("no {name} column in {headers:?}"))
    };
    let (text, label, id) = (col("text"), col("label"), col("entity_id"));
    r.records()
        .map(|rec| {
            let rec = rec.expect("row");
            (
                rec[text].to_string(),
                rec[label].to_string(),
                rec[id].to_string(),
            )
        })
        .collect()
}

/// Runs `extract` on one text article; returns the output folder (kept in `tmp`).
fn extract(tmp: &Path, text: &str, extra: &[&str]) -> (Output, PathBuf) {
    let input = tmp.join("in");
    std::fs::create_dir_all(&input).expect("mkdir");
    std::fs::write(input.join("a.txt"), text).expect("write article");
    let out_dir = tmp.join("out");
    let mut cmd = bin();
    cmd.arg("extract")
        .arg(&input)
        .arg("--out")
        .arg(&out_dir)
        .arg("-q")
        .args(extra);
    (cmd.output().expect("run newsfacts"), out_dir)
}

const ARTICLE: &str = "Boris Johnson visits Paris\n\n\
    Prime Minister Boris Johnson arrived in Paris on Monday. Johnson met officials from \
    the International Monetary Fund (IMF). The IMF said talks went well, and Johnson's aides agreed.\n";

fn ids_of(rows: &[(String, String, String)], text: &str) -> BTreeSet<String> {
    rows.iter()
        .filter(|r| r.0 == text)
        .map(|r| r.2.clone())
        .collect()
}

#[test]
fn entity_ids_group_name_variants() {
    let tmp = tempfile::tempdir().expect("tmp");
    let (out, dir) = extract(tmp.path(), ARTICLE, &[]);
    assert!(out.status.success(), "{}", describe(&out));
    let rows = mentions(&dir);
    let boris = ids_of(&rows, "Boris Johnson");
    assert_eq!(boris.len(), 1, "{rows:?}");
    assert_eq!(ids_of(&rows, "Johnson"), boris, "{rows:?}");
    assert_eq!(
        ids_of(&rows, "IMF"),
        ids_of(&rows, "International Monetary Fund")
    );
    // Values have no entity.
    assert!(rows
        .iter()
        .filter(|r| ["DATE", "MONEY", "PERCENT", "AGE"].contains(&r.1.as_str()))
        .all(|r| r.2.is_empty()));
    // Named mentions all have one.
    assert!(rows
        .iter()
        .filter(|r| ["PERSON", "ORG", "LOCATION"].contains(&r.1.as_str()))
        .all(|r| !r.2.is_empty()));
}

#[test]
fn merge_file_forces_and_forbids() {
    let tmp = tempfile::tempdir().expect("tmp");
    let merge = tmp.path().join("merge.tsv");
    std::fs::write(
        &merge,
        "entity_id_a\tentity_id_b\trelation\n\
         # keep the bare surname apart; the IMF takes the smaller id of its class\n\
         PERSON:johnson\tPERSON:boris johnson\tdifferent\n\
         ORG:international monetary fund\tORG:imf\tsame\n",
    )
    .expect("write merge");
    let (out, dir) = extract(
        tmp.path(),
        ARTICLE,
        &["--merge", merge.to_str().expect("utf8")],
    );
    assert!(out.status.success(), "{}", describe(&out));
    let rows = mentions(&dir);
    assert_eq!(
        ids_of(&rows, "Johnson").into_iter().collect::<Vec<_>>(),
        ["PERSON:johnson"]
    );
    assert_eq!(
        ids_of(&rows, "Boris Johnson")
            .into_iter()
            .collect::<Vec<_>>(),
        ["PERSON:boris johnson"]
    );
    assert_eq!(
        ids_of(&rows, "IMF").into_iter().collect::<Vec<_>>(),
        ["ORG:imf"]
    );
}

#[test]
fn bad_merge_file_is_a_usage_error() {
    let tmp = tempfile::tempdir().expect("tmp");
    let cases = [
        ("a\tb\n", ":1: expected 3 tab-separated columns"),
        ("# x\na\tb\tperhaps\n", ":2: unknown relation"),
    ];
    for (text, want) in cases {
        let merge = tmp.path().join("bad.tsv");
        std::fs::write(&merge, text).expect("write");
        let (out, _) = extract(
            tmp.path(),
            ARTICLE,
            &["--merge", merge.to_str().expect("utf8")],
        );
        assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains("bad.tsv") && err.contains(want), "{err}");
    }
    let (out, _) = extract(tmp.path(), ARTICLE, &["--merge", "/nonexistent/merge.tsv"]);
    assert_eq!(out.status.code(), Some(2), "{}", describe(&out));
}

/// The seed: one entity each for Elon Musk (6 full + 6 short mentions), Vladimir Putin and
/// Dmitry Peskov.
#[test]
fn seed_people_are_one_entity_each() {
    let Some(shared) = shared("seed_people_are_one_entity_each") else {
        return;
    };
    let tmp = tempfile::tempdir().expect("tmp");
    let out_dir = tmp.path().join("out");
    let out = bin()
        .arg("extract")
        .arg(shared.join("seed"))
        .arg("--out")
        .arg(&out_dir)
        .arg("-q")
        .output()
        .expect("run newsfacts");
    assert!(out.status.success(), "{}", describe(&out));
    let rows = mentions(&out_dir);
    let mut by_id: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for r in rows.iter().filter(|r| r.1 == "PERSON") {
        by_id.entry(r.2.as_str()).or_default().push(r.0.as_str());
    }
    for (full, short, want_full, want_short) in [
        ("Elon Musk", "Musk", Some(6), Some(6)),
        ("Vladimir Putin", "Putin", None, None),
        ("Dmitry Peskov", "Peskov", None, None),
    ] {
        let ids: BTreeSet<&str> = rows
            .iter()
            .filter(|r| r.0 == full || r.0 == short)
            .map(|r| r.2.as_str())
            .collect();
        assert_eq!(ids.len(), 1, "{full}: {ids:?}");
        let id = ids.into_iter().next().expect("one id");
        let surfaces = &by_id[id];
        let n_full = surfaces.iter().filter(|s| **s == full).count();
        let n_short = surfaces.iter().filter(|s| **s == short).count();
        assert!(n_full > 0 && n_short > 0, "{full}: {surfaces:?}");
        if let (Some(f), Some(s)) = (want_full, want_short) {
            assert_eq!((n_full, n_short), (f, s), "{full}: {surfaces:?}");
        }
        // Nothing else joined the entity.
        assert!(
            surfaces.iter().all(|s| *s == full || *s == short),
            "{surfaces:?}"
        );
    }
}
