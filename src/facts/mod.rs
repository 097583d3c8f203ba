//! Facts: roles, quotes, payments, ages and interactions, read off the mentions of one article.
//!
//! Takes the text, sentences, tokens and resolved mentions of one article; gives [`Fact`]s, each
//! with its sentence, the byte span of its evidence and the rule that produced it. One file per
//! rule family:
//!
//! | file | rule | pattern | fact |
//! |---|---|---|---|
//! | `role.rs` | `RoleOfArticleFirm` | a company office opening a sentence without an organisation ("Chief executive X said"): the organisation the article names most, named in this or the sentence before | role |
//! | `role.rs` | `RolePrefix` | ORG/place/demonym ['s] [modifier] title PERSON ("Kremlin spokesman Dmitry Peskov", "Labour election chief X", "Sony marketing director X"); a capitalised adjective or portfolio before the title is the role's ("BBC Political Correspondent X", "Information Minister X"); a bare "Committee"/"Ministry" is the one named before | role |
//! | | `RoleAppositive` | PERSON, [the] title of/at ORG [and ORG]; PERSON, [a former] ORG's title ("Sundar Pichai, chief executive of Alphabet"); [the] title of ORG, PERSON; PERSON, a DESCRIPTION who became title of ORG; PERSON, the company's title / a spokeswoman for the agency (the body named before) | role |
//! | | `RoleCopula` | PERSON [(…)] is/was/took over as/served [for two years] as/was appointed [the] title of/at ORG [and a title of/at ORG] [and ORG]; PERSON is a DESCRIPTION who was/became/served as title of ORG; PERSON (co-)founded ORG; PERSON is the company's title (the company named before) | role |
//! | | `RoleSucceeded` | PERSON [, who] [has/will/is expected to] succeeded/replaced PERSON as [the] title of/at ORG (both people) | role |
//! | | `RoleJoined` | PERSON joined/worked for/served ORG as [the] title ("Jane Doe joined Barclays as chief executive") | role |
//! | | `RoleWhoHeads` | PERSON, who heads/leads/runs/chairs/founded ORG; PERSON, who is [the] title of ORG; PERSON, who works for ORG | role |
//! | | `RoleOf` | PERSON [and PERSON] [,] of [the] ORG ("Lt. Jim Bowell of the Butler Fire Department said"), not a place | role |
//! | | `RoleAt` | PERSON at [the] ORG ("analyst John Smith at Merrill Lynch"), not its premises ("at Google's offices") nor where the person was met ("a defeat to X at Wimbledon") | role |
//! | | `RoleLeft` | PERSON [will] stepped down/resigned/retired/quit as [the] title of ORG ("John Varley stepped down as chief executive of Barclays") | role |
//! | | `RoleAppointed` | ORG named/appointed/elected PERSON [as] [its] title [of ORG] ("M&S named Stuart Rose as its chief executive") | role |
//! | `age.rs` | `RoleAgeNoun` | the AGE ORG [and ORG] title ("the 49-year-old SpaceX and Tesla CEO"), about the person the article is about | role per ORG |
//! | | `AgeApposition` | PERSON, N, ("Musk, 49,") or PERSON (N) | age |
//! | | `AgeNoun` | AGE ("49-year-old", "aged 49", "died at the age of 49") next to a person, with no verb or preposition between; a definite "the 49-year-old" alone refers back to the person the article is about, when the previous subject agrees (opening a sentence) or that person is not named earlier in the sentence | age |
//! | `money.rs` | `MoneyVerb` | ORG/PERSON pay/raise/invest/acquire/fine … MONEY [to/for X]; "X costs ORG MONEY"; "X bought [a stake in] Y [from Z] for MONEY"; "X signed PERSON [from Z] for MONEY"; "X sold Y to Z for MONEY" (Z acquires); "paid a deposit of MONEY"; "round led by Y" (Y invests) | pays, costs, raises, invests, acquires, fined |
//! | | `MoneyNoun` | "a MONEY fine on X", "a penalty of MONEY on X", "X faces a MONEY fine"; "the MONEY takeover of Y by X", "X's MONEY acquisition of Y"; "X closed a MONEY Series B round"; "X agreed a fee of MONEY" | fined, acquires, raises, pays |
//! | `said.rs` | `SaidVerb`, `SaidAccording`, `SaidContinued` | "X said …", "… said X", "according to X", "X told reporters …", role speakers, quotes across sentences | said |
//! | `interaction.rs` | `Interaction` | ENTITY verb ENTITY for a curated news-verb list (role = the verb lemma) | interaction |
//! | `co_mention.rs` | — | entity pairs in one sentence (a separate table, off by default) | — |
//!
//! Object names are canonical mention names (`Mention::canonical`); an organisation name the
//! recogniser cut short ("HSBC" in "HSBC Trinkaus & Burkhardt") is extended over the capitalised
//! words around it, and a capitalised name the recogniser missed in an object slot ("chief
//! executive of Wippit") is taken as written. Boilerplate, byline and dateline sentences give no
//! facts. Every rule is a bounded scan around a token, so extraction is linear in the article.
//! Does not resolve pronouns beyond "he/she/it" for the last speaker or payer.

mod age;
pub mod co_mention;
mod interaction;
mod money;
mod role;
mod said;

pub use co_mention::{co_mentions, CoMention};

use crate::gazetteer::{Entry, FxBuildHasher, Gazetteer};
use crate::model::{Entity, Fact, Label, Mention, Sentence, Shape, Token};
use crate::recognise::lexicon::KINSHIP;
use crate::resolve::{rules::plural_key, NameForm};
use std::collections::HashMap;
use std::sync::LazyLock;

/// Which rule families a word triggers, so each family looks only at its own verbs.
#[derive(Clone, Copy, Default)]
pub(crate) struct VerbInfo {
    pub money: bool,
    pub interaction: bool,
    pub speech: bool,
    /// A naming verb ("called", "described"): see `said.rs`.
    pub naming: bool,
    /// A purchase noun ("acquisition", "takeover"): see `interaction.rs`.
    pub buy_noun: bool,
}

/// Every trigger word, lower-case, built once from the families' lists. FxHash: it is looked
/// up once per token, and SipHash was a third of the rule families' time.
/// Keyed by bytes: a token lower-cased in a byte buffer is looked up as it is.
static TRIGGERS: LazyLock<HashMap<&'static [u8], VerbInfo, FxBuildHasher>> = LazyLock::new(|| {
    let mut map: HashMap<&'static [u8], VerbInfo, FxBuildHasher> = HashMap::default();
    for (w, _) in money::MONEY_VERBS {
        map.entry(w.as_bytes()).or_default().money = true;
    }
    for (w, _) in interaction::VERBS {
        map.entry(w.as_bytes()).or_default().interaction = true;
    }
    for w in said::SPEECH_VERBS {
        map.entry(w.as_bytes()).or_default().speech = true;
    }
    for w in said::NAMING_VERBS {
        map.entry(w.as_bytes()).or_default().naming = true;
    }
    for w in interaction::BUY_NOUNS {
        map.entry(w.as_bytes()).or_default().buy_noun = true;
    }
    map
});

/// For each pair of first two bytes (low five bits: letters ignore case), bit `n` set when a
/// trigger word of `n` bytes starts with them: most tokens are rejected before they are
/// copied and hashed. Collisions only let a token through to the hash lookup.
static TRIGGER_SHAPES: LazyLock<[[u16; 32]; 32]> = LazyLock::new(|| {
    let mut shapes = [[0u16; 32]; 32];
    for w in TRIGGERS.keys() {
        match *w {
            [a, b, ..] if w.len() < 16 => {
                shapes[usize::from(a & 31)][usize::from(b & 31)] |= 1 << w.len();
            }
            // Shorter than any token looked up: never matches.
            [] | [_] => {}
            // A word the table cannot describe: let every token through.
            _ => return [[u16::MAX; 32]; 32],
        }
    }
    shapes
});

/// The trigger flags of each token: one hash lookup per short word.
fn trigger_flags(text: &str, tokens: &[Token]) -> Vec<VerbInfo> {
    let mut buf = [0u8; 12];
    let shapes = &*TRIGGER_SHAPES;
    tokens
        .iter()
        .map(|t| {
            let w = &text.as_bytes()[t.start..t.end];
            if w.len() < 3
                || w.len() > buf.len()
                || !matches!(t.shape, Shape::Lower | Shape::Capitalised | Shape::AllCaps)
            {
                return VerbInfo::default();
            }
            let (first, second) = (usize::from(w[0] & 31), usize::from(w[1] & 31));
            if shapes[first][second] & (1 << w.len()) == 0 {
                return VerbInfo::default();
            }
            let lower = &mut buf[..w.len()];
            lower.copy_from_slice(w);
            lower.make_ascii_lowercase();
            TRIGGERS.get(&*lower).copied().unwrap_or_default()
        })
        .collect()
}

