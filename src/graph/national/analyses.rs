//! Whole-graph analyses: search, a facility's exposure (the declarations it reaches), concentration, loops of supply
//! and disclosure gaps.

use std::collections::{HashMap, HashSet, VecDeque};

use petgraph::Direction;
use petgraph::algo::tarjan_scc;
use petgraph::stable_graph::NodeIndex;
use serde::Serialize;

use super::scores::kind_index;
use super::{DeclarationEntry, DeclarationMeta, FacilitySummary, SupplyGraph};
use crate::domain::china_places;
use crate::domain::subdivision::region_aliases;
use crate::domain::text::fold_words;
use crate::domain::{CRA_PROGRAMS, CountryCode, RiskKind};

/// The folded words of a query with each CRA program account (`123456782rt0001`, or written in two or three words,
/// `123456782 rt 0001`) read as the business number it belongs to (`123456782`): a facility is known by its
/// operator's 9-digit business number, and a program account (the 9 digits, a program identifier of
/// [`CRA_PROGRAMS`] and a 4-digit reference) names the same business.
fn business_numbers_read(words: &[&str]) -> Vec<String> {
    let nine = |w: &str| w.len() == 9 && w.bytes().all(|b| b.is_ascii_digit());
    let program = |w: &str| CRA_PROGRAMS.iter().any(|p| p.eq_ignore_ascii_case(w));
    let reference = |w: &str| w.len() == 4 && w.bytes().all(|b| b.is_ascii_digit());
    let mut out = Vec::with_capacity(words.len());
    let mut k = 0;
    while let Some(&w) = words.get(k) {
        // One word: the 9 digits, two letters, 4 digits.
        let joined = w.get(..9).filter(|d| nine(d)).zip(w.get(9..11)).zip(w.get(11..));
        if let Some(((digits, p), r)) = joined
            && program(p)
            && reference(r)
        {
            out.push(digits.to_string());
            k += 1;
            continue;
        }
        let next = |n: usize| words.get(k + n).copied().unwrap_or_default();
        if nine(w) {
            // Two words (`123456782 rt0001`) or three (`123456782 rt 0001`).
            let two = next(1).get(..2).zip(next(1).get(2..)).is_some_and(|(p, r)| program(p) && reference(r));
            if two {
                out.push(w.to_string());
                k += 2;
                continue;
            }
            if program(next(1)) && reference(next(2)) {
                out.push(w.to_string());
                k += 3;
                continue;
            }
        }
        out.push(w.to_string());
        k += 1;
    }
    out
}

/// The other names of a facility of China's region and city (every spelling, in every script, of the place each
/// names and of its province: `domain::china_places::other_names`), for a search to find "新疆" in "Xinjiang"; none
/// for a facility elsewhere.
fn china_aliases(country: CountryCode, region: &str, city: &str) -> String {
    if country.as_str() != "CN" {
        return String::new();
    }
    let mut names = china_places::other_names(region);
    for n in china_places::other_names(city) {
        if !names.contains(&n) {
            names.push(n);
        }
    }
    names.join(" ")
}

/// The folded words of a query, indexed so that a facility's words are read once, whatever the query's length: a
/// query word of one or two characters (a code, an initial) finds only the same whole word, a longer one finds the
/// words it begins (`aks` finds `aksu`). Each facility word is looked up as itself and by each of its beginnings of
/// three characters or more, so the cost of a facility is that of its own words, not its words times the query's.
struct QueryWords<'q> {
    /// Each distinct word, with its index in `first` and `last`.
    index: HashMap<&'q str, usize>,
    /// The first and last position in the query of each distinct word.
    first: Vec<usize>,
    last: Vec<usize>,
}

