//! Money facts: ORG or PERSON → MONEY.
//!
//! Takes one sentence; gives `pays`, `costs`, `raises`, `invests`, `acquires` and `fined` facts
//! (`MoneyVerb`) whose object is a MONEY mention (value and currency from its normalised
//! amount). "to X" / "for X" after the amount, or the thing bought ("A seat in the Soyuz costs
//! NASA …"), goes to the role column as `to X` / `for X`. The amount must be the verb's object:
//! only determiners and hedges may stand between ("paid 97% of the £1.3bn" is no payment);
//! a purchase may name its target and stake first ("bought a 74% stake in Y for MONEY", role
//! `for Y`). The payer may own an intention ("X's plan to buy Y for MONEY"). `MoneyNoun` reads amounts named by their noun: fines ("a $5m fine on X"),
//! purchases ("the $5bn takeover of Y by X"), rounds ("X closed a $50m Series B") and fees;
//! the lead investor of a round ("led by Y") invests the amount. Does not read passive
//! payments ("was granted £349m") or deals with no payer named ("a deal worth $9bn"). A sale
//! ("X sold Y to Z for MONEY") is the buyer's purchase: (Z, `acquires`, MONEY, for Y).

use super::{fact, Ctx, Discourse, Ent};
use crate::model::{Fact, Label, Mention, Money};

#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Pay,
    Cost,
    Raise,
    Invest,
    Acquire,
    Fine,
    /// "X sold Y to Z for MONEY": the buyer Z pays ([`sale`]).
    Sell,
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
    ("buying", Kind::Acquire),
    ("acquiring", Kind::Acquire),
    ("purchase", Kind::Acquire),
    ("purchases", Kind::Acquire),
    ("purchased", Kind::Acquire),
    ("purchasing", Kind::Acquire),
    // A player signed for a fee ("Chelsea signed Drogba from Marseille for £24m"); only with
    // a person signed (see `SIGN_VERBS`).
    ("sign", Kind::Acquire),
    ("signs", Kind::Acquire),
    ("signed", Kind::Acquire),
    ("signing", Kind::Acquire),
    ("fine", Kind::Fine),
    ("fines", Kind::Fine),
    ("fined", Kind::Fine),
    ("sell", Kind::Sell),
    ("sells", Kind::Sell),
    ("sold", Kind::Sell),
    ("selling", Kind::Sell),
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
    // "fined a record 1.2bn euros", "a hefty £5m".
    "record",
    "hefty",
    "whopping",
    "combined",
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
    "previously",
    "initially",
    "originally",
    "subsequently",
    "jointly",
    "formally",
    "officially",
];

/// Nouns of a payment that may stand before its amount ("paid a deposit of $1.7bn").
const PAYMENT_NOUNS: &[&str] = &[
    "deposit",
    "sum",
    "fee",
    "ransom",
    "premium",
    "settlement",
    "compensation",
    "dividend",
];

/// Words between a purchase verb and its amount beyond [`FILLERS`]: the stake bought ("a 74%
/// stake in Y") and the deal ("in a deal worth $2bn").
const ACQUIRE_FILLERS: &[&str] = &[
    "stake",
    "majority",
    "minority",
    "controlling",
    "remaining",
    "per",
    "cent",
    "percent",
    "deal",
    "transaction",
    "worth",
    "valued",
    "all-cash",
    "cash",
];

fn predicate(kind: Kind) -> &'static str {
    match kind {
        Kind::Pay => "pays",
        Kind::Cost => "costs",
        Kind::Raise => "raises",
        Kind::Invest => "invests",
        Kind::Acquire => "acquires",
        Kind::Fine => "fined",
        Kind::Sell => "acquires",
    }
}

/// A payer, buyer or target. A company-and-platform name (APP) that pays or is bought acts as
/// the company (GUIDELINE.md: "ORG when the text has the company act").
fn is_actor(m: &Mention) -> bool {
    matches!(m.label, Label::Org | Label::Person | Label::App)
}

/// Auxiliaries before a participle that make the subject the one paid, fined or bought.
const PASSIVE_AUXILIARIES: &[&str] = &[
    "was", "were", "been", "be", "is", "are", "being", "get", "gets", "got",
];

/// The payer before verb `v`: an actor mention after at most a few auxiliaries, or "it"
/// (the actor named earlier in the sentence, else the last payer, else the salient org).
/// Nouns of an intention whose owner does what follows "to" ("Lufthansa's plan to buy").
const INTENT_NOUNS: &[&str] = &[
    "plan",
    "plans",
    "bid",
    "offer",
    "proposal",
    "attempt",
    "decision",
    "agreement",
    "move",
    "promise",
    "pledge",
];

