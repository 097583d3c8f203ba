//! Gold documents and the JSON Lines reader of GUIDELINE.md.
//!
//! Takes a gold file path and a [`GoldFormat`]; gives validated [`GoldDoc`]s with code-point spans.
//! Every entity must satisfy `text[start:end] == entity.text` (code points, as in Python) and a
//! MONEY entity must carry `amount` and `currency`; all problems are reported together, each
//! with its `file:line`, and the load fails. It does not read CoNLL (see [`super::conll`]) and
//! does not interpret relations (they are kept as raw JSON).

use crate::model::Label;
use serde::Deserialize;
use std::path::Path;
use std::str::FromStr;

/// Gold file format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum GoldFormat {
    /// `.jsonl`/`.json` → JSON Lines, `.conll` → CoNLL, otherwise sniffed from the first
    /// non-blank character (`{` → JSON Lines).
    #[default]
    Auto,
    Jsonl,
    Conll,
}

impl FromStr for GoldFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "auto" => Ok(GoldFormat::Auto),
            "jsonl" | "json" => Ok(GoldFormat::Jsonl),
            "conll" | "conll2003" => Ok(GoldFormat::Conll),
            other => Err(format!(
                "unknown gold format {other:?} (auto, jsonl, conll)"
            )),
        }
    }
}

/// Which annotation scheme a document follows; CoNLL lacks APP, PRODUCT and MONEY.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scheme {
    Guideline,
    Conll,
}

/// One gold entity; offsets are Unicode code points, end-exclusive.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldEntity {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub text: String,
    pub canonical: Option<String>,
    pub amount: Option<f64>,
    pub amount_max: Option<f64>,
    pub currency: Option<String>,
    pub approx: bool,
}

/// A code-point span (an `ignore` span of the gold).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldSpan {
    pub start: usize,
    pub end: usize,
    pub text: Option<String>,
}

/// One gold article.
#[derive(Clone, Debug, PartialEq)]
pub struct GoldDoc {
    pub id: String,
    /// `file:line` of the record (the `-DOCSTART-` line for CoNLL).
    pub source: String,
    pub scheme: Scheme,
    pub text: String,
    pub entities: Vec<GoldEntity>,
    pub ignore: Vec<GoldSpan>,
    /// Relations as written in the gold (not scored here).
    pub relations: Vec<serde_json::Value>,
}

/// Why a gold file could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum GoldError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}: {} invalid gold record(s):\n  {}", problems.len(), problems.iter().take(50).cloned().collect::<Vec<_>>().join("\n  "))]
    Invalid {
        path: String,
        /// One line per problem, each starting with `file:line:`.
        problems: Vec<String>,
    },
}

/// Reads and validates a gold file.
pub fn load_gold(path: impl AsRef<Path>, format: GoldFormat) -> Result<Vec<GoldDoc>, GoldError> {
    let path = path.as_ref();
    let shown = path.display().to_string();
    let content = std::fs::read_to_string(path).map_err(|source| GoldError::Io {
        path: shown.clone(),
        source,
    })?;
    let result = match resolve_format(path, &content, format) {
        GoldFormat::Conll => {
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "conll".into());
            super::conll::parse_conll(&content, &shown, &stem)
        }
        _ => parse_jsonl(&content, &shown),
    };
    result.map_err(|problems| GoldError::Invalid {
        path: shown,
        problems,
    })
}

fn resolve_format(path: &Path, content: &str, format: GoldFormat) -> GoldFormat {
    if format != GoldFormat::Auto {
        return format;
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase());
    match ext.as_deref() {
        Some("jsonl" | "json") => GoldFormat::Jsonl,
        Some("conll") => GoldFormat::Conll,
        _ if content.trim_start().starts_with('{') => GoldFormat::Jsonl,
        _ => GoldFormat::Conll,
    }
}

#[derive(Deserialize)]
struct RawDoc {
    id: String,
    text: String,
    #[serde(default)]
    entities: Vec<RawEntity>,
    #[serde(default)]
    ignore: Vec<RawSpan>,
    #[serde(default)]
    relations: Vec<serde_json::Value>,
}

#[derive(Deserialize)]
struct RawEntity {
    start: usize,
    end: usize,
    label: String,
    text: String,
    canonical: Option<String>,
    amount: Option<f64>,
    amount_max: Option<f64>,
    currency: Option<String>,
    #[serde(default)]
    approx: bool,
}