/// Words that may make up a role, beyond the gazetteer's title list.
const ROLE_WORDS: &[&str] = &[
    "chief",
    "executive",
    "deputy",
    "vice",
    "former",
    "acting",
    "senior",
    "emeritus", // "professor emeritus"
    "co-founder",
    "founder",
    "managing",
    "director",
    "general",
    "head",
    "leader",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "chairman",
    "chairwoman",
    "chair",
    "president",
    "minister",
    "secretary",
    "economist",
    "analyst",
    "officer",
    "boss",
    "co-chairman",
    "editor",
    "manager",
    "partner",
    "governor",
    "mayor",
    "finance",
    "foreign",
    "prime",
    "interior",
    "defence",
    "defense",
    "trade",
    "health",
    "technology",
    "operating",
    "financial",
    "ceo",
    "cfo",
    "cto",
    "coo",
    "md",
    "mp",
    "attorney",
    "researcher",
    "professor",
    "coach",
    "captain",
    "striker",
    "owner",
    "shareholder",
    "expert",
    "member",
    "adviser",
    "advisor",
    "consultant",
    "correspondent",
    "lecturer",
    "assistant",
    "principal",
    "strategist",
    "commissioner",
    "ambassador",
    "envoy",
    "aide",
    "treasurer",
    "trustee",
    "employee",
    "official",
    "fellow",
    "publisher",
    "anchor",
    "anchorman",
    "anchorwoman",
    "staffer",
    "inspector",
    "superintendent",
    "lawyer",
    "candidate",
    "nominee",
    "representative",
    "delegate",
    "senator",
    "judge",
    "reporter",
    "engineer",
    "physician",
    "surgeon",
    // "Senate Majority Leader", "minority whip": the office, not part of the chamber's name.
    "majority",
    "minority",
    "whip",
];

/// A profession in "-ist" ("lobbyist", "physiologist", "journalist"), not a verb ("insist",
/// "resist") or a list ("checklist").
fn is_ist_noun(w: &str) -> bool {
    w.len() > 6
        && w.bytes().all(|c| c.is_ascii_lowercase() || c == b'-')
        && w.ends_with("ist")
        && !w.ends_with("sist")
        && (!w.ends_with("list") || w.ends_with("alist"))
}

/// Honorifics, kept out of role texts.
const HONORIFICS: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "Sir",
    "Dame",
    "Lord",
    "Lady",
    "Prof",
    "Professor",
    // Malaysian and South Asian honorifics ("Datuk Seri", "Tan Sri", "Shri").
    "Datuk",
    "Dato",
    "Dato'",
    "Datin",
    "Tun",
    "Seri",
    "Sri",
    "Shri",
    "Smt",
];

/// Capitalised function words that never start or make up a name in an object slot.
const FUNCTION_WORDS: &[&str] = &[
    "the",
    "a",
    "an",
    "and",
    "but",
    "or",
    "in",
    "on",
    "at",
    "for",
    "of",
    "to",
    "by",
    "with",
    "from",
    "as",
    "its",
    "his",
    "her",
    "their",
    "our",
    "this",
    "that",
    "these",
    "those",
    "it",
    "he",
    "she",
    "they",
    "we",
    "i",
    "you",
    "however",
    "meanwhile",
    "now",
    "then",
    "yesterday",
    "today",
    "also",
    "after",
    "before",
    "when",
    "while",
    "if",
    "said",
    "says",
    "new",
    "former",
    "mr",
    "mrs",
    "ms",
    "dr",
];

/// Capitalised generic nouns that are no organisation's name on their own ("Chairman of the
/// Board", "a director of the Company").
const GENERIC_ORG_WORDS: &[&str] = &[
    "Board",
    "Company",
    "Corporation",
    "Group",
    "Committee",
    "Directors",
    "Government",
    "Council",
    "Party",
    "Ministry",
    "Department",
    "Bank",
    "Trust",
    "Fund",
    "Partnership",
];

/// A list of lower-case ASCII words, looked up ignoring ASCII case as [`Ctx::is_any`] does
/// (a word with other letters never equals one of them), by one hash lookup.
pub(crate) struct WordSet {
    words: std::collections::HashSet<&'static [u8], FxBuildHasher>,
    longest: usize,
}

impl WordSet {
    fn new(list: &[&'static str]) -> WordSet {
        assert!(
            list.iter()
                .all(|w| w.len() <= 32 && !w.bytes().any(|b| b.is_ascii_uppercase())),
            "WordSet words are lower case, at most 32 bytes"
        );
        WordSet {
            words: list.iter().map(|w| w.as_bytes()).collect(),
            longest: list.iter().map(|w| w.len()).max().unwrap_or(0),
        }
    }

    pub fn contains_ignore_ascii_case(&self, w: &str) -> bool {
        if w.is_empty() || w.len() > self.longest {
            return false;
        }
        let mut buf = [0u8; 32];
        let lower = &mut buf[..w.len()];
        lower.copy_from_slice(w.as_bytes());
        lower.make_ascii_lowercase();
        self.words.contains(&*lower)
    }
}

static ROLE_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(ROLE_WORDS));
static FUNCTION_SET: LazyLock<WordSet> = LazyLock::new(|| WordSet::new(FUNCTION_WORDS));

/// Nouns that refer back to an organisation named before ("the company's chief executive",
/// "a spokeswoman for the agency"): `true` when the organisation's name has the word ("the
/// ministry" → "Foreign Ministry"), `false` for "company" and "firm", which any company is.
/// Not "party": parties go by names without it ("the party's treasurer" after "the Tories").
const ANAPHOR_NOUNS: &[(&str, bool)] = &[
    ("company", false),
    ("firm", false),
    ("agency", true),
    ("ministry", true),
    ("department", true),
    ("bank", true),
    ("university", true),
    ("union", true),
    ("council", true),
    ("committee", true),
    ("commission", true),
    ("institute", true),
    ("authority", true),
    ("group", true),
    ("corporation", true),
    ("association", true),
    ("foundation", true),
];

/// Words of a public body's name: no company ("the company" does not refer back to them).
const PUBLIC_BODY_WORDS: &[&str] = &[
    "Ministry",
    "Department",
    "Agency",
    "Commission",
    "Committee",
    "Council",
    "Party",
    "Government",
    "Court",
    "Senate",
    "Congress",
    "Parliament",
    "Union",
    "University",
    "Police",
    "Army",
    "Reserve",
    "Authority",
    "Office",
];

/// Shared view of one article for the rules.
pub(crate) struct Ctx<'a> {
    pub text: &'a str,
    pub tokens: &'a [Token],
    pub mentions: &'a [Mention],
    pub gaz: Option<&'a Gazetteer>,
    /// For each token, the index of the mention covering it.
    pub mention_at: Vec<Option<usize>>,
    /// For each token, the rule families it triggers.
    pub verbs: Vec<VerbInfo>,
}

/// Has the organisation's canonical name the word `w` (or a short inflection of it:
/// "Ministries")?
fn has_word(m: &Mention, w: &str) -> bool {
    m.canonical.split_whitespace().any(|x| {
        x.get(..w.len()).is_some_and(|p| p.eq_ignore_ascii_case(w)) && x.len() <= w.len() + 2
    })
}

/// A fact's subject or object: canonical name, entity id, and where it starts and ends (bytes).
#[derive(Clone, Debug)]
pub(crate) struct Ent {
    pub name: String,
    pub id: Option<String>,
    pub start: usize,
    pub end: usize,
}

impl Ent {
    fn of(m: &Mention) -> Ent {
        Ent {
            name: m.canonical.clone(),
            id: entity_id(m),
            start: m.start,
            end: m.end,
        }
    }
}

