//! The whole view as a URL (`docs/url.md`): parsed with [`FromStr`], written with
//! [`Display`](std::fmt::Display); unknown or malformed parameters fall back to defaults.

mod compare;
mod number;
mod story;

use std::fmt;
use std::str::FromStr;

pub use compare::{Compare, CompareTarget};
pub use story::{Shows, Story};

use crate::answers::Depth;
use crate::i18n::Lang;
use crate::num::Num;
use crate::rules::check_id;

/// The open detail panel: `#/org/<id>` or `#/topic/<id>`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Selection {
    /// An organisation, by id.
    Org(String),
    /// A topic, by id.
    Topic(String),
}

impl Selection {
    /// The selected node's id.
    pub fn id(&self) -> &str {
        match self {
            Selection::Org(id) | Selection::Topic(id) => id,
        }
    }

    /// The selection of node `id` of `ds`: its organisation or topic; `None` when it is neither.
    pub fn in_dataset(ds: &crate::model::Dataset, id: &str) -> Option<Selection> {
        if ds.organisations.iter().any(|o| o.id.as_str() == id) {
            Some(Selection::Org(id.to_owned()))
        } else if ds.topics.iter().any(|t| t.id.as_str() == id) {
            Some(Selection::Topic(id.to_owned()))
        } else {
            None
        }
    }

    /// `org` or `topic`, as in the hash and the embed messages.
    pub fn kind(&self) -> &'static str {
        match self {
            Selection::Org(_) => "org",
            Selection::Topic(_) => "topic",
        }
    }

    /// The hash for this selection, `#/org/<id>`.
    pub fn hash(&self) -> String {
        format!("#/{}/{}", self.kind(), self.id())
    }

    /// Parses a hash (`#/org/who`, with or without `#`); anything else is no selection.
    ///
    /// ```
    /// use datamap::url::Selection;
    /// assert_eq!(Selection::from_hash("#/topic/open-data"), Some(Selection::Topic("open-data".into())));
    /// assert_eq!(Selection::from_hash("#/org/<script>"), None);
    /// ```
    pub fn from_hash(hash: &str) -> Option<Selection> {
        let rest = hash.trim_start_matches('#').strip_prefix('/')?;
        let (kind, id) = rest.split_once('/')?;
        let id = decode(id);
        check_id(&id).ok()?;
        match kind {
            "org" => Some(Selection::Org(id)),
            "topic" => Some(Selection::Topic(id)),
            _ => None,
        }
    }
}

/// Which view is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum View {
    /// The graph on a canvas.
    #[default]
    Map,
    /// The accessible table of organisations.
    List,
}

/// The camera in the URL: the layout point at the centre of the map, and CSS pixels per unit.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CameraParam {
    /// Layout x at the centre of the map.
    pub x: f64,
    /// Layout y at the centre of the map (growing downward).
    pub y: f64,
    /// Zoom: CSS pixels per layout unit, > 0.
    pub z: f64,
}

/// Everything a URL says about the view.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ViewState {
    /// The open detail panel.
    pub selection: Option<Selection>,
    /// Two nodes compared (`#/compare/<a>/<b>`); when set, the hash is this route, not the
    /// selection's. Resolve it with [`Compare::resolve`].
    pub compare: Option<Compare>,
    /// A curated view or a tour's step (`#/view/<id>`, `#/tour/<id>/<n>`); when set, the hash
    /// is this route. Resolve it with [`Story::resolve`].
    pub story: Option<Story>,
    /// How far the focus around the selection reaches on the map (`depth=2`; 1 by default).
    pub depth: Depth,
    /// The language, when the URL gives one (else the browser's, else English).
    pub lang: Option<Lang>,
    /// The search text.
    pub q: String,
    /// Organisation type filter ids.
    pub types: Vec<String>,
    /// Topic category filter ids.
    pub categories: Vec<String>,
    /// Map or list.
    pub view: View,
    /// Embed mode.
    pub embed: bool,
    /// Another dataset's URL.
    pub data: Option<String>,
    /// The camera, when it differs from "fit all".
    pub camera: Option<CameraParam>,
    /// The About dialog is open (`#/about`); the hash is this route then.
    pub about: bool,
}

