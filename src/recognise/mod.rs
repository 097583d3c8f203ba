//! Recognisers: gazetteer matches, context rules and in-document consistency → typed mentions.
//!
//! Takes the article text with its sentences and tokens; gives non-overlapping mentions
//! sorted by start, each with its provenance (`source`: the gazetteer list or the rule).
//! Stages, in the spirit of GATE ANNIE (gazetteer → transducer → orthomatcher):
//!
//! 1. [`numeric`]: MONEY, PERCENT, DATE, AGE (regex-free scanners);
//! 2. [`lexicon`]: gazetteer phrase matches, filtered by case and context ([`Evidence`]);
//! 3. [`rules`]: named context rules over capitalised chunks (titles, given names, org
//!    keywords, app and product contexts, defined acronyms);
//! 4. [`consistency`]: a name recognised with strong evidence labels its other occurrences
//!    and short forms ("Dmitry Peskov" → "Peskov"), so a headline is resolved by the body.
//! 5. [`compounds`]: names inside describing compounds ("Pune-based", "Meta-owned"), read
//!    with what the article and the lists know.
//!
//! It does not link entities across articles and does not extract facts.

pub mod compounds;
pub mod consistency;
pub mod lexicon;
pub mod numeric;
pub mod rules;

use crate::gazetteer::Gazetteer;
use crate::model::{single_spaced, Label, Mention, Money, Sentence, Token, Zone};
use std::sync::Arc;

/// A candidate mention before overlap resolution (byte offsets).
#[derive(Clone, Debug, PartialEq)]
pub struct Candidate {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    pub canonical: String,
    pub source: String,
    pub id: Option<String>,
    pub role: Option<String>,
    pub money: Option<Money>,
    pub value: Option<String>,
    /// How much to trust it when candidates overlap (higher wins).
    pub strength: u8,
}

/// Evidence strengths: values and long gazetteer names beat rule guesses.
pub mod strength {
    pub const VALUE: u8 = 100;
    pub const RULE_STRONG: u8 = 80;
    pub const GAZETTEER: u8 = 70;
    pub const RULE: u8 = 60;
    pub const PROPAGATED: u8 = 40;
    pub const GUESS: u8 = 20;
}

/// All recognisers with their shared, read-only resources.
#[derive(Default, Clone)]
pub struct Recogniser {
    gazetteer: Option<Arc<Gazetteer>>,
}

/// One article as the recognisers see it.
pub struct Doc<'a> {
    pub text: &'a str,
    pub sentences: &'a [Sentence],
    pub tokens: &'a [Token],
    /// Token index range of each sentence.
    pub sentence_tokens: Vec<std::ops::Range<usize>>,
}

impl<'a> Doc<'a> {
    pub fn new(text: &'a str, sentences: &'a [Sentence], tokens: &'a [Token]) -> Doc<'a> {
        let mut sentence_tokens = Vec::with_capacity(sentences.len());
        let mut t = 0;
        for s in sentences {
            while t < tokens.len() && tokens[t].start < s.start {
                t += 1;
            }
            let a = t;
            while t < tokens.len() && tokens[t].end <= s.end {
                t += 1;
            }
            sentence_tokens.push(a..t);
        }
        Doc {
            text,
            sentences,
            tokens,
            sentence_tokens,
        }
    }

    pub fn tok(&self, i: usize) -> &'a str {
        let t = self.tokens[i];
        &self.text[t.start..t.end]
    }

    /// Index of the token that starts at byte `at`, if any.
    pub fn token_starting_at(&self, at: usize) -> Option<usize> {
        self.tokens.binary_search_by_key(&at, |t| t.start).ok()
    }

    /// Index of the token that ends at byte `at`, if any.
    pub fn token_ending_at(&self, at: usize) -> Option<usize> {
        self.tokens.binary_search_by_key(&at, |t| t.end).ok()
    }

