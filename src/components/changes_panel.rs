//! "Show changes": what a previewed file changes from the published map. How many organisations
//! and topics, and links, were added, removed and changed; then the nodes added (the map outlines
//! them), and the nodes and links removed, each by name and id. Each list shows its first
//! [`SHOWN`] entries, then how many more.

use leptos::prelude::*;

use crate::i18n::{changed_counts, count, tp, Counted, Lang, PreviewKey};
use crate::load::Loaded;
use crate::preview::{node_name, Changes};

/// How many entries each list shows.
pub const SHOWN: usize = 50;

/// The changes `c` from the `published` dataset to the one `shown`, in `lang`.
pub fn changes_panel(c: &Changes, published: &Loaded, shown: &Loaded, lang: Lang) -> impl IntoView {
    let name = |ds: &Loaded, id: &str| node_name(&ds.dataset, id, lang.code()).unwrap_or(id).to_owned();
    // Names are looked up for the entries shown only.
    let added = c.added_nodes.iter().take(SHOWN).map(|id| (name(shown, id), id.clone())).collect();
    let removed = c.removed_nodes.iter().take(SHOWN).map(|id| (name(published, id), id.clone())).collect();
    let removed_links = c
        .removed_links
        .iter()
        .take(SHOWN)
        .map(|(org, topic)| (name(published, org) + " – " + &name(published, topic), org.clone() + "/" + topic));
    let list = |key, entries: Vec<(String, String)>, total: usize| {
        let more = (total > SHOWN).then(|| "+".to_owned() + &count(total - SHOWN, Counted::More, lang));
        let items: Vec<_> =
            entries.into_iter().map(|(name, id)| view! { <li>{name} " (" <code>{id}</code> ")"</li> }).collect();
        (!items.is_empty())
            .then(|| view! { <h3>{tp(lang, key)}</h3> <ul>{items}</ul> {more.map(|m| view! { <p>{m}</p> })} })
    };
    let nodes = [c.added_nodes.len(), c.removed_nodes.len(), c.changed_nodes.len()];
    let links = [c.added_links.len(), c.removed_links.len(), c.changed_links.len()];
    view! {
        <section class="changes" aria-labelledby="changes-title">
            <h2 id="changes-title">{tp(lang, PreviewKey::ChangesTitle)}</h2>
            <p>{tp(lang, PreviewKey::NodesCounted)} " " {changed_counts(nodes, lang)}</p>
            <p>{tp(lang, PreviewKey::LinksCounted)} " " {changed_counts(links, lang)}</p>
            {list(PreviewKey::AddedNodes, added, c.added_nodes.len())}
            {list(PreviewKey::RemovedNodes, removed, c.removed_nodes.len())}
            {list(PreviewKey::RemovedLinks, removed_links.collect(), c.removed_links.len())}
        </section>
    }
}
