//! Interface strings in English and French. Every key has both languages by construction: one
//! `match` arm returns the pair.

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

/// An interface string.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Key {
    /// Shown while the dataset loads.
    Loading,
    /// "organisations" after a count.
    Organisations,
    /// "topics" after a count.
    Topics,
    /// "links" after a count.
    Links,
    /// "sources" after a count.
    Sources,
    /// The heading of the error view.
    ErrorTitle,
    /// Before the file name in the error view.
    ErrorFile,
    /// Before a count of further errors.
    ErrorMore,
    /// The retry button.
    Retry,
    /// The note shown when another dataset than the bundled one is shown.
    OtherData,
    /// The map's accessible name.
    MapLabel,
    /// The search box's accessible name.
    Search,
    /// Footer: where the data comes from.
    FooterSource,
    /// How to use the map with a keyboard (read by screen readers).
    MapHelp,
    /// Zoom in button.
    ZoomIn,
    /// Zoom out button.
    ZoomOut,
    /// Fit all button.
    FitAll,
}

impl Key {
    /// Every key, for completeness tests.
    pub const ALL: [Key; 17] = [
        Key::Loading,
        Key::Organisations,
        Key::Topics,
        Key::Links,
        Key::Sources,
        Key::ErrorTitle,
        Key::ErrorFile,
        Key::ErrorMore,
        Key::Retry,
        Key::OtherData,
        Key::MapLabel,
        Key::Search,
        Key::FooterSource,
        Key::MapHelp,
        Key::ZoomIn,
        Key::ZoomOut,
        Key::FitAll,
    ];

    /// The English and French texts.
    pub fn pair(self) -> (&'static str, &'static str) {
        match self {
            Key::Loading => ("Loading the map…", "Chargement de la carte…"),
            Key::Organisations => ("organisations", "organisations"),
            Key::Topics => ("topics", "thèmes"),
            Key::Links => ("links", "liens"),
            Key::Sources => ("sources", "sources"),
            Key::ErrorTitle => ("The map could not be loaded", "La carte n’a pas pu être chargée"),
            Key::ErrorFile => ("File", "Fichier"),
            Key::ErrorMore => ("more problems", "autres problèmes"),
            Key::Retry => ("Try again", "Réessayer"),
            Key::OtherData => ("You are viewing another dataset:", "Vous consultez un autre jeu de données :"),
            Key::MapLabel => ("Map of organisations and topics", "Carte des organisations et des thèmes"),
            Key::Search => ("Search", "Rechercher"),
            Key::MapHelp => (
                "Drag to pan, wheel or + and - to zoom, 0 to fit all. Arrow keys move between linked nodes; Escape clears the selection.",
                "Glisser pour se déplacer, molette ou + et - pour zoomer, 0 pour tout afficher. Les flèches passent d’un nœud lié à l’autre ; Échap annule la sélection.",
            ),
            Key::ZoomIn => ("Zoom in", "Zoom avant"),
            Key::ZoomOut => ("Zoom out", "Zoom arrière"),
            Key::FitAll => ("Show the whole map", "Afficher toute la carte"),
            Key::FooterSource => (
                "Data: Geneva Data Map contributors, with a source behind every link.",
                "Données : contributeurs de la Geneva Data Map, avec une source pour chaque lien.",
            ),
        }
    }
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    let (en, fr) = key.pair();
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}
