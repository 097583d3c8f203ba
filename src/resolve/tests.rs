//! Resolver tests over hand-made mentions: each case is a text, its mentions (surface and
//! label, in text order; `=canonical` and `#id` suffixes set recognition's canonical and id)
//! and the expected grouping as entity letters.

use super::*;
use crate::model::Mention;

/// Builds mentions from `specs` like `"Putin:PERSON"`, `"ISS:LOCATION=International Space
/// Station"`, `"Russia:LOCATION#Q159"`, `"Smith:PERSON@boilerplate"`.
fn mentions(text: &str, specs: &[&str]) -> Vec<Mention> {
    let mut cursor = 0;
    specs
        .iter()
        .map(|spec| {
            let (spec, furniture) = match spec.strip_suffix("@boilerplate") {
                Some(s) => (s, true),
                None => (*spec, false),
            };
            let (spec, id) = match spec.split_once('#') {
                Some((s, id)) => (s, Some(id.to_string())),
                None => (spec, None),
            };
            let (spec, canonical) = match spec.split_once('=') {
                Some((s, c)) => (s, Some(c.to_string())),
                None => (spec, None),
            };
            let (surface, label) = spec.rsplit_once(':').expect("surface:LABEL");
            let start = cursor + text[cursor..].find(surface).expect("surface in text");
            let end = start + surface.len();
            cursor = end;
            Mention {
                start,
                end,
                label: Label::parse(label).expect("label"),
                canonical: canonical.unwrap_or_else(|| surface.to_string()),
                source: "test".into(),
                id,
                role: None,
                sentence: 0,
                zone: if furniture {
                    Zone::Boilerplate
                } else {
                    Zone::Body
                },
                money: None,
                value: None,
                entity: None,
            }
        })
        .collect()
}

/// Entity letters per mention ("aab-" : first two one entity, third another, fourth none).
fn grouping(ms: &[Mention]) -> String {
    ms.iter()
        .map(|m| m.entity.map_or('-', |e| (b'a' + e as u8) as char))
        .collect()
}

fn run(text: &str, specs: &[&str], merges: &MergeRules) -> (String, Vec<Entity>, Vec<Mention>) {
    let mut ms = mentions(text, specs);
    let entities = resolve(&mut ms, None, text, merges);
    (grouping(&ms), entities, ms)
}

