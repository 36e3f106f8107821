//! Sheet grid → `Declaration`, following every matching rule of the declaration workbook (format 1), collecting
//! every issue with its place instead of stopping at the first.

use chrono::NaiveDate;
use std::collections::{HashMap, HashSet};

use super::Limits;
use super::grid::{Cell, Merge, Sheet, Visibility, Workbook, column_letters};
use crate::domain::text::fold_label;
use crate::domain::{
    Attestation, BusinessNumber, BusinessNumberError, Classification, Coded, CountryCode, Declaration, DueDiligence,
    DueDiligenceQuestion, GoodsItem, Issue, Lang, Message, PlaceOfWork, Right, Role, Scope, SiteId, SupplierInfo,
    accepted_values, canonical_solicitation_number, from_label,
};

/// The sheets of the format, with their English and French names (the domain's, which findings' places name too).
pub use crate::domain::Sheet as SheetRole;

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

/// The sheet of the format a name that is none looks like a misspelling of (`Good`, `Goods 2026`, `DueDilligence`,
/// `due_dilligence`, `Fournisseurs`): the same letters but one or two (Damerau–Levenshtein similarity of the folded
/// names at least 0.75), or a sheet's name followed by more (`Goods 2026`). `Instructions`, `Lists` are none.
pub fn nearest_sheet(name: &str) -> Option<SheetRole> {
    const NAMES: [(&str, SheetRole); 10] = [
        ("supplier", SheetRole::Supplier),
        ("fournisseur", SheetRole::Supplier),
        ("attestations", SheetRole::Attestations),
        ("attestation", SheetRole::Attestations),
        ("duediligence", SheetRole::DueDiligence),
        ("diligenceraisonnable", SheetRole::DueDiligence),
        ("placesofwork", SheetRole::PlacesOfWork),
        ("lieuxdetravail", SheetRole::PlacesOfWork),
        ("goods", SheetRole::Goods),
        ("biens", SheetRole::Goods),
    ];
    let folded = fold_label(name);
    if folded.is_empty() {
        return None;
    }
    NAMES
        .iter()
        .filter_map(|&(known, role)| {
            let prefixed = folded.starts_with(known) && known.len() >= 4;
            let score = if prefixed { 1.0 } else { strsim::normalized_damerau_levenshtein(&folded, known) };
            (score >= 0.75).then_some((score, role))
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, role)| role)
}

/// The one JSON shape a field accepts in the JSON carrier, as `import::to_json` writes it: anything else is refused
/// at its JSON Pointer, never read as the nearest value (`[5]` as 5, `"5"` as 5, `5` as the text `5`). `null`, or an
/// empty text, is no value in any field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonShape {
    /// Text in double quotes (dates too, ISO 8601: `"2026-03-31"`).
    Text,
    /// A JSON number, without quotes.
    Number,
    /// `true` or `false`.
    Boolean,
    /// A list of texts (`["S1", "S2"]`), or one text of items separated by `;` as a cell writes them (`"S1;S2"`).
    TextList,
    /// A due diligence answer: `true` or `false`, or a number for the question that counts tiers.
    Answer,
}

/// A field: its English and French labels (the English one is the field's name in messages) and its JSON shape.
#[derive(Debug, Clone, Copy)]
struct Field {
    en: &'static str,
    fr: &'static str,
    required: bool,
    shape: JsonShape,
}

const fn f(en: &'static str, fr: &'static str, required: bool, shape: JsonShape) -> Field {
    Field { en, fr, required, shape }
}

/// The fields of one sheet as an enum: a table's columns (or the Supplier form's rows) are found by header and
/// read by variant, so a field dropped from the format is a compile error where it is read, never a missing column
/// met at run time.
trait Fields: Copy + Eq + std::hash::Hash + 'static {
    /// Every field, in the template's order.
    const ALL: &'static [Self];
    /// The fields' labels, in the same order.
    const FIELDS: &'static [Field];
    /// This field's labels.
    fn field(self) -> Field;

    /// Each field's English and French labels folded (`fold_label`), in the order of `ALL`: folded once, not at every
    /// key of every object (folding every label at each look-up was most of reading a large JSON declaration).
    fn folded() -> &'static [(String, String)];

    /// The field a heading or label names, in English or French.
    fn find(label: &str) -> Option<Self> {
        if label.len() > MAX_LABEL_BYTES {
            return None;
        }
        let k = fold_label(label);
        let at = Self::folded().iter().position(|(en, fr)| *en == k || *fr == k)?;
        Self::ALL.get(at).copied()
    }

    /// The field a heading names once its notes are set aside: a field's label followed (or preceded) by a note in
    /// brackets, as people annotate a template's heading (`Supplies to (Site IDs)`, `Workers (number)`,
    /// `[required] Site ID`, `Value (CAD)`), is that field.
    fn find_annotated(label: &str) -> Option<Self> {
        // A cell longer than any label is none, notes or not: it is not walked (the memory-limited fuzzing timed out on
        // an 8 MB cell of a Supplier form whose notes were set aside for every field).
        if label.len() > MAX_LABEL_BYTES {
            return None;
        }
        let one = |label: &str| {
            Self::find(label).or_else(|| {
                let bare = without_notes(label);
                (bare.trim() != label.trim()).then(|| Self::find(&bare)).flatten()
            })
        };
        // A bilingual heading, `Site ID / ID du lieu` or the two labels on two lines: each part names the field.
        one(label).or_else(|| {
            let mut parts = label.split(['/', '|', '\n']).filter(|p| !p.trim().is_empty());
            let first = one(parts.next()?)?;
            let mut n = 1;
            for p in parts {
                (one(p)? == first).then_some(())?;
                n += 1;
            }
            (n >= 2).then_some(first)
        })
    }

    /// The field a heading that names none seems to be (`Last audit` for `Last audit date`, `Postcode` for `Postal
    /// code`, `Province/State` for `Region`, `solicitation_no` for `Solicitation number`), among the fields `may_be`
    /// lets it be: the heading, its notes set aside and folded, is a field's label cut short (`Last audit`, `Audit
    /// date`), is that label but for a letter or two (Damerau–Levenshtein similarity at least 0.75), or is a common
    /// other name of the field ([`OTHER_NAMES`]), alone or with words around it (`Province or territory`).
    ///
    /// A heading that is a field's whole label with more words (`Workers female`, `Autonomous region`, `Site
    /// country`) is no misspelling: it may name another thing than the field (women among the workers), so it seems
    /// to be the field only when `lacks` says the table has no column of it (where it is the one column the sender
    /// gave for the field); beside the field's own column it is an extra column, ignored with a warning.
    fn resembled(label: &str, may_be: impl Fn(Self) -> bool, lacks: impl Fn(Self) -> bool) -> Option<Self> {
        if label.len() > MAX_LABEL_BYTES {
            return None;
        }
        let bare = without_notes(label);
        let k = fold_label(&bare);
        // The heading's words joined as `fold_label` joins them, each run that begins or ends it (`Province or
        // territory`: `province`, `provinceor`, …, `territory`): an other name or a label with words around it is
        // one of them, never a part of a word (`Statement` holds no `state`).
        let words: Vec<String> = crate::domain::text::fold_words(&bare).split(' ').map(fold_label).collect();
        // Each run with the words left around it.
        let runs: Vec<(String, Vec<&String>)> = (1..=words.len())
            .flat_map(|n| {
                let rest = words.len().saturating_sub(n);
                [
                    (words.iter().take(n).cloned().collect::<String>(), words.iter().skip(n).collect()),
                    (words.iter().skip(rest).cloned().collect(), words.iter().take(rest).collect()),
                ]
            })
            .filter(|(r, _)| !r.is_empty())
            .collect();
        // Words left around an other name that say the column holds another kind of value than its field
        // (`Invitation date` is no solicitation number): the field's own label does not hold them.
        let other_kind = |rest: &[&String], en: &str| {
            let field = fold_label(en);
            rest.iter().any(|w| OTHER_KINDS.iter().any(|(word, kind)| *word == w.as_str() && !field.contains(kind)))
        };
        let other = OTHER_NAMES
            .iter()
            .find(|(name, _)| *name == k)
            .or_else(|| {
                OTHER_NAMES
                    .iter()
                    .filter(|(name, en)| {
                        name.len() >= 5 && runs.iter().any(|(r, rest)| r == name && !other_kind(rest, en))
                    })
                    .max_by_key(|(name, _)| name.len())
            })
            .map(|(_, en)| *en);
        if k.len() < 4 && other.is_none() {
            return None;
        }
        // How much the heading looks like a label as written otherwise (1.0: cut short or an other name).
        let score = |known: &str| -> f64 {
            if known.len() >= 4 && k.len() >= 4 && (known.starts_with(&k) || known.ends_with(&k)) {
                1.0
            } else {
                strsim::normalized_damerau_levenshtein(&k, known)
            }
        };
        // Whether the heading is the label with more words before or after it.
        let extends = |known: &str| known.len() >= 4 && k.len() > known.len() && runs.iter().any(|(r, _)| r == known);
        Self::ALL
            .iter()
            .zip(Self::folded())
            .filter_map(|(f, (en, fr))| {
                let s = if other == Some(f.field().en) { 1.0 } else { score(en).max(score(fr)) };
                if s >= 0.75 && may_be(*f) {
                    return Some((s, *f));
                }
                // Just below a misspelling or an other name: an extension is taken only where nothing else is.
                ((extends(en) || extends(fr)) && lacks(*f)).then_some((0.9, *f))
            })
            .max_by(|a, b| a.0.total_cmp(&b.0))
            .map(|(_, f)| f)
    }
}

/// Other names people give a field's column (or the Supplier form's label, or a JSON key), folded, with the field's
/// English label: not read as the field (a heading must name it), but refused as seeming to be it when its column
/// holds values, naming the heading to write. In both languages, as producers' own forms and ERP exports write them
/// (a bid's `RFP number`, Québec's `N° d'invitation`, CRA's `BN`, a chain's `Sells to`, China's `Autonomous region`).
const OTHER_NAMES: &[(&str, &str)] = &[
    ("postcode", "Postal code"),
    ("zip", "Postal code"),
    ("zipcode", "Postal code"),
    ("postalzipcode", "Postal code"),
    ("codepostalzip", "Postal code"),
    ("cp", "Postal code"),
    ("pincode", "Postal code"),
    ("province", "Region"),
    ("state", "Region"),
    ("provincestate", "Region"),
    ("stateprovince", "Region"),
    ("territory", "Region"),
    ("territoire", "Region"),
    ("prefecture", "Region"),
    ("county", "Region"),
    ("departement", "Region"),
    ("autonomousregion", "Region"),
    ("regionautonome", "Region"),
    ("oblast", "Region"),
    ("canton", "Region"),
    ("employees", "Workers"),
    ("headcount", "Workers"),
    ("staff", "Workers"),
    ("employes", "Workers"),
    ("effectif", "Workers"),
    ("effectifs", "Workers"),
    ("salaries", "Workers"),
    ("nbemployes", "Workers"),
    ("auditdate", "Last audit date"),
    ("dateaudit", "Last audit date"),
    ("dateofaudit", "Last audit date"),
    ("shipsto", "Supplies to"),
    ("sellsto", "Supplies to"),
    ("soldto", "Supplies to"),
    ("deliversto", "Supplies to"),
    ("customer", "Supplies to"),
    ("customers", "Supplies to"),
    ("customersite", "Supplies to"),
    ("parentsite", "Supplies to"),
    ("downstreamsite", "Supplies to"),
    ("nexttier", "Supplies to"),
    ("client", "Supplies to"),
    ("clients", "Supplies to"),
    ("sitedestinataire", "Supplies to"),
    ("livrea", "Supplies to"),
    ("vendua", "Supplies to"),
    ("approvisionne", "Supplies to"),
    ("sitecode", "Site ID"),
    ("facilityid", "Site ID"),
    ("facilityname", "Site name"),
    ("inputmaterials", "Inputs"),
    ("rawmaterials", "Inputs"),
    ("materials", "Inputs"),
    ("components", "Inputs"),
    ("matierespremieres", "Inputs"),
    ("matieres", "Inputs"),
    ("composants", "Inputs"),
    ("intrantsmatieres", "Inputs"),
    ("amount", "Value CAD"),
    ("montant", "Value CAD"),
    ("value", "Value CAD"),
    ("valeur", "Value CAD"),
    ("prix", "Value CAD"),
    ("solicitationno", "Solicitation number"),
    ("solicitation", "Solicitation number"),
    ("rfpnumber", "Solicitation number"),
    ("rfpno", "Solicitation number"),
    ("rfp", "Solicitation number"),
    ("rfqnumber", "Solicitation number"),
    ("rfq", "Solicitation number"),
    ("rfqno", "Solicitation number"),
    ("tenderno", "Solicitation number"),
    ("tendernumber", "Solicitation number"),
    ("bidnumber", "Solicitation number"),
    ("noinvitation", "Solicitation number"),
    ("ninvitation", "Solicitation number"),
    ("numerodinvitation", "Solicitation number"),
    ("ndinvitation", "Solicitation number"),
    ("nodinvitation", "Solicitation number"),
    ("invitation", "Solicitation number"),
    ("appeldoffres", "Solicitation number"),
    ("numerodappeldoffres", "Solicitation number"),
    ("bn", "Business number"),
    ("pbn", "Business number"),
    ("bn9", "Business number"),
    ("crabn", "Business number"),
    ("businessno", "Business number"),
    ("businessnumberbn", "Business number"),
    ("ne", "Business number"),
    ("numerodentreprisene", "Business number"),
];

/// Words of a heading (folded as [`fold_label`] folds them) that name a kind of value — a date, a name, a place, a
/// way to reach someone, an amount — in English and French: beside an other name of a field whose label does not
/// hold them (in English: each word with the English word of its kind), they say the column is not that field.
const OTHER_KINDS: &[(&str, &str)] = &[
    ("date", "date"),
    ("day", "day"),
    ("jour", "day"),
    ("year", "year"),
    ("annee", "year"),
    ("name", "name"),
    ("nom", "name"),
    ("country", "country"),
    ("pays", "country"),
    ("city", "city"),
    ("ville", "city"),
    ("address", "address"),
    ("adresse", "address"),
    ("email", "email"),
    ("courriel", "email"),
    ("phone", "phone"),
    ("telephone", "phone"),
    ("amount", "amount"),
    ("montant", "amount"),
];

/// A heading with its notes in brackets (`(Site IDs)`, `[required]`, `{units}`) taken out.
fn without_notes(label: &str) -> String {
    let mut out = String::with_capacity(label.len());
    let mut depth = 0usize;
    for c in label.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

/// Whether a heading's note names a language (`Legal name (French)`, `Site name [EN]`, `Nom du lieu (anglais)`): the
/// field given in one of its languages, as bilingual forms give a name twice. Beside the field's plain heading it is a
/// version of the same value the format keeps once: the plain one is read, this one warned of and not stored.
fn language_note(label: &str) -> bool {
    const LANGUAGES: &[&str] = &[
        "french",
        "english",
        "francais",
        "anglais",
        "fr",
        "en",
        "fra",
        "fre",
        "eng",
        "enfrancais",
        "enanglais",
        "infrench",
        "inenglish",
        "versionfrancaise",
        "versionanglaise",
        "frenchversion",
        "englishversion",
    ];
    let mut notes = String::new();
    let mut depth = 0usize;
    let mut any = false;
    for c in label.chars() {
        match c {
            '(' | '[' | '{' => {
                depth += 1;
                any = true;
            }
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ if depth > 0 => notes.push(c),
            _ => {}
        }
    }
    any && LANGUAGES.contains(&fold_label(&notes).as_str())
}

/// Declares a sheet's fields once: the enum, its list in order and each one's labels.
macro_rules! fields {
    ($(#[$doc:meta])* $name:ident { $($var:ident => ($en:literal, $fr:literal, $req:literal, $shape:ident)),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub(super) enum $name { $($var),* }

        impl Fields for $name {
            const ALL: &'static [Self] = &[$(Self::$var),*];
            const FIELDS: &'static [Field] = &[$(f($en, $fr, $req, JsonShape::$shape)),*];
            fn field(self) -> Field {
                match self { $(Self::$var => f($en, $fr, $req, JsonShape::$shape)),* }
            }
            fn folded() -> &'static [(String, String)] {
                static FOLDED: std::sync::OnceLock<Vec<(String, String)>> = std::sync::OnceLock::new();
                FOLDED.get_or_init(|| {
                    Self::ALL.iter().map(|v| (fold_label(v.field().en), fold_label(v.field().fr))).collect()
                })
            }
        }
    };
}

fields! {
    /// The rows of the Supplier form.
    SupplierField {
        LegalName => ("Legal name", "Dénomination sociale", true, Text),
        BusinessNumber => ("Business number", "Numéro d'entreprise", false, Text),
        Country => ("Country", "Pays", true, Text),
        Address => ("Address", "Adresse", false, Text),
        ContactName => ("Contact name", "Personne-ressource", false, Text),
        ContactEmail => ("Contact email", "Courriel", false, Text),
        SolicitationNumber => ("Solicitation number", "Numéro de l'invitation", false, Text),
        DeclarationDate => ("Declaration date", "Date de la déclaration", true, Text),
        SignatoryName => ("Signatory name", "Nom du signataire", true, Text),
        SignatoryTitle => ("Signatory title", "Titre du signataire", false, Text),
    }
}

fields! {
    /// The columns of the Attestations sheet.
    AttestationField {
        Right => ("Right", "Droit", true, Text),
        Attested => ("Attested", "Attesté", true, Boolean),
        Scope => ("Scope", "Portée", false, Text),
        Comment => ("Comment", "Commentaire", false, Text),
    }
}

/// A right listed with no answer counts as not attested (a finding), not as an error.
const ATTESTED_ANSWER: Field = f("Attested", "Attesté", false, JsonShape::Boolean);

fields! {
    /// The columns of the DueDiligence sheet.
    DueDiligenceField {
        Question => ("Question", "Question", true, Text),
        Answer => ("Answer", "Réponse", true, Answer),
        Detail => ("Detail", "Détail", false, Text),
    }
}

/// An answer is read as the question asks (yes or no, or a number of tiers); a blank one is no answer.
const ANSWER: Field = f("Answer", "Réponse", false, JsonShape::Answer);
/// The Answer column of the traceability question: a whole number of tiers, judged as every field of numbers is (a
/// percent or scaling format on it is refused, not read as its bare value).
const ANSWER_TIERS: Field = f("Answer", "Réponse", false, JsonShape::Number);

fields! {
    /// The columns of the PlacesOfWork sheet.
    PlaceField {
        SiteId => ("Site ID", "ID du lieu", true, Text),
        SiteName => ("Site name", "Nom du lieu", true, Text),
        Operator => ("Operator", "Exploitant", false, Text),
        OperatorBusinessNumber => ("Operator business number", "NE de l'exploitant", false, Text),
        Role => ("Role", "Rôle", true, Text),
        Goods => ("Goods", "Biens", true, Text),
        Classification => ("Classification", "Classification", false, Text),
        Inputs => ("Inputs", "Intrants", false, TextList),
        Address => ("Address", "Adresse", true, Text),
        City => ("City", "Ville", true, Text),
        Region => ("Region", "Région", false, Text),
        Country => ("Country", "Pays", true, Text),
        PostalCode => ("Postal code", "Code postal", false, Text),
        Workers => ("Workers", "Travailleurs", false, Number),
        ShareOfValue => ("Share of value %", "Part de la valeur %", false, Number),
        SuppliesTo => ("Supplies to", "Fournit à", false, TextList),
        OsId => ("OS ID", "ID OS", false, Text),
        LastAuditDate => ("Last audit date", "Date du dernier audit", false, Text),
        AuditStandard => ("Audit standard", "Norme d'audit", false, Text),
    }
}

fields! {
    /// The columns of the Goods sheet.
    GoodsField {
        Item => ("Item", "Article", true, Text),
        Description => ("Description", "Description", false, Text),
        Classification => ("Classification", "Classification", false, Text),
        Quantity => ("Quantity", "Quantité", false, Number),
        ValueCad => ("Value CAD", "Valeur CAD", false, Number),
        ProducedAt => ("Produced at", "Produit à", false, TextList),
    }
}

/// The columns of the PlacesOfWork sheet in the template's order, for the writer of the template.
pub(super) fn place_fields() -> &'static [PlaceField] {
    PlaceField::ALL
}

