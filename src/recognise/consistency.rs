//! In-document consistency (ANNIE's OrthoMatcher, simplified): a name found with strong
//! evidence labels its other occurrences and short forms in the same article.
//!
//! Takes the resolved candidates; gives extra candidates for repeated names, person
//! surnames and first names ("Dmitry Peskov" → "Peskov"), including in headlines and at
//! sentence starts where capitalisation alone proves nothing. Then sets canonical names of
//! list names and defined acronyms. People's canonicals (the fullest form in the article) and
//! the grouping into entities are [`crate::resolve`]'s job.

use super::{strength, Candidate, Doc};
use crate::gazetteer::{FxBuildHasher, GazLabel, Gazetteer};
use crate::model::{single_spaced, Label, Shape, Zone};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

type FxMap<K, V> = HashMap<K, V, FxBuildHasher>;

/// Candidates for other occurrences of names already recognised.
pub fn propagate(doc: &Doc, gaz: &Gazetteer, found: &[Candidate]) -> Vec<Candidate> {
    // surface → (label, canonical); surfaces with two labels are dropped. A surname shared
    // by two people ("S Jones" and "A Jones" in a team sheet) still names a person: it is
    // its own canonical, which person being left open.
    // Keys and canonicals are borrowed from the text and the candidates: no copies.
    let mut known: FxMap<&str, Option<(Label, &str)>> = FxMap::default();
    fn add<'k>(
        known: &mut FxMap<&'k str, Option<(Label, &'k str)>>,
        k: &'k str,
        label: Label,
        canonical: &'k str,
    ) {
        let v = known.entry(k).or_insert(Some((label, canonical)));
        match v {
            Some((l, c)) if *l == label && *c != canonical && label == Label::Person => {
                *c = k;
            }
            Some((l, c)) if *l != label || *c != canonical => *v = None,
            _ => {}
        }
    }
    // Full person names first, so that their short forms are not shadowed by one-word list
    // names ("Henry" the firm) recorded later; multi-word guesses are evidence enough to repeat.
    let persons = found.iter().filter(|c| {
        c.label == Label::Person && doc.text[c.start..c.end].contains(char::is_whitespace)
    });
    // Full names found by a rule or a list, not guessed from capitals alone.
    let mut strong_full: HashSet<&str, FxBuildHasher> = HashSet::default();
    for c in persons {
        let surface = &doc.text[c.start..c.end];
        add(&mut known, surface, c.label, &c.canonical);
        if c.strength >= strength::RULE && c.source != "rule:Consistency" {
            strong_full.insert(surface);
        }
        // Not a pronoun or a lone letter: "Ok I" (a misread chat line) must not make every
        // "I" a person.
        if let Some(last) = surface.split_whitespace().last().filter(|w| {
            w.chars().nth(1).is_some()
                && !super::lexicon::NEVER_NAMES.contains(w)
                && !super::rules::is_regnal_numeral(w) // "Noland III" is no "III"
        }) {
            add(&mut known, last, Label::Person, surface);
        }
        // "Erik ten Hag" → "ten Hag", and "Ten Hag" opening a sentence; "De Clercq" there →
        // "de Clercq" (the other case where the text has it).
        let opens_with_particle = surface
            .split_once(' ')
            .is_some_and(|(w, _)| is_particle(&w.to_lowercase()));
        let short = particle_surname(surface).or(opens_with_particle.then_some(surface));
        if let Some(short) = short {
            add(&mut known, short, Label::Person, surface);
            let other_case = flip_first_case(short);
            if let Some(at) = doc.text.find(other_case.as_str()) {
                add(
                    &mut known,
                    &doc.text[at..at + short.len()],
                    Label::Person,
                    surface,
                );
            }
        }
    }
    let person_short: HashSet<&str, FxBuildHasher> = known.keys().copied().collect();
    // A town that spoke as a person ("Obama said", rules' PersonActs) is that person in its
    // other occurrences too: its place readings are not counted against it.
    let acting: HashSet<&str, FxBuildHasher> = found
        .iter()
        .filter(|c| c.source == "rule:PersonActs")
        .map(|c| &doc.text[c.start..c.end])
        .collect();
    let mut short_forms: Vec<(&str, &str)> = Vec::new();
    // Firms' own words before their head words (short → firm): weaker than the short forms
    // above ("LTV Corp" keeps "LTV" though "LTV Steel Co" is named too).
    let mut core_forms: Vec<(&str, &str)> = Vec::new();
    // Clubs' short forms (short → club): everyday words ("United", "City"), so not filtered
    // as the firms' are.
    let mut club_shorts: Vec<(&str, &str)> = Vec::new();
    for c in found.iter().filter(|c| c.label.is_named()) {
        let surface = &doc.text[c.start..c.end];
        let multi = surface.contains(char::is_whitespace);
        if person_short.contains(surface)
            || (c.label == Label::Location && acting.contains(surface))
            || !(c.strength >= strength::RULE || (multi && c.strength >= strength::GUESS))
        {
            continue;
        }
        add(&mut known, surface, c.label, &c.canonical);
        // "Harris Corp" … "Harris said": a firm's name without its legal form is that firm,
        // unless the short form has a reading of its own.
        if c.label == Label::Org && multi && c.strength >= strength::RULE {
            if let Some(short) = without_legal_form(gaz, surface) {
                short_forms.push((short, &*c.canonical));
                // "Zestmart Technologies Pvt Ltd" … "Zestmart raised": the company's own word
                // before its trade's head words, too.
                if let Some(core) = without_head_words(gaz, short) {
                    core_forms.push((core, &*c.canonical));
                }
            }
        }
        // "Manchester United" … "United beat Fulham": a club's last word alone is the club in
        // its article.
        if c.label == Label::Org && multi && c.source == "gazetteer:openfootball-clubs" {
            if let Some(short) = surface
                .rsplit_once(' ')
                .map(|(_, last)| last)
                .filter(|w| CLUB_SHORT_FORMS.contains(w))
            {
                club_shorts.push((short, &*c.canonical));
            }
        }
        // "Seattle Mariners" … "the Mariners scored": an American team's plural nickname.
        if c.label == Label::Org && multi && c.source == "gazetteer:gate-annie" {
            if let Some(short) = surface
                .rsplit_once(' ')
                .map(|(_, last)| last)
                .filter(|w| is_team_nickname(w) && is_listed_team(gaz, surface))
            {
                club_shorts.push((short, &*c.canonical));
            }
        }
    }
    // Short forms (short → firm) never replace a reading of their own; two firms with one
    // short form share it with neither. A firm's core is weaker: it never takes the short
    // form of another firm's name ("LTV Corp" keeps "LTV" though "LTV Steel Co" is named).
    #[derive(Clone, Copy, PartialEq)]
    enum Short {
        Firm,
        Core,
        Club,
    }
    let mut shorts: FxMap<&str, (&str, Short)> = FxMap::default();
    let tagged = (short_forms.into_iter().map(|f| (f, Short::Firm)))
        .chain(core_forms.into_iter().map(|f| (f, Short::Core)))
        .chain(club_shorts.into_iter().map(|f| (f, Short::Club)));
    for ((short, canonical), kind) in tagged {
        let plain = !person_short.contains(short)
            && (kind == Short::Club
                || !super::lexicon::is_common(gaz, short, 50) && gaz.org_word(short).is_none());
        if !plain || (known.contains_key(short) && !shorts.contains_key(short)) {
            continue;
        }
        match shorts.get(short) {
            Some(&(_, Short::Firm)) if kind == Short::Core => {}
            Some(&(firm, _)) if firm != canonical => {
                known.insert(short, None);
            }
            Some(_) => {}
            None => {
                shorts.insert(short, (canonical, kind));
                known.insert(short, Some((Label::Org, canonical)));
            }
        }
    }
    // Full forms win over short forms recorded for them; names with two readings go.
    // Every name that can match at a token starts with that token's text, and a longer span
    // can only match a name that starts with the shorter one: over the sorted names a walk
    // narrows the range of names with the span as prefix, and stops when it is empty (most
    // tokens at once, most names after one or two tokens) instead of hashing six spans.
    let mut names: Vec<(&str, (Label, &str))> = known
        .into_iter()
        .filter_map(|(k, v)| v.map(|v| (k, v)))
        .collect();
    if names.is_empty() {
        return Vec::new();
    }
    names.sort_unstable_by(|a, b| a.0.cmp(b.0));
    let names = &names[..];
    let by_first = first_byte_runs(names);
    // A short form of a person named in full beats a one-word list match ("Henry" the company,
    // "Hamm" the town) but not stronger evidence, nor a longer person name around it
    // ("Rakesh Menon" keeps "Menon" after "Sunita Menon").
    let covers = |c: &Candidate, s: usize, e: usize, strength: u8| {
        c.start < e
            && s < c.end
            && (c.strength >= strength
                || (c.label == Label::Person
                    && c.start <= s
                    && e <= c.end
                    && c.end - c.start > e - s))
    };
    // The resolved candidates are disjoint and sorted (then their ends are sorted too): the
    // ones that can overlap a span are found by binary search, not by a scan per token.
    let disjoint_sorted =
        found.iter().all(|c| c.start <= c.end) && found.windows(2).all(|w| w[0].end <= w[1].start);
    let covered = |s: usize, e: usize, strength: u8| {
        overlap_window(found, disjoint_sorted, s, e)
            .iter()
            .any(|c| covers(c, s, e, strength))
    };
    // Only a surname with its particle ("van Gaal") opens with a lower-case word: most
    // articles have none, and then no lower-case token is looked at.
    let particle_names = names.iter().any(|(k, _)| k.starts_with(char::is_lowercase));
    // Upper-case forms of the names, made when the first ALL-CAPS line needs them.
    let mut upper_names: Option<Vec<(String, (Label, &str))>> = None;
    let mut out: Vec<Candidate> = Vec::new();
    for (i, t) in doc.tokens.iter().enumerate() {
        // Not inside a name just found: "Rakesh Menon" is not also "Menon".
        if out.last().is_some_and(|c| t.start < c.end) {
            continue;
        }
        let may_open = match t.shape {
            Shape::Capitalised | Shape::AllCaps | Shape::Mixed => true,
            Shape::Lower => particle_names && is_particle(&doc.text[t.start..t.end]),
            _ => false,
        };
        if !may_open {
            continue;
        }
        // Single tokens, and the longest known multi-token name starting here.
        let mut best: Option<(usize, (Label, &str))> = None;
        let mut end_tok = i;
        // The names that start with the token's first byte: a run found by one load.
        let mut with_prefix = match doc.text.as_bytes().get(t.start) {
            Some(&b) if t.start < t.end => {
                let (lo, hi) = by_first[usize::from(b)];
                names.get(lo..hi).unwrap_or(names)
            }
            _ => names,
        };
        while end_tok < doc.tokens.len() && end_tok < i + 6 {
            let end = doc.tokens[end_tok].end;
            let span = &doc.text[t.start..end];
            with_prefix = names_with_prefix(with_prefix, span);
            let Some(&(first, k)) = with_prefix.first() else {
                break; // no name starts so: none starts with a longer span either
            };
            // A person's name with a possessive is that person's, not a firm listed with the
            // possessive ("Steven Gerrard" … "Gerrard's view", not the firm "Gerrard's").
            let possessive = matches!(&doc.text[doc.tokens[end_tok].start..end], "'s" | "’s");
            let person_before = best.is_some_and(|(_, (l, _))| l == Label::Person);
            if first == span && !(possessive && person_before && k.0 != Label::Person) {
                best = Some((end, k));
            }
            end_tok += 1;
            if end_tok < doc.tokens.len()
                && doc.text[doc.tokens[end_tok - 1].end..doc.tokens[end_tok].start].contains('\n')
            {
                break;
            }
        }
        // An ALL-CAPS line ("SOCCER - KEANE SIGNS FOR UNITED") spells the body's names in
        // capitals: there they are matched by their upper-case forms, which beat a reading
        // of the capitals alone ("FERGUSON" the town) as long or shorter.
        let mut in_capitals = false;
        if t.shape == Shape::AllCaps && in_caps_line(doc, i) {
            let upper = upper_names.get_or_insert_with(|| upper_case_names(names));
            if let Some(u) = longest_upper_match(doc, i, upper) {
                if best.is_none_or(|b| u.0 >= b.0) {
                    best = Some(u);
                    in_capitals = true;
                }
            }
        }
        let Some((end, (label, canonical))) = best else {
            continue;
        };
        // A particle opens only a person's surname ("van Gaal"), not a guess at a firm.
        if t.shape == Shape::Lower && label != Label::Person {
            continue;
        }
        let single = !doc.text[t.start..end].contains(char::is_whitespace);
        // "World Economic Outlook" after "Microsoft Outlook": not the app again.
        if single && matches!(label, Label::App | Label::Product) {
            let s = doc.sentence_tokens.partition_point(|r| r.end <= i);
            let title = doc.sentences.get(s).is_some_and(|s| s.zone == Zone::Title);
            if let Some(range) = doc.sentence_tokens.get(s).filter(|_| !title) {
                if super::lexicon::common_brand_inside_a_name(doc, gaz, range.clone(), i) {
                    continue;
                }
            }
        }
        // A person's name in capitals, one word or full, beats a list reading of the capitals;
        // a full name repeated beats a list reading of a word inside it (a headline's
        // "President Vladimir Putin", where the Title Case line has no title rule and
        // "Vladimir" is also a town). A reading that crosses its edge still stands.
        let inside_only = label == Label::Person
            && !single
            && strong_full.contains(&doc.text[t.start..end])
            && overlap_window(found, disjoint_sorted, t.start, end)
                .iter()
                .all(|c| t.start <= c.start && c.end <= end && c.end - c.start < end - t.start);
        let strength = if label == Label::Person && (single || in_capitals || inside_only) {
            strength::GAZETTEER + 1
        } else {
            strength::PROPAGATED
        };
        if covered(t.start, end, strength) {
            continue;
        }
        out.push(Candidate {
            start: t.start,
            end,
            label,
            canonical: canonical.to_string(),
            source: "rule:Consistency".into(),
            id: None,
            role: None,
            money: None,
            value: None,
            strength,
        });
    }
    out
}

