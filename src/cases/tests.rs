use super::*;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

fn contract(category: &str, awarded: &str) -> Contract {
    Contract {
        number: "W0113-24C005/001/ZF".into(),
        kind: ContractKind::Contract,
        title: "Work wear".into(),
        business_number: "793051285".into(),
        supplier_name: "Uniformes Boréal Ltée".into(),
        goods_category: category.into(),
        value_cad: 1_250_000.0,
        awarded_on: d(awarded),
        ends_on: None,
        overrides: Vec::new(),
    }
}

/// Names of a category as the model gives them.
const ROPES: CategoryName<'static> = CategoryName { en: "Ropes and cordage", fr: "Cordages" };

/// The catalogues, as the service says the rules' messages.
fn catalog() -> &'static crate::reports::Catalog {
    crate::reports::Catalog::shared().unwrap()
}

/// A message in words as the service says it (`reports::Catalog::say`), no-break spaces as plain ones.
fn said(lang: crate::domain::Lang, m: &Message) -> String {
    catalog().say(lang, m).replace(['\u{a0}', '\u{202f}'], " ")
}

/// A refusal in English and French.
fn both(m: Message) -> (String, String) {
    (said(crate::domain::Lang::En, &m), said(crate::domain::Lang::Fr, &m))
}

/// [`stamp`], its refusal in words.
fn stamp_said(event: &mut CaseEvent, today: NaiveDate) -> Result<(), (String, String)> {
    stamp(event, today).map_err(both)
}

/// A refusal of [`admit`] in words.
enum Said {
    Invalid((String, String)),
    Conflict((String, String)),
}

/// [`admit`], its refusal in words.
fn admitted(event: &mut CaseEvent, facts: &CaseFacts, today: NaiveDate) -> Result<(), Said> {
    admit(event, facts, today).map_err(|r| match r {
        Refused::Invalid(m) => Said::Invalid(both(m)),
        Refused::Conflict(m) => Said::Conflict(both(m)),
    })
}

fn in_force(c: &Contract) -> Vec<Instrument> {
    instruments(c, ROPES, &said).into_iter().filter(|s| s.in_force).map(|s| s.instrument).collect()
}

#[test]
fn the_instruments_in_force_follow_the_award_date_and_the_goods() {
    use Instrument::*;
    // Clothing after November 2021: everything.
    assert_eq!(
        in_force(&contract("clothing", "2022-03-01")),
        vec![CodeOfConduct2021, AntiForcedLabourClauses, EthicalProcurementCertification, OriginOfWorkClause]
    );
    // Between the revised Code (August 2021) and the clauses (November 2021).
    assert_eq!(in_force(&contract("ropes_cordage", "2021-09-15")), vec![CodeOfConduct2021]);
    // PPE: ethical clauses from July 2020, before the 2021 instruments.
    assert_eq!(
        in_force(&contract("ppe_gloves", "2020-07-01")),
        vec![EthicalProcurementCertification, OriginOfWorkClause]
    );
    assert!(in_force(&contract("ppe_gloves", "2020-06-30")).is_empty());
    // Boundaries are inclusive on the day an instrument takes effect.
    assert!(in_force(&contract("electronics", "2021-11-01")).contains(&AntiForcedLabourClauses));
    assert!(!in_force(&contract("electronics", "2021-10-31")).contains(&AntiForcedLabourClauses));
}

#[test]
fn the_reasons_name_the_goods_category_in_words_never_by_its_code() {
    let c = contract("ropes_cordage", "2022-03-01");
    for s in instruments(&c, ROPES, &said) {
        for reason in [&s.reason_en, &s.reason_fr] {
            assert!(!reason.contains("ropes_cordage"), "{reason}");
        }
    }
    let origin =
        instruments(&c, ROPES, &said).into_iter().find(|s| s.instrument == Instrument::OriginOfWorkClause).unwrap();
    assert!(origin.reason_en.contains("“Ropes and cordage”"), "{}", origin.reason_en);
    assert!(origin.reason_fr.contains("« Cordages »"), "{}", origin.reason_fr);
    // The certification and the clause are feminine in French, required or not.
    let clothing = contract("clothing", "2022-03-01");
    for (c, words) in [(&c, "Non exigée pour"), (&clothing, "Vêtements : exigée par")] {
        for s in instruments(c, ROPES, &said) {
            if matches!(s.instrument, Instrument::EthicalProcurementCertification | Instrument::OriginOfWorkClause) {
                assert!(s.reason_fr.starts_with(words), "{}", s.reason_fr);
            }
        }
    }
}

