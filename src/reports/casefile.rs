//! View models of contracts and compliance cases, shared by the case pages and the dossier: the contract with its
//! instruments, the case's record as labelled lines, the pre-termination checklist, and the choices of the forms.
//! Days in table columns are ISO 8601 (YYYY-MM-DD) in both languages, as the Government of Canada's all-numeric
//! date standard has it; days the record says in its lines, as sentences, are in words (`reports::dates`).

use chrono::NaiveDate;
use serde::Serialize;
use strum::IntoEnumIterator;

use super::Catalog;
use super::helpers::format_money;
pub use super::views::Choice;
use crate::cases::attachments::AttachmentInfo;
use crate::cases::{
    self, Allegation, CaseEvent, ChildLabourIndicator, Credibility, EvidenceKind, IloIndicator, NoticeStatus, Outcome,
};
use crate::domain::{FiscalYear, Lang, Message};
use crate::storage::{StoredCase, StoredContract};

/// A label from the catalogue for an enumeration's value: `{section}.{code}`.
pub fn label(cat: &Catalog, lang: Lang, section: &str, code: &str) -> String {
    cat.get(lang, &format!("{section}.{code}")).to_string()
}

/// Every catalogue key the enumerations of a case need (a test checks both catalogues have them).
pub fn enum_keys() -> Vec<String> {
    let mut keys = Vec::new();
    keys.extend(cases::ContractKind::iter().map(|k| format!("contract_kind.{}", k.as_ref())));
    keys.extend(cases::Instrument::iter().map(|k| format!("instrument.{}", k.as_ref())));
    keys.extend(EvidenceKind::iter().map(|k| format!("evidence_kind.{}", k.as_ref())));
    keys.extend(IloIndicator::iter().map(|k| format!("ilo.{}", k.as_ref())));
    keys.extend(ChildLabourIndicator::iter().map(|k| format!("child_indicator.{}", k.as_ref())));
    keys.extend(Allegation::iter().map(|k| format!("allegation.{}", k.as_ref())));
    keys.extend(Credibility::iter().map(|k| format!("credibility.{}", k.as_ref())));
    keys.extend(Outcome::iter().map(|k| format!("outcome.{}", k.as_ref())));
    keys
}

