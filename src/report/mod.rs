//! `newsfacts report`: a static, self-contained HTML site over the tables of an output folder.
//!
//! Takes: the CSV tables that `extract` wrote in a folder (see [`tables`]). Gives: `DIR/report/`
//! with `index.html` (articles, counts, client-side filters), `articles/*.html` (the text with
//! entities highlighted, boilerplate shaded, facts beside it, money values on hover),
//! `entities.html` and `entities/*.html` (every mention of an entity across articles, with
//! context) and `graph.html` (the story-link graph as inline SVG).
//! Pages use inline CSS and script only and a Content-Security-Policy that forbids any network
//! access, so they work from `file://` and web text cannot load anything. All table text is
//! escaped. File names come from [`html::safe_name`] (sanitised id + hash).
//! Does not run the pipeline and does not read JSON Lines tables. The article text between
//! sentences is not in the tables, so it is rebuilt as whitespace ([`article`]).

pub mod article;
pub mod graph;
pub mod html;
pub mod tables;

use article::Mark;
use html::{esc, group_digits, label_class, page, push_esc, safe_name, LABELS};
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write;
use std::path::{Path, PathBuf};
use tables::{Corpus, Doc, Ment};

/// Why the report could not be written.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {reason}", path.display())]
    Csv { path: PathBuf, reason: String },
    #[error("{}: not found{hint}", path.display())]
    MissingTable { path: PathBuf, hint: &'static str },
}

/// What was written.
#[derive(Debug, Default)]
pub struct ReportSummary {
    /// The report folder (`DIR/report`).
    pub dir: PathBuf,
    pub articles: usize,
    pub entities: usize,
    /// Articles drawn in the story-link graph (`None` when there is no links.csv).
    pub graph_nodes: Option<usize>,
    /// Skipped rows and missing tables.
    pub warnings: Vec<String>,
}

/// Labels that are values, not entities: no entity pages for them.
fn is_value_label(label: &str) -> bool {
    matches!(label, "MONEY" | "PERCENT" | "DATE" | "AGE")
}

/// At most this many articles in the graph (its layout is quadratic per component).
const MAX_GRAPH_NODES: usize = 400;
/// At most this many articles on an entity page (the counts above them cover all).
const MAX_ARTICLES_PER_ENTITY: usize = 300;
/// At most this many context lines per article on an entity page.
const MAX_SNIPPETS_PER_ARTICLE: usize = 3;

/// One entity across the corpus.
struct Entity {
    key: String,
    label: String,
    canonical: String,
    aliases: String,
    file: String,
    /// (doc index, mention index in the doc).
    mentions: Vec<(usize, usize)>,
}

/// Entities keyed by `entity_id` when mentions.csv has it, else by `LABEL:canonical`.
struct Entities {
    list: Vec<Entity>,
    /// Per doc, per mention: the entity index.
    of_mention: Vec<Vec<Option<usize>>>,
    by_key: HashMap<String, usize>,
}

/// The key of a mention's entity; `None` for value labels.
fn entity_key(m: &Ment) -> Option<String> {
    if is_value_label(&m.label) {
        return None;
    }
    match &m.entity_id {
        Some(id) => Some(id.clone()),
        None => {
            let name = if m.canonical.is_empty() {
                &m.text
            } else {
                &m.canonical
            };
            Some(format!("{}:{name}", m.label))
        }
    }
}

