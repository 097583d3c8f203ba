//! Entity scoring: exact-span precision, recall and F1 per label and micro overall.
//!
//! Takes gold documents and either a pipeline ([`evaluate`], which analyses the documents in
//! parallel) or analyses made elsewhere ([`score_analyses`]). Gives an [`EvalReport`].
//!
//! Rules, in order, per document:
//! 1. Labels are mapped: with `merge_org_app` APP becomes ORG on both sides; against CoNLL gold
//!    predicted APP becomes ORG and predicted PRODUCT is dropped.
//! 2. Labels outside the label set (default: the labels present in the gold) are dropped on both
//!    sides and not counted at all.
//! 3. Predicted byte spans become code-point spans; duplicates (same span and label) count once.
//! 4. A prediction equal in span and label to a gold entity is a true positive; otherwise, if it
//!    overlaps an `ignore` span it is dropped, else it is a false positive. Unmatched gold
//!    entities are false negatives.
//! 5. Matched MONEY pairs are checked field by field: amount and amount_max (relative tolerance
//!    1e-6), currency (ISO code, case-insensitive) and approx.
//!
//! Results do not depend on the order in which documents are analysed.

use super::gold::{CodePoints, GoldDoc, GoldEntity, Scheme};
use super::EvalOptions;
use crate::model::{Analysis, Article, Label, Money};
use crate::offsets::CharIndex;
use crate::pipeline::Pipeline;
use rayon::prelude::*;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// Code points of context shown on each side of an error.
const CONTEXT: usize = 40;

/// Counts and ratios for one label or overall.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Score {
    pub gold: usize,
    pub predicted: usize,
    pub tp: usize,
    pub fp: usize,
    #[serde(rename = "fn")]
    pub fn_: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
}

impl Score {
    pub fn from_counts(tp: usize, fp: usize, fn_: usize) -> Score {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(tp, tp + fp);
        let recall = ratio(tp, tp + fn_);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        Score {
            gold: tp + fn_,
            predicted: tp + fp,
            tp,
            fp,
            fn_,
            precision,
            recall,
            f1,
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct LabelScore {
    pub label: Label,
    #[serde(flatten)]
    pub score: Score,
}

/// Correct count and share of one money field over the matched MONEY pairs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Serialize)]
pub struct FieldShare {
    pub correct: usize,
    pub share: f64,
}

/// Money value accuracy over matched MONEY pairs.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct MoneyReport {
    pub pairs: usize,
    pub amount: FieldShare,
    pub currency: FieldShare,
    pub approx: FieldShare,
    pub amount_max: FieldShare,
    /// All four fields correct.
    pub all: FieldShare,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ErrorKind {
    FalsePositive,
    FalseNegative,
    /// A matched MONEY pair with a wrong field.
    MoneyValue,
}

/// One listed error, with code-point span and context.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct ErrorItem {
    pub kind: ErrorKind,
    pub doc_id: String,
    pub label: Label,
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub left: String,
    pub right: String,
    /// What the other side has here ("gold ORG", "predicted [3, 9) ...", "amount 5 vs gold 6").
    pub note: Option<String>,
}

/// The result of an entity evaluation.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct EvalReport {
    pub docs: usize,
    pub merge_org_app: bool,
    /// Per label, in the order of the label set.
    pub labels: Vec<LabelScore>,
    pub micro: Score,
    /// `None` when MONEY is not scored.
    pub money: Option<MoneyReport>,
    /// Unmatched predictions dropped because they overlap an ignore span.
    pub ignored_predictions: usize,
    /// Predictions dropped because their label is outside the label set.
    pub dropped_predictions: usize,
    /// The first `show_errors` of each kind, in document order.
    pub false_positives: Vec<ErrorItem>,
    pub false_negatives: Vec<ErrorItem>,
    pub money_errors: Vec<ErrorItem>,
}

/// Analyses every document with `pipeline` (in parallel) and scores the result.
pub fn evaluate(pipeline: &Pipeline, docs: &[GoldDoc], opts: &EvalOptions) -> EvalReport {
    let ctx = Context::new(docs, opts);
    let results: Vec<DocResult> = docs
        .par_iter()
        .map(|doc| {
            let article = Article {
                id: doc.id.clone(),
                source_path: doc.source.clone(),
                text: doc.text.clone(),
                ..Default::default()
            };
            score_doc(doc, &pipeline.analyse(article), &ctx)
        })
        .collect();
    ctx.report(results, opts)
}

/// Scores analyses made elsewhere; `analyses[i]` belongs to `docs[i]` (extra items are ignored).
pub fn score_analyses(docs: &[GoldDoc], analyses: &[Analysis], opts: &EvalOptions) -> EvalReport {
    let ctx = Context::new(docs, opts);
    let results = docs
        .iter()
        .zip(analyses)
        .map(|(doc, analysis)| score_doc(doc, analysis, &ctx))
        .collect();
    ctx.report(results, opts)
}

/// The label set and mapping, shared by every document.
struct Context {
    labels: Vec<Label>,
    merge_org_app: bool,
}

impl Context {
    fn new(docs: &[GoldDoc], opts: &EvalOptions) -> Context {
        let merge = opts.merge_org_app;
        let mut set: BTreeSet<Label> = match &opts.labels {
            Some(labels) => labels.iter().copied().collect(),
            None => docs
                .iter()
                .flat_map(|d| d.entities.iter().map(|e| e.label))
                .collect(),
        };
        if merge && set.remove(&Label::App) {
            set.insert(Label::Org);
        }
        Context {
            labels: set.into_iter().collect(),
            merge_org_app: merge,
        }
    }