#[derive(Deserialize)]
struct RawSpan {
    start: usize,
    end: usize,
    text: Option<String>,
}

/// Byte offset of every code point of a text, plus the text length: `starts[c]` for `c <= len`.
pub(crate) struct CodePoints<'a> {
    text: &'a str,
    starts: Vec<usize>,
}

impl<'a> CodePoints<'a> {
    pub(crate) fn new(text: &'a str) -> CodePoints<'a> {
        let mut starts: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        starts.push(text.len());
        CodePoints { text, starts }
    }

    /// Number of code points.
    pub(crate) fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// `text[start:end]` in code points, clamped to the text.
    pub(crate) fn slice(&self, start: usize, end: usize) -> &'a str {
        let end = end.min(self.len());
        let start = start.min(end);
        &self.text[self.starts[start]..self.starts[end]]
    }
}

/// Parses GUIDELINE.md JSON Lines; `Err` lists every problem as `file:line: ...`.
pub(crate) fn parse_jsonl(content: &str, path: &str) -> Result<Vec<GoldDoc>, Vec<String>> {
    let mut docs = Vec::new();
    let mut problems = Vec::new();
    for (i, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = format!("{path}:{}", i + 1);
        let raw: RawDoc = match serde_json::from_str(line) {
            Ok(raw) => raw,
            Err(e) => {
                problems.push(format!("{at}: invalid record: {e}"));
                continue;
            }
        };
        let cps = CodePoints::new(&raw.text);
        let mut entities = Vec::with_capacity(raw.entities.len());
        for (k, e) in raw.entities.into_iter().enumerate() {
            let what = format!(
                "{at}: {} entity {k} {:?} [{}, {})",
                raw.id, e.text, e.start, e.end
            );
            if let Some(p) = span_problem(&cps, e.start, e.end, Some(&e.text)) {
                problems.push(format!("{what}: {p}"));
                continue;
            }
            let Some(label) = Label::parse(&e.label) else {
                problems.push(format!("{what}: unknown label {:?}", e.label));
                continue;
            };
            if label == Label::Money && (e.amount.is_none() || e.currency.is_none()) {
                problems.push(format!("{what}: MONEY without amount or currency"));
                continue;
            }
            entities.push(GoldEntity {
                start: e.start,
                end: e.end,
                label,
                text: e.text,
                canonical: e.canonical,
                amount: e.amount,
                amount_max: e.amount_max,
                currency: e.currency,
                approx: e.approx,
            });
        }
        let mut ignore = Vec::with_capacity(raw.ignore.len());
        for (k, s) in raw.ignore.into_iter().enumerate() {
            if let Some(p) = span_problem(&cps, s.start, s.end, s.text.as_deref()) {
                problems.push(format!(
                    "{at}: {} ignore span {k} [{}, {}): {p}",
                    raw.id, s.start, s.end
                ));
                continue;
            }
            ignore.push(GoldSpan {
                start: s.start,
                end: s.end,
                text: s.text,
            });
        }
        docs.push(GoldDoc {
            id: raw.id,
            source: at,
            scheme: Scheme::Guideline,
            text: raw.text,
            entities,
            ignore,
            relations: raw.relations,
        });
    }
    if problems.is_empty() {
        Ok(docs)
    } else {
        Err(problems)
    }
}

