//! What a loaded dataset holds, in one line: organisations, topics, links and sources.

use std::sync::Arc;

use leptos::prelude::*;

use crate::i18n::{number, t, word, Counted, Key, Lang};
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
    let item = move |n: usize, what: Counted, name: &'static str| {
        view! { <li><strong class="count" data-count=name>{number(n, lang)}</strong> " " {word(n, what, lang)}</li> }
    };
    view! {
        <section class="summary" aria-label=t(lang, Key::DatasetCounts)>
            <ul class="counts">
                {item(counts.organisations, Counted::Organisations, "organisations")}
                {item(counts.topics, Counted::Topics, "topics")}
                {item(counts.links, Counted::Links, "links")}
                {item(counts.distinct_sources, Counted::Sources, "sources")}
            </ul>
        </section>
    }
}
