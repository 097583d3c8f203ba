//! Phrase matching: one compiled trie over every phrase entry of the gazetteer.
//!
//! **Takes** an article text. **Gives** [`GazMatch`]es (byte offsets) that respect word
//! boundaries, each with all entries for the matched name and case flags. **Does not** look at
//! context, zones or sentences; a match may still be a common word used as a word.
//!
//! How: the names, ASCII lower-cased, form a byte trie (an anchored Aho-Corasick automaton
//! without failure links). The text is ASCII lower-cased into a copy with the same offsets, and
//! a walk starts at every position where a name may start (a word start, or a non-word
//! character such as `$`). Every name met on the walk whose end is also a boundary is a
//! candidate; the candidates are then chosen longest-first, earlier start first, without
//! overlap. Boundaries are checked during the walk, because leftmost-longest matching followed
//! by a boundary filter loses valid matches ("Ram" and "Ram Nath" in "Ram Nathan" would yield
//! nothing).
//!
//! Why not the `aho-corasick` crate: only anchored walks are needed, and its failure
//! transitions made up most of the startup time (≈0.5 s CPU for 100k names); this trie builds
//! from the sorted names in one pass, into flat arrays of little-endian records that the
//! built-in image (see `tables.rs`) holds ready-made.
//!
//! A walk whose first word begins no name is skipped (a Bloom filter of first words, ~30% of
//! the walks on news text); each step of a walk is about one cache miss (children blocks hold
//! their bytes, blocks are laid out depth-first, wide nodes have a 256-entry table).
//!
//! Measured (release, real lists: 578k rows, 127k entries, 119k distinct phrases): 885k trie
//! nodes, ≈17 MB of arrays in the built-in image (nodes 10.6 MB, wide-node tables 2.1 MB, names
//! 1.8 MB), used in place; compiling it at run time (only with `--gazetteer` files) is most of
//! that load's 0.35 G instructions. On 1,500 Reuters articles (`extract -j 1`, callgrind) `find_names` is 55 M
//! of 654 M instructions (8%): the scan over the text bytes and the cache misses of walks.
//!
//! Matching folds ASCII case only (so ALL-CAPS headlines match); non-ASCII letters must match
//! exactly. A single tab, CR or LF in the text matches a space in a name (hard-wrapped text);
//! other white space (two spaces, no-break space) does not.

use super::tables::{le32, put_le32, ImageReader, ImageWriter, Records};
use super::tsv::{Entry, EntryId, GazLabel, GazetteerError};
use std::borrow::Cow;

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
    /// The matcher's group of the name (see `Gazetteer::match_names`).
    pub(super) group: u32,
}

/// A match before its flags are computed: byte offsets and the group of the name.
#[derive(Clone, Copy)]
struct RawMatch {
    start: usize,
    end: usize,
    group: u32,
}

/// The compiled names: group `g` is one ASCII-lower-cased name, shared by the entries
/// `ids[groups[g].0 .. groups[g].1]`.
///
/// The arrays are little-endian records (see `tables.rs`), borrowed from the image for the
/// built-in lists; only `ids` is copied at load, since [`GazMatch::entries`] is a slice of it.
pub(super) struct PhraseMatcher {
    trie: Trie,
    /// (start, end) in `ids` per group.
    groups: Records<8>,
    ids: Vec<EntryId>,
    /// The name of the entry `ids[k]` is `names[a..b]` with (a, b) = `name_spans[k]`: the case
    /// check of a match reads one small array instead of each entry and its heap string.
    names: Cow<'static, str>,
    name_spans: Records<8>,
    /// Bloom filter (one hash, [`FIRST_WORD_BITS`] bits) of the first words of the names.
    first_words: Records<8>,
}

/// Size of the first-word filter: 128 KB, so it stays in cache; ≈70k first words set ≈7% of
/// the bits.
const FIRST_WORD_BITS: u32 = 20;

/// The first word of a name or of the text at a walk's start: the bytes up to the first
/// character that is not a word character ([`is_word_char`]), ASCII lower-cased, hashed.
///
/// Why a walk may be skipped when its first word is not in the filter: a match there ends
/// at a word boundary, so it either is that whole word or continues it with a non-word
/// character; either way the name's first word is the text's.
fn first_word_hash(s: &str) -> Option<u64> {
    // ASCII letters and digits hashed as they are scanned (one pass); a non-ASCII byte after
    // them needs the char decoding of the general path.
    let bytes = s.as_bytes();
    let mut h = 0;
    let mut i = 0;
    while let Some(&b) = bytes.get(i).filter(|b| b.is_ascii_alphanumeric()) {
        h = first_word_step(h, b);
        i += 1;
    }
    if bytes.get(i).is_some_and(|b| !b.is_ascii()) {
        return first_word_hash_general(s);
    }
    (i > 0).then_some(h)
}

