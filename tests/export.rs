//! The SVG export draws in the look the canvas draws in (`datamap::look`): the palette's colours,
//! the stroke widths, the label fonts. A colour or width written into the export by hand would
//! let the exported map drift from the screen; these tests catch it. An exported map explains
//! itself: its caption holds the title, the date, the app's name and address, and the legend.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::BTreeSet;

use datamap::camera::Viewport;
use datamap::export::{caption, svg, Mark, APP_NAME};
use datamap::i18n::Lang;
use datamap::look::{self, Palette, DARK, EXPORT, LIGHT};
use datamap::mapmodel::MapModel;
use datamap::model::Dataset;
use datamap::scene::Ring;

/// The small fixture with a hovered node, a selected node and a search match, so that every kind
/// of edge, ring and label is drawn; returns its SVG in `pal`.
fn small_svg(pal: &Palette) -> String {
    let ds: Dataset = serde_json::from_str(include_str!("fixtures/small.json")).expect("fixture");
    let vp = Viewport { width: 900.0, height: 600.0 };
    let mut m = MapModel::new(&ds, "en", vp);
    let n = m.graph.len() as u32;
    let hover = (0..n).find(|&i| !m.graph.neighbors(i).is_empty()).expect("a node with edges");
    let selected = (0..n).find(|&i| i != hover).expect("two nodes");
    let matched = (0..n).rfind(|&i| i != hover && i != selected).expect("three nodes");
    m.hover = Some(hover);
    m.select(Some(selected));
    m.set_matches(Some((0..n).map(|i| i == matched).collect()));
    svg(&m.scene(), &m.graph, vp.width, vp.height, pal, None)
}

/// The value of attribute `name` in element `el` (the text of one tag).
fn attr<'a>(el: &'a str, name: &str) -> Option<&'a str> {
    let start = el.find(&format!(" {name}=\""))? + name.len() + 3;
    el[start..].split('"').next()
}

/// The attributes of every `<tag ...>` element of `doc`, each list opening with a space.
fn elements(doc: &str, tag: &str) -> Vec<String> {
    doc.split(&format!("<{tag} ")).skip(1).map(|rest| format!(" {}", rest.split('>').next().unwrap_or(""))).collect()
}

/// (stroke, stroke-width) of every `<tag>` of `doc`.
fn strokes(doc: &str, tag: &str) -> BTreeSet<(String, String)> {
    elements(doc, tag)
        .iter()
        .map(|el| {
            let stroke = attr(el, "stroke").unwrap_or("").to_owned();
            let width = attr(el, "stroke-width").unwrap_or("").to_owned();
            (stroke, width)
        })
        .collect()
}

fn pair((colour, width): (&str, f64)) -> (String, String) {
    (colour.to_owned(), width.to_string())
}

#[test]
fn the_svg_export_draws_edges_in_the_palettes_colours_and_widths() {
    for pal in [LIGHT, DARK] {
        let doc = small_svg(&pal);
        let expected: BTreeSet<_> = [pair(pal.edge_stroke(false)), pair(pal.edge_stroke(true))].into();
        assert_eq!(strokes(&doc, "line"), expected, "{doc}");
    }
}

#[test]
fn the_svg_export_draws_rings_and_outlines_in_the_palettes_colours_and_widths() {
    for pal in [LIGHT, DARK] {
        let doc = small_svg(&pal);
        let expected: BTreeSet<_> = [
            pair(pal.ring(Ring::Selected).expect("a ring")),
            pair(pal.ring(Ring::Hover).expect("a ring")),
            pair(pal.ring(Ring::Match).expect("a ring")),
            pair((pal.background, look::OUTLINE_WIDTH)),
        ]
        .into();
        let nodes: BTreeSet<_> = strokes(&doc, "circle").union(&strokes(&doc, "polygon")).cloned().collect();
        assert_eq!(nodes, expected, "{doc}");
    }
}

#[test]
fn the_svg_export_has_the_palettes_background_and_label_halo() {
    for pal in [LIGHT, DARK] {
        let doc = small_svg(&pal);
        assert!(doc.contains(&format!("<rect width=\"100%\" height=\"100%\" fill=\"{}\"/>", pal.background)));
        let halo = format!(
            "<g fill=\"{}\" stroke=\"{}\" stroke-width=\"{}\" paint-order=\"stroke\"",
            pal.label,
            pal.background,
            look::HALO_WIDTH
        );
        assert!(doc.contains(&halo), "{doc}");
    }
}

