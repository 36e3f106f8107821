//! Uploads taken in at once. Every door that receives a file (a declaration by the API or the upload page, a
//! screening list by the API or its page, a case form with attachments) holds a permit of [`UploadGate`] from before
//! it reads the body until its answer is made: the body is in the service's memory all that time (while it arrives,
//! while it waits for an intake worker, while it is read and stored), so the permits bound that memory to
//! `permits × file limit`. A request that finds every permit taken is answered 503 `uploads_busy` with `Retry-After`;
//! nothing is stored. Its body is first read to its end and thrown away, chunk by chunk (up to the most that door
//! takes): answered before it, the connection would be closed with the body's rest unread, which the client's system
//! sees as a reset (TCP RST), not as the answer.

use std::sync::Arc;

use actix_web::web::Bytes;
use futures_util::{Stream, StreamExt};
use tokio::sync::{OwnedSemaphorePermit, Semaphore};

use super::ApiError;
use crate::isolation::IsolationSettings;

/// How long a client is asked to wait before sending a file again when the service was holding all it may.
pub const UPLOAD_RETRY_AFTER_SECS: u64 = 10;

/// Bytes a refused body may carry beyond its door's file limit and still be read to its end before the answer: a
/// multipart form's boundaries, part headers and small fields around the file.
pub const DRAIN_MARGIN: u64 = 256 * 1024;

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

    /// A place for one more upload, taken before its `body` is read; when every place is taken,
    /// [`ApiError::UploadsBusy`] once the body has been read to its end and dropped ([`drain`], up to `limit` bytes,
    /// the most the door takes, plus [`DRAIN_MARGIN`]), so that the client receives the answer instead of a reset
    /// connection. A refused upload costs no memory: its chunks are dropped as they arrive.
    pub async fn admit<S, E>(&self, body: &mut S, limit: u64) -> Result<UploadPermit, ApiError>
    where
        S: Stream<Item = Result<Bytes, E>> + Unpin,
    {
        match self.try_admit() {
            Some(permit) => Ok(permit),
            None => {
                let read = drain(body, limit.saturating_add(DRAIN_MARGIN)).await;
                tracing::info!(drained_bytes = read, "upload refused: every upload place is taken");
                Err(ApiError::UploadsBusy { retry_after_secs: UPLOAD_RETRY_AFTER_SECS })
            }
        }
    }

    /// A place for one more upload, or `None` at once when every place is taken.
    fn try_admit(&self) -> Option<UploadPermit> {
        Arc::clone(&self.permits).try_acquire_owned().ok().map(|permit| UploadPermit { _permit: permit })
    }
}

/// How long a refused body is read before the answer is sent whatever is left of it: long enough for a client on a
/// slow line to send the few hundred KiB a refusal reads through ([`DRAIN_MARGIN`]) and receive the answer rather
/// than a reset connection; short enough that a client declaring a body it never sends (or sends a byte at a time)
/// is answered, and its connection closed, rather than held for as long as it likes.
pub const DRAIN_TIME: std::time::Duration = std::time::Duration::from_secs(3);

/// Reads `body` to its end and drops it, up to `limit` bytes and for at most [`DRAIN_TIME`]: the bytes read. Stops
/// at the first error of the body (the client went away), once more than `limit` bytes came, or when the time is
/// out (the rest is left unread: the answer is sent and the connection closes after it).
pub async fn drain<S, E>(body: &mut S, limit: u64) -> u64
where
    S: Stream<Item = Result<Bytes, E>> + Unpin,
{
    drain_within(body, limit, DRAIN_TIME).await
}

/// [`drain`] for at most `time`.
async fn drain_within<S, E>(body: &mut S, limit: u64, time: std::time::Duration) -> u64
where
    S: Stream<Item = Result<Bytes, E>> + Unpin,
{
    let mut read = 0u64;
    let reading = async {
        while read <= limit {
            match body.next().await {
                Some(Ok(chunk)) => read = read.saturating_add(chunk.len() as u64),
                Some(Err(_)) | None => break,
            }
        }
    };
    // Out of time: what was read is counted, the rest left to the closing connection.
    let _ = tokio::time::timeout(time, reading).await;
    read
}

