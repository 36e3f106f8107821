//! The supply graph of one declaration (petgraph): sites and their `Supplies to` links, tiers, cycles and the
//! order in which risk flows from raw materials down to the supplier.

pub mod national;

use std::collections::{HashMap, VecDeque};

use petgraph::Direction;
use petgraph::algo::tarjan_scc;
use petgraph::graph::{DiGraph, NodeIndex};

use crate::domain::{PlaceOfWork, SiteId};

/// The chain of one declaration. Node `i` is `places_of_work[i]`; an edge runs from a supplying site to the site it
/// ships to (upstream → downstream).
#[derive(Debug, Clone)]
pub struct ChainGraph {
    graph: DiGraph<usize, ()>,
    tiers: Vec<Option<u32>>,
}

impl ChainGraph {
    /// Builds the chain from the sites of a declaration. References to unknown site ids are ignored here (intake
    /// refuses them); a site listed twice in `supplies_to` gets one link.
    pub fn build(sites: &[PlaceOfWork]) -> ChainGraph {
        let mut graph = DiGraph::with_capacity(sites.len(), sites.len());
        // A new graph numbers its nodes 0, 1, … in the order they are added: node `i` is `NodeIndex::new(i)`.
        for i in 0..sites.len() {
            graph.add_node(i);
        }
        let index: HashMap<&SiteId, usize> = sites.iter().enumerate().map(|(i, s)| (&s.site_id, i)).collect();
        for (i, site) in sites.iter().enumerate() {
            for target in &site.supplies_to {
                if let Some(&j) = index.get(target)
                    && graph.find_edge(NodeIndex::new(i), NodeIndex::new(j)).is_none()
                {
                    graph.add_edge(NodeIndex::new(i), NodeIndex::new(j), ());
                }
            }
        }
        let tiers = compute_tiers(&graph, sites);
        ChainGraph { graph, tiers }
    }

    /// Number of sites.
    pub fn len(&self) -> usize {
        self.graph.node_count()
    }

    /// Whether the chain has no site.
    pub fn is_empty(&self) -> bool {
        self.graph.node_count() == 0
    }

    /// Number of links.
    pub fn link_count(&self) -> usize {
        self.graph.edge_count()
    }

    /// The tier of a site: 1 when it ships to the supplier itself, n + 1 when it ships to a tier-n site (the
    /// smallest it reaches); `None` when it reaches no tier-1 site.
    pub fn tier(&self, site: usize) -> Option<u32> {
        self.tiers.get(site).copied().flatten()
    }

    /// The deepest tier in the chain.
    pub fn depth(&self) -> u32 {
        self.tiers.iter().flatten().copied().max().unwrap_or(0)
    }

    /// The sites that ship directly to `site`.
    pub fn suppliers_of(&self, site: usize) -> impl Iterator<Item = usize> + '_ {
        self.graph.neighbors_directed(NodeIndex::new(site), Direction::Incoming).map(|n| self.graph[n])
    }

    /// The sites `site` ships to directly.
    pub fn customers_of(&self, site: usize) -> impl Iterator<Item = usize> + '_ {
        self.graph.neighbors_directed(NodeIndex::new(site), Direction::Outgoing).map(|n| self.graph[n])
    }

    /// Every site upstream of `site` (its suppliers, their suppliers, …), without `site` itself.
    pub fn upstream_of(&self, site: usize) -> Vec<usize> {
        let mut dfs = petgraph::visit::Dfs::new(petgraph::visit::Reversed(&self.graph), NodeIndex::new(site));
        let mut out = Vec::new();
        while let Some(n) = dfs.next(petgraph::visit::Reversed(&self.graph)) {
            if n.index() != site {
                out.push(self.graph[n]);
            }
        }
        out
    }

    /// The groups of sites that supply each other in a loop (each of two or more sites, or one site that supplies
    /// itself), each group in site order.
    pub fn cycles(&self) -> Vec<Vec<usize>> {
        tarjan_scc(&self.graph)
            .into_iter()
            .filter(|scc| scc.len() > 1 || scc.first().is_some_and(|&n| self.graph.find_edge(n, n).is_some()))
            .map(|scc| {
                let mut v: Vec<usize> = scc.into_iter().map(|n| self.graph[n]).collect();
                v.sort_unstable();
                v
            })
            .collect()
    }

    /// The sites grouped so that every group comes after all the groups that supply it: raw materials first, the
    /// supplier's own tier last. A group has more than one site only inside a cycle.
    pub fn upstream_first(&self) -> Vec<Vec<usize>> {
        // tarjan_scc yields strongly connected components in reverse topological order (sinks first); the sinks of
        // an upstream → downstream graph are the tier-1 sites, so reversing puts suppliers first.
        let mut sccs = tarjan_scc(&self.graph);
        sccs.reverse();
        sccs.into_iter().map(|scc| scc.into_iter().map(|n| self.graph[n]).collect()).collect()
    }
}

