//! The list view: an accessible, sortable `<table>` of organisations with their topics, filtered
//! by the same search and filters as the map; each name opens the same detail panel; a link to
//! the plain edition of the bundled dataset (`edition/en.html`, `docs/edition.md`). Marks
//! `datamap:ready` when the table is first filled (see `docs/performance-marks.md`).

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::node_link::NodeLink;
use crate::components::state::{use_app, AppState};
use crate::components::text::tr;
use crate::explore::{rows, search_scope, Row, SortKey};
use crate::i18n::{count, Counted, Key};
use crate::load::Loaded;
use crate::url::Selection;
use crate::web::perf;

/// The table of organisations.
#[component]
pub fn ListView(
    /// The dataset.
    loaded: Arc<Loaded>,
    /// Ids hidden by the filters.
    hidden: Memo<Vec<String>>,
    /// Ids matching the search, when a search is active.
    matches: Memo<Option<Vec<String>>>,
) -> impl IntoView {
    let app = use_app();
    let sort = RwSignal::new((SortKey::Name, false));
    let ds = loaded.clone();
    let table = Memo::new(move |_| {
        let _ = hidden.get();
        let (key, desc) = sort.get();
        let lang = app.lang.get();
        // An organisation matches when its name matches or a topic it works on does.
        let only = matches.get().map(|ids| search_scope(&ds.dataset, &ids));
        rows(&ds.dataset, lang.code(), &app.filters(), only.as_deref(), key, desc)
    });
    let ready_ds = loaded.clone();
    crate::components::effect(move |_| {
        if !table.get().is_empty()
            || ready_ds.dataset.organisations.is_empty()
            || app.filters().active()
            || matches.get().is_some()
        {
            perf::mark_once(perf::READY);
        }
    });
    // The rows follow the selected organisation through this memo, which goes with the list: a
    // row that subscribed to the app's selection itself would stay in its subscribers (and in
    // memory) after the list is gone.
    let selected_org = Memo::new(move |_| match app.selection.get() {
        Some(Selection::Org(id)) => Some(id),
        _ => None,
    });
    let header = move |key: SortKey, label: Key| sort_header(app, sort, key, label);
    let csv_ds = loaded.clone();
    let export_csv = move |_| {
        let text = crate::export::csv(&csv_ds.dataset, &table.get_untracked());
        let name = crate::export::file_name(&csv_ds.dataset, &crate::web::download::today(), "csv");
        crate::web::download::text(&name, "text/csv;charset=utf-8", &text);
    };
    view! {
        <div class="list-view">
            <div class="list-tools">
                <button type="button" class="export-csv" on:click=export_csv>{tr(app, Key::ExportCsv)}</button>
                {app.initial.with_value(|s| s.data.is_none()).then(|| view! {
                    <a class="edition-link" href=move || format!("edition/{}.html", app.lang.get().code())>{tr(app, Key::PlainEdition)}</a>
                })}
            </div>
            <table>
                <caption>
                    {move || count(table.get().len(), Counted::Organisations, app.lang.get())}
                </caption>
                <thead>
                    <tr>
                        {header(SortKey::Name, Key::ColName)}
                        {header(SortKey::Acronym, Key::ColAcronym)}
                        {header(SortKey::Type, Key::ColType)}
                        {header(SortKey::Topics, Key::ColTopics)}
                    </tr>
                </thead>
                <tbody>
                    <For each=move || table.get() key=|r| (r.id.clone(), r.name.clone(), r.topics.len()) let:row>
                        {org_row(selected_org, row)}
                    </For>
                </tbody>
            </table>
            {move || table.with(Vec::is_empty).then(|| view! { <p class="empty">{tr(app, Key::NoResults)}</p> })}
        </div>
    }
}

/// A column header that sorts the table by `key`, ascending, then descending on a second press.
fn sort_header(app: AppState, sort: RwSignal<(SortKey, bool)>, key: SortKey, label: Key) -> impl IntoView {
    let aria = move || {
        let (k, desc) = sort.get();
        if k != key {
            "none"
        } else if desc {
            "descending"
        } else {
            "ascending"
        }
    };
    view! {
        <th scope="col" aria-sort=aria>
            <button type="button" class="sort" on:click=move |_| sort.update(|(k, d)| { if *k == key { *d = !*d } else { *k = key; *d = false } })>
                {tr(app, label)}
                <span aria-hidden="true" class="sort-mark">{move || match aria() { "ascending" => " ▲", "descending" => " ▼", _ => "" }}</span>
            </button>
        </th>
    }
}

/// The row of one organisation: its name (a link that selects it), acronym, type and topics
/// (links that select them); marked while the organisation is selected.
fn org_row(selected_org: Memo<Option<String>>, row: Row) -> impl IntoView {
    let sel = Selection::Org(row.id.clone());
    let selected = {
        let id = row.id.clone();
        move || selected_org.with(|s| s.as_deref() == Some(id.as_str()))
    };
    view! {
        <tr class:selected=selected>
            <th scope="row">
                <NodeLink selection=sel>{row.name.clone()}</NodeLink>
            </th>
            <td>{row.acronym.clone()}</td>
            <td>{row.type_name.clone()}</td>
            <td>
                <ul class="topic-list">
                    {row.topics.iter().map(|(id, name)| {
                        let (s, name) = (Selection::Topic(id.clone()), name.clone());
                        view! { <li><NodeLink selection=s>{name}</NodeLink></li> }
                    }).collect_view()}
                </ul>
            </td>
        </tr>
    }
}
