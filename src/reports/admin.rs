//! View models of the administrators' pages (accounts, the audit log, password resets) and of the supplier's
//! receipt and standing. Every text is already in the page's language; templates only lay it out.

use serde::{Deserialize, Serialize};

use super::choice::Choice;

/// One account in a list or on its page (never its password hash).
#[derive(Debug, Clone, Serialize)]
pub struct AccountRow {
    pub id: i64,
    pub name: String,
    pub email: String,
    /// The role's code (`supplier` …) and its label in the page's language.
    pub role: String,
    pub role_label: String,
    /// A supplier's CRA business number (nine digits); empty for other roles.
    pub business_number: String,
    pub disabled: bool,
    /// The language of its messages in the page's language (`English`, `anglais` …); empty while not known.
    pub language_label: String,
}

/// What an administrator typed into the form that creates an account.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(default)]
pub struct AccountDraft {
    pub csrf: String,
    pub email: String,
    pub display_name: String,
    pub role: String,
    pub business_number: String,
}

/// A one-time password-reset code, shown once to the administrator who asked for it.
#[derive(Debug, Clone, Serialize)]
pub struct IssuedCode {
    /// Whose password it resets.
    pub name: String,
    pub email: String,
    pub code: String,
    /// `YYYY-MM-DD HH:MM UTC`.
    pub expires_at: String,
}

/// `/accounts`: every account, and the form that creates one.
#[derive(Debug, Clone, Serialize)]
pub struct AccountsPage {
    pub title: String,
    pub csrf: String,
    pub accounts: Vec<AccountRow>,
    pub roles: Vec<Choice>,
    pub draft: AccountDraft,
    pub errors: Vec<String>,
    /// The new account's first code (it has no password until it is used).
    pub issued: Option<IssuedCode>,
}

/// An API token as the account page lists it.
#[derive(Debug, Clone, Serialize)]
pub struct TokenRow {
    pub id: i64,
    pub name: String,
    pub created_at: String,
    /// When it was revoked; empty while it works.
    pub revoked_at: String,
}

/// `/accounts/{id}`: one account, its tokens and the forms that change it.
#[derive(Debug, Clone, Serialize)]
pub struct AccountPage {
    pub title: String,
    pub csrf: String,
    pub account: AccountRow,
    /// The administrator's own account: it cannot be disabled nor change role from here.
    pub own: bool,
    pub roles: Vec<Choice>,
    /// The business number in the role form (what was typed, when the form was refused).
    pub business_number: String,
    pub tokens: Vec<TokenRow>,
    pub errors: Vec<String>,
    /// What the last action did, in words.
    pub done: String,
    pub issued: Option<IssuedCode>,
    /// How long a reset code works, in hours.
    pub reset_hours: i64,
    /// The choices of the language of its messages, and where the choice is posted.
    pub languages: Vec<Choice>,
    pub language_action: String,
}

/// `/account`: the signed-in person's own account and the language of its messages.
#[derive(Debug, Clone, Serialize)]
pub struct MyAccountPage {
    pub title: String,
    pub csrf: String,
    pub account: AccountRow,
    /// The choices of the language of its messages, and where the choice is posted.
    pub languages: Vec<Choice>,
    pub language_action: String,
    pub errors: Vec<String>,
    /// What the last action did, in words.
    pub done: String,
}

/// An audit entry's action (`case.notice`, `account.created` …) in words of a language, from the catalogue's
/// `audit_action-*` messages; an action the catalogue does not name yet is given as recorded.
pub fn audit_action_words(cat: &super::Catalog, lang: crate::domain::Lang, action: &str) -> String {
    let key = format!("audit_action.{}", action.replace('.', "_"));
    if cat.has(&key) { cat.get(lang, &key).to_string() } else { action.to_string() }
}

/// One entry of the audit log as the page shows it.
#[derive(Debug, Clone, Serialize)]
pub struct AuditRow {
    pub seq: i64,
    pub at: String,
    /// The actor's name when it is an account's e-mail, else the actor as recorded (`demo`, `cli`).
    pub actor: String,
    pub actor_email: String,
    /// The action as recorded (`case.notice`), kept beside its words.
    pub action: String,
    /// The action in words of the page's language (`audit_action_words`).
    pub action_words: String,
    pub subject: String,
    /// The entry's facts, as compact JSON.
    pub facts: String,
    pub hash: String,
    /// The entry's verification problem, in words; empty when it verifies.
    pub problem: String,
}

