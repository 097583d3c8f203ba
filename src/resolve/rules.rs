//! The matching rules (ANNIE OrthoMatcher style), as pure functions over [`NameForm`]s.
//!
//! Takes normalised names; gives yes/no answers and index keys. The resolver (`mod.rs`)
//! applies them with indexes and the uniqueness checks; nothing here looks at an article.
//!
//! | rule | matches | example |
//! |---|---|---|
//! | `SameName` | equal folded names: repeats, case variants, possessives, titles stripped | "Putin's" = "PUTIN" = "President Putin" |
//! | `SameCanonical` | equal canonical names from recognition: gazetteer aliases and well-known acronyms (canonical column), defined acronyms, propagated short forms | "US" = "United States", "ISS" = "International Space Station" |
//! | `PersonShortForm` | a person's surname, trailing names or first name alone, against one fuller name in the article | "Peskov" = "Dmitry Peskov", "Kilroy-Silk" = "Robert Kilroy Silk" |
//! | `Acronym` | an all-capitals word equal to the initials of one longer non-person name | "ECB" = "European Central Bank" |
//! | `PluralVariant` | non-people whose words differ only by a plural ending | "Tories" = "Tory" |
//! | `Abbreviation` | non-people whose words are prefixes of one longer name's words | "Lib Dems" = "Liberal Democrats" |
//! | `OrgCore` | an organisation without its legal forms or keywords (one or more), or without a leading country; a company with a legal form by its first word | "Cranfield" = "Cranfield University", "Kavach Fintech" = "Kavach Fintech Pvt Ltd", "Department of Justice" = "US Department of Justice", "Shearson" = "Shearson Lehman Brothers Inc" |
//!
//! People never match non-people ("Tesla" the man is not Tesla the company); among
//! non-people, ORG, APP, PRODUCT and LOCATION may match (the guideline labels a platform
//! APP or ORG per mention).

use super::names::{NameForm, Words};
use crate::gazetteer::{GazLabel, Gazetteer};
use crate::model::Label;
use std::borrow::Cow;

/// The name of each in-article rule, for documentation and tests.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Rule {
    SameName,
    SameCanonical,
    PersonShortForm,
    Acronym,
    PluralVariant,
    Abbreviation,
    OrgCore,
}

/// People match only people; other named labels match each other.
pub fn same_family(a: Label, b: Label) -> bool {
    (a == Label::Person) == (b == Label::Person)
}

/// `SameName`: equal folded names (and non-empty).
pub fn same_name(a: &NameForm, b: &NameForm) -> bool {
    !a.key().is_empty() && a.key() == b.key()
}

/// `PersonShortForm`: `short` is a trailing part of the longer `full` ("Peskov", "Kilroy
/// Silk") or its first name alone ("Elon").
pub fn person_short_form(short: &NameForm, full: &NameForm) -> bool {
    let (ns, nf) = (short.token_count(), full.token_count());
    if ns == 0 || ns >= nf {
        return false;
    }
    // Fewer tokens: `full` ends with `short`'s tokens when its key ends with " " + short key.
    let (s, f) = (short.key(), full.key());
    let ends_with =
        f.len() > s.len() && f.ends_with(s) && f.as_bytes()[f.len() - s.len() - 1] == b' ';
    ends_with || (ns == 1 && full.first_token() == s)
}

/// Function words left out of initials ("Office for National Statistics" → ONS).
const INITIALS_SKIP: &[&str] = &[
    "of", "for", "and", "the", "de", "du", "des", "la", "le", "von", "van", "on", "in", "at", "to",
];