impl<'a> Ctx<'a> {
    pub fn tok(&self, i: usize) -> &'a str {
        &self.text[self.tokens[i].start..self.tokens[i].end]
    }

    /// Token `i` equals `w`, ASCII case folded (no allocation). No token past the text's last
    /// equals anything: rules look one token ahead, and a text may end mid-sentence.
    pub fn is(&self, i: usize, w: &str) -> bool {
        i < self.tokens.len() && self.tok(i).eq_ignore_ascii_case(w)
    }

    /// Token `i` is one of `words` (see [`Ctx::is`]).
    pub fn is_any(&self, i: usize, words: &[&str]) -> bool {
        i < self.tokens.len() && {
            let t = self.tok(i);
            words.iter().any(|w| t.eq_ignore_ascii_case(w))
        }
    }

    pub fn is_possessive(&self, i: usize) -> bool {
        matches!(self.tok(i), "'s" | "’s" | "'" | "’")
    }

    pub fn is_honorific(&self, i: usize) -> bool {
        let w = self.tok(i).trim_end_matches('.');
        HONORIFICS.contains(&w)
            // The first word of "Tan Sri", "Puan Sri", "Toh Puan".
            || matches!(w, "Tan" | "Puan" | "Toh")
                && i + 1 < self.tokens.len()
                && matches!(self.tok(i + 1), "Sri" | "Puan")
    }

    /// Where the honorifics ending before token `end` start, each with the full stop that the
    /// tokens split from it ("Dr." of "Dr. Russell Strong"); not before `a`.
    pub fn honorifics_start(&self, a: usize, mut end: usize) -> usize {
        loop {
            if end > a && self.is_honorific(end - 1) {
                end -= 1;
            } else if end > a + 1 && self.tok(end - 1) == "." && self.is_honorific(end - 2) {
                end -= 2;
            } else {
                return end;
            }
        }
    }

    /// Where the honorifics starting at token `k` end (their full stops too); not past `b`.
    pub fn honorifics_end(&self, mut k: usize, b: usize) -> usize {
        while k < b && self.is_honorific(k) {
            k += 1;
            if k < b && self.tok(k) == "." && self.tokens[k - 1].end == self.tokens[k].start {
                k += 1;
            }
        }
        k
    }

    pub fn is_generic_org_word(&self, i: usize) -> bool {
        self.mention_at.get(i) == Some(&None) && GENERIC_ORG_WORDS.contains(&self.tok(i))
    }

    /// Token `i`, lower-cased, is a SCOWL word at or below `level` (10 is the most common).
    pub fn is_common_word(&self, i: usize, level: u8) -> bool {
        let lower = self.tok(i).to_lowercase();
        self.gaz
            .and_then(|g| g.common_level(&lower))
            .is_some_and(|l| l <= level)
    }

    pub fn is_function_word(&self, i: usize) -> bool {
        FUNCTION_SET.contains_ignore_ascii_case(self.tok(i))
    }

    pub fn is_cap(&self, i: usize) -> bool {
        matches!(
            self.tokens[i].shape,
            Shape::Capitalised | Shape::AllCaps | Shape::Mixed
        )
    }

    /// Where the role words that end before token `end` start: at most `max` of them, none in a
    /// mention, none before `a`; "and" may join two ("chairman and chief executive").
    pub fn role_words_start(&self, a: usize, end: usize, max: usize) -> usize {
        let joined =
            |k: usize| k >= a + 2 && k < end && self.is(k - 1, "and") && self.is_role_word(k - 2);
        let mut k = end;
        while k > a
            && k + max > end
            && (self.is_role_word(k - 1) || joined(k))
            && self.mention_at[k - 1].is_none()
        {
            k -= 1;
        }
        k
    }

    pub fn is_role_word(&self, i: usize) -> bool {
        self.is_role_text(self.tok(i)) || self.is_dotted_title(i)
    }

    /// An abbreviated title the tokens split from its full stop ("Gov." of "California Gov.
    /// Gavin Newsom", "Sen.", "Rep."): the lists have it with the stop.
    fn is_dotted_title(&self, i: usize) -> bool {
        i + 1 < self.tokens.len()
            && self.tok(i + 1) == "."
            && self.tokens[i].end == self.tokens[i + 1].start
            && self.is_cap(i)
            // A word, not a run of initials ("F.O. Licht").
            && self.tok(i).bytes().all(|b| b.is_ascii_alphabetic())
            && self.tok(i).len() >= 2
            && self.is_role_text(self.span(i, i + 1))
    }

    /// [`Ctx::is_role_word`] of a word.
    pub fn is_role_text(&self, w: &str) -> bool {
        // A title won at an event is no position at an organisation ("French Open champion");
        // GATE's title list has "champion" as a corporate title.
        if w.eq_ignore_ascii_case("champion") {
            return false;
        }
        ROLE_SET.contains_ignore_ascii_case(w)
            || is_ist_noun(w)
            || self
                .gaz
                .and_then(|g| g.title(w))
                .is_some_and(|e| {
                    e.subtype != "other"
                        && e.source != "nameparser"
                        // An abbreviation listed in capitals is one only in capitals: "AM"
                        // (Assembly Member), not the "am" of "Welt am Sonntag".
                        && (w.len() > 4 || e.name.chars().any(char::is_lowercase) || !w.chars().any(char::is_lowercase))
                })
    }

    /// "Acme Corp said it …": when token `i` is that "it", the token the speaker's name ends
    /// at (the company that said so), not before `a`.
    pub fn said_it_speaker_end(&self, a: usize, i: usize) -> Option<usize> {
        (i >= a + 2 && self.is(i, "it") && self.is_any(i - 1, &["said", "says"])).then(|| i - 2)
    }

    /// A plural of a role word ("officials", "ministers"): a group, not one person's role.
    pub fn is_plural_role(&self, i: usize) -> bool {
        let w = self.tok(i);
        w.len() > 3
            && w.ends_with('s')
            && !w.ends_with("ss")
            && self.is_role_text(&w[..w.len() - 1])
    }

    /// A mention covering token `i` that is only a mis-recognised title ("Director [General]",
    /// "[Group Economist] at Halifax"): its last token is a role word.
    pub fn is_title_mention(&self, i: usize) -> Option<&'a Mention> {
        let m = &self.mentions[(*self.mention_at.get(i)?)?];
        if !matches!(m.label, Label::Person | Label::Org) {
            return None;
        }
        let last = self.last_token_of(m);
        self.is_role_word(last).then_some(m)
    }

    /// The mention ending exactly at token `i` (inclusive).
    pub fn mention_ending_at(&self, i: usize) -> Option<&'a Mention> {
        let m = &self.mentions[(*self.mention_at.get(i)?)?];
        (m.end == self.tokens[i].end).then_some(m)
    }

    /// The mention ending at token `s - 1` or, for a name with a trailer ("Smith, 55,", "Smith
    /// (R-Texas)"), the mention just before that trailer.
    pub fn mentions_ending_before(&self, s: usize) -> Option<&'a Mention> {
        let i = s.checked_sub(1)?;
        if let Some(m) = self.mention_ending_at(i) {
            return Some(m);
        }
        let at = self.tokens[i].end;
        let m = self.mentions[..self.mentions.partition_point(|m| m.end <= at)].last()?;
        // Within a few tokens: a trailer, not a clause.
        let gap = i.saturating_sub(self.last_token_of(m));
        (gap <= 6).then_some(m)
    }

    /// The mention starting at token `i`; `None` past the last token.
    pub fn mention_starting_at(&self, i: usize) -> Option<&'a Mention> {
        let m = &self.mentions[(*self.mention_at.get(i)?)?];
        (m.start == self.tokens[i].start).then_some(m)
    }

    pub fn first_token_of(&self, m: &Mention) -> usize {
        self.tokens.partition_point(|t| t.start < m.start)
    }

    pub fn last_token_of(&self, m: &Mention) -> usize {
        self.tokens
            .partition_point(|t| t.end <= m.end)
            .saturating_sub(1)
    }

    /// Text of tokens `i..=j`.
    pub fn span(&self, i: usize, j: usize) -> &'a str {
        &self.text[self.tokens[i].start..self.tokens[j].end]
    }

    /// A capitalised word that may be part of a name nobody recognised: not a mention, not a
    /// function word, not a role word.
    fn is_bare_name_word(&self, i: usize) -> bool {
        self.mention_at.get(i) == Some(&None)
            && self.is_cap(i)
            && !self.is_function_word(i)
            && !self.is_role_word(i)
            && !self.is_honorific(i)
    }

    /// Token `k`, or the capital "The" before it when that opens a name's mention: callers
    /// step over "the" in any case ("a reporter for The Associated Press").
    pub fn name_start(&self, k: usize) -> usize {
        let opens = |i: usize| self.mention_starting_at(i).is_some();
        if k > 0 && k < self.tokens.len() && !opens(k) && self.tok(k - 1) == "The" && opens(k - 1) {
            k - 1
        } else {
            k
        }
    }

    /// An organisation or place starting at token `k` (before `b`): a mention, extended over
    /// the capitalised words after it ("HSBC Trinkaus & Burkhardt"), or a run of capitalised
    /// words nobody recognised ("Wippit", "ABN Amro"). Returns it and the token after it.
    pub fn org_at(&self, k: usize, b: usize) -> Option<(Ent, usize)> {
        if k >= b {
            return None;
        }
        let k = self.name_start(k);
        // "Amsterdam-based OneStat", "Rhode Island-based Fleet": the compound describes the
        // organisation after it.
        if let Some(c) = (k..b.min(k + 4))
            .take_while(|&i| self.mention_at[i].is_none() && self.is_cap(i))
            .find(|&i| crate::recognise::rules::is_describing_compound(self.tok(i)))
        {
            return self.org_at(c + 1, b);
        }
        let (start_tok, mut next, mention) = match self.mention_starting_at(k) {
            Some(m) if matches!(m.label, Label::Org | Label::Location | Label::App) => {
                (k, self.last_token_of(m) + 1, Some(m))
            }
            Some(_) => return None,
            None if self.is_bare_name_word(k) => (k, k + 1, None),
            None => return None,
        };
        // "the U.S. Joint Chiefs of Staff": a place naming whose body it is; the body is the
        // organisation.
        if let Some(body) = mention
            .filter(|m| m.label == Label::Location)
            .and_then(|_| self.mention_starting_at(next))
            .filter(|m| m.label == Label::Org && next < b)
        {
            return Some((Ent::of(body), self.last_token_of(body) + 1));
        }
        // "Samsung India", "WhatsApp India": a company's national arm.
        let arm = mention
            .filter(|m| matches!(m.label, Label::Org | Label::App))
            .and_then(|_| self.national_arm_after(next, b));
        if let Some(after) = arm {
            next = after;
        }
        let first_end = next;
        // Extend: capitalised words, "&", and "and"/"of" between capitalised words; a name
        // nobody recognised may end in an organisation mention ("Royal Canadian [Air Force]").
        while next < b && next < start_tok + 8 {
            if self.is_bare_name_word(next) {
                next += 1;
            } else if let Some(m) = self
                .mention_starting_at(next)
                .filter(|m| mention.is_none() && m.label == Label::Org)
            {
                next = self.last_token_of(m) + 1;
                break;
            } else if next + 1 < b
                && (self.tok(next) == "&" || self.is_any(next, &["and", "of", "for"]))
                && self.is_bare_name_word(next + 1)
                && (self.tok(next) == "&" || next > first_end || mention.is_none())
            {
                next += 2;
            } else {
                break;
            }
        }
        // Nobody recognised it, and it is one of the most everyday words ("founder of Gaming",
        // "the first CEO of the Building", "BBC World"; rarer words are firms' short names as
        // often as not: "Unison", "Delta", "United") or only generic org words ("Chairman of
        // the Board of Directors"): no organisation is named.
        if mention.is_none()
            && (next == start_tok + 1 && self.is_common_word(start_tok, 10)
                || (start_tok..next).all(|i| {
                    GENERIC_ORG_WORDS.contains(&self.tok(i)) || self.is_any(i, &["of", "and"])
                }))
        {
            return None;
        }
        let ent = match mention {
            Some(m) if next == first_end && arm.is_none() => Ent::of(m),
            _ => Ent {
                name: self.span(start_tok, next - 1).to_string(),
                id: None,
                start: self.tokens[start_tok].start,
                end: self.tokens[next - 1].end,
            },
        };
        Some((ent, next))
    }

    /// The organisation "the company", "the agency" at token `k` (the noun, after "the") refers
    /// back to: for a kind of body ("agency", "ministry", "bank") the latest organisation
    /// named before whose name has that word ("the agency" → "Environmental Protection
    /// Agency"); for "company"/"firm" the latest organisation named in this or the two
    /// sentences before, when it is no public body. `None` when "the" is missing, a name
    /// follows the noun ("the company Acme"), or nothing fits.
    pub fn anaphoric_org(&self, si: usize, k: usize, b: usize) -> Option<Ent> {
        if k == 0 || k >= b || !self.is(k - 1, "the") || self.mention_at[k].is_some() {
            return None;
        }
        if k + 1 < b && self.is_cap(k + 1) && !self.is_possessive(k + 1) {
            return None;
        }
        let noun = ANAPHOR_NOUNS.iter().find(|(w, _)| self.tok(k) == *w)?;
        let m = match *noun {
            (w, true) => self.orgs_before(k).find(|m| has_word(m, w))?,
            (_, false) => {
                let m = self.orgs_before(k).next()?;
                // Too far back, or the latest body is no company.
                if m.sentence + 2 < si || PUBLIC_BODY_WORDS.iter().any(|w| has_word(m, w)) {
                    return None;
                }
                m
            }
        };
        Some(Ent::of(m))
    }

    /// The organisation a capitalised kind of body at token `k` stands for without "the"
    /// ("Committee Chairman X", "Ministry spokesman X" after "the Ways and Means Committee",
    /// "the Foreign Ministry"): the latest organisation named before whose name has that
    /// word. `None` when the word is no kind of body ("company" and "firm" name none alone)
    /// or nothing fits.
    pub fn body_noun_org(&self, k: usize) -> Option<Ent> {
        let noun = self.body_noun(k)?;
        self.orgs_before(k).find(|m| has_word(m, noun)).map(Ent::of)
    }

    /// The kind of body token `k` names ("Committee" → "committee"), if it is one.
    pub fn body_noun(&self, k: usize) -> Option<&'static str> {
        let w = self.tok(k);
        ANAPHOR_NOUNS
            .iter()
            .find(|(n, named)| *named && n.eq_ignore_ascii_case(w))
            .map(|(n, _)| *n)
    }

    /// The latest organisation named before token `k` whose name opens with the word at `k`:
    /// the firm a short form stands for ("Coastal" after "Coastal Corp", "Anheuser" after
    /// "Anheuser-Busch Cos Inc").
    pub fn org_opened_by(&self, k: usize) -> Option<&'a Mention> {
        let w = self.tok(k);
        self.orgs_before(k).find(|m| {
            self.text[m.start..m.end]
                .strip_prefix(w)
                .is_some_and(|rest| rest.starts_with(|c: char| c.is_whitespace() || c == '-'))
        })
    }

    /// The article's organisations named before token `k`, latest first.
    fn orgs_before(&self, k: usize) -> impl Iterator<Item = &'a Mention> + '_ {
        let at = self.tokens[k].start;
        let here = self.mentions.partition_point(|m| m.start < at);
        self.mentions[..here]
            .iter()
            .rev()
            .filter(|m| m.label == Label::Org && m.zone.is_content())
    }

    /// The token after a one-word country mention starting at `k` that directly follows a
    /// company name ("Samsung [India]"), if there is one before `b`.
    fn national_arm_after(&self, k: usize, b: usize) -> Option<usize> {
        if k >= b {
            return None; // the company ends the sentence
        }
        let m = self
            .mention_starting_at(k)
            .filter(|m| m.label == Label::Location)?;
        let last = self.last_token_of(m);
        let adjacent = k > 0 && self.tokens[k - 1].end + 1 == self.tokens[k].start;
        (last == k && last < b && adjacent && self.is_cap(k)).then_some(k + 1)
    }

    /// The demonym ending at token `o` (starting at or after `a`), and its first token: two
    /// words before one, since "North Korean" is not the "Korean" of South Korea.
    fn demonym_ending_at(&self, a: usize, o: usize) -> Option<(&'a Entry, usize)> {
        let gaz = self.gaz?;
        let two = (o > a && self.tokens[o - 1].end + 1 == self.tokens[o].start)
            .then(|| gaz.demonym(self.span(o - 1, o)))
            .flatten();
        match two {
            Some(e) => Some((e, o - 1)),
            None => gaz.demonym(self.tok(o)).map(|e| (e, o)),
        }
    }

    /// An organisation or place ending at token `o` (at or after `a`), the mirror of [`Ctx::org_at`]:
    /// a mention (extended back over "Marsh &"), a demonym ("Russian" → Russia) or capitalised
    /// words nobody recognised ("Fifa", "Liberal Democrat").
    pub fn org_ending_at(&self, a: usize, o: usize) -> Option<(Ent, usize)> {
        // "WhatsApp India head X": the company's national arm, not the country.
        if let Some(m) = self
            .mention_ending_at(o)
            .filter(|m| m.label == Label::Location)
        {
            let first = self.first_token_of(m);
            if first > a && self.national_arm_after(first, o + 1) == Some(o + 1) {
                if let Some(company) = self
                    .mention_ending_at(first - 1)
                    .filter(|c| matches!(c.label, Label::Org | Label::App))
                {
                    let c_first = self.first_token_of(company);
                    if c_first >= a {
                        return Some((
                            Ent {
                                name: self.text[company.start..m.end].to_string(),
                                id: None,
                                start: company.start,
                                end: m.end,
                            },
                            c_first,
                        ));
                    }
                }
            }
        }
        if let Some(m) = self.mention_ending_at(o) {
            if !matches!(m.label, Label::Org | Label::Location | Label::App) {
                return None;
            }
            let first = self.first_token_of(m);
            if first >= a + 2 && self.tok(first - 1) == "&" && self.is_bare_name_word(first - 2) {
                return Some((
                    Ent {
                        name: self.span(first - 2, o).to_string(),
                        id: None,
                        start: self.tokens[first - 2].start,
                        end: m.end,
                    },
                    first - 2,
                ));
            }
            return Some((Ent::of(m), first));
        }
        if self.mention_at[o].is_some() {
            return None;
        }
        if let Some((country, first)) = self.demonym_ending_at(a, o) {
            // A nationality or region names the body ("Russian President" → Russia); a faith
            // or a people does not ("Muslim cleric").
            if matches!(&*country.subtype, "religion" | "ethnic") {
                return None;
            }
            return Some((
                Ent {
                    name: country.canonical.to_string(),
                    id: (!country.id.is_empty()).then(|| country.id.to_string()),
                    start: self.tokens[first].start,
                    end: self.tokens[o].end,
                },
                first,
            ));
        }
        let mut j = o + 1;
        while j > a && j + 4 > o + 1 && self.is_bare_name_word(j - 1) {
            j -= 1;
        }
        if j == o + 1 {
            return None;
        }
        // The bare words continue a name found just before them: "Black Sea Fleet" (only
        // "Black Sea" is listed) is one organisation, not "Fleet".
        if let Some(m) = (j > a)
            .then(|| self.mention_ending_at(j - 1))
            .flatten()
            .filter(|m| matches!(m.label, Label::Org | Label::Location))
        {
            let first = self.first_token_of(m);
            if first >= a {
                j = first;
            }
        }
        // A lone sentence-initial common word is no name ("Yesterday chief executive ...").
        if j == a && j == o && self.is_common_word(o, 30) {
            return None;
        }
        Some((
            Ent {
                name: self.span(j, o).to_string(),
                id: None,
                start: self.tokens[j].start,
                end: self.tokens[o].end,
            },
            j,
        ))
    }
}