/// One byte of [`first_word_hash`], ASCII lower-cased.
#[inline]
fn first_word_step(h: u64, b: u8) -> u64 {
    (h.rotate_left(5) ^ u64::from(b.to_ascii_lowercase())).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95)
}

/// [`first_word_hash`] for any text: the word ends at the first char that is no word char.
fn first_word_hash_general(s: &str) -> Option<u64> {
    let bytes = s.as_bytes();
    // ASCII letters and digits first; a non-ASCII byte needs the char decoding.
    let ascii_end = bytes
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(bytes.len());
    let end = if bytes.get(ascii_end).is_some_and(|b| !b.is_ascii()) {
        s.char_indices()
            .find(|&(_, c)| !is_word_char(c))
            .map_or(s.len(), |(i, _)| i)
    } else {
        ascii_end
    };
    (end > 0).then(|| {
        s.as_bytes()[..end]
            .iter()
            .fold(0, |h, &b| first_word_step(h, b))
    })
}

/// The filter bit of a first-word hash.
#[inline]
fn first_word_bit(h: u64) -> (usize, u64) {
    let bit = (h >> (64 - FIRST_WORD_BITS)) as usize;
    (bit / 64, 1 << (bit % 64))
}

/// A byte trie whose nodes hold the byte on the edge into them. The children of a node are
/// consecutive nodes, sorted by byte, so a node only stores where they start and how many there
/// are; a step of a walk scans one block of children (byte, group and grandchildren together:
/// one cache miss). Blocks are laid out depth-first: the block of a first child follows its
/// parent's block, so the single-child chains that end most names are contiguous. Node 0 is
/// the root.
struct Trie {
    /// [`Node`]s as 12-byte records ([`Node::encode`]).
    nodes: Records<12>,
    /// Children of the root by byte (0 = none; the root is never a child).
    root: Records<4>,
    /// Grandchildren of the root by their two bytes (0 = none): the widest levels of the trie,
    /// where a search among children would cost most.
    root2: Records<4>,
    /// Children by byte (0 = none) of the deeper nodes with more than [`SCAN_MAX`] children,
    /// 256 per node ("man", "de", ...: ≈2k nodes): one cache miss where a binary search over
    /// their block took several.
    dense: Records<4>,
}

/// Children blocks up to this size are scanned; wider nodes get a [`Trie::dense`] table.
const SCAN_MAX: u16 = 8;

/// `Node::n_children` of a node whose children are found through [`Trie::dense`], from
/// `Node::first_child * 256`.
const DENSE: u16 = u16::MAX;

#[derive(Clone, Copy)]
struct Node {
    /// The first child, or for a [`DENSE`] node its table number.
    first_child: u32,
    /// The group ending at this node, or `NO_GROUP`.
    group: u32,
    /// Up to 256 children, or [`DENSE`].
    n_children: u16,
    /// The byte on the edge into this node.
    byte: u8,
}

impl Node {
    /// first_child, group (little-endian `u32`s), n_children (`u16`), byte, one spare byte.
    fn encode(self) -> [u8; 12] {
        let mut rec = [0u8; 12];
        put_le32(&mut rec, &[self.first_child, self.group]);
        rec[8..10].copy_from_slice(&self.n_children.to_le_bytes());
        rec[10] = self.byte;
        rec
    }

    #[inline]
    fn decode(rec: &[u8; 12]) -> Node {
        Node {
            first_child: le32(rec, 0),
            group: le32(rec, 4),
            n_children: u16::from_le_bytes([rec[8], rec[9]]),
            byte: rec[10],
        }
    }
}

const NO_GROUP: u32 = u32::MAX;
const EMPTY_NODE: Node = Node {
    first_child: 0,
    group: NO_GROUP,
    n_children: 0,
    byte: 0,
};

/// `u32`s as 4-byte records.
fn u32_records(values: &[u32]) -> Records<4> {
    Cow::Owned(values.iter().map(|v| v.to_le_bytes()).collect())
}

/// Entry `i` of a `u32` array (0 when out of range: "no node").
#[inline]
fn u32_at(records: &[[u8; 4]], i: usize) -> u32 {
    records.get(i).map_or(0, |r| u32::from_le_bytes(*r))
}

