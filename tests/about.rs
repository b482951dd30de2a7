//! The About dialog's and the corrections' pure parts: `meta.contact` (one fixture for its error,
//! the rule's cases), the citation built from `meta`, and the addresses of "Suggest a
//! correction" (mailto with a subject and a body, https with query parameters).
#![cfg(not(target_arch = "wasm32"))]

mod support;

use datamap::cite::citation;
use datamap::correction::{body, correction_url, subject_line, Contact, Subject};
use datamap::i18n::Lang;
use datamap::load::load;
use datamap::url::decode;
use support::{assert_one_error, fixture};

/// The dataset of a fixture, which must load.
fn dataset(name: &str) -> datamap::model::Dataset {
    load(&fixture(name)).unwrap_or_else(|e| panic!("{name}: {e:?}")).dataset
}

#[test]
fn a_contact_that_is_neither_an_email_address_nor_an_https_url_is_refused() {
    let name = "invalid/bad-contact.json";
    assert_one_error(
        name,
        "meta.contact",
        "\"http://example.org/corrections\"",
        0,
        "neither an email address nor an https URL",
        "curators@example.org",
    );
}

#[test]
fn contacts_follow_the_rule() {
    let ok = [
        ("curators@example.org", Contact::Email("curators@example.org")),
        ("MAILTO:data.team+fix@sub.example.ch", Contact::Email("data.team+fix@sub.example.ch")),
        ("https://example.org/corrections?form=1#top", Contact::Web("https://example.org/corrections?form=1#top")),
    ];
    for (text, contact) in ok {
        assert_eq!(Contact::parse(text), Ok(contact), "{text}");
    }
    let bad = [
        "",
        "curators",
        "curators@",
        "@example.org",
        "curators@example",
        "a@b@example.org",
        "curators@example..org",
        "cur ators@example.org",
        "curators@example.org?subject=x",
        "<script>@example.org",
        "http://example.org/fix",
        "https://",
        "https://exa mple.org",
        "javascript:alert(1)",
        "ftp://example.org",
        "mailto:",
    ];
    for text in bad {
        assert!(Contact::parse(text).is_err(), "{text:?} should be refused");
    }
}

#[test]
fn the_shipped_dataset_and_the_fixtures_with_a_contact_are_valid() {
    let shipped = load(&std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/geneva.json")).unwrap());
    let meta = shipped.expect("the shipped dataset").dataset.meta.expect("its meta");
    assert!(meta.creator.is_some() && meta.method.is_some(), "the shipped About has a creator and a method");
    assert_eq!(dataset("contact.json").meta.unwrap().contact.as_deref(), Some("corrections@example.org"));
    let nasty = dataset("hostile/nasty-text.json").meta.unwrap();
    assert!(matches!(Contact::parse(nasty.contact.as_deref().unwrap()), Ok(Contact::Web(_))));
}

#[test]
fn the_citation_names_creator_year_title_version_date_licence_and_address() {
    let meta = dataset("contact.json").meta;
    let url = "https://example.org/map/?data=contact.json";
    assert_eq!(
        citation(meta.as_ref(), Lang::En, url),
        "Test curators (2026). Small test map [dataset], version 2026.11 of 2026-11-28. Licence: CC-BY-4.0. \
         https://example.org/map/?data=contact.json"
    );
    assert_eq!(
        citation(meta.as_ref(), Lang::Fr, url),
        "Responsables des tests (2026). Petite carte de test [jeu de données], version 2026.11 du 2026-11-28. \
         Licence\u{A0}: CC-BY-4.0. https://example.org/map/?data=contact.json"
    );
}

#[test]
fn the_citation_leaves_out_what_the_dataset_does_not_give() {
    let mut meta = dataset("contact.json").meta.unwrap();
    meta.creator = None;
    meta.version = None;
    meta.license = None;
    assert_eq!(citation(Some(&meta), Lang::En, ""), "Small test map [dataset], 2026-11-28.");
    meta.updated = None;
    meta.version = Some("3".into());
    assert_eq!(citation(Some(&meta), Lang::En, "x"), "Small test map [dataset], version 3. x");
}

#[test]
fn the_shipped_citation_has_the_datasets_version_and_date() {
    let ds = load(&std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/public/data/geneva.json")).unwrap()).unwrap();
    let meta = ds.dataset.meta.unwrap();
    let text = citation(Some(&meta), Lang::En, "");
    let (version, date) = (meta.version.unwrap(), meta.updated.unwrap());
    assert!(text.contains(&format!("version {version} of {date}")), "{text}");
    assert!(text.starts_with(&format!("Geneva Data Map contributors ({})", &date[..4])), "{text}");
}

/// A correction of the second link of the contact fixture, as the panel of `itu` makes it.
fn itu_standards() -> Subject<'static> {
    Subject {
        dataset: "Small test map",
        version: Some("2026.11"),
        updated: Some("2026-11-28"),
        org: Some(("itu", "International Telecommunication Union")),
        topic: Some(("standards", "Standards & norms")),
        path: "links[1]",
        page: "https://example.org/map/?data=contact.json#/org/itu",
    }
}

#[test]
fn a_mailto_correction_has_the_subject_and_the_body_percent_encoded() {
    let about = itu_standards();
    let url = correction_url(Contact::Email("corrections@example.org"), &about, Lang::En);
    let rest = url.strip_prefix("mailto:corrections@example.org?subject=").expect(&url);
    let (subject, body_part) = rest.split_once("&body=").expect(&url);
    // Only unreserved characters and escapes: no space, no raw line break, no `&` or `#`.
    for part in [subject, body_part] {
        assert!(part.bytes().all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b)), "{part}");
    }
    assert!(body_part.contains("%0D%0A") && !body_part.contains("%0A%0A"), "line breaks are CRLF: {body_part}");
    assert_eq!(
        decode(subject),
        "Correction: International Telecommunication Union – Standards & norms (Small test map 2026.11)"
    );
    assert_eq!(
        decode(body_part),
        "Dataset: Small test map, version 2026.11, 2026-11-28\r\n\
         Organisation: International Telecommunication Union (itu)\r\n\
         Topic: Standards & norms (standards)\r\n\
         Entry in the file: links[1]\r\n\
         Page: https://example.org/map/?data=contact.json#/org/itu\r\n\
         \r\n\
         What is wrong, and what should it say? Please give a source.\r\n"
    );
    assert_eq!(decode(subject), subject_line(&about, Lang::En));
    assert_eq!(decode(body_part), body(&about, Lang::En));
}

