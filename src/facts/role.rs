//! Role facts: PERSON → ORG or LOCATION, with the role text.
//!
//! Takes one person mention and its sentence's tokens; gives `role` facts for the patterns
//! "Kremlin spokesman Dmitry Peskov" (`RolePrefix`), "Sundar Pichai, chief executive of
//! Alphabet" (`RoleAppositive`), "X is the chief executive of Y" and "Y's chief executive is
//! X" (`RoleCopula`) and "X, who
//! heads Y", "X, who is the CEO of Y", "X, who works for Y" (`RoleWhoHeads`), "the head of Y,
//! X" (`RoleAppositive`), "X of Y" for an organisation Y (`RoleOf`, role text the person's
//! title if any) and "Y named X its chief executive" (`RoleAppointed`). "the 49-year-old SpaceX and Tesla CEO" is in `age.rs`. Does not read roles
//! without an organisation or place ("the actor X").

use super::{fact, Ctx, Ent};
use crate::model::{Fact, Label, Mention, Shape};
use crate::recognise::lexicon::ROLE_QUALIFIERS;

/// Lower-case nouns that end an organisation's name rather than start a role
/// ("Public accounts committee chairman").
const ORG_HEADS: &[&str] = &[
    "committee",
    "party",
    "council",
    "commission",
    "board",
    "agency",
    "ministry",
    "department",
    "union",
    "authority",
    "bank",
    "fund",
];

/// Words that end a role scan: verbs and clause words are no part of a role.
const ROLE_STOPS: &[&str] = &[
    "said", "says", "say", "told", "who", "which", "that", "is", "was", "are", "were", "has",
    "had", "have", "will", "would", "could", "to", "be", "been", "not", "in", "on", "since",
    "during", "when", "after", "before", "but", "by", "as",
];

/// Prepositions that link a role to its organisation.
const ROLE_PREPS: &[&str] = &["of", "at", "for", "with"];

/// "who heads Y" verbs and the role each gives.
const HEAD_VERBS: &[(&str, &str)] = &[
    ("heads", "head"),
    ("headed", "head"),
    ("leads", "leader"),
    ("led", "leader"),
    ("runs", "head"),
    ("ran", "head"),
    ("chairs", "chair"),
    ("chaired", "chair"),
    ("founded", "founder"),
    ("co-founded", "co-founder"),
];

/// Verbs that introduce a role after a person ("X is the chief executive of Y").
const COPULAS: &[&str] = &["is", "was", "became", "becomes", "remains"];
const SERVE_VERBS: &[&str] = &["served", "serves", "worked", "works", "joined"];
/// Government portfolios: in "Home Secretary" or "Culture Minister" the word is part of the
/// role, not the organisation ("Treasury" and "Labour" are left out: bodies or parties too).
const PORTFOLIOS: &[&str] = &[
    "home",
    "foreign",
    "culture",
    "education",
    "health",
    "transport",
    "transportation",
    "pensions",
    "agriculture",
    "defence",
    "defense",
    "trade",
    "environment",
    "work",
    "justice",
    "interior",
    "finance",
    "energy",
    "industry",
    "housing",
    "sport",
    "sports",
    "tourism",
    "immigration",
    "communications",
    "economy",
    "science",
    "technology",
    "children",
    "families",
    "welfare",
    "employment",
    "commerce",
    "petroleum",
    "oil",
    "mines",
    "railways",
    "telecoms",
    "fisheries",
    "media",
    "arts",
    "heritage",
    "women",
    "youth",
    "veterans",
    "first",
    "vice-prime",
    "information",
    "budget",
    "aid",
    "farm",
    "economics",
    "telecommunications",
    "posts",
    "steel",
    "cooperation",
    "presidency",
    "planning",
    "social",
];

/// A lower-case word that may qualify a role ("election" chief, "disaster" chairman, "new"
/// chairman): no name, function word, possessive, verb or clause word.
fn is_role_modifier(ctx: &Ctx, i: usize) -> bool {
    // The shared function-word list has "new": qualifiers are asked first.
    if ctx.tokens[i].shape == Shape::Lower && ctx.is_any(i, ROLE_QUALIFIERS) {
        return ctx.mention_at[i].is_none();
    }
    ctx.tokens[i].shape == Shape::Lower
        && ctx.mention_at[i].is_none()
        && !ctx.is_function_word(i)
        && !ctx.is_possessive(i)
        && !is_verb_form(ctx.tok(i))
        && !ctx.is_any(i, super::said::SPEECH_VERBS)
        && !ctx.is_any(i, ROLE_STOPS)
}

/// A capitalised everyday adjective (by its ending) or a rank word, which qualifies a title
/// ("Artistic Director", "Presidential spokesman", "Under Secretary") rather than naming an
/// employer.
fn is_role_adjective(ctx: &Ctx, i: usize) -> bool {
    const RANKS: &[&str] = &[
        "under",
        "high",
        "most",
        "senior",
        "junior",
        "associate",
        "assistant",
        "deputy",
        "retired",
    ];
    const ENDINGS: &[&str] = &["al", "ic", "ive", "ary", "ing", "ate"];
    let w = ctx.tok(i).to_lowercase();
    ctx.tokens[i].shape == Shape::Capitalised
        && ctx
            .gaz
            .is_some_and(|g| crate::recognise::lexicon::is_common(g, &w, 35))
        && (RANKS.contains(&w.as_str()) || ENDINGS.iter().any(|e| w.ends_with(e)))
}

fn is_portfolio(w: &str) -> bool {
    PORTFOLIOS.iter().any(|p| p.eq_ignore_ascii_case(w))
}

/// Words before a month that make it a date: "In March President Reagan said".
const TIME_PREPOSITIONS: &[&str] = &[
    "in", "since", "until", "by", "last", "next", "early", "late",
];

/// Endings of hyphenated adjectives that describe a person, not an employer
/// ("Oscar-winning director", "London-based analyst").
const ADJECTIVE_ENDINGS: &[&str] = &[
    "-winning",
    "-based",
    "-born",
    "-nominated",
    "-bound",
    "-backed",
];

/// Verbs that give a person a role ("Y named X its chief executive", "X was appointed …").
const APPOINT_VERBS: &[&str] = &["named", "appointed", "elected", "hired", "promoted"];

fn role_fact(
    si: usize,
    person: &Mention,
    org: Ent,
    role: &str,
    rule: &'static str,
    ev: (usize, usize),
) -> Fact {
    let org = employer_of_board(org);
    let mut f = fact(si, &Ent::of(person), "role", org.name, rule, ev);
    f.object_id = org.id;
    // One line: wire copy breaks lines inside a role ("chairman and\nchief executive").
    f.role = Some(crate::model::single_spaced(role).into_owned());
    f
}

/// A company's boards, whose members the company employs.
const BOARDS: &[&str] = &[
    "Board of Directors",
    "Board of Trustees",
    "Board of Governors",
    "Supervisory Board",
    "Advisory Board",
    "Executive Board",
];

/// "a member of the Board of Directors of Axsys": the company whose board it is employs the
/// person (a plain "Board of" stays: "Board of Trade" is a body of its own).
fn employer_of_board(org: Ent) -> Ent {
    let company = BOARDS.iter().find_map(|board| {
        let rest = org.name.strip_prefix(board)?;
        let rest = rest
            .strip_prefix(" of ")
            .or_else(|| rest.strip_prefix(" for "))?;
        let rest = rest.strip_prefix("the ").unwrap_or(rest);
        rest.starts_with(char::is_uppercase)
            .then(|| rest.to_string())
    });
    match company {
        Some(name) => Ent {
            name,
            id: None,
            ..org
        },
        None => org,
    }
}

/// "the Board of Directors of Axsys" found as two names: the company after the board.
fn board_owner(ctx: &Ctx, (org, next): (Ent, usize), b: usize) -> (Ent, usize) {
    let board_of =
        BOARDS.contains(&org.name.as_str()) && next < b && ctx.is_any(next, &["of", "for"]);
    if !board_of {
        return (org, next);
    }
    let mut o = next + 1;
    if o < b && ctx.is(o, "the") {
        o += 1;
    }
    ctx.org_at(o, b).unwrap_or((org, next))
}

/// A past or present participle ("assassinated Archduke X", "day remembering President X"):
/// a verb, no modifier of a role. "-ed"/"-ing" words that are roles are role words already.
fn is_verb_form(w: &str) -> bool {
    (w.len() > 4 && w.ends_with("ed"))
        || (w.len() > 5 && w.ends_with("ing") && !DEPARTMENTS_IN_ING.contains(&w))
}

/// Departments named by an "-ing" noun, which qualify a role as any department does ("Sony
/// marketing director", "Ford manufacturing chief"), not a verb.
const DEPARTMENTS_IN_ING: &[&str] = &[
    "accounting",
    "advertising",
    "banking",
    "broadcasting",
    "casting",
    "coaching",
    "engineering",
    "lending",
    "licensing",
    "manufacturing",
    "marketing",
    "merchandising",
    "planning",
    "programming",
    "publishing",
    "purchasing",
    "recruiting",
    "scouting",
    "trading",
    "training",
    "underwriting",
];

/// `RolePrefix`: "Kremlin spokesman Dmitry Peskov", "Russian President Vladimir Putin",
/// "Alphabet's CEO Sundar Pichai", "Labour election chief Alan Milburn", "EEF chief economist,
/// Steve Radley", "London's Labour mayor Ken Livingstone" (the place owns the office).
pub(super) fn prefix(
    ctx: &Ctx,
    si: usize,
    a: usize,
    first: usize,
    person: &Mention,
    out: &mut Vec<Fact>,
) {
    if let Some(f) = role_is_person(ctx, si, a, first, person) {
        out.push(f);
        return;
    }
    // "vice-chairman Dr. Richard Ellis": honorifics, with their full stops, are no role.
    let mut end = ctx.honorifics_start(a, first);
    // "EEF chief economist, Steve Radley": a comma between a role and the name.
    let mut comma = false;
    if end > a + 1
        && ctx.tok(end - 1) == ","
        && ctx.is_role_word(end - 2)
        && ctx.mention_at[end - 2].is_none()
    {
        end -= 1;
        comma = true;
    }
    // "Coast Guard Lt. Steve Hardy": an abbreviated title's full stop.
    let dot = end > a + 1
        && ctx.tok(end - 1) == "."
        && ctx.tokens[end - 2].end == ctx.tokens[end - 1].start
        && ctx.is_role_word(end - 2);
    let k = if dot {
        ctx.role_words_start(a, end - 1, 4)
    } else {
        ctx.role_words_start(a, end, 5)
    };
    // "former" alone is no role, nor is "majority" ("its majority Christian Democrats").
    if k == end || k == a || (end - k == 1 && ctx.is_any(k, &["former", "majority", "minority"])) {
        return;
    }
    let mut role_start = k;
    // Up to two lower-case modifiers: "election chief", "media chief", "communications director".
    let mut m = k;
    while m > a && m + 2 > k && is_role_modifier(ctx, m - 1) {
        m -= 1;
    }
    let mut org_extra = None;
    if m < k {
        if ctx.is_any(k - 1, ORG_HEADS) {
            // The modifiers end the organisation's name: "Public accounts committee".
            org_extra = Some(k - 1);
        } else {
            role_start = m;
        }
    }
    // "Rhode Island Democratic Sen. X": the party word describes the person; the place before
    // it owns the office (a party named as such is a recognised organisation).
    let mut slot_end = m; // the organisation ends before this token
    while slot_end > a + 1
        && ctx.mention_at[slot_end - 2].is_some()
        && ctx.mention_at[slot_end - 1].is_none()
        && ctx.is_any(slot_end - 1, PARTY_ADJECTIVES)
    {
        slot_end -= 1;
    }
    if slot_end == a {
        return;
    }
    let mut o = slot_end - 1;
    // "Labor Party (PT) candidate X": the bracketed short name is the organisation's own.
    if ctx.tok(o) == ")" {
        if let Some(open) = (o.saturating_sub(6).max(a)..o)
            .rev()
            .find(|&i| ctx.tok(i) == "(")
        {
            if open > a && open + 1 < o && (open + 1..o).all(|i| ctx.is_cap(i)) {
                o = open - 1;
            }
        }
    }
    // "Apple and its chief executive Tim Cook": the organisation "its" refers to; "Lion
    // Group is headed by chairman William Cheng": the organisation the person heads.
    let headed_by = ctx.is(o, "by") && o >= a + 2 && ctx.is_any(o - 1, HEADED);
    if ctx.is(o, "its") || headed_by {
        // A lone capitalised word may begin a misread name ("its General Railway Signal Co").
        let plain_role = end - role_start > 1 || !ctx.is_cap(role_start);
        let role_words = (role_start..end).all(|i| !ctx.is_cap(i) || ctx.is_role_word(i));
        let org = if headed_by {
            headed_org(ctx, a, o - 1)
        } else {
            its_antecedent(ctx, a, o)
        };
        if let Some(org) = org.filter(|_| plain_role && role_words) {
            let ev = (org.start, person.end);
            let role = ctx.span(role_start, end - 1).trim_end_matches(',').trim();
            let mut f = role_fact(si, person, org, role, "RolePrefix", ev);
            f.confidence = 0.65;
            out.push(f);
        }
        return;
    }
    let possessive = ctx.is_possessive(o);
    if possessive && o > a {
        o -= 1;
    }
    let found = ctx.org_ending_at(a, o).or_else(|| {
        // "Sotheby's vice-chairman Richard Ellis": a name whose list spelling keeps its "'s".
        if let Some(found) = ctx.org_ending_at(a, o + 1).filter(|_| possessive) {
            return Some(found);
        }
        // "the company's chief executive John Smith": the company named before.
        if possessive && o > a {
            if let Some(org) = ctx.anaphoric_org(si, o, ctx.tokens.len()) {
                return Some((org, o - 1));
            }
        }
        // "Public accounts committee": a capitalised word before the modifiers, even a common one.
        (org_extra.is_some() && ctx.is_cap(o) && ctx.mention_at[o].is_none()).then(|| {
            let t = ctx.tokens[o];
            (
                Ent {
                    name: ctx.tok(o).to_string(),
                    id: None,
                    start: t.start,
                    end: t.end,
                },
                o,
            )
        })
    });
    let mut found = found;
    // "Culture Secretary X", "Conservative Home Secretary X": a government portfolio is part of
    // the role; the body holding it, if any, is named before it.
    let portfolio_last = is_portfolio(ctx.tok(o))
        && found.as_ref().is_some_and(|(e, _)| {
            // The word alone (recognised or not), or the end of a run nobody recognised.
            (e.start, e.end) == (ctx.tokens[o].start, ctx.tokens[o].end)
                || (e.id.is_none() && ctx.mention_at[o].is_none())
        });
    // "Artistic Director X", "Presidential spokesman X", "Associate Director X": a capitalised
    // adjective nobody recognised as a name qualifies the role too. Not a firm's short form
    // ("Coastal spokesman" after "Coastal Corp"), nor the end of a longer run before a role
    // in lower case, where only the name has capitals ("Banco Royal president").
    let adjective_last = org_extra.is_none()
        && ctx.mention_at[o].is_none()
        && found
            .as_ref()
            .is_some_and(|(e, first)| e.id.is_none() && (*first == o || ctx.is_cap(end - 1)))
        && is_role_adjective(ctx, o)
        && ctx.org_opened_by(o).is_none();
    if portfolio_last || adjective_last {
        role_start = o;
        let mut p = o;
        if p > a && ctx.is_possessive(p - 1) {
            p -= 1; // "Britain's Home Secretary"
        }
        found = (p > a).then(|| ctx.org_ending_at(a, p - 1)).flatten();
    }
    let Some((mut org, org_first)) = found else {
        return;
    };
    // A lone unrecognised word: "Oscar-winning director X" is no organisation; "ex-Yukos
    // boss X" names Yukos; "In March President Reagan" is a date.
    if org.id.is_none() && org_first == o && ctx.mention_at[o].is_none() {
        let w = ctx.tok(o);
        if crate::dates::month_number(w).is_some() && o > a && ctx.is_any(o - 1, TIME_PREPOSITIONS)
        {
            return;
        }
        // "Committee Chairman X", "Ministry spokesman X": the committee or ministry named
        // before, else none.
        if ctx.is_cap(o) && !(o > a && ctx.is_cap(o - 1)) && ctx.body_noun(o).is_some() {
            match ctx.body_noun_org(o) {
                Some(body) => org = body,
                None => return,
            }
        }
        if ADJECTIVE_ENDINGS
            .iter()
            .any(|e| w.len() > e.len() && w.ends_with(e))
        {
            return;
        }
        if let Some(rest) = w.strip_prefix("ex-").or_else(|| w.strip_prefix("Ex-")) {
            if rest.is_empty() {
                return;
            }
            org.name = rest.to_string();
            org.start += 3;
        }
    }
    // "an ally of the ex-Yukos boss, Mr Nevzlin" describes someone else; "said EEF chief
    // economist, X" does not, nor does an office the organisation owns ("the Kremlin's
    // spokesman, Dmitry Peskov"), nor "the" opening the clause ("The U.N. spokesman, Francois
    // Giuliani, said", "said the Foreign Ministry spokesman, Grigory Karasin").
    let after_preposition = |i: usize| {
        i > a
            && ctx.is_any(
                i - 1,
                &["of", "to", "with", "for", "from", "by", "about", "against"],
            )
    };
    if comma
        && !possessive
        && org_first > a
        && (ctx.is_any(org_first - 1, &["a", "an", "of", "to", "with"])
            || ctx.is(org_first - 1, "the") && after_preposition(org_first - 1))
    {
        return;
    }
    if let Some(last) = org_extra {
        org.name = ctx.text[org.start..ctx.tokens[last].end].to_string();
        org.id = None;
        org.end = ctx.tokens[last].end;
    }
    // "London's Labour mayor": the place before the party owns the office.
    if !possessive && org_first >= a + 2 && ctx.is_possessive(org_first - 1) {
        if let Some(place) = ctx
            .mention_ending_at(org_first - 2)
            .filter(|p| p.label == Label::Location)
        {
            org = Ent::of(place);
        }
    }
    let role = ctx.span(role_start, end - 1).trim_end_matches(',').trim();
    let rule_conf = if org.id.is_some() { 0.8 } else { 0.65 };
    let mut f = role_fact(
        si,
        person,
        org.clone(),
        role,
        "RolePrefix",
        (org.start.min(ctx.tokens[role_start].start), person.end),
    );
    f.confidence = rule_conf;
    out.push(f);
    // "SpaceX and Tesla CEO Elon Musk": the organisation before "and" too, when the phrase
    // starts with it ("Apple sued Google and Tesla CEO X" names Google as sued, not as his).
    if org_first >= a + 2 && ctx.is(org_first - 1, "and") {
        let listed = ctx
            .mention_starting_at(org_first)
            .is_some_and(is_listed_org);
        if let Some(m) = ctx
            .mention_ending_at(org_first - 2)
            .filter(|m| listed && is_listed_org(m))
        {
            let m_first = ctx.first_token_of(m);
            let opens = m_first == a
                || ctx.tokens[m_first - 1].shape == Shape::Punct
                || ctx.is_any(m_first - 1, &["the", "a", "an", "former", "said", "says"]);
            if opens {
                let ev = (m.start, person.end);
                let mut f = role_fact(si, person, Ent::of(m), role, "RolePrefix", ev);
                f.confidence = rule_conf;
                out.push(f);
            }
        }
    }
}