#[test]
fn grouping_table() {
    // (rule, text, mentions, expected grouping)
    let cases: &[(&str, &str, &[&str], &str)] = &[
        (
            "PersonShortForm: surname after",
            "Vladimir Putin spoke. Putin left. Putin's aide said.",
            &["Vladimir Putin:PERSON", "Putin:PERSON", "Putin's:PERSON"],
            "aaa",
        ),
        (
            "PersonShortForm: surname before the full name (headline)",
            "Peskov Speaks\n\nDmitry Peskov said so.",
            &["Peskov:PERSON", "Dmitry Peskov:PERSON"],
            "aa",
        ),
        (
            "PersonShortForm: first name only",
            "Elon Musk joined. Elon said hi.",
            &["Elon Musk:PERSON", "Elon:PERSON"],
            "aa",
        ),
        (
            "PersonShortForm: two people share a surname",
            "David Smith met John Smith. Smith said no.",
            &["David Smith:PERSON", "John Smith:PERSON", "Smith:PERSON"],
            "abc",
        ),
        (
            "PersonShortForm: two people share a first name, surname still resolves",
            "David Smith met David Jones. Smith said no. David left.",
            &[
                "David Smith:PERSON",
                "David Jones:PERSON",
                "Smith:PERSON",
                "David:PERSON",
            ],
            "abac",
        ),
        (
            "PersonShortForm: never a non-person",
            "Tesla Motors hired Nikola Tesla's heir. Tesla said.",
            &["Tesla Motors:ORG", "Nikola Tesla's:PERSON", "Tesla:ORG"],
            "abc",
        ),
        (
            "PersonShortForm: body short form ignores furniture-only names",
            "Johnson said. Related: Boris Johnson quits",
            &["Johnson:PERSON", "Boris Johnson:PERSON@boilerplate"],
            "ab",
        ),
        (
            "TitleStripped + case variant",
            "President Putin and PUTIN and Vladimir Putin.",
            &[
                "President Putin:PERSON",
                "PUTIN:PERSON",
                "Vladimir Putin:PERSON",
            ],
            "aaa",
        ),
        (
            "Acronym: defined by recognition's canonical",
            "International Space Station (ISS). The ISS is old.",
            &[
                "International Space Station:LOCATION",
                "ISS:LOCATION=International Space Station",
                "ISS:LOCATION=International Space Station",
            ],
            "aaa",
        ),
        (
            "Acronym: initials, no definition",
            "The European Central Bank met. The ECB held rates.",
            &["European Central Bank:ORG", "ECB:ORG"],
            "aa",
        ),
        (
            "Acronym: two names with the same initials stay apart",
            "British Airways and Bank of America; BA said.",
            &["British Airways:ORG", "Bank of America:ORG", "BA:ORG"],
            "abc",
        ),
        (
            "SameCanonical: gazetteer alias and known acronym",
            "The US and the United States. Google, owned by Alphabet.",
            &[
                "US:LOCATION=United States#Q30",
                "United States:LOCATION#Q30",
                "Google:ORG=Alphabet",
                "Alphabet:ORG",
            ],
            "aabb",
        ),
        (
            "SameCanonical: ORG and APP of one platform",
            "Twitter said. Posted on Twitter.",
            &["Twitter:ORG", "Twitter:APP"],
            "aa",
        ),
        (
            "OrgCore: keyword and legal form",
            "Cranfield University said. Cranfield agreed. Apple Inc. and Apple.",
            &[
                "Cranfield University:ORG",
                "Cranfield:ORG",
                "Apple Inc.:ORG",
                "Apple:ORG",
            ],
            "aabb",
        ),
        (
            "OrgCore: a chain of one name's cores is one organisation",
            "Kavach Fintech Pvt Ltd was fined. Kavach Fintech Pvt appealed. Kavach Fintech said.",
            &[
                "Kavach Fintech Pvt Ltd:ORG",
                "Kavach Fintech Pvt:ORG",
                "Kavach Fintech:ORG",
            ],
            "aaa",
        ),
        (
            "OrgCore: two firms with one core stay apart",
            "Harris Corp and Harris Holdings Ltd met. Harris said.",
            &["Harris Corp:ORG", "Harris Holdings Ltd:ORG", "Harris:ORG"],
            "abc",
        ),
        (
            "OrgCore: a national adjective in another language",
            "Deutsche Lufthansa AG said. Lufthansa agreed.",
            &["Deutsche Lufthansa AG:ORG", "Lufthansa:ORG"],
            "aa",
        ),
        (
            "OrgCore: leading country",
            "US Department of Justice sued. The Department of Justice said.",
            &["US Department of Justice:ORG", "Department of Justice:ORG"],
            "aa",
        ),
        (
            "PluralVariant and Abbreviation",
            "The Tories and a Tory MP. Lib Dems and the Liberal Democrats; a Lib Dem.",
            &[
                "Tories:ORG",
                "Tory:ORG",
                "Lib Dems:ORG",
                "Liberal Democrats:ORG",
                "Lib Dem:ORG",
            ],
            "aabbb",
        ),
        (
            "PluralVariant: not for people",
            "Robin Williams and Robin William met.",
            &["Robin Williams:PERSON", "Robin William:PERSON"],
            "ab",
        ),
        (
            "Acronym: a capitals word gives all its letters",
            "The UK Independence Party (UKIP) won. UKIP said.",
            &["UK Independence Party:ORG", "UKIP:ORG", "UKIP:ORG"],
            "aaa",
        ),
        (
            "values are not entities",
            "Musk paid $5 million.",
            &["Musk:PERSON", "$5 million:MONEY"],
            "a-",
        ),
    ];
    for (rule, text, specs, want) in cases {
        let (got, _, _) = run(text, specs, &MergeRules::default());
        assert_eq!(&got, want, "{rule}");
    }
}

