//! The map follows the app: a selection made elsewhere (URL, panel, search, Back), a camera that
//! Back or Forward brought, a view's or tour step's camera move, the filters, the search and the
//! legend entry pointed at.

use leptos::html::Div;
use leptos::prelude::*;

use super::dom::panel_cover;
use super::frame::request_frame;
use super::runtime::Shared;
use super::startup::flags;
use crate::camera::Camera;
use crate::components::state::{aim, set_aim, Aim};
use crate::mapmodel::{Cover, MapModel};
use crate::url::{CameraParam, Selection};
use crate::web::timing;

/// Follows the selection with the camera, unless Back or Forward brought a camera of its own,
/// which wins (see `docs/url.md`), or a view or tour step moves it (`aim`, made at the view's
/// start when the map is not shown).
pub(super) fn selection(
    rt: Shared,
    host: NodeRef<Div>,
    selection: RwSignal<Option<Selection>>,
    jump: Option<RwSignal<Option<CameraParam>>>,
    story: Option<RwSignal<String>>,
) {
    crate::components::effect(move |_| {
        let wanted = selection.get();
        story.inspect(|s| s.track());
        let (jump_to, aim_to) = (jump.and_then(|j| j.get()), aim());
        let mut guard = rt.borrow_mut();
        let Some(r) = guard.as_mut() else { return };
        let node = wanted.and_then(|s| r.model.graph.node_by_id(s.id()));
        let changed = r.model.select(node);
        if let Some(c) = jump_to {
            r.model.set_camera(Camera { x: c.x, y: c.y, z: c.z });
            drop(guard);
            jump.inspect(|j| j.set(None));
            set_aim(None);
            request_frame(&rt);
            return;
        }
        let for_aim = aim_to.is_some();
        if !(changed || for_aim) || (for_aim && r.view.is_none()) {
            return;
        }
        // Moved on the next frame, once the detail panel is drawn over the map (and the filters
        // applied): the selection, or what the view shows, goes in the part of the map it leaves
        // clear. The latest move asked for is made once.
        drop(guard);
        let weak = std::rc::Rc::downgrade(&rt);
        timing::next_frame(move || {
            let Some(rt) = weak.upgrade() else { return };
            let aimed = aim();
            if for_aim != aimed.is_some() {
                return;
            }
            set_aim(None);
            let cover = host.get_untracked().map(|h| panel_cover(&h)).unwrap_or_default();
            if let Some(r) = rt.borrow_mut().as_mut() {
                let (now, reduced) = (timing::now(), timing::reduced_motion());
                match aimed {
                    Some(a) => make(&mut r.model, a, cover, now, reduced),
                    None => {
                        if let Some(cam) = node.and_then(|n| r.model.neighbourhood_clear_of(n, cover)) {
                            r.model.animate_to(cam, now, reduced);
                        }
                    }
                }
            }
            request_frame(&rt);
        });
    });
}

/// Moves the camera as `aim` asks, in the part of the map that `cover` leaves clear.
pub(super) fn make(model: &mut MapModel, aim: Aim, cover: Cover, now: f64, reduced_motion: bool) {
    match aim {
        Aim::At(c) => model.animate_to(Camera { x: c.x, y: c.y, z: c.z }, now, reduced_motion),
        Aim::Story | Aim::Shown => model.show_visible(cover, now, reduced_motion),
    }
}

/// Follows the filters (hidden nodes by id) and the search (matching nodes by id, when one is
/// active).
pub(super) fn filters(
    rt: &Shared,
    hidden_ids: Option<Signal<Vec<String>>>,
    match_ids: Option<Signal<Option<Vec<String>>>>,
) {
    if let Some(hidden_ids) = hidden_ids {
        let rt = rt.clone();
        crate::components::effect(move |_| {
            let ids = hidden_ids.get();
            if let Some(r) = rt.borrow_mut().as_mut() {
                let hidden = flags(&r.model, &ids);
                r.model.set_hidden(hidden);
            }
            request_frame(&rt);
        });
    }
    if let Some(match_ids) = match_ids {
        let rt = rt.clone();
        crate::components::effect(move |_| {
            let ids = match_ids.get();
            if let Some(r) = rt.borrow_mut().as_mut() {
                let matches = ids.map(|ids| flags(&r.model, &ids));
                r.model.set_matches(matches);
            }
            request_frame(&rt);
        });
    }
}

/// Follows the question's answer (nodes brought forward, by id). A new comparison (an answer
/// without a selection) is framed on the next frame, once its panel is drawn over the map, in the
/// part of the map the panel leaves clear; the answer the map starts with is framed at its start.
pub(super) fn emphasis(rt: Shared, host: NodeRef<Div>, emphasis_ids: Option<Signal<Option<Vec<String>>>>) {
    let Some(emphasis_ids) = emphasis_ids else { return };
    crate::components::effect(move |first: Option<()>| {
        let ids = emphasis_ids.get();
        let frame = match rt.borrow_mut().as_mut() {
            Some(r) => {
                let on = ids.map(|ids| flags(&r.model, &ids));
                r.model.set_emphasis(on);
                first.is_some() && r.model.selected().is_none()
            }
            None => false,
        };
        if frame {
            let weak = std::rc::Rc::downgrade(&rt);
            timing::next_frame(move || {
                let Some(rt) = weak.upgrade() else { return };
                let cover = host.get_untracked().map(|h| panel_cover(&h)).unwrap_or_default();
                if let Some(r) = rt.borrow_mut().as_mut() {
                    if let Some(cam) = r.model.emphasis_clear_of(cover) {
                        r.model.animate_to(cam, timing::now(), timing::reduced_motion());
                    }
                }
                request_frame(&rt);
            });
        } else {
            request_frame(&rt);
        }
    });
}

/// Follows the legend: the nodes of the entry pointed at or focused (by id) stand out.
pub(super) fn highlight(rt: &Shared, ids: Option<Signal<Option<Vec<String>>>>) {
    let Some(ids) = ids else { return };
    let rt = rt.clone();
    crate::components::effect(move |_| {
        let ids = ids.get();
        let changed = rt.borrow_mut().as_mut().is_some_and(|r| {
            let on = ids.map(|ids| flags(&r.model, &ids));
            r.model.set_highlight(on)
        });
        if changed {
            request_frame(&rt);
        }
    });
}
