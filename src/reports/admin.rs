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
    /// For an officer or an auditor: whether new screening alerts are told to them by e-mail, and where a change is
    /// posted. `None` for other roles, whom no alert is sent.
    pub alerts: Option<AlertsChoice>,
    pub errors: Vec<String>,
    /// What the last action did, in words.
    pub done: String,
}

/// Whether a person is sent screening alerts by e-mail, in words, and the one change they may make.
#[derive(Debug, Clone, Serialize)]
pub struct AlertsChoice {
    /// What is the case now ("New screening alerts are sent to you by e-mail.").
    pub now: String,
    /// Where the change is posted, and the value it posts (`on`, `off`).
    pub action: String,
    pub value: &'static str,
    /// The button's words ("Stop these e-mails").
    pub button: String,
}

/// An audit entry's action (`case.notice`, `account.created` …) in words of a language, from the catalogue's
/// `audit_action-*` messages; an action the catalogue does not name yet is given as recorded.
pub fn audit_action_words(cat: &super::Catalog, lang: crate::domain::Lang, action: &str) -> String {
    let key = format!("audit_action.{}", action.replace('.', "_"));
    if cat.has(&key) { cat.get(lang, &key).to_string() } else { action.to_string() }
}

/// One fact of an audit entry in words: its label and its value, in the page's language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AuditFact {
    pub label: String,
    pub value: String,
}

/// The keys of audit facts whose values are numbers that name a record (never grouped: `declaration 1234`).
const FACT_IDS: &[&str] = &[
    "id",
    "assessment_id",
    "contract_id",
    "event_id",
    "declaration_id",
    "answer_id",
    "note_id",
    "notice_seq",
    "supersedes",
    "edition",
    "hit",
    "hits",
    "restated",
    "older_than",
    "token_id",
    "version",
];

/// Where a coded value of a fact has its words in the catalogue, by the fact's key: the prefixes of the catalogue's
/// keys, tried in order (a `kind` is an evidence's or a contract's).
fn code_families(key: &str) -> &'static [&'static str] {
    match key {
        "band" => &["band."],
        "outcome" => &["outcome."],
        "allegation" => &["allegation."],
        "credibility" => &["credibility."],
        "indicators" => &["ilo."],
        "child_indicators" => &["child_indicator."],
        "instrument" => &["instrument."],
        "kind" => &["evidence_kind.", "contract_kind."],
        "language" | "from" | "to" => &["account.language_"],
        // Why hits changed state (`storage::screening::HitCause`), said as the entry's action says it.
        "cause" => &["audit_action.screening_hits_"],
        _ => &[],
    }
}

/// An audit entry's facts (its JSON payload) in words of a language: each fact as a label (the catalogue's
/// `audit_fact-KEY`; a key the catalogue does not name yet is given as recorded) and a value — codes in words (bands,
/// outcomes, ILO indicators, roles, lists, goods categories by `model`'s names …), yes or no, numbers by CLDR (record
/// numbers ungrouped, a contract's value as money), days and moments in words; a fact inside another is labelled
/// `Event › Outcome`, the items of a list of records numbered (`Attachment 2 › File`), in the order of the recorded
/// JSON (its keys sorted, as the hashed text holds them). Empty values (null, "", []) and an event's type (the
/// entry's action says it) are left out. The JSON stays what is recorded and hashed.
pub fn audit_facts(
    cat: &super::Catalog,
    lang: crate::domain::Lang,
    model: &crate::scoring::RiskModel,
    payload: &serde_json::Value,
) -> Vec<AuditFact> {
    audit_facts_named(cat, lang, model, payload, &|_, _| None)
}

/// [`audit_facts`], a record's number said by `records` where it names it (by the fact's key and the number: a
/// declaration by its reference and supplier, [`declaration_words`]); a number it does not name is given as recorded.
pub fn audit_facts_named(
    cat: &super::Catalog,
    lang: crate::domain::Lang,
    model: &crate::scoring::RiskModel,
    payload: &serde_json::Value,
    records: &dyn Fn(&str, i64) -> Option<String>,
) -> Vec<AuditFact> {
    let mut out = Vec::new();
    if let serde_json::Value::Object(map) = payload {
        walk_map(&Said { cat, lang, model, records }, &[], map, &mut out);
    }
    out
}

