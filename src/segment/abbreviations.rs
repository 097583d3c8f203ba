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

/// Is `word`, without trailing full stops and lower-cased, in `list` (of lower-case ASCII words)?
/// ASCII words are compared in place; only other words pay for a Unicode lower-casing (which
/// can map a non-ASCII letter to an ASCII one: the Kelvin sign to `k`).
fn stripped_in(word: &str, list: &[&str]) -> bool {
    let w = word.trim_end_matches('.');
    // Most words before a full stop are longer than any abbreviation ("Washington.").
    if w.len() > MAX_ABBREV_BYTES * 4 {
        return false;
    }
    if w.is_ascii() {
        if w.len() > MAX_ABBREV_BYTES {
            return false;
        }
        // Lower-case into a stack buffer and compare whole words (length first): a tenth of the
        // cost of a case-insensitive comparison with every entry.
        let mut buf = [0u8; MAX_ABBREV_BYTES];
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        list.iter().any(|x| x.as_bytes() == &*lower)
    } else {
        list.contains(&w.to_lowercase().as_str())
    }
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
    if stripped_in(w, TITLES) {
        return AbbrevKind::Title;
    }
    if stripped_in(w, MAYBE_FINAL) {
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
    stripped_in(word, BEFORE_NUMBER)
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
