//! Calendar dates in metadata (datelines, input fields) → ISO 8601 `YYYY-MM-DD`.
//!
//! Takes a free-form string such as "Updated: 16 February 2021 09:43 IST" or Reuters'
//! "26-FEB-1987 15:01:01.79" and gives the first full calendar date in it. It does not
//! resolve relative dates ("Monday", "last week"): those need a reference date.

use regex::Regex;
use std::sync::LazyLock;

/// English month names, January first (shared with the value recognisers).
pub const MONTH_NAMES: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// English weekday names, Monday first (shared with the value and name recognisers).
pub const WEEKDAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// Month number (1–12) of an English month name or abbreviation ("Feb", "February", "Sept.").
pub fn month_number(word: &str) -> Option<u32> {
    month_number_bytes(word.trim_end_matches('.').as_bytes())
}

/// [`month_number`] of a word without its trailing dots, compared byte by byte, ASCII case
/// folded on the fly: no lower-cased copy and no UTF-8 check (a non-ASCII byte never equals
/// a month name's), which cost ~180 instructions per Reuters date.
fn month_number_bytes(word: &[u8]) -> Option<u32> {
    // No month name is longer than "september".
    if word.len() < 3 || word.len() > 9 {
        return None;
    }
    let head = [
        word[0].to_ascii_lowercase(),
        word[1].to_ascii_lowercase(),
        word[2].to_ascii_lowercase(),
    ];
    let i = MONTH_NAMES.iter().position(|m| m.as_bytes()[..3] == head)?;
    let name = MONTH_NAMES[i].as_bytes();
    // Accept "feb", "february", "sept", but not "marching".
    let prefix = word.len() <= name.len()
        && word
            .iter()
            .zip(name)
            .all(|(w, n)| w.to_ascii_lowercase() == *n);
    (prefix || word.eq_ignore_ascii_case(b"sept")).then_some(i as u32 + 1)
}

static ISO: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?-u:\b)(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?-u:\b)").unwrap());
static DAY_MONTH_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u:\b)(\d{1,2})(?:st|nd|rd|th)?[ \-]+([A-Za-z]{3,9})\.?,?[ \-]+(\d{4})(?-u:\b)")
        .unwrap()
});
static MONTH_DAY_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i-u:\b)([A-Za-z]{3,9})\.? +(\d{1,2})(?:st|nd|rd|th)?,? +(\d{4})(?-u:\b)")
        .unwrap()
});

/// The first full calendar date in `s`, as `YYYY-MM-DD`.
pub fn parse_date(s: &str) -> Option<String> {
    // The hand parser first: it is exact on its own (see its doc), and a Reuters date then
    // skips the prefilter's scan.
    if let Some(iso) = leading_day_month_year(s.as_bytes()) {
        return Some(iso);
    }
    // Every form needs four digits in a row: an ASCII string without them has no date.
    if s.is_ascii() && !has_four_ascii_digits(s.as_bytes()) {
        return None;
    }
    parse_date_regex(s)
}

fn has_four_ascii_digits(b: &[u8]) -> bool {
    let mut run = 0;
    for &c in b {
        run = if c.is_ascii_digit() { run + 1 } else { 0 };
        if run == 4 {
            return true;
        }
    }
    false
}

