//! `newsfacts eval-links`: scores story links and storylines against gold clusters.
//!
//! Takes JSON Lines articles with a `cluster` field (and `id`, `text`, optional `title`, `date`;
//! ../shared/eval/linking-dev.jsonl) and a pipeline; runs the pipeline, builds profiles, links
//! and storylines exactly as `extract` does, and gives a [`LinkReport`]:
//! - for each article with same-cluster siblings: P@1 (its best link is a sibling) and average
//!   precision over its ranked links, where siblings it is not linked to count as misses
//!   (AP = Σ precision@rank of each linked sibling / number of siblings); the means of both;
//! - storyline purity (each storyline counted by its majority gold cluster) and inverse purity
//!   (each gold cluster counted by its largest storyline).
//!
//! A title given apart from the text is put on the first line, as on the page, so that its
//! entities count as title entities. It scores links only; entity accuracy is `eval`'s job.

use crate::corpus::{self, ArticleProfile, CorpusBuilder, CorpusOptions};
use crate::model::{Article, Meta};
use crate::pipeline::Pipeline;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::fmt;
use std::path::Path;

/// One gold article.
#[derive(Clone, Debug, Deserialize)]
pub struct LinkGoldDoc {
    pub id: String,
    pub cluster: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub date: Option<String>,
    pub text: String,
}

#[derive(Debug, thiserror::Error)]
pub enum LinkGoldError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("{path}:{line}: {reason}")]
    Record {
        path: String,
        line: usize,
        reason: String,
    },
}

/// Reads link gold (JSON Lines, one article per line; blank lines skipped).
pub fn load_link_gold(path: &Path) -> Result<Vec<LinkGoldDoc>, LinkGoldError> {
    let p = path.display().to_string();
    let text = std::fs::read_to_string(path).map_err(|source| LinkGoldError::Io {
        path: p.clone(),
        source,
    })?;
    let mut docs = Vec::new();
    for (i, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let doc: LinkGoldDoc = serde_json::from_str(line).map_err(|e| LinkGoldError::Record {
            path: p.clone(),
            line: i + 1,
            reason: format!("invalid record: {e}"),
        })?;
        docs.push(doc);
    }
    Ok(docs)
}

/// Link and storyline scores.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct LinkReport {
    pub articles: usize,
    /// Articles with at least one same-cluster sibling (the ones P@1 and MAP average over).
    pub queries: usize,
    pub p_at_1: f64,
    pub map: f64,
    pub links: usize,
    /// Links whose two articles are in one gold cluster.
    pub link_precision: f64,
    pub storylines: usize,
    pub purity: f64,
    pub inverse_purity: f64,
}

impl fmt::Display for LinkReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "articles {}  with siblings {}  links {} (same cluster {:.3})",
            self.articles, self.queries, self.links, self.link_precision
        )?;
        writeln!(f, "P@1             {:.3}", self.p_at_1)?;
        writeln!(f, "MAP             {:.3}", self.map)?;
        writeln!(f, "storylines      {}", self.storylines)?;
        writeln!(f, "purity          {:.3}", self.purity)?;
        write!(f, "inverse purity  {:.3}", self.inverse_purity)
    }
}

/// The article as a page shows it: the title line, then the text.
fn article(d: &LinkGoldDoc) -> Article {
    let title = d.title.as_deref().map(str::trim).filter(|t| !t.is_empty());
    let text = match title {
        Some(t) if !d.text.starts_with(t) => format!("{t}\n\n{}", d.text),
        _ => d.text.clone(),
    };
    Article {
        id: d.id.clone(),
        source_path: d.id.clone(),
        text,
        meta: Meta {
            title: title.map(str::to_string),
            date: d.date.clone(),
            ..Default::default()
        },
        warnings: Vec::new(),
    }
}

/// Runs the pipeline on the gold articles and returns their profiles (input order).
pub fn profiles(pipeline: &Pipeline, docs: &[LinkGoldDoc]) -> Vec<ArticleProfile> {
    docs.par_iter()
        .enumerate()
        .map(|(i, d)| ArticleProfile::from_analysis(i as u32, &pipeline.analyse(article(d))))
        .collect()
}

