//! The corpus tables: entities, links, storylines (CSV or JSON Lines, written atomically).
//!
//! Takes a [`CorpusResult`]; writes `entities`, and unless links were turned off `links` and
//! `storylines`, into the output folder, each through a temporary file renamed into place.
//! Row order is deterministic: entities by mentions (descending) then entity id; links by
//! first article (input order), score descending, second article; storylines by article.

use super::{Table, TableFormat};
use crate::corpus::{format_day, CorpusResult};
use serde::Serialize;
use std::io;
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
struct EntityRow<'a> {
    entity_id: &'a str,
    label: &'static str,
    canonical: &'a str,
    aliases: String,
    articles: u32,
    mentions: u64,
    first_date: Option<String>,
    last_date: Option<String>,
}

#[derive(Serialize)]
struct LinkRow<'a> {
    doc_a: &'a str,
    doc_b: &'a str,
    score: f64,
    shared_count: usize,
    shared_entities: String,
}

#[derive(Serialize)]
struct StorylineRow<'a> {
    doc_id: &'a str,
    storyline_id: u32,
    storyline_label: &'a str,
}

/// Rounds a score to 4 decimals for the table (stable, readable).
fn round4(x: f32) -> f64 {
    (f64::from(x) * 1e4).round() / 1e4
}

/// Writes the corpus tables; returns the files written.
pub fn write_corpus_tables(
    dir: &Path,
    format: TableFormat,
    r: &CorpusResult,
) -> io::Result<Vec<PathBuf>> {
    let c = &r.corpus;
    let mut entities = Table::create(dir, "entities", ENTITY_COLUMNS, format, false)?;
    for e in c.entity_order() {
        let info = &c.entities[e as usize];
        let aliases: Vec<&str> = c.aliases(e).collect();
        entities.write(&EntityRow {
            entity_id: &info.key,
            label: info.label.as_str(),
            canonical: c.canonical(e),
            aliases: aliases.join("|"),
            articles: info.articles,
            mentions: info.mentions,
            first_date: info.first_day.map(format_day),
            last_date: info.last_day.map(format_day),
        })?;
    }
    let mut files = vec![entities.commit()?];
    let (Some(links), Some(storylines)) = (&r.links, &r.storylines) else {
        return Ok(files);
    };
    let mut table = Table::create(dir, "links", LINK_COLUMNS, format, false)?;
    for l in &links.links {
        let shared = links.shared(c, l.a, l.b);
        let names: Vec<&str> = shared
            .iter()
            .take(MAX_SHARED_NAMES)
            .map(|(e, _)| c.canonical(*e))
            .collect();
        table.write(&LinkRow {
            doc_a: &c.doc_ids[l.a as usize],
            doc_b: &c.doc_ids[l.b as usize],
            score: round4(l.score),
            shared_count: shared.len(),
            shared_entities: names.join("|"),
        })?;
    }
    files.push(table.commit()?);
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
    let mut table = Table::create(dir, "storylines", STORYLINE_COLUMNS, format, false)?;
    for (d, &i) in of_doc.iter().enumerate() {
        table.write(&StorylineRow {
            doc_id: &c.doc_ids[d],
            storyline_id: storylines[i].id,
            storyline_label: &labels[i],
        })?;
    }
    files.push(table.commit()?);
    Ok(files)
}
