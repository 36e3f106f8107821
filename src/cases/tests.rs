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

fn in_force(c: &Contract) -> Vec<Instrument> {
    instruments(c).into_iter().filter(|s| s.in_force).map(|s| s.instrument).collect()
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
fn an_override_wins_and_says_why_in_both_languages() {
    let mut c = contract("electronics", "2021-06-01");
    c.overrides.push(InstrumentOverride {
        instrument: Instrument::AntiForcedLabourClauses,
        in_force: true,
        reason: "amendment 3 added the clauses on 2022-02-01".into(),
    });
    let s = instruments(&c).into_iter().find(|s| s.instrument == Instrument::AntiForcedLabourClauses).unwrap();
    assert!(s.in_force && s.overridden);
    assert!(s.reason_en.contains("amendment 3") && s.reason_fr.starts_with("Corrigé"));
}

fn evidence(kind: EvidenceKind, credibility: Credibility, indicators: &[IloIndicator], sites: &[&str]) -> CaseEvent {
    CaseEvent::Evidence(Evidence {
        kind,
        source: "source".into(),
        dated: d("2026-05-01"),
        indicators: indicators.to_vec(),
        credibility,
        sites: sites.iter().map(|s| s.to_string()).collect(),
        summary: String::new(),
    })
}

fn notice(sent: &str, by: &str) -> CaseEvent {
    CaseEvent::Notice(Notice { sent_on: d(sent), respond_by: d(by), subject: "s".into(), body: "b".into() })
}

fn unmet(checks: &[Check]) -> Vec<&'static str> {
    checks.iter().filter(|c| !c.met).map(|c| c.code).collect()
}