#[test]
fn an_override_wins_and_says_why_in_both_languages() {
    let mut c = contract("electronics", "2021-06-01");
    c.overrides.push(InstrumentOverride {
        instrument: Instrument::AntiForcedLabourClauses,
        in_force: true,
        reason: "amendment 3 added the clauses on 2022-02-01".into(),
    });
    let s = instruments(&c, ROPES, &said)
        .into_iter()
        .find(|s| s.instrument == Instrument::AntiForcedLabourClauses)
        .unwrap();
    assert!(s.in_force && s.overridden);
    assert!(s.reason_en.contains("amendment 3") && s.reason_fr.starts_with("Corrigé"));
}

fn evidence(kind: EvidenceKind, credibility: Credibility, indicators: &[IloIndicator], sites: &[&str]) -> CaseEvent {
    CaseEvent::Evidence(Evidence {
        kind,
        source: "source".into(),
        dated: d("2026-05-01"),
        allegation: Allegation::ForcedLabour,
        indicators: indicators.to_vec(),
        child_indicators: Vec::new(),
        credibility,
        sites: sites.iter().map(|s| s.to_string()).collect(),
        summary: String::new(),
    })
}

fn notice(sent: &str, by: &str) -> CaseEvent {
    CaseEvent::Notice(Notice {
        sent_on: Some(d(sent)),
        respond_by: d(by),
        subject: "s".into(),
        body: "b".into(),
        delivery: None,
    })
}

/// A record entry recorded on a day.
fn at(id: i64, recorded_on: &str, event: CaseEvent) -> RecordEntry {
    RecordEntry { id, recorded_on: d(recorded_on), event }
}

fn response(to: i64, on: &str) -> CaseEvent {
    CaseEvent::Response(Response { notice_seq: to, received_on: Some(d(on)), text: "answer".into() })
}

fn unmet(checks: &[Check]) -> Vec<&'static str> {
    checks.iter().filter(|c| !c.met).map(|c| c.code).collect()
}

#[test]
fn the_checklist_grows_with_the_record_until_the_grounds_are_met() {
    let c = contract("clothing", "2023-04-01");
    let today = d("2026-07-01");
    let mut events: Vec<RecordEntry> = Vec::new();
    assert_eq!(
        unmet(&checklist(&c, &events, today)),
        vec!["trigger", "linked_to_chain", "notice", "opportunity_to_respond", "remediation_considered"]
    );
    // A low-credibility rumour is no trigger.
    events.push(at(
        1,
        "2026-05-02",
        evidence(EvidenceKind::Grievance, Credibility::Low, &[IloIndicator::DebtBondage], &[]),
    ));
    assert!(unmet(&checklist(&c, &events, today)).contains(&"trigger"));
    // A credible report with indicators, about a site of the chain.
    events.push(at(
        2,
        "2026-05-03",
        evidence(
            EvidenceKind::CredibleReport,
            Credibility::High,
            &[IloIndicator::RetentionOfIdentityDocuments, IloIndicator::WithholdingOfWages],
            &["7/CN-YARN"],
        ),
    ));
    assert_eq!(
        unmet(&checklist(&c, &events, today)),
        vec!["notice", "opportunity_to_respond", "remediation_considered"]
    );
    // Notice with a deadline still running: the supplier has not yet been heard.
    events.push(at(3, "2026-06-15", notice("2026-06-15", "2026-07-15")));
    assert_eq!(unmet(&checklist(&c, &events, today)), vec!["opportunity_to_respond", "remediation_considered"]);
    assert!(overdue(&events, today).is_empty());
    // The deadline passes without a response: overdue, and the opportunity was given.
    let later = d("2026-07-20");
    assert_eq!(overdue(&events, later), vec![3]);
    assert_eq!(unmet(&checklist(&c, &events, later)), vec!["remediation_considered"]);
    events.push(at(
        4,
        "2026-07-20",
        CaseEvent::Decision(Decision {
            outcome: Outcome::TerminateForDefault,
            decided_on: later,
            rationale: "No response; documents retained at the spinning mill.".into(),
            isp_referral: true,
            remediation_not_possible_because: Some("The supplier refused every corrective step.".into()),
        }),
    ));
    let checks = checklist_worded(&c, &events, later, &said);
    assert!(grounds_met(&checks), "{:?}", unmet(&checks));
    assert!(checks.iter().all(|c| !c.en.is_empty() && !c.fr.is_empty()));
}

#[test]
fn a_contract_from_before_2021_lacks_a_termination_clause_unless_overridden() {
    let mut c = contract("ropes_cordage", "2019-05-01");
    let events =
        vec![at(1, "2026-01-02", evidence(EvidenceKind::CbsaClassification, Credibility::High, &[], &["1/VN-ROPE"]))];
    let today = d("2026-01-10");
    assert!(unmet(&checklist(&c, &events, today)).contains(&"termination_clause"));
    c.overrides.push(InstrumentOverride {
        instrument: Instrument::CodeOfConduct2021,
        in_force: true,
        reason: "renewed under the 2021 Code in 2022".into(),
    });
    assert!(!unmet(&checklist(&c, &events, today)).contains(&"termination_clause"));
}

