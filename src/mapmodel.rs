//! The map's state and behaviour, without a browser: positions (baked or laid out), camera,
//! hover, selection, filters, gestures and keys. The web layer forwards input events here and
//! draws [`MapModel::scene`]; everything here is tested natively.

use crate::bake::baked;
use crate::camera::{Camera, Viewport};
use crate::graph::{Graph, NodeKind};
use crate::layout::{layout_request, Layout, LayoutRequest};
use crate::model::Dataset;
use crate::scene::{self, Detail, Scene, SceneInput};
use crate::spatial::SpatialIndex;

mod framing;
mod input;
mod layout;
mod picture;
mod ticks;

pub use ticks::{TickClock, TickFrame};
#[cfg(test)]
mod tests;

/// A pointer that moves less than this (CSS pixels) between down and up is a tap.
pub const TAP_SLOP: f64 = 6.0;
/// Padding around "fit all", in CSS pixels.
pub const FIT_PADDING: f64 = 28.0;
/// Above this many nodes without baked positions, the map is arranged quickly instead of laid
/// out (bake such files with `datamap-check --bake`).
pub const HUGE_GRAPH: usize = 25_000;
/// How long animated camera moves take, in milliseconds.
pub const ANIMATION_MS: f64 = 450.0;

/// What an input changed, for the web layer to act on.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// Nothing visible changed.
    None,
    /// Redraw (camera, hover or layout changed).
    Redraw,
    /// The selection changed to this node (or to none).
    Select(Option<u32>),
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Pointer {
    id: i32,
    start: [f64; 2],
    last: [f64; 2],
}

#[derive(Debug, Clone, Copy, PartialEq)]
struct Animation {
    from: Camera,
    to: Camera,
    start: f64,
}

/// The map.
pub struct MapModel {
    /// The graph.
    pub graph: Graph,
    positions: Vec<[f64; 2]>,
    radii: Vec<f64>,
    index: SpatialIndex,
    labels: Vec<String>,
    viewport: Viewport,
    camera: Camera,
    /// The node under the pointer.
    pub hover: Option<u32>,
    /// The selected node.
    pub selected: Option<u32>,
    hidden: Vec<bool>,
    matches: Option<Vec<bool>>,
    layout: Option<Layout>,
    /// What the layout was started from (for a worker to run the same layout elsewhere).
    request: Option<LayoutRequest>,
    pointers: Vec<Pointer>,
    moved: bool,
    animation: Option<Animation>,
    camera_is_fit: bool,
}

/// Margins of the map that something drawn over it (a detail panel) covers, in CSS pixels.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Cover {
    /// Covered along the right edge.
    pub right: f64,
    /// Covered along the bottom edge.
    pub bottom: f64,
}

impl MapModel {
    /// A map of `ds` in a viewport, showing labels in `lang`. Baked positions are used as they
    /// are; other nodes are placed by a seeded layout that [`MapModel::step_layout`] advances.
    pub fn new(ds: &Dataset, lang: &str, viewport: Viewport) -> MapModel {
        let graph = Graph::new(ds);
        let n = graph.len();
        let radii: Vec<f64> = (0..n as u32).map(|i| graph.radius(i)).collect();
        let fixed = baked(ds, &graph);
        let mut layout = None;
        let mut request = None;
        let positions = if fixed.iter().all(Option::is_some) {
            fixed.iter().map(|p| p.unwrap_or([0.0, 0.0])).collect()
        } else if n > HUGE_GRAPH {
            // Too large to lay out live (a tick would freeze the page): a quick deterministic
            // arrangement, topics by category with their organisations around them.
            let quick = crate::layout::quick_positions(ds, crate::layout::LAYOUT_SEED);
            graph
                .nodes
                .iter()
                .zip(&fixed)
                .map(|(node, f)| f.or_else(|| quick.get(&node.id).copied()).unwrap_or([0.0, 0.0]))
                .collect()
        } else {
            let r = layout_request(&graph, &fixed);
            let l = Layout::new(&r);
            let p = l.positions().to_vec();
            layout = Some(l);
            request = Some(r);
            p
        };
        let labels = graph
            .nodes
            .iter()
            .map(|node| match node.kind {
                NodeKind::Topic => ds.topics[node.index].name.get(lang).to_owned(),
                NodeKind::Org => {
                    let o = &ds.organisations[node.index];
                    o.acronym
                        .as_ref()
                        .map(|a| a.get(lang))
                        .filter(|a| !a.is_empty())
                        .unwrap_or(o.name.get(lang))
                        .to_owned()
                }
            })
            .collect();
        let index = SpatialIndex::new(&positions, &radii);
        let mut m = MapModel {
            hidden: vec![false; n],
            graph,
            positions,
            radii,
            index,
            labels,
            viewport,
            camera: Camera { x: 0.0, y: 0.0, z: 1.0 },
            hover: None,
            selected: None,
            matches: None,
            layout,
            request,
            pointers: Vec::new(),
            moved: false,
            animation: None,
            camera_is_fit: true,
        };
        m.camera = m.fit();
        m
    }

