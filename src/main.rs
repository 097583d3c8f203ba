//! The `newsfacts` command line: parses arguments, calls the library, reports.

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use newsfacts::batch::{self, BatchOptions};
use newsfacts::export::{Sink, StdoutSink, TableFormat, TableSink};
use newsfacts::ingest::{self, Corpus, FieldNames, Format, IngestOptions};
use newsfacts::pipeline::{Pipeline, Stages};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// mimalloc instead of glibc malloc: every article's strings and vectors are allocated on one
/// thread (reader, workers) and freed on another (the writer), a pattern glibc serves with
/// locked arenas and frequent consolidation (malloc and free were ~15% of the perf samples of
/// `extract --stages sentences`; with mimalloc the run takes ~10% less CPU time).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// Turn English news articles into analyst-ready tables.
///
/// Reads plain text, JSON Lines or CSV (optionally .gz), finds page zones, sentences,
/// entities and money, and writes CSV or JSON Lines tables.
#[derive(Parser)]
#[command(name = "newsfacts", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Process articles and write tables (articles, sentences, mentions, money, relations,
    /// then entities, links and storylines across the corpus).
    ///
    /// Examples:
    ///   newsfacts extract corpus --out out
    ///   newsfacts extract news.jsonl.gz --format jsonl --out tables
    ///   cat news.jsonl | newsfacts extract - --out - > records.jsonl
    #[command(verbatim_doc_comment)]
    Extract(Box<ExtractArgs>),

    /// Score entities (and facts, where the gold has relations) against gold files
    /// (GUIDELINE.md JSON Lines or CoNLL-2003 columns).
    ///
    /// Examples:
    ///   newsfacts eval ../shared/eval/news-dev.jsonl --labels PERSON,ORG,LOCATION,MONEY
    ///   newsfacts eval ../shared/eval/conll2003/dev.txt --errors 20
    #[command(verbatim_doc_comment)]
    Eval(EvalArgs),

    /// Score sentence splitting against hand-marked boundaries in real news.
    ///
    /// Example:
    ///   newsfacts eval-sentences tests/data/sentence-gold.jsonl --corpora ../shared/corpora
    #[command(verbatim_doc_comment)]
    EvalSentences(EvalSentencesArgs),

    /// Write a static HTML report (DIR/report/index.html) over the tables in an output folder.
    ///
    /// Example:
    ///   newsfacts report --out out
    #[command(verbatim_doc_comment)]
    Report {
        /// Output folder of `newsfacts extract` (CSV tables).
        #[arg(short, long, default_value = "out", value_name = "DIR")]
        out: PathBuf,
    },
    /// Score story links and storylines against gold clusters (P@1, MAP, purity).
    ///
    /// Example:
    ///   newsfacts eval-links ../shared/eval/linking-dev.jsonl
    #[command(verbatim_doc_comment)]
    EvalLinks(EvalLinksArgs),
    /// Score main-content extraction of HTML pages against their expected content.
    ///
    /// Example:
    ///   newsfacts eval-html ../shared/eval/html-dev
    #[command(verbatim_doc_comment)]
    EvalHtml {
        /// Folder with *.html pages and expected.jsonl.
        #[arg(value_name = "DIR")]
        dir: PathBuf,
        /// Print the report as JSON (with missing and extra text per page).
        #[arg(long)]
        json: bool,
        /// Write each page's extracted text to DUMP/<page>.txt.
        #[arg(long, value_name = "DUMP")]
        dump: Option<PathBuf>,
    },

    /// Gazetteer lists: rebuild them from the public sources.
    #[command(subcommand)]
    Gazetteers(GazetteersCommand),
}

