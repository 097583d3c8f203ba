//! HTML pages → article text and metadata: charset decoding, main-content extraction, meta tags.
//!
//! Takes the raw bytes (or text) of a saved web page; gives the article's text (title line, a
//! blank line, then the main-content blocks separated by blank lines), its [`Meta`] (title,
//! author, ISO date, canonical URL, publisher) and warnings about anything repaired.
//!
//! How: one forward pass of a hand-written tokenizer builds a flat arena of elements (an explicit
//! stack, never recursion, so 100k nested `<div>`s are fine) and a list of text blocks, each
//! with its element, text and the share of it inside links. Scripts, styles, forms controls,
//! navigation, captions and hidden elements are dropped. The main content is the element whose
//! subtree maximises "good text minus furniture" (readability-style: long, comma-rich, link-poor
//! blocks count for it; link lists, short scraps and blocks under boilerplate-named elements
//! count against it); its blocks are kept unless they are link lists or under a boilerplate-named
//! element inside it. A summary just before the container (a lead paragraph next to the
//! headline) is kept too. Date, author, URL and publisher come from JSON-LD (`NewsArticle`
//! etc.), then `<meta>` tags; the title is the text most of JSON-LD, `og:`/`twitter:`/other meta
//! titles, `<title>` and `<h1>` agree on once site and section names are cut (see
//! `choose_title`).
//!
//! It does not run scripts, apply CSS, follow links, or build a conforming HTML5 tree: malformed
//! markup gets a best effort (unmatched end tags are ignored, unclosed elements end with their
//! parent), never an error.

use crate::dates::parse_date;
use crate::model::Meta;
use aho_corasick::AhoCorasick;
use serde_json::Value;
use std::borrow::Cow;
use std::sync::LazyLock;

/// What was extracted from one page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Extracted {
    /// Title line (when known), blank line, then the content blocks separated by blank lines.
    pub text: String,
    /// Byte offset in `text` where the body (the blocks after the title) starts.
    pub body_start: usize,
    pub meta: Meta,
    pub warnings: Vec<String>,
}

/// A page's bytes → an article: extracted text and metadata, warnings, the size limit.
/// Never fails: a page without content gives an empty article with a warning.
pub fn article_from_html(
    bytes: &[u8],
    id: String,
    source_path: String,
    options: &super::IngestOptions,
) -> crate::model::Article {
    let Extracted {
        mut text,
        meta,
        mut warnings,
        ..
    } = extract_bytes(bytes);
    super::decode::finish(&mut text, &mut warnings, options);
    crate::model::Article {
        id,
        source_path,
        text,
        meta,
        warnings,
    }
}

/// The relative path `--keep-text` writes an article's text to: `text/<id>.txt`, where each
/// `/`-separated part of the id keeps letters, digits, `.`, `_` and `-` (anything else becomes
/// `_`), parts that are empty, `.` or `..` are dropped, a leading `.` becomes `_` (no hidden
/// files), and parts are cut to 120 bytes. So `../a b/c:3` → `text/a_b/c_3.txt`; the path never
/// leaves the output folder. Distinct ids can map to one path (`a b`, `a_b`): the last wins.
pub fn text_path(id: &str) -> std::path::PathBuf {
    let mut path = std::path::PathBuf::from("text");
    let mut parts = 0;
    for part in id.split(['/', '\\']) {
        if part.is_empty() || part == "." || part == ".." {
            continue;
        }
        let mut clean = String::with_capacity(part.len());
        for c in part.chars() {
            if clean.len() + c.len_utf8() > 120 {
                break;
            }
            clean.push(if c.is_alphanumeric() || matches!(c, '.' | '_' | '-') {
                c
            } else {
                '_'
            });
        }
        if clean.starts_with('.') {
            clean.replace_range(..1, "_");
        }
        path.push(clean);
        parts += 1;
    }
    if parts == 0 {
        path.push("_");
    }
    path.as_mut_os_string().push(".txt");
    path
}

/// Decodes the page bytes (BOM, `<meta charset>` or `http-equiv`, else UTF-8) and extracts.
pub fn extract_bytes(bytes: &[u8]) -> Extracted {
    let (html, mut warnings) = decode_html(bytes);
    let mut out = extract(&html);
    warnings.append(&mut out.warnings);
    out.warnings = warnings;
    out
}

/// Bytes → text, following a BOM or the charset declared in the first 4 KiB (as browsers do).
/// A page declared in a legacy charset that is nevertheless valid, non-ASCII UTF-8 is read as
/// UTF-8 (a mislabelled page; the other reading would be mojibake), with a warning.
pub fn decode_html(bytes: &[u8]) -> (String, Vec<String>) {
    let mut warnings = Vec::new();
    if let Some((enc, bom_len)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, had_errors) = enc.decode_without_bom_handling(&bytes[bom_len..]);
        if had_errors {
            warnings.push(format!("invalid {} bytes replaced by U+FFFD", enc.name()));
        }
        return (text.into_owned(), warnings);
    }
    let declared = sniff_charset(&bytes[..bytes.len().min(4096)]);
    let enc = match declared {
        Some(label) => match encoding_rs::Encoding::for_label(label.as_bytes()) {
            // HTML: a UTF-16 label in a meta tag means UTF-8 (the bytes are ASCII-compatible).
            Some(e) if e == encoding_rs::UTF_16LE || e == encoding_rs::UTF_16BE => {
                encoding_rs::UTF_8
            }
            Some(e) => e,
            None => {
                warnings.push(format!("unknown charset {label:?}; read as UTF-8"));
                encoding_rs::UTF_8
            }
        },
        None => encoding_rs::UTF_8,
    };
    if enc != encoding_rs::UTF_8 {
        if !bytes.is_ascii() && std::str::from_utf8(bytes).is_ok() {
            warnings.push(format!(
                "declared charset {} but the page is valid UTF-8; read as UTF-8",
                enc.name()
            ));
        } else {
            let (text, had_errors) = enc.decode_without_bom_handling(bytes);
            if had_errors {
                warnings.push(format!("invalid {} bytes replaced by U+FFFD", enc.name()));
            }
            return (text.into_owned(), warnings);
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => (s.to_string(), warnings),
        Err(_) => {
            let text = String::from_utf8_lossy(bytes).into_owned();
            let bad = text.matches('\u{FFFD}').count();
            warnings.push(format!(
                "invalid UTF-8: {bad} byte sequence(s) replaced by U+FFFD (no charset declared)"
            ));
            (text, warnings)
        }
    }
}

/// The charset label of the first `<meta charset=…>` or `<meta http-equiv … content="…charset=…">`.
fn sniff_charset(head: &[u8]) -> Option<String> {
    let lower: Vec<u8> = head.iter().map(u8::to_ascii_lowercase).collect();
    let mut from = 0;
    while let Some(p) = memchr::memmem::find(&lower[from..], b"<meta") {
        let start = from + p;
        let end = memchr::memchr(b'>', &lower[start..]).map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = memchr::memmem::find(tag, b"charset") {
            let rest = &tag[c + 7..];
            let rest = rest.trim_ascii_start();
            if let Some(rest) = rest.strip_prefix(b"=") {
                let rest = rest.trim_ascii_start();
                let rest = rest.strip_prefix(b"\"").unwrap_or(rest);
                let rest = rest.strip_prefix(b"'").unwrap_or(rest);
                let len = rest
                    .iter()
                    .position(|b| matches!(b, b'"' | b'\'' | b';' | b' ' | b'/' | b'>'))
                    .unwrap_or(rest.len());
                if len > 0 {
                    return Some(String::from_utf8_lossy(&rest[..len]).into_owned());
                }
            }
        }
        from = end;
    }
    None
}

/// Element kinds that matter to extraction; everything else is `Other` (inline) or `Block`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    /// Inline: text flows through it.
    Inline,
    /// A link: its text counts as link text.
    Link,
    /// Starts and ends a text block.
    Block,
    /// A paragraph-like block (`p`, `blockquote`, `pre`, `li`, `dd`, `td`).
    Para,
    /// `h1`–`h6`.
    Heading(u8),
    /// Dropped with everything inside (navigation, captions, form controls, embedded objects).
    Skip,
}

#[inline]
fn kind_of(name: &[u8]) -> Kind {
    match name {
        b"a" => Kind::Link,
        b"p" | b"blockquote" | b"pre" | b"li" | b"dd" | b"td" | b"th" | b"dt" => Kind::Para,
        b"h1" => Kind::Heading(1),
        b"h2" => Kind::Heading(2),
        b"h3" => Kind::Heading(3),
        b"h4" => Kind::Heading(4),
        b"h5" => Kind::Heading(5),
        b"h6" => Kind::Heading(6),
        b"div" | b"section" | b"article" | b"main" | b"body" | b"html" | b"header" | b"ul"
        | b"ol" | b"dl" | b"table" | b"tbody" | b"thead" | b"tfoot" | b"tr" | b"hgroup"
        | b"center" | b"details" | b"summary" | b"address" | b"fieldset" | b"form" | b"caption"
        | b"legend" => Kind::Block,
        b"nav" | b"footer" | b"aside" | b"figure" | b"figcaption" | b"svg" | b"math"
        | b"template" | b"select" | b"button" | b"dialog" | b"menu" | b"object" | b"video"
        | b"audio" | b"canvas" | b"map" | b"label" | b"head" => Kind::Skip,
        _ => Kind::Inline,
    }
}

