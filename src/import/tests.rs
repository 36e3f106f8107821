//! Intake tests: every carrier, both languages, the matching rules, every error with its exact place, limits.

use std::io::Write;

use rust_xlsxwriter::Workbook;

use super::*;
use crate::domain::{Lang, Role};

pub(super) fn demo(name: &str) -> Vec<u8> {
    std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/demo").join(name)).unwrap()
}

pub(super) fn demo_declaration(name: &str) -> Declaration {
    read_declaration(name, &demo(name), &Limits::default()).unwrap().declaration
}

pub(super) fn errors(r: Result<Parsed, Vec<Issue>>) -> Vec<Issue> {
    match r {
        Ok(p) => panic!("accepted: {:?}", p.declaration.supplier.legal_name),
        Err(issues) => issues.into_iter().filter(|i| i.level == IssueLevel::Error).collect(),
    }
}

pub(super) fn places(issues: &[Issue]) -> Vec<&str> {
    issues.iter().map(|i| i.location.as_str()).collect()
}

/// A workbook with the three required sheets, built cell by cell; `edit` may change it before saving.
pub(super) fn workbook(fr: bool, edit: impl FnOnce(&mut Workbook)) -> Vec<u8> {
    let mut wb = Workbook::new();
    let (sup, pow) = if fr { ("Fournisseur", "LieuxDeTravail") } else { ("Supplier", "PlacesOfWork") };
    let ws = wb.add_worksheet().set_name(sup).unwrap();
    let rows: [(&str, &str); 4] = if fr {
        [
            ("Dénomination sociale*", "Cordages Exemple inc."),
            ("Pays*", "Canada"),
            ("Date de la déclaration*", "2026-03-31"),
            ("Nom du signataire*", "Anne Roy"),
        ]
    } else {
        [
            ("Legal name*", "Example Rope Inc."),
            ("Country*", "CA"),
            ("Declaration date*", "2026-03-31"),
            ("Signatory name*", "Ann Roy"),
        ]
    };
    for (r, (k, v)) in rows.iter().enumerate() {
        ws.write_string(r as u32, 0, *k).unwrap();
        ws.write_string(r as u32, 1, *v).unwrap();
    }
    let ws = wb.add_worksheet().set_name("Attestations").unwrap();
    ws.write_row(0, 0, if fr { ["Droit", "Attesté"] } else { ["Right", "Attested"] }).unwrap();
    ws.write_row(1, 0, ["forced_labour", if fr { "Oui" } else { "Yes" }]).unwrap();
    let ws = wb.add_worksheet().set_name(pow).unwrap();
    let header: [&str; 8] = if fr {
        ["ID du lieu*", "Nom du lieu*", "Rôle*", "Biens*", "Adresse*", "Ville*", "Pays*", "Fournit à"]
    } else {
        ["Site ID*", "Site name*", "Role*", "Goods*", "Address*", "City*", "Country*", "Supplies to"]
    };
    ws.write_row(0, 0, header).unwrap();
    ws.write_row(1, 0, ["S1", "Rope works", "manufacturing", "sisal rope", "1 Rue", "Kolkata", "IN", ""]).unwrap();
    ws.write_row(2, 0, ["S2", "Sisal estate", "raw_material", "sisal", "Road 2", "Tanga", "Tanzanie", "S1"]).unwrap();
    edit(&mut wb);
    wb.save_to_buffer().unwrap()
}

#[test]
fn every_demo_declaration_is_accepted() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/demo");
    let mut n = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let parsed = read_declaration(&name, &bytes, &Limits::default());
        assert!(parsed.is_ok(), "{name}: {:?}", parsed.err());
        n += 1;
    }
    assert!(n >= 7);
}

