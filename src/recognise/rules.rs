//! Named context rules over capitalised chunks, in the manner of ANNIE's JAPE grammars.
//!
//! Takes an article (sentences, tokens), the gazetteer and the value mentions already found;
//! gives name candidates, each tagged with the rule that made it:
//!
//! | rule | pattern | label |
//! |---|---|---|
//! | `PersonTitle` | title or role + capitalised name ("President Putin"); the title stays out of the span and becomes the role | PERSON |
//! | `PersonGiven` | known given name + capitalised token(s) ("Dmitry Peskov"); not with an everyday word inside ("Boise National Forest") | PERSON |
//! | `PlaceArea` | given name + County/Township/Parish/Borough ("Martin County") | LOCATION |
//! | `PersonNameParts` | every token a known name part ("Schilbe Stefan") | PERSON |
//! | `OrgSuffix` | capitalised sequence + legal suffix ("Red Pixels Ventures Limited") | ORG |
//! | `OrgKeyword` | capitalised sequence with an org head, over its connectors ("Reserve Bank of India", "Institute for the Study of Labour", "U.S. Circuit Court of Appeals") | ORG |
//! | `OrgCountryUnit` | a listed firm and a country: its national company ("Shell Canada"); a compass word and a country are one place (`PlaceCompass`, "Southern France") | ORG |
//! | `OrgPlaceWord` | a place that is also a given name + an everyday word ("Boston Five", "Jupiter Research") | ORG |
//! | `OrgContext` | a lone unknown word before a role or corporate noun ("Barrick chairman", "a Costain spokesman"), or after a company office, also in capitals or camel case ("CEO of Wanderful", "chief executive of AccuWeather") | ORG |
//! | `AppContext` | "the X app", "on X", "download X", "X users", "software such as X and Y" | APP |
//! | `ThingContext` | an unknown word a noun of software or devices describes: "the Exeem software", "Zorvix users", "Qrio robots", "the drug Norvasc", "download Kazaa", "a robot called Emiew" | APP, PRODUCT |
//! | `AppService` | a listed app or firm + a service word ("WhatsApp Pay", "Twitter Blue", "Samsung Shop") | APP |
//! | `ProductModel` | brand or line + model parts ("Realme X7 Pro", "iPhone 13 Pro") | PRODUCT |
//! | `PersonScorer` | a player in a result line: a match minute after ("( Scifo 35th )") or a scorecard mark before ("c Stewart b Croft 46") | PERSON |
//! | `TeamAfterCountry` | a team after a competitor and their country, before a time ("Gerhard Berger ( Austria ) Benetton 1:53.706") | ORG |
//! | `SportsTeam` | a town, county or state in a match result ("Leeds 2 Wigan 1", "Liverpool beat Chelsea", "Melbourne 11.12 ( 78 )") or the visiting side of a fixture line ("SEATTLE AT BOSTON"); countries stay places | ORG |
//! | `PressDigest` | in a press digest, a line only of a name in capitals before its stories ("AN-NAHAR", "JORNAL DE ANGOLA"); not "FRONT PAGE" | ORG |
//! | `PlaceFrame` | after "town of", "port of", … or before ", State" ("the town of Karak", "Whittier, Alaska,"); a state's abbreviation with its full stop split off after a town ("RICHMOND , Va .") | LOCATION |
//! | `PlaceList` | a lone name part after a listed town and "and"/"or" ("between Rome and Florence"); not after a comma (team sheets) | LOCATION |
//! | `AcronymDefined` | "International Space Station (ISS)": the acronym takes the name's label; an organisation's own unlisted name in brackets too ("Federation of Economic Organisations (Keidanren)") | any |
//! | `Ticker` | capitals in a wire's angle brackets ("BankAmerica Corp <BAC>"): the company's code, not a listed place | ORG |
//! | `Gazetteer` | a list name, with case and context checks (`gazetteer:<list>`); a name only the brand list has is its company without an app context ("EA said"), or the service when spelt with a lower-case first letter ("iTunes") | any |
//!
//! Title Case headlines and ALL-CAPS lines give no capitalisation evidence: there only list
//! names and full person names count. Sentence-initial capitals, months, weekdays and common
//! words are vetoed unless other evidence agrees.

use super::lexicon::{self, LexMatch, Lexicon};
use super::{strength, Candidate, Doc};
use crate::gazetteer::{GazLabel, Gazetteer, NamePart};
use crate::model::{Label, Shape, Zone};
use std::borrow::Cow;
use std::cell::Cell;

/// Finds name candidates in every sentence.
pub fn find_names(doc: &Doc, gaz: &Gazetteer, values: &[Candidate]) -> Vec<Candidate> {
    let lex = Lexicon::new(doc, gaz);
    let memo = TokenMemo::new(doc.tokens.len());
    let terms = terms_defined_in_lower_case(doc);
    let mut out = Vec::new();
    for (si, range) in doc.sentence_tokens.iter().enumerate() {
        let sentence = &doc.sentences[si];
        let mut ctx = SentenceCtx::new(doc, gaz, &memo, range.clone(), sentence.zone);
        ctx.terms = &terms;
        ctx.scan(&lex, values, &mut out);
    }
    out.extend(press_digest_papers(doc));
    out
}

/// PressDigest: in a wire's press digest ("PRESS DIGEST - Lebanon - Aug 22", "the leading
/// stories in the Beirut press"), a line that is only a name in capitals, before a line of
/// stories opening with a dash, is the newspaper ("AN-NAHAR", "JORNAL DE ANGOLA", "THE
/// NATION"), whatever a list says of its words; a page or section is no paper ("FRONT PAGE").
fn press_digest_papers(doc: &Doc) -> Vec<Candidate> {
    let text = doc.text;
    let cue = b"press digest";
    let digest = doc.sentences.iter().take(4).any(|s| {
        text.as_bytes()[s.start..s.end]
            .windows(cue.len())
            .any(|w| w.eq_ignore_ascii_case(cue))
    }) || text.contains("leading stories in");
    if !digest {
        return Vec::new();
    }
    const SECTIONS: &[&str] = &["PAGE", "PAGES", "SECTION", "EDITORIAL", "EDITORIALS"];
    let mut out = Vec::new();
    for (si, s) in doc.sentences.iter().enumerate() {
        let line = text[s.start..s.end].trim();
        let words: Vec<&str> = line.split(' ').collect();
        let stories_follow = doc
            .sentence_tokens
            .get(si + 1)
            .is_some_and(|r| !r.is_empty() && matches!(doc.tok(r.start), "-" | "*"));
        let capitals = line.bytes().any(|b| b.is_ascii_uppercase())
            && line
                .chars()
                .all(|c| c.is_uppercase() || matches!(c, ' ' | '-' | '\'' | '.'));
        if !stories_follow
            || !capitals
            || line.len() < 3
            || words.len() > 4
            || words.last().is_some_and(|w| SECTIONS.contains(w))
        {
            continue;
        }
        let start = s.start + text[s.start..s.end].find(line).unwrap_or(0);
        out.push(Candidate {
            start,
            end: start + line.len(),
            label: Label::Org,
            canonical: line.to_string(),
            source: "rule:PressDigest".into(),
            id: None,
            role: None,
            money: None,
            value: None,
            strength: strength::RULE_STRONG,
        });
    }
    out
}

/// Acronyms the article spells out in lower-case words: "purchasing manager index (PMI)",
/// "digital video recorders (DVRs)". They are terms, not names, all through the article
/// (BBC + Reuters: 96 such definitions; "PMI", "PVR", "CPI" were guessed as firms).
fn terms_defined_in_lower_case<'t>(doc: &Doc<'t>) -> Vec<&'t str> {
    // A sentence's first word may have its capital: "Gross domestic product (GDP)".
    let opens_sentence = |k: usize| {
        k == 0 || doc.sentence_of(doc.tokens[k - 1].start) != doc.sentence_of(doc.tokens[k].start)
    };
    let mut terms = Vec::new();
    for i in 0..doc.tokens.len().saturating_sub(2) {
        if doc.tok(i) != "(" || doc.tok(i + 2) != ")" {
            continue;
        }
        let acronym = doc.tok(i + 1);
        let letters = acronym.strip_suffix('s').unwrap_or(acronym);
        if !(2..=5).contains(&letters.len())
            || !letters.bytes().all(|b| b.is_ascii_uppercase())
            || i < letters.len()
        {
            continue;
        }
        let words = i - letters.len()..i;
        let spelt = words.clone().zip(letters.bytes()).all(|(k, letter)| {
            // Each word opens with its letter in lower case: capitalised words spell a name
            // ("Kravitz Zolotov Best (KZB)").
            let first = doc.tok(k).as_bytes()[0];
            first == letter.to_ascii_lowercase() || first == letter && opens_sentence(k)
        });
        if spelt
            && doc.sentence_of(doc.tokens[words.start].start)
                == doc.sentence_of(doc.tokens[i].start)
        {
            terms.push(letters);
        }
    }
    terms
}

/// The gazetteer's folded lookups per token of the article, made once each: the rules ask
/// about the same tokens again and again (a chunk's first token, the token after it, ...).
/// Each cell is 0 until asked, then 1 + the answer's bits.
struct TokenMemo {
    /// [`NamePart`]: bit 0 given, bit 1 surname.
    name_part: Vec<Cell<u8>>,
    /// Bit 0: the token is a demonym.
    demonym: Vec<Cell<u8>>,
    /// Bit 0: the token is a reliable person's title ([`SentenceCtx::person_title`]).
    person_title: Vec<Cell<u8>>,
}

impl TokenMemo {
    fn new(tokens: usize) -> TokenMemo {
        TokenMemo {
            name_part: vec![Cell::new(0); tokens],
            demonym: vec![Cell::new(0); tokens],
            person_title: vec![Cell::new(0); tokens],
        }
    }

    /// The bits in `cells[i]`, computed by `ask` the first time (and every time for an index
    /// out of range).
    #[inline]
    fn get(cells: &[Cell<u8>], i: usize, ask: impl FnOnce() -> u8) -> u8 {
        let Some(cell) = cells.get(i) else {
            return ask();
        };
        match cell.get() {
            0 => {
                let bits = ask();
                cell.set(bits + 1);
                bits
            }
            v => v - 1,
        }
    }
}

struct SentenceCtx<'a> {
    doc: &'a Doc<'a>,
    gaz: &'a Gazetteer,
    memo: &'a TokenMemo,
    /// [`terms_defined_in_lower_case`]: no names in this article.
    terms: &'a [&'a str],
    range: std::ops::Range<usize>,
    /// Title Case or ALL CAPS: capitalisation is no evidence here.
    headline: bool,
    /// Page furniture or a dateline line: menus and section headings ("Trending Stories",
    /// "Technology News").
    furniture: bool,
}

/// Words before a one-word title that still open its office ("The Governor of Kansas",
/// "Former Governor of Kansas Bill Graves").
const OFFICE_QUALIFIERS: &[&str] = &["The", "Former", "Acting", "Interim", "Outgoing"];

/// Last words of places named after people ("Martin County", "Carson City", "Palm Springs").
const PLACE_ENDINGS: &[&str] = &[
    "City", "County", "Township", "Parish", "Borough", "Park", "Beach", "Springs",
];

/// The last word of an administrative area's name ("Kern County", "Chester Township",
/// "Jefferson Davis Parish"); not "City", which many firms end in ("Circuit City").
fn is_admin_area(word: &str) -> bool {
    matches!(word, "County" | "Township" | "Parish" | "Borough")
}

/// A regnal numeral from II to XX, or XXIII ("Edward III", "Pope John XXIII"); not "I" (the pronoun,
/// mostly: see `is_pronoun_i`), nor "V" or "X" alone (letters and models).
pub(crate) fn is_regnal_numeral(word: &str) -> bool {
    const NUMERALS: [&str; 18] = [
        "II", "III", "IV", "VI", "VII", "VIII", "IX", "XI", "XII", "XIII", "XIV", "XV", "XVI",
        "XVII", "XVIII", "XIX", "XX", "XXIII",
    ];
    NUMERALS.contains(&word)
}

/// A number with a unit, an ordinal or a decade ("800m", "20-yard", "14th", "1990s"): a
/// distance or a place in a table, no model ("AAA 800m title", "Newcastle 14th in the
/// league"); models put letters first or mix them in ("X7", "S23", "7a", "F-16").
fn is_measure_or_ordinal(w: &str) -> bool {
    let digits = w.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 0 {
        return false;
    }
    let rest = w[digits..].trim_start_matches('-');
    const SUFFIXES: &[&str] = &[
        "m", "km", "cm", "mm", "kg", "g", "lb", "lbs", "ft", "mph", "st", "nd", "rd", "th",
    ];
    SUFFIXES.contains(&rest)
        || (digits == 4 && rest == "s")
        || (w[digits..].starts_with('-') && rest.bytes().all(|b| b.is_ascii_lowercase()))
}

/// A capital letter written alone as an initial ("M" in "M Tait"); not the words "A" and "I".
fn is_bare_initial(tok: &str) -> bool {
    matches!(tok.as_bytes(), [c] if c.is_ascii_uppercase() && !matches!(c, b'A' | b'I'))
}

/// A month or weekday, also in the plural ("on Thursdays", "for November").
fn is_temporal(word: &str) -> bool {
    lexicon::TEMPORAL.contains(word) || lexicon::TEMPORAL.contains(word.trim_end_matches('s'))
}

/// "North", "South", "East", "West": before a place, part of its name ("West London").
fn is_compass_point(word: &str) -> bool {
    matches!(word, "North" | "South" | "East" | "West")
}

/// A weekday's short form ("Sun", "Sat"). A month's ("Sept Brent", "Oct Nymex") dates the
/// commodity or contract after it in market tables.
fn is_weekday_abbreviation(word: &str) -> bool {
    matches!(word, "Mon" | "Tue" | "Wed" | "Thu" | "Fri" | "Sat" | "Sun")
}

/// A weekday written out, as news dates an event ("Monday", "Wednesday").
fn is_weekday(word: &str) -> bool {
    crate::dates::WEEKDAYS.contains(&word)
}

/// The list names inside tokens `a..b`, left to right.
fn inner_matches<'l, 'g>(lex: &'l Lexicon<'g>, a: usize, b: usize) -> Vec<&'l LexMatch<'g>> {
    let mut inner = Vec::new();
    let mut k = a;
    while k < b {
        match lex.at(k) {
            Some(m) if m.last <= b => {
                inner.push(m);
                k = m.last;
            }
            _ => k += 1,
        }
    }
    inner
}

/// A compound of a name and a participle that describes the next name: "Paris-based",
/// "Tunisian-born", "state-run", "Republican-controlled", "Oscar-nominated".
pub(crate) fn is_describing_compound(tok: &str) -> bool {
    const PARTICIPLES: [&str; 16] = [
        "nominated",
        "winning",
        "educated",
        "trained",
        "elected",
        "based",
        "born",
        "owned",
        "run",
        "led",
        "controlled",
        "backed",
        "listed",
        "registered",
        "funded",
        "headquartered",
    ];
    tok.rsplit_once('-')
        .is_some_and(|(head, p)| !head.is_empty() && PARTICIPLES.contains(&p))
}

fn is_cap_shape(s: Shape) -> bool {
    matches!(s, Shape::Capitalised | Shape::AllCaps | Shape::Mixed)
}

impl<'a> SentenceCtx<'a> {
    fn new(
        doc: &'a Doc<'a>,
        gaz: &'a Gazetteer,
        memo: &'a TokenMemo,
        range: std::ops::Range<usize>,
        zone: Zone,
    ) -> Self {
        // Title Case: (nearly) every content word capitalised, only function words in lower
        // case. "Shares of Red Pixels Ventures Limited rose" has a lower-case verb: prose.
        let (mut n, mut caps, mut all_caps, mut numbers) = (0usize, 0usize, 0usize, 0usize);
        for i in range.clone() {
            let s = doc.tokens[i].shape;
            if !s.is_word() {
                numbers += usize::from(s == Shape::Digits);
                continue;
            }
            n += 1;
            if is_cap_shape(s) {
                caps += 1;
                all_caps += usize::from(s == Shape::AllCaps);
            }
        }
        // The word-list lookups only where they can decide (most sentences are prose).
        let has_lower_content = || {
            range.clone().any(|i| {
                doc.tokens[i].shape == Shape::Lower
                    && !lexicon::TITLE_CASE_LOWER.contains(doc.tok(i))
            })
        };
        // Headlines end without a full stop; a sentence that ends with one is prose however
        // many capitals it has ("J. Kevin McMahon is President and CEO of the Pittsburgh
        // Cultural Trust.").
        // Not the dot of an abbreviation ("N.A." ends the rows of a table), nor a table's rows
        // run into the note below them (more numbers than words).
        let ends_with_full_stop = range.end > range.start + 1
            && numbers < n
            && doc.tok(range.end - 1) == "."
            && doc
                .tok(range.end - 2)
                .bytes()
                .filter(u8::is_ascii_alphabetic)
                .count()
                > 1
            && !doc.tok(range.end - 2).contains('.');
        let headline = zone == Zone::Title
            || (n >= 2 && all_caps * 10 >= n * 6)
            || (n >= 4 && caps * 10 >= n * 6 && !ends_with_full_stop && !has_lower_content());
        SentenceCtx {
            doc,
            gaz,
            memo,
            terms: &[],
            range,
            headline,
            furniture: matches!(zone, Zone::Boilerplate | Zone::Dateline),
        }
    }