impl Entities {
    fn build(corpus: &Corpus) -> Entities {
        let mut by_key: HashMap<String, usize> = HashMap::new();
        let mut list: Vec<Entity> = Vec::new();
        let new_entity = |list: &mut Vec<Entity>, key: &str, label: &str, canonical: &str| {
            list.push(Entity {
                key: key.to_string(),
                label: label.to_string(),
                canonical: canonical.to_string(),
                aliases: String::new(),
                file: String::new(),
                mentions: Vec::new(),
            });
            list.len() - 1
        };
        for row in corpus.entities.iter().flatten() {
            let i = new_entity(&mut list, &row.entity_id, &row.label, &row.canonical);
            list[i].aliases = row.aliases.clone();
            by_key.insert(row.entity_id.clone(), i);
        }
        let mut of_mention = Vec::with_capacity(corpus.docs.len());
        for (d, doc) in corpus.docs.iter().enumerate() {
            let mut here = Vec::with_capacity(doc.mentions.len());
            for (k, m) in doc.mentions.iter().enumerate() {
                let Some(key) = entity_key(m) else {
                    here.push(None);
                    continue;
                };
                let i = match by_key.get(&key) {
                    Some(&i) => i,
                    None => {
                        let name = if m.canonical.is_empty() {
                            &m.text
                        } else {
                            &m.canonical
                        };
                        let i = new_entity(&mut list, &key, &m.label, name);
                        by_key.insert(key, i);
                        i
                    }
                };
                list[i].mentions.push((d, k));
                here.push(Some(i));
            }
            of_mention.push(here);
        }
        // File names: unique even if two keys hash alike (checked, not assumed).
        let mut used = std::collections::HashSet::new();
        for e in &mut list {
            let mut name = safe_name(&e.key);
            let mut n = 1;
            while !used.insert(name.clone()) {
                n += 1;
                name = format!("{}-{n}", safe_name(&e.key));
            }
            e.file = name;
        }
        Entities {
            list,
            of_mention,
            by_key,
        }
    }
}

/// Writes the report for the tables in `dir` into `dir/report/`.
pub fn write_report(dir: &Path) -> Result<ReportSummary, ReportError> {
    let corpus = Corpus::read(dir)?;
    let out = dir.join("report");
    for sub in ["", "articles", "entities"] {
        let p = out.join(sub);
        std::fs::create_dir_all(&p).map_err(|source| ReportError::Io { path: p, source })?;
    }
    let entities = Entities::build(&corpus);
    // Article file names, unique (see Entities::build).
    let mut used = std::collections::HashSet::new();
    let doc_files: Vec<String> = corpus
        .docs
        .iter()
        .map(|d| {
            let mut name = safe_name(&d.id);
            let mut n = 1;
            while !used.insert(name.clone()) {
                n += 1;
                name = format!("{}-{n}", safe_name(&d.id));
            }
            name
        })
        .collect();

    let write = |path: PathBuf, html: String| {
        std::fs::write(&path, html).map_err(|source| ReportError::Io { path, source })
    };
    write(out.join("index.html"), index_page(&corpus, &doc_files))?;
    for (d, doc) in corpus.docs.iter().enumerate() {
        let html = article_page(doc, &entities, &entities.of_mention[d]);
        write(
            out.join("articles").join(format!("{}.html", doc_files[d])),
            html,
        )?;
    }
    for e in &entities.list {
        let html = entity_page(e, &corpus, &doc_files);
        write(out.join("entities").join(format!("{}.html", e.file)), html)?;
    }
    write(out.join("entities.html"), entity_index(&entities))?;
    let (graph_html, graph_nodes) = graph_page(&corpus, &doc_files);
    write(out.join("graph.html"), graph_html)?;
    Ok(ReportSummary {
        dir: out,
        articles: corpus.docs.len(),
        entities: entities.list.len(),
        graph_nodes,
        warnings: corpus.warnings,
    })
}

/// Mentions per label of an article, in legend order then others.
fn label_counts(doc: &Doc) -> Vec<(String, usize)> {
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for m in &doc.mentions {
        *counts.entry(m.label.as_str()).or_default() += 1;
    }
    let mut out: Vec<(String, usize)> = LABELS
        .iter()
        .filter_map(|l| counts.remove(l).map(|n| (l.to_string(), n)))
        .collect();
    let mut rest: Vec<(String, usize)> = counts
        .into_iter()
        .map(|(l, n)| (l.to_string(), n))
        .collect();
    rest.sort();
    out.extend(rest);
    out
}

fn chip(out: &mut String, label: &str, text: &str) {
    let _ = write!(out, "<span class=\"chip l-{}\">", label_class(label));
    push_esc(out, text);
    out.push_str("</span>");
}

