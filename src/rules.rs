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
    // One pass over the bytes: every allowed character is ASCII, so the first byte that is not
    // allowed starts the character to report.
    let b = id.as_bytes();
    let Some(&first) = b.first() else { return Err("it is empty".into()) };
    if !(first.is_ascii_lowercase() || first.is_ascii_digit()) {
        let c = first_char(id, 0);
        return Err(format!("it starts with {c:?}; an id starts with a lowercase letter or a digit"));
    }
    let mut i = 1;
    while i < b.len() {
        let x = b[i];
        if !(x.is_ascii_lowercase() || x.is_ascii_digit() || x == b'-') {
            let c = first_char(id, i);
            return Err(format!("it contains {c:?}; an id has only lowercase letters a-z, digits and hyphens"));
        }
        i += 1;
    }
    if id.len() > MAX_ID_LEN {
        return Err(format!("it is {} characters long; the limit is {MAX_ID_LEN}", id.len()));
    }
    Ok(())
}

/// The character that starts at byte `at` of `text` (a character boundary), for messages.
fn first_char(text: &str, at: usize) -> char {
    text.get(at..).and_then(|rest| rest.chars().next()).unwrap_or('\u{FFFD}')
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
    if has_space_or_control(url) {
        return Err("it contains spaces or control characters; encode spaces as %20".into());
    }
    let b = url.as_bytes();
    let starts = |prefix: &[u8]| b.get(..prefix.len()).is_some_and(|p| p.eq_ignore_ascii_case(prefix));
    let rest = if starts(b"https://") {
        &b[8..]
    } else if starts(b"http://") {
        &b[7..]
    } else if starts(b"mailto:") {
        return if b[7..].contains(&b'@') { Ok(()) } else { Err("a mailto: URL needs an address with @".into()) };
    } else {
        let lower = url.to_ascii_lowercase();
        let scheme = lower.split(':').next().filter(|s| lower.contains(':') && !s.is_empty());
        return Err(match scheme {
            Some(s) => format!("its scheme is `{s}:`; only http, https and mailto links are allowed"),
            None => "it has no scheme; write the full address, starting with https://".into(),
        });
    };
    // The host: up to the first `/`, `?` or `#`, after the last `@` (user info) before that.
    let mut start = 0;
    let mut end = 0;
    while end < rest.len() && !matches!(rest[end], b'/' | b'?' | b'#') {
        if rest[end] == b'@' {
            start = end + 1;
        }
        end += 1;
    }
    if start == end || rest[start] == b':' {
        return Err("it has no host name after the scheme".into());
    }
    Ok(())
}

/// Whether `text` has a whitespace or control character (in the Unicode sense of
/// [`char::is_whitespace`] and [`char::is_control`]). ASCII is decided byte by byte; only text
/// with a non-ASCII byte is decoded into characters.
fn has_space_or_control(text: &str) -> bool {
    let mut ascii = true;
    for &x in text.as_bytes() {
        if x <= b' ' || x == 0x7F {
            return true;
        }
        ascii &= x < 0x80;
    }
    !ascii && text.chars().any(|c| c.is_whitespace() || c.is_control())
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
    if (hex.len() == 3 || hex.len() == 6) && hex.bytes().all(|x| x.is_ascii_hexdigit()) {
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
    date_parts(date).map(|_| ())
}

/// The year, month and day of a calendar date `YYYY-MM-DD`, or why it is not one.
///
/// ```
/// assert_eq!(datamap::rules::date_parts("2026-12-01"), Ok((2026, 12, 1)));
/// ```
pub fn date_parts(date: &str) -> Result<(u32, u32, u32), String> {
    // `YYYY-MM-DD`: ten bytes, hyphens at 4 and 7, ASCII digits elsewhere.
    let b = date.as_bytes();
    let mut shape_ok = b.len() == 10;
    let mut i = 0;
    while shape_ok && i < b.len() {
        shape_ok = if i == 4 || i == 7 { b[i] == b'-' } else { b[i].is_ascii_digit() };
        i += 1;
    }
    if !shape_ok {
        return Err("a date is written YYYY-MM-DD".into());
    }
    let (y, m, d) = (digits(&b[0..4]), digits(&b[5..7]), digits(&b[8..10]));
    let days = month_days(y, m);
    if days == 0 {
        return Err(format!("there is no month {m}"));
    }
    if d == 0 || d > days {
        return Err(format!("month {m} of {y} has no day {d}"));
    }
    Ok((y, m, d))
}

/// The number of days of month `m` (1 to 12) of year `y`; 0 for a month that does not exist.
pub fn month_days(y: u32, m: u32) -> u32 {
    let leap = y.is_multiple_of(4) && (!y.is_multiple_of(100) || y.is_multiple_of(400));
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => 0,
    }
}

