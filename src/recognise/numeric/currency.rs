//! Currency forms: symbols and codes written before an amount ("$", "US$", "Rs.", "EUR"), and
//! codes and names written after it ("EUR", "rupees", "Australian dollars", "dlrs").
//!
//! Built from `gazetteers/currencies.tsv` (ISO 4217 codes, names and symbols; columns
//! name, canonical, label, subtype, id, source) plus a built-in table of the common forms, which
//! wins on conflicts so that GUIDELINE.md defaults hold ($ → USD, Rs → INR, ¥ → JPY, "dollars" → USD).
//! It does not decide whether a number is money; see `money.rs`.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind, StartKind};
use std::collections::HashMap;
use std::sync::OnceLock;

use super::scan::byte;

const GAZETTEER: &str = include_str!("../../../gazetteers/currencies.tsv");

/// Upper-case codes that are also English words or common acronyms ("AMD 5000", "PHP 8",
/// "ALL 3"): never read as a currency when bare.
const CODE_STOPLIST: &[&str] = &[
    "ALL", "AMD", "BAM", "BOB", "CUP", "GEL", "MAD", "MOP", "PEN", "PHP", "SOS", "TOP", "TRY",
    "ERN", "LAK", "BND", "XXX", "XTS", "TMT", "STD", "DOP", "GYD",
];

/// Prefix forms written before the number (case-sensitive), with their ISO code.
const BUILTIN_PREFIX: &[(&str, &str)] = &[
    ("$", "USD"),
    ("US$", "USD"),
    ("U.S.$", "USD"),
    ("USD", "USD"),
    ("A$", "AUD"),
    ("AU$", "AUD"),
    ("AUD", "AUD"),
    ("C$", "CAD"),
    ("CA$", "CAD"),
    ("Can$", "CAD"),
    ("HK$", "HKD"),
    ("HKD", "HKD"),
    ("NZ$", "NZD"),
    ("NZD", "NZD"),
    ("S$", "SGD"),
    ("SG$", "SGD"),
    ("SGD", "SGD"),
    ("NT$", "TWD"),
    ("R$", "BRL"),
    ("MX$", "MXN"),
    ("€", "EUR"),
    ("EUR", "EUR"),
    ("£", "GBP"),
    ("GBP", "GBP"),
    ("¥", "JPY"),
    ("JP¥", "JPY"),
    ("JPY", "JPY"),
    ("CN¥", "CNY"),
    ("RMB", "CNY"),
    ("CNY", "CNY"),
    ("₹", "INR"),
    ("INR", "INR"),
    ("Rs", "INR"),
    ("Rs.", "INR"),
    ("RS", "INR"),
    ("RS.", "INR"),
    ("rs", "INR"),
    ("rs.", "INR"),
    ("Re", "INR"),
    ("Re.", "INR"),
    ("PKR", "PKR"),
    ("LKR", "LKR"),
    ("NPR", "NPR"),
    ("BDT", "BDT"),
    ("Tk", "BDT"),
    ("₩", "KRW"),
    ("KRW", "KRW"),
    ("₽", "RUB"),
    ("RUB", "RUB"),
    ("₺", "TRY"),
    ("₦", "NGN"),
    ("₱", "PHP"),
    ("₫", "VND"),
    ("₪", "ILS"),
    ("฿", "THB"),
    ("Rp", "IDR"),
    ("RM", "MYR"),
    ("CHF", "CHF"),
    ("SFr", "CHF"),
    ("AED", "AED"),
    ("ZAR", "ZAR"),
];

