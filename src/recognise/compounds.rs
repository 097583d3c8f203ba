//! `CompoundHead`: the name inside a describing compound, "a Pune-based lender", "New
//! York-based", "Meta-owned WhatsApp", "the US-led coalition".
//!
//! Tokens keep their inner hyphens ("France-Presse", "49-year-old"), so no other rule sees a
//! name that only such a compound holds: this one reads the part before the participle. The
//! participle says what to look for: after "based", "born", "headquartered" or "registered" a
//! place; after "owned", "backed", "led", "run", "controlled" or "funded" an agent: a firm or
//! body, a country, or a name the article already knows (a person: "Musk-owned"); after
//! "listed" the market, a place or an exchange ("Sydney-listed", "Nasdaq-listed").
//! Demonyms ("British-based"), party adjectives ("Labour-led": GUIDELINE.md), common words
//! ("State-owned") and towns as agents ("Tata-owned": a city in the lists) give nothing.

use super::{strength, Candidate, Doc};
use crate::gazetteer::{GazLabel, Gazetteer};
use crate::model::{Label, Shape};

/// Participles after which the head is where something is.
const PLACE_PARTICIPLES: [&str; 4] = ["based", "born", "headquartered", "registered"];
/// Participles after which the head is who has or does something.
const AGENT_PARTICIPLES: [&str; 6] = ["owned", "backed", "led", "run", "controlled", "funded"];

/// What a participle asks of the name before it.
#[derive(Clone, Copy, PartialEq)]
enum Want {
    /// Where: any place.
    Place,
    /// Who: a firm or body, a country, a person the article knows.
    Agent,
    /// A market: a place or an exchange ("listed").
    Market,
}

/// Candidates for the heads of describing compounds that no candidate in `found` covers.
pub fn heads(doc: &Doc, gaz: &Gazetteer, found: &[Candidate]) -> Vec<Candidate> {
    let mut out = Vec::new();
    for range in &doc.sentence_tokens {
        for i in range.clone() {
            let tok = doc.tok(i);
            let Some((head, participle)) = tok.rsplit_once('-') else {
                continue;
            };
            let participle = participle.to_ascii_lowercase();
            let want = if PLACE_PARTICIPLES.contains(&participle.as_str()) {
                Want::Place
            } else if AGENT_PARTICIPLES.contains(&participle.as_str()) {
                Want::Agent
            } else if participle == "listed" {
                Want::Market
            } else {
                continue;
            };
            if !head.starts_with(|c: char| c.is_uppercase()) || head.contains('-') {
                continue;
            }
            let end = doc.tokens[i].start + head.len();
            // The longest name ending at the hyphen: up to three capitalised words before it
            // ("San Francisco-based", "Hong Kong-based").
            let firsts = (range.start.max(i.saturating_sub(3))..=i).filter(|&k| {
                (k..i).all(|j| {
                    matches!(doc.tokens[j].shape, Shape::Capitalised | Shape::AllCaps)
                        && doc.tokens[j].end < doc.tokens[j + 1].start
                })
            });
            let covered = |start: usize| found.iter().any(|c| c.start < end && start < c.end);
            // The longest name the article or a list knows decides, taken or not: "Hong
            // Kong-listed" is no "Kong". A capital "The" opens no head ("The Netherlands").
            for k in firsts.filter(|&k| !doc.tok(k).eq_ignore_ascii_case("the")) {
                let start = doc.tokens[k].start;
                if covered(start) {
                    continue;
                }
                if let Some(reading) = head_candidate(doc, gaz, found, start, end, want) {
                    out.extend(reading);
                    break;
                }
            }
        }
    }
    out
}

