//! Byte-level scanning helpers shared by the numeric recognisers: numbers written with digits
//! (Western and Indian grouping, decimals), number words ("five", "twenty-five", "a", "half a"),
//! magnitude words ("million", "bn", "lakh crore"), and word look-behind/look-ahead.
//!
//! Everything works on ASCII classes over bytes: non-ASCII bytes count as non-word characters,
//! so no Unicode tables sit on the hot path.

/// A number as an exact decimal: `mant × 10^-frac` ("1.1" → 11, 1).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Num {
    pub start: usize,
    pub end: usize,
    pub mant: u64,
    pub frac: u32,
    /// Written with words ("five", "a", "half a").
    pub words: bool,
    /// "a" / "half a": only a number when a magnitude word follows.
    pub needs_mag: bool,
}

impl Num {
    /// The value times `10^exp`, exact whenever the result is an integer below 2^53.
    pub fn scaled(&self, exp: i32) -> f64 {
        let e = exp - self.frac as i32;
        if e >= 0 {
            self.mant as f64 * 10f64.powi(e)
        } else {
            self.mant as f64 / 10f64.powi(-e)
        }
    }
    pub fn value(&self) -> f64 {
        self.scaled(0)
    }
}

#[inline]
pub fn byte(t: &[u8], i: usize) -> u8 {
    t.get(i).copied().unwrap_or(b' ')
}

/// Byte before `i`, or a space at the start of the text.
#[inline]
pub fn before(t: &[u8], i: usize) -> u8 {
    if i == 0 {
        b' '
    } else {
        t[i - 1]
    }
}

/// Skips one horizontal gap (spaces, tabs, NBSP, or a single line break with its indentation).
/// Returns the position after the gap, or `None` when there is no gap or it is a paragraph break.
pub fn skip_gap(t: &[u8], mut i: usize) -> Option<usize> {
    let start = i;
    let mut newlines = 0;
    while i < t.len() {
        match t[i] {
            b' ' | b'\t' => i += 1,
            b'\n' => {
                newlines += 1;
                i += 1
            }
            b'\r' => i += 1,
            0xC2 if byte(t, i + 1) == 0xA0 => i += 2,
            _ => break,
        }
    }
    (i > start && newlines <= 1 && i - start <= 12).then_some(i)
}

/// Skips back over one gap ending at `i`; returns the position where the gap starts.
pub fn skip_gap_back(t: &[u8], mut i: usize) -> Option<usize> {
    let end = i;
    let mut newlines = 0;
    while i > 0 {
        match t[i - 1] {
            b' ' | b'\t' | b'\r' => i -= 1,
            b'\n' => {
                newlines += 1;
                i -= 1
            }
            0xA0 if i >= 2 && t[i - 2] == 0xC2 => i -= 2,
            _ => break,
        }
    }
    (i < end && newlines <= 1 && end - i <= 12).then_some(i)
}

/// The ASCII-letter word starting at `i` (end offset), if `i` starts one.
pub fn word_end(t: &[u8], i: usize) -> Option<usize> {
    if !byte(t, i).is_ascii_alphabetic() || before(t, i).is_ascii_alphanumeric() {
        return None;
    }
    let mut j = i;
    while j < t.len() && t[j].is_ascii_alphabetic() {
        j += 1;
    }
    (!byte(t, j).is_ascii_digit()).then_some(j)
}

/// The word after the gap following `i`: (start, end).
pub fn next_word(t: &[u8], i: usize) -> Option<(usize, usize)> {
    let s = skip_gap(t, i)?;
    Some((s, word_end(t, s)?))
}

/// The ASCII-letter word ending at `i` (start offset), if one ends exactly there.
pub fn word_start(t: &[u8], i: usize) -> Option<usize> {
    if i == 0 || !t[i - 1].is_ascii_alphabetic() || byte(t, i).is_ascii_alphanumeric() {
        return None;
    }
    let mut j = i;
    while j > 0 && t[j - 1].is_ascii_alphabetic() {
        j -= 1;
    }
    (!before(t, j).is_ascii_digit()).then_some(j)
}

/// The word before the gap preceding `i`: (start, end).
pub fn prev_word(t: &[u8], i: usize) -> Option<(usize, usize)> {
    let e = skip_gap_back(t, i)?;
    Some((word_start(t, e)?, e))
}

/// Case-insensitive comparison of `t[s..e]` with a lower-case ASCII word.
#[inline]
pub fn word_is(t: &[u8], s: usize, e: usize, w: &str) -> bool {
    t[s..e].eq_ignore_ascii_case(w.as_bytes())
}

