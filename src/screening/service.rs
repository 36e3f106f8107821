//! Screening as the service runs it, over storage (like `pipeline.rs`, this part uses `storage`; the rest of the
//! module does not): importing an edition re-screens every stored current declaration against it; a new declaration
//! is screened at intake against the latest edition of every list; confirming a hit applies its effect to the
//! declaration's assessment (stored as a new assessment, the old one kept).

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use chrono::NaiveDate;

use super::effect::{self, ConfirmedHit};
use super::matching::{GoodsReader, ListIndex, Party, parties_of};
use super::{EditionSource, ListEffect, ListKind, ListProblem, OlderEdition, parse};
use crate::domain::{Assessment, Declaration};
use crate::scoring::RiskModel;
use crate::storage::{EditionKey, ImportedEdition, NewHit, RecordedHits, StorageError, Store};

/// Why screening failed.
#[derive(Debug, thiserror::Error)]
pub enum ScreeningError {
    /// The list file was refused: every problem, each with its line. Nothing was stored.
    #[error("the list file was refused with {} problem(s)", .0.len())]
    Refused(Vec<ListProblem>),
    #[error(transparent)]
    Storage(#[from] StorageError),
    /// A blocking task could not be run.
    #[error("screening worker failed")]
    Worker(#[from] tokio::task::JoinError),
}

pub use super::ScreeningRun;

/// Indexes of editions already built, by list, file (SHA-256), day (an index holds the entries in force that day)
/// and the risk model that reads their goods (by address: the cache holds the model, so no other takes its place).
/// Keyed by content, not by row id: one process may serve several databases (the tests do).
type Cache = Mutex<HashMap<(ListKind, String, NaiveDate, usize), (Arc<RiskModel>, Arc<ListIndex>)>>;

fn cache() -> &'static Cache {
    static CACHE: OnceLock<Cache> = OnceLock::new();
    CACHE.get_or_init(Default::default)
}

/// The shipped model of a version (as a stored assessment names it), loaded once a process on a blocking thread;
/// `None` for a version this program does not ship (a derived model's folder).
async fn model_named(version: &str) -> Result<Option<Arc<RiskModel>>, ScreeningError> {
    type Models = Mutex<HashMap<String, Option<Arc<RiskModel>>>>;
    static MODELS: OnceLock<Models> = OnceLock::new();
    let models = MODELS.get_or_init(Default::default);
    if let Some(m) = models.lock().ok().and_then(|m| m.get(version).cloned()) {
        return Ok(m);
    }
    let name = version.to_string();
    let loaded = tokio::task::spawn_blocking(move || RiskModel::shipped(&name).ok().flatten().map(Arc::new)).await?;
    if let Ok(mut m) = models.lock() {
        m.insert(version.to_string(), loaded.clone());
    }
    Ok(loaded)
}

/// How screening reads goods: the reading of the risk model the service runs (`RiskModel::industry_goods`; the
/// embedded one, or the one of `model_dir`), the same model that scores declarations.
fn goods_reader(model: &Arc<RiskModel>) -> GoodsReader {
    let model = model.clone();
    Arc::new(move |text: &str| model.industry_goods(text).into_iter().map(str::to_string).collect())
}

/// The index of an edition for a day, its goods read by `model`, built once (kept until the day changes; editions
/// never change).
async fn index_of(
    store: &Store,
    model: &Arc<RiskModel>,
    edition: &EditionKey,
    on: NaiveDate,
) -> Result<Arc<ListIndex>, ScreeningError> {
    let key = (edition.list, edition.sha256.clone(), on, Arc::as_ptr(model) as usize);
    if let Some(ix) = cache().lock().ok().and_then(|c| c.get(&key).map(|(_, ix)| ix.clone())) {
        return Ok(ix);
    }
    let entries = store.screening_entries(edition.id).await?;
    // An ineligibility is read with its period on the day it is read, so one that starts later is matched now and
    // takes effect on its first day; other lists match what is in force today.
    let later = edition.list.effect() == ListEffect::Ineligibility;
    let reader = goods_reader(model);
    let list = edition.list;
    let ix = tokio::task::spawn_blocking(move || {
        let ix =
            ListIndex::with(&entries, |e| if later { e.in_force_or_later(on) } else { e.in_force(on) }).of_list(list);
        Arc::new(ix.reading_goods_with(reader))
    })
    .await?;
    if let Ok(mut c) = cache().lock() {
        c.retain(|(_, _, day, _), _| *day == on);
        c.insert(key, (model.clone(), ix.clone()));
    }
    Ok(ix)
}

/// Reads a list file, stores it as a new edition of `list` (with its diff) and, when it is new, re-screens every
/// stored current declaration against it, then reconciles what is stored with it: open hits on entries no longer
/// on the list (as matched) are closed, and every declaration with a confirmed hit on the list gets the effects of
/// the entries as they now stand (lifted for an entry removed or ended, with its new period for one changed, applied
/// for a decision remembered on an entry listed again); what the run did is kept with the edition
/// (`EditionSummary::rescreen`). A refused file stores nothing; a file dated more than a day ahead or before 1930, or whose publisher, address,
/// licence or label holds a character the intake refuses or runs past the limit of a file's name or address, is
/// refused.
/// `model`: the risk model the service runs, which reads the goods of region-or-industry orders and of sites.
/// A file dated before the list's current edition is refused ([`OlderEdition::Refuse`]; see
/// [`import_edition_with`]).
pub async fn import_edition(
    store: &Store,
    model: &Arc<RiskModel>,
    list: ListKind,
    source: &EditionSource,
    file_name: &str,
    bytes: Vec<u8>,
    actor: &str,
) -> Result<(ImportedEdition, ScreeningRun), ScreeningError> {
    import_edition_with(store, model, list, source, file_name, bytes, actor, OlderEdition::Refuse).await
}

/// [`import_edition`], saying what to do with a file dated before the list's current edition: refused, naming
/// the current edition and both days, with how to import it anyway ([`super::CurrentEdition::refusal`]), or
/// stored as the list's current edition ([`OlderEdition::MakeCurrent`], audited with `older_than`).
#[allow(clippy::too_many_arguments)] // import_edition's, and the one choice the importer makes
pub async fn import_edition_with(
    store: &Store,
    model: &Arc<RiskModel>,
    list: ListKind,
    source: &EditionSource,
    file_name: &str,
    bytes: Vec<u8>,
    actor: &str,
    older: OlderEdition,
) -> Result<(ImportedEdition, ScreeningRun), ScreeningError> {
    let today = store.screening_today();
    // An edition dated ahead would pass for the newest for months; no publisher dates a file it has not put out.
    // A day of grace: a publisher east of UTC may date a file tomorrow by our clock.
    if source.published_on > today + chrono::Days::new(1) {
        return Err(ScreeningError::Refused(vec![
            ListProblem::new(
                0,
                Some("published"),
                "the publication date {0} is more than a day after today ({1})",
                "la date de publication {0} est plus d'un jour après aujourd'hui ({1})",
            )
            .with_days(&[source.published_on, today]),
        ]));
    }
    // Nor before the oldest law any list applies (the Tariff Act of 1930): a year typed wrong, not a list.
    let (y, m, d) = parse::EARLIEST_LIST_DAY;
    if let Some(earliest) = NaiveDate::from_ymd_opt(y, m, d).filter(|e| source.published_on < *e) {
        return Err(ScreeningError::Refused(vec![
            ListProblem::new(
                0,
                Some("published"),
                "the publication date {0} is before {1}, the oldest law any list applies (the Tariff Act of 1930)",
                "la date de publication {0} précède le {1}, la plus ancienne loi qu'une liste applique (le Tariff Act \
                 de 1930)",
            )
            .with_days(&[source.published_on, earliest]),
        ]));
    }
    // What the edition is said to be is shown on every page of it: held to the policy and limits of the files' own
    // values (a bidirectional control would reverse what officers read).
    let texts = [
        ("publisher", &source.publisher, parse::Value::Name),
        ("address", &source.address, parse::Value::Address),
        ("licence", &source.licence, parse::Value::Name),
        ("label", &source.label, parse::Value::Name),
    ];
    let problems: Vec<ListProblem> = texts
        .into_iter()
        .filter_map(|(field, value, kind)| parse::check_value(value, kind, parse::At { line: 0, column: None, field }))
        .collect();
    if !problems.is_empty() {
        return Err(ScreeningError::Refused(problems));
    }
    let sha = crate::domain::sha256_hex(&bytes);
    let entries =
        tokio::task::spawn_blocking(move || parse::parse(list, &bytes)).await?.map_err(ScreeningError::Refused)?;
    let mut imported = match store.import_screening_edition(list, source, file_name, &sha, &entries, actor, older).await
    {
        Err(StorageError::Conflict(crate::storage::Clash::OlderEdition { current, refused })) => {
            return Err(ScreeningError::Refused(vec![current.refusal(refused)]));
        }
        other => other?,
    };
    let run = if imported.already_imported {
        ScreeningRun::default()
    } else {
        let mut run = rescreen(store, model, imported.edition.id, list, actor).await?;
        let closed = store.close_screening_hits_off_list(list, imported.edition.id, actor).await?;
        (run.hits_removed, run.hits_replaced, run.closed) =
            (closed.removed, closed.changed, closed.removed + closed.changed);
        store.close_superseded_screening_hits(actor).await?;
        // Each decided hit stands as the latest decision on its entry as this edition gives it; a declaration whose
        // hit changed so is reconciled even when none of its hits is confirmed any more (its effect is lifted).
        let restated = store.restate_screening_hits(list, imported.edition.id, actor).await?;
        run.hits_restated = restated.len();
        let mut declarations: std::collections::BTreeSet<i64> =
            store.declarations_with_confirmed_hits(list).await?.into_iter().collect();
        declarations.extend(restated.iter().map(|r| r.declaration_id));
        let today = store.screening_today();
        for d in declarations {
            if let Some((before, after)) = reconcile_effects(store, d, actor, true).await? {
                run.reassessed += 1;
                let places = store.screening_effect_places(d).await?;
                let c = effect::changes(&before, &after, &places, today);
                run.applied += c.applied;
                run.lifted += c.lifted;
                run.effects_changed += c.changed;
            }
        }
        // Kept with the edition: its page says what the import did, after the import and whenever it is read.
        store.record_screening_run(imported.edition.id, &run).await?;
        notify_alerts(store, run.new_alerts, list, None).await;
        imported.edition.rescreen = Some(run.clone());
        run
    };
    Ok((imported, run))
}

/// Screens every stored current declaration against one edition, storing the hits not stored before (each change
/// audited by `actor`); `model` reads goods (see [`import_edition`]).
pub async fn rescreen(
    store: &Store,
    model: &Arc<RiskModel>,
    edition_id: i64,
    list: ListKind,
    actor: &str,
) -> Result<ScreeningRun, ScreeningError> {
    let (edition, _) = store.screening_edition(edition_id).await?.ok_or(StorageError::NotFound)?;
    let ix = index_of(store, model, &EditionKey::from(&edition), store.screening_today()).await?;
    let mut run = ScreeningRun::default();
    let mut after = 0;
    loop {
        let batch = store.current_declarations(after, 500).await?;
        let Some((last, _)) = batch.last() else { break };
        after = *last;
        run.declarations += batch.len();
        let ix = ix.clone();
        let hits = tokio::task::spawn_blocking(move || screen_batch(&ix, list, edition_id, &batch)).await?;
        run.parties += hits.0;
        run.hits += hits.1.len();
        count_recorded(&mut run, &store.record_screening_hits(&hits.1, actor).await?);
    }
    Ok(run)
}

/// Tells officers and auditors of `count` new alerts on `list` (none when 0), found at the intake of `declaration`
/// or by an edition ([`Store::notify_screening_alerts`]). The hits are stored already and the alerts page counts
/// them: a failure to queue the message is logged, never a failure of what found them.
async fn notify_alerts(store: &Store, count: usize, list: ListKind, declaration: Option<(i64, &str)>) {
    if let Err(e) = store.notify_screening_alerts(count, list, declaration, chrono::Utc::now()).await {
        tracing::warn!(
            said = "cli_log.alerts_not_queued",
            list = %list,
            alerts = count,
            error = %crate::telemetry::Chain(&e),
            "the message telling officers and auditors of new screening alerts was not queued"
        );
    }
}

/// Adds what storing hits did to a run's counts.
fn count_recorded(run: &mut ScreeningRun, r: &RecordedHits) {
    run.new_alerts += r.opened.len();
    run.hits_changed += r.asked_again;
    run.hits_reopened += r.reopened;
    run.hits_added += r.opened.len().saturating_sub(r.asked_again + r.reopened);
    run.hits_remembered += r.remembered;
}

/// The parties of some declarations screened against an index: how many parties, and the hits.
fn screen_batch(ix: &ListIndex, list: ListKind, edition_id: i64, batch: &[(i64, Declaration)]) -> (usize, Vec<NewHit>) {
    let mut owners: Vec<i64> = Vec::new();
    let mut parties: Vec<Party> = Vec::new();
    for (id, d) in batch {
        for p in parties_of(d) {
            owners.push(*id);
            parties.push(p);
        }
    }
    let hits = ix.screen(&parties, 2);
    let new = hits
        .into_iter()
        .filter_map(|h| {
            let p = parties.get(h.party)?;
            Some(NewHit {
                list,
                edition_id,
                entry: ix.entries().get(h.entry)?.clone(),
                party_kind: p.kind,
                party_key: p.key.clone(),
                party_name: p.name.clone(),
                declaration_id: *owners.get(h.party)?,
                site_ref: p.site_ref.clone(),
                evidence: h.evidence,
            })
        })
        .collect();
    (parties.len(), new)
}

/// Screens one declaration (just stored) against the latest edition of every list; applies the effect of
/// decisions already taken on the same entries and parties; `model` (the one that scored it) reads goods.
pub async fn screen_declaration(
    store: &Store,
    model: &Arc<RiskModel>,
    declaration_id: i64,
    declaration: &Declaration,
) -> Result<ScreeningRun, ScreeningError> {
    let mut run = ScreeningRun { declarations: 1, ..ScreeningRun::default() };
    // The declaration this one replaced is screened no more: its open hits are not for an officer to decide.
    store.close_superseded_screening_hits(crate::storage::SCREENING_AT_INTAKE).await?;
    let batch = [(declaration_id, declaration.clone())];
    for edition in store.latest_screening_editions().await? {
        let ix = index_of(store, model, &edition, store.screening_today()).await?;
        let (parties, hits) = screen_batch(&ix, edition.list, edition.id, &batch);
        run.parties = parties;
        run.hits += hits.len();
        let recorded = store.record_screening_hits(&hits, crate::storage::SCREENING_AT_INTAKE).await?;
        count_recorded(&mut run, &recorded);
        let supplier = declaration.supplier.legal_name.as_str();
        notify_alerts(store, recorded.opened.len(), edition.list, Some((declaration_id, supplier))).await;
    }
    run.reassessed = usize::from(
        reconcile_effects(store, declaration_id, crate::storage::SCREENING_AT_INTAKE, false).await?.is_some(),
    );
    Ok(run)
}

/// Applies the confirmed hits of a declaration, their entries as the latest editions give them, to its latest
/// assessment (the effects it carried taken off first: `effect::reconcile`); when that changes it, stores the result
/// as a new assessment (the one before is kept). Returns whether a new assessment was stored.
pub async fn apply_effects(store: &Store, declaration_id: i64, actor: &str) -> Result<bool, ScreeningError> {
    Ok(reconcile_effects(store, declaration_id, actor, false).await?.is_some())
}

/// [`apply_effects`], answering the assessment before and after when a new one was stored. `concerned`: the caller
/// knows a hit of the declaration changed state (a decision, a hit restated), so its assessment is read even when no
/// hit of it is confirmed any more (the effect a confirmation gave is then lifted).
async fn reconcile_effects(
    store: &Store,
    declaration_id: i64,
    actor: &str,
    concerned: bool,
) -> Result<Option<(Assessment, Assessment)>, ScreeningError> {
    // A declaration never confirmed against any list carries no effect: its (perhaps very large) assessment is not
    // read.
    if !concerned && !store.has_confirmed_screening_hits(declaration_id).await? {
        return Ok(None);
    }
    let confirmed = store.confirmed_screening_hits(declaration_id).await?;
    let Some(latest) = store.latest_assessment(declaration_id).await? else { return Ok(None) };
    let hits: Vec<ConfirmedHit> = confirmed
        .into_iter()
        .map(|(h, entry, edition)| ConfirmedHit {
            list: h.list,
            edition: effect::edition_ref(edition.version, edition.id),
            entry,
            site_ref: h.site_ref,
        })
        .collect();
    let on = store.screening_today();
    // The confirmed forced-labour hits on sites enter the scoring pass under the model that scored the declaration
    // (`effect::rescore`), so that the sites they supply carry them; a model this program cannot load (a folder no
    // longer at hand) leaves the effects applied to the stored assessment, on the listed sites alone.
    let model = match model_named(&latest.assessment.model_version).await? {
        Some(model) => match store.get_declaration(declaration_id).await? {
            Some(stored) => Some((model, stored.declaration)),
            None => None,
        },
        None => None,
    };
    let a = match model {
        Some((model, declaration)) => {
            let hits = hits.clone();
            tokio::task::spawn_blocking(move || rescore(&model, &declaration, &hits, on)).await?
        }
        None => {
            let mut a = latest.assessment.clone();
            effect::reconcile(&mut a, &hits, on);
            a
        }
    };
    if a == latest.assessment {
        return Ok(None);
    }
    store.save_assessment(declaration_id, &a, actor).await?;
    Ok(Some((latest.assessment, a)))
}

/// What an officer's decision did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Decision {
    /// The hit decided and every open hit of the same entry (unchanged) against the same party.
    pub hits: Vec<i64>,
    /// The hits of the same entry before it changed, against the same party, whose state is now this decision (a
    /// confirmation of the entry before it changed is dismissed with a dismissal of the changed entry).
    pub restated: Vec<i64>,
    /// The declarations whose assessment the decision changed, each stored anew (audited as `assessment.stored` by
    /// the officer): a confirmation adds the list's effect; a dismissal of a hit asked again because its entry changed
    /// lifts the effect an earlier confirmation of the entry carried.
    pub reassessed: Vec<i64>,
}

