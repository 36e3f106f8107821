//! The administrators' pages: the accounts (list, create, disable and enable, change the role, start a password
//! reset, revoke API tokens), the audit log with its verification, and the public page where a person sets a new
//! password with their one-time code. Each change goes through the same `Store` functions as the accounts API
//! (`accounts.rs`), which audit it in its own transaction.
//!
//! Forms post to the account's address; a refused form is shown again with its errors and what was typed, and
//! nothing is stored. A one-time code is shown once, in the answer to the form that made it, never stored.

use std::collections::HashMap;

use actix_session::SessionExt;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};
use serde::Deserialize;

use super::accounts::{not_oneself, role_and_organisation};
use super::auth::{self, Action};
use super::error_page::error_response;
use super::frame::{Ctx, Page};
use super::lang::toggle_href;
use super::params::{Form, IdPath, PageQuery, Query, fields};
use super::{ApiError, AppState, RequestLang};
use crate::domain::{Account, AccountRole, Lang};
use crate::reports::admin::{
    AccountDraft, AccountPage, AccountRow, AccountsPage, AlertsChoice, AuditPage, AuditRow, IssuedCode, MyAccountPage,
    ResetPage, TokenRow,
};
use crate::reports::dates;
use crate::reports::views::Choice;
use crate::storage::{AuditFault, NewAccount, RESET_VALID_HOURS, StorageError};

/// Mounts the page routes.
/// The query parameters of these pages ([`PageQuery`]).
pub(super) fn page_queries() -> Vec<PageQuery> {
    vec![PageQuery { pattern: "/audit", method: "GET", takes: fields::<AuditQuery> }]
}

pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/accounts", web::get().to(accounts))
        .route("/accounts", web::post().to(create_account))
        .route("/accounts/{id}", web::get().to(account))
        .route("/accounts/{id}/disable", web::post().to(disable))
        .route("/accounts/{id}/enable", web::post().to(enable))
        .route("/accounts/{id}/role", web::post().to(change_role))
        .route("/accounts/{id}/password-reset", web::post().to(start_reset))
        .route("/accounts/{id}/tokens/{token_id}/revoke", web::post().to(revoke_token))
        .route("/accounts/{id}/language", web::post().to(change_language))
        .route("/account", web::get().to(my_account))
        .route("/account/language", web::post().to(my_language))
        .route("/account/screening-alerts", web::post().to(my_screening_alerts))
        .route("/audit", web::get().to(audit))
        .route("/password-reset", web::get().to(reset_form))
        .route("/password-reset", web::post().to(reset_submit));
}

/// The password hash of an account that has none yet: not a PHC string, so no password ever verifies against it
/// (`accounts::verify_password` answers false for a malformed hash).
const NO_PASSWORD: &str = "!";

/// The longest display name accepted.
const MAX_NAME_CHARS: usize = 200;

fn pick(lang: Lang, (en, fr): (String, String)) -> String {
    if lang == Lang::Fr { fr } else { en }
}

/// The message a form shows beside itself for an error it can show (a refused field, a conflict).
fn form_message(lang: Lang, e: &ApiError) -> Option<String> {
    matches!(e, ApiError::BadRequest { .. }).then(|| pick(lang, e.messages()))
}

/// The language of an account's messages in words, in the page's language; empty while not known.
fn language_label(state: &AppState, lang: Lang, language: Option<Lang>) -> String {
    language.map(|l| state.renderer.t(lang, &format!("account.language_{l}"))).unwrap_or_default()
}

/// The choices of the language of messages, the account's own selected (else the page's).
fn language_choices(state: &AppState, lang: Lang, language: Option<Lang>) -> Vec<Choice> {
    let chosen = language.unwrap_or(lang);
    [Lang::En, Lang::Fr]
        .into_iter()
        .map(|l| Choice {
            value: l.to_string(),
            label: state.renderer.t(lang, &format!("account.language_{l}")),
            selected: l == chosen,
        })
        .collect()
}

/// The language a language form chose: `en` or `fr`; any other value is refused naming the field by its label and
/// the languages by their names (`account.refused.language`).
fn chosen_language(cat: &crate::reports::Catalog, value: &str) -> Result<Lang, ApiError> {
    match value.trim() {
        "en" => Ok(Lang::En),
        "fr" => Ok(Lang::Fr),
        other => {
            let v: String = other.chars().take(40).filter(|c| !c.is_control()).collect();
            Err(ApiError::refused(cat, &crate::domain::Message::new("account.refused.language").text("given", v)))
        }
    }
}

