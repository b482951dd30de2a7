//! Path data in the SVG `d` syntax, built as one string so the canvas can draw thousands of
//! lines or circles with one call (a `Path2D` made from the string) instead of one call from
//! wasm to the browser per segment.
//!
//! Coordinates are written as whole tenths of a pixel (integers are quick to write and to parse):
//! the canvas draws the path with its transform scaled by 1 / [`UNITS_PER_PX`].

use std::fmt;

/// Path units per pixel: a path drawn with a transform scaled by `1 / UNITS_PER_PX` is placed
/// to a tenth of a pixel.
pub const UNITS_PER_PX: f64 = 10.0;

/// Coordinates beyond this many units are clamped (far off any screen; keeps integers small).
const LIMIT: f64 = 1.0e9;

/// A path being built. Append segments and circles, then hand [`PathData::as_str`] to `Path2D`.
///
/// ```
/// use datamap::pathdata::PathData;
/// let mut p = PathData::default();
/// p.line([0.0, 1.25], [-3.0, 40.04]);
/// assert_eq!(p.as_str(), "M0 13L-30 400");
/// ```
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PathData {
    d: String,
}

impl PathData {
    /// An empty path with room for about `segments` lines.
    pub fn with_capacity(segments: usize) -> Self {
        PathData { d: String::with_capacity(segments * 16) }
    }

    /// Whether nothing has been added.
    pub fn is_empty(&self) -> bool {
        self.d.is_empty()
    }

    /// The path data.
    pub fn as_str(&self) -> &str {
        &self.d
    }

    /// Empties the path, keeping its memory.
    pub fn clear(&mut self) {
        self.d.clear();
    }

    /// A straight line from `a` to `b` (pixels).
    pub fn line(&mut self, a: [f64; 2], b: [f64; 2]) {
        self.command('M', a);
        self.command('L', b);
    }

    /// A whole circle around `c` with radius `r` (pixels), as two half arcs.
    ///
    /// ```
    /// let mut p = datamap::pathdata::PathData::default();
    /// p.circle([10.0, 20.0], 2.5);
    /// assert_eq!(p.as_str(), "M125 200A25 25 0 1 0 75 200A25 25 0 1 0 125 200Z");
    /// ```
    pub fn circle(&mut self, c: [f64; 2], r: f64) {
        let r = r.max(0.0);
        let (right, left) = ([c[0] + r, c[1]], [c[0] - r, c[1]]);
        self.command('M', right);
        for to in [left, right] {
            self.d.push('A');
            self.number(r);
            self.d.push(' ');
            self.number(r);
            self.d.push_str(" 0 1 0 ");
            self.pair(to);
        }
        self.d.push('Z');
    }

    fn command(&mut self, c: char, p: [f64; 2]) {
        self.d.push(c);
        self.pair(p);
    }

    fn pair(&mut self, p: [f64; 2]) {
        self.number(p[0]);
        self.d.push(' ');
        self.number(p[1]);
    }

    /// Writes `px` in path units, rounded to a whole number (NaN as 0).
    fn number(&mut self, px: f64) {
        let units = (px * UNITS_PER_PX).round();
        let units = if units.is_nan() { 0.0 } else { units.clamp(-LIMIT, LIMIT) };
        let v = units as i64;
        if v < 0 {
            self.d.push('-');
        }
        let mut n = v.unsigned_abs();
        let mut digits = [0u8; 20];
        let mut i = digits.len();
        loop {
            i -= 1;
            digits[i] = b'0' + (n % 10) as u8;
            n /= 10;
            if n == 0 {
                break;
            }
        }
        for &b in &digits[i..] {
            self.d.push(char::from(b));
        }
    }
}

impl fmt::Display for PathData {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_round_to_tenths_of_a_pixel_and_clamp() {
        let mut p = PathData::default();
        p.line([0.04, -0.04], [-0.06, 123456.789]);
        assert_eq!(p.as_str(), "M0 0L-1 1234568");
        p.clear();
        assert!(p.is_empty());
        p.line([f64::NAN, f64::INFINITY], [f64::NEG_INFINITY, -1e300]);
        assert_eq!(p.as_str(), "M0 1000000000L-1000000000 -1000000000");
    }

    #[test]
    fn segments_and_circles_follow_each_other() {
        let mut p = PathData::with_capacity(2);
        p.line([1.0, 2.0], [3.0, 4.0]);
        p.circle([0.0, 0.0], 1.0);
        p.line([5.0, 6.0], [7.0, 8.0]);
        assert_eq!(p.to_string(), "M10 20L30 40M10 0A10 10 0 1 0 -10 0A10 10 0 1 0 10 0ZM50 60L70 80");
    }

    #[test]
    fn a_negative_radius_draws_a_point() {
        let mut p = PathData::default();
        p.circle([1.0, 1.0], -5.0);
        assert_eq!(p.as_str(), "M10 10A0 0 0 1 0 10 10A0 0 0 1 0 10 10Z");
    }
}
