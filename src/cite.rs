//! A dataset's citation, ready to copy, built from its `meta`: who made it (`creator`) and the
//! year, the title, the version and the date, the licence and the address where it is shown.
//! Parts the dataset does not give are left out.

use crate::i18n::{colon, t, ta, AboutKey, Key, Lang};
use crate::model::{Localized, Meta};

/// The title of a dataset without `meta.title`.
pub const DEFAULT_TITLE: &str = "Geneva Data Map";

/// The citation of the dataset described by `meta`, in `lang`, shown at `url` (empty: none).
///
/// ```
/// use datamap::cite::citation;
/// use datamap::i18n::Lang;
/// use datamap::model::{Localized, Meta};
/// let meta = Meta {
///     title: Some(Localized::Plain("Geneva Data Map".into())),
///     creator: Some(Localized::Plain("Geneva Data Map contributors".into())),
///     updated: Some("2026-12-05".into()),
///     version: Some("2026.12".into()),
///     license: Some("CC-BY-4.0".into()),
///     ..Meta::default()
/// };
/// assert_eq!(
///     citation(Some(&meta), Lang::En, "https://example.org/map/"),
///     "Geneva Data Map contributors (2026). Geneva Data Map [dataset], version 2026.12 of 2026-12-05. \
///      Licence: CC-BY-4.0. https://example.org/map/"
/// );
/// assert_eq!(citation(None, Lang::Fr, ""), "Geneva Data Map [jeu de données].");
/// ```
pub fn citation(meta: Option<&Meta>, lang: Lang, url: &str) -> String {
    let empty = Meta::default();
    let m = meta.unwrap_or(&empty);
    let text = |l| text_in(l, lang);
    let title = text(m.title.as_ref()).unwrap_or(DEFAULT_TITLE);
    let year = m.updated.as_deref().and_then(|d| d.get(..4));
    let mut out = String::new();
    if let Some(creator) = text(m.creator.as_ref()) {
        out.push_str(creator);
        if let Some(y) = year {
            out.push_str(&[" (", y, ")"].concat());
        }
        out.push_str(". ");
    }
    out.push_str(&[title, " ", ta(lang, AboutKey::DatasetKind)].concat());
    match (m.version.as_deref(), m.updated.as_deref()) {
        (Some(v), Some(d)) => {
            out.push_str(&[", ", t(lang, Key::Version), " ", v, " ", ta(lang, AboutKey::Of), " ", d].concat())
        }
        (Some(v), None) => out.push_str(&[", ", t(lang, Key::Version), " ", v].concat()),
        (None, Some(d)) => out.push_str(&[", ", d].concat()),
        (None, None) => {}
    }
    out.push('.');
    if let Some(l) = m.license.as_deref().filter(|l| !l.trim().is_empty()) {
        let label = ta(lang, AboutKey::Licence);
        out.push_str(&[" ", label.trim_end_matches(':').trim_end(), colon(lang), l, "."].concat());
    }
    if !url.is_empty() {
        out.push(' ');
        out.push_str(url);
    }
    out
}

/// A text of `meta` in `lang` (else English, else any), unless absent or blank.
pub fn text_in(text: Option<&Localized>, lang: Lang) -> Option<&str> {
    text.map(|l| l.get(lang.code())).filter(|s| !s.trim().is_empty())
}
