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
use crate::domain::{Coded, CountryCode, Declaration, DueDiligenceQuestion, Lang, Right, Role, Scope};

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
            .set_error_message(if fr {
                "Choisissez un pays de la liste ou tapez son code ISO (p. ex. MY)."
            } else {
                "Choose a country from the list or type its ISO code (e.g. MY)."
            })?
            .set_error_style(rust_xlsxwriter::DataValidationErrorStyle::Warning),
        _ => v.set_error_message(if fr {
            "Choisissez une valeur de la liste."
        } else {
            "Choose a value from the list."
        })?,
    };
    with_prompt(v, prompt)
}

/// A column's title and input message (Excel's limits: 32 and 255 characters).
type Prompt = (&'static str, &'static str);

fn with_prompt(v: DataValidation, (title, message): Prompt) -> Result<DataValidation, XlsxError> {
    v.set_input_title(title)?.set_input_message(message)
}

/// A prompt on a column that takes any value.
fn prompt_only(prompt: Prompt) -> Result<DataValidation, XlsxError> {
    with_prompt(DataValidation::new().allow_any_value(), prompt)
}

/// What each field of a sheet asks for, in the workbook's language, in the order of its fields.
fn prompts(role: SheetRole, fr: bool) -> Vec<&'static str> {
    match (role, fr) {
        (SheetRole::Supplier, false) => vec![
            "Your organisation's legal name, as registered.",
            "Your 9-digit CRA business number (a program account such as 123456782RT0001 is accepted).",
            "The country of your organisation: choose it from the list.",
            "The address of your head office.",
            "Who answers questions about this declaration.",
            "Their e-mail address.",
            "The solicitation this declaration answers (blank for a standing declaration).",
            "The date you sign the declaration, as 2026-03-31.",
            "The name of the person who signs.",
            "Their title in your organisation.",
        ],
        (SheetRole::Supplier, true) => vec![
            "La dénomination sociale de votre organisation, telle qu'enregistrée.",
            "Votre numéro d'entreprise de l'ARC à 9 chiffres (un compte de programme comme 123456782RT0001 est accepté).",
            "Le pays de votre organisation : choisissez-le dans la liste.",
            "L'adresse de votre siège.",
            "La personne qui répond aux questions sur cette déclaration.",
            "Son adresse courriel.",
            "L'invitation à laquelle répond cette déclaration (vide pour une déclaration permanente).",
            "La date de signature de la déclaration, p. ex. 2026-03-31.",
            "Le nom de la personne qui signe.",
            "Son titre dans votre organisation.",
        ],
        (SheetRole::Attestations, false) => vec![
            "The right attested: choose it from the list (one row for each of the nine rights).",
            "Yes if your organisation respects this right and requires it as far as the scope says; No otherwise.",
            "How far down the chain your attestation reaches: choose from the list.",
            "Anything the officer should know about this answer.",
        ],
        (SheetRole::Attestations, true) => vec![
            "Le droit attesté : choisissez-le dans la liste (une ligne pour chacun des neuf droits).",
            "Oui si votre organisation respecte ce droit et l'exige aussi loin que l'indique la portée; Non sinon.",
            "Jusqu'où votre attestation s'étend dans la chaîne : choisissez dans la liste.",
            "Ce que l'agent devrait savoir sur cette réponse.",
        ],
        (SheetRole::DueDiligence, false) => vec![
            "The question, as written in the template.",
            "Yes or No; for the tiers of the chain mapped, how many tiers (a whole number).",
            "For social audits, the standard (e.g. SMETA); for the S-211 report, its web address.",
        ],
        (SheetRole::DueDiligence, true) => vec![
            "La question, telle qu'écrite dans le modèle.",
            "Oui ou Non; pour les niveaux de la chaîne cartographiés, leur nombre (un nombre entier).",
            "Pour les audits sociaux, la norme (p. ex. SMETA); pour le rapport S-211, son adresse Web.",
        ],
        (SheetRole::PlacesOfWork, false) => vec![
            "A short identifier of your choosing for this site (e.g. S1), unique in the sheet.",
            "The name of the site, e.g. the factory's or the farm's name.",
            "The company that runs the site, if it is not the site's own name.",
            "The operator's business number, if it has one in Canada.",
            "What the site does in the chain: choose from the list.",
            "What the site makes or handles, in plain words (e.g. cotton yarn).",
            "The UNSPSC code (8 digits, e.g. 46181504) or GSIN code (e.g. N8415) of those goods.",
            "The main materials the site uses, separated by ; (e.g. cotton; polyester).",
            "The street address of the site.",
            "The city or town.",
            "The province, state or region.",
            "The country of the site: choose it from the list.",
            "The postal code.",
            "How many people work at the site (a whole number).",
            "The share of the goods' value added at this site, from 0 to 100.",
            "The Site IDs this site ships to, separated by ; (blank: it ships to you, tier 1).",
            "The site's Open Supply Hub ID, if it has one.",
            "The date of the site's last social audit, as 2026-03-31.",
            "The standard of that audit (e.g. SMETA, SA8000).",
        ],
        (SheetRole::PlacesOfWork, true) => vec![
            "Un identifiant court de votre choix pour ce lieu (p. ex. S1), unique dans la feuille.",
            "Le nom du lieu, p. ex. celui de l'usine ou de la ferme.",
            "L'entreprise qui exploite le lieu, si ce n'est pas le nom du lieu lui-même.",
            "Le numéro d'entreprise de l'exploitant, s'il en a un au Canada.",
            "Ce que fait le lieu dans la chaîne : choisissez dans la liste.",
            "Ce que le lieu fabrique ou manipule, en mots simples (p. ex. fil de coton).",
            "Le code UNSPSC (8 chiffres, p. ex. 46181504) ou NIBS (p. ex. N8415) de ces biens.",
            "Les principales matières qu'utilise le lieu, séparées par ; (p. ex. coton; polyester).",
            "L'adresse municipale du lieu.",
            "La ville ou la localité.",
            "La province, l'État ou la région.",
            "Le pays du lieu : choisissez-le dans la liste.",
            "Le code postal.",
            "Le nombre de personnes qui travaillent au lieu (un nombre entier).",
            "La part de la valeur des biens ajoutée à ce lieu, de 0 à 100.",
            "Les ID des lieux que ce lieu approvisionne, séparés par ; (vide : il vous approvisionne, niveau 1).",
            "L'ID Open Supply Hub du lieu, s'il en a un.",
            "La date du dernier audit social du lieu, p. ex. 2026-03-31.",
            "La norme de cet audit (p. ex. SMETA, SA8000).",
        ],
        (SheetRole::Goods, false) => vec![
            "The bid's line item, as in your bid.",
            "What the item is, in plain words.",
            "The UNSPSC code (8 digits) or GSIN code (e.g. N8415) of the item.",
            "How many units.",
            "The value of the line in Canadian dollars.",
            "The Site IDs that make the item, separated by ;.",
        ],
        (SheetRole::Goods, true) => vec![
            "L'article de la soumission, tel qu'il figure dans votre soumission.",
            "Ce qu'est l'article, en mots simples.",
            "Le code UNSPSC (8 chiffres) ou NIBS (p. ex. N8415) de l'article.",
            "Le nombre d'unités.",
            "La valeur de la ligne en dollars canadiens.",
            "Les ID des lieux qui fabriquent l'article, séparés par ;.",
        ],
    }
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
    let lines: Vec<(&str, &str)> = if fr {
        vec![
            (
                "Déclaration du fournisseur",
                "Format 1 — Code de conduite pour l'approvisionnement, lieu de travail et diligence raisonnable",
            ),
            (
                "Fournisseur",
                "Une étiquette par ligne en colonne A, sa valeur en colonne B. Les champs marqués * sont obligatoires. Dates au format 2026-03-31. Chaque cellule affiche ce qu'elle attend lorsqu'on la sélectionne.",
            ),
            (
                "Attestations",
                "Une ligne pour chacun des neuf droits. Attesté : Oui ou Non. Portée : choisissez dans la liste (Fournisseur; Fournisseur et sous-traitants de premier niveau; Toute la chaîne). Un droit manquant ou « Non » devient un constat.",
            ),
            (
                "DiligenceRaisonnable",
                "Répondez à chaque question (Oui/Non; « Niveaux de la chaîne cartographiés » : leur nombre). Détail : norme d'audit, adresse du rapport S-211.",
            ),
            (
                "LieuxDeTravail",
                "Une ligne par lieu de la chaîne de production, les vôtres compris : nom, adresse et pays du fabricant et de chaque sous-traitant. Rôle et pays : choisissez dans la liste. « Fournit à » : les ID des lieux que ce lieu approvisionne, séparés par ; (vide = vous-même, niveau 1). Exemple ci-dessous.",
            ),
            (
                "Biens",
                "Facultatif : les articles de la soumission, leur code UNSPSC ou NIBS et les ID des lieux qui les produisent.",
            ),
            (
                "Nombres",
                "Tapez les nombres comme vous les écrivez (1 250 ou 12,5) ou dans une cellule numérique; un nombre qui peut se lire de deux façons (1,250) est refusé.",
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
                "One label per row in column A, its value in column B. Fields marked * are required. Dates as 2026-03-31. Each cell shows what it expects when you select it.",
            ),
            (
                "Attestations",
                "One row for each of the nine rights. Attested: Yes or No. Scope: choose from the list (Supplier; Supplier and tier-1 subcontractors; Whole chain). A right missing or attested No becomes a finding.",
            ),
            (
                "DueDiligence",
                "Answer each question (Yes/No; “Tiers of the chain mapped”: how many tiers). Detail: the audit standard, the S-211 report URL.",
            ),
            (
                "PlacesOfWork",
                "One row per site in the production chain, your own included: name, address and country of the manufacturer and of every subcontractor. Role and country: choose from the list. Supplies to: the Site IDs this site ships to, separated by ; (blank = to you, tier 1). Example below.",
            ),
            ("Goods", "Optional: the bid's line items, their UNSPSC or GSIN code and the Site IDs that produce them."),
            (
                "Numbers",
                "Type numbers as you write them (1,250 or 12.5) or in a number cell; a number that could be read two ways (1.250 with a decimal comma elsewhere) is refused.",
            ),
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
    // One example row of the places of work, laid out as a column (label, value) to stay readable.
    let start = lines.len() as u32 + 3;
    let heading = if fr {
        "Exemple : une ligne de la feuille LieuxDeTravail (une filature qui approvisionne le lieu S1)"
    } else {
        "Example: one row of the PlacesOfWork sheet (a spinning mill that ships to site S1)"
    };
    ws.write_string_with_format(start, 0, heading, &bold)?;
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
                list_validation(List::YesNo, fr, *prompt)?
            } else {
                prompt_only(*prompt)?
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
