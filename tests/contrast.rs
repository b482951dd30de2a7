//! Every colour of the map keeps WCAG contrast on both themes: text 4.5:1, graphics 3:1 (node
//! fills, rings, the focus's edges) against the background they are drawn on. The figures come
//! from the palettes of `datamap::look`, the shipped dataset's category colours (as the map draws
//! them, made legible where needed) and the page's own colours in `style/main.css`.
//! `cargo test --test contrast -- --nocapture` prints them.
#![cfg(not(target_arch = "wasm32"))]

use datamap::graph::Graph;
use datamap::look::contrast::{ratio_of, GRAPHIC, TEXT};
use datamap::look::{category_fill, NodeStyles, Palette, DARK, EXPORT, LIGHT};
use datamap::model::Dataset;

const THEMES: [(&str, Palette); 2] = [("light", LIGHT), ("dark", DARK)];

fn dataset(text: &str) -> Dataset {
    serde_json::from_str(text).expect("a dataset")
}

/// Asserts `fg` on `bg` reaches `min`, and prints the figure.
fn check(what: &str, fg: &str, bg: &str, min: f64) {
    let r = ratio_of(fg, bg).unwrap_or_else(|| panic!("{what}: {fg} or {bg} is not a colour"));
    eprintln!("{what:<48} {fg} on {bg}: {r:5.2}:1 (at least {min}:1)");
    assert!(r >= min, "{what}: {fg} on {bg} is {r:.2}:1, less than {min}:1");
}

#[test]
fn the_palettes_text_rings_and_organisations_contrast_with_their_background() {
    for (name, pal) in THEMES {
        check(&format!("{name}: label"), pal.label, pal.background, TEXT);
        check(&format!("{name}: muted text"), pal.muted, pal.background, TEXT);
        check(&format!("{name}: selected ring"), pal.selected, pal.background, GRAPHIC);
        check(&format!("{name}: hover ring"), pal.hover, pal.background, GRAPHIC);
        check(&format!("{name}: search match ring"), pal.matched, pal.background, GRAPHIC);
        check(&format!("{name}: focus's edges"), pal.edge_strong, pal.background, GRAPHIC);
        check(&format!("{name}: organisation fill"), pal.org_fill, pal.background, GRAPHIC);
    }
    assert_eq!(EXPORT, LIGHT, "exports are checked as the light theme");
}

#[test]
fn every_category_of_the_shipped_dataset_is_drawn_legibly_on_both_themes() {
    let ds = dataset(include_str!("../public/data/geneva.json"));
    let graph = Graph::new(&ds);
    let categories = ds.categories.as_deref().unwrap_or_default();
    assert!(!categories.is_empty());
    for (name, pal) in THEMES {
        let styles = NodeStyles::new(&graph, &pal);
        let mut fills = Vec::new();
        for (i, c) in categories.iter().enumerate() {
            let fill = category_fill(&graph.category_colors[i], &pal);
            check(
                &format!("{name}: category {} ({})", c.id.as_str(), graph.category_colors[i]),
                &fill,
                pal.background,
                GRAPHIC,
            );
            fills.push(fill);
        }
        // The map draws each topic in its category's fill.
        for t in (0..graph.len() as u32).filter(|&t| graph.nodes[t as usize].kind == datamap::graph::NodeKind::Topic) {
            let g = graph.nodes[t as usize].group.expect("every shipped topic has a category");
            assert_eq!(styles.fill(t), fills[g]);
        }
        let mut distinct = fills.clone();
        distinct.sort();
        distinct.dedup();
        assert_eq!(distinct.len(), fills.len(), "{name}: categories keep distinct fills");
    }
    // On light, the dataset's colours are drawn as they are (they need no help there).
    for (i, c) in graph.category_colors.iter().enumerate() {
        assert_eq!(&category_fill(c, &LIGHT), c, "category {i}");
    }
}

#[test]
fn a_dark_colour_is_lightened_for_the_dark_theme_and_a_pale_one_darkened_for_the_light() {
    check("dark: a near-black category", &category_fill("#1a1a2e", &DARK), DARK.background, GRAPHIC);
    check("light: a pale yellow category", &category_fill("#ffe680", &LIGHT), LIGHT.background, GRAPHIC);
    check("dark: the fallback", &category_fill(datamap::graph::FALLBACK_COLOR, &DARK), DARK.background, GRAPHIC);
    check("light: the fallback", &category_fill(datamap::graph::FALLBACK_COLOR, &LIGHT), LIGHT.background, GRAPHIC);
}

/// The custom properties of the first `:root { ... }` block after `from` in the stylesheet.
fn css_vars(css: &str, from: &str) -> Vec<(String, String)> {
    let at = css.find(from).expect("the block");
    let block = &css[at..];
    let body = &block[block.find(":root").expect(":root")..];
    let body = &body[body.find('{').expect("{") + 1..body.find('}').expect("}")];
    body.split(';')
        .filter_map(|d| d.trim().strip_prefix("--")?.split_once(':'))
        .map(|(k, v)| (k.trim().to_owned(), v.trim().to_owned()))
        .collect()
}

#[test]
fn the_pages_text_contrasts_and_its_background_is_the_maps() {
    let css = include_str!("../style/main.css");
    let light = css_vars(css, ":root");
    let mut dark = light.clone();
    for (k, v) in css_vars(css, "@media (prefers-color-scheme: dark)") {
        dark.retain(|(key, _)| *key != k);
        dark.push((k, v));
    }
    for ((name, pal), vars) in THEMES.iter().zip([light, dark]) {
        let var = |k: &str| vars.iter().find(|(key, _)| key == k).map(|(_, v)| v.clone()).expect(k);
        // The legend's keys are drawn on the page's background: it must be the map's.
        assert_eq!(var("bg"), pal.background, "{name}");
        for text in ["fg", "muted", "accent"] {
            for bg in ["bg", "panel"] {
                check(&format!("{name}: page --{text} on --{bg}"), &var(text), &var(bg), TEXT);
            }
        }
        check(&format!("{name}: page --danger-fg on --danger-bg"), &var("danger-fg"), &var("danger-bg"), TEXT);
    }
}