    /// Sentence index holding byte offset `at`.
    pub fn sentence_of(&self, at: usize) -> usize {
        self.sentences
            .partition_point(|s| s.end <= at)
            .min(self.sentences.len().saturating_sub(1))
    }
}

impl Recogniser {
    pub fn without_gazetteers() -> Recogniser {
        Recogniser { gazetteer: None }
    }

    pub fn new(gazetteer: Arc<Gazetteer>) -> Recogniser {
        Recogniser {
            gazetteer: Some(gazetteer),
        }
    }

    pub fn gazetteer(&self) -> Option<&Gazetteer> {
        self.gazetteer.as_deref()
    }

    /// Mentions in one article, sorted by start, non-overlapping.
    pub fn recognise(&self, text: &str, sentences: &[Sentence], tokens: &[Token]) -> Vec<Mention> {
        let mut candidates: Vec<Candidate> = numeric::find_numeric(text)
            .into_iter()
            .map(|n| Candidate {
                start: n.start,
                end: n.end,
                label: n.label,
                canonical: single_spaced(&text[n.start..n.end]).into_owned(),
                source: n.rule.to_string(),
                id: None,
                role: None,
                money: n.money,
                value: n.value,
                strength: strength::VALUE,
            })
            .collect();
        let doc = Doc::new(text, sentences, tokens);
        if let Some(gaz) = &self.gazetteer {
            let found = rules::find_names(&doc, gaz, &candidates);
            // A listed name that holds a weekday is the name: "Sheffield Wednesday".
            candidates.retain(|v| {
                v.source != "date.weekday"
                    || !found.iter().any(|c| {
                        c.source.starts_with("gazetteer:")
                            && c.start <= v.start
                            && v.end <= c.end
                            && c.end - c.start > v.end - v.start
                    })
            });
            candidates.extend(found);
            candidates = resolve_overlaps(candidates);
            consistency::club_readings(&doc, gaz, &mut candidates);
            let nicknames = consistency::team_nicknames(&doc, gaz, &candidates);
            if !nicknames.is_empty() {
                // Into the gaps: the candidates stay disjoint and sorted.
                candidates.extend(nicknames);
                candidates.sort_unstable_by_key(|c| c.start);
            }
            let extra = consistency::propagate(&doc, gaz, &candidates);
            candidates.extend(extra);
            let heads = compounds::heads(&doc, gaz, &candidates);
            candidates.extend(heads);
        }
        // A mention lies inside one sentence: a value read across a line break
        // ("Feb. 16\r\n2021") is dropped, as it would straddle two table rows.
        candidates.retain(|c| {
            let s = doc.sentence_of(c.start);
            sentences
                .get(s)
                .is_some_and(|s| s.start <= c.start && c.end <= s.end)
        });
        let mut kept = resolve_overlaps(candidates);
        consistency::canonicalise(&doc, &mut kept);
        kept.into_iter()
            .map(|c| {
                let sentence = doc.sentence_of(c.start);
                let zone = sentences.get(sentence).map_or(Zone::Body, |s| s.zone);
                Mention {
                    start: c.start,
                    end: c.end,
                    label: c.label,
                    canonical: c.canonical,
                    source: c.source,
                    id: c.id,
                    role: c.role,
                    sentence,
                    zone,
                    money: c.money,
                    value: c.value,
                    entity: None,
                }
            })
            .collect()
    }
}

/// Keeps the strongest, then longest, candidate of every overlapping group; sorted by start.
pub fn resolve_overlaps(cands: Vec<Candidate>) -> Vec<Candidate> {
    let order = overlap_order(&cands);
    let mut keep = vec![false; cands.len()];
    let mut taken: Vec<(usize, usize)> = Vec::with_capacity(cands.len());
    for i in order {
        let c = &cands[i];
        if c.start >= c.end {
            continue;
        }
        let at = taken.partition_point(|&(_, e)| e <= c.start);
        let overlaps = taken.get(at).is_some_and(|&(s, _)| s < c.end);
        if !overlaps {
            taken.insert(at, (c.start, c.end));
            keep[i] = true;
        }
    }
    // Kept spans are disjoint and non-empty: starts are distinct.
    let mut kept: Vec<Candidate> = cands
        .into_iter()
        .zip(keep)
        .filter_map(|(c, k)| k.then_some(c))
        .collect();
    kept.sort_unstable_by_key(|c| c.start);
    kept
}

