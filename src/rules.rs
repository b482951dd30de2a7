//! The rules for single values: ids, URLs, colours, dates, language tags, coordinates.
//!
//! Each returns `Ok(())` or a short reason that validation turns into a message.

/// The longest id accepted.
pub const MAX_ID_LEN: usize = 100;

/// Checks an id: a lowercase slug `[a-z0-9][a-z0-9-]*`.
///
/// ```
/// use datamap::rules::check_id;
/// assert!(check_id("who").is_ok());
/// assert!(check_id("data-protection").is_ok());
/// assert!(check_id("WHO").is_err());
/// assert!(check_id("-x").is_err());
/// ```
pub fn check_id(id: &str) -> Result<(), String> {
    let mut chars = id.chars();
    match chars.next() {
        None => return Err("it is empty".into()),
        Some(c) if !(c.is_ascii_lowercase() || c.is_ascii_digit()) => {
            return Err(format!("it starts with {c:?}; an id starts with a lowercase letter or a digit"))
        }
        _ => {}
    }
    if let Some(c) = chars.find(|c| !(c.is_ascii_lowercase() || c.is_ascii_digit() || *c == '-')) {
        return Err(format!("it contains {c:?}; an id has only lowercase letters a-z, digits and hyphens"));
    }
    if id.len() > MAX_ID_LEN {
        return Err(format!("it is {} characters long; the limit is {MAX_ID_LEN}", id.len()));
    }
    Ok(())
}

/// A slug made from any text, to suggest as a fix for a bad id.
///
/// ```
/// assert_eq!(datamap::rules::slugify("Données ouvertes!"), "donnees-ouvertes");
/// ```
pub fn slugify(text: &str) -> String {
    let mut out = String::new();
    for c in crate::text::fold(text).chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    let slug: String = out.trim_end_matches('-').chars().take(MAX_ID_LEN).collect();
    let slug = slug.trim_end_matches('-').to_owned();
    if slug.is_empty() {
        "org-1".to_owned()
    } else {
        slug
    }
}

/// Checks a link target: `http://` or `https://` with a host, or `mailto:` with an address.
///
/// ```
/// use datamap::rules::check_url;
/// assert!(check_url("https://www.who.int/data").is_ok());
/// assert!(check_url("mailto:gip@diplomacy.edu").is_ok());
/// assert!(check_url("javascript:alert(1)").is_err());
/// assert!(check_url("https://").is_err());
/// ```
pub fn check_url(url: &str) -> Result<(), String> {
    if url.chars().any(|c| c.is_whitespace() || c.is_control()) {
        return Err("it contains spaces or control characters; encode spaces as %20".into());
    }
    let starts = |prefix: &str| url.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix));
    let rest = if starts("https://") {
        &url[8..]
    } else if starts("http://") {
        &url[7..]
    } else if starts("mailto:") {
        return if url[7..].contains('@') { Ok(()) } else { Err("a mailto: URL needs an address with @".into()) };
    } else {
        let lower = url.to_ascii_lowercase();
        let scheme = lower.split(':').next().filter(|s| lower.contains(':') && !s.is_empty());
        return Err(match scheme {
            Some(s) => format!("its scheme is `{s}:`; only http, https and mailto links are allowed"),
            None => "it has no scheme; write the full address, starting with https://".into(),
        });
    };
    let host = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host.rsplit('@').next().unwrap_or("");
    if host.is_empty() || host.starts_with(':') {
        return Err("it has no host name after the scheme".into());
    }
    Ok(())
}

/// Checks a colour: `#rgb` or `#rrggbb`.
///
/// ```
/// use datamap::rules::check_color;
/// assert!(check_color("#2f6db5").is_ok());
/// assert!(check_color("#fff").is_ok());
/// assert!(check_color("blue").is_err());
/// ```
pub fn check_color(color: &str) -> Result<(), String> {
    let hex = color.strip_prefix('#').ok_or("a colour starts with #")?;
    if (hex.len() == 3 || hex.len() == 6) && hex.chars().all(|c| c.is_ascii_hexdigit()) {
        Ok(())
    } else {
        Err("a colour is # followed by 3 or 6 hexadecimal digits".into())
    }
}

/// Checks a calendar date `YYYY-MM-DD`.
///
/// ```
/// use datamap::rules::check_date;
/// assert!(check_date("2024-02-29").is_ok());
/// assert!(check_date("2023-02-29").is_err());
/// assert!(check_date("28.11.2026").is_err());
/// ```
pub fn check_date(date: &str) -> Result<(), String> {
    let parts: Vec<&str> = date.split('-').collect();
    let shape_ok = parts.len() == 3
        && [4, 2, 2].iter().zip(&parts).all(|(n, p)| p.len() == *n && p.chars().all(|c| c.is_ascii_digit()));
    if !shape_ok {
        return Err("a date is written YYYY-MM-DD".into());
    }
    let n = |s: &str| s.parse::<u32>().unwrap_or(0);
    let (y, m, d) = (n(parts[0]), n(parts[1]), n(parts[2]));
    let leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return Err(format!("there is no month {m}")),
    };
    if d == 0 || d > days {
        return Err(format!("month {m} of {y} has no day {d}"));
    }
    Ok(())
}

/// Checks a language tag in the simple BCP 47 form: `en`, `fr`, `pt-BR`, `zh-Hant`.
///
/// ```
/// assert!(datamap::rules::check_lang("pt-BR").is_ok());
/// assert!(datamap::rules::check_lang("english").is_err());
/// ```
pub fn check_lang(tag: &str) -> Result<(), String> {
    let mut parts = tag.split('-');
    let primary = parts.next().unwrap_or("");
    let primary_ok = (2..=3).contains(&primary.len()) && primary.chars().all(|c| c.is_ascii_alphabetic());
    let rest_ok = parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()));
    if primary_ok && rest_ok {
        Ok(())
    } else {
        Err("a language is a BCP 47 tag such as `en`, `fr` or `pt-BR`".into())
    }
}

/// The largest absolute layout coordinate accepted in `positions`.
pub const MAX_COORD: f64 = 1.0e7;

/// Checks a layout coordinate: finite and within ±[`MAX_COORD`].
pub fn check_coord(v: f64) -> Result<(), String> {
    if !v.is_finite() {
        Err("it is not a finite number".into())
    } else if v.abs() > MAX_COORD {
        Err(format!("it is outside ±{MAX_COORD:e}"))
    } else {
        Ok(())
    }
}
