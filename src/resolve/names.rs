//! Name normalisation for in-article matching and corpus-wide keys.
//!
//! Takes a mention's surface (or a canonical name); gives a [`NameForm`]: the display form
//! (possessive and, for people, leading titles removed) and its folded tokens (lower case,
//! Latin diacritics folded, apostrophes and dots dropped, other punctuation a space).
//! Does not decide whether two names are the same entity (see `rules.rs`).

use crate::gazetteer::Gazetteer;
use crate::model::Label;

/// A name as the matching rules see it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NameForm {
    /// The surface without possessive `'s` and (people) leading titles, white space collapsed.
    pub display: String,
    /// [`fold`] of `display`, whole.
    folded: String,
    /// Where the key starts in `folded`: 4 when a leading "the " is dropped (non-people).
    skip: usize,
    /// Number of tokens of the key.
    ntokens: usize,
}

/// Honorifics stripped from person names even without a gazetteer (the title list adds more).
const HONORIFICS: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "dr",
    "sir",
    "dame",
    "lady",
    "lord",
    "prof",
    "president",
];

impl NameForm {
    pub fn new(surface: &str, label: Label, gaz: Option<&Gazetteer>) -> NameForm {
        let mut words = Words::new(surface).peekable();
        let mut display = String::with_capacity(surface.len());
        // "President Putin" → "Putin"; a title alone stays ("Lady" is a name too). The last
        // word loses its possessive first (it is never a title: at least one word stays).
        let mut skipping = label == Label::Person;
        while let Some(w) = words.next() {
            let last = words.peek().is_none();
            if skipping && !last && is_title(w, gaz) {
                continue;
            }
            skipping = false;
            if !display.is_empty() {
                display.push(' ');
            }
            display.push_str(if last { strip_possessive(w) } else { w });
        }
        // `fold` separates words by single spaces, with none at either end: the key is the
        // folded text itself (less a dropped "the ").
        let folded = fold(&display);
        let mut ntokens = if folded.is_empty() {
            0
        } else {
            folded.bytes().filter(|&b| b == b' ').count() + 1
        };
        let mut skip = 0;
        if label != Label::Person && ntokens > 1 && folded.starts_with("the ") {
            skip = 4;
            ntokens -= 1;
        }
        NameForm {
            display,
            folded,
            skip,
            ntokens,
        }
    }

    /// The key and token count of `NameForm::new(&words.join(" "), Label::Org, None)` (each
    /// of `words` one word, without white space), folded word by word into the key: no joined
    /// text, display or second fold to build (`rules::org_core` asks this for half the
    /// organisations of an article).
    pub fn org_key_of_words(words: &[&str]) -> (String, usize) {
        let mut key = String::with_capacity(words.iter().map(|w| w.len() + 1).sum());
        for (i, w) in words.iter().enumerate() {
            let w = if i + 1 == words.len() {
                strip_possessive(w)
            } else {
                w
            };
            // `fold` collapses the space before a word that folds to nothing ("&").
            let before = key.len();
            if before > 0 {
                key.push(' ');
            }
            fold_into(&mut key, w);
            if before > 0 && key.len() == before + 1 {
                key.pop();
            }
        }
        let mut tokens = if key.is_empty() {
            0
        } else {
            key.bytes().filter(|&b| b == b' ').count() + 1
        };
        if tokens > 1 && key.starts_with("the ") {
            key.drain(..4);
            tokens -= 1;
        }
        (key, tokens)
    }

    /// Folded tokens of `display` joined by single spaces; a leading "the" is dropped for
    /// non-people.
    pub fn key(&self) -> &str {
        &self.folded[self.skip..]
    }

    /// [`fold`] of `display` (with any leading "the").
    pub fn folded(&self) -> &str {
        &self.folded
    }

    /// The folded tokens of the key.
    pub fn tokens(&self) -> impl DoubleEndedIterator<Item = &str> + Clone {
        self.key().split(' ').filter(|t| !t.is_empty())
    }

    pub fn token_count(&self) -> usize {
        self.ntokens
    }

    /// The first token ("" when there is none).
    pub fn first_token(&self) -> &str {
        self.key().split(' ').next().unwrap_or("")
    }

    /// The last token ("" when there is none).
    pub fn last_token(&self) -> &str {
        self.key().rsplit(' ').next().unwrap_or("")
    }
}

