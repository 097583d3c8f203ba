//! Sinks: CSV or JSON Lines tables in an output folder, or one JSON record per article on stdout.
//!
//! Tables are written to temporary files in the output folder and renamed into place only
//! when the whole batch is done, so a crash never leaves half a table under a final name.
//!
//! CSV text cells are made safe for spreadsheets by default ([`neutralise`]): a cell that
//! starts with `=`, `+`, `-`, `@`, tab or CR gets a leading apostrophe so that Excel and
//! LibreOffice show it as text instead of running it as a formula (OWASP CSV injection).
//! Numeric cells are never touched; JSON Lines, `--out -` and SQLite keep the raw text.

pub mod corpus;
pub mod rows;
mod safe;
#[cfg(feature = "sqlite")]
pub mod sqlite;

pub use safe::{is_formula_like, neutralise, SafeCsv};

use crate::offsets::CharIndex;
use crate::pipeline::Outcome;
use rows::{
    ArticleRecord, ARTICLE_COLUMNS, MENTION_COLUMNS, MONEY_COLUMNS, RELATION_COLUMNS,
    SENTENCE_COLUMNS,
};
use serde::Serialize;
use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use tempfile::NamedTempFile;

/// Table file format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum TableFormat {
    /// RFC 4180 CSV, UTF-8, with a header row.
    Csv,
    /// One JSON object per line, same fields as the CSV columns.
    Jsonl,
}

impl TableFormat {
    fn ext(self) -> &'static str {
        match self {
            TableFormat::Csv => "csv",
            TableFormat::Jsonl => "jsonl",
        }
    }
}

enum Writer {
    Csv(Box<csv::Writer<BufWriter<File>>>),
    /// CSV written by hand ([`csv_field`]), for the big tables whose rows are all strings and
    /// counts: the same bytes as the csv crate gives, without its per-field serde machinery.
    CsvByHand(RowBuf),
    Jsonl(BufWriter<File>),
}

/// The output buffer of a hand-written table: rows are written straight into `buf` (plain
/// vector appends, no `BufWriter` call per field and no row gathered first and copied again),
/// which goes to the file whenever it passes [`RowBuf::FLUSH_AT`] after a row.
struct RowBuf {
    buf: Vec<u8>,
    file: File,
}

impl RowBuf {
    /// About the `BufWriter` capacity used before (one write a megabyte).
    const FLUSH_AT: usize = 1 << 20;

    fn new(file: File) -> RowBuf {
        RowBuf {
            buf: Vec::with_capacity(Self::FLUSH_AT + (1 << 16)),
            file,
        }
    }

    /// Call after each row.
    #[inline]
    fn row_done(&mut self) -> io::Result<()> {
        if self.buf.len() >= Self::FLUSH_AT {
            self.file.write_all(&self.buf)?;
            self.buf.clear();
        }
        Ok(())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.file.write_all(&self.buf)?;
        self.buf.clear();
        self.file.flush()
    }
}

/// A text cell for the hand-written CSV tables: [`csv_field`], neutralised when `safe`.
#[inline]
fn csv_text(w: &mut Vec<u8>, cell: &str, safe: bool) -> io::Result<()> {
    if safe && is_formula_like(cell.as_bytes()) {
        csv_field(w, neutralise(cell).as_bytes())
    } else {
        csv_field(w, cell.as_bytes())
    }
}

/// One CSV field as the csv crate writes it by default (RFC 4180, quote only when needed):
/// quoted when it holds a comma, a double quote, CR or LF, with each quote doubled
/// ([`csv_field_general`], the definition), appended to `out` (the table's [`RowBuf`]).
///
/// A quoted field (most sentences of wire copy: they hold line breaks and commas) is copied
/// sixteen bytes at a time, each block stored whole and the copy resumed after its first
/// double quote, which is doubled: one pass that searches and copies, where a quote search
/// over the field and a `memcpy` call cost ~2.5 times the instructions on ~120-byte cells.
fn csv_field(out: &mut Vec<u8>, field: &[u8]) -> io::Result<()> {
    if !needs_quotes(field) {
        out.extend_from_slice(field);
        return Ok(());
    }
    // At most every byte doubled, plus the two quotes: the block stores below stay within
    // this (a store at `n` with `i + 16 <= len` ends by `start + 1 + 2 * i + 16`, below
    // `start + 2 * len + 2`).
    out.reserve(2 * field.len() + 2);
    out.push(b'"');
    let (dst, mut n) = (out.as_mut_ptr(), out.len());
    let mut i = 0;
    #[cfg(target_arch = "x86_64")]
    while i + 16 <= field.len() {
        use std::arch::x86_64::*;
        // SAFETY: `field[i..i + 16]` is in bounds (the loop test) and `dst + n .. + 16` within
        // the capacity reserved above (see there); `out` and `field` do not overlap (one is
        // borrowed mutably). Unaligned loads and stores; SSE2 is in the x86_64 baseline.
        let mask = unsafe {
            let x = _mm_loadu_si128(field.as_ptr().add(i).cast());
            _mm_storeu_si128(dst.add(n).cast(), x);
            _mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(b'"' as i8))) as u32
        };
        if mask == 0 {
            i += 16;
            n += 16;
        } else {
            // Keep the block up to its first quote, then the quote again.
            let past = mask.trailing_zeros() as usize + 1;
            i += past;
            n += past;
            // SAFETY: within the capacity, as above (one byte more than read, per quote).
            unsafe { dst.add(n).write(b'"') };
            n += 1;
        }
    }
    for &c in &field[i..] {
        // SAFETY: at most two bytes per byte read, plus the opening quote: within the
        // capacity reserved above.
        unsafe { dst.add(n).write(c) };
        n += 1;
        if c == b'"' {
            // SAFETY: the second of the two bytes counted for this one.
            unsafe { dst.add(n).write(b'"') };
            n += 1;
        }
    }
    // SAFETY: `dst[..n]` are the original bytes and the ones written above; the closing quote
    // fits (the reserve counted both quotes).
    unsafe {
        dst.add(n).write(b'"');
        out.set_len(n + 1);
    }
    Ok(())
}

