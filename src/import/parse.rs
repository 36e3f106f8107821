//! Sheet grid → `Declaration`, following every matching rule of the declaration workbook (format 1), collecting
//! every issue with its place instead of stopping at the first.

use std::collections::{HashMap, HashSet};
use std::str::FromStr;

use chrono::NaiveDate;

use super::Limits;
use super::grid::{Cell, Sheet, Workbook};
use crate::domain::text::fold_label;
use crate::domain::{
    Attestation, BusinessNumber, BusinessNumberError, Classification, CountryCode, Declaration, DueDiligence,
    DueDiligenceQuestion, GoodsItem, Issue, PlaceOfWork, Right, Role, Scope, SiteId, SupplierInfo,
};

/// The sheets of the format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SheetRole {
    Supplier,
    Attestations,
    DueDiligence,
    PlacesOfWork,
    Goods,
}

impl SheetRole {
    fn en(self) -> &'static str {
        match self {
            SheetRole::Supplier => "Supplier",
            SheetRole::Attestations => "Attestations",
            SheetRole::DueDiligence => "DueDiligence",
            SheetRole::PlacesOfWork => "PlacesOfWork",
            SheetRole::Goods => "Goods",
        }
    }
    fn fr(self) -> &'static str {
        match self {
            SheetRole::Supplier => "Fournisseur",
            SheetRole::Attestations => "Attestations",
            SheetRole::DueDiligence => "DiligenceRaisonnable",
            SheetRole::PlacesOfWork => "LieuxDeTravail",
            SheetRole::Goods => "Biens",
        }
    }
}

/// Which sheet of the format a sheet (or CSV file, or JSON key) name stands for.
pub fn sheet_role(name: &str) -> Option<SheetRole> {
    match fold_label(name).as_str() {
        "supplier" | "fournisseur" => Some(SheetRole::Supplier),
        "attestations" | "attestation" => Some(SheetRole::Attestations),
        "duediligence" | "diligenceraisonnable" => Some(SheetRole::DueDiligence),
        "placesofwork" | "lieuxdetravail" => Some(SheetRole::PlacesOfWork),
        "goods" | "biens" => Some(SheetRole::Goods),
        _ => None,
    }
}

/// A field: its English and French labels (the first English one is the field's name in messages).
struct Field {
    en: &'static str,
    fr: &'static str,
    required: bool,
}

const fn f(en: &'static str, fr: &'static str, required: bool) -> Field {
    Field { en, fr, required }
}

const SUPPLIER: &[Field] = &[
    f("Legal name", "Dénomination sociale", true),
    f("Business number", "Numéro d'entreprise", false),
    f("Country", "Pays", true),
    f("Address", "Adresse", false),
    f("Contact name", "Personne-ressource", false),
    f("Contact email", "Courriel", false),
    f("Solicitation number", "Numéro de l'invitation", false),
    f("Declaration date", "Date de la déclaration", true),
    f("Signatory name", "Nom du signataire", true),
    f("Signatory title", "Titre du signataire", false),
];

const ATTESTATIONS: &[Field] = &[
    f("Right", "Droit", true),
    f("Attested", "Attesté", true),
    f("Scope", "Portée", false),
    f("Comment", "Commentaire", false),
];

/// A right listed with no answer counts as not attested (a finding), not as an error.
const ATTESTED_ANSWER: Field = f("Attested", "Attesté", false);

const DUE_DILIGENCE: &[Field] =
    &[f("Question", "Question", true), f("Answer", "Réponse", true), f("Detail", "Détail", false)];