/// Company offices that, opening a sentence without an organisation, are held at the company
/// the article is about ("Chief executive Karan Adani told investors …").
const COMPANY_OFFICES: &[&str] = &[
    "chief executive",
    "chief executive officer",
    "ceo",
    "managing director",
    "chairman",
    "chairwoman",
    "chairperson",
    "founder",
    "co-founder",
    "cofounder",
    "chief financial officer",
    "cfo",
    "chief operating officer",
    "coo",
];

/// `RoleOfArticleFirm`: a company office opening a sentence, with no organisation named
/// ("Chief executive Karan Adani said", "Co-founder and chief executive Dr. Anjali Rao"): the
/// office is at the organisation the article has named most so far, if it has named it twice
/// and in this or the sentence before.
pub(super) fn of_article_firm(
    ctx: &Ctx,
    si: usize,
    a: usize,
    first: usize,
    person: &Mention,
    disc: &super::Discourse,
    out: &mut Vec<Fact>,
) {
    let end = ctx.honorifics_start(a, first);
    if end == a || ctx.role_words_start(a, end, 6) != a {
        return;
    }
    let role = ctx.span(a, end - 1);
    let lower = role.to_lowercase();
    if !lower
        .split(" and ")
        .all(|part| COMPANY_OFFICES.contains(&part.trim()))
    {
        return;
    }
    let Some(org) = disc
        .salient_org_named(2)
        .filter(|org| org.sentence + 1 >= si)
    else {
        return;
    };
    let ev = (ctx.tokens[a].start, person.end);
    let mut f = role_fact(si, person, Ent::of(org), role, "RoleOfArticleFirm", ev);
    f.confidence = 0.6;
    out.push(f);
}

/// `RoleCopula` turned round: "Apple's chief executive is Tim Cook", "Health Management
/// Associates' current interim CEO is John Starcher": an organisation's possessive, up to two
/// qualifiers and the role words, then "is" or "was" and the person.
fn role_is_person(ctx: &Ctx, si: usize, a: usize, first: usize, person: &Mention) -> Option<Fact> {
    let end = first
        .checked_sub(1)
        .filter(|&c| ctx.is_any(c, &["is", "was"]))?;
    let k = ctx.role_words_start(a, end, 5);
    if k == end || (end - k == 1 && ctx.is(k, "former")) {
        return None;
    }
    let mut m = k;
    while m > a && m + 2 > k && is_role_modifier(ctx, m - 1) {
        m -= 1;
    }
    let p = m
        .checked_sub(1)
        .filter(|&p| p > a && ctx.is_possessive(p))?;
    let (org, _) = ctx.org_ending_at(a, p - 1)?;
    let role = ctx.span(m, end - 1);
    let ev = (org.start, person.end);
    let mut f = role_fact(si, person, org, role, "RoleCopula", ev);
    f.confidence = 0.7;
    Some(f)
}

/// "is headed by", "led by": the person after "by" heads the organisation before the verb.
const HEADED: &[&str] = &["headed", "led", "run", "chaired", "managed"];

/// The organisation named just before the verb at `verb` ("Lion Group is headed by",
/// "Acme, led by"): an ORG mention ending there, after "is/was" or a comma at most.
fn headed_org(ctx: &Ctx, a: usize, verb: usize) -> Option<Ent> {
    let mut e = verb;
    if e > a && (ctx.is_any(e - 1, &["is", "was", "are", "were", "been"]) || ctx.tok(e - 1) == ",")
    {
        e -= 1;
    }
    if e > a && ctx.is_any(e - 1, &["is", "was", "has", "had"]) {
        e -= 1;
    }
    let m = ctx.mention_ending_at(e.checked_sub(1)?)?;
    (m.label == Label::Org && m.start >= ctx.tokens[a].start).then(|| Ent::of(m))
}

/// The organisation that "its" at token `its` refers to: the one named just before ("Apple
/// and its chief executive"), or the only organisation named earlier in the sentence with no
/// person or place named after it ("Shares of Apple fell after its chief executive …").
fn its_antecedent(ctx: &Ctx, a: usize, its: usize) -> Option<Ent> {
    if its >= a + 2 && ctx.is(its - 1, "and") {
        if let Some(m) = ctx
            .mention_ending_at(its - 2)
            .filter(|m| m.label == Label::Org)
        {
            return Some(Ent::of(m));
        }
    }
    let mut found: Option<&Mention> = None;
    for i in a..its {
        let Some(m) = ctx.mention_starting_at(i) else {
            continue;
        };
        match m.label {
            Label::Org if found.is_none() => found = Some(m),
            Label::Org | Label::Person | Label::Location | Label::App => return None,
            _ => {}
        }
    }
    found.map(Ent::of)
}

/// Scans a role starting at `k` and the organisation after it: "chief executive of Alphabet",
/// "head of information systems at Cranfield University", "assistant US attorney general".
/// Returns the role text's token range, the organisation and the token after it.
///
/// `served` ("X served as a rear air gunner in the Royal Canadian Air Force"): the verb says it
/// is a role, so no role word is needed and "in" links it too.
fn role_then_org(
    ctx: &Ctx,
    si: usize,
    k: usize,
    b: usize,
    served: bool,
) -> Option<((usize, usize), Ent, usize)> {
    let role_start = k;
    let mut k = k;
    let mut has_role_word = served;
    let mut place_inside: Option<(Ent, usize)> = None;
    // "head of UK equities for Standard Life": a place that names a department or market
    // ("UK equities") is the answer only if no organisation follows later in the role.
    let mut department_place: Option<((usize, usize), Ent, usize)> = None;
    while k < b && k < role_start + 12 {
        if k > role_start && (ctx.is_any(k, ROLE_PREPS) || (served && ctx.is(k, "in"))) {
            let mut o = k + 1;
            if o < b && ctx.is(o, "the") {
                o += 1;
            }
            if has_role_word {
                if let Some((org, next)) = ctx.org_at(o, b).map(|f| board_owner(ctx, f, b)) {
                    let is_org = ctx
                        .mention_starting_at(o)
                        .is_some_and(|m| m.label == Label::Org);
                    let modifies_noun = next < b
                        && ctx.tokens[next].shape == Shape::Lower
                        && !ctx.is_function_word(next)
                        && !is_verb_form(ctx.tok(next));
                    // "Director of Engineering at Juniper Networks": a capitalised field
                    // nobody recognised, then the organisation the recogniser named.
                    let bare = ctx.mention_starting_at(o).is_none();
                    let org_follows = next + 1 < b && ctx.is_any(next, &["at", "for"]) && {
                        let p = if ctx.is(next + 1, "the") {
                            next + 2
                        } else {
                            next + 1
                        };
                        ctx.mention_starting_at(p)
                            .is_some_and(|m| m.label == Label::Org)
                    };
                    if bare && org_follows {
                        k = next;
                        continue;
                    }
                    if is_org || !modifies_noun || department_place.is_some() {
                        return Some(((role_start, k - 1), org, next));
                    }
                    // "attorney for the Peruvian silver mining company Minpeco S.A.": a
                    // nationality describes the organisation named after the description.
                    if next == o + 1 && ctx.gaz.and_then(|g| g.demonym(ctx.tok(o))).is_some() {
                        let mut p = next;
                        while p < b
                            && p < next + 5
                            && ctx.tokens[p].shape == Shape::Lower
                            && !ctx.is_function_word(p)
                            && !ctx.is_any(p, ROLE_STOPS)
                        {
                            p += 1;
                        }
                        if let Some((org, after)) = org_mention_at(ctx, p, b) {
                            return Some(((role_start, k - 1), org, after));
                        }
                    }
                    department_place = Some(((role_start, k - 1), org, next));
                    k = next;
                    continue;
                }
                // "a spokeswoman for the agency": the organisation named before.
                if o > k + 1 && !(o + 1 < b && ctx.is_possessive(o + 1)) {
                    if let Some(org) = ctx.anaphoric_org(si, o, b) {
                        return Some(((role_start, k - 1), org, o + 1));
                    }
                }
                // "leader of the banned VHP", "director of the state Republican Party": up to
                // two lower-case modifiers before an organisation the recogniser named.
                let mut p = o;
                while p < b && p < o + 2 && ctx.tokens[p].shape == Shape::Lower {
                    p += 1;
                }
                if p > o && !(o..p).any(|i| ctx.is_function_word(i) || ctx.is_any(i, ROLE_STOPS)) {
                    if let Some((org, next)) = org_mention_at(ctx, p, b) {
                        return Some(((role_start, k - 1), org, next));
                    }
                }
            }
            k += 1;
            continue;
        }
        if ctx.is_role_word(k) && ctx.mention_at[k].is_none() {
            has_role_word = true;
            k += 1;
        } else if ctx.is_generic_org_word(k) && k > role_start {
            // "Chairman of the Board": part of the role.
            k += 1;
        } else if ctx.tok(k) == "," && has_role_word && k + 1 < b && ctx.is_role_word(k + 1) {
            // "Chairman of the Board, President and Chief Executive Officer of X".
            k += 1;
        } else if let Some(m) = ctx.is_title_mention(k) {
            has_role_word = true;
            k = ctx.last_token_of(m) + 1;
        } else if ctx.mention_at[k].is_none()
            && k + 1 < b
            && (ctx.is_any(k, PARTY_ADJECTIVES)
                || ctx.gaz.and_then(|g| g.demonym(ctx.tok(k))).is_some())
        {
            // "a former Democratic member of", "the British ambassador to": a party or a
            // nationality qualifies the role.
            k += 1;
        } else if ctx.tokens[k].shape == Shape::Lower
            && ctx.mention_at[k].is_none()
            && !ctx.is_any(k, ROLE_STOPS)
            && (k > role_start || !ctx.is(k, "and"))
            // "retired as chairman and resigned from the board": a second clause (a past
            // tense; "-ing" words there are fields: "sales and marketing").
            && !(ctx.is(k, "and")
                && k + 1 < b
                && ctx.tok(k + 1).len() > 4
                && ctx.tok(k + 1).ends_with("ed")
                && !ctx.is_role_word(k + 1))
            // "who is running for mayor of Y": a verb before any role word.
            && !(!has_role_word
                && is_verb_form(ctx.tok(k))
                && k + 1 < b
                && ctx.is_function_word(k + 1))
        {
            k += 1;
        } else if place_inside.is_none() {
            // "assistant US attorney general", "Middle East correspondent": a place inside the
            // role, then more role words.
            match ctx.org_at(k, b) {
                Some((place, next))
                    if ctx
                        .mention_starting_at(k)
                        .is_some_and(|m| m.label == Label::Location)
                        && next < b
                        && ctx.is_role_word(next) =>
                {
                    place_inside = Some((place, k));
                    k = next;
                }
                _ => break,
            }
        } else {
            break;
        }
    }
    let Some((place, _)) = place_inside else {
        return department_place;
    };
    // The role must run to the end of the clause.
    if !has_role_word || (k < b && !matches!(ctx.tok(k), "," | "." | ";" | ")")) {
        return None;
    }
    Some(((role_start, k - 1), place, k))
}

