//! What is drawn, derived and never stored: from the graph, the filters, hover, selection, search
//! matches, a highlighted legend entry and the camera, one pure function computes the nodes,
//! edges and labels of a frame
//! (the idea of sigma.js's node reducer). Labels go through a grid so that no two overlap, topics
//! first, then organisations by degree; organisations get labels only when zoomed in.

use crate::camera::{Camera, Viewport};
use crate::graph::Graph;

mod drawing;
mod edges;
mod focus;
mod labels;

pub use drawing::{DrawEdge, DrawLabel, DrawNode, Ring, Scene};
use edges::edges;
use focus::Focus;
use labels::labels;
pub use labels::{shorten, text_width};

/// Everything a frame depends on.
pub struct SceneInput<'a> {
    /// The graph.
    pub graph: &'a Graph,
    /// Node positions in layout units.
    pub positions: &'a [[f64; 2]],
    /// Node radii in layout units.
    pub radii: &'a [f64],
    /// Nodes on screen (from the spatial index), ascending.
    pub on_screen: &'a [u32],
    /// Nodes hidden by the filters.
    pub hidden: &'a [bool],
    /// The camera.
    pub camera: Camera,
    /// The viewport.
    pub viewport: Viewport,
    /// The node under the pointer.
    pub hover: Option<u32>,
    /// The selected node.
    pub selected: Option<u32>,
    /// Search matches, when a search is active.
    pub matches: Option<&'a [bool]>,
    /// Nodes to bring forward instead of the selection's neighbours (a comparison's answer, or
    /// the neighbourhood two links deep), one flag per node; the hovered node still wins.
    pub emphasis: Option<&'a [bool]>,
    /// The nodes of a highlighted legend entry, while one is (hovered or focused in the legend):
    /// they stand out and every other node fades, whatever the focus or the search.
    pub highlight: Option<&'a [bool]>,
    /// Label text of each node, in the current language.
    pub labels: &'a [String],
    /// The zoom of the "fit all" camera: organisations get labels once zoomed in past it.
    pub fit_zoom: f64,
    /// How much to draw.
    pub detail: Detail,
    /// Whether the renderer can draw [`faded_layer`] under this frame: a focus frame of a dense
    /// graph then leaves out the faded nodes (see [`Scene::backdrop`]).
    pub backdrop: bool,
}

impl SceneInput<'_> {
    /// The nodes picked out of the map: a highlighted legend entry's, else the search's matches.
    pub fn picked(&self) -> Option<&[bool]> {
        self.highlight.or(self.matches)
    }
}

/// How much a frame draws.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Detail {
    /// Everything.
    Full,
    /// The camera is moving: a dense graph draws a sample of its edges and fewer labels; full
    /// detail follows when it stops.
    Moving,
    /// The layout is still moving the nodes: a dense graph draws a sparser sample of its edges,
    /// no labels (they would jump about) and no node outlines, so that a frame stays short on a
    /// main thread that shares the machine with the layout's worker.
    Layout,
}

impl Detail {
    /// The detail of a frame: while the layout runs, [`Detail::Layout`]; else while the camera
    /// moves, [`Detail::Moving`]; else [`Detail::Full`].
    ///
    /// ```
    /// use datamap::scene::Detail;
    /// assert_eq!(Detail::of(true, true), Detail::Layout);
    /// assert_eq!(Detail::of(false, true), Detail::Moving);
    /// assert_eq!(Detail::of(false, false), Detail::Full);
    /// ```
    pub fn of(layout: bool, moving: bool) -> Detail {
        match (layout, moving) {
            (true, _) => Detail::Layout,
            (false, true) => Detail::Moving,
            (false, false) => Detail::Full,
        }
    }
}

/// How much nodes shrink relative to the layout when zoomed in past "fit all": with the square
/// root, a node 16 times closer is drawn 4 times larger, so close views show more than blobs.
///
/// ```
/// assert_eq!(datamap::scene::radius_scale(2.0, 1.0), 1.0);
/// assert_eq!(datamap::scene::radius_scale(1.0, 4.0), 0.5);
/// ```
pub fn radius_scale(fit_zoom: f64, zoom: f64) -> f64 {
    if zoom > fit_zoom && fit_zoom > 0.0 {
        (fit_zoom / zoom).sqrt()
    } else {
        1.0
    }
}

/// The opacity of nodes out of focus.
pub const FADED_NODE_ALPHA: f64 = 0.18;
/// The opacity of nodes that a search or a highlighted legend entry leaves out.
pub const UNPICKED_NODE_ALPHA: f64 = 0.22;

/// Graphs with more edges than this are dense: in focus, their faded edges are left out.
pub const DENSE_EDGES: usize = 2_000;
/// The most labels a frame shows.
pub const MAX_LABELS: usize = 400;
/// The most labels a frame shows while the camera moves.
pub const MAX_MOVING_LABELS: usize = 60;
/// While the camera moves, a graph with more edges than this draws a regular sample of them.
pub const MAX_MOVING_EDGES: usize = 3_000;
/// While the layout runs, a graph with more edges than this draws a regular sample of them.
pub const MAX_LAYOUT_EDGES: usize = 1_000;
/// Frames with this many nodes or more skip the nodes' outlines.
pub const MAX_OUTLINED_NODES: usize = 4_000;
/// Organisations get labels once the zoom is this many times the "fit all" zoom...
pub const ORG_LABEL_ZOOM: f64 = 1.6;
/// ...or once they are this large on screen (CSS pixels of radius).
pub const ORG_LABEL_MIN_RADIUS: f64 = 14.0;
/// The longest label, in characters, before it is cut with an ellipsis.
pub const MAX_LABEL_CHARS: usize = 42;
/// Label font sizes live with the rest of the look; the scene lays labels out with them.
pub use crate::look::{ORG_LABEL_PX, TOPIC_LABEL_PX};

