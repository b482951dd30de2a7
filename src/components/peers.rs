//! The peers of the panel's node: "Works on the same topics" (the organisations that work on its
//! topics) or "Related topics" (the topics its organisations work on), ranked by how much they
//! share, each as a sentence whose names are links, with a "Compare" link; the first
//! [`SHOWN`], then all on demand. Nothing when the node has no peers. Nodes hidden by the filters
//! are left out.

use std::sync::Arc;

use leptos::prelude::*;
use web_sys::MouseEvent;

use crate::answers::sentences::{peer_line, peers_title, plain_text};
use crate::answers::{node_name, number, peers, Peer};
use crate::components::answer_graph::{answer_graph, hidden_flags, LazyGraph};
use crate::components::node_link::is_plain_click;
use crate::components::sentence::sentence;
use crate::components::state::{use_app, AppState};
use crate::graph::NodeKind;
use crate::i18n::{t, Key, Lang};
use crate::load::Loaded;
use crate::url::{Compare, Selection};

/// How many peers are listed before "Show all".
pub const SHOWN: usize = 10;
/// How many shared neighbours a peer's line names before "and N more".
pub const NAMED: usize = 3;

/// The peers section of the node `selection`.
#[component]
pub fn Peers(
    /// The dataset.
    loaded: Arc<Loaded>,
    /// The panel's node.
    selection: Selection,
) -> impl IntoView {
    let app = use_app();
    let graph = answer_graph(&loaded);
    let subject = selection.id().to_owned();
    let kind = match selection {
        Selection::Org(_) => NodeKind::Org,
        Selection::Topic(_) => NodeKind::Topic,
    };
    // The panel is made anew in another language: the language is read once.
    let lang = app.lang.get_untracked();
    // Ranked in a task after the panel is shown: a hub of a large dataset has thousands of
    // neighbours to go through, which would make the panel's own task long.
    let due = RwSignal::new(false);
    crate::web::timing::after_paint(move || {
        let _ = due.try_set(true);
    });
    let found = {
        let (loaded, graph, subject) = (loaded.clone(), graph.clone(), subject.clone());
        Memo::new(move |_| {
            if !due.get() {
                return Vec::new();
            }
            let g = graph.get();
            let hidden = hidden_flags(g, &app.filters().hidden_ids(&loaded.dataset));
            peers(&loaded.dataset, g, &subject, lang.code(), &hidden, NAMED)
        })
    };
    let all = RwSignal::new(false);
    move || {
        let n = found.with(Vec::len);
        (n > 0).then(|| {
            let (loaded, graph, subject) = (loaded.clone(), graph.clone(), subject.clone());
            let lines = move || {
                let shown = if all.get() { n } else { SHOWN };
                found.with(|list| {
                    list.iter().take(shown).map(|p| line(app, &loaded, &graph, &subject, p, lang)).collect::<Vec<_>>()
                })
            };
            view! {
                <section class="peers" aria-labelledby="peers-title">
                    <h3 id="peers-title">{plain_text(&peers_title(kind, lang))}</h3>
                    <ol class="peer-list">{lines}</ol>
                    {(n > SHOWN).then(|| show_all(all, n, lang))}
                </section>
            }
            .into_any()
        })
    }
}

/// One peer: its sentence ("WIPO — 3 shared topics: A, B and C"), then a "Compare" link to the
/// comparison of the subject with it.
fn line(app: AppState, loaded: &Loaded, graph: &LazyGraph, subject: &str, peer: &Peer, lang: Lang) -> AnyView {
    let (ds, g) = (&loaded.dataset, graph.get());
    let name = g.node_by_id(&peer.id).map(|i| node_name(ds, g, i, lang.code())).unwrap_or_default();
    let compare = Compare::new(subject, peer.id.as_str());
    let href = compare.hash();
    let on_click = move |ev: MouseEvent| {
        if is_plain_click(&ev) {
            ev.prevent_default();
            if let Some(b) = compare.b.as_deref() {
                app.open_compare(&compare.a, b);
            }
        }
    };
    view! {
        <li>
            <span class="peer-line">{sentence(peer_line(ds, g, peer, lang, NAMED))}</span>
            " "
            <a class="compare-link" href=href aria-label=format!("{} {name}", t(lang, Key::CompareWithNamed))
                on:click=on_click>{t(lang, Key::Compare)}</a>
        </li>
    }
    .into_any()
}

/// "Show all N" (and "Show fewer" once all are shown), for a list cut at its first few.
pub(crate) fn show_all(all: RwSignal<bool>, n: usize, lang: Lang) -> AnyView {
    let label = move || {
        if all.get() {
            t(lang, Key::ShowFewer).to_owned()
        } else {
            format!("{} {}", t(lang, Key::ShowAll), number(n, lang))
        }
    };
    view! {
        <button type="button" class="show-all" aria-expanded=move || all.get().to_string()
            on:click=move |_| all.update(|a| *a = !*a)>{label}</button>
    }
    .into_any()
}
