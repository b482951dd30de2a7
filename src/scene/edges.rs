//! The edges of a frame: those with a visible end that neither filter hides, faint ones first and
//! the focus's strong ones last; a search's or a highlighted legend entry's stand out. A dense
//! graph in focus leaves its faded edges out, and a moving frame of a dense graph draws a sample.

use super::focus::Focus;
use super::{Detail, DrawEdge, SceneInput, DENSE_EDGES, MAX_LAYOUT_EDGES, MAX_MOVING_EDGES};

/// The edges drawn around `focus`, in drawing order.
pub(super) fn edges(input: &SceneInput, focus: Focus) -> Vec<DrawEdge> {
    let g = input.graph;
    let n = g.len();
    let hidden = |i: u32| input.hidden.get(i as usize).copied().unwrap_or(false);
    let screen = |i: u32| input.camera.apply(input.viewport, input.positions[i as usize]);
    let dense = g.edges.len() > DENSE_EDGES;
    let mut on = vec![false; n];
    for &i in input.on_screen {
        if (i as usize) < n {
            on[i as usize] = true;
        }
    }
    let (mut faint, mut strong) = (Vec::new(), Vec::new());
    let stride = match input.detail {
        Detail::Full => 1,
        Detail::Moving => g.edges.len().div_ceil(MAX_MOVING_EDGES).max(1),
        Detail::Layout => g.edges.len().div_ceil(MAX_LAYOUT_EDGES).max(1),
    };
    for (k, &(a, b)) in g.edges.iter().enumerate() {
        if hidden(a) || hidden(b) || !(on[a as usize] || on[b as usize]) {
            continue;
        }
        let touches = focus.strong(a, b);
        // Faded edges of a dense graph are all but invisible: skip them; sample while moving.
        if !touches && ((dense && focus.active()) || k % stride != 0) {
            continue;
        }
        let alpha = match (focus.active(), input.picked()) {
            (true, _) if touches => 0.9,
            // A highlighted legend entry wins over the focus, as for its nodes.
            (_, Some(m)) if input.highlight.is_some() => [0.05, 0.45][usize::from(m[a as usize] || m[b as usize])],
            (true, _) => 0.04,
            (false, Some(m)) if m[a as usize] || m[b as usize] => 0.45,
            (false, Some(_)) => 0.05,
            (false, None) if dense => 0.12,
            (false, None) => 0.35,
        };
        let e = DrawEdge { a: screen(a), b: screen(b), alpha, strong: touches };
        if touches {
            strong.push(e);
        } else {
            faint.push(e);
        }
    }
    faint.extend(strong);
    faint
}
