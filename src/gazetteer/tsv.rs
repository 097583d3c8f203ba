//! The rows of the gazetteer lists: labels, entries, name parts, the TSV parser and the
//! layered builder that applies overrides.
//!
//! **Takes** TSV text (`name, canonical, label, subtype, id, source`). **Gives** the rows that
//! survive the overrides ([`GazetteerBuilder::into_rows`]): entries in list order, name parts
//! and common-word levels. **Does not** compile anything: `tables.rs` and `matcher.rs` do.
//!
//! Shared with the crate's build script (`build.rs`), which parses the built-in lists at
//! compile time, so this file uses nothing but `std`, `memchr`, `thiserror` and its sibling
//! modules.

use super::tables::StrTable;
use std::borrow::Cow;
use std::collections::HashMap;
use std::fmt;
use std::hash::{BuildHasherDefault, Hasher};
use std::path::{Path, PathBuf};

/// Index of an [`Entry`] in a gazetteer.
pub type EntryId = u32;

/// The header line of every gazetteer TSV file.
pub const TSV_HEADER: &str = "name\tcanonical\tlabel\tsubtype\tid\tsource";

/// The built-in lists in `gazetteers/`, in load order (entries keep this order).
pub const BUILTIN_FILE_NAMES: [&str; 10] = [
    "persons.tsv",
    "organisations.tsv",
    "apps.tsv",
    "products.tsv",
    "locations.tsv",
    "demonyms.tsv",
    "currencies.tsv",
    "titles.tsv",
    "org_keywords.tsv",
    "common_words.tsv",
];

/// The `label` column of a gazetteer row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GazLabel {
    Person,
    Org,
    App,
    Product,
    Location,
    /// A nationality adjective; canonical = the country.
    Demonym,
    /// A currency code, name or symbol; canonical = the ISO 4217 code.
    Currency,
    /// A title or role word; canonical = the normalised role.
    Title,
    /// A legal-form suffix (`Inc`, `Ltd`, `GmbH`).
    OrgSuffix,
    /// An organisation head or prefix word (`Bank`, `Ministry`, `University`).
    OrgKeyword,
    /// A common English word; subtype = frequency level (lower = more common).
    Common,
}

impl GazLabel {
    /// Every label; a label's position here is its number in the compiled image.
    pub const ALL: [GazLabel; 11] = [
        GazLabel::Person,
        GazLabel::Org,
        GazLabel::App,
        GazLabel::Product,
        GazLabel::Location,
        GazLabel::Demonym,
        GazLabel::Currency,
        GazLabel::Title,
        GazLabel::OrgSuffix,
        GazLabel::OrgKeyword,
        GazLabel::Common,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            GazLabel::Person => "PERSON",
            GazLabel::Org => "ORG",
            GazLabel::App => "APP",
            GazLabel::Product => "PRODUCT",
            GazLabel::Location => "LOCATION",
            GazLabel::Demonym => "DEMONYM",
            GazLabel::Currency => "CURRENCY",
            GazLabel::Title => "TITLE",
            GazLabel::OrgSuffix => "ORG_SUFFIX",
            GazLabel::OrgKeyword => "ORG_KEYWORD",
            GazLabel::Common => "COMMON",
        }
    }

    /// Parses a label column, case-insensitively.
    pub fn parse(s: &str) -> Option<GazLabel> {
        // Fast path: the labels as the lists write them.
        if let Some(&l) = GazLabel::ALL.iter().find(|l| l.as_str() == s) {
            return Some(l);
        }
        let s = s.trim();
        GazLabel::ALL
            .into_iter()
            .find(|l| l.as_str().eq_ignore_ascii_case(s))
    }
}

impl fmt::Display for GazLabel {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One gazetteer row that can be matched as a phrase or looked up (everything except name
/// parts and common words).
///
/// The texts of the built-in entries borrow from the compiled image embedded in the binary
/// (owned for user files): 120k built-in entries would otherwise cost 600k allocations at
/// startup.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The surface form as listed (matching ignores ASCII case; see `GazMatch::exact_case`).
    pub name: Cow<'static, str>,
    /// The canonical name (the name itself when the column is empty).
    pub canonical: Cow<'static, str>,
    pub label: GazLabel,
    /// List-specific refinement (`country`, `full`, `political`, `code`, ...); may be empty.
    pub subtype: Cow<'static, str>,
    /// External id (e.g. Wikidata) of the whole entity; may be empty.
    pub id: Cow<'static, str>,
    /// Provenance: the source column, or the file name when that column is empty.
    pub source: Cow<'static, str>,
}

/// Whether a token is a known given name and/or surname.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct NamePart {
    pub given: bool,
    pub surname: bool,
}

