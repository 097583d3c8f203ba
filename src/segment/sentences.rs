//! Sentence splitting, zone by zone.
//!
//! Takes the text and its zone spans; gives trimmed sentences that never cross a zone
//! boundary and together cover all non-whitespace text. Rules, in order of evidence:
//! a blank line always ends a sentence; a single line break ends one unless the line is
//! hard-wrapped prose (wire copy wraps at ~70 columns); `. ! ? …` (plus closing quotes and
//! brackets) end one when followed by whitespace and a plausible sentence start, unless the
//! full stop belongs to an abbreviation, an initial, a decimal, a URL or an e-mail address.
//! A byte-level scan with an ASCII fast path: no regex, no allocation per character.

use super::abbreviations::{self, AbbrevKind};
use super::{trim_end, trim_start};
use crate::model::{Sentence, Zone, ZoneSpan};

/// Splits every zone of `text` into sentences.
pub fn split(text: &str, zones: &[ZoneSpan]) -> Vec<Sentence> {
    let mut out = Vec::with_capacity(text.len() / 100 + 1);
    for z in zones {
        split_region(text, z.start, z.end, z.zone, &mut out);
    }
    out
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// Pushes `text[start..end]` trimmed (Unicode whitespace), if anything is left.
///
/// Byte loops over ASCII whitespace at both ends, inlined into the callers: this runs for
/// every sentence, and the general trims (`take_while` counts plus `str` slicing with its
/// char-boundary checks) cost several times more. A non-ASCII byte at either edge sends the
/// span to [`push_general`], which may trim Unicode whitespace there.
#[inline]
fn push(text: &str, start: usize, end: usize, zone: Zone, out: &mut Vec<Sentence>) {
    let bytes = text.as_bytes();
    let mut a = start;
    while a < end && super::is_ascii_space(bytes[a]) {
        a += 1;
    }
    if a >= end {
        return; // empty or all ASCII whitespace
    }
    let mut b = end;
    while super::is_ascii_space(bytes[b - 1]) {
        b -= 1; // stops at `a` at the latest: `bytes[a]` is not whitespace
    }
    if bytes[a] >= 0x80 || bytes[b - 1] >= 0x80 {
        return push_general(text, start, end, zone, out);
    }
    out.push(Sentence {
        start: a,
        end: b,
        zone,
    });
}

/// [`push`] with Unicode trims (the definition; the fast path must agree with it).
#[cold]
#[inline(never)]
fn push_general(text: &str, start: usize, end: usize, zone: Zone, out: &mut Vec<Sentence>) {
    if start >= end {
        return;
    }
    let s = &text[start..end];
    let trimmed_start = trim_start(s);
    if trimmed_start.is_empty() {
        return;
    }
    let a = start + (s.len() - trimmed_start.len());
    let b = a + trim_end(trimmed_start).len();
    out.push(Sentence {
        start: a,
        end: b,
        zone,
    });
}

/// Bytes that [`split_region`] looks at: line breaks, terminal marks, the first byte of `…`.
static STOP: [bool; 256] = {
    let mut t = [false; 256];
    t[b'\n' as usize] = true;
    t[b'.' as usize] = true;
    t[b'!' as usize] = true;
    t[b'?' as usize] = true;
    t[0xE2] = true;
    t
};

/// The first `STOP` byte in `bytes[i..end]`, or `end`. Eight bytes at a time: a word holds
/// a byte equal to `n` iff `(x - 0x01..) & !x & 0x80..` is non-zero for `x = word ^ n×0x01..`,
/// and its lowest flagged byte is the first such byte; the byte loop handles the last bytes.
fn skip_to_stop(bytes: &[u8], mut i: usize, end: usize) -> usize {
    // Sixteen bytes at a time where SSE2 is sure to be there: a quarter of the instructions.
    #[cfg(target_arch = "x86_64")]
    while i + 16 <= end {
        let mut chunk = [0u8; 16];
        chunk.copy_from_slice(&bytes[i..i + 16]);
        let found = stop_mask16(&chunk);
        if found != 0 {
            return i + found.trailing_zeros() as usize;
        }
        i += 16;
    }
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let has = |w: u64, n: u8| {
        let x = w ^ (ONES * u64::from(n));
        x.wrapping_sub(ONES) & !x & HIGH
    };
    while i + 8 <= end {
        let mut word = [0u8; 8];
        word.copy_from_slice(&bytes[i..i + 8]);
        let w = u64::from_le_bytes(word);
        let found = has(w, b'\n') | has(w, b'.') | has(w, b'!') | has(w, b'?') | has(w, 0xE2);
        if found != 0 {
            // The lowest flagged byte is exact (a false flag needs a borrow from a true match
            // below it), so it is the first stop byte: no byte loop, whose exit the CPU
            // mispredicts at almost every stop.
            return i + (found.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    while i < end && !STOP[bytes[i] as usize] {
        i += 1;
    }
    i
}

/// Bit `k` is set when `chunk[k]` is a [`STOP`] byte.
#[cfg(target_arch = "x86_64")]
#[inline]
fn stop_mask16(chunk: &[u8; 16]) -> u32 {
    crate::simd::eq_any_mask16(chunk, [b'\n', b'.', b'!', b'?', 0xE2])
}

fn split_region(text: &str, start: usize, end: usize, zone: Zone, out: &mut Vec<Sentence>) {
    let bytes = text.as_bytes();
    let wrap = wrap_width(&bytes[start..end]);
    let mut sent_start = start; // where the current sentence begins (untrimmed)
    let mut line_start = start;
    let mut i = start;
    while i < end {
        let b = bytes[i];
        match b {
            b'\n' => {
                let line_end = if i > line_start && bytes[i - 1] == b'\r' {
                    i - 1
                } else {
                    i
                };
                let next_start = i + 1;
                if line_break_ends_sentence(text, line_start, line_end, next_start, end, wrap) {
                    push(text, sent_start, line_end, zone, out);
                    sent_start = next_start;
                }
                line_start = next_start;
                i = next_start;
            }
            b'.' | b'!' | b'?' => i = terminal(text, i, end, &mut sent_start, zone, out),
            0xE2 if text[i..].starts_with('…') => {
                i = terminal(text, i, end, &mut sent_start, zone, out)
            }
            _ => {
                // Skip to the next byte that one of the arms above handles.
                i = skip_to_stop(bytes, i + 1, end);
            }
        }
    }
    push(text, sent_start, end, zone, out);
}

/// Handles a run of terminal punctuation starting at `i`; returns where scanning resumes.
fn terminal(
    text: &str,
    i: usize,
    end: usize,
    sent_start: &mut usize,
    zone: Zone,
    out: &mut Vec<Sentence>,
) -> usize {
    let bytes = text.as_bytes();
    // The run of terminal marks: "?!", "...", "…".
    let mut j = i;
    while j < end {
        if matches!(bytes[j], b'.' | b'!' | b'?') {
            j += 1;
        } else if bytes[j] == 0xE2 && text[j..].starts_with('…') {
            // (The byte test first: slicing `text` checks bounds and char boundaries.)
            j += '…'.len_utf8();
        } else {
            break;
        }
    }
    // Closing quotes and brackets belong to the sentence they close.
    let k = closers_end(text, j, end);
    if k < end && !is_space(bytes[k]) {
        return k.max(i + 1); // "1.1", "example.com", "U.S.-based": not a boundary
    }
    // The run is "." exactly when it is one byte long and a full stop (no string compare).
    let only_full_stop = j == i + 1 && bytes[i] == b'.';
    // The word before a lone full stop, found once for the three tests that read it.
    let before = if only_full_stop {
        word_before(text, *sent_start, i)
    } else {
        ""
    };
    if only_full_stop && is_list_number(text, *sent_start, i, before) {
        return k; // "1. First item", "10. iPhone 13 Pro ..."
    }
    let next = next_word(text, k, end);
    let ends = match next {
        None => true,
        Some(w) => {
            let first = w
                .chars()
                .find(|c| !matches!(c, '"' | '\'' | '(' | '[' | '“' | '‘' | '«'));
            match first {
                None => true,
                Some(c) if c.is_lowercase() => starts_like_brand(w),
                Some(c) if c.is_numeric() => !(only_full_stop && before_number(before)),
                Some(_) => !only_full_stop || full_stop_ends(before, w),
            }
        }
    };
    if ends {
        push(text, *sent_start, k, zone, out);
        *sent_start = k;
    }
    k
}

/// The end of the run of closing quotes and brackets at `k` (before `end`). An ASCII byte is
/// tested as a byte (most full stops are followed by a space); others are decoded.
#[inline]
fn closers_end(text: &str, mut k: usize, end: usize) -> usize {
    let bytes = text.as_bytes();
    while k < end {
        let b = bytes[k];
        if b < 0x80 {
            if matches!(b, b'"' | b'\'' | b')' | b']' | b'}') {
                k += 1;
                continue;
            }
            break;
        }
        let c = text[k..].chars().next().unwrap_or(' ');
        if matches!(c, '”' | '’' | '»') {
            k += c.len_utf8();
        } else {
            break;
        }
    }
    k
}

/// [`closers_end`] on chars (the definition).
#[cfg(test)]
fn closers_end_general(text: &str, mut k: usize, end: usize) -> usize {
    while k < end {
        let c = text[k..].chars().next().unwrap_or(' ');
        if matches!(c, '"' | '\'' | ')' | ']' | '”' | '’' | '»' | '}') {
            k += c.len_utf8();
        } else {
            break;
        }
    }
    k
}

/// "iPhone", "eBay": a lower-case initial followed by a capital still starts a sentence.
/// Two ASCII bytes are tested directly (this runs at most line breaks of wrapped copy, and
/// decoding two chars costs more than the test); others go to [`starts_like_brand_general`].
#[inline]
fn starts_like_brand(word: &str) -> bool {
    match word.as_bytes() {
        [a, b, ..] if *a < 0x80 && *b < 0x80 => a.is_ascii_lowercase() && b.is_ascii_uppercase(),
        _ => starts_like_brand_general(word),
    }
}

/// [`starts_like_brand`] on chars (the definition).
fn starts_like_brand_general(word: &str) -> bool {
    let mut cs = word.chars();
    matches!((cs.next(), cs.next()), (Some(a), Some(b)) if a.is_lowercase() && b.is_uppercase())
}

/// The word before the full stop at `dot` (without the dot), within the current sentence.
fn word_before(text: &str, from: usize, dot: usize) -> &str {
    let head = &text[from..dot];
    // ASCII fast path: scan back byte by byte to the first delimiter; a non-ASCII byte met
    // first sends the whole search to the Unicode one below (`“`, `‘` and Unicode spaces).
    for (p, &b) in head.as_bytes().iter().enumerate().rev() {
        if b >= 0x80 {
            return word_before_unicode(head);
        }
        if super::is_ascii_space(b) || matches!(b, b'(' | b'"' | b'[' | b'<') {
            return &head[p + 1..];
        }
    }
    head
}

fn word_before_unicode(head: &str) -> &str {
    let start = head
        .rfind(|c: char| c.is_whitespace() || matches!(c, '(' | '"' | '“' | '‘' | '[' | '<'))
        .map(|p| p + head[p..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0);
    &head[start..]
}

/// Does a full stop after `word` ([`word_before`] it), followed by the capitalised word
/// `next`, end the sentence?
fn full_stop_ends(word: &str, next: &str) -> bool {
    if word.is_empty() {
        return true;
    }
    match abbreviations::classify(word) {
        AbbrevKind::NotAbbrev => true,
        AbbrevKind::Initial | AbbrevKind::Title => false,
        // "Inc.", "U.S.", "a.m." end a sentence only before a typical sentence opener.
        AbbrevKind::MaybeFinal => abbreviations::is_sentence_opener(next),
    }
}

/// A list number at the start of a line: "1." in "1. First item" (`word` is [`word_before`]
/// the full stop at `dot`).
fn is_list_number(text: &str, from: usize, dot: usize, word: &str) -> bool {
    // Cheap tests first: this runs at every full stop.
    if word.is_empty() || word.len() > 3 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    // Only indentation may stand between the line start (or the sentence start) and the
    // number; scan back over it alone, so a long line costs nothing here.
    let head = &text.as_bytes()[from..dot - word.len()];
    let indent = head
        .iter()
        .rev()
        .take_while(|&&b| b == b' ' || b == b'\t')
        .count();
    indent == head.len() || head[head.len() - indent - 1] == b'\n'
}

/// "No. 5", "Rs. 580", "Jan. 5", "pp. 12": a number after these words (before a full stop)
/// does not start a sentence.
fn before_number(word: &str) -> bool {
    abbreviations::takes_number(word) || word.chars().all(|c| c.is_ascii_digit() || c == ',')
}

/// The next whitespace-delimited word after `at`, within the region and the same paragraph.
fn next_word(text: &str, at: usize, end: usize) -> Option<&str> {
    let rest = &text[at..end];
    let trimmed = trim_start(rest);
    if trimmed.is_empty() {
        return None;
    }
    let ws = &rest.as_bytes()[..rest.len() - trimmed.len()];
    if ws.iter().filter(|&&b| b == b'\n').count() >= 2 {
        return None; // paragraph break follows: the sentence ends anyway
    }
    // The word ends at the first whitespace: ASCII bytes are tested directly, and a non-ASCII
    // byte sends the rest to the Unicode test.
    let w_end = trimmed
        .bytes()
        .position(|b| b >= 0x80 || super::is_ascii_space(b))
        .map_or(trimmed.len(), |p| {
            p + trimmed[p..]
                .find(char::is_whitespace)
                .unwrap_or(trimmed.len() - p)
        });
    Some(&trimmed[..w_end])
}

/// Does the line break after `text[line_start..line_end]` end the sentence?
fn line_break_ends_sentence(
    text: &str,
    line_start: usize,
    line_end: usize,
    next_start: usize,
    region_end: usize,
    wrap: Option<usize>,
) -> bool {
    let line = trim_end(&text[line_start..line_end]);
    // Trimmed at its end, a line that is not empty ends with a visible character.
    if line.is_empty() {
        return true; // blank line: paragraph break
    }
    let Some(next) = next_line_start(text, next_start, region_end) else {
        return true; // the next line is blank (or there is none)
    };
    let next_raw = &text[next_start..region_end];
    if is_list_item(next) {
        return true;
    }
    // (`char::is_lowercase` is `is_ascii_lowercase` on ASCII.)
    let first_lower = match next.as_bytes().first() {
        Some(&b) if b < 0x80 => b.is_ascii_lowercase(),
        _ => next.chars().next().is_some_and(char::is_lowercase),
    };
    if first_lower && !starts_like_brand(next) {
        return false; // wrapped mid-sentence
    }
    // Indented next line: a new paragraph.
    if next_raw.starts_with("  ") || next_raw.starts_with('\t') {
        return true;
    }
    let last = line.chars().last().unwrap_or('.');
    if matches!(last, '.' | '!' | '?' | '…' | '"' | '\'' | ')' | '”' | '’') {
        return false; // a terminal mark: `terminal` has already decided
    }
    // Hard-wrapped prose: a line filled to near the wrap width that stops mid-sentence.
    let Some(width) = wrap else {
        return true;
    };
    let long = line.len() >= 40.max(width * 6 / 10);
    // A wrapped line that ends on a lower-case word ("... Department of") stops mid-sentence,
    // however short (the first line of wire copy is shortened by the stripped dateline).
    let last_word_lower = last_word_starts_lower(line);
    let first_line = line_start == 0;
    if last_word_lower || (first_line && line.len() >= 15 && last.is_alphanumeric()) {
        return false;
    }
    let mid_sentence =
        last.is_alphanumeric() || matches!(last, ',' | ';' | '-' | '(' | '&' | '$' | '/');
    !(long && mid_sentence)
}

/// Does the last whitespace-delimited word of `line` start with a lower-case letter? An ASCII
/// tail is scanned back byte by byte to its space (`rsplit` with a char predicate decodes
/// every char and costs ~95 instructions a line); a non-ASCII byte met first sends the line
/// to [`last_word_starts_lower_general`].
#[inline]
fn last_word_starts_lower(line: &str) -> bool {
    let b = line.as_bytes();
    let mut p = b.len();
    while p > 0 {
        let c = b[p - 1];
        if c >= 0x80 {
            return last_word_starts_lower_general(line);
        }
        if super::is_ascii_space(c) {
            break;
        }
        p -= 1;
    }
    b.get(p).is_some_and(u8::is_ascii_lowercase)
}

/// [`last_word_starts_lower`] on chars (the definition).
fn last_word_starts_lower_general(line: &str) -> bool {
    line.rsplit(char::is_whitespace)
        .next()
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_lowercase)
}

/// The next line from its first non-whitespace character to the region's end (not just to
/// the line's end: every test on it looks at a few characters, and none of them crosses a
/// line break), or `None` when that line is blank. Leading ASCII blanks are skipped byte by
/// byte; a non-ASCII byte among them sends the line to the Unicode trim.
fn next_line_start(text: &str, next_start: usize, region_end: usize) -> Option<&str> {
    let bytes = text.as_bytes();
    let mut p = next_start;
    while p < region_end && matches!(bytes[p], b' ' | b'\t' | b'\x0b' | b'\x0c' | b'\r') {
        p += 1;
    }
    match bytes.get(p) {
        _ if p >= region_end => None,
        Some(b'\n') => None,
        Some(&b) if b < 0x80 => Some(&text[p..region_end]),
        _ => {
            let next_end = memchr::memchr(b'\n', &bytes[next_start..region_end])
                .map_or(region_end, |e| next_start + e);
            let next = trim_start(&text[next_start..next_end]);
            (!next.is_empty()).then(|| &text[next_end - next.len()..region_end])
        }
    }
}

/// The wrap width of hard-wrapped text (wire copy wraps at ~70 columns): the longest line,
/// when no line is longer than a terminal-width line; `None` for unwrapped paragraphs.
fn wrap_width(region: &[u8]) -> Option<usize> {
    let mut longest = 0;
    let mut lines = 0;
    let mut start = 0;
    for nl in super::newlines(region).chain(std::iter::once(region.len())) {
        longest = longest.max(nl - start);
        lines += 1;
        start = nl + 1;
    }
    (lines >= 2 && longest <= 120).then_some(longest)
}

fn is_list_item(line: &str) -> bool {
    // The common line starts with an ASCII letter or quote: no bullet, no number.
    match line.as_bytes().first() {
        None => return false,
        Some(&b) if b < 0x80 && !matches!(b, b'*' | b'-' | b'0'..=b'9') => return false,
        _ => {}
    }
    if line.starts_with(['•', '·', '▪', '►', '*', '–', '-']) {
        return true;
    }
    let digits = line.bytes().take_while(u8::is_ascii_digit).count();
    (1..=3).contains(&digits)
        && matches!(
            line.as_bytes().get(digits..digits + 2),
            Some(b". ") | Some(b") ")
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The SSE2 mask flags exactly the stop bytes, at every position.
    #[cfg(target_arch = "x86_64")]
    #[test]
    fn stop_mask_matches_the_table() {
        for b in 0..=255u8 {
            for pos in 0..16 {
                let mut chunk = [b'a'; 16];
                chunk[pos] = b;
                let want = if STOP[b as usize] { 1u32 << pos } else { 0 };
                assert_eq!(stop_mask16(&chunk), want, "{b} at {pos}");
            }
        }
    }

    #[test]
    fn skip_to_stop_finds_the_first_stop_byte() {
        let cases = [
            "",
            "abc",
            "no stop bytes in this whole long line at all",
            "exactly8.",
            "sixteen bytes ok! and more",
            "a question? here",
            "line one\nline two",
            "ellipsis … here",
            "é and ü are not stops, but a later one is.",
            "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.",
            "\u{7f}\u{80}\u{e1}\u{e3}..",
            "a long line of more than sixteen bytes, then a stop. And more text after it!",
            "exactly sixteen.and the rest of the line without any stop at all in it",
            "zürich zürich zürich zürich zürich… and so on",
        ];
        for text in cases {
            let b = text.as_bytes();
            for from in 0..=b.len() {
                for end in from..=b.len() {
                    let want = (from..end).find(|&k| STOP[b[k] as usize]).unwrap_or(end);
                    assert_eq!(skip_to_stop(b, from, end), want, "{text:?} {from}..{end}");
                }
            }
        }
    }

    fn sents(text: &str) -> Vec<&str> {
        let zones = [ZoneSpan {
            zone: Zone::Body,
            start: 0,
            end: text.len(),
        }];
        split(text, &zones)
            .iter()
            .map(|s| &text[s.start..s.end])
            .collect()
    }

    #[test]
    fn splits_news_text() {
        let cases: &[(&str, &[&str])] = &[
            ("Mr. Smith went to Washington. He met Dr. Jones.", &["Mr. Smith went to Washington.", "He met Dr. Jones."]),
            ("Apple Inc. said sales rose. The shares fell.", &["Apple Inc. said sales rose.", "The shares fell."]),
            ("Apple Inc. Chief Tim Cook spoke.", &["Apple Inc. Chief Tim Cook spoke."]),
            ("He lives in the U.S. The move surprised many.", &["He lives in the U.S.", "The move surprised many."]),
            ("The U.S. Treasury said so.", &["The U.S. Treasury said so."]),
            ("J. K. Rowling wrote it. Fans cheered.", &["J. K. Rowling wrote it.", "Fans cheered."]),
            ("It costs $100.00 now. Sales rose 1.1 pct.", &["It costs $100.00 now.", "Sales rose 1.1 pct."]),
            ("It cost Rs. 580 crore. No. 5 is next.", &["It cost Rs. 580 crore.", "No. 5 is next."]),
            ("He paused... Then he left.", &["He paused...", "Then he left."]),
            ("He paused... and left.", &["He paused... and left."]),
            ("\"We will win.\" He smiled.", &["\"We will win.\"", "He smiled."]),
            ("(The deal closed.) Shares rose.", &["(The deal closed.)", "Shares rose."]),
            ("“It is over,” she said. “We lost.”", &["“It is over,” she said.", "“We lost.”"]),
            ("Why? Nobody knows!", &["Why?", "Nobody knows!"]),
            ("\"Why?\" he asked.", &["\"Why?\" he asked."]),
            ("Mail info@example.com. Visit www.example.co.uk today.", &["Mail info@example.com.", "Visit www.example.co.uk today."]),
            ("The meeting is at 10 a.m. on Jan. 5 in St. Louis.", &["The meeting is at 10 a.m. on Jan. 5 in St. Louis."]),
            ("Markets Rally on Hopes\n\nShares rose.", &["Markets Rally on Hopes", "Shares rose."]),
            ("Headline One\nHeadline Two", &["Headline One", "Headline Two"]),
            ("  1. First item\n  2. Second item", &["1. First item", "2. Second item"]),
            ("  10. iPhone 13 Pro Tipped", &["10. iPhone 13 Pro Tipped"]),
            ("Sales rose in 1987. The year ended.", &["Sales rose in 1987.", "The year ended."]),
            ("Showers continued throughout the week in the\nBahia zone, alleviating the drought.", &["Showers continued throughout the week in the\nBahia zone, alleviating the drought."]),
            ("The dry period means the temporao will be\nlate this year.\n    Arrivals were high.", &["The dry period means the temporao will be\nlate this year.", "Arrivals were high."]),
            ("Sales rose. iPhone demand was strong.", &["Sales rose.", "iPhone demand was strong."]),
            ("Profit rose to 5.2 mln dlrs from 4.1 mln. Revenue fell.", &["Profit rose to 5.2 mln dlrs from 4.1 mln.", "Revenue fell."]),
            ("", &[]),
            ("   ", &[]),
        ];
        for (text, want) in cases {
            assert_eq!(sents(text), *want, "{text:?}");
        }
    }

    /// The byte-level fast paths (`push`, `starts_like_brand`, `last_word_starts_lower`) agree
    /// with their char-level definitions on ASCII, non-ASCII, CR LF, blank, whitespace-only
    /// and very long inputs, for every sub-span of each (so edges fall on every kind of byte).
    #[test]
    fn fast_paths_match_general() {
        let long = "word ".repeat(400) + "end";
        let cases = [
            "",
            " ",
            "\n",
            "\r\n",
            "  \r\n  ",
            "a",
            "Shares rose.",
            "  He said.  \r\n",
            "\u{a0}Zürich\u{a0}",
            "\u{2003} x \u{3000}",
            "é",
            " é ",
            "\u{85}x\u{85}",
            "said.\" He",
            "end.”’» Next",
            "x.)]}'\" y",
            "a.“b",
            "done.\r\n",
            "iPhone sales",
            "eBay",
            "ébay",
            "éB",
            "aÉ",
            "x",
            "xY",
            "of the Department of",
            "the U.S. Department",
            "ends in zürich",
            "ends in Zürich",
            "ends in \u{e9}t\u{e9}",
            "tab\tseparated\tword",
            "no\u{a0}break",
            "\u{1c}x\u{1f}",
            long.as_str(),
        ];
        for text in cases {
            for start in 0..=text.len() {
                for end in start..=text.len() {
                    if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                        continue;
                    }
                    let (mut fast, mut slow) = (Vec::new(), Vec::new());
                    push(text, start, end, Zone::Body, &mut fast);
                    push_general(text, start, end, Zone::Body, &mut slow);
                    assert_eq!(fast, slow, "{text:?} {start}..{end}");
                    if text.len() > 100 {
                        break; // the long line: its starts suffice
                    }
                }
            }
            for k in (0..=text.len()).filter(|&k| text.is_char_boundary(k)) {
                assert_eq!(
                    closers_end(text, k, text.len()),
                    closers_end_general(text, k, text.len()),
                    "{text:?} {k}"
                );
            }
            for w in [text, text.trim_end()] {
                assert_eq!(starts_like_brand(w), starts_like_brand_general(w), "{w:?}");
                assert_eq!(
                    last_word_starts_lower(w),
                    last_word_starts_lower_general(w),
                    "{w:?}"
                );
            }
        }
    }

    /// The ASCII fast path of `word_before` agrees with the Unicode search.
    #[test]
    fn word_before_fast_path_matches_unicode() {
        let heads = [
            "",
            "word",
            "a word",
            "two  words",
            "(paren",
            "say \"quoted",
            "x[y",
            "a<b",
            "tab\tsep",
            "line\nbreak",
            "“curly",
            "‘single",
            "em\u{2003}space",
            "naïve word",
            "word naïve",
            "é",
            "end ",
            "Mr",
            "U.S",
            "a.m",
        ];
        for head in heads {
            assert_eq!(
                word_before(head, 0, head.len()),
                word_before_unicode(head),
                "{head:?}"
            );
        }
    }

    #[test]
    fn never_crosses_zones() {
        let text = "Title Here\nBody starts here. And goes on.";
        let zones = [
            ZoneSpan {
                zone: Zone::Title,
                start: 0,
                end: 11,
            },
            ZoneSpan {
                zone: Zone::Body,
                start: 11,
                end: text.len(),
            },
        ];
        let s = split(text, &zones);
        assert_eq!(s.len(), 3);
        assert_eq!(s[0].zone, Zone::Title);
        assert!(s[1..].iter().all(|s| s.zone == Zone::Body));
    }
}