/// Records an officer's decision on a hit (and on every open hit of the same entry against the same party; the
/// hits of the entry before it changed, against the same party, take it as their state), then applies the confirmed
/// hits anew to each declaration concerned — after a confirmation, and after a dismissal too: a hit asked again
/// because its entry changed (a new period) and then dismissed no longer carries the effect an earlier
/// confirmation of the entry gave.
pub async fn decide(
    store: &Store,
    hit_id: i64,
    confirmed: bool,
    note: &str,
    actor: &str,
) -> Result<Decision, ScreeningError> {
    let decided = store.decide_screening_hit(hit_id, confirmed, note, actor).await?;
    let mut declarations = Vec::new();
    for id in &decided.hits {
        if let Some(h) = store.screening_hit(*id).await?
            && !declarations.contains(&h.declaration_id)
        {
            declarations.push(h.declaration_id);
        }
    }
    for r in &decided.restated {
        if !declarations.contains(&r.declaration_id) {
            declarations.push(r.declaration_id);
        }
    }
    let mut reassessed = Vec::new();
    for d in declarations {
        if reconcile_effects(store, d, actor, true).await?.is_some() {
            reassessed.push(d);
        }
    }
    Ok(Decision { hits: decided.hits, restated: decided.restated.iter().map(|r| r.hit).collect(), reassessed })
}

