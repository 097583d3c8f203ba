//! Money facts: ORG or PERSON → MONEY.
//!
//! Takes one sentence; gives `pays`, `costs`, `raises`, `invests`, `acquires` and `fined` facts
//! (`MoneyVerb`) whose object is a MONEY mention (value and currency from its normalised
//! amount). "to X" / "for X" after the amount, or the thing bought ("A seat in the Soyuz costs
//! NASA …"), goes to the role column as `to X` / `for X`. The amount must be the verb's object:
//! only determiners and hedges may stand between ("paid 97% of the £1.3bn" is no payment).
//! Does not read passive payments ("was granted £349m") or nominal ones ("a deal worth $9bn").

use super::{fact, Ctx, Discourse, Ent};
use crate::model::{Fact, Label, Mention};

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Pay,
    Cost,
    Raise,
    Invest,
    Acquire,
    Fine,
}

pub(super) const MONEY_VERBS: &[(&str, Kind)] = &[
    ("pay", Kind::Pay),
    ("pays", Kind::Pay),
    ("paid", Kind::Pay),
    ("paying", Kind::Pay),
    ("spend", Kind::Pay),
    ("spent", Kind::Pay),
    ("spends", Kind::Pay),
    ("cost", Kind::Cost),
    ("costs", Kind::Cost),
    ("raise", Kind::Raise),
    ("raises", Kind::Raise),
    ("raised", Kind::Raise),
    ("raising", Kind::Raise),
    ("invest", Kind::Invest),
    ("invests", Kind::Invest),
    ("invested", Kind::Invest),
    ("investing", Kind::Invest),
    ("acquire", Kind::Acquire),
    ("acquires", Kind::Acquire),
    ("acquired", Kind::Acquire),
    ("buy", Kind::Acquire),
    ("buys", Kind::Acquire),
    ("bought", Kind::Acquire),
    ("fine", Kind::Fine),
    ("fines", Kind::Fine),
    ("fined", Kind::Fine),
];

/// Words that may stand between a verb and its amount.
const FILLERS: &[&str] = &[
    "a",
    "an",
    "the",
    "around",
    "about",
    "roughly",
    "nearly",
    "almost",
    "more",
    "than",
    "over",
    "up",
    "to",
    "some",
    "at",
    "least",
    "estimated",
    "additional",
    "another",
    "further",
    "just",
    "under",
    "as",
    "much",
    "extra",
    "total",
    "of",
    "approximately",
    "close",
    "for",
    "out",
    "back",
    "in",
    "another",
];

/// Words that may stand between the payer and the verb ("has agreed to pay").
const AUXILIARIES: &[&str] = &[
    "has",
    "have",
    "had",
    "will",
    "would",
    "to",
    "agreed",
    "agrees",
    "is",
    "was",
    "are",
    "were",
    "also",
    "plans",
    "planned",
    "could",
    "may",
    "might",
    "must",
    "been",
    "already",
    "reportedly",
    "finally",
    "eventually",
    "later",
    "set",
    "expected",
    "likely",
    "shall",
    "being",
    "be",
    "recently",
    "now",
];

fn predicate(kind: Kind) -> &'static str {
    match kind {
        Kind::Pay => "pays",
        Kind::Cost => "costs",
        Kind::Raise => "raises",
        Kind::Invest => "invests",
        Kind::Acquire => "acquires",
        Kind::Fine => "fined",
    }
}

fn is_actor(m: &Mention) -> bool {
    matches!(m.label, Label::Org | Label::Person)
}

/// The payer before verb `v`: an actor mention after at most a few auxiliaries, or "it"
/// (the actor named earlier in the sentence, else the last payer, else the salient org).
fn subject_before(ctx: &Ctx, si: usize, a: usize, v: usize, disc: &Discourse) -> Option<Ent> {
    let mut t = v;
    while t > a && t + 6 > v && ctx.is_any(t - 1, AUXILIARIES) && ctx.mention_at[t - 1].is_none() {
        t -= 1;
    }
    if t == a {
        return None;
    }
    let o = t - 1;
    if let Some(m) = ctx.mention_ending_at(o).filter(|m| is_actor(m)) {
        return Some(
            ctx.org_ending_at(a, o)
                .filter(|_| m.label == Label::Org)
                .map(|(e, _)| e)
                .unwrap_or_else(|| Ent::of(m)),
        );
    }
    if ctx.is(o, "it") {
        let earlier = (a..o).rev().find_map(|i| {
            ctx.mention_ending_at(i)
                .filter(|m| m.label == Label::Org)
                .map(|_| ctx.org_ending_at(a, i).map(|(e, _)| e))
        });
        if let Some(Some(e)) = earlier {
            return Some(e);
        }
        if let Some((e, s)) = &disc.last_payer {
            if si <= s + 4 {
                return Some(e.clone());
            }
        }
        return disc.salient_org().map(Ent::of);
    }
    None
}