impl NamePart {
    pub fn any(self) -> bool {
        self.given || self.surname
    }

    /// Two bits, as the compiled tables store it.
    pub(super) fn bits(self) -> u32 {
        u32::from(self.given) | u32::from(self.surname) << 1
    }

    pub(super) fn from_bits(bits: u32) -> NamePart {
        NamePart {
            given: bits & 1 != 0,
            surname: bits & 2 != 0,
        }
    }
}

/// Errors while loading gazetteer lists.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    #[error("{path}: cannot read gazetteer file: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },
    #[error("{origin}:{line}: {reason}")]
    Row {
        /// The file path (or `builtin:<file>` for the built-in lists).
        origin: String,
        /// 1-based line number.
        line: usize,
        reason: String,
    },
    #[error("cannot compile the gazetteer matcher: {0}")]
    Build(String),
}

pub type Result<T> = std::result::Result<T, GazetteerError>;

/// FxHash (rustc's hasher): SipHash took a tenth of the list loading time, and the maps hold
/// list words (lookups cannot grow them), so flooding resistance buys nothing here.
/// Also used by the recognisers' small word sets, hashed once per token, and (through
/// [`hash_bytes`]) by the compiled tables, whose hashes must not depend on the platform.
#[derive(Clone, Copy, Default)]
pub struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            self.add(le_u64_padded(rest));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.0
    }
}

/// Up to eight bytes as a little-endian `u64`, zero-padded: what copying them into a zeroed
/// `[u8; 8]` gives, without the `memcpy` call of a copy of variable length (~20 instructions
/// and a call on every short key hashed: most words, most `FxMap` lookups).
#[inline]
pub(super) fn le_u64_padded(b: &[u8]) -> u64 {
    let n = b.len();
    let u32_at = |i: usize| {
        b.get(i..i + 4)
            .map_or(0, |w| u32::from_le_bytes([w[0], w[1], w[2], w[3]]))
    };
    match n {
        // Two overlapping four-byte loads: the bytes they share are the same.
        4..=8 => u64::from(u32_at(0)) | u64::from(u32_at(n - 4)) << (8 * (n - 4)),
        _ => b
            .iter()
            .take(8)
            .enumerate()
            .fold(0, |w, (i, &x)| w | u64::from(x) << (8 * i)),
    }
}

/// The FxHash of a byte string, the same on every platform (the build script's hashes are
/// used by the binary).
#[inline]
pub(super) fn hash_bytes(bytes: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(bytes);
    h.finish()
}

/// Builds [`FxHasher`]s: the hasher parameter of a fast `HashMap` / `HashSet`.
pub type FxBuildHasher = BuildHasherDefault<FxHasher>;

pub(super) type FxMap<K, V> = HashMap<K, V, FxBuildHasher>;

/// Lower-case (Unicode), trim and collapse white space runs to one space: the key of every
/// lookup map. Borrows when there is nothing to change (the usual case for lookups).
pub(super) fn fold(s: &str) -> Cow<'_, str> {
    match ascii_fold_case(s) {
        AsciiFold::Clean => return Cow::Borrowed(s),
        AsciiFold::Lower => return Cow::Owned(s.to_ascii_lowercase()),
        AsciiFold::General => {}
    }
    let mut out = String::with_capacity(s.len());
    for word in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.extend(word.chars().flat_map(char::to_lowercase));
    }
    Cow::Owned(out)
}

/// What [`fold`] has to do with a string.
enum AsciiFold {
    /// Nothing: ASCII, no upper case, single inner spaces, no other white space.
    Clean,
    /// ASCII lower-casing only (most list names, e.g. "Ahmed").
    Lower,
    /// The Unicode path.
    General,
}

/// Byte classes for [`ascii_fold_case`].
const NON_ASCII: u8 = 1;
const UPPER: u8 = 2;
const SPACE: u8 = 4;
/// Tab, LF, form feed, CR.
const OTHER_SPACE: u8 = 8;
/// Vertical tab: white space to `split_whitespace`, not to `is_ascii_whitespace`. The Clean
/// case keeps it (as `fold` always did); the Lower case must not.
const VTAB: u8 = 16;