/// The facts of one recorded object, in its order. An entry's recorded name beside its key (`entry_name`,
/// `entry_key`: a screening hit's entry) is said as pages show it
/// ([`crate::reports::helpers::entry_label`]: an order naming no firm framed in the reader's language).
fn walk_map(
    said: &Said<'_>,
    path: &[String],
    map: &serde_json::Map<String, serde_json::Value>,
    out: &mut Vec<AuditFact>,
) {
    let entry_key = map.get("entry_key").and_then(serde_json::Value::as_str);
    for (key, value) in map {
        match (key.as_str(), value, entry_key) {
            ("entry_name", serde_json::Value::String(name), Some(entry_key)) => {
                let label = super::helpers::entry_label(said.cat, said.lang, name, entry_key);
                walk_fact(said, path, key, &serde_json::Value::String(label), out);
            }
            _ => walk_fact(said, path, key, value, out),
        }
    }
}

/// What a fact is said with: the catalogue, the language, the model's names and the records' names.
struct Said<'a> {
    cat: &'a super::Catalog,
    lang: crate::domain::Lang,
    model: &'a crate::scoring::RiskModel,
    records: &'a dyn Fn(&str, i64) -> Option<String>,
}

/// An audit entry's moment as recorded (RFC 3339, to the microsecond) in words of a language, to the minute
/// (`November 30, 2026, 1:54 p.m. UTC`); a text that is not a moment as it is.
pub fn audit_moment(cat: &super::Catalog, lang: crate::domain::Lang, at: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(at) {
        Ok(t) => super::dates::date_time(cat, lang, t.with_timezone(&chrono::Utc)),
        Err(_) => at.to_string(),
    }
}

/// A declaration as people name it: its reference and the supplier's legal name as the declaration gives it
/// (`CHN-2026-000015 — Vêtements Mistral S.E.N.C.`).
pub fn declaration_words(s: &crate::storage::DeclarationSummary) -> String {
    format!("{} — {}", reference(s.id, s.received_at), s.supplier_name)
}

