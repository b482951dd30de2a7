//! The spreadsheet form of a dataset: one table per list of the format, each a CSV file with a
//! header row, and the columns each table has ([`Spec`]). [`export`] lays a dataset out as
//! tables; `import` reads them back.

/// What a column holds, which decides how a cell is read back.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A text or an id.
    Text,
    /// A localised text: a `name` column for a plain string and `name.LANG` columns.
    Loc,
    /// A localised text that every record has (a name, a title): a table needs one of its columns.
    Name,
    /// A decimal number.
    Number,
    /// A whole number, from 1 (positions in a list).
    Position,
    /// A whole number (a depth).
    Integer,
    /// Ids separated by spaces, `[]` for an empty list.
    Ids,
}

impl Kind {
    /// Whether the column is a localised text.
    pub fn is_loc(self) -> bool {
        matches!(self, Kind::Loc | Kind::Name)
    }
}

/// The columns of one table.
#[derive(Debug, Clone, Copy)]
pub struct Spec {
    /// The CSV file's name.
    pub file: &'static str,
    /// Each column's name and kind, in order.
    pub columns: &'static [(&'static str, Kind)],
}

impl Spec {
    /// The kind of the column named `name` (`name.en` is a [`Kind::Loc`] column when `name` is).
    pub fn kind_of(&self, name: &str) -> Option<Kind> {
        self.columns.iter().find(|(c, _)| *c == name).map(|&(_, k)| k).or_else(|| {
            let (field, _) = name.rsplit_once('.')?;
            self.columns.iter().find(|&&(c, k)| c == field && k.is_loc()).map(|&(_, k)| k)
        })
    }
}

use Kind::{Ids, Integer, Loc, Name, Number, Position, Text};

/// `meta.csv`: one row per field of the file's top level and of `meta` (`field,value`).
pub const META: Spec = Spec { file: "meta.csv", columns: &[("field", Text), ("value", Text)] };
/// The fields of `meta` as rows of `meta.csv`.
pub const META_FIELDS: Spec = Spec {
    file: "meta.csv",
    columns: &[
        ("meta.title", Loc),
        ("meta.description", Loc),
        ("meta.updated", Text),
        ("meta.version", Text),
        ("meta.license", Text),
        ("meta.creator", Loc),
        ("meta.method", Loc),
        ("meta.contact", Text),
    ],
};
/// `categories.csv`.
pub const CATEGORIES: Spec = Spec { file: "categories.csv", columns: &[("id", Text), ("name", Name), ("color", Text)] };
/// `org_types.csv`.
pub const ORG_TYPES: Spec = Spec { file: "org_types.csv", columns: &[("id", Text), ("name", Name), ("color", Text)] };
/// `topics.csv`.
pub const TOPICS: Spec =
    Spec { file: "topics.csv", columns: &[("id", Text), ("category", Text), ("name", Name), ("summary", Loc)] };
/// `organisations.csv`.
pub const ORGANISATIONS: Spec = Spec {
    file: "organisations.csv",
    columns: &[
        ("id", Text),
        ("type", Text),
        ("name", Name),
        ("acronym", Loc),
        ("summary", Loc),
        ("website", Text),
        ("address", Text),
        ("location.lat", Number),
        ("location.lon", Number),
    ],
};
/// `links.csv`: one row per link, in file order.
pub const LINKS: Spec =
    Spec { file: "links.csv", columns: &[("org", Text), ("topic", Text), ("summary", Loc), ("verified", Text)] };
/// `sources.csv`: one row per source of a link, keyed by the link's org and topic and the
/// source's position among the link's sources (from 1).
pub const SOURCES: Spec = Spec {
    file: "sources.csv",
    columns: &[
        ("org", Text),
        ("topic", Text),
        ("position", Position),
        ("title", Loc),
        ("url", Text),
        ("date", Text),
        ("kind", Text),
    ],
};
/// `positions.csv`: the baked layout coordinates, by node id.
pub const POSITIONS: Spec = Spec { file: "positions.csv", columns: &[("id", Text), ("x", Number), ("y", Number)] };

/// What a view or a step shows, after its own columns.
macro_rules! shown_columns {
    ($($own:expr),*) => {
        &[
            $($own,)*
            ("types", Ids),
            ("categories", Ids),
            ("ids", Ids),
            ("select", Text),
            ("depth", Integer),
            ("camera.x", Number),
            ("camera.y", Number),
            ("camera.z", Number),
        ]
    };
}
/// `views.csv`.
pub const VIEWS: Spec =
    Spec { file: "views.csv", columns: shown_columns!(("id", Text), ("name", Name), ("description", Loc)) };
/// `tours.csv`: a tour's own fields.
pub const TOURS: Spec = Spec { file: "tours.csv", columns: &[("id", Text), ("title", Name), ("summary", Loc)] };
/// `steps.csv`: one row per step, keyed by its tour and its position in the tour (from 1).
pub const STEPS: Spec = Spec {
    file: "steps.csv",
    columns: shown_columns!(("tour", Text), ("position", Position), ("title", Loc), ("text", Name)),
};
/// `step_sources.csv`: one row per source of a step, keyed by the tour, the step's position and
/// the source's position.
pub const STEP_SOURCES: Spec = Spec {
    file: "step_sources.csv",
    columns: &[
        ("tour", Text),
        ("step", Position),
        ("position", Position),
        ("title", Loc),
        ("url", Text),
        ("date", Text),
        ("kind", Text),
    ],
};

/// Every table, in the order they are written and read.
pub const ALL: [Spec; 12] =
    [META, CATEGORIES, ORG_TYPES, TOPICS, ORGANISATIONS, LINKS, SOURCES, VIEWS, TOURS, STEPS, STEP_SOURCES, POSITIONS];

/// One table: its spec, its header and its rows of cells.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Table {
    /// The CSV file's name.
    pub file: &'static str,
    /// The header row.
    pub header: Vec<String>,
    /// The rows, each as long as the header.
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// The table as CSV text.
    pub fn to_csv(&self) -> String {
        let mut out = String::new();
        super::csv::write_record(&mut out, self.header.iter().map(String::as_str));
        for row in &self.rows {
            super::csv::write_record(&mut out, row.iter().map(String::as_str));
        }
        out
    }
}

mod export;
pub use export::export;
