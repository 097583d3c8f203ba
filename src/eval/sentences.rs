//! Sentence-splitter scoring against sentence-span gold over the raw corpora.
//!
//! Takes a gold file of JSON Lines `{"corpus": "reuters21578.jsonl", "id": "reuters-123",
//! "sentences": [[start, end], ...]}` (code-point spans into the corpus record's `text`) and the
//! corpora folder. Each corpus file is streamed once, keeping only the records the gold names;
//! each article (id, text, title) is analysed in parallel. Gives a [`SentenceReport`]:
//! exact-span precision, recall, F1 and every mismatch with context. Ids absent from their corpus
//! are listed, not fatal; malformed gold lines and out-of-range spans fail the run with `file:line`.
//! It does not score zones, tokens or entities.

use super::gold::{CodePoints, GoldError};
use super::score::Score;
use crate::model::{Article, Meta};
use crate::offsets::CharIndex;
use crate::pipeline::Pipeline;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::fmt;
use std::io::BufRead;
use std::path::Path;

/// Code points of context on each side, and the longest sentence text shown.
const CONTEXT: usize = 40;
const MAX_SHOWN: usize = 120;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MismatchKind {
    /// A gold sentence whose exact span was not predicted.
    Missed,
    /// A predicted sentence that is not a gold sentence.
    Spurious,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SentenceMismatch {
    pub kind: MismatchKind,
    pub id: String,
    pub start: usize,
    pub end: usize,
    /// The sentence, cut to 120 code points.
    pub text: String,
    pub left: String,
    pub right: String,
}

#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct SentenceReport {
    pub articles: usize,
    pub score: Score,
    /// Gold ids not found in their corpus file.
    pub missing_ids: Vec<String>,
    /// Every mismatch, in gold-file order then by offset.
    pub mismatches: Vec<SentenceMismatch>,
}

#[derive(Deserialize)]
struct GoldLine {
    corpus: String,
    id: String,
    sentences: Vec<[usize; 2]>,
}

#[derive(Deserialize)]
struct IdOnly<'a> {
    #[serde(borrow)]
    id: Cow<'a, str>,
}

#[derive(Deserialize)]
struct Record {
    #[serde(default)]
    title: Option<String>,
    #[serde(default)]
    text: String,
}

