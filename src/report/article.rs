//! An article's text rebuilt from its sentences, with mentions highlighted in the style of
//! displaCy (coloured `<mark>`s carrying a label tag).
//!
//! Takes: the sentences of one article (code-point offsets) and the marks to draw. Gives: HTML
//! (escaped) with one `<span class="s z-ZONE" id="sN">` per sentence.
//! The tables do not hold the text between sentences, so gaps are rebuilt as whitespace: a
//! gap of one character inside a zone is a space, a gap between zones or of two or more
//! characters is a line break (a new paragraph block for two or more). Nested mentions are drawn
//! nested; a mention that crosses another one (or a sentence boundary) is clipped or left
//! out, and counted, because HTML elements cannot overlap.

use super::html::{label_class, push_esc};
use super::tables::Sent;
use std::fmt::Write;

/// The article text with every sentence at its code-point offsets: `text[start..end]` (in
/// code points) is the sentence's text. Gaps are filled as described in the module doc
/// (a space, else newlines). Overlapping sentences (bad input) are clipped.
pub fn reconstruct_text(sentences: &[Sent]) -> String {
    let mut out = String::new();
    let mut pos = 0; // code points written
    let mut prev: Option<&Sent> = None;
    for s in sentences {
        if s.start > pos {
            let gap = s.start - pos;
            let fill = match prev {
                None => ' ',
                Some(p) if gap == 1 && p.zone == s.zone => ' ',
                Some(_) => '\n',
            };
            out.extend(std::iter::repeat_n(fill, gap));
            pos = s.start;
        }
        // Skip the part of the sentence that an earlier one already covers.
        let skip = pos - s.start.min(pos);
        for c in s.text.chars().skip(skip).take(s.end.saturating_sub(pos)) {
            out.push(c);
            pos += 1;
        }
        prev = Some(s);
    }
    out
}

/// What separates two rendered sentences (see the module doc).
fn separator(prev: Option<&Sent>, next: &Sent) -> &'static str {
    let Some(p) = prev else { return "" };
    match next.start.saturating_sub(p.end) {
        0 => "",
        1 if p.zone == next.zone => " ",
        1 => "\n",
        _ => "\n\n",
    }
}

/// One mention to highlight.
#[derive(Clone, Debug, Default)]
pub struct Mark {
    /// Code-point offsets in the article, end-exclusive.
    pub start: usize,
    pub end: usize,
    pub label: String,
    /// Hover text (for money: the normalised amount).
    pub title: String,
    /// Link target (an entity page), relative to the article page.
    pub href: Option<String>,
    /// The mention id, used as the element id `m{id}`.
    pub id: usize,
}

/// Renders the sentences with `marks` (any order) highlighted; returns how many marks could
/// not be drawn (crossing another mark, or outside every sentence).
pub fn render_text(out: &mut String, sentences: &[Sent], marks: &[Mark]) -> usize {
    let mut order: Vec<&Mark> = marks.iter().filter(|m| m.start < m.end).collect();
    order.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end), m.id));
    let mut dropped = marks.len() - order.len();
    let mut next = 0; // first mark not yet placed
    let mut prev: Option<&Sent> = None;
    // Paragraphs are blocks (a blank line would be as tall as a line of marked text).
    out.push_str("<div class=\"p\">");
    for s in sentences {
        match separator(prev, s) {
            "\n\n" => out.push_str("</div><div class=\"p\">"),
            sep => out.push_str(sep),
        }
        prev = Some(s);
        // Marks that start before this sentence were not inside any sentence.
        while next < order.len() && order[next].start < s.start {
            dropped += 1;
            next += 1;
        }
        let first = next;
        while next < order.len() && order[next].start < s.end {
            next += 1;
        }
        let _ = write!(
            out,
            "<span class=\"s z-{}\" id=\"s{}\">",
            label_class(&s.zone),
            s.id
        );
        dropped += render_sentence(out, s, &order[first..next]);
        out.push_str("</span>");
    }
    out.push_str("</div>");
    dropped + order.len() - next
}

