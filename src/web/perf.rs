//! Performance marks that benchmarks and tests read (`docs/performance-marks.md`).

/// Set when the JSON is parsed and validated.
pub const DATA_LOADED: &str = "datamap:data-loaded";
/// Set when the map (or, in the list view, the table) is first drawn.
pub const READY: &str = "datamap:ready";

/// Records `performance.mark(name)`; silently does nothing where the API is missing.
pub fn mark(name: &str) {
    if let Some(perf) = web_sys::window().and_then(|w| w.performance()) {
        let _ = perf.mark(name);
    }
}

thread_local! {
    static MARKED: std::cell::RefCell<Vec<&'static str>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Records the mark the first time only (a re-render must not move it).
pub fn mark_once(name: &'static str) {
    let first = MARKED.with(|m| {
        let mut m = m.borrow_mut();
        if m.contains(&name) {
            false
        } else {
            m.push(name);
            true
        }
    });
    if first {
        mark(name);
        if name == READY {
            crate::web::embed::post(&crate::embed::ready_event());
        }
    }
}