/// Names written after the number (lower-case; matched case-insensitively), ISO code, and
/// whether the name is "weak" (an ordinary English word: only money with a magnitude word,
/// "5 million pounds" but not "5 pounds of flour").
const BUILTIN_NAMES: &[(&str, &str, bool)] = &[
    ("dollar", "USD", false),
    ("dollars", "USD", false),
    ("dlr", "USD", false),
    ("dlrs", "USD", false),
    ("us dollars", "USD", false),
    ("us dollar", "USD", false),
    ("u.s. dollars", "USD", false),
    ("u.s. dollar", "USD", false),
    ("u.s. dlrs", "USD", false),
    ("american dollars", "USD", false),
    ("cents", "USD-cent", false),
    ("cts", "USD-cent", false),
    ("australian dollars", "AUD", false),
    ("australian dlrs", "AUD", false),
    ("canadian dollars", "CAD", false),
    ("canadian dlrs", "CAD", false),
    ("hong kong dollars", "HKD", false),
    ("singapore dollars", "SGD", false),
    ("new zealand dollars", "NZD", false),
    ("taiwan dollars", "TWD", false),
    // Wire copy's short forms ("180 mln N.Z. Dlrs", "50 billion H.K. Dlrs").
    ("hong kong dlrs", "HKD", false),
    ("h.k. dlrs", "HKD", false),
    ("h.k. dollars", "HKD", false),
    ("singapore dlrs", "SGD", false),
    ("new zealand dlrs", "NZD", false),
    ("n.z. dlrs", "NZD", false),
    ("n.z. dollars", "NZD", false),
    ("taiwan dlrs", "TWD", false),
    ("new taiwan dollars", "TWD", false),
    ("rupee", "INR", false),
    ("rupees", "INR", false),
    ("indian rupees", "INR", false),
    ("pakistani rupees", "PKR", false),
    ("pakistan rupees", "PKR", false),
    ("sri lankan rupees", "LKR", false),
    ("sri lanka rupees", "LKR", false),
    ("nepalese rupees", "NPR", false),
    ("nepali rupees", "NPR", false),
    ("euro", "EUR", false),
    ("euros", "EUR", false),
    ("pound", "GBP", true),
    ("pounds", "GBP", true),
    ("pounds sterling", "GBP", false),
    ("british pounds", "GBP", false),
    ("sterling", "GBP", true),
    ("stg", "GBP", false),
    ("yen", "JPY", false),
    ("japanese yen", "JPY", false),
    ("yuan", "CNY", false),
    ("chinese yuan", "CNY", false),
    ("renminbi", "CNY", false),
    ("won", "KRW", true),
    ("south korean won", "KRW", false),
    ("korean won", "KRW", false),
    ("rouble", "RUB", false),
    ("roubles", "RUB", false),
    ("ruble", "RUB", false),
    ("rubles", "RUB", false),
    ("reais", "BRL", false),
    ("brazilian reais", "BRL", false),
    ("real", "BRL", true),
    ("rand", "ZAR", false),
    ("riyal", "SAR", false),
    ("riyals", "SAR", false),
    ("dirham", "AED", false),
    ("dirhams", "AED", false),
    ("ringgit", "MYR", false),
    ("baht", "THB", false),
    ("rupiah", "IDR", false),
    ("peso", "MXN", false),
    ("pesos", "MXN", false),
    ("mexican pesos", "MXN", false),
    ("philippine pesos", "PHP", false),
    ("franc", "CHF", false),
    ("francs", "CHF", false),
    ("swiss francs", "CHF", false),
    ("french francs", "FRF", false),
    ("belgian francs", "BEF", false),
    ("lira", "TRY", false),
    ("liras", "TRY", false),
    ("turkish lira", "TRY", false),
    ("lire", "ITL", false),
    ("naira", "NGN", false),
    ("taka", "BDT", false),
    ("shilling", "KES", false),
    ("shillings", "KES", false),
    ("zloty", "PLN", false),
    ("zlotys", "PLN", false),
    ("forint", "HUF", false),
    ("forints", "HUF", false),
    ("koruna", "CZK", false),
    ("crowns", "CZK", true),
    ("krona", "SEK", false),
    ("kronor", "SEK", false),
    ("swedish crowns", "SEK", false),
    ("krone", "NOK", false),
    ("kroner", "NOK", false),
    ("norwegian crowns", "NOK", false),
    ("danish kroner", "DKK", false),
    ("danish crowns", "DKK", false),
    ("hryvnia", "UAH", false),
    ("hryvnias", "UAH", false),
    ("cedi", "GHS", false),
    ("cedis", "GHS", false),
    ("kwacha", "ZMW", false),
    ("dong", "VND", false),
    ("marks", "DEM", true),
    ("mark", "DEM", true),
    ("west german marks", "DEM", false),
    ("deutsche marks", "DEM", false),
    ("guilders", "NLG", false),
];

/// The compiled currency forms, built once.
pub struct Currencies {
    prefix: HashMap<String, String>,
    /// First and last bytes of prefix forms, and their longest length: a cheap test before
    /// hashing the word in front of every number.
    prefix_first: [bool; 256],
    prefix_last: [bool; 256],
    prefix_max: usize,
    /// Upper-case ISO codes usable after the number ("20,000 EUR").
    codes: HashMap<String, String>,
    names: AhoCorasick,
    /// Per name pattern: (ISO code, weak).
    name_info: Vec<(String, bool)>,
}

/// A currency found after the number.
pub struct Suffix {
    pub end: usize,
    pub code: &'static str,
    pub weak: bool,
}

pub fn currencies() -> &'static Currencies {
    static C: OnceLock<Currencies> = OnceLock::new();
    C.get_or_init(|| Currencies::build(GAZETTEER))
}

fn plural(name: &str) -> Option<String> {
    if name.ends_with('s')
        || name.ends_with('y')
        || !name.ends_with(|c: char| c.is_ascii_lowercase())
    {
        return None;
    }
    Some(format!("{name}s"))
}

