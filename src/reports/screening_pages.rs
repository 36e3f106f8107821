//! The view models of the entity screening pages (`web::screening` fills them): the lists with their editions and
//! the import form, one edition's diff, and the hits with what each touches. `Touches` is also part of the API's
//! answer for a hit, so it carries its OpenAPI schema (a derive only).

use serde::Serialize;
use utoipa::ToSchema;

use super::views::IssueView;
use crate::screening::EditionDiff;
use crate::storage::{EditionSummary, StoredHit};

/// The screening lists page: every list with its editions, and the import form (with a refused file's problems).
#[derive(Debug, Serialize)]
pub struct ListsPage {
    pub title: String,
    pub csrf: String,
    pub can_import: bool,
    pub lists: Vec<ListRow>,
    /// The edition just imported, after a redirect (`?imported=ID`).
    pub imported: Option<i64>,
    /// A refused file's problems, each with its line.
    pub errors: Vec<IssueView>,
}

/// One list on the lists page: its name and effect in the page's language, and its editions, newest first.
#[derive(Debug, Serialize)]
pub struct ListRow {
    /// `uflpa`, `cbp_wro`, `pspc_ineligible`, `opensanctions`, `watchlist`.
    pub kind: String,
    pub name: String,
    /// What a confirmed hit does, in words.
    pub effect: String,
    pub editions: Vec<EditionSummary>,
}

/// One edition and what it changed from the edition before it.
#[derive(Debug, Serialize)]
pub struct EditionPage {
    pub title: String,
    pub list_name: String,
    pub edition: EditionSummary,
    pub diff: EditionDiff,
}

/// The hits page (the alerts when `status` is `open`): the hits of one status, newest first.
#[derive(Debug, Serialize)]
pub struct AlertsPage {
    pub title: String,
    pub csrf: String,
    pub can_decide: bool,
    /// `open`, `confirmed`, `dismissed` or `all`.
    pub status: String,
    /// Hits waiting for a decision, whatever the status shown.
    pub open: u64,
    /// Why the viewer was sent back here: the hit they meant to decide had been decided first.
    pub already_decided: Option<DecidedNotice>,
    pub hits: Vec<HitRow>,
}

/// One hit with its words in the page's language and what it touches.
#[derive(Debug, Serialize)]
pub struct HitRow {
    pub hit: StoredHit,
    pub list_name: String,
    /// The hit's status in words (an open or closed hit has no decision to say it).
    pub status_label: String,
    pub party_kind: String,
    pub method: String,
    /// The similarity as a whole percentage (`90 %`).
    pub similarity_percent: String,
    pub touches: Touches,
}

/// What a hit touches: the bid of its declaration, the supplier's contracts and their cases, and (for a site) the
/// other declarations whose chains reach the facility in the national graph.
#[derive(Debug, Serialize, ToSchema, Default)]
pub struct Touches {
    /// The solicitation the declaration bids on, if any.
    pub solicitation: Option<String>,
    pub supplier_name: String,
    pub contracts: Vec<TouchedContract>,
    /// Declarations (ids) whose chains reach the facility, the hit's own included.
    pub declarations: Vec<i64>,
}

/// A contract of the supplier, with its cases.
#[derive(Debug, Serialize, ToSchema)]
pub struct TouchedContract {
    pub id: i64,
    pub number: String,
    pub cases: Vec<i64>,
}

/// A hit decided before the viewer's decision arrived (another officer, another tab): what it was, who decided it
/// and when. The viewer's decision was not recorded.
#[derive(Debug, Serialize)]
pub struct DecidedNotice {
    pub hit: i64,
    pub party: String,
    pub entry: String,
    /// `confirmed` or `dismissed` (the template chooses its message by it).
    pub status: String,
    /// The deciding officer's display name.
    pub who: String,
    /// When, in UTC (`2026-11-29 14:03 UTC`).
    pub when: String,
}

impl DecidedNotice {
    /// The notice for a decided hit; `None` while it is open.
    pub fn of(h: &StoredHit) -> Option<DecidedNotice> {
        let d = h.decision.as_ref()?;
        let when = chrono::DateTime::parse_from_rfc3339(&d.decided_at)
            .map(|t| t.with_timezone(&chrono::Utc).format("%Y-%m-%d %H:%M UTC").to_string())
            .unwrap_or_else(|_| d.decided_at.clone());
        Some(DecidedNotice {
            hit: h.id,
            party: h.party_name.clone(),
            entry: h.entry_name.clone(),
            status: if d.confirmed { "confirmed" } else { "dismissed" }.into(),
            who: d.decided_by_name.clone(),
            when,
        })
    }
}
