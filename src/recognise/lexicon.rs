//! Gazetteer matches seen per token, and the small closed word lists the rules consult.
//!
//! Takes the article's gazetteer matches; gives, per token, the phrase matches starting
//! there (with their labels) and helpers to ask "is this token a title, a demonym, an org
//! keyword, a common word?". The closed lists here are grammar, not names.

use super::Doc;
use crate::gazetteer::{EntryId, FxBuildHasher, GazLabel, Gazetteer};
use crate::model::Shape;
use std::collections::HashSet;
use std::sync::LazyLock;

/// A closed word list, hashed once (FxHash: SipHash on every token cost ~7% of the run).
pub type WordSet = LazyLock<WordList>;

/// The words of a [`WordSet`], with a one-cache-line filter in front of the hash set: most
/// tokens asked about are in no list, and the filter turns them away without hashing.
pub struct WordList {
    words: HashSet<&'static str, FxBuildHasher>,
    /// Bit [`WordList::filter_bit`] of every word is set.
    filter: [u64; 8],
}

impl FromIterator<&'static str> for WordList {
    fn from_iter<I: IntoIterator<Item = &'static str>>(words: I) -> WordList {
        WordList::new(words)
    }
}

impl WordList {
    pub fn new(words: impl IntoIterator<Item = &'static str>) -> WordList {
        let words: HashSet<&'static str, FxBuildHasher> = words.into_iter().collect();
        let mut filter = [0u64; 8];
        for w in &words {
            let bit = Self::filter_bit(w);
            filter[bit / 64] |= 1 << (bit % 64);
        }
        WordList { words, filter }
    }

    /// A word's bit in the filter (of 512): its length and first and last bytes, mixed.
    #[inline]
    fn filter_bit(w: &str) -> usize {
        let b = w.as_bytes();
        let first = usize::from(b.first().copied().unwrap_or(0));
        let last = usize::from(b.last().copied().unwrap_or(0));
        (first.wrapping_mul(31) ^ last.wrapping_mul(131) ^ b.len().wrapping_mul(7)) % 512
    }

    #[inline]
    pub fn contains(&self, w: &str) -> bool {
        let bit = Self::filter_bit(w);
        self.filter[bit / 64] & (1 << (bit % 64)) != 0 && self.words.contains(w)
    }

    /// The words, in no order.
    pub fn iter(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.words.iter().copied()
    }
}

/// A gazetteer phrase match in token coordinates.
#[derive(Clone, Debug)]
pub struct LexMatch<'g> {
    pub first: usize,
    /// Exclusive.
    pub last: usize,
    pub start: usize,
    pub end: usize,
    pub exact_case: bool,
    /// Every entry listed under the name; [`LexMatch::entries`] gives the ones that fit.
    all_entries: &'g [EntryId],
    /// Bit `i`: entry `i` counts, its label being one that a spelling fitting the text's case
    /// (see [`case_fits`]) supports; entries past 64 always count.
    fits: u64,
    /// Bit `l`: some entry of [`LexMatch::entries`] has the label `l` (`GazLabel as u32`), so
    /// that [`LexMatch::has`] reads no entry.
    labels: u32,
}

impl<'g> LexMatch<'g> {
    /// The entries whose spelling fits the text's case: "Ben" is the given name or the firm,
    /// not Benin's code "BEN".
    pub fn entries(&self) -> impl Iterator<Item = EntryId> + '_ {
        self.all_entries
            .iter()
            .enumerate()
            .filter(|&(i, _)| i >= 64 || self.fits & (1 << i) != 0)
            .map(|(_, &e)| e)
    }

    /// Has some entry that fits the text's case the label? (`gaz` is the one the match came
    /// from; the labels were read from it when the match was made.)
    pub fn has(&self, _gaz: &Gazetteer, label: GazLabel) -> bool {
        self.labels & label_bit(label) != 0
    }

    /// The entry of `label` whose name equals the text exactly, else the first of that label.
    pub fn entry(&self, gaz: &Gazetteer, label: GazLabel, surface: &str) -> Option<EntryId> {
        let of_label = || self.entries().filter(|&e| gaz.label(e) == label);
        of_label()
            .find(|&e| gaz.entry(e).name == surface)
            .or_else(|| of_label().next())
    }
}

/// Gazetteer matches indexed by their first token.
pub struct Lexicon<'g> {
    pub matches: Vec<LexMatch<'g>>,
    /// For each token, 1 + the index into `matches` of the match starting there, 0 for none
    /// (zeroed memory: no fill pass over the tokens).
    pub starting: Vec<u32>,
}

impl<'g> Lexicon<'g> {
    pub fn new(doc: &Doc, gaz: &'g Gazetteer) -> Lexicon<'g> {
        let mut matches = Vec::new();
        let mut starting = vec![0u32; doc.tokens.len()];
        for mut m in gaz.find_names(doc.text) {
            let (Some(mut first), Some(mut last)) =
                (doc.token_starting_at(m.start), doc.token_ending_at(m.end))
            else {
                continue; // not on token boundaries ("U.S" vs "U.S."): skip
            };
            // Spans follow GUIDELINE.md: "the Kremlin" → "Kremlin", "Soyuz rocket" → "Soyuz".
            // A capitalised "The" stays: it may be part of the name ("The Hague").
            let plain_word = |i: usize| {
                doc.tokens[i].shape == Shape::Lower
                    && doc.tok(i).starts_with(|c: char| c.is_alphabetic())
            };
            // Only whole words go: "Amazon.com" keeps its "com".
            let spaced = |i: usize| doc.tokens[i].end < doc.tokens[i + 1].start;
            while first < last && plain_word(first) && spaced(first) {
                first += 1;
            }
            while last > first && plain_word(last) && spaced(last - 1) {
                last -= 1;
            }
            // A sentence-initial "The" before a listed "the X" ("The White House said") is the
            // article too; dropping the match would lose "White House" (the matches do not
            // overlap, so no shorter one is reported).
            // Names and labels come from the gazetteer's compact copies (`match_names`,
            // `label`): reading each entry itself was a cache miss or two per entry.
            if first < last
                && !m.exact_case
                && doc.tok(first) == "The"
                && gaz.match_names(&m).any(|name| name.starts_with("the "))
            {
                first += 1;
            }
            // So is the "The" of a listed organisation ("The Fed said", "The Times reported";
            // GUIDELINE.md: spans leave out determiners). A place keeps it: "The Hague".
            let org_only = || {
                m.entries
                    .iter()
                    .all(|&e| !matches!(gaz.label(e), GazLabel::Location | GazLabel::Person))
            };
            if first < last && doc.tok(first) == "The" && org_only() {
                first += 1;
                // An organisation listed without its "The" ("Fed") is the match: its entries are
                // the ones the same name has elsewhere in the article (not the town "Hartford"
                // for the insurer "The Hartford").
                let from = doc.tokens[first].start;
                let rest = &doc.text[from..doc.tokens[last].end];
                if let Some(mut r) = gaz.find_names(rest).into_iter().find(|r| {
                    r.start == 0
                        && r.end == rest.len()
                        && r.entries.iter().any(|&e| gaz.label(e) == GazLabel::Org)
                }) {
                    r.start += from;
                    r.end += from;
                    m = r;
                }
            }
            let (start, end) = (doc.tokens[first].start, doc.tokens[last].end);
            let trimmed = (start, end) != (m.start, m.end);
            let exact_case = m.exact_case || trimmed;
            // Lower-case text is no name ("is in", "general"), except brands like "iPhone".
            let surface = &doc.text[start..end];
            let all_caps = !surface.chars().any(char::is_lowercase);
            // BBC style writes acronyms and camel-case brands as words: "Fifa" for FIFA,
            // "Nato" for NATO, "Paypal" for PayPal.
            let acronym_as_word = !exact_case
                && surface.len() >= 4
                && gaz.match_names(&m).any(|name| {
                    name.len() == surface.len()
                        && !name.chars().any(char::is_lowercase)
                        && name.eq_ignore_ascii_case(surface)
                        || crate::gazetteer::camel_name_as_word(name, surface)
                        || acronym_words_fit(name, surface)
                })
                && gaz.common_level(&surface.to_lowercase()).is_none();
            // A listed "The X" after a lower-case "the" ("the Guardian", "the Hague"): a single
            // everyday word left is a firm's or paper's name, not a place's ("the Valley", "the
            // Bar" are no names in running text); and a capitalised word after it makes a
            // longer name ("the Times Educational Supplement", "the Sun Chemical rumor").
            let after_the = doc.text[m.start..].starts_with("the ");
            let the_everyday_place = after_the
                && !surface.contains(' ')
                && gaz.common_level(&surface.to_lowercase()).is_some()
                && !m.entries.iter().any(|&e| gaz.label(e) == GazLabel::Org);
            let capital_at = |i: usize, at: usize| {
                doc.tokens.get(i).is_some_and(|t| {
                    t.start == at
                        && matches!(t.shape, Shape::Capitalised | Shape::AllCaps | Shape::Mixed)
                })
            };
            let the_longer_name = after_the && capital_at(last + 1, end + 1);
            // "the Herald of Free Enterprise" (a ferry), after either "the".
            let the_name_of = (after_the || start > m.start)
                && doc
                    .tokens
                    .get(last + 1)
                    .is_some_and(|t| t.start == end + 1 && doc.tok(last + 1) == "of")
                && capital_at(last + 2, end + 4);
            // The star, not the paper: "radiation from the Sun", "orbits the Sun".
            let the_star = surface == "Sun"
                && doc.text[..start].ends_with("the ")
                && doc.text[..start - 4]
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| SUN_PATHS.contains(&w));
            if !surface.chars().any(char::is_uppercase)
                || !(exact_case || all_caps || acronym_as_word)
                || (all_caps && !m.exact_case && CAPITAL_TERMS.contains(surface))
                || the_everyday_place
                || the_longer_name
                || the_name_of
                || the_star
            {
                continue;
            }
            // The labels some spelling that fits the text's case supports. Every entry of such
            // a label counts ("BONN", learned from a dateline, is the same place as "Bonn");
            // when none fits ("Nato" for NATO) the case check above already let all through.
            let bit = |e: EntryId| label_bit(gaz.label(e));
            let fitting_labels = if all_caps {
                0
            } else {
                m.entries
                    .iter()
                    .zip(gaz.match_names(&m))
                    .filter(|&(_, name)| case_fits(name, surface))
                    .fold(0, |acc, (&e, _)| acc | bit(e))
            };
            let fits = if fitting_labels == 0 {
                u64::MAX
            } else {
                m.entries
                    .iter()
                    .take(64)
                    .enumerate()
                    .fold(0, |acc, (i, &e)| {
                        acc | (u64::from(fitting_labels & bit(e) != 0) << i)
                    })
            };
            let labels = m
                .entries
                .iter()
                .enumerate()
                .filter(|&(i, _)| i >= 64 || fits & (1 << i) != 0)
                .fold(0, |acc, (_, &e)| acc | bit(e));
            starting[first] = matches.len() as u32 + 1;
            matches.push(LexMatch {
                first,
                last: last + 1,
                start,
                end,
                exact_case,
                all_entries: m.entries,
                fits,
                labels,
            });
        }
        Lexicon { matches, starting }
    }

