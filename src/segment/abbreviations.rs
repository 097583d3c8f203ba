//! Abbreviations that a full stop does not end (a curated list, as in Punkt-style splitters).

/// How a word before a full stop behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbbrevKind {
    NotAbbrev,
    /// A single capital letter: "J." in "J. K. Rowling".
    Initial,
    /// Always followed by more of the sentence: "Mr.", "Dr.", "St.", "Gen.", "e.g.".
    Title,
    /// May end a sentence: "Inc.", "Ltd.", "U.S.", "a.m.", "etc.".
    MaybeFinal,
}

const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "messrs", "dr", "prof", "st", "sen", "rep", "gov", "gen", "lt", "col",
    "capt", "cpt", "sgt", "maj", "adm", "cmdr", "rev", "hon", "pres", "supt", "insp", "det", "fr",
    "sr", "mt", "rs", "vs", "cf", "e.g", "i.e", "approx", "dept", "univ", "assn", "ave", "blvd",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mon",
    "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
];

const MAYBE_FINAL: &[&str] = &[
    "inc", "ltd", "co", "corp", "plc", "llc", "llp", "bros", "etc", "jr", "al", "pty", "pvt",
    "cos", "intl", "govt", "yr", "yrs", "mln", "bln", "dlrs", "pct", "cts", "oz", "lbs", "kg",
    "km", "min", "max",
];

/// Abbreviations that are followed by a number ("No. 5", "Rs. 580", "Jan. 5").
const BEFORE_NUMBER: &[&str] = &[
    "no", "nos", "rs", "vol", "vols", "fig", "figs", "art", "sec", "ch", "pp", "p", "op", "jan",
    "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "ca",
    "st", "tel", "ext", "us", "u.s", "rev",
];

/// Common sentence openers: after "Inc." or "U.S." these mean a new sentence started.
const OPENERS: &[&str] = &[
    "the",
    "a",
    "an",
    "he",
    "she",
    "it",
    "they",
    "we",
    "i",
    "you",
    "this",
    "that",
    "these",
    "those",
    "there",
    "his",
    "her",
    "its",
    "their",
    "our",
    "in",
    "on",
    "at",
    "for",
    "but",
    "and",
    "as",
    "after",
    "before",
    "however",
    "meanwhile",
    "some",
    "many",
    "most",
    "analysts",
    "shares",
    "if",
    "when",
    "while",
    "other",
    "earlier",
    "last",
    "mr",
    "mrs",
    "ms",
    "dr",
    "one",
    "two",
    "both",
    "no",
    "not",
    "so",
    "yet",
    "also",
    "under",
    "during",
    "since",
    "then",
    "what",
    "why",
    "how",
    "who",
    "separately",
    "officials",
    "sales",
    "profits",
    "revenue",
    "net",
    "today",
];

/// The longest entry of the abbreviation lists, in bytes (the lists are ASCII).
const MAX_ABBREV_BYTES: usize = max_len(&[TITLES, MAYBE_FINAL, BEFORE_NUMBER]);

const fn max_len(lists: &[&[&str]]) -> usize {
    let mut max = 0;
    let mut i = 0;
    while i < lists.len() {
        let mut j = 0;
        while j < lists[i].len() {
            if lists[i][j].len() > max {
                max = lists[i][j].len();
            }
            j += 1;
        }
        i += 1;
    }
    max
}

/// An ASCII word of at most 8 bytes packed into a `u64` (little-endian, zero-padded): a list
/// lookup becomes a scan over integers instead of a string comparison per entry (the splitter
/// asks at every full stop, and string comparisons with ~90 entries cost ~900 instructions).
const fn key(w: &[u8]) -> u64 {
    let mut k = 0u64;
    let mut i = 0;
    while i < w.len() {
        k |= (w[i] as u64) << (8 * i);
        i += 1;
    }
    k
}

const _: () = assert!(
    MAX_ABBREV_BYTES <= 8,
    "abbreviation keys are packed into a u64"
);

