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

fn table() -> &'static Result<Table, String> {
    static TABLE: OnceLock<Result<Table, String>> = OnceLock::new();
    TABLE.get_or_init(|| parse(NAMES))
}

/// Reads a names file (`kind,en,fr,source`); every row needs all four, and a name once per kind.
fn parse(text: &str) -> Result<Table, String> {
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let mut out = Table::new();
    for (i, rec) in rdr.records().enumerate() {
        let line = i + 2;
        let rec = rec.map_err(|e| format!("names_fr.csv line {line}: {e}"))?;
        let cell = |n: usize| rec.get(n).map(str::trim).filter(|s| !s.is_empty());
        let (Some(kind), Some(en), Some(fr), Some(source)) = (cell(0), cell(1), cell(2), cell(3)) else {
            return Err(format!("names_fr.csv line {line}: kind, en, fr and source are all required"));
        };
        let kind: NameKind = kind.parse().map_err(|_| format!("names_fr.csv line {line}: unknown kind `{kind}`"))?;
        let name = FrenchName { fr: fr.nfc().collect(), source: source.to_string() };
        if out.insert((kind, key(en)), name).is_some() {
            return Err(format!("names_fr.csv line {line}: `{en}` ({}) is named twice", kind.as_ref()));
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

/// Whether the compiled-in table reads; its problem otherwise.
pub fn problems() -> Vec<String> {
    match table() {
        Ok(_) => Vec::new(),
        Err(e) => vec![e.clone()],
    }
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
        assert!(problems().is_empty(), "{:?}", problems());
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
    fn a_names_file_refuses_a_row_without_its_source_or_a_name_given_twice() {
        assert!(parse("kind,en,fr,source\ngood,Cotton,coton,\n").is_err());
        assert!(parse("kind,en,fr,source\ngood,Cotton,coton,x\ngood,Cotton,coton,y\n").is_err());
        assert!(parse("kind,en,fr,source\nplanet,Mars,Mars,x\n").is_err());
        assert!(parse("kind,en,fr,source\ngood,Cotton,coton,x\n").is_ok());
    }
}