#[derive(Subcommand)]
enum GazetteersCommand {
    /// Regenerate gazetteers/*.tsv from ../shared/gazetteer-sources (reproducible).
    ///
    /// Example:
    ///   newsfacts gazetteers build --sources ../shared/gazetteer-sources --out gazetteers
    #[command(verbatim_doc_comment)]
    Build {
        /// Folder of public name lists, one sub-folder per source with SOURCE.txt and lists/*.tsv.
        #[arg(
            long,
            default_value = "../shared/gazetteer-sources",
            value_name = "DIR"
        )]
        sources: PathBuf,
        /// CoNLL-2003 training split to learn names from (skipped when absent).
        #[arg(
            long,
            default_value = "../shared/eval/conll2003/train.txt",
            value_name = "FILE"
        )]
        conll_train: PathBuf,
        /// Output folder (holds curated/*.tsv, the team's hand-written lists).
        #[arg(long, default_value = "gazetteers", value_name = "DIR")]
        out: PathBuf,
    },
}

#[derive(Args)]
struct EvalArgs {
    /// Gold files.
    #[arg(required = true, value_name = "GOLD")]
    gold: Vec<PathBuf>,
    /// Gold format: auto, jsonl or conll.
    #[arg(long, default_value = "auto", value_name = "FORMAT")]
    gold_format: String,
    /// Comma-separated labels to score (default: the labels present in the gold).
    #[arg(long, value_name = "LABELS")]
    labels: Option<String>,
    /// Treat ORG and APP as one label.
    #[arg(long)]
    merge_org_app: bool,
    /// List this many false positives and false negatives, with context.
    #[arg(long, default_value_t = 0, value_name = "N")]
    errors: usize,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    lists: GazetteerArgs,
}

#[derive(Args)]
struct EvalSentencesArgs {
    /// Sentence gold (JSON Lines of corpus, id and code-point sentence spans).
    #[arg(value_name = "GOLD")]
    gold: PathBuf,
    /// Folder holding the corpora the gold refers to.
    #[arg(long, default_value = "../shared/corpora", value_name = "DIR")]
    corpora: PathBuf,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
}

#[derive(Args)]
struct ExtractArgs {
    /// Files or directories (recursive) to read, or `-` for stdin.
    #[arg(required = true, value_name = "INPUT")]
    inputs: Vec<String>,

    /// Output folder for the tables, or `-` to stream one JSON record per article to stdout.
    #[arg(short, long, default_value = "out", value_name = "DIR")]
    out: String,

    /// Table format.
    #[arg(long, value_enum, default_value_t = TableFormat::Csv)]
    format: TableFormat,

    /// Also write every table into one SQLite database FILE (typed columns, keys, indexes;
    /// raw text). An existing FILE is replaced when the run completes.
    #[arg(long, value_name = "FILE")]
    sqlite: Option<PathBuf>,

    /// Write CSV text cells as they are. By default a text cell that starts with =, +, -, @,
    /// tab or CR gets a leading apostrophe, so that spreadsheets show it instead of running it
    /// as a formula (numeric cells are never changed; JSON Lines and SQLite keep raw text).
    #[arg(long)]
    raw_csv: bool,

    /// Input format; `auto` uses the file extension (.txt/.md, .jsonl/.ndjson/.json, .csv, each optionally .gz).
    #[arg(long, value_enum, default_value_t = Format::Auto)]
    input_format: Format,

    /// Worker threads (default: all cores).
    #[arg(short = 'j', long, value_name = "N")]
    threads: Option<usize>,

    /// Exit 0 even when some inputs failed (their rows still say why).
    #[arg(long)]
    keep_going: bool,

    /// Also write each article's text (for HTML: the extracted text that offsets refer to) to
    /// OUT/text/<id>.txt (the id made a safe relative path: see `ingest::html::text_path`).
    #[arg(long)]
    keep_text: bool,

    /// No progress bar and no summary line.
    #[arg(short, long)]
    quiet: bool,

    /// Also write co_mentions (entity pairs named in one sentence; tables only, not `--out -`).
    #[arg(long)]
    co_mentions: bool,
    /// Stages to run. `sentences`: zones, sentences and tokens only (no gazetteers are
    /// loaded; mentions.csv, money.csv and relations.csv are written with their header only).
    #[arg(long, value_enum, default_value_t = Stages::All, value_name = "STAGES")]
    stages: Stages,

