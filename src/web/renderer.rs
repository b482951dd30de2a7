//! Draws a [`Scene`] on a 2D canvas: device-pixel-ratio aware, edges batched by style, labels
//! with a halo so they stay readable over edges.

use std::f64::consts::TAU;

use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::camera::Viewport;
use crate::graph::Graph;
use crate::look::{label_font, NodeStyles, Palette, Shape, HALO_WIDTH, OUTLINE_WIDTH, RING_GAP};
use crate::scene::{DrawNode, Scene};

/// The 2D drawing context of `canvas`, or `None` when the browser gives none (the canvas already
/// has a context of another kind, or the browser cannot draw in 2D).
pub fn context_2d(canvas: &HtmlCanvasElement) -> Option<CanvasRenderingContext2d> {
    use wasm_bindgen::JsCast;
    canvas.get_context("2d").ok().flatten().and_then(|c| c.dyn_into::<CanvasRenderingContext2d>().ok())
}

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

/// Draws one frame over what the canvas holds (exports paint a background first): edges, then
/// nodes, then labels.
pub fn draw_over(ctx: &CanvasRenderingContext2d, scene: &Scene, graph: &Graph, _vp: Viewport, dpr: f64, pal: &Palette) {
    let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, 0.0);
    ctx.set_line_cap("round");
    draw_edges(ctx, scene, pal);
    // Nodes: the many in one path per colour and opacity (few canvas calls even for 20,000
    // nodes), outlined in the background colour; then the focused few one by one, with rings.
    let styles = NodeStyles::new(graph, pal);
    let front = scene.front.min(scene.nodes.len());
    draw_back_nodes(ctx, &scene.nodes[..front], scene.outline, &styles, pal);
    draw_front_nodes(ctx, &scene.nodes[front..], &styles, pal);
    draw_labels(ctx, scene, pal);
}

/// The edges: one path per run of equal style.
fn draw_edges(ctx: &CanvasRenderingContext2d, scene: &Scene, pal: &Palette) {
    let mut style: Option<(u64, bool)> = None;
    for e in &scene.edges {
        let key = (e.alpha.to_bits(), e.strong);
        if style != Some(key) {
            if style.is_some() {
                ctx.stroke();
            }
            style = Some(key);
            let (colour, width) = pal.edge_stroke(e.strong);
            ctx.set_global_alpha(e.alpha);
            ctx.set_stroke_style_str(colour);
            ctx.set_line_width(width);
            ctx.begin_path();
        }
        ctx.move_to(e.a[0], e.a[1]);
        ctx.line_to(e.b[0], e.b[1]);
    }
    if style.is_some() {
        ctx.stroke();
    }
}

/// The nodes behind the focus, one path per colour and opacity, outlined when `outline` (outlines
/// cost a second pass: the scene skips them on large frames and during the layout).
fn draw_back_nodes(
    ctx: &CanvasRenderingContext2d,
    nodes: &[DrawNode],
    outline: bool,
    styles: &NodeStyles,
    pal: &Palette,
) {
    // Groups in order of first appearance (there are few: colours times opacities).
    let mut groups: Vec<((&str, u64), Vec<&DrawNode>)> = Vec::new();
    for d in nodes {
        let key = (styles.fill(d.node), d.alpha.to_bits());
        match groups.iter_mut().find(|(g, _)| *g == key) {
            Some((_, members)) => members.push(d),
            None => groups.push((key, vec![d])),
        }
    }
    ctx.set_line_width(OUTLINE_WIDTH);
    ctx.set_stroke_style_str(pal.background);
    for ((colour, alpha), members) in &groups {
        ctx.set_global_alpha(f64::from_bits(*alpha));
        ctx.set_fill_style_str(colour);
        ctx.begin_path();
        for d in members {
            trace(ctx, styles.shape(d.node), d.x, d.y, d.r);
        }
        ctx.fill();
        if outline {
            ctx.stroke();
        }
    }
}

/// The focused nodes, one by one on top, outlined, with their rings.
fn draw_front_nodes(ctx: &CanvasRenderingContext2d, nodes: &[DrawNode], styles: &NodeStyles, pal: &Palette) {
    for d in nodes {
        let shape = styles.shape(d.node);
        ctx.set_global_alpha(d.alpha);
        ctx.begin_path();
        trace(ctx, shape, d.x, d.y, d.r);
        ctx.set_fill_style_str(styles.fill(d.node));
        ctx.fill();
        ctx.set_stroke_style_str(pal.background);
        ctx.set_line_width(OUTLINE_WIDTH);
        ctx.stroke();
        if let Some((colour, width)) = pal.ring(d.ring) {
            // Round the whole shape (a triangle's corners reach past the node's radius).
            ctx.set_global_alpha(1.0);
            ctx.begin_path();
            let _ = ctx.arc(d.x, d.y, d.r * shape.extent() + width / 2.0 + RING_GAP, 0.0, TAU);
            ctx.set_stroke_style_str(colour);
            ctx.set_line_width(width);
            ctx.stroke();
        }
    }
}

