//! In-article entity resolution: one [`Entity`] per real-world thing an article names.
//!
//! **Takes** the recognised mentions of one article (with their recognition canonicals and
//! gazetteer ids), the gazetteer and the analyst's [`MergeRules`]. **Gives** the article's
//! entities, in order of first mention, and sets every named mention's `entity` index and
//! `canonical` (the entity's fullest form). **Does not** look at other articles, keep global
//! state, or change spans and labels.
//!
//! Mentions are grouped with the OrthoMatcher-style rules of [`rules`] (`SameName`,
//! `SameCanonical`, `PluralVariant`, `PersonShortForm`, `Acronym`, `Abbreviation`,
//! `OrgCore`). Short forms attach only when
//! they fit exactly one longer name in the article: with "David Smith" and "John Smith" both
//! named, a bare "Smith" stays an entity of its own (id `PERSON:smith`) rather than being
//! guessed. A short form in the article's own text is never resolved by a name that only
//! occurs in page furniture (boilerplate). Each rule looks candidates up in a hash index by
//! name, surname, initials or core, so the work is linear in the mentions.
//!
//! Values (MONEY, PERCENT, DATE, AGE) are not entities: their `entity` stays `None`.
//!
//! **Entity id** (the same for the same thing in every article, computed from this article
//! alone): the gazetteer id of the whole entity when one of its mentions carries it, as a
//! Wikidata QID (`Q159`) or else `LABEL#id` (`ORG#1318605`) since list ids of different lists
//! may collide; otherwise [`entity_key`] of the label and canonical (`PERSON:elon musk`).
//! Then `same` merge rules map it to the smallest id of its class, and entities of one
//! article that end with the same id become one.

pub mod merge;
pub mod names;
pub mod rules;

pub use merge::{MergeError, MergeRules};
pub use names::{fold, NameForm};

use crate::gazetteer::{FxBuildHasher, Gazetteer};
use crate::model::{Entity, Label, Mention, Zone};
use std::collections::HashMap;

/// Hash maps keyed by short names, rebuilt per article: FxHash, as the recognisers use.
type FxMap<K, V> = HashMap<K, V, FxBuildHasher>;

/// The corpus-wide key of an entity with no gazetteer id: `LABEL:folded canonical`, folded as
/// [`fold`] does (lower case, Latin diacritics folded, apostrophes and dots dropped, other
/// punctuation a space, white space collapsed).
///
/// ```
/// use newsfacts::model::Label;
/// use newsfacts::resolve::entity_key;
/// assert_eq!(entity_key(Label::Person, "  José  Müller-Núñez "), "PERSON:jose muller nunez");
/// assert_eq!(entity_key(Label::Org, "Dr. Reddy's"), "ORG:dr reddys");
/// ```
pub fn entity_key(label: Label, canonical: &str) -> String {
    let folded = fold(canonical);
    if folded.is_empty() {
        // All punctuation: keep it rather than collapse every such name into one key.
        return format!("{label}:{}", canonical.trim().to_lowercase());
    }
    format!("{label}:{folded}")
}

/// The entity id a gazetteer id gives: QIDs as they are, other list ids with their label.
pub fn gazetteer_entity_id(label: Label, id: &str) -> String {
    let qid = id.len() > 1 && id.starts_with('Q') && id[1..].bytes().all(|b| b.is_ascii_digit());
    if qid {
        id.to_string()
    } else {
        format!("{label}#{id}")
    }
}

/// Resolves the named mentions of one article into entities (see the module doc).
pub fn resolve(
    mentions: &mut [Mention],
    gaz: Option<&Gazetteer>,
    text: &str,
    merges: &MergeRules,
) -> Vec<Entity> {
    let named: Vec<usize> = (0..mentions.len())
        .filter(|&i| mentions[i].label.is_named())
        .collect();
    if named.is_empty() {
        return Vec::new();
    }
    let items: Vec<Item> = named
        .iter()
        .map(|&i| {
            let m = &mentions[i];
            let surface = text.get(m.start..m.end).unwrap_or("");
            Item {
                mention: i,
                label: m.label,
                person: m.label == Label::Person,
                furniture: m.zone == Zone::Boilerplate,
                form: NameForm::new(surface, m.label, gaz),
                canonical_key: fold(&m.canonical),
            }
        })
        .collect();
    let mut groups = Groups::new(&items, mentions, merges);

    // SameName, SameCanonical and PluralVariant (non-people only): one hash map each, keyed
    // by family and folded name.
    for key_of in [
        (|it: &Item| it.form.key.clone()) as fn(&Item) -> String,
        |it: &Item| it.canonical_key.clone(),
        |it: &Item| {
            if it.person {
                String::new()
            } else {
                rules::plural_key(&it.form)
            }
        },
    ] {
        let mut first: FxMap<(bool, String), usize> = FxMap::default();
        for (k, it) in items.iter().enumerate() {
            let key = key_of(it);
            if key.is_empty() {
                continue;
            }
            match first.entry((it.person, key)) {
                std::collections::hash_map::Entry::Occupied(e) => {
                    groups.union(*e.get(), k);
                }
                std::collections::hash_map::Entry::Vacant(e) => {
                    e.insert(k);
                }
            }
        }
    }

    // The short-form rules decide against the groups as they stand now, so that the result
    // does not depend on mention order; each distinct name is decided once.
    let base: Vec<usize> = (0..items.len()).map(|k| groups.find(k)).collect();
    let mut links: Vec<(usize, usize)> = Vec::new();
    person_short_forms(&items, &base, &mut links);
    acronyms(&items, &base, &mut links);
    abbreviations(&items, &base, &mut links);
    org_cores(&items, &base, gaz, &mut links);
    for (a, b) in links {
        groups.union(a, b);
    }

    build_entities(&items, &mut groups, mentions, merges)
}

