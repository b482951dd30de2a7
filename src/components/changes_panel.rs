//! "Show changes": what a previewed file changes from the published map, in the header. How many
//! organisations and topics, and links, were added, removed and changed; then the nodes added (the
//! map outlines them), and the nodes and links removed, each by name and id. Each list shows its
//! first [`SHOWN`] entries, then how many more. Built by hand ([`crate::web::elements`]), as the
//! rest of the preview's note.

use web_sys::Node;

use crate::i18n::{changed_counts, count, tp, Counted, Lang, PreviewKey};
use crate::load::Loaded;
use crate::preview::{node_name, Changes};
use crate::web::elements::{attr, el, el_text, text};

/// How many entries each list shows.
pub const SHOWN: usize = 50;

/// Draws the changes `c` from the `published` dataset to the one `shown` at the end of `host`,
/// in `lang`.
pub fn draw_changes(host: &Node, c: &Changes, published: &Loaded, shown: &Loaded, lang: Lang) {
    let Some(section) = el(host, "section", "changes") else { return };
    attr(&section, "aria-labelledby", "changes-title");
    if let Some(h) = el_text(&section, "h2", "", tp(lang, PreviewKey::ChangesTitle)) {
        attr(&h, "id", "changes-title");
    }
    let counts = [
        (PreviewKey::NodesCounted, [c.added_nodes.len(), c.removed_nodes.len(), c.changed_nodes.len()]),
        (PreviewKey::LinksCounted, [c.added_links.len(), c.removed_links.len(), c.changed_links.len()]),
    ];
    for (label, n) in counts {
        el_text(&section, "p", "", &(tp(lang, label).to_owned() + " " + &changed_counts(n, lang)));
    }
    let name = |ds: &Loaded, id: &str| node_name(&ds.dataset, id, lang.code()).unwrap_or(id).to_owned();
    // Names are looked up for the entries shown only.
    let added = c.added_nodes.iter().take(SHOWN).map(|id| (name(shown, id), id.clone())).collect();
    let removed = c.removed_nodes.iter().take(SHOWN).map(|id| (name(published, id), id.clone())).collect();
    let removed_links = c
        .removed_links
        .iter()
        .take(SHOWN)
        .map(|(org, topic)| (name(published, org) + " – " + &name(published, topic), org.clone() + "/" + topic));
    let lists = [
        (PreviewKey::AddedNodes, added, c.added_nodes.len()),
        (PreviewKey::RemovedNodes, removed, c.removed_nodes.len()),
        (PreviewKey::RemovedLinks, removed_links.collect(), c.removed_links.len()),
    ];
    for (key, entries, total) in lists {
        draw_list(&section, tp(lang, key), entries, total, lang);
    }
}

/// A list headed `heading` of `entries` (the first [`SHOWN`] of `total`), each "name (id)", then
/// "+N more"; nothing when it is empty.
fn draw_list(section: &Node, heading: &str, entries: Vec<(String, String)>, total: usize, lang: Lang) {
    if entries.is_empty() {
        return;
    }
    el_text(section, "h3", "", heading);
    let Some(list) = el(section, "ul", "") else { return };
    let more = total.saturating_sub(SHOWN);
    for (name, id) in entries {
        let Some(item) = el(&list, "li", "") else { continue };
        text(&item, &(name + " ("));
        el_text(&item, "code", "", &id);
        text(&item, ")");
    }
    if more > 0 {
        el_text(section, "p", "", &("+".to_owned() + &count(more, Counted::More, lang)));
    }
}
