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
use aho_corasick::automaton::OverlappingState;
use aho_corasick::{AhoCorasick, AhoCorasickKind, Anchored, Input, MatchKind, StartKind};
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
    /// Bytes some pattern starts with: a cheap reject before the walk.
    first_bytes: [bool; 256],
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
        // Patterns and haystack are both ASCII lower-cased, which builds twice as fast as
        // `ascii_case_insensitive`. Anchored only: the walk starts at word starts.
        let ac = AhoCorasick::builder()
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .match_kind(MatchKind::Standard)
            .start_kind(StartKind::Anchored)
            .prefilter(false)
            .build(patterns.iter().map(|(_, p)| p.as_bytes()))?;
        let mut first_bytes = [false; 256];
        for (_, p) in &patterns {
            if let Some(&b) = p.as_bytes().first() {
                first_bytes[usize::from(b)] = true;
            }
        }
        let mut groups = Vec::with_capacity(members.len());
        let mut ids = Vec::with_capacity(members.iter().map(Vec::len).sum());
        for m in members {
            let start = ids.len() as u32;
            ids.extend(m);
            groups.push((start, ids.len() as u32));
        }
        Ok(Some(PhraseMatcher {
            ac,
            groups,
            ids,
            first_bytes,
        }))
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
        let hay = folded(text);
        let mut out = Vec::new();
        let mut prev_is_word = false;
        for (pos, c) in text.char_indices() {
            let is_word = is_word_char(c);
            // A match may start at a word start or at a non-word character ("$", "(").
            let may_start = !c.is_whitespace() && !(is_word && prev_is_word);
            prev_is_word = is_word;
            if !may_start || !pm.first_bytes[usize::from(hay[pos])] {
                continue;
            }
            // Anchored walk from `pos`: every pattern that is a prefix of the text there.
            let input = Input::new(&hay[..])
                .span(pos..hay.len())
                .anchored(Anchored::Yes);
            let mut state = OverlappingState::start();
            loop {
                if pm
                    .ac
                    .try_find_overlapping(input.clone(), &mut state)
                    .is_err()
                {
                    break; // unsupported search: cannot happen with an anchored automaton
                }
                let Some(m) = state.get_match() else {
                    break;
                };
                // Match states also list the patterns of their suffixes ("york" in the state
                // for "new york"): those do not start here.
                if m.start() != pos {
                    continue;
                }
                let end = m.end();
                let (Some(surface), Some(after)) = (text.get(pos..end), text.get(end..)) else {
                    continue; // not on char boundaries: cannot happen with UTF-8 patterns
                };
                let ends_in_word = surface.chars().next_back().is_some_and(is_word_char);
                if ends_in_word && after.chars().next().is_some_and(is_word_char) {
                    continue;
                }
                let entries = pm.entries(m.pattern().as_usize());
                out.push(GazMatch {
                    start: pos,
                    end,
                    exact_case: entries
                        .iter()
                        .any(|&i| same_spaced(surface, &self.entry(i).name)),
                    all_caps_text: is_all_caps(surface),
                    entries,
                });
            }
        }
        out.sort_unstable_by_key(|m| (m.start, m.end));
        out
    }

    /// Heap bytes used by the phrase automaton (not the maps).
    pub fn matcher_memory(&self) -> usize {
        self.matcher.as_ref().map_or(0, PhraseMatcher::memory_usage)
    }
}

/// The text as the automaton sees it: ASCII lower-cased, single tab / CR / LF bytes turned into
/// spaces so that names wrapped over two lines still match. Same length, same offsets.
fn folded(text: &str) -> Vec<u8> {
    text.bytes()
        .map(|b| match b {
            b'\n' | b'\r' | b'\t' => b' ',
            _ => b.to_ascii_lowercase(),
        })
        .collect()
}

/// `surface == name`, except that a tab / CR / LF in the text equals a space in the name.
fn same_spaced(surface: &str, name: &str) -> bool {
    surface.len() == name.len()
        && surface
            .bytes()
            .zip(name.bytes())
            .all(|(s, n)| s == n || (n == b' ' && matches!(s, b'\n' | b'\r' | b'\t')))
}

/// Letters, digits and combining marks are word characters: a match must not start or end
/// inside a word. An edge of the match that is not a word character ("U.S." ends with a dot,
/// "$" is a symbol) needs no boundary, like regex `\b`.
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || ('\u{300}'..='\u{36f}').contains(&c)
}

fn is_all_caps(s: &str) -> bool {
    if s.is_ascii() {
        let b = s.as_bytes();
        return b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase);
    }
    s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
}
