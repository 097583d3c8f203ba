//! JSON Lines: one article per line, with configurable field names.

use super::{decode, read_line_capped, IngestOptions, Source};
use crate::dates::normalise_date;
use crate::model::{Article, InputFailure, Meta};
use serde_json::{Map, Value};
use std::io::BufRead;

pub(crate) struct Records {
    reader: Box<dyn BufRead + Send>,
    source: Source,
    options: IngestOptions,
    line_no: usize,
    buf: Vec<u8>,
    done: bool,
}

impl Records {
    pub fn new(reader: Box<dyn BufRead + Send>, source: Source, options: IngestOptions) -> Records {
        Records {
            reader,
            source,
            options,
            line_no: 0,
            buf: Vec::new(),
            done: false,
        }
    }

    fn failure(&self, reason: String) -> InputFailure {
        InputFailure {
            id: format!("{}:{}", self.source.name, self.line_no),
            source_path: format!("{}:{}", self.source.display, self.line_no),
            reason,
        }
    }
}

/// Takes a string field out of the record; numbers and booleans become their JSON text, null is absent.
fn field(obj: &mut Map<String, Value>, name: &str) -> Option<String> {
    match obj.remove(name)? {
        Value::String(s) => Some(s),
        Value::Null => None,
        other => Some(other.to_string()),
    }
}

impl Iterator for Records {
    type Item = Result<Article, InputFailure>;

    fn next(&mut self) -> Option<Self::Item> {
        // A record may hold up to the article limit plus JSON escaping and metadata.
        let cap = self
            .options
            .max_article_bytes
            .saturating_mul(2)
            .saturating_add(1 << 20);
        loop {
            if self.done {
                return None;
            }
            self.line_no += 1;
            let mut buf = std::mem::take(&mut self.buf);
            let read = read_line_capped(&mut *self.reader, &mut buf, cap);
            let result = match read {
                Err(e) => {
                    self.done = true;
                    Some(Err(self.failure(format!(
                        "read error: {e}; the rest of the file is skipped"
                    ))))
                }
                Ok((0, _)) => {
                    self.done = true;
                    None
                }
                Ok((_, true)) => Some(Err(self.failure(format!(
                    "record longer than {cap} bytes; skipped (raise --max-article-bytes)"
                )))),
                Ok(_) => {
                    let line = trim_line(&buf);
                    if line.iter().all(u8::is_ascii_whitespace) {
                        self.buf = buf;
                        continue; // blank lines are not records
                    }
                    Some(self.parse(line))
                }
            };
            self.buf = buf;
            return result;
        }
    }
}

fn trim_line(buf: &[u8]) -> &[u8] {
    let mut end = buf.len();
    while end > 0 && matches!(buf[end - 1], b'\n' | b'\r') {
        end -= 1;
    }
    let start = if buf.starts_with(&[0xEF, 0xBB, 0xBF]) {
        3
    } else {
        0
    };
    &buf[start.min(end)..end]
}

impl Records {
    fn parse(&self, line: &[u8]) -> Result<Article, InputFailure> {
        let mut warnings = Vec::new();
        let value: Value = match serde_json::from_slice(line) {
            Ok(v) => v,
            Err(e)
                if e.classify() == serde_json::error::Category::Syntax
                    && std::str::from_utf8(line).is_err() =>
            {
                // Invalid UTF-8 inside a JSON string: repair and retry, with a warning.
                let decoded = decode(line.to_vec());
                warnings.extend(decoded.warnings);
                serde_json::from_str(&decoded.text)
                    .map_err(|e| self.failure(format!("invalid JSON: {e}")))?
            }
            Err(e) => return Err(self.failure(format!("invalid JSON: {e}"))),
        };
        let Value::Object(mut obj) = value else {
            return Err(self.failure("not a JSON object".into()));
        };
        let f = &self.options.fields;
        let id = field(&mut obj, &f.id)
            .unwrap_or_else(|| format!("{}:{}", self.source.name, self.line_no));
        let Some(mut text) = field(&mut obj, &f.text) else {
            return Err(InputFailure {
                id,
                source_path: format!("{}:{}", self.source.display, self.line_no),
                reason: format!("no \"{}\" field (set --text-field)", f.text),
            });
        };
        super::decode::finish(&mut text, &mut warnings, &self.options);
        let meta = Meta {
            title: field(&mut obj, &f.title).filter(|t| !t.trim().is_empty()),
            date: field(&mut obj, &f.date).and_then(|d| normalise_date(&d)),
            author: None,
            url: field(&mut obj, &f.url),
            source: field(&mut obj, &f.source),
        };
        Ok(Article {
            id,
            source_path: format!("{}:{}", self.source.display, self.line_no),
            text,
            meta,
            warnings,
        })
    }
}
