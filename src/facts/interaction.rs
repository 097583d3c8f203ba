//! `interaction` facts: ENTITY verb ENTITY for a curated list of news verbs.
//!
//! Takes one sentence; gives (subject, `interaction`, object) with the verb lemma in the role
//! column (`Interaction`): "Elon Musk Invites Russia President Vladimir Putin" → (Elon Musk,
//! invite, Vladimir Putin). The subject is the entity right before the verb (past auxiliaries),
//! the object the entity right after it (past determiners; a title phrase "ORG title PERSON"
//! gives the person). Passives ("Google was sued by Epic") swap them. Does not read verbs
//! whose subject or object is not a named entity ("the company sued").

use super::{fact, Ctx, Ent};
use crate::model::{Fact, Label, Mention};

/// Verb forms and their lemma.
pub(super) const VERBS: &[(&str, &str)] = &[
    ("invite", "invite"),
    ("invites", "invite"),
    ("invited", "invite"),
    ("inviting", "invite"),
    ("meet", "meet"),
    ("meets", "meet"),
    ("met", "meet"),
    ("meeting", "meet"),
    ("sue", "sue"),
    ("sues", "sue"),
    ("sued", "sue"),
    ("suing", "sue"),
    ("acquire", "acquire"),
    ("acquires", "acquire"),
    ("acquired", "acquire"),
    ("acquiring", "acquire"),
    ("buy", "acquire"),
    ("buys", "acquire"),
    ("bought", "acquire"),
    ("buying", "acquire"),
    ("purchase", "acquire"),
    ("purchases", "acquire"),
    ("purchased", "acquire"),
    ("purchasing", "acquire"),
    ("partner", "partner with"),
    ("partners", "partner with"),
    ("partnered", "partner with"),
    ("partnering", "partner with"),
    ("sign", "sign"),
    ("signs", "sign"),
    ("signed", "sign"),
    ("signing", "sign"),
    ("criticise", "criticise"),
    ("criticises", "criticise"),
    ("criticised", "criticise"),
    ("criticising", "criticise"),
    ("criticize", "criticise"),
    ("criticizes", "criticise"),
    ("criticized", "criticise"),
    ("criticizing", "criticise"),
    ("ban", "ban"),
    ("bans", "ban"),
    ("banned", "ban"),
    ("banning", "ban"),
    ("fine", "fine"),
    ("fines", "fine"),
    ("fined", "fine"),
    ("launch", "launch"),
    ("launches", "launch"),
    ("launched", "launch"),
    ("launching", "launch"),
];

const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "will",
    "would",
    "to",
    "is",
    "was",
    "are",
    "were",
    "also",
    "could",
    "may",
    "might",
    "plans",
    "agreed",
    "been",
    "be",
    "reportedly",
    "recently",
    "officially",
];

fn is_entity(m: &Mention) -> bool {
    matches!(
        m.label,
        Label::Person | Label::Org | Label::Location | Label::App
    )
}

/// The object starting at `k`: an entity, or the person of a title phrase ("Russia President
/// Vladimir Putin").
fn object_at<'a>(ctx: &Ctx<'a>, k: usize, b: usize, products: bool) -> Option<&'a Mention> {
    let mut k = k;
    while k < b && ctx.is_any(k, &["the", "a", "an", "its", "their", "his", "her"]) {
        k += 1;
    }
    if k >= b {
        return None; // the verb ends the sentence: "… Inc bought"
    }
    // "Russian President Vladimir Putin": a demonym and a title before the person.
    if ctx.mention_at[k].is_none() {
        let mut t = k;
        while t < b
            && t < k + 4
            && ctx.mention_at[t].is_none()
            && (ctx.is_role_word(t) || ctx.gaz.is_some_and(|g| g.demonym(ctx.tok(t)).is_some()))
        {
            t += 1;
        }
        if t > k && t < b {
            return ctx
                .mention_starting_at(t)
                .filter(|p| p.label == Label::Person);
        }
        return None;
    }
    let m = ctx.mention_starting_at(k)?;
    if !(is_entity(m) || (products && m.label == Label::Product)) {
        return None;
    }
    if matches!(m.label, Label::Org | Label::Location) {
        let mut t = ctx.last_token_of(m) + 1;
        let possessive = t < b && ctx.is_possessive(t);
        if possessive {
            t += 1;
        }
        let r = t;
        while t < b && t < r + 4 && ctx.is_role_word(t) && ctx.mention_at[t].is_none() {
            t += 1;
        }
        if t > r {
            if let Some(p) = (t < b)
                .then(|| ctx.mention_starting_at(t))
                .flatten()
                .filter(|p| p.label == Label::Person)
            {
                return Some(p);
            }
        }
        if possessive {
            // "bought Australia's WMC": the object is what the possessor owns.
            return (r < b)
                .then(|| ctx.mention_starting_at(r))
                .flatten()
                .filter(|o| is_entity(o) || (products && o.label == Label::Product));
        }
    }
    Some(m)
}