/// `str::split_whitespace`, byte by byte when the text is ASCII (most names): the generic
/// splitter decodes and classifies every char through a searcher, ~20 instructions a byte.
#[derive(Clone, Debug)]
pub enum Words<'a> {
    /// The ASCII text not yet split.
    Ascii(&'a str),
    Other(std::str::SplitWhitespace<'a>),
}

impl<'a> Words<'a> {
    pub fn new(s: &'a str) -> Words<'a> {
        if s.is_ascii() {
            Words::Ascii(s)
        } else {
            Words::Other(s.split_whitespace())
        }
    }
}

/// ASCII white space as `char::is_whitespace` has it (with vertical tab, 0x0B).
fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r')
}

impl<'a> Iterator for Words<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        match self {
            Words::Ascii(rest) => {
                let b = rest.as_bytes();
                let Some(start) = b.iter().position(|&c| !is_ascii_space(c)) else {
                    *rest = "";
                    return None;
                };
                let end = b[start..]
                    .iter()
                    .position(|&c| is_ascii_space(c))
                    .map_or(b.len(), |n| start + n);
                // ASCII: every byte offset is a char boundary.
                let word = &rest[start..end];
                *rest = &rest[end..];
                Some(word)
            }
            Words::Other(words) => words.next(),
        }
    }
}

impl<'a> DoubleEndedIterator for Words<'a> {
    fn next_back(&mut self) -> Option<&'a str> {
        match self {
            Words::Ascii(rest) => {
                let b = rest.as_bytes();
                let Some(last) = b.iter().rposition(|&c| !is_ascii_space(c)) else {
                    *rest = "";
                    return None;
                };
                let start = b[..last]
                    .iter()
                    .rposition(|&c| is_ascii_space(c))
                    .map_or(0, |n| n + 1);
                let word = &rest[start..=last];
                *rest = &rest[..start];
                Some(word)
            }
            Words::Other(words) => words.next_back(),
        }
    }
}

fn is_title(word: &str, gaz: Option<&Gazetteer>) -> bool {
    let w = word.trim_end_matches('.');
    HONORIFICS.iter().any(|h| h.eq_ignore_ascii_case(w))
        || gaz.is_some_and(|g| {
            // Only capitalised words ("the" or "said" are never titles of a name), and not
            // given names ("Dean Smith" is not Mr Smith).
            w.chars().next().is_some_and(char::is_uppercase)
                && g.title(w).is_some()
                && !g.name_part(w).given
        })
}

/// "Putin's" → "Putin", "Reynolds'" → "Reynolds", "Musk’s" → "Musk".
fn strip_possessive(word: &str) -> &str {
    for suffix in ["'s", "’s", "'S", "’S"] {
        if let Some(stem) = word.strip_suffix(suffix) {
            if !stem.is_empty() {
                return stem;
            }
        }
    }
    match word.strip_suffix(['\'', '’']) {
        Some(stem) if stem.ends_with(['s', 'S']) => stem,
        _ => word,
    }
}

/// Lower case, Latin diacritics folded ("Müller" → "muller"), apostrophes and dots dropped
/// ("U.S." → "us", "O'Neill" → "oneill"), other punctuation a space, white space collapsed.
pub fn fold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    fold_into(&mut out, s);
    out
}

/// [`fold`], appended to `out`.
pub fn fold_into(out: &mut String, s: &str) {
    let base = out.len();
    if s.is_ascii() {
        // Most names: byte by byte, no Unicode tables (the same result as below), each byte
        // classified by one table load.
        out.reserve(s.len());
        let mut space = true;
        for &b in s.as_bytes() {
            match ASCII_FOLD[usize::from(b)] {
                DROP => {}
                SPACE => {
                    if !space {
                        out.push(' ');
                        space = true;
                    }
                }
                c => {
                    out.push(char::from(c));
                    space = false;
                }
            }
        }
        if out.len() > base && out.ends_with(' ') {
            out.pop();
        }
        return;
    }
    fold_chars_into(out, s);
}

/// [`fold_into`] of an ASCII byte: letters and digits lower-cased, apostrophes and dots
/// [`DROP`]ped, anything else a [`SPACE`] (white space and punctuation).
const ASCII_FOLD: [u8; 256] = {
    let mut t = [SPACE; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        if b.is_ascii_alphanumeric() {
            t[i] = b.to_ascii_lowercase();
        } else if matches!(b, b'\'' | b'.' | b'`') {
            t[i] = DROP;
        }
        i += 1;
    }
    t
};
const DROP: u8 = 0;
const SPACE: u8 = b' ';

