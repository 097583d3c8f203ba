//! Analyst merge rules (`--merge FILE.tsv`): force or forbid that two entity ids are one.
//!
//! Takes a TSV file of `entity_id_a, entity_id_b, same|different` (header row optional, blank
//! lines and `#` comments skipped); gives [`MergeRules`], consulted by the resolver of every
//! article. `same` rows are transitive: every id of a class maps to the class's
//! lexicographically smallest id, so the result does not depend on row order. A `different`
//! row forbids merging, inside an article, mentions that would get those two ids (after the
//! `same` mapping). A `different` row between ids that `same` rows join is an error.
//! It does not link entities across articles (that is the corpus pass's job).

use std::collections::{HashMap, HashSet};
use std::path::Path;

/// A merge file that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    #[error("{path}: cannot read merge file: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{origin}:{line}: {reason}")]
    Row {
        origin: String,
        /// 1-based line number.
        line: usize,
        reason: String,
    },
}

/// Forced and forbidden merges of entity ids.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MergeRules {
    /// id → the smallest id of its `same` class (only ids named in `same` rows).
    same: HashMap<String, String>,
    /// Forbidden pairs of mapped ids, smaller first.
    different: HashSet<(String, String)>,
}

impl MergeRules {
    /// Reads a merge file.
    pub fn load(path: &Path) -> Result<MergeRules, MergeError> {
        let text = std::fs::read_to_string(path).map_err(|source| MergeError::Io {
            path: path.display().to_string(),
            source,
        })?;
        MergeRules::parse(&path.display().to_string(), &text)
    }

    /// Parses merge rows; `origin` names the file in errors.
    pub fn parse(origin: &str, text: &str) -> Result<MergeRules, MergeError> {
        let err = |line: usize, reason: String| MergeError::Row {
            origin: origin.to_string(),
            line,
            reason,
        };
        let mut same_pairs: Vec<(String, String)> = Vec::new();
        let mut diff_rows: Vec<(usize, String, String)> = Vec::new();
        let mut seen_row = false;
        for (i, raw) in text.lines().enumerate() {
            let line = i + 1;
            let row = raw.trim_start_matches('\u{feff}').trim();
            if row.is_empty() || row.starts_with('#') {
                continue;
            }
            let cols: Vec<&str> = row.split('\t').map(str::trim).collect();
            if !seen_row
                && cols
                    .first()
                    .is_some_and(|c| c.eq_ignore_ascii_case("entity_id_a"))
            {
                seen_row = true;
                continue;
            }
            seen_row = true;
            if cols.len() != 3 {
                return Err(err(
                    line,
                    format!(
                        "expected 3 tab-separated columns (entity_id_a, entity_id_b, same|different), got {}",
                        cols.len()
                    ),
                ));
            }
            let (a, b, rel) = (cols[0], cols[1], cols[2]);
            if a.is_empty() || b.is_empty() {
                return Err(err(line, "empty entity id".into()));
            }
            match rel.to_ascii_lowercase().as_str() {
                "same" => same_pairs.push((a.to_string(), b.to_string())),
                "different" => {
                    if a == b {
                        return Err(err(line, format!("{a:?} cannot be different from itself")));
                    }
                    diff_rows.push((line, a.to_string(), b.to_string()));
                }
                _ => {
                    return Err(err(
                        line,
                        format!("unknown relation {rel:?}; expected same or different"),
                    ))
                }
            }
        }
        let same = classes(&same_pairs);
        let mut rules = MergeRules {
            same,
            different: HashSet::new(),
        };
        for (line, a, b) in diff_rows {
            let (a2, b2) = (rules.map(&a).to_string(), rules.map(&b).to_string());
            if a2 == b2 {
                return Err(err(
                    line,
                    format!("{a:?} and {b:?} are declared the same by `same` rows"),
                ));
            }
            rules.different.insert(ordered(a2, b2));
        }
        Ok(rules)
    }

    pub fn is_empty(&self) -> bool {
        self.same.is_empty() && self.different.is_empty()
    }

