//! The places of China by every name they are written with — pinyin, Chinese characters, the map names transcribed
//! from Uyghur, Mongolian or Tibetan, Uyghur Latin, the postal and Wade–Giles romanisations, English and French forms —
//! as ONE table, `risk_models/region_places.csv` (its heading gives each column, each source, and what is left out),
//! compiled in. Screening reads it for the places of firm names (`screening::name_variants`, `screening::wade_giles`),
//! the risk model for the names that place a site in one of its regions (`scoring::model::Region`), intake for a
//! region typed where a country is due (`import::regions`).
//!
//! How a name is found in a text ([`NameSet::is_named_in`]): case, accents and punctuation do not count (both are
//! folded by [`fold_words`]: `Ürümqi` is `urumqi`, `Sin-kiang` is `sin kiang`); a name in Latin letters is found as
//! whole words (`Bole`, never inside `Boleyn`); with [`NameSet::joined`], also written in two to five pieces that
//! together spell it (`Sin-kiang`, `Hsin chiang`, `Wu-lu-mu-ch'i` for `Sinkiang`, `Hsinchiang`, `Wulumuchi`) when it
//! has [`JOINED_LETTERS`] letters or more; a name in Chinese characters, which write no spaces, anywhere in the text.
//! In an address line ([`TextField::Address`]) a place that names a street (`Urumqi Middle Road`, `Xinjiang Lu`,
//! `rue de Kachgar`, `新疆路`) places nothing — the streets of Chinese cities are named after the country's places —
//! and the names of peoples (`Uyghur`) place nothing either.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use super::text::fold_words;

/// The table, compiled in.
pub const PLACES_CSV: &str = include_str!("../../risk_models/region_places.csv");

/// How screening reads a spelling in firm names (the `screening` column).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreeningUse {
    /// A place the firm-name rules know (`place`).
    Place,
    /// A postal, Wade–Giles or older English name, read as its pinyin and as a mark of that romanisation
    /// (`romanised`).
    Romanised,
}

/// One line of the table: one spelling of one place.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PlaceName {
    /// The spelling as written (`Kachgar`, `喀什`, `Sin-kiang`).
    pub name: String,
    /// The first spelling of the same place (`Kashgar`); `None`: this line is the first.
    pub spelling_of: Option<String>,
    /// What the place is (`province`, `prefecture`, `county`, `people` for the people a region's name names …).
    pub level: String,
    /// Its province (`Xinjiang`); `None` for a province-level division.
    pub within: Option<String>,
    /// Its PRC administrative division code (GB/T 2260), where given.
    pub code: Option<String>,
    /// How it is written (`pinyin`, `hanzi`, `uly`, `postal`, `french` …).
    pub system: String,
    /// How screening reads it; `None`: not at all.
    pub screening: Option<ScreeningUse>,
    /// The first risk-model edition whose region detection reads it (`2019.1`, `2022.11`); `None`: never (a name
    /// shared with another place of China or a common word).
    pub since: Option<String>,
    /// Its source, a key the table's heading describes (`gb2260`, `uly`, `postal_1906` …).
    pub source: String,
}

impl PlaceName {
    /// The place it names, by its first spelling.
    pub fn place(&self) -> &str {
        self.spelling_of.as_deref().unwrap_or(&self.name)
    }

    /// Whether it names a people (`Uyghur`), not a place: never read in an address.
    pub fn is_people(&self) -> bool {
        self.level == "people"
    }
}

/// The keys the `source` column may hold (the table's heading describes each).
pub const SOURCES: &[&str] =
    &["gb2260", "romanisation_1976", "uly", "postal_1906", "wade_giles_1912", "english", "french", "uflpa"];

/// A line of the table that does not read: its line number (1 = the column heading, comments not counted) and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("region_places.csv line {line}: {why}")]
pub struct PlacesError {
    pub line: usize,
    pub why: String,
}

