//! MONEY: an amount with its currency, normalised to `Money` (amount in the currency's unit,
//! ISO code, range upper bound, hedging qualifier).
//!
//! Takes the text and the start of a number (digits or number words); gives at most one money
//! mention starting there. Forms: prefix symbol or code ("$80 million", "Rs. 580 crores",
//! "EUR 1.1-Million", "Rs16,189-crore"), suffix code or name ("500 rupees", "20,000 EUR",
//! "five million dollars"), ranges ("$5-6 million", "$5 million to $7 million", "between $5 and
//! $6 million"). Qualifiers ("around", "more than") stay outside the span. A number with no
//! currency is never money ("5 million people").

use super::currency::currencies;
use super::scan::{
    before, byte, magnitude, next_word, number, number_words, prev_word, skip_gap, skip_gap_back,
    word_is, Num,
};
use super::NumericMention;
use crate::model::{Label, Money};

/// A currency form written before the number.
struct Prefix<'a> {
    start: usize,
    form: &'a str,
    code: &'a str,
    glued: bool,
}

/// Qualifiers that hedge an amount: (words nearest-first, phrase), longest first where one
/// is a suffix of another.
const QUALIFIERS: &[(&[&str], &str)] = &[
    (&["of", "excess", "in"], "in excess of"),
    (&["as", "much", "as"], "as much as"),
    (&["as", "little", "as"], "as little as"),
    (&["as", "many", "as"], "as many as"),
    (&["than", "more"], "more than"),
    (&["than", "less"], "less than"),
    (&["than", "fewer"], "fewer than"),
    (&["least", "at"], "at least"),
    (&["most", "at"], "at most"),
    (&["to", "up"], "up to"),
    (&["to", "close"], "close to"),
    (&["of", "upwards"], "upwards of"),
    (&["estimated", "an"], "an estimated"),
    (&["over", "just"], "just over"),
    (&["under", "just"], "just under"),
    (&["over", "well"], "well over"),
    (&["nearly"], "nearly"),
    (&["almost"], "almost"),
    (&["around"], "around"),
    (&["about"], "about"),
    (&["roughly"], "roughly"),
    (&["some"], "some"),
    (&["over"], "over"),
    (&["under"], "under"),
    (&["approximately"], "approximately"),
    (&["estimated"], "estimated"),
    (&["circa"], "circa"),
    (&["above"], "above"),
    (&["below"], "below"),
    (&["between"], "between"),
];

/// The hedging qualifier ending right before `i` (start, lower-cased words).
pub fn qualifier_before(text: &str, i: usize) -> Option<(usize, String)> {
    let t = text.as_bytes();
    // Up to three previous words, nearest first.
    let mut words = [(0usize, 0usize); 3];
    let mut n = 0;
    let mut at = i;
    while n < 3 {
        let Some((s, e)) = prev_word(t, at) else {
            break;
        };
        words[n] = (s, e);
        n += 1;
        at = s;
    }
    for &(q, phrase) in QUALIFIERS {
        let k = q.len();
        if k <= n
            && q.iter()
                .zip(&words[..k])
                .all(|(w, &(s, e))| word_is(t, s, e, w))
        {
            return Some((words[k - 1].0, phrase.to_string()));
        }
    }
    None
}

/// A hedge after the amount: "Rs 2 crore or less", "$5 million or more", "$300 or so" (the
/// offset is where it ends; the span stays the amount's).
fn qualifier_after(text: &str, end: usize) -> Option<(usize, String)> {
    let t = text.as_bytes();
    let (s1, e1) = next_word(t, end)?;
    let (s2, e2) = next_word(t, e1)?;
    if !word_is(t, s1, e1, "or") || s1 == end {
        return None;
    }
    ["more", "less", "so"]
        .iter()
        .find(|w| word_is(t, s2, e2, w))
        .map(|w| (e2, format!("or {w}")))
}

fn is_opener(c: char) -> bool {
    matches!(
        c,
        '(' | '[' | '{' | '"' | '\'' | '“' | '‘' | '—' | '–' | '-' | '~' | '/' | ':'
    )
}

/// The currency symbol or code written before the number at `i`, glued ("$80", "Rs16") or
/// after one space ("Rs. 580", "EUR 1.1").
fn prefix_before(text: &str, i: usize) -> Option<Prefix<'static>> {
    let t = text.as_bytes();
    let nbsp_before = i >= 2 && t[i - 2] == 0xC2 && t[i - 1] == 0xA0;
    let glued = !(before(t, i).is_ascii_whitespace() || nbsp_before);
    let end = if glued { i } else { skip_gap_back(t, i)? };
    let mut s = end;
    while s > 0
        && end - s < 10
        && !t[s - 1].is_ascii_whitespace()
        && !matches!(t[s - 1], b'(' | b'[' | b'"' | b'\'' | b'/' | b':' | b'~')
    {
        s -= 1;
    }
    if s == end || (s > 0 && end - s >= 10) {
        return None;
    }
    let form = text.get(s..end)?;
    let trimmed = form.trim_start_matches(is_opener);
    let start = end - trimmed.len();
    let cur = currencies();
    let (form, code) = cur.prefix_entry(trimmed)?;
    // A symbol must not be glued to a preceding word ("costs$5" is not read; "A$" is a form).
    Some(Prefix {
        start,
        form,
        code,
        glued,
    })
}