/// One named mention as the resolver sees it.
struct Item {
    /// Index into the article's mentions.
    mention: usize,
    label: Label,
    person: bool,
    furniture: bool,
    form: NameForm,
    canonical_key: String,
}

/// Distinct longer names, by index key, each with one representative item.
type NameIndex = FxMap<String, Vec<usize>>;

/// Adds `k` under `key` unless an item with the same folded name is already there.
fn index_add(index: &mut NameIndex, key: &str, k: usize, items: &[Item]) {
    let list = index.entry(key.to_string()).or_default();
    if !list.iter().any(|&j| items[j].form.key == items[k].form.key) {
        list.push(k);
    }
}

/// The single group among `candidates` that `fits` (content mentions ignore furniture-only
/// names), or `None` when there are none or more than one.
fn unique_group(
    items: &[Item],
    base: &[usize],
    short: usize,
    candidates: Option<&Vec<usize>>,
    fits: impl Fn(&Item) -> bool,
) -> Option<usize> {
    let mut found: Option<usize> = None;
    for &j in candidates.into_iter().flatten() {
        let it = &items[j];
        if (it.furniture && !items[short].furniture) || !fits(it) {
            continue;
        }
        match found {
            None => found = Some(j),
            Some(f) if base[f] == base[j] => {}
            Some(_) => return None,
        }
    }
    found
}

/// `PersonShortForm`: "Peskov", "Elon", "Kilroy-Silk" against the one longer name they fit.
fn person_short_forms(items: &[Item], base: &[usize], links: &mut Vec<(usize, usize)>) {
    let mut by_last = NameIndex::default();
    let mut by_first = NameIndex::default();
    for (k, it) in items.iter().enumerate() {
        if it.person && it.form.tokens.len() >= 2 {
            let t = &it.form.tokens;
            index_add(&mut by_last, &t[t.len() - 1], k, items);
            index_add(&mut by_first, &t[0], k, items);
        }
    }
    let mut decided: FxMap<(&str, bool), Option<usize>> = FxMap::default();
    for (k, it) in items.iter().enumerate() {
        let t = &it.form.tokens;
        if !it.person || t.is_empty() {
            continue;
        }
        let target = *decided
            .entry((it.form.key.as_str(), it.furniture))
            .or_insert_with(|| {
                let fits = |full: &Item| rules::person_short_form(&it.form, &full.form);
                let last = unique_group(items, base, k, by_last.get(&t[t.len() - 1]), fits);
                if t.len() > 1 {
                    return last;
                }
                let first = unique_group(items, base, k, by_first.get(&t[0]), fits);
                // A word that is one person's surname and another's first name is ambiguous.
                match (last, first) {
                    (Some(a), Some(b)) if base[a] != base[b] => None,
                    (a, b) => a.or(b),
                }
            });
        if let Some(j) = target {
            links.push((k, j));
        }
    }
}

/// `Acronym`: "ECB" against the one longer non-person name whose initials it is.
fn acronyms(items: &[Item], base: &[usize], links: &mut Vec<(usize, usize)>) {
    let mut by_initials = NameIndex::default();
    for (k, it) in items.iter().enumerate() {
        if it.person {
            continue;
        }
        if let Some((short, long)) = rules::initials(&it.form) {
            index_add(&mut by_initials, &short, k, items);
            if long != short {
                index_add(&mut by_initials, &long, k, items);
            }
        }
    }
    if by_initials.is_empty() {
        return;
    }
    for (k, it) in items.iter().enumerate() {
        if it.person {
            continue;
        }
        let Some(letters) = rules::acronym_letters(&it.form.display) else {
            continue;
        };
        let fits = |full: &Item| rules::acronym_of(&it.form, &full.form);
        if let Some(j) = unique_group(items, base, k, by_initials.get(&letters), fits) {
            links.push((k, j));
        }
    }
}

