//! Sinks: CSV or JSON Lines tables in an output folder, or one JSON record per article on stdout.
//!
//! Tables are written to temporary files in the output folder and renamed into place only
//! when the whole batch is done, so a crash never leaves half a table under a final name.

pub mod rows;

use crate::offsets::CharIndex;
use crate::pipeline::Outcome;
use rows::{ArticleRecord, ARTICLE_COLUMNS, MENTION_COLUMNS, MONEY_COLUMNS, SENTENCE_COLUMNS};
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
    Csv(csv::Writer<BufWriter<File>>),
    Jsonl(BufWriter<File>),
}

/// One table being written to a temporary file.
struct Table {
    tmp: NamedTempFile,
    writer: Writer,
    target: PathBuf,
}

impl Table {
    fn create(dir: &Path, name: &str, columns: &[&str], format: TableFormat) -> io::Result<Table> {
        let file_name = format!("{name}.{}", format.ext());
        let tmp = tempfile::Builder::new()
            .prefix(&format!(".{file_name}."))
            .suffix(".tmp")
            .tempfile_in(dir)?;
        let file = tmp.reopen()?;
        let buf = BufWriter::with_capacity(1 << 20, file);
        let writer = match format {
            TableFormat::Csv => {
                let mut w = csv::WriterBuilder::new()
                    .has_headers(false)
                    .from_writer(buf);
                w.write_record(columns)?;
                Writer::Csv(w)
            }
            TableFormat::Jsonl => Writer::Jsonl(buf),
        };
        Ok(Table {
            tmp,
            writer,
            target: dir.join(file_name),
        })
    }

    fn write<T: Serialize>(&mut self, row: &T) -> io::Result<()> {
        match &mut self.writer {
            Writer::Csv(w) => w.serialize(row).map_err(io::Error::other),
            Writer::Jsonl(w) => {
                serde_json::to_writer(&mut *w, row)?;
                w.write_all(b"\n")
            }
        }
    }

    fn commit(self) -> io::Result<PathBuf> {
        match self.writer {
            Writer::Csv(mut w) => w.flush()?,
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
    /// Makes the output final; returns the files written.
    fn finish(self: Box<Self>) -> io::Result<Vec<PathBuf>>;
}

/// The tables in an output folder.
pub struct TableSink {
    articles: Table,
    sentences: Table,
    mentions: Table,
    money: Table,
}

impl TableSink {
    pub fn create(dir: &Path, format: TableFormat) -> io::Result<TableSink> {
        std::fs::create_dir_all(dir)?;
        Ok(TableSink {
            articles: Table::create(dir, "articles", ARTICLE_COLUMNS, format)?,
            sentences: Table::create(dir, "sentences", SENTENCE_COLUMNS, format)?,
            mentions: Table::create(dir, "mentions", MENTION_COLUMNS, format)?,
            money: Table::create(dir, "money", MONEY_COLUMNS, format)?,
        })
    }
}

impl Sink for TableSink {
    fn write(&mut self, outcome: &Outcome) -> io::Result<()> {
        let Outcome::Analysed(a) = outcome else {
            return self.articles.write(&rows::article_row(outcome));
        };
        // One code-point index per article, shared by every table; rows are streamed.
        let idx = CharIndex::new(&a.article.text);
        self.articles.write(&rows::analysed_row_indexed(a, &idx))?;
        for r in rows::sentence_rows(a, &idx) {
            self.sentences.write(&r)?;
        }
        for r in rows::mention_rows(a, &idx) {
            self.mentions.write(&r)?;
        }
        for r in rows::money_rows(a) {
            self.money.write(&r)?;
        }
        Ok(())
    }

    fn finish(self: Box<Self>) -> io::Result<Vec<PathBuf>> {
        let s = *self;
        Ok(vec![
            s.articles.commit()?,
            s.sentences.commit()?,
            s.mentions.commit()?,
            s.money.commit()?,
        ])
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
                }
            }
            Outcome::Failed(_) => ArticleRecord {
                article,
                sentences: vec![],
                mentions: vec![],
                money: vec![],
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