/// A range continuation after the low end: "-6 million", " to $7 million", " and $6 million".
fn range_after(
    text: &str,
    pos: usize,
    prefix_form: Option<&str>,
    allow_and: bool,
    allow_to: bool,
) -> Option<(Num, Option<i32>, usize)> {
    let t = text.as_bytes();
    let mut j = pos;
    let c = byte(t, j);
    let dash = if c == b'-' {
        1
    } else if c == 0xE2 && byte(t, j + 1) == 0x80 && matches!(byte(t, j + 2), 0x93 | 0x94) {
        3
    } else {
        0
    };
    if dash > 0 {
        j += dash;
    } else {
        let g = skip_gap(t, j)?;
        if byte(t, g) == b'-' {
            j = skip_gap(t, g + 1)?;
        } else if byte(t, g) == 0xE2
            && byte(t, g + 1) == 0x80
            && matches!(byte(t, g + 2), 0x93 | 0x94)
        {
            j = skip_gap(t, g + 3)?;
        } else {
            let (s, e) = next_word(t, j)?;
            let ok = (allow_to && word_is(t, s, e, "to")) || (allow_and && word_is(t, s, e, "and"));
            if !ok {
                return None;
            }
            j = skip_gap(t, e)?;
        }
    }
    if let Some(f) = prefix_form {
        if text.get(j..)?.starts_with(f) {
            j += f.len();
            if !byte(t, j).is_ascii_digit() {
                j = skip_gap(t, j)?;
            }
        }
    }
    if !byte(t, j).is_ascii_digit() {
        return None;
    }
    let n = number(t, j)?;
    let (end, mag) = match magnitude(t, n.end) {
        Some((e, p)) => (e, Some(p)),
        None => (n.end, None),
    };
    Some((n, mag, end))
}

/// Money starting with the number at `i` (its currency prefix may start before `i`).
pub fn money_at(text: &str, i: usize) -> Option<NumericMention> {
    let t = text.as_bytes();
    let first = if byte(t, i).is_ascii_digit() {
        number(t, i)?
    } else {
        number_words(t, i)?
    };
    let pre = if first.words {
        None
    } else {
        prefix_before(text, i)
    };
    if before(t, i).is_ascii_alphanumeric() && !pre.as_ref().is_some_and(|p| p.glued) {
        return None;
    }
    let (mut end, mag1) = match magnitude(t, first.end) {
        Some((e, p)) => (e, Some(p)),
        None => (first.end, None),
    };
    if first.needs_mag && mag1.is_none() {
        return None;
    }
    // Fast exit for plain numbers: no prefix, and nothing after that could be a range or a
    // currency name.
    if pre.is_none() {
        let next = skip_gap(t, end).map_or(byte(t, end), |g| byte(t, g));
        if !next.is_ascii_alphabetic() && !matches!(byte(t, end), b'-' | 0xE2) {
            return None;
        }
    }
    let span_start = pre.as_ref().map_or(i, |p| p.start);
    let prev = prev_word(t, span_start);
    let prev_is = |w: &str| prev.is_some_and(|(s, e)| word_is(t, s, e, w));
    // "from X to Y" is a change and a level, not a range; so is "by X to Y" when Y is far
    // above X ("rose by $19bn to $419bn"), not when it is near ("cut costs by $3.8m to
    // $4.9m", "by 14 to 16.7 billion dlrs": a range of the change).
    let (prev_between, prev_from, prev_by) = (prev_is("between"), prev_is("from"), prev_is("by"));

    // Range.
    let mut lo_exp = mag1.unwrap_or(0);
    let mut high: Option<(f64, bool)> = None;
    if !first.words {
        if let Some((n2, mag2, e2)) = range_after(
            text,
            end,
            pre.as_ref().map(|p| p.form),
            prev_between,
            !prev_from,
        ) {
            let hi_exp = mag2.or(mag1).unwrap_or(0);
            if mag1.is_none() && first.value() < n2.value() {
                lo_exp = hi_exp;
            }
            let (lo, hi) = (first.scaled(lo_exp), n2.scaled(hi_exp));
            if hi > lo && !(prev_by && hi >= 2.0 * lo) {
                high = Some((hi, mag2.is_some() || mag1.is_some()));
                end = e2;
            }
        }
    }
    if prev_between && high.is_none() {
        return None;
    }
    let has_mag = mag1.is_some() || high.is_some_and(|(_, m)| m);

    // Currency after the amount.
    let suf = skip_gap(t, end)
        .and_then(|s| currencies().suffix_at(text, s))
        .filter(|s| {
            if !s.weak {
                return true;
            }
            let followed_by_of = next_word(t, s.end).is_some_and(|(a, b)| word_is(t, a, b, "of"));
            (has_mag || pre.is_some()) && !followed_by_of
        });
    let (code, rule): (&str, &'static str) = match (&pre, &suf) {
        (Some(p), Some(s)) if s.code == p.code || matches!(p.form, "$" | "¥") => {
            end = s.end;
            (s.code, "money.prefix")
        }
        (Some(p), _) => (p.code, "money.prefix"),
        (None, Some(s)) => {
            end = s.end;
            (
                s.code,
                if first.words {
                    "money.words"
                } else {
                    "money.suffix"
                },
            )
        }
        (None, None) => return None,
    };
    // The amount must end at a word boundary: "$100W", "Rs 5G" are not money.
    if byte(t, end).is_ascii_alphanumeric() || byte(t, end) == b'%' {
        return None;
    }
    let (currency, shift) = match code.strip_suffix("-cent") {
        Some(c) => (c.to_string(), -2),
        None => (code.to_string(), 0),
    };
    let amount = first.scaled(lo_exp + shift);
    let amount_max = high.map(|(h, _)| h * 10f64.powi(shift));
    let qual = qualifier_before(text, span_start).or_else(|| qualifier_after(text, end));
    let approx = qual.as_ref().is_some_and(|(_, q)| q != "between");
    Some(NumericMention {
        start: span_start,
        end,
        label: Label::Money,
        money: Some(Money {
            amount,
            amount_max,
            currency,
            approx,
            qualifier: qual.map(|(_, q)| q),
        }),
        value: None,
        rule,
    })
}