impl<'q> QueryWords<'q> {
    fn new(words: &[&'q str]) -> Self {
        let mut q = QueryWords { index: HashMap::new(), first: Vec::new(), last: Vec::new() };
        for (at, w) in words.iter().enumerate() {
            match q.index.get(w).copied() {
                Some(k) => {
                    if let Some(l) = q.last.get_mut(k) {
                        *l = at;
                    }
                }
                None => {
                    q.index.insert(w, q.first.len());
                    q.first.push(at);
                    q.last.push(at);
                }
            }
        }
        q
    }

    /// Marks the query word `w` found, if it is one not found yet: 1 then, else 0.
    fn mark(&self, w: &str, found: &mut [bool]) -> usize {
        match self.index.get(w).and_then(|&k| found.get_mut(k)) {
            Some(flag) if !*flag => {
                *flag = true;
                1
            }
            _ => 0,
        }
    }

    /// The words of the query a facility's words (`hay`) do not find, as the positions they span in the query (the
    /// first of the first missing to the last of the last), `None` when every word is found. `found` is scratch
    /// space, one flag a distinct word.
    fn missing(&self, hay: &[&str], found: &mut Vec<bool>) -> Option<(usize, usize)> {
        found.clear();
        found.resize(self.first.len(), false);
        let mut left = self.first.len();
        for h in hay {
            left -= self.mark(h, found);
            for (i, (at, c)) in h.char_indices().enumerate() {
                let end = at + c.len_utf8();
                if i >= 2 && end < h.len() {
                    left -= self.mark(h.get(..end).unwrap_or_default(), found);
                }
            }
            if left == 0 {
                return None;
            }
        }
        let missing = found.iter().enumerate().filter(|(_, f)| !**f).map(|(k, _)| k);
        missing.fold(None, |span: Option<(usize, usize)>, k| {
            let (first, last) = (self.first.get(k).copied().unwrap_or(0), self.last.get(k).copied().unwrap_or(0));
            Some(span.map_or((first, last), |(a, b)| (a.min(first), b.max(last))))
        })
    }
}

impl SupplyGraph {
    /// The first `limit` facilities found for `query` (see [`SupplyGraph::search_counted`]), best scores first, equal
    /// scores in key order.
    pub fn search(&self, query: &str, limit: usize) -> Vec<FacilitySummary> {
        self.search_counted(query, limit).0
    }

