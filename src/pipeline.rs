//! Wires the per-article stages: zones → sentences → tokens → recognise → resolve → facts.
//!
//! A [`Pipeline`] is immutable and shared by all worker threads; [`Pipeline::analyse`] is a
//! pure function of one article, so results do not depend on thread count or order.

use crate::gazetteer::{Gazetteer, GazetteerError};
use crate::model::{Analysis, Article, InputFailure};
use crate::recognise::Recogniser;
use crate::resolve::{self, MergeRules};
use crate::{facts, segment, zones};
use std::path::PathBuf;
use std::sync::Arc;

/// What became of one input: analysed, or a failure that still gets its row.
// One value per article, moved once from worker to writer: boxing the large variant would
// only add an allocation per article.
#[allow(clippy::large_enum_variant)]
#[derive(Debug)]
pub enum Outcome {
    Analysed(Analysis),
    Failed(InputFailure),
}

impl Outcome {
    pub fn from_input(pipeline: &Pipeline, input: Result<Article, InputFailure>) -> Outcome {
        match input {
            Ok(article) => Outcome::Analysed(pipeline.analyse(article)),
            Err(f) => Outcome::Failed(f),
        }
    }
}

/// The per-article pipeline.
pub struct Pipeline {
    recogniser: Recogniser,
    /// Analyst merge rules for entity resolution (`--merge`); empty by default.
    merges: Arc<MergeRules>,
}

impl Pipeline {
    pub fn new(recogniser: Recogniser) -> Pipeline {
        Pipeline {
            recogniser,
            merges: Arc::default(),
        }
    }

    /// The same pipeline, resolving entities with these analyst merge rules.
    pub fn with_merge_rules(mut self, merges: MergeRules) -> Pipeline {
        self.merges = Arc::new(merges);
        self
    }

    /// Zones, sentences and tokens, plus value mentions; no gazetteers loaded.
    pub fn without_gazetteers() -> Pipeline {
        Pipeline::new(Recogniser::without_gazetteers())
    }

    /// The full pipeline with the built-in gazetteers.
    pub fn with_default_gazetteers() -> Result<Pipeline, GazetteerError> {
        Pipeline::with_gazetteers(&[], true)
    }

    /// The full pipeline with user lists (TSV) on top of, or instead of, the built-in lists.
    pub fn with_gazetteers(
        user_lists: &[PathBuf],
        builtin: bool,
    ) -> Result<Pipeline, GazetteerError> {
        let gazetteer = Gazetteer::load(user_lists, builtin)?;
        Ok(Pipeline::new(Recogniser::new(Arc::new(gazetteer))))
    }

    pub fn recogniser(&self) -> &Recogniser {
        &self.recogniser
    }

    /// Runs every stage on one article.
    pub fn analyse(&self, mut article: Article) -> Analysis {
        let zoning = zones::detect(&article.text, &article.meta);
        // Input metadata wins; the page fills the gaps (byline author, dateline date, title line).
        let meta = &mut article.meta;
        if meta.title.is_none() {
            meta.title = zoning.meta.title;
        }
        if meta.author.is_none() {
            meta.author = zoning.meta.author;
        }
        if meta.date.is_none() {
            meta.date = zoning.meta.date;
        }
        let sentences = segment::sentences(&article.text, &zoning.spans);
        let tokens = segment::tokenize(&article.text, &sentences);
        let mut mentions = self
            .recogniser
            .recognise(&article.text, &sentences, &tokens);
        let entities = resolve::resolve(
            &mut mentions,
            self.recogniser.gazetteer(),
            &article.text,
            &self.merges,
        );
        let facts = facts::extract(
            &article.text,
            &sentences,
            &tokens,
            &mentions,
            self.recogniser.gazetteer(),
        );
        Analysis {
            article,
            zones: zoning.spans,
            sentences,
            tokens,
            mentions,
            entities,
            facts,
        }
    }
}
