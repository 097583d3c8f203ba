//! In-document consistency (ANNIE's OrthoMatcher, simplified): a name found with strong
//! evidence labels its other occurrences and short forms in the same article.
//!
//! Takes the resolved candidates; gives extra candidates for repeated names, person
//! surnames and first names ("Dmitry Peskov" → "Peskov"), including in headlines and at
//! sentence starts where capitalisation alone proves nothing. Then sets canonical names of
//! list names and defined acronyms. People's canonicals (the fullest form in the article) and
//! the grouping into entities are [`crate::resolve`]'s job.

use super::{strength, Candidate, Doc};
use crate::gazetteer::{FxBuildHasher, Gazetteer};
use crate::model::{Label, Shape};
use std::collections::{HashMap, HashSet};

type FxMap<K, V> = HashMap<K, V, FxBuildHasher>;

/// Candidates for other occurrences of names already recognised.
pub fn propagate(doc: &Doc, gaz: &Gazetteer, found: &[Candidate]) -> Vec<Candidate> {
    // surface → (label, canonical); surfaces with two labels are dropped. A surname shared
    // by two people ("S Jones" and "A Jones" in a team sheet) still names a person: it is
    // its own canonical, which person being left open.
    let mut known: FxMap<String, Option<(Label, String)>> = FxMap::default();
    fn add(
        known: &mut FxMap<String, Option<(Label, String)>>,
        k: &str,
        label: Label,
        canonical: &str,
    ) {
        let v = known
            .entry(k.to_string())
            .or_insert_with(|| Some((label, canonical.to_string())));
        match v {
            Some((l, c)) if *l == label && c != canonical && label == Label::Person => {
                *c = k.to_string();
            }
            Some((l, c)) if *l != label || c != canonical => *v = None,
            _ => {}
        }
    }
    // Full person names first, so that their short forms are not shadowed by one-word list
    // names ("Henry" the firm) recorded later; multi-word guesses are evidence enough to repeat.
    let persons = found
        .iter()
        .filter(|c| c.label == Label::Person && doc.text[c.start..c.end].contains(' '));
    for c in persons {
        let surface = &doc.text[c.start..c.end];
        add(&mut known, surface, c.label, &c.canonical);
        // Not a pronoun or a lone letter: "Ok I" (a misread chat line) must not make every
        // "I" a person.
        if let Some(last) = surface
            .split_whitespace()
            .last()
            .filter(|w| w.chars().nth(1).is_some() && !super::lexicon::NEVER_NAMES.contains(*w))
        {
            add(&mut known, last, Label::Person, surface);
        }
    }
    let person_short: HashSet<String, FxBuildHasher> = known.keys().cloned().collect();
    // A town that spoke as a person ("Obama said", rules' PersonActs) is that person in its
    // other occurrences too: its place readings are not counted against it.
    let acting: HashSet<&str, FxBuildHasher> = found
        .iter()
        .filter(|c| c.source == "rule:PersonActs")
        .map(|c| &doc.text[c.start..c.end])
        .collect();
    for c in found.iter().filter(|c| c.label.is_named()) {
        let surface = &doc.text[c.start..c.end];
        let multi = surface.contains(' ');
        if person_short.contains(surface)
            || (c.label == Label::Location && acting.contains(surface))
            || !(c.strength >= strength::RULE || (multi && c.strength >= strength::GUESS))
        {
            continue;
        }
        add(&mut known, surface, c.label, &c.canonical);
    }
    // Full forms win over short forms recorded for them.
    let known: FxMap<String, (Label, String)> = known
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k, v)))
        .collect();
    if known.is_empty() {
        return Vec::new();
    }
    // Every name that can match at a token starts with that token's text: the sorted names
    // let most capitalised tokens be skipped without slicing and hashing six spans.
    let mut names: Vec<&str> = known.keys().map(String::as_str).collect();
    names.sort_unstable();
    let some_name_starts_with = |w: &str| {
        let i = names.partition_point(|n| *n < w);
        names.get(i).is_some_and(|n| n.starts_with(w))
    };
    // A short form of a person named in full beats a one-word list match ("Henry" the company,
    // "Hamm" the town) but not stronger evidence, nor a longer person name around it
    // ("Rakesh Menon" keeps "Menon" after "Sunita Menon").
    let covers = |c: &Candidate, s: usize, e: usize, strength: u8| {
        c.start < e
            && s < c.end
            && (c.strength >= strength
                || (c.label == Label::Person
                    && c.start <= s
                    && e <= c.end
                    && c.end - c.start > e - s))
    };
    // The resolved candidates are disjoint and sorted (then their ends are sorted too): the
    // ones that can overlap a span are found by binary search, not by a scan per token.
    let disjoint_sorted = found.iter().all(|c| c.start <= c.end)
        && found.windows(2).all(|w| w[0].end <= w[1].start);
    let covered = |s: usize, e: usize, strength: u8| {
        if !disjoint_sorted {
            return found.iter().any(|c| covers(c, s, e, strength));
        }
        let from = found.partition_point(|c| c.end <= s);
        found[from..]
            .iter()
            .take_while(|c| c.start < e)
            .any(|c| covers(c, s, e, strength))
    };
    let mut out: Vec<Candidate> = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        // Not inside a name just found: "Rakesh Menon" is not also "Menon".
        if out.last().is_some_and(|c| t.start < c.end) {
            continue;
        }
        if !matches!(t.shape, Shape::Capitalised | Shape::AllCaps | Shape::Mixed)
            || !some_name_starts_with(&doc.text[t.start..t.end])
        {
            continue;
        }
        // Single tokens, and the longest known multi-token name starting here.
        let mut best: Option<(usize, &(Label, String))> = None;
        let mut end_tok = i;
        while end_tok < doc.tokens.len() && end_tok < i + 6 {
            let end = doc.tokens[end_tok].end;
            if let Some(k) = known.get(&doc.text[t.start..end]) {
                best = Some((end, k));
            }
            end_tok += 1;
            if end_tok < doc.tokens.len()
                && doc.text[doc.tokens[end_tok - 1].end..doc.tokens[end_tok].start].contains('\n')
            {
                break;
            }
        }
        let Some((end, (label, canonical))) = best else {
            continue;
        };
        let single = !doc.text[t.start..end].contains(' ');
        let strength = if *label == Label::Person && single {
            strength::GAZETTEER + 1
        } else {
            strength::PROPAGATED
        };
        if covered(t.start, end, strength) {
            continue;
        }
        let _ = gaz;
        out.push(Candidate {
            start: t.start,
            end,
            label: *label,
            canonical: canonical.clone(),
            source: "rule:Consistency".into(),
            id: None,
            role: None,
            money: None,
            value: None,
            strength,
        });
    }
    out
}