/// A lower-case particle of a surname: "van", "de", "da", the Dutch "ten" and "ter" (inside a
/// person's name already found, where they are no number words).
fn is_particle(word: &str) -> bool {
    super::lexicon::is_name_particle(word) || super::lexicon::DUTCH_PARTICLES.contains(&word)
}

/// The surname with its particles of a full name: "Louis van Gaal" → "van Gaal", "Edwin van
/// der Sar" → "van der Sar"; none without a particle or a name before it.
fn particle_surname(name: &str) -> Option<&str> {
    let words: Vec<(usize, &str)> = name
        .split([' ', '\n', '\t'])
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .collect();
    let n = words.len();
    let first = (1..n.saturating_sub(1))
        .rev()
        .take_while(|&k| is_particle(words[k].1))
        .last()?;
    Some(&name[words[first].0..])
}

/// `s` with the case of its first letter flipped ("van Gaal" ⇄ "Van Gaal").
fn flip_first_case(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map_or_else(String::new, |c| {
        if c.is_uppercase() {
            c.to_lowercase().chain(chars).collect()
        } else {
            c.to_uppercase().chain(chars).collect()
        }
    })
}

/// Last words of clubs' names that stand for the club alone in its article ("United",
/// "Villa"); not "Wednesday", "Town" or "County", which are more often the day or the place.
const CLUB_SHORT_FORMS: &[&str] = &[
    "United",
    "City",
    "Villa",
    "Rovers",
    "Athletic",
    "Wanderers",
    "Albion",
    "Palace",
    "Hotspur",
    "Forest",
    "Argyle",
    "Rangers",
];