/// An audit entry's subject (`declaration/15`, `case/2` …) in words of a language, and the page it links to (empty
/// when the record has none): a declaration by `declaration` (its [`declaration_words`]); a case, a contract, an
/// account, a request for information, a screening list's edition and a decision on a screening hit by what they are
/// about, from `records` (`Store::audit_subject_records`: the supplier and the case's title, the holder, the list and
/// its day, the party and the entry); a solicitation by its number. A record that cannot be named (removed, or not
/// read) is said by its kind and number; a subject of another form as recorded.
pub fn audit_subject(
    cat: &super::Catalog,
    lang: crate::domain::Lang,
    subject: &str,
    declaration: &dyn Fn(i64) -> Option<String>,
    records: &std::collections::HashMap<String, crate::storage::SubjectRecord>,
) -> (String, String) {
    use crate::storage::SubjectRecord as R;
    let say = |key: &str, args: &[(&str, String)]| {
        let mut a = fluent_bundle::FluentArgs::new();
        for (k, v) in args {
            a.set(*k, v.clone());
        }
        cat.format(lang, key, &a)
    };
    if let Some(number) = subject.strip_prefix("solicitation/") {
        let href = format!("/solicitations/{number}?lang={lang}");
        return (say("audit_subject.solicitation", &[("number", number.to_string())]), href);
    }
    let Some((kind, id)) = subject.split_once('/').and_then(|(k, n)| n.parse::<i64>().ok().map(|n| (k, n))) else {
        return (subject.to_string(), String::new());
    };
    let words = |key: &str| say(key, &[("id", id.to_string())]);
    // The contractor by its name on file, or by its business number when no declaration gave it one.
    let contractor = |name: &Option<String>, bn: &str| {
        name.clone().unwrap_or_else(|| say("audit_subject.business_number", &[("number", bn.to_string())]))
    };
    let record = records.get(subject);
    match kind {
        "declaration" => (
            declaration(id).unwrap_or_else(|| words("audit_subject.declaration")),
            format!("/declarations/{id}?lang={lang}"),
        ),
        "case" => (
            match record {
                Some(R::Case { title, contract_number, business_number, supplier }) => say(
                    "audit_subject.case_named",
                    &[
                        ("id", id.to_string()),
                        ("supplier", contractor(supplier, business_number)),
                        ("title", title.clone()),
                        ("contract", contract_number.clone()),
                    ],
                ),
                _ => words("audit_subject.case"),
            },
            format!("/cases/{id}?lang={lang}"),
        ),
        "contract" => (
            match record {
                Some(R::Contract { number, business_number, supplier }) => say(
                    "audit_subject.contract_named",
                    &[("number", number.clone()), ("supplier", contractor(supplier, business_number))],
                ),
                _ => words("audit_subject.contract"),
            },
            format!("/contracts/{id}?lang={lang}"),
        ),
        "account" => (
            match record {
                Some(R::Account { display_name, email }) => {
                    say("audit_subject.account_named", &[("name", display_name.clone()), ("email", email.clone())])
                }
                _ => words("audit_subject.account"),
            },
            format!("/accounts/{id}?lang={lang}"),
        ),
        "request" => (
            match record {
                Some(R::Request { subject, solicitation_number, business_number, supplier }) => say(
                    "audit_subject.request_named",
                    &[
                        ("id", id.to_string()),
                        ("supplier", contractor(supplier, business_number)),
                        ("subject", subject.clone()),
                        ("solicitation", solicitation_number.clone()),
                    ],
                ),
                _ => words("audit_subject.request"),
            },
            format!("/requests/{id}?lang={lang}"),
        ),
        "screening_edition" => (
            match record {
                Some(R::Edition { list, version, published_on }) => say(
                    "audit_subject.edition_named",
                    &[
                        ("list", list_name(list, lang)),
                        ("version", version.to_string()),
                        ("day", super::dates::long_date(cat, lang, *published_on)),
                    ],
                ),
                _ => words("audit_subject.edition"),
            },
            format!("/screening/editions/{id}?lang={lang}"),
        ),
        "screening_decision" => (
            match record {
                // An order naming no firm is said by its frame, not quoted as a name.
                Some(R::HitDecision { list, party_name, entry_name, entry_key, .. }) => say(
                    if crate::screening::parse::region_entry(entry_name, entry_key).is_some() {
                        "audit_subject.decision_region"
                    } else {
                        "audit_subject.decision_named"
                    },
                    &[
                        ("list", list_name(list, lang)),
                        ("party", party_name.clone()),
                        ("entry", super::helpers::entry_label(cat, lang, entry_name, entry_key)),
                    ],
                ),
                _ => words("audit_subject.decision"),
            },
            String::new(),
        ),
        "site_match" => (words("audit_subject.site_match"), String::new()),
        _ => (subject.to_string(), String::new()),
    }
}

/// A screening list's name in a language, by its code (`uflpa`); an unknown code as recorded.
fn list_name(code: &str, lang: crate::domain::Lang) -> String {
    match crate::screening::ListKind::from_name(code) {
        Some(kind) => {
            let (en, fr) = kind.names();
            if lang == crate::domain::Lang::Fr { fr } else { en }.to_string()
        }
        None => code.to_string(),
    }
}

/// The label of a fact's key in a language.
fn fact_label(cat: &super::Catalog, lang: crate::domain::Lang, key: &str) -> String {
    let k = format!("audit_fact.{key}");
    if cat.has(&k) { cat.get(lang, &k).to_string() } else { key.to_string() }
}