impl Trie {
    /// `keys` sorted and distinct; key `i` becomes group `i`.
    fn build(keys: &[&[u8]]) -> Result<Trie, GazetteerError> {
        let too_big = || GazetteerError::Build("more than 4 billion trie nodes".into());
        let mut nodes = vec![EMPTY_NODE];
        let mut root = [0u32; 256];
        let mut root2 = vec![0u32; 1 << 16];
        let mut dense: Vec<u32> = Vec::new();
        // Nodes whose children are still to be laid out, next on top, with the range of keys
        // below them and their depth.
        let mut todo: Vec<(usize, (usize, usize), usize)> = vec![(0, (0, keys.len()), 0)];
        while let Some((node, (mut lo, hi), d)) = todo.pop() {
            // Sorted keys: the one ending here, if any, comes first.
            if lo < hi && keys[lo].len() == d {
                nodes[node].group = u32::try_from(lo).map_err(|_| too_big())?;
                lo += 1;
            }
            let first = u32::try_from(nodes.len()).map_err(|_| too_big())?;
            let todo_start = todo.len();
            let mut i = lo;
            while i < hi {
                let b = keys[i][d];
                let mut j = i + 1;
                while j < hi && keys[j][d] == b {
                    j += 1;
                }
                todo.push((nodes.len(), (i, j), d + 1));
                nodes.push(Node {
                    byte: b,
                    ..EMPTY_NODE
                });
                i = j;
            }
            let last = u32::try_from(nodes.len()).map_err(|_| too_big())?;
            nodes[node].first_child = first;
            nodes[node].n_children = (last - first) as u16; // at most 256 distinct bytes
                                                            // Depth-first: the first child is laid out next.
            todo[todo_start..].reverse();
        }
        let top = nodes[0];
        for c in top.first_child..top.first_child + u32::from(top.n_children) {
            let child = nodes[c as usize];
            let b0 = usize::from(child.byte);
            root[b0] = c;
            for g in child.first_child..child.first_child + u32::from(child.n_children) {
                root2[b0 << 8 | usize::from(nodes[g as usize].byte)] = g;
            }
        }
        // Wide nodes (the root's children too: harmless, walks reach them via `root2` first).
        for node in 1..nodes.len() {
            let n = nodes[node];
            if n.n_children <= SCAN_MAX {
                continue;
            }
            let table = u32::try_from(dense.len() / 256).map_err(|_| too_big())?;
            dense.resize(dense.len() + 256, 0);
            let base = dense.len() - 256;
            for c in n.first_child..n.first_child + u32::from(n.n_children) {
                dense[base + usize::from(nodes[c as usize].byte)] = c;
            }
            nodes[node].first_child = table;
            nodes[node].n_children = DENSE;
        }
        Ok(Trie {
            nodes: Cow::Owned(nodes.into_iter().map(Node::encode).collect()),
            root: u32_records(&root),
            root2: u32_records(&root2),
            dense: u32_records(&dense),
        })
    }

    #[inline]
    fn node(&self, node: u32) -> Option<Node> {
        self.nodes.get(node as usize).map(Node::decode)
    }

    /// The node reached from `node` at `depth` by byte `b` (`prev` = the byte before `b`).
    #[inline]
    fn child(&self, node: u32, depth: usize, prev: u8, b: u8) -> Option<u32> {
        let direct = match depth {
            0 => u32_at(&self.root, usize::from(b)),
            1 => u32_at(&self.root2, usize::from(prev) << 8 | usize::from(b)),
            _ => return self.search_child(node, b),
        };
        (direct != 0).then_some(direct)
    }

    fn search_child(&self, node: u32, b: u8) -> Option<u32> {
        let n = self.node(node)?;
        let first = n.first_child as usize;
        if n.n_children == DENSE {
            let child = u32_at(&self.dense, first * 256 + usize::from(b));
            return (child != 0).then_some(child);
        }
        let n = usize::from(n.n_children);
        let kids = self.nodes.get(first..first + n)?;
        // The byte of each child record, without decoding the rest.
        let k = kids.iter().position(|k| k[10] == b)?;
        Some((first + k) as u32)
    }

    fn memory_usage(&self) -> usize {
        (self.nodes.len() * 12) + (self.root.len() + self.root2.len() + self.dense.len()) * 4
    }

    #[cfg_attr(not(test), allow(dead_code))] // build.rs and the tests write images
    fn write_image(&self, w: &mut ImageWriter) {
        w.records(&self.nodes);
        w.records(&self.root);
        w.records(&self.root2);
        w.records(&self.dense);
    }

