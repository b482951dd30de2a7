//! The strings of the About dialog, of "Suggest a correction" and of the prefilled correction
//! message and citation, in English and French, declared as the others are but kept apart from
//! `i18n.rs`'s long list: [`AboutKey`] and [`ta`].

use super::Lang;

keys! {
    /// The toolbar's button that opens the About dialog.
    About => ("About", "À propos"),
    /// The About dialog's title.
    AboutTitle => ("About this map", "À propos de cette carte"),
    /// What the map is and how to read it (the same for every dataset).
    WhatIs => (
        "The map shows organisations, the data topics they work on, and the links between them, each with the public sources that show it. Select an organisation or a topic for its links and sources, or switch to the list for a table.",
        "La carte montre des organisations, les thèmes liés aux données dont elles s’occupent et les liens entre elles et ces thèmes, chacun avec les sources publiques qui l’attestent. Sélectionnez une organisation ou un thème pour voir ses liens et ses sources, ou passez à la liste pour un tableau."
    ),
    /// The heading of the dataset's `meta.method`.
    MethodHeading => ("Where the data comes from", "D’où viennent les données"),
    /// The heading of the dataset's date, version and licence.
    EditionHeading => ("This edition", "Cette édition"),
    /// Before the data's licence.
    Licence => ("Licence:", "Licence\u{A0}:"),
    /// The heading of the citation.
    CiteHeading => ("How to cite", "Comment citer"),
    /// In a citation, after the title: what is cited.
    DatasetKind => ("[dataset]", "[jeu de données]"),
    /// In a citation, between the version and the date: "version 2026.12 of 2026-12-05".
    Of => ("of", "du"),
    /// The heading of how to correct and contribute.
    CorrectHeading => ("Corrections and contributions", "Corrections et contributions"),
    /// How to report an error, before the dataset's contact.
    CorrectHelp => (
        "Spotted an error or a missing link? Each link and each organisation has “Suggest a correction”, or contact the curators:",
        "Une erreur, un lien manquant\u{202F}? Chaque lien et chaque organisation propose «\u{A0}Suggérer une correction\u{A0}», ou contactez les responsables\u{A0}:"
    ),
    /// When the dataset has no `meta.contact`.
    NoContact => (
        "This dataset names no contact for corrections.",
        "Ce jeu de données n’indique pas de contact pour les corrections."
    ),
    /// The heading of the software's licence.
    SoftwareHeading => ("Software", "Logiciel"),
    /// Before the software's licence.
    Software => (
        "The app is free software; it shows any dataset in its format, this one included, checked by the same rules. Software licence:",
        "L’application est un logiciel libre\u{202F}; elle affiche tout jeu de données à son format, dont celui-ci, vérifié selon les mêmes règles. Licence du logiciel\u{A0}:"
    ),
    /// The link that opens a prefilled correction.
    SuggestCorrection => ("Suggest a correction", "Suggérer une correction"),
    /// The correction message's subject, before what it is about.
    Correction => ("Correction", "Correction"),
    /// The correction message: before the record's JSON path.
    Entry => ("Entry in the file", "Entrée dans le fichier"),
    /// The correction message: before the page's address.
    Page => ("Page", "Page"),
    /// The correction message: what the curators ask for.
    Ask => (
        "What is wrong, and what should it say? Please give a source.",
        "Qu’est-ce qui est inexact, et que faudrait-il écrire\u{202F}? Merci d’indiquer une source."
    ),
}

pub use Key as AboutKey;

/// The text of `key` in `lang`.
pub fn ta(lang: Lang, key: AboutKey) -> &'static str {
    let (en, fr) = key.pair();
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

/// ": " after a label in English, "\u{A0}: " in French (a no-break space holds the colon on its
/// line).
pub fn colon(lang: Lang) -> &'static str {
    match lang {
        Lang::En => ": ",
        Lang::Fr => "\u{A0}: ",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same rules as `i18n.rs`'s own strings: both languages, French punctuation held on its
    /// line by a no-break space, typographic apostrophes, « » with no-break spaces inside.
    #[test]
    fn every_about_string_has_both_languages_and_french_typography() {
        for key in AboutKey::ALL {
            let (en, fr) = key.pair();
            assert!(!en.trim().is_empty() && !fr.trim().is_empty(), "{key:?}");
            for (k, c) in fr.char_indices().filter(|(_, c)| matches!(c, ':' | ';' | '!' | '?' | '»')) {
                assert!(!fr[..k].ends_with(' '), "{key:?}: a no-break space before {c} in French");
            }
            assert!(!fr.contains("« ") && !fr.contains('\''), "{key:?}: French spacing and apostrophes");
        }
        assert_eq!(ta(Lang::Fr, AboutKey::Licence), "Licence\u{A0}:");
    }
}
