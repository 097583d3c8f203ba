//! `said` facts: speaker → the quote or the reported clause.
//!
//! Takes every content sentence of an article and the role facts found so far; gives `said`
//! facts whose object is the quoted text (inside the quote marks) or the reported clause, and
//! whose evidence covers the speaker and the quote. Patterns (`SaidVerb`): "X said (that) …",
//! "\"…,\" said X", "\"…,\" X said", "X said: \"…\"", "X told reporters …", "said X, ROLE of Y";
//! (`SaidAccording`) "…, according to X"; (`SaidCalled`) "X called the budget \"…\"", a quoted
//! judgment after a naming verb; (`SaidContinued`) a quote sentence right after a
//! quoted speaker continues that speaker. A quote may span sentences. A speaker given by role
//! ("Putin's spokesman said") is the person the article gives that role; "he"/"she" is the last
//! speaker. Does not attribute quotes to unnamed speakers ("a source said").

use super::{fact, Ctx, Ent};
use crate::model::{Fact, Label, Sentence, Shape};
use crate::recognise::lexicon::{AUXILIARIES, RULE_TERMS};

/// Reporting verbs.
pub(super) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "added",
    "adds",
    "noted",
    "notes",
    "stated",
    "explained",
    "warned",
    "insisted",
    "argued",
    "claimed",
    "declared",
    "according",
];

/// Verbs that put a quoted judgment on their object: "Kharge called the budget \"a collection
/// of slogans\"", "Channi called it \"a drop in the ocean\"", "described the deal as \"…\"".
pub(super) const NAMING_VERBS: &[&str] = &[
    "called",
    "calls",
    "described",
    "describes",
    "branded",
    "brands",
    "dubbed",
];

/// The quote a naming verb at token `v` puts on its object: the object is "it" or a short
/// lower-case phrase ("the budget", "the move as"), then the quote opens. Not "called for",
/// "called on" (no quote there) nor a name as the object ("called Peskov").
fn naming_quote(ctx: &Ctx, v: usize, b: usize) -> Option<(usize, usize)> {
    if !ctx.verbs[v].naming {
        return None;
    }
    let k = (v + 1..b.min(v + 7)).find(|&k| ctx.tokens[k].shape != Shape::Lower)?;
    if k == v + 1 || !ctx.tok(k).starts_with(is_open_quote) {
        return None;
    }
    let (os, oe) = quote_after(ctx.text, ctx.tokens[k - 1].end)?;
    let quote = &ctx.text[os..oe];
    // A name ("dubbed the \"McLibel Two\"") is no judgment; nor is a quoted modifier inside a
    // phrase ("a \"vote now, pay later\" Budget", "appoint \"roving\" safety reps").
    let name = quote
        .split_whitespace()
        .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    // The word right after the closing mark and a space (none after punctuation).
    let after = ctx.text[oe..]
        .trim_start_matches(['"', '”', '’', '\''])
        .strip_prefix(' ')
        .unwrap_or("");
    let next_word = after
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let modifier =
        !next_word.is_empty() && !super::FUNCTION_SET.contains_ignore_ascii_case(next_word);
    (!name && !modifier).then_some((os, oe))
}

/// Words between a speaker and the verb ("Peskov also said", "Musk has said").
const ADVERBS: &[&str] = &[
    "also",
    "later",
    "has",
    "had",
    "have",
    "then",
    "previously",
    "earlier",
    "once",
];

/// How far a quote may reach, in bytes, and never across a blank line.
const MAX_QUOTE: usize = 4000;

fn is_open_quote(c: char) -> bool {
    matches!(c, '"' | '“' | '‘')
}

fn closing_for(c: char) -> char {
    match c {
        '“' => '”',
        '‘' => '’',
        _ => '"',
    }
}

fn opening_for(c: char) -> Option<char> {
    match c {
        '”' => Some('“'),
        '’' => Some('‘'),
        '"' => Some('"'),
        _ => None,
    }
}

