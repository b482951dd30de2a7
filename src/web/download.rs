//! Saving a file the app made (an export) through a temporary `blob:` link.

use wasm_bindgen::JsCast;

/// Today's date as `YYYY-MM-DD` (the visitor's clock, UTC).
pub fn today() -> String {
    let iso: String = js_sys::Date::new_0().to_iso_string().into();
    iso.chars().take(10).collect()
}

/// Offers `blob` for download as `name`.
pub fn blob(name: &str, blob: &web_sys::Blob) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(blob) else { return };
    if let Ok(a) = doc.create_element("a").map(|e| e.unchecked_into::<web_sys::HtmlAnchorElement>()) {
        a.set_href(&url);
        a.set_download(name);
        a.click();
    }
    // Revoke once the browser has started the download.
    crate::web::timing::after(5_000, move || {
        let _ = web_sys::Url::revoke_object_url(&url);
    });
}

/// Offers `text` for download as `name` with the given MIME type.
pub fn text(name: &str, mime: &str, text: &str) {
    let parts = js_sys::Array::of1(&wasm_bindgen::JsValue::from_str(text));
    let opts = web_sys::BlobPropertyBag::new();
    opts.set_type(mime);
    if let Ok(b) = web_sys::Blob::new_with_str_sequence_and_options(&parts, &opts) {
        blob(name, &b);
    }
}
