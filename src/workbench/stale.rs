//! The links to check again (`datamap-check --stale DAYS`): those last confirmed more than DAYS
//! days before today, by their `verified` date, else their newest source's date, else never,
//! grouped by organisation, the organisation with the oldest link first.

use serde::Serialize;

use crate::model::{Dataset, Link};

/// What a link's age is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Basis {
    /// Its `verified` date.
    Verified,
    /// It has no `verified` date: its newest source's date.
    Source,
    /// Neither: it was never verified.
    Never,
}

/// A link to check again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StaleLink {
    /// The topic's id (the organisation is the group's).
    pub topic: String,
    /// What its date is.
    pub basis: Basis,
    /// The date its age is counted from, `YYYY-MM-DD` (none when never verified).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// How many days before today that date is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub age_days: Option<i64>,
}

/// One organisation's links to check again, oldest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OrgLinks {
    /// The organisation's id.
    pub org: String,
    /// Its name in English (or its only name).
    pub name: String,
    /// Its links to check again, never verified first, then oldest first, then by topic id.
    pub links: Vec<StaleLink>,
}

/// Every link to check again.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Stale {
    /// Today, `YYYY-MM-DD`.
    pub today: String,
    /// The age beyond which a link is stale, in days.
    pub days: u32,
    /// The links confirmed before this date are stale.
    pub before: String,
    /// How many links the dataset has.
    pub links: usize,
    /// How many of them are stale.
    pub stale: usize,
    /// The organisations with stale links, the one with the oldest first, then by id.
    pub organisations: Vec<OrgLinks>,
}

/// The day number (days since 1970-01-01) of a valid `YYYY-MM-DD` date.
///
/// ```
/// use datamap::workbench::stale::{date_of, day_number};
/// assert_eq!(day_number("1970-01-01"), Some(0));
/// assert_eq!(day_number("2024-03-01"), Some(19783));
/// assert_eq!(date_of(19783), "2024-03-01");
/// assert_eq!(day_number("2024-02-30"), None);
/// ```
pub fn day_number(date: &str) -> Option<i64> {
    crate::rules::check_date(date).ok()?;
    let part = |r: std::ops::Range<usize>| date.get(r).and_then(|s| s.parse::<i64>().ok());
    let (y, m, d) = (part(0..4)?, part(5..7)?, part(8..10)?);
    // Howard Hinnant's days_from_civil: years start in March, so a leap day ends its year.
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let doy = (153 * ((m + 9) % 12) + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    Some(era * 146_097 + doe - 719_468)
}

/// The `YYYY-MM-DD` date of a day number.
pub fn date_of(days: i64) -> String {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

/// Today's day number, from the system clock (UTC).
pub fn today() -> i64 {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_secs());
    (secs / 86_400) as i64
}

/// The date a link's age counts from: its `verified` date, else its newest source's date.
fn dated(l: &Link) -> (Basis, Option<&str>) {
    if let Some(v) = l.verified.as_deref() {
        return (Basis::Verified, Some(v));
    }
    match l.sources.iter().filter_map(|s| s.date.as_deref()).max() {
        Some(d) => (Basis::Source, Some(d)),
        None => (Basis::Never, None),
    }
}

/// The links of `ds` confirmed more than `days` days before `today` (a day number), or never.
pub fn stale(ds: &Dataset, today: i64, days: u32) -> Stale {
    let cutoff = today - i64::from(days);
    // (org index, day number or None for never, link).
    let mut found: Vec<(usize, Option<i64>, StaleLink)> = Vec::new();
    let org_index = |id: &str| ds.organisations.iter().position(|o| o.id.as_str() == id).unwrap_or(usize::MAX);
    for l in &ds.links {
        let (basis, date) = dated(l);
        let day = date.and_then(day_number);
        if day.is_some_and(|d| d >= cutoff) {
            continue;
        }
        let link = StaleLink {
            topic: l.topic.to_string(),
            basis: if day.is_none() { Basis::Never } else { basis },
            date: day.and(date.map(str::to_owned)),
            age_days: day.map(|d| today - d),
        };
        found.push((org_index(l.org.as_str()), day, link));
    }
    let stale = found.len();
    let mut groups: Vec<(Option<i64>, OrgLinks)> = Vec::new();
    found.sort_by(|a, b| (a.0, a.1, &a.2.topic).cmp(&(b.0, b.1, &b.2.topic)));
    for (org, day, link) in found {
        match groups.last_mut() {
            Some((_, g)) if ds.organisations.get(org).is_some_and(|o| o.id.as_str() == g.org) => g.links.push(link),
            _ => {
                let (id, name) = ds
                    .organisations
                    .get(org)
                    .map_or((String::new(), String::new()), |o| (o.id.to_string(), o.name.get("en").to_owned()));
                groups.push((day, OrgLinks { org: id, name, links: vec![link] }));
            }
        }
    }
    groups.sort_by(|a, b| (a.0, &a.1.org).cmp(&(b.0, &b.1.org)));
    Stale {
        today: date_of(today),
        days,
        before: date_of(cutoff),
        links: ds.links.len(),
        stale,
        organisations: groups.into_iter().map(|(_, g)| g).collect(),
    }
}

impl Stale {
    /// The report as lines of text: a block per organisation, then a summary line.
    pub fn to_text(&self) -> String {
        let mut out = format!(
            "links last confirmed more than {} days before {} (before {}), or never:\n",
            self.days, self.today, self.before
        );
        for g in &self.organisations {
            out.push_str(&format!("{}  {:?}\n", g.org, g.name));
            for l in &g.links {
                let when = match (&l.basis, &l.date, l.age_days) {
                    (Basis::Verified, Some(d), Some(n)) => format!("verified {d}, {n} days ago"),
                    (Basis::Source, Some(d), Some(n)) => format!("not verified; newest source {d}, {n} days ago"),
                    _ => "never verified (no verified date, no dated source)".to_owned(),
                };
                out.push_str(&format!("  {}  {when}\n", l.topic));
            }
        }
        out.push_str(&format!(
            "{} of {} links to check again, in {} organisation(s)\n",
            self.stale,
            self.links,
            self.organisations.len()
        ));
        out
    }
}

#[cfg(test)]
mod tests;