    pub fn at(&self, token: usize) -> Option<&LexMatch<'g>> {
        let i = self.starting.get(token).copied().unwrap_or(0);
        (i != 0).then(|| &self.matches[i as usize - 1])
    }
}

/// The bit of a label in [`LexMatch`]'s label set (eleven labels: they fit in a `u32`).
fn label_bit(label: GazLabel) -> u32 {
    1 << label as u32
}

/// Does a listed spelling fit the text's case: no letter the spelling capitalises is written in
/// lower case? ("Ben" fits "Ben" and "ben", not "BEN"; "the Kremlin" fits "The Kremlin".) A
/// spelling of another length (a trimmed "the", other white space) is compared from the end.
pub fn case_fits(name: &str, text: &str) -> bool {
    // ASCII (nearly every name): bytes are chars, and Unicode case is ASCII case.
    if name.is_ascii() && text.is_ascii() {
        return !name
            .bytes()
            .rev()
            .zip(text.bytes().rev())
            .any(|(n, t)| n.is_ascii_uppercase() && t.is_ascii_lowercase());
    }
    !name
        .chars()
        .rev()
        .zip(text.chars().rev())
        .any(|(n, t)| n.is_uppercase() && t.is_lowercase())
}

/// A name of several words with an acronym among them, written as British copy writes
/// acronyms, as a word ("ABN Amro" for ABN AMRO): every other word fits as listed, and each
/// acronym of four letters or more may have only its first capital.
pub fn acronym_words_fit(name: &str, text: &str) -> bool {
    let (names, texts) = (name.split(' '), text.split(' '));
    if !name.contains(' ') || names.clone().count() != texts.clone().count() {
        return false;
    }
    let as_word = |n: &str, t: &str| {
        n.len() >= 4
            && n.bytes().all(|b| b.is_ascii_uppercase())
            && t.starts_with(|c: char| c.is_ascii_uppercase())
            && t[1..].bytes().all(|b| b.is_ascii_lowercase())
            && n.eq_ignore_ascii_case(t)
    };
    let mut acronyms = 0;
    for (n, t) in names.zip(texts) {
        if as_word(n, t) {
            acronyms += 1;
        } else if n.len() != t.len() || !case_fits(n, t) {
            return false;
        }
    }
    acronyms > 0
}

/// Family relations, lower-case: no role held at an organisation (facts), and a person's
/// noun before a name ("boyfriend Orlando Bloom").
pub const KINSHIP: &[&str] = &[
    "wife",
    "husband",
    "widow",
    "widower",
    "son",
    "daughter",
    "mother",
    "father",
    "sister",
    "brother",
    "cousin",
    "uncle",
    "aunt",
    "nephew",
    "niece",
    "grandson",
    "granddaughter",
    "grandmother",
    "grandfather",
    "girlfriend",
    "boyfriend",
    "fiancee",
    "fiancée",
    "fiance",
    "stepson",
    "stepdaughter",
    "stepfather",
    "stepmother",
    "son-in-law",
    "daughter-in-law",
];

/// Words between capitalised tokens that keep a name together ("Bank of Italy", "Jean de la Fontaine").
pub static NAME_CONNECTORS: WordSet = LazyLock::new(|| {
    WordList::new([
        "of", "de", "du", "des", "la", "le", "van", "von", "der", "den", "di", "da", "del", "al",
        "bin", "y", "&",
    ])
});

/// Lower-case nouns that put a firm, club or band's name right after them: "oil giant Yukos",
/// "pan-European bourse Euronext", "Scottish club Rangers", "the band Franz Ferdinand".
pub static FIRM_NOUNS: WordSet = LazyLock::new(|| {
    WordList::new([
        "firm",
        "company",
        "group",
        "giant",
        "maker",
        "bank",
        "carrier",
        "airline",
        "retailer",
        "bourse",
        "publisher",
        "broadcaster",
        "operator",
        "insurer",
        "brewer",
        "manufacturer",
        "conglomerate",
        "supermarket",
        "unit",
        "subsidiary",
        "club",
        "band",
        // Trades written as one word: "carmaker Nissan", "drugmaker Novartis".
        "carmaker",
        "automaker",
        "drugmaker",
        "chipmaker",
        "steelmaker",
        "winemaker",
        "beermaker",
        "watchmaker",
        "toymaker",
        "planemaker",
        "bookmaker",
    ])
});

/// Words after "and" that continue a firm's name, never open a second one: "Bear Stearns and
/// Co Inc", "Alex. Brown and Sons Inc", "Salomon Brothers and Partners".
pub static FIRM_AND_WORDS: WordSet = LazyLock::new(|| {
    WordList::new([
        "Co",
        "Co.",
        "Cos",
        "Company",
        "Sons",
        "Brothers",
        "Partners",
        "Associates",
    ])
});

/// Words that say when an office is held, between the office's owner and the office ("its
/// new chairman", "Twitter's current interim CEO"): recognition and role facts read past them.
pub const ROLE_QUALIFIERS: &[&str] = &[
    "new", "former", "current", "interim", "acting", "outgoing", "incoming",
];

