//! Segmentation: sentences (zone by zone) and tokens with shapes, plus the whitespace helpers
//! that the hot loops of segmentation and zoning share.

pub mod abbreviations;
pub mod sentences;
pub mod tokens;

pub use sentences::split as sentences;
pub use tokens::tokenize;

/// The offsets of the `\n` bytes of `bytes`, in order: the zoner's line table and the
/// splitter's wrap width both walk them. Line breaks come every ~50 bytes in wire copy, where
/// a `memchr` call per line costs ~70 instructions (its setup dominates on short lines); here
/// 64 bytes are compared at a time into a bit mask, and each break costs a few instructions.
pub(crate) fn newlines(bytes: &[u8]) -> Newlines<'_> {
    Newlines {
        bytes,
        base: 0,
        next: 0,
        mask: 0,
    }
}

/// The iterator of [`newlines`].
pub(crate) struct Newlines<'a> {
    bytes: &'a [u8],
    /// The offset of the block that `mask` covers.
    base: usize,
    /// The offset of the next block to load.
    next: usize,
    /// The line breaks of the current block not yet given, bit `k` for `bytes[base + k]`.
    mask: u64,
}

impl Iterator for Newlines<'_> {
    type Item = usize;

    #[inline]
    fn next(&mut self) -> Option<usize> {
        while self.mask == 0 {
            let at = self.next;
            if at >= self.bytes.len() {
                return None;
            }
            self.base = at;
            self.next = at + 64;
            self.mask = match self.bytes.get(at..at + 64).and_then(|c| c.try_into().ok()) {
                Some(block) => newline_mask64(block),
                None => {
                    // The last, partial block: padded with zeros, which are not line breaks.
                    let mut block = [0u8; 64];
                    block[..self.bytes.len() - at].copy_from_slice(&self.bytes[at..]);
                    newline_mask64(&block)
                }
            };
        }
        let at = self.base + self.mask.trailing_zeros() as usize;
        self.mask &= self.mask - 1;
        Some(at)
    }
}

/// Bit `k` is set when `block[k]` is `\n`.
#[inline]
fn newline_mask64(block: &[u8; 64]) -> u64 {
    #[cfg(target_arch = "x86_64")]
    {
        let mut m = 0u64;
        for (j, sixteen) in block.as_chunks::<16>().0.iter().enumerate() {
            m |= u64::from(crate::simd::eq_any_mask16(sixteen, [b'\n'])) << (16 * j);
        }
        m
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        newline_mask64_portable(block)
    }
}

/// [`newline_mask64`] one byte at a time.
#[cfg_attr(target_arch = "x86_64", allow(dead_code))]
fn newline_mask64_portable(block: &[u8; 64]) -> u64 {
    block
        .iter()
        .enumerate()
        .fold(0, |m, (k, &b)| m | (u64::from(b == b'\n') << k))
}

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

    /// `newlines` finds what `memchr_iter` finds, across block edges and in partial blocks,
    /// and the SSE2 and portable masks agree.
    #[test]
    fn newlines_match_memchr() {
        let mut cases: Vec<Vec<u8>> = ["", "\n", "a", "a\nb", "\n\n\n", "\r\n\x0b\x0c\n"]
            .iter()
            .map(|s| s.as_bytes().to_vec())
            .collect();
        for len in [63, 64, 65, 127, 128, 129, 200] {
            for step in [1, 2, 7, 63, 64, 65] {
                let v: Vec<u8> = (0..len)
                    .map(|i| if i % step == 0 { b'\n' } else { 0x8a })
                    .collect();
                cases.push(v);
            }
        }
        for bytes in &cases {
            let want: Vec<usize> = memchr::memchr_iter(b'\n', bytes).collect();
            assert_eq!(newlines(bytes).collect::<Vec<_>>(), want, "{bytes:?}");
            let mut block = [0u8; 64];
            let n = bytes.len().min(64);
            block[..n].copy_from_slice(&bytes[..n]);
            assert_eq!(newline_mask64(&block), newline_mask64_portable(&block));
        }
    }

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
