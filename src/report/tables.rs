//! Reads the tables that `extract` wrote (CSV) into one in-memory [`Corpus`] for the report.
//!
//! Takes: an output folder. Gives: articles with their sentences, mentions (money attached),
//! facts and storyline, plus the optional entity and link tables.
//! Columns are found by NAME, so extra or reordered columns are fine; optional tables and
//! columns may be missing. Rows that cannot be read (a non-numeric offset, a broken record)
//! are skipped with a warning naming the file, the record and the reason.
//! Does not read JSON Lines tables.
//!
//! Every row is attached to its article through one hash lookup, so reading is linear in the
//! size of the tables.

use super::ReportError;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// One sentence row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Sent {
    pub id: usize,
    /// Code-point offsets in the article text, end-exclusive.
    pub start: usize,
    pub end: usize,
    pub zone: String,
    pub text: String,
}

/// The normalised value of a MONEY mention (money.csv), kept as written.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct MoneyValue {
    pub amount: String,
    pub amount_max: String,
    pub currency: String,
    pub approx: bool,
    pub qualifier: String,
}

/// One mention row.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Ment {
    pub id: usize,
    pub sentence_id: Option<usize>,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub label: String,
    pub canonical: String,
    pub zone: String,
    pub source: String,
    /// From the `entity_id` column when the table has one.
    pub entity_id: Option<String>,
    pub money: Option<MoneyValue>,
}

/// One relations.csv row (a fact).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Fact {
    pub sentence_id: Option<usize>,
    pub subject_id: String,
    pub subject: String,
    pub predicate: String,
    pub object_id: String,
    pub object: String,
    pub role: String,
    pub value: String,
    pub currency: String,
    pub rule: String,
    pub confidence: String,
}

/// One article with everything attached to it.
#[derive(Clone, Debug, Default)]
pub struct Doc {
    pub id: String,
    pub title: String,
    pub date: String,
    pub author: String,
    pub url: String,
    pub source_path: String,
    pub status: String,
    pub message: String,
    pub sentences: Vec<Sent>,
    pub mentions: Vec<Ment>,
    pub facts: Vec<Fact>,
    /// (storyline_id, storyline_label) from storylines.csv.
    pub storyline: Option<(String, String)>,
}

/// One entities.csv row.
#[derive(Clone, Debug, Default)]
pub struct EntityRow {
    pub entity_id: String,
    pub label: String,
    pub canonical: String,
    pub aliases: String,
}

/// One links.csv row: two articles about the same story.
#[derive(Clone, Debug, Default)]
pub struct Link {
    pub doc_a: String,
    pub doc_b: String,
    pub score: f64,
    pub shared_count: String,
    pub shared_entities: String,
}

/// Everything the report shows.
#[derive(Debug, Default)]
pub struct Corpus {
    pub docs: Vec<Doc>,
    /// entities.csv, when present.
    pub entities: Option<Vec<EntityRow>>,
    /// links.csv, when present.
    pub links: Option<Vec<Link>>,
    /// Skipped rows and missing optional tables, each naming the file and the reason.
    pub warnings: Vec<String>,
}