fn subject_before(ctx: &Ctx, si: usize, a: usize, v: usize, disc: &Discourse) -> Option<Ent> {
    let mut t = v;
    while t > a && t + 6 > v && ctx.is_any(t - 1, AUXILIARIES) && ctx.mention_at[t - 1].is_none() {
        t -= 1;
    }
    if t == a {
        return None;
    }
    let mut o = t - 1;
    // "Elon Musk, who bought Twitter for $44 billion": the relative pronoun's antecedent.
    if o >= a + 2 && ctx.is_any(o, &["who", "which"]) && ctx.tok(o - 1) == "," {
        o -= 2;
    }
    // "Lufthansa's plan to buy …", "Google's offer to pay …": the owner of the intention.
    if o >= a + 2
        && t < v
        && ctx.is(t, "to")
        && ctx.is_any(o, INTENT_NOUNS)
        && ctx.is_possessive(o - 1)
    {
        o -= 2;
    }
    if let Some(m) = ctx.mention_ending_at(o).filter(|m| is_actor(m)) {
        return Some(
            ctx.org_ending_at(a, o)
                .filter(|_| m.label == Label::Org)
                .map(|(e, _)| e)
                .unwrap_or_else(|| Ent::of(m)),
        );
    }
    // "Sunita Menon, a director, must pay": a short aside between the payer and the verb.
    // "Ledgerly Ltd., a London-based start-up that …, has raised £45m": the sentence opens
    // with the payer and a longer appositive.
    if ctx.tok(o) == "," {
        let aside_payer = aside_start(ctx, a, o)
            .and_then(|k| ctx.mention_ending_at(k - 1))
            .filter(|m| is_actor(m));
        if let Some(m) = aside_payer {
            return Some(Ent::of(m));
        }
        return opening_actor(ctx, a, o);
    }
    // "the company had invested …" reads like "it".
    let the_company = o > a && ctx.is(o - 1, "the") && ctx.is_any(o, &["company", "firm"]);
    if the_company {
        o -= 1;
    }
    if the_company || ctx.is(o, "it") {
        // "Germany's finance ministry said it would spend …", "the government announced it is
        // to spend": "it" is a speaker this rule cannot name (a common noun other than "the
        // company"), so nobody.
        if o >= a + 2
            && !the_company
            && (ctx.is_any(o - 1, super::said::SPEECH_VERBS)
                || ctx.is_any(o - 1, &["announced", "announces", "confirmed", "revealed"]))
            && ctx.mention_at[o - 2].is_none()
            && ctx.tokens[o - 2].shape == crate::model::Shape::Lower
            && !ctx.is_any(
                o - 2,
                &[
                    "company",
                    "firm",
                    "group",
                    "which",
                    "that",
                    "who",
                    "and",
                    "also",
                    "today",
                    "yesterday",
                    "earlier",
                    "previously",
                    "further",
                    "separately",
                ],
            )
        {
            return None;
        }
        // "Greyhound said it would pay": a speaker nobody recognised is the firm the article
        // named with that first word ("Greyhound Lines Inc"), else nobody known; not the last
        // firm named.
        if o >= a + 2
            && !the_company
            && ctx.is_any(o - 1, super::said::SPEECH_VERBS)
            && ctx.mention_at[o - 2].is_none()
            && ctx.tokens[o - 2].shape == crate::model::Shape::Capitalised
            // Pronouns are function words; "One said it": one of the people just named.
            && !ctx.is_function_word(o - 2)
            && !ctx.is(o - 2, "one")
        {
            return ctx.org_opened_by(o - 2).map(Ent::of);
        }
        let earlier = (a..o).rev().find_map(|i| {
            ctx.mention_ending_at(i)
                .filter(|m| m.label == Label::Org)
                .map(|_| ctx.org_ending_at(a, i).map(|(e, _)| e))
        });
        if let Some(Some(e)) = earlier {
            return Some(e);
        }
        // The firm that opened one of the last two sentences ("Nissan said … Its chief told
        // reporters the firm would invest"), before an earlier payer or the most named.
        if let Some((m, s)) = disc.last_org_subject {
            if si <= s + 2 {
                return Some(Ent::of(m));
            }
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

/// The opening comma of a short aside that ends at the comma `c`: an age or a few lower-case
/// words, no name and no verb of speech (", 58,", ", a director,").
fn aside_start(ctx: &Ctx, a: usize, c: usize) -> Option<usize> {
    let open = (a + 1..c).rev().take(5).find(|&k| ctx.tok(k) == ",")?;
    let plain = |k: usize| {
        let shape = ctx.tokens[k].shape;
        (shape == crate::model::Shape::Lower || shape == crate::model::Shape::Digits)
            && !ctx.mention_at[k].is_some_and(|m| is_actor(&ctx.mentions[m]))
            && !ctx.is_any(k, super::said::SPEECH_VERBS)
    };
    (open + 1 < c && (open + 1..c).all(plain)).then_some(open)
}

/// The actor joined by "and" before the payer's mention, who pays too:
/// "Rakesh Menon, 58, and his wife Sunita Menon must also pay Rs 25 lakh each", "Google and
/// Apple paid $5m". Only a name of the payer's kind (person or not), right before the "and"
/// (past a short aside); a relation word may describe the second ("his wife").
fn coordinated_payer(ctx: &Ctx, a: usize, payer: &Mention) -> Option<Ent> {
    let label = payer.label;
    let mut k = ctx.first_token_of(payer);
    if k >= a + 2
        && ctx.is_any(k - 2, &["his", "her", "their", "its"])
        && ctx.tokens[k - 1].shape == crate::model::Shape::Lower
    {
        k -= 2;
    }
    if k < a + 2 || !ctx.is(k - 1, "and") {
        return None;
    }
    let mut end = k - 1;
    if ctx.tok(end - 1) == "," {
        end = aside_start(ctx, a, end - 1)?;
    }
    let m = ctx.mention_ending_at(end.checked_sub(1)?)?;
    // A firm may be read as its app ("Google and Apple paid"): people with people only.
    let same_kind = is_actor(m) && (m.label == Label::Person) == (label == Label::Person);
    // The partner opens the clause, maybe after its title: not the object of a word before it
    // ("Sales rose at Google and Apple paid").
    let first = ctx.first_token_of(m);
    let opens = first == a
        || ctx.tokens[first - 1].shape != crate::model::Shape::Lower
        || ctx.is_any(first - 1, &["the", "both", "but"])
        || ctx.is_role_word(first - 1);
    // "Minnesota Power and Light Co": one firm whose name has an "and", split in two; two
    // firms' names would both carry a legal form or neither.
    let legal = |t: usize| ctx.gaz.is_some_and(|g| g.is_legal_form(ctx.tok(t)));
    let split_name = label != Label::Person && !legal(end - 1) && legal(ctx.last_token_of(payer));
    (same_kind && opens && !split_name && end > a).then(|| Ent::of(m))
}

/// The actor that opens the sentence and is followed by an appositive ending at the comma
/// `c`: "X, a start-up that helps small firms get paid faster," (no other comma, no speech
/// verb inside: "X, Y said," is no appositive).
fn opening_actor(ctx: &Ctx, a: usize, c: usize) -> Option<Ent> {
    let m = ctx.mention_starting_at(a).filter(|m| is_actor(m))?;
    let mut end = ctx.last_token_of(m) + 1;
    // "Ledgerly Ltd.," : the abbreviation's full stop.
    if end < c && ctx.tok(end) == "." {
        end += 1;
    }
    if end >= c || ctx.tok(end) != "," || c > end + 25 {
        return None;
    }
    let inside = end + 1..c;
    if inside.is_empty()
        || inside.clone().any(|i| {
            matches!(ctx.tok(i), "," | ";" | "\"" | "“" | "”")
                || ctx.is_any(i, super::said::SPEECH_VERBS)
        })
    {
        return None;
    }
    Some(
        ctx.org_ending_at(a, ctx.last_token_of(m))
            .filter(|_| m.label == Label::Org)
            .map(|(e, _)| e)
            .unwrap_or_else(|| Ent::of(m)),
    )
}

/// Verbs that buy only when a person is signed: "signed a £30m deal with Nike" has Nike pay.
const SIGN_VERBS: &[&str] = &["sign", "signs", "signed", "signing"];

/// A stake or deal word between a purchase verb and its amount, or a bare percentage.
fn is_acquire_filler(ctx: &Ctx, t: usize) -> bool {
    let w = ctx.tok(t);
    ctx.is_any(t, ACQUIRE_FILLERS)
        || w == "%"
        || (!w.is_empty() && w.bytes().all(|c| c.is_ascii_digit() || c == b'.'))
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
        if kind == Kind::Sell {
            out.extend(sale(ctx, si, v, b));
            v += 1;
            continue;
        }
        // The amount: right after the verb, past fillers and at most one actor (the payer of
        // "costs NASA", the payee of "paid the SEC", the fined party of "fined Google").
        let mut t = v + 1;
        let mut inner: Option<Ent> = None;
        let mut inner_is_person = false;
        let mut money_m = None;
        let reach = if kind == Kind::Acquire { 14 } else { 9 };
        while t < b && t <= v + reach {
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
                    inner_is_person = m.label == Label::Person;
                    t = ctx.last_token_of(m) + 1;
                    // "bought Drogba from Marseille for £24m": the seller (a club may go by
                    // its town), then the price.
                    let seller = (kind == Kind::Acquire && t + 1 < b && ctx.is(t, "from"))
                        .then(|| ctx.mention_starting_at(t + 1))
                        .flatten()
                        .filter(|s| is_actor(s) || s.label == Label::Location);
                    if let Some(s) = seller {
                        t = ctx.last_token_of(s) + 1;
                    }
                    continue;
                }
                // "a 74% stake in Y for Rs 16,189 crore".
                if kind == Kind::Acquire && m.label == Label::Percent {
                    t = ctx.last_token_of(m) + 1;
                    continue;
                }
                break;
            }
            if ctx.is_any(t, FILLERS) {
                t += 1;
                continue;
            }
            // An aside on the target between commas: "buy MGM Holdings, the studio behind
            // the James Bond films, for $8.45 billion".
            if inner.is_some() && ctx.tok(t) == "," {
                let close = (t + 2..b.min(t + 14)).find(|&k| matches!(ctx.tok(k), "," | ";"));
                if let Some(c) = close.filter(|&c| ctx.tok(c) == "," && c + 1 < b) {
                    if ctx.is_any(c + 1, &["for", "at"])
                        || ctx
                            .mention_starting_at(c + 1)
                            .is_some_and(|m| m.label == Label::Money)
                    {
                        t = c + 1;
                        continue;
                    }
                }
            }
            if kind == Kind::Acquire && is_acquire_filler(ctx, t) {
                t += 1;
                continue;
            }
            // "paid a deposit of $1.7bn": the payment's noun, then "of" and the amount.
            if kind == Kind::Pay
                && t + 1 < b
                && ctx.is_any(t, PAYMENT_NOUNS)
                && ctx.is(t + 1, "of")
                && ctx.is_any(t - 1, &["a", "an", "the"])
            {
                t += 2;
                continue;
            }
            // "pay former partner Fiat 1.55bn euros", "fined the internet giant Google $5m":
            // a description of the payee or the fined party before its name.
            if kind != Kind::Acquire && inner.is_none() {
                let plain = |d: usize| {
                    ctx.tokens[d].shape == crate::model::Shape::Lower
                        && (!ctx.is_function_word(d)
                            || ctx.is_any(d, &["its", "their", "his", "her", "former"]))
                };
                if let Some(d) = actor_after_description(ctx, t, b, 3, plain) {
                    t = d;
                    continue;
                }
            }
            // "a 74% stake in Chennai-based supermarket chain Annapoorna", "41% of Italian
            // carrier ITA Airways": a description of the target after "stake in" or a share.
            if kind == Kind::Acquire
                && inner.is_none()
                && t >= v + 3
                && ctx.is_any(t - 1, &["in", "of"])
                && (ctx.is(t - 2, "stake")
                    || ctx
                        .mention_ending_at(t - 2)
                        .is_some_and(|m| m.label == Label::Percent))
            {
                let describing = |d: usize| {
                    !ctx.is_function_word(d)
                        && (ctx.tokens[d].shape == crate::model::Shape::Lower
                            || ctx.tok(d).ends_with("-based")
                            || ctx.gaz.and_then(|g| g.demonym(ctx.tok(d))).is_some())
                };
                if let Some(d) = actor_after_description(ctx, t, b, 4, describing) {
                    t = d;
                    continue;
                }
            }
            break;
        }
        let Some(money_m) = money_m.filter(|_| inner_is_person || !ctx.is_any(v, SIGN_VERBS))
        else {
            v += 1;
            continue;
        };
        let Some(money) = money_m.money.as_ref() else {
            v += 1;
            continue;
        };
        // "was paid", "is to be acquired"; not the progressive "was buying".
        let passive =
            v > a && ctx.is_any(v - 1, PASSIVE_AUXILIARIES) && !ctx.tok(v).ends_with("ing");
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
            // "It was bought for $9.4bn": the thing bought is no buyer.
            Kind::Acquire if passive => (None, "acquires", None),
            // "Dougherty and Levine are to be paid 2.6 mln dlrs": the subject is paid.
            Kind::Pay if passive => (None, "pays", None),
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
        let object = ctx.text[money_m.start..money_m.end].to_string();
        let base = fact(si, &subject, pred, object, "MoneyVerb", (start, end));
        let mut f = with_money(base, money, role);
        f.confidence = if subject.start > money_m.start || ctx.tokens[v].start < subject.end + 40 {
            0.75
        } else {
            0.6
        };
        let lead = (pred == "raises")
            .then(|| round_leader(ctx, ctx.last_token_of(money_m) + 1, b, &subject, &f))
            .flatten();
        // The payer's partner before "and" pays too (the same amount: "each", or jointly).
        let s = ctx.tokens.partition_point(|tok| tok.start < subject.start);
        let partner = ctx.mention_at.get(s).copied().flatten().and_then(|m| {
            let m = &ctx.mentions[m];
            (m.start == subject.start && s < v)
                .then(|| coordinated_payer(ctx, a, m))
                .flatten()
        });
        if let Some(p) = partner {
            let mut g = f.clone();
            g.subject = p.name.clone();
            g.subject_id = p.id.clone();
            g.evidence_start = g.evidence_start.min(p.start);
            out.push(g);
        }
        disc.last_payer = Some((subject, si));
        out.push(f);
        out.extend(lead);
        v = t + 1;
    }
    nominal(ctx, si, a, b, disc, out);
}

