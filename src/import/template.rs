//! The declaration workbook written with rust_xlsxwriter: the blank template (English or French) with
//! instructions, an example row, drop-down lists and input prompts, or the same workbook filled with a declaration.
//!
//! People see labels, never codes: the drop-downs offer the labels of roles, rights and scopes in the workbook's
//! language (the intake maps them back, `domain::from_label`, and still accepts the codes of older templates),
//! countries are listed by name sorted as a reader of that language sorts them (the Unicode Collation Algorithm,
//! CLDR root order, with feruca), and each column's cells carry an input prompt saying what to write. Drop-downs
//! and prompts run as far down as the intake reads (`Limits::max_rows`), so a large declaration keeps them.

use feruca::Collator;
use rust_xlsxwriter::{Color, DataValidation, Format, FormatAlign, Formula, Workbook, Worksheet, XlsxError};
use strum::IntoEnumIterator;

use super::parse::{PlaceField, SheetRole, labels, place_column, place_fields, sheet_name};
use crate::domain::{Coded, CountryCode, Declaration, DueDiligenceQuestion, Lang, Message, Right, Role, Scope};

/// Why a workbook could not be written.
#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    /// The writer refused a value or a layout.
    #[error("cannot write the workbook: {0}")]
    Xlsx(#[from] XlsxError),
}

/// The last row (0-based) given drop-down lists and prompts in a table: as many data rows as the intake reads in a
/// sheet, within a worksheet's 1,048,576 rows.
fn last_table_row() -> u32 {
    u32::try_from(super::Limits::default().max_rows).unwrap_or(u32::MAX).min(1_048_575)
}

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

/// The hidden sheet holding the lists behind the drop-downs.
fn lists_sheet(fr: bool) -> &'static str {
    if fr { "Listes" } else { "Lists" }
}

/// The columns of the lists sheet: A country codes, B country names, C rights, D scopes, E roles, F yes/no.
#[derive(Clone, Copy)]
enum List {
    Countries,
    Rights,
    Scopes,
    Roles,
    YesNo,
}

impl List {
    fn column(self) -> (u16, &'static str, usize) {
        match self {
            List::Countries => (1, "B", CountryCode::all().count()),
            List::Rights => (2, "C", Right::iter().count()),
            List::Scopes => (3, "D", Scope::iter().count()),
            List::Roles => (4, "E", Role::iter().count()),
            List::YesNo => (5, "F", 2),
        }
    }
}

/// A drop-down on a list of the lists sheet, with the input prompt of its column.
fn list_validation(list: List, fr: bool, prompt: Prompt) -> Result<DataValidation, XlsxError> {
    let (_, col, n) = list.column();
    let v = DataValidation::new()
        .allow_list_formula(Formula::new(format!("={}!${col}$2:${col}${}", lists_sheet(fr), n + 1)))
        .ignore_blank(true);
    let v = match list {
        // Codes and names both parse; the list offers names so a supplier picks what it recognises.
        List::Countries => v
            .set_error_message(said(fr, "template.choose_country"))?
            .set_error_style(rust_xlsxwriter::DataValidationErrorStyle::Warning),
        _ => v.set_error_message(said(fr, "template.choose_value"))?,
    };
    with_prompt(v, prompt)
}