#[test]
fn the_checklist_grows_with_the_record_until_the_grounds_are_met() {
    let c = contract("clothing", "2023-04-01");
    let today = d("2026-07-01");
    let mut events: Vec<(i64, CaseEvent)> = Vec::new();
    assert_eq!(
        unmet(&checklist(&c, &events, today)),
        vec!["trigger", "linked_to_chain", "notice", "opportunity_to_respond", "remediation_considered"]
    );
    // A low-credibility rumour is no trigger.
    events.push((1, evidence(EvidenceKind::Grievance, Credibility::Low, &[IloIndicator::DebtBondage], &[])));
    assert!(unmet(&checklist(&c, &events, today)).contains(&"trigger"));
    // A credible report with indicators, about a site of the chain.
    events.push((
        2,
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
    events.push((3, notice("2026-06-15", "2026-07-15")));
    assert_eq!(unmet(&checklist(&c, &events, today)), vec!["opportunity_to_respond", "remediation_considered"]);
    assert!(overdue(&events, today).is_empty());
    // The deadline passes without a response: overdue, and the opportunity was given.
    let later = d("2026-07-20");
    assert_eq!(overdue(&events, later), vec![3]);
    assert_eq!(unmet(&checklist(&c, &events, later)), vec!["remediation_considered"]);
    events.push((
        4,
        CaseEvent::Decision(Decision {
            outcome: Outcome::TerminateForDefault,
            decided_on: later,
            rationale: "No response; documents retained at the spinning mill; no remediation offered.".into(),
            isp_referral: true,
        }),
    ));
    let checks = checklist(&c, &events, later);
    assert!(grounds_met(&checks), "{:?}", unmet(&checks));
    assert!(checks.iter().all(|c| !c.en.is_empty() && !c.fr.is_empty()));
}

#[test]
fn a_contract_from_before_2021_lacks_a_termination_clause_unless_overridden() {
    let mut c = contract("ropes_cordage", "2019-05-01");
    let events = vec![(1, evidence(EvidenceKind::CbsaClassification, Credibility::High, &[], &["1/VN-ROPE"]))];
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
    let events = vec![
        (1, notice("2026-03-01", "2026-03-31")),
        (2, CaseEvent::Response(Response { notice_seq: 1, received_on: d("2026-03-20"), text: "plan".into() })),
    ];
    assert!(overdue(&events, d("2026-04-15")).is_empty());
    let checks = checklist(&contract("clothing", "2024-01-01"), &events, d("2026-03-25"));
    assert!(checks.iter().find(|c| c.code == "opportunity_to_respond").unwrap().met);
}

#[test]
fn fiscal_years_run_from_april_to_march() {
    assert_eq!(fiscal_year(d("2026-03-31")), 2025);
    assert_eq!(fiscal_year(d("2026-04-01")), 2026);
    assert_eq!(fiscal_year(d("2027-01-15")), 2026);
}

#[test]
fn s211_figures_count_the_fiscal_year_only() {
    use crate::domain::{Assessment, Band, CategoryAssessment, RiskPair, Score};
    let score = |band| Score { score: 50.0, band, factors: Vec::new() };
    let assessment = |category: &str, f, c| Assessment {
        model_version: "t".into(),
        overall: RiskPair { forced_labour: score(f), child_labour: score(c) },
        sites: Vec::new(),
        categories: vec![CategoryAssessment {
            category: category.into(),
            label_en: String::new(),
            label_fr: String::new(),
            forced_labour: score(f),
            child_labour: score(c),
        }],
        findings: Vec::new(),
    };
    let a1 = assessment("clothing", Band::High, Band::Medium);
    let a2 = assessment("clothing", Band::High, Band::Low);
    let a3 = assessment("ppe_gloves", Band::Critical, Band::Low);
    let declarations = [
        (d("2026-04-01"), 4, Some(&a1)),
        (d("2027-03-31"), 3, Some(&a2)),
        (d("2026-03-31"), 9, Some(&a3)), // the year before
    ];
    let mut old = contract("clothing", "2019-01-01");
    old.ends_on = Some(d("2026-03-31")); // ended before the year
    let contracts = [contract("clothing", "2023-04-01"), contract("ropes_cordage", "2021-09-01"), old];
    let terminated = [CaseEvent::Decision(Decision {
        outcome: Outcome::TerminateForDefault,
        decided_on: d("2026-12-01"),
        rationale: "r".into(),
        isp_referral: true,
    })];
    let remediated = [CaseEvent::Decision(Decision {
        outcome: Outcome::Remediate,
        decided_on: d("2026-03-01"),
        rationale: "r".into(),
        isp_referral: false,
    })];
    let cases = [(d("2026-06-01"), &terminated[..]), (d("2025-12-01"), &remediated[..])];
    let declarations = s211::DeclarationCounts::count(2026, &declarations);
    let f = s211::figures(2026, &s211::S211Input { contracts: &contracts, declarations: &declarations, cases: &cases });
    assert_eq!(f.label, "2026-27");
    assert_eq!(f.contracts_in_force, 2);
    assert_eq!(f.contracts_with["anti_forced_labour_clauses"], 1);
    assert_eq!(f.contracts_with["code_of_conduct2021"], 2);
    assert_eq!(f.contracts_with["origin_of_work_clause"], 1);
    assert_eq!((f.declarations_received, f.site_disclosures_received), (2, 7));
    let high = f.assessments.iter().find(|a| a.category == "clothing" && a.band == Band::High).unwrap();
    assert_eq!((high.forced_labour, high.child_labour), (2, 0));
    assert!(f.assessments.iter().all(|a| a.category != "ppe_gloves"));
    assert_eq!((f.cases_opened, f.cases_remediated, f.cases_terminated, f.isp_referrals), (1, 0, 1, 1));
    let csv = String::from_utf8(s211::to_csv(&f).unwrap()).unwrap();
    assert!(csv.starts_with("fiscal_year / exercice,"));
    assert!(csv.contains("2026-27,cases_terminated,,,1"));
    assert!(csv.contains("2026-27,assessments_forced_labour,clothing,high,2"));
}