impl Corpus {
    /// Reads `dir/articles.csv` (required) and the other tables (optional).
    pub fn read(dir: &Path) -> Result<Corpus, ReportError> {
        let articles = dir.join("articles.csv");
        if !articles.is_file() {
            let hint = if dir.join("articles.jsonl").is_file() {
                " (the report reads CSV tables: run extract without --format jsonl)"
            } else {
                " (run `newsfacts extract ... --out DIR` first)"
            };
            return Err(ReportError::MissingTable {
                path: articles,
                hint,
            });
        }
        let mut corpus = Corpus::default();
        let mut index: HashMap<String, usize> = HashMap::new();

        let mut t = Table::open(&articles)?.ok_or_else(|| ReportError::MissingTable {
            path: articles.clone(),
            hint: "",
        })?;
        let c = t.columns(
            &["doc_id"],
            &[
                "title",
                "date",
                "author",
                "url",
                "source_path",
                "status",
                "message",
            ],
        )?;
        while let Some(rec) = t.next(&mut corpus.warnings) {
            let id = t.get(&rec, c[0]).to_string();
            let doc = Doc {
                title: t.get(&rec, c[1]).to_string(),
                date: t.get(&rec, c[2]).to_string(),
                author: t.get(&rec, c[3]).to_string(),
                url: t.get(&rec, c[4]).to_string(),
                source_path: t.get(&rec, c[5]).to_string(),
                status: t.get(&rec, c[6]).to_string(),
                message: t.get(&rec, c[7]).to_string(),
                ..Doc::default()
            };
            doc_slot(&mut corpus.docs, &mut index, &id, Some(doc));
        }

        if let Some(mut t) = corpus.optional(dir, "sentences.csv")? {
            let c = t.columns(
                &["doc_id", "sentence_id", "start", "end", "text"],
                &["zone"],
            )?;
            while let Some(rec) = t.next(&mut corpus.warnings) {
                let parsed = (|| {
                    Some(Sent {
                        id: t.num(&rec, c[1])?,
                        start: t.num(&rec, c[2])?,
                        end: t.num(&rec, c[3])?,
                        zone: t.get(&rec, c[5]).to_string(),
                        text: String::new(),
                    })
                })();
                let Some(mut s) = parsed.filter(|s| s.start <= s.end) else {
                    corpus
                        .warnings
                        .push(t.bad_row(&rec, "bad sentence_id/start/end"));
                    continue;
                };
                s.text = unneutralise_span(t.get(&rec, c[4]), s.end - s.start).to_string();
                let d = doc_slot(&mut corpus.docs, &mut index, t.get(&rec, c[0]), None);
                corpus.docs[d].sentences.push(s);
            }
        }

        if let Some(mut t) = corpus.optional(dir, "mentions.csv")? {
            let c = t.columns(
                &["doc_id", "mention_id", "start", "end", "label"],
                &[
                    "sentence_id",
                    "text",
                    "canonical",
                    "zone",
                    "source",
                    "entity_id",
                ],
            )?;
            while let Some(rec) = t.next(&mut corpus.warnings) {
                let parsed =
                    (|| Some((t.num(&rec, c[1])?, t.num(&rec, c[2])?, t.num(&rec, c[3])?)))();
                let Some((id, start, end)) = parsed.filter(|&(_, s, e)| s <= e) else {
                    corpus
                        .warnings
                        .push(t.bad_row(&rec, "bad mention_id/start/end"));
                    continue;
                };
                let entity_id = Some(t.get(&rec, c[10]))
                    .filter(|e| !e.is_empty())
                    .map(str::to_string);
                let m = Ment {
                    id,
                    sentence_id: t.num(&rec, c[5]),
                    start,
                    end,
                    text: unneutralise_span(t.get(&rec, c[6]), end - start).to_string(),
                    label: t.get(&rec, c[4]).to_string(),
                    canonical: unneutralise(t.get(&rec, c[7])).to_string(),
                    zone: t.get(&rec, c[8]).to_string(),
                    source: t.get(&rec, c[9]).to_string(),
                    entity_id,
                    money: None,
                };
                let d = doc_slot(&mut corpus.docs, &mut index, t.get(&rec, c[0]), None);
                corpus.docs[d].mentions.push(m);
            }
        }

        if let Some(mut t) = corpus.optional(dir, "money.csv")? {
            let c = t.columns(
                &["doc_id", "mention_id"],
                &["amount", "amount_max", "currency", "approx", "qualifier"],
            )?;
            // mention_id → position, per article, built once per article on first use.
            let mut by_id: HashMap<usize, HashMap<usize, usize>> = HashMap::new();
            while let Some(rec) = t.next(&mut corpus.warnings) {
                let Some(mid) = t.num(&rec, c[1]) else {
                    corpus.warnings.push(t.bad_row(&rec, "bad mention_id"));
                    continue;
                };
                let Some(&d) = index.get(t.get(&rec, c[0])) else {
                    corpus
                        .warnings
                        .push(t.bad_row(&rec, "no such article in articles.csv"));
                    continue;
                };
                let positions = by_id.entry(d).or_insert_with(|| {
                    let ms = &corpus.docs[d].mentions;
                    ms.iter().enumerate().map(|(i, m)| (m.id, i)).collect()
                });
                let Some(&i) = positions.get(&mid) else {
                    corpus
                        .warnings
                        .push(t.bad_row(&rec, "no such mention in mentions.csv"));
                    continue;
                };
                corpus.docs[d].mentions[i].money = Some(MoneyValue {
                    amount: t.get(&rec, c[2]).to_string(),
                    amount_max: t.get(&rec, c[3]).to_string(),
                    currency: t.get(&rec, c[4]).to_string(),
                    approx: t.get(&rec, c[5]) == "true",
                    qualifier: t.get(&rec, c[6]).to_string(),
                });
            }
        }

        if let Some(mut t) = corpus.optional(dir, "relations.csv")? {
            let c = t.columns(
                &["doc_id", "predicate"],
                &[
                    "sentence_id",
                    "subject_id",
                    "subject",
                    "object_id",
                    "object",
                    "role",
                    "value",
                    "currency",
                    "rule",
                    "confidence",
                ],
            )?;
            while let Some(rec) = t.next(&mut corpus.warnings) {
                let f = Fact {
                    predicate: t.get(&rec, c[1]).to_string(),
                    sentence_id: t.num(&rec, c[2]),
                    subject_id: t.get(&rec, c[3]).to_string(),
                    subject: unneutralise(t.get(&rec, c[4])).to_string(),
                    object_id: t.get(&rec, c[5]).to_string(),
                    object: unneutralise(t.get(&rec, c[6])).to_string(),
                    role: unneutralise(t.get(&rec, c[7])).to_string(),
                    value: t.get(&rec, c[8]).to_string(),
                    currency: t.get(&rec, c[9]).to_string(),
                    rule: t.get(&rec, c[10]).to_string(),
                    confidence: t.get(&rec, c[11]).to_string(),
                };
                let d = doc_slot(&mut corpus.docs, &mut index, t.get(&rec, c[0]), None);
                corpus.docs[d].facts.push(f);
            }
        }

        if let Some(mut t) = Table::open(&dir.join("storylines.csv"))? {
            let c = t.columns(&["doc_id", "storyline_id"], &["storyline_label"])?;
            while let Some(rec) = t.next(&mut corpus.warnings) {
                if let Some(&d) = index.get(t.get(&rec, c[0])) {
                    corpus.docs[d].storyline = Some((
                        t.get(&rec, c[1]).to_string(),
                        unneutralise(t.get(&rec, c[2])).to_string(),
                    ));
                }
            }
        }

        if let Some(mut t) = Table::open(&dir.join("entities.csv"))? {
            let c = t.columns(&["entity_id"], &["label", "canonical", "aliases"])?;
            let mut rows = Vec::new();
            while let Some(rec) = t.next(&mut corpus.warnings) {
                rows.push(EntityRow {
                    entity_id: t.get(&rec, c[0]).to_string(),
                    label: t.get(&rec, c[1]).to_string(),
                    canonical: unneutralise(t.get(&rec, c[2])).to_string(),
                    aliases: unneutralise(t.get(&rec, c[3])).to_string(),
                });
            }
            corpus.entities = Some(rows);
        }

        if let Some(mut t) = Table::open(&dir.join("links.csv"))? {
            let c = t.columns(
                &["doc_a", "doc_b"],
                &["score", "shared_count", "shared_entities"],
            )?;
            let mut rows = Vec::new();
            while let Some(rec) = t.next(&mut corpus.warnings) {
                rows.push(Link {
                    doc_a: t.get(&rec, c[0]).to_string(),
                    doc_b: t.get(&rec, c[1]).to_string(),
                    score: t.get(&rec, c[2]).parse().unwrap_or(0.0),
                    shared_count: t.get(&rec, c[3]).to_string(),
                    shared_entities: unneutralise(t.get(&rec, c[4])).to_string(),
                });
            }
            corpus.links = Some(rows);
        }

        for doc in &mut corpus.docs {
            doc.sentences.sort_by_key(|s| (s.start, s.id));
            doc.mentions
                .sort_by_key(|m| (m.start, std::cmp::Reverse(m.end), m.id));
        }
        Ok(corpus)
    }

