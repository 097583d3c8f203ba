//! Page zones: title, byline, dateline, highlights, body and boilerplate of a (scraped) article.
//!
//! Takes the article text (and its input metadata) and gives contiguous [`ZoneSpan`]s of whole
//! lines covering the text, plus metadata read off the page (title, author or agency, ISO date).
//! It classifies lines with cheap patterns, in the spirit of boilerplate detectors such as
//! jusText: page furniture is short, link-like and formulaic. A clean article (a headline line,
//! a blank line, paragraphs) comes out as title + body with nothing lost. It does not parse
//! HTML and does not drop anything: boilerplate is labelled, never removed.

use crate::dates::parse_date;
use crate::model::{Meta, Zone, ZoneSpan};
use crate::segment::{trim, trim_end, trim_start};
use regex::Regex;
use std::sync::LazyLock;

/// What the zoner found: spans covering the whole text, and page metadata.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Zoning {
    pub spans: Vec<ZoneSpan>,
    /// Metadata parsed from the page itself (title line, byline, dateline).
    pub meta: Meta,
}

/// A line of the text: it starts at `start`, `next` is the next line's start.
/// The trimmed line and the furniture hint are computed once: every pass below needs them.
#[derive(Clone, Copy, Debug)]
struct Line<'a> {
    start: usize,
    next: usize,
    /// The line without its terminator, trimmed (empty for a blank line). Sliced once here:
    /// the passes ask for each line several times, and every `str` slice checks its bounds
    /// and char boundaries (a separate vector of these slices cost ~28 instructions a line).
    t: &'a str,
    /// Which of [`HINTS`] the line contains: bit `k` for `HINTS[k]` (see [`mark_hints`]).
    hints: u8,
}

/// The lines of `text`, with their hints marked, and whether the text is all ASCII (found in
/// the same pass over the text as the hints: detecting furniture needs it).
fn lines(text: &str) -> (Vec<Line<'_>>, bool) {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(text.len() / 48 + 1);
    // One loop over the line breaks and a final sentinel (the text's end), so that the line
    // bounds below are inlined once: as a closure called from two places they were a call per
    // line, ~80 instructions each.
    let mut start = 0;
    let mut breaks = crate::segment::newlines(bytes);
    loop {
        let (end, next) = match breaks.next() {
            Some(nl) if nl > start && bytes[nl - 1] == b'\r' => (nl - 1, nl + 1),
            Some(nl) => (nl, nl + 1),
            None if start < bytes.len() => (bytes.len(), bytes.len()),
            None => break,
        };
        let (tstart, tend) = trimmed_bounds(text, start, end);
        out.push(Line {
            start,
            next,
            t: &text[tstart..tend],
            hints: 0,
        });
        start = next;
    }
    // Hints are searched in the whole text at once, not line by line (a per-line search costs
    // more than the scan on short lines): the text is case-folded and each hint is a SIMD
    // substring search, several times faster than one automaton walking every byte. A hint
    // contains no line break, so a match lies inside one line, inside its trimmed part.
    let ascii = LOWER.with_borrow_mut(|lower| {
        // One buffer per thread, reused: a fresh copy per article costs an allocation and
        // fresh pages each time.
        lower.clear();
        let ascii = fold_case(bytes, lower);
        mark_hints(lower, &mut out);
        if lower.capacity() > 1 << 22 {
            *lower = Vec::new(); // a huge article does not keep its copy
        }
        ascii
    });
    (out, ascii)
}

/// The bounds of `text[start..end].trim()`: `(tstart, tend)`, `(start, start)` for a blank
/// line. ASCII whitespace is skipped byte by byte; only a non-ASCII byte at an edge
/// pays for the Unicode trims.
#[inline]
fn trimmed_bounds(text: &str, start: usize, end: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let mut a = start;
    while a < end && crate::segment::is_ascii_space(bytes[a]) {
        a += 1;
    }
    if a == end {
        return (start, start);
    }
    let mut b = end;
    while crate::segment::is_ascii_space(bytes[b - 1]) {
        b -= 1; // stops at `a + 1` at the latest: `bytes[a]` is not whitespace
    }
    if bytes[a] < 0x80 && bytes[b - 1] < 0x80 {
        return (a, b);
    }
    trimmed_bounds_general(text, start, end)
}

/// [`trimmed_bounds`] with the Unicode trims (the definition).
fn trimmed_bounds_general(text: &str, start: usize, end: usize) -> (usize, usize) {
    let raw = &text[start..end];
    let lead = raw.len() - trim_start(raw).len();
    let tend = start + trim_end(raw).len();
    ((start + lead).min(tend), tend)
}

/// Appends `bytes` to `out` (cleared by the caller) with bit 5 of every byte set; returns
/// whether `bytes` is all ASCII. Setting bit 5 is an ASCII case-insensitive match for hints made of lower-case
/// ASCII letters only ([`HINTS`]): `b | 0x20` is a lower-case letter `l` exactly when `b` is
/// `l` or its capital. Unlike `make_ascii_lowercase` it needs no range test, so the compiler
/// vectorises the copy.
fn fold_case(bytes: &[u8], out: &mut Vec<u8>) -> bool {
    // `extend` from a mapped slice iterator writes each byte once and vectorises; resizing
    // the buffer first (zero-filling it, then overwriting) cost a memset of the whole text.
    out.extend(bytes.iter().map(|&s| s | 0x20));
    // The standard ASCII test reads a word at a time.
    bytes.is_ascii()
}

