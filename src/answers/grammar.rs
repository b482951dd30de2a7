//! The grammar of answers in English and French: numbers, counts with their plural, lists joined
//! with commas and a last "and" / "et", and the French space before high punctuation.

use super::sentences::{push_text, Part};
use crate::graph::NodeKind;
use crate::i18n::Lang;

/// The narrow no-break space that French sets before `:`, `;`, `!` and `?`, and between the
/// thousands of a number.
pub const NARROW_NBSP: char = '\u{202F}';

/// `": "` in English, `" : "` (narrow no-break space) in French.
pub(super) fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ": ",
        Lang::Fr => "\u{202F}: ",
    }
}

/// `"; "` in English, `" ; "` (narrow no-break space) in French.
pub(super) fn semicolon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "; ",
        Lang::Fr => "\u{202F}; ",
    }
}

/// A whole number: `12,345` in English, `12 345` (narrow no-break space) in French.
///
/// ```
/// use datamap::{answers::number, i18n::Lang};
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

/// A count of shared neighbours of `kind`: "1 shared topic", "3 shared organisations",
/// "1 thème commun", "3 organisations communes" (French takes the singular up to 1).
pub(super) fn shared_count(n: usize, kind: NodeKind, lang: Lang) -> String {
    let one = match lang {
        Lang::En => n == 1,
        Lang::Fr => n <= 1,
    };
    let words = match (lang, kind, one) {
        (Lang::En, NodeKind::Topic, true) => "shared topic",
        (Lang::En, NodeKind::Topic, false) => "shared topics",
        (Lang::En, NodeKind::Org, true) => "shared organisation",
        (Lang::En, NodeKind::Org, false) => "shared organisations",
        (Lang::Fr, NodeKind::Topic, true) => "thème commun",
        (Lang::Fr, NodeKind::Topic, false) => "thèmes communs",
        (Lang::Fr, NodeKind::Org, true) => "organisation commune",
        (Lang::Fr, NodeKind::Org, false) => "organisations communes",
    };
    format!("{} {words}", number(n, lang))
}

/// `items` joined: "A", "A and B", "A, B and C" ("A, B et C"); with `more` items left out,
/// "A, B and 3 more" ("A, B et 3 autres").
pub(super) fn join(items: Vec<Part>, more: usize, lang: Lang) -> Vec<Part> {
    let and = match lang {
        Lang::En => " and ",
        Lang::Fr => " et ",
    };
    let total = items.len() + usize::from(more > 0);
    let mut out = Vec::with_capacity(items.len() * 2 + 1);
    for (k, item) in items.into_iter().enumerate() {
        if k > 0 {
            push_text(&mut out, if k + 1 == total { and } else { ", " });
        }
        out.push(item);
    }
    if more > 0 {
        let rest = match lang {
            Lang::En => format!("{} more", number(more, lang)),
            Lang::Fr => format!("{} autres", number(more, lang)),
        };
        push_text(&mut out, if total > 1 { and } else { "" });
        push_text(&mut out, &rest);
    }
    out
}