/// The quote whose closing mark ends right before byte `at` (skipping spaces and a comma):
/// returns the span inside the marks.
/// The closing mark must be in the speaker's sentence (from byte `floor_at`): a quote that
/// ended the previous sentence belongs to that sentence's speaker.
fn quote_before(text: &str, at: usize, floor_at: usize) -> Option<(usize, usize)> {
    let head = &text[..at];
    let trimmed = head.trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    if trimmed.len() <= floor_at {
        return None;
    }
    let close = trimmed.chars().next_back()?;
    let open = opening_for(close)?;
    let inner_end = trimmed.len() - close.len_utf8();
    // Up to MAX_QUOTE bytes back, moved forward onto a character boundary.
    let floor = (inner_end.saturating_sub(MAX_QUOTE)..=inner_end)
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(inner_end);
    let window = &text[floor..inner_end];
    let rel = window.rfind(open)?;
    let inner_start = floor + rel + open.len_utf8();
    let inner = &text[inner_start..inner_end];
    if inner.contains("\n\n") || inner.trim().is_empty() {
        return None;
    }
    // A right single quote right after a letter is an apostrophe unless a left one opened it.
    Some(trim_span(text, inner_start, inner_end))
}

/// The quote opening right after byte `at` (skipping spaces, ':' and ','): the span inside.
fn quote_after(text: &str, at: usize) -> Option<(usize, usize)> {
    let tail = &text[at..];
    let skipped = tail.len()
        - tail
            .trim_start_matches(|c: char| c.is_whitespace() || c == ':' || c == ',')
            .len();
    let open = tail[skipped..].chars().next()?;
    if !is_open_quote(open) {
        return None;
    }
    let inner_start = at + skipped + open.len_utf8();
    let close = closing_for(open);
    let limit = (inner_start + MAX_QUOTE).min(text.len());
    let limit = (limit..=text.len())
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(text.len());
    let rel = text[inner_start..limit].find(close)?;
    let inner_end = inner_start + rel;
    if text[inner_start..inner_end].contains("\n\n") {
        return None;
    }
    Some(trim_span(text, inner_start, inner_end)).filter(|(s, e)| s < e)
}

/// Trims spaces and a trailing comma from a quote's inside.
fn trim_span(text: &str, s: usize, e: usize) -> (usize, usize) {
    // Trailing first, so that an inside of only spaces gives an empty span, not an inverted one.
    let t = text[s..e].trim_end_matches(|c: char| c.is_whitespace() || c == ',');
    let lead = t.len() - t.trim_start().len();
    (s + lead, s + t.len())
}

struct Speaker {
    ent: Ent,
    /// First and last token of the speaker phrase.
    first: usize,
    last: usize,
}

/// Resolves a speaker phrase of role words ending at token `t` ("Putin's spokesman", "the
/// spokesman") to the one person the article's role facts give that role.
fn by_role(
    ctx: &Ctx,
    a: usize,
    t: usize,
    roles: &[(String, Option<String>, String)],
) -> Option<Speaker> {
    let k = ctx.role_words_start(a, t + 1, 4);
    if k == t + 1 {
        return None;
    }
    let head = ctx.tok(t);
    let mut holders = roles.iter().filter(|(_, _, role)| {
        role.rsplit(' ')
            .next()
            .is_some_and(|w| w.eq_ignore_ascii_case(head))
    });
    let (name, id, _) = holders.next()?;
    if holders.any(|(n, _, _)| n != name) {
        return None;
    }
    // The phrase starts at its owner ("Putin's") or determiner ("the").
    let mut first = k;
    if first > a && ctx.is_any(first - 1, &["the", "a", "his", "her", "its"]) {
        first -= 1;
    } else if first > a + 1 && ctx.is_possessive(first - 1) {
        // The owner: a mention ("Putin's") or a capitalised word nobody recognised.
        first = match ctx.mention_ending_at(first - 2) {
            Some(m) => ctx.first_token_of(m),
            None if ctx.is_cap(first - 2) => first - 2,
            None => first,
        };
    }
    Some(Speaker {
        ent: Ent {
            name: name.clone(),
            id: id.clone(),
            start: ctx.tokens[first].start,
            end: ctx.tokens[t].end,
        },
        first,
        last: t,
    })
}