/// `MoneyVerb` for a sale: "Citigroup has sold its Travelers arm to Metlife for $11.5bn" →
/// (Metlife, acquires, $11.5bn, for Travelers …). The thing sold stands between the verb and
/// "to" (its organisation's name when it has one), the buyer after "to", the price after "for".
fn sale(ctx: &Ctx, si: usize, v: usize, b: usize) -> Option<Fact> {
    let to = (v + 2..b.min(v + 12))
        .take_while(|&i| {
            !matches!(ctx.tok(i), "," | ";" | ":" | "(")
                && ctx.mention_at[i].is_none_or(|m| ctx.mentions[m].label != Label::Money)
        })
        .find(|&i| ctx.is(i, "to"))?;
    let mut o = to + 1;
    if o < b && ctx.is(o, "the") {
        o += 1;
    }
    let buyer = actor_at(ctx, o, b)?;
    // The token after the buyer's name, which may run past its mention ("HSBC Trinkaus").
    let mut k = (o..b)
        .find(|&i| ctx.tokens[i].start >= buyer.end)
        .unwrap_or(b);
    if k >= b || !ctx.is(k, "for") {
        return None;
    }
    k += 1;
    while k < b && ctx.is_any(k, FILLERS) && ctx.mention_at[k].is_none() {
        k += 1;
    }
    let money_m = ctx
        .mention_starting_at(k)
        .filter(|m| m.label == Label::Money)?;
    let money = money_m.money.as_ref()?;
    let thing = (v + 1..to)
        .find_map(|i| {
            ctx.mention_starting_at(i)
                .filter(|m| matches!(m.label, Label::Org | Label::App | Label::Product))
                .map(|m| m.canonical.clone())
        })
        .unwrap_or_else(|| {
            let mut f = v + 1;
            while f < to && ctx.is_any(f, DETERMINERS) {
                f += 1;
            }
            // One line: the span may cross the source's line breaks.
            ctx.span(f, to - 1)
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        });
    let ev = (ctx.tokens[v].start, money_m.end);
    let object = ctx.text[money_m.start..money_m.end].to_string();
    let base = fact(si, &buyer, "acquires", object, "MoneyVerb", ev);
    let mut f = with_money(base, money, Some(format!("for {thing}")));
    f.confidence = 0.7;
    Some(f)
}

