//! `datamap-gen` (being written).
fn main() {}
