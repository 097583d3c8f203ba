//! Corpus readers: files, directories (recursive), and stdin, in text, JSON Lines or CSV,
//! optionally gzip-compressed.
//!
//! Takes input paths and options; gives a stream of `Result<Article, InputFailure>` in a
//! deterministic order (inputs in the order given, directory entries sorted by name). Every
//! input that cannot be read yields an [`InputFailure`] naming the file, the line or record and
//! the reason, and reading goes on: one bad input never hides another. Memory is bounded by
//! the largest single record, never by the corpus.

mod decode;
pub mod html;
mod jsonl;
mod table;

use crate::model::{Article, InputFailure};
use flate2::read::MultiGzDecoder;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

pub use decode::{decode, Decoded};

/// Input formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Detect from the file extension (stdin: `{` first means JSON Lines, else text).
    Auto,
    /// One article per file.
    Text,
    /// One article per line.
    Jsonl,
    /// One article per row, with a header.
    Csv,
    /// One web page per file: main-content extraction (see [`html`]).
    Html,
}

/// Names of the record fields (JSON Lines keys, CSV header columns).
#[derive(Clone, Debug)]
pub struct FieldNames {
    pub id: String,
    pub text: String,
    pub title: String,
    pub date: String,
    pub url: String,
    pub source: String,
    /// JSON Lines only: a field holding a web page, used (with main-content extraction) when
    /// the text field is absent.
    pub html: String,
}

impl Default for FieldNames {
    fn default() -> Self {
        FieldNames {
            id: "id".into(),
            text: "text".into(),
            title: "title".into(),
            date: "date".into(),
            url: "url".into(),
            source: "source".into(),
            html: "html".into(),
        }
    }
}

/// How to read the inputs.
#[derive(Clone, Debug)]
pub struct IngestOptions {
    pub format: Format,
    pub fields: FieldNames,
    /// Articles longer than this are cut (at a character boundary) with a warning.
    pub max_article_bytes: usize,
}

/// Default cut-off for one article: 10 MiB of text, far above any real news story.
pub const DEFAULT_MAX_ARTICLE_BYTES: usize = 10 * 1024 * 1024;

impl Default for IngestOptions {
    fn default() -> Self {
        IngestOptions {
            format: Format::Auto,
            fields: FieldNames::default(),
            max_article_bytes: DEFAULT_MAX_ARTICLE_BYTES,
        }
    }
}

/// One input file (or stdin) and how its articles are named.
#[derive(Clone, Debug)]
pub struct Source {
    /// `None` for stdin.
    pub path: Option<PathBuf>,
    /// Name used in ids and messages: the path relative to the input root.
    pub name: String,
    /// Path as shown in `source_path`.
    pub display: String,
    pub format: Format,
}

/// Files found under the inputs, plus the files skipped for their extension.
pub struct Discovery {
    pub sources: Vec<Source>,
    pub skipped: Vec<String>,
}

/// Expands inputs: a file, a directory (recursive, sorted), or `-` for stdin.
///
/// In directories, gold files (`*.gold.jsonl`), hidden files and unknown extensions are skipped.
/// A missing input is not fatal here: it becomes a failure row when read.
pub fn discover(inputs: &[String], format: Format) -> Discovery {
    let mut sources = Vec::new();
    let mut skipped = Vec::new();
    for input in inputs {
        if input == "-" {
            sources.push(Source {
                path: None,
                name: "stdin".into(),
                display: "-".into(),
                format,
            });
            continue;
        }
        let path = PathBuf::from(input);
        if path.is_dir() {
            let mut files = Vec::new();
            walk(&path, &mut files, &mut skipped);
            files.sort();
            for f in files {
                let name = article_name(f.strip_prefix(&path).unwrap_or(&f));
                let fmt = if format == Format::Auto {
                    format_of(&f).unwrap_or(Format::Text)
                } else {
                    format
                };
                sources.push(Source {
                    display: f.to_string_lossy().into_owned(),
                    path: Some(f.clone()),
                    name,
                    format: fmt,
                });
            }
        } else {
            let name = path
                .file_name()
                .map_or_else(|| input.clone(), |n| article_name(Path::new(n)));
            let fmt = if format == Format::Auto {
                format_of(&path).unwrap_or(Format::Text)
            } else {
                format
            };
            sources.push(Source {
                path: Some(path),
                name,
                display: input.clone(),
                format: fmt,
            });
        }
    }
    Discovery { sources, skipped }
}