/// `MoneyVerb` over one sentence.
pub(super) fn extract<'a>(
    ctx: &Ctx<'a>,
    si: usize,
    a: usize,
    b: usize,
    disc: &mut Discourse<'a>,
    out: &mut Vec<Fact>,
) {
    let mut v = a;
    while v < b {
        if !ctx.verbs[v].money {
            v += 1;
            continue;
        }
        let Some(&(_, kind)) = MONEY_VERBS.iter().find(|(w, _)| ctx.is(v, w)) else {
            v += 1;
            continue;
        };
        // The amount: right after the verb, past fillers and at most one actor (the payer of
        // "costs NASA", the payee of "paid the SEC", the fined party of "fined Google").
        let mut t = v + 1;
        let mut inner: Option<Ent> = None;
        let mut money_m = None;
        while t < b && t <= v + 9 {
            if let Some(m) = ctx.mention_starting_at(t) {
                if m.label == Label::Money {
                    money_m = Some(m);
                    break;
                }
                if is_actor(m) && inner.is_none() {
                    inner = Some(
                        ctx.org_at(t, b)
                            .map(|(e, _)| e)
                            .unwrap_or_else(|| Ent::of(m)),
                    );
                    t = ctx.last_token_of(m) + 1;
                    continue;
                }
                break;
            }
            if ctx.is_any(t, FILLERS) {
                t += 1;
                continue;
            }
            break;
        }
        let Some(money_m) = money_m else {
            v += 1;
            continue;
        };
        let Some(money) = money_m.money.as_ref() else {
            v += 1;
            continue;
        };
        let passive = v > a && ctx.is_any(v - 1, &["was", "were", "been", "be"]);
        let (subject, pred, mut role) = match kind {
            // "A seat in the Soyuz costs NASA $80 million": NASA pays, for the seat.
            Kind::Cost => match inner {
                Some(payer) => {
                    let clause = clause_start(ctx, a, v);
                    let thing = (clause < v).then(|| ctx.span(clause, v - 1).trim().to_string());
                    (
                        Some(payer),
                        "pays",
                        thing.map(|t| format!("for {}", lower_first(&t))),
                    )
                }
                None => {
                    let product = (v > a)
                        .then(|| ctx.mention_ending_at(v - 1))
                        .flatten()
                        .filter(|m| matches!(m.label, Label::Product | Label::App | Label::Org))
                        .map(Ent::of);
                    (product, "costs", None)
                }
            },
            // "the EU fined Google $5m": Google is fined; "Google was fined $5m".
            Kind::Fine if !passive && inner.is_some() => (inner, "fined", None),
            Kind::Fine if !passive && !ctx.is(v, "fined") => (None, "fined", None),
            Kind::Pay | Kind::Acquire | Kind::Invest => {
                let s = subject_before(ctx, si, a, v, disc);
                let role = inner.map(|e| match kind {
                    Kind::Pay => format!("to {}", e.name),
                    _ => format!("for {}", e.name),
                });
                (s, predicate(kind), role)
            }
            _ => (subject_before(ctx, si, a, v, disc), predicate(kind), None),
        };
        let Some(subject) = subject else {
            v = t + 1;
            continue;
        };
        if role.is_none() {
            role = to_or_for(ctx, ctx.last_token_of(money_m) + 1, b);
        }
        let start = subject.start.min(money_m.start).min(ctx.tokens[v].start);
        let end = subject.end.max(money_m.end);
        let mut f = fact(
            si,
            &subject,
            pred,
            ctx.text[money_m.start..money_m.end].to_string(),
            "MoneyVerb",
            (start, end),
        );
        f.value = Some(money.amount);
        f.currency = Some(money.currency.clone());
        f.role = role;
        f.confidence = if subject.start > money_m.start || ctx.tokens[v].start < subject.end + 40 {
            0.75
        } else {
            0.6
        };
        disc.last_payer = Some((subject, si));
        out.push(f);
        v = t + 1;
    }
}