#[test]
fn a_workbook_written_then_read_gives_back_the_declaration_in_both_languages() {
    for name in ["uniformes-boreal-w0113.json", "polar-workwear-w0113.json", "cordages-nordiques-w8486.json"] {
        let d = demo_declaration(name);
        for lang in [Lang::En, Lang::Fr] {
            let bytes = write_workbook(lang, &d).unwrap();
            let back = read_declaration("x.xlsx", &bytes, &Limits::default()).unwrap();
            assert_eq!(back.declaration, d, "{name} in {lang}");
        }
    }
}

#[test]
fn english_and_french_workbooks_are_read_alike() {
    let en = read_declaration("en.xlsx", &workbook(false, |_| {}), &Limits::default()).unwrap().declaration;
    let fr = read_declaration("fr.xlsx", &workbook(true, |_| {}), &Limits::default()).unwrap().declaration;
    assert_eq!(en.places_of_work.len(), 2);
    assert_eq!(fr.places_of_work[1].country.as_str(), "TZ");
    assert_eq!(en.places_of_work[1].supplies_to[0].as_str(), "S1");
    assert_eq!(fr.places_of_work[0].role, Role::Manufacturing);
    assert!(fr.attestations[0].attested);
}

#[test]
fn the_blank_template_has_every_sheet_and_is_refused_only_for_missing_values() {
    for lang in [Lang::En, Lang::Fr] {
        let bytes = write_template(lang).unwrap();
        let issues = errors(read_declaration("template.xlsx", &bytes, &Limits::default()));
        // Blank required values of the Supplier form, and no site: nothing about missing sheets or columns.
        assert!(!issues.is_empty());
        let sup = if lang == Lang::Fr { "Fournisseur" } else { "Supplier" };
        assert!(issues.iter().any(|i| i.location.starts_with(&format!("{sup}!B"))), "{issues:?}");
        assert!(
            !issues.iter().any(|i| i.message_en.contains("sheet") && i.message_en.contains("missing")),
            "{issues:?}"
        );
    }
}

#[test]
fn a_missing_required_sheet_is_named() {
    let bytes = workbook(false, |wb| {
        wb.worksheet_from_name("PlacesOfWork").unwrap().set_name("Sites").unwrap();
    });
    let issues = errors(read_declaration("x.xlsx", &bytes, &Limits::default()));
    assert_eq!(places(&issues), vec!["PlacesOfWork"]);
    assert!(issues[0].message_fr.contains("LieuxDeTravail"));
    // The place too is in the reader's language, and in both where the language is not known (the command line).
    assert_eq!(issues[0].location(crate::domain::Lang::Fr), "LieuxDeTravail");
    assert_eq!(issues[0].location(crate::domain::Lang::En), "PlacesOfWork");
    assert_eq!(issues[0].location_both(), "PlacesOfWork / LieuxDeTravail");
    let rows = crate::reports::views::issue_rows(crate::domain::Lang::Fr, &issues);
    assert_eq!(rows[0].location, "LieuxDeTravail");
}

#[test]
fn a_missing_required_column_names_the_sheet_and_the_column() {
    let mut wb = Workbook::new();
    let ws = wb.add_worksheet().set_name("Supplier").unwrap();
    ws.write_row(0, 0, ["Legal name", "X Inc."]).unwrap();
    ws.write_row(1, 0, ["Country", "CA"]).unwrap();
    ws.write_row(2, 0, ["Declaration date", "2026-01-01"]).unwrap();
    ws.write_row(3, 0, ["Signatory name", "A B"]).unwrap();
    wb.add_worksheet().set_name("Attestations").unwrap().write_row(0, 0, ["Right", "Attested"]).unwrap();
    let ws = wb.add_worksheet().set_name("PlacesOfWork").unwrap();
    ws.write_row(0, 0, ["Site ID", "Site name", "Role", "Goods", "Address", "City"]).unwrap();
    let issues = errors(read_declaration("x.xlsx", &wb.save_to_buffer().unwrap(), &Limits::default()));
    assert_eq!(places(&issues), vec!["PlacesOfWork"]);
    assert_eq!(issues[0].field.as_deref(), Some("Country"));
}