/// Nouns that make an amount a fine, a purchase price or a funding round.
const FINE_NOUNS: &[&str] = &["fine", "fines", "penalty", "penalties"];
const BUY_NOUNS: &[&str] = &["acquisition", "takeover", "purchase", "buyout", "buy-out"];
const ROUND_NOUNS: &[&str] = &[
    "round",
    "funding",
    "financing",
    "series",
    "seed",
    "fundraise",
    "fundraising",
    "pre-series",
];
/// Words between an amount and its noun ("a $5bn hostile takeover", "a Rs 200 crore Series B
/// round").
const NOUN_MODIFIERS: &[&str] = &[
    "all-cash",
    "cash",
    "hostile",
    "proposed",
    "planned",
    "record",
    "civil",
    "monetary",
    "total",
    "combined",
    "cumulative",
    "fresh",
    "new",
    "in",
    "of",
    "-",
];
/// Verbs whose subject bears a fine named as a noun ("X faces a $5m fine", "X was hit with").
const FINE_BEARERS: &[&str] = &[
    "faces", "face", "faced", "facing", "received", "receives", "got", "gets", "incurred",
    "incurs", "hit", "slapped", "handed", "with", "earned", "drew",
];
/// Verbs whose subject makes a purchase or closes a round named as a noun ("X completed its
/// $2bn acquisition of Y", "X closed a $50m Series B").
const DEAL_VERBS: &[&str] = &[
    "completed",
    "completes",
    "complete",
    "announced",
    "announces",
    "closed",
    "closes",
    "close",
    "agreed",
    "agrees",
    "made",
    "makes",
    "finalised",
    "finalized",
    "sealed",
    "seals",
    "struck",
    "strikes",
    "secured",
    "secures",
    "bagged",
    "bags",
    "landed",
    "lands",
    "raised",
    "raises",
    "garnered",
    "mopped",
    "unveiled",
    "signed",
    "launched",
];
/// Determiners between such a verb and the amount.
const DETERMINERS: &[&str] = &["a", "an", "the", "its", "his", "her", "their", "up"];

