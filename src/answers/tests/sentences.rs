//! The sentences of the answers in English and French: their parts (names as nodes, the rest as
//! text), plurals, lists, and French spacing before high punctuation.

use super::fixture;
use crate::answers::sentences::*;
use crate::answers::*;
use crate::graph::NodeKind;
use crate::i18n::Lang;

fn org(id: &str, name: &str) -> Part {
    Part::Node { kind: NodeKind::Org, id: id.into(), name: name.into() }
}

fn topic(id: &str, name: &str) -> Part {
    Part::Node { kind: NodeKind::Topic, id: id.into(), name: name.into() }
}

fn text(s: &str) -> Part {
    Part::Text(s.into())
}

/// French sets a no-break space before `:` and a narrow one before `;`, `!` and `?`, and no
/// other space.
fn assert_french_spacing(parts: &[Part]) {
    for part in parts {
        let Part::Text(s) = part else { continue };
        let chars: Vec<char> = s.chars().collect();
        for (k, c) in chars.iter().enumerate() {
            let space = if *c == ':' { '\u{A0}' } else { NARROW_NBSP };
            if matches!(c, ':' | ';' | '!' | '?') {
                assert!(k > 0 && chars[k - 1] == space, "{s:?}: {space:?} before {c}");
            }
        }
    }
}

fn path_of(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|s| s.to_string()).collect()
}

#[test]
fn a_peer_line_names_the_peer_counts_and_lists_the_shared_topics() {
    let (ds, g) = fixture();
    let en = peers(&ds, &g, "o-1", "en", &[], 9);
    assert_eq!(
        peer_line(&ds, &g, &en[0], Lang::En, 10),
        [
            org("o-6", "Aardvark"),
            text(" — 3 shared topics: "),
            topic("t-b", "apple"),
            text(", "),
            topic("t-c", "Banana"),
            text(" and "),
            topic("t-a", "Summer"),
        ]
    );
    let fr = peers(&ds, &g, "o-1", "fr", &[], 9);
    let line = peer_line(&ds, &g, &fr[0], Lang::Fr, 10);
    assert_eq!(
        line,
        [
            org("o-6", "Aardvark"),
            text(" — 3 thèmes communs\u{A0}: "),
            topic("t-c", "Banane"),
            text(", "),
            topic("t-a", "Été"),
            text(" et "),
            topic("t-b", "Pomme"),
        ]
    );
    assert_french_spacing(&line);
}

#[test]
fn one_shared_topic_is_singular_and_two_are_joined_by_and() {
    let (ds, g) = fixture();
    let en = peers(&ds, &g, "o-1", "en", &[], 9);
    assert_eq!(plain_text(&peer_line(&ds, &g, &en[3], Lang::En, 10)), "apple co — 1 shared topic: Banana");
    assert_eq!(plain_text(&peer_line(&ds, &g, &en[1], Lang::En, 10)), "Éclair — 2 shared topics: apple and Summer");
    let fr = peers(&ds, &g, "o-1", "fr", &[], 9);
    assert_eq!(plain_text(&peer_line(&ds, &g, &fr[3], Lang::Fr, 10)), "apple co — 1 thème commun\u{A0}: Banane");
    assert_eq!(plain_text(&peer_line(&ds, &g, &fr[1], Lang::Fr, 10)), "Éclair — 2 thèmes communs\u{A0}: Été et Pomme");
}

#[test]
fn a_long_list_names_a_few_then_counts_the_rest() {
    let (ds, g) = fixture();
    let en = peers(&ds, &g, "o-1", "en", &[], 9);
    assert_eq!(
        plain_text(&peer_line(&ds, &g, &en[0], Lang::En, 2)),
        "Aardvark — 3 shared topics: apple, Banana and 1 more"
    );
    let line = peer_line(&ds, &g, &en[0], Lang::En, 1);
    assert_eq!(line[2..], [topic("t-b", "apple"), text(" and 2 more")]);
    let fr = peers(&ds, &g, "o-1", "fr", &[], 9);
    assert_eq!(
        plain_text(&peer_line(&ds, &g, &fr[0], Lang::Fr, 1)),
        "Aardvark — 3 thèmes communs\u{A0}: Banane et 2 autres"
    );
}

#[test]
fn related_topics_count_shared_organisations_in_both_languages() {
    let (ds, g) = fixture();
    let en = peers(&ds, &g, "t-b", "en", &[], 9);
    assert_eq!(
        plain_text(&peer_line(&ds, &g, &en[0], Lang::En, 10)),
        "Banana — 3 shared organisations: Aardvark, eclair and WHO"
    );
    let fr = peers(&ds, &g, "t-b", "fr", &[], 9);
    assert_eq!(
        plain_text(&peer_line(&ds, &g, &fr[0], Lang::Fr, 10)),
        "Banane — 3 organisations communes\u{A0}: Aardvark, eclair et WHO"
    );
    let one = Peer { id: "t-a".into(), count: 1, shared: vec!["o-1".into()] };
    assert_eq!(plain_text(&peer_line(&ds, &g, &one, Lang::Fr, 10)), "Été — 1 organisation commune\u{A0}: WHO");
    assert_eq!(plain_text(&peer_line(&ds, &g, &one, Lang::En, 10)), "Summer — 1 shared organisation: WHO");
}