/// The initials a name can be abbreviated to: without function words, and with them
/// ("Bank of America" → `ba`, `boa`); a word in capitals gives all its letters ("UK
/// Independence Party" → `ukip`). `None` for one-word names.
pub fn initials(full: &NameForm) -> Option<(String, String)> {
    let words = || {
        full.display
            .split(|c: char| c.is_whitespace() || c == '-')
            .filter(|w| w.chars().any(char::is_alphanumeric))
    };
    words().nth(1)?; // one word: no initials
    let letters = |out: &mut String, w: &str| {
        let caps = w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !w.chars().any(char::is_lowercase);
        if caps {
            out.extend(
                w.chars()
                    .filter(|c| c.is_alphanumeric())
                    .flat_map(char::to_lowercase),
            );
        } else {
            out.extend(
                w.chars()
                    .find(|c| c.is_alphanumeric())
                    .into_iter()
                    .flat_map(char::to_lowercase),
            );
        }
    };
    let skip = |w: &str| INITIALS_SKIP.iter().any(|s| s.eq_ignore_ascii_case(w));
    let (mut short, mut long) = (String::new(), String::new());
    for w in words() {
        let from = long.len();
        letters(&mut long, w);
        if !skip(w) {
            short.push_str(&long[from..]);
        }
    }
    Some((short, long))
}

/// The letters of an acronym-shaped surface: one word of 2–8 capitals, dots allowed
/// ("ISS", "U.N.") → folded letters; `None` otherwise.
pub fn acronym_letters(display: &str) -> Option<String> {
    // Most names are no acronym: reject them without building a string.
    let mut n = 0;
    for c in display.chars().filter(|c| *c != '.') {
        n += 1;
        if n > 8 || !c.is_uppercase() {
            return None;
        }
    }
    if n < 2 {
        return None;
    }
    let letters: String = display.chars().filter(|c| *c != '.').collect();
    let n = letters.chars().count();
    if !(2..=8).contains(&n) || !letters.chars().all(|c| c.is_uppercase()) {
        return None;
    }
    Some(letters.to_lowercase())
}

/// `Acronym`: `acr` is the initials of the longer `full`.
pub fn acronym_of(acr: &NameForm, full: &NameForm) -> bool {
    match (acronym_letters(&acr.display), initials(full)) {
        (Some(a), Some((short, long))) => a == short || a == long,
        _ => false,
    }
}

/// `PluralVariant` (non-people): the folded name with plural word endings removed, so that
/// "Tories" = "Tory" and "Disasters Emergency Committee" = "Disaster Emergency Committee".
/// Short words keep their `s` ("Times" is not "Time").
pub fn plural_key(form: &NameForm) -> Cow<'_, str> {
    // (stem, whether it ends in "y" instead of "ies")
    let stem = |t: &str| -> (usize, bool) {
        if let Some(s) = t.strip_suffix("ies") {
            if s.chars().count() >= 3 {
                return (s.len(), true);
            }
        }
        match t.strip_suffix('s') {
            Some(s) if s.chars().count() >= 5 && !s.ends_with('s') => (s.len(), false),
            _ => (t.len(), false),
        }
    };
    // Names without a plural word (most) are their own key.
    if form.tokens().all(|t| stem(t) == (t.len(), false)) {
        return Cow::Borrowed(form.key());
    }
    let mut out = String::with_capacity(form.key().len());
    for t in form.tokens() {
        if !out.is_empty() {
            out.push(' ');
        }
        let (n, y) = stem(t);
        out.push_str(&t[..n]);
        if y {
            out.push('y');
        }
    }
    Cow::Owned(out)
}

/// The index key of `Abbreviation`: the first three letters of each word.
pub fn abbreviation_key(form: &NameForm) -> Option<String> {
    if form.token_count() < 2 {
        return None;
    }
    let mut out = String::with_capacity(form.key().len());
    for t in form.tokens() {
        if !out.is_empty() {
            out.push(' ');
        }
        let n = t.char_indices().nth(3).map_or(t.len(), |(i, _)| i);
        out.push_str(&t[..n]);
    }
    Some(out)
}

/// `Abbreviation` (non-people): as many words, each a prefix of at least three letters of the
/// other's (a plural `s` aside), one at least two letters shorter ("Lib Dems" = "Liberal
/// Democrats", not "Lib Dem" = "Lib Dems").
pub fn abbreviation_of(short: &NameForm, full: &NameForm) -> bool {
    if short.token_count() < 2 || short.token_count() != full.token_count() {
        return false;
    }
    let mut shorter = false;
    for (a, b) in short.tokens().zip(full.tokens()) {
        let a = match a.strip_suffix('s') {
            Some(stem) if !b.starts_with(a) => stem,
            _ => a,
        };
        if a == b {
            continue;
        }
        if a.chars().count() < 3 || !b.starts_with(a) {
            return false;
        }
        shorter |= b.chars().count() >= a.chars().count() + 2;
    }
    shorter
}

