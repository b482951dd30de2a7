//! The lists whose items have items: links and their sources, tours, their steps and the steps'
//! sources. A child row names its parent (`org` and `topic`; `tour`; `tour` and `step`) and its
//! `position` among the parent's children; [`attach`] puts each child in its place.

use rustc_hash::FxHashMap;

use crate::model::{Link, Show, Source, Step, Tour, View, ViewCamera};
use crate::workbench::issue::Issue;
use crate::workbench::tables;

use super::build::{rows, Origin, Sheets};
use super::cells::Cells;
use super::sheet::Sheet;

/// The rows of a table of children, each under the parent `parent` finds for it (it reports an
/// unknown one) and in the order of its `position`, as (row, position, child); two children of
/// one parent at one position are an error, told with the parent's `label` and the children's
/// `noun`.
fn attach<T>(
    sheet: &Sheet,
    parents: usize,
    issues: &mut Vec<Issue>,
    mut parent: impl FnMut(&mut Cells) -> Option<usize>,
    mut read: impl FnMut(&mut Cells) -> T,
    (label, noun): (impl Fn(usize) -> String, &str),
) -> Vec<Vec<(usize, usize, T)>> {
    let mut found: Vec<Vec<(usize, usize, T)>> = (0..parents).map(|_| Vec::new()).collect();
    for record in &sheet.rows {
        let mut c = Cells { sheet, record, issues };
        let p = parent(&mut c);
        let position = c.position("position");
        let item = read(&mut c);
        if let (Some(p), Some(position)) = (p, position) {
            found[p].push((position, record.row, item));
        }
    }
    let mut out = Vec::with_capacity(parents);
    for (p, mut items) in found.into_iter().enumerate() {
        items.sort_by_key(|&(position, row, _)| (position, row));
        let mut children = Vec::with_capacity(items.len());
        for (position, row, item) in items {
            if children.last().is_some_and(|&(_, at, _)| at == position) {
                let message = format!("{} has two {noun} at position {position}", label(p));
                let mut issue =
                    Issue::error(sheet.file, message, "number them 1, 2, 3... in the order they are shown").row(row);
                if let Some(col) = sheet.column("position") {
                    issue = issue.column(col, "position");
                }
                issues.push(issue);
            }
            children.push((row, position, item));
        }
        out.push(children);
    }
    out
}

/// A source of a link or a step.
fn source(c: &mut Cells) -> Source {
    Source { title: c.loc("title"), url: c.text("url").unwrap_or_default(), date: c.text("date"), kind: c.kind("kind") }
}

/// The links, in `links.csv` order, each with its sources from `sources.csv` in position order.
pub fn links(sheets: &Sheets, issues: &mut Vec<Issue>, origins: &mut Vec<Origin>) -> Vec<Link> {
    let mut links = rows(sheets.get(&tables::LINKS), "links", issues, origins, |c| Link {
        org: c.id("org"),
        topic: c.id("topic"),
        summary: c.loc("summary"),
        sources: Vec::new(),
        verified: c.text("verified"),
    });
    let Some(sheet) = sheets.get(&tables::SOURCES) else { return links };
    let mut index: FxHashMap<(String, String), usize> = FxHashMap::default();
    for (i, l) in links.iter().enumerate() {
        index.entry((l.org.0.clone(), l.topic.0.clone())).or_insert(i);
    }
    let parent = |c: &mut Cells| {
        let (org, topic) = (c.id("org").0, c.id("topic").0);
        let found = index.get(&(org.clone(), topic.clone())).copied();
        if found.is_none() {
            let message = format!("there is no link between {org} and {topic} in links.csv");
            c.issue("org", message, "add the link to links.csv, or correct org and topic here");
        }
        found
    };
    let label = |i: usize| format!("the link {}/{}", links[i].org, links[i].topic);
    let found = attach(sheet, links.len(), issues, parent, source, (label, "sources"));
    for (i, sources) in found.into_iter().enumerate() {
        for (j, (row, _, s)) in sources.into_iter().enumerate() {
            origins.push(Origin { path: format!("links[{i}].sources[{j}]"), file: sheet.file, row, column: None });
            links[i].sources.push(s);
        }
    }
    links
}

