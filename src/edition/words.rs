//! The edition's own words in English and French (the interface strings of the app live in
//! `crate::i18n`; these are the static pages' only). Every word has both languages by
//! construction: one line gives the pair.

/// Declares the edition's words: each with its English and French text.
macro_rules! words {
    ($($(#[$doc:meta])* $name:ident => ($en:expr, $fr:expr $(,)?),)*) => {
        /// A word or sentence of the edition.
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        pub enum W {
            $($(#[$doc])* $name,)*
        }

        impl W {
            /// Every word, for completeness tests.
            pub const ALL: &'static [W] = &[$(W::$name,)*];

            /// The English and French texts.
            pub fn pair(self) -> (&'static str, &'static str) {
                match self {
                    $(W::$name => ($en, $fr),)*
                }
            }
        }
    };
}

words! {
    /// The edition's name, after the dataset's title.
    Edition => ("plain edition", "édition simple"),
    /// What the edition is, on its first page.
    About => (
                "Every organisation, topic and link of the map with its summary and sources, on one page that needs no JavaScript, for reading, searching and printing.",
                "Chaque organisation, chaque thème et chaque lien de la carte avec son résumé et ses sources, sur une page qui se passe de JavaScript, à lire, à parcourir et à imprimer."
            ),
    /// The link to the other language's page.
    OtherLanguage => ("Français", "English"),
    /// The first page's link to the page in its language.
    ReadIn => ("Read the English edition", "Lire l’édition en français"),
    /// The skip link.
    Skip => ("Skip to the contents", "Aller au contenu"),
    /// The table of contents' heading.
    Contents => ("Contents", "Sommaire"),
    /// The organisations' heading.
    Organisations => ("Organisations", "Organisations"),
    /// The topics' heading.
    Topics => ("Topics", "Thèmes"),
    /// The tours' heading.
    Tours => ("Guided tours", "Visites guidées"),
    /// The views' heading.
    Views => ("Views", "Vues"),
    /// Before the dataset's version.
    Version => ("Version", "Version"),
    /// Before the dataset's date.
    Updated => ("updated", "mise à jour du"),
    /// Before the dataset's licence.
    License => ("licence", "licence"),
    /// The link to the interactive map.
    OpenMap => ("Open the interactive map", "Ouvrir la carte interactive"),
    /// An organisation's or topic's link into the map.
    ShowOnMap => ("Show on the map", "Voir sur la carte"),
    /// A view's or tour's link into the map.
    OpenInMap => ("Open in the map", "Ouvrir dans la carte"),
    /// An organisation's website.
    Website => ("Website:", "Site web\u{A0}:"),
    /// Before an organisation's address.
    Address => ("Address:", "Adresse\u{A0}:"),
    /// The heading of an organisation's topics.
    WorksOn => ("Works on", "Travaille sur"),
    /// The heading of a topic's organisations.
    WhoWorksOn => ("Who works on it", "Qui y travaille"),
    /// Before the list of a link's or step's sources.
    Sources => ("Sources:", "Sources\u{A0}:"),
    /// Before the day a link was last verified.
    Verified => ("Verified on", "Vérifié le"),
    /// Before a topic's category.
    Category => ("Category:", "Catégorie\u{A0}:"),
    /// Before an organisation's type.
    Type => ("Type:", "Type\u{A0}:"),
    /// A tour's step, before its number.
    Step => ("Step", "Étape"),
    /// Back to the table of contents.
    BackToContents => ("Back to the contents", "Retour au sommaire"),
    /// The footer's note on where the page comes from.
    Generated => (
                "Generated from the dataset of the Geneva Data Map; the interactive map shows the same facts.",
                "Produite à partir du jeu de données de la carte\u{A0}; la carte interactive montre les mêmes faits."
            ),
}

impl W {
    /// The text in `lang` (`fr`, else English).
    pub fn get(self, lang: &str) -> &'static str {
        let (en, fr) = self.pair();
        if lang == "fr" {
            fr
        } else {
            en
        }
    }
}

#[cfg(test)]
mod tests {
    use super::W;

    #[test]
    fn every_word_has_both_languages_and_french_typography() {
        for w in W::ALL {
            let (en, fr) = w.pair();
            assert!(!en.trim().is_empty() && !fr.trim().is_empty(), "{w:?}");
            assert!(!fr.contains('\''), "{w:?}: use ’ in French");
            for (k, c) in fr.char_indices().filter(|(_, c)| matches!(c, ':' | ';' | '!' | '?')) {
                assert!(!fr[..k].ends_with(' ') && k > 0, "{w:?}: a no-break space before {c} in French");
            }
        }
    }
}