/// The longest dataset version accepted (`meta.version`), in characters.
pub const MAX_VERSION_LEN: usize = 20;

/// Checks a dataset version (`meta.version`): numbers separated by single dots.
///
/// ```
/// use datamap::rules::check_version;
/// assert!(check_version("2026.12").is_ok());
/// assert!(check_version("2026.12.1").is_ok());
/// assert!(check_version("v2026.12").is_err());
/// assert!(check_version("2026..12").is_err());
/// ```
pub fn check_version(version: &str) -> Result<(), String> {
    let b = version.as_bytes();
    if b.is_empty() {
        return Err("it is empty".into());
    }
    if let Some(i) = b.iter().position(|x| !(x.is_ascii_digit() || *x == b'.')) {
        let c = first_char(version, i);
        return Err(format!("it contains {c:?}; a version has only digits and dots"));
    }
    if b.len() > MAX_VERSION_LEN {
        return Err(format!("it is {} characters long; the limit is {MAX_VERSION_LEN}", b.len()));
    }
    if b[0] == b'.' || b[b.len() - 1] == b'.' || b.windows(2).any(|w| w == b"..") {
        return Err("a version is numbers separated by single dots".into());
    }
    Ok(())
}

/// The number written by ASCII digits (checked by the caller).
fn digits(b: &[u8]) -> u32 {
    let mut n = 0;
    let mut i = 0;
    while i < b.len() {
        n = n * 10 + u32::from(b[i].wrapping_sub(b'0'));
        i += 1;
    }
    n
}

/// Checks a language tag in the simple BCP 47 form: `en`, `fr`, `pt-BR`, `zh-Hant`.
///
/// ```
/// assert!(datamap::rules::check_lang("pt-BR").is_ok());
/// assert!(datamap::rules::check_lang("english").is_err());
/// ```
pub fn check_lang(tag: &str) -> Result<(), String> {
    // One pass over the bytes: a primary subtag of 2 or 3 letters, then subtags of 1 to 8
    // letters or digits, each after a hyphen.
    let b = tag.as_bytes();
    let mut ok = true;
    let mut primary = true;
    let mut len = 0;
    let mut i = 0;
    while ok && i <= b.len() {
        if i == b.len() || b[i] == b'-' {
            ok = if primary { (2..=3).contains(&len) } else { (1..=8).contains(&len) };
            primary = false;
            len = 0;
        } else {
            ok = if primary { b[i].is_ascii_alphabetic() } else { b[i].is_ascii_alphanumeric() };
            len += 1;
        }
        i += 1;
    }
    if ok {
        Ok(())
    } else {
        Err("a language is a BCP 47 tag such as `en`, `fr` or `pt-BR`".into())
    }
}

/// The largest absolute layout coordinate accepted in `positions`.
pub const MAX_COORD: f64 = 1.0e7;

/// [`MAX_COORD`] as messages write it (`{:e}`, spelt out: the wasm has no float formatting).
const MAX_COORD_TEXT: &str = "1e7";

/// Checks a layout coordinate: finite and within ±[`MAX_COORD`].
pub fn check_coord(v: f64) -> Result<(), String> {
    if !v.is_finite() {
        Err("it is not a finite number".into())
    } else if v.abs() > MAX_COORD {
        Err(format!("it is outside ±{MAX_COORD_TEXT}"))
    } else {
        Ok(())
    }
}

#[cfg(test)]
mod tests;
