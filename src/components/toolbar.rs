//! The header's tools: search, the menu of views and tours, the map/list switch, the language
//! switch, "Copy link", "Embed" and "About" (not embedded).

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::about_dialog::about_button;
use crate::components::embed_dialog::EmbedDialog;
use crate::components::search_box::SearchBox;
use crate::components::state::use_app;
use crate::components::story_menu::StoryMenu;
use crate::components::text::tr;
use crate::i18n::{t, Key, Lang};
use crate::load::Loaded;
use crate::url::View;
use crate::web::clipboard;

/// Search, view switch, language switch and copy link.
#[component]
pub fn Toolbar(
    /// The dataset (for search).
    loaded: Arc<Loaded>,
) -> impl IntoView {
    let app = use_app();
    let lang = move || app.lang.get();
    let copied = RwSignal::new(false);
    let copy = move |_| {
        clipboard::copy_current_url(move |ok| {
            copied.set(ok);
            crate::web::timing::after(2000, move || copied.set(false));
        });
    };
    let embed = app.initial.with_value(|s| s.embed);
    let meta = loaded.dataset.meta.clone().unwrap_or_default();
    let (title_ds, about_ds) = (loaded.clone(), loaded.clone());
    let title = Signal::derive(move || {
        let lang = app.lang.get();
        title_ds
            .dataset
            .meta
            .as_ref()
            .and_then(|m| m.title.as_ref())
            .map(|t| t.get(lang.code()).to_owned())
            .unwrap_or_else(|| "Geneva Data Map".into())
    });
    let full_map = move || {
        let mut s = app.view_state();
        s.embed = false;
        let path = web_sys::window().and_then(|w| w.location().pathname().ok()).unwrap_or_default();
        format!("{path}{s}")
    };
    let view_button = move |v: View, key: Key| {
        view! {
            <button type="button" aria-pressed=move || (app.view.get() == v).to_string() on:click=move |_| app.view.set(v)>
                {tr(app, key)}
            </button>
        }
    };
    // The visible code opens the accessible name ("FR – Français"), so that speech input can
    // say what it sees (WCAG 2.5.3, label in name).
    let lang_button = move |l: Lang, label: &'static str, name: &'static str| {
        view! {
            <button type="button" lang=l.code() aria-label=name aria-pressed=move || (app.lang.get() == l).to_string()
                on:click=move |_| { app.lang_in_url.set(true); app.lang.set(l); }>
                {label}
            </button>
        }
    };
    view! {
        <div class="toolbar">
            <SearchBox loaded=loaded.clone() />
            <StoryMenu loaded />
            <div class="segmented" role="group" aria-label=tr(app, Key::ViewLabel)>
                {view_button(View::Map, Key::MapButton)}
                {view_button(View::List, Key::List)}
            </div>
            <div class="segmented" role="group" aria-label=tr(app, Key::Language)>
                {lang_button(Lang::En, "EN", "EN – English")}
                {lang_button(Lang::Fr, "FR", "FR – Français")}
            </div>
            {if embed {
                // The footer is hidden in a frame: the data's date and version go beside the link.
                let as_of = move || crate::i18n::data_as_of(lang(), meta.updated.as_deref(), meta.version.as_deref());
                view! {
                    <a class="open-full" href=full_map target="_blank" rel="noopener">{tr(app, Key::OpenFullMap)}</a>
                    <span class="data-as-of embed-as-of">{as_of}</span>
                }.into_any()
            } else {
                view! {
                    <button type="button" class="copy-link" on:click=copy>
                        {move || if copied.get() { t(lang(), Key::LinkCopied) } else { t(lang(), Key::CopyLink) }}
                    </button>
                    <EmbedDialog title />
                    {about_button(app, about_ds)}
                }.into_any()
            }}
        </div>
    }
}
