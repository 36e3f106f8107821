//! ISO 3166-1 alpha-2 country codes, parsed from codes or English and French names.

use std::collections::HashMap;
use std::fmt;
use std::sync::OnceLock;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::text::fold_words;

/// ISO 3166-1 data from Debian's `iso-codes` 4.15 (English names and their French translations), plus `XK` Kosovo.
/// Where `iso-codes` gives only ISO's inverted short name (`Congo, The Democratic Republic of the`, `Virgin Islands,
/// British`), its `common_en` column holds the name in running order, as the UN writes it (`Democratic Republic of
/// the Congo`, `British Virgin Islands`; Chaînon's data, 2026-12-02): a name shown to a reader is never inverted.
const ISO3166: &str = include_str!("iso3166.csv");
/// Common variants and the names used by ILAB that are not ISO short names, and the names of the World Bank's
/// country list (`Lao PDR`, `Hong Kong SAR, China`, `St. Lucia`, `Gambia, The`), of UN M49 (`Republic of Korea`)
/// and of common use (`PRC`, `East Timor`, `Myanmar (Burma)`, `Chinese Taipei`, `Vatican`).
const ALIASES: &str = include_str!("country_aliases.csv");
/// The UN M49 geographic sub-region of each code (UN Statistics Division, *Standard country or area codes for
/// statistical use*); M49 counts Taiwan within China and Kosovo within Serbia, so they carry those sub-regions.
/// Antarctica has none.
const M49_SUBREGIONS: &str = include_str!("un_m49_subregions.csv");
/// How each country is named inside a sentence, which its name alone does not say: English with its article where
/// it takes one (`the United States`, `the Netherlands`) and in its running form (`the Democratic Republic of the
/// Congo` for ISO's `Congo, The Democratic Republic of the`); French with its article (`le Canada`, `la Chine`,
/// `les États-Unis`, `l'Inde`, `Taïwan`), after « à » (`au Canada`, `en Chine`, `aux États-Unis`, `à Taïwan`,
/// `à la Barbade`) and after « de » (`du Canada`, `de la Chine`, `des États-Unis`, `d'Israël`). Chaînon's data
/// (2026-12-01), after the Translation Bureau's usage (Termium Plus, *Le guide du rédacteur*); a test makes sure
/// every code of the table has each form.
const IN_TEXT: &str = include_str!("country_in_text.csv");
/// The ILO's Arab States (ILOSTAT, *Country groupings: ILO regions*): the members of the ILO Regional Office for Arab
/// States, all in M49's Western Asia. The rest of Western Asia is in the ILO's Europe and Central Asia.
const ARAB_STATES: [&str; 12] = ["AE", "BH", "IQ", "JO", "KW", "LB", "OM", "PS", "QA", "SA", "SY", "YE"];

struct Country {
    code: CountryCode,
    name_en: String,
    name_fr: String,
    subregion: Option<String>,
    /// The forms of [`IN_TEXT`]: English in running text, French with its article, after « à », after « de ».
    in_text: Option<InText>,
}

/// A country's name as a sentence needs it ([`IN_TEXT`]).
struct InText {
    en: String,
    fr: String,
    fr_in: String,
    fr_of: String,
}

/// How a country's name sits inside a sentence: as the object (`the United States`, `les États-Unis`), after « in »
/// (`in the United States`, `aux États-Unis`) or after « from » / « de » (`from the United States`, `des États-Unis`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InSentence {
    /// With its article, as a sentence names it: `the Philippines`, `les Philippines`, `Taïwan`.
    Named,
    /// Where something is: `in the Philippines`, `aux Philippines`, `à Taïwan`, `en Chine`.
    In,
    /// Where something comes from: `from the Philippines`, `des Philippines`, `de Taïwan`, `de la Chine`.
    From,
}

struct Table {
    countries: Vec<Country>,
    by_code: HashMap<String, usize>,
    by_name: HashMap<String, usize>,
    /// Folded names that name two or more countries, with their indexes (see [`ambiguous_names`]).
    ambiguous: HashMap<String, Vec<usize>>,
}