/// Every line of the table, or the first that does not read (a name, level, system or source missing, a source not
/// among [`SOURCES`], a `screening` value not known).
pub fn read_places() -> Result<Vec<PlaceName>, PlacesError> {
    let mut reader = csv::ReaderBuilder::new().comment(Some(b'#')).has_headers(true).from_reader(PLACES_CSV.as_bytes());
    let mut out = Vec::new();
    for (i, rec) in reader.records().enumerate() {
        let line = i + 2;
        let bad = |why: &str| PlacesError { line, why: why.to_string() };
        let rec = rec.map_err(|e| bad(&e.to_string()))?;
        let cell = |k: usize| rec.get(k).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
        let (Some(name), Some(level), Some(system), Some(source)) = (cell(0), cell(2), cell(5), cell(8)) else {
            return Err(bad("a name, its level, its system and its source are required"));
        };
        if !SOURCES.contains(&source.as_str()) {
            return Err(bad(&format!("source {source:?} is none of those the heading describes")));
        }
        let screening = match cell(6).as_deref() {
            None => None,
            Some("place") => Some(ScreeningUse::Place),
            Some("romanised") => Some(ScreeningUse::Romanised),
            Some(other) => return Err(bad(&format!("screening {other:?} is neither place nor romanised"))),
        };
        out.push(PlaceName {
            name,
            spelling_of: cell(1),
            level,
            within: cell(3),
            code: cell(4),
            system,
            screening,
            since: cell(7),
            source,
        });
    }
    Ok(out)
}

/// The lines of the table, read once (a line that does not read leaves the table empty: a test holds every line to
/// read, and the risk model refuses to load with the error of [`read_places`]).
pub fn places() -> &'static [PlaceName] {
    static PLACES: OnceLock<Vec<PlaceName>> = OnceLock::new();
    PLACES.get_or_init(|| read_places().unwrap_or_default())
}

/// Which field of a site a text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextField {
    /// Its region or its city: the whole text is about where the site is.
    RegionOrCity,
    /// Its address line: a place there may name a street, and a people names no place.
    Address,
}

/// The fewest letters a name must have to be found written in pieces (`Sin-kiang`): shorter names would be found in
/// runs of short words of other meanings ("Al Ar", "Ha Mi").
pub const JOINED_LETTERS: usize = 6;

/// The most pieces a name may be written in (`Wu-lu-mu-ch'i`: five).
const MOST_PIECES: usize = 5;

/// Words that make the place before them a street's name (`Urumqi Road`, `Xinjiang Lu`, `Kashgar Middle Street`):
/// English, pinyin and their abbreviations.
const STREET_AFTER: &[&str] = &[
    "road",
    "rd",
    "street",
    "st",
    "avenue",
    "ave",
    "lane",
    "boulevard",
    "blvd",
    "highway",
    "expressway",
    "lu",
    "jie",
    "dajie",
    "dadao",
    "hutong",
    "gonglu",
    "nanlu",
    "beilu",
    "donglu",
    "xilu",
    "zhonglu",
];

/// Words that may stand between a place and its street word (`Urumqi North Road`, `Wulumuqi Zhong Lu`).
const STREET_DIRECTIONS: &[&str] =
    &["north", "south", "east", "west", "middle", "central", "n", "s", "e", "w", "bei", "nan", "dong", "xi", "zhong"];

/// Words that make the place after them a street's name in French (`rue de Kachgar`, `avenue d'Ouroumtchi`).
const STREET_BEFORE: &[&str] =
    &["rue", "avenue", "boulevard", "bd", "allee", "chemin", "route", "quai", "place", "impasse"];

/// French words between a street word and the place (`rue de Kachgar`, `rue d'Aksou`).
const STREET_OF: &[&str] = &["de", "d", "du", "des"];

/// Characters that make the place before them a street's name (`新疆路`, `乌鲁木齐北路`, `喀什大道`).
const HAN_STREET: &[char] = &['路', '街', '道', '巷'];
/// Characters that may stand between a place and its street character (`乌鲁木齐北路`, `喀什中路`, `喀什大街`).
const HAN_DIRECTIONS: &[char] = &['东', '西', '南', '北', '中', '大'];

/// A name in Latin letters as it is compared: its folded words, and its letters without spaces.
#[derive(Debug, Clone)]
struct LatinName {
    words: Vec<String>,
    people: bool,
}

/// A set of names, folded once, found in texts by [`NameSet::is_named_in`].
#[derive(Debug, Clone, Default)]
pub struct NameSet {
    latin: Vec<LatinName>,
    /// Latin names by their first word.
    by_first: FxHashMap<String, Vec<usize>>,
    /// Latin names of [`JOINED_LETTERS`] letters or more by their letters without spaces.
    by_letters: FxHashMap<String, usize>,
    /// Names in another script (Chinese characters), folded, and whether each names a people.
    other: Vec<(String, bool)>,
    /// Whether a name is also found written in pieces (`Sin-kiang`).
    joined: bool,
}

impl NameSet {
    /// An empty set; `joined`: a name is also found written in pieces.
    pub fn new(joined: bool) -> NameSet {
        NameSet { joined, ..NameSet::default() }
    }

