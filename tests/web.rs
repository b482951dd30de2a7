//! Components mounted in headless Chrome (wasm-bindgen-test): the shell shows the counts of a
//! small inline dataset, and the alert for a broken one.
#![cfg(target_arch = "wasm32")]

use std::sync::Arc;

use datamap::components::app::{AppError, Shell};
use datamap::components::state::AppState;
use datamap::i18n::Lang;
use datamap::load::load;
use datamap::url::ViewState;
use leptos::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

const SMALL: &[u8] = include_bytes!("fixtures/small.json");
const DANGLING: &[u8] = include_bytes!("fixtures/invalid/dangling-link.json");

/// Mounts the shell with a fixed dataset outcome in a fresh container and returns the container.
fn mount(bytes: &'static [u8], lang: Lang) -> web_sys::HtmlElement {
    let document = web_sys::window().unwrap().document().unwrap();
    let host: web_sys::HtmlElement = document.create_element("div").unwrap().unchecked_into();
    document.body().unwrap().append_child(&host).unwrap();
    let outcome = Signal::stored(Some(load(bytes).map(Arc::new).map_err(|e| Arc::new(AppError::from(e)))));
    let handle = leptos::mount::mount_to(host.clone(), move || {
        let app = AppState::new(ViewState::default(), lang);
        view! { <Shell outcome file="inline.json" app /> }
    });
    handle.forget();
    host
}

fn text(host: &web_sys::HtmlElement, selector: &str) -> String {
    host.query_selector(selector).unwrap().map(|e| e.text_content().unwrap_or_default()).unwrap_or_default()
}

#[wasm_bindgen_test]
async fn the_shell_shows_the_title_and_counts_of_a_valid_dataset() {
    let host = mount(SMALL, Lang::En);
    leptos::task::tick().await;
    assert_eq!(text(&host, "h1"), "Small test map");
    assert_eq!(text(&host, "[data-count=organisations]"), "3");
    assert_eq!(text(&host, "[data-count=topics]"), "5");
    assert_eq!(text(&host, "[data-count=links]"), "6");
    assert!(host.query_selector("[role=alert]").unwrap().is_none());
}

#[wasm_bindgen_test]
async fn the_shell_speaks_french_when_asked() {
    let host = mount(SMALL, Lang::Fr);
    leptos::task::tick().await;
    assert_eq!(text(&host, "h1"), "Petite carte de test");
    assert!(text(&host, ".counts").contains("thèmes"));
}

#[wasm_bindgen_test]
async fn a_dataset_with_a_dangling_link_shows_an_alert_with_path_line_and_fix() {
    let host = mount(DANGLING, Lang::En);
    leptos::task::tick().await;
    let alert = text(&host, "[role=alert]");
    assert!(alert.contains("inline.json:46:16: error: links[0].topic"), "{alert}");
    assert!(alert.contains("did you mean `health-data`?"), "{alert}");
    assert!(host.query_selector("[data-count]").unwrap().is_none());
}