/// Fixed "X and Y" pairs inside names: "Savings and Loan Association", "Ways and Means
/// Committee", "Bank and Trust Co", "Sumitomo Trust and Banking Co", "Thai Shell Exploration
/// and Production Co".
pub const AND_PAIRS: &[(&str, &str)] = &[
    ("Savings", "Loan"),
    ("Ways", "Means"),
    ("Bank", "Trust"),
    ("Trust", "Banking"),
    ("Exploration", "Production"),
    ("Oil", "Gas"),
    ("Research", "Development"),
    // Utilities and the old telephone companies: "Florida Power and Light Co", "Pacific Gas
    // and Electric", "American Telephone and Telegraph", "Nippon Telegraph and Telephone",
    // "Minnesota Mining and Manufacturing".
    ("Power", "Light"),
    ("Light", "Power"),
    ("Gas", "Electric"),
    ("Electric", "Gas"),
    ("Water", "Power"),
    ("Telephone", "Telegraph"),
    ("Telegraph", "Telephone"),
    ("Mining", "Manufacturing"),
];

/// Nouns after a lone capitalised word that make it a company: "Barrick shares", "the Reuters
/// unit".
pub static CORPORATE_NOUNS: WordSet = LazyLock::new(|| {
    WordList::new([
        "shares",
        "stock",
        "stake",
        "subsidiary",
        "unit",
        "shareholders",
        "takeover",
        "bid",
        "board",
        "employees",
        "workers",
        "plant",
        "factory",
        "factories",
        "stores",
        "brand",
    ])
});

/// Last words of named buildings and grounds, which are places ("Goodison Park", "Stamford
/// Bridge"). Not "Street", "Yard" or "Palace": "Downing Street", "Scotland Yard" and
/// "Buckingham Palace" mostly speak as institutions.
pub static FACILITY_HEADS: WordSet = LazyLock::new(|| {
    WordList::new([
        "Park",
        "Stadium",
        "Arena",
        "Ground",
        "Hospital",
        "Hotel",
        "Airport",
        "Station",
        "Square",
        "Bridge",
        "Hall",
        "Castle",
        "Cathedral",
        "Abbey",
        "Gardens",
        "Racecourse",
        "Dome",
        "Road",
        "Oval",
        "Theatre",
        "Museum",
        "Palace",
        "Pavilion",
        "Prison",
        "Jail",
        "Mosque",
        "Temple",
        "Tower",
    ])
});

/// A [`FACILITY_HEADS`] word that is no surname: after a given name it still names the place
/// ("Millennium Stadium", "Grace Road"), unlike "Wayne Bridge" or "Charlotte Church".
pub fn is_venue_head(word: &str) -> bool {
    FACILITY_HEADS.contains(word)
        && !matches!(
            word,
            "Park"
                | "Ground"
                | "Hotel"
                | "Square"
                | "Bridge"
                | "Hall"
                | "Castle"
                | "Abbey"
                | "Temple"
                | "Tower"
        )
}

/// Words before "the Sun" that make it the star ("from the Sun"), not the paper.
const SUN_PATHS: [&str; 8] = [
    "from", "around", "round", "orbit", "orbits", "orbiting", "toward", "towards",
];

/// Last words of newspapers' and journals' names ("Chicago Tribune", "Manila Bulletin"); not
/// "News", "Star", "Sun", "Mail", "Mirror" or "Express", which end many other names.
pub static PUBLICATION_HEADS: WordSet = LazyLock::new(|| {
    WordList::new([
        "Times", "Post", "Herald", "Journal", "Tribune", "Gazette", "Inquirer", "Courier",
        "Sentinel", "Examiner", "Dispatch", "Bulletin",
    ])
});

/// Heads after which "of" continues a place name ("Republic of Korea", "Gulf of Mexico").
pub static PLACE_HEADS: WordSet = LazyLock::new(|| {
    WordList::new([
        "Republic",
        "Kingdom",
        "Gulf",
        "Bay",
        "Isle",
        "Isles",
        "Sea",
        "Strait",
        "Cape",
        "Lake",
        "Mount",
        "City",
        "Province",
        "State",
        "Islands",
        "Sultanate",
        "Emirate",
        "Principality",
        "Commonwealth",
    ])
});

/// Verbs of a match result between two sides ("Leeds beat Wigan", "Essex v Kent").
pub static RESULT_VERBS: WordSet = LazyLock::new(|| {
    WordList::new([
        "beat", "beats", "defeated", "edged", "thrashed", "routed", "hammered", "drew", "v", "vs",
        "v.", "vs.",
    ])
});

/// A player's or a team official's role after a club named by its town ("Lecce striker").
pub static PLAYER_ROLES: WordSet = LazyLock::new(|| {
    WordList::new([
        "striker",
        "midfielder",
        "defender",
        "goalkeeper",
        "keeper",
        "winger",
        "coach",
        "manager",
        "captain",
        "skipper",
        "batsman",
        "bowler",
        "quarterback",
        "pitcher",
    ])
});

/// Is the list entry a club (openfootball-clubs' short names: "Liverpool", "Bolton")?
pub fn is_club(gaz: &Gazetteer, e: EntryId) -> bool {
    let e = gaz.entry(e);
    e.label == GazLabel::Org && &*e.subtype == "club"
}

/// Is the entry a firm: a company, a bank or a news agency, not a public body, club or party?
pub fn is_firm(e: &crate::gazetteer::Entry) -> bool {
    e.label == GazLabel::Org
        && matches!(
            &*e.subtype,
            "company" | "bank" | "central_bank" | "news_agency"
        )
}

/// A lower-case particle of a surname ("de", "la", "van"; not "of" or "&"). The Dutch "ten"
/// and "ter" are [`DUTCH_PARTICLES`]: number words too, so callers ask for a name around them.
pub fn is_name_particle(word: &str) -> bool {
    NAME_CONNECTORS.contains(word) && !matches!(word, "of" | "&")
}

/// Dutch surname particles that are also everyday words: "Erik ten Hag", "Gerrit ter Horst".
pub const DUTCH_PARTICLES: [&str; 2] = ["ten", "ter"];

/// Is the place a country, territory or continent, or one of the UK's home nations (listed as
/// states, but fielding national sides)? Such a place fields a national side, never a club.
pub fn is_country_level(
    gaz: &Gazetteer,
    surface: &str,
    entries: impl IntoIterator<Item = EntryId>,
) -> bool {
    HOME_NATIONS.contains(surface)
        || entries.into_iter().any(|e| {
            let e = gaz.entry(e);
            e.label == GazLabel::Location
                && matches!(&*e.subtype, "country" | "territory" | "continent")
        })
}

/// Words after a town that mean its club, where a list names a club so ("Bolton boss",
/// "Liverpool fans", "Leicester flanker"); too loose for any town ("Kent wing").
pub static CLUB_WORDS: WordSet = LazyLock::new(|| {
    WordList::new([
        "boss",
        "fans",
        "supporters",
        "side",
        "squad",
        "player",
        "players",
        "forward",
        "wing",
        "flanker",
        "hooker",
        "prop",
        "scrum-half",
        "fly-half",
        "full-back",
        "lock",
        "team-mate",
        "team-mates",
        "teammate",
        "teammates",
        "chairman",
    ])
});

/// Words that mark an article as a sports report (lower case; see `club_readings`): words
/// only sport uses ("striker", "innings")...
pub static SPORTS_WORDS: WordSet = LazyLock::new(|| {
    WordList::new([
        "soccer",
        "football",
        "cricket",
        "rugby",
        "baseball",
        "basketball",
        "hockey",
        "striker",
        "midfielder",
        "goalkeeper",
        "winger",
        "batsman",
        "bowler",
        "pitcher",
        "quarterback",
        "innings",
        "wicket",
        "wickets",
        "premiership",
        "bundesliga",
        "homer",
        "inning",
        "footballer",
        "cricketer",
        "full-back",
        "centre-back",
        "fly-half",
        "scrum-half",
        "equaliser",
        "hat-trick",
        "relegation",
        "goalless",
        "half-time",
        "kick-off",
        "midfield",
        "uefa",
        "fifa",
        "scrum",
        "flanker",
        "lineout",
        "semi-final",
        "semi-finals",
        "quarter-final",
        "quarter-finals",
        "goalkeepers",
        "strikers",
        "midfielders",
    ])
});

