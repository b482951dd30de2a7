//! "Suggest a correction": a dataset's `meta.contact` read and checked (an email address, or an
//! `https` URL), and the address of a prefilled message (`mailto:` with a subject and a body) or
//! page (the contact's URL with query parameters) that names the dataset's version, the
//! organisation, the topic, the record's JSON path in the file (`links[12]`) and the page, so
//! that the curator finds the record at once.

use crate::i18n::{colon, t, ta, AboutKey, Key, Lang};

/// Where a dataset's corrections go (see [`Contact::parse`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Contact<'a> {
    /// An email address, without `mailto:`.
    Email(&'a str),
    /// An `https` URL.
    Web(&'a str),
}

/// Characters an email address cannot hold here (they would end it, or start a query).
const NOT_IN_EMAIL: &[u8] = b"\"(),:;<>[\\]?#/%&=";

impl<'a> Contact<'a> {
    /// Reads `meta.contact`: `name@host.org` (or `mailto:name@host.org`), or an address starting
    /// with `https://`; anything else is refused with the reason.
    ///
    /// ```
    /// use datamap::correction::Contact;
    /// assert_eq!(Contact::parse("mailto:data@example.org"), Ok(Contact::Email("data@example.org")));
    /// assert_eq!(Contact::parse("https://example.org/fix"), Ok(Contact::Web("https://example.org/fix")));
    /// assert!(Contact::parse("http://example.org/fix").is_err());
    /// assert!(Contact::parse("javascript:alert(1)").is_err());
    /// assert!(Contact::parse("curators").is_err());
    /// ```
    pub fn parse(contact: &'a str) -> Result<Contact<'a>, String> {
        let starts = |p: &str| contact.get(..p.len()).is_some_and(|s| s.eq_ignore_ascii_case(p));
        if starts("https://") {
            return crate::rules::check_url(contact).map(|()| Contact::Web(contact));
        }
        if starts("http://") {
            return Err("it is an http address; a contact page must use https".into());
        }
        let address = if starts("mailto:") { &contact[7..] } else { contact };
        if address.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err("it contains spaces or control characters".into());
        }
        if address.bytes().any(|b| NOT_IN_EMAIL.contains(&b)) {
            return Err("it contains one of \"(),:;<>[\\]?#/%&=, which an email address cannot hold here".into());
        }
        let Some((local, host)) = address.split_once('@') else {
            return Err("it is neither an email address (with @) nor an address starting with https://".into());
        };
        let host_ok = host.contains('.') && !host.starts_with('.') && !host.ends_with('.') && !host.contains("..");
        if local.is_empty() || host.contains('@') || !host_ok {
            return Err("an email address is a name, one @ and a domain name such as example.org".into());
        }
        Ok(Contact::Email(address))
    }
}

/// What a correction is about: the dataset, the record and the page it was seen on.
#[derive(Debug, Clone, Copy, Default)]
pub struct Subject<'a> {
    /// The dataset's title.
    pub dataset: &'a str,
    /// The dataset's version (`meta.version`).
    pub version: Option<&'a str>,
    /// The dataset's date (`meta.updated`).
    pub updated: Option<&'a str>,
    /// The organisation: id and name.
    pub org: Option<(&'a str, &'a str)>,
    /// The topic: id and name.
    pub topic: Option<(&'a str, &'a str)>,
    /// The record's JSON path in the file: `links[12]`, `organisations[3]`.
    pub path: &'a str,
    /// The address of the page the reader saw it on.
    pub page: &'a str,
}