/// A contract as pages show it.
#[derive(Debug, Clone, Serialize)]
pub struct ContractView {
    pub id: i64,
    pub number: String,
    pub kind: String,
    pub title: String,
    pub supplier_name: String,
    pub business_number: String,
    pub goods_category: String,
    pub value: String,
    pub awarded_on: String,
    pub ends_on: String,
    pub fiscal_year: String,
    pub instruments: Vec<InstrumentRow>,
    pub cases: Vec<i64>,
    pub case_count: usize,
    /// Why the supplier is ineligible, in words (a confirmed PSPC ineligibility in force on one of its current
    /// declarations); `None` when it is not, or not looked up.
    pub ineligibility: Option<String>,
    /// The confirmed forced-labour hits carried by the latest assessments of the supplier's current declarations,
    /// in words, one line each (the site and the list entry that makes it critical); empty when none, or not looked
    /// up.
    pub forced_labour: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct InstrumentRow {
    pub label: String,
    pub in_force: bool,
    pub overridden: bool,
    pub reason: String,
}

/// The view of a contract; `category` names its goods category in both languages (the page shows the one of
/// `lang`).
pub fn contract_view(
    cat: &Catalog,
    lang: Lang,
    c: &StoredContract,
    category: cases::CategoryName<'_>,
    case_ids: Vec<i64>,
) -> ContractView {
    let k = &c.contract;
    let category_label = if lang == Lang::Fr { category.fr } else { category.en };
    ContractView {
        id: c.id,
        number: k.number.clone(),
        kind: label(cat, lang, "contract_kind", k.kind.as_ref()),
        title: k.title.clone(),
        supplier_name: k.supplier_name.clone(),
        business_number: k.business_number.clone(),
        goods_category: category_label.to_string(),
        value: format_money(lang, k.value_cad),
        awarded_on: k.awarded_on.to_string(),
        ends_on: k.ends_on.map(|d| d.to_string()).unwrap_or_default(),
        fiscal_year: FiscalYear::containing(k.awarded_on).label(),
        instruments: cases::instruments(k, category, &|lang, m| cat.say(lang, m))
            .into_iter()
            .map(|s| InstrumentRow {
                label: label(cat, lang, "instrument", s.instrument.as_ref()),
                in_force: s.in_force,
                overridden: s.overridden,
                reason: if lang == Lang::Fr { s.reason_fr } else { s.reason_en },
            })
            .collect(),
        case_count: case_ids.len(),
        cases: case_ids,
        ineligibility: None,
        forced_labour: Vec::new(),
    }
}

/// The declaration and site an evidence reference (`declaration id/site reference`) names, to say them in words;
/// a reference of another form is the site's whole reference, with no declaration.
pub fn reference_parts(reference: &str) -> (Option<i64>, String) {
    match reference.split_once('/') {
        Some((id, site)) => match id.trim().parse::<i64>() {
            Ok(id) => (Some(id), site.to_string()),
            Err(_) => (None, reference.to_string()),
        },
        None => (None, reference.to_string()),
    }
}

/// A site an evidence item concerns, linked to its facility in the national graph when it is there.
#[derive(Debug, Clone, Serialize)]
pub struct SiteLink {
    /// `declaration id/site reference`, as stored.
    pub reference: String,
    /// The declaration the reference names (`None`: the reference is not `id/site`), said in words by the pages.
    pub declaration_id: Option<i64>,
    /// The site's reference in that declaration (the whole reference when it is not `id/site`).
    pub site_ref: String,
    pub name: String,
    /// Where the site is, in words: address, city, region, postal code and country name in the reader's language
    /// (empty when the reference names no site found), so that a reader without the service knows the facility.
    pub place: String,
    /// Its Open Supply Hub ID, when the declaration gives one (empty otherwise).
    pub os_id: String,
    /// The facility's id in the national graph, when the site is in it.
    pub facility: Option<String>,
    /// Its page in the service (`/graph/sites/{id}`); empty when it has none and in the dossier, which is
    /// read offline and names the facility in words instead.
    pub href: String,
}

/// One labelled line of a record entry.
#[derive(Debug, Clone, Serialize)]
pub struct Line {
    pub label: String,
    pub value: String,
}

/// One entry of a case's record.
#[derive(Debug, Clone, Serialize)]
pub struct RecordRow {
    pub id: i64,
    /// `evidence`, `notice`, `response`, `action_plan` or `decision`.
    pub kind: String,
    pub heading: String,
    pub recorded_by: String,
    pub recorded_at: String,
    pub overdue: bool,
    pub lines: Vec<Line>,
    pub sites: Vec<SiteLink>,
    /// Files attached to this entry, with their SHA-256.
    pub attachments: Vec<AttachmentRow>,
}

/// A file attached to a record entry as pages and the dossier list it.
#[derive(Debug, Clone, Serialize)]
pub struct AttachmentRow {
    pub id: i64,
    pub file_name: String,
    pub media_type: String,
    /// The size in the reader's language (`1.2 MB`, `1,2 Mo`).
    pub size: String,
    pub sha256: String,
    /// Where to download it (empty in the dossier, which stands alone).
    pub href: String,
}

/// A notice as the case page lists it for the supplier and the auditor.
#[derive(Debug, Clone, Serialize)]
pub struct NoticeRow {
    pub id: i64,
    pub number: u32,
    pub subject: String,
    pub sent_on: String,
    pub respond_by: String,
    /// `answered`, `open` or `overdue`.
    pub status: String,
    pub status_label: String,
}

fn size_label(lang: Lang, bytes: i64) -> String {
    let (unit_kb, unit_mb) = if lang == Lang::Fr { ("Ko", "Mo") } else { ("KB", "MB") };
    #[allow(clippy::cast_precision_loss)] // file sizes are far below 2^52 bytes
    let b = bytes as f64;
    if b < 1024.0 * 1024.0 {
        format!("{} {unit_kb}", super::helpers::format_number(lang, (b / 1024.0).max(0.1), 1))
    } else {
        format!("{} {unit_mb}", super::helpers::format_number(lang, b / (1024.0 * 1024.0), 1))
    }
}

/// A line of the pre-termination checklist.
#[derive(Debug, Clone, Serialize)]
pub struct CheckRow {
    pub met: bool,
    pub text: String,
}

/// A notice a supplier may answer.
#[derive(Debug, Clone, Serialize)]
pub struct NoticeChoice {
    pub id: i64,
    pub label: String,
}

/// A case as pages and the dossier show it.
#[derive(Debug, Clone, Serialize)]
pub struct CaseView {
    pub id: i64,
    pub title: String,
    pub opened_by: String,
    pub opened_on: String,
    pub contract: ContractView,
    pub record: Vec<RecordRow>,
    /// `None` for a supplier (it sees notices, its responses and the decision only).
    pub checklist: Option<Vec<CheckRow>>,
    pub grounds_met: bool,
    pub overdue: usize,
    pub decided: bool,
    /// Notices of this case, for the response form.
    pub notices: Vec<NoticeChoice>,
    /// Notices of this case with their dates and status.
    pub notice_rows: Vec<NoticeRow>,
}

fn yes_no(cat: &Catalog, lang: Lang, b: bool) -> String {
    cat.get(lang, if b { "common.yes" } else { "common.no" }).to_string()
}

fn record_row(
    cat: &Catalog,
    lang: Lang,
    e: &crate::storage::StoredCaseEvent,
    notices: &[NoticeStatus],
    site: &dyn Fn(&str) -> SiteLink,
    attachments: &[AttachmentInfo],
    case_id: i64,
) -> RecordRow {
    let number =
        |id: i64| notices.iter().find(|n| n.id == id).map_or_else(|| "?".to_string(), |n| n.number.to_string());
    let t = |k: &str| cat.get(lang, k).to_string();
    let line = |k: &str, v: String| Line { label: t(k), value: v };
    // The record's lines are read as sentences (`Sent on: November 2, 2026`): days in words.
    let day = |d: NaiveDate| super::dates::long_date(cat, lang, d);
    let mut sites = Vec::new();
    let (heading, lines) = match &e.event {
        CaseEvent::Evidence(ev) => {
            sites = ev.sites.iter().map(|s| site(s)).collect();
            let mut indicators: Vec<String> =
                ev.indicators.iter().map(|i| label(cat, lang, "ilo", i.as_ref())).collect();
            indicators.extend(ev.child_indicators.iter().map(|i| label(cat, lang, "child_indicator", i.as_ref())));
            let mut lines = vec![
                line("allegation.label", label(cat, lang, "allegation", ev.allegation.as_ref())),
                line("case.source", ev.source.clone()),
                line("case.dated", day(ev.dated)),
                line("case.credibility", label(cat, lang, "credibility", ev.credibility.as_ref())),
                line(
                    "notice.indicators",
                    if indicators.is_empty() {
                        t("case.none")
                    } else {
                        indicators.join(cat.get(lang, "list.separator"))
                    },
                ),
            ];
            if !ev.summary.trim().is_empty() {
                lines.push(line("case.summary", ev.summary.clone()));
            }
            (label(cat, lang, "evidence_kind", ev.kind.as_ref()), lines)
        }
        CaseEvent::Notice(n) => {
            let status = notices.iter().find(|s| s.id == e.id);
            let mut lines = Vec::new();
            if let Some(s) = status {
                lines.push(line("case.sent_on", day(s.sent_on)));
                lines.push(line("case.respond_by", day(s.respond_by)));
                if s.written_respond_by < s.respond_by {
                    lines.push(Line {
                        label: t("notice.extended"),
                        value: t("notice.extended_text")
                            .replace("{written}", &day(s.written_respond_by))
                            .replace("{policy}", &s.policy),
                    });
                }
            }
            if let Some(d) = &n.delivery {
                lines.push(line("notice.delivery", format!("{} — {} ({})", day(d.on), d.means, d.evidence)));
            }
            lines.push(line("case.body", n.body.clone()));
            (t("notice.heading").replace("{number}", &number(e.id)).replace("{subject}", &n.subject), lines)
        }
        CaseEvent::Response(r) => (
            t("notice.response_heading").replace("{number}", &number(r.notice_seq)),
            vec![
                line("case.received_on", day(r.received_on.unwrap_or_else(|| e.recorded_at.date_naive()))),
                line("case.text", r.text.clone()),
            ],
        ),
        CaseEvent::ActionPlan(p) => (
            t("case.plan_heading"),
            p.milestones
                .iter()
                .map(|m| Line {
                    label: day(m.due),
                    value: match m.done_on {
                        Some(d) => {
                            format!("{} — {}", m.description, t("case.done_on").replace("{date}", &day(d)))
                        }
                        None => m.description.clone(),
                    },
                })
                .collect(),
        ),
        CaseEvent::Decision(d) => {
            (t("case.decision_heading").replace("{outcome}", &label(cat, lang, "outcome", d.outcome.as_ref())), {
                let mut lines =
                    vec![line("case.decided_on", day(d.decided_on)), line("case.rationale", d.rationale.clone())];
                if let Some(why) = d.remediation_impossible() {
                    lines.push(line("case.remediation_not_possible_because", why.to_string()));
                }
                lines.push(line("case.isp_referral", yes_no(cat, lang, d.isp_referral)));
                lines
            })
        }
    };
    RecordRow {
        id: e.id,
        kind: e.event.kind().to_string(),
        heading,
        recorded_by: e.recorded_by_name.clone(),
        recorded_at: super::dates::date_time(cat, lang, e.recorded_at),
        overdue: notices.iter().any(|n| n.id == e.id && n.overdue),
        lines,
        sites,
        attachments: attachments
            .iter()
            .filter(|a| a.event_id == e.id)
            .map(|a| AttachmentRow {
                id: a.id,
                file_name: a.file_name.clone(),
                media_type: a.media_type.clone(),
                size: size_label(lang, a.size),
                sha256: a.sha256.clone(),
                href: format!("/cases/{case_id}/attachments/{}", a.id),
            })
            .collect(),
    }
}

/// The view of a case (with its contract, stored and as shown) on a day; `full` for the portfolio roles (evidence and checklist), else the supplier's view;
/// `site` resolves an evidence item's site reference; `attachments` are the case's files (those of entries the viewer
/// does not see are left out with their entries).
#[allow(clippy::too_many_arguments)] // each is a different part of the case; a struct would only rename them
pub fn case_view(
    cat: &Catalog,
    lang: Lang,
    case: &StoredCase,
    (stored_contract, contract): (&StoredContract, ContractView),
    today: NaiveDate,
    full: bool,
    site: &dyn Fn(&str) -> SiteLink,
    attachments: &[AttachmentInfo],
) -> CaseView {
    let record = case.record();
    let statuses = cases::notices(&record, today, lang == Lang::Fr);
    let visible =
        |e: &CaseEvent| full || matches!(e, CaseEvent::Notice(_) | CaseEvent::Response(_) | CaseEvent::Decision(_));
    let say = |lang, m: &crate::domain::Message| cat.say(lang, m);
    let checklist = full.then(|| cases::checklist_worded(&stored_contract.contract, &record, today, &say));
    CaseView {
        id: case.id,
        title: case.title.clone(),
        opened_by: case.opened_by_name.clone(),
        opened_on: case.opened_at.format("%Y-%m-%d").to_string(),
        contract,
        record: case
            .events
            .iter()
            .filter(|e| visible(&e.event))
            .map(|e| record_row(cat, lang, e, &statuses, site, attachments, case.id))
            .collect(),
        grounds_met: checklist.as_deref().is_some_and(cases::grounds_met),
        checklist: checklist.map(|c| {
            c.into_iter().map(|c| CheckRow { met: c.met, text: if lang == Lang::Fr { c.fr } else { c.en } }).collect()
        }),
        overdue: statuses.iter().filter(|n| n.overdue).count(),
        decided: record.iter().any(|e| matches!(e.event, CaseEvent::Decision(_))),
        notice_rows: statuses
            .iter()
            .map(|n| {
                let status = if n.answered {
                    "answered"
                } else if n.deadline_passed {
                    "overdue"
                } else {
                    "open"
                };
                NoticeRow {
                    id: n.id,
                    number: n.number,
                    subject: n.subject.clone(),
                    sent_on: n.sent_on.to_string(),
                    respond_by: n.respond_by.to_string(),
                    status: status.into(),
                    status_label: cat.get(lang, &format!("notice.status_{status}")).to_string(),
                }
            })
            .collect(),
        notices: statuses
            .iter()
            .map(|n| NoticeChoice {
                id: n.id,
                label: cat
                    .get(lang, "notice.choice")
                    .replace("{number}", &n.number.to_string())
                    .replace("{subject}", &n.subject)
                    .replace("{date}", &super::dates::long_date(cat, lang, n.respond_by)),
            })
            .collect(),
    }
}

fn choices<T: AsRef<str>>(
    cat: &Catalog,
    lang: Lang,
    section: &str,
    all: impl Iterator<Item = T>,
    chosen: &[String],
) -> Vec<Choice> {
    all.map(|v| {
        let code = v.as_ref().to_string();
        Choice { label: label(cat, lang, section, &code), selected: chosen.contains(&code), value: code }
    })
    .collect()
}

/// A form field as sent, empty or not (a field sent twice as its values joined by a comma, which no check takes):
/// the reader of forms takes an empty value for none, which a box's field must not.
fn as_sent<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<String>, D::Error> {
    let values = <Vec<String> as serde::Deserialize>::deserialize(d)?;
    Ok(match values.as_slice() {
        [] => None,
        [one] => Some(one.clone()),
        _ => Some(values.join(",")),
    })
}

/// What a user typed into one of the case forms, kept when the form is refused so nothing is lost.
#[derive(Debug, Clone, Default, Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Draft {
    /// Which form: `evidence`, `notice`, `response`, `action_plan`, `decision`.
    #[serde(rename = "type")]
    pub kind: String,
    pub evidence_kind: String,
    pub source: String,
    pub dated: String,
    pub credibility: String,
    pub allegation: String,
    pub indicators: Vec<String>,
    pub child_indicators: Vec<String>,
    pub sites: Vec<String>,
    pub summary: String,
    /// A documented delivery before the notice is recorded: its day, means and evidence.
    pub delivered_on: String,
    pub delivery_means: String,
    pub delivery_evidence: String,
    pub respond_by: String,
    pub subject: String,
    pub body: String,
    pub notice_seq: String,
    pub text: String,
    pub milestones: String,
    pub outcome: String,
    pub decided_on: String,
    pub rationale: String,
    /// The referral box: absent when not ticked, `true` when ticked (its value); anything else — `on`, `yes`, an
    /// empty value, the field twice — is refused by name, never read as unticked.
    #[serde(deserialize_with = "as_sent")]
    pub isp_referral: Option<String>,
    pub remediation_not_possible_because: String,
}

