//! The "Views" menu of the toolbar: a disclosure button (`aria-expanded`) and the list it shows
//! or hides: the dataset's guided tours (first, under "Tours") and curated views, each a link to
//! its route, drawn in the interface's language as the list opens ([`story_view::draw_menu`]).
//! Its clicks and keys are heard by [`story::on_click`] and [`story::on_key`], as the tour's
//! card's are: a plain click on a link shows its tour or view in place and closes the list, a
//! modified click is the browser's (a new tab), Escape closes the list. No menu when the dataset
//! has neither views nor tours.
//!
//! [`story_view::draw_menu`]: crate::components::story_view::draw_menu

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::state::use_app;
use crate::components::story;
use crate::i18n::{ts, StoryKey};
use crate::load::Loaded;

/// The menu of views and tours.
#[component]
pub fn StoryMenu(
    /// The dataset.
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let app = use_app();
    let ds = &loaded.dataset;
    let none = ds.tours.as_ref().is_none_or(Vec::is_empty) && ds.views.as_ref().is_none_or(Vec::is_empty);
    view! {
        <div class="story-menu" hidden=none on:click=story::on_click(app, loaded.clone()) on:keydown=story::on_key(app, loaded)>
            <button type="button" id="story-button" aria-expanded="false" aria-controls="story-list">{move || ts(app.lang.get(), StoryKey::Views)}</button>
            <div class="story-list" id="story-list" hidden></div>
        </div>
    }
}