    /// Articles longer than this many bytes are cut, with a warning on their row.
    #[arg(long, default_value_t = ingest::DEFAULT_MAX_ARTICLE_BYTES, value_name = "BYTES")]
    max_article_bytes: usize,

    /// After extraction, write the HTML report into OUT/report/ (CSV tables only).
    #[arg(long)]
    report: bool,

    #[command(flatten)]
    fields: FieldArgs,

    #[command(flatten)]
    lists: GazetteerArgs,

    /// Analyst entity merges (TSV: entity_id_a, entity_id_b, same|different): `same` gives
    /// both the smaller id, `different` forbids merging their mentions within an article.
    #[arg(long = "merge", value_name = "FILE.tsv")]
    merge: Option<PathBuf>,
    #[command(flatten)]
    links: LinkArgs,
}

/// Corpus pass: entities.csv, links.csv, storylines.csv.
#[derive(Args)]
struct LinkArgs {
    /// Skip story links and storylines (entities.csv is still written).
    #[arg(long)]
    no_links: bool,
    /// Links kept per article (its best partners).
    #[arg(long, default_value_t = newsfacts::corpus::links::DEFAULT_LINKS_PER_ARTICLE, value_name = "K")]
    links_per_article: usize,
    /// Minimum link score (0–1, a cosine over shared entities).
    #[arg(long, default_value_t = newsfacts::corpus::links::DEFAULT_MIN_LINK_SCORE, value_name = "S")]
    min_link_score: f32,
    /// Entities in more articles than this are too common to link stories (capped).
    #[arg(long, default_value_t = newsfacts::corpus::links::DEFAULT_MAX_ENTITY_ARTICLES, value_name = "N")]
    max_entity_articles: usize,
    /// Time scale of links in days: dated articles N days apart score N/(N+gap), an undated one
    /// ½ (as if N days apart); 0 turns it off.
    #[arg(long, default_value_t = newsfacts::corpus::links::DEFAULT_TIME_SCALE_DAYS, value_name = "DAYS")]
    link_days: f32,
    /// Minimum link score that puts two articles in one storyline.
    #[arg(long, default_value_t = newsfacts::corpus::storylines::DEFAULT_STORYLINE_MIN_SCORE, value_name = "S")]
    storyline_score: f32,
    /// Dated articles of one storyline span at most N days.
    #[arg(long, value_name = "N")]
    storyline_days: Option<u32>,
}

impl LinkArgs {
    fn options(&self) -> newsfacts::corpus::CorpusOptions {
        use newsfacts::corpus::{CorpusOptions, LinkOptions, StorylineOptions};
        CorpusOptions {
            links: !self.no_links,
            link: LinkOptions {
                per_article: self.links_per_article,
                min_score: self.min_link_score,
                max_entity_articles: self.max_entity_articles,
                time_scale_days: (self.link_days > 0.0).then_some(self.link_days),
                ..Default::default()
            },
            storyline: StorylineOptions {
                min_score: self.storyline_score,
                days: self.storyline_days,
                ..Default::default()
            },
        }
    }
}

#[derive(Args)]
struct EvalLinksArgs {
    /// Gold articles (JSON Lines with id, cluster, text, optional title and date).
    #[arg(value_name = "GOLD")]
    gold: PathBuf,
    /// Print the report as JSON.
    #[arg(long)]
    json: bool,
    #[command(flatten)]
    lists: GazetteerArgs,
    #[command(flatten)]
    links: LinkArgs,
}

/// Gazetteer lists.
#[derive(Args)]
struct GazetteerArgs {
    /// Extra gazetteer list (TSV: name, canonical, label, subtype, id, source); repeatable.
    /// Entries with the same name and label override the built-in ones.
    #[arg(long = "gazetteer", value_name = "FILE.tsv")]
    gazetteers: Vec<PathBuf>,
    /// Do not load the built-in gazetteers (only --gazetteer lists are used).
    #[arg(long)]
    no_default_gazetteers: bool,
}