/// The [`key`]s of `list`, sorted (for `binary_search`: ~6 comparisons instead of a scan over
/// up to 60 entries, at every full stop).
const fn keys<const N: usize>(list: &[&str]) -> [u64; N] {
    let mut out = [0u64; N];
    let mut i = 0;
    while i < N {
        out[i] = key(list[i].as_bytes());
        i += 1;
    }
    // Insertion sort: a const fn cannot call `sort`.
    let mut i = 1;
    while i < N {
        let mut j = i;
        while j > 0 && out[j - 1] > out[j] {
            let t = out[j];
            out[j] = out[j - 1];
            out[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    out
}

static TITLE_KEYS: [u64; TITLES.len()] = keys(TITLES);
static MAYBE_FINAL_KEYS: [u64; MAYBE_FINAL.len()] = keys(MAYBE_FINAL);
static BEFORE_NUMBER_KEYS: [u64; BEFORE_NUMBER.len()] = keys(BEFORE_NUMBER);

/// A word without its trailing full stops, lower-cased, ready to be looked up in the lists.
enum Stripped {
    /// An ASCII word of 1 to [`MAX_ABBREV_BYTES`] bytes without NUL, as its packed [`key`].
    Key(u64),
    /// Another short word, lower-cased as Unicode (which can map a non-ASCII letter to an
    /// ASCII one: the Kelvin sign to `k`).
    Lower(String),
    /// A word that is in no list: empty, too long, or holding NUL.
    Never,
}

impl Stripped {
    /// Strips and lower-cases `word` once, for any number of lookups. ASCII words are packed
    /// into keys in one pass; only other words pay for a Unicode lower-casing.
    fn new(word: &str) -> Stripped {
        // Full stops are ASCII: trimming them byte by byte is `trim_end_matches('.')`.
        let dots = word.bytes().rev().take_while(|&b| b == b'.').count();
        let w = &word.as_bytes()[..word.len() - dots];
        // Most words before a full stop are longer than any abbreviation ("Washington.").
        if w.len() > MAX_ABBREV_BYTES * 4 {
            return Stripped::Never;
        }
        if w.len() <= MAX_ABBREV_BYTES {
            let mut k = 0u64;
            let mut ascii = true;
            for (i, &b) in w.iter().enumerate() {
                ascii &= b.is_ascii();
                k |= u64::from(b.to_ascii_lowercase()) << (8 * i);
            }
            if ascii {
                // Zero bytes pad the keys: an empty word, or one holding NUL, is never an entry.
                return if w.is_empty() || w.contains(&0) {
                    Stripped::Never
                } else {
                    Stripped::Key(k)
                };
            }
        } else if w.is_ascii() {
            return Stripped::Never;
        }
        Stripped::Lower(word[..w.len()].to_lowercase())
    }

    /// Is the word in `list` (of lower-case ASCII words, `keys` being their sorted [`key`]s)?
    fn is_in(&self, list: &[&str], keys: &[u64]) -> bool {
        match self {
            Stripped::Key(k) => keys.binary_search(k).is_ok(),
            Stripped::Lower(w) => list.contains(&w.as_str()),
            Stripped::Never => false,
        }
    }
}

/// Is `word`, without trailing full stops and lower-cased, in `list` (of lower-case ASCII
/// words, `keys` being their sorted [`key`]s)?
#[cfg(test)]
fn stripped_in(word: &str, list: &[&str], keys: &[u64]) -> bool {
    Stripped::new(word).is_in(list, keys)
}

/// Classifies the word that precedes a full stop (given without that full stop).
pub fn classify(word: &str) -> AbbrevKind {
    let w = word.trim_start_matches(['(', '"', '\'', '“', '‘', '[', '<']);
    let mut chars = w.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        return if c.is_uppercase() {
            AbbrevKind::Initial
        } else {
            AbbrevKind::NotAbbrev
        };
    }
    // The common word before a full stop, ASCII, longer than any entry and without a dot
    // inside ("Washington"), is in no list and no dotted acronym.
    if w.len() > MAX_ABBREV_BYTES && w.is_ascii() && !w.contains('.') {
        return AbbrevKind::NotAbbrev;
    }
    let stripped = Stripped::new(w);
    if stripped.is_in(TITLES, &TITLE_KEYS) {
        return AbbrevKind::Title;
    }
    if stripped.is_in(MAYBE_FINAL, &MAYBE_FINAL_KEYS) {
        return AbbrevKind::MaybeFinal;
    }
    // Dotted acronyms: "U.S", "a.m", "U.K", "p.m".
    let dotted = w.contains('.')
        && w.split('.')
            .all(|p| p.chars().count() == 1 && p.chars().all(char::is_alphabetic));
    if dotted {
        return AbbrevKind::MaybeFinal;
    }
    AbbrevKind::NotAbbrev
}

/// Is the word before a full stop one that introduces a number ("No.", "Rs.", "Jan.")?
pub fn takes_number(word: &str) -> bool {
    Stripped::new(word).is_in(BEFORE_NUMBER, &BEFORE_NUMBER_KEYS)
}

/// Is `word` (as it appears after a full stop) a typical first word of a sentence?
pub fn is_sentence_opener(word: &str) -> bool {
    let rest = word.trim_start_matches(['"', '\'', '“', '‘', '(']);
    // The leading letters; ASCII letters followed by an ASCII non-letter need no allocation.
    let ascii_letters = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
    if rest.as_bytes().get(ascii_letters).is_none_or(u8::is_ascii) {
        let w = &rest[..ascii_letters];
        return OPENERS.iter().any(|o| o.eq_ignore_ascii_case(w));
    }
    let w: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    OPENERS.contains(&w.to_lowercase().as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The packed-key lookup agrees with comparing strings, on ASCII and non-ASCII words.
    #[test]
    fn key_lookup_matches_string_lookup() {
        let slow = |word: &str, list: &[&str]| {
            let w = word.trim_end_matches('.').to_lowercase();
            list.contains(&w.as_str())
        };
        let words = [
            "",
            "Mr",
            "MR",
            "mr.",
            "Mrs",
            "Messrs",
            "messrsx",
            "e.g",
            "E.G.",
            "Inc",
            "inc..",
            "Jan",
            "Sept",
            "Septe",
            "u.s",
            "U.S",
            "No",
            "no\0",
            "mr\0",
            "\0",
            "\u{212A}g",
            "Washington",
            "x",
            "approx",
            "approxi",
            "Rs",
            "ñ",
            "Dr\u{e9}",
            "pp",
            "p",
            "Ño.",
            "\u{212A}G..",
            "éééééééééééééééé",
            "ééééééééééééééééé",
            "...",
            "Rs...",
            "ABCDEFGH",
            "abcdefghi",
        ];
        for w in words {
            for (list, keys) in [
                (TITLES, &TITLE_KEYS[..]),
                (MAYBE_FINAL, &MAYBE_FINAL_KEYS[..]),
                (BEFORE_NUMBER, &BEFORE_NUMBER_KEYS[..]),
            ] {
                assert_eq!(stripped_in(w, list, keys), slow(w, list), "{w:?}");
            }
        }
        // The sorted keys still hold every entry (a wrong sort would lose some to the search).
        for (list, keys) in [
            (TITLES, &TITLE_KEYS[..]),
            (MAYBE_FINAL, &MAYBE_FINAL_KEYS[..]),
            (BEFORE_NUMBER, &BEFORE_NUMBER_KEYS[..]),
        ] {
            assert!(keys.windows(2).all(|w| w[0] <= w[1]));
            for entry in list {
                assert!(stripped_in(entry, list, keys), "{entry:?}");
                assert!(stripped_in(&entry.to_uppercase(), list, keys), "{entry:?}");
            }
        }
    }

    #[test]
    fn classifies_words() {
        let cases = [
            ("J", AbbrevKind::Initial),
            ("x", AbbrevKind::NotAbbrev),
            ("Mr", AbbrevKind::Title),
            ("Rs", AbbrevKind::Title),
            ("Inc", AbbrevKind::MaybeFinal),
            ("U.S", AbbrevKind::MaybeFinal),
            ("a.m", AbbrevKind::MaybeFinal),
            ("(Dr", AbbrevKind::Title),
            ("Washington", AbbrevKind::NotAbbrev),
            ("1.1", AbbrevKind::NotAbbrev),
        ];
        for (w, want) in cases {
            assert_eq!(classify(w), want, "{w}");
        }
    }

    #[test]
    fn openers_and_numbers() {
        let openers = [
            ("The", true),
            ("\"He", true),
            ("THE", true),
            ("(In,", true),
            ("The’s", true),
            ("Theé", false),
            ("Treasury", false),
            ("\u{212A}", false),
            ("", false),
        ];
        for (w, want) in openers {
            assert_eq!(is_sentence_opener(w), want, "{w}");
        }
        let numbers = [
            ("No", true),
            ("no..", true),
            ("RS", true),
            ("\u{212A}m", false),
            ("Washington", false),
        ];
        for (w, want) in numbers {
            assert_eq!(takes_number(w), want, "{w}");
        }
        // Unicode lower-casing: the Kelvin sign is a `k`, as before.
        assert_eq!(classify("\u{212A}m"), AbbrevKind::MaybeFinal);
    }
}
