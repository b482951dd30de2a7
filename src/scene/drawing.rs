//! What a frame draws, in screen CSS pixels: edges, nodes with their rings, labels, and how the
//! renderer is to lay them over one another.

/// A ring drawn around a node.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ring {
    /// None.
    None,
    /// A search match.
    Match,
    /// The node under the pointer.
    Hover,
    /// The selected node.
    Selected,
}

/// A node to draw, in screen CSS pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct DrawNode {
    /// The node.
    pub node: u32,
    /// Centre.
    pub x: f64,
    /// Centre.
    pub y: f64,
    /// Radius.
    pub r: f64,
    /// Opacity, 0 to 1 (faded when out of focus).
    pub alpha: f64,
    /// Its ring.
    pub ring: Ring,
}

/// An edge to draw, in screen CSS pixels.
#[derive(Debug, Clone, PartialEq)]
pub struct DrawEdge {
    /// One end.
    pub a: [f64; 2],
    /// The other end.
    pub b: [f64; 2],
    /// Opacity.
    pub alpha: f64,
    /// Whether it touches the focused node (drawn thicker).
    pub strong: bool,
}

/// A label to draw: text left-aligned at `(x, y)` (vertical middle), in a box `w × h`.
#[derive(Debug, Clone, PartialEq)]
pub struct DrawLabel {
    /// The node it names.
    pub node: u32,
    /// The text.
    pub text: String,
    /// Left edge.
    pub x: f64,
    /// Vertical middle.
    pub y: f64,
    /// Estimated width.
    pub w: f64,
    /// Height.
    pub h: f64,
    /// Font size in CSS pixels.
    pub size: f64,
    /// Bold (topics, focus).
    pub bold: bool,
}

/// One frame's drawing.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Scene {
    /// Edges, faint first, strong last.
    pub edges: Vec<DrawEdge>,
    /// Nodes, faded first, focused last.
    pub nodes: Vec<DrawNode>,
    /// Labels that do not overlap.
    pub labels: Vec<DrawLabel>,
    /// Where the focused nodes start in `nodes` (they are drawn one by one, on top).
    pub front: usize,
    /// Whether nodes get an outline in the background colour (a second pass over them).
    pub outline: bool,
    /// Whether this frame is drawn over the faded layer ([`faded_layer`](super::faded_layer)):
    /// every visible node at [`FADED_NODE_ALPHA`](super::FADED_NODE_ALPHA), which the renderer
    /// keeps for the camera. The frame then holds only the focus: its edges, its nodes and the
    /// labels. Only focus frames (a hover or a selection) of a dense graph without a search are
    /// drawn so: their faded nodes are the whole graph at that opacity, and their faded edges are
    /// left out anyway. The focus's edges then lie over the faded nodes instead of under them.
    pub backdrop: bool,
}
