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

/// The longest entry of [`OPENERS`], in bytes.
const MAX_OPENER_BYTES: usize = max_len(&[OPENERS]);

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

/// An ASCII word of at most 16 bytes packed into a `u128` (little-endian, zero-padded): a list
/// lookup becomes a hash probe on one integer instead of string comparisons (the splitter asks
/// at every full stop).
const fn key(w: &[u8]) -> u128 {
    let mut k = 0u128;
    let mut i = 0;
    while i < w.len() {
        k |= (w[i] as u128) << (8 * i);
        i += 1;
    }
    k
}

const _: () = assert!(
    MAX_ABBREV_BYTES <= 16 && MAX_OPENER_BYTES <= 16,
    "list keys are packed into a u128"
);

/// The key of `w` lower-cased as ASCII, or `None` when `w` is empty, longer than 16 bytes, or
/// holds a NUL or a non-ASCII byte (zero bytes pad the keys, so a word with NUL could pose as a
/// shorter entry; non-ASCII words take the Unicode path).
#[inline]
fn ascii_key(w: &[u8]) -> Option<u128> {
    if w.is_empty() || w.len() > 16 {
        return None;
    }
    // Lower-cased into a buffer and read as one little-endian integer: the [`key`] layout,
    // without a 128-bit shift per byte.
    let mut buf = [0u8; 16];
    let mut bad = false;
    for (d, &b) in buf.iter_mut().zip(w) {
        bad |= b == 0 || b >= 0x80;
        *d = b.to_ascii_lowercase();
    }
    (!bad).then(|| u128::from_le_bytes(buf))
}

/// Flags of [`WordTable`] entries: which lists a word is in.
const TITLE: u8 = 1;
const MAYBE: u8 = 2;
const NUMBER: u8 = 4;
const OPENER: u8 = 8;

/// Slots of [`WordTable`]: a power of two, at most half full (a probe run stays short).
const SLOTS: usize = 512;

/// An open-addressing hash set of packed words with list flags, built at compile time: a
/// lookup is one multiply, a shift and usually one comparison, where a binary search over
/// sorted keys cost ~6 unpredictable branches and the openers a scan over 69 strings.
struct WordTable {
    keys: [u128; SLOTS],
    flags: [u8; SLOTS],
}

#[inline]
const fn slot(k: u128) -> usize {
    let folded = (k as u64) ^ ((k >> 64) as u64).rotate_left(29);
    (folded.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - SLOTS.trailing_zeros())) as usize
}

impl WordTable {
    const fn new() -> WordTable {
        WordTable {
            keys: [0; SLOTS],
            flags: [0; SLOTS],
        }
    }

    /// Adds every word of `list` with `flag` (OR-ed onto a word already there).
    const fn with(mut self, list: &[&str], flag: u8) -> WordTable {
        let mut i = 0;
        while i < list.len() {
            let k = key(list[i].as_bytes());
            assert!(k != 0, "no empty entries");
            let mut s = slot(k);
            while self.keys[s] != 0 && self.keys[s] != k {
                s = (s + 1) % SLOTS;
            }
            self.keys[s] = k;
            self.flags[s] |= flag;
            i += 1;
        }
        self
    }

    /// The flags of the word with key `k` (0 when it is in no list).
    #[inline]
    fn flags(&self, k: u128) -> u8 {
        let mut s = slot(k);
        loop {
            let e = self.keys[s];
            if e == k {
                return self.flags[s];
            }
            if e == 0 {
                return 0;
            }
            s = (s + 1) % SLOTS;
        }
    }
}

static WORDS: WordTable = {
    let t = WordTable::new()
        .with(TITLES, TITLE)
        .with(MAYBE_FINAL, MAYBE)
        .with(BEFORE_NUMBER, NUMBER)
        .with(OPENERS, OPENER);
    // At most half full, so that the probe loop always meets an empty slot soon.
    let mut used = 0;
    let mut i = 0;
    while i < SLOTS {
        if t.keys[i] != 0 {
            used += 1;
        }
        i += 1;
    }
    assert!(used * 2 <= SLOTS);
    t
};

/// Is `w` (ASCII, any case) in the list of `flag`?
#[inline]
fn ascii_in(w: &[u8], flag: u8) -> bool {
    ascii_key(w).is_some_and(|k| WORDS.flags(k) & flag != 0)
}