impl GazetteerArgs {
    fn pipeline(&self) -> Result<Pipeline> {
        Pipeline::with_gazetteers(&self.gazetteers, !self.no_default_gazetteers)
            .context("cannot load gazetteers")
    }
}

/// Field names of JSON Lines records and CSV columns.
#[derive(Args)]
struct FieldArgs {
    /// Field (JSONL) or column (CSV) holding the article id.
    #[arg(long, alias = "id-column", default_value = "id", value_name = "NAME")]
    id_field: String,
    /// Field or column holding the article text.
    #[arg(
        long,
        alias = "text-column",
        default_value = "text",
        value_name = "NAME"
    )]
    text_field: String,
    /// Field or column holding the title.
    #[arg(
        long,
        alias = "title-column",
        default_value = "title",
        value_name = "NAME"
    )]
    title_field: String,
    /// Field or column holding the date.
    #[arg(
        long,
        alias = "date-column",
        default_value = "date",
        value_name = "NAME"
    )]
    date_field: String,
    /// Field or column holding the URL.
    #[arg(long, alias = "url-column", default_value = "url", value_name = "NAME")]
    url_field: String,
    /// Field or column holding the source (publisher).
    #[arg(
        long,
        alias = "source-column",
        default_value = "source",
        value_name = "NAME"
    )]
    source_field: String,
    /// JSON Lines field holding a web page (used when the text field is absent).
    #[arg(long, default_value = "html", value_name = "NAME")]
    html_field: String,
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let result = match cli.command {
        Command::Extract(args) => extract(*args),
        Command::Eval(args) => eval(args),
        Command::EvalSentences(args) => eval_sentences(args),
        Command::Report { out } => report(&out, false).map(|()| ExitCode::SUCCESS),
        Command::EvalLinks(args) => eval_links(args),
        Command::EvalHtml { dir, json, dump } => eval_html(&dir, json, dump.as_deref()),
        Command::Gazetteers(GazetteersCommand::Build {
            sources,
            conll_train,
            out,
        }) => {
            let conll = conll_train.exists().then_some(conll_train.as_path());
            newsfacts::gazetteer::build::build(&sources, conll, &out).map(|report| {
                println!("{report}");
                ExitCode::SUCCESS
            })
        }
    };
    match result {
        Ok(code) => code,
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("newsfacts: error: {}", error_message(&e));
            ExitCode::from(2)
        }
    }
}