#[test]
fn every_bad_value_is_reported_at_once_with_its_cell() {
    let bytes = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(1, 6, "Atlantis").unwrap(); // G2 country
        ws.write_string(2, 2, "smuggling").unwrap(); // C3 role
        ws.write_string(2, 7, "S9").unwrap(); // H3 supplies to
        ws.write_row(3, 0, ["S1", "Duplicate", "manufacturing", "rope", "x", "y", "CA"]).unwrap(); // A4 duplicate
        let ws = wb.worksheet_from_name("Supplier").unwrap();
        ws.write_number(2, 1, 45000.0).unwrap(); // B3: a bare number is not a date
        let ws = wb.worksheet_from_name("Attestations").unwrap();
        ws.write_row(2, 0, ["slavery", "Yes"]).unwrap(); // A3 unknown right
        ws.write_row(3, 0, ["child_labour", "Maybe"]).unwrap(); // B4 not yes/no
    });
    let issues = errors(read_declaration("x.xlsx", &bytes, &Limits::default()));
    let mut got = places(&issues);
    got.sort_unstable();
    assert_eq!(
        got,
        vec![
            "Attestations!A3",
            "Attestations!B4",
            "PlacesOfWork!A4",
            "PlacesOfWork!C3",
            "PlacesOfWork!G2",
            "PlacesOfWork!H3",
            "Supplier!B3"
        ]
    );
    for i in &issues {
        assert!(!i.message_en.is_empty() && !i.message_fr.is_empty() && i.field.is_some(), "{i:?}");
    }
}

#[test]
fn matching_ignores_case_spaces_accents_column_order_blank_rows_and_extra_sheets() {
    let mut wb = Workbook::new();
    wb.add_worksheet().set_name("Lisez-moi").unwrap().write_string(0, 0, "Instructions").unwrap();
    let ws = wb.add_worksheet().set_name(" fournisseur ").unwrap();
    ws.write_row(0, 0, ["DENOMINATION SOCIALE", "Exemple inc."]).unwrap();
    ws.write_row(2, 0, ["pays", "Chine"]).unwrap();
    ws.write_row(3, 0, ["Date de la declaration", "2026-02-01"]).unwrap();
    ws.write_row(4, 0, ["Nom du signataire *", "Zoé"]).unwrap();
    ws.write_row(5, 0, ["Numero d'entreprise", "123456782RT0001"]).unwrap();
    let ws = wb.add_worksheet().set_name("ATTESTATIONS").unwrap();
    ws.write_row(0, 0, ["Attesté", "Droit"]).unwrap();
    ws.write_row(1, 0, ["O", "Forced_Labour"]).unwrap();
    let ws = wb.add_worksheet().set_name("lieux de travail").unwrap();
    ws.write_row(0, 0, ["Pays", "Rôle", "id du lieu", "Nom du lieu", "Biens", "Adresse", "Ville", "Colonne à moi"])
        .unwrap();
    ws.write_row(2, 0, ["Viet Nam", "Manufacturing", "A", "Usine", "chemises", "1 rue", "Hanoï", "x"]).unwrap();
    let parsed = read_declaration("x.xlsx", &wb.save_to_buffer().unwrap(), &Limits::default()).unwrap();
    let d = parsed.declaration;
    assert_eq!(d.supplier.country.as_str(), "CN");
    assert_eq!(d.supplier.business_number.as_ref().unwrap().as_str(), "123456782");
    assert_eq!(d.places_of_work[0].country.as_str(), "VN");
    assert!(d.attestations[0].attested);
    assert_eq!(parsed.warnings.len(), 1, "the unknown column is a warning: {:?}", parsed.warnings);
    assert_eq!(parsed.warnings[0].location, "lieux de travail!H1");
}

