//! Story links: pairs of articles that share rare, central named entities.
//!
//! Takes a [`Corpus`]; gives a [`LinkSet`]: for every article its best `per_article` partners
//! scoring at least `min_score`, as undirected links (a link kept by either end is kept once).
//!
//! Scoring. Each article is a vector over its named things with weight
//! `√idf × label × (1 + ln mentions) × (1 + title·T) × (1 + lead·L)`, where
//! `idf = ln(1 + N / articles(entity))`; the vector is L2-normalised, and the score of a pair is
//! the dot product over the entities they share (a cosine, 0–1). Every point of a score comes
//! from a shared named entity, and [`LinkSet::shared`] lists them, heaviest first.
//! - Each side carries √idf, so a shared entity adds its rarity once (as in BM25), not
//!   squared: squared, one rare name (often a recogniser slip that happens to recur) outweighs
//!   several moderately rare ones that two stories about one event share.
//! - Each named thing counts once: where an article has the link feature of an entity
//!   ([`super::profile::link_backoff`]: a person's surname, an organisation's label-free name),
//!   the feature links and the entity id does not ([`super::VIA_LINK_FEATURE`]); summing both
//!   would count people and organisations twice and places once.
//! - Time: see [`LinkOptions::time_scale_days`].
//!
//! Scale. Candidates come from an inverted index (entity → articles); no pair of articles that
//! shares no entity is ever looked at. An entity in more than `max_entity_articles` articles
//! (default 1000) is capped: it keeps its weight in the article norms but is left out of the
//! index and of scores, because it says nothing about which story an article belongs to and
//! its posting list would cost `articles²` work. Articles are scored in parallel (rayon), each
//! worker with one dense accumulator; the output does not depend on thread count.

use super::{Corpus, IN_LEAD, IN_TITLE, VIA_LINK_FEATURE};
use crate::model::Label;
use rayon::prelude::*;

/// Scoring weights (see the module doc).
#[derive(Clone, Debug, PartialEq)]
pub struct Weights {
    /// Extra weight for an entity in the title (`1 + title`).
    pub title: f32,
    /// Extra weight for an entity in the lead.
    pub lead: f32,
    pub person: f32,
    pub org: f32,
    /// Apps and products.
    pub product: f32,
    /// Places say less about which story it is: many unrelated stories share a country.
    pub location: f32,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            // Measured on linking-dev (eval-links): a small title boost helps; a lead boost and
            // a lower place weight did not (news leads name everyone; places disambiguate).
            title: 0.5,
            lead: 0.0,
            person: 1.0,
            org: 1.0,
            product: 1.0,
            location: 1.0,
        }
    }
}

impl Weights {
    fn label(&self, l: Label) -> f32 {
        match l {
            Label::Person => self.person,
            Label::Org => self.org,
            Label::App | Label::Product => self.product,
            Label::Location => self.location,
            _ => 0.0,
        }
    }
}

/// Link options (`--links-per-article`, `--min-link-score`).
#[derive(Clone, Debug, PartialEq)]
pub struct LinkOptions {
    pub per_article: usize,
    pub min_score: f32,
    /// Entities in more articles than this are capped (see the module doc).
    pub max_entity_articles: usize,
    /// Time scale τ in days: when both articles are dated, a score is multiplied by
    /// `τ / (τ + |days apart|)` (stories about one event are written within days of each
    /// other); when either is undated, by ½, as if τ days apart: an unknown gap is no evidence
    /// of a close one, and must not beat a dated partner of the same week. None or 0 turns it
    /// off, and so does a corpus without any dated article (there is no gap to weigh).
    pub time_scale_days: Option<f32>,
    pub weights: Weights,
}

pub const DEFAULT_LINKS_PER_ARTICLE: usize = 10;
pub const DEFAULT_MIN_LINK_SCORE: f32 = 0.02;
pub const DEFAULT_MAX_ENTITY_ARTICLES: usize = 1000;
pub const DEFAULT_TIME_SCALE_DAYS: f32 = 3.0;

/// The time factor of a pair (1 when the scale is off; ½ when either is undated).
pub fn time_factor(scale: Option<f32>, a: Option<i32>, b: Option<i32>) -> f32 {
    match (scale, a, b) {
        (Some(tau), Some(a), Some(b)) if tau > 0.0 => {
            let gap = (i64::from(a) - i64::from(b)).unsigned_abs() as f32;
            tau / (tau + gap)
        }
        (Some(tau), _, _) if tau > 0.0 => 0.5,
        _ => 1.0,
    }
}