/// Whether a frame of a graph with `edges` edges is drawn over the faded layer when the renderer
/// can (see [`Scene::backdrop`]): a dense graph's focus (hover or selection) in full detail,
/// with no nodes picked out (search matches or a highlight keep their own opacity).
pub fn over_layer(edges: usize, focus: bool, detail: Detail, picking: bool) -> bool {
    edges > DENSE_EDGES && focus && detail == Detail::Full && !picking
}

/// Derives the frame.
pub fn build(input: &SceneInput) -> Scene {
    let g = input.graph;
    let focus = Focus::of(input);
    let near = focus.near(input);
    let backdrop = input.backdrop && over_layer(g.edges.len(), focus.active(), input.detail, input.picked().is_some());
    let mut scene = Scene { backdrop, edges: edges(input, focus), ..Scene::default() };
    add_nodes(input, focus.active(), &near, &mut scene);
    scene.outline = input.detail != Detail::Layout && scene.nodes.len() < MAX_OUTLINED_NODES;
    scene.labels = labels(input, &scene.nodes, focus.active(), &near);
    scene
}

/// Adds the visible nodes to `scene`: those out of focus first (none over a backdrop), a
/// highlighted entry's over them, then from [`Scene::front`] the focus, its neighbours and the
/// ringed nodes, the selection last.
fn add_nodes(input: &SceneInput, focused: bool, near: &[bool], scene: &mut Scene) {
    let n = input.graph.len();
    let hidden = |i: u32| input.hidden.get(i as usize).copied().unwrap_or(false);
    let z = input.camera.z * radius_scale(input.fit_zoom, input.camera.z);
    let (mut lifted, mut front) = (Vec::new(), Vec::new());
    for &i in input.on_screen {
        if i as usize >= n || hidden(i) {
            continue;
        }
        let matched = input.matches.map(|m| m[i as usize]);
        let picked = input.picked().map(|m| m[i as usize]);
        let alpha = match (focused, picked) {
            (_, Some(p)) if input.highlight.is_some() => [UNPICKED_NODE_ALPHA, 1.0][usize::from(p)],
            (true, _) if near[i as usize] => 1.0,
            (true, _) => FADED_NODE_ALPHA,
            (false, Some(true)) | (false, None) => 1.0,
            (false, Some(false)) => UNPICKED_NODE_ALPHA,
        };
        let ring = if input.selected == Some(i) {
            Ring::Selected
        } else if input.hover == Some(i) {
            Ring::Hover
        } else if matched == Some(true) {
            Ring::Match
        } else {
            Ring::None
        };
        let Some(d) = placed(input, i, z, alpha, ring) else { continue };
        if ring != Ring::None || (focused && near[i as usize]) {
            front.push(d);
        } else if input.highlight.is_some() && picked == Some(true) {
            lifted.push(d);
        } else if !scene.backdrop {
            scene.nodes.push(d);
        }
    }
    scene.nodes.extend(lifted);
    // The hovered node, then the selected one, last: a stable sort by ring, in one pass.
    let mut by_ring: [Vec<DrawNode>; 3] = Default::default();
    for d in front {
        let rank = match d.ring {
            Ring::None | Ring::Match => 0,
            Ring::Hover => 1,
            Ring::Selected => 2,
        };
        by_ring[rank].push(d);
    }
    let [mut front, hover, selected] = by_ring;
    front.extend(hover);
    front.extend(selected);
    if scene.backdrop {
        // A faded node in front (the selection, out of the hover's focus) is in the faded layer
        // already: only its ring is drawn.
        for d in front.iter_mut().filter(|d| d.alpha == FADED_NODE_ALPHA) {
            d.alpha = 0.0;
        }
    }
    scene.front = scene.nodes.len();
    scene.nodes.extend(front);
}

/// The layer under a frame drawn over a backdrop ([`Scene::backdrop`]): every visible node at the
/// faded opacity, as the frame's faded nodes would be drawn, and nothing else. It does not depend
/// on the hover, the selection or the search, so one layer serves every focus under a camera.
pub fn faded_layer(input: &SceneInput) -> Scene {
    let n = input.graph.len();
    let z = input.camera.z * radius_scale(input.fit_zoom, input.camera.z);
    let nodes: Vec<DrawNode> = input
        .on_screen
        .iter()
        .filter(|&&i| (i as usize) < n && !input.hidden.get(i as usize).copied().unwrap_or(false))
        .filter_map(|&i| placed(input, i, z, FADED_NODE_ALPHA, Ring::None))
        .collect();
    Scene {
        front: nodes.len(),
        outline: input.detail != Detail::Layout && nodes.len() < MAX_OUTLINED_NODES,
        nodes,
        ..Scene::default()
    }
}

/// Node `i` as drawn (on screen, scaled by `z`), or `None` when it is outside the viewport.
fn placed(input: &SceneInput, i: u32, z: f64, alpha: f64, ring: Ring) -> Option<DrawNode> {
    let [x, y] = input.camera.apply(input.viewport, input.positions[i as usize]);
    let r = (input.radii[i as usize] * z).max(1.5);
    let outside = x + r < 0.0 || y + r < 0.0 || x - r > input.viewport.width || y - r > input.viewport.height;
    (!outside).then_some(DrawNode { node: i, x, y, r, alpha, ring })
}
