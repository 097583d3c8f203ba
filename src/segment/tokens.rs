//! Tokens with byte offsets and orthographic shape.
//!
//! Takes the text and its sentences; gives word, number, punctuation and symbol tokens inside
//! sentences. Words keep inner hyphens and apostrophes ("France-Presse", "O'Brien", "49-year-old")
//! but the possessive "'s" is its own token, so "Musk's" yields "Musk" + "'s". Numbers keep their
//! grouping and decimals ("5,000", "1.1"); dotted acronyms stay whole ("U.S"). ASCII fast path;
//! other scripts are classified with Unicode character properties.

use crate::model::{Sentence, Shape, Token};

/// Tokenises all sentences (tokens are in text order).
///
/// The class masks of the whole text are computed once, on a grid of 64-byte blocks from the
/// text's start ([`text_masks`]), and every sentence reads the blocks it covers: a sentence
/// seldom starts or ends on the grid, and masks computed per sentence cost a third more
/// blocks (the partial ones at both ends), besides a per-block test of the text's end.
pub fn tokenize(text: &str, sentences: &[Sentence]) -> Vec<Token> {
    // News text has about one token per 5.5 bytes: one allocation for almost every article.
    let mut out = Vec::with_capacity(text.len() / 5 + 8);
    MASKS.with_borrow_mut(|masks| {
        // One buffer per thread, reused (as the zoner's case-folded copy).
        text_masks(text.as_bytes(), 0, masks);
        for s in sentences {
            tokenize_in(text, s.start, s.end, masks, 0, &mut out);
        }
        if masks.capacity() > 1 << 16 {
            *masks = Vec::new(); // an article over 4 MB does not keep its masks (3 MB)
        }
    });
    out
}

thread_local! {
    /// The block masks of the text being tokenised ([`text_masks`]).
    static MASKS: std::cell::RefCell<Vec<[u64; 6]>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Replaces `out` with the raw class masks ([`masks64`]) of the 64-byte blocks of `bytes`
/// from block `first` (bytes `64 * first..`) to the end; the last block is padded with zeros,
/// which are in no class.
fn text_masks(bytes: &[u8], first: usize, out: &mut Vec<[u64; 6]>) {
    out.clear();
    let from = (64 * first).min(bytes.len());
    let (blocks, tail) = bytes[from..].as_chunks::<64>();
    out.reserve(blocks.len() + 1);
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: the CPU has AVX2 (just checked; the answer is cached, so this costs a load).
        unsafe { masks_avx2(blocks, out) };
    } else {
        out.extend(blocks.iter().map(masks64));
    }
    #[cfg(not(target_arch = "x86_64"))]
    out.extend(blocks.iter().map(masks64));
    if !tail.is_empty() {
        let mut padded = [0u8; 64];
        padded[..tail.len()].copy_from_slice(tail);
        out.push(masks64(&padded));
    }
}

fn char_at(text: &str, i: usize) -> char {
    text[i..].chars().next().unwrap_or(' ')
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// Byte classes, one table load per byte in the hot loops.
/// Bits 0–2 are the letter kind of an ASCII alphanumeric byte (its shape is gathered by OR-ing
/// them); the others say what a byte can start.
const UP: u8 = 1;
const LO: u8 = 2;
const DG: u8 = 4;
const ALNUM: u8 = UP | LO | DG;
/// `char::is_whitespace` on ASCII (it includes `\x0b`).
const SPACE: u8 = 8;
/// May join two word parts: `-`, `'`, `.`, `,`, `&` (see [`word_end`]).
const JOINER: u8 = 16;
/// An ASCII symbol ([`is_symbol`]).
const SYMBOL: u8 = 32;
/// A byte of a non-ASCII character.
const NON_ASCII: u8 = 64;

static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 256 {
        let c = b as u8;
        t[b] = if c >= 0x80 {
            NON_ASCII
        } else if matches!(c, 0x09..=0x0d | b' ') {
            SPACE
        } else if c.is_ascii_uppercase() {
            UP
        } else if c.is_ascii_lowercase() {
            LO
        } else if c.is_ascii_digit() {
            DG
        } else if matches!(c, b'-' | b'\'' | b'.' | b',') {
            JOINER
        } else if c == b'&' {
            JOINER | SYMBOL
        } else if matches!(
            c,
            b'$' | b'%' | b'+' | b'=' | b'<' | b'>' | b'#' | b'@' | b'^' | b'~' | b'|'
        ) {
            SYMBOL
        } else {
            0
        };
        b += 1;
    }
    t
};

/// Class masks of the 64 bytes of `text` from `base`, of which those before `end` count: bit
/// `k` stands for byte `base + k`, and bytes at or past `end` have no bit set in any mask.
#[derive(Clone, Copy, Debug)]
struct Block {
    up: u64,
    lo: u64,
    dg: u64,
    /// `up | lo | dg`.
    alnum: u64,
    /// ASCII whitespace ([`SPACE`]).
    space: u64,
    /// Where a word's run of letters and digits may go on ([`continues_past`] is true at
    /// most there): a non-ASCII byte, or a joiner before a letter, digit or non-ASCII byte (or
    /// at bit 63, whose next byte is in the next block).
    cont: u64,
}

impl Block {
    /// The block at `base` (a multiple of 64) of a span `start..end` that it overlaps, from
    /// its raw masks ([`masks64`]): bytes before `start` or at or past `end` are in no mask.
    #[inline]
    fn of_span(raw: &[u64; 6], base: usize, start: usize, end: usize) -> Block {
        let [up, lo, dg, space, joiner, non_ascii] = *raw;
        // A word cut by the span's start starts at the span's start.
        let valid = low_bits(end - base) & !low_bits(start.saturating_sub(base));
        let alnum = (up | lo | dg) & valid;
        let wordish = alnum | (non_ascii & valid);
        Block {
            up: up & valid,
            lo: lo & valid,
            dg: dg & valid,
            alnum,
            space: space & valid,
            cont: (non_ascii | (joiner & ((wordish >> 1) | 1 << 63))) & valid,
        }
    }
}

/// A mask of the `n` low bits (`n` up to 64).
#[inline]
fn low_bits(n: usize) -> u64 {
    if n >= 64 {
        u64::MAX
    } else {
        (1u64 << n) - 1
    }
}

/// Upper-case, lower-case, digit, whitespace, joiner and non-ASCII masks of 64 bytes (see
/// [`CLASS`]).
#[inline(always)]
fn masks64(chunk: &[u8; 64]) -> [u64; 6] {
    // The SSE2 masks cost about 3 instructions a byte; the portable loop about 20.
    #[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
    {
        // SAFETY: compiled only where SSE2 is enabled for the whole build (it is part of the
        // x86_64 baseline), so the CPU has it; the intrinsics take no pointers. Not a
        // `target_feature` function, so that it inlines into the tokenizer's loop.
        unsafe { masks64_sse2(chunk) }
    }
    #[cfg(not(all(target_arch = "x86_64", target_feature = "sse2")))]
    {
        masks64_portable(chunk)
    }
}

