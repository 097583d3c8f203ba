//! PERCENT, DATE and AGE: value mentions other than money.
//!
//! Takes the text and a number found by the scanner; gives at most one mention around it, with
//! `value` normalised: PERCENT → the number ("1.7", "5-6"), DATE → ISO 8601 ("2021-02-16",
//! "2021-02", "2021", "--02-16" when the year is not written), AGE → the age ("49").
//! Dates are explicit calendar dates, month + year, years after "in"/"since"/..., and weekdays;
//! relative dates ("last week") are not recognised. Bare numbers after names (", 49,") are left
//! to the facts stage.

use super::scan::{
    before, byte, next_word, number, number_words, prev_word, skip_gap, word_end, word_is,
    word_start, Num,
};
use super::NumericMention;
use crate::model::Label;

fn mention(
    start: usize,
    end: usize,
    label: Label,
    value: Option<String>,
    rule: &'static str,
) -> NumericMention {
    NumericMention {
        start,
        end,
        label,
        money: None,
        value,
        rule,
    }
}

/// The number as written, without grouping commas ("5,000" → "5000", "five" → "5"); words
/// and mixed fractions as their value ("5-3/4" → "5.75").
fn num_text(text: &str, n: &Num) -> String {
    if n.words || text[n.start..n.end].contains('/') {
        let v = n.value();
        if v.fract() == 0.0 {
            format!("{}", v as u64)
        } else {
            format!("{v}")
        }
    } else {
        text[n.start..n.end].replace(',', "")
    }
}

/// A percent marker after `pos`: "%", " %", " per cent", " percent", " pct", "pc",
/// " percentage point(s)". Returns (end, is percentage points).
fn percent_marker(t: &[u8], pos: usize, words: bool) -> Option<(usize, bool)> {
    if !words {
        if byte(t, pos) == b'%' {
            return Some((pos + 1, false));
        }
        // "5pc" (UK press), glued only.
        if byte(t, pos) == b'p'
            && byte(t, pos + 1) == b'c'
            && !byte(t, pos + 2).is_ascii_alphanumeric()
        {
            return Some((pos + 2, false));
        }
    }
    let s = skip_gap(t, pos)?;
    if !words && byte(t, s) == b'%' && s - pos == 1 {
        return Some((s + 1, false));
    }
    let e = word_end(t, s)?;
    if word_is(t, s, e, "percent") || word_is(t, s, e, "pct") {
        return Some((e, false));
    }
    if word_is(t, s, e, "per") {
        if byte(t, e) == b'-' && word_end(t, e + 1).is_some_and(|e2| word_is(t, e + 1, e2, "cent"))
        {
            return word_end(t, e + 1).map(|e2| (e2, false));
        }
        let (s2, e2) = next_word(t, e)?;
        return word_is(t, s2, e2, "cent").then_some((e2, false));
    }
    if word_is(t, s, e, "percentage") {
        let (s2, e2) = next_word(t, e)?;
        return (word_is(t, s2, e2, "point") || word_is(t, s2, e2, "points")).then_some((e2, true));
    }
    None
}

/// PERCENT: "76%", "1.7 per cent", "10 percent", "5-6%", "-0.5%", "0.5 percentage points".
pub fn percent_at(text: &str, n: &Num) -> Option<NumericMention> {
    let t = text.as_bytes();
    let mut start = n.start;
    if !n.words
        && matches!(before(t, start), b'-' | b'+')
        && !before(t, start - 1).is_ascii_alphanumeric()
    {
        start -= 1;
    }
    if before(t, start).is_ascii_alphanumeric() || n.needs_mag {
        return None;
    }
    let mut value = String::new();
    let (end, points) = match percent_marker(t, n.end, n.words) {
        Some(found) => found,
        None => {
            // Range "5-6%", "5 to 6 per cent".
            if n.words {
                return None;
            }
            let j = if byte(t, n.end) == b'-' {
                n.end + 1
            } else {
                let (s, e) = next_word(t, n.end)?;
                if !word_is(t, s, e, "to") {
                    return None;
                }
                skip_gap(t, e)?
            };
            let n2 = number(t, j).filter(|_| byte(t, j).is_ascii_digit())?;
            let found = percent_marker(t, n2.end, false)?;
            value = format!("-{}", num_text(text, &n2));
            found
        }
    };
    if byte(t, end).is_ascii_alphanumeric() {
        return None;
    }
    value.insert_str(0, &num_text(text, n));
    if start < n.start {
        value.insert(0, t[start] as char);
    }
    let rule = if points { "percent.points" } else { "percent" };
    Some(mention(start, end, Label::Percent, Some(value), rule))
}

