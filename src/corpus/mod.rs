//! The corpus pass: entities across articles, story links, storylines.
//!
//! Takes [`ArticleProfile`]s one at a time ([`CorpusBuilder::add`]; the batch writer thread, as
//! articles stream by, hands over each analysis, whose profile is only borrowed:
//! [`CorpusBuilder::add_analysis`]) and interns them: entity keys and names become `u32` ids, each
//! article keeps a sorted slice of compact [`EntityRef`]s (12 bytes each). [`CorpusBuilder::finish`]
//! gives a [`Corpus`]: per-entity totals (entities.csv), then [`links::build`] (links.csv) and
//! [`storylines::cluster`] (storylines.csv) run over it in parallel.
//!
//! It does not read articles or write files (see `batch` and `export::corpus`), and it does not
//! resolve name variants: an entity is whatever [`profile::entity_key`] says.

pub mod links;
pub mod profile;
pub mod storylines;

pub use links::{Link, LinkOptions, LinkSet};
pub use profile::{entity_key, ArticleProfile, ProfileEntity};
pub use storylines::{Storyline, StorylineOptions};

use crate::gazetteer::FxBuildHasher;
use crate::model::{Analysis, Label};
use profile::EntityView;
use std::collections::HashMap;

/// FxHash maps for lookups whose iteration order never reaches output.
type FxMap<K, V> = HashMap<K, V, FxBuildHasher>;

/// Surface forms kept per entity for the `aliases` column (the most frequent ones).
pub const MAX_ALIASES: usize = 20;

/// Flag bits of [`EntityRef::flags`].
pub const IN_TITLE: u8 = 1;
pub const IN_LEAD: u8 = 2;
/// The article also has this entity's link feature ([`profile::link_backoff`]), which links
/// in its stead: the entity itself gets no link weight.
pub const VIA_LINK_FEATURE: u8 = 4;

/// One entity of one article, interned.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct EntityRef {
    pub entity: u32,
    /// Mentions in the article, saturating.
    pub mentions: u16,
    pub flags: u8,
}

/// Totals of one entity over the corpus.
#[derive(Clone, Debug, PartialEq)]
pub struct EntityInfo {
    pub key: Box<str>,
    pub label: Label,
    /// Interned canonical name: the form most articles give, the longest on ties.
    pub canonical: u32,
    /// Interned surface forms with their mention-weighted counts (articles using them).
    aliases: Vec<(u32, u32)>,
    canonicals: Vec<(u32, u32)>,
    pub articles: u32,
    pub mentions: u64,
    /// Days since 1970-01-01 of the earliest / latest dated article.
    pub first_day: Option<i32>,
    pub last_day: Option<i32>,
}

/// String interner: one copy of each name.
#[derive(Default)]
struct Interner {
    map: FxMap<Box<str>, u32>,
    strings: Vec<Box<str>>,
}

impl Interner {
    fn intern(&mut self, s: &str) -> u32 {
        if let Some(&i) = self.map.get(s) {
            return i;
        }
        let i = self.strings.len() as u32;
        let b: Box<str> = s.into();
        self.strings.push(b.clone());
        self.map.insert(b, i);
        i
    }
}

/// Collects profiles; memory is the interned names plus 12 bytes per (article, entity).
#[derive(Default)]
pub struct CorpusBuilder {
    keys: FxMap<Box<str>, u32>,
    /// Per entity, the last article (1-based, 0 none) that gave it a ref: a key repeated
    /// within one profile is found without a scan.
    last_doc: Vec<u32>,
    /// Scratch buffer for link-feature keys.
    scratch: String,
    entities: Vec<EntityInfo>,
    names: Interner,
    doc_ids: Vec<Box<str>>,
    days: Vec<Option<i32>>,
    refs: Vec<EntityRef>,
    starts: Vec<usize>,
}

fn bump(v: &mut Vec<(u32, u32)>, sym: u32) {
    match v.iter_mut().find(|(s, _)| *s == sym) {
        Some((_, c)) => *c += 1,
        None => v.push((sym, 1)),
    }
}

impl CorpusBuilder {
    pub fn new() -> CorpusBuilder {
        CorpusBuilder {
            starts: vec![0],
            ..Default::default()
        }
    }

    pub fn len(&self) -> usize {
        self.doc_ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.doc_ids.is_empty()
    }

    /// Adds one article (in input order).
    pub fn add(&mut self, p: &ArticleProfile) {
        self.add_entities(&p.doc_id, p.date.as_deref(), &p.entities);
    }