    fn tok(&self, i: usize) -> &'a str {
        self.doc.tok(i)
    }

    /// `gaz.name_part(tok(i))`, asked once per token.
    fn name_part(&self, i: usize) -> NamePart {
        let bits = TokenMemo::get(&self.memo.name_part, i, || {
            let np = self.gaz.name_part(self.doc.tok(i));
            u8::from(np.given) | u8::from(np.surname) << 1
        });
        NamePart {
            given: bits & 1 != 0,
            surname: bits & 2 != 0,
        }
    }

    /// [`Self::person_title`] of token `i`, asked once per token.
    fn person_title_at(&self, i: usize) -> bool {
        TokenMemo::get(&self.memo.person_title, i, || {
            u8::from(self.person_title(self.doc.tok(i)))
        }) != 0
    }

    fn shape(&self, i: usize) -> Shape {
        self.doc.tokens[i].shape
    }

    /// A token that can be part of a name: capitalised, CamelCase, or "X7"-style.
    fn is_name_token(&self, i: usize) -> bool {
        let s = self.shape(i);
        if is_cap_shape(s) {
            return true;
        }
        s == Shape::Alphanumeric && self.tok(i).starts_with(|c: char| c.is_uppercase())
    }

    /// The month or weekday at token `a`, also a given name ("June", "May"), dates what
    /// follows rather than opening a person's name: after a word that introduces a date ("in
    /// September Spears married", "payable April One", "the June Venice summit"), or before a
    /// demonym, acronym or everyday word that is no surname ("June Canadian dollar", "May
    /// RBD palm oil", "April One"). "June Carter Cash" is a person, and
    /// "May Department Stores Co" (an org head or suffix in `a..b`) a firm.
    fn dates_the_name(&self, a: usize, b: usize) -> bool {
        const DATE_OPENERS: &[&str] = &[
            "in",
            "on",
            "by",
            "since",
            "until",
            "till",
            "from",
            "to",
            "through",
            "last",
            "next",
            "early",
            "late",
            "mid",
            "this",
            "each",
            "every",
            "the",
            "of",
            "for",
            "during",
            "before",
            "after",
            "effective",
            "payable",
            "record",
            "ended",
            "ending",
            "around",
            "between",
            "expire",
            "expires",
        ];
        let opened = a > self.range.start && DATE_OPENERS.contains(&&*self.lower_word(a - 1));
        let firm = (a + 1..b).any(|k| {
            let w = self.tok(k);
            self.is_org_head(w) || self.gaz.is_legal_form(w)
        });
        // A word that is known as something else than a surname: "Jan Kroslak" stays a name.
        let other_word = |k: usize| {
            !self.name_part(k).surname
                && (self.is_demonym(k)
                    || self.shape(k) == Shape::AllCaps
                    || lexicon::is_common(self.gaz, self.tok(k), 50))
        };
        !firm && (opened || a + 1 < self.range.end && other_word(a + 1))
    }

    /// Token `i` is a preposition or article written with a capital ("In", "By", "Since").
    fn opens_with_preposition(&self, i: usize) -> bool {
        if self.shape(i) != Shape::Capitalised {
            return false; // "VS 7010" is a model
        }
        let w = self.lower_word(i);
        lexicon::TITLE_CASE_LOWER.contains(&w)
            || matches!(&*w, "since" | "until" | "during" | "before" | "through")
    }

    /// Token `i` is the pronoun "I": an auxiliary, a verb of thinking or a contraction follows
    /// ("I will", "I think", "I've"), or any lower-case word when no given name comes before
    /// ("Whilst I disagree"). After a given name, other verbs follow a regnal numeral ("Pedro
    /// I became", "Baudouin I born").
    fn is_pronoun_i(&self, i: usize) -> bool {
        const AFTER_I: &[&str] = &[
            "am", "have", "had", "will", "would", "shall", "should", "can", "could", "may",
            "might", "must", "do", "did", "don't", "didn't", "can't", "won't", "want", "think",
            "feel", "like", "know", "hope", "believe", "need", "wish", "love", "guess", "mean",
            "really", "just", "also", "still", "never", "always",
        ];
        i + 1 < self.range.end
            && self.tok(i) == "I"
            && (AFTER_I.contains(&self.tok(i + 1))
                || self.tok(i + 1).starts_with(['\'', '\u{2019}'])
                || self.shape(i + 1) == Shape::Lower && i > 0 && !self.name_part(i - 1).given)
    }

    /// A plural of a common noun, capitalised or not: "Rivals", "Shares", "Analysts" (not
    /// "Swiss", "Times": the singular must be a common word too).
    fn is_plural_common_noun(&self, k: usize) -> bool {
        let w = self.lower_word(k);
        w.len() >= 4
            && w.ends_with('s')
            && !w.ends_with("ss")
            && lexicon::is_common(self.gaz, &w, 50)
            && lexicon::is_common(self.gaz, &w[..w.len() - 1], 50)
    }

    /// A lower-case particle of a name ("de", "la", "van"), not "of" or "&"; the Dutch "ten"
    /// and "ter" only after a given name ("Erik ten Hag", not "won ten").
    fn is_particle(&self, k: usize) -> bool {
        let w = self.tok(k);
        self.shape(k) == Shape::Lower
            && (lexicon::is_name_particle(w)
                || lexicon::DUTCH_PARTICLES.contains(&w) && k > 0 && self.name_part(k - 1).given)
    }

    /// The token lower-cased; borrowed when it already is (most words: no allocation).
    fn lower_word(&self, i: usize) -> Cow<'a, str> {
        let w = self.tok(i);
        if w.bytes().any(|b| b.is_ascii_uppercase() || !b.is_ascii()) {
            Cow::Owned(w.to_lowercase())
        } else {
            Cow::Borrowed(w)
        }
    }

    fn next_word(&self, i: usize) -> Option<Cow<'a, str>> {
        (i < self.range.end && self.shape(i).is_word()).then(|| self.lower_word(i))
    }

    /// Token `i` is a verb that people and organisations do ("said", "told", "announced").
    fn acts_at(&self, i: usize) -> bool {
        self.next_word(i)
            .is_some_and(|w| lexicon::ORG_ACTS.contains(&w))
    }

    /// A company acts from token `i` on ([`Self::acts_at`], or a verb group ending in a
    /// corporate verb: auxiliaries, modals, a headline's "to" and a few adverbs before it:
    /// "will pay", "to Buy", "has also agreed", "is suing"). Right after the name only a
    /// finite form counts ("Google pays"; "Google Pay" is the product); after a form of "be" a
    /// past participle is passive and counts only from [`lexicon::ORG_ACTS`] ("was fined",
    /// not "was banned"). "to" only in a headline or after a name that opens the sentence:
    /// in prose the firm is the means ("use auction site eBay to sell"). For firms only: a
    /// town or a surname buying or paying is a firm as often as a person ("Cavendish will buy").
    /// An aside between commas may come first: "Swiggy, backed by SoftBank, raised $700m",
    /// "Twitter, which owns Vine, said".
    fn firm_acts_at(&self, first: usize, i: usize) -> bool {
        if self.tok_in_sentence(i) == Some(",") {
            let close = (i + 2..(i + 12).min(self.range.end)).find(|&k| self.tok(k) == ",");
            return close.is_some_and(|c| self.firm_acts_right_at(first, c + 1));
        }
        self.firm_acts_right_at(first, i)
    }

    /// [`Self::firm_acts_at`] with the verb group at token `i`.
    fn firm_acts_right_at(&self, first: usize, i: usize) -> bool {
        let Some(w) = self.next_word(i) else {
            return false;
        };
        if lexicon::ORG_ACTS.contains(&w) {
            return true;
        }
        if lexicon::corporate_verb(&w).is_some_and(|past| past || w.ends_with('s')) {
            return true;
        }
        let mut k = i;
        let mut after_be = false;
        let mut after_catenative = false;
        while k < i + 4 {
            let Some(w) = self.next_word(k) else {
                return false;
            };
            if k > i {
                if lexicon::ORG_ACTS.contains(&w) {
                    return true;
                }
                if let Some(past) = lexicon::corporate_verb(&w) {
                    return !(past && after_be);
                }
            }
            // A bare "to" mid-sentence is no headline's "Facebook to Buy" ("a deal with
            // Google to ..."), but after a verb that takes another it is ("needs to pay").
            if !lexicon::ACTS_AUX.contains(&w)
                || (w == "to" && !self.headline && first > self.range.start && !after_catenative)
            {
                return false;
            }
            after_be = lexicon::BE_FORMS.contains(&w);
            after_catenative = lexicon::CATENATIVES.contains(&&*w);
            k += 1;
        }
        false
    }

    /// Tokens `a..b` end in a legal suffix ("Ltd", "Inc", "Corp"), which may have its own full
    /// stop token ("Ltd" "." read as "Ltd.").
    fn ends_in_legal_suffix(&self, a: usize, b: usize) -> bool {
        self.legal_suffix_end(a, b).is_some()
    }

    /// Where the name that [`Self::ends_in_legal_suffix`] reads ends: at `b`, or before a
    /// final full stop that is the sentence's, after a suffix listed without one ("… Grindlays
    /// Bank Plc.").
    fn legal_suffix_end(&self, a: usize, b: usize) -> Option<usize> {
        let suffix = |w: &str| self.gaz.is_legal_form(w);
        if b >= a + 3 && self.tok(b - 1) == "." {
            if suffix(self.text(b - 2, b)) {
                Some(b)
            } else {
                suffix(self.tok(b - 2)).then_some(b - 1)
            }
        } else {
            suffix(self.tok(b - 1)).then_some(b)
        }
    }

    /// The company is acted on as an institution, per GUIDELINE.md's "was fined, acquired": the
    /// object of a verb done to firms ("fined Google", "sued Apple", "acquire Twitter"), after
    /// "against" ("a lawsuit against Facebook"), a holding and its preposition ("a stake in
    /// Twitter"), or a passive agent of ownership ("owned by Google"). Token `first` opens the
    /// name.
    fn firm_acted_on(&self, first: usize) -> bool {
        let word = |k: usize| (k >= self.range.start && k < first).then(|| self.lower_word(k));
        let (Some(p1), p2) = (
            first.checked_sub(1).and_then(word),
            first.checked_sub(2).and_then(word),
        ) else {
            return false;
        };
        let p2 = p2.as_deref().unwrap_or("");
        lexicon::firm_object_verb(&p1)
            || p1 == "against"
            || matches!(&*p1, "in" | "of" | "for") && lexicon::FIRM_HOLDINGS.contains(p2)
            || p1 == "by" && lexicon::OWNED_BY.contains(p2)
            // Money raised from the firm: "raised $1 billion from Google", "funding from
            // Facebook".
            || p1 == "from" && lexicon::FUNDS_FROM.contains(p2)
    }

    /// A possessive and an office follow token `i - 1`: "Google's chief executive", "Twitter's
    /// new CEO" are the company's people, so the name is the company, not the app.
    fn office_of_firm_after(&self, i: usize) -> bool {
        if !self.is_possessive(i) {
            // Or the office right after the name, and its holder: "Google CEO Sundar Pichai"
            // (not "the Instagram model posted"); or, holder unnamed, the people who speak and
            // work for a firm: "a Google spokesperson said", "Facebook executives".
            return self.named_officer_at(i)
                || self
                    .next_word(i)
                    .is_some_and(|w| lexicon::FIRM_SPEAKERS.contains(&w));
        }
        let mut k = i + 1;
        if self
            .next_word(k)
            .is_some_and(|w| lexicon::ROLE_QUALIFIERS.contains(&&*w))
        {
            k += 1;
        }
        k < self.range.end && self.person_title_at(k)
    }

    /// Token `i` is a possessive "'s" in this sentence.
    fn is_possessive(&self, i: usize) -> bool {
        matches!(self.tok_in_sentence(i), Some("'s" | "’s"))
    }

    /// Titles from token `k` on, then (after a comma, maybe) a name: "CEO Tim Cook", "chief
    /// executive, Sundar Pichai", "president and chief executive Meg Whitman".
    fn named_officer_at(&self, mut k: usize) -> bool {
        let title = k;
        while k < self.range.end
            && (self.person_title_at(k)
                || k > title
                    && k + 1 < self.range.end
                    && self.tok(k) == "and"
                    && self.person_title_at(k + 1))
        {
            k += 1;
        }
        if k > title && self.tok_in_sentence(k) == Some(",") {
            k += 1;
        }
        k > title && k < self.range.end && self.is_name_token(k)
    }

    /// A corporate title of one or two words at token `k` ("founder", "chief executive"),
    /// then (after a comma, maybe) a name: like [`Self::named_officer_at`], for the offices
    /// of firms only ("Kavach's managing director Rakesh Menon", not "Smith's lawyer John Doe").
    fn named_corporate_officer_at(&self, k: usize) -> bool {
        let title_end = if k + 2 <= self.range.end && self.is_corporate_title(self.text(k, k + 2)) {
            k + 2
        } else if self.is_corporate_title(self.tok(k)) {
            k + 1
        } else {
            return false;
        };
        let name = if self.tok_in_sentence(title_end) == Some(",") {
            title_end + 1
        } else {
            title_end
        };
        name < self.range.end && self.is_name_token(name)
    }

    fn scan(&self, lex: &Lexicon, values: &[Candidate], out: &mut Vec<Candidate>) {
        let mut i = self.range.start;
        // Values are sorted by start: walk them alongside the tokens.
        let first_start = self.doc.tokens.get(i).map_or(0, |t| t.start);
        let mut v = values.partition_point(|v| v.end <= first_start);
        while i < self.range.end {
            // Skip tokens inside a value mention (money, dates).
            let t = self.doc.tokens[i];
            while v < values.len() && values[v].end <= t.start {
                v += 1;
            }
            if values
                .get(v)
                .is_some_and(|v| v.start <= t.start && t.end <= v.end)
            {
                i += 1;
                continue;
            }
            if !self.is_name_token(i) && lex.at(i).is_none() {
                i += 1;
                continue;
            }
            let mut end = self.chunk_end(i, lex);
            // A model number is no amount: "paid Zentrix Ltd 1.55bn euros" ends the name
            // before the money (else the name, overlapping a value, is lost). In prose only,
            // after a lower-case word: a table's row label before its figure ("Group Turnover
            // 8.36 billion francs", "APR 7 Dlrs") is no name.
            let in_prose = i > self.range.start && self.shape(i - 1) == Shape::Lower;
            if let Some(value) = values
                .get(v)
                .filter(|v| in_prose && v.start > t.start && v.label == Label::Money)
            {
                end = (i + 1..end)
                    .find(|&k| self.doc.tokens[k].start >= value.start)
                    .unwrap_or(end);
            }
            self.classify_chunk(i, end, lex, out);
            i = end.max(i + 1);
        }
    }

    /// End (exclusive) of the capitalised chunk starting at `i`, joining connectors
    /// ("Bank of Italy") and gazetteer phrases that continue it.
    fn chunk_end(&self, i: usize, lex: &Lexicon) -> usize {
        let mut j = i;
        loop {
            // "in Indonesia June 1-5", "Boston Apr 1": a month (or its short form) before a day
            // dates the name before it.
            // Also an abbreviated month with its full stop: "visit Brazil Sept. 15-21".
            let day_at = |k: usize| {
                k < self.range.end && self.tok(k).starts_with(|c: char| c.is_ascii_digit())
            };
            if j > i
                && j + 1 < self.range.end
                && (day_at(j + 1) || (self.tok(j + 1) == "." && day_at(j + 2)))
                && self.shape(j) == Shape::Capitalised
                && crate::dates::month_number(self.tok(j)).is_some()
            {
                return j;
            }
            if let Some(m) = lex.at(j) {
                if m.last > j && m.last <= self.range.end {
                    j = m.last;
                    continue;
                }
            }
            // "Bob Dole Wednesday accused": a weekday after a name is the date of the news,
            // no part of the name.
            if j > i && j < self.range.end && is_weekday(self.tok(j)) {
                return j;
            }
            // "Senate Democratic leader", "House Republican whip": a party's adjective after a
            // chamber and before a lower-case word is the member's party, no part of the
            // chamber's name (CoNLL-2003 train tags "Senate" alone).
            if j > i
                && j + 1 < self.range.end
                && matches!(self.tok(j), "Democratic" | "Republican")
                && matches!(
                    self.tok(j - 1),
                    "Senate" | "House" | "Assembly" | "Congress"
                )
                && self.shape(j + 1) == Shape::Lower
            {
                return j;
            }
            // "In June I will decide", "a bid for Nicolas Anelka I will": the pronoun, not a
            // regnal numeral (CoNLL-2003 train: no "I" after a capitalised word is in a name).
            if j > i && self.is_pronoun_i(j) {
                return j;
            }
            // "In 1990 John Major became": a year after an opening preposition is no model
            // number ("Galaxy S21", "Windows 95").
            if j == i + 1
                && j < self.range.end
                && self.shape(j) == Shape::Digits
                && self.opens_with_preposition(i)
            {
                return j;
            }
            if j < self.range.end && (self.is_name_token(j) || (j > i && self.is_model_part(j))) {
                j += 1;
                continue;
            }
            // Initials continue a name: "J. K. Rowling", "George W. Bush", "Anjali K. Rao".
            if j > i
                && self.is_initial_dot(j)
                && j + 1 < self.range.end
                && self.is_name_token(j + 1)
            {
                j += 1;
                continue;
            }
            // Two particles before a name: "Rodrigo de la Serna", "Banco de la Nacion".
            if j > i
                && j + 2 < self.range.end
                && !self.headline
                && self.is_particle(j)
                && self.is_particle(j + 1)
                && self.is_name_token(j + 2)
            {
                j += 2;
                continue;
            }
            // A connector continues the chunk only between name tokens: "of"/"for" after an org
            // or place head ("Institute for Fiscal Studies", "Gulf of Mexico"), "and" only after
            // such a connector ("Centre for Transport and Society").
            let skip_the = j + 2 < self.range.end && self.tok(j + 1) == "the";
            let after = if skip_the { j + 2 } else { j + 1 };
            if j > i
                && after < self.range.end
                && self.is_name_token(after)
                && !self.headline
                && !is_temporal(self.tok(after))
            {
                let w = self.tok(j);
                let has_head = (i..j).any(|k| {
                    self.is_org_head(self.tok(k)) || lexicon::PLACE_HEADS.contains(self.tok(k))
                });
                let used_connector = (i..j).any(|k| matches!(self.tok(k), "of" | "for"));
                let joins = match w {
                    // "Minister of Foreign Affairs Ali Alatas": the office, then its holder;
                    // only a one-word title opening the chunk ("Finance Director of X" and
                    // "Assistant Controller of Williams" stay the role's words and the firm).
                    "of" | "for" => {
                        has_head
                            || w == "of" && self.suffix_of_named_suffix(i, j, after)
                            || self.person_title_at(j - 1)
                                && (j - 1 == i
                                    || j - 1 == i + 1 && OFFICE_QUALIFIERS.contains(&self.tok(i)))
                    }
                    // "Senate Committee on Veterans Affairs", but not "the Bank on Monday".
                    "on" => has_head && self.is_org_head(self.tok(j - 1)),
                    // "a Director of the Company and Chairman of the Board", "Secretary of
                    // State X and Undersecretary of State Y": a title and "of" after "and" are
                    // a second office, not more of the name ("Transport and General Workers'
                    // Union" goes on).
                    "and" => {
                        let office = self.person_title_at(after)
                            && after + 1 < self.range.end
                            && self.tok(after + 1) == "of";
                        !skip_the
                            && !office
                            && (has_head && used_connector && self.joins_and(after, lex)
                                || self.firm_and(j, after)
                                || self.partners_and(i, j, after, lex)
                                || !has_head && self.subjects_and_head(i, j, after, lex))
                    }
                    "&" => !skip_the,
                    "'s" | "’s" | "'" | "’" => !skip_the && self.group_possessive(j, after),
                    "ten" | "ter" => !skip_the && self.is_particle(j),
                    _ => {
                        lexicon::NAME_CONNECTORS.contains(w)
                            && self.shape(j) == Shape::Lower
                            && !skip_the
                    }
                };
                if joins {
                    j = after;
                    continue;
                }
            }
            return j;
        }
    }

    /// "Anglo American Corp of South Africa Ltd", "Consolidated Edison Co of New York Inc": a
    /// firm's legal suffix, "of" at token `j`, then a place's name words that end in a legal
    /// suffix again name one firm. Without the second suffix "of" is the firm's home ("Enercon
    /// Data Corp of Minneapolis").
    fn suffix_of_named_suffix(&self, i: usize, j: usize, after: usize) -> bool {
        let mut end = after;
        while end < self.range.end && end < after + 5 && self.is_name_token(end) {
            end += 1;
        }
        end >= after + 2 && self.ends_in_legal_suffix(i, j) && self.ends_in_legal_suffix(after, end)
    }

    /// The possessive at token `j` belongs to a body named for a group of people: "Farmers'
    /// Union", "Transport and General Workers' Union", "Women's Institute", "People's Party".
    /// The group is a plural common noun for people (an agent's ending: "-ers", "-ists",
    /// "-ians", "-ants"...) and an org head follows within three name words; not "Britain's
    /// Prime Minister", "National Amusements' Arsenal Holdings", "the Blues' Celtic League".
    fn group_possessive(&self, j: usize, after: usize) -> bool {
        const PEOPLE_ENDINGS: [&str; 10] = [
            "ers", "ors", "ists", "ians", "ants", "ents", "ees", "ates", "boys", "girls",
        ];
        let group = self.tok(j - 1);
        let plural = if matches!(self.tok(j), "'s" | "’s") {
            matches!(group, "People" | "Women" | "Men" | "Children")
        } else {
            PEOPLE_ENDINGS.iter().any(|e| group.ends_with(e))
                && !group.ends_with("ments")
                // A firm's own word: "General Motors' Hughes Aircraft", "Salomon Brothers'".
                && self.gaz.org_word(group).is_none()
                && lexicon::is_common(self.gaz, &self.lower_word(j - 1), 50)
        };
        plural
            && (after..(after + 3).min(self.range.end))
                .take_while(|&k| self.is_name_token(k))
                .any(|k| self.is_org_head(self.tok(k)))
    }

    /// "and" inside an organisation's name joins words of its subject ("Ministry of Trade and
    /// Industry"), not a second name: the words after it hold no organisation head ("Bank of
    /// America and First Los Angeles Bank") and do not open with a listed place, firm or
    /// given name or demonym ("Group of Five and Canada", "University of California and Dan
    /// Gillmor", "Bank of Japan and European").
    fn joins_and(&self, after: usize, lex: &Lexicon) -> bool {
        let mut end = after;
        while end < self.range.end && self.is_name_token(end) {
            end += 1;
        }
        let named = lex.at(after).is_some_and(|m| {
            m.exact_case
                && [
                    GazLabel::Location,
                    GazLabel::Org,
                    GazLabel::Person,
                    GazLabel::Demonym,
                ]
                .iter()
                .any(|&l| m.has(self.gaz, l))
        });
        // A lone head word is a subject too ("Centre for Transport and Society"), unless a
        // connector makes it a second body ("Bank of Ireland and Bank of Scotland").
        let lone = end - after == 1
            && !(end < self.range.end && matches!(self.tok(end), "of" | "for" | "&"));
        let second_name = named
            || self.shape(after) == Shape::AllCaps // "Bank of Tokyo and KEB"
            || (self.name_part(after).given && end - after >= 2)
            || !lone && (after..end).any(|k| self.is_org_head(self.tok(k)));
        !second_name
    }

    /// "and" at `j` between two subjects of one body named by the head word that ends the
    /// words after it: "Truth and Reconciliation Commission", "Natural Hazards Research and
    /// Applications Information Center". The subjects are dictionary words: a name before
    /// "and" is a second party ("Kate Bush and Joy Division", "Soros and Quantum Fund"), as
    /// are words with a head or legal form ("GTE Corp and SBC Communications"), a listed name
    /// ("House and Senate") or an acronym; the words after are two or more, their head last,
    /// and open no listed name of two or more words nor with "The" ("Gervais and The Office").
    fn subjects_and_head(&self, i: usize, j: usize, after: usize, lex: &Lexicon) -> bool {
        let mut end = after;
        while end < self.range.end && self.shape(end) == Shape::Capitalised {
            end += 1;
        }
        let subject_word = |k: usize| {
            self.shape(k) == Shape::Capitalised
                && self.gaz.common_level(&self.lower_word(k)).is_some()
                && !self.is_org_head(self.tok(k))
        };
        // A leading "The" is the chunk's, not a subject.
        let i = if self.tok(i) == "The" { i + 1 } else { i };
        i < j
            && (i..j).all(|k| subject_word(k) && self.gaz.org_word(self.tok(k)).is_none())
            && lex.at(i).is_none_or(|m| m.last < j)
            && end - after >= 2
            && self.tok(after) != "The"
            && self.is_org_head(self.tok(end - 1))
            // Heads may stand inside the second part: "Public and Commercial Services Union",
            // "Transport and General Workers Union".
            && (after..end - 1).all(|k| {
                subject_word(k) || k > after && self.is_org_head(self.tok(k))
            })
            && lex.at(after).is_none_or(|m| m.last == after + 1)
    }

    /// A credit rating in a sentence about ratings ("cut Denmark to AA from AAA", "its top AAA
    /// rating"): no firm, though the lists have the motoring clubs "AA" and "AAA".
    fn is_rating_code(&self, a: usize, b: usize) -> bool {
        b == a + 1
            && matches!(
                self.tok(a),
                "AAA" | "AA" | "BBB" | "BB" | "CCC" | "CC" | "Aaa" | "Aa"
            )
            && (self.range.start..self.range.end).any(|k| {
                matches!(
                    &*self.lower_word(k),
                    "rating"
                        | "ratings"
                        | "rated"
                        | "downgrade"
                        | "downgraded"
                        | "upgrade"
                        | "upgraded"
                        | "grade"
                )
            })
    }

    /// "and" at `j` inside a firm's name: a partner word follows ("Bear Stearns and Co Inc",
    /// "Alex. Brown and Sons"), or the two words make a fixed pair ("Savings and Loan
    /// Association", "Ways and Means Committee").
    fn firm_and(&self, j: usize, after: usize) -> bool {
        let next = self.tok(after);
        lexicon::FIRM_AND_WORDS.contains(next)
            || lexicon::AND_PAIRS.contains(&(self.tok(j - 1), next))
    }

    /// "and" at `j` between two partners' names of one firm: one word, "and", one word and a
    /// legal suffix ("Cable and Wireless Plc", "Bausch and Lomb Inc", "Gulf and Western
    /// Inc"). Not two firms: no suffix on the first ("Chevron Corp and Texaco Inc"), no comma
    /// list before it ("Mitsui, Continental and Louis Dreyfus Corp"), and the second word no
    /// firm of its own ("Ford and Chrysler Corp").
    fn partners_and(&self, i: usize, j: usize, after: usize, lex: &Lexicon) -> bool {
        j == i + 1
            && self.shape(i) == Shape::Capitalised
            && self.gaz.org_word(self.tok(i)).is_none()
            && (i == self.range.start || self.tok(i - 1) != ",")
            && after + 1 < self.range.end
            && self.shape(after) == Shape::Capitalised
            && self.ends_in_legal_suffix(after, after + 2)
            && !lex
                .at(after)
                .is_some_and(|m| m.last == after + 1 && m.has(self.gaz, GazLabel::Org))
    }

    /// Two or three capitalised words, a given name first and every word a listed name part:
    /// a person even where GATE's list calls one word an org head ("Drew Barrymore", "Thomas
    /// Haden Church"); a firm adds a word that is no name ("Michael Foods", "Patrick
    /// Corporation"). A curated head stays one ("Kennedy Center").
    fn name_of_name_parts(&self, a: usize, b: usize) -> bool {
        (2..=3).contains(&(b - a))
            && self.name_part(a).given
            && (a..b).all(|k| {
                self.shape(k) == Shape::Capitalised
                    && self.name_part(k).any()
                    && self
                        .gaz
                        .org_word(self.tok(k))
                        .is_none_or(|e| e.source != "curated")
            })
    }

    /// The full stop of initials: "." right after a lone capital letter ("K.") or letters
    /// joined by dots ("J.K.").
    fn is_initial_dot(&self, j: usize) -> bool {
        j > 0
            && j < self.doc.tokens.len()
            && self.tok(j) == "."
            && self.doc.tokens[j - 1].end == self.doc.tokens[j].start
            && is_cap_shape(self.shape(j - 1))
            && self
                .tok(j - 1)
                .split('.')
                .all(|p| p.chars().count() == 1 && p.chars().all(char::is_uppercase))
    }

    /// A word inside a name of three or more that is an everyday word and no name part
    /// ("Montgomery County House", "Boise National Forest", "Bradley First Air"): the run names
    /// a place or body. In CoNLL-2003 train 101 such runs after a given name are no person, 3 are.
    fn everyday_word_inside(&self, a: usize, b: usize) -> bool {
        b >= a + 3
            && (a + 1..b - 1).any(|k| {
                // (The lists fold case themselves: no lower-cased copy unless all else holds.)
                self.shape(k) == Shape::Capitalised
                    && lexicon::is_common(self.gaz, self.tok(k), 20)
                    && !self.name_part(k).any()
                    // A particle: "Fathi Bin Shatwan".
                    && !lexicon::NAME_CONNECTORS.contains(&self.lower_word(k))
            })
    }

    /// Words of a name, without the full stops of its initials ("J. K. Rowling": 3) or the
    /// one particle of its surname ("Luiz Inacio Lula da Silva": 4). Particles elsewhere
    /// count: "Monte del Paschi di Siena" and "Regie Nationale des Usines Renault" are firms.
    fn name_words(&self, a: usize, b: usize) -> usize {
        let dots = (a..b).filter(|&k| self.is_initial_dot(k)).count();
        // The first particle, right before the last word, is the only one (a chunk ends with
        // a name word).
        let first_particle = (a + 1..b).find(|&k| self.is_particle(k));
        let surname_particle = usize::from(first_particle == Some(b - 2));
        b - a - dots - surname_particle
    }

    /// "Peskov", "McGregor", "O'Brien", "Hyung-Taik", an initial ("K", "K."), or any
    /// capitalised word in an ALL-CAPS line.
    fn is_person_token(&self, k: usize) -> bool {
        let w = self.tok(k);
        if self.is_initial_dot(k) || self.is_initial_dot(k + 1) {
            return true;
        }
        match self.shape(k) {
            Shape::Capitalised => true,
            Shape::AllCaps => self.headline || w.len() == 1,
            Shape::Mixed => {
                w.starts_with(|c: char| c.is_uppercase())
                    && w.chars().filter(|c| c.is_uppercase()).count() <= 2
                    && w.chars().any(char::is_lowercase)
            }
            _ => false,
        }
    }

    /// Token `j` continues a model's name ("Galaxy S21", "Boeing 747", "iPhone 13 Pro"); not
    /// a score or range in prose ("beating Nick Kyrgios 4-6"). In a headline the score stays
    /// in the run, which its rules then read as the headline's words ("IRELAND BEAT
    /// LIECHTENSTEIN 5-0"), not as a name.
    fn is_model_part(&self, j: usize) -> bool {
        let s = self.shape(j);
        let w = self.tok(j);
        let score = w.contains(['-', '\u{2013}']) && !self.headline;
        // A "+" glued to a model part before it: "Snapdragon 8+ Gen 1", "Note 12 Pro+" (not
        // to a word: "IPAI+").
        let plus = w == "+"
            && j > self.range.start
            && self.doc.tokens[j - 1].end == self.doc.tokens[j].start
            && self.is_model_part(j - 1);
        // A word never a name alone is no model either: "Tata Motors Q3 Results".
        let never_name = lexicon::NEVER_NAMES.contains(w);
        (s == Shape::Digits && w.len() <= 4 && !w.contains(',') && !score)
            || s == Shape::Alphanumeric && !never_name
            || plus
            || lexicon::MODEL_WORDS.contains(w)
    }

    fn is_org_head(&self, word: &str) -> bool {
        self.gaz
            .org_word(word)
            .is_some_and(|e| e.label == GazLabel::OrgKeyword && e.subtype != "prefix")
    }

    /// A title or role that can introduce a person: the reliable lists only (the name
    /// parser's catch-all "other" titles include words like "National" and "Group").
    /// "Dean Falk", "Hunter Biden", "Mason Mount": a given name that a list of occupations
    /// also has, in lower case only ("dean", "hunter", "mason"), written with a capital before
    /// another name word, is the person's given name (CoNLL-2003 train: such words before a
    /// person's name are part of it 9 times in 9; the titles listed with a capital, "Sheikh",
    /// stay titles).
    /// The next word must be a name's: not an everyday word or a listed place or firm that is
    /// no surname ("Cooper Basin", "Hunter Helicopter", "Cooper Canada"), and an initial only
    /// before more of the name ("Hunter S Thompson", not the car "Cooper S").
    fn given_name_not_occupation(&self, i: usize, lex: &Lexicon) -> bool {
        let next = i + 1;
        next < self.range.end
            && self.shape(i) == Shape::Capitalised
            && self.shape(next) == Shape::Capitalised
            && self.name_part(i).given
            && self.gaz.title(self.tok(i)).is_some_and(|e| {
                e.subtype == "corporate" && e.name.starts_with(|c: char| c.is_lowercase())
            })
            && !self.person_title_at(next)
            && match lex.at(next).filter(|m| self.place_or_firm(m)) {
                // "Dean Martin" (also a town); not "Cooper Canada".
                Some(m) => {
                    self.name_part(next).surname
                        && !self.place_of(m, &["country", "territory", "continent", "state"])
                }
                None => {
                    self.name_part(next).surname
                        || !lexicon::is_common(self.gaz, &self.lower_word(next), 35)
                }
            }
            && (!is_bare_initial(self.tok(next))
                || next + 1 < self.range.end && self.is_name_token(next + 1))
    }

    fn person_title(&self, word: &str) -> bool {
        self.gaz
            .title(word)
            .is_some_and(|e| e.subtype != "other" && e.source != "nameparser")
    }

    fn is_title(&self, i: usize, lex: &Lexicon) -> Option<usize> {
        if self.given_name_not_occupation(i, lex) {
            return None;
        }
        if let Some(m) = lex.at(i) {
            let names_something = m.entries().any(|e| {
                let l = self.gaz.entry(e).label;
                !matches!(l, GazLabel::Title | GazLabel::OrgKeyword | GazLabel::Common)
            });
            if names_something && m.last > i + 1 {
                return None; // "Sri Lanka" is a place, not the title "Sri"
            }
            let reliable = m.entries().any(|e| {
                let e = self.gaz.entry(e);
                e.label == GazLabel::Title && e.subtype != "other" && e.source != "nameparser"
            });
            if reliable && !names_something {
                return Some(m.last);
            }
        }
        self.person_title_at(i).then_some(i + 1)
    }

    /// The first token `k` in `a+1..b` that starts a person's title followed, up to `b`, by a
    /// person's name: one to four name tokens, at least two or a known name part. In a
    /// headline, where every word has a capital and a chunk runs over verbs ("Elon Musk Invites
    /// Russia President Vladimir Putin": tests/recognition.rs, the seed, fails when split), only
    /// after listed places and firms alone ("Posted by Samsung India Chief Ken Kang"). List
    /// names inside the chunk are not split. Gives where the name before the title ends (without
    /// a trailing "of") and `k`.
    fn inner_title(&self, a: usize, b: usize, lex: &Lexicon) -> Option<(usize, usize)> {
        let mut k = a;
        while k + 1 < b {
            if let Some(m) = lex.at(k) {
                if m.last > k + 1 && self.is_title(k, lex).is_none() {
                    k = m.last;
                    continue;
                }
            }
            // "James Earl Ray", "Jimmy Dean Smith": a given name that is also a title, right
            // after a given name, is a middle name; an abbreviated title is not ("Texas Sen.
            // John Tower").
            let middle_name = k == a + 1
                && self.shape(k) == Shape::Capitalised
                && self.tok_in_sentence(k + 1) != Some(".")
                && self.name_part(a).given
                && self.name_part(k).given;
            if k > a && !middle_name && (!self.headline || self.listed_run(a, k, lex)) {
                if let Some(after) = self.is_title(k, lex).filter(|&e| e > k && e < b) {
                    let words = self.name_words(after, b);
                    let part = |i: usize| self.name_part(i).any();
                    // A headline runs on over verbs ("Official Says Export Rise Needed"):
                    // there only known name parts, from a given name, are the holder.
                    let headline_name = || {
                        self.name_part(after).given
                            && (after..b).all(|i| {
                                self.shape(i) == Shape::Capitalised && self.name_part(i).any()
                            })
                    };
                    let name = (1..=4).contains(&words)
                        && (!self.headline || words >= 2 && headline_name())
                        && (after..b).all(|i| {
                            self.is_person_token(i) || i > after && i + 1 < b && self.is_particle(i)
                        })
                        && !(after..b).any(|i| self.gaz.org_word(self.tok(i)).is_some())
                        && (words >= 2
                            || part(after)
                            // "Energy Minister Subroto": after a political office, one rare
                            // capitalised word ends the chunk.
                            || after + 1 == b
                                && self.shape(after) == Shape::Capitalised
                                && self.tok(after).len() >= 4
                                && !lexicon::is_common(self.gaz, &self.lower_word(after), 35)
                                && self.political_title(self.tok(after - 1)));
                    if name {
                        let mut head_end = k;
                        while head_end > a && self.shape(head_end - 1) == Shape::Lower {
                            head_end -= 1;
                        }
                        // "Kansas Agriculture Secretary Jane Smith": common words between a
                        // listed place or firm and the title are the office's portfolio; not
                        // an organisation's head ("Senate Budget Committee Chairman").
                        if let Some(m) = lex.at(a).filter(|m| m.last < head_end) {
                            let portfolio = (m.last..head_end).all(|i| {
                                self.shape(i) == Shape::Capitalised
                                    && lexicon::is_common(self.gaz, &self.lower_word(i), 50)
                                    && self.gaz.org_word(self.tok(i)).is_none()
                            });
                            if portfolio && self.place_or_firm(m) {
                                head_end = m.last;
                            }
                        }
                        return Some((head_end, k));
                    }
                }
            }
            k += 1;
        }
        None
    }

    /// Where the name of a title's holder, `a..b`, ends: in a headline, whose capitalised run
    /// goes on over verbs and nouns ("MANAGER DAVEY JOHNSON HOSPITALIZED", "OFFICIAL JOURNAL
    /// CONTENTS"), before the first everyday word that is no name part (`a` when the name
    /// opens with one: no holder); elsewhere `b`.
    fn headline_holder_end(&self, a: usize, b: usize) -> usize {
        if !self.headline {
            return b;
        }
        (a..b)
            .find(|&k| {
                lexicon::is_common(self.gaz, &self.lower_word(k), 35) && !self.name_part(k).any()
            })
            .unwrap_or(b)
    }

    /// The chunk `a..b` follows "NAME ( COUNTRY )" and its first one or two words come before
    /// a number (the chunk may have taken the number as a model part): where they end
    /// ([`Self::classify_chunk`], TeamAfterCountry).
    fn team_after_country(&self, a: usize, b: usize, lex: &Lexicon) -> Option<usize> {
        if a < self.range.start + 4 || self.tok(a - 1) != ")" {
            return None;
        }
        let digit = |w: &str| w.starts_with(|c: char| c.is_ascii_digit());
        let e = (a..b).find(|&k| digit(self.tok(k))).unwrap_or(b);
        let open = (a - 4..a - 1).rev().find(|&k| self.tok(k) == "(")?;
        let country = open > self.range.start
            && lex
                .at(open + 1)
                .is_some_and(|m| m.last == a - 1 && self.place_of(m, &["country"]));
        // A town there is the venue of a record, before its date ("Maria Mutola ( Mozambique
        // ) Brussels 25.8.95"); a country is no venue there (the Jordan team).
        let venue_date = self.tok_in_sentence(e).is_some_and(|w| {
            w.bytes().filter(|&c| c == b'.').count() == 2
                && w.bytes().all(|c| c == b'.' || c.is_ascii_digit())
        });
        let place = inner_matches(lex, a, b).iter().any(|m| {
            m.has(self.gaz, GazLabel::Location)
                && !self.place_of(m, &["country"])
                && (venue_date || !m.has(self.gaz, GazLabel::Org))
        });
        (country
            && !place
            && self.is_name_token(open - 1)
            && (1..=2).contains(&(e - a))
            && (a..e).all(|k| matches!(self.shape(k), Shape::Capitalised | Shape::Mixed))
            && (e < b || self.tok_in_sentence(b).is_some_and(digit)))
        .then_some(e)
    }

    /// Tokens `a..k` are one or more listed places or firms, in their listed case ("Samsung
    /// India").
    fn listed_run(&self, a: usize, k: usize, lex: &Lexicon) -> bool {
        let mut p = a;
        while p < k {
            match lex.at(p) {
                Some(m) if m.last <= k && m.exact_case && self.place_or_firm(m) => p = m.last,
                _ => return false,
            }
        }
        k > a
    }

    /// A lone word before a role or a corporate noun is an employer, not a person: "Barrick
    /// chairman Peter Munk", "a Costain spokesman", "Lehman analyst Blake Bath", "0.79 Barrick
    /// shares". (A person there, "Clinton spokesman", has a full name in the article: see
    /// [`Self::doc_has_full_name`].)
    fn employer_context(&self, a: usize) -> bool {
        // After the office: a word no list calls a name part ("chief executive of Reagan" is
        // a person's office more often than a firm's); after "at" any word, for people work
        // at firms, not at people ("chief economist at Gerrard").
        let name_ok = !self.name_part(a).any() || self.tok_in_sentence(a - 1) == Some("at");
        if self.tok(a).len() >= 3 && name_ok && self.employer_before(a) {
            return true;
        }
        let Some(next) = self.tok_in_sentence(a + 1) else {
            return false;
        };
        // Proper adjectives and compounds describe, they do not employ: "a Jewish journalist",
        // "a Jakarta-based subsidiary".
        let w = self.tok(a);
        let adjective = w.contains('-')
            || ["ish", "ese", "ian", "ic"].iter().any(|s| w.ends_with(s))
            || self.is_demonym(a);
        !adjective
            && self.shape(a + 1) == Shape::Lower
            && (self.person_title_at(a + 1) || lexicon::CORPORATE_NOUNS.contains(next))
    }

    /// A lone word after a company's office or holding and its preposition names the company:
    /// "chief executive of Wippit", "an analyst at Zorbex", "a stake in Zorbex", "the takeover
    /// of Zorbex". Only offices a list calls corporate ("president of X" may be a country's).
    fn employer_before(&self, a: usize) -> bool {
        if a < self.range.start + 2 || !matches!(self.tok(a - 1), "of" | "at" | "in" | "for") {
            return false;
        }
        let noun = a - 2;
        // "chief executive of", and the offices written in capitals: "CEO of Wanderful".
        if self.shape(noun) != Shape::Lower
            && !(self.shape(noun) == Shape::AllCaps && self.is_corporate_title(self.tok(noun)))
        {
            return false;
        }
        let holding = matches!(self.tok(a - 1), "in" | "of" | "for")
            && lexicon::FIRM_HOLDINGS.contains(self.tok(noun));
        let office = matches!(self.tok(a - 1), "of" | "at")
            && (self.is_corporate_title(self.tok(noun))
                || noun > self.range.start
                    && self.is_corporate_title(self.text(noun - 1, noun + 1)));
        holding || office
    }

    /// A one-word list name that is only a place (a town, not a country or a person) ends at
    /// token `k`, and no name runs on into it.
    fn place_ending_at(&self, k: usize, lex: &Lexicon) -> bool {
        lex.at(k).is_some_and(|m| {
            m.last == k + 1
                && m.exact_case
                && m.has(self.gaz, GazLabel::Location)
                && !m.has(self.gaz, GazLabel::Person)
                && !m.has(self.gaz, GazLabel::Org)
                && !self.country_level(m)
        }) && (k == self.range.start || !self.is_name_token(k - 1))
    }

    /// A title that a list calls corporate ("chief executive", "CEO", "analyst").
    fn is_corporate_title(&self, t: &str) -> bool {
        self.gaz.title(t).is_some_and(|e| e.subtype == "corporate")
    }

    /// Does the article write `word` after a known given name ("Bill Clinton")?
    fn doc_has_full_name(&self, word: &str) -> bool {
        let toks = self.doc.tokens;
        (1..toks.len()).any(|i| {
            self.doc.tok(i) == word
                && toks[i - 1].shape == Shape::Capitalised
                && self.name_part(i - 1).given
        })
    }

    /// After a title, the "of" phrase of the office and the person who holds it: "Minister of
    /// Foreign Affairs Ali Alatas", "Secretary of State John Kerry". Gives where the name
    /// starts: the first known given name from which on the chunk is a two- to four-word name,
    /// not inside a listed place or firm of the office ("Governor of the Bank of England Mervyn
    /// King", where "England" is also a given name).
    fn office_of_end(&self, after: usize, b: usize, lex: &Lexicon) -> Option<usize> {
        if !matches!(self.tok(after), "of" | "for") {
            return None;
        }
        let mut p = after + 1;
        while p + 1 < b {
            if let Some(m) = lex.at(p).filter(|m| m.last > p + 1 && m.last < b) {
                if self.place_or_firm(m) {
                    p = m.last;
                    continue;
                }
            }
            if p >= after + 2
                && self.name_part(p).given
                && (2..=4).contains(&self.name_words(p, b))
                && (p..b).all(|i| self.is_person_token(i) || i > p && self.is_particle(i))
            {
                return Some(p);
            }
            p += 1;
        }
        None
    }

    /// A list name that is a place or a firm (among its readings).
    fn place_or_firm(&self, m: &LexMatch) -> bool {
        m.has(self.gaz, GazLabel::Location) || m.has(self.gaz, GazLabel::Org)
    }

    /// Where a person's name starts after a listed party or an acronym organisation that opens
    /// the chunk `a..b`: "Lib Dem Norman Baker", "Conservative Michael Howard", "EADS Philippe
    /// Camus". Only these fronts: after a firm of several words a given name and a surname may
    /// go on naming the firm ("Smith Barney Harris Upham", "Morgan Stanley Dean Witter").
    fn party_or_acronym_then_person(&self, a: usize, b: usize, lex: &Lexicon) -> Option<usize> {
        if self.headline {
            return None;
        }
        let m = lex.at(a).filter(|m| m.exact_case && m.last + 2 <= b)?;
        let k = m.last;
        let party = self.is_party(m);
        let acronym =
            k == a + 1 && self.shape(a) == Shape::AllCaps && m.has(self.gaz, GazLabel::Org);
        let person = (2..=3).contains(&(b - k))
            && self.shape(k) == Shape::Capitalised
            && self.name_part(k).given
            && (k..b).all(|i| self.is_person_token(i) && self.gaz.org_word(self.tok(i)).is_none())
            && lex.at(k).is_none_or(|n| !self.place_or_firm(n));
        ((party || acronym) && person).then_some(k)
    }

    /// `ThingContext` for the unknown word at `a` (no list, no name part, no everyday word):
    /// APP or PRODUCT when a noun of software or of devices describes it right after it ("the
    /// Exeem software", "Qrio robots") or before it ("the drug Norvasc"), when it is
    /// downloaded or installed, or when such a noun shortly before names it ("a robot, called
    /// Emiew", "a network dubbed Exeem").
    fn thing_context(&self, a: usize) -> Option<Label> {
        let w = self.tok(a);
        let shape_ok = match self.shape(a) {
            Shape::Capitalised => true,
            Shape::Mixed => w.chars().any(char::is_lowercase),
            _ => false,
        };
        // A compound that describes ("IBM-compatible", "IMF-inspired", "Anglo-Swedish") is no
        // name: a part of it is an everyday lower-case word or a demonym.
        let describing = w.contains('-')
            && w.split('-').any(|p| {
                p.starts_with(|c: char| c.is_lowercase()) && lexicon::is_common(self.gaz, p, 50)
                    || self.gaz.demonym(p).is_some()
            });
        if !shape_ok
            || describing
            || w.chars().count() < 3
            || self.name_part(a).any()
            || lexicon::is_common(self.gaz, &self.lower_word(a), 50)
            || self.gaz.org_word(w).is_some()
        {
            return None;
        }
        let noun_label = |noun: &str| {
            if lexicon::SOFTWARE_NOUNS.contains(noun) {
                Some(Label::App)
            } else if lexicon::DEVICE_NOUNS.contains(noun) {
                Some(Label::Product)
            } else {
                None
            }
        };
        // Not a maker's unit named so: "the Argonaut software division".
        let maker_after = self.next_word(a + 2).is_some_and(|n| {
            lexicon::FIRM_NOUNS.contains(&n)
                || matches!(&*n, "division" | "house" | "developer" | "business")
        });
        if let Some(label) = self.next_word(a + 1).and_then(|n| noun_label(&n)) {
            if !maker_after {
                return Some(label);
            }
        }
        let before = (a > self.range.start).then(|| self.lower_word(a - 1));
        match before.as_deref() {
            Some("download" | "downloaded" | "downloading" | "install" | "installed") => {
                return Some(Label::App);
            }
            Some("called" | "dubbed" | "named" | "codenamed") => {
                // The noun a few words before the verb: "a robot, called", "network dubbed".
                // A service or a network so named is software too.
                let from = (a - 1).saturating_sub(4).max(self.range.start);
                return (from..a - 1).rev().find_map(|k| {
                    let noun = self.lower_word(k);
                    let service = matches!(&*noun, "service" | "network" | "system" | "website");
                    noun_label(&noun).or(service.then_some(Label::App))
                });
            }
            // "the drug Norvasc", "its robot Asimo"; not the many nouns that name no thing but
            // its maker ("software firm Kazaa").
            Some(noun)
                if self.shape(a - 1) == Shape::Lower && lexicon::DEVICE_NOUNS.contains(noun) =>
            {
                return Some(Label::Product);
            }
            _ => {}
        }
        None
    }

    /// A title of a political office ("Minister", "Governor").
    fn political_title(&self, word: &str) -> bool {
        self.gaz
            .title(word)
            .is_some_and(|e| &*e.subtype == "political")
    }

    /// How many words of a demonym start at token `a` (before `b`): 1 ("American",
    /// "Dutchman"), 2 ("South Korean", which as a phrase is listed and whose "South" is not),
    /// or 0.
    fn demonym_words(&self, a: usize, b: usize) -> usize {
        // "Dutchman", "Frenchwoman": a demonym's noun.
        let demonym_noun = || {
            let w = self.tok(a);
            ["man", "woman"].iter().any(|end| {
                w.strip_suffix(end)
                    .is_some_and(|stem| stem.len() >= 4 && self.gaz.demonym(stem).is_some())
            })
        };
        if self.is_demonym(a) || demonym_noun() {
            1
        } else if a + 2 < b
            && self.shape(a) == Shape::Capitalised
            && self.gaz.demonym(self.text(a, a + 2)).is_some()
        {
            2
        } else {
            0
        }
    }

    /// Do tokens `p..b` read as a person's name after a description ("American Jeff
    /// Morrison")? A given name first, or capitalised words no dictionary or list has, then a
    /// known surname ("Jan-Michael Gambill", "Hyung-Taik Lee").
    fn person_starts(&self, p: usize, b: usize, lex: &Lexicon) -> bool {
        if p >= b {
            return false;
        }
        if self.has_org_word(p, b) {
            return false; // "European Anti-Fraud Office", "British Casino Association"
        }
        // A listed firm before a dictionary word that is no name part is no given name here
        // ("Thai Shell Exploration"; "American Tom Johnson" is a person); a town may be
        // ("Australian Lynton Crosby").
        if lex.at(p).is_some_and(|m| m.has(self.gaz, GazLabel::Org))
            && (p + 1..b).any(|k| {
                !self.name_part(k).any() && self.gaz.common_level(&self.lower_word(k)).is_some()
            })
        {
            return false;
        }
        self.name_part(p).given
            || b - p >= 2
                && self.name_part(b - 1).surname
                && (p..b).all(|k| matches!(self.shape(k), Shape::Capitalised | Shape::Mixed))
                // Words before the surname that no dictionary has: not "Japanese Government
                // Bond", "Nicaraguan External Trade Minister".
                && (p..b - 1).all(|k| self.gaz.common_level(&self.lower_word(k)).is_none())
                && lex.at(p).is_none()
    }

    /// Has tokens `a..b` an organisation's head or keyword ("Office", "Bank", "Inc")?
    fn has_org_word(&self, a: usize, b: usize) -> bool {
        (a..b).any(|k| self.is_org_head(self.tok(k)) || self.gaz.org_word(self.tok(k)).is_some())
    }

    /// The text of tokens `a..b`.
    fn text(&self, a: usize, b: usize) -> &'a str {
        &self.doc.text[self.doc.tokens[a].start..self.doc.tokens[b - 1].end]
    }

    fn is_demonym(&self, i: usize) -> bool {
        TokenMemo::get(&self.memo.demonym, i, || {
            u8::from(self.gaz.demonym(self.doc.tok(i)).is_some())
        }) != 0
    }

    fn candidate(
        &self,
        first: usize,
        last: usize,
        label: Label,
        source: &str,
        strength: u8,
    ) -> Candidate {
        let start = self.doc.tokens[first].start;
        let end = self.doc.tokens[last - 1].end;
        Candidate {
            start,
            end,
            label,
            canonical: self.doc.text[start..end].to_string(),
            source: source.to_string(),
            id: None,
            role: None,
            money: None,
            value: None,
            strength,
        }
    }

    fn classify_chunk(&self, mut a: usize, b: usize, lex: &Lexicon, out: &mut Vec<Candidate>) {
        // Leading determiners, demonyms and titles: "The", "Russian President", "Kremlin spokesman".
        let mut role: Option<String> = None;
        let sentence_initial = |k: usize| {
            k == self.range.start
                || self.range.start + 1 == k && self.shape(self.range.start) == Shape::Punct
        };
        let mut titled = false;
        // A title word kept as the first word of a name ("General Accounting Office").
        let mut title_opens_name = false;
        loop {
            if a >= b {
                break;
            }
            let w = self.tok(a);
            // A connector left at the front by a skipped word ("CEO of Veooz" once "CEO" is
            // skipped below) joins nothing: the name starts after it.
            if matches!(w, "of" | "for" | "and" | "at" | "the") {
                a += 1;
                continue;
            }
            // Skipped even where a list has the word alone ("MP" is also a club's code), but
            // not as an initial ("A. Copeland Enterprises Inc.").
            if lexicon::NEVER_NAMES.contains(w)
                && lex.at(a).is_none_or(|m| m.last == a + 1)
                && !self.is_initial_dot(a + 1)
            {
                // An abbreviated office is still the title of the name after it: "CEO
                // Zorvan Plimk", "MP Jane Doe"; not of the body after "of" ("CEO of Tesla"),
                // nor of a firm's legal form ("MP Co").
                if self.person_title(w)
                    && a + 1 < b
                    && !matches!(self.tok(a + 1), "of" | "for")
                    && self.gaz.org_word(self.tok(a + 1)).is_none()
                {
                    role = Some(w.to_string());
                    titled = true;
                }
                a += 1;
                continue;
            }
            // "Rivals Ather Energy", "Analysts Goldman Sachs": a plural noun opening the
            // sentence is the subject's noun, not the first word of the name after it (when
            // no list has it there and the name goes on with a word that is no common word).
            if sentence_initial(a)
                && b >= a + 3
                && self.shape(a) == Shape::Capitalised
                && self.is_plural_common_noun(a)
                && lex.at(a).is_none()
                && !lexicon::is_common(self.gaz, &self.lower_word(a + 1), 50)
                // A legal name keeps its first word: "Manufacturers Hanover Corp", "Elders
                // IXL Ltd".
                && self.legal_suffix_end(a, b).is_none()
            {
                a += 1;
                continue;
            }
            // "Hong Kong-based Hutchison Whampoa", "Tunisian-born Abdellatif Kechiche": a
            // compound that describes the name is no part of it.
            if let Some(k) = (a..b).rev().find(|&k| is_describing_compound(self.tok(k))) {
                a = k + 1;
                continue;
            }
            // "March", "Monday": no name alone or before a number; "Jan Bolz" is a person.
            // A weekday's short form opens a firm's name ("Sun Co", "Sun Microsystems", "Sat
            // TV") unless a date goes on after it ("Sun Mar 1", "Wed Feb 4").
            let short_form_opens_name = is_weekday_abbreviation(w)
                && a + 1 < b
                && !lexicon::TEMPORAL.contains(self.tok(a + 1));
            // After "the", a listed name is the paper: "the Sun said" (no date has "the").
            let listed_after_the =
                || a > 0 && self.tok(a - 1).eq_ignore_ascii_case("the") && lex.at(a).is_some();
            if lexicon::TEMPORAL.contains(w)
                && !short_form_opens_name
                && !listed_after_the()
                && (a + 1 == b || !self.name_part(a).given || self.dates_the_name(a, b))
            {
                a += 1;
                continue;
            }
            // "Russian President Vladimir Putin", "American Jeff Morrison", "South Korean
            // Hyung-Taik Lee": a demonym before a title or a person's name is no part of the
            // name.
            let demonym = self.demonym_words(a, b);
            let person_next = demonym > 0 && self.person_starts(a + demonym, b, lex);
            // Not when it starts a listed name: "Saudi Arabia", "South African Airways".
            let starts_list_name = lex.at(a).is_some_and(|m| m.last > a + demonym);
            // Also before a portfolio and its title: "Irish Transport Minister Martin Cullen".
            let portfolio_title = a + 2 < b
                && self.shape(a + 1) == Shape::Capitalised
                && lexicon::is_common(self.gaz, &self.lower_word(a + 1), 50)
                // "Argentine Army Colonel X" names the army; a minister holds a portfolio
                // even when its word heads firms' names ("Indonesian Energy Minister").
                && (!self.is_org_head(self.tok(a + 1))
                    || self.shape(a + 2) == Shape::Capitalised // "Asian Bank AG"
                        && self.political_title(self.tok(a + 2)))
                && self.is_title(a + 2, lex).is_some();
            if demonym > 0
                && !starts_list_name
                && a + demonym < b
                && (self.is_title(a + demonym, lex).is_some() || person_next || portfolio_title)
            {
                a += demonym;
                continue;
            }
            // "Linguist Phillip Lieberman", "Soprano Judy Kaye": opening a sentence, an
            // occupation (any listed title that is also a common lower-case word) before a
            // given name and more name words describes the person and is no part of the name.
            if sentence_initial(a)
                && b >= a + 3
                && self.shape(a) == Shape::Capitalised
                && !self.name_part(a).given
                && self.name_part(a + 1).given
                && (a + 1..b).all(|k| {
                    // Particles inside the name: "Actor Rodrigo de la Serna".
                    k + 1 < b && self.is_particle(k)
                        || self.is_person_token(k) && self.gaz.org_word(self.tok(k)).is_none()
                })
                // "First Boston Corp", "First Kansas City": a firm or place, no name.
                && !lex.at(a + 1).is_some_and(|m| {
                    self.place_or_firm(m)
                })
                && self.gaz.title(w).is_some()
                && lexicon::is_common(self.gaz, &w.to_lowercase(), 50)
            {
                role = Some(w.to_string());
                titled = true;
                a += 1;
                continue;
            }
            // "Former Governor of Kansas Bill Graves": a qualifier of the office after it.
            if OFFICE_QUALIFIERS.contains(&w)
                && a + 2 < b
                && matches!(self.tok(a + 2), "of" | "for")
                && self.is_title(a + 1, lex).is_some()
            {
                a += 1;
                continue;
            }
            if let Some(after) = self.is_title(a, lex) {
                // A title word that opens an organisation's name is part of it: "General
                // Public Utilities Corp", "Dean Witter Reynolds Inc", "General Accounting
                // Office", "Butler Township Fire Department" (its legal suffix or org head
                // last; in CoNLL-2003 train such a run is one name 68 times in 70), "Butler
                // Township" (a place's last word).
                // Not a rank before an organisation's office ("Deputy State Department
                // spokesman") nor a title before a person ("Lawyer David Steel").
                let rank = matches!(w, "Deputy" | "Vice" | "Assistant" | "Associate" | "Acting");
                if after < b
                    && !matches!(self.tok(after), "of" | "for")
                    && !self.headline
                    && (self.ends_in_legal_suffix(a, b)
                        || (self.is_org_head(self.tok(b - 1))
                            || PLACE_ENDINGS.contains(&self.tok(b - 1)))
                            && !rank
                            && !self.name_part(after).given)
                {
                    title_opens_name = true;
                    break;
                }
                if after < b && after > a {
                    // No holder named after the office ("Vice President of Deutsche
                    // Securities", "President of Russia"): what follows "of" is classified
                    // alone.
                    let holder = self.office_of_end(after, b, lex);
                    if holder.is_none() && matches!(self.tok(after), "of" | "for") {
                        a = after + 1;
                        continue;
                    }
                    // "Governor of Kansas Bill Graves": a listed place or firm that makes up
                    // the office is still named.
                    if let Some(h) = holder {
                        let from = after + 1 + usize::from(self.tok(after + 1) == "the");
                        // A firm needs its head, and a portfolio is no firm: "Minister of
                        // Foreign Affairs" ("Foreign Affairs" is also a magazine).
                        let office = lex.at(from).filter(|m| {
                            m.last == h
                                && (m.has(self.gaz, GazLabel::Location)
                                    || m.has(self.gaz, GazLabel::Org)
                                        && (from..h).any(|k| self.is_org_head(self.tok(k)))
                                        && self.tok(h - 1) != "Affairs")
                        });
                        if office.is_some() {
                            self.classify_chunk(from, h, lex, out);
                        }
                    }
                    let after = holder.unwrap_or(after);
                    role = Some(self.text(a, after).to_string());
                    titled = true;
                    a = after;
                    continue;
                }
            }
            break;
        }
        if a >= b {
            return;
        }
        // Events, awards and holidays are no names (GUIDELINE.md): "Davis Cup", "Brit Awards",
        // "won an Oscar", "the New Year"; "US Open" but not "Open University".
        let last = self.tok(b - 1);
        // "Games" after a place, a people or a season is a sporting event ("Olympic Games",
        // "Atlanta Games", "Asian Games"), not a firm ("Epic Games").
        let games = last == "Games"
            && b - a >= 2
            && (self.is_demonym(b - 2)
                || matches!(
                    self.tok(b - 2),
                    "Olympic" | "Paralympic" | "Commonwealth" | "Winter" | "Summer" | "Youth"
                )
                || lex
                    .at(b - 2)
                    .is_some_and(|m| m.last == b - 1 && m.has(self.gaz, GazLabel::Location)));
        let event = games
            || lexicon::EVENT_HEADS.contains(last)
                && b - a >= 2
                && (last != "Open" || self.is_demonym(b - 2) || lex.at(b - 2).is_some());
        let text = self.text(a, b);
        if event || lexicon::HOLIDAYS.contains(text) || lexicon::AWARDS.contains(text) {
            return;
        }
        // OrgAmpersand: names joined by "&" are a firm or partnership ("Marsh & McLennan",
        // "Perkins Caufield & Byers"; in CoNLL-2003 train 22 of 23 such names are ORG). A
        // listed name keeps its label ("Trinidad & Tobago"), two places joined are one place
        // ("Serbia & Montenegro", "Folkestone & Hythe"), letters are acronyms of any kind
        // ("R & B", "Q & A"), and a headline's "&" joins anything.
        let ampersand = (a + 1..b.saturating_sub(1)).find(|&k| {
            self.tok(k) == "&"
                && self.is_name_token(k - 1)
                && self.is_name_token(k + 1)
                && !(self.tok(k - 1).len() == 1 && self.tok(k + 1).len() == 1)
        });
        let listed = lex.at(a).is_some_and(|m| m.last == b);
        // An officer's title and name after the firm end it (split below): "JPMorgan Chase &
        // Co Chief Executive Jamie Dimon".
        let officer_after = || self.inner_title(a, b, lex).is_some();
        if let Some(k) = ampersand.filter(|_| !self.headline && !listed && !officer_after()) {
            let place = |from: usize, to: usize| {
                lex.at(from)
                    .is_some_and(|m| m.last == to && m.has(self.gaz, GazLabel::Location))
            };
            let (label, rule) = if place(a, k) && place(k + 1, b) {
                (Label::Location, "rule:PlaceAmpersand")
            } else {
                (Label::Org, "rule:OrgAmpersand")
            };
            out.push(self.candidate(a, b, label, rule, strength::RULE));
            return;
        }
        // PlaceFrame: words around the chunk that only a place takes; they beat a surname, a
        // town's club or a firm of the same name.
        if !titled
            && b - a <= 3
            && (a..b).all(|k| matches!(self.shape(k), Shape::Capitalised | Shape::AllCaps))
            && !(a..b).any(|k| self.gaz.org_word(self.tok(k)).is_some())
            && self.place_frame(a, b, lex)
        {
            let c = self.candidate(
                a,
                b,
                Label::Location,
                "rule:PlaceFrame",
                strength::RULE_STRONG,
            );
            out.push(c);
            return;
        }
        // OrgAfterNoun: a firm's noun just before the chunk names it ("oil giant Yukos",
        // "Scottish club Rangers", "the band Franz Ferdinand"), a common word or a given name
        // as much as an unknown word; a country stays a place. Nouns that are also people's
        // trades take no given name ("film maker Steven Spielberg", "publisher Kimberly
        // Quinn"); several words must all be capitalised ("giant ISP AOL", "group EADS
        // Philippe Camus" hold more than the name).
        let noun = (a > self.range.start && self.shape(a - 1) == Shape::Lower)
            .then(|| self.tok(a - 1))
            .filter(|w| lexicon::FIRM_NOUNS.contains(w));
        if let Some(noun) = noun.filter(|_| !titled && b - a <= 3) {
            // A trade that a person can ply too: a given name after it opens a person's name
            // ("winemaker Robert Mondavi").
            let trade = matches!(
                noun,
                "maker" | "publisher" | "broadcaster" | "operator" | "insurer" | "brewer"
            ) || noun.ends_with("maker");
            // "in group C", "club XI": a letter or a numeral is no name.
            let shape_ok = if b == a + 1 {
                matches!(
                    self.shape(a),
                    Shape::Capitalised | Shape::AllCaps | Shape::Mixed
                ) && self.tok(a).chars().count() >= 2
                    && !self.tok(a).chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
            } else {
                (a..b).all(|k| self.shape(k) == Shape::Capitalised)
            };
            let person_trade = trade && self.name_part(a).given && b > a + 1;
            let other_word = (a..b).any(|k| self.person_title_at(k) || is_temporal(self.tok(k)));
            if shape_ok
                && !(person_trade || other_word || self.gaz_has_country(&inner_matches(lex, a, b)))
            {
                let c = self.candidate(a, b, Label::Org, "rule:OrgAfterNoun", strength::RULE);
                out.push(c);
                self.acronym_after(b, out);
                return;
            }
        }
        // "named John Smith CEO", "Tony Blair MP": an abbreviated title after a given name and
        // a name part is no part of the name.
        if b >= a + 3
            && !self.headline
            && !titled
            && self.shape(b - 1) == Shape::AllCaps
            && self
                .gaz
                .title(self.tok(b - 1))
                .is_some_and(|e| e.subtype != "other" && e.source != "nameparser")
            && self.gaz.org_word(self.tok(b - 1)).is_none() // "Jacobs Suchard AG"
            && self.name_part(a).given
            && !lex.at(a).is_some_and(|m| {
                self.place_or_firm(m)
            })
            && (a..b - 1).all(|k| self.is_person_token(k))
        {
            self.classify_chunk(a, b - 1, lex, out);
            return;
        }
        // "Reserve Bank of India Governor Shaktikanta Das", "Infosys Chief Executive Salil
        // Parekh": a title inside the chunk, before a person's name, ends the name before it.
        if let Some((head_end, k)) = self.inner_title(a, b, lex) {
            self.classify_chunk(a, head_end, lex, out);
            self.classify_chunk(k, b, lex, out);
            return;
        }
        // "Lib Dem Norman Baker", "the CIA William Casey": a party or an acronym and then a
        // person's full name are two names.
        if let Some(k) = self.party_or_acronym_then_person(a, b, lex) {
            self.classify_chunk(a, k, lex, out);
            self.classify_chunk(k, b, lex, out);
            return;
        }
        // A lower-case role just before the chunk: "spokesman Dmitry Peskov", "billionaire Elon Musk".
        let role_before = a > self.range.start
            && self.shape(a - 1) == Shape::Lower
            && self.person_title_at(a - 1);
        if role_before && role.is_none() {
            role = Some(self.tok(a - 1).to_string());
        }

        // Gazetteer matches inside the chunk.
        let mut inner: Vec<&LexMatch> = Vec::new();
        let mut k = a;
        while k < b {
            if let Some(m) = lex.at(k) {
                if m.last <= b {
                    inner.push(m);
                    k = m.last;
                    continue;
                }
            }
            k += 1;
        }
        let whole = inner.iter().find(|m| m.first == a && m.last == b).copied();
        let n = b - a;

        // TeamAfterCountry: in a result line, the name after a competitor and their country
        // in brackets, before a time or a score, is the team ("Gerhard Berger ( Austria )
        // Benetton 1:53.706", "Mario Cipollini (Italy) Saeco 4:20:10").
        if let Some(e) = self.team_after_country(a, b, lex).filter(|_| !titled) {
            let c = self.candidate(
                a,
                e,
                Label::Org,
                "rule:TeamAfterCountry",
                strength::RULE_STRONG,
            );
            out.push(c);
            return;
        }

        // PersonScorer: the players of a result line, "( Wreh 15th , 42nd )", "c Stewart b
        // Mullally 61": a name with a match minute after it, or after the scorecard's caught
        // or bowled mark, is a person even where a town has that name ("c Cork b Croft").
        // Result lines look like Title Case (every word a capital): the minutes and marks,
        // not the capitals, are the evidence here.
        if let Some(end) = (n <= 4).then(|| self.in_scoring(a, b)).flatten() {
            self.push_person(
                a,
                end,
                "rule:PersonScorer",
                strength::RULE_STRONG,
                role,
                out,
            );
            return;
        }
        // Facility: a listed place or firm and a building's head word are the building, a
        // place (GUIDELINE.md): "Kodak Theatre", "Musselburgh Racecourse", "Emirates Stadium".
        if !self.headline
            && !titled
            && n >= 2
            && lexicon::is_venue_head(self.tok(b - 1))
            && inner
                .iter()
                .any(|m| m.first == a && m.last == b - 1 && self.place_or_firm(m))
        {
            out.push(self.candidate(
                a,
                b,
                Label::Location,
                "rule:Facility",
                strength::RULE_STRONG,
            ));
            return;
        }
        // ProductModel: a product brand or line followed by model parts.
        if let Some(p) = self.product_model(a, b, lex) {
            out.push(p);
            // Anything before the product inside the chunk is classified on its own.
            return;
        }

        // "Mr. President", "Madam Speaker": an office after an honorific is a form of address,
        // not a name ("Mr Major" and "Mr King" are people).
        // So is an everyday noun after an office's title, unless it is a known name part: "the
        // General Election", but "Senator Hope" and "Prime Minister Thatcher" (a rarer word);
        // after a person's honorific any word is a name ("Lord Goldsmith", "Mr Major").
        let honorific = role
            .as_deref()
            .and_then(|r| r.split_whitespace().last())
            .is_some_and(|r| lexicon::PERSONAL_HONORIFICS.contains(r));
        let address = titled
            && n == 1
            && (lexicon::ADDRESSED_OFFICES.contains(self.tok(a))
                || !honorific
                    && lexicon::is_common(self.gaz, &self.lower_word(a), 20)
                    && !self.name_part(a).any());
        // "Mr Dyer", "President Putin": an honorific makes a lone capitalised word a person,
        // even when a town has the same name.
        // "Assistant Controller", "Executive Vice President": after a title that only
        // qualifies another, a title is the rest of the office, not its holder's name
        // ("President Carter", "Secretary Baker" and "Mrs Thatcher" are names).
        let office_words = role
            .as_deref()
            .and_then(|r| r.split_whitespace().last())
            .is_some_and(|r| lexicon::TITLE_MODIFIERS.contains(r))
            && self.person_title(self.tok(b - 1));
        let holder_end = self.headline_holder_end(a, b);
        if titled
            && !address
            && !office_words
            && n <= 3
            && holder_end > a
            && (a..b).all(|k| self.shape(k) == Shape::Capitalised)
            && !self.gaz_has_country(&inner)
            && !(a..b).any(|k| self.is_org_head(self.tok(k)))
        {
            let rule = "rule:PersonTitle";
            self.push_person(a, holder_end, rule, strength::RULE_STRONG, role, out);
            return;
        }
        if self.is_rating_code(a, b) {
            return;
        }
        // "the London Interbank Offered Rate", "Federal Funds Rate": a rate, no name, and the
        // place or body in it is no mention of its own.
        if n >= 2
            && matches!(self.tok(b - 1), "Rate" | "Rates")
            && matches!(
                self.tok(b - 2),
                "Offered" | "Funds" | "Prime" | "Discount" | "Lombard" | "Repo"
            )
        {
            return;
        }
        if n == 1 && self.split_state_abbreviation(a) {
            out.push(self.candidate(a, b, Label::Location, "rule:PlaceFrame", strength::RULE));
            return;
        }
        // "West Texas Intermediate", "West Texas Sour", "Illinois Sweet": a crude oil's grade,
        // named after its field; no name, and the place in it is no mention of its own.
        if n >= 2 && matches!(self.tok(b - 1), "Intermediate" | "Sour" | "Sweet" | "Blend") {
            let from = a + usize::from(b - a >= 3 && is_compass_point(self.tok(a)));
            if lex
                .at(from)
                .is_some_and(|m| m.last == b - 1 && self.place_or_firm(m))
            {
                return;
            }
        }
        // A ticker in a wire's angle brackets ("BankAmerica Corp <BAC>") is the company's
        // code, not the place or club a list has under the letters.
        if n == 1
            && a > self.range.start
            && self.tok(a - 1) == "<"
            && b < self.range.end
            && self.tok(b) == ">"
            && self.shape(a) == Shape::AllCaps
        {
            out.push(self.candidate(a, b, Label::Org, "rule:Ticker", strength::RULE));
            return;
        }
        if let Some(m) = whole {
            // "a Sri Lankan firm": a group's adjective is no name (GUIDELINE.md).
            let named = [
                GazLabel::Person,
                GazLabel::Org,
                GazLabel::Location,
                GazLabel::App,
            ];
            if m.has(self.gaz, GazLabel::Demonym) && !named.iter().any(|&l| m.has(self.gaz, l)) {
                return;
            }
            if let Some(c) = self.gazetteer_candidate(m, lex, titled) {
                out.push(with_role(c, role));
                self.acronym_after(b, out);
                return;
            }
        }

        if !self.headline {
            // OrgSuffix / OrgKeyword.
            if let Some(end) = self.legal_suffix_end(a, b).filter(|_| n >= 2) {
                let c = self.candidate(a, end, Label::Org, "rule:OrgSuffix", strength::RULE_STRONG);
                out.push(c);
                self.acronym_after(b, out);
                return;
            }
            // A newspaper's title word ends its name ("Sydney Morning Herald", "Houston Post");
            // elsewhere it is a plain word ("Times Square", "Post and Telecommunications").
            // A listed paper at the end keeps its words out ("DHL-owner Deutsche Post").
            // Merged titles join two heads: "Herald-Press", "Post-Dispatch", "Times-Picayune".
            let last = self.tok(b - 1);
            let publication = (lexicon::PUBLICATION_HEADS.contains(last)
                || last.contains('-')
                    && last
                        .split('-')
                        .any(|p| lexicon::PUBLICATION_HEADS.contains(p)))
                && !inner.iter().any(|m| m.first > a && m.last == b);
            // Two-word heads too: "Royal Canadian Air Force".
            let head = ((a..b).any(|k| self.is_org_head(self.tok(k)))
                || b >= a + 3 && self.is_org_head(self.text(b - 2, b))
                || publication)
                && !self.name_of_name_parts(a, b);
            // Lower-case words inside the chunk are the connectors `chunk_end` joined
            // ("Institute for Fiscal Studies", "Centre for Transport and Society").
            let all_name = (a..b).all(|k| {
                self.is_name_token(k)
                    || lexicon::NAME_CONNECTORS.contains(self.tok(k))
                    || a < k && k + 1 < b && self.group_possessive(k, k + 1)
                    || (a < k && k + 1 < b && self.shape(k) == Shape::Lower)
                    // A country's body: "U.S. Circuit Court of Appeals" is one organisation,
                    // as "French Finance Ministry" is (GUIDELINE.md: maximal names); not "U.S.
                    // Energy [Secretary]".
                    || (k == a + 1 && self.is_initial_dot(k) && b >= a + 4)
            });
            // "Chairman of the Board", "Secretary of State": an office, not its organisation;
            // so is a listed title as a whole ("Chief Financial Officer", whose "Financial"
            // heads firms' names).
            // (Asked last: one lookup of the whole chunk, for ORG candidates only.)
            let office = || {
                let chunk = self.text(a, b);
                (self.person_title(self.tok(a)) && matches!(self.tok(a + 1), "of" | "for"))
                    || self.person_title(chunk)
            };
            if head
                && n >= 2
                && all_name
                && !office()
                && !self.is_heading(a, b)
                && !self.is_work_title(a, b)
            {
                // A hospital or a hotel is a building used as a place (GUIDELINE.md; CoNLL-2003
                // train: "... Hospital" 10 LOC, no ORG), though lists have the words as
                // organisations' heads: "Great Ormond Street Hospital", "Savoy Hotel".
                let building = matches!(last, "Hospital" | "Hotel");
                let c = if building {
                    self.candidate(a, b, Label::Location, "rule:Facility", strength::RULE)
                } else {
                    self.candidate(a, b, Label::Org, "rule:OrgKeyword", strength::RULE)
                };
                out.push(c);
                self.acronym_after(b, out);
                return;
            }
        }

        // OrgCountryUnit: a listed firm and a country are the firm's national company ("Shell
        // Canada", "Chrysler Canada", "Toyota Australia"; CoNLL-2003 train tags all such pairs
        // ORG), not a person although cspell lists "Chrysler" as a given name.
        // A compass word is the country's part, though a firm is called so: "Southern France"
        // is one place ("Western Ukraine" in CoNLL-2003 train).
        // The firm may be a listed name of several words: "Maruti Suzuki India".
        if b >= a + 2 && !self.headline {
            let w = self.tok(a);
            let compass = b == a + 2
                && (is_compass_point(w)
                    || matches!(w, "Northern" | "Southern" | "Eastern" | "Western"));
            let firm = lex.at(a).is_some_and(|m| {
                m.last == b - 1
                    && m.has(self.gaz, GazLabel::Org)
                    && !m.has(self.gaz, GazLabel::Location)
            });
            let country = lex
                .at(b - 1)
                .is_some_and(|m| m.last == b && self.country_level(m));
            if firm && country {
                let (label, rule) = if compass {
                    (Label::Location, "rule:PlaceCompass")
                } else {
                    (Label::Org, "rule:OrgCountryUnit")
                };
                out.push(self.candidate(a, b, label, rule, strength::RULE));
                return;
            }
        }

        // Persons.
        // "Ruud van Nistelrooy", "Luca di Montezemolo": the lower-case particles `chunk_end`
        // joined stand inside a person's name, not only in a firm's ("Banque du Caire" has its
        // org head, and no given name opens "Paseo de Anoeta").
        let particle = |k: usize| k > a && k + 1 < b && self.is_particle(k);
        let name_tokens = (a..b).all(|k| self.is_person_token(k) || particle(k));
        // "St James Park", "St Mary's": "St" is Saint, opening a place's or a club's name
        // (CoNLL-2003 train: 69 such names, no person), though SSA lists "St" as a given name.
        let saint = matches!(self.tok(a), "St" | "St." | "Ste" | "Ste.");
        let given = self.name_part(a).given && !saint;
        // A list name over the first token blocks PersonGiven, unless it is that token alone and
        // the token is a given name ("Jude Law", "Robert Kilroy Silk" beat the firms "Jude", "Robert").
        let covered_by_place_or_org = inner.iter().any(|m| {
            m.exact_case
                && m.first == a
                && self.place_or_firm(m)
                && !(m.last == a + 1 && given && n >= 2 && !self.gaz_has_country(&[m]))
        });
        let org_like = self.has_org_word(a, b) && !self.name_of_name_parts(a, b);
        // "Edward III", "Henry VIII": a given name and a regnal numeral name a monarch; not an
        // everyday word or a place with a model's or team's number ("Mark IV", "Titan III",
        // "Wales XV").
        if given
            && b == a + 2
            && !self.headline
            && self.shape(a) == Shape::Capitalised
            && is_regnal_numeral(self.tok(a + 1))
            && !lexicon::is_common(self.gaz, self.tok(a), 50)
            && !inner.iter().any(|m| m.first == a && self.place_or_firm(m))
        {
            self.push_person(a, b, "rule:PersonGiven", strength::RULE_STRONG, role, out);
            return;
        }
        let words = self.name_words(a, b);
        if name_tokens && (2..=4).contains(&words) && !org_like {
            let last_part = self.name_part(b - 1);
            if ((titled && !office_words) || (role_before && !covered_by_place_or_org))
                && holder_end > a
            {
                let rule = "rule:PersonTitle";
                self.push_person(a, holder_end, rule, strength::RULE_STRONG, role, out);
                return;
            }
            // A list name of two or more words from the first token is stronger evidence
            // than a given name ("the Golan Heights Israel captured" is no person).
            let starts_long_list_name = inner
                .iter()
                .any(|m| m.exact_case && m.first == a && m.last > a + 1 && self.place_or_firm(m));
            // A given name that is also a common word opens many sentences as that word ("Will
            // Apple buy …?", "Grace Notes …"): there the next word must be a known surname and
            // no listed company or place.
            let word_opens = sentence_initial(a) && lexicon::is_common(self.gaz, self.tok(a), 35);
            // A listed firm or place that is also a surname is allowed after a given name that
            // is a rare word ("Robin Williams won", "Jade Johnson edged"), not after the everyday
            // words that open questions and headlines ("Will Apple", "Mark Spencer's").
            let rare_word = self
                .gaz
                .common_level(&self.lower_word(a))
                .is_some_and(|level| level >= 35);
            let surname_next = || {
                self.name_part(a + 1).surname
                    && (rare_word || lex.at(a + 1).is_none_or(|m| !self.place_or_firm(m)))
            };
            // Or a second word that no list or dictionary knows ("Frank Dancevic downed him"):
            // its capital is a name's. Not after a modal opening a question ("Will I win?").
            let unknown_next = || {
                b == a + 2
                    && self.shape(a + 1) == Shape::Capitalised
                    && lex.at(a + 1).is_none()
                    && self.gaz.common_level(&self.lower_word(a + 1)).is_none()
                    && !lexicon::ACTS_AUX.contains(&self.lower_word(a))
                    // A title after it makes it the title holder's employer ("Chase
                    // Econometrics Chairman Lawrence Chimerine").
                    && !(b < self.range.end && self.is_title(b, lex).is_some())
            };
            // "the Clinton White House": a listed firm or place of two or more words after the
            // given name is that name, described by the person; not a surname with its particle
            // ("Hein Le Roux", "Francesco Del Monte").
            let rest_is_long_list_name = inner.iter().any(|m| {
                m.first == a + 1
                    && !lexicon::NAME_CONNECTORS.contains(&self.lower_word(a + 1))
                    && m.last == b
                    && b >= a + 3
                    && !m.has(self.gaz, GazLabel::Person)
                    && self.place_or_firm(m)
            });
            // "Martin County", "Carson City", "Millennium Dome": a place named after a person.
            let last = self.tok(b - 1);
            let place_ending =
                (PLACE_ENDINGS.contains(&last) || lexicon::is_venue_head(last)) && !last_part.any();
            if given && place_ending && !self.headline {
                let rule = if is_admin_area(last) {
                    Some("rule:PlaceArea")
                } else {
                    lexicon::is_venue_head(last).then_some("rule:Facility")
                };
                if let Some(rule) = rule {
                    out.push(self.candidate(a, b, Label::Location, rule, strength::RULE));
                    return;
                }
            }
            // A place that is also a given name, then an everyday word that is no name part:
            // a body or an event of the place ("Paris Bourse", "Boston Five", "Jupiter
            // Research"; in CoNLL-2003 train 68 of 70 such pairs are no person, 50 an ORG).
            // After a person's noun or age a given name and an everyday word are no body of a
            // place: "boyfriend Orlando Bloom", "Ten-year-old Dakota Fanning" (surnames that
            // are everyday words, which the lists leave out).
            let person_before = a > self.range.start && {
                let w = self.lower_word(a - 1);
                lexicon::KINSHIP.contains(&&*w) || w.ends_with("year-old")
            };
            let place_and_word = given
                && b == a + 2
                && lex
                    .at(a)
                    .is_some_and(|m| m.last == a + 1 && m.has(self.gaz, GazLabel::Location))
                && lexicon::is_common(self.gaz, &self.lower_word(a + 1), 35)
                && !last_part.any();
            if place_and_word && !place_ending && !self.headline && !person_before {
                out.push(self.candidate(a, b, Label::Org, "rule:OrgPlaceWord", strength::GUESS));
                return;
            }
            if given
                && (!word_opens || surname_next() || unknown_next())
                && !self.everyday_word_inside(a, b)
                && !place_ending
                && (!covered_by_place_or_org || last_part.surname)
                && !starts_long_list_name
                && !rest_is_long_list_name
                && (!self.headline || last_part.any())
            {
                self.push_person(a, b, "rule:PersonGiven", strength::RULE_STRONG, role, out);
                return;
            }
            // PersonInitials: initials before a known surname ("J. K. Rowling", and without the
            // full stop as sports copy writes them, "M Tait"); not listed dotted capitals ("U.S.
            // President Bill Clinton") nor an unknown word after them, more often a body ("N.Y.
            // Sentinel").
            let bare_initial = b == a + 2 && is_bare_initial(self.tok(a));
            // The first word after the initials: a given name there makes the name too ("J.
            // Kevin McMahon", "W. Erik Bruvold", whose surname no list has).
            let after_initials = (a..b).find(|&k| {
                !self.is_initial_dot(k)
                    && !self.is_initial_dot(k + 1)
                    && !is_bare_initial(self.tok(k))
            });
            let given_after_initials =
                after_initials.is_some_and(|k| k + 1 < b && self.name_part(k).given);
            // Two or more dotted initials before a given name: South Indian names put the
            // initials first and the given name last ("K. L. Rahul", "M. S. Swaminathan").
            let given_after_dotted_initials = last_part.given
                && after_initials == Some(b - 1)
                && (a..b).filter(|&k| self.is_initial_dot(k)).count() >= 2;
            if a + 1 < b
                && (self.is_initial_dot(a + 1) || (bare_initial && !self.gaz_has_country(&inner)))
                && lex.at(a).is_none()
                && matches!(self.shape(b - 1), Shape::Capitalised | Shape::Mixed)
                && (last_part.surname || given_after_initials || given_after_dotted_initials)
                // A title comes before the name ("U.S. President Bill Clinton"); the last word
                // is the surname even where a list has it as a trade too ("K. Smith").
                && !(a..b - 1).any(|k| self.is_title(k, lex).is_some())
                && !self.headline
            {
                self.push_person(
                    a,
                    b,
                    "rule:PersonInitials",
                    strength::RULE_STRONG,
                    role,
                    out,
                );
                return;
            }
        }
        if titled
            && !address
            && !office_words
            && n == 1
            && self.shape(a) == Shape::Capitalised
            && !org_like
            && !self.gaz_has_country(&inner)
        {
            self.push_person(a, b, "rule:PersonTitle", strength::RULE_STRONG, role, out);
            return;
        }

        // In a Title Case line the chunk is the whole line: pick out full person names
        // (given name + name part, "Elon Musk Invites Russia ...") before the list names.
        let mut people: Vec<(usize, usize)> = Vec::new();
        if self.headline && n > 2 {
            let mut k = a;
            while k + 1 < b {
                // Not from inside a list name either: "Hapoel [Tel Aviv] 1 Maccabi Haifa 3".
                let starts_list_name = inner
                    .iter()
                    .any(|m| m.first == k && m.last > k + 1 || m.first < k && k < m.last);
                let given = self.name_part(k).given && self.shape(k) == Shape::Capitalised;
                let next = self.name_part(k + 1);
                // "Will Tesla Survive …": a common word before a listed company or place.
                let word_then_listed = lexicon::is_common(self.gaz, self.tok(k), 35)
                    && inner
                        .iter()
                        .any(|m| m.first == k + 1 && self.place_or_firm(m));
                // A surname no list has ("Elon Musk Says …") after a given name that is no
                // everyday word: an unlisted word, rare in English, and no title or firm word.
                let rare_surname = || {
                    !lexicon::is_common(self.gaz, &self.lower_word(k), 20)
                        && !lexicon::is_common(self.gaz, &self.lower_word(k + 1), 20)
                        && !inner.iter().any(|m| m.first <= k + 1 && k < m.last)
                        && !self.person_title_at(k + 1)
                        && self.gaz.org_word(self.tok(k + 1)).is_none()
                };
                if given
                    && !starts_list_name
                    && !word_then_listed
                    && self.shape(k + 1) == Shape::Capitalised
                    && (next.surname || rare_surname())
                {
                    people.push((k, k + 2));
                    out.push(self.candidate(
                        k,
                        k + 2,
                        Label::Person,
                        "rule:PersonGiven",
                        strength::RULE_STRONG,
                    ));
                    k += 2;
                } else {
                    k += 1;
                }
            }
        }
        // Several list names in one chunk ("Google Podcasts", "Bank of Italy Finds").
        if !inner.is_empty() {
            for &m in &inner {
                if people.iter().any(|&(p, q)| m.first < q && p < m.last) {
                    continue;
                }
                if let Some(mut c) = self.gazetteer_candidate(m, lex, false) {
                    // "North Dorset", "West London": a compass word before a listed place in
                    // the same run is part of its name (CoNLL-2003 train: always).
                    let k = m.first;
                    if c.label == Label::Location
                        && k > a
                        && !self.headline
                        && is_compass_point(self.tok(k - 1))
                        && !inner.iter().any(|o| o.first < k && k - 1 < o.last)
                    {
                        c = self.candidate(k - 1, m.last, Label::Location, &c.source, c.strength);
                    }
                    // "French Finance Ministry Says": a country's body keeps its demonym, as
                    // OrgKeyword keeps it outside headlines (GUIDELINE.md: maximal names).
                    if c.label == Label::Org
                        && k > a
                        && self.is_demonym(k - 1)
                        && self.is_org_head(self.tok(m.last - 1))
                        && !inner.iter().any(|o| o.first < k - 1 && o.last == k)
                    {
                        c = self.candidate(k - 1, m.last, Label::Org, &c.source, c.strength);
                    }
                    out.push(c);
                }
            }
            return;
        }
        if self.headline {
            return;
        }
        // Facility: unknown capitalised words before a building's or ground's head word are a
        // place (GUIDELINE.md: named buildings used as places are LOCATION), not a person
        // whose surname is that word ("Goodison Park", "Stamford Bridge", "Hyde Park"). Not a
        // sentence's everyday first word ("Although Dome has said").
        if n >= 2
            && lexicon::FACILITY_HEADS.contains(self.tok(b - 1))
            && !given
            && !(sentence_initial(a) && lexicon::is_common(self.gaz, self.tok(a), 35))
            && !org_like
        {
            out.push(self.candidate(a, b, Label::Location, "rule:Facility", strength::RULE));
            return;
        }
        // Unknown capitalised words: name parts make a person; lone words wait for consistency.
        let first_is_initial = sentence_initial(a);
        // A Spanish article opens a place's or a band's name, no person's: "Los Alamos", "Las
        // Cruces".
        let spanish_article = matches!(self.tok(a), "Los" | "Las" | "El");
        if name_tokens
            && (2..=3).contains(&n)
            && !spanish_article
            && (a..b).all(|k| self.name_part(k).any())
        {
            if !(first_is_initial && lexicon::is_common(self.gaz, self.tok(a), 35)) {
                out.push(self.candidate(
                    a,
                    b,
                    Label::Person,
                    "rule:PersonNameParts",
                    strength::RULE,
                ));
            }
            return;
        }
        // PersonSurname: an unknown capitalised word before a known surname ("Dougray Scott").
        if name_tokens && n == 2 && !first_is_initial && !org_like {
            let first = self.tok(a);
            let last = self.name_part(b - 1);
            // "Soviet-West German joint ventures": a compound of nationalities, no given name.
            let nations =
                first.contains('-') && first.split('-').any(|p| self.gaz.demonym(p).is_some());
            if last.surname
                && !lexicon::is_common(self.gaz, first, 50)
                && inner.is_empty()
                && !nations
                && !spanish_article
            {
                out.push(self.candidate(a, b, Label::Person, "rule:PersonSurname", strength::RULE));
                return;
            }
        }
        // A language or faith alone is no name ("in Hindi", "accusing Islam"); where the
        // article names a person with it as surname ("Yusuf Islam"), consistency labels it.
        if n == 1 && lexicon::LANGUAGES_AND_FAITHS.contains(self.tok(a)) {
            return;
        }
        if n == 1 && lexicon::RATE_TERMS.contains(self.tok(a)) {
            return;
        }
        // An eponym of a disease names no one in the story: "Parkinson's disease", "Down's
        // syndrome".
        if n == 1
            && self.is_possessive(b)
            && self
                .next_word(b + 1)
                .is_some_and(|w| matches!(&*w, "disease" | "syndrome" | "lymphoma" | "palsy"))
        {
            return;
        }
        // OrgContext: an unknown word whose officer follows, named: "Kavach's managing
        // director Rakesh Menon", "Annapoorna's founder, K. R. Subramaniam" (a person's
        // lawyer or aide is no corporate office), also opening a sentence.
        if n == 1
            && self.shape(a) == Shape::Capitalised
            && self.is_possessive(b)
            && !self.name_part(a).any()
            && !lexicon::is_common(self.gaz, &self.lower_word(a), 35)
            && b + 1 < self.range.end
            && self.shape(b + 1) == Shape::Lower
            && self.named_corporate_officer_at(b + 1)
        {
            out.push(self.candidate(a, b, Label::Org, "rule:OrgContext", strength::RULE));
            return;
        }
        // A sentence-opening word no word list knows, a known name part, that acts or owns
        // ("Yeltsin is expected", "Daschle was", "Mulder 's absence"): the capital proves
        // nothing there, the verb or possessive after it does.
        if n == 1 && first_is_initial {
            let w = self.tok(a);
            let acts = self.acts_at(b)
                || self
                    .tok_in_sentence(b)
                    .is_some_and(|n| matches!(n, "'s" | "’s" | "was" | "is" | "has" | "had"));
            if acts
                && self.shape(a) == Shape::Capitalised
                && !lexicon::is_common(self.gaz, w, 50)
                && self.name_part(a).any()
            {
                out.push(self.candidate(
                    a,
                    b,
                    Label::Person,
                    "rule:PersonNamePart",
                    strength::GUESS,
                ));
            }
            return;
        }
        if n == 1 && !first_is_initial {
            // ThingContext: an unknown word that a software's or a device's noun describes
            // ("the Exeem software", "Qrio robots", "download Kazaa", "a robot called Emiew").
            if let Some(label) = self.thing_context(a) {
                out.push(self.candidate(a, b, label, "rule:ThingContext", strength::RULE));
                return;
            }
            let w = self.tok(a);
            // A unit after a number ("34 API", "1,600 SDR", "10900 UNCH") and a credit rating
            // ("to BB from B", "AAA") are no organisations; a firm before its noun is ("9,000
            // UAW workers", "45,696 NECO shares").
            let unit = a > self.range.start
                && self.shape(a - 1) == Shape::Digits
                && self
                    .tok_in_sentence(b)
                    .is_none_or(|_| self.shape(b) != Shape::Lower);
            let rating = matches!(w, "AAA" | "AA" | "BBB" | "BB" | "CCC" | "CC");
            // A lineage or version code: "JN.1", "XBB.1.5"; not a ticker with its exchange
            // ("<INTC.0>").
            let version = !(a > self.range.start && self.tok(a - 1) == "<")
                && self.doc.text[self.doc.tokens[a].end..]
                    .strip_prefix('.')
                    .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
            // Six letters only as a word of letters, not as a line of its own: "ECOMOG",
            // "UNCTAD", not "HD-DVD". Nor the wire's sign-off that ends its stories, "REUTER".
            let long_ok = || {
                w.bytes().all(|b| b.is_ascii_uppercase())
                    && !(a == self.range.start && b == self.range.end)
                    && w != "REUTER"
            };
            if self.shape(a) == Shape::AllCaps
                && !version
                && ((2..=5).contains(&w.len()) || w.len() == 6 && long_ok())
                && !lexicon::is_common(self.gaz, w, 50)
                && !lexicon::CAPITAL_TERMS.contains(w)
                && !unit
                && !rating
                && !self.terms.contains(&w.strip_suffix('s').unwrap_or(w))
            {
                let c = self.candidate(a, b, Label::Org, "rule:Acronym", strength::GUESS);
                out.push(c);
            } else if self.shape(a) == Shape::Capitalised && !lexicon::is_common(self.gaz, w, 35) {
                let np = self.name_part(a);
                // After an article a lone name part names a thing or a group: "the Atkins
                // diet", "a Whistler painting", "the Tatton seat", "the Cabir virus" (CoNLL-2003
                // train: 24 of 1,201 single names after "the", "a" or "an" are PER).
                // A leader's name before the term of their rule is the person: "the Reagan
                // administration", "the Thatcher years", "the Dole campaign" (CoNLL-2003
                // train: 10 of 10 name parts there are PER).
                let leader_of = self
                    .next_word(b)
                    .is_some_and(|w| lexicon::RULE_TERMS.contains(&w));
                let after_article = a > self.range.start
                    && matches!(self.tok(a - 1), "the" | "a" | "an")
                    && !leader_of;
                // After "at" or "in" it is a place more often ("at Anfield", "in Savoy";
                // CoNLL-2003 train: 14 of 675 single names there are PER), unless it owns
                // something ("in Blair's government").
                let after_place_prep = a > self.range.start
                    && matches!(self.tok(a - 1), "at" | "in")
                    && !self.is_possessive(b);
                // PlaceList: after a listed town and "and" or "or" it is one more place
                // ("between Rome and Florence", "Sittingbourne and Sheppey"), unless it owns
                // something. Not after a comma: team sheets list players so ("Pilkington,
                // Talbot, Buxton, Dimech").
                let after_place = a >= self.range.start + 2
                    && matches!(self.tok(a - 1), "and" | "or")
                    && !self.is_possessive(b)
                    && self.place_ending_at(a - 2, lex);
                if self.employer_context(a) && !self.doc_has_full_name(w) {
                    out.push(self.candidate(a, b, Label::Org, "rule:OrgContext", strength::RULE));
                } else if after_place {
                    let c =
                        self.candidate(a, b, Label::Location, "rule:PlaceList", strength::GUESS);
                    out.push(c);
                } else if (np.surname || np.given) && !after_article && !after_place_prep {
                    out.push(self.candidate(
                        a,
                        b,
                        Label::Person,
                        "rule:PersonNamePart",
                        strength::GUESS,
                    ));
                }
            } else if self.shape(a) == Shape::Mixed
                && !w.contains(['-', '.'])
                && self.employer_context(a)
            {
                // A camel-case word after a company's office is the company: "chief
                // executive of AccuWeather", "an analyst at PayPal".
                out.push(self.candidate(a, b, Label::Org, "rule:OrgContext", strength::RULE));
            } else if self.shape(a) == Shape::Capitalised
                && self.name_part(a).surname
                && self.acts_at(b)
            {
                // PersonActs: a surname that is also a common word, capitalised inside a
                // sentence and speaking ("… , Trump said"), is the person.
                out.push(self.candidate(a, b, Label::Person, "rule:PersonActs", strength::RULE));
            }
        } else if n >= 2
            && (!first_is_initial
                || self.named_with_country(a, b, lex)
                // "Kaha Kiknavelidze, an analyst at …" opening a sentence: no everyday word
                // ("Although Jonathan Wolff, …", "Last July, a …").
                || b - a <= 3
                    && (a..b).all(|k| !lexicon::is_common(self.gaz, self.tok(k), 35))
                    && self.role_apposition_at(b))
            && (a..b).all(|k| {
                (self.is_name_token(k) && (!self.person_title_at(k) || k == a && title_opens_name))
                    || lexicon::NAME_CONNECTORS.contains(self.tok(k))
            })
        {
            // UnknownName: a multi-word capitalised name that no list or rule explains is most
            // often a company or body in news copy ("Virgin Blue"); a lone unknown word is not
            // (measured: guessing ORG for those lowers F1 on both dev sets). In page furniture
            // common words together are a menu or section heading ("Trending Stories").
            let heading = self.is_heading(a, b);
            // An initial and an unknown word are a person the lists do not know ("J Noon").
            // So is a name described by a person's role after it ("Ouyang Zhongcan, a
            // research fellow at …").
            // And so is a name given with its country (see `named_with_country`).
            // Two initials without full stops before a listed surname are a person too, as
            // BBC style writes them ("JK Rowling", "PJ Harvey"), unless the surname heads firms
            // or a list knows the letters ("JP Morgan", "BT Retail" stay firms).
            let paired_initials = b == a + 2
                && self.tok(a).len() == 2
                && self.tok(a).bytes().all(|c| c.is_ascii_uppercase())
                && lex.at(a).is_none()
                && self.name_part(a + 1).surname
                && !self.is_org_head(self.tok(a + 1));
            let label = if (b == a + 2 && is_bare_initial(self.tok(a)))
                || paired_initials
                || (b - a <= 3 && self.role_apposition_at(b))
                || self.named_with_country(a, b, lex)
                || self.named_after_country(a, b, lex)
            {
                Label::Person
            } else if is_admin_area(self.tok(b - 1)) {
                Label::Location
            } else {
                Label::Org
            };
            // "Class B", "Series A", "Group C": an everyday word and a letter label a part.
            let lettered_part = b == a + 2
                && self.tok(b - 1).len() == 1
                && lexicon::is_common(self.gaz, self.tok(a), 35);
            // "the Third World": a group of countries, no body ("Third World Network" is one).
            let world_grouping = b == a + 2
                && self.tok(b - 1) == "World"
                && matches!(self.tok(a), "First" | "Second" | "Third" | "Fourth");
            if !heading && !self.is_work_title(a, b) && !lettered_part && !world_grouping {
                out.push(self.candidate(a, b, label, "rule:UnknownName", strength::GUESS));
            }
        }
    }

    /// Outside headlines, a capitalised "To", "The", "In", "Of" inside a run marks the title
    /// of a song, book or show ("Crashed The Wedding", "Record Of The Year"), which is no
    /// name: bodies write them lower-case ("Bank of England"). In CoNLL-2003 train no PER,
    /// ORG or LOC name has one. A wire's capitalised "Of", "For" or "And" in a firm's name
    /// with its head word is kept ("Union Bank Of Switzerland Securities").
    fn is_work_title(&self, a: usize, b: usize) -> bool {
        let mut firm_head = None;
        (a + 1..b).any(|k| {
            if self.shape(k) != Shape::Capitalised {
                return false;
            }
            let w = self.lower_word(k);
            lexicon::TITLE_CASE_LOWER.contains(&w)
                && !(matches!(&*w, "of" | "for" | "and")
                    && *firm_head.get_or_insert_with(|| {
                        (a..b).any(|i| {
                            self.is_org_head(self.tok(i)) || self.ends_in_legal_suffix(a, i + 1)
                        })
                    }))
        })
    }

    /// In page furniture, common words together are a menu item or a section heading
    /// ("Trending Stories", "Technology News", "Popular Brands"), not a name.
    fn is_heading(&self, a: usize, b: usize) -> bool {
        self.furniture && (a..b).all(|k| lexicon::is_common(self.gaz, &self.lower_word(k), 40))
    }

    /// A two-word name given with its country, as sport and wire copy write people ("Abebe
    /// Dinkessa of Ethiopia won", "Ivo Minar ( Czech Republic )"): two capitalised words, no
    /// common word ("Wexcorp Trading of Kenya" is a firm; a body of a country has its head
    /// word, "Bank of Ethiopia").
    fn named_with_country(&self, a: usize, b: usize, lex: &Lexicon) -> bool {
        b == a + 2
            && self.nationality_after(b, lex)
            && (a..b).all(|k| {
                self.shape(k) == Shape::Capitalised
                    && !lexicon::is_common(self.gaz, &self.lower_word(k), 35)
            })
    }

    /// A two-word name after its country's possessive, as sport copy writes people ("France's
    /// Hind Dehiba", "Russia's Alexander Lebed"): in CoNLL-2003 train 37 of 59 such pairs are
    /// people, and the firms and bodies among them have a head word ("Agriculture Ministry",
    /// "Daily Telegraph") that these guards turn away: no everyday first word (level 20:
    /// "Red", "Coast", "Daily") and no listed second word (level 35).
    fn named_after_country(&self, a: usize, b: usize, lex: &Lexicon) -> bool {
        b == a + 2
            && a >= self.range.start + 2
            && self.is_possessive(a - 1)
            && (self.range.start..a - 1).rev().take(4).any(|k| {
                lex.at(k)
                    .is_some_and(|m| m.last == a - 1 && self.country_level(m))
            })
            && (a..b).all(|k| self.shape(k) == Shape::Capitalised)
            && !lexicon::is_common(self.gaz, &self.lower_word(a), 20)
            && !lexicon::is_common(self.gaz, &self.lower_word(a + 1), 35)
    }

    /// A country follows token `b - 1` as a person's nationality: "of Ethiopia", "( Ethiopia )".
    fn nationality_after(&self, b: usize, lex: &Lexicon) -> bool {
        let Some(open) = self.tok_in_sentence(b).filter(|t| matches!(*t, "of" | "(")) else {
            return false;
        };
        lex.at(b + 1).is_some_and(|m| {
            self.country_level(m) && (open == "of" || self.tok_in_sentence(m.last) == Some(")"))
        })
    }

    /// The chunk `a..b` stands where only a place does: after a lower-case place noun and "of"
    /// ("the town of Karak", "the port of Santos"), or before a comma and a state that ends
    /// the phrase ("Whittier, Alaska, said", "based in Menlo Park, Calif."; not "Greg Abbott,
    /// Texas attorney general" nor "Henson, Wales did"). Not a demonym ("a city of Italian
    /// immigrants"); not an item of a comma list, where the next item is a state or a band
    /// ("Deacon Blue, Idlewild, Texas, Mogwai"); not a given name before more words, a
    /// person ("Jim Smith, Texas"), unless a place word ends them. Provinces are left out:
    /// the lists' provinces include districts named like people ("Sutton", "Poole").
    fn place_frame(&self, a: usize, b: usize, lex: &Lexicon) -> bool {
        if self.is_demonym(a) {
            return false;
        }
        if a >= self.range.start + 2
            && self.tok(a - 1) == "of"
            && self.shape(a - 2) == Shape::Lower
            && lexicon::PLACE_NOUNS.contains(self.tok(a - 2))
        {
            return true;
        }
        if self.tok_in_sentence(b) != Some(",") {
            return false;
        }
        let Some(m) = lex.at(b + 1) else {
            return false;
        };
        let surface = &self.doc.text[m.start..m.end];
        let ends_phrase = self.tok_in_sentence(m.last).is_none_or(|w| {
            matches!(w, "," | "." | ")" | ";" | ":" | "-" | "--" | "—")
                || self.shape(m.last) == Shape::Digits
        });
        let person_like =
            b - a >= 2 && self.name_part(a).given && !PLACE_ENDINGS.contains(&self.tok(b - 1));
        let listed = a > self.range.start && matches!(self.tok(a - 1), "," | ";");
        m.exact_case
            && !listed
            && self.place_of(m, &["state"])
            && !lexicon::HOME_NATIONS.contains(surface)
            && ends_phrase
            && !person_like
    }

    /// ", a research fellow at", ", joint general secretary of": a comma, a determiner,
    /// lower-case words with a listed title among them (any list: the frame is the
    /// evidence), then "of", "at" or "for".
    fn role_apposition_at(&self, b: usize) -> bool {
        if self.tok_in_sentence(b) != Some(",") {
            return false;
        }
        let mut k = b + 1;
        if self
            .tok_in_sentence(k)
            .is_some_and(|w| matches!(w, "a" | "an" | "the"))
        {
            k += 1;
        }
        let mut role = false;
        while k < self.range.end && k < b + 6 && self.shape(k) == Shape::Lower {
            let w = self.tok(k);
            if matches!(w, "of" | "at" | "for") {
                return role;
            }
            role |= self.gaz.title(w).is_some();
            k += 1;
        }
        false
    }

    /// A country, state or continent name: too strong to be read as a surname after a title.
    fn gaz_has_country(&self, inner: &[&LexMatch]) -> bool {
        inner
            .iter()
            .any(|m| self.place_of(m, &["country", "territory", "continent", "state"]))
    }

    /// Does the list name have a political party's entry?
    fn is_party(&self, m: &LexMatch) -> bool {
        m.entries().any(|e| {
            let e = self.gaz.entry(e);
            e.label == GazLabel::Org && &*e.subtype == "political_party"
        })
    }

    /// Does the list name have a place entry of one of these subtypes?
    fn place_of(&self, m: &LexMatch, subtypes: &[&str]) -> bool {
        m.entries().any(|e| {
            let e = self.gaz.entry(e);
            e.label == GazLabel::Location && subtypes.contains(&&*e.subtype)
        })
    }

    /// Token `i` if it lies in this sentence.
    fn tok_in_sentence(&self, i: usize) -> Option<&'a str> {
        self.range.contains(&i).then(|| self.tok(i))
    }

    /// A listed acronym written as a word, as British copy writes them ("Fifa", "Uefa" for
    /// FIFA, UEFA): four letters or more, only its first a capital, no name part ("Donaldson"
    /// stays a person; a dictionary word such as "Care" is vetoed as a lone capitalised word
    /// anyway), and every entry of the name an organisation in capitals.
    fn acronym_as_word(&self, m: &LexMatch) -> bool {
        let w = self.tok(m.first);
        let one_word = m.last == m.first + 1
            && w.len() >= 4
            && self.shape(m.first) == Shape::Capitalised
            && w.bytes().all(|b| b.is_ascii_alphabetic());
        let acronym = one_word
            && !self.name_part(m.first).any() // "Donaldson" for DONALDSON
            && m.entries().all(|e| {
                let e = self.gaz.entry(e);
                e.label == GazLabel::Org && !e.name.bytes().any(|b| b.is_ascii_lowercase())
            });
        // A camel-case brand written as plain words: "Paypal", "Worldcom", "Playstation
        // Portable".
        let surface = &self.doc.text[m.start..m.end];
        let camel = || {
            self.shape(m.first) == Shape::Capitalised
                && !lexicon::is_common(self.gaz, &self.lower_word(m.first), 50)
                && m.entries().all(|e| {
                    let label = self.gaz.entry(e).label;
                    matches!(label, GazLabel::Org | GazLabel::App | GazLabel::Product)
                })
                && m.entries()
                    .any(|e| crate::gazetteer::camel_name_as_word(&self.gaz.entry(e).name, surface))
        };
        // A firm's name with an acronym written as a word: "ABN Amro".
        let acronym_words = || {
            m.last > m.first + 1
                && m.entries()
                    .all(|e| self.gaz.entry(e).label == GazLabel::Org)
                && m.entries()
                    .any(|e| lexicon::acronym_words_fit(&self.gaz.entry(e).name, surface))
        };
        acronym || camel() || acronym_words()
    }

    /// A gazetteer name as a candidate, with the ORG-vs-APP and case checks.
    fn gazetteer_candidate(&self, m: &LexMatch, lex: &Lexicon, titled: bool) -> Option<Candidate> {
        let surface = &self.doc.text[m.start..m.end];
        // A possessive ending is no word of the name: "Gerrard's" (a listed firm) is one word,
        // and a person named so in the article ("Steven Gerrard") outweighs it.
        let possessive_end = m.last - m.first >= 2 && self.is_possessive(m.last - 1);
        let n_tokens = m.last - m.first - usize::from(possessive_end);
        // Case: exact, or an ALL-CAPS line, or a longer name whose case differs only slightly.
        let all_caps_text = surface.chars().all(|c| !c.is_lowercase());
        if !(m.exact_case || all_caps_text && surface.len() >= 3 || self.acronym_as_word(m)) {
            return None;
        }
        let has = |l: GazLabel| m.has(self.gaz, l);
        // At most five labels: on the stack.
        let mut buf = [Label::Person; 5];
        let mut n_labels = 0;
        for (g, l) in [
            (GazLabel::Person, Label::Person),
            (GazLabel::Location, Label::Location),
            (GazLabel::Org, Label::Org),
            (GazLabel::App, Label::App),
            (GazLabel::Product, Label::Product),
        ] {
            if has(g) {
                buf[n_labels] = l;
                n_labels += 1;
            }
        }
        let labels = &buf[..n_labels];
        if labels.is_empty() || (n_tokens == 1 && self.is_demonym(m.first)) {
            return None;
        }
        // "the Queen", "a Labour MP": an office alone is no firm or band, whatever a list says.
        let office = |e: &crate::gazetteer::Entry| {
            matches!(&*e.subtype, "political" | "honorific" | "religious")
        };
        if n_tokens == 1
            && !labels.contains(&Label::Person)
            && !labels.contains(&Label::Location)
            && self.gaz.title(surface).is_some_and(office)
        {
            return None;
        }
        // "Police said": the service, not a named force ("Thames Valley Police" is one).
        if n_tokens == 1 && surface == "Police" {
            return None;
        }
        // "W L PCT GB": a table's column headings are abbreviations, no names.
        if n_tokens == 1 && surface.len() <= 3 && self.column_headings() {
            return None;
        }
        // Sentence-initial common words: "Reading is fun" is no name, but a listed firm that
        // speaks is one ("Apple said", "Shell announced"; not a plural: "Officials said").
        let initial = m.first == self.range.start;
        let speaks = || {
            !self.headline
                && labels.contains(&Label::Org)
                && !surface.ends_with('s')
                && m.last < self.range.end
                && matches!(self.tok(m.last), "said" | "says" | "announced" | "reported")
        };
        // A listed firm (a company or a bank, not "Police") opening a sentence or a Title Case
        // headline that acts is one too ("Apple Sues Former Engineer", "Shell has signed").
        // In prose a bare -s form may be a noun there ("Sharp cuts in rates").
        let firm = || m.entries().any(|e| lexicon::is_firm(self.gaz.entry(e)));
        let firm_acts = || {
            let noun_like = || {
                self.next_word(m.last).is_some_and(|w| {
                    !lexicon::ORG_ACTS.contains(&w)
                        && w.ends_with('s')
                        && lexicon::corporate_verb(&w) == Some(false)
                })
            };
            initial
                && firm()
                && !surface.ends_with('s')
                && self.firm_acts_at(m.first, m.last)
                && (self.headline || !noun_like())
        };
        // So is one whose officer follows, named: "Apple CEO Tim Cook said", "Shell chief
        // executive Ben van Beurden" (not "Total official volume").
        // (Also "Alphabet's chief executive, Sundar Pichai, said".)
        // A party's too: "Conservative leader Michael Howard said".
        let officer_follows = || {
            let possessive = self.is_possessive(m.last);
            initial
                && (firm() || self.is_party(m))
                && self.named_officer_at(m.last + usize::from(possessive))
        };
        // An acronym listed so, in running text, is no common word ("US President ..." is not
        // "us"; a table's "TOTAL" is still the word).
        let acronym = all_caps_text && m.exact_case && !self.headline;
        if n_tokens == 1
            && (initial || self.headline)
            && !acronym
            && lexicon::is_common(self.gaz, surface, 20)
            && !speaks()
            && !firm_acts()
            && !officer_follows()
        {
            return None;
        }
        if n_tokens == 1 && surface.chars().count() <= 2 && !all_caps_text {
            return None;
        }
        // SportsTeam: a town, county or state in a match result is its club (GUIDELINE.md:
        // sports clubs are ORG); a country stays a place.
        if has(GazLabel::Location)
            && !self.country_level(m)
            && (self.in_match_result(m.first, m.last)
                || self.visitor_in_fixture_line(m, lex)
                || (self.club_of(m)
                    // A county or region in brackets after a name is a referee's county
                    // ("P Dowd (Staffordshire)"); a plural verb or a club word still makes
                    // it the club ("Yorkshire were", "Lancashire captain").
                    && self.club_context(m.first, m.last, !self.place_of(m, &["region"]))))
        {
            return Some(self.candidate(
                m.first,
                m.last,
                Label::Org,
                "rule:SportsTeam",
                strength::GAZETTEER,
            ));
        }
        // AppService: a listed app or firm and a service word name one of its services
        // ("WhatsApp Pay", "Twitter Blue", "Samsung Shop", "Yahoo Messenger"), not in a
        // longer name ("Apple Store Awards"; in a Title Case line any next word may follow).
        if (has(GazLabel::App) || has(GazLabel::Org))
            && !has(GazLabel::Location)
            && !has(GazLabel::Person)
            && m.last + 1 < self.range.end
            && self.shape(m.last) == Shape::Capitalised
            && lexicon::SERVICE_WORDS.contains(self.tok(m.last))
            && lex.at(m.last).is_none()
            // In a Title Case line every word is capitalised: "WhatsApp Pay Offers …".
            && (self.headline || !self.is_name_token(m.last + 1))
        {
            let c = self.candidate(
                m.first,
                m.last + 1,
                Label::App,
                "rule:AppService",
                strength::GAZETTEER + 5,
            );
            if !c.canonical.contains('\n') {
                return Some(c);
            }
        }
        if n_tokens == 1
            && !self.headline
            && labels
                .iter()
                .all(|l| matches!(l, Label::App | Label::Product))
            && lexicon::common_brand_inside_a_name(self.doc, self.gaz, self.range.clone(), m.first)
        {
            return None;
        }
        let label = self.choose_label(m, labels, titled);
        if label == Label::Person && !has(GazLabel::Person) {
            // PersonActs: a town that is also a surname, acting as a person ("Obama said").
            return Some(self.candidate(
                m.first,
                m.last,
                Label::Person,
                "rule:PersonActs",
                strength::GAZETTEER,
            ));
        }
        let gl = match label {
            Label::Person => GazLabel::Person,
            Label::Location => GazLabel::Location,
            Label::Org => GazLabel::Org,
            Label::App => GazLabel::App,
            _ => GazLabel::Product,
        };
        // A brand that only a brand list has, read as its company ("EA said"), takes the
        // brand's entry. Its strength is a guess: an app reading elsewhere in the article
        // ("BitTorrent users") labels it through consistency.
        let (entry, brand_only) = match m.entry(self.gaz, gl, surface) {
            Some(e) => (e, false),
            None if label == Label::Org => {
                // Only as a name of its own: not a part of a longer one ("The Mighty Boosh",
                // "Showtime Independent Films"), and opening a sentence only as a firm that
                // acts ("Napster claims", "Veritas was formed"; not a table's "Selenium 99.5
                // pct").
                let joined =
                    (m.first > self.range.start && !initial && self.is_name_token(m.first - 1))
                        || (m.last < self.range.end && self.is_name_token(m.last));
                let acts = || {
                    self.firm_acts_at(m.first, m.last)
                        || self
                            .next_word(m.last)
                            .is_some_and(|w| lexicon::AUXILIARIES.contains(&&*w))
                };
                if joined || (initial && !acts()) {
                    return None;
                }
                (m.entry(self.gaz, GazLabel::App, surface)?, true)
            }
            None => return None,
        };
        let entry = self.gaz.entry(entry);
        let _ = lex;
        Some(Candidate {
            start: m.start,
            end: m.end,
            label,
            canonical: entry.canonical.to_string(),
            source: format!("gazetteer:{}", entry.source),
            id: (!entry.id.is_empty() && label != Label::Person).then(|| entry.id.to_string()),
            role: None,
            money: None,
            value: None,
            strength: if brand_only {
                strength::GUESS
            } else if n_tokens >= 2 {
                strength::GAZETTEER + 5
            } else {
                strength::GAZETTEER
            },
        })
    }

    fn choose_label(&self, m: &LexMatch, labels: &[Label], titled: bool) -> Label {
        let has = |l: Label| labels.contains(&l);
        if titled && has(Label::Person) {
            return Label::Person;
        }
        // The owner of a named app or product is the company: "Swiggy's Instamart", "apps
        // such as Zerodha's Kite", "Google's Android".
        if has(Label::App)
            && !has(Label::Location)
            && self.is_possessive(m.last)
            && m.last + 1 < self.range.end
            && self.is_name_token(m.last + 1)
        {
            return Label::Org;
        }
        let app_context = self.app_context(m.first, m.last);
        // Brand lists (simple-icons) mix companies and apps: without a usage context a brand
        // that no curated list calls an app is read as the company ("EA said", "Napster claims").
        let curated_app = m.entries().any(|e| {
            let e = self.gaz.entry(e);
            e.label == GazLabel::App && e.source != "simple-icons"
        });
        // A brand spelt with a lower-case first letter ("iTunes", "iCloud", "npm") is a
        // product's or a service's name, not a firm's.
        let lower_initial = self.doc.text[m.start..m.end].starts_with(|c: char| c.is_lowercase());
        if has(Label::App)
            && !app_context
            && !curated_app
            && !lower_initial
            && !has(Label::Location)
            && !has(Label::Product)
        {
            return Label::Org;
        }
        // A curated app ("Clubhouse", "WhatsApp") is the app unless the company acts.
        let acts = self.acts_at(m.last);
        if has(Label::App)
            && curated_app
            && !self.firm_acts_at(m.first, m.last)
            && !self.firm_acted_on(m.first)
            && !self.office_of_firm_after(m.last)
            && !has(Label::Location)
        {
            return Label::App;
        }
        // A product that only the brand list calls an app is the product ("PSP", the
        // console), unless it is used as an app there.
        if has(Label::App) && has(Label::Product) && !curated_app && !app_context {
            return Label::Product;
        }
        if has(Label::App) && (app_context || !has(Label::Org)) {
            return if has(Label::Location) && !app_context {
                Label::Location
            } else {
                Label::App
            };
        }
        // A town whose only other listing is its club is the town ("an Accrington man"): the
        // club reading needs sport (SportsTeam here, `consistency::club_readings` after).
        let clubs_only = || {
            m.entries()
                .filter(|&e| self.gaz.entry(e).label == GazLabel::Org)
                .all(|e| lexicon::is_club(self.gaz, e))
        };
        if has(Label::Location) && has(Label::Org) && clubs_only() {
            return Label::Location;
        }
        if has(Label::Location) && has(Label::Org) {
            // A company that shares its name with a town ("Monsanto", "Toyota", "Halifax") is the
            // company, unless a place preposition, a country-level name or a city of half a
            // million says otherwise ("Chicago", "Munich": a firm or club there is rarely meant).
            // A firm the team listed (curated: "Meta", "Santander", "Fars") beats a province
            // or region of the same name, not a country, state or big city.
            let curated_firm = m.entries().any(|e| {
                let e = self.gaz.entry(e);
                lexicon::is_firm(e) && &*e.source == "curated"
            });
            let strong_place = self.place_of(
                m,
                &[
                    "country",
                    "territory",
                    "continent",
                    "state",
                    "capital",
                    "major_city",
                ],
            ) || (!curated_firm && self.place_of(m, &["province", "region"]));
            let place_before = m.first > self.range.start
                && lexicon::PLACE_BEFORE.contains(&self.lower_word(m.first - 1));
            return if strong_place || place_before || self.is_dateline(m) {
                Label::Location
            } else {
                Label::Org
            };
        }
        if has(Label::Location) {
            // A town that shares its name with a surname and speaks or acts ("Obama said") is
            // the person: places do not say or tell. Countries, capitals and regions can
            // ("Russia said"), and "in Obama" stays the place.
            let minor_place_only = m.entries().all(|e| {
                let e = self.gaz.entry(e);
                e.label != GazLabel::Location || matches!(&*e.subtype, "city" | "town")
            });
            let place_before = m.first > self.range.start
                && lexicon::PLACE_BEFORE.contains(&self.lower_word(m.first - 1));
            if m.last == m.first + 1
                && minor_place_only
                && acts
                && !place_before
                && self.name_part(m.first).surname
            {
                return Label::Person;
            }
            return Label::Location;
        }
        // A line of devices the team listed ("Xbox") is the product where only a company list
        // that mixes in brands has the name (cspell), unless the firm acts or has an office
        // ("Xbox said", "Xbox boss Peter Moore").
        let curated = |label: GazLabel, subtype: Option<&str>| {
            m.entries().any(|e| {
                let e = self.gaz.entry(e);
                e.label == label
                    && &*e.source == "curated"
                    && subtype.is_none_or(|s| *e.subtype == *s)
            })
        };
        if has(Label::Product)
            && curated(GazLabel::Product, Some("line"))
            && !curated(GazLabel::Org, None)
            && !acts
            && !self.firm_acts_at(m.first, m.last)
            && !self.office_of_firm_after(m.last)
        {
            return Label::Product;
        }
        if has(Label::Org) {
            return Label::Org;
        }
        if has(Label::Product) {
            return Label::Product;
        }
        labels[0]
    }

    /// A wire-copy dateline: an ALL-CAPS place opening the sentence, then a date, a comma, a
    /// bracket or a dash ("CHICAGO 1996-08-22", "NEW DELHI, March 3", "LONDON (Reuters) -").
    fn is_dateline(&self, m: &LexMatch) -> bool {
        let surface = &self.doc.text[m.start..m.end];
        m.first == self.range.start
            && !surface.chars().any(char::is_lowercase)
            && m.last < self.range.end
            && (matches!(self.tok(m.last), "," | "(" | "-" | "—" | ":")
                || self.shape(m.last) == Shape::Digits)
    }

    /// The chunk `a..b` is a player in a result line: a match minute follows ("Wreh 15th ,",
    /// "( Scifo 35th )"; the minute may end the chunk), or a scorecard mark comes before ("c
    /// Stewart b", "b Gough 10"). Gives the end of the name.
    fn in_scoring(&self, a: usize, mut b: usize) -> Option<usize> {
        let is_minute = |w: &str| {
            let digits = w.bytes().take_while(u8::is_ascii_digit).count();
            (1..=3).contains(&digits) && matches!(&w[digits..], "st" | "nd" | "rd" | "th")
        };
        let runs = |w: &str| w.bytes().all(|c| c.is_ascii_digit());
        if b > a + 1 && (is_minute(self.tok(b - 1)) || runs(self.tok(b - 1))) {
            b -= 1;
        }
        let minute_after = self.tok_in_sentence(b).is_some_and(is_minute)
            && self
                .tok_in_sentence(b + 1)
                .is_none_or(|w| matches!(w, "," | ")" | ";" | "." | "pen" | "og"))
            && a > self.range.start
            && self
                .tok_in_sentence(a - 1)
                .is_some_and(|w| matches!(w, "(" | "," | ";"));
        let mark_before = a > self.range.start
            && self
                .tok_in_sentence(a - 1)
                .is_some_and(|w| matches!(w, "b" | "c" | "st"))
            && self
                .tok_in_sentence(b)
                .is_some_and(|w| matches!(w, "b" | "c" | "not") || runs(w));
        ((minute_after || mark_before) && (a..b).all(|k| self.shape(k) == Shape::Capitalised))
            .then_some(b)
    }

    /// Is the sentence a table's column headings ("W L PCT GB", "W D L F A PTS")? Three or more
    /// capitals-only abbreviations of at most three letters, two of them single letters.
    fn column_headings(&self) -> bool {
        let words = || self.range.clone().map(|i| self.tok(i));
        let abbreviation = |w: &str| w.len() <= 3 && w.bytes().all(|b| b.is_ascii_uppercase());
        self.range.len() >= 3
            && words().all(abbreviation)
            && words().filter(|w| w.len() == 1).count() >= 2
    }

    /// "RICHMOND , Va ." (CoNLL-2003's tokens joined by spaces): a state's abbreviation with
    /// its full stop split off, after a town and a comma, is the listed state ("Va.").
    fn split_state_abbreviation(&self, a: usize) -> bool {
        let w = self.tok(a);
        a > self.range.start
            && self.tok(a - 1) == ","
            && a + 1 < self.range.end
            && self.tok(a + 1) == "."
            && self.doc.tokens[a].end < self.doc.tokens[a + 1].start
            && w.len() <= 5
            && self.gaz.entries_named(&format!("{w}.")).any(|e| {
                let e = self.gaz.entry(e);
                e.label == GazLabel::Location && matches!(&*e.subtype, "state" | "province")
            })
    }

    /// Is the list name a country, territory or continent (never a club)?
    fn country_level(&self, m: &LexMatch) -> bool {
        lexicon::is_country_level(self.gaz, &self.doc.text[m.start..m.end], m.entries())
    }

    /// Tokens `first..last` name a side in a match result: a score follows ("Leeds 2 Wigan 1",
    /// "Essex 72-0", "Oakland 6 , Texas 5"), a result verb joins two sides ("Liverpool beat
    /// Chelsea", "Leeds drew with Wigan"), or a player's role follows ("Lecce striker X",
    /// "Chelsea manager Y"). Not a place after "in" ("in Texas 10 people ...").
    fn in_match_result(&self, first: usize, last: usize) -> bool {
        // "2", "326", or a one-token result "72-0".
        let is_score = |i: usize| {
            let number =
                |w: &str| (1..=3).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit());
            self.tok_in_sentence(i)
                .is_some_and(|w| match w.split_once('-') {
                    Some((a, b)) => number(a) && number(b),
                    None => number(w),
                })
        };
        let place_before =
            first > self.range.start && lexicon::PLACE_BEFORE.contains(&self.lower_word(first - 1));
        // The token after a score: the end, a separator, another score or the next side.
        let score_follows = is_score(last)
            && match self.tok_in_sentence(last + 1) {
                None => true,
                Some(w) => {
                    matches!(w, "," | ";" | ")" | "(" | ".")
                        || (w == "-" && is_score(last + 2))
                        || is_score(last + 1)
                        || self.shape(last + 1) == Shape::Capitalised
                        || self.shape(last + 1) == Shape::AllCaps
                }
            };
        // An Australian football score, goals.behinds and the total in brackets: "Melbourne
        // 11.12 ( 78 ) Richmond 28.19 ( 187 )". The total must add up (a goal is six
        // points), which no price or figure in brackets does by chance often.
        let aussie_rules_score = || {
            let number = |k: usize| self.tok_in_sentence(k).and_then(|w| w.parse::<u32>().ok());
            let Some((goals, behinds)) = self.tok_in_sentence(last).and_then(|w| {
                let (g, b) = w.split_once('.')?;
                let short = |x: &str| (1..=2).contains(&x.len());
                (short(g) && short(b)).then_some((g.parse::<u32>().ok()?, b.parse::<u32>().ok()?))
            }) else {
                return false;
            };
            self.tok_in_sentence(last + 1) == Some("(")
                && number(last + 2) == Some(goals * 6 + behinds)
                && self.tok_in_sentence(last + 3) == Some(")")
        };
        if (score_follows || aussie_rules_score()) && !place_before {
            return true;
        }
        let after = self.next_word(last);
        let before = (first > self.range.start).then(|| self.lower_word(first - 1));
        let two_before = (first > self.range.start + 1).then(|| self.lower_word(first - 2));
        after
            .as_deref()
            .is_some_and(|w| lexicon::RESULT_VERBS.contains(w) || lexicon::PLAYER_ROLES.contains(w))
            || before
                .as_deref()
                .is_some_and(|w| lexicon::RESULT_VERBS.contains(w) && w != "drew")
            || matches!(
                (two_before.as_deref(), before.as_deref()),
                (Some("drew" | "draw" | "lost"), Some("with" | "to"))
            )
    }

    /// The visiting side of a schedule's fixture line, "SEATTLE AT BOSTON" or "Detroit at
    /// Chicago": the sentence is two listed places below country level with "at" between them
    /// (a full stop may end it). The first is the team; the second stays the place, the venue.
    fn visitor_in_fixture_line(&self, m: &LexMatch, lex: &Lexicon) -> bool {
        let mut end = self.range.end;
        if end > self.range.start && self.tok(end - 1) == "." {
            end -= 1;
        }
        m.first == self.range.start
            && m.last + 1 < end
            && matches!(self.tok(m.last), "at" | "AT")
            && lex.at(m.last + 1).is_some_and(|venue| {
                venue.last == end
                    && venue.has(self.gaz, GazLabel::Location)
                    && !self.country_level(venue)
            })
    }

    /// Does a list name the place's football club by the same name ("Liverpool", "Bolton")?
    fn club_of(&self, m: &LexMatch) -> bool {
        m.entries().any(|e| lexicon::is_club(self.gaz, e))
    }

    /// Weaker signs of a club than a match result, for towns that a list also names as
    /// clubs: a plural verb, which British copy gives a team and not a town ("Liverpool were
    /// living dangerously", "Newcastle have"), a word of a club's people ("Bolton boss",
    /// "Liverpool fans"), and a team in brackets after a player ("M Tait (Newcastle)").
    fn club_context(&self, first: usize, last: usize, brackets: bool) -> bool {
        let after = self.tok_in_sentence(last);
        // The town must be the whole subject: not after a preposition ("a lock-up in Cambridge
        // were found") or in a coordination ("Southampton and Leeds have").
        let whole_subject = first == self.range.start
            || matches!(
                &*self.lower_word(first - 1),
                "," | "\""
                    | "“"
                    | "but"
                    | "while"
                    | "as"
                    | "when"
                    | "because"
                    | "although"
                    | "if"
                    | "that"
                    | "so"
                    | "then"
            );
        if whole_subject && after.is_some_and(|w| matches!(w, "were" | "are" | "have")) {
            return true;
        }
        // "centre" is a player only before his name ("Newcastle centre Mathew Tait"), not in
        // "the Colorado centre has argued".
        let player_named =
            || self.tok_in_sentence(last + 1).is_some() && self.is_name_token(last + 1);
        if self
            .next_word(last)
            .is_some_and(|w| lexicon::CLUB_WORDS.contains(&w) || w == "centre" && player_named())
        {
            return true;
        }
        brackets
            && first >= self.range.start + 2
            && self.tok(first - 1) == "("
            && after == Some(")")
            && self.is_name_token(first - 2)
    }

    /// "on X", "via X", "download X", "the X app", "X users", or a list whose first item is an app.
    fn app_context(&self, first: usize, last: usize) -> bool {
        let mut back = first;
        // Skip a coordinated list: "on Twitter, Facebook, and Google News".
        while back > self.range.start {
            let p = self.tok(back - 1);
            if matches!(p, "," | "and" | "or" | "the") {
                back -= 1;
                continue;
            }
            if back >= 2 && self.is_name_token(back - 1) && back - 1 > self.range.start {
                let before = self.tok(back - 2);
                // ("such as Xero and QuickBooks": to the list's first name.)
                if matches!(before, "," | "and" | "or" | "as" | "like") {
                    back -= 1;
                    continue;
                }
            }
            break;
        }
        let before = (back > self.range.start).then(|| self.lower_word(back - 1));
        let after = self.next_word(last);
        // Examples of software: "accounting software such as Xero", "apps like TikTok".
        let example_of_software = || {
            let noun = match before.as_deref() {
                Some("as") if back >= self.range.start + 3 && self.tok(back - 2) == "such" => {
                    back - 3
                }
                Some("like") if back >= self.range.start + 2 => back - 2,
                _ => return false,
            };
            matches!(
                self.tok(noun),
                "software" | "apps" | "applications" | "services" | "platforms" | "tools"
            )
        };
        before
            .as_deref()
            .is_some_and(|w| lexicon::APP_BEFORE.contains(w))
            || after
                .as_deref()
                .is_some_and(|w| lexicon::APP_AFTER.contains(w))
            || example_of_software()
    }

    /// `ProductModel`: brand/line from the products list, then model parts ("X7", "13", "Pro").
    fn product_model(&self, a: usize, b: usize, lex: &Lexicon) -> Option<Candidate> {
        let mut k = a;
        // Optional company brand first ("Samsung Galaxy F62", "Realme X7 Pro").
        let mut saw_brand = false;
        while k < b {
            let Some(m) = lex.at(k) else { break };
            if m.last > b || !m.exact_case {
                break;
            }
            if m.has(self.gaz, GazLabel::Product) || m.has(self.gaz, GazLabel::Org) {
                saw_brand |= m.has(self.gaz, GazLabel::Product);
                k = m.last;
                if m.has(self.gaz, GazLabel::Product) {
                    break;
                }
                continue;
            }
            break;
        }
        if k == a {
            return None;
        }
        let mut end = k;
        while end < b && self.is_model_part(end) && !is_measure_or_ordinal(self.tok(end)) {
            end += 1;
        }
        let has_model = end > k
            && (a..end).any(|t| {
                matches!(self.shape(t), Shape::Alphanumeric | Shape::Digits)
                    || lexicon::MODEL_WORDS.contains(self.tok(t))
            });
        if !(has_model && (saw_brand || (a..end).any(|t| self.shape(t) == Shape::Alphanumeric))) {
            return None;
        }
        if !saw_brand
            && !(a..k).any(|t| {
                lex.at(t)
                    .is_some_and(|m| m.has(self.gaz, GazLabel::Product))
            })
            && end - k < 1
        {
            return None;
        }
        Some(self.candidate(
            a,
            end,
            Label::Product,
            "rule:ProductModel",
            strength::RULE_STRONG,
        ))
    }

    /// `AcronymDefined`: "International Space Station (ISS)" gives ISS the name's label.
    /// The named candidate is the last one in `out`.
    fn acronym_after(&self, b: usize, out: &mut Vec<Candidate>) {
        if b + 2 < self.range.end && self.tok(b) == "(" && self.tok(b + 2) == ")" {
            let Some(named) = out.last() else { return };
            // After a person the capitals are a country's or a team's code, no acronym:
            // "Lance Armstrong (USA)", "Kim Clijsters (BEL)".
            if named.label == Label::Person {
                return;
            }
            // "(NASA)"; or written as a word, "(Sebi)", when its letters are the name's initials,
            // or the organisation's own unlisted name.
            let acronym = match self.shape(b + 1) {
                Shape::AllCaps => true,
                Shape::Capitalised => {
                    let initials: String = self.doc.text[named.start..named.end]
                        .split_whitespace()
                        .filter_map(|w| w.chars().next().filter(|c| c.is_uppercase()))
                        .collect();
                    let word = self.tok(b + 1);
                    let spelt = word.len() >= 3
                        && initials.len() == word.len()
                        && initials.eq_ignore_ascii_case(word);
                    // An organisation's own short name in its language: "the Federation of
                    // Economic Organisations (Keidanren)"; a word no list knows, not a place's
                    // ("Siemens AG (Germany)") nor a person's.
                    let name = &self.doc.text[named.start..named.end];
                    let own_name = named.label == Label::Org
                        && word.len() >= 3
                        && !name.split_whitespace().any(|w| w == word)
                        && !lexicon::is_common(self.gaz, &self.lower_word(b + 1), 50)
                        && !self.name_part(b + 1).any()
                        && self.gaz.demonym(word).is_none()
                        && self.gaz.find(word).is_empty();
                    spelt || own_name
                }
                _ => false,
            };
            if !acronym {
                return;
            }
            let mut c = self.candidate(
                b + 1,
                b + 2,
                named.label,
                "rule:AcronymDefined",
                strength::RULE_STRONG,
            );
            c.canonical = named.canonical.clone();
            c.id = named.id.clone();
            out.push(c);
        }
    }
}

