//! Storylines: clusters of the link graph.
//!
//! Takes a [`Corpus`] and its [`LinkSet`]; gives every article one [`Storyline`] (a lone article
//! is a storyline of one). Links at or above `min_score` are merged strongest first
//! (single-link clustering, Kruskal order, ties by article index, so the result is
//! deterministic), with two guards against chaining unrelated stories together: a storyline
//! never grows past `max_size` articles, and with a time window (`--storyline-days N`) the dated
//! articles of one storyline span at most N days (undated articles do not restrict it).
//! Each storyline is labelled by the entities most of its articles share.

use super::links::LinkSet;
use super::Corpus;
use super::FxMap;
use rayon::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct StorylineOptions {
    pub min_score: f32,
    /// Maximum span in days of the dated articles of one storyline.
    pub days: Option<u32>,
    pub max_size: usize,
    /// Entities named in the label.
    pub label_entities: usize,
}

pub const DEFAULT_STORYLINE_MIN_SCORE: f32 = 0.25;
pub const DEFAULT_MAX_STORYLINE_SIZE: usize = 500;

impl Default for StorylineOptions {
    fn default() -> Self {
        StorylineOptions {
            min_score: DEFAULT_STORYLINE_MIN_SCORE,
            days: None,
            max_size: DEFAULT_MAX_STORYLINE_SIZE,
            label_entities: 3,
        }
    }
}

/// One storyline: its articles (input order) and its label entities (heaviest first).
#[derive(Clone, Debug, PartialEq)]
pub struct Storyline {
    /// Storylines are numbered in order of their first article.
    pub id: u32,
    pub members: Vec<u32>,
    pub label: Vec<u32>,
}

struct Components {
    parent: Vec<u32>,
    size: Vec<u32>,
    /// Earliest and latest day of the dated members (i32::MAX / i32::MIN when none).
    first: Vec<i32>,
    last: Vec<i32>,
}

impl Components {
    fn find(&mut self, mut x: u32) -> u32 {
        while self.parent[x as usize] != x {
            let p = self.parent[x as usize];
            self.parent[x as usize] = self.parent[p as usize];
            x = p;
        }
        x
    }
}

/// Clusters the link graph.
pub fn cluster(corpus: &Corpus, links: &LinkSet, o: &StorylineOptions) -> Vec<Storyline> {
    let n = corpus.len();
    let mut c = Components {
        parent: (0..n as u32).collect(),
        size: vec![1; n],
        first: corpus.days.iter().map(|d| d.unwrap_or(i32::MAX)).collect(),
        last: corpus.days.iter().map(|d| d.unwrap_or(i32::MIN)).collect(),
    };
    let mut strong: Vec<_> = links
        .links
        .iter()
        .filter(|l| l.score >= o.min_score)
        .copied()
        .collect();
    strong.par_sort_unstable_by(|x, y| {
        y.score
            .total_cmp(&x.score)
            .then(x.a.cmp(&y.a))
            .then(x.b.cmp(&y.b))
    });
    for l in strong {
        let (ra, rb) = (c.find(l.a), c.find(l.b));
        if ra == rb {
            continue;
        }
        let (ra, rb) = (ra as usize, rb as usize);
        if (c.size[ra] + c.size[rb]) as usize > o.max_size {
            continue;
        }
        let first = c.first[ra].min(c.first[rb]);
        let last = c.last[ra].max(c.last[rb]);
        if let Some(days) = o.days {
            if first <= last && i64::from(last) - i64::from(first) > i64::from(days) {
                continue;
            }
        }
        // Union by size; the root keeps the merged span.
        let (big, small) = if c.size[ra] >= c.size[rb] {
            (ra, rb)
        } else {
            (rb, ra)
        };
        c.parent[small] = big as u32;
        c.size[big] += c.size[small];
        c.first[big] = first;
        c.last[big] = last;
    }
    // Number storylines by first member.
    let mut id_of_root: Vec<u32> = vec![u32::MAX; n];
    let mut storylines: Vec<Storyline> = Vec::new();
    for d in 0..n as u32 {
        let r = c.find(d) as usize;
        if id_of_root[r] == u32::MAX {
            id_of_root[r] = storylines.len() as u32;
            storylines.push(Storyline {
                id: storylines.len() as u32,
                members: Vec::new(),
                label: Vec::new(),
            });
        }
        storylines[id_of_root[r] as usize].members.push(d);
    }
    storylines
        .par_iter_mut()
        .for_each(|s| s.label = label(corpus, links, &s.members, o.label_entities));
    storylines
}