/// The entity id of a mention: its gazetteer id, else `label:canonical name`.
pub(crate) fn entity_id(m: &Mention) -> Option<String> {
    m.id.clone().or_else(|| {
        Some(format!(
            "{}:{}",
            m.label.as_str().to_lowercase(),
            m.canonical.to_lowercase()
        ))
    })
}

/// A fact with the common fields filled; the rules set role, value, currency and confidence.
pub(crate) fn fact(
    s: usize,
    subject: &Ent,
    predicate: &'static str,
    object: String,
    rule: &'static str,
    evidence: (usize, usize),
) -> Fact {
    Fact {
        sentence: s,
        subject: subject.name.clone(),
        subject_id: subject.id.clone(),
        predicate,
        // One line in the table: wire copy breaks lines inside names and quotes.
        object: match crate::model::single_spaced(&object) {
            std::borrow::Cow::Borrowed(_) => object,
            std::borrow::Cow::Owned(o) => o,
        },
        object_id: None,
        role: None,
        value: None,
        currency: None,
        evidence_start: evidence.0,
        evidence_end: evidence.1,
        rule,
        confidence: 0.8,
    }
}

/// What earlier sentences said about who the article is about (for definite descriptions and
/// pronouns).
#[derive(Default)]
pub(crate) struct Discourse<'a> {
    /// People named in earlier sentences, with how often (latest last among equals).
    people: Vec<(&'a Mention, usize)>,
    /// Organisations named in earlier sentences, with how often.
    orgs: Vec<(&'a Mention, usize)>,
    /// The subject of the last money fact and its sentence.
    pub last_payer: Option<(Ent, usize)>,
    /// The first person named outside quotes in the latest sentence that names one: the
    /// subject a sentence-opening "The 31-year-old" continues.
    pub last_subject: Option<&'a Mention>,
    /// The organisation that opened the latest sentence opening with one ("Nissan said …",
    /// "The Fed raised …"), and that sentence: whom a "the firm" just after means.
    pub last_org_subject: Option<(&'a Mention, usize)>,
    /// The sentence of `last_subject` names someone else after it, outside quotes ("Bolton
    /// boss Sam Allardyce has signed Vincent Candela").
    pub last_subject_has_company: bool,
}

impl<'a> Discourse<'a> {
    /// The person named most often so far (ties: the latest).
    pub fn salient_person(&self) -> Option<&'a Mention> {
        self.people.iter().max_by_key(|(_, n)| *n).map(|(m, _)| *m)
    }

    /// No person has been named more often than `m` so far.
    pub fn is_most_named(&self, m: &Mention) -> bool {
        let count = |c: &str| {
            self.people
                .iter()
                .find(|(p, _)| p.canonical == c)
                .map_or(0, |(_, n)| *n)
        };
        let most = self.people.iter().map(|(_, n)| *n).max().unwrap_or(0);
        most > 0 && count(&m.canonical) == most
    }

    pub fn salient_org(&self) -> Option<&'a Mention> {
        self.orgs.iter().max_by_key(|(_, n)| *n).map(|(m, _)| *m)
    }

    /// The organisation named most so far (its latest mention), when it was named at least
    /// `min` times and no other as often.
    pub fn salient_org_named(&self, min: usize) -> Option<&'a Mention> {
        let (m, n) = self.orgs.iter().max_by_key(|(_, n)| *n)?;
        let tie = self.orgs.iter().filter(|(_, k)| k == n).count() > 1;
        (*n >= min && !tie).then_some(*m)
    }

    fn note(list: &mut Vec<(&'a Mention, usize)>, m: &'a Mention) {
        let n = match list.iter().position(|(p, _)| p.canonical == m.canonical) {
            Some(pos) => list.remove(pos).1 + 1,
            None => 1,
        };
        // Latest wins ties: the entry goes to the end so max_by_key (last max) picks it.
        list.push((m, n));
    }
}