impl Default for LinkOptions {
    fn default() -> Self {
        LinkOptions {
            per_article: DEFAULT_LINKS_PER_ARTICLE,
            min_score: DEFAULT_MIN_LINK_SCORE,
            max_entity_articles: DEFAULT_MAX_ENTITY_ARTICLES,
            time_scale_days: Some(DEFAULT_TIME_SCALE_DAYS),
            weights: Weights::default(),
        }
    }
}

/// One undirected link, `a < b` (article indexes in input order).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Link {
    pub a: u32,
    pub b: u32,
    pub score: f32,
}

/// The links of a corpus and the weights that explain them.
pub struct LinkSet {
    /// Sorted by `a`, then score descending, then `b`.
    pub links: Vec<Link>,
    /// Normalised weight of each (article, entity), aligned with the corpus' entity refs.
    pub(crate) weights: Vec<f32>,
    /// Entities left out of the index (more than `max_entity_articles` articles).
    pub(crate) capped: Vec<bool>,
    pub capped_entities: usize,
}

impl LinkSet {
    /// Entities shared by articles `a` and `b` that count in their score, with their share of
    /// it, heaviest first (ties by entity id).
    pub fn shared(&self, corpus: &Corpus, a: u32, b: u32) -> Vec<(u32, f32)> {
        let mut out = Vec::new();
        self.shared_into(&mut out, corpus, a, b);
        out
    }

    /// [`LinkSet::shared`] into `out` (cleared first), to reuse one vector over many links.
    pub fn shared_into(&self, out: &mut Vec<(u32, f32)>, corpus: &Corpus, a: u32, b: u32) {
        out.clear();
        let (a, b) = (a as usize, b as usize);
        let (ra, rb) = (corpus.doc(a), corpus.doc(b));
        let (wa, wb) = (
            &self.weights[corpus.starts[a]..corpus.starts[a + 1]],
            &self.weights[corpus.starts[b]..corpus.starts[b + 1]],
        );
        let (mut i, mut j) = (0, 0);
        while i < ra.len() && j < rb.len() {
            match ra[i].entity.cmp(&rb[j].entity) {
                std::cmp::Ordering::Less => i += 1,
                std::cmp::Ordering::Greater => j += 1,
                std::cmp::Ordering::Equal => {
                    let e = ra[i].entity;
                    let w = wa[i] * wb[j];
                    if !self.capped[e as usize] && w > 0.0 {
                        out.push((e, w));
                    }
                    i += 1;
                    j += 1;
                }
            }
        }
        // A total order (entity ids are distinct): unstable sorting gives the same order.
        out.sort_unstable_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
    }

    /// The partners of article `doc`, best first (ties by index).
    pub fn ranked(&self, doc: u32) -> Vec<(u32, f32)> {
        let mut v: Vec<(u32, f32)> = self
            .links
            .iter()
            .filter_map(|l| {
                if l.a == doc {
                    Some((l.b, l.score))
                } else if l.b == doc {
                    Some((l.a, l.score))
                } else {
                    None
                }
            })
            .collect();
        v.sort_by(|x, y| y.1.total_cmp(&x.1).then(x.0.cmp(&y.0)));
        v
    }
}

/// The normalised entity weights of every article (aligned with the corpus refs).
fn doc_weights(corpus: &Corpus, w: &Weights) -> Vec<f32> {
    let n = corpus.len().max(1) as f32;
    let idf: Vec<f32> = corpus
        .entities
        .iter()
        .map(|e| (1.0 + n / e.articles.max(1) as f32).ln().sqrt() * w.label(e.label))
        .collect();
    let mut weights = vec![0f32; corpus.refs.len()];
    weights
        .par_chunks_mut(4096)
        .enumerate()
        .for_each(|(chunk, out)| {
            let base = chunk * 4096;
            for (k, slot) in out.iter_mut().enumerate() {
                let r = corpus.refs[base + k];
                if r.flags & VIA_LINK_FEATURE != 0 {
                    *slot = 0.0;
                    continue;
                }
                let mut x = idf[r.entity as usize] * (1.0 + (r.mentions.max(1) as f32).ln());
                if r.flags & IN_TITLE != 0 {
                    x *= 1.0 + w.title;
                }
                if r.flags & IN_LEAD != 0 {
                    x *= 1.0 + w.lead;
                }
                *slot = x;
            }
        });
    // L2-normalise per article.
    let mut slices: Vec<&mut [f32]> = Vec::with_capacity(corpus.len());
    let mut rest = weights.as_mut_slice();
    for d in 0..corpus.len() {
        let (head, tail) = rest.split_at_mut(corpus.starts[d + 1] - corpus.starts[d]);
        slices.push(head);
        rest = tail;
    }
    slices.into_par_iter().for_each(|s| {
        let norm = s.iter().map(|x| x * x).sum::<f32>().sqrt();
        if norm > 0.0 {
            s.iter_mut().for_each(|x| *x /= norm);
        }
    });
    weights
}

