//! Browser-only glue: start-up, fetching, reading a local file, the URL and history, frames and
//! timers, canvas drawing and performance marks.

pub mod clipboard;
pub mod dom;
pub mod download;
pub mod embed;
pub mod fetch;
pub mod file_read;
pub mod history;
pub mod layout_worker;
pub mod lazy;
pub mod map_export;
pub mod page;
pub mod perf;
pub mod prefetch;
pub mod renderer;
pub mod timing;

/// Installs the panic hook and mounts the app on `<body>`; in a worker (the layout worker
/// instantiates the same module) there is no page to mount on, and nothing else to do.
pub fn start() {
    console_error_panic_hook::set_once();
    if web_sys::window().is_none() {
        return;
    }
    leptos::mount::mount_to_body(crate::components::app::App);
}