/// The subject ending right before `v` (past auxiliaries).
fn subject_before<'a>(ctx: &Ctx<'a>, a: usize, v: usize) -> Option<(&'a Mention, usize)> {
    let mut t = v;
    while t > a && t + 4 > v && ctx.is_any(t - 1, AUXILIARIES) && ctx.mention_at[t - 1].is_none() {
        t -= 1;
    }
    if t == a {
        return None;
    }
    // "Acme Corp said it agreed to acquire Beta".
    if let Some(e) = ctx.said_it_speaker_end(a, t - 1) {
        let m = ctx
            .mention_ending_at(e)
            .filter(|m| matches!(m.label, Label::Org | Label::App))?;
        return Some((m, t));
    }
    let m = ctx.mention_ending_at(t - 1).filter(|m| is_entity(m))?;
    Some((m, t))
}

/// `Interaction` over one sentence.
pub(super) fn extract(ctx: &Ctx, si: usize, a: usize, b: usize, out: &mut Vec<Fact>) {
    for v in a..b {
        if ctx.mention_at[v].is_some() {
            continue;
        }
        if !ctx.verbs[v].interaction {
            continue;
        }
        let Some(&(_, lemma)) = VERBS.iter().find(|(w, _)| ctx.is(v, w)) else {
            continue;
        };
        let mut k = v + 1;
        if lemma == "partner with" {
            if k >= b || !ctx.is(k, "with") {
                continue;
            }
            k += 1;
        }
        let Some((before, aux_start)) = subject_before(ctx, a, v) else {
            continue;
        };
        // "Google was sued by Epic": the agent follows "by".
        let passive = aux_start < v
            && ctx.is_any(v - 1, &["was", "were", "been", "be", "is", "are"])
            && k < b
            && ctx.is(k, "by");
        let (subject, object) = if passive {
            match object_at(ctx, k + 1, b, false) {
                Some(agent) => (agent, before),
                None => continue,
            }
        } else {
            match object_at(ctx, k, b, lemma == "launch") {
                Some(o) => (before, o),
                None => continue,
            }
        };
        if subject.canonical == object.canonical {
            continue;
        }
        let ev = (subject.start.min(object.start), subject.end.max(object.end));
        let mut f = fact(
            si,
            &Ent::of(subject),
            "interaction",
            object.canonical.clone(),
            "Interaction",
            ev,
        );
        f.object_id = super::entity_id(object);
        f.role = Some(lemma.to_string());
        f.confidence = 0.7;
        out.push(f);
    }
    acquisition_nouns(ctx, si, a, b, out);
}

/// Purchase nouns and the verbs whose subject makes the purchase ("X completed its
/// acquisition of Y").
pub(super) const BUY_NOUNS: &[&str] = &["acquisition", "takeover", "purchase", "buyout"];
const DEAL_VERBS: &[&str] = &[
    "completed",
    "completes",
    "announced",
    "announces",
    "closed",
    "closes",
    "finalised",
    "finalized",
    "agreed",
];

