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

/// The English and French names (exonyms) of subdivisions that English or French calls otherwise than by the local
/// name ISO 3166-2 gives ("Bavaria", « Rhénanie-du-Nord-Westphalie »), with their sources (see the file's header).
const EXONYMS: &str = include_str!("subdivision_exonyms.csv");

/// One subdivision's names: its ISO 3166-2 name, its French name, then every other name it is known by (its
/// English and French exonyms).
#[derive(Debug, Default)]
struct Names {
    name: String,
    name_fr: String,
    all: Vec<String>,
}

/// Each subdivision's names, found by its country and each of its names folded (`fold_words`).
struct Table {
    subdivisions: Vec<Names>,
    by_name: HashMap<(CountryCode, String), usize>,
}

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        // By ISO code: the rows of both files that name the same subdivision are one.
        let mut by_code: HashMap<String, usize> = HashMap::new();
        let mut t = Table { subdivisions: Vec::new(), by_name: HashMap::new() };
        let mut add = |t: &mut Table, code: &str, name: &str, name_fr: &str, others: &[&str]| {
            let Some(country) = code.split('-').next().and_then(CountryCode::parse) else { return };
            let i = *by_code.entry(code.to_string()).or_insert_with(|| {
                t.subdivisions.push(Names { name: name.to_string(), name_fr: name_fr.to_string(), all: Vec::new() });
                t.subdivisions.len() - 1
            });
            let Some(entry) = t.subdivisions.get_mut(i) else { return };
            for n in [name, name_fr].iter().chain(others) {
                let n = n.trim();
                if n.is_empty() {
                    continue;
                }
                if !entry.all.iter().any(|known| fold_words(known) == fold_words(n)) {
                    entry.all.push(n.to_string());
                }
                t.by_name.entry((country, fold_words(n))).or_insert(i);
            }
        };
        // The tables are compiled in (and checked by tests): a malformed row is a data error to skip.
        let mut rdr = csv::ReaderBuilder::new().comment(Some(b'#')).from_reader(SUBDIVISIONS.as_bytes());
        for rec in rdr.records().flatten() {
            let (Some(code), Some(name), Some(name_fr)) = (rec.get(0), rec.get(1), rec.get(2)) else { continue };
            add(&mut t, code, name, name_fr, &[]);
        }
        let mut rdr = csv::ReaderBuilder::new().comment(Some(b'#')).from_reader(EXONYMS.as_bytes());
        for rec in rdr.records().flatten() {
            let (Some(code), Some(local), Some(en), Some(fr)) = (rec.get(0), rec.get(1), rec.get(2), rec.get(3)) else {
                continue;
            };
            add(&mut t, code, local, fr, &[en, fr]);
        }
        t
    })
}

fn find(country: CountryCode, region: &str) -> Option<&'static Names> {
    let t = table();
    t.by_name.get(&(country, fold_words(region))).and_then(|&i| t.subdivisions.get(i))
}

/// The names, in both languages, of the subdivision of `country` that `region` names by any of its names (its ISO
/// 3166-2 name, its French name, its English or French exonym; accents, case and punctuation aside): its ISO
/// 3166-2 name and its French name. `None` when it names none of the tables'.
pub fn region_names(country: CountryCode, region: &str) -> Option<(&'static str, &'static str)> {
    find(country, region).map(|n| (n.name.as_str(), n.name_fr.as_str()))
}

/// Every name of the subdivision of `country` that `region` names by any of them (as [`region_names`]): its ISO
/// 3166-2 name, its French name, and its English and French exonyms ("Bayern", "Bavière", "Bavaria"); empty when it
/// names none of the tables'.
pub fn region_aliases(country: CountryCode, region: &str) -> &'static [String] {
    find(country, region).map_or(&[], |n| n.all.as_slice())
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

    /// A region written by its English or French name (an exonym) is the same subdivision as its local name: found
    /// by each of its names, in each country the exonym table covers.
    #[test]
    fn a_region_written_by_its_english_or_french_exonym_is_found() {
        let bayern = Some(("Bayern", "Bavière"));
        assert_eq!(region_names(country("DE"), "Bavaria"), bayern);
        assert_eq!(region_names(country("DE"), "Lower Saxony").map(|n| n.0), Some("Niedersachsen"));
        for nrw in ["North Rhine-Westphalia", "Rhénanie-du-Nord-Westphalie", "rhenanie du nord westphalie", "NRW"] {
            let found = region_names(country("DE"), nrw).map(|n| n.0);
            assert_eq!(found, (nrw != "NRW").then_some("Nordrhein-Westfalen"), "{nrw}");
        }
        for (code, typed, local) in [
            ("DE", "Thuringia", "Thüringen"),
            ("DE", "Thuringe", "Thüringen"),
            ("AT", "Lower Austria", "Niederösterreich"),
            ("AT", "Vienna", "Wien"),
            ("CH", "Geneva", "Genève"),
            ("IT", "Lombardy", "Lombardia"),
            ("IT", "Aosta Valley", "Valle d'Aosta"),
            ("ES", "Catalonia", "Catalunya"),
            ("ES", "Catalogne", "Catalunya"),
            ("NL", "North Holland", "Noord-Holland"),
            ("BE", "Walloon Brabant", "Brabant wallon"),
            ("BE", "Flandre-Orientale", "Oost-Vlaanderen"),
        ] {
            assert_eq!(region_names(country(code), typed).map(|n| n.0), Some(local), "{code} {typed}");
        }
        // Every name of the subdivision, whichever is written.
        for typed in ["Bayern", "Bavière", "bavaria"] {
            let names = region_aliases(country("DE"), typed);
            for n in ["Bayern", "Bavière", "Bavaria"] {
                assert!(names.iter().any(|a| a == n), "{typed}: {names:?}");
            }
        }
        // Within its own country only.
        assert_eq!(region_names(country("AT"), "Bavaria"), None);
        assert!(region_aliases(country("CA"), "Bavaria").is_empty());
    }

    #[test]
    fn every_row_of_the_exonym_table_names_a_subdivision_with_its_source() {
        let rows = EXONYMS.lines().filter(|l| !l.starts_with('#')).count() - 1;
        let mut rdr = csv::ReaderBuilder::new().comment(Some(b'#')).from_reader(EXONYMS.as_bytes());
        let records: Vec<_> = rdr.records().collect::<Result<_, _>>().unwrap();
        assert_eq!(records.len(), rows);
        for r in &records {
            let code = r.get(0).unwrap();
            let country = code.split('-').next().and_then(CountryCode::parse).unwrap_or_else(|| panic!("{code}"));
            for i in 1..5 {
                assert!(!r.get(i).unwrap().trim().is_empty(), "{code}, column {i}");
            }
            let local = region_names(country, r.get(1).unwrap());
            assert!(local.is_some(), "{code}");
            for n in [r.get(2).unwrap(), r.get(3).unwrap()] {
                assert_eq!(region_names(country, n), local, "{code}: {n}");
            }
        }
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