fn speaker_mention(ctx: &Ctx, t: usize) -> Option<Speaker> {
    let m = ctx
        .mention_ending_at(t)
        .filter(|m| matches!(m.label, Label::Person | Label::Org))?;
    Some(Speaker {
        ent: Ent::of(m),
        first: ctx.first_token_of(m),
        last: t,
    })
}

/// Token `t` lies in a mention labelled `label`.
fn is_labelled(ctx: &Ctx, t: usize, label: Label) -> bool {
    ctx.mention_at[t].is_some_and(|m| ctx.mentions[m].label == label)
}

/// "Jim Bowell of the Butler Fire Department said", "John Smith at Merrill Lynch said": the
/// person before an organisation's "of" or "at" speaks, not the organisation.
fn person_of_org(ctx: &Ctx, a: usize, org: Speaker) -> Speaker {
    let mut p = org.first;
    if p > a && ctx.is(p - 1, "the") {
        p -= 1;
    }
    let person =
        (is_labelled(ctx, org.last, Label::Org) && p >= a + 2 && ctx.is_any(p - 1, &["of", "at"]))
            .then(|| speaker_mention(ctx, p - 2))
            .flatten()
            .filter(|s| is_labelled(ctx, s.last, Label::Person));
    match person {
        Some(s) => Speaker {
            last: org.last,
            ..s
        },
        None => org,
    }
}

/// The speaker ending right before token `v` (past adverbs and an appositive "X, ROLE of Y,").
fn speaker_before(
    ctx: &Ctx,
    a: usize,
    v: usize,
    roles: &[(String, Option<String>, String)],
    last_speaker: Option<&Ent>,
) -> Option<Speaker> {
    let mut t = v;
    while t > a && t + 3 > v && ctx.is_any(t - 1, ADVERBS) {
        t -= 1;
    }
    if t == a {
        return None;
    }
    let t = t - 1;
    if let Some(s) = speaker_mention(ctx, t) {
        return Some(person_of_org(ctx, a, s));
    }
    if ctx.tok(t) == "," {
        // "James Carrick, an economist with ABN Amro, told the newspaper."
        let open = (a..t).rev().take(14).find(|&i| ctx.tok(i) == ",")?;
        // "The chief executive of Acme, (Dr.) Bill Jones, said": the person alone between the
        // commas is the speaker, and what comes before describes them.
        let named_from = ctx.honorifics_end(open + 1, t);
        if let Some(s) = speaker_mention(ctx, t - 1)
            .filter(|s| s.first == named_from && is_labelled(ctx, t - 1, Label::Person))
        {
            return Some(s);
        }
        return (open > a).then(|| speaker_mention(ctx, open - 1)).flatten();
    }
    if ctx.is_any(t, &["he", "she"]) {
        return last_speaker.map(|e| Speaker {
            ent: Ent {
                name: e.name.clone(),
                id: e.id.clone(),
                start: ctx.tokens[t].start,
                end: ctx.tokens[t].end,
            },
            first: t,
            last: t,
        });
    }
    by_role(ctx, a, t, roles)
}

/// The speaker starting at token `k` ("said Kremlin spokesman Dmitry Peskov", "according to
/// Reuters"): a person or organisation, possibly after a few role or name words.
fn speaker_after(ctx: &Ctx, k: usize, b: usize) -> Option<Speaker> {
    let mut t = k;
    while t < b && t < k + 6 {
        if let Some(m) = ctx.mention_starting_at(t) {
            let last = ctx.last_token_of(m);
            // A leader's name before the term of their rule ("said the Reagan administration
            // hopes") or a person before an office ("said Putin spokesman Dmitry Peskov")
            // describes who follows, if anyone.
            let next = last + 1;
            let describes =
                next < b && (ctx.is_role_word(next) || RULE_TERMS.contains(ctx.tok(next)));
            if m.label == Label::Person && describes {
                t = next;
                continue;
            }
            if m.label == Label::Person {
                return Some(Speaker {
                    ent: Ent::of(m),
                    first: k,
                    last,
                });
            }
            if m.label == Label::Org {
                // An organisation is the speaker unless a person follows its title.
                let next = last + 1;
                if next < b && (ctx.is_role_word(next) || ctx.is_possessive(next)) {
                    t = next;
                    continue;
                }
                return Some(Speaker {
                    ent: Ent::of(m),
                    first: k,
                    last,
                });
            }
            return None;
        }
        if ctx.is_role_word(t)
            || ctx.is_honorific(t)
            || ctx.is_possessive(t)
            || ctx.is_any(t, &["the", "a"])
            || ctx.is_cap(t)
        {
            t += 1;
            continue;
        }
        return None;
    }
    None
}

