//! End-to-end throughput and peak memory on ../shared/corpora.
//!
//! `cargo bench --bench throughput` runs the real `newsfacts extract` binary, each run in a
//! fresh child process, and takes the child's own CPU time and peak RSS from `wait4` (so the
//! numbers are the child's alone, whatever else the machine runs). It reports:
//! - `--stages sentences` (ingest + zones + sentences + tokens + CSV export) on
//!   reuters21578.jsonl: 1 thread, all threads, and the file read 10 times over (streamed: the
//!   same path given 10 times, nothing materialised) to show that memory does not grow;
//! - `--stages all` (every stage, built-in gazetteers) on 1 thread (unless `--quick`).
//!
//! MB/s per core is MB divided by the child's user + system CPU seconds (all its threads:
//! reader, workers, writer); wall MB/s is disturbed by other load on a shared machine. MB are
//! given two ways: article text (what the summary line counts) and the input file's bytes.
//! Each run asserts that every article got exactly one row in articles.csv.
//!
//! The 1-thread foundation run (the figure of issue #2, >= 100 file MB/s per core) is run
//! `--runs N` times (default 5), each run printed, then summarised as min, median and max of
//! file and text MB/s per core and of peak RSS: CPU time on a shared machine spreads by a
//! third from run to run, and one run's number says little. The other runs are run once.
//! `throughput stages CORPUS [--foundation]` (the bench binary run directly) times zones,
//! sentences and tokens on texts in memory, each stage also alone (its difference from the
//! last), then the whole `analyse` (not with `--foundation`).
//!
//! Options (after `--`): `--corpora DIR` (default ../shared/corpora), `--quick` (foundation
//! 1× runs only), `--no-gazetteers` (the `all` run without the built-in gazetteers),
//! `--runs N` (repeats of the 1-thread foundation run; default 5).

use newsfacts::ingest::{self, Corpus, IngestOptions};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

/// User CPU seconds of this process so far (for the in-process `stages` timings).
fn cpu_seconds() -> f64 {
    // SAFETY: getrusage only writes the struct it is given.
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut ru) };
    tv(ru.ru_utime)
}

fn tv(t: libc::timeval) -> f64 {
    t.tv_sec as f64 + t.tv_usec as f64 / 1e6
}

/// What one child run measured.
struct Run {
    wall_s: f64,
    user_s: f64,
    sys_s: f64,
    peak_rss_mb: f64,
    text_mb: f64,
    articles: usize,
    rows: usize,
}

/// Runs `newsfacts extract` on `corpus` given `scale` times; CPU and peak RSS from `wait4`.
fn run_child(corpus: &Path, scale: usize, threads: usize, stages: &str, gazetteers: bool) -> Run {
    let out = tempfile::tempdir().expect("temp dir");
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_newsfacts"));
    cmd.arg("extract");
    for _ in 0..scale {
        cmd.arg(corpus);
    }
    cmd.args(["--stages", stages, "-j", &threads.to_string(), "--out"])
        .arg(out.path())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    if !gazetteers {
        cmd.arg("--no-default-gazetteers");
    }
    let t0 = Instant::now();
    // Reaped by wait4 below (for its rusage), not by Child::wait.
    #[allow(clippy::zombie_processes)]
    let mut child = cmd.spawn().expect("run newsfacts");
    let mut stderr = String::new();
    if let Some(mut e) = child.stderr.take() {
        e.read_to_string(&mut stderr).expect("child stderr");
    }
    // SAFETY: wait4 on our own child's pid, with structs it only writes; `child` is not
    // waited on again (dropping a Child does not wait).
    let mut status = 0;
    let mut ru: libc::rusage = unsafe { std::mem::zeroed() };
    let pid = unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut ru) };
    let wall_s = t0.elapsed().as_secs_f64();
    assert!(
        pid > 0 && libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "newsfacts failed (status {status}): {stderr}"
    );
    // The summary line: "N articles (…), … sentences, … mentions, X MB in S s (…)".
    let summary = stderr
        .lines()
        .find(|l| l.contains(" articles ("))
        .unwrap_or_else(|| panic!("no summary line in: {stderr}"));
    let number_before = |unit: &str| -> f64 {
        let head = &summary[..summary.find(unit).unwrap_or(0)];
        head.rsplit([' ', ':'])
            .find(|w| !w.is_empty())
            .and_then(|w| w.parse().ok())
            .unwrap_or(f64::NAN)
    };
    let rows = csv::Reader::from_path(out.path().join("articles.csv"))
        .expect("articles.csv")
        .records()
        .count();
    Run {
        wall_s,
        user_s: tv(ru.ru_utime),
        sys_s: tv(ru.ru_stime),
        peak_rss_mb: ru.ru_maxrss as f64 / 1024.0,
        text_mb: number_before(" MB in"),
        articles: number_before(" articles (") as usize,
        rows,
    }
}