#[test]
fn a_response_before_the_deadline_counts_and_clears_the_overdue_flag() {
    let events =
        vec![at(1, "2026-03-01", notice("2026-03-01", "2026-03-31")), at(2, "2026-03-20", response(1, "2026-03-20"))];
    assert!(overdue(&events, d("2026-04-15")).is_empty());
    let checks = checklist(&contract("clothing", "2024-01-01"), &events, d("2026-03-25"));
    assert!(checks.iter().find(|c| c.code == "opportunity_to_respond").unwrap().met);
}

#[test]
fn a_backdated_notice_runs_from_the_day_it_was_recorded() {
    // Recorded on 2026-11-29 as "sent 2026-10-01, respond by 2026-10-31": the supplier first saw it on the 29th.
    let c = contract("clothing", "2024-01-01");
    let record = vec![
        at(
            1,
            "2026-11-20",
            evidence(EvidenceKind::CredibleReport, Credibility::High, &[IloIndicator::DebtBondage], &["3/MILL"]),
        ),
        at(2, "2026-11-29", notice("2026-10-01", "2026-10-31")),
    ];
    let today = d("2026-11-29");
    let n = &notices(&record, today, false)[0];
    assert_eq!((n.number, n.sent_on, n.respond_by), (1, d("2026-11-29"), d("2026-12-09")));
    assert_eq!((n.written_respond_by, n.minimum_respond_by), (d("2026-10-31"), d("2026-12-09")));
    assert!(!n.deadline_passed && !n.overdue);
    assert!(overdue(&record, today).is_empty());
    assert!(unmet(&checklist(&c, &record, today)).contains(&"opportunity_to_respond"));
    let line =
        checklist_worded(&c, &record, today, &said).into_iter().find(|c| c.code == "opportunity_to_respond").unwrap();
    assert!(line.en.contains("notice 1: until December 9, 2026"), "{}", line.en);
    assert!(line.fr.contains("avis 1 : jusqu'au 9 décembre 2026"), "{}", line.fr);
    // The last day still counts as in time; the day after, the deadline truly passed.
    assert!(overdue(&record, d("2026-12-09")).is_empty());
    assert_eq!(overdue(&record, d("2026-12-10")), vec![2]);
    assert!(!unmet(&checklist(&c, &record, d("2026-12-10"))).contains(&"opportunity_to_respond"));
}

#[test]
fn an_earlier_delivery_counts_only_with_its_means_and_evidence() {
    let mut n = Notice {
        sent_on: None,
        respond_by: d("2026-10-20"),
        subject: "s".into(),
        body: "b".into(),
        delivery: Some(Delivery { on: d("2026-10-05"), means: "registered mail".into(), evidence: String::new() }),
    };
    // Without evidence the delivery is not believed: the notice runs from its recording.
    assert_eq!(effective_sent_on(&n, d("2026-11-29")), d("2026-11-29"));
    let mut e = CaseEvent::Notice(n.clone());
    let (en, fr) = stamp_said(&mut e, d("2026-11-29")).unwrap_err();
    assert!(en.starts_with("Delivered earlier:") && fr.starts_with("Remis antérieurement :"), "{en} / {fr}");
    // With its evidence it holds, and the period runs from that day: 2026-10-20 passed before the recording.
    if let Some(delivery) = n.delivery.as_mut() {
        delivery.evidence = "Canada Post RN123456789CA, signed 2026-10-05".into();
    }
    let mut e = CaseEvent::Notice(n.clone());
    stamp_said(&mut e, d("2026-11-29")).unwrap();
    let CaseEvent::Notice(stamped) = &e else { panic!() };
    assert_eq!(stamped.sent_on, Some(d("2026-10-05")));
    let record = vec![at(7, "2026-11-29", e.clone())];
    assert_eq!(overdue(&record, d("2026-11-29")), vec![7]);
    // A delivery after the recording day is refused, and so is a deadline under the policy's minimum from it.
    let mut later = n.clone();
    later.delivery = Some(Delivery { on: d("2026-11-30"), means: "m".into(), evidence: "e".into() });
    assert!(stamp_said(&mut CaseEvent::Notice(later), d("2026-11-29")).is_err());
    let mut short = n.clone();
    short.respond_by = d("2026-10-14");
    let (en, fr) = stamp_said(&mut CaseEvent::Notice(short), d("2026-11-29")).unwrap_err();
    assert!(en.contains("at least 10 days") && en.contains("October 15, 2026 at the earliest"), "{en}");
    assert!(fr.contains("au moins 10 jours") && fr.contains("le 15 octobre 2026 au plus tôt"), "{fr}");
}