/// The entities shared by most members (weight summed over members); for a lone article, its
/// heaviest entities. The map's order never shows: the candidates are sorted by a total order.
fn label(corpus: &Corpus, links: &LinkSet, members: &[u32], k: usize) -> Vec<u32> {
    if let [d] = members {
        // A lone article (most storylines): its entities are distinct, each counted once.
        let d = *d as usize;
        let w = &links.weights[corpus.starts[d]..corpus.starts[d + 1]];
        let v: Vec<(u32, u32, f32)> = corpus
            .doc(d)
            .iter()
            .zip(w)
            .filter(|(r, &w)| !links.capped[r.entity as usize] && w > 0.0)
            .map(|(r, &w)| (r.entity, 1, w))
            .collect();
        return top_label(v, k);
    }
    label_by_map(corpus, links, members, k)
}

/// [`label`] by summing over a map of entities (any number of members).
fn label_by_map(corpus: &Corpus, links: &LinkSet, members: &[u32], k: usize) -> Vec<u32> {
    let mut score: FxMap<u32, (u32, f32)> = FxMap::default();
    for &d in members {
        let d = d as usize;
        let refs = corpus.doc(d);
        let w = &links.weights[corpus.starts[d]..corpus.starts[d + 1]];
        for (r, &w) in refs.iter().zip(w) {
            // Capped entities and entities that link through their link feature are no label.
            if links.capped[r.entity as usize] || w <= 0.0 {
                continue;
            }
            let s = score.entry(r.entity).or_insert((0, 0.0));
            s.0 += 1;
            s.1 += w;
        }
    }
    let need = if members.len() > 1 { 2 } else { 1 };
    let v: Vec<(u32, u32, f32)> = score
        .into_iter()
        .filter(|(_, (n, _))| *n >= need)
        .map(|(e, (n, w))| (e, n, w))
        .collect();
    top_label(v, k)
}

/// The `k` best `(entity, articles, weight)`: most articles, then heaviest, then entity id.
fn top_label(mut v: Vec<(u32, u32, f32)>, k: usize) -> Vec<u32> {
    v.sort_by(|x, y| y.1.cmp(&x.1).then(y.2.total_cmp(&x.2)).then(x.0.cmp(&y.0)));
    v.into_iter().take(k).map(|x| x.0).collect()
}

#[cfg(test)]
mod tests {
    use super::super::links::{build, LinkOptions};
    use super::super::tests::entity;
    use super::super::{ArticleProfile, CorpusBuilder};
    use super::*;
    use crate::model::Label;

    fn corpus(docs: &[(Option<&str>, &[&str])]) -> Corpus {
        let mut b = CorpusBuilder::new();
        for (i, (date, ents)) in docs.iter().enumerate() {
            b.add(&ArticleProfile {
                doc: i as u32,
                doc_id: format!("d{i}"),
                date: date.map(str::to_string),
                entities: ents
                    .iter()
                    .map(|k| entity(k, Label::Person, k, &[k], 1))
                    .collect(),
            });
        }
        b.finish()
    }

    fn groups(s: &[Storyline]) -> Vec<Vec<u32>> {
        s.iter().map(|s| s.members.clone()).collect()
    }

    fn run(c: &Corpus, o: &StorylineOptions) -> Vec<Storyline> {
        let ls = build(
            c,
            &LinkOptions {
                min_score: 0.0,
                ..Default::default()
            },
        );
        cluster(c, &ls, o)
    }