fn walk_fact(said: &Said<'_>, path: &[String], key: &str, value: &serde_json::Value, out: &mut Vec<AuditFact>) {
    use serde_json::Value;
    let (cat, lang) = (said.cat, said.lang);
    if key == "type" && !path.is_empty() {
        return;
    }
    let mut here = path.to_vec();
    here.push(fact_label(cat, lang, key));
    match value {
        Value::Null => {}
        Value::Object(map) => walk_map(said, &here, map, out),
        Value::Array(items) if items.iter().any(|v| v.is_object()) => {
            for (i, item) in items.iter().enumerate() {
                let mut numbered = path.to_vec();
                numbered.push(format!("{} {}", fact_label(cat, lang, key), i + 1));
                if let Value::Object(map) = item {
                    walk_map(said, &numbered, map, out);
                }
            }
        }
        Value::Array(items) => {
            let words: Vec<String> =
                items.iter().filter_map(|v| fact_value(said, key, v)).filter(|w| !w.is_empty()).collect();
            if !words.is_empty() {
                out.push(AuditFact { label: here.join(" › "), value: words.join(", ") });
            }
        }
        v => {
            if let Some(value) = fact_value(said, key, v).filter(|w| !w.is_empty()) {
                out.push(AuditFact { label: here.join(" › "), value });
            }
        }
    }
}

/// A scalar fact in words (see [`audit_facts`]).
fn fact_value(said: &Said<'_>, key: &str, v: &serde_json::Value) -> Option<String> {
    use serde_json::Value;
    let (cat, lang, model) = (said.cat, said.lang, said.model);
    match v {
        Value::Bool(b) => Some(cat.get(lang, if *b { "common.yes" } else { "common.no" }).to_string()),
        Value::Number(n) => {
            if FACT_IDS.contains(&key) {
                return Some(n.as_i64().and_then(|id| (said.records)(key, id)).unwrap_or_else(|| n.to_string()));
            }
            let x = n.as_f64()?;
            Some(match key {
                "value_cad" => super::helpers::format_money(lang, x),
                "score" => super::numbers::decimal(lang, x, 1),
                _ => match n.as_u64() {
                    Some(count) => super::numbers::count(lang, count),
                    None => super::numbers::shortest(lang, x, 2),
                },
            })
        }
        Value::String(text) => Some(text_value(cat, lang, model, key, text)),
        _ => None,
    }
}

/// A text fact in words: a code of the key's family, a role, a list, a goods category, a day or a moment; any
/// other text as recorded.
fn text_value(
    cat: &super::Catalog,
    lang: crate::domain::Lang,
    model: &crate::scoring::RiskModel,
    key: &str,
    text: &str,
) -> String {
    for family in code_families(key) {
        let k = format!("{family}{text}");
        if cat.has(&k) {
            return cat.get(lang, &k).to_string();
        }
    }
    match key {
        "role" => {
            if let Ok(role) = text.parse::<crate::domain::AccountRole>() {
                return role.label(lang).to_string();
            }
        }
        "list" => {
            if let Ok(list) = text.parse::<crate::screening::ListKind>() {
                let (en, fr) = list.names();
                return lang.pick(en, fr).to_string();
            }
        }
        // An edition's publisher and licence, recorded as the list's English defaults unless the importer gave
        // others: the defaults are said in the page's language (`ListKind::source_in`), what was given as given.
        "publisher" | "licence" => {
            use strum::IntoEnumIterator;
            for list in crate::screening::ListKind::iter() {
                let recorded = crate::screening::EditionSource {
                    publisher: text.to_string(),
                    address: String::new(),
                    licence: text.to_string(),
                    label: String::new(),
                    published_on: chrono::NaiveDate::MIN,
                };
                let (publisher, licence) = list.source_in(&recorded, lang);
                let said = if key == "publisher" { publisher } else { licence };
                if said != text {
                    return said;
                }
            }
        }
        "goods_category" => {
            if let Some(name) = model.category_name(text, lang) {
                return name.to_string();
            }
        }
        _ => {}
    }
    if let Ok(day) = text.parse::<chrono::NaiveDate>() {
        return super::dates::long_date(cat, lang, day);
    }
    if let Ok(at) = chrono::DateTime::parse_from_rfc3339(text) {
        return super::dates::date_time(cat, lang, at.with_timezone(&chrono::Utc));
    }
    text.to_string()
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
    /// The subject as recorded (`declaration/15`), for the filter's link.
    pub subject: String,
    /// The subject in words ([`audit_subject`]: `CHN-2026-000015 — Vêtements Mistral S.E.N.C.`) and its page.
    pub subject_words: String,
    pub subject_href: String,
    /// The moment as recorded (RFC 3339, for `<time datetime>`); `at` is it in words.
    pub at_iso: String,
    /// The entry's facts in words of the page's language, one label and value each ([`audit_facts`]).
    pub fact_words: Vec<AuditFact>,
    /// The entry's facts as recorded and hashed (compact JSON), for the raw view.
    pub facts: String,
    pub hash: String,
    /// The entry's verification problem, in words; empty when it verifies.
    pub problem: String,
}

