//! Per-article entity profiles: the compact summary of an [`Analysis`] that the corpus pass keeps.
//!
//! Takes one analysed article; gives its doc id, ISO date and, per entity, the entity key, label,
//! canonical name, surface forms, mention count, whether it is in the title or the lead, and the
//! position of its first mention. Mentions in boilerplate, byline and dateline zones are left out
//! (a "Trending Stories" list must not link stories), and so are values (money, percent, date,
//! age). It does not resolve name variants: that is the resolver's job, read through
//! [`entity_key`], which takes the resolver's entity ids.

use super::FxMap;
use crate::model::{Analysis, Label, Mention, Zone};
use std::borrow::Cow;
use std::collections::hash_map::Entry;

/// Body sentences that make up the lead (the first paragraph of a news story, roughly).
pub const LEAD_SENTENCES: usize = 3;

/// One entity of one article.
#[derive(Clone, Debug, PartialEq)]
pub struct ProfileEntity {
    /// Corpus-wide key ([`entity_key`]).
    pub key: String,
    pub label: Label,
    /// The most frequent canonical name among its mentions here (longest on ties).
    pub canonical: String,
    /// Distinct surface forms, in order of first appearance.
    pub surfaces: Vec<String>,
    pub mentions: u32,
    /// Mentioned in the title (Title zone, or a surface form found in the input title).
    pub in_title: bool,
    /// Mentioned in the highlights or the first [`LEAD_SENTENCES`] body sentences.
    pub in_lead: bool,
    /// Ordinal of its first mention among the article's profiled mentions.
    pub first_pos: u32,
}

/// The entity summary of one article.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ArticleProfile {
    /// Index of the article in input order.
    pub doc: u32,
    pub doc_id: String,
    /// ISO `YYYY-MM-DD` when the article's date parsed as one.
    pub date: Option<String>,
    /// In order of first mention.
    pub entities: Vec<ProfileEntity>,
}

/// Corpus-wide entity key of a mention: the id of its resolved entity ([`crate::resolve`]: the
/// gazetteer id of the whole entity, else `LABEL:folded canonical`); a mention the resolver left
/// out gets the same kind of key from its own label and canonical name.
pub fn entity_key(a: &Analysis, m: &Mention) -> String {
    entity_key_of(a, m).into_owned()
}

/// [`entity_key`], borrowed from the entity when there is one.
fn entity_key_of<'a>(a: &'a Analysis, m: &Mention) -> Cow<'a, str> {
    match m.entity.and_then(|i| a.entities.get(i)) {
        Some(e) => Cow::Borrowed(&e.id),
        None => Cow::Owned(crate::resolve::entity_key(m.label, &m.canonical)),
    }
}

/// Keys that start with this are link features, not entities: they help stories meet where
/// the entity ids cannot (the corpus pass leaves them out of entities.csv).
pub const LINK_ONLY: char = '~';

/// The link feature of an entity: a person's surname (so an article that only says "Steele"
/// meets one that says "Michael Steele", which the entity ids must keep apart), and an
/// organisation, app or product's name whatever list or label gave it (`ORG#…` from one list,
/// `APP:…` from a rule). Places have none: their ids already agree. When an article has the
/// link feature of an entity, the corpus pass links through the feature instead of the id, so
/// each named thing counts once in a link score.
pub fn link_backoff(label: Label, canonical: &str) -> Option<String> {
    let mut key = String::new();
    link_backoff_into(&mut key, label, canonical).then_some(key)
}

/// [`link_backoff`] into `key` (cleared first; left empty when there is none): whether there
/// is one.
pub fn link_backoff_into(key: &mut String, label: Label, canonical: &str) -> bool {
    key.clear();
    let kind = match label {
        Label::Person => "PERSON:",
        Label::Org | Label::App | Label::Product => "NAME:",
        _ => return false,
    };
    let name = match label {
        Label::Person => match crate::resolve::Words::new(canonical).next_back() {
            Some(name) => name,
            None => return false,
        },
        _ => canonical,
    };
    key.push(LINK_ONLY);
    key.push_str(kind);
    let prefix = key.len();
    crate::resolve::fold_into(key, name);
    if key.len() == prefix {
        key.clear();
        return false;
    }
    true
}

