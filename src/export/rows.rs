//! One flat row type per table (the csv crate cannot write nested fields), built from an
//! [`Outcome`], with byte offsets converted to code points.

use crate::model::{Analysis, InputFailure, Status};
use crate::offsets::CharIndex;
use crate::pipeline::Outcome;
use serde::{Serialize, Serializer};
use std::io::{self, Write};

pub const ARTICLE_COLUMNS: &[&str] = &[
    "doc_id",
    "source_path",
    "title",
    "date",
    "author",
    "url",
    "chars",
    "sentences",
    "status",
    "message",
];
pub const SENTENCE_COLUMNS: &[&str] = &["doc_id", "sentence_id", "start", "end", "zone", "text"];
pub const MENTION_COLUMNS: &[&str] = &[
    "doc_id",
    "mention_id",
    "sentence_id",
    "start",
    "end",
    "text",
    "label",
    "canonical",
    "zone",
    "source",
    "entity_id",
];
pub const MONEY_COLUMNS: &[&str] = &[
    "doc_id",
    "mention_id",
    "text",
    "amount",
    "amount_max",
    "currency",
    "approx",
    "qualifier",
];

#[derive(Debug, Serialize)]
pub struct ArticleRow<'a> {
    pub doc_id: &'a str,
    pub source_path: &'a str,
    pub title: Option<&'a str>,
    pub date: Option<&'a str>,
    pub author: Option<&'a str>,
    pub url: Option<&'a str>,
    pub chars: usize,
    pub sentences: usize,
    pub status: Status,
    pub message: String,
}

#[derive(Debug, Serialize)]
pub struct SentenceRow<'a> {
    pub doc_id: &'a str,
    pub sentence_id: usize,
    pub start: usize,
    pub end: usize,
    pub zone: &'static str,
    pub text: &'a str,
}

#[derive(Debug, Serialize)]
pub struct MentionRow<'a> {
    pub doc_id: &'a str,
    pub mention_id: usize,
    pub sentence_id: usize,
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
    pub label: &'static str,
    pub canonical: &'a str,
    pub zone: &'static str,
    pub source: &'a str,
    /// The entity's corpus-wide id; empty for values (MONEY, PERCENT, DATE, AGE).
    pub entity_id: &'a str,
}

#[derive(Debug, Serialize)]
pub struct MoneyRow<'a> {
    pub doc_id: &'a str,
    pub mention_id: usize,
    pub text: &'a str,
    #[serde(serialize_with = "number")]
    pub amount: f64,
    #[serde(serialize_with = "opt_number")]
    pub amount_max: Option<f64>,
    pub currency: &'a str,
    pub approx: bool,
    pub qualifier: Option<&'a str>,
}

/// Integral amounts print as integers ("80000000", not "80000000.0").
fn number<S: Serializer>(v: &f64, s: S) -> Result<S::Ok, S::Error> {
    if is_integral(*v) {
        s.serialize_i64(*v as i64)
    } else {
        s.serialize_f64(*v)
    }
}

/// An amount [`number`] writes as an integer.
fn is_integral(v: f64) -> bool {
    v.fract() == 0.0 && v.abs() < 9.0e15
}

/// [`number`] as a CSV cell, the bytes the csv crate writes for it (itoa and ryu, as it
/// formats integers and floats; neither ever needs quotes).
fn csv_number(w: &mut impl Write, v: f64) -> io::Result<()> {
    if is_integral(v) {
        w.write_all(itoa::Buffer::new().format(v as i64).as_bytes())
    } else {
        w.write_all(ryu::Buffer::new().format(v).as_bytes())
    }
}

// Money and relation rows written by hand ([`super::HandRow`]): byte for byte what the csv
// crate gives through serde (and through [`super::SafeCsv`] when `safe`).
impl super::HandRow for MoneyRow<'_> {
    fn write_csv(&self, w: &mut Vec<u8>, safe: bool) -> io::Result<()> {
        super::csv_text(w, self.doc_id, safe)?;
        w.write_all(b",")?;
        super::csv_count(w, self.mention_id)?;
        w.write_all(b",")?;
        super::csv_text(w, self.text, safe)?;
        w.write_all(b",")?;
        csv_number(w, self.amount)?;
        w.write_all(b",")?;
        if let Some(v) = self.amount_max {
            csv_number(w, v)?;
        }
        w.write_all(b",")?;
        super::csv_text(w, self.currency, safe)?;
        w.write_all(if self.approx { b",true," } else { b",false," })?;
        super::csv_opt_text(w, self.qualifier, safe)?;
        w.write_all(b"\n")
    }
}

