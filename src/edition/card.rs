//! The link preview's picture (`public/preview.png`, a picture of the overview map drawn by the
//! app in a browser: `make preview-image`) and the key of what it shows. The key is a hash of all
//! that the overview draws (the title, the nodes' ids, names, acronyms, kinds and positions, the
//! links, the colours), not of summaries and sources: a test compares it with the key recorded
//! beside the picture (`public/preview.json`), so a dataset change that alters the picture fails
//! until the picture is drawn again.

use crate::model::{Dataset, Localized};

/// FNV-1a, 64 bits: a small hash that is the same on every machine and every build.
struct Fnv(u64);

impl Fnv {
    fn field(&mut self, s: &str) {
        for b in s.bytes().chain([0]) {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0100_0000_01b3);
        }
    }

    fn fields(&mut self, fields: &[&str]) {
        for f in fields {
            self.field(f);
        }
    }

    fn text(&mut self, t: Option<&Localized>) {
        self.field(t.map_or("", |t| t.get("en")));
    }
}

/// The key of what the overview map of `ds` shows, as 16 hexadecimal digits.
///
/// ```
/// let ds: datamap::model::Dataset = serde_json::from_str(
///     r#"{"version": 1, "topics": [], "organisations": [], "links": []}"#).unwrap();
/// assert_eq!(datamap::edition::card::picture_key(&ds).len(), 16);
/// ```
pub fn picture_key(ds: &Dataset) -> String {
    let mut h = Fnv(0xcbf2_9ce4_8422_2325);
    h.text(ds.meta.as_ref().and_then(|m| m.title.as_ref()));
    for c in ds.categories.iter().flatten() {
        h.fields(&[c.id.as_str(), c.color.as_deref().unwrap_or("")]);
    }
    for t in ds.org_types.iter().flatten() {
        h.fields(&[t.id.as_str(), t.color.as_deref().unwrap_or("")]);
    }
    for t in &ds.topics {
        h.fields(&[t.id.as_str(), t.category.as_ref().map_or("", |c| c.as_str())]);
        h.text(Some(&t.name));
    }
    for o in &ds.organisations {
        h.fields(&[o.id.as_str(), o.org_type.as_ref().map_or("", |c| c.as_str())]);
        h.text(Some(&o.name));
        h.text(o.acronym.as_ref());
    }
    for l in &ds.links {
        h.fields(&[l.org.as_str(), l.topic.as_str()]);
    }
    for (id, [x, y]) in &ds.positions {
        h.field(id);
        h.field(&format!("{x} {y}"));
    }
    format!("{:016x}", h.0)
}