/// Reuters' form at the very start, "26-FEB-1987 …" (`D{1,2}-Mon-YYYY`), parsed by hand.
/// When it parses and validates, the day-month-year pattern matches at offset 0 with these
/// captures, and no pattern can match earlier or tie there first (an ISO date needs four digits
/// at 0), so the result is what the patterns would give; otherwise `None` and the caller runs
/// the patterns.
fn leading_day_month_year(b: &[u8]) -> Option<String> {
    let digits = |from: usize| {
        b[from.min(b.len())..]
            .iter()
            .take_while(|c| c.is_ascii_digit())
            .count()
    };
    let nd = digits(0);
    if !(1..=2).contains(&nd) || b.get(nd) != Some(&b'-') {
        return None;
    }
    let m0 = nd + 1;
    let nm = b[m0..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    if !(3..=9).contains(&nm) || b.get(m0 + nm) != Some(&b'-') {
        return None;
    }
    let y0 = m0 + nm + 1;
    // Exactly four digits, then the end or an ASCII non-word byte (the pattern's `\b`).
    if digits(y0) != 4
        || b.get(y0 + 4)
            .is_some_and(|c| c.is_ascii_alphanumeric() || *c == b'_' || !c.is_ascii())
    {
        return None;
    }
    let num = |from: usize, to: usize| {
        b[from..to]
            .iter()
            .fold(0u32, |n, c| n * 10 + u32::from(c - b'0'))
    };
    let (d, y) = (num(0, nd), num(y0, y0 + 4));
    // ASCII letters only: no trailing dot to trim, as `month_number` would.
    let m = month_number_bytes(&b[m0..m0 + nm])?;
    if !(1000..=2999).contains(&y) || !(1..=31).contains(&d) {
        return None;
    }
    Some(iso(y, m, d))
}

/// `YYYY-MM-DD` of a validated date (year 1000–2999, month 1–12, day 1–31), as
/// `format!("{y:04}-{m:02}-{d:02}")` gives it, without the formatting machinery: two-digit
/// pieces of a constant table pushed as `&str`s (pushing ten chars one by one cost ~330
/// instructions, a capacity and UTF-8 encoding step each; a byte array checked by
/// `from_utf8`, ~290).
fn iso(y: u32, m: u32, d: u32) -> String {
    let pair = |n: u32| {
        let i = (n % 100) as usize * 2;
        &PAIRS[i..i + 2]
    };
    let mut s = String::with_capacity(10);
    for piece in [pair(y / 100), pair(y), "-", pair(m), "-", pair(d)] {
        s.push_str(piece);
    }
    s
}

/// "00" to "99", for [`iso`].
const PAIRS: &str = "00010203040506070809101112131415161718192021222324252627282930313233343536373839\
                     40414243444546474849505152535455565758596061626364656667686970717273747576777879\
                     8081828384858687888990919293949596979899";

/// `parse_date` by its three patterns: the earliest valid leftmost match wins.
fn parse_date_regex(s: &str) -> Option<String> {
    let mut best: Option<(usize, String)> = None;
    let mut consider = |at: usize, y: &str, m: u32, d: &str| {
        let (Ok(y), Ok(d)) = (y.parse::<u32>(), d.parse::<u32>()) else {
            return;
        };
        if !(1000..=2999).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return;
        }
        if best.as_ref().is_none_or(|(b, _)| at < *b) {
            best = Some((at, iso(y, m, d)));
        }
    };
    if let Some(c) = ISO.captures(s) {
        if let Ok(m) = c[2].parse::<u32>() {
            consider(c.get(0).map_or(0, |g| g.start()), &c[1], m, &c[3]);
        }
    }
    if let Some(c) = DAY_MONTH_YEAR.captures(s) {
        if let Some(m) = month_number(&c[2]) {
            consider(c.get(0).map_or(0, |g| g.start()), &c[3], m, &c[1]);
        }
    }
    if let Some(c) = MONTH_DAY_YEAR.captures(s) {
        if let Some(m) = month_number(&c[1]) {
            consider(c.get(0).map_or(0, |g| g.start()), &c[3], m, &c[2]);
        }
    }
    best.map(|(_, iso)| iso)
}

