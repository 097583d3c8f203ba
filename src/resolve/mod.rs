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
pub use names::{fold, fold_into, NameForm, Words};

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
    let label = label.as_str();
    let mut key = String::with_capacity(label.len() + 1 + canonical.len());
    key.push_str(label);
    key.push(':');
    fold_into(&mut key, canonical);
    if key.len() == label.len() + 1 {
        // All punctuation: keep it rather than collapse every such name into one key.
        key.push_str(&canonical.trim().to_lowercase());
    }
    key
}

/// The entity id a gazetteer id gives: QIDs as they are, other list ids with their label.
pub fn gazetteer_entity_id(label: Label, id: &str) -> String {
    if is_qid(id) {
        id.to_string()
    } else {
        format!("{label}#{id}")
    }
}

/// A Wikidata QID: `Q` and digits.
fn is_qid(id: &str) -> bool {
    id.len() > 1 && id.starts_with('Q') && id[1..].bytes().all(|b| b.is_ascii_digit())
}

/// Resolves the named mentions of one article into entities (see the module doc).
pub fn resolve(
    mentions: &mut [Mention],
    gaz: Option<&Gazetteer>,
    text: &str,
    merges: &MergeRules,
) -> Vec<Entity> {
    // One name form per distinct surface and label: names repeat within an article, and so
    // does everything computed from a form alone (the keys of the rules below).
    let mut forms: Vec<NameForm> = Vec::new();
    let mut form_person: Vec<bool> = Vec::new();
    // Sized up front: growing a hash map rehashes every key (a tenth of `resolve`'s time).
    let mut form_of: FxMap<(&str, Label), usize> =
        FxMap::with_capacity_and_hasher(mentions.len(), Default::default());
    let form_ids: Vec<usize> = mentions
        .iter()
        .filter(|m| m.label.is_named())
        .map(|m| {
            let surface = text.get(m.start..m.end).unwrap_or("");
            *form_of.entry((surface, m.label)).or_insert_with(|| {
                forms.push(NameForm::new(surface, m.label, gaz));
                form_person.push(m.label == Label::Person);
                forms.len() - 1
            })
        })
        .collect();
    drop(form_of);
    let items: Vec<Item> = mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.label.is_named())
        .zip(&form_ids)
        .map(|((i, m), &f)| {
            let form = &forms[f];
            // Most canonicals are the surface as it stands: its fold is at hand.
            let canonical_key = (m.canonical != form.display).then(|| fold(&m.canonical));
            Item {
                mention: i,
                label: m.label,
                person: m.label == Label::Person,
                furniture: m.zone == Zone::Boilerplate,
                form,
                form_id: f,
                canonical_key,
            }
        })
        .collect();
    if items.is_empty() {
        return Vec::new();
    }
    let mut groups = Groups::new(&items, mentions, merges);

    // SameName, SameCanonical and PluralVariant (non-people only): one hash map each, keyed
    // by family and folded name.
    let plural: Vec<std::borrow::Cow<str>> = forms
        .iter()
        .zip(&form_person)
        .map(|(form, &person)| {
            if person {
                "".into()
            } else {
                rules::plural_key(form)
            }
        })
        .collect();
    let mut first: FxMap<(bool, &str), usize> = FxMap::default();
    first.reserve(items.len());
    for pass in 0..3 {
        first.clear();
        for (k, it) in items.iter().enumerate() {
            let key = match pass {
                0 => it.form.key(),
                1 => it.canonical_key(),
                _ => &plural[it.form_id],
            };
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
    drop(first);

    // The short-form rules decide against the groups as they stand now, so that the result
    // does not depend on mention order; each distinct name is decided once.
    let base: Vec<usize> = (0..items.len()).map(|k| groups.find(k)).collect();
    let mut links: Vec<(usize, usize)> = Vec::new();
    let non_people = || {
        forms
            .iter()
            .zip(&form_person)
            .map(|(f, &p)| (!p).then_some(f))
    };
    person_short_forms(&items, &base, &mut links);
    acronyms(&items, non_people(), &base, &mut links);
    abbreviations(&items, non_people(), &base, &mut links);
    org_cores(&items, &base, gaz, &mut links);
    for (a, b) in links {
        groups.union(a, b);
    }

    build_entities(&items, &mut groups, mentions, merges)
}

/// One named mention as the resolver sees it.
struct Item<'f> {
    /// Index into the article's mentions.
    mention: usize,
    label: Label,
    person: bool,
    furniture: bool,
    form: &'f NameForm,
    /// Index of `form` among the article's distinct forms.
    form_id: usize,
    /// [`fold`] of the recognition canonical, when it is not the display form.
    canonical_key: Option<String>,
}

