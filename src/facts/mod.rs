//! Facts: roles, ages and payments, read off the mentions of one article.
//!
//! Takes the text, sentences, tokens and resolved mentions; gives [`Fact`]s, each with the
//! sentence and the byte span of its evidence and the rule that produced it. Rules:
//!
//! | rule | pattern | fact |
//! |---|---|---|
//! | `RolePrefix` | ORG/place/demonym ['s] title PERSON ("Kremlin spokesman Dmitry Peskov") | role |
//! | `RoleAppositive` | PERSON, [the] title of/at ORG ("Sundar Pichai, chief executive of Alphabet") | role |
//! | `RoleAgeNoun` | the AGE ORG [and ORG] title ("the 49-year-old SpaceX and Tesla CEO"), about the last person named | role per ORG, age |
//! | `AgeApposition` | PERSON, N, ("Musk, 49,") or PERSON (N) | age |
//! | `AgeNoun` | AGE ("49-year-old") next to a person, or about the last person named | age |
//! | `MoneyVerb` | ORG/PERSON … pay/raise/invest/acquire/fine … MONEY; "X costs ORG MONEY" | pays, raises, invests, acquires, fined |
//!
//! Boilerplate, byline and dateline sentences give no facts. Quotes (`said`) and
//! interactions are not extracted yet.

use crate::gazetteer::Gazetteer;
use crate::model::{Fact, Label, Mention, Sentence, Shape, Token};

/// Words that may make up a role between an organisation and a person, beyond the title list.
const ROLE_WORDS: &[&str] = &[
    "chief",
    "executive",
    "deputy",
    "vice",
    "former",
    "acting",
    "senior",
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
];

/// Honorifics, kept out of role texts.
const HONORIFICS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Miss", "Dr", "Sir", "Dame", "Lord", "Lady", "Prof",
];

/// Money verbs and the predicate each gives.
const MONEY_VERBS: &[(&str, &str)] = &[
    ("pay", "pays"),
    ("pays", "pays"),
    ("paid", "pays"),
    ("paying", "pays"),
    ("cost", "pays"),
    ("costs", "pays"),
    ("spend", "pays"),
    ("spent", "pays"),
    ("spends", "pays"),
    ("raise", "raises"),
    ("raises", "raises"),
    ("raised", "raises"),
    ("raising", "raises"),
    ("invest", "invests"),
    ("invests", "invests"),
    ("invested", "invests"),
    ("investing", "invests"),
    ("acquire", "acquires"),
    ("acquires", "acquires"),
    ("acquired", "acquires"),
    ("buy", "acquires"),
    ("buys", "acquires"),
    ("bought", "acquires"),
    ("fined", "fined"),
    ("fine", "fined"),
];

struct Ctx<'a> {
    text: &'a str,
    tokens: &'a [Token],
    mentions: &'a [Mention],
    gaz: Option<&'a Gazetteer>,
    /// For each token, the index of the mention covering it.
    mention_at: Vec<Option<usize>>,
}

impl<'a> Ctx<'a> {
    fn tok(&self, i: usize) -> &'a str {
        &self.text[self.tokens[i].start..self.tokens[i].end]
    }

    fn lower(&self, i: usize) -> String {
        self.tok(i).to_lowercase()
    }

    fn is_role_word(&self, i: usize) -> bool {
        let w = self.lower(i);
        ROLE_WORDS.contains(&w.as_str())
            || self
                .gaz
                .and_then(|g| g.title(self.tok(i)))
                .is_some_and(|e| e.subtype != "other" && e.source != "nameparser")
    }

    /// The mention ending exactly at token `i` (inclusive).
    fn mention_ending_at(&self, i: usize) -> Option<&'a Mention> {
        let m = &self.mentions[self.mention_at[i]?];
        (m.end == self.tokens[i].end).then_some(m)
    }

    fn mention_starting_at(&self, i: usize) -> Option<&'a Mention> {
        let m = &self.mentions[self.mention_at[i]?];
        (m.start == self.tokens[i].start).then_some(m)
    }

    fn first_token_of(&self, m: &Mention) -> usize {
        self.tokens.partition_point(|t| t.start < m.start)
    }

    fn last_token_of(&self, m: &Mention) -> usize {
        self.tokens
            .partition_point(|t| t.end <= m.end)
            .saturating_sub(1)
    }
}

fn entity_id(m: &Mention) -> Option<String> {
    m.id.clone().or_else(|| {
        Some(format!(
            "{}:{}",
            m.label.as_str().to_lowercase(),
            m.canonical.to_lowercase()
        ))
    })
}

