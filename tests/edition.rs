//! The plain edition (`datamap::edition`): generated for the shipped dataset and for every hostile
//! fixture that loads, each page is read back by a strict reader (`edition/html.rs`) that refuses
//! any markup the edition does not write, and what it reads as text is compared with the dataset's
//! strings: every organisation, topic, link summary and source, in both languages, links into the
//! map, no link that is not http(s), mailto or the edition's own. Also the sitemap, the base
//! address, the preview tags of `index.html` and the key of the preview picture.
#![cfg(not(target_arch = "wasm32"))]

#[path = "edition/html.rs"]
mod html;

use std::path::Path;

use datamap::edition::card::picture_key;
use datamap::edition::html::linkable;
use datamap::edition::site::{absolute_previews, sitemap, BaseUrl, BaseUrlError, PAGES};
use datamap::edition::{edition, page, File};
use datamap::i18n::Lang;
use datamap::load::load;
use datamap::model::{Dataset, Localized};
use html::{parse, Element};

fn shipped() -> Dataset {
    load(include_bytes!("../public/data/geneva.json")).expect("the shipped dataset loads").dataset
}

/// The hostile fixtures that load (the others are refused before any page is made), by name.
fn hostile() -> Vec<(String, Dataset)> {
    let mut out = Vec::new();
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    let mut names: Vec<_> = std::fs::read_dir(&dir).expect("hostile fixtures").flatten().map(|e| e.path()).collect();
    names.sort();
    for path in names.into_iter().filter(|p| p.extension().is_some_and(|e| e == "json")) {
        if let Ok(loaded) = load(&std::fs::read(&path).expect("readable")) {
            out.push((path.file_name().unwrap_or_default().to_string_lossy().into_owned(), loaded.dataset));
        }
    }
    out
}

/// The text of `t` a page in `lang` shows: the characters HTML does not allow in a document
/// (controls other than tab and line ends, noncharacters) are shown as U+FFFD, as a browser
/// would show a NUL.
fn shown(t: &Localized, lang: Lang) -> String {
    let text = datamap::edition::html::pick(t, lang.code()).0;
    let bad = |c: char| {
        (c.is_control() && !"\t\n\r".contains(c))
            || (0xFDD0..=0xFDEF).contains(&(c as u32))
            || c as u32 & 0xFFFE == 0xFFFE
    };
    text.chars().map(|c| if bad(c) { '\u{FFFD}' } else { c }).collect()
}

/// Checks one page of `ds` in `lang` against the dataset; `what` names it in failures.
fn check_page(ds: &Dataset, lang: Lang, what: &str) {
    let text = page(ds, lang);
    let root = parse(&text).unwrap_or_else(|e| panic!("{what}: {e}"));
    let all = root.all();
    assert_eq!(root.attr("lang"), Some(lang.code()), "{what}");
    let hrefs: Vec<&str> = all.iter().filter_map(|e| e.attr("href")).collect();
    for href in &hrefs {
        let own = href.starts_with('#')
            || href.starts_with("../?lang=")
            || ["en.html", "fr.html", "edition.css", "favicon.svg"].contains(href);
        assert!(own || linkable(href), "{what}: a link to {href:?}");
    }
    for e in &all {
        assert!(e.attrs.iter().all(|(n, _)| !n.starts_with("on")), "{what}: an event attribute on <{}>", e.name);
    }
    let texts: Vec<String> =
        all.iter().filter(|e| e.name == "p" || e.name.starts_with('h')).map(|e| e.text()).collect();
    let has_text = |s: &str| texts.iter().any(|t| t == s || t.ends_with(s));
    let by_id = |id: String| all.iter().copied().find(|e| e.attr("id") == Some(id.as_str()));
    for org in &ds.organisations {
        let article = by_id(format!("o-{}", org.id)).unwrap_or_else(|| panic!("{what}: no article of {}", org.id));
        let heading = article.all().into_iter().find(|e| e.name == "h3").map(|e| e.text()).unwrap_or_default();
        assert!(heading.starts_with(&shown(&org.name, lang)), "{what}: {heading:?} for {}", org.id);
        let to_map = format!("../?lang={}#/org/{}", lang.code(), org.id);
        assert!(article.all().iter().any(|e| e.attr("href") == Some(to_map.as_str())), "{what}: no {to_map}");
        if let Some(s) = &org.summary {
            assert!(has_text(&shown(s, lang)), "{what}: the summary of {}", org.id);
        }
    }
    for topic in &ds.topics {
        let article = by_id(format!("t-{}", topic.id)).unwrap_or_else(|| panic!("{what}: no article of {}", topic.id));
        assert_eq!(article.all()[1].text(), shown(&topic.name, lang), "{what}");
    }
    for (i, link) in ds.links.iter().enumerate() {
        if let Some(s) = &link.summary {
            assert!(has_text(&shown(s, lang)), "{what}: the summary of links[{i}]");
        }
        for s in &link.sources {
            let linked = hrefs.contains(&s.url.as_str());
            assert!(linked || !linkable(&s.url), "{what}: links[{i}]'s source {}", s.url);
        }
    }
    for tour in ds.tours.iter().flatten() {
        for step in &tour.steps {
            assert!(has_text(&shown(&step.text, lang)), "{what}: a step of {}", tour.id);
        }
    }
}