const PLACES: &[Field] = &[
    f("Site ID", "ID du lieu", true),
    f("Site name", "Nom du lieu", true),
    f("Operator", "Exploitant", false),
    f("Operator business number", "NE de l'exploitant", false),
    f("Role", "Rôle", true),
    f("Goods", "Biens", true),
    f("Classification", "Classification", false),
    f("Inputs", "Intrants", false),
    f("Address", "Adresse", true),
    f("City", "Ville", true),
    f("Region", "Région", false),
    f("Country", "Pays", true),
    f("Postal code", "Code postal", false),
    f("Workers", "Travailleurs", false),
    f("Share of value %", "Part de la valeur %", false),
    f("Supplies to", "Fournit à", false),
    f("OS ID", "ID OS", false),
    f("Last audit date", "Date du dernier audit", false),
    f("Audit standard", "Norme d'audit", false),
];

const GOODS: &[Field] = &[
    f("Item", "Article", true),
    f("Description", "Description", false),
    f("Classification", "Classification", false),
    f("Quantity", "Quantité", false),
    f("Value CAD", "Valeur CAD", false),
    f("Produced at", "Produit à", false),
];

/// The labels of a sheet's fields, in a language (for the template).
pub fn labels(role: SheetRole, fr: bool) -> Vec<(&'static str, bool)> {
    fields(role).iter().map(|f| (if fr { f.fr } else { f.en }, f.required)).collect()
}

/// The sheet's name in a language.
pub fn sheet_name(role: SheetRole, fr: bool) -> &'static str {
    if fr { role.fr() } else { role.en() }
}

fn fields(role: SheetRole) -> &'static [Field] {
    match role {
        SheetRole::Supplier => SUPPLIER,
        SheetRole::Attestations => ATTESTATIONS,
        SheetRole::DueDiligence => DUE_DILIGENCE,
        SheetRole::PlacesOfWork => PLACES,
        SheetRole::Goods => GOODS,
    }
}

fn field_index(role: SheetRole, label: &str) -> Option<usize> {
    let k = fold_label(label);
    fields(role).iter().position(|f| fold_label(f.en) == k || fold_label(f.fr) == k)
}

/// Collects issues while values are read.
struct Ctx<'a> {
    issues: &'a mut Vec<Issue>,
    max_cell_chars: usize,
}

type Msg = (String, String);

impl Ctx<'_> {
    fn err(&mut self, place: String, field: &str, (en, fr): Msg) {
        self.issues.push(Issue::error(place, Some(field), en, fr));
    }

    fn warn(&mut self, place: String, field: Option<&str>, en: String, fr: String) {
        self.issues.push(Issue::warning(place, field, en, fr));
    }

    /// Reads a cell with a parser; errors are recorded and give `None`.
    fn read<T>(
        &mut self,
        sheet: &Sheet,
        row: usize,
        col: Option<usize>,
        field: &Field,
        parse: impl Fn(&Cell) -> Result<T, Msg>,
    ) -> Option<T> {
        let col = col?;
        let cell = sheet.cell(row, col);
        if let Cell::Text(s) = cell
            && s.chars().count() > self.max_cell_chars
        {
            self.err(
                sheet.place(row, col),
                field.en,
                (
                    format!("The cell holds more than {} characters", self.max_cell_chars),
                    format!("La cellule contient plus de {} caractères", self.max_cell_chars),
                ),
            );
            return None;
        }
        if cell.is_blank() {
            if field.required {
                self.err(
                    sheet.place(row, col),
                    field.en,
                    (format!("{} is required", field.en), format!("{} est obligatoire", field.fr)),
                );
            }
            return None;
        }
        match parse(cell) {
            Ok(v) => Some(v),
            Err(m) => {
                self.err(sheet.place(row, col), field.en, m);
                None
            }
        }
    }
}

fn shown(cell: &Cell) -> String {
    cell.text().unwrap_or_default()
}

fn p_text(cell: &Cell) -> Result<String, Msg> {
    match cell {
        Cell::Error(e) => Err((
            format!("The cell holds a spreadsheet error ({e}), not a value"),
            format!("La cellule contient une erreur de tableur ({e}), pas une valeur"),
        )),
        _ => Ok(cell.text().unwrap_or_default()),
    }
}

