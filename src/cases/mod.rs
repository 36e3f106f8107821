//! Compliance cases: contracts and the instruments in force for them, evidence, due process and the
//! pre-termination checklist. Pure rules; storage keeps the records and the audit log their history.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use strum::{AsRefStr, Display, EnumIter, EnumString};

use crate::domain::Message;

pub mod attachments;
pub mod messages;
pub mod s211;

/// The kind of procurement instrument.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Display, EnumString, AsRefStr, EnumIter, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ContractKind {
    Contract,
    StandingOffer,
    SupplyArrangement,
}

/// A contract as the case file needs it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Contract {
    pub number: String,
    pub kind: ContractKind,
    pub title: String,
    /// The supplier's nine-digit business number.
    pub business_number: String,
    pub supplier_name: String,
    /// A goods category code of the risk model (`clothing`, `ppe_gloves` …).
    pub goods_category: String,
    pub value_cad: f64,
    pub awarded_on: NaiveDate,
    pub ends_on: Option<NaiveDate>,
    /// Instruments whose computed answer an officer overrode, with the reason.
    #[serde(default)]
    pub overrides: Vec<InstrumentOverride>,
}

/// The instruments a contract may carry.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Display, EnumString, AsRefStr, EnumIter, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Instrument {
    /// The Code of Conduct for Procurement as revised in August 2021 (human and labour rights expectations; Canada
    /// may terminate if the supplier or a subcontractor took part in human trafficking).
    CodeOfConduct2021,
    /// PSPC's anti-forced-labour contract clauses (November 2021): termination for forced labour or trafficking.
    AntiForcedLabourClauses,
    /// Ethical procurement certification: the supplier certifies that it and its first-tier subcontractors respect
    /// human and labour rights (apparel; PPE from July 2020).
    EthicalProcurementCertification,
    /// Origin of work: name, address and country of every manufacturer and subcontractor in the production chain
    /// (apparel; PPE from July 2020).
    OriginOfWorkClause,
}

/// An officer's correction of a computed instrument, with the reason (e.g. the clause was written into the contract
/// although the contract predates it).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct InstrumentOverride {
    pub instrument: Instrument,
    pub in_force: bool,
    pub reason: String,
}

/// Whether an instrument is in force for a contract, and why.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct InstrumentStatus {
    pub instrument: Instrument,
    pub in_force: bool,
    pub overridden: bool,
    pub reason_en: String,
    pub reason_fr: String,
}

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap_or(NaiveDate::MIN)
}

/// The dates the instruments took effect (PSPC, as reported in the Government of Canada's reports on the National
/// Strategy to Combat Human Trafficking): the revised Code in August 2021, the anti-forced-labour clauses in
/// November 2021, ethical-procurement and origin-of-work clauses in new PPE contracts from July 2020.
pub fn code_of_conduct_2021() -> NaiveDate {
    date(2021, 8, 1)
}
pub fn anti_forced_labour_clauses() -> NaiveDate {
    date(2021, 11, 1)
}
pub fn ppe_ethical_clauses() -> NaiveDate {
    date(2020, 7, 1)
}

/// The earliest day a contract may be recorded as awarded: 1 April 2000, the first day of the earliest fiscal year
/// the service reports on ([`crate::domain::FiscalYear::FIRST_ACCEPTED`]), so that every contract recorded falls in a
/// year its reports can show. Older contracts predate every instrument the case file checks (the earliest, the PPE
/// clauses, is of July 2020); a year like 1900 is a slip of the keyboard.
pub fn earliest_award() -> NaiveDate {
    date(crate::domain::FiscalYear::FIRST_ACCEPTED, 4, 1)
}

/// Why a contract cannot have been awarded on `awarded_on`, on `today`: before [`earliest_award`], or after today (a
/// contract is recorded once awarded; a day ahead would put it in a year not begun, and decide its clauses by a day
/// that has not come). `None` when the day holds. The refusal names the field by its label and its API name
/// (`awarded_on`), the day given and the bounds.
pub fn award_refused(awarded_on: NaiveDate, today: NaiveDate) -> Option<Message> {
    let key = if awarded_on < earliest_award() {
        "contract.refused.awarded_too_early"
    } else if awarded_on > today {
        "contract.refused.awarded_in_future"
    } else {
        return None;
    };
    Some(Message::new(key).day("given", awarded_on).day("earliest", earliest_award()).day("today", today))
}

fn is_ppe(category: &str) -> bool {
    category.starts_with("ppe_")
}

fn is_apparel(category: &str) -> bool {
    matches!(category, "clothing" | "footwear")
}

/// A goods category's name in both languages (the risk model's), which the reasons of [`instruments`] say instead of
/// its code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CategoryName<'a> {
    pub en: &'a str,
    pub fr: &'a str,
}

/// A message of the rules put into words in a language (`reports::Catalog::say` at the edge): the reasons and
/// checklist lines are said by it, so that no sentence is written here.
pub type Say<'a> = &'a dyn Fn(crate::domain::Lang, &Message) -> String;