/// Legal forms (`LEGAL_FORMS`) and organisation head words (`HEAD_WORDS`) stripped by
/// `OrgCore` when no gazetteer is loaded (the gazetteer's ORG_SUFFIX / ORG_KEYWORD lists are
/// used when it is).
const LEGAL_FORMS: &[&str] = &[
    "pvt",
    "private",
    "nv",
    "bv",
    "spa",
    "oyj",
    "asa",
    "bhd",
    "inc",
    "ltd",
    "plc",
    "llc",
    "corp",
    "co",
    "company",
    "corporation",
    "limited",
    "ag",
    "sa",
    "gmbh",
];
const HEAD_WORDS: &[&str] = &["group", "holdings", "party", "university"];

/// `OrgCore`: the keys of an organisation's core names, longest first, or none: each step of
/// removing trailing legal forms and head words ("Kavach Fintech Pvt Ltd" → `kavach fintech
/// pvt` → `kavach fintech`; "Cranfield University" → `cranfield`), and a leading country or
/// nationality removed from a core of two words or more or from a name of three ("Deutsche
/// Lufthansa AG" → `lufthansa`, "US Department of Justice" → `department of justice`). A core
/// that is a very common word is no name.
pub fn org_cores(full: &NameForm, gaz: Option<&Gazetteer>) -> Vec<String> {
    let words: Vec<&str> = Words::new(&full.display).collect();
    if words.len() < 2 {
        return Vec::new();
    }
    let listed = |list: &[&str], w: &str| list.iter().any(|o| o.eq_ignore_ascii_case(w));
    let legal_form = |w: &str| {
        let w = w.trim_end_matches(['.', ',']);
        listed(LEGAL_FORMS, w) || gaz.is_some_and(|g| g.is_legal_form(w))
    };
    let is_org_word = |w: &str| {
        legal_form(w) || {
            let w = w.trim_end_matches(['.', ',']);
            listed(HEAD_WORDS, w)
                || gaz.is_some_and(|g| {
                    g.org_word(w)
                        .is_some_and(|e| e.label == GazLabel::OrgKeyword)
                })
        }
    };
    let mut cores: Vec<String> = Vec::new();
    let mut add = |core: &[&str]| {
        let (key, tokens) = NameForm::org_key_of_words(core);
        if key.is_empty() || key == full.key() || cores.contains(&key) {
            return;
        }
        if tokens == 1 {
            let common = gaz.is_some_and(|g| g.common_level(&key).is_some_and(|l| l <= 20));
            if common || key.chars().count() < 3 {
                return;
            }
        }
        cores.push(key);
    };
    let mut end = words.len();
    while end > 1 && is_org_word(words[end - 1]) {
        end -= 1;
        add(&words[..end]);
        // "Deutsche Lufthansa AG" → "Lufthansa"; not "US Steel Corp" → "Steel" nor
        // "Canadian Pacific Ltd" → "Pacific": one word left must be no word and no place.
        if end >= 2 && is_country(words[0], gaz) && (end > 2 || is_plain_name(words[1], gaz)) {
            add(&words[1..end]);
        }
    }
    if end == words.len() && words.len() >= 3 && is_country(words[0], gaz) {
        add(&words[1..]);
    }
    // A company with a legal form is also its first word, as Reuters shortens "Shearson
    // Lehman Brothers Inc" and "HBO and Co" to "Shearson" and "HBO": not when that word is
    // a common word, a place or a nationality ("Southern", "Texas", "Deutsche"), nor when a
    // place follows it, which names a unit ("BP North America Inc", "Shell U.K. Ltd").
    if words.len() >= 3
        && end < words.len()
        && words[end..].iter().any(|w| legal_form(w))
        && is_plain_name(words[0], gaz)
        && !is_country(words[0], gaz)
        && !names_place(&words[1..end].join(" "), gaz)
    {
        add(&words[..1]);
    }
    cores
}

