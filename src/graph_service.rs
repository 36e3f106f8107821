//! The national supply graph as an application service: it owns the one [`SupplyGraph`] of every current
//! declaration, builds it once from storage on a blocking thread (one `extend`, one full re-score), brings it up to
//! date with what any door stored since (new declarations, superseded ones, re-assessments under another model,
//! officers' match decisions) and publishes each state as an immutable snapshot that requests read without a lock.
//!
//! Readers call [`GraphService::current`]: when storage has nothing new (two `max(id)` queries) they get the
//! published snapshot at once; when it has, the first of them applies the change — on a blocking thread, to a copy
//! of the snapshot — and every reader waiting meanwhile gets the new snapshot (read-your-writes for the uploader).
//! The graph is never built, re-scored or copied on an async worker, and a request that holds a snapshot keeps a
//! consistent graph however long it runs.

use std::sync::Arc;

use arc_swap::ArcSwap;

use crate::graph::national::{DeclarationInput, MatchDecision, SupplyGraph};
use crate::storage::{GraphMarks, StorageError, Store};

/// How many declarations are read from storage at a time while catching up.
const BATCH: u64 = 500;

/// Above this many new declarations in one catch-up, they are added together with one full re-score
/// (`SupplyGraph::extend`) rather than one incremental update each.
const EXTEND_ABOVE: usize = 64;

/// What can stop the graph from catching up.
#[derive(Debug, thiserror::Error)]
pub enum GraphError {
    /// Reading storage failed (the database is down, say): the last snapshot stays published.
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// The blocking thread that applies a change stopped (a panic in the graph code).
    #[error("the supply graph's worker thread stopped")]
    Worker(#[from] tokio::task::JoinError),
    /// A match decision names a pair the graph does not propose.
    #[error("key_a and key_b are not two facilities proposed as a possible match")]
    NotProposed,
}

/// The national graph service (one per running service, in `AppState`).
pub struct GraphService {
    /// What readers see. Replaced whole after each change; never mutated.
    published: ArcSwap<SupplyGraph>,
    /// How far the published graph has come, `None` before the first build. Held while a change is applied, so
    /// one request (or the start-up build) applies it and the others wait for its result.
    seen: tokio::sync::Mutex<Option<GraphMarks>>,
}

impl GraphService {
    /// An empty service for a model whose tier decay is `decay`; [`GraphService::start`] or the first
    /// [`GraphService::current`] builds it from storage.
    pub fn new(decay: f64) -> GraphService {
        GraphService { published: ArcSwap::from_pointee(SupplyGraph::new(decay)), seen: tokio::sync::Mutex::new(None) }
    }

    /// Builds the graph in the background right away (the service's start), so that the first page that needs it
    /// does not pay for it; a failure is logged and retried by the first reader.
    pub fn start(self: &Arc<Self>, store: Store) {
        let service = Arc::clone(self);
        tokio::spawn(async move {
            let started = std::time::Instant::now();
            match service.catch_up(&store).await {
                Ok(()) => tracing::info!(
                    facilities = service.published.load().facility_count(),
                    seconds = started.elapsed().as_secs_f64(),
                    "national supply graph built"
                ),
                Err(e) => {
                    tracing::warn!(
                        error = %crate::telemetry::Chain(&e),
                        "building the national supply graph failed; the first reader retries"
                    )
                }
            }
        });
    }

    /// The published graph as it is, without looking at storage (may lag behind the latest upload).
    pub fn snapshot(&self) -> Arc<SupplyGraph> {
        self.published.load_full()
    }

    /// The graph, up to date with storage.
    pub async fn current(&self, store: &Store) -> Result<Arc<SupplyGraph>, GraphError> {
        self.catch_up(store).await?;
        Ok(self.published.load_full())
    }

    /// Applies what was stored since the published graph was made; nothing when nothing was.
    pub async fn catch_up(&self, store: &Store) -> Result<(), GraphError> {
        let mut seen = self.seen.lock().await;
        let marks = store.graph_marks().await?;
        if *seen == Some(marks) {
            return Ok(());
        }
        let first = seen.is_none();
        let decisions = if first { store.site_match_decisions().await? } else { Vec::new() };
        let from = seen.unwrap_or_default();
        // New declarations (and those they supersede), read batch by batch; the assessment mark was read first, so
        // a re-assessment stored meanwhile is found again next time (applying one twice changes nothing).
        let mut inputs: Vec<DeclarationInput> = Vec::new();
        let mut superseded = Vec::new();
        let mut after = from.declaration;
        loop {
            let batch = store.graph_batch(after, BATCH).await?;
            if batch.last_id == after {
                break;
            }
            after = batch.last_id;
            superseded.extend(batch.superseded);
            inputs.extend(batch.inputs);
        }
        let reassessed =
            if first { Vec::new() } else { store.graph_reassessed(from.assessment, from.declaration).await? };
        let change = Change { decisions, superseded, inputs, reassessed };
        let base = self.published.load_full();
        let next = tokio::task::spawn_blocking(move || change.apply(base, first)).await?;
        self.published.store(Arc::new(next));
        *seen = Some(GraphMarks { declaration: after.max(marks.declaration), assessment: marks.assessment });
        Ok(())
    }

    /// Records an officer's decision on a proposed pair (storage, with its audit entry) and publishes the graph
    /// with it applied; a pair the graph does not propose is refused and nothing is recorded.
    pub async fn decide(&self, store: &Store, d: &MatchDecision, actor: &str) -> Result<(), GraphError> {
        self.catch_up(store).await?;
        // Held from the check to the publication, so no other change slips in between.
        let _seen = self.seen.lock().await;
        let base = self.published.load_full();
        if !base.is_proposal(&d.key_a, &d.key_b) {
            return Err(GraphError::NotProposed);
        }
        store.record_site_match(d, actor).await?;
        let decision = d.clone();
        let next = tokio::task::spawn_blocking(move || {
            let mut g = SupplyGraph::clone(&base);
            g.decide(&decision);
            g
        })
        .await?;
        self.published.store(Arc::new(next));
        Ok(())
    }
}

/// One catch-up's worth of storage changes.
struct Change {
    decisions: Vec<MatchDecision>,
    superseded: Vec<i64>,
    inputs: Vec<DeclarationInput>,
    reassessed: Vec<DeclarationInput>,
}

impl Change {
    /// The next graph: on the first build, decisions replayed then every declaration added with one re-score;
    /// afterwards a copy of `base` with the change applied incrementally (or with one re-score when large).
    fn apply(self, base: Arc<SupplyGraph>, first: bool) -> SupplyGraph {
        let mut g = if first { SupplyGraph::new(f64::from(base.decay())) } else { SupplyGraph::clone(&base) };
        for d in &self.decisions {
            g.decide(d);
        }
        for old in self.superseded {
            g.remove_declaration(old);
        }
        let inputs: Vec<DeclarationInput> = self.reassessed.into_iter().chain(self.inputs).collect();
        if first || inputs.len() > EXTEND_ABOVE {
            for input in &inputs {
                if g.contains_declaration(input.meta.id) {
                    g.remove_declaration(input.meta.id);
                }
            }
            g.extend(inputs);
        } else {
            for input in inputs {
                g.add_declaration(input);
            }
        }
        g
    }
}