/// Says nothing: for callers that drop the words (which instruments are in force, which lines are met).
fn unsaid(_: crate::domain::Lang, _: &Message) -> String {
    String::new()
}

/// Which instruments are in force for a contract, without the reasons (the checklist and the S-211 figures).
pub(crate) fn in_force(contract: &Contract) -> Vec<(Instrument, bool)> {
    // The reasons are dropped: no name of the category nor word is needed.
    let unnamed = CategoryName { en: "", fr: "" };
    instruments(contract, unnamed, &unsaid).into_iter().map(|s| (s.instrument, s.in_force)).collect()
}

/// The reason an instrument is in force for a contract or not, as a message (`instrument.why.*` of the
/// catalogues), before any override.
fn instrument_reason(contract: &Contract, instrument: Instrument, category: CategoryName<'_>) -> (bool, Message) {
    let awarded = contract.awarded_on;
    match instrument {
        Instrument::CodeOfConduct2021 => {
            let from = code_of_conduct_2021();
            (awarded >= from, Message::new("instrument.why.code_of_conduct").day("awarded", awarded).day("from", from))
        }
        Instrument::AntiForcedLabourClauses => {
            let from = anti_forced_labour_clauses();
            (awarded >= from, Message::new("instrument.why.clauses").day("awarded", awarded).day("from", from))
        }
        Instrument::EthicalProcurementCertification | Instrument::OriginOfWorkClause => {
            let code = contract.goods_category.as_str();
            if is_apparel(code) {
                (true, Message::new("instrument.why.apparel"))
            } else if is_ppe(code) {
                let from = ppe_ethical_clauses();
                (awarded >= from, Message::new("instrument.why.ppe").day("awarded", awarded).day("from", from))
            } else {
                (false, Message::new("instrument.why.not_required").names("category", category.en, category.fr))
            }
        }
    }
}

/// The instruments in force for a contract, computed from its award date and goods, then corrected by its overrides;
/// each reason in both languages, said by `say` (messages `instrument.why.*`: the goods category by its name in
/// `category`, never its code; days in words).
pub fn instruments(contract: &Contract, category: CategoryName<'_>, say: Say<'_>) -> Vec<InstrumentStatus> {
    use crate::domain::Lang::{En, Fr};
    use strum::IntoEnumIterator;
    Instrument::iter()
        .map(|instrument| {
            let (in_force, why) = instrument_reason(contract, instrument, category);
            match contract.overrides.iter().find(|o| o.instrument == instrument) {
                Some(o) => {
                    let why = Message::new("instrument.why.overridden")
                        .text("reason", o.reason.clone())
                        .said("computed", why);
                    InstrumentStatus {
                        instrument,
                        in_force: o.in_force,
                        overridden: true,
                        reason_en: say(En, &why),
                        reason_fr: say(Fr, &why),
                    }
                }
                None => InstrumentStatus {
                    instrument,
                    in_force,
                    overridden: false,
                    reason_en: say(En, &why),
                    reason_fr: say(Fr, &why),
                },
            }
        })
        .collect()
}

/// The ILO indicators of forced labour.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Display, EnumString, AsRefStr, EnumIter, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum IloIndicator {
    AbuseOfVulnerability,
    Deception,
    RestrictionOfMovement,
    Isolation,
    PhysicalAndSexualViolence,
    IntimidationAndThreats,
    RetentionOfIdentityDocuments,
    WithholdingOfWages,
    DebtBondage,
    AbusiveWorkingAndLivingConditions,
    ExcessiveOvertime,
}

/// What kind of evidence an item is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Display, EnumString, AsRefStr, EnumIter, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum EvidenceKind {
    /// A CBSA classification of the goods under tariff item 9897.00.00 (prohibited: made by forced labour).
    CbsaClassification,
    /// Credible information from a report (NGO, media, government).
    CredibleReport,
    AuditFinding,
    Grievance,
    ForeignEnforcement,
    /// The supplier's certification was false.
    FalseCertification,
}

#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    AsRefStr,
    EnumIter,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Credibility {
    Low,
    Medium,
    High,
}

/// What a piece of evidence alleges.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    AsRefStr,
    EnumIter,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Allegation {
    /// Forced labour (ILO Forced Labour Convention, 1930, No. 29), shown by the ILO indicators of forced labour.
    #[default]
    ForcedLabour,
    /// Child labour (ILO Minimum Age Convention, 1973, No. 138; Worst Forms of Child Labour Convention, 1999,
    /// No. 182), shown by [`ChildLabourIndicator`]s.
    ChildLabour,
}

/// The indicators of child labour, from the ILO conventions that define it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Display, EnumString, AsRefStr, EnumIter, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum ChildLabourIndicator {
    /// Children working below the minimum working age (C138 art. 2: not less than 15, 14 where the economy and
    /// schools are insufficiently developed; art. 7: light work from 13, or 12).
    BelowMinimumWorkingAge,
    /// Work likely to jeopardise a child's health, safety or morals, under 18 (C138 art. 3; C182 art. 3(d)).
    HazardousWork,
    /// The worst forms of child labour: slavery and practices like it (sale and trafficking, debt bondage, forced
    /// recruitment), commercial sexual exploitation, illicit activities (C182 art. 3(a)–(c)).
    WorstForms,
    /// Work that keeps children of compulsory school age from attending school (C138 art. 7(1)(b)).
    SchoolAttendance,
}

