//! Uploads taken in at once. Every door that receives a file (a declaration by the API or the upload page, a
//! screening list by the API or its page, a case form with attachments) holds a permit of [`UploadGate`] from before
//! it reads the body until its answer is made: the body is in the service's memory all that time (while it arrives,
//! while it waits for an intake worker, while it is read and stored), so the permits bound that memory to
//! `permits × file limit`. A request that finds every permit taken is answered at once, before its body is read,
//! with 503 `uploads_busy` and `Retry-After`; nothing is stored.

use std::sync::Arc;

use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::ApiError;
use crate::isolation::IsolationSettings;

/// How long a client is asked to wait before sending a file again when the service was holding all it may.
pub const UPLOAD_RETRY_AFTER_SECS: u64 = 10;

/// The permits of uploads. Cheap to clone (the permits are shared).
#[derive(Debug, Clone)]
pub struct UploadGate {
    permits: Arc<Semaphore>,
}

/// One upload's place: held while its body is in memory, given back when dropped.
#[derive(Debug)]
pub struct UploadPermit {
    _permit: OwnedSemaphorePermit,
}

impl UploadGate {
    /// `permits` uploads at once (at least one).
    pub fn new(permits: usize) -> UploadGate {
        UploadGate { permits: Arc::new(Semaphore::new(permits.max(1))) }
    }

    /// As many uploads at once as the settings say ([`IsolationSettings::uploads`]: twice the workers by default).
    pub fn from_settings(settings: &IsolationSettings) -> UploadGate {
        UploadGate::new(settings.uploads())
    }

    /// A place for one more upload, or [`ApiError::UploadsBusy`] at once when every place is taken: called before the
    /// body is read, so a refused upload costs no memory.
    pub fn admit(&self) -> Result<UploadPermit, ApiError> {
        let permit = Arc::clone(&self.permits)
            .try_acquire_owned()
            .map_err(|_| ApiError::UploadsBusy { retry_after_secs: UPLOAD_RETRY_AFTER_SECS })?;
        Ok(UploadPermit { _permit: permit })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_upload_beyond_the_permits_is_refused_busy_until_one_is_given_back() {
        let gate = UploadGate::new(1);
        let held = gate.admit().unwrap();
        let refused = gate.admit();
        assert!(
            matches!(refused, Err(ApiError::UploadsBusy { retry_after_secs: UPLOAD_RETRY_AFTER_SECS })),
            "{refused:?}"
        );
        drop(held);
        assert!(gate.admit().is_ok());
    }

    #[test]
    fn by_default_twice_the_workers_are_taken_in() {
        let settings = IsolationSettings { max_workers: Some(3), ..IsolationSettings::default() };
        let gate = UploadGate::from_settings(&settings);
        let held: Vec<_> = (0..6).map(|_| gate.admit().unwrap()).collect();
        assert!(gate.admit().is_err());
        drop(held);
        let one = IsolationSettings { max_uploads: Some(1), ..settings };
        assert_eq!(one.uploads(), 1);
    }
}