/// Adds `shape` centred at `(x, y)` with radius `r` to the current path, as a closed sub-path.
pub fn trace(ctx: &CanvasRenderingContext2d, shape: Shape, x: f64, y: f64, r: f64) {
    if shape == Shape::Circle {
        ctx.move_to(x + r, y);
        let _ = ctx.arc(x, y, r, 0.0, TAU);
        return;
    }
    // Closed by going round to the second corner again rather than by `closePath`, which Chrome
    // makes cost in proportion to the whole path: 3.5 s for the 18,000 shapes of one path on the
    // 20,000-node map. Filled the same; stroked the same, the first corner joined as the others.
    let mut points = shape.points(x, y, r);
    let (Some(first), Some(second)) = (points.next(), points.next()) else { return };
    ctx.move_to(first[0], first[1]);
    ctx.line_to(second[0], second[1]);
    for [x, y] in points {
        ctx.line_to(x, y);
    }
    ctx.line_to(first[0], first[1]);
    ctx.line_to(second[0], second[1]);
}

/// The labels, each with a halo in the background colour.
fn draw_labels(ctx: &CanvasRenderingContext2d, scene: &Scene, pal: &Palette) {
    ctx.set_global_alpha(1.0);
    ctx.set_text_baseline("middle");
    ctx.set_line_join("round");
    let mut font = String::new();
    for l in &scene.labels {
        let f = label_font(l.bold, l.size);
        if f != font {
            ctx.set_font(&f);
            font = f;
        }
        ctx.set_line_width(HALO_WIDTH);
        ctx.set_stroke_style_str(pal.background);
        let _ = ctx.stroke_text(&l.text, l.x, l.y);
        ctx.set_fill_style_str(pal.label);
        let _ = ctx.fill_text(&l.text, l.x, l.y);
    }
}

/// Looks up a label font now, so the first drawing does not wait for it (the first use of a font
/// at a size can take tens of milliseconds).
pub fn warm_font(ctx: &CanvasRenderingContext2d, (bold, size): (bool, f64)) {
    ctx.set_font(&label_font(bold, size));
    let _ = ctx.measure_text("Ag");
}

/// Copies the map canvas into `cache` (made on first use), so camera moves can show it moved and
/// scaled while the full drawing waits for the camera to stop.
pub fn snapshot(canvas: &HtmlCanvasElement, cache: &mut Option<HtmlCanvasElement>) {
    if let Some(ctx) = scratch(canvas, cache) {
        let _ = ctx.draw_image_with_html_canvas_element(canvas, 0.0, 0.0);
    }
}

/// Draws `scene` into `aside` (made on first use, the size of the map's `canvas`), to be shown
/// later; returns whether it could.
pub fn draw_aside(
    canvas: &HtmlCanvasElement,
    aside: &mut Option<HtmlCanvasElement>,
    scene: &Scene,
    graph: &Graph,
    vp: Viewport,
    dpr: f64,
    pal: &Palette,
) -> bool {
    let Some(ctx) = scratch(canvas, aside) else { return false };
    draw(&ctx, scene, graph, vp, dpr, pal);
    true
}

/// The 2D context of `cache` (made on first use), sized like `canvas` and cleared.
fn scratch(canvas: &HtmlCanvasElement, cache: &mut Option<HtmlCanvasElement>) -> Option<CanvasRenderingContext2d> {
    use wasm_bindgen::JsCast;
    if cache.is_none() {
        *cache = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.create_element("canvas").ok())
            .and_then(|e| e.dyn_into::<HtmlCanvasElement>().ok());
    }
    let c = cache.as_ref()?;
    if c.width() != canvas.width() || c.height() != canvas.height() {
        c.set_width(canvas.width());
        c.set_height(canvas.height());
    }
    let ctx = context_2d(c)?;
    let _ = ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
    ctx.clear_rect(0.0, 0.0, f64::from(c.width()), f64::from(c.height()));
    Some(ctx)
}

/// Draws the snapshot taken under camera `from` as it would look under camera `to`.
pub fn blit(
    ctx: &CanvasRenderingContext2d,
    cache: &HtmlCanvasElement,
    from: crate::camera::Camera,
    to: crate::camera::Camera,
    vp: Viewport,
    dpr: f64,
) {
    let k = to.z / from.z;
    let e = vp.width / 2.0 * (1.0 - k) + (from.x - to.x) * to.z;
    let f = vp.height / 2.0 * (1.0 - k) + (from.y - to.y) * to.z;
    let _ = ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
    ctx.clear_rect(0.0, 0.0, vp.width * dpr, vp.height * dpr);
    ctx.set_global_alpha(1.0);
    let _ = ctx.set_transform(k, 0.0, 0.0, k, e * dpr, f * dpr);
    let _ = ctx.draw_image_with_html_canvas_element(cache, 0.0, 0.0);
}