/// Small words a name's initials skip ("Department of Homeland Security" is DHS).
const INITIALS_SKIP: [&str; 10] = ["of", "the", "and", "for", "on", "in", "to", "a", "an", "at"];

/// The lowercase initials of a name of two or more words, skipping small words
/// ("Environmental Protection Agency" → "epa"); None for a one-word name.
pub fn initials(name: &str) -> Option<String> {
    let words: Vec<&str> = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| {
            // ASCII case folding is enough: no other letter lowercases into a skipped word.
            w.chars().next().is_some_and(char::is_alphabetic)
                && !INITIALS_SKIP.iter().any(|s| s.eq_ignore_ascii_case(w))
        })
        .collect();
    if words.len() < 2 {
        return None;
    }
    Some(
        words
            .iter()
            .filter_map(|w| w.chars().next())
            .flat_map(char::to_lowercase)
            .collect(),
    )
}

/// True when `surface` is an acronym of `name`: 2–8 capital letters (dots allowed: "E.P.A.")
/// that are the initials of the name.
pub fn is_acronym_of(surface: &str, name: &str) -> bool {
    // Most surfaces are no acronym: reject them without building a string.
    let mut n = 0;
    for c in surface.chars().filter(|&c| c != '.') {
        n += 1;
        if n > 8 || !(c.is_alphabetic() && c.is_uppercase()) {
            return false;
        }
    }
    if n < 2 {
        return false;
    }
    let letters: String = surface.chars().filter(|&c| c != '.').collect();
    let n = letters.chars().count();
    (2..=8).contains(&n)
        && letters
            .chars()
            .all(|c| c.is_alphabetic() && c.is_uppercase())
        && initials(name).is_some_and(|i| i == letters.to_lowercase())
}

/// True when `needle` occurs in `hay` as whole words (no letter or digit on either side).
fn contains_words(hay: &str, needle: &str) -> bool {
    if needle.is_empty() {
        return false;
    }
    // Leftmost non-overlapping matches, as `str::match_indices` gives them, found by the
    // first byte (titles are short: a searcher's set-up would cost more than the search).
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let mut from = 0;
    while let Some(p) = memchr::memchr(n[0], &h[from..]) {
        let i = from + p;
        if !h[i..].starts_with(n) {
            from = i + 1;
            continue;
        }
        // Byte offsets of a whole match of a str in a str: char boundaries.
        let before = hay[..i].chars().next_back();
        let after = hay[i + n.len()..].chars().next();
        if !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric) {
            return true;
        }
        from = i + n.len();
    }
    false
}

/// The bytes a text holds, as a 256-bit set: a needle with a byte that the haystack lacks
/// cannot occur in it, and most names fail that test at once against a title (wire titles are
/// in capitals), without [`contains_words`] searching it.
#[derive(Clone, Copy, Default)]
struct ByteSet([u64; 4]);

impl ByteSet {
    fn of(s: &str) -> ByteSet {
        let mut set = ByteSet::default();
        for &b in s.as_bytes() {
            set.0[usize::from(b >> 6)] |= 1 << (b & 63);
        }
        set
    }

    fn has_all(&self, s: &str) -> bool {
        s.bytes()
            .all(|b| self.0[usize::from(b >> 6)] & (1 << (b & 63)) != 0)
    }
}

