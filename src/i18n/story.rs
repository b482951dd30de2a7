//! The interface strings of curated views and guided tours (the views menu, the status line, the
//! tour's card, the Embed dialog's choice), in English and French, declared as the others are
//! but kept apart from `i18n.rs`'s long list: [`StoryKey`] and [`ts`].

use super::Lang;

keys! {
    /// The menu of curated views and guided tours; its list of views.
    Views => ("Views", "Vues"),
    /// The menu's list of guided tours.
    Tours => ("Tours", "Visites guidées"),
    /// Before the name of the view on screen.
    Showing => ("Showing:", "Affichage\u{A0}:"),
    /// Between a tour's step and the number of steps: "2 of 6".
    Of => ("of", "sur"),
    /// The tour card's button to the previous step.
    Previous => ("Previous", "Précédent"),
    /// The tour card's button to the next step.
    Next => ("Next", "Suivant"),
    /// The embed dialog's choice: the snippet shows the curated view as made, not as on screen.
    EmbedThisView => ("This view, as curated", "Cette vue, telle que conçue"),
    /// The embed dialog's choice: the snippet shows the tour from its first step.
    EmbedThisTour => ("This tour, from step 1", "Cette visite, depuis l’étape 1"),
}

pub use Key as StoryKey;

/// The text of `key` in `lang`.
pub fn ts(lang: Lang, key: StoryKey) -> &'static str {
    let (en, fr) = key.pair();
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same rules as `i18n.rs`'s own strings: both languages, French punctuation held on its
    /// line by a no-break space (U+00A0 before a colon), typographic apostrophes.
    #[test]
    fn every_story_string_has_both_languages_and_french_typography() {
        for key in StoryKey::ALL {
            let (en, fr) = key.pair();
            assert!(!en.trim().is_empty() && !fr.trim().is_empty(), "{key:?}");
            for (k, c) in fr.char_indices().filter(|(_, c)| matches!(c, ':' | ';' | '!' | '?')) {
                assert!(!fr[..k].ends_with(' '), "{key:?}: a no-break space before {c} in French");
            }
            assert!(!fr.contains('\''), "{key:?}: use ’ in French");
        }
        assert_eq!(ts(Lang::Fr, StoryKey::Showing), "Affichage\u{A0}:");
    }
}
