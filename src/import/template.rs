//! The declaration workbook written with rust_xlsxwriter: the blank template (English or French) with
//! instructions and drop-down lists, or the same workbook filled with a declaration.

use rust_xlsxwriter::{Color, DataValidation, Format, FormatAlign, Formula, Workbook, Worksheet, XlsxError};
use strum::IntoEnumIterator;

use super::parse::{SheetRole, labels, sheet_name};
use crate::domain::{CountryCode, Declaration, DueDiligenceQuestion, Lang, Right, Role, Scope};

/// Why a workbook could not be written.
#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    /// The writer refused a value or a layout.
    #[error("cannot write the workbook: {0}")]
    Xlsx(#[from] XlsxError),
}

/// Rows given drop-down lists in the tables of a blank template.
const TABLE_ROWS: u32 = 500;

/// Text that a spreadsheet would read as a formula is kept inert with a leading apostrophe (the reader drops it).
/// Text that a spreadsheet would run as a formula, written with a leading `'` so that it stays text.
pub fn inert(s: &str) -> String {
    if s.starts_with(['=', '+', '-', '@', '\t', '\r']) { format!("'{s}") } else { s.to_string() }
}

fn header_format() -> Format {
    Format::new().set_bold().set_background_color(Color::RGB(0x26374A)).set_font_color(Color::White).set_text_wrap()
}

fn write_header(ws: &mut Worksheet, role: SheetRole, fr: bool) -> Result<(), XlsxError> {
    let fmt = header_format();
    for (c, (label, required)) in labels(role, fr).into_iter().enumerate() {
        let text = if required { format!("{label}*") } else { label.to_string() };
        ws.write_string_with_format(0, c as u16, &text, &fmt)?;
        ws.set_column_width(c as u16, (label.len() as f64 + 4.0).max(14.0))?;
    }
    ws.set_freeze_panes(1, 0)?;
    Ok(())
}

fn yes_no(fr: bool) -> [&'static str; 2] {
    if fr { ["Oui", "Non"] } else { ["Yes", "No"] }
}

fn list_validation(values: &[&str], fr: bool) -> Result<DataValidation, XlsxError> {
    DataValidation::new().allow_list_strings(values)?.set_error_message(if fr {
        "Choisissez une valeur de la liste."
    } else {
        "Choose a value from the list."
    })
}

fn country_validation(fr: bool) -> Result<DataValidation, XlsxError> {
    let lists = if fr { "Listes" } else { "Lists" };
    let n = CountryCode::all().count() + 1;
    // Codes and names both parse; the list offers names so a supplier picks what it recognises.
    Ok(DataValidation::new()
        .allow_list_formula(Formula::new(format!("={lists}!$B$2:$B${n}")))
        .ignore_blank(true)
        .set_error_message(if fr {
            "Choisissez un pays de la liste ou tapez son code ISO (p. ex. MY)."
        } else {
            "Choose a country from the list or type its ISO code (e.g. MY)."
        })?
        .set_error_style(rust_xlsxwriter::DataValidationErrorStyle::Warning))
}

fn instructions(ws: &mut Worksheet, fr: bool) -> Result<(), XlsxError> {
    let title = Format::new().set_bold().set_font_size(14);
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    ws.set_column_width(0, 28)?;
    ws.set_column_width(1, 100)?;
    let lines: Vec<(&str, &str)> = if fr {
        vec![
            (
                "Déclaration du fournisseur",
                "Format 1 — Code de conduite pour l'approvisionnement, lieu de travail et diligence raisonnable",
            ),
            (
                "Fournisseur",
                "Une étiquette par ligne en colonne A, sa valeur en colonne B. Les champs marqués * sont obligatoires. Dates au format 2026-03-31.",
            ),
            (
                "Attestations",
                "Une ligne pour chacun des neuf droits. Attesté : Oui ou Non. Portée : supplier, supplier_and_tier1 ou full_chain. Un droit manquant ou « Non » devient un constat.",
            ),
            (
                "DiligenceRaisonnable",
                "Répondez à chaque question (Oui/Non; traceability_tiers : nombre de niveaux cartographiés). Détail : norme d'audit, adresse du rapport S-211.",
            ),
            (
                "LieuxDeTravail",
                "Une ligne par lieu de la chaîne de production, les vôtres compris : nom, adresse et pays du fabricant et de chaque sous-traitant. « Fournit à » : les ID des lieux que ce lieu approvisionne, séparés par ; (vide = vous-même, niveau 1).",
            ),
            (
                "Biens",
                "Facultatif : les articles de la soumission, leur code UNSPSC ou NIBS et les ID des lieux qui les produisent.",
            ),
            (
                "Erreurs",
                "Un fichier qui contient une erreur est refusé en entier et rien n'en est enregistré; chaque erreur indique sa cellule (p. ex. LieuxDeTravail!K12).",
            ),
        ]
    } else {
        vec![
            ("Supplier declaration", "Format 1 — Code of Conduct for Procurement, place of work and due diligence"),
            (
                "Supplier",
                "One label per row in column A, its value in column B. Fields marked * are required. Dates as 2026-03-31.",
            ),
            (
                "Attestations",
                "One row for each of the nine rights. Attested: Yes or No. Scope: supplier, supplier_and_tier1 or full_chain. A right missing or attested No becomes a finding.",
            ),
            (
                "DueDiligence",
                "Answer each question (Yes/No; traceability_tiers: how many tiers are mapped). Detail: the audit standard, the S-211 report URL.",
            ),
            (
                "PlacesOfWork",
                "One row per site in the production chain, your own included: name, address and country of the manufacturer and of every subcontractor. Supplies to: the Site IDs this site ships to, separated by ; (blank = to you, tier 1).",
            ),
            ("Goods", "Optional: the bid's line items, their UNSPSC or GSIN code and the Site IDs that produce them."),
            (
                "Errors",
                "A file with any error is refused whole and nothing of it is stored; every error names its cell (e.g. PlacesOfWork!K12).",
            ),
        ]
    };
    for (r, (k, v)) in lines.iter().enumerate() {
        if r == 0 {
            ws.write_string_with_format(0, 0, *k, &title)?;
            ws.write_string_with_format(0, 1, *v, &wrap)?;
        } else {
            ws.write_string_with_format(r as u32 + 1, 0, *k, &bold)?;
            ws.write_string_with_format(r as u32 + 1, 1, *v, &wrap)?;
        }
    }
    Ok(())
}