fn span_problem(cps: &CodePoints, start: usize, end: usize, text: Option<&str>) -> Option<String> {
    if start >= end {
        return Some("empty or reversed span".into());
    }
    if end > cps.len() {
        return Some(format!("end beyond the text ({} code points)", cps.len()));
    }
    match text {
        Some(t) if cps.slice(start, end) != t => {
            Some(format!("text[start:end] is {:?}", cps.slice(start, end)))
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(entities: &str) -> String {
        format!(r#"{{"id": "d", "text": "Zürich’s Musk paid $5m", "entities": [{entities}]}}"#)
    }

    #[test]
    fn jsonl_validation_table() {
        // (entities JSON, expected problem substring or None when valid)
        let cases: &[(&str, Option<&str>)] = &[
            (
                r#"{"start": 0, "end": 6, "label": "LOCATION", "text": "Zürich"}"#,
                None,
            ),
            (
                r#"{"start": 9, "end": 13, "label": "PER", "text": "Musk"}"#,
                None,
            ),
            (
                r#"{"start": 19, "end": 22, "label": "MONEY", "text": "$5m", "amount": 5e6, "currency": "USD"}"#,
                None,
            ),
            (
                r#"{"start": 9, "end": 12, "label": "PERSON", "text": "Musk"}"#,
                Some("text[start:end] is \"Mus\""),
            ),
            (
                r#"{"start": 10, "end": 14, "label": "PERSON", "text": "Musk"}"#,
                Some("text[start:end]"),
            ),
            (
                r#"{"start": 9, "end": 13, "label": "HERO", "text": "Musk"}"#,
                Some("unknown label"),
            ),
            (
                r#"{"start": 19, "end": 22, "label": "MONEY", "text": "$5m"}"#,
                Some("MONEY without"),
            ),
            (
                r#"{"start": 19, "end": 40, "label": "MONEY", "text": "$5m"}"#,
                Some("end beyond"),
            ),
            (
                r#"{"start": 9, "end": 9, "label": "PERSON", "text": ""}"#,
                Some("empty"),
            ),
            (r#"{"start": "x"}"#, Some("invalid record")),
        ];
        for (entity, expected) in cases {
            let content = format!("\n{}\n", line(entity));
            match (parse_jsonl(&content, "g.jsonl"), expected) {
                (Ok(docs), None) => assert_eq!(docs[0].entities.len(), 1, "{entity}"),
                (Err(problems), Some(want)) => {
                    assert_eq!(problems.len(), 1, "{entity}");
                    assert!(problems[0].starts_with("g.jsonl:2: "), "{}", problems[0]);
                    assert!(problems[0].contains(want), "{entity}: {}", problems[0]);
                }
                (got, _) => panic!("{entity}: unexpected {got:?}"),
            }
        }
    }

    #[test]
    fn load_gold_reports_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("bad.jsonl");
        let good = line(r#"{"start": 9, "end": 13, "label": "PERSON", "text": "Musk"}"#);
        let bad = line(r#"{"start": 0, "end": 5, "label": "LOCATION", "text": "Zürich"}"#);
        std::fs::write(&path, format!("{good}\n{bad}\n")).unwrap();
        let err = load_gold(&path, GoldFormat::Auto).unwrap_err();
        let msg = err.to_string();
        assert!(msg.contains("bad.jsonl:2: d entity 0"), "{msg}");
        assert!(!msg.contains("bad.jsonl:1:"), "{msg}");
        let missing = load_gold(dir.path().join("none.jsonl"), GoldFormat::Auto);
        assert!(matches!(missing, Err(GoldError::Io { .. })));
    }

    #[test]
    fn ignore_spans_and_relations_are_kept() {
        let content = r#"{"id": "d", "text": "on Orbital today", "entities": [], "ignore": [{"start": 3, "end": 10, "text": "Orbital"}], "relations": [{"subject": "A", "predicate": "age", "object": "3"}]}"#;
        let docs = parse_jsonl(content, "g").unwrap();
        assert_eq!(
            docs[0].ignore,
            vec![GoldSpan {
                start: 3,
                end: 10,
                text: Some("Orbital".into())
            }]
        );
        assert_eq!(docs[0].relations.len(), 1);
        assert_eq!(docs[0].source, "g:1");
        let bad = content.replace("\"end\": 10", "\"end\": 9");
        assert!(parse_jsonl(&bad, "g").unwrap_err()[0].contains("ignore span 0"));
    }

    #[test]
    fn format_resolution_table() {
        let cases: &[(&str, &str, GoldFormat, GoldFormat)] = &[
            ("a.jsonl", "x", GoldFormat::Auto, GoldFormat::Jsonl),
            ("a.conll", "{", GoldFormat::Auto, GoldFormat::Conll),
            ("a.txt", "  {\"id\"", GoldFormat::Auto, GoldFormat::Jsonl),
            (
                "a.txt",
                "-DOCSTART- -X- O O",
                GoldFormat::Auto,
                GoldFormat::Conll,
            ),
            ("a.jsonl", "{", GoldFormat::Conll, GoldFormat::Conll),
        ];
        for (path, content, format, expected) in cases {
            assert_eq!(
                resolve_format(Path::new(path), content, *format),
                *expected,
                "{path}"
            );
        }
        assert_eq!("CoNLL".parse::<GoldFormat>(), Ok(GoldFormat::Conll));
        assert!("xml".parse::<GoldFormat>().is_err());
    }
}
