//! The map's state and behaviour, without a browser: positions (baked or laid out), camera,
//! hover, selection, filters, gestures and keys. The web layer forwards input events here and
//! draws [`MapModel::scene`]; everything here is tested natively.

use std::sync::Arc;

use crate::bake::baked;
use crate::camera::{Camera, Viewport};
use crate::graph::{Graph, NodeKind};
use crate::layout::layout_request;
use crate::model::Dataset;
use crate::scene::{self, Detail, Scene, SceneInput};
use crate::spatial::SpatialIndex;

pub mod frame;
mod framing;
mod input;
mod layout;
mod picture;
mod ticks;

pub use layout::{LayoutStage, Running};
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
pub use crate::budgets::ANIMATION_MS;

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
    /// The graph (shared with the panels' answers, which would otherwise build their own).
    pub graph: Arc<Graph>,
    positions: Vec<[f64; 2]>,
    radii: Vec<f64>,
    index: SpatialIndex,
    labels: Vec<String>,
    /// The language of `labels`.
    lang: String,
    viewport: Viewport,
    camera: Camera,
    /// The node under the pointer.
    pub hover: Option<u32>,
    /// The selected node: a node of the graph, never a hidden one once filters apply (see
    /// [`MapModel::select`] and [`MapModel::set_hidden`]).
    selected: Option<u32>,
    hidden: Vec<bool>,
    matches: Option<Vec<bool>>,
    /// Nodes brought forward instead of the selection's neighbours (see [`MapModel::set_emphasis`]).
    emphasis: Option<Vec<bool>>,
    highlight: Option<Vec<bool>>,
    stage: LayoutStage,
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
        MapModel::with_graph(ds, Arc::new(Graph::new(ds)), lang, viewport)
    }

    /// [`MapModel::new`] on `graph`, the graph of `ds` built elsewhere.
    pub fn with_graph(ds: &Dataset, graph: Arc<Graph>, lang: &str, viewport: Viewport) -> MapModel {
        let n = graph.len();
        let radii: Vec<f64> = (0..n as u32).map(|i| graph.radius(i)).collect();
        let fixed = baked(ds, &graph);
        let mut stage = LayoutStage::Settled;
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
            stage = LayoutStage::start(layout_request(&graph, &fixed));
            match &stage {
                LayoutStage::Waiting(r) => r.positions().to_vec(),
                _ => vec![[0.0, 0.0]; n],
            }
        };
        let labels = labels_of(ds, &graph, lang);
        let index = SpatialIndex::new(&positions, &radii);
        let mut m = MapModel {
            hidden: vec![false; n],
            graph,
            positions,
            radii,
            index,
            labels,
            lang: lang.to_owned(),
            viewport,
            camera: Camera { x: 0.0, y: 0.0, z: 1.0 },
            hover: None,
            selected: None,
            matches: None,
            emphasis: None,
            highlight: None,
            stage,
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

    /// The selected node.
    pub fn selected(&self) -> Option<u32> {
        self.selected
    }

    /// Selects a node (or none); a node not in the graph selects none. Returns whether the
    /// selection changed.
    pub fn select(&mut self, node: Option<u32>) -> bool {
        let node = node.filter(|&n| (n as usize) < self.graph.len());
        std::mem::replace(&mut self.selected, node) != node
    }

    /// Shows labels in `lang` (the dataset must be the map's own).
    pub fn set_lang(&mut self, ds: &Dataset, lang: &str) {
        if self.lang != lang && ds.topics.len() + ds.organisations.len() == self.graph.len() {
            self.labels = labels_of(ds, &self.graph, lang);
            lang.clone_into(&mut self.lang);
        }
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

    /// Brings these nodes forward instead of the selection's neighbours, one flag per node: a
    /// comparison's answer, or the selection's neighbourhood two links deep (`None`: the
    /// selection's neighbours, as usual).
    pub fn set_emphasis(&mut self, emphasis: Option<Vec<bool>>) {
        self.emphasis = emphasis.filter(|e| e.len() == self.graph.len());
    }

    /// Highlights the nodes of a legend entry, the rest faded (`None` when no entry is
    /// highlighted). Returns whether it changed.
    pub fn set_highlight(&mut self, highlight: Option<Vec<bool>>) -> bool {
        let highlight = highlight.filter(|h| h.len() == self.graph.len());
        std::mem::replace(&mut self.highlight, highlight.clone()) != highlight
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
            emphasis: self.emphasis.as_deref(),
            highlight: self.highlight.as_deref(),
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

/// Each node's label in `lang`: a topic's name, an organisation's acronym (else its name).
fn labels_of(ds: &Dataset, graph: &Graph, lang: &str) -> Vec<String> {
    graph
        .nodes
        .iter()
        .map(|node| match node.kind {
            NodeKind::Topic => ds.topics[node.index].name.get(lang).to_owned(),
            NodeKind::Org => {
                let o = &ds.organisations[node.index];
                o.acronym.as_ref().map(|a| a.get(lang)).filter(|a| !a.is_empty()).unwrap_or(o.name.get(lang)).to_owned()
            }
        })
        .collect()
}