/// Keeps the `k` best `(partner, score)` pairs, best first, ties by partner index.
pub fn top_k(cands: Vec<(u32, f32)>, k: usize) -> Vec<(u32, f32)> {
    let mut best = Best::new(k);
    for c in cands {
        best.offer(c);
    }
    best.into_vec()
}

/// `x` ranks before `y`: higher score, then lower partner index (a total order).
fn better(x: &(u32, f32), y: &(u32, f32)) -> std::cmp::Ordering {
    y.1.total_cmp(&x.1).then(x.0.cmp(&y.0))
}

/// The `k` best pairs offered so far, best first: most offers lose to the worst kept one in a
/// single comparison, so an article with thousands of candidates costs little more than that.
struct Best {
    k: usize,
    kept: Vec<(u32, f32)>,
}

impl Best {
    fn new(k: usize) -> Best {
        Best {
            k,
            kept: Vec::new(),
        }
    }

    /// Inlined: most offers are turned away by the first comparison.
    #[inline]
    fn offer(&mut self, c: (u32, f32)) {
        if self.kept.len() == self.k {
            // Full (or k = 0): only a better one than the worst kept gets in.
            match self.kept.last() {
                Some(worst) if better(&c, worst).is_lt() => {}
                _ => return,
            }
            self.kept.pop();
        }
        self.insert(c);
    }

    #[inline(never)]
    fn insert(&mut self, c: (u32, f32)) {
        let at = self.kept.partition_point(|x| better(x, &c).is_lt());
        self.kept.insert(at, c);
    }

    fn into_vec(self) -> Vec<(u32, f32)> {
        self.kept
    }
}

/// The inverted index of [`build`] (CSR): entity → (article, weight), over entities in
/// 2..=cap articles, in article order. A zero weight (an entity that links through its link
/// feature) adds nothing to any score: such postings are left out, and such refs look
/// nothing up.
struct Index {
    offsets: Vec<usize>,
    postings: Vec<(u32, f32)>,
    /// Per entity: it has postings (not capped, in two articles or more).
    indexed: Vec<bool>,
}

impl Index {
    fn new(corpus: &Corpus, weights: &[f32], capped: &[bool]) -> Index {
        let indexed: Vec<bool> = corpus
            .entities
            .iter()
            .zip(capped)
            .map(|(e, &c)| !c && e.articles >= 2)
            .collect();
        let mut offsets = vec![0usize; corpus.entities.len() + 1];
        for (r, &w) in corpus.refs.iter().zip(weights) {
            if w != 0.0 && indexed[r.entity as usize] {
                offsets[r.entity as usize + 1] += 1;
            }
        }
        for i in 1..offsets.len() {
            offsets[i] += offsets[i - 1];
        }
        let mut postings = vec![(0u32, 0f32); offsets[corpus.entities.len()]];
        let mut fill = offsets.clone();
        for d in 0..corpus.len() {
            let span = corpus.starts[d]..corpus.starts[d + 1];
            for (r, &w) in corpus.refs[span.clone()].iter().zip(&weights[span]) {
                let e = r.entity as usize;
                if w != 0.0 && indexed[e] {
                    postings[fill[e]] = (d as u32, w);
                    fill[e] += 1;
                }
            }
        }
        Index {
            offsets,
            postings,
            indexed,
        }
    }

    /// The postings of entity `e` (empty when it is not indexed).
    fn postings(&self, e: u32) -> &[(u32, f32)] {
        &self.postings[self.offsets[e as usize]..self.offsets[e as usize + 1]]
    }
}

/// Articles per block of [`top_partners`]: the candidate pairs of one block are held at once.
const PAIR_BLOCK: usize = 4096;