#[test]
fn the_svg_export_writes_labels_in_the_canvas_fonts() {
    let doc = small_svg(&EXPORT);
    assert!(doc.contains(&format!("font-family=\"{}\"", look::FONT_FAMILY)));
    let texts = elements(&doc, "text");
    assert!(!texts.is_empty(), "{doc}");
    let fonts: BTreeSet<(String, String)> =
        look::LABEL_FONTS.iter().map(|&(bold, size)| (size.to_string(), look::font_weight(bold).to_string())).collect();
    for el in &texts {
        let font = (attr(el, "font-size").unwrap_or("").to_owned(), attr(el, "font-weight").unwrap_or("").to_owned());
        assert!(fonts.contains(&font), "{el} is not in a label font");
    }
}

#[test]
fn exports_are_in_the_light_palette() {
    assert_eq!(EXPORT, LIGHT);
}

/// The shipped dataset's map, exported with its caption in `lang`.
fn captioned(lang: Lang) -> (String, Dataset, f64) {
    let ds: Dataset = serde_json::from_str(include_str!("../public/data/geneva.json")).expect("dataset");
    let vp = Viewport { width: 900.0, height: 600.0 };
    let m = MapModel::new(&ds, lang.code(), vp);
    let c = caption(&ds, lang, "https://example.org/map/?lang=fr#/org/who", vp.width, &EXPORT);
    (svg(&m.scene(), &m.graph, vp.width, vp.height, &EXPORT, Some(&c)), ds, vp.height + c.height)
}

#[test]
fn the_svg_export_holds_the_legend_entries_title_date_and_address() {
    for lang in Lang::ALL {
        let (doc, ds, height) = captioned(lang);
        let legend = doc.split("<g class=\"legend\"").nth(1).expect("a legend group");
        let meta = ds.meta.as_ref().expect("meta");
        let title = meta.title.as_ref().expect("a title").get(lang.code()).to_owned();
        let date = meta.updated.as_deref().expect("a date");
        for needle in [title.as_str(), date, APP_NAME, "https://example.org/map/?lang=fr#/org/who"] {
            assert!(legend.contains(needle), "{lang:?}: {needle} is missing from\n{legend}");
        }
        let legend_of = datamap::legend::Legend::of(&ds);
        for e in legend_of.categories.iter().chain(&legend_of.types) {
            let entry = format!(">{} ({})</text>", e.name.get(lang.code()), e.count);
            assert!(legend.contains(&entry), "{lang:?}: no entry {entry}");
        }
        // One key per entry: categories as coloured circles, types as grey shapes.
        let keys = legend.matches("<circle").count() + legend.matches("<polygon").count();
        assert_eq!(keys, legend_of.categories.len() + legend_of.types.len());
        assert_eq!(legend.matches(&format!("fill=\"{}\"", EXPORT.org_fill)).count(), legend_of.types.len());
        assert_eq!(legend.matches("<circle").count(), legend_of.categories.len());
        assert!(doc.contains(&format!("height=\"{height}\"")), "the picture grows by the caption");
    }
}

#[test]
fn the_caption_wraps_its_entries_inside_the_picture() {
    let ds: Dataset = serde_json::from_str(include_str!("../public/data/geneva.json")).expect("dataset");
    for width in [320.0, 900.0, 2000.0] {
        let c = caption(&ds, Lang::Fr, "https://example.org/", width, &EXPORT);
        for m in &c.marks {
            let (x, right, y) = match m {
                Mark::Key { x, y, r, .. } => (*x - r, *x + r, *y),
                Mark::Text { x, y, text, size, bold, .. } => {
                    (*x, *x + datamap::scene::text_width(text, *size, *bold), *y)
                }
            };
            assert!(x >= 0.0 && y > 0.0 && y < c.height, "{m:?} at width {width}");
            // Entries wrap; only a single word too long for a line (the address) may overflow.
            if let Mark::Key { .. } = m {
                assert!(right <= width, "{m:?} at width {width}");
            }
        }
    }
    let narrow = caption(&ds, Lang::En, "", 320.0, &EXPORT).height;
    assert!(narrow > caption(&ds, Lang::En, "", 2000.0, &EXPORT).height, "a narrow map's caption is taller");
}

#[test]
fn the_caption_gives_the_data_date_and_version_in_the_language_of_the_export() {
    let ds: Dataset = serde_json::from_str(include_str!("fixtures/curated.json")).expect("dataset");
    for (lang, line) in [
        (Lang::En, "Data as of 2026-11-28, version 2026.12 · Geneva Data Map"),
        (Lang::Fr, "Données au 2026-11-28, version 2026.12 · Geneva Data Map"),
    ] {
        let c = caption(&ds, lang, "", 900.0, &EXPORT);
        let doc = c.svg(0.0, 900.0, &EXPORT);
        assert!(doc.contains(line), "{lang:?}: no {line:?} in\n{doc}");
    }
}