/// Canonical-name votes of one entity: the first name with its count, then any others.
type Votes<'a> = ((&'a str, u32), Vec<(&'a str, u32)>);

impl ArticleProfile {
    /// Builds the profile of analysed article number `doc`.
    pub fn from_analysis(doc: u32, a: &Analysis) -> ArticleProfile {
        ArticleProfile {
            doc,
            doc_id: a.article.id.clone(),
            date: profile_date(a).map(str::to_string),
            entities: sketch(a).into_iter().map(Sketch::into_owned).collect(),
        }
    }
}

/// The date of a profile: the article's, when it is an ISO date ([`super::parse_day`]).
pub(crate) fn profile_date(a: &Analysis) -> Option<&str> {
    a.article
        .meta
        .date
        .as_deref()
        .filter(|d| super::parse_day(d).is_some())
}

/// A [`ProfileEntity`] borrowed from the analysis: what the batch writer hands to the corpus
/// pass ([`super::CorpusBuilder::add_analysis`]), which interns its strings at once; owned
/// copies of them were made and freed for every article.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Sketch<'a> {
    pub key: Cow<'a, str>,
    pub label: Label,
    pub canonical: &'a str,
    pub surfaces: Vec<&'a str>,
    pub mentions: u32,
    pub in_title: bool,
    pub in_lead: bool,
    pub first_pos: u32,
    /// An entity (not a link feature) whose link feature the sketch holds: what
    /// [`EntityView::via_link_feature`] would find, known when the feature was made.
    pub via_feature: bool,
}

impl Sketch<'_> {
    fn into_owned(self) -> ProfileEntity {
        ProfileEntity {
            key: self.key.into_owned(),
            label: self.label,
            canonical: self.canonical.to_string(),
            surfaces: self.surfaces.iter().map(|s| s.to_string()).collect(),
            mentions: self.mentions,
            in_title: self.in_title,
            in_lead: self.in_lead,
            first_pos: self.first_pos,
        }
    }
}

/// What the corpus pass reads of a profile entity, owned or borrowed.
pub(crate) trait EntityView {
    fn key(&self) -> &str;
    fn label(&self) -> Label;
    fn canonical(&self) -> &str;
    fn surfaces(&self) -> impl Iterator<Item = &str>;
    fn mentions(&self) -> u32;
    fn in_title(&self) -> bool;
    fn in_lead(&self) -> bool;
    /// Is the entity linked through its link feature ([`link_backoff`]): it is no feature
    /// itself and its feature is among the article's `features` (sorted)? `scratch` is
    /// working space.
    fn via_link_feature(&self, features: &[&str], scratch: &mut String) -> bool {
        !features.is_empty()
            && !self.key().starts_with(LINK_ONLY)
            && link_backoff_into(scratch, self.label(), self.canonical())
            && features.binary_search(&scratch.as_str()).is_ok()
    }
}

impl EntityView for ProfileEntity {
    fn key(&self) -> &str {
        &self.key
    }
    fn label(&self) -> Label {
        self.label
    }
    fn canonical(&self) -> &str {
        &self.canonical
    }
    fn surfaces(&self) -> impl Iterator<Item = &str> {
        self.surfaces.iter().map(String::as_str)
    }
    fn mentions(&self) -> u32 {
        self.mentions
    }
    fn in_title(&self) -> bool {
        self.in_title
    }
    fn in_lead(&self) -> bool {
        self.in_lead
    }
}

impl EntityView for Sketch<'_> {
    fn key(&self) -> &str {
        &self.key
    }
    fn label(&self) -> Label {
        self.label
    }
    fn canonical(&self) -> &str {
        self.canonical
    }
    fn surfaces(&self) -> impl Iterator<Item = &str> {
        self.surfaces.iter().copied()
    }
    fn mentions(&self) -> u32 {
        self.mentions
    }
    fn in_title(&self) -> bool {
        self.in_title
    }
    fn in_lead(&self) -> bool {
        self.in_lead
    }
    fn via_link_feature(&self, _features: &[&str], _scratch: &mut String) -> bool {
        self.via_feature
    }
}