/// A number written with digits starting at `i`: `123`, `5,000`, `1,00,000`, `1.1`.
/// Does not look at what precedes `i`; `None` for version-like strings ("1.2.3", "1,5").
pub fn number(t: &[u8], i: usize) -> Option<Num> {
    let mut j = i;
    let mut mant: u64 = 0;
    let mut digits = 0;
    while j < t.len() && t[j].is_ascii_digit() {
        mant = mant.checked_mul(10)?.checked_add((t[j] - b'0') as u64)?;
        digits += 1;
        j += 1;
    }
    if digits == 0 || digits > 15 {
        return None;
    }
    // Grouping: Western (,ddd)+ or Indian (,dd)*,ddd — the last group has three digits.
    if digits <= 3 && byte(t, j) == b',' {
        let mut k = j;
        let mut m = mant;
        let mut last_ok = None;
        while byte(t, k) == b',' {
            let g = t[k + 1..].iter().take_while(|b| b.is_ascii_digit()).count();
            if g != 2 && g != 3 {
                break;
            }
            for &d in &t[k + 1..k + 1 + g] {
                m = m.checked_mul(10)?.checked_add((d - b'0') as u64)?;
            }
            k += 1 + g;
            if g == 3 {
                last_ok = Some((k, m));
            }
        }
        if let Some((k, m)) = last_ok {
            j = k;
            mant = m;
        }
    }
    let mut frac = 0;
    if byte(t, j) == b'.' && byte(t, j + 1).is_ascii_digit() {
        j += 1;
        while j < t.len() && t[j].is_ascii_digit() {
            mant = mant.checked_mul(10)?.checked_add((t[j] - b'0') as u64)?;
            frac += 1;
            j += 1;
        }
        if frac > 9 {
            return None;
        }
    }
    // Wire copy's mixed fractions: "7-1/2 cts", "213-1/2 cents", "5-5/8 pct".
    if frac == 0 {
        if let Some((end, m, f)) = mixed_fraction(t, j, mant) {
            (j, mant, frac) = (end, m, f);
        }
    }
    // "1.2.3", "1,5", "12:30" glue: not a plain number.
    if matches!(byte(t, j), b'.' | b',' | b':') && byte(t, j + 1).is_ascii_digit() {
        return None;
    }
    Some(Num {
        start: i,
        end: j,
        mant,
        frac,
        words: false,
        needs_mag: false,
    })
}