/// Scores `pipeline`'s sentences against the gold at `gold_path`, reading corpora from `corpora_dir`.
pub fn evaluate_sentences(
    pipeline: &Pipeline,
    gold_path: impl AsRef<Path>,
    corpora_dir: impl AsRef<Path>,
) -> Result<SentenceReport, GoldError> {
    let gold_path = gold_path.as_ref();
    let shown = gold_path.display().to_string();
    let io = |path: &Path| {
        let path = path.display().to_string();
        move |source| GoldError::Io { path, source }
    };
    let content = std::fs::read_to_string(gold_path).map_err(io(gold_path))?;
    let mut problems = Vec::new();
    let mut gold: Vec<(String, GoldLine)> = Vec::new();
    for (i, line) in content.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = format!("{shown}:{}", i + 1);
        match serde_json::from_str::<GoldLine>(line) {
            Ok(g) if Path::new(&g.corpus).file_name() != Some(g.corpus.as_ref()) => {
                problems.push(format!("{at}: corpus {:?} is not a file name", g.corpus));
            }
            Ok(g) => gold.push((at, g)),
            Err(e) => problems.push(format!("{at}: invalid record: {e}")),
        }
    }
    if !problems.is_empty() {
        return Err(GoldError::Invalid {
            path: shown,
            problems,
        });
    }

    // Stream each corpus once, keeping the needed records.
    let mut wanted: HashMap<&str, BTreeSet<&str>> = HashMap::new();
    for (_, g) in &gold {
        wanted.entry(&g.corpus).or_default().insert(&g.id);
    }
    let mut records: HashMap<(String, String), Record> = HashMap::new();
    for (corpus, ids) in &wanted {
        let path = corpora_dir.as_ref().join(corpus);
        let file = std::fs::File::open(&path).map_err(io(&path))?;
        for line in std::io::BufReader::new(file).lines() {
            let line = line.map_err(io(&path))?;
            let Ok(head) = serde_json::from_str::<IdOnly>(&line) else {
                continue;
            };
            if !ids.contains(head.id.as_ref()) {
                continue;
            }
            if let Ok(record) = serde_json::from_str::<Record>(&line) {
                records.insert((corpus.to_string(), head.id.into_owned()), record);
            }
        }
    }

    let mut missing_ids = Vec::new();
    let mut jobs = Vec::new();
    for (at, g) in gold {
        let Some(record) = records.get(&(g.corpus.clone(), g.id.clone())) else {
            missing_ids.push(g.id);
            continue;
        };
        let cps = CodePoints::new(&record.text);
        let bad = g.sentences.iter().find(|[s, e]| s >= e || *e > cps.len());
        if let Some([s, e]) = bad {
            problems.push(format!(
                "{at}: {} sentence [{s}, {e}) is empty or beyond the text ({} code points)",
                g.id,
                cps.len()
            ));
            continue;
        }
        jobs.push((g, record));
    }
    if !problems.is_empty() {
        return Err(GoldError::Invalid {
            path: shown,
            problems,
        });
    }

    let results: Vec<(usize, usize, usize, Vec<SentenceMismatch>)> = jobs
        .par_iter()
        .map(|(g, record)| {
            let article = Article {
                id: g.id.clone(),
                source_path: g.corpus.clone(),
                text: record.text.clone(),
                meta: Meta {
                    title: record.title.clone(),
                    ..Default::default()
                },
                ..Default::default()
            };
            let analysis = pipeline.analyse(article);
            let text = &analysis.article.text;
            let index = CharIndex::new(text);
            let predicted: BTreeSet<(usize, usize)> = analysis
                .sentences
                .iter()
                .filter(|s| {
                    s.end <= text.len()
                        && text.is_char_boundary(s.start)
                        && text.is_char_boundary(s.end)
                })
                .map(|s| (index.char_offset(s.start), index.char_offset(s.end)))
                .collect();
            let expected: BTreeSet<(usize, usize)> =
                g.sentences.iter().map(|&[s, e]| (s, e)).collect();
            compare(&g.id, text, &expected, &predicted)
        })
        .collect();

    let (mut tp, mut fp, mut fn_) = (0, 0, 0);
    let mut mismatches = Vec::new();
    for (t, p, n, m) in results {
        tp += t;
        fp += p;
        fn_ += n;
        mismatches.extend(m);
    }
    Ok(SentenceReport {
        articles: jobs.len(),
        score: Score::from_counts(tp, fp, fn_),
        missing_ids,
        mismatches,
    })
}

/// (tp, fp, fn, mismatches) of one article.
fn compare(
    id: &str,
    text: &str,
    gold: &BTreeSet<(usize, usize)>,
    predicted: &BTreeSet<(usize, usize)>,
) -> (usize, usize, usize, Vec<SentenceMismatch>) {
    let cps = CodePoints::new(text);
    let flat = |s: &str| s.replace(['\n', '\r', '\t'], " ");
    let item = |kind, &(start, end): &(usize, usize)| {
        let mut shown = flat(cps.slice(start, end.min(start + MAX_SHOWN)));
        if end - start > MAX_SHOWN {
            shown.push('…');
        }
        SentenceMismatch {
            kind,
            id: id.to_string(),
            start,
            end,
            text: shown,
            left: flat(cps.slice(start.saturating_sub(CONTEXT), start)),
            right: flat(cps.slice(end, end + CONTEXT)),
        }
    };
    let mut mismatches: Vec<SentenceMismatch> = gold
        .difference(predicted)
        .map(|s| item(MismatchKind::Missed, s))
        .chain(
            predicted
                .difference(gold)
                .map(|s| item(MismatchKind::Spurious, s)),
        )
        .collect();
    mismatches.sort_by_key(|m| (m.start, m.end));
    let tp = gold.intersection(predicted).count();
    (tp, predicted.len() - tp, gold.len() - tp, mismatches)
}

