//! Numbers as text, and clamping, without the standard library's float formatting.
//!
//! `format!("{}", x)` and `format!("{:.1}", x)` on an `f64` bring in core's float printing
//! (Grisu and Dragon with their power-of-ten tables), and `f64::clamp` brings it in too: its
//! assertion message prints the bounds. [`Num`] writes what `{}` writes, with the digits of
//! `zmij` (the printer serde_json already uses); [`Fixed`] writes what `{:.N}` writes, from the
//! float's exact binary value. `num/tests.rs` checks both against the standard library on
//! random and edge values.

use std::fmt;

/// Displays an `f64` exactly as `{}` does: the shortest digits that read back as the same number,
/// never in exponent form (`1e21` is `1000000000000000000000`, `-0.0` is `-0`).
///
/// ```
/// use datamap::num::Num;
/// assert_eq!(format!("{}px", Num(12.5)), "12.5px");
/// assert_eq!(Num(1e-7).to_string(), "0.0000001");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Num(pub f64);

impl fmt::Display for Num {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&shortest(self.0))
    }
}

/// Displays an `f64` exactly as `{:.N}` does with `N` = the second field (at most 3): the exact
/// value rounded to `N` decimals, ties to even (`0.25` → `0.2`, `-0.01` → `-0.0`).
///
/// ```
/// use datamap::num::Fixed;
/// assert_eq!(format!("{},{}", Fixed(1.25, 1), Fixed(-3.0, 2)), "1.2,-3.00");
/// ```
#[derive(Debug, Clone, Copy)]
pub struct Fixed(pub f64, pub u8);

impl fmt::Display for Fixed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&fixed(self.0, self.1))
    }
}

/// `v.clamp(min, max)`, with the same panic when `min > max` or either is NaN (but a message that
/// does not print them).
pub fn clamp(v: f64, min: f64, max: f64) -> f64 {
    assert!(min <= max, "min > max, or either was NaN");
    if v < min {
        min
    } else if v > max {
        max
    } else {
        v
    }
}

fn shortest(v: f64) -> String {
    let mut buffer = zmij::Buffer::new();
    let printed = buffer.format(v);
    if !v.is_finite() {
        // "NaN", "inf", "-inf", as std writes them.
        return printed.to_owned();
    }
    let (sign, printed) = printed.strip_prefix('-').map_or(("", printed), |rest| ("-", rest));
    // zmij writes `d.ddd`, `d.ddde+N` or `d.ddde-N`: collect the digits and where the point goes.
    let (mantissa, exponent) = printed.split_once('e').unwrap_or((printed, "0"));
    let mut digits: Vec<u8> = mantissa.bytes().filter(u8::is_ascii_digit).collect();
    let mut point = mantissa.find('.').unwrap_or(mantissa.len()) as i64 + exponent_of(exponent);
    let leading = digits.iter().take_while(|&&d| d == b'0').count();
    digits.drain(..leading);
    point -= leading as i64;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    if let Some((exact, exact_point)) = exact_digits(v) {
        // Two shortest texts equally near: zmij takes the even one, std the one further from 0.
        let tie = exact_point == point
            && exact.len() == digits.len() + 1
            && exact.starts_with(&digits)
            && exact.last() == Some(&b'5');
        if tie {
            if round_up(&mut digits) {
                point += 1;
            }
            while digits.last() == Some(&b'0') {
                digits.pop();
            }
        }
    }
    let mut out = String::from(sign);
    if digits.is_empty() {
        out.push('0');
    } else if point <= 0 {
        out.push_str("0.");
        push_zeros(&mut out, -point);
        out.extend(digits.iter().map(|&d| char::from(d)));
    } else {
        let point = point as usize;
        for (i, &d) in digits.iter().enumerate() {
            if i == point {
                out.push('.');
            }
            out.push(char::from(d));
        }
        push_zeros(&mut out, point as i64 - digits.len() as i64);
    }
    out
}

