//! Age facts, and the roles of an age noun phrase.
//!
//! Takes a person mention ("Musk, 49,") or an AGE mention ("the 49-year-old SpaceX and Tesla
//! CEO", "aged 49", "at the age of 79"); gives `age` facts and, for "the AGE ORG [and ORG] title",
//! one `role` fact per organisation (`RoleAgeNoun`). Does not read ages of unnamed people.

use super::{fact, Ctx, Discourse, Ent};
use crate::model::{Fact, Label, Mention, Shape};

/// `AgeApposition`: "Musk, 49," and "Musk (49)".
pub(super) fn apposition(
    ctx: &Ctx,
    si: usize,
    last: usize,
    b: usize,
    person: &Mention,
    out: &mut Vec<Fact>,
) {
    let close = match ctx.tokens.get(last + 1).map(|_| ctx.tok(last + 1)) {
        Some(",") => ",",
        Some("(") => ")",
        _ => return,
    };
    let n = last + 2;
    if n + 1 >= b || ctx.tokens[n].shape != Shape::Digits || ctx.tok(n + 1) != close {
        return;
    }
    let Ok(age) = ctx.tok(n).parse::<u32>() else {
        return;
    };
    if !(1..=120).contains(&age) {
        return;
    }
    let mut f = fact(
        si,
        &Ent::of(person),
        "age",
        age.to_string(),
        "AgeApposition",
        (person.start, ctx.tokens[n + 1].end),
    );
    f.value = Some(f64::from(age));
    out.push(f);
}

/// `AgeNoun` and `RoleAgeNoun`: "the 30-year-old actor Leonardo DiCaprio", "83-year-old Yuji
/// Shimizu", "X has died at the age of 79", "the 49-year-old SpaceX and Tesla CEO" (about the
/// person the article is about, never one named in the same sentence).
#[allow(clippy::too_many_arguments)]
pub(super) fn noun<'a>(
    ctx: &Ctx<'a>,
    si: usize,
    a: usize,
    last: usize,
    b: usize,
    age: &Mention,
    disc: &Discourse<'a>,
    out: &mut Vec<Fact>,
) {
    let Some(value) = age.value.as_deref().and_then(|v| v.parse::<f64>().ok()) else {
        return;
    };
    let first = ctx.first_token_of(age);
    // "aged 49", "at the age of 79": about the closest person named before it in the sentence.
    // "the age of" gives how old someone is only at death ("died at the age of 79"); at other
    // events, or after "from", "beyond", "until", it is the age something happened.
    if ctx.is_any(first, &["age"]) {
        let at =
            first >= a + 2 && ctx.is_any(first - 1, &["the"]) && ctx.is_any(first - 2, &["at"]);
        if !at || !(a..b).any(|t| ctx.is_any(t, &["died", "dies", "dead", "death"])) {
            return;
        }
    }
    if ctx.is_any(first, &["aged", "age"]) {
        let before = (a..first).rev().find_map(|t| {
            ctx.mention_ending_at(t)
                .filter(|m| m.label == Label::Person)
        });
        if let Some(p) = before {
            let mut f = fact(
                si,
                &Ent::of(p),
                "age",
                format!("{value}"),
                "AgeNoun",
                (p.start, age.end),
            );
            f.value = Some(value);
            f.confidence = 0.65;
            out.push(f);
        }
        return;
    }
    // Orgs and a title right after the age: "SpaceX and Tesla CEO".
    let mut k = last + 1;
    let mut orgs: Vec<&Mention> = Vec::new();
    while k < b {
        if let Some(m) = ctx.mention_starting_at(k).filter(|m| m.label == Label::Org) {
            orgs.push(m);
            k = ctx.last_token_of(m) + 1;
            if k < b && matches!(ctx.tok(k), "and" | "," | "&") {
                k += 1;
                continue;
            }
        }
        break;
    }
    let title_after = k < b && ctx.is_role_word(k);
    // A person named within the next few tokens is the subject when only the noun phrase
    // stands between ("the 30-year-old actor Leonardo DiCaprio"); across a verb or a
    // preposition the name is someone else ("The 21-year-old plays Kevin Kim").
    let next_person = (last + 1..b.min(last + 6))
        .take_while(|&t| !ends_noun_phrase(ctx, t))
        .find_map(|t| {
            ctx.mention_starting_at(t)
                .filter(|m| m.label == Label::Person)
        });
    // "a 30-year-old" introduces someone new ("a 30 year old comes home from work"), except in
    // apposition to the person just named ("Musk, a 49-year-old entrepreneur,", "Musk, the
    // 50-year-old who also runs SpaceX").
    let definite = first > a && ctx.is_any(first - 1, &["the"]);
    let indefinite = first > a && ctx.is_any(first - 1, &["a", "an"]);
    let apposed = ((indefinite || definite) && first >= a + 3 && ctx.tok(first - 2) == ",")
        .then(|| ctx.mention_ending_at(first - 3))
        .flatten()
        .filter(|m| m.label == Label::Person);
    // "the seven-year-old Iran-Iraq War.", "the 150-year-old Savoy Hotel was sold": the age of
    // a named thing that ends the noun phrase; not of a person described by it ("the
    // 24-year-old England midfielder", "the 49-year-old SpaceX and Tesla CEO").
    let thing_after = ctx
        .mention_starting_at(last + 1)
        .filter(|m| m.label.is_named() && m.label != Label::Person)
        .is_some_and(|m| {
            let t = ctx.last_token_of(m) + 1;
            t >= b || ends_noun_phrase(ctx, t)
        });
    if thing_after && !title_after && next_person.is_none() && apposed.is_none() {
        return;
    }
    // "the 40-year-old trade embargo", "the 110-year-old apparel manufacturer": the age of a
    // thing or a firm the noun phrase names, not of a person.
    // The noun must head the phrase: what follows it is no further noun ("club captain",
    // "school pupil" are people) but the phrase's end, a verb ("airline transports") or an
    // adverb ("manufacturer recently posted").
    let heads = |t: usize| {
        t + 1 >= b
            || ctx.tokens[t + 1].shape != Shape::Lower
            || ends_noun_phrase(ctx, t + 1)
            || ["s", "ed", "ly"]
                .iter()
                .any(|e| ctx.tok(t + 1).ends_with(e))
    };
    let thing_noun = (last + 1..b.min(last + 4))
        .take_while(|&t| ctx.tokens[t].shape == Shape::Lower && !ends_noun_phrase(ctx, t))
        .any(|t| ctx.is_any(t, THING_NOUNS) && heads(t));
    if thing_noun && next_person.is_none() {
        return;
    }
    let subject = match (next_person, apposed) {
        (Some(p), _) if orgs.is_empty() => p,
        (_, Some(p)) => p,
        _ if definite => match antecedent(ctx, a, first - 1, disc) {
            Some(p) => p,
            None => return,
        },
        _ => return,
    };
    let subj = Ent::of(subject);
    let mut f = fact(
        si,
        &subj,
        "age",
        format!("{value}"),
        "AgeNoun",
        (age.start, age.end),
    );
    f.value = Some(value);
    f.confidence = 0.7;
    out.push(f);
    if title_after {
        let role = ctx.tok(k).to_string();
        for org in orgs {
            let mut f = fact(
                si,
                &subj,
                "role",
                org.canonical.clone(),
                "RoleAgeNoun",
                (age.start, ctx.tokens[k].end),
            );
            f.role = Some(role.clone());
            f.object_id = super::entity_id(org);
            f.confidence = 0.7;
            out.push(f);
        }
    }
}

