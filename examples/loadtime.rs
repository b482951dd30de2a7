//! Times the phases of loading a dataset file: `cargo run --release --example loadtime -- FILE`.

use std::time::Instant;

fn main() {
    let file = std::env::args().nth(1).unwrap_or_else(|| "public/data/geneva.json".into());
    if std::env::args().nth(2).as_deref() == Some("--layout") {
        let ds: datamap::model::Dataset = serde_json::from_slice(&std::fs::read(&file).expect("read")).expect("parse");
        return layout_phases(&ds);
    }
    let bytes = std::fs::read(&file).expect("read");
    let text = std::str::from_utf8(&bytes).expect("utf8");
    let t = Instant::now();
    let ds: datamap::model::Dataset = serde_json::from_str(text).expect("parse");
    println!("plain typed parse: {:?}", t.elapsed());
    let t = Instant::now();
    let mut de = serde_json::Deserializer::from_str(text);
    let _: datamap::model::Dataset = serde_path_to_error::deserialize(&mut de).expect("parse");
    println!("path-tracking parse: {:?}", t.elapsed());
    let t = Instant::now();
    let scan = datamap::jsonpos::scan(text, &Default::default());
    println!("duplicate scan: {:?} ({} duplicates)", t.elapsed(), scan.duplicates.len());
    let t = Instant::now();
    let d = datamap::validate::validate(&ds);
    println!("validate: {:?} ({} diagnostics)", t.elapsed(), d.len());
    let t = Instant::now();
    let _ = datamap::load::load(&bytes).expect("valid");
    println!("load (all): {:?}", t.elapsed());
    let t = Instant::now();
    let c = datamap::stats::Counts::of(&ds);
    println!("counts: {:?} ({} distinct sources)", t.elapsed(), c.distinct_sources);
    let t = Instant::now();
    let g = datamap::graph::Graph::new(&ds);
    println!("graph: {:?}", t.elapsed());
    let t = Instant::now();
    let _ = datamap::search::SearchIndex::new(&ds);
    println!("search index: {:?} ({} nodes)", t.elapsed(), g.len());
    let t = Instant::now();
    let m = datamap::mapmodel::MapModel::new(&ds, "en", datamap::camera::Viewport { width: 1000.0, height: 700.0 });
    println!("map model: {:?}", t.elapsed());
    let t = Instant::now();
    let s = m.scene();
    println!("scene: {:?} ({} edges, {} nodes, {} labels)", t.elapsed(), s.edges.len(), s.nodes.len(), s.labels.len());
}

fn layout_phases(ds: &datamap::model::Dataset) {
    let g = datamap::graph::Graph::new(ds);
    let req = datamap::layout::layout_request(&g, &vec![None; g.len()]);
    let t = Instant::now();
    let mut l = datamap::layout::Layout::new(&req);
    println!("layout new: {:?}", t.elapsed());
    let t = Instant::now();
    let mut worst = std::time::Duration::ZERO;
    while {
        let s = Instant::now();
        let more = l.step();
        worst = worst.max(s.elapsed());
        more
    } {}
    println!("layout ticks: {} in {:?} (worst tick {:?})", l.ticks(), t.elapsed(), worst);
    let t = Instant::now();
    l.resolve_overlaps();
    println!("resolve overlaps: {:?}", t.elapsed());
}
