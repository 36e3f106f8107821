//! The supply graph across every current declaration: one node per facility (the same factory declared by several
//! suppliers is one node), one edge per `Supplies to` link (counted by the declarations that assert it), and a
//! national risk score per node that flows from raw materials to the suppliers.
//!
//! The score of a node for one kind of risk is the declaration engine's arithmetic before mitigation, over every
//! supplier the country knows of, not only those one supplier declared:
//!
//! `score = min(100, own + max(input, decay × max(carry of each supplying node)))`
//! `carry = min(100, own_carried + max(input, decay × max(carry of each supplying node)))`
//!
//! where `own` (listed goods, country, region, lists), `own_carried` (the same less the country context, which
//! counts once, at the node's own line) and `input` (an undisclosed or local input, whose floor the engine keeps
//! where the declaration does not establish the input's origin) are read off the stored assessments (the highest
//! any declaration of the site gives: [`Base::merge`]). With `decay < 1` this is a contraction, so it has one fixed
//! point, reached from any start — which is why an incremental update (start from the old scores, re-score
//! downstream of what changed) and a full re-score (upstream first) agree.

//!
//! The code follows that path: `identity` (which facility a site record is, match decisions and proposals), `build`
//! (declarations in and out), `scores` (bases, propagation, full re-score), `analyses` (search, exposure,
//! concentration, loops, gaps) and `exports` (DOT, GraphML).

use std::collections::HashSet;

use petgraph::Direction;
use petgraph::stable_graph::{NodeIndex, StableDiGraph};
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::domain::CountryCode;
// What the graph takes in is the domain's (storage fills it from its rows): re-exported where the graph is used.
pub use crate::domain::supply::{Base, Bases, DeclarationInput, DeclarationMeta, MatchDecision, SiteRecord, bases_of};

mod analyses;
mod build;
mod exports;
mod identity;
mod scores;
mod snapshot;

pub use analyses::{DisclosureGap, Exposure, GraphCycle};
pub use identity::{MatchProposal, normalise_address, normalise_name, normalise_name_where, public_id};
pub use snapshot::SnapshotError;

use identity::Fp;

/// A facility of the national graph.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Facility {
    /// The key it was first known by (`os:…` or `na:…`).
    pub key: String,
    /// Its public id's 64 bits ([`Facility::id`] writes it out).
    id: u64,
    pub name: String,
    pub address: String,
    pub city: String,
    /// The province, state or region, as first declared.
    pub region: Option<String>,
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

/// A facility in a list (also what the API answers for it, so it carries its OpenAPI schema: a derive only).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema)]
pub struct FacilitySummary {
    /// Its public id: 16 hex digits.
    pub id: String,
    /// The key it was first known by (`os:…`, `op:…` or `na:…`).
    pub key: String,
    pub name: String,
    pub address: String,
    pub city: String,
    /// The province, state or region, as first declared.
    pub region: Option<String>,
    /// ISO 3166-1 alpha-2 code.
    #[schema(value_type = String)]
    pub country: CountryCode,
    pub os_id: Option<String>,
    pub forced_labour: f32,
    pub child_labour: f32,
    /// How many declarations and distinct suppliers declare it.
    pub declarations: usize,
    pub suppliers: usize,
}

#[derive(Clone, Serialize, Deserialize)]
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
/// readers after each change (see `graph_service`), and writes it whole as a snapshot (`snapshot.rs`).
#[derive(Clone, Serialize, Deserialize)]
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
    /// What each facility carries to the facilities it supplies (by node index, beside the scores: its score less
    /// its own country context).
    carries: Vec<[f32; 2]>,
    /// The highest own and undisclosed-input points any declaration gives each facility (by node index, beside the
    /// scores: re-scoring reads only the bases, the carries and the links).
    bases: Vec<Bases>,
    decay: f32,
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
            carries: Vec::new(),
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
        self.carries.reserve(facilities);
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
            region: f.region.clone(),
            country: f.country,
            os_id: f.os_id.clone(),
            forced_labour: s[0],
            child_labour: s[1],
            declarations: decls.len(),
            suppliers: suppliers.len(),
        })
    }

    /// The facilities that supply `n` directly, in key order (see [`SupplyGraph::order_key`]).
    pub fn suppliers_of(&self, n: NodeIndex) -> Vec<NodeIndex> {
        self.sorted(self.graph.neighbors_directed(n, Direction::Incoming).collect())
    }

    /// The facilities `n` ships to directly, in key order (see [`SupplyGraph::order_key`]).
    pub fn customers_of(&self, n: NodeIndex) -> Vec<NodeIndex> {
        self.sorted(self.graph.neighbors_directed(n, Direction::Outgoing).collect())
    }

    /// What every listing and export of the graph breaks ties by: the facility's key, then its public id's bits.
    /// Node indexes and edge order depend on the order declarations arrived in (and on a snapshot's history); the
    /// key and id depend only on what was declared, so two graphs with the same content list the same way.
    pub fn order_key(&self, n: NodeIndex) -> (&str, u64) {
        self.graph.node_weight(n).map_or(("", 0), |f| (f.key.as_str(), f.id))
    }

    /// Facilities in key order.
    fn sorted(&self, mut nodes: Vec<NodeIndex>) -> Vec<NodeIndex> {
        nodes.sort_by(|a, b| self.order_key(*a).cmp(&self.order_key(*b)));
        nodes
    }
}