/// Per-stage throughput on texts already in memory (single thread); with `foundation_only`,
/// without the full `analyse` (whose gazetteers take seconds to load).
fn stages(corpus: &Path, foundation_only: bool) {
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
        let c = cpu_seconds();
        let n: usize = texts.iter().map(|t| f(t)).sum();
        let wall = t.elapsed().as_secs_f64();
        let user = cpu_seconds() - c;
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
    if foundation_only {
        return;
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
        let Some(corpus) = args.get(2) else {
            eprintln!("usage: throughput stages CORPUS [--foundation]");
            return;
        };
        stages(Path::new(corpus), args.iter().any(|a| a == "--foundation"));
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
    let file_mb = std::fs::metadata(&reuters).map_or(f64::NAN, |m| m.len() as f64 / 1e6);
    let cores = std::thread::available_parallelism().map_or(1, |n| n.get());
    let repeats = match args.iter().position(|a| a == "--runs") {
        Some(i) => match args.get(i + 1).and_then(|n| n.parse::<usize>().ok()) {
            Some(n) if n > 0 => n,
            _ => {
                eprintln!("throughput bench: --runs takes a count of 1 or more");
                std::process::exit(2);
            }
        },
        None => 5,
    };
    // (stages, scale, threads, repeats)
    let mut runs = vec![("sentences", 1, 1, repeats), ("sentences", 1, cores, 1)];
    if !flag("--quick") {
        runs.push(("sentences", 10, 1, 1));
        runs.push(("all", 1, 1, 1));
    }
    println!(
        "{:<10} {:>5} {:>7} {:>9} {:>8} {:>8} {:>8} {:>7} {:>14} {:>14} {:>10}",
        "stages",
        "scale",
        "threads",
        "articles",
        "text MB",
        "file MB",
        "wall s",
        "CPU s",
        "text MB/s/core",
        "file MB/s/core",
        "peak RSS"
    );
    for (stages, scale, threads, repeats) in runs {
        // Per repeat: (file MB/s/core, text MB/s/core, peak RSS MB).
        let mut seen: Vec<(f64, f64, f64)> = Vec::with_capacity(repeats);
        for _ in 0..repeats {
            let r = run_child(&reuters, scale, threads, stages, !flag("--no-gazetteers"));
            assert_eq!(r.rows, r.articles, "every article has its row");
            let cpu = r.user_s + r.sys_s;
            let fmb = file_mb * scale as f64;
            println!(
                "{:<10} {:>4}× {:>7} {:>9} {:>8.1} {:>8.1} {:>8.2} {:>7.2} {:>14.1} {:>14.1} {:>7.1} MB",
                stages,
                scale,
                threads,
                r.articles,
                r.text_mb,
                fmb,
                r.wall_s,
                cpu,
                r.text_mb / cpu,
                fmb / cpu,
                r.peak_rss_mb
            );
            println!(
                "{:<10}        wall: {:.1} text MB/s, {:.1} file MB/s; CPU {:.2} user + {:.2} sys",
                "",
                r.text_mb / r.wall_s,
                fmb / r.wall_s,
                r.user_s,
                r.sys_s
            );
            seen.push((fmb / cpu, r.text_mb / cpu, r.peak_rss_mb));
        }
        if repeats > 1 {
            let (file, text, rss) = (
                spread(seen.iter().map(|s| s.0)),
                spread(seen.iter().map(|s| s.1)),
                spread(seen.iter().map(|s| s.2)),
            );
            println!(
                "{stages:<10} {threads} thread(s), {repeats} runs (min / median / max): \
                 file MB/s/core {:.1} / {:.1} / {:.1}; text MB/s/core {:.1} / {:.1} / {:.1}; \
                 peak RSS {:.1} / {:.1} / {:.1} MB",
                file.0, file.1, file.2, text.0, text.1, text.2, rss.0, rss.1, rss.2
            );
        }
    }
}

/// Min, median and max of some numbers (the median of an even count is the mean of the
/// middle two).
fn spread(values: impl Iterator<Item = f64>) -> (f64, f64, f64) {
    let mut v: Vec<f64> = values.collect();
    v.sort_by(f64::total_cmp);
    let n = v.len();
    if n == 0 {
        return (f64::NAN, f64::NAN, f64::NAN);
    }
    let median = if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    };
    (v[0], median, v[n - 1])
}
