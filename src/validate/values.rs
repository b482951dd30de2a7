//! Checks of single values in a dataset: texts by language (empty, too long, a bad language
//! tag, a missing language), link URLs, dates, addresses and locations, each reported at its JSON
//! path.

use crate::diagnostic::Diagnostic;
use crate::model::{Localized, Location};
use crate::num::Num;
use crate::rules;

use super::{EXPECTED_LANGS, MAX_NAME_CHARS};

/// A JSON path, built only when a problem needs it (validation of a large valid file allocates
/// no paths at all).
pub(super) type Path<'a> = &'a dyn Fn() -> String;

pub(super) fn name(out: &mut Vec<Diagnostic>, path: Path, value: &Localized) {
    text(out, &|| format!("{}.name", path()), Some(value), MAX_NAME_CHARS, true);
}

pub(super) fn text(out: &mut Vec<Diagnostic>, path: Path, value: Option<&Localized>, max: usize, required: bool) {
    let Some(value) = value else { return };
    let too_long = |t: &str| t.len() > max && t.chars().count() > max;
    let (empty, fine) = match value {
        Localized::Plain(t) => (is_blank(t), !too_long(t)),
        Localized::ByLang(map) => {
            // One pass over the texts (this runs for every text of a large file).
            let (mut empty, mut fine) = (true, true);
            for (l, t) in map.iter() {
                empty = empty && is_blank(t);
                fine = fine && rules::check_lang(l).is_ok() && !too_long(t);
            }
            (empty, fine && EXPECTED_LANGS.iter().all(|l| map.contains_key(l)))
        }
    };
    if required && empty {
        // The field's name: `name`, `title` or `text`.
        let at = path();
        let field = at.rsplit('.').next().unwrap_or("text").to_owned();
        out.push(
            Diagnostic::error(at, format!("the {field} is empty"))
                .with_fix(format!("write the {field}, e.g. {{\"en\": \"...\", \"fr\": \"...\"}}")),
        );
    }
    if fine {
        return;
    }
    for (lang, t) in value.texts() {
        let at = match lang {
            Some(l) => {
                let mut p = path();
                crate::jsonpos::push_key(&mut p, l);
                if let Err(why) = rules::check_lang(l) {
                    out.push(
                        Diagnostic::error(p.clone(), format!("{l:?} is not a language tag: {why}"))
                            .with_fix("key texts by language, e.g. {\"en\": \"...\", \"fr\": \"...\"}"),
                    );
                }
                p
            }
            None => path(),
        };
        if too_long(t) {
            let n = t.chars().count();
            out.push(
                Diagnostic::error(at, format!("the text is {n} characters long; the limit here is {max}"))
                    .with_fix("shorten it; long explanations belong in a source"),
            );
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    if let Localized::ByLang(map) = value {
        let missing: Vec<&str> = EXPECTED_LANGS.iter().copied().filter(|l| !map.contains_key(l)).collect();
        if !missing.is_empty() && !map.is_empty() {
            out.push(
                Diagnostic::warning("missing-language", path(), format!("no text in {}", missing.join(" and ")))
                    .with_fix(format!(
                        "add {} so both languages show it",
                        missing.iter().map(|l| format!("\"{l}\": \"...\"")).collect::<Vec<_>>().join(", ")
                    )),
            );
        }
    }
}

/// Whether `t` is empty or only whitespace (`t.trim().is_empty()`), deciding at the first byte
/// when it is a visible ASCII character.
fn is_blank(t: &str) -> bool {
    match t.as_bytes().first() {
        Some(&b) if b > b' ' && b < 0x80 => false,
        _ => t.trim().is_empty(),
    }
}

pub(super) fn link_url(out: &mut Vec<Diagnostic>, path: Path, url: &str) {
    if let Err(why) = rules::check_url(url) {
        out.push(
            Diagnostic::error(path(), format!("the URL {url:?} cannot be a link: {why}"))
                .with_fix("use an address starting with https://, http:// or mailto:"),
        );
    }
}

/// A date at `path`; whether it is valid.
pub(super) fn date(out: &mut Vec<Diagnostic>, path: Path, d: &str) -> bool {
    let Err(why) = rules::check_date(d) else { return true };
    out.push(
        Diagnostic::error(path(), format!("the date {d:?} is not valid: {why}"))
            .with_fix("write dates as YYYY-MM-DD, e.g. 2026-11-28"),
    );
    false
}

/// An organisation's postal address, at `path`: at most [`MAX_NAME_CHARS`] characters.
pub(super) fn address(out: &mut Vec<Diagnostic>, path: Path, a: &str) {
    if a.len() > MAX_NAME_CHARS && a.chars().count() > MAX_NAME_CHARS {
        out.push(
            Diagnostic::error(path(), format!("the address is longer than {MAX_NAME_CHARS} characters"))
                .with_fix("shorten it to the postal address"),
        );
    }
}

/// An organisation's location, at `path`: a latitude and a longitude in range.
pub(super) fn location(out: &mut Vec<Diagnostic>, path: Path, loc: &Location) {
    if !(loc.lat.is_finite() && (-90.0..=90.0).contains(&loc.lat)) {
        out.push(
            Diagnostic::error(format!("{}.lat", path()), format!("latitude {} is outside -90 to 90", Num(loc.lat)))
                .with_fix("give the latitude in decimal degrees (Geneva is about 46.2)"),
        );
    }
    if !(loc.lon.is_finite() && (-180.0..=180.0).contains(&loc.lon)) {
        out.push(
            Diagnostic::error(format!("{}.lon", path()), format!("longitude {} is outside -180 to 180", Num(loc.lon)))
                .with_fix("give the longitude in decimal degrees (Geneva is about 6.1)"),
        );
    }
}