/// ... and words that business and politics also use ("goal", "match", "league").
pub static SPORTS_WORDS_SHARED: WordSet = LazyLock::new(|| {
    WordList::new([
        "keeper",
        "defender",
        "goal",
        "goals",
        "scored",
        "match",
        "matches",
        "league",
        "cup",
        "tournament",
        "championship",
        "squad",
        "stadium",
        "referee",
        "fixture",
        "fixtures",
        "tries",
        "coach",
        "season",
    ])
});

/// The UK's home nations: listed as states, but they field national sides.
pub static HOME_NATIONS: WordSet = LazyLock::new(|| {
    WordList::new([
        "England",
        "Scotland",
        "Wales",
        "Northern Ireland",
        "ENGLAND",
        "SCOTLAND",
        "WALES",
    ])
});

/// Titles that qualify the title after them ("Assistant Controller", "Executive Vice
/// President"): what follows them is more of the office.
pub static TITLE_MODIFIERS: WordSet = LazyLock::new(|| {
    WordList::new([
        "Assistant",
        "Associate",
        "Executive",
        "Vice",
        "Deputy",
        "Chief",
        "Senior",
        "Acting",
        "Managing",
    ])
});

/// Offices by which a holder is addressed after an honorific ("Mr. President", "Madam
/// Speaker"); military ranks and royal titles are left out, being surnames too ("Mr Major").
pub static ADDRESSED_OFFICES: WordSet = LazyLock::new(|| {
    WordList::new([
        "President",
        "Speaker",
        "Chairman",
        "Chairwoman",
        "Chair",
        "Secretary",
        "Ambassador",
        "Mayor",
        "Governor",
        "Minister",
        "Commissioner",
        "Chancellor",
        "Premier",
    ])
});

/// Honorifics of a person, not of an office: whatever capitalised word follows is a name, a
/// common word too ("Mr Major", "Lord Goldsmith", "Mrs Thatcher").
pub static PERSONAL_HONORIFICS: WordSet = LazyLock::new(|| {
    WordList::new([
        "Mr",
        "Mr.",
        "Mrs",
        "Mrs.",
        "Ms",
        "Ms.",
        "Miss",
        "Mister",
        "Madam",
        "Lord",
        "Lady",
        "Sir",
        "Dame",
        "Dr",
        "Dr.",
        "Baroness",
        "Baron",
        "Earl",
        "Countess",
        "Rev",
        "Rev.",
        "Reverend",
        "Prof",
        "Prof.",
        "Professor",
    ])
});

/// Words that never start or make a name on their own, even when capitalised.
pub static NEVER_NAMES: WordSet = LazyLock::new(|| {
    WordList::new([
        "I",
        "I'm",
        "I’m",
        "I'd",
        "I’d",
        "I've",
        "I’ve",
        "I'll",
        "I’ll",
        "A",
        "An",
        "The",
        "This",
        "That",
        "These",
        "Those",
        "He",
        "She",
        "It",
        "We",
        "They",
        "You",
        "His",
        "Her",
        "Its",
        "Our",
        "Their",
        "My",
        "Your",
        "If",
        "But",
        "And",
        "Or",
        "So",
        "As",
        "At",
        "In",
        "On",
        "Of",
        "For",
        "To",
        "By",
        "With",
        "From",
        "After",
        "Before",
        "When",
        "While",
        "What",
        "Who",
        "Why",
        "How",
        "Where",
        "There",
        "Here",
        "Yes",
        "No",
        "Not",
        "All",
        "Some",
        "Many",
        "Most",
        "More",
        "Other",
        "Such",
        "One",
        "Two",
        "Three",
        "Also",
        "Yet",
        "However",
        "Meanwhile",
        "Today",
        "Yesterday",
        "Tomorrow",
        "Christmas",
        "Easter",
        "God",
        "Internet",
        "Web",
        "TV",
        "CEO",
        "Emeritus", // "Professor Emeritus": part of the title
        "CFO",
        "CTO",
        "COO",
        "GDP",
        "AM",
        "PM",
        "OK",
        "UPDATE",
        "CORRECTED",
        "REFILE",
        "MP",
        "MPs",
        "MEP",
        "MEPs",
        "R&D",
        "IPO",
        "VAT",
        "PC",
        "PCs",
        "TV",
        "CD",
        "DVD",
        "Q1",
        "Q2",
        "Q3",
        "Q4",
        "H1",
        "H2",
        // Time zones ("1200 GMT") and medical or technical terms written in capitals.
        "GMT",
        "BST",
        "UTC",
        "EST",
        "EDT",
        "PST",
        "PDT",
        "CET",
        "CEST",
        "IST",
        "JST",
        "HIV",
        "AIDS",
        "Aids",
        "SARS",
        "Sars",
        "CJD",
        "MRSA",
        "DNA",
        "HD",
        "HDTV",
        "LCD",
        "GPS",
        "SMS",
        "USB",
        "CCTV",
        "SUV",
        "PhD",
        "MBA",
        "GCSE",
        "GCSEs",
    ])
});

/// Last words of events and awards, which GUIDELINE.md does not count as names ("Davis Cup",
/// "Athens Olympics", "Brit Awards"). "Open" counts only after a place or a demonym ("US
/// Open", "Australian Open"), not in "Open University".
pub static EVENT_HEADS: WordSet = LazyLock::new(|| {
    WordList::new([
        "Cup",
        "Olympics",
        "Paralympics",
        "Awards",
        "Award",
        "Prize",
        "Prizes",
        "Championship",
        "Championships",
        "Trophy",
        "Festival",
        "Marathon",
        "Open",
        // Shows, fairs and races (CoNLL-2003 train: MISC every time): "Detroit Motor Show",
        // "Frankfurt Book Fair", "Belgian Grand Prix", "Lakes Rally", "World Series".
        "Show",
        "Expo",
        "Exhibition",
        "Fair",
        "Prix",
        "Rally",
        "Series",
        "Classic",
        "Carnival",
        "Regatta",
    ])
});

/// Holidays and seasons of the year: dates, not names ("into the New Year").
pub static HOLIDAYS: WordSet = LazyLock::new(|| {
    WordList::new([
        "New Year",
        "Christmas Day",
        "Christmas Eve",
        "Boxing Day",
        "Good Friday",
        "Easter Sunday",
        "Easter Monday",
        "Thanksgiving",
        "Ramadan",
        "Diwali",
        "Hanukkah",
        "Halloween",
        "Lent",
        "Chinese New Year",
        "Lunar New Year",
    ])
});

/// Awards that name no person when they stand alone ("won an Oscar"; "Oscar Wilde" is one).
pub static AWARDS: WordSet = LazyLock::new(|| {
    WordList::new([
        "Oscar",
        "Oscars",
        "Bafta",
        "Baftas",
        "Grammy",
        "Grammys",
        "Emmy",
        "Emmys",
        "Golden Globe",
        "Golden Globes",
    ])
});