/// Names that name more than one country although no ISO 3166 short name begins with them before a comma (those are
/// found from the table: `Congo`, `Korea`, `Corée`, `Virgin Islands`).
const AMBIGUOUS_EXTRA: [(&str, [&str; 2]); 1] = [("Îles Vierges", ["VG", "VI"])];

fn table() -> &'static Table {
    static TABLE: OnceLock<Table> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut t = Table {
            countries: Vec::new(),
            by_code: HashMap::new(),
            by_name: HashMap::new(),
            ambiguous: HashMap::new(),
        };
        // Each country's official names, for a short name that names two countries.
        let mut officials: Vec<(usize, String, String)> = Vec::new();
        let mut rdr = csv::Reader::from_reader(ISO3166.as_bytes());
        for rec in rdr.records().flatten() {
            let get = |i: usize| rec.get(i).unwrap_or_default().to_string();
            let (alpha2, alpha3) = (get(0), get(1));
            // A code is two ASCII capitals; the table is compiled in, so a malformed row is a data error to skip.
            let code = match alpha2.as_bytes() {
                &[a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => CountryCode([a, b]),
                _ => continue,
            };
            let common_en = get(3);
            let common_fr = get(6);
            let name_en = if common_en.is_empty() { get(2) } else { common_en.clone() };
            let name_fr = if common_fr.is_empty() { get(5) } else { common_fr.clone() };
            let idx = t.countries.len();
            t.by_code.insert(alpha2, idx);
            t.by_code.insert(alpha3, idx);
            // The part of an ISO short name before its comma (`Korea` of `Korea, Republic of`) is a name people write
            // alone: when two countries' short names share it, it names neither.
            for short in [get(2), get(5)] {
                let head = short.split(',').next().unwrap_or_default();
                if !head.is_empty() {
                    t.ambiguous.entry(fold_words(head)).or_default().push(idx);
                }
            }
            for n in [get(2), common_en, get(4), get(5), common_fr] {
                if !n.is_empty() {
                    t.by_name.insert(fold_words(&n), idx);
                }
            }
            officials.push((idx, get(4), String::new()));
            t.countries.push(Country { code, name_en, name_fr, subregion: None, in_text: None });
        }
        let mut rdr = csv::Reader::from_reader(M49_SUBREGIONS.as_bytes());
        for rec in rdr.records().flatten() {
            if let (Some(code), Some(sub)) = (rec.get(0), rec.get(1).map(str::trim).filter(|s| !s.is_empty()))
                && let Some(c) = t.by_code.get(code).copied().and_then(|i| t.countries.get_mut(i))
            {
                c.subregion = Some(sub.to_string());
            }
        }
        let mut rdr = csv::Reader::from_reader(IN_TEXT.as_bytes());
        for rec in rdr.records().flatten() {
            let get = |i: usize| rec.get(i).map(str::trim).unwrap_or_default().to_string();
            if let Some(c) = t.by_code.get(&get(0)).copied().and_then(|i| t.countries.get_mut(i)) {
                c.in_text = Some(InText { en: get(1), fr: get(2), fr_in: get(3), fr_of: get(4) });
            }
        }
        let mut rdr = csv::Reader::from_reader(ALIASES.as_bytes());
        for rec in rdr.records().flatten() {
            if let (Some(alias), Some(code)) = (rec.get(0), rec.get(1))
                && let Some(&idx) = t.by_code.get(code)
            {
                t.by_name.insert(fold_words(alias), idx);
            }
        }
        for (name, codes) in AMBIGUOUS_EXTRA {
            let idxs = codes.iter().filter_map(|c| t.by_code.get(*c).copied()).collect();
            t.ambiguous.insert(fold_words(name), idxs);
        }
        t.ambiguous.retain(|_, idxs| {
            idxs.dedup();
            idxs.len() > 1
        });
        // A short name that names two countries (ISO's `Congo` for CG, also the head of CD's `Congo, The Democratic
        // Republic of the`) is refused where it is typed: the name lists and messages give the official name
        // (`Republic of the Congo`), so every name the service writes reads back as its code.
        for (idx, official_en, official_fr) in officials {
            if let Some(c) = t.countries.get_mut(idx) {
                for (name, official) in [(&mut c.name_en, official_en), (&mut c.name_fr, official_fr)] {
                    if t.ambiguous.contains_key(&fold_words(name)) && !official.is_empty() {
                        *name = official;
                    }
                }
            }
        }
        t
    })
}