/// The best `per_article` partners of every article, best first.
///
/// A pair's score is the same seen from either end, bit for bit: both ends add the same
/// products `wa × wb` (exact either way round) over their shared entities in the same order
/// (refs are sorted by entity id), and the time factor is symmetric. So each pair is scored
/// once, by its lower article, from the postings after that article, and offered to both
/// ends: half the work of scoring every article against all its partners. Blocks of
/// articles are scored in parallel; their pairs are then offered in article order.
fn top_partners(
    corpus: &Corpus,
    weights: &[f32],
    index: &Index,
    time_scale: Option<f32>,
    o: &LinkOptions,
) -> Vec<Vec<(u32, f32)>> {
    let n = corpus.len();
    let mut best: Vec<Best> = (0..n).map(|_| Best::new(o.per_article)).collect();
    for block in (0..n).step_by(PAIR_BLOCK) {
        let pairs: Vec<Vec<(u32, f32)>> = (block..n.min(block + PAIR_BLOCK))
            .into_par_iter()
            // The accumulator is N floats: allocate it once per piece of work.
            .with_min_len(256)
            .map_init(
                || (vec![0f32; n], Vec::<u32>::new()),
                |(acc, touched), d| {
                    let span = corpus.starts[d]..corpus.starts[d + 1];
                    for (r, &wa) in corpus.refs[span.clone()].iter().zip(&weights[span]) {
                        let e = r.entity;
                        if wa == 0.0 || !index.indexed[e as usize] {
                            continue;
                        }
                        let list = index.postings(e);
                        let after = list.partition_point(|&(b, _)| b as usize <= d);
                        for &(b, wb) in &list[after..] {
                            let add = wa * wb;
                            if add <= 0.0 {
                                continue; // a zero label weight: no evidence
                            }
                            if acc[b as usize] == 0.0 {
                                touched.push(b);
                            }
                            acc[b as usize] += add;
                        }
                    }
                    let day = corpus.days[d];
                    let mut out = Vec::new();
                    for &b in touched.iter() {
                        let raw = std::mem::take(&mut acc[b as usize]);
                        // The time factor is at most 1, so the score is at most the raw sum.
                        if raw < o.min_score {
                            continue;
                        }
                        let s = raw * time_factor(time_scale, day, corpus.days[b as usize]);
                        if s >= o.min_score {
                            out.push((b, s));
                        }
                    }
                    touched.clear();
                    out
                },
            )
            .collect();
        for (d, v) in (block..).zip(pairs) {
            for (b, s) in v {
                best[d].offer((b, s));
                best[b as usize].offer((d as u32, s));
            }
        }
    }
    best.into_iter().map(Best::into_vec).collect()
}

/// The links of the partner lists, each pair once (kept by either end, it has the same score
/// from both: see [`top_partners`]), sorted by `a`, then score descending, then `b`. Grouped
/// by `a` by a counting sort, then each group sorted on its own: two sorts of every link over
/// the whole corpus cost four times the instructions.
fn undirected(per_doc: &[Vec<(u32, f32)>]) -> Vec<Link> {
    let mut starts = vec![0usize; per_doc.len() + 1];
    for (d, v) in per_doc.iter().enumerate() {
        for &(b, _) in v {
            starts[d.min(b as usize) + 1] += 1;
        }
    }
    for i in 1..starts.len() {
        starts[i] += starts[i - 1];
    }
    let mut grouped = vec![
        Link {
            a: 0,
            b: 0,
            score: 0.0
        };
        starts[per_doc.len()]
    ];
    let mut fill = starts.clone();
    for (d, v) in per_doc.iter().enumerate() {
        for &(b, score) in v {
            let (a, b) = (d.min(b as usize), d.max(b as usize));
            grouped[fill[a]] = Link {
                a: a as u32,
                b: b as u32,
                score,
            };
            fill[a] += 1;
        }
    }
    let mut links = Vec::with_capacity(grouped.len());
    for w in starts.windows(2) {
        let group = &mut grouped[w[0]..w[1]];
        // The two copies of a pair have the same score, bit for bit: they end up side by side.
        group.sort_unstable_by(|x, y| y.score.total_cmp(&x.score).then(x.b.cmp(&y.b)));
        for &l in group.iter() {
            match links.last() {
                Some(kept) if is_same_pair(kept, &l) => {
                    debug_assert_eq!(kept.score.to_bits(), l.score.to_bits());
                }
                _ => links.push(l),
            }
        }
    }
    links
}

fn is_same_pair(x: &Link, y: &Link) -> bool {
    x.a == y.a && x.b == y.b
}

