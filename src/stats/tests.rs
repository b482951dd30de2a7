//! Tests of [`super`].

use super::*;

#[test]
fn a_url_cited_by_several_links_counts_once() {
    let ds: Dataset = serde_json::from_str(
        r#"{"version": 1, "topics": [], "organisations": [], "links": [
            {"org": "a", "topic": "t", "sources": [{"url": "https://x.org"}, {"url": "https://y.org"}]},
            {"org": "b", "topic": "t", "sources": [{"url": "https://x.org"}]},
            {"org": "c", "topic": "t", "sources": [{"url": "https://X.org"}, {"url": "https://x.org"}]},
            {"org": "d", "topic": "t"}
        ]}"#,
    )
    .expect("parse");
    let c = Counts::of(&ds);
    assert_eq!((c.links, c.links_with_two_sources, c.distinct_sources), (4, 2, 3));
}
