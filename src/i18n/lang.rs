//! The interface languages, English and French: their codes, and the choice from a browser's
//! preferred languages.

use std::str::FromStr;

/// An interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Lang {
    /// English (the default).
    #[default]
    En,
    /// French.
    Fr,
}

impl Lang {
    /// All interface languages.
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Fr];

    /// The BCP 47 code, `en` or `fr`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Fr => "fr",
        }
    }

    /// The language for a browser's preferred languages (`fr-CH`, `en-GB`...), else English.
    ///
    /// ```
    /// use datamap::i18n::Lang;
    /// assert_eq!(Lang::from_browser(["de-CH", "fr-CH", "en"]), Lang::Fr);
    /// assert_eq!(Lang::from_browser(["de"]), Lang::En);
    /// ```
    pub fn from_browser<'a>(prefs: impl IntoIterator<Item = &'a str>) -> Lang {
        prefs.into_iter().find_map(|p| p.split('-').next().and_then(|p| p.parse().ok())).unwrap_or_default()
    }
}

impl FromStr for Lang {
    type Err = ();
    fn from_str(s: &str) -> Result<Self, ()> {
        match s.to_ascii_lowercase().as_str() {
            "en" => Ok(Lang::En),
            "fr" => Ok(Lang::Fr),
            _ => Err(()),
        }
    }
}
