//! Search over a dataset's organisations and topics: case- and accent-insensitive, over names and
//! acronyms in every language, ranked in tiers (exact, prefix, word prefix, substring, typo).
//!
//! [`SearchIndex::new`] folds and splits every name once; [`SearchIndex::search`] then only
//! compares the query against those prepared texts, so it stays fast as the user types.
//! Ranking is a total order, so the same query always gives the same hits in the same order.

use std::cmp::Ordering;

use crate::model::Dataset;
use crate::suggest::distance;

mod fields;

pub use fields::normalize;
use fields::{add_fields, char_mask, Field};

/// What a hit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum HitKind {
    /// A data topic.
    Topic,
    /// An organisation.
    Org,
}

/// How well a hit matched, best first.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Tier {
    /// The query is a whole name or acronym.
    Exact,
    /// The query starts a name or acronym.
    Prefix,
    /// The query starts a word inside a name.
    WordPrefix,
    /// The query appears anywhere in a name or acronym.
    Substring,
    /// The query is a name, acronym or word with a typo or two.
    Fuzzy,
}

/// One search result.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Whether it is a topic or an organisation.
    pub kind: HitKind,
    /// Its position in `ds.topics` or `ds.organisations`, according to `kind`.
    pub index: usize,
    /// Its id.
    pub id: String,
    /// How well it matched.
    pub tier: Tier,
    /// The name or acronym that matched, as written in the dataset (for a query matched word by
    /// word, the one where its weakest word matched).
    pub matched: String,
}

/// A prebuilt index (folded texts), built once per dataset, queried many times as the user types.
///
/// ```
/// use datamap::search::{SearchIndex, Tier};
/// let ds: datamap::model::Dataset = serde_json::from_str(r#"{"version": 1, "topics": [], "links": [],
///     "organisations": [{"id": "who", "name": {"en": "World Health Organization",
///     "fr": "Organisation mondiale de la Santé"}, "acronym": {"en": "WHO", "fr": "OMS"}}]}"#).unwrap();
/// let index = SearchIndex::new(&ds);
/// let hits = index.search("oms", "fr", 10);
/// assert_eq!((hits[0].id.as_str(), hits[0].tier, hits[0].matched.as_str()), ("who", Tier::Exact, "OMS"));
/// assert_eq!(index.matching_ids("santé"), vec!["who"]);
/// ```
#[derive(Debug, Clone, Default)]
pub struct SearchIndex {
    entries: Vec<Entry>,
}

/// A topic or organisation with its searchable texts.
#[derive(Debug, Clone)]
struct Entry {
    kind: HitKind,
    index: usize,
    id: String,
    fields: Vec<Field>,
}

/// One query text (the whole query, or one of its words), prepared for matching.
#[derive(Debug)]
struct Part {
    text: String,
    chars: usize,
    mask: u64,
    /// The edit distance tolerated for typos.
    max_typos: usize,
}

/// The rank of a match inside one entry; lower is better.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Rank {
    tier: Tier,
    /// Names come after acronyms.
    name: bool,
    /// Texts in another language come after the current language.
    other_lang: bool,
    /// Shorter texts first.
    chars: usize,
    /// The field's position in its entry, so the order is total.
    field: usize,
}

impl SearchIndex {
    /// Prepares the names and acronyms of every topic and organisation of `ds`.
    pub fn new(ds: &Dataset) -> SearchIndex {
        let topics = ds.topics.iter().enumerate().map(|(index, t)| {
            let mut fields = Vec::new();
            add_fields(&mut fields, &t.name, false);
            Entry { kind: HitKind::Topic, index, id: t.id.0.clone(), fields }
        });
        let orgs = ds.organisations.iter().enumerate().map(|(index, o)| {
            let mut fields = Vec::new();
            add_fields(&mut fields, &o.name, false);
            if let Some(acronym) = &o.acronym {
                add_fields(&mut fields, acronym, true);
            }
            Entry { kind: HitKind::Org, index, id: o.id.0.clone(), fields }
        });
        SearchIndex { entries: topics.chain(orgs).collect() }
    }

    /// Ranked hits for `query` in language `lang` ("en"/"fr"), at most `limit`.
    ///
    /// Best first: by [`Tier`], then acronyms before names, texts in `lang` before the other
    /// language, shorter texts first, and finally by id.
    pub fn search(&self, query: &str, lang: &str, limit: usize) -> Vec<Hit> {
        if limit == 0 {
            return Vec::new();
        }
        let mut found = self.ranked(query, lang);
        // `hit_order` tells every two hits apart: sorting all of them, then keeping the first
        // `limit`, gives what selecting first would.
        crate::sort::sort_by(&mut found, hit_order);
        found.truncate(limit);
        found
            .into_iter()
            .map(|(rank, entry)| Hit {
                kind: entry.kind,
                index: entry.index,
                id: entry.id.clone(),
                tier: rank.tier,
                matched: entry.fields[rank.field].text.clone(),
            })
            .collect()
    }

