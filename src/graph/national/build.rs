//! Declarations in and out: attaching a declaration's sites to facilities (one at a time, or many in one pass with
//! the keys made on worker threads) and links, and detaching it again.

use std::collections::BTreeMap;

use petgraph::Direction;
use petgraph::stable_graph::NodeIndex;

use super::identity::Keys;
use super::scores::Scored;
use super::{Bases, DeclarationEntry, DeclarationInput, Facility, SiteRecord, SupplyGraph};

impl SupplyGraph {
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

    pub(super) fn attach(&mut self, input: DeclarationInput) -> Vec<NodeIndex> {
        let keys = input.sites.iter().map(Keys::of).collect();
        self.attach_with(input, keys)
    }

    pub(super) fn attach_with(&mut self, input: DeclarationInput, all_keys: Vec<Keys>) -> Vec<NodeIndex> {
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
                    b.merge(r);
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
    pub(super) fn detach(&mut self, id: i64) -> Vec<NodeIndex> {
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

    pub(super) fn add_facility(&mut self, r: &mut SiteRecord, keys: &mut Keys) -> NodeIndex {
        let take = std::mem::take::<String>;
        let id = keys.id;
        let n = self.graph.add_node(Facility {
            key: take(&mut keys.primary),
            id,
            name: take(&mut r.name),
            address: take(&mut r.address),
            city: take(&mut r.city),
            region: r.region.take(),
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
        if self.carries.len() <= n.index() {
            self.carries.resize(n.index() + 1, [0.0; 2]);
        }
        if self.bases.len() <= n.index() {
            self.bases.resize(n.index() + 1, Bases::default());
        }
        self.set_score(n, Scored::default());
        if let Some(b) = self.bases.get_mut(n.index()) {
            *b = Bases::default();
        }
        n
    }

    pub(super) fn remove_facility(&mut self, n: NodeIndex) {
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
        self.set_score(n, Scored::default());
    }

    pub(super) fn add_links(&mut self, a: NodeIndex, b: NodeIndex, count: u32) {
        match self.graph.find_edge(a, b) {
            Some(e) => self.graph[e] += count,
            None => {
                self.graph.add_edge(a, b, count);
            }
        }
    }
}