/// AGE: "49-year-old", "49 years old", "five-year-old", "aged 49", "age 49", "age of 49".
pub fn age_at(text: &str, n: &Num) -> Option<NumericMention> {
    let t = text.as_bytes();
    if n.frac > 0 || n.needs_mag || n.mant > 130 || before(t, n.start).is_ascii_alphanumeric() {
        return None;
    }
    let value = || Some(num_text(text, n));
    // "<n>-year-old"
    let sep = |j: usize| -> Option<usize> {
        if byte(t, j) == b'-' {
            Some(j + 1)
        } else {
            skip_gap(t, j).filter(|&g| g - j == 1)
        }
    };
    let year_old = (|| {
        let s = sep(n.end)?;
        let e = word_end(t, s)?;
        if !(word_is(t, s, e, "year") || word_is(t, s, e, "years") || word_is(t, s, e, "yr")) {
            return None;
        }
        let s2 = sep(e)?;
        let e2 = word_end(t, s2)?;
        word_is(t, s2, e2, "old").then_some(e2)
    })();
    if let Some(end) = year_old {
        if !byte(t, end).is_ascii_alphanumeric() {
            return Some(mention(n.start, end, Label::Age, value(), "age.year_old"));
        }
    }
    if n.words {
        return None;
    }
    // "aged 49", "age 49", "age of 49"
    if byte(t, n.end).is_ascii_alphanumeric() {
        return None;
    }
    let (s, e) = prev_word(t, n.start)?;
    if word_is(t, s, e, "aged") || word_is(t, s, e, "age") {
        return Some(mention(s, n.end, Label::Age, value(), "age.aged"));
    }
    if word_is(t, s, e, "of") {
        let (s0, e0) = prev_word(t, s)?;
        if word_is(t, s0, e0, "age") {
            return Some(mention(s0, n.end, Label::Age, value(), "age.aged"));
        }
    }
    None
}

/// Month number of a capitalised month name or abbreviation ("February", "Feb", "Sept", "FEB").
fn month_of(t: &[u8], s: usize, e: usize) -> Option<u32> {
    let w = &t[s..e];
    if !w[0].is_ascii_uppercase() || w.len() < 3 {
        return None;
    }
    // Abbreviations and full names; "Sept" is the one four-letter abbreviation.
    for (k, m) in crate::dates::MONTH_NAMES.iter().enumerate() {
        let full = m.as_bytes();
        if w.eq_ignore_ascii_case(full)
            || (w.len() == 3 && w.eq_ignore_ascii_case(&full[..3]))
            || (k == 8 && w.eq_ignore_ascii_case(b"sept"))
        {
            // All-caps only for abbreviations and in full ("FEB", "FEBRUARY"), not "MAy".
            let rest_lower = w[1..].iter().all(|b| b.is_ascii_lowercase());
            let all_upper = w.iter().all(|b| b.is_ascii_uppercase());
            return (rest_lower || all_upper).then_some(k as u32 + 1);
        }
    }
    None
}

/// The month name ending right before `i` (after a gap), with an optional abbreviation dot:
/// (start, month).
fn month_before(t: &[u8], i: usize) -> Option<(usize, u32)> {
    let g = super::scan::skip_gap_back(t, i)?;
    let e = if before(t, g) == b'.' { g - 1 } else { g };
    let s = word_start(t, e)?;
    let m = month_of(t, s, e)?;
    // "May." is not an abbreviation.
    if e != g && e - s > 4 && m != 9 {
        return None;
    }
    Some((s, m))
}