/// The 0-based column of a field of the PlacesOfWork sheet (its place in the field table).
pub(super) fn place_column(field: PlaceField) -> u16 {
    PlaceField::ALL.iter().position(|f| *f == field).and_then(|c| u16::try_from(c).ok()).unwrap_or_default()
}

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
        SheetRole::Supplier => SupplierField::FIELDS,
        SheetRole::Attestations => AttestationField::FIELDS,
        SheetRole::DueDiligence => DueDiligenceField::FIELDS,
        SheetRole::PlacesOfWork => PlaceField::FIELDS,
        SheetRole::Goods => GoodsField::FIELDS,
    }
}

/// The longest text (in bytes) that is matched against the labels: the longest label with room for spaces, marks
/// and notes around it. A longer cell is no label, and is not folded (a label cell of 6 MB took seconds to fold, twice).
const MAX_LABEL_BYTES: usize = 400;

/// A label as an issue quotes it: at most 80 characters, `…` after a longer one.
fn quoted_label(label: &str) -> String {
    let mut out: String = label.chars().take(80).collect();
    if out.len() < label.len() {
        out.push('…');
    }
    out
}

fn is_field(role: SheetRole, label: &str) -> bool {
    if label.len() > MAX_LABEL_BYTES {
        return false;
    }
    let k = fold_label(label);
    fields(role).iter().any(|f| fold_label(f.en) == k || fold_label(f.fr) == k)
}

/// The label of a field in a language, from the English name an [`Issue`] carries as its `field` (or a JSON key
/// such as `share_of_value`): `Legal name` → `Dénomination sociale`. A name no sheet knows is returned as it is.
pub fn field_label(field: &str, fr: bool) -> String {
    known_field_label(field, fr).unwrap_or_else(|| field.to_string())
}

/// The label of a field in a language, when a sheet of the declaration knows the field (`None` otherwise).
pub fn known_field_label(field: &str, fr: bool) -> Option<String> {
    let k = fold_label(field);
    [SupplierField::FIELDS, AttestationField::FIELDS, DueDiligenceField::FIELDS, PlaceField::FIELDS, GoodsField::FIELDS]
        .into_iter()
        .flatten()
        .find(|f| fold_label(f.en) == k || fold_label(f.fr) == k)
        .map(|f| (if fr { f.fr } else { f.en }).to_string())
}

/// The code of a field: its key in the JSON carrier (`legal_name`, `share_of_value`, `value_cad`), from the English
/// name an [`Issue`] carries as its `field` (or any of its labels); `None` when no sheet knows the field.
pub fn field_code(field: &str) -> Option<String> {
    let en = known_field_label(field, false)?;
    let words: Vec<String> =
        en.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(str::to_lowercase).collect();
    Some(words.join("_"))
}

/// The field a key of the JSON carrier names in a sheet, by its English name, and the shape its value must have.
pub(super) fn json_field(role: SheetRole, key: &str) -> Option<(&'static str, JsonShape)> {
    fn of<K: Fields>(key: &str) -> Option<(&'static str, JsonShape)> {
        K::find(key).map(|k| (k.field().en, k.field().shape))
    }
    match role {
        SheetRole::Supplier => of::<SupplierField>(key),
        SheetRole::Attestations => of::<AttestationField>(key),
        SheetRole::DueDiligence => of::<DueDiligenceField>(key),
        SheetRole::PlacesOfWork => of::<PlaceField>(key),
        SheetRole::Goods => of::<GoodsField>(key),
    }
}

/// The field a column heading (a table's) or a row label (the Supplier form's) names, by its English name.
pub(super) fn heading_field(role: SheetRole, heading: &str) -> Option<&'static str> {
    json_field(role, heading).map(|(en, _)| en)
}

/// Names the field of each issue that lies in a cell of `sheet` (`Sheet!B7`) and names none yet: the heading of its
/// column in a table (the sheet's first row that holds something), the label of its row in the Supplier form (column
/// A). A refusal made while the file was read, before any field was known (a workbook cell whose stored value is
/// not what its type says), so names the field it concerns.
pub(super) fn name_fields(issues: &mut [Issue], sheet: &Sheet) {
    let Some(role) = sheet_role(&sheet.name) else { return };
    let header = sheet.rows().first().map(|r| r.index);
    for issue in issues.iter_mut().filter(|i| i.field.is_none()) {
        let Some(cell) = issue.location.strip_prefix(sheet.name.as_str()).and_then(|rest| rest.strip_prefix('!'))
        else {
            continue;
        };
        let Some((row, col)) = super::grid::a1_position(cell) else { continue };
        let (row, col) = (row as usize, col as usize);
        let heading = match role {
            SheetRole::Supplier if col > 0 => sheet.cell(row, 0).text(),
            SheetRole::Supplier => None,
            _ => header.filter(|&h| row > h).and_then(|h| sheet.cell(h, col).text()),
        };
        issue.field = heading.and_then(|h| heading_field(role, &h)).map(str::to_string);
    }
}

/// Whether a text is one of a sheet's labels (or the heading of the Supplier form's two columns): how the
/// separator of a CSV file is told.
pub fn knows_label(role: SheetRole, label: &str) -> bool {
    is_field(role, label) || (role == SheetRole::Supplier && is_form_heading(label))
}

fn is_form_heading(label: &str) -> bool {
    label.len() <= MAX_LABEL_BYTES
        && matches!(
            fold_label(label).as_str(),
            "label" | "libelle" | "field" | "champ" | "key" | "cle" | "value" | "valeur"
        )
}

/// Collects issues while values are read.
struct Ctx<'a> {
    issues: &'a mut Vec<Issue>,
    max_cell_chars: usize,
    /// Errors and warnings past [`MAX_ISSUES`], counted but not kept: a sheet of a million bad rows must not cost a
    /// million messages.
    dropped: (usize, usize),
}

/// How many problems of a file are listed; the rest are counted.
const MAX_ISSUES: usize = 1000;

/// The fields (by their English name) whose text may run over several lines under the character policy
/// (`domain::characters`): an address, a comment, a detail, a description of goods. Every other field is one line.
const MULTI_LINE: &[&str] = &["Address", "Comment", "Detail", "Description", "Goods"];

/// The most characters a field's text (a list's, each item) may hold, counted as composed characters (Unicode NFC: an
/// `é` typed as `e` and a combining accent counts once, as it shows): 300 for a one-line field (a name, an identifier,
/// a code: the longest legal names of the federal corporations registry are under 200), 1,000 for an address, 4,000
/// for a free text (a comment, a detail, a description) and for a site's goods words — a trader's or a distributor's
/// site lists every line it handles (`cotton T-shirts; polyester fleece jackets; …`: 120 product lines of 12 words
/// run to 1,500 characters and more; the goods words are what the model classifies, so a list cut short would hide
/// goods from it). A cell may hold 32,767; a site's name of 30,000 characters is an error of the file (a column
/// pasted into one cell), and would make every page that shows it megabytes.
fn longest_text(field_en: &str, multi_line: bool) -> usize {
    if FREE_TEXT.contains(&field_en) || field_en == PlaceField::Goods.field().en {
        4_000
    } else if multi_line {
        1_000
    } else {
        300
    }
}

/// The fields of free text, read as written: a word of mixed alphabets there is a person's note, not a name the
/// service looks up (every other field refuses one, [`super::look_alike::mixed_letter`]).
const FREE_TEXT: &[&str] = &["Comment", "Detail", "Description"];

type Msg = (String, String);

/// A message of the catalogues (`templates/locales/{en,fr}/intake-parse.ftl` and the other intake files) in English
/// and in French.
fn said(m: &Message) -> Msg {
    crate::domain::say_both(m)
}

/// The message `key` naming `field` by its label in each language (`$field`).
fn of_field(key: &'static str, field: &Field) -> Message {
    Message::new(key).names("field", field.en, field.fr)
}