    /// A table `extract` always writes: missing is a warning, not an error.
    fn optional(&mut self, dir: &Path, name: &str) -> Result<Option<Table>, ReportError> {
        let t = Table::open(&dir.join(name))?;
        if t.is_none() {
            self.warnings.push(format!(
                "{}: missing, shown as empty",
                dir.join(name).display()
            ));
        }
        Ok(t)
    }
}

/// The article's position, creating it (for rows whose article is not in articles.csv).
fn doc_slot(
    docs: &mut Vec<Doc>,
    index: &mut HashMap<String, usize>,
    id: &str,
    doc: Option<Doc>,
) -> usize {
    if let Some(&i) = index.get(id) {
        if let Some(doc) = doc {
            // A repeated doc_id in articles.csv: the later row's metadata wins.
            let keep = std::mem::take(&mut docs[i].sentences);
            docs[i] = Doc {
                id: id.to_string(),
                sentences: keep,
                ..doc
            };
        }
        return i;
    }
    let mut doc = doc.unwrap_or_default();
    doc.id = id.to_string();
    docs.push(doc);
    index.insert(id.to_string(), docs.len() - 1);
    docs.len() - 1
}

/// Formula characters that a spreadsheet-safe CSV writer protects with a leading apostrophe.
fn is_formula_start(c: char) -> bool {
    matches!(c, '=' | '+' | '-' | '@' | '\t' | '\r')
}