/// The reported clause from token `k` to the end of the sentence ("that" and a day skipped).
fn clause_after(ctx: &Ctx, mut k: usize, b: usize, sentence_end: usize) -> Option<(usize, usize)> {
    let after_said = k > 0 && ctx.is_any(k - 1, &["said", "says"]);
    while k < b {
        if ctx.is_any(
            k,
            &[
                "that",
                "on",
                ",",
                ":",
                "monday",
                "tuesday",
                "wednesday",
                "thursday",
                "friday",
                "saturday",
                "sunday",
                "yesterday",
                "today",
            ],
        ) {
            k += 1;
        } else if let Some(m) = ctx
            .mention_starting_at(k)
            .filter(|m| m.label == Label::Date)
        {
            k = ctx.last_token_of(m) + 1;
        } else if k + 1 < b
            && ctx.is_any(k, &["this", "last"])
            && ctx.is_any(k + 1, &["week", "month", "year"])
        {
            k += 2; // "said this week that …"
        } else if ctx.is_any(k, &["in", "at"]) {
            // "said in a statement (that) …", "said at a news conference": where it was said,
            // not what; alone it leaves nothing reported.
            let setting_end = (k + 1..b.min(k + 6)).find(|&i| ctx.is_any(i, &["that", ",", ":"]));
            match setting_end {
                Some(i) => k = i + 1,
                None if k + 6 >= b => return None,
                None => break,
            }
        } else {
            break;
        }
    }
    if k >= b {
        return None;
    }
    // "said of the deal: \"...\"": the topic, then what was said after the colon. Without a
    // colon, "warned of risks", "argued against the plan" say no clause, while after "said"
    // "of" is as often a part of what was said ("said of the 900 factories only 86 ...").
    if ctx.is_any(k, &["of", "against"]) {
        match (k + 1..b.min(k + 10)).find(|&i| ctx.tok(i) == ":") {
            Some(colon) => k = colon + 1,
            None if !after_said => return None,
            None => {}
        }
        if k >= b {
            return None;
        }
    }
    let mut s = ctx.tokens[k].start;
    // "noted that \"President Putin does not ...\"": the quote, without its marks.
    if let Some(open) = ctx.text[s..].chars().next().filter(|&c| is_open_quote(c)) {
        if let Some(q) = quote_after(ctx.text, s) {
            return Some(q);
        }
        // A quote that runs on into the next paragraph closes there: the rest of the sentence.
        s += open.len_utf8();
    }
    let text = ctx.text[s..sentence_end]
        .trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '.' | '!' | '?'));
    // A clause has two words at least: "said so", "said yes" report nothing.
    let words = (k..b)
        .filter(|&i| ctx.tok(i).starts_with(char::is_alphanumeric))
        .take(2)
        .count();
    (!text.is_empty() && words == 2).then(|| (s, s + text.len()))
}

