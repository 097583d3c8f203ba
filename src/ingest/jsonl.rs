//! JSON Lines: one article per line, with configurable field names.
//!
//! A record is parsed in one pass that keeps only the configured fields and checks the others
//! without building them (no map, no strings for unused fields). Whenever that pass fails, the
//! record is parsed again the general way (a `serde_json::Value`), which gives the error message
//! or repairs invalid UTF-8: the fast path never decides anything the general one would not.

use super::{decode, read_line_capped, IngestOptions, Source};
use crate::dates::normalise_date;
use crate::model::{Article, InputFailure, Meta};
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};
use std::fmt;
use std::io::BufRead;

pub(crate) struct Records {
    reader: Box<dyn BufRead + Send>,
    ctx: Context,
    /// A line that did not lie whole in the reader's buffer is gathered here.
    buf: Vec<u8>,
    done: bool,
}

/// What parsing a record needs besides its bytes (apart from the reader, which lends them).
struct Context {
    source: Source,
    options: IngestOptions,
    line_no: usize,
}

impl Records {
    pub fn new(reader: Box<dyn BufRead + Send>, source: Source, options: IngestOptions) -> Records {
        Records {
            reader,
            ctx: Context {
                source,
                options,
                line_no: 0,
            },
            buf: Vec::new(),
            done: false,
        }
    }
}

impl Context {
    fn failure(&self, reason: String) -> InputFailure {
        InputFailure {
            id: format!("{}:{}", self.source.name, self.line_no),
            source_path: format!("{}:{}", self.source.display, self.line_no),
            reason,
        }
    }
}

/// `"{path}:{line}"`, as `format!` gives it, without the formatting machinery (once per record).
fn at_line(path: &str, line: usize) -> String {
    let mut digits = itoa::Buffer::new();
    let digits = digits.format(line);
    let mut s = String::with_capacity(path.len() + 1 + digits.len());
    s.push_str(path);
    s.push(':');
    s.push_str(digits);
    s
}

/// The configured fields' values: id, text, title, date, url, source, html, in the order they
/// are taken (a key named by two of them goes to the first, as with `Map::remove` one after
/// another).
type Fields = [Option<Value>; 7];

/// [`Fields`] as the record builder reads them: `None` when the key is absent, `Some(None)`
/// for `null`, else the field's text ([`field`]). The flat path gives these directly, so the
/// common record builds and drops no `Value` (a tagged copy and a drop per field).
type Texts = [Option<Option<String>>; 7];

/// [`Fields`] → [`Texts`], for the serde paths.
fn texts(fields: Fields) -> Texts {
    fields.map(|v| v.map(|v| field(Some(v))))
}

fn field_names(options: &IngestOptions) -> [&str; 7] {
    let f = &options.fields;
    [
        &f.id, &f.text, &f.title, &f.date, &f.url, &f.source, &f.html,
    ]
}

/// A string field's text; numbers and booleans become their JSON text, null is absent.
fn field(value: Option<Value>) -> Option<String> {
    match value? {
        Value::String(s) => Some(s),
        Value::Null => None,
        other => Some(other.to_string()),
    }
}

/// Parses one record keeping only the named fields (see the module doc).
struct Wanted<'n>([&'n str; 7]);

impl<'de> DeserializeSeed<'de> for Wanted<'_> {
    type Value = Fields;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Fields, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for Wanted<'_> {
    type Value = Fields;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON object")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Fields, A::Error> {
        let mut out: Fields = Default::default();
        while let Some(key) = map.next_key_seed(KeySeed)? {
            match self.0.iter().position(|n| *n == key.as_ref()) {
                // A repeated key: the last value wins, as in a map.
                Some(slot) => out[slot] = Some(map.next_value()?),
                None => map.next_value_seed(Checked)?,
            }
        }
        Ok(out)
    }
}

/// A key, borrowed from the line unless it has escapes.
struct KeySeed;

impl<'de> DeserializeSeed<'de> for KeySeed {
    type Value = std::borrow::Cow<'de, str>;
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(self)
    }
}

impl<'de> Visitor<'de> for KeySeed {
    type Value = std::borrow::Cow<'de, str>;
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Borrowed(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Owned(v.to_owned()))
    }
}

/// Parses an unused value as strictly as `Value` would (string escapes and UTF-8, number
/// range, nesting depth) but builds nothing. `IgnoredAny` would not do: it skips invalid UTF-8
/// and out-of-range numbers, which the general path rejects or repairs.
struct Checked;