    /// Adds a name (`people`: it names a people, never read in an address). A name that folds to nothing is left out.
    pub fn add(&mut self, name: &str, people: bool) {
        let folded = fold_words(name);
        if folded.is_empty() {
            return;
        }
        if !folded.is_ascii() {
            if !self.other.iter().any(|(n, _)| *n == folded) {
                self.other.push((folded, people));
            }
            return;
        }
        let words: Vec<String> = folded.split(' ').map(str::to_string).collect();
        if self.latin.iter().any(|n| n.words == words) {
            return;
        }
        let i = self.latin.len();
        let letters = words.concat();
        if letters.len() >= JOINED_LETTERS {
            self.by_letters.entry(letters).or_insert(i);
        }
        if let Some(first) = words.first() {
            self.by_first.entry(first.clone()).or_default().push(i);
        }
        self.latin.push(LatinName { words, people });
    }

    /// Whether the set holds no name.
    pub fn is_empty(&self) -> bool {
        self.latin.is_empty() && self.other.is_empty()
    }

    /// Whether a text names one of the set's names (see the module's documentation for how).
    pub fn is_named_in(&self, text: &str, field: TextField) -> bool {
        let folded = fold_words(text);
        if folded.is_empty() {
            return false;
        }
        let address = field == TextField::Address;
        if self.other.iter().any(|(n, people)| !(address && *people) && han_found(&folded, n, address)) {
            return true;
        }
        let words: Vec<&str> = folded.split(' ').collect();
        let counts =
            |n: &LatinName, start: usize, end: usize| !(address && (n.people || names_street(&words, start, end)));
        for (start, first) in words.iter().enumerate() {
            for &i in self.by_first.get(*first).into_iter().flatten() {
                let Some(n) = self.latin.get(i) else { continue };
                let end = start + n.words.len();
                if words.get(start..end).is_some_and(|ws| ws.iter().zip(&n.words).all(|(a, b)| *a == b.as_str()))
                    && counts(n, start, end)
                {
                    return true;
                }
            }
            if self.joined {
                let mut letters = String::new();
                for (k, w) in words.iter().skip(start).take(MOST_PIECES).enumerate() {
                    letters.push_str(w);
                    let found = self.by_letters.get(&letters).and_then(|&i| self.latin.get(i));
                    if let Some(n) = found
                        && counts(n, start, start + k + 1)
                    {
                        return true;
                    }
                }
            }
        }
        false
    }
}

/// Whether the words `start..end` of an address (a place) name a street: a street word after them, maybe after a
/// direction (`Urumqi North Road`), or a French street word before them, maybe with `de` (`rue de Kachgar`).
fn names_street(words: &[&str], start: usize, end: usize) -> bool {
    let after = |k: usize| words.get(k).copied();
    let street_after = match after(end) {
        Some(w) if STREET_AFTER.contains(&w) => true,
        Some(w) if STREET_DIRECTIONS.contains(&w) => after(end + 1).is_some_and(|w| STREET_AFTER.contains(&w)),
        _ => false,
    };
    let before = |back: usize| start.checked_sub(back).and_then(|k| words.get(k)).copied();
    let street_before = match before(1) {
        Some(w) if STREET_BEFORE.contains(&w) => true,
        Some(w) if STREET_OF.contains(&w) => before(2).is_some_and(|w| STREET_BEFORE.contains(&w)),
        _ => false,
    };
    street_after || street_before
}

