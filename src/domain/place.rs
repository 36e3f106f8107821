//! Where a finding is in a declaration, as typed parts (a sheet of the workbook, site ids, a goods line, a right, a
//! cell), so that each reader sees it with the sheet names of their language (`LieuxDeTravail : S1` in French,
//! `PlacesOfWork: S1` in English: `reports::explain::place_label`).
//!
//! Stored and sent as one line of text in a fixed form, with the workbook format's English sheet names:
//! `PlacesOfWork: S1, S2`, `Goods: Nails`, `Attestations: child_labour`,
//! `Supplier!B4`, `PlacesOfWork`. That form is the one findings were always stored in, so a stored finding reads back
//! typed; a line in no known form is kept and shown as it was stored.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{Lang, Right, SiteId};

/// A sheet of the declaration workbook, with its English and French names (the format's, matched on intake by
/// `import::parse::sheet_role`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::EnumIter)]
pub enum Sheet {
    Supplier,
    Attestations,
    DueDiligence,
    PlacesOfWork,
    Goods,
}

impl Sheet {
    /// The sheet's English name (`PlacesOfWork`).
    pub fn en(self) -> &'static str {
        match self {
            Sheet::Supplier => "Supplier",
            Sheet::Attestations => "Attestations",
            Sheet::DueDiligence => "DueDiligence",
            Sheet::PlacesOfWork => "PlacesOfWork",
            Sheet::Goods => "Goods",
        }
    }

    /// The sheet's French name (`LieuxDeTravail`).
    pub fn fr(self) -> &'static str {
        match self {
            Sheet::Supplier => "Fournisseur",
            Sheet::Attestations => "Attestations",
            Sheet::DueDiligence => "DiligenceRaisonnable",
            Sheet::PlacesOfWork => "LieuxDeTravail",
            Sheet::Goods => "Biens",
        }
    }

    /// The sheet's name in a language.
    pub fn name(self, lang: Lang) -> &'static str {
        lang.pick(self.en(), self.fr())
    }

    /// The sheet named exactly by its English or French name.
    fn named(s: &str) -> Option<Sheet> {
        <Sheet as strum::IntoEnumIterator>::iter().find(|sh| sh.en() == s || sh.fr() == s)
    }
}

/// Where a finding is, in typed parts.
#[derive(Debug, Clone, PartialEq)]
pub enum Place {
    /// A sheet as a whole (a category with no site that makes its goods: `PlacesOfWork`).
    Sheet(Sheet),
    /// Sites of the `PlacesOfWork` sheet by id: one site, or a loop of sites in its order.
    Sites(Vec<SiteId>),
    /// A line of the `Goods` sheet by its item, as the supplier wrote it.
    GoodsLine(String),
    /// A right's row of the `Attestations` sheet.
    Attestation(Right),
    /// A cell of a sheet (`B4`).
    Cell { sheet: Sheet, cell: String },
    /// A place stored in a form the service does not write (kept, and shown, as stored).
    Text(String),
}

impl Place {
    /// One site of the `PlacesOfWork` sheet.
    pub fn site(id: &SiteId) -> Place {
        Place::Sites(vec![id.clone()])
    }

    /// Reads a place from its stored form; any text is accepted (an unknown form is [`Place::Text`]).
    pub fn parse(s: &str) -> Place {
        if let Some(sheet) = Sheet::named(s) {
            return Place::Sheet(sheet);
        }
        if let Some((name, rest)) = s.split_once(": ") {
            match Sheet::named(name) {
                Some(Sheet::PlacesOfWork) => {
                    let ids: Option<Vec<SiteId>> = rest.split(", ").map(SiteId::parse).collect();
                    if let Some(ids) = ids.filter(|v| !v.is_empty()) {
                        return Place::Sites(ids);
                    }
                }
                Some(Sheet::Goods) if !rest.is_empty() => return Place::GoodsLine(rest.to_string()),
                Some(Sheet::Attestations) => {
                    if let Ok(right) = rest.parse::<Right>() {
                        return Place::Attestation(right);
                    }
                }
                _ => {}
            }
        }
        if let Some((name, cell)) = s.split_once('!')
            && let Some(sheet) = Sheet::named(name)
            && is_cell(cell)
        {
            return Place::Cell { sheet, cell: cell.to_string() };
        }
        Place::Text(s.to_string())
    }

