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
    if s.is_ascii() {
        if !has_four_ascii_digits(s.as_bytes()) {
            return None;
        }
        return parse_date_ascii(s.as_bytes());
    }
    parse_date_regex(s)
}

/// [`parse_date_regex`] for an ASCII string, by hand: the same leftmost match of each pattern,
/// with the same captures, and the same choice among them. On ASCII `\d` is `[0-9]` and each
/// pattern is deterministic: a run of digits or letters is either taken whole or the match
/// fails at that start (a longer run leaves a digit or letter where the pattern needs another
/// class), an optional suffix, dot or comma is taken when present (without it the next item
/// cannot match that byte), and a run of separators is taken whole (the next item is a digit
/// or a letter). So each start is tried once, forward, with no backtracking. This spares the
/// three regexes their compilation (~6 M instructions, once per process) and ~30,000
/// instructions per call on the datelines and bylines of a corpus.
fn parse_date_ascii(b: &[u8]) -> Option<String> {
    let mut best: Option<(usize, u32, u32, u32)> = None;
    let mut consider = |at: usize, y: u32, m: Option<u32>, d: u32| {
        let Some(m) = m else {
            return;
        };
        if !(1000..=2999).contains(&y) || !(1..=12).contains(&m) || !(1..=31).contains(&d) {
            return;
        }
        if best.is_none_or(|(b, ..)| at < b) {
            best = Some((at, y, m, d));
        }
    };
    if let Some((at, (y, m, d))) = first_match(b, iso_at) {
        consider(at, y, Some(m), d);
    }
    if let Some((at, (d, m, y))) = first_match(b, day_month_year_at) {
        consider(at, y, m, d);
    }
    if let Some((at, (m, d, y))) = first_match(b, month_day_year_at) {
        consider(at, y, m, d);
    }
    best.map(|(_, y, m, d)| iso(y, m, d))
}

/// The first start `p` (at an ASCII word boundary) where `at(b, p)` matches, with its result.
fn first_match<T>(b: &[u8], at: impl Fn(&[u8], usize) -> Option<T>) -> Option<(usize, T)> {
    (0..b.len())
        .filter(|&p| p == 0 || !is_word_byte(b[p - 1]))
        .find_map(|p| at(b, p).map(|t| (p, t)))
}

/// A word byte of the ASCII `\b`.
fn is_word_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_'
}

/// The length of the run of bytes from `b[from]` that `class` accepts.
fn run(b: &[u8], from: usize, class: impl Fn(u8) -> bool) -> usize {
    b.get(from..)
        .map_or(0, |rest| rest.iter().take_while(|&&c| class(c)).count())
}

/// The number of the ASCII digits `b[from..from + n]`.
fn number(b: &[u8], from: usize, n: usize) -> u32 {
    b[from..from + n]
        .iter()
        .fold(0, |v, c| v * 10 + u32::from(c - b'0'))
}

/// `\d{4}` at `q`, then the end or a non-word byte (`\b`): the year.
fn year_at(b: &[u8], q: usize) -> Option<u32> {
    let digits = run(b, q, |c| c.is_ascii_digit());
    (digits == 4 && !b.get(q + 4).is_some_and(|&c| is_word_byte(c))).then(|| number(b, q, 4))
}

/// An optional `st`, `nd`, `rd` or `th` at `q`: where the match goes on.
fn after_suffix(b: &[u8], q: usize) -> usize {
    match b.get(q..q + 2) {
        Some(b"st" | b"nd" | b"rd" | b"th") => q + 2,
        _ => q,
    }
}

/// [`ISO`] at the word boundary `p`: (year, month, day).
fn iso_at(b: &[u8], p: usize) -> Option<(u32, u32, u32)> {
    // Four digits, not more: a fifth is neither `-` nor `/`.
    if run(b, p, |c| c.is_ascii_digit()) != 4 {
        return None;
    }
    let sep = |q: usize| matches!(b.get(q), Some(b'-' | b'/'));
    let mut q = p + 4;
    if !sep(q) {
        return None;
    }
    let nm = run(b, q + 1, |c| c.is_ascii_digit());
    if !(1..=2).contains(&nm) || !sep(q + 1 + nm) {
        return None;
    }
    let m = number(b, q + 1, nm);
    q += 2 + nm;
    let nd = run(b, q, |c| c.is_ascii_digit());
    // One or two digits, then `\b`: a third digit, a letter or `_` ends no match.
    if !(1..=2).contains(&nd) || b.get(q + nd).is_some_and(|&c| is_word_byte(c)) {
        return None;
    }
    Some((number(b, p, 4), m, number(b, q, nd)))
}