#[cfg(test)]
mod tests;

/// The assessment of `declaration` under `model` with the effects of these confirmed hits: each forced-labour hit
/// in force on a site enters the scoring pass (`RiskModel::assess_listed`), so that the site is critical whatever
/// due diligence and every site it supplies carries its risk as any supplier's (× the tier decay a tier, the
/// upstream factor naming the entry) — in the declaration's scores as in the national graph, which reads the same
/// factors; then [`effect::apply`] adds the rest (a hit on the supplier itself, an ineligibility). A hit on a site the
/// declaration does not have is left out. With no hit, the model's assessment of the declaration.
fn rescore(
    model: &crate::scoring::RiskModel,
    declaration: &crate::domain::Declaration,
    hits: &[effect::ConfirmedHit],
    on: chrono::NaiveDate,
) -> crate::domain::Assessment {
    let mut listed = crate::scoring::Listed::default();
    for hit in hits {
        if hit.list.effect() != super::ListEffect::ForcedLabour || !hit.entry.in_force(on) {
            continue;
        }
        let Some(site) = hit.site_ref.as_deref() else { continue };
        if declaration.places_of_work.iter().any(|s| s.site_id.as_str() == site) {
            // Its points are given in the scoring pass.
            listed.add(site, effect::screening_factor(hit, 100.0));
        }
    }
    let mut a = model.assess_listed(declaration, &listed);
    effect::apply(&mut a, hits, on);
    a
}