/// Reads the rest of a refused form to its end and drops it, part by part, up to `most` bytes of part data and for
/// at most [`DRAIN_TIME`] in all: the bytes read. Stops at the form's end, at its first error (a broken body, a
/// client gone), past `most` or when the time is out.
pub async fn drain_form(form: &mut actix_multipart::Multipart, most: u64) -> u64 {
    let mut read = 0u64;
    let reading = async {
        while read <= most {
            let Some(Ok(mut field)) = form.next().await else { break };
            read = read.saturating_add(drain(&mut field, most.saturating_sub(read)).await);
        }
    };
    let _ = tokio::time::timeout(DRAIN_TIME, reading).await;
    read
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::sync::atomic::{AtomicUsize, Ordering};

    /// A body of `chunks` chunks of `size` bytes that counts the chunks taken from it.
    fn body(chunks: usize, size: usize, taken: &AtomicUsize) -> impl Stream<Item = Result<Bytes, String>> + Unpin {
        futures_util::stream::iter((0..chunks).map(move |_| {
            taken.fetch_add(1, Ordering::SeqCst);
            Ok(Bytes::from(vec![b'x'; size]))
        }))
    }

    #[tokio::test]
    async fn an_upload_beyond_the_permits_is_refused_busy_until_one_is_given_back() {
        let gate = UploadGate::new(1);
        let taken = AtomicUsize::new(0);
        let held = gate.admit(&mut body(3, 10, &taken), 1000).await.unwrap();
        // The admitted upload's body is left to its reader.
        assert_eq!(taken.load(Ordering::SeqCst), 0);
        let refused = gate.admit(&mut body(3, 10, &taken), 1000).await;
        assert!(
            matches!(refused, Err(ApiError::UploadsBusy { retry_after_secs: UPLOAD_RETRY_AFTER_SECS })),
            "{refused:?}"
        );
        drop(held);
        assert!(gate.admit(&mut body(1, 1, &taken), 1000).await.is_ok());
    }

    // A client that declares a body and sends only part of it (or none) is answered once the time is out, what it
    // sent counted, rather than held for as long as it holds the connection.
    #[tokio::test]
    async fn a_refused_body_that_stops_coming_is_read_for_a_bounded_time() {
        for sent in [0usize, 1, 5] {
            let taken = AtomicUsize::new(0);
            let mut held = body(sent, 100, &taken).chain(futures_util::stream::pending());
            let started = std::time::Instant::now();
            let read = drain_within(&mut held, 1_000_000, std::time::Duration::from_millis(50)).await;
            assert_eq!(read, sent as u64 * 100, "{sent} chunks");
            assert!(started.elapsed() < std::time::Duration::from_secs(5), "{sent} chunks: {:?}", started.elapsed());
        }
    }

    #[tokio::test]
    async fn a_refused_upload_s_body_is_read_to_its_end_before_the_answer() {
        for (chunks, size) in [(1, 1), (7, 65_536), (300, 3), (2, 1_000_000)] {
            let gate = UploadGate::new(1);
            let _held = gate.try_admit().unwrap();
            let taken = AtomicUsize::new(0);
            let mut refused = body(chunks, size, &taken);
            assert!(gate.admit(&mut refused, 2_000_000).await.is_err());
            assert_eq!(taken.load(Ordering::SeqCst), chunks, "{chunks} chunks of {size} bytes");
            assert!(refused.next().await.is_none(), "nothing is left unread");
        }
    }

    #[tokio::test]
    async fn draining_stops_past_its_limit_and_at_a_broken_body() {
        for (limit, size, stops_after) in [(0u64, 10, 1), (99, 10, 10), (100, 10, 11), (1_000, 300, 4)] {
            let taken = AtomicUsize::new(0);
            let read = drain(&mut body(1_000, size, &taken), limit).await;
            assert_eq!(taken.load(Ordering::SeqCst), stops_after, "limit {limit}, chunks of {size}");
            assert_eq!(read, (stops_after * size) as u64);
        }
        let mut broken = futures_util::stream::iter(vec![
            Ok(Bytes::from_static(b"abc")),
            Err("the client went away".to_string()),
            Ok(Bytes::from_static(b"never read")),
        ]);
        assert_eq!(drain(&mut broken, 1_000).await, 3);
        assert!(broken.next().await.is_some(), "the body is not read past its error");
    }

    #[test]
    fn by_default_twice_the_workers_are_taken_in() {
        let settings = IsolationSettings { max_workers: Some(3), ..IsolationSettings::default() };
        let gate = UploadGate::from_settings(&settings);
        let held: Vec<_> = (0..6).map(|_| gate.try_admit().unwrap()).collect();
        assert!(gate.try_admit().is_none());
        drop(held);
        let one = IsolationSettings { max_uploads: Some(1), ..settings };
        assert_eq!(one.uploads(), 1);
    }
}