impl Ctx<'_> {
    fn err(&mut self, place: String, field: &str, (en, fr): Msg) {
        if self.issues.len() < MAX_ISSUES {
            self.issues.push(Issue::error(place, Some(field).filter(|f| !f.is_empty()), en, fr));
        } else {
            self.dropped.0 += 1;
        }
    }

    fn warn(&mut self, place: String, field: Option<&str>, en: String, fr: String) {
        if self.issues.len() < MAX_ISSUES {
            self.issues.push(Issue::warning(place, field, en, fr));
        } else {
            self.dropped.1 += 1;
        }
    }

    /// Keeps a problem another reading found (a part of the places table read on its own thread), or counts it
    /// past [`MAX_ISSUES`], as [`Ctx::err`] and [`Ctx::warn`] do.
    fn push(&mut self, issue: Issue) {
        if self.issues.len() < MAX_ISSUES {
            self.issues.push(issue);
        } else if issue.level == crate::domain::IssueLevel::Error {
            self.dropped.0 += 1;
        } else {
            self.dropped.1 += 1;
        }
    }

    /// One closing line for the problems that were counted but not listed: the last of all, wherever the others sit.
    fn close(self, file_name: &str) -> Option<Issue> {
        let (errors, warnings) = self.dropped;
        if errors + warnings == 0 {
            return None;
        }
        let m = match (errors, warnings) {
            (_, 0) => Message::new("declaration_file.errors_not_listed").number("errors", errors as f64),
            (0, _) => Message::new("declaration_file.warnings_not_listed").number("warnings", warnings as f64),
            _ => Message::new("declaration_file.both_not_listed")
                .number("errors", errors as f64)
                .number("warnings", warnings as f64),
        };
        let (en, fr) = said(&m);
        Some(if errors > 0 { Issue::error(file_name, None, en, fr) } else { Issue::warning(file_name, None, en, fr) })
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
        // A value of a text field whose digits the spreadsheet made up (a number past the 15 digits it keeps, a
        // number in scientific notation): no identifier is read from it.
        if matches!(field.shape, JsonShape::Text | JsonShape::TextList) {
            let invented = match cell {
                Cell::Number(n) => super::identifiers::rounded_number(*n),
                Cell::Formatted(f) => super::identifiers::rounded_number(f.number),
                Cell::Text(s) => super::identifiers::scientific_text(s),
                _ => None,
            };
            if let Some(invented) = invented {
                self.err(sheet.place(row, col), field.en, invented.messages(field.en, field.fr));
                return None;
            }
        }
        // A number in a percentage cell of a field of numbers that are no percentage (an ODS percentage cell:
        // 45 workers shown 4500 %), refused as XLSX's percent formats are (`shown_otherwise`).
        if field.shape == JsonShape::Number
            && field.en != PlaceField::ShareOfValue.field().en
            && let Cell::Number(n) = cell
            && sheet.is_percent(row, col)
        {
            self.err(sheet.place(row, col), field.en, super::quoted::percent_cell(field.en, field.fr, *n));
            return None;
        }
        // A number whose format shows it otherwise than as its digits: a field of numbers (or yes and no) reads the
        // number; a field of text reads what the cell shows, or refuses the cell when that cannot be known.
        let as_read;
        let cell = match cell {
            Cell::Formatted(f) => {
                // A format that shows nothing for the number (`;;;`, a zero hidden by `0;-0;;@`): the file holds a
                // value the sheet does not show. It is read, and said so at its cell.
                // A field of numbers reads a number the sheet shows, so one it hides is refused.
                if f.shown.as_deref() == Some("") {
                    if field.shape == JsonShape::Number {
                        let m = super::shown_number::hidden(field.en, field.fr, f.number, &f.format);
                        self.err(sheet.place(row, col), field.en, m);
                        return None;
                    }
                    let (en, fr) = hidden_by_format(field, f);
                    self.warn(sheet.place(row, col), Some(field.en), en, fr);
                }
                as_read = match (field.shape, &f.shown) {
                    (JsonShape::Text | JsonShape::TextList, Some(shown)) if shown.is_empty() => {
                        Cell::Text(Cell::Number(f.number).text().unwrap_or_default())
                    }
                    (JsonShape::Number, _) if field.en == GoodsField::ValueCad.field().en => {
                        // An amount its format shows in another currency (`[$€-x] #,##0`, `"US$"#,##0`): not
                        // Canadian dollars, whatever number is stored.
                        if let Some(sign) = other_currency_in_format(&f.format) {
                            // The amount as the cell shows it, else the number read, as each language writes it.
                            let (v_en, v_fr) = match &f.shown {
                                Some(shown) => (shown.trim().to_string(), shown.trim().to_string()),
                                None => read_number_words(f.number),
                            };
                            let m =
                                Message::new("checks.other_currency").names("value", v_en, v_fr).text("sign", &sign);
                            self.err(sheet.place(row, col), field.en, said(&m));
                            return None;
                        }
                        if let Some(m) = shown_otherwise(field, f, false) {
                            self.err(sheet.place(row, col), field.en, m);
                            return None;
                        }
                        Cell::Number(f.number)
                    }
                    (JsonShape::Number, _) => {
                        // A number the format shows otherwise (scaled, rounded, replaced by text): what the
                        // declaration would read is not what the supplier sees.
                        // A count, a share or a number of tiers in a format of money (`[$$-1009]#,##0.00`,
                        // `#,##0.00 "€"`, `_($* #,##0.00_)`, an ODS currency cell): the sheet shows an amount.
                        if let Some(sign) = money_in_format(&f.format) {
                            self.err(sheet.place(row, col), field.en, money_in_number(field, f, &sign));
                            return None;
                        }
                        let fraction = field.en == PlaceField::ShareOfValue.field().en && sheet.is_percent(row, col);
                        if let Some(m) = shown_otherwise(field, f, fraction) {
                            self.err(sheet.place(row, col), field.en, m);
                            return None;
                        }
                        Cell::Number(f.number)
                    }
                    (JsonShape::Boolean | JsonShape::Answer, _) => Cell::Number(f.number),
                    (JsonShape::Text | JsonShape::TextList, Some(shown)) => Cell::Text(shown.clone()),
                    (JsonShape::Text | JsonShape::TextList, None) => {
                        self.err(sheet.place(row, col), field.en, format_unknown(field, f));
                        return None;
                    }
                };
                &as_read
            }
            cell => cell,
        };
        // A date field reads the day its cell shows: a format that hides a part of it or shows another is refused.
        if [SupplierField::DeclarationDate.field().en, PlaceField::LastAuditDate.field().en].contains(&field.en)
            && let Some(code) = sheet.date_format(row, col)
        {
            match super::shown_date::as_shown(cell, code) {
                Ok(None) => {}
                Ok(Some((en, fr))) => self.warn(sheet.place(row, col), Some(field.en), en, fr),
                Err(m) => {
                    self.err(sheet.place(row, col), field.en, m);
                    return None;
                }
            }
        }
        match cell {
            // Refused by its reader, at its place, already.
            Cell::Refused => return None,
            // A value the file keeps under a merged range, which the sheet does not show.
            Cell::Covered(c) => {
                let hidden = state_or_text(&c.hidden);
                let shown_over = state_or_text(&c.shown);
                let here = format!("{}{}", column_letters(col), row + 1);
                let merge = c.merge.a1();
                let key = if shown_over.is_empty() { "intake_cells.covered_blank" } else { "intake_cells.covered" };
                let m = super::cell_words::say(
                    key,
                    &[
                        ("field", field.en, field.fr),
                        ("hidden", &hidden, &hidden),
                        ("shown", &shown_over, &shown_over),
                        ("cell", &here, &here),
                        ("merge", &merge, &merge),
                    ],
                );
                self.err(sheet.place(row, col), field.en, m);
                return None;
            }
            // A number shown as a date (`yyyy` on 45000 shows 2023): a count or an amount is never a day.
            // So is any field but the two dates: `2023-01` typed as a Site ID becomes a day the sheet shows as
            // `Jan-23`.
            Cell::Date(_)
                if field.shape == JsonShape::Number
                    || ![SupplierField::DeclarationDate.field().en, PlaceField::LastAuditDate.field().en]
                        .contains(&field.en) =>
            {
                let on = shown(cell);
                let m = match cell {
                    // What the sheet shows, the number it holds and the format that shows it as a day.
                    Cell::Date(d) if field.shape == JsonShape::Number => {
                        super::shown_number::date_for_number(field.en, field.fr, *d, sheet.date_format(row, col))
                    }
                    _ => super::cell_words::say(
                        "intake_cells.date_in_text",
                        &[("field", field.en, field.fr), ("shown", &on, &on)],
                    ),
                };
                self.err(sheet.place(row, col), field.en, m);
                return None;
            }
            Cell::Error(e) => {
                // `#N/A`: a lookup such as VLOOKUP that found nothing.
                // Named as each language's spreadsheet shows it (`#VALUE!`, `#VALEUR!`), whichever the file wrote.
                let key = if super::grid::is_lookup_error(e) {
                    "cell_state.lookup_error"
                } else {
                    "cell_state.spreadsheet_error"
                };
                let (en, fr) = super::grid::error_names(e);
                self.err(sheet.place(row, col), field.en, said(&of_field(key, field).names("error", en, fr)));
                return None;
            }
            Cell::Duration(shown) => {
                let m = of_field("cell_state.duration", field).text("shown", shown.as_str());
                self.err(sheet.place(row, col), field.en, said(&m));
                return None;
            }
            Cell::Uncalculated(f) => {
                let m = of_field("cell_state.uncalculated", field).text("formula", f.as_str());
                self.err(sheet.place(row, col), field.en, said(&m));
                return None;
            }
            Cell::Stale(f) => {
                let m = of_field("cell_state.stale", field).text("formula", f.as_str());
                self.err(sheet.place(row, col), field.en, said(&m));
                return None;
            }
            Cell::Text(s) => {
                // The one character policy of every carrier (`domain::characters`). Spaces and line breaks around
                // the text are trimmed, not refused: the text read is the one inside them.
                let multi_line = MULTI_LINE.contains(&field.en);
                if let Some(refused) = crate::domain::characters::first_refused(s.trim(), multi_line) {
                    self.err(
                        sheet.place(row, col),
                        field.en,
                        refused.messages(field.en, field.fr, crate::domain::characters::Source::Declaration),
                    );
                    return None;
                }
                if let Some(meant) = super::text_in::double_encoded(s.trim()) {
                    let m = of_field("cell_state.double_encoded", field).text("value", s.trim()).text("meant", meant);
                    self.err(sheet.place(row, col), field.en, said(&m));
                    return None;
                }
                // A name, a place, a code with a letter of another alphabet drawn like one of its own (`Xinjiаng`
                // with a Cyrillic `а`) reads as no name to the model while it looks right to every reader: refused,
                // naming the letter. Free texts (comments, details, descriptions) are read as written; an address
                // and goods words are read by the model (a region in the address line, the goods' listing).
                if !FREE_TEXT.contains(&field.en)
                    && let Some(mixed) = super::look_alike::mixed_letter(s.trim())
                {
                    let m =
                        super::look_alike::mixed_letter_message(s.trim(), &mixed).names("field", field.en, field.fr);
                    self.err(sheet.place(row, col), field.en, said(&m));
                    return None;
                }
            }
            _ => {}
        }
        // An ODS string cell whose paragraphs (what the sheet shows) hold other words than its value attribute (what
        // is read): the declaration would read a text the supplier did not see, or not read one it did.
        // An empty value attribute under shown words is such a cell too, not a missing value.
        if let Some(super::grid::SavedText::TextDiffers(shown)) = sheet.saved_text(row, col)
            && let Some(s) = match sheet.cell(row, col) {
                Cell::Text(s) => Some(s.trim()),
                Cell::Empty => Some(""),
                _ => None,
            }
        {
            // Quoted as the words shown are, at most `cell_values::RUN_TEXT` characters.
            let mut value = String::new();
            super::cell_values::keep_run_text(&mut value, s);
            let m =
                of_field("intake_cells.saved_text_differs", field).text("value", value).text("shown", shown.as_str());
            self.err(sheet.place(row, col), field.en, said(&m));
            return None;
        }
        // An ODS number cell whose saved text (what the sheet shows) is not its value, or that its style shows as a
        // day: the declaration would read a number the supplier did not see.
        if let Some(saved) = sheet.saved_text(row, col)
            && !matches!(saved, super::grid::SavedText::TextDiffers(_))
            && let Some(n) = match sheet.cell(row, col) {
                Cell::Number(n) => Some(*n),
                Cell::Formatted(f) => Some(f.number),
                _ => None,
            }
        {
            let (n_en, n_fr) = read_number_words(n);
            let m = match saved {
                super::grid::SavedText::Differs(text) => of_field("intake_cells.saved_differs", field)
                    .names("number", n_en, n_fr)
                    .text("shown", text.as_str()),
                super::grid::SavedText::DateStyle(text) => {
                    let date_field = [SupplierField::DeclarationDate.field().en, PlaceField::LastAuditDate.field().en]
                        .contains(&field.en);
                    let shown = if text.is_empty() { n_en.clone() } else { text.clone() };
                    of_field("intake_cells.number_in_date_style", field)
                        .names("number", n_en, n_fr)
                        .text("shown", shown)
                        .text("date_field", if date_field { "yes" } else { "no" })
                }
                // Judged above, for a text cell.
                super::grid::SavedText::TextDiffers(_) => return None,
            };
            self.err(sheet.place(row, col), field.en, said(&m));
            return None;
        }
        // (A text of no more bytes than the limit has no more characters: most cells are not counted.)
        if let Cell::Text(s) = cell
            && s.len() > self.max_cell_chars
            && s.chars().count() > self.max_cell_chars
        {
            let key = if sheet.style == super::grid::Style::A1 {
                "cell_state.cell_too_long"
            } else {
                "cell_state.text_too_long"
            };
            self.err(
                sheet.place(row, col),
                field.en,
                said(&Message::new(key).number("count", self.max_cell_chars as f64)),
            );
            return None;
        }
        // A text longer than its field takes (`longest_text`), within what a cell may hold; a list's each item (a
        // goods line produced at fifty sites is a long cell of short Site IDs).
        let multi_line = MULTI_LINE.contains(&field.en);
        let most = longest_text(field.en, multi_line);
        if let Cell::Text(s) = cell
            && s.len() > most
        {
            use unicode_normalization::UnicodeNormalization;
            let length = if field.shape == JsonShape::TextList {
                s.split(';').map(|item| item.trim().nfc().count()).max().unwrap_or(0)
            } else {
                s.trim().nfc().count()
            };
            if length > most {
                let kind = if FREE_TEXT.contains(&field.en) {
                    "free"
                } else if field.en == PlaceField::Goods.field().en {
                    "goods"
                } else if multi_line {
                    "lines"
                } else {
                    "line"
                };
                let m = of_field("cell_state.too_long", field)
                    .number("length", length as f64)
                    .number("most", most as f64)
                    .text("kind", kind);
                self.err(sheet.place(row, col), field.en, said(&m));
                return None;
            }
        }
        if cell.is_blank() {
            if field.required {
                self.err(sheet.place(row, col), field.en, said(&of_field("cell_state.required", field)));
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

/// A number in a field of text whose format's text cannot be known from the file (thousands separators and
/// decimal marks are the reading program's; a condition, a fill or a fraction is no identifier's): the number, the
/// format and what to do.
fn format_unknown(field: &Field, f: &super::grid::Formatted) -> Msg {
    let (n_en, n_fr) = read_number_words(f.number);
    let code = super::number_format::shown_code(&f.format).chars().take(60).collect::<String>();
    said(&of_field("cell_state.format_unknown", field).names("number", n_en, n_fr).text("format", code))
}

/// A number whose format shows nothing for it (an empty section: `;;;`, `0;-0;;@`): the field, the number and the
/// format, and that the value is read though the sheet does not show it.
fn hidden_by_format(field: &Field, f: &super::grid::Formatted) -> Msg {
    let (n_en, n_fr) = read_number_words(f.number);
    let code = super::number_format::shown_code(&f.format).chars().take(60).collect::<String>();
    said(&of_field("cell_state.hidden_by_format", field).names("number", n_en, n_fr).text("format", code))
}

/// A number the intake read as each language writes it: the digits with a decimal point (`12.5`, as a cell's value
/// is held) in English, the decimal mark a comma (`12,5`) in French. A French message never quotes a number read
/// with the English point.
fn read_number_words(n: f64) -> (String, String) {
    let en = Cell::Number(n).text().unwrap_or_default();
    let fr = en.replace('.', ",");
    (en, fr)
}

fn shown(cell: &Cell) -> String {
    cell.text().unwrap_or_default()
}

/// A cell as a refusal quotes it: its text, or the error, formula or duration it holds (at most 60 characters).
fn state_or_text(cell: &Cell) -> String {
    let text = match cell {
        Cell::Error(s) | Cell::Uncalculated(s) | Cell::Stale(s) | Cell::Duration(s) => s.clone(),
        Cell::Covered(c) => state_or_text(&c.hidden),
        other => other.text().unwrap_or_default(),
    };
    text.chars().take(60).collect()
}

/// Whether a number field's cell shows, through its format, another value than the one the declaration would read
/// (`fraction`: the field reads the cell's number as a fraction, a share in a percent cell): a scaling (`#,##0,`
/// shows 1,200,000 as 1,200), a rounding (`0` shows 12.6 as 13), a `%` where the number is read as written (45
/// workers shown 4500%), text in place of the number (`0;-0;"n/a"`) or beside it that makes it another number
/// (`0"000"`, `0"/10"`, `0"‰"`), or a share of value shown as a fraction alone (`# ?/?` shows 0.5 as `1/2`, a half,
/// where the share would read 0.5%). The refusal names the number, the format,
/// what the cell shows and what would be read. A zero shown as a dash (accounting formats) is the zero it means; a
/// format whose text is not judged here (a date, a text placeholder, a condition that chooses no section) is read as
/// before.
fn shown_otherwise(field: &Field, f: &super::grid::Formatted, fraction: bool) -> Option<Msg> {
    use super::shown_number::{Decimal, Shows, shows};
    let number = Decimal::of(f.number)?;
    let read = if fraction { number.shifted(2) } else { number.clone() };
    let code: String = super::number_format::shown_code(&f.format).chars().take(60).collect();
    let (n_en, n_fr) = number.words();
    let vars = |shown: (&str, &str), read: (&str, &str)| {
        [
            ("field", field.en, field.fr),
            ("number", n_en.as_str(), n_fr.as_str()),
            ("format", code.as_str(), code.as_str()),
        ]
        .into_iter()
        .chain([("shown", shown.0, shown.1), ("read", read.0, read.1)])
        .map(|(k, en, fr)| (k, en.to_string(), fr.to_string()))
        .collect::<Vec<_>>()
    };
    let say = |key: &'static str, vars: Vec<(&'static str, String, String)>| {
        let vars: Vec<super::cell_words::Var<'_>> =
            vars.iter().map(|(k, en, fr)| (*k, en.as_str(), fr.as_str())).collect();
        super::cell_words::say(key, &vars)
    };
    let percent =
        |(en, fr): (String, String), yes: bool| if yes { (format!("{en}%"), format!("{fr}\u{a0}%")) } else { (en, fr) };
    match shows(&f.format, f.number) {
        Shows::Number { shift, places, percent: shows_percent } => {
            let scaled = number.shifted(shift);
            let on_screen = places.map_or_else(|| scaled.clone(), |p| scaled.rounded(p));
            if on_screen == read {
                return None;
            }
            let (s_en, s_fr) = percent(on_screen.words(), shows_percent);
            let (r_en, r_fr) = percent(read.words(), fraction);
            Some(say("intake_cells.format_number", vars((&s_en, &s_fr), (&r_en, &r_fr))))
        }
        Shows::Text(text) => {
            let text = text.trim();
            if f.number == 0.0 && matches!(text, "-" | "\u{2013}" | "\u{2014}") {
                return None;
            }
            Some(say("intake_cells.format_text", vars((text, text), ("", ""))))
        }
        // As the cell shows it (`5.00E-01`), or as its format's digits write it when the format's text is not known.
        Shows::Significant { digits } if share_between_0_and_1(field, fraction, f.number) => {
            let shown = f.shown.clone().filter(|s| !s.is_empty()).unwrap_or_else(|| in_exponent(f.number, digits));
            Some(share_scientific(&shown, f.number))
        }
        Shows::Engineering { places, .. } if share_between_0_and_1(field, fraction, f.number) => {
            let shown = f.shown.clone().filter(|s| !s.is_empty());
            Some(share_scientific(&shown.unwrap_or_else(|| in_exponent(f.number, places.saturating_add(1))), f.number))
        }
        Shows::Significant { digits } => {
            let on_screen = number.significant(digits);
            if on_screen == read {
                return None;
            }
            let (s_en, s_fr) = on_screen.words();
            let (r_en, r_fr) = percent(read.words(), fraction);
            Some(say("intake_cells.format_number", vars((&s_en, &s_fr), (&r_en, &r_fr))))
        }
        Shows::Engineering { width, places } => {
            let on_screen = number.engineering(width, places);
            if on_screen == read {
                return None;
            }
            let (s_en, s_fr) = on_screen.words();
            let (r_en, r_fr) = percent(read.words(), fraction);
            Some(say("intake_cells.format_number", vars((&s_en, &s_fr), (&r_en, &r_fr))))
        }
        Shows::Fraction { text, value } => {
            // A share shown as a fraction alone (`1/2`, `3/4`, `5/2`) out of a percent format: the fraction is a
            // part of the whole, while a share is read as the percentage written (0.5 would be 0.5%, not the half
            // shown). A whole number and a fraction (`12 1/2`) is a percentage as written, read when exact.
            let alone = text.contains('/') && !text.contains(' ');
            if field.en == PlaceField::ShareOfValue.field().en && !fraction && alone {
                let (r_en, r_fr) = percent(read.words(), true);
                return Some(say("intake_cells.share_fraction", vars((&text, &text), (&r_en, &r_fr))));
            }
            if Decimal::of(value).is_some_and(|v| v == read) {
                return None;
            }
            let (r_en, r_fr) = percent(read.words(), fraction);
            Some(say("intake_cells.format_number", vars((&text, &text), (&r_en, &r_fr))))
        }
        Shows::Altered(text) => {
            let (r_en, r_fr) = percent(read.words(), fraction || field.en == PlaceField::ShareOfValue.field().en);
            Some(say("intake_cells.format_altered", vars((&text, &text), (&r_en, &r_fr))))
        }
        Shows::Nothing => Some(super::shown_number::hidden(field.en, field.fr, f.number, &f.format)),
        Shows::NotJudged => None,
    }
}

/// Whether a number is a share of value between 0 and 1 read as the percentage written (not in a percent cell).
fn share_between_0_and_1(field: &Field, fraction: bool, n: f64) -> bool {
    field.en == PlaceField::ShareOfValue.field().en && !fraction && n > 0.0 && n < 1.0
}

/// A number as a scientific format shows it, to `digits` significant digits: `5.00E-01` (an exponent of two digits
/// at least, with its sign, as spreadsheets write it).
fn in_exponent(n: f64, digits: u32) -> String {
    let places = usize::try_from(digits.clamp(1, 15) - 1).unwrap_or(0);
    let s = format!("{n:.places$E}");
    match s.split_once('E') {
        Some((mantissa, exp)) => {
            let (sign, digits) = exp.strip_prefix('-').map_or(("+", exp), |d| ("-", d));
            format!("{mantissa}E{sign}{digits:0>2}")
        }
        None => s,
    }
}

fn p_text(cell: &Cell) -> Result<String, Msg> {
    Ok(cell.text().unwrap_or_default())
}

/// Whether a text cell writes yes or no as a sheet does (Yes/No, Oui/Non, Y/N, O/N, TRUE/FALSE, VRAI/FAUX, 1/0): the
/// text forms a JSON yes-or-no value may take beside `true` and `false` (DECLARATION-WORKBOOK.md, the JSON carrier).
pub(super) fn writes_yes_or_no(cell: &Cell) -> bool {
    matches!(cell, Cell::Text(_)) && p_yes_no(cell).is_ok()
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
        _ => Err(said(&Message::new("value.not_yes_no").text("value", shown(cell)))),
    }
}

/// A date of something already done — the declaration's signature, a site's last audit ([`super::dates`]).
fn p_plausible_date(cell: &Cell) -> Result<NaiveDate, Msg> {
    super::dates::plausible_date(cell, &shown(cell))
}

use super::dates::not_after_declaration;
#[cfg(test)]
pub(super) use super::dates::past_date;

/// [`super::dates::not_year_month_day`], for the tests of other modules.
#[cfg(test)]
pub(super) fn not_year_month_day_for_tests(s: &str) -> Msg {
    super::dates::not_year_month_day(s)
}

/// A country by ISO 3166 code or English or French name, read by the one reading of a typed country
/// ([`crate::domain::read_country`]): a text holding a character that is no part of a name (`Malaysia🧤`,
/// `Canada ✓`, `Chine*`) is refused at its cell naming the character, with the country it looks like.
fn p_country(cell: &Cell) -> Result<CountryCode, Msg> {
    let s = shown(cell);
    // `NA` is how "not available" is written as often as Namibia's code: a supplier who does not know a site's
    // country would declare a Namibian site, scored on Namibia's listings. Namibia is written by its name or `NAM`.
    if fold_label(&s) == "na" {
        return Err(said(&Message::new("value.country_na").text("value", s.trim())));
    }
    if let Some(m) = placeholder_code(s.trim()) {
        return Err(said(&m));
    }
    crate::domain::read_country(&s).map_err(|e| match super::regions::region_not_country(&s) {
        Some(m) if e.message.key == "country.unknown" => said(&m),
        _ => (e.en, e.fr),
    })
}

/// The ISO 3166 codes that are also how a form's blank is written, with what they abbreviate in English and in French:
/// `no`, `NC` (non communiqué, not communicated), `SO` (sans objet), `NR` (non renseigné, not reported), `NP` (non
/// précisé, not provided). (`NA` is refused in any case, [`p_country`].)
const PLACEHOLDER_CODES: &[(&str, &str, &str)] = &[
    ("NO", "no", "non"),
    ("NC", "not communicated", "non communiqué"),
    ("SO", "sans objet (not applicable)", "sans objet"),
    ("NR", "not reported", "non renseigné"),
    ("NP", "not provided", "non précisé"),
];

/// A country cell that writes one of [`PLACEHOLDER_CODES`] otherwise than as an ISO 3166 code is written — in lower or
/// mixed case (`no`, `Nc`), or with dots or a slash (`N/R`, `n.p.`) — reads as the abbreviation as much as the country
/// (Norway, New Caledonia, Somalia, Nauru, Nepal): refused naming both readings. Two capitals alone (`NO`) are the
/// code, read as its country.
fn placeholder_code(s: &str) -> Option<Message> {
    let letters: String = s.chars().filter(|c| !matches!(c, '/' | '.' | ' ')).collect();
    let upper = letters.to_ascii_uppercase();
    let &(code, en, fr) = PLACEHOLDER_CODES.iter().find(|(code, _, _)| *code == upper)?;
    if s == code {
        return None;
    }
    let country = CountryCode::parse(code)?;
    Some(Message::new("value.country_placeholder").text("value", s).names("meaning", en, fr).text("code", code).names(
        "country",
        country.name_en(),
        country.name_fr(),
    ))
}

/// What people write in a field that does not apply to them (`N/A`, `-`, `none`, `s.o.`, `sans objet`, `aucune`,
/// `TBD`, `0`), folded ([`fold_label`]): no solicitation number, which is left blank for a standing declaration.
const NOT_A_NUMBER: &[&str] = &[
    "na",
    "nd",
    "none",
    "nil",
    "null",
    "no",
    "non",
    "so",
    "sansobjet",
    "aucune",
    "aucun",
    "tbd",
    "tba",
    "pending",
    "notapplicable",
    "nonapplicable",
    "standing",
    "0",
    "00",
    "000",
];

/// A solicitation number: letters, digits and the separators PSPC's numbers are written with (`W8486-260555/A`,
/// `EN578-170432/B`; `-`, `/`, `.`, `_`), at least one digit. Refused: a placeholder ([`NOT_A_NUMBER`], or no digit:
/// `TBD`, `-`), which would rank every supplier that wrote it as bidders on one solicitation; any other character,
/// named with its code point (`W8486‑260555/A` with U+2011 NON-BREAKING HYPHEN, `W8486 260555/A` with a space),
/// which would open another solicitation that looks like the first, so that a corrected bid does not replace the one
/// the officer ranks.
fn p_solicitation_number(cell: &Cell) -> Result<String, Msg> {
    let s = shown(cell);
    let s = s.trim();
    if s.is_empty() {
        return Ok(String::new());
    }
    if NOT_A_NUMBER.contains(&fold_label(s).as_str()) || !s.chars().any(|c| c.is_ascii_digit()) {
        return Err(said(&Message::new("value.solicitation_placeholder").text("value", s)));
    }
    if let Some((i, c)) =
        s.chars().enumerate().find(|&(_, c)| !(c.is_ascii_alphanumeric() || matches!(c, '-' | '/' | '.' | '_')))
    {
        let (name_en, name_fr) = crate::domain::characters::names(c);
        let m = Message::new("value.solicitation_character")
            .text("value", s)
            .text("code", format!("U+{:04X}", u32::from(c)))
            .names("name", name_en, name_fr)
            .number("position", (i + 1) as f64);
        return Err(said(&m));
    }
    if let Some(meant) = hyphen_left_out(s) {
        return Err(said(&Message::new("value.solicitation_hyphen").text("value", s).text("meant", meant)));
    }
    Ok(s.to_string())
}

/// PSPC's solicitation number as it is written (`W8486-260555/A`, `EN578-170432/B`: a client code of five letters
/// and digits, a hyphen, six digits, a slash and the amendment's letters), when `s` is that number with its hyphen
/// left out or written as `_` or `.` (`W8486260555/A`, `EN578_170432/B`). Such a number read as written would open
/// a second solicitation instead of joining the bids on the first; the form being unambiguous, the refusal names the
/// number meant.
fn hyphen_left_out(s: &str) -> Option<String> {
    let (head, amendment) = s.split_once('/')?;
    let client: String = head.chars().take(5).collect();
    let after: String = head.chars().skip(5).collect();
    let serial = after.strip_prefix(['_', '.']).unwrap_or(&after);
    let fits = client.chars().count() == 5
        && client.chars().all(|c| c.is_ascii_alphanumeric())
        && serial.len() == 6
        && serial.chars().all(|c| c.is_ascii_digit())
        && !amendment.is_empty()
        && amendment.chars().all(|c| c.is_ascii_alphanumeric());
    fits.then(|| format!("{client}-{serial}/{amendment}").to_uppercase())
}

/// An e-mail address (RFC 5321/5322 `addr-spec`, by the `email_address` crate): one `@`, a local part of the
/// characters an address may hold, a domain of at least two labels (`name@example.ca`; no domain literal, no
/// display name such as `Jane <jane@example.ca>`). `a@b@c`, `a@b`, `jane doe@example.ca` are refused, naming what
/// is wrong.
fn p_email(cell: &Cell) -> Result<String, Msg> {
    use email_address::{EmailAddress, Error, Options};
    let s = shown(cell);
    let options = Options::default().with_minimum_sub_domains(2).without_domain_literal().without_display_text();
    match EmailAddress::parse_with_options(&s, options) {
        Ok(_) => Ok(s),
        Err(e) => {
            // The cause, as `value.not_email` says it.
            let why = match e {
                _ if s.matches('@').count() > 1 => "at_twice",
                Error::MissingSeparator => "no_at",
                Error::LocalPartEmpty => "no_local",
                Error::DomainEmpty => "no_domain",
                Error::DomainTooFew => "no_dot",
                Error::UnsupportedDisplayName | Error::MissingDisplayName | Error::MissingEndBracket => "display_name",
                Error::LocalPartTooLong | Error::DomainTooLong | Error::SubDomainTooLong => "too_long",
                _ if s.chars().any(char::is_whitespace) => "space",
                _ => "other",
            };
            Err(said(&Message::new("value.not_email").text("value", s.as_str()).text("why", why)))
        }
    }
}

/// A CRA business number ([`BusinessNumber::parse`]), read whole or refused saying what is wrong with what was
/// written (how many digits, which character, which program identifier).
fn p_business_number(cell: &Cell) -> Result<BusinessNumber, Msg> {
    let s = shown(cell);
    BusinessNumber::parse(&s).map_err(|e| {
        let key = if e == BusinessNumberError::CheckDigit {
            "value.not_valid_business_number"
        } else {
            "value.not_business_number"
        };
        said(&Message::new(key).text("value", s.as_str()).said("why", e.message()))
    })
}

fn p_classification(cell: &Cell) -> Result<Classification, Msg> {
    let s = shown(cell);
    Classification::parse(&s).ok_or_else(|| said(&Message::new("value.not_classification").text("value", s.as_str())))
}

/// A number typed as text, read the same way whoever typed it, or refused when it could mean two things
/// (`domain::number`, the reader the forms share, in its either-convention mode): spaces group thousands; with both
/// `.` and `,` the last one is the decimal mark and the other must group by three; a lone `,` is a decimal comma,
/// except `1,250` (a comma before exactly three digits), which is refused as ambiguous unless the sheet uses the
/// decimal comma (a `;`-separated CSV). `Err(true)`: ambiguous; `Err(false)`: no number.
///
/// A number in scientific notation (`1.2E+03`, `5E-1`, `1,5E3` where the decimal mark is a comma), as programs write
/// numbers, is the number it is: its mantissa read as above (unambiguous), its exponent of at most three digits moving
/// the decimal point ([`scientific`]).
pub(super) fn decimal(text: &str, decimal_comma: bool) -> Result<f64, bool> {
    use crate::domain::number::{Convention, NumberError, parse_number};
    match parse_number(text, Convention::Any { decimal_comma }) {
        Err(NumberError::Malformed) => scientific(text, decimal_comma).ok_or(false),
        other => other.map_err(|e| e == NumberError::Ambiguous),
    }
}

/// A number typed in scientific notation: a mantissa (`5.00`, `-1,5`), `E` or `e`, an exponent of at most three
/// digits with its sign (`-01`, `+3`, `3`); the decimal point moved exactly ([`super::shown_number::Decimal`]), never
/// a binary product. `None` for any other text, or a mantissa that reads two ways.
pub(super) fn scientific(text: &str, decimal_comma: bool) -> Option<f64> {
    use crate::domain::number::{Convention, parse_number};
    let t = text.trim();
    let at = t.find(['e', 'E'])?;
    let (mantissa, exponent) = (t.get(..at)?, t.get(at.checked_add(1)?..)?);
    let digits = exponent.strip_prefix(['+', '-']).unwrap_or(exponent);
    if !mantissa.trim_start_matches(['+', '-']).starts_with(|c: char| c.is_ascii_digit() || c == '.' || c == ',')
        || digits.is_empty()
        || digits.len() > 3
        || !digits.bytes().all(|b| b.is_ascii_digit())
    {
        return None;
    }
    let m = parse_number(mantissa, Convention::Any { decimal_comma }).ok()?;
    let by: i32 = exponent.parse().ok()?;
    let v = super::shown_number::Decimal::of(m)?.shifted(by).to_f64();
    v.is_finite().then_some(v)
}

/// The refusal of a share of value between 0 and 1 written in scientific notation (`shown`: as typed, or as its
/// cell's format shows it): a program that writes numbers so writes fractions as often as percentages, so the share
/// may be `n` % or `100 n` %; both are named.
fn share_scientific(shown: &str, n: f64) -> Msg {
    let (n_en, n_fr) = super::decimal_words(n);
    let percent = super::shown_number::Decimal::of(n).map_or(f64::NAN, |d| d.shifted(2).to_f64());
    let (p_en, p_fr) = super::decimal_words(percent);
    said(
        &Message::new("shares.scientific")
            .text("shown", shown)
            .names("number", n_en, n_fr)
            .names("percent", p_en, p_fr),
    )
}

fn number_error(cell: &Cell, ambiguous: bool) -> Msg {
    let s = shown(cell);
    if ambiguous && let Some(m) = ambiguous_number(&s, &s) {
        said(&m)
    } else {
        said(&Message::new("value.not_number").text("value", s))
    }
}

/// The refusal of a number typed with one comma or point before its last three digits (`1,250`, `3.500`), which
/// reads as a thousand or as decimals: the message quotes the value typed and gives both readings as the user would
/// write them unambiguously (`1250`, and `1.25` in English, `1,25` in French), trailing zeros of the decimals left
/// out. `None` when the text is not of that shape.
fn ambiguous_number(quoted: &str, typed: &str) -> Option<Message> {
    let t = typed.trim();
    let (sign, body) = t.strip_prefix(['-', '+']).map_or(("", t), |b| (t.get(..1).unwrap_or_default(), b));
    let mark = if body.contains(',') { ',' } else { '.' };
    let (int, frac) = body.split_once(mark)?;
    if int.is_empty() || !int.chars().chain(frac.chars()).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let decimals = frac.trim_end_matches('0');
    let (en, fr) = if decimals.is_empty() {
        (format!("{sign}{int}"), format!("{sign}{int}"))
    } else {
        (format!("{sign}{int}.{decimals}"), format!("{sign}{int},{decimals}"))
    };
    Some(
        Message::new("checks.ambiguous_number")
            .text("value", quoted.trim())
            .text("thousands", format!("{sign}{int}{frac}"))
            .names("decimal", en, fr)
            .text("mark", if mark == ',' { "comma" } else { "point" }),
    )
}

/// Signs of currencies other than the Canadian dollar, as amounts are written with them.
const OTHER_CURRENCY_SIGNS: &[char] =
    &['€', '£', '¥', '₹', '₩', '₽', '₺', '₫', '₱', '฿', '₦', '₪', '₴', '₡', '₲', '₵', '₸', '₭', '₮', '¢', '￥', '元'];

/// The marks of the Canadian dollar written with an amount, spaces removed, in capitals: `$1,200`, `CA$1,200`,
/// `1 200 $`, `1 200 $ CA`, `CAD 1200`.
const CAD_MARKS: &[&str] = &["$", "CA$", "C$", "CAD", "CAD$", "$CA", "$CAD", "$CAN", "CAN$"];

/// Whether a mark written around an amount (`€`, `US$`, `USD`), spaces removed and in capitals, is the sign of a
/// currency other than the Canadian dollar ([`CAD_MARKS`]): one of [`OTHER_CURRENCY_SIGNS`], a dollar of another
/// country, or a three-letter code.
fn is_other_currency(mark: &str) -> bool {
    mark.contains(OTHER_CURRENCY_SIGNS)
        || (!CAD_MARKS.contains(&mark)
            && (mark.contains('$') || (mark.chars().count() == 3 && mark.chars().all(|c| c.is_ascii_uppercase()))))
}

/// The currency sign other than the Canadian dollar's that a number format code shows around its number, as
/// written in the code: a quoted text (`"US$"#,##0`, `#,##0 "€"`), a currency in brackets (`[$€-x-euro2] #,##0`,
/// `[$USD] #,##0`; a locale alone, `[$-409]`, shows nothing), an escaped character (`\£#,##0`) or a sign written
/// bare (`£#,##0.00`). Each text is judged alone, as [`p_money_in`] judges the text around a typed amount.
fn other_currency_in_format(code: &str) -> Option<String> {
    let mut texts: Vec<String> = Vec::new();
    let mut chars = code.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => texts.push(chars.by_ref().take_while(|&c| c != '"').collect()),
            '[' => {
                let inner: String = chars.by_ref().take_while(|&c| c != ']').collect();
                if let Some(currency) = inner.strip_prefix('$') {
                    let (sign, locale) = currency.split_once('-').unwrap_or((currency, ""));
                    // A dollar of a locale other than Canada's is another country's dollar: quoted as written.
                    if sign.trim() == "$" && !locale.trim().is_empty() && !is_canadian_locale(locale) {
                        texts.push(format!("[{inner}]"));
                    } else {
                        texts.push(sign.to_string());
                    }
                }
            }
            '\\' => texts.extend(chars.next().map(String::from)),
            c if OTHER_CURRENCY_SIGNS.contains(&c) => texts.push(c.to_string()),
            _ => {}
        }
    }
    texts
        .into_iter()
        .find(|t| {
            let mark: String = t.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
            !mark.is_empty() && is_other_currency(&mark)
        })
        .map(|t| t.trim().to_string())
}