/// The choices of the case forms, marked with what the draft chose.
#[derive(Debug, Clone, Serialize)]
pub struct FormChoices {
    pub evidence_kinds: Vec<Choice>,
    pub indicators: Vec<Choice>,
    pub child_indicators: Vec<Choice>,
    pub allegations: Vec<Choice>,
    pub credibility: Vec<Choice>,
    pub outcomes: Vec<Choice>,
    /// Sites of the supplier's current declarations (`declaration id/site reference`).
    pub sites: Vec<Choice>,
}

/// The form choices; `sites` are (reference, label) of the supplier's sites.
pub fn form_choices(cat: &Catalog, lang: Lang, draft: &Draft, sites: Vec<(String, String)>) -> FormChoices {
    let one = |s: &str| vec![s.to_string()];
    FormChoices {
        evidence_kinds: choices(cat, lang, "evidence_kind", EvidenceKind::iter(), &one(&draft.evidence_kind)),
        indicators: choices(cat, lang, "ilo", IloIndicator::iter(), &draft.indicators),
        child_indicators: choices(cat, lang, "child_indicator", ChildLabourIndicator::iter(), &draft.child_indicators),
        allegations: choices(cat, lang, "allegation", Allegation::iter(), &one(&draft.allegation)),
        credibility: choices(cat, lang, "credibility", Credibility::iter(), &one(&draft.credibility)),
        outcomes: choices(cat, lang, "outcome", Outcome::iter(), &one(&draft.outcome)),
        sites: sites
            .into_iter()
            .map(|(value, label)| Choice { selected: draft.sites.contains(&value), value, label })
            .collect(),
    }
}