/// `MoneyNoun`: an amount named by its noun rather than by a verb. Fines: "a EUR 1.1 million
/// fine on Google", "imposed a penalty of Rs 2.5 crore on X", "X faces a $5m fine"; purchases:
/// "the $5 billion takeover of Y by X", "X's $2bn acquisition of Y", "X completed its $2bn
/// purchase of Y", "X struck a $1bn deal to buy Y"; rounds: "X closed a Rs 200 crore Series B
/// round". An amount a `MoneyVerb` fact already used is skipped.
fn nominal<'a>(
    ctx: &Ctx<'a>,
    si: usize,
    a: usize,
    b: usize,
    disc: &mut Discourse<'a>,
    out: &mut Vec<Fact>,
) {
    let mut i = a;
    while i < b {
        let Some(m) = ctx
            .mention_starting_at(i)
            .filter(|m| m.label == Label::Money)
        else {
            i += 1;
            continue;
        };
        let last = ctx.last_token_of(m);
        i = last + 1;
        let Some(money) = m.money.as_ref() else {
            continue;
        };
        if out
            .iter()
            .rev()
            .take_while(|f| f.sentence == si)
            .any(|f| f.evidence_start <= m.start && f.evidence_end >= m.end)
        {
            continue;
        }
        // The noun: after the amount ("a $5m fine"), or before "of" ("a penalty of $5m").
        let mut n = last + 1;
        while n < b && n < last + 3 && ctx.is_any(n, NOUN_MODIFIERS) {
            n += 1;
        }
        let first = ctx.first_token_of(m);
        let before_of = first >= a + 2 && ctx.is(first - 1, "of");
        let (noun, after, lead) = if n < b && ctx.is_any(n, FINE_NOUNS) {
            (Noun::Fine, n + 1, first)
        } else if before_of && ctx.is_any(first - 2, FINE_NOUNS) {
            (Noun::Fine, last + 1, first - 2)
        } else if n < b && ctx.is_any(n, BUY_NOUNS) {
            (Noun::Buy, n + 1, first)
        } else if n + 2 < b
            && ctx.is(n, "deal")
            && ctx.is(n + 1, "to")
            && ctx.is_any(n + 2, &["buy", "acquire"])
        {
            (Noun::Buy, n + 3, first)
        } else if n < b && ctx.is_any(n, ROUND_NOUNS) {
            (Noun::Round, n + 1, first)
        } else if before_of && ctx.is_any(first - 2, &["fee", "price"]) {
            (Noun::Fee, last + 1, first - 2)
        } else {
            continue;
        };
        // The verb before the amount, past determiners: "imposed a", "completed its".
        let mut d = lead;
        while d > a && d + 3 > lead && ctx.is_any(d - 1, DETERMINERS) {
            d -= 1;
        }
        let verb = (d > a).then(|| d - 1);
        let (subject, pred, role) = match noun {
            Noun::Fine => {
                // "a $5m fine on Google": the party after "on"/"against".
                let on = (after + 1 < b && ctx.is_any(after, &["on", "against"]))
                    .then(|| {
                        let o = if ctx.is(after + 1, "the") {
                            after + 2
                        } else {
                            after + 1
                        };
                        actor_at(ctx, o, b)
                    })
                    .flatten();
                let bearer = || {
                    verb.filter(|&v| ctx.is_any(v, FINE_BEARERS)).and_then(|v| {
                        // "was hit with", "was slapped with": the verb before "with".
                        let v = if ctx.is(v, "with") && v > a { v - 1 } else { v };
                        subject_before(ctx, si, a, v, disc)
                    })
                };
                (on.or_else(bearer), "fined", None)
            }
            Noun::Buy => {
                let mut o = after;
                if o < b && ctx.is(o, "of") {
                    o += 1;
                }
                if o < b && ctx.is(o, "the") {
                    o += 1;
                }
                let target = actor_at(ctx, o, b).filter(|t| {
                    // "the $1bn purchase of Google shares": a part, not the company.
                    let e = ctx.tokens.partition_point(|k| k.end <= t.end);
                    e >= b
                        || !(ctx.is_possessive(e) || ctx.is_any(e, super::interaction::OWNED_PARTS))
                });
                let target_end = target
                    .as_ref()
                    .map(|t| ctx.tokens.partition_point(|k| k.end <= t.end));
                // The buyer: "by X" after the target, "X's" before the amount, or the subject
                // of "completed its", "struck a".
                let by = target_end
                    .filter(|&e| e + 1 < b && ctx.is(e, "by"))
                    .and_then(|e| actor_at(ctx, e + 1, b));
                let owner = || {
                    (lead >= a + 2 && ctx.is_possessive(lead - 1))
                        .then(|| ctx.mention_ending_at(lead - 2))
                        .flatten()
                        .filter(|m| is_actor(m))
                        .map(Ent::of)
                };
                let doer = || {
                    verb.filter(|&v| ctx.is_any(v, DEAL_VERBS))
                        .and_then(|v| subject_before(ctx, si, a, v, disc))
                };
                let buyer = by.or_else(owner).or_else(doer);
                match target {
                    Some(t) => (buyer, "acquires", Some(format!("for {}", t.name))),
                    None => (None, "acquires", None),
                }
            }
            // "United have agreed a fee of €95m with Ajax": the payer agreed or paid it.
            Noun::Fee => {
                let doer = verb
                    .filter(|&v| {
                        ctx.is_any(
                            v,
                            &["agreed", "agrees", "agree", "paid", "pays", "pay", "paying"],
                        )
                    })
                    .and_then(|v| subject_before(ctx, si, a, v, disc));
                (doer, "pays", to_or_for(ctx, after, b))
            }
            Noun::Round => {
                let doer = verb
                    .filter(|&v| ctx.is_any(v, DEAL_VERBS))
                    .and_then(|v| subject_before(ctx, si, a, v, disc));
                (doer, "raises", None)
            }
        };
        let Some(subject) = subject else {
            continue;
        };
        let start = subject.start.min(ctx.tokens[lead].start);
        let end = subject.end.max(m.end);
        let object = ctx.text[m.start..m.end].to_string();
        let base = fact(si, &subject, pred, object, "MoneyNoun", (start, end));
        let mut f = with_money(base, money, role);
        f.confidence = 0.65;
        let lead = (pred == "raises")
            .then(|| round_leader(ctx, after, b, &subject, &f))
            .flatten();
        disc.last_payer = Some((subject, si));
        out.push(f);
        out.extend(lead);
    }
}

