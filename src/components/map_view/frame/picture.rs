//! A dense map's last full picture without hover, kept so that hovering stays light: when the
//! pointer leaves a node the map shows that picture again, and over a node it shows it faded under
//! the node's focus (its links, neighbours and labels), instead of drawing every edge and node of
//! the graph for each node the pointer crosses. Sparse maps are drawn whole every time.

use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::mapmodel::MapModel;
use crate::scene::{DENSE_EDGES, FADED_NODE_ALPHA};
use crate::web::renderer::{self, Palette};

/// What a full picture without hover depends on.
#[derive(Debug, Clone, Copy, PartialEq)]
struct Key {
    /// The map's state ([`MapModel::picture_key`]).
    picture: u64,
    /// The device pixel ratio.
    dpr: u64,
    /// The palette (light or dark), by its background colour.
    background: &'static str,
}

impl Key {
    fn of(model: &MapModel, dpr: f64, pal: &Palette) -> Key {
        Key { picture: model.picture_key(), dpr: dpr.to_bits(), background: pal.background }
    }
}

/// The kept picture and what the map's canvas shows.
#[derive(Default)]
pub(in crate::components::map_view) struct Pictures {
    /// A copy of a full picture without hover (made on first use, then reused).
    copy: Option<HtmlCanvasElement>,
    /// What the copy shows, once it shows something.
    kept: Option<Key>,
    /// What the map's canvas shows, when it is a full picture without hover.
    shown: Option<Key>,
}

impl Pictures {
    /// Draws the map in full detail, from the kept picture when it is the one to show.
    pub(in crate::components::map_view) fn draw_full(
        &mut self,
        model: &MapModel,
        canvas: &HtmlCanvasElement,
        ctx: &CanvasRenderingContext2d,
        dpr: f64,
        pal: &Palette,
    ) {
        let vp = model.viewport();
        if model.graph.edges.len() <= DENSE_EDGES {
            renderer::draw(ctx, &model.scene(), &model.graph, vp, dpr, pal);
            self.shown = None;
            return;
        }
        let key = Key::of(model, dpr, pal);
        if model.hover.is_none() {
            match self.copy.as_ref().filter(|_| self.kept == Some(key)) {
                Some(copy) => {
                    let camera = model.camera();
                    renderer::blit(ctx, copy, camera, camera, vp, dpr);
                }
                None => renderer::draw(ctx, &model.scene(), &model.graph, vp, dpr, pal),
            }
            self.shown = Some(key);
            return;
        }
        let scene = model.scene_over_backdrop();
        if scene.backdrop && self.kept != Some(key) && self.shown == Some(key) {
            // The hover starts: the canvas still shows the picture without it; keep a copy.
            renderer::snapshot(canvas, &mut self.copy);
            self.kept = self.copy.is_some().then_some(key);
        }
        match self.copy.as_ref().filter(|_| scene.backdrop && self.kept == Some(key)) {
            Some(copy) => {
                renderer::faded(ctx, copy, vp, dpr, pal, FADED_NODE_ALPHA);
                renderer::draw_over(ctx, &scene, &model.graph, vp, dpr, pal);
            }
            None if scene.backdrop => renderer::draw(ctx, &model.scene(), &model.graph, vp, dpr, pal),
            None => renderer::draw(ctx, &scene, &model.graph, vp, dpr, pal),
        }
        self.shown = None;
    }

    /// Something else was drawn on the canvas, or it was cleared: it no longer shows a full
    /// picture without hover.
    pub(in crate::components::map_view) fn overdrawn(&mut self) {
        self.shown = None;
    }
}