/// Languages and faiths: capitalised nouns that are no named entity (GUIDELINE.md has no label
/// for them), though some are also surnames in the census lists ("Hindi", "Islam", "Latin").
/// Demonyms that name a language ("French") are the demonym lists' business.
pub static LANGUAGES_AND_FAITHS: WordSet = LazyLock::new(|| {
    WordList::new([
        // Languages
        "Hindi",
        "Urdu",
        "Tamil",
        "Telugu",
        "Bengali",
        "Bangla",
        "Marathi",
        "Gujarati",
        "Punjabi",
        "Kannada",
        "Malayalam",
        "Odia",
        "Assamese",
        "Sanskrit",
        "Swahili",
        "Latin",
        "Mandarin",
        "Cantonese",
        "Hebrew",
        "Arabic",
        "Farsi",
        "Persian",
        "Pashto",
        "Dari",
        "Esperanto",
        "Yiddish",
        "Tagalog",
        "Gaelic",
        "Catalan",
        "Basque",
        "Hausa",
        "Yoruba",
        "Igbo",
        "Zulu",
        "Xhosa",
        "Amharic",
        "Tigrinya",
        "Sinhala",
        "Sinhalese",
        "Nepali",
        "Bahasa",
        "Javanese",
        "Afrikaans",
        "Quechua",
        "Creole",
        "Braille",
        // Faiths and their followers ("Christian" is also a given name: left out)
        "Islam",
        "Christianity",
        "Judaism",
        "Hinduism",
        "Buddhism",
        "Sikhism",
        "Jainism",
        "Catholicism",
        "Protestantism",
        "Shinto",
        "Taoism",
        "Confucianism",
        "Zoroastrianism",
        "Mormonism",
        "Muslim",
        "Muslims",
        "Christians",
        "Jew",
        "Jews",
        "Hindu",
        "Hindus",
        "Buddhist",
        "Buddhists",
        "Sikh",
        "Sikhs",
        "Jain",
        "Jains",
        "Catholic",
        "Catholics",
        "Protestant",
        "Protestants",
        "Mormon",
        "Mormons",
        "Methodist",
        "Methodists",
        "Anglican",
        "Anglicans",
        "Baptist",
        "Baptists",
        "Sunni",
        "Sunnis",
        "Shia",
        "Shiite",
        "Shiites",
        "Evangelical",
        "Evangelicals",
    ])
});

/// Months and weekdays: no name on their own, but "Jan Bolz" and "June Carter" are people.
pub static TEMPORAL: WordSet = LazyLock::new(|| {
    // Full names from the shared lists (capitalised as written), plus the abbreviations.
    static MONTHS_CAPITALISED: LazyLock<Vec<String>> = LazyLock::new(|| {
        crate::dates::MONTH_NAMES
            .iter()
            .map(|m| m[..1].to_uppercase() + &m[1..])
            .collect()
    });
    let abbreviations = [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mon",
        "Tue", "Wed", "Thu", "Fri", "Sat", "Sun",
    ];
    crate::dates::WEEKDAYS
        .iter()
        .copied()
        .chain(MONTHS_CAPITALISED.iter().map(String::as_str))
        .chain(abbreviations)
        .collect()
});

/// Words that stay lower-case in Title Case headlines ("Elon Musk Invites Putin to a Chat").
pub static TITLE_CASE_LOWER: WordSet = LazyLock::new(|| {
    WordList::new([
        "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "of", "to", "in", "on",
        "at", "by", "up", "as", "with", "from", "into", "over", "via", "vs", "per", "off", "out",
        "amid", "after", "than", "is", "be", "its", "'s", "’s",
    ])
});

/// Words before a name that show a platform or software in use (ORG vs APP, GUIDELINE.md).
/// Words that name a service after an app's or a firm's name ("WhatsApp Pay", "Twitter
/// Blue", "Samsung Shop"). Not "News" or "TV" (BBC News, Sky TV are broadcasters), "Music"
/// (EMI Music, Sony Music are record companies), nor "Chat".
pub static SERVICE_WORDS: WordSet = LazyLock::new(|| {
    WordList::new([
        "Pay",
        "Blue",
        "Store",
        "Shop",
        "Wallet",
        "Prime",
        "Premium",
        "Drive",
        "Cloud",
        "Maps",
        "Photos",
        "Lens",
        "Assistant",
        "Meet",
        "Messenger",
    ])
});

pub static APP_BEFORE: WordSet = LazyLock::new(|| {
    WordList::new([
        "on",
        "via",
        "download",
        "downloaded",
        "downloading",
        "using",
        "use",
        "uses",
        "install",
        "installed",
        "launch",
        "open",
        "across",
        "onto",
        "through",
        "subscribe",
        "stream",
        "streaming",
        "join",
        "joined",
        "tweeted",
        "posted",
    ])
});

/// Nouns of software that describe an unknown name before them as an app (`ThingContext`:
/// "the Exeem software", "Zorvix users"), or name it after "called"/"dubbed". Not "program":
/// in news copy it is a broadcast's or a government's ("BBC's Newsnight programme", "the
/// Superfund program").
pub static SOFTWARE_NOUNS: WordSet =
    LazyLock::new(|| WordList::new(["app", "apps", "application", "software", "browser", "users"]));

/// Nouns of devices and drugs that describe an unknown name next to them as a product
/// (`ThingContext`: "Qrio robots", "a Segway scooter", "the drug Norvasc").
pub static DEVICE_NOUNS: WordSet = LazyLock::new(|| {
    WordList::new([
        "phone",
        "phones",
        "handset",
        "handsets",
        "smartphone",
        "smartphones",
        "tablet",
        "laptop",
        "laptops",
        "console",
        "consoles",
        "robot",
        "robots",
        "scooter",
        "drug",
        "vaccine",
        "rocket",
        "satellite",
        "handheld",
        "gadget",
    ])
});

/// Words after a name that show a platform or software in use.
pub static APP_AFTER: WordSet = LazyLock::new(|| {
    WordList::new([
        "app",
        "apps",
        "application",
        "users",
        "user",
        "account",
        "accounts",
        "post",
        "posts",
        "page",
        "pages",
        "channel",
        "channels",
        "feed",
        "handle",
        "profile",
        "platform",
        "subscribers",
        "subscriber",
        "video",
        "videos",
        "chat",
        "chats",
        "update",
        "version",
        "browser",
        "download",
        "downloads",
        "followers",
        "status",
        "stories",
        "story",
        "messages",
        "message",
        "group",
        "groups",
    ])
});

/// The terms of a leader's rule after their name ("the Reagan administration", "the Thatcher
/// years"): the name is the person's, not a thing's.
pub static RULE_TERMS: WordSet = LazyLock::new(|| {
    WordList::new([
        "administration",
        "presidency",
        "premiership",
        "government",
        "cabinet",
        "regime",
        "campaign",
        "aides",
        "camp",
        "era",
        "years",
        "leadership",
    ])
});

/// Generic terms written in capitals whose other spelling is a name part or a place ("Ai
/// Weiwei", "Sim", "Ott"), so they cannot join the curated common words (those filter name
/// parts at build time): in capitals they are the term, no guessed firm and no listed name.
pub static CAPITAL_TERMS: WordSet = LazyLock::new(|| WordList::new(["AI", "SIM", "OTT"]));

/// Interbank reference rates, in capitals or with one capital: terms, not firms nor people
/// ("over LIBOR", "at Libor" — Libor is also a Czech given name; BBC+Reuters: 129 were read
/// as a firm or a person).
pub static RATE_TERMS: WordSet = LazyLock::new(|| {
    WordList::new([
        "LIBOR", "Libor", "LIBID", "Libid", "LIMEAN", "Limean", "EURIBOR", "Euribor", "HIBOR",
        "Hibor", "SIBOR", "Sibor", "TIBOR", "PIBOR", "Pibor", "FIBOR", "Fibor", "MIBOR", "Mibor",
        "SOFR", "Sofr", "SONIA",
    ])
});

/// People who speak or work for a firm, holder unnamed, right after its name: "a Google
/// spokesperson said", "Facebook executives". The firm, not its app (`choose_label`).
pub static FIRM_SPEAKERS: WordSet = LazyLock::new(|| {
    WordList::new([
        "spokesman",
        "spokeswoman",
        "spokesperson",
        "spokesmen",
        "spokeswomen",
        "spokespeople",
        "spokespersons",
        "executive",
        "executives",
        "officials",
        "representative",
        "representatives",
        "employee",
        "employees",
        "staff",
        "staffers",
        "engineers",
        "lawyer",
        "lawyers",
        "shareholders",
        "investors",
    ])
});

