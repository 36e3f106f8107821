//! Who a site record is: its keys (normalised names and addresses, fingerprints), the facility it resolves to, an
//! officer's match decisions (merge, or silence a pair) and the pairs proposed for a decision.

use std::collections::{HashSet, VecDeque};

use petgraph::Direction;
use petgraph::stable_graph::NodeIndex;
use petgraph::visit::EdgeRef;
use serde::Serialize;
use sha2::{Digest, Sha256};

use super::scores::Scored;
use super::{Facility, FacilitySummary, MatchDecision, SiteRecord, SupplyGraph};
use crate::domain::legal_form::{ShortForms, without_legal_forms_where};
use crate::domain::text::fold_words;

/// Street words written several ways, each mapped to one.
pub(super) const STREET_WORDS: &[(&str, &str)] = &[
    ("street", "st"),
    ("str", "st"),
    ("road", "rd"),
    ("avenue", "ave"),
    ("av", "ave"),
    ("boulevard", "blvd"),
    ("bd", "blvd"),
    ("drive", "dr"),
    ("building", "bldg"),
    ("industrial", "ind"),
    ("zone", "zn"),
    ("number", "no"),
    ("north", "n"),
    ("south", "s"),
    ("east", "e"),
    ("west", "w"),
];

/// A facility name folded for matching: accents, case, punctuation and legal forms dropped (the legal forms of
/// [`crate::domain::legal_form`], shared with screening and the risk model's entity list). Every short form is
/// dropped (`ShortForms::Everywhere`): this is the form of identity keys (facilities', list entries', parties'), which
/// must stay as they were stored.
pub fn normalise_name(name: &str) -> String {
    crate::domain::legal_form::identity_name(name)
}

/// A name folded for comparison with its short legal forms as `short` says (those its country uses, none, or all):
/// what screening and the risk model's entity list compare (see [`crate::domain::legal_form::ShortForms`]).
pub fn normalise_name_where(name: &str, short: ShortForms) -> String {
    without_legal_forms_where(&fold_words(name), short).join(" ")
}