    fn read_image(r: &mut ImageReader) -> Result<Trie, GazetteerError> {
        let t = Trie {
            nodes: Cow::Borrowed(r.records()?),
            root: Cow::Borrowed(r.records()?),
            root2: Cow::Borrowed(r.records()?),
            dense: Cow::Borrowed(r.records()?),
        };
        if t.nodes.is_empty() || t.root.len() != 256 || t.root2.len() != 1 << 16 {
            return Err(super::tables::corrupt("trie tables"));
        }
        Ok(t)
    }
}

/// Entries that go into the automaton (see the module doc of `gazetteer`).
fn is_phrase(e: &Entry) -> bool {
    match e.label {
        GazLabel::Person => e.subtype == "full",
        GazLabel::Common => false,
        // A currency's name of several words is read by the money rules from their own
        // tables; as a phrase it would hide the place it starts with ("Hong Kong dollars",
        // "U.S. dollar": the place is a LOCATION, as CoNLL-2003 tags it).
        GazLabel::Currency => !e.name.contains(' '),
        _ => true,
    }
}

impl PhraseMatcher {
    /// `None` when there is no phrase entry.
    pub(super) fn build(entries: &[Entry]) -> Result<Option<PhraseMatcher>, GazetteerError> {
        // (first 8 bytes as a number, folded name, entry) sorts as (name, entry) does, with
        // most comparisons decided without a `memcmp` call: equal names become one group,
        // entries in list order.
        let mut keyed: Vec<(u64, String, EntryId)> = entries
            .iter()
            .enumerate()
            .filter(|(_, e)| is_phrase(e))
            .map(|(i, e)| {
                let k = e.name.to_ascii_lowercase();
                let mut head = [0u8; 8];
                for (h, b) in head.iter_mut().zip(k.bytes()) {
                    *h = b;
                }
                (u64::from_be_bytes(head), k, i as EntryId)
            })
            .collect();
        if keyed.is_empty() {
            return Ok(None);
        }
        keyed.sort_unstable();
        let mut keys: Vec<&[u8]> = Vec::new();
        let mut groups: Vec<(u32, u32)> = Vec::new();
        let mut ids = Vec::with_capacity(keyed.len());
        for (_, key, id) in &keyed {
            if keys.last() != Some(&key.as_bytes()) {
                keys.push(key.as_bytes());
                groups.push((ids.len() as u32, ids.len() as u32));
            }
            ids.push(*id);
            if let Some(g) = groups.last_mut() {
                g.1 = ids.len() as u32;
            }
        }
        let trie = Trie::build(&keys)?;
        let mut names = String::new();
        let mut name_spans = Vec::with_capacity(ids.len());
        for &id in &ids {
            let start = names.len();
            names.push_str(&entries[id as usize].name);
            let span = (u32::try_from(start), u32::try_from(names.len()));
            let (Ok(a), Ok(b)) = span else {
                return Err(GazetteerError::Build("phrase names exceed 4 GB".into()));
            };
            name_spans.push(pair(a, b));
        }
        let mut first_words = vec![0u64; (1 << FIRST_WORD_BITS) / 64];
        for key in &keys {
            match std::str::from_utf8(key) {
                Ok(key) => {
                    if let Some(h) = first_word_hash(key) {
                        let (w, m) = first_word_bit(h);
                        first_words[w] |= m;
                    }
                }
                // Cannot happen (names are `str`s); a filter that passes all is still right.
                Err(_) => first_words.fill(u64::MAX),
            }
        }
        Ok(Some(PhraseMatcher {
            trie,
            groups: Cow::Owned(groups.into_iter().map(|(a, b)| pair(a, b)).collect()),
            ids,
            names: Cow::Owned(names),
            name_spans: Cow::Owned(name_spans),
            first_words: Cow::Owned(first_words.into_iter().map(u64::to_le_bytes).collect()),
        }))
    }

    #[cfg_attr(not(test), allow(dead_code))] // build.rs and the tests write images
    pub(super) fn write_image(&self, w: &mut ImageWriter) -> Result<(), GazetteerError> {
        self.trie.write_image(w);
        w.records(&self.groups);
        w.records(
            &self
                .ids
                .iter()
                .map(|id| id.to_le_bytes())
                .collect::<Vec<_>>(),
        );
        w.text(&self.names)?;
        w.records(&self.name_spans);
        w.records(&self.first_words);
        Ok(())
    }