/// `Abbreviation`: "Lib Dems" against the one longer name whose words it shortens.
fn abbreviations(items: &[Item], base: &[usize], links: &mut Vec<(usize, usize)>) {
    let mut by_prefix = NameIndex::default();
    for (k, it) in items.iter().enumerate() {
        if let Some(key) = rules::abbreviation_key(&it.form).filter(|_| !it.person) {
            index_add(&mut by_prefix, &key, k, items);
        }
    }
    for (k, it) in items.iter().enumerate() {
        let Some(key) = rules::abbreviation_key(&it.form).filter(|_| !it.person) else {
            continue;
        };
        let fits = |full: &Item| rules::abbreviation_of(&it.form, &full.form);
        if let Some(j) = unique_group(items, base, k, by_prefix.get(&key), fits) {
            links.push((k, j));
        }
    }
}

/// `OrgCore`: "Cranfield" against the one organisation whose core name it is.
fn org_cores(
    items: &[Item],
    base: &[usize],
    gaz: Option<&Gazetteer>,
    links: &mut Vec<(usize, usize)>,
) {
    let mut by_core = NameIndex::default();
    let mut seen: FxMap<&str, ()> = FxMap::default();
    for (k, it) in items.iter().enumerate() {
        if it.label != Label::Org || seen.insert(it.form.key.as_str(), ()).is_some() {
            continue;
        }
        if let Some(core) = rules::org_core(&it.form, gaz) {
            index_add(&mut by_core, &core, k, items);
        }
    }
    if by_core.is_empty() {
        return;
    }
    for (k, it) in items.iter().enumerate() {
        if it.person {
            continue;
        }
        if let Some(j) = unique_group(items, base, k, by_core.get(&it.form.key), |_| true) {
            links.push((k, j));
        }
    }
}

/// Union-find over items, refusing unions that `different` merge rules forbid.
struct Groups<'m> {
    parent: Vec<usize>,
    merges: &'m MergeRules,
    /// Per root, the ids its mentions would get alone (only with `different` rules).
    ids: Vec<Vec<String>>,
}