impl Item<'_> {
    /// [`fold`] of the recognition canonical.
    fn canonical_key(&self) -> &str {
        self.canonical_key
            .as_deref()
            .unwrap_or_else(|| self.form.folded())
    }
}

/// Distinct longer names, by index key, each with one representative item.
type NameIndex<'a> = FxMap<&'a str, Vec<usize>>;

/// Adds `k` under `key` unless an item with the same folded name is already there.
fn index_add<'a>(index: &mut NameIndex<'a>, key: &'a str, k: usize, items: &[Item]) {
    let list = index.entry(key).or_default();
    if !list
        .iter()
        .any(|&j| items[j].form.key() == items[k].form.key())
    {
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
    // Counted first: the maps are sized for them (none allocated when there are none).
    let full = |it: &Item| it.person && it.form.token_count() >= 2;
    let n = items.iter().filter(|it| full(it)).count();
    if n == 0 {
        return; // no longer name to be short for
    }
    let mut by_last = NameIndex::with_capacity_and_hasher(n, Default::default());
    let mut by_first = NameIndex::with_capacity_and_hasher(n, Default::default());
    for (k, it) in items.iter().enumerate() {
        if full(it) {
            index_add(&mut by_last, it.form.last_token(), k, items);
            index_add(&mut by_first, it.form.first_token(), k, items);
        }
    }
    let people = items.iter().filter(|it| it.person).count();
    let mut decided: FxMap<(&str, bool), Option<usize>> =
        FxMap::with_capacity_and_hasher(people, Default::default());
    for (k, it) in items.iter().enumerate() {
        let n = it.form.token_count();
        if !it.person || n == 0 {
            continue;
        }
        let target = *decided
            .entry((it.form.key(), it.furniture))
            .or_insert_with(|| {
                let fits = |full: &Item| rules::person_short_form(it.form, full.form);
                let last = unique_group(items, base, k, by_last.get(it.form.last_token()), fits);
                if n > 1 {
                    return last;
                }
                let first = unique_group(items, base, k, by_first.get(it.form.first_token()), fits);
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

/// `Acronym`: "ECB" against the one longer non-person name whose initials it is. `forms`:
/// the article's forms (by `form_id`), `None` for people's.
fn acronyms<'f>(
    items: &[Item],
    forms: impl Iterator<Item = Option<&'f NameForm>> + Clone,
    base: &[usize],
    links: &mut Vec<(usize, usize)>,
) {
    // Acronym-shaped names first (few, and cheap to reject): without one, no initials.
    let letters: Vec<Option<String>> = forms
        .clone()
        .map(|f| f.and_then(|f| rules::acronym_letters(&f.display)))
        .collect();
    if letters.iter().all(Option::is_none) {
        return;
    }
    let initials: Vec<Option<(String, String)>> =
        forms.map(|f| f.and_then(rules::initials)).collect();
    let n = items
        .iter()
        .filter(|it| initials[it.form_id].is_some())
        .count();
    let mut by_initials = NameIndex::with_capacity_and_hasher(2 * n, Default::default());
    for (k, it) in items.iter().enumerate() {
        if let Some((short, long)) = &initials[it.form_id] {
            index_add(&mut by_initials, short, k, items);
            if long != short {
                index_add(&mut by_initials, long, k, items);
            }
        }
    }
    if by_initials.is_empty() {
        return;
    }
    for (k, it) in items.iter().enumerate() {
        let Some(letters) = &letters[it.form_id] else {
            continue;
        };
        // Every candidate is indexed under its initials, so each fits (`rules::acronym_of`).
        let candidates = by_initials.get(letters.as_str());
        if let Some(j) = unique_group(items, base, k, candidates, |_| true) {
            links.push((k, j));
        }
    }
}

/// `Abbreviation`: "Lib Dems" against the one longer name whose words it shortens. `forms`
/// as for [`acronyms`].
fn abbreviations<'f>(
    items: &[Item],
    forms: impl Iterator<Item = Option<&'f NameForm>>,
    base: &[usize],
    links: &mut Vec<(usize, usize)>,
) {
    let keys: Vec<Option<String>> = forms.map(|f| f.and_then(rules::abbreviation_key)).collect();
    let n = items.iter().filter(|it| keys[it.form_id].is_some()).count();
    let mut by_prefix = NameIndex::with_capacity_and_hasher(n, Default::default());
    for (k, it) in items.iter().enumerate() {
        if let Some(key) = &keys[it.form_id] {
            index_add(&mut by_prefix, key, k, items);
        }
    }
    for (k, it) in items.iter().enumerate() {
        let Some(key) = &keys[it.form_id] else {
            continue;
        };
        // A name is listed under its own key: the same folded name never shortens itself
        // (`abbreviation_of` is false for it), and a string test rejects it cheaply.
        let fits = |full: &Item| {
            full.form.key() != it.form.key() && rules::abbreviation_of(it.form, full.form)
        };
        if let Some(j) = unique_group(items, base, k, by_prefix.get(key.as_str()), fits) {
            links.push((k, j));
        }
    }
}

/// `OrgCore`: "Cranfield" against the one organisation whose core name it is. Names whose
/// cores are each other's ("Kavach Fintech" and "Kavach Fintech Pvt Ltd" for "Kavach") are
/// one organisation: the short form goes to the longest.
fn org_cores(
    items: &[Item],
    base: &[usize],
    gaz: Option<&Gazetteer>,
    links: &mut Vec<(usize, usize)>,
) {
    let orgs = items.iter().filter(|it| it.label == Label::Org).count();
    if orgs == 0 {
        return;
    }
    let mut cores: Vec<(Vec<String>, usize)> = Vec::new();
    let mut seen: FxMap<&str, ()> = FxMap::with_capacity_and_hasher(orgs, Default::default());
    for (k, it) in items.iter().enumerate() {
        if it.label != Label::Org || seen.insert(it.form.key(), ()).is_some() {
            continue;
        }
        let c = rules::org_cores(it.form, gaz);
        if !c.is_empty() {
            cores.push((c, k));
        }
    }
    if cores.is_empty() {
        return;
    }
    let mut by_core = NameIndex::with_capacity_and_hasher(cores.len(), Default::default());
    for (keys, k) in &cores {
        for core in keys {
            index_add(&mut by_core, core, *k, items);
        }
    }
    let cores_of = |j: usize| {
        cores
            .iter()
            .find(|(_, k)| *k == j)
            .map_or(&[][..], |(c, _)| &c[..])
    };
    for (k, it) in items.iter().enumerate() {
        if it.person {
            continue;
        }
        let Some(candidates) = by_core.get(it.form.key()) else {
            continue;
        };
        if let Some(j) = unique_group(items, base, k, Some(candidates), |_| true) {
            links.push((k, j));
            continue;
        }
        // A chain: one candidate whose cores are all the other candidates' names. Only for
        // an organisation's short form ("Georgia" the state is not "Georgia Power Co").
        if it.label != Label::Org {
            continue;
        }
        let longest = candidates.iter().copied().find(|&j| {
            candidates
                .iter()
                .all(|&i| i == j || cores_of(j).iter().any(|c| c == items[i].form.key()))
        });
        if let Some(j) = longest.filter(|&j| !items[j].furniture || items[k].furniture) {
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
    let n = items.len();
    // Only people look at the other names of the article (see `fullest`).
    let all_keys: std::collections::HashSet<&str, FxBuildHasher> =
        if items.iter().any(|it| it.person) {
            items.iter().map(|it| it.form.key()).collect()
        } else {
            Default::default()
        };
    // Roots are their group's first item (a union keeps the smaller root), so groups in
    // order of first mention are the items that are their own root. Members per group, in
    // order, by a counting sort into one array.
    let roots: Vec<usize> = (0..n).map(|k| groups.find(k)).collect();
    let mut group_of = vec![usize::MAX; n];
    let mut starts: Vec<usize> = Vec::new();
    for k in 0..n {
        if roots[k] == k {
            group_of[k] = starts.len();
            starts.push(0);
        }
    }
    let ngroups = starts.len();
    for k in 0..n {
        starts[group_of[roots[k]]] += 1;
    }
    let mut at = 0;
    for c in starts.iter_mut() {
        let len = *c;
        *c = at;
        at += len;
    }
    starts.push(n);
    let mut fill = starts.clone();
    let mut order = vec![0usize; n];
    for k in 0..n {
        let g = group_of[roots[k]];
        order[fill[g]] = k;
        fill[g] += 1;
    }
    drop(fill);
    let group = |g: usize| &order[starts[g]..starts[g + 1]];

    // Id per group; groups sharing an id become one entity (first group's position). A group
    // that stays alone keeps the label and name computed here (its members are in order).
    struct Built {
        id: String,
        /// Label and name when the entity is one group.
        named: Option<(Label, String)>,
        /// Its groups, as a chain through `next_group`.
        first_group: usize,
        last_group: usize,
    }
    let mut entities: Vec<Built> = Vec::with_capacity(ngroups);
    let mut next_group = vec![usize::MAX; ngroups];
    let mut by_id: FxMap<String, usize> =
        FxMap::with_capacity_and_hasher(ngroups, Default::default());
    for g in 0..ngroups {
        let members = group(g);
        let label = majority_label(items, members);
        let canonical = fullest(items, members, mentions, &all_keys);
        let own = group_gazetteer_id(items, members, mentions)
            .unwrap_or_else(|| entity_key(label, &canonical));
        let mapped = merges.map(&own);
        let id = if std::ptr::eq(mapped, own.as_str()) {
            own
        } else {
            mapped.to_string()
        };
        match by_id.get(&id) {
            Some(&e) => {
                let b = &mut entities[e];
                next_group[b.last_group] = g;
                b.last_group = g;
                b.named = None;
            }
            None => {
                by_id.insert(id.clone(), entities.len());
                entities.push(Built {
                    id,
                    named: Some((label, canonical)),
                    first_group: g,
                    last_group: g,
                });
            }
        }
    }
    drop(by_id);
    let mut joined: Vec<usize> = Vec::new();
    entities
        .into_iter()
        .enumerate()
        .map(|(e, b)| {
            let (members, label, canonical) = match b.named {
                Some((label, canonical)) => (group(b.first_group), label, canonical),
                None => {
                    joined.clear();
                    let mut g = b.first_group;
                    while g != usize::MAX {
                        joined.extend_from_slice(group(g));
                        g = next_group[g];
                    }
                    joined.sort_unstable();
                    let label = majority_label(items, &joined);
                    let canonical = fullest(items, &joined, mentions, &all_keys);
                    (&joined[..], label, canonical)
                }
            };
            let mention_ids: Vec<usize> = members.iter().map(|&k| items[k].mention).collect();
            for &m in &mention_ids {
                mentions[m].entity = Some(e);
                if mentions[m].canonical != canonical {
                    mentions[m].canonical.clone_from(&canonical);
                }
            }
            Entity {
                id: b.id,
                label,
                canonical,
                mentions: mention_ids,
            }
        })
        .collect()
}

/// The label most members carry; ties go to the first member's.
fn majority_label(items: &[Item], group: &[usize]) -> Label {
    // Counts per label, in order of first appearance (at most the 9 labels).
    let mut counts = [(Label::Org, 0usize); Label::ALL.len()];
    let mut len = 0;
    for &k in group {
        let l = items[k].label;
        match counts[..len].iter_mut().find(|(x, _)| *x == l) {
            Some((_, c)) => *c += 1,
            None => {
                counts[len] = (l, 1);
                len += 1;
            }
        }
    }
    let counts = &counts[..len];
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
        group.iter().map(|&k| items[k].form.key()).collect()
    } else {
        Default::default()
    };
    let in_group = |key: &str| {
        if group.len() > 16 {
            keys.contains(key)
        } else {
            group.iter().any(|&k| items[k].form.key() == key)
        }
    };
    let mut best: Option<(usize, usize, &str)> = None;
    for &k in group {
        let it = &items[k];
        let canonical = mentions[it.mention].canonical.as_str();
        let canonical_ok = !it.person || {
            let ck = it.canonical_key();
            in_group(ck) || !all_keys.contains(ck)
        };
        let names = [
            it.form.display.as_str(),
            if canonical_ok { canonical } else { "" },
        ];
        for name in names {
            // Repeats of the best name (most members) cannot beat it.
            if best.is_some_and(|(_, _, b)| b == name) {
                continue;
            }
            let words = word_count(name);
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
        let mut out = String::with_capacity(n.len());
        for w in Words::new(n) {
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(w);
        }
        out
    })
}

/// `name.split_whitespace().count()`, byte by byte for ASCII names.
fn word_count(name: &str) -> usize {
    if !name.is_ascii() {
        return name.split_whitespace().count();
    }
    let mut words = 0;
    let mut in_word = false;
    for &b in name.as_bytes() {
        // ASCII white space as `char::is_whitespace` has it (with vertical tab, 0x0B).
        let space = matches!(b, b' ' | b'\t' | b'\n' | 0x0B | 0x0C | b'\r');
        if !space && !in_word {
            words += 1;
        }
        in_word = !space;
    }
    words
}

/// The most frequent gazetteer id among the members (ties: the smallest), formatted.
fn group_gazetteer_id(items: &[Item], group: &[usize], mentions: &[Mention]) -> Option<String> {
    // Distinct ids as (label, raw id): a QID is one id whatever the label (`None`).
    let mut counts: Vec<(Option<Label>, &str, usize)> = Vec::new();
    for &k in group {
        let m = &mentions[items[k].mention];
        if let Some(id) = m.id.as_deref().filter(|id| !id.is_empty()) {
            let label = (!is_qid(id)).then_some(m.label);
            match counts.iter_mut().find(|(l, x, _)| *l == label && *x == id) {
                Some((_, _, c)) => *c += 1,
                None => counts.push((label, id, 1)),
            }
        }
    }
    let best = counts.iter().map(|c| c.2).max()?;
    counts
        .iter()
        .filter(|c| c.2 == best)
        .map(|&(l, id, _)| match l {
            None => id.to_string(),
            Some(l) => gazetteer_entity_id(l, id),
        })
        .min()
}

#[cfg(test)]
mod tests;
