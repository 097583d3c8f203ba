//! Segmentation: sentences (zone by zone) and tokens with shapes, plus the whitespace helpers
//! that the hot loops of segmentation and zoning share.

pub mod abbreviations;
pub mod sentences;
pub mod tokens;

pub use sentences::split as sentences;
pub use tokens::tokenize;

/// ASCII bytes that `char::is_whitespace` accepts (`\t \n \x0b \x0c \r` and space).
#[inline]
pub(crate) fn is_ascii_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t'..=b'\r')
}

/// `s.trim_start()`, the same result: ASCII whitespace is skipped byte by byte, and only a
/// non-ASCII byte after it pays for the Unicode trim (which decodes every char it looks at).
#[inline]
pub fn trim_start(s: &str) -> &str {
    let n = s.bytes().take_while(|&b| is_ascii_space(b)).count();
    let rest = &s[n..];
    match rest.as_bytes().first() {
        Some(&b) if b >= 0x80 => rest.trim_start(),
        _ => rest,
    }
}

/// `s.trim_end()`, the same result, with the ASCII fast path of [`trim_start`].
#[inline]
pub fn trim_end(s: &str) -> &str {
    let n = s.bytes().rev().take_while(|&b| is_ascii_space(b)).count();
    let rest = &s[..s.len() - n];
    match rest.as_bytes().last() {
        Some(&b) if b >= 0x80 => rest.trim_end(),
        _ => rest,
    }
}

/// `s.trim()`, the same result, with the ASCII fast path of [`trim_start`].
#[inline]
pub fn trim(s: &str) -> &str {
    trim_end(trim_start(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The fast trims agree with the standard ones on ASCII, non-ASCII and mixed whitespace.
    #[test]
    fn fast_trims_match_std() {
        let cases = [
            "",
            " ",
            "abc",
            "  abc  ",
            "\t\n\x0b\x0c\r abc \r\n",
            "\u{a0}abc\u{a0}",
            " \u{2003} abc \u{3000} ",
            "\u{85}x\u{85}",
            "\x1c abc \x1f", // not whitespace for `char::is_whitespace`
            "é",
            " é ",
            "  \u{2028}",
            "a b",
            "\u{a0} \u{a0}",
        ];
        for s in cases {
            assert_eq!(trim_start(s), s.trim_start(), "{s:?}");
            assert_eq!(trim_end(s), s.trim_end(), "{s:?}");
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
    }
}
