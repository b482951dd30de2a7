//! Fetching a dataset file: every way it can fail becomes a [`FetchError`] that says what to do.

use gloo_net::http::Request;

use crate::load::MAX_FILE_BYTES;

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
    /// The file is larger than the app accepts.
    #[error("{url} is {bytes} bytes; the limit is {limit} bytes")]
    TooLarge {
        /// The address asked for.
        url: String,
        /// Its size.
        bytes: u64,
        /// The limit.
        limit: u64,
    },
}

/// Fetches `url` (relative to the page, or absolute) as bytes.
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, FetchError> {
    let network = |e: gloo_net::Error| FetchError::Network { url: url.to_owned(), message: e.to_string() };
    let response = Request::get(url).send().await.map_err(network)?;
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
