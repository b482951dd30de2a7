//! The pictures a map view keeps beside its canvas ([`Picture`]): canvases of the map's size,
//! made on first use and reused, cleared to nothing when the view goes. Which picture holds what,
//! and when each is kept or shown, is the frame plan's business ([`crate::mapmodel::frame`]).

use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

use crate::camera::{Camera, Viewport};
use crate::mapmodel::frame::Picture;
use crate::web::renderer;

/// The kept pictures' canvases, by [`Picture`].
#[derive(Default)]
pub(super) struct Pictures {
    moving: Option<HtmlCanvasElement>,
    base: Option<HtmlCanvasElement>,
    layer: Option<HtmlCanvasElement>,
}

impl Pictures {
    /// The canvas slot of `picture`.
    pub(super) fn slot(&mut self, picture: Picture) -> &mut Option<HtmlCanvasElement> {
        match picture {
            Picture::Moving => &mut self.moving,
            Picture::Base => &mut self.base,
            Picture::Layer => &mut self.layer,
        }
    }

    /// Copies `canvas` into `picture`; returns whether it could.
    pub(super) fn keep(&mut self, picture: Picture, canvas: &HtmlCanvasElement) -> bool {
        let slot = self.slot(picture);
        renderer::snapshot(canvas, slot);
        slot.is_some()
    }

    /// Clears the canvas of `ctx` and shows `picture`, drawn under camera `from`, under camera
    /// `to`; returns whether the picture exists.
    pub(super) fn show(
        &mut self,
        picture: Picture,
        ctx: &CanvasRenderingContext2d,
        (from, to): (Camera, Camera),
        vp: Viewport,
        dpr: f64,
    ) -> bool {
        let Some(kept) = self.slot(picture).as_ref() else { return false };
        renderer::blit(ctx, kept, from, to, vp, dpr);
        true
    }
}

impl Drop for Pictures {
    /// Gives the canvases' memory back now, rather than when they are collected.
    fn drop(&mut self) {
        for c in [&self.moving, &self.base, &self.layer].into_iter().flatten() {
            c.set_width(0);
            c.set_height(0);
        }
    }
}
