//! The shared vocabulary of every stage: articles, zones, sentences, tokens, mentions.
//!
//! Everything is stand-off annotation over `Article::text`, which is never rewritten.
//! Spans inside Rust are **byte** offsets (`start..end`, end-exclusive); the export stage
//! converts them to Unicode code-point offsets for the tables.

use serde::Serialize;
use std::borrow::Cow;
use std::fmt;

/// Article metadata, from the input record or parsed from the page (byline, dateline).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Meta {
    pub title: Option<String>,
    /// ISO 8601 date (`YYYY-MM-DD`) when it could be parsed, else the raw value.
    pub date: Option<String>,
    pub author: Option<String>,
    pub url: Option<String>,
    pub source: Option<String>,
}

/// One input article, as read. `text` is the decoded input, unchanged
/// (a UTF-8 BOM is dropped, invalid bytes are replaced by U+FFFD with a warning).
#[derive(Clone, Debug, Default)]
pub struct Article {
    pub id: String,
    /// Where it came from: a file path, with `:LINE` for JSON Lines and CSV records.
    pub source_path: String,
    pub text: String,
    pub meta: Meta,
    /// Problems that did not stop processing (invalid UTF-8, truncation, ...).
    pub warnings: Vec<String>,
}

/// An input that could not be read as an article. It still gets a row in articles.csv.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputFailure {
    pub id: String,
    pub source_path: String,
    pub reason: String,
}

/// Page zones of a (possibly scraped) article.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Zone {
    Title,
    Byline,
    Dateline,
    Highlights,
    Body,
    /// Page furniture: share bars, related-story lists, ads, promos, footers.
    /// Mentions here are kept but flagged; they never produce facts or story links.
    Boilerplate,
}

impl Zone {
    pub fn as_str(self) -> &'static str {
        match self {
            Zone::Title => "title",
            Zone::Byline => "byline",
            Zone::Dateline => "dateline",
            Zone::Highlights => "highlights",
            Zone::Body => "body",
            Zone::Boilerplate => "boilerplate",
        }
    }

    /// Zones whose content is the article's own text (not furniture).
    pub fn is_content(self) -> bool {
        !matches!(self, Zone::Boilerplate | Zone::Byline | Zone::Dateline)
    }
}

impl fmt::Display for Zone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A contiguous region of the text (whole lines) with one zone.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ZoneSpan {
    pub zone: Zone,
    pub start: usize,
    pub end: usize,
}

/// A sentence: trimmed of surrounding whitespace, never crossing a zone boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub start: usize,
    pub end: usize,
    pub zone: Zone,
}

/// Orthographic shape of a token, the main evidence of rule-based recognition.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Shape {
    /// `news`
    Lower,
    /// `Kremlin`
    Capitalised,
    /// `NASA`
    AllCaps,
    /// `SpaceX`, `iPhone`, `JioSaavn`
    Mixed,
    /// `2021`, `5,000`, `1.1`
    Digits,
    /// `X7`, `4G`, `F62`
    Alphanumeric,
    /// `.`, `,`, `"`, `(`
    Punct,
    /// `$`, `₹`, `%`, `&`
    Symbol,
}

impl Shape {
    /// Starts with an upper-case letter.
    pub fn is_upper_initial(self) -> bool {
        matches!(self, Shape::Capitalised | Shape::AllCaps)
    }
    pub fn is_word(self) -> bool {
        matches!(
            self,
            Shape::Lower | Shape::Capitalised | Shape::AllCaps | Shape::Mixed | Shape::Alphanumeric
        )
    }
}

/// A token with byte offsets into the article text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub shape: Shape,
}

/// Entity and value labels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "UPPERCASE")]
pub enum Label {
    Person,
    Org,
    App,
    Product,
    Location,
    Money,
    Percent,
    Date,
    Age,
}

impl Label {
    pub const ALL: [Label; 9] = [
        Label::Person,
        Label::Org,
        Label::App,
        Label::Product,
        Label::Location,
        Label::Money,
        Label::Percent,
        Label::Date,
        Label::Age,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Label::Person => "PERSON",
            Label::Org => "ORG",
            Label::App => "APP",
            Label::Product => "PRODUCT",
            Label::Location => "LOCATION",
            Label::Money => "MONEY",
            Label::Percent => "PERCENT",
            Label::Date => "DATE",
            Label::Age => "AGE",
        }
    }

    /// Parses the labels of GUIDELINE.md and the CoNLL short forms (PER, LOC, GPE).
    pub fn parse(s: &str) -> Option<Label> {
        Some(match s.trim().to_ascii_uppercase().as_str() {
            "PERSON" | "PER" => Label::Person,
            "ORG" | "ORGANIZATION" | "ORGANISATION" => Label::Org,
            "APP" => Label::App,
            "PRODUCT" => Label::Product,
            "LOCATION" | "LOC" | "GPE" => Label::Location,
            "MONEY" => Label::Money,
            "PERCENT" => Label::Percent,
            "DATE" => Label::Date,
            "AGE" => Label::Age,
            _ => return None,
        })
    }

    /// Named entities, as opposed to values (money, percent, date, age).
    pub fn is_named(self) -> bool {
        matches!(
            self,
            Label::Person | Label::Org | Label::App | Label::Product | Label::Location
        )
    }
}

impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A normalised money amount.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Money {
    /// In the currency's unit: "$80 million" → 80000000.
    pub amount: f64,
    /// Upper bound of a range ("$5-6 million" → 6000000).
    pub amount_max: Option<f64>,
    /// ISO 4217 code.
    pub currency: String,
    /// Hedged by a qualifier such as "around", "more than", "up to".
    pub approx: bool,
    /// The qualifier word(s), lower-cased, when present.
    pub qualifier: Option<String>,
}