impl SentenceCtx<'_> {
    /// A PERSON candidate over tokens `a..b`, with the title or role kept out of its span.
    fn push_person(
        &self,
        a: usize,
        b: usize,
        rule: &str,
        strength: u8,
        role: Option<String>,
        out: &mut Vec<Candidate>,
    ) {
        out.push(with_role(
            self.candidate(a, b, Label::Person, rule, strength),
            role,
        ));
    }
}

fn with_role(mut c: Candidate, role: Option<String>) -> Candidate {
    if c.label == Label::Person {
        c.role = role;
    }
    c
}

#[cfg(test)]
mod tests {
    use super::{Doc, SentenceCtx, TokenMemo};
    use crate::gazetteer::GazetteerBuilder;
    use crate::model::{Article, Label, Zone};
    use crate::pipeline::Pipeline;
    use crate::recognise::Recogniser;
    use std::sync::Arc;

    /// A tiny gazetteer so the rules are tested on their own logic, not on list coverage.
    fn pipeline() -> Pipeline {
        let tsv = "name\tcanonical\tlabel\tsubtype\tid\tsource
Elon\tElon\tPERSON\tgiven\t\ttest
Hapoel Tel Aviv\tHapoel Tel Aviv\tORG\tclub\t\ttest
Detroit Tigers\tDetroit Tigers\tORG\tteam\t\ttest
Va.\tVirginia\tLOCATION\tstate\t\ttest
ABN AMRO\tABN AMRO\tORG\tcompany\t\ttest
Tel\tTel\tPERSON\tgiven\t\ttest
Aviv\tAviv\tPERSON\tsurname\t\ttest
Varenka\tVarenka\tPERSON\tgiven\t\ttest
Varenka\tVarenka\tLOCATION\tcity\t\ttest
Sim\tSim\tLOCATION\tcity\t\ttest
Dolgov\tDolgov\tPERSON\tsurname\t\ttest
Donald Trump\tDonald Trump\tPERSON\tfull\t\ttest
Luiz\tLuiz\tPERSON\tgiven\t\ttest
Hunter\tHunter\tPERSON\tgiven\t\ttest
hunter\thunter\tTITLE\tcorporate\t\ttest
Cooper\tCooper\tPERSON\tgiven\t\ttest
cooper\tcooper\tTITLE\tcorporate\t\ttest
basin\tbasin\tCOMMON\t20\t\ttest
Sheikh\tSheikh\tTITLE\tcorporate\t\ttest
Sheikh\tSheikh\tPERSON\tgiven\t\ttest
Canada\tCanada\tPERSON\tsurname\t\ttest
Hospital\tHospital\tORG_KEYWORD\thead\t\ttest
Hotel\tHotel\tORG_KEYWORD\thead\t\ttest
Union\tUnion\tORG_KEYWORD\thead\t\ttest
Co\tCo\tORG_SUFFIX\tlegal\t\ttest
Sheffield Wednesday\tSheffield Wednesday\tORG\tclub\t\ttest
The Sun\tThe Sun\tORG\tnews_agency\t\ttest
Dmitry\tDmitry\tPERSON\tgiven\t\ttest
Charles\tCharles\tPERSON\tgiven\t\ttest
June\tJune\tPERSON\tgiven\t\ttest
Millennium\tMillennium\tPERSON\tgiven\t\ttest
Musk\tMusk\tPERSON\tsurname\t\ttest
Rowling\tRowling\tPERSON\tsurname\t\ttest
Smith\tSmith\tPERSON\tsurname\t\ttest
smith\tsmith\tTITLE\tcorporate\t\ttest
Peskov\tPeskov\tPERSON\tsurname\t\ttest
Obama\tObama\tPERSON\tsurname\t\ttest
Obama\tObama\tLOCATION\tcity\t1854849\ttest
White\tWhite\tPERSON\tsurname\t\ttest
Trump\tTrump\tPERSON\tsurname\t\ttest
trump\ttrump\tCOMMON\t35\t\ttest
national\tnational\tCOMMON\t10\t\ttest
bin\tbin\tCOMMON\t20\t\ttest
house\thouse\tCOMMON\t10\t\ttest
although\talthough\tCOMMON\t10\t\ttest
mark\tmark\tCOMMON\t10\t\ttest
Mark\tMark\tPERSON\tgiven\t\ttest
Wales\tWales\tLOCATION\tcountry\t\ttest
Wales\tWales\tPERSON\tgiven\t\ttest
class\tclass\tCOMMON\t10\t\ttest
butler\tbutler\tTITLE\tcorporate\t\ttest
Dean\tDean\tTITLE\tcorporate\t\ttest
Dean\tDean\tPERSON\tgiven\t\ttest
Sen\tSen\tPERSON\tgiven\t\ttest
St\tSt\tPERSON\tgiven\t\ttest
Moscow Times\tMoscow Times\tORG\tmedia\t\ttest
Sen.\tSenator\tTITLE\tpolitical\t\ttest
Butler\tButler\tPERSON\tsurname\t\ttest
House\tHouse\tPERSON\tsurname\t\ttest
the White House\tWhite House\tORG\tgovernment\t\ttest
White House\tWhite House\tORG\tgovernment\t\ttest
President\tPresident\tTITLE\tpolitical\t\ttest
spokesman\tspokesman\tTITLE\tcorporate\t\ttest
CEO\tCEO\tTITLE\tcorporate\t\ttest
Zorbify\tZorbify\tAPP\tservice\tzorbify\tsimple-icons
Xerolo\tXerolo\tAPP\tservice\txerolo\tsimple-icons
zTunes\tzTunes\tAPP\tservice\tztunes\tsimple-icons
Zorbstation\tZorbstation\tAPP\tservice\tzorbstation\tsimple-icons
Zorbstation\tZorbstation\tPRODUCT\tmodel\t\tcurated
Chirpy\tChirpy\tAPP\tsocial\t\tcurated
Beacon\tBeacon\tAPP\tsocial\t\tcurated
beacon\tbeacon\tCOMMON\t10\t\ttest
economic\teconomic\tCOMMON\t10\t\ttest
Chirpy\tChirpy\tORG\tcompany\t\tcurated
Metarra\tMetarra\tLOCATION\tprovince\t\ttest
Metarra\tMetarra\tORG\tcompany\t\tcurated
Provaria\tProvaria\tLOCATION\tprovince\t\ttest
Provaria\tProvaria\tORG\tcompany\t\tsec-edgar-tickers
Police\tPolice\tORG\tagency\t\ttest
ZorbPay\tZorbPay\tORG\tcompany\t\tcurated
Air Force\tAir Force\tORG_KEYWORD\thead\t\ttest
rival\trival\tCOMMON\t10\t\ttest
rivals\trivals\tCOMMON\t10\t\ttest
sport\tsport\tCOMMON\t10\t\ttest
sports\tsports\tCOMMON\t10\t\ttest
direct\tdirect\tCOMMON\t10\t\ttest
AG\tAttorney General\tTITLE\tpolitical\t\ttest
AG\tAG\tORG_SUFFIX\tlegal\t\ttest
Russian\tRussia\tDEMONYM\t\t\ttest
Russia\tRussia\tLOCATION\tcountry\tQ159\ttest
Kremlin\tKremlin\tORG\tgovernment\t\ttest
Leeds\tLeeds\tLOCATION\tcity\t\ttest
Wigan\tWigan\tLOCATION\tcity\t\ttest
Cardiff\tCardiff\tLOCATION\tcapital\t\ttest
Essex\tEssex\tLOCATION\tprovince\t\ttest
Kent\tKent\tLOCATION\tprovince\t\ttest
Liverpool\tLiverpool\tLOCATION\tcity\t\ttest
Chelsea\tChelsea\tLOCATION\tcity\t\ttest
Newcastle\tNewcastle\tLOCATION\tmajor_city\t\ttest
Newcastle\tNewcastle\tORG\tclub\t\ttest
Liverpool\tLiverpool\tORG\tclub\t\ttest
Staffordshire\tStaffordshire\tLOCATION\tregion\t\ttest
Staffordshire\tStaffordshire\tORG\tclub\t\ttest
Texas\tTexas\tLOCATION\tstate\t\ttest
England\tEngland\tLOCATION\tcountry\t\ttest
Wales\tWales\tLOCATION\tstate\t\ttest
Australia\tAustralia\tLOCATION\tcountry\t\ttest
Mr.\tMr.\tTITLE\thonorific\t\ttest
Golan\tGolan\tPERSON\tgiven\t\ttest
Golan Heights\tGolan Heights\tLOCATION\tregion\t\ttest
Israel\tIsrael\tLOCATION\tcountry\t\ttest
Israel\tIsrael\tPERSON\tsurname\t\ttest
Levy\tLevy\tPERSON\tsurname\t\ttest
Chicago\tChicago\tLOCATION\tcity\t\ttest
Chicago\tChicago\tORG\tcompany\t\ttest
Munich\tMunich\tLOCATION\tmajor_city\t\ttest
Bank of England\tBank of England\tORG\tgovernment\t\ttest
Foreign Affairs\tForeign Affairs\tORG\tmedia\t\ttest
agriculture\tagriculture\tCOMMON\t40\t\ttest
General\tGeneral\tTITLE\tmilitary\t\ttest
election\telection\tCOMMON\t10\t\ttest
trading\ttrading\tCOMMON\t20\t\ttest
Indonesian\tIndonesia\tDEMONYM\tnationality\t\ttest
energy\tenergy\tCOMMON\t20\t\ttest
Energy\tEnergy\tORG_KEYWORD\thead\t\ttest
Argentine\tArgentina\tDEMONYM\tnationality\t\ttest
army\tarmy\tCOMMON\t10\t\ttest
Army\tArmy\tORG_KEYWORD\thead\t\ttest
Colonel\tColonel\tTITLE\tmilitary\t\ttest
hope\thope\tCOMMON\t10\t\ttest
Hope\tHope\tPERSON\tsurname\t\ttest
major\tmajor\tCOMMON\t10\t\ttest
Games\tGames\tORG_KEYWORD\thead\t\ttest
Atlanta\tAtlanta\tLOCATION\tcity\t\ttest
Rodrigo\tRodrigo\tPERSON\tgiven\t\ttest
Hindi\tHindi\tPERSON\tsurname\t\ttest
Foreign Ministry\tForeign Ministry\tORG\tgovernment\t\ttest
model\tmodel\tTITLE\tcorporate\t\ttest
US\tUnited States\tLOCATION\tcountry\t\ttest
us\tus\tCOMMON\t10\t\ttest
Total\tTotal\tORG\tcompany\t\ttest
total\ttotal\tCOMMON\t10\t\ttest
Union\tUnion\tORG_KEYWORD\thead\t\ttest
farmers\tfarmers\tCOMMON\t35\t\ttest
amusements\tamusements\tCOMMON\t50\t\ttest
Ministry\tMinistry\tORG_KEYWORD\thead\t\ttest
Serna\tSerna\tPERSON\tsurname\t\ttest
Kika\tKika\tPERSON\tgiven\t\ttest
Garza\tGarza\tPERSON\tsurname\t\ttest
Actor\tActor\tTITLE\tother\t\ttest
actor\tactor\tCOMMON\t30\t\ttest
Reagan\tReagan\tPERSON\tgiven\t\ttest
Reagan\tReagan\tPERSON\tsurname\t\ttest
Senate\tSenate\tORG\tgovernment\t\ttest
Senate\tSenate\tORG_KEYWORD\thead\t\ttest
majority\tmajority\tCOMMON\t30\t\ttest
Leader\tLeader\tTITLE\tpolitical\t\ttest
budget\tbudget\tCOMMON\t30\t\ttest
committee\tcommittee\tCOMMON\t30\t\ttest
Irish\tIreland\tDEMONYM\tnationality\t\ttest
Soviet\tSoviet Union\tDEMONYM\tnationality\t\ttest
Gerrard's\tGerrard's\tORG\tcompany\t\ttest
Steven\tSteven\tPERSON\tgiven\t\ttest
German\tGerman\tPERSON\tsurname\t\ttest
Irish\tIrish\tPERSON\tgiven\t\ttest
transport\ttransport\tCOMMON\t30\t\ttest
Martin\tMartin\tPERSON\tgiven\t\ttest
Cullen\tCullen\tPERSON\tsurname\t\ttest
Bob\tBob\tPERSON\tgiven\t\ttest
Dole\tDole\tPERSON\tsurname\t\ttest
Kansas\tKansas\tLOCATION\tstate\t\ttest
Graves\tGraves\tPERSON\tsurname\t\ttest
Mervyn\tMervyn\tPERSON\tgiven\t\ttest
England\tEngland\tPERSON\tgiven\t\ttest
Governor\tGovernor\tTITLE\tpolitical\t\ttest
Minister\tMinister\tTITLE\tpolitical\t\ttest
Director\tDirector\tTITLE\tcorporate\t\ttest
Affairs\tAffairs\tORG_KEYWORD\thead\t\ttest
Ali\tAli\tPERSON\tgiven\t\ttest
Alatas\tAlatas\tPERSON\tsurname\t\ttest
Costain\tCostain\tPERSON\tsurname\t\ttest
Zubkov\tZubkov\tPERSON\tsurname\t\ttest
Yeltsin\tYeltsin\tPERSON\tsurname\t\ttest
Bill\tBill\tPERSON\tgiven\t\ttest
Clinton\tClinton\tPERSON\tsurname\t\ttest
journalist\tjournalist\tTITLE\tmedia\t\ttest
Andrew\tAndrew\tPERSON\tgiven\t\ttest
Bailey\tBailey\tPERSON\tsurname\t\ttest
Munich\tMunich\tORG\tcompany\t\ttest
Halifax\tHalifax\tLOCATION\tcity\t\ttest
Halifax\tHalifax\tORG\tcompany\t\ttest
Cork\tCork\tLOCATION\tcity\t\ttest
Will\tWill\tPERSON\tgiven\t\ttest
will\twill\tCOMMON\t10\t\ttest
Robin\tRobin\tPERSON\tgiven\t\ttest
robin\trobin\tCOMMON\t35\t\ttest
Williams\tWilliams\tPERSON\tsurname\t\ttest
Williams\tWilliams\tORG\tcompany\t\ttest
Tait\tTait\tPERSON\tsurname\t\ttest
Park\tPark\tPERSON\tsurname\t\ttest
Goodison\tGoodison\tPERSON\tsurname\t\ttest
Africa\tAfrica\tLOCATION\tcontinent\t\ttest
Africa\tAfrica\tPERSON\tsurname\t\ttest
Apple\tApple\tORG\tcompany\t\ttest
Apple\tApple\tPERSON\tsurname\t\ttest
Securities and Exchange Board of India\tSecurities and Exchange Board of India\tORG\tgovernment\t\ttest
Saudi\tSaudi Arabia\tDEMONYM\tnationality\t\ttest
Saudi Arabia\tSaudi Arabia\tLOCATION\tcountry\t\ttest
Arabia\tArabia\tPERSON\tgiven\t\ttest
Twitter\tTwitter\tORG\tcompany\t\ttest
Twitter\tTwitter\tAPP\tsocial\t\ttest
Clubhouse\tClubhouse\tAPP\tsocial\t\ttest
Realme\tRealme\tORG\tcompany\t\ttest
iPhone\tiPhone\tPRODUCT\tline\t\ttest
Limited\tLimited\tORG_SUFFIX\t\t\ttest
Ltd\tLtd\tORG_SUFFIX\t\t\ttest
Corp\tCorp\tORG_SUFFIX\t\t\ttest
Hong Kong\tHong Kong\tLOCATION\tcity\t\ttest
Ltd.\tLtd\tORG_SUFFIX\t\t\ttest
Bank\tBank\tORG_KEYWORD\thead\t\ttest
South Korean\tSouth Korea\tDEMONYM\tnationality\t\ttest
Canadian\tCanada\tDEMONYM\tnationality\t\ttest
Korean\tSouth Korea\tDEMONYM\tnationality\t\ttest
American\tUnited States\tDEMONYM\tnationality\t\ttest
Dutch\tNetherlands\tDEMONYM\tnationality\t\ttest
Japanese\tJapan\tDEMONYM\tnationality\t\ttest
Jan\tJan\tPERSON\tgiven\t\ttest
Lee\tLee\tPERSON\tsurname\t\ttest
Gambill\tGambill\tPERSON\tsurname\t\ttest
Bond\tBond\tPERSON\tsurname\t\ttest
government\tgovernment\tCOMMON\t10\t\ttest
Frank\tFrank\tPERSON\tgiven\t\ttest
frank\tfrank\tCOMMON\t35\t\ttest
Office\tOffice\tORG_KEYWORD\thead\t\ttest
FIFA\tFIFA\tORG\tngo\t\ttest
DONALDSON\tDONALDSON\tORG\tcompany\t\ttest
Donaldson\tDonaldson\tPERSON\tsurname\t\ttest
CARE\tCARE\tORG\tngo\t\ttest
care\tcare\tCOMMON\t10\t\ttest
truth\ttruth\tCOMMON\t35\t\ttest
reconciliation\treconciliation\tCOMMON\t35\t\ttest
natural\tnatural\tCOMMON\t35\t\ttest
hazards\thazards\tCOMMON\t35\t\ttest
research\tresearch\tCOMMON\t35\t\ttest
applications\tapplications\tCOMMON\t35\t\ttest
information\tinformation\tCOMMON\t35\t\ttest
peace\tpeace\tCOMMON\t35\t\ttest
the\tthe\tCOMMON\t10\t\ttest
shell\tshell\tCOMMON\t35\t\ttest
Shell\tShell\tORG\tcompany\t\ttest
Shell\tShell\tPERSON\tgiven\t\ttest
exploration\texploration\tCOMMON\t35\t\ttest
Commission\tCommission\tORG_KEYWORD\thead\t\ttest
Society\tSociety\tORG_KEYWORD\thead\t\ttest
Centre\tCentre\tORG_KEYWORD\thead\t\ttest
European\tEurope\tDEMONYM\tregional\t\ttest
Anti\tAnti\tPERSON\tgiven\t\ttest
assessment\tassessment\tCOMMON\t20\t\ttest
Church\tChurch\tORG_KEYWORD\thead\t\tgate-annie
Church\tChurch\tPERSON\tsurname\t\ttest
Center\tCenter\tORG_KEYWORD\thead\t\tcurated
Center\tCenter\tPERSON\tsurname\t\ttest
Ben\tBen\tPERSON\tgiven\t\ttest
Ben\tBen\tORG\tcompany\t\ttest
BEN\tBenin\tLOCATION\tcountry\tQ962\ttest
executive\texecutive\tTITLE\tcorporate\t\ttest
BONN\tBONN\tLOCATION\tregion\t\ttest
Bonn\tBonn\tLOCATION\tcity\t\ttest
Amazon.com\tAmazon\tAPP\tweb\t\ttest
Asian\tAsia\tDEMONYM\tregional\t\ttest
Asian\tAsian\tPERSON\tsurname\t\ttest
Muslim\tMuslim\tDEMONYM\treligion\t\ttest
Muslim\tMuslim\tPERSON\tsurname\t\ttest
Ferguson\tFerguson\tLOCATION\tcity\t\ttest
Ferguson\tFerguson\tPERSON\tsurname\t\ttest
Duncan\tDuncan\tPERSON\tgiven\t\ttest
Lib Dem\tLiberal Democrats\tORG\tpolitical_party\t\ttest
Smith Barney\tSmith Barney\tORG\tcompany\t\ttest
Xbox\tXbox\tORG\tcompany\t\tcspell-companies
Xbox\tXbox\tPRODUCT\tline\t\tcurated
compatible\tcompatible\tCOMMON\t35\t\ttest
Conservative\tConservative Party\tORG\tpolitical_party\t\ttest
conservative\tconservative\tCOMMON\t10\t\ttest
leader\tleader\tTITLE\tpolitical\t\ttest
Harris\tHarris\tPERSON\tgiven\t\ttest
Upham\tUpham\tPERSON\tsurname\t\ttest
Sri Lankan\tSri Lanka\tDEMONYM\tnationality\t\ttest
Sri\tSri\tPERSON\tgiven\t\ttest
Ok\tOk\tPERSON\tgiven\t\ttest
I'm\tI'm\tPERSON\tsurname\t\ttest
I\tI\tPERSON\tsurname\t\ttest
Robbie\tRobbie\tPERSON\tgiven\t\ttest
Davis\tDavis\tPERSON\tgiven\t\ttest
Oscar\tOscar\tPERSON\tgiven\t\ttest
Wilde\tWilde\tPERSON\tsurname\t\ttest
MP\tMP\tORG\tclub\t\ttest
MP\tMP\tTITLE\tpolitical\t\ttest
Queen\tQueen\tORG\tcompany\t\ttest
Police\tPolice\tORG\tagency\t\ttest
Brussels\tBrussels\tLOCATION\tcapital\t\ttest
Brussels\tBrussels\tORG\tclub\t\ttest
police\tpolice\tCOMMON\t10\t\ttest
Queen\tQueen\tTITLE\thonorific\t\ttest
chat\tchat\tCOMMON\t10\t\ttest
apple\tapple\tCOMMON\t15\t\ttest
officials\tofficials\tCOMMON\t15\t\ttest
Officials\tOfficials\tORG\tband\t\ttest
invites\tinvites\tCOMMON\t20\t\ttest
popular\tpopular\tCOMMON\t20\t\ttest
brands\tbrands\tCOMMON\t30\t\ttest
Institute\tInstitute\tORG_KEYWORD\thead\t\ttest
Committee\tCommittee\tORG_KEYWORD\thead\t\ttest
Ministry\tMinistry\tORG_KEYWORD\thead\t\ttest
Group\tGroup\tORG_KEYWORD\thead\t\ttest
Board\tBoard\tORG_KEYWORD\thead\t\ttest
Chairman\tChairman\tTITLE\tcorporate\t\ttest
Canada\tCanada\tLOCATION\tcountry\t\ttest
Dan\tDan\tPERSON\tgiven\t\ttest
Jim\tJim\tPERSON\tgiven\t\ttest
Libor\tLibor\tPERSON\tgiven\t\ttest
AA\tAA\tORG\tcompany\t\ttest
Los\tLos\tPERSON\tsurname\t\ttest
Alamos\tAlamos\tPERSON\tsurname\t\ttest
BAC\tBAC\tLOCATION\tcity\t\ttest
London\tLondon\tLOCATION\tcity\t\ttest
AAA\tAAA\tORG\tcompany\t\ttest
Lt\tLieutenant\tTITLE\tmilitary\t\ttest
U.S.\tUnited States\tLOCATION\tcountry\t\ttest
Court\tCourt\tORG_KEYWORD\thead\t\ttest
Energy\tEnergy\tORG_KEYWORD\thead\t\ttest
Secretary\tSecretary\tTITLE\tpolitical\t\ttest
Inc.\tInc\tORG_SUFFIX\t\t\ttest
linguist\tlinguist\tTITLE\tother\t\ttest
linguist\tlinguist\tCOMMON\t35\t\ttest
first\tfirst\tTITLE\tother\t\ttest
first\tfirst\tCOMMON\t10\t\ttest
Boston\tBoston\tPERSON\tgiven\t\ttest
Boston\tBoston\tLOCATION\tcity\t\ttest
Assistant\tAssistant\tTITLE\tcorporate\t\ttest
Controller\tController\tTITLE\tcorporate\t\ttest
Chief Financial Officer\tCFO\tTITLE\tcorporate\t\ttest
Financial\tFinancial\tORG_KEYWORD\thead\t\ttest
";
        let mut b = GazetteerBuilder::new();
        b.add_tsv("test.tsv", tsv).expect("fixture parses");
        Pipeline::new(Recogniser::new(Arc::new(
            b.build().expect("fixture builds"),
        )))
    }