    fn gold_label(&self, label: Label) -> Label {
        if self.merge_org_app && label == Label::App {
            Label::Org
        } else {
            label
        }
    }

    /// `None` when the prediction has no counterpart in the gold scheme.
    fn pred_label(&self, label: Label, scheme: Scheme) -> Option<Label> {
        let label = match (scheme, label) {
            (Scheme::Conll, Label::App) => Label::Org,
            (Scheme::Conll, Label::Product) => return None,
            _ => label,
        };
        Some(self.gold_label(label))
    }

    fn report(&self, results: Vec<DocResult>, opts: &EvalOptions) -> EvalReport {
        let mut counts: BTreeMap<Label, [usize; 3]> =
            self.labels.iter().map(|&l| (l, [0; 3])).collect();
        let mut money = [0usize; 6];
        let mut report = EvalReport {
            docs: results.len(),
            merge_org_app: self.merge_org_app,
            ..Default::default()
        };
        for r in results {
            for (label, c) in r.counts {
                add(counts.entry(label).or_default(), &c);
            }
            add(&mut money, &r.money);
            report.ignored_predictions += r.ignored;
            report.dropped_predictions += r.dropped;
            for (list, items) in [
                (&mut report.false_positives, r.fps),
                (&mut report.false_negatives, r.fns),
                (&mut report.money_errors, r.money_errors),
            ] {
                let room = opts.show_errors.saturating_sub(list.len());
                list.extend(items.into_iter().take(room));
            }
        }
        let mut total = [0usize; 3];
        for (&label, c) in &counts {
            add(&mut total, c);
            report.labels.push(LabelScore {
                label,
                score: Score::from_counts(c[0], c[1], c[2]),
            });
        }
        report.micro = Score::from_counts(total[0], total[1], total[2]);
        if self.labels.contains(&Label::Money) {
            let pairs = money[0];
            let share = |correct: usize| FieldShare {
                correct,
                share: if pairs == 0 {
                    0.0
                } else {
                    correct as f64 / pairs as f64
                },
            };
            report.money = Some(MoneyReport {
                pairs,
                amount: share(money[1]),
                currency: share(money[2]),
                approx: share(money[3]),
                amount_max: share(money[4]),
                all: share(money[5]),
            });
        }
        report
    }
}

fn add<const N: usize>(acc: &mut [usize; N], x: &[usize; N]) {
    for (a, b) in acc.iter_mut().zip(x) {
        *a += b;
    }
}

/// What one document contributes.
#[derive(Default)]
struct DocResult {
    /// [tp, fp, fn] per label.
    counts: BTreeMap<Label, [usize; 3]>,
    /// [pairs, amount, currency, approx, amount_max, all].
    money: [usize; 6],
    ignored: usize,
    dropped: usize,
    fps: Vec<ErrorItem>,
    fns: Vec<ErrorItem>,
    money_errors: Vec<ErrorItem>,
}

type Key = (usize, usize, Label);

fn score_doc(doc: &GoldDoc, analysis: &Analysis, ctx: &Context) -> DocResult {
    let mut r = DocResult::default();
    let cps = CodePoints::new(&doc.text);
    let in_set = |l: Label| ctx.labels.contains(&l);

    // Every gold entity after mapping (for notes), then the scored ones.
    let all_gold: Vec<Key> = doc
        .entities
        .iter()
        .map(|e| (e.start, e.end, ctx.gold_label(e.label)))
        .collect();
    let gold: BTreeMap<Key, &GoldEntity> = doc
        .entities
        .iter()
        .zip(&all_gold)
        .filter(|(_, k)| in_set(k.2))
        .map(|(e, &k)| (k, e))
        .collect();

    // Predictions: code-point spans, mapped labels, duplicates once.
    let text = &analysis.article.text;
    let index = CharIndex::new(text);
    let mut all_pred: Vec<Key> = Vec::new();
    let mut pred: BTreeMap<Key, Option<&Money>> = BTreeMap::new();
    for m in &analysis.mentions {
        let valid = m.start <= m.end
            && m.end <= text.len()
            && text.is_char_boundary(m.start)
            && text.is_char_boundary(m.end);
        let label = ctx.pred_label(m.label, doc.scheme);
        let (Some(label), true) = (label, valid) else {
            r.dropped += 1;
            continue;
        };
        let key = (index.char_offset(m.start), index.char_offset(m.end), label);
        all_pred.push(key);
        if !in_set(label) {
            r.dropped += 1;
            continue;
        }
        pred.entry(key).or_insert(m.money.as_ref());
    }

    for (&key, &money) in &pred {
        let (start, end, label) = key;
        if let Some(g) = gold.get(&key) {
            r.counts.entry(label).or_default()[0] += 1;
            if label == Label::Money {
                check_money(g, money, doc, &cps, &mut r);
            }
        } else if doc.ignore.iter().any(|s| s.start < end && start < s.end) {
            r.ignored += 1;
        } else {
            r.counts.entry(label).or_default()[1] += 1;
            let note = note_for(key, &all_gold, "gold", &cps);
            r.fps
                .push(error_item(ErrorKind::FalsePositive, doc, &cps, key, note));
        }
    }
    for &key in gold.keys() {
        if !pred.contains_key(&key) {
            r.counts.entry(key.2).or_default()[2] += 1;
            let note = note_for(key, &all_pred, "predicted", &cps);
            r.fns
                .push(error_item(ErrorKind::FalseNegative, doc, &cps, key, note));
        }
    }
    r
}

/// What the other side has at or around `key`: same span with another label, else the first overlap.
fn note_for(key: Key, other: &[Key], side: &str, cps: &CodePoints) -> Option<String> {
    let (start, end, label) = key;
    if let Some(o) = other
        .iter()
        .find(|o| (o.0, o.1) == (start, end) && o.2 != label)
    {
        return Some(format!("{side} {}", o.2));
    }
    let overlap = other
        .iter()
        .filter(|o| o.0 < end && start < o.1 && **o != key)
        .min_by_key(|o| (o.2 != label, o.0));
    overlap.map(|o| {
        format!(
            "{side} {} [{}, {}) {:?}",
            o.2,
            o.0,
            o.1,
            cps.slice(o.0, o.1)
        )
    })
}

fn error_item(
    kind: ErrorKind,
    doc: &GoldDoc,
    cps: &CodePoints,
    key: Key,
    note: Option<String>,
) -> ErrorItem {
    let (start, end, label) = key;
    let flat = |s: &str| s.replace(['\n', '\r', '\t'], " ");
    ErrorItem {
        kind,
        doc_id: doc.id.clone(),
        label,
        start,
        end,
        text: cps.slice(start, end).to_string(),
        left: flat(cps.slice(start.saturating_sub(CONTEXT), start)),
        right: flat(cps.slice(end, end + CONTEXT)),
        note,
    }
}

fn close(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-6 * a.abs().max(b.abs())
}

fn close_opt(a: Option<f64>, b: Option<f64>) -> bool {
    match (a, b) {
        (None, None) => true,
        (Some(a), Some(b)) => close(a, b),
        _ => false,
    }
}

fn check_money(
    g: &GoldEntity,
    pred: Option<&Money>,
    doc: &GoldDoc,
    cps: &CodePoints,
    r: &mut DocResult,
) {
    let ok = match pred {
        Some(m) => [
            close_opt(g.amount, Some(m.amount)),
            g.currency
                .as_deref()
                .is_some_and(|c| c.eq_ignore_ascii_case(&m.currency)),
            g.approx == m.approx,
            close_opt(g.amount_max, m.amount_max),
        ],
        None => [false; 4],
    };
    let all = ok.iter().all(|&b| b);
    r.money[0] += 1;
    for (k, &b) in ok.iter().enumerate() {
        r.money[k + 1] += usize::from(b);
    }
    r.money[5] += usize::from(all);
    if !all {
        let fmt_amount = |a: Option<f64>| a.map_or("-".to_string(), |a| a.to_string());
        let gold = format!(
            "{} {} approx={} max={}",
            fmt_amount(g.amount),
            g.currency.as_deref().unwrap_or("-"),
            g.approx,
            fmt_amount(g.amount_max)
        );
        let got = pred.map_or("no value".to_string(), |m| {
            format!(
                "{} {} approx={} max={}",
                m.amount,
                m.currency,
                m.approx,
                fmt_amount(m.amount_max)
            )
        });
        let note = Some(format!("predicted {got}; gold {gold}"));
        let key = (g.start, g.end, Label::Money);
        r.money_errors
            .push(error_item(ErrorKind::MoneyValue, doc, cps, key, note));
    }
}

impl fmt::Display for EvalReport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let labels: Vec<&str> = self.labels.iter().map(|l| l.label.as_str()).collect();
        writeln!(
            f,
            "Entities: {} documents, exact span match, labels {}{}",
            self.docs,
            labels.join(" "),
            if self.merge_org_app {
                " (APP counted as ORG)"
            } else {
                ""
            }
        )?;
        writeln!(
            f,
            "{:<10} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6}",
            "label", "gold", "pred", "tp", "fp", "fn", "prec", "rec", "f1"
        )?;
        let row = |f: &mut fmt::Formatter<'_>, name: &str, s: &Score| {
            writeln!(
                f,
                "{:<10} {:>6} {:>6} {:>6} {:>6} {:>6} {:>6.3} {:>6.3} {:>6.3}",
                name, s.gold, s.predicted, s.tp, s.fp, s.fn_, s.precision, s.recall, s.f1
            )
        };
        for l in &self.labels {
            row(f, l.label.as_str(), &l.score)?;
        }
        row(f, "micro", &self.micro)?;
        writeln!(
            f,
            "Dropped predictions: {} overlapping ignore spans, {} with labels outside the set",
            self.ignored_predictions, self.dropped_predictions
        )?;
        if let Some(m) = &self.money {
            let pct = |s: FieldShare| format!("{:.1}%", 100.0 * s.share);
            writeln!(
                f,
                "Money values ({} matched): amount {}  currency {}  approx {}  amount_max {}  all {}",
                m.pairs,
                pct(m.amount),
                pct(m.currency),
                pct(m.approx),
                pct(m.amount_max),
                pct(m.all)
            )?;
        }
        let lists = [
            ("False positives", &self.false_positives, self.micro.fp),
            ("False negatives", &self.false_negatives, self.micro.fn_),
            (
                "Money value errors",
                &self.money_errors,
                self.money.as_ref().map_or(0, |m| m.pairs - m.all.correct),
            ),
        ];
        for (title, items, total) in lists {
            if items.is_empty() {
                continue;
            }
            writeln!(f, "\n{title} ({} of {total}):", items.len())?;
            for e in items {
                write!(
                    f,
                    "  {} {} [{}, {})  …{}[[{}]]{}…",
                    e.doc_id, e.label, e.start, e.end, e.left, e.text, e.right
                )?;
                match &e.note {
                    Some(n) => writeln!(f, "  ({n})")?,
                    None => writeln!(f)?,
                }
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Mention, Zone};

    const TEXT: &str =
        "Zürich: Elon Musk’s SpaceX paid around $80 million to Clubhouse during Orbital Week.";
    // Code points: Zürich 0..6, Elon Musk 8..17, SpaceX 20..26, $80 million 39..50,
    // Clubhouse 54..63, Orbital Week 71..83.

    fn ent(start: usize, end: usize, label: Label) -> GoldEntity {
        let text: String = TEXT.chars().skip(start).take(end - start).collect();
        GoldEntity {
            start,
            end,
            label,
            text,
            canonical: None,
            amount: None,
            amount_max: None,
            currency: None,
            approx: false,
        }
    }

    fn money_ent() -> GoldEntity {
        GoldEntity {
            amount: Some(80e6),
            currency: Some("USD".into()),
            approx: true,
            ..ent(39, 50, Label::Money)
        }
    }

    fn gold(scheme: Scheme) -> GoldDoc {
        GoldDoc {
            id: "d1".into(),
            source: "t:1".into(),
            scheme,
            text: TEXT.into(),
            entities: vec![
                ent(0, 6, Label::Location),
                ent(8, 17, Label::Person),
                ent(20, 26, Label::Org),
                money_ent(),
                ent(54, 63, Label::App),
            ],
            ignore: vec![super::super::gold::GoldSpan {
                start: 71,
                end: 83,
                text: None,
            }],
            relations: vec![],
        }
    }

    /// A mention from code-point offsets.
    fn pred(start: usize, end: usize, label: Label) -> Mention {
        let b = |c| crate::offsets::byte_offset(TEXT, c);
        Mention {
            start: b(start),
            end: b(end),
            label,
            canonical: String::new(),
            source: "test".into(),
            id: None,
            role: None,
            sentence: 0,
            zone: Zone::Boilerplate,
            money: None,
            value: None,
            entity: None,
        }
    }

    fn usd(amount: f64, approx: bool) -> Option<Money> {
        Some(Money {
            amount,
            amount_max: None,
            currency: "USD".into(),
            approx,
            qualifier: None,
        })
    }

    fn run(doc: GoldDoc, mentions: Vec<Mention>, opts: &EvalOptions) -> EvalReport {
        let analysis = Analysis {
            article: Article {
                id: doc.id.clone(),
                text: doc.text.clone(),
                ..Default::default()
            },
            mentions,
            ..Default::default()
        };
        score_analyses(&[doc], &[analysis], opts)
    }

    fn counts(r: &EvalReport, label: Label) -> (usize, usize, usize) {
        let s = &r
            .labels
            .iter()
            .find(|l| l.label == label)
            .expect("label")
            .score;
        (s.tp, s.fp, s.fn_)
    }

    #[test]
    fn scoring_table() {
        let opts = EvalOptions {
            show_errors: 10,
            ..Default::default()
        };
        // (case, predictions, label, expected (tp, fp, fn) for that label, ignored, dropped)
        type Case = (
            &'static str,
            Vec<Mention>,
            Label,
            (usize, usize, usize),
            usize,
            usize,
        );
        let cases: Vec<Case> = vec![
            (
                "exact",
                vec![pred(8, 17, Label::Person)],
                Label::Person,
                (1, 0, 0),
                0,
                0,
            ),
            (
                "duplicate once",
                vec![pred(8, 17, Label::Person), pred(8, 17, Label::Person)],
                Label::Person,
                (1, 0, 0),
                0,
                0,
            ),
            (
                "boundary miss",
                vec![pred(13, 17, Label::Person)],
                Label::Person,
                (0, 1, 1),
                0,
                0,
            ),
            (
                "label miss",
                vec![pred(8, 17, Label::Org)],
                Label::Person,
                (0, 0, 1),
                0,
                0,
            ),
            (
                "label miss (fp side)",
                vec![pred(8, 17, Label::Org)],
                Label::Org,
                (0, 1, 1),
                0,
                0,
            ),
            (
                "ignore overlap",
                vec![pred(71, 78, Label::Org)],
                Label::Org,
                (0, 0, 1),
                1,
                0,
            ),
            (
                "outside label set",
                vec![pred(71, 83, Label::Date), pred(0, 6, Label::Percent)],
                Label::Location,
                (0, 0, 1),
                0,
                2,
            ),
            (
                "no merge: APP vs ORG",
                vec![pred(54, 63, Label::Org)],
                Label::App,
                (0, 0, 1),
                0,
                0,
            ),
            (
                "any zone counts",
                vec![pred(0, 6, Label::Location)],
                Label::Location,
                (1, 0, 0),
                0,
                0,
            ),
            (
                "spurious",
                vec![pred(71, 78, Label::Person), pred(0, 1, Label::Person)],
                Label::Person,
                (0, 1, 1),
                1,
                0,
            ),
        ];
        for (name, mentions, label, expected, ignored, dropped) in cases {
            let r = run(gold(Scheme::Guideline), mentions, &opts);
            assert_eq!(counts(&r, label), expected, "{name}");
            assert_eq!(
                (r.ignored_predictions, r.dropped_predictions),
                (ignored, dropped),
                "{name}"
            );
        }
    }

    #[test]
    fn merge_org_app_and_label_restriction() {
        let mentions = || vec![pred(54, 63, Label::Org), pred(20, 26, Label::App)];
        let merged = EvalOptions {
            merge_org_app: true,
            ..Default::default()
        };
        let r = run(gold(Scheme::Guideline), mentions(), &merged);
        assert_eq!(counts(&r, Label::Org), (2, 0, 0));
        assert!(r.labels.iter().all(|l| l.label != Label::App));

        let restricted = EvalOptions {
            labels: Some(vec![Label::Person, Label::App]),
            merge_org_app: true,
            ..Default::default()
        };
        let r = run(gold(Scheme::Guideline), mentions(), &restricted);
        let labels: Vec<Label> = r.labels.iter().map(|l| l.label).collect();
        assert_eq!(labels, vec![Label::Person, Label::Org]);
        assert_eq!(r.micro.gold, 3);
        assert_eq!(r.money, None);
    }

    #[test]
    fn conll_maps_app_to_org_and_drops_product() {
        let mut doc = gold(Scheme::Conll);
        doc.entities
            .retain(|e| e.label != Label::Money && e.label != Label::App);
        doc.entities.push(ent(54, 63, Label::Org));
        let mentions = vec![pred(54, 63, Label::App), pred(20, 26, Label::Product)];
        let r = run(doc, mentions, &EvalOptions::default());
        assert_eq!(counts(&r, Label::Org), (1, 0, 1));
        assert_eq!(r.dropped_predictions, 1);
        // The same predictions against guideline gold: PRODUCT is outside the set, APP is its own label.
        let r = run(
            gold(Scheme::Guideline),
            vec![pred(54, 63, Label::App), pred(20, 26, Label::Product)],
            &EvalOptions::default(),
        );
        assert_eq!(counts(&r, Label::App), (1, 0, 0));
        assert_eq!(r.dropped_predictions, 1);
    }

    #[test]
    fn money_field_table() {
        let range = Some(Money {
            amount_max: Some(9e7),
            ..usd(80e6, true).unwrap()
        });
        let eur = Some(Money {
            currency: "eur".into(),
            ..usd(80e6, true).unwrap()
        });
        // (predicted money, expected [amount, currency, approx, amount_max, all])
        let cases: Vec<(Option<Money>, [usize; 5])> = vec![
            (usd(80e6, true), [1, 1, 1, 1, 1]),
            (usd(80e6 * (1.0 + 1e-9), true), [1, 1, 1, 1, 1]),
            (usd(80e6 * (1.0 + 1e-5), true), [0, 1, 1, 1, 0]),
            (usd(80e6, false), [1, 1, 0, 1, 0]),
            (eur, [1, 0, 1, 1, 0]),
            (range, [1, 1, 1, 0, 0]),
            (None, [0, 0, 0, 0, 0]),
        ];
        for (money, expected) in cases {
            let mut m = pred(39, 50, Label::Money);
            m.money = money.clone();
            let opts = EvalOptions {
                show_errors: 5,
                ..Default::default()
            };
            let r = run(gold(Scheme::Guideline), vec![m], &opts);
            let mr = r.money.expect("money scored");
            let got = [
                mr.amount.correct,
                mr.currency.correct,
                mr.approx.correct,
                mr.amount_max.correct,
                mr.all.correct,
            ];
            assert_eq!((mr.pairs, got), (1, expected), "{money:?}");
            assert_eq!(r.money_errors.len(), 1 - expected[4], "{money:?}");
        }
    }

    #[test]
    fn errors_have_context_notes_and_limit() {
        let opts = EvalOptions {
            show_errors: 1,
            ..Default::default()
        };
        let r = run(
            gold(Scheme::Guideline),
            vec![pred(13, 17, Label::Person), pred(20, 26, Label::Person)],
            &opts,
        );
        assert_eq!(r.micro.fp, 2);
        assert_eq!(r.false_positives.len(), 1);
        let fp = &r.false_positives[0];
        assert_eq!(
            (fp.text.as_str(), fp.left.as_str()),
            ("Musk", "Zürich: Elon ")
        );
        assert!(fp.right.starts_with("’s SpaceX"));
        assert_eq!(
            fp.note.as_deref(),
            Some("gold PERSON [8, 17) \"Elon Musk\"")
        );
        let fn0 = &r.false_negatives[0];
        assert_eq!((fn0.text.as_str(), fn0.label), ("Zürich", Label::Location));
        let shown = r.to_string();
        assert!(shown.contains("micro"), "{shown}");
        assert!(shown.contains("False positives (1 of 2)"), "{shown}");
        let json = serde_json::to_value(&r).unwrap();
        assert_eq!(json["micro"]["fn"], 5);
        assert_eq!(json["labels"][0]["label"], "PERSON");
    }

    #[test]
    fn evaluate_runs_the_pipeline_in_parallel_order_independently() {
        let docs: Vec<GoldDoc> = (0..8)
            .map(|i| GoldDoc {
                id: format!("d{i}"),
                ..gold(Scheme::Guideline)
            })
            .collect();
        let opts = EvalOptions {
            show_errors: 100,
            ..Default::default()
        };
        let r = evaluate(&Pipeline::without_gazetteers(), &docs, &opts);
        assert_eq!(r.docs, 8);
        assert_eq!(r.micro.gold, 40);
        let fn_docs: Vec<&str> = r
            .false_negatives
            .iter()
            .map(|e| e.doc_id.as_str())
            .collect();
        let mut sorted = fn_docs.clone();
        sorted.sort();
        assert_eq!(fn_docs, sorted);
    }

    #[test]
    fn score_from_counts_table() {
        let cases = [
            ((0, 0, 0), (0.0, 0.0, 0.0)),
            ((1, 1, 0), (0.5, 1.0, 2.0 / 3.0)),
            ((3, 0, 1), (1.0, 0.75, 6.0 / 7.0)),
        ];
        for ((tp, fp, fn_), (p, r, f)) in cases {
            let s = Score::from_counts(tp, fp, fn_);
            assert!(
                (s.precision - p).abs() < 1e-12
                    && (s.recall - r).abs() < 1e-12
                    && (s.f1 - f).abs() < 1e-12,
                "{s:?}"
            );
        }
    }
}