/// The exact decimal digits of |v| (no leading or trailing zeros) and where the point goes, when
/// they are few enough for two shortest texts to be equally near: |v| = m × 2^-k with m odd and
/// k ≤ 27 (beyond, the exact value has over 18 significant digits), or a whole number.
fn exact_digits(v: f64) -> Option<(Vec<u8>, i64)> {
    let bits = v.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (m, e) = if biased == 0 { (fraction, -1074) } else { (fraction | 1 << 52, biased - 1075) };
    if m == 0 {
        return None;
    }
    let (mut digits, point) = if e >= 0 {
        let whole = integer_digits(m, e as u32).into_bytes();
        let len = whole.len() as i64;
        (whole, len)
    } else {
        let zeros = m.trailing_zeros().min((-e) as u32);
        let k = (-e) as u32 - zeros;
        if k > 27 {
            return None;
        }
        // |v| = (m × 5^k) / 10^k.
        let mut n = u128::from(m >> zeros) * 5u128.pow(k);
        let mut reversed = Vec::new();
        while n > 0 {
            reversed.push(b'0' + (n % 10) as u8);
            n /= 10;
        }
        reversed.reverse();
        let len = reversed.len() as i64;
        (reversed, len - i64::from(k))
    };
    let leading = digits.iter().take_while(|&&d| d == b'0').count();
    digits.drain(..leading);
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    Some((digits, point - leading as i64))
}

/// Adds one in the last place of a digit string; true when that makes it one digit longer.
fn round_up(digits: &mut Vec<u8>) -> bool {
    for d in digits.iter_mut().rev() {
        if *d == b'9' {
            *d = b'0';
        } else {
            *d += 1;
            return false;
        }
    }
    digits.insert(0, b'1');
    true
}

/// zmij's exponent: an optional sign, then digits.
fn exponent_of(text: &str) -> i64 {
    let (negative, digits) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let value = digits.bytes().fold(0i64, |n, d| n * 10 + i64::from(d - b'0'));
    if negative {
        -value
    } else {
        value
    }
}

fn push_zeros(out: &mut String, n: i64) {
    for _ in 0..n.max(0) {
        out.push('0');
    }
}

fn fixed(v: f64, decimals: u8) -> String {
    let decimals = u32::from(decimals.min(3));
    if v.is_nan() {
        return "NaN".to_owned();
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    if v.is_infinite() {
        return format!("{sign}inf");
    }
    // |v| = m × 2^e exactly.
    let bits = v.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1 << 52) - 1);
    let (m, e) = if biased == 0 { (fraction, -1074) } else { (fraction | 1 << 52, biased - 1075) };
    // The digits of |v| × 10^decimals, rounded to an integer (ties to even).
    let mut digits = if e >= 0 {
        let mut whole = integer_digits(m, e as u32);
        push_zeros(&mut whole, i64::from(decimals));
        whole
    } else {
        let scaled = u128::from(m) * 10u128.pow(decimals);
        let shift = (-e) as u32;
        let rounded = if shift > 64 {
            // scaled < 2^63 is less than half of 2^shift: rounds to 0.
            0
        } else {
            let q = scaled >> shift;
            let r = scaled - (q << shift);
            let half = 1u128 << (shift - 1);
            q + u128::from(r > half || (r == half && q & 1 == 1))
        };
        (rounded as u64).to_string()
    };
    while digits.len() <= decimals as usize {
        digits.insert(0, '0');
    }
    if decimals > 0 {
        digits.insert(digits.len() - decimals as usize, '.');
    }
    digits.insert_str(0, sign);
    digits
}

/// The decimal digits of m × 2^e, in base 10^9 limbs (m < 2^53, e up to 971).
fn integer_digits(m: u64, e: u32) -> String {
    const BASE: u64 = 1_000_000_000;
    let mut limbs = vec![m % BASE, m / BASE % BASE, m / BASE / BASE];
    let mut left = e;
    while left > 0 {
        let step = left.min(30);
        let mut carry = 0u64;
        for limb in &mut limbs {
            let v = (*limb << step) + carry;
            *limb = v % BASE;
            carry = v / BASE;
        }
        while carry > 0 {
            limbs.push(carry % BASE);
            carry /= BASE;
        }
        left -= step;
    }
    while limbs.len() > 1 && limbs.last() == Some(&0) {
        limbs.pop();
    }
    let mut out = String::new();
    for (i, limb) in limbs.iter().rev().enumerate() {
        let text = limb.to_string();
        if i > 0 {
            push_zeros(&mut out, 9 - text.len() as i64);
        }
        out.push_str(&text);
    }
    out
}

#[cfg(test)]
mod tests;
