//! Value mentions: MONEY (normalised to [`Money`]), PERCENT, DATE and AGE.
//!
//! ```
//! use newsfacts::recognise::numeric::find_numeric;
//! let text = "A seat costs NASA around $80 million (roughly Rs. 580 crores).";
//! let found = find_numeric(text);
//! let money = found[0].money.as_ref().unwrap();
//! assert_eq!(&text[found[0].start..found[0].end], "$80 million");
//! assert_eq!((money.amount, money.currency.as_str(), money.approx), (80_000_000.0, "USD", true));
//! ```
//!
//! Takes the whole article text; gives non-overlapping mentions sorted by start, with byte
//! offsets, a normalised value and the rule that fired. Spans follow GUIDELINE.md: the whole
//! money expression with its magnitude words, without qualifiers ("around $80 million" → span
//! `$80 million`, qualifier "around").
//!
//! Speed: only two kinds of places are examined — runs of ASCII digits (a byte scan), and a
//! small case-insensitive Aho-Corasick set of anchor words (magnitude and currency words for
//! "five million dollars", "percent", "year-old", weekdays). All checks around them are ASCII
//! byte tests; no Unicode-aware regex runs over the text.
//!
//! Not done here: bare numbers after names (", 49,": the facts stage), relative dates ("last
//! week"), counts and measures ("5 million people", "7,000mAh"), which are never tagged.

mod currency;
mod money;
mod scan;
#[cfg(test)]
mod tests;
mod values;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use std::sync::OnceLock;

use crate::model::{Label, Money};
use scan::{before, number, number_words, skip_gap_back};

/// A value mention found in the text (byte offsets).
#[derive(Clone, Debug, PartialEq)]
pub struct NumericMention {
    pub start: usize,
    pub end: usize,
    pub label: Label,
    /// Set for MONEY.
    pub money: Option<Money>,
    /// Normalised value of PERCENT ("1.7"), DATE (ISO 8601) and AGE ("49").
    pub value: Option<String>,
    /// The rule that produced the mention (provenance), e.g. `money.prefix`, `date.iso`.
    pub rule: &'static str,
}

/// Stems that find anchor words for values written without digits ("five million dollars",
/// "five percent", "five-year-old") and weekdays. The stems are case-sensitive and chosen so
/// that their first bytes are rare ("llion", "r-old", not "year"): the automaton's SIMD
/// prefilter then seldom stops. Each hit is checked against the word it sits in. Only
/// magnitude words have a capitalised form: "Two Crore Rupees" is found, "Five Dollars" is not;
/// "ten euros" and "five year old" (spaced) are not found (with digits they are).
const STEMS: &[&str] = &[
    "hundred",
    "Hundred",
    "thousand",
    "Thousand",
    "llion",
    "lakh",
    "Lakh",
    "crore",
    "Crore",
    "dollars",
    "rupees",
    "pounds",
    "yen",
    "yuan",
    "ercent",
    " cent",
    "r-old",
    "rs-old",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Whole anchor words (lower-case) accepted around a stem hit.
const ANCHOR_WORDS: &[&str] = &[
    "hundred", "thousand", "million", "billion", "trillion", "lakh", "lakhs", "lac", "lacs",
    "crore", "crores", "dollars", "rupees", "euros", "pounds", "yen", "yuan", "percent", "per",
    "year", "years",
];
use crate::dates::WEEKDAYS;

fn anchors() -> &'static AhoCorasick {
    static A: OnceLock<AhoCorasick> = OnceLock::new();
    A.get_or_init(|| {
        AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostFirst)
            .build(STEMS)
            .expect("anchor automaton")
    })
}

/// Money, percent, date or age around the number written with digits at `i`.
fn at_digits(text: &str, i: usize) -> Option<NumericMention> {
    let n = number(text.as_bytes(), i)?;
    money::money_at(text, i)
        .or_else(|| values::percent_at(text, &n))
        .or_else(|| values::age_at(text, &n))
        .or_else(|| values::date_at(text, &n))
}