/// A column's title and input message (Excel's limits: 32 and 255 characters).
type Prompt = (&'static str, String);

fn with_prompt(v: DataValidation, (title, message): Prompt) -> Result<DataValidation, XlsxError> {
    v.set_input_title(title)?.set_input_message(message)
}

/// A prompt on a column that takes any value.
fn prompt_only(prompt: Prompt) -> Result<DataValidation, XlsxError> {
    with_prompt(DataValidation::new().allow_any_value(), prompt)
}

/// The catalogues' keys of what each field of a sheet asks for (`template.prompt.*` of `intake.ftl`), in the order
/// of its fields.
fn prompt_keys(role: SheetRole) -> &'static [&'static str] {
    match role {
        SheetRole::Supplier => &[
            "template.prompt.supplier.legal_name",
            "template.prompt.supplier.business_number",
            "template.prompt.supplier.country",
            "template.prompt.supplier.address",
            "template.prompt.supplier.contact_name",
            "template.prompt.supplier.contact_email",
            "template.prompt.supplier.solicitation",
            "template.prompt.supplier.declaration_date",
            "template.prompt.supplier.signatory_name",
            "template.prompt.supplier.signatory_title",
        ],
        SheetRole::Attestations => &[
            "template.prompt.attestations.right",
            "template.prompt.attestations.attested",
            "template.prompt.attestations.scope",
            "template.prompt.attestations.comment",
        ],
        SheetRole::DueDiligence => &[
            "template.prompt.due_diligence.question",
            "template.prompt.due_diligence.answer",
            "template.prompt.due_diligence.detail",
        ],
        SheetRole::PlacesOfWork => &[
            "template.prompt.places.site_id",
            "template.prompt.places.site_name",
            "template.prompt.places.operator",
            "template.prompt.places.operator_business_number",
            "template.prompt.places.role",
            "template.prompt.places.goods",
            "template.prompt.places.classification",
            "template.prompt.places.inputs",
            "template.prompt.places.address",
            "template.prompt.places.city",
            "template.prompt.places.region",
            "template.prompt.places.country",
            "template.prompt.places.postal_code",
            "template.prompt.places.workers",
            "template.prompt.places.share_of_value",
            "template.prompt.places.supplies_to",
            "template.prompt.places.os_id",
            "template.prompt.places.last_audit_date",
            "template.prompt.places.audit_standard",
        ],
        SheetRole::Goods => &[
            "template.prompt.goods.item",
            "template.prompt.goods.description",
            "template.prompt.goods.classification",
            "template.prompt.goods.quantity",
            "template.prompt.goods.value",
            "template.prompt.goods.produced_at",
        ],
    }
}

/// A text of the template in the workbook's language, from the catalogues (`template.*` of `intake.ftl`).
fn said(fr: bool, key: &'static str) -> String {
    crate::domain::say(if fr { Lang::Fr } else { Lang::En }, &Message::new(key))
}

/// What each field of a sheet asks for, in the workbook's language, in the order of its fields.
fn prompts(role: SheetRole, fr: bool) -> Vec<String> {
    prompt_keys(role).iter().map(|key| said(fr, key)).collect()
}

/// The field labels of a sheet paired with their prompts.
fn field_prompts(role: SheetRole, fr: bool) -> Vec<Prompt> {
    labels(role, fr).into_iter().map(|(l, _)| l).zip(prompts(role, fr)).collect()
}

/// Gives every column of a table its prompt (and its drop-down where it has one) from row 2 to the last row.
fn table_validations(ws: &mut Worksheet, role: SheetRole, fr: bool, lists: &[(usize, List)]) -> Result<(), XlsxError> {
    let last = last_table_row();
    for (c, prompt) in field_prompts(role, fr).into_iter().enumerate() {
        let v = match lists.iter().find(|(col, _)| *col == c) {
            Some((_, list)) => list_validation(*list, fr, prompt)?,
            None => prompt_only(prompt)?,
        };
        ws.add_data_validation(1, c as u16, last, c as u16, &v)?;
    }
    Ok(())
}

/// The example row of the instructions sheet: one place of work as a supplier would fill it, a value per field in
/// the field table's order.
fn example_site(fr: bool) -> Vec<String> {
    let lang = if fr { Lang::Fr } else { Lang::En };
    let country = CountryCode::parse("IN").map_or("India", |c| c.name(lang));
    let t = |en: &str, fr_text: &str| if fr { fr_text.to_string() } else { en.to_string() };
    place_fields()
        .iter()
        .map(|field| match field {
            PlaceField::SiteId => "S2".into(),
            PlaceField::SiteName => t("Shree Ganesh Spinning Mill", "Filature Shree Ganesh"),
            PlaceField::Operator => "Shree Ganesh Textiles Pvt. Ltd.".into(),
            PlaceField::OperatorBusinessNumber | PlaceField::OsId => String::new(),
            PlaceField::Role => Role::Processing.label(lang).into(),
            PlaceField::Goods => t("Cotton yarn", "Fil de coton"),
            PlaceField::Classification => "11162100".into(),
            PlaceField::Inputs => t("raw cotton", "coton brut"),
            PlaceField::Address => "Plot 14, SIDCO Industrial Estate".into(),
            PlaceField::City => "Tiruppur".into(),
            PlaceField::Region => "Tamil Nadu".into(),
            PlaceField::Country => country.into(),
            PlaceField::PostalCode => "641604".into(),
            PlaceField::Workers => "320".into(),
            PlaceField::ShareOfValue => "25".into(),
            PlaceField::SuppliesTo => "S1".into(),
            PlaceField::LastAuditDate => "2025-11-04".into(),
            PlaceField::AuditStandard => "SMETA".into(),
        })
        .collect()
}