/// Verbs after a name that show the company acting, not the product in use.
pub static ORG_ACTS: WordSet = LazyLock::new(|| {
    WordList::new([
        "said",
        "says",
        "announced",
        "announces",
        "agreed",
        "agrees",
        "plans",
        "planned",
        "reported",
        "reports",
        "told",
        "confirmed",
        "denied",
        "acquired",
        "bought",
        "sued",
        "hired",
        "fired",
        "raised",
        "paid",
        "pays",
        "fined",
        "expects",
        "expected",
        "declined",
        "launched",
        "unveiled",
        "filed",
        "settled",
        "invested",
        "invests",
        "owns",
        "owned",
        // Headline present tense: "Google Strikes Deal", "Twitter Sues …".
        "strikes",
        "signs",
        "buys",
        "acquires",
        "sues",
        "hires",
        "raises",
        "launches",
        "unveils",
        "files",
        "settles",
        "denies",
        "confirms",
        "warns",
        "rejects",
    ])
});

/// Auxiliaries and modals: after a name they make it the subject of a clause ("Google will
/// pay", "He said Peskov was ill").
pub const AUXILIARIES: &[&str] = &[
    "will", "would", "can", "could", "may", "might", "must", "shall", "should", "has", "have",
    "had", "is", "are", "was", "were", "be", "been", "being", "does", "did", "do",
];

/// Verbs that take another ("has started offering", "needs to pay", "will continue to
/// fight"): the verb after them decides whether a firm acts.
pub const CATENATIVES: &[&str] = &[
    "started",
    "starts",
    "begun",
    "began",
    "continue",
    "continues",
    "need",
    "needs",
    "wants",
    "aims",
    "hopes",
    "tries",
];

/// Words between a name and its verb that leave the name the doer: [`AUXILIARIES`], a
/// headline's "to" ("Facebook to Buy Giphy") and a few adverbs ("Google has also agreed").
pub static ACTS_AUX: WordSet = LazyLock::new(|| {
    WordList::new(
        AUXILIARIES
            .iter()
            .copied()
            .chain(CATENATIVES.iter().copied())
            .chain([
                "to",
                "not",
                "never",
                "also",
                "now",
                "still",
                "already",
                "reportedly",
                "recently",
                "finally",
                "officially",
                "formally",
                "just",
                "then",
                "later",
                "soon",
                "quietly",
            ]),
    )
});

/// Forms of "be": a past participle after them is passive, the name its patient ("TikTok was
/// banned": the app), so only the verbs of [`ORG_ACTS`] count there ("Google was fined").
pub static BE_FORMS: WordSet =
    LazyLock::new(|| WordList::new(["is", "are", "was", "were", "be", "been", "being"]));

/// Base forms of verbs that companies do (ORG vs APP, GUIDELINE.md: the company acting is the
/// ORG). [`corporate_verb`] reads their -s, -ed and -ing forms. Not verbs whose forms are
/// everyday nouns after a brand ("Facebook posts", "WhatsApp calls", "Google shares").
pub static CORPORATE_VERBS: WordSet = LazyLock::new(|| {
    WordList::new([
        "pay",
        "offer",
        "buy",
        "acquire",
        "sue",
        "hire",
        "fire",
        "face",
        "appeal",
        "invest",
        "settle",
        "launch",
        "announce",
        "agree",
        "plan",
        "sell",
        "cut",
        "raise",
        "file",
        "sign",
        "unveil",
        "deny",
        "confirm",
        "warn",
        "reject",
        "ban",
        "block",
        "suspend",
        "challenge",
        "lay",
        "merge",
        "expand",
        "spend",
        "bid",
        "seek",
        "win",
        "lose",
        "partner",
        "team",
        "admit",
        "apologise",
        "apologize",
        "promise",
        "pledge",
        "vow",
        "refuse",
        "contest",
        "defend",
        "oppose",
        "employ",
        "compensate",
        "refund",
        "donate",
        "introduce",
        "release",
        "roll",
        "debut",
        "develop",
        "build",
        "slash",
        "ask",
        "urge",
        "respond",
        "comply",
        "argue",
        "claim",
        "allege",
        "accuse",
        "threaten",
        "quit",
        "exit",
        "enter",
        "join",
        "report",
        "expect",
        "decline",
        "own",
        "strike",
        "shut",
        "axe",
        "scrap",
        "drop",
        "halt",
        "reveal",
        "counter",
        "lobby",
        "testify",
        "hit",
        "relaunch",
        "reduce",
        "trim",
        "shed",
        "restructure",
        "recall",
        "downsize",
        "rebrand",
        "resume",
    ])
});

/// Past forms of [`CORPORATE_VERBS`] that no suffix rule finds.
pub static CORPORATE_VERBS_IRREGULAR: WordSet = LazyLock::new(|| {
    WordList::new([
        "paid", "bought", "sold", "won", "lost", "struck", "sought", "spent", "built", "laid",
    ])
});

/// `word` (lower case) is a form of a [`CORPORATE_VERBS`] verb: (is a verb, is a past form).
/// "pays", "launches", "applies", "announced", "banned", "suing", "settling".
pub fn corporate_verb(word: &str) -> Option<bool> {
    verb_form(word, &CORPORATE_VERBS, &CORPORATE_VERBS_IRREGULAR)
}

/// `word` (lower case) is a form of one of the verbs `stems` (base forms), by the regular
/// endings or as one of its `irregular` past forms: Some(is a past form).
fn verb_form(word: &str, stems: &WordList, irregular: &WordList) -> Option<bool> {
    if stems.contains(word) {
        return Some(false);
    }
    if irregular.contains(word) {
        return Some(true);
    }
    let known = |stem: &str| stems.contains(stem);
    // A stem with its doubled last consonant undone ("bann" -> "ban").
    let undouble = |stem: &str| {
        let b = stem.as_bytes();
        b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2] && known(&stem[..stem.len() - 1])
    };
    let with_e = |stem: &str| known(&format!("{stem}e"));
    let with_y = |stem: &str| known(&format!("{stem}y"));
    if let Some(stem) = word.strip_suffix("ed") {
        let stem_i = stem.strip_suffix('i');
        if known(stem) || with_e(stem) || undouble(stem) || stem_i.is_some_and(with_y) {
            return Some(true);
        }
    }
    if let Some(stem) = word.strip_suffix("ing") {
        if known(stem) || with_e(stem) || undouble(stem) {
            return Some(false);
        }
    }
    if let Some(stem) = word.strip_suffix('s') {
        let es = stem.strip_suffix('e');
        let ies = es.and_then(|s| s.strip_suffix('i'));
        if known(stem) || es.is_some_and(known) || ies.is_some_and(with_y) {
            return Some(false);
        }
    }
    None
}

/// Verbs done to companies as institutions: their object is the firm, not its app ("fined
/// Google", "sued Apple", "acquire Twitter"). Not "ban" or "block": countries ban the app.
static FIRM_OBJECT_VERBS: WordSet =
    LazyLock::new(|| WordList::new(["fine", "sue", "acquire", "buy", "purchase"]));

/// Is `word` (lower case) a form of a [`FIRM_OBJECT_VERBS`] verb ("fined", "suing", "bought")?
pub fn firm_object_verb(word: &str) -> bool {
    static IRREGULAR: WordSet = LazyLock::new(|| WordList::new(["bought"]));
    verb_form(word, &FIRM_OBJECT_VERBS, &IRREGULAR).is_some()
}

/// Holdings in a company, before "in", "of" or "for": "a stake in Twitter", "the takeover of
/// Yahoo", "a bid for Napster".
pub static FIRM_HOLDINGS: WordSet = LazyLock::new(|| {
    WordList::new([
        "shares",
        "stake",
        "takeover",
        "acquisition",
        "bid",
        "subsidiary",
        "unit",
        "shareholders",
        "investors",
        "owners",
    ])
});

/// Participles whose "by" names a company as owner or backer: "owned by Google", "acquired by
/// Facebook".
pub static OWNED_BY: WordSet = LazyLock::new(|| {
    WordList::new([
        "owned",
        "acquired",
        "bought",
        "backed",
        "funded",
        "purchased",
        "run",
        "controlled",
    ])
});

/// Words before "from" that make what follows it a firm that pays or invests: "$1 billion
/// from Google", "funding from Facebook".
pub static FUNDS_FROM: WordSet = LazyLock::new(|| {
    WordList::new([
        "funding",
        "investment",
        "investments",
        "backing",
        "loan",
        "loans",
        "cash",
        "grant",
        "bid",
        "offer",
        "million",
        "billion",
        "trillion",
        "crore",
        "lakh",
        "bn",
        "mn",
    ])
});