#[test]
fn a_french_correction_is_written_in_french() {
    let about = Subject { org: None, path: "topics[0]", ..itu_standards() };
    let body = body(&about, Lang::Fr);
    assert!(body.starts_with("Jeu de données\u{A0}: Small test map, version 2026.11, 2026-11-28\r\n"), "{body}");
    assert!(body.contains("Thème\u{A0}: Standards & norms (standards)\r\nEntrée dans le fichier\u{A0}: topics[0]\r\n"));
    assert!(!body.contains("Organisation"), "no organisation line without one: {body}");
    assert_eq!(subject_line(&about, Lang::Fr), "Correction\u{A0}: Standards & norms (Small test map 2026.11)");
}

#[test]
fn an_https_correction_adds_query_parameters_before_the_fragment() {
    let about = itu_standards();
    let url = correction_url(Contact::Web("https://example.org/fix?form=data#top"), &about, Lang::Fr);
    assert_eq!(
        url,
        "https://example.org/fix?form=data&dataset=Small%20test%20map&version=2026.11&updated=2026-11-28\
         &org=itu&topic=standards&path=links%5B1%5D\
         &page=https%3A%2F%2Fexample.org%2Fmap%2F%3Fdata%3Dcontact.json%23%2Forg%2Fitu&lang=fr#top"
    );
    let bare = correction_url(Contact::Web("https://example.org/fix"), &Subject { version: None, ..about }, Lang::En);
    assert!(bare.starts_with("https://example.org/fix?dataset=Small%20test%20map&updated="), "{bare}");
    assert!(!bare.contains("version="), "{bare}");
}

#[test]
fn markup_in_meta_stays_text_in_the_citation_and_is_encoded_in_corrections() {
    let meta = dataset("hostile/nasty-text.json").meta.unwrap();
    let text = citation(Some(&meta), Lang::En, "");
    assert!(text.starts_with("<script>window.__pwned=true</script>Evil curators (2026). <img src=x"), "{text}");
    let about = Subject { dataset: "<b>x</b>", path: "links[0]", page: "p", ..Subject::default() };
    let url = correction_url(Contact::parse(meta.contact.as_deref().unwrap()).unwrap(), &about, Lang::En);
    assert!(url.ends_with("&dataset=%3Cb%3Ex%3C%2Fb%3E&path=links%5B0%5D&page=p&lang=en"), "{url}");
}
