//! `newsfacts eval`: scores the pipeline against gold files.
//!
//! Takes gold documents ([`load_gold`]: GUIDELINE.md JSON Lines or CoNLL-2003 columns) and a
//! [`Pipeline`](crate::pipeline::Pipeline); gives an [`EvalReport`] (exact-span precision, recall
//! and F1 per label and micro overall, money field accuracy, a sample of errors) that prints as a
//! fixed-width table and serialises to JSON. [`evaluate_sentences`] scores the sentence splitter
//! against sentence-span gold over the raw corpora.
//!
//! ```
//! use newsfacts::eval::{evaluate, EvalOptions, GoldDoc, GoldEntity, Scheme};
//! use newsfacts::Pipeline;
//! let doc = GoldDoc {
//!     id: "d1".into(), source: "inline".into(), scheme: Scheme::Guideline,
//!     text: "Talks resume.".into(), entities: vec![], ignore: vec![], relations: vec![],
//! };
//! let report = evaluate(&Pipeline::without_gazetteers(), &[doc], &EvalOptions::default());
//! assert_eq!(report.docs, 1);
//! println!("{report}");
//! ```
//!
//! Scoring rules (see [`score`] for the details):
//! - a prediction is correct when its code-point span and label equal a gold entity's;
//! - predictions in every zone count (gold annotates the whole text);
//! - a prediction that matches no gold entity and overlaps an `ignore` span is dropped;
//! - labels outside the label set are dropped on both sides;
//! - CoNLL gold: MISC spans become `ignore` spans, predicted APP counts as ORG and predicted
//!   PRODUCT is dropped (CoNLL has neither label; its ORG covers platforms and its MISC products).
//!
//! [`facts::evaluate_facts`] scores extracted facts against gold relations, and
//! [`coref::evaluate_coref`] in-article entity resolution against gold canonicals. Links
//! across articles are not scored here.

pub mod conll;
pub mod coref;
pub mod facts;
pub mod gold;
pub mod html;
pub mod links;
pub mod relations;
pub mod score;
pub mod sentences;

pub use coref::{evaluate_coref, CorefReport};
pub use facts::{evaluate_facts, FactReport};
pub use gold::{load_gold, GoldDoc, GoldEntity, GoldError, GoldFormat, GoldSpan, Scheme};
pub use relations::{is_relation_gold, load_relation_gold};
pub use score::{
    evaluate, score_analyses, ErrorItem, ErrorKind, EvalReport, FieldShare, LabelScore,
    MoneyReport, Score,
};
pub use sentences::{evaluate_sentences, MismatchKind, SentenceMismatch, SentenceReport};

use crate::model::Label;

/// What [`evaluate`] scores and how much it lists.
#[derive(Clone, Debug, Default)]
pub struct EvalOptions {
    /// Labels to score; `None` scores the labels present in the gold.
    pub labels: Option<Vec<Label>>,
    /// Treat ORG and APP as one label (ORG) in gold and predictions alike.
    pub merge_org_app: bool,
    /// How many false positives and how many false negatives to list.
    pub show_errors: usize,
    /// Gold file format (used by the CLI when it calls [`load_gold`]).
    pub format: GoldFormat,
}

/// Parses a comma-separated label list such as `PERSON,ORG,LOCATION,MONEY`.
pub fn parse_labels(s: &str) -> Result<Vec<Label>, String> {
    let mut out = Vec::new();
    for part in s.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let label = Label::parse(part).ok_or_else(|| format!("unknown label {part:?}"))?;
        if !out.contains(&label) {
            out.push(label);
        }
    }
    if out.is_empty() {
        return Err("empty label list".into());
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::PathBuf;

    #[test]
    fn parse_labels_table() {
        let cases: &[(&str, Option<Vec<Label>>)] = &[
            ("PERSON,ORG", Some(vec![Label::Person, Label::Org])),
            (
                " per , loc ,PER",
                Some(vec![Label::Person, Label::Location]),
            ),
            ("MONEY", Some(vec![Label::Money])),
            ("", None),
            ("PERSON,FOO", None),
        ];
        for (input, expected) in cases {
            assert_eq!(parse_labels(input).ok(), *expected, "{input:?}");
        }
    }

    /// `../shared` next to the worktree, or `None` (with a message) when it is absent and CI is unset.
    fn shared_dir() -> Option<PathBuf> {
        let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared");
        if dir.is_dir() {
            return Some(dir);
        }
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("CI=true but {} is missing", dir.display());
        }
        eprintln!("skipping: {} is absent", dir.display());
        None
    }

    #[test]
    fn real_gold_files_load_with_expected_counts() {
        let Some(shared) = shared_dir() else { return };
        let dev = load_gold(shared.join("eval/news-dev.jsonl"), GoldFormat::Auto)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(dev.len(), 40);
        let n: usize = dev.iter().map(|d| d.entities.len()).sum();
        assert_eq!(n, 967, "news-dev entity count");
        assert!(dev.iter().all(|d| d.scheme == Scheme::Guideline));

        let conll = load_gold(shared.join("eval/conll2003/dev.txt"), GoldFormat::Auto)
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(conll.len(), 216);
        let n: usize = conll.iter().map(|d| d.entities.len()).sum();
        let misc: usize = conll.iter().map(|d| d.ignore.len()).sum();
        // PER 1842 + ORG 1341 + LOC 1837; MISC 922 become ignore spans.
        assert_eq!((n, misc), (5020, 922));
        for doc in &conll {
            for e in &doc.entities {
                let surface: String = doc
                    .text
                    .chars()
                    .skip(e.start)
                    .take(e.end - e.start)
                    .collect();
                assert_eq!(surface, e.text, "{}", doc.id);
            }
        }
    }

    /// Prints the reports over the real dev sets: `cargo test --lib eval::tests::print_dev -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn print_dev_reports() {
        let Some(shared) = shared_dir() else { return };
        let pipeline = crate::pipeline::Pipeline::without_gazetteers();
        let opts = EvalOptions {
            show_errors: 5,
            ..Default::default()
        };
        for path in ["eval/news-dev.jsonl", "eval/conll2003/dev.txt"] {
            let docs =
                load_gold(shared.join(path), GoldFormat::Auto).unwrap_or_else(|e| panic!("{e}"));
            let started = std::time::Instant::now();
            let report = evaluate(&pipeline, &docs, &opts);
            println!("== {path} ({:?})\n{report}", started.elapsed());
        }
        // Written by the segmentation helper; absent until that lands.
        let sentence_gold =
            PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/data/sentence-gold.jsonl");
        if sentence_gold.is_file() {
            let started = std::time::Instant::now();
            let report = evaluate_sentences(&pipeline, &sentence_gold, shared.join("corpora"))
                .unwrap_or_else(|e| panic!("{e}"));
            println!(
                "== {} ({:?})\n{report}",
                sentence_gold.display(),
                started.elapsed()
            );
        }
    }
}