/// An account's row with the language of its messages in words.
fn row_with_language(state: &AppState, lang: Lang, a: &Account) -> AccountRow {
    AccountRow { language_label: language_label(state, lang, a.language), ..row(lang, a) }
}

fn row(lang: Lang, a: &Account) -> AccountRow {
    AccountRow {
        id: a.id,
        name: if a.display_name.trim().is_empty() { a.email.clone() } else { a.display_name.clone() },
        email: a.email.clone(),
        role: a.role.to_string(),
        role_label: a.role.label(lang).to_string(),
        business_number: a.business_number.clone().unwrap_or_default(),
        disabled: a.disabled,
        language_label: String::new(),
    }
}

fn role_choices(lang: Lang, chosen: &str) -> Vec<Choice> {
    use strum::IntoEnumIterator;
    AccountRole::iter()
        .map(|r| Choice { value: r.to_string(), label: r.label(lang).to_string(), selected: r.to_string() == chosen })
        .collect()
}

/// A fresh one-time code (256 random bits, hex, with the service's token prefix so a leaked one is recognisable).
fn new_code() -> Result<String, ApiError> {
    crate::accounts::random_token().map_err(ApiError::internal)
}

/// Starts a reset for an account and returns the code to show once.
async fn issue_code(ctx: &Ctx<'_>, account: &Account) -> Result<IssuedCode, ApiError> {
    let code = new_code()?;
    let started = ctx.state.store.start_password_reset(account.id, &code, &ctx.viewer.account.email).await;
    let started = match started {
        Err(StorageError::Conflict(_)) => {
            return Err(ApiError::bad_request(
                ctx.state.renderer.t(Lang::En, "admin.disabled_no_reset"),
                ctx.state.renderer.t(Lang::Fr, "admin.disabled_no_reset"),
            ));
        }
        other => other?,
    };
    Ok(IssuedCode {
        name: row(ctx.lang, &started.account).name,
        email: started.account.email.clone(),
        code,
        expires_at: dates::date_time(ctx.state.renderer.catalog(), ctx.lang, started.expires_at),
    })
}

#[derive(Debug, Deserialize)]
struct CsrfForm {
    csrf: Option<String>,
}

// --- The list of accounts and the form that creates one. ---

async fn accounts_page(
    ctx: &Ctx<'_>,
    draft: AccountDraft,
    errors: Vec<String>,
    issued: Option<IssuedCode>,
    status: StatusCode,
) -> Result<HttpResponse, ApiError> {
    let (state, lang) = (ctx.state, ctx.lang);
    let accounts = state.store.list_accounts().await?;
    let page = AccountsPage {
        title: state.renderer.t(lang, "admin.accounts_title"),
        csrf: ctx.chrome.csrf.clone(),
        accounts: accounts.iter().map(|a| row(lang, a)).collect(),
        roles: role_choices(lang, if draft.role.is_empty() { "supplier" } else { &draft.role }),
        draft: AccountDraft { csrf: String::new(), ..draft },
        errors,
        issued,
    };
    ctx.render_as(status, "pages/accounts", &page)
}

async fn accounts(page: Page) -> HttpResponse {
    page.serve(Action::ManageAccounts, async |ctx| {
        accounts_page(ctx, AccountDraft::default(), Vec::new(), None, StatusCode::OK).await
    })
    .await
}

/// An e-mail address as accounts hold it: one `@` with text either side, no spaces, at most 254 characters
/// (RFC 5321's limit on a path). Deliverability is the administrator's to know.
fn valid_email(email: &str) -> bool {
    let e = email.trim();
    let Some((local, domain)) = e.split_once('@') else { return false };
    !local.is_empty()
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains('@')
        && !e.chars().any(|c| c.is_whitespace() || c.is_control())
        && e.chars().count() <= 254
}