/// `/audit`: the newest entries, the chain's verification and its head.
#[derive(Debug, Clone, Serialize)]
pub struct AuditPage {
    pub title: String,
    pub intact: bool,
    pub entries: u64,
    pub head_seq: i64,
    pub head_hash: String,
    pub problems: Vec<String>,
    pub rows: Vec<AuditRow>,
    /// The subject filter typed (`account/3`), or empty.
    pub subject: String,
    pub shown: usize,
}

/// `/password-reset`: the form where a person sets a new password with their one-time code.
#[derive(Debug, Clone, Serialize)]
pub struct ResetPage {
    pub title: String,
    pub csrf: String,
    /// The code typed (passwords are never sent back).
    pub code: String,
    pub errors: Vec<String>,
    /// The password was set: the page says so and links to the sign-in form.
    pub done: bool,
    pub min_chars: usize,
}

/// A declaration named in a receipt: its reference, date and when it was received.
#[derive(Debug, Clone, Serialize)]
pub struct ReceiptRef {
    pub id: i64,
    pub reference: String,
    /// The declaration's date in words in the page's language (`reports::dates::long_date`): receipts say it in
    /// sentences.
    pub declaration_date: String,
    pub received_at: String,
}

/// `/declarations/{id}/receipt`: the confirmation of a declaration received, printable.
#[derive(Debug, Clone, Serialize)]
pub struct ReceiptPage {
    pub title: String,
    pub declaration: ReceiptRef,
    pub supplier_name: String,
    pub business_number: String,
    pub solicitation_number: String,
    pub file_name: String,
    pub sha256: String,
    pub site_count: u32,
    /// The declaration this one replaces.
    pub supersedes: Option<ReceiptRef>,
    /// The declaration that has replaced this one since.
    pub superseded_by: Option<ReceiptRef>,
    /// The file was sent again: nothing new was stored and this is the first receipt.
    pub already_received: bool,
    /// When the page was produced, `YYYY-MM-DD HH:MM UTC`.
    pub printed_at: String,
    /// The declaration's assessment as stored, after screening at intake; `None` before it is scored.
    pub assessment: Option<ReceiptAssessment>,
}

/// The bands of a declaration's latest assessment as its receipt gives them (after screening at intake: a decision
/// already taken on a list entry naming one of its parties has applied).
#[derive(Debug, Clone, Serialize)]
pub struct ReceiptAssessment {
    /// `low`, `medium`, `high`, `critical` (the page's class), and its words in the page's language.
    pub forced_labour_band: String,
    pub forced_labour_label: String,
    pub child_labour_band: String,
    pub child_labour_label: String,
    pub finding_count: u32,
}

/// An open case of the supplier's, on its home page.
#[derive(Debug, Clone, Serialize)]
pub struct StandingCase {
    pub id: i64,
    pub title: String,
    pub contract_number: String,
    pub opened_on: String,
}

/// A notice to the supplier, with its deadline and where it stands.
#[derive(Debug, Clone, Serialize)]
pub struct StandingNotice {
    pub case_id: i64,
    pub event_id: i64,
    pub subject: String,
    pub sent_on: String,
    pub respond_by: String,
    /// `answered`, `overdue` or `open`, and its words.
    pub status: String,
    pub status_label: String,
}

/// A request for information to the supplier about one of its bids, with its deadline and where it stands.
#[derive(Debug, Clone, Serialize)]
pub struct StandingRequest {
    pub id: i64,
    pub subject: String,
    pub solicitation_number: String,
    /// Who asked: the officer's display name.
    pub requested_by: String,
    pub sent_on: String,
    pub respond_by: String,
    /// `answered`, `overdue` or `open`, and its words.
    pub status: String,
    pub status_label: String,
}

/// What the supplier's home page shows besides its declarations.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Standing {
    pub cases: Vec<StandingCase>,
    pub notices: Vec<StandingNotice>,
    /// The requests for information still awaiting an answer, the nearest deadline first.
    pub requests: Vec<StandingRequest>,
}

/// The supplier's page of its requests for information, open ones first.
#[derive(Debug, Clone, Serialize)]
pub struct RequestsPage {
    pub title: String,
    pub requests: Vec<StandingRequest>,
}

/// A reference number for a declaration received: `CHN-` + the year received + the declaration's number on six
/// digits (`CHN-2026-000042`). Unique because the number is; the year helps people read it on the phone.
pub fn reference(id: i64, received_at: chrono::DateTime<chrono::Utc>) -> String {
    format!("CHN-{}-{id:06}", received_at.format("%Y"))
}

