//! The look of the map in one place: the light and dark palettes, node fills and shapes, stroke
//! widths, ring sizes and label fonts. The canvas renderer (`web::renderer`) and the exports
//! ([`crate::export::svg`] and the PNG of `web::map_export`) all read them from here, so an
//! exported map cannot drift from the one on screen. Pure (no browser types), so it compiles and
//! is tested on the host. How strongly things fade is the scene's policy
//! ([`crate::scene::FADED_NODE_ALPHA`]), not a look.
//!
//! Two encodings, two channels: hue says a topic's category; shape says an organisation's type,
//! organisations all in one neutral fill ([`Palette::org_fill`]). Every colour keeps WCAG contrast
//! on its background ([`contrast`]; `tests/contrast.rs` computes the figures).

use crate::graph::{Graph, NodeKind, FALLBACK_COLOR};
use crate::num::Num;
use crate::scene::Ring;

pub mod contrast;
mod shape;

pub use shape::{Shape, ORG_SHAPES};

/// Colours of the map, for the light or the dark theme.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Palette {
    /// Background (also the label halo and node outline).
    pub background: &'static str,
    /// Ordinary edges.
    pub edge: &'static str,
    /// Edges of the focused node.
    pub edge_strong: &'static str,
    /// Label text.
    pub label: &'static str,
    /// Secondary text (an exported picture's date and address), as the page's `--muted`.
    pub muted: &'static str,
    /// Ring of the selected node.
    pub selected: &'static str,
    /// Ring of the hovered node.
    pub hover: &'static str,
    /// Ring of search matches.
    pub matched: &'static str,
    /// The fill of every organisation (their type is their shape).
    pub org_fill: &'static str,
}

/// The light palette.
pub const LIGHT: Palette = Palette {
    background: "#ffffff",
    edge: "#7d8a99",
    edge_strong: "#1b1f24",
    label: "#1b1f24",
    muted: "#505a66",
    selected: "#d4380d",
    hover: "#1b1f24",
    matched: "#c27c00",
    org_fill: "#5f6b76",
};

/// The dark palette.
pub const DARK: Palette = Palette {
    background: "#12161c",
    edge: "#8d9aab",
    edge_strong: "#f1f4f8",
    label: "#eef2f6",
    muted: "#a9b4c1",
    selected: "#ff8a5c",
    hover: "#f1f4f8",
    matched: "#ffc457",
    org_fill: "#9aa5b1",
};

/// The palette of exported maps (PNG and SVG): light whatever the visitor's theme, on an opaque
/// background, so that a file reads the same in any viewer.
pub const EXPORT: Palette = LIGHT;

/// Stroke width of ordinary edges, in CSS pixels.
pub const EDGE_WIDTH: f64 = 0.8;
/// Stroke width of the focused node's edges, in CSS pixels.
pub const STRONG_EDGE_WIDTH: f64 = 1.6;
/// Stroke width of a node's outline (in the background colour), in CSS pixels.
pub const OUTLINE_WIDTH: f64 = 1.0;
/// Stroke width of a label's halo (in the background colour), in CSS pixels.
pub const HALO_WIDTH: f64 = 3.5;
/// Stroke width of a search match's ring, in CSS pixels.
pub const MATCH_RING_WIDTH: f64 = 2.5;
/// Stroke width of the hovered node's ring, in CSS pixels.
pub const HOVER_RING_WIDTH: f64 = 2.0;
/// Stroke width of the selected node's ring, in CSS pixels.
pub const SELECTED_RING_WIDTH: f64 = 3.0;
/// On the canvas, the gap between a node's edge and the inner edge of its ring, in CSS pixels.
pub const RING_GAP: f64 = 1.5;

impl Palette {
    /// The colour and width of an edge, strong (touching the focus) or not.
    ///
    /// ```
    /// use datamap::look::{LIGHT, STRONG_EDGE_WIDTH};
    /// assert_eq!(LIGHT.edge_stroke(true), (LIGHT.edge_strong, STRONG_EDGE_WIDTH));
    /// ```
    pub fn edge_stroke(&self, strong: bool) -> (&'static str, f64) {
        if strong {
            (self.edge_strong, STRONG_EDGE_WIDTH)
        } else {
            (self.edge, EDGE_WIDTH)
        }
    }

