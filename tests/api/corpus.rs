//! The intake corpus: files that must be accepted (`supplier_data/corpus/accepted/`, written by different tools and
//! in both languages) and at least 25 kinds of bad file that must be refused — each refused over the API with the
//! place and field the error names, in English and French, and nothing stored.

use serde_json::{Value, json};

use crate::helpers::{Backend, TestApp, demo_file, spawn_app, spawn_app_with};

fn corpus_dir(which: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/corpus").join(which)
}

fn base() -> Value {
    serde_json::from_slice(&demo_file("cordages-nordiques-w8486.json")).unwrap()
}

/// The base declaration with one change, as a JSON file.
fn json_with(edit: impl FnOnce(&mut Value)) -> Vec<u8> {
    let mut v = base();
    edit(&mut v);
    serde_json::to_vec(&v).unwrap()
}

fn zip_of(files: &[(&str, &[u8])]) -> Vec<u8> {
    use std::io::Write;
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    for (name, body) in files {
        out.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
        out.write_all(body).unwrap();
    }
    out.finish().unwrap().into_inner()
}

/// A workbook written cell by cell: the three required sheets unless `skip` names one; `edit` changes it.
pub fn xlsx(skip: &str, edit: impl FnOnce(&mut rust_xlsxwriter::Workbook)) -> Vec<u8> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    if skip != "Supplier" {
        let ws = wb.add_worksheet().set_name("Supplier").unwrap();
        for (r, (k, v)) in [
            ("Legal name*", "Example Rope Inc."),
            ("Country*", "CA"),
            ("Declaration date*", "2026-03-31"),
            ("Signatory name*", "Ann Roy"),
        ]
        .iter()
        .enumerate()
        {
            ws.write_string(r as u32, 0, *k).unwrap();
            ws.write_string(r as u32, 1, *v).unwrap();
        }
    }
    if skip != "Attestations" {
        let ws = wb.add_worksheet().set_name("Attestations").unwrap();
        ws.write_row(0, 0, ["Right", "Attested"]).unwrap();
        ws.write_row(1, 0, ["forced_labour", "Yes"]).unwrap();
    }
    if skip != "PlacesOfWork" {
        let ws = wb.add_worksheet().set_name("PlacesOfWork").unwrap();
        ws.write_row(
            0,
            0,
            ["Site ID*", "Site name*", "Role*", "Goods*", "Address*", "City*", "Country*", "Supplies to"],
        )
        .unwrap();
        ws.write_row(1, 0, ["S1", "Rope works", "manufacturing", "sisal rope", "1 Rue", "Kolkata", "IN", ""]).unwrap();
        ws.write_row(2, 0, ["S2", "Sisal estate", "raw_material", "sisal", "Road 2", "Tanga", "TZ", "S1"]).unwrap();
    }
    edit(&mut wb);
    wb.save_to_buffer().unwrap()
}

fn pow(wb: &mut rust_xlsxwriter::Workbook) -> &mut rust_xlsxwriter::Worksheet {
    wb.worksheet_from_name("PlacesOfWork").unwrap()
}

/// One kind of bad file: its name, bytes, and the place (or the start of it) and field its first error names.
pub struct Bad {
    pub kind: &'static str,
    pub file: &'static str,
    pub bytes: Vec<u8>,
    place: &'static str,
    field: Option<&'static str>,
}

fn bad(
    kind: &'static str,
    file: &'static str,
    bytes: Vec<u8>,
    place: &'static str,
    field: Option<&'static str>,
) -> Bad {
    Bad { kind, file, bytes, place, field }
}

