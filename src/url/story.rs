//! The routes of curated views and guided tours: `#/view/<id>` and `#/tour/<id>/<n>` (step `n`,
//! from 1). The URL keeps the id and the step as given; [`Story::resolve`] fits them to the
//! dataset (an unknown id is no story, a step past the end is the last step, step 0 the first).

use super::{decode, CameraParam, Selection, ViewState};
use crate::answers::Depth;
use crate::model::{Dataset, Id};
use crate::rules::check_id;

/// A curated view or a tour's step, as the hash names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Story {
    /// `#/view/<id>`: a view of the dataset's `views`.
    View(String),
    /// `#/tour/<id>/<step>`: a step of a tour of the dataset's `tours`, counted from 1.
    Tour {
        /// The tour's id.
        id: String,
        /// The step, from 1 (0 and steps past the end are fitted by [`Story::resolve`]).
        step: u32,
    },
}

impl Story {
    /// The view or tour's id.
    pub fn id(&self) -> &str {
        match self {
            Story::View(id) | Story::Tour { id, .. } => id,
        }
    }

    /// The hash, `#/view/<id>` or `#/tour/<id>/<step>`.
    pub fn hash(&self) -> String {
        match self {
            Story::View(id) => format!("#/view/{id}"),
            Story::Tour { id, step } => format!("#/tour/{id}/{step}"),
        }
    }

    /// Parses `#/view/<id>` or `#/tour/<id>/<n>` (with or without `#`): the id is percent-decoded
    /// and must be a lowercase slug; `n` is decimal digits (`#/tour/<id>` and `#/tour/<id>/` are
    /// step 1). Further segments are ignored. `None` for anything else.
    ///
    /// ```
    /// use datamap::url::Story;
    /// assert_eq!(Story::from_hash("#/tour/data-talks/2"), Some(Story::Tour { id: "data-talks".into(), step: 2 }));
    /// assert_eq!(Story::from_hash("#/tour/data-talks"), Some(Story::Tour { id: "data-talks".into(), step: 1 }));
    /// assert_eq!(Story::from_hash("#/view/health"), Some(Story::View("health".into())));
    /// assert_eq!(Story::from_hash("#/tour/data-talks/two"), None);
    /// assert_eq!(Story::from_hash("#/view/Health"), None);
    /// ```
    pub fn from_hash(hash: &str) -> Option<Story> {
        let rest = hash.trim_start_matches('#').strip_prefix('/')?;
        let (kind, rest) = rest.split_once('/')?;
        let mut parts = rest.split('/');
        let id = decode(parts.next()?);
        check_id(&id).ok()?;
        match kind {
            "view" => Some(Story::View(id)),
            "tour" => {
                let step = match parts.next() {
                    None | Some("") => 1,
                    Some(n) => number(n)?,
                };
                Some(Story::Tour { id, step })
            }
            _ => None,
        }
    }

    /// The story as `ds` has it: a known view as it is; a known tour's step fitted to its steps
    /// (0 is step 1, a step past the end the last); `None` for an id the dataset has no view or
    /// tour of (the whole map is shown), or a tour without steps.
    pub fn resolve(&self, ds: &Dataset) -> Option<Story> {
        match self {
            Story::View(id) => ds.view(id).map(|_| self.clone()),
            Story::Tour { id, step } => {
                let last = u32::try_from(ds.tour(id)?.steps.len()).unwrap_or(u32::MAX);
                (last > 0).then(|| Story::Tour { id: id.clone(), step: (*step).clamp(1, last) })
            }
        }
    }
}

/// What a view or a tour's step shows, as the app's state: the filters, the only nodes shown,
/// the selection, the focus depth and the camera.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Shows {
    /// Organisation types shown (as `?types=`), sorted.
    pub types: Vec<String>,
    /// Topic categories shown (as `?categories=`), sorted.
    pub categories: Vec<String>,
    /// The only topics and organisations shown, sorted (empty: every one).
    pub only: Vec<String>,
    /// The node selected: a topic or organisation of the dataset, else none.
    pub select: Option<Selection>,
    /// The focus depth (1 when not given).
    pub depth: Depth,
    /// The camera; `None` fits what is shown.
    pub camera: Option<CameraParam>,
}

impl Story {
    /// What the story shows in `ds`: the view's, or the tour step's (`None` for an unknown id
    /// or step; [`Story::resolve`] first).
    pub fn shows(&self, ds: &Dataset) -> Option<Shows> {
        let show = match self {
            Story::View(id) => &ds.view(id)?.show,
            Story::Tour { id, step } => &ds.tour(id)?.steps.get(step.checked_sub(1)? as usize)?.show,
        };
        let sorted = |ids: &[Id]| {
            let mut ids: Vec<String> = ids.iter().map(|id| id.0.clone()).collect();
            crate::sort::sort(&mut ids);
            ids.dedup();
            ids
        };
        let select = show.select.as_ref().and_then(|id| Selection::in_dataset(ds, id.as_str()));
        Some(Shows {
            types: sorted(show.types()),
            categories: sorted(show.categories()),
            only: sorted(show.ids()),
            select,
            depth: show.depth.and_then(Depth::from_steps).unwrap_or(Depth::One),
            camera: show.camera.map(|c| CameraParam { x: c.x, y: c.y, z: c.z }),
        })
    }
}

impl ViewState {
    /// The view or tour on screen from its start, as curated: its route (a tour at step 1) with
    /// the language, the list and the dataset of this state, and nothing of the visitor's own
    /// (filters, search, selection, camera); `None` without a view or tour.
    ///
    /// ```
    /// use datamap::url::ViewState;
    /// let s: ViewState = "?lang=fr&q=who&types=un&x=1&y=2&z=3&data=a.json#/tour/data-talks/4".parse().unwrap();
    /// assert_eq!(s.story_start().unwrap().to_string(), "?lang=fr&data=a.json#/tour/data-talks/1");
    /// ```
    pub fn story_start(&self) -> Option<ViewState> {
        let story = match self.story.clone()? {
            Story::Tour { id, .. } => Story::Tour { id, step: 1 },
            view => view,
        };
        Some(ViewState {
            lang: self.lang,
            view: self.view,
            embed: self.embed,
            data: self.data.clone(),
            story: Some(story),
            ..ViewState::default()
        })
    }
}

/// Decimal digits as a number, saturating at `u32::MAX` (a step past any tour's end); `None`
/// when `s` is empty or has anything but ASCII digits.
fn number(s: &str) -> Option<u32> {
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit()))
        .then(|| s.bytes().fold(0u32, |n, b| n.saturating_mul(10).saturating_add(u32::from(b - b'0'))))
}
