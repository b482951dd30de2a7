//! Geneva Data Map: who in International Geneva works on which data topic.
//!
//! Pure modules (model, validation, URL state, i18n) compile and test on the host; the browser
//! layer (`web`, `components`) exists only on `wasm32`.

pub mod answers;
pub mod bake;
pub mod budgets;
pub mod camera;
#[cfg(not(target_arch = "wasm32"))]
pub mod check;
pub mod cite;
pub mod correction;
pub mod diagnostic;
#[cfg(not(target_arch = "wasm32"))]
pub mod edition;
pub mod embed;
pub mod explore;
pub mod export;
pub mod freshness;
pub mod graph;
pub mod grid;
pub mod i18n;
pub mod jsonpos;
pub mod layout;
pub mod legend;
pub mod load;
pub mod look;
pub mod mapmodel;
pub mod model;
pub mod num;
pub mod preview;
pub mod rng;
pub mod rules;
pub mod scene;
#[cfg(not(target_arch = "wasm32"))]
pub mod schema;
pub mod search;
pub mod sort;
pub mod spatial;
pub mod stats;
pub mod suggest;
pub mod synth;
pub mod text;
#[cfg(not(target_arch = "wasm32"))]
pub mod typography;
pub mod url;
pub mod validate;
#[cfg(not(target_arch = "wasm32"))]
pub mod workbench;

#[cfg(target_arch = "wasm32")]
pub mod components;
#[cfg(target_arch = "wasm32")]
pub mod web;
