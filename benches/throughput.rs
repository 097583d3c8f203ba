//! End-to-end throughput and peak memory on ../shared/corpora.
//!
//! `cargo bench --bench throughput` runs, each in a fresh child process so that peak RSS is
//! its own: the full pipeline (ingest + zones + sentences + tokens + recognisers + CSV export)
//! over reuters21578.jsonl on 1 thread (MB/s per core) and on all threads, then the same corpus
//! read 10 times over to show that memory does not grow with corpus size, and bbc_news.jsonl.
//! It asserts what it times: every article of the corpus gets exactly one row. Each run prints
//! wall-clock MB/s and MB per user-CPU second (from /proc/self/stat), which a loaded machine
//! disturbs less. `throughput stages CORPUS` (the bench binary run directly) times zones,
//! sentences and tokens on texts in memory, each stage also alone (its difference from the last).
//!
//! Options (after `--`): `--corpora DIR` (default ../shared/corpora), `--quick` (1× runs only),
//! `--no-gazetteers` (skip loading the gazetteers).

use newsfacts::batch::{self, BatchOptions};
use newsfacts::export::{TableFormat, TableSink};
use newsfacts::ingest::{self, Corpus, IngestOptions};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// User and system CPU seconds of this process so far, all threads (live and ended) included,
/// from /proc/self/stat (fields 14 and 15, in clock ticks; Linux fixes USER_HZ at 100).
fn cpu_seconds() -> (f64, f64) {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The command name (field 2) may hold spaces: count fields after its closing parenthesis.
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    let field = |n: usize| {
        rest.split_whitespace()
            .nth(n - 3)
            .and_then(|v| v.parse::<f64>().ok())
            .map_or(f64::NAN, |t| t / 100.0)
    };
    (field(14), field(15))
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

/// One measurement, in this process: prints a machine-readable line.
fn child(corpus: &Path, scale: usize, threads: usize, gazetteers: bool) {
    let t0 = Instant::now();
    let cpu0 = cpu_seconds();
    let pipeline = if gazetteers {
        newsfacts::pipeline::Pipeline::with_default_gazetteers().expect("gazetteers load")
    } else {
        newsfacts::pipeline::Pipeline::without_gazetteers()
    };
    let startup = t0.elapsed().as_secs_f64();
    let inputs: Vec<String> =
        std::iter::repeat_n(corpus.to_string_lossy().into_owned(), scale).collect();
    let discovery = ingest::discover(&inputs, ingest::Format::Auto);
    let out = tempfile::tempdir().expect("temp dir");
    let sink = Box::new(TableSink::create(out.path(), TableFormat::Csv).expect("sink"));
    let corpus_iter = Corpus::new(discovery.sources, IngestOptions::default());
    let (summary, _) = batch::run(
        corpus_iter,
        &pipeline,
        sink,
        &BatchOptions {
            threads,
            progress: false,
        },
    )
    .expect("batch run");
    let cpu1 = cpu_seconds();
    let (user, sys) = (cpu1.0 - cpu0.0, cpu1.1 - cpu0.1);
    let rows = csv::Reader::from_path(out.path().join("articles.csv"))
        .expect("articles.csv")
        .records()
        .count();
    assert_eq!(rows, summary.articles, "every article has its row");
    assert_eq!(summary.errors, 0, "no errors on the reference corpus");
    println!(
        "RESULT articles={} mb={:.2} seconds={:.3} mbps={:.1} user_s={:.2} sys_s={:.2} user_mbps={:.1} peak_rss_mb={:.1} startup_s={:.3} sentences={} mentions={}",
        summary.articles,
        summary.bytes as f64 / 1e6,
        summary.seconds,
        summary.mb_per_s(),
        user,
        sys,
        summary.bytes as f64 / 1e6 / user,
        peak_rss_mb(),
        startup,
        summary.sentences,
        summary.mentions
    );
}

/// Per-stage throughput on texts already in memory (single thread).
fn stages(corpus: &Path) {
    let texts: Vec<String> = Corpus::new(
        ingest::discover(
            &[corpus.to_string_lossy().into_owned()],
            ingest::Format::Auto,
        )
        .sources,
        IngestOptions::default(),
    )
    .filter_map(Result::ok)
    .map(|a| a.text)
    .collect();
    let mb = texts.iter().map(String::len).sum::<usize>() as f64 / 1e6;
    let meta = newsfacts::model::Meta::default();
    // Each stage runs the ones before it too: print its cumulative user-CPU MB/s and, from the
    // difference with the previous stage, what the stage alone costs (ns/byte and MB/s).
    let previous = std::cell::Cell::new(0.0f64);
    let time = |name: &str, f: &dyn Fn(&str) -> usize| {
        let t = Instant::now();
        let c = cpu_seconds().0;
        let n: usize = texts.iter().map(|t| f(t)).sum();
        let wall = t.elapsed().as_secs_f64();
        let user = cpu_seconds().0 - c;
        let alone = user - previous.replace(user);
        println!(
            "stage {name:<12} {:>8.1} MB/s wall {:>8.1} MB/s user | this stage alone {:>6.1} ns/byte {:>8.1} MB/s  ({n} items)",
            mb / wall,
            mb / user,
            alone * 1e3 / mb,
            mb / alone
        );
    };
    time("zones", &|t| newsfacts::zones::detect(t, &meta).spans.len());
    time("sentences", &|t| {
        let z = newsfacts::zones::detect(t, &meta);
        newsfacts::segment::sentences(t, &z.spans).len()
    });
    time("tokens", &|t| {
        let z = newsfacts::zones::detect(t, &meta);
        let s = newsfacts::segment::sentences(t, &z.spans);
        newsfacts::segment::tokenize(t, &s).len()
    });
    // Linearity: one ~900 KB line full of stops that end no sentence must not be quadratic
    // (a regression check, here rather than in `cargo test`, which holds no timing tests).
    for piece in ["rose 1.5 pct. and ", "He met Dr. ", "Mr. ", "1. ", "U.S. "] {
        let text = piece.repeat(900_000 / piece.len());
        let t = Instant::now();
        let z = newsfacts::zones::detect(&text, &meta);
        let n = newsfacts::segment::sentences(&text, &z.spans).len();
        let s = t.elapsed().as_secs_f64();
        println!(
            "long line {piece:<20} {:>8.1} MB/s  ({n} sentences)",
            text.len() as f64 / 1e6 / s
        );
        assert!(
            s < 2.0,
            "splitting a 900 KB line of {piece:?} took {s:.1} s: not linear"
        );
    }
    // Reset the stage chain: `analyse` repeats zones, sentences and tokens itself.
    previous.set(0.0);
    let pipeline = newsfacts::pipeline::Pipeline::with_default_gazetteers().expect("gazetteers");
    time("analyse", &|t| {
        let a = newsfacts::model::Article {
            text: t.to_string(),
            ..Default::default()
        };
        pipeline.analyse(a).mentions.len()
    });
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    if args.get(1).map(String::as_str) == Some("stages") {
        stages(Path::new(&args[2]));
        return;
    }
    if args.get(1).map(String::as_str) == Some("child") {
        let corpus = PathBuf::from(&args[2]);
        let scale: usize = args[3].parse().expect("scale");
        let threads: usize = args[4].parse().expect("threads");
        let gazetteers = args[5] == "1";
        child(&corpus, scale, threads, gazetteers);
        return;
    }
    let flag = |name: &str| args.iter().any(|a| a == name);
    let corpora = args
        .iter()
        .position(|a| a == "--corpora")
        .and_then(|i| args.get(i + 1))
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/corpora"))
        });
    let reuters = corpora.join("reuters21578.jsonl");
    if !reuters.exists() {
        eprintln!(
            "throughput bench: {} not found; skipping (needs ../shared/corpora)",
            reuters.display()
        );
        return;
    }
    let gazetteers = if flag("--no-gazetteers") { "0" } else { "1" };
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let mut runs = vec![(reuters.clone(), 1, 1), (reuters.clone(), 1, cores)];
    if !flag("--quick") {
        runs.push((reuters.clone(), 10, cores));
        runs.push((corpora.join("bbc_news.jsonl"), 1, 1));
    }
    println!(
        "{:<22} {:>5} {:>7} {:>9} {:>8} {:>8} {:>8} {:>11} {:>10} {:>9}",
        "corpus",
        "scale",
        "threads",
        "articles",
        "MB",
        "MB/s",
        "user s",
        "MB/user-s",
        "peak RSS",
        "startup"
    );
    let exe = std::env::current_exe().expect("current exe");
    for (corpus, scale, threads) in runs {
        let out = Command::new(&exe)
            .args([
                "child",
                &corpus.to_string_lossy(),
                &scale.to_string(),
                &threads.to_string(),
                gazetteers,
            ])
            .output()
            .expect("run child");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let Some(line) = stdout.lines().find(|l| l.starts_with("RESULT")) else {
            eprintln!("child failed: {}", String::from_utf8_lossy(&out.stderr));
            std::process::exit(1);
        };
        let get = |k: &str| {
            line.split_whitespace()
                .find_map(|kv| kv.strip_prefix(&format!("{k}=")))
                .unwrap_or("?")
                .to_string()
        };
        let name = corpus
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        println!(
            "{:<22} {:>4}× {:>7} {:>9} {:>8} {:>8} {:>8} {:>11} {:>7} MB {:>8}s",
            name,
            scale,
            threads,
            get("articles"),
            get("mb"),
            get("mbps"),
            get("user_s"),
            get("user_mbps"),
            get("peak_rss_mb"),
            get("startup_s")
        );
    }
}