fn p_yes_no(cell: &Cell) -> Result<bool, Msg> {
    match cell {
        Cell::Bool(b) => return Ok(*b),
        Cell::Number(n) if *n == 1.0 => return Ok(true),
        Cell::Number(n) if *n == 0.0 => return Ok(false),
        _ => {}
    }
    match fold_label(&shown(cell)).as_str() {
        "yes" | "oui" | "y" | "o" | "true" | "vrai" | "1" => Ok(true),
        "no" | "non" | "n" | "false" | "faux" | "0" => Ok(false),
        _ => Err((
            format!("`{}` is not yes or no: write Yes/No, Oui/Non, Y/N, O/N, TRUE/FALSE or 1/0", shown(cell)),
            format!("`{}` n'est ni oui ni non : écrivez Oui/Non, Yes/No, O/N, Y/N, TRUE/FALSE ou 1/0", shown(cell)),
        )),
    }
}

fn p_date(cell: &Cell) -> Result<NaiveDate, Msg> {
    match cell {
        Cell::Date(d) => Ok(*d),
        Cell::Number(n) => Err((
            format!("`{n}` is a number, not a date: format the cell as a date or write it as 2026-03-31"),
            format!("`{n}` est un nombre, pas une date : mettez la cellule au format date ou écrivez 2026-03-31"),
        )),
        _ => {
            let s = shown(cell);
            let head: String = s.chars().take(10).collect();
            NaiveDate::parse_from_str(&head, "%Y-%m-%d").map_err(|_| {
                (
                    format!("`{s}` is not a date: write it as 2026-03-31 (ISO 8601) or use a date cell"),
                    format!(
                        "`{s}` n'est pas une date : écrivez-la 2026-03-31 (ISO 8601) ou utilisez une cellule de date"
                    ),
                )
            })
        }
    }
}

fn p_country(cell: &Cell) -> Result<CountryCode, Msg> {
    let s = shown(cell);
    CountryCode::parse(&s).ok_or_else(|| {
        (
            format!("`{s}` is not a country: use an ISO 3166 code such as MY, or a country name in English or French"),
            format!("`{s}` n'est pas un pays : utilisez un code ISO 3166 comme MY, ou le nom du pays en français ou en anglais"),
        )
    })
}

fn p_business_number(cell: &Cell) -> Result<BusinessNumber, Msg> {
    let s = shown(cell);
    BusinessNumber::parse(&s).map_err(|e| match e {
        BusinessNumberError::Length => (
            format!("`{s}` is not a business number: it has 9 digits (a program account such as 123456782RT0001 is accepted)"),
            format!("`{s}` n'est pas un numéro d'entreprise : il compte 9 chiffres (un compte de programme comme 123456782RT0001 est accepté)"),
        ),
        BusinessNumberError::CheckDigit => (
            format!("`{s}` is not a valid business number: its check digit is wrong"),
            format!("`{s}` n'est pas un numéro d'entreprise valide : son chiffre de contrôle est erroné"),
        ),
    })
}

fn p_classification(cell: &Cell) -> Result<Classification, Msg> {
    let s = shown(cell);
    Classification::parse(&s).ok_or_else(|| {
        (
            format!("`{s}` is not a UNSPSC code (8 digits, e.g. 46181504) or a GSIN code (e.g. N8415)"),
            format!("`{s}` n'est ni un code UNSPSC (8 chiffres, p. ex. 46181504) ni un code NIBS (p. ex. N8415)"),
        )
    })
}

fn p_number(cell: &Cell) -> Result<f64, Msg> {
    let v = match cell {
        Cell::Number(n) => Some(*n),
        _ => shown(cell).replace([' ', '\u{a0}'], "").replace(',', ".").parse::<f64>().ok(),
    };
    v.filter(|x| x.is_finite() && *x >= 0.0).ok_or_else(|| {
        (
            format!("`{}` is not a number (zero or more)", shown(cell)),
            format!("`{}` n'est pas un nombre (zéro ou plus)", shown(cell)),
        )
    })
}