/// [`DAY_MONTH_YEAR`] at the word boundary `p`: (day, month number of the month word, year).
fn day_month_year_at(b: &[u8], p: usize) -> Option<(u32, Option<u32>, u32)> {
    let nd = run(b, p, |c| c.is_ascii_digit());
    if !(1..=2).contains(&nd) {
        return None;
    }
    let dash_or_space = |c: u8| c == b' ' || c == b'-';
    let mut q = after_suffix(b, p + nd);
    let gap = run(b, q, dash_or_space);
    if gap == 0 {
        return None;
    }
    q += gap;
    let nm = run(b, q, |c| c.is_ascii_alphabetic());
    if !(3..=9).contains(&nm) {
        return None;
    }
    let month = &b[q..q + nm];
    q += nm;
    q += usize::from(b.get(q) == Some(&b'.'));
    q += usize::from(b.get(q) == Some(&b','));
    let gap = run(b, q, dash_or_space);
    if gap == 0 {
        return None;
    }
    let y = year_at(b, q + gap)?;
    Some((number(b, p, nd), month_number_bytes(month), y))
}

/// [`MONTH_DAY_YEAR`] at the word boundary `p`: (month number of the month word, day, year).
fn month_day_year_at(b: &[u8], p: usize) -> Option<(Option<u32>, u32, u32)> {
    let nm = run(b, p, |c| c.is_ascii_alphabetic());
    if !(3..=9).contains(&nm) {
        return None;
    }
    let mut q = p + nm;
    q += usize::from(b.get(q) == Some(&b'.'));
    let gap = run(b, q, |c| c == b' ');
    if gap == 0 {
        return None;
    }
    q += gap;
    let nd = run(b, q, |c| c.is_ascii_digit());
    if !(1..=2).contains(&nd) {
        return None;
    }
    let d = number(b, q, nd);
    q = after_suffix(b, q + nd);
    q += usize::from(b.get(q) == Some(&b','));
    let gap = run(b, q, |c| c == b' ');
    if gap == 0 {
        return None;
    }
    let y = year_at(b, q + gap)?;
    Some((month_number_bytes(&b[p..p + nm]), d, y))
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

    /// The hand matcher gives what the three patterns give, on generated ASCII strings made
    /// of the pieces that decide a match: digit runs of every length, month words and others,
    /// suffixes, separators, word bytes next to the runs.
    #[test]
    fn ascii_matcher_agrees_with_patterns() {
        let pieces = [
            "1",
            "5",
            "26",
            "31",
            "32",
            "123",
            "2021",
            "1987",
            "12345",
            "0999",
            "3000",
            "Feb",
            "FEB",
            "February",
            "Sept",
            "sept",
            "Marching",
            "May",
            "Foo",
            "Decembers",
            "x",
            "_",
            "st",
            "nd",
            "th",
            "rd",
            "St",
            " ",
            "  ",
            "-",
            "/",
            ".",
            ",",
            ", ",
            "T",
            ":",
        ];
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n as u64) as usize
        };
        let mut cases: Vec<String> = vec![
            "26-FEB-1987 15:01:01.79".into(),
            "By AFP | Updated: 16 February 2021 09:43 IST".into(),
            "Published 2019/7/4 10:00".into(),
            "2021-02-16T10:00".into(),
            "2021-02-16_x".into(),
            "Feb. 3, 2022".into(),
            "3rd March 2022".into(),
            "Sept 3rd, 2021 and 2020-01-02".into(),
            "5 Foo 2020, 6 May 2021".into(),
        ];
        for _ in 0..40_000 {
            let n = 1 + next(9);
            cases.push((0..n).map(|_| pieces[next(pieces.len())]).collect());
        }
        // Near-dates: each form with one piece varied, so that many match and many just fail.
        for _ in 0..40_000 {
            let day = ["", "1", "05", "26", "31", "32", "123"][next(7)];
            let suffix = ["", "st", "th", "St", "rd"][next(5)];
            let sep = ["", " ", "-", "  ", "/", " - "][next(6)];
            let month = [
                "Feb",
                "FEB",
                "February",
                "Sept",
                "Marching",
                "Foo",
                "Decembers",
                "2",
            ];
            let month = month[next(month.len())];
            let dot = ["", ".", ",", ".,"][next(4)];
            let year = ["1987", "2021", "0999", "20210", "1987x", "1987_", "3000"][next(7)];
            let pre = ["", "x", " ", "5", "_", "By ", "Feb "][next(7)];
            let post = ["", " 10:00", "T", "x", ".", "-02-16", " 2020-01-02"][next(7)];
            cases.push(match next(3) {
                0 => format!("{pre}{day}{suffix}{sep}{month}{dot}{sep}{year}{post}"),
                1 => format!("{pre}{month}{dot}{sep}{day}{suffix}{dot}{sep}{year}{post}"),
                _ => format!("{pre}{year}{sep}{day}{sep}{day}{post}"),
            });
        }
        let mut dates = 0;
        for s in &cases {
            let want = parse_date_regex(s);
            dates += usize::from(want.is_some());
            assert_eq!(parse_date_ascii(s.as_bytes()), want, "{s:?}");
        }
        // The cases reach the patterns: thousands of them are dates.
        assert!(dates > 2_000, "{dates} dates");
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