/// A team nickname as American copy shortens its team to: a capitalised plural word
/// ("Mariners", "76ers"; not "Sox", no plural, which two teams share).
fn is_team_nickname(word: &str) -> bool {
    word.ends_with('s') && word.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit())
}

/// Is the name listed as a sports team (GATE's `team`: "Seattle Mariners")?
fn is_listed_team(gaz: &Gazetteer, name: &str) -> bool {
    gaz.entries_named(name)
        .any(|e| &*gaz.entry(e).subtype == "team")
}

/// An organisation's name without its trailing legal forms ("Harris Corp" → "Harris", "Eli
/// Lilly and Co" → "Eli Lilly"), if it had one and something is left.
fn without_legal_form<'s>(gaz: &Gazetteer, name: &'s str) -> Option<&'s str> {
    let mut short = name;
    while let Some((head, last)) = short.rsplit_once(' ') {
        // "Halloween II" is a sequel, whatever the lists say of "II".
        let numeral = last.bytes().all(|b| matches!(b, b'I' | b'V' | b'X'));
        let legal = !numeral && gaz.is_legal_form(last);
        // The first word of a two-word legal form: "Pvt Ltd", "Pte Ltd".
        let legal_opener = short.len() < name.len()
            && matches!(last.trim_end_matches('.'), "Pvt" | "Pte" | "Private");
        if !(legal || legal_opener || matches!(last, "and" | "&")) {
            break;
        }
        short = head.trim_end_matches(',');
    }
    let opener_left = matches!(short.trim_end_matches('.'), "Pvt" | "Pte" | "Private");
    (short.len() < name.len() && !short.ends_with([' ', '&']) && !opener_left).then_some(short)
}