/// A date typed into a form (`YYYY-MM-DD`, as `<input type=date>` sends it), or why not: the field named by its
/// label (`field`, the dotted key of its form's label) and the text as given (`form.refused.date`).
pub fn date(field: &str, text: &str) -> Result<NaiveDate, Message> {
    NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d")
        .map_err(|_| Message::new("form.refused.date").label("field", field).text("given", text.trim()))
}

/// A choice of a form's list (a code), or why not (`form.refused.choice`).
fn parse_code<T: std::str::FromStr>(field: &str, text: &str) -> Result<T, Message> {
    text.parse::<T>().map_err(|_| Message::new("form.refused.choice").label("field", field))
}

/// A line of the milestones of a plan, named for a refusal (`form.milestone_line`).
fn milestone_line(n: usize) -> Message {
    Message::new("form.milestone_line").label("field", "case.milestones").number("line", n as f64)
}

/// The case event a form describes, or why it cannot be one (a message of the catalogues naming the field by its
/// form's label). `today` dates a response.
pub fn event_from_draft(d: &Draft, today: NaiveDate) -> Result<CaseEvent, Message> {
    Ok(match d.kind.as_str() {
        "evidence" => CaseEvent::Evidence(cases::Evidence {
            kind: parse_code("case.evidence_kind", &d.evidence_kind)?,
            source: d.source.trim().to_string(),
            dated: date("case.dated", &d.dated)?,
            allegation: if d.allegation.trim().is_empty() {
                Allegation::default()
            } else {
                parse_code("allegation.label", &d.allegation)?
            },
            indicators: d.indicators.iter().map(|i| parse_code("case.indicators", i)).collect::<Result<_, _>>()?,
            child_indicators: d
                .child_indicators
                .iter()
                .map(|i| parse_code("allegation.child_indicators", i))
                .collect::<Result<_, _>>()?,
            credibility: parse_code("case.credibility", &d.credibility)?,
            sites: d.sites.clone(),
            summary: d.summary.trim().to_string(),
        }),
        "notice" => {
            let delivery = if d.delivered_on.trim().is_empty() {
                if !(d.delivery_means.trim().is_empty() && d.delivery_evidence.trim().is_empty()) {
                    return Err(Message::new("form.refused.delivered_on"));
                }
                None
            } else {
                Some(cases::Delivery {
                    on: date("notice.delivered_on", &d.delivered_on)?,
                    means: nonempty("notice.delivery_means", &d.delivery_means)?,
                    evidence: nonempty("notice.delivery_evidence", &d.delivery_evidence)?,
                })
            };
            CaseEvent::Notice(cases::Notice {
                sent_on: None,
                respond_by: date("case.respond_by", &d.respond_by)?,
                subject: nonempty("case.subject", &d.subject)?,
                body: nonempty("case.body", &d.body)?,
                delivery,
            })
        }
        "response" => CaseEvent::Response(cases::Response {
            notice_seq: d.notice_seq.trim().parse().map_err(|_| Message::new("form.refused.notice"))?,
            received_on: Some(today),
            text: nonempty("case.text", &d.text)?,
        }),
        "action_plan" => {
            let mut milestones = Vec::new();
            for (n, raw) in d.milestones.lines().enumerate().filter(|(_, l)| !l.trim().is_empty()) {
                let raw = raw.trim();
                let (day, description) = raw.split_once(char::is_whitespace).unwrap_or((raw, ""));
                let due = NaiveDate::parse_from_str(day, "%Y-%m-%d").map_err(|_| {
                    Message::new("form.refused.milestone_date").said("line", milestone_line(n + 1)).text("given", day)
                })?;
                let description = description.trim();
                if description.is_empty() {
                    return Err(Message::new("form.refused.milestone_text").said("line", milestone_line(n + 1)));
                }
                milestones.push(cases::Milestone { description: description.to_string(), due, done_on: None });
            }
            if milestones.is_empty() {
                return Err(Message::new("form.refused.milestones"));
            }
            CaseEvent::ActionPlan(cases::ActionPlan { milestones })
        }
        "decision" => CaseEvent::Decision(cases::Decision {
            outcome: parse_code("case.outcome", &d.outcome)?,
            decided_on: date("case.decided_on", &d.decided_on)?,
            rationale: d.rationale.trim().to_string(),
            isp_referral: match d.isp_referral.as_deref().map(str::trim) {
                None => false,
                Some("true") => true,
                Some("false") => false,
                Some(other) => {
                    let v: String = other.chars().take(40).filter(|c| !c.is_control()).collect();
                    return Err(Message::new("form.refused.isp_referral").text("given", v));
                }
            },
            remediation_not_possible_because: Some(d.remediation_not_possible_because.trim())
                .filter(|s| !s.is_empty())
                .map(str::to_string),
        }),
        other => {
            let v: String = other.chars().take(40).filter(|c| !c.is_control()).collect();
            return Err(Message::new("form.refused.event_type").text("given", v));
        }
    })
}

