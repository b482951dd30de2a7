//! The preview's decisions: each kind of bad input refused before reading, with its message; the
//! selection a new version keeps; the changes between two versions of a dataset.

use super::*;
use crate::i18n::Lang;
use crate::model::Dataset;

fn file(name: &str, mime: &str, size: u64) -> FileFacts {
    FileFacts { name: name.into(), mime: mime.into(), size, folder: false }
}

#[test]
fn one_json_file_within_the_limit_is_read() {
    for f in [
        file("geneva.json", "application/json", 1_000),
        file("GENEVA.JSON", "", 1_000),
        file("export", "application/json", 1_000),
        file("data.txt", "application/ld+json", 10),
        file("empty.json", "", 0),
        file("limit.json", "application/json", MAX_FILE_BYTES as u64),
    ] {
        assert_eq!(decide(std::slice::from_ref(&f)), Ok(&f), "{f:?}");
    }
}

#[test]
fn each_kind_of_bad_input_is_refused_before_reading() {
    let big = 200 * 1024 * 1024;
    let folder = FileFacts { folder: true, ..file("data", "", 0) };
    let cases = [
        (vec![], Refusal::NoFile),
        (vec![file("a.json", "", 1), file("b.json", "", 1)], Refusal::Several(2)),
        (vec![folder], Refusal::Folder("data".into())),
        (vec![file("photo.png", "image/png", 10)], Refusal::Image("photo.png".into())),
        (vec![file("photo.json", "image/jpeg", 10)], Refusal::Image("photo.json".into())),
        (vec![file("notes.txt", "text/plain", 10)], Refusal::NotJson("notes.txt".into())),
        (vec![file("sheet.csv", "", 10)], Refusal::NotJson("sheet.csv".into())),
        (vec![file("big.json", "application/json", big)], Refusal::TooLarge("big.json".into(), big)),
        (vec![file("over.json", "", MAX_FILE_BYTES as u64 + 1)], Refusal::TooLarge("over.json".into(), 41_943_041)),
    ];
    for (files, refusal) in cases {
        assert_eq!(decide(&files), Err(refusal), "{files:?}");
    }
}

#[test]
fn every_refusal_says_what_is_wrong_with_the_file_in_both_languages() {
    let big = 200 * 1024 * 1024;
    let say = |r: Refusal| (r.message(Lang::En), r.message(Lang::Fr));
    assert_eq!(
        say(Refusal::TooLarge("big.json".into(), big)),
        (
            "big.json is 200.0 MiB; the limit is 40 MiB. Open a smaller file.".into(),
            "big.json pèse 200,0\u{A0}Mio\u{202F}; la limite est de 40\u{A0}Mio. Ouvrez un fichier plus petit.".into()
        )
    );
    assert_eq!(say(Refusal::Several(3)).0, "3 files at once: open one .json file at a time.");
    assert_eq!(say(Refusal::Image("cat.png".into())).0, "cat.png is an image, not a dataset: open a .json file.");
    assert!(say(Refusal::Folder("data".into())).1.starts_with("data est un dossier\u{A0}:"));
    assert!(say(Refusal::NotJson("a.csv".into())).0.starts_with("a.csv is not a JSON file"));
    assert!(say(Refusal::Unreadable("x.json".into(), "NotFoundError".into()))
        .0
        .starts_with("x.json could not be read (NotFoundError)"));
    assert!(say(Refusal::NoFile).1.starts_with("Rien à ouvrir"));
    // A name is shown as it is, even one that looks like a placeholder.
    assert!(say(Refusal::TooLarge("{size}.json".into(), big)).0.starts_with("{size}.json is 200.0 MiB"));
}

fn small() -> Dataset {
    serde_json::from_str(include_str!("../../tests/fixtures/small.json")).expect("small.json")
}