/// One piece of evidence in a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Evidence {
    pub kind: EvidenceKind,
    pub source: String,
    pub dated: NaiveDate,
    /// What it alleges (default: forced labour).
    #[serde(default)]
    pub allegation: Allegation,
    /// ILO indicators of forced labour it shows.
    #[serde(default)]
    pub indicators: Vec<IloIndicator>,
    /// Indicators of child labour it shows (ILO C138 and C182).
    #[serde(default)]
    pub child_indicators: Vec<ChildLabourIndicator>,
    pub credibility: Credibility,
    /// The sites of the supply graph it concerns: `declaration id/site ref`, e.g. `12/CN-YARN`.
    #[serde(default)]
    pub sites: Vec<String>,
    #[serde(default)]
    pub summary: String,
}

/// The day Customs Tariff item 9897.00.00 began to cover goods made wholly or in part by child labour: 1 January
/// 2024 (Fighting Against Forced Labour and Child Labour in Supply Chains Act, S.C. 2023, c. 9, s. 26 amending the
/// Customs Tariff; before it the item named forced labour only).
pub fn tariff_child_labour_from() -> NaiveDate {
    date(2024, 1, 1)
}

/// A notice to the supplier.
///
/// A notice is sent when the supplier can first see it: the day the service records it (which is when the supplier's
/// pages show it and its e-mail leaves), unless an earlier delivery (registered mail, a letter handed over) is
/// recorded with its evidence in `delivery`. The service sets `sent_on` itself; a client may leave it out, and one
/// that gives another day is refused. The response period runs from `sent_on` and is at least the minimum of the
/// policy in force ([`response_policy`]).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Notice {
    /// The day the supplier could first see the notice (ISO 8601 date); set by the service.
    #[serde(default)]
    pub sent_on: Option<NaiveDate>,
    /// The last day of the response period (inclusive).
    pub respond_by: NaiveDate,
    pub subject: String,
    pub body: String,
    /// A delivery before the notice was recorded, with its evidence.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub delivery: Option<Delivery>,
}

/// A documented delivery of a notice before it was recorded here.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Delivery {
    /// The day the supplier received it (ISO 8601 date), at the latest the day the notice is recorded.
    pub on: NaiveDate,
    /// How it was delivered: "registered mail", "handed to the supplier's representative" …
    pub means: String,
    /// What proves it: a tracking number, an acknowledgement of receipt, a signed copy …
    pub evidence: String,
}

/// The supplier's response to a notice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Response {
    /// The event id of the notice answered (its record entry's `id`, not its number in the case).
    pub notice_seq: i64,
    /// The day the service received the response (ISO 8601 date); set by the service.
    #[serde(default)]
    pub received_on: Option<NaiveDate>,
    pub text: String,
}

/// The minimum response period a policy sets for a notice to a supplier, with its source.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct ResponsePolicy {
    /// The policy's name.
    pub name_en: &'static str,
    pub name_fr: &'static str,
    /// The first day it applies to notices (it applies until the next entry's day).
    pub in_force_from: NaiveDate,
    /// Calendar days from the day the notice is sent to the last day of the response period, at least.
    pub minimum_days: u32,
    /// Where the rule is written.
    pub source: &'static str,
}

/// The response-period policies, oldest first. Public Services and Procurement Canada's Ineligibility and Suspension
/// Policy (effective 31 May 2024) gives a supplier 10 calendar days to answer a notice before a determination, as the
/// Registrar of Ineligibility and Suspension described the process to the House of Commons Standing Committee on
/// Government Operations and Estimates (44th Parliament, 1st session, meeting 160). No shorter period is documented
/// for earlier notices, so the same minimum applies to them.
pub fn response_policies() -> [ResponsePolicy; 1] {
    [ineligibility_and_suspension_policy()]
}

fn ineligibility_and_suspension_policy() -> ResponsePolicy {
    ResponsePolicy {
        name_en: "Ineligibility and Suspension Policy",
        name_fr: "Politique d'inadmissibilité et de suspension",
        in_force_from: date(2015, 7, 3),
        minimum_days: 10,
        source: "https://www.canada.ca/en/public-services-procurement/services/standards-oversight/supplier-integrity-compliance/policy-directives.html; OGGO 44-1, meeting 160 (Registrar of Ineligibility and Suspension)",
    }
}

/// The policy in force for a notice sent on `sent_on`: the latest entry in force that day (the first one for a day
/// before every entry).
pub fn response_policy(sent_on: NaiveDate) -> ResponsePolicy {
    response_policies()
        .into_iter()
        .rev()
        .find(|p| p.in_force_from <= sent_on)
        .unwrap_or_else(ineligibility_and_suspension_policy)
}