    /// Adds one analysed article (in input order): [`CorpusBuilder::add`] of its
    /// [`ArticleProfile::from_analysis`], without making owned copies of its names first.
    pub fn add_analysis(&mut self, a: &Analysis) {
        let entities = profile::sketch(a);
        self.add_entities(&a.article.id, profile::profile_date(a), &entities);
    }

    fn add_entities<E: EntityView>(&mut self, doc_id: &str, date: Option<&str>, entities: &[E]) {
        let day = date.and_then(parse_day);
        let start = self.refs.len();
        let doc = self.doc_ids.len() as u32 + 1;
        // A few per article: a sorted list, not a hash set built per article.
        let mut features: Vec<&str> = entities
            .iter()
            .map(|e| e.key())
            .filter(|k| k.starts_with(profile::LINK_ONLY))
            .collect();
        features.sort_unstable();
        for e in entities {
            let id = match self.keys.get(e.key()) {
                Some(&id) => id,
                None => {
                    let id = self.entities.len() as u32;
                    self.keys.insert(e.key().into(), id);
                    self.last_doc.push(0);
                    self.entities.push(EntityInfo {
                        key: e.key().into(),
                        label: e.label(),
                        canonical: 0,
                        aliases: Vec::new(),
                        canonicals: Vec::new(),
                        articles: 0,
                        mentions: 0,
                        first_day: None,
                        last_day: None,
                    });
                    id
                }
            };
            let canonical = self.names.intern(e.canonical());
            let info = &mut self.entities[id as usize];
            info.articles += 1;
            info.mentions += u64::from(e.mentions());
            bump(&mut info.canonicals, canonical);
            for s in e.surfaces() {
                bump(&mut info.aliases, self.names.intern(s));
            }
            if let Some(d) = day {
                info.first_day = Some(info.first_day.map_or(d, |f| f.min(d)));
                info.last_day = Some(info.last_day.map_or(d, |l| l.max(d)));
            }
            let via = e.via_link_feature(&features, &mut self.scratch);
            let flags = if e.in_title() { IN_TITLE } else { 0 }
                | if e.in_lead() { IN_LEAD } else { 0 }
                | if via { VIA_LINK_FEATURE } else { 0 };
            let seen = std::mem::replace(&mut self.last_doc[id as usize], doc) == doc;
            match seen
                .then(|| self.refs[start..].iter_mut().find(|r| r.entity == id))
                .flatten()
            {
                // Two keys of one profile never coincide, but a duplicate must not count twice.
                Some(r) => {
                    r.mentions = r
                        .mentions
                        .saturating_add(e.mentions().min(u16::MAX as u32) as u16);
                    r.flags |= flags;
                    info.articles -= 1;
                }
                None => self.refs.push(EntityRef {
                    entity: id,
                    mentions: e.mentions().clamp(1, u16::MAX as u32) as u16,
                    flags,
                }),
            }
        }
        self.refs[start..].sort_unstable_by_key(|r| r.entity);
        self.starts.push(self.refs.len());
        self.doc_ids.push(doc_id.into());
        self.days.push(day);
    }

    /// Acronym link features that one full name owns: `~NAME:epa` → `~NAME:environmental
    /// protection agency` when at least two thirds of the articles that spell the acronym out
    /// beside it ([`profile`] keeps those acronyms as the surfaces of `~NAME:` features) give
    /// that name. An article that only says "EPA" then meets one that only says "Environmental
    /// Protection Agency". Learnt from the corpus itself, not from a list.
    fn acronym_targets(&self) -> HashMap<u32, u32> {
        let prefix = format!("{}NAME:", profile::LINK_ONLY);
        let mut votes: HashMap<u32, Vec<(u32, u32)>> = HashMap::new();
        for (id, e) in self.entities.iter().enumerate() {
            if !e.key.starts_with(&prefix) {
                continue;
            }
            for &(sym, n) in &e.aliases {
                let Some(key) =
                    profile::link_backoff(Label::Org, &self.names.strings[sym as usize])
                else {
                    continue;
                };
                if let Some(&src) = self.keys.get(key.as_str()) {
                    if src != id as u32 {
                        votes.entry(src).or_default().push((id as u32, n));
                    }
                }
            }
        }
        let mut out = HashMap::new();
        for (src, v) in votes {
            let total: u32 = v.iter().map(|x| x.1).sum();
            if let Some(&(target, n)) = v.iter().max_by(|a, b| a.1.cmp(&b.1).then(b.0.cmp(&a.0))) {
                if n * 3 >= total * 2 {
                    out.insert(src, target);
                }
            }
        }
        out
    }