/// Whether the locale of a currency in brackets (`[$$-1009]`: what follows the sign's `-`) is one of Canada's: an
/// LCID in hexadecimal (MS-LCID: 0x1009 en-CA, 0x0C0C fr-CA, 0x045D iu-Cans-CA, 0x085D iu-Latn-CA, 0x047C moh-CA) or
/// a BCP 47 tag whose region is `CA` (`en-CA`, `fr-CA`). A dollar of any other locale (`[$$-409]` en-US, `[$$-C09]`
/// en-AU, `[$$-80A]` es-MX) is another country's dollar.
fn is_canadian_locale(locale: &str) -> bool {
    let locale = locale.trim();
    if let Ok(lcid) = u32::from_str_radix(locale, 16) {
        return matches!(lcid, 0x1009 | 0x0C0C | 0x045D | 0x085D | 0x047C);
    }
    locale.split('-').skip(1).any(|part| part.eq_ignore_ascii_case("CA"))
}

/// The currency a number format code shows its number as an amount of (ECMA-376 Part 1 §18.8.31), as written: a
/// currency in brackets (`[$$-1009]`, `[$€-40C]`, `[$USD]`; a locale alone, `[$-409]`, names none), a currency sign
/// (Unicode's general category `Sc`, `domain::characters::is_currency_sign`) written bare (`$#,##0`, the accounting
/// `_($* #,##0.00_)`), escaped (`\€`) or in quoted text (`#,##0.00 "€"`, `"US$"0`), or a quoted mark of the Canadian
/// dollar (`"CAD"`). `None` for a format that shows no currency (the space `_$` leaves is no sign).
fn money_in_format(code: &str) -> Option<String> {
    use super::number_format::{Place, code_chars};
    let sign_in = |t: &str| t.chars().any(crate::domain::characters::is_currency_sign);
    let (mut bracket, mut quoted) = (String::new(), String::new());
    let (mut in_quote, mut spaced) = (false, false);
    for (c, place) in code_chars(code) {
        match place {
            Place::Bracketed if c == ']' => {
                let inner = bracket.trim_start_matches('[');
                if let Some(currency) = inner.strip_prefix('$') {
                    let sign = currency.split('-').next().unwrap_or_default().trim();
                    if !sign.is_empty() {
                        return Some(sign.to_string());
                    }
                }
                bracket.clear();
            }
            Place::Bracketed => bracket.push(c),
            Place::Quoted if c == '"' && !in_quote => in_quote = true,
            Place::Quoted if c == '"' => {
                let mark: String = quoted.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
                if sign_in(&quoted) || (!mark.is_empty() && CAD_MARKS.contains(&mark.as_str())) {
                    return Some(quoted.trim().to_string());
                }
                quoted.clear();
                in_quote = false;
            }
            Place::Quoted => quoted.push(c),
            // The character after `_` only sets a width; after `\` or `*` it is shown.
            Place::Escaped if spaced => spaced = false,
            Place::Escaped | Place::Code if crate::domain::characters::is_currency_sign(c) => {
                return Some(c.to_string());
            }
            Place::Code => spaced = c == '_',
            Place::Escaped => {}
        }
    }
    None
}

/// The refusal of a number in a format of money (`money_in_format`'s `sign`) in a field of numbers that are no
/// amount (Workers, a quantity, a share, a number of tiers): the field, the number, the format's code and the sign.
/// Said by the catalogues (`intake_cells.money_in_number`).
fn money_in_number(field: &Field, f: &super::grid::Formatted, sign: &str) -> Msg {
    let (n_en, n_fr) = read_number_words(f.number);
    let code: String = f.format.chars().take(60).collect();
    let sign: String = sign.chars().take(20).collect();
    super::cell_words::say(
        "intake_cells.money_in_number",
        &[("field", field.en, field.fr), ("number", &n_en, &n_fr), ("format", &code, &code), ("sign", &sign, &sign)],
    )
}

/// An amount in Canadian dollars typed as text, with or without the currency's mark (`Value CAD`): a number as
/// [`p_number_in`] reads it; `$1,200` as English writes it (the sign before: `1,200` is a thousand two hundred), `1 200
/// $` as French writes it (the sign after: `1,20 $` is one dollar twenty, `1,200 $` is refused as ambiguous), `CAD` or
/// `CA$` either way. An amount in another currency (`€1,200`, `1 200 £`, `USD 1200`, `US$1,200`) is refused naming
/// its sign: the value is in Canadian dollars, and converting it is the sender's to do at the rate they used.
fn p_money_in(decimal_comma: bool) -> impl Fn(&Cell) -> Result<f64, Msg> {
    use crate::domain::number::{Convention, NumberError, parse_number};
    move |cell| {
        if matches!(cell, Cell::Number(_)) {
            return p_number_in(decimal_comma)(cell);
        }
        let s = shown(cell);
        let t = s.trim();
        let is_amount = |c: char| c.is_ascii_digit() || matches!(c, '.' | ',' | '-' | '+');
        let (Some(start), Some(end)) = (t.find(is_amount), t.rfind(|c: char| c.is_ascii_digit())) else {
            return p_number_in(decimal_comma)(cell);
        };
        let (prefix, core, suffix) = (
            t.get(..start).unwrap_or_default(),
            t.get(start..=end).unwrap_or_default(),
            t.get(end + 1..).unwrap_or_default(),
        );
        let mark = |m: &str| m.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_uppercase();
        let (before, after) = (mark(prefix), mark(suffix));
        if before.is_empty() && after.is_empty() {
            return p_number_in(decimal_comma)(cell);
        }
        let other = [&before, &after].into_iter().find(|m| is_other_currency(m));
        if let Some(sign) = other {
            let sign = if sign.as_str() == before.as_str() { prefix.trim() } else { suffix.trim() };
            return Err(crate::domain::say_both(
                &Message::new("checks.other_currency").text("value", t).text("sign", sign),
            ));
        }
        let convention = match (before.as_str(), after.as_str()) {
            (m, "") if CAD_MARKS.contains(&m) && m == "$" => Convention::Lang(Lang::En),
            ("", m) if CAD_MARKS.contains(&m) && m.starts_with('$') => Convention::Lang(Lang::Fr),
            (m, "") | ("", m) if CAD_MARKS.contains(&m) => Convention::Any { decimal_comma },
            _ => return p_number_in(decimal_comma)(cell),
        };
        match parse_number(core, convention) {
            Ok(v) if v < 0.0 => Err(negative_error(cell)),
            Ok(v) => Ok(v),
            Err(NumberError::Ambiguous) => {
                Err(ambiguous_number(t, core).map_or_else(|| number_error(cell, false), |m| said(&m)))
            }
            Err(NumberError::Malformed) => Err(number_error(cell, false)),
        }
    }
}

/// A number below zero where a count, a quantity or an amount is due: refused as what it is, naming what was read
/// (`-5`, not "not a number").
fn negative_error(cell: &Cell) -> Msg {
    super::quoted::refusal("numbers.negative", cell)
}

fn p_number_in(decimal_comma: bool) -> impl Fn(&Cell) -> Result<f64, Msg> {
    move |cell| {
        let v = match cell {
            // To the 15 significant digits a spreadsheet keeps (0.1 + 0.2 is the 0.3 the cell shows).
            Cell::Number(n) => super::shown_number::Decimal::of(*n).map_or(*n, |d| d.to_f64()),
            _ => decimal(&shown(cell), decimal_comma).map_err(|amb| number_error(cell, amb))?,
        };
        if !v.is_finite() {
            Err(number_error(cell, false))
        } else if v < 0.0 {
            Err(negative_error(cell))
        } else {
            Ok(v)
        }
    }
}

fn p_whole_in(decimal_comma: bool) -> impl Fn(&Cell) -> Result<u32, Msg> {
    move |cell| {
        let n = p_number_in(decimal_comma)(cell)?;
        if n.fract() == 0.0 && n <= f64::from(u32::MAX) {
            Ok(n as u32)
        } else if n > f64::from(u32::MAX) {
            let (most_en, most_fr) = super::whole(u128::from(u32::MAX));
            Err(said(&Message::new("value.too_large").text("value", shown(cell)).names("most", most_en, most_fr)))
        } else {
            Err(super::quoted::refusal("numbers.not_whole", cell))
        }
    }
}

/// How a share's number cell is to be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PercentCell {
    /// The number is the percentage as written (JSON, CSV, a workbook cell without a percent format): 35 is 35 %.
    AsWritten,
    /// The cell's number format is a percent format: the spreadsheet stores 35 % as 0.35.
    Fraction,
    /// The reader cannot see the cell's number format (an XLSB workbook without a styles part): a number between 0
    /// and 1 could be either.
    Unknown,
}