fn fact(
    s: usize,
    subject: &Mention,
    predicate: &'static str,
    object: String,
    rule: &'static str,
    evidence: (usize, usize),
) -> Fact {
    Fact {
        sentence: s,
        subject: subject.canonical.clone(),
        subject_id: entity_id(subject),
        predicate,
        object,
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
        let a = tokens.partition_point(|t| t.start < m.start);
        let mut t = a;
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
    };
    let mut out = Vec::new();
    // The person a definite description ("the 49-year-old CEO") most likely means: the one
    // named most often in earlier sentences (ties: the latest), never one named in the same
    // sentence ("Peskov said ... the 49-year-old CEO's proposal" is not about Peskov).
    let mut seen: Vec<(&Mention, usize)> = Vec::new();
    let mut t0 = 0;
    for (si, s) in sentences.iter().enumerate() {
        let a = t0 + tokens[t0..].partition_point(|t| t.start < s.start);
        let b = a + tokens[a..].partition_point(|t| t.end <= s.end);
        t0 = b;
        if !s.zone.is_content() {
            continue;
        }
        let salient = seen.iter().max_by_key(|(_, n)| *n).map(|(m, _)| *m);
        roles_and_ages(&ctx, si, a, b, salient, &mut out);
        money_facts(&ctx, si, a, b, &mut out);
        for m in mentions
            .iter()
            .filter(|m| m.label == Label::Person && m.start >= s.start && m.end <= s.end)
        {
            match seen.iter_mut().find(|(p, _)| p.canonical == m.canonical) {
                Some(entry) => {
                    entry.1 += 1;
                    entry.0 = m;
                }
                None => seen.push((m, 1)),
            }
            // Latest wins ties: move it to the end so max_by_key (last max) picks it.
            if let Some(pos) = seen.iter().position(|(p, _)| p.canonical == m.canonical) {
                let e = seen.remove(pos);
                seen.push(e);
            }
        }
    }
    out
}

fn is_entity(m: &Mention, labels: &[Label]) -> bool {
    labels.contains(&m.label)
}

fn roles_and_ages<'a>(
    ctx: &Ctx<'a>,
    si: usize,
    a: usize,
    b: usize,
    salient: Option<&'a Mention>,
    out: &mut Vec<Fact>,
) {
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
                role_prefix(ctx, si, a, first, m, out);
                role_appositive(ctx, si, last, b, m, out);
                age_apposition(ctx, si, last, b, m, out);
            }
            Label::Age => age_noun(ctx, si, a, last, b, m, salient, out),
            _ => {}
        }
        i = last + 1;
    }
}

/// `RolePrefix`: "Kremlin spokesman Dmitry Peskov", "Russian President Vladimir Putin",
/// "Alphabet's CEO Sundar Pichai".
fn role_prefix(
    ctx: &Ctx,
    si: usize,
    a: usize,
    first: usize,
    person: &Mention,
    out: &mut Vec<Fact>,
) {
    // An honorific right before the name is no part of the role ("chairman Mr Alan Greenspan").
    let mut role_end = first;
    while role_end > a && HONORIFICS.contains(&ctx.tok(role_end - 1).trim_end_matches('.')) {
        role_end -= 1;
    }
    let mut k = role_end;
    while k > a && k + 5 > role_end && ctx.is_role_word(k - 1) && ctx.mention_at[k - 1].is_none() {
        k -= 1;
    }
    if k == role_end || k == a {
        return;
    }
    let role = ctx.text[ctx.tokens[k].start..ctx.tokens[role_end - 1].end].to_string();
    let mut o = k - 1;
    if matches!(ctx.tok(o), "'s" | "’s") && o > a {
        o -= 1;
    }
    let evidence = (ctx.tokens[o].start, person.end);
    if let Some(org) = ctx
        .mention_ending_at(o)
        .filter(|m| is_entity(m, &[Label::Org, Label::Location]))
    {
        let mut f = fact(
            si,
            person,
            "role",
            org.canonical.clone(),
            "RolePrefix",
            (org.start, evidence.1),
        );
        f.role = Some(role);
        f.object_id = entity_id(org);
        out.push(f);
    } else if let Some(country) = ctx.gaz.and_then(|g| g.demonym(ctx.tok(o))) {
        let mut f = fact(
            si,
            person,
            "role",
            country.canonical.clone(),
            "RolePrefix",
            evidence,
        );
        f.role = Some(role);
        f.object_id = (!country.id.is_empty()).then(|| country.id.clone());
        f.confidence = 0.7;
        out.push(f);
    }
}

