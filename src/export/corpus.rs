//! The corpus tables: entities, links, storylines (CSV or JSON Lines, written atomically).
//!
//! Takes a [`CorpusResult`]; gives its rows ([`emit_rows`]) to a [`CorpusRows`] receiver: the
//! `entities`, and unless links were turned off `links` and `storylines`, tables in the output
//! folder (each through a temporary file renamed into place), or the SQLite database.
//! Row order is deterministic: entities by mentions (descending) then entity id; links by
//! first article (input order), score descending, second article; storylines by article.

use super::{csv_field, csv_opt_text, csv_text, HandRow, Table, TableFormat};
use crate::corpus::{format_day_into, CorpusResult};
use serde::Serialize;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub const ENTITY_COLUMNS: &[&str] = &[
    "entity_id",
    "label",
    "canonical",
    "aliases",
    "articles",
    "mentions",
    "first_date",
    "last_date",
];
pub const LINK_COLUMNS: &[&str] = &["doc_a", "doc_b", "score", "shared_count", "shared_entities"];
pub const STORYLINE_COLUMNS: &[&str] = &["doc_id", "storyline_id", "storyline_label"];

/// Shared entities named per link (the count column has them all).
pub const MAX_SHARED_NAMES: usize = 10;

#[derive(Serialize)]
pub struct EntityRow<'a> {
    pub entity_id: &'a str,
    pub label: &'static str,
    pub canonical: &'a str,
    pub aliases: &'a str,
    pub articles: u32,
    pub mentions: u64,
    pub first_date: Option<&'a str>,
    pub last_date: Option<&'a str>,
}

#[derive(Serialize)]
pub struct LinkRow<'a> {
    pub doc_a: &'a str,
    pub doc_b: &'a str,
    pub score: f64,
    pub shared_count: usize,
    pub shared_entities: &'a str,
}

#[derive(Serialize)]
pub struct StorylineRow<'a> {
    pub doc_id: &'a str,
    pub storyline_id: u32,
    pub storyline_label: &'a str,
}

/// Rounds a score to 4 decimals for the table (stable, readable).
fn round4(x: f32) -> f64 {
    (f64::from(x) * 1e4).round() / 1e4
}

/// Appends what `ryu` writes for `x` when `x` is a [`round4`] result, `k / 10^4` for a whole
/// `k` from 0 to 10^12, and says whether it did. Such a double is the one nearest to the
/// decimal `k / 10^4`, and no other decimal of four places or fewer lies within its rounding
/// interval (they are 10^-4 apart, the interval ~10^-16 of `x` wide): so `ryu`'s shortest
/// round-trip digits are those of `k / 10^4` without trailing zeros, which it prints as
/// "0.0", "1.0", "0.2679" or "0.0001" (plain notation below 10^16 and down to 10^-5).
/// Digit by digit: `ryu` costs ~500 instructions a score.
fn push_decimal4(out: &mut Vec<u8>, x: f64) -> bool {
    let k = (x * 1e4).round();
    // Also rejects NaN, negatives (and -0.0: its sign bit) and anything off the 10^-4 grid.
    if !(0.0..=1e12).contains(&k) || k / 1e4 != x || x.is_sign_negative() {
        return false;
    }
    let k = k as u64;
    let (int, mut frac) = (k / 10_000, k % 10_000);
    out.extend_from_slice(itoa::Buffer::new().format(int).as_bytes());
    out.push(b'.');
    if frac == 0 {
        out.push(b'0');
        return true;
    }
    // Four fractional digits, trailing zeros dropped.
    let mut digits = 4;
    while frac % 10 == 0 {
        frac /= 10;
        digits -= 1;
    }
    let mut buf = [b'0'; 4];
    for slot in buf[..digits].iter_mut().rev() {
        *slot = b'0' + (frac % 10) as u8;
        frac /= 10;
    }
    out.extend_from_slice(&buf[..digits]);
    true
}

/// Receives the corpus rows, table by table: entities first, then links, then storylines.
pub trait CorpusRows {
    fn entity(&mut self, row: &EntityRow) -> io::Result<()>;
    fn link(&mut self, row: &LinkRow) -> io::Result<()>;
    fn storyline(&mut self, row: &StorylineRow) -> io::Result<()>;
}

/// `parts` joined by `|` into `out` (cleared first), as `Vec::join` would give them.
fn join_into<'a>(out: &mut String, parts: impl Iterator<Item = &'a str>) {
    out.clear();
    for (i, p) in parts.enumerate() {
        if i > 0 {
            out.push('|');
        }
        out.push_str(p);
    }
}

/// The date cell of a day number, formatted into `buf`.
fn day_cell(buf: &mut String, day: Option<i32>) -> Option<&str> {
    format_day_into(buf, day?);
    Some(buf)
}

