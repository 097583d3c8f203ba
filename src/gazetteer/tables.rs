//! The compiled gazetteer: lookup tables and the phrase matcher, in a form that is either
//! built in memory (user lists) or borrowed, without parsing, from the image of the built-in
//! lists that `build.rs` writes at compile time.
//!
//! **Takes** the rows that survived the overrides ([`Rows`]). **Gives** [`Tables`] (the
//! lookup maps as [`StrTable`]s and the [`PhraseMatcher`]) and their binary image
//! ([`Tables::write_image`] / [`Tables::read_image`]). **Does not** parse TSV (`tsv.rs`) or
//! match phrases (`matcher.rs`).
//!
//! Why an image: parsing the 28 MB of built-in TSV and building the maps and the trie took
//! ≈0.4 CPU s and ≈136 MB RSS at every start. The image is two files in `OUT_DIR`:
//! `gazetteer.bin`, arrays of fixed-size little-endian records, and `gazetteer.txt`, all the
//! strings. The binary embeds both and views the arrays in place (`[u8; N]` records, read
//! with `from_le_bytes`: no alignment needs, no `unsafe`, any byte order), so loading costs
//! only the [`Entry`] list and pages are touched as lookups need them.
//!
//! Image layout: the magic, then a sequence of sections, each a little-endian `u64` (a
//! number, or the byte length of the records that follow, or an (offset, length) pair into
//! the text for a string). Writer and reader visit the same fields in the same order.
//!
//! Shared with the build script: uses only `std` and its sibling modules.

use super::matcher::PhraseMatcher;
use super::tsv::{fold, hash_bytes, Entry, EntryId, FxMap, GazLabel, GazetteerError, Result, Rows};
use std::borrow::Cow;

/// First bytes of `gazetteer.bin`; the last byte is the format version.
const MAGIC: [u8; 8] = *b"NFGAZ\0\0\x01";

/// A little-endian array of `N`-byte records: owned when compiled at run time, borrowed from
/// the embedded image for the built-in lists.
pub(super) type Records<const N: usize> = Cow<'static, [[u8; N]]>;

/// Little-endian `u32` at byte `at` of a record.
#[inline]
pub(super) fn le32<const N: usize>(rec: &[u8; N], at: usize) -> u32 {
    let mut b = [0u8; 4];
    b.copy_from_slice(&rec[at..at + 4]);
    u32::from_le_bytes(b)
}

/// Writes little-endian `u32`s into a record, from byte 0.
pub(super) fn put_le32<const N: usize>(rec: &mut [u8; N], values: &[u32]) {
    for (i, v) in values.iter().enumerate() {
        rec[i * 4..i * 4 + 4].copy_from_slice(&v.to_le_bytes());
    }
}

/// Appends sections to an image (the build script's side).
#[cfg_attr(not(test), allow(dead_code))] // build.rs and the tests write images
#[derive(Default)]
pub(super) struct ImageWriter {
    pub(super) bin: Vec<u8>,
    pub(super) text: String,
    /// Strings already in `text`: entries repeat their sources, subtypes and names.
    interned: FxMap<String, (u32, u32)>,
}

#[cfg_attr(not(test), allow(dead_code))] // build.rs and the tests write images
impl ImageWriter {
    pub(super) fn new() -> ImageWriter {
        let mut w = ImageWriter::default();
        w.bin.extend_from_slice(&MAGIC);
        w
    }

    pub(super) fn number(&mut self, n: u64) {
        self.bin.extend_from_slice(&n.to_le_bytes());
    }

    pub(super) fn records<const N: usize>(&mut self, records: &[[u8; N]]) {
        self.number((records.len() * N) as u64);
        for r in records {
            self.bin.extend_from_slice(r);
        }
    }

    /// A string as its own section of the text.
    pub(super) fn text(&mut self, s: &str) -> Result<()> {
        let (start, len) = self.push_text(s)?;
        self.number(u64::from(start));
        self.number(u64::from(len));
        Ok(())
    }

    /// The (offset, length) of `s` in the text, added once.
    pub(super) fn intern(&mut self, s: &str) -> Result<(u32, u32)> {
        if let Some(&span) = self.interned.get(s) {
            return Ok(span);
        }
        let span = self.push_text(s)?;
        self.interned.insert(s.to_string(), span);
        Ok(span)
    }

