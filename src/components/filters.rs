//! Filters (checkboxes with visible labels, one per organisation type and per topic category,
//! with counts; checked ones are shown, none checked shows all) and the legend of colours and sizes.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::state::{use_app, AppState};
use crate::i18n::{t, Key};
use crate::load::Loaded;
use crate::model::{Dataset, Localized};

/// Whether the window is wider than a phone (filters start open there, folded on phones).
fn wide_screen() -> bool {
    web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|v| v.as_f64()).is_none_or(|w| w > 700.0)
}

/// One checkbox of a filter group: the id it filters on, its name, its colour and how many
/// organisations or topics it has.
type FilterItem = (String, Localized, String, usize);

/// The filters and legend sidebar.
#[component]
pub fn FiltersPanel(
    /// The dataset.
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let app = use_app();
    let (type_counts, cat_counts) = counts(&loaded.dataset);
    let any = move || !app.types.get().is_empty() || !app.categories.get().is_empty();
    // The groups come in a task after the next repaint, so the map is drawn and shown first:
    // the sidebar's width (and, folded on phones, its height) does not depend on them.
    let built = RwSignal::new(false);
    crate::web::timing::after_paint(move || {
        let _ = built.try_set(true);
    });
    let content = move || {
        built.get().then(|| {
            view! {
                {filter_group(app, Key::OrgTypes, type_counts.clone(), app.types, "type")}
                {filter_group(app, Key::Categories, cat_counts.clone(), app.categories, "category")}
                <button type="button" class="clear-filters" disabled=move || !any()
                    on:click=move |_| { app.types.set(Vec::new()); app.categories.set(Vec::new()); }>
                    {move || t(app.lang.get(), Key::ClearFilters)}
                </button>
                <p class="legend-note">{move || t(app.lang.get(), Key::LegendNote)}</p>
            }
        })
    };
    view! {
        <section class="sidebar" aria-labelledby="filters-title">
            <details class="filters" open=wide_screen()>
                <summary id="filters-title">{move || t(app.lang.get(), Key::Filters)}</summary>
                {content}
            </details>
        </section>
    }
}

/// The organisation types with their number of organisations, and the topic categories with
/// their number of topics, in the dataset's order.
fn counts(ds: &Dataset) -> (Vec<FilterItem>, Vec<FilterItem>) {
    let type_counts = ds
        .org_types
        .iter()
        .flatten()
        .map(|ty| {
            let n = ds.organisations.iter().filter(|o| o.org_type.as_ref() == Some(&ty.id)).count();
            (ty.id.0.clone(), ty.name.clone(), ty.color.clone().unwrap_or_default(), n)
        })
        .collect();
    let cat_counts = ds
        .categories
        .iter()
        .flatten()
        .map(|c| {
            let n = ds.topics.iter().filter(|t| t.category.as_ref() == Some(&c.id)).count();
            (c.id.0.clone(), c.name.clone(), c.color.clone().unwrap_or_default(), n)
        })
        .collect();
    (type_counts, cat_counts)
}

/// A fieldset of checkboxes named `legend`, one per item, that keep `sig` (the checked ids,
/// sorted) up to date; input ids start with `prefix`.
fn filter_group(
    app: AppState,
    legend: Key,
    items: Vec<FilterItem>,
    sig: RwSignal<Vec<String>>,
    prefix: &'static str,
) -> impl IntoView {
    view! {
        <fieldset class="filter-group">
            <legend>{move || t(app.lang.get(), legend)}</legend>
            {items.into_iter().map(|(id, name, color, n)| {
                let input_id = format!("{prefix}-{id}");
                let label_for = input_id.clone();
                let toggle_id = id.clone();
                let checked_id = id.clone();
                view! {
                    <label class="filter" for=label_for>
                        <input type="checkbox" id=input_id
                            prop:checked=move || sig.get().contains(&checked_id)
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                sig.update(|v| {
                                    v.retain(|x| *x != toggle_id);
                                    if on { v.push(toggle_id.clone()); v.sort(); }
                                });
                            } />
                        <span class="swatch" style:background-color=color aria-hidden="true"></span>
                        <span class="filter-name">{move || name.get(app.lang.get().code()).to_owned()}</span>
                        <span class="filter-count">{n}</span>
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}