#[cfg(test)]
pub(super) fn render_samples(r: &super::Renderer, lang: crate::domain::Lang) -> Vec<(&'static str, String)> {
    let row = |id: i64, disabled: bool| AccountRow {
        id,
        name: "Marc-André <Roy>".into(),
        email: "m@example.ca".into(),
        role: "supplier".into(),
        role_label: "Supplier".into(),
        business_number: "842310575".into(),
        disabled,
        language_label: if disabled { String::new() } else { "French".into() },
    };
    let roles = vec![Choice { value: "supplier".into(), label: "Supplier".into(), selected: true }];
    let issued = IssuedCode {
        name: "Cordages <Nord>".into(),
        email: "x@example.ca".into(),
        code: "chn_abc".into(),
        expires_at: "2026-11-30 12:00 UTC".into(),
    };
    let accounts = AccountsPage {
        title: "t".into(),
        csrf: "tok".into(),
        accounts: vec![row(1, false), row(2, true)],
        roles: roles.clone(),
        draft: AccountDraft::default(),
        errors: vec!["e".into()],
        issued: Some(issued.clone()),
    };
    let account = AccountPage {
        title: "t".into(),
        csrf: "tok".into(),
        account: row(1, true),
        own: false,
        roles,
        business_number: String::new(),
        tokens: vec![
            TokenRow { id: 1, name: "erp".into(), created_at: "x".into(), revoked_at: String::new() },
            TokenRow { id: 2, name: "old".into(), created_at: "x".into(), revoked_at: "y".into() },
        ],
        errors: vec!["e".into()],
        done: "d".into(),
        issued: Some(issued),
        reset_hours: 24,
        languages: vec![Choice { value: "fr".into(), label: "French".into(), selected: true }],
        language_action: "/accounts/1/language?lang=en".into(),
    };
    let mine = MyAccountPage {
        title: "t".into(),
        csrf: "tok".into(),
        account: row(3, false),
        languages: vec![Choice { value: "en".into(), label: "English".into(), selected: false }],
        language_action: "/account/language?lang=en".into(),
        errors: vec!["e".into()],
        done: "d".into(),
    };
    let audit = AuditPage {
        title: "t".into(),
        intact: false,
        entries: 2,
        head_seq: 2,
        head_hash: "ab".into(),
        problems: vec!["p".into()],
        rows: vec![AuditRow {
            seq: 1,
            at: "x".into(),
            actor: "Sam".into(),
            actor_email: "s@example.ca".into(),
            action: "account.created".into(),
            action_words: "Account created".into(),
            subject: "account/1".into(),
            facts: "{}".into(),
            hash: "ab".into(),
            problem: "edited".into(),
        }],
        subject: String::new(),
        shown: 1,
    };
    let reset = ResetPage {
        title: "t".into(),
        csrf: "tok".into(),
        code: String::new(),
        errors: vec!["e".into()],
        done: false,
        min_chars: 12,
    };
    let r1 = ReceiptRef {
        id: 1,
        reference: "CHN-2026-000001".into(),
        declaration_date: "d".into(),
        received_at: "r".into(),
    };
    let receipt = ReceiptPage {
        title: "t".into(),
        declaration: r1.clone(),
        supplier_name: "Cordages <Nord>".into(),
        business_number: "842310575".into(),
        solicitation_number: "W8486-240001/A".into(),
        file_name: "f.json".into(),
        sha256: "ab".into(),
        site_count: 3,
        supersedes: Some(r1.clone()),
        superseded_by: Some(r1),
        already_received: true,
        printed_at: "p".into(),
        assessment: Some(ReceiptAssessment {
            forced_labour_band: "critical".into(),
            forced_labour_label: "Critical".into(),
            child_labour_band: "low".into(),
            child_labour_label: "Low".into(),
            finding_count: 1,
        }),
    };
    vec![
        ("pages/accounts", r.render("pages/accounts", lang, "/", &accounts).unwrap()),
        ("pages/account", r.render("pages/account", lang, "/", &account).unwrap()),
        ("pages/my-account", r.render("pages/my-account", lang, "/", &mine).unwrap()),
        ("pages/audit", r.render("pages/audit", lang, "/", &audit).unwrap()),
        ("pages/password-reset", r.render("pages/password-reset", lang, "/", &reset).unwrap()),
        ("pages/receipt", r.render("pages/receipt", lang, "/", &receipt).unwrap()),
    ]
}
