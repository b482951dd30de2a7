//! Contrast as WCAG 2 defines it: relative luminance of sRGB colours and the ratio between two.
//! The map needs 3:1 for graphics (a node's fill, a ring, on the background) and 4.5:1 for text;
//! a dataset's category colour that falls short on a background is made legible here, mixed
//! towards white on a dark background or towards black on a light one, by as little as needed.

/// The least contrast of graphics against what is next to them (WCAG 1.4.11).
pub const GRAPHIC: f64 = 3.0;
/// The least contrast of text against its background (WCAG 1.4.3).
pub const TEXT: f64 = 4.5;

/// The red, green and blue of `#rgb` or `#rrggbb` (any case), or `None` for anything else.
///
/// ```
/// use datamap::look::contrast::rgb;
/// assert_eq!(rgb("#2f6DB5"), Some([0x2f, 0x6d, 0xb5]));
/// assert_eq!(rgb("#fff"), Some([255, 255, 255]));
/// assert_eq!(rgb("blue"), None);
/// ```
pub fn rgb(colour: &str) -> Option<[u8; 3]> {
    let hex = colour.strip_prefix('#')?;
    if !hex.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let digit = |i: usize| u8::from_str_radix(&hex[i..i + 1], 16).ok();
    match hex.len() {
        3 => Some([digit(0)? * 17, digit(1)? * 17, digit(2)? * 17]),
        6 => Some([0, 2, 4].map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0))),
        _ => None,
    }
}

/// `#rrggbb`, lowercase.
pub fn hex([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The relative luminance, 0 (black) to 1 (white).
pub fn luminance(c: [u8; 3]) -> f64 {
    let lin = |v: u8| {
        let s = f64::from(v) / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c[0]) + 0.7152 * lin(c[1]) + 0.0722 * lin(c[2])
}

/// The contrast ratio of two colours, 1 to 21, whichever is lighter.
///
/// ```
/// use datamap::look::contrast::ratio;
/// assert_eq!(ratio([0, 0, 0], [255, 255, 255]), 21.0);
/// assert_eq!(ratio([18, 22, 28], [18, 22, 28]), 1.0);
/// ```
pub fn ratio(a: [u8; 3], b: [u8; 3]) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The contrast ratio of two `#` colours, or `None` when one is not a colour.
pub fn ratio_of(a: &str, b: &str) -> Option<f64> {
    Some(ratio(rgb(a)?, rgb(b)?))
}

/// `colour` as it is drawn on `background`: itself when it has `min` contrast there, else mixed
/// towards white (on a dark background) or black (on a light one) in steps of 2%, the first mix
/// that reaches `min`. A string that is not a colour comes back as it is.
///
/// ```
/// use datamap::look::contrast::legible;
/// assert_eq!(legible("#2f6db5", "#ffffff", 3.0), "#2f6db5");
/// assert_eq!(legible("#7b3fa0", "#12161c", 3.0), "#834ba6");
/// ```
pub fn legible(colour: &str, background: &str, min: f64) -> String {
    let (Some(c), Some(bg)) = (rgb(colour), rgb(background)) else { return colour.to_owned() };
    if ratio(c, bg) >= min {
        return colour.to_owned();
    }
    let towards: [u8; 3] = if ratio([255; 3], bg) >= ratio([0; 3], bg) { [255; 3] } else { [0; 3] };
    let mix = |k: u32| {
        let t = f64::from(k) / 50.0;
        [0, 1, 2].map(|i| (f64::from(c[i]) * (1.0 - t) + f64::from(towards[i]) * t).round() as u8)
    };
    (1..=50).map(mix).find(|m| ratio(*m, bg) >= min).map(hex).unwrap_or_else(|| hex(towards))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ratio_follows_the_wcag_formula() {
        // WCAG's own figures: #777 on white is just under 4.5:1, #767676 just over.
        assert!(ratio_of("#777", "#fff").is_some_and(|r| r < 4.5 && r > 4.47));
        assert!(ratio_of("#767676", "#ffffff").is_some_and(|r| r > 4.5 && r < 4.55));
        assert_eq!(ratio_of("#fff", "nope"), None);
    }

    #[test]
    fn a_colour_made_legible_reaches_the_contrast_and_moves_no_further_than_needed() {
        for bg in ["#ffffff", "#12161c", "#777777"] {
            for c in ["#7b3fa0", "#b3261e", "#000000", "#ffffff", "#6b7785", "#abc"] {
                let out = legible(c, bg, GRAPHIC);
                let r = ratio_of(&out, bg).expect("a colour");
                assert!(r >= GRAPHIC || out == "#ffffff" || out == "#000000", "{c} on {bg}: {out} {r}");
                if ratio_of(c, bg).is_some_and(|r| r >= GRAPHIC) {
                    assert_eq!(out, c, "a legible colour is kept");
                }
            }
        }
        assert_eq!(legible("not a colour", "#fff", GRAPHIC), "not a colour");
    }
}