impl super::HandRow for RelationRow<'_> {
    fn write_csv(&self, w: &mut Vec<u8>, safe: bool) -> io::Result<()> {
        super::csv_text(w, self.doc_id, safe)?;
        w.write_all(b",")?;
        super::csv_count(w, self.sentence_id)?;
        w.write_all(b",")?;
        super::csv_opt_text(w, self.subject_id, safe)?;
        w.write_all(b",")?;
        super::csv_text(w, self.subject, safe)?;
        w.write_all(b",")?;
        super::csv_text(w, self.predicate, safe)?;
        w.write_all(b",")?;
        super::csv_opt_text(w, self.object_id, safe)?;
        w.write_all(b",")?;
        super::csv_text(w, self.object, safe)?;
        w.write_all(b",")?;
        super::csv_opt_text(w, self.role, safe)?;
        w.write_all(b",")?;
        if let Some(v) = self.value {
            csv_number(w, v)?;
        }
        w.write_all(b",")?;
        super::csv_opt_text(w, self.currency, safe)?;
        w.write_all(b",")?;
        super::csv_count(w, self.evidence_start)?;
        w.write_all(b",")?;
        super::csv_count(w, self.evidence_end)?;
        w.write_all(b",")?;
        super::csv_text(w, self.rule, safe)?;
        w.write_all(b",")?;
        w.write_all(ryu::Buffer::new().format(self.confidence).as_bytes())?;
        w.write_all(b"\n")
    }
}

fn opt_number<S: Serializer>(v: &Option<f64>, s: S) -> Result<S::Ok, S::Error> {
    match v {
        Some(v) => number(v, s),
        None => s.serialize_none(),
    }
}

/// The articles.csv row of an outcome.
pub fn article_row(outcome: &Outcome) -> ArticleRow<'_> {
    match outcome {
        Outcome::Analysed(a) => analysed_row(a),
        Outcome::Failed(f) => failed_row(f),
    }
}

fn analysed_row(a: &Analysis) -> ArticleRow<'_> {
    analysed_row_indexed(a, &CharIndex::new(&a.article.text))
}

/// The articles.csv row of an analysed article, with the text's [`CharIndex`] already built.
pub fn analysed_row_indexed<'a>(a: &'a Analysis, idx: &CharIndex) -> ArticleRow<'a> {
    let art = &a.article;
    ArticleRow {
        doc_id: &art.id,
        source_path: &art.source_path,
        title: art.meta.title.as_deref(),
        date: art.meta.date.as_deref(),
        author: art.meta.author.as_deref(),
        url: art.meta.url.as_deref(),
        chars: idx.len_chars(),
        sentences: a.sentences.len(),
        status: a.status(),
        message: art.warnings.join("; "),
    }
}

fn failed_row(f: &InputFailure) -> ArticleRow<'_> {
    ArticleRow {
        doc_id: &f.id,
        source_path: &f.source_path,
        title: None,
        date: None,
        author: None,
        url: None,
        chars: 0,
        sentences: 0,
        status: Status::Error,
        message: f.reason.clone(),
    }
}

/// Rows of the per-article tables, with code-point offsets.
pub struct DetailRows<'a> {
    pub sentences: Vec<SentenceRow<'a>>,
    pub mentions: Vec<MentionRow<'a>>,
    pub money: Vec<MoneyRow<'a>>,
    pub relations: Vec<RelationRow<'a>>,
}

pub fn detail_rows(a: &Analysis) -> DetailRows<'_> {
    let idx = CharIndex::new(&a.article.text);
    DetailRows {
        sentences: sentence_rows(a, &idx).collect(),
        mentions: mention_rows(a, &idx).collect(),
        money: money_rows(a).collect(),
        relations: relation_rows(a, &idx).collect(),
    }
}

/// The sentences.csv rows of an article, one at a time (the table sink writes them as they
/// come: no per-article vectors).
pub fn sentence_rows<'a: 'i, 'i>(
    a: &'a Analysis,
    idx: &'i CharIndex<'i>,
) -> impl Iterator<Item = SentenceRow<'a>> + 'i {
    let text = &a.article.text;
    let doc_id = a.article.id.as_str();
    a.sentences
        .iter()
        .enumerate()
        .map(move |(i, s)| SentenceRow {
            doc_id,
            sentence_id: i,
            start: idx.char_offset(s.start),
            end: idx.char_offset(s.end),
            zone: s.zone.as_str(),
            text: &text[s.start..s.end],
        })
}

/// The mentions.csv rows of an article, one at a time.
pub fn mention_rows<'a: 'i, 'i>(
    a: &'a Analysis,
    idx: &'i CharIndex<'i>,
) -> impl Iterator<Item = MentionRow<'a>> + 'i {
    let text = &a.article.text;
    let doc_id = a.article.id.as_str();
    a.mentions.iter().enumerate().map(move |(i, m)| MentionRow {
        doc_id,
        mention_id: i,
        sentence_id: m.sentence,
        start: idx.char_offset(m.start),
        end: idx.char_offset(m.end),
        text: &text[m.start..m.end],
        label: m.label.as_str(),
        canonical: &m.canonical,
        zone: m.zone.as_str(),
        source: &m.source,
        entity_id: m
            .entity
            .and_then(|e| a.entities.get(e))
            .map_or("", |e| e.id.as_str()),
    })
}