/// A company's name without the organisation head words that end it ("Zestmart
/// Technologies" → "Zestmart", "Acme Oil Industries" → "Acme"), when some word is left.
fn without_head_words<'s>(gaz: &Gazetteer, name: &'s str) -> Option<&'s str> {
    let mut short = name;
    while let Some((head, last)) = short.rsplit_once(' ') {
        let keyword = gaz
            .org_word(last)
            .is_some_and(|e| e.label == GazLabel::OrgKeyword);
        if !keyword {
            break;
        }
        short = head.trim_end();
    }
    // A nationality or a place left is the firm's market, no name of it ("Turkish Airlines
    // Ltd" is no "Turkish"; "Texas Industries Inc" no "Texas").
    let place = || {
        gaz.demonym(short).is_some()
            || gaz
                .entries_named(short)
                .any(|e| gaz.label(e) == GazLabel::Location)
    };
    (short.len() < name.len() && !place()).then_some(short)
}

/// Whether token `i` (ALL CAPS) stands in an ALL-CAPS line: the nearest word on each side
/// in its sentence has no lower-case letter, and at least one such word is there. A lone
/// acronym in running text ("NICE said") is not read by its upper-case form.
fn in_caps_line(doc: &Doc, i: usize) -> bool {
    let s = doc.sentence_of(doc.tokens[i].start);
    let Some(range) = doc.sentence_tokens.get(s) else {
        return false;
    };
    let is_word = |k: &usize| doc.tokens[*k].shape.is_word();
    let before = (range.start..i).rev().find(is_word);
    let after = (i + 1..range.end).find(is_word);
    // No lower-case letter: "'S" in "RAVANELLI 'S SHIRT" counts as capitals.
    let caps = |k: Option<usize>| k.map(|k| !doc.tok(k).chars().any(char::is_lowercase));
    match (caps(before), caps(after)) {
        (None, None) => false,
        (b, a) => b != Some(false) && a != Some(false),
    }
}