#[test]
fn a_solicitation_number_is_read_in_its_canonical_form_whatever_its_case() {
    let bytes = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("Supplier").unwrap();
        ws.write_row(4, 0, ["Solicitation number", "  w8486-26/500 "]).unwrap();
    });
    let d = read_declaration("x.xlsx", &bytes, &Limits::default()).unwrap().declaration;
    assert_eq!(d.supplier.solicitation_number.as_deref(), Some("W8486-26/500"));
}

#[test]
fn numbers_dates_and_percentages_take_their_cell_forms() {
    let bytes = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(0, 8, "Share of value %").unwrap();
        ws.write_string(0, 9, "Workers").unwrap();
        ws.write_string(0, 10, "Last audit date").unwrap();
        ws.write_string(0, 11, "Operator business number").unwrap();
        // A percent-formatted cell stores 35 % as 0.35.
        ws.write_number_with_format(1, 8, 0.35, &rust_xlsxwriter::Format::new().set_num_format("0%")).unwrap();
        ws.write_string(2, 8, "20%").unwrap();
        ws.write_number(1, 9, 240.0).unwrap();
        let date = rust_xlsxwriter::ExcelDateTime::from_ymd(2025, 6, 12).unwrap();
        let fmt = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
        ws.write_datetime_with_format(1, 10, &date, &fmt).unwrap();
        ws.write_number(1, 11, 123456782.0).unwrap();
    });
    let d = read_declaration("x.xlsx", &bytes, &Limits::default()).unwrap().declaration;
    let p = &d.places_of_work;
    assert!((p[0].share_of_value.unwrap() - 35.0).abs() < 1e-9);
    assert!((p[1].share_of_value.unwrap() - 20.0).abs() < 1e-9);
    assert_eq!(p[0].workers, Some(240));
    assert_eq!(p[0].last_audit_date.unwrap().to_string(), "2025-06-12");
    assert_eq!(p[0].operator_business_number.as_deref(), Some("123456782"));
}

#[test]
fn a_supply_cycle_is_accepted() {
    let bytes = workbook(false, |wb| {
        let ws = wb.worksheet_from_name("PlacesOfWork").unwrap();
        ws.write_string(1, 7, "S2").unwrap();
        ws.write_row(3, 0, ["S3", "Depot", "warehousing", "rope", "x", "y", "CA", ""]).unwrap();
    });
    let d = read_declaration("x.xlsx", &bytes, &Limits::default()).unwrap().declaration;
    assert_eq!(d.places_of_work.len(), 3);
}

pub(super) fn zip_of(files: &[(&str, &str)]) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        for (name, content) in files {
            z.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
            z.write_all(content.as_bytes()).unwrap();
        }
        z.finish().unwrap();
    }
    buf.into_inner()
}

#[test]
fn csv_files_in_a_zip_are_matched_by_name_in_either_language() {
    let bytes = zip_of(&[
        (
            "fournisseur.csv",
            "Label,Value\nLegal name,CSV Inc.\nCountry,MY\nDeclaration date,2026-04-01\nSignatory name,Ng\n",
        ),
        ("Attestations.csv", "Right,Attested,Scope\nchild_labour,Y,supplier\n"),
        (
            "places_of_work.csv",
            "Site ID,Site name,Role,Goods,Address,City,Country,Supplies to\nG1,Glove plant,manufacturing,nitrile gloves,Jalan 1,Klang,Malaysia,\n",
        ),
    ]);
    let d = read_declaration("decl.zip", &bytes, &Limits::default()).unwrap().declaration;
    assert_eq!(d.supplier.legal_name, "CSV Inc.");
    assert_eq!(d.places_of_work[0].site_id.as_str(), "G1");
}

#[test]
fn a_lone_csv_file_is_refused_with_the_missing_sheets_named() {
    let issues = errors(read_declaration("PlacesOfWork.csv", b"Site ID,Site name\nA,B\n", &Limits::default()));
    let got = places(&issues);
    assert!(got.contains(&"Supplier") && got.contains(&"Attestations"), "{got:?}");
}

