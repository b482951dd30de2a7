//! The interactive legend: one entry per organisation type and per topic category, each a
//! checkbox with a visible label (the key the map draws it with, its name, its count). Pointing
//! at an entry or focusing it highlights its nodes on the map; checking it filters to it (checked
//! ones are shown, none checked shows all: `AppState::types` and `categories`, as in the URL).
//! A note says which channel means what: colour for categories, shape for types, size for links.

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::state::{use_app, AppState};
use crate::components::text::tr;
use crate::i18n::Key;
use crate::legend::{Entry, Group, Legend};
use crate::load::Loaded;
use crate::look::{Shape, DARK, LIGHT};
use crate::num::Fixed;

/// Whether the window is wider than a phone (filters start open there, folded on phones).
fn wide_screen() -> bool {
    web_sys::window().and_then(|w| w.inner_width().ok()).and_then(|v| v.as_f64()).is_none_or(|w| w > 700.0)
}

/// The legend and filters sidebar.
#[component]
pub fn FiltersPanel(
    /// The dataset.
    loaded: Arc<Loaded>,
    /// The entry whose nodes the map highlights: set while one is pointed at or focused.
    highlight: RwSignal<Option<Group>>,
) -> impl IntoView {
    let app = use_app();
    let legend = Legend::of(&loaded.dataset);
    let (type_counts, cat_counts) = (legend.types, legend.categories);
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
                {filter_group(app, Key::OrgTypes, type_counts.clone(), app.types, highlight)}
                {filter_group(app, Key::Categories, cat_counts.clone(), app.categories, highlight)}
                <button type="button" class="clear-filters" disabled=move || !any()
                    on:click=move |_| { app.types.set(Vec::new()); app.categories.set(Vec::new()); }>
                    {tr(app, Key::ClearFilters)}
                </button>
                <p class="legend-note">{tr(app, Key::LegendNote)}</p>
            }
        })
    };
    view! {
        <section class="sidebar" aria-labelledby="filters-title">
            <details class="filters" open=wide_screen()>
                <summary id="filters-title">{tr(app, Key::Filters)}</summary>
                {content}
            </details>
        </section>
    }
}

/// A fieldset of legend entries named `legend`, one checkbox per item, that keep `sig` (the
/// checked ids, sorted) up to date and `highlight` on the entry pointed at or focused.
fn filter_group(
    app: AppState,
    legend: Key,
    items: Vec<Entry>,
    sig: RwSignal<Vec<String>>,
    highlight: RwSignal<Option<Group>>,
) -> impl IntoView {
    view! {
        <fieldset class="filter-group">
            <legend>{tr(app, legend)}</legend>
            {items.into_iter().map(|entry| {
                let Entry { group, name, count, .. } = entry.clone();
                let id = group.id().to_owned();
                let prefix = if matches!(group, Group::Type(_)) { "type" } else { "category" };
                let input_id = format!("{prefix}-{id}");
                let label_for = input_id.clone();
                let toggle_id = id.clone();
                let checked_id = id.clone();
                let lit = {
                    let group = group.clone();
                    move || highlight.get().as_ref() == Some(&group)
                };
                view! {
                    <label class="filter" class:highlighted=lit for=label_for
                        on:pointerenter=highlighter(highlight, group.clone(), true)
                        on:pointerleave=highlighter(highlight, group.clone(), false)>
                        <input type="checkbox" id=input_id on:focus=highlighter(highlight, group.clone(), true)
                            on:blur=highlighter(highlight, group.clone(), false)
                            prop:checked=move || sig.get().contains(&checked_id)
                            on:change=move |ev| {
                                let on = event_target_checked(&ev);
                                sig.update(|v| {
                                    v.retain(|x| *x != toggle_id);
                                    if on { v.push(toggle_id.clone()); crate::sort::sort(v); }
                                });
                            } />
                        {key(&entry)}
                        <span class="filter-name">{move || name.get(app.lang.get().code()).to_owned()}</span>
                        <span class="filter-count">{count}</span>
                    </label>
                }
            }).collect_view()}
        </fieldset>
    }
}

/// An event handler that highlights `group` (`on`) or, if it is the one highlighted, stops.
fn highlighter<E>(highlight: RwSignal<Option<Group>>, group: Group, on: bool) -> impl Fn(E) + 'static {
    move |_| {
        if on {
            highlight.set(Some(group.clone()));
        } else if highlight.get_untracked().as_ref() == Some(&group) {
            highlight.set(None);
        }
    }
}

/// The key of a legend entry: its shape in its fill, as the map draws its nodes (the light or the
/// dark fill, as the page's theme is; see `.key` in the stylesheet). Decorative: the name says it.
pub fn key(entry: &Entry) -> impl IntoView {
    let (light, dark) = (entry.fill(&LIGHT), entry.fill(&DARK));
    let points = entry
        .shape
        .points(0.0, 0.0, 5.0)
        .map(|[x, y]| format!("{},{}", Fixed(x, 2), Fixed(y, 2)))
        .collect::<Vec<_>>()
        .join(" ");
    let shape = if entry.shape == Shape::Circle {
        view! { <circle cx="0" cy="0" r="5.5"></circle> }.into_any()
    } else {
        view! { <polygon points=points></polygon> }.into_any()
    };
    view! {
        <svg class="key" viewBox="-8 -8 16 16" aria-hidden="true" focusable="false"
            style:--key-light=light style:--key-dark=dark>
            {shape}
        </svg>
    }
}