impl ViewState {
    /// Parses a query string (with or without `?`) and a hash (with or without `#`).
    pub fn parse(query: &str, hash: &str) -> ViewState {
        let (selection, compare, story) =
            (Selection::from_hash(hash), Compare::from_hash(hash), Story::from_hash(hash));
        let about = matches!(hash.trim_start_matches('#'), "/about" | "/about/");
        let mut s = ViewState { selection, compare, story, about, ..ViewState::default() };
        let (mut x, mut y, mut z) = (None, None, None);
        for pair in query.trim_start_matches('?').split('&').filter(|p| !p.is_empty()) {
            let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
            let value = decode(value);
            match decode(key).as_str() {
                "lang" => s.lang = value.parse().ok(),
                "q" => s.q = value.chars().take(200).collect(),
                "types" => s.types = id_list(&value),
                "categories" => s.categories = id_list(&value),
                "depth" => s.depth = if value == "2" { Depth::Two } else { Depth::One },
                "view" => {
                    s.view = match value.as_str() {
                        "list" => View::List,
                        _ => View::Map,
                    }
                }
                "embed" => s.embed = matches!(value.as_str(), "1" | "true"),
                "data" => s.data = Some(value).filter(|v| !v.is_empty()),
                "x" => x = finite(&value),
                "y" => y = finite(&value),
                "z" => z = finite(&value).filter(|z| *z > 0.0),
                _ => {}
            }
        }
        if let (Some(x), Some(y), Some(z)) = (x, y, z) {
            s.camera = Some(CameraParam { x, y, z });
        }
        s
    }

    /// The query string, `?lang=fr&q=...`, or empty when every parameter is the default.
    pub fn query(&self) -> String {
        let mut parts: Vec<String> = Vec::new();
        if let Some(lang) = self.lang {
            parts.push(format!("lang={}", lang.code()));
        }
        if self.view == View::List {
            parts.push("view=list".into());
        }
        if !self.q.is_empty() {
            parts.push(format!("q={}", encode(&self.q)));
        }
        if !self.types.is_empty() {
            parts.push(format!("types={}", self.types.join(",")));
        }
        if !self.categories.is_empty() {
            parts.push(format!("categories={}", self.categories.join(",")));
        }
        if self.depth == Depth::Two {
            parts.push("depth=2".into());
        }
        if let Some(c) = self.camera {
            parts.push(format!("x={}&y={}&z={}", round(c.x), round(c.y), round(c.z)));
        }
        if self.embed {
            parts.push("embed=1".into());
        }
        if let Some(d) = &self.data {
            parts.push(format!("data={}", encode(d)));
        }
        if parts.is_empty() {
            String::new()
        } else {
            format!("?{}", parts.join("&"))
        }
    }

    /// The hash: `#/about` while About is open, else the view's or tour step's route while one is
    /// shown, else the compare route when two nodes are compared, else `#/org/<id>` or
    /// `#/topic/<id>`, else empty.
    pub fn hash(&self) -> String {
        if self.about {
            return "#/about".into();
        }
        match (&self.story, &self.compare, &self.selection) {
            (Some(s), _, _) => s.hash(),
            (None, Some(c), _) => c.hash(),
            (None, None, Some(s)) => s.hash(),
            (None, None, None) => String::new(),
        }
    }
}

/// `?query#hash`, the part of the URL after the path.
impl fmt::Display for ViewState {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.query(), self.hash())
    }
}

/// Parses `?query#hash` (either part may be missing); never fails.
impl FromStr for ViewState {
    type Err = std::convert::Infallible;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (query, hash) = s.split_once('#').unwrap_or((s, ""));
        Ok(ViewState::parse(query, hash))
    }
}

fn id_list(value: &str) -> Vec<String> {
    let mut ids: Vec<String> =
        value.split(',').map(str::trim).filter(|id| check_id(id).is_ok()).map(str::to_owned).collect();
    crate::sort::sort(&mut ids);
    ids.dedup();
    ids
}

fn finite(value: &str) -> Option<f64> {
    number::parse(value).filter(|v| v.is_finite() && v.abs() < 1e9)
}

/// Rounds a camera value to what a URL needs (3 decimals for position, 4 significant for zoom).
fn round(v: f64) -> String {
    let r = (v * 1000.0).round() / 1000.0;
    let s = Num(r).to_string();
    if s == "-0" {
        "0".into()
    } else {
        s
    }
}

/// Percent-encodes a query value (everything but unreserved characters).
pub fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b'~' | b'/' | b':' | b',') {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// Decodes a percent-encoded query value (`+` is a space); invalid sequences stay as they are.
pub fn decode(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'+' => out.push(b' '),
            b'%' if i + 3 <= b.len() => {
                match std::str::from_utf8(&b[i + 1..i + 3]).ok().and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(v) => {
                        out.push(v);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            c => out.push(c),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}
