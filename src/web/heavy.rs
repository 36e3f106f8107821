//! Expensive reports (the S-211 figures, the portfolio dashboard) run a few at a time: each holds a permit of
//! [`HeavyReports`] while it reads and computes, so a burst of them cannot take every database connection and core
//! from the rest of the service (`/health`, pages, uploads). A request that finds every permit taken waits for one
//! at most [`HeavyReports::wait`], then is answered 503 `busy` with `Retry-After`.
//!
//! The S-211 figures of a fiscal year are kept once computed ([`FiguresCache`]): a later request for that year is
//! answered from memory until a write that can change them ends — of this process (`Store::changes` moves on) or of
//! any other sharing the database, the command line's `chainon import` included (`Store::write_marks` move on: the
//! newest ids of the audit log, declarations, assessments, contracts, cases and case events, read in one cheap
//! statement on every request). Figures are thus never older than the request that reads them.

use std::sync::{Arc, Mutex};
use std::time::Duration;

use rustc_hash::FxHashMap;

use crate::cases::s211::S211Figures;
use crate::domain::FiscalYear;
use crate::storage::WriteMarks;

use tokio::sync::Semaphore;

use super::ApiError;

/// How long a client is asked to wait before asking again for a report the service was too busy to compute.
pub const BUSY_RETRY_AFTER_SECS: u64 = 5;

/// The permits of expensive reports. Cheap to clone (the permits are shared).
#[derive(Debug, Clone)]
pub struct HeavyReports {
    permits: Arc<Semaphore>,
    wait: Duration,
    /// The S-211 figures computed, by fiscal year.
    pub s211: FiguresCache,
}

/// The S-211 figures of each fiscal year as last computed, with the store's count of changes and the database's
/// write marks read before their reads (`Store::changes`, `Store::write_marks`). Cheap to clone (shared).
#[derive(Debug, Clone, Default)]
pub struct FiguresCache {
    kept: Arc<Mutex<FxHashMap<FiscalYear, Kept>>>,
    /// How many times figures were computed (each a miss of the cache), for tests and the curious.
    computed: Arc<std::sync::atomic::AtomicU64>,
}

#[derive(Debug)]
struct Kept {
    changes: u64,
    marks: WriteMarks,
    figures: S211Figures,
}

impl FiguresCache {
    /// The figures of `fy` if they were computed from reads made after the store's count of changes was `changes`
    /// and the database's write marks were `marks` (both as they are now).
    pub fn get(&self, fy: FiscalYear, changes: u64, marks: WriteMarks) -> Option<S211Figures> {
        let kept = self.kept.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        kept.get(&fy).filter(|k| k.changes == changes && k.marks == marks).map(|k| k.figures.clone())
    }

    /// Keeps the figures of `fy`, computed from reads made after the count of changes was `changes` and the write
    /// marks `marks`.
    pub fn keep(&self, fy: FiscalYear, changes: u64, marks: WriteMarks, figures: &S211Figures) {
        self.computed.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let mut kept = self.kept.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        kept.insert(fy, Kept { changes, marks, figures: figures.clone() });
    }

    /// How many times figures were computed and kept since the service started.
    pub fn computed(&self) -> u64 {
        self.computed.load(std::sync::atomic::Ordering::Relaxed)
    }
}

impl HeavyReports {
    /// `permits` reports at once (at least one); a report waits at most `wait` for a permit.
    pub fn new(permits: usize, wait: Duration) -> HeavyReports {
        HeavyReports { permits: Arc::new(Semaphore::new(permits.max(1))), wait, s211: FiguresCache::default() }
    }

    /// One report a core (the host's available parallelism), each waiting at most 10 s for its turn.
    pub fn for_host() -> HeavyReports {
        let cores = std::thread::available_parallelism().map_or(2, std::num::NonZeroUsize::get);
        HeavyReports::new(cores, Duration::from_secs(10))
    }

    /// How long a report waits for a permit before the request is refused.
    pub fn wait(&self) -> Duration {
        self.wait
    }

    /// Runs `report` once a permit is free; [`ApiError::Busy`] when none frees within the wait.
    pub async fn run<T>(&self, report: impl Future<Output = Result<T, ApiError>>) -> Result<T, ApiError> {
        let permit = tokio::time::timeout(self.wait, self.permits.acquire())
            .await
            .map_err(|_| ApiError::Busy { retry_after_secs: BUSY_RETRY_AFTER_SECS })?
            .map_err(|_| ApiError::internal("the report permits were closed"))?;
        let out = report.await;
        drop(permit);
        out
    }
}

impl Default for HeavyReports {
    fn default() -> Self {
        HeavyReports::for_host()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_report_that_finds_no_permit_in_time_is_refused_busy_and_runs_once_one_frees() {
        let heavy = HeavyReports::new(1, Duration::from_millis(100));
        let (release, released) = tokio::sync::oneshot::channel::<()>();
        let holder = {
            let heavy = heavy.clone();
            tokio::spawn(async move {
                heavy
                    .run(async {
                        released.await.ok();
                        Ok(1)
                    })
                    .await
            })
        };
        tokio::time::sleep(Duration::from_millis(20)).await;
        let refused = heavy.run(async { Ok(2) }).await;
        assert!(matches!(refused, Err(ApiError::Busy { retry_after_secs: BUSY_RETRY_AFTER_SECS })), "{refused:?}");
        // A report waiting while the permit frees runs.
        let waiting = {
            let heavy = heavy.clone();
            tokio::spawn(async move { heavy.run(async { Ok(3) }).await })
        };
        tokio::time::sleep(Duration::from_millis(20)).await;
        release.send(()).ok();
        assert_eq!(holder.await.unwrap().unwrap(), 1);
        assert_eq!(waiting.await.unwrap().unwrap(), 3);
    }
}