    /// Moves the refs of each remapped entity to its target (one ref per entity per article).
    fn remap(&mut self, map: &HashMap<u32, u32>) {
        let mut refs = Vec::with_capacity(self.refs.len());
        let mut starts = vec![0];
        for d in 0..self.doc_ids.len() {
            let doc = &self.refs[self.starts[d]..self.starts[d + 1]];
            let begin = refs.len();
            refs.extend_from_slice(doc);
            if doc.iter().any(|r| map.contains_key(&r.entity)) {
                let mine = &mut refs[begin..];
                let mut targets: Vec<u32> = Vec::new();
                for r in mine.iter_mut() {
                    if let Some(&t) = map.get(&r.entity) {
                        self.entities[r.entity as usize].articles -= 1;
                        r.entity = t;
                        if !targets.contains(&t) && !doc.iter().any(|o| o.entity == t) {
                            targets.push(t);
                        }
                    }
                }
                for &t in &targets {
                    self.entities[t as usize].articles += 1;
                }
                mine.sort_unstable_by_key(|r| r.entity);
                let mut merged: Vec<EntityRef> = Vec::with_capacity(mine.len());
                for &r in mine.iter() {
                    match merged.last_mut() {
                        Some(m) if m.entity == r.entity => {
                            m.mentions = m.mentions.saturating_add(r.mentions);
                            m.flags |= r.flags;
                        }
                        _ => merged.push(r),
                    }
                }
                refs.truncate(begin);
                refs.extend_from_slice(&merged);
            }
            starts.push(refs.len());
        }
        for (&src, &t) in map {
            let (mentions, first, last) = {
                let s = &mut self.entities[src as usize];
                (
                    std::mem::take(&mut s.mentions),
                    s.first_day.take(),
                    s.last_day.take(),
                )
            };
            let e = &mut self.entities[t as usize];
            e.mentions += mentions;
            e.first_day = match (e.first_day, first) {
                (Some(a), Some(b)) => Some(a.min(b)),
                (a, b) => a.or(b),
            };
            e.last_day = match (e.last_day, last) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (a, b) => a.or(b),
            };
        }
        self.refs = refs;
        self.starts = starts;
    }

    /// Settles each entity's canonical name and alias order.
    pub fn finish(mut self) -> Corpus {
        let acronyms = self.acronym_targets();
        if !acronyms.is_empty() {
            self.remap(&acronyms);
        }
        let names = self.names.strings;
        let mut entities = self.entities;
        for e in &mut entities {
            let by_weight = |v: &mut Vec<(u32, u32)>| {
                v.sort_by(|a, b| {
                    b.1.cmp(&a.1)
                        .then(
                            names[b.0 as usize]
                                .chars()
                                .count()
                                .cmp(&names[a.0 as usize].chars().count()),
                        )
                        .then(names[a.0 as usize].cmp(&names[b.0 as usize]))
                });
            };
            by_weight(&mut e.canonicals);
            by_weight(&mut e.aliases);
            e.aliases.truncate(MAX_ALIASES);
            e.aliases.shrink_to_fit();
            e.canonical = e.canonicals.first().map_or(0, |c| c.0);
            e.canonicals = Vec::new();
        }
        Corpus {
            entities,
            names,
            doc_ids: self.doc_ids,
            days: self.days,
            refs: self.refs,
            starts: self.starts,
        }
    }
}

/// The interned corpus.
pub struct Corpus {
    pub entities: Vec<EntityInfo>,
    names: Vec<Box<str>>,
    pub doc_ids: Vec<Box<str>>,
    /// Days since 1970-01-01, per article.
    pub days: Vec<Option<i32>>,
    refs: Vec<EntityRef>,
    starts: Vec<usize>,
}

impl Corpus {
    pub fn len(&self) -> usize {
        self.doc_ids.len()
    }

    pub fn is_empty(&self) -> bool {
        self.doc_ids.is_empty()
    }

    /// The entities of article `doc`, sorted by entity id.
    pub fn doc(&self, doc: usize) -> &[EntityRef] {
        &self.refs[self.starts[doc]..self.starts[doc + 1]]
    }

    pub fn name(&self, sym: u32) -> &str {
        self.names.get(sym as usize).map_or("", |s| s)
    }