#[test]
fn a_selection_is_kept_while_its_node_is_there_with_the_same_kind() {
    let ds = small();
    assert!(kept(&Selection::Org("who".into()), &ds));
    assert!(kept(&Selection::Topic("health-data".into()), &ds));
    assert!(!kept(&Selection::Org("health-data".into()), &ds), "a topic's id as an organisation");
    assert!(!kept(&Selection::Topic("gone".into()), &ds));
}

#[test]
fn the_same_dataset_changes_nothing() {
    let ds = small();
    let c = changes(&ds, &ds);
    assert!(c.is_empty() && !c.differ() && c.marked().is_empty(), "{c:?}");
}

#[test]
fn another_version_alone_is_worth_comparing() {
    let old = small();
    let mut new = old.clone();
    new.meta.get_or_insert_with(Default::default).version = Some("2026.12".into());
    let c = changes(&old, &new);
    assert!(c.is_empty() && c.version && c.differ(), "{c:?}");
}

/// small.json with the WHO renamed, ITU removed (and its links), a topic added and linked, a
/// link's sources edited and a topic's category changed.
fn edited() -> Dataset {
    let mut ds = small();
    let who = ds.organisations.iter_mut().find(|o| o.id.as_str() == "who").expect("who");
    who.name = crate::model::Localized::Plain("World Health Org".into());
    ds.organisations.retain(|o| o.id.as_str() != "itu");
    ds.links.retain(|l| l.org.as_str() != "itu");
    let mut topic = ds.topics[0].clone();
    topic.id = crate::model::Id("open-data".into());
    topic.category = None;
    ds.topics.push(topic);
    let mut link = ds.links[0].clone();
    link.topic = crate::model::Id("open-data".into());
    ds.links.push(link);
    ds.links[0].sources.clear();
    ds.topics[1].category = Some(crate::model::Id("security".into()));
    ds
}

#[test]
fn added_removed_and_changed_nodes_and_links_are_found_and_sorted() {
    let (old, new) = (small(), edited());
    let c = changes(&old, &new);
    assert_eq!(c.added_nodes, ["open-data"]);
    assert_eq!(c.removed_nodes, ["itu"]);
    let mut changed = vec![old.topics[1].id.0.clone(), "who".to_owned()];
    changed.sort();
    assert_eq!(c.changed_nodes, changed);
    let first = (old.links[0].org.0.clone(), "open-data".to_owned());
    assert_eq!(c.added_links, vec![first.clone()]);
    let mut itu: Vec<(String, String)> =
        old.links.iter().filter(|l| l.org.as_str() == "itu").map(|l| (l.org.0.clone(), l.topic.0.clone())).collect();
    itu.sort();
    assert!(!itu.is_empty());
    assert_eq!(c.removed_links, itu);
    assert_eq!(c.changed_links, vec![(old.links[0].org.0.clone(), old.links[0].topic.0.clone())]);
    let mut marked = vec!["open-data".to_owned(), first.0];
    marked.sort();
    assert_eq!(c.marked(), marked, "the added node, and both ends of the added link once");
    // The other way round, what was added is removed.
    let back = changes(&new, &old);
    assert_eq!((back.added_nodes, back.removed_nodes), (c.removed_nodes, c.added_nodes));
}

#[test]
fn a_node_that_changes_kind_is_changed_and_names_come_from_either_list() {
    let old = small();
    let mut new = old.clone();
    let org = new.organisations.remove(0);
    let mut topic = new.topics[0].clone();
    topic.id = org.id.clone();
    new.topics.push(topic);
    new.links.retain(|l| l.org != org.id);
    let c = changes(&old, &new);
    assert_eq!(c.changed_nodes, std::slice::from_ref(&org.id.0));
    assert_eq!(node_name(&old, org.id.as_str(), "en"), Some(org.name.get("en")));
    assert_eq!(
        node_name(&old, "health-data", "fr"),
        old.topics.iter().find(|t| t.id.as_str() == "health-data").map(|t| t.name.get("fr"))
    );
    assert_eq!(node_name(&old, "nowhere", "en"), None);
}
