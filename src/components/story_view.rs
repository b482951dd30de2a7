//! What a curated view or a guided tour puts on the page, drawn into three places made at the
//! start and end of `main` whenever the story, the language or the view changes (by the story's
//! follower):
//!
//! - the status line (`#story-bar`, a live region): "Showing: NAME" and "Whole map", while a view
//!   is shown (and, in the list, a tour);
//! - the tour's card over the map (`#tour-card`, a `<section>` named by the tour's title): "2 of
//!   6", the step's title, text and sources, Previous, Next (disabled at the ends) and Close;
//! - the text above the list (`#story-text`): a view's name and description; a tour's title,
//!   summary and every step, the one on screen marked `aria-current="step"`;
//!
//! and the views menu's list, as it opens. They are built with [`crate::web::dom`] (text as text
//! nodes; links only for http, https and mailto addresses): a view type per part would cost far
//! more wasm than the parts themselves. The card's buttons stay from step to step, so the focus
//! stays on them; one that becomes disabled gives it to the card.

use web_sys::Element;

use crate::i18n::{t, ts, Key, Lang, StoryKey};
use crate::model::{Dataset, Source, Step};
use crate::url::{Story, View};
use crate::web::dom::{clear, Html};

crate::lazy! { draw, preload_draw;
    /// [`draw`], in a chunk of its own (see `src/web/lazy.rs`).
    pub fn draw_lazily(ds: std::sync::Arc<crate::load::Loaded>, story: Option<Story>, lang: Lang, view: View) -> () {
        draw(&ds.dataset, story.as_ref(), lang, view)
    }
}

/// Draws the line, the card and the list's text of `story` (none: all empty).
pub fn draw(ds: &Dataset, story: Option<&Story>, lang: Lang, view: View) {
    let Some(html) = Html::new() else { return };
    let Some([bar, card, body, text]) = places(&html) else { return };
    for el in [&bar, &body, &text] {
        clear(el);
    }
    // Shown only while a tour's step is drawn in it (hidden, it cannot keep the focus).
    let shown = fill(&html, [&bar, &body, &text], &card, ds, story, lang, view);
    let _ = if shown { card.remove_attribute("hidden") } else { card.set_attribute("hidden", "") };
    // A button disabled with the focus on it gives the focus to the card.
    if shown && html.focused().is_some_and(|f| f.has_attribute("disabled")) {
        html.focus(&card);
    }
}

/// Fills the line, the card's body (and its buttons) and the list's text; whether the card shows
/// a step.
fn fill(
    html: &Html,
    [bar, body, text]: [&Element; 3],
    card: &Element,
    ds: &Dataset,
    story: Option<&Story>,
    lang: Lang,
    view: View,
) -> bool {
    let code = lang.code();
    let (title, line, tour) = match story {
        Some(Story::View(id)) => match ds.view(id) {
            Some(v) => (&v.name, v.description.as_ref(), None),
            None => return false,
        },
        Some(Story::Tour { id, step }) => match ds.tour(id) {
            Some(tour) => (&tour.title, tour.summary.as_ref(), Some((tour, *step as usize))),
            None => return false,
        },
        None => return false,
    };
    if tour.is_none() || view == View::List {
        if let Some(p) = html.add(bar, "p", &[], ts(lang, StoryKey::Showing)) {
            let _ = p.append_with_str_1(" ");
            html.add(&p, "strong", &[], title.get(code));
        }
        html.add(bar, "button", &[("type", "button")], t(lang, Key::AllMap));
    }
    if view == View::List {
        heading(html, text, title.get(code), "", line.map_or("", |l| l.get(code)));
    }
    let Some((tour, current)) = tour else { return false };
    let of = tour.steps.len();
    match (view, tour.steps.get(current.wrapping_sub(1))) {
        (View::Map, Some(step)) => {
            heading(html, body, title.get(code), "tour-count", &format!("{current} {} {of}", ts(lang, StoryKey::Of)));
            step_body(html, body, step, lang);
            let labels = [
                (ts(lang, StoryKey::Previous), current == 1),
                (ts(lang, StoryKey::Next), current == of),
                (t(lang, Key::Close), false),
            ];
            let mut button = html.first(card, "button");
            for (label, disabled) in labels {
                let Some(b) = button else { break };
                b.set_text_content(Some(label));
                let _ = if disabled { b.set_attribute("disabled", "") } else { b.remove_attribute("disabled") };
                button = b.next_element_sibling();
            }
            return true;
        }
        (View::List, _) => {
            let Some(ol) = html.add(text, "ol", &[("class", "tour-steps")], "") else { return false };
            for (i, step) in tour.steps.iter().enumerate() {
                let here: &[(&str, &str)] = if i + 1 == current { &[("aria-current", "step")] } else { &[] };
                if let Some(li) = html.add(&ol, "li", here, "") {
                    step_body(html, &li, step, lang);
                }
            }
        }
        _ => {}
    }
    false
}

