//! Which full pictures of the map are the same: a key of everything the picture without hover
//! depends on, so the web layer can keep that picture and show it again (or faded, under a hover)
//! instead of drawing a dense graph anew each time the pointer crosses a node.

use std::hash::{Hash, Hasher};

use super::MapModel;
use crate::scene::{Detail, Scene};

impl MapModel {
    /// A key of the full-detail picture this map would draw without hover: equal keys, the same
    /// picture. It covers what can change during a map's life (camera, viewport, positions,
    /// filters, search matches, selection); the graph, radii and labels are fixed when the map is
    /// made.
    pub fn picture_key(&self) -> u64 {
        let mut h = rustc_hash::FxHasher::default();
        let c = self.camera;
        [c.x, c.y, c.z, self.viewport.width, self.viewport.height].map(f64::to_bits).hash(&mut h);
        self.selected.hash(&mut h);
        self.hidden.hash(&mut h);
        self.matches.hash(&mut h);
        self.positions.len().hash(&mut h);
        for p in &self.positions {
            p[0].to_bits().hash(&mut h);
            p[1].to_bits().hash(&mut h);
        }
        h.finish()
    }

    /// This frame's full drawing when the picture without hover (of the same
    /// [`MapModel::picture_key`]) is shown faded under it: if [`Scene::backdrop`] is set, it holds
    /// only the focus of the hover; else it is the whole frame, as [`MapModel::scene`] gives it.
    pub fn scene_over_backdrop(&self) -> Scene {
        self.derive(Detail::Full, true)
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
    fn the_key_ignores_hover_and_follows_everything_else_the_picture_shows() {
        let mut m = dense();
        let base = m.picture_key();
        assert_eq!(m.picture_key(), base, "the same state, the same key");
        m.hover = Some(busiest_org(&m));
        assert_eq!(m.picture_key(), base, "hover is drawn over the picture, not in it");
        m.hover = None;

        let cam = m.camera();
        m.set_camera(Camera { x: cam.x + 1.0, ..cam });
        assert_ne!(m.picture_key(), base, "camera");
        m.set_camera(cam);
        assert_eq!(m.picture_key(), base);

        m.selected = Some(0);
        assert_ne!(m.picture_key(), base, "selection");
        m.selected = None;

        let mut hidden = vec![false; m.graph.len()];
        hidden[3] = true;
        m.set_hidden(hidden);
        assert_ne!(m.picture_key(), base, "filters");
        m.set_hidden(vec![false; m.graph.len()]);
        assert_eq!(m.picture_key(), base);

        m.set_matches(Some(vec![false; m.graph.len()]));
        assert_ne!(m.picture_key(), base, "a search, even one that matches nothing, fades the map");
        m.set_matches(None);

        m.set_viewport(Viewport { width: 901.0, ..VP });
        assert_ne!(m.picture_key(), base, "viewport");
    }

    #[test]
    fn a_hover_over_the_backdrop_holds_the_focus_of_the_full_hover_frame_and_nothing_else() {
        let mut m = dense();
        let h = busiest_org(&m);
        m.hover = Some(h);
        let full = m.scene();
        let over = m.scene_over_backdrop();
        assert!(over.backdrop && !full.backdrop);
        // The faded nodes are what the backdrop shows: the full frame has them at the faded
        // opacity, and the frame over the backdrop leaves them out.
        assert!(full.nodes[..full.front].iter().all(|d| d.alpha == FADED_NODE_ALPHA));
        assert!(full.front > 0);
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
    fn without_a_hover_or_with_a_selection_or_a_search_the_frame_is_drawn_whole() {
        let mut m = dense();
        assert_eq!(m.scene_over_backdrop(), m.scene(), "no hover");
        let h = busiest_org(&m);
        m.hover = Some(h);
        m.selected = Some(0);
        assert_eq!(m.scene_over_backdrop(), m.scene(), "a selection is drawn in the picture: no backdrop");
        m.selected = None;
        m.set_matches(Some((0..m.graph.len()).map(|i| i % 2 == 0).collect()));
        assert_eq!(m.scene_over_backdrop(), m.scene(), "search matches keep their rings: no backdrop");
    }

    #[test]
    fn a_sparse_graph_never_uses_the_backdrop() {
        let ds: crate::model::Dataset =
            serde_json::from_str(include_str!("../../tests/fixtures/small.json")).expect("small.json");
        let mut m = MapModel::new(&ds, "en", VP);
        m.hover = Some(0);
        assert!(!m.scene_over_backdrop().backdrop);
    }
}
