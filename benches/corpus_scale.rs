//! Scale of the corpus pass (entities + links + storylines) on synthetic entity profiles.
//!
//! `cargo bench --bench corpus_scale` runs, each in a fresh child process on 2 rayon threads
//! (so peak RSS is its own): 100k, 300k and 1M articles. Each child generates profiles on the
//! fly and streams them into a [`CorpusBuilder`] as the batch writer does, runs the pass, and
//! writes entities.csv, links.csv and storylines.csv to a temporary folder. It prints wall
//! time, user+system CPU seconds (total and per phase: profiles, finish, links, storylines,
//! write), peak RSS (VmHWM from /proc/self/status) and the inverted-index work (Σ df² over
//! indexed entities). On a shared machine CPU seconds are the figure to compare.
//!
//! The generator: an entity vocabulary of 2 × articles names whose frequency follows Zipf
//! (s = 1), labels spread over PERSON / ORG / LOCATION / PRODUCT; each article has 10–30
//! entities: 2–4 of its story (stories of ~5 articles, dated within a week), the rest drawn
//! from the Zipf vocabulary; 1–6 mentions each; the first two are title entities, the first
//! four lead entities; dates over one year. Deterministic (fixed seed).
//!
//! Options (after `--`): `--quick` (10k and 30k articles only), `--sizes N,N,...`,
//! `--threads N` (default 2).

use newsfacts::corpus::{
    self, links, storylines, ArticleProfile, CorpusBuilder, CorpusOptions, CorpusResult,
    ProfileEntity,
};
use newsfacts::export::corpus::write_corpus_tables;
use newsfacts::export::TableFormat;
use newsfacts::model::Label;
use std::process::Command;
use std::time::Instant;

/// splitmix64: small, fast, deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }
}

/// Zipf(s = 1) sampler over ranks 0..n by inverse CDF on cumulative weights.
struct Zipf {
    cdf: Vec<f64>,
}

impl Zipf {
    fn new(n: usize) -> Zipf {
        let mut cdf = Vec::with_capacity(n);
        let mut sum = 0.0;
        for r in 1..=n {
            sum += 1.0 / r as f64;
            cdf.push(sum);
        }
        cdf.iter_mut().for_each(|c| *c /= sum);
        Zipf { cdf }
    }
    fn sample(&self, rng: &mut Rng) -> usize {
        let u = rng.unit();
        self.cdf.partition_point(|&c| c < u).min(self.cdf.len() - 1)
    }
}

const LABELS: [Label; 4] = [Label::Person, Label::Org, Label::Location, Label::Product];

fn entity(rank: usize, rng: &mut Rng) -> ProfileEntity {
    let label = LABELS[rank % 4];
    let canonical = format!("Entity {rank}");
    ProfileEntity {
        key: format!("{}:entity {rank}", label.as_str()),
        label,
        surfaces: vec![canonical.clone()],
        canonical,
        mentions: 1 + (rng.below(6) as u32),
        in_title: false,
        in_lead: false,
        first_pos: 0,
    }
}

/// Article `i` of a corpus of `n`.
fn article(i: usize, n: usize, zipf: &Zipf, rng: &mut Rng) -> ArticleProfile {
    let story = i / 5 + rng.below(3) as usize; // neighbouring stories overlap a little
    let mut srng = Rng(story as u64 * 7919 + 1);
    let day = srng.below(365) as i32 + rng.below(7) as i32;
    let mut entities = Vec::new();
    let mut seen = std::collections::HashSet::new();
    // Story entities live past the Zipf head, in ranks n..2n.
    for _ in 0..2 + rng.below(3) {
        let rank = n + srng.below(n as u64) as usize;
        if seen.insert(rank) {
            entities.push(entity(rank, rng));
        }
    }
    let total = 10 + rng.below(21) as usize;
    while entities.len() < total {
        let rank = zipf.sample(rng);
        if seen.insert(rank) {
            entities.push(entity(rank, rng));
        }
    }
    for (k, e) in entities.iter_mut().enumerate() {
        e.in_title = k < 2;
        e.in_lead = k < 4;
        e.first_pos = k as u32;
    }
    ArticleProfile {
        doc: i as u32,
        doc_id: format!("synthetic-{i:07}"),
        date: Some(corpus::format_day(18628 + day)), // 2021-01-01 + day
        entities,
    }
}