fn index_page(corpus: &Corpus, files: &[String]) -> String {
    let mut all_labels: BTreeSet<String> = BTreeSet::new();
    let mut statuses: BTreeSet<&str> = BTreeSet::new();
    let mut rows = String::new();
    for (doc, file) in corpus.docs.iter().zip(files) {
        let counts = label_counts(doc);
        statuses.insert(doc.status.as_str());
        let labels: Vec<&str> = counts.iter().map(|(l, _)| l.as_str()).collect();
        for (l, _) in &counts {
            all_labels.insert(l.clone());
        }
        let title = if doc.title.is_empty() {
            &doc.id
        } else {
            &doc.title
        };
        let search = format!("{} {} {} {}", doc.id, doc.title, doc.author, doc.date).to_lowercase();
        let _ = write!(
            rows,
            "<tr data-status=\"{}\" data-labels=\"{}\" data-search=\"{}\"><td><a href=\"articles/{file}.html\">",
            esc(&doc.status),
            esc(&labels.join(" ")),
            esc(&search)
        );
        push_esc(&mut rows, title);
        rows.push_str("</a><div class=\"meta\">");
        push_esc(&mut rows, &doc.id);
        rows.push_str("</div></td><td>");
        push_esc(&mut rows, &doc.date);
        let _ = write!(
            rows,
            "</td><td class=\"n\">{}</td><td>",
            doc.sentences.len()
        );
        for (l, n) in &counts {
            chip(&mut rows, l, &format!("{l} {n}"));
        }
        let _ = writeln!(
            rows,
            "</td><td class=\"n\">{}</td><td class=\"st-{}\" title=\"{}\">{}</td></tr>",
            doc.facts.len(),
            label_class(&doc.status),
            esc(&doc.message),
            esc(&doc.status)
        );
    }
    let mut body = String::new();
    let _ = write!(
        body,
        "<h1>Articles</h1><p class=\"meta\">{} articles · {} sentences · {} mentions · {} facts</p>",
        corpus.docs.len(),
        corpus.docs.iter().map(|d| d.sentences.len()).sum::<usize>(),
        corpus.docs.iter().map(|d| d.mentions.len()).sum::<usize>(),
        corpus.docs.iter().map(|d| d.facts.len()).sum::<usize>()
    );
    body.push_str("<div class=\"filters\"><input id=\"q\" type=\"search\" placeholder=\"Search id, title, author, date\" size=\"36\" aria-label=\"search\"><select id=\"label\" aria-label=\"label\"><option value=\"\">any label</option>");
    for l in &all_labels {
        let _ = write!(body, "<option>{}</option>", esc(l));
    }
    body.push_str("</select><select id=\"status\" aria-label=\"status\"><option value=\"\">any status</option>");
    for s in &statuses {
        let _ = write!(body, "<option>{}</option>", esc(s));
    }
    body.push_str("</select><span id=\"shown\" class=\"meta\"></span></div>\n");
    body.push_str("<table class=\"list\" id=\"articles\"><thead><tr><th>Article</th><th>Date</th><th>Sentences</th><th>Mentions per label</th><th>Facts</th><th>Status</th></tr></thead><tbody>\n");
    body.push_str(&rows);
    body.push_str("</tbody></table>");
    page("Articles", "", &body)
}

/// Hover text of a mention: the normalised money value, else label, canonical and source.
fn mark_title(m: &Ment) -> String {
    if let Some(v) = &m.money {
        let mut t = format!("{} {}", group_digits(&v.amount), v.currency);
        if !v.amount_max.is_empty() {
            t = format!(
                "{}–{} {}",
                group_digits(&v.amount),
                group_digits(&v.amount_max),
                v.currency
            );
        }
        if v.approx {
            t.push_str(" (approx.");
            if !v.qualifier.is_empty() {
                t.push_str(": ");
                t.push_str(&v.qualifier);
            }
            t.push(')');
        }
        return t;
    }
    let mut t = m.label.clone();
    if !m.canonical.is_empty() && m.canonical != m.text {
        t.push_str(" · ");
        t.push_str(&m.canonical);
    }
    if !m.source.is_empty() {
        t.push_str(" · ");
        t.push_str(&m.source);
    }
    t
}