/// A corrective action plan.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ActionPlan {
    pub milestones: Vec<Milestone>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Milestone {
    pub description: String,
    pub due: NaiveDate,
    #[serde(default)]
    pub done_on: Option<NaiveDate>,
}

/// The outcome of a case.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Display, EnumString, AsRefStr, EnumIter, utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Outcome {
    Continue,
    Remediate,
    StopWork,
    TerminateForDefault,
    TerminateByMutualConsent,
}

impl Outcome {
    pub fn terminates(self) -> bool {
        matches!(self, Outcome::TerminateForDefault | Outcome::TerminateByMutualConsent)
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Decision {
    pub outcome: Outcome,
    pub decided_on: NaiveDate,
    pub rationale: String,
    /// Referred under the Ineligibility and Suspension Policy.
    #[serde(default)]
    pub isp_referral: bool,
    /// Why remediation is not possible, stated apart from the rationale: a termination needs it when no corrective
    /// action plan is on record (the checklist's `remediation_considered` line). Blank counts as absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub remediation_not_possible_because: Option<String>,
}

impl Decision {
    /// The statement of why remediation is not possible, when one is written.
    pub fn remediation_impossible(&self) -> Option<&str> {
        self.remediation_not_possible_because.as_deref().map(str::trim).filter(|s| !s.is_empty())
    }
}

/// What happened in a case, in order: each is one record (and one audit entry).
///
/// Each kind is an object of its own fields and its `type`, and nothing else: a field of another name is refused, not
/// dropped (a misspelt `indicator` would otherwise record evidence showing no indicator). Its OpenAPI schema says so
/// (`additionalProperties: false`, the `type` among the fields), see the `utoipa::PartialSchema` impl.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum CaseEvent {
    Evidence(Evidence),
    Notice(Notice),
    Response(Response),
    ActionPlan(ActionPlan),
    Decision(Decision),
}

/// The `type` of each kind of event, with the OpenAPI schema of its fields.
fn event_kinds() -> [(&'static str, utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>); 5] {
    use utoipa::PartialSchema;
    [
        ("evidence", Evidence::schema()),
        ("notice", Notice::schema()),
        ("response", Response::schema()),
        ("action_plan", ActionPlan::schema()),
        ("decision", Decision::schema()),
    ]
}

/// One object per kind of event: its fields and its `type` (required, the kind's one value), and nothing else
/// (`additionalProperties: false`, as the kinds' `deny_unknown_fields` reads them). The derived schema would say
/// `allOf: [Evidence, {type}]`, which no body can satisfy once `Evidence` allows no other field than its own.
impl utoipa::PartialSchema for CaseEvent {
    fn schema() -> utoipa::openapi::RefOr<utoipa::openapi::schema::Schema> {
        use utoipa::openapi::RefOr;
        use utoipa::openapi::schema::{ObjectBuilder, OneOfBuilder, Schema, Type};
        let mut one_of = OneOfBuilder::new()
            .description(Some("What happened in a case, in order: each is one record (and one audit entry)."));
        for (tag, schema) in event_kinds() {
            // The kinds are derived structs, hence objects; anything else is kept as it is.
            let item = match schema {
                RefOr::T(Schema::Object(mut object)) => {
                    let kind = ObjectBuilder::new().schema_type(Type::String).enum_values(Some([tag])).build();
                    object.properties.insert("type".to_string(), RefOr::T(Schema::Object(kind)));
                    object.required.insert(0, "type".to_string());
                    RefOr::T(Schema::Object(object))
                }
                other => other,
            };
            one_of = one_of.item(item);
        }
        RefOr::T(Schema::OneOf(one_of.build()))
    }
}

impl utoipa::ToSchema for CaseEvent {
    fn schemas(schemas: &mut Vec<(String, utoipa::openapi::RefOr<utoipa::openapi::schema::Schema>)>) {
        <Evidence as utoipa::ToSchema>::schemas(schemas);
        <Notice as utoipa::ToSchema>::schemas(schemas);
        <Response as utoipa::ToSchema>::schemas(schemas);
        <ActionPlan as utoipa::ToSchema>::schemas(schemas);
        <Decision as utoipa::ToSchema>::schemas(schemas);
    }
}

impl CaseEvent {
    pub fn kind(&self) -> &'static str {
        match self {
            CaseEvent::Evidence(_) => "evidence",
            CaseEvent::Notice(_) => "notice",
            CaseEvent::Response(_) => "response",
            CaseEvent::ActionPlan(_) => "action_plan",
            CaseEvent::Decision(_) => "decision",
        }
    }

    /// Whether a supplier may add this event (only responses; everything else is the auditor's).
    pub fn by_supplier(&self) -> bool {
        matches!(self, CaseEvent::Response(_))
    }
}

/// One line of the pre-termination checklist.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Check {
    pub code: &'static str,
    pub met: bool,
    pub en: String,
    pub fr: String,
}

