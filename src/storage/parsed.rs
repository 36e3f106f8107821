//! The documents the busiest pages read again and again — a declaration and its latest assessment, decompressed and
//! parsed on every view of the declaration's page — kept parsed for the next request. An entry is known by its row's
//! id and a hash of the stored bytes or text, so a document rewritten in place (a migration storing it anew, a
//! test writing an older form) is parsed again, never answered from an older reading. The few latest documents are
//! kept, and none whose JSON is larger than [`MAX_JSON`], so that memory stays bounded whatever the portfolio holds.

use std::collections::VecDeque;
use std::hash::Hasher;
use std::sync::{Arc, Mutex};

use serde::de::DeserializeOwned;

use super::StorageError;
use super::document;
use crate::domain::{Assessment, Declaration};

/// How many documents of each kind are kept.
const KEPT: usize = 8;

/// The largest document kept, by the length of its JSON (bytes): a parsed document takes a few times that.
const MAX_JSON: usize = 2 * 1024 * 1024;

/// One kind of document, the latest read first.
pub(super) struct Recent<T> {
    entries: Mutex<VecDeque<(i64, u64, Arc<T>)>>,
    /// How many documents were parsed (tests: a second reading parses nothing).
    #[cfg(test)]
    pub(super) parses: std::sync::atomic::AtomicUsize,
}

impl<T> Default for Recent<T> {
    fn default() -> Self {
        Recent {
            entries: Mutex::new(VecDeque::with_capacity(KEPT)),
            #[cfg(test)]
            parses: std::sync::atomic::AtomicUsize::new(0),
        }
    }
}

/// The documents kept parsed, shared by every clone of the store.
#[derive(Default)]
pub(super) struct Parsed {
    pub(super) declarations: Recent<Declaration>,
    pub(super) assessments: Recent<Assessment>,
}

impl std::fmt::Debug for Parsed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Parsed").finish_non_exhaustive()
    }
}

fn hash(packed: Option<&[u8]>, text: &str) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    match packed {
        Some(bytes) => {
            h.write_u8(1);
            h.write(bytes);
        }
        None => {
            h.write_u8(0);
            h.write(text.as_bytes());
        }
    }
    h.finish()
}

impl<T: Clone + DeserializeOwned + Send + Sync + 'static> Recent<T> {
    /// The document of row `id`, stored as `packed` bytes or `text`: as parsed before if these are the same stored
    /// bytes, else parsed now (and kept when small enough).
    pub(super) async fn read(&self, id: i64, packed: Option<Vec<u8>>, text: String) -> Result<T, StorageError> {
        let key = hash(packed.as_deref(), &text);
        let found = self.entries.lock().ok().and_then(|e| e.iter().find(|(i, k, _)| *i == id && *k == key).cloned());
        if let Some((_, _, value)) = found {
            return Ok(T::clone(&value));
        }
        let small = document::json_len(packed.as_deref(), &text) <= MAX_JSON;
        #[cfg(test)]
        self.parses.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let value: T = super::parse_document(packed, text).await?;
        if small && let Ok(mut entries) = self.entries.lock() {
            entries.retain(|(i, _, _)| *i != id);
            entries.push_front((id, key, Arc::new(value.clone())));
            entries.truncate(KEPT);
        }
        Ok(value)
    }
}
