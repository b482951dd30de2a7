//! What the build adds for search engines and link previews once the site's address is known:
//! the address itself ([`BaseUrl`], from `DATAMAP_BASE_URL`), `sitemap.xml` (the app's page and
//! the edition's pages) and the absolute addresses of `index.html`'s preview tags.

use std::fmt::Write as _;
use std::str::FromStr;

use super::html::escape;

/// The pages the sitemap lists, relative to the site's address.
pub const PAGES: [&str; 4] = ["", "edition/", "edition/en.html", "edition/fr.html"];

/// The relative address of the preview image in `index.html`'s `og:image` and `twitter:image`.
pub const PREVIEW_IMAGE: &str = "preview.png";

/// A site address that cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BaseUrlError {
    /// Not an `http` or `https` address with a host.
    #[error("`{0}` is not an http(s) address with a host (fix: set DATAMAP_BASE_URL to the address the app is served at, such as https://example.org/maps/geneva/)")]
    NotHttp(String),
    /// It has spaces, quotes or angle brackets, or a query or fragment.
    #[error("`{0}` has a space, a quote, an angle bracket, a query (?) or a fragment (#) (fix: give the folder's address only, such as https://example.org/maps/geneva/)")]
    Unusable(String),
}

/// The address the app is served at, ending with a slash (`https://example.org/maps/geneva/`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BaseUrl(String);

impl FromStr for BaseUrl {
    type Err = BaseUrlError;

    /// ```
    /// use datamap::edition::site::BaseUrl;
    /// let base: BaseUrl = "https://example.org/maps/geneva".parse().unwrap();
    /// assert_eq!(base.as_str(), "https://example.org/maps/geneva/");
    /// assert!("ftp://example.org/".parse::<BaseUrl>().is_err());
    /// assert!("https://example.org/?q=1".parse::<BaseUrl>().is_err());
    /// ```
    fn from_str(s: &str) -> Result<Self, BaseUrlError> {
        let s = s.trim();
        let rest = s.strip_prefix("https://").or_else(|| s.strip_prefix("http://"));
        let host = rest.map(|r| r.split('/').next().unwrap_or(""));
        if host.is_none_or(str::is_empty) {
            return Err(BaseUrlError::NotHttp(s.to_owned()));
        }
        if s.chars().any(|c| c.is_whitespace() || c.is_control() || "\"'<>?#\\`".contains(c)) {
            return Err(BaseUrlError::Unusable(s.to_owned()));
        }
        let slash = if s.ends_with('/') { "" } else { "/" };
        Ok(BaseUrl(format!("{s}{slash}")))
    }
}

impl BaseUrl {
    /// The address, ending with a slash.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// `sitemap.xml`: the app's page and the edition's pages under `base`, with the dataset's date
/// (`YYYY-MM-DD`) as their last change when it has one.
pub fn sitemap(base: &BaseUrl, updated: Option<&str>) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for page in PAGES {
        let _ = write!(out, "  <url><loc>{}{page}</loc>", escape(base.as_str()));
        if let Some(d) = updated {
            let _ = write!(out, "<lastmod>{}</lastmod>", escape(d));
        }
        out.push_str("</url>\n");
    }
    out.push_str("</urlset>\n");
    out
}

/// `index.html` with absolute preview addresses: the image tags' `preview.png` as
/// `<base>preview.png`, and `og:url` added after `og:image`. `None` when the page has no
/// relative `og:image` (built from another `index.html`, or already rewritten).
pub fn absolute_previews(page: &str, base: &BaseUrl) -> Option<String> {
    let image = format!("content=\"{PREVIEW_IMAGE}\"");
    let og = format!("<meta property=\"og:image\" {image}>");
    if !page.contains(&og) {
        return None;
    }
    let absolute = format!("content=\"{}{PREVIEW_IMAGE}\"", escape(base.as_str()));
    let og_url = format!("<meta property=\"og:url\" content=\"{}\">", escape(base.as_str()));
    let page = page.replacen(&og, &format!("{og}\n  {og_url}"), 1);
    Some(page.replace(&image, &absolute))
}