/// "X raised $50m in a funding round led by Y": Y invests the amount in X (`MoneyVerb` or
/// `MoneyNoun`, like the round's fact). Scans the clause after the amount for "led by", then
/// past a place and up to three lower-case words ("led by U.S. venture firm Sequoia").
fn round_leader(ctx: &Ctx, from: usize, b: usize, raiser: &Ent, round: &Fact) -> Option<Fact> {
    let mut k = from;
    while k + 2 < b && k < from + 10 && !matches!(ctx.tok(k), "," | ";") {
        if ctx.is(k, "led") && ctx.is(k + 1, "by") {
            let mut o = k + 2;
            if ctx.is(o, "the") {
                o += 1;
            }
            if let Some(m) = ctx
                .mention_starting_at(o)
                .filter(|m| m.label == Label::Location)
            {
                o = ctx.last_token_of(m) + 1;
            } else if o < b && ctx.gaz.and_then(|g| g.demonym(ctx.tok(o))).is_some() {
                o += 1;
            }
            let start = o;
            while o < b && o < start + 3 && ctx.tokens[o].shape == crate::model::Shape::Lower {
                o += 1;
            }
            let investor = actor_at(ctx, o, b)?;
            let mut f = fact(
                round.sentence,
                &investor,
                "invests",
                round.object.clone(),
                round.rule,
                (round.evidence_start.min(investor.start), investor.end),
            );
            f.value = round.value;
            f.currency = round.currency.clone();
            f.role = Some(format!("in {}", raiser.name));
            f.confidence = 0.6;
            return Some(f);
        }
        k += 1;
    }
    None
}

#[derive(Clone, Copy)]
enum Noun {
    Fee,
    Fine,
    Buy,
    Round,
}

/// An actor mention starting at token `o`, extended like an organisation object.
/// Where an actor's name starts after one to `max` describing words from `t` (words that are
/// no mention and pass `describing`): "former partner Fiat", "Chennai-based supermarket chain
/// Annapoorna".
fn actor_after_description(
    ctx: &Ctx,
    t: usize,
    b: usize,
    max: usize,
    describing: impl Fn(usize) -> bool,
) -> Option<usize> {
    let mut d = t;
    while d < b && d < t + max && ctx.mention_at[d].is_none() && describing(d) {
        d += 1;
    }
    (d > t && ctx.mention_starting_at(d).is_some_and(is_actor)).then_some(d)
}

fn actor_at(ctx: &Ctx, o: usize, b: usize) -> Option<Ent> {
    let m = ctx.mention_starting_at(o).filter(|m| is_actor(m))?;
    Some(
        ctx.org_at(o, b)
            .filter(|_| m.label != Label::Person)
            .map(|(e, _)| e)
            .unwrap_or_else(|| Ent::of(m)),
    )
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
    let (e, next) = ctx.org_at(o, b)?;
    // "for US wine maker Robert Mondavi", "for the US unit": a place describing what is
    // bought; the name after the description, else the whole noun phrase.
    let place = ctx
        .mention_starting_at(o)
        .is_some_and(|m| m.label == Label::Location);
    let describes = |d: usize| {
        d < b && ctx.tokens[d].shape == crate::model::Shape::Lower && !ctx.is_function_word(d)
    };
    if place && describes(next) {
        let mut d = next;
        while d < next + 3 && describes(d) {
            d += 1;
        }
        return match ctx.mention_starting_at(d).filter(|m| is_actor(m)) {
            Some(m) => Some(format!("{word} {}", m.canonical)),
            None => Some(format!("{word} {}", ctx.span(k + 1, d - 1))),
        };
    }
    Some(format!("{word} {}", e.name))
}

/// A money fact's value, currency and role ("to Y", "for Y") from its MONEY mention.
fn with_money(mut f: Fact, money: &Money, role: Option<String>) -> Fact {
    f.value = Some(money.amount);
    f.currency = Some(money.currency.clone());
    f.role = role.map(|r| crate::model::single_spaced(&r).into_owned());
    f
}

#[cfg(test)]
mod tests {
    use super::super::tests::{all_facts, check, facts, role_of};