fn article_page(doc: &Doc, entities: &Entities, of_mention: &[Option<usize>]) -> String {
    let marks: Vec<Mark> = doc
        .mentions
        .iter()
        .zip(of_mention)
        .map(|(m, e)| Mark {
            start: m.start,
            end: m.end,
            label: m.label.clone(),
            title: mark_title(m),
            href: e.map(|e| format!("../entities/{}.html", entities.list[e].file)),
            id: m.id,
        })
        .collect();
    let mut text = String::new();
    let dropped = article::render_text(&mut text, &doc.sentences, &marks);

    let title = if doc.title.is_empty() {
        &doc.id
    } else {
        &doc.title
    };
    let mut body = String::new();
    body.push_str("<h1>");
    push_esc(&mut body, title);
    body.push_str("</h1><p class=\"meta\">");
    let meta: Vec<String> = [
        ("id", &doc.id),
        ("date", &doc.date),
        ("by", &doc.author),
        ("status", &doc.status),
    ]
    .iter()
    .filter(|(_, v)| !v.is_empty())
    .map(|(k, v)| format!("{k}: {}", esc(v)))
    .collect();
    body.push_str(&meta.join(" · "));
    if !doc.url.is_empty() {
        // Shown, not linked: the report makes no network requests.
        body.push_str(" · url: ");
        push_esc(&mut body, &doc.url);
    }
    if let Some((id, label)) = &doc.storyline {
        body.push_str(" · storyline: ");
        push_esc(&mut body, if label.is_empty() { id } else { label });
    }
    body.push_str("</p>");
    if !doc.message.is_empty() {
        body.push_str("<p class=\"note\">");
        push_esc(&mut body, &doc.message);
        body.push_str("</p>");
    }
    // Legend with toggles (script) for the labels present.
    body.push_str("<p class=\"legend\">");
    for (l, n) in label_counts(doc) {
        let cls = label_class(&l);
        let _ = write!(
            body,
            "<label><input type=\"checkbox\" checked data-toggle=\"{cls}\"> <span class=\"chip l-{cls}\">{} {n}</span></label>",
            esc(&l)
        );
    }
    body.push_str(
        "<span class=\"meta\">Shaded: boilerplate. Hover a money amount for its value.</span></p>",
    );
    body.push_str("<div class=\"layout\"><div class=\"card text\">");
    if doc.sentences.is_empty() {
        body.push_str("<em>No sentences for this article.</em>");
    }
    body.push_str(&text);
    body.push_str("</div><aside class=\"facts card\"><h2 style=\"margin-top:0\">Facts</h2>");
    if dropped > 0 {
        let _ = write!(
            body,
            "<p class=\"meta\">{dropped} mention(s) overlap another one and are not highlighted.</p>"
        );
    }
    if doc.facts.is_empty() {
        body.push_str("<p class=\"meta\">No facts found in this article.</p>");
    }
    // Entity pages by canonical name, for linking the facts' subjects and objects.
    let mut by_name: HashMap<&str, usize> = HashMap::new();
    for (m, e) in doc.mentions.iter().zip(of_mention) {
        if let Some(e) = e {
            by_name.entry(m.canonical.as_str()).or_insert(*e);
        }
    }
    let name_html = |id: &str, name: &str| -> String {
        let e = entities
            .by_key
            .get(id)
            .copied()
            .or_else(|| by_name.get(name).copied());
        match e {
            Some(e) => format!(
                "<a href=\"../entities/{}.html\">{}</a>",
                entities.list[e].file,
                esc(name)
            ),
            None => esc(name).into_owned(),
        }
    };
    for f in &doc.facts {
        body.push_str("<div class=\"fact\">");
        body.push_str(&name_html(&f.subject_id, &f.subject));
        let _ = write!(body, "<span class=\"pred\">{}</span>", esc(&f.predicate));
        if !f.role.is_empty() {
            let _ = write!(body, "<em>{}</em> ", esc(&f.role));
            if !f.object.is_empty() {
                body.push_str("of ");
            }
        }
        body.push_str(&name_html(&f.object_id, &f.object));
        if !f.value.is_empty() && f.predicate != "age" {
            let _ = write!(
                body,
                " <span class=\"meta\">= {} {}</span>",
                esc(&group_digits(&f.value)),
                esc(&f.currency)
            );
        }
        body.push_str("<div class=\"why\">");
        if let Some(s) = f.sentence_id {
            let _ = write!(body, "<a href=\"#s{s}\">sentence {s}</a> · ");
        }
        let _ = write!(
            body,
            "{} · {}</div></div>",
            esc(&f.rule),
            esc(&f.confidence)
        );
    }
    body.push_str("</aside></div>");
    page(title, "../", &body)
}

