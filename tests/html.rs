//! HTML input through the real binary: extraction, metadata, `--keep-text`, bad pages, and the
//! html-dev quality floors.
//!
//! Takes: the `newsfacts` binary, small pages generated at test time (one per kind of bad
//! HTML), and ../shared/eval/html-dev when it exists (skipped with a message when absent, a
//! failure under `CI=true`). Gives: checks that every page gets an `ok` row (with a warning
//! where something was repaired), never a crash, and that offsets slice the kept text.

mod common;
use common::{read_csv, Row};

use std::path::PathBuf;
use std::process::{Command, Output, Stdio};

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_newsfacts"))
        .args(args)
        .stdin(Stdio::null())
        .output()
        .expect("the newsfacts binary runs")
}

/// Extracts `pages` (file name, bytes) written into a fresh folder; returns (output dir, rows).
fn extract(pages: &[(&str, Vec<u8>)]) -> (tempfile::TempDir, Vec<Row>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("in");
    std::fs::create_dir_all(&input).expect("mkdir");
    for (name, bytes) in pages {
        std::fs::write(input.join(name), bytes).expect("write page");
    }
    let out = dir.path().join("out");
    let o = run(&[
        "extract",
        input.to_str().expect("utf-8 path"),
        "--out",
        out.to_str().expect("utf-8 path"),
        "--keep-text",
        "--no-default-gazetteers",
        "-q",
        "-j",
        "1",
    ]);
    assert!(
        o.status.success(),
        "exit {:?}: {}",
        o.status.code(),
        String::from_utf8_lossy(&o.stderr)
    );
    let rows = read_csv(&out.join("articles.csv"));
    (dir, rows)
}

fn kept_text(dir: &tempfile::TempDir, id: &str) -> String {
    std::fs::read_to_string(dir.path().join("out").join(format!("text/{id}.txt")))
        .expect("--keep-text wrote the text")
}

const STORY: &str = "<p>Elon Musk agreed on Monday to buy Twitter for $44 billion, the company said in a statement.</p>\
    <p>The deal, which needs approval from shareholders, is expected to close this year, people said.</p>";

#[test]
fn page_gives_text_metadata_and_checkable_offsets() {
    let page = format!(
        r##"<!doctype html><html><head><title>Musk buys Twitter | Paper</title>
        <meta property="og:title" content="Musk buys Twitter">
        <meta property="article:published_time" content="2022-04-25T20:00:00-04:00">
        <meta name="author" content="Jane Roe"><link rel="canonical" href="https://paper.example/musk">
        <script>document.write("script text")</script><style>.x {{ color: red }}</style></head>
        <body><nav><a href="/">Home</a><a href="/tech">Tech</a></nav><article><h1>Musk buys Twitter</h1>{STORY}
        <div class="share-bar"><a href="#">Share</a></div></article><footer>© Paper</footer></body></html>"##
    );
    let (dir, rows) = extract(&[("musk.html", page.into_bytes())]);
    assert_eq!(rows.len(), 1);
    let r = &rows[0];
    assert_eq!(r["status"], "ok", "{r:?}");
    assert_eq!(r["title"], "Musk buys Twitter");
    assert_eq!(r["date"], "2022-04-25");
    assert_eq!(r["author"], "Jane Roe");
    assert_eq!(r["url"], "https://paper.example/musk");
    let text = kept_text(&dir, "musk");
    assert!(
        text.starts_with("Musk buys Twitter\n\nElon Musk agreed"),
        "{text}"
    );
    for absent in ["script text", "color", "Home", "Share", "© Paper"] {
        assert!(!text.contains(absent), "{absent:?} in {text:?}");
    }
    // Offsets are code points into the kept text.
    let chars: Vec<char> = text.chars().collect();
    let out = dir.path().join("out");
    let sentences = read_csv(&out.join("sentences.csv"));
    assert_eq!(sentences[0]["zone"], "title");
    let mentions = read_csv(&out.join("mentions.csv"));
    assert!(mentions.iter().any(|m| m["text"] == "$44 billion"));
    for row in sentences.iter().chain(&mentions) {
        let (s, e): (usize, usize) = (row["start"].parse().unwrap(), row["end"].parse().unwrap());
        let slice: String = chars[s..e].iter().collect();
        assert_eq!(slice, row["text"], "{row:?}");
    }
}

