//! Views and tours read by hand from a JSON value, with [`crate::model::read`]'s reader, when a
//! file's shape is wrong. The typed read also takes `views` and `tours` as a JSON value and reads
//! them here, so their reading code exists once in the app.

use serde::de::{Deserialize, Deserializer, Error as _};
use serde_json::Value;

use super::{Show, Step, Tour, View, ViewCamera};
use crate::jsonpos::At;
use crate::model::read::{each, fields, id, list, number, opt, required, source, text, whole, Problem};

/// Reads `views`: the first problem of each view goes to `out`.
pub fn views(v: &Value, path: &str, out: &mut Vec<Problem>) -> Vec<View> {
    each(v, At::Root(path), view, out)
}

/// Reads `tours`: the first problem of each tour goes to `out`.
pub fn tours(v: &Value, path: &str, out: &mut Vec<Problem>) -> Vec<Tour> {
    each(v, At::Root(path), tour, out)
}

/// For `#[serde(deserialize_with)]`: `views`, read through a JSON value.
pub fn option_views<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<View>>, D::Error> {
    typed(d, views)
}

/// For `#[serde(deserialize_with)]`: `tours`, read through a JSON value.
pub fn option_tours<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Vec<Tour>>, D::Error> {
    typed(d, tours)
}

/// `null` or absent is `None`; the first problem, if any, is the error. A key given twice in
/// an object is not seen here (a value keeps the last one): the loader looks for those when a
/// file has views or tours.
fn typed<'de, D: Deserializer<'de>, T>(
    d: D,
    read: fn(&Value, &str, &mut Vec<Problem>) -> Vec<T>,
) -> Result<Option<Vec<T>>, D::Error> {
    // Called only for a field that is there; `null` counts as left out.
    let value = Value::deserialize(d)?;
    if value.is_null() {
        return Ok(None);
    }
    let mut problems = Vec::new();
    let items = read(&value, "", &mut problems);
    match problems.into_iter().next() {
        Some((_, message)) => Err(D::Error::custom(message)),
        None => Ok(Some(items)),
    }
}

const VIEW: [&str; 9] = ["id", "name", "description", "types", "categories", "ids", "select", "depth", "camera"];
const TOUR: [&str; 4] = ["id", "title", "summary", "steps"];
const STEP: [&str; 9] = ["title", "text", "sources", "types", "categories", "ids", "select", "depth", "camera"];

fn view(v: &Value, at: At) -> Result<View, Problem> {
    let (mut id_, mut name, mut description, mut show) = (None, None, None, Show::default());
    fields(v, at, "View", &VIEW, |i, x, at| {
        match i {
            0 => id_ = Some(id(x, at)?),
            1 => name = Some(text(x, at)?),
            2 => description = opt(x, at, text)?,
            _ => show_field(&mut show, i - 3, x, at)?,
        }
        Ok(())
    })?;
    Ok(View { id: required(id_, at, "id")?, name: required(name, at, "name")?, description, show })
}

fn tour(v: &Value, at: At) -> Result<Tour, Problem> {
    let (mut id_, mut title, mut summary, mut steps) = (None, None, None, None);
    fields(v, at, "Tour", &TOUR, |i, x, at| {
        match i {
            0 => id_ = Some(id(x, at)?),
            1 => title = Some(text(x, at)?),
            2 => summary = opt(x, at, text)?,
            _ => steps = Some(list(x, at, step)?),
        }
        Ok(())
    })?;
    let (id, title) = (required(id_, at, "id")?, required(title, at, "title")?);
    Ok(Tour { id, title, summary, steps: required(steps, at, "steps")? })
}

fn step(v: &Value, at: At) -> Result<Step, Problem> {
    let (mut title, mut text_, mut sources, mut show) = (None, None, Vec::new(), Show::default());
    fields(v, at, "Step", &STEP, |i, x, at| {
        match i {
            0 => title = opt(x, at, text)?,
            1 => text_ = Some(text(x, at)?),
            // As for a link, `sources` may be left out, but not be `null`.
            2 => sources = list(x, at, source)?,
            _ => show_field(&mut show, i - 3, x, at)?,
        }
        Ok(())
    })?;
    Ok(Step { title, text: required(text_, at, "text")?, sources, show })
}

/// Reads field `i` of what a view or step shows, in [`Show`]'s order: `types`, `categories`,
/// `ids`, `select`, `depth`, `camera`.
fn show_field(show: &mut Show, i: usize, x: &Value, at: At) -> Result<(), Problem> {
    let ids = |x: &Value, at: At| list(x, at, id);
    match i {
        0 => show.types = opt(x, at, ids)?,
        1 => show.categories = opt(x, at, ids)?,
        2 => show.ids = opt(x, at, ids)?,
        3 => show.select = opt(x, at, id)?,
        4 => show.depth = opt(x, at, whole)?,
        _ => show.camera = opt(x, at, camera)?,
    }
    Ok(())
}

fn camera(v: &Value, at: At) -> Result<ViewCamera, Problem> {
    let mut xyz = [None; 3];
    fields(v, at, "ViewCamera", &["x", "y", "z"], |i, x, at| {
        xyz[i] = Some(number(x, at)?);
        Ok(())
    })?;
    let [x, y, z] = xyz;
    Ok(ViewCamera { x: required(x, at, "x")?, y: required(y, at, "y")?, z: required(z, at, "z")? })
}

#[cfg(test)]
mod tests;
