//! SSE2 helpers shared by the byte scanners: line breaks, sentence stops, tokens and JSON
//! strings.
//!
//! Takes 16 bytes by value; gives a vector, or the mask of the bytes equal to any of a few
//! needles. SSE2 is part of the x86_64 baseline, so these are safe functions on x86_64 (the
//! bytes are copied into the vector by value: no intrinsic that takes a pointer). Other
//! targets have no such helpers; each scanner keeps its portable path.

#[cfg(target_arch = "x86_64")]
use std::arch::x86_64::*;

/// Sixteen bytes as one vector, built from two little-endian halves.
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub(crate) fn vector16(bytes: &[u8; 16]) -> __m128i {
    let half = |h: usize| {
        let mut eight = [0u8; 8];
        eight.copy_from_slice(&bytes[8 * h..8 * h + 8]);
        i64::from_le_bytes(eight)
    };
    // SAFETY: SSE2 is part of the x86_64 baseline, so every x86_64 CPU has the instruction;
    // the intrinsic takes no pointer.
    unsafe { _mm_set_epi64x(half(1), half(0)) }
}

/// Bit `k` is set when `bytes[k]` equals one of `needles` (at least one).
#[cfg(target_arch = "x86_64")]
#[inline(always)]
pub(crate) fn eq_any_mask16<const N: usize>(bytes: &[u8; 16], needles: [u8; N]) -> u32 {
    let x = vector16(bytes);
    // SAFETY: as in [`vector16`]: baseline SSE2 instructions on values, no pointers.
    unsafe {
        let eq = |n: u8| _mm_cmpeq_epi8(x, _mm_set1_epi8(n as i8));
        let any = needles[1..]
            .iter()
            .fold(eq(needles[0]), |any, &n| _mm_or_si128(any, eq(n)));
        _mm_movemask_epi8(any) as u32 & 0xffff
    }
}

#[cfg(all(test, target_arch = "x86_64"))]
mod tests {
    use super::*;

    /// Every byte value at every position, against a plain comparison.
    #[test]
    fn masks_match_byte_comparisons() {
        let needles = [b'\n', b'.', 0xE2, 0x80];
        for b in 0..=255u8 {
            for pos in 0..16 {
                let mut block = [b'x'; 16];
                block[pos] = b;
                let want = if needles.contains(&b) { 1u32 << pos } else { 0 };
                assert_eq!(eq_any_mask16(&block, needles), want, "{b} at {pos}");
                let alone = if b == b'x' { 0xffff } else { 1u32 << pos };
                assert_eq!(eq_any_mask16(&block, [b]), alone, "{b} at {pos}");
            }
        }
    }
}
