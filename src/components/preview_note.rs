//! The curators' preview in the header: "Open a file" (a button over a hidden file input) and the
//! drop zone ([`super::file_drop`]); while a local file is shown, a note that names it
//! ("Previewing your file geneva.json, not the published map"), the way back to the published map
//! and, when the file changes nodes or links or has another `meta.version`, "Show changes" with
//! its panel ([`super::changes_panel`]); and what went wrong with the last file dropped or chosen:
//! a polite message for a file not read, the error view's alert (line:column, path, fix) for a
//! file that is not a valid dataset. Either can be closed; the map under it stays as it was.
//!
//! "Show changes" is a disclosure (`<details>`) that opens by itself: the map follows it, and the
//! note is not drawn again, so its buttons keep the focus.

use std::sync::Arc;

use leptos::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement, HtmlInputElement};

use crate::components::changes_panel::changes_panel;
use crate::components::error_view::ErrorView;
use crate::components::file_drop::{take_chosen, watch_drops};
use crate::components::later::later;
use crate::components::preview_state::{Preview, PreviewState, Problem};
use crate::components::state::{use_app, AppState};
use crate::i18n::{t, tp, Key, Lang, PreviewKey as P};
use crate::load::Loaded;

/// What a button of the preview does.
#[derive(Debug, Clone, Copy)]
enum Act {
    /// "Open a file": the file input's dialog.
    Open,
    /// "Back to the published map".
    Back,
    /// "Show changes", opened or closed.
    Toggle,
    /// Close a message or an alert.
    Dismiss,
}

/// The preview's controls, note, message and alert.
#[component]
pub fn PreviewNote(
    /// The preview to show.
    preview: PreviewState,
    /// Fetches the published dataset again (when it was not kept).
    reload: Option<Callback<()>>,
) -> impl IntoView {
    let app = use_app();
    watch_drops(preview, app);
    let chosen = move |e: web_sys::Event| {
        if let Some(input) = e.target().and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) {
            take_chosen(preview, app, &input);
        }
    };
    let text = move |key| move || tp(app.lang.get(), key);
    let message = move || {
        let lang = app.lang.get();
        preview.with(|p| match &p.problem {
            Some(Problem::Refused(r)) => Some(view! { <p>{r.message(lang)} " " {close(preview, app, lang)}</p> }),
            _ => None,
        })
    };
    // The note and the alert, once a file was taken: their code is in a chunk of its own.
    let taken =
        Memo::new(move |_| preview.with(|p| p.file.is_some() || matches!(p.problem, Some(Problem::Invalid(..)))));
    view! {
        <button type="button" class="open-file" on:click=act(Act::Open, preview, app, reload)>{text(P::OpenFile)}</button>
        <input type="file" class="file-input" accept=".json,application/json" hidden on:change=chosen />
        <div class="drop-zone" aria-hidden="true"><p>{text(P::DropHere)}</p></div>
        <div class="preview-message" aria-live="polite">{message}</div>
        {move || taken.get().then(|| later(app.lang.get_untracked(), preload_preview(), move || note_and_alert(preview, reload)))}
    }
}

/// What a button of the preview does, when clicked.
fn act(
    a: Act,
    preview: PreviewState,
    app: AppState,
    reload: Option<Callback<()>>,
) -> impl Fn(web_sys::MouseEvent) + Clone + Send + Sync + 'static {
    move |e: web_sys::MouseEvent| match a {
        // The file input follows the button.
        Act::Open => {
            let button = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            let input = button.and_then(|b| b.next_element_sibling()).and_then(|i| i.dyn_into::<HtmlElement>().ok());
            if let Some(input) = input {
                input.click();
            }
        }
        Act::Back => preview.back(app, reload),
        Act::Toggle => preview.show_changes.update(|open| *open = !*open),
        Act::Dismiss => preview.update(|p| p.problem = None),
    }
}

/// The button that closes a message or an alert.
fn close(preview: PreviewState, app: AppState, lang: Lang) -> impl IntoView {
    view! { <button type="button" on:click=act(Act::Dismiss, preview, app, None)>{t(lang, Key::Close)}</button> }
}

crate::lazy! { preview, preload_preview;
    /// The note naming the previewed file and the alert of a file that is not a valid dataset,
    /// in a chunk of their own (see `src/web/lazy.rs`).
    fn note_and_alert(preview: PreviewState, reload: Option<Callback<()>>) -> AnyView {
        let app = use_app();
        let note = move || {
            let (lang, shown, open) = (app.lang.get(), preview.shown(), preview.show_changes.get_untracked());
            preview.with(|p| note(p, shown, lang, open, act(Act::Back, preview, app, reload), act(Act::Toggle, preview, app, reload)))
        };
        let alert = move || {
            let lang = app.lang.get();
            preview.with(|p| match &p.problem {
                Some(Problem::Invalid(file, error)) => Some(view! {
                    <div class="preview-problem">
                        <ErrorView lang error=error.clone() file=file.clone() on_retry=None heading=Some(tp(lang, P::FileInvalid)) />
                        {close(preview, app, lang)}
                    </div>
                }),
                _ => None,
            })
        };
        view! { {note} {alert} }.into_any()
    }
}

/// The note naming the previewed file with "Back to the published map" and, when the file is
/// worth comparing, "Show changes" (open when the changes are shown).
fn note<F>(p: &Preview, shown: Option<Arc<Loaded>>, lang: Lang, open: bool, back: F, toggle: F) -> Option<impl IntoView>
where
    F: Fn(web_sys::MouseEvent) + Clone + Send + Sync + 'static,
{
    let name = p.file.clone()?;
    let changes = p.changes.clone();
    let same = changes.as_ref().is_some_and(|c| c.is_empty()).then(|| " ".to_owned() + tp(lang, P::SameAsPublished));
    let details = match (changes, p.published.as_ref(), shown) {
        (Some(c), Some(published), Some(shown)) if c.differ() => Some(view! {
            <details open=open>
                <summary on:click=toggle>{tp(lang, P::ShowChanges)}</summary>
                {changes_panel(&c, published, &shown, lang)}
            </details>
        }),
        _ => None,
    };
    Some(view! {
        <div class="preview-note" role="note">
            <p>{tp(lang, P::Previewing)} " " <code>{name}</code> {tp(lang, P::NotPublished)} {same}</p>
            <button type="button" on:click=back>{tp(lang, P::BackToPublished)}</button>
            {details}
        </div>
    })
}