#[test]
fn json_errors_name_their_path() {
    let mut v: serde_json::Value = serde_json::from_slice(&demo("gantex-en578.json")).unwrap();
    v["places_of_work"][0]["role"] = "boss".into();
    v["supplier"]["business_number"] = "123456789".into();
    let issues = errors(read_declaration("d.json", &serde_json::to_vec(&v).unwrap(), &Limits::default()));
    let mut got = places(&issues);
    got.sort_unstable();
    assert_eq!(got, vec!["/places_of_work/0/role", "/supplier/business_number"]);
    assert!(issues.iter().any(|i| i.message_en.contains("check digit")));
}

#[test]
fn unreadable_and_foreign_files_are_refused_with_the_file_named() {
    for (name, bytes) in [
        ("x.pdf", b"%PDF-1.7 not a workbook".to_vec()),
        ("x.xlsx", b"PK\x03\x04 truncated".to_vec()),
        ("x.json", b"{ \"supplier\": ".to_vec()),
        ("empty.xlsx", Vec::new()),
    ] {
        let issues = errors(read_declaration(name, &bytes, &Limits::default()));
        assert_eq!(places(&issues), vec![name], "{name}: {issues:?}");
    }
}

#[test]
fn limits_are_each_refused_with_their_own_error() {
    let ok = workbook(false, |_| {});
    let small = Limits { max_file_bytes: 100, ..Limits::default() };
    assert!(errors(read_declaration("x.xlsx", &ok, &small))[0].message_en.contains("bytes"));
    let few_rows = Limits { max_rows: 1, ..Limits::default() };
    // One row is said in the singular, in either language.
    assert!(errors(read_declaration("x.xlsx", &ok, &few_rows)).iter().any(|i| {
        i.message_en.contains("more than 1 row with data; at most 1 is accepted")
            && i.message_fr.contains("plus de 1 ligne remplie\u{202f}; au plus 1 est acceptée")
    }));
    let few_sheets = Limits { max_sheets: 2, ..Limits::default() };
    assert!(errors(read_declaration("x.xlsx", &ok, &few_sheets))[0].message_en.contains("sheets"));
    let short = Limits { max_cell_chars: 5, ..Limits::default() };
    assert!(errors(read_declaration("x.xlsx", &ok, &short)).iter().any(|i| i.message_en.contains("characters")));
}

#[test]
fn a_zip_bomb_is_refused_before_it_is_read() {
    // 64 MiB of zeros deflate to a few kilobytes.
    let zeros = "0".repeat(64 * 1024 * 1024);
    let bomb = zip_of(&[("Supplier.csv", &zeros)]);
    assert!(bomb.len() < 1024 * 1024);
    let limits = Limits { max_inflated_bytes: 16 * 1024 * 1024, ..Limits::default() };
    let issues = errors(read_declaration("bomb.zip", &bomb, &limits));
    assert_eq!(places(&issues), vec!["bomb.zip"]);
    assert!(issues[0].message_en.contains("zip bomb"));
}

#[test]
fn formula_like_text_is_written_inert_and_read_back_unchanged() {
    let mut d = demo_declaration("gantex-en578.json");
    d.places_of_work[0].site_name = "=HYPERLINK(\"http://x\")".into();
    d.supplier.address = Some("@SUM(1)".into());
    let bytes = write_workbook(Lang::En, &d).unwrap();
    let back = read_declaration("x.xlsx", &bytes, &Limits::default()).unwrap().declaration;
    assert_eq!(back, d);
}

#[test]
fn a_file_that_makes_the_spreadsheet_library_panic_is_refused_cleanly() {
    // Found by the fuzz target (tests/fuzz): the first byte picked the `.zip` name; the rest is the file.
    let input = include_bytes!("regressions/calamine-overflow.bin");
    let issues = errors(read_declaration("f.zip", &input[1..], &Limits::default()));
    assert_eq!(places(&issues), vec!["f.zip"], "{issues:?}");
    assert!(!issues[0].message_en.is_empty() && !issues[0].message_fr.is_empty());
}