/// Every refusal of the new-account form at once, in the page's language.
fn new_account_errors(ctx: &Ctx<'_>, d: &AccountDraft) -> (Vec<String>, Option<(AccountRole, Option<String>)>) {
    let t = |k: &str| ctx.state.renderer.t(ctx.lang, k);
    let mut errors = Vec::new();
    let name = d.display_name.trim();
    if name.is_empty() || name.chars().count() > MAX_NAME_CHARS || name.chars().any(char::is_control) {
        errors.push(t("admin.bad_name"));
    }
    if !valid_email(&d.email) {
        errors.push(t("admin.bad_email"));
    }
    let role = match role_and_organisation(&d.role, Some(&d.business_number)) {
        Ok(r) => Some(r),
        Err(e) => {
            errors.push(pick(ctx.lang, e.messages()));
            None
        }
    };
    (errors, role)
}

/// The refusal of an e-mail that names an account already, naming that account (its name, e-mail and number).
fn email_taken(ctx: &Ctx<'_>, holder: &Account) -> String {
    let name = if holder.display_name.trim().is_empty() { &holder.email } else { &holder.display_name };
    ctx.state
        .renderer
        .t(ctx.lang, "admin.email_taken")
        .replace("{email}", &holder.email)
        .replace("{name}", name)
        .replace("{id}", &holder.id.to_string())
}

async fn create_account(page: Page, form: Form<AccountDraft>) -> HttpResponse {
    page.serve(Action::ManageAccounts, async |ctx| {
        let draft = form.read().await?;
        auth::check_csrf_for(ctx.req, &ctx.viewer, Some(&draft.csrf))?;
        let (errors, role) = new_account_errors(ctx, &draft);
        let Some((role, business_number)) = role.filter(|_| errors.is_empty()) else {
            return accounts_page(ctx, draft, errors, None, StatusCode::BAD_REQUEST).await;
        };
        if let Some(holder) = ctx.state.store.account_by_email(&draft.email).await? {
            let errors = vec![email_taken(ctx, &holder)];
            return accounts_page(ctx, draft, errors, None, StatusCode::CONFLICT).await;
        }
        let new = NewAccount {
            email: draft.email.trim().to_string(),
            display_name: draft.display_name.trim().to_string(),
            role,
            business_number,
            password_hash: NO_PASSWORD.into(),
        };
        // Its messages are written in the language of the page that creates it, until it chooses one.
        let account = match ctx.state.store.create_account_in(&new, Some(ctx.lang), &ctx.viewer.account.email).await {
            Ok(a) => a,
            // Created by someone else between the check and the write.
            Err(StorageError::Conflict(clash)) => {
                let errors = match ctx.state.store.account_by_email(&draft.email).await? {
                    Some(holder) => vec![email_taken(ctx, &holder)],
                    None => return Err(StorageError::Conflict(clash).into()),
                };
                return accounts_page(ctx, draft, errors, None, StatusCode::CONFLICT).await;
            }
            Err(e) => return Err(e.into()),
        };
        let issued = issue_code(ctx, &account).await?;
        accounts_page(ctx, AccountDraft::default(), Vec::new(), Some(issued), StatusCode::CREATED).await
    })
    .await
}

// --- One account. ---

/// What an account page shows besides the account.
#[derive(Default)]
struct Outcome {
    errors: Vec<String>,
    done: String,
    issued: Option<IssuedCode>,
    /// The business number typed in a refused role form.
    business_number: Option<String>,
    /// The role chosen in a refused role form.
    role: Option<String>,
}

async fn account_page(ctx: &Ctx<'_>, id: i64, outcome: Outcome, status: StatusCode) -> Result<HttpResponse, ApiError> {
    let (state, lang) = (ctx.state, ctx.lang);
    let account = state.store.account_even_disabled(id).await?.ok_or(ApiError::NotFound)?;
    let tokens = state.store.api_tokens(id).await?;
    let row = row_with_language(state, lang, &account);
    let page = AccountPage {
        title: row.name.clone(),
        csrf: ctx.chrome.csrf.clone(),
        own: ctx.viewer.account.id == id,
        roles: role_choices(lang, outcome.role.as_deref().unwrap_or(&row.role)),
        business_number: outcome.business_number.unwrap_or_else(|| row.business_number.clone()),
        account: row,
        tokens: tokens
            .iter()
            .map(|t| TokenRow {
                id: t.id,
                name: t.name.clone(),
                created_at: dates::date_time(state.renderer.catalog(), lang, t.created_at),
                revoked_at: t
                    .revoked_at
                    .map(|r| dates::date_time(state.renderer.catalog(), lang, r))
                    .unwrap_or_default(),
            })
            .collect(),
        errors: outcome.errors,
        done: outcome.done,
        issued: outcome.issued,
        reset_hours: RESET_VALID_HOURS,
        languages: language_choices(state, lang, account.language),
        language_action: format!("/accounts/{id}/language?lang={lang}"),
    };
    ctx.render_as(status, "pages/account", &page)
}