/// A recognised mention: a span with a label, and the evidence that produced it.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    /// The canonical name (gazetteer canonical or the fullest form in the article).
    pub canonical: String,
    /// Which gazetteer list or which rule produced it (provenance).
    pub source: String,
    /// Gazetteer id of the whole entity when known (never a name part's id).
    pub id: Option<String>,
    /// Title or role word kept out of the span ("President" in "President Putin").
    pub role: Option<String>,
    /// Index into `Analysis::sentences`.
    pub sentence: usize,
    pub zone: Zone,
    pub money: Option<Money>,
    /// Normalised value of a DATE / PERCENT / AGE mention.
    pub value: Option<String>,
    /// Index into `Analysis::entities` (set by [`crate::resolve`]); `None` for values
    /// (MONEY, PERCENT, DATE, AGE), which are not entities.
    pub entity: Option<usize>,
}

/// One real-world thing named in an article: all its mentions, its fullest name, and an id
/// that is the same in every article that names the same thing (see [`crate::resolve`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entity {
    /// The gazetteer id of the whole entity when known (`Q159`, `ORG#1318605`), else
    /// [`crate::resolve::entity_key`] of the label and canonical (`PERSON:elon musk`).
    pub id: String,
    /// The label most of its mentions carry (ties: the first mention's).
    pub label: Label,
    /// The fullest form in the article ("Vladimir Putin" for "Putin", "President Putin").
    pub canonical: String,
    /// Indices into `Analysis::mentions`, ascending.
    pub mentions: Vec<usize>,
}

/// A fact extracted from one sentence, pointing at its evidence (GUIDELINE.md "Facts").
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fact {
    /// Index into `Analysis::sentences`.
    pub sentence: usize,
    /// The subject's canonical name and its entity id when known.
    pub subject: String,
    pub subject_id: Option<String>,
    /// `role`, `age`, `pays`, `raises`, `invests`, `acquires`, `fined`.
    pub predicate: &'static str,
    /// The object's canonical name, the age, or the money surface.
    pub object: String,
    pub object_id: Option<String>,
    /// The role text for `role` facts ("spokesman", "chief executive").
    pub role: Option<String>,
    /// The amount for money facts, the age for `age` facts.
    pub value: Option<f64>,
    pub currency: Option<String>,
    /// Byte span of the evidence in the article text.
    pub evidence_start: usize,
    pub evidence_end: usize,
    /// The rule that produced it (provenance).
    pub rule: &'static str,
    pub confidence: f32,
}

/// Processing status of one article, as written in articles.csv.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Ok,
    Warning,
    Error,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Warning => "warning",
            Status::Error => "error",
        }
    }
}

/// Everything the per-article pipeline found in one article.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    pub article: Article,
    pub zones: Vec<ZoneSpan>,
    pub sentences: Vec<Sentence>,
    pub tokens: Vec<Token>,
    pub mentions: Vec<Mention>,
    /// Named entities of this article, in order of first mention.
    pub entities: Vec<Entity>,
    /// Facts from content zones (never from boilerplate).
    pub facts: Vec<Fact>,
}

impl Analysis {
    pub fn status(&self) -> Status {
        if self.article.warnings.is_empty() {
            Status::Ok
        } else {
            Status::Warning
        }
    }

    /// The zone that contains byte offset `at`.
    pub fn zone_at(&self, at: usize) -> Zone {
        zone_at(&self.zones, at)
    }
}

/// The zone that contains byte offset `at` (zones are sorted and contiguous).
pub fn zone_at(zones: &[ZoneSpan], at: usize) -> Zone {
    let i = zones.partition_point(|z| z.end <= at);
    zones.get(i).map(|z| z.zone).unwrap_or(Zone::Body)
}

/// The words of `s` joined by single spaces (`split_whitespace` then `join(" ")`), borrowed
/// when `s` already is so (ASCII text without tabs, line breaks or double spaces: most names).
/// Names, values and quotes take this form in the tables: wire copy breaks lines inside them
/// ("200 mln\ndlrs").
pub fn single_spaced(s: &str) -> Cow<'_, str> {
    let b = s.as_bytes();
    let plain = s.is_ascii()
        && b.first() != Some(&b' ')
        && b.last() != Some(&b' ')
        && !b.windows(2).any(|w| w == b"  ")
        && !b
            .iter()
            .any(|c| matches!(c, b'\t' | b'\n' | b'\x0b' | b'\x0c' | b'\r'));
    if plain {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.split_whitespace().collect::<Vec<_>>().join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The borrowed fast path gives what the general collapse gives.
    #[test]
    fn single_spaced_equals_split_join() {
        for s in [
            "",
            " ",
            "Bank",
            "Bank of Italy",
            "Bank  of Italy",
            " Bank",
            "Bank ",
            "Bank\nof Italy",
            "Bank\tof",
            "Bank\r\nof",
            "Bank\x0bof",
            "Bank\x0cof",
            "Banco de España",
            "Banco\u{a0}de",
            "Banco\u{2003}de España",
            "Über  Alles",
        ] {
            let want = s.split_whitespace().collect::<Vec<_>>().join(" ");
            let got = single_spaced(s);
            assert_eq!(got, want, "{s:?}");
            if matches!(s, "Bank" | "Bank of Italy" | "") {
                assert!(matches!(got, Cow::Borrowed(_)), "{s:?}");
            }
        }
    }
}
