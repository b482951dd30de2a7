//! What frames the edition's pages: the document's head, the page's header (title, description,
//! version, counts, language switch, link to the map), the table of contents and the footer; and
//! the bilingual first page, `index.html`.

use std::fmt::Write as _;

use super::html::{escape, Html};
use super::words::W;
use super::{full_name, page_name, Index};
use crate::cite::citation;
use crate::correction::Contact;
use crate::i18n::{colon, count, ta, AboutKey, Counted, Lang};
use crate::model::{Dataset, Localized};

/// The pages' policy: no script at all, the stylesheet from the edition's folder.
const POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'";

/// The dataset's title, or the map's name.
fn title(ds: &Dataset) -> Localized {
    ds.meta.as_ref().and_then(|m| m.title.clone()).unwrap_or_else(|| Localized::Plain("Geneva Data Map".into()))
}

/// The other interface language.
fn other(lang: Lang) -> Lang {
    match lang {
        Lang::En => Lang::Fr,
        Lang::Fr => Lang::En,
    }
}

/// `<!doctype html>` to `<body>`: language, policy, title, description, stylesheet.
fn document_head(h: &mut Html, page_title: &str, description: Option<&str>, alternate: Option<Lang>) {
    let lang = h.lang();
    let _ = write!(
        h,
        "<!doctype html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta http-equiv=\"Content-Security-Policy\" content=\"{POLICY}\">\n<meta name=\"color-scheme\" content=\"light dark\">\n<title>{}</title>\n",
        escape(page_title)
    );
    if let Some(d) = description.filter(|d| !d.is_empty()) {
        let _ = writeln!(h, "<meta name=\"description\" content=\"{}\">", escape(d));
    }
    if let Some(alt) = alternate {
        let _ = writeln!(h, "<link rel=\"alternate\" hreflang=\"{}\" href=\"{}\">", alt.code(), page_name(alt));
    }
    h.raw(
        "<link rel=\"stylesheet\" href=\"edition.css\">\n<link rel=\"icon\" href=\"favicon.svg\">\n</head>\n<body>\n",
    );
}

/// The dataset's version, date and licence in words: `Version 2026.12, updated 2026-12-05,
/// licence CC-BY-4.0`; empty when the dataset says none of them.
pub(crate) fn facts(ds: &Dataset, lang: &str) -> String {
    let Some(m) = &ds.meta else { return String::new() };
    let parts = [(W::Version, &m.version), (W::Updated, &m.updated), (W::License, &m.license)];
    let words: Vec<String> =
        parts.iter().filter_map(|(w, v)| v.as_ref().map(|v| format!("{} {v}", w.get(lang)))).collect();
    capitalised(&words.join(", "))
}

/// The head and the page's header, up to the table of contents.
pub(crate) fn head(h: &mut Html, ds: &Dataset, lang: Lang) {
    let code = lang.code();
    let title = title(ds);
    let description = ds.meta.as_ref().and_then(|m| m.description.as_ref());
    let page_title = format!("{} — {}", title.get(code), W::Edition.get(code));
    document_head(h, &page_title, description.map(|d| d.get(code)), Some(other(lang)));
    let _ = write!(h, "<a class=\"skip\" href=\"#main\">{}</a>\n<header class=\"site-header\">\n", W::Skip.get(code));
    let alt = other(lang);
    let _ = writeln!(
        h,
        "<p class=\"switch\"><a href=\"{}\" hreflang=\"{c}\" lang=\"{c}\">{}</a></p>",
        page_name(alt),
        W::OtherLanguage.get(code),
        c = alt.code()
    );
    h.localized("h1", "", &title).raw("\n");
    let _ = writeln!(h, "<p class=\"kind\">{}</p>", capitalised(W::Edition.get(code)));
    if let Some(d) = description {
        h.localized("p", " class=\"description\"", d).raw("\n");
    }
    let facts = facts(ds, code);
    let counts = [
        (ds.organisations.len(), Counted::Organisations),
        (ds.topics.len(), Counted::Topics),
        (ds.links.len(), Counted::Links),
    ]
    .map(|(n, what)| count(n, what, lang))
    .join(", ");
    h.raw("<p class=\"facts\">");
    if !facts.is_empty() {
        h.text(&facts).raw(". ");
    }
    h.text(&counts).raw(".</p>\n");
    let _ = write!(h, "<p class=\"to-map\"><a href=\"../?lang={code}\">{}</a></p>\n</header>\n", W::OpenMap.get(code));
}