/// [`csv_field`] by a quote search and whole-run writes (the definition).
#[cfg(test)]
fn csv_field_general(w: &mut impl Write, field: &[u8]) -> io::Result<()> {
    if !needs_quotes(field) {
        return w.write_all(field);
    }
    w.write_all(b"\"")?;
    let mut rest = field;
    while let Some(q) = find1(b'"', rest) {
        w.write_all(&rest[..=q])?;
        w.write_all(b"\"")?;
        rest = &rest[q + 1..];
    }
    w.write_all(rest)?;
    w.write_all(b"\"")
}

/// Does `field` hold a comma, a double quote, CR or LF? Short fields (ids, labels, zones) by a
/// byte loop; long ones sixteen bytes at a time for all four bytes at once, inline, the last
/// block overlapping the one before (no byte loop for the tail). This replaced two memchr
/// searches (three needles, then CR over the whole field when it had none of them), whose
/// setup dominated on sentences (~120 bytes) and article cells.
#[inline]
fn needs_quotes(field: &[u8]) -> bool {
    #[cfg(target_arch = "x86_64")]
    if field.len() >= 16 {
        let special =
            |block: &[u8; 16]| crate::simd::eq_any_mask16(block, [b',', b'"', b'\n', b'\r']) != 0;
        let (blocks, _) = field.as_chunks::<16>();
        if blocks.iter().any(special) {
            return true;
        }
        return <&[u8; 16]>::try_from(&field[field.len() - 16..]).is_ok_and(special);
    }
    field
        .iter()
        .any(|&b| matches!(b, b',' | b'"' | b'\n' | b'\r'))
}

#[cfg(test)]
/// `memchr::memchr(a, hay)`. A sentence is ~120 bytes: on such haystacks the SSE2 searcher,
/// called directly, costs about half the instructions of the dispatched AVX2 one, whose setup
/// pays off on longer ones.
#[inline]
fn find1(a: u8, hay: &[u8]) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    {
        if let Some(one) = memchr::arch::x86_64::sse2::memchr::One::new(a) {
            return one.find(hay);
        }
    }
    memchr::memchr(a, hay)
}

/// The sentences.csv rows of an article, the bytes that [`HandRow`] writes for each row of
/// [`rows::sentence_rows`], appended to `out` (the table's [`RowBuf`]); the id cell, the same
/// on every row, is escaped once. `row_done` runs after each row.
fn write_sentence_rows(
    out: &mut Vec<u8>,
    a: &crate::model::Analysis,
    idx: &CharIndex,
    safe: bool,
    mut row_done: impl FnMut(&mut Vec<u8>) -> io::Result<()>,
) -> io::Result<()> {
    let id = id_cell(a, safe)?;
    for r in rows::sentence_rows(a, idx) {
        out.extend_from_slice(&id);
        push_count(out, r.sentence_id);
        out.push(b',');
        push_count(out, r.start);
        out.push(b',');
        push_count(out, r.end);
        out.push(b',');
        csv_text(out, r.zone, safe)?;
        out.push(b',');
        csv_text(out, r.text, safe)?;
        out.push(b'\n');
        row_done(out)?;
    }
    Ok(())
}

/// The doc id cell of an article's rows, with the comma after it: escaped once per article.
fn id_cell(a: &crate::model::Analysis, safe: bool) -> io::Result<Vec<u8>> {
    let mut id = Vec::with_capacity(a.article.id.len() + 4);
    csv_text(&mut id, &a.article.id, safe)?;
    id.push(b',');
    Ok(id)
}

/// The mentions.csv rows of an article, as [`write_sentence_rows`] writes sentences: the bytes
/// [`HandRow`] writes for each row of [`rows::mention_rows`], with the id cell escaped once.
/// Labels and zones are plain words that need neither quotes nor neutralising
/// (`labels_and_zones_are_plain_cells`): they are copied as they are.
fn write_mention_rows(
    out: &mut Vec<u8>,
    a: &crate::model::Analysis,
    idx: &CharIndex,
    safe: bool,
    mut row_done: impl FnMut(&mut Vec<u8>) -> io::Result<()>,
) -> io::Result<()> {
    let id = id_cell(a, safe)?;
    for r in rows::mention_rows(a, idx) {
        out.extend_from_slice(&id);
        push_count(out, r.mention_id);
        out.push(b',');
        push_count(out, r.sentence_id);
        out.push(b',');
        push_count(out, r.start);
        out.push(b',');
        push_count(out, r.end);
        out.push(b',');
        csv_text(out, r.text, safe)?;
        out.push(b',');
        out.extend_from_slice(r.label.as_bytes());
        out.push(b',');
        csv_text(out, r.canonical, safe)?;
        out.push(b',');
        out.extend_from_slice(r.zone.as_bytes());
        out.push(b',');
        csv_text(out, r.source, safe)?;
        out.push(b',');
        csv_text(out, r.entity_id, safe)?;
        out.push(b'\n');
        row_done(out)?;
    }
    Ok(())
}

