//! The supply graph across every current declaration: one node per facility (the same factory declared by several
//! suppliers is one node), one edge per `Supplies to` link (counted by the declarations that assert it), and a
//! national risk score per node that flows from raw materials to the suppliers.
//!
//! The score of a node for one kind of risk is the declaration engine's arithmetic before mitigation, over every
//! supplier the country knows of, not only those one supplier declared:
//!
//! `score = min(100, own + max(input, decay × max(score of each supplying node)))`
//!
//! where `own` (listed goods, country, region, lists) and `input` (an undisclosed or local input) are read off the
//! stored assessments (the highest any declaration of the site gives). With `decay < 1` this is a contraction, so
//! it has one fixed point, reached from any start — which is why an incremental update (start from the old scores,
//! re-score downstream of what changed) and a full re-score (upstream first) agree.

use std::collections::{BTreeMap, HashMap, HashSet, VecDeque};

use rustc_hash::{FxHashMap, FxHashSet};

use petgraph::Direction;
use petgraph::algo::tarjan_scc;
use petgraph::stable_graph::{NodeIndex, StableDiGraph};
use petgraph::visit::{EdgeRef, NodeIndexable};
use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::domain::text::fold_words;
use crate::domain::{Assessment, CountryCode, Declaration, RiskKind, Role, Score};

/// Scores closer than this are the same (the fixed point is reached to within it).
const EPSILON: f32 = 0.01;

/// What a site brings to its score itself, for one kind of risk, before its suppliers are counted.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct Base {
    /// Listed goods, country context, regions, indexes, lists: everything but inputs.
    pub own: f32,
    /// The strongest input factor that is not carried by a declared supplier (local or undisclosed input).
    pub input: f32,
}

/// Forced labour first, child labour second.
pub type Bases = [Base; 2];

fn kind_index(kind: RiskKind) -> usize {
    match kind {
        RiskKind::ForcedLabour => 0,
        RiskKind::ChildLabour => 1,
    }
}

fn base_of(score: &Score) -> Base {
    let mut b = Base::default();
    for f in &score.factors {
        match f.code() {
            "upstream" | "cap" | "mitigation" => {}
            "local_input" | "undisclosed_input" => b.input = b.input.max(f.contribution as f32),
            _ => b.own += f.contribution as f32,
        }
    }
    b
}

/// The bases of every site of an assessment, in site order.
pub fn bases_of(assessment: &Assessment) -> Vec<Bases> {
    assessment.sites.iter().map(|s| [base_of(&s.forced_labour), base_of(&s.child_labour)]).collect()
}

/// One site as one declaration gives it.
#[derive(Debug, Clone)]
pub struct SiteRecord {
    pub site_ref: String,
    pub name: String,
    pub operator: Option<String>,
    pub operator_business_number: Option<String>,
    pub address: String,
    pub city: String,
    pub country: CountryCode,
    pub os_id: Option<String>,
    pub role: Role,
    pub goods: String,
    pub category: Option<String>,
    pub bases: Bases,
    /// Indices (in this declaration) of the sites it ships to; empty = tier 1.
    pub supplies_to: Vec<u32>,
}

/// Who a declaration is from and what it is for.
#[derive(Debug, Clone, Serialize)]
pub struct DeclarationMeta {
    pub id: i64,
    pub supplier_id: i64,
    pub supplier_name: String,
    /// Nine digits, when declared.
    pub business_number: Option<String>,
    pub solicitation_number: Option<String>,
}

/// A declaration ready to enter the graph.
#[derive(Debug, Clone)]
pub struct DeclarationInput {
    pub meta: DeclarationMeta,
    pub sites: Vec<SiteRecord>,
}

impl DeclarationInput {
    /// From a stored declaration and its assessment (the assessment's sites are in the declaration's site order).
    pub fn new(meta: DeclarationMeta, declaration: &Declaration, assessment: &Assessment) -> DeclarationInput {
        let bases = bases_of(assessment);
        let parts = assessment.sites.iter().zip(bases).map(|(s, b)| (s.category.clone(), b)).collect();
        DeclarationInput::with_bases(meta, declaration, parts)
    }