/// `parse_date`, or the trimmed raw value when it has no recognisable date.
pub fn normalise_date(s: &str) -> Option<String> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    Some(parse_date(t).unwrap_or_else(|| t.to_string()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_news_date_forms() {
        let cases = [
            (
                "By AFP | Updated: 16 February 2021 09:43 IST",
                Some("2021-02-16"),
            ),
            ("26-FEB-1987 15:01:01.79", Some("1987-02-26")),
            ("2021-02-16", Some("2021-02-16")),
            ("February 16, 2021", Some("2021-02-16")),
            ("Feb. 3, 2022", Some("2022-02-03")),
            ("3rd March 2022", Some("2022-03-03")),
            ("Published 2019/7/4 10:00", Some("2019-07-04")),
            ("Monday", None),
            ("in 2011", None),
            ("31 Foo 2020", None),
            ("2021-13-40", None),
        ];
        for (input, want) in cases {
            assert_eq!(parse_date(input).as_deref(), want, "{input}");
        }
    }

    /// The hand parser and the prefilter give exactly what the patterns give.
    #[test]
    fn fast_paths_agree_with_patterns() {
        let cases = [
            "26-FEB-1987 15:01:01.79",
            "5-MAR-1987 09:12:00.00",
            "5-MAR-1987",
            "26-FEB-1987 15:01:01.79PM",
            "26-FEBRUARY-1987",
            "26-FOO-1987 15:01",
            "26-MARCHING-1987",
            "32-FEB-1987",
            "0-FEB-1987",
            "26-FEB-19870",
            "26-FEB-1987x",
            "26-FEB-1987_",
            "26-FEB-1987é",
            "26-FEB-0987",
            "126-FEB-1987",
            "26 FEB 1987",
            "26-FE-1987",
            "1987-02-26",
            "no digits here",
            "in 2011",
            "12 3456",
            "",
        ];
        for input in cases {
            assert_eq!(parse_date(input), parse_date_regex(input), "{input}");
        }
        assert_eq!(parse_date("5-MAR-1987").as_deref(), Some("1987-03-05"));
        assert_eq!(parse_date("26-FOO-1987 15:01"), None);
    }

    #[test]
    fn month_names() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("DECEMBER"), Some(12));
        assert_eq!(month_number("marching"), None);
        assert_eq!(month_number("Ma"), None);
        assert_eq!(month_number("septembers"), None);
        assert_eq!(month_number("Sept"), Some(9));
        assert_eq!(month_number("mär"), None);
        assert_eq!(month_number("jan......"), Some(1));
        assert_eq!(iso(1987, 2, 6), "1987-02-06");
        assert_eq!(iso(2999, 12, 31), "2999-12-31");
    }

    /// The month lookup as it was written first (a lower-cased copy, `str` prefixes): the
    /// byte-wise one must agree with it everywhere.
    fn month_number_reference(word: &str) -> Option<u32> {
        let word = word.trim_end_matches('.');
        let w = word.to_ascii_lowercase();
        if !(3..=9).contains(&w.len()) {
            return None;
        }
        let i = MONTH_NAMES.iter().position(|m| w.starts_with(&m[..3]))?;
        (MONTH_NAMES[i].starts_with(&w) || w == "sept").then_some(i as u32 + 1)
    }

    #[test]
    fn month_lookup_agrees_with_the_reference() {
        let mut words = vec![
            "",
            ".",
            "F",
            "Fe",
            "FEB",
            "feb",
            "Feb.",
            "Feb..",
            "fEbRuArY",
            "februaryx",
            "febr",
            "febx",
            "SEPT",
            "sept.",
            "Septe",
            "september",
            "septembers",
            "sep",
            "MAY",
            "may.",
            "mayday",
            "Jun",
            "June",
            "Junes",
            "jul",
            "jux",
            "mär",
            "mäY",
            "äug",
            "Dec",
            "DECEMBER",
            "decembe",
            "Nov",
            "Oct",
            "octo",
            "Apr",
            "apri",
            "marching",
            "mar",
            "March",
            "jan......",
            "éjan",
            "j\u{e9}n",
            "abc",
            "123",
        ];
        let all: Vec<String> = MONTH_NAMES
            .iter()
            .flat_map(|m| (1..=m.len()).map(move |n| m[..n].to_uppercase()))
            .collect();
        words.extend(all.iter().map(String::as_str));
        for w in words {
            assert_eq!(month_number(w), month_number_reference(w), "{w:?}");
        }
    }

    #[test]
    fn iso_is_the_formatted_date() {
        for (y, m, d) in [(1000, 1, 1), (1987, 2, 26), (2021, 10, 9), (2999, 12, 31)] {
            assert_eq!(iso(y, m, d), format!("{y:04}-{m:02}-{d:02}"));
        }
        for y in 1000..3000 {
            for (m, d) in [(1, 1), (7, 19), (12, 31)] {
                assert_eq!(iso(y, m, d), format!("{y:04}-{m:02}-{d:02}"));
            }
        }
        assert_eq!(PAIRS.len(), 200);
    }

    #[test]
    fn normalise_keeps_unparsed_raw() {
        assert_eq!(
            normalise_date(" spring 2004 ").as_deref(),
            Some("spring 2004")
        );
        assert_eq!(normalise_date("  "), None);
    }
}
