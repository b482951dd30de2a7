//! The searchable texts: names and acronyms folded (case and accents), split into words, with
//! the sets of characters they use, so that a query only compares against prepared texts.

use crate::model::Localized;
use crate::text::fold;

/// One name or acronym, in one or more languages, prepared for matching.
#[derive(Debug, Clone)]
pub(super) struct Field {
    /// As written in the dataset.
    pub(super) text: String,
    /// Folded, with words separated by single spaces.
    pub(super) norm: String,
    /// The words of `norm`.
    pub(super) words: Vec<Word>,
    /// Characters in `norm`.
    pub(super) chars: usize,
    /// The characters `norm` uses (see [`char_mask`]).
    pub(super) mask: u64,
    /// An acronym (they rank before names).
    pub(super) acronym: bool,
    /// A plain text, which stands for every language.
    pub(super) plain: bool,
    /// The languages that use this exact text.
    pub(super) langs: Vec<String>,
}

/// A word of a field: its byte range in `norm`, its length in characters and its character mask.
#[derive(Debug, Clone, Copy)]
pub(super) struct Word {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) chars: usize,
    pub(super) mask: u64,
}

/// Adds the texts of `localized` to `fields`, one field per distinct text.
pub(super) fn add_fields(fields: &mut Vec<Field>, localized: &Localized, acronym: bool) {
    for (lang, text) in localized.texts() {
        if let Some(same) = fields.iter_mut().find(|f| f.acronym == acronym && f.text == text) {
            match lang {
                Some(lang) => same.langs.push(lang.to_owned()),
                None => same.plain = true,
            }
            continue;
        }
        let norm = normalize(text);
        if norm.is_empty() {
            continue;
        }
        let mut words = Vec::new();
        let mut start = 0;
        for word in norm.split(' ') {
            let end = start + word.len();
            words.push(Word { start, end, chars: word.chars().count(), mask: char_mask(word) });
            start = end + 1;
        }
        fields.push(Field {
            text: text.to_owned(),
            chars: norm.chars().count(),
            mask: char_mask(&norm),
            norm,
            words,
            acronym,
            plain: lang.is_none(),
            langs: lang.map(str::to_owned).into_iter().collect(),
        });
    }
}

/// Whether `c` separates words: spaces, hyphens, apostrophes, slashes, brackets, punctuation.
fn is_boundary(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | '\u{2010}'
                | '\u{2011}'
                | '\u{2013}'
                | '\u{2014}'
                | '\''
                | '\u{2019}'
                | '/'
                | '\\'
                | '('
                | ')'
                | '['
                | ']'
                | '{'
                | '}'
                | ','
                | ';'
                | ':'
                | '"'
                | '«'
                | '»'
                | '“'
                | '”'
                | '!'
                | '?'
        )
}

/// Folds `text` (see [`fold`]) and joins its words with single spaces.
///
/// ```
/// assert_eq!(datamap::search::normalize(" Croix-Rouge (CICR) l’Œuvre "), "croix rouge cicr l oeuvre");
/// ```
pub fn normalize(text: &str) -> String {
    let folded = fold(text);
    let mut out = String::with_capacity(folded.len());
    for word in folded.split(is_boundary).filter(|w| !w.is_empty()) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

/// A set of the characters in `text`, one bit per letter, digit and space, the rest sharing bits.
pub(super) fn char_mask(text: &str) -> u64 {
    text.chars().fold(0, |mask, c| {
        let bit = match c {
            'a'..='z' => c as u32 - 'a' as u32,
            '0'..='9' => 26 + c as u32 - '0' as u32,
            ' ' => 36,
            _ => 37 + c as u32 % 27,
        };
        mask | 1 << bit
    })
}