fn p_whole(cell: &Cell) -> Result<u32, Msg> {
    let n = p_number(cell)?;
    if n.fract() == 0.0 && n <= f64::from(u32::MAX) {
        Ok(n as u32)
    } else {
        Err((
            format!("`{}` is not a whole number", shown(cell)),
            format!("`{}` n'est pas un nombre entier", shown(cell)),
        ))
    }
}

fn p_percent(cell: &Cell) -> Result<f64, Msg> {
    let bad = || {
        (
            format!("`{}` is not a percentage from 0 to 100 (write 35, 35% or 0.35 in a percent cell)", shown(cell)),
            format!(
                "`{}` n'est pas un pourcentage de 0 à 100 (écrivez 35, 35 % ou 0,35 dans une cellule en pourcentage)",
                shown(cell)
            ),
        )
    };
    let v = match cell {
        // A spreadsheet stores 35 % as 0.35; the reader cannot see the cell's format, so a fraction below 1 is
        // taken as a percent-formatted value.
        Cell::Number(n) if *n > 0.0 && *n < 1.0 => n * 100.0,
        Cell::Number(n) => *n,
        _ => {
            let s = shown(cell);
            let t = s.trim().trim_end_matches('%').trim();
            t.replace(',', ".").parse::<f64>().map_err(|_| bad())?
        }
    };
    if (0.0..=100.0).contains(&v) { Ok(v) } else { Err(bad()) }
}

fn p_code<T: FromStr>(
    what_en: &'static str,
    what_fr: &'static str,
    allowed: &'static str,
) -> impl Fn(&Cell) -> Result<T, Msg> {
    move |cell| {
        let s = shown(cell);
        T::from_str(s.trim()).map_err(|_| {
            (
                format!("`{s}` is not a {what_en} code: use one of {allowed}"),
                format!("`{s}` n'est pas un code de {what_fr} : utilisez l'un de {allowed}"),
            )
        })
    }
}

fn list(s: &str) -> Vec<String> {
    s.split(';').map(str::trim).filter(|x| !x.is_empty()).map(str::to_string).collect()
}

fn p_site_list(cell: &Cell) -> Result<Vec<SiteId>, Msg> {
    Ok(list(&shown(cell)).iter().filter_map(|s| SiteId::parse(s)).collect())
}

/// A table sheet: its header row, the columns of its fields, and its data rows.
struct Table<'a> {
    sheet: &'a Sheet,
    cols: Vec<Option<usize>>,
    data_rows: Vec<usize>,
}

fn table<'a>(sheet: &'a Sheet, role: SheetRole, ctx: &mut Ctx) -> Option<Table<'a>> {
    let header_row = sheet.rows.iter().position(|r| r.iter().any(|c| !c.is_blank()))?;
    let mut cols = vec![None; fields(role).len()];
    for (c, cell) in sheet.rows[header_row].iter().enumerate() {
        let Some(label) = cell.text() else { continue };
        match field_index(role, &label) {
            Some(i) if cols[i].is_none() => cols[i] = Some(c),
            Some(_) => ctx.warn(
                sheet.place(header_row, c),
                None,
                format!("Column `{label}` appears twice; the first one is read"),
                format!("La colonne `{label}` figure deux fois; la première est lue"),
            ),
            None => ctx.warn(
                sheet.place(header_row, c),
                None,
                format!("Unknown column `{label}` is ignored"),
                format!("La colonne inconnue `{label}` est ignorée"),
            ),
        }
    }
    let mut ok = true;
    for (i, field) in fields(role).iter().enumerate() {
        if field.required && cols[i].is_none() {
            ok = false;
            ctx.err(
                sheet.name.clone(),
                field.en,
                (
                    format!("The required column `{}` is missing from the sheet", field.en),
                    format!("La colonne obligatoire `{}` manque à la feuille", field.fr),
                ),
            );
        }
    }
    if !ok {
        return None;
    }
    let data_rows =
        (header_row + 1..sheet.rows.len()).filter(|&r| sheet.rows[r].iter().any(|c| !c.is_blank())).collect();
    Some(Table { sheet, cols, data_rows })
}

