//! `newsfacts eval-html DIR`: scores main-content extraction on saved pages with expected content.
//!
//! Takes a folder with `*.html` pages and `expected.jsonl` (one record per page: `page`, `title`,
//! `publishing_date`, `body_paragraphs`, as in ../shared/eval/html-dev); gives an [`HtmlReport`]
//! per page and on average. It does not look at authors or at zones.
//!
//! Matching (both sides go through [`normalise`]: Unicode whitespace runs become one space, soft
//! hyphens and zero-width characters are dropped, ends are trimmed):
//! - a paragraph is *found* when its normalised text is a substring of the normalised extracted
//!   body (the text after the title line), so block boundaries drawn differently do not matter;
//! - *precision* is the share of the body's non-space characters covered by an occurrence of some
//!   expected paragraph (every occurrence counts);
//! - a *title* matches when the normalised title equals the expected one exactly;
//! - a *date* matches when the extracted ISO date equals the date part (first 10 characters) of
//!   the expected `publishing_date`; pages without one are not counted.

use crate::ingest::html::extract_bytes;
use serde::Serialize;
use std::fmt;
use std::path::Path;

/// Scores of one page.
#[derive(Clone, Debug, Serialize)]
pub struct PageScore {
    pub page: String,
    pub html_bytes: usize,
    pub expected_paragraphs: usize,
    /// Share of expected paragraphs found in the extracted body (1.0 when none are expected).
    pub found: f64,
    /// Share of the extracted body inside expected paragraphs (1.0 for an empty body).
    pub precision: f64,
    pub title_ok: bool,
    /// `None` when no date is expected.
    pub date_ok: Option<bool>,
    pub title: Option<String>,
    pub expected_title: String,
    /// The first few expected paragraphs not found (shortened), for debugging.
    pub missing: Vec<String>,
    /// The first few extracted blocks not inside any expected paragraph (shortened).
    pub extra: Vec<String>,
}

/// Per-page scores and their averages.
#[derive(Clone, Debug, Serialize)]
pub struct HtmlReport {
    pub pages: Vec<PageScore>,
    pub avg_found: f64,
    pub avg_precision: f64,
    pub title_rate: f64,
    pub date_rate: f64,
    pub date_pages: usize,
}

/// See the module doc.
pub fn normalise(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut space = false;
    for c in s.chars() {
        if matches!(
            c,
            '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{FEFF}'
        ) {
            continue;
        }
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space && !out.is_empty() {
            out.push(' ');
        }
        space = false;
        out.push(c);
    }
    out
}

fn shorten(s: &str) -> String {
    let mut t: String = s.chars().take(100).collect();
    if t.len() < s.len() {
        t.push('…');
    }
    t
}

/// Scores one page's extraction (`body` is the extracted text after the title line).
#[allow(clippy::too_many_arguments)]
fn score_page(
    page: &str,
    html_bytes: usize,
    body: &str,
    title: Option<&str>,
    date: Option<&str>,
    expected_title: &str,
    expected_date: Option<&str>,
    paragraphs: &[String],
) -> PageScore {
    let norm_body = normalise(body);
    let mut covered = vec![false; norm_body.len()];
    let mut found = 0;
    let mut missing = Vec::new();
    for p in paragraphs {
        let np = normalise(p);
        if np.is_empty() {
            found += 1;
            continue;
        }
        let mut any = false;
        for (at, m) in norm_body.match_indices(np.as_str()) {
            covered[at..at + m.len()].iter_mut().for_each(|c| *c = true);
            any = true;
        }
        if any {
            found += 1;
        } else if missing.len() < 5 {
            missing.push(shorten(p));
        }
    }
    let (mut inside, mut total) = (0usize, 0usize);
    for (i, c) in norm_body.char_indices() {
        if c != ' ' {
            total += 1;
            if covered[i] {
                inside += 1;
            }
        }
    }
    // Extra blocks: extracted blocks with less than half of their characters covered.
    let mut extra = Vec::new();
    let mut offset = 0;
    for block in body.split("\n\n") {
        let nb = normalise(block);
        if let Some(at) = norm_body[offset..].find(nb.as_str()).map(|a| a + offset) {
            let cov = covered[at..at + nb.len()].iter().filter(|&&c| c).count();
            if cov * 2 < nb.len() && extra.len() < 5 {
                extra.push(shorten(block));
            }
            offset = at + nb.len();
        }
    }
    let title_ok = title.is_some_and(|t| normalise(t) == normalise(expected_title));
    let date_ok = expected_date
        .filter(|d| d.len() >= 10)
        .map(|d| date == d.get(..10));
    PageScore {
        page: page.to_string(),
        html_bytes,
        expected_paragraphs: paragraphs.len(),
        found: if paragraphs.is_empty() {
            1.0
        } else {
            found as f64 / paragraphs.len() as f64
        },
        precision: if total == 0 {
            1.0
        } else {
            inside as f64 / total as f64
        },
        title_ok,
        date_ok,
        title: title.map(str::to_string),
        expected_title: expected_title.to_string(),
        missing,
        extra,
    }
}

