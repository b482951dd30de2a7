//! The compare route, `#/compare/<a>/<b>`: two nodes side by side. The hash names no kind, so
//! the ids are kept as given and resolved against the dataset by [`Compare::resolve`].

use super::{decode, Selection};
use crate::graph::{Graph, NodeKind};
use crate::rules::check_id;

/// Two nodes to compare, by id, as the hash gives them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Compare {
    /// The first id.
    pub a: String,
    /// The second id; `None` when the hash gives one id only, or the same id twice.
    pub b: Option<String>,
}

/// What a compare route shows once its ids are looked up in the dataset.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CompareTarget {
    /// Both ids are nodes of the dataset, and different: the comparison of `a` and `b`.
    Pair {
        /// The first node's id.
        a: String,
        /// The second node's id.
        b: String,
    },
    /// One id is a node of the dataset (the other is unknown, missing or the same): that node's
    /// panel, as if it were selected.
    One(Selection),
    /// No id is a node of the dataset: the whole map.
    Nothing,
}

impl Compare {
    /// `a` and `b`, with `b` dropped when it is `a`.
    pub fn new(a: impl Into<String>, b: impl Into<String>) -> Compare {
        let (a, b) = (a.into(), b.into());
        let b = Some(b).filter(|b| *b != a);
        Compare { a, b }
    }

    /// The hash, `#/compare/<a>/<b>`, or `#/compare/<a>` without a second id.
    pub fn hash(&self) -> String {
        match &self.b {
            Some(b) => format!("#/compare/{}/{b}", self.a),
            None => format!("#/compare/{}", self.a),
        }
    }

    /// Parses `#/compare/<a>/<b>` (with or without `#`): the first two segments after
    /// `compare/`, each percent-decoded; one that is not a lowercase slug is left out, and further
    /// segments are ignored. `None` when no id is left or the hash is another route.
    ///
    /// ```
    /// use datamap::url::Compare;
    /// assert_eq!(Compare::from_hash("#/compare/icrc/wipo"), Some(Compare::new("icrc", "wipo")));
    /// assert_eq!(Compare::from_hash("#/compare/who/who"), Some(Compare { a: "who".into(), b: None }));
    /// assert_eq!(Compare::from_hash("#/compare/WHO/who"), Some(Compare { a: "who".into(), b: None }));
    /// assert_eq!(Compare::from_hash("#/org/who"), None);
    /// ```
    pub fn from_hash(hash: &str) -> Option<Compare> {
        let rest = hash.trim_start_matches('#').strip_prefix("/compare/")?;
        let mut ids = rest.split('/').take(2).map(decode).filter(|id| check_id(id).is_ok());
        let a = ids.next()?;
        let b = ids.next();
        Some(match b {
            Some(b) => Compare::new(a, b),
            None => Compare { a, b: None },
        })
    }

    /// What the route shows in `g`: both ids known and different, the comparison; one known,
    /// that node's panel; none, the whole map.
    pub fn resolve(&self, g: &Graph) -> CompareTarget {
        let known = |id: &str| g.node_by_id(id).map(|i| (id.to_owned(), g.nodes[i as usize].kind));
        let a = known(&self.a);
        let b = self.b.as_deref().filter(|b| *b != self.a).and_then(known);
        match (a, b) {
            (Some((a, _)), Some((b, _))) => CompareTarget::Pair { a, b },
            (Some((id, kind)), None) | (None, Some((id, kind))) => CompareTarget::One(match kind {
                NodeKind::Org => Selection::Org(id),
                NodeKind::Topic => Selection::Topic(id),
            }),
            (None, None) => CompareTarget::Nothing,
        }
    }
}
