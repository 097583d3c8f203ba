//! Fact scoring: extracted facts against gold `relations` (GUIDELINE.md "Facts").
//!
//! A fact matches a gold relation when subject, predicate and object are equal as canonical
//! names (case and spacing folded). Precision, recall and F1 per predicate and micro overall,
//! over every document of a gold set that has relations (see [`evaluate_facts`]). Roles are
//! reported but not required to match.

use super::gold::GoldDoc;
use super::score::Score;
use crate::model::Article;
use crate::pipeline::Pipeline;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};
use std::fmt;

/// Scores per predicate.
#[derive(Clone, Debug, Serialize)]
pub struct FactReport {
    pub docs: usize,
    pub predicates: BTreeMap<String, Score>,
    pub micro: Score,
    /// Up to a few unmatched gold and predicted facts, for reading.
    pub missed: Vec<String>,
    pub spurious: Vec<String>,
}

/// Names compare case-folded with spacing collapsed, without a leading "the" or honorific and
/// without surrounding punctuation ("Mr. Deese" = "Deese", "the SEC" = "SEC").
fn fold(s: &str) -> String {
    let lower = s
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase();
    let mut t =
        lower.trim_matches(|c: char| !c.is_alphanumeric() && c != '$' && c != '£' && c != '€');
    for prefix in [
        "the ", "mr. ", "mr ", "mrs. ", "mrs ", "ms. ", "ms ", "dr. ", "dr ",
    ] {
        if let Some(rest) = t.strip_prefix(prefix) {
            t = rest;
        }
    }
    t.to_string()
}

/// The triples a fact can match: its own, plus the views the relation gold sets score
/// (see [`super::relations`]): `pays` of an investment, a purchase or a fine, `designation`
/// (subject, role text) of a role fact, `acquire` (buyer, target) of an acquisition, `value`
/// (target, amount) of a priced acquisition.
fn triples(f: &crate::model::Fact) -> Vec<Triple> {
    let mut out = vec![(fold(&f.subject), f.predicate.to_string(), fold(&f.object))];
    // GUIDELINE.md has one money predicate, `pays`: a subject that invests, buys for or is
    // fined an amount pays it too.
    if matches!(f.predicate, "invests" | "acquires" | "fined") {
        out.push((fold(&f.subject), "pays".into(), fold(&f.object)));
    }
    match (f.predicate, f.role.as_deref()) {
        ("role", Some(role)) => {
            out.push((fold(&f.subject), "designation".into(), fold(role)));
            // "Chairman of the Board, President and Chief Executive Officer": each title.
            let parts: Vec<&str> = role
                .split(", ")
                .flat_map(|p| p.split(" and "))
                .filter(|p| !p.trim().is_empty())
                .collect();
            if parts.len() > 1 {
                for p in parts {
                    out.push((fold(&f.subject), "designation".into(), fold(p)));
                }
            }
        }
        ("interaction", Some("acquire")) => {
            out.push((fold(&f.subject), "acquire".into(), fold(&f.object)))
        }
        ("acquires", Some(role)) => {
            if let Some(target) = role.strip_prefix("for ") {
                out.push((fold(&f.subject), "acquire".into(), fold(target)));
                out.push((fold(target), "value".into(), fold(&f.object)));
            }
        }
        _ => {}
    }
    out
}

type Triple = (String, String, String);

/// One document's gold triples, predicted triples, and (for `--errors`) each predicted
/// triple with a note of its rule, role text and evidence.
type DocTriples = (HashSet<Triple>, HashSet<Triple>, Vec<(Triple, String)>);

/// About `width` bytes of `text` around byte `at` (the lower-cased text's offset, close
/// enough for reading), on char boundaries, newlines flattened.
fn excerpt(text: &str, at: usize, width: usize) -> String {
    let floor = |mut i: usize| {
        i = i.min(text.len());
        while !text.is_char_boundary(i) {
            i -= 1;
        }
        i
    };
    let start = floor(at.saturating_sub(width / 3));
    let end = floor(start + width);
    let mut s = text[start..end].replace('\n', " ");
    if start > 0 {
        s.insert(0, '…');
    }
    if end < text.len() {
        s.push('…');
    }
    s
}