fn parse_supplier(sheet: &Sheet, ctx: &mut Ctx) -> Option<SupplierInfo> {
    let mut rows: Vec<Option<usize>> = vec![None; SUPPLIER.len()];
    for (r, row) in sheet.rows.iter().enumerate() {
        let Some(label) = row.first().and_then(Cell::text) else { continue };
        match field_index(SheetRole::Supplier, &label) {
            Some(i) if rows[i].is_none() => rows[i] = Some(r),
            Some(_) => {}
            None => {
                if !matches!(fold_label(&label).as_str(), "label" | "libelle" | "field" | "champ" | "key" | "cle") {
                    ctx.warn(
                        sheet.place(r, 0),
                        None,
                        format!("Unknown label `{label}` is ignored"),
                        format!("L'étiquette inconnue `{label}` est ignorée"),
                    );
                }
            }
        }
    }
    let value_col = 1;
    let get = |i: usize, ctx: &mut Ctx| -> Option<(usize, &Field)> {
        let field = &SUPPLIER[i];
        match rows[i] {
            Some(r) => Some((r, field)),
            None => {
                if field.required {
                    ctx.err(
                        sheet.name.clone(),
                        field.en,
                        (
                            format!("The required field `{}` is missing from the sheet", field.en),
                            format!("Le champ obligatoire `{}` manque à la feuille", field.fr),
                        ),
                    );
                }
                None
            }
        }
    };
    macro_rules! read {
        ($i:expr, $p:expr) => {
            match get($i, ctx) {
                Some((r, field)) => ctx.read(sheet, r, Some(value_col), field, $p),
                None => None,
            }
        };
    }
    let legal_name = read!(0, p_text);
    let business_number = read!(1, p_business_number);
    let country = read!(2, p_country);
    let address = read!(3, p_text);
    let contact_name = read!(4, p_text);
    let contact_email = read!(5, |c: &Cell| {
        let s = shown(c);
        if s.contains('@') && !s.contains(' ') {
            Ok(s)
        } else {
            Err((format!("`{s}` is not an e-mail address"), format!("`{s}` n'est pas une adresse courriel")))
        }
    });
    let solicitation_number = read!(6, p_text);
    let declaration_date = read!(7, p_date);
    let signatory_name = read!(8, p_text);
    let signatory_title = read!(9, p_text);
    Some(SupplierInfo {
        legal_name: legal_name?,
        business_number,
        country: country?,
        address,
        contact_name,
        contact_email,
        solicitation_number,
        declaration_date: declaration_date?,
        signatory_name: signatory_name?,
        signatory_title,
    })
}

fn parse_attestations(sheet: &Sheet, ctx: &mut Ctx) -> Vec<Attestation> {
    let Some(t) = table(sheet, SheetRole::Attestations, ctx) else { return Vec::new() };
    let mut out: Vec<Attestation> = Vec::new();
    let mut seen: HashSet<Right> = HashSet::new();
    for &r in &t.data_rows {
        let right = ctx.read(sheet, r, t.cols[0], &ATTESTATIONS[0], p_code::<Right>("right", "droit",
            "child_labour, forced_labour, human_trafficking, discrimination, harassment_and_abuse, freedom_of_association, health_and_safety, fair_wages, working_hours"));
        let attested = ctx.read(sheet, r, t.cols[1], &ATTESTED_ANSWER, p_yes_no);
        if attested.is_none()
            && let (Some(right), Some(col)) = (right, t.cols[1])
            && sheet.cell(r, col).is_blank()
        {
            ctx.warn(
                sheet.place(r, col),
                Some("Attested"),
                format!("The right `{right}` has no answer: it counts as not attested"),
                format!("Le droit `{right}` n'a pas de réponse : il compte comme non attesté"),
            );
        }
        let scope = ctx.read(
            sheet,
            r,
            t.cols[2],
            &ATTESTATIONS[2],
            p_code::<Scope>("scope", "portée", "supplier, supplier_and_tier1, full_chain"),
        );
        let comment = ctx.read(sheet, r, t.cols[3], &ATTESTATIONS[3], p_text);
        if let (Some(right), Some(attested)) = (right, attested) {
            if !seen.insert(right) {
                ctx.err(
                    t.sheet.row_place(r),
                    "Right",
                    (
                        format!("The right `{right}` is attested twice"),
                        format!("Le droit `{right}` est attesté deux fois"),
                    ),
                );
                continue;
            }
            out.push(Attestation { right, attested, scope, comment });
        }
    }
    out
}

