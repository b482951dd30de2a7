//! Leptos components, one per file: the app shell, the map, the dataset summary, the error view.

pub mod app;
pub mod error_view;
pub mod map_view;
pub mod summary;