fn compute_tiers(graph: &DiGraph<usize, ()>, sites: &[PlaceOfWork]) -> Vec<Option<u32>> {
    let mut tiers: Vec<Option<u32>> = sites.iter().map(|s| s.supplies_to.is_empty().then_some(1)).collect();
    let mut queue: VecDeque<usize> = tiers.iter().enumerate().filter(|(_, t)| t.is_some()).map(|(i, _)| i).collect();
    // Breadth-first from tier 1 against the direction of supply gives every site the smallest tier it reaches.
    while let Some(i) = queue.pop_front() {
        let next = tiers.get(i).copied().flatten().map(|t| t + 1);
        for n in graph.neighbors_directed(NodeIndex::new(i), Direction::Incoming) {
            let j = graph[n];
            if let Some(tier @ None) = tiers.get_mut(j) {
                *tier = next;
                queue.push_back(j);
            }
        }
    }
    tiers
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{CountryCode, Role};

    fn site(id: &str, to: &[&str]) -> PlaceOfWork {
        PlaceOfWork {
            site_id: SiteId::parse(id).unwrap(),
            site_name: id.into(),
            operator: None,
            operator_business_number: None,
            role: Role::Manufacturing,
            goods: "rope".into(),
            classification: None,
            inputs: vec![],
            address: "1 Main St".into(),
            city: "Town".into(),
            region: None,
            country: CountryCode::parse("CA").unwrap(),
            postal_code: None,
            workers: None,
            share_of_value: None,
            supplies_to: to.iter().map(|s| SiteId::parse(s).unwrap()).collect(),
            os_id: None,
            last_audit_date: None,
            audit_standard: None,
        }
    }

    #[test]
    fn tiers_follow_supplies_to_and_take_the_smallest_reached() {
        let g = ChainGraph::build(&[site("A", &[]), site("B", &["A"]), site("C", &["B"]), site("D", &["C", "A"])]);
        assert_eq!((0..4).map(|i| g.tier(i)).collect::<Vec<_>>(), vec![Some(1), Some(2), Some(3), Some(2)]);
        assert_eq!(g.depth(), 3);
        assert_eq!(g.link_count(), 4);
        let mut up = g.upstream_of(0);
        up.sort_unstable();
        assert_eq!(up, vec![1, 2, 3]);
    }

    #[test]
    fn a_cycle_between_two_sites_is_reported_not_fatal() {
        let g = ChainGraph::build(&[site("A", &[]), site("B", &["A", "C"]), site("C", &["B"])]);
        assert_eq!(g.cycles(), vec![vec![1, 2]]);
        assert_eq!(g.tier(1), Some(2));
        assert_eq!(g.tier(2), Some(3));
    }

    #[test]
    fn a_site_only_inside_a_cycle_has_no_tier() {
        let g = ChainGraph::build(&[site("A", &[]), site("B", &["C"]), site("C", &["B"])]);
        assert_eq!(g.tier(1), None);
        assert_eq!(g.cycles().len(), 1);
    }

    #[test]
    fn suppliers_come_before_the_sites_they_supply() {
        let g = ChainGraph::build(&[site("A", &[]), site("B", &["A"]), site("C", &["B"])]);
        let order: Vec<usize> = g.upstream_first().into_iter().flatten().collect();
        let pos = |i| order.iter().position(|&x| x == i).unwrap();
        assert!(pos(2) < pos(1) && pos(1) < pos(0));
    }
}