/// One entry of a case's record: the event, its id (the order of the record) and the day it was recorded (UTC).
#[derive(Debug, Clone, PartialEq)]
pub struct RecordEntry {
    pub id: i64,
    pub recorded_on: NaiveDate,
    pub event: CaseEvent,
}

/// A notice with the dates that hold for it and where it stands on a day.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct NoticeStatus {
    /// The notice's event id (what a response's `notice_seq` names).
    pub id: i64,
    /// Its number in the case: 1 for the first notice.
    pub number: u32,
    pub subject: String,
    /// The day the supplier could first see it: the documented earlier delivery, else the day it was recorded.
    pub sent_on: NaiveDate,
    /// The deadline that holds: the one written in the notice, or the policy's minimum when that is later.
    pub respond_by: NaiveDate,
    /// The deadline written in the notice.
    pub written_respond_by: NaiveDate,
    /// The earliest deadline the policy allows (`sent_on` + its minimum days).
    pub minimum_respond_by: NaiveDate,
    /// The policy that sets the minimum.
    pub policy: String,
    pub answered: bool,
    /// The last day of the response period has passed (the deadline day itself still counts as in time).
    pub deadline_passed: bool,
    /// Deadline passed without a response.
    pub overdue: bool,
}

/// The day a notice recorded on `recorded_on` was sent: its documented earlier delivery (with means and evidence,
/// not after the recording), else the recording day. A `sent_on` written in the notice is not believed on its own.
pub fn effective_sent_on(n: &Notice, recorded_on: NaiveDate) -> NaiveDate {
    match &n.delivery {
        Some(d) if d.on <= recorded_on && !d.means.trim().is_empty() && !d.evidence.trim().is_empty() => d.on,
        _ => recorded_on,
    }
}

/// The earliest deadline the policy in force allows for a notice sent on `sent_on`.
pub fn minimum_respond_by(sent_on: NaiveDate) -> NaiveDate {
    let policy = response_policy(sent_on);
    sent_on.checked_add_days(chrono::Days::new(u64::from(policy.minimum_days))).unwrap_or(NaiveDate::MAX)
}

/// Every notice of a record with its number (from 1, in the order recorded) and where it stands on `today`.
pub fn notices(record: &[RecordEntry], today: NaiveDate, lang_fr: bool) -> Vec<NoticeStatus> {
    let mut number = 0u32;
    record
        .iter()
        .filter_map(|e| match &e.event {
            CaseEvent::Notice(n) => {
                number += 1;
                let sent_on = effective_sent_on(n, e.recorded_on);
                let minimum = minimum_respond_by(sent_on);
                let respond_by = n.respond_by.max(minimum);
                let answered =
                    record.iter().any(|r| matches!(&r.event, CaseEvent::Response(r) if r.notice_seq == e.id));
                let deadline_passed = respond_by < today;
                let policy = response_policy(sent_on);
                Some(NoticeStatus {
                    id: e.id,
                    number,
                    subject: n.subject.clone(),
                    sent_on,
                    respond_by,
                    written_respond_by: n.respond_by,
                    minimum_respond_by: minimum,
                    policy: (if lang_fr { policy.name_fr } else { policy.name_en }).to_string(),
                    answered,
                    deadline_passed,
                    overdue: deadline_passed && !answered,
                })
            }
            _ => None,
        })
        .collect()
}

/// The event ids of the notices whose deadline has truly passed (counted from the day the supplier could first see
/// them, and at least the policy's minimum) without a response.
pub fn overdue(record: &[RecordEntry], today: NaiveDate) -> Vec<i64> {
    notices(record, today, false).into_iter().filter(|n| n.overdue).map(|n| n.id).collect()
}

/// A refusal of an event to record: the message (`case.refused.*` of the catalogues) naming the field by its label,
/// the value as given, and why; said in the reader's language at the edge.
pub type Refusal = Message;

/// A refusal naming a field by the dotted key of its label and quoting the value as given.
fn refusal(key: &'static str, field: &str, given: impl ToString) -> Message {
    Message::new(key).label("field", field).text("given", given.to_string())
}

/// The policy's title in both languages, for a message.
fn policy_names(m: Message, p: &ResponsePolicy) -> Message {
    m.names("policy", p.name_en, p.name_fr)
}

