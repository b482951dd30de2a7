//! Which full pictures of the map are the same, so the web layer can keep them: the picture
//! without hover (shown again when the pointer leaves a node) and the faded layer that a dense
//! map's focus frames are drawn over (see [`Scene::backdrop`]), each with a key of everything it
//! depends on. A dense graph is then not drawn anew each time the pointer crosses a node.

use std::hash::{Hash, Hasher};

use rustc_hash::FxHasher;

use super::MapModel;
use crate::scene::{self, Detail, Scene};

impl MapModel {
    /// A key of the full-detail picture this map would draw without hover: equal keys, the same
    /// picture. It covers what can change during a map's life (camera, viewport, positions,
    /// filters, search matches, highlight, selection); the graph, radii and labels are fixed when
    /// the map is made.
    pub fn picture_key(&self) -> u64 {
        let mut h = self.placement_hash();
        self.selected.hash(&mut h);
        self.matches.hash(&mut h);
        self.emphasis.hash(&mut h);
        self.highlight.hash(&mut h);
        h.finish()
    }

    /// A key of [`MapModel::faded_layer`]: camera, viewport, positions and filters.
    pub fn layer_key(&self) -> u64 {
        self.placement_hash().finish()
    }

    /// Every visible node, faded: the layer under a frame with [`Scene::backdrop`] set.
    pub fn faded_layer(&self) -> Scene {
        self.with_input(Detail::Full, true, scene::faded_layer)
    }

    /// This frame's full drawing when the renderer can draw [`MapModel::faded_layer`] under it:
    /// if [`Scene::backdrop`] is set, it holds only the focus; else it is the whole frame, as
    /// [`MapModel::scene`] gives it.
    pub fn scene_over_layer(&self) -> Scene {
        self.derive(Detail::Full, true)
    }

    /// Whether [`MapModel::scene_over_layer`] holds only the focus, to be drawn over
    /// [`MapModel::faded_layer`] ([`Scene::backdrop`]), known without deriving the scene.
    pub fn focus_over_layer(&self) -> bool {
        let n = self.graph.len();
        let focus = self.hover.or(self.selected).is_some_and(|f| (f as usize) < n)
            || self.emphasis.as_ref().is_some_and(|e| e.len() == n);
        let picking = self.matches.is_some() || self.highlight.is_some();
        scene::over_layer(self.graph.edges.len(), focus, Detail::Full, picking)
    }

