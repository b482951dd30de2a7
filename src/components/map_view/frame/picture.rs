//! A dense map's pictures, kept so that hovering and selecting stay light. The picture without
//! hover is copied when a hover starts and shown again when the pointer leaves the node; the faded
//! layer (every visible node, faded) is drawn once per camera, and each focus frame is drawn over
//! it: the focus's edges, nodes and labels only. Neither needs the graph's thousands of edges and
//! nodes drawn again for each node the pointer crosses. Sparse maps are drawn whole every time.

use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::mapmodel::MapModel;
use crate::scene::DENSE_EDGES;
use crate::web::renderer::{self, Palette};

/// What a kept picture depends on.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Key {
    /// The map's state ([`MapModel::picture_key`] or [`MapModel::layer_key`]).
    state: u64,
    /// The device pixel ratio.
    dpr: u64,
    /// The palette (light or dark), by its background colour.
    background: &'static str,
}

impl Key {
    fn of(state: u64, dpr: f64, pal: &Palette) -> Key {
        Key { state, dpr: dpr.to_bits(), background: pal.background }
    }
}

/// A canvas of the map's size that holds a picture, and what it shows.
#[derive(Default)]
struct Kept {
    /// The canvas (made on first use, then reused).
    canvas: Option<HtmlCanvasElement>,
    /// What it shows, once it shows something.
    key: Option<Key>,
}

impl Kept {
    /// The canvas, if it shows the picture of `key`.
    fn showing(&self, key: Key) -> Option<&HtmlCanvasElement> {
        self.canvas.as_ref().filter(|_| self.key == Some(key))
    }
}

/// The kept pictures and what the map's canvas shows.
#[derive(Default)]
pub(in crate::components::map_view) struct Pictures {
    /// A copy of a full picture without hover.
    base: Kept,
    /// The faded layer.
    layer: Kept,
    /// What the map's canvas shows, when it is a full picture without hover.
    shown: Option<Key>,
}

impl Pictures {
    /// Draws the map in full detail, from the kept pictures where they serve.
    pub(in crate::components::map_view) fn draw_full(
        &mut self,
        model: &MapModel,
        canvas: &HtmlCanvasElement,
        ctx: &CanvasRenderingContext2d,
        dpr: f64,
        pal: &Palette,
    ) {
        let (vp, graph) = (model.viewport(), &model.graph);
        if graph.edges.len() <= DENSE_EDGES {
            renderer::draw(ctx, &model.scene(), graph, vp, dpr, pal);
            self.shown = None;
            return;
        }
        let key = Key::of(model.picture_key(), dpr, pal);
        let hover = model.hover.is_some();
        if let Some(copy) = self.base.showing(key).filter(|_| !hover) {
            let camera = model.camera();
            renderer::blit(ctx, copy, camera, camera, vp, dpr);
            self.shown = Some(key);
            return;
        }
        if hover && self.shown == Some(key) && self.base.key != Some(key) {
            // A hover starts: the canvas still shows the picture without it; keep a copy.
            renderer::snapshot(canvas, &mut self.base.canvas);
            self.base.key = self.base.canvas.is_some().then_some(key);
        }
        let scene = model.scene_over_layer();
        if scene.backdrop {
            let layer = Key::of(model.layer_key(), dpr, pal);
            if self.layer.key != Some(layer) {
                let drawn =
                    renderer::draw_aside(canvas, &mut self.layer.canvas, &model.faded_layer(), graph, vp, dpr, pal);
                self.layer.key = drawn.then_some(layer);
            }
            match self.layer.showing(layer) {
                Some(faded) => {
                    let camera = model.camera();
                    renderer::blit(ctx, faded, camera, camera, vp, dpr);
                    renderer::draw_over(ctx, &scene, graph, vp, dpr, pal);
                }
                None => renderer::draw(ctx, &model.scene(), graph, vp, dpr, pal),
            }
        } else {
            renderer::draw(ctx, &scene, graph, vp, dpr, pal);
        }
        self.shown = (!hover).then_some(key);
    }

    /// Something else was drawn on the canvas, or it was cleared: it no longer shows a full
    /// picture without hover.
    pub(in crate::components::map_view) fn overdrawn(&mut self) {
        self.shown = None;
    }
}