/// Elements without content or end tag.
fn is_void(name: &[u8]) -> bool {
    matches!(
        name,
        b"area"
            | b"base"
            | b"br"
            | b"col"
            | b"embed"
            | b"hr"
            | b"img"
            | b"input"
            | b"link"
            | b"meta"
            | b"param"
            | b"source"
            | b"track"
            | b"wbr"
            | b"keygen"
    )
}

/// Elements whose content is raw text up to the matching end tag.
fn is_raw_text(name: &[u8]) -> bool {
    matches!(
        name,
        b"script"
            | b"style"
            | b"title"
            | b"textarea"
            | b"xmp"
            | b"iframe"
            | b"noembed"
            | b"noframes"
            | b"noscript"
            | b"plaintext"
    )
}

/// Class/id words of page furniture (after readability's "unlikely candidates" and jusText),
/// matched as whole words of the class or id: `share-bar`, `shareBar` and `share_bar` hold
/// "share", `overflow-hidden` and `withSidebar`-like names are decided by the words they hold.
fn is_furniture_word(w: &str) -> bool {
    matches!(
        w,
        "comment"
            | "comments"
            | "share"
            | "sharing"
            | "shares"
            | "social"
            | "related"
            | "recommended"
            | "recommendations"
            | "recommendation"
            | "sidebar"
            | "footer"
            | "breadcrumb"
            | "breadcrumbs"
            | "newsletter"
            | "subscribe"
            | "subscription"
            | "promo"
            | "promotion"
            | "sponsor"
            | "sponsored"
            | "advert"
            | "advertisement"
            | "ad"
            | "ads"
            | "banner"
            | "popup"
            | "modal"
            | "cookie"
            | "cookies"
            | "consent"
            | "gdpr"
            | "outbrain"
            | "taboola"
            | "disqus"
            | "pagination"
            | "pager"
            | "toolbar"
            | "byline"
            | "author"
            | "authors"
            | "caption"
            | "credit"
            | "credits"
            | "timestamp"
            | "dateline"
            | "tags"
            | "keywords"
            | "widget"
            | "widgets"
            | "masthead"
            | "menu"
            | "navigation"
            | "navbar"
            | "nav"
            | "rss"
            | "shoutbox"
            | "skyscraper"
            | "copyright"
            | "meta"
            | "metadata"
            | "infobox"
            | "toc"
    )
}

/// Pairs of consecutive words that name furniture.
fn is_furniture_pair(a: &str, b: &str) -> bool {
    matches!(
        (a, b),
        ("read", "more")
            | ("more", "stories")
            | ("more", "articles")
            | ("sr", "only")
            | ("visually", "hidden")
            | ("screen", "reader")
            | ("skip", "link")
            | ("most", "read")
            | ("most", "popular")
    )
}

/// Class/id words of article content; they override furniture words on the same element.
const CONTENT_WORDS: &[&str] = &[
    "article-body",
    "articlebody",
    "article__body",
    "article-text",
    "story-body",
    "entry-content",
    "post-content",
    "main-content",
];

static CONTENT: LazyLock<AhoCorasick> = LazyLock::new(|| {
    AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(CONTENT_WORDS)
        .expect("static patterns")
});

const NONE: u32 = u32::MAX;

/// One element of the arena, in document order (a subtree is `index..end`).
#[derive(Clone, Debug)]
struct Node {
    parent: u32,
    /// One past the last descendant's index (set when the element closes).
    end: u32,
    /// Nearest ancestor-or-self whose class/id names furniture, or `NONE`.
    furniture: u32,
    kind: Kind,
    name_hash: u64,
}

/// A run of text between block boundaries.
#[derive(Clone, Debug)]
struct Block {
    /// The innermost open element when the block ended.
    node: u32,
    /// The innermost open block-level element.
    block: u32,
    /// `buf[start..end]`: whitespace-collapsed text.
    start: usize,
    end: usize,
    /// Bytes of text inside links.
    link_bytes: usize,
    heading: u8,
    para: bool,
}

/// Tokenizer + tree-builder state.
struct Builder<'a> {
    html: &'a str,
    nodes: Vec<Node>,
    /// Open elements (arena indexes); `nodes[0]` is a virtual root that is never popped.
    stack: Vec<u32>,
    blocks: Vec<Block>,
    buf: String,
    block_start: usize,
    link_bytes: usize,
    /// Open `<a>` elements.
    links: u32,
    /// Depth in `stack` of the outermost open skipped element, or `usize::MAX`.
    skip_at: usize,
    /// Text seen in `<title>`, JSON-LD scripts, meta tags, canonical link, `<time>`.
    title_tag: Option<String>,
    json_ld: Vec<String>,
    metas: Vec<(String, String)>,
    canonical: Option<String>,
    h1: Vec<String>,
    /// schema.org microdata headlines (`itemprop="headline"` elements and metas): how many,
    /// and the first one's text.
    md_headlines: usize,
    md_headline: Option<String>,
    /// Offsets of "headline" in the page (one SIMD pass), so that only the few tags holding
    /// one are parsed for `itemprop`; `next_headline` indexes the first not yet passed.
    headline_at: Vec<usize>,
    next_headline: usize,
    pending_space: bool,
    malformed: usize,
}

fn hash_name(name: &[u8]) -> u64 {
    // Tag names are short: pack up to 8 bytes; good enough to match end tags to start tags.
    let mut h = 0u64;
    for (i, &b) in name.iter().take(8).enumerate() {
        h |= (b as u64) << (i * 8);
    }
    h ^ ((name.len() as u64) << 59)
}

/// Attributes of a start tag, as raw (undecoded) slices.
struct Attrs<'a> {
    raw: &'a str,
}

impl<'a> Attrs<'a> {
    fn iter(&self) -> AttrIter<'a> {
        AttrIter {
            s: self.raw.as_bytes(),
            raw: self.raw,
            i: 0,
        }
    }
    fn get(&self, name: &str) -> Option<&'a str> {
        self.iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|(_, v)| v)
    }
}

struct AttrIter<'a> {
    s: &'a [u8],
    raw: &'a str,
    i: usize,
}

impl<'a> Iterator for AttrIter<'a> {
    type Item = (&'a str, &'a str);
    fn next(&mut self) -> Option<Self::Item> {
        let s = self.s;
        let mut i = self.i;
        while i < s.len() && (s[i].is_ascii_whitespace() || s[i] == b'/') {
            i += 1;
        }
        if i >= s.len() {
            return None;
        }
        let ns = i;
        while i < s.len() && !s[i].is_ascii_whitespace() && s[i] != b'=' && s[i] != b'/' {
            i += 1;
        }
        let name = &self.raw[ns..i];
        while i < s.len() && s[i].is_ascii_whitespace() {
            i += 1;
        }
        let mut value = "";
        if i < s.len() && s[i] == b'=' {
            i += 1;
            while i < s.len() && s[i].is_ascii_whitespace() {
                i += 1;
            }
            if i < s.len() && (s[i] == b'"' || s[i] == b'\'') {
                let q = s[i];
                let vs = i + 1;
                let ve = memchr::memchr(q, &s[vs..]).map_or(s.len(), |e| vs + e);
                value = &self.raw[vs..ve];
                i = (ve + 1).min(s.len());
            } else {
                let vs = i;
                while i < s.len() && !s[i].is_ascii_whitespace() {
                    i += 1;
                }
                value = &self.raw[vs..i];
            }
        }
        self.i = i.max(ns + 1);
        Some((name, value))
    }
}

/// The text of a fragment of markup: tags dropped, block tags and `<br>` become spaces (inline
/// ones join: `Ver<wbr>such`), comments dropped. Entities stay as written.
fn strip_tags(raw: &str) -> String {
    let mut text = String::with_capacity(raw.len());
    let mut parts = raw.split('<');
    text.push_str(parts.next().unwrap_or(""));
    for part in parts {
        let Some((tag, rest)) = part.split_once('>') else {
            continue; // an unclosed tag: drop it
        };
        let name: Vec<u8> = tag
            .trim_start_matches('/')
            .bytes()
            .take_while(u8::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_lowercase())
            .collect();
        if name == b"br" || !matches!(kind_of(&name), Kind::Inline | Kind::Link) {
            text.push(' ');
        }
        text.push_str(rest);
    }
    text
}