/// Lower-case nouns whose "of" names a place: "the town of Karak", "the port of Santos",
/// "the island of Luzon" (a town's club, a surname or a firm of that name is not meant).
pub static PLACE_NOUNS: WordSet = LazyLock::new(|| {
    WordList::new([
        "town",
        "towns",
        "city",
        "cities",
        "village",
        "villages",
        "port",
        "municipality",
        "province",
        "island",
        "islands",
        "district",
        "county",
        "hometown",
        "suburb",
        "outskirts",
    ])
});

/// Words that make a following capitalised word a place ("in Paris", "from Moscow").
pub static PLACE_BEFORE: WordSet =
    LazyLock::new(|| WordList::new(["in", "near", "outside", "inside"]));

/// Words that make a capitalised sequence a model name after a product brand or line.
pub static MODEL_WORDS: WordSet = LazyLock::new(|| {
    WordList::new([
        "Pro", "Max", "Plus", "Ultra", "Lite", "Mini", "Air", "Power", "Play", "Prime", "Neo",
        "Edge", "Note", "Fold", "Flip", "Series", "Buds", "SE", "FE", "Go", "Turbo", "Style",
        "Active", "Gen",
    ])
});

/// Is this word (any case) a closed-class or very common word (scowl level ≤ `level`)?
pub fn is_common(gaz: &Gazetteer, word: &str, level: u8) -> bool {
    gaz.common_level(word).is_some_and(|l| l <= level)
}

