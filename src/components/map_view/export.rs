//! The map's export menu: the map as it is drawn now, downloaded as a PNG or an SVG file named
//! after the dataset and today's date.

use super::Shared;
use crate::load::Loaded;

/// Downloads the map as a PNG (`png`) or an SVG file; nothing before the map is set up.
pub(super) fn download(rt: &Shared, loaded: &Loaded, png: bool) {
    let guard = rt.borrow();
    let Some(r) = guard.as_ref() else { return };
    let name =
        crate::export::file_name(&loaded.dataset, &crate::web::download::today(), if png { "png" } else { "svg" });
    if png {
        crate::web::map_export::png(&r.model, name);
    } else {
        crate::web::map_export::svg_file(&r.model, name);
    }
}