/// The id of a file's article: its path relative to the input root, without the extension
/// (and `.gz`), so that `corpus/2021-02-16-musk.txt` is `2021-02-16-musk`, as in its gold file.
fn article_name(rel: &Path) -> String {
    let s = rel.to_string_lossy().replace('\\', "/");
    let s = s.strip_suffix(".gz").unwrap_or(&s);
    match s.rsplit_once('.') {
        Some((stem, ext)) if !stem.is_empty() && !stem.ends_with('/') && !ext.contains('/') => {
            stem.to_string()
        }
        _ => s.to_string(),
    }
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, skipped: &mut Vec<String>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(e) => e,
        Err(_) => {
            files.push(dir.to_path_buf()); // reading it gives the failure row with the reason
            return;
        }
    };
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for p in paths {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') {
            continue;
        }
        if p.is_dir() {
            walk(&p, files, skipped);
        } else if name.ends_with(".gold.jsonl")
            || name.ends_with(".gold.jsonl.gz")
            || name.starts_with("README")
        {
            continue; // gold annotations and documentation live beside the articles
        } else if format_of(&p).is_some() {
            files.push(p);
        } else {
            skipped.push(p.display().to_string());
        }
    }
}

/// Format from the extension, looking through a `.gz` suffix.
pub fn format_of(path: &Path) -> Option<Format> {
    let name = path.file_name()?.to_string_lossy().to_lowercase();
    let name = name.strip_suffix(".gz").unwrap_or(&name);
    let ext = name.rsplit_once('.')?.1;
    match ext {
        "txt" | "md" | "text" => Some(Format::Text),
        "jsonl" | "ndjson" | "json" => Some(Format::Jsonl),
        "csv" => Some(Format::Csv),
        "html" | "htm" | "xhtml" => Some(Format::Html),
        _ => None,
    }
}

/// Opens a source, transparently decompressing gzip (by magic bytes, whatever the name).
fn open(source: &Source) -> io::Result<Box<dyn BufRead + Send>> {
    let raw: Box<dyn Read + Send> = match &source.path {
        None => Box::new(io::stdin()),
        Some(p) => Box::new(File::open(p)?),
    };
    let mut buffered = BufReader::with_capacity(256 * 1024, raw);
    let head = buffered.fill_buf()?;
    if head.starts_with(&[0x1f, 0x8b]) {
        Ok(Box::new(BufReader::with_capacity(
            256 * 1024,
            MultiGzDecoder::new(buffered),
        )))
    } else {
        Ok(Box::new(buffered))
    }
}

/// A stream of articles over all sources, in order.
pub struct Corpus {
    sources: std::vec::IntoIter<Source>,
    options: IngestOptions,
    current: Option<Box<dyn Iterator<Item = Result<Article, InputFailure>> + Send>>,
}

impl Corpus {
    pub fn new(sources: Vec<Source>, options: IngestOptions) -> Corpus {
        Corpus {
            sources: sources.into_iter(),
            options,
            current: None,
        }
    }