/// Checks an event about to be recorded on `today` and sets what the service decides: a notice's `sent_on` (the
/// documented earlier delivery, else today) and a response's `received_on` (today). Refused: a `sent_on` other than
/// that day, an earlier delivery without its means or evidence or after today, a deadline shorter than the policy's
/// minimum, a `received_on` other than today. A refusal names the field by its label, quotes its value as given and
/// says every other day in words (at the edge).
pub fn stamp(event: &mut CaseEvent, today: NaiveDate) -> Result<(), Refusal> {
    match event {
        CaseEvent::Notice(n) => {
            if let Some(d) = &n.delivery {
                if d.on > today {
                    return Err(refusal("case.refused.delivery_later", "notice.delivered_on", d.on).day("today", today));
                }
                if d.means.trim().is_empty() || d.evidence.trim().is_empty() {
                    return Err(Message::new("case.refused.delivery_incomplete"));
                }
            }
            let sent = effective_sent_on(n, today);
            if let Some(claimed) = n.sent_on
                && claimed != sent
            {
                return Err(refusal("case.refused.sent_on", "case.sent_on", claimed).day("today", today));
            }
            let minimum = minimum_respond_by(sent);
            if n.respond_by < minimum {
                let p = response_policy(sent);
                return Err(policy_names(
                    refusal("case.refused.respond_by_short", "case.respond_by", n.respond_by),
                    &p,
                )
                .number("days", p.minimum_days)
                .day("sent", sent)
                .day("minimum", minimum));
            }
            n.sent_on = Some(sent);
            Ok(())
        }
        CaseEvent::Response(r) => {
            if let Some(claimed) = r.received_on
                && claimed != today
            {
                return Err(refusal("case.refused.received_on", "case.received_on", claimed).day("today", today));
            }
            r.received_on = Some(today);
            Ok(())
        }
        _ => Ok(()),
    }
}

/// The allegations a record's evidence makes, forced labour first; forced labour when there is no evidence yet.
pub fn allegations(record: &[RecordEntry]) -> Vec<Allegation> {
    let mut out: Vec<Allegation> = record
        .iter()
        .filter_map(|e| match &e.event {
            CaseEvent::Evidence(ev) => Some(ev.allegation),
            _ => None,
        })
        .collect();
    out.sort();
    out.dedup();
    if out.is_empty() {
        out.push(Allegation::ForcedLabour);
    }
    out
}

/// Whether a piece of evidence is a trigger for an allegation: a CBSA classification under 9897.00.00 (for child
/// labour only from 1 January 2024), a false certification, or information of medium or high credibility showing at
/// least one indicator of that allegation.
fn triggers(e: &Evidence, allegation: Allegation) -> bool {
    if e.allegation != allegation {
        return false;
    }
    match e.kind {
        EvidenceKind::CbsaClassification => {
            allegation == Allegation::ForcedLabour || e.dated >= tariff_child_labour_from()
        }
        EvidenceKind::FalseCertification => true,
        _ => {
            e.credibility >= Credibility::Medium
                && match allegation {
                    Allegation::ForcedLabour => !e.indicators.is_empty(),
                    Allegation::ChildLabour => !e.child_indicators.is_empty(),
                }
        }
    }
}

/// The pre-termination checklist: which grounds are met and what is still missing, from the contract's clauses and
/// the case's record on `today`. The grounds (the clause that allows termination, the trigger) follow each allegation
/// the evidence makes: forced labour (anti-forced-labour clauses or the 2021 Code; ILO forced-labour indicators;
/// CBSA 9897.00.00) and child labour (the 2021 Code or the ethical procurement certification; ILO C138/C182
/// indicators; CBSA 9897.00.00 from 1 January 2024). A notice counts as heard only when the supplier answered it
/// or its deadline truly passed ([`notices`]).
pub fn checklist(contract: &Contract, record: &[RecordEntry], today: NaiveDate) -> Vec<Check> {
    checklist_worded(contract, record, today, &unsaid)
}

/// [`checklist`], each line said by `say` in both languages (for pages, the dossier and the API).
pub fn checklist_worded(contract: &Contract, record: &[RecordEntry], today: NaiveDate, say: Say<'_>) -> Vec<Check> {
    use crate::domain::Lang::{En, Fr};
    checklist_lines(contract, record, today)
        .into_iter()
        .map(|(code, met, m)| Check { code, met, en: say(En, &m), fr: say(Fr, &m) })
        .collect()
}