impl<'m> Groups<'m> {
    fn new(items: &[Item], mentions: &[Mention], merges: &'m MergeRules) -> Groups<'m> {
        let ids = if merges.has_different() {
            items
                .iter()
                .map(|it| {
                    let m = &mentions[it.mention];
                    let mut v = vec![
                        merges
                            .map(&entity_key(it.label, &it.form.display))
                            .to_string(),
                        merges.map(&entity_key(it.label, &m.canonical)).to_string(),
                    ];
                    if let Some(id) = &m.id {
                        v.push(merges.map(&gazetteer_entity_id(m.label, id)).to_string());
                    }
                    v.sort();
                    v.dedup();
                    v
                })
                .collect()
        } else {
            Vec::new()
        };
        Groups {
            parent: (0..items.len()).collect(),
            merges,
            ids,
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    /// Joins the groups of `a` and `b` unless a `different` rule forbids it.
    fn union(&mut self, a: usize, b: usize) -> bool {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra == rb {
            return true;
        }
        // The smaller index stays root: roots are first mentions.
        let (root, child) = if ra < rb { (ra, rb) } else { (rb, ra) };
        if !self.ids.is_empty() {
            let forbidden = self.ids[root]
                .iter()
                .any(|x| self.ids[child].iter().any(|y| self.merges.forbids(x, y)));
            if forbidden {
                return false;
            }
            let moved = std::mem::take(&mut self.ids[child]);
            let set = &mut self.ids[root];
            set.extend(moved);
            set.sort();
            set.dedup();
        }
        self.parent[child] = root;
        true
    }
}

/// Groups → entities: canonical, label and id per group, groups with one id joined, then the
/// mentions pointed at their entity.
fn build_entities(
    items: &[Item],
    groups: &mut Groups,
    mentions: &mut [Mention],
    merges: &MergeRules,
) -> Vec<Entity> {
    let all_keys: std::collections::HashSet<&str, FxBuildHasher> =
        items.iter().map(|it| it.form.key.as_str()).collect();
    // Members per root, roots in order of first mention (roots are their group's first item).
    let mut members: Vec<Vec<usize>> = Vec::new();
    let mut slot: FxMap<usize, usize> = FxMap::default();
    for k in 0..items.len() {
        let r = groups.find(k);
        let s = *slot.entry(r).or_insert_with(|| {
            members.push(Vec::new());
            members.len() - 1
        });
        members[s].push(k);
    }
    // Id per group; groups sharing an id become one entity (first group's position). A group
    // that stays alone keeps the label and name computed here (its members are in order).
    type Named = Option<(Label, String)>;
    let mut entities: Vec<(String, Vec<usize>, Named)> = Vec::new();
    let mut by_id: FxMap<String, usize> = FxMap::default();
    for group in members {
        let label = majority_label(items, &group);
        let canonical = fullest(items, &group, mentions, &all_keys);
        let id = merges
            .map(
                &group_gazetteer_id(items, &group, mentions)
                    .unwrap_or_else(|| entity_key(label, &canonical)),
            )
            .to_string();
        match by_id.get(&id) {
            Some(&e) => {
                entities[e].1.extend(group);
                entities[e].2 = None;
            }
            None => {
                by_id.insert(id.clone(), entities.len());
                entities.push((id, group, Some((label, canonical))));
            }
        }
    }
    entities
        .into_iter()
        .enumerate()
        .map(|(e, (id, mut group, named))| {
            let (label, canonical) = match named {
                Some(named) => named,
                None => {
                    group.sort_unstable();
                    let label = majority_label(items, &group);
                    (label, fullest(items, &group, mentions, &all_keys))
                }
            };
            let mention_ids: Vec<usize> = group.iter().map(|&k| items[k].mention).collect();
            for &m in &mention_ids {
                mentions[m].entity = Some(e);
                mentions[m].canonical = canonical.clone();
            }
            Entity {
                id,
                label,
                canonical,
                mentions: mention_ids,
            }
        })
        .collect()
}

/// The label most members carry; ties go to the first member's.
fn majority_label(items: &[Item], group: &[usize]) -> Label {
    let mut counts: Vec<(Label, usize)> = Vec::new();
    for &k in group {
        match counts.iter_mut().find(|(l, _)| *l == items[k].label) {
            Some((_, n)) => *n += 1,
            None => counts.push((items[k].label, 1)),
        }
    }
    let best = counts.iter().map(|(_, n)| *n).max().unwrap_or(0);
    counts
        .iter()
        .find(|(_, n)| *n == best)
        .map_or(Label::Org, |(l, _)| *l)
}

/// The fullest name of a group: most words, then most characters, then first seen, among
/// its surfaces (possessives and titles stripped) and recognition canonicals. A person's
/// recognition canonical does not count when another entity of the article holds that name
/// (a `different` rule kept the two apart); it counts when no mention holds it (the full
/// name was seen, but not kept as a mention).
fn fullest(
    items: &[Item],
    group: &[usize],
    mentions: &[Mention],
    all_keys: &std::collections::HashSet<&str, FxBuildHasher>,
) -> String {
    // Small groups (most) are scanned; large ones hashed.
    let keys: std::collections::HashSet<&str, FxBuildHasher> = if group.len() > 16 {
        group.iter().map(|&k| items[k].form.key.as_str()).collect()
    } else {
        Default::default()
    };
    let in_group = |key: &str| {
        if group.len() > 16 {
            keys.contains(key)
        } else {
            group.iter().any(|&k| items[k].form.key == key)
        }
    };
    let mut best: Option<(usize, usize, &str)> = None;
    for &k in group {
        let it = &items[k];
        let canonical = mentions[it.mention].canonical.as_str();
        let ck = it.canonical_key.as_str();
        let canonical_ok = !it.person || in_group(ck) || !all_keys.contains(ck);
        let names = [
            it.form.display.as_str(),
            if canonical_ok { canonical } else { "" },
        ];
        for name in names {
            let words = name.split_whitespace().count();
            if words == 0 {
                continue;
            }
            let chars = name.chars().count();
            if best.is_none_or(|(w, c, _)| (words, chars) > (w, c)) {
                best = Some((words, chars, name));
            }
        }
    }
    best.map_or_else(String::new, |(_, _, n)| {
        n.split_whitespace().collect::<Vec<_>>().join(" ")
    })
}

/// The most frequent gazetteer id among the members (ties: the smallest), formatted.
fn group_gazetteer_id(items: &[Item], group: &[usize], mentions: &[Mention]) -> Option<String> {
    let mut counts: FxMap<String, usize> = FxMap::default();
    for &k in group {
        let m = &mentions[items[k].mention];
        if let Some(id) = m.id.as_deref().filter(|id| !id.is_empty()) {
            *counts.entry(gazetteer_entity_id(m.label, id)).or_default() += 1;
        }
    }
    counts
        .into_iter()
        .max_by(|(a, na), (b, nb)| na.cmp(nb).then_with(|| b.cmp(a)))
        .map(|(id, _)| id)
}

#[cfg(test)]
mod tests;