    fn start(
        &self,
        source: Source,
    ) -> Box<dyn Iterator<Item = Result<Article, InputFailure>> + Send> {
        let fail = |reason: String| -> Box<dyn Iterator<Item = _> + Send> {
            Box::new(std::iter::once(Err(InputFailure {
                id: source.name.clone(),
                source_path: source.display.clone(),
                reason,
            })))
        };
        let mut reader = match open(&source) {
            Ok(r) => r,
            Err(e) => return fail(format!("cannot open: {e}")),
        };
        let mut format = source.format;
        if format == Format::Auto {
            format = match reader.fill_buf() {
                Ok(head) if head.iter().find(|b| !b.is_ascii_whitespace()) == Some(&b'{') => {
                    Format::Jsonl
                }
                _ => Format::Text,
            };
        }
        match format {
            Format::Jsonl => Box::new(jsonl::Records::new(reader, source, self.options.clone())),
            Format::Csv => Box::new(table::Records::new(reader, source, self.options.clone())),
            Format::Html => {
                // Pages are bloated: allow 8 times the text limit of raw HTML.
                let limit = self.options.max_article_bytes as u64 * 8;
                let mut bytes = Vec::new();
                if let Err(e) = reader.by_ref().take(limit).read_to_end(&mut bytes) {
                    return fail(format!("cannot read: {e}"));
                }
                let cut = bytes.len() as u64 == limit;
                let mut article = html::article_from_html(
                    &bytes,
                    source.name.clone(),
                    source.display.clone(),
                    &self.options,
                );
                if cut {
                    article
                        .warnings
                        .push(format!("page cut at {limit} bytes of HTML"));
                }
                Box::new(std::iter::once(Ok(article)))
            }
            Format::Text | Format::Auto => {
                let mut bytes = Vec::new();
                let limit = self.options.max_article_bytes as u64 * 4;
                if let Err(e) = reader.by_ref().take(limit).read_to_end(&mut bytes) {
                    return fail(format!("cannot read: {e}"));
                }
                let id = source.name.clone();
                let result =
                    decode::article_from_bytes(bytes, id, source.display.clone(), &self.options);
                Box::new(std::iter::once(result))
            }
        }
    }
}

impl Iterator for Corpus {
    type Item = Result<Article, InputFailure>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(cur) = self.current.as_mut() {
                if let Some(item) = cur.next() {
                    return Some(item);
                }
                self.current = None;
            }
            let source = self.sources.next()?;
            self.current = Some(self.start(source));
        }
    }
}

/// Reads one line (up to `\n`) into `buf`, keeping at most `cap` bytes and discarding the rest.
/// Returns the bytes consumed (0 at end of input) and whether the line was cut.
pub(crate) fn read_line_capped(
    reader: &mut dyn BufRead,
    buf: &mut Vec<u8>,
    cap: usize,
) -> io::Result<(usize, bool)> {
    buf.clear();
    let mut consumed = 0;
    let mut cut = false;
    loop {
        let available = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            return Ok((consumed, cut));
        }
        let (chunk, done) = match memchr::memchr(b'\n', available) {
            Some(p) => (&available[..=p], true),
            None => (available, false),
        };
        let room = cap.saturating_sub(buf.len());
        if chunk.len() <= room {
            buf.extend_from_slice(chunk);
        } else {
            buf.extend_from_slice(&chunk[..room]);
            cut = true;
        }
        let n = chunk.len();
        consumed += n;
        reader.consume(n);
        if done {
            return Ok((consumed, cut));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_extension() {
        let cases = [
            ("a.txt", Some(Format::Text)),
            ("a.md", Some(Format::Text)),
            ("a.jsonl", Some(Format::Jsonl)),
            ("a.JSONL.gz", Some(Format::Jsonl)),
            ("a.csv.gz", Some(Format::Csv)),
            ("a.gold.jsonl", Some(Format::Jsonl)),
            ("a.png", None),
            ("a.html", Some(Format::Html)),
            ("a.HTM.gz", Some(Format::Html)),
            ("noext", None),
        ];
        for (name, want) in cases {
            assert_eq!(format_of(Path::new(name)), want, "{name}");
        }
    }

    #[test]
    fn capped_lines() {
        let data = b"short\nthis line is long\nend";
        let mut r: &[u8] = data;
        let mut buf = Vec::new();
        assert_eq!(read_line_capped(&mut r, &mut buf, 100).unwrap(), (6, false));
        assert_eq!(buf, b"short\n");
        assert_eq!(read_line_capped(&mut r, &mut buf, 4).unwrap(), (18, true));
        assert_eq!(buf, b"this");
        assert_eq!(read_line_capped(&mut r, &mut buf, 100).unwrap(), (3, false));
        assert_eq!(read_line_capped(&mut r, &mut buf, 100).unwrap(), (0, false));
    }
}