/// The name `doc.text[start..end]` as the head of a compound: `None` when neither the article
/// nor a list knows it, `Some(None)` when they do but not as what the participle asks for.
fn head_candidate(
    doc: &Doc,
    gaz: &Gazetteer,
    found: &[Candidate],
    start: usize,
    end: usize,
    want: Want,
) -> Option<Option<Candidate>> {
    let surface = &doc.text[start..end];
    let make = |label, canonical: &str, id: Option<String>| Candidate {
        start,
        end,
        label,
        canonical: canonical.to_string(),
        source: "rule:CompoundHead".to_string(),
        id,
        role: None,
        money: None,
        value: None,
        strength: strength::GAZETTEER,
    };
    let all_caps = !surface.chars().any(char::is_lowercase);
    let common = !all_caps && gaz.common_level(&surface.to_lowercase()).is_some();
    let listed = gaz
        .find(surface)
        .into_iter()
        .find(|m| m.start == 0 && m.end == surface.len());
    // "Labour-led": a party adjective (GUIDELINE.md), whatever the article calls Labour.
    let party = listed.as_ref().is_some_and(|m| {
        m.entries
            .iter()
            .any(|&e| &*gaz.entry(e).subtype == "political_party")
    });
    if gaz.demonym(surface).is_some() || party {
        return Some(None);
    }
    // A name the article already has, with its reading there; a common word only where the
    // article found it as a name on its own evidence ("Apple-owned" in an Apple story, not
    // "Bank-funded" after "World Bank").
    if let Some(c) = found.iter().find(|c| {
        &doc.text[c.start..c.end] == surface
            && matches!(
                c.label,
                Label::Person | Label::Org | Label::Location | Label::App
            )
            && (!common || c.strength >= strength::GAZETTEER)
    }) {
        let fits = match want {
            Want::Place => c.label == Label::Location,
            Want::Agent => c.label != Label::App,
            Want::Market => matches!(c.label, Label::Location | Label::Org),
        };
        return Some(fits.then(|| make(c.label, &c.canonical, c.id.clone())));
    }
    if common {
        return Some(None);
    }
    let m = listed?;
    // Only entries listed with the text's capitals ("US", not "Us"; "SoftBank").
    let entries: Vec<_> = m
        .entries
        .iter()
        .zip(gaz.match_names(&m))
        .filter(|&(_, name)| name == surface || (all_caps && name.len() == surface.len()))
        .map(|(&e, _)| gaz.entry(e))
        .collect();
    let location = entries.iter().find(|e| {
        e.label == GazLabel::Location
            && (want != Want::Agent || matches!(&*e.subtype, "country" | "territory" | "state"))
    });
    let org = || {
        entries.iter().find(|e| {
            e.label == GazLabel::Org
                && want != Want::Place
                && !matches!(&*e.subtype, "political_party" | "club")
        })
    };
    let (label, e) = match (location, org()) {
        (Some(e), _) => (Label::Location, e),
        (None, Some(e)) => (Label::Org, e),
        (None, None) => return Some(None),
    };
    Some(Some(make(
        label,
        &e.canonical,
        (!e.id.is_empty()).then(|| e.id.to_string()),
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::GazetteerBuilder;
    use crate::model::{Zone, ZoneSpan};
    use crate::segment;

    fn gaz() -> Gazetteer {
        let rows = "name\tcanonical\tlabel\tsubtype\tid\tsource\n\
                    Pune\tPune\tLOCATION\tcity\t\ttest\n\
                    New York\tNew York\tLOCATION\tcity\t\ttest\n\
                    York\tYork\tLOCATION\tcity\t\ttest\n\
                    US\tUnited States\tLOCATION\tcountry\tQ30\ttest\n\
                    Tata\tTata\tLOCATION\tcity\t\ttest\n\
                    Hong Kong\tHong Kong\tLOCATION\tcity\t\ttest\n\
                    Kong\tKong\tORG\tcompany\t\ttest\n\
                    The Netherlands\tNetherlands\tLOCATION\tcountry\t\ttest\n\
                    Netherlands\tNetherlands\tLOCATION\tcountry\t\ttest\n\
                    Bank\tBank\tORG\tbank\t\ttest\n\
                    bank\tbank\tCOMMON\t10\t\ttest\n\
                    Zorbex\tZorbex\tORG\tcompany\t\ttest\n\
                    Labour\tLabour Party\tORG\tpolitical_party\t\ttest\n\
                    British\tUnited Kingdom\tDEMONYM\t\t\ttest\n\
                    state\tstate\tCOMMON\t5\t\ttest\n";
        let mut b = GazetteerBuilder::new();
        b.add_tsv("test.tsv", rows).expect("fixture parses");
        b.build().expect("fixture builds")
    }

    /// (sentence, found heads as (text, label)).
    fn run(text: &str, gaz: &Gazetteer, found: &[Candidate]) -> Vec<(String, Label)> {
        let body = [ZoneSpan {
            zone: Zone::Body,
            start: 0,
            end: text.len(),
        }];
        let sentences = segment::sentences(text, &body);
        let tokens = segment::tokenize(text, &sentences);
        let doc = Doc::new(text, &sentences, &tokens);
        heads(&doc, gaz, found)
            .into_iter()
            .map(|c| (text[c.start..c.end].to_string(), c.label))
            .collect()
    }

    #[test]
    fn compound_heads() {
        let gaz = gaz();
        let loc = Label::Location;
        let cases: &[(&str, &[(&str, Label)])] = &[
            ("A Pune-based lender fell.", &[("Pune", loc)]),
            ("The New York-based bank rose.", &[("New York", loc)]),
            (
                "A London-born writer and a Pune-Based firm.",
                &[("Pune", loc)],
            ),
            (
                "The US-led coalition and a Zorbex-owned unit.",
                &[("US", loc), ("Zorbex", Label::Org)],
            ),
            ("A Zorbex-based unit.", &[]),
            // Agents: no town, party, demonym or common word.
            (
                "A Tata-owned firm, a Labour-led council, a British-based group.",
                &[],
            ),
            ("State-owned banks and a state-run firm.", &[]),
            // The longest listed name decides: a city is no agent, and "Kong" is not tried.
            ("The Hong Kong-owned unit.", &[]),
            // "listed": the market, a place or an exchange.
            ("The Hong Kong-listed unit.", &[("Hong Kong", loc)]),
            ("A Zorbex-listed fund.", &[("Zorbex", Label::Org)]),
            ("A Hong Kong-based unit.", &[("Hong Kong", loc)]),
            ("The Netherlands-based group.", &[("Netherlands", loc)]),
            ("A Bank-funded project.", &[]),
            // Not a participle of the lists; lower-case heads.
            ("A Pune-style dish and a pune-based firm.", &[]),
        ];
        for (text, want) in cases {
            let got = run(text, &gaz, &[]);
            let want: Vec<_> = want.iter().map(|&(t, l)| (t.to_string(), l)).collect();
            assert_eq!(got, want, "{text}");
        }
    }

    #[test]
    fn the_articles_reading_wins_and_covered_heads_are_left() {
        let gaz = gaz();
        let text = "Tata said so. A Tata-owned firm and a Pune-based one.";
        let cand = |start: usize, end: usize, label| Candidate {
            start,
            end,
            label,
            canonical: text[start..end].to_string(),
            source: "test".into(),
            id: None,
            role: None,
            money: None,
            value: None,
            strength: strength::GAZETTEER,
        };
        let tata = cand(0, 4, Label::Org);
        assert_eq!(
            run(text, &gaz, std::slice::from_ref(&tata)),
            [
                ("Tata".to_string(), Label::Org),
                ("Pune".to_string(), Label::Location)
            ]
        );
        // A candidate over the head already: nothing more.
        let pune = text.find("Pune").unwrap();
        assert_eq!(
            run(text, &gaz, &[tata, cand(pune, pune + 4, Label::Location)]),
            [("Tata".to_string(), Label::Org)]
        );
        // A party stays an adjective; a common word counts only where the article found it
        // on its own evidence, not as a short form.
        let text = "Labour won. Bank rose. A Labour-led council, a Bank-funded plan.";
        let labour = cand(0, 6, Label::Org);
        let mut bank = cand(12, 16, Label::Org);
        bank.strength = strength::PROPAGATED;
        assert_eq!(run(text, &gaz, &[labour.clone(), bank.clone()]), []);
        bank.strength = strength::GAZETTEER;
        assert_eq!(
            run(text, &gaz, &[labour, bank]),
            [("Bank".to_string(), Label::Org)]
        );
        // An article's person is an agent ("Musk-owned"), never a place.
        let text = "Zed Quux spoke. A Quux-owned firm, a Quux-based one.";
        let quux = cand(4, 8, Label::Person);
        assert_eq!(
            run(text, &gaz, &[quux]),
            [("Quux".to_string(), Label::Person)]
        );
    }
}