/// All facts of one article, in text order.
pub fn extract(
    text: &str,
    sentences: &[Sentence],
    tokens: &[Token],
    mentions: &[Mention],
    gaz: Option<&Gazetteer>,
) -> Vec<Fact> {
    let mut mention_at = vec![None; tokens.len()];
    for (mi, m) in mentions.iter().enumerate() {
        // A name inside a token ("Pune" of "Pune-based", recognise::compounds) is no token's
        // mention: the compound describes the name after it.
        let after = tokens.partition_point(|t| t.end <= m.end);
        if tokens.get(after).is_some_and(|t| t.start < m.end) {
            continue;
        }
        let mut t = tokens.partition_point(|t| t.start < m.start);
        while t < tokens.len() && tokens[t].end <= m.end {
            mention_at[t] = Some(mi);
            t += 1;
        }
    }
    let ctx = Ctx {
        text,
        tokens,
        mentions,
        gaz,
        mention_at,
        verbs: trigger_flags(text, tokens),
    };
    let mut out = Vec::new();
    let mut disc = Discourse::default();
    let mut ranges = Vec::with_capacity(sentences.len());
    let mut t0 = 0;
    let mut m0 = 0;
    for (si, s) in sentences.iter().enumerate() {
        let a = t0 + tokens[t0..].partition_point(|t| t.start < s.start);
        let b = a + tokens[a..].partition_point(|t| t.end <= s.end);
        t0 = b;
        ranges.push((a, b));
        let ma = m0 + mentions[m0..].partition_point(|m| m.start < s.start);
        let mb = ma + mentions[ma..].partition_point(|m| m.end <= s.end);
        m0 = mb;
        if !s.zone.is_content() {
            continue;
        }
        sentence_facts(&ctx, si, a, b, &disc, &mut out);
        money::extract(&ctx, si, a, b, &mut disc, &mut out);
        interaction::extract(&ctx, si, a, b, &mut out);
        for m in &mentions[ma..mb] {
            match m.label {
                Label::Person => Discourse::note(&mut disc.people, m),
                Label::Org => Discourse::note(&mut disc.orgs, m),
                _ => {}
            }
        }
        let opener = a + usize::from(a < b && ctx.tok(a).eq_ignore_ascii_case("the"));
        if let Some(m) = ctx
            .mention_starting_at(opener)
            .filter(|m| m.label == Label::Org)
        {
            // "Texas Air Corp's Continental Airlines said": the owned firm is the subject.
            let after = ctx.last_token_of(m) + 1;
            let owned = (after + 1 < b && ctx.is_possessive(after))
                .then(|| ctx.mention_starting_at(after + 1))
                .flatten()
                .filter(|o| o.label == Label::Org);
            disc.last_org_subject = Some((owned.unwrap_or(m), si));
        }
        let mut people = mentions[ma..mb]
            .iter()
            .filter(|m| m.label == Label::Person && !quoted(&text[s.start..m.start]));
        if let Some(p) = people.next() {
            disc.last_subject = Some(p);
            disc.last_subject_has_company = people.any(|m| m.canonical != p.canonical);
        }
    }
    // "Higgins' sister, Mary Fisher": kin, not a post (the lists have "sister" as a nun's
    // title).
    out.retain(|f| {
        f.predicate != "role"
            || !f
                .role
                .as_deref()
                .is_some_and(|r| r.rsplit(' ').next().is_some_and(|w| KINSHIP.contains(&w)))
    });
    fullest_names(mentions, &mut out);
    // Quotes last: a speaker given by role resolves through the article's role facts.
    said::extract(&ctx, sentences, &ranges, &mut out);
    // "Democratic Senator X" with no party named in the article: an adjective is neither an
    // organisation nor a place (GUIDELINE.md), so the role has no object to report (it did
    // serve above: "the senator said" is X).
    out.retain(|f| {
        f.predicate != "role"
            || !role::is_party_adjective(&f.object)
            || mentions.iter().any(|m| m.canonical == f.object)
    });
    out.sort_by_key(|f| (f.sentence, f.evidence_start, f.evidence_end));
    out
}