/// A percentage from 0 to 100: text `35` or `35%` (one sign), or a number cell read as `how` says.
fn p_percent_in(decimal_comma: bool, how: PercentCell) -> impl Fn(&Cell) -> Result<f64, Msg> {
    move |cell| {
        let bad = || super::quoted::refusal("numbers.not_percentage", cell);
        let v = match (cell, how) {
            (Cell::Number(n), PercentCell::Fraction) => {
                // The decimal point moved two places, never a binary product: 0.29 is 29, not 28.999999999999996.
                let scaled = super::shown_number::Decimal::of(*n).map(|d| d.shifted(2));
                let v = scaled.as_ref().map_or(f64::NAN, super::shown_number::Decimal::to_f64);
                if !(0.0..=100.0).contains(&v) {
                    // As the spreadsheet shows it (`3500 %`, not grouped).
                    let text = scaled.map_or_else(|| v.to_string(), |d| d.text());
                    let (en, fr) = (text.clone(), text.replace('.', ","));
                    let (n_en, n_fr) = read_number_words(*n);
                    let m = Message::new("value.percent_cell_over").names("number", n_en, n_fr).names("shown", en, fr);
                    return Err(said(&m));
                }
                v
            }
            (Cell::Number(n), PercentCell::Unknown) if *n > 0.0 && *n < 1.0 => {
                let (n_en, n_fr) = super::decimal_words(*n);
                let (p_en, p_fr) = super::decimal_words(
                    super::shown_number::Decimal::of(*n).map_or(f64::NAN, |d| d.shifted(2).to_f64()),
                );
                let m = Message::new("value.percent_unknown").names("number", n_en, n_fr).names("percent", p_en, p_fr);
                return Err(said(&m));
            }
            // To the 15 significant digits a spreadsheet keeps: a sum's binary remainder is not part of the share.
            (Cell::Number(n), _) => super::shown_number::Decimal::of(*n).map_or(*n, |d| d.to_f64()),
            _ => {
                let s = shown(cell);
                let t = s.trim();
                let (t, percent_sign) = match t.strip_suffix('%') {
                    Some(rest) => (rest.trim_end(), true),
                    None => (t, false),
                };
                let v = decimal(t, decimal_comma).map_err(|amb| if amb { number_error(cell, true) } else { bad() })?;
                // `5.00E-01`: a fraction of the whole as often as a percentage; typed with `%` it says which.
                if !percent_sign && v > 0.0 && v < 1.0 && scientific(t, decimal_comma).is_some() {
                    return Err(share_scientific(t, v));
                }
                v
            }
        };
        let s = shown(cell);
        if v < 0.0 {
            Err(said(&Message::new("value.share_negative").text("value", s)))
        } else if v > 100.0 {
            Err(said(&Message::new("value.share_over").text("value", s)))
        } else if v.is_finite() {
            Ok(v)
        } else {
            Err(bad())
        }
    }
}

/// A value chosen from a drop-down: its label in English or French, or its code (older templates wrote codes);
/// refused naming what is accepted.
fn p_label<T: Coded + PartialEq>(what_en: &'static str, what_fr: &'static str) -> impl Fn(&Cell) -> Result<T, Msg> {
    move |cell| {
        let s = shown(cell);
        from_label::<T>(&s).ok_or_else(|| {
            let m = Message::new("value.not_in_list").text("value", s.as_str()).names("what", what_en, what_fr).names(
                "accepted",
                accepted_values::<T>(Lang::En),
                accepted_values::<T>(Lang::Fr),
            );
            said(&m)
        })
    }
}

fn list(s: &str) -> Vec<String> {
    s.split(';').map(str::trim).filter(|x| !x.is_empty()).map(str::to_string).collect()
}

/// A site's inputs, separated by semicolons as the template says (`cotton; polyester`). An input holding a comma
/// (`cotton, polyester`) is refused, quoting the value as semicolons would write it: most often it is a list typed
/// with the separator of prose, which read as one input would hide every good it names from the model's lists.
fn p_inputs(cell: &Cell) -> Result<Vec<String>, Msg> {
    let s = shown(cell);
    let inputs = list(&s);
    if inputs.is_empty() {
        return Err(said(&Message::new("value.list_empty").text("value", s.trim())));
    }
    if inputs.iter().any(|i| i.contains(',')) {
        let split: Vec<&str> = s.split([',', ';']).map(str::trim).filter(|p| !p.is_empty()).collect();
        let m = Message::new("checks.inputs_comma").text("value", s.trim()).text("split", split.join("; "));
        return Err(said(&m));
    }
    Ok(inputs)
}

fn p_site_list(cell: &Cell) -> Result<Vec<SiteId>, Msg> {
    // A cell of separators only (`;`, `; ;`) names no site: read as none, it would make the site supply no one (a
    // tier-1 site of the supplier).
    if list(&shown(cell)).is_empty() {
        return Err(said(&Message::new("value.list_empty").text("value", shown(cell).trim())));
    }
    Ok(list(&shown(cell)).iter().filter_map(|s| SiteId::parse(s)).collect())
}

/// A table sheet: its header row, the column of each field found there, and its data rows. A missing required
/// column is reported once; the rest of the sheet is still read, so its other problems are reported too.
struct Table<'a, K> {
    sheet: &'a Sheet,
    cols: rustc_hash::FxHashMap<K, usize>,
    data_rows: Vec<usize>,
}

impl<K: Fields> Table<'_, K> {
    /// The column of a field, if the header names it.
    fn col(&self, k: K) -> Option<usize> {
        self.cols.get(&k).copied()
    }

    /// Reads a field of a data row (nothing when the sheet has no such column).
    fn read<T>(&self, ctx: &mut Ctx, row: usize, k: K, parse: impl Fn(&Cell) -> Result<T, Msg>) -> Option<T> {
        ctx.read(self.sheet, row, self.col(k), &k.field(), parse)
    }
}

/// The warning for a column no field of its table takes, with its place: its heading in a sheet (`Sites!Q1`); in a
/// JSON document, where the key is — the first object that holds it (`/places_of_work/3/workerz`), with how many
/// others do — since a JSON table's header is the keys of all its objects together, not a row the sender wrote.
fn unknown_column(sheet: &Sheet, header_row: usize, col: usize, label: &str) -> (String, String, String) {
    if sheet.style == super::grid::Style::A1 {
        let (en, fr) = said(&Message::new("column.unknown").text("label", label));
        return (sheet.place(header_row, col), en, fr);
    }
    let holders: Vec<usize> = sheet
        .rows()
        .iter()
        .filter(|r| r.index != header_row && r.cells.iter().any(|(c, _)| *c == col))
        .map(|r| r.index)
        .collect();
    let place = sheet.place(holders.first().copied().unwrap_or(header_row + 1), col);
    let m = match holders.len().saturating_sub(1) {
        0 => Message::new("column.unknown_key").text("label", label),
        others => Message::new("column.unknown_key_in_others").text("label", label).number("others", others as f64),
    };
    let (en, fr) = said(&m);
    (place, en, fr)
}

/// Whether a row under a table's header that holds a value in column `col` holds none in column `field_col`: in a
/// JSON table, an object that gives a key but not the field it may stand for.
fn object_lacks(sheet: &Sheet, header_row: usize, col: usize, field_col: usize) -> bool {
    sheet.rows().iter().filter(|r| r.index != header_row).any(|r| {
        let has = |c: usize| r.cells.iter().any(|(at, cell)| *at == c && !shown(cell).trim().is_empty());
        has(col) && !has(field_col)
    })
}

/// Whether any row under a table's header holds a value in a column.
fn column_holds_values(sheet: &Sheet, header_row: usize, col: usize) -> bool {
    sheet
        .rows()
        .iter()
        .filter(|r| r.index != header_row)
        .any(|r| r.cells.iter().any(|(c, cell)| *c == col && !shown(cell).trim().is_empty()))
}

/// A column whose heading names no field but seems to be one the table lacks (`Last audit`, `Postcode`), and
/// which holds values: refused at its heading, naming the field it seems to be, since dropping it would store the
/// rest of the table without what the sender meant it to declare (a chain flattened, audits lost).
fn heading_seems_a_field(sheet: &Sheet, header_row: usize, col: usize, label: &str, field: Field, ctx: &mut Ctx) {
    let m = of_field("column.seems_a_field", &field).text("label", label).names("other", field.fr, field.en);
    ctx.err(sheet.place(header_row, col), field.en, said(&m));
}

/// A JSON key that names no field but seems to be one the objects lack (`supplies_too`, `worker`), and whose objects
/// give it values: refused where the first object holds it, naming the key the format reads for the field (its
/// English label in lower case, words joined by `_`: [`json_key`]), since dropping it would store the declaration
/// without what the sender meant it to say.
fn key_seems_a_field(sheet: &Sheet, header_row: usize, col: usize, label: &str, field: Field, ctx: &mut Ctx) {
    let (place, _, _) = unknown_column(sheet, header_row, col, label);
    let m = of_field("column.seems_a_key", &field).text("label", label).text("key", json_key(field.en));
    ctx.err(place, field.en, said(&m));
}

/// The JSON key of a field, as the format's documents write it: its English label in lower case, each run of
/// characters other than letters and digits one `_` (`Supplies to` → `supplies_to`, `Share of value %` →
/// `share_of_value`).
fn json_key(label: &str) -> String {
    label
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join("_")
}

fn table<'a, K: Fields>(sheet: &'a Sheet, ctx: &mut Ctx) -> Option<Table<'a, K>> {
    let header = sheet.rows().first()?;
    let header_row = header.index;
    let mut cols: rustc_hash::FxHashMap<K, usize> = rustc_hash::FxHashMap::default();
    // A field's second (third…) column: compared with the first once the data rows are known.
    let mut twice: Vec<(K, usize)> = Vec::new();
    // Headings no field takes: named once every field's column is known.
    let mut unknown: Vec<(usize, String)> = Vec::new();
    for (c, cell) in &header.cells {
        let c = *c;
        let Some(label) = cell.text() else { continue };
        match K::find_annotated(&label) {
            Some(k) if !cols.contains_key(&k) => {
                cols.insert(k, c);
            }
            Some(k) => twice.push((k, c)),
            None => unknown.push((c, label)),
        }
    }
    // A field in one of its languages (`Site name (French)`) beside its plain heading: the plain column is read,
    // whichever comes first; the other is named once the header is known, and not stored.
    let mut versions: Vec<(K, usize, usize)> = Vec::new();
    let heading = |c: usize| sheet.cell(header_row, c).text().unwrap_or_default();
    twice.retain(|&(k, c)| {
        let Some(&first) = cols.get(&k) else { return true };
        match (language_note(&heading(first)), language_note(&heading(c))) {
            (false, true) => versions.push((k, first, c)),
            (true, false) => {
                cols.insert(k, c);
                versions.push((k, c, first));
            }
            _ => return true,
        }
        false
    });
    let found: Vec<(Field, usize)> = K::ALL.iter().filter_map(|k| cols.get(k).map(|&c| (k.field(), c))).collect();
    // A heading merged across columns (or a title merged over the table's first row) takes the place of other
    // columns' headings: the merge is named, and a required column it may hide says so.
    let header_merges: Vec<String> = header_merges(sheet, header_row, &found, ctx);
    // A title typed above the table pushes its header down: the header row is then named, once, never each column
    // it seems to lack nor each row under it (a title merged over the table is named as such, above).
    if header_merges.is_empty()
        && K::ALL.iter().any(|k| k.field().required && !cols.contains_key(k))
        && let Some(below) = lower_header::<K>(sheet, header_row, cols.len())
    {
        let m = Message::new("column.header_lower")
            .text("row", (header_row + 1).to_string())
            .text("below", (below + 1).to_string());
        ctx.err(sheet.row_place(header_row), "", said(&m));
        return None;
    }
    // Named only once the header is known to be this row: a title above the table is no unknown column.
    // In a sheet and in a JSON document alike: a key misspelt (`supplies_too`, `worker`) drops its values as a
    // heading does, and a chain read without its `supplies_to` is another chain.
    for (c, label) in unknown {
        // A JSON object's keys are its own: a key misspelt in one object is dropped there though others spell it
        // right, so any field it resembles is meant; a sheet's heading, only one the sheet lacks.
        let json = sheet.style != super::grid::Style::A1;
        // A field's name with more words stands for the field only where it is the one given: in a sheet, where the
        // table has no column of the field; in a JSON document, where an object that holds the key lacks the field.
        let lacks = |k: K| match cols.get(&k) {
            None => true,
            Some(&field_col) => json && object_lacks(sheet, header_row, c, field_col),
        };
        let seems = K::resembled(&label, |k| json || !cols.contains_key(&k), lacks)
            .filter(|_| column_holds_values(sheet, header_row, c));
        if let Some(k) = seems {
            if sheet.style == super::grid::Style::A1 {
                heading_seems_a_field(sheet, header_row, c, &label, k.field(), ctx);
            } else {
                key_seems_a_field(sheet, header_row, c, &label, k.field(), ctx);
            }
        } else {
            let (place, en, fr) = unknown_column(sheet, header_row, c, &label);
            ctx.warn(place, None, en, fr);
        }
    }
    for (k, read, version) in versions {
        let field = k.field();
        let m = of_field("column.language_version", &field)
            .text("label_a", quoted_label(&heading(read)))
            .text("a", column_letters(read))
            .text("label_b", quoted_label(&heading(version)))
            .text("b", column_letters(version));
        let (en, fr) = said(&m);
        ctx.warn(sheet.place(header_row, version), Some(field.en), en, fr);
    }
    let ranges = header_merges.join(", ");
    for k in K::ALL {
        let field = k.field();
        if field.required && !cols.contains_key(k) {
            let m = if header_merges.is_empty() {
                of_field("column.required_missing", &field)
            } else {
                of_field("column.required_missing_merged", &field).text("ranges", ranges.as_str())
            };
            ctx.err(sheet.sheet_place(), field.en, said(&m));
        }
    }
    check_table_merges(sheet, header_row, &found, ctx);
    // A row with values only outside the table's columns declares nothing: it is named by its first such cell
    // (a model left by an add-in at XFD1048550, a note pasted far below), not by the fields it lacks.
    let mut data_rows = Vec::new();
    let repeated = (sheet.style == super::grid::Style::A1).then(|| headings_again::<K>(sheet, &cols)).flatten();
    if let Some(r) = repeated {
        let (en, fr) = said(&Message::new("checks.headings_again").number("row", (r + 1) as f64));
        ctx.warn(sheet.row_place(r), None, en, fr);
    }
    for row in sheet.rows().iter().skip(1).filter(|row| Some(row.index) != repeated) {
        if row.cells.iter().any(|(c, _)| cols.values().any(|col| col == c)) {
            data_rows.push(row.index);
        } else if let Some((c, _)) = row.cells.first()
            && (!cols.is_empty() || header_merges.is_empty())
        {
            // (Under a merged title no column is known: the merge is the one fault, not each row.)
            ctx.err(sheet.place(row.index, *c), "", said(&Message::new("column.value_outside")));
        }
    }
    for (k, c) in twice {
        if let Some(&first) = cols.get(&k) {
            column_twice(sheet, header_row, (first, c), k.field(), &data_rows, ctx);
        }
    }
    Some(Table { sheet, cols, data_rows })
}

/// The row under the header when it names the table's columns again (the header in the other language, a bilingual
/// template's second heading row): each of its filled cells is a label of the field of its column, two at least.
/// Such a row declares nothing and is read as headings — never as a site or a line whose every value is refused.
fn headings_again<K: Fields>(sheet: &Sheet, cols: &rustc_hash::FxHashMap<K, usize>) -> Option<usize> {
    let row = sheet.rows().get(1)?;
    let mut named = 0;
    for (c, cell) in &row.cells {
        let text = shown(cell);
        if text.trim().is_empty() {
            continue;
        }
        match K::find_annotated(&text) {
            Some(k) if cols.get(&k) == Some(c) => named += 1,
            _ => return None,
        }
    }
    (named >= 2).then_some(row.index)
}

/// The row (0-based) among the few under a sheet's first row that names more of the table's columns than the first
/// row does, and at least two: the header, pushed down by a title or a note typed above it.
fn lower_header<K: Fields>(sheet: &Sheet, header_row: usize, named_in_first: usize) -> Option<usize> {
    sheet.rows().iter().skip(1).take_while(|row| row.index <= header_row + 10).find_map(|row| {
        let mut named: HashSet<K> = HashSet::new();
        for (_, cell) in &row.cells {
            if let Some(k) = cell.text().and_then(|l| K::find_annotated(&l)) {
                named.insert(k);
            }
        }
        (named.len() >= 2 && named.len() > named_in_first).then_some(row.index)
    })
}

/// A field whose heading stands over two columns (`Country` hidden in L and `Pays` shown in T, or two `Country`):
/// only one can be read, and which one a person reads depends on which they see. Two columns that give any data row
/// different values are refused at the second heading, naming both columns, the rows where they differ and the one
/// hidden; two that agree on every row are only warned of (the first is read).
fn column_twice(
    sheet: &Sheet,
    header_row: usize,
    (first, second): (usize, usize),
    field: Field,
    data_rows: &[usize],
    ctx: &mut Ctx,
) {
    let heading = |c: usize| sheet.cell(header_row, c).text().unwrap_or_default();
    let (a, b) = (column_letters(first), column_letters(second));
    let (label_a, label_b) = (heading(first), heading(second));
    let differ: Vec<usize> = data_rows
        .iter()
        .copied()
        .filter(|&r| shown(sheet.cell(r, first)).trim() != shown(sheet.cell(r, second)).trim())
        .collect();
    let hidden: Vec<&str> = [(first, a.as_str()), (second, b.as_str())]
        .into_iter()
        .filter(|&(c, _)| sheet.column_hidden(c))
        .map(|(_, l)| l)
        .collect();
    let hidden = match hidden.as_slice() {
        [] => crate::domain::MessageArg::Text(String::new()),
        [one] => crate::domain::MessageArg::Said(Box::new(Message::new("column.one_hidden").text("column", *one))),
        _ => crate::domain::MessageArg::Said(Box::new(Message::new("column.both_hidden"))),
    };
    let place = sheet.place(header_row, second);
    let columns = |key: &'static str| {
        of_field(key, &field)
            .text("label_a", label_a.as_str())
            .text("a", a.as_str())
            .text("label_b", label_b.as_str())
            .text("b", b.as_str())
            .with("hidden", hidden.clone())
    };
    if differ.is_empty() {
        let (en, fr) = said(&columns("column.twice_same"));
        ctx.warn(place, Some(field.en), en, fr);
        return;
    }
    let rows: Vec<String> = differ.iter().take(10).map(|r| (r + 1).to_string()).collect();
    let more = if differ.len() > 10 { " …" } else { "" };
    let m = columns("column.twice_differ")
        .number("count", differ.len() as f64)
        .text("rows", [rows.join(", ").as_str(), more].concat());
    ctx.err(place, field.en, said(&m));
}

/// The merged ranges of a table's header row that span several columns (a heading merged across the columns of
/// others, a title merged over the table), each refused naming it and its text: every column needs its heading in
/// a cell of its own. Those that reach data rows under a field are [`check_table_merges`]'s. The ranges, as `B1:C1`.
fn header_merges(sheet: &Sheet, header_row: usize, found: &[(Field, usize)], ctx: &mut Ctx) -> Vec<String> {
    let mut ranges = Vec::new();
    for m in &sheet.merges {
        let spans_columns = m.end.1 > m.start.1;
        let in_header = (m.start.0 as usize..=m.end.0 as usize).contains(&header_row);
        let covers_field = found.iter().any(|(_, c)| (m.start.1 as usize..=m.end.1 as usize).contains(c));
        if !spans_columns || !in_header || (m.end.0 as usize > header_row && covers_field) {
            continue;
        }
        let text = sheet.cell(m.start.0 as usize, m.start.1 as usize).text().unwrap_or_default();
        let text: String = text.chars().take(60).collect();
        let said_here = said(&Message::new("column.heading_merged").text("text", text).text("range", m.a1()));
        ctx.err(format!("{}!{}", sheet.name, m.a1()), "", said_here);
        ranges.push(m.a1());
    }
    ranges
}