/// `RoleAppositive`: "Sundar Pichai, chief executive of Alphabet", "Stefan Schilbe, analyst at HSBC".
fn role_appositive(
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
    while k < b && matches!(ctx.lower(k).as_str(), "the" | "a" | "an" | "its" | "former") {
        k += 1;
    }
    let role_start = k;
    while k < b
        && k < role_start + 6
        && (ctx.is_role_word(k)
            || (ctx.tokens[k].shape == Shape::Lower
                && !matches!(
                    ctx.tok(k),
                    "of" | "at" | "for" | "with" | "and" | "said" | "says"
                )))
        && ctx.mention_at[k].is_none()
    {
        k += 1;
    }
    if k == role_start || k + 1 >= b || !(role_start..k).any(|r| ctx.is_role_word(r)) {
        return;
    }
    if !matches!(ctx.tok(k), "of" | "at" | "for" | "with") {
        return;
    }
    let mut o = k + 1;
    if o < b && ctx.lower(o) == "the" {
        o += 1;
    }
    let Some(org) = (o < b)
        .then(|| ctx.mention_starting_at(o))
        .flatten()
        .filter(|m| is_entity(m, &[Label::Org, Label::Location]))
    else {
        return;
    };
    let mut f = fact(
        si,
        person,
        "role",
        org.canonical.clone(),
        "RoleAppositive",
        (person.start, org.end),
    );
    f.role = Some(ctx.text[ctx.tokens[role_start].start..ctx.tokens[k - 1].end].to_string());
    f.object_id = entity_id(org);
    out.push(f);
}

/// `AgeApposition`: "Musk, 49," and "Musk (49)".
fn age_apposition(
    ctx: &Ctx,
    si: usize,
    last: usize,
    b: usize,
    person: &Mention,
    out: &mut Vec<Fact>,
) {
    let (open, close) = match ctx.tokens.get(last + 1).map(|_| ctx.tok(last + 1)) {
        Some(",") => (",", ","),
        Some("(") => ("(", ")"),
        _ => return,
    };
    let _ = open;
    let n = last + 2;
    if n + 1 >= b.max(n + 1) || ctx.tokens[n].shape != Shape::Digits || ctx.tok(n + 1) != close {
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
        person,
        "age",
        age.to_string(),
        "AgeApposition",
        (person.start, ctx.tokens[n + 1].end),
    );
    f.value = Some(f64::from(age));
    out.push(f);
}

/// `AgeNoun` and `RoleAgeNoun`: "the 30-year-old actor Leonardo DiCaprio", "the 49-year-old
/// SpaceX and Tesla CEO" (about the last person named).
#[allow(clippy::too_many_arguments)]
fn age_noun<'a>(
    ctx: &Ctx<'a>,
    si: usize,
    a: usize,
    last: usize,
    b: usize,
    age: &Mention,
    last_person: Option<&'a Mention>,
    out: &mut Vec<Fact>,
) {
    let Some(value) = age.value.as_deref().and_then(|v| v.parse::<f64>().ok()) else {
        return;
    };
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
    // A person named within the next few tokens is the subject; else the last person named.
    let next_person = (last + 1..b.min(last + 6)).find_map(|t| {
        ctx.mention_starting_at(t)
            .filter(|m| m.label == Label::Person)
    });
    let preceded_by_the = age.start > 0 && last > a && {
        let first = ctx.first_token_of(age);
        first > a && matches!(ctx.lower(first - 1).as_str(), "the" | "a")
    };
    let subject = match (next_person, last_person) {
        (Some(p), _) if orgs.is_empty() => p,
        (_, Some(p)) if preceded_by_the => p,
        _ => return,
    };
    let mut f = fact(
        si,
        subject,
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
                subject,
                "role",
                org.canonical.clone(),
                "RoleAgeNoun",
                (age.start, ctx.tokens[k].end),
            );
            f.role = Some(role.clone());
            f.object_id = entity_id(org);
            f.confidence = 0.7;
            out.push(f);
        }
    }
}