    fn found(text: &str) -> Vec<(String, Label, String)> {
        let a = pipeline().analyse(Article {
            text: text.into(),
            ..Default::default()
        });
        a.mentions
            .iter()
            .filter(|m| m.label.is_named())
            .map(|m| (text[m.start..m.end].to_string(), m.label, m.source.clone()))
            .collect()
    }

    /// The per-token memo answers as the gazetteer does, when first asked and when asked
    /// again (the second answer comes from the memo).
    #[test]
    fn token_memo_answers_as_the_gazetteer() {
        let text = "Russian President Vladimir Putin met Dmitry Peskov, a spokesman, and Elon \
                    Musk in Moscow. The American Jeff Morrison said Obama and Trump spoke.";
        let p = pipeline();
        let a = p.analyse(Article {
            text: text.into(),
            ..Default::default()
        });
        let gaz = p.recogniser().gazetteer().expect("fixture gazetteer");
        let doc = Doc::new(text, &a.sentences, &a.tokens);
        let memo = TokenMemo::new(doc.tokens.len());
        let ctx = SentenceCtx::new(&doc, gaz, &memo, 0..doc.tokens.len(), Zone::Body);
        let mut seen = (0, 0);
        for _ in 0..2 {
            for i in 0..doc.tokens.len() {
                let w = doc.tok(i);
                assert_eq!(ctx.name_part(i), gaz.name_part(w), "{w}");
                assert_eq!(ctx.is_demonym(i), gaz.demonym(w).is_some(), "{w}");
                assert_eq!(ctx.person_title_at(i), ctx.person_title(w), "{w}");
                seen.0 += usize::from(gaz.name_part(w).any());
                seen.1 += usize::from(ctx.person_title(w));
            }
        }
        // The text has name parts and titles: the memo is tested on both answers.
        assert!(seen.0 > 0 && seen.1 > 0, "{seen:?}");
    }