/// Things a company owns, bought instead of the company ("shares of X" reads "X shares").
pub(super) const OWNED_PARTS: &[&str] = &[
    "shares",
    "share",
    "stock",
    "stake",
    "assets",
    "asset",
    "bonds",
    "debt",
    "unit",
    "units",
    "division",
    "business",
    "businesses",
    "brand",
    "brands",
    "products",
    "plant",
    "stores",
];

/// An organisation (or APP acting as one) mention starting at `k`.
fn company_at<'a>(ctx: &Ctx<'a>, k: usize, b: usize) -> Option<&'a Mention> {
    (k < b)
        .then(|| ctx.mention_starting_at(k))
        .flatten()
        .filter(|m| matches!(m.label, Label::Org | Label::App) && !is_generic(m))
}

/// "the Company's acquisition of X" (filings): a generic noun, no name.
fn is_generic(m: &Mention) -> bool {
    super::GENERIC_ORG_WORDS.contains(&m.canonical.as_str())
        || matches!(
            m.canonical.as_str(),
            "Network" | "Registrant" | "Issuer" | "Buyer" | "Seller"
        )
}

/// `Interaction` (acquire) from a purchase noun: "X's acquisition of Y", "the takeover of Y by
/// X", "X completed its acquisition of Y". Up to two words (an amount, "proposed") may stand
/// between the owner or determiner and the noun.
fn acquisition_nouns(ctx: &Ctx, si: usize, a: usize, b: usize, out: &mut Vec<Fact>) {
    for n in a + 1..b.saturating_sub(2) {
        if !ctx.verbs[n].buy_noun || ctx.mention_at[n].is_some() || !ctx.is(n + 1, "of") {
            continue;
        }
        let o = if ctx.is(n + 2, "the") { n + 3 } else { n + 2 };
        let Some(target) = company_at(ctx, o, b) else {
            continue;
        };
        let after = ctx.last_token_of(target) + 1;
        // "the purchase of Google shares", "of Google's unit": a part, not the company.
        if after < b && (ctx.is_possessive(after) || ctx.is_any(after, OWNED_PARTS)) {
            continue;
        }
        // The buyer: "by X", else the owner "X's [$5bn] acquisition", else the subject of
        // "completed its/the acquisition".
        let by = (after + 1 < b && ctx.is(after, "by"))
            .then(|| company_at(ctx, after + 1, b))
            .flatten();
        let mut d = n;
        while d > a && d + 3 > n {
            let p = d - 1;
            let skip = ctx
                .mention_starting_at(p)
                .is_some_and(|m| m.label == Label::Money)
                || ctx
                    .mention_ending_at(p)
                    .is_some_and(|m| m.label == Label::Money)
                || ctx.is_any(p, &["proposed", "planned", "hostile", "pending"]);
            if !skip {
                break;
            }
            d = ctx.mention_at[p].map_or(p, |m| ctx.first_token_of(&ctx.mentions[m]));
        }
        let owner = || {
            (d >= a + 2 && ctx.is_possessive(d - 1))
                .then(|| ctx.mention_ending_at(d - 2))
                .flatten()
                .filter(|m| matches!(m.label, Label::Org | Label::App) && !is_generic(m))
        };
        let doer = || {
            (d >= a + 3 && ctx.is_any(d - 1, &["its", "the"]) && ctx.is_any(d - 2, DEAL_VERBS))
                .then(|| subject_before(ctx, a, d - 2))
                .flatten()
                .map(|(m, _)| m)
                .filter(|m| matches!(m.label, Label::Org | Label::App) && !is_generic(m))
        };
        let Some(buyer) = by.or_else(owner).or_else(doer) else {
            continue;
        };
        if buyer.canonical == target.canonical
            || out.iter().rev().take_while(|f| f.sentence == si).any(|f| {
                f.predicate == "interaction"
                    && f.subject == buyer.canonical
                    && f.object == target.canonical
            })
        {
            continue;
        }
        let ev = (buyer.start.min(target.start), buyer.end.max(target.end));
        let mut f = fact(
            si,
            &Ent::of(buyer),
            "interaction",
            target.canonical.clone(),
            "Interaction",
            ev,
        );
        f.object_id = super::entity_id(target);
        f.role = Some("acquire".to_string());
        f.confidence = 0.65;
        out.push(f);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::{check, facts};

    #[test]
    fn acquisition_nouns_table() {
        check(&[
            (
                "Google's acquisition of Fitbit closed.",
                "Google",
                "interaction",
                "Fitbit",
                true,
            ),
            (
                "Google's $2 billion acquisition of Fitbit closed.",
                "Google",
                "interaction",
                "Fitbit",
                true,
            ),
            (
                "The takeover of Fitbit by Google was approved.",
                "Google",
                "interaction",
                "Fitbit",
                true,
            ),
            (
                "Google said it agreed to acquire Fitbit.",
                "Google",
                "interaction",
                "Fitbit",
                true,
            ),
            (
                "Google said it completed the purchase of Fitbit.",
                "Google",
                "interaction",
                "Fitbit",
                true,
            ),
            (
                "John Smith said it agreed to acquire Fitbit.",
                "John Smith",
                "interaction",
                "Fitbit",
                false,
            ),
            (
                "Google completed its acquisition of Fitbit.",
                "Google",
                "interaction",
                "Fitbit",
                true,
            ),
            (
                "Google purchased Fitbit in 2021.",
                "Google",
                "interaction",
                "Fitbit",
                true,
            ),
            // Negatives: no buyer, the target's own purchase, a generic "Company".
            (
                "The acquisition of Fitbit was approved.",
                "Fitbit",
                "interaction",
                "Fitbit",
                false,
            ),
            (
                "Google criticised the acquisition of Fitbit.",
                "Google",
                "interaction",
                "Fitbit",
                false,
            ),
            (
                "The Company's acquisition of Fitbit closed.",
                "Company",
                "interaction",
                "Fitbit",
                false,
            ),
            (
                "Fitbit's purchase of Google shares rose.",
                "Fitbit",
                "interaction",
                "Google",
                false,
            ),
        ]);
    }

    #[test]
    fn interaction_rules_table() {
        check(&[
            (
                "Elon Musk invited Russian President Vladimir Putin to a chat.",
                "Elon Musk",
                "interaction",
                "Vladimir Putin",
                true,
            ),
            (
                "Elon Musk invited the Kremlin spokesman Dmitry Peskov to a chat.",
                "Elon Musk",
                "interaction",
                "Dmitry Peskov",
                true,
            ),
            (
                "Elon Musk has invited Vladimir Putin to talk.",
                "Elon Musk",
                "interaction",
                "Vladimir Putin",
                true,
            ),
            (
                "Google acquired Fitbit in 2021.",
                "Google",
                "interaction",
                "Fitbit",
                true,
            ),
            (
                "Apple sued Google on Monday.",
                "Apple",
                "interaction",
                "Google",
                true,
            ),
            (
                "Google was sued by Apple on Monday.",
                "Apple",
                "interaction",
                "Google",
                true,
            ),
            (
                "Google partnered with NASA on the project.",
                "Google",
                "interaction",
                "NASA",
                true,
            ),
            (
                "Google bought Russia's biggest search firm.",
                "Google",
                "interaction",
                "Russia",
                false,
            ),
            // Negatives: no entity subject, a verb that is not listed, the wrong direction.
            (
                "The company sued Google.",
                "The company",
                "interaction",
                "Google",
                false,
            ),
            (
                "Elon Musk praised Vladimir Putin.",
                "Elon Musk",
                "interaction",
                "Vladimir Putin",
                false,
            ),
            (
                "Google was sued by Apple on Monday.",
                "Google",
                "interaction",
                "Apple",
                false,
            ),
            (
                "Elon Musk said Google sued nobody.",
                "Elon Musk",
                "interaction",
                "Google",
                false,
            ),
        ]);
    }

    #[test]
    fn role_column_holds_the_lemma() {
        let f = facts("Elon Musk invited Russian President Vladimir Putin to a chat.");
        let i = f
            .iter()
            .find(|f| f.1 == "interaction")
            .expect("an interaction");
        assert_eq!(i.3.as_deref(), Some("invite"));
    }
}