/// A merged range lends its value down a column (a Country merged over a group of sites); one that would lend a
/// value to two fields, or a heading to data rows, cannot be right and is refused naming the range.
/// Fields whose values are each row's own quantity: a merge never lends them down.
const QUANTITIES: [&str; 4] = ["Workers", "Share of value %", "Quantity", "Value CAD"];

/// `found`: the fields the header names with their columns, in the template's order.
fn check_table_merges(sheet: &Sheet, header_row: usize, found: &[(Field, usize)], ctx: &mut Ctx) {
    for m in &sheet.merges {
        let covered: Vec<&Field> =
            found.iter().filter(|(_, c)| (m.start.1 as usize..=m.end.1 as usize).contains(c)).map(|(f, _)| f).collect();
        let reaches_data = m.end.0 as usize > header_row;
        if !reaches_data || covered.is_empty() {
            continue;
        }
        let place = format!("{}!{}", sheet.name, m.a1());
        if covered.len() > 1 {
            let en: Vec<&str> = covered.iter().map(|f| f.en).collect();
            let fr: Vec<&str> = covered.iter().map(|f| f.fr).collect();
            let said_here = said(&Message::new("column.merged_fields").text("range", m.a1()).names(
                "fields",
                en.join(", "),
                fr.join(", "),
            ));
            ctx.err(place, covered.first().map_or("", |f| f.en), said_here);
        } else if let Some(f) = covered.first().filter(|f| QUANTITIES.contains(&f.en))
            && m.end.0 > m.start.0
        {
            // A count or a share is a property of each site: copied down a group it would be counted once per site.
            ctx.err(place, f.en, said(&of_field("column.merged_quantity", f).text("range", m.a1())));
        } else if m.start.0 as usize <= header_row {
            let said_here = said(&Message::new("column.merged_heading_data").text("range", m.a1()));
            ctx.err(place, covered.first().map_or("", |f| f.en), said_here);
        }
    }
}

/// The Supplier fields whose label stands in one of a merge's rows, with their rows, top to bottom.
fn labelled_rows_in(rows: &HashMap<SupplierField, usize>, m: &Merge) -> Vec<(usize, SupplierField)> {
    let mut labelled: Vec<(usize, SupplierField)> = rows
        .iter()
        .filter(|&(_, &r)| (m.start.0 as usize..=m.end.0 as usize).contains(&r))
        .map(|(&k, &r)| (r, k))
        .collect();
    labelled.sort_by_key(|&(r, _)| r);
    labelled
}

fn parse_supplier(sheet: &Sheet, ctx: &mut Ctx) -> Option<SupplierInfo> {
    // The row of each field's label. A label given twice (two `Country` rows, `Legal name` and `Dénomination
    // sociale`) cannot be both the supplier's answer: it is refused naming both cells, as a right attested twice or a
    // question answered twice is, and neither later row is read.
    let mut rows: HashMap<SupplierField, usize> = HashMap::new();
    // Labels no field takes, with their rows: named once every field's row is known.
    let mut unknown: Vec<(usize, String)> = Vec::new();
    for row in sheet.rows() {
        let r = row.index;
        let Some(label) = sheet.cell(r, 0).text() else { continue };
        match SupplierField::find_annotated(&label) {
            Some(k) => {
                if let Some(&first) = rows.get(&k) {
                    let field = k.field();
                    let first_label = sheet.cell(first, 0).text().unwrap_or_default();
                    // A field in one of its languages (`Legal name (French)`) beside its plain label: the plain one is
                    // read, whichever row comes first; the other is named and not stored.
                    let (read, version) = match (language_note(&first_label), language_note(&label)) {
                        (false, true) => (Some(first), Some(r)),
                        (true, false) => (Some(r), Some(first)),
                        _ => (None, None),
                    };
                    if let (Some(read), Some(version)) = (read, version) {
                        rows.insert(k, read);
                        let plain = sheet.cell(read, 0).text().unwrap_or_default();
                        let m = of_field("supplier_form.language_version", &field)
                            .text("label", quoted_label(&sheet.cell(version, 0).text().unwrap_or_default()))
                            .text("plain", quoted_label(&plain))
                            .text("first", sheet.place(read, 0));
                        let (en, fr) = said(&m);
                        ctx.warn(sheet.place(version, 0), Some(field.en), en, fr);
                    } else if shown(sheet.cell(first, 1)).trim() == shown(sheet.cell(r, 1)).trim() {
                        // Given twice alike (`Legal name` and `Dénomination sociale` of a bilingual form): one value.
                        let m = of_field("supplier_form.field_twice_same", &field).text("first", sheet.place(first, 0));
                        let (en, fr) = said(&m);
                        ctx.warn(sheet.place(r, 0), Some(field.en), en, fr);
                    } else {
                        let m = of_field("supplier_form.field_twice", &field).text("first", sheet.place(first, 0));
                        ctx.err(sheet.place(r, 0), field.en, said(&m));
                    }
                } else {
                    rows.insert(k, r);
                }
            }
            None => {
                if !is_form_heading(&label) {
                    unknown.push((r, label));
                }
            }
        }
    }
    // A label in the supplier's own words for a field the form lacks (`Country of head office*`, `Date`,
    // `Legal nam`), its value given: refused at the label naming the field it seems to be, rather than the field
    // said missing while the sender sees it filled. The field is then not said missing as well (one fault, one
    // error). Any other label is warned of and not read.
    let mut seemed: Vec<SupplierField> = Vec::new();
    for (r, label) in unknown {
        let json = sheet.style != super::grid::Style::A1;
        let free = |k: SupplierField| !rows.contains_key(&k) && !seemed.contains(&k);
        let seems = SupplierField::resembled(&label, free, free).filter(|_| !sheet.cell(r, 1).is_blank());
        if let Some(k) = seems {
            seemed.push(k);
            let field = k.field();
            let m = if json {
                of_field("column.seems_a_key", &field).text("label", label.as_str()).text("key", json_key(field.en))
            } else {
                of_field("supplier_form.seems_a_field", &field)
                    .text("label", quoted_label(&label))
                    .names("other", field.fr, field.en)
            };
            ctx.err(sheet.place(r, 0), field.en, said(&m));
            continue;
        }
        let key = if json { "column.unknown_key" } else { "supplier_form.unknown_label" };
        let (en, fr) = said(&Message::new(key).text("label", quoted_label(&label)));
        ctx.warn(sheet.place(r, 0), None, en, fr);
    }
    let value_col = 1;
    // A value written past the value column of a field's row (a note, or a value typed one cell too far) belongs to
    // no field: it is not read, and the supplier is told so at its cell (a CSV line's are refused as it is read).
    for &r in rows.values() {
        let Some(row) = sheet.rows().iter().find(|row| row.index == r) else { continue };
        if let Some((c, _)) = row.cells.iter().find(|(c, cell)| *c > value_col && !cell.is_blank()) {
            let (en, fr) =
                said(&Message::new("supplier_form.past_value_column").text("cell", sheet.place(r, value_col)));
            ctx.warn(sheet.place(r, *c), None, en, fr);
        }
    }
    // A label merged with its value cell (`A1:B1`) leaves the value cell empty, or covers the value typed there: the
    // merge is named, never reported as a missing value.
    let mut merged_labels: Vec<SupplierField> = Vec::new();
    for m in &sheet.merges {
        if m.start.1 != 0 || (m.end.1 as usize) < value_col {
            continue;
        }
        let labelled = labelled_rows_in(&rows, m);
        for &(r, k) in &labelled {
            let field = k.field();
            merged_labels.push(k);
            let value_cell = sheet.place(r, value_col);
            let value_cell = value_cell.rsplit('!').next().unwrap_or_default();
            let said_here =
                said(&of_field("supplier_form.label_merged", &field).text("range", m.a1()).text("cell", value_cell));
            ctx.err(format!("{}!{}", sheet.name, m.a1()), field.en, said_here);
        }
    }
    // The value column is read row by row: a merge down it would give one value to several fields.
    for m in sheet.merges.iter().filter(|m| m.start.1 != 0) {
        let labelled = labelled_rows_in(&rows, m);
        if (m.start.1 as usize..=m.end.1 as usize).contains(&value_col) && labelled.len() > 1 {
            // The value is the first field's; the others it covers are not read (one fault, one error).
            merged_labels.extend(labelled.iter().skip(1).map(|&(_, k)| k));
            // Named by the first field the merge covers (the one whose value it holds).
            ctx.err(
                format!("{}!{}", sheet.name, m.a1()),
                labelled.first().map_or("", |&(_, k)| k.field().en),
                said(&Message::new("supplier_form.merged_fields").text("range", m.a1())),
            );
        }
    }
    let get = |k: SupplierField, ctx: &mut Ctx| -> Option<(usize, Field)> {
        let field = k.field();
        match rows.get(&k).copied() {
            Some(r) => Some((r, field)),
            None => {
                if field.required && !seemed.contains(&k) {
                    ctx.err(sheet.sheet_place(), field.en, said(&of_field("supplier_form.required_missing", &field)));
                }
                None
            }
        }
    };
    macro_rules! read {
        ($i:expr, $p:expr) => {
            match if merged_labels.contains(&$i) { None } else { get($i, ctx) } {
                Some((r, field)) => ctx.read(sheet, r, Some(value_col), &field, $p),
                None => None,
            }
        };
    }
    let legal_name = read!(SupplierField::LegalName, p_text);
    let business_number = read!(SupplierField::BusinessNumber, p_business_number);
    let country = read!(SupplierField::Country, p_country);
    let address = read!(SupplierField::Address, p_text);
    let contact_name = read!(SupplierField::ContactName, p_text);
    let contact_email = read!(SupplierField::ContactEmail, p_email);
    // One canonical form (`W8486-26/500` whatever the case typed), so that bids on one solicitation meet.
    let solicitation_number = read!(SupplierField::SolicitationNumber, p_solicitation_number)
        .map(|n| canonical_solicitation_number(&n))
        .filter(|n| !n.is_empty());
    let declaration_date = read!(SupplierField::DeclarationDate, p_plausible_date);
    let signatory_name = read!(SupplierField::SignatoryName, p_text);
    let signatory_title = read!(SupplierField::SignatoryTitle, p_text);
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
    let Some(t) = table::<AttestationField>(sheet, ctx) else { return Vec::new() };
    let mut out: Vec<Attestation> = Vec::new();
    // Each right's first row and answer.
    let mut first_attested: HashMap<Right, (usize, bool)> = HashMap::new();
    for &r in &t.data_rows {
        let right = t.read(ctx, r, AttestationField::Right, p_label::<Right>("right", "droits"));
        let attested = ctx.read(sheet, r, t.col(AttestationField::Attested), &ATTESTED_ANSWER, p_yes_no);
        if attested.is_none()
            && let (Some(right), Some(col)) = (right, t.col(AttestationField::Attested))
            && sheet.cell(r, col).is_blank()
        {
            let m = Message::new("answers.right_unanswered").names("right", right.label_en(), right.label_fr());
            let (en, fr) = said(&m);
            ctx.warn(sheet.place(r, col), Some("Attested"), en, fr);
        }
        let scope = t.read(ctx, r, AttestationField::Scope, p_label::<Scope>("scope", "portées"));
        let comment = t.read(ctx, r, AttestationField::Comment, p_text);
        if let (Some(right), Some(attested)) = (right, attested) {
            if let Some(&(first, first_answer)) = first_attested.get(&right) {
                // Like a question answered twice: the first row is named (and said hidden where it is), with both
                // answers, since neither can be chosen.
                let (there, here) = (yes_no_words(first_answer), yes_no_words(attested));
                let first_place =
                    t.col(AttestationField::Right).map_or_else(|| sheet.row_place(first), |c| sheet.place(first, c));
                let m = Message::new("answers.right_twice")
                    .names("right", right.label_en(), right.label_fr())
                    .text("first", first_place)
                    .names("there", there.0, there.1)
                    .names("here", here.0, here.1);
                ctx.err(t.sheet.row_place(r), "Right", said(&m));
                continue;
            }
            first_attested.insert(right, (r, attested));
            out.push(Attestation { right, attested, scope, comment });
        }
    }
    out
}

/// A yes-or-no answer in English and in French.
fn yes_no_words(yes: bool) -> (&'static str, &'static str) {
    if yes { ("Yes", "Oui") } else { ("No", "Non") }
}

fn parse_due_diligence(sheet: &Sheet, ctx: &mut Ctx) -> DueDiligence {
    let mut dd = DueDiligence::default();
    let Some(t) = table::<DueDiligenceField>(sheet, ctx) else { return dd };
    let mut seen: HashMap<DueDiligenceQuestion, usize> = HashMap::new();
    for &r in &t.data_rows {
        let Some(qcol) = t.col(DueDiligenceField::Question) else { continue };
        let qtext = shown(sheet.cell(r, qcol));
        let Some(q) = from_label::<DueDiligenceQuestion>(&qtext) else {
            let (en, fr) = said(&Message::new("answers.question_unknown").text("question", qtext.as_str()));
            ctx.warn(sheet.place(r, qcol), Some("Question"), en, fr);
            continue;
        };
        // Two answers to one question cannot both be the supplier's answer: neither is chosen.
        if let Some(&first) = seen.get(&q) {
            let m = Message::new("answers.question_twice")
                .names("question", q.label(Lang::En), q.label(Lang::Fr))
                .text("first", sheet.place(first, qcol));
            ctx.err(sheet.place(r, qcol), "Question", said(&m));
            continue;
        }
        seen.insert(q, r);
        let detail = t.read(ctx, r, DueDiligenceField::Detail, p_text);
        if q == DueDiligenceQuestion::TraceabilityTiers {
            dd.traceability_tiers =
                ctx.read(sheet, r, t.col(DueDiligenceField::Answer), &ANSWER_TIERS, p_whole_in(sheet.decimal_comma));
            continue;
        }
        let a = ctx.read(sheet, r, t.col(DueDiligenceField::Answer), &ANSWER, p_yes_no);
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

/// The sites of the sheet, and every Site ID it names with its cell (rows with other errors included, so references
/// to them are not reported twice). A Site ID that reads as one above it (a look-alike character, capitals only:
/// `look_alike`) is refused naming both cells; a reference that is no Site ID but reads as one is refused naming
/// the Site ID, the character that differs and the cell where it sits.
/// `declared_on` is the declaration's date when it could be read: a site's last audit cannot fall after it.
fn parse_places(
    sheet: &Sheet,
    ctx: &mut Ctx,
    declared_on: Option<NaiveDate>,
    parts: fn(usize) -> usize,
) -> (Vec<PlaceOfWork>, Option<super::look_alike::Known>) {
    let Some(t) = table::<PlaceField>(sheet, ctx) else { return (Vec::new(), None) };
    let mut known = super::look_alike::Known::default();
    let mut os_sites = super::identifiers::OsIdSites::default();
    // Sized once: at 100,000 sites, growing the sites a row at a time copied them over and over into fresh memory.
    let rows = t.data_rows.len();
    let mut out = Vec::with_capacity(rows);
    // Every row's references, kept even when the row itself has errors, so all problems are reported at once.
    let mut references: Vec<(usize, usize, Vec<SiteId>)> = Vec::with_capacity(rows);
    let mut ids: HashMap<SiteId, usize> = HashMap::with_capacity(rows);
    // Each share read: its cell, the percentage, and whether its cell is formatted as a percentage.
    let mut shares: Vec<(String, f64, bool)> = Vec::new();
    // Each row's share with its cell, to add up the shares of the sites that supply one site.
    let mut share_of_row: HashMap<usize, (f64, String)> = HashMap::new();
    for PlaceRows { rows, issues, dropped } in
        read_place_rows(&t, ctx.max_cell_chars, declared_on, parts(t.data_rows.len()))
    {
        let mut issues = issues.into_iter();
        for row in rows {
            let r = row.r;
            // The row's problems in the order one reading of the row finds them: its Site ID's, then whether the id
            // was listed before, then its other cells', then whether its OS ID names another site.
            for issue in issues.by_ref().take(row.id_issues) {
                ctx.push(issue);
            }
            if let (Some(id), Some(col)) = (&row.site_id, t.col(PlaceField::SiteId)) {
                if let Some(&first) = ids.get(id) {
                    let m =
                        Message::new("sites.id_twice").text("id", id.as_str()).text("first", sheet.place(first, col));
                    ctx.err(sheet.place(r, col), "Site ID", said(&m));
                } else {
                    let (place, here) = (sheet.place(r, col), id.as_str());
                    if let Some((site, site_cell, how)) = known.like(here) {
                        let m = super::look_alike::twin_message(here, &place, site, site_cell, &how);
                        ctx.err(place.clone(), "Site ID", said(&m));
                    }
                    known.add(here, &place);
                    ids.insert(id.clone(), r);
                }
            }
            for issue in issues.by_ref().take(row.issues) {
                ctx.push(issue);
            }
            if let (Some(v), Some(c)) = (row.share, t.col(PlaceField::ShareOfValue)) {
                shares.push((sheet.place(r, c), v, row.share_as_fraction));
                share_of_row.insert(r, (v, sheet.place(r, c)));
            }
            if let Some(col) = t.col(PlaceField::SuppliesTo) {
                references.push((r, col, row.supplies_to.clone()));
            }
            if let (Some(id), Some(name), Some(address), Some(city), Some(col)) =
                (&row.os_id, &row.site_name, &row.address, &row.city, t.col(PlaceField::OsId))
            {
                let place = sheet.place(r, col);
                match os_sites.add(id, &place, name, address, city) {
                    Some(super::identifiers::SecondSite::Other(m)) => {
                        ctx.err(place, "OS ID", crate::domain::say_both(&m))
                    }
                    Some(super::identifiers::SecondSite::Same(m)) => {
                        let (en, fr) = crate::domain::say_both(&m);
                        ctx.warn(place, Some("OS ID"), en, fr);
                    }
                    None => {}
                }
            }
            if let (Some(site_id), Some(site_name), Some(role), Some(goods), Some(address), Some(city), Some(country)) =
                (row.site_id, row.site_name, row.role, row.goods, row.address, row.city, row.country)
            {
                out.push(PlaceOfWork {
                    site_id,
                    site_name,
                    operator: row.operator,
                    operator_business_number: row.operator_bn,
                    role,
                    goods,
                    classification: row.classification,
                    inputs: row.inputs,
                    address,
                    city,
                    region: row.region,
                    country,
                    postal_code: row.postal_code,
                    workers: row.workers,
                    share_of_value: row.share,
                    supplies_to: row.supplies_to,
                    os_id: row.os_id,
                    last_audit_date: row.audit_date,
                    audit_standard: row.audit_standard,
                });
            }
        }
        // What a part left uncounted was past its own first [`MAX_ISSUES`], so past the whole's too.
        ctx.dropped.0 += dropped.0;
        ctx.dropped.1 += dropped.1;
    }
    warn_fractions_among_percentages(ctx, &shares);
    if let Some((first, cells, count)) = super::shares::all_fractions(&shares) {
        let (en, fr) = super::shares::messages(&cells, count);
        ctx.warn(first, Some("Share of value"), en, fr);
    }
    // Without the Site ID column no id is known: references cannot be checked, and are not all called unknown.
    if t.col(PlaceField::SiteId).is_none() {
        return (out, None);
    }
    // References are checked once every id is known, so a site may ship to one listed below it.
    for (r, col, targets) in &references {
        let (r, col) = (*r, *col);
        for target in targets {
            if ids.contains_key(target) {
                continue;
            }
            let place = sheet.place(r, col);
            if let Some((site, site_cell, how)) = known.like(target.as_str()) {
                let m = super::look_alike::reference_message(target.as_str(), &place, site, site_cell, &how);
                ctx.err(place, "Supplies to", said(&m));
            } else if let Some(m) = super::look_alike::comma_list_message(target.as_str()) {
                ctx.err(place, "Supplies to", said(&m));
            } else {
                let m = Message::new("sites.not_an_id").text("value", target.as_str());
                ctx.err(sheet.place(r, col), "Supplies to", said(&m));
            }
        }
    }
    shares_past_the_whole(sheet, &t, &ids, &references, &share_of_row, ctx);
    (out, Some(known))
}

/// What one data row of the places table holds, each field read by its own rules (`Ctx::read`) with nothing that
/// depends on another row: whether its Site ID was listed before, its OS ID given to another site, its references
/// and shares are judged by [`parse_places`] in the rows' order. `r` is the row's index in the sheet; its problems
/// are the next `id_issues` of its part's (its Site ID's), then the next `issues` (its other cells').
struct PlaceRow {
    r: usize,
    site_id: Option<SiteId>,
    site_name: Option<String>,
    operator: Option<String>,
    operator_bn: Option<String>,
    role: Option<Role>,
    goods: Option<String>,
    classification: Option<Classification>,
    inputs: Vec<String>,
    address: Option<String>,
    city: Option<String>,
    region: Option<String>,
    country: Option<CountryCode>,
    postal_code: Option<String>,
    workers: Option<u32>,
    share: Option<f64>,
    /// Whether the share's cell is formatted as a percentage (its number a fraction).
    share_as_fraction: bool,
    supplies_to: Vec<SiteId>,
    os_id: Option<String>,
    audit_date: Option<NaiveDate>,
    audit_standard: Option<String>,
    id_issues: usize,
    issues: usize,
}

/// A run of consecutive data rows read together: the rows, their problems in order (at most [`MAX_ISSUES`] kept, as
/// one reading of the whole keeps), and how many errors and warnings were counted past those.
struct PlaceRows {
    rows: Vec<PlaceRow>,
    issues: Vec<Issue>,
    dropped: (usize, usize),
}

/// From how many data rows the places table is read in parts, one a core (up to four), each part's rows read on its
/// own thread: reading every cell by its rules is about a quarter of taking in a declaration of 100,000 sites, and no
/// rule of a cell reads another row. Below it, one thread reads them all.
const ROWS_READ_IN_PARTS: usize = 4096;

/// In how many parts `rows` data rows of the places table are read: one a core, up to four, from
/// [`ROWS_READ_IN_PARTS`] rows.
fn place_parts(rows: usize) -> usize {
    if rows < ROWS_READ_IN_PARTS { 1 } else { std::thread::available_parallelism().map_or(1, usize::from).clamp(1, 4) }
}

/// Reads every data row of the places table ([`PlaceRow`]) in `parts` parts of consecutive rows (each but the first
/// on a thread of its own), returned in the rows' order.
fn read_place_rows(
    t: &Table<'_, PlaceField>,
    max_cell_chars: usize,
    declared_on: Option<NaiveDate>,
    parts: usize,
) -> Vec<PlaceRows> {
    let read = |rows: &[usize]| {
        let mut issues = Vec::new();
        let mut ctx = Ctx { issues: &mut issues, max_cell_chars, dropped: (0, 0) };
        let rows = rows.iter().map(|&r| read_place_row(t, &mut ctx, r, declared_on)).collect();
        let dropped = ctx.dropped;
        PlaceRows { rows, issues, dropped }
    };
    if parts <= 1 || t.data_rows.len() < 2 {
        return vec![read(&t.data_rows)];
    }
    let size = t.data_rows.len().div_ceil(parts);
    std::thread::scope(|s| {
        let mut chunks = t.data_rows.chunks(size);
        let first = chunks.next().unwrap_or_default();
        let others: Vec<_> = chunks.map(|rows| s.spawn(move || read(rows))).collect();
        let mut all = vec![read(first)];
        // A rule that panics on some cell panics here, as it would have read on one thread.
        all.extend(others.into_iter().map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e))));
        all
    })
}