    /// From a stored declaration and, for each of its sites in order, the goods category and the bases its
    /// assessment gives (what storage keeps of an assessment for the graph; a missing entry counts as nothing).
    pub fn with_bases(
        meta: DeclarationMeta,
        declaration: &Declaration,
        parts: Vec<(Option<String>, Bases)>,
    ) -> DeclarationInput {
        let index: HashMap<&str, u32> =
            declaration.places_of_work.iter().enumerate().map(|(i, s)| (s.site_id.as_str(), i as u32)).collect();
        let mut parts = parts.into_iter();
        let sites = declaration
            .places_of_work
            .iter()
            .map(|s| {
                let (category, bases) = parts.next().unwrap_or_default();
                SiteRecord {
                    site_ref: s.site_id.to_string(),
                    name: s.site_name.clone(),
                    operator: s.operator.clone(),
                    operator_business_number: s.operator_business_number.clone(),
                    address: s.address.clone(),
                    city: s.city.clone(),
                    country: s.country,
                    os_id: s.os_id.clone(),
                    role: s.role,
                    goods: s.goods.clone(),
                    category,
                    bases,
                    supplies_to: s.supplies_to.iter().filter_map(|t| index.get(t.as_str()).copied()).collect(),
                }
            })
            .collect();
        DeclarationInput { meta, sites }
    }
}

/// Legal forms dropped from names before comparing them.
const LEGAL_FORMS: &[&str] = &[
    "inc",
    "ltd",
    "ltee",
    "limited",
    "llc",
    "co",
    "corp",
    "corporation",
    "company",
    "sa",
    "sarl",
    "sas",
    "gmbh",
    "ag",
    "bv",
    "srl",
    "spa",
    "plc",
    "pvt",
    "pte",
    "jsc",
    "ooo",
    "cie",
    "the",
    "and",
];

