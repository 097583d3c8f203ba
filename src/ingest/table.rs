//! CSV with a header row: one article per record.
//!
//! Records are grouped from physical lines by balancing quotes, then parsed by the csv crate.
//! That is what lets a broken quote cost one record instead of the rest of the file: when a
//! quoted field is still open at the end of the input (or grows past the size limit), the
//! record at that line is reported and reading resumes on the next physical line.

use super::{read_line_capped, IngestOptions, Source};
use crate::dates::normalise_date;
use crate::model::{Article, InputFailure, Meta};
use std::collections::VecDeque;
use std::io::BufRead;

pub(crate) struct Records {
    reader: Box<dyn BufRead + Send>,
    source: Source,
    options: IngestOptions,
    /// Physical lines read but not yet consumed, with their line numbers.
    pending: VecDeque<(usize, Vec<u8>)>,
    next_line_no: usize,
    header: Option<Vec<String>>,
    eof: bool,
    failed: bool,
}

impl Records {
    pub fn new(reader: Box<dyn BufRead + Send>, source: Source, options: IngestOptions) -> Records {
        Records {
            reader,
            source,
            options,
            pending: VecDeque::new(),
            next_line_no: 1,
            header: None,
            eof: false,
            failed: false,
        }
    }

    fn failure(&self, line: usize, id: Option<String>, reason: String) -> InputFailure {
        InputFailure {
            id: id.unwrap_or_else(|| format!("{}:{line}", self.source.name)),
            source_path: format!("{}:{line}", self.source.display),
            reason,
        }
    }

    fn pull_line(&mut self) -> Result<Option<(usize, Vec<u8>)>, String> {
        if let Some(l) = self.pending.pop_front() {
            return Ok(Some(l));
        }
        if self.eof {
            return Ok(None);
        }
        let mut buf = Vec::new();
        let cap = self.options.max_article_bytes.saturating_mul(2);
        match read_line_capped(&mut *self.reader, &mut buf, cap) {
            Ok((0, _)) => {
                self.eof = true;
                Ok(None)
            }
            Ok(_) => {
                let n = self.next_line_no;
                self.next_line_no += 1;
                Ok(Some((n, buf)))
            }
            Err(e) => {
                self.eof = true;
                Err(format!("read error: {e}; the rest of the file is skipped"))
            }
        }
    }

    /// Groups physical lines into one record. `Err((line, reason))` for a broken record.
    fn next_record(&mut self) -> Option<RecordResult> {
        let (first_no, first) = match self.pull_line() {
            Ok(Some(l)) => l,
            Ok(None) => return None,
            Err(reason) => return Some(Err((self.next_line_no, reason))),
        };
        let mut quotes = bytecount(&first);
        let mut record = first;
        let mut taken: Vec<(usize, Vec<u8>)> = Vec::new();
        let limit = self.options.max_article_bytes.saturating_mul(2);
        while quotes % 2 == 1 {
            if record.len() > limit {
                break;
            }
            match self.pull_line() {
                Ok(Some((no, line))) => {
                    quotes += bytecount(&line);
                    record.extend_from_slice(&line);
                    taken.push((no, line));
                }
                _ => break,
            }
        }
        if quotes % 2 == 1 {
            // Unterminated quote: give the lines after the first back and report this record.
            for l in taken.into_iter().rev() {
                self.pending.push_front(l);
            }
            return Some(Err((
                first_no,
                "unterminated quoted field (broken quote); record skipped".into(),
            )));
        }
        if !taken.is_empty() && !quotes_well_formed(&record) {
            // The quotes balanced only by borrowing another record's opening quote
            // ("a,\"broken\nb,\"also broken"): report this one and read on from the next line.
            for l in taken.into_iter().rev() {
                self.pending.push_front(l);
            }
            return Some(Err((
                first_no,
                "malformed quoted field (broken quote); record skipped".into(),
            )));
        }
        Some(Ok((first_no, record)))
    }

    fn parse_fields(bytes: &[u8]) -> Result<Vec<String>, String> {
        let mut rdr = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .from_reader(bytes);
        let mut rec = csv::ByteRecord::new();
        match rdr.read_byte_record(&mut rec) {
            Ok(true) => Ok(rec
                .iter()
                .map(|f| String::from_utf8_lossy(f).into_owned())
                .collect()),
            Ok(false) => Ok(Vec::new()),
            Err(e) => Err(format!("invalid CSV: {e}")),
        }
    }
}

/// RFC 4180 quoting: a field that opens with `"` closes with `"` followed by a delimiter, a line
/// end or the end of the record (`""` is an escaped quote).
fn quotes_well_formed(record: &[u8]) -> bool {
    let mut i = 0;
    let mut field_start = true;
    while i < record.len() {
        let b = record[i];
        if field_start && b == b'"' {
            i += 1;
            loop {
                match record.get(i) {
                    None => return false,
                    Some(b'"') if record.get(i + 1) == Some(&b'"') => i += 2,
                    Some(b'"') => {
                        i += 1;
                        if !matches!(record.get(i), None | Some(b',') | Some(b'\n') | Some(b'\r')) {
                            return false;
                        }
                        break;
                    }
                    Some(_) => i += 1,
                }
            }
            continue;
        }
        field_start = matches!(b, b',' | b'\n');
        i += 1;
    }
    true
}

