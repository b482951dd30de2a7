//! The words of synthetic datasets, in English and French: categories and their subjects, topic
//! aspects and regions, organisation types, syllables of place names, kinds of sources; and the
//! small helpers that turn them into ids, names and acronyms.

use crate::model::{Id, LangMap, Localized};

use crate::rng::Rng;

/// A category: its id, names, colour, and the subjects its topics and organisations are about.
pub(super) struct CategoryWords {
    pub(super) id: &'static str,
    pub(super) en: &'static str,
    pub(super) fr: &'static str,
    pub(super) color: &'static str,
    /// Subjects: the English noun, and the French complement ("de la santé").
    pub(super) subjects: [(&'static str, &'static str); 6],
}

#[rustfmt::skip]
pub(super) const CATEGORIES: [CategoryWords; 8] = [
    CategoryWords { id: "governance", en: "Data governance", fr: "Gouvernance des données", color: "#2f6db5",
        subjects: [("Data protection", "de la protection des données"),
            ("Data sovereignty", "de la souveraineté des données"),
            ("Cross-border data flow", "des flux transfrontières de données"),
            ("Open government", "du gouvernement ouvert"), ("Data ethics", "de l'éthique des données"),
            ("Digital identity", "de l'identité numérique")] },
    CategoryWords { id: "statistics", en: "Official statistics", fr: "Statistique officielle", color: "#d9822b",
        subjects: [("Population", "de la population"), ("Labour", "du travail"), ("Census", "du recensement"),
            ("Household survey", "des enquêtes auprès des ménages"), ("Poverty", "de la pauvreté"),
            ("Education", "de l'éducation")] },
    CategoryWords { id: "health", en: "Health data", fr: "Données de santé", color: "#2e9e5b",
        subjects: [("Disease surveillance", "de la surveillance des maladies"), ("Vaccination", "de la vaccination"),
            ("Health workforce", "des personnels de santé"), ("Mental health", "de la santé mentale"),
            ("Clinical trial", "des essais cliniques"), ("Nutrition", "de la nutrition")] },
    CategoryWords { id: "humanitarian", en: "Humanitarian data", fr: "Données humanitaires", color: "#c23b3b",
        subjects: [("Displacement", "des déplacements"), ("Refugee", "des réfugiés"),
            ("Disaster risk", "des risques de catastrophe"), ("Food security", "de la sécurité alimentaire"),
            ("Needs assessment", "de l'évaluation des besoins"), ("Mine action", "de la lutte antimines")] },
    CategoryWords { id: "environment", en: "Environment and climate", fr: "Environnement et climat", color: "#6b8e23",
        subjects: [("Climate", "du climat"), ("Air quality", "de la qualité de l'air"),
            ("Biodiversity", "de la biodiversité"), ("Water", "de l'eau"), ("Emissions", "des émissions"),
            ("Weather", "de la météo")] },
    CategoryWords { id: "digital", en: "Digital infrastructure", fr: "Infrastructure numérique", color: "#7b4fb0",
        subjects: [("Internet", "d'Internet"), ("Cybersecurity", "de la cybersécurité"),
            ("Telecommunication", "des télécommunications"),
            ("Artificial intelligence", "de l'intelligence artificielle"),
            ("Cloud computing", "de l'informatique en nuage"), ("Radio spectrum", "du spectre radioélectrique")] },
    CategoryWords { id: "trade", en: "Trade and economy", fr: "Commerce et économie", color: "#8c6d46",
        subjects: [("Trade", "du commerce"), ("Tariff", "des tarifs douaniers"),
            ("Intellectual property", "de la propriété intellectuelle"), ("Investment", "de l'investissement"),
            ("Supply chain", "des chaînes d'approvisionnement"), ("Patent", "des brevets")] },
    CategoryWords { id: "rights", en: "Human rights and ethics", fr: "Droits humains et éthique", color: "#d35fa0",
        subjects: [("Human rights", "des droits humains"), ("Gender equality", "de l'égalité des genres"),
            ("Child protection", "de la protection de l'enfance"),
            ("Disability inclusion", "de l'inclusion du handicap"),
            ("Freedom of expression", "de la liberté d'expression"), ("Accountability", "de la redevabilité")] },
];

/// What a topic does with its subject: the English noun that follows it, the French one before.
#[rustfmt::skip]
pub(super) const ASPECTS: [(&str, &str); 12] = [
    ("statistics", "Statistiques"), ("standards", "Normes"), ("data sharing", "Partage des données"),
    ("indicators", "Indicateurs"), ("registries", "Registres"), ("open data", "Données ouvertes"),
    ("interoperability", "Interopérabilité"), ("privacy", "Confidentialité"),
    ("data quality", "Qualité des données"), ("capacity building", "Renforcement des capacités"),
    ("dashboards", "Tableaux de bord"), ("forecasting", "Prévisions"),
];

/// Where a topic applies, for topics beyond the subject and aspect combinations.
#[rustfmt::skip]
pub(super) const REGIONS: [(&str, &str); 9] = [
    (" in Africa", " en Afrique"), (" in Asia", " en Asie"), (" in Europe", " en Europe"),
    (" in the Americas", " dans les Amériques"), (" in the Pacific", " dans le Pacifique"),
    (" in the Arab States", " dans les États arabes"),
    (" in small island states", " dans les petits États insulaires"), (" in cities", " dans les villes"),
    (" in rural areas", " en zone rurale"),
];