fn capitalised(s: &str) -> String {
    let mut chars = s.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The table of contents: the sections, and every organisation and topic by name.
pub(crate) fn contents(h: &mut Html, ix: &Index) {
    let code = h.lang();
    let ds = ix.ds;
    let _ = write!(
        h,
        "<nav class=\"toc\" aria-labelledby=\"contents\">\n<h2 id=\"contents\">{}</h2>\n<ol>\n",
        W::Contents.get(code)
    );
    let _ = write!(h, "<li><a href=\"#organisations\">{}</a>\n<ol class=\"names\">\n", W::Organisations.get(code));
    for &o in &ix.orgs {
        let org = &ds.organisations[o];
        h.raw("<li>")
            .link(&format!("#o-{}", org.id), " dir=\"auto\"", &full_name(&org.name, org.acronym.as_ref(), code))
            .raw("</li>\n");
    }
    let _ = write!(h, "</ol></li>\n<li><a href=\"#topics\">{}</a>\n<ol class=\"names\">\n", W::Topics.get(code));
    for &t in &ix.topics {
        let topic = &ds.topics[t];
        h.raw("<li>").link(&format!("#t-{}", topic.id), " dir=\"auto\"", topic.name.get(code)).raw("</li>\n");
    }
    h.raw("</ol></li>\n");
    if ds.tours.as_ref().is_some_and(|t| !t.is_empty()) {
        let _ = writeln!(h, "<li><a href=\"#tours\">{}</a></li>", W::Tours.get(code));
    }
    if ds.views.as_ref().is_some_and(|v| !v.is_empty()) {
        let _ = writeln!(h, "<li><a href=\"#views\">{}</a></li>", W::Views.get(code));
    }
    h.raw("</ol>\n</nav>\n");
}

/// The footer and the end of the document: how the edition was made, the dataset's facts, how to
/// cite it and, when `meta.contact` is set, where to send corrections (as the map's About says).
pub(crate) fn foot(h: &mut Html, ds: &Dataset) {
    let code = h.lang();
    let _ = write!(h, "<footer class=\"site-footer\">\n<p>{}</p>\n", W::Generated.get(code));
    let facts = facts(ds, code);
    if !facts.is_empty() {
        h.raw("<p>").text(&facts).raw("</p>\n");
    }
    let lang = if code == Lang::Fr.code() { Lang::Fr } else { Lang::En };
    let cite = ta(lang, AboutKey::CiteHeading);
    h.raw("<p>").text(&[cite, colon(lang)].concat()).text(&citation(ds.meta.as_ref(), lang, "")).raw("</p>\n");
    let contact = ds.meta.as_ref().and_then(|m| m.contact.as_deref()).map(Contact::parse);
    if let Some(Ok(c)) = contact {
        let (href, shown) = match c {
            Contact::Email(a) => (["mailto:", a].concat(), a),
            Contact::Web(u) => (u.to_owned(), u),
        };
        h.raw("<p>").text(ta(lang, AboutKey::CorrectHeading)).text(colon(lang)).external(&href, shown).raw("</p>\n");
    }
    let _ =
        write!(h, "<p><a href=\"#contents\">{}</a></p>\n</footer>\n</body>\n</html>\n", W::BackToContents.get(code));
}

/// The first page, `index.html`: the edition in each language, said in that language.
pub(crate) fn first_page(ds: &Dataset) -> String {
    let title = title(ds);
    let mut page = Html::new("en");
    let page_title = format!("{} — {}", title.get("en"), W::Edition.get("en"));
    let description = ds.meta.as_ref().and_then(|m| m.description.as_ref());
    document_head(&mut page, &page_title, description.map(|d| d.get("en")), None);
    page.raw("<main id=\"main\" class=\"first-page\">\n");
    for lang in Lang::ALL {
        let code = lang.code();
        // Each section in its own language: its texts are picked, and marked, for that language.
        let mut h = Html::new(code);
        let _ = write!(
            h,
            "<section lang=\"{code}\" aria-labelledby=\"h-{code}\">\n<h1 id=\"h-{code}\"><span dir=\"auto\">"
        );
        h.text(title.get(code)).raw("</span> — ").text(W::Edition.get(code)).raw("</h1>\n");
        if let Some(d) = description {
            h.localized("p", " class=\"description\"", d).raw("\n");
        }
        let _ = writeln!(h, "<p>{}</p>", W::About.get(code));
        h.raw("<p class=\"facts\">").text(&facts(ds, code)).raw("</p>\n");
        let _ = writeln!(h, "<p class=\"read\"><a href=\"{}\">{}</a></p>", page_name(lang), W::ReadIn.get(code));
        let _ =
            write!(h, "<p class=\"to-map\"><a href=\"../?lang={code}\">{}</a></p>\n</section>\n", W::OpenMap.get(code));
        page.raw(&h.finish());
    }
    page.raw("</main>\n</body>\n</html>\n");
    page.finish()
}
