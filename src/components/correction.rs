//! "Suggest a correction" in the detail panel, when the dataset has a valid `meta.contact`: a link
//! for the panel's organisation or topic and one for each of its links, each opening a prefilled
//! message or page ([`crate::correction`]) that names the dataset's version, the organisation,
//! the topic, the record's JSON path in the file and the panel's address.

use leptos::prelude::*;

use crate::components::about_dialog::page_url;
use crate::components::state::use_app;
use crate::correction::{correction_url, names, Contact, Subject};
use crate::i18n::{colon, ta, AboutKey, Lang};
use crate::model::Dataset;
use crate::url::Selection;

/// What every correction of one panel shares: the dataset, the contact and the panel's address.
pub(crate) struct Fixer<'a> {
    contact: Contact<'a>,
    dataset: &'a str,
    version: Option<&'a str>,
    updated: Option<&'a str>,
    page: String,
    lang: Lang,
}

impl<'a> Fixer<'a> {
    /// The corrections of the panel of `selection` in `ds`; `None` without a valid contact.
    pub(crate) fn new(ds: &'a Dataset, lang: Lang, selection: Selection) -> Option<Fixer<'a>> {
        let m = ds.meta.as_ref()?;
        let contact = Contact::parse(m.contact.as_deref()?).ok()?;
        let page = page_url(use_app(), Some(&selection));
        let dataset = m.title.as_ref().map_or(crate::cite::DEFAULT_TITLE, |t| t.get(lang.code()));
        Some(Fixer { contact, dataset, version: m.version.as_deref(), updated: m.updated.as_deref(), page, lang })
    }

    /// The link for the record `list[index]` (`links[12]`), about `org` and `topic` (id, name).
    pub(crate) fn link(
        &self,
        list: &str,
        index: usize,
        org: Option<(&str, &str)>,
        topic: Option<(&str, &str)>,
    ) -> AnyView {
        let path = [list, "[", &index.to_string(), "]"].concat();
        let about = Subject {
            dataset: self.dataset,
            version: self.version,
            updated: self.updated,
            org,
            topic,
            path: &path,
            page: &self.page,
        };
        let href = correction_url(self.contact, &about, self.lang);
        let label = ta(self.lang, AboutKey::SuggestCorrection);
        let name = [label, colon(self.lang), &names(org, topic)].concat();
        let target = matches!(self.contact, Contact::Web(_)).then_some("_blank");
        view! {
            <a class="suggest" href=href aria-label=name target=target rel="noopener noreferrer">{label}</a>
        }
        .into_any()
    }
}

/// The link for `links[index]`, between `org` and `topic` (id, name), when there is a `fixer`.
pub(crate) fn fix_link(fixer: &Option<Fixer>, index: usize, org: (&str, &str), topic: (&str, &str)) -> Option<AnyView> {
    fixer.as_ref().map(|f| f.link("links", index, Some(org), Some(topic)))
}