/// Role text of tokens `i..=j` with a place inside it removed ("assistant attorney general").
fn role_text(ctx: &Ctx, i: usize, j: usize, org: &Ent) -> String {
    let full = ctx.span(i, j);
    let (s, e) = (ctx.tokens[i].start, ctx.tokens[j].end);
    if org.start >= s && org.end <= e {
        let before = ctx.text[s..org.start].trim_end();
        let after = ctx.text[org.end..e].trim_start();
        return format!("{before} {after}").trim().to_string();
    }
    full.to_string()
}

/// Skips determiners and "now"/"former"/"currently" in front of a role.
fn skip_determiners(ctx: &Ctx, mut k: usize, b: usize) -> usize {
    while k < b
        && ctx.is_any(
            k,
            &[
                "the",
                "a",
                "an",
                "its",
                "his",
                "her",
                "their",
                "another", // "Joe Weitz, another Emery employee"
                "now",
                "currently",
                "also",
            ],
        )
    {
        k += 1;
    }
    k
}

/// `RoleAppositive`: "Sundar Pichai, chief executive of Alphabet", "Stefan Schilbe, analyst at
/// HSBC", "Gerhard Florin, EA's managing director", "Damian Hockney, now Veritas deputy leader";
/// `RoleWhoHeads`: "X, who heads Y".
pub(super) fn appositive(
    ctx: &Ctx,
    si: usize,
    last: usize,
    b: usize,
    person: &Mention,
    out: &mut Vec<Fact>,
) {
    let mut k = last + 1;
    if k >= b || ctx.tok(k) != "," {
        return;
    }
    k += 1;
    // "Sen. Alan Cranston, D-Calif., chairman of …": the party and state are no role.
    if let Some(c) = party_state_tag(ctx, k, b) {
        k = c + 1;
    }
    if k + 1 < b && ctx.is(k, "who") {
        let v = k + 1;
        if let Some(&(_, role)) = HEAD_VERBS.iter().find(|(w, _)| ctx.is(v, w)) {
            let o = if v + 1 < b && ctx.is(v + 1, "the") {
                v + 2
            } else {
                v + 1
            };
            if let Some((org, _)) = ctx.org_at(o, b) {
                let ev = (person.start, org.end);
                let mut f = role_fact(si, person, org, role, "RoleWhoHeads", ev);
                f.confidence = 0.75;
                out.push(f);
            }
        } else if ctx.is_any(v, COPULAS) {
            // "X, who is the chief executive of Y".
            let k = skip_determiners(ctx, v + 1, b);
            if let Some(((i, j), org, _)) = role_then_org(ctx, si, k, b, false) {
                let ev = (person.start, org.end.max(ctx.tokens[j].end));
                let role = role_text(ctx, i, j, &org);
                let mut f = role_fact(si, person, org, &role, "RoleWhoHeads", ev);
                f.confidence = 0.7;
                out.push(f);
            }
        } else if v + 2 < b
            && ctx.is_any(v, &["works", "worked"])
            && ctx.is_any(v + 1, &["for", "at"])
        {
            // "X, who works for Y": employment without a title.
            let o = if ctx.is(v + 2, "the") { v + 3 } else { v + 2 };
            if let Some((org, _)) = org_mention_at(ctx, o, b) {
                let ev = (person.start, org.end);
                let mut f = role_fact(si, person, org, "", "RoleWhoHeads", ev);
                f.role = person.role.clone();
                f.confidence = 0.7;
                out.push(f);
            }
        }
        return;
    }
    // "Jane Doe, a veteran banker who became chief executive of Acme".
    let who_verb = description_who(ctx, k, b);
    if let Some((role, org)) = who_verb.and_then(|v| founded_org(ctx, v, b)) {
        let ev = (person.start, org.end);
        let mut f = role_fact(si, person, org, role, "RoleAppositive", ev);
        f.confidence = 0.7;
        out.push(f);
        return;
    }
    if let Some(((i, j), org, _)) = who_verb
        .and_then(|v| who_role_start(ctx, v, b))
        .and_then(|r| role_then_org(ctx, si, r, b, false))
    {
        let ev = (person.start, org.end.max(ctx.tokens[j].end));
        let role = role_text(ctx, i, j, &org);
        let mut f = role_fact(si, person, org, &role, "RoleAppositive", ev);
        f.confidence = 0.7;
        out.push(f);
        return;
    }
    let k = skip_determiners(ctx, k, b);
    // "John Smith, the company's chief executive": the company named before.
    if let Some((org, r0, r)) = anaphoric_possessive_role(ctx, si, k, b) {
        let ev = (person.start, ctx.tokens[r - 1].end);
        let mut f = role_fact(si, person, org, ctx.span(r0, r - 1), "RoleAppositive", ev);
        f.confidence = 0.65;
        out.push(f);
        return;
    }
    // "X, ORG's role" and "X, ORG role"; "X, a former Boeing executive" (a named
    // organisation after "former").
    let former = k + 1 < b
        && ctx.is(k, "former")
        && ctx
            .mention_starting_at(k + 1)
            .is_some_and(|m| m.label == Label::Org);
    let k_org = if former { k + 1 } else { k };
    if let Some((org, next)) = ctx.org_at(k_org, b) {
        let mut r = next;
        if r < b && ctx.is_possessive(r) {
            r += 1;
        }
        let role_start = r;
        // "Nancy Cowan, Red Cross disaster chairman": up to two modifiers before the role.
        let mut m = r;
        while m < b && m < role_start + 2 && !ctx.is_role_word(m) && is_role_modifier(ctx, m) {
            m += 1;
        }
        // Only after a named organisation or a possessive: "a Romanian part-time cleaner"
        // and "a Singapore-based fund manager" describe the person, not an employer.
        let named_org = ctx
            .mention_starting_at(k_org)
            .is_some_and(|x| x.label == Label::Org);
        if m > r && m < b && ctx.is_role_word(m) && (named_org || r > next) {
            r = m;
        }
        loop {
            while r < b && r < role_start + 7 && ctx.is_role_word(r) && ctx.mention_at[r].is_none()
            {
                r += 1;
            }
            // "the Liberal Democrats' foreign affairs spokesman", "EU foreign policy chief":
            // modifiers between role words are the role's too.
            let mut q = r;
            while q < b && q < r + 2 && !ctx.is_role_word(q) && is_role_modifier(ctx, q) {
                q += 1;
            }
            let more = r > role_start
                && q > r
                && q < b
                && q < role_start + 7
                && ctx.is_role_word(q)
                && ctx.mention_at[q].is_none();
            if !more {
                break;
            }
            r = q;
        }
        // "Kofi Annan, World Bank officials and ministers": a list, not the person's role.
        if r > role_start && ctx.is_plural_role(r - 1) {
            return;
        }
        // "Alicia Abraham, Circuit Judge Michael Getty said": the title is the next name's.
        let names_next = r < b
            && (ctx
                .mention_starting_at(r)
                .is_some_and(|m| m.label == Label::Person)
                || ctx.is_honorific(r));
        // "Terry Anderson, Middle East correspondent for The Associated Press": a place before
        // the role is its beat when an organisation follows the role (read below); not a
        // country owning the office ("Japan's deputy minister of International Trade").
        let beat = role_start == next
            && ctx
                .mention_starting_at(k_org)
                .is_some_and(|x| x.label == Label::Location)
            && r + 1 < b
            && ctx.is_any(r, &["for", "of", "at"])
            && org_mention_at(ctx, if ctx.is(r + 1, "the") { r + 2 } else { r + 1 }, b).is_some();
        // "Aziz, Crown Prince and …": a bare word and the role are one listed title, no
        // organisation and its role.
        let one_title = org.id.is_none()
            && role_start == next
            && role_start < b
            && ctx
                .gaz
                .is_some_and(|g| g.title(ctx.span(k_org, role_start)).is_some());
        let read_elsewhere = names_next || beat || one_title;
        if r > role_start
            && !read_elsewhere
            && !(r - role_start == 1 && ctx.is(role_start, "former"))
        {
            let ev = (person.start, ctx.tokens[r - 1].end);
            let role = ctx.span(role_start, r - 1);
            let role = if former {
                format!("former {role}")
            } else {
                role.to_string()
            };
            let mut f = role_fact(si, person, org, &role, "RoleAppositive", ev);
            f.confidence = 0.75;
            out.push(f);
            return;
        }
        // Else maybe a mis-recognised title: "Tim Crawford, [Group Economist] at Halifax".
    }
    // "Oded Ben-Ami, Rabin's spokesman at the Defense Ministry": whose aide, then where
    // (a named organisation only: "Wang's vice president of U.S. sales" names no employer).
    let boss_end = ctx
        .mention_starting_at(k)
        .filter(|boss| boss.label == Label::Person)
        .map(|boss| ctx.last_token_of(boss) + 1)
        .filter(|&after| after < b && ctx.is_possessive(after));
    let k = boss_end.map_or(k, |after| after + 1);
    // "… replace Paul Volcker, a spokesman for the bank said": inside a clause, a role that a
    // speech verb follows is the speaker's ("Howard Archer, economist at X said" opens one).
    let p = ctx.honorifics_start(0, ctx.first_token_of(person));
    let inside_clause = p > 0
        && (ctx.is_role_word(p - 1)
            || (ctx.tokens[p - 1].shape == Shape::Lower
                && !ctx.is_any(p - 1, &["and", "but", "while", "as", "so", "yet", "then"])));
    let found = role_then_org(ctx, si, k, b, false).filter(|(_, org, next)| {
        !(inside_clause && *next < b && ctx.is_any(*next, &["said", "says", "told"]))
            && (boss_end.is_none()
                || ctx
                    .mention_ending_at(next - 1)
                    .is_some_and(|m| m.label == Label::Org && m.start == org.start))
    });
    if let Some(((i, j), org, next)) = found {
        let ev = (person.start, org.end.max(ctx.tokens[j].end));
        let role = role_text(ctx, i, j, &org);
        out.push(role_fact(si, person, org, &role, "RoleAppositive", ev));
        // "chief executive of SpaceX and Tesla": a fact per organisation.
        let mut next = next;
        for (other, after) in coordinated_orgs(ctx, next, b) {
            let ev = (person.start, other.end);
            out.push(role_fact(si, person, other, &role, "RoleAppositive", ev));
            next = after;
        }
        // "chairman of Acme Corp and chief executive of Zorbex Ltd", "… and now vice-chairman
        // of Nikko Securities Co": a second role.
        if next + 1 < b && ctx.is(next, "and") {
            let r = skip_determiners(ctx, next + 1, b);
            if let Some(((i, j), org, _)) = role_then_org(ctx, si, r, b, false) {
                let ev = (person.start, org.end.max(ctx.tokens[j].end));
                let role = role_text(ctx, i, j, &org);
                out.push(role_fact(si, person, org, &role, "RoleAppositive", ev));
            }
        }
    }
}

/// Organisations joined by "and" after the one ending before `next` ("of SpaceX and Tesla"):
/// organisations of a gazetteer list on both sides, where the clause goes on with no verb
/// ("… and Tesla, said" but not "… and Tesla said"); each with the token after it. A name
/// the recogniser found as one ("Marks and Spencer") is not split here, nor are capitalised
/// words nobody recognised ("Keynetics and Kount" may be one firm like "Duff and Phelps").
fn coordinated_orgs(ctx: &Ctx, mut next: usize, b: usize) -> Vec<(Ent, usize)> {
    let mut out = Vec::new();
    // Listed names on both sides: the recogniser splits names with "and" in them ("National
    // Gay and [Lesbian Task Force]", "Oceanic and Atmospheric Administration") into parts.
    if !(next > 0 && ctx.mention_ending_at(next - 1).is_some_and(is_listed_org)) {
        return out;
    }
    while next + 1 < b && ctx.is(next, "and") && out.len() < 3 {
        let o = next + 1;
        let Some((org, after)) = ctx.org_at(o, b) else {
            break;
        };
        // The whole listed name, not extended over words after it.
        let whole = ctx
            .mention_starting_at(o)
            .filter(|m| is_listed_org(m))
            .is_some_and(|m| ctx.last_token_of(m) + 1 == after);
        if !whole {
            break;
        }
        let ends = after >= b
            || matches!(ctx.tok(after), "," | "." | ";" | ":" | ")")
            || ctx.is_any(after, &["and", "in", "since", "from", "until"]);
        if !ends {
            break;
        }
        out.push((org, after));
        next = after;
    }
    out
}

/// An organisation a gazetteer list gave.
fn is_listed_org(m: &Mention) -> bool {
    m.label == Label::Org && m.source.starts_with("gazetteer:")
}

/// The comma closing a US party-and-state tag that starts at token `k` ("D-Calif.,",
/// "R-S.C.,", "I-Vt.,"), if one does.
fn party_state_tag(ctx: &Ctx, k: usize, b: usize) -> Option<usize> {
    let c = (k + 1..b.min(k + 8)).find(|&c| ctx.tok(c) == ",")?;
    let tag = ctx.span(k, c - 1).as_bytes();
    let ok = tag.len() >= 4
        && tag.len() <= 10
        && matches!(tag[0], b'D' | b'R' | b'I')
        && tag[1] == b'-'
        && tag[2].is_ascii_uppercase()
        && tag[3..]
            .iter()
            .all(|&c| c.is_ascii_alphabetic() || c == b'.');
    ok.then_some(c)
}

/// `RoleAppositive`, the name last: "the chairman of the United Opposition Front, Mohamed
/// Issa", "The head of Acme Transplant Service, Dr. Russell Strong", "A spokesman for the
/// Kremlin, Dmitry Peskov".
pub(super) fn role_of_org_before(
    ctx: &Ctx,
    si: usize,
    a: usize,
    first: usize,
    person: &Mention,
    out: &mut Vec<Fact>,
) {
    let c = ctx.honorifics_start(a, first);
    if c < a + 4 || ctx.tok(c - 1) != "," {
        return;
    }
    let Some((org, org_first)) = ctx.org_ending_at(a, c - 2) else {
        return;
    };
    if ctx.mention_at[c - 2].is_none() {
        return; // a demonym or a run of capitalised words: too weak here
    }
    let mut p = org_first;
    if p > a && ctx.is(p - 1, "the") {
        p -= 1;
    }
    if p < a + 2 || !ctx.is_any(p - 1, &["of", "at", "for"]) {
        return;
    }
    // "director general for Europe" is the region the role covers, not an employer.
    let place = ctx
        .mention_ending_at(c - 2)
        .is_some_and(|m| m.label == Label::Location);
    if place && ctx.is(p - 1, "for") {
        return;
    }
    let r = p - 1;
    let k = ctx.role_words_start(a, r, 4);
    if k == r || (r - k == 1 && ctx.is(k, "former")) {
        return;
    }
    let role = ctx.span(k, r - 1).to_string();
    let ev = (ctx.tokens[k].start, person.end);
    let mut f = role_fact(si, person, org, &role, "RoleAppositive", ev);
    f.confidence = 0.7;
    out.push(f);
}

