//! The curated view or tour step on screen, kept consistent with the dataset: its route is
//! resolved ([`Story::resolve`]: an unknown id shows the whole map, a step out of range the
//! nearest one, the hash fitted in place), what it shows is applied to the app's state
//! ([`Story::shows`]: filters, only its nodes, selection, depth), and a pending [`Aim::Story`]
//! becomes its camera or "what is shown". Leaving a story drops its `only` filter, which the
//! URL cannot carry without the route. Embedded, each step shown is announced to the host. The
//! line, the tour's card and the list's text are drawn again ([`story_view::draw`]) whenever the
//! story, the language or the view changes; [`on_click`] and [`on_key`] hear them and the views
//! menu.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent, MouseEvent};

use crate::components::later::poll_once;
use crate::components::node_link::is_plain_click;
use crate::components::state::{aim, set_aim, Aim, AppState};
use crate::components::story_view;
use crate::i18n::Lang;
use crate::load::Loaded;
use crate::model::Dataset;
use crate::url::{Story, View};

/// Applies the story of the URL now (before the map is made, so that it starts there), and every
/// later one as it comes.
pub fn follow_story(app: AppState, loaded: &Arc<Loaded>) {
    // On arrival, a camera in the URL wins over the story's.
    if app.story_untracked().is_some() && app.camera.get_untracked().is_none() {
        set_aim(Some(Aim::Story));
    }
    let first = apply(app, &loaded.dataset);
    let (ds, framed) = (loaded.clone(), crate::web::embed::framed());
    Effect::new(move |shown: Option<Option<Story>>| {
        let (story, lang, view) = (app.story(), app.lang.get(), app.view.get());
        let story = if shown.as_ref().unwrap_or(&first) == &story { story } else { apply(app, &ds.dataset) };
        draw_later(ds.clone(), story.clone(), lang, view);
        // Embedded: each step shown (on arrival too) is announced to the host page.
        if let (true, Some(Story::Tour { id, step })) = (framed && shown.as_ref() != Some(&story), &story) {
            let of = ds.dataset.tour(id).map_or(0, |t| t.steps.len());
            crate::web::embed::post(&crate::embed::step_event(id, *step, of));
        }
        story
    });
}

/// Resolves the app's story in `ds` and applies what it shows; returns the story shown.
fn apply(app: AppState, ds: &Dataset) -> Option<Story> {
    let asked = app.story_untracked();
    let story = asked.as_ref().and_then(|s| s.resolve(ds));
    if story != asked {
        app.fitted.set(true);
        app.set_story(story.as_ref());
    }
    let shows = story.as_ref().and_then(|s| s.shows(ds));
    let aimed = aim() == Some(Aim::Story);
    let Some(shows) = shows else {
        set_if_changed(app.only, Vec::new());
        if asked.is_some() {
            // A route the dataset has no view or tour of: the whole map, as with no hash.
            set_if_changed(app.selection, None);
            set_if_changed(app.compare, None);
        }
        if aimed {
            set_aim(Some(Aim::Shown));
        }
        return story;
    };
    set_if_changed(app.types, shows.types);
    set_if_changed(app.categories, shows.categories);
    set_if_changed(app.only, shows.only);
    set_if_changed(app.depth, shows.depth);
    if app.compare.get_untracked().is_some() {
        app.compare.set(None);
    }
    set_if_changed(app.selection, shows.select);
    if aimed {
        set_aim(Some(shows.camera.map_or(Aim::Shown, Aim::At)));
    }
    story
}

/// Sets `signal` to `value` unless it holds it already (its followers do not run for nothing).
fn set_if_changed<T: PartialEq + Send + Sync + 'static>(signal: RwSignal<T>, value: T) {
    if signal.with_untracked(|v| *v != value) {
        signal.set(value);
    }
}

/// A click in the views menu, the status line or the tour's card (heard on the menu and on
/// `main`): the menu's button shows (drawing it) or hides its list; a plain click on its link
/// shows that tour or view and closes the list; a button's `value` says what to do (`previous`,
/// `next`; `close`, or none: the whole map). Anything else is left alone.
pub fn on_click(app: AppState, loaded: Arc<Loaded>) -> impl Fn(MouseEvent) + Clone + 'static {
    move |ev: MouseEvent| {
        let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
        let selector = "#story-button, .story-menu a, #story-bar button, #tour-card button";
        let Some(el) = target.and_then(|e| e.closest(selector).ok().flatten()) else { return };
        if el.id() == "story-button" {
            return toggle_menu(&el, &loaded.dataset, app);
        }
        match el.tag_name().as_str() {
            "A" => {
                let Some(story) = el.get_attribute("href").and_then(|h| Story::from_hash(&h)) else { return };
                if is_plain_click(&ev) {
                    ev.prevent_default();
                    let tour = matches!(story, Story::Tour { .. });
                    close_menu(!tour);
                    FOCUS_CARD.with(|f| f.set(tour));
                    app.show_story(story);
                }
            }
            _ => match el.get_attribute("value").as_deref() {
                Some("previous") => go(app, &loaded.dataset, -1),
                Some("next") => go(app, &loaded.dataset, 1),
                _ => go(app, &loaded.dataset, 0),
            },
        }
    }
}