#[test]
fn the_service_dates_notices_and_responses_itself() {
    let today = d("2026-11-29");
    // A sent_on other than today, with no documented delivery: refused, naming the field and the day that holds.
    let mut backdated = notice("2026-10-01", "2026-12-31");
    let (en, fr) = stamp_said(&mut backdated, today).unwrap_err();
    assert!(en.starts_with("Sent on 2026-10-01:") && en.contains("(November 29, 2026)"), "{en}");
    assert!(fr.starts_with("Envoyé le 2026-10-01 :"), "{fr}");
    // Left out, it is set to today; a deadline shorter than the policy's 10 days is refused.
    let mut fresh = CaseEvent::Notice(Notice {
        sent_on: None,
        respond_by: d("2026-12-08"),
        subject: "s".into(),
        body: "b".into(),
        delivery: None,
    });
    let (en, _) = stamp_said(&mut fresh, today).unwrap_err();
    assert!(en.contains("Ineligibility and Suspension Policy") && en.contains("December 9, 2026"), "{en}");
    if let CaseEvent::Notice(n) = &mut fresh {
        n.respond_by = d("2026-12-09");
    }
    stamp_said(&mut fresh, today).unwrap();
    assert!(matches!(&fresh, CaseEvent::Notice(n) if n.sent_on == Some(today)));
    // A response is dated on receipt; a claimed earlier day is refused.
    let mut early = response(1, "2026-11-01");
    assert!(stamp_said(&mut early, today).unwrap_err().0.starts_with("Received on 2026-11-01:"));
    let mut undated = CaseEvent::Response(Response { notice_seq: 1, received_on: None, text: "t".into() });
    stamp_said(&mut undated, today).unwrap();
    assert!(matches!(&undated, CaseEvent::Response(r) if r.received_on == Some(today)));
    // The policy is data with its source.
    let p = response_policy(today);
    assert_eq!(p.minimum_days, 10);
    assert!(p.source.contains("canada.ca") && p.name_fr.contains("inadmissibilité"));
}

#[test]
fn notices_are_numbered_from_one_in_each_case() {
    let record = vec![
        at(41, "2026-11-01", notice("2026-11-01", "2026-11-30")),
        at(42, "2026-11-02", evidence(EvidenceKind::Grievance, Credibility::Low, &[], &[])),
        at(57, "2026-11-03", notice("2026-11-03", "2026-11-20")),
        at(58, "2026-11-05", response(57, "2026-11-05")),
    ];
    let n = notices(&record, d("2026-11-10"), true);
    assert_eq!(n.iter().map(|n| (n.id, n.number)).collect::<Vec<_>>(), vec![(41, 1), (57, 2)]);
    assert!(!n[0].answered && n[1].answered);
    assert_eq!(n[0].policy, "Politique d'inadmissibilité et de suspension");
}

fn child(kind: EvidenceKind, dated: &str, credibility: Credibility, indicators: &[ChildLabourIndicator]) -> CaseEvent {
    CaseEvent::Evidence(Evidence {
        kind,
        source: "source".into(),
        dated: d(dated),
        allegation: Allegation::ChildLabour,
        indicators: Vec::new(),
        child_indicators: indicators.to_vec(),
        credibility,
        sites: vec!["5/GH-COCOA".into()],
        summary: String::new(),
    })
}

#[test]
fn a_child_labour_allegation_has_its_own_grounds() {
    let c = contract("electronics", "2023-06-01");
    let today = d("2026-07-01");
    // Forced-labour indicators do not make a child-labour trigger, and the forced-labour lines give way.
    let mut record =
        vec![at(1, "2026-06-01", child(EvidenceKind::CredibleReport, "2026-05-01", Credibility::High, &[]))];
    let codes: Vec<_> = checklist(&c, &record, today).iter().map(|c| c.code).collect();
    assert_eq!(
        codes,
        vec![
            "termination_clause_child_labour",
            "trigger_child_labour",
            "linked_to_chain",
            "notice",
            "opportunity_to_respond",
            "remediation_considered"
        ]
    );
    assert!(unmet(&checklist(&c, &record, today)).contains(&"trigger_child_labour"));
    // A CBSA classification before 1 January 2024 is no child-labour trigger, and the line says why.
    record.push(at(2, "2026-06-02", child(EvidenceKind::CbsaClassification, "2023-12-31", Credibility::High, &[])));
    let line =
        checklist_worded(&c, &record, today, &said).into_iter().find(|c| c.code == "trigger_child_labour").unwrap();
    assert!(!line.met && line.en.contains("before 1 January 2024") && line.fr.contains("avant le 1er janvier 2024"));
    // From that day it is.
    record.push(at(3, "2026-06-03", child(EvidenceKind::CbsaClassification, "2024-01-01", Credibility::High, &[])));
    assert!(!unmet(&checklist(&c, &record, today)).contains(&"trigger_child_labour"));
    // Credible information showing a child-labour indicator is one too.
    let record = vec![at(
        1,
        "2026-06-01",
        child(EvidenceKind::AuditFinding, "2026-05-01", Credibility::Medium, &[ChildLabourIndicator::HazardousWork]),
    )];
    assert!(!unmet(&checklist(&c, &record, today)).contains(&"trigger_child_labour"));
    // A contract with neither the 2021 Code nor the ethical certification has no clause for it.
    let old = contract("electronics", "2020-01-01");
    assert!(unmet(&checklist(&old, &record, today)).contains(&"termination_clause_child_labour"));
    // Both allegations: both sets of grounds.
    let mut both = record.clone();
    both.push(at(2, "2026-06-02", evidence(EvidenceKind::CbsaClassification, Credibility::High, &[], &[])));
    let codes: Vec<_> = checklist(&c, &both, today).iter().map(|c| c.code).collect();
    assert_eq!(
        &codes[..4],
        ["termination_clause", "trigger", "termination_clause_child_labour", "trigger_child_labour"]
    );
}