#[test]
fn titles_and_headings_read_in_both_languages() {
    let (ds, g) = fixture();
    let read = |parts: Vec<Part>| plain_text(&parts);
    assert_eq!(read(peers_title(NodeKind::Org, Lang::En)), "Works on the same topics");
    assert_eq!(read(peers_title(NodeKind::Org, Lang::Fr)), "Organisations aux thèmes communs");
    assert_eq!(read(peers_title(NodeKind::Topic, Lang::En)), "Related topics");
    assert_eq!(read(peers_title(NodeKind::Topic, Lang::Fr)), "Thèmes liés");
    assert_eq!(read(shared_heading(NodeKind::Org, Lang::En)), "Both work on");
    assert_eq!(read(shared_heading(NodeKind::Org, Lang::Fr)), "Thèmes traités par les deux");
    assert_eq!(only_heading(&ds, &g, "o-1", Lang::En), [text("Only "), org("o-1", "WHO")]);
    assert_eq!(only_heading(&ds, &g, "t-a", Lang::Fr), [text("Seulement "), topic("t-a", "Été")]);
    assert_eq!(read(no_connection(Lang::En)), "No connection within four steps.");
    assert_eq!(read(no_connection(Lang::Fr)), "Aucun lien en quatre étapes au plus.");
    assert_eq!(read(compare_with(Lang::En)), "Compare with…");
    assert_eq!(read(compare_with(Lang::Fr)), "Comparer avec…");
}

#[test]
fn a_shared_topic_between_two_organisations_reads_as_one_sentence() {
    let (ds, g) = fixture();
    let path = path_of(&["o-1", "t-a", "o-2"]);
    assert_eq!(
        path_sentence(&ds, &g, &path, Lang::En),
        [
            org("o-1", "WHO"),
            text(" works on "),
            topic("t-a", "Summer"),
            text(", on which "),
            org("o-2", "Éclair"),
            text(" also works.")
        ]
    );
    assert_eq!(
        path_sentence(&ds, &g, &path, Lang::Fr),
        [
            org("o-1", "WHO"),
            text(" travaille sur "),
            topic("t-a", "Été"),
            text(", tout comme "),
            org("o-2", "Éclair"),
            text(".")
        ]
    );
}

#[test]
fn a_four_step_path_reads_one_clause_per_organisation() {
    let (ds, g) = fixture();
    let c = connections(&ds, &g, "o-2", "o-4", "en", &[]).unwrap();
    let en = path_sentence(&ds, &g, &c.paths[0].nodes, Lang::En);
    assert_eq!(
        plain_text(&en),
        "Éclair works on apple; Aardvark also works on apple and on Banana; apple co also works on Banana."
    );
    let named: Vec<&str> =
        en.iter().filter_map(|p| if let Part::Node { id, .. } = p { Some(id.as_str()) } else { None }).collect();
    assert_eq!(named, ["o-2", "t-b", "o-6", "t-b", "t-c", "o-4", "t-c"], "every name is a node, never plain text");
    let c = connections(&ds, &g, "o-2", "o-4", "fr", &[]).unwrap();
    let fr = path_sentence(&ds, &g, &c.paths[0].nodes, Lang::Fr);
    assert_eq!(
        plain_text(&fr),
        "Éclair travaille sur Été\u{202F}; Aardvark travaille aussi sur Été et sur Banane\u{202F}; apple co travaille aussi sur Banane."
    );
    assert_french_spacing(&fr);
}

#[test]
fn shorter_paths_and_paths_from_a_topic_read_naturally() {
    let (ds, g) = fixture();
    let say = |ids: &[&str], lang| plain_text(&path_sentence(&ds, &g, &path_of(ids), lang));
    assert_eq!(say(&["o-1", "t-a"], Lang::En), "WHO works on Summer.");
    assert_eq!(say(&["t-a", "o-1"], Lang::Fr), "WHO travaille sur Été.");
    assert_eq!(say(&["t-a", "o-1", "t-b"], Lang::En), "WHO works on Summer and on apple.");
    assert_eq!(
        say(&["t-a", "o-6", "t-c", "o-4"], Lang::En),
        "Aardvark works on Summer and on Banana; apple co also works on Banana."
    );
    assert_eq!(
        say(&["t-a", "o-6", "t-c", "o-4"], Lang::Fr),
        "Aardvark travaille sur Été et sur Banane\u{202F}; apple co travaille aussi sur Banane."
    );
    assert_eq!(say(&["o-1", "nope"], Lang::En), "", "an unknown id says nothing");
    assert_eq!(say(&["o-1"], Lang::En), "");
}