    /// The colour and width of a node's ring, or `None` for [`Ring::None`].
    ///
    /// ```
    /// use datamap::look::{DARK, SELECTED_RING_WIDTH};
    /// use datamap::scene::Ring;
    /// assert_eq!(DARK.ring(Ring::Selected), Some((DARK.selected, SELECTED_RING_WIDTH)));
    /// assert_eq!(DARK.ring(Ring::None), None);
    /// ```
    pub fn ring(&self, ring: Ring) -> Option<(&'static str, f64)> {
        match ring {
            Ring::None => None,
            Ring::Match => Some((self.matched, MATCH_RING_WIDTH)),
            Ring::Hover => Some((self.hover, HOVER_RING_WIDTH)),
            Ring::Selected => Some((self.selected, SELECTED_RING_WIDTH)),
        }
    }
}

/// A category's colour as drawn on `pal`'s background: the dataset's colour, or, where it has
/// less than [`contrast::GRAPHIC`] contrast there, a lighter (dark theme) or darker variant.
///
/// ```
/// use datamap::look::{category_fill, DARK, LIGHT};
/// assert_eq!(category_fill("#2f6db5", &LIGHT), "#2f6db5");
/// assert_ne!(category_fill("#7b3fa0", &DARK), "#7b3fa0");
/// ```
pub fn category_fill(colour: &str, pal: &Palette) -> String {
    contrast::legible(colour, pal.background, contrast::GRAPHIC)
}

/// How each node of a graph is drawn in a palette: its fill and its shape. Topics are circles in
/// their category's fill ([`category_fill`]); organisations are in [`Palette::org_fill`], in the
/// shape of their type ([`Shape::of_type`]), or a circle without a type.
pub struct NodeStyles<'a> {
    graph: &'a Graph,
    categories: Vec<String>,
    fallback: String,
    org_fill: &'static str,
}

impl<'a> NodeStyles<'a> {
    /// The styles of `graph`'s nodes in `pal` (a few colours worked out, whatever the graph's size).
    pub fn new(graph: &'a Graph, pal: &Palette) -> NodeStyles<'a> {
        NodeStyles {
            graph,
            categories: graph.category_colors.iter().map(|c| category_fill(c, pal)).collect(),
            fallback: category_fill(FALLBACK_COLOR, pal),
            org_fill: pal.org_fill,
        }
    }

    /// The fill of node `i`.
    pub fn fill(&self, i: u32) -> &str {
        match self.graph.nodes.get(i as usize) {
            Some(n) if n.kind == NodeKind::Org => self.org_fill,
            Some(n) => n.group.and_then(|g| self.categories.get(g)).unwrap_or(&self.fallback),
            None => &self.fallback,
        }
    }

    /// The shape of node `i`.
    pub fn shape(&self, i: u32) -> Shape {
        match self.graph.nodes.get(i as usize) {
            Some(n) if n.kind == NodeKind::Org => n.group.map_or(Shape::Circle, Shape::of_type),
            _ => Shape::Circle,
        }
    }
}

/// The font family of labels (the canvas's and the SVG's).
pub const FONT_FAMILY: &str = "system-ui, sans-serif";
/// The font size of topic labels (bold), in CSS pixels.
pub const TOPIC_LABEL_PX: f64 = 13.0;
/// The font size of organisation labels (bold when hovered or selected), in CSS pixels.
pub const ORG_LABEL_PX: f64 = 11.5;

/// The fonts of labels (bold, size in CSS px): topics, organisations, and organisations in focus.
pub const LABEL_FONTS: [(bool, f64); 3] = [(true, TOPIC_LABEL_PX), (false, ORG_LABEL_PX), (true, ORG_LABEL_PX)];

/// The font weight of a label, bold or not.
///
/// ```
/// assert_eq!(datamap::look::font_weight(true), 600);
/// ```
pub fn font_weight(bold: bool) -> u16 {
    if bold {
        600
    } else {
        400
    }
}

/// The canvas font (CSS `font` shorthand) of a label.
///
/// ```
/// assert_eq!(datamap::look::label_font(true, 13.0), "600 13px system-ui, sans-serif");
/// assert_eq!(datamap::look::label_font(false, 11.5), "400 11.5px system-ui, sans-serif");
/// ```
pub fn label_font(bold: bool, size: f64) -> String {
    format!("{} {}px {FONT_FAMILY}", font_weight(bold), Num(size))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_ring_but_none_has_a_colour_of_the_palette() {
        for pal in [LIGHT, DARK] {
            assert_eq!(pal.ring(Ring::Match), Some((pal.matched, MATCH_RING_WIDTH)));
            assert_eq!(pal.ring(Ring::Hover), Some((pal.hover, HOVER_RING_WIDTH)));
            assert_eq!(pal.ring(Ring::Selected), Some((pal.selected, SELECTED_RING_WIDTH)));
            assert_eq!(pal.ring(Ring::None), None);
        }
    }
}