thread_local! {
    /// The case-folded copy of the text being zoned, for the hint search ([`fold_case`]).
    static LOWER: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Sets the [`Line::hints`] bits of the lines of `out` for the [`HINTS`] they contain in
/// `lower`. Two tests are exact: a line has a bit of [`PHRASE_HINTS`] set exactly when it
/// contains one of those hints, and [`PODCAST_HINT`] exactly when it contains "podcast" (so
/// the phrase and podcast tests need no search on the many lines hinted only by "share", as
/// in "shares"). Other bits may miss a hint that overlaps another one on the same line; those
/// lines are hinted all the same.
fn mark_hints(lower: &[u8], out: &mut [Line<'_>]) {
    let mut mark = |at: usize, k: usize| {
        let mut bits = 1u8 << k;
        // The packed search reports leftmost, non-overlapping matches, so an occurrence that
        // overlaps a reported one is not reported. Of the exact bits, only "reserved" can be
        // hidden so: by "share" ending in its "re" ("shareserved"). No other hint ends with a
        // prefix of "comment", "conversation", "podcast", and "discussion" only with one of
        // "reserved", itself a phrase hint.
        if k == SHARE
            && lower
                .get(at + 3..)
                .is_some_and(|r| r.starts_with(b"reserved"))
        {
            bits |= 1 << RESERVED;
        }
        let li = out.partition_point(|l| l.next <= at);
        if let Some(line) = out.get_mut(li) {
            line.hints |= bits;
        }
    };
    match HINT_SEARCHER.as_ref() {
        // One SIMD pass finds every hint.
        Some(searcher) => searcher
            .find_iter(lower)
            .for_each(|m| mark(m.start(), m.pattern().as_usize())),
        None => {
            for (k, finder) in FURNITURE_HINTS.iter().enumerate() {
                finder.find_iter(lower).for_each(|at| mark(at, k));
            }
        }
    }
}

/// All [`HINTS`] in one packed (Teddy) searcher; `None` on CPUs without its SIMD support.
static HINT_SEARCHER: LazyLock<Option<aho_corasick::packed::Searcher>> = LazyLock::new(|| {
    let mut builder = aho_corasick::packed::Config::new().builder();
    for h in HINTS {
        builder.add(h);
    }
    builder.build()
});

/// Is there a run of 4 ASCII digits (a year)? Every date [`parse_date`] accepts has one: this
/// spares its three regexes on most short lines.
fn has_year(s: &str) -> bool {
    let mut run = 0;
    for b in s.bytes() {
        run = if b.is_ascii_digit() { run + 1 } else { 0 };
        if run == 4 {
            return true;
        }
    }
    false
}

/// `parse_date(s).is_some()`, without the regexes when `s` has no year.
#[cfg(test)]
fn has_date(s: &str) -> bool {
    has_year(s) && parse_date(s).is_some()
}

/// Words that make up social share bars ("Share on Facebook Tweet Snapchat Share Reddit Comment").
const SHARE_WORDS: &[&str] = &[
    "share",
    "facebook",
    "tweet",
    "twitter",
    "whatsapp",
    "snapchat",
    "reddit",
    "comment",
    "comments",
    "email",
    "e-mail",
    "linkedin",
    "pinterest",
    "print",
    "telegram",
    "copy",
    "link",
    "messenger",
    "save",
    "on",
    "via",
    "x",
    "flipboard",
    "pocket",
];

/// Section headings after which the rest of the page is furniture (story lists, comments).
const TAIL_HEADINGS: &[&str] = &[
    "comments",
    "comment",
    "related stories",
    "related articles",
    "related news",
    "related",
    "trending stories",
    "trending",
    "latest stories",
    "more stories",
    "popular stories",
    "top stories",
    "you may also like",
    "recommended",
    "recommended stories",
    "recommended for you",
    "most read",
    "most popular",
    "more from this section",
    "read next",
    "what to read next",
];

const HIGHLIGHT_HEADINGS: &[&str] = &[
    "highlights",
    "key highlights",
    "key points",
    "key takeaways",
    "at a glance",
    "in brief",
    "story highlights",
];

/// Whole-line furniture anywhere on the page. Only short lines are tested (furniture is short),
/// and the pattern avoids Unicode `\b`, which would cost 100× on this hot path.
static FURNITURE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            advertisement | advertisements | sponsored | ad | skip\ ad | loading(?:\.\.\.|…)?
          | story\ continues\ below.* | scroll\ to\ continue.*
          | (?:further\ reading|also\ read|read\ more|read\ also|tags|topics)\s*:.*
          | ©.* | copyright\ .*
          | (?:follow\ us|download\ our\ app|sign\ up|subscribe\ to|subscribe\ now|click\ here|listen\ to\ the\ latest).*
          | for\ the\ latest\ .*\ (?:follow|subscribe).*
        )$",
    )
    .expect("furniture regex")
});

/// Literal starts of the [`FURNITURE`] alternatives, by their first letter: a line that starts
/// with none of them (ASCII case-insensitively) cannot match, so the regex only runs on the few
/// lines that do. Lines with non-ASCII characters always go to the regex, whose Unicode case
/// folding maps a few of them to ASCII letters (`ſ` to `s`, the Kelvin sign to `k`).
const fn furniture_starts(first: u8) -> &'static [&'static str] {
    match first.to_ascii_lowercase() {
        b'a' => &["ad", "also read"], // "ad" covers "advertisement(s)"
        b's' => &[
            "sponsored",
            "skip ad",
            "story continues below",
            "scroll to continue",
            "sign up",
            "subscribe to",
            "subscribe now",
        ],
        b'l' => &["loading", "listen to the latest"],
        b'f' => &["further reading", "follow us", "for the latest "],
        b'r' => &["read more", "read also"],
        b't' => &["tags", "topics"],
        b'c' => &["copyright ", "click here"],
        b'd' => &["download our app"],
        _ => &[],
    }
}

/// For each first byte (ASCII-lower-cased), the set of second letters `a..=z` (bit 0 for `a`)
/// of the [`furniture_starts`] for it.
static FURNITURE_SECOND: [u32; 128] = {
    let mut t = [0u32; 128];
    let mut first = 0;
    while first < 128 {
        let starts = furniture_starts(first as u8);
        let mut j = 0;
        while j < starts.len() {
            let second = starts[j].as_bytes()[1];
            assert!(second.is_ascii_lowercase());
            t[first] |= 1 << (second - b'a');
            j += 1;
        }
        first += 1;
    }
    t
};

/// Could the ASCII line `b` start with one of [`furniture_starts`] (ASCII case-insensitively)?
/// A necessary test on its first two bytes; [`starts_with_any_ignore_ascii_case`] decides.
#[inline]
fn could_start_furniture(b: &[u8]) -> bool {
    match b {
        [first, second, ..] if *first < 0x80 => {
            let second = second.to_ascii_lowercase();
            second.is_ascii_lowercase()
                && FURNITURE_SECOND[first.to_ascii_lowercase() as usize] & (1 << (second - b'a'))
                    != 0
        }
        _ => false,
    }
}

/// Does `s` start with one of `prefixes` (lower-case ASCII), ASCII case-insensitively? The
/// second byte is compared first: it rules out most prefixes of a list that shares a first
/// letter, without the full comparison (which compares whole chunks, with no early exit).
fn starts_with_any_ignore_ascii_case(s: &str, prefixes: &[&str]) -> bool {
    let second = s.as_bytes().get(1).map(u8::to_ascii_lowercase);
    prefixes.iter().any(|p| {
        (p.len() < 2 || p.as_bytes().get(1).copied() == second)
            && starts_with_ignore_ascii_case(s, p)
    })
}

/// `s` starts with `prefix`, ASCII case-insensitively. Byte by byte, stopping at the first
/// difference (the slice `eq_ignore_ascii_case` compares whole chunks: dearer on the short
/// prefixes and early differences here).
fn starts_with_ignore_ascii_case(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len()
        && s.bytes()
            .zip(prefix.bytes())
            .all(|(a, b)| a.eq_ignore_ascii_case(&b))
}

/// `FURNITURE.is_match(line)`, with a literal prefilter (see [`furniture_starts`]).
#[cfg(test)]
fn matches_furniture_regex(line: &str) -> bool {
    matches_furniture_regex_in(line, false)
}