/// [`masks64`] one byte at a time, through [`CLASS`].
#[cfg_attr(all(target_arch = "x86_64", target_feature = "sse2"), allow(dead_code))]
fn masks64_portable(chunk: &[u8; 64]) -> [u64; 6] {
    let mut m = [0u64; 6];
    for (k, &b) in chunk.iter().enumerate() {
        let c = CLASS[b as usize];
        m[0] |= u64::from(c & UP != 0) << k;
        m[1] |= u64::from(c & LO != 0) << k;
        m[2] |= u64::from(c & DG != 0) << k;
        m[3] |= u64::from(c & SPACE != 0) << k;
        m[4] |= u64::from(c & JOINER != 0) << k;
        m[5] |= u64::from(c & NON_ASCII != 0) << k;
    }
    m
}

/// [`masks64`] sixteen bytes at a time. Signed byte comparisons: a non-ASCII byte is negative,
/// below every range tested, so it falls in none.
#[cfg(all(target_arch = "x86_64", target_feature = "sse2"))]
#[inline(always)]
unsafe fn masks64_sse2(chunk: &[u8; 64]) -> [u64; 6] {
    use std::arch::x86_64::*;
    let set = |b: u8| _mm_set1_epi8(b as i8);
    // `lo <= x <= hi` as two signed comparisons.
    let range = |x: __m128i, lo: u8, hi: u8| {
        _mm_and_si128(
            _mm_cmpgt_epi8(x, set(lo - 1)),
            _mm_cmplt_epi8(x, set(hi + 1)),
        )
    };
    let bits = |v: __m128i| u64::from(_mm_movemask_epi8(v) as u16);
    let mut m = [0u64; 6];
    for (j, sixteen) in chunk.as_chunks::<16>().0.iter().enumerate() {
        let x = crate::simd::vector16(sixteen);
        let space = _mm_or_si128(_mm_cmpeq_epi8(x, set(b' ')), range(x, 0x09, 0x0d));
        let shift = 16 * j;
        m[0] |= bits(range(x, b'A', b'Z')) << shift;
        m[1] |= bits(range(x, b'a', b'z')) << shift;
        m[2] |= bits(range(x, b'0', b'9')) << shift;
        m[3] |= bits(space) << shift;
        let eq = |b: u8| _mm_cmpeq_epi8(x, set(b));
        let joiner = _mm_or_si128(
            _mm_or_si128(eq(b'-'), eq(b'\'')),
            _mm_or_si128(_mm_or_si128(eq(b'.'), eq(b',')), eq(b'&')),
        );
        m[4] |= bits(joiner) << shift;
        m[5] |= bits(x) << shift; // the sign bits: non-ASCII bytes
    }
    m
}

/// [`masks64`] of each block, appended to `out`, 32 bytes at a time: about half the
/// instructions of the SSE2 masks, for the one pass over a whole text ([`text_masks`]) that
/// can afford the feature test.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn masks_avx2(blocks: &[[u8; 64]], out: &mut Vec<[u64; 6]>) {
    use std::arch::x86_64::_mm256_loadu_si256;
    for block in blocks {
        let p = block.as_ptr();
        // SAFETY: `block` is 64 readable bytes, and the loads have no alignment requirement.
        let (low, high) = unsafe {
            (
                _mm256_loadu_si256(p.cast()),
                _mm256_loadu_si256(p.add(32).cast()),
            )
        };
        let (low, high) = (classes32(low), classes32(high));
        out.push(std::array::from_fn(|k| low[k] | high[k] << 32));
    }
}

/// The six class masks of [`masks64`] for 32 bytes, each in the low 32 bits. Letters and
/// digits by signed range comparisons, as in [`masks64_sse2`]. Whitespace and joiners come
/// from two table lookups, on the low and the high nibble of each byte (as `or`s of
/// comparisons, LLVM rebuilt those two masks bit by bit: seven times the instructions).
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn classes32(x: std::arch::x86_64::__m256i) -> [u64; 6] {
    use std::arch::x86_64::*;
    let set = |b: u8| _mm256_set1_epi8(b as i8);
    // `lo <= x <= hi` as two signed comparisons: a non-ASCII byte is negative, in no range.
    let range = |lo: u8, hi: u8| {
        _mm256_and_si256(
            _mm256_cmpgt_epi8(x, set(lo - 1)),
            _mm256_cmpgt_epi8(set(hi + 1), x),
        )
    };
    let bits = |v: __m256i| u64::from(_mm256_movemask_epi8(v) as u32);
    // Bit 0: `\t` to `\r` (0x09..=0x0d); bit 1: space (0x20); bit 2: `&` `'` `,` `-` `.`
    // (0x26, 0x27, 0x2c, 0x2d, 0x2e). A byte is in a class when both of its nibbles' entries
    // have the bit; the byte shuffle gives 0 for a non-ASCII byte (its top bit is set).
    #[rustfmt::skip]
    let by_low = _mm256_setr_epi8(
        2, 0, 0, 0, 0, 0, 4, 4, 0, 1, 1, 1, 5, 5, 4, 0,
        2, 0, 0, 0, 0, 0, 4, 4, 0, 1, 1, 1, 5, 5, 4, 0,
    );
    #[rustfmt::skip]
    let by_high = _mm256_setr_epi8(
        1, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
        1, 0, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    );
    let high = _mm256_and_si256(_mm256_srli_epi16(x, 4), set(0x0f));
    let class = _mm256_and_si256(
        _mm256_shuffle_epi8(by_low, x),
        _mm256_shuffle_epi8(by_high, high),
    );
    let has =
        |bits: u8| _mm256_cmpgt_epi8(_mm256_and_si256(class, set(bits)), _mm256_setzero_si256());
    [
        bits(range(b'A', b'Z')),
        bits(range(b'a', b'z')),
        bits(range(b'0', b'9')),
        bits(has(3)),
        bits(has(4)),
        bits(x), // the sign bits: non-ASCII bytes
    ]
}

/// The shape of an ASCII word of letters and digits: `up`, `lo` and `dg` are its bytes of each
/// kind, as bits; `first` is its first bit. The same as [`Kinds::shape`] (which gathers the
/// kinds byte by byte) for such a word. One table load ([`RUN_SHAPES`]): as a chain of tests,
/// the branches on the kinds of one word after another were hard to predict.
#[inline]
fn run_shape(up: u64, lo: u64, dg: u64, first: u64) -> Shape {
    let at = usize::from(up != 0)
        | usize::from(lo != 0) << 1
        | usize::from(dg != 0) << 2
        | usize::from(up == first) << 3;
    RUN_SHAPES[at]
}