    /// Page furniture: a heading of common words is no organisation; a real unknown name
    /// there still is one, and the same heading in the body is still guessed.
    #[test]
    fn furniture_headings_are_not_names() {
        let page = "Shares Rise\n\nShares rose on Monday in early trade.\n\nComments\n\n\
                    Read the latest from Popular Brands and Virgin Blue Holdings today.\n";
        let heading = "Popular Brands";
        let zones = pipeline().analyse(Article {
            text: page.into(),
            ..Default::default()
        });
        let at = page.find(heading).expect("in text");
        assert!(
            zones
                .sentences
                .iter()
                .any(|s| s.start <= at && at < s.end && s.zone == crate::model::Zone::Boilerplate),
            "the fixture puts the heading in boilerplate"
        );
        assert!(!has(page, heading, Label::Org), "{:?}", found(page));
        assert!(
            has(page, "Virgin Blue Holdings", Label::Org),
            "{:?}",
            found(page)
        );
        let body = "Shares rose on Monday. Analysts at Popular Brands were upbeat about it.";
        assert!(has(body, heading, Label::Org), "{:?}", found(body));
    }

    /// "Emeritus" after a title is part of the title, no name.
    #[test]
    fn emeritus_is_no_name() {
        let text = "Talks resumed. Elon Musk is now President Emeritus of Veooz Systems.";
        assert!(has(text, "Elon Musk", Label::Person), "{:?}", found(text));
        assert!(
            found(text).iter().all(|(t, _, _)| !t.contains("Emeritus")),
            "{:?}",
            found(text)
        );
    }