#[test]
fn s211_figures_count_the_fiscal_year_only() {
    use crate::domain::{Assessment, Band, CategoryAssessment, FiscalYear, RiskPair, Score};
    let score = |band| Score { score: 50.0, band, factors: Vec::new() };
    let assessment = |category: &str, f, c| Assessment {
        model_version: "t".into(),
        overall: RiskPair { forced_labour: score(f), child_labour: score(c) },
        sites: Vec::new(),
        categories: vec![CategoryAssessment {
            category: category.into(),
            label_en: None,
            label_fr: None,
            risk: RiskPair { forced_labour: score(f), child_labour: score(c) },
        }],
        findings: Vec::new(),
    };
    let a1 = assessment("clothing", Band::High, Band::Medium);
    let a2 = assessment("clothing", Band::High, Band::Low);
    let a3 = assessment("ppe_gloves", Band::Critical, Band::Low);
    let declarations = [
        (d("2026-04-01"), 4, Some(&a1), None),
        (d("2027-03-31"), 3, Some(&a2), None),
        (d("2026-03-31"), 9, Some(&a3), None), // the year before
        // Re-sent within the year: a file received, not a declaration in force at the year's end.
        (d("2026-08-01"), 5, Some(&a3), Some(d("2026-09-01"))),
        (d("2026-10-01"), 6, Some(&a3), Some(d("2027-03-31"))),
        // Replaced only after the year ended: in force at its end.
        (d("2027-02-01"), 2, Some(&a2), Some(d("2027-04-01"))),
    ];
    let mut old = contract("clothing", "2019-01-01");
    old.ends_on = Some(d("2026-03-31")); // ended before the year
    let contracts = [contract("clothing", "2023-04-01"), contract("ropes_cordage", "2021-09-01"), old];
    let terminated = [CaseEvent::Decision(Decision {
        outcome: Outcome::TerminateForDefault,
        decided_on: d("2026-12-01"),
        rationale: "r".into(),
        isp_referral: true,
        remediation_not_possible_because: None,
    })];
    let remediated = [CaseEvent::Decision(Decision {
        outcome: Outcome::Remediate,
        decided_on: d("2026-03-01"),
        rationale: "r".into(),
        isp_referral: false,
        remediation_not_possible_because: None,
    })];
    let cases = [(d("2026-06-01"), &terminated[..]), (d("2025-12-01"), &remediated[..])];
    let declarations = s211::DeclarationCounts::count(FiscalYear::starting_in(2026), &declarations);
    let f = s211::figures(
        FiscalYear::starting_in(2026),
        &s211::S211Input { contracts: &contracts, declarations: &declarations, cases: &cases },
    );
    assert_eq!(f.label, "2026-27");
    assert_eq!(f.contracts_in_force, 2);
    assert_eq!(f.contracts_with["anti_forced_labour_clauses"], 1);
    assert_eq!(f.contracts_with["code_of_conduct2021"], 2);
    assert_eq!(f.contracts_with["origin_of_work_clause"], 1);
    assert_eq!((f.declarations_received, f.site_disclosures_received, f.files_received), (3, 9, 5));
    let high = f.assessments.iter().find(|a| a.category == "clothing" && a.band == Band::High).unwrap();
    assert_eq!((high.forced_labour, high.child_labour), (3, 0));
    assert!(f.assessments.iter().all(|a| a.category != "ppe_gloves"));
    assert_eq!((f.cases_opened, f.cases_remediated, f.cases_terminated, f.isp_referrals), (1, 0, 1, 1));
    let words =
        s211::CsvWords { measure: &|m| format!("<{m}>"), category: &|c| format!("[{c}]"), band: &|b| format!("({b})") };
    let csv = String::from_utf8(s211::to_csv(&f, &words).unwrap()).unwrap();
    assert!(csv.starts_with("fiscal_year,measure,measure_label,category,category_label,band,band_label,value\n"));
    assert!(csv.contains("\n2026-27,cases_terminated,<cases_terminated>,,,,,1\n"), "{csv}");
    assert!(
        csv.contains(
            "\n2026-27,assessments_forced_labour,<assessments_forced_labour>,clothing,[clothing],high,(high),3\n"
        ),
        "{csv}"
    );
}