    /// Positions by node index (layout units).
    pub fn positions(&self) -> &[[f64; 2]] {
        &self.positions
    }

    /// Hides nodes (filters); `hidden[i]` for node `i`.
    pub fn set_hidden(&mut self, hidden: Vec<bool>) {
        if hidden.len() == self.graph.len() {
            self.hidden = hidden;
        }
        if self.selected.is_some_and(|s| self.hidden[s as usize]) {
            self.selected = None;
        }
    }

    /// Highlights search matches (`None` when no search is active).
    pub fn set_matches(&mut self, matches: Option<Vec<bool>>) {
        self.matches = matches.filter(|m| m.len() == self.graph.len());
    }

    /// The visible node at screen point `s`, with a few pixels of slack for fingers.
    pub fn pick(&self, s: [f64; 2]) -> Option<u32> {
        let p = self.camera.invert(self.viewport, s);
        let scale = scene::radius_scale(self.base_fit_zoom(), self.camera.z);
        self.index.pick_scaled(p, scale, 3.0 / self.camera.z, |i| !self.hidden[i as usize])
    }

    /// Derives this frame's drawing, in full detail.
    pub fn scene(&self) -> Scene {
        self.scene_at(Detail::Full)
    }

    /// Derives this frame's drawing, with as much detail as asked for.
    pub fn scene_at(&self, detail: Detail) -> Scene {
        self.derive(detail, false)
    }

    /// Derives the scene, told whether the faded layer can be drawn under it.
    fn derive(&self, detail: Detail, backdrop: bool) -> Scene {
        self.with_input(detail, backdrop, scene::build)
    }

    /// Calls `f` with what this frame's scene is derived from.
    fn with_input<R>(&self, detail: Detail, backdrop: bool, f: impl FnOnce(&SceneInput) -> R) -> R {
        let on_screen = self.index.query(self.camera.visible(self.viewport));
        f(&SceneInput {
            graph: &self.graph,
            positions: &self.positions,
            radii: &self.radii,
            on_screen: &on_screen,
            hidden: &self.hidden,
            camera: self.camera,
            viewport: self.viewport,
            hover: self.hover,
            selected: self.selected,
            matches: self.matches.as_deref(),
            labels: &self.labels,
            fit_zoom: self.base_fit_zoom(),
            detail,
            backdrop,
        })
    }

    /// Whether a gesture (pointer down) or an animation is under way.
    pub fn in_motion(&self) -> bool {
        self.animation.is_some() || self.pointers.len() > 1 || (self.pointers.len() == 1 && self.moved)
    }

    /// Label text of a node (its acronym or name in the current language).
    pub fn label(&self, node: u32) -> &str {
        self.labels.get(node as usize).map(String::as_str).unwrap_or("")
    }
}
