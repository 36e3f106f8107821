//! A region or a city typed where a country is due (`Xinjiang`, `Kashgar`, `Ürümqi` in a `Country` cell): refused as
//! any text that is no country is, but the refusal says what the text names and which country to write (`CN`),
//! rather than the generic advice. The places are those of the one places table (`risk_models/region_places.csv`,
//! [`crate::domain::china_places`], which the risk model and screening read too): the region's own names and the
//! places within it that the risk model reads (a line with its `since`; a name shared with another place of China is
//! not said to be the region's; nor is an abbreviation, `XJ`, read in a site's region field only); the country of
//! each region is the one its `[[regions]]` entry of the model gives ([`REGION_COUNTRIES`]).
//! The words are the catalogues' (`checks.region_not_country`, `templates/locales/{en,fr}/intake-checks.ftl`).

use crate::domain::china_places::places;
use crate::domain::text::fold_label;
use crate::domain::{CountryCode, InSentence, Lang, Message};

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
    // The region itself (its key, or a line whose place is the region: `Sin-kiang`, `新疆`), or a place within it.
    let entry = |key: &str| REGION_COUNTRIES.iter().find(|(k, ..)| fold_label(k) == fold_label(key)).copied();
    let ((_, code, name), is_region) = entry(&folded).map(|e| (e, true)).or_else(|| {
        places().iter().filter(|p| p.since.is_some() && !p.is_abbreviation() && fold_label(&p.name) == folded).find_map(
            |p| match &p.within {
                Some(within) => entry(within).map(|e| (e, false)),
                None => entry(p.place()).map(|e| (e, !p.is_people())),
            },
        )
    })?;
    let country = CountryCode::parse(code)?;
    Some(
        Message::new("checks.region_not_country")
            .text("value", typed.trim())
            .text("is_region", if is_region { "yes" } else { "no" })
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
        for typed in [
            "Xinjiang",
            " xinjiang ",
            "Xin Jiang",
            "新疆",
            "Kashgar",
            "Ürümqi",
            "Urumqi",
            "Hotan",
            "Shinjang",
            "Kuqa",
            "库车",
            "Sin-kiang",
            "Kachgar",
            "Fukang",
        ] {
            let (en, fr) = crate::domain::say_both(&region_not_country(typed).unwrap_or_else(|| panic!("{typed}")));
            assert!(en.contains("write CN") && en.contains("China") && !en.contains("MY"), "{en}");
            assert!(fr.contains("écrivez CN") && fr.contains("région de la Chine"), "{fr}");
            assert!(!fr.contains(" :") && !fr.contains("« "), "{fr}");
        }
        let (en, _) = crate::domain::say_both(&region_not_country("Xinjiang").unwrap());
        assert!(en.contains("a region of China"), "{en}");
        let (en, _) = crate::domain::say_both(&region_not_country("Kashgar").unwrap());
        assert!(en.contains("a place in Xinjiang, a region of China"), "{en}");
        // A province of elsewhere, and a Xinjiang county's pinyin that is also Zhejiang's Yiwu, are not said to be
        // Xinjiang's.
        for other in ["Malaysia", "Atlantis", "", "Guangdong", "Yiwu"] {
            assert_eq!(region_not_country(other), None, "{other}");
        }
    }
}