/// [`fold_into`] char by char (any text).
fn fold_chars_into(out: &mut String, s: &str) {
    let base = out.len();
    let mut space = true; // no leading space
    let mut fold_char = |ch: char| {
        if ch.is_alphanumeric() {
            push_folded(out, ch);
            space = false;
        } else if ('\u{300}'..='\u{36f}').contains(&ch) {
            // A combining mark belongs to its letter ("İ" lower-cases to "i" and a dot).
        } else if !space && !matches!(ch, '\'' | '’' | '‘' | '.' | '`') {
            out.push(' ');
            space = true;
        }
    };
    for ch in s.chars() {
        // ASCII (most names): one lower-case char, no Unicode case table.
        if ch.is_ascii() {
            fold_char(ch.to_ascii_lowercase());
        } else {
            ch.to_lowercase().for_each(&mut fold_char);
        }
    }
    if out.len() > base && out.ends_with(' ') {
        out.pop();
    }
}

/// Base letters of U+0100..=U+017F (Latin Extended-A), one per code point; `*` marks the
/// ligatures handled apart (IJ, OE).
const LATIN_EXT_A: &[u8; 128] =
    b"aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii**jjkkkllllllllllnnnnnnnnnoooooo**rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

fn push_folded(out: &mut String, ch: char) {
    if !push_latin_base(out, ch) {
        out.push(ch);
    }
}