/// The words of folded text, each mapped (or dropped by `None`), joined by single spaces.
fn join_words<'a>(folded: &'a str, mut word: impl FnMut(&'a str) -> Option<&'a str>) -> String {
    let mut out = String::with_capacity(folded.len());
    for w in folded.split(' ').filter(|w| !w.is_empty()).filter_map(&mut word) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// An address folded for matching: accents, case and punctuation dropped, street words written one way.
pub fn normalise_address(address: &str) -> String {
    join_words(&fold_words(address), |w| {
        Some(STREET_WORDS.iter().find(|(long, _)| *long == w).map_or(w, |(_, short)| short))
    })
}

pub(super) fn business_number_digits(bn: &str) -> Option<String> {
    let digits: String = bn.chars().filter(char::is_ascii_digit).take(9).collect();
    (digits.len() == 9).then_some(digits)
}

/// A 128-bit fingerprint of an identity key: the indexes hold these instead of the keys' text (small entries, no
/// string comparison). xxh3-128: a collision is expected once in about 10^19 keys' worth of pairs — never at the
/// scale of a national portfolio (10^7 keys).
pub(super) type Fp = u128;

pub(super) fn fp(key: &str) -> Fp {
    xxhash_rust::xxh3::xxh3_128(key.as_bytes())
}

/// The fingerprint of the key written by joining `parts`, without writing it: the same as `fp(&parts.concat())`.
pub(super) fn fp_of(parts: &[&str]) -> Fp {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for p in parts {
        h.update(p.as_bytes());
    }
    h.digest128()
}

/// The keys a site record is known by, as fingerprints, strongest first (computed where the keys are made: in
/// parallel when a graph is built). Only the primary key's text is kept: a new facility is known by it.
#[derive(Debug, Clone)]
pub(super) struct Keys {
    /// `os:` Open Supply Hub ID.
    pub(super) os: Option<Fp>,
    /// `op:` operator business number + country + address.
    pub(super) operator: Option<Fp>,
    /// `na:` country + name + address.
    pub(super) name_address: Fp,
    /// `ad:` country + city + address (a proposal when names differ).
    pub(super) address: Fp,
    /// `nc:` country + city + name (a proposal when addresses differ).
    pub(super) name_city: Fp,
    /// The primary key (`os:…`, else `na:…`).
    pub(super) primary: String,
    /// The public id a new facility made from this record gets (64 bits of `public_id` of the primary key).
    pub(super) id: u64,
}

impl Keys {
    pub(super) fn of(r: &SiteRecord) -> Keys {
        let cc = r.country.as_str();
        let name = normalise_name(&r.name);
        let addr = normalise_address(&r.address);
        let city = fold_words(&r.city);
        let os = r
            .os_id
            .as_deref()
            .map(|s| s.trim().to_ascii_uppercase())
            .filter(|s| !s.is_empty())
            .map(|s| format!("os:{s}"));
        let name_address_fp = fp_of(&["na:", cc, ":", &name, ":", &addr]);
        let os_fp = os.as_deref().map(fp);
        let primary = os.unwrap_or_else(|| format!("na:{cc}:{name}:{addr}"));
        Keys {
            id: public_id_bits(&primary),
            os: os_fp,
            operator: r
                .operator_business_number
                .as_deref()
                .and_then(business_number_digits)
                .map(|bn| fp_of(&["op:", cc, ":", &bn, ":", &addr])),
            name_address: name_address_fp,
            address: fp_of(&["ad:", cc, ":", &city, ":", &addr]),
            name_city: fp_of(&["nc:", cc, ":", &city, ":", &name]),
            primary,
        }
    }

    /// The exact keys, each with whether it is an OS ID.
    pub(super) fn exact(&self) -> impl Iterator<Item = (Fp, bool)> + use<> {
        self.os
            .map(|k| (k, true))
            .into_iter()
            .chain(self.operator.map(|k| (k, false)))
            .chain(std::iter::once((self.name_address, false)))
    }
}

/// The short, stable public id of a facility: 16 hex digits of the SHA-256 of its primary key.
pub fn public_id(primary_key: &str) -> String {
    format!("{:016x}", public_id_bits(primary_key))
}

/// The public id's 64 bits (the first eight bytes of the SHA-256, big-endian): how facilities hold it.
fn public_id_bits(primary_key: &str) -> u64 {
    let digest = Sha256::digest(primary_key.as_bytes());
    u64::from_be_bytes(digest.first_chunk().copied().unwrap_or_default())
}

/// Two facilities that may be the same place, for an officer to decide.
#[derive(Debug, Clone, Serialize)]
pub struct MatchProposal {
    pub a: FacilitySummary,
    pub b: FacilitySummary,
    /// `same_address` (names differ) or `same_name` (addresses differ), in the same country and city.
    pub reason: &'static str,
}

fn ordered(a: &str, b: &str) -> (String, String) {
    if a <= b { (a.to_string(), b.to_string()) } else { (b.to_string(), a.to_string()) }
}

impl SupplyGraph {
    /// Records an officer's decision. `same` merges the two facilities now (and whenever they appear again);
    /// `different` stops proposing them. Returns the facilities whose scores changed.
    pub fn decide(&mut self, d: &MatchDecision) -> usize {
        if d.key_a == d.key_b {
            return 0;
        }
        if d.same {
            let (a, b) = (fp(&d.key_a), fp(&d.key_b));
            self.same.entry(a).or_default().push(b);
            self.same.entry(b).or_default().push(a);
            self.different.remove(&ordered(&d.key_a, &d.key_b));
            if let (Some(&a), Some(&b)) = (self.index.get(&fp(&d.key_a)), self.index.get(&fp(&d.key_b)))
                && a != b
            {
                return self.merge(a, b);
            }
        } else {
            self.different.insert(ordered(&d.key_a, &d.key_b));
        }
        0
    }

    /// The facility a record is, if the graph knows it: by identifier first, then by name and address, then by an
    /// officer's decision. A facility whose OS ID differs from the record's is never matched by name.
    pub(super) fn resolve(&self, keys: &Keys) -> Option<NodeIndex> {
        for (k, is_os) in keys.exact() {
            if let Some(&n) = self.index.get(&k) {
                let f = &self.graph[n];
                let conflicting = keys.os.is_some() && !is_os && f.exact_keys.iter().any(|&(_, os)| os);
                if !conflicting {
                    return Some(n);
                }
            }
        }
        if self.same.is_empty() {
            return None;
        }
        // Keys an officer tied to this one, transitively.
        let mut seen: HashSet<Fp> = keys.exact().map(|(k, _)| k).collect();
        let mut queue: VecDeque<Fp> =
            keys.exact().flat_map(|(k, _)| self.same.get(&k).into_iter().flatten().copied()).collect();
        while let Some(k) = queue.pop_front() {
            if !seen.insert(k) {
                continue;
            }
            if let Some(&n) = self.index.get(&k) {
                return Some(n);
            }
            for &other in self.same.get(&k).into_iter().flatten() {
                queue.push_back(other);
            }
        }
        None
    }

    pub(super) fn register_keys(&mut self, n: NodeIndex, keys: &Keys) {
        let mut exact = [None; 3];
        for (slot, (k, is_os)) in exact.iter_mut().zip(keys.exact()) {
            if let std::collections::hash_map::Entry::Vacant(entry) = self.index.entry(k) {
                entry.insert(n);
                *slot = Some((k, is_os));
            }
        }
        let mut near = [None; 2];
        for (slot, (k, is_address)) in near.iter_mut().zip([(keys.address, true), (keys.name_city, false)]) {
            match self.near.get_mut(&k) {
                Some(list) if list.contains(&n) => continue,
                Some(list) => list.push(n),
                None => {
                    self.near.insert(k, vec![n]);
                }
            }
            *slot = Some((k, is_address));
        }
        let f = &mut self.graph[n];
        f.exact_keys.extend(exact.into_iter().flatten());
        f.near_keys.extend(near.into_iter().flatten());
    }

    /// Folds facility `b` into `a`: occurrences, keys and links move; `b`'s id keeps pointing to `a`.
    pub(super) fn merge(&mut self, a: NodeIndex, b: NodeIndex) -> usize {
        let incoming: Vec<(NodeIndex, u32)> =
            self.graph.edges_directed(b, Direction::Incoming).map(|e| (e.source(), *e.weight())).collect();
        let outgoing: Vec<(NodeIndex, u32)> =
            self.graph.edges_directed(b, Direction::Outgoing).map(|e| (e.target(), *e.weight())).collect();
        let Some(fb) = self.graph.remove_node(b) else { return 0 };
        for (s, w) in incoming {
            let s = if s == b { a } else { s };
            if s != a {
                self.add_links(s, a, w);
            }
        }
        for (t, w) in outgoing {
            let t = if t == b { a } else { t };
            if t != a {
                self.add_links(a, t, w);
            }
        }
        for &(k, _) in &fb.exact_keys {
            self.index.insert(k, a);
        }
        for (k, _) in &fb.near_keys {
            if let Some(list) = self.near.get_mut(k) {
                list.retain(|x| *x != b);
                if !list.contains(&a) {
                    list.push(a);
                }
            }
        }
        for &id in std::iter::once(&fb.id).chain(&fb.merged_ids) {
            self.ids.insert(id, a);
        }
        for entry in self.declarations.values_mut() {
            for n in entry.nodes.iter_mut() {
                if *n == b {
                    *n = a;
                }
            }
        }
        let fa = &mut self.graph[a];
        fa.occurrences.extend(fb.occurrences);
        fa.merged_ids.push(fb.id);
        fa.merged_ids.extend(fb.merged_ids);
        fa.exact_keys.extend(fb.exact_keys);
        fa.near_keys.extend(fb.near_keys);
        if fa.os_id.is_none() {
            fa.os_id = fb.os_id;
        }
        self.recompute_bases(a);
        self.set_score(b, Scored::default());
        self.propagate(vec![a])
    }

    /// The facility a key names (a proposal's `a.key` or `b.key`): after a merge, the facility it was merged into;
    /// `None` for a key the graph does not hold.
    pub fn facility_by_key(&self, key: &str) -> Option<&Facility> {
        self.index.get(&fp(key)).and_then(|&n| self.graph.node_weight(n))
    }

    /// Whether two facility keys are a pair [`proposals`](Self::proposals) offers: two facilities listed under a
    /// common near key, not decided different, without conflicting OS IDs.
    pub fn is_proposal(&self, key_a: &str, key_b: &str) -> bool {
        let (Some(&a), Some(&b)) = (self.index.get(&fp(key_a)), self.index.get(&fp(key_b))) else { return false };
        let (Some(fa), Some(fb)) = (self.graph.node_weight(a), self.graph.node_weight(b)) else { return false };
        a != b && self.may_be_same(fa, fb) && fa.near_keys.iter().any(|k| fb.near_keys.contains(k))
    }

    pub(super) fn may_be_same(&self, fa: &Facility, fb: &Facility) -> bool {
        let conflicting_ids = matches!((&fa.os_id, &fb.os_id), (Some(x), Some(y)) if x != y);
        !conflicting_ids && !self.different.contains(&ordered(&fa.key, &fb.key))
    }

    /// Pairs of facilities that may be the same place (same city and address with other names, or same city and
    /// name at other addresses), not yet decided. Pairs come by near key, each pair and the pairs of one near key in
    /// the facilities' key order (see [`SupplyGraph::order_key`]).
    pub fn proposals(&self, limit: usize) -> Vec<MatchProposal> {
        let mut out = Vec::new();
        let mut lists: Vec<(&Fp, &Vec<NodeIndex>)> = self.near.iter().collect();
        lists.sort_unstable_by_key(|(k, _)| **k);
        let mut seen: HashSet<(NodeIndex, NodeIndex)> = HashSet::new();
        for (k, list) in lists {
            if list.len() < 2 || list.len() > 50 {
                continue;
            }
            let list = self.sorted(list.clone());
            let mut rest = list.as_slice();
            while let Some((&x, later)) = rest.split_first() {
                rest = later;
                for &y in later {
                    if !seen.insert((x, y)) {
                        continue;
                    }
                    let (Some(fa), Some(fb)) = (self.graph.node_weight(x), self.graph.node_weight(y)) else { continue };
                    if !self.may_be_same(fa, fb) {
                        continue;
                    }
                    let (Some(sa), Some(sb)) = (self.summary(x), self.summary(y)) else { continue };
                    out.push(MatchProposal {
                        a: sa,
                        b: sb,
                        reason: if fa.near_keys.iter().any(|&(x, is_address)| is_address && x == *k) {
                            "same_address"
                        } else {
                            "same_name"
                        },
                    });
                    if out.len() >= limit {
                        return out;
                    }
                }
            }
        }
        out
    }
}
