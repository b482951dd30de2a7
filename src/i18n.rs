//! Interface strings in English and French. Every key has both languages by construction: one
//! `match` arm returns the pair.

mod lang;
mod plural;

pub use lang::Lang;
pub use plural::{count, number, singular, word, Counted, NARROW_NBSP};

/// Declares the interface strings: each key with its English and French text.
macro_rules! keys {
    ($($(#[$doc:meta])* $name:ident => ($en:expr, $fr:expr),)*) => {
        /// An interface string.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Key {
            $($(#[$doc])* $name,)*
        }

        impl Key {
            /// Every key, for completeness tests.
            pub const ALL: &'static [Key] = &[$(Key::$name,)*];

            /// The English and French texts.
            pub fn pair(self) -> (&'static str, &'static str) {
                match self {
                    $(Key::$name => ($en, $fr),)*
                }
            }
        }
    };
}

// The preview's strings, in a file of their own (declared after the macro, which they use).
mod preview;
pub use preview::{changed_counts, tp, PreviewKey};
// The strings of curated views and guided tours, likewise.
mod story;
pub use story::{ts, StoryKey};
// The strings of the About dialog and of corrections, likewise.
mod about;
pub use about::{colon, ta, AboutKey};

keys! {
    /// Shown while the dataset loads.
    Loading => ("Loading the map…", "Chargement de la carte…"),
    /// The sources of a link (the list's accessible name).
    Sources => ("Sources", "Sources"),
    /// The header's counts of the dataset (their accessible name).
    DatasetCounts => ("Dataset", "Jeu de données"),
    /// The heading of the error view.
    ErrorTitle => ("The map could not be loaded", "La carte n’a pas pu être chargée"),
    /// The retry button.
    Retry => ("Try again", "Réessayer"),
    /// The note shown when another dataset than the bundled one is shown.
    OtherData => ("You are viewing another dataset:", "Vous consultez un autre jeu de données\u{A0}:"),
    /// The map's accessible name.
    MapLabel => ("Map of organisations and topics", "Carte des organisations et des thèmes"),
    /// How to use the map with a keyboard (read by screen readers).
    MapHelp => (
        "Drag to pan, wheel or + and - to zoom, 0 to fit all. Arrow keys move between linked nodes; Escape clears the selection.",
        "Glisser pour se déplacer, molette ou + et - pour zoomer, 0 pour tout afficher. Les flèches passent d’un nœud lié à l’autre\u{202F}; Échap annule la sélection."
    ),
    /// Zoom in button.
    ZoomIn => ("Zoom in", "Zoom avant"),
    /// Zoom out button.
    ZoomOut => ("Zoom out", "Zoom arrière"),
    /// Fit all button.
    FitAll => ("Fit all", "Tout afficher"),
    /// The search box's accessible name.
    Search => ("Search", "Rechercher"),
    /// The search box's placeholder.
    SearchPlaceholder => ("Search organisations and topics", "Rechercher une organisation ou un thème"),
    /// The suggestions listbox's name.
    Suggestions => ("Suggestions", "Suggestions"),
    /// The kind of a node: organisation.
    Organisation => ("Organisation", "Organisation"),
    /// The kind of a node: topic.
    Topic => ("Topic", "Thème"),
    /// Before the name of the selected node, for screen readers.
    Selected => ("Selected:", "Sélection\u{A0}:"),
    /// Skip link.
    SkipToMap => ("Skip to the map", "Aller à la carte"),
    /// The group of view buttons.
    ViewLabel => ("View", "Affichage"),
    /// The map view button.
    MapButton => ("Map", "Carte"),
    /// The list view button.
    List => ("List", "Liste"),
    /// The group of language buttons.
    Language => ("Language", "Langue"),
    /// Copy link button.
    CopyLink => ("Copy link", "Copier le lien"),
    /// After copying the link.
    LinkCopied => ("Link copied", "Lien copié"),
    /// After copying the embed code.
    CodeCopied => ("Code copied", "Code copié"),
    /// The filters heading.
    Filters => ("Legend and filters", "Légende et filtres"),
    /// The organisation type filters.
    OrgTypes => ("Organisation types, by shape", "Types d’organisation, par forme"),
    /// The topic category filters.
    Categories => ("Topic categories, by colour", "Catégories de thèmes, par couleur"),
    /// Clear filters button.
    ClearFilters => ("Clear filters", "Effacer les filtres"),
    /// The legend.
    LegendNote => (
        "Colour is a topic’s category: topics are coloured circles. Shape is an organisation’s type: organisations are grey shapes. Size grows with the number of links.",
        "La couleur donne la catégorie d’un thème\u{A0}: les thèmes sont des cercles colorés. La forme donne le type d’une organisation\u{A0}: les organisations sont des formes grises. La taille croît avec le nombre de liens."
    ),
    /// The panel of an unknown id.
    NotFound => ("Not found in this dataset", "Introuvable dans ce jeu de données"),
    /// The breadcrumb's name.
    Breadcrumb => ("Breadcrumb", "Fil d’Ariane"),
    /// The breadcrumb's root.
    AllMap => ("Whole map", "Toute la carte"),
    /// Back button.
    Back => ("Back", "Retour"),
    /// Close button.
    Close => ("Close", "Fermer"),
    /// A part of the app fetched on first use could not be fetched.
    LoadFailed => (
        "This part of the map could not be loaded. Check your connection and try again.",
        "Cette partie de la carte n’a pas pu être chargée. Vérifiez votre connexion et réessayez."
    ),
    /// An organisation's website.
    Website => ("Website", "Site web"),
    /// An organisation's address.
    Address => ("Address", "Adresse"),
    /// The heading of an organisation's topics.
    WorksOn => ("Works on", "Thèmes traités"),
    /// The heading of a topic's organisations.
    WhoWorksOnIt => ("Who works on it", "Organisations concernées"),
    /// The list's name column.
    ColName => ("Name", "Nom"),
    /// The list's acronym column.
    ColAcronym => ("Acronym", "Sigle"),
    /// The list's topics column.
    ColTopics => ("Topics", "Thèmes"),
    /// The list's type column.
    ColType => ("Type", "Type"),
    /// No rows.
    NoResults => ("No organisation matches the search and filters.", "Aucune organisation ne correspond à la recherche et aux filtres."),
    /// The embed button.
    Embed => ("Embed", "Intégrer"),
    /// The embed dialog's title.
    EmbedTitle => ("Embed this map", "Intégrer cette carte"),
    /// The embed dialog's explanation.
    EmbedHelp => (
        "Paste this code into your page. It shows the current view: selection, filters, language and camera.",
        "Collez ce code dans votre page. Il affiche la vue actuelle\u{A0}: sélection, filtres, langue et cadrage."
    ),
    /// Width choice.
    Width => ("Width", "Largeur"),
    /// Height choice.
    Height => ("Height", "Hauteur"),
    /// The snippet's label.
    EmbedCode => ("Code to embed", "Code à intégrer"),
    /// Copy the snippet.
    CopyCode => ("Copy code", "Copier le code"),
    /// The live preview's label.
    Preview => ("Preview", "Aperçu"),
    /// The link from an embedded map to the full app.
    OpenFullMap => ("Open full map", "Ouvrir la carte complète"),
    /// The hint over an embedded map whose wheel is not yet active.
    WheelHint => ("Click the map to zoom with the wheel", "Cliquez sur la carte pour zoomer avec la molette"),
    /// Export menu.
    Export => ("Export", "Exporter"),
    /// Export the map as PNG.
    ExportPng => ("PNG image", "Image PNG"),
    /// Export the map as SVG.
    ExportSvg => ("SVG vector image", "Image vectorielle (SVG)"),
    /// Before the data's date, in the footer and under an exported map.
    DataAsOf => ("Data as of", "Données au"),
    /// Before the dataset's version, after its date.
    Version => ("version", "version"),
    /// Before the day a link was last checked against its sources.
    Verified => ("verified", "vérifié le"),
    /// Export the list as CSV.
    ExportCsv => ("Download CSV", "Télécharger en CSV"),
    /// The peers of an organisation: those that work on its topics.
    SameTopics => ("Works on the same topics", "Organisations aux thèmes communs"),
    /// The peers of a topic: the topics its organisations work on.
    RelatedTopics => ("Related topics", "Thèmes liés"),
    /// Comparing two organisations: the topics both work on.
    BothWorkOn => ("Both work on", "Thèmes traités par les deux"),
    /// Comparing two topics: the organisations that work on both.
    WhoWorksOnBoth => ("Who works on both", "Organisations actives sur les deux thèmes"),
    /// Comparing two nodes: before the name of the one that alone links what follows.
    Only => ("Only", "Seulement"),
    /// Comparing two nodes that no path of four links joins.
    NoConnection => ("No connection within four steps.", "Aucun lien en quatre étapes au plus."),
    /// The button that starts a comparison with another node.
    CompareWith => ("Compare with…", "Comparer avec…"),
    /// A peer's link that compares it with the panel's node.
    Compare => ("Compare", "Comparer"),
    /// The accessible name of a peer's "Compare" link, before the peer's name.
    CompareWithNamed => ("Compare with", "Comparer avec"),
    /// Between the two names of a comparison's title: "A and B".
    And => ("and", "et"),
    /// Comparing two nodes that share nothing: the heading of the paths between them.
    HowConnected => ("How they are connected", "Comment ils sont reliés"),
    /// Comparing two nodes that share nothing: the heading of the links of the paths between them.
    LinksAndSources => ("Links and sources", "Liens et sources"),
    /// Between an organisation's and a topic's names: the link of a path's step ("WHO on Health data").
    On => ("on", "sur"),
    /// The button that lists every peer, before their number.
    ShowAll => ("Show all", "Afficher les"),
    /// The button that lists the first peers only again.
    ShowFewer => ("Show fewer", "Afficher moins"),
    /// The focus depth control's name: how much of the map around the node stands out.
    Highlight => ("Highlight on the map", "Mettre en évidence sur la carte"),
    /// Focus depth 1: the node and its linked nodes.
    DirectLinks => ("Direct links", "Liens directs"),
    /// Focus depth 2: their linked nodes too.
    TwoSteps => ("Two steps", "Deux étapes"),
    /// Footer: where the data comes from.
    FooterSource => (
        "Data: Geneva Data Map contributors, with a source behind every link.",
        "Données\u{A0}: contributeurs de la Carte des données de la Genève internationale, avec une source pour chaque lien."
    ),    /// The list view's link to the plain HTML edition (docs/edition.md).
    PlainEdition => ("Plain edition (no JavaScript, printable)", "Édition simple (sans JavaScript, imprimable)"),
}

/// The text of `key` in `lang`.
pub fn t(lang: Lang, key: Key) -> &'static str {
    let (en, fr) = key.pair();
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

/// "Data as of 2026-11-28, version 2026.12" for a dataset's `updated` date and `version` (dates
/// are shown as written, `YYYY-MM-DD`, as everywhere in the app); the date alone without a
/// version; nothing without a date.
///
/// ```
/// use datamap::i18n::{data_as_of, Lang};
/// assert_eq!(data_as_of(Lang::Fr, Some("2026-11-28"), Some("2026.12")).as_deref(), Some("Données au 2026-11-28, version 2026.12"));
/// assert_eq!(data_as_of(Lang::En, Some("2026-11-28"), None).as_deref(), Some("Data as of 2026-11-28"));
/// assert_eq!(data_as_of(Lang::En, None, Some("2026.12")), None);
/// ```
pub fn data_as_of(lang: Lang, updated: Option<&str>, version: Option<&str>) -> Option<String> {
    let mut text = String::from(t(lang, Key::DataAsOf));
    text.push(' ');
    text.push_str(updated?);
    if let Some(v) = version {
        text.push_str(", ");
        text.push_str(t(lang, Key::Version));
        text.push(' ');
        text.push_str(v);
    }
    Some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_has_both_languages() {
        for key in Key::ALL {
            let (en, fr) = key.pair();
            assert!(!en.trim().is_empty() && !fr.trim().is_empty(), "{key:?}");
        }
    }

    #[test]
    fn french_strings_keep_high_punctuation_on_its_line() {
        for key in Key::ALL {
            let fr = key.pair().1;
            for (k, c) in fr.char_indices().filter(|(_, c)| matches!(c, ':' | ';' | '!' | '?' | '»')) {
                assert!(!fr[..k].ends_with(' '), "{key:?}: a no-break space before {c} in French");
            }
            assert!(!fr.contains("« "), "{key:?}: a no-break space after « in French");
        }
    }

    #[test]
    fn french_strings_use_typographic_apostrophes() {
        for key in Key::ALL {
            assert!(!key.pair().1.contains('\''), "{key:?}: use ’ in French");
        }
    }
}