    pub(super) fn read_image(r: &mut ImageReader) -> Result<PhraseMatcher, GazetteerError> {
        let trie = Trie::read_image(r)?;
        let groups = r.records::<8>()?;
        let ids: Vec<EntryId> = r
            .records::<4>()?
            .iter()
            .map(|b| u32::from_le_bytes(*b))
            .collect();
        let names = r.text()?;
        let name_spans = r.records::<8>()?;
        let first_words = r.records::<8>()?;
        if first_words.len() != (1 << FIRST_WORD_BITS) / 64 || name_spans.len() != ids.len() {
            return Err(super::tables::corrupt("phrase tables"));
        }
        Ok(PhraseMatcher {
            trie,
            groups: Cow::Borrowed(groups),
            ids,
            names: Cow::Borrowed(names),
            name_spans: Cow::Borrowed(name_spans),
            first_words: Cow::Borrowed(first_words),
        })
    }

    pub(super) fn patterns(&self) -> usize {
        self.groups.len()
    }

    /// Bytes of the automaton and the group tables.
    pub(super) fn memory_usage(&self) -> usize {
        self.trie.memory_usage()
            + self.first_words.len() * 8
            + self.groups.len() * 8
            + self.ids.len() * 4
            + self.names.len()
            + self.name_spans.len() * 8
    }

    /// The range of `ids` (and `name_spans`) of a group.
    #[inline]
    fn group(&self, pattern: usize) -> std::ops::Range<usize> {
        self.groups
            .get(pattern)
            .map_or(0..0, |g| le32(g, 0) as usize..le32(g, 4) as usize)
    }

    fn entries(&self, pattern: usize) -> &[EntryId] {
        self.ids.get(self.group(pattern)).unwrap_or(&[])
    }

    /// The listed spellings of a group's entries.
    fn names(&self, pattern: usize) -> impl Iterator<Item = &str> {
        let spans = self.name_spans.get(self.group(pattern)).unwrap_or(&[]);
        spans
            .iter()
            .filter_map(|s| self.names.get(le32(s, 0) as usize..le32(s, 4) as usize))
    }

    /// The listed spellings of a group's entries, one for each of its entries (an empty one
    /// for a span out of range, which a valid image does not have).
    pub(super) fn group_names(&self, pattern: usize) -> impl Iterator<Item = &str> {
        let spans = self.name_spans.get(self.group(pattern)).unwrap_or(&[]);
        spans.iter().map(|s| {
            self.names
                .get(le32(s, 0) as usize..le32(s, 4) as usize)
                .unwrap_or_default()
        })
    }

    /// Could `surface` be one of the pattern's names written with more capitals (see
    /// [`PhraseMatcher::find_names`])?
    fn case_compatible(&self, pattern: usize, surface: &str) -> bool {
        // Without a lower-case ASCII letter every listed spelling fits (its letters are the
        // surface's, folded): the names, a few cache misses away, need not be read.
        if !surface.bytes().any(|b| b.is_ascii_lowercase()) {
            return true;
        }
        // Running text writes a listed "The Guardian" as "the Guardian": the article may be
        // lower case when the rest of the name is as listed, and is no name of its own (else
        // that name is meant: "the Arctic", "the Netherlands").
        if let Some(rest) = surface.strip_prefix("the ") {
            return !self.is_name(rest)
                && self.names(pattern).any(|name| {
                    name.strip_prefix("The ")
                        .is_some_and(|n| same_spaced(rest, n))
                });
        }
        self.names(pattern).any(|name| {
            let acronym = surface.len() >= 4 && !name.bytes().any(|c| c.is_ascii_lowercase());
            acronym
                || camel_name_as_word(name, surface)
                || (name.len() == surface.len()
                    && name
                        .bytes()
                        .zip(surface.bytes())
                        .all(|(n, t)| !n.is_ascii_uppercase() || t.is_ascii_uppercase()))
        })
    }

    /// Is `text` (ASCII case folded) a listed name?
    fn is_name(&self, text: &str) -> bool {
        let mut node = 0;
        let mut prev = 0;
        for (depth, &raw) in text.as_bytes().iter().enumerate() {
            let b = fold_byte(raw);
            let Some(next) = self.trie.child(node, depth, prev, b) else {
                return false;
            };
            node = next;
            prev = b;
        }
        self.trie.node(node).is_some_and(|n| n.group != NO_GROUP)
    }

    /// Does `surface` equal the name of one of the pattern's entries (see [`same_spaced`])?
    fn exact_case(&self, pattern: usize, surface: &str) -> bool {
        self.names(pattern).any(|name| same_spaced(surface, name))
    }

