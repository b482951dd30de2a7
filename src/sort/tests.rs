use super::*;
use crate::rng::Rng;

/// Every sort gives the standard library's order, ties (equal keys on distinct elements)
/// included, at every length around the runs and merges.
#[test]
fn every_sort_gives_the_standard_order() {
    let mut rng = Rng::new(7);
    for n in (0..300).chain([1000, 4097]) {
        let v: Vec<(u8, u16)> = (0..n).map(|_| (rng.below(6) as u8, rng.below(1000) as u16)).collect();
        let mut want = v.clone();
        want.sort_by_key(|p| p.0);
        let mut got = v.clone();
        sort_by_key(&mut got, |p| p.0);
        assert_eq!(got, want);

        let mut got = v.clone();
        sort_by_cached_key(&mut got, |p| p.0);
        assert_eq!(got, want);

        let mut want = v.clone();
        want.sort_by_key(|p| std::cmp::Reverse(p.1));
        let mut got = v.clone();
        sort_by(&mut got, |a, b| b.1.cmp(&a.1));
        assert_eq!(got, want);

        let mut want = v.clone();
        want.sort();
        let mut got = v;
        sort(&mut got);
        assert_eq!(got, want);
    }
}

#[test]
fn sorted_and_reversed_slices() {
    for n in [0usize, 1, 2, 15, 16, 17, 31, 32, 33, 1000, 4097] {
        let want: Vec<usize> = (0..n).collect();
        let mut up = want.clone();
        sort(&mut up);
        assert_eq!(up, want);
        let mut down: Vec<usize> = (0..n).rev().collect();
        sort(&mut down);
        assert_eq!(down, want);
        let mut strings: Vec<String> = (0..n).rev().map(|i| format!("{i:05}")).collect();
        sort(&mut strings);
        assert!(strings.windows(2).all(|w| w[0] < w[1]));
    }
}
