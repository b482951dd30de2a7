//! Freshness: the checker's warnings about how recently, and from what kind of sources, each link
//! was confirmed (`docs/data-format.md`, "Freshness warnings"). Pure; the app does not compute
//! them (it shows no warnings), the checker adds them through [`crate::load::load_with`].
//!
//! Three kinds, each with its own code: `unverified` (a link without `verified`), `stale` (a link
//! verified more than [`STALE_MONTHS`] months before `meta.updated`) and `secondary-only` (a link
//! whose sources are all secondary, see [`is_primary`]).

use rustc_hash::FxHashSet;

use crate::diagnostic::Diagnostic;
use crate::model::{Dataset, Link, Source, SourceKind};
use crate::rules;

/// A link verified more than this many months before `meta.updated` gets a `stale` warning.
pub const STALE_MONTHS: u32 = 18;

/// The domains whose pages count as primary sources, with their subdomains: international
/// organisations, governments, the Swiss and Geneva authorities, the EU and the UN.
pub const OFFICIAL_DOMAINS: [&str; 7] = ["int", "gov", "admin.ch", "ge.ch", "geneve.ch", "europa.eu", "un.org"];

/// The freshness warnings of a dataset, in link order (the loader places and sorts them).
pub fn warnings(ds: &Dataset) -> Vec<Diagnostic> {
    let hosts = OrgHosts::of(ds);
    let updated = ds.meta.as_ref().and_then(|m| m.updated.as_deref());
    let mut out = Vec::new();
    for (i, l) in ds.links.iter().enumerate() {
        let path = || format!("links[{i}]");
        match &l.verified {
            None => out.push(
                Diagnostic::warning("unverified", path(), format!("the link {} has no `verified` date", between(l)))
                    .with_fix("check it against its sources, then add \"verified\": \"YYYY-MM-DD\", the day you checked"),
            ),
            Some(v) if updated.is_some_and(|u| is_stale(v, u)) => out.push(
                Diagnostic::warning(
                    "stale",
                    format!("{}.verified", path()),
                    format!(
                        "the link {} was verified on {v}, more than {STALE_MONTHS} months before the dataset's date {} (meta.updated)",
                        between(l),
                        updated.unwrap_or_default()
                    ),
                )
                .with_fix("check it against its sources again, then update \"verified\""),
            ),
            Some(_) => {}
        }
        if !l.sources.is_empty() && l.sources.iter().all(|s| !hosts.is_primary(s)) {
            out.push(
                Diagnostic::warning(
                    "secondary-only",
                    format!("{}.sources", path()),
                    format!("every source of the link {} is secondary", between(l)),
                )
                .with_fix(
                    "add a primary source, the organisation's own page or an official document; \
                     or mark a source that is one \"kind\": \"primary\"",
                ),
            );
        }
    }
    out
}

/// `between "who" and "health-data"`, for messages.
fn between(l: &Link) -> String {
    format!("between \"{}\" and \"{}\"", l.org, l.topic)
}

/// Whether a link verified on `verified` is more than [`STALE_MONTHS`] months older than
/// `updated` (both `YYYY-MM-DD`; an invalid date is never stale: validation reports it).
///
/// ```
/// use datamap::freshness::is_stale;
/// assert!(!is_stale("2025-05-28", "2026-11-28"));
/// assert!(is_stale("2025-05-27", "2026-11-28"));
/// ```
pub fn is_stale(verified: &str, updated: &str) -> bool {
    let (Ok((y, m, d)), Ok(u)) = (rules::date_parts(verified), rules::date_parts(updated)) else { return false };
    // `verified` plus STALE_MONTHS months, on the same day of the month or the last day there is.
    let months = y * 12 + (m - 1) + STALE_MONTHS;
    let (ly, lm) = (months / 12, months % 12 + 1);
    let limit = (ly, lm, d.min(rules::month_days(ly, lm)));
    u > limit
}

/// The hosts of the organisations' websites, without `www.`: a source on one of them, or on a
/// subdomain, is the organisation's own word.
#[derive(Debug, Clone, Default)]
pub struct OrgHosts(FxHashSet<String>);

impl OrgHosts {
    /// The website hosts of every organisation of `ds`.
    pub fn of(ds: &Dataset) -> Self {
        OrgHosts(ds.organisations.iter().filter_map(|o| o.website.as_deref().and_then(host)).collect())
    }

    /// Whether `source` is primary: as its `kind` says, else by its URL (see [`is_primary`]).
    pub fn is_primary(&self, source: &Source) -> bool {
        match source.kind {
            Some(kind) => kind == SourceKind::Primary,
            None => is_primary(&source.url, self),
        }
    }
}

/// Whether a source without a `kind` is primary, by its URL: its host (without `www.`) is, or is
/// a subdomain of, an organisation's website host or one of [`OFFICIAL_DOMAINS`]. A URL without a
/// host (`mailto:`) is secondary.
///
/// ```
/// use datamap::freshness::{is_primary, OrgHosts};
/// let none = OrgHosts::default();
/// assert!(is_primary("https://www.who.int/data", &none));
/// assert!(is_primary("https://www.bfs.admin.ch/x", &none));
/// assert!(!is_primary("https://en.wikipedia.org/wiki/WHO", &none));
/// ```
pub fn is_primary(url: &str, orgs: &OrgHosts) -> bool {
    let Some(host) = host(url) else { return false };
    // The host, then each parent domain: `data.who.int`, `who.int`, `int`.
    let mut domain = host.as_str();
    loop {
        if orgs.0.contains(domain) || OFFICIAL_DOMAINS.contains(&domain) {
            return true;
        }
        match domain.split_once('.') {
            Some((_, parent)) => domain = parent,
            None => return false,
        }
    }
}

/// The host of an `http` or `https` URL, in lowercase, without a leading `www.`, a port or a
/// final dot; `None` for any other URL.
///
/// ```
/// use datamap::freshness::host;
/// assert_eq!(host("https://user@WWW.Who.int:443/data?x#y").as_deref(), Some("who.int"));
/// assert_eq!(host("mailto:info@who.int"), None);
/// ```
pub fn host(url: &str) -> Option<String> {
    let lower = url.get(..8).unwrap_or(url).to_ascii_lowercase();
    let rest = if lower.starts_with("https://") {
        &url[8..]
    } else if lower.starts_with("http://") {
        &url[7..]
    } else {
        return None;
    };
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host_port = authority.rsplit('@').next().unwrap_or("");
    let host = host_port.split(':').next().unwrap_or("").trim_end_matches('.').to_ascii_lowercase();
    let host = host.strip_prefix("www.").map(str::to_owned).unwrap_or(host);
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests;
