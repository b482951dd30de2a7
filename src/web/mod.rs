//! Browser-only glue: start-up, fetching, performance marks and the page's URL.

pub mod fetch;
pub mod page;
pub mod perf;

/// Installs the panic hook and mounts the app on `<body>`.
pub fn start() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(crate::components::app::App);
}