/// A position after `before` (its sentence up to there) is inside a quotation: an odd number
/// of quote marks opens it.
fn quoted(before: &str) -> bool {
    before
        .chars()
        .filter(|c| matches!(c, '"' | '“' | '”'))
        .count()
        % 2
        == 1
}

/// Last words that make a longer name of the same organisation ("Cranfield" → "Cranfield
/// University").
const ORG_HEAD_WORDS: &[&str] = &[
    "University",
    "Party",
    "College",
    "Group",
    "Corporation",
    "Corp",
    "Bank",
    "Council",
    "Committee",
    "Company",
    "Institute",
    "Foundation",
    "Association",
    "Airlines",
    "Holdings",
    "Inc",
    "Ltd",
    "plc",
    "Limited",
    "Agency",
    "Authority",
    "Commission",
    "Union",
];

/// `short` is an acronym of `long` ("UKIP" of "UK Independence Party"): every word gives the
/// next one or more letters, in order, and every letter is used.
fn is_acronym(short: &str, long: &str) -> bool {
    fn go(letters: &[u8], words: &[&[u8]]) -> bool {
        match (letters.is_empty(), words.split_first()) {
            (true, None) => true,
            (_, None) | (true, Some(_)) => false,
            (false, Some((w, rest))) => (1..=w.len().min(letters.len()))
                .take_while(|&n| w[..n].eq_ignore_ascii_case(&letters[..n]))
                .any(|n| go(&letters[n..], rest)),
        }
    }
    if short.len() < 2 || short.len() > 8 || !short.bytes().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let words: Vec<&[u8]> = long
        .split_whitespace()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .map(str::as_bytes)
        .collect();
    words.len() >= 2 && go(short.as_bytes(), &words)
}

/// GUIDELINE.md writes facts with the fullest name the article gives an organisation: an
/// object or organisation subject that is an acronym or a short form of a longer ORG/LOCATION
/// name in the article takes that name ("UKIP" → "UK Independence Party").
fn fullest_names(mentions: &[Mention], out: &mut [Fact]) {
    if out.is_empty() {
        return;
    }
    let mut long: Vec<&Mention> = Vec::new();
    for m in mentions {
        if matches!(m.label, Label::Org | Label::Location)
            && m.zone.is_content()
            && !long.iter().any(|l| l.canonical == m.canonical)
        {
            long.push(m);
        }
    }
    // A party by its member's word: "Conservative leader" → the Conservatives, "Tory" →
    // Tories (the resolver's `PluralVariant` key).
    // (folded name, its plural key): names that differ only by a plural ending.
    let keys = |s: &str| {
        let form = NameForm::new(s, Label::Org, None);
        (form.key().to_string(), plural_key(&form).into_owned())
    };
    let fuller = |short: &str| -> Option<&Mention> {
        let (short_key, short_plural) = keys(short);
        let plural_variant = |l: &Mention| {
            let (key, plural) = keys(&l.canonical);
            l.label == Label::Org && key != short_key && plural == short_plural
        };
        long.iter()
            .copied()
            .filter(|l| {
                let c = l.canonical.as_str();
                (c.contains(' ') && is_acronym(short, c))
                    || c.strip_prefix(short)
                        .and_then(|rest| rest.strip_prefix(' '))
                        .is_some_and(|rest| ORG_HEAD_WORDS.contains(&rest))
                    || plural_variant(l)
            })
            .max_by_key(|l| l.canonical.len())
    };
    for f in out.iter_mut() {
        if matches!(f.predicate, "role" | "interaction") {
            if let Some(l) = fuller(&f.object) {
                f.object = l.canonical.clone();
                f.object_id = entity_id(l);
            }
        }
        if f.subject_id
            .as_deref()
            .is_some_and(|id| id.starts_with("org:"))
        {
            if let Some(l) = fuller(&f.subject) {
                f.subject = l.canonical.clone();
                f.subject_id = entity_id(l);
            }
        }
    }
}

/// Roles and ages anchored on the people and ages of one sentence.
fn sentence_facts(ctx: &Ctx, si: usize, a: usize, b: usize, disc: &Discourse, out: &mut Vec<Fact>) {
    let mut i = a;
    while i < b {
        let Some(mi) = ctx.mention_at[i] else {
            i += 1;
            continue;
        };
        let m = &ctx.mentions[mi];
        let first = ctx.first_token_of(m);
        let last = ctx.last_token_of(m).max(first);
        if first != i {
            i += 1;
            continue;
        }
        match m.label {
            Label::Person => {
                let before = out.len();
                role::prefix(ctx, si, a, first, m, out);
                if out.len() == before {
                    role::of_article_firm(ctx, si, a, first, m, disc, out);
                }
                role::appositive(ctx, si, last, b, m, out);
                role::copula(ctx, si, last, b, m, out);
                role::succeeded(ctx, si, (a, first, last), b, m, out);
                role::of_org(ctx, si, last, b, m, out);
                role::role_of_org_before(ctx, si, a, first, m, out);
                role::appointed(ctx, si, a, (first, last), b, m, out);
                age::apposition(ctx, si, last, b, m, out);
            }
            Label::Age => age::noun(ctx, si, a, last, b, m, disc, out),
            _ => {}
        }
        i = last + 1;
    }
}

/// Gives the facts the resolver's entity ids ([`crate::resolve`]), so that relations.csv joins
/// mentions.csv on `entity_id`: the rules see mentions only and name them by [`entity_id`].
pub fn use_entity_ids(facts: &mut [Fact], mentions: &[Mention], entities: &[Entity]) {
    if facts.is_empty() {
        return; // most articles: no map to build
    }
    // The distinct ids the facts name (few), each looked up once: the last mention with that
    // id and an entity gives it. Building every mention's id would cost more than scanning.
    let mut ids: Vec<(String, Option<&Entity>)> = Vec::new();
    for f in facts.iter() {
        for id in [&f.subject_id, &f.object_id].into_iter().flatten() {
            if !ids.iter().any(|(x, _)| x == id) {
                ids.push((id.clone(), None));
            }
        }
    }
    if ids.len().saturating_mul(mentions.len()) > 1 << 20 {
        // A huge article: one map of every mention's id instead.
        let resolved: HashMap<String, &Entity, FxBuildHasher> = mentions
            .iter()
            .filter_map(|m| Some((entity_id(m)?, entities.get(m.entity?)?)))
            .collect();
        for (id, e) in ids.iter_mut() {
            *e = resolved.get(id.as_str()).copied();
        }
    } else {
        for (id, e) in ids.iter_mut() {
            *e = mentions.iter().rev().find_map(|m| {
                let e = entities.get(m.entity?)?;
                has_entity_id(m, id).then_some(e)
            });
        }
    }
    for f in facts {
        let sides = [
            (&mut f.subject_id, &mut f.subject),
            (&mut f.object_id, &mut f.object),
        ];
        for (id, name) in sides {
            let found = id
                .as_deref()
                .and_then(|id| ids.iter().find(|(x, _)| x == id))
                .and_then(|(_, e)| *e);
            if let Some(e) = found {
                // The entity's fullest name ("Kavach Fintech Pvt Ltd" for "Kavach"), so a
                // fact names its subject as entities.csv does.
                *id = Some(e.id.clone());
                *name = e.canonical.clone();
            }
        }
    }
}