    fn push_text(&mut self, s: &str) -> Result<(u32, u32)> {
        let start = self.text.len();
        self.text.push_str(s);
        match (u32::try_from(start), u32::try_from(s.len())) {
            (Ok(a), Ok(n)) if u32::try_from(self.text.len()).is_ok() => Ok((a, n)),
            _ => Err(GazetteerError::Build("image text exceeds 4 GB".into())),
        }
    }
}

/// Reads the sections of an embedded image, in the order they were written.
pub(super) struct ImageReader {
    bin: &'static [u8],
    text: &'static str,
}

impl ImageReader {
    pub(super) fn new(bin: &'static [u8], text: &'static str) -> Result<ImageReader> {
        match bin.split_first_chunk::<8>() {
            Some((magic, rest)) if *magic == MAGIC => Ok(ImageReader { bin: rest, text }),
            _ => Err(corrupt("wrong magic or format version")),
        }
    }

    pub(super) fn number(&mut self) -> Result<u64> {
        let (n, rest) = self
            .bin
            .split_first_chunk::<8>()
            .ok_or_else(|| corrupt("truncated"))?;
        self.bin = rest;
        Ok(u64::from_le_bytes(*n))
    }

    pub(super) fn records<const N: usize>(&mut self) -> Result<&'static [[u8; N]]> {
        let len = usize::try_from(self.number()?).map_err(|_| corrupt("section too long"))?;
        if len > self.bin.len() || len % N != 0 {
            return Err(corrupt("bad section length"));
        }
        let (section, rest) = self.bin.split_at(len);
        self.bin = rest;
        Ok(section.as_chunks::<N>().0)
    }

    pub(super) fn text(&mut self) -> Result<&'static str> {
        let start = self.number()?;
        let len = self.number()?;
        self.span(start, len)
    }

    /// The text at (offset, length).
    pub(super) fn span(&self, start: u64, len: u64) -> Result<&'static str> {
        let text: &'static str = self.text;
        usize::try_from(start)
            .ok()
            .zip(usize::try_from(start + len).ok())
            .and_then(|(a, b)| text.get(a..b))
            .ok_or_else(|| corrupt("bad string span"))
    }

    /// Errors unless every section was read.
    pub(super) fn finish(self) -> Result<()> {
        if self.bin.is_empty() {
            Ok(())
        } else {
            Err(corrupt("trailing bytes"))
        }
    }
}

pub(super) fn corrupt(what: &str) -> GazetteerError {
    GazetteerError::Build(format!("corrupt built-in gazetteer image: {what}"))
}

/// A read-only hash table from strings to `u32`s: open addressing, linear probing, FxHash,
/// at most half full (at 3/4 a miss probed ≈8 slots; most lookups are misses). Keys live in
/// one string; a slot is (key offset, key length, hash tag, value), 16 bytes, so a miss
/// usually costs one cache line and no key comparison.
///
/// Replaces `HashMap<Box<str>, _>` because it is a few flat arrays: no allocation per key,
/// and the built-in tables are used in place from the image.
#[derive(Clone, Default)]
pub(super) struct StrTable {
    keys: Cow<'static, str>,
    slots: Records<16>,
    len: usize,
}

/// Key offset of an empty slot.
const EMPTY: u32 = u32::MAX;

fn empty_slots(n: usize) -> Records<16> {
    let mut slot = [0u8; 16];
    put_le32(&mut slot, &[EMPTY]);
    Cow::Owned(vec![slot; n])
}

impl StrTable {
    /// `pairs` with distinct keys.
    pub(super) fn build<'k>(
        pairs: impl ExactSizeIterator<Item = (&'k str, u32)>,
    ) -> Result<StrTable> {
        let mut table = StrTable {
            slots: empty_slots((2 * pairs.len()).next_power_of_two()),
            ..StrTable::default()
        };
        for (key, value) in pairs {
            table.upsert(key, |_| value)?;
        }
        Ok(table)
    }