/// Builds the links of a corpus.
pub fn build(corpus: &Corpus, o: &LinkOptions) -> LinkSet {
    let weights = doc_weights(corpus, &o.weights);
    let time_scale = o
        .time_scale_days
        .filter(|_| corpus.days.iter().any(Option::is_some));
    let capped: Vec<bool> = corpus
        .entities
        .iter()
        .map(|e| e.articles as usize > o.max_entity_articles)
        .collect();
    let capped_entities = capped.iter().filter(|&&c| c).count();
    let index = Index::new(corpus, &weights, &capped);
    let per_doc = top_partners(corpus, &weights, &index, time_scale, o);
    drop(index);

    let links = undirected(&per_doc);
    drop(per_doc);
    LinkSet {
        links,
        weights,
        capped,
        capped_entities,
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::entity;
    use super::super::{ArticleProfile, CorpusBuilder, ProfileEntity};
    use super::*;

    fn corpus(docs: &[&[(&str, Label, u32, bool)]]) -> Corpus {
        let mut b = CorpusBuilder::new();
        for (i, ents) in docs.iter().enumerate() {
            b.add(&ArticleProfile {
                doc: i as u32,
                doc_id: format!("d{i}"),
                date: None,
                entities: ents
                    .iter()
                    .map(|&(k, l, m, t)| {
                        let mut e = entity(k, l, k, &[k], m);
                        e.in_title = t;
                        e
                    })
                    .collect(),
            });
        }
        b.finish()
    }

    fn pairs(ls: &LinkSet) -> Vec<(u32, u32)> {
        let mut v: Vec<(u32, u32)> = ls.links.iter().map(|l| (l.a, l.b)).collect();
        v.sort();
        v
    }

    const P: Label = Label::Person;
    const O: Label = Label::Org;
    const L: Label = Label::Location;

    #[test]
    fn top_k_keeps_best_with_stable_ties() {
        type Case = (Vec<(u32, f32)>, usize, Vec<u32>);
        let cases: [Case; 4] = [
            (vec![(1, 0.2), (2, 0.9), (3, 0.5)], 2, vec![2, 3]),
            (vec![(5, 0.5), (4, 0.5), (3, 0.5)], 2, vec![3, 4]),
            (vec![(1, 0.2)], 5, vec![1]),
            (vec![(1, 0.2)], 0, vec![]),
        ];
        for (c, k, want) in cases {
            let got: Vec<u32> = top_k(c, k).into_iter().map(|x| x.0).collect();
            assert_eq!(got, want);
        }
    }

    /// The grouped links are the pairs of the partner lists, each once, as sorting all of
    /// them by pair, deduplicating and sorting by (a, score, b) gives them.
    #[test]
    fn undirected_equals_sort_and_dedup() {
        let mut x: u32 = 777;
        let mut next = move || {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            x >> 16
        };
        for n in [0usize, 1, 2, 7, 40] {
            // A symmetric score per pair (few distinct values: ties), each end keeping some.
            let score = |a: usize, b: usize| ((a.min(b) * 31 + a.max(b) * 17) % 5) as f32 / 5.0;
            let per_doc: Vec<Vec<(u32, f32)>> = (0..n)
                .map(|d| {
                    (0..n)
                        .filter(|&b| b != d && next() % 3 == 0)
                        .map(|b| (b as u32, score(d, b)))
                        .collect()
                })
                .collect();
            let mut want: Vec<Link> = Vec::new();
            for (d, v) in per_doc.iter().enumerate() {
                for &(b, s) in v {
                    let (a, b) = (d.min(b as usize) as u32, d.max(b as usize) as u32);
                    want.push(Link { a, b, score: s });
                }
            }
            want.sort_by(|x, y| x.a.cmp(&y.a).then(x.b.cmp(&y.b)));
            want.dedup_by(|next, kept| is_same_pair(next, kept));
            want.sort_by(|x, y| {
                x.a.cmp(&y.a)
                    .then(y.score.total_cmp(&x.score))
                    .then(x.b.cmp(&y.b))
            });
            assert_eq!(undirected(&per_doc), want, "n {n}");
        }
    }

    /// The streaming selection equals sorting everything and keeping the first k.
    #[test]
    fn top_k_equals_full_sort() {
        let mut x: u32 = 12345;
        let mut next = || {
            x = x.wrapping_mul(1_103_515_245).wrapping_add(12345);
            x >> 16
        };
        for n in [0usize, 1, 5, 10, 11, 50, 500] {
            // Few distinct scores, so ties are common.
            let cands: Vec<(u32, f32)> = (0..n as u32)
                .map(|b| (b * 7 % 1009, (next() % 13) as f32 / 13.0))
                .collect();
            for k in [0usize, 1, 3, 10, 1000] {
                let mut want = cands.clone();
                want.sort_by(better);
                want.truncate(k);
                assert_eq!(top_k(cands.clone(), k), want, "n {n} k {k}");
            }
        }
    }

    /// Shared people link; a shared country alone links weaker than a shared person; articles
    /// with nothing in common never link.
    #[test]
    fn scores_follow_shared_rare_central_entities() {
        let c = corpus(&[
            &[("steele", P, 3, true), ("us", L, 1, false)],
            &[("steele", P, 2, true), ("us", L, 1, false)],
            &[("us", L, 1, false), ("obama", P, 1, false)],
            &[("acme", O, 2, false)],
            &[("zenith", O, 1, false)],
        ]);
        let ls = build(
            &c,
            &LinkOptions {
                min_score: 0.0,
                ..Default::default()
            },
        );
        let r0 = ls.ranked(0);
        assert_eq!(r0[0].0, 1, "{r0:?}");
        assert!(r0[0].1 > 0.8);
        let to2 = r0.iter().find(|x| x.0 == 2).map(|x| x.1).unwrap_or(0.0);
        assert!(to2 < r0[0].1 / 2.0, "{r0:?}");
        assert!(ls.ranked(3).is_empty() && ls.ranked(4).is_empty());
        let shared: Vec<&str> = ls
            .shared(&c, 0, 1)
            .iter()
            .map(|x| c.canonical(x.0))
            .collect();
        assert_eq!(shared, ["steele", "us"]);
    }

    #[test]
    fn title_and_mentions_raise_centrality() {
        // Doc 0 shares "a" (title) with doc 1 and "b" (body) with doc 2; same rarity.
        let c = corpus(&[
            &[("a", P, 1, true), ("b", P, 1, false)],
            &[("a", P, 1, false), ("x", P, 1, false)],
            &[("b", P, 1, false), ("y", P, 1, false)],
            &[("x", P, 1, false)],
            &[("y", P, 1, false)],
        ]);
        let ls = build(
            &c,
            &LinkOptions {
                min_score: 0.0,
                ..Default::default()
            },
        );
        assert_eq!(ls.ranked(0)[0].0, 1);
        let c = corpus(&[
            &[("a", P, 1, false), ("b", P, 5, false)],
            &[("a", P, 1, false), ("x", P, 1, false)],
            &[("b", P, 1, false), ("y", P, 1, false)],
            &[("x", P, 1, false)],
            &[("y", P, 1, false)],
        ]);
        let ls = build(
            &c,
            &LinkOptions {
                min_score: 0.0,
                ..Default::default()
            },
        );
        assert_eq!(ls.ranked(0)[0].0, 2);
    }

    /// Top-K per article and the minimum score; the union keeps each pair once.
    #[test]
    fn per_article_limit_and_min_score() {
        let hub: &[(&str, Label, u32, bool)] =
            &[("a", P, 1, false), ("b", P, 1, false), ("c", P, 1, false)];
        let c = corpus(&[
            hub,
            &[("a", P, 1, false)],
            &[("b", P, 1, false)],
            &[("c", P, 1, false)],
        ]);
        let all = build(
            &c,
            &LinkOptions {
                min_score: 0.0,
                ..Default::default()
            },
        );
        assert_eq!(pairs(&all), [(0, 1), (0, 2), (0, 3)]);
        let one = build(
            &c,
            &LinkOptions {
                min_score: 0.0,
                per_article: 1,
                ..Default::default()
            },
        );
        // Doc 0 keeps one, but each leaf keeps its only link to doc 0.
        assert_eq!(pairs(&one), [(0, 1), (0, 2), (0, 3)]);
        let strict = build(
            &c,
            &LinkOptions {
                min_score: 0.99,
                ..Default::default()
            },
        );
        assert!(strict.links.is_empty());
    }

    /// An entity in more articles than the cap links nobody, and is not an explanation.
    #[test]
    fn frequent_entities_are_capped() {
        let c = corpus(&[
            &[("usa", L, 1, false), ("x", P, 1, false)],
            &[("usa", L, 1, false)],
            &[("usa", L, 1, false)],
            &[("usa", L, 1, false), ("x", P, 1, false)],
        ]);
        let o = LinkOptions {
            min_score: 0.0,
            max_entity_articles: 3,
            ..Default::default()
        };
        let ls = build(&c, &o);
        assert_eq!(ls.capped_entities, 1);
        assert_eq!(pairs(&ls), [(0, 3)]);
        let shared: Vec<&str> = ls
            .shared(&c, 0, 3)
            .iter()
            .map(|x| c.canonical(x.0))
            .collect();
        assert_eq!(shared, ["x"]);
        let uncapped = build(
            &c,
            &LinkOptions {
                min_score: 0.0,
                ..Default::default()
            },
        );
        assert_eq!(pairs(&uncapped).len(), 6);
    }

    #[test]
    fn time_factor_weighs_gaps_and_unknown_dates() {
        let cases = [
            (Some(3.0), Some(10), Some(10), 1.0),
            (Some(3.0), Some(10), Some(13), 0.5),
            (Some(3.0), Some(13), Some(10), 0.5),
            (Some(3.0), Some(10), Some(19), 0.25),
            // Unknown gap: as if τ days apart, never better than a same-day partner.
            (Some(3.0), None, Some(10), 0.5),
            (Some(3.0), Some(10), None, 0.5),
            (Some(3.0), None, None, 0.5),
            (None, Some(10), Some(400), 1.0),
            (Some(0.0), None, Some(10), 1.0),
        ];
        for (scale, a, b, want) in cases {
            assert_eq!(time_factor(scale, a, b), want, "{scale:?} {a:?} {b:?}");
        }
    }

    /// In a dated corpus an undated partner does not beat a dated one that shares as much;
    /// in a corpus without dates the time scale is off (scores are plain cosines).
    #[test]
    fn undated_partners_rank_below_dated_ones_of_the_same_week() {
        let dated = |date: Option<&str>, keys: &[&str]| ArticleProfile {
            doc: 0,
            doc_id: String::new(),
            date: date.map(str::to_string),
            entities: keys.iter().map(|k| entity(k, P, k, &[k], 1)).collect(),
        };
        let build_of = |docs: Vec<ArticleProfile>| {
            let mut b = CorpusBuilder::new();
            for d in &docs {
                b.add(d);
            }
            let c = b.finish();
            let o = LinkOptions {
                min_score: 0.0,
                ..Default::default()
            };
            build(&c, &o)
        };
        let ls = build_of(vec![
            dated(Some("2021-02-16"), &["a", "b"]),
            dated(None, &["a", "b"]),
            dated(Some("2021-02-18"), &["a", "b"]),
            dated(Some("2021-02-18"), &["c"]),
        ]);
        let r0 = ls.ranked(0);
        assert_eq!(r0.iter().map(|x| x.0).collect::<Vec<_>>(), [2, 1], "{r0:?}");
        let ls = build_of(vec![
            dated(None, &["a", "b"]),
            dated(None, &["a", "b"]),
            dated(None, &["c"]),
        ]);
        assert!((ls.ranked(0)[0].1 - 1.0).abs() < 1e-5, "{:?}", ls.ranked(0));
    }

    /// A person named in full gives its id and its surname feature; only the feature links,
    /// so the pair scores as if each side had one entity, and the explanation names it once.
    #[test]
    fn each_named_thing_counts_once() {
        let mut b = CorpusBuilder::new();
        let docs: [&[(&str, &str)]; 4] = [
            &[
                ("PERSON:michael steele", "Michael Steele"),
                ("~PERSON:steele", "Michael Steele"),
                ("x", "x"),
            ],
            &[
                ("PERSON:michael steele", "Michael Steele"),
                ("~PERSON:steele", "Michael Steele"),
                ("y", "y"),
            ],
            &[("x", "x")],
            &[("y", "y")],
        ];
        for (i, ents) in docs.iter().enumerate() {
            b.add(&ArticleProfile {
                doc: i as u32,
                doc_id: format!("d{i}"),
                date: None,
                entities: ents
                    .iter()
                    .map(|&(k, c)| entity(k, P, c, &[c], 1))
                    .collect(),
            });
        }
        let c = b.finish();
        let ls = build(
            &c,
            &LinkOptions {
                min_score: 0.0,
                ..Default::default()
            },
        );
        let shared: Vec<&str> = ls
            .shared(&c, 0, 1)
            .iter()
            .map(|x| &*c.entities[x.0 as usize].key)
            .collect();
        assert_eq!(shared, ["~PERSON:steele"]);
        // Two features each (the ids weigh nothing): the shared one is about half the vector.
        let s = ls
            .ranked(0)
            .into_iter()
            .find(|x| x.0 == 1)
            .unwrap_or((1, 0.0));
        assert!((s.1 - 0.5).abs() < 0.01, "{s:?}");
    }

    #[test]
    fn output_is_sorted_and_deterministic() {
        let c = corpus(&[
            &[("a", P, 1, false), ("b", O, 2, true)],
            &[("a", P, 1, false)],
            &[("b", O, 1, false), ("a", P, 1, false)],
        ]);
        let x = build(&c, &LinkOptions::default());
        let y = build(&c, &LinkOptions::default());
        assert_eq!(x.links, y.links);
        assert!(x.links.iter().all(|l| l.a < l.b));
        assert!(x
            .links
            .windows(2)
            .all(|w| w[0].a < w[1].a || (w[0].a == w[1].a && w[0].score >= w[1].score)));
    }

    /// The old way, the general path [`top_partners`] must equal: every article scored
    /// against all its partners, from its own side.
    fn top_partners_one_sided(
        corpus: &Corpus,
        weights: &[f32],
        index: &Index,
        time_scale: Option<f32>,
        o: &LinkOptions,
    ) -> Vec<Vec<(u32, f32)>> {
        let n = corpus.len();
        let mut acc = vec![0f32; n];
        let mut touched: Vec<u32> = Vec::new();
        (0..n)
            .map(|d| {
                let span = corpus.starts[d]..corpus.starts[d + 1];
                for (r, &wa) in corpus.refs[span.clone()].iter().zip(&weights[span]) {
                    let e = r.entity;
                    if wa == 0.0 || !index.indexed[e as usize] {
                        continue;
                    }
                    for &(b, wb) in index.postings(e) {
                        let add = wa * wb;
                        if b as usize == d || add <= 0.0 {
                            continue;
                        }
                        if acc[b as usize] == 0.0 {
                            touched.push(b);
                        }
                        acc[b as usize] += add;
                    }
                }
                let mut cands = Vec::new();
                for &b in touched.iter() {
                    let s = std::mem::take(&mut acc[b as usize])
                        * time_factor(time_scale, corpus.days[d], corpus.days[b as usize]);
                    if s >= o.min_score {
                        cands.push((b, s));
                    }
                }
                touched.clear();
                top_k(cands, o.per_article)
            })
            .collect()
    }

    /// Scoring each pair once from its lower end gives, bit for bit, the partners that scoring
    /// every article from its own side gives: random corpora with common and rare entities,
    /// titles, dates and undated articles, several limits; more than one block of articles.
    #[test]
    fn pairs_scored_once_equal_one_sided_scoring() {
        let mut x: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = |m: u64| {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            x % m
        };
        let labels = [P, O, L, Label::Product];
        for (n, vocab) in [(1usize, 5u64), (7, 4), (60, 30), (PAIR_BLOCK + 300, 900)] {
            let mut b = CorpusBuilder::new();
            for i in 0..n {
                let k = 1 + next(8);
                let mut ents: Vec<ProfileEntity> = Vec::new();
                for _ in 0..k {
                    // Skewed: low ids are common.
                    let spread = next(vocab);
                    let id = next(1 + spread);
                    let key = format!("e{id}");
                    if ents.iter().any(|e| e.key == key) {
                        continue;
                    }
                    let mut e =
                        entity(&key, labels[id as usize % 4], &key, &[], 1 + next(5) as u32);
                    e.in_title = next(4) == 0;
                    ents.push(e);
                }
                let date = (next(5) != 0).then(|| format!("2021-03-{:02}", 1 + next(28)));
                b.add(&ArticleProfile {
                    doc: i as u32,
                    doc_id: format!("d{i}"),
                    date,
                    entities: ents,
                });
            }
            let c = b.finish();
            for o in [
                LinkOptions::default(),
                LinkOptions {
                    per_article: 2,
                    min_score: 0.0,
                    max_entity_articles: 3,
                    time_scale_days: None,
                    ..LinkOptions::default()
                },
                LinkOptions {
                    per_article: 0,
                    ..LinkOptions::default()
                },
                LinkOptions {
                    per_article: 1000,
                    min_score: 0.3,
                    ..LinkOptions::default()
                },
            ] {
                let weights = doc_weights(&c, &o.weights);
                let capped: Vec<bool> = c
                    .entities
                    .iter()
                    .map(|e| e.articles as usize > o.max_entity_articles)
                    .collect();
                let index = Index::new(&c, &weights, &capped);
                let scale = o.time_scale_days;
                let bits = |v: Vec<Vec<(u32, f32)>>| -> Vec<Vec<(u32, u32)>> {
                    v.into_iter()
                        .map(|p| p.into_iter().map(|(b, s)| (b, s.to_bits())).collect())
                        .collect()
                };
                let ours = bits(top_partners(&c, &weights, &index, scale, &o));
                let theirs = bits(top_partners_one_sided(&c, &weights, &index, scale, &o));
                assert_eq!(ours, theirs, "n {n} {o:?}");
                if n > 1 && o.per_article > 0 && o.min_score == 0.0 {
                    assert!(ours.iter().any(|p| !p.is_empty()), "no links at all: n {n}");
                }
            }
        }
    }
}