/// The `row_done` of the per-article row writers: the buffer goes to `file` whenever it
/// passes [`RowBuf::FLUSH_AT`].
fn flush_full(file: &mut File) -> impl FnMut(&mut Vec<u8>) -> io::Result<()> + '_ {
    move |buf| {
        if buf.len() >= RowBuf::FLUSH_AT {
            file.write_all(buf)?;
            buf.clear();
        }
        Ok(())
    }
}

/// A count as a CSV field (decimal digits never need quotes), appended as [`push_count`]
/// does: every hand-written row has ids and offsets.
#[inline(always)]
fn csv_count(w: &mut Vec<u8>, n: usize) -> io::Result<()> {
    push_count(w, n);
    Ok(())
}

/// A count in decimal, appended to a vector. Sentence ids and offsets are mostly under 10,000:
/// their digits come from a table of digit pairs (one division by 100) and are appended as a
/// fixed-size array, a single store (itoa's variable-length result costs a `memcpy` call, and
/// dividing digit by digit ~40 instructions a count); larger counts go through itoa. Always
/// inlined: as a call it measured 4 M instructions more on Reuters (three counts a row).
#[inline(always)]
fn push_count(out: &mut Vec<u8>, n: usize) {
    let pair = |k: usize| [DIGIT_PAIRS[2 * k], DIGIT_PAIRS[2 * k + 1]];
    if n < 10 {
        out.push(b'0' + n as u8);
    } else if n < 100 {
        out.extend_from_slice(&pair(n));
    } else if n < 1000 {
        let [a, b] = pair(n % 100);
        out.extend_from_slice(&[b'0' + (n / 100) as u8, a, b]);
    } else if n < 10_000 {
        let ([a, b], [c, d]) = (pair(n / 100), pair(n % 100));
        out.extend_from_slice(&[a, b, c, d]);
    } else {
        out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
    }
}

/// "00" to "99", for [`push_count`].
const DIGIT_PAIRS: &[u8; 200] = b"\
    0001020304050607080910111213141516171819\
    2021222324252627282930313233343536373839\
    4041424344454647484950515253545556575859\
    6061626364656667686970717273747576777879\
    8081828384858687888990919293949596979899";

/// A row that [`Writer::CsvByHand`] can write: its fields, in column order; text cells go
/// through [`csv_text`] (neutralised when `safe`), numbers through [`csv_count`].
trait HandRow: Serialize {
    fn write_csv(&self, w: &mut Vec<u8>, safe: bool) -> io::Result<()>;
}

/// An optional text cell: `None` is an empty field, as the csv crate writes it.
#[inline]
fn csv_opt_text(w: &mut Vec<u8>, cell: Option<&str>, safe: bool) -> io::Result<()> {
    match cell {
        Some(cell) => csv_text(w, cell, safe),
        None => Ok(()),
    }
}

impl HandRow for rows::ArticleRow<'_> {
    fn write_csv(&self, w: &mut Vec<u8>, safe: bool) -> io::Result<()> {
        csv_text(w, self.doc_id, safe)?;
        w.write_all(b",")?;
        csv_text(w, self.source_path, safe)?;
        for field in [self.title, self.date, self.author, self.url] {
            w.write_all(b",")?;
            csv_opt_text(w, field, safe)?;
        }
        w.write_all(b",")?;
        csv_count(w, self.chars)?;
        w.write_all(b",")?;
        csv_count(w, self.sentences)?;
        // The status is an enum variant: serde writes its name, never neutralised.
        w.write_all(b",")?;
        csv_field(w, self.status.as_str().as_bytes())?;
        w.write_all(b",")?;
        csv_text(w, &self.message, safe)?;
        w.write_all(b"\n")
    }
}

impl HandRow for rows::SentenceRow<'_> {
    fn write_csv(&self, w: &mut Vec<u8>, safe: bool) -> io::Result<()> {
        csv_text(w, self.doc_id, safe)?;
        w.write_all(b",")?;
        csv_count(w, self.sentence_id)?;
        w.write_all(b",")?;
        csv_count(w, self.start)?;
        w.write_all(b",")?;
        csv_count(w, self.end)?;
        w.write_all(b",")?;
        csv_text(w, self.zone, safe)?;
        w.write_all(b",")?;
        csv_text(w, self.text, safe)?;
        w.write_all(b"\n")
    }
}

impl HandRow for rows::MentionRow<'_> {
    fn write_csv(&self, w: &mut Vec<u8>, safe: bool) -> io::Result<()> {
        csv_text(w, self.doc_id, safe)?;
        w.write_all(b",")?;
        csv_count(w, self.mention_id)?;
        w.write_all(b",")?;
        csv_count(w, self.sentence_id)?;
        w.write_all(b",")?;
        csv_count(w, self.start)?;
        w.write_all(b",")?;
        csv_count(w, self.end)?;
        for field in [
            self.text,
            self.label,
            self.canonical,
            self.zone,
            self.source,
            self.entity_id,
        ] {
            w.write_all(b",")?;
            csv_text(w, field, safe)?;
        }
        w.write_all(b"\n")
    }
}

/// One table being written to a temporary file.
struct Table {
    tmp: NamedTempFile,
    writer: Writer,
    target: PathBuf,
    /// CSV text cells are neutralised ([`neutralise`]).
    safe: bool,
}

