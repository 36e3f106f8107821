//! French names of the data's own words — ILAB goods and advancement levels, ILO regions, SDG regions — that appear
//! inside French explanations. Kept as data with their source (`risk_models/names_fr.csv`: `kind,en,fr,source`),
//! compiled in, shared by every model version: a name's translation changes no score. `chainon model check` refuses a
//! model with a good, level or region that has no French name here.

use std::collections::HashMap;
use std::sync::OnceLock;

use strum::{AsRefStr, EnumString};
use unicode_normalization::UnicodeNormalization;

use crate::domain::Lang;

const NAMES: &str = include_str!("../../risk_models/names_fr.csv");

/// What a name names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, AsRefStr, EnumString)]
#[strum(serialize_all = "snake_case")]
pub enum NameKind {
    /// A good of ILAB's List of Goods, by ILAB's English name.
    Good,
    /// An ILAB advancement level in eliminating the worst forms of child labour.
    Level,
    /// An ILO region of the forced-labour estimates.
    IloRegion,
    /// An SDG region of the ILO–UNICEF child-labour estimates.
    SdgRegion,
    /// A World Bank income group of the ILO–UNICEF child-labour estimates by national income (`High income`).
    IncomeGroup,
}

/// A French name and where it comes from.
#[derive(Debug, Clone)]
pub struct FrenchName {
    pub fr: String,
    pub source: String,
}

type Table = HashMap<(NameKind, String), FrenchName>;

fn key(en: &str) -> String {
    en.trim().nfc().collect()
}

/// Why `names_fr.csv` (or a file in its shape) does not read: the line of the file, the column when one is at fault,
/// and the cause. `chainon model check` reports it (`ModelProblem::NamesUnreadable`); the table is then empty.
#[derive(Debug, thiserror::Error)]
pub enum NamesError {
    /// A row that is not CSV (a quote left open, a row of another length); the reader's error beneath.
    #[error("names_fr.csv line {line}: the row does not read as CSV")]
    Csv {
        line: usize,
        #[source]
        source: csv::Error,
    },
    /// A row whose cell in `column` (`kind`, `en`, `fr` or `source`) is empty: all four are required.
    #[error("names_fr.csv line {line}: column `{column}` is empty (kind, en, fr and source are all required)")]
    Empty { line: usize, column: &'static str },
    /// A `kind` that is none of `good`, `level`, `ilo_region`, `sdg_region`, `income_group`.
    #[error("names_fr.csv line {line}: column `kind`: unknown kind `{kind}`")]
    UnknownKind { line: usize, kind: String },
    /// An English name given a second time for the same kind.
    #[error("names_fr.csv line {line}: column `en`: `{en}` ({}) is named twice", kind.as_ref())]
    Twice { line: usize, kind: NameKind, en: String },
}

impl NamesError {
    /// The line of the file at fault (the header is line 1).
    pub fn line(&self) -> usize {
        match self {
            NamesError::Csv { line, .. }
            | NamesError::Empty { line, .. }
            | NamesError::UnknownKind { line, .. }
            | NamesError::Twice { line, .. } => *line,
        }
    }
}

/// The columns of a names file, in order.
const COLUMNS: [&str; 4] = ["kind", "en", "fr", "source"];

fn table() -> &'static Result<Table, NamesError> {
    static TABLE: OnceLock<Result<Table, NamesError>> = OnceLock::new();
    TABLE.get_or_init(|| parse(NAMES))
}

/// Reads a names file (`kind,en,fr,source`); every row needs all four, and a name once per kind.
fn parse(text: &str) -> Result<Table, NamesError> {
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let mut out = Table::new();
    for (i, rec) in rdr.records().enumerate() {
        let line = i + 2;
        let rec = rec.map_err(|source| NamesError::Csv { line, source })?;
        let mut cells = [""; 4];
        for (n, (cell, column)) in cells.iter_mut().zip(COLUMNS).enumerate() {
            *cell = rec.get(n).map(str::trim).filter(|s| !s.is_empty()).ok_or(NamesError::Empty { line, column })?;
        }
        let [kind, en, fr, source] = cells;
        let kind: NameKind = kind.parse().map_err(|_| NamesError::UnknownKind { line, kind: kind.to_string() })?;
        let name = FrenchName { fr: fr.nfc().collect(), source: source.to_string() };
        if out.insert((kind, key(en)), name).is_some() {
            return Err(NamesError::Twice { line, kind, en: en.to_string() });
        }
    }
    Ok(out)
}