impl fmt::Display for SentenceReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = &self.score;
        writeln!(f, "Sentences: {} articles, exact span match", self.articles)?;
        writeln!(
            f,
            "{:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
            "gold", "pred", "tp", "fp", "fn", "prec", "rec", "f1"
        )?;
        writeln!(
            f,
            "{:>6} {:>6} {:>6} {:>6} {:>6} {:>6.3} {:>6.3} {:>6.3}",
            s.gold, s.predicted, s.tp, s.fp, s.fn_, s.precision, s.recall, s.f1
        )?;
        if !self.missing_ids.is_empty() {
            writeln!(
                f,
                "Not found in their corpus: {}",
                self.missing_ids.join(", ")
            )?;
        }
        const SHOWN: usize = 30;
        if !self.mismatches.is_empty() {
            writeln!(
                f,
                "\nMismatches ({} of {}):",
                self.mismatches.len().min(SHOWN),
                self.mismatches.len()
            )?;
        }
        for m in self.mismatches.iter().take(SHOWN) {
            let kind = match m.kind {
                MismatchKind::Missed => "missed  ",
                MismatchKind::Spurious => "spurious",
            };
            writeln!(
                f,
                "  {kind} {} [{}, {})  …{}[[{}]]{}…",
                m.id, m.start, m.end, m.left, m.text, m.right
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn compare_table() {
        let text = "Talks resume. Both sides met. Done.";
        let set = |v: &[(usize, usize)]| v.iter().copied().collect::<BTreeSet<_>>();
        // (gold, predicted, expected tp, fp, fn)
        type Spans = &'static [(usize, usize)];
        let cases: &[(Spans, Spans, (usize, usize, usize))] = &[
            (
                &[(0, 13), (14, 29), (30, 35)],
                &[(0, 13), (14, 29), (30, 35)],
                (3, 0, 0),
            ),
            (
                &[(0, 13), (14, 29), (30, 35)],
                &[(0, 29), (30, 35)],
                (1, 1, 2),
            ),
            (&[(0, 29)], &[(0, 13), (14, 29)], (0, 2, 1)),
            (&[(0, 13)], &[], (0, 0, 1)),
        ];
        for (gold, pred, expected) in cases {
            let (tp, fp, fn_, m) = compare("a", text, &set(gold), &set(pred));
            assert_eq!((tp, fp, fn_), *expected, "{gold:?} vs {pred:?}");
            assert_eq!(m.len(), fp + fn_);
        }
        let (_, _, _, m) = compare("a", text, &set(&[(14, 29)]), &set(&[]));
        assert_eq!(
            (m[0].text.as_str(), m[0].left.as_str(), m[0].right.as_str()),
            ("Both sides met.", "Talks resume. ", " Done.")
        );
    }

    #[test]
    fn evaluate_sentences_over_a_small_corpus() {
        let dir = tempfile::tempdir().unwrap();
        let corpus = "{\"id\": \"x-1\", \"title\": \"T\", \"text\": \"Talks resume. Both sides met on Monday.\"}\n\
                      {\"id\": \"x-2\", \"text\": \"Ignored.\"}\n\
                      not json\n";
        std::fs::write(dir.path().join("c.jsonl"), corpus).unwrap();
        let gold_path = dir.path().join("g.jsonl");
        let gold =
            "{\"corpus\": \"c.jsonl\", \"id\": \"x-1\", \"sentences\": [[0, 13], [14, 39]]}\n\
                    {\"corpus\": \"c.jsonl\", \"id\": \"x-9\", \"sentences\": [[0, 1]]}\n";
        std::fs::write(&gold_path, gold).unwrap();
        let r = evaluate_sentences(&Pipeline::without_gazetteers(), &gold_path, dir.path())
            .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(r.articles, 1);
        assert_eq!(r.missing_ids, vec!["x-9".to_string()]);
        assert_eq!(r.score.gold, 2);
        assert!(r.to_string().contains("Sentences: 1 articles"));

        let bad = "{\"corpus\": \"c.jsonl\", \"id\": \"x-1\", \"sentences\": [[0, 99]]}\n{\"corpus\": \"../c.jsonl\", \"id\": \"x-1\", \"sentences\": []}\n";
        std::fs::write(&gold_path, bad).unwrap();
        let err = evaluate_sentences(&Pipeline::without_gazetteers(), &gold_path, dir.path())
            .unwrap_err();
        assert!(err.to_string().contains("g.jsonl:2: corpus"), "{err}");
        std::fs::write(&gold_path, &bad[..bad.find('\n').unwrap()]).unwrap();
        let err = evaluate_sentences(&Pipeline::without_gazetteers(), &gold_path, dir.path())
            .unwrap_err();
        assert!(
            err.to_string().contains("g.jsonl:1: x-1 sentence [0, 99)"),
            "{err}"
        );
    }
}
