//! newsfacts: English news articles in, analyst-ready tables out.
//!
//! ```text
//! ingest ──► Article ──► zones ──► segment (sentences, tokens) ──► recognise ──► Analysis ──► export
//! ```
//!
//! Each stage is a plain module with typed inputs and outputs; [`pipeline::Pipeline`] only wires
//! them. The article text is never rewritten: every zone, sentence, token and mention is a byte
//! span inside Rust and a Unicode code-point span in the exported tables.
//!
//! ```
//! use newsfacts::{pipeline::Pipeline, model::Article};
//! let pipeline = Pipeline::without_gazetteers();
//! let article = Article { id: "a1".into(), text: "Talks resume. Both sides met on Monday.".into(), ..Default::default() };
//! let analysis = pipeline.analyse(article);
//! assert_eq!(analysis.sentences.len(), 2);
//! ```

pub mod batch;
pub mod corpus;
pub mod dates;
pub mod eval;
pub mod export;
pub mod facts;
pub mod gazetteer;
pub mod ingest;
pub mod model;
pub mod offsets;
pub mod pipeline;
pub mod recognise;
pub mod report;
pub mod resolve;
pub mod segment;
mod simd;
pub mod zones;

pub use model::{Analysis, Article, Label, Mention, Money, Sentence, Zone};
pub use pipeline::Pipeline;