    pub fn canonical(&self, entity: u32) -> &str {
        self.name(self.entities[entity as usize].canonical)
    }

    /// Surface forms of an entity, most frequent first.
    pub fn aliases(&self, entity: u32) -> impl Iterator<Item = &str> {
        self.entities[entity as usize]
            .aliases
            .iter()
            .map(|(s, _)| self.name(*s))
    }

    /// Entity ids in table order: most mentions first, then by key.
    pub fn entity_order(&self) -> Vec<u32> {
        let mut order: Vec<u32> = (0..self.entities.len() as u32)
            .filter(|&e| {
                !self.entities[e as usize]
                    .key
                    .starts_with(profile::LINK_ONLY)
            })
            .collect();
        order.sort_by(|&a, &b| {
            let (x, y) = (&self.entities[a as usize], &self.entities[b as usize]);
            y.mentions.cmp(&x.mentions).then_with(|| x.key.cmp(&y.key))
        });
        order
    }
}

/// Days since 1970-01-01 of an ISO `YYYY-MM-DD` date (a longer string is read by its first 10
/// bytes); None when it is not a valid calendar date.
pub fn parse_day(s: &str) -> Option<i32> {
    let b = s.as_bytes();
    if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i32 = s.get(0..4)?.parse().ok()?;
    let m: u32 = s.get(5..7)?.parse().ok()?;
    let d: u32 = s.get(8..10)?.parse().ok()?;
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days_in = [
        31,
        if leap { 29 } else { 28 },
        31,
        30,
        31,
        30,
        31,
        31,
        30,
        31,
        30,
        31,
    ];
    if !(1..=12).contains(&m) || d == 0 || d > days_in[m as usize - 1] {
        return None;
    }
    // Howard Hinnant's days_from_civil.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m as i32 + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d as i32 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146097 + doe - 719468)
}

/// ISO `YYYY-MM-DD` of a day number (inverse of [`parse_day`]).
pub fn format_day(z: i32) -> String {
    let mut out = String::with_capacity(10);
    format_day_into(&mut out, z);
    out
}

/// [`format_day`] into `out` (cleared first): years 0–9999 digit by digit, others by `format!`.
pub fn format_day_into(out: &mut String, z: i32) {
    out.clear();
    let (y, m, d) = civil_from_days(z);
    if (0..=9999).contains(&y) {
        let digits = [
            y / 1000,
            y / 100 % 10,
            y / 10 % 10,
            y % 10,
            -1,
            m / 10,
            m % 10,
            -1,
            d / 10,
            d % 10,
        ];
        // Digits are 0–9 and -1 marks a dash: ASCII either way, appended as one str (char
        // by char, each push re-encoded it: ~400 instructions a date).
        let bytes = digits.map(|x| if x < 0 { b'-' } else { b'0' + x as u8 });
        out.push_str(std::str::from_utf8(&bytes).unwrap_or_default());
    } else {
        use std::fmt::Write;
        let _ = write!(out, "{y:04}-{m:02}-{d:02}");
    }
}

/// Year, month and day of a day number (Howard Hinnant's civil_from_days).
fn civil_from_days(z: i32) -> (i32, i32, i32) {
    let z = z + 719468;
    let era = z.div_euclid(146097);
    let doe = z - era * 146097;
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i32::from(m <= 2);
    (y, m, d)
}

/// Everything the corpus pass gives.
pub struct CorpusResult {
    pub corpus: Corpus,
    pub links: Option<LinkSet>,
    pub storylines: Option<Vec<Storyline>>,
}

/// Options of the whole pass.
#[derive(Clone, Debug, Default)]
pub struct CorpusOptions {
    /// Compute links and storylines (`--no-links` turns this off).
    pub links: bool,
    pub link: LinkOptions,
    pub storyline: StorylineOptions,
}