fn decision(outcome: Outcome, on: &str) -> CaseEvent {
    CaseEvent::Decision(Decision {
        outcome,
        decided_on: d(on),
        rationale: "Reasons.".into(),
        isp_referral: false,
        remediation_not_possible_because: None,
    })
}

/// A decision that states, apart from its reasons, why remediation is not possible.
fn decision_without_remedy(outcome: Outcome, on: &str, because: &str) -> CaseEvent {
    let mut event = decision(outcome, on);
    if let CaseEvent::Decision(d) = &mut event {
        d.remediation_not_possible_because = Some(because.into());
    }
    event
}

/// What a refusal names first — the field, by the key of its label, or else the message — and whether it is a
/// conflict; a field is named by its label first in both languages, never by a code.
fn refusal(event: CaseEvent, facts: &CaseFacts, today: &str) -> (String, bool) {
    let mut event = event;
    let (m, conflict) = match admit(&mut event, facts, d(today)) {
        Ok(()) => return ("admitted".into(), false),
        Err(Refused::Invalid(m)) => (m, false),
        Err(Refused::Conflict(m)) => (m, true),
    };
    let field = m.args.iter().find_map(|(name, v)| match (name, v) {
        (&"field", crate::domain::MessageArg::Label(key)) => Some(key.clone()),
        _ => None,
    });
    let (en, fr) = both(m.clone());
    match field {
        Some(key) => {
            assert!(en.starts_with(catalog().get(crate::domain::Lang::En, &key)), "{en}");
            assert!(fr.starts_with(catalog().get(crate::domain::Lang::Fr, &key)), "{fr}");
            (key, conflict)
        }
        None => (m.key.to_string(), conflict),
    }
}

#[test]
fn admit_refuses_what_cannot_be_true_naming_the_field() {
    let c = contract("clothing", "2026-01-10");
    let sites = vec!["3/MILL".to_string()];
    let facts = CaseFacts { contract: &c, opened_on: d("2026-03-01"), record: &[], supplier_sites: &sites };
    let delivered = |on: &str, by: &str| {
        CaseEvent::Notice(Notice {
            sent_on: None,
            respond_by: d(by),
            subject: "s".into(),
            body: "b".into(),
            delivery: Some(Delivery { on: d(on), means: "mail".into(), evidence: "RN1".into() }),
        })
    };
    let today = "2026-11-30";
    for (event, field) in [
        (delivered("1990-01-01", "2026-12-12"), "notice.delivered_on"),
        (delivered("2026-02-01", "2026-12-12"), "notice.delivered_on"),
        (delivered("2026-12-01", "2026-12-12"), "notice.delivered_on"),
        (delivered("2026-11-01", "2026-11-15"), "case.respond_by"),
        (delivered("2026-11-25", "2026-12-01"), "case.respond_by"),
        (notice(today, "2027-12-31"), "case.respond_by"),
        (notice(today, "2026-11-29"), "case.respond_by"),
        (
            evidence(EvidenceKind::CredibleReport, Credibility::High, &[IloIndicator::DebtBondage], &["999/X"]),
            "case.sites",
        ),
        (evidence(EvidenceKind::AuditFinding, Credibility::High, &[], &["3/MILL", "garbage"]), "case.sites"),
        (decision(Outcome::Continue, "2025-12-01"), "case.decided_on"),
        (decision(Outcome::Continue, "2026-02-01"), "case.decided_on"),
        (decision(Outcome::Continue, "2026-12-01"), "case.decided_on"),
        (decision(Outcome::TerminateForDefault, today), "case.refused.termination_unmet"),
    ] {
        assert_eq!(refusal(event, &facts, today), (field.to_string(), false));
    }
    let mut child = evidence(EvidenceKind::CredibleReport, Credibility::High, &[IloIndicator::DebtBondage], &[]);
    if let CaseEvent::Evidence(e) = &mut child {
        e.allegation = Allegation::ChildLabour;
    }
    assert_eq!(refusal(child, &facts, today).0, "case.refused.child_with_forced_indicators");
    let mut forced = evidence(EvidenceKind::CredibleReport, Credibility::High, &[], &[]);
    if let CaseEvent::Evidence(e) = &mut forced {
        e.child_indicators = vec![ChildLabourIndicator::HazardousWork];
    }
    assert_eq!(refusal(forced, &facts, today).0, "case.refused.forced_with_child_indicators");
    let mut future = evidence(EvidenceKind::CredibleReport, Credibility::High, &[], &["3/MILL"]);
    if let CaseEvent::Evidence(e) = &mut future {
        e.dated = d("2026-12-25");
    }
    assert_eq!(refusal(future, &facts, today).0, "case.dated");

    // What can be true is admitted: a delivery after the opening with an open deadline, evidence on the
    // supplier's site, a decision today.
    assert_eq!(refusal(delivered("2026-11-25", "2026-12-10"), &facts, today).0, "admitted");
    assert_eq!(
        refusal(evidence(EvidenceKind::AuditFinding, Credibility::High, &[], &["3/MILL"]), &facts, today).0,
        "admitted"
    );
    assert_eq!(refusal(decision(Outcome::StopWork, today), &facts, today).0, "admitted");
}