/// "-1/2" at `j` after the whole part `whole`: the end, and the value as an exact decimal
/// (mantissa, decimals; thirds rounded to six places). Only the wire's denominators (2, 3, 4,
/// 8, 16, 32, 64) and a proper fraction: "3-4/5" and "1-10/2" are left alone.
fn mixed_fraction(t: &[u8], j: usize, whole: u64) -> Option<(usize, u64, u32)> {
    if byte(t, j) != b'-' {
        return None;
    }
    let digits = |k: usize| {
        t[k.min(t.len())..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    let nd = digits(j + 1);
    if nd == 0 || nd > 2 || byte(t, j + 1 + nd) != b'/' {
        return None;
    }
    let slash = j + 1 + nd;
    let dd = digits(slash + 1);
    if dd == 0 || dd > 2 {
        return None;
    }
    let end = slash + 1 + dd;
    if byte(t, end).is_ascii_alphanumeric() || byte(t, end) == b'/' {
        return None;
    }
    let parse = |s: usize, n: usize| -> u64 {
        t[s..s + n]
            .iter()
            .fold(0, |v, &b| v * 10 + u64::from(b - b'0'))
    };
    let (num, den) = (parse(j + 1, nd), parse(slash + 1, dd));
    if num == 0 || num >= den || ![2, 3, 4, 8, 16, 32, 64].contains(&den) {
        return None;
    }
    const SCALE: u64 = 1_000_000;
    let mut mant = whole
        .checked_mul(SCALE)?
        .checked_add((num * SCALE + den / 2) / den)?;
    let mut frac = 6;
    while frac > 0 && mant % 10 == 0 {
        mant /= 10;
        frac -= 1;
    }
    Some((end, mant, frac))
}

const UNITS: [&str; 19] = [
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

fn unit_value(w: &[u8]) -> Option<u64> {
    UNITS
        .iter()
        .position(|u| w.eq_ignore_ascii_case(u.as_bytes()))
        .map(|p| p as u64 + 1)
}

fn tens_value(w: &[u8]) -> Option<u64> {
    TENS.iter()
        .position(|u| w.eq_ignore_ascii_case(u.as_bytes()))
        .map(|p| (p as u64 + 2) * 10)
}

/// A number written with words starting at `i`: "five", "twenty-five", "twenty five",
/// "five hundred", and "a" / "half a" (which need a magnitude word after them).
pub fn number_words(t: &[u8], i: usize) -> Option<Num> {
    let e = word_end(t, i)?;
    let w = &t[i..e];
    let num = |end, mant, frac, needs_mag| Num {
        start: i,
        end,
        mant,
        frac,
        words: true,
        needs_mag,
    };
    if w.eq_ignore_ascii_case(b"a") || w.eq_ignore_ascii_case(b"an") {
        return Some(num(e, 1, 0, true));
    }
    if w.eq_ignore_ascii_case(b"half") {
        let (s2, e2) = next_word(t, e)?;
        return word_is(t, s2, e2, "a").then(|| num(e2, 5, 1, true));
    }
    let mut end = e;
    let mut v = if let Some(u) = unit_value(w) {
        u
    } else if let Some(tv) = tens_value(w) {
        // "twenty-five" or "twenty five"
        if byte(t, e) == b'-' {
            let e2 = word_end(t, e + 1).unwrap_or(e + 1);
            match unit_value(&t[e + 1..e2]) {
                Some(u) if u < 10 => {
                    end = e2;
                    tv + u
                }
                _ => tv,
            }
        } else if let Some((s2, e2)) = next_word(t, e) {
            match unit_value(&t[s2..e2]) {
                Some(u) if u < 10 => {
                    end = e2;
                    tv + u
                }
                _ => tv,
            }
        } else {
            tv
        }
    } else {
        return None;
    };
    if let Some((s2, e2)) = next_word(t, end) {
        if word_is(t, s2, e2, "hundred") {
            v *= 100;
            end = e2;
        }
    }
    Some(num(end, v, 0, false))
}

/// Magnitude words: (lower-case form, power of ten, may be glued to the digits without a hyphen).
const MAGNITUDES: &[(&str, i32, bool)] = &[
    ("k", 3, true),
    ("thousand", 3, false),
    ("m", 6, true),
    ("mn", 6, true),
    ("mln", 6, true),
    ("million", 6, false),
    ("b", 9, true),
    ("bn", 9, true),
    ("bln", 9, true),
    ("billion", 9, false),
    ("tn", 12, true),
    ("trillion", 12, false),
    ("lakh", 5, false),
    ("lakhs", 5, false),
    ("lac", 5, false),
    ("lacs", 5, false),
    ("crore", 7, false),
    ("crores", 7, false),
    ("cr", 7, true),
    ("hundred", 2, false),
];

fn magnitude_word(w: &[u8], glued: bool) -> Option<i32> {
    if w.len() > 8 || !matches!(w[0] | 0x20, b'k' | b't' | b'm' | b'b' | b'l' | b'c' | b'h') {
        return None;
    }
    MAGNITUDES
        .iter()
        .find(|(m, _, g)| w.eq_ignore_ascii_case(m.as_bytes()) && (!glued || *g || w.len() > 2))
        .map(|&(_, p, _)| p)
        .filter(|&p| !(glued && p == 2))
}

/// A magnitude after a number ending at `i`: glued ("5bn", "5m"), hyphenated ("1.1-Million",
/// "16,189-crore") or spaced ("80 million", "5 lakh crore"). Returns (end, power of ten).
pub fn magnitude(t: &[u8], i: usize) -> Option<(usize, i32)> {
    let c = byte(t, i);
    let (s, glued) = if c.is_ascii_alphabetic() {
        (i, true)
    } else if c == b'-' && byte(t, i + 1).is_ascii_alphabetic() {
        (i + 1, false)
    } else {
        (skip_gap(t, i)?, false)
    };
    let e = word_end_loose(t, s)?;
    let w = &t[s..e];
    let mut p = magnitude_word(w, glued)?;
    // Single letters only glued ("$5m"), never spaced ("5 m").
    if !glued && w.len() == 1 {
        return None;
    }
    if !glued && p == 2 {
        // "5 hundred" is rare enough; keep it out to avoid "2 hundred-year-old".
        return None;
    }
    let mut end = e;
    // "lakh crore", "thousand crore", "hundred million".
    if let Some((s2, e2)) = next_word(t, e) {
        if let Some(p2) = magnitude_word(&t[s2..e2], false) {
            if e2 - s2 > 2 && p2 > p && p2 != 2 {
                p += p2;
                end = e2;
            }
        }
    }
    Some((end, p))
}

/// Like `word_end` but allows a digit before `i` (for glued magnitudes "5bn").
fn word_end_loose(t: &[u8], i: usize) -> Option<usize> {
    if !byte(t, i).is_ascii_alphabetic() {
        return None;
    }
    let mut j = i;
    while j < t.len() && t[j].is_ascii_alphabetic() {
        j += 1;
    }
    (!byte(t, j).is_ascii_digit()).then_some(j)
}