/// `MoneyVerb`: "Monsanto has agreed to pay a $1.5m fine", "costs NASA around $80 million".
fn money_facts(ctx: &Ctx, si: usize, a: usize, b: usize, out: &mut Vec<Fact>) {
    for v in a..b {
        let w = ctx.lower(v);
        let Some(&(_, predicate)) = MONEY_VERBS.iter().find(|(verb, _)| *verb == w) else {
            continue;
        };
        // The money: first MONEY mention after the verb in the sentence.
        let Some(money_m) = (v + 1..b).find_map(|t| {
            ctx.mention_starting_at(t)
                .filter(|m| m.label == Label::Money)
        }) else {
            continue;
        };
        let actors = [Label::Org, Label::Person];
        // "X costs NASA $80 million": the payer follows the verb.
        let after = (w == "costs" || w == "cost")
            .then(|| {
                ctx.mention_starting_at(v + 1)
                    .filter(|m| is_entity(m, &actors))
            })
            .flatten();
        let before = (a..v)
            .rev()
            .find_map(|t| ctx.mention_ending_at(t).filter(|m| is_entity(m, &actors)));
        let Some(subject) = after.or(before) else {
            continue;
        };
        let Some(money) = money_m.money.as_ref() else {
            continue;
        };
        let mut f = fact(
            si,
            subject,
            predicate,
            ctx.text[money_m.start..money_m.end].to_string(),
            "MoneyVerb",
            (
                subject.start.min(money_m.start),
                subject.end.max(money_m.end),
            ),
        );
        f.value = Some(money.amount);
        f.currency = Some(money.currency.clone());
        f.confidence = if after.is_some() || v - 1 < a + 8 {
            0.75
        } else {
            0.6
        };
        out.push(f);
        return; // one money fact per sentence: the first verb decides
    }
}

#[cfg(test)]
mod tests {
    use crate::gazetteer::GazetteerBuilder;
    use crate::model::Article;
    use crate::pipeline::Pipeline;
    use crate::recognise::Recogniser;
    use std::sync::Arc;

    fn pipeline() -> Pipeline {
        let tsv = "name\tcanonical\tlabel\tsubtype\tid\tsource
Elon\tElon\tPERSON\tgiven\t\ttest
Dmitry\tDmitry\tPERSON\tgiven\t\ttest
Vladimir\tVladimir\tPERSON\tgiven\t\ttest
Sundar\tSundar\tPERSON\tgiven\t\ttest
Musk\tMusk\tPERSON\tsurname\t\ttest
President\tPresident\tTITLE\tpolitical\t\ttest
spokesman\tspokesman\tTITLE\tcorporate\t\ttest
CEO\tCEO\tTITLE\tcorporate\t\ttest
Russian\tRussia\tDEMONYM\t\t\ttest
Russia\tRussia\tLOCATION\tcountry\tQ159\ttest
Kremlin\tKremlin\tORG\tgovernment\t\ttest
SpaceX\tSpaceX\tORG\tcompany\t\ttest
Tesla\tTesla\tORG\tcompany\t\ttest
NASA\tNASA\tORG\tagency\t\ttest
Alphabet\tAlphabet\tORG\tcompany\t\ttest
Google\tGoogle\tORG\tcompany\t\ttest
Alan\tAlan\tPERSON\tgiven\t\ttest
Mr\tMr\tTITLE\thonorific\t\ttest
chairman\tchairman\tTITLE\tcorporate\t\ttest
Federal Reserve\tFederal Reserve\tORG\tcentral_bank\t\ttest
";
        let mut b = GazetteerBuilder::new();
        b.add_tsv("test.tsv", tsv).expect("fixture parses");
        Pipeline::new(Recogniser::new(Arc::new(
            b.build().expect("fixture builds"),
        )))
    }

    fn facts(text: &str) -> Vec<(String, &'static str, String, Option<String>)> {
        let a = pipeline().analyse(Article {
            text: text.into(),
            ..Default::default()
        });
        a.facts
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

    fn has(text: &str, subject: &str, predicate: &str, object: &str) -> bool {
        facts(text)
            .iter()
            .any(|(s, p, o, _)| s == subject && *p == predicate && o == object)
    }

    #[test]
    fn fact_rules_table() {
        // (text, subject, predicate, object, expected)
        let cases: &[(&str, &str, &str, &str, bool)] = &[
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
            // Negatives: reported speech is no role; a count is no age; no money verb, no payment.
            (
                "Dmitry Peskov said Russia would wait.",
                "Dmitry Peskov",
                "role",
                "Russia",
                false,
            ),
            (
                "Elon Musk, 2021, was a good year.",
                "Elon Musk",
                "age",
                "2021",
                false,
            ),
            (
                "Google reported $76 million in revenue.",
                "Google",
                "pays",
                "$76 million",
                false,
            ),
            ("Elon Musk met 49 people.", "Elon Musk", "age", "49", false),
        ];
        for (text, s, p, o, want) in cases {
            assert_eq!(
                has(text, s, p, o),
                *want,
                "{text:?} → ({s}, {p}, {o}): {:?}",
                facts(text)
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

    #[test]
    fn boilerplate_gives_no_facts() {
        let text = "Markets Wrap\n\nShares rose.\n\nComments\n\nKremlin spokesman Dmitry Peskov said so.\n";
        assert!(facts(text).is_empty(), "{:?}", facts(text));
    }
}
