//! Tests of the words of explanations that quote the data: goods names and data columns in the reader's quotation
//! marks, French ones with no-break spaces inside.

use chrono::NaiveDate;

use super::*;

fn day() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
}

#[test]
fn goods_of_a_disclosure_gap_are_quoted_with_no_break_spaces_in_french_and_bare_in_english() {
    let cat = Catalog::embedded().unwrap();
    let r = FindingReason::DisclosureGap {
        site: SiteId::parse("S1").unwrap(),
        goods: vec![Arc::from("Cotton"), Arc::from("Garments")],
    };
    let fr = finding_reason_label(&cat, Lang::Fr, &r, day());
    let en = finding_reason_label(&cat, Lang::En, &r, day());
    assert!(fr.contains("utilise «\u{a0}coton\u{a0}», «\u{a0}vêtements\u{a0}» — biens inscrits"), "{fr}");
    assert!(!fr.contains("« ") && !fr.contains(" »"), "{fr}");
    assert!(en.contains("takes in Cotton, Garments"), "{en}");
    let one = FindingReason::DisclosureGap { site: SiteId::parse("S1").unwrap(), goods: vec![Arc::from("Cotton")] };
    assert!(finding_reason_label(&cat, Lang::Fr, &one, day()).contains("«\u{a0}coton\u{a0}» — bien inscrit "));
}

#[test]
fn columns_of_a_model_problem_are_quoted_as_the_reader_quotes() {
    let cat = Catalog::embedded().unwrap();
    let p = crate::scoring::ModelProblem::NotYesNo {
        line: 3,
        good: "Cotton".into(),
        country: "China".into(),
        columns: vec!["child_labor".into(), "forced_labor".into()],
    };
    let fr = model_problem_line(&cat, Lang::Fr, &p);
    let en = model_problem_line(&cat, Lang::En, &p);
    assert!(fr.contains("«\u{a0}child_labor\u{a0}», «\u{a0}forced_labor\u{a0}»"), "{fr}");
    assert!(!fr.contains("« ") && !fr.contains(" »"), "{fr}");
    assert!(en.contains("“child_labor”, “forced_labor”"), "{en}");
}
