//! Compliance cases: contracts and the instruments in force for them, evidence, due process and the
//! pre-termination checklist. Pure rules; storage keeps the records and the audit log their history.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use strum::{AsRefStr, Display, EnumIter, EnumString};

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

/// The instruments in force for a contract, computed from its award date and goods, then corrected by its overrides.
pub fn instruments(contract: &Contract) -> Vec<InstrumentStatus> {
    use strum::IntoEnumIterator;
    let awarded = contract.awarded_on;
    Instrument::iter()
        .map(|instrument| {
            let (in_force, en, fr) = match instrument {
                Instrument::CodeOfConduct2021 => {
                    let on = awarded >= code_of_conduct_2021();
                    (
                        on,
                        format!(
                            "Awarded {awarded}; the revised Code applies to contracts from {}.",
                            code_of_conduct_2021()
                        ),
                        format!(
                            "Attribué le {awarded}; le Code révisé s'applique aux contrats à partir du {}.",
                            code_of_conduct_2021()
                        ),
                    )
                }
                Instrument::AntiForcedLabourClauses => {
                    let on = awarded >= anti_forced_labour_clauses();
                    (
                        on,
                        format!(
                            "Awarded {awarded}; the clauses are in contracts from {}.",
                            anti_forced_labour_clauses()
                        ),
                        format!(
                            "Attribué le {awarded}; les clauses figurent dans les contrats à partir du {}.",
                            anti_forced_labour_clauses()
                        ),
                    )
                }
                Instrument::EthicalProcurementCertification | Instrument::OriginOfWorkClause => {
                    let category = contract.goods_category.as_str();
                    if is_apparel(category) {
                        (
                            true,
                            "Apparel: required by the ethical procurement of apparel initiative.".to_string(),
                            "Vêtements : exigé par l'initiative d'approvisionnement éthique en vêtements.".to_string(),
                        )
                    } else if is_ppe(category) {
                        let on = awarded >= ppe_ethical_clauses();
                        (
                            on,
                            format!("PPE awarded {awarded}; in new PPE contracts from {}.", ppe_ethical_clauses()),
                            format!(
                                "EPI attribué le {awarded}; dans les nouveaux contrats d'EPI à partir du {}.",
                                ppe_ethical_clauses()
                            ),
                        )
                    } else {
                        (
                            false,
                            format!("Not required for the goods category {category}."),
                            format!("Non exigé pour la catégorie de biens {category}."),
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

/// One piece of evidence in a case.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Evidence {
    pub kind: EvidenceKind,
    pub source: String,
    pub dated: NaiveDate,
    #[serde(default)]
    pub indicators: Vec<IloIndicator>,
    pub credibility: Credibility,
    /// The sites of the supply graph it concerns: `declaration id/site ref`, e.g. `12/CN-YARN`.
    #[serde(default)]
    pub sites: Vec<String>,
    #[serde(default)]
    pub summary: String,
}

/// A notice to the supplier.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Notice {
    pub sent_on: NaiveDate,
    pub respond_by: NaiveDate,
    pub subject: String,
    pub body: String,
}

/// The supplier's response to a notice.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Response {
    pub notice_seq: i64,
    pub received_on: NaiveDate,
    pub text: String,
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

/// A notice whose deadline has passed without a response.
pub fn overdue(events: &[(i64, CaseEvent)], today: NaiveDate) -> Vec<i64> {
    events
        .iter()
        .filter_map(|(seq, e)| match e {
            CaseEvent::Notice(n) if n.respond_by < today => {
                let answered = events.iter().any(|(_, r)| matches!(r, CaseEvent::Response(r) if r.notice_seq == *seq));
                (!answered).then_some(*seq)
            }
            _ => None,
        })
        .collect()
}

/// The pre-termination checklist: which grounds are met and what is still missing, from the contract's clauses and
/// the case's record.
pub fn checklist(contract: &Contract, events: &[(i64, CaseEvent)], today: NaiveDate) -> Vec<Check> {
    let status = instruments(contract);
    let in_force = |i: Instrument| status.iter().any(|s| s.instrument == i && s.in_force);
    let evidence: Vec<&Evidence> = events
        .iter()
        .filter_map(|(_, e)| match e {
            CaseEvent::Evidence(ev) => Some(ev),
            _ => None,
        })
        .collect();
    let notices: Vec<(i64, &Notice)> = events
        .iter()
        .filter_map(|(seq, e)| match e {
            CaseEvent::Notice(n) => Some((*seq, n)),
            _ => None,
        })
        .collect();
    let mut out = Vec::new();
    let mut check = |code: &'static str, met: bool, en: String, fr: String| out.push(Check { code, met, en, fr });

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

    // 2. A trigger: CBSA classification, false certification, or credible information showing ILO indicators.
    let trigger = evidence.iter().any(|e| {
        matches!(e.kind, EvidenceKind::CbsaClassification | EvidenceKind::FalseCertification)
            || (e.credibility >= Credibility::Medium && !e.indicators.is_empty())
    });
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

    // 4. Notice given, and the deadline passed or a response received.
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
    let heard = notified
        && notices.iter().all(|(seq, n)| {
            n.respond_by < today
                || events.iter().any(|(_, e)| matches!(e, CaseEvent::Response(r) if r.notice_seq == *seq))
        });
    check(
        "opportunity_to_respond",
        heard,
        if heard {
            "The supplier responded or its deadline has passed.".into()
        } else {
            "Missing: the supplier's response, or the end of its response period.".into()
        },
        if heard {
            "Le fournisseur a répondu ou son délai est échu.".into()
        } else {
            "Manque : la réponse du fournisseur, ou la fin de son délai de réponse.".into()
        },
    );

    // 5. Remediation considered: a corrective action plan, or a decision explaining why none.
    let plan = events.iter().any(|(_, e)| matches!(e, CaseEvent::ActionPlan(_)));
    let decision = events.iter().rev().find_map(|(_, e)| match e {
        CaseEvent::Decision(d) => Some(d),
        _ => None,
    });
    let considered = plan || decision.is_some_and(|d| !d.rationale.trim().is_empty());
    check(
        "remediation_considered",
        considered,
        if considered {
            "Remediation was considered (a corrective action plan, or a reasoned decision).".into()
        } else {
            "Missing: a corrective action plan, or a decision explaining why remediation is not possible.".into()
        },
        if considered {
            "La correction a été envisagée (plan de mesures correctives ou décision motivée).".into()
        } else {
            "Manque : un plan de mesures correctives, ou une décision expliquant pourquoi la correction est impossible."
                .into()
        },
    );
    out
}

/// Whether every line of the checklist is met: the grounds a termination needs.
pub fn grounds_met(checks: &[Check]) -> bool {
    checks.iter().all(|c| c.met)
}

/// The Canadian federal fiscal year (April to March) a date falls in, by its first year: 2026-03-31 → 2025.
pub fn fiscal_year(date: NaiveDate) -> i32 {
    use chrono::Datelike;
    if date.month() >= 4 { date.year() } else { date.year() - 1 }
}

#[cfg(test)]
mod tests;
