//! CoNLL-2003 column files as gold documents.
//!
//! Takes the text of a CoNLL file (token first, NER tag last on each line; blank lines between
//! sentences; `-DOCSTART-` lines between documents). Gives one [`GoldDoc`] per document whose
//! text is rebuilt by joining tokens with one space and sentences with a blank line (`"\n\n"`:
//! CoNLL's sentences are the annotators' units, so no name may run across one, as a name
//! wrapped over a single line break may in running text), with code-point
//! spans: PER → PERSON, ORG → ORG, LOC → LOCATION, and MISC spans as `ignore` spans.
//! Both IOB1 (`I-` everywhere, `B-` between adjacent same-type names) and IOB2 are read.
//! It does not keep POS or chunk columns.

use super::gold::{GoldDoc, GoldEntity, GoldSpan, Scheme};
use crate::model::Label;

/// Parses CoNLL text; documents are named `{stem}-{n}` (n from 1); `Err` lists `file:line` problems.
pub(crate) fn parse_conll(
    content: &str,
    path: &str,
    stem: &str,
) -> Result<Vec<GoldDoc>, Vec<String>> {
    let mut b = Builder {
        path,
        stem,
        docs: Vec::new(),
        problems: Vec::new(),
        doc: None,
    };
    for (i, line) in content.lines().enumerate() {
        let line_no = i + 1;
        let mut cols = line.split_whitespace();
        let Some(token) = cols.next() else {
            b.end_sentence();
            continue;
        };
        if token == "-DOCSTART-" {
            b.finish_doc();
            b.start_doc(line_no);
            continue;
        }
        let Some(tag) = cols.last() else {
            b.problems.push(format!(
                "{path}:{line_no}: token {token:?} has no tag column"
            ));
            continue;
        };
        b.token(token, tag, line_no);
    }
    b.finish_doc();
    if b.problems.is_empty() {
        Ok(b.docs)
    } else {
        Err(b.problems)
    }
}

/// An open name: its type ("PER", ...) and code-point start.
struct Open {
    kind: String,
    start: usize,
}

struct DocState {
    line: usize,
    text: String,
    /// Code points in `text` (spans are code points).
    chars: usize,
    /// A sentence has tokens since the last break.
    in_sentence: bool,
    open: Option<Open>,
    entities: Vec<GoldEntity>,
    ignore: Vec<GoldSpan>,
}

struct Builder<'a> {
    path: &'a str,
    stem: &'a str,
    docs: Vec<GoldDoc>,
    problems: Vec<String>,
    doc: Option<DocState>,
}

impl Builder<'_> {
    fn start_doc(&mut self, line: usize) {
        self.doc = Some(DocState {
            line,
            text: String::new(),
            chars: 0,
            in_sentence: false,
            open: None,
            entities: Vec::new(),
            ignore: Vec::new(),
        });
    }

    fn token(&mut self, token: &str, tag: &str, line_no: usize) {
        if self.doc.is_none() {
            // Tokens before any -DOCSTART- form a document of their own.
            self.start_doc(line_no);
        }
        let (prefix, kind) = match tag.split_once('-') {
            None if tag == "O" => ("O", ""),
            Some((p @ ("B" | "I"), k @ ("PER" | "ORG" | "LOC" | "MISC"))) => (p, k),
            _ => {
                self.problems
                    .push(format!("{}:{line_no}: unknown NER tag {tag:?}", self.path));
                ("O", "")
            }
        };
        let Some(doc) = self.doc.as_mut() else { return };
        // A name continues only with I- of the same type on the same sentence.
        let continues = prefix == "I" && doc.open.as_ref().is_some_and(|o| o.kind == kind);
        if !continues {
            doc.close();
        }
        if doc.in_sentence {
            doc.text.push(' ');
            doc.chars += 1;
        } else if !doc.text.is_empty() {
            doc.text.push_str("\n\n");
            doc.chars += 2;
        }
        doc.in_sentence = true;
        if prefix != "O" && !continues {
            doc.open = Some(Open {
                kind: kind.to_string(),
                start: doc.chars,
            });
        }
        doc.text.push_str(token);
        doc.chars += token.chars().count();
    }

    fn end_sentence(&mut self) {
        if let Some(doc) = self.doc.as_mut() {
            doc.close();
            doc.in_sentence = false;
        }
    }

    fn finish_doc(&mut self) {
        let Some(mut doc) = self.doc.take() else {
            return;
        };
        doc.close();
        if doc.text.is_empty() {
            return;
        }
        let n = self.docs.len() + 1;
        self.docs.push(GoldDoc {
            id: format!("{}-{n}", self.stem),
            source: format!("{}:{}", self.path, doc.line),
            scheme: Scheme::Conll,
            text: doc.text,
            entities: doc.entities,
            ignore: doc.ignore,
            relations: Vec::new(),
        });
    }
}