/// Gives every row of the corpus tables to `out`, in table order.
pub fn emit_rows(r: &CorpusResult, out: &mut impl CorpusRows) -> io::Result<()> {
    let c = &r.corpus;
    // One buffer per joined cell, reused row after row.
    let mut joined = String::new();
    let (mut first, mut last) = (String::new(), String::new());
    for e in c.entity_order() {
        let info = &c.entities[e as usize];
        join_into(&mut joined, c.aliases(e));
        let first_date = day_cell(&mut first, info.first_day);
        let last_date = day_cell(&mut last, info.last_day);
        out.entity(&EntityRow {
            entity_id: &info.key,
            label: info.label.as_str(),
            canonical: c.canonical(e),
            aliases: &joined,
            articles: info.articles,
            mentions: info.mentions,
            first_date,
            last_date,
        })?;
    }
    let (Some(links), Some(storylines)) = (&r.links, &r.storylines) else {
        return Ok(());
    };
    let mut shared = Vec::new();
    for l in &links.links {
        links.shared_into(&mut shared, c, l.a, l.b);
        let names = shared.iter().take(MAX_SHARED_NAMES);
        join_into(&mut joined, names.map(|(e, _)| c.canonical(*e)));
        out.link(&LinkRow {
            doc_a: &c.doc_ids[l.a as usize],
            doc_b: &c.doc_ids[l.b as usize],
            score: round4(l.score),
            shared_count: shared.len(),
            shared_entities: &joined,
        })?;
    }
    // One row per article, in input order.
    let mut of_doc: Vec<usize> = vec![0; c.len()];
    let mut labels: Vec<String> = Vec::with_capacity(storylines.len());
    for (i, s) in storylines.iter().enumerate() {
        let label: Vec<&str> = s.label.iter().map(|&e| c.canonical(e)).collect();
        labels.push(label.join("|"));
        for &m in &s.members {
            of_doc[m as usize] = i;
        }
    }
    for (d, &i) in of_doc.iter().enumerate() {
        out.storyline(&StorylineRow {
            doc_id: &c.doc_ids[d],
            storyline_id: storylines[i].id,
            storyline_label: &labels[i],
        })?;
    }
    Ok(())
}

// CSV rows written by hand ([`HandRow`]): the bytes the csv crate gives (numbers by itoa and
// ryu as it formats them; text cells neutralised when `safe`), without its serde machinery.
fn csv_int(w: &mut impl Write, n: impl itoa::Integer) -> io::Result<()> {
    w.write_all(itoa::Buffer::new().format(n).as_bytes())
}

impl HandRow for EntityRow<'_> {
    fn write_csv(&self, w: &mut Vec<u8>, safe: bool) -> io::Result<()> {
        for (i, cell) in [self.entity_id, self.label, self.canonical, self.aliases]
            .into_iter()
            .enumerate()
        {
            if i > 0 {
                w.write_all(b",")?;
            }
            csv_text(w, cell, safe)?;
        }
        w.write_all(b",")?;
        csv_int(w, self.articles)?;
        w.write_all(b",")?;
        csv_int(w, self.mentions)?;
        w.write_all(b",")?;
        csv_opt_text(w, self.first_date, safe)?;
        w.write_all(b",")?;
        csv_opt_text(w, self.last_date, safe)?;
        w.write_all(b"\n")
    }
}

impl HandRow for LinkRow<'_> {
    fn write_csv(&self, w: &mut Vec<u8>, safe: bool) -> io::Result<()> {
        csv_text(w, self.doc_a, safe)?;
        w.write_all(b",")?;
        csv_text(w, self.doc_b, safe)?;
        w.write_all(b",")?;
        // A number is never neutralised nor quoted (digits, '.', 'e', '-').
        if !push_decimal4(w, self.score) {
            csv_field(w, ryu::Buffer::new().format(self.score).as_bytes())?;
        }
        w.write_all(b",")?;
        csv_int(w, self.shared_count)?;
        w.write_all(b",")?;
        csv_text(w, self.shared_entities, safe)?;
        w.write_all(b"\n")
    }
}

impl HandRow for StorylineRow<'_> {
    fn write_csv(&self, w: &mut Vec<u8>, safe: bool) -> io::Result<()> {
        csv_text(w, self.doc_id, safe)?;
        w.write_all(b",")?;
        csv_int(w, self.storyline_id)?;
        w.write_all(b",")?;
        csv_text(w, self.storyline_label, safe)?;
        w.write_all(b"\n")
    }
}

/// The three tables in an output folder.
struct Tables {
    entities: Table,
    links: Option<Table>,
    storylines: Option<Table>,
}