    /// Sets the value of `key` to `f(its value)`, adding the key when it is missing. A table
    /// borrowed from the image is copied first (user lists with words on top of the built-in
    /// ones).
    pub(super) fn upsert(&mut self, key: &str, f: impl FnOnce(Option<u32>) -> u32) -> Result<()> {
        if 2 * (self.len + 1) > self.slots.len() {
            self.grow();
        }
        let mask = self.slots.len() - 1; // a power of two, after `grow`
        let (hash, tag) = Self::hash(key.as_bytes());
        let mut i = hash & mask;
        while let Some(value) = self.value_at(i, key.as_bytes(), tag) {
            if let Some(value) = value {
                self.slots.to_mut()[i][12..16].copy_from_slice(&f(Some(value)).to_le_bytes());
                return Ok(());
            }
            i = (i + 1) & mask;
        }
        let too_big = || GazetteerError::Build("lookup table keys exceed 4 GB".into());
        let start = u32::try_from(self.keys.len()).map_err(|_| too_big())?;
        let key_len = u32::try_from(key.len()).map_err(|_| too_big())?;
        self.keys.to_mut().push_str(key);
        put_le32(&mut self.slots.to_mut()[i], &[start, key_len, tag, f(None)]);
        self.len += 1;
        Ok(())
    }

    /// Slot `i` for a probe of `key`: `None` when empty (the probe ends), `Some(Some(value))`
    /// when it holds `key`, `Some(None)` when it holds another key.
    #[inline]
    fn value_at(&self, i: usize, key: &[u8], tag: u32) -> Option<Option<u32>> {
        let slot = self.slots.get(i)?;
        let start = le32(slot, 0);
        if start == EMPTY {
            return None;
        }
        let start = start as usize;
        let hit = le32(slot, 8) == tag
            && le32(slot, 4) as usize == key.len()
            && self.keys.as_bytes().get(start..start + key.len()) == Some(key);
        Some(hit.then(|| le32(slot, 12)))
    }

    /// Doubles the slots (at least 2), keeping every key.
    fn grow(&mut self) {
        let mut slots = empty_slots((2 * self.slots.len()).max(2));
        let slots_mut = slots.to_mut();
        let mask = slots_mut.len() - 1;
        for slot in self.slots.iter().filter(|s| le32(s, 0) != EMPTY) {
            let start = le32(slot, 0) as usize;
            let key = self
                .keys
                .as_bytes()
                .get(start..start + le32(slot, 4) as usize);
            let mut i = Self::hash(key.unwrap_or_default()).0 & mask;
            while le32(&slots_mut[i], 0) != EMPTY {
                i = (i + 1) & mask;
            }
            slots_mut[i] = *slot;
        }
        self.slots = slots;
    }

    /// (first slot, tag): the slot from the high bits of the hash, which FxHash mixes best.
    #[inline]
    fn hash(key: &[u8]) -> (usize, u32) {
        let h = hash_bytes(key);
        ((h >> 32) as usize, h as u32)
    }

    /// The value of `key` (bytes of a `str`: callers that fold on the stack skip the UTF-8
    /// check).
    #[inline]
    pub(super) fn get(&self, key: &[u8]) -> Option<u32> {
        let mask = self.slots.len().checked_sub(1)?;
        let (hash, tag) = Self::hash(key);
        let mut i = hash & mask;
        loop {
            if let Some(value) = self.value_at(i, key, tag)? {
                return Some(value);
            }
            i = (i + 1) & mask;
        }
    }

    pub(super) fn len(&self) -> usize {
        self.len
    }

    #[cfg_attr(not(test), allow(dead_code))] // build.rs and the tests write images
    fn write_image(&self, w: &mut ImageWriter) -> Result<()> {
        w.text(&self.keys)?;
        w.records(&self.slots);
        w.number(self.len as u64);
        Ok(())
    }

    fn read_image(r: &mut ImageReader) -> Result<StrTable> {
        let keys = r.text()?;
        let slots = r.records::<16>()?;
        let len = usize::try_from(r.number()?).map_err(|_| corrupt("table length"))?;
        if !slots.is_empty() && !slots.len().is_power_of_two() {
            return Err(corrupt("table size"));
        }
        Ok(StrTable {
            keys: Cow::Borrowed(keys),
            slots: Cow::Borrowed(slots),
            len,
        })
    }
}