/// A required text field, trimmed, or why not: the field named by its label (`field`, the dotted key of its form's
/// label; `form.refused.required`).
pub fn required(field: &str, text: &str) -> Result<String, Message> {
    nonempty(field, text)
}

fn nonempty(field: &str, text: &str) -> Result<String, Message> {
    let t = text.trim();
    if t.is_empty() { Err(Message::new("form.refused.required").label("field", field)) } else { Ok(t.to_string()) }
}

/// A row of the S-211 assessments table: how many assessments of a category fell in a band, by kind.
#[derive(Debug, Clone, Serialize)]
pub struct S211AssessmentRow {
    pub category: String,
    pub band: String,
    pub band_label: String,
    pub forced_labour: u32,
    pub child_labour: u32,
}

/// The S-211 figures as the page shows them.
#[derive(Debug, Clone, Serialize)]
pub struct S211View {
    pub title: String,
    pub fiscal_year: i32,
    pub years: Vec<Choice>,
    pub facts: Vec<Line>,
    pub assessments: Vec<S211AssessmentRow>,
}

/// A measure of the S-211 figures in words in a language, by its code in the CSV (`contracts_in_force`,
/// `contracts_with_INSTRUMENT`, `assessments_forced_labour` …): the page's words; an unknown code as it is.
pub fn s211_measure(cat: &Catalog, lang: Lang, code: &str) -> String {
    if let Some(instrument) = code.strip_prefix("contracts_with_") {
        let mut a = fluent_bundle::FluentArgs::new();
        a.set("instrument", label(cat, lang, "instrument", instrument));
        return cat.format(lang, "s211.csv_contracts_with", &a);
    }
    let key = format!("s211.{code}");
    if cat.has(&key) { cat.get(lang, &key).to_string() } else { code.to_string() }
}