    /// Ids of every node matching `query` (for highlighting on the map), sorted.
    pub fn matching_ids(&self, query: &str) -> Vec<String> {
        let mut ids: Vec<String> = self.ranked(query, "").into_iter().map(|(_, e)| e.id.clone()).collect();
        crate::sort::sort(&mut ids);
        ids.dedup();
        ids
    }

    /// Every matching entry with its best rank, unsorted.
    fn ranked(&self, query: &str, lang: &str) -> Vec<(Rank, &Entry)> {
        let phrase = Part::new(normalize(query));
        if phrase.text.is_empty() {
            return Vec::new();
        }
        let words: Vec<Part> = if phrase.text.contains(' ') {
            phrase.text.split(' ').map(|w| Part::new(w.to_owned())).collect()
        } else {
            Vec::new()
        };
        self.entries.iter().filter_map(|entry| entry_rank(entry, &phrase, &words, lang).map(|r| (r, entry))).collect()
    }
}

/// The order of hits: by rank (without the field's position), then id, kind and index.
fn hit_order((a, x): &(Rank, &Entry), (b, y): &(Rank, &Entry)) -> Ordering {
    (a.tier, a.name, a.other_lang, a.chars)
        .cmp(&(b.tier, b.name, b.other_lang, b.chars))
        .then_with(|| (x.id.as_str(), x.kind, x.index).cmp(&(y.id.as_str(), y.kind, y.index)))
}

/// The best rank of `entry` for the whole query, or for all its words taken one by one
/// (then the weakest word counts).
fn entry_rank(entry: &Entry, phrase: &Part, words: &[Part], lang: &str) -> Option<Rank> {
    let best = |part: &Part| entry.fields.iter().enumerate().filter_map(|(i, f)| field_rank(part, f, i, lang)).min();
    let whole = best(phrase);
    if whole.is_some_and(|r| r.tier == Tier::Exact) || words.is_empty() {
        return whole;
    }
    let mut weakest: Option<Rank> = None;
    for word in words {
        let rank = best(word)?;
        weakest = weakest.max(Some(rank));
    }
    match (whole, weakest) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

/// How `part` matches `field` (the field at position `position` of its entry), if it does.
fn field_rank(part: &Part, field: &Field, position: usize, lang: &str) -> Option<Rank> {
    let tier = tier(part, field)?;
    let current = field.plain || field.langs.iter().any(|l| l == lang);
    Some(Rank { tier, name: !field.acronym, other_lang: !current, chars: field.chars, field: position })
}

/// The tier at which `part` matches `field`, if it does.
fn tier(part: &Part, field: &Field) -> Option<Tier> {
    let (q, norm) = (part.text.as_str(), field.norm.as_str());
    if norm == q {
        Some(Tier::Exact)
    } else if norm.starts_with(q) {
        Some(Tier::Prefix)
    } else if field.words.iter().skip(1).any(|w| norm[w.start..].starts_with(q)) {
        Some(Tier::WordPrefix)
    } else if norm.contains(q) {
        Some(Tier::Substring)
    } else if part.max_typos > 0
        && (part.is_close(norm, field.chars, field.mask)
            || field.words.len() > 1
                && field.words.iter().any(|w| part.is_close(&norm[w.start..w.end], w.chars, w.mask)))
    {
        Some(Tier::Fuzzy)
    } else {
        None
    }
}

impl Part {
    fn new(text: String) -> Part {
        let chars = text.chars().count();
        let max_typos = match chars {
            0..=3 => 0,
            4..=7 => 1,
            _ => 2,
        };
        Part { mask: char_mask(&text), text, chars, max_typos }
    }

    /// Whether `candidate` is within the tolerated edit distance, after cheap checks on the
    /// lengths and on the sets of characters used (each edit adds or removes at most one).
    fn is_close(&self, candidate: &str, chars: usize, mask: u64) -> bool {
        let d = self.max_typos;
        self.chars.abs_diff(chars) <= d
            && (self.mask & !mask).count_ones() as usize <= d
            && (mask & !self.mask).count_ones() as usize <= d
            && distance(&self.text, candidate) <= d
    }
}

#[cfg(test)]
mod tests;
