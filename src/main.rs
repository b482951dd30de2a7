//! Entry point: install the panic hook and mount the app in the browser; nothing else.

fn main() {
    #[cfg(target_arch = "wasm32")]
    datamap::web::start();
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("geneva-data-map is a browser app: run `make serve`. The curators' checker is `cargo run --bin datamap-check -- FILE`.");
}
