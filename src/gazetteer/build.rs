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
pub const OUTPUT_FILES: [&str; 10] = [
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

/// The header line of every output (and curated) file.
pub const HEADER: &str = "name\tcanonical\tlabel\tsubtype\tid\tsource";

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
        writeln!(f, "by source:")?;
        for (source, n) in &self.by_source {
            writeln!(f, "  {source}\t{n}")?;
        }
        Ok(())
    }
}

/// Collects rows per output file.
#[derive(Default)]
struct Lists {
    files: BTreeMap<&'static str, Vec<Row>>,
}

impl Lists {
    /// Adds a row after cleaning its fields; rows with an empty name or canonical are dropped.
    fn push(&mut self, file: &'static str, mut row: Row) {
        row.name = clean(&row.name);
        row.canonical = clean(&row.canonical);
        row.subtype = clean(&row.subtype);
        row.id = clean(&row.id);
        if row.name.is_empty() || row.canonical.is_empty() {
            return;
        }
        self.files.entry(file).or_default().push(row);
    }

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

    /// True when some row of `file` already has this name.
    fn names(&self, file: &str) -> HashSet<String> {
        self.files
            .get(file)
            .map(|rows| rows.iter().map(|r| r.name.clone()).collect())
            .unwrap_or_default()
    }
}

/// Collapses whitespace (tabs and newlines included) and trims; the output never holds a tab.
fn clean(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Sorts and deduplicates rows. Rows with the same (name, canonical, label, subtype) are merged:
/// a curated row wins, then one with an id, then the smallest source name.
fn finalise(rows: Vec<Row>) -> Vec<Row> {
    let mut best: BTreeMap<(String, String, String, String), Row> = BTreeMap::new();
    for row in rows {
        let key = (
            row.name.clone(),
            row.canonical.clone(),
            row.label.clone(),
            row.subtype.clone(),
        );
        match best.get(&key) {
            Some(old) if !better(&row, old) => {}
            _ => {
                best.insert(key, row);
            }
        }
    }
    best.into_values().collect()
}

fn better(new: &Row, old: &Row) -> bool {
    let rank = |r: &Row| {
        (
            r.source != "curated",
            r.id.is_empty(),
            r.source.clone(),
            r.id.clone(),
        )
    };
    rank(new) < rank(old)
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

    /// All `lists/*.tsv` files of a family whose name starts with `prefix`, sorted by name.
    fn files_with_prefix(&self, family: &str, prefix: &str) -> Vec<PathBuf> {
        let dir = self.root.join(family).join("lists");
        let mut out: Vec<PathBuf> = fs::read_dir(&dir)
            .map(|rd| {
                rd.filter_map(|e| e.ok().map(|e| e.path()))
                    .filter(|p| {
                        p.file_name()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| n.starts_with(prefix) && n.ends_with(".tsv"))
                    })
                    .collect()
            })
            .unwrap_or_default();
        out.sort();
        out
    }
}

// ---------------------------------------------------------------------------------------------
// Currencies

const CUR: &str = "currencies.tsv";

/// Codes whose names are commodities or accounting units, not money in news ("Gold", "Silver").
const NON_MONEY_CODES: [&str; 14] = [
    "XAU", "XAG", "XPD", "XPT", "XBA", "XBB", "XBC", "XBD", "XDR", "XSU", "XUA", "XTS", "XXX",
    "XFU",
];

/// Bare unit words shared by several currencies → the conventional default (GUIDELINE.md:
/// $ → USD, rupees → INR, ¥ → JPY ...). Shared bare words absent here are dropped.
const BARE_DEFAULTS: [(&str, &str); 30] = [
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
const BARE_BLOCK: [&str; 6] = ["real", "mark", "marks", "cent", "cents", "som"];

/// Symbols shared by several currencies → conventional default; overrides source rankings.
const SYMBOL_DEFAULTS: [(&str, &str); 12] = [
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
const SYMBOL_BLOCK: [&str; 16] = [
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
    let defaults: HashMap<&str, &str> = BARE_DEFAULTS.into_iter().collect();
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
    let sym_defaults: HashMap<&str, &str> = SYMBOL_DEFAULTS.into_iter().collect();
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
    let _ = conll_train;
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
    currencies(&src, &curated, &mut lists);
    one_currency_per_name(&mut lists);

    fs::create_dir_all(out).with_context(|| format!("creating {}", out.display()))?;
    let mut report = BuildReport::default();
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
        assert!(rows("currencies.tsv") >= 500, "{report}");
        let text = fs::read_to_string(tmp.path().join("currencies.tsv")).expect("read");
        for want in [
            "$\tUSD\tCURRENCY\tsymbol",
            "₹\tINR\t",
            "rupees\tINR\t",
            "USD\tUSD\t",
        ] {
            assert!(text.contains(want), "missing {want}");
        }
    }
}