    /// The hash of where nodes are drawn and which are shown.
    fn placement_hash(&self) -> FxHasher {
        let mut h = FxHasher::default();
        let c = self.camera;
        [c.x, c.y, c.z, self.viewport.width, self.viewport.height].map(f64::to_bits).hash(&mut h);
        self.hidden.hash(&mut h);
        self.positions.len().hash(&mut h);
        for p in &self.positions {
            p[0].to_bits().hash(&mut h);
            p[1].to_bits().hash(&mut h);
        }
        h
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::camera::{Camera, Viewport};
    use crate::scene::{Ring, DENSE_EDGES, FADED_NODE_ALPHA};
    use crate::synth::{generate, SynthOptions};

    const VP: Viewport = Viewport { width: 900.0, height: 600.0 };

    /// A dense baked map: more than `DENSE_EDGES` links.
    fn dense() -> MapModel {
        let ds = generate(&SynthOptions { orgs: 400, topics: 30, links: 2_400, seed: 7, bake: true });
        let m = MapModel::new(&ds, "en", VP);
        assert!(m.graph.edges.len() > DENSE_EDGES && !m.layout_running());
        m
    }

    /// The organisation with the most links (its neighbourhood is a few topics).
    fn busiest_org(m: &MapModel) -> u32 {
        (0..m.graph.len() as u32)
            .filter(|&i| m.graph.nodes[i as usize].kind == crate::graph::NodeKind::Org)
            .max_by_key(|&i| (m.graph.neighbors(i).len(), std::cmp::Reverse(i)))
            .expect("an organisation")
    }

    #[test]
    fn the_keys_ignore_hover_and_follow_everything_else_their_pictures_show() {
        let mut m = dense();
        let (base, layer) = (m.picture_key(), m.layer_key());
        assert_eq!((m.picture_key(), m.layer_key()), (base, layer), "the same state, the same keys");
        m.hover = Some(busiest_org(&m));
        assert_eq!((m.picture_key(), m.layer_key()), (base, layer), "hover is drawn over the pictures, not in them");
        m.hover = None;

        let cam = m.camera();
        m.set_camera(Camera { x: cam.x + 1.0, ..cam });
        assert!(m.picture_key() != base && m.layer_key() != layer, "camera");
        m.set_camera(cam);
        assert_eq!((m.picture_key(), m.layer_key()), (base, layer));

        m.select(Some(0));
        assert_ne!(m.picture_key(), base, "a selection is in the picture...");
        assert_eq!(m.layer_key(), layer, "...not in the faded layer");
        m.select(None);

        let mut hidden = vec![false; m.graph.len()];
        hidden[3] = true;
        m.set_hidden(hidden);
        assert!(m.picture_key() != base && m.layer_key() != layer, "filters");
        m.set_hidden(vec![false; m.graph.len()]);
        assert_eq!((m.picture_key(), m.layer_key()), (base, layer));

        m.set_matches(Some(vec![false; m.graph.len()]));
        assert_ne!(m.picture_key(), base, "a search, even one that matches nothing, fades the map");
        m.set_matches(None);
        m.set_highlight(Some(vec![true; m.graph.len()]));
        assert_ne!(m.picture_key(), base, "a highlighted legend entry");
        m.set_highlight(None);
        assert_eq!(m.picture_key(), base);

        m.set_viewport(Viewport { width: 901.0, ..VP });
        assert!(m.picture_key() != base && m.layer_key() != layer, "viewport");
    }

    #[test]
    fn a_hover_over_the_layer_is_the_full_hover_frame_split_in_two() {
        let mut m = dense();
        let h = busiest_org(&m);
        m.hover = Some(h);
        let full = m.scene();
        let over = m.scene_over_layer();
        let layer = m.faded_layer();
        assert!(over.backdrop && !full.backdrop && m.focus_over_layer());
        // The layer: every node of the frame, faded, with the frame's outlines; nothing else.
        let mut all: Vec<u32> = full.nodes.iter().map(|d| d.node).collect();
        all.sort_unstable();
        let mut faded: Vec<u32> = layer.nodes.iter().map(|d| d.node).collect();
        faded.sort_unstable();
        assert_eq!(faded, all);
        assert!(layer.nodes.iter().all(|d| d.alpha == FADED_NODE_ALPHA && d.ring == Ring::None));
        assert!(layer.edges.is_empty() && layer.labels.is_empty() && layer.front == layer.nodes.len());
        assert_eq!(layer.outline, full.outline);
        // The frame's faded nodes are the layer's; over it, the frame holds only its focus.
        assert!(full.front > 0 && full.nodes[..full.front].iter().all(|d| d.alpha == FADED_NODE_ALPHA));
        assert_eq!(over.front, 0);
        assert_eq!(over.nodes, full.nodes[full.front..]);
        assert!(over.nodes.iter().any(|d| d.node == h && d.ring == Ring::Hover));
        assert_eq!(over.nodes.len(), m.graph.neighbors(h).len() + 1);
        // Edges and labels are the focus's in both (a dense graph's faded edges are left out).
        assert_eq!(over.edges, full.edges);
        assert!(!over.edges.is_empty() && over.edges.iter().all(|e| e.strong));
        assert_eq!(over.labels, full.labels);
    }

    #[test]
    fn one_layer_serves_a_selection_and_a_hover_while_selected() {
        let mut m = dense();
        let h = busiest_org(&m);
        let far = (0..m.graph.len() as u32)
            .find(|&i| i != h && !m.graph.neighbors(h).contains(&i) && m.screen_of(i).is_some())
            .expect("a node out of the hover's focus");
        m.select(Some(far));
        let selected = m.scene_over_layer();
        assert!(selected.backdrop && m.focus_over_layer(), "a selection is a focus: drawn over the layer");
        assert!(selected.nodes.iter().any(|d| d.node == far && d.ring == Ring::Selected && d.alpha == 1.0));
        m.hover = Some(h);
        assert_eq!(
            m.faded_layer(),
            {
                m.hover = None;
                m.faded_layer()
            },
            "the layer does not depend on the focus"
        );
        m.hover = Some(h);
        let over = m.scene_over_layer();
        // The selection, out of the hover's focus, is faded in the full frame; over the layer,
        // which shows it faded already, only its ring is drawn.
        let full = m.scene();
        let faded = full.nodes.iter().find(|d| d.node == far).expect("the selected node");
        assert_eq!((faded.ring, faded.alpha), (Ring::Selected, FADED_NODE_ALPHA));
        let d = over.nodes.iter().find(|d| d.node == far).expect("the selected node");
        assert_eq!((d.ring, d.alpha), (Ring::Selected, 0.0));
    }

    #[test]
    fn without_a_focus_or_with_a_search_the_frame_is_drawn_whole() {
        let mut m = dense();
        assert_eq!(m.scene_over_layer(), m.scene(), "no focus");
        assert!(!m.focus_over_layer());
        m.hover = Some(busiest_org(&m));
        m.set_matches(Some((0..m.graph.len()).map(|i| i % 2 == 0).collect()));
        assert_eq!(m.scene_over_layer(), m.scene(), "search matches keep their own opacity: no layer");
        assert!(!m.focus_over_layer());
        m.set_matches(None);
        m.set_highlight(Some((0..m.graph.len()).map(|i| i % 3 == 0).collect()));
        assert_eq!(m.scene_over_layer(), m.scene(), "neither does a highlighted legend entry");
        assert!(!m.focus_over_layer());
    }

    #[test]
    fn a_sparse_graph_never_uses_the_layer() {
        let ds: crate::model::Dataset =
            serde_json::from_str(include_str!("../../tests/fixtures/small.json")).expect("small.json");
        let mut m = MapModel::new(&ds, "en", VP);
        m.hover = Some(0);
        assert!(!m.scene_over_layer().backdrop && !m.focus_over_layer());
    }
}