    /// The site ids the place names (empty for a place that is not sites).
    pub fn sites(&self) -> &[SiteId] {
        match self {
            Place::Sites(ids) => ids,
            _ => &[],
        }
    }
}

impl From<&str> for Place {
    fn from(s: &str) -> Place {
        Place::parse(s)
    }
}

/// `B4`, `AA12`, or a range of two (`B2:C2`).
fn is_cell(s: &str) -> bool {
    let one = |c: &str| {
        let letters = c.chars().take_while(char::is_ascii_uppercase).count();
        let digits = c.chars().skip(letters).take_while(char::is_ascii_digit).count();
        letters > 0 && digits > 0 && letters + digits == c.len()
    };
    match s.split_once(':') {
        Some((a, b)) => one(a) && one(b),
        None => one(s),
    }
}

/// The stored form (English sheet names, codes for rights).
impl fmt::Display for Place {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Place::Sheet(s) => f.write_str(s.en()),
            Place::Sites(ids) => {
                write!(f, "{}: ", Sheet::PlacesOfWork.en())?;
                for (i, id) in ids.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    f.write_str(id.as_str())?;
                }
                Ok(())
            }
            Place::GoodsLine(item) => write!(f, "{}: {item}", Sheet::Goods.en()),
            Place::Attestation(right) => write!(f, "{}: {right}", Sheet::Attestations.en()),
            Place::Cell { sheet, cell } => write!(f, "{}!{cell}", sheet.en()),
            Place::Text(s) => f.write_str(s),
        }
    }
}

impl Serialize for Place {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Place {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = std::borrow::Cow::<'de, str>::deserialize(d)?;
        Ok(Place::parse(&s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(s: &str) -> SiteId {
        SiteId::parse(s).unwrap()
    }

    #[test]
    fn every_form_a_finding_was_stored_in_reads_back_typed_and_writes_the_same_text() {
        let cases = [
            ("PlacesOfWork", Place::Sheet(Sheet::PlacesOfWork)),
            ("PlacesOfWork: S1", Place::site(&id("S1"))),
            ("PlacesOfWork: S1, S2, S3", Place::Sites(vec![id("S1"), id("S2"), id("S3")])),
            ("Goods: Nails, steel: 3 mm", Place::GoodsLine("Nails, steel: 3 mm".into())),
            ("Attestations: child_labour", Place::Attestation(Right::ChildLabour)),
            ("Supplier!B4", Place::Cell { sheet: Sheet::Supplier, cell: "B4".into() }),
            ("PlacesOfWork!B2:C2", Place::Cell { sheet: Sheet::PlacesOfWork, cell: "B2:C2".into() }),
        ];
        for (text, place) in cases {
            assert_eq!(Place::parse(text), place, "{text}");
            assert_eq!(place.to_string(), text);
            let json = serde_json::to_value(&place).unwrap();
            assert_eq!(json, serde_json::json!(text));
            assert_eq!(serde_json::from_value::<Place>(json).unwrap(), place);
        }
    }

    #[test]
    fn a_place_in_no_known_form_is_kept_as_it_was_stored() {
        for text in ["S1", "Attestations: no_such_right", "Supplier!b4", "Lieux: S1", "PlacesOfWork: ", ""] {
            assert_eq!(Place::parse(text), Place::Text(text.into()), "{text}");
            assert_eq!(Place::parse(text).to_string(), text);
        }
    }

    #[test]
    fn a_place_stored_with_french_sheet_names_reads_as_the_same_place() {
        assert_eq!(Place::parse("LieuxDeTravail: S1"), Place::site(&id("S1")));
        assert_eq!(Place::parse("Fournisseur!B4"), Place::Cell { sheet: Sheet::Supplier, cell: "B4".into() });
        assert_eq!(Place::parse("Biens"), Place::Sheet(Sheet::Goods));
    }
}
