//! HTML building blocks for the report: escaping, safe file names, label colours, and the page
//! shell with the inline style sheet and script.
//!
//! Takes: strings from the tables (untrusted web text). Gives: escaped HTML, file names that are
//! safe on every file system. Does not know about articles or entities.

use std::fmt::Write;

/// Escapes text for HTML element content and double- or single-quoted attribute values.
pub fn esc(s: &str) -> std::borrow::Cow<'_, str> {
    let plain = |c: char| {
        !matches!(c, '&' | '<' | '>' | '"' | '\'')
            && (!c.is_control() || matches!(c, '\t' | '\n' | '\r'))
    };
    if s.chars().all(plain) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    push_esc(&mut out, s);
    std::borrow::Cow::Owned(out)
}

/// Appends `s` escaped (see [`esc`]).
pub fn push_esc(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Controls other than tab and newlines are not allowed in HTML text.
            c if c.is_control() && !matches!(c, '\t' | '\n' | '\r') => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
}

/// 64-bit FNV-1a: a stable hash (the same on every platform and run) for file names.
fn fnv1a(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    h
}

/// A file name stem for an id (doc id or entity key), without extension.
///
/// The id is lower-cased, every character outside `[a-z0-9_-]` becomes `_` (so no `/`, `..`,
/// `\`, `:`, NUL or reserved Windows characters), cut to 48 characters, and followed by `-`
/// and 12 hex digits of the FNV-1a hash of the exact id. Different ids that sanitise alike
/// ("A/B", "a_b", "a b") therefore still get different names, also on case-insensitive file
/// systems; the name stays short enough for any file system.
pub fn safe_name(id: &str) -> String {
    let mut stem: String = id
        .chars()
        .map(|c| {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .take(48)
        .collect();
    if stem.is_empty() {
        stem.push('_');
    }
    let _ = write!(stem, "-{:012x}", fnv1a(id) & 0xffff_ffff_ffff);
    stem
}

/// A CSS class suffix for a label (letters and digits only, lower-case).
pub fn label_class(label: &str) -> String {
    let s: String = label
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .map(|c| c.to_ascii_lowercase())
        .collect();
    if s.is_empty() {
        "other".into()
    } else {
        s
    }
}

/// Labels with a colour in the style sheet, in legend order (displaCy's palette where it has
/// one). Other labels are grey.
pub const LABELS: &[&str] = &[
    "PERSON", "ORG", "APP", "PRODUCT", "LOCATION", "MONEY", "PERCENT", "DATE", "AGE",
];

/// A number with thousands separators ("80000000" → "80,000,000"); other text unchanged.
pub fn group_digits(n: &str) -> String {
    let (int, frac) = n.split_once('.').unwrap_or((n, ""));
    let (sign, digits) = int.strip_prefix('-').map_or(("", int), |d| ("-", d));
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return n.to_string();
    }
    let mut out = String::from(sign);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if !frac.is_empty() {
        out.push('.');
        out.push_str(frac);
    }
    out
}

const CSS: &str = r#"
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 -apple-system,"Segoe UI",Roboto,"DejaVu Sans",Arial,sans-serif;color:#1d232a;background:#f6f7f9}
header.top{background:#1f2a37;color:#fff;padding:10px 24px;display:flex;gap:22px;align-items:baseline}
header.top a{color:#cfe3ff;text-decoration:none}
header.top .brand{font-weight:700;color:#fff;font-size:17px}
main{max-width:1240px;margin:0 auto;padding:18px 24px 40px}
h1{font-size:24px;line-height:1.25;margin:6px 0 6px}
h2{font-size:17px;margin:22px 0 8px}
a{color:#1565c0}
.meta{color:#5b6570;font-size:13px}
.card{background:#fff;border:1px solid #e2e5e9;border-radius:8px;padding:16px 20px}
table.list{border-collapse:collapse;width:100%;background:#fff;font-size:14px}
table.list th,table.list td{border-bottom:1px solid #e7e9ec;padding:6px 8px;text-align:left;vertical-align:top}
table.list th{background:#eef1f4;position:sticky;top:0}
td.n{text-align:right;font-variant-numeric:tabular-nums}
.filters{display:flex;gap:10px;flex-wrap:wrap;margin:10px 0 12px;align-items:center}
.filters input,.filters select{font:inherit;padding:5px 8px;border:1px solid #c5cbd2;border-radius:5px}
.st-ok{color:#2e7d32}.st-warning{color:#b26a00}.st-error{color:#c62828;font-weight:600}
.layout{display:grid;grid-template-columns:minmax(0,1fr) 340px;gap:20px;align-items:start}
@media (max-width:900px){.layout{grid-template-columns:1fr}}
.text{white-space:pre-wrap;line-height:2.2;font-size:16px}
.text .p{margin:0 0 .7em}
.s{border-radius:3px}
.z-title{font-weight:700;font-size:18px}
.z-byline,.z-dateline{color:#5b6570}
.z-highlights{font-style:italic}
.z-boilerplate{background:repeating-linear-gradient(135deg,#eceff1 0 6px,#e3e7ea 6px 12px);color:#77808a}
.s:target{outline:2px solid #ff9800;background:#fff3e0}
mark.ent{padding:.25em .45em;margin:0 .1em;line-height:1;border-radius:.35em;background:var(--c,#ddd);color:#1d232a;cursor:pointer;box-decoration-break:clone;-webkit-box-decoration-break:clone}
mark.ent mark.ent{padding:.1em .3em}
mark.ent .tag{font-size:.62em;font-weight:700;line-height:1;text-transform:uppercase;vertical-align:middle;margin-left:.45em;color:#1d232a;text-decoration:none;opacity:.75}
.z-boilerplate mark.ent{opacity:.6}
.l-person{--c:#aa9cfc}.l-org{--c:#7aecec}.l-app{--c:#ffd166}.l-product{--c:#bfeeb7}.l-location{--c:#feca74}
.l-money{--c:#e4e7d2}.l-percent{--c:#e4e7d2}.l-date{--c:#bfe1d9}.l-age{--c:#f0c6e6}
.chip{display:inline-block;padding:1px 8px;border-radius:10px;background:var(--c,#ddd);font-size:12px;font-weight:600;margin:1px 2px}
.legend label{margin-right:10px;font-size:13px;cursor:pointer}
body.hide-person mark.l-person,body.hide-org mark.l-org,body.hide-app mark.l-app,body.hide-product mark.l-product,body.hide-location mark.l-location,body.hide-money mark.l-money,body.hide-percent mark.l-percent,body.hide-date mark.l-date,body.hide-age mark.l-age{background:none;padding:0}
body.hide-person mark.l-person .tag,body.hide-org mark.l-org .tag,body.hide-app mark.l-app .tag,body.hide-product mark.l-product .tag,body.hide-location mark.l-location .tag,body.hide-money mark.l-money .tag,body.hide-percent mark.l-percent .tag,body.hide-date mark.l-date .tag,body.hide-age mark.l-age .tag{display:none}
aside.facts{position:sticky;top:12px;max-height:calc(100vh - 24px);overflow:auto}
.fact{border-left:4px solid #90a4ae;padding:6px 10px;margin:0 0 8px;background:#fafbfc;font-size:14px}
.fact .pred{display:inline-block;font-size:11px;font-weight:700;text-transform:uppercase;background:#37474f;color:#fff;border-radius:3px;padding:0 5px;margin:0 4px}
.fact .why{color:#5b6570;font-size:12px}
.snip{font-size:14px;margin:4px 0 10px;padding-left:10px;border-left:3px solid #e2e5e9}
.snip b{background:var(--c,#ddd);border-radius:3px;padding:0 3px;font-weight:600}
.note{background:#fff8e1;border:1px solid #ffe082;border-radius:6px;padding:8px 12px;font-size:14px}
svg.graph{background:#fff;border:1px solid #e2e5e9;border-radius:8px;width:100%;height:auto}
svg.graph line{stroke:#90a4ae}
svg.graph circle{stroke:#fff;stroke-width:1.5}
svg.graph a:hover circle{stroke:#1f2a37;stroke-width:3}
svg.graph text{font-size:11px;fill:#37474f;pointer-events:none}
.hidden{display:none}
"#;

/// Script shared by every page: label toggles (article pages), clickable marks, and the
/// index filters. Plain ES5, no network, no dependencies.
const JS: &str = r#"
(function(){
document.documentElement.classList.add('js');
var marks=document.querySelectorAll('mark.ent[data-href]');
for(var i=0;i<marks.length;i++){marks[i].addEventListener('click',function(e){
 if(e.target.tagName==='A')return; e.stopPropagation(); location.href=this.getAttribute('data-href');});}
var toggles=document.querySelectorAll('input[data-toggle]');
for(var j=0;j<toggles.length;j++){toggles[j].addEventListener('change',function(){
 document.body.classList.toggle('hide-'+this.getAttribute('data-toggle'),!this.checked);});}
var table=document.getElementById('articles');
if(!table)return;
var q=document.getElementById('q'),lab=document.getElementById('label'),st=document.getElementById('status'),shown=document.getElementById('shown');
var rows=table.tBodies[0].rows;
function apply(){
 var text=q.value.toLowerCase(),l=lab.value,s=st.value,n=0;
 for(var k=0;k<rows.length;k++){var r=rows[k];
  var ok=(!text||r.getAttribute('data-search').indexOf(text)>=0)&&(!s||r.getAttribute('data-status')===s)&&(!l||(' '+r.getAttribute('data-labels')+' ').indexOf(' '+l+' ')>=0);
  r.className=ok?'':'hidden'; if(ok)n++;}
 shown.textContent=n+' of '+rows.length+' articles shown';
}
q.addEventListener('input',apply);lab.addEventListener('change',apply);st.addEventListener('change',apply);
apply();
})();
"#;

/// Writes a whole page: `root` is the relative path to the report folder ("" or "../").
pub fn page(title: &str, root: &str, body: &str) -> String {
    let mut out = String::with_capacity(body.len() + CSS.len() + JS.len() + 600);
    out.push_str("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n");
    // No network at all: a page from web text must not be able to load anything.
    out.push_str("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n<title>");
    push_esc(&mut out, title);
    out.push_str(" · newsfacts report</title>\n<style>");
    out.push_str(CSS);
    out.push_str("</style></head>\n<body>\n<header class=\"top\"><span class=\"brand\">newsfacts report</span>");
    let _ = write!(
        out,
        "<a href=\"{root}index.html\">Articles</a><a href=\"{root}entities.html\">Entities</a><a href=\"{root}graph.html\">Story links</a></header>\n<main>\n"
    );
    out.push_str(body);
    out.push_str("\n</main>\n<script>");
    out.push_str(JS);
    out.push_str("</script>\n</body></html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_and_quotes() {
        let cases = [
            ("plain text", "plain text"),
            (
                "<script>alert(1)</script>",
                "&lt;script&gt;alert(1)&lt;/script&gt;",
            ),
            ("a & b", "a &amp; b"),
            ("\" onmouseover='x'", "&quot; onmouseover=&#39;x&#39;"),
            ("&amp;", "&amp;amp;"),
            ("Zürich – “quoted”", "Zürich – “quoted”"),
            ("nul\u{0}bell\u{7}", "nul\u{FFFD}bell\u{FFFD}"),
            ("line\nbreak\ttab", "line\nbreak\ttab"),
        ];
        for (input, want) in cases {
            assert_eq!(esc(input), want, "{input:?}");
        }
    }

    #[test]
    fn safe_names_are_clean_distinct_and_stable() {
        let ids = [
            "gadgets360-2021-02-16-musk-putin-clubhouse",
            "a/b",
            "a_b",
            "A_B",
            "a b",
            "../../etc/passwd",
            "CON",
            "",
            "東京ニュース",
            "news.jsonl:12",
        ];
        let names: Vec<String> = ids.iter().map(|id| safe_name(id)).collect();
        for (id, name) in ids.iter().zip(&names) {
            assert!(
                name.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_'),
                "{id:?} → {name}"
            );
            assert!(name.len() <= 48 + 13, "{name}");
            assert_eq!(safe_name(id), *name, "stable");
        }
        let distinct: std::collections::HashSet<&String> = names.iter().collect();
        assert_eq!(distinct.len(), names.len(), "{names:?}");
        assert!(names[0].starts_with("gadgets360-2021-02-16-musk-putin-clubhouse-"));
        assert!(!names[5].contains('.') && !names[5].contains('/'));
        assert!(safe_name(&"x".repeat(500)).len() < 70);
    }

    #[test]
    fn digits_are_grouped() {
        let cases = [
            ("80000000", "80,000,000"),
            ("5800000000", "5,800,000,000"),
            ("999", "999"),
            ("1000", "1,000"),
            ("-1234.5", "-1,234.5"),
            ("1.1e6", "1.1e6"),
            ("", ""),
            ("abc", "abc"),
        ];
        for (n, want) in cases {
            assert_eq!(group_digits(n), want, "{n}");
        }
    }

    #[test]
    fn label_classes_are_css_safe() {
        assert_eq!(label_class("PERSON"), "person");
        assert_eq!(label_class("WORK_OF_ART"), "workofart");
        assert_eq!(label_class("\"><x"), "x");
        assert_eq!(label_class(""), "other");
    }
}
