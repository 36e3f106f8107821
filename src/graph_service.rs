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
//!
//! With a snapshot file ([`GraphService::with_snapshot`]), the graph of a full build is also written to disk with
//! the state of storage it reflects ([`SnapshotKey`]); the next start reads it instead of building, after checking
//! that key against storage, and adds the declarations stored since. Anything else since — a declaration superseded,
//! a re-assessment, a match decision, another program, model or database — and the graph is built from scratch as
//! before, so that a graph taken from a snapshot is always the graph a full build would make.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use arc_swap::ArcSwap;
use serde::{Deserialize, Serialize};

use crate::graph::national::{DeclarationInput, MatchDecision, SnapshotError, SupplyGraph};
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
    /// A match decision names a pair decided already: the decision on record, its facilities and its maker named as
    /// people know them.
    #[error("facilities {} and {} were decided already", .0.key_a, .0.key_b)]
    Decided(Box<DecidedPair>),
}

/// A pair of facilities decided already, as the refusal of a second decision names it: each facility by its name,
/// city and country (as the graph holds it; `None` for a key the graph no longer holds, named by its key), the
/// decision, and who made it (the account's display name, or the e-mail recorded where the account has none or is
/// gone) and when.
#[derive(Debug, Clone)]
pub struct DecidedPair {
    pub key_a: String,
    pub key_b: String,
    /// Facility `a`, then `b`: name, city, country (`b`'s `None` when [`one`](Self::one)).
    pub places: [Option<(String, String, crate::domain::CountryCode)>; 2],
    /// Both keys are one facility now (merged by the decision on record): `places[0]` names it.
    pub one: bool,
    pub same: bool,
    pub by: String,
    pub at: chrono::DateTime<chrono::Utc>,
}

/// Bump when the snapshot's layout or the meaning of what it holds changes without the program changing (the
/// program's identity is in the key too, so a rebuilt binary never reads an older binary's snapshot).
/// 2: the graph's bases and carries of `graph::national::snapshot::LAYOUT` 1 (a score is carried without the
/// facility's own country context). 3: layout 2, each facility's declared region (searched by).
const SNAPSHOT_FORMAT: u32 = 3;

/// What a graph snapshot reflects, written before the graph and checked before it is used: the program and model
/// that made it, and how far storage had come.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SnapshotKey {
    /// [`SNAPSHOT_FORMAT`].
    pub format: u32,
    /// The executable that wrote it: its size and modification time (`program_identity`).
    pub program: String,
    /// The tier decay of the model, as the bits of the graph's `f32`.
    pub decay: u32,
    /// The newest declaration and assessment ids the graph includes.
    pub declaration: i64,
    pub assessment: i64,
    /// How many officers' match decisions were replayed into it.
    pub decisions: u64,
    /// The hash of the newest audit entry when the marks were read: storage must still hold it (the same database,
    /// not restored to before it — every stored declaration, assessment and decision has its audit entry).
    pub audit_hash: Option<String>,
}

/// The size and modification time of the running executable (`?` when unknown: then no snapshot is ever read).
fn program_identity() -> String {
    let meta = std::env::current_exe().and_then(std::fs::metadata);
    match meta {
        Ok(m) => {
            let modified = m
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos());
            format!("{} bytes, modified {modified}", m.len())
        }
        Err(_) => "?".to_string(),
    }
}

/// The national graph service (one per running service, in `AppState`).
pub struct GraphService {
    /// What readers see. Replaced whole after each change; never mutated.
    published: ArcSwap<SupplyGraph>,
    /// How far the published graph has come, `None` before the first build. Held while a change is applied, so
    /// one request (or the start-up build) applies it and the others wait for its result.
    seen: tokio::sync::Mutex<Option<GraphMarks>>,
    /// A copy of the marks of the published graph, read without waiting: a reader whose storage marks equal it has
    /// nothing to apply and takes no lock (`catch_up`), so readers of an up-to-date graph never queue behind one
    /// another, nor behind a catch-up in progress.
    caught_up: std::sync::Mutex<Option<GraphMarks>>,
    /// Where the graph is kept between runs, if anywhere.
    snapshot: Option<PathBuf>,
    /// Whether the first build took the graph from the snapshot file.
    restored: std::sync::atomic::AtomicBool,
}