fn entity_page(e: &Entity, corpus: &Corpus, files: &[String]) -> String {
    let mut body = String::new();
    body.push_str("<h1>");
    push_esc(&mut body, &e.canonical);
    body.push(' ');
    chip(&mut body, &e.label, &e.label);
    body.push_str("</h1><p class=\"meta\">id: ");
    push_esc(&mut body, &e.key);
    let docs: BTreeSet<usize> = e.mentions.iter().map(|&(d, _)| d).collect();
    let _ = write!(
        body,
        " · {} mention(s) in {} article(s)",
        e.mentions.len(),
        docs.len()
    );
    if !e.aliases.is_empty() {
        body.push_str(" · aliases: ");
        push_esc(&mut body, &e.aliases);
    }
    body.push_str("</p>");
    let cls = label_class(&e.label);
    let mut i = 0;
    let mut shown = 0;
    while i < e.mentions.len() {
        if shown == MAX_ARTICLES_PER_ENTITY {
            let _ = write!(
                body,
                "<p class=\"note\">… and {} more article(s), not listed here.</p>",
                docs.len() - shown
            );
            break;
        }
        shown += 1;
        let d = e.mentions[i].0;
        let doc = &corpus.docs[d];
        let mut j = i;
        while j < e.mentions.len() && e.mentions[j].0 == d {
            j += 1;
        }
        let title = if doc.title.is_empty() {
            &doc.id
        } else {
            &doc.title
        };
        let _ = write!(body, "<h2><a href=\"../articles/{}.html\">", files[d]);
        push_esc(&mut body, title);
        let _ = write!(
            body,
            "</a> <span class=\"meta\">{} · {} mention(s)</span></h2>",
            esc(&doc.date),
            j - i
        );
        for &(_, k) in &e.mentions[i..j.min(i + MAX_SNIPPETS_PER_ARTICLE)] {
            let m = &doc.mentions[k];
            let _ = write!(
                body,
                "<div class=\"snip l-{cls}\"><a href=\"../articles/{}.html#m{}\">#{}</a> <span class=\"meta\">{}</span> ",
                files[d],
                m.id,
                m.id,
                esc(&m.zone)
            );
            body.push_str(&snippet(doc, m));
            body.push_str("</div>");
        }
        if j - i > MAX_SNIPPETS_PER_ARTICLE {
            let _ = write!(
                body,
                "<p class=\"meta\">… and {} more in this article.</p>",
                j - i - MAX_SNIPPETS_PER_ARTICLE
            );
        }
        i = j;
    }
    page(&e.canonical, "../", &body)
}