/// Whether [`entity_id`] of `m` is `id`, without building it.
fn has_entity_id(m: &Mention, id: &str) -> bool {
    if let Some(own) = &m.id {
        return own == id;
    }
    let label = m.label.as_str().as_bytes();
    let Some(rest) = id.get(label.len()..).and_then(|r| r.strip_prefix(':')) else {
        return false;
    };
    let lower_eq = |a: &[u8], b: &[u8]| {
        a.len() == b.len() && a.iter().zip(b).all(|(x, y)| *x == y.to_ascii_lowercase())
    };
    if !lower_eq(&id.as_bytes()[..label.len()], label) {
        return false;
    }
    if m.canonical.is_ascii() {
        lower_eq(rest.as_bytes(), m.canonical.as_bytes())
    } else {
        rest == m.canonical.to_lowercase()
    }
}

#[cfg(test)]
pub(crate) mod tests {

    #[test]
    fn facts_take_the_resolved_entity_ids() {
        use super::{entity_id, use_entity_ids};
        use crate::model::{Entity, Fact, Label, Mention};
        let m = |canonical: &str, id: Option<&str>, entity| Mention {
            start: 0,
            end: 0,
            label: Label::Person,
            canonical: canonical.into(),
            source: String::new(),
            id: id.map(Into::into),
            role: None,
            sentence: 0,
            zone: crate::model::Zone::Body,
            money: None,
            value: None,
            entity,
        };
        let mentions = [m("Elon Musk", None, Some(0)), m("Tesla", Some("123"), None)];
        let entities = [Entity {
            id: "PERSON:elon musk".into(),
            label: Label::Person,
            canonical: "Elon Musk Jr".into(),
            mentions: vec![0],
        }];
        let mut facts = [Fact {
            subject_id: entity_id(&mentions[0]),
            object_id: entity_id(&mentions[1]),
            ..Fact::default()
        }];
        use_entity_ids(&mut facts, &mentions, &entities);
        assert_eq!(facts[0].subject_id.as_deref(), Some("PERSON:elon musk"));
        assert_eq!(facts[0].subject, "Elon Musk Jr");
        // A mention the resolver left out keeps its own id.
        assert_eq!(facts[0].object_id.as_deref(), Some("123"));
    }

    /// Every trigger word gets its flags in lower case, capitalised and in capitals; other
    /// words (near misses included) get none.
    #[test]
    fn trigger_flags_find_every_trigger_word() {
        use super::{trigger_flags, TRIGGERS};
        use crate::model::{Shape, Token};
        let flags = |word: &str, shape: Shape| {
            let tokens = [Token {
                start: 0,
                end: word.len(),
                shape,
            }];
            let v = trigger_flags(word, &tokens)[0];
            (v.money, v.interaction, v.speech, v.naming, v.buy_noun)
        };
        for (w, info) in TRIGGERS.iter() {
            let w = std::str::from_utf8(w).unwrap();
            let want = (
                info.money,
                info.interaction,
                info.speech,
                info.naming,
                info.buy_noun,
            );
            if !(3..=12).contains(&w.len()) {
                continue; // never looked up
            }
            let mut cap = w.to_string();
            cap[..1].make_ascii_uppercase();
            assert_eq!(flags(w, Shape::Lower), want, "{w}");
            assert_eq!(flags(&cap, Shape::Capitalised), want, "{cap}");
            assert_eq!(flags(&w.to_uppercase(), Shape::AllCaps), want, "{w}");
        }
        let none = (false, false, false, false, false);
        for w in ["the", "paidx", "sai", "Kremlin", "acquisitions-", "xyz"] {
            assert_eq!(flags(w, Shape::Lower), none, "{w}");
        }
        assert_eq!(flags("paid", Shape::Digits), none);
        assert!(flags("paid", Shape::Lower).0);
    }

    /// A word set answers as comparing with each word ignoring ASCII case does.
    #[test]
    fn word_sets_match_ascii_case_insensitively() {
        use super::{FUNCTION_WORDS, ROLE_SET, ROLE_WORDS};
        let cases = [
            ("chief", true),
            ("CHIEF", true),
            ("Co-Founder", true),
            ("chiefs", false),
            ("chie", false),
            ("", false),
            ("ch\u{131}ef", false), // dotless i: no ASCII letter
            ("a-very-long-word-that-is-no-role-at-all-anywhere", false),
        ];
        for (w, want) in cases {
            assert_eq!(ROLE_SET.contains_ignore_ascii_case(w), want, "{w:?}");
            assert_eq!(
                ROLE_WORDS.iter().any(|r| w.eq_ignore_ascii_case(r)),
                want,
                "{w:?}"
            );
        }
        let functions = super::WordSet::new(FUNCTION_WORDS);
        for w in FUNCTION_WORDS {
            assert!(
                functions.contains_ignore_ascii_case(&w.to_uppercase()),
                "{w}"
            );
        }
    }

    /// `has_entity_id` answers as comparing with `entity_id` would.
    #[test]
    fn entity_id_comparison_without_building_it() {
        use super::{entity_id, has_entity_id};
        use crate::model::{Label, Mention};
        let m = |label, canonical: &str, id: Option<&str>| Mention {
            start: 0,
            end: 0,
            label,
            canonical: canonical.into(),
            source: String::new(),
            id: id.map(Into::into),
            role: None,
            sentence: 0,
            zone: crate::model::Zone::Body,
            money: None,
            value: None,
            entity: None,
        };
        let cases = [
            (
                m(Label::Person, "Elon Musk", None),
                "person:elon musk",
                true,
            ),
            (
                m(Label::Person, "Elon Musk", None),
                "person:elon musks",
                false,
            ),
            (m(Label::Person, "Elon Musk", None), "org:elon musk", false),
            (
                m(Label::Person, "Elon Musk", None),
                "PERSON:elon musk",
                false,
            ),
            (
                m(Label::Person, "Elon Musk", None),
                "person elon musk",
                false,
            ),
            (m(Label::Org, "Müller AG", None), "org:müller ag", true),
            // Final sigma: str::to_lowercase, not char by char.
            (
                m(Label::Org, "\u{39f}\u{394}\u{39f}\u{3a3}", None),
                "org:\u{3bf}\u{3b4}\u{3bf}\u{3c2}",
                true,
            ),
            (
                m(Label::Org, "\u{39f}\u{394}\u{39f}\u{3a3}", None),
                "org:\u{3bf}\u{3b4}\u{3bf}\u{3c3}",
                false,
            ),
            (m(Label::Org, "Tesla", Some("Q478214")), "Q478214", true),
            (m(Label::Org, "Tesla", Some("Q478214")), "org:tesla", false),
            (m(Label::Location, "", None), "location:", true),
            (m(Label::Location, "x", None), "", false),
        ];
        for (mention, id, want) in cases {
            assert_eq!(has_entity_id(&mention, id), want, "{mention:?} {id}");
            assert_eq!(entity_id(&mention).as_deref() == Some(id), want, "{id}");
        }
    }
    use crate::gazetteer::GazetteerBuilder;
    use crate::model::{Article, Fact};
    use crate::pipeline::Pipeline;
    use crate::recognise::Recogniser;
    use std::sync::{Arc, LazyLock};