/// Whether a name in Chinese characters is in a folded text; in an address, not where it names a street (`新疆路`,
/// `乌鲁木齐北路`).
fn han_found(folded: &str, name: &str, address: bool) -> bool {
    folded.match_indices(name).any(|(at, _)| {
        if !address {
            return true;
        }
        let mut rest = folded.get(at + name.len()..).unwrap_or_default().chars();
        match rest.next() {
            Some(c) if HAN_STREET.contains(&c) => false,
            Some(c) if HAN_DIRECTIONS.contains(&c) => !rest.next().is_some_and(|c| HAN_STREET.contains(&c)),
            _ => true,
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_line_of_the_table_reads_with_a_known_source() {
        let rows = read_places().unwrap_or_else(|e| panic!("{e}"));
        assert!(rows.len() > 800, "{}", rows.len());
        assert_eq!(places().len(), rows.len());
        for r in &rows {
            // A spelling names a place that has its own first line, in the same province.
            if let Some(first) = &r.spelling_of {
                assert!(
                    rows.iter().any(|f| f.spelling_of.is_none() && f.name == *first && f.within == r.within),
                    "{r:?}: its first spelling has no line of its own"
                );
            }
            if let Some(since) = &r.since {
                assert!(["2019.1", "2022.11"].contains(&since.as_str()), "{r:?}");
            }
        }
    }

    /// Every county-level division of Xinjiang in the code table (GB/T 2260: 65xxxx but the districts that share
    /// their city's name) has its Chinese characters, a Latin spelling the risk model reads, and a code.
    #[test]
    fn every_division_of_xinjiang_is_written_in_characters_and_read_in_latin_letters() {
        let rows = places();
        let xinjiang: Vec<&PlaceName> = rows.iter().filter(|r| r.within.as_deref() == Some("Xinjiang")).collect();
        let mut codes: Vec<&str> = xinjiang.iter().filter_map(|r| r.code.as_deref()).filter(|c| c.len() >= 4).collect();
        codes.sort_unstable();
        codes.dedup();
        // 14 prefecture-level divisions, the county-level cities, counties, distinct districts and corps cities.
        assert!(codes.len() >= 110, "{}", codes.len());
        for code in codes {
            let of = |system: &str| xinjiang.iter().any(|r| r.code.as_deref() == Some(code) && r.system == system);
            assert!(of("hanzi"), "{code}: no Chinese characters");
            let mut latin = xinjiang.iter().filter(|r| r.code.as_deref() == Some(code) && r.system != "hanzi");
            // Two districts are read only in characters, their pinyin being another place's or the mountains' name
            // (天山区 Tianshan, 伊州区 Yizhou, as Guangxi's Yizhou): every other division in Latin letters too.
            let district = xinjiang.iter().any(|r| r.code.as_deref() == Some(code) && r.level == "district");
            assert!(latin.any(|r| r.since.is_some()) || district, "{code}: no Latin spelling the model reads");
        }
    }

    fn set(names: &[&str]) -> NameSet {
        let mut s = NameSet::new(true);
        for n in names {
            s.add(n, *n == "Uyghur");
        }
        s
    }

    #[test]
    fn a_name_is_found_as_whole_words_in_any_case_with_accents_and_hyphens_or_in_pieces() {
        let s = set(&["Bole", "Sinkiang", "Hsinchiang", "Wulumuchi", "Urumqi", "Xin Jiang", "新疆", "Uyghur"]);
        for text in [
            "BOLE",
            "Bole City",
            "Sin-kiang",
            "sin kiang",
            "Hsin-chiang",
            "Wu-lu-mu-ch'i",
            "Ürümqi",
            "XINJIANG",
            "新疆维吾尔自治区",
            "Uyghur Autonomous Region",
        ] {
            assert!(s.is_named_in(text, TextField::RegionOrCity), "{text}");
        }
        for text in ["Boleyn", "Bolero", "Sinkiangese", "Ab Ole", "", "Urumqiroad"] {
            assert!(!s.is_named_in(text, TextField::RegionOrCity), "{text}");
        }
        // Pieces need a name long enough: "Bo-le" is two words of something else.
        assert!(!s.is_named_in("Bo-le", TextField::RegionOrCity));
        // Without `joined`, pieces are not read (the reading of the models before 2022.11).
        let mut plain = NameSet::new(false);
        plain.add("Sinkiang", false);
        assert!(!plain.is_named_in("Sin-kiang", TextField::RegionOrCity));
        assert!(plain.is_named_in("Sinkiang", TextField::RegionOrCity));
    }

    #[test]
    fn in_an_address_a_street_named_after_a_place_and_a_people_place_nothing() {
        let s = set(&["Bole", "Urumqi", "Wulumuqi", "Xinjiang", "Kachgar", "新疆", "乌鲁木齐", "Uyghur"]);
        for text in [
            "12 Renmin Road, Bole",
            "Bole Economic Development Zone",
            "Room 3, 88 Jiefang Lu, Urumqi",
            "新疆博乐市",
            "乌鲁木齐市沙依巴克区",
            "Zone industrielle, Kachgar",
        ] {
            assert!(s.is_named_in(text, TextField::Address), "{text}");
        }
        for text in [
            "288 Urumqi Middle Road, Xuhui",
            "1 Wulumuqi Bei Lu",
            "5 Xinjiang Rd",
            "Xinjiang Road 5",
            "12 rue de Kachgar",
            "新疆路12号",
            "乌鲁木齐北路",
            "Uyghur Restaurant, 5 Main Street",
        ] {
            assert!(!s.is_named_in(text, TextField::Address), "{text}");
        }
        // The same words in a city field name the place.
        assert!(s.is_named_in("Uyghur Autonomous Region", TextField::RegionOrCity));
    }
}