/// The line, the card (and its body) and the text in `main`, made the first time: the line and
/// the text first (a live region must be in the page before what it announces), the card last,
/// over the map, with its buttons (their `value` says what they do).
fn places(html: &Html) -> Option<[Element; 4]> {
    let main = html.by_id("main")?;
    let text = html.place(&main, "story-text", "div", &[("class", "story-text")], true)?;
    let bar = html.place(&main, "story-bar", "div", &[("class", "story-bar"), ("role", "status")], true)?;
    let made = html.by_id("tour-card").is_none();
    let attrs = [("class", "tour-card"), ("tabindex", "-1"), ("aria-labelledby", "story-title"), ("hidden", "")];
    let card = html.place(&main, "tour-card", "section", &attrs, false)?;
    if made {
        html.add(&card, "div", &[("class", "tour-body")], "");
        let nav = html.add(&card, "div", &[("class", "tour-nav")], "")?;
        for value in ["previous", "next", "close"] {
            html.add(&nav, "button", &[("type", "button"), ("value", value), ("class", value)], "");
        }
    }
    let body = html.first(&card, ".tour-body")?;
    Some([bar, card, body, text])
}

/// Draws the menu's list (`#story-list`) in `lang`: a heading and a list of links for the
/// dataset's tours, then for its views.
pub fn draw_menu(ds: &Dataset, lang: Lang) {
    let Some(html) = Html::new() else { return };
    let Some(list) = html.by_id("story-list") else { return };
    clear(&list);
    let tours = ds.tours.iter().flatten().map(|t| (format!("#/tour/{}/1", t.id.0), &t.title)).collect::<Vec<_>>();
    let views = ds.views.iter().flatten().map(|v| (format!("#/view/{}", v.id.0), &v.name)).collect::<Vec<_>>();
    for (id, key, items) in [("tours-heading", StoryKey::Tours, tours), ("views-heading", StoryKey::Views, views)] {
        if items.is_empty() {
            continue;
        }
        html.add(&list, "h2", &[("id", id)], ts(lang, key));
        let Some(ul) = html.add(&list, "ul", &[("aria-labelledby", id)], "") else { continue };
        for (href, name) in items {
            if let Some(li) = html.add(&ul, "li", &[], "") {
                html.add(&li, "a", &[("href", &href)], name.get(lang.code()));
            }
        }
    }
}

/// The `<h2 id="story-title">` of a view or tour, and a line under it of class `class`, if any.
fn heading(html: &Html, parent: &Element, title: &str, class: &str, line: &str) {
    html.add(parent, "h2", &[("id", "story-title")], title);
    if !line.is_empty() {
        html.add(parent, "p", &[("class", class)], line);
    }
}

/// A step of a tour: its title (`<h3>`), if it has one, its text and its sources.
fn step_body(html: &Html, parent: &Element, step: &Step, lang: Lang) {
    let code = lang.code();
    if let Some(title) = &step.title {
        html.add(parent, "h3", &[], title.get(code));
    }
    html.add(parent, "p", &[("class", "tour-text")], step.text.get(code));
    sources(html, parent, &step.sources, lang);
}

/// Sources as the detail panel lists them: a list named "Sources" of external links (text for
/// an address that is not http, https or mailto) with their dates.
fn sources(html: &Html, parent: &Element, sources: &[Source], lang: Lang) {
    if sources.is_empty() {
        return;
    }
    let Some(ul) = html.add(parent, "ul", &[("class", "sources"), ("aria-label", t(lang, Key::Sources))], "") else {
        return;
    };
    for s in sources {
        let Some(li) = html.add(&ul, "li", &[], "") else { continue };
        let title = s.title.as_ref().map(|l| l.get(lang.code())).filter(|l| !l.is_empty()).unwrap_or(&s.url);
        if crate::rules::check_url(&s.url).is_ok() {
            html.add(&li, "a", &[("href", &s.url), ("target", "_blank"), ("rel", "noopener noreferrer")], title);
        } else {
            html.add(&li, "span", &[], title);
        }
        if let Some(date) = &s.date {
            let _ = li.append_with_str_1(" ");
            html.add(&li, "time", &[("datetime", date)], date);
        }
    }
}