/// The month name after `pos` (after a gap): (end including an abbreviation dot, month).
fn month_after(t: &[u8], pos: usize) -> Option<(usize, u32)> {
    let (s, mut e) = next_word(t, pos)?;
    let m = month_of(t, s, e)?;
    if byte(t, e) == b'.' && e - s <= 4 {
        e += 1;
    }
    Some((e, m))
}

fn days_ok(m: u32, d: u64) -> bool {
    let max = match m {
        2 => 29,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    (1..=max).contains(&d)
}

/// A four-digit year after `pos`, optionally after a comma: (end, year).
fn year_after(t: &[u8], pos: usize) -> Option<(usize, u64)> {
    let p = if byte(t, pos) == b',' { pos + 1 } else { pos };
    let s = skip_gap(t, p)?;
    let n = number(t, s).filter(|_| byte(t, s).is_ascii_digit())?;
    (n.end - n.start == 4
        && n.frac == 0
        && (1000..3000).contains(&n.mant)
        && !byte(t, n.end).is_ascii_alphanumeric())
    .then_some((n.end, n.mant))
}

/// Day number with an optional ordinal suffix ("16", "16th"): end.
fn ordinal_end(t: &[u8], n: &Num) -> usize {
    let e = n.end;
    let suf = [b"st", b"nd", b"rd", b"th"];
    if suf
        .iter()
        .any(|s| t.get(e..e + 2).is_some_and(|w| w.eq_ignore_ascii_case(*s)))
        && !byte(t, e + 2).is_ascii_alphanumeric()
    {
        e + 2
    } else {
        e
    }
}

fn two_digits(t: &[u8], i: usize) -> Option<u64> {
    let (a, b) = (byte(t, i), byte(t, i + 1));
    (a.is_ascii_digit() && b.is_ascii_digit()).then(|| ((a - b'0') * 10 + (b - b'0')) as u64)
}

/// DATE starting at or around the digit number `n`.
pub fn date_at(text: &str, n: &Num) -> Option<NumericMention> {
    let t = text.as_bytes();
    if n.words || n.frac > 0 || before(t, n.start).is_ascii_alphanumeric() {
        return None;
    }
    let nd = n.end - n.start;
    if nd != 1 && nd != 2 && nd != 4 {
        return None;
    }
    let v = n.mant;
    // ISO 2021-02-16
    if nd == 4 && byte(t, n.end) == b'-' && byte(t, n.end + 3) == b'-' {
        let (m, d) = (two_digits(t, n.end + 1)?, two_digits(t, n.end + 4)?);
        let end = n.end + 6;
        if (1..=12).contains(&m) && days_ok(m as u32, d) && !byte(t, end).is_ascii_alphanumeric() {
            return Some(mention(
                n.start,
                end,
                Label::Date,
                Some(format!("{v:04}-{m:02}-{d:02}")),
                "date.iso",
            ));
        }
        return None;
    }
    // 16/02/2021 (day/month unless the numbers say otherwise)
    if nd <= 2 && byte(t, n.end) == b'/' {
        let b2 = number(t, n.end + 1).filter(|x| x.end - x.start <= 2 && x.frac == 0)?;
        if byte(t, b2.end) != b'/' {
            return None;
        }
        let y = number(t, b2.end + 1).filter(|x| x.end - x.start == 4 && x.frac == 0)?;
        if byte(t, y.end).is_ascii_alphanumeric() || byte(t, y.end) == b'/' {
            return None;
        }
        let (a, b) = (v, b2.mant);
        let value = if a > 12 && b <= 12 && days_ok(b as u32, a) {
            Some(format!("{:04}-{b:02}-{a:02}", y.mant))
        } else if (b > 12 || a == b) && a <= 12 && days_ok(a as u32, b) {
            Some(format!("{:04}-{a:02}-{b:02}", y.mant))
        } else if a <= 12 && b <= 12 {
            None
        } else {
            return None;
        };
        return Some(mention(n.start, y.end, Label::Date, value, "date.slash"));
    }
    // February 16(, 2021) / February 2021
    if let Some((ms, m)) = month_before(t, n.start) {
        if nd <= 2 && days_ok(m, v) {
            let e = ordinal_end(t, n);
            if byte(t, e).is_ascii_alphanumeric() {
                return None;
            }
            return Some(match year_after(t, e) {
                Some((ye, y)) => mention(
                    ms,
                    ye,
                    Label::Date,
                    Some(format!("{y:04}-{m:02}-{v:02}")),
                    "date.month_day_year",
                ),
                None => mention(
                    ms,
                    e,
                    Label::Date,
                    Some(format!("--{m:02}-{v:02}")),
                    "date.month_day",
                ),
            });
        }
        if nd == 4 && (1000..3000).contains(&v) && !byte(t, n.end).is_ascii_alphanumeric() {
            return Some(mention(
                ms,
                n.end,
                Label::Date,
                Some(format!("{v:04}-{m:02}")),
                "date.month_year",
            ));
        }
    }
    // 16 February(, 2021), 16th of February
    if nd <= 2 {
        let e = ordinal_end(t, n);
        let mut p = e;
        if let Some((s, we)) = next_word(t, e) {
            if word_is(t, s, we, "of") {
                p = we;
            }
        }
        if let Some((me, m)) = month_after(t, p) {
            if days_ok(m, v) && !byte(t, me).is_ascii_alphanumeric() {
                return Some(match year_after(t, me) {
                    Some((ye, y)) => mention(
                        n.start,
                        ye,
                        Label::Date,
                        Some(format!("{y:04}-{m:02}-{v:02}")),
                        "date.day_month_year",
                    ),
                    None => mention(
                        n.start,
                        me,
                        Label::Date,
                        Some(format!("--{m:02}-{v:02}")),
                        "date.day_month",
                    ),
                });
            }
        }
        return None;
    }
    // in 2021
    if nd == 4
        && (1900..2100).contains(&v)
        && !byte(t, n.end).is_ascii_alphanumeric()
        && byte(t, n.end) != b'%'
    {
        let (s, e) = prev_word(t, n.start)?;
        let lead = ["in", "since", "until", "till", "during", "by"];
        if !lead.iter().any(|w| word_is(t, s, e, w)) {
            return None;
        }
        // "in 2000 cases": a plural noun after the number makes it a count.
        if let Some((s2, e2)) = next_word(t, n.end) {
            let w = &t[s2..e2];
            let plural = w.len() > 3
                && w[0].is_ascii_lowercase()
                && w.ends_with(b"s")
                && !w.ends_with(b"ss");
            if plural
                && !matches!(
                    w,
                    b"was" | b"has" | b"this" | b"thus" | b"plus" | b"is" | b"as"
                )
            {
                return None;
            }
        }
        return Some(mention(
            n.start,
            n.end,
            Label::Date,
            Some(format!("{v:04}")),
            "date.year",
        ));
    }
    None
}

/// DATE for a weekday name spanning `s..e` (checked by the caller), when capitalised.
pub fn weekday(t: &[u8], s: usize, e: usize) -> Option<NumericMention> {
    let capitalised = byte(t, s).is_ascii_uppercase();
    (capitalised && word_end(t, s) == Some(e))
        .then(|| mention(s, e, Label::Date, None, "date.weekday"))
}

/// Number words before an anchor word ("five" in "five-year-old", "twenty five percent"):
/// the candidate starts, farthest first.
pub fn word_number_starts(t: &[u8], anchor: usize) -> Vec<usize> {
    let mut out = Vec::with_capacity(4);
    let mut at = anchor;
    for _ in 0..4 {
        // Hyphen-joined ("twenty-five-year-old") or gap-separated words.
        let s = if before(t, at) == b'-' {
            word_start(t, at - 1)
        } else {
            prev_word(t, at).map(|(s, _)| s)
        };
        let Some(s) = s else { break };
        out.push(s);
        at = s;
    }
    out.retain(|&s| number_words(t, s).is_some());
    out.reverse();
    out
}