/// Any title of the gazetteer, even one too generic for [`Ctx::is_role_word`] ("Counsel").
fn is_title_word(ctx: &Ctx, i: usize) -> bool {
    ctx.gaz.and_then(|g| g.title(ctx.tok(i))).is_some()
}

/// An organisation (not a place) named by a mention starting at token `o`, extended as an
/// object ([`Ctx::org_at`]).
fn org_mention_at(ctx: &Ctx, o: usize, b: usize) -> Option<(Ent, usize)> {
    let o = ctx.name_start(o);
    ctx.mention_starting_at(o)
        .filter(|m| m.label == Label::Org)
        .and_then(|_| ctx.org_at(o, b))
}

/// Parties' adjectives, capitalised inside a role ("a Democratic member of the council").
const PARTY_ADJECTIVES: &[&str] = &[
    "Democratic",
    "Republican",
    "Conservative",
    "Labour",
    "Liberal",
    "Socialist",
    "Communist",
    "Tory",
    "Nationalist",
];

/// A party's adjective alone ("Democratic"), no name of the party.
pub(super) fn is_party_adjective(w: &str) -> bool {
    PARTY_ADJECTIVES.contains(&w)
}

/// Words before a person that make "X at Y" where the person was met, not where they work.
const MET_BEFORE: &[&str] = &[
    "to", "by", "from", "with", "against", "over", "beat", "beats", "defeated", "told", "met",
    "meets", "visited", "joined",
];

/// `RoleOf`: "Lt. Jim Bowell of the Butler Township Fire Department said", "Dean Falk of
/// State University of New York": a person "of" an organisation mention (not a place: "John
/// Smith of Texas" is no role). `RoleAt`: the same with "at" ("analyst John Smith at Merrill
/// Lynch", "Fang Kaitai at the Institute of Applied Mathematics"), not the firm's premises
/// ("at Google's offices"). The role is the person's title where one is given. Not for a
/// person governed by a preposition or verb that makes "of" attach elsewhere ("the murder of
/// X of Y" still reads X of Y; "a letter from X of Y" too, both roles).
pub(super) fn of_org(
    ctx: &Ctx,
    si: usize,
    last: usize,
    b: usize,
    person: &Mention,
    out: &mut Vec<Fact>,
) {
    let mut k = after_coordinated_names(ctx, last + 1, b);
    let linking = |k: usize| ctx.is_any(k, &["of", "at"]);
    // "Gilmore, of the Downtown Seattle Association, said": the same, set off by commas.
    let set_off = k + 2 < b && ctx.tok(k) == "," && linking(k + 1);
    if set_off {
        k += 1;
    }
    if k + 1 >= b || !linking(k) {
        return;
    }
    let at = ctx.is(k, "at");
    // "Chief Accounting Officer of the Company", "General Counsel of X": a title the
    // recogniser took for a name; not a surname that is also a trade ("John Baker").
    let first = ctx.first_token_of(person);
    let name_part = |i: usize| ctx.gaz.is_some_and(|g| g.name_part(ctx.tok(i)).any());
    if (first..=last).any(|i| (ctx.is_role_word(i) || is_title_word(ctx, i)) && !name_part(i)) {
        return;
    }
    let o = if ctx.is(k + 1, "the") { k + 2 } else { k + 1 };
    let Some((org, next)) = org_mention_at(ctx, o, b) else {
        return;
    };
    if set_off && next < b && !matches!(ctx.tok(next), "," | "." | ";") {
        return;
    }
    // "at Google's headquarters": a place of the firm's, not it. "a defeat to X at Wimbledon",
    // "joined by X at Welling School", "told X at the hearing": where the person was met.
    if at {
        let possessive = next < b && ctx.tok(next).starts_with(['\'', '’']);
        let mut p = first;
        // Past the person's titles and the office's country or people before them: "met U.S.
        // President Joe Biden at the White House" ("U.S." ends in a full-stop token).
        while p > 0
            && (ctx.is_role_word(p - 1)
                || is_title_word(ctx, p - 1)
                || p < first && (ctx.is_cap(p - 1) || ctx.is(p - 1, ".")))
        {
            p -= 1;
        }
        let governed = p > 0 && ctx.is_any(p - 1, MET_BEFORE);
        if possessive || governed {
            return;
        }
    }
    let ev = (person.start, org.end);
    let (rule, confidence) = if at {
        ("RoleAt", 0.6)
    } else {
        ("RoleOf", 0.65)
    };
    let mut f = role_fact(si, person, org, "", rule, ev);
    f.role = person.role.clone();
    f.confidence = confidence;
    out.push(f);
}

/// The token after the people coordinated with a person whose name ends before `k`
/// ("James Blight and David Welch of Harvard", "A, B and C of Harvard": they share the "of"),
/// or `k` when no "and" joins a list of people there ("X, Y of Z" is an apposition).
fn after_coordinated_names(ctx: &Ctx, k: usize, b: usize) -> usize {
    let mut at = k;
    let mut joined = false;
    while at + 1 < b {
        let and = ctx.is(at, "and");
        if !and && ctx.tok(at) != "," {
            break;
        }
        let mut n = at + 1;
        if !and && ctx.is(n, "and") {
            n += 1;
        }
        n = ctx.honorifics_end(n, b);
        let Some(next) = ctx
            .mention_starting_at(n)
            .filter(|m| m.label == Label::Person)
        else {
            break;
        };
        joined |= and || n > at + 1 && ctx.is(at + 1, "and");
        at = ctx.last_token_of(next) + 1;
    }
    if joined {
        at
    } else {
        k
    }
}

/// `RoleAppointed`: "Marks & Spencer named Stuart Rose as its chief executive", "Alphabet
/// appointed X chairman": the organisation that names a person to a role is where the role is
/// held, unless the role names another ("… named X publisher of the Mercury News").
pub(super) fn appointed(
    ctx: &Ctx,
    si: usize,
    a: usize,
    (first, last): (usize, usize),
    b: usize,
    person: &Mention,
    out: &mut Vec<Fact>,
) {
    if first < a + 2 || !ctx.is_any(first - 1, APPOINT_VERBS) {
        return;
    }
    let mut s = first - 2;
    if s > a && ctx.is_any(s, &["has", "have", "had"]) {
        s -= 1;
    }
    // "Acme Corp said it named X president".
    if let Some(e) = ctx.said_it_speaker_end(a, s) {
        s = e;
    }
    let Some(org) = ctx.mention_ending_at(s).filter(|m| m.label == Label::Org) else {
        return;
    };
    let mut k = last + 1;
    if k < b && ctx.is(k, "as") {
        k += 1;
    }
    let mut k = skip_determiners(ctx, k, b);
    // "named X as its new chief executive": when it starts is no part of the role.
    while k + 1 < b && ctx.is_any(k, &["new", "next", "incoming", "permanent"]) {
        k += 1;
    }
    if let Some(((i, j), named, _)) = role_then_org(ctx, si, k, b, false) {
        let ev = (org.start, named.end.max(ctx.tokens[j].end));
        let role = role_text(ctx, i, j, &named);
        let mut f = role_fact(si, person, named, &role, "RoleAppointed", ev);
        f.confidence = 0.7;
        out.push(f);
        return;
    }
    let mut r = k;
    let is_role = |i: usize| i < b && ctx.is_role_word(i) && ctx.mention_at[i].is_none();
    // "president and chief operating officer": one role of several words.
    while r < k + 8 && (is_role(r) || (r > k && ctx.is(r, "and") && is_role(r + 1))) {
        r += 1;
    }
    // The role ends the clause or a phrase of time or place follows.
    let ends = r == b
        || matches!(ctx.tok(r), "," | "." | ";")
        || ctx.is_any(
            r,
            &[
                "in", "on", "last", "this", "from", "after", "with", "to", "and",
            ],
        );
    if r == k || !ends {
        return;
    }
    let ev = (org.start, ctx.tokens[r - 1].end);
    let role = ctx.span(k, r - 1).to_string();
    let mut f = role_fact(si, person, Ent::of(org), &role, "RoleAppointed", ev);
    f.confidence = 0.7;
    out.push(f);
}

/// `RoleCopula`: "X is the chief executive of Y", "X served as finance minister of Y",
/// "X has been a member of the board of Y".
pub(super) fn copula(
    ctx: &Ctx,
    si: usize,
    last: usize,
    b: usize,
    person: &Mention,
    out: &mut Vec<Fact>,
) {
    let mut k = skip_name_trailer(ctx, last + 1, b);
    // "Larry Sturholm, 46, was a feature reporter for KIRO": the age in commas; "Jane Doe, a
    // former banker, was appointed chief executive of X": an apposition naming nobody else,
    // before a verb this rule reads.
    if k < b && ctx.tok(k) == "," {
        let close = (k + 2..b.min(k + 16)).find(|&c| ctx.tok(c) == ",");
        let plain = close.is_some_and(|c| {
            (k + 1..c).all(|i| {
                !ctx.is_any(i, COPULAS)
                    && !ctx.is_any(i, &["who", "which", "and", "or", "said", "says"])
                    && ctx
                        .mention_starting_at(i)
                        .is_none_or(|m| m.label != Label::Person)
            })
        });
        if let (true, Some(c)) = (plain, close) {
            if c + 1 < b
                && (ctx.is_any(c + 1, COPULAS)
                    || ctx.is_any(c + 1, SERVE_VERBS)
                    || ctx.is_any(c + 1, &["has", "had", "now", "later", "also"]))
            {
                k = c + 1;
            }
        }
    }
    let start = k;
    while k < b
        && k < start + 2
        && ctx.is_any(
            k,
            &[
                "previously",
                "currently",
                "also",
                "has",
                "had",
                "have",
                "now",
                "later",
            ],
        )
    {
        k += 1;
    }
    if k >= b {
        return;
    }
    // "John Fitzpatrick co-founded Force Marketing in 2007": the founder's role.
    if let Some((role, org)) = founded_org(ctx, k, b) {
        let ev = (person.start, org.end);
        let mut f = role_fact(si, person, org, role, "RoleCopula", ev);
        f.confidence = 0.7;
        out.push(f);
        return;
    }
    if let Some(f) = left_as(ctx, si, k, b, person) {
        out.push(f);
        return;
    }
    if ctx.is_any(k, SERVE_VERBS) {
        if let Some(fact) = served_at_org_as(ctx, si, k + 1, b, person) {
            out.push(fact);
            return;
        }
    }
    // "served as", "served for four years as", "served two terms as": lower-case words or
    // numbers (a span of time) may come first, but no name ("worked at Acme as" is above).
    let as_at = (k + 1..b.min(k + 5)).find(|&i| ctx.is(i, "as"));
    let time_between = as_at.is_some_and(|x| {
        (k + 1..x).all(|i| {
            ctx.mention_at[i].is_none()
                && matches!(ctx.tokens[i].shape, Shape::Lower | Shape::Digits)
                && !ctx.is_any(i, &["in", "at", "with", "to", "on"])
        })
    });
    let served = ctx.is_any(k, SERVE_VERBS) && time_between;
    // "took over as chief executive of Y": the post taken, as with "became".
    let took_over = k + 2 < b
        && ctx.is_any(k, &["took", "takes", "take", "taking"])
        && ctx.is(k + 1, "over")
        && ctx.is(k + 2, "as");
    if let (true, Some(x)) = (served, as_at) {
        k = x + 1;
    } else if took_over {
        k += 3;
    } else if ctx.is_any(k, COPULAS) || ctx.is(k, "been") {
        k += 1;
        // "X was appointed chief executive of Y": the verb is no part of the role.
        if k + 1 < b && ctx.is_any(k, APPOINT_VERBS) {
            k += if ctx.is(k + 1, "as") { 2 } else { 1 };
        }
    } else {
        return;
    }
    let mut k = skip_determiners(ctx, k, b);
    if let Some(f) = possessive_role(ctx, si, k, b, person) {
        out.push(f);
        return;
    }
    // "is an American businessman who co-founded SemGroup".
    if let Some((role, org)) = description_who(ctx, k, b).and_then(|v| founded_org(ctx, v, b)) {
        let ev = (person.start, org.end);
        let mut f = role_fact(si, person, org, role, "RoleCopula", ev);
        f.confidence = 0.7;
        out.push(f);
        return;
    }
    // "was a professor at X and a member of Y": a second role joined by "and" (each at most
    // once: the loop ends at the first clause that is no role).
    for _ in 0..3 {
        // "is a German businessman, CEO of Viessmann Group", "is an American novelist,
        // editor, and professor at Princeton University": a description without an employer
        // first, then the role after a comma.
        let found = role_then_org(ctx, si, k, b, served)
            .or_else(|| {
                let c = description_end(ctx, k, b)?;
                let mut r = c + 1;
                while r < b && (ctx.tok(r) == "," || ctx.is(r, "and")) {
                    r += 1;
                }
                let r = skip_determiners(ctx, r, b);
                // "…, leaving a position at X": a clause, no role.
                if r < b && is_verb_form(ctx.tok(r)) {
                    return None;
                }
                role_then_org(ctx, si, r, b, served)
            })
            .or_else(|| {
                // "is an American executive who served as CEO of Atari".
                let r = who_role_start(ctx, description_who(ctx, k, b)?, b)?;
                role_then_org(ctx, si, r, b, false)
            });
        let Some(((i, j), org, next)) = found else {
            return;
        };
        let ev = (person.start, org.end.max(ctx.tokens[j].end));
        let role = role_text(ctx, i, j, &org);
        let mut f = role_fact(si, person, org, &role, "RoleCopula", ev);
        f.confidence = 0.7;
        out.push(f);
        let mut next = next;
        for (other, after) in coordinated_orgs(ctx, next, b) {
            let mut f = role_fact(si, person, other, &role, "RoleCopula", ev);
            f.confidence = 0.7;
            out.push(f);
            next = after;
        }
        let mut n = next;
        if n < b && ctx.tok(n) == "," {
            n += 1;
        }
        // "and a member of Y", "the Chief Technical Officer of X and Chief Executive Officer
        // of Y": the next clause gives a role only if it reads as one (`role_then_org`).
        if !(n + 1 < b && ctx.is(n, "and")) {
            return;
        }
        k = skip_determiners(ctx, n + 1, b);
    }
}

