//! Wires the stages for one article.
use crate::model::{Analysis, Article, ZoneSpan, Zone};

pub struct Pipeline {}

impl Pipeline {
    pub fn without_gazetteers() -> Pipeline { Pipeline {} }
    pub fn analyse(&self, article: Article) -> Analysis {
        let zones = vec![ZoneSpan { zone: Zone::Body, start: 0, end: article.text.len() }];
        let sentences = crate::segment::sentences(&article.text, &zones);
        Analysis { article, zones, sentences, ..Default::default() }
    }
}