async fn account(page: Page, id: IdPath<i64>) -> HttpResponse {
    page.serve(Action::ManageAccounts, async |ctx| account_page(ctx, *id, Outcome::default(), StatusCode::OK).await)
        .await
}

/// A form of the account pages: its anti-forgery token, and what else it holds.
trait AccountForm: serde::de::DeserializeOwned {
    fn csrf(&self) -> Option<&str>;
}

impl AccountForm for CsrfForm {
    fn csrf(&self) -> Option<&str> {
        self.csrf.as_deref()
    }
}

/// Runs an account form's change; its outcome, or its refusal, is shown on the account's page. The form is read once
/// the viewer may manage accounts.
async fn account_action<F: AccountForm>(
    page: Page,
    id: i64,
    form: Form<F>,
    change: impl AsyncFnOnce(&Ctx<'_>, F) -> Result<Outcome, ApiError>,
) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::ManageAccounts, async |ctx| {
        let form = form.read().await?;
        auth::check_csrf_for(ctx.req, &ctx.viewer, form.csrf())?;
        ctx.state.store.account_even_disabled(id).await?.ok_or(ApiError::NotFound)?;
        match change(ctx, form).await {
            Ok(outcome) => account_page(ctx, id, outcome, StatusCode::OK).await,
            Err(e) => match form_message(lang, &e) {
                Some(m) => {
                    let outcome = Outcome { errors: vec![m], ..Outcome::default() };
                    account_page(ctx, id, outcome, StatusCode::BAD_REQUEST).await
                }
                None => Err(e),
            },
        }
    })
    .await
}

async fn set_disabled(page: Page, id: i64, form: Form<CsrfForm>, disabled: bool) -> HttpResponse {
    account_action(page, id, form, async |ctx, _| {
        not_oneself(&ctx.viewer, id)?;
        ctx.state.store.set_account_disabled(id, disabled, &ctx.viewer.account.email).await?;
        let done = ctx.state.renderer.t(ctx.lang, if disabled { "admin.done_disabled" } else { "admin.done_enabled" });
        Ok(Outcome { done, ..Outcome::default() })
    })
    .await
}

async fn disable(page: Page, id: IdPath<i64>, form: Form<CsrfForm>) -> HttpResponse {
    set_disabled(page, *id, form, true).await
}

async fn enable(page: Page, id: IdPath<i64>, form: Form<CsrfForm>) -> HttpResponse {
    set_disabled(page, *id, form, false).await
}

#[derive(Debug, Deserialize)]
struct RoleForm {
    csrf: Option<String>,
    #[serde(default)]
    role: String,
    #[serde(default)]
    business_number: String,
}

async fn change_role(page: Page, id: IdPath<i64>, form: Form<RoleForm>) -> HttpResponse {
    let lang = page.lang;
    let id = *id;
    page.serve(Action::ManageAccounts, async |ctx| {
        let form = form.read().await?;
        auth::check_csrf_for(ctx.req, &ctx.viewer, form.csrf.as_deref())?;
        ctx.state.store.account_even_disabled(id).await?.ok_or(ApiError::NotFound)?;
        let attempt = async {
            not_oneself(&ctx.viewer, id)?;
            let (role, organisation) = role_and_organisation(&form.role, Some(&form.business_number))?;
            Ok::<_, ApiError>(ctx.state.store.change_role(id, role, organisation, &ctx.viewer.account.email).await?)
        }
        .await;
        match attempt {
            Ok(_) => {
                let outcome = Outcome { done: ctx.state.renderer.t(lang, "admin.done_role"), ..Outcome::default() };
                account_page(ctx, id, outcome, StatusCode::OK).await
            }
            Err(e) => match form_message(lang, &e) {
                Some(m) => {
                    let outcome = Outcome {
                        errors: vec![m],
                        business_number: Some(form.business_number.clone()),
                        role: Some(form.role.clone()),
                        ..Outcome::default()
                    };
                    account_page(ctx, id, outcome, StatusCode::BAD_REQUEST).await
                }
                None => Err(e),
            },
        }
    })
    .await
}

