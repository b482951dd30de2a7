//! The guided tours and the curated views of a page, as text: each tour's steps in order with
//! their sources, each view's description; every tour, step and view links into the map
//! (`#/tour/<id>/<n>`, `#/view/<id>`).

use std::fmt::Write as _;

use super::html::{escape, Html};
use super::nodes::{map_link, sources};
use super::words::W;
use crate::model::Dataset;

/// The tours, each an `<article id="tour-<id>">` with an ordered list of steps.
pub(crate) fn tours(h: &mut Html, ds: &Dataset) {
    let Some(tours) = ds.tours.as_ref().filter(|t| !t.is_empty()) else { return };
    let code = h.lang();
    let _ = writeln!(h, "<section aria-labelledby=\"tours\">\n<h2 id=\"tours\">{}</h2>", W::Tours.get(code));
    for tour in tours {
        let _ = writeln!(h, "<article id=\"tour-{}\" class=\"tour\">", escape(tour.id.as_str()));
        h.localized("h3", "", &tour.title).raw("\n");
        if let Some(s) = &tour.summary {
            h.localized("p", "", s).raw("\n");
        }
        map_link(h, &format!("tour/{}", tour.id), W::OpenInMap);
        h.raw("<ol class=\"steps\">\n");
        for (n, step) in tour.steps.iter().enumerate() {
            let _ = write!(h, "<li>\n<h4><span class=\"step\">{} {}</span>", W::Step.get(code), n + 1);
            if let Some(title) = &step.title {
                h.raw(" ").localized("span", "", title);
            }
            h.raw("</h4>\n").localized("p", "", &step.text).raw("\n");
            sources(h, &step.sources);
            map_link(h, &format!("tour/{}/{}", tour.id, n + 1), W::OpenInMap);
            h.raw("</li>\n");
        }
        h.raw("</ol>\n</article>\n");
    }
    h.raw("</section>\n");
}

/// The views, each an item `<li id="view-<id>">` with its name and description.
pub(crate) fn views(h: &mut Html, ds: &Dataset) {
    let Some(views) = ds.views.as_ref().filter(|v| !v.is_empty()) else { return };
    let code = h.lang();
    let _ = writeln!(
        h,
        "<section aria-labelledby=\"views\">\n<h2 id=\"views\">{}</h2>\n<ul class=\"views\">",
        W::Views.get(code)
    );
    for view in views {
        let _ = writeln!(h, "<li id=\"view-{}\">", escape(view.id.as_str()));
        h.localized("h3", "", &view.name).raw("\n");
        if let Some(d) = &view.description {
            h.localized("p", "", d).raw("\n");
        }
        map_link(h, &format!("view/{}", view.id), W::OpenInMap);
        h.raw("</li>\n");
    }
    h.raw("</ul>\n</section>\n");
}