/// `RoleLeft`: "X stepped down as chief executive of Y", "X resigned as chairman of Y", "X
/// will retire as …": leaving a post says it was held there. The verb is at `k`.
fn left_as(ctx: &Ctx, si: usize, k: usize, b: usize, person: &Mention) -> Option<Fact> {
    let v = if ctx.is_any(k, &["will", "would", "to"]) {
        k + 1
    } else {
        k
    };
    let role_start = if v + 1 < b && ctx.is_any(v, LEAVE_VERBS) && ctx.is(v + 1, "as") {
        v + 2
    } else if v + 2 < b
        && ctx.is_any(v, &["stepped", "steps", "step", "stepping"])
        && ctx.is(v + 1, "down")
        && ctx.is(v + 2, "as")
    {
        v + 3
    } else {
        return None;
    };
    let r = skip_determiners(ctx, role_start, b);
    let ((i, j), org, _) = role_then_org(ctx, si, r, b, false)?;
    let ev = (person.start, org.end.max(ctx.tokens[j].end));
    let role = role_text(ctx, i, j, &org);
    let mut f = role_fact(si, person, org, &role, "RoleLeft", ev);
    f.confidence = 0.7;
    Some(f)
}

/// Verbs of leaving a post, before "as".
const LEAVE_VERBS: &[&str] = &[
    "resigned",
    "resigns",
    "resign",
    "resigning",
    "retired",
    "retires",
    "retire",
    "retiring",
    "quit",
    "quits",
    "quitting",
];

/// Verbs of succession ("X succeeded Y as chairman of Z").
const SUCCEED_VERBS: &[&str] = &[
    "succeeded",
    "succeeds",
    "succeed",
    "replaced",
    "replaces",
    "replace",
];

/// `RoleSucceeded`: "Sergio Marchionne has replaced Herbert Demel as chief executive of Fiat
/// Auto", "X, who succeeds Y as chairman of Z", "X is expected to succeed Y as …": both people
/// hold the role at the organisation (the one before, the other after). The role must name its
/// organisation ("as chairman" alone names none).
pub(super) fn succeeded(
    ctx: &Ctx,
    si: usize,
    (a, first, last): (usize, usize, usize),
    b: usize,
    person: &Mention,
    out: &mut Vec<Fact>,
) {
    // "he replaced Peter Sands as CEO of Standard Chartered": the one before, whoever
    // followed (a person named just before the verb is handled as the subject below).
    let v = ctx.honorifics_start(a, first);
    if v > a && ctx.is_any(v - 1, SUCCEED_VERBS) {
        let mut s = v - 1;
        while s > a && ctx.is_any(s - 1, SUCCESSION_AUX) {
            s -= 1;
        }
        if s > a && ctx.is(s - 1, "who") {
            s -= 1;
            if s > a && ctx.tok(s - 1) == "," {
                s -= 1;
            }
        }
        let named_before = s > a
            && ctx
                .mentions_ending_before(s)
                .is_some_and(|m| m.label == Label::Person);
        if !named_before {
            if let Some((role, org, j)) = succession_role(ctx, si, last, b) {
                let ev = (ctx.tokens[v - 1].start, org.end.max(ctx.tokens[j].end));
                let mut f = role_fact(si, person, org, &role, "RoleSucceeded", ev);
                f.confidence = 0.7;
                out.push(f);
            }
        }
    }
    let mut k = skip_name_trailer(ctx, last + 1, b);
    if k + 1 < b && ctx.tok(k) == "," && ctx.is(k + 1, "who") {
        k += 2;
    }
    let start = k;
    while k < b && k < start + 3 && ctx.is_any(k, SUCCESSION_AUX) {
        k += 1;
    }
    if !(k < b && ctx.is_any(k, SUCCEED_VERBS)) {
        return;
    }
    let p = ctx.honorifics_end(k + 1, b);
    let Some(before) = ctx
        .mention_starting_at(p)
        .filter(|m| m.label == Label::Person)
    else {
        return;
    };
    let Some((role, org, j)) = succession_role(ctx, si, ctx.last_token_of(before), b) else {
        return;
    };
    let ev = (person.start, org.end.max(ctx.tokens[j].end));
    for who in [person, before] {
        let mut f = role_fact(si, who, org.clone(), &role, "RoleSucceeded", ev);
        f.confidence = 0.7;
        out.push(f);
    }
}

/// Words between the person who succeeds and the verb ("is expected to succeed").
const SUCCESSION_AUX: &[&str] = &[
    "has", "had", "will", "would", "to", "is", "was", "expected", "also",
];

/// After the predecessor's name ending at token `last`: "as [the] title of ORG" or "as ORG
/// title"; the role text, the organisation and the role's last token.
fn succession_role(ctx: &Ctx, si: usize, last: usize, b: usize) -> Option<(String, Ent, usize)> {
    let q = skip_name_trailer(ctx, last + 1, b);
    if !(q < b && ctx.is(q, "as")) {
        return None;
    }
    let r = skip_determiners(ctx, q + 1, b);
    // "as chairman of Z", or "as Labour leader": the organisation, then role words.
    role_then_org(ctx, si, r, b, false)
        .map(|((i, j), org, _)| (role_text(ctx, i, j, &org), org, j))
        .or_else(|| {
            let (org, next) = ctx.org_at(r, b)?;
            let next = if next < b && ctx.is_possessive(next) {
                next + 1
            } else {
                next
            };
            let end = role_words_end(ctx, next, b)?;
            Some((ctx.span(next, end - 1).to_string(), org, end - 1))
        })
}

/// "a former American executive who served as": a description of up to six words that names
/// nobody (no function word but "and", no verb), then "who": the token of the verb after it.
fn description_who(ctx: &Ctx, k: usize, b: usize) -> Option<usize> {
    let k = skip_determiners(ctx, k, b);
    let who = (k + 1..b.min(k + 7)).find(|&i| ctx.is(i, "who"))?;
    let plain = (k..who).all(|i| {
        ctx.mention_at[i].is_none()
            && matches!(ctx.tokens[i].shape, Shape::Lower | Shape::Capitalised)
            && (ctx.is_any(i, &["and", "former"]) || !ctx.is_function_word(i))
            && !ctx.is_any(i, COPULAS)
            && !is_verb_form(ctx.tok(i))
    });
    (plain && who + 2 < b).then_some(who + 1)
}

/// After "who" at verb `v`, where a role starts: "is/was/became [the] …", "served as [the] …".
fn who_role_start(ctx: &Ctx, v: usize, b: usize) -> Option<usize> {
    let r = if ctx.is_any(v, &["is", "was", "became", "becomes"]) {
        v + 1
    } else if v + 1 < b && ctx.is_any(v, &["served", "serves"]) && ctx.is(v + 1, "as") {
        v + 2
    } else {
        return None;
    };
    Some(skip_determiners(ctx, r, b))
}

/// "founded [the] Force Marketing" with the verb at `k`: the founder's role and the
/// organisation (a recognised organisation or capitalised words nobody recognised).
fn founded_org(ctx: &Ctx, k: usize, b: usize) -> Option<(&'static str, Ent)> {
    let role = [("founded", "founder"), ("co-founded", "co-founder")]
        .iter()
        .find(|(verb, _)| ctx.is(k, verb))
        .map(|&(_, role)| role)?;
    let o = if k + 1 < b && ctx.is(k + 1, "the") {
        k + 2
    } else {
        k + 1
    };
    let (org, _) = ctx.org_at(o, b).filter(|_| {
        ctx.mention_starting_at(o)
            .is_none_or(|m| m.label == Label::Org)
    })?;
    Some((role, org))
}

/// The last comma of a description of up to eight words that names nobody and has no verb
/// ("German billionaire businessman,", "American novelist, editor,"), starting at `k`.
fn description_end(ctx: &Ctx, k: usize, b: usize) -> Option<usize> {
    let mut last_comma = None;
    for i in k..b.min(k + 9) {
        if ctx.tok(i) == "," {
            last_comma = Some(i);
            continue;
        }
        let named = ctx
            .mention_starting_at(i)
            .is_some_and(|m| matches!(m.label, Label::Person | Label::Org));
        let verb = ctx.is_any(i, COPULAS)
            || is_verb_form(ctx.tok(i))
            || ctx.is_any(i, &["who", "which", "that"]);
        if named || verb || ctx.tokens[i].shape == Shape::Punct {
            break;
        }
    }
    last_comma.filter(|&c| c > k)
}

/// The token after a person's name and what may stand between it and the verb: a
/// generational suffix (", Jr.", "Sr.") and a parenthesis ("(born 1948)", "(R-Texas)").
fn skip_name_trailer(ctx: &Ctx, mut k: usize, b: usize) -> usize {
    let comma = usize::from(k < b && ctx.tok(k) == ",");
    if k + comma < b && ctx.is_any(k + comma, &["Jr", "Jr.", "Sr", "Sr."]) {
        k += comma + 1;
        if k < b && ctx.tok(k) == "." {
            k += 1;
        }
    }
    if k < b && ctx.tok(k) == "(" {
        if let Some(close) = (k + 1..b.min(k + 20)).find(|&i| ctx.tok(i) == ")") {
            if !(k + 1..close).any(|i| ctx.tok(i) == "(") {
                k = close + 1;
            }
        }
    }
    k
}

/// `RoleJoined`: "Jane Doe joined Barclays as chief executive", "worked for Acme as an
/// engineer": the organisation between the verb and "as" is where the role is held, unless
/// the role names another ("joined Acme as head of its Asian arm at Acme Asia").
fn served_at_org_as(ctx: &Ctx, si: usize, k: usize, b: usize, person: &Mention) -> Option<Fact> {
    let o = if k < b && ctx.is_any(k, &["for", "at"]) {
        k + 1
    } else {
        k
    };
    let org = ctx
        .mention_starting_at(o)
        .filter(|m| m.label == Label::Org)?;
    let after = ctx.last_token_of(org) + 1;
    if !(after < b && ctx.is(after, "as")) {
        return None;
    }
    let r0 = skip_determiners(ctx, after + 1, b);
    if let Some(((i, j), named, _)) = role_then_org(ctx, si, r0, b, false) {
        let role = role_text(ctx, i, j, &named);
        let ev = (person.start, named.end.max(ctx.tokens[j].end));
        let mut f = role_fact(si, person, named, &role, "RoleJoined", ev);
        f.confidence = 0.7;
        return Some(f);
    }
    let r = role_words_end(ctx, r0, b)?;
    let role = ctx.span(r0, r - 1).to_string();
    let ev = (person.start, ctx.tokens[r - 1].end);
    let mut f = role_fact(si, person, Ent::of(org), &role, "RoleJoined", ev);
    f.confidence = 0.7;
    Some(f)
}

/// The end of a role of role words alone starting at `r0` ("president and chief executive"),
/// when it ends there: the clause ends or a word that is no noun follows ("as chief executive
/// in 2015", not "as chief executive officers go").
fn role_words_end(ctx: &Ctx, r0: usize, b: usize) -> Option<usize> {
    let is_role = |i: usize| i < b && ctx.is_role_word(i) && ctx.mention_at[i].is_none();
    let mut r = r0;
    while r < r0 + 6 && (is_role(r) || (r > r0 && ctx.is(r, "and") && is_role(r + 1))) {
        r += 1;
    }
    let ends = r == b || ctx.tokens[r].shape != Shape::Lower || ctx.is_function_word(r);
    (r > r0 && ends).then_some(r)
}

/// "the company's chief executive" with the noun at `k`: the organisation it refers back to
/// ([`Ctx::anaphoric_org`]) and the role's token range `r0..r` (role words only).
fn anaphoric_possessive_role(
    ctx: &Ctx,
    si: usize,
    k: usize,
    b: usize,
) -> Option<(Ent, usize, usize)> {
    if !(k + 2 < b && ctx.is_possessive(k + 1)) {
        return None;
    }
    let r = role_words_end(ctx, k + 2, b)?;
    let org = ctx.anaphoric_org(si, k, b)?;
    Some((org, k + 2, r))
}

/// "Tim Cook is Apple's chief executive": a role after a named organisation's possessive.
fn possessive_role(ctx: &Ctx, si: usize, k: usize, b: usize, person: &Mention) -> Option<Fact> {
    // "X became the company's president": the company named before.
    if let Some((org, r0, r)) = anaphoric_possessive_role(ctx, si, k, b) {
        let ev = (person.start, ctx.tokens[r - 1].end);
        let mut f = role_fact(si, person, org, ctx.span(r0, r - 1), "RoleCopula", ev);
        f.confidence = 0.65;
        return Some(f);
    }
    let org = ctx
        .mention_starting_at(k)
        .filter(|m| matches!(m.label, Label::Org | Label::Location))?;
    let s = ctx.last_token_of(org) + 1;
    if !(s < b && ctx.is_possessive(s)) {
        return None;
    }
    let r = role_words_end(ctx, s + 1, b)?;
    let role = ctx.span(s + 1, r - 1).to_string();
    let ev = (person.start, ctx.tokens[r - 1].end);
    let mut f = role_fact(si, person, Ent::of(org), &role, "RoleCopula", ev);
    f.confidence = 0.7;
    Some(f)
}

#[cfg(test)]
mod tests {
    use super::super::tests::{check, facts, role_of};

    /// A company office opening a sentence without an organisation is at the organisation
    /// the article names most, when named twice and in this or the sentence before.
    #[test]
    fn a_bare_company_office_is_at_the_article_firm() {
        check(&[
            (
                "Alphabet grew. Alphabet hired staff. Chief executive Sundar Pichai said so.",
                "Sundar Pichai",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Talks resumed. Alphabet hired staff. Chief executive Sundar Pichai said so.",
                "Sundar Pichai",
                "role",
                "Alphabet",
                false,
            ),
            (
                "Alphabet grew. Alphabet hired. Talks resumed. Talks ended. \
                 Chief executive Sundar Pichai said so.",
                "Sundar Pichai",
                "role",
                "Alphabet",
                false,
            ),
            (
                "Alphabet grew. Google grew. Alphabet and Google met. \
                 Chief executive Sundar Pichai said so.",
                "Sundar Pichai",
                "role",
                "Google",
                false,
            ),
            (
                "Alphabet grew. Alphabet hired staff. President Sundar Pichai said so.",
                "Sundar Pichai",
                "role",
                "Alphabet",
                false,
            ),
        ]);
    }

    /// A capitalised adjective or rank word before a title is part of the role, and the
    /// organisation, if any, is named before it; a capitalised noun there still names one.
    #[test]
    fn capitalised_adjectives_qualify_a_role() {
        check(&[
            (
                "The lab is led by Founding Director John Smith.",
                "John Smith",
                "role",
                "Founding",
                false,
            ),
            (
                "Presidential spokesman John Smith said no.",
                "John Smith",
                "role",
                "Presidential",
                false,
            ),
            (
                "Under Secretary John Smith said no.",
                "John Smith",
                "role",
                "Under",
                false,
            ),
            (
                "Tesla Executive President John Smith said no.",
                "John Smith",
                "role",
                "Tesla",
                true,
            ),
            (
                "Telegraph journalist John Smith said no.",
                "John Smith",
                "role",
                "Telegraph",
                true,
            ),
            (
                "Banco Royal president John Smith said no.",
                "John Smith",
                "role",
                "Banco Royal",
                true,
            ),
            (
                "Coastal Corp grew. It hired staff. Coastal spokesman John Smith said the plan was dead.",
                "John Smith",
                "role",
                "Coastal Corp",
                true,
            ),
            (
                "Public accounts committee chairman John Smith said no.",
                "John Smith",
                "role",
                "Public accounts committee",
                true,
            ),
        ]);
        let role = role_of(
            "Tesla Executive President John Smith said no.",
            "role",
            None,
        );
        assert_eq!(role.as_deref(), Some("Executive President"));
    }