/// Who a definite "the 31-year-old …" without a name refers back to (`the` is token `det` of
/// the sentence starting at token `a`):
/// - opening the sentence, it continues the previous sentences' subject, the first person
///   named outside quotes ("Soderling beat Stepanek. The 20-year-old Swede …" is Soderling),
///   when no one has been named more often (a tie with the opponent is still Soderling) and
///   the subject is not a titled person acting on someone else ("Bolton boss Sam Allardyce
///   has signed Vincent Candela. The 31-year-old …" may be either);
/// - later in the sentence it is not a person named before it in the same sentence ("Agassi
///   wore down the 31-year-old Dane"): the article's most-named person, unless that person is
///   named there; then nobody is sure.
fn antecedent<'a>(
    ctx: &Ctx<'a>,
    a: usize,
    det: usize,
    disc: &Discourse<'a>,
) -> Option<&'a Mention> {
    if (a..det).all(|t| OPENERS.iter().any(|w| ctx.tok(t).eq_ignore_ascii_case(w))) {
        let subject = disc.last_subject?;
        // "Bolton boss Sam Allardyce has signed Vincent Candela. The 31-year-old …": a
        // titled subject acting on another person leaves the age to either.
        let first = ctx.first_token_of(subject);
        let titled = first > 0 && ctx.is_role_word(first - 1) && !ctx.is_honorific(first - 1);
        if titled && disc.last_subject_has_company {
            return None;
        }
        return disc.is_most_named(subject).then_some(subject);
    }
    let p = disc.salient_person()?;
    let named_here = (a..det).any(|t| {
        ctx.mention_starting_at(t)
            .is_some_and(|m| m.label == Label::Person && m.canonical == p.canonical)
    });
    (!named_here).then_some(p)
}