/// The mention in its sentence (at most ~120 characters either side), the mention in bold.
fn snippet(doc: &Doc, m: &Ment) -> String {
    let sent = doc
        .sentences
        .binary_search_by(|s| {
            if s.end <= m.start {
                std::cmp::Ordering::Less
            } else if s.start > m.start {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .ok()
        .map(|i| &doc.sentences[i]);
    let Some(s) = sent else {
        return format!("<b>{}</b>", esc(&m.text));
    };
    let chars: Vec<char> = s.text.chars().collect();
    let a = (m.start - s.start).min(chars.len());
    let b = m.end.saturating_sub(s.start).clamp(a, chars.len());
    let from = a.saturating_sub(120);
    let to = (b + 120).min(chars.len());
    let part = |x: usize, y: usize| chars[x..y].iter().collect::<String>();
    format!(
        "{}{}<b>{}</b>{}{}",
        if from > 0 { "…" } else { "" },
        esc(&part(from, a)),
        esc(&part(a, b)),
        esc(&part(b, to)),
        if to < chars.len() { "…" } else { "" }
    )
}

fn entity_index(entities: &Entities) -> String {
    let mut order: Vec<&Entity> = entities
        .list
        .iter()
        .filter(|e| !e.mentions.is_empty())
        .collect();
    order.sort_by(|a, b| {
        b.mentions
            .len()
            .cmp(&a.mentions.len())
            .then_with(|| a.canonical.cmp(&b.canonical))
    });
    let mut body = String::new();
    let _ = write!(
        body,
        "<h1>Entities</h1><p class=\"meta\">{} entities, most mentioned first</p>",
        order.len()
    );
    body.push_str("<table class=\"list\"><thead><tr><th>Entity</th><th>Label</th><th>Mentions</th><th>Articles</th></tr></thead><tbody>\n");
    for e in order {
        let docs: BTreeSet<usize> = e.mentions.iter().map(|&(d, _)| d).collect();
        let _ = write!(body, "<tr><td><a href=\"entities/{}.html\">", e.file);
        push_esc(&mut body, &e.canonical);
        body.push_str("</a></td><td>");
        chip(&mut body, &e.label, &e.label);
        let _ = writeln!(
            body,
            "</td><td class=\"n\">{}</td><td class=\"n\">{}</td></tr>",
            e.mentions.len(),
            docs.len()
        );
    }
    body.push_str("</tbody></table>");
    page("Entities", "", &body)
}

/// The graph page and the number of articles drawn (`None` without links.csv).
fn graph_page(corpus: &Corpus, files: &[String]) -> (String, Option<usize>) {
    let mut body = String::from("<h1>Story links</h1>");
    let Some(links) = &corpus.links else {
        body.push_str("<p class=\"note\">No story links: links.csv is not in this output folder, so there is no graph to draw. It is written by the story-linking step of <code>newsfacts extract</code> when that step is available.</p>");
        return (page("Story links", "", &body), None);
    };
    let index: HashMap<&str, usize> = corpus
        .docs
        .iter()
        .enumerate()
        .map(|(i, d)| (d.id.as_str(), i))
        .collect();
    // Strongest links first; stop adding articles at the cap.
    let mut order: Vec<&tables::Link> = links
        .iter()
        .filter(|l| index.contains_key(l.doc_a.as_str()) && index.contains_key(l.doc_b.as_str()))
        .collect();
    let linked: BTreeSet<&str> = order
        .iter()
        .flat_map(|l| [l.doc_a.as_str(), l.doc_b.as_str()])
        .collect();
    order.sort_by(|a, b| b.score.total_cmp(&a.score));
    let mut node_of: HashMap<usize, usize> = HashMap::new();
    let mut nodes = Vec::new();
    let mut edges = Vec::new();
    for l in order {
        let (da, db) = (index[l.doc_a.as_str()], index[l.doc_b.as_str()]);
        let new = [da, db].iter().filter(|d| !node_of.contains_key(d)).count();
        if nodes.len() + new > MAX_GRAPH_NODES {
            continue;
        }
        let mut id = |d: usize| {
            *node_of.entry(d).or_insert_with(|| {
                let doc = &corpus.docs[d];
                nodes.push(graph::Node {
                    label: if doc.title.is_empty() {
                        doc.id.clone()
                    } else {
                        doc.title.clone()
                    },
                    href: format!("articles/{}.html", files[d]),
                    group: doc
                        .storyline
                        .as_ref()
                        .map_or_else(String::new, |s| s.0.clone()),
                });
                nodes.len() - 1
            })
        };
        let (a, b) = (id(da), id(db));
        edges.push(graph::Edge {
            a,
            b,
            score: l.score,
            title: format!("score {:.2} · shared: {}", l.score, l.shared_entities),
        });
    }
    let _ = write!(
        body,
        "<p class=\"meta\">{} links between {} articles{}. Click an article to open it; hover a line for the shared entities.</p>",
        links.len(),
        linked.len(),
        if nodes.len() < linked.len() {
            format!("; the {} most strongly linked are drawn", nodes.len())
        } else {
            String::new()
        }
    );
    if nodes.is_empty() {
        body.push_str(
            "<p class=\"note\">links.csv has no links between the articles of this folder.</p>",
        );
    } else {
        body.push_str(&graph::svg(&nodes, &edges));
    }
    let n = nodes.len();
    (page("Story links", "", &body), Some(n))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(dir: &Path, name: &str, content: &str) {
        std::fs::write(dir.join(name), content).unwrap();
    }

    /// A small output folder, with hostile text in it.
    fn folder() -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path();
        write(p, "articles.csv", "doc_id,source_path,title,date,author,url,chars,sentences,status,message\nd/1,x,<b>Musk</b> news,2021-02-16,AFP,,40,2,ok,\nd2,y,Other,,,,10,1,warning,empty\n");
        write(p, "sentences.csv", "doc_id,sentence_id,start,end,zone,text\nd/1,0,0,21,body,Elon Musk paid $80m.\nd/1,1,23,34,boilerplate,Share <now>\nd2,0,0,4,body,Musk\n");
        write(p, "mentions.csv", "doc_id,mention_id,sentence_id,start,end,text,label,canonical,zone,source\nd/1,0,0,0,9,Elon Musk,PERSON,Elon Musk,body,rule:X\nd/1,1,0,15,19,$80m,MONEY,$80m,body,money\nd2,0,0,0,4,Musk,PERSON,Elon Musk,body,rule:Y\n");
        write(p, "money.csv", "doc_id,mention_id,text,amount,amount_max,currency,approx,qualifier\nd/1,1,$80m,80000000,,USD,true,around\n");
        write(p, "relations.csv", "doc_id,sentence_id,subject_id,subject,predicate,object_id,object,role,value,currency,evidence_start,evidence_end,rule,confidence\nd/1,0,person:elon musk,Elon Musk,pays,,$80m,,80000000,USD,0,19,MoneyVerb,0.75\n");
        dir
    }

    #[test]
    fn writes_every_page_with_links_money_and_no_graph() {
        let dir = folder();
        let s = write_report(dir.path()).unwrap();
        assert_eq!((s.articles, s.entities, s.graph_nodes), (2, 1, None));
        let r = dir.path().join("report");
        let index = std::fs::read_to_string(r.join("index.html")).unwrap();
        assert!(index.contains("&lt;b&gt;Musk&lt;/b&gt; news") && !index.contains("<b>Musk"));
        let a1 = format!("articles/{}.html", safe_name("d/1"));
        assert!(index.contains(&a1), "{index}");
        let art = std::fs::read_to_string(r.join(&a1)).unwrap();
        assert!(
            art.contains("title=\"80,000,000 USD (approx.: around)\""),
            "{art}"
        );
        assert!(
            art.contains("z-boilerplate") && art.contains("Share &lt;now&gt;"),
            "{art}"
        );
        assert!(art.contains("<span class=\"pred\">pays</span>"), "{art}");
        let ent = format!("../entities/{}.html", safe_name("PERSON:Elon Musk"));
        assert!(art.contains(&format!("data-href=\"{ent}\"")), "{art}");
        let page = std::fs::read_to_string(
            r.join("entities")
                .join(format!("{}.html", safe_name("PERSON:Elon Musk"))),
        )
        .unwrap();
        assert!(page.contains("2 mention(s) in 2 article(s)"), "{page}");
        assert!(page.contains("<b>Elon Musk</b> paid $80m."), "{page}");
        let graph = std::fs::read_to_string(r.join("graph.html")).unwrap();
        assert!(graph.contains("links.csv is not in this output folder"));
    }

    #[test]
    fn uses_entity_ids_and_draws_links() {
        let dir = folder();
        let p = dir.path();
        write(p, "mentions.csv", "doc_id,mention_id,sentence_id,start,end,text,label,canonical,zone,source,entity_id\nd/1,0,0,0,9,Elon Musk,PERSON,Elon Musk,body,rule:X,Q317521\nd2,0,0,0,4,Musk,PERSON,Musk,body,rule:Y,Q317521\n");
        write(p, "entities.csv", "entity_id,label,canonical,aliases,articles,mentions,first_date,last_date\nQ317521,PERSON,Elon Musk,Musk|Elon,2,2,2021-02-16,2021-02-16\n");
        write(p, "links.csv", "doc_a,doc_b,score,shared_count,shared_entities\nd/1,d2,0.8,1,Q317521\nd/1,missing,0.9,1,x\n");
        let s = write_report(p).unwrap();
        assert_eq!((s.entities, s.graph_nodes), (1, Some(2)));
        let r = p.join("report");
        let page = std::fs::read_to_string(
            r.join("entities")
                .join(format!("{}.html", safe_name("Q317521"))),
        )
        .unwrap();
        assert!(
            page.contains("aliases: Musk|Elon") && page.contains("2 mention(s) in 2 article(s)"),
            "{page}"
        );
        let graph = std::fs::read_to_string(r.join("graph.html")).unwrap();
        assert_eq!(graph.matches("<circle").count(), 2, "{graph}");
    }

    #[test]
    fn money_titles() {
        let mut m = Ment {
            label: "MONEY".into(),
            ..Ment::default()
        };
        m.money = Some(tables::MoneyValue {
            amount: "5000000".into(),
            amount_max: "6000000".into(),
            currency: "USD".into(),
            approx: false,
            qualifier: String::new(),
        });
        assert_eq!(mark_title(&m), "5,000,000–6,000,000 USD");
        let p = Ment {
            label: "PERSON".into(),
            text: "Musk".into(),
            canonical: "Elon Musk".into(),
            source: "rule:Consistency".into(),
            ..Ment::default()
        };
        assert_eq!(mark_title(&p), "PERSON · Elon Musk · rule:Consistency");
    }
}