/// One grouped record `(first line, bytes)`, or a broken one `(line, reason)`.
type RecordResult = Result<(usize, Vec<u8>), (usize, String)>;

fn bytecount(line: &[u8]) -> usize {
    memchr::memchr_iter(b'"', line).count()
}

impl Iterator for Records {
    type Item = Result<Article, InputFailure>;

    fn next(&mut self) -> Option<Self::Item> {
        if self.failed {
            return None;
        }
        loop {
            let (line_no, bytes) = match self.next_record()? {
                Ok(r) => r,
                Err((line, reason)) => return Some(Err(self.failure(line, None, reason))),
            };
            let trimmed: &[u8] = {
                let mut b = &bytes[..];
                if line_no == 1 && b.starts_with(&[0xEF, 0xBB, 0xBF]) {
                    b = &b[3..];
                }
                b
            };
            if trimmed.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let fields = match Self::parse_fields(trimmed) {
                Ok(f) => f,
                Err(reason) => return Some(Err(self.failure(line_no, None, reason))),
            };
            let Some(header) = &self.header else {
                let f = &self.options.fields;
                if !fields.iter().any(|h| h == &f.text) {
                    self.failed = true;
                    return Some(Err(self.failure(
                        line_no,
                        None,
                        format!(
                            "header has no \"{}\" column (set --text-column); file skipped",
                            f.text
                        ),
                    )));
                }
                self.header = Some(fields);
                continue;
            };
            let col = |name: &str| {
                header
                    .iter()
                    .position(|h| h == name)
                    .and_then(|i| fields.get(i))
                    .cloned()
            };
            let f = &self.options.fields;
            let id = col(&f.id)
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| format!("{}:{line_no}", self.source.name));
            if fields.len() != header.len() {
                let reason = format!("expected {} fields, found {}", header.len(), fields.len());
                return Some(Err(self.failure(line_no, Some(id), reason)));
            }
            let mut text = col(&f.text).unwrap_or_default();
            let mut warnings = Vec::new();
            if text.contains('\u{FFFD}')
                && !String::from_utf8_lossy(trimmed).is_empty()
                && std::str::from_utf8(trimmed).is_err()
            {
                warnings.push("invalid UTF-8 replaced by U+FFFD".to_string());
            }
            super::decode::finish(&mut text, &mut warnings, &self.options);
            let meta = Meta {
                title: col(&f.title).filter(|t| !t.trim().is_empty()),
                date: col(&f.date).and_then(|d| normalise_date(&d)),
                author: None,
                url: col(&f.url).filter(|u| !u.is_empty()),
                source: col(&f.source).filter(|s| !s.is_empty()),
            };
            return Some(Ok(Article {
                id,
                source_path: format!("{}:{line_no}", self.source.display),
                text,
                meta,
                warnings,
            }));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::Format;

    fn read(data: &'static str) -> Vec<Result<(String, String), String>> {
        let source = Source {
            path: None,
            name: "t.csv".into(),
            display: "t.csv".into(),
            format: Format::Csv,
        };
        Records::new(Box::new(data.as_bytes()), source, IngestOptions::default())
            .map(|r| {
                r.map(|a| (a.id, a.text))
                    .map_err(|f| format!("{} {}", f.source_path, f.reason))
            })
            .collect()
    }

    #[test]
    fn reads_quoted_multiline_fields() {
        let got = read("id,text\na,\"Hello, \"\"world\"\"\nsecond line\"\nb,plain\n");
        assert_eq!(
            got,
            vec![
                Ok(("a".into(), "Hello, \"world\"\nsecond line".into())),
                Ok(("b".into(), "plain".into()))
            ]
        );
    }

    #[test]
    fn broken_quote_costs_one_record() {
        let got = read("id,text\na,\"never closed\nb,fine\nc,also fine\n");
        assert_eq!(got.len(), 3);
        assert!(
            got[0]
                .as_ref()
                .unwrap_err()
                .starts_with("t.csv:2 unterminated"),
            "{:?}",
            got[0]
        );
        assert_eq!(got[1], Ok(("b".into(), "fine".into())));
        assert_eq!(got[2], Ok(("c".into(), "also fine".into())));
    }

    #[test]
    fn consecutive_broken_quotes_cost_one_record_each() {
        let got = read("id,text\na,\"broken one\nb,\"broken two\nc,fine\n");
        assert_eq!(got.len(), 3, "{got:?}");
        assert!(
            got[0]
                .as_ref()
                .unwrap_err()
                .starts_with("t.csv:2 malformed"),
            "{:?}",
            got[0]
        );
        assert!(
            got[1]
                .as_ref()
                .unwrap_err()
                .starts_with("t.csv:3 unterminated"),
            "{:?}",
            got[1]
        );
        assert_eq!(got[2], Ok(("c".into(), "fine".into())));
        assert!(quotes_well_formed(b"a,\"x \"\"y\"\" z\",b\n"));
        assert!(!quotes_well_formed(b"a,\"x\"y\n"));
    }

    #[test]
    fn field_count_and_missing_column() {
        let got = read("id,text\na,one,extra\n");
        assert!(got[0]
            .as_ref()
            .unwrap_err()
            .contains("expected 2 fields, found 3"));
        let got = read("id,body\na,one\n");
        assert_eq!(got.len(), 1);
        assert!(got[0].as_ref().unwrap_err().contains("no \"text\" column"));
    }
}
