//! The camera's numbers in a URL (`x=`, `y=`, `z=`), read as `str::parse::<f64>` reads them.
//!
//! In the browser, JavaScript's `parseFloat` reads the number once its syntax is checked here:
//! for a decimal number both give the nearest `f64`, and the wasm is spared Rust's float parser
//! and its table of powers of five (about 8 KB gzipped).

/// `value` as a number, if it is a decimal number as `str::parse::<f64>` reads one: an optional
/// sign, digits with at most one point (`5`, `-1.5`, `.5`, `2.`), an optional exponent (`1e-3`).
/// `inf` and `NaN`, which `parse` also reads, give `None`: they are not finite anyway.
pub(super) fn parse(value: &str) -> Option<f64> {
    if !is_decimal(value) {
        return None;
    }
    #[cfg(target_arch = "wasm32")]
    return Some(js_sys::parse_float(value));
    #[cfg(not(target_arch = "wasm32"))]
    value.parse().ok()
}

/// Whether `value` has the syntax of a decimal number in `str::parse::<f64>`.
fn is_decimal(value: &str) -> bool {
    let digits = |d: &str| d.bytes().all(|c| c.is_ascii_digit());
    let unsigned = value.strip_prefix(['+', '-']).unwrap_or(value);
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((m, e)) => (m, Some(e.strip_prefix(['+', '-']).unwrap_or(e))),
        None => (unsigned, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    digits(whole)
        && digits(fraction)
        && !(whole.is_empty() && fraction.is_empty())
        && exponent.is_none_or(|e| !e.is_empty() && digits(e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rng::Rng;

    /// On every short string of number-like characters, the syntax check agrees with
    /// `str::parse::<f64>` (which also reads `inf`, `infinity` and `nan`: left out).
    #[test]
    fn the_syntax_is_that_of_str_parse() {
        let alphabet = ['0', '1', '9', '.', 'e', 'E', '+', '-', 'x', ' ', '_'];
        let mut rng = Rng::new(3);
        for _ in 0..200_000 {
            let len = rng.below(8);
            let s: String = (0..len).map(|_| alphabet[rng.below(alphabet.len())]).collect();
            assert_eq!(is_decimal(&s), s.parse::<f64>().is_ok(), "{s:?}");
        }
        for s in ["inf", "-infinity", "NaN", "1e", "e5", "1.2.3", "--1", "1e+-5", ""] {
            assert_eq!(parse(s), None, "{s:?}");
        }
        for (s, v) in [("5", 5.0), ("-1.5", -1.5), (".5", 0.5), ("2.", 2.0), ("+1e-3", 0.001), ("1.E2", 100.0)] {
            assert_eq!(parse(s), Some(v), "{s:?}");
        }
    }
}