    #[test]
    fn linked_stories_cluster_and_unrelated_stay_apart() {
        let c = corpus(&[
            (None, &["steele", "rnc"]),
            (None, &["steele", "rnc", "afghanistan"]),
            (None, &["sessions", "doj"]),
            (None, &["sessions", "doj"]),
            (None, &["lonely"]),
        ]);
        let s = run(&c, &StorylineOptions::default());
        assert_eq!(groups(&s), [vec![0, 1], vec![2, 3], vec![4]]);
        assert_eq!(s.iter().map(|s| s.id).collect::<Vec<_>>(), [0, 1, 2]);
        let label: Vec<&str> = s[0].label.iter().map(|&e| c.canonical(e)).collect();
        assert_eq!(label.len(), 2, "{label:?}");
        assert!(label.contains(&"steele") && label.contains(&"rnc"));
        assert_eq!(c.canonical(s[2].label[0]), "lonely");
    }

    #[test]
    fn weak_links_do_not_merge() {
        let c = corpus(&[
            (None, &["a", "b", "c", "d", "e", "f", "g", "h"]),
            (None, &["a", "x1", "x2", "x3", "x4", "x5", "x6", "x7"]),
        ]);
        let s = run(&c, &StorylineOptions::default());
        assert_eq!(groups(&s), [vec![0], vec![1]]);
        let s = run(
            &c,
            &StorylineOptions {
                min_score: 0.0,
                ..Default::default()
            },
        );
        assert_eq!(groups(&s), [vec![0, 1]]);
    }

    #[test]
    fn time_window_splits_distant_stories() {
        let docs: [(Option<&str>, &[&str]); 4] = [
            (Some("2021-01-01"), &["quake", "haiti"]),
            (Some("2021-01-03"), &["quake", "haiti"]),
            (Some("2021-06-01"), &["quake", "haiti"]),
            (None, &["quake", "haiti"]),
        ];
        let c = corpus(&docs);
        let all = run(&c, &StorylineOptions::default());
        assert_eq!(groups(&all), [vec![0, 1, 2, 3]]);
        let windowed = run(
            &c,
            &StorylineOptions {
                days: Some(7),
                ..Default::default()
            },
        );
        assert_eq!(windowed.len(), 2, "{:?}", groups(&windowed));
        assert!(
            groups(&windowed).contains(&vec![2])
                || groups(&windowed)
                    .iter()
                    .any(|g| g.contains(&2) && !g.contains(&0))
        );
        assert!(groups(&windowed)
            .iter()
            .any(|g| g.contains(&0) && g.contains(&1)));
    }

    #[test]
    fn size_cap_stops_chains() {
        let docs: Vec<(Option<&str>, &[&str])> = vec![(None, &["same"]); 6];
        let c = corpus(&docs);
        let s = run(
            &c,
            &StorylineOptions {
                max_size: 4,
                ..Default::default()
            },
        );
        assert!(s.iter().all(|s| s.members.len() <= 4));
        assert_eq!(s.iter().map(|s| s.members.len()).sum::<usize>(), 6);
    }

    /// A lone article's label without the map is the label through it.
    #[test]
    fn lone_article_labels_equal_the_map_path() {
        let docs: Vec<(Option<&str>, &[&str])> = vec![
            (None, &["a", "b", "c", "d"]),
            (None, &["a", "b"]),
            (None, &["e"]),
            (None, &[]),
            (None, &["b", "c", "d", "f", "g"]),
        ];
        let c = corpus(&docs);
        for max in [1usize, 2, 1000] {
            let ls = build(
                &c,
                &LinkOptions {
                    min_score: 0.0,
                    max_entity_articles: max,
                    ..Default::default()
                },
            );
            for d in 0..docs.len() as u32 {
                for k in [0usize, 1, 3, 10] {
                    let fast = label(&c, &ls, &[d], k);
                    assert_eq!(
                        fast,
                        label_by_map(&c, &ls, &[d], k),
                        "doc {d} k {k} max {max}"
                    );
                    if k > 0 && max == 1000 && !docs[d as usize].1.is_empty() {
                        assert!(!fast.is_empty(), "doc {d}");
                    }
                }
            }
        }
    }
}