/// Scores links built from `profiles` (aligned with `docs`) under `options`.
pub fn score_profiles(
    docs: &[LinkGoldDoc],
    profiles: &[ArticleProfile],
    options: &CorpusOptions,
) -> LinkReport {
    let mut b = CorpusBuilder::new();
    for p in profiles {
        b.add(p);
    }
    let options = CorpusOptions {
        links: true,
        ..options.clone()
    };
    let result = corpus::run(b.finish(), &options);
    let (Some(links), Some(storylines)) = (result.links, result.storylines) else {
        return LinkReport::default();
    };
    let cluster: Vec<&str> = docs.iter().map(|d| d.cluster.as_str()).collect();
    let mut size: HashMap<&str, usize> = HashMap::new();
    for c in &cluster {
        *size.entry(c).or_default() += 1;
    }
    let mut r = LinkReport {
        articles: docs.len(),
        links: links.links.len(),
        storylines: storylines.len(),
        ..Default::default()
    };
    let (mut p1, mut ap) = (0.0, 0.0);
    for d in 0..docs.len() {
        let siblings = size[cluster[d]] - 1;
        if siblings == 0 {
            continue;
        }
        r.queries += 1;
        let ranked = links.ranked(d as u32);
        if ranked
            .first()
            .is_some_and(|x| cluster[x.0 as usize] == cluster[d])
        {
            p1 += 1.0;
        }
        let (mut hits, mut sum) = (0.0, 0.0);
        for (rank, x) in ranked.iter().enumerate() {
            if cluster[x.0 as usize] == cluster[d] {
                hits += 1.0;
                sum += hits / (rank + 1) as f64;
            }
        }
        ap += sum / siblings as f64;
    }
    let q = r.queries.max(1) as f64;
    r.p_at_1 = p1 / q;
    r.map = ap / q;
    let same = links
        .links
        .iter()
        .filter(|l| cluster[l.a as usize] == cluster[l.b as usize])
        .count();
    r.link_precision = same as f64 / r.links.max(1) as f64;
    // Purity and inverse purity from the contingency counts.
    let mut joint: HashMap<(u32, &str), usize> = HashMap::new();
    for s in &storylines {
        for &m in &s.members {
            *joint.entry((s.id, cluster[m as usize])).or_default() += 1;
        }
    }
    let mut best_of_story: HashMap<u32, usize> = HashMap::new();
    let mut best_of_gold: HashMap<&str, usize> = HashMap::new();
    for (&(s, g), &n) in &joint {
        let b = best_of_story.entry(s).or_default();
        *b = (*b).max(n);
        let b = best_of_gold.entry(g).or_default();
        *b = (*b).max(n);
    }
    let n = docs.len().max(1) as f64;
    r.purity = best_of_story.values().sum::<usize>() as f64 / n;
    r.inverse_purity = best_of_gold.values().sum::<usize>() as f64 / n;
    r
}

/// Runs the pipeline on the gold articles and scores their links.
pub fn evaluate_links(
    pipeline: &Pipeline,
    docs: &[LinkGoldDoc],
    options: &CorpusOptions,
) -> LinkReport {
    score_profiles(docs, &profiles(pipeline, docs), options)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::ProfileEntity;
    use crate::model::Label;

    fn doc(id: &str, cluster: &str) -> LinkGoldDoc {
        LinkGoldDoc {
            id: id.into(),
            cluster: cluster.into(),
            title: None,
            date: None,
            text: String::new(),
        }
    }

    fn profile(i: u32, keys: &[&str]) -> ArticleProfile {
        ArticleProfile {
            doc: i,
            doc_id: format!("d{i}"),
            date: None,
            entities: keys
                .iter()
                .map(|k| ProfileEntity {
                    key: k.to_string(),
                    label: Label::Person,
                    canonical: k.to_string(),
                    surfaces: vec![k.to_string()],
                    mentions: 1,
                    in_title: false,
                    in_lead: false,
                    first_pos: 0,
                })
                .collect(),
        }
    }

    /// Perfect links score 1; a sibling that is never linked halves AP; a wrong best link
    /// costs P@1.
    #[test]
    fn p_at_1_and_map() {
        let docs = [
            doc("a", "x"),
            doc("b", "x"),
            doc("c", "y"),
            doc("d", "y"),
            doc("e", "z"),
        ];
        let perfect = [
            profile(0, &["p", "q"]),
            profile(1, &["p", "q"]),
            profile(2, &["r"]),
            profile(3, &["r"]),
            profile(4, &["s"]),
        ];
        let o = CorpusOptions::default();
        let r = score_profiles(&docs, &perfect, &o);
        assert_eq!(r.queries, 4);
        assert_eq!((r.p_at_1, r.map), (1.0, 1.0));
        assert_eq!((r.purity, r.inverse_purity), (1.0, 1.0));
        // c and d share nothing; c is linked to a by mistake.
        let broken = [
            profile(0, &["p", "q"]),
            profile(1, &["p", "q"]),
            profile(2, &["p", "u"]),
            profile(3, &["r"]),
            profile(4, &["s"]),
        ];
        let r = score_profiles(
            &docs,
            &broken,
            &CorpusOptions {
                link: corpus::LinkOptions {
                    min_score: 0.0,
                    ..Default::default()
                },
                ..o
            },
        );
        assert!(r.p_at_1 < 1.0 && r.p_at_1 >= 0.5, "{r:?}");
        assert!(r.map < 1.0, "{r:?}");
        assert!(r.link_precision < 1.0);
    }

    #[test]
    fn title_goes_on_the_first_line_once() {
        let mut d = doc("a", "x");
        d.text = "Body text.".into();
        d.title = Some("Headline".into());
        assert_eq!(article(&d).text, "Headline\n\nBody text.");
        d.text = "Headline\n\nBody text.".into();
        assert_eq!(article(&d).text, "Headline\n\nBody text.");
        d.title = Some("  ".into());
        assert_eq!(article(&d).meta.title, None);
    }

    #[test]
    fn bad_gold_names_file_and_line() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.jsonl");
        std::fs::write(
            &p,
            "{\"id\":\"a\",\"cluster\":\"x\",\"text\":\"t\"}\n\n{\"id\":\"b\"}\n",
        )
        .unwrap();
        let e = load_link_gold(&p).unwrap_err().to_string();
        assert!(
            e.contains("g.jsonl:3") && e.contains("invalid record"),
            "{e}"
        );
    }
}