    /// [`SupplyGraph::search`] with the number of facilities found in all (the page shows "10 of 2,340").
    ///
    /// When the whole query names a country (an ISO 3166 code, `MY`, `MYS`, or any English or French name
    /// `CountryCode::parse` knows: `Malaysia`, `Malaisie`, `North Korea`), the facilities of that country are found,
    /// and (for a name, not a code) those whose name, address, city, region or operator holds the name as whole words: never a country whose name
    /// shares a word with it ("North Korea" is not "North District" in South Korea). Otherwise every word of the query
    /// must begin a word of the facility's name, address, city, region (as declared, and its name in the other
    /// language where `domain::subdivision` knows one: "Colombie-Britannique" finds "British Columbia"), Open Supply
    /// Hub ID, operator name or operator CRA business number — a word of one or two letters must be a whole word, so
    /// a code is never found inside a word (`CI` is not in "City") — or of its country, given as a run of the query's
    /// words that names it ("glove malaysia", "cocoa Côte d'Ivoire").
    ///
    /// One pass over the facilities, each one's words read once ([`QueryWords`]); the runs of words tried as a
    /// country's name are no longer than the longest name (`CountryCode::longest_name_words`). The service bounds the
    /// query before it gets here (`web::params::search_text`).
    pub fn search_counted(&self, query: &str, limit: usize) -> (Vec<FacilitySummary>, usize) {
        // Traditional characters are read as the simplified ones of the places table, in the query and in the
        // facilities' words alike.
        let folded = fold_words(&china_places::simplified(query));
        let read = business_numbers_read(&folded.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>());
        let all: Vec<&str> = read.iter().map(String::as_str).collect();
        if all.is_empty() {
            return (Vec::new(), 0);
        }
        let whole = CountryCode::parse(query);
        // Each run of consecutive words that names a country, by country: the positions it covers in the query.
        let mut spans: HashMap<CountryCode, Vec<(usize, usize)>> = HashMap::new();
        if whole.is_none() {
            let longest = CountryCode::longest_name_words();
            for i in 0..all.len() {
                for j in i + 1..=all.len().min(i.saturating_add(longest)) {
                    let Some(run) = all.get(i..j) else { continue };
                    if let Some(c) = CountryCode::parse(&run.join(" ")) {
                        spans.entry(c).or_default().push((i, j));
                    }
                }
            }
        }
        let words = QueryWords::new(&all);
        // A query in Uyghur's Arabic script or in Cyrillic (`شىنجاڭ`, `Шинҗаң`) is also read in the Latin letters of
        // the places table's Uyghur names, which the facilities of China carry ([`china_aliases`]).
        // A query in letters of another alphabet drawn like Latin ones (`ΗΟΤΑΝ`) is also read as the Latin letters it
        // is drawn as, and one of letters written apart (`X.J.`, `X U A R`) as the acronym they spell.
        let one_letter = |w: &&str| w.len() == 1 && w.bytes().all(|b| b.is_ascii_alphabetic());
        let initials = (all.len() >= 2 && all.iter().all(one_letter)).then(|| all.concat());
        let readings: Vec<String> =
            [china_places::in_uyghur_latin(query), china_places::look_alike_letters(query), initials]
                .into_iter()
                .flatten()
                .map(|l| fold_words(&l))
                .filter(|l| !l.is_empty())
                .collect();
        let reading_words: Vec<Vec<&str>> =
            readings.iter().map(|l| l.split(' ').filter(|w| !w.is_empty()).collect()).collect();
        let latin_words: Vec<QueryWords> = reading_words.iter().map(|w| QueryWords::new(w)).collect();
        let mut found = Vec::new();
        // A code (`KP`, `MYS`) names the country only; a name may also be found in a facility's name.
        let code = query.trim().len() <= 3;
        let mut hits: Vec<NodeIndex> = Vec::new();
        for n in self.graph.node_indices() {
            let f = &self.graph[n];
            if whole == Some(f.country) {
                hits.push(n);
                continue;
            }
            let region = f.region.as_deref().unwrap_or("");
            // A region declared by one of its names (local, French, English) is found by the others too.
            let aliases = f.region.as_deref().map_or(&[][..], |r| region_aliases(f.country, r)).join(" ");
            // A region or city of China is found by each of its names, in any script ("新疆" finds "Xinjiang").
            let china = china_aliases(f.country, region, &f.city);
            let hay = fold_words(&china_places::simplified(&format!(
                "{} {} {} {} {} {} {region} {aliases} {china}",
                f.name,
                f.address,
                f.city,
                f.os_id.as_deref().unwrap_or(""),
                f.operator.as_deref().unwrap_or(""),
                f.operator_business_number.as_deref().unwrap_or(""),
            )));
            let hay: Vec<&str> = hay.split(' ').collect();
            let hit = if whole.is_some() {
                !code && hay.windows(all.len()).any(|w| w == all.as_slice())
            } else {
                // Every word found, or every word but those of a run that names the facility's country.
                match words.missing(&hay, &mut found) {
                    None => true,
                    Some((first, last)) => {
                        spans.get(&f.country).is_some_and(|runs| runs.iter().any(|&(i, j)| i <= first && last < j))
                            || latin_words.iter().any(|w| w.missing(&hay, &mut found).is_none())
                    }
                }
            };
            if hit {
                hits.push(n);
            }
        }
        let total = hits.len();
        hits.sort_by(|a, b| {
            self.shown_max(*b).total_cmp(&self.shown_max(*a)).then_with(|| self.order_key(*a).cmp(&self.order_key(*b)))
        });
        (hits.into_iter().take(limit).filter_map(|n| self.summary(n)).collect(), total)
    }

    /// The supplier of `n` whose carried risk is highest for `kind`, with what it carries (its national score less
    /// its own country context, before the decay: [`SupplyGraph::carry`]); of suppliers that carry the same to a
    /// tenth of a point (what is shown, and what two builds of the same graph agree on), the first in key order.
    pub fn strongest_supplier(&self, n: NodeIndex, kind: RiskKind) -> Option<(NodeIndex, f32)> {
        let k = kind_index(kind);
        self.graph
            .neighbors_directed(n, Direction::Incoming)
            .map(|s| (s, self.carries.get(s.index()).and_then(|sc| sc.get(k)).copied().unwrap_or_default()))
            .max_by(|a, b| {
                let tenths = |v: f32| (v * 10.0).round();
                tenths(a.1).total_cmp(&tenths(b.1)).then_with(|| self.order_key(b.0).cmp(&self.order_key(a.0)))
            })
    }