/// Bad pages: each gets an `ok` or `warning` row, its story text, and (where something was repaired) a
/// warning in the message column.
#[test]
fn bad_html_is_best_effort_never_a_crash() {
    let mut deep = String::from("<html><body>");
    deep.push_str(&"<div>".repeat(100_000));
    deep.push_str(STORY);
    deep.push_str(&"</span>".repeat(1000));
    // 20 MB: inline scripts and data, a long list of links, the story in the middle.
    let mut huge = String::from("<html><head><script>var data = [");
    while huge.len() < 10 * 1024 * 1024 {
        huge.push_str("{\"id\": 1, \"html\": \"<p>not the story</p>\"},\n");
    }
    huge.push_str("];</script></head><body><article>");
    huge.push_str(STORY);
    huge.push_str("</article><div class=\"more\">");
    while huge.len() < 20 * 1024 * 1024 {
        huge.push_str("<div class=\"promo\"><a href=\"/x\">More news here</a></div>\n");
    }
    huge.push_str("</div></body></html>");
    let mut latin1 = b"<html><head><meta charset=\"windows-1252\"></head><body><p>M\xfcnchen: Die Stadt hat am Montag \x84neue\x93 Regeln beschlossen, hie\xdf es.</p></body></html>".to_vec();
    latin1.extend_from_slice(STORY.as_bytes());
    let cyrillic = b"<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"></head><body><p>\xcc\xee\xf1\xea\xe2\xe0, \xe3\xee\xf0\xee\xe4 \xe8 \xf1\xf2\xee\xeb\xe8\xf6\xe0, \xe1\xee\xeb\xfc\xf8\xee\xe9 \xe3\xee\xf0\xee\xe4.</p></body></html>".to_vec();
    let cases: Vec<(&str, Vec<u8>, &str, Option<&str>)> = vec![
        // (file, page, text that must be in the extracted text, warning substring)
        (
            "unclosed.html",
            format!("<html><body><div><p>{}<p>Second paragraph, unclosed, with some words.<div><span>", STORY).into_bytes(),
            "Second paragraph, unclosed",
            None,
        ),
        (
            "unterminated.htm",
            format!("<html><body>{STORY}<!-- a comment that never ends").into_bytes(),
            "expected to close this year",
            Some("malformed HTML"),
        ),
        ("deep.html", deep.into_bytes(), "expected to close this year", None),
        ("huge.html", huge.into_bytes(), "Elon Musk agreed", None),
        (
            "scripts.html",
            format!("<html><body><script>var s = '<p>not the story, no, not at all, never</p>';</script><style>p {{}}</style>{STORY}</body></html>").into_bytes(),
            "Elon Musk agreed",
            None,
        ),
        ("latin1.html", latin1, "München: Die Stadt hat am Montag „neue“ Regeln", None),
        ("cyrillic.html", cyrillic, "Москва, город и столица", None),
        ("nobody.html", STORY.as_bytes().to_vec(), "Elon Musk agreed", Some("without a <body>")),
        (
            "mislabelled.html",
            format!("<meta charset=\"iso-8859-1\"><body><p>Zürich, Genf und Basel wählen am Sonntag, hieß es.</p>{STORY}").into_bytes(),
            "Zürich, Genf",
            Some("valid UTF-8"),
        ),
        ("empty.html", Vec::new(), "", Some("no main content")),
    ];
    let pages: Vec<(&str, Vec<u8>)> = cases.iter().map(|(n, p, _, _)| (*n, p.clone())).collect();
    let (dir, rows) = extract(&pages);
    assert_eq!(rows.len(), cases.len());
    for (name, _, want, warning) in &cases {
        let id = name.rsplit_once('.').map_or(*name, |(stem, _)| stem);
        let row = rows
            .iter()
            .find(|r| r["doc_id"] == id)
            .unwrap_or_else(|| panic!("no row for {name}"));
        let status = if warning.is_some() {
            "warning"
        } else {
            row["status"].as_str()
        };
        assert!(["ok", "warning"].contains(&status), "{name}: {row:?}");
        assert_eq!(row["status"], status, "{name}: {row:?}");
        let text = kept_text(&dir, id);
        assert!(text.contains(want), "{name}: {want:?} not in {text:?}");
        assert!(!text.contains("not the story"), "{name}: script text kept");
        if let Some(w) = warning {
            assert!(
                row["message"].contains(w),
                "{name}: no {w:?} warning in {row:?}"
            );
        }
    }
    let huge_text = kept_text(&dir, "huge");
    assert!(!huge_text.contains("More news here"), "link furniture kept");
}