impl Table {
    /// `by_hand`: CSV rows come through [`Table::write_by_hand`] only.
    /// `raw_csv`: CSV text cells are written as they are (`--raw-csv`).
    fn create(
        dir: &Path,
        name: &str,
        columns: &[&str],
        format: TableFormat,
        by_hand: bool,
        raw_csv: bool,
    ) -> io::Result<Table> {
        let file_name = format!("{name}.{}", format.ext());
        let tmp = tempfile::Builder::new()
            .prefix(&format!(".{file_name}."))
            .suffix(".tmp")
            .tempfile_in(dir)?;
        let file = tmp.reopen()?;
        let writer = match format {
            TableFormat::Csv if by_hand => {
                let mut w = RowBuf::new(file);
                for (i, c) in columns.iter().enumerate() {
                    if i > 0 {
                        w.buf.push(b',');
                    }
                    csv_field(&mut w.buf, c.as_bytes())?;
                }
                w.buf.push(b'\n');
                Writer::CsvByHand(w)
            }
            TableFormat::Csv => {
                let mut w = csv::WriterBuilder::new()
                    .has_headers(false)
                    .from_writer(BufWriter::with_capacity(1 << 20, file));
                w.write_record(columns)?;
                Writer::Csv(Box::new(w))
            }
            TableFormat::Jsonl => Writer::Jsonl(BufWriter::with_capacity(1 << 20, file)),
        };
        Ok(Table {
            tmp,
            writer,
            target: dir.join(file_name),
            safe: format == TableFormat::Csv && !raw_csv,
        })
    }

    fn write<T: Serialize>(&mut self, row: &T) -> io::Result<()> {
        match &mut self.writer {
            Writer::Csv(w) if self.safe => w.serialize(SafeCsv(row)).map_err(io::Error::other),
            Writer::Csv(w) => w.serialize(row).map_err(io::Error::other),
            Writer::CsvByHand(_) => {
                Err(io::Error::other("a hand-written table takes HandRow rows"))
            }
            Writer::Jsonl(w) => {
                serde_json::to_writer(&mut *w, row)?;
                w.write_all(b"\n")
            }
        }
    }

    fn write_by_hand<T: HandRow>(&mut self, row: &T) -> io::Result<()> {
        match &mut self.writer {
            Writer::CsvByHand(w) => {
                row.write_csv(&mut w.buf, self.safe)?;
                w.row_done()
            }
            _ => self.write(row),
        }
    }

    fn commit(self) -> io::Result<PathBuf> {
        match self.writer {
            Writer::Csv(mut w) => w.flush()?,
            Writer::CsvByHand(mut w) => w.flush()?,
            Writer::Jsonl(mut w) => w.flush()?,
        }
        self.tmp.as_file().sync_all()?;
        // Temporary files are private (0600); a finished table is an ordinary file.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            std::fs::set_permissions(self.tmp.path(), std::fs::Permissions::from_mode(0o644))?;
        }
        self.tmp.persist(&self.target).map_err(|e| e.error)?;
        Ok(self.target)
    }
}

/// Where results go.
pub trait Sink: Send {
    fn write(&mut self, outcome: &Outcome) -> io::Result<()>;
    /// The corpus tables (entities, links, storylines), after every article; sinks that
    /// stream per-article records ignore them.
    fn write_corpus(&mut self, _corpus: &crate::corpus::CorpusResult) -> io::Result<()> {
        Ok(())
    }
    /// Makes the output final; returns the files written.
    fn finish(self: Box<Self>) -> io::Result<Vec<PathBuf>>;
    /// Does this sink read the tokens of an analysis ([`crate::model::Analysis::tokens`])?
    /// When it does not, the batch runner frees them on the worker that made them, before
    /// the outcome reaches the sink: they are the largest part of an analysis (about five
    /// times the text), and memory freed where it was allocated is reused at once, by the
    /// next article, instead of being handed back across threads.
    fn reads_tokens(&self) -> bool {
        true
    }
}

/// The tables in an output folder.
pub struct TableSink {
    articles: Table,
    sentences: Table,
    mentions: Table,
    money: Table,
    relations: Table,
    /// co_mentions.csv, only when asked for ([`TableSink::with_co_mentions`]).
    co_mentions: Option<Table>,
    /// Where and how the corpus tables go, and the files they became.
    dir: PathBuf,
    format: TableFormat,
    raw_csv: bool,
    corpus_files: Vec<PathBuf>,
}

/// co_mentions.csv: entity pairs named in one sentence ([`crate::facts::co_mentions`]).
pub const CO_MENTION_COLUMNS: &[&str] = &["doc_id", "sentence_id", "entity_a", "entity_b"];

/// Every table `extract` can write, without its extension.
pub const TABLE_NAMES: &[&str] = &[
    "articles",
    "sentences",
    "mentions",
    "money",
    "relations",
    "co_mentions",
    "entities",
    "links",
    "storylines",
];

/// Removes the tables in `dir` that this run did not write (`links.csv` from a run before
/// `--no-links`, CSV tables beside a `--format jsonl` run), so that the folder always holds
/// one consistent set and `report` or a notebook never joins tables of two runs. Only our
/// own table names are touched. Returns the names removed.
pub fn remove_stale_tables(dir: &Path, written: &[PathBuf]) -> Vec<String> {
    let written: Vec<_> = written.iter().filter_map(|p| p.file_name()).collect();
    let mut removed = Vec::new();
    for name in TABLE_NAMES {
        for ext in [TableFormat::Csv.ext(), TableFormat::Jsonl.ext()] {
            let file = format!("{name}.{ext}");
            let path = dir.join(&file);
            let stale = path.is_file() && !written.contains(&std::ffi::OsStr::new(&file));
            if stale && std::fs::remove_file(&path).is_ok() {
                removed.push(file);
            }
        }
    }
    removed
}