    /// Where a facility appears: every declaration whose chain it is in — declared there itself, or upstream of a
    /// site that declaration lists (through links other declarations give) — with the shortest path from the
    /// facility to one of that declaration's tier-1 sites. Customers are visited in key order, so of equally short
    /// paths the same one is given however the graph was built.
    pub fn exposure(&self, n: NodeIndex) -> Vec<Exposure> {
        if !self.graph.contains_node(n) {
            return Vec::new();
        }
        // Breadth-first downstream, keeping parents, so the first time a declaration is met is by a shortest path.
        let mut parent: HashMap<NodeIndex, NodeIndex> = HashMap::new();
        let mut queue = VecDeque::from([n]);
        let mut seen: HashSet<NodeIndex> = HashSet::from([n]);
        let mut reached: HashMap<i64, (NodeIndex, bool)> = HashMap::new();
        let own: HashSet<i64> = self.graph[n].occurrences.iter().map(|o| o.0).collect();
        while let Some(m) = queue.pop_front() {
            for &(d, i) in &self.graph[m].occurrences {
                let tier1 =
                    self.declarations.get(&d).is_some_and(|e| !e.ships.get(i as usize).copied().unwrap_or(false));
                let entry = reached.entry(d).or_insert((m, false));
                if tier1 && !entry.1 {
                    *entry = (m, true);
                }
            }
            for c in self.customers_of(m) {
                if seen.insert(c) {
                    parent.insert(c, m);
                    queue.push_back(c);
                }
            }
        }
        let mut out: Vec<Exposure> = reached
            .into_iter()
            .filter_map(|(d, (end, _))| {
                let meta = self.declarations.get(&d)?.meta.clone();
                let mut path = vec![end];
                let mut cur = end;
                while let Some(&p) = parent.get(&cur) {
                    path.push(p);
                    cur = p;
                }
                path.reverse();
                Some(Exposure {
                    declared_directly: own.contains(&d),
                    declaration: meta,
                    path: path.into_iter().filter_map(|x| self.summary(x)).collect(),
                })
            })
            .collect();
        out.sort_by(|a, b| {
            b.declared_directly
                .cmp(&a.declared_directly)
                .then(a.path.len().cmp(&b.path.len()))
                .then(a.declaration.id.cmp(&b.declaration.id))
        });
        out
    }