/// Runs the pipeline on every document of a gold set that annotates relations and scores
/// its facts. Gold is taken as exhaustive for the predicates it uses anywhere in the set: a
/// document with no gold relations, or none of some predicate, still counts every predicted
/// fact of a scored predicate as spurious. Predicates the set never annotates (`raises`,
/// `said` in a set of roles) are not scored.
pub fn evaluate_facts(pipeline: &Pipeline, docs: &[GoldDoc], show: usize) -> Option<FactReport> {
    if docs.iter().all(|d| d.relations.is_empty()) {
        return None;
    }
    let per_doc: Vec<DocTriples> = docs
        .par_iter()
        .map(|d| {
            let gold: HashSet<Triple> = d
                .relations
                .iter()
                .filter_map(|r| {
                    let get = |k: &str| {
                        r.get(k).and_then(|v| {
                            v.as_str()
                                .map(str::to_string)
                                .or_else(|| v.as_f64().map(|n| n.to_string()))
                        })
                    };
                    Some((
                        fold(&get("subject")?),
                        get("predicate")?.to_lowercase(),
                        fold(&get("object")?),
                    ))
                })
                .collect();
            let analysis = pipeline.analyse(Article {
                id: d.id.clone(),
                text: d.text.clone(),
                ..Default::default()
            });
            // A role whose object the gold marks `ignore` and no gold relation uses is not
            // scored (GUIDELINE.md: doubtful spans are neither credited nor penalised); the
            // places of CoNLL04 and FIRE are such spans, as those sets annotate employment by
            // organisations only.
            let places: HashSet<String> = d
                .ignore
                .iter()
                .filter_map(|s| s.text.as_deref())
                .map(fold)
                .filter(|o| !gold.iter().any(|g| &g.2 == o))
                .collect();
            let keep = |t: &Triple| !(t.1 == "role" && places.contains(&t.2));
            let predicted: HashSet<Triple> = analysis
                .facts
                .iter()
                .flat_map(triples)
                .filter(keep)
                .collect();
            let notes = if show == 0 {
                Vec::new()
            } else {
                analysis
                    .facts
                    .iter()
                    .flat_map(|f| {
                        let evidence = d.text.get(f.evidence_start..f.evidence_end).unwrap_or("");
                        let note = format!(
                            "[{}{}] «{}»",
                            f.rule,
                            f.role
                                .as_deref()
                                .map(|r| format!(", {r}"))
                                .unwrap_or_default(),
                            excerpt(evidence, 0, 160)
                        );
                        triples(f).into_iter().map(move |t| (t, note.clone()))
                    })
                    .collect()
            };
            (gold, predicted, notes)
        })
        .collect();
    let mut counts: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let (mut missed, mut spurious) = (Vec::new(), Vec::new());
    let scored: HashSet<&String> = per_doc
        .iter()
        .flat_map(|(g, _, _)| g)
        .map(|t| &t.1)
        .collect();
    for ((gold, predicted, notes), doc) in per_doc.iter().zip(docs) {
        for t in gold {
            let c = counts.entry(t.1.clone()).or_default();
            if predicted.contains(t) {
                c.0 += 1;
            } else {
                c.2 += 1;
                if missed.len() < show {
                    // The passage around the subject's first mention.
                    let at = doc.text.to_lowercase().find(&t.0).unwrap_or(0);
                    missed.push(format!(
                        "{} {} {}  [{}] «{}»",
                        t.0,
                        t.1,
                        t.2,
                        doc.id,
                        excerpt(&doc.text, at, 240)
                    ));
                }
            }
        }
        for t in predicted
            .iter()
            .filter(|t| scored.contains(&t.1) && !gold.contains(*t))
        {
            counts.entry(t.1.clone()).or_default().1 += 1;
            if spurious.len() < show {
                let note = notes.iter().find(|(n, _)| n == t).map_or("", |(_, n)| n);
                spurious.push(format!("{} {} {}  [{}] {note}", t.0, t.1, t.2, doc.id));
            }
        }
    }
    let (tp, fp, fn_) = counts
        .values()
        .fold((0, 0, 0), |a, c| (a.0 + c.0, a.1 + c.1, a.2 + c.2));
    Some(FactReport {
        docs: docs.len(),
        predicates: counts
            .into_iter()
            .map(|(p, (tp, fp, fn_))| (p, Score::from_counts(tp, fp, fn_)))
            .collect(),
        micro: Score::from_counts(tp, fp, fn_),
        missed,
        spurious,
    })
}

impl fmt::Display for FactReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Facts: {} documents of a gold set with relations, match on (subject, predicate, object)",
            self.docs
        )?;
        writeln!(
            f,
            "{:<10} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
            "predicate", "tp", "fp", "fn", "prec", "rec", "f1"
        )?;
        let mut row = |name: &str, s: &Score| {
            writeln!(
                f,
                "{:<10} {:>6} {:>6} {:>6} {:>6.3} {:>6.3} {:>6.3}",
                name, s.tp, s.fp, s.fn_, s.precision, s.recall, s.f1
            )
        };
        for (p, s) in &self.predicates {
            row(p, s)?;
        }
        row("micro", &self.micro)?;
        for m in &self.missed {
            writeln!(f, "  missed   {m}")?;
        }
        for m in &self.spurious {
            writeln!(f, "  spurious {m}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::excerpt;

    #[test]
    fn excerpts_cut_on_char_boundaries_and_mark_the_cuts() {
        // Whole text: no marks, newlines flattened.
        assert_eq!(excerpt("Peskov said\nno.", 0, 100), "Peskov said no.");
        // Cut on both sides around byte 20, never inside "é" (two bytes).
        let text = "ééééééééééééééééééééééééé said Peskov on Monday";
        let s = excerpt(text, 20, 12);
        assert!(s.starts_with('…') && s.ends_with('…'), "{s}");
        assert!(s.trim_matches('…').chars().all(|c| c == 'é'), "{s}");
    }
}