    #[test]
    fn money_rules_table() {
        check(&[
            // "The company" after a sentence that a firm opened is that firm, though another
            // is named more often; a firm's owned firm opening it is the subject.
            (
                "Carmaker plans new plants\n\nGoogle opened an office. Google hired staff. \
                 Tesla said sales rose. Its chief said the company would invest $5m in plants.",
                "Tesla",
                "invests",
                "$5m",
                true,
            ),
            (
                "Carmaker plans new plants\n\nGoogle opened an office. Google hired staff. \
                 Tesla said sales rose. Its chief said the company would invest $5m in plants.",
                "Google",
                "invests",
                "$5m",
                false,
            ),
            (
                "Tracker maker plans a hub\n\nGoogle opened an office. Google hired staff. \
                 Alphabet's Fitbit said sales rose. The company said it will spend $14m on a \
                 hub.",
                "Fitbit",
                "pays",
                "$14m",
                true,
            ),
            // A description of the payee or the fined party before its name.
            (
                "Tesla had to pay former partner Alphabet $1.5bn to leave.",
                "Tesla",
                "pays",
                "$1.5bn",
                true,
            ),
            (
                "The regulator fined the internet giant Google $5m on Monday.",
                "Google",
                "fined",
                "$5m",
                true,
            ),
            // Lower-case words with no name after them are no payee.
            (
                "Google will pay many more people $5m in bonuses.",
                "Google",
                "pays",
                "$5m",
                false,
            ),
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
                "Google agreed to buy Fitbit, the maker of fitness bands, for $2.1bn.",
                "Google",
                "acquires",
                "$2.1bn",
                true,
            ),
            (
                "Google, the owner of YouTube, was fined a record $5m.",
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
            (
                "Alphabet has paid a deposit of nearly $1.7bn to the SEC.",
                "Alphabet",
                "pays",
                "$1.7bn",
                true,
            ),
            (
                "Alphabet has paid a visit to Apple, a firm of $1.7bn in sales.",
                "Alphabet",
                "pays",
                "$1.7bn",
                false,
            ),
            // A sale: the buyer pays.
            (
                "Alphabet has sold its Fitbit unit to Apple for $11.5bn.",
                "Apple",
                "acquires",
                "$11.5bn",
                true,
            ),
            (
                "Alphabet has sold its Fitbit unit to Apple for $11.5bn.",
                "Alphabet",
                "acquires",
                "$11.5bn",
                false,
            ),
            (
                "Alphabet sold $11.5bn of bonds to investors.",
                "Alphabet",
                "acquires",
                "$11.5bn",
                false,
            ),
            (
                "Alphabet sold Fitbit to Apple, which paid for it later, for $2bn.",
                "Apple",
                "acquires",
                "$2bn",
                false,
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
    fn a_sale_names_what_the_buyer_paid_for() {
        let f = all_facts("Alphabet has sold its Fitbit unit to Apple for about $11.5bn.");
        let sale = f
            .iter()
            .find(|f| f.predicate == "acquires")
            .expect("a sale fact");
        assert_eq!(
            (sale.subject.as_str(), sale.role.as_deref(), sale.value),
            ("Apple", Some("for Fitbit"), Some(11_500_000_000.0))
        );
        let f = all_facts("Alphabet sold the old printing\nplant to Apple for $20m.");
        let sale = f
            .iter()
            .find(|f| f.predicate == "acquires")
            .expect("a sale fact");
        assert_eq!(sale.role.as_deref(), Some("for old printing plant"));
    }

    /// A share's target after a description, as after "stake in".
    #[test]
    fn a_share_of_a_described_target() {
        let got = facts("Apple bought 41% of US-based tracker maker Fitbit for $500 million.");
        assert!(
            got.iter().any(|(s, p, o, role)| s == "Apple"
                && *p == "acquires"
                && o == "$500 million"
                && role.as_deref() == Some("for Fitbit")),
            "{got:?}"
        );
    }

    /// "X said it would pay": a speaker nobody recognised is the firm the article named
    /// with that first word, not the last firm named; a pronoun is no such speaker.
    #[test]
    fn an_unrecognised_speaker_is_the_firm_it_begins() {
        let text = "Zorbo Hotels & Resorts grew. Tesla rose on Monday. \
                    Zorbo said it would pay $5m for the plant.";
        check(&[
            (text, "Zorbo Hotels & Resorts", "pays", "$5m", true),
            (text, "Tesla", "pays", "$5m", false),
            (
                "Tesla rose on Monday. It said it would pay $5m for the plant.",
                "Tesla",
                "pays",
                "$5m",
                true,
            ),
            (
                "Tesla rose on Monday. One said it would pay $5m for the plant.",
                "Tesla",
                "pays",
                "$5m",
                true,
            ),
        ]);
    }

    /// A place before a description names what is bought, not the thing itself: the name
    /// after the description ("for US wine maker Robert Mondavi"), else the noun phrase.
    #[test]
    fn a_place_describing_the_purchase_is_no_target() {
        let role_of = |text: &str| role_of(text, "pays", None);
        assert_eq!(
            role_of("Tesla has paid $1bn for Nebraska wine maker John Smith.").as_deref(),
            Some("for John Smith")
        );
        assert_eq!(
            role_of("Tesla will pay $339m for the Nebraska unit, it said.").as_deref(),
            Some("for the Nebraska unit")
        );
        assert_eq!(
            role_of("Tesla paid $5m for SpaceX on Monday.").as_deref(),
            Some("for SpaceX")
        );
    }

    #[test]
    fn purchase_prices_table() {
        check(&[
            // The passive names the thing bought, not the buyer.
            (
                "Tesla said it agreed to be acquired for $2 billion.",
                "Tesla",
                "acquires",
                "$2 billion",
                false,
            ),
            (
                "Tesla said it agreed to acquire SpaceX for $2 billion.",
                "Tesla",
                "acquires",
                "$2 billion",
                true,
            ),
            // A player signed or bought from a club for a fee; "signed" a deal is no purchase.
            (
                "Tesla signed John Smith from SpaceX for $24m on Monday.",
                "Tesla",
                "acquires",
                "$24m",
                true,
            ),
            (
                "Tesla bought John Smith from Russia for $24m on Monday.",
                "Tesla",
                "acquires",
                "$24m",
                true,
            ),
            (
                "Tesla signed a $30m sponsorship deal with SpaceX on Monday.",
                "Tesla",
                "acquires",
                "$30m",
                false,
            ),
            // "it" after a common noun's announcement is that body, which has no name here.
            (
                "The Tories won. The government announced it is to spend $200 million on drugs.",
                "Tories",
                "pays",
                "$200 million",
                false,
            ),
            (
                "Tesla announced it is to spend $200 million on plants.",
                "Tesla",
                "pays",
                "$200 million",
                true,
            ),
            // The owner of an intention: "Google's plan to buy".
            (
                "Apple rejected Google's plan to buy Fitbit for $2 billion.",
                "Google",
                "acquires",
                "$2 billion",
                true,
            ),
            (
                "Apple rejected Google's plan to buy Fitbit for $2 billion.",
                "Apple",
                "acquires",
                "$2 billion",
                false,
            ),
            // Verb with the target between verb and price.
            (
                "Elon Musk bought Tesla for $44 billion.",
                "Elon Musk",
                "acquires",
                "$44 billion",
                true,
            ),
            (
                "Google agreed to buy Fitbit for Rs 1,200 crore.",
                "Google",
                "acquires",
                "Rs 1,200 crore",
                true,
            ),
            (
                "Google acquired Fitbit in a $2 billion deal.",
                "Google",
                "acquires",
                "$2 billion",
                true,
            ),
            (
                "Google acquired Fitbit in a deal worth $2 billion.",
                "Google",
                "acquires",
                "$2 billion",
                true,
            ),
            (
                "Apple has agreed to buy a 74% stake in Fitbit for $500 million.",
                "Apple",
                "acquires",
                "$500 million",
                true,
            ),
            (
                "Apple bought a majority stake in US-based tracker maker Fitbit for $500 million.",
                "Apple",
                "acquires",
                "$500 million",
                true,
            ),
            (
                "Elon Musk, who bought Tesla for $44 billion in October, said it was worth it.",
                "Elon Musk",
                "acquires",
                "$44 billion",
                true,
            ),
            // Nouns.
            (
                "The $5 billion takeover of Fitbit by Google was approved.",
                "Google",
                "acquires",
                "$5 billion",
                true,
            ),
            (
                "Google's $2.1 billion acquisition of Fitbit closed in January.",
                "Google",
                "acquires",
                "$2.1 billion",
                true,
            ),
            (
                "Google completed its $2.1 billion purchase of Fitbit.",
                "Google",
                "acquires",
                "$2.1 billion",
                true,
            ),
            (
                "Google struck a $1 billion deal to buy Fitbit.",
                "Google",
                "acquires",
                "$1 billion",
                true,
            ),
            // Negatives: no buyer named, a price someone else quotes, an amount that is
            // revenue, a reported clause's "it" with an unnamed speaker.
            (
                "The $5 billion takeover of Fitbit was approved.",
                "Fitbit",
                "acquires",
                "$5 billion",
                false,
            ),
            (
                "Analysts valued the $2 billion acquisition of Fitbit highly.",
                "Fitbit",
                "acquires",
                "$2 billion",
                false,
            ),
            (
                "Google bought Fitbit, which reported $2 billion in revenue.",
                "Google",
                "acquires",
                "$2 billion",
                false,
            ),
            (
                "The ministry said it would spend $1.2bn on relief.",
                "Google",
                "pays",
                "$1.2bn",
                false,
            ),
            (
                "Google opened an office. The ministry said it would spend $1.2bn.",
                "Google",
                "pays",
                "$1.2bn",
                false,
            ),
            (
                "Google opened an office. The company said it would spend $1.2bn.",
                "Google",
                "pays",
                "$1.2bn",
                true,
            ),
            (
                "Google opened an office. It said it would spend $1.2bn.",
                "Google",
                "pays",
                "$1.2bn",
                true,
            ),
        ]);
        // The target goes to the role column, as "for X" (eval: acquire and value views).
        let f = all_facts("The $5 billion takeover of Fitbit by Google was approved.");
        assert_eq!(f[0].role.as_deref(), Some("for Fitbit"));
        assert_eq!(f[0].value, Some(5_000_000_000.0));
    }

    #[test]
    fn partners_before_and_pay_too() {
        check(&[
            // Both of two joined payers, past short asides; the relation word is no payer.
            (
                "He left. Tesla's chief executive Elon Musk, 49, and his partner Dmitry Peskov, \
                 a director, must pay $5 million each.",
                "Elon Musk",
                "pays",
                "$5 million",
                true,
            ),
            (
                "He left. Elon Musk, 49, and his partner Dmitry Peskov, a director, must pay \
                 $5 million each.",
                "Dmitry Peskov",
                "pays",
                "$5 million",
                true,
            ),
            (
                "He left. Google and Apple paid $5m to settle.",
                "Google",
                "pays",
                "$5m",
                true,
            ),
            (
                "He left. Google and Apple paid $5m to settle.",
                "Apple",
                "pays",
                "$5m",
                true,
            ),
            // Passive: the subject is paid, and pays nothing.
            (
                "He left. Elon Musk and Dmitry Peskov are to be paid $5m each.",
                "Dmitry Peskov",
                "pays",
                "$5m",
                false,
            ),
            // Not a name before "and" that is no actor, nor one of another kind, nor half of
            // one firm's name.
            (
                "He left. Sales rose at Google and Apple paid $5m to settle.",
                "Google",
                "pays",
                "$5m",
                false,
            ),
            (
                "He left. Google and Tesla Corp paid $5m to settle.",
                "Google",
                "pays",
                "$5m",
                false,
            ),
            (
                "He left. Google and Elon Musk paid $5m to settle.",
                "Google",
                "pays",
                "$5m",
                false,
            ),
        ]);
    }

    #[test]
    fn fines_and_rounds_table() {
        check(&[
            (
                "Google was fined $5 million.",
                "Google",
                "fined",
                "$5 million",
                true,
            ),
            (
                "Regulators imposed a EUR 1.1 million fine on Google.",
                "Google",
                "fined",
                "EUR 1.1 million",
                true,
            ),
            (
                "The SEC imposed a penalty of Rs 2.5 crore on Google.",
                "Google",
                "fined",
                "Rs 2.5 crore",
                true,
            ),
            (
                "Google faces a $5 million fine.",
                "Google",
                "fined",
                "$5 million",
                true,
            ),
            (
                "Google was hit with a $5 million penalty.",
                "Google",
                "fined",
                "$5 million",
                true,
            ),
            (
                "Google must pay a €2bn penalty.",
                "Google",
                "pays",
                "€2bn",
                true,
            ),
            (
                "Tesla closed a Rs 200 crore Series B round.",
                "Tesla",
                "raises",
                "Rs 200 crore",
                true,
            ),
            (
                "Tesla raised $50 million in a funding round led by Google.",
                "Tesla",
                "raises",
                "$50 million",
                true,
            ),
            (
                "Tesla raised $50 million in a funding round led by Google.",
                "Google",
                "invests",
                "$50 million",
                true,
            ),
            (
                "Tesla announced a $50 million funding round led by Russian investor Google.",
                "Google",
                "invests",
                "$50 million",
                true,
            ),
            (
                "Tesla, a carmaker that makes batteries, has raised $50 million.",
                "Tesla",
                "raises",
                "$50 million",
                true,
            ),
            (
                "Tesla, 49, has raised $50 million.",
                "Tesla",
                "raises",
                "$50 million",
                true,
            ),
            (
                "Apple has agreed a fee of $95m with Tesla.",
                "Apple",
                "pays",
                "$95m",
                true,
            ),
            // Negatives: the imposer is not fined, a fine on a day, a reported speaker inside
            // the appositive, a round nobody is said to close.
            (
                "The SEC imposed a $5 million fine on Google.",
                "SEC",
                "fined",
                "$5 million",
                false,
            ),
            (
                "Google paid a $5 million fine on Monday.",
                "Monday",
                "fined",
                "$5 million",
                false,
            ),
            (
                "Tesla, Apple said, has raised $50 million.",
                "Tesla",
                "raises",
                "$50 million",
                false,
            ),
            (
                "Tesla, Apple said, has raised $50 million.",
                "Apple",
                "raises",
                "$50 million",
                false,
            ),
            (
                "Analysts expect a $50 million Series B round.",
                "Tesla",
                "raises",
                "$50 million",
                false,
            ),
            (
                "Tesla raised $50 million, and Google led the round.",
                "Google",
                "invests",
                "$50 million",
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