/// Whether a start tag carries schema.org's `itemprop="headline"` (one of its space-separated
/// property names).
fn is_md_headline(attrs: &Attrs) -> bool {
    attrs
        .get("itemprop")
        .is_some_and(|v| v.split_ascii_whitespace().any(|p| p == "headline"))
}

/// Finds `</name` (ASCII case-insensitive) at or after `from`; returns its start.
fn find_end_tag(html: &[u8], from: usize, name: &[u8]) -> Option<usize> {
    let mut i = from;
    while let Some(p) = memchr::memchr(b'<', &html[i..]) {
        let at = i + p;
        let rest = &html[at + 1..];
        if rest.first() == Some(&b'/')
            && rest.len() > name.len()
            && rest[1..=name.len()].eq_ignore_ascii_case(name)
            && !rest
                .get(name.len() + 1)
                .is_some_and(|b| b.is_ascii_alphanumeric())
        {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

impl<'a> Builder<'a> {
    fn new(html: &'a str) -> Builder<'a> {
        Builder {
            html,
            nodes: vec![Node {
                parent: NONE,
                end: NONE,
                furniture: NONE,
                kind: Kind::Block,
                name_hash: 0,
            }],
            stack: vec![0],
            blocks: Vec::new(),
            buf: String::with_capacity(html.len() / 8),
            block_start: 0,
            link_bytes: 0,
            links: 0,
            skip_at: usize::MAX,
            title_tag: None,
            json_ld: Vec::new(),
            metas: Vec::new(),
            canonical: None,
            h1: Vec::new(),
            md_headlines: 0,
            md_headline: None,
            headline_at: memchr::memmem::find_iter(html.as_bytes(), b"headline")
                .take(10_000)
                .collect(),
            next_headline: 0,
            pending_space: false,
            malformed: 0,
        }
    }

    fn skipping(&self) -> bool {
        self.skip_at != usize::MAX
    }

    fn run(&mut self) {
        let html = self.html;
        let b = html.as_bytes();
        let mut i = 0;
        while i < b.len() {
            let next = memchr::memchr(b'<', &b[i..]).map_or(b.len(), |p| i + p);
            if next > i {
                self.text(&html[i..next]);
            }
            i = next;
            if i >= b.len() {
                break;
            }
            i = self.markup(i);
        }
        self.flush();
        let end = self.nodes.len() as u32;
        for &n in &self.stack {
            self.nodes[n as usize].end = end;
        }
    }

    /// Handles the markup at `b[i] == '<'`; returns where to continue.
    fn markup(&mut self, i: usize) -> usize {
        let html = self.html;
        let b = html.as_bytes();
        let rest = &b[i + 1..];
        match rest.first() {
            Some(b'!') => {
                if rest.starts_with(b"!--") {
                    return memchr::memmem::find(&b[i + 4..], b"-->").map_or_else(
                        || {
                            self.malformed += 1;
                            b.len()
                        },
                        |e| i + 4 + e + 3,
                    );
                }
                memchr::memchr(b'>', rest).map_or(b.len(), |e| i + 1 + e + 1)
            }
            Some(b'?') => memchr::memchr(b'>', rest).map_or(b.len(), |e| i + 1 + e + 1),
            Some(b'/') => {
                let ns = i + 2;
                let mut ne = ns;
                while ne < b.len() && !b[ne].is_ascii_whitespace() && b[ne] != b'>' && b[ne] != b'/'
                {
                    ne += 1;
                }
                let close = memchr::memchr(b'>', &b[ne..]).map_or(b.len(), |e| ne + e + 1);
                if ne > ns {
                    let name = b[ns..ne].to_ascii_lowercase();
                    self.end_tag(&name);
                }
                close
            }
            Some(c) if c.is_ascii_alphabetic() => self.start_tag(i),
            _ => {
                self.text("<");
                i + 1
            }
        }
    }

    fn start_tag(&mut self, i: usize) -> usize {
        let html = self.html;
        let b = html.as_bytes();
        let ns = i + 1;
        let mut ne = ns;
        while ne < b.len() && !b[ne].is_ascii_whitespace() && b[ne] != b'>' && b[ne] != b'/' {
            ne += 1;
        }
        // The tag ends at the first '>' outside quotes.
        let mut j = ne;
        let mut quote = 0u8;
        while j < b.len() {
            let c = b[j];
            if quote != 0 {
                if c == quote {
                    quote = 0;
                }
            } else if c == b'"' || c == b'\'' {
                // Only a quote right after '=' opens a value (stray quotes elsewhere do not).
                let mut k = j;
                while k > ne && b[k - 1].is_ascii_whitespace() {
                    k -= 1;
                }
                if k > ne && b[k - 1] == b'=' {
                    quote = c;
                }
            } else if c == b'>' {
                break;
            }
            j += 1;
        }
        if j >= b.len() {
            self.malformed += 1;
        }
        let attrs_end = j.min(b.len());
        let after = (j + 1).min(b.len());
        let name_raw = &b[ns..ne];
        let mut lower = [0u8; 16];
        let name: &[u8] = if name_raw.len() <= 16 {
            for (d, s) in lower.iter_mut().zip(name_raw) {
                *d = s.to_ascii_lowercase();
            }
            &lower[..name_raw.len()]
        } else {
            name_raw
        };
        let attrs = Attrs {
            raw: &html[ne..attrs_end],
        };
        while self
            .headline_at
            .get(self.next_headline)
            .is_some_and(|&h| h < ne)
        {
            self.next_headline += 1;
        }
        let md_headline = self
            .headline_at
            .get(self.next_headline)
            .is_some_and(|&h| h < attrs_end)
            && is_md_headline(&attrs);

        if is_raw_text(name) {
            let content_end = find_end_tag(b, after, name).unwrap_or(b.len());
            let close =
                memchr::memchr(b'>', &b[content_end..]).map_or(b.len(), |e| content_end + e + 1);
            let content = &html[after..content_end];
            match name {
                b"title" if self.title_tag.is_none() => {
                    self.title_tag = Some(collapse(&decode_entities(content)));
                }
                b"script"
                    if attrs
                        .get("type")
                        .is_some_and(|t| t.to_ascii_lowercase().contains("ld+json")) =>
                {
                    self.json_ld.push(content.to_string());
                }
                _ => {}
            }
            return close;
        }
        match name {
            b"meta" => {
                let key = attrs
                    .get("property")
                    .or_else(|| attrs.get("name"))
                    .or_else(|| attrs.get("itemprop"));
                if md_headline {
                    self.note_md_headline(attrs.get("content").unwrap_or(""));
                }
                if let (Some(k), Some(v)) = (key, attrs.get("content")) {
                    if self.metas.len() < 512 {
                        self.metas
                            .push((k.to_ascii_lowercase(), decode_entities(v).into_owned()));
                    }
                }
                return after;
            }
            b"link" => {
                if self.canonical.is_none()
                    && attrs
                        .get("rel")
                        .is_some_and(|r| r.eq_ignore_ascii_case("canonical"))
                {
                    self.canonical = attrs.get("href").map(|h| decode_entities(h).into_owned());
                }
                return after;
            }
            b"br" => {
                if !self.skipping() {
                    self.buf.push('\n');
                    self.pending_space = false;
                }
                return after;
            }
            _ => {}
        }
        if is_void(name) {
            if name == b"hr" || name == b"img" {
                self.flush();
            }
            return after;
        }
        if md_headline {
            // A headline element is short: its text is read up to its end tag, tags dropped.
            let inner = find_end_tag(b, after, name)
                .filter(|&e| e - after <= 4096)
                .map_or("", |e| &html[after..e]);
            self.note_md_headline(inner);
        }
        let self_closing = attrs_end > ne && b[attrs_end - 1] == b'/';
        let mut kind = kind_of(name);
        // Implicit ends: a block start closes an open <p>; <li>, <dt>/<dd>, <td>/<th>, <tr>
        // close their open sibling.
        if kind != Kind::Inline && kind != Kind::Link {
            self.implicit_close(name);
        }
        let hidden = attrs.iter().any(|(n, v)| {
            n.eq_ignore_ascii_case("hidden")
                || (n.eq_ignore_ascii_case("style") && {
                    let v = v.to_ascii_lowercase();
                    let v: String = v.split_whitespace().collect();
                    v.contains("display:none") || v.contains("visibility:hidden")
                })
                || (n.eq_ignore_ascii_case("role")
                    && matches!(
                        v.to_ascii_lowercase().as_str(),
                        "navigation" | "complementary" | "contentinfo" | "banner" | "dialog"
                    ))
        });
        if hidden {
            kind = Kind::Skip;
        }
        let parent = *self.stack.last().unwrap_or(&0);
        let mut furniture = self.nodes[parent as usize].furniture;
        if let Some(f) = furniture_names(&attrs) {
            if f {
                furniture = self.nodes.len() as u32;
            }
        }
        if kind != Kind::Inline && kind != Kind::Link {
            self.flush();
        }
        if self_closing && kind != Kind::Block && kind != Kind::Para {
            return after; // <div/> is not self-closing in HTML, <span/> in XHTML pages is
        }
        let idx = self.nodes.len() as u32;
        self.nodes.push(Node {
            parent,
            end: NONE,
            furniture,
            kind,
            name_hash: hash_name(name),
        });
        if kind == Kind::Skip && !self.skipping() {
            self.skip_at = self.stack.len();
        }
        if kind == Kind::Link {
            self.links += 1;
        }
        self.stack.push(idx);
        after
    }

    /// Counts a microdata headline and keeps the first one's text (markup removed).
    fn note_md_headline(&mut self, raw: &str) {
        self.md_headlines += 1;
        if self.md_headline.is_none() {
            self.md_headline = Some(strip_tags(raw));
        }
    }

    fn implicit_close(&mut self, name: &[u8]) {
        let closes: &[&[u8]] = match name {
            b"li" => &[b"li"],
            b"dt" | b"dd" => &[b"dt", b"dd"],
            b"td" | b"th" => &[b"td", b"th"],
            b"tr" => &[b"tr", b"td", b"th"],
            _ => &[b"p"],
        };
        // Only look through inline elements and the sibling itself (not past another block).
        let mut depth = self.stack.len();
        while depth > 1 {
            let n = &self.nodes[self.stack[depth - 1] as usize];
            if closes.iter().any(|c| hash_name(c) == n.name_hash) {
                self.pop_to(depth - 1);
                return;
            }
            if n.kind != Kind::Inline && n.kind != Kind::Link {
                return;
            }
            depth -= 1;
        }
    }

    fn end_tag(&mut self, name: &[u8]) {
        if name == b"br" {
            if !self.skipping() {
                self.buf.push('\n');
            }
            return;
        }
        if name == b"p" && !self.skipping() {
            self.flush();
        }
        let h = hash_name(name);
        // Look a bounded way down the stack: an unmatched end tag is ignored, and a deep stack
        // of unclosed elements does not make every stray end tag cost its depth.
        let lowest = self.stack.len().saturating_sub(512).max(1);
        for depth in (lowest..self.stack.len()).rev() {
            if self.nodes[self.stack[depth] as usize].name_hash == h {
                self.pop_to(depth);
                return;
            }
        }
        self.malformed += 1;
    }

    /// Pops the stack down to `depth` elements.
    fn pop_to(&mut self, depth: usize) {
        let depth = depth.max(1);
        // Text so far belongs to the innermost block being closed: end it before popping.
        if self.stack[depth.min(self.stack.len())..]
            .iter()
            .any(|&n| !matches!(self.nodes[n as usize].kind, Kind::Inline | Kind::Link))
        {
            self.flush();
        }
        let end = self.nodes.len() as u32;
        while self.stack.len() > depth {
            let Some(n) = self.stack.pop() else { break };
            let node = &mut self.nodes[n as usize];
            node.end = end;
            if node.kind == Kind::Link {
                self.links = self.links.saturating_sub(1);
            }
            if self.stack.len() <= self.skip_at {
                self.skip_at = usize::MAX;
            }
        }
    }

    fn text(&mut self, raw: &str) {
        if self.skipping() {
            return;
        }
        let decoded = decode_entities(raw);
        let before = self.buf.len();
        for word in decoded.split(|c: char| c.is_whitespace() || c == '\u{00AD}') {
            if word.is_empty() {
                self.pending_space = true;
                continue;
            }
            if self.pending_space && !self.buf.is_empty() && !self.buf.ends_with(['\n', ' ']) {
                self.buf.push(' ');
            }
            self.pending_space = false;
            self.buf.push_str(word);
            self.pending_space = true;
        }
        // The last "word" set pending_space; undo when the raw text did not end in space.
        if !decoded.ends_with(|c: char| c.is_whitespace()) {
            self.pending_space = false;
        }
        if self.links > 0 {
            self.link_bytes += self.buf.len() - before;
        }
    }

    /// Ends the current block (if it has text).
    fn flush(&mut self) {
        let start = self.block_start;
        let text = &self.buf[start..];
        let trimmed = text.trim();
        if trimmed.is_empty() {
            self.buf.truncate(start);
        } else {
            let lead = text.len() - text.trim_start().len();
            let (s, e) = (start + lead, start + lead + trimmed.len());
            let node = *self.stack.last().unwrap_or(&0);
            let block = self
                .stack
                .iter()
                .rev()
                .copied()
                .find(|&n| !matches!(self.nodes[n as usize].kind, Kind::Inline | Kind::Link))
                .unwrap_or(0);
            let mut heading = 0;
            let mut para = false;
            // The nearest heading or paragraph ancestor (within a few levels) names the block.
            for &n in self.stack.iter().rev().take(6) {
                match self.nodes[n as usize].kind {
                    Kind::Heading(l) => {
                        heading = l;
                        break;
                    }
                    Kind::Para => {
                        para = true;
                        break;
                    }
                    _ => {}
                }
            }
            if heading == 1 && self.h1.len() < 4 {
                self.h1.push(trimmed.to_string());
            }
            self.blocks.push(Block {
                node,
                block,
                start: s,
                end: e,
                link_bytes: self.link_bytes.min(e - s),
                heading,
                para,
            });
        }
        self.block_start = self.buf.len();
        self.link_bytes = 0;
        self.pending_space = false;
    }
}

/// `Some(true)`: the element's class/id names furniture; `Some(false)`: content; `None`: neither.
fn furniture_names(attrs: &Attrs) -> Option<bool> {
    let mut verdict = None;
    for (n, v) in attrs.iter() {
        if !(n.eq_ignore_ascii_case("class") || n.eq_ignore_ascii_case("id")) || v.is_empty() {
            continue;
        }
        if CONTENT.is_match(v) {
            return Some(false);
        }
        if names_furniture(v) {
            verdict = Some(true);
        }
    }
    verdict
}

/// Splits a class or id value into lower-case words (at non-alphanumerics and camelCase humps)
/// and looks for a furniture word or pair.
fn names_furniture(v: &str) -> bool {
    let mut word = String::new();
    let mut prev = String::new();
    let mut last_lower = false;
    let check = |word: &mut String, prev: &mut String| -> bool {
        if word.is_empty() {
            return false;
        }
        let hit = is_furniture_word(word) || is_furniture_pair(prev, word);
        std::mem::swap(prev, word);
        word.clear();
        hit
    };
    for c in v.chars() {
        if c.is_ascii_alphanumeric() {
            if c.is_ascii_uppercase() && last_lower && check(&mut word, &mut prev) {
                return true;
            }
            last_lower = c.is_ascii_lowercase();
            word.push(c.to_ascii_lowercase());
        } else {
            last_lower = false;
            if check(&mut word, &mut prev) {
                return true;
            }
            if c.is_whitespace() {
                prev.clear(); // pairs do not span class tokens
            }
        }
    }
    check(&mut word, &mut prev)
}

/// Collapses whitespace runs to one space and trims.
fn collapse(s: &str) -> String {
    crate::model::single_spaced(s).into_owned()
}

/// Decodes character references (numeric and the common named ones); others stay as written.
pub fn decode_entities(s: &str) -> Cow<'_, str> {
    let Some(first) = memchr::memchr(b'&', s.as_bytes()) else {
        return Cow::Borrowed(s);
    };
    let mut out = String::with_capacity(s.len());
    out.push_str(&s[..first]);
    let mut rest = &s[first..];
    while let Some(p) = rest.find('&') {
        out.push_str(&rest[..p]);
        rest = &rest[p..];
        let semi = rest
            .as_bytes()
            .iter()
            .take(34)
            .position(|&c| c == b';')
            .filter(|&e| e > 1);
        let decoded = semi.and_then(|e| {
            let name = &rest[1..e];
            entity(name).map(|c| (c, e + 1))
        });
        match decoded {
            Some((c, len)) => {
                out.push(c);
                rest = &rest[len..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

fn entity(name: &str) -> Option<char> {
    if let Some(num) = name.strip_prefix('#') {
        let code = if let Some(hex) = num.strip_prefix(['x', 'X']) {
            u32::from_str_radix(hex, 16).ok()?
        } else {
            num.parse::<u32>().ok()?
        };
        // Windows-1252 code points written as numeric references (common in old pages).
        let code = match code {
            0x80 => 0x20AC,
            0x91 => 0x2018,
            0x92 => 0x2019,
            0x93 => 0x201C,
            0x94 => 0x201D,
            0x96 => 0x2013,
            0x97 => 0x2014,
            0x85 => 0x2026,
            0 => 0xFFFD,
            c => c,
        };
        return Some(char::from_u32(code).unwrap_or('\u{FFFD}'));
    }
    Some(match name {
        "amp" | "AMP" => '&',
        "lt" | "LT" => '<',
        "gt" | "GT" => '>',
        "quot" | "QUOT" => '"',
        "apos" => '\'',
        "nbsp" => '\u{00A0}',
        "shy" => '\u{00AD}',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "laquo" => '«',
        "raquo" => '»',
        "lsaquo" => '‹',
        "rsaquo" => '›',
        "ldquo" => '“',
        "rdquo" => '”',
        "bdquo" => '„',
        "lsquo" => '‘',
        "rsquo" => '’',
        "sbquo" => '‚',
        "euro" => '€',
        "pound" => '£',
        "yen" => '¥',
        "cent" => '¢',
        "copy" => '©',
        "reg" => '®',
        "trade" => '™',
        "deg" => '°',
        "middot" => '·',
        "bull" => '•',
        "times" => '×',
        "divide" => '÷',
        "sect" => '§',
        "para" => '¶',
        "thinsp" => '\u{2009}',
        "ensp" => '\u{2002}',
        "emsp" => '\u{2003}',
        "zwnj" => '\u{200C}',
        "zwj" => '\u{200D}',
        "auml" => 'ä',
        "ouml" => 'ö',
        "uuml" => 'ü',
        "Auml" => 'Ä',
        "Ouml" => 'Ö',
        "Uuml" => 'Ü',
        "szlig" => 'ß',
        "eacute" => 'é',
        "egrave" => 'è',
        "ecirc" => 'ê',
        "Eacute" => 'É',
        "aacute" => 'á',
        "agrave" => 'à',
        "acirc" => 'â',
        "iacute" => 'í',
        "oacute" => 'ó',
        "uacute" => 'ú',
        "ntilde" => 'ñ',
        "ccedil" => 'ç',
        "atilde" => 'ã',
        "otilde" => 'õ',
        "oslash" => 'ø',
        "aring" => 'å',
        "aelig" => 'æ',
        "Oslash" => 'Ø',
        "Aring" => 'Å',
        "AElig" => 'Æ',
        "iexcl" => '¡',
        "iquest" => '¿',
        _ => return None,
    })
}

/// Extracts the main content and metadata of a decoded page.
pub fn extract(html: &str) -> Extracted {
    let mut b = Builder::new(html);
    b.run();
    let mut warnings = Vec::new();
    if b.malformed > 0 {
        warnings.push(format!(
            "malformed HTML: {} unclosed or unmatched tag(s) or comment(s); best-effort extraction",
            b.malformed
        ));
    }
    if !has_body_tag(html) {
        warnings.push("HTML without a <body> element".into());
    }
    let meta = metadata(&b);
    let chosen = choose_blocks(&b, meta.title.as_deref());
    let mut text = String::new();
    if let Some(t) = &meta.title {
        text.push_str(t);
        text.push_str("\n\n");
    }
    let body_start = text.len();
    for (k, &bi) in chosen.iter().enumerate() {
        if k > 0 {
            text.push_str("\n\n");
        }
        let blk = &b.blocks[bi];
        // Lines inside a block (from <br>) are trimmed; empty ones dropped.
        let mut first = true;
        for line in b.buf[blk.start..blk.end].split('\n') {
            let line = line.trim();
            if line.is_empty() {
                continue;
            }
            if !first {
                text.push('\n');
            }
            text.push_str(line);
            first = false;
        }
    }
    if chosen.is_empty() {
        warnings.push("no main content found in the HTML".into());
    }
    Extracted {
        text,
        body_start,
        meta,
        warnings,
    }
}

fn has_body_tag(html: &str) -> bool {
    let b = html.as_bytes();
    memchr::memmem::find_iter(b, b"<")
        .any(|i| b.len() >= i + 5 && b[i + 1..i + 5].eq_ignore_ascii_case(b"body"))
}

/// Character counts are what the heuristics weigh (bytes would favour non-Latin scripts less).
fn chars(s: &str) -> usize {
    s.chars().count()
}

/// Cost per character of link lists and furniture inside a container. Low: they are left out of
/// the output anyway, so a container around them loses little; but with a cost, of two
/// containers with the same text the tighter one wins.
const LINK_COST: f64 = 0.3;
const FURNITURE_COST: f64 = 0.3;

/// Weight of a block for choosing the content container (see the module doc), furniture aside.
fn weight(b: &Builder, blk: &Block) -> f64 {
    let text = &b.buf[blk.start..blk.end];
    let len = chars(text) as f64;
    let link = blk.link_bytes as f64 / (blk.end - blk.start).max(1) as f64;
    if link > 0.5 {
        return -LINK_COST * len;
    }
    if blk.heading > 0 {
        return 0.0;
    }
    if len < 25.0 {
        return -len * 0.5;
    }
    // Sentence-like text: punctuation is the best language-independent evidence.
    let punct = text
        .chars()
        .filter(|c| matches!(c, ',' | '.' | '，' | '、' | '。' | '!' | '?' | ';' | ':'))
        .count() as f64;
    let base = len * (1.0 - 2.0 * link);
    let bonus = if blk.para { 1.3 } else { 1.0 };
    base * bonus + punct * 10.0
}

/// Page scraps inside the content: a short line with no sentence end that is mostly digits (a
/// time stamp, "28.04.2023, 20.15 Uhr").
fn is_scrap(text: &str) -> bool {
    let n = chars(text);
    if n >= 80 || text.ends_with(['.', '!', '?', '。', '！', '？', '"', '”', '»', '“']) {
        return false;
    }
    let (mut digits, mut visible) = (0, 0);
    for c in text.chars() {
        if !c.is_whitespace() {
            visible += 1;
            if c.is_numeric() {
                digits += 1;
            }
        }
    }
    digits * 5 >= visible
}

/// Sums per-block values over every element's subtree.
fn subtree_sums(b: &Builder, values: impl Iterator<Item = f64>) -> Vec<f64> {
    let n = b.nodes.len();
    let mut score = vec![0f64; n];
    for (blk, w) in b.blocks.iter().zip(values) {
        score[blk.block as usize] += w;
    }
    // Children come after their parents in the arena: one reverse sweep sums subtrees.
    for i in (1..n).rev() {
        let p = b.nodes[i].parent;
        if p != NONE {
            score[p as usize] += score[i];
        }
    }
    score
}

/// The blocks of the main content, in document order.
fn choose_blocks(b: &Builder, title: Option<&str>) -> Vec<usize> {
    if b.blocks.is_empty() {
        return Vec::new();
    }
    let n = b.nodes.len();
    let weights: Vec<f64> = b.blocks.iter().map(|blk| weight(b, blk)).collect();
    // A furniture name counts only on elements holding less than half of the page's good text:
    // a wrapper called "page withSidebar" around the whole article is not furniture.
    let good = subtree_sums(b, weights.iter().map(|w| w.max(0.0)));
    let total = good[0];
    let mut furniture = vec![NONE; n];
    for i in 1..n {
        let node = &b.nodes[i];
        let inherited = furniture[node.parent as usize];
        furniture[i] = if node.furniture == i as u32 && good[i] < 0.5 * total {
            i as u32
        } else {
            inherited
        };
    }
    let score = subtree_sums(
        b,
        b.blocks.iter().zip(&weights).map(|(blk, &w)| {
            if furniture[blk.node as usize] != NONE {
                -FURNITURE_COST * chars(&b.buf[blk.start..blk.end]) as f64
            } else {
                w
            }
        }),
    );
    let best = (0..n)
        .max_by(|&x, &y| score[x].total_cmp(&score[y]).then(y.cmp(&x)))
        .unwrap_or(0);
    let (lo, hi) = (best as u32, b.nodes[best].end.max(best as u32 + 1));
    let inside = |x: u32| x >= lo && x < hi;
    let norm_title = title.map(collapse);
    let mut chosen = Vec::new();
    for (i, blk) in b.blocks.iter().enumerate() {
        if !inside(blk.block) {
            continue;
        }
        let f = furniture[blk.node as usize];
        if f != NONE && inside(f) {
            continue;
        }
        let text = &b.buf[blk.start..blk.end];
        let len = (blk.end - blk.start).max(1);
        let link = blk.link_bytes as f64 / len as f64;
        if link > 0.5 || (link > 0.25 && chars(text) < 80) {
            continue;
        }
        if blk.heading == 1 || norm_title.as_deref() == Some(text) || is_scrap(text) {
            continue;
        }
        chosen.push(i);
    }
    chosen
}

/// Title, author, date, URL and publisher from JSON-LD, meta tags, `<title>` and `<h1>`.
fn metadata(b: &Builder) -> Meta {
    let mut ld = LdMeta::default();
    for script in &b.json_ld {
        if let Ok(v) = serde_json::from_str::<Value>(script.trim()) {
            ld_walk(&v, &mut ld, 0);
        }
    }
    let meta_of = |keys: &[&str]| -> Option<String> {
        keys.iter().find_map(|k| {
            b.metas
                .iter()
                .find(|(n, v)| n == k && !v.trim().is_empty())
                .map(|(_, v)| collapse(v))
        })
    };
    let site = ld.publisher.clone().or_else(|| meta_of(&["og:site_name"]));
    let og_site = meta_of(&["og:site_name"]);
    let sites = [ld.publisher.as_deref(), og_site.as_deref()];
    let title = choose_title(b, &ld, &meta_of, &sites);
    let date_raw = ld.date.clone().or_else(|| {
        meta_of(&[
            "article:published_time",
            "og:article:published_time",
            "datepublished",
            "date",
            "pubdate",
            "publishdate",
            "publish-date",
            "dc.date",
            "dc.date.issued",
            "dcterms.date",
            "dcterms.created",
            "sailthru.date",
            "parsely-pub-date",
            "article.published",
        ])
    });
    let date = date_raw.as_deref().and_then(iso_date);
    let author = ld
        .authors
        .first()
        .map(|_| ld.authors.join(", "))
        .or_else(|| {
            meta_of(&[
                "author",
                "article:author",
                "dc.creator",
                "byl",
                "parsely-author",
            ])
            .filter(|a| !a.starts_with("http"))
        });
    let url = b
        .canonical
        .clone()
        .or_else(|| meta_of(&["og:url"]))
        .filter(|u| !u.trim().is_empty());
    let source = site;
    Meta {
        title,
        date,
        author,
        url,
        source,
    }
}

/// Separators between a headline and a site or section name in titles (the full-width bar and
/// colon are the CJK forms).
const TITLE_SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " · ", "--", " » ", " : ", "｜", "：",
];

/// Where a title candidate comes from, in the order that breaks ties between equally supported
/// titles: `og:title` is the title the publisher declares for the page (a clean headline on
/// nearly every news site), then the JSON-LD headline, the other meta tags, `<title>`; last the
/// `<h1>`, which when no other source agrees with it is often a logo or a section name.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum TitleSource {
    Og,
    JsonLd,
    Twitter,
    DcTitle,
    MetaTitle,
    TitleTag,
    H1,
}

/// The headline, from the sources that name it:
/// - each of JSON-LD `headline`, `og:title`, `twitter:title`, `dc.title`,
///   `<meta name="title">`, `<title>` and the first visible `<h1>` is one vote. Before voting a
///   leading or trailing declared site name (JSON-LD publisher, `og:site_name`) is cut after a
///   separator, and a meta or `<title>` candidate that is the JSON-LD headline (or, without one,
///   another candidate) plus separator-delimited section/site parts is cut down to it;
/// - a single schema.org microdata headline (`itemprop="headline"`) that some candidate agrees
///   with is the article's own marked-up headline and wins (several are a list of teasers, and
///   an unconfirmed one may be a teaser too);
/// - a JSON-LD headline that the first `<h1>` repeats wins: the visible headline confirmed by
///   the structured data is the article's own, meta titles are often a social-media variant;
/// - else the most supported text wins, ties going to the earlier [`TitleSource`].
///
fn choose_title(
    b: &Builder,
    ld: &LdMeta,
    meta_of: &dyn Fn(&[&str]) -> Option<String>,
    sites: &[Option<&str>],
) -> Option<String> {
    let clean = |t: &str| collapse(&decode_entities(t).replace('\u{2060}', ""));
    let mut cands: Vec<(TitleSource, String)> = Vec::with_capacity(7);
    let metas = [
        (TitleSource::Og, "og:title"),
        (TitleSource::Twitter, "twitter:title"),
        (TitleSource::DcTitle, "dc.title"),
        (TitleSource::MetaTitle, "title"),
    ];
    cands.extend(
        ld.headline
            .as_deref()
            .map(|h| (TitleSource::JsonLd, clean(h))),
    );
    for (src, key) in metas {
        cands.extend(meta_of(&[key]).map(|t| (src, clean(&t))));
    }
    cands.extend(
        b.title_tag
            .as_deref()
            .map(|t| (TitleSource::TitleTag, clean(t))),
    );
    for (_, t) in &mut cands {
        *t = strip_site_name(t, sites);
    }
    // An <h1> that is the site name is the logo.
    let is_site = |t: &str| sites.iter().flatten().any(|s| same_name(s, t));
    let h1 =
        b.h1.first()
            .map(|h| clean(h))
            .filter(|h| !h.is_empty() && !is_site(h));
    // The texts a decorated title may be cut down to: the JSON-LD headline when there is one
    // (a headline field that itself carries a suffix keeps it), else any other candidate.
    let anchors: Vec<String> = match cands.iter().find(|(s, _)| *s == TitleSource::JsonLd) {
        Some((_, h)) => vec![h.clone()],
        None => cands
            .iter()
            .map(|(_, t)| t.clone())
            .chain(h1.clone())
            .collect(),
    };
    let anchors: Vec<&str> = anchors.iter().map(String::as_str).collect();
    for (src, t) in &mut cands {
        if *src != TitleSource::JsonLd {
            if let Some(core) = cut_to_anchor(t, &anchors) {
                *t = core;
            }
        }
    }
    cands.extend(h1.map(|h| (TitleSource::H1, h)));
    cands.retain(|(_, t)| !t.is_empty());
    if b.md_headlines == 1 {
        if let Some(md) = b.md_headline.as_deref().map(clean) {
            if cands.iter().any(|(_, t)| *t == md) {
                return Some(md);
            }
        }
    }
    // The visible headline confirmed by the structured data is the article's own; meta titles
    // are often a social-media variant of it.
    let text_of = |src: TitleSource| cands.iter().find(|(s, _)| *s == src).map(|(_, t)| t);
    if let (Some(ld), Some(h1)) = (text_of(TitleSource::JsonLd), text_of(TitleSource::H1)) {
        if ld == h1 {
            return Some(ld.clone());
        }
    }
    // Few candidates: counting by pairwise comparison is cheaper than a map.
    let support = |t: &str| cands.iter().filter(|(_, u)| u == t).count();
    let rank = |s: TitleSource| s as u8;
    cands
        .iter()
        .max_by(|(sa, ta), (sb, tb)| {
            support(ta)
                .cmp(&support(tb))
                .then(rank(*sb).cmp(&rank(*sa)))
        })
        .map(|(_, t)| t.clone())
}

/// Cuts a leading `site SEPARATOR` or trailing `SEPARATOR site` where `site` is a declared site
/// name (case-insensitive).
fn strip_site_name(title: &str, sites: &[Option<&str>]) -> String {
    for site in sites.iter().flatten().map(|s| s.trim()) {
        // Cheap filter: the name must begin or end the title (ASCII case folding only).
        let affix = |t: Option<&str>| t.is_some_and(|t| t.eq_ignore_ascii_case(site));
        if site.is_empty()
            || site.len() >= title.len()
            || !(affix(title.get(title.len() - site.len()..)) || affix(title.get(..site.len())))
        {
            continue;
        }
        for sep in TITLE_SEPARATORS {
            if let Some((head, tail)) = title.rsplit_once(sep) {
                if same_name(tail, site) && !head.trim().is_empty() {
                    return head.trim().to_string();
                }
            }
            if let Some((lead, rest)) = title.split_once(sep) {
                if same_name(lead, site) && !rest.trim().is_empty() {
                    return rest.trim().to_string();
                }
            }
        }
    }
    title.to_string()
}

/// Case-insensitive equality of two names, surrounding whitespace ignored, without allocating.
fn same_name(a: &str, b: &str) -> bool {
    a.trim()
        .chars()
        .flat_map(char::to_lowercase)
        .eq(b.trim().chars().flat_map(char::to_lowercase))
}

/// The anchor a title equals once leading and/or trailing separator-delimited parts are cut
/// ("Headline | Section | Site" → "Headline" when "Headline" is an anchor).
fn cut_to_anchor(title: &str, anchors: &[&str]) -> Option<String> {
    if !anchors
        .iter()
        .any(|a| !a.is_empty() && a.len() < title.len() && title.contains(a))
    {
        return None;
    }
    for sep in TITLE_SEPARATORS {
        if !title.contains(sep) {
            continue;
        }
        // Bounded: a title with many separators is not a headline plus a few names.
        let parts: Vec<&str> = title.split(sep).take(9).collect();
        let n = parts.len();
        for i in 0..n {
            for j in (i + 1..=n).rev() {
                if i == 0 && j == n {
                    continue;
                }
                let core = parts[i..j].join(sep);
                let core = core.trim();
                if anchors.iter().any(|a| *a == core && *a != title) {
                    return Some(core.to_string());
                }
            }
        }
    }
    None
}

/// `YYYY-MM-DD` of an ISO timestamp as written (the publisher's local date), else any date the
/// shared date parser finds.
fn iso_date(s: &str) -> Option<String> {
    let t = s.trim();
    let bytes = t.as_bytes();
    if bytes.len() >= 10
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && bytes[4] == b'-'
        && bytes[5..7].iter().all(u8::is_ascii_digit)
        && bytes[7] == b'-'
        && bytes[8..10].iter().all(u8::is_ascii_digit)
    {
        return Some(t[..10].to_string());
    }
    parse_date(t)
}

#[derive(Default)]
struct LdMeta {
    headline: Option<String>,
    date: Option<String>,
    authors: Vec<String>,
    publisher: Option<String>,
}

fn is_article_type(v: &Value) -> bool {
    let ty = |s: &str| s.ends_with("Article") || s == "BlogPosting" || s == "Report";
    match v.get("@type") {
        Some(Value::String(s)) => ty(s),
        Some(Value::Array(a)) => a.iter().any(|t| t.as_str().is_some_and(ty)),
        _ => false,
    }
}

/// Depth-limited walk (JSON-LD is small; the limit guards against pathological nesting).
fn ld_walk(v: &Value, out: &mut LdMeta, depth: usize) {
    if depth > 8 {
        return;
    }
    match v {
        Value::Array(a) => a.iter().for_each(|x| ld_walk(x, out, depth + 1)),
        Value::Object(o) => {
            if is_article_type(v) && out.headline.is_none() {
                if let Some(h) = o.get("headline").and_then(Value::as_str) {
                    out.headline = Some(h.to_string());
                }
                if let Some(d) = o.get("datePublished").and_then(Value::as_str) {
                    out.date = Some(d.to_string());
                }
                if let Some(a) = o.get("author") {
                    ld_authors(a, &mut out.authors);
                }
                if let Some(p) = o
                    .get("publisher")
                    .and_then(|p| p.get("name"))
                    .and_then(Value::as_str)
                {
                    out.publisher = Some(p.to_string());
                }
            }
            if let Some(g) = o.get("@graph") {
                ld_walk(g, out, depth + 1);
            }
            if let Some(m) = o.get("mainEntity") {
                ld_walk(m, out, depth + 1);
            }
        }
        _ => {}
    }
}

fn ld_authors(v: &Value, out: &mut Vec<String>) {
    match v {
        Value::String(s) if !s.trim().is_empty() && !s.starts_with("http") => out.push(collapse(s)),
        Value::Object(o) => {
            if let Some(n) = o.get("name").and_then(Value::as_str) {
                if !n.trim().is_empty() {
                    out.push(collapse(n));
                }
            }
        }
        Value::Array(a) => a.iter().take(20).for_each(|x| ld_authors(x, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn main_content_without_furniture() {
        let page = r##"<html><head><title>Site | Story</title>
            <meta property="og:title" content="Story headline">
            <meta property="article:published_time" content="2024-05-03T15:47:42+02:00">
            <meta name="author" content="Jane Roe">
            <link rel="canonical" href="https://example.com/story">
            <script>var x = "<p>not text</p>";</script><style>p{}</style></head>
            <body><nav><a href="/">Home</a> <a href="/w">World</a></nav>
            <article><h1>Story headline</h1>
            <p>First paragraph of the story, with enough words, commas, and a full stop.</p>
            <p>Second paragraph &amp; more: it goes on, and on, for a while longer here.</p>
            <div class="share"><a href="#">Share on social media</a></div>
            </article><footer>Copyright 2024</footer></body></html>"##;
        let x = extract(page);
        assert_eq!(x.meta.title.as_deref(), Some("Story headline"));
        assert_eq!(x.meta.date.as_deref(), Some("2024-05-03"));
        assert_eq!(x.meta.author.as_deref(), Some("Jane Roe"));
        assert_eq!(x.meta.url.as_deref(), Some("https://example.com/story"));
        assert_eq!(
            x.text,
            "Story headline\n\nFirst paragraph of the story, with enough words, commas, and a full stop.\n\n\
             Second paragraph & more: it goes on, and on, for a while longer here."
        );
        assert_eq!(x.body_start, "Story headline\n\n".len());
        for absent in ["Home", "not text", "Share", "Copyright", "p{}"] {
            assert!(!x.text.contains(absent), "{absent} in {:?}", x.text);
        }
    }

    #[test]
    fn json_ld_wins_over_meta() {
        let page = r#"<head><meta property="og:title" content="LD headline | Paper">
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
              {"@type":"WebPage"},{"@type":"NewsArticle","headline":"LD headline",
               "datePublished":"2023-01-02T03:04:05Z","author":[{"@type":"Person","name":"A B"},{"name":"C D"}],
               "publisher":{"name":"Paper"}}]}</script></head><body><p>Text, text.</p></body>"#;
        let x = extract(page);
        assert_eq!(x.meta.title.as_deref(), Some("LD headline"));
        assert_eq!(x.meta.date.as_deref(), Some("2023-01-02"));
        assert_eq!(x.meta.author.as_deref(), Some("A B, C D"));
        assert_eq!(x.meta.source.as_deref(), Some("Paper"));
        // Broken JSON-LD is ignored, not fatal.
        let x = extract(r#"<script type="application/ld+json">{"headline": </script><h1>H</h1>"#);
        assert_eq!(x.meta.title.as_deref(), Some("H"));
    }

    /// A page head with the given tags, a body with the given `<h1>` and some text.
    fn page(head: &str, h1: &str) -> String {
        let h1 = if h1.is_empty() {
            String::new()
        } else {
            format!("<h1>{h1}</h1>")
        };
        format!(
            "<html><head>{head}</head><body><article>{h1}<p>Some text of the story, \
             with a comma.</p></article></body></html>"
        )
    }

    fn ld(headline: &str) -> String {
        format!(
            r#"<script type="application/ld+json">{{"@type":"NewsArticle","headline":"{headline}"}}</script>"#
        )
    }

    fn og(t: &str) -> String {
        format!(r#"<meta property="og:title" content="{t}">"#)
    }

    fn tw(t: &str) -> String {
        format!(r#"<meta name="twitter:title" content="{t}">"#)
    }

    fn title_of(head: &str, h1: &str) -> Option<String> {
        extract(&page(head, h1)).meta.title
    }

    #[test]
    fn title_votes() {
        let site = r#"<meta property="og:site_name" content="Paper">"#;
        let cases: Vec<(String, &str, Option<&str>)> = vec![
            // og, twitter and <title> (site name cut) outvote a lone JSON-LD headline.
            (
                format!(
                    "{}{}{}<title>Social one | Paper</title>{site}",
                    ld("Print one"),
                    og("Social one"),
                    tw("Social one")
                ),
                "",
                Some("Social one"),
            ),
            // JSON-LD, <h1> and <title> outvote a lone og:title.
            (
                format!(
                    "{}{}<title>Print one - Paper</title>{site}",
                    ld("Print one"),
                    og("Social one")
                ),
                "Print one",
                Some("Print one"),
            ),
            // The visible <h1> confirmed by the JSON-LD headline outvotes agreeing meta titles.
            (
                format!(
                    "{}{}{}<title>Social one</title>",
                    ld("Print one"),
                    og("Social one"),
                    tw("Social one")
                ),
                "Print one",
                Some("Print one"),
            ),
            // One against one: og:title first, then JSON-LD.
            (
                format!("{}{}", ld("Print one"), og("Social one")),
                "",
                Some("Social one"),
            ),
            (
                format!("{}<title>Tab one</title>", ld("Print one")),
                "",
                Some("Print one"),
            ),
            // An <h1> that is the site name is a logo, not a vote.
            (
                format!("<title>Paper | Story told here</title>{site}"),
                "Paper",
                Some("Story told here"),
            ),
            (site.to_string(), "Paper", None),
            // A lone <h1> loses a tie (often a logo) but wins when it is all there is.
            ("<title>Tab one</title>".into(), "Paper", Some("Tab one")),
            (String::new(), "Only heading", Some("Only heading")),
            (String::new(), "", None),
            // Section and site parts of <title> are cut when the rest is the JSON-LD headline...
            (
                format!(
                    "{}{}<title>Print one - Politics - Paper.com</title>",
                    ld("Print one"),
                    og("Social one")
                ),
                "",
                Some("Print one"),
            ),
            // ...but a JSON-LD headline with a suffix keeps it, and og agreeing with it wins.
            (
                format!(
                    "{}{}<meta name=\"title\" content=\"Story\">",
                    ld("Story - Latest news"),
                    og("Story - Latest news")
                ),
                "Story",
                Some("Story - Latest news"),
            ),
            // Without JSON-LD any agreeing candidate anchors the cut.
            (
                "<title>Paper | Story told here</title>".into(),
                "Story told here",
                Some("Story told here"),
            ),
            // A declared site name is cut before or after a separator, also the CJK bar.
            (format!("{}{site}", og("Paper | Story")), "", Some("Story")),
            (
                format!("{}{site}", og("見出しの文｜Paper")),
                "",
                Some("見出しの文"),
            ),
            // An undeclared tail stays.
            (
                format!("{}{site}", og("Story | Sports")),
                "",
                Some("Story | Sports"),
            ),
            // Entities and whitespace.
            (og("A &amp; B\n   C"), "", Some("A & B C")),
        ];
        for (head, h1, want) in cases {
            assert_eq!(title_of(&head, h1).as_deref(), want, "{head} / {h1}");
        }
    }

    #[test]
    fn microdata_headline() {
        let others = format!(
            "{}<title>Print one</title>{}",
            ld("Print one"),
            og("Social one")
        );
        let md = |tag: &str, text: &str| format!("<{tag} itemprop=\"headline\">{text}</{tag}>");
        // A single marked-up headline agreeing with another source wins over the majority.
        let x = extract(&format!(
            "<html><head>{others}</head><body><h1>Print one</h1>{}<p>Text, text.</p></body></html>",
            md("h2", "Social <b>one</b>")
        ));
        assert_eq!(x.meta.title.as_deref(), Some("Social one"));
        let x = extract(&format!(
            "<html><head>{others}<meta itemprop=\"headline\" content=\"Social one\"></head><body><p>Text, text.</p></body></html>"
        ));
        assert_eq!(x.meta.title.as_deref(), Some("Social one"));
        // Several (teasers) or an unconfirmed one count for nothing.
        let x = extract(&format!(
            "<html><head>{others}</head><body><h1>Print one</h1>{}{}</body></html>",
            md("h2", "Social one"),
            md("h2", "Other story")
        ));
        assert_eq!(x.meta.title.as_deref(), Some("Print one"));
        let x = extract(&format!(
            "<html><head>{others}</head><body><h1>Print one</h1>{}</body></html>",
            md("h3", "Teaser story")
        ));
        assert_eq!(x.meta.title.as_deref(), Some("Print one"));
    }

    #[test]
    fn title_cuts() {
        let cases: &[(&str, &[&str], Option<&str>)] = &[
            (
                "The story | Section | Site",
                &["The story"],
                Some("The story"),
            ),
            ("Site | The story", &["The story"], Some("The story")),
            (
                "Site - The story - Section",
                &["The story"],
                Some("The story"),
            ),
            (
                "Kicker: Story - Site",
                &["Kicker: Story"],
                Some("Kicker: Story"),
            ),
            ("Story | Section", &["Other"], None),
            (
                "Short one – A long newspaper name",
                &["Short one"],
                Some("Short one"),
            ),
            ("Story - Site", &["Story - Site"], None),
            ("Story", &["Story"], None),
        ];
        for &(title, anchors, want) in cases {
            assert_eq!(cut_to_anchor(title, anchors).as_deref(), want, "{title}");
        }
        let sites = [Some("Paper"), Some("The Paper Online")];
        let cases = [
            ("Story | Paper", "Story"),
            ("Story – the paper online", "Story"),
            ("PAPER :: Story", "Story"),
            ("Story | Papers", "Story | Papers"),
            ("Paper", "Paper"),
            ("| Paper", "| Paper"),
        ];
        for (title, want) in cases {
            assert_eq!(strip_site_name(title, &sites), want, "{title}");
        }
    }

    #[test]
    fn tag_stripping() {
        let cases = [
            ("<span>Ver</span><wbr>such", "Versuch"),
            ("one<br>two", "one two"),
            ("a<div>b</div>", "a b "),
            ("x <!-- c --> y", "x  y"),
            ("broken <b", "broken "),
        ];
        for (input, want) in cases {
            assert_eq!(strip_tags(input), want, "{input}");
        }
    }

    #[test]
    fn entities() {
        let cases = [
            ("a &amp; b", "a & b"),
            ("&lt;p&gt;", "<p>"),
            ("caf&eacute; &#233; &#xE9;", "café é é"),
            ("&#150; &#8211;", "\u{2013} \u{2013}"),
            ("AT&T and R&D;", "AT&T and R&D;"),
            ("&unknown; &", "&unknown; &"),
            ("&#xFFFFFFFF;", "\u{FFFD}"),
        ];
        for (input, want) in cases {
            assert_eq!(decode_entities(input), want, "{input}");
        }
    }

    #[test]
    fn charsets() {
        let latin1 = b"<meta charset=\"iso-8859-1\"><p>M\xfcnchen</p>";
        let (s, w) = decode_html(latin1);
        assert!(s.contains("München"), "{s}");
        assert!(w.is_empty());
        let equiv = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1251\"><p>\xcf\xf0\xe8</p>";
        assert!(decode_html(equiv).0.contains("При"));
        let shift_jis = b"<meta charset=shift_jis><p>\x93\xfa\x96\x7b</p>";
        assert!(decode_html(shift_jis).0.contains("日本"));
        // Mislabelled: declared latin-1, actually UTF-8.
        let (s, w) = decode_html("<meta charset=latin1><p>München</p>".as_bytes());
        assert!(s.contains("München") && w.len() == 1, "{s} {w:?}");
        // No declaration, invalid UTF-8: replaced with a warning.
        let (s, w) = decode_html(b"<p>M\xfcnchen</p>");
        assert!(s.contains('\u{FFFD}') && w.len() == 1);
        // A plain page: no warning.
        assert!(decode_html(b"<p>plain</p>").1.is_empty());
    }

    #[test]
    fn malformed_markup_is_best_effort() {
        let cases: &[(&str, &str)] = &[
            // Unclosed paragraphs and list items.
            ("<body><p>One, two, three, four, five, six.<p>Seven, eight, nine, ten, eleven.</body>",
             "One, two, three, four, five, six.\n\nSeven, eight, nine, ten, eleven."),
            // Unmatched end tags are ignored.
            ("<div><p>Alpha, beta, gamma, delta, epsilon, zeta.</span></b></p></div>",
             "Alpha, beta, gamma, delta, epsilon, zeta."),
            // Unterminated comment and tag at the end.
            ("<p>Kept, kept, kept, kept, kept, kept text.</p><!-- never closed", "Kept, kept, kept, kept, kept, kept text."),
            ("<p>Kept, kept, kept, kept, kept, kept text.</p><div class=\"x", "Kept, kept, kept, kept, kept, kept text."),
            // A '<' that is not markup.
            ("<p>If a < b, then b > a, and so on, and so forth.</p>", "If a < b, then b > a, and so on, and so forth."),
            // No markup at all.
            ("Just text, nothing else, at all.", "Just text, nothing else, at all."),
        ];
        for (html, want) in cases {
            let x = extract(html);
            assert_eq!(x.text, *want, "{html}");
        }
        assert!(!extract("<p>x</p><!-- open").warnings.is_empty());
        assert!(
            extract("<html><body><p>Fine, fine, fine.</p></body></html>")
                .warnings
                .is_empty()
        );
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let mut page = String::from("<body>");
        page.push_str(&"<div>".repeat(100_000));
        page.push_str("<p>Deep, deep, deep, deep, deep down, it is text.</p>");
        page.push_str(&"</span>".repeat(50_000));
        let x = extract(&page);
        assert!(x.text.contains("Deep, deep"), "{}", x.text);
    }

    #[test]
    fn text_paths() {
        let cases = [
            ("2021-02-16-musk", "text/2021-02-16-musk.txt"),
            ("news/a", "text/news/a.txt"),
            ("../../etc/passwd", "text/etc/passwd.txt"),
            ("/abs/x", "text/abs/x.txt"),
            ("feed.jsonl:12", "text/feed.jsonl_12.txt"),
            ("a b?*", "text/a_b__.txt"),
            (".hidden", "text/_hidden.txt"),
            ("..", "text/_.txt"),
            ("", "text/_.txt"),
            ("Zürich", "text/Zürich.txt"),
        ];
        for (id, want) in cases {
            assert_eq!(text_path(id), std::path::PathBuf::from(want), "{id}");
        }
        assert!(text_path(&"x".repeat(500)).as_os_str().len() < 140);
    }

    #[test]
    fn iso_dates() {
        let cases = [
            ("2024-05-03T23:47:42-07:00", Some("2024-05-03")),
            ("2024-05-03", Some("2024-05-03")),
            ("May 3, 2024", Some("2024-05-03")),
            ("yesterday", None),
        ];
        for (input, want) in cases {
            assert_eq!(iso_date(input).as_deref(), want, "{input}");
        }
    }
}