    /// A listed title as a whole is an office, even with a word that heads firms' names in
    /// it ("Financial"); a firm named with that word is still one.
    #[test]
    fn a_whole_title_is_no_organisation() {
        let text = "Jane Doe served as Chief Financial Officer at Veooz Systems until May.";
        assert!(
            !has(text, "Chief Financial Officer", Label::Org),
            "{:?}",
            found(text)
        );
        let text = "Jane Doe joined Veooz Financial in May.";
        assert!(
            has(text, "Veooz Financial", Label::Org),
            "{:?}",
            found(text)
        );
    }

    /// Letters joined by "&" are acronyms of any kind ("R & B", "Q & A"): no firm by rule.
    #[test]
    fn letters_and_ampersand_are_no_firm_by_rule() {
        let text = "She won the best R & B act award.";
        let by_rule = found(text)
            .into_iter()
            .any(|(_, _, source)| source == "rule:OrgAmpersand");
        assert!(!by_rule, "{:?}", found(text));
    }

    #[test]
    fn acting_firm_opens_a_sentence_or_headline() {
        // A company or bank that acts opens a sentence or a Title Case headline as a name.
        for text in [
            "Apple Sues Former Engineer Over Leaked Secrets",
            "Apple Said To Cut Jobs\n\nSales fell.",
            "Apple to Pay $5 Million Fine",
            "Apple has also agreed to pay a fine.",
        ] {
            assert!(has(text, "Apple", Label::Org), "{text}: {:?}", found(text));
        }
        // Not without a verb, not a bare noun-like -s form in prose, not an agency.
        for (text, name) in [
            ("Apple Pie Recipes for the Weekend", "Apple"),
            ("Apple cuts were deep, he said.", "Apple"),
            ("Police will pay damages, he said.", "Police"),
        ] {
            assert!(!has(text, name, Label::Org), "{text}: {:?}", found(text));
        }
        // ... while a firm's -s form in a headline is its verb.
        let text = "Apple Cuts Prices in India";
        assert!(has(text, "Apple", Label::Org), "{text}: {:?}", found(text));
    }

    /// A listed firm that is also a common word opens a sentence as a name when it speaks
    /// ("Apple said"), not otherwise ("Apple pie is sweet").
    #[test]
    fn speaking_firm_opens_a_sentence() {
        let text = "Apple said on Monday that sales rose.";
        assert!(has(text, "Apple", Label::Org), "{:?}", found(text));
        let text = "Apple pie is sweet, he said.";
        assert!(!has(text, "Apple", Label::Org), "{text}: {:?}", found(text));
        // A plural is people speaking, whatever band a list has of that name.
        let text = "Officials said on Monday that sales rose.";
        assert!(!has(text, "Officials", Label::Org), "{:?}", found(text));
    }

    /// A title skipped as never a name ("CEO") leaves no connector at the front of the name
    /// after it: "CEO of Veooz" is "Veooz", not "of Veooz"; "Bank of Veooz" keeps its "of".
    #[test]
    fn no_name_starts_with_a_connector() {
        for (text, org) in [
            (
                "Lee, CEO of Veooz Systems, said it would grow.",
                "Veooz Systems",
            ),
            (
                "He was the CEO for Veooz Systems until May.",
                "Veooz Systems",
            ),
            (
                "Ann Lee is the chief executive of Bank of Veooz in Ohio.",
                "Bank of Veooz",
            ),
        ] {
            let got = found(text);
            assert!(has(text, org, Label::Org), "{text}: {got:?}");
            assert!(
                got.iter()
                    .all(|(t, _, _)| !t.starts_with("of ") && !t.starts_with("for ")),
                "{text}: {got:?}"
            );
        }
    }

    /// OrgKeyword over connectors: "for", "the", "on" and "and" inside an organisation's
    /// name keep it whole; "and" before a second name, a month after "on" or "for", and an
    /// office ("Chairman of the Board") do not.
    #[test]
    fn org_names_span_their_connectors() {
        for (text, org) in [
            (
                "He works at the Washington Institute for Near East Policy now.",
                "Washington Institute for Near East Policy",
            ),
            (
                "She chairs the Senate Committee on Veterans Affairs in Washington.",
                "Senate Committee on Veterans Affairs",
            ),
            (
                "Officials at the Ministry of Trade and Industry said so.",
                "Ministry of Trade and Industry",
            ),
            (
                "He is president of the Institute for the Study of Labour today.",
                "Institute for the Study of Labour",
            ),
            // A partner word or a fixed pair after "and" continues the firm.
            (
                "Shares of Bear Stearns and Co Ltd rose.",
                "Bear Stearns and Co Ltd",
            ),
            (
                "He chairs the House Ways and Means Committee now.",
                "House Ways and Means Committee",
            ),
            (
                "Shares of Zubkov Oil and Gas Ltd rose.",
                "Zubkov Oil and Gas Ltd",
            ),
            (
                "Shares of Zubkov Power and Light Co rose.",
                "Zubkov Power and Light Co",
            ),
            // A lone head word after "and" is a subject of the body, not a second one.
            (
                "He is at the Centre for Transport and Society in Bristol.",
                "Centre for Transport and Society",
            ),
            // Dictionary words on both sides of "and", a head last: one body.
            (
                "The Truth and Reconciliation Commission met.",
                "Truth and Reconciliation Commission",
            ),
            (
                "Data from the Natural Hazards Research and Applications Information Center \
                 show it.",
                "Natural Hazards Research and Applications Information Center",
            ),
            // A head inside the second part ("Public and Commercial Services Union").
            (
                "The Truth and Trading Energy Union met.",
                "Truth and Trading Energy Union",
            ),
        ] {
            assert!(has(text, org, Label::Org), "{text}: {:?}", found(text));
        }
        for (text, not_org) in [
            (
                "Talks between the Group of Five and Canada ended.",
                "Group of Five and Canada",
            ),
            (
                "He joined the Bank of Italy and First Rome Bank last year.",
                "Bank of Italy and First Rome Bank",
            ),
            (
                "Staff of the Institute of Physics and Dan Gillmor spoke.",
                "Institute of Physics and Dan Gillmor",
            ),
            (
                "Talks between Bear Stearns and Costain Ltd ended.",
                "Bear Stearns and Costain Ltd",
            ),
            (
                "The Reserve Bank on Monday raised rates.",
                "Reserve Bank on Monday",
            ),
            (
                "He was named Chairman of the Board of Acme in May.",
                "Chairman of the Board",
            ),
            // A connector after the head word opens a second body.
            (
                "He joined the Bank of Italy and Bank of Zorbia last year.",
                "Bank of Italy and Bank of Zorbia",
            ),
            // A name, a listed name or "The" before or after "and": two parties.
            (
                "He met Kate Bush and Joy Division Commission members.",
                "Kate Bush and Joy Division Commission",
            ),
            (
                "Fans of Peace and The Truth Commission wrote in.",
                "Peace and The Truth Commission",
            ),
            (
                "Talks between Shell and Peace Reconciliation Commission ended.",
                "Shell and Peace Reconciliation Commission",
            ),
            // ... but not a head opening it: a second body.
            (
                "The Truth and Energy Trading Union met.",
                "Truth and Energy Trading Union",
            ),
        ] {
            let f = found(text);
            assert!(f.iter().all(|(s, _, _)| s != not_org), "{text}: {f:?}");
        }
        assert!(has(
            "Talks between the Group of Five and Canada ended.",
            "Canada",
            Label::Location
        ));
    }

    /// A country's body is one organisation ("U.S. Circuit Court of Appeals", GUIDELINE.md's
    /// "French Finance Ministry"), but the country before a portfolio and a title stays a
    /// place ("U.S. Energy Secretary").
    #[test]
    fn a_country_s_body_is_one_organisation() {
        let text = "A judge of the U.S. Circuit Court of Appeals ruled.";
        assert!(
            has(text, "U.S. Circuit Court of Appeals", Label::Org),
            "{:?}",
            found(text)
        );
        let text = "The U.S. Energy Secretary Jim Bowell spoke.";
        assert!(has(text, "U.S.", Label::Location), "{:?}", found(text));
    }

    /// "A." is an initial, not the article "A"; "Lt." is a title before a name.
    #[test]
    fn initials_and_abbreviated_titles() {
        let text = "Peter Butler, attorney for A. Copeland Enterprises Inc., was delighted.";
        assert!(
            has(text, "A. Copeland Enterprises Inc.", Label::Org),
            "{:?}",
            found(text)
        );
        let text = "Fire chief Lt. Jim Bowell said the fire was out.";
        assert!(has(text, "Jim Bowell", Label::Person), "{:?}", found(text));
        assert!(found(text).iter().all(|(s, _, _)| !s.contains("Lt")));
    }

    /// An occupation opening a sentence is no part of the name after it, unless what
    /// follows is a listed place or firm ("First Boston Corp").
    #[test]
    fn occupation_before_a_name() {
        let text = "Linguist Jim Bowell of Brown University was quoted.";
        assert!(has(text, "Jim Bowell", Label::Person), "{:?}", found(text));
        for text in [
            "First Boston Inc. said it would act.",
            "First Boston Heights analysts said it would act.",
        ] {
            assert!(
                found(text).iter().all(|(_, l, _)| *l != Label::Person),
                "{text}: {:?}",
                found(text)
            );
        }
    }

    /// A title after a qualifying title is more of the office, not a name; after another
    /// title a capitalised word still names its holder.
    #[test]
    fn office_after_a_qualifying_title() {
        let text = "He served as Assistant Controller of Acme until May.";
        assert!(
            found(text).iter().all(|(s, _, _)| s != "Controller"),
            "{:?}",
            found(text)
        );
        let text = "He met Director Bowell in May.";
        assert!(has(text, "Bowell", Label::Person), "{:?}", found(text));
    }

    /// An office "of" a place or firm before its holder: the place or firm and the holder are
    /// both named, also after "Former"; a portfolio is no firm.
    #[test]
    fn office_of_a_place_before_its_holder() {
        for text in [
            "He met Governor of Kansas Bill Graves on Friday.",
            "He met Former Governor of Kansas Bill Graves on Friday.",
        ] {
            let f = found(text);
            assert!(has(text, "Kansas", Label::Location), "{f:?}");
            assert!(has(text, "Bill Graves", Label::Person), "{f:?}");
        }
        // "England" is also a given name: the holder starts after the listed firm.
        let text = "He met the Governor of the Bank of England Mervyn King on Friday.";
        assert!(
            has(text, "Bank of England", Label::Org),
            "{:?}",
            found(text)
        );
        assert!(has(text, "Mervyn King", Label::Person), "{:?}", found(text));
        let text = "Minister of Foreign Affairs Ali Alatas said no.";
        assert!(has(text, "Ali Alatas", Label::Person), "{:?}", found(text));
        assert!(
            !has(text, "Foreign Affairs", Label::Org),
            "{:?}",
            found(text)
        );
    }

    /// A demonym before a portfolio and its title is no part of a name; the portfolio stays
    /// the role's ("Irish" is also a given name).
    #[test]
    fn demonym_before_a_portfolio_title() {
        let text = "He left. Irish Transport Minister Martin Cullen said no.";
        let f = found(text);
        assert!(has(text, "Martin Cullen", Label::Person), "{f:?}");
        assert!(!f.iter().any(|(s, _, _)| s.contains("Transport")), "{f:?}");
    }

    /// A demonym of one or two words before a person's name is no part of it: before a given
    /// name or unknown words ending with a known surname; not before a firm's keyword or
    /// dictionary words ("Japanese Government Bond").
    #[test]
    fn demonym_before_a_name() {
        for (text, person) in [
            (
                "He left. Earlier, South Korean Hyung-Taik Lee won.",
                "Hyung-Taik Lee",
            ),
            (
                "He left. He beat American Jan-Michael Gambill.",
                "Jan-Michael Gambill",
            ),
            ("He left. He beat Dutchman Dmitry Okken.", "Dmitry Okken"),
        ] {
            let f = found(text);
            assert!(has(text, person, Label::Person), "{f:?}");
            let demonym = |s: &str| {
                ["Korean", "American", "Dutch"]
                    .iter()
                    .any(|d| s.contains(d))
            };
            assert!(!f.iter().any(|(s, _, _)| demonym(s)), "{f:?}");
        }
        let text = "He left. The Japanese Government Bond rose.";
        let f = found(text);
        assert!(!f.iter().any(|(s, _, _)| s == "Government Bond"), "{f:?}");
        // A listed firm that is also a given name opens no person's name before a dictionary
        // word; before a surname it does.
        let text = "He left. Profits at Dutch Shell Exploration rose.";
        let f = found(text);
        let shell =
            |(s, l, _): &(String, Label, String)| *l == Label::Person && s.contains("Shell");
        assert!(!f.iter().any(shell), "{f:?}");
        let text = "He left. He beat Dutch Shell Gambill.";
        assert!(
            has(text, "Shell Gambill", Label::Person),
            "{:?}",
            found(text)
        );
        let text = "He left. The European Anti-Fraud Office said no.";
        assert!(!found(text).iter().any(|(s, _, _)| s == "Anti-Fraud Office"));
    }

    /// A given name that is also a common word opens a sentence as a name when the next word
    /// is one no list or dictionary knows; not before a dictionary word (the modal case is
    /// tested with the built-in lists, `tests/recognition.rs`).
    #[test]
    fn common_given_name_before_an_unknown_word() {
        for text in [
            "He left. Frank Assessment said so.",
            "He left. Frank Dancevic President Dmitry Peskov said so.",
        ] {
            let f = found(text);
            let frank =
                |(s, l, _): &(String, Label, String)| *l == Label::Person && s.starts_with("Frank");
            assert!(!f.iter().any(frank), "{text}: {f:?}");
        }
        // A name that ends the text is checked without reading past its last token (a short
        // capitalised line is a headline: no person there).
        let text = "He left. Frank Dancevic";
        assert!(
            !has(text, "Frank Dancevic", Label::Person),
            "{:?}",
            found(text)
        );
        let text = "He left. Frank Dancevic downed him.";
        assert!(
            has(text, "Frank Dancevic", Label::Person),
            "{:?}",
            found(text)
        );
    }

    /// A firm listed with a possessive ("Gerrard's") is the possessive of a person the
    /// article names ("Steven Gerrard" … "Gerrard's view"); without that person it stays.
    #[test]
    fn a_named_persons_possessive_beats_a_listed_firm() {
        let text = "Steven Gerrard scored twice. Fans backed Gerrard's view on Monday.";
        let f = found(text);
        assert!(has(text, "Gerrard", Label::Person), "{f:?}");
        assert!(!has(text, "Gerrard's", Label::Org), "{f:?}");
        let text = "Shares rose. Fans backed Gerrard's view on Monday.";
        let f = found(text);
        assert!(has(text, "Gerrard's", Label::Org), "{f:?}");
    }

    /// A hyphenated compound of nationalities before a surname-like word is no person
    /// ("Soviet-West German joint ventures"); an unknown word before a surname still is.
    #[test]
    fn a_compound_of_nations_is_no_given_name() {
        let text = "They discussed Soviet-West German joint ventures on Monday.";
        let f = found(text);
        assert!(f.iter().all(|(_, l, _)| *l != Label::Person), "{f:?}");
        let text = "They met Dieter German on Monday.";
        let f = found(text);
        assert!(has(text, "Dieter German", Label::Person), "{f:?}");
    }

    /// A title and "of" after "and" open a second office: the organisation's name ends
    /// before "and"; "and" between subjects of one body still joins them.
    #[test]
    fn a_second_office_after_and_ends_the_name() {
        let text = "He met the Ministry of Trade and Minister of Industry Elon Dolgov on Monday.";
        let f = found(text);
        assert!(has(text, "Ministry of Trade", Label::Org), "{f:?}");
        assert!(has(text, "Elon Dolgov", Label::Person), "{f:?}");
        let text = "He met the Ministry of Trade and Industry on Monday.";
        let f = found(text);
        assert!(
            has(text, "Ministry of Trade and Industry", Label::Org),
            "{f:?}"
        );
    }

    /// Common words between a listed place and a title are the office's portfolio, not part
    /// of an organisation; an organisation's head keeps them in it.
    #[test]
    fn portfolio_between_a_place_and_a_title() {
        let text = "He left. Kansas Agriculture Secretary Bill Graves said no.";
        let f = found(text);
        assert!(has(text, "Kansas", Label::Location), "{f:?}");
        assert!(has(text, "Bill Graves", Label::Person), "{f:?}");
        let text = "He left. Senate Majority Leader Bob Dole said no.";
        let f = found(text);
        assert!(has(text, "Senate", Label::Org), "{f:?}");
        assert!(has(text, "Bob Dole", Label::Person), "{f:?}");
        let text = "He left. Senate Democratic leader Tom Daschle said no.";
        let f = found(text);
        assert!(has(text, "Senate", Label::Org), "{f:?}");
        assert!(!has(text, "Senate Democratic", Label::Org), "{f:?}");
        assert!(has(text, "Tom Daschle", Label::Person), "{f:?}");
        // A party's own name keeps the word: "the Democratic Party".
        let text = "He left. The Liberal Democratic Party said no.";
        let f = found(text);
        assert!(has(text, "Liberal Democratic Party", Label::Org), "{f:?}");
        let text = "He left. Kansas Budget Committee Chairman Bill Graves said no.";
        let f = found(text);
        assert!(!has(text, "Kansas", Label::Location), "{f:?}");
        assert!(has(text, "Bill Graves", Label::Person), "{f:?}");
    }

    /// A listed firm or place of two or more words after a given name is that firm or place,
    /// described by the person ("the Reagan White House").
    #[test]
    fn a_person_before_a_long_list_name_describes_it() {
        let text = "It happened in the Reagan White House, he said.";
        let f = found(text);
        assert!(has(text, "White House", Label::Org), "{f:?}");
        assert!(
            !f.iter().any(|(s, _, _)| s == "Reagan White House"),
            "{f:?}"
        );
    }

    /// Two particles inside a person's name ("de la"), also after an occupation opening the
    /// sentence and after a title inside the chunk.
    #[test]
    fn names_with_two_particles() {
        let text = "He left. Actor Rodrigo de la Serna took the prize.";
        assert!(
            has(text, "Rodrigo de la Serna", Label::Person),
            "{:?}",
            found(text)
        );
        let text = "He left. Senate Agriculture Committee Chairman Kika de la Garza said no.";
        let f = found(text);
        assert!(has(text, "Kika de la Garza", Label::Person), "{f:?}");
        assert!(
            has(text, "Senate Agriculture Committee", Label::Org),
            "{f:?}"
        );
        let text = "He left. He met Minister of Economy Kika de la Garza on Friday.";
        assert!(
            has(text, "Kika de la Garza", Label::Person),
            "{:?}",
            found(text)
        );
    }

    /// "Games" after a place, a people or "Olympic" is a sporting event, no name; after another
    /// word it heads a firm's name.
    #[test]
    fn games_are_events_unless_a_firm() {
        for text in [
            "He left. The city will host the Olympic Games next year.",
            "He left. He ran at the Atlanta Games in July.",
            "He left. He won at the Russian Games in July.",
        ] {
            let f = found(text);
            assert!(!f.iter().any(|(s, _, _)| s.ends_with("Games")), "{f:?}");
        }
        let text = "He left. Shares of Wexgrove Games rose.";
        assert!(has(text, "Wexgrove Games", Label::Org), "{:?}", found(text));
    }

    /// An unknown acronym is guessed a firm, but not a credit rating nor a unit after a number;
    /// a firm before its noun after a number still is.
    #[test]
    fn acronyms_that_are_ratings_or_units() {
        let text = "He left. The agency cut the debt to BB from BBB on Friday.";
        assert!(found(text).is_empty(), "{:?}", found(text));
        let text = "He left. The grade, at 34 XQP, rose.";
        assert!(!has(text, "XQP", Label::Org), "{:?}", found(text));
        let text = "He left. Some 9,000 XQP workers walked out.";
        assert!(has(text, "XQP", Label::Org), "{:?}", found(text));
        let text = "He left. The XQP said it would appeal.";
        assert!(has(text, "XQP", Label::Org), "{:?}", found(text));
    }

    /// An everyday noun after an office's title names nobody ("the General Election"); after a
    /// person's honorific it is a name ("Mr. Major").
    #[test]
    fn everyday_noun_after_a_title() {
        let text = "He left. It came before the General Election in May.";
        assert!(found(text).is_empty(), "{:?}", found(text));
        let text = "He left. He met Mr. Major on Friday.";
        assert!(has(text, "Major", Label::Person), "{:?}", found(text));
        let text = "He left. He met President Hope on Friday.";
        assert!(has(text, "Hope", Label::Person), "{:?}", found(text));
    }

    /// Two unknown capitalised words given with their country are a person, also opening a
    /// sentence; not with a common word.
    #[test]
    fn a_name_with_its_country_is_a_person() {
        for text in [
            "He left. Elsewhere, Wexmo Dinkessa of Israel won the race.",
            "He left. Wexmo Dinkessa of Israel won the race.",
            "He left. He beat Wexmo Dinkessa (Israel) in the final.",
        ] {
            assert!(
                has(text, "Wexmo Dinkessa", Label::Person),
                "{:?}",
                found(text)
            );
        }
        let text = "He left. He met Wexmo Trading of Israel on Friday.";
        assert!(
            !has(text, "Wexmo Trading", Label::Person),
            "{:?}",
            found(text)
        );
    }

    /// A minister's portfolio may be a word that heads firms' names, and one rare word after a
    /// political office is its holder; an army before a colonel is named.
    #[test]
    fn portfolio_heads_and_one_word_holders() {
        let text = "He left. Indonesian Energy Minister Subroto said no.";
        let f = found(text);
        assert!(has(text, "Subroto", Label::Person), "{f:?}");
        assert!(!f.iter().any(|(s, _, _)| s.contains("Energy")), "{f:?}");
        let text = "He left. Argentine Army Colonel Dmitry Peskov said no.";
        let f = found(text);
        assert!(has(text, "Argentine Army", Label::Org), "{f:?}");
        assert!(has(text, "Dmitry Peskov", Label::Person), "{f:?}");
    }

    /// A weekday after a name dates the news ("Bob Dole Wednesday accused"): no part of it.
    #[test]
    fn weekday_after_a_name_ends_it() {
        let text = "Republican candidate Bob Dole Wednesday accused the administration.";
        assert!(has(text, "Bob Dole", Label::Person), "{:?}", found(text));
    }

    /// A firm's name without its legal form names the firm again; not when two firms share
    /// it, nor a sequel's numeral.
    #[test]
    fn firms_short_forms() {
        let text = "Wexcorp Ltd reported earnings. Wexcorp said revenue grew.";
        let f = found(text);
        assert_eq!(
            f.iter()
                .filter(|(s, l, _)| s == "Wexcorp" && *l == Label::Org)
                .count(),
            1,
            "{f:?}"
        );
        let text = "Wexcorp Ltd and Wexcorp Inc. reported. Wexcorp said revenue grew.";
        let f = found(text);
        assert!(f.iter().all(|(s, _, _)| s != "Wexcorp"), "{f:?}");
    }

    /// An unknown name described by a person's role after it is a person; otherwise an
    /// unknown name of two words is guessed a firm.
    #[test]
    fn unknown_name_with_a_role_apposition() {
        let text = "Yesterday Blix Zhongcan, a senior spokesman for the group, agreed.";
        assert!(
            has(text, "Blix Zhongcan", Label::Person),
            "{:?}",
            found(text)
        );
        let text = "Yesterday Blix Zhongcan, a unit of the group, agreed.";
        assert!(has(text, "Blix Zhongcan", Label::Org), "{:?}", found(text));
    }

    fn has(text: &str, surface: &str, label: Label) -> bool {
        found(text)
            .iter()
            .any(|(s, l, _)| s == surface && *l == label)
    }

    /// Nor does an app read once make the everyday word inside a longer name the app.
    #[test]
    fn a_common_word_app_does_not_spread_into_longer_names() {
        let text = "He posted it on Beacon. The Economic Beacon report was late.";
        let apps = found(text)
            .into_iter()
            .filter(|(s, l, _)| s == "Beacon" && *l == Label::App)
            .count();
        assert_eq!(apps, 1, "{:?}", found(text));
    }

    /// A town read as its club once is the club in the article's other mentions of it, but
    /// not after "in"; without such a reading it stays the place.
    #[test]
    fn club_readings_spread_in_the_article() {
        let text = "Newcastle were poor. Souness said Newcastle lost. He lives in Newcastle.";
        let labels: Vec<Label> = found(text).iter().map(|(_, l, _)| *l).collect();
        assert_eq!(
            labels,
            [Label::Org, Label::Org, Label::Location],
            "{:?}",
            found(text)
        );
        let text = "Souness said Newcastle lost. He lives in Newcastle.";
        let labels: Vec<Label> = found(text).iter().map(|(_, l, _)| *l).collect();
        assert_eq!(
            labels,
            [Label::Location, Label::Location],
            "{:?}",
            found(text)
        );
    }

    /// In a sports report (a club reading, or enough words of sport), the towns a list names
    /// as clubs are clubs, except as venues, before a noun of the place ("club", "singer"), in
    /// datelines, or as a county in brackets.
    #[test]
    fn sports_reports_read_listed_towns_as_clubs() {
        let label_of = |text: &str, surface: &str| {
            let found = found(text);
            let labels: Vec<Label> = found
                .iter()
                .filter(|(s, _, _)| s == surface)
                .map(|(_, l, _)| *l)
                .collect();
            assert_eq!(labels.len(), 1, "{surface} in {found:?}");
            labels[0]
        };
        let report = "Liverpool were poor and the striker missed a late goal. ";
        for (sentence, label) in [
            ("The Newcastle defence held firm.", Label::Org),
            ("The visitors went to Newcastle on Friday.", Label::Org),
            ("He joined on loan from Newcastle.", Label::Org),
            // Venues and destinations, also across a coordination.
            ("They drew at Newcastle on Friday.", Label::Location),
            ("They drew at Brussels and Newcastle.", Label::Location),
            (
                "The visitors headed into Newcastle on Friday.",
                Label::Location,
            ),
            ("The Newcastle club said nothing.", Label::Location),
            ("The Newcastle singer was there.", Label::Location),
            ("The Newcastle stock exchange fell.", Label::Location),
        ] {
            let text = format!("{report}{sentence}");
            assert_eq!(label_of(&text, "Newcastle"), label, "{text}");
        }
        // A noun of the place in capitals is one too; a capitalised word is a name.
        let text = format!("{report}He left the NEWCASTLE CLUB on Friday.");
        assert_eq!(label_of(&text, "NEWCASTLE"), Label::Location, "{text}");
        let text = format!("{report}Fixtures: Newcastle Man Utd, Wigan.");
        assert_eq!(label_of(&text, "Newcastle"), Label::Org, "{text}");
        // A referee's county in brackets, also after a compass initial.
        for sentence in [
            "Referee: P Dowd (Staffordshire).",
            "Referee: P Dowd (W Staffordshire).",
        ] {
            let text = format!("{report}{sentence}");
            assert_eq!(label_of(&text, "Staffordshire"), Label::Location, "{text}");
        }
        assert_eq!(
            label_of(
                &format!("{report}NEWCASTLE, England - The visitors won."),
                "NEWCASTLE"
            ),
            Label::Location
        );
        // A town no list names as a club stays the town.
        let text = format!("{report}The Wigan defence held firm.");
        assert_eq!(label_of(&text, "Wigan"), Label::Location, "{text}");
        // Enough words of sport make a sports report without a club reading, when one of
        // them is a word only sport uses.
        let text = "The striker scored a goal against Newcastle in the league.";
        assert_eq!(label_of(text, "Newcastle"), Label::Org, "{text}");
        for text in [
            "The board scored a goal against Newcastle in the league.",
            "The striker flew against Newcastle.",
        ] {
            assert_eq!(label_of(text, "Newcastle"), Label::Location, "{text}");
        }
        // Without sports words the article is no sports report.
        let text = "Liverpool were poor. The Newcastle defence held firm.";
        assert_eq!(label_of(text, "Newcastle"), Label::Location, "{text}");
        // A club read so once is still the venue of a fixture line, not after other words.
        let labels_of = |text: &str| -> Vec<Label> {
            let found = found(text);
            found
                .iter()
                .filter(|(s, _, _)| s == "Newcastle")
                .map(|(_, l, _)| *l)
                .collect()
        };
        let text = format!("{report}Newcastle 2 Wigan 1.\nLeeds at Newcastle");
        assert_eq!(labels_of(&text), [Label::Org, Label::Location], "{text}");
        let text = format!("{report}Newcastle 2 Wigan 1.\nOwen happy at Newcastle");
        assert_eq!(labels_of(&text), [Label::Org, Label::Org], "{text}");
    }

    /// In a press digest a line that is only a name in capitals, before its stories, is the
    /// paper; not a page or section, nor such a line in another article.
    #[test]
    fn press_digests_name_their_papers() {
        let stories =
            "AN-NAHAR\n- Confrontation is escalating .\nTHE DAILY STAR\n- Prices rose .\n\
                       FRONT PAGE\n- Rates fell .\n";
        let digest = format!(
            "PRESS DIGEST - Lebanon - Aug 22 .\nBEIRUT\nThese are the leading \
             stories in the Beirut press on Thursday .\n{stories}"
        );
        let papers = |text: &str| -> Vec<String> {
            found(text)
                .into_iter()
                .filter(|(_, l, source)| *l == Label::Org && source == "rule:PressDigest")
                .map(|(s, _, _)| s)
                .collect()
        };
        assert_eq!(papers(&digest), ["AN-NAHAR", "THE DAILY STAR"]);
        let other = format!("Markets rose on Thursday in Beirut.\n{stories}");
        assert_eq!(papers(&other), Vec::<String>::new());
    }

    /// In a sports report a listed team's plural nickname after "the" is a team (its own
    /// canonical: which team is open); not elsewhere, nor an unlisted plural.
    #[test]
    fn team_nicknames_in_sports_reports() {
        let report = "The pitcher hit a homer in the ninth inning of the baseball game. ";
        let labels = |text: &str, surface: &str| -> Vec<(Label, String)> {
            let a = pipeline().analyse(Article {
                text: text.into(),
                ..Default::default()
            });
            a.mentions
                .iter()
                .filter(|m| &text[m.start..m.end] == surface)
                .map(|m| (m.label, m.canonical.clone()))
                .collect()
        };
        let text = format!("{report}The Tigers won, and the Tigers' fans cheered.");
        assert_eq!(
            labels(&text, "Tigers"),
            vec![(Label::Org, "Tigers".to_string()); 2],
            "{text}"
        );
        let text = format!("{report}The Hornets won.");
        assert_eq!(labels(&text, "Hornets"), [], "{text}");
        let text = "He left. The Tigers fought the army in the north.";
        assert_eq!(labels(text, "Tigers"), [], "{text}");
    }

