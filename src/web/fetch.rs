//! Fetching a dataset file: every way it can fail becomes a [`FetchError`] that says what to do.

use gloo_net::http::Request;

use super::prefetch::Prefetched;
use crate::load::MAX_FILE_BYTES;
use crate::num::Fixed;

/// Why a dataset could not be fetched.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum FetchError {
    /// The server answered with an error status.
    #[error("the server answered {status} {status_text} for {url}")]
    Http {
        /// The HTTP status.
        status: u16,
        /// Its reason phrase.
        status_text: String,
        /// The address asked for.
        url: String,
    },
    /// No answer: offline, a blocked cross-origin request, or a refused address.
    #[error("no answer from {url} ({message}); check the address, your connection, and that the server allows cross-origin requests (CORS)")]
    Network {
        /// The address asked for.
        url: String,
        /// What the browser said.
        message: String,
    },
    /// The server did not answer in time.
    #[error("{url} did not arrive within {seconds} seconds; the server may be slow or busy: try again")]
    Timeout {
        /// The address asked for.
        url: String,
        /// The time allowed.
        seconds: i32,
    },
    /// The file is larger than the app accepts.
    #[error("{url} is {} MiB; the limit is {} MiB", Fixed(*bytes as f64 / 1048576.0, 1), limit / 1048576)]
    TooLarge {
        /// The address asked for.
        url: String,
        /// Its size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
}

/// How long a dataset may take to arrive before the app gives up and offers to try again.
pub const TIMEOUT_MS: i32 = 15_000;

/// Fetches `url` (relative to the page, or absolute) as bytes, within [`TIMEOUT_MS`]; takes the
/// page's own early download of it when there is one ([`super::prefetch`]).
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    if let Some(early) = super::prefetch::take(url) {
        match super::prefetch::bytes(early, TIMEOUT_MS).await {
            Prefetched::Bytes(bytes) => return Ok(bytes),
            Prefetched::TimedOut => {
                return Err(FetchError::Timeout { url: url.to_owned(), seconds: TIMEOUT_MS / 1000 })
            }
            Prefetched::Failed => {} // fetched again below, to say what is wrong
        }
    }
    let controller = web_sys::AbortController::new().ok();
    let timed_out = std::rc::Rc::new(std::cell::Cell::new(false));
    let timer = controller.clone().and_then(|c| {
        let flag = timed_out.clone();
        crate::web::timing::after(TIMEOUT_MS, move || {
            flag.set(true);
            c.abort();
        })
    });
    let result = fetch_within(url, controller.as_ref().map(|c| c.signal()), &timed_out).await;
    if let Some(id) = timer {
        crate::web::timing::cancel(id);
    }
    result
}

async fn fetch_within(
    url: &str,
    signal: Option<web_sys::AbortSignal>,
    timed_out: &std::cell::Cell<bool>,
) -> Result<Vec<u8>, FetchError> {
    let network = |e: gloo_net::Error| {
        if timed_out.get() {
            FetchError::Timeout { url: url.to_owned(), seconds: TIMEOUT_MS / 1000 }
        } else {
            FetchError::Network { url: url.to_owned(), message: e.to_string() }
        }
    };
    let response = Request::get(url).abort_signal(signal.as_ref()).send().await.map_err(network)?;
    if !response.ok() {
        return Err(FetchError::Http {
            status: response.status(),
            status_text: response.status_text(),
            url: url.to_owned(),
        });
    }
    let declared = response.headers().get("content-length").and_then(|v| v.parse::<u64>().ok());
    if let Some(bytes) = declared.filter(|b| *b > MAX_FILE_BYTES as u64) {
        return Err(FetchError::TooLarge { url: url.to_owned(), bytes, limit: MAX_FILE_BYTES as u64 });
    }
    let bytes = response.binary().await.map_err(network)?;
    if bytes.len() > MAX_FILE_BYTES {
        return Err(FetchError::TooLarge {
            url: url.to_owned(),
            bytes: bytes.len() as u64,
            limit: MAX_FILE_BYTES as u64,
        });
    }
    Ok(bytes)
}
