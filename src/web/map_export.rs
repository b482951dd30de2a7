//! Exporting the map as the visitor sees it: a PNG at twice the screen resolution, or an SVG
//! with labels as text, each with its caption under the map (title, date, address, legend; see
//! [`crate::export::caption`]). File names come from the dataset's title and today's date.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::CanvasRenderingContext2d;

use crate::camera::Viewport;
use crate::export::{svg, Caption, Mark};
use crate::look::{label_font, EXPORT, OUTLINE_WIDTH};
use crate::mapmodel::MapModel;
use crate::web::{download, renderer};

/// Saves the current view as `name` (PNG, 2× the map's CSS size), with `caption` under it.
pub fn png(model: &MapModel, caption: &Caption, name: String) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(canvas) = doc.create_element("canvas").map(|e| e.unchecked_into::<web_sys::HtmlCanvasElement>()) else {
        return;
    };
    let vp = model.viewport();
    renderer::resize(&canvas, Viewport { height: vp.height + caption.height, ..vp }, 2.0);
    let Some(ctx) = renderer::context_2d(&canvas) else { return };
    // An opaque background, so the image reads the same in any viewer.
    let _ = ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
    ctx.set_fill_style_str(EXPORT.background);
    ctx.fill_rect(0.0, 0.0, f64::from(canvas.width()), f64::from(canvas.height()));
    let scene = model.scene();
    renderer::draw_over(&ctx, &scene, &model.graph, vp, 2.0, &EXPORT);
    draw_caption(&ctx, caption, vp, 2.0);
    let cb = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
        if let Some(b) = blob {
            download::blob(&name, &b);
        }
    });
    let _ = canvas.to_blob(cb.unchecked_ref());
}

/// Draws the caption's marks under the map of viewport `vp`, as the SVG writes them.
fn draw_caption(ctx: &CanvasRenderingContext2d, caption: &Caption, vp: Viewport, dpr: f64) {
    let _ = ctx.set_transform(dpr, 0.0, 0.0, dpr, 0.0, vp.height * dpr);
    ctx.set_global_alpha(1.0);
    ctx.set_fill_style_str(EXPORT.edge);
    ctx.fill_rect(0.0, 0.0, vp.width, 1.0);
    ctx.set_text_baseline("middle");
    for m in &caption.marks {
        match m {
            Mark::Text { x, y, text, size, bold, muted } => {
                ctx.set_font(&label_font(*bold, *size));
                ctx.set_fill_style_str(if *muted { EXPORT.muted } else { EXPORT.label });
                let _ = ctx.fill_text(text, *x, *y);
            }
            Mark::Key { x, y, r, shape, fill } => {
                ctx.begin_path();
                renderer::trace(ctx, *shape, *x, *y, *r);
                ctx.set_fill_style_str(fill);
                ctx.fill();
                ctx.set_stroke_style_str(EXPORT.background);
                ctx.set_line_width(OUTLINE_WIDTH);
                ctx.stroke();
            }
        }
    }
}

/// Saves the current view as `name` (SVG), with `caption` under it.
pub fn svg_file(model: &MapModel, caption: &Caption, name: String) {
    let vp = model.viewport();
    let text = svg(&model.scene(), &model.graph, vp.width, vp.height, &EXPORT, Some(caption));
    download::text(&name, "image/svg+xml;charset=utf-8", &text);
}