fn instructions(ws: &mut Worksheet, fr: bool) -> Result<(), XlsxError> {
    let title = Format::new().set_bold().set_font_size(14);
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap().set_align(FormatAlign::Top);
    ws.set_column_width(0, 28)?;
    ws.set_column_width(1, 100)?;
    // Each line: what it is about (a sheet's name, a topic) and what the catalogues say of it.
    let names = if fr {
        [
            "Déclaration du fournisseur",
            "Fournisseur",
            "Attestations",
            "DiligenceRaisonnable",
            "LieuxDeTravail",
            "Biens",
            "Nombres",
            "Erreurs",
        ]
    } else {
        [
            "Supplier declaration",
            "Supplier",
            "Attestations",
            "DueDiligence",
            "PlacesOfWork",
            "Goods",
            "Numbers",
            "Errors",
        ]
    };
    let lang = if fr { Lang::Fr } else { Lang::En };
    let said_lines = [
        Message::new("template.readme.format"),
        Message::new("template.readme.supplier"),
        Message::new("template.readme.attestations"),
        Message::new("template.readme.due_diligence"),
        Message::new("template.readme.places"),
        Message::new("template.readme.goods"),
        Message::new("template.readme.numbers"),
        // A place as refusals name it, the sheet by its name in the workbook's language.
        Message::new("template.readme.errors")
            .text("sheet", sheet_name(SheetRole::PlacesOfWork, fr))
            .text("cell", "K12"),
    ];
    let lines: Vec<(&str, String)> =
        names.into_iter().zip(said_lines.iter().map(|m| crate::domain::say(lang, m))).collect();
    for (r, (k, v)) in lines.iter().enumerate() {
        if r == 0 {
            ws.write_string_with_format(0, 0, *k, &title)?;
            ws.write_string_with_format(0, 1, v, &wrap)?;
        } else {
            ws.write_string_with_format(r as u32 + 1, 0, *k, &bold)?;
            ws.write_string_with_format(r as u32 + 1, 1, v, &wrap)?;
        }
    }
    // One example row of the places of work, laid out as a column (label, value) to stay readable.
    let start = lines.len() as u32 + 3;
    ws.write_string_with_format(start, 0, said(fr, "template.example"), &bold)?;
    for (i, ((label, _), value)) in labels(SheetRole::PlacesOfWork, fr).into_iter().zip(example_site(fr)).enumerate() {
        let r = start + 1 + i as u32;
        ws.write_string(r, 0, label)?;
        ws.write_string(r, 1, value)?;
    }
    Ok(())
}

/// The countries in the order a reader of `lang` expects their names (Égypte, Émirats arabes unis, Équateur, …).
pub fn countries_sorted(lang: Lang) -> Vec<CountryCode> {
    let mut all: Vec<CountryCode> = CountryCode::all().collect();
    sort_by_collation(&mut all, |c| c.name(lang));
    all
}