/// [`run_shape`] by its four tests: bit 0, some capital; bit 1, some lower-case letter; bit
/// 2, some digit; bit 3, the first byte is the only capital.
static RUN_SHAPES: [Shape; 16] = {
    let mut t = [Shape::Digits; 16];
    let mut at = 0;
    while at < 16 {
        let (up, lo, dg, first_only) = (at & 1 != 0, at & 2 != 0, at & 4 != 0, at & 8 != 0);
        t[at] = if !up && !lo {
            Shape::Digits
        } else if dg {
            Shape::Alphanumeric
        } else if !up {
            Shape::Lower
        } else if first_only {
            Shape::Capitalised // "Kremlin", "K": the first letter is the only capital
        } else if !lo {
            Shape::AllCaps
        } else {
            Shape::Mixed
        };
        at += 1;
    }
    t
};

/// [`run_shape`] as a chain of tests (the definition).
#[cfg(test)]
fn run_shape_tests(up: u64, lo: u64, dg: u64, first: u64) -> Shape {
    if (up | lo) == 0 {
        return Shape::Digits;
    }
    if dg != 0 {
        return Shape::Alphanumeric;
    }
    if up == 0 {
        Shape::Lower
    } else if lo == 0 {
        // Only capitals: one, or more.
        if up == first {
            Shape::Capitalised
        } else {
            Shape::AllCaps
        }
    } else if up == first {
        Shape::Capitalised // "Kremlin": the first letter is the only capital
    } else {
        Shape::Mixed
    }
}

/// Tokenises `text[start..end]`, appending to `out`: [`tokenize`] of one span, with the
/// masks of the blocks it covers alone.
pub fn tokenize_span(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
    if start >= end {
        return;
    }
    let mut masks = Vec::new();
    text_masks(&text.as_bytes()[..end], start / 64, &mut masks);
    tokenize_in(text, start, end, &masks, start / 64, out);
}

/// Tokenises `text[start..end]`, appending to `out`; `masks[k]` holds the raw class masks
/// ([`text_masks`]) of block `first + k` of the text, for every block the span overlaps.
///
/// The span is read block by block on the text's grid of 64 bytes. A block's class masks
/// ([`Block`]) give, without a branch per byte, the bytes where a token starts (the first of a
/// run of letters and digits, and every byte that is neither such a byte nor whitespace); the
/// loop visits these bits alone, so whitespace costs nothing, and the end and shape of a plain
/// ASCII word are read off the same masks. A word that continues past a joiner, a non-ASCII
/// character or the block's end, and every non-ASCII token, goes to the byte-level scanners
/// ([`word`], [`word_end`], [`non_ascii_token`]); start bits before the end of what they took
/// are then dropped.
fn tokenize_in(
    text: &str,
    start: usize,
    end: usize,
    masks: &[[u64; 6]],
    first: usize,
    out: &mut Vec<Token>,
) {
    let bytes = &text.as_bytes()[..end];
    let mut base = start / 64 * 64;
    // The scan has taken every byte before `p` (`p >= base`). A run of letters and digits that
    // reaches a block's end is taken whole by the byte-level scan, so a block never starts
    // inside a word that is still to be taken: its bit 0 needs no carry from the block before.
    let mut p = start;
    while base < end {
        let blk = Block::of_span(&masks[base / 64 - first], base, start, end);
        let alnum = blk.alnum;
        let word_starts = alnum & !(alnum << 1);
        let others = low_bits(end - base) & !(alnum | blk.space);
        let mut starts = (word_starts | others) & !low_bits(p - base);
        let mut next_base = base + 64;
        while starts != 0 {
            let off = starts.trailing_zeros() as usize;
            let q = base + off;
            // A plain word or a one-byte mark ends inside the block and covers no other start
            // bit (within a run only its first byte is one): the next token is the next bit.
            // Tokens found by the byte-level scanners may go further; see below the `match`.
            let j = if alnum >> off & 1 != 0 {
                let rest = !alnum >> off;
                if rest == 0 {
                    // The run reaches the block's end: the byte-level scan.
                    let (j, shape) = word(text, q, end);
                    out.push(Token {
                        start: q,
                        end: j,
                        shape,
                    });
                    j
                } else {
                    // `rest` has a bit set, so `off + len < 64`: the shifts cannot overflow.
                    let len = rest.trailing_zeros() as usize;
                    let e = q + len;
                    let word_bits = ((1u64 << len) - 1) << off;
                    let first = 1u64 << off;
                    let (up, lo, dg) = (blk.up & word_bits, blk.lo & word_bits, blk.dg & word_bits);
                    // Most words end at a space or a plain punctuation mark: one bit test.
                    if blk.cont >> (off + len) & 1 != 0 && continues_past(bytes, e, end) {
                        join_word(text, q, e, end, (up, lo, dg, word_bits, first), out)
                    } else {
                        out.push(Token {
                            start: q,
                            end: e,
                            shape: run_shape(up, lo, dg, first),
                        });
                        starts &= starts - 1;
                        continue;
                    }
                }
            } else {
                let b = bytes[q];
                if b >= 0x80 {
                    non_ascii_token(text, q, end, out)
                } else if b == b'\'' && possessive_at(text, q, end) {
                    out.push(Token {
                        start: q,
                        end: q + 2,
                        shape: Shape::Lower,
                    });
                    q + 2
                } else {
                    out.push(Token {
                        start: q,
                        end: q + 1,
                        shape: if CLASS[b as usize] & SYMBOL != 0 {
                            Shape::Symbol
                        } else {
                            Shape::Punct
                        },
                    });
                    starts &= starts - 1;
                    continue;
                }
            };
            if j - base >= 64 {
                // The token went past the block: go on in the block (of the grid) it ended in.
                p = j;
                next_base = base + (j - base) / 64 * 64;
                break;
            }
            starts &= !low_bits(j - base);
        }
        base = next_base;
        if p < base {
            p = base;
        }
    }
}

/// A word whose ASCII run `text[q..e]` (with kinds `up`, `lo`, `dg` over `word_bits`, first bit
/// `first`) may go on past a joiner or a non-ASCII character: [`word_end`] finds its end;
/// pushes it and returns its end.
#[inline(never)]
fn join_word(
    text: &str,
    q: usize,
    e: usize,
    end: usize,
    (up, lo, dg, word_bits, first): (u64, u64, u64, u64, u64),
    out: &mut Vec<Token>,
) -> usize {
    let kind = |m: u64| {
        (u8::from(up & m != 0) * UP) | (u8::from(lo & m != 0) * LO) | (u8::from(dg & m != 0) * DG)
    };
    let tail = kind(word_bits & !first);
    let mut kinds = Kinds {
        all: kind(word_bits),
        tail,
        late: tail,
        non_ascii: false,
    };
    let j = word_end(text, q, e, end, &mut kinds);
    let shape = if kinds.non_ascii {
        unicode_shape(&text[q..j])
    } else {
        kinds.shape(text.as_bytes()[q])
    };
    out.push(Token {
        start: q,
        end: j,
        shape,
    });
    j
}

