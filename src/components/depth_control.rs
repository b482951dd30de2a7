//! How far the map's focus around the selected node reaches: a two-button segmented control,
//! "Direct links" or "Two steps", bound to the app's depth (`?depth=2`), each button
//! `aria-pressed`.

use leptos::prelude::*;

use crate::answers::Depth;
use crate::components::state::use_app;
use crate::i18n::{t, Key};

/// The focus depth control of the detail panel.
#[component]
pub fn DepthControl() -> impl IntoView {
    let app = use_app();
    // Inside the detail panel, which is made anew in another language.
    let lang = app.lang.get_untracked();
    let button = move |depth: Depth, key: Key| {
        view! {
            <button type="button" aria-pressed=move || (app.depth.get() == depth).to_string()
                on:click=move |_| if app.depth.get_untracked() != depth { app.depth.set(depth) }>
                {t(lang, key)}
            </button>
        }
        .into_any()
    };
    view! {
        <div class="depth-control">
            <span id="depth-label">{t(lang, Key::Highlight)}</span>
            <div class="segmented" role="group" aria-labelledby="depth-label">
                {button(Depth::One, Key::DirectLinks)}
                {button(Depth::Two, Key::TwoSteps)}
            </div>
        </div>
    }
}