/// Sorts items by a name as readers expect, whatever its accents and case (Égypte, Émirats, Équateur, …;
/// Île Bouvet among the I): the Unicode Collation Algorithm, CLDR root order (feruca). Every list of
/// names a reader scans — the template's drop-downs, the pages' filters — is sorted here, so all agree.
pub fn sort_by_collation<T>(items: &mut [T], name: impl Fn(&T) -> &str) {
    let mut collator = Collator::default();
    items.sort_by(|a, b| collator.collate(name(a), name(b)));
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
    for (r, prompt) in field_prompts(SheetRole::Supplier, fr).into_iter().enumerate() {
        let v = if r == 2 { list_validation(List::Countries, fr, prompt)? } else { prompt_only(prompt)? };
        ws.add_data_validation(r as u32, 1, r as u32, 1, &v)?;
    }
    if let Some(d) = d {
        let s = &d.supplier;
        let values: [Option<String>; 10] = [
            Some(s.legal_name.clone()),
            s.business_number.as_ref().map(|b| b.to_string()),
            Some(s.country.name(lang).to_string()),
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
    ws.set_column_width(0, 50)?;
    ws.set_column_width(2, 40)?;
    ws.set_column_width(3, 50)?;
    for (i, right) in Right::iter().enumerate() {
        let r = i as u32 + 1;
        ws.write_string(r, 0, right.label(lang))?;
        if let Some(a) = d.and_then(|d| d.attestations.iter().find(|a| a.right == right)) {
            ws.write_string(r, 1, if a.attested { yn[0] } else { yn[1] })?;
            if let Some(scope) = a.scope {
                ws.write_string(r, 2, scope.label(lang))?;
            }
            if let Some(c) = &a.comment {
                ws.write_string(r, 3, inert(c))?;
            }
        }
    }
    table_validations(ws, SheetRole::Attestations, fr, &[(0, List::Rights), (1, List::YesNo), (2, List::Scopes)])?;

    // Due diligence.
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(SheetRole::DueDiligence, fr))?;
    write_header(ws, SheetRole::DueDiligence, fr)?;
    ws.set_column_width(0, 60)?;
    ws.set_column_width(2, 50)?;
    for (i, q) in DueDiligenceQuestion::iter().enumerate() {
        let r = i as u32 + 1;
        ws.write_string(r, 0, q.label(lang))?;
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
    // Each question's answer: Yes/No from the list, except the tiers mapped (a number).
    let dd_prompts = field_prompts(SheetRole::DueDiligence, fr);
    for (i, q) in DueDiligenceQuestion::iter().enumerate() {
        let r = i as u32 + 1;
        for (c, prompt) in dd_prompts.iter().enumerate() {
            let v = if c == 1 && q != DueDiligenceQuestion::TraceabilityTiers {
                list_validation(List::YesNo, fr, prompt.clone())?
            } else {
                prompt_only(prompt.clone())?
            };
            ws.add_data_validation(r, c as u16, r, c as u16, &v)?;
        }
    }

    // Places of work.
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(SheetRole::PlacesOfWork, fr))?;
    write_header(ws, SheetRole::PlacesOfWork, fr)?;
    let lists = [
        (usize::from(place_column(PlaceField::Role)), List::Roles),
        (usize::from(place_column(PlaceField::Country)), List::Countries),
    ];
    table_validations(ws, SheetRole::PlacesOfWork, fr, &lists)?;
    if let Some(d) = d {
        for (i, p) in d.places_of_work.iter().enumerate() {
            let r = i as u32 + 1;
            for field in place_fields() {
                let text = match field {
                    PlaceField::SiteId => Some(p.site_id.to_string()),
                    PlaceField::SiteName => Some(p.site_name.clone()),
                    PlaceField::Operator => p.operator.clone(),
                    PlaceField::OperatorBusinessNumber => p.operator_business_number.clone(),
                    PlaceField::Role => Some(p.role.label(lang).to_string()),
                    PlaceField::Goods => Some(p.goods.clone()),
                    PlaceField::Classification => p.classification.as_ref().map(|c| c.to_string()),
                    PlaceField::Inputs => (!p.inputs.is_empty()).then(|| p.inputs.join("; ")),
                    PlaceField::Address => Some(p.address.clone()),
                    PlaceField::City => Some(p.city.clone()),
                    PlaceField::Region => p.region.clone(),
                    PlaceField::Country => Some(p.country.name(lang).to_string()),
                    PlaceField::PostalCode => p.postal_code.clone(),
                    PlaceField::Workers => {
                        if let Some(w) = p.workers {
                            ws.write_number(r, place_column(*field), f64::from(w))?;
                        }
                        None
                    }
                    PlaceField::ShareOfValue => {
                        if let Some(s) = p.share_of_value {
                            ws.write_number(r, place_column(*field), s)?;
                        }
                        None
                    }
                    PlaceField::SuppliesTo => (!p.supplies_to.is_empty())
                        .then(|| p.supplies_to.iter().map(|s| s.to_string()).collect::<Vec<_>>().join("; ")),
                    PlaceField::OsId => p.os_id.clone(),
                    PlaceField::LastAuditDate => p.last_audit_date.map(|x| x.to_string()),
                    PlaceField::AuditStandard => p.audit_standard.clone(),
                };
                if let Some(v) = text {
                    ws.write_string(r, place_column(*field), inert(&v))?;
                }
            }
        }
    }

    // Goods.
    let ws = wb.add_worksheet();
    ws.set_name(sheet_name(SheetRole::Goods, fr))?;
    write_header(ws, SheetRole::Goods, fr)?;
    table_validations(ws, SheetRole::Goods, fr, &[])?;
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
    ws.set_name(lists_sheet(fr))?;
    let headings = if fr {
        ["Code", "Pays", "Droit", "Portée", "Rôle", "Oui/Non"]
    } else {
        ["Code", "Country", "Right", "Scope", "Role", "Yes/No"]
    };
    for (c, h) in headings.iter().enumerate() {
        ws.write_string_with_format(0, c as u16, *h, &bold)?;
    }
    for (i, c) in countries_sorted(lang).into_iter().enumerate() {
        ws.write_string(i as u32 + 1, 0, c.as_str())?;
        ws.write_string(i as u32 + 1, 1, c.name(lang))?;
    }
    let columns: [(List, Vec<&str>); 4] = [
        (List::Rights, Right::iter().map(|x| x.label(lang)).collect()),
        (List::Scopes, Scope::iter().map(|x| x.label(lang)).collect()),
        (List::Roles, Role::iter().map(|x| x.label(lang)).collect()),
        (List::YesNo, yn.to_vec()),
    ];
    for (list, values) in columns {
        let (col, _, _) = list.column();
        for (i, v) in values.iter().enumerate() {
            ws.write_string(i as u32 + 1, col, *v)?;
        }
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_prompt_and_instruction_is_said_by_the_catalogues_within_excels_limit() {
        let roles = [
            SheetRole::Supplier,
            SheetRole::Attestations,
            SheetRole::DueDiligence,
            SheetRole::PlacesOfWork,
            SheetRole::Goods,
        ];
        for fr in [false, true] {
            for role in roles {
                let (keys, said) = (prompt_keys(role), prompts(role, fr));
                assert_eq!(said.len(), labels(role, fr).len(), "{role:?}: a prompt for each field");
                for (key, text) in keys.iter().zip(&said) {
                    // A key the catalogues lack is said as itself; an input message has at most 255 characters.
                    assert!(!text.is_empty() && text != key && !text.starts_with("template."), "{key}");
                    assert!(text.chars().count() <= 255, "{key}: {} characters", text.chars().count());
                }
            }
        }
        let fr = said(true, "template.prompt.places.supplies_to");
        assert_eq!(
            fr,
            "Les ID des lieux que ce lieu approvisionne, séparés par\u{202f}; (vide\u{a0}: il vous approvisionne, niveau 1)."
        );
        for key in ["template.readme.places", "template.example", "template.choose_country", "template.choose_value"] {
            assert!(!said(false, key).starts_with("template.") && !said(true, key).starts_with("template."), "{key}");
        }
    }

    #[test]
    fn the_french_template_carries_its_prompts_in_french_typography() {
        let bytes = write_template(Lang::Fr).unwrap();
        let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
        let mut all = String::new();
        for i in 0..zip.len() {
            let mut f = zip.by_index(i).unwrap();
            if f.name().is_ok_and(|n| n.starts_with("xl/") && n.ends_with(".xml")) {
                std::io::Read::read_to_string(&mut f, &mut all).unwrap();
            }
        }
        assert!(all.contains("Le pays du lieu\u{a0}: choisissez-le dans la liste."), "a prompt of LieuxDeTravail");
        assert!(all.contains("Exemple\u{a0}: une ligne de la feuille LieuxDeTravail"), "the example's heading");
        assert!(all.contains("(p. ex. LieuxDeTravail!K12)"), "the errors' line names a place of the French sheets");
        assert!(!all.contains("template."), "no key left unsaid");
    }
}