#[derive(Serialize)]
struct CoMentionRow<'a> {
    doc_id: &'a str,
    sentence_id: usize,
    entity_a: &'a str,
    entity_b: &'a str,
}

impl TableSink {
    /// The tables in `dir`, CSV text cells neutralised ([`neutralise`]).
    pub fn create(dir: &Path, format: TableFormat) -> io::Result<TableSink> {
        TableSink::create_with(dir, format, false)
    }

    /// As [`TableSink::create`]; `raw_csv` writes CSV text cells as they are (`--raw-csv`).
    pub fn create_with(dir: &Path, format: TableFormat, raw_csv: bool) -> io::Result<TableSink> {
        std::fs::create_dir_all(dir)?;
        let table =
            |name, columns, by_hand| Table::create(dir, name, columns, format, by_hand, raw_csv);
        Ok(TableSink {
            articles: table("articles", ARTICLE_COLUMNS, true)?,
            sentences: table("sentences", SENTENCE_COLUMNS, true)?,
            mentions: table("mentions", MENTION_COLUMNS, true)?,
            money: table("money", MONEY_COLUMNS, true)?,
            relations: table("relations", RELATION_COLUMNS, true)?,
            co_mentions: None,
            dir: dir.to_path_buf(),
            format,
            raw_csv,
            corpus_files: Vec::new(),
        })
    }

    /// Also writes co_mentions (off by default: a long sentence gives many pairs).
    pub fn with_co_mentions(
        mut self,
        dir: &Path,
        format: TableFormat,
        raw_csv: bool,
    ) -> io::Result<TableSink> {
        self.co_mentions = Some(Table::create(
            dir,
            "co_mentions",
            CO_MENTION_COLUMNS,
            format,
            false,
            raw_csv,
        )?);
        Ok(self)
    }
}

impl Sink for TableSink {
    /// No table holds tokens.
    fn reads_tokens(&self) -> bool {
        false
    }

    fn write(&mut self, outcome: &Outcome) -> io::Result<()> {
        let Outcome::Analysed(a) = outcome else {
            return self.articles.write_by_hand(&rows::article_row(outcome));
        };
        // One code-point index per article, shared by every table; rows are streamed.
        let idx = CharIndex::new(&a.article.text);
        self.articles
            .write_by_hand(&rows::analysed_row_indexed(a, &idx))?;
        match &mut self.sentences.writer {
            Writer::CsvByHand(RowBuf { buf, file }) => {
                write_sentence_rows(buf, a, &idx, self.sentences.safe, flush_full(file))?
            }
            _ => {
                for r in rows::sentence_rows(a, &idx) {
                    self.sentences.write_by_hand(&r)?;
                }
            }
        }
        match &mut self.mentions.writer {
            Writer::CsvByHand(RowBuf { buf, file }) => {
                write_mention_rows(buf, a, &idx, self.mentions.safe, flush_full(file))?
            }
            _ => {
                for r in rows::mention_rows(a, &idx) {
                    self.mentions.write_by_hand(&r)?;
                }
            }
        }
        for r in rows::money_rows(a) {
            self.money.write_by_hand(&r)?;
        }
        for r in rows::relation_rows(a, &idx) {
            self.relations.write_by_hand(&r)?;
        }
        if let Some(table) = &mut self.co_mentions {
            for c in crate::facts::co_mentions(a) {
                table.write(&CoMentionRow {
                    doc_id: &a.article.id,
                    sentence_id: c.sentence,
                    entity_a: &c.entity_a,
                    entity_b: &c.entity_b,
                })?;
            }
        }
        Ok(())
    }

    fn write_corpus(&mut self, corpus: &crate::corpus::CorpusResult) -> io::Result<()> {
        let files = corpus::write_corpus_tables(&self.dir, self.format, self.raw_csv, corpus)?;
        self.corpus_files.extend(files);
        Ok(())
    }

    fn finish(self: Box<Self>) -> io::Result<Vec<PathBuf>> {
        let s = *self;
        let mut files = vec![
            s.articles.commit()?,
            s.sentences.commit()?,
            s.mentions.commit()?,
            s.money.commit()?,
            s.relations.commit()?,
        ];
        if let Some(table) = s.co_mentions {
            files.push(table.commit()?);
        }
        files.extend(s.corpus_files);
        Ok(files)
    }
}

/// Several sinks fed the same outcomes, e.g. the CSV tables and a SQLite database.
pub struct TeeSink {
    sinks: Vec<Box<dyn Sink>>,
}

impl TeeSink {
    pub fn new(sinks: Vec<Box<dyn Sink>>) -> TeeSink {
        TeeSink { sinks }
    }
}

impl Sink for TeeSink {
    fn reads_tokens(&self) -> bool {
        self.sinks.iter().any(|s| s.reads_tokens())
    }

    fn write(&mut self, outcome: &Outcome) -> io::Result<()> {
        self.sinks.iter_mut().try_for_each(|s| s.write(outcome))
    }

