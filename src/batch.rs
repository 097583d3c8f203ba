//! The batch runner: a reader thread, rayon workers over chunks of articles, a writer thread.
//!
//! Articles are read in order and grouped into chunks (bounded by count and bytes); each chunk
//! is analysed in parallel and its results keep input order; a bounded channel hands chunks to
//! the writer thread, which owns the sink, the progress bar and the counters. Memory is a few
//! chunks, whatever the corpus size, and the output is byte-identical for any thread count.
//! Tokens that the sink does not read are freed by the worker ([`Sink::reads_tokens`]), and
//! the writer hands every chunk it has written back, to be freed on the pool too: memory is
//! freed by the threads that allocated most of it, so the allocator reuses it at once, warm in
//! their caches, instead of taking it back across threads. The articles themselves (text, id,
//! metadata) were allocated by the reader thread: the pool sends them back to it, and it frees
//! them before it reads the next chunk. (Freed on a worker, each of their strings was a
//! cross-thread free, and the reader then allocated from blocks that came back cold: ~5% of
//! the CPU cycles of a `--stages sentences` run went to those two.)

use crate::corpus::{CorpusBuilder, CorpusOptions};
use crate::export::Sink;
use crate::model::{Article, InputFailure, Status};
use crate::pipeline::{Outcome, Pipeline};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use rayon::prelude::*;
use std::io;
use std::sync::mpsc::sync_channel;
use std::time::{Duration, Instant};

/// Chunk limits per worker thread, and at most: enough work to keep every core busy, small
/// enough to bound memory. Few threads get small chunks: the analyses of a written chunk are
/// freed on a worker before the next chunk's are made, and the smaller the chunks, the more
/// of that memory is still in cache when it is reused (`-j 1`, 64 instead of 512 articles a
/// chunk: BBC 12% fewer last-level cache misses in callgrind's simulation, Reuters peak memory
/// 118 -> 111 MB).
const CHUNK_ARTICLES_PER_THREAD: usize = 64;
const CHUNK_ARTICLES_MAX: usize = 512;
const CHUNK_BYTES_PER_THREAD: usize = 1024 * 1024;
const CHUNK_BYTES_MAX: usize = 8 * 1024 * 1024;

/// Counters of one run, printed as the closing summary line.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Summary {
    pub articles: usize,
    pub ok: usize,
    pub warnings: usize,
    pub errors: usize,
    pub sentences: usize,
    pub mentions: usize,
    pub bytes: usize,
    pub seconds: f64,
}

impl Summary {
    pub fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.seconds.max(1e-9)
    }

    fn add(&mut self, outcome: &Outcome) {
        self.articles += 1;
        match outcome {
            Outcome::Analysed(a) => {
                self.sentences += a.sentences.len();
                self.mentions += a.mentions.len();
                self.bytes += a.article.text.len();
                match a.status() {
                    Status::Ok => self.ok += 1,
                    Status::Warning => self.warnings += 1,
                    Status::Error => self.errors += 1,
                }
            }
            Outcome::Failed(_) => self.errors += 1,
        }
    }
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} articles ({} ok, {} warnings, {} errors), {} sentences, {} mentions, {:.1} MB in {:.2} s ({:.1} MB/s)",
            self.articles,
            self.ok,
            self.warnings,
            self.errors,
            self.sentences,
            self.mentions,
            self.bytes as f64 / 1e6,
            self.seconds,
            self.mb_per_s()
        )
    }
}

/// Options of a batch run.
pub struct BatchOptions {
    pub threads: usize,
    pub progress: bool,
}

/// Runs the pipeline over `inputs`, writing every outcome to `sink` in input order.
pub fn run<I>(
    inputs: I,
    pipeline: &Pipeline,
    sink: Box<dyn Sink>,
    options: &BatchOptions,
) -> io::Result<(Summary, Vec<std::path::PathBuf>)>
where
    I: Iterator<Item = Result<Article, InputFailure>> + Send,
{
    run_with_corpus(inputs, pipeline, sink, options, None)
}