/// Appends the ASCII base letters of a lower-case Latin-1 or Latin Extended-A letter ("é" →
/// "e", "ß" → "ss", "ł" → "l"); false, appending nothing, for any other char.
pub(crate) fn push_latin_base(out: &mut String, ch: char) -> bool {
    let c = ch as u32;
    let base: &str = match c {
        0x00E0..=0x00E5 => "a",
        0x00E6 => "ae",
        0x00E7 => "c",
        0x00E8..=0x00EB => "e",
        0x00EC..=0x00EF => "i",
        0x00F0 => "d",
        0x00F1 => "n",
        0x00F2..=0x00F6 | 0x00F8 => "o",
        0x00F9..=0x00FC => "u",
        0x00FD | 0x00FF => "y",
        0x00FE => "th",
        0x00DF => "ss",
        0x0132 | 0x0133 => "ij",
        0x0152 | 0x0153 => "oe",
        0x0100..=0x017F => {
            let b = LATIN_EXT_A[(c - 0x100) as usize];
            out.push(b as char);
            return true;
        }
        // Romanian's comma-below letters (Latin Extended-B): "Timișoara", "Galați".
        0x0219 => "s",
        0x021B => "t",
        _ => return false,
    };
    out.push_str(base);
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_table() {
        let cases = [
            ("Elon  Musk", "elon musk"),
            ("Müller-Lüdenscheidt", "muller ludenscheidt"),
            ("U.S.", "us"),
            ("O'Neill", "oneill"),
            ("Łódź", "lodz"),
            ("Kilroy-Silk", "kilroy silk"),
            ("  AT&T  ", "at t"),
            ("Dvořák", "dvorak"),
            ("Œuvre", "oeuvre"),
            ("Straße", "strasse"),
            // Romanian comma-below letters; "İ" lower-cases to "i" and a combining dot.
            ("Timișoara", "timisoara"),
            ("İzmir", "izmir"),
            ("東京", "東京"),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(fold(input), want, "{input:?}");
        }
    }

    /// The ASCII path gives what the char-by-char path gives, after any prefix.
    #[test]
    fn ascii_fold_matches_char_fold() {
        let mut cases: Vec<String> = (0u8..128).map(|b| format!("{}", char::from(b))).collect();
        cases.extend(
            [
                "  AT&T  ",
                "Dr. Reddy's",
                "--abc--",
                "O'Neill`s",
                "a . b",
                "...",
                "x\ty\nZ",
                "U.S.-based",
                "",
            ]
            .map(String::from),
        );
        for (i, a) in (0u8..128).enumerate() {
            cases.push(format!("x{}Y{}z", char::from(a), char::from(127 - i as u8)));
        }
        for c in &cases {
            let (mut fast, mut slow) = (String::from("P:"), String::from("P:"));
            fold_into(&mut fast, c);
            fold_chars_into(&mut slow, c);
            assert_eq!(fast, slow, "{c:?}");
        }
    }

    /// An organisation key folded word by word is the key of the joined words' name form.
    #[test]
    fn org_keys_of_words_are_name_form_keys() {
        let cases: [&[&str]; 14] = [
            &[],
            &["Cranfield"],
            &["Cranfield's"],
            &["The", "Hague"],
            &["the"],
            &["The", "&"],
            &["AT&T", "&", "Co"],
            &["&", "Acme"],
            &["Acme", "-"],
            &["-Acme-", "Corp."],
            &["U.S.", "Steel"],
            &["Müller-Lüdenscheidt", "Bank's"],
            &["Reynolds'", "x"],
            &["Dr.", "Reddy's"],
        ];
        for words in cases {
            let form = NameForm::new(&words.join(" "), Label::Org, None);
            let want = (form.key().to_string(), form.token_count());
            assert_eq!(NameForm::org_key_of_words(words), want, "{words:?}");
        }
    }

    /// [`Words`] splits as `split_whitespace` does, from either end and alternating.
    #[test]
    fn words_split_as_split_whitespace() {
        let cases = [
            "",
            " ",
            "Elon Musk",
            "  Elon \t Musk\n",
            "a\x0Bb\x0Cc\rd",
            "one",
            "x  ",
            "  x",
            "Jos\u{e9} \u{a0}M\u{fc}ller\u{2003}AG ",
            "\u{85}a",
        ];
        for c in cases {
            let want: Vec<&str> = c.split_whitespace().collect();
            assert_eq!(Words::new(c).collect::<Vec<_>>(), want, "{c:?}");
            let back: Vec<&str> = c.split_whitespace().rev().collect();
            assert_eq!(Words::new(c).rev().collect::<Vec<_>>(), back, "{c:?}");
            let (mut a, mut b) = (Words::new(c), c.split_whitespace());
            for i in 0..6 {
                if i % 2 == 0 {
                    assert_eq!(a.next(), b.next(), "{c:?} {i}");
                } else {
                    assert_eq!(a.next_back(), b.next_back(), "{c:?} {i}");
                }
            }
        }
    }

    #[test]
    fn latin_extended_a_table_is_aligned() {
        // Spot checks at both ends and at each ligature.
        assert_eq!(fold("Ā"), "a");
        assert_eq!(fold("č"), "c");
        assert_eq!(fold("Ĳ"), "ij");
        assert_eq!(fold("ĵ"), "j");
        assert_eq!(fold("ł"), "l");
        assert_eq!(fold("ŋ"), "n");
        assert_eq!(fold("ő"), "o");
        assert_eq!(fold("ř"), "r");
        assert_eq!(fold("š"), "s");
        assert_eq!(fold("ŧ"), "t");
        assert_eq!(fold("ų"), "u");
        assert_eq!(fold("ŵ"), "w");
        assert_eq!(fold("Ÿ"), "y");
        assert_eq!(fold("ž"), "z");
        assert_eq!(fold("ſ"), "s");
    }

    #[test]
    fn name_form_table() {
        // (surface, label, display, key)
        let cases = [
            ("Putin's", Label::Person, "Putin", "putin"),
            ("Musk’s", Label::Person, "Musk", "musk"),
            ("Reynolds'", Label::Person, "Reynolds", "reynolds"),
            ("President Putin", Label::Person, "Putin", "putin"),
            (
                "Mr. David Smith",
                Label::Person,
                "David Smith",
                "david smith",
            ),
            ("Lady", Label::Person, "Lady", "lady"),
            ("The Hague", Label::Location, "The Hague", "hague"),
            ("the Kremlin", Label::Org, "the Kremlin", "kremlin"),
            // non-people keep their titles: "Dr Reddy's" is a company
            ("Dr Reddy's", Label::Org, "Dr Reddy", "dr reddy"),
            ("NASA", Label::Org, "NASA", "nasa"),
            ("Boss", Label::Person, "Boss", "boss"),
        ];
        for (surface, label, display, key) in cases {
            let f = NameForm::new(surface, label, None);
            assert_eq!((f.display.as_str(), f.key()), (display, key), "{surface:?}");
        }
    }
}
