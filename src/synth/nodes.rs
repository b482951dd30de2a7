//! The nodes of synthetic datasets: the chosen categories, the topics named in each, and the
//! organisations with their types, names, acronyms and summaries.

use crate::model::{Organisation, Topic};

use super::words::{
    acronym, both, id, org_id, place_name, title_case, topic_id, CategoryWords, TypeWords, ASPECTS, CATEGORIES,
    LONG_TAIL, ORG_TYPES, REGIONS,
};
use crate::rng::Rng;

/// 5 to 8 of the 8 categories, in a seeded order.
pub(super) fn pick_categories(rng: &mut Rng) -> Vec<&'static CategoryWords> {
    let mut all: Vec<&CategoryWords> = CATEGORIES.iter().collect();
    rng.shuffle(&mut all);
    all.truncate(5 + rng.below(4));
    all
}

/// A topic's words, kept to write its links' summaries.
pub(super) struct TopicWords {
    pub(super) en: String,
    pub(super) fr: String,
}

/// `n` topics spread over `categories` (ids `topic-0000`, ...), each named from a subject, an
/// aspect and, past their combinations, a region; with the words of each name.
pub(super) fn make_topics(n: usize, categories: &[&CategoryWords], rng: &mut Rng) -> (Vec<Topic>, Vec<TopicWords>) {
    let mut order: Vec<usize> = (0..n).collect();
    rng.shuffle(&mut order);
    let mut topics = Vec::with_capacity(n);
    let mut words = Vec::with_capacity(n);
    for (t, slot) in order.into_iter().enumerate() {
        let cat = categories[slot % categories.len()];
        let k = slot / categories.len();
        let (subject, subject_fr) = cat.subjects[k % 6];
        let (aspect, aspect_fr) = ASPECTS[(k / 6) % ASPECTS.len()];
        let combo = k / (6 * ASPECTS.len());
        let (mut en, mut fr) = (format!("{subject} {aspect}"), format!("{aspect_fr} {subject_fr}"));
        if combo > 0 {
            let (re, rf) = REGIONS[(combo - 1) % REGIONS.len()];
            en.push_str(re);
            fr.push_str(rf);
            let round = (combo - 1) / REGIONS.len();
            if round > 0 {
                en.push_str(&format!(" ({})", round + 1));
                fr.push_str(&format!(" ({})", round + 1));
            }
        }
        topics.push(Topic {
            id: id(topic_id(t)),
            category: Some(id(cat.id)),
            name: both(en.clone(), fr.clone()),
            summary: Some(both(
                format!("{en}: how organisations in International Geneva collect, share and use these data."),
                format!(
                    "{fr} : comment les organisations de la Genève internationale collectent, partagent et {}",
                    "utilisent ces données."
                ),
            )),
        });
        words.push(TopicWords { en, fr });
    }
    (topics, words)
}

/// An organisation type, drawn with its share.
fn org_type(rng: &mut Rng) -> &'static TypeWords {
    let mut roll = rng.below(100);
    for t in &ORG_TYPES {
        if roll < t.share {
            return t;
        }
        roll -= t.share;
    }
    &ORG_TYPES[0]
}

/// `n` organisations (ids `org-000000`, ...) with a type, a bilingual name (about one in twenty
/// longer than 80 characters), often an acronym, a summary and a website.
pub(super) fn make_organisations(n: usize, rng: &mut Rng) -> Vec<Organisation> {
    (0..n)
        .map(|o| {
            let ty = org_type(rng);
            let cat = rng.pick(&CATEGORIES);
            let (subject, compl) = *rng.pick(&cat.subjects);
            let d = title_case(subject);
            let p = place_name(rng);
            let (mut en, mut fr) = match ty.id {
                "un" => (
                    format!("United Nations {d} Centre, {p} Office"),
                    format!("Centre des Nations unies {compl}, bureau de {p}"),
                ),
                "io" => (format!("{p} International {d} Union"), format!("Union internationale {compl} de {p}")),
                "humanitarian" => {
                    (format!("{p} Humanitarian {d} Network"), format!("Réseau humanitaire {compl} de {p}"))
                }
                "standards" => {
                    (format!("{p} {d} Standards Consortium"), format!("Consortium {p} de normalisation {compl}"))
                }
                "academia" => (format!("{p} Institute for {d} Studies"), format!("Institut {p} d'études {compl}")),
                "ngo" => (format!("{p} {d} Watch"), format!("Observatoire {p} {compl}")),
                "mission" => (
                    format!("Permanent Mission of {p} to the United Nations Office at Geneva"),
                    format!("Mission permanente de {p} auprès de l'Office des Nations unies à Genève"),
                ),
                _ => (format!("{p} {d} Analytics SA"), format!("{p} {d} Analytics SA")),
            };
            if rng.one_in(20) {
                en.push_str(LONG_TAIL.0);
                fr.push_str(LONG_TAIL.1);
            }
            let with_acronym = !matches!(ty.id, "mission" | "private") && rng.below(5) < 3;
            let acronym = match (with_acronym, acronym(&en), acronym(&fr)) {
                (true, Some(a), Some(b)) => Some(both(a, b)),
                _ => None,
            };
            let (what, what_fr) = ty.what;
            let summary = both(
                format!("{what} in Geneva, working on {}.", subject.to_lowercase()),
                format!("{what_fr} à Genève, qui travaille sur les questions {compl}."),
            );
            let oid = org_id(o);
            Organisation {
                website: Some(format!("https://{oid}.example.org")),
                id: id(oid),
                org_type: Some(id(ty.id)),
                name: both(en, fr),
                acronym,
                summary: Some(summary),
                address: None,
                location: None,
            }
        })
        .collect()
}
