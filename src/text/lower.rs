//! Lower case without the standard library's case table: [`lowercase`] gives exactly what
//! `char::to_lowercase` gives (every char is compared in the tests), from 185 runs of chars that
//! share an offset, instead of the 1,400-entry table that `char::to_lowercase` brings into the
//! wasm (5.8 KB gzipped). Made from Rust 1.95's mapping (Unicode 17.0.0); if a new Rust changes
//! the mapping, the test says so and the runs are made again from it.

/// Runs of chars whose lower case is the char plus an offset, by first char, three numbers each:
/// the first char, the run's length times 2 plus its step less 1 (step 1: every char in a row;
/// step 2: every other one, as in the Latin pairs `Ā ā Ă ă`), and the offset.
const RUNS: [i32; 555] = [
    0x41, 52, 32, 0xC0, 46, 32, 0xD8, 14, 32, 0x100, 49, 1, 0x132, 7, 1, 0x139, 17, 1, 0x14A, 47, 1, 0x178, 2, -121,
    0x179, 7, 1, 0x181, 2, 210, 0x182, 5, 1, 0x186, 2, 206, 0x187, 2, 1, 0x189, 4, 205, 0x18B, 2, 1, 0x18E, 2, 79,
    0x18F, 2, 202, 0x190, 2, 203, 0x191, 2, 1, 0x193, 2, 205, 0x194, 2, 207, 0x196, 2, 211, 0x197, 2, 209, 0x198, 2, 1,
    0x19C, 2, 211, 0x19D, 2, 213, 0x19F, 2, 214, 0x1A0, 7, 1, 0x1A6, 2, 218, 0x1A7, 2, 1, 0x1A9, 2, 218, 0x1AC, 2, 1,
    0x1AE, 2, 218, 0x1AF, 2, 1, 0x1B1, 4, 217, 0x1B3, 5, 1, 0x1B7, 2, 219, 0x1B8, 2, 1, 0x1BC, 2, 1, 0x1C4, 2, 2,
    0x1C5, 2, 1, 0x1C7, 2, 2, 0x1C8, 2, 1, 0x1CA, 2, 2, 0x1CB, 19, 1, 0x1DE, 19, 1, 0x1F1, 2, 2, 0x1F2, 5, 1, 0x1F6, 2,
    -97, 0x1F7, 2, -56, 0x1F8, 41, 1, 0x220, 2, -130, 0x222, 19, 1, 0x23A, 2, 10795, 0x23B, 2, 1, 0x23D, 2, -163,
    0x23E, 2, 10792, 0x241, 2, 1, 0x243, 2, -195, 0x244, 2, 69, 0x245, 2, 71, 0x246, 11, 1, 0x370, 5, 1, 0x376, 2, 1,
    0x37F, 2, 116, 0x386, 2, 38, 0x388, 6, 37, 0x38C, 2, 64, 0x38E, 4, 63, 0x391, 34, 32, 0x3A3, 18, 32, 0x3CF, 2, 8,
    0x3D8, 25, 1, 0x3F4, 2, -60, 0x3F7, 2, 1, 0x3F9, 2, -7, 0x3FA, 2, 1, 0x3FD, 6, -130, 0x400, 32, 80, 0x410, 64, 32,
    0x460, 35, 1, 0x48A, 55, 1, 0x4C0, 2, 15, 0x4C1, 15, 1, 0x4D0, 97, 1, 0x531, 76, 48, 0x10A0, 76, 7264, 0x10C7, 2,
    7264, 0x10CD, 2, 7264, 0x13A0, 160, 38864, 0x13F0, 12, 8, 0x1C89, 2, 1, 0x1C90, 86, -3008, 0x1CBD, 6, -3008,
    0x1E00, 151, 1, 0x1E9E, 2, -7615, 0x1EA0, 97, 1, 0x1F08, 16, -8, 0x1F18, 12, -8, 0x1F28, 16, -8, 0x1F38, 16, -8,
    0x1F48, 12, -8, 0x1F59, 9, -8, 0x1F68, 16, -8, 0x1F88, 16, -8, 0x1F98, 16, -8, 0x1FA8, 16, -8, 0x1FB8, 4, -8,
    0x1FBA, 4, -74, 0x1FBC, 2, -9, 0x1FC8, 8, -86, 0x1FCC, 2, -9, 0x1FD8, 4, -8, 0x1FDA, 4, -100, 0x1FE8, 4, -8,
    0x1FEA, 4, -112, 0x1FEC, 2, -7, 0x1FF8, 4, -128, 0x1FFA, 4, -126, 0x1FFC, 2, -9, 0x2126, 2, -7517, 0x212A, 2,
    -8383, 0x212B, 2, -8262, 0x2132, 2, 28, 0x2160, 32, 16, 0x2183, 2, 1, 0x24B6, 52, 26, 0x2C00, 96, 48, 0x2C60, 2, 1,
    0x2C62, 2, -10743, 0x2C63, 2, -3814, 0x2C64, 2, -10727, 0x2C67, 7, 1, 0x2C6D, 2, -10780, 0x2C6E, 2, -10749, 0x2C6F,
    2, -10783, 0x2C70, 2, -10782, 0x2C72, 2, 1, 0x2C75, 2, 1, 0x2C7E, 4, -10815, 0x2C80, 101, 1, 0x2CEB, 5, 1, 0x2CF2,
    2, 1, 0xA640, 47, 1, 0xA680, 29, 1, 0xA722, 15, 1, 0xA732, 63, 1, 0xA779, 5, 1, 0xA77D, 2, -35332, 0xA77E, 11, 1,
    0xA78B, 2, 1, 0xA78D, 2, -42280, 0xA790, 5, 1, 0xA796, 21, 1, 0xA7AA, 2, -42308, 0xA7AB, 2, -42319, 0xA7AC, 2,
    -42315, 0xA7AD, 2, -42305, 0xA7AE, 2, -42308, 0xA7B0, 2, -42258, 0xA7B1, 2, -42282, 0xA7B2, 2, -42261, 0xA7B3, 2,
    928, 0xA7B4, 17, 1, 0xA7C4, 2, -48, 0xA7C5, 2, -42307, 0xA7C6, 2, -35384, 0xA7C7, 5, 1, 0xA7CB, 2, -42343, 0xA7CC,
    17, 1, 0xA7DC, 2, -42561, 0xA7F5, 2, 1, 0xFF21, 52, 32, 0x10400, 80, 40, 0x104B0, 72, 40, 0x10570, 22, 39, 0x1057C,
    30, 39, 0x1058C, 14, 39, 0x10594, 4, 39, 0x10C80, 102, 64, 0x10D50, 44, 32, 0x118A0, 64, 32, 0x16E40, 64, 32,
    0x16EA0, 50, 27, 0x1E900, 68, 34,
];