/// A one-word app or product name that is an everyday word (token `i` of the sentence
/// `range`), written inside a longer capitalised name ("World Economic Outlook", "Speech and
/// Signal Processing", "Steam Heat", the film "The Brave"): that name is meant, not the brand.
/// "Microsoft Outlook" (a firm before it) and "Twitter Inc" (a legal form after it) keep it.
pub fn common_brand_inside_a_name(
    doc: &Doc,
    gaz: &Gazetteer,
    range: std::ops::Range<usize>,
    i: usize,
) -> bool {
    let word = doc.tok(i);
    if !word.contains(char::is_uppercase) || !is_common(gaz, &word.to_lowercase(), 20) {
        return false;
    }
    let capitalised = |k: usize| doc.tokens[k].shape == Shape::Capitalised;
    let right = i + 1 < range.end
        && capitalised(i + 1)
        && !gaz.is_legal_form(doc.tok(i + 1))
        && !SERVICE_WORDS.contains(doc.tok(i + 1));
    let left = i > range.start + 1
        && capitalised(i - 1)
        && (doc.tok(i - 1) == "The" || is_common(gaz, &doc.tok(i - 1).to_lowercase(), 35));
    right || left
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every closed list of the rules.
    fn lists() -> Vec<(&'static str, &'static WordList)> {
        vec![
            ("NAME_CONNECTORS", &*NAME_CONNECTORS),
            ("SERVICE_WORDS", &*SERVICE_WORDS),
            ("CORPORATE_NOUNS", &*CORPORATE_NOUNS),
            ("FACILITY_HEADS", &*FACILITY_HEADS),
            ("PLACE_HEADS", &*PLACE_HEADS),
            ("PUBLICATION_HEADS", &*PUBLICATION_HEADS),
            ("RESULT_VERBS", &*RESULT_VERBS),
            ("PLAYER_ROLES", &*PLAYER_ROLES),
            ("CLUB_WORDS", &*CLUB_WORDS),
            ("HOME_NATIONS", &*HOME_NATIONS),
            ("ADDRESSED_OFFICES", &*ADDRESSED_OFFICES),
            ("PERSONAL_HONORIFICS", &*PERSONAL_HONORIFICS),
            ("NEVER_NAMES", &*NEVER_NAMES),
            ("EVENT_HEADS", &*EVENT_HEADS),
            ("HOLIDAYS", &*HOLIDAYS),
            ("AWARDS", &*AWARDS),
            ("TEMPORAL", &*TEMPORAL),
            ("TITLE_CASE_LOWER", &*TITLE_CASE_LOWER),
            ("APP_BEFORE", &*APP_BEFORE),
            ("SOFTWARE_NOUNS", &*SOFTWARE_NOUNS),
            ("FUNDS_FROM", &*FUNDS_FROM),
            ("DEVICE_NOUNS", &*DEVICE_NOUNS),
            ("APP_AFTER", &*APP_AFTER),
            ("FIRM_SPEAKERS", &*FIRM_SPEAKERS),
            ("CAPITAL_TERMS", &*CAPITAL_TERMS),
            ("RATE_TERMS", &*RATE_TERMS),
            ("RULE_TERMS", &*RULE_TERMS),
            ("ORG_ACTS", &*ORG_ACTS),
            ("ACTS_AUX", &*ACTS_AUX),
            ("BE_FORMS", &*BE_FORMS),
            ("CORPORATE_VERBS", &*CORPORATE_VERBS),
            ("CORPORATE_VERBS_IRREGULAR", &*CORPORATE_VERBS_IRREGULAR),
            ("PLACE_BEFORE", &*PLACE_BEFORE),
            ("PLACE_NOUNS", &*PLACE_NOUNS),
            ("FIRM_AND_WORDS", &*FIRM_AND_WORDS),
            ("FIRM_NOUNS", &*FIRM_NOUNS),
            ("MODEL_WORDS", &*MODEL_WORDS),
            ("SPORTS_WORDS", &*SPORTS_WORDS),
            ("SPORTS_WORDS_SHARED", &*SPORTS_WORDS_SHARED),
        ]
    }

    /// `case_fits` as first written, char by char: the reference for the ASCII fast path.
    fn case_fits_general(name: &str, text: &str) -> bool {
        !name
            .chars()
            .rev()
            .zip(text.chars().rev())
            .any(|(n, t)| n.is_uppercase() && t.is_lowercase())
    }

    /// An acronym of four letters or more in a firm's name may be written as a word; the
    /// other words must fit as listed, and a short code may not.
    #[test]
    fn acronym_words_fit_british_style() {
        for (name, text, fits) in [
            ("ABN AMRO", "ABN Amro", true),
            ("ABN AMRO", "Abn Amro", false),
            ("ABN AMRO", "ABN AMRO", false),
            ("FRANCO NEVADA", "Franco Nevada", true),
            ("BAE Systems", "Bae Systems", false),
            ("AMRO", "Amro", false),
            ("ABN AMRO Bank", "ABN Amro", false),
        ] {
            assert_eq!(acronym_words_fit(name, text), fits, "{name:?} {text:?}");
        }
    }

    #[test]
    fn case_fits_fast_equals_general() {
        // (listed spelling, text, fits)
        let cases = [
            ("Ben", "Ben", true),
            ("Ben", "BEN", true),
            ("BEN", "Ben", false),
            ("Ben", "ben", false),
            ("ben", "Ben", true),
            ("the Kremlin", "The Kremlin", true),
            ("the Kremlin", "Kremlin", true),
            ("The Hague", "the hague", false),
            ("NATO", "Nato", false),
            ("iPhone", "IPHONE", true),
            ("Zürich", "zürich", false),
            ("Zürich", "ZÜRICH", true),
            ("ÉTÉ", "été", false),
            ("été", "ÉTÉ", true),
            ("U.S.", "U.S.", true),
            ("", "Anything", true),
            ("A", "", true),
        ];
        for (name, text, fits) in cases {
            assert_eq!(case_fits(name, text), fits, "{name:?} {text:?}");
            assert_eq!(case_fits_general(name, text), fits, "{name:?} {text:?}");
        }
    }

    /// The gazetteer built from the TSV rows `rows` (header added) and the matches of its
    /// lexicon in `text`, split into sentences and tokens.
    fn lexicon_matches(rows: &str, text: &str, f: impl FnOnce(&Gazetteer, &Lexicon)) {
        let mut b = crate::gazetteer::GazetteerBuilder::new();
        b.add_tsv(
            "t.tsv",
            &format!("name\tcanonical\tlabel\tsubtype\tid\tsource\n{rows}"),
        )
        .expect("parses");
        let gaz = b.build().expect("builds");
        let p = crate::pipeline::Pipeline::new(super::super::Recogniser::without_gazetteers());
        let a = p.analyse(crate::model::Article {
            text: text.into(),
            ..Default::default()
        });
        let doc = Doc::new(text, &a.sentences, &a.tokens);
        f(&gaz, &Lexicon::new(&doc, &gaz));
    }

    /// The text of each lexicon match of `text` with the listed `rows`.
    fn lexicon_surfaces(rows: &str, text: &str) -> Vec<String> {
        let mut found = Vec::new();
        lexicon_matches(rows, text, |_, lex| {
            found = lex
                .matches
                .iter()
                .map(|m| text[m.start..m.end].to_string())
                .collect();
        });
        found
    }

    /// A listed "The X" matches running text's "the X" as "X": a firm or a paper, not a place
    /// named by an everyday word, nor the start of a longer name; a name listed alone ("Arctic")
    /// is still found.
    #[test]
    fn lower_case_the_before_a_listed_the_name() {
        let rows = "The Guardian\tThe Guardian\tORG\tnews_agency\t\tt\n\
                    The Times\tThe Times\tORG\tnews_agency\t\tt\n\
                    The Valley\tThe Valley\tLOCATION\tcity\t\tt\n\
                    valley\tvalley\tCOMMON\t35\t\tt\n\
                    The Arctic\tThe Arctic\tLOCATION\tregion\t\tt\n\
                    Arctic\tArctic\tLOCATION\tregion\t\tt\n\
                    arctic\tarctic\tCOMMON\t35\t\tt\n";
        let text = "He told the Guardian so. It rained in the Valley. He wrote in the Times \
                    Educational Supplement. Ice in the Arctic melts.";
        assert_eq!(lexicon_surfaces(rows, text), ["Guardian", "Arctic"]);
    }

    /// "the Herald of Free Enterprise" is a ship, after either "the"; "from the Sun" is the
    /// star; "told the Herald" and "the Sun said" are the papers.
    #[test]
    fn listed_the_name_that_names_something_else() {
        let rows = "The Herald\tThe Herald\tORG\tnews_agency\t\tt\n\
                    The Sun\tThe Sun\tORG\tnews_agency\t\tt\n";
        let text = "The ferry the Herald of Free Enterprise sank. He read The Herald of Free \
                    Enterprise. Heat from the Sun grew. It orbits the Sun. He told the Herald \
                    so, and the Sun said it.";
        assert_eq!(lexicon_surfaces(rows, text), ["Herald", "Sun"]);
    }

    /// A sentence's "The" before a listed organisation is the article, and the name listed
    /// without it gives the entries ("The Fed" is the "Fed" of the rest of the article); a
    /// place keeps its "The", and a firm whose short name is a town keeps its own entries.
    #[test]
    fn capital_the_before_a_listed_organisation() {
        let rows = "The Fed\tThe Fed\tORG\tagency\t\tt\n\
                    Fed\tFederal Reserve\tORG\tcentral_bank\t\tt\n\
                    The Hague\tThe Hague\tLOCATION\tcity\t\tt\n\
                    The Hartford\tThe Hartford\tORG\tcompany\t\tt\n\
                    Hartford\tHartford\tLOCATION\tcity\t\tt\n";
        let text = "The Fed held rates. The Hague court ruled. The Hartford gained.";
        lexicon_matches(rows, text, |gaz, lex| {
            let found: Vec<(&str, String, GazLabel)> = lex
                .matches
                .iter()
                .flat_map(|m| {
                    m.entries()
                        .map(|e| {
                            let e = gaz.entry(e);
                            (&text[m.start..m.end], e.canonical.to_string(), e.label)
                        })
                        .collect::<Vec<_>>()
                })
                .collect();
            assert_eq!(
                found,
                [
                    ("Fed", "Federal Reserve".to_string(), GazLabel::Org),
                    ("The Hague", "The Hague".to_string(), GazLabel::Location),
                    ("Hartford", "The Hartford".to_string(), GazLabel::Org),
                ]
            );
        });
    }

    /// A match's label set answers as a scan of its fitting entries does.
    #[test]
    fn label_set_equals_entry_scan() {
        let Ok(gaz) = Gazetteer::builtin() else {
            panic!("built-in gazetteer loads");
        };
        let text =
            "President Vladimir Putin met Apple and Microsoft in Paris, France, and Reading \
                    beat Chelsea. BONN and Bonn, the U.S. Federal Reserve and Nato said.";
        let p = crate::pipeline::Pipeline::new(super::super::Recogniser::without_gazetteers());
        let a = p.analyse(crate::model::Article {
            text: text.into(),
            ..Default::default()
        });
        let doc = Doc::new(text, &a.sentences, &a.tokens);
        let lex = Lexicon::new(&doc, &gaz);
        assert!(lex.matches.len() >= 5, "{}", lex.matches.len());
        let labels = GazLabel::ALL;
        let mut seen = 0;
        for m in &lex.matches {
            for l in labels {
                let scan = m.entries().any(|e| gaz.entry(e).label == l);
                assert_eq!(m.has(&gaz, l), scan, "{}: {l:?}", &text[m.start..m.end]);
                seen += usize::from(scan);
            }
        }
        assert!(seen >= 5, "{seen}");
    }

    /// The filter turns away no listed word, and `contains` answers as the hash set does for
    /// listed words, their case and length variants, and other tokens.
    #[test]
    fn word_list_filter_loses_no_word() {
        let others = [
            "",
            "the",
            "The",
            "THE",
            "Paris",
            "of",
            "Of",
            "in",
            "In",
            "said",
            "Monday",
            "monday",
            "I",
            "i",
            "v",
            "v.",
            "&",
            "Pro",
            "pro",
            "Park",
            "park",
            "President",
            "president",
            "Über",
            "’s",
            "x",
            "shares",
            "share",
            "sharesx",
        ];
        for (name, list) in lists() {
            assert!(list.iter().count() > 0, "{name}");
            for w in list.iter() {
                assert!(list.contains(w), "{name}: {w:?}");
                let variants = [
                    w.to_lowercase(),
                    w.to_uppercase(),
                    format!("{w}s"),
                    w.chars().skip(1).collect::<String>(),
                ];
                for v in variants.iter().map(String::as_str).chain(others) {
                    assert_eq!(list.contains(v), list.words.contains(v), "{name}: {v:?}");
                }
            }
        }
        // Negatives: not in the list, whatever the filter says.
        assert!(!NEVER_NAMES.contains("Paris"));
        assert!(!TEMPORAL.contains("Paris"));
        assert!(NAME_CONNECTORS.contains("of") && !NAME_CONNECTORS.contains("Of"));
    }

    #[test]
    fn firm_object_verb_forms() {
        for w in [
            "fine", "fined", "fining", "sues", "suing", "acquired", "bought", "buying",
        ] {
            assert!(firm_object_verb(w), "{w}");
        }
        for w in ["banned", "finest", "buyer", "sued-for", "pay"] {
            assert!(!firm_object_verb(w), "{w}");
        }
    }

    #[test]
    fn corporate_verb_forms() {
        // (word, Some(is a past form) or None)
        let cases = [
            ("pay", Some(false)),
            ("pays", Some(false)),
            ("paying", Some(false)),
            ("paid", Some(true)),
            ("launches", Some(false)),
            ("launched", Some(true)),
            ("suing", Some(false)),
            ("sued", Some(true)),
            ("settling", Some(false)),
            ("banned", Some(true)),
            ("banning", Some(false)),
            ("denies", Some(false)),
            ("denied", Some(true)),
            ("acquires", Some(false)),
            // Not corporate verbs, or nouns that look like forms.
            ("shares", None),
            ("posts", None),
            ("users", None),
            ("pay-tv", None),
            ("sing", None),
            ("bed", None),
            ("ed", None),
        ];
        for (w, want) in cases {
            assert_eq!(corporate_verb(w), want, "{w}");
        }
    }
}
