//! Draws a [`Scene`] on a 2D canvas: device-pixel-ratio aware, edges batched by style, labels
//! with a halo so they stay readable over edges.

use std::f64::consts::TAU;

use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::camera::Viewport;
use crate::graph::Graph;
use crate::scene::{Ring, Scene};

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
    /// Ring of the selected node.
    pub selected: &'static str,
    /// Ring of the hovered node.
    pub hover: &'static str,
    /// Ring of search matches.
    pub matched: &'static str,
}

/// The light palette.
pub const LIGHT: Palette = Palette {
    background: "#ffffff",
    edge: "#7d8a99",
    edge_strong: "#1b1f24",
    label: "#1b1f24",
    selected: "#d4380d",
    hover: "#1b1f24",
    matched: "#c27c00",
};

/// The dark palette.
pub const DARK: Palette = Palette {
    background: "#12161c",
    edge: "#8d9aab",
    edge_strong: "#f1f4f8",
    label: "#eef2f6",
    selected: "#ff8a5c",
    hover: "#f1f4f8",
    matched: "#ffc457",
};

/// Sizes the canvas's backing store for the viewport and device pixel ratio.
pub fn resize(canvas: &HtmlCanvasElement, vp: Viewport, dpr: f64) {
    let w = (vp.width * dpr).round().max(1.0) as u32;
    let h = (vp.height * dpr).round().max(1.0) as u32;
    if canvas.width() != w || canvas.height() != h {
        canvas.set_width(w);
        canvas.set_height(h);
    }
}

/// Draws one frame on a cleared canvas.
pub fn draw(ctx: &CanvasRenderingContext2d, scene: &Scene, graph: &Graph, vp: Viewport, dpr: f64, pal: &Palette) {
    let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
    ctx.clear_rect(0.0, 0.0, vp.width, vp.height);
    draw_over(ctx, scene, graph, vp, dpr, pal);
}

/// Draws one frame over what the canvas holds (exports paint a background first).
pub fn draw_over(ctx: &CanvasRenderingContext2d, scene: &Scene, graph: &Graph, _vp: Viewport, dpr: f64, pal: &Palette) {
    let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
    ctx.set_line_cap("round");

    // Edges: one path per run of equal style.
    let mut style: Option<(u64, bool)> = None;
    for e in &scene.edges {
        let key = (e.alpha.to_bits(), e.strong);
        if style != Some(key) {
            if style.is_some() {
                ctx.stroke();
            }
            style = Some(key);
            ctx.set_global_alpha(e.alpha);
            ctx.set_stroke_style_str(if e.strong { pal.edge_strong } else { pal.edge });
            ctx.set_line_width(if e.strong { 1.6 } else { 0.8 });
            ctx.begin_path();
        }
        ctx.move_to(e.a[0], e.a[1]);
        ctx.line_to(e.b[0], e.b[1]);
    }
    if style.is_some() {
        ctx.stroke();
    }

    // Nodes, with a thin outline in the background colour so neighbours stay distinct.
    ctx.set_line_width(1.0);
    for d in &scene.nodes {
        ctx.set_global_alpha(d.alpha);
        ctx.begin_path();
        let _ = ctx.arc(d.x, d.y, d.r, 0.0, TAU);
        ctx.set_fill_style_str(graph.color(d.node));
        ctx.fill();
        if d.r >= 3.0 {
            ctx.set_stroke_style_str(pal.background);
            ctx.stroke();
        }
        let ring = match d.ring {
            Ring::None => None,
            Ring::Match => Some((pal.matched, 2.5)),
            Ring::Hover => Some((pal.hover, 2.0)),
            Ring::Selected => Some((pal.selected, 3.0)),
        };
        if let Some((colour, width)) = ring {
            ctx.set_global_alpha(1.0);
            ctx.begin_path();
            let _ = ctx.arc(d.x, d.y, d.r + width / 2.0 + 1.5, 0.0, TAU);
            ctx.set_stroke_style_str(colour);
            ctx.set_line_width(width);
            ctx.stroke();
            ctx.set_line_width(1.0);
        }
    }

    // Labels with a halo.
    ctx.set_global_alpha(1.0);
    ctx.set_text_baseline("middle");
    ctx.set_line_join("round");
    let mut font = String::new();
    for l in &scene.labels {
        let f = format!(
            "{} {}px system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
            if l.bold { 600 } else { 400 },
            l.size
        );
        if f != font {
            ctx.set_font(&f);
            font = f;
        }
        ctx.set_line_width(3.5);
        ctx.set_stroke_style_str(pal.background);
        let _ = ctx.stroke_text(&l.text, l.x, l.y);
        ctx.set_fill_style_str(pal.label);
        let _ = ctx.fill_text(&l.text, l.x, l.y);
    }
}
