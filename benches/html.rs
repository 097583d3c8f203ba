//! Main-content extraction speed on ../shared/eval/html-dev.
//!
//! `cargo bench --bench html` decodes and extracts every page of html-dev, repeated until at
//! least 200 MB of HTML went through (`--mb N` to change), on one thread, and prints MB/s of
//! HTML per user-CPU second (from /proc/self/stat) and per wall second. The target is ≥ 30 MB/s
//! per core. It skips with a message when ../shared is absent (`--dir DIR` for another folder).

use newsfacts::ingest::html::extract_bytes;
use std::path::PathBuf;
use std::time::Instant;

/// User CPU seconds of this process (field 14 of /proc/self/stat, USER_HZ = 100 on Linux).
fn user_seconds() -> f64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    let rest = stat.rsplit_once(')').map_or("", |(_, r)| r);
    rest.split_whitespace()
        .nth(11)
        .and_then(|v| v.parse::<f64>().ok())
        .map_or(f64::NAN, |t| t / 100.0)
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let dir = arg("--dir").map_or_else(
        || PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../shared/eval/html-dev"),
        PathBuf::from,
    );
    let target_mb: f64 = arg("--mb").and_then(|m| m.parse().ok()).unwrap_or(200.0);
    let Ok(entries) = std::fs::read_dir(&dir) else {
        println!("html bench: skipped, {} not found", dir.display());
        return;
    };
    let mut pages: Vec<(PathBuf, Vec<u8>)> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "html" || x == "htm"))
        .filter_map(|p| std::fs::read(&p).ok().map(|b| (p, b)))
        .collect();
    pages.sort();
    let bytes_per_round: usize = pages.iter().map(|(_, b)| b.len()).sum();
    if bytes_per_round == 0 {
        println!("html bench: skipped, no pages in {}", dir.display());
        return;
    }
    let rounds = ((target_mb * 1e6) / bytes_per_round as f64).ceil().max(1.0) as usize;
    let (cpu0, wall) = (user_seconds(), Instant::now());
    let mut text_bytes = 0usize;
    for _ in 0..rounds {
        for (_, page) in &pages {
            let x = extract_bytes(page);
            text_bytes += x.text.len();
        }
    }
    let (cpu, wall) = (user_seconds() - cpu0, wall.elapsed().as_secs_f64());
    let mb = (bytes_per_round * rounds) as f64 / 1e6;
    // What it times: every page gave some text.
    assert!(text_bytes > 0);
    println!(
        "html extraction: {} pages × {rounds} = {mb:.0} MB of HTML → {:.1} MB of text; \
         {:.1} MB/s per user-CPU second, {:.1} MB/s wall (target ≥ 30 MB/s per core)",
        pages.len(),
        text_bytes as f64 / 1e6,
        mb / cpu,
        mb / wall
    );
}