/// May the word whose run of ASCII letters and digits ends at `e` (`e < end`) go on past it?
/// Only through a non-ASCII character, or a joiner followed by a word character (what
/// [`word_end`] asks of a joiner before anything else); the common ", " and ". " after a
/// word are settled here without the call.
#[inline]
fn continues_past(bytes: &[u8], e: usize, end: usize) -> bool {
    let class = CLASS[bytes[e] as usize];
    class & NON_ASCII != 0
        || (class & JOINER != 0
            && e + 1 < end
            && CLASS[bytes[e + 1] as usize] & (ALNUM | NON_ASCII) != 0)
}

/// The token (if any) at the non-ASCII character at `i`, appended to `out`; returns where
/// the scan goes on.
#[inline(never)]
fn non_ascii_token(text: &str, i: usize, end: usize, out: &mut Vec<Token>) -> usize {
    let c = char_at(text, i);
    if c.is_whitespace() {
        return i + c.len_utf8();
    }
    let (j, shape) = if is_word_char(c) {
        word(text, i, end)
    } else if c == '’' && possessive_at(text, i, end) {
        (i + c.len_utf8() + 1, Shape::Lower)
    } else if is_symbol(c) {
        (i + c.len_utf8(), Shape::Symbol)
    } else {
        (i + c.len_utf8(), Shape::Punct)
    };
    out.push(Token {
        start: i,
        end: j,
        shape,
    });
    j
}

/// "'s" followed by a non-word character: a possessive clitic.
fn possessive_at(text: &str, i: usize, end: usize) -> bool {
    let q = if text.as_bytes()[i] < 0x80 {
        1
    } else {
        char_at(text, i).len_utf8()
    };
    let s = i + q;
    s < end
        && matches!(text.as_bytes()[s], b's' | b'S')
        && (s + 1 >= end || !is_word_char_at(text, s + 1))
}

/// `is_word_char(char_at(text, i))`, without decoding an ASCII byte.
#[inline]
fn is_word_char_at(text: &str, i: usize) -> bool {
    let b = text.as_bytes()[i];
    if b < 0x80 {
        CLASS[b as usize] & ALNUM != 0
    } else {
        is_word_char(char_at(text, i))
    }
}

/// Letter kinds of an ASCII word, OR-ed together while it is scanned (see [`CLASS`]).
#[derive(Clone, Copy, Debug, Default)]
struct Kinds {
    /// Every letter.
    all: u8,
    /// Every letter but the first: an upper-case one here means two or more capitals.
    tail: u8,
    /// Letters other than the first and those right after `-` or `'` ("France-Presse",
    /// "O'Brien"): an upper-case one here makes a mixed-case word.
    late: u8,
    /// The word has a non-ASCII character: its shape needs [`unicode_shape`].
    non_ascii: bool,
}

impl Kinds {
    /// The shape of an ASCII word whose first byte is `first`.
    fn shape(self, first: u8) -> Shape {
        if self.all & (UP | LO) == 0 {
            return if self.all & DG != 0 {
                Shape::Digits
            } else {
                Shape::Punct
            };
        }
        if self.all & DG != 0 {
            return Shape::Alphanumeric;
        }
        if self.all & UP == 0 {
            Shape::Lower
        } else if self.all & LO == 0 {
            // Only capitals (the first byte is one of them): one or more.
            if self.tail & UP == 0 {
                Shape::Capitalised
            } else {
                Shape::AllCaps
            }
        } else if first.is_ascii_uppercase() && self.late & UP == 0 {
            Shape::Capitalised // "Kremlin", "France-Presse", "O'Brien"
        } else {
            Shape::Mixed
        }
    }
}

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = ONES * 0x80;

/// The bytes of `w` (eight bytes, little-endian) that are ASCII upper-case letters, lower-case
/// letters and digits: the high bit of each such byte, in three masks (SWAR range tests; a
/// byte's low seven bits plus a constant never carry into the next byte).
#[inline(always)]
fn ascii_kinds(w: u64) -> (u64, u64, u64) {
    let ascii = !w & HIGH;
    let x = w & !HIGH;
    let at_least = |lo: u8| (x + ONES * u64::from(0x80 - lo)) & HIGH;
    let above = |hi: u8| (x + ONES * u64::from(0x7f - hi)) & HIGH;
    (
        at_least(b'A') & !above(b'Z') & ascii,
        at_least(b'a') & !above(b'z') & ascii,
        at_least(b'0') & !above(b'9') & ascii,
    )
}

/// A word token starting at `start`: its end and its shape. The shape of an ASCII word is
/// gathered during the scan (a second pass over every word cost as much as the scan). The
/// common word, ASCII letters and digits up to a space or a plain punctuation mark, is scanned
/// inline; joiners and non-ASCII characters go to [`word_end`].
#[inline(always)]
fn word(text: &str, start: usize, end: usize) -> (usize, Shape) {
    let bytes = &text.as_bytes()[..end];
    let mut kinds = Kinds::default();
    let mut i = start;
    let k = CLASS[bytes[i] as usize] & ALNUM;
    if k != 0 {
        // The first byte is in `all` only; the rest of the run follows alphanumeric bytes, so
        // each of them is late.
        kinds.all = k;
        i += 1;
        let mut run = 0u8;
        // Eight bytes at once: most words end within them, found without a branch per byte
        // (the end of a word is a branch the CPU cannot predict). A longer run, or a word too
        // near the end of the text, goes on byte by byte below.
        if let Some(chunk) = text.as_bytes().get(start..start + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            let (up, lo, dg) = ascii_kinds(u64::from_le_bytes(word));
            // The first byte is alphanumeric, so the run is 1 to 8 bytes long.
            let n = (((!(up | lo | dg) & HIGH).trailing_zeros() / 8) as usize).min(end - start);
            let rest = (if n >= 8 {
                u64::MAX
            } else {
                (1u64 << (8 * n)) - 1
            }) & !0xff;
            run = (u8::from(up & rest != 0) * UP)
                | (u8::from(lo & rest != 0) * LO)
                | (u8::from(dg & rest != 0) * DG);
            i = start + n;
        }
        while i < end {
            let k = CLASS[bytes[i] as usize];
            if k & ALNUM == 0 {
                break;
            }
            run |= k;
            i += 1;
        }
        kinds.all |= run;
        kinds.tail |= run;
        kinds.late |= run;
        if i >= end || CLASS[bytes[i] as usize] & (JOINER | NON_ASCII) == 0 {
            return (i, kinds.shape(bytes[start]));
        }
    }
    let j = word_end(text, start, i, end, &mut kinds);
    let shape = if kinds.non_ascii {
        unicode_shape(&text[start..j])
    } else {
        kinds.shape(bytes[start])
    };
    (j, shape)
}