/// A word without its trailing full stops, lower-cased, ready to be looked up in the lists.
enum Stripped {
    /// An ASCII word of 1 to [`MAX_ABBREV_BYTES`] bytes without NUL, as its packed [`key`].
    Key(u128),
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
        if w.is_ascii() {
            return match ascii_key(w) {
                Some(k) if w.len() <= MAX_ABBREV_BYTES => Stripped::Key(k),
                _ => Stripped::Never,
            };
        }
        Stripped::Lower(word[..w.len()].to_lowercase())
    }

    /// Is the word in `list` (of lower-case ASCII words, entered in [`WORDS`] with `flag`)?
    fn is_in(&self, list: &[&str], flag: u8) -> bool {
        match self {
            Stripped::Key(k) => WORDS.flags(*k) & flag != 0,
            Stripped::Lower(w) => list.contains(&w.as_str()),
            Stripped::Never => false,
        }
    }
}

/// Is `word`, without trailing full stops and lower-cased, in `list` (entered with `flag`)?
#[cfg(test)]
fn stripped_in(word: &str, list: &[&str], flag: u8) -> bool {
    Stripped::new(word).is_in(list, flag)
}

/// Classifies the word that precedes a full stop (given without that full stop).
pub fn classify(word: &str) -> AbbrevKind {
    // Nearly every word before a full stop is ASCII: it is classified on its bytes, with one
    // table probe (the general path trims with a char pattern, decodes chars, allocates for
    // non-ASCII words and searches the lists one by one).
    if word.is_ascii() {
        classify_ascii(word.as_bytes())
    } else {
        classify_general(word)
    }
}

/// [`classify_general`] for an ASCII word: the same answers (see the tests).
fn classify_ascii(word: &[u8]) -> AbbrevKind {
    let lead = word
        .iter()
        .take_while(|&&b| matches!(b, b'(' | b'"' | b'\'' | b'[' | b'<'))
        .count();
    let w = &word[lead..];
    if let [c] = w {
        return if c.is_ascii_uppercase() {
            AbbrevKind::Initial
        } else {
            AbbrevKind::NotAbbrev
        };
    }
    let dots = w.iter().rev().take_while(|&&b| b == b'.').count();
    let stripped = &w[..w.len() - dots];
    if stripped.len() <= MAX_ABBREV_BYTES {
        let flags = ascii_key(stripped).map_or(0, |k| WORDS.flags(k));
        if flags & TITLE != 0 {
            return AbbrevKind::Title;
        }
        if flags & MAYBE != 0 {
            return AbbrevKind::MaybeFinal;
        }
    }
    // Dotted acronyms: single letters between full stops, "U.S", "a.m".
    let dotted = w.len() >= 3
        && w.len() % 2 == 1
        && w.iter().enumerate().all(|(i, &b)| {
            if i % 2 == 0 {
                b.is_ascii_alphabetic()
            } else {
                b == b'.'
            }
        });
    if dotted {
        AbbrevKind::MaybeFinal
    } else {
        AbbrevKind::NotAbbrev
    }
}

