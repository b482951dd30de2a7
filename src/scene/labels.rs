//! The labels of a frame: which nodes get one, where it goes (right, left, below or above the
//! node, the first place free), and a grid of the boxes already placed so that none overlap.

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::camera::Viewport;
use crate::graph::NodeKind;

use super::{
    Detail, DrawLabel, DrawNode, SceneInput, MAX_LABELS, MAX_LABEL_CHARS, MAX_MOVING_LABELS, ORG_LABEL_MIN_RADIUS,
    ORG_LABEL_PX, ORG_LABEL_ZOOM, TOPIC_LABEL_PX,
};

/// Chooses the labels: forced ones (selected, hovered), then by priority, skipping any whose box
/// would overlap a label already placed or leave the viewport.
pub(super) fn labels(input: &SceneInput, drawn: &[DrawNode], focused: bool, near: &[bool]) -> Vec<DrawLabel> {
    let g = input.graph;
    let mut cands: Vec<(u32, &DrawNode)> = Vec::new();
    for d in drawn {
        let i = d.node;
        let node = &g.nodes[i as usize];
        let forced = input.selected == Some(i) || input.hover == Some(i);
        // Picked out: a search match, or a node of the highlighted legend entry.
        let matched = input.picked().is_some_and(|m| m[i as usize]);
        let close = input.camera.z >= input.fit_zoom * ORG_LABEL_ZOOM || d.r >= ORG_LABEL_MIN_RADIUS;
        let eligible = forced || node.kind == NodeKind::Topic || close || (focused && near[i as usize]) || matched;
        if !eligible || (d.alpha < 0.5 && !forced) {
            continue;
        }
        // Lower sorts first: forced, then focus neighbourhood, matches, topics, organisations by degree.
        let tier = if forced {
            0
        } else if focused && near[i as usize] {
            1
        } else if matched {
            2
        } else if node.kind == NodeKind::Topic {
            3
        } else {
            4
        };
        cands.push((tier * 1_000_000 + (999_999 - node.degree.min(999_999)), d));
    }
    // Taken from a heap, not sorted first: a frame stops at its label limit, and a heap's code is
    // a fraction of a stable sort's in the wasm. By (priority, node, then place in the list): the
    // order a stable sort by (priority, node) gives.
    let mut queue: BinaryHeap<Reverse<(u32, u32, usize)>> =
        cands.iter().enumerate().map(|(k, (p, d))| Reverse((*p, d.node, k))).collect();
    let mut grid = LabelGrid::new(input.viewport);
    let mut out = Vec::new();
    let max = match input.detail {
        Detail::Full => MAX_LABELS,
        Detail::Moving => MAX_MOVING_LABELS,
        Detail::Layout => 0,
    };
    while let Some(Reverse((_, _, k))) = queue.pop() {
        if out.len() >= max {
            break;
        }
        let d = cands[k].1;
        let i = d.node;
        let topic = g.nodes[i as usize].kind == NodeKind::Topic;
        let forced = input.selected == Some(i) || input.hover == Some(i);
        let size = if topic { TOPIC_LABEL_PX } else { ORG_LABEL_PX };
        let bold = topic || forced;
        let text = shorten(input.labels.get(i as usize).map(String::as_str).unwrap_or(""));
        if text.is_empty() {
            continue;
        }
        let w = text_width(&text, size, bold);
        let h = size * 1.3;
        // Right of the node, else left, else below, else above: the first place that is free.
        let places = [
            (d.x + d.r + 4.0, d.y),
            (d.x - d.r - 4.0 - w, d.y),
            (d.x - w / 2.0, d.y + d.r + 2.0 + h / 2.0),
            (d.x - w / 2.0, d.y - d.r - 2.0 - h / 2.0),
        ];
        let boxed = |(x, y): (f64, f64)| [x - 2.0, y - h / 2.0, x + w + 2.0, y + h / 2.0];
        let inside =
            |b: [f64; 4]| b[0] >= 0.0 && b[1] >= 0.0 && b[2] <= input.viewport.width && b[3] <= input.viewport.height;
        let spot =
            places.iter().copied().find(|p| inside(boxed(*p)) && grid.free(boxed(*p))).or(forced.then_some(places[0]));
        if let Some((x, y)) = spot {
            grid.insert(boxed((x, y)));
            out.push(DrawLabel { node: i, x, y, w, h, size, bold, text });
        }
    }
    out
}

/// Cuts a label longer than [`MAX_LABEL_CHARS`] with an ellipsis.
pub fn shorten(text: &str) -> String {
    let text = text.trim();
    if text.chars().count() <= MAX_LABEL_CHARS {
        text.to_owned()
    } else {
        let mut s: String = text.chars().take(MAX_LABEL_CHARS - 1).collect();
        s.push('…');
        s
    }
}

/// An estimate of a label's width in CSS pixels (no font metrics needed, so it is testable).
pub fn text_width(text: &str, size: f64, bold: bool) -> f64 {
    let per = if bold { 0.6 } else { 0.56 };
    text.chars().map(|c| if c.is_uppercase() || c == 'm' || c == 'w' { 1.2 } else { 1.0 }).sum::<f64>() * size * per
}

/// Occupied label boxes, bucketed in a coarse grid of the viewport.
struct LabelGrid {
    cell: f64,
    cols: usize,
    rows: usize,
    cells: Vec<Vec<[f64; 4]>>,
}

impl LabelGrid {
    fn new(vp: Viewport) -> LabelGrid {
        let cell = 64.0;
        let cols = (vp.width / cell).ceil().max(1.0) as usize + 1;
        let rows = (vp.height / cell).ceil().max(1.0) as usize + 1;
        LabelGrid { cell, cols, rows, cells: vec![Vec::new(); cols * rows] }
    }

    fn range(&self, b: [f64; 4]) -> (usize, usize, usize, usize) {
        let c = |v: f64, max: usize| ((v / self.cell).floor().max(0.0) as usize).min(max - 1);
        (c(b[0], self.cols), c(b[1], self.rows), c(b[2], self.cols), c(b[3], self.rows))
    }

    fn free(&self, b: [f64; 4]) -> bool {
        let (c0, r0, c1, r1) = self.range(b);
        (r0..=r1).all(|r| {
            (c0..=c1).all(|c| {
                self.cells[r * self.cols + c]
                    .iter()
                    .all(|o| b[2] <= o[0] || b[0] >= o[2] || b[3] <= o[1] || b[1] >= o[3])
            })
        })
    }

    fn insert(&mut self, b: [f64; 4]) {
        let (c0, r0, c1, r1) = self.range(b);
        for r in r0..=r1 {
            for c in c0..=c1 {
                self.cells[r * self.cols + c].push(b);
            }
        }
    }
}