/// The profile entities of an article (see [`ArticleProfile::entities`]), borrowed.
pub(crate) fn sketch<'a>(a: &'a Analysis) -> Vec<Sketch<'a>> {
    // Sentence index → rank among body sentences, for the lead.
    let mut lead = vec![false; a.sentences.len()];
    let mut body_seen = 0;
    for (i, s) in a.sentences.iter().enumerate() {
        match s.zone {
            Zone::Highlights => lead[i] = true,
            Zone::Body if body_seen < LEAD_SENTENCES => {
                lead[i] = true;
                body_seen += 1;
            }
            _ => {}
        }
    }
    let title = a.article.meta.title.as_deref().unwrap_or("");
    let title_bytes = ByteSet::of(title);
    // Sized up front (at most one key per mention): growing it rehashed every key.
    let mut index: FxMap<Cow<str>, usize> =
        FxMap::with_capacity_and_hasher(a.mentions.len(), Default::default());
    let mut entities: Vec<Sketch<'a>> = Vec::new();
    // Canonical-name votes per entity: (name, count), in order of first vote. The resolver
    // gives all mentions of an entity one name, so the first is kept apart from the rest.
    let mut votes: Vec<Votes> = Vec::new();
    let mut ordinal = 0u32;
    for m in &a.mentions {
        if !m.label.is_named() || !m.zone.is_content() || m.canonical.trim().is_empty() {
            continue;
        }
        let Some(surface) = a.article.text.get(m.start..m.end) else {
            continue;
        };
        // One hash of the key, found or new.
        let i = match index.entry(entity_key_of(a, m)) {
            Entry::Occupied(found) => *found.get(),
            Entry::Vacant(slot) => {
                let i = entities.len();
                entities.push(Sketch {
                    key: slot.key().clone(),
                    label: m.label,
                    canonical: "",
                    surfaces: Vec::new(),
                    mentions: 0,
                    in_title: false,
                    in_lead: false,
                    first_pos: ordinal,
                    via_feature: false,
                });
                votes.push(((m.canonical.as_str(), 0), Vec::new()));
                slot.insert(i);
                i
            }
        };
        let e = &mut entities[i];
        e.mentions += 1;
        e.in_title |= m.zone == Zone::Title;
        e.in_lead |= lead.get(m.sentence).copied().unwrap_or(false);
        if !e.surfaces.contains(&surface) {
            e.surfaces.push(surface);
        }
        let (first, rest) = &mut votes[i];
        if first.0 == m.canonical {
            first.1 += 1;
        } else {
            match rest.iter_mut().find(|(n, _)| *n == m.canonical) {
                Some((_, c)) => *c += 1,
                None => rest.push((m.canonical.as_str(), 1)),
            }
        }
        ordinal += 1;
    }
    drop(index);
    for (e, (first, rest)) in entities.iter_mut().zip(votes) {
        if let Some((name, _)) = std::iter::once(first).chain(rest).max_by(|x, y| {
            x.1.cmp(&y.1)
                .then(x.0.len().cmp(&y.0.len()))
                .then(y.0.cmp(x.0))
        }) {
            e.canonical = name;
        }
        // An input title that is not part of the text still says what the story is about.
        if !e.in_title && !title.is_empty() {
            let in_title = |s: &str| title_bytes.has_all(s) && contains_words(title, s);
            e.in_title = e.surfaces.iter().any(|s| in_title(s)) || in_title(e.canonical);
        }
    }
    // Link features. Their display name is the entity's canonical name (the corpus keeps
    // the commonest); their surfaces are only the acronyms the article uses for the name
    // ("EPA" beside "Environmental Protection Agency"), from which the corpus pass learns
    // which name an acronym-only article means.
    let mut backoffs: Vec<Sketch<'a>> = Vec::new();
    let mut key = String::new();
    for e in &mut entities {
        if !link_backoff_into(&mut key, e.label, e.canonical) {
            continue;
        }
        // Its feature is made (or joined) below: the corpus pass links the entity through it.
        e.via_feature = !e.key.starts_with(LINK_ONLY);
        let acronyms = e
            .surfaces
            .iter()
            .filter(|s| e.label != Label::Person && is_acronym_of(s, e.canonical));
        match backoffs.iter_mut().find(|b| b.key == key) {
            Some(b) => {
                b.mentions += e.mentions;
                b.in_title |= e.in_title;
                b.in_lead |= e.in_lead;
                for a in acronyms {
                    if !b.surfaces.contains(a) {
                        b.surfaces.push(a);
                    }
                }
            }
            None => backoffs.push(Sketch {
                key: Cow::Owned(key.clone()),
                label: e.label,
                canonical: e.canonical,
                surfaces: acronyms.copied().collect(),
                mentions: e.mentions,
                in_title: e.in_title,
                in_lead: e.in_lead,
                first_pos: e.first_pos,
                via_feature: false,
            }),
        }
    }
    entities.extend(backoffs);
    entities
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Meta, Sentence};

    fn mention(
        start: usize,
        end: usize,
        label: Label,
        canonical: &str,
        zone: Zone,
        sentence: usize,
    ) -> Mention {
        Mention {
            start,
            end,
            label,
            canonical: canonical.into(),
            source: "test".into(),
            id: None,
            role: None,
            sentence,
            zone,
            money: None,
            value: None,
            entity: None,
        }
    }

    #[test]
    fn keys_use_whole_entity_ids_else_label_and_canonical() {
        let mut a = Analysis::default();
        let mut m = mention(0, 5, Label::Location, "Paris", Zone::Body, 0);
        assert_eq!(entity_key(&a, &m), "LOCATION:paris");
        a.entities.push(crate::model::Entity {
            id: "Q90".into(),
            label: Label::Location,
            canonical: "Paris".into(),
            mentions: vec![0],
        });
        m.entity = Some(0);
        assert_eq!(entity_key(&a, &m), "Q90");
        m.entity = Some(7);
        assert_eq!(entity_key(&a, &m), "LOCATION:paris");
    }

    #[test]
    fn link_backoffs_meet_across_labels_and_name_forms() {
        let key = link_backoff;
        // A surname alone and a full name meet; two lists' labels for one name meet.
        assert_eq!(
            key(Label::Person, "Michael Steele"),
            key(Label::Person, "Steele")
        );
        assert_eq!(key(Label::Org, "Google"), key(Label::App, "Google"));
        // People and organisations do not; places and values have none.
        assert_ne!(key(Label::Person, "Ford"), key(Label::Org, "Ford"));
        assert_eq!(key(Label::Location, "Paris"), None);
        assert_eq!(key(Label::Money, "$5"), None);
        assert_eq!(key(Label::Person, " "), None);
        assert!(key(Label::Org, "Tesla").is_some_and(|k| k.starts_with(LINK_ONLY)));
    }

    #[test]
    fn acronyms_are_initials_of_the_name() {
        let cases = [
            ("EPA", "Environmental Protection Agency", true),
            ("E.P.A.", "Environmental Protection Agency", true),
            ("DHS", "Department of Homeland Security", true),
            ("NRSC", "National Republican Senatorial Committee", true),
            ("TPP", "Trans-Pacific Partnership", true),
            ("EPA", "Environmental Agency", false),
            ("Epa", "Environmental Protection Agency", false),
            ("E", "Environment", false),
            ("EPA", "EPA", false),
            ("IRS", "Internal Revenue Service", true),
            ("IRS", "Internal Revenue", false),
        ];
        for (surface, name, want) in cases {
            assert_eq!(is_acronym_of(surface, name), want, "{surface} / {name}");
        }
        assert_eq!(
            initials("Trans-Pacific Partnership").as_deref(),
            Some("tpp")
        );
        assert_eq!(initials("Google"), None);
    }

    #[test]
    fn byte_sets_hold_exactly_the_bytes() {
        let set = ByteSet::of("MUSK JOINS Über\u{7f}\u{0}");
        for s in ["MUSK", "JOIN", "Ü", "Über", " ", "\u{7f}\u{0}", ""] {
            assert!(set.has_all(s), "{s:?}");
        }
        for s in ["Musk", "MUSKY", "ü", "Ö", "\u{80}", "\u{ff}", "\n"] {
            assert!(!set.has_all(s), "{s:?}");
        }
    }

    #[test]
    fn title_words_match_whole_words_only() {
        let cases = [
            ("Musk joins Clubhouse", "Musk", true),
            ("Musk joins Clubhouse", "Club", false),
            ("Muskrat season opens", "Musk", false),
            ("Talks with Putin's aide", "Putin", true),
            ("", "Putin", false),
            ("Putin", "", false),
            // Matches do not overlap (as with `match_indices`): the second "a-a" starts
            // inside the first.
            ("xa-a-a", "a-a", false),
            ("xa-a a-a", "a-a", true),
            ("Muskrat and Musk", "Musk", true),
            ("Über Müller", "Müller", true),
            ("ÜberMüller", "Müller", false),
        ];
        for (hay, needle, want) in cases {
            assert_eq!(contains_words(hay, needle), want, "{hay:?} / {needle:?}");
            // The byte filter never turns a match away.
            assert!(
                !want || ByteSet::of(hay).has_all(needle),
                "{hay:?} / {needle:?}"
            );
        }
    }

    /// Boilerplate, byline and values are left out; title and lead are flagged; counts add up.
    #[test]
    fn profile_keeps_content_entities_only() {
        let text = "Musk meets Putin\nElon Musk spoke. Musk left. Trending: Apple\nBy Reuters";
        let title_end = 16;
        let body = 17;
        let s1 = text.find("Musk left").unwrap();
        let trending = text.find("Apple").unwrap();
        let byline = text.find("Reuters").unwrap();
        let a = Analysis {
            article: Article {
                id: "d1".into(),
                text: text.into(),
                meta: Meta {
                    date: Some("2021-02-16".into()),
                    ..Default::default()
                },
                ..Default::default()
            },
            sentences: vec![
                Sentence {
                    start: 0,
                    end: title_end,
                    zone: Zone::Title,
                },
                Sentence {
                    start: body,
                    end: s1,
                    zone: Zone::Body,
                },
                Sentence {
                    start: s1,
                    end: trending,
                    zone: Zone::Body,
                },
                Sentence {
                    start: trending,
                    end: byline,
                    zone: Zone::Boilerplate,
                },
                Sentence {
                    start: byline,
                    end: text.len(),
                    zone: Zone::Byline,
                },
            ],
            mentions: vec![
                mention(0, 4, Label::Person, "Elon Musk", Zone::Title, 0),
                mention(11, 16, Label::Person, "Putin", Zone::Title, 0),
                mention(body, body + 9, Label::Person, "Elon Musk", Zone::Body, 1),
                mention(s1, s1 + 4, Label::Person, "Elon Musk", Zone::Body, 2),
                mention(
                    trending,
                    trending + 5,
                    Label::Org,
                    "Apple",
                    Zone::Boilerplate,
                    3,
                ),
                mention(byline, byline + 7, Label::Org, "Reuters", Zone::Byline, 4),
                Mention {
                    money: None,
                    ..mention(body, body + 4, Label::Money, "$1", Zone::Body, 1)
                },
            ],
            ..Default::default()
        };
        assert_eq!(via_features(&a), [true, true, false, false]);
        let p = ArticleProfile::from_analysis(7, &a);
        assert_eq!(p.doc, 7);
        assert_eq!(p.date.as_deref(), Some("2021-02-16"));
        let keys: Vec<&str> = p.entities.iter().map(|e| e.key.as_str()).collect();
        // The entities, then their link-only surname features (no Reuters: byline).
        assert_eq!(
            keys,
            [
                "PERSON:elon musk",
                "PERSON:putin",
                "~PERSON:musk",
                "~PERSON:putin"
            ]
        );
        // The surname feature shows the full name; only organisations keep acronyms.
        assert_eq!(p.entities[2].canonical, "Elon Musk");
        assert!(p.entities[2].surfaces.is_empty());
        let musk = &p.entities[0];
        assert_eq!(musk.mentions, 3);
        assert!(musk.in_title && musk.in_lead);
        assert_eq!(musk.surfaces, ["Musk", "Elon Musk"]);
        assert_eq!(musk.first_pos, 0);
        let putin = &p.entities[1];
        assert!(putin.in_title && !putin.in_lead);
        assert_eq!(putin.first_pos, 1);
    }

    /// The name feature of an organisation keeps the acronyms the article uses for it, and
    /// only those.
    #[test]
    fn name_features_keep_acronyms_of_the_name() {
        let text = "The Environmental Protection Agency (EPA) met Acme. EPA and ACM said so.";
        let at = |s: &str| text.find(s).unwrap();
        let full = "Environmental Protection Agency";
        let org = |s: &str, c: &str| {
            let i = at(s);
            mention(i, i + s.len(), Label::Org, c, Zone::Body, 0)
        };
        let a = Analysis {
            article: Article {
                id: "d".into(),
                text: text.into(),
                ..Default::default()
            },
            sentences: vec![Sentence {
                start: 0,
                end: text.len(),
                zone: Zone::Body,
            }],
            mentions: vec![
                org(full, full),
                org("EPA)", full),
                org("Acme", "Acme"),
                org("EPA and", full),
                org("ACM", "Acme"),
            ]
            .into_iter()
            .map(|mut m| {
                // "EPA)" and "EPA and" were found to pick the right occurrence: trim to "EPA".
                if text[m.start..m.end].starts_with("EPA") {
                    m.end = m.start + 3;
                }
                m
            })
            .collect(),
            ..Default::default()
        };
        // The two organisations, then their features.
        assert_eq!(via_features(&a), [true, true, false, false]);
        let p = ArticleProfile::from_analysis(0, &a);
        let feature = |k: &str| p.entities.iter().find(|e| e.key == k).unwrap();
        let epa = feature("~NAME:environmental protection agency");
        assert_eq!(epa.surfaces, ["EPA"]);
        assert_eq!(epa.mentions, 3);
        // "ACM" is not Acme's initials (one word has none).
        assert!(feature("~NAME:acme").surfaces.is_empty());
    }

    /// [`EntityView::via_link_feature`] of each sketched entity, checked against the general
    /// test (the one loaded profiles use).
    fn via_features(a: &Analysis) -> Vec<bool> {
        let sketches = sketch(a);
        let mut features: Vec<&str> = sketches
            .iter()
            .map(|e| e.key())
            .filter(|k| k.starts_with(LINK_ONLY))
            .collect();
        features.sort_unstable();
        let mut scratch = String::new();
        let mut out = Vec::new();
        for e in &sketches {
            let general = e.clone().into_owned();
            let via = e.via_link_feature(&features, &mut scratch);
            assert_eq!(
                via,
                general.via_link_feature(&features, &mut scratch),
                "{}",
                e.key
            );
            out.push(via);
        }
        out
    }

    #[test]
    fn undated_or_unparsed_dates_are_none() {
        for (date, want) in [
            (Some("2021-02-16"), Some("2021-02-16")),
            (Some("16 Feb 2021"), None),
            (None, None),
        ] {
            let a = Analysis {
                article: Article {
                    meta: Meta {
                        date: date.map(str::to_string),
                        ..Default::default()
                    },
                    ..Default::default()
                },
                ..Default::default()
            };
            assert_eq!(ArticleProfile::from_analysis(0, &a).date.as_deref(), want);
        }
    }
}
