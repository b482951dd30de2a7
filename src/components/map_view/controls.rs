//! The buttons over the map: the export menu (PNG, SVG) and the zoom controls (in, out, fit all).
//! Pointer and key events on them stay theirs (they do not pan the map or move the selection).

use std::sync::Arc;

use leptos::prelude::*;

use super::export;
use super::input::Handlers;
use super::runtime::Shared;
use crate::i18n::{t, Key, Lang};
use crate::load::Loaded;

/// The export menu and the zoom controls.
#[component]
pub(super) fn MapControls(
    /// The map.
    rt: Shared,
    /// The dataset (for the exported file's name).
    loaded: Arc<Loaded>,
    /// The interface language.
    lang: Lang,
    /// The map's input handlers (the zoom buttons act like their keys).
    handlers: Handlers,
) -> impl IntoView {
    let export_png = {
        let (rt, loaded) = (rt.clone(), loaded.clone());
        move |_| export::start(rt.clone(), loaded.clone(), lang, true)
    };
    let export_svg = move |_| export::start(rt.clone(), loaded.clone(), lang, false);
    let button = move |key: &'static str| handlers.clone().button(key);
    view! {
        <details class="map-export" on:pointerdown=|ev| ev.stop_propagation() on:keydown=|ev| ev.stop_propagation()>
            <summary>{t(lang, Key::Export)}</summary>
            <button type="button" on:click=export_png>{t(lang, Key::ExportPng)}</button>
            <button type="button" on:click=export_svg>{t(lang, Key::ExportSvg)}</button>
        </details>
        <div class="map-controls" on:pointerdown=|ev| ev.stop_propagation() on:dblclick=|ev| ev.stop_propagation()>
            <button type="button" aria-label=t(lang, Key::ZoomIn) title=t(lang, Key::ZoomIn) on:click=button("+")>"+"</button>
            <button type="button" aria-label=t(lang, Key::ZoomOut) title=t(lang, Key::ZoomOut) on:click=button("-")>"−"</button>
            <button type="button" aria-label=t(lang, Key::FitAll) title=t(lang, Key::FitAll) on:click=button("0")>
                // Drawn, not a character: "⤢" is missing from common fonts (a slow fallback
                // search at first layout, or a missing-glyph box).
                <svg class="icon" viewBox="0 0 16 16" aria-hidden="true">
                    <path d="M2 6V2h4M10 2h4v4M14 10v4h-4M6 14H2v-4" />
                </svg>
            </button>
        </div>
    }
}