    /// Gazetteer phrases in `text`: boundary-valid, non-overlapping (longest first, then
    /// earliest), sorted by start.
    pub(super) fn find(&self, text: &str) -> Vec<GazMatch<'_>> {
        self.finish(text, longest(self.walk(text, false), |_| true))
    }

    /// Like [`PhraseMatcher::find`], but only names as written in running text: a walk starts
    /// only where the text has a capital, a digit or a symbol, a brand-style "iPhone" start,
    /// or a lower-case "the" before a capital (a listed "The Guardian" written "the
    /// Guardian"). About five times faster on news text, where most word starts are lower-case
    /// words that can begin no name the recognisers would accept.
    ///
    /// A match whose text writes in lower case a letter that every listed spelling capitalises
    /// ("Dublin city" for the club "Dublin City") is no candidate, so that it cannot hide the
    /// shorter name inside it ("Dublin"). Capitals where a name has lower case are fine
    /// (headlines, ALL CAPS, a sentence-initial "The"), and so is an acronym written as a word
    /// ("Nato" for NATO).
    pub(super) fn find_names(&self, text: &str) -> Vec<GazMatch<'_>> {
        // The case check runs only on the matches `longest` would keep: a shorter match inside
        // a kept one ("New" in "New York") is dropped whether it fits or not, and the check
        // reads the group's names (a few cache misses: a fifth of the walk's time).
        let fits = |m: &RawMatch| {
            text.get(m.start..m.end)
                .is_some_and(|s| self.case_compatible(m.group as usize, s))
        };
        self.finish(text, longest(self.walk(text, true), fits))
    }

    /// Every boundary-valid phrase match, overlapping ones included, sorted by (start, end).
    pub(super) fn find_overlapping(&self, text: &str) -> Vec<GazMatch<'_>> {
        self.finish(text, self.walk(text, false))
    }

    /// The case flags and entries of the matches kept (computed for these only).
    fn finish(&self, text: &str, raw: Vec<RawMatch>) -> Vec<GazMatch<'_>> {
        raw.into_iter()
            .filter_map(|m| {
                let surface = text.get(m.start..m.end)?; // on char boundaries (checked in walk)
                Some(GazMatch {
                    start: m.start,
                    end: m.end,
                    exact_case: self.exact_case(m.group as usize, surface),
                    all_caps_text: is_all_caps(surface),
                    entries: self.entries(m.group as usize),
                    group: m.group,
                })
            })
            .collect()
    }

    /// Every boundary-valid match, sorted by (start, end); with `names_only`, only from the
    /// starts that [`PhraseMatcher::find_names`] walks (its case check comes later).
    fn walk(&self, text: &str, names_only: bool) -> Vec<RawMatch> {
        let bytes = text.as_bytes();
        let mut out = Vec::new();
        let mut prev_is_word = false;
        let mut pos = 0;
        while pos < bytes.len() {
            if prev_is_word {
                // Inside a word no match starts: skip its ASCII letters and digits in a tight
                // loop (most bytes of the text).
                while bytes.get(pos).is_some_and(|&b| ASCII_ALNUM[usize::from(b)]) {
                    pos += 1;
                }
                if pos == bytes.len() {
                    break;
                }
                // The usual next word, " word", can start no name here: step over the space
                // and the first letter at once (the tests below would reject both).
                if names_only
                    && bytes[pos] == b' '
                    && bytes.get(pos + 1).is_some_and(u8::is_ascii_lowercase)
                    && !bytes.get(pos + 2).is_some_and(u8::is_ascii_uppercase)
                    && !the_before_capital(bytes, pos + 1)
                {
                    pos += 2;
                    continue;
                }
            }
            // One character: ASCII on the fast path, else decoded.
            let b0 = bytes[pos];
            let here = pos;
            let (is_word, is_space, is_lower) = if b0 < 0x80 {
                pos += 1;
                (
                    b0.is_ascii_alphanumeric(),
                    matches!(b0, b'\t'..=b'\r' | b' '),
                    b0.is_ascii_lowercase(),
                )
            } else {
                let Some(c) = text.get(here..).and_then(|t| t.chars().next()) else {
                    break; // not on a char boundary: cannot happen
                };
                pos += c.len_utf8();
                (is_word_char(c), c.is_whitespace(), c.is_lowercase())
            };
            // A match may start at a word start or at a non-word character ("$", "(").
            let may_start = !(is_space || is_word && prev_is_word);
            prev_is_word = is_word;
            if !may_start {
                continue;
            }
            if names_only
                && is_lower
                && !bytes.get(here + 1).is_some_and(u8::is_ascii_uppercase)
                && !the_before_capital(bytes, here)
            {
                continue;
            }
            let pos = here;
            // A word start whose word begins no name: skip the walk (a third of them on news
            // text; each step of a walk is a cache miss).
            if is_word {
                if let Some(h) = text.get(pos..).and_then(first_word_hash) {
                    let (w, m) = first_word_bit(h);
                    let bits = self
                        .first_words
                        .get(w)
                        .map_or(0, |b| u64::from_le_bytes(*b));
                    if bits & m == 0 {
                        continue;
                    }
                }
            }
            // Walk from `pos`: every name that is a prefix of the text there.
            let mut node = 0;
            let mut prev = 0;
            for (depth, &raw) in bytes[pos..].iter().enumerate() {
                let b = fold_byte(raw);
                let Some(next) = self.trie.child(node, depth, prev, b) else {
                    break;
                };
                node = next;
                prev = b;
                let group = self.trie.node(node).map_or(NO_GROUP, |n| n.group);
                if group == NO_GROUP {
                    continue;
                }
                let end = pos + depth + 1;
                // Fast rejection inside an ASCII word ("co" in "company"), the usual case.
                if bytes[end - 1].is_ascii_alphanumeric()
                    && bytes.get(end).is_some_and(u8::is_ascii_alphanumeric)
                {
                    continue;
                }
                let (Some(surface), Some(after)) = (text.get(pos..end), text.get(end..)) else {
                    continue; // not on char boundaries: cannot happen with UTF-8 names
                };
                let ends_in_word = surface.chars().next_back().is_some_and(is_word_char);
                if ends_in_word && after.chars().next().is_some_and(is_word_char) {
                    continue;
                }
                out.push(RawMatch {
                    start: pos,
                    end,
                    group,
                });
            }
        }
        // Already sorted by (start, end): walks go left to right, each one deeper and deeper.
        out
    }
}