    #[test]
    fn rule_table() {
        // (text, surface, label, expected present)
        let cases: &[(&str, &str, Label, bool)] = &[
            // A model number, not a distance or a place in a table.
            ("He bought an Xbox 360 yesterday.", "Xbox 360", Label::Product, true),
            ("The Xbox 14th in the charts sold well.", "Xbox 14th", Label::Product, false),
            ("The Xbox 800m record stood.", "Xbox 800m", Label::Product, false),
            ("Sales of Xbox 360s rose.", "Xbox 360s", Label::Product, true),
            // An app named by an everyday word, inside a longer capitalised name: not the app.
            ("He posted it on Beacon yesterday.", "Beacon", Label::App, true),
            ("The draft Economic Beacon report was late.", "Beacon", Label::App, false),
            ("Staff at Beacon Processing were told.", "Beacon", Label::App, false),
            // A weekday's short form after "the" is the listed paper; alone it is no name.
            ("He told the Sun he was sorry.", "Sun", Label::Org, true),
            ("The market opened Sun Mar 1 at noon.", "Sun", Label::Org, false),
            // A party named by an everyday word opens a sentence before its named officer,
            // not as the word.
            (
                "Conservative leader Bill Clinton said so.",
                "Conservative",
                Label::Org,
                true,
            ),
            (
                "Conservative estimates rose sharply.",
                "Conservative",
                Label::Org,
                false,
            ),
            // Money from a firm that is also an app: the firm pays.
            (
                "The startup raised $5 million from Twitter last week.",
                "Twitter",
                Label::Org,
                true,
            ),
            (
                "He copied posts from Twitter last week.",
                "Twitter",
                Label::App,
                true,
            ),
            // ThingContext: an unknown word that a software's or device's noun describes.
            (
                "A test version of the Zorvex software is due.",
                "Zorvex",
                Label::App,
                true,
            ),
            ("He rode a Zorvex scooter.", "Zorvex", Label::Product, true),
            ("Sales of the drug Zorvex fell.", "Zorvex", Label::Product, true),
            ("Fans can download Zorvex free.", "Zorvex", Label::App, true),
            (
                "It has a robot, called Zorvex, that walks.",
                "Zorvex",
                Label::Product,
                true,
            ),
            (
                "It shut a network dubbed Zorvex last week.",
                "Zorvex",
                Label::App,
                true,
            ),
            // Not a broadcast's programme, a describing compound, a maker's unit, a name part.
            (
                "He told the Zorvex programme so.",
                "Zorvex",
                Label::App,
                false,
            ),
            (
                "Most Zorvex-compatible software runs.",
                "Zorvex-compatible",
                Label::App,
                false,
            ),
            (
                "They sold the Zorvex software division.",
                "Zorvex",
                Label::App,
                false,
            ),
            (
                "They sold the Bailey software today.",
                "Bailey",
                Label::App,
                false,
            ),
            // A curated line of devices is the product, though cspell lists it as a firm; the
            // firm when it acts or has an office.
            (
                "The game is out on Xbox next week.",
                "Xbox",
                Label::Product,
                true,
            ),
            ("Xbox said sales rose.", "Xbox", Label::Org, true),
            (
                "He left. Xbox executive Bill Clinton spoke.",
                "Xbox",
                Label::Org,
                true,
            ),
            // A party or an acronym, then a person's full name: two names. Not after a firm of
            // several words, whose name may go on with a given name and a surname.
            (
                "Voters heard that Lib Dem Bill Clinton spoke.",
                "Bill Clinton",
                Label::Person,
                true,
            ),
            (
                "Voters heard that Lib Dem Bill Clinton spoke.",
                "Lib Dem",
                Label::Org,
                true,
            ),
            (
                "He met the FIFA Andrew Bailey today.",
                "Andrew Bailey",
                Label::Person,
                true,
            ),
            (
                "He met the FIFA Andrew Bailey today.",
                "FIFA",
                Label::Org,
                true,
            ),
            (
                "Prices rose, said Smith Barney Harris Upham analyst Bob Dole.",
                "Harris Upham",
                Label::Person,
                false,
            ),
            // The Dutch particles "ten"/"ter" after a given name; the surname with its
            // particle later (consistency), not the number word.
            (
                "He left. The club hired Dmitry ten Smith. Later ten Smith said so.",
                "Dmitry ten Smith",
                Label::Person,
                true,
            ),
            (
                "He left. The club hired Dmitry ten Smith. Later ten Smith said so.",
                "ten Smith",
                Label::Person,
                true,
            ),
            (
                "He left. The club hired Dmitry ter Smith today.",
                "Dmitry ter Smith",
                Label::Person,
                true,
            ),
            (
                "He left. Dmitry van Smith spoke. Van Smith said so. Later van Smith left.",
                "Van Smith",
                Label::Person,
                true,
            ),
            (
                "He left. President De Smith spoke. Later de Smith left.",
                "de Smith",
                Label::Person,
                true,
            ),
            (
                "He left. Leeds beat ten Smith players.",
                "ten Smith",
                Label::Person,
                false,
            ),
            // A curated app is the company when the company acts: "relaunched", "shed".
            (
                "He left. Chirpy relaunched its paid plan on Monday.",
                "Chirpy",
                Label::Org,
                true,
            ),
            (
                "He left. Chirpy has shed 200 jobs.",
                "Chirpy",
                Label::Org,
                true,
            ),
            // Facility: a listed place or firm and a building's head word are the building;
            // not with a head word that is also a surname ("Wales Bridge" may be a person).
            (
                "He left. Fans met at the Obama Stadium today.",
                "Obama Stadium",
                Label::Location,
                true,
            ),
            (
                "He left. Fans met Wales Bridge today.",
                "Wales Bridge",
                Label::Location,
                false,
            ),
            // A two-word org head ends a name: "Royal Canadian Air Force".
            (
                "He left. He served in the Royal Russian Air Force then.",
                "Royal Russian Air Force",
                Label::Org,
                true,
            ),
            // An unknown word whose corporate officer follows, named, is the firm; not a
            // person's, nor without the name.
            (
                "Xandor's spokesman Dmitry Smith said so.",
                "Xandor",
                Label::Org,
                true,
            ),
            (
                "He left. Xandor's spokesman said so.",
                "Xandor",
                Label::Org,
                false,
            ),
            (
                "He left. Musk's spokesman Dmitry Smith said so.",
                "Musk",
                Label::Org,
                false,
            ),
            // A camel-case brand written as one plain word, BBC style; not in lower case.
            (
                "He left. Shares in Zorbpay rose on Monday.",
                "Zorbpay",
                Label::Org,
                true,
            ),
            (
                "He left. Shares in zorbpay rose on Monday.",
                "zorbpay",
                Label::Org,
                false,
            ),
            // "Police" alone is the service, whatever a list says.
            (
                "He left. Police said the girl died.",
                "Police",
                Label::Org,
                false,
            ),
            // The owner of a named app or product is the company; its lower-case feature is
            // not named.
            (
                "He left. Fans use apps such as Chirpy's Kite and others.",
                "Chirpy",
                Label::Org,
                true,
            ),
            (
                "He left. Fans posted on Chirpy's timeline.",
                "Chirpy",
                Label::App,
                true,
            ),
            // After a verb that takes another, "to" goes on to the firm's verb; a bare "to"
            // mid-sentence does not.
            (
                "He left. \"Chirpy needs to pay its bills,\" he said.",
                "Chirpy",
                Label::Org,
                true,
            ),
            (
                "He left. He made a deal with Chirpy to pay fees.",
                "Chirpy",
                Label::App,
                true,
            ),
            // AppService in a Title Case line, where the next word is capitalised too.
            (
                "He left.\n\nZorbify Pay Offers Big Cashback To Users\n\nMore came.",
                "Zorbify Pay",
                Label::App,
                true,
            ),
            (
                "He left. Users of Zorbify Pay Offers can pay.",
                "Zorbify Pay",
                Label::App,
                false,
            ),
            // A plural noun opening the sentence is no part of the name after it, unless the
            // name goes on with a common word ("Sports Direct Energy").
            (
                "He left. Rivals Xandor Energy and others held prices.",
                "Xandor Energy",
                Label::Org,
                true,
            ),
            (
                "He left. Rivals Xandor Holdings Ltd said so.",
                "Rivals Xandor Holdings Ltd",
                Label::Org,
                true,
            ),
            (
                "He left. Sports Direct Energy held prices.",
                "Sports Direct Energy",
                Label::Org,
                true,
            ),
            // A firm the team listed beats a province of the same name; a firm only a
            // generated list has does not.
            (
                "He left. Metarra said on Monday it would cut jobs.",
                "Metarra",
                Label::Org,
                true,
            ),
            (
                "He left. Provaria said on Monday it would cut jobs.",
                "Provaria",
                Label::Location,
                true,
            ),
            // A product that only the brand list calls an app is the product, unless used as
            // an app there.
            (
                "He left. They cut the price of the Zorbstation in Japan.",
                "Zorbstation",
                Label::Product,
                true,
            ),
            (
                "He left. Fans downloaded games on Zorbstation.",
                "Zorbstation",
                Label::App,
                true,
            ),
            // PlaceList: a name part after a listed town and "and" is one more place; not
            // after a comma (team sheets), nor when it owns something.
            (
                "He left. The line runs between Leeds and Smith today.",
                "Smith",
                Label::Location,
                true,
            ),
            (
                "He left. Subs: Leeds, Smith, Jones.",
                "Smith",
                Label::Location,
                false,
            ),
            (
                "He left. He met Leeds and Smith's staff.",
                "Smith",
                Label::Location,
                false,
            ),
            // A curated app is the company when it acts, also through a verb that takes
            // another ("has started offering", "needs to pay"); not when it is used.
            (
                "He left. Chirpy has started offering cashback.",
                "Chirpy",
                Label::Org,
                true,
            ),
            (
                "He left. Chirpy needs to pay its bills.",
                "Chirpy",
                Label::Org,
                true,
            ),
            (
                "He left. Chirpy is used by millions.",
                "Chirpy",
                Label::App,
                true,
            ),
            // AppService: a listed app or firm and a service word, not in a longer name.
            (
                "He left. Users of Zorbify Pay get money back.",
                "Zorbify Pay",
                Label::App,
                true,
            ),
            (
                "He left. Users of Zorbify Pay Wexcab get money back.",
                "Zorbify Pay",
                Label::App,
                false,
            ),
            (
                "He left. Users of Zorbify Chat get money back.",
                "Zorbify Chat",
                Label::App,
                false,
            ),
            // A brand that only the brand list has is its company without an app context;
            // alone, and opening a sentence only when it acts.
            (
                "He left. Analysts expect Zorbify to report a loss.",
                "Zorbify",
                Label::Org,
                true,
            ),
            (
                "He left. Zorbify was formed in 2004.",
                "Zorbify",
                Label::Org,
                true,
            ),
            (
                "He left. Zorbify 99.5 pct 4.80 5.20 a lb.",
                "Zorbify",
                Label::Org,
                false,
            ),
            (
                "He left. They watched The Zorbify Boosh on TV.",
                "Zorbify",
                Label::Org,
                false,
            ),
            // Spelt with a lower-case first letter it is the service.
            (
                "He left. Sales at zTunes rose.",
                "zTunes",
                Label::App,
                true,
            ),
            // Examples of software are apps, the whole list.
            (
                "He left. It links to accounting software such as Xerolo and Zorbify.",
                "Xerolo",
                Label::App,
                true,
            ),
            (
                "He left. It links to accounting software such as Xerolo and Zorbify.",
                "Zorbify",
                Label::App,
                true,
            ),
            // A camel-case word after a company's office is the company; the office may be
            // written in capitals.
            (
                "He left. The chief executive of ZorbWeather said so.",
                "ZorbWeather",
                Label::Org,
                true,
            ),
            (
                "He left. He is CEO of Wanderzorb now.",
                "Wanderzorb",
                Label::Org,
                true,
            ),
            (
                "He left. They bought shares of PRT-exempt oil.",
                "PRT-exempt",
                Label::Org,
                false,
            ),
            // A town whose only other listing is its club is the town outside sport.
            (
                "He left. A Liverpool man was arrested.",
                "Liverpool",
                Label::Location,
                true,
            ),
            // "St" opening a name is Saint: a ground, not a person with the given name "St".
            (
                "He left. They played at St Zorbex Park on Saturday.",
                "St Zorbex Park",
                Label::Person,
                false,
            ),
            (
                "He left. They played at St Zorbex Park on Saturday.",
                "St Zorbex Park",
                Label::Location,
                true,
            ),
            // A newspaper's merged title ends its name, after a place or a given name.
            (
                "He left. The elder Quayle, publisher of the Leeds Herald-Press, said so.",
                "Leeds Herald-Press",
                Label::Org,
                true,
            ),
            (
                "He left. The elder Quayle, publisher of the Bill Herald-Press, said so.",
                "Bill Herald-Press",
                Label::Person,
                false,
            ),
            // A suffix at the end of a sentence: the name ends at the suffix, or at its listed
            // dotted form (tests/recognition.rs has the real lists' "Plc.").
            (
                "He left. Shares rose at Wexcab Zorbex Corp.",
                "Wexcab Zorbex Corp",
                Label::Org,
                true,
            ),
            (
                "He left. Shares rose at Wexcab Zorbex Ltd.",
                "Wexcab Zorbex Ltd.",
                Label::Org,
                true,
            ),
            // A listed firm and a country: its national company; not a place's, not a city.
            (
                "He left. Shares in Total Australia rose.",
                "Total Australia",
                Label::Org,
                true,
            ),
            (
                "He left. Shares in Chicago Australia rose.",
                "Chicago Australia",
                Label::Org,
                false,
            ),
            (
                "He left. Shares in Total Leeds rose.",
                "Total Leeds",
                Label::Org,
                false,
            ),
            // A place that is also a given name, and an everyday word: a body, no person.
            (
                "He left. They watched the England Election results.",
                "England Election",
                Label::Person,
                false,
            ),
            (
                "He left. They watched the England Election results.",
                "England Election",
                Label::Org,
                true,
            ),
            // Not a given name that is no place: "Guy Forget", "Jim Courier" are people.
            (
                "He left. Bill Election said he would stay.",
                "Bill Election",
                Label::Person,
                true,
            ),
            // A weekday's short form opens a firm's name; before a date it is the date.
            (
                "He left. Shares in Sun Zorbex Corp rose.",
                "Sun Zorbex Corp",
                Label::Org,
                true,
            ),
            (
                "He left. On Tuesday Zorbex Corp said it would sell.",
                "Tuesday Zorbex Corp",
                Label::Org,
                false,
            ),
            (
                "He left. In March Zorbex Corp said it would sell.",
                "March Zorbex Corp",
                Label::Org,
                false,
            ),
            (
                "He left. Prices for Sept Zorbex Corp contracts rose.",
                "Sept Zorbex Corp",
                Label::Org,
                false,
            ),
            (
                "He left. The game is on Sun Mar Zorbex Corp grounds.",
                "Sun Mar Zorbex Corp",
                Label::Org,
                false,
            ),
            // One word, "and", one word and a legal suffix: the partners of one firm; not two
            // firms (a listed second firm, a suffix on the first, a comma list before).
            (
                "He left. Shares in Wexcab and Wirelo Ltd firmed.",
                "Wexcab and Wirelo Ltd",
                Label::Org,
                true,
            ),
            (
                "He left. Shares in Wexcab and Chicago Ltd firmed.",
                "Wexcab and Chicago Ltd",
                Label::Org,
                false,
            ),
            (
                "He left. Shares in Wexcab Corp and Wirelo Ltd firmed.",
                "Wexcab Corp and Wirelo Ltd",
                Label::Org,
                false,
            ),
            (
                "He left. Zorbex, Wexcab and Wirelo Ltd bought wheat.",
                "Wexcab and Wirelo Ltd",
                Label::Org,
                false,
            ),
            (
                "He left. Shares in Wexcab and Wirelo Zorbex Ltd firmed.",
                "Wexcab and Wirelo Zorbex Ltd",
                Label::Org,
                false,
            ),
            // Two unknown words after a country's possessive: a person, as sport copy writes
            // them; not after a city, nor with an everyday first word (a body or a title).
            (
                "He left. She beat Israel's Wexmo Dinkessa in the final.",
                "Wexmo Dinkessa",
                Label::Person,
                true,
            ),
            (
                "He left. She beat Chicago's Wexmo Dinkessa in the final.",
                "Wexmo Dinkessa",
                Label::Person,
                false,
            ),
            (
                "He left. They cheered Israel's National Zorbex on Monday.",
                "National Zorbex",
                Label::Person,
                false,
            ),
            (
                "He left. They cheered Israel's Wexmo Election on Monday.",
                "Wexmo Election",
                Label::Person,
                false,
            ),
            (
                "He left. She beat Israel's Wexmo Dinkessa Zorbo in the final.",
                "Wexmo Dinkessa Zorbo",
                Label::Person,
                false,
            ),
            // A given name and a regnal numeral: a monarch; an everyday word with one: a model.
            (
                "The estate was given by Charles III to his son.",
                "Charles III",
                Label::Person,
                true,
            ),
            (
                "Officials said the Mark IV offer was low.",
                "Mark IV",
                Label::Person,
                false,
            ),
            (
                "New Zealand defeated a Wales XV on Monday.",
                "Wales XV",
                Label::Person,
                false,
            ),
            // A score after a name, and a month before a day, end the name before them; an
            // everyday word and a letter are a part ("Class B"), no name.
            (
                "Elon Musk beat Dmitry Zubkov 6-4, 6-1 in Paris.",
                "Dmitry Zubkov",
                Label::Person,
                true,
            ),
            (
                "Grain shipments went to Canada May 1-10 at 8 dlrs.",
                "Canada",
                Label::Location,
                true,
            ),
            (
                "Holders of its Class B shares will vote.",
                "Class B",
                Label::Org,
                false,
            ),
            // A capitalised "The", "To", "For" inside a run: a work's title, no name; a firm's
            // head keeps a wire's capitalised "Of".
            (
                "Their singles include Crashed The Wedding and others.",
                "Crashed The Wedding",
                Label::Org,
                false,
            ),
            (
                "The hits include Rags To Riches Institute and others.",
                "Rags To Riches Institute",
                Label::Org,
                false,
            ),
            (
                "Shares of Zubkov Bank Of Canada rose.",
                "Zubkov Bank Of Canada",
                Label::Org,
                true,
            ),
            // Names joined by "&": a firm; two places: one place; two letters: no name.
            (
                "Shares of Marsh & Zubkov rose.",
                "Marsh & Zubkov",
                Label::Org,
                true,
            ),
            (
                "He flew to Canada & Hong Kong on Monday.",
                "Canada & Hong Kong",
                Label::Location,
                true,
            ),
            // A venue's head that is no surname names a place after a given name too; a head
            // that can be a surname ("Bridge") leaves the person.
            (
                "It was shown at the Millennium Dome in Greenwich.",
                "Millennium Dome",
                Label::Location,
                true,
            ),
            (
                "Officials said Elon Bridge resigned.",
                "Elon Bridge",
                Label::Person,
                true,
            ),
            (
                "Although Dome has said so, shares fell.",
                "Although Dome",
                Label::Location,
                false,
            ),
            // A month that is also a given name dates what follows after a date's opening
            // word or before a word that is no surname; it opens a person's or firm's name
            // otherwise.
            (
                "Officials said June Musk resigned.",
                "June Musk",
                Label::Person,
                true,
            ),
            ("In June Elon Musk resigned.", "Elon Musk", Label::Person, true),
            ("In June Elon Musk resigned.", "June Elon Musk", Label::Person, false),
            (
                "The dividend is payable June One to holders.",
                "June One",
                Label::Person,
                false,
            ),
            (
                "Traders said June Canadian dollar futures rose.",
                "June Canadian",
                Label::Person,
                false,
            ),
            (
                "Shares of the June Zubkov Ltd rose.",
                "June Zubkov Ltd",
                Label::Org,
                true,
            ),
            // A year after an opening preposition is no model number of a name after it.
            (
                "In 2020 Elon Musk founded a firm.",
                "Elon Musk",
                Label::Person,
                true,
            ),
            // A legal suffix, "of", a place and a suffix again: one firm; without the second
            // suffix, the firm and its home.
            (
                "Sara Lee Corp of Canada Ltd raised its bid.",
                "Sara Lee Corp of Canada Ltd",
                Label::Org,
                true,
            ),
            (
                "Sara Lee Corp of Canada raised its bid.",
                "Sara Lee Corp of Canada",
                Label::Org,
                false,
            ),
            (
                "Sara Lee Corp of Canada raised its bid.",
                "Canada",
                Label::Location,
                true,
            ),
            (
                "Sara Lee Corp of Hong Kong raised its bid.",
                "Hong Kong",
                Label::Location,
                true,
            ),
            (
                "Sara Lee Corp of Hong Kong raised its bid.",
                "Sara Lee Corp",
                Label::Org,
                true,
            ),
            // The pronoun "I" after a name is no regnal numeral; one before a comma is.
            (
                "\"If a bid comes in for Elon Musk I will speak to the board.\"",
                "Elon Musk",
                Label::Person,
                true,
            ),
            (
                "\"In June I will decide whether to play,\" he said.",
                "June I",
                Label::Person,
                false,
            ),
            (
                "He signed the death warrant for Charles I, the king.",
                "Charles I",
                Label::Person,
                true,
            ),
            (
                "The firm sold Series I bonds.",
                "Series I",
                Label::Person,
                false,
            ),
            (
                "Officials saw Peskov I understand.",
                "Peskov",
                Label::Person,
                true,
            ),
            (
                "Historians say Charles I became king in 1625.",
                "Charles I",
                Label::Person,
                true,
            ),
            // A listed spelling counts only where its capitals fit the text: "Ben" is the
            // given name, not Benin's code "BEN"; "Bonn" keeps all its place entries.
            (
                "BT chief executive Ben Verwaayen said so.",
                "Ben Verwaayen",
                Label::Person,
                true,
            ),
            (
                "BT chief executive Ben Verwaayen said so.",
                "Ben",
                Label::Location,
                false,
            ),
            (
                "The minister flew to Bonn on Monday.",
                "Bonn",
                Label::Location,
                true,
            ),
            // PlaceFrame: after "town of" and before ", State," a surname or a firm is the place.
            (
                "Riots spread to the southern town of Costain on Monday.",
                "Costain",
                Label::Location,
                true,
            ),
            (
                "Riots spread to the southern town of Costain on Monday.",
                "Costain",
                Label::Person,
                false,
            ),
            (
                "He visited the offices of Williams on Monday.",
                "Williams",
                Label::Location,
                false,
            ),
            (
                "The church near Costain, Texas, burned down.",
                "Costain",
                Label::Location,
                true,
            ),
            (
                "Costain, Texas attorney general, said so.",
                "Costain",
                Label::Location,
                false,
            ),
            (
                "The award went to Dmitry Peskov, Texas.",
                "Dmitry Peskov",
                Label::Person,
                true,
            ),
            (
                "The bill has Obama, Costain, Texas, and Yeltsin.",
                "Costain",
                Label::Location,
                false,
            ),
            (
                "It is a city of Russian immigrants.",
                "Russian",
                Label::Location,
                false,
            ),
            // An abbreviated title after a name is no part of it.
            (
                "The board named Elon Musk CEO on Monday.",
                "Elon Musk",
                Label::Person,
                true,
            ),
            (
                "The board named Elon Musk CEO on Monday.",
                "Elon Musk CEO",
                Label::Person,
                false,
            ),
            (
                "Shares in Elon Musk AG rose.",
                "Elon Musk",
                Label::Person,
                false,
            ),
            // Trimming lower-case words off a list name takes whole words only.
            (
                "It links to Amazon.com when it can.",
                "Amazon.com",
                Label::App,
                true,
            ),
            (
                "It links to Amazon.com when it can.",
                "Amazon.",
                Label::App,
                false,
            ),
            // Regional and religious adjectives are no names, even when a list has the word
            // as a surname.
            (
                "Exports grew slower in Asian economies.",
                "Asian",
                Label::Person,
                false,
            ),
            (
                "A British Muslim group has criticised the series.",
                "Muslim",
                Label::Person,
                false,
            ),
            (
                "Voters say a Lib Dem vote is wasted.",
                "Lib Dem",
                Label::Org,
                true,
            ),
            (
                "Voters say a Lib Dem vote is wasted.",
                "Lib Dem",
                Label::Person,
                false,
            ),
            (
                "It is a small Sri Lankan tourism firm.",
                "Sri Lankan",
                Label::Person,
                false,
            ),
            // Events, awards, offices and time zones are no names, whatever a list says.
            (
                "He won the Davis Cup last year.",
                "Davis Cup",
                Label::Person,
                false,
            ),
            (
                "He won the Davis Cup last year.",
                "Davis",
                Label::Person,
                false,
            ),
            (
                "The film won an Oscar on Sunday.",
                "Oscar",
                Label::Person,
                false,
            ),
            ("Oscar Wilde wrote it.", "Oscar Wilde", Label::Person, true),
            // Shows, fairs and races are events too; a place before their heads stays out.
            (
                "Cars shone at the Zorbex Motor Show on Monday.",
                "Zorbex Motor Show",
                Label::Org,
                false,
            ),
            (
                "Cars shone at the Zorbex Motor Group on Monday.",
                "Zorbex Motor Group",
                Label::Org,
                true,
            ),
            ("The Labour MP said it was wrong.", "MP", Label::Org, false),
            ("He met the Queen at Balmoral.", "Queen", Label::Org, false),
            (
                "Sales rose into the New Year and after.",
                "New Year",
                Label::Org,
                false,
            ),
            (
                "Shares rose 4% by 1200 GMT on Friday.",
                "GMT",
                Label::Org,
                false,
            ),
            // Pronouns are never people, nor made people by a misread name ("Ok I").
            (
                "He said that if I'm right, we win.",
                "I'm",
                Label::Person,
                false,
            ),
            (
                "Ok I like Robbie. I don't know why.",
                "I",
                Label::Person,
                false,
            ),
            (
                "Russian President Vladimir Putin was interested.",
                "Vladimir Putin",
                Label::Person,
                true,
            ),
            (
                "Russian President Vladimir Putin was interested.",
                "President",
                Label::Person,
                false,
            ),
            (
                "Kremlin spokesman Dmitry Peskov said so.",
                "Dmitry Peskov",
                Label::Person,
                true,
            ),
            (
                "Kremlin spokesman Dmitry Peskov said so.",
                "Kremlin",
                Label::Org,
                true,
            ),
            // SportsTeam: a town or county in a match result is its club; not elsewhere.
            ("Leeds 2 Wigan 1", "Leeds", Label::Org, true),
            ("Leeds 2 Wigan 1", "Wigan", Label::Org, true),
            (
                "Essex 72-0. At Cardiff: Kent 128-1.",
                "Essex",
                Label::Org,
                true,
            ),
            (
                "Essex 72-0. At Cardiff: Kent 128-1.",
                "Cardiff",
                Label::Location,
                true,
            ),
            (
                "On Saturday Liverpool beat Chelsea at home.",
                "Liverpool",
                Label::Org,
                true,
            ),
            (
                "On Saturday Liverpool beat Chelsea at home.",
                "Chelsea",
                Label::Org,
                true,
            ),
            (
                "Floods hit Leeds on Monday.",
                "Leeds",
                Label::Location,
                true,
            ),
            // An Australian football score whose total adds up; not a price in brackets.
            ("He left.\nLeeds 11.12 ( 78 ) Wigan 9.9 ( 63 )", "Leeds", Label::Org, true),
            ("He left.\nLeeds 11.12 ( 79 ) rose", "Leeds", Label::Location, true),
            // A schedule's fixture line: the visiting side is the team, the venue the place.
            ("He left.\nLEEDS AT WIGAN", "LEEDS", Label::Org, true),
            ("He left.\nLEEDS AT WIGAN", "WIGAN", Label::Location, true),
            ("He left.\nLeeds at Wigan.", "Leeds", Label::Org, true),
            ("He left.\nLeeds at night.", "Leeds", Label::Location, true),
            ("He left.\nLeeds at Wigan station.", "Leeds", Label::Location, true),
            ("He left.\nMr Smith at Wigan.", "Wigan", Label::Location, true),
            // ClubContext: where a list names a town's club, a plural verb, a club's people
            // or brackets after a player make it the club; a place after "in", a town in a
            // coordination or a county in brackets (a referee's) stay places.
            ("Newcastle were poor.", "Newcastle", Label::Org, true),
            (
                "But Newcastle have fined him.",
                "Newcastle",
                Label::Org,
                true,
            ),
            ("Newcastle is a city.", "Newcastle", Label::Location, true),
            // A county listed as a club: a plural verb makes it the club, brackets do not.
            (
                "Staffordshire were beaten.",
                "Staffordshire",
                Label::Org,
                true,
            ),
            ("Staffordshire is flat.", "Staffordshire", Label::Org, false),
            ("But Cork were beaten.", "Cork", Label::Org, false),
            (
                "Police in Newcastle were called.",
                "Newcastle",
                Label::Location,
                true,
            ),
            (
                "Men from Leeds and Newcastle have been held.",
                "Newcastle",
                Label::Location,
                true,
            ),
            (
                "Newcastle boss Graeme Souness",
                "Newcastle",
                Label::Org,
                true,
            ),
            ("Floods hit Newcastle fans.", "Newcastle", Label::Org, true),
            ("Leeds fans cheered.", "Leeds", Label::Org, false),
            ("M Tait (Newcastle), J Noon.", "Newcastle", Label::Org, true),
            (
                "Referee: P Dowd (Staffordshire).",
                "Staffordshire",
                Label::Location,
                true,
            ),
            (
                "He was born in Texas 40 years ago.",
                "Texas",
                Label::Location,
                true,
            ),
            (
                "England beat Australia by two wickets.",
                "Australia",
                Label::Location,
                true,
            ),
            ("Wales beat Italy 2-1.", "Wales", Label::Location, true),
            // Consistency in ALL-CAPS lines: a body name in capitals is that name, and beats
            // a list reading of the capitals; not without the body name, nor in running text.
            (
                "SOCCER - FERGUSON BACK IN SQUAD .\nEverton's Duncan Ferguson scored twice.",
                "FERGUSON",
                Label::Person,
                true,
            ),
            (
                "SOCCER - FERGUSON BACK IN SQUAD .\nThe town of Ferguson voted on Monday.",
                "FERGUSON",
                Label::Person,
                false,
            ),
            (
                "SOCCER - FERGUSON BACK IN SQUAD .\nThe town of Ferguson voted on Monday.",
                "FERGUSON",
                Label::Location,
                true,
            ),
            (
                "TENNIS - DUNCAN FERGUSON WINS .\nOn Monday Duncan Ferguson won in three sets.",
                "DUNCAN FERGUSON",
                Label::Person,
                true,
            ),
            (
                "SPONSORS CASH IN ON FERGUSON 'S SHIRT .\nEverton's Duncan Ferguson scored.",
                "FERGUSON",
                Label::Person,
                true,
            ),
            (
                "The FERGUSON report came out. Duncan Ferguson said so.",
                "FERGUSON",
                Label::Person,
                false,
            ),
            // An acronym written as a word is defined when its letters are the initials.
            (
                "The Securities and Exchange Board of India (Sebi) said so.",
                "Sebi",
                Label::Org,
                true,
            ),
            (
                "Shares of Red Pixels Ventures Limited (Red) fell.",
                "Red",
                Label::Org,
                false,
            ),
            // A common-word given name opening a sentence needs a surname after it.
            (
                "Will Apple buy the firm?",
                "Will Apple",
                Label::Person,
                false,
            ),
            ("Will Musk buy the firm?", "Will Musk", Label::Person, true),
            // ...a firm's name is a surname after a given name that is a rare word.
            (
                "Robin Williams won on Monday.",
                "Robin Williams",
                Label::Person,
                true,
            ),
            (
                "Will Williams buy the firm?",
                "Will Williams",
                Label::Person,
                false,
            ),
            // Initials without a full stop, as sports copy writes them.
            ("M Tait scored twice.", "M Tait", Label::Person, true),
            (
                "He met J Williams there.",
                "J Williams",
                Label::Person,
                true,
            ),
            (
                "Plan A Williams failed.",
                "A Williams",
                Label::Person,
                false,
            ),
            ("B Lima (S Africa)", "S Africa", Label::Person, false),
            ("He passed to J Noon there.", "J Noon", Label::Person, true),
            // Two initials without stops before a surname: a person; a listed pair stays.
            ("He left. The author JK Alamos spoke.", "JK Alamos", Label::Person, true),
            ("He left. The author JK Alamos spoke.", "JK Alamos", Label::Org, false),
            // Facility: a building's or ground's head word makes unknown words a place.
            (
                "They lost at Goodison Park on Saturday.",
                "Goodison Park",
                Label::Location,
                true,
            ),
            (
                "They lost at Goodison Park on Saturday.",
                "Goodison Park",
                Label::Person,
                false,
            ),
            (
                "Critics praised Robin Park on Monday.",
                "Robin Park",
                Label::Person,
                true,
            ),
            // ... also a palace, pavilion or prison, after a given name too; but "Temple" and
            // "Tower" are surnames after one.
            (
                "He is held at Belmarsh Prison in London.",
                "Belmarsh Prison",
                Label::Location,
                true,
            ),
            (
                "It came from the Elysee Palace on Friday.",
                "Elysee Palace",
                Label::Location,
                true,
            ),
            (
                "Charles Temple, a lawyer, said no.",
                "Charles Temple",
                Label::Person,
                true,
            ),
            ("He said Will Musk spoke.", "Will Musk", Label::Person, true),
            (
                "Will Apple Buy the Firm?",
                "Will Apple",
                Label::Person,
                false,
            ),
            ("Will Musk Buy the Firm?", "Will Musk", Label::Person, true),
            // A title word that opens a legal name is part of it; "of" after it still splits.
            (
                "Shares of General Utilities Ltd rose.",
                "General Utilities Ltd",
                Label::Org,
                true,
            ),
            (
                "The President of Ledgerly Ltd quit.",
                "Ledgerly Ltd",
                Label::Org,
                true,
            ),
            // A language or faith is no name, unless the article names a person so.
            ("The film was shot in Hindi and English.", "Hindi", Label::Person, false),
            ("Dmitry Hindi spoke. Then Hindi wept.", "Hindi", Label::Person, true),
            // A group of countries is no body.
            ("He left. The Third World debt crisis grew.", "Third World", Label::Org, false),
            // A Spanish article opens no person's name.
            ("He left. Officials in Los Alamos said so.", "Los Alamos", Label::Person, false),
            ("He left. Officials at Los Alamos said so.", "Los Alamos", Label::Person, false),
            // A rate's name holds no mention; a ticker is its company's code.
            (
                "He left. It pays 1/4 pct over the London Interbank Offered Rate now.",
                "London",
                Label::Location,
                false,
            ),
            ("He left. BankAmerica Corp <BAC> rose.", "BAC", Label::Org, true),
            ("He left. BankAmerica Corp <BAC> rose.", "BAC", Label::Location, false),
            // A place that is also a given name and an everyday word is no body of the place
            // after a person's noun or age (the body: "England Election" above).
            ("He left. Her boyfriend England Election came.", "England Election", Label::Org, false),
            ("He left. Ten-year-old England Election came.", "England Election", Label::Org, false),
            // A crude oil's grade is no name, nor is the place in it.
            ("He left. Prices of Leeds Sweet rose.", "Leeds", Label::Location, false),
            ("He left. Prices of North Leeds Intermediate rose.", "North Leeds", Label::Location, false),
            ("He left. Prices in North Leeds rose.", "North Leeds", Label::Location, true),
            // A firm's acronym written as a word, as British copy writes them.
            ("He left. He works for ABN Amro now.", "ABN Amro", Label::Org, true),
            // In a headline a title's holder ends before the first everyday word.
            ("He left.\nPRESIDENT ELON MUSK ELECTION", "ELON MUSK", Label::Person, true),
            ("He left.\nPRESIDENT ELECTION ENERGY", "ELECTION ENERGY", Label::Person, false),
            ("He left.\nPresident Elon Musk Election Hope", "Elon Musk", Label::Person, true),
            // A state's abbreviation with its full stop split off, after a town and a comma.
            ("He left.\nLEEDS , Va . 1996-08-22", "Va", Label::Location, true),
            ("He left.\nLEEDS , Va. 1996-08-22", "Va.", Label::Location, true),
            ("He left. Then , Va . Smith left.", "Va", Label::Location, true),
            ("He left. He met Va . Smith there.", "Va", Label::Location, false),
            // An unknown acronym in prose is an organisation, up to six letters; not a code
            // with a hyphen nor a wire's sign-off.
            ("He left. The ECOMOG force moved.", "ECOMOG", Label::Org, true),
            ("He left. The ABCDEFG force moved.", "ABCDEFG", Label::Org, false),
            ("He left. They chose HD-DVD discs.", "HD-DVD", Label::Org, false),
            ("He left. Prices rose, REUTER said.", "REUTER", Label::Org, false),
            // A Title Case result line: no person from inside a listed name.
            ("He left.\nHapoel Tel Aviv 1 Leeds 3", "Hapoel Tel Aviv", Label::Org, true),
            ("He left.\nHapoel Tel Aviv 1 Leeds 3", "Tel Aviv", Label::Person, false),
            ("He left.\nLeeds Sign Tel Aviv Today", "Tel Aviv", Label::Person, true),
            // A table's column headings are no names; a listed place among words is.
            ("He left.\nW L PCT BAC\nBOSTON 70 50", "BAC", Label::Location, false),
            ("He left.\nWE LEFT BAC\nBOSTON 70 50", "BAC", Label::Location, true),
            // An organisation's own unlisted name in brackets after it is the organisation.
            (
                "He left. The Zorvex Research Institute (Keidanren) met.",
                "Keidanren",
                Label::Org,
                true,
            ),
            ("He left. Acme Energy Corp (Canada) rose.", "Canada", Label::Org, false),
            ("He left. The Zorvex Research Institute (Z) won 2-0.", "Z", Label::Org, false),
            // A rating code about ratings is no firm; the motoring club elsewhere is.
            ("He left. S&P cut the debt to AA from its top AAA rating.", "AA", Label::Org, false),
            ("He left. The AA said roads were icy.", "AA", Label::Org, true),
            // A reference rate is no firm nor person; the given name with a surname is.
            ("Interest is 1/4 pct over LIBOR for the loan.", "LIBOR", Label::Org, false),
            ("Interest is 1/4 pct over Libor for the loan.", "Libor", Label::Person, false),
            ("He left. The goal came from Libor Sionko in the second half.", "Libor Sionko", Label::Person, true),
            // In a headline a country's listed body keeps its demonym; a name without an org
            // head does not take it.
            (
                "Talks Stall, Russian Foreign Ministry Says",
                "Russian Foreign Ministry",
                Label::Org,
                true,
            ),
            (
                "Talks Stall, Russian Kremlin Says",
                "Russian Kremlin",
                Label::Org,
                false,
            ),
            (
                "Talks Stall As Foreign Ministry Says No",
                "As Foreign Ministry",
                Label::Org,
                false,
            ),
            // A body named for a group of people keeps its possessive; other possessives end
            // the name before them.
            (
                "The National Farmers' Union said so.",
                "National Farmers' Union",
                Label::Org,
                true,
            ),
            ("The Women's Union met.", "Women's Union", Label::Org, true),
            (
                "The National Amusements' Union met.",
                "National Amusements' Union",
                Label::Org,
                false,
            ),
            ("The Russia's Union met.", "Russia's Union", Label::Org, false),
            // An eponym of a disease is no one in the story.
            ("He has Peskov's disease, she said.", "Peskov", Label::Person, false),
            ("He met Peskov's doctor, she said.", "Peskov", Label::Person, true),
            // A listed acronym opening a sentence is no common word; a table's "TOTAL" is.
            ("US President Elon Musk spoke.", "US", Label::Location, true),
            ("TOTAL sales rose sharply on Monday.", "TOTAL", Label::Org, false),
            // A club's player: "Newcastle lock X", "Newcastle centre X"; a town's centre is
            // no club.
            (
                "Newcastle lock Tom Smith was hurt.",
                "Newcastle",
                Label::Org,
                true,
            ),
            (
                "Newcastle centre Tom Smith was hurt.",
                "Newcastle",
                Label::Org,
                true,
            ),
            (
                "The Newcastle centre has argued so.",
                "Newcastle",
                Label::Org,
                false,
            ),
            ("He was hurt. Newcastle centre", "Newcastle", Label::Org, false),
            // OrgSuffix with a dotted suffix, mid-sentence.
            (
                "Shares of Ledgerly Ltd. rose on Monday.",
                "Ledgerly Ltd.",
                Label::Org,
                true,
            ),
            (
                "Shares of Ledgerly Ltd rose on Monday.",
                "Ledgerly Ltd",
                Label::Org,
                true,
            ),
            // PersonScorer: players in result lines.
            ("Monaco 1 ( Scifo 35th ) .", "Scifo", Label::Person, true),
            (
                "Aamir Sohail c Cork b Croft 46",
                "Cork",
                Label::Person,
                true,
            ),
            (
                "Aamir Sohail c Cork b Croft 46",
                "Croft",
                Label::Person,
                true,
            ),
            (
                "He was born in Cork in the 19th century.",
                "Cork",
                Label::Person,
                false,
            ),
            // A dateline place is the place, even when a firm shares its name.
            (
                "CHICAGO 1996-08-22 Early calls were mixed.",
                "CHICAGO",
                Label::Location,
                true,
            ),
            (
                "Chicago said it would buy the firm.",
                "Chicago",
                Label::Org,
                true,
            ),
            // A title inside a chunk ends the name before it, when a person's name follows.
            (
                "Bank of England Governor Andrew Bailey warned.",
                "Bank of England",
                Label::Org,
                true,
            ),
            (
                "Bank of England Governor Andrew Bailey warned.",
                "Andrew Bailey",
                Label::Person,
                true,
            ),
            (
                "Bank of England Governor Andrew Bailey warned.",
                "Bank of England Governor Andrew Bailey",
                Label::Org,
                false,
            ),
            // A sentence-opening name part that acts or owns is a person; a common word is not.
            (
                "The talks ended. Yeltsin is expected to rest.",
                "Yeltsin",
                Label::Person,
                true,
            ),
            (
                "The talks ended. Will is what they lacked.",
                "Will",
                Label::Person,
                false,
            ),
            // OrgContext: a lone word before a role or a corporate noun is the employer...
            (
                "A Costain spokesman said the plan was sound.",
                "Costain",
                Label::Org,
                true,
            ),
            (
                "He sold 500 Costain shares on Monday.",
                "Costain",
                Label::Org,
                true,
            ),
            // ...and a lone word after a company office or holding and its preposition.
            (
                "Talks resumed. He is chief executive of Zorbex now.",
                "Zorbex",
                Label::Org,
                true,
            ),
            (
                "Talks resumed. He bought a stake in Zorbex last year.",
                "Zorbex",
                Label::Org,
                true,
            ),
            // Not a country's office, nor a name part.
            (
                "Talks resumed. He is president of Zorbex now.",
                "Zorbex",
                Label::Org,
                false,
            ),
            (
                "Talks resumed. He bought a stake in Musk last year.",
                "Musk",
                Label::Org,
                false,
            ),
            // After "at" even a name part: people work at firms ("analyst at Gerrard").
            (
                "Talks resumed. He is a spokesman at Rowling now.",
                "Rowling",
                Label::Org,
                true,
            ),
            (
                "Talks resumed. He is the spokesman of Rowling now.",
                "Rowling",
                Label::Org,
                false,
            ),
            // ...unless the article names that person in full, or it is an adjective.
            (
                "Bill Clinton spoke. Later a Clinton spokesman said so.",
                "Clinton",
                Label::Org,
                false,
            ),
            (
                "She met a Jewish journalist on Monday.",
                "Jewish",
                Label::Org,
                false,
            ),
            // The "of" phrase of an office belongs to the title, the holder is the person.
            (
                "The Minister of Foreign Affairs Ali Alatas arrived.",
                "Ali Alatas",
                Label::Person,
                true,
            ),
            (
                "The Minister of Foreign Affairs Ali Alatas arrived.",
                "Foreign Affairs Ali Alatas",
                Label::Org,
                false,
            ),
            // A title of two words before "of" is not joined: the firm stays a name of its own.
            (
                "She was the Finance Director of Red Pixels Ventures Limited then.",
                "Red Pixels Ventures Limited",
                Label::Org,
                true,
            ),
            // No holder: what follows "of" is classified alone.
            (
                "A letter to the Minister of Foreign Affairs arrived.",
                "of Foreign Affairs",
                Label::Org,
                false,
            ),
            (
                "He is Governor of the Bank of England now.",
                "Bank of England",
                Label::Org,
                true,
            ),
            // A city of half a million is the place; a smaller town the firm of its name.
            (
                "Munich is busy before the fair.",
                "Munich",
                Label::Location,
                true,
            ),
            (
                "Halifax raised its mortgage rates.",
                "Halifax",
                Label::Org,
                true,
            ),
            // A demonym that starts a listed name stays in it.
            (
                "Saudi Arabia executed a man on Sunday.",
                "Saudi Arabia",
                Label::Location,
                true,
            ),
            (
                "Saudi Arabia executed a man on Sunday.",
                "Arabia",
                Label::Person,
                false,
            ),
            (
                "He met Saudi officials in Riyadh.",
                "Saudi",
                Label::Location,
                false,
            ),
            (
                "Mr. President, you deserve our thanks.",
                "President",
                Label::Person,
                false,
            ),
            (
                "Mr. Major said he would stay.",
                "Major",
                Label::Person,
                true,
            ),
            // A two-word place from the given name on is no person, nor is the country after it.
            (
                "He vowed to retain the Golan Heights Israel captured in 1967.",
                "Golan Heights",
                Label::Location,
                true,
            ),
            (
                "He vowed to retain the Golan Heights Israel captured in 1967.",
                "Golan Heights Israel",
                Label::Person,
                false,
            ),
            (
                "Golan Levy, a lawyer, said so.",
                "Golan Levy",
                Label::Person,
                true,
            ),
            (
                "The deal was backed by Elon Musk on Friday.",
                "Elon Musk",
                Label::Person,
                true,
            ),
            (
                "Shares of Red Pixels Ventures Limited rose.",
                "Red Pixels Ventures Limited",
                Label::Org,
                true,
            ),
            (
                "He joined the Central Reserve Bank last year.",
                "Central Reserve Bank",
                Label::Org,
                true,
            ),
            (
                "He posted the news on Twitter yesterday.",
                "Twitter",
                Label::App,
                true,
            ),
            ("Twitter said it would appeal.", "Twitter", Label::Org, true),
            // A headline's present tense is the company acting; the app stays the app.
            (
                "Twitter Strikes Deal With Label",
                "Twitter",
                Label::Org,
                true,
            ),
            ("Twitter Chat Rooms Fill Up", "Twitter", Label::App, true),
            // The company acts past auxiliaries, modals, a headline's "to" and adverbs.
            (
                "Twitter will pay a fine of EUR 1.1 million.",
                "Twitter",
                Label::Org,
                true,
            ),
            (
                "Twitter to Buy Giphy for $400 Million",
                "Twitter",
                Label::Org,
                true,
            ),
            (
                "Twitter has also agreed to pay.",
                "Twitter",
                Label::Org,
                true,
            ),
            ("Twitter is suing the firm.", "Twitter", Label::Org, true),
            ("Then Twitter pays more tax.", "Twitter", Label::Org, true),
            // The company's officers: "Twitter's new CEO"; not its app.
            ("He met Twitter's new CEO yesterday.", "Twitter", Label::Org, true),
            // ... and its officer right after the name, also opening a sentence.
            ("Twitter CEO Elon Musk spoke.", "Twitter", Label::Org, true),
            ("Apple CEO Elon Musk spoke.", "Apple", Label::Org, true),
            ("Apple CEO pay rose again.", "Apple", Label::Org, false),
            ("Apple's CEO Elon Musk spoke.", "Apple", Label::Org, true),
            ("Apple's CEO, Elon Musk, spoke.", "Apple", Label::Org, true),
            ("The Twitter model posted it.", "Twitter", Label::App, true),
            (
                "A Twitter spokesperson said it would appeal.",
                "Twitter",
                Label::Org,
                true,
            ),
            ("Twitter executives met him.", "Twitter", Label::Org, true),
            // An aside between commas before the verb.
            (
                "Twitter, backed by Prosus and Tencent, raised $70 million.",
                "Twitter",
                Label::Org,
                true,
            ),
            ("Twitter, which owns Vine, said no.", "Twitter", Label::Org, true),
            (
                "Downloads of Twitter, the audio app, rose.",
                "Twitter",
                Label::App,
                true,
            ),
            ("Twitter employees were told.", "Twitter", Label::Org, true),
            ("The Twitter official account posted it.", "Twitter", Label::Org, false),
            ("Apple CEO and chairman Elon Musk spoke.", "Apple", Label::Org, true),
            ("He posted it on Twitter's app.", "Twitter", Label::App, true),
            // ... but not its users, a passive ban, prose "to" (the means) or a bare base form.
            ("Twitter users will pay more.", "Twitter", Label::App, true),
            ("Twitter was banned in India.", "Twitter", Label::App, true),
            (
                "Fans chose Twitter to sell wares.",
                "Twitter",
                Label::App,
                true,
            ),
            ("Then Twitter pay rose.", "Twitter", Label::App, true),
            // Acted on as an institution: fined, sued, acquired, a holding, an owner ...
            ("Regulators fined Twitter on Friday.", "Twitter", Label::Org, true),
            ("A lawsuit against Twitter failed.", "Twitter", Label::Org, true),
            ("He bought a stake in Twitter.", "Twitter", Label::Org, true),
            ("Vine, owned by Twitter, closed.", "Twitter", Label::Org, true),
            // ... but not a ban of the platform, nor a purchase on it or of its app.
            ("Nigeria banned Twitter in June.", "Twitter", Label::App, true),
            ("He bought ads on Twitter.", "Twitter", Label::App, true),
            ("Fans buy Twitter apps.", "Twitter", Label::App, true),
            // A town and surname buying stays as it was: a firm as often as a person.
            (
                "Ferguson will buy the firm.",
                "Ferguson",
                Label::Person,
                false,
            ),
            (
                "They chat on the audio app Clubhouse.",
                "Clubhouse",
                Label::App,
                true,
            ),
            (
                "The new Realme X7 Pro costs less.",
                "Realme X7 Pro",
                Label::Product,
                true,
            ),
            (
                "Buyers queued for the iPhone 13 Pro in Delhi.",
                "iPhone 13 Pro",
                Label::Product,
                true,
            ),
            (
                "Elon Musk Invites Russia President to a Clubhouse Chat",
                "Invites",
                Label::Person,
                false,
            ),
            (
                "Elon Musk Invites Russia President to a Clubhouse Chat",
                "Chat",
                Label::Person,
                false,
            ),
            (
                "Elon Musk Invites Russia President to a Clubhouse Chat",
                "Elon Musk",
                Label::Person,
                true,
            ),
            // TeamAfterCountry: after a competitor and their country, before a time or a score.
            (
                "1. Dmitry Peskov ( Canada ) Sauber 1:53.706 2. Elon Musk ( Canada ) Sauber 1:54.342",
                "Sauber",
                Label::Org,
                true,
            ),
            // ... not before a word, not a town before a record's date.
            (
                "Then Dmitry Peskov ( Canada ) Sauber won easily.",
                "Sauber",
                Label::Org,
                false,
            ),
            (
                "1. Dmitry Peskov ( Canada ) Boston 17.8.90 2. Elon Musk ( Canada ) Brussels 25.8.95",
                "Boston",
                Label::Org,
                false,
            ),
            (
                "1. Dmitry Peskov ( Canada ) Boston 17.8.90 2. Elon Musk ( Canada ) Brussels 25.8.95",
                "Brussels",
                Label::Org,
                false,
            ),
            // In a headline a title splits a chunk after listed places and firms alone, before a
            // name of known name parts; not a chunk that runs over verbs before or after.
            // ("Boston" is also a given name: the chunk was one person.)
            (
                "Video Posted by Realme Boston Chairman Dmitry Peskov",
                "Dmitry Peskov",
                Label::Person,
                true,
            ),
            (
                "Video Posted by Realme Boston Chairman Dmitry Peskov",
                "Realme",
                Label::Org,
                true,
            ),
            (
                "Video Posted by Boston Chairman Dmitry Peskov",
                "Boston Chairman Dmitry Peskov",
                Label::Person,
                false,
            ),
            (
                "Dmitry Peskov Meets Boston Chairman Elon Musk",
                "Dmitry Peskov Meets Boston",
                Label::Person,
                false,
            ),
            (
                "Realme Canada Chairman Says Sales Will Rise",
                "Says Sales Will Rise",
                Label::Person,
                false,
            ),
            (
                "Monday was quiet in Russia.",
                "Monday",
                Label::Person,
                false,
            ),
            (
                "Talks with Dmitry Peskov ended. Later Peskov left.",
                "Peskov",
                Label::Person,
                true,
            ),
            // PersonActs: a town that is also a surname, speaking; not after "in", not a country.
            (
                "Later Obama said the talks would go on.",
                "Obama",
                Label::Person,
                true,
            ),
            (
                "Later Obama said the talks would go on. Obama met the press.",
                "Obama",
                Label::Location,
                false,
            ),
            (
                "The festival in Obama said goodbye to summer.",
                "Obama",
                Label::Location,
                true,
            ),
            (
                "Later Russia said the talks would go on.",
                "Russia",
                Label::Location,
                true,
            ),
            // A surname that is also a common word, speaking inside a sentence.
            (
                "The talks failed, Trump said on Monday.",
                "Trump",
                Label::Person,
                true,
            ),
            (
                "The talks failed. Later Trump played golf.",
                "Trump",
                Label::Person,
                false,
            ),
            // A listed "the X" at a sentence start.
            (
                "The White House said so on Monday.",
                "White House",
                Label::Org,
                true,
            ),
            (
                "The White House said so on Monday.",
                "House",
                Label::Person,
                false,
            ),
            (
                "Officials at the White House said so.",
                "White House",
                Label::Org,
                true,
            ),
            // Initials belong to the name.
            (
                "The copy was signed by J. K. Rowling last year.",
                "J. K. Rowling",
                Label::Person,
                true,
            ),
            (
                "The copy was signed by J.K. Rowling last year.",
                "J.K. Rowling",
                Label::Person,
                true,
            ),
            // Two initials before a given name: "K. L. Rahul"; one is too little evidence.
            (
                "The stand was led by K. L. Robin yesterday.",
                "K. L. Robin",
                Label::Person,
                true,
            ),
            ("The stand was led by K. Robin yesterday.", "K. Robin", Label::Person, false),
            // A trade that a list has under the surname's spelling is still the surname.
            (
                "He met K. Smith yesterday.",
                "K. Smith",
                Label::Person,
                true,
            ),
            // A given name after the initials, and a surname that no list has.
            (
                "He met J. Elon McGarrigle yesterday.",
                "J. Elon McGarrigle",
                Label::Person,
                true,
            ),
            (
                "He lives at 5 N. Main Street.",
                "N. Main",
                Label::Person,
                false,
            ),
            // Ending with a full stop, a sentence of capitals is prose, not a Title Case line.
            (
                "J. Elon McGarrigle is President and CEO of the Pittsburgh Institute.",
                "J. Elon McGarrigle",
                Label::Person,
                true,
            ),
            (
                "Chief executive Dr. Elon K. Musk said so.",
                "Elon K. Musk",
                Label::Person,
                true,
            ),
            (
                "It was the work of Dmitry A. Peskov in Moscow.",
                "Dmitry A. Peskov",
                Label::Person,
                true,
            ),
            // Particles inside a person's name; a firm's head keeps it a firm.
            (
                "The striker Elon van Musk scored twice.",
                "Elon van Musk",
                Label::Person,
                true,
            ),
            (
                "The striker Elon van Musk scored twice.",
                "Elon van Musk",
                Label::Org,
                false,
            ),
            (
                "Shares of Elon de la Bank fell.",
                "Elon de la Bank",
                Label::Person,
                false,
            ),
            // An org head that is also a surname, after a given name: a person.
            (
                "The actor Elon Church was nominated.",
                "Elon Church",
                Label::Person,
                true,
            ),
            (
                "The actor Elon Church was nominated.",
                "Elon Church",
                Label::Org,
                false,
            ),
            (
                "He spoke at the Dmitry Center on Sunday.",
                "Dmitry Center",
                Label::Org,
                true,
            ),
            (
                "He prayed at the Costain Church on Sunday.",
                "Costain Church",
                Label::Org,
                true,
            ),
            // OrgAfterNoun: a firm's noun before a name; a country stays a place.
            (
                "Shares in oil giant Zubkov rose.",
                "Zubkov",
                Label::Org,
                true,
            ),
            (
                "Fans of the band Elon Musk cheered.",
                "Elon Musk",
                Label::Org,
                true,
            ),
            // A compass word before a listed place in the same run is part of its name.
            ("He campaigned in North Kent on Monday.", "North Kent", Label::Location, true),
            ("He campaigned in north Kent on Monday.", "Kent", Label::Location, true),
            // A listed acronym written as a word; not a dictionary word or a name part.
            ("The draw was made by Fifa in Zurich.", "Fifa", Label::Org, true),
            ("Talks resumed. He met Donaldson in Zurich.", "Donaldson", Label::Org, false),
            ("Talks resumed. He took Care of it.", "Care", Label::Org, false),
            // A trade written as one word; a given name after it opens a person's name.
            (
                "Profits at drugmaker Zubkov fell.",
                "Zubkov",
                Label::Org,
                true,
            ),
            (
                "The winemaker Elon Zubkov said so.",
                "Elon Zubkov",
                Label::Org,
                false,
            ),
            (
                "Shares in oil giant Zubkov rose.",
                "Zubkov",
                Label::Person,
                false,
            ),
            (
                "The bank Russia chose failed.",
                "Russia",
                Label::Location,
                true,
            ),
            (
                "The film maker Elon Musk spoke.",
                "Elon Musk",
                Label::Person,
                true,
            ),
            (
                "Shares in the giant ISP Kremlin rose.",
                "Kremlin",
                Label::Org,
                true,
            ),
            ("They play in group C this year.", "C", Label::Org, false),
            ("The manager Zubkov resigned.", "Zubkov", Label::Org, false),
            // A describing compound before a name is no part of it.
            (
                "The Moscow-based Kremlin Bank Ltd said so.",
                "Kremlin Bank Ltd",
                Label::Org,
                true,
            ),
            (
                "The Moscow-based Kremlin Bank Ltd said so.",
                "Moscow-based Kremlin Bank Ltd",
                Label::Org,
                false,
            ),
            (
                "Oscar-nominated Elon Musk spoke.",
                "Oscar-nominated Elon Musk",
                Label::Person,
                false,
            ),
            ("Oscar-nominated Elon Musk spoke.", "Elon Musk", Label::Person, true),
            (
                "The Russian-born Elon Musk spoke.",
                "Elon Musk",
                Label::Person,
                true,
            ),
            (
                "Hyphenated names like Elon Musk-Rowling stay whole.",
                "Elon Musk-Rowling",
                Label::Person,
                true,
            ),
            // Not initials: a country abbreviation, a letter that ends a sentence.
            (
                "The U.S. Treasury said so.",
                "U.S. Treasury",
                Label::Person,
                false,
            ),
            (
                "The U.S. President Elon Musk said so.",
                "U.S. President Elon Musk",
                Label::Person,
                false,
            ),
            (
                "The N.Y. Sentinel said so.",
                "N.Y. Sentinel",
                Label::Person,
                false,
            ),
            (
                "He chose Plan B. Musk agreed.",
                "B. Musk",
                Label::Person,
                false,
            ),
            // A title word opening an organisation's name with its head last is part of it; not
            // a rank before an organisation's office nor a title before a person.
            (
                "A report by the General Accounting Office found waste.",
                "General Accounting Office",
                Label::Org,
                true,
            ),
            (
                "The Assistant Energy Ministry spokesman said so.",
                "Energy Ministry",
                Label::Org,
                true,
            ),
            (
                "Officials said General Dmitry Peskov Group had left.",
                "General Dmitry Peskov Group",
                Label::Org,
                false,
            ),
            // Opening a sentence, unknown words before a person's role are the person; not with
            // an everyday word among them.
            (
                "Kaha Zubkov, a spokesman for the Kremlin, said so.",
                "Kaha Zubkov",
                Label::Person,
                true,
            ),
            (
                "Kaha National, a spokesman for the Kremlin, said so.",
                "Kaha National",
                Label::Person,
                false,
            ),
            // A newspaper's title word last makes its name an organisation, but not over a
            // listed name at the end.
            (
                "He told the Leeds Evening Post so.",
                "Leeds Evening Post",
                Label::Org,
                true,
            ),
            (
                "He told Kremlin-owner Moscow Times so.",
                "Kremlin-owner Moscow Times",
                Label::Org,
                false,
            ),
            (
                "He told Kremlin-owner Moscow Times so.",
                "Moscow Times",
                Label::Org,
                true,
            ),
            // A lone name part after an article names a thing, not a person.
            (
                "He tried the Peskov diet last year.",
                "Peskov",
                Label::Person,
                false,
            ),
            (
                "He met Peskov last year.",
                "Peskov",
                Label::Person,
                true,
            ),
            (
                "He played at Peskov last year.",
                "Peskov",
                Label::Person,
                false,
            ),
            (
                "He served in Peskov's cabinet last year.",
                "Peskov",
                Label::Person,
                true,
            ),
            // A given name that is also a title, after a given name, is a middle name.
            (
                "Officials said Elon Dean Musk had resigned.",
                "Elon Dean Musk",
                Label::Person,
                true,
            ),
            (
                "Officials said Boston Sen. Elon Musk had resigned.",
                "Elon Musk",
                Label::Person,
                true,
            ),
            // A place named after a person is no person; an unknown one ending in an
            // administrative area is a place; a title opening it stays in it.
            (
                "He grew up in Elon County in the 1990s.",
                "Elon County",
                Label::Person,
                false,
            ),
            (
                "He grew up in Boston County in the 1990s.",
                "Boston County",
                Label::Location,
                true,
            ),
            (
                "He grew up in Zubkov County in the 1990s.",
                "Zubkov County",
                Label::Location,
                true,
            ),
            (
                "He grew up in Zubkov City in the 1990s.",
                "Zubkov City",
                Label::Location,
                false,
            ),
            (
                "He grew up in Butler Township in the 1990s.",
                "Township",
                Label::Person,
                false,
            ),
            (
                "He grew up in Butler Township in the 1990s.",
                "Butler Township",
                Label::Location,
                true,
            ),
            // An everyday word inside a run after a given name makes it no person's name; a
            // particle or a name part there does not.
            (
                "Floods closed Elon National Forest on Monday.",
                "Elon National Forest",
                Label::Person,
                false,
            ),
            (
                "Officials said Elon Bin Musk had resigned.",
                "Elon Bin Musk",
                Label::Person,
                true,
            ),
            (
                "Officials said Elon House Musk Zubkov had resigned.",
                "Elon House Musk Zubkov",
                Label::Person,
                true,
            ),
            // A full name found by a rule in the body names its repeat in a Title Case
            // headline, over a town's reading of its given name ("Vladimir"): no "Varenka"
            // is left a place.
            (
                "Elon Musk Invites Russia President Varenka Zolotov to a Chat\n\nPresident \
                 Varenka Zolotov said on Monday he would not join.",
                "Varenka",
                Label::Location,
                false,
            ),
            (
                "Tourists Flock to Varenka in Summer\n\nPresident Varenka Dolgov said on \
                 Monday he would not join.",
                "Varenka",
                Label::Location,
                true,
            ),
            (
                "Tourists Flock to Leeds Kravitzky Fair\n\nIt was a success, said Leeds \
                 Kravitzky, a research fellow at the institute.",
                "Leeds",
                Label::Location,
                true,
            ),
            // A given name that a list of occupations has in lower case only is the given
            // name before another name word ("Hunter Biden"), also after an occupation
            // ("Linguist Hunter Zolotov"); not before an everyday word, a listed country or
            // a lone initial, and a title listed with its capital stays a title.
            (
                "He left. Hunter Zolotov said so.",
                "Hunter Zolotov",
                Label::Person,
                true,
            ),
            (
                "Linguist Hunter Zolotov said so.",
                "Hunter Zolotov",
                Label::Person,
                true,
            ),
            (
                "He left. Hunter Zolotov said so.",
                "Zolotov",
                Label::Person,
                false,
            ),
            (
                "Output from the Cooper Basin fell.",
                "Cooper Basin",
                Label::Person,
                false,
            ),
            (
                "He said Cooper Canada would sell shares.",
                "Cooper Canada",
                Label::Person,
                false,
            ),
            (
                "He drove the Cooper S which costs more.",
                "Cooper S",
                Label::Person,
                false,
            ),
            (
                "He left. Hunter S Zolotov said so.",
                "Hunter S Zolotov",
                Label::Person,
                true,
            ),
            (
                "He left. Sheikh Zolotov said so.",
                "Zolotov",
                Label::Person,
                true,
            ),
            // A hospital or a hotel is a place, though lists have the words as
            // organisations' heads; a body named after one is not.
            (
                "He died at Royal Marsden Hospital on Monday.",
                "Royal Marsden Hospital",
                Label::Location,
                true,
            ),
            (
                "They met at the Zorvan Hotel on Monday.",
                "Zorvan Hotel",
                Label::Location,
                true,
            ),
            (
                "The Zorvan Hospital Union said so.",
                "Zorvan Hospital Union",
                Label::Org,
                true,
            ),
            // An acronym the article spells out in lower-case words is a term, not a firm,
            // wherever it stands; spelt out in capitals it is a name.
            (
                "The purchasing manager index (PMI) fell. The PMI number is above 50.",
                "PMI",
                Label::Org,
                false,
            ),
            (
                "Sales of digital video recorders (DVRs) rose. The DVR market grew.",
                "DVR",
                Label::Org,
                false,
            ),
            (
                "The Zorvan Mining Board (ZMB) met. The ZMB said so.",
                "ZMB",
                Label::Org,
                true,
            ),
            (
                "Talks ended. Ordinary capital resources (OCR) rose. OCR loans grew.",
                "OCR",
                Label::Org,
                false,
            ),
            // A generic term in capitals whose other spelling is a name part is the term.
            ("The firm uses AI to sort mail.", "AI", Label::Org, false),
            ("The firm uses ZQB to sort mail.", "ZQB", Label::Org, true),
            // An abbreviated office that is never a name alone still titles the name after it.
            ("He met CEO Zorvan Plimk there.", "Zorvan Plimk", Label::Person, true),
            ("He met Zorvan Plimk there.", "Zorvan Plimk", Label::Person, false),
            // A leader's name part before the term of their rule; not a thing named so.
            ("He served the Dolgov administration.", "Dolgov", Label::Person, true),
            ("He tried the Dolgov diet.", "Dolgov", Label::Person, false),
            ("He met MP Co there.", "Co", Label::Person, false),
            // Model parts: a glued "+" and a generation.
            (
                "It uses a Zorbstation 8+ Gen 1 chip.",
                "Zorbstation 8+ Gen 1",
                Label::Product,
                true,
            ),
            ("He scored 8 + 2 Gen points.", "8 +", Label::Product, false),
            ("Shares of ZQB+ fell on Monday.", "ZQB", Label::Org, true),
            ("Zorbstation Q3 sales rose.", "Zorbstation Q3", Label::Product, false),
            ("The variant ZQB.1 spread.", "ZQB", Label::Org, false),
            ("The variant ZQB spread.", "ZQB", Label::Org, true),
            ("Shares of Zorvan Corp <ZQB.0> rose.", "ZQB", Label::Org, true),
            // A listed firm of several words and a country: its national company.
            (
                "He left. Shares in Moscow Times Australia rose.",
                "Moscow Times Australia",
                Label::Org,
                true,
            ),
            ("Zorbstation X3 sales rose.", "Zorbstation X3", Label::Product, true),
            (
                "Kravitz Chase & Co CEO Elon Dolgov said so.",
                "Kravitz Chase & Co",
                Label::Org,
                true,
            ),
            (
                "Kravitz Chase & Co CEO Elon Dolgov said so.",
                "Elon Dolgov",
                Label::Person,
                true,
            ),
            ("He bought a SIM card in Sim.", "SIM", Label::Location, false),
            ("He bought a SIM card in Sim.", "Sim", Label::Location, true),
            (
                "He met Kravitz Zolotov Best (KZB) there. KZB said so.",
                "KZB",
                Label::Org,
                true,
            ),
            (
                "He spoke to the mining board of Zorvan (ZMB) on Monday. The ZMB said so.",
                "ZMB",
                Label::Org,
                true,
            ),
            // A name before an amount in prose ends before it; a table's row label before
            // its figure is no name.
            (
                "Later GM agreed to pay Zentrix Ltd 1.55bn euros to leave.",
                "Zentrix Ltd",
                Label::Org,
                true,
            ),
            (
                "Results were out.\nGroup Turnover 8.36 billion francs vs 8.45 billion",
                "Group Turnover",
                Label::Org,
                false,
            ),
            // A listed name that holds a weekday is the name, not a date.
            (
                "He played for Sheffield Wednesday last season.",
                "Sheffield Wednesday",
                Label::Org,
                true,
            ),
            // A listed full name wrapped over two lines (wire copy) still gives its surname.
            (
                "Reports say that the real estate magnate Donald\nTrump has bought a large \
                 stake in the airline. Trump said it was an investment.",
                "Trump",
                Label::Person,
                true,
            ),
            // The one particle of a surname does not count towards a name's four words;
            // particles inside the name do.
            (
                "Output fell in 2003, and Luiz Inacio Lula da Silva was elected.",
                "Luiz Inacio Lula da Silva",
                Label::Person,
                true,
            ),
            (
                "Shares of Luiz Nationale des Usines Zolotov rose.",
                "Luiz Nationale des Usines Zolotov",
                Label::Person,
                false,
            ),
            (
                "Shares of Luiz Paschi del Monte di Siena rose.",
                "Luiz Paschi del Monte di Siena",
                Label::Person,
                false,
            ),
            // In a headline a given name that is no everyday word, then a rare word that no
            // list has, is a person ("Elon Musk Says …"); a listed town or an everyday given
            // name is not.
            (
                "Elon Kravitzky Says Twitter Will Not Change\n\nThe company said so on Monday.",
                "Elon Kravitzky",
                Label::Person,
                true,
            ),
            (
                "Boston Kravitzky Harriers Win Again\n\nThe club said so on Monday.",
                "Boston Kravitzky",
                Label::Person,
                false,
            ),
            (
                "Mark Kravitzky Harriers Win Again\n\nThe club said so on Monday.",
                "Mark Kravitzky",
                Label::Person,
                false,
            ),
        ];
        // Every failing case is reported, not only the first.
        let failures: Vec<String> = cases
            .iter()
            .filter(|(text, surface, label, want)| has(text, surface, *label) != *want)
            .map(|(text, surface, label, want)| {
                format!(
                    "{text:?} → {surface} {label} expected {want}: {:?}",
                    found(text)
                )
            })
            .collect();
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    #[test]
    fn title_is_kept_as_role_not_span() {
        let p = pipeline();
        let a = p.analyse(Article {
            text: "President Putin spoke.".into(),
            ..Default::default()
        });
        let m = a
            .mentions
            .iter()
            .find(|m| m.label == Label::Person)
            .expect("a person");
        assert_eq!(&a.article.text[m.start..m.end], "Putin");
        assert_eq!(m.role.as_deref(), Some("President"));
    }

    #[test]
    fn acronym_takes_label_of_definition() {
        let text = "The Central Reserve Bank (CRB) raised rates. The CRB said more.";
        let f = found(text);
        assert!(
            f.iter()
                .any(|(s, l, src)| s == "CRB" && *l == Label::Org && src == "rule:AcronymDefined"),
            "{f:?}"
        );
    }
}