/// A town read as its club once in an article (rules' SportsTeam: a match result, "Bolton
/// boss") is the club in its other occurrences too, where a list names a club so; not after
/// "in" ("a hotel in Liverpool"). Sports copy names a club by its town all through a report,
/// and mostly without a cue in the sentence.
pub fn club_readings(doc: &Doc, gaz: &Gazetteer, cands: &mut [Candidate]) {
    let clubs: FxMap<&str, String> = cands
        .iter()
        .filter(|c| c.source == "rule:SportsTeam")
        .map(|c| (&doc.text[c.start..c.end], c.canonical.clone()))
        .collect();
    if clubs.is_empty() {
        return;
    }
    let listed_club = |surface: &str| {
        gaz.find(surface).iter().any(|m| {
            m.start == 0
                && m.end == surface.len()
                && m.entries.iter().any(|&e| super::lexicon::is_club(gaz, e))
        })
    };
    for c in cands
        .iter_mut()
        .filter(|c| c.label == Label::Location && c.source.starts_with("gazetteer:"))
    {
        let surface = &doc.text[c.start..c.end];
        let Some(canonical) = clubs.get(surface) else {
            continue;
        };
        // The token before the name (a binary search: no scan back over a long text).
        let i = doc.tokens.partition_point(|t| t.start < c.start);
        let word_before = i
            .checked_sub(1)
            .map(|k| &doc.text[doc.tokens[k].start..doc.tokens[k].end]);
        if word_before.is_some_and(|w| super::lexicon::PLACE_BEFORE.contains(&*w.to_lowercase()))
            || !listed_club(surface)
        {
            continue;
        }
        c.label = Label::Org;
        c.canonical = canonical.clone();
        c.source = "rule:SportsTeam".into();
        c.id = None;
    }
}

/// Sets canonical names of non-people: the fullest form of the entry they share.
pub fn canonicalise(doc: &Doc, cands: &mut [Candidate]) {
    canonicalise_names(doc, cands);
}

/// Other names: the fullest form *in this article* of the list entry or defined acronym they
/// share ("Labour" stays "Labour" unless the article says "Labour Party"; "ISS" becomes
/// "International Space Station" when the article defines it), as GUIDELINE.md asks for facts.
fn canonicalise_names(doc: &Doc, cands: &mut [Candidate]) {
    let mut fullest: HashMap<(Label, String), String, FxBuildHasher> = HashMap::default();
    for c in cands
        .iter()
        .filter(|c| c.label.is_named() && c.label != Label::Person)
    {
        let surface = doc.text[c.start..c.end]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let slot = fullest.entry((c.label, c.canonical.clone())).or_default();
        if surface.chars().count() > slot.chars().count() {
            *slot = surface;
        }
    }
    for c in cands
        .iter_mut()
        .filter(|c| c.label.is_named() && c.label != Label::Person)
    {
        if let Some(full) = fullest.get(&(c.label, c.canonical.clone())) {
            c.canonical = full.clone();
        }
    }
}