/// An organisation type: its id, names, colour, how common it is, and how its summaries begin.
pub(super) struct TypeWords {
    pub(super) id: &'static str,
    pub(super) en: &'static str,
    pub(super) fr: &'static str,
    pub(super) color: &'static str,
    /// Share of organisations of this type, in percent.
    pub(super) share: usize,
    /// The summary's opening words.
    pub(super) what: (&'static str, &'static str),
}

/// The 8 organisation types; their shares add up to 100.
#[rustfmt::skip]
pub(super) const ORG_TYPES: [TypeWords; 8] = [
    TypeWords { id: "un", en: "UN system", fr: "Système des Nations unies", color: "#1f77b4", share: 8,
        what: ("A United Nations entity", "Une entité des Nations unies") },
    TypeWords { id: "io", en: "International organisation", fr: "Organisation internationale", color: "#17becf",
        share: 8, what: ("An international organisation", "Une organisation internationale") },
    TypeWords { id: "humanitarian", en: "Humanitarian organisation", fr: "Organisation humanitaire",
        color: "#d62728", share: 12, what: ("A humanitarian organisation", "Une organisation humanitaire") },
    TypeWords { id: "standards", en: "Standards body", fr: "Organisme de normalisation", color: "#9467bd",
        share: 6, what: ("A standards body", "Un organisme de normalisation") },
    TypeWords { id: "academia", en: "Academia and research", fr: "Recherche et université", color: "#2ca02c",
        share: 16, what: ("A research institute", "Un institut de recherche") },
    TypeWords { id: "ngo", en: "Non-governmental organisation", fr: "Organisation non gouvernementale",
        color: "#ff7f0e", share: 28,
        what: ("A non-governmental organisation", "Une organisation non gouvernementale") },
    TypeWords { id: "mission", en: "Permanent mission", fr: "Mission permanente", color: "#8c564b", share: 14,
        what: ("A diplomatic mission", "Une mission diplomatique") },
    TypeWords { id: "private", en: "Private sector", fr: "Secteur privé", color: "#7f7f7f", share: 8,
        what: ("A private company", "Une entreprise privée") },
];

/// The syllables of made-up place names.
#[rustfmt::skip]
const SYLLABLES: [&str; 24] = [
    "va", "lo", "ri", "ka", "ten", "mar", "so", "bel", "dun", "ae", "zi", "nor", "ta", "vel", "ro", "mi", "sa", "dor",
    "len", "qui", "ba", "thu", "ne", "col",
];

/// Appended to about one name in twenty, to make it longer than 80 characters.
pub(super) const LONG_TAIL: (&str, &str) = (
    " for Sustainable Development, Research and International Cooperation",
    " pour le développement durable, la recherche et la coopération internationale",
);

/// The kinds of document a link's source can be, in English and French.
#[rustfmt::skip]
pub(super) const SOURCE_KINDS: [(&str, &str); 4] = [
    ("Annual report", "Rapport annuel"), ("Data portal", "Portail de données"),
    ("Methodology note", "Note méthodologique"), ("Policy brief", "Note d'orientation"),
];

/// A text in English and French.
pub(super) fn both(en: impl Into<String>, fr: impl Into<String>) -> Localized {
    Localized::ByLang(LangMap::from([("en", en.into()), ("fr", fr.into())]))
}

/// An id, from anything string-like.
pub(super) fn id(s: impl Into<String>) -> Id {
    Id(s.into())
}

/// The id of organisation `o`: `org-000042`.
pub(super) fn org_id(o: usize) -> String {
    format!("org-{o:06}")
}

/// The id of topic `t`: `topic-0042`.
pub(super) fn topic_id(t: usize) -> String {
    format!("topic-{t:04}")
}

/// `s` with its first letter in lower case.
pub(super) fn lower_first(s: &str) -> String {
    let mut c = s.chars();
    c.next().map(|f| f.to_lowercase().chain(c).collect()).unwrap_or_default()
}

/// "Data protection" → "Data Protection", for names of organisations.
pub(super) fn title_case(s: &str) -> String {
    s.split(' ')
        .map(|w| {
            let mut c = w.chars();
            c.next().map(|f| f.to_uppercase().chain(c).collect::<String>()).unwrap_or_default()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The first letters of a name's significant words, or `None` when that makes fewer than two.
pub(super) fn acronym(name: &str) -> Option<String> {
    const MINOR: [&str; 22] = [
        "of", "for", "to", "the", "at", "and", "on", "in", "sa", "de", "des", "du", "la", "le", "les", "pour",
        "auprès", "à", "et", "en", "au", "aux",
    ];
    let letters: String = name
        .split([' ', '-', ','])
        .filter(|w| !w.is_empty() && !MINOR.contains(&w.to_lowercase().as_str()))
        .filter_map(|w| crate::text::fold(w.trim_start_matches("d'").trim_start_matches("l'")).chars().next())
        .filter(char::is_ascii_alphabetic)
        .map(|c| c.to_ascii_uppercase())
        .take(8)
        .collect();
    (letters.len() >= 2).then_some(letters)
}

/// A made-up place name of two or three syllables: "Velsado".
pub(super) fn place_name(rng: &mut Rng) -> String {
    let n = 2 + rng.below(2);
    title_case(&(0..n).map(|_| *rng.pick(&SYLLABLES)).collect::<String>())
}