/// The end of the word that starts at `start`, scanned up to `from` by [`word`]; gathers its
/// ASCII letter kinds into `kinds`.
#[inline(never)]
fn word_end(text: &str, start: usize, from: usize, end: usize, kinds: &mut Kinds) -> usize {
    let bytes = &text.as_bytes()[..end];
    let mut i = from;
    loop {
        // A run of ASCII letters and digits: each follows an alphanumeric byte, so each is late.
        let mut run = 0u8;
        while i < end {
            let k = CLASS[bytes[i] as usize];
            if k & ALNUM == 0 {
                break;
            }
            run |= k;
            i += 1;
        }
        kinds.all |= run;
        kinds.tail |= run;
        kinds.late |= run;
        if i >= end {
            return i;
        }
        let b = bytes[i];
        let class = CLASS[b as usize];
        // Most words end at a space or a punctuation mark that joins nothing.
        if class & (JOINER | NON_ASCII) == 0 {
            return i;
        }
        if class & NON_ASCII != 0 {
            let c = char_at(text, i);
            if is_word_char(c) {
                kinds.non_ascii = true;
                i += c.len_utf8();
                continue;
            }
            if c != '’' {
                return i;
            }
        }
        // A joiner continues the word only between word characters.
        let c_len = if b < 0x80 { 1 } else { 3 }; // `’` is 3 bytes
        let after = i + c_len;
        if after >= end || !is_word_char_at(text, after) {
            return i;
        }
        let prev = bytes[i - 1];
        let next = bytes[after];
        let joins = match b {
            b'-' => true,
            b'\'' => !possessive_at(text, i, end),
            b'.' | b',' => {
                // 1.1 and 5,000; U.S (single letters between dots).
                (prev.is_ascii_digit() && next.is_ascii_digit())
                    || (b == b'.'
                        && single_letter_before(text, start, i)
                        && single_letter_after(text, after, end))
            }
            b'&' => prev.is_ascii_uppercase() && next.is_ascii_uppercase(), // AT&T, M&A
            // `’`: the only non-ASCII joiner.
            _ => !possessive_at(text, i, end),
        };
        if !joins {
            return i;
        }
        i = after;
        if b >= 0x80 {
            kinds.non_ascii = true;
            continue;
        }
        // The first byte of the next part: late unless it follows `-` or `'`.
        let k = CLASS[next as usize] & ALNUM;
        if k != 0 {
            kinds.all |= k;
            kinds.tail |= k;
            if !matches!(b, b'-' | b'\'') {
                kinds.late |= k;
            }
            i += 1;
        }
    }
}

fn single_letter_before(text: &str, word_start: usize, dot: usize) -> bool {
    let seg = &text[word_start..dot];
    let last = seg.rsplit('.').next().unwrap_or("");
    last.chars().count() == 1 && last.chars().all(char::is_alphabetic)
}

fn single_letter_after(text: &str, at: usize, end: usize) -> bool {
    let mut cs = text[at..end].chars();
    matches!((cs.next(), cs.next()), (Some(a), n) if a.is_alphabetic() && n.is_none_or(|n| !n.is_alphanumeric()))
}

fn is_symbol(c: char) -> bool {
    matches!(
        c,
        '$' | '%'
            | '&'
            | '+'
            | '='
            | '<'
            | '>'
            | '#'
            | '@'
            | '^'
            | '~'
            | '|'
            | '€'
            | '£'
            | '¥'
            | '₹'
            | '©'
            | '°'
            | '₩'
            | '₽'
            | '₺'
            | '¢'
    )
}

/// The orthographic shape of a word.
pub fn shape(word: &str) -> Shape {
    if !word.is_ascii() {
        return unicode_shape(word);
    }
    let w = word.as_bytes();
    let mut kinds = Kinds::default();
    for (n, &b) in w.iter().enumerate() {
        let k = CLASS[b as usize] & ALNUM;
        // `tail` is every letter after the first one (the word may start with `'`).
        if kinds.all != 0 {
            kinds.tail |= k;
        }
        kinds.all |= k;
        if n > 0 && !matches!(w[n - 1], b'-' | b'\'') {
            kinds.late |= k;
        }
    }
    kinds.shape(w.first().copied().unwrap_or(b' '))
}

fn unicode_shape(word: &str) -> Shape {
    let (mut upper, mut lower, mut digit, mut other) = (0, 0, 0, 0);
    let mut first_upper = false;
    for (n, c) in word.chars().enumerate() {
        if c.is_uppercase() {
            upper += 1;
            if n == 0 {
                first_upper = true;
            }
        } else if c.is_lowercase() {
            lower += 1;
        } else if c.is_numeric() {
            digit += 1;
        } else if c.is_alphabetic() {
            lower += 1; // caseless scripts count as plain letters
        } else {
            other += 1;
        }
    }
    let _ = other;
    let letters = upper + lower;
    if letters == 0 {
        return if digit > 0 {
            Shape::Digits
        } else {
            Shape::Punct
        };
    }
    if digit > 0 {
        return Shape::Alphanumeric;
    }
    if upper == 0 {
        Shape::Lower
    } else if lower == 0 {
        if upper == 1 {
            Shape::Capitalised
        } else {
            Shape::AllCaps
        }
    } else if first_upper
        && (upper == 1
            || word
                .split(['-', '\'', '’'])
                .all(|p| p.chars().skip(1).all(|c| !c.is_uppercase())))
    {
        Shape::Capitalised // "Zürich", "France-Presse", "O'Brien"
    } else {
        Shape::Mixed
    }
}

#[cfg(test)]
/// The previous, straightforward tokenizer: the reference the fast path is compared against.
mod reference {
    use super::{
        char_at, is_symbol, is_word_char, single_letter_after, single_letter_before, unicode_shape,
    };
    use crate::model::{Shape, Token};

    /// ASCII byte classes, so that the hot loop does one table load per byte instead of a chain of
    /// comparisons. `SPACE` is `char::is_whitespace` on ASCII (it includes `\x0b`).
    const SPACE: u8 = 1;
    const WORD: u8 = 2;
    /// May join two word parts: `-`, `'`, `.`, `,`, `&` (see [`word_end`]).
    const JOINER: u8 = 4;

    static ASCII_CLASS: [u8; 128] = {
        let mut t = [0u8; 128];
        let mut b = 0;
        while b < 128 {
            let c = b as u8;
            t[b] = if matches!(c, 0x09..=0x0d | b' ') {
                SPACE
            } else if c.is_ascii_alphanumeric() {
                WORD
            } else if matches!(c, b'-' | b'\'' | b'.' | b',' | b'&') {
                JOINER
            } else {
                0
            };
            b += 1;
        }
        t
    };

    /// ASCII letter classes for counting a word's letters without branches: one bit for an
    /// upper-case letter, one for lower case, one for a digit; 0 for every other byte.
    const UP: u8 = 1;
    const LO: u8 = 2;
    const DG: u8 = 4;
    static LETTER: [u8; 256] = {
        let mut t = [0u8; 256];
        let mut b = 0;
        while b < 256 {
            let c = b as u8;
            t[b] = if c.is_ascii_uppercase() {
                UP
            } else if c.is_ascii_lowercase() {
                LO
            } else if c.is_ascii_digit() {
                DG
            } else {
                0
            };
            b += 1;
        }
        t
    };

