//! Counts that describe a dataset, for the header, the checker and the tests.

use std::collections::BTreeSet;

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
    /// Distinct source URLs.
    pub distinct_sources: usize,
}

impl Counts {
    /// Counts what `ds` holds.
    pub fn of(ds: &Dataset) -> Self {
        let urls: BTreeSet<&str> = ds.links.iter().flat_map(|l| l.sources.iter().map(|s| s.url.as_str())).collect();
        Counts {
            organisations: ds.organisations.len(),
            topics: ds.topics.len(),
            categories: ds.categories.as_ref().map_or(0, Vec::len),
            links: ds.links.len(),
            links_with_two_sources: ds.links.iter().filter(|l| l.sources.len() >= 2).count(),
            distinct_sources: urls.len(),
        }
    }
}