/// The camera of a view or a step: all three numbers, or none.
fn camera(c: &mut Cells) -> Option<ViewCamera> {
    let (x, y, z) = (c.number("camera.x"), c.number("camera.y"), c.number("camera.z"));
    if let (Some(x), Some(y), Some(z)) = (x, y, z) {
        return Some(ViewCamera { x, y, z });
    }
    let names = ["camera.x", "camera.y", "camera.z"];
    if names.iter().any(|n| c.text(n).is_some()) {
        for name in names {
            if c.text(name).is_none() {
                c.issue(name, "a camera needs x, y and z", "fill the three camera cells, or none");
            }
        }
    }
    None
}

/// What a view or a step shows.
fn show(c: &mut Cells) -> Show {
    Show {
        types: c.ids("types"),
        categories: c.ids("categories"),
        ids: c.ids("ids"),
        select: c.opt_id("select"),
        depth: c.integer("depth"),
        camera: camera(c),
    }
}

/// A row of `views.csv`.
pub fn view(c: &mut Cells) -> View {
    View { id: c.id("id"), name: c.name("name"), description: c.loc("description"), show: show(c) }
}

/// A row of `steps.csv`.
fn step(c: &mut Cells) -> Step {
    Step { title: c.loc("title"), text: c.name("text"), sources: Vec::new(), show: show(c) }
}

/// The tours, in `tours.csv` order, with their steps and the steps' sources.
pub fn tours(sheets: &Sheets, issues: &mut Vec<Issue>, origins: &mut Vec<Origin>) -> Vec<Tour> {
    let read =
        |c: &mut Cells| Tour { id: c.id("id"), title: c.name("title"), summary: c.loc("summary"), steps: Vec::new() };
    let mut tours = rows(sheets.get(&tables::TOURS), "tours", issues, origins, read);
    let index: FxHashMap<String, usize> = tours.iter().enumerate().rev().map(|(i, t)| (t.id.0.clone(), i)).collect();
    let tour_of = |c: &mut Cells| {
        let id = c.id("tour").0;
        let found = index.get(&id).copied();
        if found.is_none() {
            c.issue(
                "tour",
                format!("there is no tour {id} in tours.csv"),
                "add the tour to tours.csv, or correct the id",
            );
        }
        found
    };
    // The step at each (tour, position), as (tour, index among its steps).
    let mut steps_at: FxHashMap<(String, usize), (usize, usize)> = FxHashMap::default();
    if let Some(sheet) = sheets.get(&tables::STEPS) {
        let label = |i: usize| format!("the tour {}", tours[i].id);
        let found = attach(sheet, tours.len(), issues, tour_of, step, (label, "steps"));
        for (i, steps) in found.into_iter().enumerate() {
            for (j, (row, position, s)) in steps.into_iter().enumerate() {
                origins.push(Origin { path: format!("tours[{i}].steps[{j}]"), file: sheet.file, row, column: None });
                steps_at.insert((tours[i].id.0.clone(), position), (i, j));
                tours[i].steps.push(s);
            }
        }
    }
    let Some(sheet) = sheets.get(&tables::STEP_SOURCES) else { return tours };
    let flat: Vec<(usize, usize)> = {
        let mut v: Vec<(usize, usize)> = steps_at.values().copied().collect();
        v.sort_unstable();
        v
    };
    let step_of = |c: &mut Cells| {
        let (tour, step) = (c.id("tour").0, c.position("step"));
        let found = step.and_then(|s| steps_at.get(&(tour.clone(), s))).and_then(|at| flat.binary_search(at).ok());
        if found.is_none() && step.is_some() {
            let message = format!("there is no step {} in the tour {tour} in steps.csv", step.unwrap_or_default());
            c.issue("step", message, "add the step to steps.csv, or correct tour and step here");
        }
        found
    };
    let label = |k: usize| format!("the step {} of the tour {}", flat[k].1 + 1, tours[flat[k].0].id);
    let found = attach(sheet, flat.len(), issues, step_of, source, (label, "sources"));
    for (k, sources) in found.into_iter().enumerate() {
        let (i, j) = flat[k];
        for (n, (row, _, s)) in sources.into_iter().enumerate() {
            origins.push(Origin {
                path: format!("tours[{i}].steps[{j}].sources[{n}]"),
                file: sheet.file,
                row,
                column: None,
            });
            tours[i].steps[j].sources.push(s);
        }
    }
    tours
}