/// The view of a year's S-211 figures; `category` names a goods category code; `years` are the years to offer.
pub fn s211_view(
    cat: &Catalog,
    lang: Lang,
    f: &cases::s211::S211Figures,
    years: &[i32],
    category: &dyn Fn(&str) -> String,
) -> S211View {
    let t = |k: &str| cat.get(lang, k).to_string();
    let n = |k: &str, v: u32| Line { label: t(k), value: v.to_string() };
    let mut facts = vec![n("s211.contracts_in_force", f.contracts_in_force)];
    for (instrument, count) in &f.contracts_with {
        facts.push(Line {
            label: t("s211.contracts_with").replace("{instrument}", &label(cat, lang, "instrument", instrument)),
            value: count.to_string(),
        });
    }
    facts.extend([
        n("s211.declarations_received", f.declarations_received),
        n("s211.site_disclosures_received", f.site_disclosures_received),
        n("s211.files_received", f.files_received),
        n("s211.cases_opened", f.cases_opened),
        n("s211.cases_remediated", f.cases_remediated),
        n("s211.cases_terminated", f.cases_terminated),
        n("s211.isp_referrals", f.isp_referrals),
    ]);
    S211View {
        title: t("s211.title").replace("{year}", &FiscalYear::starting_in(f.fiscal_year).label()),
        fiscal_year: f.fiscal_year,
        years: years
            .iter()
            .map(|&y| Choice {
                value: y.to_string(),
                label: FiscalYear::starting_in(y).label(),
                selected: y == f.fiscal_year,
            })
            .collect(),
        facts,
        assessments: f
            .assessments
            .iter()
            .map(|a| S211AssessmentRow {
                category: category(&a.category),
                band: a.band.to_string(),
                band_label: label(cat, lang, "band", a.band.as_ref()),
                forced_labour: a.forced_labour,
                child_labour: a.child_labour,
            })
            .collect(),
    }
}