/// Does the text hold a listed place ("North America", "U.K.")?
fn names_place(text: &str, gaz: Option<&Gazetteer>) -> bool {
    let Some(g) = gaz else { return false };
    g.find(text).iter().any(|m| {
        m.entries
            .iter()
            .any(|&e| g.entry(e).label == GazLabel::Location)
    })
}

/// A word that only names: no common word and no listed place ("Lufthansa", not "Pacific").
fn is_plain_name(word: &str, gaz: Option<&Gazetteer>) -> bool {
    let Some(g) = gaz else { return true };
    let lower = word.to_lowercase();
    g.common_level(&lower).is_none()
        && !g
            .entries_named(word)
            .any(|e| g.entry(e).label == GazLabel::Location)
}

/// National adjectives in the languages of company names ("Deutsche Lufthansa", "Svenska
/// Handelsbanken", "Danske Bank"), which the English demonym list lacks.
const NATIONAL_IN_OTHER_LANGUAGES: &[&str] = &[
    "Deutsche",
    "Deutscher",
    "Française",
    "Francaise",
    "Italiana",
    "Nederlandse",
    "Svenska",
    "Norsk",
    "Norske",
    "Dansk",
    "Danske",
    "Suomen",
    "Österreichische",
    "Schweizerische",
    "Española",
    "Espanola",
    "Portuguesa",
    "Polski",
    "Polska",
];