/// `/audit`: one page of the entries, newest first (`pager`), the chain's verification and its head.
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
    /// Where this page stands in the log (entries `first` to `last` of `total`, newest first) and the links to the
    /// pages either side (`/audit?…&page=N`).
    pub pager: super::pager::Pager,
    /// The same entries as recorded (JSON, `/api/v1/audit`), for auditors who check them or keep them.
    pub raw_href: String,
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
    /// The declaration in force when it is not `superseded_by` (that one was replaced in turn): the last of the chain.
    pub in_force: Option<ReceiptRef>,
    /// The file was sent again: nothing new was stored and this is the first receipt.
    pub already_received: bool,
    /// When the page was produced, `YYYY-MM-DD HH:MM UTC`.
    pub printed_at: String,
    /// The declaration's assessment as stored, after screening at intake; `None` before it is scored.
    pub assessment: Option<ReceiptAssessment>,
    /// What the intake warned of while it read the file (a hidden row or sheet, a value read otherwise than shown,
    /// a name already on file …), each with its cell, field and message in the page's language: the file was
    /// stored all the same, and the supplier checks these cells.
    pub warnings: Vec<ReceiptWarning>,
}

/// One warning of the intake as a receipt lists it, in the page's language.
#[derive(Debug, Clone, Serialize)]
pub struct ReceiptWarning {
    /// The place as the file names it (`PlacesOfWork!I7`, a sheet, a JSON Pointer).
    pub location: String,
    /// The field's label, empty when the warning names none.
    pub field: String,
    pub message: String,
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
/// digits (`CHN-2026-000042`; `domain::receipt_reference`, which the declarations search reads back).
pub fn reference(id: i64, received_at: chrono::DateTime<chrono::Utc>) -> String {
    crate::domain::receipt_reference(id, received_at)
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
        expires_at: "November 30, 2026, 12:00 p.m. UTC".into(),
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
        alerts: Some(AlertsChoice {
            now: "n".into(),
            action: "/account/screening-alerts?lang=en".into(),
            value: "off",
            button: "b".into(),
        }),
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
            at: audit_moment(r.catalog(), lang, "2026-11-30T13:54:51.324677Z"),
            at_iso: "2026-11-30T13:54:51.324677Z".into(),
            actor: "Sam".into(),
            actor_email: "s@example.ca".into(),
            action: "account.created".into(),
            action_words: "Account created".into(),
            subject: "declaration/15".into(),
            subject_words: audit_subject(r.catalog(), lang, "declaration/15", &|_| None, &Default::default()).0,
            subject_href: "/declarations/15".into(),
            fact_words: vec![AuditFact { label: "E-mail".into(), value: "s@example.ca".into() }],
            facts: "{}".into(),
            hash: "ab".into(),
            problem: "edited".into(),
        }],
        subject: String::new(),
        shown: 1,
        pager: super::pager::Pager {
            first: 1,
            last: 1,
            total: 2,
            previous: None,
            next: Some("lang=en&page=2".into()),
            restart: None,
            last_page: None,
            pages: 2,
        },
        raw_href: "/api/v1/audit?subject=&limit=200&offset=0".into(),
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
        superseded_by: Some(r1.clone()),
        in_force: Some(r1),
        already_received: true,
        printed_at: "p".into(),
        assessment: Some(ReceiptAssessment {
            forced_labour_band: "critical".into(),
            forced_labour_label: "Critical".into(),
            child_labour_band: "low".into(),
            child_labour_label: "Low".into(),
            finding_count: 1,
        }),
        warnings: vec![ReceiptWarning {
            location: "PlacesOfWork!B7".into(),
            field: "Site name".into(),
            message: "Row 7 <hidden>".into(),
        }],
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Lang;

    fn facts(lang: Lang, payload: &serde_json::Value) -> Vec<(String, String)> {
        let cat = crate::reports::Catalog::embedded().unwrap();
        let model = crate::scoring::RiskModel::embedded().unwrap();
        audit_facts(&cat, lang, &model, payload).into_iter().map(|f| (f.label, f.value)).collect()
    }

    /// Every key the service records in an audit entry's facts: the types it serialises whole (a contract, each
    /// kind of case event), and the keys of the facts storage writes by hand (`storage::*`, `AuditEvent::new`).
    fn recorded_keys() -> Vec<String> {
        use crate::cases::*;
        fn keys(v: &serde_json::Value, out: &mut Vec<String>) {
            match v {
                serde_json::Value::Object(m) => {
                    for (k, v) in m {
                        out.push(k.clone());
                        keys(v, out);
                    }
                }
                serde_json::Value::Array(a) => a.iter().for_each(|v| keys(v, out)),
                _ => {}
            }
        }
        let day = chrono::NaiveDate::from_ymd_opt(2026, 11, 2).unwrap();
        let contract = Contract {
            number: "K".into(),
            kind: ContractKind::Contract,
            title: "T".into(),
            business_number: "842310575".into(),
            supplier_name: "S".into(),
            goods_category: "clothing".into(),
            value_cad: 1.0,
            awarded_on: day,
            ends_on: Some(day),
            overrides: vec![InstrumentOverride {
                instrument: Instrument::OriginOfWorkClause,
                in_force: true,
                reason: "r".into(),
            }],
        };
        let events = [
            CaseEvent::Evidence(Evidence {
                kind: EvidenceKind::Grievance,
                source: "s".into(),
                dated: day,
                allegation: Allegation::ForcedLabour,
                indicators: vec![IloIndicator::DebtBondage],
                child_indicators: vec![],
                credibility: Credibility::High,
                sites: vec!["1/A".into()],
                summary: "s".into(),
            }),
            CaseEvent::Notice(Notice {
                sent_on: Some(day),
                respond_by: day,
                subject: "s".into(),
                body: "b".into(),
                delivery: Some(Delivery { on: day, means: "m".into(), evidence: "e".into() }),
            }),
            CaseEvent::Response(Response { notice_seq: 1, received_on: Some(day), text: "t".into() }),
            CaseEvent::ActionPlan(ActionPlan {
                milestones: vec![Milestone { description: "d".into(), due: day, done_on: Some(day) }],
            }),
            CaseEvent::Decision(Decision {
                outcome: Outcome::Remediate,
                decided_on: day,
                rationale: "r".into(),
                isp_referral: true,
                remediation_not_possible_because: Some("b".into()),
            }),
        ];
        let mut out = Vec::new();
        keys(&serde_json::to_value(&contract).unwrap(), &mut out);
        for e in events {
            keys(
                &serde_json::json!({ "event_id": 1, "event": e, "attachments": [{"id": 1, "file_name": "f", "media_type": "m", "size": 1, "sha256": "h"}] }),
                &mut out,
            );
        }
        out.extend(
            [
                // declaration.stored, assessment.stored
                "file_name",
                "sha256",
                "supplier",
                "business_number",
                "solicitation",
                "declaration_date",
                "sites",
                "supersedes",
                "assessment_id",
                "model_version",
                "forced_labour",
                "child_labour",
                "score",
                "band",
                "findings",
                // case.opened, requests, answers, notes
                "contract_id",
                "title",
                "declaration_id",
                "solicitation_number",
                "subject",
                "body",
                "respond_by",
                "answer_id",
                "text",
                "note_id",
                // screening editions, hits closed, decisions; site matches
                "list",
                "version",
                "label",
                "publisher",
                "licence",
                "published_on",
                "entries",
                "added",
                "removed",
                "changed",
                "edition",
                "hits",
                "hit",
                "entry_key",
                "entry_name",
                "entry_hash",
                "party_key",
                "party_name",
                "confirmed",
                "note",
                "cause",
                "older_than",
                "restated",
                "key_a",
                "key_b",
                "same",
                // accounts, tokens, languages, password resets
                "email",
                "role",
                "language",
                "sessions_ended",
                "from",
                "to",
                "token_id",
                "name",
                "expires_at",
                "earlier_codes_withdrawn",
                "reset_started_by",
            ]
            .map(String::from),
        );
        out.retain(|k| k != "type");
        out.sort();
        out.dedup();
        out
    }

    /// The names screening records in its audit entries (a list's publisher and licence as its English defaults, the
    /// cause of hits opened or closed, the list, a decision) are said in the page's language, never as recorded in
    /// English or as codes; a publisher the importer named is kept as given.
    #[test]
    fn screening_s_recorded_names_are_said_in_the_page_s_language() {
        use strum::IntoEnumIterator;
        for list in crate::screening::ListKind::iter() {
            let (publisher, _, licence) = list.default_source();
            let (publisher_fr, licence_fr) = list.default_source_fr();
            let edition = serde_json::json!({"list": list, "version": 2, "label": "2026-10-20", "publisher": publisher,
                "licence": licence, "published_on": "2026-10-20", "file_name": "f.csv", "sha256": "ab", "entries": 7,
                "added": 1, "removed": 0, "changed": 0, "older_than": 12});
            let fr = facts(Lang::Fr, &edition);
            let value = |label: &str| fr.iter().find(|(l, _)| l == label).map(|(_, v)| v.clone());
            assert_eq!(value("Éditeur").as_deref(), Some(publisher_fr), "{fr:?}");
            assert_eq!(value("Licence").as_deref(), Some(licence_fr), "{fr:?}");
            assert_eq!(value("Liste").as_deref(), Some(list.names().1), "{fr:?}");
            assert_eq!(value("Remplace l'édition plus récente").as_deref(), Some("12"), "{fr:?}");
            let en = facts(Lang::En, &edition);
            assert!(en.contains(&("Publisher".to_string(), publisher.to_string())), "{en:?}");
        }
        let given = serde_json::json!({"publisher": "Ministère de l'Intérieur", "licence": "Licence ouverte"});
        assert_eq!(facts(Lang::En, &given)[0].1, "Licence ouverte", "given, kept as given");
        for cause in [
            "opened_entry_added",
            "opened_entry_changed",
            "reopened",
            "decision_remembered",
            "closed_entry_removed",
            "closed_entry_changed",
            "closed_superseded",
        ] {
            let hits = serde_json::json!({"list": "cbp_wro", "cause": cause, "hits": [3, 4]});
            for lang in [Lang::En, Lang::Fr] {
                let said = facts(lang, &hits);
                assert!(said.iter().all(|(l, v)| !v.contains(cause) && !l.contains("cause")), "{lang}: {said:?}");
            }
            let fr = facts(Lang::Fr, &hits);
            assert!(fr.iter().any(|(l, v)| l == "Motif du changement" && v.starts_with("Correspondances")), "{fr:?}");
        }
        let restated = serde_json::json!({"list": "uflpa", "edition": 4, "hits": [9], "restated": [10]});
        let fr = facts(Lang::Fr, &restated);
        assert!(fr.contains(&("Correspondances ramenées à la décision".to_string(), "10".to_string())), "{fr:?}");
    }

    #[test]
    fn every_fact_the_service_records_has_a_label_in_both_languages() {
        let cat = crate::reports::Catalog::embedded().unwrap();
        let missing: Vec<String> =
            recorded_keys().into_iter().filter(|k| !cat.has(&format!("audit_fact.{k}"))).collect();
        assert!(missing.is_empty(), "facts without a label: {missing:?}");
    }

    #[test]
    fn an_audit_entry_s_facts_are_said_in_words_in_the_reader_s_language() {
        let event = serde_json::json!({
            "event_id": 7,
            "event": {"type": "decision", "outcome": "terminate_for_default", "decided_on": "2026-11-02",
                      "rationale": "Passports withheld.", "isp_referral": true},
            "attachments": [{"id": 3, "file_name": "audit.pdf", "media_type": "application/pdf", "size": 12500,
                             "sha256": "ab12"}],
        });
        let fr = facts(Lang::Fr, &event);
        let has = |label: &str, value: &str| fr.iter().any(|(l, v)| l == label && v == value);
        assert!(has("Entrée", "7"), "{fr:?}");
        assert!(has("Événement › Issue", "Résiliation pour manquement"), "{fr:?}");
        assert!(has("Événement › Date de la décision", "2 novembre 2026"), "{fr:?}");
        assert!(has("Événement › Renvoi selon la Politique d'inadmissibilité et de suspension", "Oui"), "{fr:?}");
        let size = fr.iter().find(|(l, _)| l == "Pièce jointe 1 › Taille (octets)").unwrap();
        assert_eq!(size.1.replace(['\u{a0}', '\u{202f}'], " "), "12 500", "{fr:?}");
        assert!(!fr.iter().any(|(l, _)| l.contains("type")), "an event's type is the entry's action: {fr:?}");
        let contract = serde_json::json!({"number": "K-1", "kind": "standing_offer", "goods_category": "ppe_gloves",
            "value_cad": 1250000.5, "awarded_on": "2026-12-01", "ends_on": null, "overrides": []});
        let en = facts(Lang::En, &contract);
        assert_eq!(
            en,
            [
                ("Award".to_string(), "December 1, 2026".to_string()),
                ("Goods category".into(), "PPE: gloves".into()),
                ("Kind".into(), "Standing offer".into()),
                ("Number".into(), "K-1".into()),
                ("Value".into(), "$1,250,000.50".into()),
            ]
        );
        let fr = facts(Lang::Fr, &contract);
        assert!(fr.contains(&("Catégorie de biens".to_string(), "EPI\u{a0}: gants".to_string())), "{fr:?}");
        assert!(fr.contains(&("Attribution".to_string(), "1er décembre 2026".to_string())), "{fr:?}");
        let role = serde_json::json!({"email": "a@example.ca", "from": {"role": "officer"}, "to": {"role": "auditor"},
            "assessment_id": 1234, "forced_labour": {"score": 34.25, "band": "medium"}, "language": "fr",
            "expires_at": "2026-11-30T16:14:03.123456Z", "list": "uflpa"});
        let fr = facts(Lang::Fr, &role);
        for (label, value) in fr.iter() {
            assert!(!value.contains('_') && !value.contains("2026-11"), "{label}: {value}");
        }
        assert!(fr.iter().any(|(l, v)| l == "Évaluation" && v == "1234"), "record numbers are not grouped: {fr:?}");
        assert!(fr.iter().any(|(l, v)| l == "Travail forcé › Note" && v == "34,3"), "{fr:?}");
        assert!(fr.iter().any(|(l, v)| l == "Travail forcé › Niveau" && v == "Moyen"), "{fr:?}");
        assert!(fr.iter().any(|(l, v)| l == "Langue des messages" && v == "français"), "{fr:?}");
        assert!(
            fr.iter()
                .any(|(l, v)| l == "Expiration" && v.replace('\u{a0}', " ").starts_with("30 novembre 2026, 16 h 14")),
            "{fr:?}"
        );
    }
}
