//! Phrase matching: one aho-corasick automaton over every phrase entry of the gazetteer.
//!
//! **Takes** an article text. **Gives** [`GazMatch`]es (byte offsets) that respect word
//! boundaries, each with all entries for the matched name and case flags. **Does not** look at
//! context, zones or sentences; a match may still be a common word used as a word.
//!
//! Why overlapping search: leftmost-longest matching followed by a word-boundary filter loses
//! valid matches ("Ram" and "Ram Nath" in "Ram Nathan" would yield nothing). So the automaton
//! runs with standard semantics and reports every match ending anywhere; the boundary-valid ones
//! are kept, then chosen longest-first, earlier start first, without overlap.
//!
//! Matching folds ASCII case only (so ALL-CAPS headlines match); non-ASCII letters must match
//! exactly. A single tab, CR or LF in the text matches a space in a name (hard-wrapped text);
//! other white space (two spaces, no-break space) does not.

use super::{Entry, EntryId, GazLabel, Gazetteer, GazetteerError};
use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use std::borrow::Cow;
use std::collections::HashMap;

/// A gazetteer phrase found in a text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct GazMatch<'g> {
    /// Byte offsets into the text.
    pub start: usize,
    pub end: usize,
    /// The text equals the name of at least one of `entries` exactly (case included; a line
    /// break in the text counts as the space of the name). Check one entry with
    /// `text[m.start..m.end] == gaz.entry(i).name`.
    pub exact_case: bool,
    /// The matched text has letters and none of them is lower-case (`NASA`, `U.S.`, `SPACEX`).
    pub all_caps_text: bool,
    /// Every entry listed under this name (ASCII case folded), in list order: a name can be ORG
    /// and APP, or LOCATION and PERSON. Never empty.
    pub entries: &'g [EntryId],
}

impl GazMatch<'_> {
    /// Does any entry have this label?
    pub fn has_label(&self, gaz: &Gazetteer, label: GazLabel) -> bool {
        self.entries.iter().any(|&i| gaz.entry(i).label == label)
    }
}

/// The compiled automaton: pattern `p` is the ASCII-lower-cased name shared by
/// `ids[groups[p].0 .. groups[p].1]`.
pub(super) struct PhraseMatcher {
    ac: AhoCorasick,
    groups: Vec<(u32, u32)>,
    ids: Vec<EntryId>,
}

/// Entries that go into the automaton (see the module doc of `gazetteer`).
fn is_phrase(e: &Entry) -> bool {
    match e.label {
        GazLabel::Person => e.subtype == "full",
        GazLabel::Common => false,
        _ => true,
    }
}

impl PhraseMatcher {
    /// `None` when there is no phrase entry.
    pub(super) fn build(entries: &[Entry]) -> Result<Option<PhraseMatcher>, GazetteerError> {
        let mut group_of: HashMap<String, u32> = HashMap::new();
        let mut members: Vec<Vec<EntryId>> = Vec::new();
        for (i, e) in entries.iter().enumerate() {
            if !is_phrase(e) {
                continue;
            }
            let g = *group_of
                .entry(e.name.to_ascii_lowercase())
                .or_insert_with(|| {
                    members.push(Vec::new());
                    (members.len() - 1) as u32
                });
            members[g as usize].push(i as EntryId);
        }
        if members.is_empty() {
            return Ok(None);
        }
        let mut patterns: Vec<(u32, String)> = group_of.into_iter().map(|(k, g)| (g, k)).collect();
        patterns.sort_unstable_by_key(|(g, _)| *g);
        let ac = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .match_kind(MatchKind::Standard)
            .ascii_case_insensitive(true)
            .build(patterns.iter().map(|(_, p)| p.as_bytes()))?;
        let mut groups = Vec::with_capacity(members.len());
        let mut ids = Vec::with_capacity(members.iter().map(Vec::len).sum());
        for m in members {
            let start = ids.len() as u32;
            ids.extend(m);
            groups.push((start, ids.len() as u32));
        }
        Ok(Some(PhraseMatcher { ac, groups, ids }))
    }