fn parse_due_diligence(sheet: &Sheet, ctx: &mut Ctx) -> DueDiligence {
    let mut dd = DueDiligence::default();
    let Some(t) = table(sheet, SheetRole::DueDiligence, ctx) else { return dd };
    for &r in &t.data_rows {
        let Some(qcol) = t.cols[0] else { continue };
        let qtext = shown(sheet.cell(r, qcol));
        let Ok(q) = DueDiligenceQuestion::from_str(qtext.trim()) else {
            ctx.warn(
                sheet.place(r, qcol),
                Some("Question"),
                format!("Unknown question `{qtext}` is ignored"),
                format!("La question inconnue `{qtext}` est ignorée"),
            );
            continue;
        };
        let answer_field = Field { en: "Answer", fr: "Réponse", required: false };
        let detail = ctx.read(sheet, r, t.cols[2], &DUE_DILIGENCE[2], p_text);
        if q == DueDiligenceQuestion::TraceabilityTiers {
            dd.traceability_tiers = ctx.read(sheet, r, t.cols[1], &answer_field, p_whole);
            continue;
        }
        let a = ctx.read(sheet, r, t.cols[1], &answer_field, p_yes_no);
        match q {
            DueDiligenceQuestion::Policy => dd.policy = a,
            DueDiligenceQuestion::SupplierCode => dd.supplier_code = a,
            DueDiligenceQuestion::RiskAssessment => dd.risk_assessment = a,
            DueDiligenceQuestion::SocialAudit => {
                dd.social_audit = a;
                dd.social_audit_standard = detail;
            }
            DueDiligenceQuestion::GrievanceMechanism => dd.grievance_mechanism = a,
            DueDiligenceQuestion::Remediation => dd.remediation = a,
            DueDiligenceQuestion::Training => dd.training = a,
            DueDiligenceQuestion::S211Report => {
                dd.s211_report = a;
                dd.s211_report_url = detail;
            }
            DueDiligenceQuestion::TraceabilityTiers => {}
        }
    }
    dd
}

