//! In-document resolution scoring: do the predicted entities group mentions as the gold
//! `canonical` names do?
//!
//! Takes gold documents whose named entities carry `canonical` (GUIDELINE.md: the entity's
//! fullest name in the document) and the pipeline or its analyses. Gives a [`CorefReport`]:
//! pairwise precision and recall within articles. Only gold mentions of named labels (not
//! MONEY) that a predicted named mention matches exactly by code-point span (any label) take
//! part; how many matched is reported. A pair of such mentions is gold-coreferent when their
//! canonicals are equal (case and spacing folded) and predicted-coreferent when both
//! predicted mentions point at the same entity. It does not score spans or labels (the
//! entity report does) nor ids across articles.

use super::gold::GoldDoc;
use crate::model::{Analysis, Article};
use crate::offsets::CharIndex;
use crate::pipeline::Pipeline;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::HashMap;
use std::fmt;

/// Pairwise in-document resolution scores.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct CorefReport {
    pub docs: usize,
    /// Gold named mentions with a canonical.
    pub gold_mentions: usize,
    /// Of those, matched exactly by a predicted named mention.
    pub matched: usize,
    /// Pairs of matched mentions that the gold puts together / the prediction puts together /
    /// both.
    pub gold_pairs: usize,
    pub predicted_pairs: usize,
    pub correct_pairs: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// A few wrongly merged and wrongly split pairs, for reading.
    pub wrong_merges: Vec<String>,
    pub missed_merges: Vec<String>,
}

/// Analyses every document that has gold canonicals and scores the grouping; `None` when no
/// gold entity has a canonical.
pub fn evaluate_coref(pipeline: &Pipeline, docs: &[GoldDoc], show: usize) -> Option<CorefReport> {
    let docs: Vec<&GoldDoc> = docs.iter().filter(|d| has_canonicals(d)).collect();
    if docs.is_empty() {
        return None;
    }
    let analyses: Vec<Analysis> = docs
        .par_iter()
        .map(|d| {
            pipeline.analyse(Article {
                id: d.id.clone(),
                source_path: d.source.clone(),
                text: d.text.clone(),
                ..Default::default()
            })
        })
        .collect();
    Some(score_coref(&docs, &analyses, show))
}

fn has_canonicals(d: &GoldDoc) -> bool {
    d.entities
        .iter()
        .any(|e| e.label.is_named() && e.canonical.is_some())
}

