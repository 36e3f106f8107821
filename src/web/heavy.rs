//! Expensive reports (the S-211 figures, the portfolio dashboard) run a few at a time: each holds a permit of
//! [`HeavyReports`] while it reads and computes, so a burst of them cannot take every database connection and core
//! from the rest of the service (`/health`, pages, uploads). A request that finds every permit taken waits for one
//! at most [`HeavyReports::wait`], then is answered 503 `busy` with `Retry-After`.

use std::sync::Arc;
use std::time::Duration;

use tokio::sync::Semaphore;

use super::ApiError;

/// How long a client is asked to wait before asking again for a report the service was too busy to compute.
pub const BUSY_RETRY_AFTER_SECS: u64 = 5;

/// The permits of expensive reports. Cheap to clone (the permits are shared).
#[derive(Debug, Clone)]
pub struct HeavyReports {
    permits: Arc<Semaphore>,
    wait: Duration,
}

impl HeavyReports {
    /// `permits` reports at once (at least one); a report waits at most `wait` for a permit.
    pub fn new(permits: usize, wait: Duration) -> HeavyReports {
        HeavyReports { permits: Arc::new(Semaphore::new(permits.max(1))), wait }
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