/// Indices of the candidates, strongest first, then longest, then earliest, then by index (as
/// the stable sort of the candidates themselves would order them).
fn overlap_order(cands: &[Candidate]) -> Vec<usize> {
    // Small keys are sorted, not the candidates (≈200 bytes each): one `u128` per candidate
    // when offsets and indices fit 32 bits (texts under 4 GB), else a tuple.
    let small = |v: usize| u32::try_from(v).is_ok();
    if small(cands.len()) && cands.iter().all(|c| small(c.start) && small(c.end)) {
        let mut keys: Vec<u128> = cands
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let len = c.end.saturating_sub(c.start) as u128;
                u128::from(u8::MAX - c.strength) << 96
                    | (u128::from(u32::MAX) - len) << 64
                    | (c.start as u128) << 32
                    | i as u128
            })
            .collect();
        keys.sort_unstable();
        return keys
            .into_iter()
            .map(|k| (k & u128::from(u32::MAX)) as usize)
            .collect();
    }
    overlap_order_general(cands)
}

/// [`overlap_order`] for any offsets.
fn overlap_order_general(cands: &[Candidate]) -> Vec<usize> {
    use std::cmp::Reverse;
    let mut order: Vec<(Reverse<u8>, Reverse<usize>, usize, usize)> = cands
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let len = c.end.saturating_sub(c.start);
            (Reverse(c.strength), Reverse(len), c.start, i)
        })
        .collect();
    order.sort_unstable();
    order.into_iter().map(|(_, _, _, i)| i).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(super) fn cand(start: usize, end: usize, strength: u8) -> Candidate {
        Candidate {
            start,
            end,
            label: Label::Org,
            canonical: String::new(),
            source: String::new(),
            id: None,
            role: None,
            money: None,
            value: None,
            strength,
        }
    }

    /// The packed keys order the candidates as the tuples do: by strength, length, start
    /// and index, with ties and zero or reversed spans.
    #[test]
    fn packed_order_equals_tuple_order() {
        let spans = [
            (0, 5, 60),
            (0, 10, 60),
            (8, 12, 90),
            (20, 25, 10),
            (0, 5, 60),
            (7, 7, 100),
            (9, 3, 100),
            (3, 8, 255),
            (3, 8, 0),
            (4, 9, 60),
            (100, 200, 60),
            (1, 6, 60),
        ];
        let cands: Vec<Candidate> = spans.iter().map(|&(s, e, st)| cand(s, e, st)).collect();
        let packed = overlap_order(&cands);
        assert_eq!(packed, overlap_order_general(&cands));
        // Strongest first; among equals the longer, then the earlier, then the first listed.
        assert_eq!(&packed[..4], &[7, 5, 6, 2]);
        // A span past 4 GB takes the general path, with the same answer.
        let mut far = cands.clone();
        far.push(cand(usize::MAX - 1, usize::MAX, 60));
        assert_eq!(overlap_order(&far), overlap_order_general(&far));
    }

    #[test]
    fn overlaps_keep_strongest_then_longest() {
        let kept = resolve_overlaps(vec![
            cand(0, 5, 60),
            cand(0, 10, 60),
            cand(8, 12, 90),
            cand(20, 25, 10),
        ]);
        let spans: Vec<(usize, usize)> = kept.iter().map(|c| (c.start, c.end)).collect();
        assert_eq!(spans, vec![(0, 5), (8, 12), (20, 25)]);
    }
}
