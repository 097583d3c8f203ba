//! Fuzz target: the whole per-article pipeline (with gazetteers) on arbitrary bytes.
//!
//! Takes: any bytes, decoded as the ingest stage decodes a text file (BOM dropped, invalid
//! UTF-8 replaced by U+FFFD). Gives: a crash (panic or failed invariant) for libFuzzer to
//! minimise. The invariants are a minimal copy of `check` in tests/properties.rs: spans on char
//! boundaries, zones covering the text, sentences ordered, trimmed, inside their zone and
//! covering every non-whitespace char, tokens and mentions inside sentences, exported
//! code-point offsets slicing the text. Does not: judge accuracy.
#![no_main]

use libfuzzer_sys::fuzz_target;
use newsfacts::export::rows::detail_rows;
use newsfacts::model::{Analysis, Article};
use newsfacts::pipeline::Pipeline;
use std::sync::OnceLock;

fn pipeline() -> &'static Pipeline {
    static P: OnceLock<Pipeline> = OnceLock::new();
    P.get_or_init(|| Pipeline::with_default_gazetteers().expect("the built-in gazetteers load"))
}

fn span(text: &str, what: &str, start: usize, end: usize) {
    assert!(
        start < end && end <= text.len(),
        "{what} {start}..{end} out of 0..{}",
        text.len()
    );
    assert!(
        text.is_char_boundary(start) && text.is_char_boundary(end),
        "{what} {start}..{end} not on char boundaries"
    );
}

fn cp_slice(text: &str, start: usize, end: usize) -> String {
    text.chars()
        .skip(start)
        .take(end.saturating_sub(start))
        .collect()
}

fn check(text: &str, a: &Analysis) {
    assert_eq!(a.article.text, text, "the text was rewritten");
    let mut at = 0;
    for z in &a.zones {
        span(text, "zone", z.start, z.end);
        assert_eq!(z.start, at, "zones are not contiguous");
        at = z.end;
    }
    assert_eq!(at, text.len(), "zones do not cover the text");
    let mut prev = 0;
    for s in &a.sentences {
        span(text, "sentence", s.start, s.end);
        assert!(s.start >= prev, "sentences overlap");
        prev = s.end;
        let body = &text[s.start..s.end];
        assert_eq!(body.trim(), body, "sentence not trimmed");
        let z = a
            .zones
            .iter()
            .find(|z| z.start <= s.start && s.start < z.end)
            .expect("sentence in a zone");
        assert!(
            s.end <= z.end && s.zone == z.zone,
            "sentence {s:?} outside zone {z:?}"
        );
    }
    let mut si = 0;
    for (b, c) in text.char_indices() {
        while si < a.sentences.len() && a.sentences[si].end <= b {
            si += 1;
        }
        let inside = a.sentences.get(si).is_some_and(|s| s.start <= b);
        assert!(
            c.is_whitespace() || inside,
            "char {c:?} at {b} in no sentence"
        );
    }
    let mut prev = 0;
    let mut si = 0;
    for t in &a.tokens {
        span(text, "token", t.start, t.end);
        assert!(t.start >= prev, "tokens overlap");
        prev = t.end;
        while si < a.sentences.len() && a.sentences[si].end <= t.start {
            si += 1;
        }
        let s = a.sentences.get(si).expect("token in a sentence");
        assert!(
            s.start <= t.start && t.end <= s.end,
            "token {t:?} outside {s:?}"
        );
    }
    for m in &a.mentions {
        span(text, "mention", m.start, m.end);
        let s = a
            .sentences
            .get(m.sentence)
            .expect("mention's sentence exists");
        assert!(
            m.start >= s.start && m.end <= s.end,
            "mention {m:?} outside {s:?}"
        );
    }
    let rows = detail_rows(a);
    for r in &rows.sentences {
        assert_eq!(
            cp_slice(text, r.start, r.end),
            r.text,
            "sentence row offsets"
        );
    }
    for r in &rows.mentions {
        assert_eq!(
            cp_slice(text, r.start, r.end),
            r.text,
            "mention row offsets"
        );
    }
}

fuzz_target!(|data: &[u8]| {
    let bytes = data.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(data);
    let text = String::from_utf8_lossy(bytes).into_owned();
    let analysis = pipeline().analyse(Article {
        id: "fuzz".into(),
        source_path: "fuzz.txt".into(),
        text: text.clone(),
        ..Default::default()
    });
    check(&text, &analysis);
});