/// The clause before the speaker: "The deal is done, Peskov said." (sentence start to the comma).
fn clause_before(ctx: &Ctx, a: usize, first: usize) -> Option<(usize, usize)> {
    if first < a + 3 || ctx.tok(first - 1) != "," {
        return None;
    }
    // "Profits rose, the head of Acme, Bill Jones, said": a person's description between
    // commas ("the ROLE of|for|at|with|in …", "a spokesman for …") is not what was said; "the
    // president would insist" is.
    let mut last = first - 2;
    let description = |c: usize| {
        let role = (c + 2..=(c + 3).min(last)).find(|&r| ctx.is_role_word(r));
        ctx.is_any(c + 1, &["the", "a", "an"])
            && role.is_some_and(|r| {
                r == last || ctx.is_any(r + 1, &["of", "for", "at", "with", "in", ","])
            })
    };
    if is_labelled(ctx, first, Label::Person) {
        if let Some(c) = (a + 2..last).rev().take(14).find(|&i| ctx.tok(i) == ",") {
            if description(c) {
                last = c - 1;
            }
        }
    }
    Some((ctx.tokens[a].start, ctx.tokens[last].end))
}

/// `SaidVerb`, `SaidAccording` and `SaidContinued` over an article.
pub(super) fn extract(
    ctx: &Ctx,
    sentences: &[Sentence],
    ranges: &[(usize, usize)],
    out: &mut Vec<Fact>,
) {
    let roles: Vec<(String, Option<String>, String)> = out
        .iter()
        .filter(|f| f.predicate == "role")
        .filter_map(|f| Some((f.subject.clone(), f.subject_id.clone(), f.role.clone()?)))
        .collect();
    let mut last: Option<(Ent, usize, bool)> = None; // speaker, sentence, quoted
                                                     // The person opening the previous content sentence: "Musk ... tagged the Kremlin. ... he added".
    let mut prev_subject: Option<Ent> = None;
    let mut covered_to = 0usize; // end of the last quote attributed
    for (si, s) in sentences.iter().enumerate() {
        if !s.zone.is_content() {
            continue;
        }
        let (a, b) = ranges[si];
        let mut found = false;
        let mut v = a;
        while v < b {
            // `SaidCalled`: a speaker before a naming verb and its quoted judgment.
            if let Some((os, oe)) = naming_quote(ctx, v, b) {
                let last_ent = last.as_ref().map(|(e, _, _)| e);
                if let Some(sp) = speaker_before(ctx, a, v, &roles, last_ent) {
                    let ev = (sp.ent.start, oe);
                    let mut f = fact(
                        si,
                        &sp.ent,
                        "said",
                        ctx.text[os..oe].to_string(),
                        "SaidCalled",
                        ev,
                    );
                    f.confidence = 0.7;
                    out.push(f);
                    covered_to = covered_to.max(oe);
                    last = Some((sp.ent, si, true));
                    found = true;
                }
                v += 1;
                continue;
            }
            if !ctx.verbs[v].speech || ctx.mention_at[v].is_some() {
                v += 1;
                continue;
            }
            let according = ctx.is(v, "according");
            let last_ent = prev_subject.as_ref().or(last
                .as_ref()
                .filter(|(_, ls, _)| si <= ls + 3)
                .map(|(e, _, _)| e));
            let (speaker, after) = if according {
                if v + 1 >= b || !ctx.is(v + 1, "to") {
                    v += 1;
                    continue;
                }
                (speaker_after(ctx, v + 2, b), true)
            } else {
                match speaker_before(ctx, a, v, &roles, last_ent) {
                    Some(sp) => (Some(sp), false),
                    // "said Peskov", not "He said Peskov was ill": a name before an
                    // auxiliary is the reported clause's subject.
                    None if !ctx.is_any(v, &["told", "tells"]) => (
                        speaker_after(ctx, v + 1, b)
                            .filter(|sp| sp.last + 1 >= b || !ctx.is_any(sp.last + 1, AUXILIARIES)),
                        true,
                    ),
                    None => (None, false),
                }
            };
            let Some(sp) = speaker else {
                v += 1;
                continue;
            };
            // The construction's first and last token.
            let (c0, c1) = if after { (v, sp.last) } else { (sp.first, v) };
            // The quote may close before the speaker's determiner or role: "\"…,\" the
            // ministry said", "\"…,\" Kremlin spokesman Dmitry Peskov said".
            let mut object = (a.max(c0.saturating_sub(3))..=c0)
                .rev()
                .take_while(|&k| k == c0 || !ctx.is_any(k, &[",", "\"", "”", "'", "’"]))
                .find_map(|k| quote_before(ctx.text, ctx.tokens[k].start, s.start))
                .map(|q| (q, true));
            if object.is_none() {
                object = quote_after(ctx.text, ctx.tokens[c1].end).map(|q| (q, true));
            }
            // "The rise was small, said Peskov, who …": the clause before an inverted speaker.
            if object.is_none() && after && !according {
                object = clause_before(ctx, a, c0).map(|c| (c, false));
            }
            if object.is_none() && !according {
                let mut k = c1 + 1;
                if ctx.is_any(v, &["told", "tells"]) {
                    // Past the listener: "told reporters", "told the newspaper".
                    let stop = (k..b.min(k + 5)).find(|&i| {
                        ctx.is_any(i, &["that", ":", ","]) || ctx.tok(i).starts_with(['"', '“'])
                    });
                    k = stop.unwrap_or(b);
                }
                object = clause_after(ctx, k, b, s.end).map(|c| (c, false));
            }
            if object.is_none() {
                object = clause_before(ctx, a, c0).map(|c| (c, false));
            }
            if object.is_none() && according && c1 + 1 < b && ctx.tok(c1 + 1) == "," {
                object = clause_after(ctx, c1 + 2, b, s.end).map(|c| (c, false));
            }
            let Some(((os, oe), quoted)) = object else {
                v = c1 + 1;
                continue;
            };
            let rule = if according {
                "SaidAccording"
            } else {
                "SaidVerb"
            };
            let ev = (os.min(sp.ent.start), oe.max(sp.ent.end));
            let mut f = fact(si, &sp.ent, "said", ctx.text[os..oe].to_string(), rule, ev);
            f.confidence = if quoted { 0.8 } else { 0.7 };
            out.push(f);
            covered_to = covered_to.max(oe);
            last = Some((sp.ent, si, quoted));
            found = true;
            v = c1.max(v) + 1;
        }
        let opener = (a..b.min(a + 2)).find_map(|t| {
            ctx.mention_starting_at(t)
                .filter(|m| m.label == Label::Person)
        });
        let this_subject = opener.map(Ent::of);
        if found {
            prev_subject = this_subject;
            continue;
        }
        prev_subject = this_subject;
        // `SaidContinued`: a sentence that is one quote, right after a quoted speaker.
        let Some((ent, ls, quoted)) = &last else {
            continue;
        };
        if !quoted || *ls + 1 != si || s.start < covered_to {
            continue;
        }
        if let Some((os, oe)) = quote_after(ctx.text, s.start) {
            let mut f = fact(
                si,
                ent,
                "said",
                ctx.text[os..oe].to_string(),
                "SaidContinued",
                (os, oe),
            );
            f.confidence = 0.6;
            out.push(f);
            covered_to = oe;
            last = Some((ent.clone(), si, true));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{check, facts};
    use super::{quote_after, quote_before, trim_span, MAX_QUOTE};

    /// Regressions from real pages: a quote window that starts inside a multi-byte character,
    /// and a quote whose inside is only spaces, once panicked.
    #[test]
    fn quote_spans_stay_on_char_boundaries_and_never_invert() {
        assert_eq!(trim_span("a ' ' b", 3, 4), (3, 3));
        assert_eq!(trim_span(" x, ", 0, 4), (1, 2));
        assert_eq!(quote_after("said: \" \" then", 4), None);
        assert_eq!(quote_after("said: \"yes\" then", 4), Some((7, 10)));
        // The window MAX_QUOTE bytes before the closing mark falls inside a '’'.
        for pad in 0..3 {
            let text = format!(
                "“{}{}”, he said",
                "x".repeat(pad),
                "’".repeat(MAX_QUOTE / 3 + 2)
            );
            let at = text.find(", he").unwrap();
            let _ = quote_before(&text, at, 0);
        }
    }

    #[test]
    fn said_rules_table() {
        check(&[
            // `SaidCalled`: a quoted judgment after a naming verb.
            ("Dmitry Peskov called the plan \"a drop in the ocean\" and left.", "Dmitry Peskov", "said", "a drop in the ocean", true),
            ("Dmitry Peskov described the deal as \"a disaster\".", "Dmitry Peskov", "said", "a disaster", true),
            ("Dmitry Peskov called for talks on Monday.", "Dmitry Peskov", "said", "talks on Monday", false),
            ("Dmitry Peskov dubbed it the \"Space Race\".", "Dmitry Peskov", "said", "Space Race", false),
            ("Dmitry Peskov called it a \"vote now\" budget.", "Dmitry Peskov", "said", "vote now", false),
            ("Kremlin spokesman Dmitry Peskov said Monday that Putin was interested.", "Dmitry Peskov", "said", "Putin was interested", true),
            ("\"We will react,\" said Dmitry Peskov.", "Dmitry Peskov", "said", "We will react", true),
            ("\"We will react,\" Dmitry Peskov said.", "Dmitry Peskov", "said", "We will react", true),
            ("Talks resumed on Monday after a long pause.\n\nKremlin spokesman Dmitry Peskov said: \"We will react.\"", "Dmitry Peskov", "said", "We will react.", true),
            ("Dmitry Peskov told reporters that the Kremlin was ready.", "Dmitry Peskov", "said", "the Kremlin was ready", true),
            ("The deal is off, according to Dmitry Peskov.", "Dmitry Peskov", "said", "The deal is off", true),
            // A speaker by role resolves to the role holder named earlier.
            ("Kremlin spokesman Dmitry Peskov spoke. \"We need to understand it,\" Putin's spokesman said.", "Dmitry Peskov", "said", "We need to understand it", true),
            // A quote over two sentences, speaker after it.
            ("\"This is new. We will check it,\" Dmitry Peskov said.", "Dmitry Peskov", "said", "This is new. We will check it", true),
            // A quote sentence after a quoted speaker continues the speaker.
            ("Talks resumed on Monday after a long pause.\n\n\"We need time,\" Dmitry Peskov said. \"So first we will check all this.\"", "Dmitry Peskov", "said", "So first we will check all this.", true),
            // A person's description between commas before the name is no part of what was
            // said; a role acting in the clause is.
            ("Profits rose, the head of the Kremlin, Dmitry Peskov, said.", "Dmitry Peskov", "said", "Profits rose", true),
            ("Before a deal, the spokesman would insist on talks, Dmitry Peskov said.", "Dmitry Peskov", "said", "Before a deal, the spokesman would insist on talks", true),
            // Traps: the person inside the quote is no speaker; a role without a holder is nobody;
            // an appositive is no quote.
            ("\"Elon Musk is right,\" Dmitry Peskov said.", "Elon Musk", "said", "Elon Musk is right", false),
            ("\"We are ready,\" a spokesman said.", "spokesman", "said", "We are ready", false),
            ("Sundar Pichai, chief executive of Alphabet, left.", "Sundar Pichai", "said", "chief executive of Alphabet", false),
            // A quote that ended the previous sentence is not the next speaker's.
            ("\"We are ready,\" Dmitry Peskov said. \"So we wait.\" Elon Musk added that it was late.", "Elon Musk", "said", "So we wait.", false),
            ("\"We are ready,\" Dmitry Peskov said. \"So we wait.\" Elon Musk added that it was late.", "Elon Musk", "said", "it was late", true),
            // The person between commas speaks, not the organisation that describes them.
            ("The chief executive of SpaceX, Elon Musk, said the launch was late.", "Elon Musk", "said", "the launch was late", true),
            ("The chief executive of SpaceX, Elon Musk, said the launch was late.", "SpaceX", "said", "the launch was late", false),
            ("The head of SpaceX, Dr. Elon Musk, said the launch was late.", "Elon Musk", "said", "the launch was late", true),
            ("The head of SpaceX, Dr. Elon Musk, said the launch was late.", "SpaceX", "said", "the launch was late", false),
            // A colon or "this week" after the verb is no part of what was said.
            ("Dmitry Peskov said: the Kremlin was ready.", "Dmitry Peskov", "said", "the Kremlin was ready", true),
            ("Dmitry Peskov said this week that the Kremlin was ready.", "Dmitry Peskov", "said", "the Kremlin was ready", true),
            // Where it was said is not what: the quote before, or the clause after the setting.
            ("\"We are ready,\" the Kremlin said in a statement.", "Kremlin", "said", "We are ready", true),
            ("\"We are ready,\" the Kremlin said in a statement.", "Kremlin", "said", "in a statement", false),
            ("The Kremlin said in a statement that it was ready.", "Kremlin", "said", "it was ready", true),
            ("Talks resumed. The Kremlin said in a statement.", "Kremlin", "said", "in a statement", false),
            // A topic after the verb is not what was said.
            ("Talks resumed. Dmitry Peskov warned of risks to growth.", "Dmitry Peskov", "said", "of risks to growth", false),
            ("Talks resumed. Dmitry Peskov warned that risks grew.", "Dmitry Peskov", "said", "risks grew", true),
            ("Talks resumed on Monday after a long pause.\n\nDmitry Peskov said of the deal: \"We are ready.\"", "Dmitry Peskov", "said", "We are ready.", true),
            ("Talks resumed. Dmitry Peskov said of the 90 plants only 8 had closed.", "Dmitry Peskov", "said", "of the 90 plants only 8 had closed", true),
            // A quote before the speaker's role: the speaker's.
            ("\"We are ready,\" Kremlin spokesman Dmitry Peskov said.", "Dmitry Peskov", "said", "We are ready", true),
            // A name after the verb and before an auxiliary is the clause's subject, no speaker.
            ("Talks resumed. He said Dmitry Peskov was ill.", "Dmitry Peskov", "said", "was ill", false),
            // ... nor one before the term of their rule or an office held by someone else.
            ("Talks resumed. He also said the Elon Musk administration hopes to win.", "Elon Musk", "said", "administration hopes to win", false),
            ("Talks resumed. \"We are ready,\" said Elon Musk spokesman Dmitry Peskov.", "Dmitry Peskov", "said", "We are ready", true),
            ("Talks resumed. \"We are ready,\" said Elon Musk spokesman Dmitry Peskov.", "Elon Musk", "said", "We are ready", false),
            // An inverted speaker after a comma: the clause before, not the relative clause.
            ("The rise was small, said Dmitry Peskov, who was in Moscow.", "Dmitry Peskov", "said", "The rise was small", true),
            ("The rise was small, said Dmitry Peskov, who was in Moscow.", "Dmitry Peskov", "said", "who was in Moscow", false),
            ("Dmitry Peskov said: \"The Kremlin was ready.\n\n\"It still is,\" he added.", "Dmitry Peskov", "said", "The Kremlin was ready", true),
            // A person "of" or "at" an organisation speaks, not the organisation.
            ("Talks resumed. Dmitry Peskov of the Kremlin said it was ready.", "Dmitry Peskov", "said", "it was ready", true),
            ("Talks resumed. Dmitry Peskov of the Kremlin said it was ready.", "Kremlin", "said", "it was ready", false),
            ("Talks resumed. Elon Musk at SpaceX said it was ready.", "Elon Musk", "said", "it was ready", true),
            ("Talks resumed. A spokesman for the Kremlin said it was ready.", "Kremlin", "said", "it was ready", true),
            // "he" is the person the previous sentence opened with.
            ("Dmitry Peskov spoke. Elon Musk tagged the Kremlin. He added: \"It would be an honour.\"", "Elon Musk", "said", "It would be an honour.", true),
            // One word reports nothing; two do.
            ("Talks resumed. Dmitry Peskov said so.", "Dmitry Peskov", "said", "so", false),
            ("Talks resumed. Dmitry Peskov said no.", "Dmitry Peskov", "said", "no", false),
            ("Talks resumed. Dmitry Peskov said talks failed.", "Dmitry Peskov", "said", "talks failed", true),
        ]);
    }

    #[test]
    fn role_speaker_needs_one_holder() {
        let f = facts("\"We are ready,\" the spokesman said.");
        assert!(f.iter().all(|(_, p, _, _)| *p != "said"), "{f:?}");
    }
}