fn cpu_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let field = |n: usize| {
        rest.split_whitespace()
            .nth(n - 3)
            .and_then(|v| v.parse::<f64>().ok())
            .map_or(f64::NAN, |t| t / 100.0)
    };
    field(14) + field(15)
}

fn peak_rss_mb() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find(|l| l.starts_with("VmHWM:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|kb| kb.parse::<f64>().ok())
        .map_or(f64::NAN, |kb| kb / 1024.0)
}

/// One measurement in this process.
fn child(n: usize) {
    let t0 = Instant::now();
    let cpu0 = cpu_seconds();
    let zipf = Zipf::new(n);
    let mut rng = Rng(42);
    let mut builder = CorpusBuilder::new();
    for i in 0..n {
        builder.add(&article(i, n, &zipf, &mut rng));
    }
    drop(zipf);
    // CPU seconds per phase (the machine may be shared: wall time is printed too).
    let mut phases = Vec::new();
    let mut lap = cpu0;
    let mut mark = |name: &str| {
        let now = cpu_seconds();
        phases.push(format!("{name}={:.1}", now - lap));
        lap = now;
    };
    mark("cpu_profiles");
    let corpus = builder.finish();
    mark("cpu_finish");
    let options = CorpusOptions::default();
    // The work of the inverted index: one accumulation per (article, posting) pair.
    let work: u64 = corpus
        .entities
        .iter()
        .map(|e| u64::from(e.articles))
        .filter(|&df| df >= 2 && df as usize <= options.link.max_entity_articles)
        .map(|df| df * df)
        .sum();
    let work = format!("postings_work={:.2e}", work as f64);
    let links = links::build(&corpus, &options.link);
    mark("cpu_links");
    let storylines = storylines::cluster(&corpus, &links, &options.storyline);
    mark("cpu_storylines");
    let result = CorpusResult {
        corpus,
        links: Some(links),
        storylines: Some(storylines),
    };
    let dir = tempfile::tempdir().expect("temporary folder");
    let files =
        write_corpus_tables(dir.path(), TableFormat::Csv, false, &result).expect("tables written");
    mark("cpu_write");
    let bytes: u64 = files
        .iter()
        .map(|f| std::fs::metadata(f).map_or(0, |m| m.len()))
        .sum();
    let links = result.links.as_ref().map_or(0, |l| l.links.len());
    let capped = result.links.as_ref().map_or(0, |l| l.capped_entities);
    let storylines = result.storylines.as_ref().map_or(0, |s| s.len());
    assert_eq!(result.corpus.len(), n, "every article profiled");
    println!(
        "RESULT articles={n} entities={} links={links} capped={capped} storylines={storylines} \
         wall_s={:.1} cpu_s={:.1} rss_mb={:.0} out_mb={:.0} {}",
        result.corpus.entities.len(),
        t0.elapsed().as_secs_f64(),
        cpu_seconds() - cpu0,
        peak_rss_mb(),
        bytes as f64 / 1e6,
        phases.join(" "),
    );
    println!("WORK {work}");
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if let Some(i) = args.iter().position(|a| a == "child") {
        let n = args
            .get(i + 1)
            .and_then(|v| v.parse().ok())
            .expect("child N");
        child(n);
        return;
    }
    let value = |flag: &str| {
        args.iter()
            .position(|a| a == flag)
            .and_then(|i| args.get(i + 1).cloned())
    };
    let threads = value("--threads").unwrap_or_else(|| "2".into());
    let sizes: Vec<usize> = if let Some(s) = value("--sizes") {
        s.split(',').filter_map(|x| x.trim().parse().ok()).collect()
    } else if args.iter().any(|a| a == "--quick") {
        vec![10_000, 30_000]
    } else {
        vec![100_000, 300_000, 1_000_000]
    };
    let exe = std::env::current_exe().expect("own path");
    println!(
        "corpus pass on synthetic profiles, {threads} threads (targets for 1M: ≤ 300 s, ≤ 2048 MB)"
    );
    for n in sizes {
        let out = Command::new(&exe)
            .args(["child", &n.to_string()])
            .env("RAYON_NUM_THREADS", &threads)
            .output()
            .expect("child runs");
        let text = String::from_utf8_lossy(&out.stdout);
        match text.lines().find(|l| l.starts_with("RESULT")) {
            Some(line) => println!("{}", &line[7..]),
            None => {
                eprintln!("child {n} failed: {}", String::from_utf8_lossy(&out.stderr));
                std::process::exit(1);
            }
        }
    }
}