/// The first token of the clause holding token `v` (after the last comma, semicolon or quote).
fn clause_start(ctx: &Ctx, a: usize, v: usize) -> usize {
    (a..v)
        .rev()
        .find(|&i| matches!(ctx.tok(i), "," | ";" | ":" | "\"" | "“" | "”"))
        .map_or(a, |i| i + 1)
}

fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    match (c.next(), c.clone().next()) {
        (Some(f), Some(n)) if f.is_uppercase() && !n.is_uppercase() => {
            f.to_lowercase().chain(c).collect()
        }
        _ => s.to_string(),
    }
}

/// "to the SEC", "for News": the party named after the amount (skipping a parenthesised
/// conversion such as "(£799,000)").
fn to_or_for(ctx: &Ctx, mut k: usize, b: usize) -> Option<String> {
    if k < b && ctx.tok(k) == "(" {
        while k < b && ctx.tok(k) != ")" {
            k += 1;
        }
        k += 1;
    }
    if k + 1 >= b || !ctx.is_any(k, &["to", "for"]) {
        return None;
    }
    let word = ctx.tok(k).to_lowercase();
    let mut o = k + 1;
    if o < b && ctx.is(o, "the") {
        o += 1;
    }
    let (e, _) = ctx.org_at(o, b)?;
    Some(format!("{word} {}", e.name))
}

#[cfg(test)]
mod tests {
    use super::super::tests::{all_facts, check};

    #[test]
    fn money_rules_table() {
        check(&[
            (
                "A seat in the Soyuz costs NASA around $80 million.",
                "NASA",
                "pays",
                "$80 million",
                true,
            ),
            (
                "Google agreed to pay $76 million to publishers.",
                "Google",
                "pays",
                "$76 million",
                true,
            ),
            (
                "Google to Pay EUR 1.1-Million Fine Over Hotel Ranking Practices",
                "Google",
                "pays",
                "EUR 1.1-Million",
                true,
            ),
            (
                "Google has agreed to pay a $1.5m fine. It is also paying $500,000 to the SEC.",
                "Google",
                "pays",
                "$500,000",
                true,
            ),
            (
                "Google acquired Fitbit for $2.1bn.",
                "Google",
                "acquires",
                "$2.1bn",
                true,
            ),
            (
                "Google was fined $5m for the breach.",
                "Google",
                "fined",
                "$5m",
                true,
            ),
            (
                "Regulators fined Google $5m.",
                "Google",
                "fined",
                "$5m",
                true,
            ),
            (
                "Tesla raised $2bn in new shares.",
                "Tesla",
                "raises",
                "$2bn",
                true,
            ),
            // Negatives: no money verb, a noun "costs", a share of the amount, revenue.
            (
                "Google reported $76 million in revenue.",
                "Google",
                "pays",
                "$76 million",
                false,
            ),
            (
                "Google reviewed its costs, and $40m of invoices remain unpaid.",
                "Google",
                "pays",
                "$40m",
                false,
            ),
            (
                "Google had paid 97% of the $1.3bn submitted.",
                "Google",
                "pays",
                "$1.3bn",
                false,
            ),
            (
                "Regulators fined Google $5m.",
                "Regulators",
                "fined",
                "$5m",
                false,
            ),
        ]);
    }

    #[test]
    fn to_and_for_go_to_the_role_column() {
        let f = all_facts("A seat in the Soyuz costs NASA around $80 million.");
        let pay = f
            .iter()
            .find(|f| f.predicate == "pays")
            .expect("a pays fact");
        assert_eq!(pay.role.as_deref(), Some("for a seat in the Soyuz"));
        assert_eq!(
            (pay.value, pay.currency.as_deref()),
            (Some(80_000_000.0), Some("USD"))
        );
        let f = all_facts("Google has agreed to pay $1m to the SEC.");
        assert_eq!(
            f.iter()
                .find(|f| f.predicate == "pays")
                .and_then(|f| f.role.as_deref()),
            Some("to SEC")
        );
    }
}
