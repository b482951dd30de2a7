//! The map follows the app: a selection made elsewhere (URL, panel, search, Back), a camera that
//! Back or Forward brought, the filters, the search and the legend entry pointed at.

use leptos::html::Div;
use leptos::prelude::*;

use super::dom::panel_cover;
use super::frame::request_frame;
use super::runtime::Shared;
use super::startup::flags;
use crate::camera::Camera;
use crate::mapmodel::MapModel;
use crate::url::{CameraParam, Selection};
use crate::web::timing;

/// Follows the selection with the camera, unless Back or Forward brought a camera of its own,
/// which wins (see `docs/url.md`).
pub(super) fn selection(
    rt: Shared,
    host: NodeRef<Div>,
    selection: RwSignal<Option<Selection>>,
    jump: Option<RwSignal<Option<CameraParam>>>,
) {
    Effect::new(move |_| {
        let wanted = selection.get();
        let jump_to = jump.and_then(|j| j.get());
        let mut guard = rt.borrow_mut();
        let Some(r) = guard.as_mut() else { return };
        let node = wanted.and_then(|s| r.model.graph.node_by_id(s.id()));
        let changed = r.model.select(node);
        match jump_to {
            Some(c) => r.model.set_camera(Camera { x: c.x, y: c.y, z: c.z }),
            None if changed => {
                // Framed on the next frame, once the detail panel is drawn over the map: the
                // selection goes in the part of the map it leaves clear.
                drop(guard);
                let weak = std::rc::Rc::downgrade(&rt);
                timing::next_frame(move || {
                    let Some(rt) = weak.upgrade() else { return };
                    let cover = host.get_untracked().map(|h| panel_cover(&h)).unwrap_or_default();
                    if let Some(r) = rt.borrow_mut().as_mut() {
                        if let Some(cam) = node.and_then(|n| r.model.neighbourhood_clear_of(n, cover)) {
                            r.model.animate_to(cam, timing::now(), timing::reduced_motion());
                        }
                    }
                    request_frame(&rt);
                });
                return;
            }
            None => return,
        }
        drop(guard);
        if let Some(j) = jump.filter(|_| jump_to.is_some()) {
            j.set(None);
        }
        request_frame(&rt);
    });
}

/// Nodes by id, when there are any to mark.
type Ids = Signal<Option<Vec<String>>>;
/// Marks nodes on the map, one flag per node (or none).
type SetFlags = fn(&mut MapModel, Option<Vec<bool>>);

/// Follows the filters (hidden nodes by id), the search (matching nodes by id, when one is
/// active) and the question's answer (nodes brought forward, by id).
pub(super) fn filters(
    rt: &Shared,
    hidden_ids: Option<Signal<Vec<String>>>,
    match_ids: Option<Signal<Option<Vec<String>>>>,
    emphasis_ids: Option<Signal<Option<Vec<String>>>>,
) {
    if let Some(hidden_ids) = hidden_ids {
        let rt = rt.clone();
        Effect::new(move |_| {
            let ids = hidden_ids.get();
            if let Some(r) = rt.borrow_mut().as_mut() {
                let hidden = flags(&r.model, &ids);
                r.model.set_hidden(hidden);
            }
            request_frame(&rt);
        });
    }
    let sets: [(Option<Ids>, SetFlags); 2] =
        [(match_ids, MapModel::set_matches), (emphasis_ids, MapModel::set_emphasis)];
    for (ids, set) in sets {
        let Some(ids) = ids else { continue };
        let rt = rt.clone();
        Effect::new(move |_| {
            let ids = ids.get();
            if let Some(r) = rt.borrow_mut().as_mut() {
                let on = ids.map(|ids| flags(&r.model, &ids));
                set(&mut r.model, on);
            }
            request_frame(&rt);
        });
    }
}

/// Follows the legend: the nodes of the entry pointed at or focused (by id) stand out.
pub(super) fn highlight(rt: &Shared, ids: Option<Signal<Option<Vec<String>>>>) {
    let Some(ids) = ids else { return };
    let rt = rt.clone();
    Effect::new(move |_| {
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
