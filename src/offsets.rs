//! Byte offsets (used inside Rust) → Unicode code-point offsets (used in every exported table).
//!
//! Python's `text[start:end]` indexes code points, so the tables must too. [`CharIndex`] answers
//! in O(1) for ASCII text and in O(block) otherwise, with 4 bytes of memory per 256 bytes of text,
//! so it stays cheap on a 50 MB article.

const BLOCK: usize = 256;

/// Converts byte offsets of one text into code-point offsets.
pub struct CharIndex<'a> {
    bytes: &'a [u8],
    /// Code points before each block start; empty when the text is ASCII.
    block_chars: Vec<u32>,
}

impl<'a> CharIndex<'a> {
    pub fn new(text: &'a str) -> CharIndex<'a> {
        let bytes = text.as_bytes();
        let block_chars = if is_ascii(bytes) {
            Vec::new()
        } else {
            let mut acc = 0u32;
            let mut out = Vec::with_capacity(bytes.len() / BLOCK + 1);
            for chunk in bytes.chunks(BLOCK) {
                out.push(acc);
                acc += count_chars(chunk) as u32;
            }
            out.push(acc);
            out
        };
        CharIndex { bytes, block_chars }
    }

    /// Number of code points in the whole text.
    pub fn len_chars(&self) -> usize {
        self.char_offset(self.bytes.len())
    }

    /// Code-point offset of byte offset `byte` (which must be a char boundary or `len`).
    pub fn char_offset(&self, byte: usize) -> usize {
        if self.block_chars.is_empty() {
            return byte;
        }
        let block = byte / BLOCK;
        let base = self.block_chars[block] as usize;
        base + count_chars(&self.bytes[block * BLOCK..byte])
    }
}

/// `bytes.is_ascii()`, as an OR of every byte: without an early exit the compiler ORs 16
/// bytes per instruction, about a third of the instructions of the word-at-a-time `is_ascii`
/// (this runs over every article's whole text, which is ASCII in most corpora).
fn is_ascii(bytes: &[u8]) -> bool {
    bytes.iter().fold(0u8, |acc, &b| acc | b) < 0x80
}

/// Number of code points in a UTF-8 byte slice: every byte that is not a continuation byte.
fn count_chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|&&b| (b as i8) >= -0x40).count()
}

/// Byte offset of code-point offset `char_offset` in `text` (clamped to the text's end).
pub fn byte_offset(text: &str, char_offset: usize) -> usize {
    text.char_indices()
        .nth(char_offset)
        .map(|(b, _)| b)
        .unwrap_or(text.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ascii_is_identity() {
        let idx = CharIndex::new("hello world");
        assert_eq!(idx.char_offset(0), 0);
        assert_eq!(idx.char_offset(11), 11);
    }

    #[test]
    fn multibyte_matches_chars_count_everywhere() {
        let text = "Kremlin Says ‘Interested’ — ₹580 crore, Zürich. ".repeat(40);
        let idx = CharIndex::new(&text);
        for (b, _) in text
            .char_indices()
            .chain(std::iter::once((text.len(), ' ')))
        {
            assert_eq!(idx.char_offset(b), text[..b].chars().count(), "byte {b}");
        }
        assert_eq!(idx.len_chars(), text.chars().count());
        // A text of whole blocks ends exactly on a block boundary.
        for text in [
            "é".repeat(128),
            "é".repeat(129),
            "abc".into(),
            String::new(),
        ] {
            assert_eq!(CharIndex::new(&text).len_chars(), text.chars().count());
        }
    }

    #[test]
    fn ascii_test_matches_std() {
        let long = "x".repeat(100);
        for text in ["", "a", "abc\n\r\t\0\u{7f}", "é", "abcé", &long] {
            assert_eq!(is_ascii(text.as_bytes()), text.is_ascii(), "{text:?}");
        }
        for at in 0..100 {
            let mut bytes = long.clone().into_bytes();
            bytes[at] = 0x80;
            assert!(!is_ascii(&bytes), "{at}");
            bytes[at] = 0x7f;
            assert!(is_ascii(&bytes), "{at}");
        }
    }

    #[test]
    fn byte_offset_inverts_char_offset() {
        let text = "a‘b’c";
        assert_eq!(byte_offset(text, 2), 4);
        assert_eq!(byte_offset(text, 99), text.len());
    }
}