pub fn bad_files() -> Vec<Bad> {
    let csv_supplier = b"Field,Value\nLegal name*,Example Rope Inc.\nCountry*,CA\nDeclaration date*,2026-03-31\nSignatory name*,Ann Roy\n";
    let csv_attest = b"Right,Attested\nforced_labour,Yes\n";
    vec![
        // Carriers that are not what they claim, or broken.
        bad("text renamed .xlsx", "notes.xlsx", b"just some text, not a workbook".to_vec(), "notes.xlsx", None),
        bad("truncated xlsx", "cut.xlsx", xlsx("", |_| {})[..400].to_vec(), "cut.xlsx", None),
        bad("old binary .xls", "old.xls", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1 not really".to_vec(), "old.xls", None),
        bad("pdf", "declaration.pdf", b"%PDF-1.7\n1 0 obj".to_vec(), "declaration.pdf", None),
        bad("json syntax error", "bad.json", b"{ \"supplier\": { \"legal_name\": ".to_vec(), "bad.json", None),
        bad("json of another shape", "list.json", b"[1, 2, 3]".to_vec(), "list.json", None),
        bad("zip without csv sheets", "nothing.zip", zip_of(&[("readme.txt", b"hello")]), "Supplier", None),
        // Structure.
        bad("missing Supplier sheet", "a.xlsx", xlsx("Supplier", |_| {}), "Supplier", None),
        bad("missing Attestations sheet", "a.xlsx", xlsx("Attestations", |_| {}), "Attestations", None),
        bad("missing PlacesOfWork sheet", "a.xlsx", xlsx("PlacesOfWork", |_| {}), "PlacesOfWork", None),
        bad(
            "missing required column",
            "a.xlsx",
            xlsx("", |wb| {
                pow(wb).write_string(0, 6, "Colour").unwrap();
            }),
            "PlacesOfWork",
            Some("Country"),
        ),
        bad(
            "csv zip missing a sheet",
            "decl.zip",
            zip_of(&[("Supplier.csv", csv_supplier), ("Attestations.csv", csv_attest)]),
            "PlacesOfWork",
            None,
        ),
        // Values in a workbook, each with its cell.
        bad(
            "unknown country",
            "a.xlsx",
            xlsx("", |wb| {
                pow(wb).write_string(1, 6, "Atlantis").unwrap();
            }),
            "PlacesOfWork!G2",
            Some("Country"),
        ),
        bad(
            "unknown role",
            "a.xlsx",
            xlsx("", |wb| {
                pow(wb).write_string(2, 2, "smuggling").unwrap();
            }),
            "PlacesOfWork!C3",
            Some("Role"),
        ),
        bad(
            "supplies an unknown site",
            "a.xlsx",
            xlsx("", |wb| {
                pow(wb).write_string(2, 7, "S9").unwrap();
            }),
            "PlacesOfWork!H3",
            Some("Supplies to"),
        ),
        bad(
            "duplicate site id",
            "a.xlsx",
            xlsx("", |wb| {
                pow(wb).write_row(3, 0, ["S1", "Twin", "manufacturing", "rope", "x", "y", "CA"]).unwrap();
            }),
            "PlacesOfWork!A4",
            Some("Site ID"),
        ),
        bad(
            "empty required cell",
            "a.xlsx",
            xlsx("", |wb| {
                pow(wb).write_string(1, 1, "   ").unwrap();
            }),
            "PlacesOfWork!B2",
            Some("Site name"),
        ),
        bad(
            "a number where a date is due",
            "a.xlsx",
            xlsx("", |wb| {
                wb.worksheet_from_name("Supplier").unwrap().write_number(2, 1, 45000.0).unwrap();
            }),
            "Supplier!B3",
            Some("Declaration date"),
        ),
        bad(
            "not yes or no",
            "a.xlsx",
            xlsx("", |wb| {
                wb.worksheet_from_name("Attestations").unwrap().write_string(1, 1, "Maybe").unwrap();
            }),
            "Attestations!B2",
            Some("Attested"),
        ),
        bad(
            "unknown right",
            "a.xlsx",
            xlsx("", |wb| {
                wb.worksheet_from_name("Attestations").unwrap().write_string(1, 0, "slavery").unwrap();
            }),
            "Attestations!A2",
            Some("Right"),
        ),
        // Values in JSON, each with its path.
        bad(
            "business number with a wrong check digit",
            "bn.json",
            json_with(|v| v["supplier"]["business_number"] = json!("842310576")),
            "/supplier/business_number",
            None,
        ),
        bad(
            "impossible date",
            "date.json",
            json_with(|v| v["supplier"]["declaration_date"] = json!("2026-02-30")),
            "/supplier/declaration_date",
            None,
        ),
        bad(
            "missing legal name",
            "name.json",
            json_with(|v| {
                v["supplier"].as_object_mut().unwrap().remove("legal_name");
            }),
            "/supplier",
            None,
        ),
        bad(
            "country name in no language",
            "country.json",
            json_with(|v| v["places_of_work"][1]["country"] = json!("Narnia")),
            "/places_of_work/1/country",
            None,
        ),
        bad(
            "negative workers",
            "workers.json",
            json_with(|v| v["places_of_work"][0]["workers"] = json!(-5)),
            "/places_of_work/0/workers",
            None,
        ),
        // A value of another shape than its field's, never read as the nearest value.
        bad(
            "a list where a number is due",
            "list.json",
            json_with(|v| v["places_of_work"][0]["workers"] = json!([1700])),
            "/places_of_work/0/workers",
            Some("Workers"),
        ),
        bad(
            "a text where a number is due",
            "text.json",
            json_with(|v| v["places_of_work"][0]["share_of_value"] = json!("35")),
            "/places_of_work/0/share_of_value",
            Some("Share of value %"),
        ),
        bad(
            "a number where a text is due",
            "number.json",
            json_with(|v| v["supplier"]["business_number"] = json!(842_310_576)),
            "/supplier/business_number",
            Some("Business number"),
        ),
        bad(
            "no places of work",
            "empty-chain.json",
            json_with(|v| v["places_of_work"] = json!([])),
            "/places_of_work",
            None,
        ),
        bad(
            "goods produced at an unknown site",
            "goods.json",
            json_with(|v| v["goods"][0]["produced_at"] = json!(["NOWHERE"])),
            "/goods/0",
            None,
        ),
    ]
}

#[tokio::test]
async fn every_kind_of_bad_file_is_refused_with_its_place_and_nothing_is_stored() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let files = bad_files();
    assert!(files.len() >= 25, "{} kinds", files.len());
    let mut wrong = Vec::new();
    for f in files {
        let resp = app.upload(f.file, f.bytes).await;
        let status = resp.status().as_u16();
        let body: Value = resp.json().await.unwrap();
        let issues = body["issues"].as_array().cloned().unwrap_or_default();
        let named = issues.iter().any(|i| {
            i["location"].as_str().is_some_and(|l| l.starts_with(f.place))
                && f.field.is_none_or(|field| {
                    // A field is named by its code and in both languages.
                    i["field"] == field && i["field_code"].is_string() && i["field_fr"].is_string()
                })
                && i["message_en"].as_str().is_some_and(|m| !m.is_empty())
                && i["message_fr"].as_str().is_some_and(|m| !m.is_empty())
        });
        if status != 422 || !named {
            let got: Vec<String> =
                issues.iter().map(|i| format!("{} {} {}", i["location"], i["field"], i["message_en"])).collect();
            wrong.push(format!("{}: {status}, expected {} {:?}; got {got:?}", f.kind, f.place, f.field));
        }
        assert_eq!(app.count().await, 0, "{}: something was stored", f.kind);
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[tokio::test]
async fn each_limit_is_refused_with_its_own_error_and_nothing_is_stored() {
    use chainon::import::Limits;
    let ok = xlsx("", |_| {});
    let zeros = "0".repeat(32 * 1024 * 1024);
    let bomb = zip_of(&[("Supplier.csv", zeros.as_bytes())]);
    let cases: Vec<(Limits, &str, Vec<u8>, &str)> = vec![
        (Limits { max_rows: 1, ..Limits::default() }, "rows.xlsx", ok.clone(), "more than 1 row with data"),
        (Limits { max_sheets: 2, ..Limits::default() }, "sheets.xlsx", ok.clone(), "sheets"),
        (Limits { max_cell_chars: 5, ..Limits::default() }, "cell.xlsx", ok.clone(), "characters"),
        (Limits { max_inflated_bytes: 8 * 1024 * 1024, ..Limits::default() }, "bomb.zip", bomb, "zip bomb"),
    ];
    for (limits, name, bytes, says) in cases {
        let app: TestApp = spawn_app_with(Backend::Sqlite, limits).await.unwrap();
        let resp = app.upload(name, bytes).await;
        assert_eq!(resp.status(), 422, "{name}");
        let body: Value = resp.json().await.unwrap();
        assert!(
            body["issues"].as_array().unwrap().iter().any(|i| i["message_en"].as_str().unwrap().contains(says)),
            "{name}: {body}"
        );
        assert_eq!(app.count().await, 0);
    }
    // An empty upload is a request without a file.
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let resp = app.upload("empty.xlsx", Vec::new()).await;
    assert_eq!(resp.status(), 400);
    let body: Value = resp.json().await.unwrap();
    assert!(body["message"].as_str().unwrap().contains("empty") && body["message_fr"].is_string());
    assert_eq!(app.count().await, 0);
    let app = spawn_app_with(Backend::Sqlite, Limits { max_file_bytes: 1000, ..Limits::default() }).await.unwrap();
    assert_eq!(app.upload("big.xlsx", ok).await.status(), 413);
    assert_eq!(app.count().await, 0);
}

#[tokio::test]
async fn every_file_of_the_accepted_corpus_is_stored() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    let mut names: Vec<_> = std::fs::read_dir(corpus_dir("accepted"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e != "md"))
        .collect();
    names.sort();
    assert!(names.len() >= 5, "{names:?}");
    for path in &names {
        let name = path.file_name().unwrap().to_str().unwrap();
        let resp = app.upload(name, std::fs::read(path).unwrap()).await;
        let status = resp.status().as_u16();
        assert!(status == 201 || status == 200, "{name}: {status} {}", resp.text().await.unwrap());
    }
    assert!(app.count().await >= 1);
}

#[tokio::test]
async fn every_file_of_the_refused_corpus_is_refused_naming_its_cells_and_nothing_is_stored() {
    let app = spawn_app(Backend::Sqlite).await.unwrap();
    // Each refused file of the corpus and the cells its errors must name.
    let expected: [(&str, &[&str]); 2] = [
        ("uncalculated-formulas.xlsx", &["PlacesOfWork!N2", "PlacesOfWork!O2", "Supplier!B8"]),
        // The spreadsheet library panics on it: the file is refused, the service answers.
        ("format-claims-too-much.xlsb", &["format-claims-too-much.xlsb"]),
    ];
    let on_disk = std::fs::read_dir(corpus_dir("refused")).unwrap().count();
    assert_eq!(on_disk, expected.len(), "every refused file has its expected outcome here");
    for (name, cells) in expected {
        let resp = app.upload(name, std::fs::read(corpus_dir("refused").join(name)).unwrap()).await;
        assert_eq!(resp.status(), 422, "{name}");
        let body: Value = resp.json().await.unwrap();
        let mut got: Vec<String> =
            body["issues"].as_array().unwrap().iter().map(|i| i["location"].as_str().unwrap().to_string()).collect();
        got.sort();
        assert_eq!(got, cells, "{name}");
        assert_eq!(app.count().await, 0, "{name}: something was stored");
    }
}