/// The ODS of the corpus (`pandas-odfpy-en.ods`; its PlacesOfWork table has Site ID … Country in A–G, Supplies to in
/// H, a header and two sites, the first with an empty Supplies to) rewritten: `styles` as the automatic styles of its
/// content, `table_attrs` on the PlacesOfWork table, `columns` (`table:table-column` elements) ahead of its rows, and
/// each of its rows (`<table:table-row>…</table:table-row>`, the header first, with its index) through `row`.
pub(super) fn corpus_ods(
    styles: &str,
    table_attrs: &str,
    columns: &str,
    row: impl Fn(usize, String) -> String,
) -> Vec<u8> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/corpus/accepted/pandas-odfpy-en.ods");
    patch_zip(&std::fs::read(path).unwrap(), "content.xml", |xml| {
        let styled = format!("<office:automatic-styles>{styles}</office:automatic-styles>");
        let xml = xml.replacen("<office:automatic-styles/>", &styled, 1);
        let open = r#"<table:table table:name="PlacesOfWork">"#;
        let (head, tail) = xml.split_once(open).unwrap();
        let (table, rest) = tail.split_once("</table:table>").unwrap();
        let rows: String =
            table.split_inclusive("</table:table-row>").enumerate().map(|(i, r)| row(i, r.to_string())).collect();
        format!(r#"{head}<table:table table:name="PlacesOfWork"{table_attrs}>{columns}{rows}</table:table>{rest}"#)
    })
}

/// A copy of a zip package (XLSX, ODS, CSV zip) with one part rewritten: how structure-aware instances of a kind
/// of fault are made from valid files.
pub(super) fn patch_zip(bytes: &[u8], part: &str, edit: impl FnOnce(String) -> String) -> Vec<u8> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let mut edit = Some(edit);
    for i in 0..archive.len() {
        let mut entry = archive.by_index(i).unwrap();
        let name = entry.name().unwrap().to_string();
        let mut body = Vec::new();
        std::io::Read::read_to_end(&mut entry, &mut body).unwrap();
        if name == part
            && let Some(edit) = edit.take()
        {
            body = edit(String::from_utf8(body).unwrap()).into_bytes();
        }
        out.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        out.write_all(&body).unwrap();
    }
    assert!(edit.is_none(), "no part {part}");
    out.finish().unwrap().into_inner()
}

/// Replaces the XML element of one cell (`<c r="G2" …>…</c>`) of a worksheet part with `xml`; the cell must exist.
pub(super) fn set_cell_xml(bytes: &[u8], part: &str, cell: &str, xml: &str) -> Vec<u8> {
    patch_zip(bytes, part, |sheet| {
        let start = sheet.find(&format!("<c r=\"{cell}\"")).unwrap_or_else(|| panic!("no cell {cell} in {part}"));
        let (before, rest) = sheet.split_at(start);
        let open_end = rest.find('>').unwrap();
        let self_closing = rest.get(..open_end).unwrap().ends_with('/');
        let end = if self_closing { open_end + 1 } else { rest.find("</c>").unwrap() + 4 };
        format!("{before}{xml}{}", rest.get(end..).unwrap())
    })
}

/// A workbook whose drop-down values are written as `role`, `right` and `scope` say.
fn workbook_with_values(fr: bool, role: &str, right: &str, scope: &str) -> Vec<u8> {
    workbook(fr, |wb| {
        let ws = wb.worksheet_from_name("Attestations").unwrap();
        ws.write_string(0, 2, if fr { "Portée" } else { "Scope" }).unwrap();
        ws.write_string(1, 0, right).unwrap();
        ws.write_string(1, 2, scope).unwrap();
        let ws = wb.worksheet_from_name(if fr { "LieuxDeTravail" } else { "PlacesOfWork" }).unwrap();
        ws.write_string(2, 2, role).unwrap();
    })
}

