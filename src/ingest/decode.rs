//! Bytes → article text: UTF-8 decoding, BOM, binary detection, the size limit.

use super::IngestOptions;
use crate::model::{Article, InputFailure};
use unicode_segmentation::UnicodeSegmentation;

/// Decoded text and what had to be repaired.
pub struct Decoded {
    pub text: String,
    pub warnings: Vec<String>,
}

/// Decodes UTF-8, dropping a leading BOM and replacing invalid bytes (with a warning).
/// Line endings are kept as they are: later stages treat `\r\n` as one line break.
pub fn decode(mut bytes: Vec<u8>) -> Decoded {
    let mut warnings = Vec::new();
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
    }
    let text = match String::from_utf8(bytes) {
        Ok(s) => s,
        Err(e) => {
            let lossy = String::from_utf8_lossy(e.as_bytes()).into_owned();
            let bad = lossy.matches('\u{FFFD}').count();
            warnings.push(format!(
                "invalid UTF-8: {bad} byte sequence(s) replaced by U+FFFD"
            ));
            lossy
        }
    };
    Decoded { text, warnings }
}

/// Binary content: NUL bytes or many control characters in the first 8 KiB.
pub fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if memchr::memchr(0, head).is_some() {
        return true;
    }
    let control = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    control * 10 > head.len().max(1)
}

/// Cuts `text` to at most `max` bytes at a grapheme boundary; returns whether it was cut.
pub fn truncate(text: &mut String, max: usize) -> bool {
    if text.len() <= max {
        return false;
    }
    // Cut at a grapheme boundary, so a cut never splits "é" or an emoji with its modifier.
    let mut cut = max;
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let mut window_start = cut.saturating_sub(64);
    while !text.is_char_boundary(window_start) {
        window_start -= 1;
    }
    let mut window_end = (cut + 64).min(text.len());
    while !text.is_char_boundary(window_end) {
        window_end += 1;
    }
    let mut last_ok = window_start;
    for (b, g) in text[window_start..window_end].grapheme_indices(true) {
        let g_end = window_start + b + g.len();
        if g_end > cut {
            break;
        }
        last_ok = g_end;
    }
    let cut = last_ok;
    text.truncate(cut);
    true
}

/// A plain-text file's bytes → an article (or a failure row).
pub(crate) fn article_from_bytes(
    bytes: Vec<u8>,
    id: String,
    source_path: String,
    options: &IngestOptions,
) -> Result<Article, InputFailure> {
    if looks_binary(&bytes) {
        return Err(InputFailure {
            id,
            source_path,
            reason: "binary content (NUL or control bytes); not a text article".into(),
        });
    }
    let Decoded {
        mut text,
        mut warnings,
    } = decode(bytes);
    finish(&mut text, &mut warnings, options);
    Ok(Article {
        id,
        source_path,
        text,
        warnings,
        ..Default::default()
    })
}

/// Checks applied to every article text whatever its format.
pub(crate) fn finish(text: &mut String, warnings: &mut Vec<String>, options: &IngestOptions) {
    let original = text.len();
    if truncate(text, options.max_article_bytes) {
        warnings.push(format!(
            "article cut from {original} to {} bytes (limit --max-article-bytes {})",
            text.len(),
            options.max_article_bytes
        ));
    }
    if text.trim().is_empty() {
        warnings.push("empty article: no text".into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decoding_cases() {
        let d = decode(b"\xEF\xBB\xBFHello\r\nworld".to_vec());
        assert_eq!(d.text, "Hello\r\nworld");
        assert!(d.warnings.is_empty());
        let d = decode(b"caf\xE9 au lait".to_vec());
        assert_eq!(d.text, "caf\u{FFFD} au lait");
        assert_eq!(d.warnings.len(), 1);
    }

    #[test]
    fn binary_detection() {
        assert!(looks_binary(b"\x89PNG\r\n\x1a\n\0\0\0"));
        assert!(!looks_binary("Plain text, with ünïcode.\n".as_bytes()));
        assert!(!looks_binary(b""));
    }

    #[test]
    fn truncation_respects_graphemes() {
        let mut s = "ab👍🏽cd".to_string(); // thumbs up + skin tone: one grapheme of 8 bytes
        assert!(truncate(&mut s, 5));
        assert_eq!(s, "ab");
        let mut s = "abc".to_string();
        assert!(!truncate(&mut s, 3));
        let mut s = "é".repeat(10);
        assert!(truncate(&mut s, 5));
        assert_eq!(s, "éé");
    }
}
