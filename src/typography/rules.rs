//! The French typography rules on one text: what is wrong ([`problems`]) and the text made right
//! ([`fix_text`]). A no-break space (U+00A0) goes before `:` and inside « », a narrow no-break
//! space (U+202F) before `;`, `!` and `?`; apostrophes are typographic (’); thousands are
//! separated by a no-break space.

/// A no-break space.
const NBSP: char = '\u{A0}';
/// A narrow no-break space.
const NNBSP: char = '\u{202F}';

/// One kind of typographic problem in a French text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// A straight apostrophe (`'`).
    StraightApostrophe,
    /// An ordinary space before a `:`, `;`, `!` or `?`.
    SpaceBeforePunctuation(char),
    /// An ordinary space after « or before ».
    SpaceInsideQuotes,
    /// An ordinary space between the thousands of a number (`1 000`).
    SpaceInNumber,
}

impl Problem {
    /// The warning's kind, for filtering (`--json`'s `code`).
    pub fn code(self) -> &'static str {
        match self {
            Problem::StraightApostrophe => "french-apostrophe",
            Problem::SpaceBeforePunctuation(_) => "french-space-before",
            Problem::SpaceInsideQuotes => "french-quotes",
            Problem::SpaceInNumber => "french-thousands",
        }
    }

    /// What is wrong, in one line.
    pub fn message(self) -> String {
        match self {
            Problem::StraightApostrophe => "French text with a straight apostrophe (')".into(),
            Problem::SpaceBeforePunctuation(c) => format!("French text with an ordinary space before \"{c}\""),
            Problem::SpaceInsideQuotes => "French text with an ordinary space inside « »".into(),
            Problem::SpaceInNumber => "French text with an ordinary space as a thousands separator".into(),
        }
    }

    /// How to fix it.
    pub fn fix(self) -> String {
        let how = match self {
            Problem::StraightApostrophe => "use the typographic apostrophe ’ (U+2019)",
            Problem::SpaceBeforePunctuation(':') => "put a no-break space (U+00A0) before \":\"",
            Problem::SpaceBeforePunctuation(_) => "put a narrow no-break space (U+202F) before \";\", \"!\" and \"?\"",
            Problem::SpaceInsideQuotes => "put no-break spaces (U+00A0) inside « »",
            Problem::SpaceInNumber => "separate thousands with a no-break space (U+00A0): 1 000",
        };
        format!("{how}; `datamap-check --fix-typography FILE` does it for the whole file")
    }
}

/// The problems of French `text`, each kind once, in a fixed order.
pub fn problems(text: &str) -> Vec<Problem> {
    let mut out = Vec::new();
    if text.contains('\'') {
        out.push(Problem::StraightApostrophe);
    }
    for c in [':', ';', '!', '?'] {
        if text.contains(&format!(" {c}")) {
            out.push(Problem::SpaceBeforePunctuation(c));
        }
    }
    if text.contains("« ") || text.contains(" »") {
        out.push(Problem::SpaceInsideQuotes);
    }
    if thousands(text).next().is_some() {
        out.push(Problem::SpaceInNumber);
    }
    out
}

/// Byte offsets of the ordinary spaces that separate thousands: a space between a digit and
/// exactly three digits that no other digit follows.
fn thousands(text: &str) -> impl Iterator<Item = usize> + '_ {
    let b = text.as_bytes();
    (1..b.len()).filter(move |&i| {
        b[i] == b' '
            && b[i - 1].is_ascii_digit()
            && b.get(i + 1..i + 4).is_some_and(|d| d.iter().all(u8::is_ascii_digit))
            && !b.get(i + 4).is_some_and(u8::is_ascii_digit)
    })
}

/// `text` with its problems fixed; the same text when it has none.
///
/// ```
/// use datamap::typography::fix_text;
/// assert_eq!(fix_text("l'OMS : « données » ; 1 000 pays ?"), "l’OMS\u{A0}: «\u{A0}données\u{A0}»\u{202F}; 1\u{A0}000 pays\u{202F}?");
/// ```
pub fn fix_text(text: &str) -> String {
    let numbers: Vec<usize> = thousands(text).collect();
    let mut out = String::with_capacity(text.len() + 8);
    let mut chars = text.char_indices().peekable();
    let mut prev = '\0';
    while let Some((i, c)) = chars.next() {
        let next = chars.peek().map_or('\0', |&(_, n)| n);
        let fixed = match c {
            '\'' => '’',
            ' ' if next == ':' || next == '»' || prev == '«' || numbers.contains(&i) => NBSP,
            ' ' if matches!(next, ';' | '!' | '?') => NNBSP,
            c => c,
        };
        out.push(fixed);
        prev = c;
    }
    out
}