    /// The declarations whose own chain holds a facility — those that list it among their sites —, in id order: what
    /// a screening hit on the facility reaches. A hit reaches a declaration only through that declaration's own sites
    /// and links, never through a site another declaration shares: a warehouse two suppliers use carries neither's
    /// goods into the other's chain, so a listed mill upstream of one supplier's goods at the warehouse does not reach
    /// the other supplier, whose sites may all be elsewhere. ([`SupplyGraph::exposure`], which follows every
    /// declaration's links, says where a facility's risk may travel in the national graph, not what a hit reaches.)
    pub fn declarations_holding(&self, n: NodeIndex) -> Vec<i64> {
        let Some(f) = self.graph.node_weight(n) else { return Vec::new() };
        let mut ids: Vec<i64> = f.occurrences.iter().map(|o| o.0).collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// Facilities that several suppliers declare, most suppliers first, then highest score, then in key order.
    pub fn concentration(&self, limit: usize) -> Vec<FacilitySummary> {
        let mut shared: Vec<FacilitySummary> =
            self.graph.node_indices().filter_map(|n| self.summary(n)).filter(|s| s.suppliers >= 2).collect();
        shared.sort_by(|a, b| {
            b.suppliers
                .cmp(&a.suppliers)
                .then(b.forced_labour.max(b.child_labour).total_cmp(&a.forced_labour.max(a.child_labour)))
                .then_with(|| a.key.cmp(&b.key))
                .then_with(|| a.id.cmp(&b.id))
        });
        shared.truncate(limit);
        shared
    }

    /// The higher of a facility's two national scores as shown (to a tenth of a point): what rankings compare, so
    /// that float noise between two builds of the same graph never reorders them.
    fn shown_max(&self, n: NodeIndex) -> f32 {
        let s = self.score(n);
        s[0].max(s[1])
    }

    /// Loops of supply across the whole graph (each of two or more facilities), with the declarations whose links
    /// make them: largest loops first, each loop's facilities in key order and loops of one size by their first
    /// facility's key.
    pub fn cycles(&self, limit: usize) -> Vec<GraphCycle> {
        let mut groups: Vec<Vec<NodeIndex>> = tarjan_scc(&self.graph).into_iter().filter(|g| g.len() > 1).collect();
        for group in &mut groups {
            group.sort_by_cached_key(|n| self.order_key(*n));
        }
        groups.sort_by(|a, b| {
            b.len().cmp(&a.len()).then_with(|| {
                let first = |g: &[NodeIndex]| g.first().map(|n| self.order_key(*n));
                first(a).cmp(&first(b))
            })
        });
        groups
            .into_iter()
            .take(limit)
            .map(|group| {
                let members: HashSet<NodeIndex> = group.iter().copied().collect();
                let mut decls: Vec<i64> = self
                    .declarations
                    .iter()
                    .filter(|(_, e)| {
                        let member = |i: u32| e.nodes.get(i as usize).is_some_and(|n| members.contains(n));
                        e.links.iter().any(|&(a, b)| member(a) && member(b))
                    })
                    .map(|(d, _)| *d)
                    .collect();
                decls.sort_unstable();
                GraphCycle {
                    only_across_declarations: decls.len() > 1,
                    facilities: group.iter().filter_map(|&n| self.summary(n)).collect(),
                    declarations: decls.iter().filter_map(|d| self.declaration(*d).cloned()).collect(),
                }
            })
            .collect()
    }

    /// Sites a declaration lists with no supplier while other declarations name suppliers of the same facility: what
    /// the supplier did not disclose and the country knows.
    pub fn disclosure_gaps(&self, limit: usize) -> Vec<DisclosureGap> {
        let mut out = Vec::new();
        let mut entries: Vec<(&i64, &DeclarationEntry)> = self.declarations.iter().collect();
        entries.sort_unstable_by_key(|(d, _)| **d);
        for (_, e) in entries {
            let mut supplied: Vec<bool> = vec![false; e.nodes.len()];
            for &(_, to) in &e.links {
                if let Some(s) = supplied.get_mut(to as usize) {
                    *s = true;
                }
            }
            for (i, (&n, &has_supplier)) in e.nodes.iter().zip(&supplied).enumerate() {
                if has_supplier || !self.graph.contains_node(n) {
                    continue;
                }
                let known: Vec<NodeIndex> = self.suppliers_of(n);
                if known.is_empty() {
                    continue;
                }
                let highest = known.iter().map(|s| self.max_score(*s)).fold(0.0f32, f32::max);
                let Some(site) = self.summary(n) else { continue };
                out.push(DisclosureGap {
                    declaration: e.meta.clone(),
                    site_ref: e.refs.get(i).cloned().unwrap_or_default(),
                    site,
                    known_suppliers: known.len(),
                    highest_supplier_score: (highest * 10.0).round() / 10.0,
                });
                if out.len() >= limit {
                    return out;
                }
            }
        }
        out
    }
}

/// A declaration a facility reaches, and how.
#[derive(Debug, Clone, Serialize)]
pub struct Exposure {
    pub declaration: DeclarationMeta,
    /// The facility is one of the declaration's own sites.
    pub declared_directly: bool,
    /// From the facility to the declaration's tier-1 site (or the last of its sites reached), each step a link.
    pub path: Vec<FacilitySummary>,
}

/// A loop of supply.
#[derive(Debug, Clone, Serialize)]
pub struct GraphCycle {
    pub facilities: Vec<FacilitySummary>,
    pub declarations: Vec<DeclarationMeta>,
    /// Links from more than one declaration make the loop: it shows only when declarations are put together.
    pub only_across_declarations: bool,
}

/// A site declared without suppliers that other declarations show is supplied.
#[derive(Debug, Clone, Serialize)]
pub struct DisclosureGap {
    pub declaration: DeclarationMeta,
    /// The site's ID in that declaration.
    pub site_ref: String,
    pub site: FacilitySummary,
    pub known_suppliers: usize,
    pub highest_supplier_score: f32,
}