const BYTE_CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        let b = i as u8;
        t[i] = if b >= 0x80 {
            NON_ASCII
        } else if b.is_ascii_uppercase() {
            UPPER
        } else if b == b' ' {
            SPACE
        } else if b.is_ascii_whitespace() {
            OTHER_SPACE
        } else if b == 0x0b {
            VTAB
        } else {
            0
        };
        i += 1;
    }
    t
};

/// One table pass over the bytes (list loading folds 450k names).
fn ascii_fold_case(s: &str) -> AsciiFold {
    let bytes = s.as_bytes();
    let class = bytes
        .iter()
        .fold(0, |acc, &b| acc | BYTE_CLASS[usize::from(b)]);
    let bad_spaces = class & SPACE != 0
        && (bytes.first() == Some(&b' ')
            || bytes.last() == Some(&b' ')
            || bytes.windows(2).any(|w| w == b"  "));
    if class & (NON_ASCII | OTHER_SPACE) != 0 || bad_spaces {
        AsciiFold::General
    } else if class & UPPER == 0 {
        AsciiFold::Clean
    } else if class & VTAB == 0 {
        AsciiFold::Lower
    } else {
        AsciiFold::General
    }
}

/// [`fold`] into `buf` when it would allocate: for keys that are looked up before they are
/// stored.
fn fold_to<'a>(s: &'a str, buf: &'a mut String) -> &'a str {
    match ascii_fold_case(s) {
        AsciiFold::Clean => s,
        AsciiFold::Lower => {
            buf.clear();
            buf.push_str(s);
            buf.make_ascii_lowercase();
            buf
        }
        AsciiFold::General => {
            *buf = fold(s).into_owned();
            buf
        }
    }
}

