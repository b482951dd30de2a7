//! The grammar of answers in English and French: numbers, counts with their plural, lists joined
//! with commas and a last "and" / "et", and the French space before high punctuation.

use super::sentences::{push_text, Part};
use crate::graph::NodeKind;
use crate::i18n::{count, Counted, Lang};

/// `": "` in English, `" : "` (no-break space) in French.
pub(super) fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ": ",
        Lang::Fr => "\u{A0}: ",
    }
}

/// `"; "` in English, `" ; "` (narrow no-break space) in French.
pub(super) fn semicolon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "; ",
        Lang::Fr => "\u{202F}; ",
    }
}

/// A count of shared neighbours of `kind`: "1 shared topic", "3 shared organisations",
/// "1 thème commun", "3 organisations communes".
pub(super) fn shared_count(n: usize, kind: NodeKind, lang: Lang) -> String {
    let what = match kind {
        NodeKind::Topic => Counted::SharedTopics,
        NodeKind::Org => Counted::SharedOrgs,
    };
    count(n, what, lang)
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
        push_text(&mut out, if total > 1 { and } else { "" });
        push_text(&mut out, &count(more, Counted::More, lang));
    }
    out
}