/// The people's names with a lower-case letter, keyed by their upper-case form, sorted; a
/// form two names share is dropped. Only people: other names in capitals are often headings
/// or titles ("FATAL FORCE", a game reviewed under a guessed firm's name).
fn upper_case_names<'k>(names: &[(&str, (Label, &'k str))]) -> Vec<(String, (Label, &'k str))> {
    let mut upper: Vec<(String, (Label, &'k str))> = names
        .iter()
        .filter(|(n, (l, _))| *l == Label::Person && n.chars().any(char::is_lowercase))
        .map(|&(n, v)| (n.to_uppercase(), v))
        .collect();
    upper.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    let mut out: Vec<(String, (Label, &'k str))> = Vec::with_capacity(upper.len());
    let mut shared: Option<String> = None;
    for (k, v) in upper {
        if shared.as_deref() == Some(&k) {
            continue;
        }
        if out.last().is_some_and(|(last, lv)| *last == k && *lv != v) {
            shared = out.pop().map(|(k, _)| k);
            continue;
        }
        if out.last().is_some_and(|(last, _)| *last == k) {
            continue;
        }
        out.push((k, v));
    }
    out
}

/// The longest upper-case name form that starts at token `i` (up to six tokens, one line),
/// with the byte offset where it ends.
fn longest_upper_match<'k>(
    doc: &Doc,
    i: usize,
    upper: &[(String, (Label, &'k str))],
) -> Option<(usize, (Label, &'k str))> {
    let start = doc.tokens[i].start;
    let mut best = None;
    let mut end_tok = i;
    while end_tok < doc.tokens.len() && end_tok < i + 6 {
        let end = doc.tokens[end_tok].end;
        let span = &doc.text[start..end];
        let from = upper.partition_point(|(n, _)| n.as_str() < span);
        match upper.get(from) {
            Some((n, v)) if n == span => best = Some((end, *v)),
            Some((n, _)) if n.starts_with(span) => {}
            _ => break, // no name starts so: none starts with a longer span either
        }
        end_tok += 1;
        if end_tok < doc.tokens.len()
            && doc.text[doc.tokens[end_tok - 1].end..doc.tokens[end_tok].start].contains('\n')
        {
            break;
        }
    }
    best
}

/// A town read as its club once in an article (rules' SportsTeam: a match result, "Bolton
/// boss") is the club in its other occurrences too, where a list names a club so; not after
/// "in" ("a hotel in Liverpool"). Sports copy names a club by its town all through a report,
/// and mostly without a cue in the sentence.
///
/// Such a reading, or enough words of sport, mark the article as a sports report, where the
/// towns a list names as clubs are clubs ("the Dortmund trio", "Lecce's 3-0 defeat of
/// Genoa"), except where the town is the venue or a destination ("at Leicester", "in Basel
/// and Paris"), opens a dateline ("LEEDS, England"), qualifies a noun of the place ("the
/// Norfolk club", "the Leicester singer"), or is a county in brackets (a referee's: "S
/// Bennett (Kent)").
pub fn club_readings(doc: &Doc, gaz: &Gazetteer, cands: &mut [Candidate]) {
    let clubs: FxMap<&str, String> = cands
        .iter()
        .filter(|c| c.source == "rule:SportsTeam")
        .map(|c| (&doc.text[c.start..c.end], c.canonical.clone()))
        .collect();
    // Counted once, at the first town with a club.
    let mut sports_report = None;
    let mut is_sports_report =
        || *sports_report.get_or_insert_with(|| is_sports_report(doc, !clubs.is_empty()));
    for c in cands
        .iter_mut()
        .filter(|c| c.label == Label::Location && c.source.starts_with("gazetteer:"))
    {
        let surface = &doc.text[c.start..c.end];
        // Cheapest test first: most places name no club, and most articles are no sports
        // report (a scan of the whole article, done once).
        let place = ClubPlace::of(gaz, surface);
        if !place.club {
            continue;
        }
        let known = clubs.get(surface);
        if known.is_none() && !is_sports_report() {
            continue;
        }
        // The token before the name (a binary search: no scan back over a long text).
        let i = doc.tokens.partition_point(|t| t.start < c.start);
        let word = |k: usize| doc.tokens.get(k).map(|t| &doc.text[t.start..t.end]);
        let word_before = i.checked_sub(1).and_then(word).map(str::to_lowercase);
        if word_before
            .as_deref()
            .is_some_and(|w| super::lexicon::PLACE_BEFORE.contains(w))
            || fixture_venue(doc, c, i)
        {
            continue;
        }
        let canonical = match known {
            Some(canonical) => canonical.clone(),
            None => {
                // The token after the name, and the one before it past a compass initial
                // ("M Riley (W Yorkshire)").
                let after = word(doc.tokens.partition_point(|t| t.start < c.end));
                let opener = match word_before.as_deref() {
                    Some(w) if w.len() == 1 && w.as_bytes()[0].is_ascii_alphabetic() && i >= 2 => {
                        word(i - 2)
                    }
                    w => w,
                };
                let in_brackets = opener == Some("(") && after == Some(")");
                if place.country
                    || in_brackets && place.county
                    || after_venue_word(doc, i)
                    || opens_dateline(doc, c, surface)
                    || after.is_some_and(|w| {
                        TOWN_QUALIFIES.contains(&w)
                            || is_shouted(w)
                                && TOWN_QUALIFIES.iter().any(|q| q.eq_ignore_ascii_case(w))
                    })
                {
                    continue;
                }
                surface.to_string()
            }
        };
        c.label = Label::Org;
        c.canonical = canonical;
        c.source = "rule:SportsTeam".into();
        c.id = None;
    }
}

/// Is the article a sports report? A club reading already says "sport": two words of sport
/// confirm it. Without one, a word only sport uses must be among three.
fn is_sports_report(doc: &Doc, club_read: bool) -> bool {
    let (only, shared) = sports_words(doc);
    if club_read {
        only + shared >= 2
    } else {
        only >= 1 && only + shared >= 3
    }
}

/// "the Tigers", "The Royals": in a sports report, a listed team's plural nickname after "the"
/// is a team, whether the article names it in full or not (American copy often never does);
/// where no candidate stands already. Which team is left open (the nickname is its own
/// canonical name): British copy has its "Tigers" (Leicester) and "Lions" too.
pub fn team_nicknames(doc: &Doc, gaz: &Gazetteer, cands: &[Candidate]) -> Vec<Candidate> {
    let mut out = Vec::new();
    let mut sports_report = None;
    for (i, t) in doc.tokens.iter().enumerate().skip(1) {
        let word = &doc.text[t.start..t.end];
        if !is_team_nickname(word) || !matches!(doc.tok(i - 1), "the" | "The") {
            continue;
        }
        if !gaz.lists_team_nickname(word) {
            continue;
        }
        // The candidates are resolved: disjoint and sorted.
        let at = cands.partition_point(|c| c.end <= t.start);
        if cands.get(at).is_some_and(|c| c.start < t.end) {
            continue;
        }
        let club_read = || cands.iter().any(|c| c.source == "rule:SportsTeam");
        if !*sports_report.get_or_insert_with(|| is_sports_report(doc, club_read())) {
            continue;
        }
        out.push(Candidate {
            start: t.start,
            end: t.end,
            label: Label::Org,
            canonical: word.to_string(),
            source: "rule:TeamNickname".into(),
            id: None,
            role: None,
            money: None,
            value: None,
            strength: strength::RULE,
        });
    }
    out
}

/// What the lists say of a town's name, for club readings.
struct ClubPlace {
    /// A list names a club so.
    club: bool,
    /// A country, territory or continent (a national side, never a club).
    country: bool,
    /// A county, region or state ("Kent", "Hertfordshire").
    county: bool,
}

impl ClubPlace {
    fn of(gaz: &Gazetteer, surface: &str) -> ClubPlace {
        let found: Vec<crate::gazetteer::EntryId> = gaz.entries_named(surface).collect();
        let entries = || found.iter().copied();
        ClubPlace {
            club: entries().any(|e| super::lexicon::is_club(gaz, e)),
            country: super::lexicon::is_country_level(gaz, surface, entries()),
            county: entries().any(|e| {
                let e = gaz.entry(e);
                e.label == GazLabel::Location
                    && matches!(&*e.subtype, "region" | "province" | "state")
            }),
        }
    }
}

/// How many words of sport the article has: (sport-only words, shared words), each counted
/// up to 3.
fn sports_words(doc: &Doc) -> (usize, usize) {
    let (mut only, mut shared) = (0, 0);
    // Lower-cased in a buffer: no allocation per token. The longest word has 13 bytes.
    let mut buf = [0u8; 16];
    for t in doc.tokens {
        let word = &doc.text.as_bytes()[t.start..t.end];
        if !(3..=buf.len()).contains(&word.len()) || !word[0].is_ascii_alphabetic() {
            continue;
        }
        let lower = &mut buf[..word.len()];
        lower.copy_from_slice(word);
        lower.make_ascii_lowercase();
        let Ok(w) = std::str::from_utf8(lower) else {
            continue;
        };
        if super::lexicon::SPORTS_WORDS.contains(w) {
            only += 1;
        } else if super::lexicon::SPORTS_WORDS_SHARED.contains(w) {
            shared += 1;
        }
        if only >= 3 && shared >= 3 {
            break;
        }
    }
    (only.min(3), shared.min(3))
}

/// Nouns a town qualifies as the place, not its club: "the Norfolk club", "the Leicester
/// singer", "the Larne athlete", "the Amsterdam stock exchange", "Leeds city council".
const TOWN_QUALIFIES: [&str; 20] = [
    "club", "athlete", "singer", "artist", "band", "rapper", "man", "woman", "born", "native",
    "stock", "police", "court", "airport", "council", "mayor", "hospital", "city", "area",
    "district",
];

/// An ALL-CAPS word (a headline's "CLUB"), not a capitalised one ("Man Utd").
fn is_shouted(w: &str) -> bool {
    !w.bytes().any(|b| b.is_ascii_lowercase())
}

/// Words before a town that make it the venue or a destination, not a club;
/// "from" is no venue word: sport's "from" is the club a player left ("on loan from Charlton").
const VENUE_BEFORE: [&str; 6] = ["in", "near", "outside", "inside", "at", "into"];

/// Does a venue word come before token `i`, maybe across a coordination ("draws in Basel
/// and Paris", "at Newcastle and Middlesbrough")?
fn after_venue_word(doc: &Doc, i: usize) -> bool {
    let word = |k: usize| {
        let t = &doc.tokens[k];
        doc.text[t.start..t.end].to_lowercase()
    };
    let mut k = i;
    for _ in 0..3 {
        let Some(before) = k.checked_sub(1) else {
            return false;
        };
        let w = word(before);
        if VENUE_BEFORE.contains(&w.as_str()) {
            return true;
        }
        // Step back over "Basel and" / "Basel ,": one capitalised word and a joiner.
        let joined = matches!(w.as_str(), "and" | "or" | ",")
            && before >= 2
            && doc.text[doc.tokens[before - 1].start..].starts_with(|c: char| c.is_uppercase());
        if !joined {
            return false;
        }
        k = before - 1;
    }
    false
}

/// The venue of a schedule's fixture line, "SEATTLE AT [BOSTON]": the town (from token `i`)
/// ends its sentence, after "at" and one to three capitalised words ("Owen happy at Liverpool"
/// is no fixture). A club elsewhere in the report, it is the place here (rules' SportsTeam
/// reads the visiting side as the team).
fn fixture_venue(doc: &Doc, c: &Candidate, i: usize) -> bool {
    let s = doc.sentence_of(c.start);
    let (Some(sentence), Some(range)) = (doc.sentences.get(s), doc.sentence_tokens.get(s)) else {
        return false;
    };
    let before_at = i.saturating_sub(1).saturating_sub(range.start);
    sentence.end == c.end
        && i >= 1
        && matches!(doc.tok(i - 1), "at" | "AT")
        && (1..=3).contains(&before_at)
        && (range.start..i - 1).all(|k| doc.tok(k).starts_with(char::is_uppercase))
}

/// An ALL-CAPS town opening its sentence: a wire dateline ("LEEDS, England 1996-08-26").
fn opens_dateline(doc: &Doc, c: &Candidate, surface: &str) -> bool {
    let s = doc.sentence_of(c.start);
    doc.sentences.get(s).is_some_and(|s| s.start == c.start)
        && !surface.chars().any(char::is_lowercase)
}

/// Sets canonical names of non-people: the fullest form of the entry they share.
pub fn canonicalise(doc: &Doc, cands: &mut [Candidate]) {
    canonicalise_names(doc, cands);
}

/// Other names: the fullest form *in this article* of the list entry or defined acronym they
/// share ("Labour" stays "Labour" unless the article says "Labour Party"; "ISS" becomes
/// "International Space Station" when the article defines it), as GUIDELINE.md asks for facts.
fn canonicalise_names(doc: &Doc, cands: &mut [Candidate]) {
    let named = |c: &Candidate| c.label.is_named() && c.label != Label::Person;
    // (label, canonical) → the fullest surface (white space collapsed) and its length in chars;
    // the first of the longest wins.
    let mut fullest: HashMap<(Label, &str), (usize, Cow<str>), FxBuildHasher> = HashMap::default();
    for c in cands.iter().filter(|c| named(c)) {
        let surface = single_spaced(&doc.text[c.start..c.end]);
        let chars = surface.chars().count();
        let slot = fullest
            .entry((c.label, c.canonical.as_str()))
            .or_insert((0, Cow::Borrowed("")));
        if chars > slot.0 {
            *slot = (chars, surface);
        }
    }
    // Only canonicals that change are written (no copy of the ones already fullest).
    let changed: Vec<Option<String>> = cands
        .iter()
        .map(|c| {
            let (_, full) = fullest
                .get(&(c.label, c.canonical.as_str()))
                .filter(|_| named(c))?;
            (*full != c.canonical).then(|| full.to_string())
        })
        .collect();
    for (c, full) in cands.iter_mut().zip(changed) {
        if let Some(full) = full {
            c.canonical = full;
        }
    }
}

/// The candidates among which are all that overlap `s..e`: with `disjoint_sorted` (each
/// candidate ends before the next starts) a binary-searched run, else all of them.
fn overlap_window(found: &[Candidate], disjoint_sorted: bool, s: usize, e: usize) -> &[Candidate] {
    if !disjoint_sorted {
        return found;
    }
    let from = found.partition_point(|c| c.end <= s);
    let run = found[from..].partition_point(|c| c.start < e);
    &found[from..from + run]
}

/// For each byte, the run of the sorted names that start with it (an empty run when none).
fn first_byte_runs<V>(sorted: &[(&str, V)]) -> [(usize, usize); 256] {
    let mut runs = [(0, 0); 256];
    let mut i = 0;
    while i < sorted.len() {
        let Some(&b) = sorted[i].0.as_bytes().first() else {
            i += 1; // the empty name: in no run
            continue;
        };
        let run = sorted[i..].partition_point(|(n, _)| n.as_bytes().first() == Some(&b));
        runs[usize::from(b)] = (i, i + run);
        i += run;
    }
    runs
}

/// The names (sorted) that start with `prefix`: a run of them, from the first one not
/// below `prefix` (which is `prefix` itself when it is a name).
fn names_with_prefix<'n, 's, V>(sorted: &'n [(&'s str, V)], prefix: &str) -> &'n [(&'s str, V)] {
    let from = sorted.partition_point(|(n, _)| *n < prefix);
    let run = sorted[from..].partition_point(|(n, _)| n.starts_with(prefix));
    &sorted[from..from + run]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn particle_surnames() {
        for (name, short) in [
            ("Louis van Gaal", Some("van Gaal")),
            ("Erik ten Hag", Some("ten Hag")),
            ("Edwin van der Sar", Some("van der Sar")),
            ("Bank of England", None), // "of" is no particle
            ("van Gaal", None),        // no name before the particle
            ("Gerrit Horst", None),
            ("Ruud van", None),
            ("Willy de\nClercq", Some("de\nClercq")),
        ] {
            assert_eq!(particle_surname(name), short, "{name}");
        }
        assert_eq!(flip_first_case("van Gaal"), "Van Gaal");
        assert_eq!(flip_first_case("De Clercq"), "de Clercq");
        assert_eq!(flip_first_case(""), "");
    }

    /// Runs `f` on the article `text` split into zones, sentences and tokens.
    fn with_doc(text: &str, f: impl FnOnce(&Doc)) {
        let meta = crate::model::Meta::default();
        let zones = crate::zones::detect(text, &meta);
        let sentences = crate::segment::sentences(text, &zones.spans);
        let tokens = crate::segment::tokenize(text, &sentences);
        f(&Doc::new(text, &sentences, &tokens));
    }

    /// A full name repeated beats a town's reading of its first word only where a rule or a
    /// list found the name (a title, a given name), not a guess from capitals alone; a
    /// reading that crosses the name's edge stands.
    #[test]
    fn repeated_full_name_over_an_inner_place() {
        let text = "Leaders Meet Varenka Zolotov Today\n\nVarenka Zolotov spoke in the city.";
        with_doc(text, |doc| {
            let gaz = crate::gazetteer::GazetteerBuilder::new()
                .build()
                .expect("builds");
            let head = text.find("Varenka").expect("in text");
            let body = text.rfind("Varenka Zolotov").expect("in text");
            let cand = |s: usize, e: usize, label: Label, strength: u8| Candidate {
                label,
                ..crate::recognise::tests::cand(s, e, strength)
            };
            // (the body's person strength, a reading in the headline, expected there)
            let cases = [
                (strength::RULE_STRONG, (head, head + 7), true),
                (strength::GUESS, (head, head + 7), false),
                // "Meet Varenka": crosses the name's start.
                (strength::RULE_STRONG, (head - 5, head + 7), false),
            ];
            for (person, (s, e), want) in cases {
                let found = vec![
                    cand(s, e, Label::Location, strength::GAZETTEER),
                    cand(body, body + 15, Label::Person, person),
                ];
                let out = propagate(doc, &gaz, &found);
                let got = out
                    .iter()
                    .any(|c| c.start == head && c.end == head + 15 && c.label == Label::Person);
                let covered =
                    crate::recognise::resolve_overlaps(found.into_iter().chain(out).collect())
                        .iter()
                        .any(|c| c.start == head && c.label == Label::Person);
                assert_eq!(got && covered, want, "{person} {s}..{e}");
            }
        });
    }

    /// A club's last word alone is the club in its article ("United"), not a weekday
    /// ("Sheffield Wednesday" … "on Wednesday"), and only after a club list's name.
    #[test]
    fn club_short_forms() {
        let text = "Manchester United beat Sheffield Wednesday. United won on Wednesday.";
        with_doc(text, |doc| {
            // "united" is an everyday word, which a firm's short form may not be.
            let mut b = crate::gazetteer::GazetteerBuilder::new();
            b.add_tsv(
                "t.tsv",
                "name\tcanonical\tlabel\tsubtype\tid\tsource\nunited\tunited\tCOMMON\t35\t\tt\n",
            )
            .expect("parses");
            let gaz = b.build().expect("builds");
            let club = |name: &str, source: &str| {
                let s = text.find(name).expect("in text");
                Candidate {
                    label: Label::Org,
                    canonical: name.to_string(),
                    source: source.into(),
                    ..crate::recognise::tests::cand(s, s + name.len(), strength::GAZETTEER)
                }
            };
            let short_at = |found: &[Candidate], word: &str| {
                let at = text.rfind(word).expect("in text");
                propagate(doc, &gaz, found)
                    .iter()
                    .any(|c| c.start == at && c.end == at + word.len() && c.label == Label::Org)
            };
            let clubs = [
                club("Manchester United", "gazetteer:openfootball-clubs"),
                club("Sheffield Wednesday", "gazetteer:openfootball-clubs"),
            ];
            assert!(short_at(&clubs, "United"));
            assert!(!short_at(&clubs, "Wednesday"));
            let firm = [club("Manchester United", "gazetteer:gate-annie")];
            assert!(!short_at(&firm, "United"));
        });
    }

    /// A listed American team's plural nickname is the team in its article ("the Mariners"),
    /// not "Sox" (no plural), and not a firm's last word.
    #[test]
    fn team_nicknames() {
        let text = "Seattle Mariners beat Chicago White Sox and Zorvex Widgets. The Mariners \
                    won, the Sox lost and Widgets fell.";
        with_doc(text, |doc| {
            let mut b = crate::gazetteer::GazetteerBuilder::new();
            b.add_tsv(
                "t.tsv",
                "name\tcanonical\tlabel\tsubtype\tid\tsource\n\
                 Seattle Mariners\tSeattle Mariners\tORG\tteam\t\tgate-annie\n\
                 Chicago White Sox\tChicago White Sox\tORG\tteam\t\tgate-annie\n\
                 Zorvex Widgets\tZorvex Widgets\tORG\tcompany\t\tgate-annie\n",
            )
            .expect("parses");
            let gaz = b.build().expect("builds");
            let team = |name: &str| {
                let s = text.find(name).expect("in text");
                Candidate {
                    label: Label::Org,
                    canonical: name.to_string(),
                    source: "gazetteer:gate-annie".into(),
                    ..crate::recognise::tests::cand(s, s + name.len(), strength::GAZETTEER)
                }
            };
            let found = [
                team("Seattle Mariners"),
                team("Chicago White Sox"),
                team("Zorvex Widgets"),
            ];
            let out = propagate(doc, &gaz, &found);
            let short_at = |word: &str| {
                let at = text.rfind(word).expect("in text");
                out.iter()
                    .any(|c| c.start == at && c.end == at + word.len() && c.label == Label::Org)
            };
            assert!(short_at("Mariners"));
            assert!(!short_at("Sox"));
            assert!(!short_at("Widgets"));
        });
    }

    #[test]
    fn legal_forms_come_off_the_end() {
        let mut b = crate::gazetteer::GazetteerBuilder::new();
        b.add_tsv(
            "t.tsv",
            "name\tcanonical\tlabel\tsubtype\tid\tsource\nCo\tCo\tORG_SUFFIX\t\t\tt\n\
             Corp\tCorp\tORG_SUFFIX\t\t\tt\nII\tII\tORG_SUFFIX\t\t\tt\n\
             Ltd\tLtd\tORG_SUFFIX\t\t\tt\nTechnologies\tTechnologies\tORG_KEYWORD\thead\t\tt\n\
             Airlines\tAirlines\tORG_KEYWORD\thead\t\tt\nTurkish\tTurkey\tDEMONYM\t\t\tt\n",
        )
        .expect("parses");
        let gaz = b.build().expect("builds");
        for (name, short) in [
            (
                "Zestmart Technologies Pvt Ltd",
                Some("Zestmart Technologies"),
            ),
            ("Pvt Ltd", None),
            ("Harris Corp", Some("Harris")),
            ("Eli Lilly and Co", Some("Eli Lilly")),
            ("Smith, Barney and Co", Some("Smith, Barney")),
            ("Halloween II", None),
            ("Corp", None),
            ("Acme Widgets", None),
        ] {
            assert_eq!(without_legal_form(&gaz, name), short, "{name}");
        }
        // Then the trade's head words, unless a nationality or place is left.
        for (name, short) in [
            ("Zestmart Technologies", Some("Zestmart")),
            ("Turkish Airlines", None),
            ("Zestmart", None),
        ] {
            assert_eq!(without_head_words(&gaz, name), short, "{name}");
        }
    }

    /// The binary-searched window holds every candidate that overlaps a span, and only
    /// candidates that could (spans touching at an edge do not overlap).
    #[test]
    fn overlap_window_holds_every_overlap() {
        let found: Vec<Candidate> = [(0, 3), (3, 5), (7, 7), (8, 12), (12, 13), (20, 30)]
            .iter()
            .map(|&(s, e)| crate::recognise::tests::cand(s, e, 0))
            .collect();
        let spans = |w: &[Candidate]| w.iter().map(|c| (c.start, c.end)).collect::<Vec<_>>();
        // (span, expected window)
        type Case = ((usize, usize), &'static [(usize, usize)]);
        let cases: &[Case] = &[
            ((0, 1), &[(0, 3)]),
            ((2, 4), &[(0, 3), (3, 5)]),
            ((3, 4), &[(3, 5)]),
            ((5, 7), &[]),
            ((5, 9), &[(7, 7), (8, 12)]),
            ((12, 20), &[(12, 13)]),
            ((13, 20), &[]),
            ((25, 40), &[(20, 30)]),
            ((30, 40), &[]),
            (
                (0, 40),
                &[(0, 3), (3, 5), (7, 7), (8, 12), (12, 13), (20, 30)],
            ),
        ];
        for &((s, e), want) in cases {
            let got = overlap_window(&found, true, s, e);
            assert_eq!(spans(got), want.to_vec(), "{s}..{e}");
            // Every overlapping candidate is in the window, as in the full scan.
            for c in found.iter().filter(|c| c.start < e && s < c.end) {
                assert!(got.iter().any(|g| std::ptr::eq(g, c)), "{s}..{e}");
            }
            assert_eq!(overlap_window(&found, false, s, e).len(), found.len());
        }
    }

    /// Upper-case forms: people only, sorted, ALL-CAPS names left out (they match as they
    /// are), a form two readings share dropped, a form one reading repeats kept once.
    #[test]
    fn upper_case_names_drop_shared_forms() {
        let p = (Label::Person, "Roy Keane");
        let q = (Label::Person, "Sam Reading");
        let names: Vec<(&str, (Label, &str))> = vec![
            ("Keane", p),
            ("NASA", (Label::Org, "NASA")),
            ("Newcastle", (Label::Org, "Newcastle")),
            ("Reading", q),
            ("READing", (Label::Person, "Ann Reading")),
            ("Roy Keane", p),
            ("roy keane", p),
        ];
        let upper = upper_case_names(&names);
        let keys: Vec<&str> = upper.iter().map(|(k, _)| k.as_str()).collect();
        assert_eq!(keys, ["KEANE", "ROY KEANE"]);
        assert_eq!(upper[1].1, p);
    }

    /// The names with a prefix are those a filter over all names finds, in order.
    #[test]
    fn names_with_prefix_equals_filter() {
        let mut names: Vec<(&str, u8)> = [
            "",
            "Bank",
            "Bank of Italy",
            "Banks",
            "Ban",
            "Menon",
            "Men",
            "Sunita Menon",
            "U.S.",
            "U.S. Steel",
            "Über",
            "Zed",
        ]
        .iter()
        .map(|&n| (n, 0))
        .collect();
        names.sort_unstable_by(|a, b| a.0.cmp(b.0));
        for prefix in [
            "", "B", "Ban", "Bank", "Bank ", "Bank of", "Banks", "Bax", "M", "Men", "Meno", "U.S.",
            "U.S. S", "Ü", "Z", "Zed", "Zz", "a",
        ] {
            let want: Vec<&str> = names
                .iter()
                .map(|n| n.0)
                .filter(|n| n.starts_with(prefix))
                .collect();
            let got: Vec<&str> = names_with_prefix(&names, prefix)
                .iter()
                .map(|n| n.0)
                .collect();
            assert_eq!(got, want, "{prefix:?}");
            // From the run of the first byte, as propagate starts, the same run.
            if let Some(&b) = prefix.as_bytes().first() {
                let (lo, hi) = first_byte_runs(&names)[usize::from(b)];
                let from_first: Vec<&str> = names_with_prefix(&names[lo..hi], prefix)
                    .iter()
                    .map(|n| n.0)
                    .collect();
                assert_eq!(from_first, want, "{prefix:?} from its first byte");
            }
            // Narrowing from the run of a shorter prefix gives the same run.
            if let Some(shorter) = prefix.get(..prefix.len().saturating_sub(1)) {
                let run = names_with_prefix(&names, shorter);
                let again: Vec<&str> = names_with_prefix(run, prefix).iter().map(|n| n.0).collect();
                assert_eq!(again, want, "{prefix:?} within {shorter:?}");
            }
        }
    }
}