/// Reads one data row of the places table, every field by its rules (see [`PlaceRow`]).
fn read_place_row(t: &Table<'_, PlaceField>, ctx: &mut Ctx, r: usize, declared_on: Option<NaiveDate>) -> PlaceRow {
    let sheet = t.sheet;
    let before = ctx.issues.len();
    let site_id = t.read(ctx, r, PlaceField::SiteId, |cell: &Cell| {
        SiteId::parse(&shown(cell)).ok_or_else(|| said(&Message::new("sites.id_blank")))
    });
    let id_issues = ctx.issues.len() - before;
    let site_name = t.read(ctx, r, PlaceField::SiteName, p_text);
    let operator = t.read(ctx, r, PlaceField::Operator, p_text);
    let operator_bn = t
        .read(ctx, r, PlaceField::OperatorBusinessNumber, |cell: &Cell| p_business_number(cell).map(|b| b.to_string()));
    let role = t.read(ctx, r, PlaceField::Role, p_label::<Role>("role", "rôles"));
    let goods = t.read(ctx, r, PlaceField::Goods, p_text);
    let classification = t.read(ctx, r, PlaceField::Classification, p_classification);
    let inputs = t.read(ctx, r, PlaceField::Inputs, p_inputs).unwrap_or_default();
    let address = t.read(ctx, r, PlaceField::Address, p_text);
    let city = t.read(ctx, r, PlaceField::City, p_text);
    let region = t.read(ctx, r, PlaceField::Region, p_text);
    let country = t.read(ctx, r, PlaceField::Country, p_country);
    // A place written in letters of another alphabet drawn like Latin ones (`ΗΟΤΑΝ` in Greek capitals, Lisu
    // `ꓫꓲꓠꓙꓲꓮꓠꓖ`) is read as the place by the risk model (from 2022.13); the declaration keeps the warning.
    for (k, text) in [(PlaceField::Region, &region), (PlaceField::City, &city), (PlaceField::Address, &address)] {
        if let (Some(text), Some(col)) = (text.as_deref(), t.col(k))
            && let Some(found) = crate::domain::china_places::look_alike_place(text)
        {
            let field = k.field();
            let (en, fr) = said(
                &of_field("checks.place_look_alike", &field)
                    .text("value", found.text.as_str())
                    .text("read", found.read.as_str())
                    .text("place", found.place.as_str()),
            );
            ctx.warn(sheet.place(r, col), Some(field.en), en, fr);
        }
    }
    let postal_code = t.read(ctx, r, PlaceField::PostalCode, p_text);
    let workers = t.read(ctx, r, PlaceField::Workers, p_whole_in(sheet.decimal_comma));
    let how = match t.col(PlaceField::ShareOfValue) {
        Some(c) if sheet.is_percent(r, c) => PercentCell::Fraction,
        Some(_) if !sheet.formats_known => PercentCell::Unknown,
        _ => PercentCell::AsWritten,
    };
    let share = t.read(ctx, r, PlaceField::ShareOfValue, p_percent_in(sheet.decimal_comma, how));
    let supplies_to = t.read(ctx, r, PlaceField::SuppliesTo, p_site_list).unwrap_or_default();
    let os_id = t.read(ctx, r, PlaceField::OsId, |cell: &Cell| super::identifiers::os_id(&shown(cell), country));
    let audit_date = t.read(ctx, r, PlaceField::LastAuditDate, |cell: &Cell| {
        not_after_declaration(p_plausible_date(cell)?, declared_on)
    });
    let audit_standard = t.read(ctx, r, PlaceField::AuditStandard, p_text);
    PlaceRow {
        r,
        site_id,
        site_name,
        operator,
        operator_bn,
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
        share,
        share_as_fraction: how == PercentCell::Fraction,
        supplies_to,
        os_id,
        audit_date,
        audit_standard,
        issues: ctx.issues.len() - before - id_issues,
        id_issues,
    }
}

/// The shares of value of the sites that supply one site are parts of the value of what that site makes: together
/// they cannot pass 100 %. A sum over 100 % past what rounding each share as written can add (half a unit of its last
/// decimal place: half a percent for `3`, 0.05 for `2.9`, so that 40 shares of `2.9`, 116 %, cannot be rounding)
/// says the shares are of something else, or fractions and percentages mixed, and is refused at the supplied site's
/// Site ID, naming the sum and the share cells. A sum over 100 % that rounding could give (whole percents: 40 × `3`,
/// 120 %) is warned of there, naming the same. A site listed twice in one `Supplies to` counts once.
fn shares_past_the_whole(
    sheet: &Sheet,
    t: &Table<'_, PlaceField>,
    ids: &HashMap<SiteId, usize>,
    references: &[(usize, usize, Vec<SiteId>)],
    share_of_row: &HashMap<usize, (f64, String)>,
    ctx: &mut Ctx,
) {
    let Some(id_col) = t.col(PlaceField::SiteId) else { return };
    // Per supplied site (by its row, in the sheet's order): the shares of the sites that supply it.
    let mut into: std::collections::BTreeMap<usize, Vec<(f64, &str)>> = Default::default();
    for (r, _, targets) in references {
        let Some((v, place)) = share_of_row.get(r) else { continue };
        let mut seen: HashSet<&SiteId> = HashSet::new();
        for target in targets.iter().filter(|s| seen.insert(*s)) {
            if let Some(&target_row) = ids.get(target) {
                into.entry(target_row).or_default().push((*v, place.as_str()));
            }
        }
    }
    for (target_row, parts) in into {
        let sum: f64 = parts.iter().map(|(v, _)| v).sum();
        // Half a unit of each share's last decimal place as written (to six places at most).
        let rounding: f64 = parts
            .iter()
            .map(|(v, _)| {
                let places = super::shown_number::Decimal::of(*v).map_or(0, |d| d.rounded(6).places());
                0.5 * 10f64.powi(-i32::try_from(places).unwrap_or(6))
            })
            .sum();
        // Within a millionth of 100 %: the sum of shares written to the sixth place, not over.
        if sum <= 100.0 + 1e-6 {
            continue;
        }
        let within_rounding = sum <= 100.0 + rounding + 1e-9;
        let site = shown(sheet.cell(target_row, id_col));
        let (sum_en, sum_fr) =
            super::shown_number::Decimal::of(sum).map_or_else(|| super::decimal_words(sum), |d| d.rounded(6).words());
        let cells =
            parts.iter().map(|(_, place)| place.rsplit('!').next().unwrap_or_default()).take(10).collect::<Vec<_>>();
        let more = if parts.len() > cells.len() { ", …" } else { "" };
        let cells = format!("{}{more}", cells.join(", "));
        let key = if within_rounding { "intake_cells.shares_over_rounded" } else { "intake_cells.shares_over" };
        let m = super::cell_words::say(
            key,
            &[("site", &site, &site), ("sum", &sum_en, &sum_fr), ("cells", &cells, &cells)],
        );
        if within_rounding {
            ctx.warn(sheet.place(target_row, id_col), Some(PlaceField::ShareOfValue.field().en), m.0, m.1);
        } else {
            ctx.err(sheet.place(target_row, id_col), PlaceField::ShareOfValue.field().en, m);
        }
    }
}

/// A share of value is the percentage as written (`55` is 55 %), but a column holding shares above 1 % and shares
/// of 1 % or less written as such (not in a percent cell) most likely mixes percentages and fractions (`55`, `0.55`,
/// `45`): each share at or below 1 % is warned of at its cell with the percentage it would be as a fraction. Not
/// refused — a site may carry half a percent of the value — but never passed over in silence.
fn warn_fractions_among_percentages(ctx: &mut Ctx, shares: &[(String, f64, bool)]) {
    if !shares.iter().any(|(_, v, _)| *v > 1.0) {
        return;
    }
    for (place, v, _) in shares.iter().filter(|(_, v, in_percent_cell)| !*in_percent_cell && *v > 0.0 && *v <= 1.0) {
        let meant = super::shown_number::Decimal::of(*v).map_or(f64::NAN, |d| d.shifted(2).to_f64());
        let (share_en, share_fr) = super::decimal_words(*v);
        let (meant_en, meant_fr) = super::decimal_words(meant);
        let m = Message::new("sites.fraction_among_percentages")
            .names("share", share_en, share_fr)
            .names("meant", meant_en, meant_fr);
        let (en, fr) = said(&m);
        ctx.warn(place.clone(), Some("Share of value"), en, fr);
    }
}

/// The Goods lines; `site_ids` are the Site IDs of the PlacesOfWork sheet when they could be read, `places` that
/// sheet as the file names it (`PlacesOfWork` or `LieuxDeTravail` in a workbook, whatever the message's language;
/// `None` for a JSON document, where the format's names are used).
fn parse_goods(
    sheet: &Sheet,
    ctx: &mut Ctx,
    site_ids: Option<&super::look_alike::Known>,
    places: Option<&str>,
) -> Vec<GoodsItem> {
    let (places_en, places_fr) = places.map_or(("PlacesOfWork", "LieuxDeTravail"), |p| (p, p));
    let Some(t) = table::<GoodsField>(sheet, ctx) else { return Vec::new() };
    let mut out = Vec::new();
    // The values of the lines read so far, to know a row that sums them.
    let mut values_above: Vec<f64> = Vec::new();
    for &r in &t.data_rows {
        if summary_row(&t, r, &values_above, ctx) {
            continue;
        }
        let item = t.read(ctx, r, GoodsField::Item, p_text);
        let description = t.read(ctx, r, GoodsField::Description, p_text);
        let classification = t.read(ctx, r, GoodsField::Classification, p_classification);
        let quantity = t.read(ctx, r, GoodsField::Quantity, p_number_in(sheet.decimal_comma));
        let value_cad = t.read(ctx, r, GoodsField::ValueCad, p_money_in(sheet.decimal_comma));
        let produced_at = t.read(ctx, r, GoodsField::ProducedAt, p_site_list).unwrap_or_default();
        if let (Some(site_ids), Some(col)) = (site_ids, t.col(GoodsField::ProducedAt)) {
            for s in produced_at.iter().filter(|s| !site_ids.contains(s.as_str())) {
                let place = sheet.place(r, col);
                if let Some((site, site_cell, how)) = site_ids.like(s.as_str()) {
                    let m = super::look_alike::reference_message(s.as_str(), &place, site, site_cell, &how);
                    ctx.err(place, "Produced at", said(&m));
                    continue;
                }
                if let Some(m) = super::look_alike::comma_list_message(s.as_str()) {
                    ctx.err(place, "Produced at", said(&m));
                    continue;
                }
                let m =
                    Message::new("sites.not_an_id_of").text("value", s.as_str()).names("sheet", places_en, places_fr);
                ctx.err(sheet.place(r, col), "Produced at", said(&m));
            }
        }
        values_above.extend(value_cad);
        if let Some(item) = item {
            out.push(GoodsItem { item, description, classification, quantity, value_cad, produced_at });
        }
    }
    out
}

/// Words that make a row a summary of the rows above it, folded (`Total`, `Sous-total`, `Grand Total`, `Total
/// général`, `Sum`, `Somme`), as people and spreadsheet programs' "total row" write them.
const SUMMARY_WORDS: &[&str] = &[
    "total",
    "totals",
    "subtotal",
    "subtotals",
    "grandtotal",
    "totalgeneral",
    "totalgeneraux",
    "soustotal",
    "soustotaux",
    "totaux",
    "sum",
    "somme",
    "sommetotale",
    "overalltotal",
    "totalcad",
    "totalvalue",
    "valeurtotale",
];

/// Whether a row of the Goods table is a summary of the lines above it, not a line: its item or description is a
/// total word ([`SUMMARY_WORDS`], notes in brackets and a trailing colon aside: `Total (CAD):`), or it names no site
/// where the goods are made and its value is the sum of the two or more values above it. Such a row is refused
/// naming it and never counted: read as a line, it would count the spend of the bid twice.
fn summary_row(t: &Table<'_, GoodsField>, r: usize, values_above: &[f64], ctx: &mut Ctx) -> bool {
    let sheet = t.sheet;
    let text_at = |k: GoodsField| t.col(k).map(|c| shown(sheet.cell(r, c)).trim().to_string());
    let word = [GoodsField::Item, GoodsField::Description].into_iter().find_map(|k| {
        let text = text_at(k).filter(|t| t.len() <= MAX_LABEL_BYTES)?;
        let folded = fold_label(&without_notes(&text));
        SUMMARY_WORDS.contains(&folded.as_str()).then_some((k, text))
    });
    let value = t.col(GoodsField::ValueCad).and_then(|c| match sheet.cell(r, c) {
        Cell::Number(n) => Some(*n),
        other => decimal(shown(other).trim(), sheet.decimal_comma).ok(),
    });
    let no_site = text_at(GoodsField::ProducedAt).is_none_or(|s| s.is_empty());
    let sum: f64 = values_above.iter().sum();
    let sums_above = no_site
        && values_above.len() >= 2
        && value.is_some_and(|v| v > 0.0 && (v - sum).abs() <= 0.005_f64.max(v * 1e-9));
    let row = (r + 1).to_string();
    let (place, m) = match (&word, sums_above) {
        (Some((k, text)), _) => (
            t.col(*k).map_or_else(|| sheet.row_place(r), |c| sheet.place(r, c)),
            Message::new("goods_row.summary_word").text("row", row).text("text", text.as_str()),
        ),
        (None, true) => (
            t.col(GoodsField::ValueCad).map_or_else(|| sheet.row_place(r), |c| sheet.place(r, c)),
            Message::new("goods_row.summary_sum").text("row", row).number("count", values_above.len() as f64),
        ),
        (None, false) => return false,
    };
    ctx.err(place, "", said(&m));
    true
}

/// How a hidden sheet is hidden, as the `$hidden` of the `hidden_sheet.*` messages: `very` for the state Excel's
/// menus cannot undo (`veryHidden`: shown with the VBA editor or LibreOffice Calc), `hidden` for one Unhide shows.
fn hidden_state(visibility: Visibility) -> &'static str {
    match visibility {
        Visibility::VeryHidden => "very",
        Visibility::Hidden | Visibility::Shown => "hidden",
    }
}

/// A message about the sheet `name`, with what it adds when the workbook hides it (`hidden_sheet.note`): that the
/// supplier cannot see it, and how to show it for the way it is hidden. `sentence`: the message ends a sentence
/// of its own before the note (it takes a full stop). Nothing is added when the sheet is shown.
fn with_hidden_sheet_note(message: Message, name: &str, visibility: Visibility, sentence: bool) -> Msg {
    if !visibility.is_hidden() {
        return said(&message);
    }
    let note = Message::new("hidden_sheet.note").text("sheet", name).text("hidden", hidden_state(visibility));
    let key = if sentence { "hidden_sheet.after_sentence" } else { "hidden_sheet.after" };
    said(&Message::new(key).said("message", message).said("note", note))
}

