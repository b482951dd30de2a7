//! The dataset built from its sheets, with the origin of every record (the file and row it came
//! from), so the checker's findings on the dataset can be placed back in the sheets.

use std::collections::BTreeMap;

use crate::model::{Category, Dataset, Location, OrgType, Organisation, Topic};
use crate::workbench::issue::Issue;
use crate::workbench::tables::{self, Spec};

use super::cells::Cells;
use super::sheet::Sheet;

/// Where a part of the built dataset came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// Its JSON path, such as `links[3]` or `meta.updated`.
    pub path: String,
    /// The CSV file.
    pub file: &'static str,
    /// The row.
    pub row: usize,
    /// The column, when the whole path sits in one (as in `meta.csv`): its index and name.
    pub column: Option<(usize, &'static str)>,
}

/// The sheets read, by file name.
#[derive(Debug, Clone, Default)]
pub struct Sheets(pub BTreeMap<&'static str, Sheet>);

impl Sheets {
    /// The sheet of a table, when its file was there.
    pub fn get(&self, spec: &Spec) -> Option<&Sheet> {
        self.0.get(spec.file)
    }
}

/// Reads every row of `sheet` as an item of the list at `list`, noting its origin.
pub(super) fn rows<T>(
    sheet: Option<&Sheet>,
    list: &str,
    issues: &mut Vec<Issue>,
    origins: &mut Vec<Origin>,
    mut read: impl FnMut(&mut Cells) -> T,
) -> Vec<T> {
    let Some(sheet) = sheet else { return Vec::new() };
    let mut out = Vec::with_capacity(sheet.rows.len());
    for (i, record) in sheet.rows.iter().enumerate() {
        origins.push(Origin { path: format!("{list}[{i}]"), file: sheet.file, row: record.row, column: None });
        out.push(read(&mut Cells { sheet, record, issues }));
    }
    out
}

/// The dataset the sheets describe, and where each part came from. Problems go to `issues`.
pub fn build(sheets: &Sheets, issues: &mut Vec<Issue>) -> (Dataset, Vec<Origin>) {
    let mut origins = Vec::new();
    let o = &mut origins;
    let head = super::meta::read(sheets.get(&tables::META), issues, o);
    let categories = sheets.get(&tables::CATEGORIES).map(|s| {
        rows(Some(s), "categories", issues, o, |c| Category {
            id: c.id("id"),
            name: c.name("name"),
            color: c.text("color"),
        })
    });
    let org_types = sheets.get(&tables::ORG_TYPES).map(|s| {
        rows(Some(s), "org_types", issues, o, |c| OrgType {
            id: c.id("id"),
            name: c.name("name"),
            color: c.text("color"),
        })
    });
    let topics = rows(sheets.get(&tables::TOPICS), "topics", issues, o, |c| Topic {
        id: c.id("id"),
        category: c.opt_id("category"),
        name: c.name("name"),
        summary: c.loc("summary"),
    });
    let organisations = rows(sheets.get(&tables::ORGANISATIONS), "organisations", issues, o, organisation);
    let links = super::lists::links(sheets, issues, o);
    let views = sheets.get(&tables::VIEWS).map(|s| rows(Some(s), "views", issues, o, super::lists::view));
    let tours = sheets.get(&tables::TOURS).map(|_| super::lists::tours(sheets, issues, o));
    let positions = positions(sheets.get(&tables::POSITIONS), issues, o);
    let ds = Dataset {
        schema: head.schema,
        version: head.version,
        meta: head.meta,
        categories,
        org_types,
        topics,
        organisations,
        links,
        views,
        tours,
        positions,
    };
    (ds, origins)
}

fn organisation(c: &mut Cells) -> Organisation {
    let (lat, lon) = (c.number("location.lat"), c.number("location.lon"));
    let location = match (lat, lon) {
        (Some(lat), Some(lon)) => Some(Location { lat, lon }),
        (None, None) => None,
        _ => {
            for name in ["location.lat", "location.lon"] {
                if c.text(name).is_some() {
                    continue;
                }
                c.issue(name, "a location needs a latitude and a longitude", "fill both location cells, or neither");
            }
            None
        }
    };
    Organisation {
        id: c.id("id"),
        org_type: c.opt_id("type"),
        name: c.name("name"),
        acronym: c.loc("acronym"),
        summary: c.loc("summary"),
        website: c.text("website"),
        address: c.text("address"),
        location,
    }
}

/// The positions by node id; an id given twice is an error.
fn positions(sheet: Option<&Sheet>, issues: &mut Vec<Issue>, origins: &mut Vec<Origin>) -> BTreeMap<String, [f64; 2]> {
    let mut out = BTreeMap::new();
    let Some(sheet) = sheet else { return out };
    for record in &sheet.rows {
        let mut c = Cells { sheet, record, issues };
        let id = c.id("id").0;
        let (x, y) = (c.number("x"), c.number("y"));
        let mut path = "positions".to_owned();
        crate::jsonpos::push_key(&mut path, &id);
        origins.push(Origin { path, file: sheet.file, row: record.row, column: None });
        if out.contains_key(&id) {
            c.issue("id", format!("{id} has a position already, on an earlier row"), "keep one row per id");
            continue;
        }
        match (x, y) {
            (Some(x), Some(y)) => {
                out.insert(id, [x, y]);
            }
            _ => {
                for name in ["x", "y"] {
                    if c.text(name).is_some() {
                        continue;
                    }
                    c.issue(name, "a position needs x and y", "fill both, or delete the row");
                }
            }
        }
    }
    out
}
