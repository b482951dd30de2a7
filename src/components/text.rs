//! The interface's text in the current language, as one reactive closure type shared by every
//! label that follows the language (one instantiation of the view machinery for them all).

use leptos::prelude::*;

use crate::components::state::AppState;
use crate::i18n::{t, Key};

/// The text of `key` in the app's language, updated when the language changes.
pub fn tr(app: AppState, key: Key) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
    move || t(app.lang.get(), key)
}