    /// A month after "in" is a date, a listed abbreviation in capitals is a title only in
    /// capitals, and a government portfolio is no organisation.
    #[test]
    fn dates_small_words_and_portfolios_are_no_employers() {
        check(&[
            (
                "In March President John Smith said no.",
                "John Smith",
                "role",
                "March",
                false,
            ),
            (
                "He met Information Minister John Smith on Monday.",
                "John Smith",
                "role",
                "Information",
                false,
            ),
            (
                "He met Budget Minister John Smith on Monday.",
                "John Smith",
                "role",
                "Budget",
                false,
            ),
            (
                "The Tesla AM John Smith said no.",
                "John Smith",
                "role",
                "Tesla",
                true,
            ),
            (
                "The Tesla am John Smith said no.",
                "John Smith",
                "role",
                "Tesla",
                false,
            ),
        ]);
    }

    /// A capitalised kind of body before a title is the body of that kind named before
    /// ("Committee Chairman X" after "the Finance Committee"), else no employer.
    #[test]
    fn a_bare_body_noun_is_the_body_named_before() {
        check(&[
            (
                "The Finance Committee met. Committee Chairman John Smith said the plan was dead.",
                "John Smith",
                "role",
                "Finance Committee",
                true,
            ),
            (
                "Talks resumed. Committee Chairman John Smith said the plan was dead.",
                "John Smith",
                "role",
                "Committee",
                false,
            ),
        ]);
    }

    /// Modifiers between role words belong to the role: "foreign affairs spokesman" is the
    /// whole role, not "foreign".
    #[test]
    fn modifiers_between_role_words_are_the_roles() {
        let text = "John Smith, the Tesla foreign affairs spokesman, said no.";
        let role = role_of(text, "role", Some("Tesla"));
        assert_eq!(role.as_deref(), Some("foreign affairs spokesman"));
    }

    /// "took over as" gives the post taken, as "became" does; "took over" a firm does not.
    #[test]
    fn took_over_as_gives_the_post() {
        check(&[
            (
                "John Smith took over as chief executive of Tesla in 2007.",
                "John Smith",
                "role",
                "Tesla",
                true,
            ),
            (
                "John Smith took over Tesla as chief executive was ousted.",
                "John Smith",
                "role",
                "Tesla",
                false,
            ),
        ]);
    }

    /// A department named by an "-ing" noun qualifies a role as any department does; other
    /// "-ing" words are verbs that end the role words ("Tesla hiring director").
    #[test]
    fn departments_in_ing_qualify_a_role() {
        check(&[
            (
                "Tesla marketing director John Smith said prices would fall.",
                "John Smith",
                "role",
                "Tesla",
                true,
            ),
            (
                "SpaceX manufacturing chief Jane Smith said output would rise.",
                "Jane Smith",
                "role",
                "SpaceX",
                true,
            ),
            (
                "Tesla hiring director John Smith said prices would fall.",
                "John Smith",
                "role",
                "Tesla",
                false,
            ),
            (
                "Shares in Tesla rose after surprising director John Smith.",
                "John Smith",
                "role",
                "Tesla",
                false,
            ),
        ]);
    }

    /// A party's member word before a title names the party as the article does: "Conservative
    /// leader" is a post at the Conservatives; not at a firm whose name only starts so.
    #[test]
    fn a_party_member_word_names_the_party() {
        check(&[
            (
                "The Tories campaigned. Tory leader Sundar Pichai spoke.",
                "Sundar Pichai",
                "role",
                "Tories",
                true,
            ),
            (
                "The Democrats campaigned. Democrat leader Sundar Pichai spoke.",
                "Sundar Pichai",
                "role",
                "Democrats",
                true,
            ),
            // Only a plural ending: a firm is not the newspaper whose name differs by "The".
            (
                "He read The Sun. Talks resumed. Sun chief executive Sundar Pichai spoke.",
                "Sundar Pichai",
                "role",
                "The Sun",
                false,
            ),
            (
                "Tory Holdings grew. Tory leader Sundar Pichai spoke.",
                "Sundar Pichai",
                "role",
                "Tory Holdings",
                false,
            ),
        ]);
    }

    /// A listed name that writes a capital "The" is found after "for" and "of" as well, named
    /// without its "The" (GUIDELINE.md: no determiners).
    #[test]
    fn names_with_a_capital_the_are_employers() {
        check(&[
            (
                "Talks resumed. Sundar Pichai is a reporter for The Associated Press.",
                "Sundar Pichai",
                "role",
                "Associated Press",
                true,
            ),
            (
                "Talks resumed. Sundar Pichai, a reporter for The Associated Press, spoke.",
                "Sundar Pichai",
                "role",
                "Associated Press",
                true,
            ),
            // A place before the role is its beat when an organisation follows.
            (
                "Talks resumed. Sundar Pichai, Russia reporter for The Associated Press, spoke.",
                "Sundar Pichai",
                "role",
                "Associated Press",
                true,
            ),
            (
                "Talks resumed. Sundar Pichai, Russia reporter for The Associated Press, spoke.",
                "Sundar Pichai",
                "role",
                "Russia",
                false,
            ),
            // A country owning the office keeps it.
            (
                "Talks resumed. Sundar Pichai, Russia's reporter for The Associated Press, spoke.",
                "Sundar Pichai",
                "role",
                "Russia",
                true,
            ),
        ]);
    }

    /// RolePrefix after a listed name that keeps its "'s" ("Sotheby's"), with a dotted
    /// honorific between the role and the name that is no part of the role.
    #[test]
    fn listed_possessive_name_and_dotted_honorific() {
        let found = facts("Talks resumed. Sotheby's chairman Dr. Sundar Pichai said bids rose.");
        let role = found
            .iter()
            .find(|(s, p, o, _)| s == "Sundar Pichai" && *p == "role" && o == "Sotheby's");
        assert_eq!(
            role.and_then(|f| f.3.as_deref()),
            Some("chairman"),
            "{found:?}"
        );
    }

    #[test]
    fn the_company_refers_back() {
        check(&[
            // "the company's" role after, before or behind a copula: the company named before.
            (
                "Talks resumed. Tesla said sales rose. Elon Musk, the company's chief executive, said so.",
                "Elon Musk",
                "role",
                "Tesla",
                true,
            ),
            (
                "Talks resumed. Tesla said sales rose. The company's chief executive Elon Musk said so.",
                "Elon Musk",
                "role",
                "Tesla",
                true,
            ),
            (
                "Talks resumed. Tesla said sales rose. Elon Musk is the company's chief executive.",
                "Elon Musk",
                "role",
                "Tesla",
                true,
            ),
            // A kind of body: the latest organisation whose name has the word.
            (
                "Talks resumed. The Environmental Protection Agency and Tesla met. Jane Doe, a \
                 spokeswoman for the agency, said so.",
                "Jane Doe",
                "role",
                "Environmental Protection Agency",
                true,
            ),
            (
                "Talks resumed. Tesla said sales rose. Jane Doe, a spokeswoman for the agency, said so.",
                "Jane Doe",
                "role",
                "Tesla",
                false,
            ),
            // "the company" is no public body, nor one named long before.
            (
                "Talks resumed. The Federal Reserve said no. Jane Doe, the company's chief \
                 executive, said so.",
                "Jane Doe",
                "role",
                "Federal Reserve",
                false,
            ),
            (
                "Tesla said sales rose. Prices fell. Talks resumed. Shares fell. Elon Musk, the \
                 company's chief executive, said so.",
                "Elon Musk",
                "role",
                "Tesla",
                false,
            ),
        ]);
    }

    #[test]
    fn succession_gives_both_people_the_role() {
        check(&[
            (
                "Talks resumed. Dmitry Peskov has replaced Elon Musk as chief executive of SpaceX.",
                "Dmitry Peskov",
                "role",
                "SpaceX",
                true,
            ),
            (
                "Talks resumed. Dmitry Peskov has replaced Elon Musk as chief executive of SpaceX.",
                "Elon Musk",
                "role",
                "SpaceX",
                true,
            ),
            // A pronoun for the successor: the predecessor still held the role.
            (
                "Talks resumed. In June he succeeded Elon Musk as chief executive of SpaceX.",
                "Elon Musk",
                "role",
                "SpaceX",
                true,
            ),
            // No role word, or no "as": no role.
            (
                "Talks resumed. Dmitry Peskov has replaced Elon Musk as a guest of SpaceX.",
                "Elon Musk",
                "role",
                "SpaceX",
                false,
            ),
            // (The predecessor "at SpaceX" was there, by RoleAt; the successor has no role.)
            (
                "Talks resumed. Dmitry Peskov has replaced Elon Musk at SpaceX.",
                "Dmitry Peskov",
                "role",
                "SpaceX",
                false,
            ),
        ]);
    }

    #[test]
    fn a_description_then_who_gives_the_role() {
        check(&[
            (
                "Talks resumed. Jane Doe is a former American executive who served as chief \
                 executive of SpaceX from 2003.",
                "Jane Doe",
                "role",
                "SpaceX",
                true,
            ),
            (
                "Talks resumed. Jane Doe, a veteran engineer who became chief executive of \
                 SpaceX in 2005, said so.",
                "Jane Doe",
                "role",
                "SpaceX",
                true,
            ),
            // The description names a body of its own: "who" may be its member.
            (
                "Talks resumed. Jane Doe, a lawyer for the firm who was head of SpaceX, said so.",
                "Jane Doe",
                "role",
                "SpaceX",
                false,
            ),
            // A verb that gives no role.
            (
                "Talks resumed. Jane Doe is a veteran engineer who met the chief executive of SpaceX.",
                "Jane Doe",
                "role",
                "SpaceX",
                false,
            ),
        ]);
    }

    #[test]
    fn two_organisations_joined_by_and_give_a_fact_each() {
        check(&[
            (
                "Talks resumed. Elon Musk is the chief executive of SpaceX and Tesla.",
                "Elon Musk",
                "role",
                "Tesla",
                true,
            ),
            (
                "Talks resumed. Elon Musk, chief executive of SpaceX and Tesla, said so.",
                "Elon Musk",
                "role",
                "Tesla",
                true,
            ),
            (
                "Talks resumed. SpaceX and Tesla CEO Elon Musk said so.",
                "Elon Musk",
                "role",
                "SpaceX",
                true,
            ),
            // The second organisation opens a clause of its own, or the first is governed by
            // a verb: not the person's.
            (
                "Talks resumed. Elon Musk, chief executive of SpaceX and Tesla said profits rose.",
                "Elon Musk",
                "role",
                "Tesla",
                false,
            ),
            (
                "Talks resumed. Apple sued Google and Tesla CEO Elon Musk.",
                "Elon Musk",
                "role",
                "Google",
                false,
            ),
            // Words nobody recognised ("Keynetics and Kount") stay one name: no fact per part.
            (
                "Talks resumed. Jane Doe is the CEO of Keynetics and Kount.",
                "Jane Doe",
                "role",
                "Kount",
                false,
            ),
        ]);
    }

    #[test]
    fn a_former_organisation_role_in_apposition() {
        check(&[
            (
                "Talks resumed. Jane Doe, a former Tesla executive, said so.",
                "Jane Doe",
                "role",
                "Tesla",
                true,
            ),
            (
                "Talks resumed. Jane Doe, former SpaceX chief engineer, said so.",
                "Jane Doe",
                "role",
                "SpaceX",
                true,
            ),
            // A place is no employer, nor is a word nobody recognised.
            (
                "Talks resumed. Jane Doe, a former Russia trader, said so.",
                "Jane Doe",
                "role",
                "Russia",
                false,
            ),
            (
                "Talks resumed. Jane Doe, a former Eton pupil and banker, said so.",
                "Jane Doe",
                "role",
                "Eton",
                false,
            ),
        ]);
        assert!(super::super::tests::facts(
            "Talks resumed. Jane Doe, a former Tesla executive, said so."
        )
        .iter()
        .any(|f| f.3.as_deref() == Some("former executive")));
    }

    /// A bare capitalised word as the organisation: a rarer word is a firm's short name, one of
    /// the most everyday words or generic org words alone name none.
    #[test]
    fn bare_everyday_words_name_no_organisation() {
        check(&[
            (
                "Talks resumed. Jane Doe, chief executive of Unison, said so.",
                "Jane Doe",
                "role",
                "Unison",
                true,
            ),
            (
                "Talks resumed. Jane Doe, chief executive of the Building, said so.",
                "Jane Doe",
                "role",
                "Building",
                false,
            ),
            (
                "Talks resumed. Jane Doe, chairman of the Board of Directors, said so.",
                "Jane Doe",
                "role",
                "Board of Directors",
                false,
            ),
        ]);
    }

    #[test]
    fn a_founder_founded_the_organisation() {
        check(&[
            (
                "Talks resumed. Jane Doe co-founded SpaceX in 2002 and has led it since.",
                "Jane Doe",
                "role",
                "SpaceX",
                true,
            ),
            (
                "Talks resumed. Jane Doe founded Wippit Labs in 1995.",
                "Jane Doe",
                "role",
                "Wippit Labs",
                true,
            ),
            (
                "Talks resumed. Jane Doe is an American engineer who co-founded SpaceX in 2002.",
                "Jane Doe",
                "role",
                "SpaceX",
                true,
            ),
            // A person after the verb is no organisation.
            (
                "Talks resumed. Jane Doe founded Elon Musk's first company.",
                "Jane Doe",
                "role",
                "Elon Musk",
                false,
            ),
        ]);
        assert!(super::super::tests::facts(
            "Talks resumed. Jane Doe co-founded SpaceX in 2002 and has led it since."
        )
        .iter()
        .any(|f| f.3.as_deref() == Some("co-founder")));
    }

    #[test]
    fn a_role_before_said_inside_a_clause_is_the_speakers() {
        check(&[
            (
                "Talks resumed. NASA praised Chairman Dmitry Peskov, a spokesman for SpaceX said.",
                "Dmitry Peskov",
                "role",
                "SpaceX",
                false,
            ),
            (
                "Talks resumed. Dmitry Peskov, a spokesman for SpaceX said the talks failed.",
                "Dmitry Peskov",
                "role",
                "SpaceX",
                true,
            ),
        ]);
    }