impl DocState {
    /// Closes the open name at the current end of the text.
    fn close(&mut self) {
        let Some(open) = self.open.take() else { return };
        let (start, end) = (open.start, self.chars);
        let surface: String = self.text.chars().skip(start).collect();
        let label = match open.kind.as_str() {
            "PER" => Label::Person,
            "ORG" => Label::Org,
            "LOC" => Label::Location,
            _ => {
                self.ignore.push(GoldSpan {
                    start,
                    end,
                    text: Some(surface),
                });
                return;
            }
        };
        self.entities.push(GoldEntity {
            start,
            end,
            label,
            text: surface,
            canonical: None,
            amount: None,
            amount_max: None,
            currency: None,
            approx: false,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny invented fixture in CoNLL-2003 layout (IOB1), with a second document in IOB2.
    const FIXTURE: &str = "\
-DOCSTART- -X- O O

KESTREL NNP I-NP I-ORG
WINS VBZ I-VP O
IN IN I-PP O
MAPLEFORD NNP I-NP I-LOC
. . O O

Ana NNP I-NP I-PER
Órla NNP I-NP I-PER
B-Ana NNP I-NP B-PER
met VBD I-VP O
Corvid NNP I-NP I-MISC
Cup NNP I-NP I-MISC
fans NNS I-NP O
in IN I-PP O
Mapleford NNP I-NP I-LOC

-DOCSTART- -X- O O

Tern NNP I-NP B-ORG
Bank NNP I-NP I-ORG
Tern NNP I-NP B-ORG
rose VBD I-VP O
";

    #[test]
    fn fixture_documents_text_and_spans() {
        let docs = parse_conll(FIXTURE, "f.txt", "f").unwrap();
        assert_eq!(docs.len(), 2);
        let d = &docs[0];
        assert_eq!((d.id.as_str(), d.source.as_str()), ("f-1", "f.txt:1"));
        assert_eq!(
            d.text,
            "KESTREL WINS IN MAPLEFORD .\n\nAna Órla B-Ana met Corvid Cup fans in Mapleford"
        );
        let got: Vec<(usize, usize, Label, &str)> = d
            .entities
            .iter()
            .map(|e| (e.start, e.end, e.label, e.text.as_str()))
            .collect();
        assert_eq!(
            got,
            vec![
                (0, 7, Label::Org, "KESTREL"),
                (16, 25, Label::Location, "MAPLEFORD"),
                (29, 37, Label::Person, "Ana Órla"),
                (38, 43, Label::Person, "B-Ana"),
                (67, 76, Label::Location, "Mapleford"),
            ]
        );
        assert_eq!(
            d.ignore,
            vec![GoldSpan {
                start: 48,
                end: 58,
                text: Some("Corvid Cup".into())
            }]
        );
        let e = &docs[1];
        assert_eq!((e.id.as_str(), e.source.as_str()), ("f-2", "f.txt:19"));
        let names: Vec<&str> = e.entities.iter().map(|x| x.text.as_str()).collect();
        assert_eq!(names, vec!["Tern Bank", "Tern"]);
    }

    #[test]
    fn tag_and_layout_table() {
        // (input, expected entity texts or problem substring)
        let cases: &[(&str, Result<Vec<&str>, &str>)] = &[
            ("A x x I-PER\nB x x I-PER\n", Ok(vec!["A B"])),
            ("A x x I-PER\n\nB x x I-PER\n", Ok(vec!["A", "B"])),
            ("A x x I-PER\nB x x I-ORG\n", Ok(vec!["A", "B"])),
            ("A x x I-PER\nB x x B-PER\n", Ok(vec!["A", "B"])),
            ("A x x O\nB x x I-LOC\n", Ok(vec!["B"])),
            ("A I-PER\n", Ok(vec!["A"])),
            ("A x x I-FOO\n", Err("f:1: unknown NER tag")),
            ("A\n", Err("f:1: token \"A\" has no tag column")),
        ];
        for (input, expected) in cases {
            match (parse_conll(input, "f", "f"), expected) {
                (Ok(docs), Ok(want)) => {
                    let got: Vec<&str> = docs[0].entities.iter().map(|e| e.text.as_str()).collect();
                    assert_eq!(&got, want, "{input:?}");
                }
                (Err(problems), Err(want)) => assert!(problems[0].contains(want), "{problems:?}"),
                (got, _) => panic!("{input:?}: unexpected {got:?}"),
            }
        }
    }
}