/// One sentence with its marks (sorted by start, longest first). Returns the marks left out.
fn render_sentence(out: &mut String, s: &Sent, marks: &[&Mark]) -> usize {
    // Byte offset of every code point of the sentence, plus the end.
    let bytes: Vec<usize> = s
        .text
        .char_indices()
        .map(|(b, _)| b)
        .chain(std::iter::once(s.text.len()))
        .collect();
    let chars = bytes.len() - 1;
    let rel = |abs: usize| (abs.saturating_sub(s.start)).min(chars);
    let text = |out: &mut String, from: usize, to: usize| {
        if to > from {
            push_esc(out, &s.text[bytes[from]..bytes[to]]);
        }
    };
    let mut cursor = 0; // code points written
                        // Open marks, innermost last: (relative end, mark).
    let mut open: Vec<(usize, &Mark)> = Vec::new();
    let mut dropped = 0;
    for m in marks {
        let (start, end) = (rel(m.start), rel(m.end));
        while let Some(&(top, closing)) = open.last() {
            if top > start {
                break;
            }
            text(out, cursor, top);
            cursor = cursor.max(top);
            close_mark(out, closing);
            open.pop();
        }
        // Crosses the enclosing mark's end, or empty after clipping: cannot be drawn.
        if open.last().is_some_and(|&(top, _)| end > top) || start >= end {
            dropped += 1;
            continue;
        }
        text(out, cursor, start);
        cursor = start;
        open_mark(out, m);
        open.push((end, m));
    }
    while let Some((top, closing)) = open.pop() {
        text(out, cursor, top);
        cursor = cursor.max(top);
        close_mark(out, closing);
    }
    text(out, cursor, chars);
    dropped
}

fn open_mark(out: &mut String, m: &Mark) {
    let _ = write!(
        out,
        "<mark class=\"ent l-{}\" data-label=\"",
        label_class(&m.label)
    );
    push_esc(out, &m.label);
    let _ = write!(out, "\" id=\"m{}\" title=\"", m.id);
    push_esc(out, &m.title);
    out.push('"');
    if let Some(href) = &m.href {
        out.push_str(" data-href=\"");
        push_esc(out, href);
        out.push('"');
    }
    out.push('>');
}