async fn start_reset(page: Page, id: IdPath<i64>, form: Form<CsrfForm>) -> HttpResponse {
    let id = *id;
    account_action(page, id, form, async |ctx, _| {
        let account = ctx.state.store.account_even_disabled(id).await?.ok_or(ApiError::NotFound)?;
        let issued = issue_code(ctx, &account).await?;
        Ok(Outcome { issued: Some(issued), ..Outcome::default() })
    })
    .await
}

async fn revoke_token(page: Page, path: IdPath<(i64, i64)>, form: Form<CsrfForm>) -> HttpResponse {
    let (id, token_id) = path.into_inner();
    account_action(page, id, form, async |ctx, _| {
        ctx.state.store.revoke_api_token(id, token_id, &ctx.viewer.account.email).await?;
        Ok(Outcome { done: ctx.state.renderer.t(ctx.lang, "admin.done_revoked"), ..Outcome::default() })
    })
    .await
}

// --- The language of an account's messages. ---

#[derive(Debug, Deserialize)]
struct LanguageForm {
    csrf: Option<String>,
    #[serde(default)]
    language: String,
}

impl AccountForm for LanguageForm {
    fn csrf(&self) -> Option<&str> {
        self.csrf.as_deref()
    }
}

/// An administrator sets the language of an account's messages.
async fn change_language(page: Page, id: IdPath<i64>, form: Form<LanguageForm>) -> HttpResponse {
    let id = *id;
    account_action(page, id, form, async |ctx, form| {
        let language = chosen_language(ctx.state.renderer.catalog(), &form.language)?;
        ctx.state.store.set_account_language(id, language, false, &ctx.viewer.account.email).await?;
        Ok(Outcome { done: ctx.state.renderer.t(ctx.lang, "account.done_language"), ..Outcome::default() })
    })
    .await
}

async fn my_account_page(
    ctx: &Ctx<'_>,
    errors: Vec<String>,
    done: String,
    status: StatusCode,
) -> Result<HttpResponse, ApiError> {
    let (state, lang) = (ctx.state, ctx.lang);
    // The account as stored now (the viewer was read at the start of the request).
    let account = state.store.account(ctx.viewer.account.id).await?.ok_or(ApiError::Unauthorized)?;
    let page = MyAccountPage {
        title: state.renderer.t(lang, "account.title"),
        csrf: ctx.chrome.csrf.clone(),
        account: row_with_language(state, lang, &account),
        languages: language_choices(state, lang, account.language),
        language_action: format!("/account/language?lang={lang}"),
        alerts: alerts_choice(state, lang, &account),
        errors,
        done,
    };
    ctx.render_as(status, "pages/my-account", &page)
}

/// The signed-in person's own account: who they are to the service, and the language of their messages.
async fn my_account(page: Page) -> HttpResponse {
    page.serve(Action::ReadDeclarations, async |ctx| {
        my_account_page(ctx, Vec::new(), String::new(), StatusCode::OK).await
    })
    .await
}

/// Anyone signed in sets the language of their own messages.
async fn my_language(page: Page, form: Form<LanguageForm>) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::ReadDeclarations, async |ctx| {
        let form = form.read().await?;
        auth::check_csrf_for(ctx.req, &ctx.viewer, form.csrf.as_deref())?;
        match chosen_language(ctx.state.renderer.catalog(), &form.language) {
            Ok(language) => {
                let me = &ctx.viewer.account;
                ctx.state.store.set_account_language(me.id, language, false, &me.email).await?;
                my_account_page(ctx, Vec::new(), ctx.state.renderer.t(lang, "account.done_language"), StatusCode::OK)
                    .await
            }
            Err(e) => {
                let errors = form_message(lang, &e).into_iter().collect();
                my_account_page(ctx, errors, String::new(), StatusCode::BAD_REQUEST).await
            }
        }
    })
    .await
}

/// Whether an account's role is told of new screening alerts at all (officers and auditors read them).
fn told_of_alerts(a: &Account) -> bool {
    auth::allows(a.role, Action::ReceiveScreeningAlerts)
}

/// The screening alerts' part of an officer's or an auditor's own page: what is the case, and the change offered.
fn alerts_choice(state: &AppState, lang: Lang, a: &Account) -> Option<AlertsChoice> {
    told_of_alerts(a).then(|| {
        let (now, value, button) = if a.screening_alerts {
            ("account.alerts_on", "off", "account.alerts_stop")
        } else {
            ("account.alerts_off", "on", "account.alerts_start")
        };
        AlertsChoice {
            now: state.renderer.t(lang, now),
            action: format!("/account/screening-alerts?lang={lang}"),
            value,
            button: state.renderer.t(lang, button),
        }
    })
}