/// The error and its causes, "outer: cause: …", leaving out a cause whose text the message
/// already holds (our errors write their source into their own text: "x.jsonl: No such
/// file" would otherwise repeat it).
fn error_message(e: &anyhow::Error) -> String {
    let mut message = String::new();
    for cause in e.chain() {
        let text = cause.to_string();
        if message.is_empty() {
            message = text;
        } else if !message.contains(&text) {
            message.push_str(": ");
            message.push_str(&text);
        }
    }
    message
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn extract(args: ExtractArgs) -> Result<ExitCode> {
    anyhow::ensure!(
        !args.report || (args.out != "-" && args.format == TableFormat::Csv),
        "--report needs CSV tables in an output folder (not --out - or --format jsonl)"
    );
    let f = args.fields;
    let options = IngestOptions {
        format: args.input_format,
        fields: FieldNames {
            id: f.id_field,
            text: f.text_field,
            title: f.title_field,
            date: f.date_field,
            url: f.url_field,
            source: f.source_field,
            html: f.html_field,
        },
        max_article_bytes: args.max_article_bytes,
    };
    let discovery = ingest::discover(&args.inputs, args.input_format);
    if !args.quiet {
        if let Some(first) = discovery.skipped.first() {
            eprintln!(
                "newsfacts: skipped {} file(s) with unknown extensions, e.g. {first}",
                discovery.skipped.len()
            );
        }
    }
    let merges = match &args.merge {
        Some(path) => {
            newsfacts::resolve::MergeRules::load(path).context("cannot load merge rules")?
        }
        None => Default::default(),
    };
    let pipeline = match args.stages {
        Stages::All => args.lists.pipeline()?,
        Stages::Sentences => Pipeline::sentences_only(),
    }
    .with_merge_rules(merges);
    let to_stdout = args.out == "-";
    let sink: Box<dyn Sink> = if to_stdout {
        Box::new(StdoutSink::new())
    } else {
        let dir = PathBuf::from(&args.out);
        let mut sink = TableSink::create_with(&dir, args.format, args.raw_csv)
            .with_context(|| format!("cannot write to {}", dir.display()))?;
        if args.co_mentions {
            sink = sink
                .with_co_mentions(&dir, args.format, args.raw_csv)
                .with_context(|| format!("cannot write to {}", dir.display()))?;
        }
        Box::new(sink)
    };
    let sink = with_sqlite(sink, args.sqlite.as_deref())?;
    let threads = args
        .threads
        .unwrap_or_else(|| std::thread::available_parallelism().map_or(1, |n| n.get()));
    let batch_options = BatchOptions {
        threads: threads.max(1),
        progress: !args.quiet && std::io::stderr().is_terminal(),
    };
    let corpus = Corpus::new(discovery.sources, options);
    let keep_text = (args.keep_text && !to_stdout).then(|| PathBuf::from(&args.out));
    if args.keep_text && to_stdout {
        eprintln!("newsfacts: --keep-text ignored with --out - (the records hold the text)");
    }
    let corpus = corpus.map(move |item| {
        let Some(dir) = &keep_text else {
            return item;
        };
        let mut article = item?;
        let path = dir.join(ingest::html::text_path(&article.id));
        let written = path
            .parent()
            .map_or(Ok(()), std::fs::create_dir_all)
            .and_then(|()| std::fs::write(&path, &article.text));
        if let Err(e) = written {
            article
                .warnings
                .push(format!("--keep-text: cannot write {}: {e}", path.display()));
        }
        Ok(article)
    });
    // The corpus tables need a folder (`--out -` streams records only) and entities: without
    // them the pass would only hold one row per article in memory for nothing.
    let corpus_out = (!to_stdout && args.stages == Stages::All).then(|| args.links.options());
    let (summary, files) =
        batch::run_with_corpus(corpus, &pipeline, sink, &batch_options, corpus_out)?;
    // The gazetteer is hundreds of thousands of small allocations: the process is about to
    // exit, so let the OS reclaim them instead of freeing them one by one.
    std::mem::forget(pipeline);
    let stale = if to_stdout {
        Vec::new()
    } else {
        newsfacts::export::remove_stale_tables(Path::new(&args.out), &files)
    };
    if !args.quiet {
        let dest = if to_stdout {
            "stdout".to_string()
        } else {
            args.out.clone()
        };
        eprintln!("newsfacts: {summary} → {dest}");
        if !files.is_empty() {
            let names: Vec<String> = files
                .iter()
                .filter_map(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
                .collect();
            eprintln!("newsfacts: wrote {}", names.join(", "));
        }
        if !stale.is_empty() {
            eprintln!(
                "newsfacts: removed tables left by an earlier run: {}",
                stale.join(", ")
            );
        }
    }
    if args.report {
        report(std::path::Path::new(&args.out), args.quiet)?;
    }
    Ok(if summary.errors > 0 && !args.keep_going {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

/// `--sqlite FILE`: the database is written beside the other sink.
#[cfg(feature = "sqlite")]
fn with_sqlite(sink: Box<dyn Sink>, path: Option<&Path>) -> Result<Box<dyn Sink>> {
    let Some(path) = path else {
        return Ok(sink);
    };
    let db = newsfacts::export::sqlite::SqliteWriter::create(path)
        .with_context(|| format!("cannot create {}", path.display()))?;
    Ok(Box::new(newsfacts::export::TeeSink::new(vec![
        sink,
        Box::new(db),
    ])))
}

#[cfg(not(feature = "sqlite"))]
fn with_sqlite(sink: Box<dyn Sink>, path: Option<&Path>) -> Result<Box<dyn Sink>> {
    match path {
        Some(_) => {
            anyhow::bail!("--sqlite: this build has no SQLite support (cargo feature `sqlite`)")
        }
        None => Ok(sink),
    }
}

/// Writes DIR/report/ and says where it is.
fn report(dir: &std::path::Path, quiet: bool) -> Result<()> {
    let summary = newsfacts::report::write_report(dir)
        .with_context(|| format!("cannot write the report for {}", dir.display()))?;
    if !quiet {
        for w in summary.warnings.iter().take(10) {
            eprintln!("newsfacts: report: {w}");
        }
        if summary.warnings.len() > 10 {
            eprintln!(
                "newsfacts: report: … {} more warnings",
                summary.warnings.len() - 10
            );
        }
        let graph = summary.graph_nodes.map_or("no links.csv".to_string(), |n| {
            format!("{n} in the link graph")
        });
        eprintln!(
            "newsfacts: report: {} articles, {} entities, {graph} → {}",
            summary.articles,
            summary.entities,
            summary.dir.join("index.html").display()
        );
    }
    Ok(())
}

fn eval(args: EvalArgs) -> Result<ExitCode> {
    use newsfacts::eval::{self, EvalOptions, GoldFormat};
    let format: GoldFormat = args.gold_format.parse().map_err(anyhow::Error::msg)?;
    let labels = args
        .labels
        .as_deref()
        .map(eval::parse_labels)
        .transpose()
        .map_err(anyhow::Error::msg)?;
    let options = EvalOptions {
        labels,
        merge_org_app: args.merge_org_app,
        show_errors: args.errors,
        format,
    };
    let pipeline = args.lists.pipeline()?;
    // All gold files are scored together: one report over every document.
    let mut docs = Vec::new();
    // Relation gold sets (CoNLL04, FIRE) carry facts only: they are not scored for entities.
    let mut relation_docs = Vec::new();
    for path in &args.gold {
        if eval::is_relation_gold(path) {
            relation_docs.extend(eval::load_relation_gold(path)?);
        } else {
            docs.extend(eval::load_gold(path, format)?);
        }
    }
    let report = (!docs.is_empty() || relation_docs.is_empty())
        .then(|| eval::evaluate(&pipeline, &docs, &options));
    docs.append(&mut relation_docs);
    let facts = eval::evaluate_facts(&pipeline, &docs, args.errors);
    let coref = eval::evaluate_coref(&pipeline, &docs, args.errors);
    if args.json {
        let both = serde_json::json!({ "entities": report, "facts": facts, "resolution": coref });
        println!("{}", serde_json::to_string_pretty(&both)?);
    } else {
        if let Some(report) = report {
            println!("{report}");
        }
        if let Some(facts) = facts {
            println!("{facts}");
        }
        if let Some(coref) = coref {
            println!("{coref}");
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn eval_html(
    dir: &std::path::Path,
    json: bool,
    dump: Option<&std::path::Path>,
) -> Result<ExitCode> {
    if let Some(d) = dump {
        std::fs::create_dir_all(d).with_context(|| format!("cannot create {}", d.display()))?;
    }
    let report = newsfacts::eval::html::evaluate_html(dir, dump)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!("{report}");
    }
    Ok(ExitCode::SUCCESS)
}

fn eval_sentences(args: EvalSentencesArgs) -> Result<ExitCode> {
    let pipeline = Pipeline::without_gazetteers();
    let report = newsfacts::eval::evaluate_sentences(&pipeline, &args.gold, &args.corpora)?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!("{report}");
    }
    Ok(ExitCode::SUCCESS)
}

fn eval_links(args: EvalLinksArgs) -> Result<ExitCode> {
    use newsfacts::eval::links::{evaluate_links, load_link_gold};
    let docs = load_link_gold(&args.gold)?;
    let pipeline = args.lists.pipeline()?;
    let report = evaluate_links(&pipeline, &docs, &args.links.options());
    if args.json {
        println!("{}", serde_json::to_string_pretty(&report)?);
    } else {
        println!("{report}");
    }
    Ok(ExitCode::SUCCESS)
}