#[test]
fn the_shipped_dataset_has_every_fact_in_both_languages() {
    let ds = shipped();
    for lang in Lang::ALL {
        check_page(&ds, lang, lang.code());
    }
}

#[test]
fn hostile_texts_are_text_in_every_page() {
    let fixtures = hostile();
    let names: Vec<&str> = fixtures.iter().map(|(n, _)| n.as_str()).collect();
    assert!(names.contains(&"nasty-text.json") && names.contains(&"rtl-emoji.json"), "{names:?}");
    for (name, ds) in &fixtures {
        for lang in Lang::ALL {
            check_page(ds, lang, &format!("{name} in {}", lang.code()));
        }
        for f in edition(ds).iter().filter(|f| f.name.ends_with(".html")) {
            parse(&f.text).unwrap_or_else(|e| panic!("{name} {}: {e}", f.name));
        }
    }
}

#[test]
fn markup_in_the_title_is_shown_as_written() {
    let (_, ds) = hostile().into_iter().find(|(n, _)| n == "nasty-text.json").expect("fixture");
    let title = ds.meta.as_ref().and_then(|m| m.title.clone()).expect("a title");
    for lang in Lang::ALL {
        let root = parse(&page(&ds, lang)).expect("parses");
        let h1 = root.all().into_iter().find(|e| e.name == "h1").expect("h1");
        assert_eq!(h1.text(), title.get(lang.code()));
        assert!(h1.text().contains('<'), "the fixture's title has markup: {}", h1.text());
    }
}

#[test]
fn the_first_page_leads_to_both_languages_and_the_map() {
    let files = edition(&shipped());
    let names: Vec<&str> = files.iter().map(|f: &File| f.name).collect();
    assert_eq!(names, ["index.html", "en.html", "fr.html", "edition.css", "favicon.svg"]);
    let root = parse(&files[0].text).expect("parses");
    let hrefs: Vec<&str> = root.all().iter().filter_map(|e| e.attr("href")).collect();
    for href in ["en.html", "fr.html", "../?lang=en", "../?lang=fr", "edition.css"] {
        assert!(hrefs.contains(&href), "{href} in {hrefs:?}");
    }
    let sections: Vec<&Element> = root.all().into_iter().filter(|e| e.name == "section").collect();
    assert_eq!(sections.iter().map(|e| e.attr("lang")).collect::<Vec<_>>(), [Some("en"), Some("fr")]);
    // Each section says the dataset's description in its own language.
    let description = shipped().meta.and_then(|m| m.description).expect("a description");
    for (section, lang) in sections.iter().zip(["en", "fr"]) {
        let p = section.all().into_iter().find(|e| e.attr("class") == Some("description")).expect("a description");
        assert_eq!(p.text(), description.get(lang));
    }
}

#[test]
fn a_text_missing_in_a_language_is_marked_with_its_own() {
    let ds: Dataset = serde_json::from_str(
        r#"{"version": 1, "topics": [{"id": "t", "name": {"en": "Health data"}}],
            "organisations": [{"id": "o", "name": "WHO"}], "links": [{"org": "o", "topic": "t"}]}"#,
    )
    .expect("dataset");
    let root = parse(&page(&ds, Lang::Fr)).expect("parses");
    let h3: Vec<&Element> = root.all().into_iter().filter(|e| e.name == "h3" && e.text() == "Health data").collect();
    assert_eq!(h3.len(), 1);
    assert_eq!(h3[0].attr("lang"), Some("en"));
}