/// What `/account/screening-alerts` takes: `on` or `off`.
#[derive(Debug, Deserialize)]
struct AlertsForm {
    csrf: Option<String>,
    #[serde(default)]
    alerts: String,
}

impl AccountForm for AlertsForm {
    fn csrf(&self) -> Option<&str> {
        self.csrf.as_deref()
    }
}

/// An officer or an auditor turns the e-mails of new screening alerts on or off for themselves (audited). The
/// alerts stay on the screening pages either way. Another role is refused (403) before anything is read; a value
/// other than `on` or `off` is refused on the page (400), naming it, and changes nothing.
async fn my_screening_alerts(page: Page, form: Form<AlertsForm>) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::ReceiveScreeningAlerts, async |ctx| {
        let form = form.read().await?;
        auth::check_csrf_for(ctx.req, &ctx.viewer, form.csrf.as_deref())?;
        let me = &ctx.viewer.account;
        let on = match form.alerts.trim() {
            "on" => true,
            "off" => false,
            other => {
                let v: String = other.chars().take(40).filter(|c| !c.is_control()).collect();
                let m = crate::domain::Message::new("account.refused.alerts").text("given", v);
                let e = ApiError::refused(ctx.state.renderer.catalog(), &m);
                let errors = form_message(lang, &e).into_iter().collect();
                return my_account_page(ctx, errors, String::new(), StatusCode::BAD_REQUEST).await;
            }
        };
        ctx.state.store.set_account_screening_alerts(me.id, on, &me.email).await?;
        let done = ctx.state.renderer.t(lang, if on { "account.done_alerts_on" } else { "account.done_alerts_off" });
        my_account_page(ctx, Vec::new(), done, StatusCode::OK).await
    })
    .await
}

// --- The audit log. ---

#[derive(Debug, Deserialize)]
struct AuditQuery {
    subject: Option<String>,
    /// The page of the log, newest first (1 the newest), as every paged list (`listing::page_of`).
    page: Option<u64>,
    /// Entries a page (default [`AUDIT_ROWS`]).
    per_page: Option<u64>,
}

/// How many entries a page shows by default, newest first: 100 keep the French page (the longest) near 160 KiB.
const AUDIT_ROWS: u64 = 100;

