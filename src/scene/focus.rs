//! What a frame is focused on: nothing, one node (the hovered or selected one: it and its
//! neighbours stand out, its edges are strong), or a set of nodes (a comparison's answer, or the
//! selection's neighbourhood two links deep: the set stands out, edges within it are strong).
//! The hovered node wins over a set, and a set over the selected node's neighbourhood.

use super::SceneInput;

/// The focus of a frame.
#[derive(Debug, Clone, Copy)]
pub(super) enum Focus<'a> {
    /// Nothing in focus: every node at its own opacity.
    None,
    /// A node and its neighbours.
    Node(u32),
    /// A set of nodes, one flag per graph node.
    Set(&'a [bool]),
}

impl<'a> Focus<'a> {
    /// The focus of the frame `input` derives.
    pub(super) fn of(input: &SceneInput<'a>) -> Focus<'a> {
        let n = input.graph.len();
        let valid = |f: &u32| (*f as usize) < n;
        match (input.hover.filter(valid), input.emphasis.filter(|e| e.len() == n), input.selected.filter(valid)) {
            (Some(h), _, _) => Focus::Node(h),
            (None, Some(set), _) => Focus::Set(set),
            (None, None, Some(s)) => Focus::Node(s),
            (None, None, None) => Focus::None,
        }
    }

    /// Whether something is in focus (the rest is faded).
    pub(super) fn active(&self) -> bool {
        !matches!(self, Focus::None)
    }

    /// The nodes that stand out, one flag per graph node.
    pub(super) fn near(&self, input: &SceneInput) -> Vec<bool> {
        match *self {
            Focus::None => vec![false; input.graph.len()],
            Focus::Node(f) => {
                let mut near = vec![false; input.graph.len()];
                near[f as usize] = true;
                for &j in input.graph.neighbors(f) {
                    near[j as usize] = true;
                }
                near
            }
            Focus::Set(set) => set.to_vec(),
        }
    }

    /// Whether the edge `a`–`b` is one of the focus's strong edges.
    pub(super) fn strong(&self, a: u32, b: u32) -> bool {
        match *self {
            Focus::None => false,
            Focus::Node(f) => f == a || f == b,
            Focus::Set(set) => set[a as usize] && set[b as usize],
        }
    }
}
