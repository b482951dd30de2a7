//! The map's layout while it settles, as one [`LayoutStage`]: ticks run here (in the page's
//! frames), or positions arrive from a layout run elsewhere (a Web Worker) from the same request.

use super::MapModel;
use crate::layout::{Layout, LayoutRequest};
use crate::spatial::SpatialIndex;

/// Where the map's layout stands.
#[derive(Default)]
pub enum LayoutStage {
    /// Every node has its place: baked, arranged at once, or laid out and settled.
    #[default]
    Settled,
    /// Laid out from a request, not yet known where: no ticks run in the page's frames until the
    /// page says (see [`MapModel::run_layout_in_page`], [`MapModel::run_layout_elsewhere`]).
    Waiting(Box<Running>),
    /// Ticked in this page's frames.
    InPage(Box<Running>),
    /// Run elsewhere (a worker) from the request; positions arrive through
    /// [`MapModel::apply_layout`].
    Elsewhere(Box<Running>),
}

/// A layout that has not settled, and the request it started from (for a worker to run the same
/// layout elsewhere, or for the page to take over if the worker fails).
pub struct Running {
    layout: Layout,
    request: LayoutRequest,
}

impl Running {
    /// Where this page's own layout has the nodes now.
    pub fn positions(&self) -> &[[f64; 2]] {
        self.layout.positions()
    }
}

impl LayoutStage {
    /// A layout starting from `request`, waiting to be told where it runs.
    pub(super) fn start(request: LayoutRequest) -> LayoutStage {
        LayoutStage::Waiting(Box::new(Running { layout: Layout::new(&request), request }))
    }

    fn running(&self) -> Option<&Running> {
        match self {
            LayoutStage::Settled => None,
            LayoutStage::Waiting(r) | LayoutStage::InPage(r) | LayoutStage::Elsewhere(r) => Some(r),
        }
    }
}

impl MapModel {
    /// Where the layout stands.
    pub fn layout_stage(&self) -> &LayoutStage {
        &self.stage
    }

    /// Whether the layout is still settling.
    pub fn layout_running(&self) -> bool {
        self.stage.running().is_some_and(|r| !r.layout.is_settled())
    }

    /// Whether this page's frames run the layout's ticks.
    pub fn layout_in_page(&self) -> bool {
        matches!(self.stage, LayoutStage::InPage(_)) && self.layout_running()
    }

    /// The layout runs in this page's frames (no worker, or the worker failed): it goes on from
    /// where this page's own layout is.
    pub fn run_layout_in_page(&mut self) {
        self.stage = match std::mem::take(&mut self.stage) {
            LayoutStage::Waiting(r) | LayoutStage::Elsewhere(r) | LayoutStage::InPage(r) => LayoutStage::InPage(r),
            LayoutStage::Settled => LayoutStage::Settled,
        };
    }

    /// The layout runs elsewhere; returns its request (`None`, changing nothing, unless the layout
    /// is waiting).
    pub fn run_layout_elsewhere(&mut self) -> Option<&LayoutRequest> {
        if let LayoutStage::Waiting(r) = std::mem::take(&mut self.stage) {
            self.stage = LayoutStage::Elsewhere(r);
        }
        match &self.stage {
            LayoutStage::Elsewhere(r) => Some(&r.request),
            _ => None,
        }
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
    /// Ticking here makes a waiting layout run in the page; one running elsewhere is not ticked.
    pub fn step_layout_while(&mut self, mut more: impl FnMut() -> bool) -> bool {
        if matches!(self.stage, LayoutStage::Waiting(_)) {
            self.run_layout_in_page();
        }
        let LayoutStage::InPage(r) = &mut self.stage else { return self.layout_running() };
        let layout = &mut r.layout;
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
        if !running {
            self.stage = LayoutStage::Settled;
        }
        self.placed_moved();
        running
    }

    /// The request the running layout started from, to run the same layout elsewhere (a Web
    /// Worker) and hand its positions to [`MapModel::apply_layout`]; `None` once settled.
    pub fn layout_request(&self) -> Option<&LayoutRequest> {
        self.stage.running().filter(|_| self.layout_running()).map(|r| &r.request)
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
        if settled {
            self.stage = LayoutStage::Settled;
        }
        self.placed_moved();
        true
    }

    /// After positions change: the spatial index, and the fit while the visitor has not moved the
    /// camera.
    fn placed_moved(&mut self) {
        self.index = SpatialIndex::new(&self.positions, &self.radii);
        if self.camera_is_fit {
            self.camera = self.fit();
        }
    }
}