async fn audit(page: Page, query: Query<AuditQuery>) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::ReadAudit, async |ctx| {
        let subject: String = query.subject.as_deref().unwrap_or("").trim().chars().take(200).collect();
        let (number, per_page) = super::listing::page_of(query.page, query.per_page, AUDIT_ROWS)?;
        let offset = (number - 1).saturating_mul(per_page);
        let (entries, total) = ctx
            .state
            .store
            .audit_entries_page(Some(subject.as_str()).filter(|s| !s.is_empty()), per_page, offset)
            .await?;
        // The page's links keep the filter and the page size asked for: stable, shareable URLs.
        let mut kept: Vec<(&'static str, String)> = Vec::new();
        if !subject.is_empty() {
            kept.push(("subject", subject.clone()));
        }
        if let Some(n) = query.per_page {
            kept.push(("per_page", n.to_string()));
        }
        let pager = super::listing::pager(&kept, lang, number, per_page, entries.len(), total);
        let report = ctx.state.store.verify_audit().await?;
        let names = ctx.state.store.display_names().await?;
        let t = |k: &str| ctx.state.renderer.t(lang, k);
        let faults: HashMap<i64, &AuditFault> = report.problems.iter().map(|p| (p.seq, &p.fault)).collect();
        let problems = report
            .problems
            .iter()
            .map(|p| match &p.fault {
                AuditFault::Edited => t("admin.fault_edited").replace("{seq}", &p.seq.to_string()),
                AuditFault::Missing { expected_seq } => t("admin.fault_missing")
                    .replace("{seq}", &p.seq.to_string())
                    .replace("{expected}", &expected_seq.to_string()),
                AuditFault::Unchained => t("admin.fault_unchained").replace("{seq}", &p.seq.to_string()),
            })
            .collect();
        // The declarations the entries name (subjects, facts), by reference and supplier: one read, no document.
        let mut ids: Vec<i64> = entries
            .iter()
            .flat_map(|e| {
                let subject = e.subject.strip_prefix("declaration/").and_then(|n| n.parse().ok());
                let facts = ["declaration_id", "supersedes"].into_iter().filter_map(|k| e.payload.get(k)?.as_i64());
                subject.into_iter().chain(facts)
            })
            .collect();
        ids.sort_unstable();
        ids.dedup();
        let declarations: HashMap<i64, String> = ctx
            .state
            .store
            .declaration_summaries(&ids)
            .await?
            .iter()
            .map(|s| (s.id, crate::reports::admin::declaration_words(s)))
            .collect();
        let subject_records = ctx.state.store.audit_subject_records(entries.iter().map(|e| e.subject.as_str())).await?;
        let cat = ctx.state.renderer.catalog();
        let rows: Vec<AuditRow> = entries
            .into_iter()
            .map(|e| {
                let of_subject = e.subject.strip_prefix("declaration/").and_then(|n| n.parse::<i64>().ok());
                // A declaration's number and its assessment's (the entry's subject) are said by the declaration.
                let records = |key: &str, id: i64| match key {
                    "declaration_id" | "supersedes" => declarations.get(&id).cloned(),
                    "assessment_id" => of_subject.and_then(|d| declarations.get(&d)).cloned(),
                    _ => None,
                };
                let (subject_words, subject_href) = crate::reports::admin::audit_subject(
                    cat,
                    lang,
                    &e.subject,
                    &|id| declarations.get(&id).cloned(),
                    &subject_records,
                );
                let (actor, actor_email) = match names.get(&e.actor) {
                    Some(name) => (name.clone(), e.actor.clone()),
                    None => (actor_in_words(ctx.state, lang, &e.actor), String::new()),
                };
                AuditRow {
                    seq: e.seq,
                    at: crate::reports::admin::audit_moment(cat, lang, &e.at),
                    at_iso: e.at.clone(),
                    actor,
                    actor_email,
                    action_words: crate::reports::admin::audit_action_words(
                        ctx.state.renderer.catalog(),
                        lang,
                        &e.action,
                    ),
                    action: e.action,
                    subject: e.subject,
                    subject_words,
                    subject_href,
                    fact_words: crate::reports::admin::audit_facts_named(
                        cat,
                        lang,
                        &ctx.state.model,
                        &e.payload,
                        &records,
                    ),
                    facts: e.payload.to_string(),
                    hash: e.hash,
                    problem: match faults.get(&e.seq) {
                        Some(AuditFault::Edited) => t("admin.fault_short_edited"),
                        Some(AuditFault::Missing { .. }) => t("admin.fault_short_missing"),
                        Some(AuditFault::Unchained) => t("admin.fault_short_unchained"),
                        None => String::new(),
                    },
                }
            })
            .collect();
        let page = AuditPage {
            title: t("admin.audit_title"),
            intact: report.is_intact(),
            entries: report.entries,
            head_seq: report.head_seq,
            head_hash: report.head_hash.clone(),
            problems,
            shown: rows.len(),
            rows,
            pager,
            raw_href: format!(
                "/api/v1/audit?{}",
                serde_urlencoded::to_string([
                    ("subject", subject.as_str()),
                    ("limit", &per_page.to_string()),
                    ("offset", &offset.to_string())
                ])
                .unwrap_or_default()
            ),
            subject,
        };
        ctx.render("pages/audit", &page)
    })
    .await
}

// --- Setting a new password with a one-time code (no sign-in needed). ---

fn reset_page(
    state: &AppState,
    req: &HttpRequest,
    lang: Lang,
    status: StatusCode,
    code: &str,
    errors: Vec<String>,
    done: bool,
) -> Result<HttpResponse, ApiError> {
    let page = ResetPage {
        title: state.renderer.t(lang, "reset.title"),
        csrf: auth::csrf_token(&req.get_session())?,
        code: code.to_string(),
        errors,
        done,
        min_chars: crate::accounts::MIN_PASSWORD_CHARS,
    };
    let body = state.renderer.render("pages/password-reset", lang, &toggle_href(req, lang), &page)?;
    Ok(HttpResponse::build(status)
        .content_type("text/html; charset=utf-8")
        .insert_header((header::CACHE_CONTROL, "no-store"))
        .body(body))
}

