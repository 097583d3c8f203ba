//! The `newsfacts` command line: parses arguments, calls the library, reports.

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand};
use newsfacts::batch::{self, BatchOptions};
use newsfacts::export::{Sink, StdoutSink, TableFormat, TableSink};
use newsfacts::ingest::{self, Corpus, FieldNames, Format, IngestOptions};
use newsfacts::pipeline::Pipeline;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

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
    /// Process articles and write tables (articles, sentences, mentions, money, relations).
    ///
    /// Examples:
    ///   newsfacts extract corpus --out out
    ///   newsfacts extract news.jsonl.gz --format jsonl --out tables
    ///   cat news.jsonl | newsfacts extract - --out - > records.jsonl
    #[command(verbatim_doc_comment)]
    Extract(ExtractArgs),

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

    /// Articles longer than this many bytes are cut, with a warning on their row.
    #[arg(long, default_value_t = ingest::DEFAULT_MAX_ARTICLE_BYTES, value_name = "BYTES")]
    max_article_bytes: usize,

    #[command(flatten)]
    fields: FieldArgs,

    #[command(flatten)]
    lists: GazetteerArgs,
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
        Command::Extract(args) => extract(args),
        Command::Eval(args) => eval(args),
        Command::EvalSentences(args) => eval_sentences(args),
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
            eprintln!("newsfacts: error: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}

fn extract(args: ExtractArgs) -> Result<ExitCode> {
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
    let pipeline = args.lists.pipeline()?;
    let to_stdout = args.out == "-";
    let sink: Box<dyn Sink> = if to_stdout {
        Box::new(StdoutSink::new())
    } else {
        let dir = PathBuf::from(&args.out);
        Box::new(
            TableSink::create(&dir, args.format)
                .with_context(|| format!("cannot write to {}", dir.display()))?,
        )
    };
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
    let (summary, files) = batch::run(corpus, &pipeline, sink, &batch_options)?;
    // The gazetteer is hundreds of thousands of small allocations: the process is about to
    // exit, so let the OS reclaim them instead of freeing them one by one.
    std::mem::forget(pipeline);
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
    }
    Ok(if summary.errors > 0 && !args.keep_going {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
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
    for path in &args.gold {
        docs.extend(eval::load_gold(path, format)?);
    }
    let report = eval::evaluate(&pipeline, &docs, &options);
    let facts = eval::evaluate_facts(&pipeline, &docs, args.errors);
    if args.json {
        let both = serde_json::json!({ "entities": report, "facts": facts });
        println!("{}", serde_json::to_string_pretty(&both)?);
    } else {
        println!("{report}");
        if let Some(facts) = facts {
            println!("{facts}");
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