impl<'de> DeserializeSeed<'de> for Checked {
    type Value = ();
    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<(), D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Checked {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, _: bool) -> Result<(), E> {
        Ok(())
    }
    fn visit_i64<E>(self, _: i64) -> Result<(), E> {
        Ok(())
    }
    fn visit_u64<E>(self, _: u64) -> Result<(), E> {
        Ok(())
    }
    fn visit_f64<E>(self, _: f64) -> Result<(), E> {
        Ok(())
    }
    fn visit_str<E>(self, _: &str) -> Result<(), E> {
        Ok(())
    }
    fn visit_unit<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_none<E>(self) -> Result<(), E> {
        Ok(())
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<(), A::Error> {
        while seq.next_element_seed(Checked)?.is_some() {}
        Ok(())
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<(), A::Error> {
        while map.next_key_seed(Checked)?.is_some() {
            map.next_value_seed(Checked)?;
        }
        Ok(())
    }
}

/// The fast path: `None` when the line needs the general path (any error at all).
fn parse_wanted(line: &[u8], names: [&str; 7]) -> Option<Fields> {
    let mut de = serde_json::Deserializer::from_slice(line);
    let fields = Wanted(names).deserialize(&mut de).ok()?;
    de.end().ok()?;
    Some(fields)
}

/// The flat path, tried before [`parse_wanted`]: a hand-written parser for the common record,
/// a flat object whose values are strings, `null`, `true` or `false`. It validates UTF-8 once
/// for the whole line and copies string values in runs between escapes (serde_json's string
/// parser costs several instructions per byte on wire text, which escapes a line break every
/// ~70 bytes). Anything else, `\u` escapes, numbers, nesting, control bytes, keys with escapes,
/// makes it return `None`, and the serde paths decide: like them, it never accepts a line that
/// the general path rejects, and it gives the same fields.
fn parse_flat(line: &[u8], names: [&str; 7]) -> Option<Texts> {
    let text = flat_text(line)?;
    let b = text.as_bytes();
    let mut out: Texts = Default::default();
    let filter = KeyFilter::new(&names);
    let skip_ws = |mut i: usize| {
        while b.get(i) == Some(&b' ') {
            i += 1;
        }
        i
    };
    let mut i = skip_ws(0);
    if b.get(i) != Some(&b'{') {
        return None;
    }
    i = skip_ws(i + 1);
    if b.get(i) == Some(&b'}') {
        return (skip_ws(i + 1) == b.len()).then_some(out);
    }
    loop {
        // A key without escapes.
        if b.get(i) != Some(&b'"') {
            return None;
        }
        let len = find_quote_or_backslash_sse2(&b[i + 1..])?;
        if b[i + 1 + len] != b'"' {
            return None;
        }
        let key = &text[i + 1..i + 1 + len];
        i = skip_ws(i + 2 + len);
        if b.get(i) != Some(&b':') {
            return None;
        }
        i = skip_ws(i + 1);
        let slot = if filter.may_hold(key.as_bytes()) {
            slot_of(&names, key)
        } else {
            None
        };
        let value = match b.get(i)? {
            b'"' => {
                let (s, next) = flat_string(text, i + 1, slot.is_some())?;
                i = next;
                Some(s)
            }
            b'n' if b[i..].starts_with(b"null") => {
                i += 4;
                None
            }
            // Booleans as [`field`] gives them: their JSON text.
            b't' if b[i..].starts_with(b"true") => {
                i += 4;
                slot.map(|_| "true".to_owned())
            }
            b'f' if b[i..].starts_with(b"false") => {
                i += 5;
                slot.map(|_| "false".to_owned())
            }
            // A list of strings in a field nobody asked for ("topics": ["grain", "wheat"]).
            b'[' if slot.is_none() => {
                i = skip_flat_list(text, i + 1)?;
                None
            }
            _ => return None,
        };
        if let Some(slot) = slot {
            out[slot] = Some(value); // a repeated key: the last value wins, as in a map
        }
        i = skip_ws(i);
        match b.get(i)? {
            b',' => i = skip_ws(i + 1),
            b'}' => return (skip_ws(i + 1) == b.len()).then_some(out),
            _ => return None,
        }
    }
}

/// A two-test sieve before [`slot_of`]: the lengths and the first bytes of the wanted names,
/// as bit sets. Most keys of a record are not wanted (Reuters: 10 of 15), and most of those
/// fail one of the tests, for a few instructions instead of a call comparing seven names.
struct KeyFilter {
    /// Bit `min(len, 63)` for each name's length.
    lens: u64,
    /// Bit `b` for each name's first byte `b`.
    firsts: [u64; 4],
}

impl KeyFilter {
    fn new(names: &[&str; 7]) -> KeyFilter {
        let mut f = KeyFilter {
            lens: 0,
            firsts: [0; 4],
        };
        for n in names {
            f.lens |= 1 << n.len().min(63);
            if let Some(&b) = n.as_bytes().first() {
                f.firsts[usize::from(b >> 6)] |= 1 << (b & 63);
            }
        }
        f
    }

    /// False only when no name can equal `key`.
    #[inline]
    fn may_hold(&self, key: &[u8]) -> bool {
        if self.lens & (1 << key.len().min(63)) == 0 {
            return false;
        }
        match key.first() {
            Some(&b) => self.firsts[usize::from(b >> 6)] & (1 << (b & 63)) != 0,
            None => true, // an empty key, and an empty name (its length bit is set)
        }
    }
}

/// The line as text for [`parse_flat`]: `None` when it holds a raw control byte or is not
/// UTF-8. Raw control bytes are errors inside JSON strings, and rare whitespace outside them:
/// such lines are left to serde (this also keeps the scanners simple).
///
/// The common line, printable ASCII only (every Reuters record), is recognised by one test a
/// byte: as signed bytes, control bytes (below 0x20) and non-ASCII ones (0x80 and up, which
/// are negative) are exactly those below 0x20. As a fold without an early exit the compiler
/// tests 16 bytes per instruction. Such a line needs no UTF-8 validation, which cost twice
/// this pass (13 M instructions on Reuters). Any other line gets both tests as before.
fn flat_text(line: &[u8]) -> Option<&str> {
    if !line
        .iter()
        .fold(false, |seen, &b| seen | ((b as i8) < 0x20))
    {
        // SAFETY: every byte is in 0x20..0x80 (the test above), and a sequence of ASCII
        // bytes is valid UTF-8.
        return Some(unsafe { std::str::from_utf8_unchecked(line) });
    }
    if line.iter().fold(false, |seen, &b| seen | (b < 0x20)) {
        return None;
    }
    std::str::from_utf8(line).ok()
}

/// `names.iter().position(|n| *n == key)`, testing the length and the first byte before the
/// bytes (a record has ~15 keys, most of them not wanted).
fn slot_of(names: &[&str; 7], key: &str) -> Option<usize> {
    let first = key.as_bytes().first();
    names
        .iter()
        .position(|n| n.len() == key.len() && n.as_bytes().first() == first && *n == key)
}

/// Skips a list of strings whose body starts at `text[start]`; the index after its `]`.
/// `None` for anything but strings (see [`parse_flat`]).
fn skip_flat_list(text: &str, start: usize) -> Option<usize> {
    let b = text.as_bytes();
    let skip_ws = |mut i: usize| {
        while b.get(i) == Some(&b' ') {
            i += 1;
        }
        i
    };
    let mut i = skip_ws(start);
    if b.get(i) == Some(&b']') {
        return Some(i + 1);
    }
    loop {
        if b.get(i) != Some(&b'"') {
            return None;
        }
        i = skip_ws(flat_string(text, i + 1, false)?.1);
        match b.get(i)? {
            b',' => i = skip_ws(i + 1),
            b']' => return Some(i + 1),
            _ => return None,
        }
    }
}

/// `memchr2(b'"', b'\\', hay)`, for the short runs of JSON text: keys and most values are
/// under 16 bytes, and text has an escape every ~70 bytes (line breaks). The first 64 bytes
/// are tested 16 at a time inline (~12 instructions a block); memchr's searchers, called,
/// spend ~25 instructions on setup and test a run under 16 bytes byte by byte. Past 64 bytes
/// the run is long and memchr's unrolled loop takes over.
#[inline]
fn find_quote_or_backslash(hay: &[u8]) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    {
        let mut at = 0;
        while at < 64 {
            let Some(block) = hay
                .get(at..at + 16)
                .and_then(|b| <&[u8; 16]>::try_from(b).ok())
            else {
                // Under 16 bytes left: byte by byte.
                return hay[at..]
                    .iter()
                    .position(|&b| b == b'"' || b == b'\\')
                    .map(|p| at + p);
            };
            let mask = quote_mask16(block);
            if mask != 0 {
                return Some(at + mask.trailing_zeros() as usize);
            }
            at += 16;
        }
        memchr::memchr2(b'"', b'\\', &hay[at..]).map(|p| at + p)
    }
    #[cfg(not(target_arch = "x86_64"))]
    memchr::memchr2(b'"', b'\\', hay)
}

/// `memchr2(b'"', b'\\', hay)` by memchr's SSE2 searcher, called directly: for keys, where
/// it measured ~20 M instructions fewer on Reuters than [`find_quote_or_backslash`] (which
/// does better on values, ~5 M; both are checked against `memchr2` in the tests).
#[inline]
fn find_quote_or_backslash_sse2(hay: &[u8]) -> Option<usize> {
    #[cfg(target_arch = "x86_64")]
    {
        if let Some(two) = memchr::arch::x86_64::sse2::memchr::Two::new(b'"', b'\\') {
            return two.find(hay);
        }
    }
    memchr::memchr2(b'"', b'\\', hay)
}

/// Bit `k` set when `block[k]` is a double quote or a backslash.
#[cfg(target_arch = "x86_64")]
#[inline]
fn quote_mask16(block: &[u8; 16]) -> u32 {
    crate::simd::eq_any_mask16(block, [b'"', b'\\'])
}

/// The JSON string whose body starts at `text[start]`: its value (built only when `keep`) and
/// the index after its closing quote. `None` for a `\u` escape, an invalid escape or no end.
fn flat_string(text: &str, start: usize, keep: bool) -> Option<(String, usize)> {
    let b = text.as_bytes();
    // Most values (ids, titles, dates) have no escape: one search, one exact allocation.
    let run = find_quote_or_backslash(&b[start..])?;
    if b[start + run] == b'"' {
        let value = if keep {
            text[start..start + run].to_owned()
        } else {
            String::new()
        };
        return Some((value, start + run + 1));
    }
    if !keep {
        return unescape(text, start, None).map(|end| (String::new(), end));
    }
    // A value with escapes is unescaped straight into its string, sized for the rest of the
    // line (it cannot be longer): a reused buffer copied out at the exact size cost one more
    // pass over the text, and growing the string a doubling series. The excess is given back
    // when it is large; a small one (the text is the last long field of most records) stays,
    // as the allocator shrinks a block in place only when it keeps at least half of it.
    let mut value = Vec::with_capacity(b.len() - start);
    // The run before the first escape is known already.
    value.extend_from_slice(&b[start..start + run]);
    let end = unescape_into(b, start + run, &mut value)?;
    if value.capacity() > 2 * value.len() + 64 {
        value.shrink_to_fit();
    }
    // SAFETY: `value` is the bytes of `text` (valid UTF-8) between escapes, cut only at ASCII
    // bytes (`"` and `\\`), joined with the ASCII bytes that the escapes stand for.
    Some((unsafe { String::from_utf8_unchecked(value) }, end))
}

/// [`unescape`] into bytes, for the wanted values (the text of every record): `b[i]` is
/// within the string's body; appends the unescaped rest of the body to `out` and returns the
/// index after the closing quote. Sixteen bytes are stored at a time and the copy is cut back
/// to the first quote or backslash among them: one pass that searches and copies, instead of a
/// search and a `memcpy` call per run between escapes (a line break every ~50 bytes of wire
/// text). The bytes are written through a pointer: with `extend_from_slice` and `truncate`
/// per block (their length and capacity bookkeeping) the pass cost more than the calls.
fn unescape_into(b: &[u8], mut i: usize, out: &mut Vec<u8>) -> Option<usize> {
    // Never more bytes out than read: room for the rest of the line is room for everything,
    // the blocks stored past the cut included (a block is read, hence stored, only when it
    // lies within `b`).
    out.reserve(b.len() - i);
    let (dst, mut n) = (out.as_mut_ptr(), out.len());
    // Invariant: `n - out.len() <= i - i0` (with `i0` the first `i`), so with `i + 16 <=
    // b.len()` the store at `dst + n` ends within the capacity reserved above.
    let end = loop {
        #[cfg(target_arch = "x86_64")]
        while i + 16 <= b.len() {
            use std::arch::x86_64::*;
            // SAFETY: `b[i..i + 16]` is in bounds (the loop test), and `dst + n .. + 16` lies
            // within `out`'s capacity (the invariant above); the pointers do not overlap
            // (`out` is not `b`). The loads and stores are unaligned ones; SSE2 is part of
            // the x86_64 baseline.
            let mask = unsafe {
                let x = _mm_loadu_si128(b.as_ptr().add(i).cast());
                _mm_storeu_si128(dst.add(n).cast(), x);
                let hit = _mm_or_si128(
                    _mm_cmpeq_epi8(x, _mm_set1_epi8(b'"' as i8)),
                    _mm_cmpeq_epi8(x, _mm_set1_epi8(b'\\' as i8)),
                );
                _mm_movemask_epi8(hit) as u32
            };
            if mask != 0 {
                let at = mask.trailing_zeros() as usize;
                i += at;
                n += at;
                break;
            }
            i += 16;
            n += 16;
        }
        // Fewer than 16 bytes left, or at a quote or backslash: byte by byte.
        let byte = loop {
            let c = *b.get(i)?;
            if c == b'"' || c == b'\\' {
                break c;
            }
            // SAFETY: `n` is below the capacity, as in the block loop (one byte read, one
            // stored).
            unsafe { dst.add(n).write(c) };
            i += 1;
            n += 1;
        };
        if byte == b'"' {
            break i + 1;
        }
        let unescaped = match b.get(i + 1) {
            Some(b'"') => b'"',
            Some(b'\\') => b'\\',
            Some(b'/') => b'/',
            Some(b'b') => 0x08,
            Some(b'f') => 0x0c,
            Some(b'n') => b'\n',
            Some(b'r') => b'\r',
            Some(b't') => b'\t',
            _ => {
                // `\u` escapes (and invalid ones) go to serde. The bytes stored so far are
                // initialised: keep them, as the caller drops the value anyway.
                // SAFETY: `dst[..n]` were all written above.
                unsafe { out.set_len(n) };
                return None;
            }
        };
        // SAFETY: two bytes read, one stored: within the capacity, as above.
        unsafe { dst.add(n).write(unescaped) };
        n += 1;
        i += 2;
    };
    // SAFETY: every byte of `dst[..n]` was written above (the original length, then stores).
    unsafe { out.set_len(n) };
    Some(end)
}

/// Unescapes the JSON string whose body starts at `text[start]` into `out` (when given);
/// returns the index after its closing quote (`None` as in [`flat_string`]). Values that are
/// kept go through [`unescape_into`]; this skips the others, and is its definition.
fn unescape(text: &str, start: usize, mut out: Option<&mut String>) -> Option<usize> {
    let b = text.as_bytes();
    let mut i = start;
    loop {
        let run = find_quote_or_backslash(&b[i..])?;
        if let Some(out) = out.as_deref_mut() {
            out.push_str(&text[i..i + run]);
        }
        i += run;
        if b[i] == b'"' {
            return Some(i + 1);
        }
        let unescaped = match *b.get(i + 1)? {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            _ => return None, // `\u` escapes (and invalid ones) go to serde
        };
        if let Some(out) = out.as_deref_mut() {
            out.push(unescaped);
        }
        i += 2;
    }
}

impl Iterator for Records {
    type Item = Result<Article, InputFailure>;