/// `c` in lower case, as `char::to_lowercase` gives it: one char, or for `İ` (U+0130) two.
pub fn lowercase(c: char) -> impl Iterator<Item = char> {
    let (first, second) = if c == '\u{130}' { ('i', Some('\u{307}')) } else { (single(c), None) };
    std::iter::once(first).chain(second)
}

/// The one-char lower case of `c` (any char but `İ`).
fn single(c: char) -> char {
    if c.is_ascii() {
        return c.to_ascii_lowercase();
    }
    let u = c as i32;
    // The last run that starts at or before `c`.
    let (mut lo, mut hi) = (0, RUNS.len() / 3);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if RUNS[3 * mid] <= u {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let Some(run) = lo.checked_sub(1) else { return c };
    let (first, shape, offset) = (RUNS[3 * run], RUNS[3 * run + 1], RUNS[3 * run + 2]);
    let (len, step) = (shape / 2, shape % 2 + 1);
    let k = u - first;
    if k < len * step && k % step == 0 {
        char::from_u32((u + offset) as u32).unwrap_or(c)
    } else {
        c
    }
}

#[cfg(test)]
mod tests {
    /// Every char's lower case is the standard library's.
    #[test]
    fn every_char_lowercases_as_the_standard_library_does() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert!(super::lowercase(c).eq(c.to_lowercase()), "U+{:04X}", c as u32);
        }
    }
}