/// The countries a typed name may mean when it names two or more (`Congo`: CG and CD; `Korea`, `Corée`: KR and
/// KP; `Virgin Islands`, `Îles Vierges`: VG and VI), found from the ISO 3166 short names: a name that is the part
/// before the comma of two countries' short names names neither. Empty for any other text.
pub fn ambiguous_names(s: &str) -> Vec<CountryCode> {
    let t = table();
    t.ambiguous
        .get(&fold_words(s.trim()))
        .map(|idxs| idxs.iter().filter_map(|&i| t.countries.get(i).map(|c| c.code)).collect())
        .unwrap_or_default()
}

/// An ISO 3166-1 alpha-2 code, always upper case and always one the table knows.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CountryCode([u8; 2]);

impl CountryCode {
    /// Canada.
    pub const CANADA: CountryCode = CountryCode(*b"CA");

    /// China.
    pub const CHINA: CountryCode = CountryCode(*b"CN");

    /// Parses an alpha-2 or alpha-3 code, or an English or French name (ISO short names and common variants),
    /// ignoring case, accents and punctuation.
    pub fn parse(s: &str) -> Option<Self> {
        let t = table();
        let trimmed = s.trim();
        let upper = trimmed.to_ascii_uppercase();
        let idx = if (upper.len() == 2 || upper.len() == 3) && upper.bytes().all(|b| b.is_ascii_uppercase()) {
            t.by_code.get(&upper).copied()
        } else {
            None
        }
        .or_else(|| t.by_name.get(&fold_words(trimmed)).copied())?;
        t.countries.get(idx).map(|c| c.code)
    }

    /// The most words of any name [`CountryCode::parse`] knows, as `text::fold_words` splits it (`South Georgia and
    /// the South Sandwich Islands`: 7): no run of a search's words longer than this names a country, so a search tries
    /// no longer runs.
    pub fn longest_name_words() -> usize {
        static LONGEST: OnceLock<usize> = OnceLock::new();
        *LONGEST.get_or_init(|| table().by_name.keys().map(|n| n.split(' ').count()).max().unwrap_or(1))
    }

    /// The two-letter code.
    pub fn as_str(&self) -> &str {
        std::str::from_utf8(&self.0).unwrap_or("??")
    }