#[test]
fn drop_down_values_are_read_as_labels_in_either_language_or_as_codes() {
    use crate::domain::{Right, Scope};
    for (fr, role, right, scope) in [
        (
            true,
            "Matière première",
            "Protection contre le travail forcé",
            "Fournisseur et sous-traitants de premier niveau",
        ),
        (false, "Raw material", "Protection against forced labour", "Supplier and tier-1 subcontractors"),
        // A French label in an English workbook, and the other way round.
        (false, "Matière première", "Protection contre le travail forcé", "Toute la chaîne"),
        (true, "Raw material", "Protection against forced labour", "Whole chain"),
        // Codes, as older templates wrote them.
        (true, "raw_material", "forced_labour", "supplier_and_tier1"),
        // Case, accents and spacing forgiven where one value still matches.
        (false, "MATIERE PREMIERE", "protection  against forced-labour", "supplier and tier 1 subcontractors"),
    ] {
        let d = read_declaration("x.xlsx", &workbook_with_values(fr, role, right, scope), &Limits::default())
            .unwrap_or_else(|e| panic!("{role} / {right} / {scope}: {e:?}"))
            .declaration;
        assert_eq!(d.places_of_work[1].role, Role::RawMaterial, "{role}");
        assert_eq!(d.attestations[0].right, Right::ForcedLabour, "{right}");
        assert!(matches!(d.attestations[0].scope, Some(Scope::SupplierAndTier1 | Scope::FullChain)), "{scope}");
    }
}

#[test]
fn an_unknown_drop_down_value_is_refused_naming_its_cell_and_what_is_accepted() {
    let issues = errors(read_declaration(
        "x.xlsx",
        &workbook_with_values(true, "Contrebande", "forced_labour", "Fournisseur"),
        &Limits::default(),
    ));
    assert_eq!(places(&issues), vec!["LieuxDeTravail!C3"]);
    // The allowed values in the reader's words and quotation marks; no codes, no labels of the other language.
    let fr = &issues[0].message_fr;
    assert!(fr.contains("«\u{a0}Contrebande\u{a0}»") && fr.contains("«\u{a0}Matière première\u{a0}»"), "{fr}");
    assert!(!fr.contains("raw_material") && !fr.contains("Raw material") && !fr.contains(['`', '“']), "{fr}");
    let en = &issues[0].message_en;
    assert!(en.contains("“Raw material”") && !en.contains("raw_material") && !en.contains("Matière"), "{en}");
}

#[test]
fn the_template_offers_labels_prompts_and_lists_down_to_the_last_readable_row() {
    for lang in [Lang::En, Lang::Fr] {
        let bytes = write_template(lang).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(&bytes)).unwrap();
        let mut xml = String::new();
        let mut shared = String::new();
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).unwrap();
            let name = f.name().unwrap().to_string();
            let mut s = String::new();
            std::io::Read::read_to_string(&mut f, &mut s).unwrap();
            if name.starts_with("xl/worksheets/") {
                xml.push_str(&s);
            } else if name == "xl/sharedStrings.xml" {
                shared = s;
            }
        }
        let last = Limits::default().max_rows + 1;
        assert!(xml.contains(&format!("E2:E{last}")), "the role drop-down reaches row {last}");
        assert!(xml.contains("promptTitle="), "input prompts");
        let (role, example) = if lang == Lang::Fr {
            ("Matière première", "Filature Shree Ganesh")
        } else {
            ("Raw material", "Shree Ganesh Spinning Mill")
        };
        assert!(shared.contains(role) && shared.contains(example), "labels and the example row");
        for code in ["raw_material", "supplier_and_tier1", "forced_labour", "s211_report"] {
            assert!(!shared.contains(code), "{code} in the {lang} template");
        }
    }
}

