//! The "Embed" dialog: a ready `<iframe>` snippet for the current view (selection, filters,
//! language, camera), or, while a curated view or tour is shown, for that view or that tour from
//! its first step; a size choice, a live preview and a copy button.

use leptos::html::Dialog;
use leptos::prelude::*;

use crate::components::later::later;
use crate::components::state::{use_app, AppState};
use crate::components::text::tr;
use crate::embed::snippet;
use crate::i18n::{t, ts, Key, StoryKey};
use crate::url::Story;

/// The page's address up to the path (`https://host/path/`).
pub(crate) fn base_url() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// The button and its dialog.
#[component]
pub fn EmbedDialog(
    /// The dataset's title, used as the iframe's accessible title.
    #[prop(into)]
    title: Signal<String>,
) -> impl IntoView {
    let app = use_app();
    let dialog = NodeRef::<Dialog>::new();
    let width = RwSignal::new("100%".to_owned());
    let height = RwSignal::new(600u32);
    let copied = RwSignal::new(false);
    let open = RwSignal::new(false);
    // Whether the snippet shows the curated view or tour on screen from its start.
    let from_start = RwSignal::new(false);
    // Shown once its content is built, so the browser puts focus inside it.
    crate::components::effect(move |_| {
        if let (true, Some(d)) = (open.get(), dialog.get()) {
            if !d.open() {
                let _ = d.show_modal();
            }
        }
    });
    // The content's code is fetched first (the first time), so that it is built at once.
    let show = move |_| {
        copied.set(false);
        leptos::task::spawn_local(async move {
            let _ = preload_embed().await;
            open.set(true);
        });
    };
    let choices = Choices { width, height, copied, from_start };
    view! {
        <button type="button" class="embed-button" on:click=show>{tr(app, Key::Embed)}</button>
        <dialog node_ref=dialog class="embed-dialog" aria-labelledby="embed-title" on:close=move |_| open.set(false)>
            // Built only while open: the page starts faster, and a closed dialog does not
            // recompute its snippet at every move of the map.
            {move || open.get().then(|| later(app.lang.get_untracked(), preload_embed(), move || content(app, dialog, title, choices)))}
        </dialog>
    }
}

/// What the visitor chose in the dialog, kept while the page is open.
#[derive(Clone, Copy)]
pub struct Choices {
    width: RwSignal<String>,
    height: RwSignal<u32>,
    copied: RwSignal<bool>,
    from_start: RwSignal<bool>,
}

crate::lazy! { embed, preload_embed;
    /// The dialog's content, in a chunk of its own (see `src/web/lazy.rs`).
    fn content(app: AppState, dialog: NodeRef<Dialog>, title: Signal<String>, choices: Choices) -> AnyView {
        body(app, dialog, title, choices).into_any()
    }
}

/// The dialog's content: the snippet, its size and start, Copy, Close and the preview.
fn body(app: AppState, dialog: NodeRef<Dialog>, title: Signal<String>, choices: Choices) -> impl IntoView {
    let Choices { width, height, copied, from_start } = choices;
    let url = move || {
        let mut s = app.view_state();
        if from_start.get() {
            s = s.story_start().unwrap_or(s);
        }
        s.embed = true;
        format!("{}{s}", base_url())
    };
    let code = move || snippet(&url(), &title.get(), &width.get(), height.get());
    let lang = move || app.lang.get();
    let copy = move |_| {
        let text = code();
        if let Some(w) = web_sys::window() {
            let promise = w.navigator().clipboard().write_text(&text);
            leptos::task::spawn_local(async move {
                copied.set(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
            });
        }
    };
    view! {
            <h2 id="embed-title">{tr(app, Key::EmbedTitle)}</h2>
            <p>{tr(app, Key::EmbedHelp)}</p>
            {sizes(app, width, height)}
            {start_choice(app, from_start)}
            <label class="embed-code-label" for="embed-code">{tr(app, Key::EmbedCode)}</label>
            <textarea id="embed-code" readonly rows="4" prop:value=code></textarea>
            <div class="embed-actions">
                <button type="button" on:click=copy>{move || if copied.get() { t(lang(), Key::CodeCopied) } else { t(lang(), Key::CopyCode) }}</button>
                <button type="button" on:click=move |_| { if let Some(d) = dialog.get() { d.close(); } }>{tr(app, Key::Close)}</button>
            </div>
            <p class="embed-preview-label">{tr(app, Key::Preview)}</p>
            <div class="embed-preview">
                <iframe src=url title=move || title.get() width="100%" height=move || height.get().min(400)></iframe>
            </div>
    }
}

/// The width and height of the frame.
fn sizes(app: AppState, width: RwSignal<String>, height: RwSignal<u32>) -> impl IntoView {
    view! {
        <div class="embed-sizes">
            <label>{tr(app, Key::Width)} " "
                <select on:change=move |ev| width.set(event_target_value(&ev))>
                    {["100%", "800", "600", "400"].map(|v| view! {
                        <option value=v selected=width.get_untracked() == v>{if v == "100%" { v.to_owned() } else { format!("{v} px") }}</option>
                    })}
                </select>
            </label>
            <label>{tr(app, Key::Height)} " "
                <select on:change=move |ev| height.set(event_target_value(&ev).parse().unwrap_or(600))>
                    {[400u32, 600, 800].map(|v| view! {
                        <option value=v.to_string() selected=height.get_untracked() == v>{format!("{v} px")}</option>
                    })}
                </select>
            </label>
        </div>
    }
}

/// While a curated view or a tour is shown: a checkbox for the snippet of that view as curated
/// (no filters, search, selection or camera of the visitor's), or of the tour from step 1.
fn start_choice(app: AppState, from_start: RwSignal<bool>) -> Option<impl IntoView> {
    let key = match app.story_untracked()? {
        Story::View(_) => StoryKey::EmbedThisView,
        Story::Tour { .. } => StoryKey::EmbedThisTour,
    };
    Some(view! {
        <label class="embed-start">
            <input type="checkbox" checked=from_start.get_untracked() on:change=move |ev| from_start.set(event_target_checked(&ev)) />
            " " {ts(app.lang.get_untracked(), key)}
        </label>
    })
}