    fn entry(&self) -> Option<&'static Country> {
        let t = table();
        t.by_code.get(self.as_str()).and_then(|&i| t.countries.get(i))
    }

    /// The English short name (`Viet Nam` is given as `Vietnam`, its common name).
    pub fn name_en(&self) -> &'static str {
        self.entry().map_or("?", |c| c.name_en.as_str())
    }

    /// The French short name.
    pub fn name_fr(&self) -> &'static str {
        self.entry().map_or("?", |c| c.name_fr.as_str())
    }

    /// The name in the given language.
    pub fn name(&self, lang: super::Lang) -> &'static str {
        match lang {
            super::Lang::En => self.name_en(),
            super::Lang::Fr => self.name_fr(),
        }
    }

    /// The name as a sentence says it in a language ([`InSentence`]), from the table's data; empty where the table
    /// has no form for the code (a test makes sure it has every one).
    pub fn in_sentence(&self, lang: super::Lang, how: InSentence) -> String {
        let Some(f) = self.entry().and_then(|c| c.in_text.as_ref()) else { return String::new() };
        let pick = |s: &str| s.to_string();
        match (lang, how) {
            (super::Lang::En, InSentence::Named) => pick(&f.en),
            (super::Lang::En, InSentence::In) if !f.en.is_empty() => format!("in {}", f.en),
            (super::Lang::En, InSentence::From) if !f.en.is_empty() => format!("from {}", f.en),
            (super::Lang::En, _) => String::new(),
            (super::Lang::Fr, InSentence::Named) => pick(&f.fr),
            (super::Lang::Fr, InSentence::In) => pick(&f.fr_in),
            (super::Lang::Fr, InSentence::From) => pick(&f.fr_of),
        }
    }

    /// The UN M49 geographic sub-region (`South-eastern Asia`, `Sub-Saharan Africa` …); `None` for Antarctica.
    pub fn m49_subregion(&self) -> Option<&'static str> {
        self.entry().and_then(|c| c.subregion.as_deref())
    }

    /// The UN's SDG regional grouping of the country's M49 sub-region — the regions of the ILO–UNICEF child-labour
    /// estimates (`Eastern and South-Eastern Asia`, `Europe and Northern America` …); `None` without a sub-region.
    pub fn sdg_region(&self) -> Option<&'static str> {
        Some(match self.m49_subregion()? {
            "Sub-Saharan Africa" => "Sub-Saharan Africa",
            "Northern Africa" | "Western Asia" => "Northern Africa and Western Asia",
            "Central Asia" | "Southern Asia" => "Central and Southern Asia",
            "Eastern Asia" | "South-eastern Asia" => "Eastern and South-Eastern Asia",
            "Latin America and the Caribbean" => "Latin America and the Caribbean",
            "Northern America" | "Northern Europe" | "Western Europe" | "Southern Europe" | "Eastern Europe" => {
                "Europe and Northern America"
            }
            "Australia and New Zealand" => "Australia and New Zealand",
            "Melanesia" | "Micronesia" | "Polynesia" => "Oceania (excluding Australia and New Zealand)",
            _ => return None,
        })
    }

    /// The ILO region of the country — the regions of the ILO–Walk Free–IOM forced-labour estimates (`Africa`,
    /// `Americas`, `Arab States`, `Asia and the Pacific`, `Europe and Central Asia`) — from its M49 sub-region as the
    /// ILO groups them (ILOSTAT, *Country groupings: ILO regions*): Western Asia splits between the Arab States
    /// (`ARAB_STATES`) and Europe and Central Asia (Türkiye, Israel, Cyprus, the Caucasus); Northern Africa is in
    /// Africa; Central Asia in Europe and Central Asia; Southern Asia (with Iran) and Oceania in Asia and the
    /// Pacific. `None` without a sub-region (Antarctica).
    pub fn ilo_region(&self) -> Option<&'static str> {
        Some(match self.m49_subregion()? {
            "Western Asia" if ARAB_STATES.contains(&self.as_str()) => "Arab States",
            "Northern Africa" | "Sub-Saharan Africa" => "Africa",
            "Latin America and the Caribbean" | "Northern America" => "Americas",
            "Eastern Asia"
            | "South-eastern Asia"
            | "Southern Asia"
            | "Australia and New Zealand"
            | "Melanesia"
            | "Micronesia"
            | "Polynesia" => "Asia and the Pacific",
            "Western Asia" | "Central Asia" | "Northern Europe" | "Western Europe" | "Southern Europe"
            | "Eastern Europe" => "Europe and Central Asia",
            _ => return None,
        })
    }

    /// Every known code, in table order (for drop-down lists).
    pub fn all() -> impl Iterator<Item = CountryCode> {
        table().countries.iter().map(|c| c.code)
    }
}

/// Why a country typed by a person was not read (see [`read_typed`]): the message of the catalogues (`country.*`),
/// and its words in English and French for the callers that take text (a test holds them to the catalogues).
#[derive(Debug, Clone, PartialEq)]
pub struct NotACountry {
    /// The message, said in the reader's language where it is shown (`reports::Catalog::say`).
    pub message: super::Message,
    /// The message in English.
    pub en: String,
    /// The message in French.
    pub fr: String,
}