/// [`matches_furniture_regex`] for a line of a text known to be ASCII when `ascii_text`
/// (then the line need not be checked for non-ASCII characters again).
fn matches_furniture_regex_in(line: &str, ascii_text: bool) -> bool {
    let Some(&first) = line.as_bytes().first() else {
        return false; // every alternative needs at least one character
    };
    // Every alternative starts with one of these letters, `©`, or a letter that Unicode case
    // folding maps to one of them (then the line is not ASCII).
    // In an ASCII text, most lines differ from every start in their first two letters ("The",
    // "Sales", "For"): a table lookup on the pair rules them out before the list is fetched
    // and compared. (A first letter without starts has an empty set of second letters.)
    if ascii_text && !could_start_furniture(line.as_bytes()) {
        return false;
    }
    let starts = furniture_starts(first);
    if first.is_ascii() && starts.is_empty() {
        return false;
    }
    // A non-ASCII character can only matter within the literal start (after it, every
    // alternative that needs more is entered by its ASCII start, or by `©`, which is not ASCII).
    let could = starts_with_any_ignore_ascii_case(line, starts)
        || (!ascii_text && !line.as_bytes()[..line.len().min(MAX_FURNITURE_START)].is_ascii());
    could && FURNITURE.is_match(line)
}

/// The longest literal start of [`furniture_starts`], in bytes.
const MAX_FURNITURE_START: usize = 22;

/// Word fragments that every share bar, furniture phrase and podcast promo contains (lower
/// case; matched ASCII case-insensitively): they select the lines worth the detailed tests.
const HINTS: [&str; 8] = [
    "share",
    "tweet",
    "facebook",
    "reserved",
    "comment",
    "discussion",
    "conversation",
    "podcast",
];

/// Indices into [`HINTS`].
const SHARE: usize = 0;
const RESERVED: usize = 3;
const COMMENT: usize = 4;
const DISCUSSION: usize = 5;
const CONVERSATION: usize = 6;
const PODCAST: usize = 7;

/// The [`Line::hints`] bits of the hints that every [`FURNITURE_PHRASES`] entry contains one
/// of: a line without them has no phrase.
const PHRASE_HINTS: u8 = 1 << RESERVED | 1 << COMMENT | 1 << DISCUSSION | 1 << CONVERSATION;

/// The [`Line::hints`] bit of "podcast", which [`is_podcast_promo`] needs.
const PODCAST_HINT: u8 = 1 << PODCAST;

/// [`HINTS`] one by one, where [`HINT_SEARCHER`] is not available.
static FURNITURE_HINTS: LazyLock<Vec<memchr::memmem::Finder<'static>>> = LazyLock::new(|| {
    HINTS
        .iter()
        .map(|h| memchr::memmem::Finder::new(h.as_bytes()))
        .collect()
});

/// Furniture phrases that may stand anywhere in a short line.
const FURNITURE_PHRASES: &[&str] = &[
    "all rights reserved",
    "leave a comment",
    "join the conversation",
    "join the discussion",
    "post a comment",
    "be the first to comment",
    "comments are closed",
];

/// Whole-line furniture: the regex or a phrase. `detect` runs the two halves apart (the
/// regex on every short line, the phrases on hinted ones); this is their definition.
#[cfg(test)]
fn is_furniture(line: &str) -> bool {
    if line.len() > MAX_FURNITURE_LEN {
        return false;
    }
    if matches_furniture_regex(line) {
        return true;
    }
    contains_any_lower(line, FURNITURE_PHRASES)
}

/// One of [`FURNITURE_PHRASES`] in `line`, as [`contains_any_lower`] finds them; an ASCII
/// line is searched without a lower-cased copy.
fn has_furniture_phrase(line: &str) -> bool {
    if line.is_ascii() {
        FURNITURE_PHRASES
            .iter()
            .any(|n| contains_ignore_ascii_case(line, n))
    } else {
        contains_any_lower(line, FURNITURE_PHRASES)
    }
}

/// Does `line.to_lowercase()` contain one of `needles` (lower-case ASCII)?
fn contains_any_lower(line: &str, needles: &[&str]) -> bool {
    // For an ASCII line the ASCII lower case is the lower case (and cheaper to make).
    let l = if line.is_ascii() {
        line.to_ascii_lowercase()
    } else {
        line.to_lowercase()
    };
    needles.iter().any(|n| l.contains(n))
}

/// `line.to_ascii_lowercase().contains(needle)` for a lower-case `needle`, without allocating.
fn contains_ignore_ascii_case(line: &str, needle: &str) -> bool {
    let (h, n) = (line.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return true;
    };
    let upper = first.to_ascii_uppercase();
    let mut from = 0;
    while let Some(at) = memchr::memchr2(first, upper, &h[from..]) {
        let at = from + at;
        if h.len() - at < n.len() {
            return false;
        }
        if h[at..at + n.len()].eq_ignore_ascii_case(n) {
            return true;
        }
        from = at + 1;
    }
    false
}

/// Lines longer than this are prose, never furniture (saves regex work on every body line).
const MAX_FURNITURE_LEN: usize = 240;

static BYLINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:by|written\ by|reported\ by|reporting\ by)\s+(?P<author>[^|•·]+?)\s*(?:[|•·]|\b(?:updated|published|posted|last\ updated)\b|$)",
    )
    .expect("byline regex")
});

static DATELINE_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:updated|published|posted|last updated|date)\b").expect("dateline regex")
});

/// Could `line` match [`BYLINE`]? Its literal starts, ASCII case-insensitively; lines with a
/// non-ASCII start go to the regex (Unicode case folding, as for [`furniture_starts`]).
fn could_be_byline(line: &str) -> bool {
    let head = &line.as_bytes()[..line.len().min(16)];
    if !head.is_ascii() {
        return true;
    }
    // The first two letters of each start, compared at once: prose lines starting "But",
    // "With", "Reuters" stop here. (`b | 0x20` is a lower-case letter exactly when `b` is
    // that letter in either case.)
    let pair = match head {
        [a, b, ..] => (a | 0x20, b | 0x20),
        _ => return false, // every start has two letters or more
    };
    matches!(pair, (b'b', b'y') | (b'w', b'r') | (b'r', b'e'))
        && starts_with_any_ignore_ascii_case(
            line,
            &["by", "written by", "reported by", "reporting by"],
        )
}

fn words(line: &str) -> impl Iterator<Item = &str> {
    line.split(|c: char| c.is_whitespace() || c == '|' || c == '/')
        .filter(|w| !w.is_empty())
}

fn heading_key(line: &str) -> &str {
    // A line that starts and ends with a visible ASCII character other than `#` and `:` is
    // its own key (the common case: no trims to run).
    if let (Some(&f), Some(&l)) = (line.as_bytes().first(), line.as_bytes().last()) {
        let visible = |b: u8| b > b' ' && b < 0x80;
        if visible(f) && f != b'#' && visible(l) && l != b':' {
            return line;
        }
    }
    trim(trim(line).trim_start_matches('#').trim_end_matches(':'))
}

