//! The interface strings of the curators' preview of a local file ([`crate::preview`]), in
//! English and French, declared as the others are but kept apart from `i18n.rs`'s long list:
//! [`PreviewKey`] and [`tp`]. `{name}`, `{n}`, `{size}`, `{limit}` and `{said}` are filled in by
//! [`crate::preview::Refusal::message`].

use super::{number, singular, Lang};

keys! {
    /// The button that opens a file.
    OpenFile => ("Open a file", "Ouvrir un fichier"),
    /// The drop zone, while a file is dragged over the page.
    DropHere => (
        "Drop a .json file to see it on the map (it is read here, never sent)",
        "Déposez un fichier .json pour le voir sur la carte (il est lu ici, jamais envoyé)"
    ),
    /// The note while a file is previewed, before its name.
    Previewing => ("Previewing your file", "Aperçu de votre fichier"),
    /// The note while a file is previewed, after its name.
    NotPublished => (", not the published map", ", pas de la carte publiée"),
    /// After the note, when the file has the published dataset's nodes and links.
    SameAsPublished => (
        "(the same organisations, topics and links as the published map)",
        "(les mêmes organisations, thèmes et liens que la carte publiée)"
    ),
    /// The button that ends the preview.
    BackToPublished => ("Back to the published map", "Revenir à la carte publiée"),
    /// The toggle that shows what the file changes.
    ShowChanges => ("Show changes", "Afficher les changements"),
    /// The changes panel's heading.
    ChangesTitle => ("Changes from the published map", "Changements par rapport à la carte publiée"),
    /// The count of nodes added, removed and changed, before the counts.
    NodesCounted => ("Organisations and topics:", "Organisations et thèmes\u{A0}:"),
    /// The count of links added, removed and changed, before the counts.
    LinksCounted => ("Links:", "Liens\u{A0}:"),
    /// The list of the nodes added.
    AddedNodes => ("Added (outlined on the map)", "Ajoutés (mis en évidence sur la carte)"),
    /// The list of the nodes removed.
    RemovedNodes => ("Removed organisations and topics", "Organisations et thèmes retirés"),
    /// The list of the links removed.
    RemovedLinks => ("Removed links", "Liens retirés"),
    /// The heading of the alert for a file that is not a valid dataset.
    FileInvalid => ("Your file cannot be shown", "Votre fichier ne peut pas être affiché"),
    /// A drop without a file.
    RefuseNoFile => ("Nothing to open: drop a .json file.", "Rien à ouvrir\u{A0}: déposez un fichier .json."),
    /// Several files at once.
    RefuseSeveral => ("{n} files at once: open one .json file at a time.", "{n} fichiers à la fois\u{A0}: ouvrez un seul fichier .json."),
    /// A folder.
    RefuseFolder => ("{name} is a folder: open a .json file.", "{name} est un dossier\u{A0}: ouvrez un fichier .json."),
    /// An image.
    RefuseImage => ("{name} is an image, not a dataset: open a .json file.", "{name} est une image, pas un jeu de données\u{A0}: ouvrez un fichier .json."),
    /// Neither named nor typed as JSON.
    RefuseNotJson => ("{name} is not a JSON file: open a .json file.", "{name} n’est pas un fichier JSON\u{A0}: ouvrez un fichier .json."),
    /// Larger than the limit.
    RefuseTooLarge => (
        "{name} is {size} MiB; the limit is {limit} MiB. Open a smaller file.",
        "{name} pèse {size}\u{A0}Mio\u{202F}; la limite est de {limit}\u{A0}Mio. Ouvrez un fichier plus petit."
    ),
    /// The browser could not read the file.
    RefuseUnreadable => (
        "{name} could not be read ({said}): it may be a folder, or it was moved or deleted.",
        "{name} n’a pas pu être lu ({said})\u{A0}: c’est peut-être un dossier, ou il a été déplacé ou supprimé."
    ),
}

pub use Key as PreviewKey;

/// The text of `key` in `lang`.
pub fn tp(lang: Lang, key: PreviewKey) -> &'static str {
    let (en, fr) = key.pair();
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

/// What happened to the nodes or links counted: "2 added, 1 removed, 0 changed" / "2 ajoutés,
/// 1 retiré, 0 modifié" (French takes the singular for 0 and 1).
///
/// ```
/// use datamap::i18n::{changed_counts, Lang};
/// assert_eq!(changed_counts([2, 1, 0], Lang::En), "2 added, 1 removed, 0 changed");
/// assert_eq!(changed_counts([2, 1, 0], Lang::Fr), "2 ajoutés, 1 retiré, 0 modifié");
/// ```
pub fn changed_counts(counts: [usize; 3], lang: Lang) -> String {
    let words = match lang {
        Lang::En => ["added", "removed", "changed"],
        Lang::Fr => ["ajouté", "retiré", "modifié"],
    };
    let mut out = String::new();
    for (k, (n, w)) in counts.into_iter().zip(words).enumerate() {
        if k > 0 {
            out.push_str(", ");
        }
        out.push_str(&number(n, lang));
        out.push(' ');
        out.push_str(w);
        if lang == Lang::Fr && !singular(n, lang) {
            out.push('s');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The same rules as `i18n.rs`'s own strings: both languages, French punctuation held on its
    /// line by a no-break space, typographic apostrophes.
    #[test]
    fn every_preview_string_has_both_languages_and_french_typography() {
        for key in PreviewKey::ALL {
            let (en, fr) = key.pair();
            assert!(!en.trim().is_empty() && !fr.trim().is_empty(), "{key:?}");
            for (k, c) in fr.char_indices().filter(|(_, c)| matches!(c, ':' | ';' | '!' | '?')) {
                assert!(!fr[..k].ends_with(' '), "{key:?}: a no-break space before {c} in French");
            }
            assert!(!fr.contains('\''), "{key:?}: use ’ in French");
        }
    }
}