#[test]
fn french_country_names_are_sorted_as_french_readers_sort_them() {
    let names: Vec<&str> = super::template::countries_sorted(Lang::Fr).into_iter().map(|c| c.name(Lang::Fr)).collect();
    let pos = |n: &str| names.iter().position(|x| *x == n).unwrap_or_else(|| panic!("{n} in {names:?}"));
    let egypte = pos("Égypte");
    assert!(egypte < pos("Émirats arabes unis") && pos("Émirats arabes unis") < pos("Équateur"));
    assert!(pos("Danemark") < egypte && egypte < pos("Espagne"), "Égypte among the E, not after Zimbabwe");
    assert!(pos("Équateur") < pos("Zimbabwe"));
    assert!(pos("Hongrie") < pos("Île Bouvet") && pos("Îles Åland") < pos("Inde"), "Île and Îles among the I");
    assert!(pos("Grèce") < pos("Groenland") && pos("Groenland") < pos("Guatemala"));
}

#[test]
fn every_country_name_the_workbook_writes_reads_back_as_its_country() {
    for lang in [Lang::En, Lang::Fr] {
        for c in crate::domain::CountryCode::all() {
            assert_eq!(crate::domain::CountryCode::parse(c.name(lang)), Some(c), "{} ({lang})", c.name(lang));
        }
    }
}

/// The one character policy (`domain::characters`) in every carrier of a declaration: refused at the cell.
#[test]
fn every_carrier_refuses_the_same_characters_at_their_cell_and_free_texts_take_line_breaks() {
    let json = |edit: &dyn Fn(&mut serde_json::Value)| {
        let mut v: serde_json::Value = serde_json::from_slice(&demo("gantex-en578.json")).unwrap();
        edit(&mut v);
        serde_json::to_vec(&v).unwrap()
    };
    for c in
        ['\u{FFFD}', '\u{FFFE}', '\u{10FFFF}', '\u{200B}', '\u{2028}', '\u{7}', '\u{85}', '\u{202E}', '\t', '\u{E0041}']
            .into_iter()
            // Characters that draw nothing (Unicode's default-ignorable ones, the Braille blank), and the joiners out
            // of the scripts that write with them.
            .chain(['\u{200D}', '\u{200C}', '\u{34F}', '\u{3164}', '\u{2800}', '\u{FE0F}', '\u{E0100}', '\u{180B}'])
    {
        let code = format!("U+{:04X}", u32::from(c));
        let bytes = json(&|v| v["places_of_work"][0]["site_name"] = format!("Gown {c} Factory").into());
        let issues = errors(read_declaration("d.json", &bytes, &Limits::default()));
        assert_eq!(issues.len(), 1, "{code}: {issues:?}");
        assert!(issues[0].location.contains("site_name"), "{code}: {issues:?}");
        assert!(issues[0].message_en.contains(&code) && issues[0].message_fr.contains(&code), "{issues:?}");
        let bytes = workbook(false, |wb| {
            wb.worksheet_from_name("PlacesOfWork").unwrap().write_string(2, 1, format!("Es{c}tate")).unwrap();
        });
        let issues = errors(read_declaration("d.xlsx", &bytes, &Limits::default()));
        assert_eq!(issues.iter().map(|i| i.location.as_str()).collect::<Vec<_>>(), ["PlacesOfWork!B3"], "{code}");
        assert!(issues[0].message_en.contains(&format!("{code} ")), "{issues:?}");
    }
    // A line break in an address is read, and kept.
    let bytes = json(&|v| v["places_of_work"][0]["address"] = "Plot 7\nIndustrial Zone".into());
    let parsed = read_declaration("d.json", &bytes, &Limits::default()).unwrap();
    assert_eq!(parsed.declaration.places_of_work[0].address, "Plot 7\nIndustrial Zone");
}
