//! Exports of what the visitor sees: the map as SVG (vector, labels as text) with its caption
//! (title, date, address and legend; see [`caption`]), the list as CSV (UTF-8 with a BOM, both
//! languages' names), and file names from the dataset and the date.

use std::fmt::Write as _;

use crate::explore::Row;
use crate::graph::Graph;
use crate::look::{font_weight, NodeStyles, Palette, FONT_FAMILY, HALO_WIDTH, OUTLINE_WIDTH};
use crate::model::Dataset;
use crate::num::{Fixed, Num};
use crate::scene::Scene;

mod caption;
pub use caption::{caption, Caption, Mark, APP_NAME};

/// A file name: the dataset title as a slug, the date, the extension (`geneva-data-map-2026-11-28.svg`).
pub fn file_name(ds: &Dataset, date: &str, ext: &str) -> String {
    let title = ds
        .meta
        .as_ref()
        .and_then(|m| m.title.as_ref())
        .map(|t| t.get("en").to_owned())
        .unwrap_or_else(|| "datamap".into());
    let slug = crate::rules::slugify(&title);
    let slug = if slug.is_empty() { "datamap".to_owned() } else { slug };
    format!("{slug}-{date}.{ext}")
}

fn xml(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// The map as an SVG document of `width × height` CSS pixels, in the colours, widths and fonts
/// of `pal` and [`crate::look`] (the canvas's), with `caption` under it (the document is then
/// taller by the caption's height).
pub fn svg(scene: &Scene, graph: &Graph, width: f64, height: f64, pal: &Palette, caption: Option<&Caption>) -> String {
    let mut out = String::new();
    let total = height + caption.map_or(0.0, |c| c.height);
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{total}\" viewBox=\"0 0 {width} {total}\" font-family=\"{FONT_FAMILY}\">\n<rect width=\"100%\" height=\"100%\" fill=\"{}\"/>\n<g stroke-linecap=\"round\">\n",
        xml(pal.background),
        width = Num(width),
        total = Num(total)
    );
    for e in &scene.edges {
        let (colour, stroke_width) = pal.edge_stroke(e.strong);
        let _ = writeln!(
            out,
            "<line x1=\"{}\" y1=\"{}\" x2=\"{}\" y2=\"{}\" stroke=\"{colour}\" stroke-opacity=\"{}\" stroke-width=\"{}\"/>",
            Fixed(e.a[0], 1),
            Fixed(e.a[1], 1),
            Fixed(e.b[0], 1),
            Fixed(e.b[1], 1),
            Fixed(e.alpha, 2),
            Num(stroke_width),
        );
    }
    out.push_str("</g>\n<g class=\"nodes\">\n");
    let styles = NodeStyles::new(graph, pal);
    for d in &scene.nodes {
        // A ring is the node's stroke; a node without one is outlined in the background colour.
        let (colour, stroke_width) = pal.ring(d.ring).unwrap_or((pal.background, OUTLINE_WIDTH));
        let shape = styles.shape(d.node);
        let _ = writeln!(
            out,
            "{} fill=\"{}\" fill-opacity=\"{}\" stroke=\"{colour}\" stroke-width=\"{}\"><title>{}</title></{}>",
            shape.svg(d.x, d.y, d.r),
            xml(styles.fill(d.node)),
            Fixed(d.alpha, 2),
            Num(stroke_width),
            xml(&graph.nodes[d.node as usize].id),
            shape.svg_tag(),
        );
    }
    let _ = writeln!(
        out,
        "</g>\n<g fill=\"{}\" stroke=\"{}\" stroke-width=\"{}\" paint-order=\"stroke\" stroke-linejoin=\"round\">",
        pal.label,
        pal.background,
        Num(HALO_WIDTH)
    );
    for l in &scene.labels {
        let _ = writeln!(
            out,
            "<text x=\"{}\" y=\"{}\" font-size=\"{}\" font-weight=\"{}\" dominant-baseline=\"middle\">{}</text>",
            Fixed(l.x, 1),
            Fixed(l.y, 1),
            Num(l.size),
            font_weight(l.bold),
            xml(&l.text)
        );
    }
    out.push_str("</g>\n");
    if let Some(c) = caption {
        out.push_str(&c.svg(height, width, pal));
    }
    out.push_str("</svg>\n");
    out
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// The list as CSV: a UTF-8 byte order mark (so spreadsheets read accents), a header, one row per
/// organisation with its names in English and French, acronym, type, topics and website.
pub fn csv(ds: &Dataset, rows: &[Row]) -> String {
    let mut out = String::from("\u{feff}id,name_en,name_fr,acronym,type,topics,website\r\n");
    for r in rows {
        let org = ds.organisations.iter().find(|o| o.id.as_str() == r.id);
        let name = |lang: &str| org.map(|o| o.name.get(lang).to_owned()).unwrap_or_else(|| r.name.clone());
        let topics: Vec<&str> = r.topics.iter().map(|(_, n)| n.as_str()).collect();
        let fields = [
            r.id.clone(),
            name("en"),
            name("fr"),
            r.acronym.clone(),
            r.type_name.clone(),
            topics.join("; "),
            org.and_then(|o| o.website.clone()).unwrap_or_default(),
        ];
        out.push_str(&fields.iter().map(|f| csv_field(f)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}