    /// The role before a copula and the person after it; qualifiers and "and" inside a role;
    /// the role text on one line.
    #[test]
    fn role_is_person_and_joined_roles() {
        check(&[
            (
                "Talks resumed. SpaceX's chief executive is Elon Musk.",
                "Elon Musk",
                "role",
                "SpaceX",
                true,
            ),
            (
                "Talks resumed. SpaceX's current interim chief executive was Elon Musk.",
                "Elon Musk",
                "role",
                "SpaceX",
                true,
            ),
            (
                "Talks resumed. A spokesman for SpaceX, Elon Musk, declined to comment.",
                "Elon Musk",
                "role",
                "SpaceX",
                true,
            ),
            (
                "Talks resumed. The director for Russia, Elon Musk, declined to comment.",
                "Elon Musk",
                "role",
                "Russia",
                false,
            ),
            (
                "Talks resumed. Thanks for SpaceX, Elon Musk, came late.",
                "Elon Musk",
                "role",
                "SpaceX",
                false,
            ),
            (
                "Talks resumed. SpaceX's problem is Elon Musk.",
                "Elon Musk",
                "role",
                "SpaceX",
                false,
            ),
            (
                "Talks resumed. SpaceX's new chief executive Elon Musk said so.",
                "Elon Musk",
                "role",
                "SpaceX",
                true,
            ),
            (
                "Talks resumed. SpaceX chairman and chief executive Elon Musk said so.",
                "Elon Musk",
                "role",
                "SpaceX",
                true,
            ),
            (
                "Talks resumed. Moscow-backed chairman Elon Musk spoke.",
                "Elon Musk",
                "role",
                "Moscow-backed",
                false,
            ),
        ]);
        let text = "Talks resumed. SpaceX chairman and\nchief executive Elon Musk said so.";
        assert!(
            facts(text)
                .iter()
                .any(|f| f.1 == "role" && f.3.as_deref() == Some("chairman and chief executive")),
            "{:?}",
            facts(text)
        );
    }

    #[test]
    fn role_rules_table() {
        // (text, subject, predicate, object, expected)
        check(&[
            // Someone's aide at a named organisation; not a place after a possessive person.
            (
                "Talks resumed. Dmitry Peskov, Elon Musk's spokesman at SpaceX, said so.",
                "Dmitry Peskov",
                "role",
                "SpaceX",
                true,
            ),
            (
                "Talks resumed. Dmitry Peskov, Elon Musk's adviser for Russia, said so.",
                "Dmitry Peskov",
                "role",
                "Russia",
                false,
            ),
            // Modifiers before the role, after a named organisation only.
            (
                "Talks resumed. Dmitry Peskov, Kremlin media spokesman, said so.",
                "Dmitry Peskov",
                "role",
                "Kremlin",
                true,
            ),
            (
                "Talks resumed. Dmitry Peskov, a Russian media spokesman, said so.",
                "Dmitry Peskov",
                "role",
                "Russian",
                false,
            ),
            // An age in commas between the person and the verb.
            (
                "Talks resumed. Dmitry Peskov, 53, is the spokesman of the Kremlin.",
                "Dmitry Peskov",
                "role",
                "Kremlin",
                true,
            ),
            (
                "Talks resumed, said Kremlin Lt. Dmitry Peskov on Monday.",
                "Dmitry Peskov",
                "role",
                "Kremlin",
                true,
            ),
            (
                "Talks resumed. Dmitry Peskov, another SpaceX employee, said so.",
                "Dmitry Peskov",
                "role",
                "SpaceX",
                true,
            ),
            // A nationality describes the company named after the description.
            (
                "Talks resumed. Dmitry Peskov, attorney for the Russian rocket company SpaceX, \
                 said so.",
                "Dmitry Peskov",
                "role",
                "SpaceX",
                true,
            ),
            (
                "Talks resumed. Dmitry Peskov, attorney for the Russian rocket company SpaceX, \
                 said so.",
                "Dmitry Peskov",
                "role",
                "Russian",
                false,
            ),
            (
                "Kremlin spokesman Dmitry Peskov said Monday that it was true.",
                "Dmitry Peskov",
                "role",
                "Kremlin",
                true,
            ),
            (
                "Russian President Vladimir Putin was interested.",
                "Vladimir Putin",
                "role",
                "Russia",
                true,
            ),
            // An abbreviated title split from its full stop; the party word is no organisation.
            ("Nebraska Gov. Dmitry Peskov signed it.", "Dmitry Peskov", "role", "Nebraska", true),
            (
                "Nebraska Democratic Gov. Dmitry Peskov signed it.",
                "Dmitry Peskov",
                "role",
                "Nebraska",
                true,
            ),
            ("Democratic Gov. Dmitry Peskov signed it.", "Dmitry Peskov", "role", "Democratic", false),
            // "Majority Leader" is the office, the chamber its organisation.
            ("Senate Majority Leader Dmitry Peskov spoke.", "Dmitry Peskov", "role", "Senate", true),
            // A two-word demonym names its own country: "North Korean" is not the "Korean"
            // of South Korea.
            (
                "Talks resumed. North Korean leader Dmitry Peskov spoke.",
                "Dmitry Peskov",
                "role",
                "North Korea",
                true,
            ),
            (
                "Talks resumed. North Korean leader Dmitry Peskov spoke.",
                "Dmitry Peskov",
                "role",
                "South Korea",
                false,
            ),
            // A place naming a department is not the employer named after it.
            (
                "Talks resumed. Dmitry Peskov, head of Russian equities for Kremlin, said so.",
                "Dmitry Peskov",
                "role",
                "Kremlin",
                true,
            ),
            (
                "Talks resumed. Dmitry Peskov, head of Russian equities for Kremlin, said so.",
                "Dmitry Peskov",
                "role",
                "Russian",
                false,
            ),
            (
                "Talks resumed. Dmitry Peskov, head of Russian equities, said so.",
                "Dmitry Peskov",
                "role",
                "Russian",
                true,
            ),
            // A title won at an event is no role ("Wimbledon champion"); one held is.
            (
                "Talks resumed. Kremlin champion Dmitry Peskov said it was true.",
                "Dmitry Peskov",
                "role",
                "Kremlin",
                false,
            ),
            // A faith is no body a person holds a role in; a nationality is.
            (
                "Muslim spokesman Vladimir Musk said it was true.",
                "Vladimir Musk",
                "role",
                "Muslim",
                false,
            ),
            (
                "Russian spokesman Vladimir Musk said it was true.",
                "Vladimir Musk",
                "role",
                "Russia",
                true,
            ),
            // Unlisted words continuing a listed name belong to the organisation.
            (
                "Black Sea Fleet Commander Eduard Baltin said the ships would stay.",
                "Eduard Baltin",
                "role",
                "Black Sea Fleet",
                true,
            ),
            (
                "Black Sea Fleet Commander Eduard Baltin said the ships would stay.",
                "Eduard Baltin",
                "role",
                "Fleet",
                false,
            ),
            (
                "Sundar Pichai, chief executive of Alphabet, spoke.",
                "Sundar Pichai",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Alphabet's CEO Sundar Pichai spoke.",
                "Sundar Pichai",
                "role",
                "Alphabet",
                true,
            ),
            // An office the organisation owns, before the holder in commas.
            (
                "Talks resumed. The Kremlin's spokesman, Dmitry Peskov, said so.",
                "Dmitry Peskov",
                "role",
                "Kremlin",
                true,
            ),
            // "the" opening the clause, before an office and its holder in commas: the
            // holder's; after a preposition the phrase describes someone else.
            (
                "Talks resumed. The Kremlin spokesman, Dmitry Peskov, said so.",
                "Dmitry Peskov",
                "role",
                "Kremlin",
                true,
            ),
            (
                "Talks will resume, said the Kremlin spokesman, Dmitry Peskov, on Monday.",
                "Dmitry Peskov",
                "role",
                "Kremlin",
                true,
            ),
            (
                "A close ally of the Kremlin spokesman, Dmitry Peskov is now in Israel.",
                "Dmitry Peskov",
                "role",
                "Kremlin",
                false,
            ),
            (
                "Sundar Pichai, who heads Alphabet, spoke.",
                "Sundar Pichai",
                "role",
                "Alphabet",
                true,
            ),
            (
                "John Smith, the former finance minister of Greece, spoke.",
                "John Smith",
                "role",
                "Greece",
                true,
            ),
            (
                "The talks ended, said John Smith, analyst at Wippit Capital.",
                "John Smith",
                "role",
                "Wippit Capital",
                true,
            ),
            (
                "Sundar Pichai is the chief executive of Alphabet.",
                "Sundar Pichai",
                "role",
                "Alphabet",
                true,
            ),
            (
                "John Smith served as a rear gunner in the Royal Canadian Air Force.",
                "John Smith",
                "role",
                "Royal Canadian Air Force",
                true,
            ),
            (
                "John Smith was a rear gunner in the Royal Canadian Air Force.",
                "John Smith",
                "role",
                "Royal Canadian Air Force",
                false,
            ),
            (
                "Jane Doe, Alphabet's chief executive, spoke.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Fifa president John Blatter spoke.",
                "John Blatter",
                "role",
                "Fifa",
                true,
            ),
            (
                "Tesla election chief John Doe spoke.",
                "John Doe",
                "role",
                "Tesla",
                true,
            ),
            (
                "It was true, said Jane Doe, assistant Russia attorney general.",
                "Jane Doe",
                "role",
                "Russia",
                true,
            ),
            (
                "Former British government minister John Major spoke.",
                "John Major",
                "role",
                "Britain",
                true,
            ),
            (
                "John Smith served as Chairman of the Board, President and Chief Executive Officer of Flowers Foods.",
                "John Smith",
                "role",
                "Flowers Foods",
                true,
            ),
            // Negatives: reported speech, friendship, a verb in the slot, a common word,
            // a generic noun.
            ("John Smith is a director of the Company.", "John Smith", "role", "Company", false),
            ("John Smith served as Chairman of the Board.", "John Smith", "role", "Board", false),
            (
                "Dmitry Peskov said Russia would wait.",
                "Dmitry Peskov",
                "role",
                "Russia",
                false,
            ),
            (
                "Sundar Pichai, a friend of Alphabet, spoke.",
                "Sundar Pichai",
                "role",
                "Alphabet",
                false,
            ),
            (
                "Sundar Pichai, speaking at Alphabet, said so.",
                "Sundar Pichai",
                "role",
                "Alphabet",
                false,
            ),
            (
                "Sundar Pichai, who met Alphabet staff, spoke.",
                "Sundar Pichai",
                "role",
                "Alphabet",
                false,
            ),
            (
                "Sundar Pichai met the chief executive of Alphabet.",
                "Sundar Pichai",
                "role",
                "Alphabet",
                false,
            ),
            (
                "Elon Musk said Alphabet CEO Sundar Pichai agreed.",
                "Elon Musk",
                "role",
                "Alphabet",
                false,
            ),
            (
                "Yesterday chief executive John Doe left.",
                "John Doe",
                "role",
                "Yesterday",
                false,
            ),
        ]);
    }

    /// A board of a named company gives the company; a body called "Board of" stays.
    #[test]
    fn boards_give_their_company() {
        let ent = |name: &str| super::Ent {
            name: name.to_string(),
            id: Some("x".into()),
            start: 0,
            end: name.len(),
        };
        for (name, want) in [
            ("Board of Directors of Axsys", "Axsys"),
            (
                "Board of Directors for the Clickbank Group",
                "Clickbank Group",
            ),
            ("Supervisory Board of Siemens", "Siemens"),
            ("Board of Trade", "Board of Trade"),
            ("Board of Directors", "Board of Directors"),
            (
                "Board of Directors of the company",
                "Board of Directors of the company",
            ),
        ] {
            assert_eq!(super::employer_of_board(ent(name)).name, want, "{name}");
        }
    }

    /// A second role in apposition reads without its adverb and article.
    #[test]
    fn a_second_role_in_apposition_is_bare() {
        let text = "Talks resumed. John Smith, chairman of Alphabet and now a director of the \
                    Kremlin, left.";
        let roles: Vec<(String, Option<String>)> = facts(text)
            .into_iter()
            .filter(|f| f.1 == "role")
            .map(|f| (f.2, f.3))
            .collect();
        let want = |o: &str, r: &str| (o.to_string(), Some(r.to_string()));
        assert_eq!(
            roles,
            [want("Alphabet", "chairman"), want("Kremlin", "director")],
            "{text}"
        );
    }

