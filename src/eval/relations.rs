//! Readers for relation-extraction gold sets: CoNLL04, FIRE and KnowledgeNet.
//!
//! Takes a CoNLL04 file (`*.spans.jsonl`: one sentence per line with `tokens`, `entities`
//! (token spans with `type`) and `relations` (`type`, `head`, `tail` entity indices)) or a FIRE
//! file (a JSON array of the same shape, `fire_*.json`); gives [`GoldDoc`]s, one per sentence,
//! whose text is the tokens joined back into running text and whose `relations` are
//! (subject, predicate, object) triples in our predicates, so [`super::evaluate_facts`] scores
//! them like news gold. Entities are not carried over (only facts are scored). Mapping:
//!
//! | gold relation | our predicate | our facts that can match |
//! |---|---|---|
//! | CoNLL04 `Work_For` (Peop → Org) | `role` | role facts (subject, object) |
//! | FIRE `Employeeof` (Person → Company, BusinessUnit) | `role` | role facts |
//! | FIRE `Designation` (Person → Designation) | `designation` | role facts: (subject, role text) |
//! | FIRE `ActionBuy` (Company → Company, …) | `acquire` | interaction facts with role `acquire`; `acquires` money facts "for X" |
//! | FIRE `Value` (Company, BusinessUnit → Money) | `value` | `acquires` money facts: (X of "for X", amount) |
//!
//! | KnowledgeNet `EMPLOYEE_OR_MEMBER_OF` (person → organisation) | `role` | role facts |
//! | KnowledgeNet `CEO` (organisation → person) | `role` | role facts (person, organisation) |
//!
//! Other relation types (Kill, Live_In, Located_In, Actionin, SPOUSE, …) have no predicate of
//! ours and are dropped.
//!
//! KnowledgeNet (`knowledgenet_*.jsonl`, one fact per line with its `passageText`) becomes one
//! document per passage, and only passages annotated for one of the two properties above are
//! kept: a fact line with null texts marks a passage annotated as having none, so every role
//! fact predicted there is spurious. Facts with a pronoun for a side ("He", "my", "which") are dropped:
//! they name nobody in the passage, and newsfacts resolves no pronouns. The set annotates
//! membership of organisations, so a role at a place ("governor of Texas") counts as spurious
//! there: its role precision is a lower bound.
//!
//! Places (CoNLL04 `Loc`, FIRE `Location` and `GeopoliticalEntity`) go to the document's
//! `ignore` spans: GUIDELINE.md gives a role at a place ("the president of the United States")
//! as a `role` fact, but these sets annotate employment by organisations only, so a role fact
//! whose object is a place is not scored there (see [`super::evaluate_facts`]).

use super::gold::{GoldDoc, GoldError, GoldSpan, Scheme};
use serde::Deserialize;
use std::path::Path;

#[derive(Deserialize)]
struct Instance {
    tokens: Vec<String>,
    entities: Vec<Entity>,
    #[serde(default)]
    relations: Vec<Relation>,
    #[serde(default)]
    orig_id: Option<serde_json::Value>,
}

#[derive(Deserialize)]
struct Entity {
    #[serde(rename = "type")]
    kind: String,
    start: usize,
    end: usize,
}

#[derive(Deserialize)]
struct Relation {
    #[serde(rename = "type")]
    kind: String,
    head: usize,
    tail: usize,
}

/// Whether `path` looks like a relation gold file this module reads.
pub fn is_relation_gold(path: &Path) -> bool {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    name.ends_with(".spans.jsonl")
        || is_knowledgenet(name)
        || (name.starts_with("fire_") && name.ends_with(".json") && !name.ends_with("_types.json"))
}

fn is_knowledgenet(file_name: &str) -> bool {
    file_name.starts_with("knowledgenet") && file_name.ends_with(".jsonl")
}

/// Our predicate for a gold relation type between entity types, or `None` to drop it.
fn predicate(kind: &str, head: &str, tail: &str) -> Option<&'static str> {
    Some(match (kind, head, tail) {
        ("Work_For", "Peop", "Org") => "role",
        ("Employeeof", "Person", "Company" | "BusinessUnit") => "role",
        ("Designation", "Person", "Designation") => "designation",
        ("ActionBuy", "Company", _) => "acquire",
        ("Value", "Company" | "BusinessUnit", "Money") => "value",
        _ => return None,
    })
}