#[test]
fn a_decided_case_takes_no_second_decision_and_no_notice() {
    let c = contract("clothing", "2026-01-10");
    let record = [at(7, "2026-11-01", decision(Outcome::Remediate, "2026-11-01"))];
    let facts = CaseFacts { contract: &c, opened_on: d("2026-03-01"), record: &record, supplier_sites: &[] };
    let (field, conflict) = refusal(decision(Outcome::Continue, "2026-11-30"), &facts, "2026-11-30");
    assert_eq!((field.as_str(), conflict), ("case.refused.second_decision", true));
    assert_eq!(
        refusal(notice("2026-11-30", "2026-12-20"), &facts, "2026-11-30"),
        ("case.refused.notice_after_decision".to_string(), false)
    );
}

#[test]
fn a_termination_is_admitted_once_every_line_of_the_checklist_is_met() {
    let c = contract("clothing", "2026-01-10");
    let sites = vec!["3/MILL".to_string()];
    let record = [
        at(1, "2026-10-01", evidence(EvidenceKind::CbsaClassification, Credibility::High, &[], &["3/MILL"])),
        at(2, "2026-10-01", notice("2026-10-01", "2026-10-20")),
    ];
    let facts = CaseFacts { contract: &c, opened_on: d("2026-03-01"), record: &record, supplier_sites: &sites };
    // The deadline has not passed on 20 October; it has on the 21st, and the decision states why remediation is not
    // possible.
    let why = "The mill's owner refused any corrective step.";
    let early = decision_without_remedy(Outcome::TerminateForDefault, "2026-10-20", why);
    assert_eq!(refusal(early, &facts, "2026-10-20").0, "case.refused.termination_unmet");
    let on_time = decision_without_remedy(Outcome::TerminateForDefault, "2026-10-21", why);
    assert_eq!(refusal(on_time, &facts, "2026-10-21").0, "admitted");
}

#[test]
fn a_termination_reasons_alone_do_not_stand_for_remediation_considered() {
    let c = contract("clothing", "2026-01-10");
    let sites = vec!["3/MILL".to_string()];
    let mut record = vec![
        at(1, "2026-10-01", evidence(EvidenceKind::CbsaClassification, Credibility::High, &[], &["3/MILL"])),
        at(2, "2026-10-01", notice("2026-10-01", "2026-10-20")),
    ];
    let today = d("2026-10-21");
    let facts = CaseFacts { contract: &c, opened_on: d("2026-03-01"), record: &record, supplier_sites: &sites };
    // Reasons only, or a blank statement: refused, naming the line and the field, in both languages.
    for because in [None, Some("  ".to_string())] {
        let mut event = decision(Outcome::TerminateForDefault, "2026-10-21");
        if let CaseEvent::Decision(d) = &mut event {
            d.rationale = "Passports withheld.".into();
            d.remediation_not_possible_because = because;
        }
        let Err(Said::Invalid((en, fr))) = admitted(&mut event, &facts, today) else { panic!("admitted") };
        assert!(
            en.contains("Why remediation is not possible:") && !en.contains("remediation_not_possible_because"),
            "{en}"
        );
        assert!(
            fr.contains("Pourquoi la correction est impossible :") && !fr.contains("remediation_not_possible_because"),
            "{fr}"
        );
        assert!(!en.contains("terminate_for_default") && en.contains("“Terminate for default”"), "{en}");
        assert!(!fr.contains("remediation_considered") && fr.contains("« Résiliation pour manquement »"), "{fr}");
    }
    // A recorded decision with reasons only leaves the line unmet.
    record.push(at(3, "2026-10-21", decision(Outcome::StopWork, "2026-10-21")));
    assert_eq!(unmet(&checklist(&c, &record, today)), vec!["remediation_considered"]);
    // A corrective action plan on record meets it: the termination then needs no statement.
    record.pop();
    record.push(at(
        3,
        "2026-10-21",
        CaseEvent::ActionPlan(ActionPlan {
            milestones: vec![Milestone { description: "Return passports".into(), due: d("2026-11-01"), done_on: None }],
        }),
    ));
    let facts = CaseFacts { contract: &c, opened_on: d("2026-03-01"), record: &record, supplier_sites: &sites };
    assert_eq!(refusal(decision(Outcome::TerminateForDefault, "2026-10-21"), &facts, "2026-10-21").0, "admitted");
}