impl Currencies {
    pub fn build(tsv: &str) -> Currencies {
        let mut prefix: HashMap<String, String> = HashMap::new();
        let mut codes: HashMap<String, String> = HashMap::new();
        let mut names: HashMap<String, (String, bool)> = HashMap::new();
        let mut lines = tsv.lines();
        let header: Vec<&str> = lines.next().unwrap_or("").split('\t').collect();
        let col = |n: &str| header.iter().position(|h| h.trim() == n);
        if let (Some(ci_name), Some(ci_canon), Some(ci_sub)) =
            (col("name"), col("canonical"), col("subtype"))
        {
            for line in lines {
                let f: Vec<&str> = line.split('\t').collect();
                let (Some(name), Some(code), Some(sub)) =
                    (f.get(ci_name), f.get(ci_canon), f.get(ci_sub))
                else {
                    continue;
                };
                let (name, code) = (name.trim(), code.trim().to_ascii_uppercase());
                if name.is_empty() || code.len() != 3 {
                    continue;
                }
                match sub.trim() {
                    "code"
                        if name.len() == 3
                            && name.bytes().all(|b| b.is_ascii_uppercase())
                            && !CODE_STOPLIST.contains(&name) =>
                    {
                        prefix.insert(name.to_string(), code.clone());
                        codes.insert(name.to_string(), code);
                    }
                    // Letter-only symbols ("R", "K", "kr", "L") are words, not symbols.
                    "symbol" if name.chars().any(|c| !c.is_alphabetic()) && name.len() <= 8 => {
                        prefix.insert(name.to_string(), code);
                    }
                    "name" => {
                        let lower = name.to_lowercase();
                        if lower.len() < 3 {
                            continue;
                        }
                        // Single ordinary words from ISO names ("Lek", "Som", "Real"): weak.
                        let weak = !lower.contains(' ');
                        if let Some(p) = plural(&lower) {
                            names.entry(p).or_insert((code.clone(), weak));
                        }
                        names.entry(lower).or_insert((code, weak));
                    }
                    _ => {}
                }
            }
        }
        for &(form, code) in BUILTIN_PREFIX {
            prefix.insert(form.to_string(), code.to_string());
            if form.len() == 3 && form.bytes().all(|b| b.is_ascii_uppercase()) {
                codes.insert(form.to_string(), code.to_string());
            }
        }
        for &(name, code, weak) in BUILTIN_NAMES {
            names.insert(name.to_string(), (code.to_string(), weak));
        }
        let mut pats: Vec<(String, (String, bool))> = names.into_iter().collect();
        pats.sort();
        let names = AhoCorasickBuilder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest)
            .start_kind(StartKind::Anchored)
            .build(pats.iter().map(|(n, _)| n.as_str()))
            .expect("currency name automaton");
        let mut prefix_first = [false; 256];
        let mut prefix_last = [false; 256];
        for k in prefix.keys() {
            let b = k.as_bytes();
            prefix_first[b[0] as usize] = true;
            prefix_last[b[b.len() - 1] as usize] = true;
        }
        let prefix_max = prefix.keys().map(|k| k.len()).max().unwrap_or(0);
        Currencies {
            prefix_first,
            prefix_last,
            prefix_max,
            prefix,
            codes,
            names,
            name_info: pats.into_iter().map(|(_, v)| v).collect(),
        }
    }

    /// The stored prefix form and its ISO code (exact, case-sensitive).
    pub fn prefix_entry(&'static self, form: &str) -> Option<(&'static str, &'static str)> {
        let b = form.as_bytes();
        if b.is_empty()
            || b.len() > self.prefix_max
            || !self.prefix_first[b[0] as usize]
            || !self.prefix_last[b[b.len() - 1] as usize]
        {
            return None;
        }
        self.prefix
            .get_key_value(form)
            .map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// A currency code or name starting exactly at `i` and ending at a word boundary.
    pub fn suffix_at(&'static self, text: &str, i: usize) -> Option<Suffix> {
        let t = text.as_bytes();
        if !byte(t, i).is_ascii_alphabetic() {
            return None;
        }
        // Upper-case ISO code.
        if i + 3 <= t.len() && !byte(t, i + 3).is_ascii_alphanumeric() {
            if let Some(code) = text.get(i..i + 3).and_then(|w| self.codes.get(w)) {
                return Some(Suffix {
                    end: i + 3,
                    code,
                    weak: false,
                });
            }
        }
        let input = Input::new(text).range(i..).anchored(Anchored::Yes);
        let m = self.names.find(input)?;
        if byte(t, m.end()).is_ascii_alphanumeric() {
            return None;
        }
        let (code, weak) = self.name_info.get(m.pattern().as_usize())?;
        Some(Suffix {
            end: m.end(),
            code,
            weak: *weak,
        })
    }
}