    pub(super) fn patterns(&self) -> usize {
        self.groups.len()
    }

    /// Heap bytes of the automaton and the group tables.
    pub(super) fn memory_usage(&self) -> usize {
        self.ac.memory_usage() + self.groups.len() * 8 + self.ids.len() * 4
    }

    fn entries(&self, pattern: usize) -> &[EntryId] {
        let (s, e) = self.groups[pattern];
        &self.ids[s as usize..e as usize]
    }
}

impl Gazetteer {
    /// Gazetteer phrases in `text`: boundary-valid, non-overlapping (longest first, then
    /// earliest), sorted by start.
    pub fn find(&self, text: &str) -> Vec<GazMatch<'_>> {
        let mut all = self.find_overlapping(text);
        // Longest first; ties: earlier start. Spans are unique per (start, end).
        all.sort_unstable_by(|a, b| (b.end - b.start, a.start).cmp(&(a.end - a.start, b.start)));
        let mut taken = vec![false; text.len()];
        let mut chosen = Vec::new();
        for m in all {
            if taken[m.start..m.end].iter().any(|&t| t) {
                continue;
            }
            taken[m.start..m.end].iter_mut().for_each(|t| *t = true);
            chosen.push(m);
        }
        chosen.sort_unstable_by_key(|m| m.start);
        chosen
    }

    /// Every boundary-valid phrase match, overlapping ones included, sorted by (start, end).
    /// For recognisers that want the alternatives [`Gazetteer::find`] drops.
    pub fn find_overlapping(&self, text: &str) -> Vec<GazMatch<'_>> {
        let Some(pm) = &self.matcher else {
            return Vec::new();
        };
        let hay = spaced(text);
        let mut out = Vec::new();
        for m in pm.ac.find_overlapping_iter(hay.as_bytes()) {
            let (start, end) = (m.start(), m.end());
            if !at_boundary(text, start, end) {
                continue;
            }
            let Some(surface) = hay.get(start..end) else {
                continue; // not on char boundaries: cannot happen with UTF-8 patterns
            };
            let entries = pm.entries(m.pattern().as_usize());
            out.push(GazMatch {
                start,
                end,
                exact_case: entries.iter().any(|&i| self.entry(i).name == surface),
                all_caps_text: is_all_caps(surface),
                entries,
            });
        }
        out.sort_unstable_by_key(|m| (m.start, m.end));
        out
    }

    /// Heap bytes used by the phrase automaton (not the maps).
    pub fn matcher_memory(&self) -> usize {
        self.matcher.as_ref().map_or(0, PhraseMatcher::memory_usage)
    }
}

/// The text with single tab / CR / LF bytes turned into spaces (same length, same offsets),
/// so that names wrapped over two lines still match.
fn spaced(text: &str) -> Cow<'_, str> {
    if memchr::memchr3(b'\n', b'\r', b'\t', text.as_bytes()).is_none() {
        return Cow::Borrowed(text);
    }
    // Replacing ASCII bytes with ASCII bytes keeps the string valid UTF-8.
    Cow::Owned(text.replace(['\n', '\r', '\t'], " "))
}

/// Letters, digits and combining marks are word characters: a match must not start or end
/// inside a word. An edge of the match that is not a word character ("U.S." ends with a dot,
/// "$" is a symbol) needs no boundary, like regex `\b`.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

fn at_boundary(text: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(inner), Some(after)) =
        (text.get(..start), text.get(start..end), text.get(end..))
    else {
        return false;
    };
    let first_is_word = inner.chars().next().is_some_and(is_word_char);
    let last_is_word = inner.chars().next_back().is_some_and(is_word_char);
    let inside_before = first_is_word && before.chars().next_back().is_some_and(is_word_char);
    let inside_after = last_is_word && after.chars().next().is_some_and(is_word_char);
    !inside_before && !inside_after
}

fn is_all_caps(s: &str) -> bool {
    if s.is_ascii() {
        let b = s.as_bytes();
        return b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase);
    }
    s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
}
