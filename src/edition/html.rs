//! The edition's HTML writer: every text and attribute value escaped, dataset texts marked with
//! the language they are in when it is not the page's, and links only for http(s) and mailto
//! addresses.

use std::fmt::Write as _;

use crate::model::Localized;
use crate::rules::check_url;

/// `s` with `&`, `<`, `>`, `"` and `'` escaped, and the characters HTML does not allow in a
/// document (controls other than tab, line feed and carriage return, noncharacters) replaced by
/// U+FFFD: safe in text and in a quoted attribute value.
///
/// ```
/// use datamap::edition::html::escape;
/// assert_eq!(escape("<b title='x'>&</b>\u{7}"), "&lt;b title=&#39;x&#39;&gt;&amp;&lt;/b&gt;\u{FFFD}");
/// ```
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if c.is_control() || is_noncharacter(c) => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Unicode noncharacters (U+FDD0 to U+FDEF, and the last two code points of every plane).
fn is_noncharacter(c: char) -> bool {
    let n = c as u32;
    (0xFDD0..=0xFDEF).contains(&n) || n & 0xFFFE == 0xFFFE
}

/// Whether `url` may become a link: an `http`, `https` or `mailto` address, as the checker
/// accepts them.
pub fn linkable(url: &str) -> bool {
    check_url(url).is_ok()
}

/// A page being written, in one language.
pub struct Html {
    out: String,
    lang: &'static str,
}

impl Html {
    /// An empty page in `lang` (`en`, `fr`).
    pub fn new(lang: &'static str) -> Self {
        Html { out: String::with_capacity(1 << 16), lang }
    }

    /// The page's language code.
    pub fn lang(&self) -> &'static str {
        self.lang
    }

    /// Markup written as it is: only for the edition's own fixed markup, never for data.
    pub fn raw(&mut self, markup: &str) -> &mut Self {
        self.out.push_str(markup);
        self
    }

    /// Text, escaped.
    pub fn text(&mut self, text: &str) -> &mut Self {
        self.out.push_str(&escape(text));
        self
    }

    /// An element `<tag attrs>text</tag>` of dataset text `t` in the page's language (else
    /// English, else any), with `lang` when the text is in another language and `dir="auto"`
    /// (right-to-left texts read in their own direction). `attrs` is fixed markup.
    pub fn localized(&mut self, tag: &str, attrs: &str, t: &Localized) -> &mut Self {
        let (text, other) = pick(t, self.lang);
        let _ = write!(self.out, "<{tag}{attrs} dir=\"auto\"");
        if let Some(lang) = other {
            let _ = write!(self.out, " lang=\"{}\"", escape(lang));
        }
        let _ = write!(self.out, ">{}</{tag}>", escape(text));
        self
    }

    /// A link to `href` (escaped) with text `text` (escaped); `attrs` is fixed markup.
    pub fn link(&mut self, href: &str, attrs: &str, text: &str) -> &mut Self {
        let _ = write!(self.out, "<a href=\"{}\"{attrs}>{}</a>", escape(href), escape(text));
        self
    }

    /// A link to an outside address when it is an http(s) or mailto URL, else the address as text.
    pub fn external(&mut self, url: &str, text: &str) -> &mut Self {
        if linkable(url) {
            self.link(url, "", text)
        } else {
            self.text(text)
        }
    }

    /// The finished page.
    pub fn finish(self) -> String {
        self.out
    }
}

/// Formatted writes (`write!`) append markup as it is, like [`Html::raw`]: only for the
/// edition's own markup and for values escaped with [`escape`].
impl std::fmt::Write for Html {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        self.out.push_str(s);
        Ok(())
    }
}

/// The text of `t` for `lang` and, when it is in another language, that language's tag.
pub fn pick<'a>(t: &'a Localized, lang: &str) -> (&'a str, Option<&'a str>) {
    if let Some(text) = t.exact(lang) {
        return (text, None);
    }
    match t {
        Localized::Plain(s) => (s, None),
        Localized::ByLang(map) => match map.get("en") {
            Some(text) => (text, Some("en")),
            None => map.iter().next().map_or(("", None), |(k, v)| (v, Some(k))),
        },
    }
}