#[test]
fn canonical_is_fullest_and_written_back() {
    let text = "Putin Speaks\n\nRussian President Vladimir Putin said. Putin's aide.";
    let (_, entities, ms) = run(
        text,
        &["Putin:PERSON", "Vladimir Putin:PERSON", "Putin's:PERSON"],
        &MergeRules::default(),
    );
    assert_eq!(entities.len(), 1);
    assert_eq!(entities[0].canonical, "Vladimir Putin");
    assert_eq!(entities[0].id, "PERSON:vladimir putin");
    assert_eq!(entities[0].mentions, vec![0, 1, 2]);
    assert!(ms.iter().all(|m| m.canonical == "Vladimir Putin"));
}

#[test]
fn ids_come_from_the_whole_entity() {
    let text = "Russia and the US. Tesla and Smith.";
    let (_, entities, _) = run(
        text,
        &[
            "Russia:LOCATION#Q159",
            "US:LOCATION=United States#Q30",
            "Tesla:ORG#1318605",
            "Smith:PERSON",
        ],
        &MergeRules::default(),
    );
    let ids: Vec<&str> = entities.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["Q159", "Q30", "ORG#1318605", "PERSON:smith"]);
    assert_eq!(entities[1].canonical, "United States");
}

#[test]
fn merge_rules_force_and_forbid() {
    let text = "Boris Johnson spoke. Johnson left. BoJo waved.";
    let specs = ["Boris Johnson:PERSON", "Johnson:PERSON", "BoJo:PERSON"];
    // Forbid: the bare surname stays apart.
    let forbid =
        MergeRules::parse("m", "PERSON:johnson\tPERSON:boris johnson\tdifferent\n").expect("ok");
    let (got, entities, _) = run(text, &specs, &forbid);
    assert_eq!(got, "abc");
    assert_eq!(entities[1].id, "PERSON:johnson");
    // Force: the nickname joins, and the entity takes the smaller id of the class.
    let force = MergeRules::parse("m", "PERSON:boris johnson\tPERSON:bojo\tsame\n").expect("ok");
    let (got, entities, _) = run(text, &specs, &force);
    assert_eq!(got, "aaa");
    assert_eq!(entities[0].id, "PERSON:bojo");
    assert_eq!(entities[0].canonical, "Boris Johnson");
}

#[test]
fn entity_keys_and_gazetteer_ids() {
    let cases = [
        (Label::Person, "Elon  Musk", "PERSON:elon musk"),
        (Label::Org, "AT&T Inc.", "ORG:at t inc"),
        (Label::Location, "São Paulo", "LOCATION:sao paulo"),
        (Label::Org, "...", "ORG:..."),
    ];
    for (label, canonical, want) in cases {
        assert_eq!(entity_key(label, canonical), want);
    }
    assert_eq!(gazetteer_entity_id(Label::Location, "Q159"), "Q159");
    assert_eq!(gazetteer_entity_id(Label::Org, "1318605"), "ORG#1318605");
    assert_eq!(gazetteer_entity_id(Label::App, "Qt"), "APP#Qt");
}

/// Thousands of mentions of a few names: the indexes keep it fast (no pairwise loop).
#[test]
fn many_mentions_stay_linear() {
    let mut text = String::new();
    let mut specs = Vec::new();
    for i in 0..5000 {
        match i % 3 {
            0 => {
                text.push_str("Elon Musk x. ");
                specs.push("Elon Musk:PERSON");
            }
            1 => {
                text.push_str("Musk x. ");
                specs.push("Musk:PERSON");
            }
            _ => {
                text.push_str("SpaceX x. ");
                specs.push("SpaceX:ORG");
            }
        }
    }
    let started = std::time::Instant::now();
    let (_, entities, _) = run(&text, &specs, &MergeRules::default());
    assert_eq!(entities.len(), 2);
    assert!(started.elapsed().as_secs() < 2, "{:?}", started.elapsed());
}

#[test]
fn word_count_counts_as_split_whitespace() {
    let cases = [
        ("Elon Musk", 2),
        ("  Elon \t Musk\n", 2),
        ("a\x0Bb\x0Cc\rd", 4),
        ("a\x1Cb", 1), // not white space
        ("", 0),
        ("   ", 0),
        ("Müller\u{A0}AG", 2), // no-break space: not ASCII, counted as str does
        ("Müller AG", 2),
    ];
    for (name, want) in cases {
        assert_eq!(super::word_count(name), want, "{name:?}");
        assert_eq!(name.split_whitespace().count(), want, "{name:?}");
    }
}
