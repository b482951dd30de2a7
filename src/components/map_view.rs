//! The map: a focusable canvas that forwards pointer, wheel and key input to the pure
//! [`MapModel`](crate::mapmodel::MapModel), draws what the frame plan says on animation frames
//! (only when something changed), follows the selection, the filters and the search, and reports
//! camera moves for the URL. The map itself ([`MapKeep`]) outlives the view: switching to the list
//! and back, or changing language, shows the same map where it was, without laying it out again.
//!
//! Files: `runtime` (what is kept), `startup` (a view's start), `frame` (carrying out the frame
//! plan), `pictures` (the kept pictures), `input` (event handlers), `follow` (effects following
//! the app), `controls` (export menu, zoom buttons), `dom` (what the map reads of the page) and
//! `export` (PNG and SVG downloads).

use std::sync::Arc;

use leptos::html::Div;
use leptos::prelude::*;

use crate::i18n::{t, Key, Lang};
use crate::load::Loaded;
use crate::num::Num;
use crate::url::{CameraParam, Selection};

mod controls;
mod dom;
mod export;
mod follow;
mod frame;
mod input;
mod pictures;
mod runtime;
mod startup;

use controls::MapControls;
use input::Handlers;
pub use runtime::MapKeep;
use runtime::{Hooks, Shared};
use startup::Start;

/// The map view.
#[component]
pub fn MapView(
    /// The validated dataset.
    loaded: Arc<Loaded>,
    /// The dataset's map, kept by the explorer across views and languages.
    keep: StoredValue<MapKeep, LocalStorage>,
    /// Label language.
    lang: Lang,
    /// The selected node (shared with the URL and the detail panel).
    selection: RwSignal<Option<Selection>>,
    /// The camera from the URL, if any (it wins over the selection's neighbourhood).
    initial_camera: Option<CameraParam>,
    /// Called (debounced) when the camera settles: `None` when it shows "fit all".
    on_camera: Callback<Option<CameraParam>>,
    /// Hidden nodes by id (filters), if any.
    #[prop(optional, into)]
    hidden_ids: Option<Signal<Vec<String>>>,
    /// Search matches by id, when a search is active.
    #[prop(optional, into)]
    match_ids: Option<Signal<Option<Vec<String>>>>,
    /// Nodes brought forward instead of the selection's neighbours (a comparison's answer, the
    /// neighbourhood two links deep), by id.
    #[prop(optional, into)]
    emphasis_ids: Option<Signal<Option<Vec<String>>>>,
    /// The nodes of the legend entry to highlight by id, while one is.
    #[prop(optional, into)]
    highlight_ids: Option<Signal<Option<Vec<String>>>>,
    /// Embed mode: the wheel zooms only once the map has focus (the host page keeps scrolling).
    #[prop(default = false)]
    embed: bool,
    /// A camera to jump to (set after Back or Forward from the URL; consumed when applied).
    #[prop(optional)]
    jump: Option<RwSignal<Option<CameraParam>>>,
    /// The route of the view or tour step shown: a new one may ask for a camera move.
    #[prop(optional)]
    story: Option<RwSignal<String>>,
) -> impl IntoView {
    let host = NodeRef::<Div>::new();
    let canvas_ref = NodeRef::<leptos::html::Canvas>::new();
    let shared: Shared = keep.with_value(|k| k.0.clone());
    let tooltip = RwSignal::new(None::<(String, f64, f64)>);
    let wheel_hint = RwSignal::new(false);
    let hooks = Hooks { selection, tooltip, on_camera };
    let start = Start { loaded: loaded.clone(), lang, hooks, initial_camera, hidden_ids, match_ids, emphasis_ids };
    startup::when_mounted(shared.clone(), canvas_ref, host, start);
    follow::selection(shared.clone(), host, selection, jump, story);
    follow::filters(&shared, hidden_ids, match_ids);
    follow::emphasis(shared.clone(), host, emphasis_ids);
    follow::highlight(&shared, highlight_ids);

    let h = Handlers::new(shared.clone(), host, embed, wheel_hint);
    let controls = h.clone();
    view! {
        <div
            class="map"
            node_ref=host
            tabindex="0"
            role="application"
            aria-label=t(lang, Key::MapLabel)
            aria-describedby="map-help"
            on:pointerdown=h.clone().pointer_down()
            on:pointermove=h.clone().pointer_move()
            on:pointerup=h.clone().pointer_up()
            on:pointercancel=h.clone().pointer_cancel()
            on:pointerleave=h.clone().pointer_leave()
            on:wheel=h.clone().wheel()
            on:dblclick=h.clone().double_click()
            on:keydown=h.clone().key_down()
        >
            <canvas node_ref=canvas_ref aria-hidden="true"></canvas>
            <p id="map-help" class="visually-hidden">{t(lang, Key::MapHelp)}</p>
            {move || tooltip.get().map(|(text, x, y)| view! {
                <div class="tooltip" role="tooltip" style:left=format!("{}px", Num(x)) style:top=format!("{}px", Num(y))>{text}</div>
            })}
            {move || wheel_hint.get().then(|| view! { <p class="wheel-hint" role="status">{t(lang, Key::WheelHint)}</p> })}
            <MapControls rt=shared loaded lang handlers=controls />
        </div>
    }
}