/// [`classify`] for any word (the definition; the ASCII path must agree with it).
fn classify_general(word: &str) -> AbbrevKind {
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
    if stripped.is_in(TITLES, TITLE) {
        return AbbrevKind::Title;
    }
    if stripped.is_in(MAYBE_FINAL, MAYBE) {
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
    Stripped::new(word).is_in(BEFORE_NUMBER, NUMBER)
}

/// Is `word` (as it appears after a full stop) a typical first word of a sentence?
pub fn is_sentence_opener(word: &str) -> bool {
    // ASCII quotes and brackets stripped byte by byte; a non-ASCII byte after them (a curly
    // quote, a non-ASCII letter) sends the word to the general path.
    let b = word.as_bytes();
    let lead = b
        .iter()
        .take_while(|&&c| matches!(c, b'"' | b'\'' | b'('))
        .count();
    let rest = &b[lead..];
    let letters = rest.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    match rest.get(letters) {
        Some(&c) if c >= 0x80 => is_sentence_opener_general(word),
        // The leading letters end at an ASCII non-letter or the word's end: they are the word.
        _ => letters <= MAX_OPENER_BYTES && ascii_in(&rest[..letters], OPENER),
    }
}

/// [`is_sentence_opener`] for any word (the definition; the fast path must agree with it).
fn is_sentence_opener_general(word: &str) -> bool {
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
            for (list, flag) in [
                (TITLES, TITLE),
                (MAYBE_FINAL, MAYBE),
                (BEFORE_NUMBER, NUMBER),
            ] {
                assert_eq!(stripped_in(w, list, flag), slow(w, list), "{w:?}");
            }
        }
        // The table holds every entry, with exactly the flags of the lists it is in (a probe
        // bug would lose some, or mix flags up).
        let lists = [
            (TITLES, TITLE),
            (MAYBE_FINAL, MAYBE),
            (BEFORE_NUMBER, NUMBER),
            (OPENERS, OPENER),
        ];
        for (list, flag) in lists {
            for entry in list {
                if flag != OPENER {
                    assert!(stripped_in(entry, list, flag), "{entry:?}");
                    assert!(stripped_in(&entry.to_uppercase(), list, flag), "{entry:?}");
                }
                let want: u8 = lists
                    .iter()
                    .filter(|(l, _)| l.contains(entry))
                    .map(|(_, f)| f)
                    .sum();
                assert_eq!(WORDS.flags(key(entry.as_bytes())), want, "{entry:?}");
            }
        }
        // Words in no list, including near misses and keys that share a slot's neighbourhood.
        for w in [
            "",
            "mrx",
            "m",
            "washingt",
            "separatel",
            "separatelyy",
            "zz",
            "jann",
        ] {
            assert!(
                ascii_key(w.as_bytes()).is_none_or(|k| WORDS.flags(k) == 0),
                "{w:?}"
            );
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

    /// The ASCII fast paths of `classify` and `is_sentence_opener` give what the general
    /// paths give, on words of every kind: entries in any case, quotes and brackets before
    /// them, dotted acronyms and near misses, NUL, long words, and (for the dispatch) words
    /// with non-ASCII characters.
    #[test]
    fn fast_paths_match_general() {
        let mut words: Vec<String> = [
            "",
            "J",
            "j",
            ".",
            "..",
            "Mr",
            "MR",
            "mr.",
            "(Mr",
            "\"Dr",
            "'St",
            "[Inc",
            "<Ltd",
            "((Mr",
            "\"(",
            "(",
            "Inc",
            "Inc..",
            "Co",
            "U.S",
            "u.s",
            "U.S.",
            "a.m",
            "A.M.M",
            "U.",
            ".S",
            "U..S",
            "1.1",
            "U.1",
            "e.g",
            "E.G",
            "i.e",
            "Washington",
            "Washington.",
            "abcdefgh",
            "abcdefghi",
            "approx",
            "Messrs",
            "mr\0",
            "\0",
            "No",
            "Sept",
            "x.y.z",
            "x.y.",
            "Corp",
            "CORP.",
            "pct",
            "The",
            "\"The",
            "(In,",
            "THE",
            "The's",
            "Treasury",
            "Separately",
            "separately,",
            "officials.",
            "Meanwhile",
            "Analysts",
            "\"'(The",
            "Theirs",
            "a",
            "I",
            "I.",
            "'",
            "\"\"",
            "Zz",
            "mln",
            "dlrs",
            "yr",
            "Jan",
            "(jan",
            "Mrs.",
            "Gen",
            "Rs",
            "vs",
            "e.g.",
            "p.m",
            "abcdefghijklmnopq",
            "abcdefghijklmnop",
            "“Mr",
            "‘Dr",
            "Dr\u{e9}",
            "\u{212A}m",
            "Ño",
            "é",
            "(é",
            "“The",
            "The’s",
            "Theé",
            "ſt",
            "U.\u{e9}",
            "“",
            "‘(In",
            "\"“Mr",
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        for list in [TITLES, MAYBE_FINAL, BEFORE_NUMBER, OPENERS] {
            for e in list {
                words.push(e.to_string());
                words.push(e.to_uppercase());
                words.push(format!("({e}"));
                words.push(format!("{e}x"));
                words.push(format!("\"{e}."));
            }
        }
        for w in &words {
            assert_eq!(classify(w), classify_general(w), "{w:?}");
            assert_eq!(
                is_sentence_opener(w),
                is_sentence_opener_general(w),
                "{w:?}"
            );
            if w.is_ascii() {
                assert_eq!(classify_ascii(w.as_bytes()), classify_general(w), "{w:?}");
            }
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