/// Money, percent or age written with number words, anchored on the word at `s..e`.
fn at_word_anchor(text: &str, s: usize) -> Option<NumericMention> {
    let t = text.as_bytes();
    // Digits right before the anchor ("5 million", "49-year-old"): the digit scan has it.
    let g = if before(t, s) == b'-' {
        s - 1
    } else {
        skip_gap_back(t, s).unwrap_or(s)
    };
    if before(t, g).is_ascii_digit() {
        return None;
    }
    for st in values::word_number_starts(t, s) {
        let Some(n) = number_words(t, st) else {
            continue;
        };
        let found = money::money_at(text, st)
            .or_else(|| values::percent_at(text, &n))
            .or_else(|| values::age_at(text, &n));
        if let Some(m) = found.filter(|m| m.end > s && m.start <= s) {
            return Some(m);
        }
    }
    None
}

/// All money, percent, date and age mentions in `text`: non-overlapping, sorted by start.
pub fn find_numeric(text: &str) -> Vec<NumericMention> {
    let t = text.as_bytes();
    let mut found: Vec<NumericMention> = Vec::new();
    let mut i = 0;
    while let Some(k) = next_digit(t, i) {
        i = k;
        let run_end = i + t[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        // Inside "1.5", "5,000" or "7-1/2": the number started earlier.
        let continued =
            matches!(before(t, i), b'.' | b',' | b'/') && i >= 2 && t[i - 2].is_ascii_digit();
        if !continued {
            if let Some(m) = at_digits(text, i) {
                i = run_end.max(m.end);
                found.push(m);
                continue;
            }
        }
        i = run_end;
    }
    for m in anchors().find_iter(text) {
        // The whole ASCII word around the stem (the first word of "per cent", "year-old").
        let mut s = m.start();
        if t[s] == b' ' {
            // " cent": the anchor word is "per" before it.
            s = match scan::word_start(t, s) {
                Some(w) => w,
                None => continue,
            };
        }
        while s > 0 && t[s - 1].is_ascii_alphabetic() {
            s -= 1;
        }
        let e = s + t[s..]
            .iter()
            .take_while(|b| b.is_ascii_alphabetic())
            .count();
        let word = &t[s..e];
        let is = |list: &[&str]| list.iter().any(|w| word.eq_ignore_ascii_case(w.as_bytes()));
        if is(&WEEKDAYS) {
            found.extend(values::weekday(t, s, e));
        } else if is(ANCHOR_WORDS) {
            found.extend(at_word_anchor(text, s));
        }
    }
    resolve_overlaps(found)
}

/// The first ASCII digit at or after `from`. Eight bytes at a time: most of a text has no
/// digit, and a byte-by-byte scan was a third of [`find_numeric`].
fn next_digit(t: &[u8], from: usize) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    let mut i = from;
    while let Some(chunk) = t.get(i..i + 8) {
        let Ok(bytes) = <[u8; 8]>::try_from(chunk) else {
            break;
        };
        // A byte is a digit iff it XOR '0' is below 10; "some byte below 10" is the exact
        // test `(y - 10·ONES) & !y & 0x80·ONES != 0` (valid for bounds up to 128).
        let y = u64::from_le_bytes(bytes) ^ (ONES * u64::from(b'0'));
        if y.wrapping_sub(ONES * 10) & !y & (ONES * 0x80) != 0 {
            break;
        }
        i += 8;
    }
    t.get(i..)?
        .iter()
        .position(u8::is_ascii_digit)
        .map(|k| i + k)
}

/// Sorts by start and keeps the earliest (then longest) of overlapping mentions.
fn resolve_overlaps(mut found: Vec<NumericMention>) -> Vec<NumericMention> {
    found.sort_by(|a, b| a.start.cmp(&b.start).then(b.end.cmp(&a.end)));
    let mut out: Vec<NumericMention> = Vec::with_capacity(found.len());
    for m in found {
        if out.last().is_none_or(|l| m.start >= l.end) {
            out.push(m);
        }
    }
    out
}