/// Whether a character may be part of a country's name as people write it: letters (any script), spaces,
/// apostrophes, hyphens, dots, commas, parentheses, `&` and combining accents (`Côte d’Ivoire`, `Korea, Republic of`).
fn country_char(c: char) -> bool {
    c.is_alphabetic()
        || c.is_whitespace()
        || matches!(c, '\'' | '’' | '‘' | '-' | '‐' | '‑' | '.' | ',' | '(' | ')' | '&')
        || matches!(c, '\u{300}'..='\u{36f}')
}

/// The one reading of a country a person typed — a spreadsheet cell or JSON value of a declaration, a cell of a
/// screening list, a web form or query: an ISO 3166 code (alpha-2 or alpha-3) or an English or French name, as
/// [`CountryCode::parse`] reads them. A text holding a character that is no part of a name (`Malaysia🧤`,
/// `Canada ✓`, `MY?`, `Chine*`, a digit) is refused, never matched with the character ignored: a mark left in a cell
/// may say something (a check mark, a footnote, "to be confirmed"), and the record keeps what was written. The
/// refusal names the character and its code point and, when the text without it is a country, says which ("did you
/// mean Malaysia?"). Codes and data files written by programs are read by [`CountryCode::parse`].
pub fn read_typed(s: &str) -> Result<CountryCode, NotACountry> {
    use super::Message;
    let s = s.trim();
    if let Some(stray) = s.chars().find(|&c| !country_char(c)) {
        let code = format!("U+{:04X}", u32::from(stray));
        let cleaned: String = s.chars().filter(|&c| country_char(c)).collect();
        return Err(match CountryCode::parse(&cleaned) {
            Some(c) => NotACountry {
                message: Message::new("country.stray_meant")
                    .text("text", s)
                    .text("stray", stray)
                    .text("code", code.as_str())
                    .names("country", c.name_en(), c.name_fr()),
                en: format!(
                    "“{s}” holds “{stray}” ({code}), which is no part of a country's name: did you mean {}? Write the \
                     country alone",
                    c.name_en()
                ),
                fr: format!(
                    "«\u{a0}{s}\u{a0}» contient «\u{a0}{stray}\u{a0}» ({code}), qui ne fait partie d'aucun nom de \
                     pays\u{a0}: vouliez-vous dire {}\u{202f}? Écrivez le pays seul",
                    c.name_fr()
                ),
            },
            None => NotACountry {
                message: Message::new("country.stray").text("text", s).text("stray", stray).text("code", code.as_str()),
                en: format!(
                    "“{s}” is not a country: it holds “{stray}” ({code}), which is no part of a country's name. Use an \
                     ISO 3166 code such as MY, or a country name in English or French"
                ),
                fr: format!(
                    "«\u{a0}{s}\u{a0}» n'est pas un pays\u{a0}: il contient «\u{a0}{stray}\u{a0}» ({code}), qui ne fait \
                     partie d'aucun nom de pays. Utilisez un code ISO 3166 comme MY, ou le nom du pays en français ou \
                     en anglais"
                ),
            },
        });
    }
    let candidates = ambiguous_names(s);
    if !candidates.is_empty() {
        let list = |fr: bool| {
            candidates
                .iter()
                .map(|c| format!("{} ({})", c.as_str(), if fr { c.name_fr() } else { c.name_en() }))
                .collect::<Vec<_>>()
                .join(if fr { " ou " } else { " or " })
        };
        // `A or B or C` as messages: each candidate is the first of an `either` whose rest is the others.
        let candidate = |c: &CountryCode| {
            Message::new("country.candidate").text("code", c.as_str()).names("country", c.name_en(), c.name_fr())
        };
        let said = candidates.iter().rev().fold(None, |rest: Option<Message>, c| {
            Some(match rest {
                None => candidate(c),
                Some(rest) => Message::new("country.either").said("first", candidate(c)).said("rest", rest),
            })
        });
        let codes = candidates.iter().map(CountryCode::as_str).collect::<Vec<_>>().join(", ");
        return Err(NotACountry {
            message: Message::new("country.ambiguous")
                .text("text", s)
                .said("candidates", said.unwrap_or_else(|| Message::new("country.candidate")))
                .text("codes", codes.as_str()),
            en: format!(
                "“{s}” names more than one country: {}. Write the code of the one meant ({codes})",
                list(false)
            ),
            fr: format!(
                "«\u{a0}{s}\u{a0}» désigne plus d'un pays\u{a0}: {}. Écrivez le code de celui qui est visé ({codes})",
                list(true)
            ),
        });
    }
    CountryCode::parse(s).ok_or_else(|| NotACountry {
        message: Message::new("country.unknown").text("text", s),
        en: format!("“{s}” is not a country: use an ISO 3166 code such as MY, or a country name in English or French"),
        fr: format!(
            "«\u{a0}{s}\u{a0}» n'est pas un pays\u{a0}: utilisez un code ISO 3166 comme MY, ou le nom du pays en \
             français ou en anglais"
        ),
    })
}