/// The sites of the sheet, and every Site ID it names (rows with other errors included, so references to them
/// are not reported twice).
fn parse_places(sheet: &Sheet, ctx: &mut Ctx) -> (Vec<PlaceOfWork>, HashSet<SiteId>) {
    let Some(t) = table(sheet, SheetRole::PlacesOfWork, ctx) else { return (Vec::new(), HashSet::new()) };
    let mut out = Vec::new();
    // Every row's references, kept even when the row itself has errors, so all problems are reported at once.
    let mut references: Vec<(usize, usize, Vec<SiteId>)> = Vec::new();
    let mut ids: HashMap<SiteId, usize> = HashMap::new();
    for &r in &t.data_rows {
        let c = &t.cols;
        let site_id = ctx.read(sheet, r, c[0], &PLACES[0], |cell: &Cell| {
            SiteId::parse(&shown(cell)).ok_or_else(|| {
                ("A site id may not be blank".to_string(), "Un ID de lieu ne peut pas être vide".to_string())
            })
        });
        if let (Some(id), Some(col)) = (&site_id, c[0]) {
            if let Some(&first) = ids.get(id) {
                ctx.err(
                    sheet.place(r, col),
                    "Site ID",
                    (
                        format!("Site ID `{id}` is used twice (first at {})", sheet.place(first, col)),
                        format!("L'ID du lieu `{id}` est utilisé deux fois (d'abord en {})", sheet.place(first, col)),
                    ),
                );
            } else {
                ids.insert(id.clone(), r);
            }
        }
        let site_name = ctx.read(sheet, r, c[1], &PLACES[1], p_text);
        let operator = ctx.read(sheet, r, c[2], &PLACES[2], p_text);
        let operator_bn = ctx.read(sheet, r, c[3], &PLACES[3], |cell: &Cell| {
            p_business_number(cell).map(|b| b.to_string()).or_else(|_| Ok(shown(cell)))
        });
        let role = ctx.read(
            sheet,
            r,
            c[4],
            &PLACES[4],
            p_code::<Role>(
                "role",
                "rôle",
                "final_assembly, manufacturing, processing, component, raw_material, warehousing, trading",
            ),
        );
        let goods = ctx.read(sheet, r, c[5], &PLACES[5], p_text);
        let classification = ctx.read(sheet, r, c[6], &PLACES[6], p_classification);
        let inputs = ctx.read(sheet, r, c[7], &PLACES[7], |cell: &Cell| Ok(list(&shown(cell)))).unwrap_or_default();
        let address = ctx.read(sheet, r, c[8], &PLACES[8], p_text);
        let city = ctx.read(sheet, r, c[9], &PLACES[9], p_text);
        let region = ctx.read(sheet, r, c[10], &PLACES[10], p_text);
        let country = ctx.read(sheet, r, c[11], &PLACES[11], p_country);
        let postal_code = ctx.read(sheet, r, c[12], &PLACES[12], p_text);
        let workers = ctx.read(sheet, r, c[13], &PLACES[13], p_whole);
        let share = ctx.read(sheet, r, c[14], &PLACES[14], p_percent);
        let supplies_to = ctx.read(sheet, r, c[15], &PLACES[15], p_site_list).unwrap_or_default();
        if let Some(col) = c[15] {
            references.push((r, col, supplies_to.clone()));
        }
        let os_id = ctx.read(sheet, r, c[16], &PLACES[16], p_text);
        let audit_date = ctx.read(sheet, r, c[17], &PLACES[17], p_date);
        let audit_standard = ctx.read(sheet, r, c[18], &PLACES[18], p_text);
        if let (Some(site_id), Some(site_name), Some(role), Some(goods), Some(address), Some(city), Some(country)) =
            (site_id, site_name, role, goods, address, city, country)
        {
            out.push(PlaceOfWork {
                site_id,
                site_name,
                operator,
                operator_business_number: operator_bn,
                role,
                goods,
                classification,
                inputs,
                address,
                city,
                region,
                country,
                postal_code,
                workers,
                share_of_value: share,
                supplies_to,
                os_id,
                last_audit_date: audit_date,
                audit_standard,
            });
        }
    }
    // References are checked once every id is known, so a site may ship to one listed below it.
    for (r, col, targets) in &references {
        let (r, col) = (*r, *col);
        for target in targets {
            if !ids.contains_key(target) {
                ctx.err(
                    sheet.place(r, col),
                    "Supplies to",
                    (
                        format!("`{target}` is not a Site ID of this sheet"),
                        format!("`{target}` n'est pas un ID de lieu de cette feuille"),
                    ),
                );
            }
        }
    }
    (out, ids.into_keys().collect())
}