/// A graph described in an order that does not depend on how it was made (node indexes and the order of arrival
/// left out): facilities by key, links by the keys of their ends, declarations by id, scores apart. What two graphs
/// are compared by — one read from a snapshot and caught up, against one built from scratch.
#[derive(Debug, Clone, PartialEq)]
pub struct Canonical {
    /// Each facility: its data, declarations, merged ids, keys and bases, written out.
    pub facilities: Vec<String>,
    /// Each link by the keys of its ends, with how many declarations assert it.
    pub links: Vec<(String, String, u32)>,
    /// Each declaration: who, and each site's reference, facility, bases and links.
    pub declarations: Vec<String>,
    /// The exact and near indexes, the public ids and the officers' decisions, by facility key.
    pub indexes: Vec<String>,
    /// Each facility's national scores (forced, child), unrounded.
    pub scores: Vec<(String, [f32; 2])>,
}

impl Canonical {
    /// Whether two descriptions agree: equal in everything, scores within `tolerance` points (an incremental update
    /// stops at changes under 0.01 a step, a full re-score iterates loops to the same precision).
    pub fn agrees_with(&self, other: &Canonical, tolerance: f32) -> bool {
        self.facilities == other.facilities
            && self.links == other.links
            && self.declarations == other.declarations
            && self.indexes == other.indexes
            && self.scores.len() == other.scores.len()
            && self.scores.iter().zip(&other.scores).all(|((ka, a), (kb, b))| {
                ka == kb && (a[0] - b[0]).abs() <= tolerance && (a[1] - b[1]).abs() <= tolerance
            })
    }
}

impl SupplyGraph {
    /// This graph's [`Canonical`] description.
    pub fn canonical(&self) -> Canonical {
        let name =
            |n: &NodeIndex| self.graph.node_weight(*n).map_or_else(|| format!("gone {}", n.index()), |f| f.key.clone());
        let sorted = |mut v: Vec<String>| {
            v.sort_unstable();
            v
        };
        let facilities = sorted(
            self.graph
                .node_indices()
                .filter_map(|n| {
                    let f = self.graph.node_weight(n)?;
                    let (mut occurrences, mut merged) = (f.occurrences.clone(), f.merged_ids.clone());
                    let (mut exact, mut near) = (f.exact_keys.clone(), f.near_keys.clone());
                    occurrences.sort_unstable();
                    merged.sort_unstable();
                    exact.sort_unstable();
                    near.sort_unstable();
                    Some(format!(
                        "{} {:016x} {:?} {:?} {:?} {:?} {} {:?} {:?} {:?} {:?} {:?} {occurrences:?} {merged:?} \
                         {exact:?} {near:?} {:?}",
                        f.key,
                        f.id,
                        f.name,
                        f.address,
                        f.city,
                        f.region,
                        f.country,
                        f.os_id,
                        f.operator,
                        f.operator_business_number,
                        f.goods,
                        f.category,
                        self.bases(n),
                    ))
                })
                .collect(),
        );
        let mut links: Vec<(String, String, u32)> = self
            .graph
            .edge_indices()
            .filter_map(|e| {
                let (a, b) = self.graph.edge_endpoints(e)?;
                Some((name(&a), name(&b), self.graph.edge_weight(e).copied().unwrap_or_default()))
            })
            .collect();
        links.sort_unstable();
        let declarations = sorted(
            self.declarations
                .iter()
                .map(|(id, e)| {
                    let nodes: Vec<String> = e.nodes.iter().map(name).collect();
                    format!("{id} {:?} {:?} {nodes:?} {:?} {:?} {:?}", e.meta, e.refs, e.bases, e.ships, e.links)
                })
                .collect(),
        );
        let mut indexes: Vec<String> = Vec::new();
        indexes.extend(self.index.iter().map(|(k, n)| format!("exact {k:x} {}", name(n))));
        indexes.extend(self.near.iter().map(|(k, l)| {
            let mut l: Vec<String> = l.iter().map(name).collect();
            l.sort_unstable();
            format!("near {k:x} {l:?}")
        }));
        indexes.extend(self.ids.iter().map(|(id, n)| format!("id {id:016x} {}", name(n))));
        indexes.extend(self.same.iter().map(|(k, l)| {
            let mut l = l.clone();
            l.sort_unstable();
            format!("same {k:x} {l:?}")
        }));
        indexes.extend(self.different.iter().map(|(a, b)| format!("different {a} {b}")));
        let indexes = sorted(indexes);
        let mut scores: Vec<(String, [f32; 2])> = self
            .graph
            .node_indices()
            .map(|n| (name(&n), self.scores.get(n.index()).copied().unwrap_or_default()))
            .collect();
        scores.sort_unstable_by(|a, b| a.0.cmp(&b.0));
        Canonical { facilities, links, declarations, indexes, scores }
    }
}

#[cfg(test)]
mod tests;