    /// Tokenises `text[start..end]`, appending to `out`.
    pub fn tokenize_span(text: &str, start: usize, end: usize, out: &mut Vec<Token>) {
        let bytes = text.as_bytes();
        let mut i = start;
        while i < end {
            let b = bytes[i];
            // ASCII fast path: no char decoding.
            if b < 0x80 {
                let class = ASCII_CLASS[b as usize];
                if class & SPACE != 0 {
                    i += 1;
                    continue;
                }
                if class & WORD != 0 {
                    let (j, shape) = word(text, i, end);
                    out.push(Token {
                        start: i,
                        end: j,
                        shape,
                    });
                    i = j;
                    continue;
                }
                if b == b'\'' && possessive_at(text, i, end) {
                    out.push(Token {
                        start: i,
                        end: i + 2,
                        shape: Shape::Lower,
                    });
                    i += 2;
                    continue;
                }
                let shape = if is_symbol(b as char) {
                    Shape::Symbol
                } else {
                    Shape::Punct
                };
                out.push(Token {
                    start: i,
                    end: i + 1,
                    shape,
                });
                i += 1;
                continue;
            }
            let c = char_at(text, i);
            if c.is_whitespace() {
                i += c.len_utf8();
                continue;
            }
            if is_word_char(c) {
                let (j, shape) = word(text, i, end);
                out.push(Token {
                    start: i,
                    end: j,
                    shape,
                });
                i = j;
            } else if c == '’' && possessive_at(text, i, end) {
                let j = i + c.len_utf8() + 1;
                out.push(Token {
                    start: i,
                    end: j,
                    shape: Shape::Lower,
                });
                i = j;
            } else {
                let j = i + c.len_utf8();
                let shape = if is_symbol(c) {
                    Shape::Symbol
                } else {
                    Shape::Punct
                };
                out.push(Token {
                    start: i,
                    end: j,
                    shape,
                });
                i = j;
            }
        }
    }

    /// "'s" followed by a non-word character: a possessive clitic.
    fn possessive_at(text: &str, i: usize, end: usize) -> bool {
        let q = char_at(text, i).len_utf8();
        let s = i + q;
        s < end
            && matches!(text.as_bytes()[s], b's' | b'S')
            && (s + 1 >= end || !is_word_char(char_at(text, s + 1)))
    }

    /// A word token starting at `start`: its end and its shape. The shape of an ASCII word is
    /// counted during the scan (a second pass over every word cost as much as the scan).
    fn word(text: &str, start: usize, end: usize) -> (usize, Shape) {
        let mut letters = Letters::default();
        let j = word_end(text, start, end, &mut letters);
        let shape = if letters.non_ascii {
            unicode_shape(&text[start..j])
        } else {
            letters.shape(text.as_bytes()[start])
        };
        (j, shape)
    }

    /// The end of the word starting at `start`; counts its ASCII letters into `letters`.
    fn word_end(text: &str, start: usize, end: usize, letters: &mut Letters) -> usize {
        let bytes = text.as_bytes();
        let mut i = start;
        loop {
            while i < end {
                if LETTER[bytes[i] as usize] != 0 {
                    // The first byte of an ASCII run may follow a joiner; in the rest of the run
                    // the byte before is alphanumeric, so every capital there is a late one.
                    letters.add(bytes, start, i);
                    i += 1;
                    let (mut up, mut lo, mut dg) = (0u32, 0u32, 0u32);
                    while i < end {
                        let k = LETTER[bytes[i] as usize];
                        if k == 0 {
                            break;
                        }
                        up += u32::from(k & UP);
                        lo += u32::from(k & LO);
                        dg += u32::from(k & DG);
                        i += 1;
                    }
                    letters.upper += up;
                    letters.lower += lo >> 1;
                    letters.digit += dg >> 2;
                    letters.late_upper |= up > 0;
                    continue;
                }
                if bytes[i] < 0x80 {
                    break;
                }
                let c = char_at(text, i);
                if is_word_char(c) {
                    letters.non_ascii = true;
                    i += c.len_utf8();
                } else {
                    break;
                }
            }
            if i >= end {
                return i;
            }
            // Most words end at a space or a punctuation mark that joins nothing.
            if bytes[i] < 0x80 && ASCII_CLASS[bytes[i] as usize] & JOINER == 0 {
                return i;
            }
            // A joiner continues the word only between word characters.
            let c = char_at(text, i);
            let after = i + c.len_utf8();
            if after >= end || !is_word_char(char_at(text, after)) {
                return i;
            }
            let prev = bytes[i - 1];
            let next = bytes[after];
            let joins = match c {
                '-' => true,
                '\'' | '’' => !possessive_at(text, i, end),
                '.' | ',' => {
                    // 1.1 and 5,000; U.S (single letters between dots).
                    (prev.is_ascii_digit() && next.is_ascii_digit())
                        || (c == '.'
                            && single_letter_before(text, start, i)
                            && single_letter_after(text, after, end))
                }
                '&' => prev.is_ascii_uppercase() && next.is_ascii_uppercase(), // AT&T, M&A
                _ => false,
            };
            if !joins {
                return i;
            }
            letters.non_ascii |= !c.is_ascii();
            i = after;
        }
    }

    /// The orthographic shape of a word.
    pub fn shape(word: &str) -> Shape {
        ascii_shape(word.as_bytes()).unwrap_or_else(|| unicode_shape(word))
    }

    /// The shape of an ASCII word in one pass; `None` at the first non-ASCII byte.
    fn ascii_shape(w: &[u8]) -> Option<Shape> {
        let mut letters = Letters::default();
        for n in 0..w.len() {
            if w[n] >= 0x80 {
                return None;
            }
            letters.add(w, 0, n);
        }
        Some(letters.shape(w.first().copied().unwrap_or(b' ')))
    }

    /// Letter counts of an ASCII word, gathered in one pass.
    #[derive(Clone, Copy, Debug, Default)]
    struct Letters {
        upper: u32,
        lower: u32,
        digit: u32,
        /// An upper-case letter other than the first or one right after `-` or `'`.
        late_upper: bool,
        /// The word has a non-ASCII character: its shape needs [`unicode_shape`].
        non_ascii: bool,
    }

    impl Letters {
        /// Counts the ASCII byte `bytes[at]` of the word that starts at `start`.
        #[inline]
        fn add(&mut self, bytes: &[u8], start: usize, at: usize) {
            let b = bytes[at];
            if b.is_ascii_uppercase() {
                self.upper += 1;
                if at > start && !matches!(bytes[at - 1], b'-' | b'\'') {
                    self.late_upper = true;
                }
            } else if b.is_ascii_lowercase() {
                self.lower += 1;
            } else if b.is_ascii_digit() {
                self.digit += 1;
            }
        }