/// Says, in each problem found on a row the workbook hides or on a hidden sheet — at its place, or at a place its
/// message names (`first at PlacesOfWork!A7`) —, that the supplier cannot see that row or sheet, and where it is: a
/// duplicate or a contradiction with a row nobody sees is otherwise a riddle.
fn name_hidden(issues: &mut [Issue], sheets: &[Sheet]) {
    let hidden_place = |place: &str| -> Option<(String, String)> {
        let (name, cell) = place.rsplit_once('!')?;
        let sheet = sheets.iter().find(|s| s.name == name && s.style == super::grid::Style::A1)?;
        let (row, _) = super::grid::a1_position(cell)?;
        if sheet.visibility.is_hidden() {
            // The note ends the message and takes its own full stop.
            Some(said(
                &Message::new("hidden_sheet.place")
                    .text("place", place)
                    .text("sheet", name)
                    .text("hidden", hidden_state(sheet.visibility)),
            ))
        } else if sheet.hidden_rows.binary_search(&row).is_ok() {
            Some(said(
                &Message::new("hidden_sheet.place_on_row")
                    .text("place", place)
                    .text("row", (row + 1).to_string())
                    .text("sheet", name),
            ))
        } else {
            None
        }
    };
    if !sheets.iter().any(|s| s.visibility.is_hidden() || !s.hidden_rows.is_empty()) {
        return;
    }
    for issue in issues.iter_mut() {
        let mut notes: Vec<(String, String)> = Vec::new();
        notes.extend(hidden_place(&issue.location));
        // Places the message names, on sheets that hide something.
        for sheet in sheets.iter().filter(|s| s.visibility.is_hidden() || !s.hidden_rows.is_empty()) {
            let prefix = format!("{}!", sheet.name);
            let mut rest = issue.message_en.as_str();
            while let Some(at) = rest.find(&prefix) {
                let after = rest.get(at + prefix.len()..).unwrap_or_default();
                let cell: String = after.chars().take_while(char::is_ascii_alphanumeric).collect();
                let place = format!("{prefix}{cell}");
                if place != issue.location
                    && let Some(note) = hidden_place(&place)
                    && !notes.contains(&note)
                {
                    notes.push(note);
                }
                rest = after;
            }
        }
        for (en, fr) in notes.into_iter().take(3) {
            for (msg, note) in [(&mut issue.message_en, en), (&mut issue.message_fr, fr)] {
                let end = if msg.ends_with(['.', '!', '?']) { " " } else { ". " };
                msg.push_str(end);
                msg.push_str(&note);
                msg.push('.');
            }
        }
    }
}

/// A sheet the format does not name but that looks like one of its sheets (`PlacesOfWork (2)`, `Goods2`, a copy
/// Excel names) and holds rows under its heading: refused naming it, as a second sheet of the same part is, since
/// storing the rest without its rows (sites of the chain, goods) would declare less than the file does. `part` is
/// the sheet it copies as the file names it ([`part_in_file`]).
fn look_alike_with_rows(name: &str, place: &str, part: &(String, String), hidden: Visibility) -> Issue {
    let m = Message::new("checks.look_alike_sheet").text("sheet", name).names("part", &part.0, &part.1);
    let (en, fr) = with_hidden_sheet_note(m, name, hidden, false);
    Issue::error(place.to_string(), None, en, fr)
}

/// How messages call the sheet of a part of the declaration, in English and in French: the file's own sheet when it
/// has one (`PlacesOfWork` in both languages for a file in English); else the format's name in the language the
/// file's sheets are named in (an English file is told of `Goods`, a French one of `Biens`, whatever the reader's
/// language); else the name `near` (a sheet that looks like that part) resembles most; else, and in a JSON document
/// (whose keys are of no language), each language's own.
fn part_in_file(role: SheetRole, by_role: &HashMap<SheetRole, &Sheet>, near: &str) -> (String, String) {
    // A JSON document names its parts by keys of no language: each message says the sheet in its own.
    if by_role.values().any(|s| s.style != super::grid::Style::A1) {
        return (role.en().to_string(), role.fr().to_string());
    }
    if let Some(s) = by_role.get(&role) {
        return (s.name.clone(), s.name.clone());
    }
    let (mut en, mut fr) = (0, 0);
    for (r, s) in by_role.iter().filter(|(r, _)| r.en() != r.fr()) {
        let folded = fold_label(&s.name);
        en += usize::from(folded == fold_label(r.en()));
        fr += usize::from(folded == fold_label(r.fr()));
    }
    let near = fold_label(near);
    let closer_fr = strsim::normalized_damerau_levenshtein(&near, &fold_label(role.fr()))
        > strsim::normalized_damerau_levenshtein(&near, &fold_label(role.en()));
    let name = match en.cmp(&fr) {
        std::cmp::Ordering::Greater => role.en(),
        std::cmp::Ordering::Less => role.fr(),
        std::cmp::Ordering::Equal if near.is_empty() => return (role.en().to_string(), role.fr().to_string()),
        std::cmp::Ordering::Equal if closer_fr => role.fr(),
        std::cmp::Ordering::Equal => role.en(),
    };
    (name.to_string(), name.to_string())
}

/// The key of a part of the declaration in the JSON carrier (DECLARATION-WORKBOOK.md): `supplier`, `attestations`,
/// `due_diligence`, `places_of_work`, `goods`.
fn role_key(role: SheetRole) -> &'static str {
    match role {
        SheetRole::Supplier => "supplier",
        SheetRole::Attestations => "attestations",
        SheetRole::DueDiligence => "due_diligence",
        SheetRole::PlacesOfWork => "places_of_work",
        SheetRole::Goods => "goods",
    }
}

/// Parses a workbook into a declaration, or every error found.
/// The closing line of problems counted but not listed, when there is one, comes apart (`Option<Issue>`), to be said
/// after every other.
pub fn parse(file_name: &str, wb: &Workbook, limits: &Limits) -> (Option<Declaration>, Vec<Issue>, Option<Issue>) {
    let mut issues = Vec::new();
    let mut by_role: HashMap<SheetRole, &Sheet> = HashMap::new();
    for s in &wb.sheets {
        if let Some(role) = sheet_role(&s.name) {
            if let Some(first) = by_role.get(&role) {
                // Two sheets for one part of the declaration (`PlacesOfWork` and `LieuxDeTravail`) cannot both be it:
                // both are named as the file names them.
                let m = Message::new("checks.second_sheet")
                    .text("sheet", s.name.as_str())
                    .text("first", first.name.as_str());
                let (en, fr) = with_hidden_sheet_note(m, &s.name, s.visibility, true);
                issues.push(Issue::error(s.sheet_place(), None, en, fr));
                continue;
            }
            by_role.insert(role, s);
        }
    }
    for (name, place) in &wb.ignored {
        let Some(role) = nearest_sheet(name) else {
            // A JSON document's key that names no part (`subcontractors`, `notes`): what it holds is not read, and
            // the sender is told so (a workbook's other sheets — instructions, lists — are its own business).
            if place.starts_with('/') {
                let keys = <SheetRole as strum::IntoEnumIterator>::iter().map(role_key).collect::<Vec<_>>().join(", ");
                let m = Message::new("checks.unknown_key").text("key", name.as_str()).text("keys", keys);
                let (en, fr) = said(&m);
                issues.push(Issue::warning(place.clone(), None, en, fr));
            }
            continue;
        };
        let required = matches!(role, SheetRole::Supplier | SheetRole::Attestations | SheetRole::PlacesOfWork);
        let part = part_in_file(role, &by_role, name);
        if wb.look_alikes_with_rows.contains(name) && place.starts_with('/') {
            // A JSON document's key misspelt (`place_of_works`, `good`) holding entries: refused as a misspelt key
            // of an object is, naming the key to write, never warned of while its entries are dropped.
            let m = Message::new("checks.look_alike_key").text("label", name.as_str()).text("key", role_key(role));
            let (en, fr) = said(&m);
            issues.push(Issue::error(place.clone(), None, en, fr));
            continue;
        }
        if wb.look_alikes_with_rows.contains(name) {
            issues.push(look_alike_with_rows(name, place, &part, wb.visibility_of(name)));
            continue;
        }
        let m = Message::new("checks.not_a_sheet").text("sheet", name.as_str()).names("part", &part.0, &part.1);
        let (en, fr) = with_hidden_sheet_note(m, name, wb.visibility_of(name), false);
        issues.push(if required && !by_role.contains_key(&role) {
            Issue::error(place.clone(), None, en, fr)
        } else {
            Issue::warning(place.clone(), None, en, fr)
        });
    }
    // A JSON document names its parts by keys, and its places by JSON Pointer: a missing one is named so.
    let json = wb.sheets.iter().any(|s| s.style != super::grid::Style::A1)
        || file_name.rsplit_once('.').is_some_and(|(_, ext)| ext.eq_ignore_ascii_case("json"));
    for role in [SheetRole::Supplier, SheetRole::Attestations, SheetRole::PlacesOfWork] {
        if json && !by_role.contains_key(&role) {
            let key = role_key(role);
            let m = Message::new("declaration_file.required_key")
                .text("key", key)
                .names("sheet", role.en(), role.fr())
                .text("file", file_name);
            let (en, fr) = said(&m);
            issues.push(Issue::error(format!("/{key}"), None, en, fr));
        } else if !by_role.contains_key(&role) {
            let m = Message::new("declaration_file.required_sheet")
                .names("sheet", role.en(), role.fr())
                .names("other", role.fr(), role.en())
                .text("file", file_name);
            let (en, fr) = said(&m);
            issues.push(Issue::error(role.en(), None, en, fr).with_location_fr(role.fr()));
        }
    }
    let mut ctx = Ctx { issues: &mut issues, max_cell_chars: limits.max_cell_chars, dropped: (0, 0) };
    let supplier = by_role.get(&SheetRole::Supplier).and_then(|s| parse_supplier(s, &mut ctx));
    let attestations =
        by_role.get(&SheetRole::Attestations).map(|s| parse_attestations(s, &mut ctx)).unwrap_or_default();
    let due_diligence =
        by_role.get(&SheetRole::DueDiligence).map(|s| parse_due_diligence(s, &mut ctx)).unwrap_or_default();
    let declared_on = supplier.as_ref().map(|s| s.declaration_date);
    let (places, ids) = by_role
        .get(&SheetRole::PlacesOfWork)
        .map(|s| parse_places(s, &mut ctx, declared_on, place_parts))
        .unwrap_or_default();
    let places_name =
        by_role.get(&SheetRole::PlacesOfWork).filter(|s| s.style == super::grid::Style::A1).map(|s| s.name.as_str());
    let goods =
        by_role.get(&SheetRole::Goods).map(|s| parse_goods(s, &mut ctx, ids.as_ref(), places_name)).unwrap_or_default();
    let closing = ctx.close(file_name);
    name_hidden(&mut issues, &wb.sheets);
    if let Some(s) = by_role.get(&SheetRole::PlacesOfWork)
        && places.is_empty()
        && !issues
            .iter()
            .any(|i| i.level == crate::domain::IssueLevel::Error && i.location.starts_with(&s.sheet_place()))
    {
        let (en, fr) = said(&Message::new("declaration_file.no_site"));
        issues.push(Issue::error(s.sheet_place(), None, en, fr));
    }
    let failed = issues.iter().chain(&closing).any(|i| i.level == crate::domain::IssueLevel::Error);
    if failed {
        return (None, issues, closing);
    }
    let decl =
        supplier.map(|supplier| Declaration { supplier, attestations, due_diligence, places_of_work: places, goods });
    (decl, issues, closing)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A places table of `rows` data rows, every kind of problem a row can have spread through it, several of them
    /// judged against other rows (a Site ID listed before, one that reads as another, an OS ID of another site, a
    /// reference to a site listed below or to none, shares of one site past the whole).
    fn places_sheet(rows: u32) -> Sheet {
        use super::super::grid::{Budget, SheetBuilder, Style};
        let mut budget = Budget { max_rows: 1 << 20, max_columns: 64, max_cells: 1 << 24, text_bytes_left: 1 << 30 };
        let mut b = SheetBuilder::new("PlacesOfWork", Style::A1);
        for (c, f) in PlaceField::ALL.iter().enumerate() {
            let c = u32::try_from(c).unwrap();
            b.push(0, c, Cell::Text(f.field().en.to_string()), &mut budget).unwrap();
        }
        let col = |f: PlaceField| u32::from(place_column(f));
        for r in 1..=rows {
            let mut put = |f: PlaceField, cell: Cell| b.push(r, col(f), cell, &mut budget).unwrap();
            let text = |s: String| Cell::Text(s);
            // Every 97th row repeats a Site ID listed far above (in another part), every 89th is one that reads as
            // another (a letter O for a zero).
            let id = match r {
                r if r % 97 == 0 => format!("S-{:05}", r / 7),
                r if r % 89 == 0 => format!("S-{:05}", r - 1).replace('0', "O"),
                r => format!("S-{r:05}"),
            };
            // Every 71st, a number past the digits a spreadsheet keeps: no Site ID is read.
            put(PlaceField::SiteId, if r % 71 == 0 { Cell::Number(1e20) } else { text(id) });
            if r % 13 != 0 {
                put(PlaceField::SiteName, text(format!("Site {r}")));
            }
            put(PlaceField::Role, text(if r % 5 == 0 { "refinery".into() } else { "Manufacturing".into() }));
            put(PlaceField::Goods, text("cotton yarn".into()));
            put(PlaceField::Address, text(format!("{r} Main Street")));
            put(PlaceField::City, text("Dhaka".into()));
            put(PlaceField::Country, text(if r % 31 == 0 { "Atlantis".into() } else { "BD".into() }));
            put(PlaceField::Region, text(if r % 211 == 0 { "ΗΟΤΑΝ".into() } else { "Dhaka".into() }));
            put(PlaceField::Workers, if r % 17 == 0 { text("many".into()) } else { Cell::Number(f64::from(r % 400)) });
            put(PlaceField::ShareOfValue, Cell::Number(if r % 3 == 0 { 60.0 } else { 10.0 }));
            // Supplies the site three rows below (in the next part near a boundary), or one never listed.
            let to = if r % 41 == 0 { "S-99999".to_string() } else { format!("S-{:05}", (r + 3).min(rows)) };
            put(PlaceField::SuppliesTo, text(to));
            // One OS ID given to two sites far apart, another malformed.
            let os = match r % 53 {
                0 => Some("BD2023114KXQ7PL".to_string()),
                1 => Some("see audit".to_string()),
                _ => None,
            };
            if let Some(os) = os {
                put(PlaceField::OsId, text(os));
            }
        }
        b.finish(1 << 24).unwrap()
    }

    type Read = (Vec<PlaceOfWork>, Vec<Issue>, (usize, usize));

    fn read_places(sheet: &Sheet, parts: fn(usize) -> usize) -> Read {
        let mut issues = Vec::new();
        let mut ctx = Ctx { issues: &mut issues, max_cell_chars: 32_767, dropped: (0, 0) };
        let (out, _) = parse_places(sheet, &mut ctx, None, parts);
        let dropped = ctx.dropped;
        (out, issues, dropped)
    }

    /// The places table read in parts on several threads gives what one reading of it in the rows' order gives:
    /// the same sites, the same problems in the same order, the same first [`MAX_ISSUES`] kept and the same count of
    /// the rest — with problems judged across parts (a Site ID listed in another part, an OS ID given to a site of
    /// another part, a reference across the boundary).
    #[test]
    fn the_places_table_read_in_parts_is_read_as_in_one() {
        for rows in [40, 5_000] {
            let sheet = places_sheet(rows);
            let whole = read_places(&sheet, |_| 1);
            assert!(!whole.0.is_empty() && !whole.1.is_empty(), "{rows} rows: sites and problems");
            let texts = |r: &Read| r.1.iter().map(|i| format!("{i:?}")).collect::<Vec<_>>();
            // One reading says a row's problems in the order of its columns (no problem here is of a field read
            // after a column to its right), the rows in order: a problem judged against other rows among its row's.
            let cell_of = |i: &Issue| {
                let (_, a1) = i.location.rsplit_once('!').unwrap();
                let digits = a1.find(|c: char| c.is_ascii_digit()).unwrap();
                let (letters, row) = a1.split_at(digits);
                (row.parse::<u32>().unwrap(), letters.len(), letters.to_string())
            };
            let mut in_order = whole.1.clone();
            in_order.sort_by_key(cell_of);
            assert_eq!(
                in_order.iter().map(|i| format!("{i:?}")).collect::<Vec<_>>(),
                texts(&whole),
                "{rows} rows: problems in the file's order"
            );
            for parts in [2, 3, 4] {
                let split: fn(usize) -> usize = match parts {
                    2 => |_| 2,
                    3 => |_| 3,
                    _ => |_| 4,
                };
                let read = read_places(&sheet, split);
                assert_eq!(format!("{:?}", read.0), format!("{:?}", whole.0), "{rows} rows in {parts} parts: sites");
                assert_eq!(texts(&read), texts(&whole), "{rows} rows in {parts} parts: problems");
                assert_eq!(read.2, whole.2, "{rows} rows in {parts} parts: problems counted past the list");
            }
        }
        // The large table has more problems than are listed, problems of each kind judged across rows among them.
        let (_, issues, dropped) = read_places(&places_sheet(5_000), |_| 3);
        assert_eq!(issues.len(), MAX_ISSUES);
        assert!(dropped.0 > 0);
        let said = |key: &str| issues.iter().any(|i| i.message_en.contains(key));
        assert!(said("listed") || said("twice"), "a Site ID listed before is said");
    }

    /// A cell longer than any label is no heading, whatever notes it holds: setting notes aside walks the whole cell,
    /// once a field (the memory-limited fuzzing of 2026-12-01 timed out at 22 s on an 8 MB quoted CSV cell of the
    /// Supplier form); before, "Legal name (" + a long note + ")" was the legal name's heading.
    #[test]
    fn a_cell_longer_than_any_label_is_no_heading_whatever_its_notes() {
        let note = "x".repeat(MAX_LABEL_BYTES);
        assert_eq!(SupplierField::find_annotated(&format!("Legal name ({note})")), None);
        assert_eq!(SupplierField::find_annotated("Legal name (as registered)"), Some(SupplierField::LegalName));
    }

    /// The reader's refusals of values are the catalogues' (`intake-parse.ftl`), French typography included: before,
    /// they were built in Rust with a plain space before the colon and inside the guillemets.
    #[test]
    fn refusals_of_values_are_said_by_the_catalogues_with_french_spacing() {
        let text = |s: &str| Cell::Text(s.to_string());
        for (en, fr) in [
            p_yes_no(&text("peut-être")).unwrap_err(),
            p_email(&text("jane doe@example.ca")).unwrap_err(),
            p_whole_in(false)(&text("2.5")).unwrap_err(),
            p_classification(&text("shirts")).unwrap_err(),
            p_label::<Role>("role", "rôles")(&text("boss")).unwrap_err(),
            number_error(&text("douze"), false),
            p_percent_in(false, PercentCell::AsWritten)(&text("135")).unwrap_err(),
        ] {
            assert!(en.contains('“') && !en.contains('{'), "{en}");
            assert!(fr.contains("«\u{a0}") && fr.contains("\u{a0}»") && !fr.contains(['{', '“']), "{fr}");
            assert!(!fr.contains(" :") && !fr.contains(" ;") && !fr.contains(" %"), "{fr}");
        }
        // A count by its language's plural rule: French counts 1 as one, and 0 too.
        for (n, en, fr) in [
            (1, "1 more error is", "1 autre erreur n'est pas énumérée\u{a0}:"),
            (3, "3 more errors are", "3 autres erreurs ne sont"),
        ] {
            let (said_en, said_fr) =
                said(&Message::new("declaration_file.errors_not_listed").number("errors", f64::from(n)));
            assert!(said_en.starts_with(en) && said_fr.starts_with(fr), "{said_en} / {said_fr}");
        }
    }
}
