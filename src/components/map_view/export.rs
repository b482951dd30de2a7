//! The map's export menu: the map as it is drawn now, downloaded as a PNG or an SVG file named
//! after the dataset and today's date, with a caption that says what it shows and where it comes
//! from (title, date, the page's address, the legend in the interface's language).

use super::Shared;
use crate::export::{caption, file_name};
use crate::i18n::Lang;
use crate::load::Loaded;
use crate::look::EXPORT;

crate::lazy! { export, preload_export;
    /// Downloads the map as a PNG (`png`) or an SVG file; nothing before the map is set up.
    pub(super) fn download(rt: Shared, loaded: std::sync::Arc<Loaded>, lang: Lang, png: bool) -> () {
        save(&rt, &loaded, lang, png)
    }
}

/// The export itself (in the `export` chunk).
fn save(rt: &Shared, loaded: &Loaded, lang: Lang, png: bool) {
    let guard = rt.borrow();
    let Some(r) = guard.as_ref() else { return };
    let name = file_name(&loaded.dataset, &crate::web::download::today(), if png { "png" } else { "svg" });
    let address = web_sys::window().and_then(|w| w.location().href().ok()).unwrap_or_default();
    let caption = caption(&loaded.dataset, lang, &address, r.model.viewport().width, &EXPORT);
    if png {
        crate::web::map_export::png(&r.model, &caption, name);
    } else {
        crate::web::map_export::svg_file(&r.model, &caption, name);
    }
}

/// Starts the export (fetching its chunk the first time).
pub(super) fn start(rt: Shared, loaded: std::sync::Arc<Loaded>, lang: Lang, png: bool) {
    leptos::task::spawn_local(async move {
        if download(rt, loaded, lang, png).await.is_err() {
            crate::web::lazy::failed("export");
        }
    });
}