    static PIPELINE: LazyLock<Pipeline> = LazyLock::new(|| {
        let tsv = "name\tcanonical\tlabel\tsubtype\tid\tsource
Elon\tElon\tPERSON\tgiven\t\ttest
Dmitry\tDmitry\tPERSON\tgiven\t\ttest
Vladimir\tVladimir\tPERSON\tgiven\t\ttest
Sundar\tSundar\tPERSON\tgiven\t\ttest
Musk\tMusk\tPERSON\tsurname\t\ttest
John\tJohn\tPERSON\tgiven\t\ttest
Jane\tJane\tPERSON\tgiven\t\ttest
President\tPresident\tTITLE\tpolitical\t\ttest
spokesman\tspokesman\tTITLE\tcorporate\t\ttest
CEO\tCEO\tTITLE\tcorporate\t\ttest
champion\tchampion\tTITLE\tcorporate\t\ttest
Russian\tRussia\tDEMONYM\t\t\ttest
British\tBritain\tDEMONYM\t\t\ttest
Korean\tSouth Korea\tDEMONYM\t\t\ttest
North Korean\tNorth Korea\tDEMONYM\t\t\ttest
leader\tleader\tTITLE\tpolitical\t\ttest
Muslim\tMuslim\tDEMONYM\treligion\t\ttest
Russia\tRussia\tLOCATION\tcountry\tQ159\ttest
Greece\tGreece\tLOCATION\tcountry\t\ttest
Kremlin\tKremlin\tORG\tgovernment\t\ttest
Senate\tSenate\tORG\tgovernment\t\ttest
Nebraska\tNebraska\tLOCATION\tstate\t\ttest
Gov.\tGovernor\tTITLE\tpolitical\t\ttest
SpaceX\tSpaceX\tORG\tcompany\t\ttest
Tesla\tTesla\tORG\tcompany\t\ttest
NASA\tNASA\tORG\tagency\t\ttest
Alphabet\tAlphabet\tORG\tcompany\t\ttest
Sotheby's\tSotheby's\tORG\tcompany\t\ttest
The Associated Press\tThe Associated Press\tORG\tcompany\t\ttest
Google\tGoogle\tORG\tcompany\t\ttest
Fitbit\tFitbit\tORG\tcompany\t\ttest
SEC\tSEC\tORG\tagency\t\ttest
Apple\tApple\tORG\tcompany\t\ttest
Clubhouse\tClubhouse\tAPP\tsocial\t\ttest
Alan\tAlan\tPERSON\tgiven\t\ttest
Mr\tMr\tTITLE\thonorific\t\ttest
chairman\tchairman\tTITLE\tcorporate\t\ttest
Federal Reserve\tFederal Reserve\tORG\tcentral_bank\t\ttest
UK Independence Party\tUK Independence Party\tORG\tparty\t\ttest
Black Sea\tBlack Sea\tLOCATION\tfeature\t\ttest
Commander\tCommander\tTITLE\tmilitary\t\ttest
Lt\tLieutenant\tTITLE\tmilitary\t\ttest
Lieutenant Commander\tLieutenant Commander\tTITLE\tmilitary\t\ttest
Eduard\tEduard\tPERSON\tgiven\t\ttest
building\tbuilding\tCOMMON\t10\t\ttest
unison\tunison\tCOMMON\t35\t\ttest
founding\tfounding\tCOMMON\t20\t\ttest
presidential\tpresidential\tCOMMON\t35\t\ttest
under\tunder\tCOMMON\t10\t\ttest
executive\texecutive\tCOMMON\t20\t\ttest
telegraph\ttelegraph\tCOMMON\t35\t\ttest
public\tpublic\tCOMMON\t10\t\ttest
royal\troyal\tCOMMON\t20\t\ttest
coastal\tcoastal\tCOMMON\t35\t\ttest
Corp\tCorp\tORG_SUFFIX\tlegal\t\ttest
Finance Committee\tFinance Committee\tORG\tgovernment\t\ttest
AM\tAM\tTITLE\thonorific\t\ttest
information\tinformation\tCOMMON\t10\t\ttest
Minister\tMinister\tTITLE\tpolitical\t\ttest
UKIP\tUKIP\tORG\tparty\t\ttest
Tories\tTories\tORG\tparty\t\ttest
Democrats\tDemocrats\tORG\tparty\t\ttest
The Sun\tThe Sun\tORG\tmedia\t\ttest
Baker\tBaker\tPERSON\tsurname\t\ttest
baker\tbaker\tTITLE\tother\t\ttest
Counsel\tCounsel\tTITLE\tcorporate\t\ttest
Sister\tSister\tTITLE\treligious\t\tcurated
Sri\tShri\tTITLE\thonorific\t\tcurated
";
        let mut b = GazetteerBuilder::new();
        b.add_tsv("test.tsv", tsv).expect("fixture parses");
        Pipeline::new(Recogniser::new(Arc::new(
            b.build().expect("fixture builds"),
        )))
    });

    pub fn all_facts(text: &str) -> Vec<Fact> {
        PIPELINE
            .analyse(Article {
                text: text.into(),
                ..Default::default()
            })
            .facts
    }

    pub fn facts(text: &str) -> Vec<(String, &'static str, String, Option<String>)> {
        all_facts(text)
            .iter()
            .map(|f| {
                (
                    f.subject.clone(),
                    f.predicate,
                    f.object.clone(),
                    f.role.clone(),
                )
            })
            .collect()
    }

    /// The role column of the first `predicate` fact read from `text` whose object is
    /// `object` (any object with `None`).
    pub fn role_of(text: &str, predicate: &str, object: Option<&str>) -> Option<String> {
        facts(text)
            .into_iter()
            .find(|f| f.1 == predicate && object.is_none_or(|o| f.2 == o))
            .and_then(|f| f.3)
    }

    pub fn has(text: &str, subject: &str, predicate: &str, object: &str) -> bool {
        facts(text)
            .iter()
            .any(|(s, p, o, _)| s == subject && *p == predicate && o == object)
    }

    /// Runs a table of (text, subject, predicate, object, expected) cases.
    pub fn check(cases: &[(&str, &str, &str, &str, bool)]) {
        for (text, s, p, o, want) in cases {
            assert_eq!(
                has(text, s, p, o),
                *want,
                "{text:?} → ({s}, {p}, {o}): {:?}",
                facts(text)
            );
        }
    }

    /// Wire copy breaks lines inside quotes, values and roles; each is one line in the table.
    #[test]
    fn objects_and_roles_are_single_spaced() {
        let text = "Tesla said the deal\nwas done. SpaceX agreed to pay 20 mln\ndlrs for it. \
                    Tesla vice\npresident John Smith said no.";
        let got = facts(text);
        let find = |p: &str, o: &str| got.iter().find(|f| f.1 == p && f.2 == o);
        assert!(find("said", "the deal was done").is_some(), "{got:?}");
        assert!(find("pays", "20 mln dlrs").is_some(), "{got:?}");
        let role = find("role", "Tesla").and_then(|f| f.3.clone());
        assert_eq!(role.as_deref(), Some("vice president"), "{got:?}");
    }

    #[test]
    fn acronyms_table() {
        let cases = [
            ("UKIP", "UK Independence Party", true),
            ("US", "United States", true),
            ("BCC", "British Chambers of Commerce", true),
            ("UK", "UK Independence Party", false),
            ("Uk", "United Kingdom", false),
            ("NASA", "National Football League", false),
        ];
        for (short, long, want) in cases {
            assert_eq!(super::is_acronym(short, long), want, "{short} {long}");
        }
    }

    #[test]
    fn objects_take_the_fullest_name() {
        assert!(has(
            "UK Independence Party members met. UKIP chairman John Smith left.",
            "John Smith",
            "role",
            "UK Independence Party"
        ));
    }

    /// A company name that ends the text, with no full stop after it, is the last token: the
    /// rules that look past it (a national arm: "Samsung India") must stop there.
    #[test]
    fn a_company_can_end_the_text() {
        for text in [
            "Alphabet agreed to buy Fitbit",
            "The deal was struck by Google",
            "John Smith, chief executive of Alphabet",
            "Shares in Apple",
            "Kremlin spokesman Dmitry Peskov spoke to Google",
        ] {
            let _ = all_facts(text);
        }
        assert!(has(
            "Kremlin spokesman Dmitry Peskov spoke to Google",
            "Dmitry Peskov",
            "role",
            "Kremlin"
        ));
    }

    #[test]
    fn boilerplate_gives_no_facts() {
        let text = "Markets Wrap\n\nShares rose.\n\nComments\n\nKremlin spokesman Dmitry Peskov said so.\n";
        assert!(facts(text).is_empty(), "{:?}", facts(text));
    }

    #[test]
    fn evidence_is_inside_the_text() {
        let text = "Kremlin spokesman Dmitry Peskov said \"we are interested\". Google agreed to pay $76 million to publishers.";
        for f in all_facts(text) {
            assert!(
                f.evidence_start < f.evidence_end && f.evidence_end <= text.len(),
                "{f:?}"
            );
        }
    }
}