        /// The shape, given the word's first byte.
        fn shape(self, first: u8) -> Shape {
            if self.upper + self.lower == 0 {
                return if self.digit > 0 {
                    Shape::Digits
                } else {
                    Shape::Punct
                };
            }
            if self.digit > 0 {
                return Shape::Alphanumeric;
            }
            if self.upper == 0 {
                Shape::Lower
            } else if self.lower == 0 {
                if self.upper == 1 {
                    Shape::Capitalised
                } else {
                    Shape::AllCaps
                }
            } else if first.is_ascii_uppercase() && !self.late_upper {
                Shape::Capitalised // "Kremlin", "France-Presse", "O'Brien"
            } else {
                Shape::Mixed
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(&str, Shape)> {
        let mut out = Vec::new();
        tokenize_span(text, 0, text.len(), &mut out);
        out.iter()
            .map(|t| (&text[t.start..t.end], t.shape))
            .collect()
    }

    #[test]
    fn tokens_and_shapes() {
        use Shape::*;
        let cases: &[(&str, &[(&str, Shape)])] = &[
            (
                "Musk's SpaceX",
                &[("Musk", Capitalised), ("'s", Lower), ("SpaceX", Mixed)],
            ),
            (
                "NASA paid $80 million.",
                &[
                    ("NASA", AllCaps),
                    ("paid", Lower),
                    ("$", Symbol),
                    ("80", Digits),
                    ("million", Lower),
                    (".", Punct),
                ],
            ),
            (
                "Agence France-Presse",
                &[("Agence", Capitalised), ("France-Presse", Capitalised)],
            ),
            (
                "the 49-year-old CEO",
                &[
                    ("the", Lower),
                    ("49-year-old", Alphanumeric),
                    ("CEO", AllCaps),
                ],
            ),
            (
                "5,000 people, 1.1 pct",
                &[
                    ("5,000", Digits),
                    ("people", Lower),
                    (",", Punct),
                    ("1.1", Digits),
                    ("pct", Lower),
                ],
            ),
            (
                "the U.S. and AT&T",
                &[
                    ("the", Lower),
                    ("U.S", AllCaps),
                    (".", Punct),
                    ("and", Lower),
                    ("AT&T", AllCaps),
                ],
            ),
            (
                "Realme X7 Pro",
                &[
                    ("Realme", Capitalised),
                    ("X7", Alphanumeric),
                    ("Pro", Capitalised),
                ],
            ),
            (
                "O'Brien’s iPhone",
                &[("O'Brien", Capitalised), ("’s", Lower), ("iPhone", Mixed)],
            ),
            (
                "₹580 Zürich",
                &[("₹", Symbol), ("580", Digits), ("Zürich", Capitalised)],
            ),
            (
                "‘Interested’",
                &[("‘", Punct), ("Interested", Capitalised), ("’", Punct)],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(toks(text), *want, "{text:?}");
            // The shape counted while scanning a word is the shape of its text.
            for (tok, sh) in toks(text) {
                if sh.is_word() || sh == Digits {
                    assert_eq!(shape(tok), sh, "{tok:?}");
                }
            }
        }
    }

    /// The SWAR masks agree with the byte classes on every byte at every position.
    #[test]
    fn ascii_kinds_match_the_class_table() {
        for b in 0..=255u8 {
            for pos in 0..8 {
                let mut word = [b'.'; 8];
                word[pos] = b;
                let (up, lo, dg) = ascii_kinds(u64::from_le_bytes(word));
                let bit = 0x80u64 << (8 * pos);
                let class = CLASS[b as usize];
                assert_eq!(up & bit != 0, class & UP != 0, "{b} at {pos}");
                assert_eq!(lo & bit != 0, class & LO != 0, "{b} at {pos}");
                assert_eq!(dg & bit != 0, class & DG != 0, "{b} at {pos}");
                // No other byte is affected.
                assert_eq!((up | lo | dg) & !bit, 0, "{b} at {pos}");
            }
        }
    }

    /// The block masks agree with the class table for every byte at every position, and
    /// bytes past the span's end have no class.
    #[test]
    fn block_masks_match_the_class_table() {
        for b in 0..=255u8 {
            for pos in [0, 1, 15, 16, 31, 32, 47, 48, 62, 63] {
                let mut chunk = [b'!'; 64]; // `!` is in no class
                chunk[pos] = b;
                let masks = masks64(&chunk);
                assert_eq!(masks, masks64_portable(&chunk), "{b} at {pos}");
                #[cfg(target_arch = "x86_64")]
                if std::arch::is_x86_feature_detected!("avx2") {
                    let mut wide = Vec::new();
                    // SAFETY: the CPU has AVX2 (just checked).
                    unsafe { masks_avx2(&[chunk], &mut wide) };
                    assert_eq!(wide, [masks], "{b} at {pos}");
                }
                let bit = 1u64 << pos;
                let class = CLASS[b as usize];
                for (m, kind) in masks.iter().zip([UP, LO, DG, SPACE, JOINER, NON_ASCII]) {
                    assert_eq!(m & bit != 0, class & kind != 0, "{b} at {pos}");
                    assert_eq!(m & !bit, 0, "{b} at {pos}");
                }
            }
        }
        let text = "aB3 ".repeat(40);
        let mut raw = Vec::new();
        text_masks(text.as_bytes(), 0, &mut raw);
        assert_eq!(raw.len(), 3);
        for (start, end) in [
            (0, 160),
            (0, 10),
            (100, 160),
            (150, 155),
            (159, 160),
            (70, 80),
        ] {
            for base in (start / 64 * 64..end).step_by(64) {
                let blk = Block::of_span(&raw[base / 64], base, start, end);
                let n = (end - base).min(64);
                let before = low_bits(start.saturating_sub(base));
                for (m, what) in [
                    (blk.up, "up"),
                    (blk.lo, "lo"),
                    (blk.dg, "dg"),
                    (blk.space, "sp"),
                ] {
                    assert_eq!(m & !low_bits(n), 0, "{what} {start}..{end} at {base}");
                    assert_eq!(m & before, 0, "{what} {start}..{end} at {base}");
                }
                assert_ne!(blk.up | blk.lo | blk.dg | blk.space, 0, "{start}..{end}");
            }
        }
    }

    /// A text with marks, joiners, digits and non-ASCII around 64-byte block edges, and its
    /// character boundaries.
    fn mixed_text() -> (String, Vec<usize>) {
        let text = format!(
            "{}Musk's U.S.-based AT&T paid $80 million, 5,000 shares. Zürich’s “quoted” {}end",
            "word ".repeat(13),
            "x".repeat(70)
        );
        let boundaries = (0..=text.len())
            .filter(|&i| text.is_char_boundary(i))
            .collect();
        (text, boundaries)
    }

    /// Spans that start inside a text (sentences do): the block grid starts at the span, and a
    /// word cut by the span's start is tokenised from there, as the reference does.
    #[test]
    fn spans_inside_a_text() {
        let (text, boundaries) = mixed_text();
        for &start in &boundaries {
            for &end in boundaries.iter().filter(|&&e| e >= start).step_by(7) {
                let mut fast = Vec::new();
                tokenize_span(&text, start, end, &mut fast);
                let mut slow = Vec::new();
                reference::tokenize_span(&text, start, end, &mut slow);
                assert_eq!(fast, slow, "{start}..{end} of {text:?}");
            }
        }
    }

    /// The shape table gives the chain of tests' answer for every word of up to 8 bytes
    /// over capitals, lower-case letters and digits.
    #[test]
    fn run_shape_table_matches_the_tests() {
        let mut seen = std::collections::HashSet::new();
        for len in 1..=8u32 {
            for kinds in 0..3u32.pow(len) {
                let (mut up, mut lo, mut dg, mut k) = (0u64, 0u64, 0u64, kinds);
                for bit in 0..len {
                    let m = 1u64 << (bit + 3);
                    match k % 3 {
                        0 => up |= m,
                        1 => lo |= m,
                        _ => dg |= m,
                    }
                    k /= 3;
                }
                let shape = run_shape(up, lo, dg, 1 << 3);
                assert_eq!(
                    shape,
                    run_shape_tests(up, lo, dg, 1 << 3),
                    "{up:b} {lo:b} {dg:b}"
                );
                seen.insert(format!("{shape:?}"));
            }
        }
        assert_eq!(seen.len(), 6, "{seen:?}"); // every word shape
    }

    /// [`tokenize`] reads the masks of the whole text: sentences that start and end anywhere
    /// on its grid (inside words, on block edges, next to each other) get the reference's
    /// tokens, and a masks buffer left by a longer text changes nothing.
    #[test]
    fn sentences_read_the_text_masks() {
        let (text, boundaries) = mixed_text();
        let long = "Abc def. ".repeat(100);
        for &cut in &boundaries {
            for step in [1, 5, 63, 64, 65] {
                // Sentences `cut..cut+step`, `cut+step+1..`, ... (one byte left out between).
                let mut sentences = Vec::new();
                let mut a = cut;
                while a < text.len() {
                    let b = (a + step).min(text.len());
                    let b = (b..=text.len())
                        .find(|&e| text.is_char_boundary(e))
                        .unwrap_or(b);
                    sentences.push(Sentence {
                        start: a,
                        end: b,
                        zone: crate::model::Zone::Body,
                    });
                    a = (b + 1..=text.len())
                        .find(|&e| text.is_char_boundary(e))
                        .unwrap_or(text.len());
                }
                let mut want = Vec::new();
                for s in &sentences {
                    reference::tokenize_span(&text, s.start, s.end, &mut want);
                }
                let _ = tokenize(&long, &[]);
                assert_eq!(tokenize(&text, &sentences), want, "{cut} {step}");
            }
        }
    }

    /// Words and runs of spaces longer than a block, and words that end on a block's edge.
    #[test]
    fn long_runs_cross_blocks() {
        let cases = [
            format!("{} {}", "a".repeat(63), "B".repeat(70)),
            format!("{}x y", " ".repeat(130)),
            format!("{}Abc-Def's 1.5", "w ".repeat(30)),
            format!("{}Zürich’s U.S. AT&T", "é".repeat(40)),
            "x".repeat(200),
            format!("{}'s", "Q".repeat(64)),
        ];
        for text in &cases {
            for end in [text.len(), text.len() / 2, 64, 65, 1] {
                let end = (0..=end.min(text.len()))
                    .rev()
                    .find(|&e| text.is_char_boundary(e))
                    .unwrap_or(0);
                let mut fast = Vec::new();
                tokenize_span(text, 0, end, &mut fast);
                let mut slow = Vec::new();
                reference::tokenize_span(text, 0, end, &mut slow);
                assert_eq!(fast, slow, "{text:?} up to {end}");
            }
        }
    }

    /// The fast tokenizer gives exactly the tokens and shapes of the reference one.
    #[test]
    fn fast_path_matches_reference() {
        let table = [
            "",
            " ",
            "Musk's SpaceX paid $80 million.",
            "the U.S. and AT&T, M&A and m&a; A&b",
            "5,000 people, 1.1 pct, 1,a 1.b a.1 ,5 .5 5. 5,",
            "O'Brien’s iPhone; O’Brien; rock'n'roll; it's; 'tis; dogs' ; ’s ’S 's 'S 'sa",
            "x-ray X-Ray x-Ray 49-year-old -5 a- -b a--b",
            "U.S.A. e.g. i.e. A.B.C.D a.b.c Ph.D. U.S.-based U.Sx",
            "Zürich ZÜRICH zÜrich Zü-rich É.U. é.u über-cool McDonald's MacBook NASA's",
            "₹580 crore €5 £3 ¥2 ©2021 10°C ₩ ₽ ₺ ¢ +=<>#@^~| % & $",
            "‘Interested’ “quoted” «guillemets» — – … · • ¶",
            "tab\tnl\nvt\u{b}ff\u{c}cr\r nbsp\u{a0}x thin\u{2009}y ideo\u{3000}z",
            "ΑΘΗΝΑ Αθήνα 東京 Москва МОСКВА مرحبا x١٢ ٣",
            "A AB Ab aB a1 1a 1 A1b A-B A'B a'B a-B A.B A,B",
            "'s's 's’s x's' x’s’ x’sa x's1 x'S",
            "end.",
            "end'",
            "end’",
            "end-",
            "a.",
            "a.b",
            "a.b.",
            ".a",
            "&",
            "A&",
            "A&B",
        ];
        let mut cases: Vec<String> = table.iter().map(|s| s.to_string()).collect();
        // Pseudo-random strings over an alphabet of the characters the rules care about.
        let alphabet: Vec<char> = "aZ9 .,'-&’sSéÉ١$₹\u{a0}\n\"(".chars().collect();
        let mut seed = 0x2545_f491_4f6c_dd1du64;
        for round in 0..8000 {
            let mut s = String::new();
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            // Short strings, longer ones whose words reach past the 8-byte fast path, and
            // ones that cross several 64-byte blocks.
            let len = match round % 4 {
                0 => seed % 14,
                1 | 2 => seed % 40,
                _ => seed % 300,
            };
            for _ in 0..len {
                seed ^= seed << 13;
                seed ^= seed >> 7;
                seed ^= seed << 17;
                s.push(alphabet[(seed % alphabet.len() as u64) as usize]);
            }
            cases.push(s);
        }
        for text in &cases {
            let mut fast = Vec::new();
            tokenize_span(text, 0, text.len(), &mut fast);
            let mut slow = Vec::new();
            reference::tokenize_span(text, 0, text.len(), &mut slow);
            assert_eq!(fast, slow, "{text:?}");
            for t in &fast {
                let w = &text[t.start..t.end];
                assert_eq!(shape(w), reference::shape(w), "{w:?}");
            }
            // A span that ends inside the text stops there.
            if let Some((mid, _)) = text.char_indices().nth(text.chars().count() / 2) {
                let mut fast = Vec::new();
                tokenize_span(text, 0, mid, &mut fast);
                let mut slow = Vec::new();
                reference::tokenize_span(text, 0, mid, &mut slow);
                assert_eq!(fast, slow, "{text:?} up to {mid}");
            }
        }
    }
}
