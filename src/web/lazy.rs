//! Code the first visit does not need, loaded on first use. [`lazy!`] declares an `async fn`:
//! in the release build (`--features split`, set by `tools/split/cargo`) its body and everything
//! only it reaches go to a wasm chunk of their own, fetched the first time it is called (and by
//! its `preload` function ahead of that); in every other build it is an ordinary `async fn` that
//! runs at once. A chunk that cannot be fetched (offline, a deploy in between) makes the call
//! fail with [`SplitLoaderError`]; the caller says so and the rest of the app keeps working.
//!
//! Each chunk's name is the first word of its `lazy!`: `docs/HOSTING.md` lists them.

/// Declares `async fn $name(args) -> Result<T, LoadError>` whose body runs in chunk `$chunk`,
/// and `async fn $preload() -> Result<(), LoadError>` that fetches the chunk without calling it.
#[macro_export]
macro_rules! lazy {
    ($chunk:ident, $preload:ident; $(#[$attr:meta])* $vis:vis fn $name:ident($($arg:ident: $ty:ty),* $(,)?) -> $ret:ty $body:block) => {
        #[cfg(feature = "split")]
        $(#[$attr])*
        #[wasm_split_helpers::wasm_split($chunk, fallible, preload($preload))]
        $vis fn $name($($arg: $ty),*) -> ::core::result::Result<$ret, $crate::web::lazy::LoadError> {
            ::core::result::Result::Ok($body)
        }

        #[cfg(not(feature = "split"))]
        $(#[$attr])*
        $vis async fn $name($($arg: $ty),*) -> ::core::result::Result<$ret, $crate::web::lazy::LoadError> {
            ::core::result::Result::Ok($body)
        }

        #[cfg(not(feature = "split"))]
        #[allow(dead_code)]
        $vis async fn $preload() -> ::core::result::Result<(), $crate::web::lazy::LoadError> {
            ::core::result::Result::Ok(())
        }
    };
}

/// A chunk could not be fetched or instantiated.
#[cfg(feature = "split")]
pub type LoadError = wasm_split_helpers::SplitLoaderError;

/// A chunk could not be fetched or instantiated (never, in a build that is not split).
#[cfg(not(feature = "split"))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("failed to load split module")]
pub struct LoadError;

thread_local! {
    static NOTE: std::cell::Cell<Option<leptos::prelude::RwSignal<bool>>> = const { std::cell::Cell::new(None) };
}

/// Makes [`failed`] set `shown`, which the app's shell turns into a note the visitor sees.
pub fn report_to(shown: leptos::prelude::RwSignal<bool>) {
    NOTE.with(|n| n.set(Some(shown)));
}

/// Says that a chunk could not be loaded (what was asked for does not happen): in the console,
/// naming `what`, and to the visitor through the signal given to [`report_to`].
pub fn failed(what: &str) {
    use leptos::prelude::Set;
    leptos::logging::warn!("Geneva Data Map: the code for {what} could not be loaded; try again");
    if let Some(shown) = NOTE.with(std::cell::Cell::get) {
        let _ = shown.try_set(true);
    }
}
