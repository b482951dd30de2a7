//! Counts that describe a dataset, for the header, the checker and the tests.

use rustc_hash::FxHashSet;

use crate::model::Dataset;

/// How much a dataset holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, serde::Serialize)]
pub struct Counts {
    /// Organisations.
    pub organisations: usize,
    /// Topics.
    pub topics: usize,
    /// Topic categories.
    pub categories: usize,
    /// Links between organisations and topics.
    pub links: usize,
    /// Links with two or more sources.
    pub links_with_two_sources: usize,
    /// Links with a `verified` date.
    pub links_verified: usize,
    /// Distinct source URLs.
    pub distinct_sources: usize,
    /// Curated views.
    pub views: usize,
    /// Guided tours.
    pub tours: usize,
}

impl Counts {
    /// Counts what `ds` holds.
    pub fn of(ds: &Dataset) -> Self {
        // A hash set, not a sorted one: only the number of distinct URLs is wanted.
        let sources = ds.links.iter().map(|l| l.sources.len()).sum();
        let mut urls: FxHashSet<&str> = FxHashSet::with_capacity_and_hasher(sources, Default::default());
        for l in &ds.links {
            for s in &l.sources {
                urls.insert(s.url.as_str());
            }
        }
        Counts {
            organisations: ds.organisations.len(),
            topics: ds.topics.len(),
            categories: ds.categories.as_ref().map_or(0, Vec::len),
            links: ds.links.len(),
            links_with_two_sources: ds.links.iter().filter(|l| l.sources.len() >= 2).count(),
            links_verified: ds.links.iter().filter(|l| l.verified.is_some()).count(),
            distinct_sources: urls.len(),
            views: ds.views.as_ref().map_or(0, Vec::len),
            tours: ds.tours.as_ref().map_or(0, Vec::len),
        }
    }
}

#[cfg(test)]
mod tests;
