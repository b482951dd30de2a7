//! What a loaded dataset holds, in one line: organisations, topics, links and sources.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::{t, Key, Lang};
use crate::load::Loaded;
use crate::stats::Counts;
use crate::web::perf;

/// The dataset's description and counts; marks `datamap:ready` once drawn.
#[component]
pub fn Summary(
    /// Interface and content language.
    lang: Lang,
    /// The validated dataset.
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let counts = Counts::of(&loaded.dataset);
    let description =
        loaded.dataset.meta.as_ref().and_then(|m| m.description.as_ref()).map(|d| d.get(lang.code()).to_owned());
    Effect::new(move |_| perf::mark_once(perf::READY));
    let item = move |n: usize, key: Key, name: &'static str| {
        view! { <li><strong class="count" data-count=name>{n}</strong> " " {t(lang, key)}</li> }
    };
    view! {
        <section class="summary" aria-label="Dataset">
            {description.map(|d| view! { <p class="description">{d}</p> })}
            <ul class="counts">
                {item(counts.organisations, Key::Organisations, "organisations")}
                {item(counts.topics, Key::Topics, "topics")}
                {item(counts.links, Key::Links, "links")}
                {item(counts.distinct_sources, Key::Sources, "sources")}
            </ul>
        </section>
    }
}
