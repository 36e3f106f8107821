//! Where a paged list stands, shared by every paged page (the declarations, the graph's lists, the audit log): its
//! own file, so that the pages' views and the administrators' views both use it without using each other.

use serde::Serialize;

/// Where a paged list stands: "51–100 of 2,340" and the links to the pages either side (each a URL query that
/// keeps every filter).
#[derive(Debug, Clone, Serialize)]
pub struct Pager {
    /// The first row shown, from 1 (0 when none is).
    pub first: u64,
    /// The last row shown.
    pub last: u64,
    /// How many rows the filters select in all.
    pub total: u64,
    /// The URL query of the previous page, when there is one.
    pub previous: Option<String>,
    /// The URL query of the next page, when there is one.
    pub next: Option<String>,
    /// The URL query of the first page, when this one is past the last and the last is not the first.
    pub restart: Option<String>,
    /// The URL query of the last page, when this one is past it (every paged list's rule: a page past the last
    /// shows no rows, says how many there are and which page is the last, and links to it).
    pub last_page: Option<String>,
    /// How many pages the rows fill (1 when there are none).
    pub pages: u64,
}