/// The lines of the checklist: each line's code, whether it is met, and what it says (`checklist.*` of the
/// catalogues).
fn checklist_lines(
    contract: &Contract,
    record: &[RecordEntry],
    today: NaiveDate,
) -> Vec<(&'static str, bool, Message)> {
    let status = in_force(contract);
    let in_force = |i: Instrument| status.iter().any(|(s, on)| *s == i && *on);
    let evidence: Vec<&Evidence> = record
        .iter()
        .filter_map(|e| match &e.event {
            CaseEvent::Evidence(ev) => Some(ev),
            _ => None,
        })
        .collect();
    let notices = notices(record, today, false);
    let mut out = Vec::new();
    let line = |code: &'static str, met: bool, yes: &'static str, no: &'static str| {
        (code, met, Message::new(if met { yes } else { no }))
    };

    for allegation in allegations(record) {
        match allegation {
            Allegation::ForcedLabour => {
                // 1. A clause of this contract allows termination for forced labour or trafficking.
                let clause = in_force(Instrument::AntiForcedLabourClauses) || in_force(Instrument::CodeOfConduct2021);
                out.push(line("termination_clause", clause, "checklist.clause", "checklist.no_clause"));
                // 2. A trigger: CBSA classification, false certification, or credible information showing ILO
                // indicators.
                let trigger = evidence.iter().any(|e| triggers(e, Allegation::ForcedLabour));
                out.push(line("trigger", trigger, "checklist.trigger", "checklist.no_trigger"));
            }
            Allegation::ChildLabour => {
                let clause =
                    in_force(Instrument::CodeOfConduct2021) || in_force(Instrument::EthicalProcurementCertification);
                out.push(line(
                    "termination_clause_child_labour",
                    clause,
                    "checklist.clause_child_labour",
                    "checklist.no_clause_child_labour",
                ));
                let trigger = evidence.iter().any(|e| triggers(e, Allegation::ChildLabour));
                let early_tariff = evidence.iter().any(|e| {
                    e.allegation == Allegation::ChildLabour
                        && e.kind == EvidenceKind::CbsaClassification
                        && e.dated < tariff_child_labour_from()
                });
                let said = if trigger {
                    Message::new("checklist.trigger_child_labour")
                } else {
                    Message::new("checklist.no_trigger_child_labour")
                        .text("early_tariff", if early_tariff { "yes" } else { "no" })
                };
                out.push(("trigger_child_labour", trigger, said));
            }
        }
    }

    // 3. The evidence concerns this contract's supply chain.
    let linked = evidence.iter().any(|e| !e.sites.is_empty() || e.kind == EvidenceKind::FalseCertification);
    out.push(line("linked_to_chain", linked, "checklist.linked", "checklist.not_linked"));

    // 4. Notice given, and the deadline truly passed or a response received.
    let notified = !notices.is_empty();
    out.push(line("notice", notified, "checklist.notice", "checklist.no_notice"));
    let waiting: Vec<&NoticeStatus> = notices.iter().filter(|n| !n.answered && !n.deadline_passed).collect();
    let heard = notified && waiting.is_empty();
    let said = if heard {
        Message::new("checklist.heard")
    } else if waiting.is_empty() {
        Message::new("checklist.not_heard")
    } else {
        let list = waiting
            .iter()
            .map(|n| Message::new("checklist.waiting_notice").number("number", n.number).day("until", n.respond_by))
            .collect();
        Message::new("checklist.not_heard_waiting").with("waiting", crate::domain::MessageArg::List(list))
    };
    out.push(("opportunity_to_respond", heard, said));

    // 5. Remediation considered: a corrective action plan, or a decision that states, apart from its reasons, why
    // remediation is not possible. A termination's own rationale does not count: it would always meet this line.
    let plan = record.iter().any(|e| matches!(e.event, CaseEvent::ActionPlan(_)));
    let impossible =
        record.iter().any(|e| matches!(&e.event, CaseEvent::Decision(d) if d.remediation_impossible().is_some()));
    let considered = plan || impossible;
    out.push(line("remediation_considered", considered, "checklist.remediation", "checklist.no_remediation"));
    out
}

/// Whether every line of the checklist is met: the grounds a termination needs.
pub fn grounds_met(checks: &[Check]) -> bool {
    checks.iter().all(|c| c.met)
}

/// The same day one year later (28 February for a 29 February): the furthest deadline a notice or a request for
/// information may set. A deadline further away leaves the matter open for longer than any policy contemplates and is
/// taken for a typing error.
pub fn one_year_after(day: NaiveDate) -> NaiveDate {
    day.checked_add_months(chrono::Months::new(12)).unwrap_or(NaiveDate::MAX)
}

/// What the rules know of a case when an event is about to be recorded in it.
#[derive(Debug, Clone, Copy)]
pub struct CaseFacts<'a> {
    /// The case's contract.
    pub contract: &'a Contract,
    /// The day (UTC) the case was opened.
    pub opened_on: NaiveDate,
    /// The case's record so far.
    pub record: &'a [RecordEntry],
    /// The site references (`declaration id/site ref`) named by the event that name a site of a declaration of the
    /// contract's supplier (resolved by the caller from storage).
    pub supplier_sites: &'a [String],
}

/// Why an event is refused: it cannot be true as written (`Invalid`, 400), or it contradicts what the record already
/// holds (`Conflict`, 409: a second final decision).
#[derive(Debug, Clone, PartialEq)]
pub enum Refused {
    Invalid(Refusal),
    Conflict(Refusal),
}

fn refuse(m: Message) -> Result<(), Refused> {
    Err(Refused::Invalid(m))
}

/// The decision of a record, with its event id. Every outcome is final for its case: the model has no reopening (a
/// new case is opened on new facts), so a record holds at most one decision.
fn final_decision(record: &[RecordEntry]) -> Option<(i64, &Decision)> {
    record.iter().find_map(|e| match &e.event {
        CaseEvent::Decision(d) => Some((e.id, d)),
        _ => None,
    })
}

/// A decision's outcome, said by its label (`outcome.*`), its day and its entry, for a refusal naming it.
fn decision_named(m: Message, id: i64, d: &Decision) -> Message {
    m.label("outcome", format!("outcome.{}", d.outcome.as_ref()))
        .day("decided", d.decided_on)
        .text("entry", id.to_string())
}