/// Bit `n` is set when some entry of [`TAIL_HEADINGS`] or [`HIGHLIGHT_HEADINGS`] is `n` bytes
/// long (all are shorter than 64).
const HEADING_LENGTHS: u64 = {
    let lists = [TAIL_HEADINGS, HIGHLIGHT_HEADINGS];
    let mut mask = 0u64;
    let mut i = 0;
    while i < lists.len() {
        let mut j = 0;
        while j < lists[i].len() {
            assert!(lists[i][j].len() < 64);
            mask |= 1 << lists[i][j].len();
            j += 1;
        }
        i += 1;
    }
    mask
};

/// Is the heading `line`, lower-cased, one of [`TAIL_HEADINGS`], one of
/// [`HIGHLIGHT_HEADINGS`]? Both from one key. ASCII headings are compared without allocating;
/// others are lower-cased as Unicode first.
fn headings(line: &str) -> (bool, bool) {
    let key = heading_key(line);
    if key.is_ascii() {
        // Most short lines have a length no heading has (ASCII lower-casing keeps the length).
        let len = key.len();
        if len >= 64 || HEADING_LENGTHS & (1 << len) == 0 {
            return (false, false);
        }
        let is_in = |list: &[&str]| list.iter().any(|h| h.eq_ignore_ascii_case(key));
        (is_in(TAIL_HEADINGS), is_in(HIGHLIGHT_HEADINGS))
    } else {
        let lower = key.to_lowercase();
        (
            TAIL_HEADINGS.contains(&lower.as_str()),
            HIGHLIGHT_HEADINGS.contains(&lower.as_str()),
        )
    }
}

fn is_share_bar(line: &str) -> bool {
    if line.len() > 160 {
        return false;
    }
    // An ASCII line (nearly all of them: this runs on every line with "shares" in it) is
    // split into words as bytes; `words` decodes every char.
    if line.is_ascii() {
        let sep = |b: &u8| crate::segment::is_ascii_space(*b) || matches!(b, b'|' | b'/');
        let words = line.as_bytes().split(sep).filter(|w| !w.is_empty());
        share_bar_words(words)
    } else {
        share_bar_words(words(line).map(str::as_bytes))
    }
}

/// The share-bar test of [`is_share_bar`] on the words of a line.
fn share_bar_words<'a>(words: impl Iterator<Item = &'a [u8]>) -> bool {
    let mut total = 0;
    let mut share = 0;
    let mut strong = 0;
    for w in words {
        total += 1;
        // The length test first: most words have a length no share word of its first letter
        // has, and it spares the case-insensitive comparison.
        let found = SHARE_WORDS
            .iter()
            .find(|s| s.len() == w.len() && s.as_bytes().eq_ignore_ascii_case(w));
        if let Some(s) = found {
            share += 1;
            if !matches!(*s, "on" | "via" | "x") {
                strong += 1;
            }
        } else if total - share > 3 {
            // At most 15 words, 80% of them share words: at most 3 others. Prose that merely
            // mentions "shares" stops here, after a few words.
            return false;
        }
    }
    total <= 15 && strong >= 3 && share * 10 >= total * 8
}

/// [`is_share_bar`] on `words` (the definition; the ASCII path must agree with it).
#[cfg(test)]
fn is_share_bar_general(line: &str) -> bool {
    line.len() <= 160 && share_bar_words(words(line).map(str::as_bytes))
}

fn is_podcast_promo(line: &str) -> bool {
    if line.len() > 600 || !contains_ignore_ascii_case(line, "podcast") {
        return false;
    }
    contains_any_lower(
        line,
        &[
            "subscribe",
            "apple podcasts",
            "spotify",
            "google podcasts",
            "listen",
            "episode",
        ],
    )
}

fn is_bullet(line: &str) -> bool {
    let t = trim_start(line);
    t.starts_with(['•', '·', '▪', '►', '-', '*', '–'])
        || t.split_once(['.', ')']).is_some_and(|(n, rest)| {
            !n.is_empty()
                && n.len() <= 3
                && n.bytes().all(|b| b.is_ascii_digit())
                && rest.starts_with(' ')
        })
}

/// A headline: a few words, no sentence-final full stop or comma.
fn looks_like_headline(line: &str) -> bool {
    let t = trim(line);
    // Counting stops past the limit: a long line's words need not all be found.
    let n = words(t).take(31).count();
    (2..=30).contains(&n) && !t.ends_with(['.', ',', ';', ':']) && !is_bullet(t)
}

/// A short line that carries a date ("Updated: 16 February 2021 09:43 IST", " date 2021-02-16 Technology News").
fn looks_like_dateline(line: &str) -> bool {
    let t = trim(line);
    // Byte tests first: most lines have no year and no dateline word, and need no word count.
    let (year, word) = (has_year(t), could_be_dateline_word(t));
    (year || word)
        && words(t).take(11).count() <= 10
        && ((year && parse_date(t).is_some()) || (word && DATELINE_WORDS.is_match(t)))
}

/// `looks_like_dateline(t) && words(t).take(9).count() <= 8` for a trimmed `t`, the test of
/// the first lines of the body: the word limit is checked before the date patterns (it
/// implies the limit of 10 there), so a long line with a year pays for no `parse_date`,
/// ~20,000 instructions when its regexes run, and `t` is not trimmed again.
fn looks_like_short_dateline(t: &str) -> bool {
    let (year, word) = (has_year(t), could_be_dateline_word(t));
    (year || word)
        && words(t).take(9).count() <= 8
        && ((year && parse_date(t).is_some()) || (word && DATELINE_WORDS.is_match(t)))
}

/// The literal starts of the [`DATELINE_WORDS`] alternatives.
const DATELINE_STARTS: &[&str] = &["updated", "published", "posted", "last updated", "date"];

/// Could `t` match [`DATELINE_WORDS`]? Only if it starts with one of its alternatives, ASCII
/// case-insensitively, or has a non-ASCII character among its first bytes: Unicode case
/// folding maps a few of them to ASCII letters (`ſ` to `s`), so those lines go to the regex.
/// (The alternatives are at most 12 characters: a line whose first 13 bytes are ASCII matches
/// one only by its ASCII letters.)
fn could_be_dateline_word(t: &str) -> bool {
    let Some(&first) = t.as_bytes().first() else {
        return false;
    };
    // No non-ASCII letter case-folds to the first letters `u`, `p`, `l`, `d`.
    if first < 0x80 && !matches!(first | 0x20, b'u' | b'p' | b'l' | b'd') {
        return false;
    }
    !t.as_bytes()[..t.len().min(13)].is_ascii()
        || starts_with_any_ignore_ascii_case(t, DATELINE_STARTS)
}