#[test]
fn the_sitemap_lists_the_app_and_the_edition_at_the_base_address() {
    let base: BaseUrl = "https://example.org/maps/geneva".parse().expect("an address");
    let xml = sitemap(&base, Some("2026-12-05"));
    for page in PAGES {
        assert!(
            xml.contains(&format!("<loc>https://example.org/maps/geneva/{page}</loc><lastmod>2026-12-05</lastmod>")),
            "{xml}"
        );
    }
    assert_eq!(xml.matches("<url>").count(), PAGES.len());
}

#[test]
fn a_base_address_that_is_not_http_or_has_a_query_is_refused() {
    assert!(matches!("example.org".parse::<BaseUrl>(), Err(BaseUrlError::NotHttp(_))));
    assert!(matches!("https://".parse::<BaseUrl>(), Err(BaseUrlError::NotHttp(_))));
    assert!(matches!("https://example.org/\"><script>".parse::<BaseUrl>(), Err(BaseUrlError::Unusable(_))));
    assert!(matches!("https://example.org/#x".parse::<BaseUrl>(), Err(BaseUrlError::Unusable(_))));
    let message = "ftp://x/".parse::<BaseUrl>().unwrap_err().to_string();
    assert!(message.contains("fix: set DATAMAP_BASE_URL"), "{message}");
}

#[test]
fn the_preview_tags_of_index_html_become_absolute() {
    let page = include_str!("../index.html");
    assert!(page.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"));
    let base: BaseUrl = "https://example.org/maps/geneva/".parse().expect("an address");
    let out = absolute_previews(page, &base).expect("index.html has a relative og:image");
    assert!(out.contains("<meta property=\"og:image\" content=\"https://example.org/maps/geneva/preview.png\">"));
    assert!(out.contains("<meta name=\"twitter:image\" content=\"https://example.org/maps/geneva/preview.png\">"));
    assert!(out.contains("<meta property=\"og:url\" content=\"https://example.org/maps/geneva/\">"));
    assert!(!out.contains("content=\"preview.png\""));
    assert_eq!(absolute_previews(&out, &base), None, "a second run changes nothing");
}

#[test]
fn the_preview_picture_is_of_the_shipped_dataset() {
    let record: serde_json::Value =
        serde_json::from_str(include_str!("../public/preview.json")).expect("public/preview.json is JSON");
    let key = picture_key(&shipped());
    assert_eq!(
        record["key"].as_str(),
        Some(key.as_str()),
        "public/preview.png shows another map than public/data/geneva.json does now: run `make preview-image` and commit public/preview.png and public/preview.json"
    );
}

#[test]
fn the_picture_key_changes_with_what_the_map_draws_only() {
    let ds = shipped();
    let mut renamed = ds.clone();
    renamed.organisations[0].name = Localized::Plain("Another name".into());
    assert_ne!(picture_key(&renamed), picture_key(&ds));
    let mut resummarised = ds.clone();
    resummarised.links[0].summary = Some(Localized::Plain("Another summary".into()));
    assert_eq!(picture_key(&resummarised), picture_key(&ds));
}

#[test]
fn the_footer_cites_the_dataset_and_names_its_contact() {
    let shipped = shipped();
    let with_contact = load(include_bytes!("fixtures/contact.json")).expect("the contact fixture loads").dataset;
    for lang in Lang::ALL {
        let cite = datamap::cite::citation(shipped.meta.as_ref(), lang, "");
        let root = parse(&page(&shipped, lang)).expect("parses");
        let footer = root.all().into_iter().find(|e| e.name == "footer").expect("a footer");
        assert!(footer.text().contains(&cite), "{lang:?}: {cite} in {}", footer.text());
        assert!(!footer.all().iter().any(|e| e.attr("href").is_some_and(|h| h.starts_with("mailto:"))));

        let root = parse(&page(&with_contact, lang)).expect("parses");
        let footer = root.all().into_iter().find(|e| e.name == "footer").expect("a footer");
        let hrefs: Vec<&str> = footer.all().into_iter().filter_map(|e| e.attr("href")).collect();
        assert!(hrefs.contains(&"mailto:corrections@example.org"), "{lang:?}: {hrefs:?}");
    }
}