/// Tokens joined into running text the way news prints them ("O 'Brien" → "O'Brien",
/// "$ 800 million" → "$800 million"); returns the text and each token's byte span.
pub fn detokenize(tokens: &[String]) -> (String, Vec<(usize, usize)>) {
    const NO_SPACE_BEFORE: &[&str] = &[
        ",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "’s", "n't", "'", "'re", "'ve",
        "'ll", "'d", "'m",
    ];
    const NO_SPACE_AFTER: &[&str] = &["(", "[", "{", "$", "£", "€", "US$", "#"];
    let mut text = String::new();
    let mut spans = Vec::with_capacity(tokens.len());
    let mut open_quote = false;
    let mut glue_next = true;
    for t in tokens {
        let t = t.as_str();
        let is_quote = t == "\"";
        let glue = glue_next
            || NO_SPACE_BEFORE.contains(&t)
            || (t.starts_with('\'') && t.len() <= 6 && t.len() > 1)
            || (is_quote && open_quote);
        if !glue {
            text.push(' ');
        }
        let start = text.len();
        text.push_str(t);
        spans.push((start, text.len()));
        glue_next = NO_SPACE_AFTER.contains(&t) || (is_quote && !open_quote);
        if is_quote {
            open_quote = !open_quote;
        }
    }
    (text, spans)
}

/// One line of a KnowledgeNet facts file (only the fields read here).
#[derive(Deserialize)]
struct KnowledgeNetFact {
    #[serde(rename = "documentId")]
    document: String,
    #[serde(rename = "passageStart")]
    passage_start: usize,
    #[serde(rename = "passageText")]
    passage: String,
    property: String,
    #[serde(rename = "subjectText")]
    subject: Option<String>,
    #[serde(rename = "objectText")]
    object: Option<String>,
}

/// Pronouns, possessives and relative pronouns that KnowledgeNet gives as a fact's side.
fn is_pronoun(s: &str) -> bool {
    const PRONOUNS: &[&str] = &[
        "he", "she", "they", "him", "her", "his", "hers", "them", "their", "i", "me", "my", "we",
        "us", "our", "you", "your", "who", "whom", "whose", "which", "that", "it", "its",
    ];
    PRONOUNS.contains(&s.trim().to_lowercase().as_str())
}

/// KnowledgeNet facts as one gold document per passage annotated for a role property.
fn load_knowledgenet(raw: &str, shown: &str) -> Result<Vec<GoldDoc>, GoldError> {
    let mut problems = Vec::new();
    // Passages in file order, keyed by (document, passage start).
    let mut order: Vec<(String, usize)> = Vec::new();
    let mut passages: std::collections::HashMap<(String, usize), GoldDoc> = Default::default();
    for (n, line) in raw.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let f = match serde_json::from_str::<KnowledgeNetFact>(line) {
            Ok(f) => f,
            Err(e) => {
                problems.push(format!("line {}: invalid JSON: {e}", n + 1));
                continue;
            }
        };
        // (person, organisation) of the two properties that are roles.
        let (person, org) = match f.property.as_str() {
            "EMPLOYEE_OR_MEMBER_OF" => (f.subject, f.object),
            "CEO" => (f.object, f.subject),
            _ => continue,
        };
        let key = (f.document.clone(), f.passage_start);
        let doc = passages.entry(key.clone()).or_insert_with(|| {
            order.push(key);
            GoldDoc {
                id: format!("{}@{}", f.document, f.passage_start),
                source: format!("{shown}:{}", n + 1),
                scheme: Scheme::Guideline,
                text: f.passage.clone(),
                entities: vec![],
                ignore: vec![],
                relations: vec![],
            }
        });
        if let (Some(person), Some(org)) = (person, org) {
            if !is_pronoun(&person) && !is_pronoun(&org) {
                let fact =
                    serde_json::json!({"subject": person, "predicate": "role", "object": org});
                if !doc.relations.contains(&fact) {
                    doc.relations.push(fact);
                }
            }
        }
    }
    if !problems.is_empty() {
        return Err(GoldError::Invalid {
            path: shown.to_string(),
            problems,
        });
    }
    Ok(order
        .into_iter()
        .filter_map(|k| passages.remove(&k))
        .collect())
}

