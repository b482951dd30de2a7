//! The map's layout while it settles: ticks run here (in the page's frames), or positions arrive
//! from a layout run elsewhere (a Web Worker) from the same request.

use super::MapModel;
use crate::layout::LayoutRequest;
use crate::spatial::SpatialIndex;

impl MapModel {
    /// Whether the layout is still settling.
    pub fn layout_running(&self) -> bool {
        self.layout.as_ref().is_some_and(|l| !l.is_settled())
    }

    /// Advances the layout by up to `ticks` ticks; returns whether it is still running. While the
    /// camera has not been moved by the visitor, it keeps fitting the whole map.
    pub fn step_layout(&mut self, ticks: u32) -> bool {
        let mut done = 0;
        self.step_layout_while(|| {
            done += 1;
            done <= ticks
        })
    }

    /// Advances the layout tick by tick while `more()` says so (a frame's time budget), then
    /// updates positions, the spatial index and the fit once; returns whether it is still running.
    pub fn step_layout_while(&mut self, mut more: impl FnMut() -> bool) -> bool {
        let Some(layout) = self.layout.as_mut() else { return false };
        let mut running = !layout.is_settled();
        let mut ticked = false;
        while running && more() {
            running = layout.step();
            ticked = true;
        }
        if !running {
            layout.resolve_overlaps();
        } else if !ticked {
            return true;
        }
        self.positions.copy_from_slice(layout.positions());
        self.index = SpatialIndex::new(&self.positions, &self.radii);
        if self.camera_is_fit {
            self.camera = self.fit();
        }
        running
    }

    /// The request the running layout started from, to run the same layout elsewhere (a Web
    /// Worker) and hand its positions to [`MapModel::apply_layout`]; `None` once settled.
    pub fn layout_request(&self) -> Option<&LayoutRequest> {
        self.request.as_ref().filter(|_| self.layout_running())
    }

    /// Takes positions computed elsewhere from [`MapModel::layout_request`] (flat `x, y` per node):
    /// updates the spatial index and, while the visitor has not moved the camera, the fit; once
    /// `settled`, the layout is over. Returns false, changing nothing, when there is no running
    /// layout or the positions are not one finite pair per node.
    pub fn apply_layout(&mut self, flat: &[f64], settled: bool) -> bool {
        if !self.layout_running() {
            return false;
        }
        let Some(positions) = crate::layout::wire::positions_of(flat, self.positions.len()) else { return false };
        self.positions = positions;
        self.index = SpatialIndex::new(&self.positions, &self.radii);
        if self.camera_is_fit {
            self.camera = self.fit();
        }
        if settled {
            self.layout = None;
            self.request = None;
        }
        true
    }
}
