use super::*;
use crate::rng::Rng;

/// Both printers against the standard library's on one value.
fn same_as_std(v: f64) {
    assert_eq!(Num(v).to_string(), format!("{v}"), "{{}} of {:e} ({:#x})", v, v.to_bits());
    for d in 0..=3u8 {
        let std = format!("{v:.*}", usize::from(d));
        assert_eq!(Fixed(v, d).to_string(), std, "{{:.{d}}} of {:e} ({:#x})", v, v.to_bits());
    }
}

#[test]
fn edge_values_print_as_std_prints_them() {
    let edges = [
        0.0,
        -0.0,
        1.0,
        -1.0,
        0.5,
        1.5,
        2.5,
        0.25,
        0.35,
        -0.01,
        -0.05,
        0.125,
        0.0625,
        9.995,
        99.95,
        0.9999,
        1e15,
        1e16,
        1e17,
        1e21,
        1e22,
        1e300,
        1e-5,
        1e-7,
        1.5e-7,
        5e-324,
        -5e-324,
        2.2250738585072014e-308,
        f64::MAX,
        f64::MIN,
        f64::MIN_POSITIVE,
        f64::EPSILON,
        f64::NAN,
        -f64::NAN,
        f64::INFINITY,
        f64::NEG_INFINITY,
        (1u64 << 53) as f64,
        ((1u64 << 53) + 2) as f64,
        (1u64 << 63) as f64,
        1.0e7,
        -1.0e7,
        4503599627370495.5,
        0.1 + 0.2,
        // -872012147624269.25: two shortest texts (…269.2 and …269.3) equally near.
        f64::from_bits(0xc308_c8b9_3264_4a6a),
    ];
    for v in edges {
        same_as_std(v);
    }
}

#[test]
fn random_bit_patterns_print_as_std_prints_them() {
    let mut rng = Rng::new(20261205);
    for _ in 0..200_000 {
        same_as_std(f64::from_bits(rng.next_u64()));
    }
}

#[test]
fn screen_sized_and_decimal_values_print_as_std_prints_them() {
    // What the app prints: coordinates, sizes, opacities and camera numbers, many of them exact
    // ties once scaled (k/8, k/1000).
    let mut rng = Rng::new(7);
    for _ in 0..200_000 {
        let k = rng.next_u64() as i64 % 20_000_000;
        let v = match rng.below(5) {
            0 => k as f64 / 1000.0,
            1 => k as f64 / 8.0,
            2 => k as f64 / 200.0,
            3 => (rng.next_f64() - 0.5) * 4000.0,
            _ => rng.next_f64(),
        };
        same_as_std(v);
    }
}

#[test]
fn clamp_is_std_clamp() {
    for (v, lo, hi) in [(5.0, 0.0, 1.0), (-5.0, 0.0, 1.0), (0.5, 0.0, 1.0), (f64::NAN, 0.0, 1.0), (-0.0, 0.0, 0.0)] {
        let (ours, std) = (clamp(v, lo, hi), v.clamp(lo, hi));
        assert!(ours.to_bits() == std.to_bits() || (ours.is_nan() && std.is_nan()), "{v} in {lo}..{hi}");
    }
}

#[test]
#[should_panic(expected = "min > max")]
fn clamp_refuses_bounds_in_the_wrong_order() {
    clamp(0.5, 1.0, 0.0);
}
