//! A region or a city typed where a country is due (`Xinjiang`, `Kashgar`, `Ürümqi` in a `Country` cell): refused as
//! any text that is no country is, but the refusal says what the text names and which country to write (`CN`),
//! rather than the generic advice. The places are the risk model's own (`risk_models/region_places.csv`, the other
//! names of the model's sub-national regions, with their sources, shared by every model version) and the region's
//! own name; the country of each region is the one its `[[regions]]` entry of the model gives ([`REGION_COUNTRIES`]).
//! The words are the catalogues' (`checks.region_not_country`, `templates/locales/{en,fr}/intake-checks.ftl`).

use crate::domain::text::fold_label;
use crate::domain::{CountryCode, InSentence, Lang, Message};

/// The model's places (`region,name,what,source`), compiled in as scoring compiles them.
const REGION_PLACES: &str = include_str!("../../risk_models/region_places.csv");

/// Each sub-national region of the model with the country its `[[regions]]` entry names, and its name as people
/// write it.
const REGION_COUNTRIES: &[(&str, &str, &str)] = &[("xinjiang", "CN", "Xinjiang")];

/// The refusal of a country cell that holds a region of the model or a place in it, or `None` when the text names
/// none.
pub(super) fn region_not_country(typed: &str) -> Option<Message> {
    let folded = fold_label(typed);
    if folded.is_empty() {
        return None;
    }
    let (region, code, name) =
        REGION_COUNTRIES.iter().find(|(key, ..)| fold_label(key) == folded).copied().or_else(|| {
            let mut rdr = csv::Reader::from_reader(REGION_PLACES.as_bytes());
            rdr.records().flatten().find_map(|rec| {
                let (key, place) = (rec.get(0)?, rec.get(1)?);
                (fold_label(place) == folded)
                    .then(|| REGION_COUNTRIES.iter().find(|(k, ..)| *k == key).copied())
                    .flatten()
            })
        })?;
    let country = CountryCode::parse(code)?;
    Some(
        Message::new("checks.region_not_country")
            .text("value", typed.trim())
            .text("is_region", if fold_label(region) == folded { "yes" } else { "no" })
            .text("region", name)
            .text("code", code)
            .names(
                "country",
                country.in_sentence(Lang::En, InSentence::Named),
                country.in_sentence(Lang::Fr, InSentence::From),
            ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_model_s_region_and_its_places_are_told_from_countries_with_the_country_to_write() {
        for typed in ["Xinjiang", " xinjiang ", "Xin Jiang", "新疆", "Kashgar", "Ürümqi", "Urumqi", "Hotan", "Shinjang"]
        {
            let (en, fr) = crate::domain::say_both(&region_not_country(typed).unwrap_or_else(|| panic!("{typed}")));
            assert!(en.contains("write CN") && en.contains("China") && !en.contains("MY"), "{en}");
            assert!(fr.contains("écrivez CN") && fr.contains("région de la Chine"), "{fr}");
            assert!(!fr.contains(" :") && !fr.contains("« "), "{fr}");
        }
        let (en, _) = crate::domain::say_both(&region_not_country("Xinjiang").unwrap());
        assert!(en.contains("a region of China"), "{en}");
        let (en, _) = crate::domain::say_both(&region_not_country("Kashgar").unwrap());
        assert!(en.contains("a place in Xinjiang, a region of China"), "{en}");
        for other in ["Malaysia", "Atlantis", "", "Guangdong"] {
            assert_eq!(region_not_country(other), None, "{other}");
        }
    }
}
