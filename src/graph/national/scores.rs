//! National scores: each facility's bases (what its declarations give it before its suppliers count), the score
//! from its bases and its suppliers' scores, incremental propagation downstream and the full re-score upstream first.

use std::collections::VecDeque;

use petgraph::Direction;
use petgraph::stable_graph::{NodeIndex, StableDiGraph};
use petgraph::visit::NodeIndexable;
use rustc_hash::FxHashSet;

use super::{Base, Bases, Facility, SupplyGraph};
use crate::domain::RiskKind;

/// Scores closer than this are the same (the fixed point is reached to within it).
const EPSILON: f32 = 0.01;

pub(super) fn kind_index(kind: RiskKind) -> usize {
    match kind {
        RiskKind::ForcedLabour => 0,
        RiskKind::ChildLabour => 1,
    }
}

/// A facility's national score from its bases and what its suppliers carry, per kind:
/// `score = min(100, own + max(input, decay × max carry of a supplier))`, and what it carries itself,
/// `carry = min(100, own_carried + max(input, decay × max carry of a supplier))` — its score less its own country
/// context, which counts once, at its own line (see [`Base`]). Both within 0–100, forced first.
fn score_of(
    graph: &StableDiGraph<Facility, u32>,
    bases: &[Bases],
    decay: f32,
    carries: &[[f32; 2]],
    n: NodeIndex,
) -> Scored {
    let [forced, child] = bases.get(n.index()).copied().unwrap_or_default();
    let mut up = [0.0f32; 2];
    for s in graph.neighbors_directed(n, Direction::Incoming) {
        let c = carries.get(s.index()).copied().unwrap_or_default();
        up[0] = up[0].max(c[0]);
        up[1] = up[1].max(c[1]);
    }
    let inputs = |b: Base, up: f32| b.input.max(decay * up);
    let score = |b: Base, up: f32| (b.own + inputs(b, up)).clamp(0.0, 100.0);
    let carry = |b: Base, up: f32| (b.own_carried + inputs(b, up)).clamp(0.0, 100.0);
    Scored { score: [score(forced, up[0]), score(child, up[1])], carry: [carry(forced, up[0]), carry(child, up[1])] }
}

/// A facility's national scores and what it carries to the facilities it supplies (forced, child each).
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(super) struct Scored {
    pub(super) score: [f32; 2],
    pub(super) carry: [f32; 2],
}

impl Scored {
    /// Whether it differs from `other` by more than `epsilon` anywhere.
    fn differs(&self, other: &Scored, epsilon: f32) -> bool {
        self.score
            .iter()
            .chain(&self.carry)
            .zip(other.score.iter().chain(&other.carry))
            .any(|(a, b)| (a - b).abs() > epsilon)
    }
}

impl SupplyGraph {
    /// Stores a facility's scores and carries in the dense arrays (every node index has a slot: see
    /// `add_facility`).
    pub(super) fn set_score(&mut self, n: NodeIndex, scored: Scored) {
        if let Some(s) = self.scores.get_mut(n.index()) {
            *s = scored.score;
        }
        if let Some(c) = self.carries.get_mut(n.index()) {
            *c = scored.carry;
        }
    }

    /// What a facility carries to the facilities it supplies (forced, child): its national score less its own
    /// country context (see [`Base`]), unrounded.
    pub fn carry(&self, n: NodeIndex) -> [f32; 2] {
        self.carries.get(n.index()).copied().unwrap_or_default()
    }

    pub(super) fn recompute_bases(&mut self, n: NodeIndex) {
        let mut b = [Base::default(); 2];
        for &(d, i) in &self.graph[n].occurrences {
            if let Some(r) = self.declarations.get(&d).and_then(|e| e.bases.get(i as usize)) {
                for (b, r) in b.iter_mut().zip(r) {
                    b.merge(r);
                }
            }
        }
        if let Some(slot) = self.bases.get_mut(n.index()) {
            *slot = b;
        }
    }

    pub(super) fn compute(&self, n: NodeIndex) -> Scored {
        score_of(&self.graph, &self.bases, self.decay, &self.carries, n)
    }

    /// Re-scores from `seeds` downstream until nothing changes by more than [`EPSILON`]. Returns how many
    /// facilities were recomputed.
    pub(super) fn propagate(&mut self, seeds: Vec<NodeIndex>) -> usize {
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
            let (Some(score), Some(carry)) = (self.scores.get(n.index()), self.carries.get(n.index())) else {
                continue;
            };
            if new.differs(&Scored { score: *score, carry: *carry }, EPSILON) {
                self.set_score(n, new);
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
    // The hot loop of a full re-score indexes `scores` and `carries` directly. In bounds: both are resized to
    // `node_bound()` below, the graph is only borrowed while Tarjan's algorithm runs (it cannot grow), and every `n`
    // it hands over is one of its nodes, so `n.index() < node_bound() == scores.len() == carries.len()`.
    #[allow(clippy::indexing_slicing)]
    pub fn rescore_all(&mut self) {
        let bound = self.graph.node_bound();
        let mut scores = std::mem::take(&mut self.scores);
        scores.clear();
        scores.resize(bound, [0.0; 2]);
        let mut carries = std::mem::take(&mut self.carries);
        carries.clear();
        carries.resize(bound, [0.0; 2]);
        let (graph, bases, decay) = (&self.graph, &self.bases, self.decay);
        // Tarjan's algorithm on the reversed links hands over each group of facilities (a loop of supply, or one
        // facility) after every group it is supplied by: one pass, upstream first, no list of groups kept.
        let mut tarjan = petgraph::algo::TarjanScc::new();
        tarjan.run(petgraph::visit::Reversed(graph), |group: &[NodeIndex]| {
            if let [n] = group
                && graph.find_edge(*n, *n).is_none()
            {
                let new = score_of(graph, bases, decay, &carries, *n);
                (scores[n.index()], carries[n.index()]) = (new.score, new.carry);
                return;
            }
            for _ in 0..200 {
                let mut changed = false;
                for &n in group {
                    let new = score_of(graph, bases, decay, &carries, n);
                    let old = Scored { score: scores[n.index()], carry: carries[n.index()] };
                    if new.differs(&old, EPSILON / 4.0) {
                        changed = true;
                    }
                    (scores[n.index()], carries[n.index()]) = (new.score, new.carry);
                }
                if !changed {
                    break;
                }
            }
        });
        self.scores = scores;
        self.carries = carries;
    }

    pub(super) fn max_score(&self, n: NodeIndex) -> f32 {
        let s = self.scores.get(n.index()).copied().unwrap_or_default();
        s[0].max(s[1])
    }
}