/// A (start, end) pair as an 8-byte record.
/// The word "the" at `i`, then a capital: "the Guardian" may be a listed "The Guardian".
fn the_before_capital(bytes: &[u8], i: usize) -> bool {
    bytes.get(i..i + 4) == Some(b"the ") && bytes.get(i + 4).is_some_and(u8::is_ascii_uppercase)
}

fn pair(a: u32, b: u32) -> [u8; 8] {
    let mut rec = [0u8; 8];
    put_le32(&mut rec, &[a, b]);
    rec
}

/// The matches [`PhraseMatcher::find`] keeps: longest first, then earliest, no overlap;
/// sorted by start. Only matches that `fits` count; it is asked only of a match that overlaps
/// none kept so far, which is the same as filtering `all` first.
fn longest(mut all: Vec<RawMatch>, fits: impl Fn(&RawMatch) -> bool) -> Vec<RawMatch> {
    // Longest first; ties: earlier start. Spans are unique per (start, end).
    all.sort_unstable_by(|a, b| (b.end - b.start, a.start).cmp(&(a.end - a.start, b.start)));
    // Chosen spans sorted by start (disjoint, so also by end): a few dozen per article,
    // cheaper than a flag per byte of text.
    let mut chosen: Vec<RawMatch> = Vec::with_capacity(all.len());
    for m in all {
        let i = chosen.partition_point(|c| c.end <= m.start);
        if chosen.get(i).is_some_and(|c| c.start < m.end) || !fits(&m) {
            continue;
        }
        chosen.insert(i, m);
    }
    chosen
}

/// `u8::is_ascii_alphanumeric` as a table: one load per byte in the walk's skip loop.
const ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 256 {
        t[i] = (i as u8).is_ascii_alphanumeric();
        i += 1;
    }
    t
};