#[test]
fn jsonl_records_with_an_html_field() {
    let dir = tempfile::tempdir().expect("temp dir");
    let input = dir.path().join("pages.jsonl");
    let page = format!("<html><head><meta property=\"og:title\" content=\"From the page\"></head><body>{STORY}</body></html>");
    let lines = [
        serde_json::json!({"id": "p1", "html": page}),
        serde_json::json!({"id": "p2", "html": page, "title": "Given title"}),
        serde_json::json!({"id": "p3", "text": "Plain text wins over html.", "html": page}),
    ];
    let body: String = lines.iter().map(|l| format!("{l}\n")).collect();
    std::fs::write(&input, body).expect("write");
    let out = dir.path().join("out");
    let o = run(&[
        "extract",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
        "--keep-text",
        "--no-default-gazetteers",
        "-q",
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let rows = read_csv(&out.join("articles.csv"));
    let titles: Vec<&str> = rows.iter().map(|r| r["title"].as_str()).collect();
    assert_eq!(titles[..2], ["From the page", "Given title"]);
    let t1 = std::fs::read_to_string(out.join("text/p1.txt")).unwrap();
    assert!(t1.starts_with("From the page\n\nElon Musk agreed"), "{t1}");
    let t3 = std::fs::read_to_string(out.join("text/p3.txt")).unwrap();
    assert_eq!(t3, "Plain text wins over html.");
}

fn html_dev(test: &str) -> Option<PathBuf> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/html-dev");
    if dir.join("expected.jsonl").is_file() {
        return Some(dir);
    }
    if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{test}: ../shared/eval/html-dev is required when CI=true but {dir:?} is missing");
    }
    eprintln!("{test}: skipped, ../shared/eval/html-dev not found");
    None
}

/// Regression floors on html-dev (see `newsfacts eval-html`). The title floor is below the
/// issue's 95% target: the measured rate is in the README, and the floor catches regressions.
#[test]
fn html_dev_floors() {
    let Some(dir) = html_dev("html_dev_floors") else {
        return;
    };
    let r = newsfacts::eval::html::evaluate_html(&dir, None).expect("html-dev evaluates");
    assert!(r.pages.len() >= 90, "{} pages", r.pages.len());
    eprintln!(
        "html-dev: found {:.3} precision {:.3} titles {:.3} dates {:.3}",
        r.avg_found, r.avg_precision, r.title_rate, r.date_rate
    );
    assert!(r.avg_found >= 0.95, "paragraphs found {:.3}", r.avg_found);
    assert!(r.avg_precision >= 0.90, "precision {:.3}", r.avg_precision);
    assert!(r.title_rate >= 0.92, "titles {:.3}", r.title_rate);
    assert!(r.date_rate >= 0.90, "dates {:.3}", r.date_rate);
}
