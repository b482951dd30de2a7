//! Tests of [`super`]: the byte-wise checks give exactly the results and messages of the
//! straightforward character-wise definitions below, on edge cases and on every short string
//! over an alphabet of troublemakers.

use super::*;

/// The character-wise definitions the byte-wise checks replace (kept here as the reference).
mod reference {
    use super::MAX_ID_LEN;

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

    pub fn check_color(color: &str) -> Result<(), String> {
        let hex = color.strip_prefix('#').ok_or("a colour starts with #")?;
        if (hex.len() == 3 || hex.len() == 6) && hex.chars().all(|c| c.is_ascii_hexdigit()) {
            Ok(())
        } else {
            Err("a colour is # followed by 3 or 6 hexadecimal digits".into())
        }
    }

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
}

/// Asserts that every check agrees with its reference on `s`.
fn same(s: &str) {
    assert_eq!(check_id(s), reference::check_id(s), "check_id({s:?})");
    assert_eq!(check_url(s), reference::check_url(s), "check_url({s:?})");
    assert_eq!(check_color(s), reference::check_color(s), "check_color({s:?})");
    assert_eq!(check_date(s), reference::check_date(s), "check_date({s:?})");
    assert_eq!(check_lang(s), reference::check_lang(s), "check_lang({s:?})");
}

#[test]
fn edge_cases_match_the_character_wise_definitions() {
    let long_id = "a".repeat(MAX_ID_LEN + 1);
    let cases = [
        "",
        " ",
        "-",
        "who",
        "data-protection",
        "WHO",
        "-x",
        "x-",
        "é",
        "aé",
        "a\u{0}b",
        "0",
        &long_id,
        &long_id[1..],
        "https://www.who.int/data",
        "HTTPS://WHO.INT",
        "http://x",
        "https://",
        "https:///path",
        "https://user@",
        "https://user@host",
        "https://a@b@c/d@e",
        "https://:80",
        "https://u@:80",
        "https://?q",
        "https://#f",
        "https://é.ch",
        "https://a b",
        "https://a\tb",
        "https://a\u{7f}",
        "https://a\u{85}b",
        "https://a\u{a0}b",
        "https://a\u{2003}b",
        "https://a\u{2028}b",
        "https://a\u{200b}b",
        "https://a\u{9f}b",
        "mailto:gip@diplomacy.edu",
        "MAILTO:x",
        "mailto:",
        "javascript:alert(1)",
        ":x",
        "ftp:",
        "ht",
        "httpé://x",
        "#2f6db5",
        "#fff",
        "#FFF",
        "#ffff",
        "#ggg",
        "#éé",
        "blue",
        "2024-02-29",
        "2023-02-29",
        "2000-02-29",
        "1900-02-29",
        "2024-13-01",
        "2024-00-10",
        "2024-04-31",
        "2024-04-30",
        "2024-01-00",
        "0000-01-01",
        "28.11.2026",
        "2024-1-01",
        "2024-01-1",
        "2024--01-01",
        "2024-01-01-",
        "２０２４-01-01",
        "2024-01-0é",
        "en",
        "fr",
        "pt-BR",
        "zh-Hant",
        "english",
        "e",
        "eng",
        "engl",
        "en-",
        "-en",
        "en--us",
        "en-abcdefgh",
        "en-abcdefghi",
        "en-US-x-1",
        "é-n",
        "en-é",
        "e1",
    ];
    for s in cases {
        same(s);
    }
}

#[test]
fn every_short_string_of_troublemakers_matches() {
    let alphabet = ['a', 'Z', '0', '-', ':', '/', '@', '?', '#', ' ', '\n', 'é', '\u{a0}', '\u{85}'];
    let mut strings = vec![String::new()];
    let mut level = vec![String::new()];
    for _ in 0..4 {
        level = level.iter().flat_map(|s| alphabet.iter().map(move |c| format!("{s}{c}"))).collect();
        strings.extend(level.iter().cloned());
    }
    for s in &strings {
        same(s);
        for prefix in ["https://", "http://", "mailto:", "#", "2024-0", "en-"] {
            same(&format!("{prefix}{s}"));
        }
    }
}

#[test]
fn the_coordinate_limit_is_written_as_std_writes_it() {
    assert_eq!(MAX_COORD_TEXT, format!("{MAX_COORD:e}"));
}
