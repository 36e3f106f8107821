//! The names of a country's subdivisions (ISO 3166-2: provinces, states, regions) in English and French, so that a
//! region a site declares in one language is found by its name in the other ("British Columbia" and
//! "Colombie-Britannique", "Bayern" and "Bavière").
//!
//! Only subdivisions whose two names differ beyond accents and case are listed (`subdivisions.csv`, from Debian's
//! iso-codes): "Ontario", "Guangdong Sheng" or "Québec" are found by the words a site declares them by.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::CountryCode;
use super::text::fold_words;

/// ISO 3166-2 names from Debian's `iso-codes` 4.15 whose French translation differs (see the file's header).
const SUBDIVISIONS: &str = include_str!("subdivisions.csv");

/// Each subdivision's (name, French name), by its country and each of its two names folded (`fold_words`).
fn table() -> &'static HashMap<(CountryCode, String), (String, String)> {
    static TABLE: OnceLock<HashMap<(CountryCode, String), (String, String)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = HashMap::new();
        let mut rdr = csv::ReaderBuilder::new().comment(Some(b'#')).from_reader(SUBDIVISIONS.as_bytes());
        for rec in rdr.records().flatten() {
            // The table is compiled in (and checked by a test): a malformed row is a data error to skip.
            let (Some(code), Some(name), Some(name_fr)) = (rec.get(0), rec.get(1), rec.get(2)) else { continue };
            let Some(country) = code.split('-').next().and_then(CountryCode::parse) else { continue };
            for n in [name, name_fr] {
                t.entry((country, fold_words(n))).or_insert_with(|| (name.to_string(), name_fr.to_string()));
            }
        }
        t
    })
}

/// The names, in both languages, of the subdivision of `country` that `region` names in either (accents, case and
/// punctuation aside); `None` when it names none whose French name differs.
pub fn region_names(country: CountryCode, region: &str) -> Option<(&'static str, &'static str)> {
    table().get(&(country, fold_words(region))).map(|(en, fr)| (en.as_str(), fr.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn country(code: &str) -> CountryCode {
        CountryCode::parse(code).unwrap()
    }

    #[test]
    fn a_region_in_either_language_gives_both_names() {
        let both = Some(("British Columbia", "Colombie-Britannique"));
        assert_eq!(region_names(country("CA"), "British Columbia"), both);
        assert_eq!(region_names(country("CA"), "colombie britannique"), both);
        assert_eq!(region_names(country("DE"), "Bavière"), Some(("Bayern", "Bavière")));
        assert_eq!(region_names(country("US"), "Californie"), Some(("California", "Californie")));
    }

    #[test]
    fn a_region_is_read_within_its_own_country_only() {
        // Georgia the state is not Georgia the country's region, and an unlisted region has no other name.
        assert_eq!(region_names(country("US"), "Georgia"), Some(("Georgia", "Géorgie")));
        assert_eq!(region_names(country("CA"), "Georgia"), None);
        assert_eq!(region_names(country("CA"), "Ontario"), None);
        assert_eq!(region_names(country("CN"), "Xinjiang"), None);
    }

    #[test]
    fn every_row_of_the_table_is_read() {
        let rows = SUBDIVISIONS.lines().filter(|l| !l.starts_with('#')).count() - 1;
        let mut rdr = csv::ReaderBuilder::new().comment(Some(b'#')).from_reader(SUBDIVISIONS.as_bytes());
        let records: Vec<_> = rdr.records().collect::<Result<_, _>>().unwrap();
        assert_eq!(records.len(), rows);
        for r in &records {
            let code = r.get(0).unwrap();
            assert!(code.split('-').next().and_then(CountryCode::parse).is_some(), "{code}");
            assert!(!r.get(1).unwrap().is_empty() && !r.get(2).unwrap().is_empty(), "{code}");
        }
    }
}