/// [`run`], plus the corpus pass: the writer thread keeps each article's entity profile, and
/// once the stream ends entities, links and storylines go to the sink ([`Sink::write_corpus`]).
pub fn run_with_corpus<I>(
    inputs: I,
    pipeline: &Pipeline,
    sink: Box<dyn Sink>,
    options: &BatchOptions,
    corpus: Option<CorpusOptions>,
) -> io::Result<(Summary, Vec<std::path::PathBuf>)>
where
    I: Iterator<Item = Result<Article, InputFailure>> + Send,
{
    let started = Instant::now();
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(options.threads)
        .build()
        .map_err(io::Error::other)?;
    let threads = pool.current_num_threads().max(1);
    let chunk_articles = (CHUNK_ARTICLES_PER_THREAD * threads).min(CHUNK_ARTICLES_MAX);
    let chunk_bytes = (CHUNK_BYTES_PER_THREAD * threads).min(CHUNK_BYTES_MAX);
    let bar = progress_bar(options.progress);
    let drop_tokens = !sink.reads_tokens();
    let (chunk_tx, chunk_rx) = sync_channel::<Vec<Result<Article, InputFailure>>>(2);
    let (out_tx, out_rx) = sync_channel::<Vec<Outcome>>(2);
    // Written chunks, back from the writer (unbounded: the loop below drains it every chunk).
    let (back_tx, back_rx) = std::sync::mpsc::channel::<Vec<Outcome>>();
    // Their articles, back to the reader that allocated them (see the module doc); unbounded:
    // the reader drains it every chunk, and the loop below sends at most one batch a chunk.
    let (done_tx, done_rx) = std::sync::mpsc::channel::<Vec<Article>>();

    std::thread::scope(|scope| {
        scope.spawn(move || {
            let mut chunk = Vec::with_capacity(chunk_articles);
            let mut bytes = 0;
            for item in inputs {
                bytes += item.as_ref().map_or(0, |a| a.text.len());
                chunk.push(item);
                if chunk.len() >= chunk_articles || bytes >= chunk_bytes {
                    // Free the written articles here, where they were allocated.
                    done_rx.try_iter().for_each(drop);
                    // The next chunk gets its full capacity at once: grown from empty, it was
                    // reallocated and copied nine times (an article is ~200 bytes).
                    let full = std::mem::replace(&mut chunk, Vec::with_capacity(chunk_articles));
                    if chunk_tx.send(full).is_err() {
                        return; // the writer stopped (e.g. broken pipe)
                    }
                    bytes = 0;
                }
            }
            if !chunk.is_empty() {
                let _ = chunk_tx.send(chunk);
            }
        });

        let bar_w = bar.clone();
        let pool_w = &pool;
        let writer = scope.spawn(move || -> io::Result<(Summary, Vec<std::path::PathBuf>)> {
            let mut sink = sink;
            let mut summary = Summary::default();
            let mut profiles = corpus.as_ref().map(|_| CorpusBuilder::new());
            for outcomes in out_rx {
                for o in &outcomes {
                    sink.write(o)?;
                    if let (Some(b), Outcome::Analysed(a)) = (profiles.as_mut(), o) {
                        b.add_analysis(a);
                    }
                    summary.add(o);
                }
                bar_w.set_position(summary.bytes as u64);
                bar_w.set_message(format!("{} articles", summary.articles));
                let _ = back_tx.send(outcomes);
            }
            if let (Some(options), Some(b)) = (corpus, profiles) {
                bar_w.set_message("linking stories");
                // On the batch's pool, so that `-j` holds for the corpus pass too.
                let result = pool_w.install(|| crate::corpus::run(b.finish(), &options));
                sink.write_corpus(&result)?;
            }
            Ok((summary, sink.finish()?))
        });

        for chunk in chunk_rx {
            let mut written: Vec<Vec<Outcome>> = back_rx.try_iter().collect();
            let outcomes: Vec<Outcome> = pool.install(|| {
                // On a worker (see the module doc), but for the articles, which go back to the
                // reader (when it has finished, the failed send hands them back, dropped here).
                // Taken in place: moving each outcome out of its chunk cost a copy of it.
                let mut articles = Vec::with_capacity(written.iter().map(Vec::len).sum());
                for outcome in written.iter_mut().flatten() {
                    if let Outcome::Analysed(a) = outcome {
                        articles.push(std::mem::take(&mut a.article));
                    }
                }
                drop(written);
                if !articles.is_empty() {
                    let _ = done_tx.send(articles);
                }
                chunk
                    .into_par_iter()
                    .map(|item| {
                        let mut outcome = Outcome::from_input(pipeline, item);
                        if let (true, Outcome::Analysed(a)) = (drop_tokens, &mut outcome) {
                            a.tokens = Vec::new(); // see `Sink::reads_tokens`
                        }
                        outcome
                    })
                    .collect()
            });
            if out_tx.send(outcomes).is_err() {
                break;
            }
        }
        drop(out_tx);
        let result = writer
            .join()
            .unwrap_or_else(|_| Err(io::Error::other("writer thread panicked")));
        bar.finish_and_clear();
        result.map(|(mut s, files)| {
            s.seconds = started.elapsed().as_secs_f64();
            (s, files)
        })
    })
}

fn progress_bar(enabled: bool) -> ProgressBar {
    if !enabled {
        return ProgressBar::hidden();
    }
    let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
    bar.set_style(
        ProgressStyle::with_template(
            "{spinner} {msg} · {bytes} · {binary_bytes_per_sec} · {elapsed}",
        )
        .unwrap_or_else(|_| ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(Duration::from_millis(120));
    bar
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::{Arc, Mutex};

    /// Records the token count of every analysed article it is given.
    struct Recorder {
        reads: bool,
        seen: Arc<Mutex<Vec<usize>>>,
    }

    impl Sink for Recorder {
        fn write(&mut self, outcome: &Outcome) -> io::Result<()> {
            if let Outcome::Analysed(a) = outcome {
                self.seen.lock().expect("lock").push(a.tokens.len());
            }
            Ok(())
        }
        fn finish(self: Box<Self>) -> io::Result<Vec<std::path::PathBuf>> {
            Ok(Vec::new())
        }
        fn reads_tokens(&self) -> bool {
            self.reads
        }
    }

    /// A sink that reads tokens gets them; one that does not gets none, and the rest alike.
    #[test]
    fn tokens_reach_only_sinks_that_read_them() {
        let pipeline = Pipeline::sentences_only();
        let texts = ["Shares rose 5 pct. Analysts cheered.", "", "One more."];
        for (reads, want) in [(true, vec![8, 0, 3]), (false, vec![0, 0, 0])] {
            let seen = Arc::new(Mutex::new(Vec::new()));
            let sink = Box::new(Recorder {
                reads,
                seen: Arc::clone(&seen),
            });
            let inputs = texts.iter().map(|t| {
                Ok(Article {
                    text: t.to_string(),
                    ..Default::default()
                })
            });
            let options = BatchOptions {
                threads: 2,
                progress: false,
            };
            let (summary, _) = run(inputs, &pipeline, sink, &options).expect("batch runs");
            assert_eq!(summary.articles, 3);
            assert_eq!(summary.sentences, 3);
            assert_eq!(*seen.lock().expect("lock"), want, "reads_tokens = {reads}");
        }
    }
}