/// Checks that a day lies between the case's start (the later of the award and the opening) and `today`; a refusal
/// names the field by the dotted key of its label (`field`), quotes the value as given and says the other days in
/// words.
fn within_case(field: &str, day: NaiveDate, facts: &CaseFacts, today: NaiveDate) -> Result<(), Refused> {
    let (awarded, opened) = (facts.contract.awarded_on, facts.opened_on);
    if day < awarded {
        return refuse(refusal("case.refused.before_award", field, day).day("awarded", awarded));
    }
    if day < opened {
        return refuse(refusal("case.refused.before_opening", field, day).day("opened", opened));
    }
    if day > today {
        return refuse(refusal("case.refused.in_future", field, day).day("today", today));
    }
    Ok(())
}

/// Admits an event into a case on `today`, or refuses what cannot be true, naming the field and why; then sets the
/// dates the service decides ([`stamp`]). Refused, besides what [`stamp`] refuses:
/// - a notice: a documented delivery before the award or the opening of the case or after today; a deadline already
///   passed today (the response period must still be open when the notice is recorded) or more than
///   one year after the notice takes effect ([`one_year_after`]); any notice after the case's decision;
/// - evidence: dated in the future; a site that is not a site of a declaration of the contract's supplier; a
///   child-labour allegation without child-labour indicators or with forced-labour ones, and the reverse;
/// - a decision: dated before the award or the opening of the case or after today; a second decision (409, naming the
///   first: a decision closes the case); a termination while the pre-termination checklist has unmet lines (named).
///
/// A refusal ([`Refusal`], a message said at the edge) names the field by its label, quotes its value as given
/// (`2026-11-02`) and says every other day in words (`November 2, 2026`, `2 novembre 2026`).
pub fn admit(event: &mut CaseEvent, facts: &CaseFacts, today: NaiveDate) -> Result<(), Refused> {
    match &*event {
        CaseEvent::Notice(n) => {
            if let Some((id, d)) = final_decision(facts.record) {
                return refuse(decision_named(Message::new("case.refused.notice_after_decision"), id, d));
            }
            if let Some(d) = &n.delivery {
                within_case("notice.delivered_on", d.on, facts, today)?;
            }
        }
        CaseEvent::Evidence(e) => {
            if e.dated > today {
                return refuse(refusal("case.refused.evidence_later", "case.dated", e.dated).day("today", today));
            }
            let unknown: Vec<&str> =
                e.sites.iter().filter(|s| !facts.supplier_sites.contains(s)).map(String::as_str).collect();
            if !unknown.is_empty() {
                return refuse(refusal("case.refused.sites", "case.sites", unknown.join(", ")));
            }
            match e.allegation {
                Allegation::ChildLabour if !e.indicators.is_empty() => {
                    return refuse(Message::new("case.refused.child_with_forced_indicators"));
                }
                Allegation::ForcedLabour if !e.child_indicators.is_empty() => {
                    return refuse(Message::new("case.refused.forced_with_child_indicators"));
                }
                _ => {}
            }
        }
        CaseEvent::Decision(d) => {
            within_case("case.decided_on", d.decided_on, facts, today)?;
            if let Some((id, first)) = final_decision(facts.record) {
                return Err(Refused::Conflict(decision_named(Message::new("case.refused.second_decision"), id, first)));
            }
            if d.outcome.terminates() {
                // The checklist as it would stand with this decision recorded (its statement of why remediation is
                // not possible counts; its rationale does not).
                let mut record = facts.record.to_vec();
                record.push(RecordEntry { id: i64::MAX, recorded_on: today, event: CaseEvent::Decision(d.clone()) });
                let unmet: Vec<(&'static str, bool, Message)> =
                    checklist_lines(facts.contract, &record, today).into_iter().filter(|c| !c.1).collect();
                if !unmet.is_empty() {
                    let remediation = unmet.iter().any(|c| c.0 == "remediation_considered");
                    let mut lines: Vec<Message> = unmet.into_iter().map(|c| c.2).collect();
                    if remediation {
                        lines.push(Message::new("case.refused.termination_remediation"));
                    }
                    return refuse(
                        Message::new("case.refused.termination_unmet")
                            .label("outcome", format!("outcome.{}", d.outcome.as_ref()))
                            .with("lines", crate::domain::MessageArg::Sentences(lines)),
                    );
                }
            }
        }
        _ => {}
    }
    stamp(event, today).map_err(Refused::Invalid)?;
    if let CaseEvent::Notice(n) = &*event {
        let sent = n.sent_on.unwrap_or(today);
        if n.respond_by < today {
            return refuse(
                refusal("case.refused.respond_by_passed", "case.respond_by", n.respond_by).day("today", today),
            );
        }
        let latest = one_year_after(sent);
        if n.respond_by > latest {
            return refuse(
                refusal("case.refused.respond_by_far", "case.respond_by", n.respond_by)
                    .day("sent", sent)
                    .day("latest", latest),
            );
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
