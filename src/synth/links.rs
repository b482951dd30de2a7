//! Links for [`super::generate`]: which organisation meets which topic (every node linked, topic
//! degrees heavy-tailed, no pair twice), and the dated source each link cites.

use std::collections::HashSet;

use crate::model::{Link, Source};

use super::nodes::TopicWords;
use super::words::{both, id, lower_first, org_id, topic_id, SOURCE_KINDS};
use super::zipf::Zipf;
use crate::rng::Rng;

/// The (organisation, topic) pairs, grouped by organisation, each one's first pair first.
///
/// Every organisation gets one topic, then every topic still alone gets one organisation, then
/// topics drawn by Zipf-like rank (ranks shuffled over topics) meet organisations drawn uniformly,
/// skipping pairs already made; a nearly complete graph is finished by enumeration.
pub(super) fn link_pairs(orgs: usize, topics: usize, links: usize, rng: &mut Rng) -> Vec<(usize, usize)> {
    if orgs == 0 || topics == 0 {
        return Vec::new();
    }
    let mut by_rank: Vec<usize> = (0..topics).collect();
    rng.shuffle(&mut by_rank);
    let zipf = Zipf::new(topics);
    let mut made =
        Pairs { seen: HashSet::new(), per_org: vec![Vec::new(); orgs], topic_degree: vec![0; topics], count: 0 };
    for o in 0..orgs {
        made.add(o, by_rank[zipf.draw(rng)]);
    }
    for t in 0..topics {
        if made.count < links && made.topic_degree[t] == 0 {
            made.add(rng.below(orgs), t);
        }
    }
    let mut misses = 0;
    while made.count < links && misses < 1_000 {
        misses = if made.add(rng.below(orgs), by_rank[zipf.draw(rng)]) { 0 } else { misses + 1 };
    }
    for o in 0..orgs {
        for t in 0..topics {
            if made.count >= links {
                break;
            }
            made.add(o, t);
        }
    }
    made.per_org.into_iter().enumerate().flat_map(|(o, ts)| ts.into_iter().map(move |t| (o, t))).collect()
}

/// The pairs made so far.
struct Pairs {
    seen: HashSet<(usize, usize)>,
    per_org: Vec<Vec<usize>>,
    topic_degree: Vec<usize>,
    count: usize,
}

impl Pairs {
    /// Adds a pair unless it is already made; says whether it was added.
    fn add(&mut self, o: usize, t: usize) -> bool {
        let new = self.seen.insert((o, t));
        if new {
            self.per_org[o].push(t);
            self.topic_degree[t] += 1;
            self.count += 1;
        }
        new
    }
}

/// The link between organisation `o` and topic `t`: one dated source, sometimes a title and a
/// summary made from the topic's words.
pub(super) fn make_link(o: usize, t: usize, topic: &TopicWords, rng: &mut Rng) -> Link {
    let (oid, tid) = (org_id(o), topic_id(t));
    let date = format!("{}-{:02}-{:02}", 2015 + rng.below(12), 1 + rng.below(12), 1 + rng.below(28));
    let title = rng.one_in(8).then(|| {
        let (en, fr) = *rng.pick(&SOURCE_KINDS);
        both(format!("{en} {}", &date[..4]), format!("{fr} {}", &date[..4]))
    });
    let summary = rng.one_in(8).then(|| {
        both(
            format!("Collects and publishes {}.", lower_first(&topic.en)),
            format!("Collecte et publie : {}.", lower_first(&topic.fr)),
        )
    });
    Link {
        sources: vec![Source { title, url: format!("https://{oid}.example.org/{tid}"), date: Some(date), kind: None }],
        org: id(oid),
        topic: id(tid),
        summary,
        verified: None,
    }
}