    #[test]
    fn employment_patterns_table() {
        check(&[
            // RoleCopula after a parenthesis or a suffix, and a second role joined by "and".
            (
                "Jane Doe (born 1948) is the chief executive of Alphabet.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            (
                "John Smith, Jr. was a professor at Alphabet.",
                "John Smith",
                "role",
                "Alphabet",
                true,
            ),
            (
                "John Smith was a professor at Alphabet and a member of the Kremlin.",
                "John Smith",
                "role",
                "Kremlin",
                true,
            ),
            // ... or a role word at once, also in apposition.
            (
                "John Smith is chairman of Alphabet and chief executive of the Kremlin.",
                "John Smith",
                "role",
                "Kremlin",
                true,
            ),
            (
                "John Smith, chairman of Alphabet and chief executive of the Kremlin, left.",
                "John Smith",
                "role",
                "Kremlin",
                true,
            ),
            (
                "John Smith, chairman of Alphabet and a Kremlin adviser, left.",
                "John Smith",
                "role",
                "Kremlin",
                false,
            ),
            (
                "John Smith is chairman of Alphabet and chairman Jane Doe said so.",
                "Jane Doe",
                "role",
                "Alphabet",
                false,
            ),
            // ... not a clause that is no role.
            (
                "John Smith was a professor at Alphabet and the Kremlin said so.",
                "John Smith",
                "role",
                "Kremlin",
                false,
            ),
            // "served for N years as": time between the verb and "as".
            (
                "John Smith served for four years as chief executive of Alphabet.",
                "John Smith",
                "role",
                "Alphabet",
                true,
            ),
            (
                "John Smith served two terms as chief executive of Alphabet.",
                "John Smith",
                "role",
                "Alphabet",
                true,
            ),
            (
                "John Smith worked with Jane Doe as chief executive of Alphabet.",
                "John Smith",
                "role",
                "Alphabet",
                false,
            ),
            // RoleCopula with the organisation's possessive.
            (
                "Jane Doe is Alphabet's chief executive.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Jane Doe was Alphabet's chief executive and chairman in 2015.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Jane Doe is Alphabet's chief executive officers' friend.",
                "Jane Doe",
                "role",
                "Alphabet",
                false,
            ),
            (
                "Jane Doe is Alphabet's biggest fan.",
                "Jane Doe",
                "role",
                "Alphabet",
                false,
            ),
            // "emeritus" is part of a role.
            (
                "Jane Doe is now Professor Emeritus of Physics at Alphabet.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            // A department nobody recognised before the organisation.
            (
                "Jane Doe was Director of Engineering at Alphabet until May.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Jane Doe was Director of Engineering at Alphabet until May.",
                "Jane Doe",
                "role",
                "Engineering",
                false,
            ),
            // A description first, then the role after a comma.
            (
                "Jane Doe is a German billionaire, chief executive of Alphabet.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Jane Doe is an American novelist, editor, and professor at Alphabet.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            // ... not past a clause or another name.
            (
                "Jane Doe is a German billionaire who lives in Moscow, chief executive of Alphabet.",
                "Jane Doe",
                "role",
                "Alphabet",
                false,
            ),
            (
                "Jane Doe is a friend of John Smith, chief executive of Alphabet.",
                "Jane Doe",
                "role",
                "Alphabet",
                false,
            ),
            // A company's board: the company is the employer.
            (
                "Jane Doe was a member of the Board of Directors of Veooz Systems Inc.",
                "Jane Doe",
                "role",
                "Veooz Systems Inc",
                true,
            ),
            // RolePrefix after "its": the organisation it refers to.
            (
                "Alphabet and its chief executive Jane Doe were sued.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Shares of Alphabet fell after its chief executive Jane Doe spoke.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            // "headed by" / "led by": the organisation before the verb.
            (
                "Alphabet is headed by chief executive Jane Doe.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Talks resumed. Alphabet, led by chairman Jane Doe, fell 3%.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Alphabet sued a firm headed by chief executive Jane Doe.",
                "Jane Doe",
                "role",
                "Alphabet",
                false,
            ),
            // ... not a capitalised word that may begin a misread name.
            (
                "Alphabet sold its Chairman Jane Doe unit.",
                "Jane Doe",
                "role",
                "Alphabet",
                false,
            ),
            // ... not when another name could own it.
            (
                "Alphabet sued Tesla and its chief executive Jane Doe.",
                "Jane Doe",
                "role",
                "Alphabet",
                false,
            ),
            (
                "Alphabet met John Smith after its chief executive Jane Doe spoke.",
                "Jane Doe",
                "role",
                "Alphabet",
                false,
            ),
            // An apposition between the name and the verb.
            (
                "Jane Doe, a former banker, was appointed chief executive of Alphabet.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Jane Doe, 49, is the chief executive of Alphabet.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Jane Doe, former president of Tesla, joined Alphabet as chief executive.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            // ... not past a list of people.
            (
                "Jane Doe, John Smith, was the chief executive of Alphabet.",
                "Jane Doe",
                "role",
                "Alphabet",
                false,
            ),
            // RoleJoined: the organisation between the verb and "as".
            (
                "Jane Doe joined Alphabet as chief executive in 2015.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Jane Doe worked for Alphabet as an engineer.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Jane Doe joined Alphabet as chief executive officers go.",
                "Jane Doe",
                "role",
                "Alphabet",
                false,
            ),
            (
                "Jane Doe joined Alphabet as the market fell.",
                "Jane Doe",
                "role",
                "Alphabet",
                false,
            ),
            // RoleOf: a person of an organisation.
            (
                "Dr. John Smith of Alphabet said the test failed.",
                "John Smith",
                "role",
                "Alphabet",
                true,
            ),
            (
                "John Smith and Jane Doe of Alphabet say so.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            // A surname that is also a trade is no title ("John Baker"); a title taken for a
            // name is no person of the organisation.
            (
                "John Baker of Alphabet said the test failed.",
                "John Baker",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Talks resumed. Elon Counsel of Alphabet said the test failed.",
                "Elon Counsel",
                "role",
                "Alphabet",
                false,
            ),
            // A party or nationality inside a role; a compound describing the organisation is
            // no part of it.
            (
                "Talks resumed. Jane Doe, a former Democratic member of the Kremlin, said so.",
                "Jane Doe",
                "role",
                "Kremlin",
                true,
            ),
            (
                "Talks resumed. Jane Doe, a director at Amsterdam-based Alphabet, said so.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Talks resumed. Jane Doe, a director at Amsterdam-based Alphabet, said so.",
                "Jane Doe",
                "role",
                "Amsterdam-based Alphabet",
                false,
            ),
            // A bare word and a role that are one listed title are no organisation's role.
            (
                "Talks resumed. He met Jane Doe, Lieutenant Commander and envoy, on Monday.",
                "Jane Doe",
                "role",
                "Lieutenant",
                false,
            ),
            // Malaysian honorifics are no role and name no organisation.
            (
                "Talks resumed. Tan Sri Jane Doe said so.",
                "Jane Doe",
                "role",
                "Tan",
                false,
            ),
            // A place before a body names whose body it is: the body is the organisation.
            (
                "Talks resumed. Jane Doe, chairman of the Russia Kremlin, said so.",
                "Jane Doe",
                "role",
                "Kremlin",
                true,
            ),
            (
                "Talks resumed. Jane Doe, chairman of the Russia Kremlin, said so.",
                "Jane Doe",
                "role",
                "Russia",
                false,
            ),
            // Also where the place in the compound is a mention (recognise::compounds).
            (
                "Talks resumed. Jane Doe, a director at Black Sea-based Alphabet, said so.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Talks resumed. Jane Doe, a director at Black Sea-based Alphabet, said so.",
                "Jane Doe",
                "role",
                "Black Sea-based Alphabet",
                false,
            ),
            // RoleLeft: leaving a post says it was held; a second clause is no role.
            (
                "Talks resumed. Jane Doe stepped down as chief executive of Alphabet.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Talks resumed. Jane Doe will resign as chairman of Alphabet.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Talks resumed. Jane Doe resigned as a protest against Alphabet.",
                "Jane Doe",
                "role",
                "Alphabet",
                false,
            ),
            (
                "Talks resumed. Jane Doe retired as chairman and accepted the offer of Alphabet.",
                "Jane Doe",
                "role",
                "Alphabet",
                false,
            ),
            // Kin is no post.
            (
                "Talks resumed. The Kremlin's spokesman, Jane Doe, said so.",
                "Jane Doe",
                "role",
                "Kremlin",
                true,
            ),
            (
                "Talks resumed. The Kremlin's sister, Jane Doe, said so.",
                "Jane Doe",
                "role",
                "Kremlin",
                false,
            ),
            // RoleAt: a person at an organisation; not at its premises, nor where met.
            (
                "Talks resumed. John Smith at Alphabet said the test failed.",
                "John Smith",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Talks resumed. John Smith at Alphabet's offices said the test failed.",
                "John Smith",
                "role",
                "Alphabet",
                false,
            ),
            (
                "Talks resumed. A defeat to John Smith at Alphabet hurt.",
                "John Smith",
                "role",
                "Alphabet",
                false,
            ),
            (
                "Talks resumed. It was told to CEO John Smith at Alphabet.",
                "John Smith",
                "role",
                "Alphabet",
                false,
            ),
            (
                "Talks resumed. He met Russian CEO John Smith at Alphabet.",
                "John Smith",
                "role",
                "Alphabet",
                false,
            ),
            // Coordinated names share the "of": both work there.
            (
                "John Smith and Jane Doe of Alphabet say so.",
                "John Smith",
                "role",
                "Alphabet",
                true,
            ),
            (
                "John Smith, Jane Doe and Vladimir Musk of Alphabet say so.",
                "John Smith",
                "role",
                "Alphabet",
                true,
            ),
            // ... but not when the first name is governed elsewhere in the clause.
            (
                "John Smith met Jane Doe of Alphabet.",
                "John Smith",
                "role",
                "Alphabet",
                false,
            ),
            (
                "John Smith and the chief of Alphabet met.",
                "John Smith",
                "role",
                "Alphabet",
                false,
            ),
            // Appointments: "was appointed ROLE of Y" (the verb is no part of the role) and
            // "Y named X (as) its ROLE".
            (
                "Talks resumed. Alphabet named John Smith as its chief executive in May.",
                "John Smith",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Talks resumed. Alphabet said it has named John Smith president.",
                "John Smith",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Talks resumed. Alphabet said Google named John Smith president.",
                "John Smith",
                "role",
                "Alphabet",
                false,
            ),
            // When the post starts is no part of it.
            (
                "Talks resumed. Alphabet named John Smith as its new chief executive.",
                "John Smith",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Talks resumed. Alphabet named John Smith chairman and CEO on Monday.",
                "John Smith",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Talks resumed. Alphabet appointed John Smith chairman.",
                "John Smith",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Talks resumed. Alphabet named John Smith chairman of Google.",
                "John Smith",
                "role",
                "Google",
                true,
            ),
            (
                "Talks resumed. Alphabet named John Smith chairman of Google.",
                "John Smith",
                "role",
                "Alphabet",
                false,
            ),
            (
                "Talks resumed. Alphabet named John Smith in its lawsuit.",
                "John Smith",
                "role",
                "Alphabet",
                false,
            ),
            (
                "Talks resumed. Greece named John Smith as its chief executive.",
                "John Smith",
                "role",
                "Greece",
                false,
            ),
            // "X, of Y," is "X of Y".
            (
                "Talks resumed. John Smith, of Alphabet, said so.",
                "John Smith",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Talks resumed. John Smith, of course, said Alphabet was wrong.",
                "John Smith",
                "role",
                "Alphabet",
                false,
            ),
            // A place may open the role: "X is Middle East correspondent for Y".
            (
                "Talks resumed. John Smith is Greece correspondent for Alphabet.",
                "John Smith",
                "role",
                "Alphabet",
                true,
            ),
            // A list of people, not an appositive role.
            (
                "Talks resumed with John Smith, Kremlin CEOs and others.",
                "John Smith",
                "role",
                "Kremlin",
                false,
            ),
            (
                "Talks resumed with John Smith, Kremlin CEO, and others.",
                "John Smith",
                "role",
                "Kremlin",
                true,
            ),
            // A portfolio is part of the role; the body is named before it, or not at all.
            (
                "Talks resumed. Culture spokesman John Smith spoke.",
                "John Smith",
                "role",
                "Culture",
                false,
            ),
            (
                "Talks resumed. Russian Culture spokesman John Smith spoke.",
                "John Smith",
                "role",
                "Russia",
                true,
            ),
            (
                "Talks resumed. Kremlin's Culture spokesman John Smith spoke.",
                "John Smith",
                "role",
                "Kremlin",
                true,
            ),
            // Hyphenated adjectives are no employers; "ex-" is no part of one.
            (
                "Talks resumed. Oscar-winning spokesman John Smith spoke.",
                "John Smith",
                "role",
                "Oscar-winning",
                false,
            ),
            (
                "Talks resumed. The ex-Wippit spokesman John Smith spoke.",
                "John Smith",
                "role",
                "Wippit",
                true,
            ),
            // A US party-state tag between the name and its appositive role.
            (
                "Talks resumed, said Sen. John Smith, D-Calif., chairman of the Federal Reserve.",
                "John Smith",
                "role",
                "Federal Reserve",
                true,
            ),
            (
                "Talks resumed, said Sen. John Smith, R-S.C., chairman of the Federal Reserve.",
                "John Smith",
                "role",
                "Federal Reserve",
                true,
            ),
            (
                "Talks resumed, said John Smith, Dallas, chairman of the Federal Reserve.",
                "John Smith",
                "role",
                "Federal Reserve",
                false,
            ),
            // An acronym in brackets between the organisation and the role.
            (
                "Talks resumed. UK Independence Party (UKIP) chairman John Smith left.",
                "John Smith",
                "role",
                "UK Independence Party",
                true,
            ),
            (
                "Talks resumed. Alphabet (which he left) chairman John Smith left.",
                "John Smith",
                "role",
                "Alphabet",
                false,
            ),
            // "who is the role of", "who works for".
            (
                "Jane Doe, who is the chief executive of Alphabet, spoke.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            (
                "Jane Doe, who works for Alphabet, spoke.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            // The name after the role: "the role of ORG, PERSON".
            (
                "The head of Alphabet, Mr Alan Greenspan, said so.",
                "Alan Greenspan",
                "role",
                "Alphabet",
                true,
            ),
            // An honorific with its full stop between the comma and the name.
            (
                "The head of Tesla, Dr. John Smith, said it was true.",
                "John Smith",
                "role",
                "Tesla",
                true,
            ),
            (
                "It was true, said the chairman of Tesla, John Smith.",
                "John Smith",
                "role",
                "Tesla",
                true,
            ),
            // A profession in -ist, modifiers before the organisation.
            (
                "It was true, said Jane Doe, a lobbyist with Alphabet.",
                "Jane Doe",
                "role",
                "Alphabet",
                true,
            ),
            (
                "John Smith, leader of the banned Tesla, spoke.",
                "John Smith",
                "role",
                "Tesla",
                true,
            ),
            // A company's national arm is the organisation, not the country.
            (
                "It was true, said Jane Doe, head of sales at Google Russia.",
                "Jane Doe",
                "role",
                "Google Russia",
                true,
            ),
            (
                "Google Russia head Jane Doe spoke.",
                "Jane Doe",
                "role",
                "Google Russia",
                true,
            ),
            (
                "Google Russia head Jane Doe spoke.",
                "Jane Doe",
                "role",
                "Russia",
                false,
            ),
            (
                "Google in Russia hired Jane Doe, head of sales at Google.",
                "Jane Doe",
                "role",
                "Google in Russia",
                false,
            ),
            // Negatives: a place after "of", a title taken for a name, a verb before the role,
            // the next person's title, a verb as modifier, an opinion, reported speech.
            (
                "John Smith of Russia spoke.",
                "John Smith",
                "role",
                "Russia",
                false,
            ),
            (
                "Jane Doe, who is running for chairman of Tesla, spoke.",
                "Jane Doe",
                "role",
                "Tesla",
                false,
            ),
            (
                "Jane Doe, who met the chairman of Tesla, spoke.",
                "Jane Doe",
                "role",
                "Tesla",
                false,
            ),
            (
                "Jane Doe and John Smith, Tesla chairman Alan Smith said.",
                "John Smith",
                "role",
                "Tesla",
                false,
            ),
            (
                "The rebels assassinated Tesla president John Smith.",
                "John Smith",
                "role",
                "Tesla",
                true,
            ),
            (
                "Tesla staff assassinated president John Smith.",
                "John Smith",
                "role",
                "Tesla",
                false,
            ),
            (
                "A friend of the chairman of Tesla, John Smith, spoke.",
                "John Smith",
                "role",
                "Alphabet",
                false,
            ),
            (
                "Jane Doe, a critic of Alphabet, spoke.",
                "Jane Doe",
                "role",
                "Alphabet",
                false,
            ),
            (
                "Jane Doe said the head of Alphabet would resign.",
                "Jane Doe",
                "role",
                "Alphabet",
                false,
            ),
            (
                "Jane Doe told John Smith of Alphabet.",
                "Jane Doe",
                "role",
                "Alphabet",
                false,
            ),
        ]);
    }

    #[test]
    fn an_appointment_verb_is_no_part_of_the_role() {
        for (text, role) in [
            (
                "Talks resumed. John Smith was appointed chief executive of Alphabet.",
                "chief executive",
            ),
            (
                "Talks resumed. Alphabet said it named John Smith its chairman and CEO.",
                "chairman and CEO",
            ),
        ] {
            let roles: Vec<_> = facts(text).into_iter().filter(|f| f.1 == "role").collect();
            assert_eq!(
                roles,
                vec![(
                    "John Smith".to_string(),
                    "role",
                    "Alphabet".to_string(),
                    Some(role.to_string())
                )],
                "{text}"
            );
        }
    }

    #[test]
    fn honorific_is_no_part_of_the_role() {
        let f = facts("Federal Reserve chairman Mr Alan Greenspan spoke.");
        assert_eq!(
            f,
            vec![(
                "Alan Greenspan".to_string(),
                "role",
                "Federal Reserve".to_string(),
                Some("chairman".to_string())
            )]
        );
    }
}