impl fmt::Display for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for CountryCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "CountryCode({})", self.as_str())
    }
}

impl Serialize for CountryCode {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for CountryCode {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        CountryCode::parse(&s).ok_or_else(|| serde::de::Error::custom(format!("unknown country `{s}`")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::arbitrary_text::{any_length_text, bidi_control, marks, with_marks};
    use proptest::prelude::*;

    /// What every country the parser gives back must be: a code of the table, which parses back to itself.
    fn assert_well_formed(input: &str, cc: CountryCode) {
        let code = cc.as_str();
        assert!(code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()), "{input:?} → {cc:?}");
        assert!(CountryCode::all().any(|c| c == cc), "{input:?} → {cc:?}");
        assert_eq!(CountryCode::parse(code), Some(cc), "parsing is idempotent");
        assert_ne!(cc.name_en(), "?");
        assert_ne!(cc.name_fr(), "?");
    }

    /// The English or French name of a country, with the country.
    fn a_country_name() -> impl Strategy<Value = (CountryCode, String)> {
        let names: Vec<(CountryCode, String)> = CountryCode::all()
            .flat_map(|c| [(c, c.name_en().to_string()), (c, c.name_fr().to_string())])
            .filter(|(c, name)| CountryCode::parse(name) == Some(*c))
            .collect();
        proptest::sample::select(names)
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn a_country_parsed_from_any_text_is_a_known_code(s in any_length_text()) {
            if let Some(cc) = CountryCode::parse(&s) {
                assert_well_formed(&s, cc);
            }
        }

        #[test]
        fn combining_marks_and_bidi_marks_never_change_which_country_a_name_means(
            (cc, name) in a_country_name(),
            marks in marks(),
            bidi in bidi_control(),
        ) {
            prop_assert_eq!(CountryCode::parse(&with_marks(&name, &marks)), Some(cc));
            prop_assert_eq!(CountryCode::parse(&format!("{bidi}{name}{bidi}")), Some(cc));
        }
    }

    #[test]
    fn french_names_are_spelled_and_capitalised_as_readers_expect_and_the_old_forms_still_read() {
        for c in CountryCode::all() {
            let name = c.name_fr();
            assert!(!name.starts_with(char::is_lowercase), "{c}: {name}");
            assert!(!name.contains(", Île") && !name.contains(", Îles"), "{c}: {name} (inverted)");
            // ISO's French list inverts the form of government behind a comma ("Russie, Fédération de"): a reader
            // expects the short name. Only lists of places keep a comma ("Bonaire, Saint-Eustache et Saba").
            let after_comma = name.split_once(", ").map_or("", |(_, rest)| rest);
            for form in ["République", "Fédération", "État", "États", "province", "Province"] {
                assert!(!after_comma.starts_with(form), "{c}: {name} (inverted)");
            }
        }
        let fr = |code: &str| CountryCode::parse(code).unwrap().name_fr();
        assert_eq!(fr("GL"), "Groenland");
        assert_eq!(fr("BV"), "Île Bouvet");
        assert_eq!(fr("AX"), "Îles Åland");
        assert_eq!(fr("RE"), "La Réunion");
        assert_eq!(fr("VE"), "Venezuela");
        for (code, name) in [
            ("RU", "Russie"),
            ("IR", "Iran"),
            ("LA", "Laos"),
            ("FM", "Micronésie"),
            ("SY", "Syrie"),
            ("PS", "Palestine"),
            ("KR", "Corée du Sud"),
            ("KP", "Corée du Nord"),
            ("GQ", "Guinée équatoriale"),
            ("BQ", "Bonaire, Saint-Eustache et Saba"),
        ] {
            assert_eq!(fr(code), name);
        }
        // Workbooks filled from earlier templates' drop-downs carry the old names.
        for (old, code) in
            [("Groënland", "GL"), ("Åland, Îles", "AX"), ("Réunion, Île de la", "RE"), ("île Bouvet", "BV")]
                .into_iter()
                .chain([
                    ("Russie, Fédération de", "RU"),
                    ("Iran, République islamique d'", "IR"),
                    ("Lao, République démocratique populaire", "LA"),
                    ("Micronésie, États fédérés de", "FM"),
                    ("Syrienne, République arabe", "SY"),
                    ("Palestine, État de", "PS"),
                    ("Guinée Équatoriale", "GQ"),
                ])
        {
            assert_eq!(CountryCode::parse(old).map(|c| c.to_string()).as_deref(), Some(code), "{old}");
        }
    }

    #[test]
    fn every_row_of_the_table_is_read() {
        let rows = ISO3166.lines().skip(1).filter(|l| !l.trim().is_empty()).count();
        assert_eq!(CountryCode::all().count(), rows);
    }

    fn code(s: &str) -> Option<String> {
        CountryCode::parse(s).map(|c| c.to_string())
    }

    /// A name shown to a reader is in running order in both languages, never ISO's inverted form (`Congo, The
    /// Democratic Republic of the`, `Virgin Islands, U.S.`, « Corée, République de »): a comma only lists places
    /// (`Bonaire, Sint Eustatius and Saba`). The inverted names are still read.
    #[test]
    fn no_country_is_named_in_the_inverted_form_of_its_iso_name() {
        let t = table();
        let inverted: Vec<String> = t
            .countries
            .iter()
            .flat_map(|c| [c.name_en.as_str(), c.name_fr.as_str()])
            .filter(|n| n.contains(", ") && !n.contains(" and ") && !n.contains(" et "))
            .map(str::to_string)
            .collect();
        assert!(inverted.is_empty(), "{inverted:?}");
        assert_eq!(CountryCode::parse("CD").map(|c| c.name_en()), Some("Democratic Republic of the Congo"));
        for (name, want) in [
            ("Congo, The Democratic Republic of the", "CD"),
            ("Virgin Islands, U.S.", "VI"),
            ("Micronesia, Federated States of", "FM"),
            ("Palestine, State of", "PS"),
            ("British Virgin Islands", "VG"),
        ] {
            assert_eq!(code(name).as_deref(), Some(want), "{name}");
        }
    }

    #[test]
    fn codes_and_names_in_both_languages_resolve() {
        assert_eq!(code("MY").as_deref(), Some("MY"));
        assert_eq!(code("my").as_deref(), Some("MY"));
        assert_eq!(code("MYS").as_deref(), Some("MY"));
        assert_eq!(code("Malaisie").as_deref(), Some("MY"));
        assert_eq!(code("Chine").as_deref(), Some("CN"));
        assert_eq!(code("Viet Nam").as_deref(), Some("VN"));
        assert_eq!(code("Vietnam").as_deref(), Some("VN"));
        assert_eq!(code("Türkiye").as_deref(), Some("TR"));
        assert_eq!(code("Turkey").as_deref(), Some("TR"));
        assert_eq!(code("Congo, Democratic Republic of the").as_deref(), Some("CD"));
        assert_eq!(code("DR Congo").as_deref(), Some("CD"));
        assert_eq!(code("  united states ").as_deref(), Some("US"));
        assert_eq!(code("États-Unis").as_deref(), Some("US"));
        // The long forms people write for the two Koreas, in French as in English, and the English abbreviation.
        assert_eq!(code("DPRK").as_deref(), Some("KP"));
        assert_eq!(code("République populaire démocratique de Corée").as_deref(), Some("KP"));
        assert_eq!(code("Democratic People's Republic of Korea").as_deref(), Some("KP"));
        assert_eq!(code("République de Corée").as_deref(), Some("KR"));
        assert_eq!(code("Republic of Korea").as_deref(), Some("KR"));
    }

    #[test]
    fn unknown_names_are_refused() {
        assert_eq!(code("Atlantis"), None);
        assert_eq!(code("ZZ"), None);
        assert_eq!(code(""), None);
    }

    #[test]
    fn every_country_but_antarctica_has_an_m49_subregion_and_an_sdg_region() {
        for c in CountryCode::all() {
            if c.as_str() == "AQ" {
                assert_eq!(c.sdg_region(), None);
                continue;
            }
            assert!(c.m49_subregion().is_some(), "{c:?} has no M49 sub-region");
            assert!(c.sdg_region().is_some(), "{c:?}: sub-region {:?} has no SDG region", c.m49_subregion());
        }
        let sdg = |s: &str| CountryCode::parse(s).and_then(|c| c.sdg_region());
        assert_eq!(sdg("CN"), Some("Eastern and South-Eastern Asia"));
        assert_eq!(sdg("MY"), Some("Eastern and South-Eastern Asia"));
        assert_eq!(sdg("TW"), Some("Eastern and South-Eastern Asia"));
        assert_eq!(sdg("TR"), Some("Northern Africa and Western Asia"));
        assert_eq!(sdg("SD"), Some("Northern Africa and Western Asia"));
        assert_eq!(sdg("IR"), Some("Central and Southern Asia"));
        assert_eq!(sdg("TJ"), Some("Central and Southern Asia"));
        assert_eq!(sdg("RU"), Some("Europe and Northern America"));
        assert_eq!(sdg("CA"), Some("Europe and Northern America"));
        assert_eq!(sdg("VE"), Some("Latin America and the Caribbean"));
        assert_eq!(sdg("CD"), Some("Sub-Saharan Africa"));
    }

    /// Every refusal of a typed country is the catalogues' words (`country.*`) in both languages: what the callers
    /// that take text are given is what the message says, with the French spacing.
    #[test]
    fn every_refused_country_is_said_by_the_catalogues_in_both_languages_with_french_spacing() {
        let c = crate::reports::Catalog::embedded().unwrap();
        for typed in ["MY?", "Malaysia🧤", "Atlantis 7", "Atlantis", "Congo", "Korea", "Îles Vierges", "ZZ"] {
            let e = read_typed(typed).expect_err(typed);
            let (en, fr) = c.say_both(&e.message);
            assert_eq!((en.as_str(), fr.as_str()), (e.en.as_str(), e.fr.as_str()), "{typed}");
            assert!(fr.starts_with(&format!("«\u{a0}{typed}\u{a0}» ")), "{fr}");
            assert!(!fr.contains(" :") && !fr.contains(" ?") && !fr.contains("« ") && !fr.contains(" »"), "{fr}");
        }
        let (en, fr) = c.say_both(&read_typed("MY?").unwrap_err().message);
        assert!(en.contains("did you mean Malaysia? Write"), "{en}");
        assert!(
            fr.contains("qui ne fait partie d'aucun nom de pays\u{a0}: vouliez-vous dire Malaisie\u{202f}? Écrivez"),
            "{fr}"
        );
        let (en, fr) = c.say_both(&read_typed("Congo").unwrap_err().message);
        assert!(
            en.contains("more than one country: CD (Democratic Republic of the Congo) or CG (Republic of the Congo)."),
            "{en}"
        );
        assert!(
            fr.contains("plus d'un pays\u{a0}: CD (") && fr.contains(") ou CG (République du Congo). Écrivez"),
            "{fr}"
        );
        assert!(fr.ends_with("Écrivez le code de celui qui est visé (CD, CG)"), "{fr}");
    }

    #[test]
    fn names_come_back_in_each_language() {
        let cn = CountryCode::parse("CN").unwrap();
        assert_eq!(cn.name_en(), "China");
        assert_eq!(cn.name_fr(), "Chine");
    }
}