/// Keys in the views menu (Escape closes it) and in the tour's card: ArrowLeft or PageUp, the
/// previous step; ArrowRight or PageDown, the next; Escape closes the tour (not with Ctrl, Meta or
/// Alt).
pub fn on_key(app: AppState, loaded: Arc<Loaded>) -> impl Fn(KeyboardEvent) + 'static {
    move |ev: KeyboardEvent| {
        let target = ev.target().and_then(|t| t.dyn_into::<Element>().ok());
        let Some(el) = target.and_then(|e| e.closest(".story-menu, #tour-card").ok().flatten()) else { return };
        let menu = el.id() != "tour-card";
        let delta = match ev.key().as_str() {
            _ if ev.ctrl_key() || ev.meta_key() || ev.alt_key() => return,
            "Escape" if menu => return close_menu(true),
            _ if menu => return,
            "ArrowLeft" | "PageUp" => -1,
            "ArrowRight" | "PageDown" => 1,
            "Escape" => 0,
            _ => return,
        };
        ev.prevent_default();
        go(app, &loaded.dataset, delta);
    }
}

/// Shows the views menu's list, drawn in the interface's language, or hides it; `button` is the
/// menu's button.
fn toggle_menu(button: &Element, ds: &Dataset, app: AppState) {
    if button.get_attribute("aria-expanded").as_deref() == Some("true") {
        return close_menu(false);
    }
    story_view::draw_menu(ds, app.lang.get_untracked());
    // The card's code, fetched while the visitor reads the menu.
    leptos::task::spawn_local(async {
        let _ = story_view::preload_draw().await;
    });
    let _ = button.set_attribute("aria-expanded", "true");
    if let Some(list) = button.next_element_sibling() {
        let _ = list.remove_attribute("hidden");
    }
}

/// Hides the views menu's list; `refocus` gives the focus back to the menu's button.
fn close_menu(refocus: bool) {
    let Some(html) = crate::web::dom::Html::new() else { return };
    if let (Some(button), Some(list)) = (html.by_id("story-button"), html.by_id("story-list")) {
        let _ = button.set_attribute("aria-expanded", "false");
        let _ = list.set_attribute("hidden", "");
        if refocus {
            html.focus(&button);
        }
    }
}

/// Goes `delta` steps on in the tour on screen, within its steps; 0 leaves the view or tour for
/// the whole map and gives the focus to the map.
fn go(app: AppState, ds: &Dataset, delta: isize) {
    if delta == 0 {
        app.whole_map();
        crate::web::page::focus_main();
        return;
    }
    let Some(Story::Tour { id, step }) = app.story_untracked() else { return };
    let of = ds.tour(&id).map_or(0, |t| t.steps.len());
    let to = (step as usize).saturating_add_signed(delta);
    if (1..=of).contains(&to) && to != step as usize {
        app.show_story(Story::Tour { id, step: to as u32 });
    }
}

thread_local! {
    /// The number of the last drawing asked for: only that one is drawn once its chunk is here.
    static ASKED: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
    /// Whether the tour's card takes the focus once drawn (a tour picked in the menu).
    static FOCUS_CARD: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// Draws the story's line, card and text ([`story_view::draw`]), whose code is in a chunk of its
/// own (see `src/web/lazy.rs`): at once when the chunk is here, else when it comes (only the last
/// drawing asked for). With no story, and nothing drawn yet, there is nothing to draw.
fn draw_later(ds: Arc<Loaded>, story: Option<Story>, lang: Lang, view: View) {
    let asked = ASKED.with(|a| a.get() + 1);
    if story.is_none() && asked == 1 {
        return;
    }
    ASKED.with(|a| a.set(asked));
    let mut preload = Box::pin(story_view::preload_draw());
    if let Some(ready) = poll_once(preload.as_mut()) {
        return draw_now(ready.is_ok(), ds, story, lang, view);
    }
    leptos::task::spawn_local(async move {
        let ready = preload.await.is_ok();
        if ASKED.with(|a| a.get()) == asked {
            draw_now(ready, ds, story, lang, view);
        }
    });
}

/// Draws the story, its chunk being here (`ready`), then gives the card the focus if a tour
/// was just picked in the menu.
fn draw_now(ready: bool, ds: Arc<Loaded>, story: Option<Story>, lang: Lang, view: View) {
    let drawn = ready
        && poll_once(Box::pin(story_view::draw_lazily(ds, story, lang, view)).as_mut()).is_some_and(|r| r.is_ok());
    if !drawn {
        crate::web::lazy::failed("the tour");
    }
    if FOCUS_CARD.with(|f| f.replace(false)) {
        crate::web::timing::next_frame(|| {
            crate::web::page::focus("#tour-card");
        });
    }
}