/// The label tag after the text, as displaCy draws it (a link to the entity page when there
/// is one), then the end of the mark.
fn close_mark(out: &mut String, m: &Mark) {
    match &m.href {
        Some(href) => {
            out.push_str("<a class=\"tag\" href=\"");
            push_esc(out, href);
            out.push_str("\">");
        }
        None => out.push_str("<span class=\"tag\">"),
    }
    push_esc(out, &m.label);
    out.push_str(if m.href.is_some() {
        "</a></mark>"
    } else {
        "</span></mark>"
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sent(id: usize, start: usize, zone: &str, text: &str) -> Sent {
        Sent {
            id,
            start,
            end: start + text.chars().count(),
            zone: zone.into(),
            text: text.into(),
        }
    }

    fn mark(start: usize, end: usize, label: &str) -> Mark {
        Mark {
            start,
            end,
            label: label.into(),
            id: start,
            ..Mark::default()
        }
    }

    /// Slice by code points, as Python's `text[start:end]`.
    fn cp(s: &str, start: usize, end: usize) -> String {
        s.chars().skip(start).take(end - start).collect()
    }

    #[test]
    fn reconstructs_text_at_code_point_offsets() {
        // Multi-byte characters before and inside the sentences: offsets are code points.
        let sents = vec![
            sent(0, 1, "title", "Zürich – “Ünïcode” 🚀 news"),
            sent(1, 30, "body", "Müller said ₹5."),
            sent(2, 46, "body", "Then left."),
            sent(3, 57, "boilerplate", "Share"),
        ];
        let text = reconstruct_text(&sents);
        for s in &sents {
            assert_eq!(cp(&text, s.start, s.end), s.text, "sentence {}", s.id);
        }
        assert_eq!(text.chars().count(), 62);
        // Leading gap: space; same-zone gap of 1: space; other gaps: newlines.
        assert!(text.starts_with(" Zürich"));
        assert_eq!(cp(&text, 27, 30), "\n\n\n");
        assert_eq!(cp(&text, 45, 46), " ");
        assert_eq!(cp(&text, 56, 57), "\n");
    }

    #[test]
    fn overlapping_sentences_are_clipped() {
        let sents = vec![sent(0, 0, "body", "abcdef"), sent(1, 4, "body", "efgh")];
        assert_eq!(reconstruct_text(&sents), "abcdefgh");
    }

    #[test]
    fn separators_keep_paragraphs() {
        let cases = [
            (0, 5, "body", 5, "body", ""),
            (0, 5, "body", 6, "body", " "),
            (0, 5, "body", 6, "title", "\n"),
            (0, 5, "body", 7, "body", "\n\n"),
        ];
        for (s0, e0, z0, s1, z1, want) in cases {
            let a = Sent {
                id: 0,
                start: s0,
                end: e0,
                zone: z0.into(),
                text: String::new(),
            };
            let b = Sent {
                id: 1,
                start: s1,
                end: s1 + 1,
                zone: z1.into(),
                text: String::new(),
            };
            assert_eq!(separator(Some(&a), &b), want);
        }
    }

    fn render(sents: &[Sent], marks: &[Mark]) -> (String, usize) {
        let mut out = String::new();
        let dropped = render_text(&mut out, sents, marks);
        (out, dropped)
    }

    #[test]
    fn marks_use_code_point_offsets_in_multibyte_text() {
        let sents = vec![sent(0, 10, "body", "Zoë Müller paid ₹580 crore.")];
        let (html, dropped) = render(&sents, &[mark(10, 20, "PERSON"), mark(26, 36, "MONEY")]);
        assert_eq!(dropped, 0);
        assert!(
            html.contains(r#"data-label="PERSON" id="m10" title="">Zoë Müller<span class="tag">PERSON</span></mark> paid "#),
            "{html}"
        );
        assert!(
            html.contains(">₹580 crore<span class=\"tag\">MONEY</span></mark>.</span>"),
            "{html}"
        );
    }

    #[test]
    fn nested_marks_nest_and_crossing_marks_are_dropped() {
        let sents = vec![sent(0, 0, "body", "Bank of India says")];
        // ORG "Bank of India" contains LOCATION "India"; a crossing "India says" is dropped.
        let (html, dropped) = render(
            &sents,
            &[
                mark(8, 13, "LOCATION"),
                mark(0, 13, "ORG"),
                mark(8, 18, "DATE"),
            ],
        );
        assert_eq!(dropped, 1, "{html}");
        let want = r#"<mark class="ent l-org" data-label="ORG" id="m0" title="">Bank of <mark class="ent l-location" data-label="LOCATION" id="m8" title="">India<span class="tag">LOCATION</span></mark><span class="tag">ORG</span></mark> says"#;
        assert!(html.contains(want), "{html}");
        assert_eq!(
            html.matches("<mark").count(),
            html.matches("</mark>").count()
        );
    }

    #[test]
    fn adjacent_marks_and_marks_outside_sentences() {
        let sents = vec![sent(0, 0, "body", "AB"), sent(1, 5, "body", "CD")];
        let marks = [
            mark(0, 1, "ORG"),
            mark(1, 2, "APP"),
            mark(3, 4, "ORG"),  // in the gap: dropped
            mark(6, 9, "DATE"), // runs past the sentence end: clipped
            mark(7, 7, "ORG"),  // empty: dropped
        ];
        let (html, dropped) = render(&sents, &marks);
        assert_eq!(dropped, 2, "{html}");
        assert!(
            html.contains(
                r#"title="">A<span class="tag">ORG</span></mark><mark class="ent l-app""#
            ),
            "{html}"
        );
        assert!(
            html.contains(r#">D<span class="tag">DATE</span></mark></span>"#),
            "{html}"
        );
    }

    #[test]
    fn text_and_attributes_are_escaped() {
        let sents = vec![sent(
            0,
            0,
            "body\"><script>",
            "<img src=x onerror=alert(1)> & Co",
        )];
        let mut m = mark(0, 5, "ORG\"><b>");
        m.title = "\"><script>".into();
        m.href = Some("../entities/x.html\"onclick=\"".into());
        let (html, _) = render(&sents, &[m]);
        assert!(
            !html.contains("<img") && !html.contains("<script") && !html.contains("<b>"),
            "{html}"
        );
        assert!(html.contains("&lt;img"), "{html}");
        assert!(html.contains("&amp; Co"), "{html}");
        assert!(html.contains("class=\"s z-bodyscript\""), "{html}");
    }
}
