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

fn strip(word: &str) -> String {
    word.trim_end_matches('.').to_lowercase()
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
    let lower = strip(w);
    if TITLES.contains(&lower.as_str()) {
        return AbbrevKind::Title;
    }
    if MAYBE_FINAL.contains(&lower.as_str()) {
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
    BEFORE_NUMBER.contains(&strip(word).as_str())
}

/// Is `word` (as it appears after a full stop) a typical first word of a sentence?
pub fn is_sentence_opener(word: &str) -> bool {
    let w: String = word
        .trim_start_matches(['"', '\'', '“', '‘', '('])
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect();
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
        assert!(is_sentence_opener("The"));
        assert!(is_sentence_opener("\"He"));
        assert!(!is_sentence_opener("Treasury"));
        assert!(takes_number("No"));
        assert!(!takes_number("Washington"));
    }
}
