//! Co-mentions: pairs of named entities in the same sentence, for network analysis.
//!
//! Takes an [`Analysis`]; gives one [`CoMention`] per unordered pair of distinct canonical names
//! (PERSON, ORG, APP, PRODUCT, LOCATION) in one content sentence, `entity_a < entity_b`,
//! in sentence order. Not a fact: no verb links the two. Written as co_mentions.csv only on
//! request (`newsfacts extract --co-mentions`). Sentences with many entities give many pairs;
//! a sentence's pairs are capped at [`MAX_PAIRS_PER_SENTENCE`].

use crate::model::Analysis;

/// Bound on the pairs of one sentence (a list of 100 names would give 4,950).
pub const MAX_PAIRS_PER_SENTENCE: usize = 190;

/// Two entities named in one sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CoMention {
    pub sentence: usize,
    pub entity_a: String,
    pub entity_b: String,
}

/// The co-mentions of an article, skipping boilerplate, byline and dateline sentences.
pub fn co_mentions(a: &Analysis) -> Vec<CoMention> {
    let mut out = Vec::new();
    let mut names: Vec<&str> = Vec::new();
    let mut i = 0;
    while i < a.mentions.len() {
        let s = a.mentions[i].sentence;
        names.clear();
        while i < a.mentions.len() && a.mentions[i].sentence == s {
            let m = &a.mentions[i];
            if m.label.is_named() && m.zone.is_content() && !names.contains(&m.canonical.as_str()) {
                names.push(&m.canonical);
            }
            i += 1;
        }
        names.sort_unstable();
        let mut n = 0;
        'pairs: for (x, ea) in names.iter().enumerate() {
            for eb in &names[x + 1..] {
                if n == MAX_PAIRS_PER_SENTENCE {
                    break 'pairs;
                }
                out.push(CoMention {
                    sentence: s,
                    entity_a: ea.to_string(),
                    entity_b: eb.to_string(),
                });
                n += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Label, Mention, Zone};

    fn m(sentence: usize, name: &str, label: Label, zone: Zone) -> Mention {
        Mention {
            start: 0,
            end: 0,
            label,
            canonical: name.into(),
            source: String::new(),
            id: None,
            role: None,
            sentence,
            zone,
            money: None,
            value: None,
            entity: None,
        }
    }

    #[test]
    fn pairs_per_sentence() {
        let a = Analysis {
            mentions: vec![
                m(0, "Musk", Label::Person, Zone::Body),
                m(0, "Putin", Label::Person, Zone::Body),
                m(0, "$5", Label::Money, Zone::Body),
                m(0, "Musk", Label::Person, Zone::Body),
                m(1, "Kremlin", Label::Org, Zone::Body),
                m(2, "Google", Label::Org, Zone::Boilerplate),
                m(2, "Apple", Label::Org, Zone::Boilerplate),
            ],
            ..Default::default()
        };
        let got: Vec<(usize, String, String)> = co_mentions(&a)
            .into_iter()
            .map(|c| (c.sentence, c.entity_a, c.entity_b))
            .collect();
        // One pair: money is no entity, a repeat is no pair, one name is no pair, boilerplate is out.
        assert_eq!(got, vec![(0, "Musk".to_string(), "Putin".to_string())]);
    }
}