fn build(lang: Lang, d: Option<&Declaration>) -> Result<Vec<u8>, TemplateError> {
    let fr = lang == Lang::Fr;
    let yn = yes_no(fr);
    let mut wb = Workbook::new();

    let ws = wb.add_worksheet();
    ws.set_name(if fr { "Lisez-moi" } else { "Instructions" })?;
    instructions(ws, fr)?;

    // Supplier form.
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(SheetRole::Supplier, fr))?;
    let bold = Format::new().set_bold();
    ws.set_column_width(0, 30)?;
    ws.set_column_width(1, 50)?;
    for (r, (label, required)) in labels(SheetRole::Supplier, fr).into_iter().enumerate() {
        let text = if required { format!("{label}*") } else { label.to_string() };
        ws.write_string_with_format(r as u32, 0, &text, &bold)?;
    }
    ws.add_data_validation(2, 1, 2, 1, &country_validation(fr)?)?;
    if let Some(d) = d {
        let s = &d.supplier;
        let values: [Option<String>; 10] = [
            Some(s.legal_name.clone()),
            s.business_number.as_ref().map(|b| b.to_string()),
            Some(s.country.to_string()),
            s.address.clone(),
            s.contact_name.clone(),
            s.contact_email.clone(),
            s.solicitation_number.clone(),
            Some(s.declaration_date.to_string()),
            Some(s.signatory_name.clone()),
            s.signatory_title.clone(),
        ];
        for (r, v) in values.iter().enumerate() {
            if let Some(v) = v {
                ws.write_string(r as u32, 1, inert(v))?;
            }
        }
    }

    // Attestations.
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(SheetRole::Attestations, fr))?;
    write_header(ws, SheetRole::Attestations, fr)?;
    ws.set_column_width(0, 26)?;
    ws.set_column_width(3, 50)?;
    for (i, right) in Right::iter().enumerate() {
        let r = i as u32 + 1;
        ws.write_string(r, 0, right.as_ref())?;
        if let Some(a) = d.and_then(|d| d.attestations.iter().find(|a| a.right == right)) {
            ws.write_string(r, 1, if a.attested { yn[0] } else { yn[1] })?;
            if let Some(scope) = a.scope {
                ws.write_string(r, 2, scope.as_ref())?;
            }
            if let Some(c) = &a.comment {
                ws.write_string(r, 3, inert(c))?;
            }
        }
    }
    let rights: Vec<&str> = Right::iter().map(<&str>::from).collect();
    ws.add_data_validation(1, 0, 9, 0, &list_validation(&rights, fr)?)?;
    ws.add_data_validation(1, 1, 9, 1, &list_validation(&yn, fr)?)?;
    let scopes: Vec<&str> = Scope::iter().map(<&str>::from).collect();
    ws.add_data_validation(1, 2, 9, 2, &list_validation(&scopes, fr)?)?;

    // Due diligence.
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(SheetRole::DueDiligence, fr))?;
    write_header(ws, SheetRole::DueDiligence, fr)?;
    ws.set_column_width(0, 24)?;
    ws.set_column_width(2, 50)?;
    for (i, q) in DueDiligenceQuestion::iter().enumerate() {
        let r = i as u32 + 1;
        ws.write_string(r, 0, q.as_ref())?;
        if let Some(d) = d {
            let dd = &d.due_diligence;
            if q == DueDiligenceQuestion::TraceabilityTiers {
                if let Some(n) = dd.traceability_tiers {
                    ws.write_number(r, 1, f64::from(n))?;
                }
            } else if let Some(a) = dd.answer(q) {
                ws.write_string(r, 1, if a { yn[0] } else { yn[1] })?;
            }
            let detail = match q {
                DueDiligenceQuestion::SocialAudit => dd.social_audit_standard.as_ref(),
                DueDiligenceQuestion::S211Report => dd.s211_report_url.as_ref(),
                _ => None,
            };
            if let Some(x) = detail {
                ws.write_string(r, 2, inert(x))?;
            }
        }
    }
    let yes_no_rows = DueDiligenceQuestion::iter().count() as u32;
    ws.add_data_validation(1, 1, yes_no_rows, 1, &list_validation(&[yn[0], yn[1]], fr)?.ignore_blank(true))?;

    // Places of work.
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(SheetRole::PlacesOfWork, fr))?;
    write_header(ws, SheetRole::PlacesOfWork, fr)?;
    let roles: Vec<&str> = Role::iter().map(<&str>::from).collect();
    let rows = TABLE_ROWS.max(d.map_or(0, |d| d.places_of_work.len() as u32 + 1));
    ws.add_data_validation(1, 4, rows, 4, &list_validation(&roles, fr)?)?;
    ws.add_data_validation(1, 11, rows, 11, &country_validation(fr)?)?;
    if let Some(d) = d {
        for (i, p) in d.places_of_work.iter().enumerate() {
            let r = i as u32 + 1;
            let text: [Option<String>; 19] = [
                Some(p.site_id.to_string()),
                Some(p.site_name.clone()),
                p.operator.clone(),
                p.operator_business_number.clone(),
                Some(p.role.to_string()),
                Some(p.goods.clone()),
                p.classification.as_ref().map(|c| c.to_string()),
                (!p.inputs.is_empty()).then(|| p.inputs.join("; ")),
                Some(p.address.clone()),
                Some(p.city.clone()),
                p.region.clone(),
                Some(p.country.to_string()),
                p.postal_code.clone(),
                None,
                None,
                (!p.supplies_to.is_empty())
                    .then(|| p.supplies_to.iter().map(|s| s.to_string()).collect::<Vec<_>>().join("; ")),
                p.os_id.clone(),
                p.last_audit_date.map(|x| x.to_string()),
                p.audit_standard.clone(),
            ];
            for (c, v) in text.iter().enumerate() {
                if let Some(v) = v {
                    ws.write_string(r, c as u16, inert(v))?;
                }
            }
            if let Some(w) = p.workers {
                ws.write_number(r, 13, f64::from(w))?;
            }
            if let Some(s) = p.share_of_value {
                ws.write_number(r, 14, s)?;
            }
        }
    }

    // Goods.
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(SheetRole::Goods, fr))?;
    write_header(ws, SheetRole::Goods, fr)?;
    if let Some(d) = d {
        for (i, g) in d.goods.iter().enumerate() {
            let r = i as u32 + 1;
            ws.write_string(r, 0, inert(&g.item))?;
            if let Some(x) = &g.description {
                ws.write_string(r, 1, inert(x))?;
            }
            if let Some(x) = &g.classification {
                ws.write_string(r, 2, x.code())?;
            }
            if let Some(x) = g.quantity {
                ws.write_number(r, 3, x)?;
            }
            if let Some(x) = g.value_cad {
                ws.write_number(r, 4, x)?;
            }
            if !g.produced_at.is_empty() {
                ws.write_string(r, 5, g.produced_at.iter().map(|s| s.to_string()).collect::<Vec<_>>().join("; "))?;
            }
        }
    }

    // The lists behind the drop-downs, hidden: the reader ignores sheets the format does not name.
    let ws = wb.add_worksheet();
    ws.set_name(if fr { "Listes" } else { "Lists" })?;
    ws.write_string_with_format(0, 0, "Code", &bold)?;
    ws.write_string_with_format(0, 1, if fr { "Pays" } else { "Country" }, &bold)?;
    for (i, c) in CountryCode::all().enumerate() {
        ws.write_string(i as u32 + 1, 0, c.as_str())?;
        ws.write_string(i as u32 + 1, 1, c.name(lang))?;
    }
    ws.set_hidden(true);

    Ok(wb.save_to_buffer()?)
}

/// The blank template in a language.
pub fn write_template(lang: Lang) -> Result<Vec<u8>, TemplateError> {
    build(lang, None)
}

/// The workbook filled with a declaration.
pub fn write_workbook(lang: Lang, declaration: &Declaration) -> Result<Vec<u8>, TemplateError> {
    build(lang, Some(declaration))
}
