//! A site's last audit is something done before the declaration was made: a date after the declaration's date is
//! refused at its cell, naming both dates, whatever carries it (a text cell, a date cell, JSON). Instances made here.

use rust_xlsxwriter::{ExcelDateTime, Format};
use serde_json::Value;

use super::tests::{demo, errors, workbook};
use super::*;

fn read(name: &str, bytes: &[u8]) -> Result<Parsed, Vec<Issue>> {
    read_declaration(name, bytes, &Limits::default())
}

/// The test workbook (declared 2026-03-31) with a `Last audit date` column in I, S1's audit written by `write`.
fn audited(write: impl FnOnce(&mut rust_xlsxwriter::Worksheet)) -> Vec<u8> {
    workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 8, "Last audit date").unwrap();
        write(ws);
    })
}

fn refused_after(issue: &Issue, audit: &str, declared: &str) {
    assert!(
        issue.message_en.contains(&format!("{audit} is after the declaration's date ({declared})")),
        "{}",
        issue.message_en
    );
    assert!(
        issue.message_fr.contains(&format!("{audit} est postérieure à la date de la déclaration ({declared})\u{a0}:")),
        "{}",
        issue.message_fr
    );
    assert_eq!(issue.field.as_deref(), Some("Last audit date"));
}

#[test]
fn an_audit_dated_after_the_declaration_is_refused_at_its_cell() {
    // As text, a day and a year after the declaration's date (both before today: not refused as in the future).
    for audit in ["2026-04-01", "2026-11-30", "2026-05-12"] {
        let bytes = audited(|ws| {
            ws.write_string(1, 8, audit).unwrap();
        });
        let issues = errors(read("a.xlsx", &bytes));
        let at: Vec<&Issue> = issues.iter().filter(|i| i.location == "PlacesOfWork!I2").collect();
        assert_eq!(at.len(), 1, "{audit}: {issues:?}");
        refused_after(at[0], audit, "2026-03-31");
    }
    // As a date cell, on the second site.
    let bytes = audited(|ws| {
        let day = ExcelDateTime::from_ymd(2026, 6, 15).unwrap();
        ws.write_datetime_with_format(2, 8, &day, &Format::new().set_num_format("yyyy-mm-dd")).unwrap();
    });
    let issues = errors(read("a.xlsx", &bytes));
    let at = issues.iter().find(|i| i.location == "PlacesOfWork!I3").unwrap();
    refused_after(at, "2026-06-15", "2026-03-31");
}

#[test]
fn an_audit_on_or_before_the_declaration_s_date_is_read() {
    for (audit, day) in [("2026-03-31", (2026, 3, 31)), ("2025-11-04", (2025, 11, 4)), ("1990-01-01", (1990, 1, 1))] {
        let bytes = audited(|ws| {
            ws.write_string(1, 8, audit).unwrap();
        });
        let p = read("a.xlsx", &bytes).unwrap_or_else(|e| panic!("{audit}: {e:?}"));
        let site = p.declaration.places_of_work.iter().find(|s| s.site_id.as_str() == "S1").unwrap();
        assert_eq!(site.last_audit_date, chrono::NaiveDate::from_ymd_opt(day.0, day.1, day.2), "{audit}");
    }
}

#[test]
fn an_audit_after_the_declaration_in_json_is_refused_at_its_pointer() {
    let mut v: Value = serde_json::from_slice(&demo("gantex-en578.json")).unwrap();
    let declared = v["supplier"]["declaration_date"].as_str().unwrap().to_string();
    let on = chrono::NaiveDate::parse_from_str(&declared, "%Y-%m-%d").unwrap();
    let after = (on + chrono::Duration::days(1)).to_string();
    v["places_of_work"][0]["last_audit_date"] = Value::String(after.clone());
    let issues = errors(read("d.json", &serde_json::to_vec(&v).unwrap()));
    let at = issues.iter().find(|i| i.location.ends_with("/places_of_work/0/last_audit_date")).unwrap();
    refused_after(at, &after, &declared);
    // The day itself is read.
    v["places_of_work"][0]["last_audit_date"] = Value::String(declared.clone());
    read("d.json", &serde_json::to_vec(&v).unwrap()).unwrap();
}

#[test]
fn other_dates_of_something_done_stay_bounded_by_the_plausible_range() {
    // Before 1990, and the spreadsheet's day zero, are refused as implausible, not as after the declaration.
    for audit in ["1989-12-31", "1899-12-31", "1900-01-01"] {
        let bytes = audited(|ws| {
            ws.write_string(1, 8, audit).unwrap();
        });
        let issues = errors(read("a.xlsx", &bytes));
        let at = issues.iter().find(|i| i.location == "PlacesOfWork!I2").unwrap();
        assert!(at.message_en.contains("is not a plausible date here"), "{audit}: {}", at.message_en);
    }
    // The declaration's own date after the day the file is read: refused as in the future.
    let far = (chrono::Utc::now().date_naive() + chrono::Duration::days(30)).to_string();
    let bytes = workbook(false, |wb| {
        wb.worksheet_from_name("Supplier").unwrap().write_string(2, 1, &far).unwrap();
    });
    let issues = errors(read("a.xlsx", &bytes));
    assert!(
        issues.iter().any(|i| i.location == "Supplier!B3" && i.message_en.contains("is in the future")),
        "{issues:?}"
    );
}

#[test]
fn every_demo_declaration_dates_its_audits_on_or_before_itself() {
    for (name, d) in super::demo_declarations() {
        for site in &d.places_of_work {
            if let Some(audit) = site.last_audit_date {
                assert!(audit <= d.supplier.declaration_date, "{name}: {} audited {audit}", site.site_id.as_str());
            }
        }
    }
}