/// Undoes CSV-injection neutralisation (a leading `'` before a formula character) on a
/// display field. A real leading apostrophe before such a character is rare enough to lose.
pub fn unneutralise(field: &str) -> &str {
    match field.strip_prefix('\'') {
        Some(rest) if rest.chars().next().is_some_and(is_formula_start) => rest,
        _ => field,
    }
}

/// As [`unneutralise`], for a field whose true length in code points is known (sentence and
/// mention text): the apostrophe is dropped only when it makes the field one too long.
pub fn unneutralise_span(field: &str, chars: usize) -> &str {
    match field.strip_prefix('\'') {
        Some(rest)
            if rest.chars().next().is_some_and(is_formula_start)
                && rest.chars().count() == chars =>
        {
            rest
        }
        _ => field,
    }
}

/// A CSV table read by column name.
struct Table {
    path: PathBuf,
    reader: csv::Reader<std::fs::File>,
    header: HashMap<String, usize>,
}

/// Column position; `None` for an optional column the table does not have.
type Col = Option<usize>;

impl Table {
    /// `None` when the file does not exist.
    fn open(path: &Path) -> Result<Option<Table>, ReportError> {
        if !path.exists() {
            return Ok(None);
        }
        let io = |source| ReportError::Io {
            path: path.to_path_buf(),
            source,
        };
        let file = std::fs::File::open(path).map_err(io)?;
        let mut reader = csv::ReaderBuilder::new().flexible(true).from_reader(file);
        let header = reader
            .headers()
            .map_err(|e| ReportError::Csv {
                path: path.to_path_buf(),
                reason: format!("cannot read the header: {e}"),
            })?
            .iter()
            .enumerate()
            .map(|(i, h)| (h.trim_start_matches('\u{feff}').to_string(), i))
            .collect();
        Ok(Some(Table {
            path: path.to_path_buf(),
            reader,
            header,
        }))
    }

    /// Positions of the required columns, then the optional ones, in the order given.
    fn columns(&self, required: &[&str], optional: &[&str]) -> Result<Vec<Col>, ReportError> {
        let mut cols = Vec::with_capacity(required.len() + optional.len());
        for name in required {
            let col = self.header.get(*name).ok_or_else(|| ReportError::Csv {
                path: self.path.clone(),
                reason: format!("no `{name}` column in the header"),
            })?;
            cols.push(Some(*col));
        }
        cols.extend(optional.iter().map(|name| self.header.get(*name).copied()));
        Ok(cols)
    }