    fn write_corpus(&mut self, corpus: &crate::corpus::CorpusResult) -> io::Result<()> {
        self.sinks
            .iter_mut()
            .try_for_each(|s| s.write_corpus(corpus))
    }

    /// Finishes every sink in order; the first error stops (later sinks' temporary files
    /// are removed when they are dropped).
    fn finish(self: Box<Self>) -> io::Result<Vec<PathBuf>> {
        let mut files = Vec::new();
        for s in self.sinks {
            files.extend(s.finish()?);
        }
        Ok(files)
    }
}

/// `--out -`: one JSON Lines record per article on stdout (for Spark `RDD.pipe`, Hadoop Streaming).
pub struct StdoutSink {
    out: BufWriter<io::Stdout>,
}

impl StdoutSink {
    pub fn new() -> StdoutSink {
        StdoutSink {
            out: BufWriter::with_capacity(1 << 16, io::stdout()),
        }
    }
}

impl Default for StdoutSink {
    fn default() -> Self {
        Self::new()
    }
}

impl Sink for StdoutSink {
    /// The records hold the rows of the tables, and no tokens.
    fn reads_tokens(&self) -> bool {
        false
    }

    fn write(&mut self, outcome: &Outcome) -> io::Result<()> {
        let article = rows::article_row(outcome);
        let record = match outcome {
            Outcome::Analysed(a) => {
                let d = rows::detail_rows(a);
                ArticleRecord {
                    article,
                    sentences: d.sentences,
                    mentions: d.mentions,
                    money: d.money,
                    relations: d.relations,
                }
            }
            Outcome::Failed(_) => ArticleRecord {
                article,
                sentences: vec![],
                mentions: vec![],
                money: vec![],
                relations: vec![],
            },
        };
        serde_json::to_writer(&mut self.out, &record)?;
        self.out.write_all(b"\n")
    }

    fn finish(mut self: Box<Self>) -> io::Result<Vec<PathBuf>> {
        self.out.flush()?;
        Ok(Vec::new())
    }
}

/// Hand-written rows against the csv crate, for the row tests of `rows` and `corpus`.
#[cfg(test)]
pub(crate) mod row_check {
    use super::{HandRow, SafeCsv};
    use serde::Serialize;

    /// What the csv crate writes for `row` (through `SafeCsv` when `safe`).
    pub(super) fn by_serde<T: Serialize>(row: &T, safe: bool) -> String {
        let mut w = csv::WriterBuilder::new()
            .has_headers(false)
            .from_writer(Vec::new());
        if safe {
            w.serialize(SafeCsv(row)).unwrap();
        } else {
            w.serialize(row).unwrap();
        }
        String::from_utf8(w.into_inner().unwrap()).unwrap()
    }

