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
            Ok(article) => {
                let (id, source_path) = (article.id.clone(), article.source_path.clone());
                Outcome::guarded(id, source_path, || pipeline.analyse(article))
            }
            Err(f) => Outcome::Failed(f),
        }
    }

    /// Runs `analyse`; a panic (a bug on some unforeseen text) fails this article only, with a
    /// row that says so, instead of stopping the batch.
    fn guarded(id: String, source_path: String, analyse: impl FnOnce() -> Analysis) -> Outcome {
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(analyse)) {
            Ok(analysis) => Outcome::Analysed(analysis),
            Err(panic) => {
                let what = panic
                    .downcast_ref::<&str>()
                    .map(|s| s.to_string())
                    .or_else(|| panic.downcast_ref::<String>().cloned())
                    .unwrap_or_default();
                Outcome::Failed(InputFailure {
                    id,
                    source_path,
                    reason: format!(
                        "internal error while analysing this article ({what}); please report it"
                    ),
                })
            }
        }
    }
}

/// Which stages [`Pipeline::analyse`] runs (like spaCy's `disable`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Stages {
    /// Zones, sentences and tokens only: no recognition, no facts (mentions stay empty).
    Sentences,
    /// Every stage.
    #[default]
    All,
}

/// The per-article pipeline.
pub struct Pipeline {
    recogniser: Recogniser,
    stages: Stages,
    /// Analyst merge rules for entity resolution (`--merge`); empty by default.
    merges: Arc<MergeRules>,
}

impl Pipeline {
    pub fn new(recogniser: Recogniser) -> Pipeline {
        Pipeline {
            recogniser,
            stages: Stages::All,
            merges: Arc::default(),
        }
    }

    /// The foundation stages only (zones, sentences, tokens): no gazetteers are loaded.
    pub fn sentences_only() -> Pipeline {
        Pipeline::without_gazetteers().with_stages(Stages::Sentences)
    }

    /// The same pipeline running only `stages`.
    pub fn with_stages(mut self, stages: Stages) -> Pipeline {
        self.stages = stages;
        self
    }

    pub fn stages(&self) -> Stages {
        self.stages
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

    /// Runs the stages on one article.
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
        if self.stages == Stages::Sentences {
            return Analysis {
                article,
                zones: zoning.spans,
                sentences,
                tokens,
                ..Analysis::default()
            };
        }
        let mut mentions = self
            .recogniser
            .recognise(&article.text, &sentences, &tokens);
        let entities = resolve::resolve(
            &mut mentions,
            self.recogniser.gazetteer(),
            &article.text,
            &self.merges,
        );
        let mut facts = facts::extract(
            &article.text,
            &sentences,
            &tokens,
            &mentions,
            self.recogniser.gazetteer(),
        );
        facts::use_entity_ids(&mut facts, &mentions, &entities);
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A bug that panics on one article fails that article's row, not the batch.
    #[test]
    fn a_panic_fails_only_its_article() {
        let failed = Outcome::guarded("a1".into(), "in.jsonl:3".into(), || {
            panic!("index out of bounds")
        });
        match failed {
            Outcome::Failed(f) => {
                assert_eq!(
                    (f.id.as_str(), f.source_path.as_str()),
                    ("a1", "in.jsonl:3")
                );
                assert!(f.reason.contains("index out of bounds"), "{}", f.reason);
            }
            Outcome::Analysed(_) => panic!("expected a failure"),
        }
        let ok = Outcome::guarded("a2".into(), String::new(), Analysis::default);
        assert!(matches!(ok, Outcome::Analysed(_)));
    }

    /// `--stages sentences` gives the same zones, sentences and tokens, and nothing else.
    #[test]
    fn sentences_stage_is_the_foundation_of_all() {
        let texts = [
            "Apple Inc. said on Monday it paid $80 million for Shazam. Tim Cook, 60, spoke.",
            "Markets Rally\n\nShares rose 1.5 pct. Investors cheered.\n",
            "",
        ];
        let full = Pipeline::without_gazetteers();
        let foundation = Pipeline::sentences_only();
        assert_eq!(foundation.stages(), Stages::Sentences);
        for text in texts {
            let article = || Article {
                text: text.into(),
                ..Article::default()
            };
            let (a, b) = (full.analyse(article()), foundation.analyse(article()));
            assert_eq!(a.zones, b.zones, "{text:?}");
            assert_eq!(a.sentences, b.sentences, "{text:?}");
            assert_eq!(a.tokens, b.tokens, "{text:?}");
            assert!(b.mentions.is_empty() && b.facts.is_empty(), "{text:?}");
        }
        // The full pipeline does find values in the first text: the switch really disables.
        assert!(!full
            .analyse(Article {
                text: texts[0].into(),
                ..Article::default()
            })
            .mentions
            .is_empty());
    }
}