#[derive(serde::Deserialize)]
struct Expected {
    page: String,
    title: Option<String>,
    publishing_date: Option<String>,
    #[serde(default)]
    body_paragraphs: Vec<String>,
}

/// Extracts every page listed in `DIR/expected.jsonl` and scores it; with `dump`, writes each
/// page's extracted text to `dump/<page>.txt` for inspection.
pub fn evaluate_html(dir: &Path, dump: Option<&Path>) -> anyhow::Result<HtmlReport> {
    use anyhow::Context;
    let path = dir.join("expected.jsonl");
    let listing = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let mut pages = Vec::new();
    for (n, line) in listing.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let e: Expected = serde_json::from_str(line)
            .with_context(|| format!("{}:{}: invalid record", path.display(), n + 1))?;
        let page_path = dir.join(&e.page);
        let bytes = std::fs::read(&page_path)
            .with_context(|| format!("{}:{}: cannot read {}", path.display(), n + 1, e.page))?;
        let x = extract_bytes(&bytes);
        if let Some(d) = dump {
            let out = d.join(format!("{}.txt", e.page.replace(['/', '\\'], "_")));
            std::fs::write(&out, &x.text)
                .with_context(|| format!("cannot write {}", out.display()))?;
        }
        pages.push(score_page(
            &e.page,
            bytes.len(),
            &x.text[x.body_start..],
            x.meta.title.as_deref(),
            x.meta.date.as_deref(),
            e.title.as_deref().unwrap_or(""),
            e.publishing_date.as_deref(),
            &e.body_paragraphs,
        ));
    }
    let n = pages.len().max(1) as f64;
    let dated: Vec<bool> = pages.iter().filter_map(|p| p.date_ok).collect();
    Ok(HtmlReport {
        avg_found: pages.iter().map(|p| p.found).sum::<f64>() / n,
        avg_precision: pages.iter().map(|p| p.precision).sum::<f64>() / n,
        title_rate: pages.iter().filter(|p| p.title_ok).count() as f64 / n,
        date_rate: dated.iter().filter(|&&d| d).count() as f64 / dated.len().max(1) as f64,
        date_pages: dated.len(),
        pages,
    })
}

impl fmt::Display for HtmlReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<32} {:>8} {:>6} {:>6} {:>6} {:>5}",
            "page", "KB", "found", "prec", "title", "date"
        )?;
        for p in &self.pages {
            writeln!(
                f,
                "{:<32} {:>8} {:>6.3} {:>6.3} {:>6} {:>5}",
                p.page,
                p.html_bytes / 1024,
                p.found,
                p.precision,
                if p.title_ok { "ok" } else { "MISS" },
                match p.date_ok {
                    None => "-",
                    Some(true) => "ok",
                    Some(false) => "MISS",
                }
            )?;
        }
        writeln!(
            f,
            "\n{} pages: paragraphs found {:.1}% (target ≥ 95%), body text inside expected {:.1}% (≥ 90%), \
             titles exact {:.1}% (≥ 95%), dates {:.1}% of {} (≥ 90%)",
            self.pages.len(),
            100.0 * self.avg_found,
            100.0 * self.avg_precision,
            100.0 * self.title_rate,
            100.0 * self.date_rate,
            self.date_pages
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalisation() {
        let cases = [
            ("  a\u{00A0} b\n\nc ", "a b c"),
            ("soft\u{00AD}hyphen", "softhyphen"),
            ("", ""),
            ("x", "x"),
        ];
        for (input, want) in cases {
            assert_eq!(normalise(input), want, "{input:?}");
        }
    }

    #[test]
    fn page_scores() {
        let paras = vec![
            "First one.".to_string(),
            "Second  one.".to_string(),
            "Absent.".to_string(),
        ];
        let s = score_page(
            "p",
            0,
            "First one.\n\nSecond one. Extra!",
            Some("T  x"),
            Some("2024-01-02"),
            "T x",
            Some("2024-01-02 10:00:00+00:00"),
            &paras,
        );
        assert!((s.found - 2.0 / 3.0).abs() < 1e-9);
        // 9 + 10 covered of 9 + 10 + 6 non-space characters.
        assert!((s.precision - 19.0 / 25.0).abs() < 1e-9, "{}", s.precision);
        assert!(s.title_ok);
        assert_eq!(s.date_ok, Some(true));
        assert_eq!(s.missing, vec!["Absent."]);
        let s = score_page("p", 0, "", None, None, "T", None, &paras);
        assert_eq!(
            (s.found, s.precision, s.title_ok, s.date_ok),
            (0.0, 1.0, false, None)
        );
    }
}
