//! Pages kept rendered: the markup of a page whose every input is named by its key, so that the next request with
//! the same key only sets it in the layout (the header with the viewer's name, form token and alerts count, the
//! language switch: `Ctx::framed`). The declaration page is kept so (`pages::declaration`): a declaration and an
//! assessment are rows never rewritten by the service (a new version, a new assessment, is a new row), and the key
//! names everything else its markup is drawn from. What is kept is bounded by its bytes, the page least recently
//! asked for going first.

use std::collections::{BTreeMap, HashMap};
use std::hash::Hash;
use std::sync::{Arc, Mutex, PoisonError};

use chrono::NaiveDate;

use crate::domain::{AccountRole, Lang};
use crate::reports::declaration_page::SiteSelection;

/// The most bytes of markup kept (64 MiB): a declaration page is at most about 300 KiB whatever its query
/// (`declaration_page::MAX_PER_PAGE`), so a few hundred pages stay.
pub const KEPT_BYTES: usize = 64 * 1024 * 1024;

/// A page's markup as rendered (the content of `<main>`) and its title (the layout's `<title>`).
#[derive(Debug)]
pub struct KeptPage {
    pub title: String,
    pub body: String,
}

impl KeptPage {
    fn bytes(&self) -> usize {
        self.title.len() + self.body.len()
    }
}

/// Everything a declaration page's markup is drawn from, beside the two immutable rows it names: a key differs
/// wherever the markup could. Who asks enters by their role only (the markup is rendered for the role, with no name,
/// e-mail or form token: `frame::role_chrome`), after `auth::may_read` let them read the declaration.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(super) struct DeclarationPageKey {
    pub declaration: i64,
    /// The latest assessment, whose row is never rewritten.
    pub assessment: i64,
    /// The declaration in force that replaced it (the last of its chain): the page names it.
    pub superseded_by: Option<i64>,
    pub lang: Lang,
    /// The viewer's role: what the page shows (confirmed screening hits, links to the portfolio) follows it.
    pub role: AccountRole,
    pub selection: SiteSelection,
    /// Findings are said as they stand on this day (an ineligibility whose period ended says so).
    pub today: NaiveDate,
    /// The confirmed screening hits shown, as the page shows them (JSON of their views; empty for the roles that are
    /// not shown them): they change without a new assessment (a decision's words, a list that removes the entry).
    pub screening: String,
}

/// Pages kept rendered, by key, within [`KEPT_BYTES`]. Cheap to clone (shared).
#[derive(Clone)]
pub struct KeptPages {
    inner: Arc<Mutex<Lru<DeclarationPageKey>>>,
    budget: usize,
}

impl Default for KeptPages {
    fn default() -> Self {
        KeptPages::with_budget(KEPT_BYTES)
    }
}

impl std::fmt::Debug for KeptPages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let (pages, bytes) = self.held();
        f.debug_struct("KeptPages").field("pages", &pages).field("bytes", &bytes).finish()
    }
}

impl KeptPages {
    /// Pages kept within `budget` bytes of markup (a page larger than the budget is never kept).
    pub fn with_budget(budget: usize) -> KeptPages {
        KeptPages { inner: Arc::new(Mutex::new(Lru::default())), budget }
    }

    /// How many pages are kept, and their bytes.
    pub fn held(&self) -> (usize, usize) {
        let lru = self.inner.lock().unwrap_or_else(PoisonError::into_inner);
        (lru.entries.len(), lru.bytes)
    }

    pub(super) fn get(&self, key: &DeclarationPageKey) -> Option<Arc<KeptPage>> {
        self.inner.lock().unwrap_or_else(PoisonError::into_inner).get(key)
    }

    /// Keeps `page` under `key` (the least recently asked pages go, to stay within the budget) and gives it back.
    pub(super) fn keep(&self, key: DeclarationPageKey, page: KeptPage) -> Arc<KeptPage> {
        let page = Arc::new(page);
        self.inner.lock().unwrap_or_else(PoisonError::into_inner).put(key, page.clone(), self.budget);
        page
    }
}

/// Entries by key with the tick of their last use, and the keys by that tick (the oldest first).
struct Lru<K> {
    entries: HashMap<K, (Arc<KeptPage>, u64)>,
    by_use: BTreeMap<u64, K>,
    bytes: usize,
    tick: u64,
}

impl<K> Default for Lru<K> {
    fn default() -> Self {
        Lru { entries: HashMap::new(), by_use: BTreeMap::new(), bytes: 0, tick: 0 }
    }
}

impl<K: Clone + Eq + Hash> Lru<K> {
    fn get(&mut self, key: &K) -> Option<Arc<KeptPage>> {
        self.tick += 1;
        let tick = self.tick;
        let (page, used) = self.entries.get_mut(key)?;
        let before = std::mem::replace(used, tick);
        let page = page.clone();
        if let Some(k) = self.by_use.remove(&before) {
            self.by_use.insert(tick, k);
        }
        Some(page)
    }

    fn put(&mut self, key: K, page: Arc<KeptPage>, budget: usize) {
        let size = page.bytes();
        if size > budget {
            return;
        }
        self.tick += 1;
        if let Some((old, used)) = self.entries.insert(key.clone(), (page, self.tick)) {
            self.bytes -= old.bytes();
            self.by_use.remove(&used);
        }
        self.by_use.insert(self.tick, key);
        self.bytes += size;
        while self.bytes > budget {
            let Some((_, oldest)) = self.by_use.pop_first() else { break };
            if let Some((old, _)) = self.entries.remove(&oldest) {
                self.bytes -= old.bytes();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(n: usize) -> Arc<KeptPage> {
        Arc::new(KeptPage { title: String::new(), body: "x".repeat(n) })
    }

    #[test]
    fn the_least_recently_asked_pages_go_first_and_the_bytes_stay_within_the_budget() {
        let mut lru: Lru<u8> = Lru::default();
        for k in 1..=3 {
            lru.put(k, page(40), 100);
        }
        // Three pages of 40 bytes in 100: the first went.
        assert!(lru.get(&1).is_none());
        assert_eq!((lru.entries.len(), lru.bytes), (2, 80));
        // 2 asked again: 3 is now the least recent, and goes for 4.
        assert!(lru.get(&2).is_some());
        lru.put(4, page(40), 100);
        assert!(lru.get(&3).is_none());
        assert!(lru.get(&2).is_some() && lru.get(&4).is_some());
        // A page kept again under its key replaces it; one larger than the budget is never kept.
        lru.put(4, page(10), 100);
        assert_eq!(lru.bytes, 50);
        lru.put(5, page(101), 100);
        assert!(lru.get(&5).is_none());
        assert_eq!((lru.entries.len(), lru.by_use.len(), lru.bytes), (2, 2, 50));
    }
}