#[test]
fn a_notice_deadline_is_at_most_the_same_day_next_year_and_the_refusal_says_so() {
    let c = contract("clothing", "2026-01-10");
    let facts = CaseFacts { contract: &c, opened_on: d("2026-03-01"), record: &[], supplier_sites: &[] };
    let today = "2026-11-30";
    assert_eq!(refusal(notice(today, "2027-11-30"), &facts, today).0, "admitted");
    // 366 days ahead is more than one year here.
    let mut late = notice(today, "2027-12-01");
    let Err(Said::Invalid((en, fr))) = admitted(&mut late, &facts, d(today)) else { panic!("admitted") };
    assert!(en.contains("at most one year") && en.contains("November 30, 2027 at the latest"), "{en}");
    assert!(fr.contains("au plus un an") && fr.contains("le 30 novembre 2027 au plus tard"), "{fr}");
}

/// A refusal quotes the field and its value as given, and says every other day — today, the award, the opening, a
/// decision's day, the earliest and latest deadlines — in words in each language, never in ISO 8601.
#[test]
fn refusals_say_the_days_they_name_in_words() {
    let iso_after_the_value = |text: &str| {
        // The field and its value as given come first (`decided_on 2025-12-01:`); the rest is a sentence.
        let rest = text.split_once([':', ';']).map_or("", |(_, r)| r);
        rest.as_bytes()
            .windows(10)
            .any(|w| w.iter().enumerate().all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() }))
    };
    let c = contract("clothing", "2026-01-10");
    let decided = vec![at(1, "2026-10-21", decision(Outcome::Continue, "2026-10-21"))];
    let open = CaseFacts { contract: &c, opened_on: d("2026-03-01"), record: &[], supplier_sites: &[] };
    let closed = CaseFacts { contract: &c, opened_on: d("2026-03-01"), record: &decided, supplier_sites: &[] };
    let mut future_evidence = evidence(EvidenceKind::Grievance, Credibility::Low, &[], &[]);
    if let CaseEvent::Evidence(e) = &mut future_evidence {
        e.dated = d("2026-12-25");
    }
    let cases: Vec<(CaseEvent, &CaseFacts, &str, &str, &str)> = vec![
        (decision(Outcome::Continue, "2025-12-01"), &open, "January 10, 2026", "10 janvier 2026", "before the award"),
        (decision(Outcome::Continue, "2026-02-01"), &open, "March 1, 2026", "1er mars 2026", "before the opening"),
        (decision(Outcome::Continue, "2026-12-25"), &open, "November 30, 2026", "30 novembre 2026", "in the future"),
        (decision(Outcome::StopWork, "2026-11-30"), &closed, "October 21, 2026", "21 octobre 2026", "second decision"),
        (notice("2026-11-30", "2026-12-31"), &closed, "October 21, 2026", "21 octobre 2026", "decided case"),
        (future_evidence, &open, "November 30, 2026", "30 novembre 2026", "evidence ahead"),
        (notice("2026-11-30", "2026-11-29"), &open, "November 30, 2026", "30 novembre 2026", "deadline passed"),
        (notice("2026-11-30", "2026-12-05"), &open, "December 10, 2026", "10 décembre 2026", "deadline too short"),
        (notice("2026-11-30", "2027-12-01"), &open, "November 30, 2027", "30 novembre 2027", "deadline too far"),
        (notice("2026-11-01", "2026-12-31"), &open, "November 30, 2026", "30 novembre 2026", "sent_on not today"),
        (response(1, "2026-11-01"), &open, "November 30, 2026", "30 novembre 2026", "received_on not today"),
    ];
    for (event, facts, en_day, fr_day, what) in cases {
        let mut event = event;
        let (en, fr) = match admitted(&mut event, facts, d("2026-11-30")) {
            Ok(()) => panic!("{what}: admitted"),
            Err(Said::Invalid(r) | Said::Conflict(r)) => r,
        };
        assert!(en.contains(en_day) && fr.contains(fr_day), "{what}: {en} / {fr}");
        assert!(!iso_after_the_value(&en) && !iso_after_the_value(&fr), "{what}: {en} / {fr}");
    }
}