    /// Whether any `different` row exists (the resolver skips its checks otherwise).
    pub fn has_different(&self) -> bool {
        !self.different.is_empty()
    }

    /// The id an entity gets: the smallest id of its `same` class, else itself.
    pub fn map<'a>(&'a self, id: &'a str) -> &'a str {
        self.same.get(id).map_or(id, String::as_str)
    }

    /// Whether mentions with these ids must not be merged (ids already mapped or not).
    pub fn forbids(&self, a: &str, b: &str) -> bool {
        let (a, b) = (self.map(a), self.map(b));
        a != b
            && self
                .different
                .contains(&ordered(a.to_string(), b.to_string()))
    }
}

fn ordered(a: String, b: String) -> (String, String) {
    if a <= b {
        (a, b)
    } else {
        (b, a)
    }
}

/// Transitive classes of `same` pairs: id → smallest id of its class.
fn classes(pairs: &[(String, String)]) -> HashMap<String, String> {
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut names: Vec<&str> = Vec::new();
    for (a, b) in pairs {
        for s in [a, b] {
            index.entry(s.as_str()).or_insert_with(|| {
                names.push(s);
                names.len() - 1
            });
        }
    }
    let mut parent: Vec<usize> = (0..names.len()).collect();
    fn find(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for (a, b) in pairs {
        let (ra, rb) = (
            find(&mut parent, index[a.as_str()]),
            find(&mut parent, index[b.as_str()]),
        );
        // Keep the smaller id as the root, so the root is the class representative.
        if names[ra] <= names[rb] {
            parent[rb] = ra;
        } else {
            parent[ra] = rb;
        }
    }
    (0..names.len())
        .map(|i| {
            let r = find(&mut parent, i);
            (names[i].to_string(), names[r].to_string())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_same_and_different() {
        let text = "entity_id_a\tentity_id_b\trelation\n\
                    # analyst decisions\n\
                    PERSON:boris johnson\tPERSON:johnson\tsame\n\
                    PERSON:johnson\tPERSON:b johnson\tSAME\n\
                    \n\
                    ORG:apple\tORG:apple records\tdifferent\n";
        let r = MergeRules::parse("m.tsv", text).expect("valid");
        // transitive, smallest id wins
        assert_eq!(r.map("PERSON:johnson"), "PERSON:b johnson");
        assert_eq!(r.map("PERSON:boris johnson"), "PERSON:b johnson");
        assert_eq!(r.map("PERSON:other"), "PERSON:other");
        assert!(r.forbids("ORG:apple records", "ORG:apple"));
        assert!(!r.forbids("ORG:apple", "ORG:apple"));
        assert!(!r.forbids("PERSON:johnson", "PERSON:boris johnson"));
        assert!(r.has_different() && !r.is_empty());
    }

    #[test]
    fn header_is_optional_and_empty_file_is_empty() {
        let r = MergeRules::parse("m.tsv", "a\tb\tsame\n").expect("valid");
        assert_eq!(r.map("b"), "a");
        assert!(MergeRules::parse("m.tsv", "# nothing\n\n")
            .expect("valid")
            .is_empty());
    }

    #[test]
    fn bad_rows_name_file_and_line() {
        let cases = [
            ("a\tb\n", 1, "3 tab-separated columns"),
            ("# c\na\tb\tmaybe\n", 2, "unknown relation"),
            ("a\t\tsame\n", 1, "empty entity id"),
            ("a\ta\tdifferent\n", 1, "itself"),
            (
                "a\tb\tsame\nb\tc\tsame\na\tc\tdifferent\n",
                3,
                "declared the same",
            ),
        ];
        for (text, line, reason) in cases {
            let e = MergeRules::parse("m.tsv", text)
                .expect_err(text)
                .to_string();
            assert!(e.starts_with(&format!("m.tsv:{line}: ")), "{e}");
            assert!(e.contains(reason), "{e}");
        }
    }
}
