//! Compliance cases: contracts and the instruments in force for them, evidence, due process and the
//! pre-termination checklist. Pure rules; storage keeps the records and the audit log their history.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use strum::{AsRefStr, Display, EnumIter, EnumString};

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

/// A day in words in a language (`reports::dates::long_date` at the edge), for the days a reason says in a sentence.
pub type DayWords<'a> = &'a dyn Fn(crate::domain::Lang, NaiveDate) -> String;

/// Which instruments are in force for a contract, without the reasons (the checklist and the S-211 figures).
pub(crate) fn in_force(contract: &Contract) -> Vec<(Instrument, bool)> {
    // The reasons are dropped: no name of the category nor day in words is needed.
    let unnamed = CategoryName { en: "", fr: "" };
    instruments(contract, unnamed, &|_, d| d.to_string()).into_iter().map(|s| (s.instrument, s.in_force)).collect()
}

/// The instruments in force for a contract, computed from its award date and goods, then corrected by its overrides;
/// each reason in both languages, naming the goods category by `category` (never its code) and its days by `day`
/// (in words: the reasons are sentences).
pub fn instruments(contract: &Contract, category: CategoryName<'_>, day: DayWords<'_>) -> Vec<InstrumentStatus> {
    use crate::domain::Lang::{En, Fr};
    use strum::IntoEnumIterator;
    let (awarded_en, awarded_fr) = (day(En, contract.awarded_on), day(Fr, contract.awarded_on));
    let awarded = contract.awarded_on;
    Instrument::iter()
        .map(|instrument| {
            let (in_force, en, fr) = match instrument {
                Instrument::CodeOfConduct2021 => {
                    let from = code_of_conduct_2021();
                    (
                        awarded >= from,
                        format!("Awarded {awarded_en}; the revised Code applies to contracts from {}.", day(En, from)),
                        format!(
                            "Attribué le {awarded_fr}; le Code révisé s'applique aux contrats à partir du {}.",
                            day(Fr, from)
                        ),
                    )
                }
                Instrument::AntiForcedLabourClauses => {
                    let from = anti_forced_labour_clauses();
                    (
                        awarded >= from,
                        format!("Awarded {awarded_en}; the clauses are in contracts from {}.", day(En, from)),
                        format!(
                            "Attribué le {awarded_fr}; les clauses figurent dans les contrats à partir du {}.",
                            day(Fr, from)
                        ),
                    )
                }
                // Both are feminine in French (« Attestation », « Clause »): « exigée ».
                Instrument::EthicalProcurementCertification | Instrument::OriginOfWorkClause => {
                    let code = contract.goods_category.as_str();
                    if is_apparel(code) {
                        (
                            true,
                            "Apparel: required by the ethical procurement of apparel initiative.".to_string(),
                            "Vêtements : exigée par l'initiative d'approvisionnement éthique en vêtements.".to_string(),
                        )
                    } else if is_ppe(code) {
                        let from = ppe_ethical_clauses();
                        (
                            awarded >= from,
                            format!("PPE awarded {awarded_en}; in new PPE contracts from {}.", day(En, from)),
                            format!(
                                "EPI attribué le {awarded_fr}; dans les nouveaux contrats d'EPI à partir du {}.",
                                day(Fr, from)
                            ),
                        )
                    } else {
                        (
                            false,
                            format!("Not required for the goods category “{}”.", category.en),
                            format!("Non exigée pour la catégorie de biens « {} ».", category.fr),
                        )
                    }
                }
            };
            match contract.overrides.iter().find(|o| o.instrument == instrument) {
                Some(o) => InstrumentStatus {
                    instrument,
                    in_force: o.in_force,
                    overridden: true,
                    reason_en: format!("Overridden: {} (computed: {en})", o.reason),
                    reason_fr: format!("Corrigé : {} (calculé : {fr})", o.reason),
                },
                None => InstrumentStatus { instrument, in_force, overridden: false, reason_en: en, reason_fr: fr },
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
pub struct ActionPlan {
    pub milestones: Vec<Milestone>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum CaseEvent {
    Evidence(Evidence),
    Notice(Notice),
    Response(Response),
    ActionPlan(ActionPlan),
    Decision(Decision),
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

/// A refusal of an event to record, in English and French.
pub type Refusal = (String, String);

/// Checks an event about to be recorded on `today` and sets what the service decides: a notice's `sent_on` (the
/// documented earlier delivery, else today) and a response's `received_on` (today). Refused: a `sent_on` other than
/// that day, an earlier delivery without its means or evidence or after today, a deadline shorter than the policy's
/// minimum, a `received_on` other than today. A refusal quotes the field and its value as given and says every other
/// day in words, by `day` (`reports::dates::long_date` at the edge).
pub fn stamp(event: &mut CaseEvent, today: NaiveDate, day: DayWords<'_>) -> Result<(), Refusal> {
    use crate::domain::Lang::{En, Fr};
    let (today_en, today_fr) = (day(En, today), day(Fr, today));
    match event {
        CaseEvent::Notice(n) => {
            if let Some(d) = &n.delivery {
                if d.on > today {
                    return Err((
                        format!("delivery.on {}: a delivery is recorded once it happened (today is {today_en})", d.on),
                        format!(
                            "delivery.on {} : une remise se consigne une fois faite (nous sommes le {today_fr})",
                            d.on
                        ),
                    ));
                }
                if d.means.trim().is_empty() || d.evidence.trim().is_empty() {
                    return Err((
                        "delivery: an earlier delivery is recorded with how it was made and what proves it (means and evidence)".into(),
                        "delivery : une remise antérieure se consigne avec son mode et sa preuve (means et evidence)".into(),
                    ));
                }
            }
            let sent = effective_sent_on(n, today);
            if let Some(claimed) = n.sent_on
                && claimed != sent
            {
                return Err((
                    format!(
                        "sent_on {claimed}: a notice is sent when the supplier can first see it — when it is recorded ({today_en}), or on an earlier delivery recorded with its evidence (delivery)"
                    ),
                    format!(
                        "sent_on {claimed} : un avis est envoyé quand le fournisseur peut le voir — à son enregistrement ({today_fr}), ou à une remise antérieure consignée avec sa preuve (delivery)"
                    ),
                ));
            }
            let minimum = minimum_respond_by(sent);
            if n.respond_by < minimum {
                let p = response_policy(sent);
                return Err((
                    format!(
                        "respond_by {}: the {} gives the supplier at least {} days from the day it could first see the notice ({}): {} at the earliest",
                        n.respond_by,
                        p.name_en,
                        p.minimum_days,
                        day(En, sent),
                        day(En, minimum)
                    ),
                    format!(
                        "respond_by {} : la {} accorde au fournisseur au moins {} jours à partir du jour où il a pu voir l'avis ({}) : le {} au plus tôt",
                        n.respond_by,
                        p.name_fr,
                        p.minimum_days,
                        day(Fr, sent),
                        day(Fr, minimum)
                    ),
                ));
            }
            n.sent_on = Some(sent);
            Ok(())
        }
        CaseEvent::Response(r) => {
            if let Some(claimed) = r.received_on
                && claimed != today
            {
                return Err((
                    format!(
                        "received_on {claimed}: the service dates a response on the day it receives it ({today_en})"
                    ),
                    format!("received_on {claimed} : le service date une réponse du jour où il la reçoit ({today_fr})"),
                ));
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
    checklist_worded(contract, record, today, &|_, d| d.to_string())
}

/// [`checklist`], its lines saying their days by `day` (in words, for pages, the dossier and the API).
pub fn checklist_worded(
    contract: &Contract,
    record: &[RecordEntry],
    today: NaiveDate,
    day: DayWords<'_>,
) -> Vec<Check> {
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
    let mut check = |code: &'static str, met: bool, en: String, fr: String| out.push(Check { code, met, en, fr });

    for allegation in allegations(record) {
        match allegation {
            Allegation::ForcedLabour => {
                // 1. A clause of this contract allows termination for forced labour or trafficking.
                let clause = in_force(Instrument::AntiForcedLabourClauses) || in_force(Instrument::CodeOfConduct2021);
                check(
                    "termination_clause",
                    clause,
                    if clause {
                        "The contract carries a clause that allows termination for forced labour or trafficking.".into()
                    } else {
                        "No instrument in force for this contract allows termination for forced labour: the contract predates the 2021 Code and clauses (record an override if they were written in).".into()
                    },
                    if clause {
                        "Le contrat comporte une clause permettant la résiliation pour travail forcé ou traite.".into()
                    } else {
                        "Aucun instrument en vigueur pour ce contrat ne permet la résiliation pour travail forcé : le contrat est antérieur au Code et aux clauses de 2021 (consigner une correction si elles y ont été ajoutées).".into()
                    },
                );
                // 2. A trigger: CBSA classification, false certification, or credible information showing ILO
                // indicators.
                let trigger = evidence.iter().any(|e| triggers(e, Allegation::ForcedLabour));
                check(
                    "trigger",
                    trigger,
                    if trigger {
                        "There is a trigger: a CBSA 9897.00.00 classification, a false certification, or credible information showing ILO indicators.".into()
                    } else {
                        "Missing: a trigger — a CBSA 9897.00.00 classification, a false certification, or information of medium or high credibility showing at least one ILO indicator.".into()
                    },
                    if trigger {
                        "Un déclencheur existe : classement de l'ASFC sous 9897.00.00, fausse attestation ou information crédible montrant des indicateurs de l'OIT.".into()
                    } else {
                        "Manque : un déclencheur — classement de l'ASFC sous 9897.00.00, fausse attestation, ou information de crédibilité moyenne ou élevée montrant au moins un indicateur de l'OIT.".into()
                    },
                );
            }
            Allegation::ChildLabour => {
                let clause =
                    in_force(Instrument::CodeOfConduct2021) || in_force(Instrument::EthicalProcurementCertification);
                check(
                    "termination_clause_child_labour",
                    clause,
                    if clause {
                        "The contract carries an instrument on human and labour rights that covers child labour (the 2021 Code of Conduct or the ethical procurement certification).".into()
                    } else {
                        "No instrument in force for this contract covers child labour: neither the 2021 Code of Conduct nor the ethical procurement certification applies (record an override if one was written in).".into()
                    },
                    if clause {
                        "Le contrat comporte un instrument sur les droits de la personne et du travail qui vise le travail des enfants (le Code de conduite de 2021 ou l'attestation d'approvisionnement éthique).".into()
                    } else {
                        "Aucun instrument en vigueur pour ce contrat ne vise le travail des enfants : ni le Code de conduite de 2021 ni l'attestation d'approvisionnement éthique ne s'appliquent (consigner une correction si l'un y a été ajouté).".into()
                    },
                );
                let trigger = evidence.iter().any(|e| triggers(e, Allegation::ChildLabour));
                let early_tariff = evidence.iter().any(|e| {
                    e.allegation == Allegation::ChildLabour
                        && e.kind == EvidenceKind::CbsaClassification
                        && e.dated < tariff_child_labour_from()
                });
                let (mut en, mut fr): (String, String) = if trigger {
                    (
                        "There is a trigger for child labour: a CBSA 9897.00.00 classification (from 1 January 2024), a false certification, or credible information showing child-labour indicators (ILO C138/C182).".into(),
                        "Un déclencheur existe pour le travail des enfants : classement de l'ASFC sous 9897.00.00 (depuis le 1er janvier 2024), fausse attestation ou information crédible montrant des indicateurs du travail des enfants (OIT C138/C182).".into(),
                    )
                } else {
                    (
                        "Missing: a trigger for child labour — a CBSA 9897.00.00 classification dated from 1 January 2024, a false certification, or information of medium or high credibility showing at least one child-labour indicator (below minimum working age, hazardous work, worst forms, school attendance).".into(),
                        "Manque : un déclencheur pour le travail des enfants — classement de l'ASFC sous 9897.00.00 daté du 1er janvier 2024 ou après, fausse attestation, ou information de crédibilité moyenne ou élevée montrant au moins un indicateur du travail des enfants (sous l'âge minimum d'admission à l'emploi, travail dangereux, pires formes, fréquentation scolaire).".into(),
                    )
                };
                if early_tariff && !trigger {
                    en.push_str(" A CBSA classification dated before 1 January 2024 does not count: tariff item 9897.00.00 covered forced labour only until then.");
                    fr.push_str(" Un classement de l'ASFC daté d'avant le 1er janvier 2024 ne compte pas : le numéro tarifaire 9897.00.00 ne visait que le travail forcé jusque-là.");
                }
                check("trigger_child_labour", trigger, en, fr);
            }
        }
    }

    // 3. The evidence concerns this contract's supply chain.
    let linked = evidence.iter().any(|e| !e.sites.is_empty() || e.kind == EvidenceKind::FalseCertification);
    check(
        "linked_to_chain",
        linked,
        if linked {
            "The evidence is linked to sites of the supplier's chain.".into()
        } else {
            "Missing: evidence linked to a site of the supplier's declared chain.".into()
        },
        if linked {
            "La preuve est liée à des lieux de la chaîne du fournisseur.".into()
        } else {
            "Manque : une preuve liée à un lieu de la chaîne déclarée du fournisseur.".into()
        },
    );

    // 4. Notice given, and the deadline truly passed or a response received.
    let notified = !notices.is_empty();
    check(
        "notice",
        notified,
        if notified {
            "The supplier was given notice.".into()
        } else {
            "Missing: a notice to the supplier with a deadline to respond.".into()
        },
        if notified {
            "Le fournisseur a été avisé.".into()
        } else {
            "Manque : un avis au fournisseur avec un délai de réponse.".into()
        },
    );
    let waiting: Vec<&NoticeStatus> = notices.iter().filter(|n| !n.answered && !n.deadline_passed).collect();
    let heard = notified && waiting.is_empty();
    let (en, fr) = if heard {
        (
            "The supplier responded to every notice, or its response period ended.".to_string(),
            "Le fournisseur a répondu à chaque avis, ou son délai de réponse est échu.".to_string(),
        )
    } else if waiting.is_empty() {
        (
            "Missing: the supplier's response, or the end of its response period.".to_string(),
            "Manque : la réponse du fournisseur, ou la fin de son délai de réponse.".to_string(),
        )
    } else {
        let list = |fr: bool| {
            waiting
                .iter()
                .map(|n| {
                    if fr {
                        format!("avis {} : jusqu'au {}", n.number, day(crate::domain::Lang::Fr, n.respond_by))
                    } else {
                        format!("notice {}: until {}", n.number, day(crate::domain::Lang::En, n.respond_by))
                    }
                })
                .collect::<Vec<_>>()
                .join(if fr { "\u{202f}; " } else { "; " })
        };
        (
            format!("Missing: the supplier's response, or the end of its response period ({}).", list(false)),
            format!("Manque : la réponse du fournisseur, ou la fin de son délai de réponse ({}).", list(true)),
        )
    };
    check("opportunity_to_respond", heard, en, fr);

    // 5. Remediation considered: a corrective action plan, or a decision that states, apart from its reasons, why
    // remediation is not possible. A termination's own rationale does not count: it would always meet this line.
    let plan = record.iter().any(|e| matches!(e.event, CaseEvent::ActionPlan(_)));
    let impossible =
        record.iter().any(|e| matches!(&e.event, CaseEvent::Decision(d) if d.remediation_impossible().is_some()));
    let considered = plan || impossible;
    check(
        "remediation_considered",
        considered,
        if considered {
            "Remediation was considered (a corrective action plan, or a statement of why remediation is not possible)."
                .into()
        } else {
            "Missing: a corrective action plan, or a decision stating why remediation is not possible.".into()
        },
        if considered {
            "La correction a été envisagée (plan de mesures correctives ou exposé des raisons pour lesquelles elle est impossible).".into()
        } else {
            "Manque : un plan de mesures correctives, ou une décision exposant pourquoi la correction est impossible."
                .into()
        },
    );
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

fn refuse(en: String, fr: String) -> Result<(), Refused> {
    Err(Refused::Invalid((en, fr)))
}

/// The decision of a record, with its event id. Every outcome is final for its case: the model has no reopening (a
/// new case is opened on new facts), so a record holds at most one decision.
fn final_decision(record: &[RecordEntry]) -> Option<(i64, &Decision)> {
    record.iter().find_map(|e| match &e.event {
        CaseEvent::Decision(d) => Some((e.id, d)),
        _ => None,
    })
}

/// Checks that a day lies between the case's start (the later of the award and the opening) and `today`; a refusal
/// quotes the field as given and says the other days by `words`.
fn within_case(
    field: &str,
    day: NaiveDate,
    facts: &CaseFacts,
    today: NaiveDate,
    words: DayWords<'_>,
) -> Result<(), Refused> {
    use crate::domain::Lang::{En, Fr};
    let (awarded, opened) = (facts.contract.awarded_on, facts.opened_on);
    if day < awarded {
        return refuse(
            format!("{field} {day}: before the contract was awarded ({})", words(En, awarded)),
            format!("{field} {day} : antérieur à l'attribution du contrat ({})", words(Fr, awarded)),
        );
    }
    if day < opened {
        return refuse(
            format!("{field} {day}: before the case was opened ({})", words(En, opened)),
            format!("{field} {day} : antérieur à l'ouverture du dossier ({})", words(Fr, opened)),
        );
    }
    if day > today {
        return refuse(
            format!("{field} {day}: in the future (today is {})", words(En, today)),
            format!("{field} {day} : dans l'avenir (nous sommes le {})", words(Fr, today)),
        );
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
/// A refusal quotes the field and its value as given (`decided_on 2026-11-02`) and says every other day in words, by
/// `day` (`reports::dates::long_date` at the edge: `November 2, 2026`, `2 novembre 2026`).
pub fn admit(event: &mut CaseEvent, facts: &CaseFacts, today: NaiveDate, day: DayWords<'_>) -> Result<(), Refused> {
    use crate::domain::Lang::{En, Fr};
    let (today_en, today_fr) = (day(En, today), day(Fr, today));
    match &*event {
        CaseEvent::Notice(n) => {
            if let Some((id, d)) = final_decision(facts.record) {
                let (en, fr) = messages::outcome_words(d.outcome);
                return refuse(
                    format!(
                        "type notice: the case is decided ({en}, {}, entry {id}); a notice can no longer be answered in it",
                        day(En, d.decided_on)
                    ),
                    format!(
                        "type notice : le dossier est tranché ({fr}, {}, entrée {id}); un avis ne peut plus y recevoir de réponse",
                        day(Fr, d.decided_on)
                    ),
                );
            }
            if let Some(d) = &n.delivery {
                within_case("delivery.on", d.on, facts, today, day)?;
            }
        }
        CaseEvent::Evidence(e) => {
            if e.dated > today {
                return refuse(
                    format!("dated {}: evidence is recorded once it exists (today is {today_en})", e.dated),
                    format!(
                        "dated {} : une preuve se consigne une fois qu'elle existe (nous sommes le {today_fr})",
                        e.dated
                    ),
                );
            }
            let unknown: Vec<&str> =
                e.sites.iter().filter(|s| !facts.supplier_sites.contains(s)).map(String::as_str).collect();
            if !unknown.is_empty() {
                let list = unknown.join(", ");
                return refuse(
                    format!(
                        "sites {list}: not a site of a declaration of the contract's supplier (write `declaration id/site ref`, e.g. 12/CN-YARN)"
                    ),
                    format!(
                        "sites {list} : pas un lieu d'une déclaration du fournisseur du contrat (écrire `no de déclaration/réf. du lieu`, p. ex. 12/CN-YARN)"
                    ),
                );
            }
            match e.allegation {
                Allegation::ChildLabour if !e.indicators.is_empty() => {
                    return refuse(
                        "indicators: a child-labour allegation is shown by child-labour indicators (child_indicators), not forced-labour ones".into(),
                        "indicators : une allégation de travail des enfants s'appuie sur des indicateurs du travail des enfants (child_indicators), pas du travail forcé".into(),
                    );
                }
                Allegation::ForcedLabour if !e.child_indicators.is_empty() => {
                    return refuse(
                        "indicators: a forced-labour allegation is shown by ILO forced-labour indicators (indicators), not child-labour ones; record a child-labour allegation for them".into(),
                        "indicators : une allégation de travail forcé s'appuie sur les indicateurs du travail forcé de l'OIT (indicators), pas du travail des enfants; consigner une allégation de travail des enfants pour ceux-ci".into(),
                    );
                }
                _ => {}
            }
        }
        CaseEvent::Decision(d) => {
            within_case("decided_on", d.decided_on, facts, today, day)?;
            if let Some((id, first)) = final_decision(facts.record) {
                let (en, fr) = messages::outcome_words(first.outcome);
                return Err(Refused::Conflict((
                    format!(
                        "type decision: the case already has its decision (entry {id}: {en}, {}); a decision closes the case — open a new case on new facts",
                        day(En, first.decided_on)
                    ),
                    format!(
                        "type decision : le dossier a déjà sa décision (entrée {id} : {fr}, {}); une décision clôt le dossier — ouvrir un nouveau dossier sur des faits nouveaux",
                        day(Fr, first.decided_on)
                    ),
                )));
            }
            if d.outcome.terminates() {
                // The checklist as it would stand with this decision recorded (its statement of why remediation is
                // not possible counts; its rationale does not).
                let mut record = facts.record.to_vec();
                record.push(RecordEntry { id: i64::MAX, recorded_on: today, event: CaseEvent::Decision(d.clone()) });
                let unmet: Vec<Check> =
                    checklist(facts.contract, &record, today).into_iter().filter(|c| !c.met).collect();
                if !unmet.is_empty() {
                    let (outcome_en, outcome_fr) = messages::outcome_words(d.outcome);
                    let mut en = format!("outcome “{outcome_en}”: the pre-termination checklist has unmet lines —");
                    let mut fr = format!(
                        "outcome « {outcome_fr} » : la liste de vérification préalable à la résiliation a des lignes non remplies —"
                    );
                    for c in &unmet {
                        en.push(' ');
                        en.push_str(&c.en);
                        fr.push(' ');
                        fr.push_str(&c.fr);
                    }
                    if unmet.iter().any(|c| c.code == "remediation_considered") {
                        en.push_str(" remediation_not_possible_because: with no corrective action plan on record, a termination states why remediation is not possible, apart from its rationale.");
                        fr.push_str(" remediation_not_possible_because : sans plan de mesures correctives au dossier, une résiliation expose pourquoi la correction est impossible, en plus de ses motifs.");
                    }
                    return refuse(en, fr);
                }
            }
        }
        _ => {}
    }
    stamp(event, today, day).map_err(Refused::Invalid)?;
    if let CaseEvent::Notice(n) = &*event {
        let sent = n.sent_on.unwrap_or(today);
        if n.respond_by < today {
            return refuse(
                format!(
                    "respond_by {}: the deadline has already passed (today is {today_en}); the response period must still be open when the notice is recorded",
                    n.respond_by
                ),
                format!(
                    "respond_by {} : le délai est déjà échu (nous sommes le {today_fr}); le délai de réponse doit être ouvert quand l'avis est consigné",
                    n.respond_by
                ),
            );
        }
        let latest = one_year_after(sent);
        if n.respond_by > latest {
            return refuse(
                format!(
                    "respond_by {}: the deadline must be at most one year after the notice takes effect ({}): {} at the latest",
                    n.respond_by,
                    day(En, sent),
                    day(En, latest)
                ),
                format!(
                    "respond_by {} : le délai doit être d'au plus un an après la prise d'effet de l'avis ({}) : le {} au plus tard",
                    n.respond_by,
                    day(Fr, sent),
                    day(Fr, latest)
                ),
            );
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests;