/// Classifies every line and merges them into zone spans.
pub fn detect(text: &str, input_meta: &Meta) -> Zoning {
    let (lines, ascii_text) = lines(text);
    let mut zone_of: Vec<Option<Zone>> = vec![None; lines.len()]; // None = blank, decided later
    let mut meta = Meta::default();
    // Every pass looks at trimmed lines ([`Line::t`]).
    let trimmed = |i: usize| lines[i].t;
    let is_blank = |i: usize| lines[i].t.is_empty();

    // 1. Line-level furniture, bylines and datelines anywhere.
    for i in 0..lines.len() {
        let t = trimmed(i);
        if t.is_empty() {
            continue;
        }
        // A byline starts with a capital and names someone: a line opening "by the 14 banks"
        // continues hard-wrapped prose, and "By the time we arrived" is prose too.
        let byline_start = matches!(t.as_bytes()[0], b'B' | b'W' | b'R') && could_be_byline(t);
        if let Some(c) = byline_start.then(|| BYLINE.captures(t)).flatten() {
            let author = &c["author"];
            // "By April 15, ..." is a date ("By Jan Bolz" is a person).
            let mut author_words = author.split([' ', ',']).filter(|w| !w.is_empty());
            let (first, second) = (author_words.next(), author_words.next());
            let date = first.is_some_and(|w| crate::dates::month_number(w).is_some())
                && second.is_some_and(|w| w.starts_with(|c: char| c.is_ascii_digit()));
            let names_someone = author.chars().next().is_some_and(char::is_uppercase) && !date;
            if names_someone && words(t).take(26).count() <= 25 {
                zone_of[i] = Some(Zone::Byline);
                if meta.author.is_none() {
                    meta.author = Some(
                        c["author"]
                            .trim()
                            .trim_end_matches([',', '-'])
                            .trim()
                            .to_string(),
                    );
                }
                if meta.date.is_none() {
                    meta.date = parse_date(t);
                }
                continue;
            }
        }
        let short = t.len() <= MAX_FURNITURE_LEN;
        let hints = if t.len() <= 600 { lines[i].hints } else { 0 };
        // A short line that fails the regex is furniture only by a phrase ([`is_furniture`]
        // without its regex test, which has just failed). The phrase and podcast tests run
        // only where their hints are (exact bits: see [`mark_hints`]).
        if (short && matches_furniture_regex_in(t, ascii_text))
            || (hints != 0
                && ((short && hints & PHRASE_HINTS != 0 && has_furniture_phrase(t))
                    || is_share_bar(t)
                    || (hints & PODCAST_HINT != 0 && is_podcast_promo(t))))
        {
            zone_of[i] = Some(Zone::Boilerplate);
        }
    }

    // 2. The head of the page: furniture lines, then the title.
    let first_content = (0..lines.len()).find(|&i| !is_blank(i));
    let mut title_line = None;
    if let Some(first) = first_content {
        let given_title = input_meta
            .title
            .as_deref()
            .map(str::trim)
            .filter(|t| !t.is_empty());
        let mut i = first;
        // Page furniture before the headline: datelines and 1–2 word labels ("loading", "Home").
        let mut head = Vec::new();
        while i < lines.len() && head.len() < 8 {
            let t = trimmed(i);
            let furniture = t.is_empty() || zone_of[i] == Some(Zone::Boilerplate);
            let label = given_title.is_none()
                && (looks_like_dateline(t)
                    || (words(t).take(3).count() <= 2 && !t.ends_with(['.', '!', '?'])));
            if furniture || label {
                head.push(i);
            } else {
                break;
            }
            i += 1;
        }
        if i < lines.len() {
            let t = trimmed(i);
            let followed_by_break =
                i + 1 >= lines.len() || is_blank(i + 1) || zone_of[i + 1].is_some();
            let is_title = match given_title {
                Some(g) => t == g,
                None => looks_like_headline(t) && followed_by_break,
            };
            if is_title && zone_of[i].is_none() {
                title_line = Some(i);
                zone_of[i] = Some(Zone::Title);
                meta.title = Some(t.to_string());
                for &h in &head {
                    if !is_blank(h) && zone_of[h].is_none() {
                        let ht = trimmed(h);
                        zone_of[h] = Some(if looks_like_dateline(ht) {
                            Zone::Dateline
                        } else {
                            Zone::Boilerplate
                        });
                        if meta.date.is_none() {
                            meta.date = parse_date(ht);
                        }
                    }
                }
            }
        }
    }

    // 3. Standfirst: content between the title and a byline a few lines below it.
    if let Some(t) = title_line {
        let byline = (t + 1..lines.len().min(t + 12)).find(|&i| zone_of[i] == Some(Zone::Byline));
        if let Some(b) = byline {
            for z in zone_of.iter_mut().take(b).skip(t + 1) {
                if z.is_none() {
                    *z = Some(Zone::Highlights);
                }
            }
        }
    }

    // 4. Highlights blocks, repeated titles, datelines, and the page tail.
    let title_text = meta.title.clone();
    let mut in_highlights = false;
    let mut in_tail = false;
    let mut seen_body = false;
    #[allow(clippy::needless_range_loop)]
    // `zone_of` and `lines` are read and written by index together
    for i in 0..lines.len() {
        let t = trimmed(i);
        if t.is_empty() {
            continue;
        }
        if in_tail {
            zone_of[i] = Some(Zone::Boilerplate);
            continue;
        }
        if zone_of[i].is_some() {
            in_highlights &= zone_of[i] == Some(Zone::Highlights);
            continue;
        }
        // Headings are short: prose lines skip the comparisons.
        let short = t.len() <= 40;
        // One heading test for both lists (it has no effect besides its answer).
        let (tail_heading, highlight_heading) = if short { headings(t) } else { (false, false) };
        if seen_body && tail_heading {
            in_tail = true;
            zone_of[i] = Some(Zone::Boilerplate);
        } else if highlight_heading {
            in_highlights = true;
            zone_of[i] = Some(Zone::Highlights);
        } else if in_highlights && is_bullet(t) {
            zone_of[i] = Some(Zone::Highlights);
        } else if title_text
            .as_deref()
            .is_some_and(|title| title.len() == t.len() && title == t)
        {
            zone_of[i] = Some(Zone::Boilerplate); // the headline repeated by the page template
        } else if !seen_body && looks_like_short_dateline(t) {
            zone_of[i] = Some(Zone::Dateline);
            if meta.date.is_none() {
                meta.date = parse_date(t);
            }
        } else {
            in_highlights = false;
            seen_body = true;
            zone_of[i] = Some(Zone::Body);
        }
    }

    Zoning {
        spans: merge(text, &lines, &zone_of),
        meta,
    }
}