fn parse_goods(sheet: &Sheet, ctx: &mut Ctx, site_ids: &HashSet<SiteId>, sites_known: bool) -> Vec<GoodsItem> {
    let Some(t) = table(sheet, SheetRole::Goods, ctx) else { return Vec::new() };
    let mut out = Vec::new();
    for &r in &t.data_rows {
        let c = &t.cols;
        let item = ctx.read(sheet, r, c[0], &GOODS[0], p_text);
        let description = ctx.read(sheet, r, c[1], &GOODS[1], p_text);
        let classification = ctx.read(sheet, r, c[2], &GOODS[2], p_classification);
        let quantity = ctx.read(sheet, r, c[3], &GOODS[3], p_number);
        let value_cad = ctx.read(sheet, r, c[4], &GOODS[4], p_number);
        let produced_at = ctx.read(sheet, r, c[5], &GOODS[5], p_site_list).unwrap_or_default();
        if sites_known && let Some(col) = c[5] {
            for s in produced_at.iter().filter(|s| !site_ids.contains(*s)) {
                ctx.err(
                    sheet.place(r, col),
                    "Produced at",
                    (
                        format!("`{s}` is not a Site ID of the PlacesOfWork sheet"),
                        format!("`{s}` n'est pas un ID de lieu de la feuille LieuxDeTravail"),
                    ),
                );
            }
        }
        if let Some(item) = item {
            out.push(GoodsItem { item, description, classification, quantity, value_cad, produced_at });
        }
    }
    out
}

/// Parses a workbook into a declaration, or every error found.
pub fn parse(file_name: &str, wb: &Workbook, limits: &Limits) -> (Option<Declaration>, Vec<Issue>) {
    let mut issues = Vec::new();
    let mut by_role: HashMap<SheetRole, &Sheet> = HashMap::new();
    for s in &wb.sheets {
        if let Some(role) = sheet_role(&s.name) {
            if by_role.contains_key(&role) {
                issues.push(Issue::warning(
                    s.name.clone(),
                    None,
                    format!("A second `{}` sheet is ignored", role.en()),
                    format!("Une deuxième feuille `{}` est ignorée", role.fr()),
                ));
                continue;
            }
            by_role.insert(role, s);
        }
    }
    for role in [SheetRole::Supplier, SheetRole::Attestations, SheetRole::PlacesOfWork] {
        if !by_role.contains_key(&role) {
            issues.push(Issue::error(
                role.en(),
                None,
                format!("The required sheet `{}` (`{}` in French) is missing from {file_name}", role.en(), role.fr()),
                format!("La feuille obligatoire `{}` (`{}` en anglais) manque dans {file_name}", role.fr(), role.en()),
            ));
        }
    }
    let mut ctx = Ctx { issues: &mut issues, max_cell_chars: limits.max_cell_chars };
    let supplier = by_role.get(&SheetRole::Supplier).and_then(|s| parse_supplier(s, &mut ctx));
    let attestations =
        by_role.get(&SheetRole::Attestations).map(|s| parse_attestations(s, &mut ctx)).unwrap_or_default();
    let due_diligence =
        by_role.get(&SheetRole::DueDiligence).map(|s| parse_due_diligence(s, &mut ctx)).unwrap_or_default();
    let (places, ids) = by_role.get(&SheetRole::PlacesOfWork).map(|s| parse_places(s, &mut ctx)).unwrap_or_default();
    let goods = by_role
        .get(&SheetRole::Goods)
        .map(|s| parse_goods(s, &mut ctx, &ids, by_role.contains_key(&SheetRole::PlacesOfWork)))
        .unwrap_or_default();
    if let Some(s) = by_role.get(&SheetRole::PlacesOfWork)
        && places.is_empty()
        && !issues.iter().any(|i| i.level == crate::domain::IssueLevel::Error && i.location.starts_with(&s.name))
    {
        issues.push(Issue::error(
            s.name.clone(),
            None,
            "The sheet lists no site: declare at least the site where the goods are made".to_string(),
            "La feuille ne déclare aucun lieu : déclarez au moins le lieu où les biens sont fabriqués".to_string(),
        ));
    }
    let failed = issues.iter().any(|i| i.level == crate::domain::IssueLevel::Error);
    if failed {
        return (None, issues);
    }
    let decl =
        supplier.map(|supplier| Declaration { supplier, attestations, due_diligence, places_of_work: places, goods });
    (decl, issues)
}