/// The address that opens a correction of `about` for `contact`, in `lang`: a `mailto:` URL
/// with a subject and a body (lines ended by `%0D%0A`), or the contact's URL with the query
/// parameters `dataset`, `version`, `updated`, `org`, `topic`, `path`, `page` and `lang` (those
/// known), before its fragment if it has one.
///
/// ```
/// use datamap::correction::{correction_url, Contact, Subject};
/// use datamap::i18n::Lang;
/// let about = Subject { dataset: "Map", org: Some(("who", "WHO")), path: "organisations[0]", ..Subject::default() };
/// assert_eq!(
///     correction_url(Contact::Web("https://example.org/fix#form"), &about, Lang::En),
///     "https://example.org/fix?dataset=Map&org=who&path=organisations%5B0%5D&lang=en#form"
/// );
/// ```
pub fn correction_url(contact: Contact, about: &Subject, lang: Lang) -> String {
    match contact {
        Contact::Email(address) => {
            let mut url = String::from("mailto:");
            encode_into(&mut url, address, b"@");
            url.push_str("?subject=");
            encode_into(&mut url, &subject_line(about, lang), b"");
            url.push_str("&body=");
            encode_into(&mut url, &body(about, lang), b"");
            url
        }
        Contact::Web(page) => {
            let (base, fragment) = page.split_once('#').map_or((page, None), |(b, f)| (b, Some(f)));
            let mut url = String::from(base);
            let mut sep = if base.contains('?') { '&' } else { '?' };
            let (org, topic) = (about.org.map(|o| o.0), about.topic.map(|t| t.0));
            let params = [
                ("dataset", Some(about.dataset)),
                ("version", about.version),
                ("updated", about.updated),
                ("org", org),
                ("topic", topic),
                ("path", Some(about.path)),
                ("page", Some(about.page)),
                ("lang", Some(lang.code())),
            ];
            for (key, value) in params {
                let Some(value) = value.filter(|v| !v.is_empty()) else { continue };
                url.push(sep);
                url.push_str(key);
                url.push('=');
                encode_into(&mut url, value, b"");
                sep = '&';
            }
            if let Some(f) = fragment {
                url.push('#');
                url.push_str(f);
            }
            url
        }
    }
}

/// The names of the organisation and the topic, as far as given: "WHO – Health data".
pub fn names(org: Option<(&str, &str)>, topic: Option<(&str, &str)>) -> String {
    let mut out = String::new();
    for (_, name) in [org, topic].into_iter().flatten() {
        if !out.is_empty() {
            out.push_str(" – ");
        }
        out.push_str(name);
    }
    out
}

/// The message's subject: "Correction: WHO – Health data (Geneva Data Map 2026.12)".
pub fn subject_line(about: &Subject, lang: Lang) -> String {
    let mut s =
        [ta(lang, AboutKey::Correction), colon(lang), &names(about.org, about.topic), " (", about.dataset].concat();
    if let Some(v) = about.version {
        s.push(' ');
        s.push_str(v);
    }
    s.push(')');
    s
}

/// The message's body: the dataset, the organisation, the topic, the record's path and the
/// page, one per line ("Organisation: World Health Organization (who)"), then what to write.
pub fn body(about: &Subject, lang: Lang) -> String {
    let mut out = String::new();
    let mut line = |label: &str, parts: &[&str]| {
        out.push_str(label);
        out.push_str(colon(lang));
        out.extend(parts.iter().copied());
        out.push_str("\r\n");
    };
    let (v, d) = (about.version.unwrap_or_default(), about.updated.unwrap_or_default());
    let when = |x: &str, s: &'static str| if x.is_empty() { "" } else { s };
    let dataset = [about.dataset, when(v, ", "), when(v, t(lang, Key::Version)), when(v, " "), v, when(d, ", "), d];
    line(t(lang, Key::DatasetCounts), &dataset);
    for (key, node) in [(Key::Organisation, about.org), (Key::Topic, about.topic)] {
        if let Some((id, name)) = node {
            line(t(lang, key), &[name, " (", id, ")"]);
        }
    }
    line(ta(lang, AboutKey::Entry), &[about.path]);
    line(ta(lang, AboutKey::Page), &[about.page]);
    out.push_str("\r\n");
    out.push_str(ta(lang, AboutKey::Ask));
    out.push_str("\r\n");
    out
}

/// Appends `text` percent-encoded (UTF-8): every byte but the unreserved characters of RFC 3986
/// (`A-Z a-z 0-9 - . _ ~`) and those of `keep` becomes `%XX`, so a space is `%20` and a line
/// break `%0D%0A`.
///
/// ```
/// let mut out = String::new();
/// datamap::correction::encode_into(&mut out, "a b&c/é\r\n", b"");
/// assert_eq!(out, "a%20b%26c%2F%C3%A9%0D%0A");
/// ```
pub fn encode_into(out: &mut String, text: &str, keep: &[u8]) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') || keep.contains(&b) {
            out.push(b as char);
        } else {
            out.push('%');
            out.push(HEX[usize::from(b >> 4)] as char);
            out.push(HEX[usize::from(b & 15)] as char);
        }
    }
}