/// A text byte as the automaton sees it: ASCII lower-cased, a tab / CR / LF turned into a
/// space so that names wrapped over two lines still match.
#[inline]
fn fold_byte(b: u8) -> u8 {
    match b {
        b'\n' | b'\r' | b'\t' => b' ',
        _ => b.to_ascii_lowercase(),
    }
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

/// A brand spelt in camel case written as one plain word, as BBC and wire copy write them:
/// "Paypal" for PayPal, "Worldcom" for WorldCom, "Playstation" for PlayStation (ASCII only).
/// In a name of several words, each camel-case word may be so written ("Playstation
/// Portable"); the others keep their listed spelling.
pub fn camel_name_as_word(name: &str, surface: &str) -> bool {
    let camel = |w: &[u8]| {
        w.windows(2)
            .any(|p| p[0].is_ascii_lowercase() && p[1].is_ascii_uppercase())
    };
    let plain = |w: &[u8]| {
        w.len() >= 4 && w[0].is_ascii_uppercase() && w[1..].iter().all(u8::is_ascii_lowercase)
    };
    let mut any = false;
    let words_fit = name.split(' ').zip(surface.split(' ')).all(|(n, s)| {
        let (n, s) = (n.as_bytes(), s.as_bytes());
        if n == s {
            return true;
        }
        any = true;
        camel(n) && plain(s) && n.eq_ignore_ascii_case(s)
    });
    words_fit && any && name.split(' ').count() == surface.split(' ').count()
}

fn is_all_caps(s: &str) -> bool {
    if s.is_ascii() {
        let b = s.as_bytes();
        return b.iter().any(u8::is_ascii_uppercase) && !b.iter().any(u8::is_ascii_lowercase);
    }
    s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn camel_names_written_as_words() {
        for (name, surface, want) in [
            ("PayPal", "Paypal", true),
            ("WorldCom", "Worldcom", true),
            ("PayPal", "PayPal", false), // the listed spelling: no special case needed
            ("PayPal", "paypal", false),
            ("PayPal", "PAYPAL", false),
            ("Nato", "Nato", false), // no camel case in the name
            ("eBay", "Ebay", true),
            ("HiFi", "Hifi", true),
            ("AbC", "Abc", false), // too short
            ("PlayStation Portable", "Playstation Portable", true),
            ("PlayStation Portable", "Playstation portable", false),
            ("PlayStation Portable", "Playstation", false),
        ] {
            assert_eq!(camel_name_as_word(name, surface), want, "{name} {surface}");
        }
    }

    /// The one-pass ASCII hash equals the general one (which the built-in image's filter was
    /// made with), and words end where the general path ends them.
    #[test]
    fn first_word_hash_fast_equals_general() {
        let cases = [
            "",
            " ",
            "$5",
            "Paris",
            "paris",
            "PARIS said",
            "Paris, France",
            "U.S.",
            "3M",
            "7-Eleven",
            "iPhone 13",
            "Zürich",
            "Zurich",
            "Zürich AG",
            "São Paulo",
            "Ab\u{301}c",
            "Abc\u{301}",
            "Abc\u{a0}Def",
            "Abc’s",
            "x",
            "X.",
            "Ölkonzern",
            "abc\u{2019}",
            "A1b2C3 d",
        ];
        for s in cases {
            assert_eq!(first_word_hash(s), first_word_hash_general(s), "{s:?}");
        }
        // Case folds; the word ends at a non-word character.
        assert_eq!(first_word_hash("PARIS"), first_word_hash("paris"));
        assert_eq!(first_word_hash("Paris, France"), first_word_hash("Paris"));
        assert_ne!(first_word_hash("Paris"), first_word_hash("Pari"));
        assert_eq!(first_word_hash(" Paris"), None);
    }

    /// Asking `fits` only of the matches that overlap none kept gives what filtering all the
    /// matches first gives: a shorter match that fits comes back when the longer one does not.
    #[test]
    fn longest_with_a_late_filter_equals_filtering_first() {
        let spans = [
            (0, 3),
            (0, 8),
            (4, 8),
            (4, 12),
            (9, 12),
            (10, 11),
            (13, 20),
            (15, 17),
        ];
        let all: Vec<RawMatch> = spans
            .iter()
            .enumerate()
            .map(|(g, &(start, end))| RawMatch {
                start,
                end,
                group: g as u32,
            })
            .collect();
        let spans_of = |v: Vec<RawMatch>| v.iter().map(|m| (m.start, m.end)).collect::<Vec<_>>();
        for rejected in 0u32..1 << spans.len() {
            let fits = |m: &RawMatch| rejected & (1 << m.group) == 0;
            let first: Vec<RawMatch> = all.iter().copied().filter(|m| fits(m)).collect();
            assert_eq!(
                spans_of(longest(all.clone(), fits)),
                spans_of(longest(first, |_| true)),
                "{rejected:b}"
            );
        }
        // (0, 8) rejected: (0, 3) and (4, 12) take its place.
        let fits = |m: &RawMatch| m.group != 1;
        assert_eq!(
            spans_of(longest(all.clone(), fits)),
            vec![(0, 3), (4, 12), (13, 20)]
        );
    }
}
