//! Views and tours (`views`, `tours` in the file): what the map shows, named by curators.
//!
//! A [`View`] is a filter, a selection, a depth and a camera under a name; a [`Tour`] is an
//! ordered list of [`Step`]s, each of which shows what a view shows and adds a text with its
//! sources. Both are optional additions to format version 1, read by [`read`]; [`crate::validate`]
//! checks their ids, references and limits.

use serde::Serialize;

use super::{Dataset, Id, Localized, Source};

pub mod read;

/// A curated view of the map.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct View {
    /// A lowercase slug, unique across topics, organisations, views and tours.
    pub id: Id,
    /// The view's name.
    pub name: Localized,
    /// What the view shows, and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<Localized>,
    /// What the view shows.
    #[serde(flatten)]
    pub show: Show,
}

/// A guided tour: steps shown in order.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Tour {
    /// A lowercase slug, unique across topics, organisations, views and tours.
    pub id: Id,
    /// The tour's title.
    pub title: Localized,
    /// What the tour tells, in a sentence or two.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Localized>,
    /// The steps, in order; at least one.
    pub steps: Vec<Step>,
}

/// One step of a tour: a text with its sources, and what the map shows meanwhile.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// The step's title.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<Localized>,
    /// What the step says: a few sentences.
    pub text: Localized,
    /// Public pages a reader can open to check the text.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<Source>,
    /// What the map shows during the step.
    #[serde(flatten)]
    pub show: Show,
}

/// A camera stored in a view or step: the layout point at the centre of the map and the zoom, as
/// `?x=&y=&z=` in the URL.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
#[serde(deny_unknown_fields)]
pub struct ViewCamera {
    /// Layout x at the centre of the map.
    pub x: f64,
    /// Layout y at the centre of the map (growing downward).
    pub y: f64,
    /// Zoom: CSS pixels per layout unit, above 0.
    pub z: f64,
}

/// What a view or a tour step shows: filters as in the URL (`?types=`, `?categories=`), the
/// only nodes to show, the selection, the depth and the camera. An absent or empty list filters
/// nothing.
#[derive(Debug, Clone, PartialEq, Default, Serialize)]
#[cfg_attr(not(target_arch = "wasm32"), derive(schemars::JsonSchema))]
pub struct Show {
    /// Organisation type ids: only organisations of these types are shown (as `?types=`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub types: Option<Vec<Id>>,
    /// Category ids: only topics of these categories are shown, and the organisations linked to
    /// them (as `?categories=`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub categories: Option<Vec<Id>>,
    /// Topic and organisation ids: when given, only these nodes are shown (and only those of them
    /// that pass `types` and `categories`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ids: Option<Vec<Id>>,
    /// The id of a topic or organisation to select (its detail panel opens).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub select: Option<Id>,
    /// How far the focus around the selection reaches: 1 or 2 (as `?depth=`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub depth: Option<u64>,
    /// The camera; when absent, the map fits what is shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub camera: Option<ViewCamera>,
}

impl Show {
    /// The organisation type ids to show; empty for every type.
    pub fn types(&self) -> &[Id] {
        self.types.as_deref().unwrap_or_default()
    }

    /// The category ids to show; empty for every category.
    pub fn categories(&self) -> &[Id] {
        self.categories.as_deref().unwrap_or_default()
    }

    /// The only nodes to show; empty for every node.
    pub fn ids(&self) -> &[Id] {
        self.ids.as_deref().unwrap_or_default()
    }
}

impl Dataset {
    /// The view with this id.
    pub fn view(&self, id: &str) -> Option<&View> {
        self.views.iter().flatten().find(|v| v.id.as_str() == id)
    }

    /// The tour with this id.
    pub fn tour(&self, id: &str) -> Option<&Tour> {
        self.tours.iter().flatten().find(|t| t.id.as_str() == id)
    }
}