/// Everything a gazetteer looks things up in, besides its entries.
#[derive(Default)]
pub(super) struct Tables {
    pub(super) matcher: Option<PhraseMatcher>,
    /// Folded word → [`NamePart::bits`].
    pub(super) name_parts: StrTable,
    /// Folded word → frequency level.
    pub(super) common: StrTable,
    /// Folded name → entry, for these the lookups below.
    pub(super) demonyms: StrTable,
    pub(super) titles: StrTable,
    /// Organisation suffixes and keywords by exact name ("Ltd", "Bank"): case matters here,
    /// since "bank" in running text is no evidence.
    pub(super) org_words: StrTable,
    /// Currency codes and symbols, and names as written.
    pub(super) currency_exact: StrTable,
    /// Currency names, folded (codes stay case-sensitive: "ALL" is a code, "all" is not).
    pub(super) currency_folded: StrTable,
    /// All rows read, after overrides.
    pub(super) rows: usize,
    /// The label of each entry, by id: the recogniser reads the labels of every entry of
    /// every match, and an [`Entry`] is two cache lines where this is one byte. Made as the
    /// entries are (read from the image or parsed), not from them afterwards: a pass over
    /// the 127k entries at load cost more cache misses than the matches save on 1,500 articles.
    pub(super) labels: Vec<GazLabel>,
}

impl Tables {
    /// Fills the lookup tables and compiles the phrase matcher.
    pub(super) fn build(rows: &Rows) -> Result<Tables> {
        let entries = &rows.entries;
        let mut demonyms: FxMap<Cow<str>, EntryId> = FxMap::default();
        let mut titles: FxMap<Cow<str>, EntryId> = FxMap::default();
        let mut org_words: FxMap<&str, EntryId> = FxMap::default();
        let mut currency_exact: FxMap<&str, EntryId> = FxMap::default();
        let mut currency_folded: FxMap<Cow<str>, EntryId> = FxMap::default();
        let mut labels = Vec::with_capacity(entries.len());
        for (i, e) in entries.iter().enumerate() {
            let id = i as EntryId;
            labels.push(e.label);
            // First entry wins within the kept ones (built-in order, or the overriding file),
            // except that a specific title ("honorific") beats a catch-all one ("other").
            match e.label {
                GazLabel::Demonym => {
                    demonyms.entry(fold(&e.name)).or_insert(id);
                }
                GazLabel::Title => {
                    let slot = titles.entry(fold(&e.name)).or_insert(id);
                    if entries[*slot as usize].subtype == "other" && e.subtype != "other" {
                        *slot = id;
                    }
                }
                GazLabel::OrgSuffix | GazLabel::OrgKeyword => {
                    org_words.entry(&e.name).or_insert(id);
                }
                GazLabel::Currency => {
                    if e.subtype != "code" && e.subtype != "symbol" {
                        currency_folded.entry(fold(&e.name)).or_insert(id);
                    }
                    currency_exact.entry(&e.name).or_insert(id);
                }
                _ => {}
            }
        }
        let ids =
            |m: &FxMap<Cow<str>, EntryId>| StrTable::build(m.iter().map(|(k, &v)| (k.as_ref(), v)));
        let exact = |m: &FxMap<&str, EntryId>| StrTable::build(m.iter().map(|(k, &v)| (*k, v)));
        let (name_parts, common) = word_tables(rows)?;
        Ok(Tables {
            matcher: PhraseMatcher::build(entries)?,
            rows: entries.len() + name_parts.len() + common.len(),
            name_parts,
            common,
            demonyms: ids(&demonyms)?,
            titles: ids(&titles)?,
            org_words: exact(&org_words)?,
            currency_exact: exact(&currency_exact)?,
            currency_folded: ids(&currency_folded)?,
            labels,
        })
    }

    /// The image of `entries` and these tables (the build script's side).
    #[cfg_attr(not(test), allow(dead_code))] // build.rs and the tests write images
    pub(super) fn write_image(&self, entries: &[Entry]) -> Result<ImageWriter> {
        let mut w = ImageWriter::new();
        write_entries(&mut w, entries)?;
        match &self.matcher {
            Some(m) => {
                w.number(1);
                m.write_image(&mut w)?;
            }
            None => w.number(0),
        }
        for t in self.str_tables() {
            t.write_image(&mut w)?;
        }
        w.number(self.rows as u64);
        Ok(w)
    }

    /// The entries and tables of an image written by [`Tables::write_image`], borrowed.
    pub(super) fn read_image(
        bin: &'static [u8],
        text: &'static str,
    ) -> Result<(Vec<Entry>, Tables)> {
        let mut r = ImageReader::new(bin, text)?;
        let (entries, labels) = read_entries(&mut r)?;
        let matcher = match r.number()? {
            0 => None,
            _ => Some(PhraseMatcher::read_image(&mut r)?),
        };
        let mut tables = Tables {
            matcher,
            labels,
            ..Tables::default()
        };
        for t in tables.str_tables_mut() {
            *t = StrTable::read_image(&mut r)?;
        }
        tables.rows = usize::try_from(r.number()?).map_err(|_| corrupt("row count"))?;
        r.finish()?;
        Ok((entries, tables))
    }