fn fold(s: &str) -> String {
    s.split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// Scores analyses made elsewhere; `analyses[i]` belongs to `docs[i]`.
pub fn score_coref(docs: &[&GoldDoc], analyses: &[Analysis], show: usize) -> CorefReport {
    let mut r = CorefReport {
        docs: docs.len(),
        ..Default::default()
    };
    for (doc, a) in docs.iter().zip(analyses) {
        let idx = CharIndex::new(&a.article.text);
        let predicted: HashMap<(usize, usize), usize> = a
            .mentions
            .iter()
            .filter_map(|m| {
                let e = m.entity?;
                Some(((idx.char_offset(m.start), idx.char_offset(m.end)), e))
            })
            .collect();
        // (canonical, entity, surface) of each matched gold mention.
        let mut matched: Vec<(String, usize, &str)> = Vec::new();
        for g in doc.entities.iter().filter(|e| e.label.is_named()) {
            let Some(canonical) = &g.canonical else {
                continue;
            };
            r.gold_mentions += 1;
            if let Some(&e) = predicted.get(&(g.start, g.end)) {
                matched.push((fold(canonical), e, g.text.as_str()));
            }
        }
        r.matched += matched.len();
        // Gold articles hold tens of mentions: all pairs are cheap here.
        for (i, a) in matched.iter().enumerate() {
            for b in &matched[i + 1..] {
                let gold = a.0 == b.0;
                let pred = a.1 == b.1;
                r.gold_pairs += usize::from(gold);
                r.predicted_pairs += usize::from(pred);
                r.correct_pairs += usize::from(gold && pred);
                let note = || {
                    format!(
                        "{}: {:?} / {:?} (gold {:?} / {:?})",
                        doc.id, a.2, b.2, a.0, b.0
                    )
                };
                if pred && !gold && r.wrong_merges.len() < show {
                    r.wrong_merges.push(note());
                }
                if gold && !pred && r.missed_merges.len() < show {
                    r.missed_merges.push(note());
                }
            }
        }
    }
    let ratio = |a: usize, b: usize| if b == 0 { 1.0 } else { a as f64 / b as f64 };
    r.precision = ratio(r.correct_pairs, r.predicted_pairs);
    r.recall = ratio(r.correct_pairs, r.gold_pairs);
    r.f1 = if r.precision + r.recall == 0.0 {
        0.0
    } else {
        2.0 * r.precision * r.recall / (r.precision + r.recall)
    };
    r
}

impl fmt::Display for CorefReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "In-document resolution: {} documents, pairwise within articles, over gold mentions matched exactly by span",
            self.docs
        )?;
        writeln!(
            f,
            "gold mentions matched {}/{}; pairs gold {} predicted {} correct {}",
            self.matched,
            self.gold_mentions,
            self.gold_pairs,
            self.predicted_pairs,
            self.correct_pairs
        )?;
        writeln!(
            f,
            "precision {:.3}  recall {:.3}  f1 {:.3}",
            self.precision, self.recall, self.f1
        )?;
        for w in &self.wrong_merges {
            writeln!(f, "  wrongly merged: {w}")?;
        }
        for m in &self.missed_merges {
            writeln!(f, "  not merged:     {m}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::eval::{GoldEntity, Scheme};
    use crate::model::{Entity, Label, Mention, Zone};

    const TEXT: &str = "Vladimir Putin met David Smith. Putin and Smith talked.";

    fn gold(spans: &[(usize, usize, &str)]) -> GoldDoc {
        GoldDoc {
            id: "d".into(),
            source: "t".into(),
            scheme: Scheme::Guideline,
            text: TEXT.into(),
            entities: spans
                .iter()
                .map(|&(start, end, canonical)| GoldEntity {
                    start,
                    end,
                    label: Label::Person,
                    text: TEXT[start..end].into(),
                    canonical: Some(canonical.into()),
                    amount: None,
                    amount_max: None,
                    currency: None,
                    approx: false,
                })
                .collect(),
            ignore: vec![],
            relations: vec![],
        }
    }

    fn analysis(spans: &[(usize, usize, usize)]) -> Analysis {
        let mentions: Vec<Mention> = spans
            .iter()
            .map(|&(start, end, e)| Mention {
                start,
                end,
                label: Label::Person,
                canonical: String::new(),
                source: "t".into(),
                id: None,
                role: None,
                sentence: 0,
                zone: Zone::Body,
                money: None,
                value: None,
                entity: Some(e),
            })
            .collect();
        let n = spans.iter().map(|s| s.2 + 1).max().unwrap_or(0);
        Analysis {
            article: Article {
                id: "d".into(),
                text: TEXT.into(),
                ..Default::default()
            },
            mentions,
            entities: (0..n)
                .map(|i| Entity {
                    id: i.to_string(),
                    label: Label::Person,
                    canonical: String::new(),
                    mentions: vec![],
                })
                .collect(),
            ..Default::default()
        }
    }

    #[test]
    fn pairwise_table() {
        let g = gold(&[
            (0, 14, "Vladimir Putin"),
            (19, 30, "David Smith"),
            (32, 37, "Vladimir Putin"),
            (42, 47, "David Smith"),
        ]);
        // (predicted (start, end, entity), matched, precision, recall)
        type Spans = &'static [(usize, usize, usize)];
        let cases: &[(Spans, usize, f64, f64)] = &[
            (
                &[(0, 14, 0), (19, 30, 1), (32, 37, 0), (42, 47, 1)],
                4,
                1.0,
                1.0,
            ),
            // everything one entity: 2 of 6 pairs right
            (
                &[(0, 14, 0), (19, 30, 0), (32, 37, 0), (42, 47, 0)],
                4,
                2.0 / 6.0,
                1.0,
            ),
            // short forms left apart
            (
                &[(0, 14, 0), (19, 30, 1), (32, 37, 2), (42, 47, 3)],
                4,
                1.0,
                0.0,
            ),
            // a span missed: only three mentions take part
            (
                &[(0, 14, 0), (19, 30, 1), (32, 37, 0), (42, 46, 1)],
                3,
                1.0,
                1.0,
            ),
        ];
        for (pred, matched, p, r) in cases {
            let report = score_coref(&[&g], &[analysis(pred)], 5);
            assert_eq!(report.matched, *matched, "{pred:?}");
            assert!((report.precision - p).abs() < 1e-9, "{pred:?}: {report:?}");
            assert!((report.recall - r).abs() < 1e-9, "{pred:?}: {report:?}");
        }
    }
}