/// Runs links and storylines over a finished corpus.
pub fn run(corpus: Corpus, options: &CorpusOptions) -> CorpusResult {
    if !options.links {
        return CorpusResult {
            corpus,
            links: None,
            storylines: None,
        };
    }
    let links = links::build(&corpus, &options.link);
    let storylines = storylines::cluster(&corpus, &links, &options.storyline);
    CorpusResult {
        corpus,
        links: Some(links),
        storylines: Some(storylines),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn entity(
        key: &str,
        label: Label,
        canonical: &str,
        surfaces: &[&str],
        mentions: u32,
    ) -> ProfileEntity {
        ProfileEntity {
            key: key.into(),
            label,
            canonical: canonical.into(),
            surfaces: surfaces.iter().map(|s| s.to_string()).collect(),
            mentions,
            in_title: false,
            in_lead: false,
            first_pos: 0,
        }
    }

    /// An analysis added directly gives the corpus its owned profile gives.
    #[test]
    fn analyses_add_as_their_profiles() {
        use crate::model::{Article, Meta};
        let pipeline = crate::pipeline::Pipeline::with_default_gazetteers().unwrap();
        let texts = [
            (
                "a",
                "Elon Musk met Vladimir Putin in Moscow. Musk said Tesla would grow.",
            ),
            (
                "b",
                "The Environmental Protection Agency (EPA) fined Acme Corp. EPA said so.",
            ),
            ("c", "Putin spoke. Tesla shares rose in New York on Monday."),
            ("d", ""),
        ];
        let (mut owned, mut direct) = (CorpusBuilder::new(), CorpusBuilder::new());
        for (i, (id, text)) in texts.into_iter().enumerate() {
            let a = pipeline.analyse(Article {
                id: id.into(),
                text: text.into(),
                meta: Meta {
                    title: Some("MUSK AND PUTIN MEET".into()),
                    date: (i != 1).then(|| format!("2021-02-1{i}")),
                    ..Default::default()
                },
                ..Default::default()
            });
            owned.add(&ArticleProfile::from_analysis(i as u32, &a));
            direct.add_analysis(&a);
        }
        let (x, y) = (owned.finish(), direct.finish());
        assert!(x.entities.len() > 5, "{}", x.entities.len());
        assert_eq!(x.entities, y.entities);
        assert_eq!(x.names, y.names);
        assert_eq!(x.doc_ids, y.doc_ids);
        assert_eq!(x.days, y.days);
        assert_eq!(x.refs, y.refs);
        assert_eq!(x.starts, y.starts);
    }

    /// Articles that spell an acronym out teach the corpus which name it stands for; an
    /// acronym two names claim alike stays as it is.
    #[test]
    fn acronyms_join_the_name_the_corpus_spells_out() {
        let name = |key: &str, canonical: &str, acronyms: &[&str]| {
            entity(key, Label::Org, canonical, acronyms, 1)
        };
        let docs = vec![
            // Spells it out: "Environmental Protection Agency (EPA)".
            vec![name(
                "~NAME:environmental protection agency",
                "Environmental Protection Agency",
                &["EPA"],
            )],
            vec![name("~NAME:epa", "EPA", &[])],
            vec![
                name("~NAME:epa", "EPA", &[]),
                name(
                    "~NAME:environmental protection agency",
                    "Environmental Protection Agency",
                    &[],
                ),
            ],
            // "AP" is claimed by two names, once each.
            vec![name("~NAME:associated press", "Associated Press", &["AP"])],
            vec![name(
                "~NAME:american pharmacists",
                "American Pharmacists",
                &["AP"],
            )],
            vec![name("~NAME:ap", "AP", &[])],
        ];
        let mut b = CorpusBuilder::new();
        for (i, ents) in docs.into_iter().enumerate() {
            b.add(&ArticleProfile {
                doc: i as u32,
                doc_id: format!("d{i}"),
                date: None,
                entities: ents,
            });
        }
        let c = b.finish();
        let id = |k: &str| c.entities.iter().position(|e| &*e.key == k).unwrap() as u32;
        let (epa, full, ap) = (
            id("~NAME:epa"),
            id("~NAME:environmental protection agency"),
            id("~NAME:ap"),
        );
        assert_eq!(c.entities[epa as usize].articles, 0);
        assert_eq!(c.entities[full as usize].articles, 3);
        assert_eq!(c.entities[full as usize].mentions, 4);
        for d in 0..3 {
            let refs = c.doc(d);
            assert_eq!(
                refs.iter().map(|r| r.entity).collect::<Vec<_>>(),
                [full],
                "doc {d}"
            );
        }
        assert_eq!(c.doc(2)[0].mentions, 2);
        assert_eq!(c.entities[ap as usize].articles, 1);
        assert_eq!(c.doc(5)[0].entity, ap);
    }

    /// An entity whose link feature is in the same article is flagged to link through it.
    #[test]
    fn entities_with_their_link_feature_are_flagged() {
        let mut b = CorpusBuilder::new();
        b.add(&ArticleProfile {
            doc: 0,
            doc_id: "a".into(),
            date: None,
            entities: vec![
                entity("PERSON:elon musk", Label::Person, "Elon Musk", &["Musk"], 2),
                entity("~PERSON:musk", Label::Person, "Elon Musk", &[], 2),
                entity(
                    "PERSON:dmitry peskov",
                    Label::Person,
                    "Dmitry Peskov",
                    &["Peskov"],
                    1,
                ),
                entity("Q159", Label::Location, "Russia", &["Russia"], 1),
            ],
        });
        let c = b.finish();
        let via: Vec<(&str, bool)> = c
            .doc(0)
            .iter()
            .map(|r| {
                (
                    &*c.entities[r.entity as usize].key,
                    r.flags & VIA_LINK_FEATURE != 0,
                )
            })
            .collect();
        assert_eq!(
            via,
            [
                ("PERSON:elon musk", true),
                ("~PERSON:musk", false),
                ("PERSON:dmitry peskov", false),
                ("Q159", false)
            ]
        );
    }

    /// The digit-by-digit dates are the `format!` ones, at year and month boundaries, before
    /// year 0 and after 9999.
    #[test]
    fn fast_dates_equal_format() {
        let mut days: Vec<i32> = (-800_000..-700_000).step_by(997).collect();
        days.extend(-719_530..-719_520); // around 0000-01-01
        days.extend((-5000..25000).step_by(7));
        days.extend(2_932_890..2_932_900); // around 10000-01-01
        days.extend([i32::MIN / 2, i32::MAX / 2]);
        for z in days {
            let (y, m, d) = civil_from_days(z);
            let want = format!("{y:04}-{m:02}-{d:02}");
            let mut got = String::from("stale");
            format_day_into(&mut got, z);
            assert_eq!(got, want, "{z}");
            assert_eq!(format_day(z), want);
        }
        assert_eq!(format_day(0), "1970-01-01");
    }

    #[test]
    fn days_round_trip_and_reject_bad_dates() {
        let cases = [
            ("1970-01-01", Some(0)),
            ("1970-01-02", Some(1)),
            ("1969-12-31", Some(-1)),
            ("2000-03-01", Some(11017)),
            ("2024-02-29", Some(19782)),
            ("2023-02-29", None),
            ("2021-13-01", None),
            ("2021-00-10", None),
            ("16 Feb 2021", None),
            ("", None),
        ];
        for (s, want) in cases {
            assert_eq!(parse_day(s), want, "{s}");
            if let Some(d) = want {
                assert_eq!(format_day(d), s);
            }
        }
    }

    /// Totals, canonical choice (most articles, then fullest), aliases, date range, order.
    #[test]
    fn entity_totals() {
        let mut b = CorpusBuilder::new();
        let docs = [
            (
                "a",
                Some("2021-02-16"),
                vec![entity(
                    "PERSON:elon musk",
                    Label::Person,
                    "Elon Musk",
                    &["Elon Musk", "Musk"],
                    4,
                )],
            ),
            (
                "b",
                Some("2021-01-03"),
                vec![
                    entity("PERSON:elon musk", Label::Person, "Musk", &["Musk"], 2),
                    entity("Q159", Label::Location, "Russia", &["Russia"], 1),
                ],
            ),
            (
                "c",
                None,
                vec![entity(
                    "PERSON:elon musk",
                    Label::Person,
                    "Elon Musk",
                    &["Elon Musk"],
                    1,
                )],
            ),
        ];
        for (i, (id, date, ents)) in docs.into_iter().enumerate() {
            b.add(&ArticleProfile {
                doc: i as u32,
                doc_id: id.into(),
                date: date.map(str::to_string),
                entities: ents,
            });
        }
        let c = b.finish();
        assert_eq!(c.len(), 3);
        let order = c.entity_order();
        let musk = order[0];
        let e = &c.entities[musk as usize];
        assert_eq!((e.articles, e.mentions), (3, 7));
        assert_eq!(c.canonical(musk), "Elon Musk");
        // "Musk" and "Elon Musk" are in two articles each: the fuller form first.
        assert_eq!(c.aliases(musk).collect::<Vec<_>>(), ["Elon Musk", "Musk"]);
        assert_eq!(e.first_day.map(format_day).as_deref(), Some("2021-01-03"));
        assert_eq!(e.last_day.map(format_day).as_deref(), Some("2021-02-16"));
        assert_eq!(&*c.entities[order[1] as usize].key, "Q159");
        assert_eq!(c.doc(1).len(), 2);
        assert!(c.doc(1).windows(2).all(|w| w[0].entity < w[1].entity));
    }
}
