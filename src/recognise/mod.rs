//! Recognisers: gazetteer matches and context rules → typed mentions.

pub mod numeric;

use crate::model::{Mention, Sentence, Token};

/// All recognisers with their shared, read-only resources.
#[derive(Default)]
pub struct Recogniser {}

impl Recogniser {
    pub fn without_gazetteers() -> Recogniser {
        Recogniser {}
    }

    /// Mentions in one article, sorted by start, non-overlapping.
    pub fn recognise(&self, text: &str, sentences: &[Sentence], tokens: &[Token]) -> Vec<Mention> {
        let _ = (text, sentences, tokens);
        Vec::new()
    }
}
