//! Age facts, and the roles of an age noun phrase.
//!
//! Takes a person mention ("Musk, 49,") or an AGE mention ("the 49-year-old SpaceX and Tesla
//! CEO", "aged 49", "at the age of 79"); gives `age` facts and, for "the AGE ORG [and ORG] title",
//! one `role` fact per organisation (`RoleAgeNoun`). Does not read ages of unnamed people.

use super::{fact, Ctx, Ent};
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
    salient: Option<&'a Mention>,
    out: &mut Vec<Fact>,
) {
    let Some(value) = age.value.as_deref().and_then(|v| v.parse::<f64>().ok()) else {
        return;
    };
    let first = ctx.first_token_of(age);
    // "aged 49", "at the age of 79": about the closest person named before it in the sentence.
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
    // A person named within the next few tokens is the subject; else the salient person.
    let next_person = (last + 1..b.min(last + 6)).find_map(|t| {
        ctx.mention_starting_at(t)
            .filter(|m| m.label == Label::Person)
    });
    // "the 49-year-old CEO" refers back to the person the article is about; "a 30-year-old"
    // introduces someone new ("a 30 year old comes home from work"), except in apposition to
    // the person just named ("Musk, a 49-year-old entrepreneur,").
    let definite = first > a && ctx.is_any(first - 1, &["the"]);
    let indefinite = first > a && ctx.is_any(first - 1, &["a", "an"]);
    let apposed = (indefinite && first >= a + 3 && ctx.tok(first - 2) == ",")
        .then(|| ctx.mention_ending_at(first - 3))
        .flatten()
        .filter(|m| m.label == Label::Person);
    let subject = match (next_person, apposed, salient) {
        (Some(p), _, _) if orgs.is_empty() => p,
        (_, Some(p), _) => p,
        (_, None, Some(p)) if definite => p,
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

#[cfg(test)]
mod tests {
    use super::super::tests::check;

    #[test]
    fn age_rules_table() {
        check(&[
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
        ]);
    }
}