/// Street words written several ways, each mapped to one.
const STREET_WORDS: &[(&str, &str)] = &[
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

/// A facility name folded for matching: accents, case, punctuation and legal forms dropped.
pub fn normalise_name(name: &str) -> String {
    join_words(&fold_words(name), |w| (!LEGAL_FORMS.contains(&w)).then_some(w))
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

fn business_number_digits(bn: &str) -> Option<String> {
    let digits: String = bn.chars().filter(char::is_ascii_digit).take(9).collect();
    (digits.len() == 9).then_some(digits)
}

/// A 128-bit fingerprint of an identity key: the indexes hold these instead of the keys' text (small entries, no
/// string comparison). xxh3-128: a collision is expected once in about 10^19 keys' worth of pairs — never at the
/// scale of a national portfolio (10^7 keys).
type Fp = u128;

fn fp(key: &str) -> Fp {
    xxhash_rust::xxh3::xxh3_128(key.as_bytes())
}

/// The fingerprint of the key written by joining `parts`, without writing it: the same as `fp(&parts.concat())`.
fn fp_of(parts: &[&str]) -> Fp {
    let mut h = xxhash_rust::xxh3::Xxh3::new();
    for p in parts {
        h.update(p.as_bytes());
    }
    h.digest128()
}

/// The keys a site record is known by, as fingerprints, strongest first (computed where the keys are made: in
/// parallel when a graph is built). Only the primary key's text is kept: a new facility is known by it.
#[derive(Debug, Clone)]
struct Keys {
    /// `os:` Open Supply Hub ID.
    os: Option<Fp>,
    /// `op:` operator business number + country + address.
    operator: Option<Fp>,
    /// `na:` country + name + address.
    name_address: Fp,
    /// `ad:` country + city + address (a proposal when names differ).
    address: Fp,
    /// `nc:` country + city + name (a proposal when addresses differ).
    name_city: Fp,
    /// The primary key (`os:…`, else `na:…`).
    primary: String,
    /// The public id a new facility made from this record gets (64 bits of `public_id` of the primary key).
    id: u64,
}

impl Keys {
    fn of(r: &SiteRecord) -> Keys {
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
    fn exact(&self) -> impl Iterator<Item = (Fp, bool)> + use<> {
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

/// A facility of the national graph.
#[derive(Debug, Clone)]
pub struct Facility {
    /// The key it was first known by (`os:…` or `na:…`).
    pub key: String,
    /// Its public id's 64 bits ([`Facility::id`] writes it out).
    id: u64,
    pub name: String,
    pub address: String,
    pub city: String,
    pub country: CountryCode,
    pub os_id: Option<String>,
    pub operator: Option<String>,
    /// The operator's CRA business number, as declared.
    pub operator_business_number: Option<String>,
    pub goods: String,
    pub category: Option<String>,
    /// Every (declaration, site index) that declares it.
    pub occurrences: Vec<(i64, u32)>,
    /// Public ids of facilities merged into it (they answer for it).
    merged_ids: Vec<u64>,
    /// The exact keys that point to it in the index (with whether each is an OS ID), and the near keys it is listed
    /// under (with whether each is an address key).
    exact_keys: Vec<(Fp, bool)>,
    near_keys: Vec<(Fp, bool)>,
}

impl Facility {
    /// Its public id: 16 hex digits.
    pub fn id(&self) -> String {
        format!("{:016x}", self.id)
    }
}

/// An officer's decision on two facilities: the same place, or not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MatchDecision {
    pub key_a: String,
    pub key_b: String,
    pub same: bool,
}

/// Two facilities that may be the same place, for an officer to decide.
#[derive(Debug, Clone, Serialize)]
pub struct MatchProposal {
    pub a: FacilitySummary,
    pub b: FacilitySummary,
    /// `same_address` (names differ) or `same_name` (addresses differ), in the same country and city.
    pub reason: &'static str,
}

/// A facility in a list.
#[derive(Debug, Clone, Serialize)]
pub struct FacilitySummary {
    pub id: String,
    pub key: String,
    pub name: String,
    pub address: String,
    pub city: String,
    pub country: CountryCode,
    pub os_id: Option<String>,
    pub forced_labour: f32,
    pub child_labour: f32,
    /// How many declarations and distinct suppliers declare it.
    pub declarations: usize,
    pub suppliers: usize,
}

#[derive(Clone)]
struct DeclarationEntry {
    meta: DeclarationMeta,
    nodes: Vec<NodeIndex>,
    /// The declaration's own Site IDs, in site order.
    refs: Vec<String>,
    bases: Vec<Bases>,
    /// Whether the site ships to another site of the declaration (false = tier 1).
    ships: Vec<bool>,
    links: Vec<(u32, u32)>,
}

/// The supply graph of all current declarations. `Clone` is a deep copy: the graph service publishes a copy to
/// readers after each change (see `graph_service`).
#[derive(Clone)]
pub struct SupplyGraph {
    graph: StableDiGraph<Facility, u32>,
    declarations: FxHashMap<i64, DeclarationEntry>,
    /// Exact keys (`os:`, `op:`, `na:`), by fingerprint → facility.
    index: FxHashMap<Fp, NodeIndex>,
    /// Near keys (`ad:`, `nc:`), by fingerprint → facilities listed under them.
    near: FxHashMap<Fp, Vec<NodeIndex>>,
    /// Public id (its 64 bits) → facility (merged ids keep pointing to the survivor).
    ids: FxHashMap<u64, NodeIndex>,
    /// Keys an officer said are the same place, both ways.
    same: FxHashMap<Fp, Vec<Fp>>,
    /// Pairs an officer said are different places (ordered pair).
    different: HashSet<(String, String)>,
    scores: Vec<[f32; 2]>,
    /// The highest own and undisclosed-input points any declaration gives each facility (by node index, beside the
    /// scores: re-scoring reads only these two dense arrays and the links).
    bases: Vec<Bases>,
    decay: f32,
}

fn ordered(a: &str, b: &str) -> (String, String) {
    if a <= b { (a.to_string(), b.to_string()) } else { (b.to_string(), a.to_string()) }
}

/// A facility's national score from its bases and its suppliers' scores: `own + max(input, decay × max supplier)`,
/// per kind, within 0–100.
fn score_of(
    graph: &StableDiGraph<Facility, u32>,
    bases: &[Bases],
    decay: f32,
    scores: &[[f32; 2]],
    n: NodeIndex,
) -> [f32; 2] {
    let [forced, child] = bases.get(n.index()).copied().unwrap_or_default();
    let mut up = [0.0f32; 2];
    for s in graph.neighbors_directed(n, Direction::Incoming) {
        let sc = scores.get(s.index()).copied().unwrap_or_default();
        up[0] = up[0].max(sc[0]);
        up[1] = up[1].max(sc[1]);
    }
    let score = |b: Base, up: f32| (b.own + b.input.max(decay * up)).clamp(0.0, 100.0);
    [score(forced, up[0]), score(child, up[1])]
}

impl SupplyGraph {
    /// An empty graph; `decay` is the risk model's tier decay.
    pub fn new(decay: f64) -> SupplyGraph {
        SupplyGraph {
            graph: StableDiGraph::default(),
            declarations: FxHashMap::default(),
            index: FxHashMap::default(),
            near: FxHashMap::default(),
            ids: FxHashMap::default(),
            same: FxHashMap::default(),
            different: HashSet::new(),
            scores: Vec::new(),
            bases: Vec::new(),
            decay: decay as f32,
        }
    }

    /// Room for this many facilities and links, to build a large graph without regrowing.
    pub fn reserve(&mut self, facilities: usize, links: usize) {
        self.graph.reserve_nodes(facilities);
        self.graph.reserve_edges(links);
        self.index.reserve(facilities * 2);
        self.near.reserve(facilities * 2);
        self.ids.reserve(facilities);
        self.scores.reserve(facilities);
        self.bases.reserve(facilities);
    }

    /// Number of facilities.
    pub fn facility_count(&self) -> usize {
        self.graph.node_count()
    }

    /// Number of distinct links between facilities.
    pub fn link_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// Number of declarations in the graph.
    pub fn declaration_count(&self) -> usize {
        self.declarations.len()
    }

    /// Whether a declaration is in the graph.
    pub fn contains_declaration(&self, id: i64) -> bool {
        self.declarations.contains_key(&id)
    }

    /// The tier decay the scores use.
    pub fn decay(&self) -> f32 {
        self.decay
    }

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
    fn resolve(&self, keys: &Keys) -> Option<NodeIndex> {
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

    fn add_facility(&mut self, r: &mut SiteRecord, keys: &mut Keys) -> NodeIndex {
        let take = std::mem::take::<String>;
        let id = keys.id;
        let n = self.graph.add_node(Facility {
            key: take(&mut keys.primary),
            id,
            name: take(&mut r.name),
            address: take(&mut r.address),
            city: take(&mut r.city),
            country: r.country,
            os_id: r.os_id.take(),
            operator: r.operator.take(),
            operator_business_number: r.operator_business_number.clone(),
            goods: take(&mut r.goods),
            category: r.category.take(),
            occurrences: Vec::new(),
            merged_ids: Vec::new(),
            exact_keys: Vec::new(),
            near_keys: Vec::new(),
        });
        self.ids.insert(id, n);
        // The dense arrays cover every node index (a reused index gets its slots cleared).
        if self.scores.len() <= n.index() {
            self.scores.resize(n.index() + 1, [0.0; 2]);
        }
        if self.bases.len() <= n.index() {
            self.bases.resize(n.index() + 1, Bases::default());
        }
        self.set_score(n, [0.0; 2]);
        if let Some(b) = self.bases.get_mut(n.index()) {
            *b = Bases::default();
        }
        n
    }

    /// Stores a facility's score in the dense array (every node index has a slot: see `add_facility`).
    fn set_score(&mut self, n: NodeIndex, score: [f32; 2]) {
        if let Some(s) = self.scores.get_mut(n.index()) {
            *s = score;
        }
    }

    fn register_keys(&mut self, n: NodeIndex, keys: &Keys) {
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

    /// Adds a declaration (replacing it if already there) and re-scores what it touches. Returns the number of
    /// facilities whose score was recomputed.
    pub fn add_declaration(&mut self, input: DeclarationInput) -> usize {
        let mut seeds =
            if self.declarations.contains_key(&input.meta.id) { self.detach(input.meta.id) } else { Vec::new() };
        seeds.extend(self.attach(input));
        self.propagate(seeds)
    }

    /// Removes a declaration (superseded or withdrawn) and re-scores downstream of it.
    pub fn remove_declaration(&mut self, id: i64) -> usize {
        let seeds = self.detach(id);
        self.propagate(seeds)
    }

    /// Adds many declarations, then scores everything once (upstream first): the way to build from storage.
    pub fn extend(&mut self, inputs: Vec<DeclarationInput>) {
        use std::sync::atomic::{AtomicUsize, Ordering};
        use std::sync::{Mutex, PoisonError, mpsc};
        // Normalising names and addresses is the costly part of identity and needs no graph: worker threads make the
        // keys of batch after batch while this thread attaches the batches whose keys are ready, in order.
        const BATCH: usize = 32;
        let workers = std::thread::available_parallelism().map_or(1, |n| n.get()).min(8);
        let mut inputs = inputs.into_iter().peekable();
        let mut batches = Vec::new();
        while inputs.peek().is_some() {
            batches.push(Mutex::new(inputs.by_ref().take(BATCH).collect::<Vec<_>>()));
        }
        let next = AtomicUsize::new(0);
        let (tx, rx) = mpsc::channel::<(usize, Vec<Vec<Keys>>)>();
        std::thread::scope(|s| {
            for _ in 0..workers {
                let (tx, batches, next) = (tx.clone(), &batches, &next);
                s.spawn(move || {
                    loop {
                        let i = next.fetch_add(1, Ordering::Relaxed);
                        let Some(batch) = batches.get(i) else { break };
                        let keys = batch
                            .lock()
                            .unwrap_or_else(PoisonError::into_inner)
                            .iter()
                            .map(|d| d.sites.iter().map(Keys::of).collect())
                            .collect();
                        if tx.send((i, keys)).is_err() {
                            break;
                        }
                    }
                });
            }
            drop(tx);
            let mut ready = BTreeMap::new();
            let mut want = 0;
            for (i, keys) in rx {
                ready.insert(i, keys);
                while let Some(keys) = ready.remove(&want) {
                    // `want` counts the batches taken in order; every key `ready` holds is a batch's position.
                    let batch = batches
                        .get(want)
                        .map(|b| std::mem::take(&mut *b.lock().unwrap_or_else(PoisonError::into_inner)))
                        .unwrap_or_default();
                    for (input, keys) in batch.into_iter().zip(keys) {
                        if self.declarations.contains_key(&input.meta.id) {
                            self.detach(input.meta.id);
                        }
                        self.attach_with(input, keys);
                    }
                    want += 1;
                }
            }
        });
        self.rescore_all();
    }

    fn attach(&mut self, input: DeclarationInput) -> Vec<NodeIndex> {
        let keys = input.sites.iter().map(Keys::of).collect();
        self.attach_with(input, keys)
    }

    fn attach_with(&mut self, input: DeclarationInput, all_keys: Vec<Keys>) -> Vec<NodeIndex> {
        let DeclarationInput { meta, sites } = input;
        let id = meta.id;
        let mut nodes = Vec::with_capacity(sites.len());
        let mut bases = Vec::with_capacity(sites.len());
        let mut refs = Vec::with_capacity(sites.len());
        let mut ships = Vec::with_capacity(sites.len());
        let mut links = Vec::new();
        for ((i, mut r), mut keys) in sites.into_iter().enumerate().zip(all_keys) {
            let n = match self.resolve(&keys) {
                Some(n) => n,
                None => self.add_facility(&mut r, &mut keys),
            };
            self.register_keys(n, &keys);
            if let Some(bases) = self.bases.get_mut(n.index()) {
                for (b, r) in bases.iter_mut().zip(&r.bases) {
                    b.own = b.own.max(r.own);
                    b.input = b.input.max(r.input);
                }
            }
            let f = &mut self.graph[n];
            f.occurrences.push((id, i as u32));
            if f.category.is_none() {
                f.category = r.category.take();
            }
            if f.os_id.is_none() {
                f.os_id = r.os_id.take();
            }
            nodes.push(n);
            bases.push(r.bases);
            ships.push(!r.supplies_to.is_empty());
            for &t in &r.supplies_to {
                links.push((i as u32, t));
            }
            refs.push(r.site_ref);
        }
        for &(from, to) in &links {
            let (Some(&a), Some(&b)) = (nodes.get(from as usize), nodes.get(to as usize)) else { continue };
            if a == b {
                continue;
            }
            match self.graph.find_edge(a, b) {
                Some(e) => self.graph[e] += 1,
                None => {
                    self.graph.add_edge(a, b, 1);
                }
            }
        }
        let seeds = nodes.clone();
        self.declarations.insert(id, DeclarationEntry { meta, nodes, refs, bases, ships, links });
        seeds
    }

    /// Takes a declaration out; returns the facilities whose score may change.
    fn detach(&mut self, id: i64) -> Vec<NodeIndex> {
        let Some(entry) = self.declarations.remove(&id) else { return Vec::new() };
        let mut seeds = Vec::new();
        for &(from, to) in &entry.links {
            let (Some(&a), Some(&b)) = (entry.nodes.get(from as usize), entry.nodes.get(to as usize)) else {
                continue;
            };
            if let Some(e) = self.graph.find_edge(a, b) {
                self.graph[e] -= 1;
                if self.graph[e] == 0 {
                    self.graph.remove_edge(e);
                    seeds.push(b);
                }
            }
        }
        let mut touched: Vec<NodeIndex> = entry.nodes.clone();
        touched.sort_unstable();
        touched.dedup();
        for n in touched {
            if !self.graph.contains_node(n) {
                continue;
            }
            let f = &mut self.graph[n];
            f.occurrences.retain(|(d, _)| *d != id);
            if f.occurrences.is_empty() {
                seeds.extend(self.graph.neighbors_directed(n, Direction::Outgoing));
                self.remove_facility(n);
            } else {
                self.recompute_bases(n);
                seeds.push(n);
            }
        }
        seeds.retain(|n| self.graph.contains_node(*n));
        seeds
    }

    fn recompute_bases(&mut self, n: NodeIndex) {
        let mut b = [Base::default(); 2];
        for &(d, i) in &self.graph[n].occurrences {
            if let Some(r) = self.declarations.get(&d).and_then(|e| e.bases.get(i as usize)) {
                for (b, r) in b.iter_mut().zip(r) {
                    b.own = b.own.max(r.own);
                    b.input = b.input.max(r.input);
                }
            }
        }
        if let Some(slot) = self.bases.get_mut(n.index()) {
            *slot = b;
        }
    }

    fn remove_facility(&mut self, n: NodeIndex) {
        let Some(f) = self.graph.remove_node(n) else { return };
        for (k, _) in f.exact_keys {
            if self.index.get(&k) == Some(&n) {
                self.index.remove(&k);
            }
        }
        for (k, _) in f.near_keys {
            if let Some(list) = self.near.get_mut(&k) {
                list.retain(|x| *x != n);
                if list.is_empty() {
                    self.near.remove(&k);
                }
            }
        }
        for id in std::iter::once(f.id).chain(f.merged_ids) {
            if self.ids.get(&id) == Some(&n) {
                self.ids.remove(&id);
            }
        }
        self.set_score(n, [0.0; 2]);
    }

    /// Folds facility `b` into `a`: occurrences, keys and links move; `b`'s id keeps pointing to `a`.
    fn merge(&mut self, a: NodeIndex, b: NodeIndex) -> usize {
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
        self.set_score(b, [0.0; 2]);
        self.propagate(vec![a])
    }

    fn add_links(&mut self, a: NodeIndex, b: NodeIndex, count: u32) {
        match self.graph.find_edge(a, b) {
            Some(e) => self.graph[e] += count,
            None => {
                self.graph.add_edge(a, b, count);
            }
        }
    }

    fn compute(&self, n: NodeIndex) -> [f32; 2] {
        score_of(&self.graph, &self.bases, self.decay, &self.scores, n)
    }

    /// Re-scores from `seeds` downstream until nothing changes by more than [`EPSILON`]. Returns how many
    /// facilities were recomputed.
    fn propagate(&mut self, seeds: Vec<NodeIndex>) -> usize {
        let mut queue: VecDeque<NodeIndex> = VecDeque::new();
        let mut queued: FxHashSet<NodeIndex> = FxHashSet::default();
        for s in seeds {
            if self.graph.contains_node(s) && queued.insert(s) {
                queue.push_back(s);
            }
        }
        let mut work = 0;
        while let Some(n) = queue.pop_front() {
            queued.remove(&n);
            work += 1;
            let new = self.compute(n);
            let Some(old) = self.scores.get_mut(n.index()) else { continue };
            if (new[0] - old[0]).abs() > EPSILON || (new[1] - old[1]).abs() > EPSILON {
                *old = new;
                for c in self.graph.neighbors_directed(n, Direction::Outgoing) {
                    if queued.insert(c) {
                        queue.push_back(c);
                    }
                }
            }
        }
        work
    }

    /// Scores every facility, upstream first (strongly connected groups iterated to their fixed point).
    // The hot loop of a full re-score indexes `scores` directly. In bounds: `scores` is resized to
    // `node_bound()` below, the graph is only borrowed while Tarjan's algorithm runs (it cannot grow), and every `n`
    // it hands over is one of its nodes, so `n.index() < node_bound() == scores.len()`.
    #[allow(clippy::indexing_slicing)]
    pub fn rescore_all(&mut self) {
        let bound = self.graph.node_bound();
        let mut scores = std::mem::take(&mut self.scores);
        scores.clear();
        scores.resize(bound, [0.0; 2]);
        let (graph, bases, decay) = (&self.graph, &self.bases, self.decay);
        // Tarjan's algorithm on the reversed links hands over each group of facilities (a loop of supply, or one
        // facility) after every group it is supplied by: one pass, upstream first, no list of groups kept.
        let mut tarjan = petgraph::algo::TarjanScc::new();
        tarjan.run(petgraph::visit::Reversed(graph), |group: &[NodeIndex]| {
            if let [n] = group
                && graph.find_edge(*n, *n).is_none()
            {
                scores[n.index()] = score_of(graph, bases, decay, &scores, *n);
                return;
            }
            for _ in 0..200 {
                let mut changed = false;
                for &n in group {
                    let new = score_of(graph, bases, decay, &scores, n);
                    let old = scores[n.index()];
                    if (new[0] - old[0]).abs() > EPSILON / 4.0 || (new[1] - old[1]).abs() > EPSILON / 4.0 {
                        changed = true;
                    }
                    scores[n.index()] = new;
                }
                if !changed {
                    break;
                }
            }
        });
        self.scores = scores;
    }

    /// The highest own and undisclosed-input points any declaration gives a facility (forced, child).
    pub fn bases(&self, n: NodeIndex) -> Bases {
        self.bases.get(n.index()).copied().unwrap_or_default()
    }

    /// The national scores of a facility (forced, child), rounded to one decimal.
    pub fn score(&self, n: NodeIndex) -> [f32; 2] {
        let s = self.scores.get(n.index()).copied().unwrap_or_default();
        [(s[0] * 10.0).round() / 10.0, (s[1] * 10.0).round() / 10.0]
    }

    /// The facility with this public id.
    pub fn find(&self, id: &str) -> Option<NodeIndex> {
        let bits = u64::from_str_radix(id, 16).ok().filter(|_| id.len() == 16)?;
        self.ids.get(&bits).copied().filter(|n| self.graph.contains_node(*n))
    }

    /// The facility a declaration's site is.
    pub fn node_of(&self, declaration: i64, site: usize) -> Option<NodeIndex> {
        self.declarations.get(&declaration).and_then(|e| e.nodes.get(site).copied())
    }

    /// A facility's data.
    pub fn facility(&self, n: NodeIndex) -> Option<&Facility> {
        self.graph.node_weight(n)
    }

    /// The declaration's who-and-what.
    pub fn declaration(&self, id: i64) -> Option<&DeclarationMeta> {
        self.declarations.get(&id).map(|e| &e.meta)
    }

    /// A facility as a list entry.
    pub fn summary(&self, n: NodeIndex) -> Option<FacilitySummary> {
        let f = self.graph.node_weight(n)?;
        let s = self.score(n);
        let mut decls: Vec<i64> = f.occurrences.iter().map(|o| o.0).collect();
        decls.sort_unstable();
        decls.dedup();
        let mut suppliers: Vec<i64> =
            decls.iter().filter_map(|d| self.declarations.get(d)).map(|e| e.meta.supplier_id).collect();
        suppliers.sort_unstable();
        suppliers.dedup();
        Some(FacilitySummary {
            id: f.id(),
            key: f.key.clone(),
            name: f.name.clone(),
            address: f.address.clone(),
            city: f.city.clone(),
            country: f.country,
            os_id: f.os_id.clone(),
            forced_labour: s[0],
            child_labour: s[1],
            declarations: decls.len(),
            suppliers: suppliers.len(),
        })
    }

    /// The first `limit` facilities found for `query` (see [`SupplyGraph::search_counted`]), best scores first.
    pub fn search(&self, query: &str, limit: usize) -> Vec<FacilitySummary> {
        self.search_counted(query, limit).0
    }

    /// [`SupplyGraph::search`] with the number of facilities found in all (the page shows "10 of 2,340").
    ///
    /// A facility is found when every word of the query is in its name, address, city, Open Supply Hub ID, operator
    /// name or operator CRA business number, or in its country's ISO 3166 code or English or French name — or when
    /// the whole query names its country (any spelling `CountryCode::parse` knows: `Malaysia`, `Malaisie`, `MYS`).
    pub fn search_counted(&self, query: &str, limit: usize) -> (Vec<FacilitySummary>, usize) {
        let words: Vec<String> = fold_words(query).split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect();
        if words.is_empty() {
            return (Vec::new(), 0);
        }
        let country = CountryCode::parse(query);
        let mut hits: Vec<NodeIndex> = self
            .graph
            .node_indices()
            .filter(|&n| {
                let f = &self.graph[n];
                if country == Some(f.country) {
                    return true;
                }
                let hay = fold_words(&format!(
                    "{} {} {} {} {} {} {} {} {}",
                    f.name,
                    f.address,
                    f.city,
                    f.os_id.as_deref().unwrap_or(""),
                    f.operator.as_deref().unwrap_or(""),
                    f.operator_business_number.as_deref().unwrap_or(""),
                    f.country.as_str(),
                    f.country.name_en(),
                    f.country.name_fr(),
                ));
                words.iter().all(|w| hay.contains(w.as_str()))
            })
            .collect();
        let total = hits.len();
        hits.sort_by(|a, b| self.max_score(*b).total_cmp(&self.max_score(*a)));
        (hits.into_iter().take(limit).filter_map(|n| self.summary(n)).collect(), total)
    }

    fn max_score(&self, n: NodeIndex) -> f32 {
        let s = self.scores.get(n.index()).copied().unwrap_or_default();
        s[0].max(s[1])
    }

    /// The facilities that supply `n` directly.
    pub fn suppliers_of(&self, n: NodeIndex) -> Vec<NodeIndex> {
        self.graph.neighbors_directed(n, Direction::Incoming).collect()
    }

    /// The facilities `n` ships to directly.
    pub fn customers_of(&self, n: NodeIndex) -> Vec<NodeIndex> {
        self.graph.neighbors_directed(n, Direction::Outgoing).collect()
    }

    /// The supplier of `n` whose carried risk is highest for `kind`, with that score.
    pub fn strongest_supplier(&self, n: NodeIndex, kind: RiskKind) -> Option<(NodeIndex, f32)> {
        let k = kind_index(kind);
        self.graph
            .neighbors_directed(n, Direction::Incoming)
            .map(|s| (s, self.scores.get(s.index()).and_then(|sc| sc.get(k)).copied().unwrap_or_default()))
            .max_by(|a, b| a.1.total_cmp(&b.1))
    }

    /// Where a facility appears: every declaration whose chain it is in — declared there itself, or upstream of a
    /// site that declaration lists (through links other declarations give) — with the shortest path from the
    /// facility to one of that declaration's tier-1 sites.
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
            for c in self.graph.neighbors_directed(m, Direction::Outgoing) {
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

    /// Facilities that several suppliers declare, most suppliers first, then highest score.
    pub fn concentration(&self, limit: usize) -> Vec<FacilitySummary> {
        let mut shared: Vec<FacilitySummary> =
            self.graph.node_indices().filter_map(|n| self.summary(n)).filter(|s| s.suppliers >= 2).collect();
        shared.sort_by(|a, b| {
            b.suppliers
                .cmp(&a.suppliers)
                .then(b.forced_labour.max(b.child_labour).total_cmp(&a.forced_labour.max(a.child_labour)))
        });
        shared.truncate(limit);
        shared
    }

    /// Loops of supply across the whole graph (each of two or more facilities), with the declarations whose links
    /// make them.
    pub fn cycles(&self, limit: usize) -> Vec<GraphCycle> {
        let mut out: Vec<GraphCycle> = tarjan_scc(&self.graph)
            .into_iter()
            .filter(|g| g.len() > 1)
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
            .collect();
        out.sort_by_key(|c| std::cmp::Reverse(c.facilities.len()));
        out
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

    /// Whether two facility keys are a pair [`proposals`](Self::proposals) offers: two facilities listed under a
    /// common near key, not decided different, without conflicting OS IDs.
    pub fn is_proposal(&self, key_a: &str, key_b: &str) -> bool {
        let (Some(&a), Some(&b)) = (self.index.get(&fp(key_a)), self.index.get(&fp(key_b))) else { return false };
        let (Some(fa), Some(fb)) = (self.graph.node_weight(a), self.graph.node_weight(b)) else { return false };
        a != b && self.may_be_same(fa, fb) && fa.near_keys.iter().any(|k| fb.near_keys.contains(k))
    }

    fn may_be_same(&self, fa: &Facility, fb: &Facility) -> bool {
        let conflicting_ids = matches!((&fa.os_id, &fb.os_id), (Some(x), Some(y)) if x != y);
        !conflicting_ids && !self.different.contains(&ordered(&fa.key, &fb.key))
    }

    /// Pairs of facilities that may be the same place (same city and address with other names, or same city and
    /// name at other addresses), not yet decided.
    pub fn proposals(&self, limit: usize) -> Vec<MatchProposal> {
        let mut out = Vec::new();
        let mut lists: Vec<(&Fp, &Vec<NodeIndex>)> = self.near.iter().collect();
        lists.sort_unstable_by_key(|(k, _)| **k);
        let mut seen: HashSet<(NodeIndex, NodeIndex)> = HashSet::new();
        for (k, list) in lists {
            if list.len() < 2 || list.len() > 50 {
                continue;
            }
            let mut rest = list.as_slice();
            while let Some((&a, later)) = rest.split_first() {
                rest = later;
                for &b in later {
                    let (x, y) = if a < b { (a, b) } else { (b, a) };
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

    /// The whole graph as Graphviz DOT.
    pub fn to_dot(&self) -> String {
        let g = self.graph.map(
            |n, f| {
                let s = self.score(n);
                format!("{} ({}) — FL {} / CL {}", f.name, f.country.as_str(), s[0], s[1])
            },
            |_, w| *w,
        );
        // Display, not Debug: Debug would quote each label a second time (`label = "\"…\""`).
        petgraph::dot::Dot::with_config(&g, &[petgraph::dot::Config::EdgeNoLabel]).to_string()
    }

    /// The whole graph as GraphML, each facility with its id, name, country and scores.
    pub fn to_graphml(&self) -> String {
        let g = self.graph.map(|n, f| (f.clone(), self.score(n)), |_, w| *w);
        petgraph_graphml::GraphMl::new(&g)
            .export_node_weights(Box::new(|(f, s)| facility_attributes(f, *s)))
            .export_edge_weights(Box::new(|w| vec![("declarations".into(), w.to_string().into())]))
            .to_string()
    }
}

fn facility_attributes(
    f: &Facility,
    s: [f32; 2],
) -> Vec<(std::borrow::Cow<'static, str>, std::borrow::Cow<'static, str>)> {
    vec![
        ("id".into(), f.id().into()),
        ("name".into(), f.name.clone().into()),
        ("country".into(), f.country.as_str().to_string().into()),
        ("os_id".into(), f.os_id.clone().unwrap_or_default().into()),
        ("forced_labour".into(), s[0].to_string().into()),
        ("child_labour".into(), s[1].to_string().into()),
    ]
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

#[cfg(test)]
mod tests;