/// Blank lines join the zone before them; the spans cover the text exactly.
fn merge(text: &str, lines: &[Line], zone_of: &[Option<Zone>]) -> Vec<ZoneSpan> {
    // Room for the usual few zones: an empty `Vec` grew on its first push, once per article.
    let mut spans: Vec<ZoneSpan> = Vec::with_capacity(4);
    let first = zone_of
        .iter()
        .flatten()
        .next()
        .copied()
        .unwrap_or(Zone::Body);
    let mut current = first;
    for (line, z) in lines.iter().zip(zone_of) {
        let zone = z.unwrap_or(current);
        current = zone;
        match spans.last_mut() {
            Some(last) if last.zone == zone => last.end = line.next,
            _ => spans.push(ZoneSpan {
                zone,
                start: line.start,
                end: line.next,
            }),
        }
    }
    if let Some(first) = spans.first_mut() {
        first.start = 0;
    }
    match spans.last_mut() {
        Some(last) => last.end = text.len(),
        None if !text.is_empty() => spans.push(ZoneSpan {
            zone: Zone::Body,
            start: 0,
            end: text.len(),
        }),
        None => {}
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`MAX_FURNITURE_START`] covers every literal start, and the cheap paths agree with the
    /// regex and the allocating phrase search on lines with non-ASCII characters after,
    /// within and before their start.
    #[test]
    fn furniture_prefilters_agree() {
        for first in 0..=255u8 {
            for p in furniture_starts(first) {
                assert!(p.len() <= MAX_FURNITURE_START, "{p}");
            }
        }
        let lines = [
            "Advertisement",
            "advertisement é",
            "Loading…",
            "loading…é",
            "ſponsored",
            "\u{212a}ey words",
            "© 2021 Example",
            "Also read: Zürich rally",
            "Story continues below ▼",
            "Story continues belöw",
            "Follow us on Twitter for más",
            "Tags\u{a0}: markets",
            "Shares of the company rose 5 pct, Zürich traders said",
            "adding that é was not",
            "All Rights Reserved ©",
            "ALL RİGHTS RESERVED",
            "Leave a Comment é",
            "post a comment",
            "The company said it would post a comment later.",
            "",
        ];
        for line in lines {
            assert_eq!(
                matches_furniture_regex_in(line, false),
                FURNITURE.is_match(line),
                "{line:?}"
            );
            assert_eq!(
                has_furniture_phrase(line),
                contains_any_lower(line, FURNITURE_PHRASES),
                "{line:?}"
            );
        }
    }

    /// The fast line tests agree with their definitions: trimmed bounds, the two-letter
    /// furniture and byline prefilters, and the reordered head-dateline test, on ASCII and
    /// non-ASCII lines, CR LF, blank and whitespace-only lines and a very long line.
    #[test]
    fn fast_line_tests_match_definitions() {
        let long = "Shares of the company rose ".repeat(40);
        let cases = [
            "",
            " ",
            "\r",
            "  \r\n",
            "a",
            "ad",
            "Ad",
            "AD",
            "aD",
            "Advertisement",
            "The ad market",
            "Tags: x",
            "tOpics: y",
            "Th",
            "Copyright 2021",
            "company",
            "Click here",
            "For the latest news, follow us",
            "Story continues below",
            "Stock prices rose",
            "    The dry period means the temporao will be late this year.",
            "Showers continued throughout the week in",
            " \u{a0}Zürich\u{a0} ",
            "\u{2003}x\u{3000}",
            "é",
            "ſponsored",
            "\u{212A}remlin",
            "By Jane Doe",
            "BY JANE DOE",
            "bY jane",
            "But the company said",
            "With the rise",
            "Written by: Staff",
            "Reuters said",
            "Reporting by Jane Doe",
            "Rx",
            "B",
            "By",
            "Updated: 3 March 2022 14:05 IST",
            "Posted 2021-02-16",
            "Qtr ended Feb 28, 1987",
            "Sales rose in 1987 to 5.2 mln dlrs from 4.1 mln dlrs, the company said",
            "26-FEB-1987 15:01:01.79",
            "date 2021-02-16 Technology News Today Here",
            "\x00d",
            long.as_str(),
        ];
        for line in cases {
            for end in [line.len(), line.trim_end_matches(['\r', '\n']).len()] {
                assert_eq!(
                    trimmed_bounds(line, 0, end),
                    trimmed_bounds_general(line, 0, end),
                    "{line:?}"
                );
            }
            let t = trim(line);
            if t.is_ascii() {
                let first = t.as_bytes().first().copied().unwrap_or(b' ');
                let full = starts_with_any_ignore_ascii_case(t, furniture_starts(first));
                assert!(could_start_furniture(t.as_bytes()) || !full, "{t:?}");
                assert_eq!(
                    matches_furniture_regex_in(t, true),
                    FURNITURE.is_match(t),
                    "{t:?}"
                );
            }
            assert_eq!(
                could_be_byline(t),
                !t.as_bytes()[..t.len().min(16)].is_ascii()
                    || starts_with_any_ignore_ascii_case(
                        t,
                        &["by", "written by", "reported by", "reporting by"]
                    ),
                "{t:?}"
            );
            assert_eq!(
                looks_like_short_dateline(t),
                looks_like_dateline(t) && words(t).take(9).count() <= 8,
                "{t:?}"
            );
        }
    }

    /// The byte-level word split of `is_share_bar` gives the answers of the char-level one.
    #[test]
    fn share_bar_fast_path_matches_general() {
        let long = "Share ".repeat(40);
        let cases = [
            "",
            "Share on Facebook Tweet Snapchat Share Reddit Comment",
            "SHARE|FACEBOOK|TWEET|EMAIL",
            "share/facebook/tweet/email",
            "Share\ton\x0bFacebook\x0cTweet\rEmail",
            "Shares of the company rose 5 pct",
            "Share on X via Email Print",
            "Share Facebook Tweet Zürich",
            "Share\u{a0}Facebook\u{a0}Tweet\u{a0}Email",
            "Share Facebook \u{2003}Tweet Email",
            "Share  Facebook  Tweet",
            "on via x on via",
            "Facebook Twitter WhatsApp LinkedIn Pinterest Telegram Messenger Flipboard Pocket Copy Link Save Print Email E-mail Reddit",
            long.as_str(),
        ];
        for line in cases {
            assert_eq!(is_share_bar(line), is_share_bar_general(line), "{line:?}");
        }
        assert!(is_share_bar("SHARE|FACEBOOK|TWEET|EMAIL"));
        assert!(!is_share_bar("Shares of the company rose 5 pct"));
    }

    fn zone_of_line(text: &str, z: &Zoning, needle: &str) -> Zone {
        let at = text.find(needle).expect("needle in text");
        crate::model::zone_at(&z.spans, at)
    }

    const PAGE: &str = " date 2021-02-16 Technology News\nloading\n\nBig Tech Firm Unveils Folding Phone, Analysts Say ‘Bold’\n\nThe phone goes on sale in March.\n\nBy Press Trust of India | Updated: 3 March 2022 14:05 IST\nShare on Facebook Tweet Snapchat Share Reddit Comment\nBig Tech Firm Unveils Folding Phone, Analysts Say ‘Bold’\n\nHighlights\n  • The phone folds twice\n  • It costs Rs. 1.2 lakh\n\nThe company said on Monday that the phone would ship in March.\n\nAnalysts were impressed.\n\nCan the phone beat rivals? We discussed this on Orbital, our weekly technology podcast, which you can subscribe to via Apple Podcasts.\n\nComments\n\nFor the latest tech news, follow us on Twitter.\nRelated Stories\n  1. Another Story Headline Here\n© Copyright Example Media Limited 2022. All rights reserved.\n";

    #[test]
    fn scraped_page_zones() {
        let z = detect(PAGE, &Meta::default());
        let cases = [
            (" date 2021", Zone::Dateline),
            ("loading", Zone::Boilerplate),
            ("Big Tech Firm", Zone::Title),
            ("The phone goes on sale", Zone::Highlights),
            ("By Press Trust", Zone::Byline),
            ("Share on Facebook", Zone::Boilerplate),
            ("Highlights", Zone::Highlights),
            ("  • It costs", Zone::Highlights),
            ("The company said", Zone::Body),
            ("Analysts were impressed", Zone::Body),
            ("Can the phone", Zone::Boilerplate),
            ("Comments", Zone::Boilerplate),
            ("  1. Another", Zone::Boilerplate),
            ("© Copyright", Zone::Boilerplate),
        ];
        for (needle, want) in cases {
            assert_eq!(zone_of_line(PAGE, &z, needle), want, "{needle:?}");
        }
        // The repeated headline after the share bar is furniture.
        let second = PAGE.rfind("Big Tech Firm").unwrap();
        assert_eq!(crate::model::zone_at(&z.spans, second), Zone::Boilerplate);
        assert_eq!(
            z.meta.title.as_deref(),
            Some("Big Tech Firm Unveils Folding Phone, Analysts Say ‘Bold’")
        );
        assert_eq!(z.meta.author.as_deref(), Some("Press Trust of India"));
        assert_eq!(z.meta.date.as_deref(), Some("2022-03-03"));
    }

    #[test]
    fn clean_article_is_title_and_body() {
        let text = "Markets Rally on Rate Cut Hopes\n\nShares rose on Monday.\nInvestors cheered.\n\nComments from the central bank helped.\n";
        let z = detect(text, &Meta::default());
        let zones: Vec<Zone> = z.spans.iter().map(|s| s.zone).collect();
        assert_eq!(zones, vec![Zone::Title, Zone::Body]);
        assert_eq!(
            z.meta.title.as_deref(),
            Some("Markets Rally on Rate Cut Hopes")
        );
        assert_eq!(z.spans.last().unwrap().end, text.len());
    }

    /// Prose lines that begin like a byline are body: hard-wrapped "by the …", "By the time …".
    #[test]
    fn prose_starting_with_by_is_body() {
        for text in [
            "Banks lent more in March.\nThe rise was led\nby the 14 large money center banks, the Fed said.\n",
            "Shops were shut early.\n\nBy the time we arrived, the shops were shut.\n",
            "Sowing was late.\nBy April 15, 27.8 pct of the area had been sown.\n",
        ] {
            let z = detect(text, &Meta::default());
            assert!(
                z.spans.iter().all(|s| s.zone != Zone::Byline),
                "{text:?}: {:?}",
                z.spans
            );
            assert_eq!(z.meta.author, None, "{text:?}");
        }
        let z = detect(
            "Shops Shut Early\n\nBy Jane Doe\n\nShops were shut.\n",
            &Meta::default(),
        );
        assert_eq!(z.meta.author.as_deref(), Some("Jane Doe"));
    }

    #[test]
    fn wrapped_wire_text_has_no_title() {
        let text = "Showers continued throughout the week in\nthe cocoa zone, alleviating the drought.\n    The dry period means the crop will be late.\n";
        let z = detect(text, &Meta::default());
        assert_eq!(z.spans.len(), 1);
        assert_eq!(z.spans[0].zone, Zone::Body);
        assert_eq!(z.meta.title, None);
    }

    #[test]
    fn given_title_is_matched_only_when_equal() {
        let meta = Meta {
            title: Some("Ad sales boost profit".into()),
            ..Meta::default()
        };
        let z = detect("Quarterly profits jumped 76%.\n\nThe firm said so.", &meta);
        assert!(z.spans.iter().all(|s| s.zone == Zone::Body));
        let z = detect(
            "Ad sales boost profit\n\nQuarterly profits jumped 76%.",
            &meta,
        );
        assert_eq!(z.spans[0].zone, Zone::Title);
    }

    #[test]
    fn tail_heading_needs_body_before_it() {
        let text = "Comments\n\nThe minister's comments drew criticism on Tuesday.\n";
        let z = detect(text, &Meta::default());
        assert_eq!(zone_of_line(text, &z, "The minister"), Zone::Body);
    }

    #[test]
    fn share_bar_and_furniture_lines() {
        assert!(is_share_bar(
            "Share on Facebook Tweet Snapchat Share Reddit Comment"
        ));
        assert!(!is_share_bar(
            "Shares in Facebook fell on Monday after the company said"
        ));
        for line in [
            "Advertisement",
            "© 2021 Example",
            "Further reading: Kremlin, Putin",
            "All rights reserved.",
        ] {
            assert!(is_furniture(line), "{line}");
        }
        for line in ["The ad market grew.", "Read the statement in full."] {
            assert!(!is_furniture(line), "{line}");
        }
    }

    #[test]
    fn prefilters_agree_with_the_regexes() {
        let lines = [
            "Advertisement",
            "ADVERTISEMENTS",
            "ad",
            "Skip Ad",
            "Loading…",
            "Story continues below advertisement",
            "Tags: Kremlin",
            "topics :x",
            "© 2021 Example",
            "Copyright 2021",
            "Follow us on Twitter",
            "For the latest news, follow us",
            "\u{212A}remlin", // Kelvin sign: Unicode case folding makes it a `k`
            "ſponsored",      // long s folds to `s`
            "Admiral Smith said",
            "The ad market grew.",
            "Sales rose.",
            "",
            "By Jane Doe | Updated 3 March 2022",
            "by the way",
            "Reporting by Jane Doe; Editing by John Roe",
            "Written by: Staff",
            "Bylaws changed",
            "Real estate",
            "\u{212A}y Jane",
            "Sign up to our newsletter",
            "Zebra",
            "Ω",
        ];
        for line in lines {
            assert_eq!(
                matches_furniture_regex(line),
                FURNITURE.is_match(line),
                "{line:?}"
            );
            if line.is_ascii() {
                assert_eq!(
                    matches_furniture_regex_in(line, true),
                    FURNITURE.is_match(line),
                    "{line:?}"
                );
            }
            if BYLINE.is_match(line) {
                assert!(could_be_byline(line), "{line:?}");
            }
        }
        assert!(!could_be_byline("Real estate"));
    }

    #[test]
    fn year_prefilter() {
        let cases = [
            ("26-FEB-1987 15:01:01.79", true),
            ("Updated: 16 February 2021 09:43 IST", true),
            ("2021-02-16", true),
            ("Monday", false),
            ("Feb 26 - 198", false),
            ("\u{0661}\u{0669}\u{0668}\u{0667}-02-16", false), // Arabic-Indic digits: not a year
        ];
        for (s, want) in cases {
            assert_eq!(has_year(s), want, "{s}");
            assert_eq!(has_date(s), parse_date(s).is_some(), "{s}");
        }
    }

    #[test]
    fn hints_are_found_per_line() {
        let text = "Sales rose.\n  SHARE this \nThe end\r\ncomments\nPodcasts\nfaceboo\nk";
        let hinted: Vec<bool> = lines(text).0.iter().map(|l| l.hints != 0).collect();
        assert_eq!(hinted, vec![false, true, false, true, true, false, false]);
        // The case fold (`b | 0x20`) is exact only for hints of lower-case letters.
        for h in HINTS {
            assert!(h.bytes().all(|b| b.is_ascii_lowercase()), "{h}");
        }
        // Any mix of cases matches; bytes that fold onto other bytes do not.
        let text = "sHaRe\nTwEeT\nSH@RE\nS\x08ARE\nshar\u{c5}\nP{dcast\nCOMMENT";
        let hinted: Vec<bool> = lines(text).0.iter().map(|l| l.hints != 0).collect();
        assert_eq!(hinted, vec![true, true, false, false, false, false, true]);
    }

    /// Headings of either list, found from one key (case, `#` and `:` aside).
    #[test]
    fn headings_of_both_lists() {
        let cases = [
            ("Related Stories", (true, false)),
            ("## MOST READ:", (true, false)),
            ("comments", (true, false)),
            ("Key Points:", (false, true)),
            ("STORY HIGHLIGHTS", (false, true)),
            ("Related stories today", (false, false)),
            ("Highlights of the year", (false, false)),
            ("Comments were made", (false, false)),
            ("", (false, false)),
            ("Zürich", (false, false)),
            ("\u{130}n brief", (false, false)), // `İ` lower-cases to `i` plus a dot above
            ("RECOMMENDED FOR YOU", (true, false)),
        ];
        for (line, want) in cases {
            assert_eq!(headings(line), want, "{line:?}");
        }
    }

    /// `lines` says whether the text is ASCII, as `str::is_ascii` does.
    #[test]
    fn lines_tell_ascii_texts() {
        for text in ["", "abc\n", "a\x7f", "caf\u{e9}", "\u{2019}", "x\n\u{a0}"] {
            assert_eq!(lines(text).1, text.is_ascii(), "{text:?}");
        }
    }

    #[test]
    fn empty_and_blank_texts() {
        assert!(detect("", &Meta::default()).spans.is_empty());
        let z = detect("  \n\n ", &Meta::default());
        assert_eq!(z.spans.len(), 1);
        assert_eq!((z.spans[0].start, z.spans[0].end), (0, 5));
    }

    /// The fast text tests agree with the allocating ones they replace, on ASCII and
    /// non-ASCII lines (positives and negatives).
    #[test]
    fn fast_text_tests_match_reference() {
        let lines = [
            "",
            "Share on Facebook",
            "SHARE this",
            "sharp share",
            "shar",
            "All Rights Reserved.",
            "all rights reserve",
            "Listen to our PODCAST on Spotify",
            "podcas",
            "Join the Conversation",
            "Zürich: join the discussion ‘now’",
            "ZÜRICH — LEAVE A COMMENT",
            "\u{212a}ey points", // Kelvin sign: lower-cases to `k`
            "İstanbul comments are closed",
            "Be the first to comment",
            "be the first to commen",
            "Updated: 3 March",
            "published 2021",
            "Posted by",
            "last updated",
            "Date 2021-02-16",
            "dated",
            "The company said",
            "ūpdated",
            "po\u{17f}ted 3 March",
            "la\u{17f}t updated",
            "LAST UPDATED 2021",
            "lastupdated",
            "uPdAtEd: now",
            "publish",
            "ᴜpdated",
            "SHARESERVED rights",
            "shareserved",
            "all rights shareserved",
            "share reserved",
            "reservediscussion",
            "commentweet podcastweet",
            "tweetweet",
            "sharesharereserved",
        ];
        let needles = [
            "share",
            "podcast",
            "comment",
            "conversation",
            "reserved",
            "key points",
        ];
        for line in lines {
            for n in needles {
                assert_eq!(
                    contains_ignore_ascii_case(line, n),
                    line.to_ascii_lowercase().contains(n),
                    "{line:?} {n:?}"
                );
            }
            let l = line.to_lowercase();
            for set in [FURNITURE_PHRASES, &needles[..]] {
                assert_eq!(
                    contains_any_lower(line, set),
                    set.iter().any(|n| l.contains(n)),
                    "{line:?}"
                );
            }
            // The prefilter never rejects a line that the regex accepts.
            if DATELINE_WORDS.is_match(line) {
                assert!(could_be_dateline_word(line), "{line:?}");
            }
            for p in furniture_starts(line.as_bytes().first().copied().unwrap_or(b'a')) {
                assert!(!p.bytes().any(|b| b.is_ascii_uppercase()), "{p}");
            }
            // One packed search marks the lines that the per-hint searches mark.
            let one = lines_of(line);
            let lower = line.to_ascii_lowercase();
            let each = HINTS.iter().any(|h| lower.contains(h));
            assert_eq!(one.iter().any(|l| l.hints != 0), each, "{line:?}");
            // The exact bits: a phrase or "podcast" is found only on lines with their bits.
            let bits = one.iter().fold(0, |b, l| b | l.hints);
            let has = |set: u8| {
                HINTS
                    .iter()
                    .enumerate()
                    .any(|(k, h)| set & (1 << k) != 0 && lower.contains(h))
            };
            for set in [PHRASE_HINTS, PODCAST_HINT] {
                assert_eq!(bits & set != 0, has(set), "{line:?} {set:b}");
            }
        }
        // Every phrase holds a phrase hint (else the phrase test would be skipped wrongly).
        for phrase in FURNITURE_PHRASES {
            assert!(
                HINTS
                    .iter()
                    .enumerate()
                    .any(|(k, h)| PHRASE_HINTS & (1 << k) != 0 && phrase.contains(h)),
                "{phrase}"
            );
        }
        // Several lines: each hinted on its own.
        let text = "Share on X\nplain line\n  the podcast  \r\nnothing\ncomments";
        let hinted: Vec<bool> = lines_of(text).iter().map(|l| l.hints != 0).collect();
        assert_eq!(hinted, [true, false, true, false, true]);
    }

    fn lines_of(text: &str) -> Vec<Line<'_>> {
        lines(text).0
    }

    /// The fast heading key is the trimmed key on every kind of line.
    #[test]
    fn heading_key_matches_reference() {
        let lines = [
            "Comments",
            "## Related Stories:",
            "Related:",
            "#",
            ":",
            "",
            " x ",
            "Key points :",
            "Zürich",
            "Ünder:",
            "‘Quoted’",
            "#Trending",
            "Most read\u{a0}",
            "a",
            "A:b",
        ];
        for line in lines {
            let want = trim(trim(line).trim_start_matches('#').trim_end_matches(':'));
            assert_eq!(heading_key(line), want, "{line:?}");
        }
    }
}