impl CorpusRows for Tables {
    fn entity(&mut self, row: &EntityRow) -> io::Result<()> {
        self.entities.write_by_hand(row)
    }
    fn link(&mut self, row: &LinkRow) -> io::Result<()> {
        self.links.as_mut().map_or(Ok(()), |t| t.write_by_hand(row))
    }
    fn storyline(&mut self, row: &StorylineRow) -> io::Result<()> {
        self.storylines
            .as_mut()
            .map_or(Ok(()), |t| t.write_by_hand(row))
    }
}

/// Writes the corpus tables; returns the files written. `raw_csv` as in `--raw-csv`.
pub fn write_corpus_tables(
    dir: &Path,
    format: TableFormat,
    raw_csv: bool,
    r: &CorpusResult,
) -> io::Result<Vec<PathBuf>> {
    let table = |name, columns| Table::create(dir, name, columns, format, true, raw_csv);
    let linked = r.links.is_some() && r.storylines.is_some();
    let mut tables = Tables {
        entities: table("entities", ENTITY_COLUMNS)?,
        links: linked.then(|| table("links", LINK_COLUMNS)).transpose()?,
        storylines: linked
            .then(|| table("storylines", STORYLINE_COLUMNS))
            .transpose()?,
    };
    emit_rows(r, &mut tables)?;
    let mut files = vec![tables.entities.commit()?];
    for t in [tables.links, tables.storylines].into_iter().flatten() {
        files.push(t.commit()?);
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::export::row_check::{by_hand, by_serde, tricky_cells};

    /// The reused buffer holds what `join("|")` gives, whatever it held before.
    #[test]
    fn join_into_equals_join() {
        let cases: [&[&str]; 6] = [
            &[],
            &[""],
            &["a"],
            &["a", "b"],
            &["", ""],
            &["x|y", "é", ""],
        ];
        let mut buf = String::from("stale|content");
        for parts in cases {
            join_into(&mut buf, parts.iter().copied());
            assert_eq!(buf, parts.join("|"), "{parts:?}");
        }
    }

    /// Scores of four places print as `ryu` prints them; anything else is left to it.
    #[test]
    fn four_place_scores_print_as_ryu() {
        let ryu = |x: f64| ryu::Buffer::new().format(x).to_string();
        let mut out = Vec::new();
        let ks = (0..=120_000u64).chain((0..2000).map(|i| i * 499_999_999 + 7));
        for k in ks.chain([10u64.pow(12)]) {
            let x = k as f64 / 1e4;
            out.clear();
            assert!(push_decimal4(&mut out, x), "{k}");
            assert_eq!(String::from_utf8_lossy(&out), ryu(x), "{k}");
        }
        // Every f32 score rounds onto the grid.
        let mut s: u32 = 1;
        for _ in 0..100_000 {
            s = s.wrapping_mul(1_103_515_245).wrapping_add(12345);
            let x = round4((s >> 8) as f32 / (1 << 24) as f32);
            out.clear();
            assert!(push_decimal4(&mut out, x));
            assert_eq!(String::from_utf8_lossy(&out), ryu(x));
        }
        for x in [
            0.12345,
            1e-5,
            -0.5,
            -0.0,
            f64::NAN,
            f64::INFINITY,
            1e13,
            0.1 + 0.2,
        ] {
            out.clear();
            assert!(!push_decimal4(&mut out, x), "{x}");
            assert!(out.is_empty());
        }
    }

    /// Hand-written rows are byte for byte the csv crate's, with and without neutralising.
    #[test]
    fn hand_written_rows_equal_the_csv_crate() {
        let texts = tricky_cells(&["Elon Musk", "-dash", "Müller|Müller AG"]);
        let scores = [0.0, 1.0, 0.2679, 0.1, 1e-5, 0.5];
        for safe in [true, false] {
            for (i, t) in texts.iter().enumerate() {
                let t: &str = t;
                let date = (i % 3 != 0).then(|| format!("{t}2021-02-16"));
                let entity = EntityRow {
                    entity_id: t,
                    label: "PERSON",
                    canonical: t,
                    aliases: &format!("{t}|x"),
                    articles: i as u32,
                    mentions: u64::MAX - i as u64,
                    first_date: date.as_deref(),
                    last_date: (i % 2 == 0).then_some("-001-01-01"),
                };
                assert_eq!(by_hand(&entity, safe), by_serde(&entity, safe), "{t:?}");
                let link = LinkRow {
                    doc_a: t,
                    doc_b: "b",
                    score: scores[i % scores.len()],
                    shared_count: i,
                    shared_entities: t,
                };
                assert_eq!(by_hand(&link, safe), by_serde(&link, safe), "{t:?}");
                let storyline = StorylineRow {
                    doc_id: t,
                    storyline_id: i as u32,
                    storyline_label: t,
                };
                assert_eq!(
                    by_hand(&storyline, safe),
                    by_serde(&storyline, safe),
                    "{t:?}"
                );
            }
        }
    }
}