    fn next(&mut self) -> Option<Self::Item> {
        // A record may hold up to the article limit plus JSON escaping and metadata.
        let cap = self
            .ctx
            .options
            .max_article_bytes
            .saturating_mul(2)
            .saturating_add(1 << 20);
        loop {
            if self.done {
                return None;
            }
            self.ctx.line_no += 1;
            // The common case: the whole line is in the reader's buffer, and is parsed there
            // (no copy). Otherwise (a line across buffer refills, an error, the end) it is
            // gathered in `buf` by `read_line_capped`.
            if let Ok(available) = self.reader.fill_buf() {
                if let Some(p) = memchr::memchr(b'\n', available) {
                    if p < cap {
                        let line = trim_line(&available[..=p]);
                        let result = if is_blank(line) {
                            None
                        } else {
                            Some(self.ctx.parse(line))
                        };
                        self.reader.consume(p + 1);
                        match result {
                            Some(r) => return Some(r),
                            None => continue, // blank lines are not records
                        }
                    }
                }
            }
            let mut buf = std::mem::take(&mut self.buf);
            let read = read_line_capped(&mut *self.reader, &mut buf, cap);
            let result = match read {
                Err(e) => {
                    self.done = true;
                    Some(Err(self.ctx.failure(format!(
                        "read error: {e}; the rest of the file is skipped"
                    ))))
                }
                Ok((0, _)) => {
                    self.done = true;
                    None
                }
                Ok((_, true)) => Some(Err(self.ctx.failure(format!(
                    "record longer than {cap} bytes; skipped (raise --max-article-bytes)"
                )))),
                Ok(_) => {
                    let line = trim_line(&buf);
                    if is_blank(line) {
                        self.buf = buf;
                        continue; // blank lines are not records
                    }
                    Some(self.ctx.parse(line))
                }
            };
            self.buf = buf;
            return result;
        }
    }
}

fn is_blank(line: &[u8]) -> bool {
    line.iter().all(u8::is_ascii_whitespace)
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

impl Context {
    fn parse(&self, line: &[u8]) -> Result<Article, InputFailure> {
        let mut warnings = Vec::new();
        let names = field_names(&self.options);
        let fields = match parse_flat(line, names) {
            Some(texts) => texts,
            None => texts(match parse_wanted(line, names) {
                Some(fields) => fields,
                None => self.parse_general(line, names, &mut warnings)?,
            }),
        };
        let [id, text, title, date, url, source, html] = fields;
        let f = &self.options.fields;
        let id = id
            .flatten()
            .unwrap_or_else(|| format!("{}:{}", self.source.name, self.line_no));
        let html = if text.is_none() { html.flatten() } else { None };
        if let Some(html) = html {
            // A web page instead of text: extracted meta fills what the record does not give.
            let mut article = super::html::article_from_html(
                html.as_bytes(),
                id,
                at_line(&self.source.display, self.line_no),
                &self.options,
            );
            article.warnings.splice(0..0, warnings);
            let m = &mut article.meta;
            if let Some(t) = title.flatten().filter(|t| !t.trim().is_empty()) {
                m.title = Some(t);
            }
            if let Some(d) = date.flatten().and_then(|d| normalise_date(&d)) {
                m.date = Some(d);
            }
            m.url = url.flatten().or(m.url.take());
            m.source = source.flatten().or(m.source.take());
            return Ok(article);
        }
        let Some(mut text) = text.flatten() else {
            return Err(InputFailure {
                id,
                source_path: format!("{}:{}", self.source.display, self.line_no),
                reason: format!(
                    "no \"{}\" or \"{}\" field (set --text-field)",
                    f.text, f.html
                ),
            });
        };
        super::decode::finish(&mut text, &mut warnings, &self.options);
        let meta = Meta {
            title: title.flatten().filter(|t| !t.trim().is_empty()),
            date: date.flatten().and_then(|d| normalise_date(&d)),
            author: None,
            url: url.flatten(),
            source: source.flatten(),
        };
        Ok(Article {
            id,
            source_path: at_line(&self.source.display, self.line_no),
            text,
            meta,
            warnings,
        })
    }

    /// The general path: the whole record as a `Value`, with invalid UTF-8 repaired.
    fn parse_general(
        &self,
        line: &[u8],
        names: [&str; 7],
        warnings: &mut Vec<String>,
    ) -> Result<Fields, InputFailure> {
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
        let take = |obj: &mut Map<String, Value>, name: &str| obj.remove(name);
        Ok(names.map(|n| take(&mut obj, n)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn general(line: &[u8], names: [&str; 7]) -> Option<Fields> {
        let Ok(Value::Object(mut obj)) = serde_json::from_slice::<Value>(line) else {
            return None;
        };
        Some(names.map(|n| obj.remove(n)))
    }

    #[test]
    fn fast_path_agrees_with_the_general_one() {
        let names = ["id", "text", "title", "date", "url", "source", "html"];
        let lines: &[&[u8]] = &[
            br#"{"id": "a1", "text": "Hello.", "extra": {"x": [1, 2.5, null, true]}}"#,
            br#"{"text": "first", "text": "second", "id": 7}"#,
            br#"{"text": null, "title": "T\u00e9", "t\u0065xt": "escaped key"}"#,
            br#"{"text": "x", "skip": "\ud800"}"#,
            br#"{"text": "x", "skip": 1e400}"#,
            b"{\"text\": \"x\", \"skip\": \"caf\xe9\"}",
            br#"{"text": "x"} trailing"#,
            br#"["not", "an", "object"]"#,
            br#"{"text": "x", "deep": [[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]}"#,
            br#"{"text": "unterminated"#,
        ];
        for line in lines {
            let shown = String::from_utf8_lossy(line);
            // The fast path never accepts what the general one rejects, and agrees on the rest.
            // A failed line takes the general path, which decides.
            if let Some(fast) = parse_wanted(line, names) {
                assert_eq!(Some(fast), general(line, names), "{shown}");
            }
        }
        // The flat path agrees too, on these and on lines made for it.
        let flat_lines: &[&[u8]] = &[
            br#"{"id": "r-1", "title": "T", "text": "Line one\nline \"two\" \\ \/ \t\r\b\f end"}"#,
            br#"{"text":"a","text":"b","id":null,"url":true,"source":false}"#,
            br#"  { "text" : "x" , "skip" : "y" }  "#,
            br#"{}"#,
            br#"{"text": "caf\u00e9"}"#,
            br#"{"text": "x", "n": 12}"#,
            br#"{"text": "x", "bad": "\q"}"#,
            br#"{"text": "x",}"#,
            br#"{"text": "x"} {"#,
            br#"{"text": "unterminated}"#,
            br#"{"te\u0078t": "x"}"#,
            b"{\"text\": \"tab\tinside\"}",
            b"{\"text\": \"caf\xe9\"}",
            "{\"text\": \"\u{20b9}580 crore, Z\u{fc}rich\"}".as_bytes(),
            br#"{"text": "x", "nested": {"a": 1}}"#,
            br#"{"text": "x", "trail": nul}"#,
            br#"{"text": "x", "topics": ["a", "b\n"], "empty": [ ], "orgs": []}"#,
            br#"{"text": "x", "topics": ["a",]}"#,
            br#"{"text": "x", "topics": ["a" "b"]}"#,
            br#"{"text": "x", "topics": [1]}"#,
            br#"{"text": ["in", "a", "wanted", "field"]}"#,
            // null is not absent: a null text keeps the html field from being used.
            br#"{"text": null, "html": "<p>x</p>", "id": true, "url": false}"#,
        ];
        for line in lines.iter().chain(flat_lines) {
            let shown = String::from_utf8_lossy(line);
            if let Some(flat) = parse_flat(line, names) {
                assert_eq!(Some(flat), general(line, names).map(texts), "{shown}");
            }
        }
        for line in flat_lines[..4]
            .iter()
            .chain(&flat_lines[16..17])
            .chain(flat_lines.last())
        {
            let shown = String::from_utf8_lossy(line);
            assert!(
                parse_flat(line, names).is_some(),
                "flat path declined {shown}"
            );
        }
        // The same key for id and text: the id takes it, the text is missing.
        let same = ["k", "k", "title", "date", "url", "source", "html"];
        let f = parse_wanted(br#"{"k": "v"}"#, same).expect("parses");
        assert_eq!(f[0], Some(Value::String("v".into())));
        assert_eq!(f[1], None);
        assert_eq!(f, general(br#"{"k": "v"}"#, same).expect("parses"));
    }

    /// The one-pass line test is the control-byte test and `from_utf8`, on every kind of line.
    #[test]
    fn flat_text_is_the_two_tests() {
        let long = "a".repeat(100);
        let mut lines: Vec<Vec<u8>> = vec![
            b"".to_vec(),
            b"{}".to_vec(),
            long.clone().into_bytes(),
            b"tab\there".to_vec(),
            b"nul\0".to_vec(),
            b"\x1f".to_vec(),
            b" \x7f~".to_vec(),
            "caf\u{e9} \u{20b9} \u{1f600}".as_bytes().to_vec(),
            b"caf\xe9".to_vec(),
            b"\xff".to_vec(),
            b"\xe2\x82".to_vec(),
            b"\xc3\xa9\n".to_vec(),
        ];
        for at in [0, 15, 16, 31, 32, 99] {
            for byte in [0x00, 0x1f, 0x20, 0x7f, 0x80, 0xc3, 0xff] {
                let mut l = long.clone().into_bytes();
                l[at] = byte;
                lines.push(l);
            }
        }
        for line in &lines {
            let want = if line.iter().any(|&b| b < 0x20) {
                None
            } else {
                std::str::from_utf8(line).ok()
            };
            assert_eq!(flat_text(line), want, "{line:?}");
        }
    }

    /// The sieve never rejects a key that a name equals, and does reject some others.
    #[test]
    fn key_filter_keeps_every_wanted_key() {
        let long = "k".repeat(70);
        let longer = "k".repeat(90);
        let name_sets = [
            ["id", "text", "title", "date", "url", "source", "html"],
            ["", "body", "héadline", "Date", long.as_str(), "a b", "html"],
        ];
        let keys = [
            "",
            "id",
            "text",
            "title",
            "date",
            "url",
            "source",
            "html",
            "topics",
            "places",
            "dateline",
            "oldid",
            "Date",
            "body",
            "héadline",
            "hé",
            long.as_str(),
            longer.as_str(),
            "a b",
            "x",
            "t",
            "texts",
        ];
        for names in name_sets {
            let filter = KeyFilter::new(&names);
            for key in keys {
                if slot_of(&names, key).is_some() {
                    assert!(filter.may_hold(key.as_bytes()), "{key:?} in {names:?}");
                }
            }
        }
        let filter = KeyFilter::new(&name_sets[0]);
        for key in ["places", "dateline", "oldid", "", "x"] {
            assert!(!filter.may_hold(key.as_bytes()), "{key:?}");
        }
    }

    #[test]
    fn at_line_is_the_formatted_path() {
        for (path, line) in [
            ("a.jsonl", 0usize),
            ("dir/x y.jsonl", 7),
            ("", 10),
            ("é", usize::MAX),
        ] {
            assert_eq!(at_line(path, line), format!("{path}:{line}"));
        }
    }

    /// The block copy unescapes what the run-by-run definition does, with escapes and quotes
    /// at every offset of a block, runs shorter and longer than a block, and bad escapes.
    #[test]
    fn unescape_into_matches_unescape() {
        let mut bodies: Vec<String> = [
            r#"""#,
            r#"plain""#,
            r#"a\nb\"c\\d\/e\tf\rg\bh\fi" tail"#,
            r#"caf\u00e9""#,
            r#"bad \q""#,
            r#"unterminated"#,
            r#"unterminated\"#,
            "Z\u{fc}rich \u{2018}q\u{2019}\\n\u{20b9}580 crore\"",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for len in [0, 1, 15, 16, 17, 31, 32, 33, 70] {
            for at in 0..=len {
                for esc in ["\\n", "\\\\\"", "\"", "\\u0041", "\\"] {
                    let mut s = "x".repeat(len);
                    s.insert_str(at, esc);
                    bodies.push(format!("{s}\\\"y\" after"));
                    bodies.push(s);
                }
            }
        }
        for body in &bodies {
            let line = format!("\"{body}");
            let mut want = String::new();
            let want_end = unescape(&line, 1, Some(&mut want));
            let mut got = Vec::new();
            let got_end = unescape_into(line.as_bytes(), 1, &mut got);
            assert_eq!(got_end, want_end, "{body:?}");
            if want_end.is_some() {
                assert_eq!(
                    String::from_utf8(got).as_deref(),
                    Ok(want.as_str()),
                    "{body:?}"
                );
            }
            let flat = flat_string(&line, 1, true);
            assert_eq!(flat.as_ref().map(|f| f.1), want_end, "{body:?}");
            if let Some((value, _)) = flat {
                assert_eq!(value, want, "{body:?}");
            }
        }
    }

    /// The direct search finds what `memchr2` finds, on ASCII and non-ASCII bytes, at every
    /// start and every length.
    #[test]
    fn quote_search_matches_memchr2() {
        let cases: &[&[u8]] = &[
            b"",
            b"\"",
            b"abc",
            b"abcdefgh\"",
            b"abcdefghijklmnop\\n",
            "Z\u{fc}rich \u{2018}q\u{2019} \\\" tail".as_bytes(),
            b"0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef0123\\x",
        ];
        for bytes in cases {
            for from in 0..=bytes.len() {
                let hay = &bytes[from..];
                assert_eq!(
                    find_quote_or_backslash(hay),
                    memchr::memchr2(b'"', b'\\', hay),
                    "{bytes:?} from {from}"
                );
                assert_eq!(
                    find_quote_or_backslash_sse2(hay),
                    memchr::memchr2(b'"', b'\\', hay),
                    "{bytes:?} from {from}"
                );
            }
        }
        for len in (0..80).chain([127, 128, 129, 200]) {
            for at in 0..len {
                for v in [b'"', b'\\', b'a', 0xe2] {
                    let mut bytes = vec![b'a'; len];
                    bytes[at] = v;
                    assert_eq!(
                        find_quote_or_backslash(&bytes),
                        memchr::memchr2(b'"', b'\\', &bytes),
                        "{v} at {at} of {len}"
                    );
                }
            }
        }
    }
}
