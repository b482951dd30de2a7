//! Counts in words, in English and French: one helper for every "N things" of the interface, so
//! each takes the right plural ("1 result", "2 results"; French takes the singular for 0 and 1:
//! "0 résultat", "1 résultat", "2 résultats") and the language's thousands separator ("1,000",
//! "1 000" with a narrow no-break space).

use super::Lang;

/// The narrow no-break space that French sets before `:`, `;`, `!` and `?`, and between the
/// thousands of a number.
pub const NARROW_NBSP: char = '\u{202F}';

/// What the interface counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counted {
    /// Organisations (the header's counts, the list's caption).
    Organisations,
    /// Topics.
    Topics,
    /// Links.
    Links,
    /// Distinct sources.
    Sources,
    /// Search results.
    Results,
    /// Problems of a file beyond those listed ("+3 more problems").
    MoreProblems,
    /// Topics two organisations share.
    SharedTopics,
    /// Organisations two topics share.
    SharedOrgs,
    /// Items left out of a list ("and 3 more").
    More,
}

impl Counted {
    /// Every counted thing, for completeness tests.
    pub const ALL: [Counted; 9] = [
        Counted::Organisations,
        Counted::Topics,
        Counted::Links,
        Counted::Sources,
        Counted::Results,
        Counted::MoreProblems,
        Counted::SharedTopics,
        Counted::SharedOrgs,
        Counted::More,
    ];

    /// Singular and plural, in English then French.
    fn forms(self) -> [(&'static str, &'static str); 2] {
        match self {
            Counted::Organisations => [("organisation", "organisations"), ("organisation", "organisations")],
            Counted::Topics => [("topic", "topics"), ("thème", "thèmes")],
            Counted::Links => [("link", "links"), ("lien", "liens")],
            Counted::Sources => [("source", "sources"), ("source", "sources")],
            Counted::Results => [("result", "results"), ("résultat", "résultats")],
            Counted::MoreProblems => [("more problem", "more problems"), ("autre problème", "autres problèmes")],
            Counted::SharedTopics => [("shared topic", "shared topics"), ("thème commun", "thèmes communs")],
            Counted::SharedOrgs => {
                [("shared organisation", "shared organisations"), ("organisation commune", "organisations communes")]
            }
            Counted::More => [("more", "more"), ("autre", "autres")],
        }
    }
}

/// Whether `n` takes the singular: 1 in English; 0 and 1 in French.
pub fn singular(n: usize, lang: Lang) -> bool {
    match lang {
        Lang::En => n == 1,
        Lang::Fr => n <= 1,
    }
}

/// The word for `n` of `what`, without the number: "result" or "results".
pub fn word(n: usize, what: Counted, lang: Lang) -> &'static str {
    let (one, many) = what.forms()[usize::from(lang == Lang::Fr)];
    if singular(n, lang) {
        one
    } else {
        many
    }
}

/// `n` of `what`: "1 result", "1,000 results", "0 résultat", "1 000 résultats".
///
/// ```
/// use datamap::i18n::{count, Counted, Lang};
/// assert_eq!(count(1, Counted::Results, Lang::En), "1 result");
/// assert_eq!(count(0, Counted::Results, Lang::Fr), "0 résultat");
/// assert_eq!(count(1_000, Counted::Topics, Lang::Fr), "1\u{202F}000 thèmes");
/// ```
pub fn count(n: usize, what: Counted, lang: Lang) -> String {
    format!("{} {}", number(n, lang), word(n, what, lang))
}

/// A whole number: `12,345` in English, `12 345` (narrow no-break space) in French.
///
/// ```
/// use datamap::i18n::{number, Lang};
/// assert_eq!((number(999, Lang::En), number(1_234_567, Lang::En)), ("999".into(), "1,234,567".into()));
/// assert_eq!(number(12_345, Lang::Fr), "12\u{202F}345");
/// ```
pub fn number(n: usize, lang: Lang) -> String {
    let digits = n.to_string();
    let sep = match lang {
        Lang::En => ',',
        Lang::Fr => NARROW_NBSP,
    };
    let mut out = String::with_capacity(digits.len() + 8);
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_counted_thing_takes_its_plural_in_both_languages() {
        for what in Counted::ALL {
            let [(en1, en2), (fr1, fr2)] = what.forms();
            let say = |n, lang| count(n, what, lang);
            assert_eq!(say(0, Lang::En), format!("0 {en2}"), "{what:?}");
            assert_eq!(say(1, Lang::En), format!("1 {en1}"), "{what:?}");
            assert_eq!(say(2, Lang::En), format!("2 {en2}"), "{what:?}");
            assert_eq!(say(1_000, Lang::En), format!("1,000 {en2}"), "{what:?}");
            assert_eq!(say(0, Lang::Fr), format!("0 {fr1}"), "{what:?}: French takes the singular for 0");
            assert_eq!(say(1, Lang::Fr), format!("1 {fr1}"), "{what:?}");
            assert_eq!(say(2, Lang::Fr), format!("2 {fr2}"), "{what:?}");
            assert_eq!(say(1_000, Lang::Fr), format!("1\u{202F}000 {fr2}"), "{what:?}");
        }
    }

    #[test]
    fn french_plurals_end_in_s_and_singulars_do_not() {
        for what in Counted::ALL {
            let [_, (one, many)] = what.forms();
            assert!(many.ends_with('s') && !one.ends_with('s'), "{what:?}: {one} / {many}");
            assert!(!one.contains('\'') && !many.contains('\''), "{what:?}: use ’ in French");
        }
    }
}