/// A country name or nationality word: "US", "UK", "British", "Greek".
fn is_country(word: &str, gaz: Option<&Gazetteer>) -> bool {
    if matches!(word, "US" | "U.S." | "UK" | "EU") || NATIONAL_IN_OTHER_LANGUAGES.contains(&word) {
        return true;
    }
    let Some(g) = gaz else { return false };
    if g.demonym(word).is_some() {
        return true;
    }
    g.entries_named(word).any(|e| {
        let e = g.entry(e);
        e.label == GazLabel::Location && e.subtype == "country"
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(s: &str) -> NameForm {
        NameForm::new(s, Label::Person, None)
    }
    fn o(s: &str) -> NameForm {
        NameForm::new(s, Label::Org, None)
    }

    #[test]
    fn same_name_table() {
        let cases = [
            (p("Putin's"), p("Putin"), true),
            (p("President Putin"), p("Putin"), true),
            (o("NASA"), o("Nasa"), true),
            (o("SPACEX"), o("SpaceX"), true),
            (o("the Kremlin"), o("Kremlin"), true),
            (p("Putin"), p("Vladimir Putin"), false),
            (o("Apple"), o("Apple Inc"), false),
            (p("David Smith"), p("David Jones"), false),
        ];
        for (a, b, want) in cases {
            assert_eq!(same_name(&a, &b), want, "{a:?} {b:?}");
        }
    }

    #[test]
    fn person_short_form_table() {
        let cases = [
            ("Peskov", "Dmitry Peskov", true),
            ("Musk's", "Elon Musk", true),
            ("Elon", "Elon Musk", true),
            ("Kilroy-Silk", "Robert Kilroy Silk", true),
            ("Putin", "Vladimir Vladimirovich Putin", true),
            ("Vladimir Putin", "Vladimir Vladimirovich Putin", false),
            ("Smith", "David Jones", false),
            ("Musk", "Musk", false),
            ("Elon Musk", "Musk", false),
            ("Vladimirovich", "Vladimir Vladimirovich Putin", false),
        ];
        for (short, full, want) in cases {
            assert_eq!(
                person_short_form(&p(short), &p(full)),
                want,
                "{short} / {full}"
            );
        }
    }

    #[test]
    fn acronym_table() {
        let cases = [
            ("ISS", "International Space Station", true),
            ("ECB", "European Central Bank", true),
            ("ONS", "Office for National Statistics", true),
            ("BoA", "Bank of America", false), // not all capitals
            ("BOA", "Bank of America", true),
            ("U.N.", "United Nations", true),
            ("UN", "United Nations", true),
            ("EA", "Electronic Arts", true),
            ("IMF", "International Space Station", false),
            ("NASA", "NASA", false),
            ("I", "Intel", false),
            ("UKIP", "UK Independence Party", true),
            ("UIP", "UK Independence Party", false),
        ];
        for (acr, full, want) in cases {
            assert_eq!(acronym_of(&o(acr), &o(full)), want, "{acr} / {full}");
        }
    }

    #[test]
    fn plural_and_abbreviation_table() {
        // (a, b, same plural key, a abbreviates b)
        let cases = [
            ("Tories", "Tory", true, false),
            (
                "Disasters Emergency Committee",
                "Disaster Emergency Committee",
                true,
                false,
            ),
            ("Conservatives", "Conservative", true, false),
            ("Times", "Time", false, false),
            ("Lib Dems", "Liberal Democrats", false, true),
            ("Lib Dem", "Liberal Democrats", false, true),
            ("Lib Dem", "Lib Dems", false, false),
            ("Man Utd", "Manchester United", false, false),
            ("Gen Motors", "General Motors", false, true),
            ("Li Dem", "Liberal Democrats", false, false),
            ("Liberal Democrats", "Lib Dems", false, false),
        ];
        for (a, b, plural, abbr) in cases {
            assert_eq!(plural_key(&o(a)) == plural_key(&o(b)), plural, "{a} / {b}");
            assert_eq!(abbreviation_of(&o(a), &o(b)), abbr, "{a} / {b}");
            // The resolver skips a name's own key without asking (see `abbreviations`).
            assert!(!abbreviation_of(&o(a), &o(&a.to_uppercase())), "{a}");
        }
    }

    #[test]
    fn org_core_table() {
        let cases: [(&str, &[&str]); 13] = [
            ("Cranfield University", &["cranfield"]),
            (
                "Deutsche Lufthansa AG",
                &["deutsche lufthansa", "lufthansa"],
            ),
            ("Veritas Party", &["veritas"]),
            ("Apple Inc.", &["apple"]),
            ("Acme Holdings Ltd", &["acme holdings", "acme"]),
            (
                "Kavach Fintech Pvt Ltd",
                &["kavach fintech pvt", "kavach fintech", "kavach"],
            ),
            // A legal form also gives the first word; "Holdings" alone is no legal form.
            ("HBO and Co", &["hbo and", "hbo"]),
            ("Jardine Matheson Holdings", &["jardine matheson"]),
            ("US Department of Justice", &["department of justice"]),
            ("Bank of England", &[]),
            ("Tesla", &[]),
            ("US Steel", &[]), // two words: the country is part of the name
            ("Co Ltd", &[]),
        ];
        for (full, want) in cases {
            assert_eq!(org_cores(&o(full), None), want, "{full}");
        }
    }

    /// With the real lists: a country dropped from a two-word core leaves a plain name only.
    #[test]
    fn org_cores_with_the_builtin_lists() {
        let gaz = crate::gazetteer::Gazetteer::builtin().expect("built-in lists");
        let cores = |s: &str| org_cores(&o(s), Some(&gaz));
        assert!(cores("British Midland Airways Ltd").contains(&"midland airways".to_string()));
        assert!(!cores("Canadian Pacific Ltd").contains(&"pacific".to_string()));
        assert!(cores("Canadian Pacific Ltd").contains(&"canadian pacific".to_string()));
        // The first word of a company with a legal form, unless a place names a unit.
        assert!(cores("Shearson Lehman Brothers Inc").contains(&"shearson".to_string()));
        assert!(!cores("BP North America Inc").contains(&"bp".to_string()));
        assert!(!cores("Zorvex Shell U.K. Ltd").contains(&"zorvex".to_string()));
        assert!(!cores("Southern Zorvex Transport Co").contains(&"southern".to_string()));
    }

    #[test]
    fn families() {
        assert!(same_family(Label::Org, Label::App));
        assert!(same_family(Label::Location, Label::Org));
        assert!(!same_family(Label::Person, Label::Org));
        assert!(same_family(Label::Person, Label::Person));
    }
}
