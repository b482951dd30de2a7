//! What a loaded dataset holds, in one line: organisations, topics, links and sources.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::{t, Key, Lang};
use crate::load::Loaded;
use crate::stats::Counts;

/// The dataset's counts, in the header.
#[component]
pub fn Summary(
    /// Interface and content language.
    lang: Lang,
    /// The validated dataset.
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let counts = Counts::of(&loaded.dataset);
    let item = move |n: usize, key: Key, name: &'static str| {
        view! { <li><strong class="count" data-count=name>{n}</strong> " " {t(lang, key)}</li> }
    };
    view! {
        <section class="summary" aria-label="Dataset">
            <ul class="counts">
                {item(counts.organisations, Key::Organisations, "organisations")}
                {item(counts.topics, Key::Topics, "topics")}
                {item(counts.links, Key::Links, "links")}
                {item(counts.distinct_sources, Key::Sources, "sources")}
            </ul>
        </section>
    }
}