/// Words that may come before a sentence's subject: "And the 31-year-old …", "Later, the …".
const OPENERS: &[&str] = &[
    "and",
    "but",
    "yet",
    "so",
    "now",
    "then",
    "later",
    "however",
    "meanwhile",
    "still",
    ",",
];

/// Token `t` cannot be inside the noun phrase an age starts: a verb ("plays", "shocked",
/// "is"), a preposition, a conjunction or a clause mark, so a name after it is someone else.
fn ends_noun_phrase(ctx: &Ctx, t: usize) -> bool {
    let w = ctx.tok(t);
    if ctx.tokens[t].shape != Shape::Lower {
        return matches!(
            w,
            "," | ";" | ":" | "(" | ")" | "." | "-" | "–" | "—" | "\"" | "“"
        );
    }
    // "-ed" and "-s" words are adjectives and nouns inside a noun phrase ("unseeded",
    // "politics student") but verbs right before a name ("shocked Pete Sampras").
    let verb_form = w.ends_with("ed")
        || (w.ends_with('s') && !(w.ends_with("ss") || w.ends_with("us") || w.ends_with("is")));
    let before_name = ctx
        .mention_starting_at(t + 1)
        .is_some_and(|m| m.label == Label::Person);
    (verb_form && before_name) || NOT_IN_NOUN_PHRASE.contains(&w)
}

/// Heads of noun phrases that name no person: an institution's, a firm's or a thing's age.
const THING_NOUNS: &[&str] = &[
    "embargo",
    "ban",
    "war",
    "conflict",
    "dispute",
    "crisis",
    "law",
    "treaty",
    "rule",
    "tradition",
    "policy",
    "scheme",
    "system",
    "company",
    "firm",
    "group",
    "business",
    "brand",
    "airline",
    "bank",
    "manufacturer",
    "maker",
    "newspaper",
    "paper",
    "magazine",
    "club",
    "league",
    "tournament",
    "festival",
    "building",
    "house",
    "church",
    "bridge",
    "stadium",
    "theatre",
    "school",
    "hospital",
    "tree",
    "car",
    "ship",
    "plant",
    "factory",
    "mine",
    "network",
];