async fn reset_form(req: HttpRequest, state: web::Data<AppState>, lang: RequestLang) -> HttpResponse {
    match reset_page(&state, &req, lang.0, StatusCode::OK, "", Vec::new(), false) {
        Ok(r) => r,
        Err(e) => error_response(&state, &req, &e),
    }
}

#[derive(Debug, Deserialize)]
struct ResetForm {
    csrf: Option<String>,
    #[serde(default)]
    code: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    repeat: String,
}

async fn reset_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    lang: RequestLang,
    form: Form<ResetForm>,
) -> HttpResponse {
    let lang = lang.0;
    let result = async {
        // The form is the person's own (no account yet): read at once, like the sign-in form.
        let form = form.read().await?;
        auth::check_csrf(&req.get_session(), form.csrf.as_deref())?;
        let t = |k: &str| state.renderer.t(lang, k);
        let code = form.code.trim().to_string();
        let min = crate::accounts::MIN_PASSWORD_CHARS;
        let mut errors = Vec::new();
        if code.is_empty() {
            errors.push(t("reset.bad_code"));
        }
        if form.password.chars().count() < min {
            errors.push(t("reset.too_short").replace("{min}", &min.to_string()));
        }
        if form.password != form.repeat {
            errors.push(t("reset.mismatch"));
        }
        if errors.is_empty() && !state.store.password_reset_usable(&code).await? {
            errors.push(t("reset.bad_code"));
        }
        if !errors.is_empty() {
            return reset_page(&state, &req, lang, StatusCode::BAD_REQUEST, &code, errors, false);
        }
        let password = form.password.clone();
        // Hashing is slow by design: off the async workers.
        let hash = web::block(move || crate::accounts::hash_password(&password))
            .await
            .map_err(ApiError::internal)?
            .map_err(ApiError::internal)?;
        match state.store.complete_password_reset(&code, &hash).await? {
            Ok(account) => {
                tracing::info!(account = account.id, "password set with a reset code");
                reset_page(&state, &req, lang, StatusCode::OK, "", Vec::new(), true)
            }
            Err(why) => {
                // One answer for every reason, so that a guesser learns nothing; the log tells them apart.
                tracing::info!(reason = ?why, "a reset code was refused");
                reset_page(&state, &req, lang, StatusCode::BAD_REQUEST, &code, vec![t("reset.bad_code")], false)
            }
        }
    }
    .await;
    match result {
        Ok(r) => r,
        Err(e) => super::params::public_refusal(&req, e).await,
    }
}

/// An actor of the audit log that is no account, in words: the command line (`cli`), the demo loader (`demo`) and
/// the screening of a declaration at intake (`screening`);
/// any other is shown as recorded.
fn actor_in_words(state: &AppState, lang: Lang, actor: &str) -> String {
    match actor {
        crate::storage::COMMAND_LINE => state.renderer.t(lang, "admin.actor_cli"),
        // The demo loader's records (`startup`), by this name.
        "demo" => state.renderer.t(lang, "admin.actor_demo"),
        crate::storage::SCREENING_AT_INTAKE => state.renderer.t(lang, "admin.actor_screening"),
        other => other.to_string(),
    }
}

// --- People by name in records kept by e-mail. ---

/// Every account's display name by its e-mail (`Store::display_names`), to name the people of records kept by
/// e-mail: cases and their entries, requests for information and their answers, evaluation notes.
pub(super) struct People(HashMap<String, String>);

impl People {
    /// Reads the names of every account.
    pub(super) async fn load(state: &AppState) -> Result<People, ApiError> {
        Ok(People(state.store.display_names().await?))
    }

    /// The display name of the account with this e-mail; an actor that is no account's e-mail (`demo`, `cli`), or an
    /// account without a name, stays as recorded.
    pub(super) fn name(&self, who: &str) -> String {
        self.0.get(who).cloned().unwrap_or_else(|| who.to_string())
    }
}

/// Names the people of a case (who opened it, who recorded each entry) by their accounts' display names.
pub(super) async fn name_people(
    state: &AppState,
    view: &mut crate::reports::casefile::CaseView,
) -> Result<(), ApiError> {
    let people = People::load(state).await?;
    view.opened_by = people.name(&view.opened_by);
    for r in &mut view.record {
        r.recorded_by = people.name(&r.recorded_by);
    }
    Ok(())
}