/// The French name of a word of the data; `None` when the table has none (or cannot be read: `problems` says so).
pub fn french(kind: NameKind, en: &str) -> Option<&'static FrenchName> {
    table().as_ref().ok()?.get(&(kind, key(en)))
}

/// A word of the data in a language: the data's own (English) word, or its French name. A word without a French
/// name (`model check` refuses a model that has one) is given as the data writes it.
pub fn name(kind: NameKind, en: &str, lang: Lang) -> &str {
    match lang {
        Lang::En => en,
        Lang::Fr => french(kind, en).map_or(en, |n| n.fr.as_str()),
    }
}

/// Whether the compiled-in table reads: `None`, or why not.
pub fn problem() -> Option<&'static NamesError> {
    table().as_ref().err()
}

/// Every English name of a kind that has a French name different from it (for tests that look for English words
/// in French text).
pub fn english_words(kind: NameKind) -> Vec<&'static str> {
    match table() {
        Ok(t) => t
            .iter()
            .filter(|((k, en), n)| *k == kind && !en.eq_ignore_ascii_case(&n.fr))
            .map(|((_, en), _)| en.as_str())
            .collect(),
        Err(_) => Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_compiled_in_names_read_and_name_goods_levels_and_regions() {
        assert!(problem().is_none(), "{:?}", problem());
        assert_eq!(name(NameKind::Good, "Cotton", Lang::Fr), "coton");
        assert_eq!(name(NameKind::Good, "Rubber Gloves", Lang::Fr), "gants en caoutchouc");
        assert_eq!(name(NameKind::Good, "Garments", Lang::Fr), "vêtements");
        assert_eq!(name(NameKind::Good, "Garments", Lang::En), "Garments");
        assert_eq!(name(NameKind::IloRegion, "Asia and the Pacific", Lang::Fr), "Asie et Pacifique");
        assert_eq!(name(NameKind::Level, "Moderate Advancement", Lang::Fr), "Progrès modérés");
        // Composed and decomposed spellings are one name.
        assert_eq!(name(NameKind::Good, "Açai\u{301} Berries", Lang::Fr), "baies d'açaï");
    }

    #[test]
    fn every_sdg_region_a_country_belongs_to_has_a_french_name() {
        // Also the regions the estimates give no figure for (Oceania, Australia and New Zealand): a site there is
        // still said to be in its region.
        let mut regions: Vec<&str> = crate::domain::CountryCode::all().filter_map(|c| c.sdg_region()).collect();
        regions.sort_unstable();
        regions.dedup();
        assert_eq!(regions.len(), 8, "{regions:?}");
        for r in regions {
            let fr = french(NameKind::SdgRegion, r).map(|n| n.fr.as_str());
            assert!(fr.is_some_and(|fr| fr != r), "{r} has no French name");
        }
    }

    #[test]
    fn a_names_file_refuses_a_row_without_its_source_or_a_name_given_twice_naming_line_column_and_cause() {
        let err = |text: &str| parse(text).err().map(|e| (e.line(), e.to_string()));
        let said = err("kind,en,fr,source\ngood,Cotton,coton,x\ngood,Cotton,coton,\n").unwrap_or_default();
        assert_eq!(said.0, 3);
        assert!(said.1.contains("line 3: column `source` is empty"), "{said:?}");
        let said = err("kind,en,fr,source\ngood,,coton,x\n").unwrap_or_default();
        assert!(said.1.contains("line 2: column `en` is empty"), "{said:?}");
        let said = err("kind,en,fr,source\ngood,Cotton,coton,x\ngood,Cotton,coton,y\n").unwrap_or_default();
        assert_eq!(said.0, 3);
        assert!(said.1.contains("column `en`: `Cotton` (good) is named twice"), "{said:?}");
        let said = err("kind,en,fr,source\nplanet,Mars,Mars,x\n").unwrap_or_default();
        assert!(said.1.contains("line 2: column `kind`: unknown kind `planet`"), "{said:?}");
        // A row that is not CSV keeps the reader's error as its cause.
        let Err(e) = parse("kind,en,fr,source\ngood,Cotton,coton,x\ngood,Jute,jute,x,extra\n") else {
            panic!("a row of five cells reads")
        };
        assert!(matches!(e, NamesError::Csv { line: 3, .. }), "{e:?}");
        let cause = std::error::Error::source(&e).map(ToString::to_string).unwrap_or_default();
        assert!(cause.contains("fields"), "{cause}");
        assert!(parse("kind,en,fr,source\ngood,Cotton,coton,x\n").is_ok());
    }
}