impl GraphService {
    /// An empty service for a model whose tier decay is `decay`; [`GraphService::start`] or the first
    /// [`GraphService::current`] builds it from storage.
    pub fn new(decay: f64) -> GraphService {
        GraphService {
            published: ArcSwap::from_pointee(SupplyGraph::new(decay)),
            seen: tokio::sync::Mutex::new(None),
            caught_up: std::sync::Mutex::new(None),
            snapshot: None,
            restored: std::sync::atomic::AtomicBool::new(false),
        }
    }

    /// The same, keeping the graph between runs in the file `path` (written after a full build, read at the first
    /// build; `None` keeps none).
    pub fn with_snapshot(mut self, path: Option<PathBuf>) -> GraphService {
        self.snapshot = path;
        self
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

    /// Whether the graph was taken from the snapshot file at the first build (rather than built from storage).
    pub fn taken_from_snapshot(&self) -> bool {
        self.restored.load(std::sync::atomic::Ordering::Relaxed)
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

    /// Applies what was stored since the published graph was made; nothing when nothing was. Storage's marks are
    /// read first, without any lock: when they are those of the published graph, nothing waits for anything. Only a
    /// reader that finds something new takes the lock, reads the marks again under it (another may have applied
    /// them meanwhile) and applies what is new.
    pub async fn catch_up(&self, store: &Store) -> Result<(), GraphError> {
        let marks = store.graph_marks().await?;
        if self.caught_up() == Some(marks) {
            return Ok(());
        }
        let mut seen = self.seen.lock().await;
        let marks = store.graph_marks().await?;
        if *seen == Some(marks) {
            self.set_caught_up(marks);
            return Ok(());
        }
        if seen.is_none()
            && let Some((key, graph)) = self.restore(store, marks).await
        {
            let from = GraphMarks { declaration: key.declaration, assessment: key.assessment };
            let change = Change::read(store, from, false).await?;
            if change.superseded.is_empty() && change.reassessed.is_empty() {
                let added = change.inputs.len();
                let (base, after) = (Arc::new(graph), change.last_declaration.max(from.declaration));
                let next = tokio::task::spawn_blocking(move || change.apply(base, false)).await?;
                let next = Arc::new(next);
                self.published.store(Arc::clone(&next));
                let now = GraphMarks { declaration: after.max(marks.declaration), assessment: marks.assessment };
                *seen = Some(now);
                self.set_caught_up(now);
                self.restored.store(true, std::sync::atomic::Ordering::Relaxed);
                tracing::info!(added, "national supply graph taken from its snapshot");
                if added > 0 {
                    self.save(store, next, now, key.decisions).await;
                }
                return Ok(());
            }
            tracing::info!(
                superseded = change.superseded.len(),
                reassessed = change.reassessed.len(),
                "declarations were superseded or re-assessed since the graph's snapshot: building it afresh"
            );
        }
        let first = seen.is_none();
        let from = seen.unwrap_or_default();
        let mut change = Change::read(store, from, first).await?;
        if first {
            change.decisions = store.site_match_decisions().await?;
        }
        let decisions = change.decisions.len() as u64;
        let after = change.last_declaration.max(from.declaration);
        let base = self.published.load_full();
        let next = Arc::new(tokio::task::spawn_blocking(move || change.apply(base, first)).await?);
        self.published.store(Arc::clone(&next));
        let now = GraphMarks { declaration: after.max(marks.declaration), assessment: marks.assessment };
        *seen = Some(now);
        self.set_caught_up(now);
        if first {
            self.save(store, next, now, decisions).await;
        }
        Ok(())
    }

    /// The marks of the published graph, as last set by a catch-up (`None` before the first).
    fn caught_up(&self) -> Option<GraphMarks> {
        self.caught_up.lock().ok().and_then(|marks| *marks)
    }

    /// Records the marks of the graph just published, for readers that take no lock.
    fn set_caught_up(&self, marks: GraphMarks) {
        if let Ok(mut caught_up) = self.caught_up.lock() {
            *caught_up = Some(marks);
        }
    }

    /// The graph of the snapshot file, when there is one whose key matches this program, model and storage; `None`
    /// otherwise (the reason is logged: a missing file quietly).
    async fn restore(&self, store: &Store, marks: GraphMarks) -> Option<(SnapshotKey, SupplyGraph)> {
        let path = self.snapshot.clone()?;
        let (program, decay) = (program_identity(), self.published.load().decay().to_bits());
        let read = tokio::task::spawn_blocking(move || {
            let file = match std::fs::File::open(&path) {
                Ok(f) => f,
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
                Err(e) => return Err(SnapshotError::Io(e)),
            };
            SupplyGraph::read_snapshot(std::io::BufReader::new(file), |k: &SnapshotKey| {
                k.format == SNAPSHOT_FORMAT && k.program == program && k.decay == decay
            })
        })
        .await;
        let (key, graph) = match read {
            Ok(Ok(Some(found))) => found,
            Ok(Ok(None)) => {
                tracing::info!("no graph snapshot of this program and model: building the graph");
                return None;
            }
            Ok(Err(e)) => {
                tracing::warn!(error = %crate::telemetry::Chain(&e), "the graph snapshot is unusable: building the graph");
                return None;
            }
            Err(e) => {
                tracing::warn!(error = %crate::telemetry::Chain(&e), "reading the graph snapshot stopped");
                return None;
            }
        };
        match self.matches_storage(store, &key, marks).await {
            Ok(true) => Some((key, graph)),
            Ok(false) => {
                tracing::info!("the graph snapshot is of another state of storage: building the graph");
                None
            }
            Err(e) => {
                tracing::warn!(error = %crate::telemetry::Chain(&e), "checking the graph snapshot failed");
                None
            }
        }
    }

    /// Whether storage is the one the snapshot was made from, since grown at most: the audit entry it recorded is
    /// there, it has not gone back, and no match decision was taken since.
    async fn matches_storage(&self, store: &Store, key: &SnapshotKey, marks: GraphMarks) -> Result<bool, GraphError> {
        let audit = match &key.audit_hash {
            Some(hash) => store.audit_entry_with_hash(hash).await?,
            None => marks == GraphMarks::default(),
        };
        let decisions = store.site_match_decisions().await?.len() as u64;
        Ok(audit
            && decisions == key.decisions
            && marks.declaration >= key.declaration
            && marks.assessment >= key.assessment)
    }

    /// Writes `graph`, which reflects storage up to `marks` with `decisions` replayed, to the snapshot file in the
    /// background (to a temporary file then renamed over the old one, so a reader never sees half a snapshot). A
    /// failure is logged: the next start builds the graph.
    async fn save(&self, store: &Store, graph: Arc<SupplyGraph>, marks: GraphMarks, decisions: u64) {
        let Some(path) = self.snapshot.clone() else { return };
        // Read after the marks: an entry appended meanwhile only makes the check at the next start stricter.
        let audit_hash = match store.audit_entries(None, 1).await {
            Ok(entries) => entries.into_iter().next().map(|e| e.hash),
            Err(e) => {
                tracing::warn!(error = %crate::telemetry::Chain(&e), "the graph snapshot is not written");
                return;
            }
        };
        let key = SnapshotKey {
            format: SNAPSHOT_FORMAT,
            program: program_identity(),
            decay: graph.decay().to_bits(),
            declaration: marks.declaration,
            assessment: marks.assessment,
            decisions,
            audit_hash,
        };
        tokio::task::spawn_blocking(move || {
            let started = std::time::Instant::now();
            match write_snapshot(&path, &graph, &key) {
                Ok(()) => tracing::info!(
                    path = %path.display(),
                    seconds = started.elapsed().as_secs_f64(),
                    "national supply graph snapshot written"
                ),
                Err(e) => tracing::warn!(
                    path = %path.display(),
                    error = %crate::telemetry::Chain(&e),
                    "the graph snapshot could not be written"
                ),
            }
        });
    }

    /// Records an officer's decision on a proposed pair (storage, with its audit entry) and publishes the graph
    /// with it applied; a pair the graph does not propose is refused and nothing is recorded: a pair decided before
    /// as the storage's clash naming that decision ([`crate::storage::Clash::MatchDecided`]), any other as
    /// [`GraphError::NotProposed`].
    pub async fn decide(&self, store: &Store, d: &MatchDecision, actor: &str) -> Result<(), GraphError> {
        self.catch_up(store).await?;
        // Held from the check to the publication, so no other change slips in between.
        let _seen = self.seen.lock().await;
        let base = self.published.load_full();
        if !base.is_proposal(&d.key_a, &d.key_b) {
            // A pair decided before is no longer proposed: the decision on record is named (409), not a pair unknown.
            return Err(match store.site_match_on_record(&d.key_a, &d.key_b).await? {
                Some(decided) => named(store, &base, decided).await,
                None => GraphError::NotProposed,
            });
        }
        if let Err(e) = store.record_site_match(d, actor).await {
            return Err(named(store, &base, e).await);
        }
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

/// A storage error of a match decision: a pair decided already ([`crate::storage::Clash::MatchDecided`], which
/// records keys and an e-mail) as [`GraphError::Decided`], its facilities named from `graph` and its maker by the
/// account's display name; any other as it is.
async fn named(store: &Store, graph: &SupplyGraph, e: StorageError) -> GraphError {
    let StorageError::Conflict(crate::storage::Clash::MatchDecided { key_a, key_b, same, by, at }) = e else {
        return GraphError::Storage(e);
    };
    let place = |key: &str| graph.facility_by_key(key).map(|f| (f.name.clone(), f.city.clone(), f.country));
    // Two keys merged into one facility (a decision that they are one place) name that one facility once.
    let one =
        matches!((graph.facility_by_key(&key_a), graph.facility_by_key(&key_b)), (Some(a), Some(b)) if a.key == b.key);
    let places = if one { [place(&key_a), None] } else { [place(&key_a), place(&key_b)] };
    // The name is a courtesy: a failure to read it leaves the e-mail on record, and the refusal stands.
    let by = match store.account_by_email(&by).await {
        Ok(Some(a)) if !a.display_name.trim().is_empty() => a.display_name,
        _ => by,
    };
    GraphError::Decided(Box::new(DecidedPair { key_a, key_b, places, one, same, by, at }))
}

/// `graph` and its key into `path`, through a temporary file beside it.
fn write_snapshot(path: &Path, graph: &SupplyGraph, key: &SnapshotKey) -> Result<(), SnapshotError> {
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let mut tmp = tempfile::NamedTempFile::new_in(dir)?;
    graph.write_snapshot(key, std::io::BufWriter::new(tmp.as_file_mut()))?;
    tmp.as_file().sync_all()?;
    tmp.persist(path).map_err(|e| SnapshotError::Io(e.error))?;
    Ok(())
}

/// One catch-up's worth of storage changes.
struct Change {
    decisions: Vec<MatchDecision>,
    superseded: Vec<i64>,
    inputs: Vec<DeclarationInput>,
    reassessed: Vec<DeclarationInput>,
    /// The highest declaration id read.
    last_declaration: i64,
}

impl Change {
    /// What storage holds beyond `from`: new declarations (and those they supersede), read batch by batch, and,
    /// unless `first`, older declarations re-assessed since. The assessment mark was read before, so a re-assessment
    /// stored meanwhile is found again next time (applying one twice changes nothing).
    async fn read(store: &Store, from: GraphMarks, first: bool) -> Result<Change, GraphError> {
        let mut change = Change {
            decisions: Vec::new(),
            superseded: Vec::new(),
            inputs: Vec::new(),
            reassessed: Vec::new(),
            last_declaration: from.declaration,
        };
        loop {
            let batch = store.graph_batch(change.last_declaration, BATCH).await?;
            if batch.last_id == change.last_declaration {
                break;
            }
            change.last_declaration = batch.last_id;
            change.superseded.extend(batch.superseded);
            change.inputs.extend(batch.inputs);
        }
        if !first {
            change.reassessed = store.graph_reassessed(from.assessment, from.declaration).await?;
        }
        Ok(change)
    }

    /// The next graph: on the first build, decisions replayed then every declaration added with one re-score;
    /// afterwards a copy of `base` with the change applied incrementally (or with one re-score when large).
    fn apply(self, base: Arc<SupplyGraph>, first: bool) -> SupplyGraph {
        // Copied only when readers still hold `base` (the published graph); a graph read from a snapshot is taken as is.
        let mut g = if first { SupplyGraph::new(f64::from(base.decay())) } else { Arc::unwrap_or_clone(base) };
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

#[cfg(test)]
mod tests {
    use super::*;

    /// A reader of a graph up to date with storage waits for nobody: not for other readers, not for a catch-up that
    /// holds the lock (before, every reader took the lock to read storage's marks, so reads queued one behind another).
    #[tokio::test]
    async fn a_reader_of_an_up_to_date_graph_takes_no_lock() {
        let store = Store::connect("sqlite::memory:").await.unwrap();
        let service = GraphService::new(0.85);
        service.catch_up(&store).await.unwrap();
        let held = service.seen.lock().await;
        let read = tokio::time::timeout(std::time::Duration::from_secs(30), service.current(&store)).await;
        assert!(matches!(read, Ok(Ok(_))), "the reader waited for the lock held by a catch-up");
        drop(held);
    }
}