const NOT_IN_NOUN_PHRASE: &[&str] = &[
    "is", "was", "has", "had", "have", "will", "would", "can", "could", "may", "might", "must",
    "should", "did", "does", "do", "be", "been", "and", "or", "but", "to", "of", "in", "at", "for",
    "with", "from", "by", "on", "against", "over", "after", "before", "than", "as", "past", "into",
    "through", "under", "behind", "about", "like", "off", "out", "up", "down", "beat", "won",
    "lost", "met", "led", "left", "took", "told", "said", "says", "who", "that", "which", "when",
    "while",
];

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn age_rules_table() {
        check(&[
            // The age of a thing or a firm the noun phrase names, not of the person.
            (
                "Elon Musk spoke. The 40-year-old trade embargo on Cuba stays.",
                "Elon Musk",
                "age",
                "40",
                false,
            ),
            (
                "Elon Musk spoke. The 35-year-old airline transports most passengers.",
                "Elon Musk",
                "age",
                "35",
                false,
            ),
            // A noun that only modifies the person's noun is no thing.
            (
                "Elon Musk spoke. The 17-year-old school pupil won.",
                "Elon Musk",
                "age",
                "17",
                true,
            ),
            (
                "Elon Musk spoke. Later the 49-year-old SpaceX and Tesla CEO left.",
                "Elon Musk",
                "role",
                "SpaceX",
                true,
            ),
            (
                "Elon Musk spoke. Later the 49-year-old SpaceX and Tesla CEO left.",
                "Elon Musk",
                "role",
                "Tesla",
                true,
            ),
            (
                "Elon Musk spoke. Later the 49-year-old SpaceX and Tesla CEO left.",
                "Elon Musk",
                "age",
                "49",
                true,
            ),
            ("Elon Musk, 49, spoke.", "Elon Musk", "age", "49", true),
            ("Elon Musk (49) spoke.", "Elon Musk", "age", "49", true),
            (
                "The manager, John Smith, has died at the age of 79.",
                "John Smith",
                "age",
                "79",
                true,
            ),
            (
                "Talks resumed. Later, 83-year-old Elon Musk played golf.",
                "Elon Musk",
                "age",
                "83",
                true,
            ),
            (
                "Talks resumed. Elon Musk, a 49-year-old engineer, left.",
                "Elon Musk",
                "age",
                "49",
                true,
            ),
            // Negatives: a year, a count, an unnamed person, the speaker of the same sentence,
            // someone new ("a 30 year old") in an article about a named person.
            (
                "Elon Musk spoke. He said a 30 year old comes home from work and plays.",
                "Elon Musk",
                "age",
                "30",
                false,
            ),
            (
                "Elon Musk, 2021, was a good year.",
                "Elon Musk",
                "age",
                "2021",
                false,
            ),
            ("Elon Musk met 49 people.", "Elon Musk", "age", "49", false),
            // The age of a named thing, not of the article's person; but a named thing may
            // describe the person.
            (
                "Elon Musk spoke. He feared the seven-year-old SpaceX would end.",
                "Elon Musk",
                "age",
                "7",
                false,
            ),
            (
                "Elon Musk spoke. Fans cheered the 49-year-old Russia midfielder on Monday.",
                "Elon Musk",
                "age",
                "49",
                true,
            ),
            (
                "The 49-year-old was found.",
                "Elon Musk",
                "age",
                "49",
                false,
            ),
            (
                "Dmitry Peskov said the 49-year-old SpaceX CEO called.",
                "Dmitry Peskov",
                "age",
                "49",
                false,
            ),
            // A sentence-opening "The 31-year-old" continues the subject of the sentence
            // before when the article is about that person too.
            (
                "Elon Musk beat Dmitry Peskov. Elon Musk won the final. \
                 The 20-year-old Swede smiled.",
                "Elon Musk",
                "age",
                "20",
                true,
            ),
            (
                "Elon Musk beat Dmitry Peskov. Elon Musk won the final. \
                 The 20-year-old Swede smiled.",
                "Dmitry Peskov",
                "age",
                "20",
                false,
            ),
            // A tie in mentions goes to the subject ("Soderling beat Stepanek. The 20-year-old
            // Swede …").
            (
                "Elon Musk beat Dmitry Peskov. The 20-year-old Swede smiled.",
                "Elon Musk",
                "age",
                "20",
                true,
            ),
            // A titled subject acting on someone else leaves the age to either.
            (
                "Bolton boss Elon Musk has signed Dmitry Peskov. The 31-year-old left Roma.",
                "Elon Musk",
                "age",
                "31",
                false,
            ),
            (
                "Bolton boss Elon Musk has signed Dmitry Peskov. The 31-year-old left Roma.",
                "Dmitry Peskov",
                "age",
                "31",
                false,
            ),
            // An honorific is no such title.
            (
                "Mr Elon Musk wowed fans, unlike Dmitry Peskov. The 62-year-old sang.",
                "Elon Musk",
                "age",
                "62",
                true,
            ),
            // Apposition with "the" as with "a": "Musk, the 50-year-old who also runs SpaceX".
            (
                "Profit rose, said Elon Musk, the 50-year-old who also runs SpaceX.",
                "Elon Musk",
                "age",
                "50",
                true,
            ),
            // When the most-named person is not the subject before, nobody is sure.
            (
                "Elon Musk spoke. Musk praised Dmitry Peskov. Musk left. \
                 Dmitry Peskov scored. The 29-year-old smiled.",
                "Elon Musk",
                "age",
                "29",
                false,
            ),
            (
                "Elon Musk spoke. Musk praised Dmitry Peskov. Musk left. \
                 Dmitry Peskov scored. The 29-year-old smiled.",
                "Dmitry Peskov",
                "age",
                "29",
                false,
            ),
            // Later in its sentence it is not the person named before it there.
            (
                "Elon Musk won. Elon Musk beat Dmitry Peskov. \
                 Musk wore down the 31-year-old Dane.",
                "Elon Musk",
                "age",
                "31",
                false,
            ),
            (
                "Elon Musk spoke. Dmitry Peskov said the 49-year-old SpaceX CEO called.",
                "Elon Musk",
                "age",
                "49",
                true,
            ),
            // A name after a verb is someone else: "The 21-year-old plays Kevin Kim".
            (
                "Dmitry Peskov won. The 21-year-old plays Elon Musk next.",
                "Elon Musk",
                "age",
                "21",
                false,
            ),
            (
                "Dmitry Peskov spoke. The 22-year-old battled past Elon Musk.",
                "Elon Musk",
                "age",
                "22",
                false,
            ),
            (
                "Talks resumed. Talks ended, said 20-year-old politics student Elon Musk.",
                "Elon Musk",
                "age",
                "20",
                true,
            ),
            // "the age of": how old someone is only at death.
            (
                "The actor, John Smith, has been found dead at the age of 87.",
                "John Smith",
                "age",
                "87",
                true,
            ),
            (
                "The manager, John Smith, began collecting at the age of 17.",
                "John Smith",
                "age",
                "17",
                false,
            ),
            (
                "The bassist, John Smith, has died; he began music from the age of 17.",
                "John Smith",
                "age",
                "17",
                false,
            ),
        ]);
    }
}