    /// Cells that need quotes, an apostrophe against formulas, or nothing, then `extra`.
    pub(super) fn tricky_cells(extra: &[&'static str]) -> Vec<&'static str> {
        let mut cells = vec![
            "",
            "=SUM(A1)",
            "+1",
            "@at",
            "\ttab",
            "a,b",
            "say \"hi\"",
            "two\nlines",
            "cr\r",
        ];
        cells.extend_from_slice(extra);
        cells
    }

    pub(super) fn by_hand<T: HandRow>(row: &T, safe: bool) -> String {
        let mut out = Vec::new();
        row.write_csv(&mut out, safe).unwrap();
        String::from_utf8(out).unwrap()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The hand-written fields are byte for byte what the csv crate writes.
    #[test]
    fn hand_fields_match_the_csv_crate() {
        let cases = [
            "",
            "plain",
            "a,b",
            "say \"hi\"",
            "\"",
            "\"\"",
            "line\nbreak",
            "cr\ronly",
            "crlf\r\n",
            " spaces ",
            "#hash",
            "tab\there",
            "é ünïcode, “quotes”",
            "a long field of sixteen bytes or more, with a comma",
            "a long field of sixteen bytes or more without one",
            "a long field with a \"quote\" in it",
            "a long field with a line\nbreak in it",
            "a long field with a carriage\rreturn",
        ];
        for field in cases {
            let mut ours = Vec::new();
            csv_field(&mut ours, field.as_bytes()).unwrap();
            let mut theirs = csv::WriterBuilder::new().from_writer(Vec::new());
            theirs.write_record([field, "x"]).unwrap();
            let theirs = theirs.into_inner().unwrap();
            ours.extend_from_slice(b",x\n");
            assert_eq!(
                String::from_utf8_lossy(&ours),
                String::from_utf8_lossy(&theirs),
                "{field:?}"
            );
        }
        for n in [0usize, 7, 10, 99, 12345, usize::MAX] {
            let mut ours = Vec::new();
            csv_count(&mut ours, n).unwrap();
            assert_eq!(ours, n.to_string().into_bytes());
        }
        // The appended counts, at every digit-count boundary.
        let mut cases = vec![usize::MAX, usize::MAX / 7];
        for p in [1usize, 10, 100, 1000, 10_000, 100_000] {
            cases.extend([p - 1, p, p + 1, 5 * p]);
        }
        for n in cases {
            let mut ours = b"x".to_vec();
            push_count(&mut ours, n);
            assert_eq!(ours, format!("x{n}").into_bytes());
        }
    }

    /// Whole rows: hand-written and serde-serialised give the same bytes.
    #[test]
    fn hand_rows_match_serde_rows() {
        let sentence = rows::SentenceRow {
            doc_id: "doc,1",
            sentence_id: 3,
            start: 10,
            end: 42,
            zone: "body",
            text: "He said \"no\",\nthen left.",
        };
        let mention = rows::MentionRow {
            doc_id: "d",
            mention_id: 0,
            sentence_id: 12,
            start: 0,
            end: 5,
            text: "Acme",
            label: "ORG",
            canonical: "",
            zone: "title",
            source: "rule:x,y",
            entity_id: "ORG:acme",
        };
        let articles = [
            rows::ArticleRow {
                doc_id: "reuters-1",
                source_path: "a,b.jsonl:1",
                title: Some("BAHIA \"COCOA\" REVIEW"),
                date: Some("1987-02-26"),
                author: None,
                url: Some(""),
                chars: 1234,
                sentences: 0,
                status: crate::model::Status::Warning,
                message: "invalid UTF-8\nsecond".into(),
            },
            rows::ArticleRow {
                doc_id: "",
                source_path: "",
                title: None,
                date: None,
                author: Some("AFP"),
                url: None,
                chars: 0,
                sentences: 7,
                status: crate::model::Status::Error,
                message: String::new(),
            },
        ];
        let mut ours = Vec::new();
        sentence.write_csv(&mut ours, false).unwrap();
        mention.write_csv(&mut ours, false).unwrap();
        for a in &articles {
            a.write_csv(&mut ours, false).unwrap();
        }
        let mut theirs = csv::WriterBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_writer(Vec::new());
        theirs.serialize(&sentence).unwrap();
        theirs.serialize(&mention).unwrap();
        for a in &articles {
            theirs.serialize(a).unwrap();
        }
        let theirs = theirs.into_inner().unwrap();
        assert_eq!(
            String::from_utf8_lossy(&ours),
            String::from_utf8_lossy(&theirs)
        );
    }

    /// [`write_mention_rows`] copies labels and zones as they are: the cell each would be.
    #[test]
    fn labels_and_zones_are_plain_cells() {
        use crate::model::{Label, Zone};
        let zones = [
            Zone::Title,
            Zone::Byline,
            Zone::Dateline,
            Zone::Highlights,
            Zone::Body,
            Zone::Boilerplate,
        ];
        let words = Label::ALL.iter().map(|l| l.as_str());
        for word in words.chain(zones.iter().map(|z| z.as_str())) {
            let mut cell = Vec::new();
            csv_text(&mut cell, word, true).unwrap();
            assert_eq!(cell, word.as_bytes());
        }
    }

    /// The same CSV written both ways, raw and safe (`id` names the case in a failure).
    fn assert_same_csv(
        id: &str,
        one_by_one: impl Fn(&mut Vec<u8>, bool),
        at_once: impl Fn(&mut Vec<u8>, bool),
    ) {
        for safe in [false, true] {
            let (mut hand, mut fast) = (Vec::new(), Vec::new());
            one_by_one(&mut hand, safe);
            at_once(&mut fast, safe);
            assert_eq!(
                String::from_utf8_lossy(&fast),
                String::from_utf8_lossy(&hand),
                "{id:?} safe={safe}"
            );
        }
    }

    /// An article's mention rows written at once are the rows [`HandRow`] writes one by one,
    /// with ids, texts, canonicals, sources and entity ids that need quotes or neutralising.
    #[test]
    fn mention_rows_at_once_match_hand_rows() {
        use crate::model::{Analysis, Article, Entity, Label, Mention, Zone};
        let text = "=Sum, \"Müller\" met -Acme\r\nin Zürich, 2021.";
        let cells = ["=x", "a,b", "plain", "q\"q", "", "-1"];
        let mention = |i: usize, start: usize, end: usize, label: Label| Mention {
            start,
            end,
            label,
            canonical: cells[i % cells.len()].into(),
            source: cells[(i + 1) % cells.len()].into(),
            id: None,
            role: None,
            sentence: i * 7,
            zone: [Zone::Body, Zone::Title][i % 2],
            money: None,
            value: None,
            entity: (i % 3 != 2).then_some(i % 2),
        };
        let entities = ["=Q1", "ORG:acme, inc"].map(|id| Entity {
            id: id.into(),
            label: Label::Org,
            canonical: String::new(),
            mentions: Vec::new(),
        });
        let spans = [
            ("=Sum", Label::Person),
            ("\"Müller\"", Label::Org),
            ("-Acme", Label::Money),
            ("Zürich", Label::Location),
            ("2021.", Label::Date),
        ];
        let mentions: Vec<Mention> = spans
            .iter()
            .enumerate()
            .map(|(i, (s, label))| {
                let start = text.find(s).unwrap();
                mention(i, start, start + s.len(), *label)
            })
            .collect();
        for id in ["reuters-1", "doc,1", "-doc", ""] {
            let a = Analysis {
                article: Article {
                    id: id.into(),
                    text: text.into(),
                    ..Article::default()
                },
                mentions: mentions.clone(),
                entities: entities.to_vec(),
                ..Analysis::default()
            };
            let idx = CharIndex::new(&a.article.text);
            assert_same_csv(
                id,
                |w, safe| {
                    for r in rows::mention_rows(&a, &idx) {
                        r.write_csv(w, safe).unwrap();
                    }
                },
                |w, safe| write_mention_rows(w, &a, &idx, safe, |_| Ok(())).unwrap(),
            );
        }
    }

    /// An article's sentence rows written at once are the rows [`HandRow`] writes one by one,
    /// with ids and texts that need quotes or neutralising, raw and safe.
    #[test]
    fn sentence_rows_at_once_match_hand_rows() {
        use crate::model::{Analysis, Article, Sentence, Zone};
        let text = "=Sum, \"quoted\"\nline. Zürich rose.\n-5 pct\r\nend";
        let sentences = vec![
            Sentence {
                start: 0,
                end: 11,
                zone: Zone::Title,
            },
            Sentence {
                start: 12,
                end: 24,
                zone: Zone::Body,
            },
            Sentence {
                start: 25,
                end: text.len(),
                zone: Zone::Boilerplate,
            },
        ];
        for id in ["reuters-1", "doc,1", "-doc", "=1+1", "say \"hi\"", ""] {
            let a = Analysis {
                article: Article {
                    id: id.into(),
                    text: text.into(),
                    ..Article::default()
                },
                sentences: sentences.clone(),
                ..Analysis::default()
            };
            let idx = CharIndex::new(&a.article.text);
            assert_same_csv(
                id,
                |w, safe| {
                    for r in rows::sentence_rows(&a, &idx) {
                        r.write_csv(w, safe).unwrap();
                    }
                },
                |w, safe| write_sentence_rows(w, &a, &idx, safe, |_| Ok(())).unwrap(),
            );
        }
    }

    /// The direct search finds what `memchr` finds; [`needs_quotes`] what a byte test finds.
    #[test]
    fn direct_searches_match_memchr() {
        let hays: &[&[u8]] = &[
            b"",
            b"\"",
            b"plain text without any",
            b"0123456789abcdef0123456789abcdef,tail",
            "Z\u{fc}rich \u{2018}q\u{2019}\r\n \"x\" tail, more".as_bytes(),
        ];
        for hay in hays {
            for from in 0..=hay.len() {
                let h = &hay[from..];
                assert_eq!(find1(b'"', h), memchr::memchr(b'"', h));
                assert_eq!(find1(b'\r', h), memchr::memchr(b'\r', h));
            }
        }
        // The one-pass quoted copy writes what the definition writes: quotes at every offset
        // of a block and of the tail, runs of them, fields of every length around the block.
        for len in 0..50 {
            for at in 0..len {
                for run in 1..4 {
                    let mut f: Vec<u8> = (0..len).map(|k| b"ab,c\n"[k % 5]).collect();
                    for q in f.iter_mut().skip(at).take(run) {
                        *q = b'"';
                    }
                    for field in [&f[..], &f[at..], &f[..at]] {
                        let (mut fast, mut want) = (b"x,".to_vec(), b"x,".to_vec());
                        csv_field(&mut fast, field).unwrap();
                        csv_field_general(&mut want, field).unwrap();
                        assert_eq!(fast, want, "{field:?}");
                    }
                }
            }
        }
        // The quoting test finds each special byte at every offset of fields of every length
        // around the block size (full blocks, the overlapping last one, short fields), and
        // rejects fields without them, non-ASCII bytes included.
        for len in 0..50 {
            let plain: Vec<u8> = (0..len).map(|k| [b'a', 0xe2, b' ', b'\t'][k % 4]).collect();
            assert!(!needs_quotes(&plain), "{plain:?}");
            for at in 0..len {
                for special in [b',', b'"', b'\n', b'\r'] {
                    let mut f = plain.clone();
                    f[at] = special;
                    assert!(needs_quotes(&f), "{f:?}");
                }
            }
        }
    }

    /// Neutralised hand-written rows are byte for byte the serde rows through [`SafeCsv`], and
    /// every formula-like text cell gets its apostrophe.
    #[test]
    fn hand_rows_neutralise_like_safe_csv() {
        let sentence = rows::SentenceRow {
            doc_id: "-doc",
            sentence_id: 3,
            start: 10,
            end: 42,
            zone: "body",
            text: "=HYPERLINK(\"http://x\",\"y\")",
        };
        let mention = rows::MentionRow {
            doc_id: "d",
            mention_id: 0,
            sentence_id: 12,
            start: 0,
            end: 5,
            text: "+cmd",
            label: "ORG",
            canonical: "@SUM(A1)",
            zone: "title",
            source: "\trule",
            entity_id: "-ORG:x",
        };
        let article = rows::ArticleRow {
            doc_id: "=1+1",
            source_path: "@x",
            title: Some("-Title"),
            date: Some("+2021"),
            author: Some("\rAuthor"),
            url: None,
            chars: 5,
            sentences: 1,
            status: crate::model::Status::Ok,
            message: "-msg, with comma".into(),
        };
        let mut ours = Vec::new();
        sentence.write_csv(&mut ours, true).unwrap();
        mention.write_csv(&mut ours, true).unwrap();
        article.write_csv(&mut ours, true).unwrap();
        let mut theirs = csv::WriterBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_writer(Vec::new());
        theirs.serialize(SafeCsv(&sentence)).unwrap();
        theirs.serialize(SafeCsv(&mention)).unwrap();
        theirs.serialize(SafeCsv(&article)).unwrap();
        let theirs = theirs.into_inner().unwrap();
        let ours = String::from_utf8(ours).unwrap();
        assert_eq!(ours, String::from_utf8_lossy(&theirs));
        assert_eq!(
            ours,
            "'-doc,3,10,42,body,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\n\
             d,0,12,0,5,'+cmd,ORG,'@SUM(A1),title,'\trule,'-ORG:x\n\
             '=1+1,'@x,'-Title,'+2021,\"'\rAuthor\",,5,1,ok,\"'-msg, with comma\"\n"
        );
    }
}