/// The money.csv rows of an article (mentions with a money value), one at a time.
pub fn money_rows(a: &Analysis) -> impl Iterator<Item = MoneyRow<'_>> {
    let text = &a.article.text;
    let doc_id = a.article.id.as_str();
    a.mentions.iter().enumerate().filter_map(move |(i, m)| {
        let v = m.money.as_ref()?;
        Some(MoneyRow {
            doc_id,
            mention_id: i,
            text: &text[m.start..m.end],
            amount: v.amount,
            amount_max: v.amount_max,
            currency: &v.currency,
            approx: v.approx,
            qualifier: v.qualifier.as_deref(),
        })
    })
}

pub const RELATION_COLUMNS: &[&str] = &[
    "doc_id",
    "sentence_id",
    "subject_id",
    "subject",
    "predicate",
    "object_id",
    "object",
    "role",
    "value",
    "currency",
    "evidence_start",
    "evidence_end",
    "rule",
    "confidence",
];

#[derive(Debug, Serialize)]
pub struct RelationRow<'a> {
    pub doc_id: &'a str,
    pub sentence_id: usize,
    pub subject_id: Option<&'a str>,
    pub subject: &'a str,
    pub predicate: &'static str,
    pub object_id: Option<&'a str>,
    pub object: &'a str,
    pub role: Option<&'a str>,
    #[serde(serialize_with = "opt_number")]
    pub value: Option<f64>,
    pub currency: Option<&'a str>,
    pub evidence_start: usize,
    pub evidence_end: usize,
    pub rule: &'static str,
    pub confidence: f32,
}

/// The relations.csv rows of an article (its facts), with code-point evidence offsets.
pub fn relation_rows<'a: 'i, 'i>(
    a: &'a Analysis,
    idx: &'i CharIndex<'i>,
) -> impl Iterator<Item = RelationRow<'a>> + 'i {
    let doc_id = a.article.id.as_str();
    a.facts.iter().map(move |f| RelationRow {
        doc_id,
        sentence_id: f.sentence,
        subject_id: f.subject_id.as_deref(),
        subject: &f.subject,
        predicate: f.predicate,
        object_id: f.object_id.as_deref(),
        object: &f.object,
        role: f.role.as_deref(),
        value: f.value,
        currency: f.currency.as_deref(),
        evidence_start: idx.char_offset(f.evidence_start),
        evidence_end: idx.char_offset(f.evidence_end),
        rule: f.rule,
        confidence: f.confidence,
    })
}

/// The `--out -` record: one JSON object per article with everything found in it.
#[derive(Serialize)]
pub struct ArticleRecord<'a> {
    #[serde(flatten)]
    pub article: ArticleRow<'a>,
    pub sentences: Vec<SentenceRow<'a>>,
    pub mentions: Vec<MentionRow<'a>>,
    pub money: Vec<MoneyRow<'a>>,
    pub relations: Vec<RelationRow<'a>>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::row_check::{by_hand, by_serde, tricky_cells};

    /// Money and relation rows by hand are byte for byte the csv crate's, raw and neutralised:
    /// texts that need quotes or an apostrophe, integral and fractional amounts, huge, tiny,
    /// negative and non-finite numbers, empty options.
    #[test]
    fn money_and_relation_rows_by_hand_equal_the_csv_crate() {
        let texts = tricky_cells(&["$5 million", "-2.5 pct", "Müller"]);
        let numbers = [
            0.0,
            -0.0,
            5.0,
            -7.0,
            80_000_000.0,
            1.5,
            -0.25,
            1e-7,
            8.99e15,
            9.0e15,
            1e21,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            123_456.789,
        ];
        let confidences = [0.8f32, 0.7, 0.0, 1.0, 0.123_456_79, f32::NAN];
        for safe in [false, true] {
            for (i, t) in texts.iter().enumerate() {
                let t: &str = t;
                for (j, &x) in numbers.iter().enumerate() {
                    let opt = |k: usize| (!k.is_multiple_of(3)).then_some(t);
                    let money = MoneyRow {
                        doc_id: t,
                        mention_id: i * 1000 + j,
                        text: t,
                        amount: x,
                        amount_max: (j % 2 == 0).then_some(numbers[(j + i) % numbers.len()]),
                        currency: t,
                        approx: (i + j) % 2 == 0,
                        qualifier: opt(i + j),
                    };
                    assert_eq!(by_hand(&money, safe), by_serde(&money, safe), "{t:?} {x}");
                    let relation = RelationRow {
                        doc_id: t,
                        sentence_id: j,
                        subject_id: opt(i),
                        subject: t,
                        predicate: ["role", "said", "-x", "=p,q"][j % 4],
                        object_id: opt(i + 1),
                        object: t,
                        role: opt(j),
                        value: (j % 3 != 1).then_some(x),
                        currency: opt(i + 2),
                        evidence_start: i,
                        evidence_end: 10_000 + j,
                        rule: "SaidVerb",
                        confidence: confidences[(i + j) % confidences.len()],
                    };
                    assert_eq!(
                        by_hand(&relation, safe),
                        by_serde(&relation, safe),
                        "{t:?} {x}"
                    );
                }
            }
        }
    }
}