    /// The next record; unreadable records become warnings and are skipped.
    fn next(&mut self, warnings: &mut Vec<String>) -> Option<csv::StringRecord> {
        loop {
            let mut rec = csv::StringRecord::new();
            match self.reader.read_record(&mut rec) {
                Ok(true) => return Some(rec),
                Ok(false) => return None,
                Err(e) => {
                    let at = e
                        .position()
                        .map_or(String::new(), |p| format!(":{}", p.line()));
                    warnings.push(format!("{}{at}: skipped: {e}", self.path.display()));
                    if e.is_io_error() {
                        return None;
                    }
                }
            }
        }
    }

    fn get<'r>(&self, rec: &'r csv::StringRecord, col: Col) -> &'r str {
        col.and_then(|c| rec.get(c)).unwrap_or("")
    }

    fn num(&self, rec: &csv::StringRecord, col: Col) -> Option<usize> {
        self.get(rec, col).trim().parse().ok()
    }

    fn bad_row(&self, rec: &csv::StringRecord, reason: &str) -> String {
        let line = rec.position().map_or(0, |p| p.line());
        format!("{}:{line}: skipped: {reason}", self.path.display())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unneutralise_only_strips_protective_apostrophes() {
        let cases = [
            ("'=HYPERLINK(x)", "=HYPERLINK(x)"),
            ("'+cmd", "+cmd"),
            ("'@SUM(A1)", "@SUM(A1)"),
            ("'-5 points", "-5 points"),
            ("'tis the season", "'tis the season"),
            ("O'Brien", "O'Brien"),
            ("=raw", "=raw"),
            ("'", "'"),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(unneutralise(input), want, "{input:?}");
        }
    }

    #[test]
    fn unneutralise_span_checks_the_length() {
        // Apostrophe added by the writer: one code point too many.
        assert_eq!(unneutralise_span("'-ünï", 4), "-ünï");
        // A real apostrophe that belongs to the text: the length already matches.
        assert_eq!(unneutralise_span("'-ünï", 5), "'-ünï");
        assert_eq!(unneutralise_span("'abc", 3), "'abc");
    }

    fn write(dir: &Path, name: &str, content: &str) {
        std::fs::write(dir.join(name), content).unwrap();
    }

    #[test]
    fn reads_by_column_name_and_tolerates_missing_tables() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path();
        write(p, "articles.csv", "status,doc_id,title\nok,a1,Hello\n");
        // Columns reordered, one unknown column, entity_id present.
        write(
            p,
            "mentions.csv",
            "label,doc_id,mention_id,start,end,text,extra,entity_id\nPERSON,a1,0,0,4,Musk,x,Q317521\nORG,a1,1,oops,9,Bad,x,\n",
        );
        write(
            p,
            "sentences.csv",
            "doc_id,sentence_id,start,end,zone,text\na1,0,0,10,body,'-Musk said\n",
        );
        let c = Corpus::read(p).unwrap();
        assert_eq!(c.docs.len(), 1);
        let d = &c.docs[0];
        assert_eq!((d.title.as_str(), d.status.as_str()), ("Hello", "ok"));
        assert_eq!(d.mentions.len(), 1);
        assert_eq!(d.mentions[0].entity_id.as_deref(), Some("Q317521"));
        assert_eq!(d.sentences[0].text, "-Musk said");
        assert!(c.links.is_none() && c.entities.is_none());
        let w = c.warnings.join("\n");
        assert!(
            w.contains("mentions.csv:3: skipped: bad mention_id/start/end"),
            "{w}"
        );
        assert!(w.contains("money.csv: missing"), "{w}");
    }

    #[test]
    fn missing_articles_or_required_column_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let err = Corpus::read(dir.path()).unwrap_err().to_string();
        assert!(err.contains("articles.csv"), "{err}");
        write(dir.path(), "articles.csv", "doc_id\na1\n");
        write(
            dir.path(),
            "sentences.csv",
            "doc_id,start,end,text\na1,0,1,x\n",
        );
        let err = Corpus::read(dir.path()).unwrap_err().to_string();
        assert!(
            err.contains("sentences.csv") && err.contains("sentence_id"),
            "{err}"
        );
    }
}
