//! Exporting the map as the visitor sees it: a PNG at twice the screen resolution, or an SVG
//! with labels as text. File names come from the dataset's title and today's date.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::export::svg;
use crate::look::EXPORT;
use crate::mapmodel::MapModel;
use crate::web::{download, renderer};

/// Saves the current view as `name` (PNG, 2× the map's CSS size).
pub fn png(model: &MapModel, name: String) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(canvas) = doc.create_element("canvas").map(|e| e.unchecked_into::<web_sys::HtmlCanvasElement>()) else {
        return;
    };
    let vp = model.viewport();
    renderer::resize(&canvas, vp, 2.0);
    let Some(ctx) = renderer::context_2d(&canvas) else { return };
    // An opaque background, so the image reads the same in any viewer.
    let _ = ctx.set_transform(1.0, 0.0, 0.0, 1.0, 0.0, 0.0);
    ctx.set_fill_style_str(EXPORT.background);
    ctx.fill_rect(0.0, 0.0, f64::from(canvas.width()), f64::from(canvas.height()));
    let scene = model.scene();
    renderer::draw_over(&ctx, &scene, &model.graph, vp, 2.0, &EXPORT);
    let cb = Closure::once_into_js(move |blob: Option<web_sys::Blob>| {
        if let Some(b) = blob {
            download::blob(&name, &b);
        }
    });
    let _ = canvas.to_blob(cb.unchecked_ref());
}

/// Saves the current view as `name` (SVG).
pub fn svg_file(model: &MapModel, name: String) {
    let vp = model.viewport();
    let text = svg(&model.scene(), &model.graph, vp.width, vp.height, &EXPORT);
    download::text(&name, "image/svg+xml;charset=utf-8", &text);
}
