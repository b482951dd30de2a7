//! The edition's own words in English and French (the interface strings of the app live in
//! `crate::i18n`; these are the static pages' only).

/// A word or sentence of the edition.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum W {
    /// The edition's name, after the dataset's title.
    Edition,
    /// What the edition is, on its first page.
    About,
    /// The link to the other language's page.
    OtherLanguage,
    /// The first page's link to the page in its language.
    ReadIn,
    /// The skip link.
    Skip,
    /// The table of contents' heading.
    Contents,
    /// The organisations' heading.
    Organisations,
    /// The topics' heading.
    Topics,
    /// The tours' heading.
    Tours,
    /// The views' heading.
    Views,
    /// Before the dataset's version.
    Version,
    /// Before the dataset's date.
    Updated,
    /// Before the dataset's licence.
    License,
    /// The link to the interactive map.
    OpenMap,
    /// An organisation's or topic's link into the map.
    ShowOnMap,
    /// A view's or tour's link into the map.
    OpenInMap,
    /// An organisation's website.
    Website,
    /// Before an organisation's address.
    Address,
    /// The heading of an organisation's topics.
    WorksOn,
    /// The heading of a topic's organisations.
    WhoWorksOn,
    /// Before the list of a link's or step's sources.
    Sources,
    /// Before the day a link was last verified.
    Verified,
    /// Before a topic's category.
    Category,
    /// Before an organisation's type.
    Type,
    /// A tour's step, before its number.
    Step,
    /// Back to the table of contents.
    BackToContents,
    /// The footer's note on where the page comes from.
    Generated,
}

impl W {
    /// The English and French texts.
    pub fn pair(self) -> (&'static str, &'static str) {
        match self {
            W::Edition => ("plain edition", "édition simple"),
            W::About => (
                "Every organisation, topic and link of the map with its summary and sources, on one page that needs no JavaScript, for reading, searching and printing.",
                "Chaque organisation, chaque thème et chaque lien de la carte avec son résumé et ses sources, sur une page qui se passe de JavaScript, à lire, à parcourir et à imprimer.",
            ),
            W::OtherLanguage => ("Français", "English"),
            W::ReadIn => ("Read the English edition", "Lire l’édition en français"),
            W::Skip => ("Skip to the contents", "Aller au contenu"),
            W::Contents => ("Contents", "Sommaire"),
            W::Organisations => ("Organisations", "Organisations"),
            W::Topics => ("Topics", "Thèmes"),
            W::Tours => ("Guided tours", "Visites guidées"),
            W::Views => ("Views", "Vues"),
            W::Version => ("Version", "Version"),
            W::Updated => ("updated", "mise à jour du"),
            W::License => ("licence", "licence"),
            W::OpenMap => ("Open the interactive map", "Ouvrir la carte interactive"),
            W::ShowOnMap => ("Show on the map", "Voir sur la carte"),
            W::OpenInMap => ("Open in the map", "Ouvrir dans la carte"),
            W::Website => ("Website:", "Site web\u{A0}:"),
            W::Address => ("Address:", "Adresse\u{A0}:"),
            W::WorksOn => ("Works on", "Travaille sur"),
            W::WhoWorksOn => ("Who works on it", "Qui y travaille"),
            W::Sources => ("Sources:", "Sources\u{A0}:"),
            W::Verified => ("Verified on", "Vérifié le"),
            W::Category => ("Category:", "Catégorie\u{A0}:"),
            W::Type => ("Type:", "Type\u{A0}:"),
            W::Step => ("Step", "Étape"),
            W::BackToContents => ("Back to the contents", "Retour au sommaire"),
            W::Generated => (
                "Generated from the dataset of the Geneva Data Map; the interactive map shows the same facts.",
                "Produite à partir du jeu de données de la carte\u{A0}; la carte interactive montre les mêmes faits.",
            ),
        }
    }

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