/// The lines of a text as `str::lines` gives them, split with `memchr` (the generic char
/// searcher was a tenth of the list loading time).
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text).filter(|t| !t.is_empty());
    std::iter::from_fn(move || {
        let r = rest?;
        match memchr::memchr(b'\n', r.as_bytes()) {
            // The newline is ASCII: both slices are on char boundaries.
            Some(i) => {
                rest = r.get(i + 1..).filter(|t| !t.is_empty());
                let line = r.get(..i).unwrap_or(r);
                Some(line.strip_suffix('\r').unwrap_or(line))
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// One parsed row, borrowing from the file text.
struct Row<'a> {
    name: &'a str,
    canonical: &'a str,
    label: GazLabel,
    subtype: &'a str,
    id: &'a str,
    source: &'a str,
}

/// What a row becomes.
enum Parsed<'a> {
    Entry(Row<'a>),
    NamePart(&'a str, NamePart),
    Common(&'a str, u8),
}

/// Parses one non-empty, non-comment, non-header line.
fn parse_row(line: &str) -> std::result::Result<Parsed<'_>, String> {
    let mut cols = columns(line);
    let name = cols.next().unwrap_or("");
    let canonical = cols.next().unwrap_or("");
    let label_col = cols.next().unwrap_or("");
    let subtype = cols.next().unwrap_or("");
    let id = cols.next().unwrap_or("");
    let source = cols.next().unwrap_or("");
    if cols.next().is_some() {
        return Err("more than 6 tab-separated columns".into());
    }
    if name.is_empty() {
        return Err("empty name (1st column)".into());
    }
    if label_col.is_empty() {
        return Err(format!(
            "missing label (3rd column) for {name:?}; expected one of {}",
            label_list()
        ));
    }
    let label = GazLabel::parse(label_col).ok_or_else(|| {
        format!(
            "unknown label {label_col:?}; expected one of {}",
            label_list()
        )
    })?;
    match label {
        GazLabel::Person => match subtype {
            "given" => {
                return Ok(Parsed::NamePart(
                    name,
                    NamePart {
                        given: true,
                        surname: false,
                    },
                ))
            }
            "surname" => {
                return Ok(Parsed::NamePart(
                    name,
                    NamePart {
                        given: false,
                        surname: true,
                    },
                ))
            }
            "full" | "" => {}
            other => {
                return Err(format!(
                    "unknown PERSON subtype {other:?}; expected given, surname or full"
                ))
            }
        },
        GazLabel::Common => {
            // A missing level means "listed, but rare".
            let level = if subtype.is_empty() {
                50
            } else {
                subtype.parse::<u8>().map_err(|_| {
                    format!("COMMON subtype must be a frequency level (10..50), got {subtype:?}")
                })?
            };
            return Ok(Parsed::Common(name, level));
        }
        _ => {}
    }
    Ok(Parsed::Entry(Row {
        name,
        canonical,
        label,
        subtype: if label == GazLabel::Person {
            "full"
        } else {
            subtype
        },
        id,
        source,
    }))
}

fn label_list() -> String {
    GazLabel::ALL.map(GazLabel::as_str).join(", ")
}

/// The tab-separated columns of a row, each trimmed: `line.split('\t').map(str::trim)`, with
/// byte-level splitting and trimming skipped for the usual clean column (600k rows in the
/// built-in lists; the generic char searcher and Unicode trim were a quarter of parsing).
fn columns(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(line);
    std::iter::from_fn(move || {
        let r = rest?;
        // Columns are short: a plain scan beats `memchr`'s set-up.
        let col = match r.bytes().position(|b| b == b'\t') {
            // The tab is ASCII, so both slices are on char boundaries.
            Some(i) => {
                rest = r.get(i + 1..);
                r.get(..i).unwrap_or(r)
            }
            None => {
                rest = None;
                r
            }
        };
        Some(trim_column(col))
    })
}

/// `str::trim`, without its Unicode scan when both ends are visible ASCII.
#[inline]
fn trim_column(col: &str) -> &str {
    match (col.as_bytes().first(), col.as_bytes().last()) {
        (Some(a), Some(b)) if a.is_ascii_graphic() && b.is_ascii_graphic() => col,
        (None, _) => col,
        _ => col.trim(),
    }
}

fn is_header(line: &str) -> bool {
    // Cheap rejection first: this runs on every row.
    let first = line.as_bytes().first().copied().unwrap_or(b' ');
    if (first.is_ascii_graphic() && first != b'n') || !line.trim_start().starts_with("name") {
        return false;
    }
    let mut cols = columns(line);
    cols.next() == Some("name") && cols.next() == Some("canonical") && cols.next() == Some("label")
}

/// Collects lists in order (built-in first, then user files) and compiles them.
///
/// Each `add_*` call is one override layer: its entries replace entries of earlier layers with
/// the same name and label. The built-in files together form one layer.
#[derive(Default)]
pub struct GazetteerBuilder {
    /// (layer, entry)
    pub(super) entries: Vec<(u32, Entry)>,
    pub(super) name_parts: FxMap<Box<str>, NamePart>,
    /// word → (layer, level)
    pub(super) common: FxMap<Box<str>, (u32, u8)>,
    layers: u32,
    /// The layer of the built-in lists, once added.
    pub(super) builtin_layer: Option<u32>,
    /// The built-in name parts and common words when they come from the compiled image:
    /// kept as they are (400k words), `name_parts` and `common` then hold the other layers.
    pub(super) builtin_words: Option<BuiltinWords>,
}

/// The compiled name-part and common-word tables of the built-in lists.
pub(super) struct BuiltinWords {
    pub(super) layer: u32,
    /// Folded word → [`NamePart::bits`].
    pub(super) name_parts: StrTable,
    /// Folded word → level.
    pub(super) common: StrTable,
}

/// The rows of a [`GazetteerBuilder`] after overrides: what gets compiled.
pub(super) struct Rows {
    /// In list order.
    pub(super) entries: Vec<Entry>,
    /// Folded word → name part.
    pub(super) name_parts: FxMap<Box<str>, NamePart>,
    /// Folded word → (layer, frequency level).
    pub(super) common: FxMap<Box<str>, (u32, u8)>,
    /// Words of the built-in layer not in the two maps above (see
    /// [`GazetteerBuilder::builtin_words`]).
    pub(super) builtin_words: Option<BuiltinWords>,
}

impl GazetteerBuilder {
    pub fn new() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// Adds a user TSV file (one layer). Errors name the file and line.
    pub fn add_file(&mut self, path: &Path) -> Result<&mut Self> {
        let text = std::fs::read_to_string(path).map_err(|source| GazetteerError::Io {
            path: path.to_path_buf(),
            source,
        })?;
        let origin = path.display().to_string();
        let file_name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| origin.clone());
        let layer = self.next_layer();
        self.add_text(layer, &origin, &file_name, &text)?;
        Ok(self)
    }

    /// Adds TSV text (one layer); `origin` names it in errors and is the default source.
    pub fn add_tsv(&mut self, origin: &str, text: &str) -> Result<&mut Self> {
        let layer = self.next_layer();
        self.add_text(layer, origin, origin, text)?;
        Ok(self)
    }

    pub(super) fn next_layer(&mut self) -> u32 {
        self.layers += 1;
        self.layers - 1
    }

    /// Parses `text` into `layer`. `origin` names it in errors; `default_source` fills an
    /// empty source column.
    pub(super) fn add_text(
        &mut self,
        layer: u32,
        origin: &str,
        default_source: &str,
        text: &str,
    ) -> Result<()> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let default_source: Cow<'static, str> = Cow::Owned(default_source.to_owned());
        let own = |s: &str| -> Cow<'static, str> { Cow::Owned(s.to_owned()) };
        let mut fold_buf = String::new();
        for (i, line) in lines(text).enumerate() {
            let line = line.strip_suffix('\r').unwrap_or(line);
            let blank = !line.as_bytes().first().is_some_and(u8::is_ascii_graphic)
                && line.trim().is_empty();
            if blank || line.starts_with('#') || is_header(line) {
                continue;
            }
            let parsed = parse_row(line).map_err(|reason| GazetteerError::Row {
                origin: origin.to_string(),
                line: i + 1,
                reason,
            })?;
            match parsed {
                Parsed::Entry(row) => self.entries.push((
                    layer,
                    Entry {
                        name: own(row.name),
                        canonical: own(if row.canonical.is_empty() {
                            row.name
                        } else {
                            row.canonical
                        }),
                        label: row.label,
                        subtype: own(row.subtype),
                        id: own(row.id),
                        source: if row.source.is_empty() {
                            default_source.clone()
                        } else {
                            own(row.source)
                        },
                    },
                )),
                Parsed::NamePart(name, part) => {
                    self.add_name_part(fold_to(name, &mut fold_buf), part);
                }
                Parsed::Common(word, level) => {
                    self.add_common(layer, fold_to(word, &mut fold_buf), level);
                }
            }
        }
        Ok(())
    }

    /// Name parts are a union over all layers.
    pub(super) fn add_name_part(&mut self, folded: &str, part: NamePart) {
        let slot = self.name_parts.entry(folded.into()).or_default();
        slot.given |= part.given;
        slot.surname |= part.surname;
    }

    /// Within a layer a word keeps its most common level; a later layer replaces it.
    pub(super) fn add_common(&mut self, layer: u32, folded: &str, level: u8) {
        self.common
            .entry(folded.into())
            .and_modify(|(l, v)| {
                *v = if *l == layer { (*v).min(level) } else { level };
                *l = layer;
            })
            .or_insert((layer, level));
    }

    /// Applies the overrides: an entry is dropped when a later layer has one with the same
    /// name and label.
    pub(super) fn into_rows(self) -> Rows {
        // Last layer defining each (name, label). Layer 0 overrides nothing, so it stays out
        // of this map: when it is the built-in lists, the map stays small.
        let mut last_layer: FxMap<(&str, GazLabel), u32> = FxMap::default();
        for (layer, e) in &self.entries {
            if *layer > 0 {
                let slot = last_layer.entry((&*e.name, e.label)).or_insert(0);
                *slot = (*slot).max(*layer);
            }
        }
        let keep: Vec<bool> = self
            .entries
            .iter()
            .map(|(layer, e)| {
                last_layer
                    .get(&(&*e.name, e.label))
                    .is_none_or(|&last| last <= *layer)
            })
            .collect();
        drop(last_layer);
        let entries: Vec<Entry> = self
            .entries
            .into_iter()
            .zip(keep)
            .filter_map(|((_, e), keep)| keep.then_some(e))
            .collect();
        Rows {
            entries,
            name_parts: self.name_parts,
            common: self.common,
            builtin_words: self.builtin_words,
        }
    }
}

/// Reads the built-in lists from `dir` into one layer of `builder` (the build script's
/// path; the binary reads the compiled image instead).
#[cfg_attr(not(test), allow(dead_code))] // build.rs and the tests parse the lists
pub(super) fn add_builtin_files(builder: &mut GazetteerBuilder, dir: &Path) -> Result<()> {
    let layer = builder.next_layer();
    builder.builtin_layer = Some(layer);
    for file in BUILTIN_FILE_NAMES {
        let path = dir.join(file);
        let text = std::fs::read_to_string(&path).map_err(|source| GazetteerError::Io {
            path: path.clone(),
            source,
        })?;
        builder.add_text(layer, &format!("builtin:{file}"), file, &text)?;
    }
    Ok(())
}