/// Loads a CoNLL04, FIRE or KnowledgeNet file as gold documents with relation triples.
pub fn load_relation_gold(path: impl AsRef<Path>) -> Result<Vec<GoldDoc>, GoldError> {
    let path = path.as_ref();
    let shown = path.display().to_string();
    let raw = std::fs::read_to_string(path).map_err(|source| GoldError::Io {
        path: shown.clone(),
        source,
    })?;
    if is_knowledgenet(path.file_name().and_then(|n| n.to_str()).unwrap_or("")) {
        return load_knowledgenet(&raw, &shown);
    }
    let mut problems = Vec::new();
    let mut instances: Vec<(String, Instance)> = Vec::new();
    if raw.trim_start().starts_with('[') {
        match serde_json::from_str::<Vec<Instance>>(&raw) {
            Ok(v) => instances.extend(
                v.into_iter()
                    .enumerate()
                    .map(|(i, x)| (format!("{shown}#{i}"), x)),
            ),
            Err(e) => problems.push(format!("invalid JSON array: {e}")),
        }
    } else {
        for (n, line) in raw.lines().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            match serde_json::from_str::<Instance>(line) {
                Ok(x) => instances.push((format!("{shown}:{}", n + 1), x)),
                Err(e) => problems.push(format!("line {}: invalid JSON: {e}", n + 1)),
            }
        }
    }
    let mut docs = Vec::with_capacity(instances.len());
    for (source, x) in instances {
        let (text, spans) = detokenize(&x.tokens);
        let surface = |e: &Entity| -> Option<String> {
            if e.start >= e.end || e.end > spans.len() {
                return None;
            }
            Some(text[spans[e.start].0..spans[e.end - 1].1].to_string())
        };
        let mut relations = Vec::new();
        for r in &x.relations {
            let (Some(h), Some(t)) = (x.entities.get(r.head), x.entities.get(r.tail)) else {
                problems.push(format!(
                    "{source}: relation {} points past the entities",
                    r.kind
                ));
                continue;
            };
            let Some(p) = predicate(&r.kind, &h.kind, &t.kind) else {
                continue;
            };
            let (Some(hs), Some(ts)) = (surface(h), surface(t)) else {
                problems.push(format!("{source}: entity span out of range"));
                continue;
            };
            relations.push(serde_json::json!({"subject": hs, "predicate": p, "object": ts}));
        }
        let ignore = x
            .entities
            .iter()
            .filter(|e| matches!(e.kind.as_str(), "Loc" | "Location" | "GeopoliticalEntity"))
            .filter_map(|e| {
                let (s, t) = (spans.get(e.start)?.0, spans.get(e.end.checked_sub(1)?)?.1);
                Some(GoldSpan {
                    start: text[..s].chars().count(),
                    end: text[..t].chars().count(),
                    text: Some(text[s..t].to_string()),
                })
            })
            .collect();
        let id = match &x.orig_id {
            Some(v) => format!(
                "{}:{}",
                path.file_name().and_then(|n| n.to_str()).unwrap_or(""),
                v
            ),
            None => source.clone(),
        };
        docs.push(GoldDoc {
            id,
            source,
            scheme: Scheme::Guideline,
            text,
            entities: vec![],
            ignore,
            relations,
        });
    }
    if !problems.is_empty() {
        return Err(GoldError::Invalid {
            path: shown,
            problems,
        });
    }
    Ok(docs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detokenize_table() {
        let cases: &[(&[&str], &str)] = &[
            (
                &["said", "Kevin", "O", "'Brien", ",", "a", "spokesman", "."],
                "said Kevin O'Brien, a spokesman.",
            ),
            (
                &["for", "$", "800", "million", "(", "US", ")"],
                "for $800 million (US)",
            ),
            (&["he", "said", "\"", "yes", "\"", "."], "he said \"yes\"."),
            (&["Musk", "'s", "plan"], "Musk's plan"),
        ];
        for (tokens, want) in cases {
            let tokens: Vec<String> = tokens.iter().map(|t| t.to_string()).collect();
            let (text, spans) = detokenize(&tokens);
            assert_eq!(text, *want);
            for (t, (s, e)) in tokens.iter().zip(spans) {
                assert_eq!(&text[s..e], t);
            }
        }
    }

    #[test]
    fn places_are_ignored_spans() {
        let dir = std::env::temp_dir().join(format!("newsfacts-rel-loc-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let conll = dir.join("y.spans.jsonl");
        std::fs::write(&conll, r#"{"tokens": ["Ann", "Lee", "of", "Acme", "in", "Ohio"], "entities": [{"type": "Peop", "start": 0, "end": 2}, {"type": "Org", "start": 3, "end": 4}, {"type": "Loc", "start": 5, "end": 6}], "relations": []}"#).expect("write");
        let docs = load_relation_gold(&conll).expect("loads");
        let ignored: Vec<_> = docs[0]
            .ignore
            .iter()
            .map(|s| (s.start, s.end, s.text.clone()))
            .collect();
        // Only the place, not the person or the organisation.
        assert_eq!(ignored, vec![(19, 23, Some("Ohio".to_string()))]);
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn knowledgenet_passages_keep_role_facts_with_named_people() {
        let dir = std::env::temp_dir().join(format!("newsfacts-rel-kn-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("knowledgenet_x.jsonl");
        let p1 = "Ann Lee is CEO of Acme. He joined Bolt.";
        let line =
            |doc: &str, start: usize, text: &str, prop: &str, s: Option<&str>, o: Option<&str>| {
                serde_json::json!({"documentId": doc, "passageStart": start, "passageText": text,
                "property": prop, "subjectText": s, "objectText": o})
                .to_string()
            };
        let lines = [
            line("1", 0, p1, "CEO", Some("Acme"), Some("Ann Lee")),
            line(
                "1",
                0,
                p1,
                "EMPLOYEE_OR_MEMBER_OF",
                Some("He"),
                Some("Bolt"),
            ),
            line("1", 0, p1, "SPOUSE", Some("Ann Lee"), Some("Bo")),
            // A passage annotated as having no role: kept, with no gold fact.
            line("2", 5, "Bo Ek sings.", "EMPLOYEE_OR_MEMBER_OF", None, None),
            // A passage with other properties only: not annotated for roles, dropped.
            line(
                "3",
                0,
                "Cy Day wed Di.",
                "SPOUSE",
                Some("Cy Day"),
                Some("Di"),
            ),
        ];
        std::fs::write(&path, lines.join("\n")).expect("write");
        assert!(is_relation_gold(&path));
        let docs = load_relation_gold(&path).expect("loads");
        let got: Vec<_> = docs
            .iter()
            .map(|d| (d.id.as_str(), d.text.as_str(), d.relations.clone()))
            .collect();
        assert_eq!(
            got,
            vec![
                (
                    "1@0",
                    p1,
                    vec![
                        serde_json::json!({"subject": "Ann Lee", "predicate": "role", "object": "Acme"})
                    ]
                ),
                ("2@5", "Bo Ek sings.", vec![]),
            ]
        );
        std::fs::write(&path, "{\"documentId\": 1}\n").expect("write");
        let err = load_relation_gold(&path).expect_err("bad line").to_string();
        assert!(err.contains("line 1"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn reads_both_shapes_and_maps_relations() {
        let dir = std::env::temp_dir().join(format!("newsfacts-rel-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let conll = dir.join("x.spans.jsonl");
        std::fs::write(&conll, r#"{"orig_id": 1, "tokens": ["Ann", "Lee", "works", "for", "Acme", "."], "entities": [{"type": "Peop", "start": 0, "end": 2}, {"type": "Org", "start": 4, "end": 5}], "relations": [{"type": "Work_For", "head": 0, "tail": 1}, {"type": "Kill", "head": 0, "tail": 1}]}"#).expect("write");
        let docs = load_relation_gold(&conll).expect("loads");
        assert_eq!(docs.len(), 1);
        assert_eq!(docs[0].text, "Ann Lee works for Acme.");
        assert_eq!(
            docs[0].relations,
            vec![serde_json::json!({"subject": "Ann Lee", "predicate": "role", "object": "Acme"})]
        );
        let fire = dir.join("fire_x.json");
        std::fs::write(&fire, r#"[{"tokens": ["Ann", "Lee", ",", "CEO", "of", "Acme"], "entities": [{"type": "Person", "start": 0, "end": 2}, {"type": "Designation", "start": 3, "end": 4}, {"type": "Company", "start": 5, "end": 6}], "relations": [{"type": "Designation", "head": 0, "tail": 1}, {"type": "Employeeof", "head": 0, "tail": 2}]}]"#).expect("write");
        let docs = load_relation_gold(&fire).expect("loads");
        assert_eq!(docs[0].relations.len(), 2);
        assert!(is_relation_gold(&fire) && is_relation_gold(&conll));
        // A relation pointing past the entities is an error naming the record.
        std::fs::write(&fire, r#"[{"tokens": ["a"], "entities": [], "relations": [{"type": "Value", "head": 0, "tail": 3}]}]"#).expect("write");
        let err = load_relation_gold(&fire)
            .expect_err("bad index")
            .to_string();
        assert!(err.contains("fire_x.json#0"), "{err}");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