    #[cfg_attr(not(test), allow(dead_code))] // build.rs and the tests write images
    fn str_tables(&self) -> [&StrTable; 7] {
        [
            &self.name_parts,
            &self.common,
            &self.demonyms,
            &self.titles,
            &self.org_words,
            &self.currency_exact,
            &self.currency_folded,
        ]
    }

    fn str_tables_mut(&mut self) -> [&mut StrTable; 7] {
        [
            &mut self.name_parts,
            &mut self.common,
            &mut self.demonyms,
            &mut self.titles,
            &mut self.org_words,
            &mut self.currency_exact,
            &mut self.currency_folded,
        ]
    }
}

/// The name-part and common-word tables of `rows`. With the built-in lists from the image,
/// the other layers' words are merged into its tables (usually none: user lists name
/// entities): name parts are a union, a common word takes the level of the last layer that
/// lists it.
fn word_tables(rows: &Rows) -> Result<(StrTable, StrTable)> {
    let Some(builtin) = &rows.builtin_words else {
        let common = rows.common.iter().map(|(k, &(_, v))| (&**k, u32::from(v)));
        return Ok((
            StrTable::build(rows.name_parts.iter().map(|(k, v)| (&**k, v.bits())))?,
            StrTable::build(common)?,
        ));
    };
    // Still borrowed from the image unless a word is added or changed.
    let mut name_parts = builtin.name_parts.clone();
    for (k, v) in &rows.name_parts {
        name_parts.upsert(k, |old| old.unwrap_or(0) | v.bits())?;
    }
    let mut common = builtin.common.clone();
    for (k, &(layer, level)) in &rows.common {
        // An earlier layer's level stands only where the built-in lists lack the word.
        common.upsert(k, |old| match old {
            Some(old) if layer < builtin.layer => old,
            _ => u32::from(level),
        })?;
    }
    Ok((name_parts, common))
}

/// An entry in the image: (offset, length) of name, canonical, subtype, id and source in the
/// text, then the label's index in [`GazLabel::ALL`].
type EntryRecord = [u8; 41];

#[cfg_attr(not(test), allow(dead_code))] // build.rs and the tests write images
fn write_entries(w: &mut ImageWriter, entries: &[Entry]) -> Result<()> {
    let mut records: Vec<EntryRecord> = Vec::with_capacity(entries.len());
    for e in entries {
        let mut rec = [0u8; 41];
        let mut spans = [0u32; 10];
        for (i, s) in [&e.name, &e.canonical, &e.subtype, &e.id, &e.source]
            .into_iter()
            .enumerate()
        {
            (spans[2 * i], spans[2 * i + 1]) = w.intern(s)?;
        }
        put_le32(&mut rec, &spans);
        rec[40] = GazLabel::ALL
            .iter()
            .position(|&l| l == e.label)
            .unwrap_or(0) as u8;
        records.push(rec);
    }
    w.records(&records);
    Ok(())
}

/// The entries of the image, their strings borrowed from it: ≈120k small structs, the one
/// part of the image that is copied at load; with their labels (see [`Tables::labels`]).
fn read_entries(r: &mut ImageReader) -> Result<(Vec<Entry>, Vec<GazLabel>)> {
    let records: &[EntryRecord] = r.records()?;
    let mut entries = Vec::with_capacity(records.len());
    let mut labels = Vec::with_capacity(records.len());
    for rec in records {
        let s = |i: usize| -> Result<Cow<'static, str>> {
            let start = le32(rec, 8 * i);
            let len = le32(rec, 8 * i + 4);
            r.span(u64::from(start), u64::from(len)).map(Cow::Borrowed)
        };
        let label = *GazLabel::ALL
            .get(usize::from(rec[40]))
            .ok_or_else(|| corrupt("label"))?;
        labels.push(label);
        entries.push(Entry {
            name: s(0)?,
            canonical: s(1)?,
            label,
            subtype: s(2)?,
            id: s(3)?,
            source: s(4)?,
        });
    }
    Ok((entries, labels))
}
