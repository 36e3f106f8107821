//! Matching parties (suppliers, site operators, sites) against a list edition.
//!
//! In this order, the first that answers for a pair wins:
//! 1. **Identifiers**: the CRA business number (supplier, operator) or the Open Supply Hub ID (site) equals the
//!    entry's. Country is not asked: the identifier is the entity.
//! 2. **Names**, each side transliterated to Latin letters first (`deunicode`: Chinese to pinyin syllables, Cyrillic,
//!    Arabic … to their common romanisation; an Arabic name, whose short vowels are not written, also meets its
//!    usual Latin spellings letter by letter, `Mohammed`, `Muhammad` and `Mohamed` for `محمد`, the Latin side also
//!    with its articles left out and its `Abd` parted, `Abdelkader` as `abd kader`: `arabic.rs`, `arabic_latin.rs`, at
//!    [`ARABIC_SIMILARITY`]) and normalised with the national graph's own normaliser
//!    ([`normalise_name_where`]: case, accents, punctuation, legal forms — a short one, `AS`, `SA`, `AG` …, only
//!    where the side's country uses it, none in a person's name; and a leading French article, see
//!    [`prepare_name`]):
//!    - the same normalised name, primary or alias or former name (similarity 1; method `exact_name`, `alias` or
//!      `former_name` by which, `transliteration` when a side is written in another script than Latin letters and
//!      the two are not written alike, `look_alike_letters` when a side is a Latin name with letters of another
//!      alphabet drawn as Latin ones, `Osprey Rope аnd Cordage` with a Cyrillic `а`, read as the Latin letters they
//!      look like before anything else: [`MatchMethod`]); a name is also known by its form
//!      with every short legal form kept, so the same name written alike on both sides is found whatever country
//!      each side gives;
//!    - the same letters once spaces and a romanised legal form (`youxian gongsi`, `gufen` …) are dropped —
//!      pinyin written syllable by syllable against the same name written in words (similarity 1; `compact_name`
//!      between Latin names, `transliteration` across scripts);
//!    - **token similarity** at or above [`THRESHOLD`]: each word of one side is paired with its closest word of the
//!      other (equal: 1; Jaro–Winkler ≥ [`WORD_THRESHOLD`] for words of 4 letters or more without digits: that
//!      value, or [`WORD_THRESHOLD`] when one edit turns one such word into the other; else 0), and the similarity is the mean over the words of both sides (a soft Dice coefficient: word
//!      order does not count, a missing or extra word does), with at least [`ENTRY_COVERAGE`] of the entry's words
//!      found in the party's name;
//!    - for an entry "and its subsidiaries": every word of the entry's name found in the party's name (≥ 2 words);
//!    - **another romanisation**, both sides in Latin letters (`romanisation`): a name of Arabic origin in its English
//!      or French spelling (`Mohamed Abdelkader El Hachemi` for `Mohammed Abd al-Qadir al-Hashimi`: each side read
//!      into romanisation words by `arabic_latin.rs`, spelling rules in `arabic_latin_spellings.csv` and names in
//!      `arabic_given_names.csv`, then the token similarity above at [`THRESHOLD`] and [`ENTRY_COVERAGE`]); a Chinese
//!      name in Wade–Giles or the postal romanisation against pinyin (`Tsingshan` for `Qingshan`, `Kwangtung` for
//!      `Guangdong`; `wade_giles.rs`, places in `china_places_postal.csv`), the whole name alike once both are read,
//!      one side carrying a mark pinyin never writes (for a person, a given name hyphenated, `Wei-ming`), parties of
//!      China, Taiwan, Hong Kong, Macao or no country, a side in Chinese characters read as pinyin; a person's name
//!      is also known with its surname moved (`Weiming Zhang` for `张伟明`), and two people's names in pinyin are
//!      compared syllable for syllable (`Weiping` is not `Weiming`);
//!    - **a person's name across Cyrillic romanisations** (`cyrillic.rs`: ICAO, BGN/PCGN, French, ISO 9 read into one
//!      reading; any word order, patronymics aside, a given name by its initial, every word paired: `transliteration`
//!      across scripts, `romanisation` between Latin spellings, at [`ROMANISATION_SIMILARITY`]);
//!    - common variants the similarity cannot tell from another firm's, each a method of its own whose evidence
//!      names the words left out (`name_variants.rs`): a Chinese place left out or moved (`place_omitted`,
//!      `place_moved`, party in China, places from `china_places.csv`), a branch of the entity (`branch`), one generic
//!      word fewer (`word_omitted`).
//!
//!    Country must agree where both sides give one.
//! 3. **Region or industry** (CBP orders naming no entity): a site in the order's country whose goods name one of
//!    the goods of the order's industry. With a [`GoodsReader`] (the service passes the risk model's), both are
//!    read as ILAB goods — the order's industry once, in English or French ("coton", "fil de coton", "T-shirts en
//!    coton" all name cotton; "cotton candy machines" and "cotton gin machinery parts" name none) — and meet on a
//!    good in common; an industry that names no ILAB good, or an index without a reader, compares words
//!    ([`goods_terms`]: joining words such as "and", "et", "of" and words such as "products" name no goods; words
//!    compare whole, singular or plural; the head noun must be the site's and the words that say which must agree,
//!    "Fishing nets" not reaching "mosquito nets": [`industry_meets_goods`]).
//!
//! **People** (entries of the person scope, OpenSanctions `Person`) are matched by the same name rules, but only
//! against the people a declaration names — the supplier's signatory and contact — and site operators (an operator
//! may be a sole proprietor); organisations are never matched against a signatory or a contact. A person's country
//! (nationality) is shown in the evidence but does not refuse a match: a declaration gives the country of the firm
//! or the site, never the nationality of the person who signs or runs it.
//!
//! Candidates for token similarity come from an index of the first four letters of each word of every entry name;
//! a four-letter start shared by more than [`COMMON_PREFIX_SHARE`] of the names (and at least 50) is too common to
//! propose candidates (a name made only of such words is still found by its exact or compact form).

use chrono::NaiveDate;
use rustc_hash::{FxHashMap, FxHashSet};
use serde::{Deserialize, Serialize};
use strum::{AsRefStr, Display, EnumString};

use super::{Entry, EntryScope, ListKind, arabic};
use crate::domain::legal_form::ShortForms;
use crate::domain::text::fold_words;
use crate::domain::{CountryCode, Declaration};
use crate::graph::national::{normalise_address, normalise_name, normalise_name_where};

#[path = "arabic_latin.rs"]
mod arabic_latin;
#[path = "cyrillic.rs"]
mod cyrillic;
#[path = "name_variants.rs"]
mod variants;
#[path = "wade_giles.rs"]
mod wade_giles;
#[path = "word_forms.rs"]
mod word_forms;
pub use variants::GENERIC_WORDS;

/// The similarity at or above which two names are a hit. Chosen on the labelled set of `matching_tests.rs`: a true
/// pair with one word added to a three-word name scores 6/7 ≈ 0.857 and must pass; two firms sharing two words of
/// three score at most 4/6 ≈ 0.67. A four-word name with its distinctive word dropped also scores 0.857: that one is
/// refused by [`ENTRY_COVERAGE`].
pub const THRESHOLD: f64 = 0.85;
/// The share of the entry's words (each counted by its closeness) a party's name must hold besides reaching
/// [`THRESHOLD`]: a party adds words to a listed name (a branch, a place, a legal form the normaliser does not know)
/// more often than it drops one, and a dropped word is often the one that tells two firms apart.
pub const ENTRY_COVERAGE: f64 = 0.8;
/// Two words are the same word misspelt at or above this Jaro–Winkler similarity.
pub const WORD_THRESHOLD: f64 = 0.88;
/// The similarity given to an Arabic name found by one of its usual Latin spellings (`super::arabic`): the letters
/// agree, but short vowels, unwritten in Arabic, were not compared.
pub const ARABIC_SIMILARITY: f64 = 0.9;
/// The similarity given to a Chinese name found in another romanisation (`wade_giles.rs`): the letters agree once both
/// are read in one merged reading, but the sounds that reading merges (`b`/`p`, `d`/`t`, `j`/`q` …) were not compared.
pub const ROMANISATION_SIMILARITY: f64 = 0.9;
/// The share of names above which a four-letter word start proposes no candidates.
pub const COMMON_PREFIX_SHARE: f64 = 0.005;

/// Romanised Chinese legal forms dropped from the end of a compact name (the normaliser drops the English ones).
const ROMANISED_LEGAL_FORMS: &[&str] =
    &["gufenyouxiangongsi", "youxianzerengongsi", "youxiangongsi", "jituangongsi", "gongsi", "jituan"];

/// Who a party is in a declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Display, EnumString, AsRefStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum PartyKind {
    /// The supplier who declares (business number, legal name).
    Supplier,
    /// The operator of a site (operator business number, operator name).
    Operator,
    /// A site (name, address, city, country, OS ID).
    Site,
    /// The person who signs the supplier's declaration (signatory name): matched against person entries only.
    Signatory,
    /// The supplier's contact person (contact name), when not the signatory: matched against person entries only.
    Contact,
}

impl PartyKind {
    /// Whether entries naming organisations are matched against this party.
    fn meets_organisations(self) -> bool {
        !matches!(self, PartyKind::Signatory | PartyKind::Contact)
    }

    /// Whether entries naming people are matched against this party.
    fn meets_people(self) -> bool {
        matches!(self, PartyKind::Signatory | PartyKind::Contact | PartyKind::Operator)
    }
}

/// Something screened: a supplier, a site's operator, or a site.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Party {
    pub kind: PartyKind,
    /// Who it is across declarations (decisions are remembered against it): `bn:` + business number, else
    /// `supplier:` + country + normalised name, or [`operator_key`] (country, normalised name and the site's city:
    /// two operators of one name in two cities are two parties); a site: `os:` + OS ID, else [`site_key`] (country,
    /// name, street line and city: two sites of one name and street line in two cities are two parties); a
    /// signatory or contact: `person:` + the supplier's key + normalised name (the same person of another supplier
    /// is another party).
    pub key: String,
    pub name: String,
    pub business_number: Option<String>,
    pub country: Option<CountryCode>,
    pub os_id: Option<String>,
    pub address: Option<String>,
    pub city: Option<String>,
    /// What a site makes (for region or industry orders).
    pub goods: Option<String>,
    /// The site's id in its declaration (sites and operators).
    pub site_ref: Option<String>,
}

#[cfg(test)]
impl Party {
    /// A party of tests: `kind`, `name`, `country` (an ISO 3166-1 code, or none when not one), `goods`; its key
    /// `test:` + the name, nothing else known.
    pub(crate) fn of_test(kind: PartyKind, name: &str, country: &str, goods: Option<&str>) -> Party {
        Party {
            kind,
            key: format!("test:{name}"),
            name: name.to_string(),
            business_number: None,
            country: CountryCode::parse(country),
            os_id: None,
            address: None,
            city: None,
            goods: goods.map(str::to_string),
            site_ref: None,
        }
    }
}

/// The other names an organisation's name holds, split as a list's entry name is (`parse::split_name`): its name
/// without the others, then each alias and former name; only those of two words or more that differ from the name
/// as written (a one-word abbreviation in brackets is no name to screen on its own).
fn other_names(written: &str) -> Vec<String> {
    let split = super::parse::split_name(written);
    let whole = fold_words(written);
    let mut out: Vec<String> = Vec::new();
    for n in std::iter::once(split.name).chain(split.aliases).chain(split.former_names) {
        let f = fold_words(&n);
        if f != whole && f.split(' ').filter(|w| !w.is_empty()).count() >= 2 && !out.iter().any(|o| fold_words(o) == f)
        {
            out.push(n);
        }
    }
    out
}

/// The party key of a site with no OS ID: `na:` + country + normalised name + normalised street line (the
/// national graph's key), then `:` + the city folded ([`with_city`]). Decisions are remembered against it, so a
/// decision on one site never reaches a site of the same name and street line in another city or country.
pub fn site_key(country: &str, name: &str, address: &str, city: &str) -> String {
    with_city(format!("na:{country}:{}:{}", normalise_name(name), normalise_address(address)), city)
}

/// A site key without its city (as keys were stored before they named it) given the city: `key` + `:` + the city
/// folded (case, accents, punctuation: `fold_words`); `key` as it is when the city folds to nothing.
pub fn with_city(key: String, city: &str) -> String {
    let city = fold_words(city);
    if city.is_empty() { key } else { format!("{key}:{city}") }
}

/// The party key of a site's operator named without a business number: `operator:` + country + normalised name, then
/// `:` + the site's city folded ([`with_city`]), as a site's key names it: a decision on one operator never reaches
/// another of the same name in another city or country.
pub fn operator_key(country: &str, name: &str, city: &str) -> String {
    with_city(format!("operator:{country}:{}", normalise_name(name)), city)
}

/// A party key stored before names, street lines and cities folded compatibility forms (full-width letters,
/// ligatures: [`fold_words`] reads them in NFKD) as [`parties_of`] writes it now: each name, street line and city
/// part that folding changes is normalised again as its kind is (`normalise_name`, `normalise_address`,
/// `fold_words`, a person's name `prepare_name`); every other part, and `os:` and `bn:` keys, as they are.
/// A key already so folded comes back unchanged.
pub fn refolded_key(key: &str) -> String {
    fn again(part: &str, normalise: fn(&str) -> String) -> String {
        if fold_words(part) == part { part.to_string() } else { normalise(part) }
    }
    if let Some(rest) = key.strip_prefix("person:") {
        return match rest.rsplit_once(':') {
            Some((supplier, person)) => format!("person:{}:{}", refolded_key(supplier), again(person, prepare_name)),
            None => key.to_string(),
        };
    }
    let parts: Vec<&str> = key.split(':').collect();
    let prefix = parts.first().copied().unwrap_or_default();
    // How each part after the prefix and the country was normalised: name, then street line (a site), then city.
    let kind = |i: usize| -> Option<fn(&str) -> String> {
        match (prefix, i) {
            ("supplier" | "operator" | "na", 2) => Some(normalise_name),
            ("na", 3) => Some(normalise_address),
            ("supplier" | "operator", 3) | ("na", 4) => Some(fold_words),
            _ => None,
        }
    };
    if !matches!(prefix, "supplier" | "operator" | "na") {
        return key.to_string();
    }
    let mut out: Vec<String> = Vec::with_capacity(parts.len());
    for (i, part) in parts.iter().enumerate() {
        out.push(kind(i).map_or_else(|| (*part).to_string(), |normalise| again(part, normalise)));
    }
    out.join(":")
}

/// The parties of a declaration: its supplier, its signatory and contact (the contact when another person), then
/// each site and its operator (when named).
pub fn parties_of(d: &Declaration) -> Vec<Party> {
    let s = &d.supplier;
    let bn = s.business_number.as_ref().map(|b| b.as_str().to_string());
    let supplier_key = bn.as_ref().map_or_else(
        || format!("supplier:{}:{}", s.country.as_str(), normalise_name(&s.legal_name)),
        |b| format!("bn:{b}"),
    );
    let mut out = vec![Party {
        kind: PartyKind::Supplier,
        key: supplier_key.clone(),
        name: s.legal_name.clone(),
        business_number: bn,
        country: Some(s.country),
        os_id: None,
        address: s.address.clone(),
        city: None,
        goods: None,
        site_ref: None,
    }];
    let mut people: Vec<String> = Vec::new();
    for (kind, name) in [(PartyKind::Signatory, Some(&s.signatory_name)), (PartyKind::Contact, s.contact_name.as_ref())]
    {
        let Some(name) = name.map(|n| n.trim()).filter(|n| !n.is_empty()) else { continue };
        let normalised = prepare_name(name);
        if normalised.is_empty() || people.contains(&normalised) {
            continue;
        }
        out.push(Party {
            kind,
            key: format!("person:{supplier_key}:{normalised}"),
            name: name.to_string(),
            business_number: None,
            country: None,
            os_id: None,
            address: None,
            city: None,
            goods: None,
            site_ref: None,
        });
        people.push(normalised);
    }
    for p in &d.places_of_work {
        let cc = p.country.as_str();
        let os = p.os_id.as_deref().map(|o| o.trim().to_ascii_uppercase()).filter(|o| !o.is_empty());
        out.push(Party {
            kind: PartyKind::Site,
            key: os.as_ref().map_or_else(|| site_key(cc, &p.site_name, &p.address, &p.city), |o| format!("os:{o}")),
            name: p.site_name.clone(),
            business_number: None,
            country: Some(p.country),
            os_id: os,
            address: Some(p.address.clone()),
            city: Some(p.city.clone()),
            goods: Some(p.goods.clone()),
            site_ref: Some(p.site_id.to_string()),
        });
        let obn = p.operator_business_number.as_deref().and_then(|b| crate::domain::BusinessNumber::parse(b).ok());
        if p.operator.is_some() || obn.is_some() {
            let name = p.operator.clone().unwrap_or_default();
            // The operator's own country, not the site's: a declaration gives it only when the operator is the
            // supplier itself (its business number, or its legal name); else none, so that a listed firm operating a
            // site abroad is still found by name (country agrees where both sides give one).
            let own = obn
                .as_ref()
                .is_some_and(|b| out.first().and_then(|s| s.business_number.as_deref()) == Some(b.as_str()))
                || (!name.trim().is_empty() && normalise_name(&name) == normalise_name(&s.legal_name));
            out.push(Party {
                kind: PartyKind::Operator,
                key: obn.as_ref().map_or_else(|| operator_key(cc, &name, &p.city), |b| format!("bn:{}", b.as_str())),
                name,
                business_number: obn.map(|b| b.as_str().to_string()),
                country: own.then_some(s.country),
                os_id: None,
                address: Some(p.address.clone()),
                city: Some(p.city.clone()),
                goods: None,
                site_ref: Some(p.site_id.to_string()),
            });
        }
    }
    out
}

/// How a hit was found.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Display, AsRefStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum MatchMethod {
    /// The same CRA business number.
    BusinessNumber,
    /// The same Open Supply Hub ID.
    OsId,
    /// The same name as the entry's primary name, once normalised (case, accents, punctuation, legal forms).
    ExactName,
    /// The same name as one of the entry's other names ("also known as", an abbreviation), once normalised.
    Alias,
    /// The same name as one of the entry's former names ("formerly known as"), once normalised.
    FormerName,
    /// The same name once a side written in another script than Latin letters (Chinese, Cyrillic, Arabic …) is
    /// transliterated: equal, equal letters once spaces and romanised legal forms are dropped, or an Arabic name
    /// against one of its usual Latin spellings.
    Transliteration,
    /// The same name once letters of another alphabet drawn as Latin ones (a Cyrillic `а`, `с`, `р`, a Greek `Ο`) in
    /// a Latin name are read as the Latin letters they look like (`import::read_as_latin`): equal, equal letters once
    /// spaces go, or the same words in another order. A sign of a name written to pass a program unseen, said apart
    /// from a transliteration, which is for names in another script.
    LookAlikeLetters,
    /// The same letters once spaces and romanised legal forms (`youxian gongsi`) are dropped, both sides written in
    /// Latin letters (`Hua Fu Textile` and `Huafu Textile`).
    CompactName,
    /// The same words in another order, once normalised: a person's family name written first on one side and last
    /// on the other (`Zhang Weiming`, `Weiming Zhang`), or an organisation's words reordered (`Textile Huafu`,
    /// `Huafu Textile`). Said apart from [`MatchMethod::CompactName`]: the letters run together differ.
    WordOrder,
    SimilarName,
    /// The same name in another romanisation, both sides in Latin letters: an Arabic name's English and French
    /// spellings (`Mohamed Abdelkader El Hachemi`, `Mohammed Abd al-Qadir al-Hashimi`: `arabic_latin.rs`, word
    /// similarity at [`THRESHOLD`] over the names read), or a Chinese name in Wade–Giles or the postal romanisation
    /// against pinyin (`Tsingshan`, `Qingshan`; `Kwangtung`, `Guangdong`: `wade_giles.rs`, at
    /// [`ROMANISATION_SIMILARITY`]).
    Romanisation,
    /// The entry's name with a Chinese place (province, region, prefecture-level city) left out, the rest the same.
    PlaceOmitted,
    /// The entry's name with its Chinese place written elsewhere or in another spelling (`Nei Mongol`, `Kashi`), the
    /// rest the same or spelt otherwise (spaces, hyphens).
    PlaceMoved,
    /// The entry's name with one generic word (`materials`, `industry` …) left out, every other word the same.
    WordOmitted,
    /// A branch of the entity: the entry's name (or it without its place) followed by the branch's place and
    /// `Branch` (`分公司`).
    Branch,
    /// Every word of an entry listed "and its subsidiaries" is in the party's name.
    Subsidiary,
    RegionOrIndustry,
}

/// Why a party is taken for an entry: what matched, how closely, and what each side wrote.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
// Named apart from the cases' `Evidence` in the OpenAPI document (one name, one schema).
#[schema(as = MatchEvidence)]
pub struct Evidence {
    /// How it was found: `business_number`, `os_id`, `exact_name` (the entry's primary name), `alias`, `former_name`,
    /// `transliteration` (across scripts), `look_alike_letters` (letters of another alphabet drawn as Latin ones in
    /// a Latin name), `compact_name`, `word_order` (the same words in another order),
    /// `similar_name`, `romanisation` (another romanisation between Latin names), `place_omitted`, `place_moved`,
    /// `word_omitted`, `branch`, `subsidiary` or `region_or_industry`.
    #[schema(value_type = String)]
    pub method: MatchMethod,
    /// The party's fields that matched (`business_number`, `legal_name`, `operator_name`, `site_name`,
    /// `signatory_name`, `contact_name`, `os_id`, `country`, `goods`).
    pub fields: Vec<String>,
    /// 0 to 1 (1 for identifiers and equal names).
    pub similarity: f64,
    /// What the party wrote (the name or identifier matched).
    pub party_text: String,
    /// What the entry wrote (the name, alias or identifier matched).
    pub entry_text: String,
    /// Whether the countries agree; `None` when a side gives none.
    pub country_agrees: Option<bool>,
    /// The words of the entry's name the party's name leaves out (`place_omitted`: the place, `Xinjiang`;
    /// `word_omitted`: the generic word; `branch`: the place, when left out too); absent otherwise.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub left_out: Option<String>,
}

/// A party taken for an entry.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    /// Index of the party in the slice screened.
    pub party: usize,
    /// Index of the entry in the edition.
    pub entry: usize,
    pub evidence: Evidence,
}

/// A name made ready for comparison: transliterated, normalised (its short legal forms as its country uses them),
/// its words and their four-letter starts, and the name with no short form dropped when that differs.
#[derive(Debug, Clone)]
struct Prepared {
    normalised: String,
    compact: String,
    words: Vec<String>,
    /// The name normalised with every short legal form kept (`ShortForms::Nowhere`), when not `normalised`: two
    /// names whose either form is the same are the same name, so a name written the same way on both sides is
    /// always found, whatever country each side gives.
    kept: Option<String>,
    /// Whether its joining words (`de`, `des`, `du`, `of` …) may be left out when it is compared: an organisation's
    /// name not of China, Taiwan, Hong Kong or Macao (`word_forms::joining_words_apart`).
    apart: bool,
    /// Its words without its joining words (`word_forms::content_words`), what two names compare when both are
    /// `apart`.
    content: Vec<String>,
    /// Its words as written, when a British spelling was read in its American one (`words`): a word misspelt from
    /// the British spelling is near it, not the American one ([`Prepared::compared_as_written`]).
    written: Option<Vec<String>>,
}

impl Prepared {
    /// The words of two names as they are compared: without their joining words when both may leave them out.
    fn compared<'a>(&'a self, other: &'a Prepared) -> (&'a [String], &'a [String]) {
        if self.apart && other.apart { (&self.content, &other.content) } else { (&self.words, &other.words) }
    }

    /// The words of two names as written, when either read a British spelling in its American one: `None` when
    /// neither did (the names compare as [`Prepared::compared`] gives them). Joining words stay.
    fn compared_as_written<'a>(&'a self, other: &'a Prepared) -> Option<(&'a [String], &'a [String])> {
        if self.written.is_none() && other.written.is_none() {
            return None;
        }
        Some((self.written.as_deref().unwrap_or(&self.words), other.written.as_deref().unwrap_or(&other.words)))
    }
}

/// French articles that may open a firm's name (`Les Cordages Nordiques inc.`, `L'Atelier du Nord`) and that the
/// same firm leaves out elsewhere: dropped like a legal form, but only before two words or more, so that a name is
/// never cut to one word (`La Farge` stays whole).
const LEADING_ARTICLES: &[&str] = &["le", "la", "les", "l"];

/// Transliterates (non-Latin scripts to their common romanisation) and normalises a name; a leading French article
/// before two words or more is dropped. Every short legal form is dropped: the form of keys (a person's key).
pub fn prepare_name(name: &str) -> String {
    prepare_name_where(name, ShortForms::Everywhere)
}

/// [`prepare_name`] with the short legal forms `short` says.
fn prepare_name_where(name: &str, short: ShortForms) -> String {
    if name.is_ascii() {
        without_article(normalise_name_where(name, short))
    } else if short != ShortForms::Nowhere && arabic::is_arabic(name) {
        // Arabic legal forms are dropped in Arabic letters: transliterated, they are no words the normaliser knows.
        // A person's name (`Nowhere`) carries none.
        let name = arabic::without_legal_forms(name);
        without_article(normalise_name_where(&deunicode::deunicode_with_tofu(&name, " "), short))
    } else {
        without_article(normalise_name_where(&deunicode::deunicode_with_tofu(name, " "), short))
    }
}

/// A normalised name without a leading French article before two words or more.
fn without_article(n: String) -> String {
    match n.split_once(' ') {
        Some((first, rest)) if LEADING_ARTICLES.contains(&first) && rest.contains(' ') => rest.to_string(),
        _ => n,
    }
}

/// Initials written with dots joined into one word (`S.A.R.L.` → `SARL`, `S.A.` → `SA`), so that the normaliser
/// knows them as the legal forms they are.
fn join_initials(name: &str) -> String {
    name.split(' ')
        .map(|w| {
            let letters: Vec<char> = w.chars().filter(|c| *c != '.').collect();
            let dotted = w.contains('.')
                && letters.len() >= 2
                && letters.iter().all(|c| c.is_alphabetic())
                && w.split('.').all(|part| part.chars().count() <= 1);
            if dotted { letters.into_iter().collect() } else { w.to_string() }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether two names are the same words in another order: each word as often on either side, not in the same
/// order.
fn reordered(a: &[String], b: &[String]) -> bool {
    if a == b || a.len() != b.len() {
        return false;
    }
    let (mut x, mut y) = (a.to_vec(), b.to_vec());
    x.sort_unstable();
    y.sort_unstable();
    x == y
}

/// A name prepared with the short legal forms `short` says (those of its country: see
/// [`crate::domain::legal_form::ShortForms`]).
fn prepare(name: &str, short: ShortForms) -> Prepared {
    // Look-alike letters of another alphabet in a Latin name are read as the Latin letters they are drawn like (a
    // Cyrillic `р` as `p`, not the `r` a transliteration writes).
    let read = crate::import::read_as_latin(name);
    let name = read.as_deref().unwrap_or(name);
    // Marks of a romanisation inside a word (the Cyrillic signs, Wade–Giles's apostrophes) are dropped, not read as a
    // space; British spellings are read as American ones (`word_forms.rs`).
    let unmarked = word_forms::romanisation_marks_dropped(name);
    let joined = join_initials(&word_forms::without_plural_marks(&unmarked));
    let spelt = saints_spelt_out(turkish_spelt_out(prepare_name_where(&joined, short)), short);
    let split = |s: &str| -> Vec<String> { s.split(' ').filter(|w| !w.is_empty()).map(str::to_string).collect() };
    // A name with British spellings is compared in its American spelling, and kept as written for a word misspelt
    // from the British one (`Herbour` is one letter from `Harbour`, two from `Harbor`).
    let (normalised, written) = match word_forms::american_spelling(&spelt) {
        Some(american) => {
            let written = split(&spelt);
            (american, Some(written))
        }
        None => (spelt, None),
    };
    let kept = match short {
        ShortForms::Nowhere => None,
        _ => {
            let kept = saints_spelt_out(turkish_spelt_out(prepare_name_where(&joined, ShortForms::Nowhere)), short);
            Some(word_forms::american_spelling(&kept).unwrap_or(kept)).filter(|k| *k != normalised)
        }
    };
    let words: Vec<String> = split(&normalised);
    let mut compact: String = words.concat();
    for form in ROMANISED_LEGAL_FORMS {
        if compact.len() > form.len() + 3
            && let Some(stripped) = compact.strip_suffix(form)
        {
            compact = stripped.to_string();
            break;
        }
    }
    let apart = match short {
        ShortForms::Nowhere => false,
        ShortForms::Everywhere => word_forms::joining_words_apart(None),
        ShortForms::In(c) => word_forms::joining_words_apart(Some(c)),
    };
    let content = if apart { word_forms::content_words(&words) } else { words.clone() };
    Prepared { normalised, compact, words, kept, apart, content, written }
}

/// A normalised name with `St`/`St.` and `Ste`/`Ste.` before another word spelt out `saint` and `sainte`, as
/// Canadian firm and place names abbreviate them (`Cordages St-Laurent`, `Ste-Foy`; the Commission de toponymie du
/// Québec writes them out, firms mostly do not). `Ste` only where it is no legal form: in a name of Canada or of no
/// known country (`Sté` is `Société` in France and the Maghreb, `legal_forms.csv`).
fn saints_spelt_out(normalised: String, short: ShortForms) -> String {
    let ste = match short {
        ShortForms::In(c) => c == CountryCode::CANADA,
        ShortForms::Everywhere | ShortForms::Nowhere => true,
    };
    let words: Vec<&str> = normalised.split(' ').collect();
    let last = words.len().saturating_sub(1);
    if !words.iter().take(last).any(|w| *w == "st" || (ste && *w == "ste")) {
        return normalised;
    }
    words
        .iter()
        .enumerate()
        .map(|(i, w)| match *w {
            "st" if i < last => "saint",
            "ste" if ste && i < last => "sainte",
            w => w,
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// The abbreviations of `Sanayi ve Ticaret` ("Industry and Trade"), the words most Turkish trade-register names
/// carry, as firms write them on invoices and declarations: `San. ve Tic.`, `San. Tic.`, `Sn. Tc.`, `San. ve Tic.`
/// with `Ltd. Şti.` or `A.Ş.` (dropped before). Each is read as the words spelt out, `sanayi ve ticaret`, only where
/// both stand together (`San` alone is a word of other names, `San Jose`).
const TURKISH_ABBREVIATIONS: &[&[&str]] = &[
    &["san", "ve", "tic"],
    &["san", "tic"],
    &["sn", "tc"],
    &["sn", "ve", "tc"],
    &["sanayi", "tic"],
    &["san", "ticaret"],
];

/// A normalised name with the Turkish abbreviations of [`TURKISH_ABBREVIATIONS`] spelt out.
fn turkish_spelt_out(normalised: String) -> String {
    let words: Vec<&str> = normalised.split(' ').collect();
    let mut out: Vec<&str> = Vec::with_capacity(words.len() + 1);
    let mut i = 0;
    let mut changed = false;
    while i < words.len() {
        let rest = words.get(i..).unwrap_or_default();
        if let Some(abbr) = TURKISH_ABBREVIATIONS.iter().find(|a| rest.starts_with(a)) {
            out.extend(["sanayi", "ve", "ticaret"]);
            i += abbr.len();
            changed = true;
        } else {
            out.extend(words.get(i));
            i += 1;
        }
    }
    if changed { out.join(" ") } else { normalised }
}

/// The first four bytes of a word (shorter words padded), as the key of the candidate index.
fn prefix_key(word: &str) -> u32 {
    let mut k = [0u8; 4];
    for (slot, b) in k.iter_mut().zip(word.bytes()) {
        *slot = b;
    }
    u32::from_le_bytes(k)
}

/// Words of fewer than three letters propose no candidates (initials, numbers of one or two digits).
fn proposes(word: &str) -> bool {
    word.len() >= 3
}

/// The closeness of two words: 1 if equal; a form of the other (a plural, a verb form: `word_forms.rs`), their
/// Jaro–Winkler similarity but at least [`WORD_THRESHOLD`]; if both have 4 letters or more and no digits, their Jaro–Winkler
/// similarity when it reaches [`WORD_THRESHOLD`], or [`WORD_THRESHOLD`] when one edit (a letter changed, added or
/// dropped, two letters swapped: the optimal string alignment distance) turns one into the other; else 0.
fn word_similarity(a: &str, b: &str, pinyin_apart: bool) -> f64 {
    if a == b {
        return 1.0;
    }
    if word_forms::same_word(a, b) {
        // A plural or verb form of the word (`net`/`nets`, `dye`/`dyeing`): a near word, not the same one.
        return strsim::jaro_winkler(a, b).max(WORD_THRESHOLD);
    }
    if a.len() < 4 || b.len() < 4 || a.bytes().any(|c| c.is_ascii_digit()) || b.bytes().any(|c| c.is_ascii_digit()) {
        return 0.0;
    }
    if !near_enough(a, b, pinyin_apart) {
        return 0.0;
    }
    let s = strsim::jaro_winkler(a, b);
    if s >= WORD_THRESHOLD {
        s
    } else if a.len().abs_diff(b.len()) <= 1 && strsim::osa_distance(a, b) == 1 {
        // One letter typed wrong, added, dropped or two swapped: Jaro–Winkler rates this low in a short word
        // ("jade"/"jede" 0.85) though it is the commonest misspelling, so a single edit counts as a near word.
        WORD_THRESHOLD
    } else {
        0.0
    }
}

/// The most letters two words may differ by (the optimal string alignment distance: a letter changed, added or
/// dropped, two swapped) and still be one word misspelt: one, two when both have [`LONG_WORD`] letters or more.
const MOST_EDITS: usize = 1;
/// Words of this many letters or more may differ by two edits and be one word misspelt — unless both edits fall in
/// their last [`ENDING`] letters (another ending: another word, see [`near_enough`]).
const LONG_WORD: usize = 8;
/// The letters at the end of a word where two edits make another word, not a misspelling.
const ENDING: usize = 3;

/// Whether two first letters may write one sound in two romanisations: `i`, `j`, `y` (`Iakov`, `Jakov`, `Yakov`),
/// `c`, `k`, `q` (`Kasim`, `Qasim`), `s`, `c` (`Shammari`, `Chammari`), `g`, `j` (`Gamal`, `Jamal`), or two vowels
/// (`Osman`, `Usman`; `Ibrahim`, `Ebrahim`). Any other first letter changed makes another word (`Night`, `Light`).
fn romanised_alike(x: u8, y: u8) -> bool {
    const GROUPS: &[&[u8]] = &[b"ijy", b"ckq", b"sc", b"gj", b"aeiou"];
    GROUPS.iter().any(|g| g.contains(&x) && g.contains(&y))
}

/// Words of pinyin syllables this long or longer (two syllables at least, `yipin`) are names whose syllables count
/// (see [`near_enough`]); shorter ones are as often the romanisation of another language's short word (`fali`,
/// `fala`).
const PINYIN_NAME: usize = 5;

/// Whether two different words (four letters or more, no digit, not forms of one word) may be one word misspelt, before
/// their closeness is measured: the same first letter, or two that romanisations write alike with as many letters
/// after ([`romanised_alike`]: `Jakov`/`Iakov`; `Oeste`/`Este`, `Night`/`Light` are other words); at most [`MOST_EDITS`] apart (Jaro–Winkler alone rates
/// words sharing a long start close whatever follows: `Jadeworld`/`Jadewind` 0.91); and not both pinyin syllables of
/// [`PINYIN_NAME`] letters or more (`Qingfang`/`Qingfeng`, `Qinfeng`/`Qingfeng`: a syllable changed, dropped or added
/// is another character, another name — as two people's names in pinyin compare syllable for syllable; a misspelt
/// place is read by the places' tables instead) — this last only where `pinyin_apart`, the names may be Chinese
/// ([`names_may_be_chinese`]): elsewhere `Mining` and `Minning` are one word misspelt, whatever its letters spell.
fn near_enough(a: &str, b: &str, pinyin_apart: bool) -> bool {
    let (x, y) = (a.as_bytes().first().copied(), b.as_bytes().first().copied());
    if x != y && (a.len() != b.len() || !x.zip(y).is_some_and(|(x, y)| romanised_alike(x, y))) {
        return false;
    }
    let most = if a.len().min(b.len()) >= LONG_WORD { MOST_EDITS + 1 } else { MOST_EDITS };
    let edits = strsim::osa_distance(a, b);
    if edits > most {
        return false;
    }
    // Two edits that all fall in the last [`ENDING`] letters of both words change the word's ending, not its
    // spelling: another word (`Laurentides`, the region, and `Laurentiens`; a misspelling slips anywhere).
    if edits > MOST_EDITS {
        let common = a.bytes().zip(b.bytes()).take_while(|(x, y)| x == y).count();
        if a.len() - common <= ENDING && b.len() - common <= ENDING {
            return false;
        }
    }
    !(pinyin_apart && a.len().min(b.len()) >= PINYIN_NAME && wade_giles::is_pinyin(a) && wade_giles::is_pinyin(b))
}

/// Whether two names compared may be Chinese names, so that two words of pinyin syllables a syllable apart are two
/// names ([`near_enough`]): when either side gives China, Taiwan, Hong Kong or Macao among its countries, or when
/// neither side gives any country (a name of no known country may be Chinese: names stay apart, as a missed
/// misspelling there costs less than a Chinese firm taken for its neighbour). A side giving only other countries
/// decides against a side giving none: the firm is where it is declared or listed (`Kestrel Cobalt Minning SARL`
/// of Congo is `Kestrel Cobalt Mining SARL`, though `minning` and `mining` both spell pinyin syllables).
pub(crate) fn names_may_be_chinese(party: Option<CountryCode>, entry: impl IntoIterator<Item = CountryCode>) -> bool {
    let chinese = |c: CountryCode| matches!(c.as_str(), "CN" | "TW" | "HK" | "MO");
    let mut any = party.is_some();
    if party.is_some_and(chinese) {
        return true;
    }
    for c in entry {
        any = true;
        if chinese(c) {
            return true;
        }
    }
    !any
}

/// The weight of a word generic to firm names ([`GENERIC_WORDS`]: `trading`, `industry`, `textile` …) that both names
/// share, in the similarity, a distinctive word weighing 1: two names sharing their generic words and differing in a
/// distinctive one are further apart than their word count says (`Zenith Northern Cotton Textile Trading Industry
/// Development` is not `Zephyr Northern …`: 0.78, not 0.86). A word only one name has weighs 1 whatever it is (but
/// a site word, [`SITE_WORDS`]): a word more or fewer costs what it always did (see [`similarity`]).
pub const GENERIC_WEIGHT: f64 = 0.5;

/// The weight of a word in the similarity: [`GENERIC_WEIGHT`] for a generic word, 1 for any other.
fn weight(word: &str) -> f64 {
    if variants::is_generic(word) || SITE_WORDS.contains(&word) { GENERIC_WEIGHT } else { 1.0 }
}

/// Words a party adds to a firm's name to name one of its sites (`Nordic Cable Holdings warehouse`, `… Usine 2`),
/// English and French: they weigh [`GENERIC_WEIGHT`] whether the other name has them or not, so the firm's name
/// with such a word more is still the firm (a word more of any other kind — `Holding`, `Trading`, an honorific,
/// `Sri` — weighs 1 and makes another firm of a short name).
const SITE_WORDS: &[&str] =
    &["warehouse", "depot", "site", "unit", "workshop", "store", "yard", "entrepot", "usine", "atelier", "magasin"];

/// The soft Dice coefficient of two word lists (see the module's documentation), each word weighted by [`weight`],
/// and the (weighted) share of `b`'s words found in `a`. A word one side writes joined and the other as two words in
/// a row (`Harborlight`, `Harbor Light`) is compared parted (`word_forms::compounds_apart`).
///
/// `pinyin_apart`: the names may be Chinese ([`names_may_be_chinese`]), words compared as [`word_similarity`] says.
fn similarity(a: &[String], b: &[String], pinyin_apart: bool) -> (f64, f64) {
    if a.is_empty() || b.is_empty() {
        return (0.0, 0.0);
    }
    if let Some((a, b)) = word_forms::compounds_apart(a, b) {
        return weighted_similarity(&a, &b, pinyin_apart);
    }
    weighted_similarity(a, b, pinyin_apart)
}

fn weighted_similarity(a: &[String], b: &[String], pinyin_apart: bool) -> (f64, f64) {
    let best = |x: &String, ys: &[String]| ys.iter().map(|y| word_similarity(x, y, pinyin_apart)).fold(0.0, f64::max);
    // Each word's closeness to its nearest on the other side, and its weight: a word found (the same word, or a near
    // one) weighs as it is ([`weight`]); a word found nowhere weighs 1 whatever it is, so a word more or fewer costs
    // what it always did and only the words both names share weigh less for being generic.
    //
    // A word one name repeats more often than the other has it is found as often as the other has it, no more: each
    // repeat beyond is a word found nowhere (`Johnson & Johnson Ltd.` is not `Johnson Ltd.`: two words against one).
    let side = |xs: &[String], ys: &[String]| {
        xs.iter().enumerate().fold((0.0, 0.0), |(s, w), (i, x)| {
            let seen = xs.iter().take(i).filter(|p| *p == x).count();
            let c = if seen > 0 && ys.iter().filter(|y| *y == x).count() <= seen { 0.0 } else { best(x, ys) };
            let wx = if c > 0.0 || SITE_WORDS.contains(&x.as_str()) { weight(x) } else { 1.0 };
            (s + wx * c, w + wx)
        })
    };
    let (sa, wa) = side(a, b);
    let (sb, wb) = side(b, a);
    ((sa + sb) / (wa + wb), sb / wb)
}

/// [`similarity`] with words compared whole: equal or not.
fn same_words(a: &[String], b: &[String]) -> (f64, f64) {
    if a.is_empty() || b.is_empty() {
        return (0.0, 0.0);
    }
    // Each word found as often as the other name has it, no more (see [`weighted_similarity`]).
    let found = |xs: &[String], ys: &[String]| {
        xs.iter()
            .enumerate()
            .filter(|(i, x)| ys.iter().filter(|y| y == x).count() > xs.iter().take(*i).filter(|p| p == x).count())
            .count()
    };
    let sa = found(a, b) as f64;
    let sb = found(b, a) as f64;
    ((sa + sb) / (a.len() + b.len()) as f64, sb / b.len() as f64)
}

/// Which of its names an entry is known by.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum NameRole {
    Primary,
    Alias,
    Former,
}

/// Whether a country is one whose firms may write Chinese names in Wade–Giles or the postal romanisation: China,
/// Taiwan, Hong Kong, Macao, or none given.
fn chinese_context(country: Option<CountryCode>) -> bool {
    country.is_none_or(|c| matches!(c.as_str(), "CN" | "TW" | "HK" | "MO"))
}

/// Whether a name holds a letter of another script than the Latin one (Latin letters with their accents, of Latin-1,
/// Latin Extended-A and -B and Latin Extended Additional, are Latin): such a name is compared once transliterated.
/// Read in its NFKC form, as the watch list's values are (`parse::compatibility_forms`): full-width Latin letters
/// (`Ｐｅｌａｎｇｉ`) are Latin letters of another width, not another script.
/// A name in Latin letters with letters of another alphabet drawn as Latin ones (`Osprey Rope аnd Cordage` with a
/// Cyrillic `а`) is a Latin name: its look-alike letters are read as the Latin ones (`import::read_as_latin`), never
/// transliterated.
fn other_script(name: &str) -> bool {
    use unicode_normalization::UnicodeNormalization;
    name.nfkc().any(|c| {
        c.is_alphabetic()
            && !c.is_ascii()
            && !matches!(c, '\u{AA}' | '\u{BA}' | '\u{C0}'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}')
    }) && crate::import::read_as_latin(name).is_none()
}

/// Whether a text holds a Chinese character (CJK Unified Ideographs and their extension A): read into pinyin by the
/// transliteration.
fn is_han(text: &str) -> bool {
    text.chars().any(|c| matches!(u32::from(c), 0x4E00..=0x9FFF | 0x3400..=0x4DBF))
}

/// Whether a name writes two syllables joined by a hyphen (`Wei-ming`, `Chang-wei`): letters on both sides.
fn hyphened_syllables(text: &str) -> bool {
    let chars: Vec<char> = text.chars().collect();
    chars.windows(3).any(|w| matches!(w, [a, '-', b] if a.is_alphabetic() && b.is_alphabetic()))
}

/// A person's name's words with the surname moved, first word last and last word first (the distinct orders other
/// than the name's own; none for a name of one word).
fn surname_moved(words: &[String]) -> Vec<Vec<String>> {
    let mut out: Vec<Vec<String>> = Vec::new();
    if let Some((first, rest)) = words.split_first()
        && !rest.is_empty()
    {
        out.push(rest.iter().chain(std::iter::once(first)).cloned().collect());
    }
    if let Some((last, rest)) = words.split_last()
        && !rest.is_empty()
    {
        let moved: Vec<String> = std::iter::once(last).chain(rest).cloned().collect();
        if !out.contains(&moved) {
            out.push(moved);
        }
    }
    out.retain(|w| w.as_slice() != words);
    out
}

/// A person's Latin name (normalised) with its articles left out and its `Abd` parted (`arabic_latin::unjoined`), in
/// the orders [`surname_moved`] gives: how a name written family name first (`Al-Zahrani Yusuf Ibrahim`) or last is
/// compared with the same name in Arabic letters in the other order.
fn surname_moved_unjoined(normalised: &str) -> Vec<String> {
    let unjoined = arabic_latin::unjoined(normalised);
    let words: Vec<String> = unjoined.split(' ').map(str::to_string).collect();
    surname_moved(&words).into_iter().map(|w| w.join(" ")).collect()
}

/// One name an entry is known by.
#[derive(Debug, Clone)]
struct IndexedName {
    entry: u32,
    /// Which of the entry's names it is.
    role: NameRole,
    /// The entry names a person.
    person: bool,
    /// A person's name in pinyin (every word pinyin syllables, as a Chinese name in characters is transliterated).
    pinyin: bool,
    text: String,
    prepared: Prepared,
}

/// How the goods of a text are read for region-or-industry orders: the goods it names, by name. The service passes
/// the risk model's reading (`RiskModel::industry_goods`: ILAB goods, their English and French aliases, materials
/// and the families of goods an industry's word names included, machines named after a good left out); screening's
/// pure part does not use scoring.
pub type GoodsReader = std::sync::Arc<dyn Fn(&str) -> Vec<String> + Send + Sync>;

/// An edition's entries indexed for matching. Building it costs a few microseconds an entry; matching one party
/// costs a few hash look-ups plus one similarity per candidate.
pub struct ListIndex {
    entries: Vec<Entry>,
    names: Vec<IndexedName>,
    by_bn: FxHashMap<String, Vec<u32>>,
    by_os: FxHashMap<String, Vec<u32>>,
    by_name: FxHashMap<String, Vec<u32>>,
    /// Names by their form with every short legal form kept, where it differs from the normalised one.
    by_kept: FxHashMap<String, Vec<u32>>,
    by_compact: FxHashMap<String, Vec<u32>>,
    /// Names whose joining words may be left out (`Prepared::apart`) by their words without them.
    by_content: FxHashMap<String, Vec<u32>>,
    by_prefix: FxHashMap<u32, Vec<u32>>,
    /// The places each name names (as `names`; an empty reading for a name naming none), read once.
    placed: Vec<variants::Placed>,
    /// Names naming a Chinese place by the rest of their name (its letters without spaces), when distinctive.
    by_placeless: FxHashMap<String, Vec<u32>>,
    /// Names written in Arabic letters by their consonant skeleton ([`super::arabic::skeleton`]).
    by_arabic_skeleton: FxHashMap<String, Vec<u32>>,
    /// Names written in Latin letters by their consonant skeleton, for parties written in Arabic letters.
    by_latin_skeleton: FxHashMap<String, Vec<u32>>,
    /// The romanisation words of each name of Arabic origin written in Latin letters (as `names`; none for others).
    romanised: Vec<Option<Vec<String>>>,
    /// Names of Arabic origin written in Latin letters by the keys of their romanisation words.
    by_romanised: FxHashMap<String, Vec<u32>>,
    /// Names of entries in China, Taiwan, Hong Kong, Macao or no country by their merged Wade–Giles/pinyin reading,
    /// each with whether it was read from a Wade–Giles or postal mark; a person's name also with its surname moved
    /// (first word last, last word first).
    by_reading: FxHashMap<String, Vec<(u32, bool)>>,
    /// Each person's name read for its romanisations (`cyrillic.rs`; as `names`, none for organisations).
    people: Vec<Option<cyrillic::Reading>>,
    /// People's names by each whole word of their reading.
    by_person_word: FxHashMap<String, Vec<u32>>,
    /// Organisations' names by their merged Cyrillic reading (`cyrillic::firm_key`), those written in Cyrillic
    /// (`.0`) apart from those in Latin letters (`.1`): a firm listed in one script is found declared in the other,
    /// and a party in Latin letters is read so only when some name is in Cyrillic.
    by_firm_reading: (FxHashMap<String, Vec<u32>>, FxHashMap<String, Vec<u32>>),
    regions: Vec<u32>,
    /// The goods of each region-or-industry entry (as `regions`), read once by `goods`.
    region_goods: Vec<Vec<String>>,
    goods: Option<GoodsReader>,
    /// Whether a party in Hong Kong or Macao agrees with an entry in China ([`ListIndex::of_list`]).
    china_sars: bool,
}

impl ListIndex {
    /// Indexes the entries in force on `on` (an entry out of force matches nothing).
    pub fn new(entries: &[Entry], on: NaiveDate) -> ListIndex {
        ListIndex::with(entries, |e| e.in_force(on))
    }

    /// Indexes the entries `keep` takes (e.g. those in force on a day or later: `Entry::in_force_or_later`).
    pub fn with(entries: &[Entry], keep: impl Fn(&Entry) -> bool) -> ListIndex {
        let mut ix = ListIndex {
            entries: Vec::new(),
            names: Vec::new(),
            by_bn: FxHashMap::default(),
            by_os: FxHashMap::default(),
            by_name: FxHashMap::default(),
            by_kept: FxHashMap::default(),
            by_compact: FxHashMap::default(),
            by_content: FxHashMap::default(),
            by_prefix: FxHashMap::default(),
            placed: Vec::new(),
            by_placeless: FxHashMap::default(),
            by_arabic_skeleton: FxHashMap::default(),
            by_latin_skeleton: FxHashMap::default(),
            romanised: Vec::new(),
            by_romanised: FxHashMap::default(),
            by_reading: FxHashMap::default(),
            people: Vec::new(),
            by_person_word: FxHashMap::default(),
            by_firm_reading: (FxHashMap::default(), FxHashMap::default()),
            regions: Vec::new(),
            region_goods: Vec::new(),
            goods: None,
            china_sars: false,
        };
        for e in entries.iter().filter(|e| keep(e)) {
            let i = ix.entries.len() as u32;
            ix.entries.push(e.clone());
            if e.scope == EntryScope::RegionOrIndustry {
                ix.regions.push(i);
                continue;
            }
            if let Some(bn) = &e.business_number {
                ix.by_bn.entry(bn.clone()).or_default().push(i);
            }
            if let Some(os) = &e.os_id {
                ix.by_os.entry(os.to_ascii_uppercase()).or_default().push(i);
            }
            let person = e.scope == EntryScope::Person;
            // A person's name carries no legal form: a short one would be a word of the name (`Kim Min Se`).
            let short = if person { ShortForms::Nowhere } else { ShortForms::of(e.country) };
            for (n, text) in e.all_names().enumerate() {
                let prepared = prepare(text, short);
                if prepared.normalised.is_empty() {
                    continue;
                }
                // `all_names` gives the primary name, then the aliases, then the former names.
                let role = match n {
                    0 => NameRole::Primary,
                    n if n <= e.aliases.len() => NameRole::Alias,
                    _ => NameRole::Former,
                };
                let pinyin = person && prepared.words.iter().all(|w| wade_giles::is_pinyin(w));
                ix.names.push(IndexedName { entry: i, role, person, pinyin, text: text.to_string(), prepared });
            }
        }
        let mut prefix_lists: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
        for (n, name) in ix.names.iter().enumerate() {
            let n = n as u32;
            ix.by_name.entry(name.prepared.normalised.clone()).or_default().push(n);
            if let Some(kept) = &name.prepared.kept {
                ix.by_kept.entry(kept.clone()).or_default().push(n);
            }
            ix.by_compact.entry(name.prepared.compact.clone()).or_default().push(n);
            if name.prepared.apart {
                ix.by_content.entry(name.prepared.content.join(" ")).or_default().push(n);
            }
            // A person's name is also known with the surname moved: `Zhang Weiming` is `Weiming Zhang`.
            let moved = if name.person { surname_moved(&name.prepared.words) } else { Vec::new() };
            for words in &moved {
                let compact = words.concat();
                if compact != name.prepared.compact {
                    ix.by_compact.entry(compact).or_default().push(n);
                }
            }
            let placed = if name.person {
                variants::Placed::default()
            } else {
                variants::Placed::read(&name.prepared.words).kept()
            };
            if let Some(key) = placed.placeless_key() {
                ix.by_placeless.entry(key).or_default().push(n);
            }
            ix.placed.push(placed);
            let in_arabic = arabic::is_arabic(&name.text);
            let latin = !other_script(&name.text);
            let romanised = latin.then(|| arabic_latin::read(&name.prepared.normalised)).flatten();
            // A Latin name of Arabic origin meets Arabic letters as written and as its romanisation words read it
            // (`Abdelkader` as `abd kadir`, `El Hachemi` as `hashimi`: `arabic_latin.rs`).
            // A person's Latin name of Arabic origin is also known with its family name moved (`Al-Zahrani Yusuf
            // Ibrahim` as `Yusuf Ibrahim Zahrani`), as lists, visas and Gulf documents write it first.
            let skeleton_texts: Vec<String> = if in_arabic {
                vec![name.text.clone()]
            } else {
                let unjoined = romanised.is_some().then(|| arabic_latin::unjoined(&name.prepared.normalised));
                let moved = if name.person && romanised.is_some() {
                    surname_moved_unjoined(&name.prepared.normalised)
                } else {
                    Vec::new()
                };
                std::iter::once(name.prepared.normalised.clone()).chain(unjoined).chain(moved).collect()
            };
            let mut skeleton_keys: Vec<String> =
                skeleton_texts.iter().flat_map(|t| arabic::skeletons(t, in_arabic)).collect();
            skeleton_keys.sort_unstable();
            skeleton_keys.dedup();
            for key in skeleton_keys {
                let map = if in_arabic { &mut ix.by_arabic_skeleton } else { &mut ix.by_latin_skeleton };
                map.entry(key).or_default().push(n);
            }
            for key in romanised.as_deref().map(arabic_latin::keys).unwrap_or_default() {
                ix.by_romanised.entry(key).or_default().push(n);
            }
            ix.romanised.push(romanised);
            let country = ix.entries.get(name.entry as usize).and_then(|e| e.country);
            if (latin || is_han(&name.text)) && chinese_context(country) {
                // A given name written in two syllables with a hyphen (`Wei-ming`) is a mark of Wade–Giles: pinyin
                // writes `Weiming`.
                let hyphened = name.person && hyphened_syllables(&name.text);
                for words in std::iter::once(&name.prepared.words).chain(&moved) {
                    let r = wade_giles::read(words, variants::china_postal_places());
                    if !r.letters.is_empty() {
                        ix.by_reading.entry(r.letters).or_default().push((n, r.marked || hyphened));
                    }
                }
            }
            let reading = name.person.then(|| cyrillic::read(&name.text));
            let mut keys: Vec<String> = reading.iter().flat_map(cyrillic::Reading::keys).collect();
            keys.sort_unstable();
            keys.dedup();
            for k in keys {
                ix.by_person_word.entry(k).or_default().push(n);
            }
            ix.people.push(reading);
            if !name.person
                && let Some(k) = cyrillic::firm_key(&name.text)
            {
                let script = if cyrillic::is_cyrillic(&name.text) {
                    &mut ix.by_firm_reading.0
                } else {
                    &mut ix.by_firm_reading.1
                };
                script.entry(k).or_default().push(n);
            }
            let mut seen = FxHashSet::default();
            // Each word proposes its name by its start and by the starts of the words it may be a form of (`nets`
            // by `net`, `dyeing` by `dye`), so that a name differing in a short word's form is still a candidate.
            for w in name.prepared.words.iter().flat_map(|w| word_forms::bases(w)).filter(|w| proposes(w)) {
                let k = prefix_key(&w);
                if seen.insert(k) {
                    prefix_lists.entry(k).or_default().push(n);
                }
            }
        }
        let cap = ((ix.names.len() as f64 * COMMON_PREFIX_SHARE) as usize).max(50);
        prefix_lists.retain(|_, v| v.len() <= cap);
        ix.by_prefix = prefix_lists;
        ix
    }

    /// The entries indexed (those in force).
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// How many entries are indexed.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no entry is indexed.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Every hit of one party: at most one per entry, the strongest evidence kept. An organisation's name is matched
    /// as written, then by each other name it holds as a list's entry would (`parse::split_name`): its legal name
    /// and trade name (`X Ltd. o/a Y`, `doing business as`, « faisant affaire sous le nom de »), a name in brackets
    /// after a numbered company (`9123-4567 Québec inc. (Trade Name)`), each side of a bilingual `English / Français`
    /// name — each of two words or more.
    pub fn match_party(&self, party: &Party, party_index: usize, out: &mut Vec<Hit>) {
        let start = out.len();
        self.match_party_named(party, party_index, out);
        if !party.kind.meets_organisations() {
            return;
        }
        for name in other_names(&party.name) {
            let mut more = Vec::new();
            self.match_party_named(&Party { name, ..party.clone() }, party_index, &mut more);
            for h in more {
                match out.get_mut(start..).and_then(|hs| hs.iter_mut().find(|x| x.entry == h.entry)) {
                    // The name as written stands unless another name it holds meets the entry more closely.
                    Some(x) => {
                        if h.evidence.similarity > x.evidence.similarity {
                            x.evidence = h.evidence;
                        }
                    }
                    None => out.push(h),
                }
            }
        }
    }

    /// The hits of one party by its name as given ([`ListIndex::match_party`]).
    fn match_party_named(&self, party: &Party, party_index: usize, out: &mut Vec<Hit>) {
        let start = out.len();
        let push = |out: &mut Vec<Hit>, entry: u32, evidence: Evidence| {
            if let Some(h) = out.get_mut(start..).and_then(|hs| hs.iter_mut().find(|h| h.entry == entry as usize)) {
                if (evidence.method, -evidence.similarity) < (h.evidence.method, -h.evidence.similarity) {
                    h.evidence = evidence;
                }
                return;
            }
            out.push(Hit { party: party_index, entry: entry as usize, evidence });
        };
        let country_agrees = |e: &Entry| self.country_agrees(party.country, e);
        // 1. Identifiers.
        if let Some(bn) = &party.business_number {
            for &i in self.by_bn.get(bn).into_iter().flatten() {
                let Some(e) = self.entries.get(i as usize) else { continue };
                push(
                    out,
                    i,
                    Evidence {
                        method: MatchMethod::BusinessNumber,
                        fields: vec!["business_number".into()],
                        similarity: 1.0,
                        party_text: bn.clone(),
                        entry_text: bn.clone(),
                        country_agrees: country_agrees(e),
                        left_out: None,
                    },
                );
            }
        }
        if let Some(os) = &party.os_id {
            for &i in self.by_os.get(os).into_iter().flatten() {
                let Some(e) = self.entries.get(i as usize) else { continue };
                push(
                    out,
                    i,
                    Evidence {
                        method: MatchMethod::OsId,
                        fields: vec!["os_id".into()],
                        similarity: 1.0,
                        party_text: os.clone(),
                        entry_text: os.clone(),
                        country_agrees: country_agrees(e),
                        left_out: None,
                    },
                );
            }
        }
        // 2. Names.
        let name_field = match party.kind {
            PartyKind::Supplier => "legal_name",
            PartyKind::Operator => "operator_name",
            PartyKind::Site => "site_name",
            PartyKind::Signatory => "signatory_name",
            PartyKind::Contact => "contact_name",
        };
        let short = if party.kind.meets_organisations() { ShortForms::of(party.country) } else { ShortForms::Nowhere };
        let p = prepare(&party.name, short);
        if !p.normalised.is_empty() {
            let mut candidates: Vec<u32> = Vec::new();
            let mut decided: FxHashSet<u32> = FxHashSet::default();
            let name_hit = |out: &mut Vec<Hit>, n: u32, method: MatchMethod, similarity: f64| {
                let Some(name) = self.names.get(n as usize) else { return };
                let meets = if name.person { party.kind.meets_people() } else { party.kind.meets_organisations() };
                if !meets {
                    return;
                }
                let Some(e) = self.entries.get(name.entry as usize) else { return };
                let agrees = country_agrees(e);
                if agrees == Some(false) && !name.person {
                    return;
                }
                let mut fields = vec![name_field.to_string()];
                if agrees == Some(true) {
                    fields.push("country".into());
                }
                // Said as it was found: through a transliteration only when a side is written in another script and
                // the two are not written alike; through look-alike letters when a side is a Latin name with letters
                // of another alphabet drawn as Latin ones and the two are not written alike; else by which of the
                // entry's names it is.
                let unlike = fold_words(&name.text) != fold_words(&party.name);
                let transliterated = (other_script(&name.text) || other_script(&party.name)) && unlike;
                let look_alike = !transliterated
                    && unlike
                    && (crate::import::read_as_latin(&name.text).is_some()
                        || crate::import::read_as_latin(&party.name).is_some());
                let method = match method {
                    MatchMethod::ExactName | MatchMethod::CompactName | MatchMethod::WordOrder if transliterated => {
                        MatchMethod::Transliteration
                    }
                    MatchMethod::ExactName | MatchMethod::CompactName | MatchMethod::WordOrder if look_alike => {
                        MatchMethod::LookAlikeLetters
                    }
                    MatchMethod::ExactName => match name.role {
                        NameRole::Primary => MatchMethod::ExactName,
                        NameRole::Alias => MatchMethod::Alias,
                        NameRole::Former => MatchMethod::FormerName,
                    },
                    m => m,
                };
                push(
                    out,
                    name.entry,
                    Evidence {
                        method,
                        fields,
                        similarity: (similarity * 1000.0).round() / 1000.0,
                        party_text: party.name.clone(),
                        entry_text: name.text.clone(),
                        country_agrees: agrees,
                        left_out: None,
                    },
                );
            };
            // The same name: either form of the party's against either form of the entry's.
            for key in std::iter::once(&p.normalised).chain(p.kept.as_ref()) {
                for map in [&self.by_name, &self.by_kept] {
                    for &n in map.get(key).into_iter().flatten() {
                        if decided.insert(n) {
                            name_hit(out, n, MatchMethod::ExactName, 1.0);
                        }
                    }
                }
            }
            // The entry's letters run together as it writes them, or a person's with the surname moved (indexed beside
            // them): the same letters, or the same words in another order.
            for &n in self.by_compact.get(&p.compact).into_iter().flatten() {
                if decided.insert(n) {
                    let own = self.names.get(n as usize).is_some_and(|name| name.prepared.compact == p.compact);
                    name_hit(out, n, if own { MatchMethod::CompactName } else { MatchMethod::WordOrder }, 1.0);
                }
            }
            // The same words but for a joining word (`Société de Textiles`, `Société des Textiles`).
            if p.apart {
                for &n in self.by_content.get(&p.content.join(" ")).into_iter().flatten() {
                    if decided.insert(n) {
                        name_hit(out, n, MatchMethod::SimilarName, 1.0);
                    }
                }
            }
            // An Arabic name against its usual Latin spellings, either way round.
            let party_arabic = arabic::is_arabic(&party.name);
            let other_script = if party_arabic { &self.by_latin_skeleton } else { &self.by_arabic_skeleton };
            if !other_script.is_empty() {
                // A Latin name is compared as written and as its romanisation words read it (`arabic_latin.rs`).
                // A person's Latin name is also read with the family name moved (`Al-Zahrani Yusuf Ibrahim` as
                // `Yusuf Ibrahim Al-Zahrani`), as lists, visas and Gulf documents write it first.
                // The surname is moved with its article (read without it: `zahrani yusuf ibrahim`).
                let mut orders: Vec<String> = vec![p.normalised.clone()];
                if !party_arabic && party.kind.meets_people() {
                    orders.extend(surname_moved_unjoined(&p.normalised));
                }
                let romanised: Vec<String> = if party_arabic {
                    Vec::new()
                } else {
                    orders
                        .iter()
                        .map(|o| arabic_latin::unjoined(o))
                        .filter(|r| !r.is_empty() && !orders.contains(r))
                        .collect()
                };
                let mut keys: Vec<String> = if party_arabic {
                    arabic::skeletons(&party.name, true)
                } else {
                    orders.iter().flat_map(|o| arabic::skeletons(o, false)).collect()
                };
                keys.extend(romanised.iter().flat_map(|r| arabic::skeletons(r, false)));
                keys.sort_unstable();
                keys.dedup();
                let mut found: Vec<u32> = keys.iter().filter_map(|k| other_script.get(k)).flatten().copied().collect();
                found.sort_unstable();
                found.dedup();
                for n in found {
                    let Some(name) = self.names.get(n as usize) else { continue };
                    let same = if party_arabic {
                        let of_arabic = self.romanised.get(n as usize).is_some_and(Option::is_some);
                        arabic::same_name(&name.prepared.normalised, &party.name)
                            || of_arabic
                                && (arabic::same_name(&arabic_latin::unjoined(&name.prepared.normalised), &party.name)
                                    || name.person
                                        && party.kind.meets_people()
                                        && surname_moved_unjoined(&name.prepared.normalised)
                                            .iter()
                                            .any(|o| arabic::same_name(o, &party.name)))
                    } else {
                        orders.iter().chain(&romanised).any(|o| arabic::same_name(o, &name.text))
                    };
                    if same && decided.insert(n) {
                        name_hit(out, n, MatchMethod::Transliteration, ARABIC_SIMILARITY);
                    }
                }
            }
            for w in p.words.iter().flat_map(|w| word_forms::bases(w)).filter(|w| proposes(w)) {
                candidates.extend(self.by_prefix.get(&prefix_key(&w)).into_iter().flatten().copied());
            }
            // Names variants may reach though they share no word start (a place left out of a name in syllables).
            let party_in_china = party.country == Some(CountryCode::CHINA) && party.kind.meets_organisations();
            let party_placed =
                if party_in_china { variants::Placed::read(&p.words) } else { variants::Placed::default() };
            if let Some(key) = party_placed.placeless_key_any() {
                candidates.extend(self.by_placeless.get(&key).into_iter().flatten().copied());
            }
            candidates.sort_unstable();
            candidates.dedup();
            // Two people's names in pinyin compare word for word: a syllable apart is another name (`Weiming`,
            // `Weiping`), not a misspelling.
            let party_pinyin = party.kind.meets_people() && p.words.iter().all(|w| wade_giles::is_pinyin(w));
            // Two firm names of Arabic origin (either side's marked) told apart by few distinctive words must agree
            // in them word for word (`arabic_latin::distinctive_words_agree`).
            let (party_reading, marked) = arabic_latin::read_any(&p.normalised);
            let party_arabic_marked = !party_arabic && marked && !party_reading.is_empty();
            let firm_words_agree = |n: u32| {
                let Some(name) = self.names.get(n as usize) else { return false };
                let entry_reading = self.romanised.get(n as usize).and_then(Option::as_deref);
                if name.person || !(party_arabic_marked || entry_reading.is_some()) {
                    return true;
                }
                match entry_reading {
                    Some(words) => arabic_latin::distinctive_words_agree(&party_reading, words),
                    None => arabic_latin::distinctive_words_agree(
                        &party_reading,
                        &arabic_latin::read_any(&name.prepared.normalised).0,
                    ),
                }
            };
            for n in candidates {
                if decided.contains(&n) {
                    continue;
                }
                let Some(name) = self.names.get(n as usize) else { continue };
                let pinyin_apart = self.may_be_chinese(party.country, name.entry);
                let (party_words, entry_words) = p.compared(&name.prepared);
                let (mut sim, mut covered) = if name.pinyin && party_pinyin {
                    same_words(party_words, entry_words)
                } else {
                    similarity(party_words, entry_words, pinyin_apart)
                };
                // A word misspelt from a British spelling the other side writes (`Herbour`, `Harbour`), as written.
                if sim < THRESHOLD
                    && let Some((party_written, entry_written)) = p.compared_as_written(&name.prepared)
                {
                    let (s, c) = similarity(party_written, entry_written, pinyin_apart);
                    if s > sim {
                        (sim, covered) = (s, c);
                    }
                }
                if sim >= THRESHOLD && covered >= ENTRY_COVERAGE && firm_words_agree(n) {
                    let method = if reordered(&p.words, &name.prepared.words) {
                        MatchMethod::WordOrder
                    } else {
                        MatchMethod::SimilarName
                    };
                    name_hit(out, n, method, sim);
                } else if covered >= 0.999
                    && name.prepared.words.len() >= 2
                    && self.entries.get(name.entry as usize).is_some_and(|e| e.subsidiaries)
                {
                    name_hit(out, n, MatchMethod::Subsidiary, sim);
                } else if let Some(v) = self.variant_of(party, &p.words, &party_placed, n, pinyin_apart) {
                    name_hit(out, n, v.method, v.similarity);
                    note_left_out(out, start, name.entry, v);
                }
            }
            // An Arabic name in another Latin romanisation (English, French), against names of Arabic origin.
            let party_latin = !self::other_script(&party.name);
            if !self.by_romanised.is_empty() && party_latin {
                let (words, _) = arabic_latin::read_any(&p.normalised);
                let mut found: Vec<u32> = arabic_latin::keys(&words)
                    .iter()
                    .filter_map(|k| self.by_romanised.get(k))
                    .flatten()
                    .copied()
                    .collect();
                found.sort_unstable();
                found.dedup();
                for n in found.into_iter().filter(|n| !words.is_empty() && !decided.contains(n)) {
                    let Some(Some(entry_words)) = self.romanised.get(n as usize) else { continue };
                    let pinyin_apart =
                        self.names.get(n as usize).is_none_or(|e| self.may_be_chinese(party.country, e.entry));
                    let (sim, covered) = similarity(&words, entry_words, pinyin_apart);
                    if sim >= THRESHOLD && covered >= ENTRY_COVERAGE && firm_words_agree(n) {
                        name_hit(out, n, MatchMethod::Romanisation, sim);
                    }
                }
            }
            // A Chinese name in Wade–Giles or the postal romanisation against pinyin (or Chinese characters), either
            // way round: one side must carry a mark pinyin never writes.
            if !self.by_reading.is_empty() && chinese_context(party.country) && (party_latin || is_han(&party.name)) {
                let r = wade_giles::read(&p.words, variants::china_postal_places());
                let hyphened = party.kind.meets_people() && hyphened_syllables(&party.name);
                for &(n, entry_marked) in self.by_reading.get(&r.letters).into_iter().flatten() {
                    if (r.marked || hyphened || entry_marked) && !decided.contains(&n) {
                        name_hit(out, n, MatchMethod::Romanisation, ROMANISATION_SIMILARITY);
                    }
                }
            }
            // A person's name in another romanisation of Cyrillic (ICAO, BGN/PCGN, French, ISO 9), in any word order,
            // with or without the patronymic, a given name by its initial (`cyrillic.rs`).
            if !self.by_person_word.is_empty() && party.kind.meets_people() {
                let r = cyrillic::read(&party.name);
                let mut found: Vec<u32> =
                    r.keys().iter().filter_map(|k| self.by_person_word.get(k)).flatten().copied().collect();
                found.sort_unstable();
                found.dedup();
                for n in found.into_iter().filter(|n| !decided.contains(n)) {
                    let Some(Some(entry)) = self.people.get(n as usize) else { continue };
                    if cyrillic::same_person(&r, entry) {
                        let across = self.names.get(n as usize).is_some_and(|e| self::other_script(&e.text))
                            || self::other_script(&party.name);
                        let method = if across { MatchMethod::Transliteration } else { MatchMethod::Romanisation };
                        name_hit(out, n, method, ROMANISATION_SIMILARITY);
                    }
                }
            }
        }
        // A firm's name across Cyrillic and its Latin romanisations (ICAO, BGN/PCGN, French, ISO 9), either way
        // round, Russian legal forms left out (`cyrillic::firm_key`): one side in Cyrillic, the other in Latin letters.
        // The names of the other script than the party's: none to look in, no reading made (most lists and most
        // declarations are in Latin letters only).
        let other_script =
            if cyrillic::is_cyrillic(&party.name) { &self.by_firm_reading.1 } else { &self.by_firm_reading.0 };
        if !other_script.is_empty()
            && party.kind.meets_organisations()
            && let Some(k) = cyrillic::firm_key(&party.name)
        {
            for &n in other_script.get(&k).into_iter().flatten() {
                let Some(name) = self.names.get(n as usize) else { continue };
                let Some(e) = self.entries.get(name.entry as usize) else { continue };
                let agrees = self.country_agrees(party.country, e);
                if agrees == Some(false) || out.iter().skip(start).any(|h| h.entry == name.entry as usize) {
                    continue;
                }
                let mut fields = vec![name_field.to_string()];
                if agrees == Some(true) {
                    fields.push("country".into());
                }
                push(
                    out,
                    name.entry,
                    Evidence {
                        method: MatchMethod::Transliteration,
                        fields,
                        similarity: ROMANISATION_SIMILARITY,
                        party_text: party.name.clone(),
                        entry_text: name.text.clone(),
                        country_agrees: agrees,
                        left_out: None,
                    },
                );
            }
        }
        // 3. Regions and industries.
        if party.kind == PartyKind::Site
            && let Some(cc) = party.country
        {
            let goods = party.goods.clone().unwrap_or_default();
            // Read when an order of the site's country asks for it (most sites meet none).
            let mut named: Option<Vec<String>> = None;
            for (k, &i) in self.regions.iter().enumerate() {
                let Some(e) = self.entries.get(i as usize) else { continue };
                if e.country != Some(cc) {
                    continue;
                }
                let Some(industry) = &e.industry else { continue };
                let order_goods = self.region_goods.get(k).filter(|g| !g.is_empty());
                // An order on "all goods" (`All goods`, `Goods and products`: no word naming goods) reaches every
                // site of its country, whatever it makes: CBP withholds everything produced there.
                let whole_region = goods_terms(industry).is_empty();
                let meets = whole_region
                    || !goods.is_empty()
                        && match (order_goods, &self.goods) {
                            (Some(order_goods), Some(reader)) => {
                                let named = named.get_or_insert_with(|| site_goods_read(reader, &goods));
                                order_goods.iter().any(|g| named.contains(g))
                            }
                            _ => industry_meets_goods(industry, &goods),
                        };
                if meets {
                    push(
                        out,
                        i,
                        Evidence {
                            method: MatchMethod::RegionOrIndustry,
                            fields: vec!["country".into(), "goods".into()],
                            similarity: 1.0,
                            party_text: if goods.is_empty() { cc.as_str().to_string() } else { goods.clone() },
                            entry_text: industry.clone(),
                            country_agrees: Some(true),
                            left_out: None,
                        },
                    );
                }
            }
        }
    }

    /// Whether a party's country agrees with an entry's: `None` when either gives none; else whether the party's is
    /// any of the entry's countries ([`Entry::countries`]), Hong Kong and Macao agreeing with China on a list that
    /// says so ([`ListKind::china_reaches_its_sars`]).
    fn country_agrees(&self, party: Option<CountryCode>, e: &Entry) -> Option<bool> {
        let p = party?;
        e.country?;
        let sar = matches!(p.as_str(), "HK" | "MO");
        Some(e.countries().any(|c| c == p || (self.china_sars && sar && c == CountryCode::CHINA)))
    }

    /// The same index for the entries of `list`: its rules of country agreement
    /// ([`ListKind::china_reaches_its_sars`]).
    pub fn of_list(mut self, list: ListKind) -> ListIndex {
        self.china_sars = list.china_reaches_its_sars();
        self
    }

    /// The variant of name `n` the party's name is (`name_variants.rs`), for an organisation's name; places are read
    /// as China's when the party is in China and the entry in China or in no country.
    fn variant_of(
        &self,
        party: &Party,
        words: &[String],
        placed: &variants::Placed,
        n: u32,
        pinyin_apart: bool,
    ) -> Option<variants::Variant> {
        let name = self.names.get(n as usize)?;
        if name.person || !party.kind.meets_organisations() {
            return None;
        }
        let cn = Some(CountryCode::CHINA);
        let entry_country = self.entries.get(name.entry as usize)?.country;
        let in_china = party.country == cn && (entry_country.is_none() || entry_country == cn);
        let entry = variants::Side { words: &name.prepared.words, placed: self.placed.get(n as usize)? };
        variants::variant(&variants::Side { words, placed }, &entry, in_china, pinyin_apart)
    }

    /// Whether a party's name and entry `entry`'s may be Chinese names ([`names_may_be_chinese`]), by their countries.
    fn may_be_chinese(&self, party: Option<CountryCode>, entry: u32) -> bool {
        names_may_be_chinese(party, self.entries.get(entry as usize).into_iter().flat_map(Entry::countries))
    }

    /// The same index reading goods with `reader` (see [`GoodsReader`]): each order's industry is read once here,
    /// a site's goods when it is matched, and they meet when they name a good in common. An order whose industry
    /// names no good the reader knows keeps the word rule ([`goods_terms`]).
    pub fn reading_goods_with(mut self, reader: GoodsReader) -> ListIndex {
        self.region_goods = self
            .regions
            .iter()
            .map(|&i| self.entries.get(i as usize).and_then(|e| e.industry.as_deref()).map(|t| reader(t)))
            .map(Option::unwrap_or_default)
            .collect();
        self.goods = Some(reader);
        self
    }

    /// Every hit of every party, parties in order (split over `threads` threads; 1 = this thread).
    pub fn screen(&self, parties: &[Party], threads: usize) -> Vec<Hit> {
        let threads = threads.clamp(1, 64);
        if threads == 1 || parties.len() < 10_000 {
            let mut out = Vec::new();
            for (i, p) in parties.iter().enumerate() {
                self.match_party(p, i, &mut out);
            }
            return out;
        }
        let chunk = parties.len().div_ceil(threads);
        std::thread::scope(|s| {
            let handles: Vec<_> = parties
                .chunks(chunk)
                .enumerate()
                .map(|(c, part)| {
                    s.spawn(move || {
                        let mut out = Vec::new();
                        for (i, p) in part.iter().enumerate() {
                            self.match_party(p, c * chunk + i, &mut out);
                        }
                        out
                    })
                })
                .collect();
            handles.into_iter().flat_map(|h| h.join().unwrap_or_default()).collect()
        })
    }
}

/// Records the words a variant left out in the evidence of the hit it gave (the one of `entry` found since `start`,
/// when that hit's evidence is the variant's).
fn note_left_out(out: &mut [Hit], start: usize, entry: u32, v: variants::Variant) {
    if let Some(h) = out.get_mut(start..).and_then(|hs| hs.iter_mut().find(|h| h.entry == entry as usize))
        && h.evidence.method == v.method
    {
        h.evidence.left_out = v.left_out;
    }
}

/// Words that name no goods: joining words (English and French) and words every industry could carry
/// (`products`, `goods`, `related` …). "Cotton and cotton products" names cotton, not "and" nor "products".
const NOT_GOODS: &[&str] = &[
    "a",
    "an",
    "and",
    "or",
    "of",
    "the",
    "for",
    "from",
    "in",
    "with",
    "without",
    "made",
    "by",
    "on",
    "to",
    "its",
    "other",
    "related",
    "products",
    "product",
    "goods",
    "items",
    "item",
    "materials",
    "based",
    "derived",
    "all",
    "et",
    "ou",
    "de",
    "du",
    "des",
    "d",
    "la",
    "le",
    "les",
    "l",
    "en",
    "au",
    "aux",
    "pour",
    "avec",
    "sans",
    "produits",
    "produit",
    "articles",
    "article",
    "biens",
    "autres",
    "derives",
    "connexes",
    "base",
];

/// The goods a text names, as the region-or-industry rule compares them: its words folded (case, accents,
/// punctuation), the words in [`NOT_GOODS`] and numbers left out, each in its singular (`gloves` → `glove`,
/// `batteries` → `battery`, `tomatoes` → `tomato`). An order's industry reaches a site when one of the industry's
/// terms is one of the terms of the site's goods: the same word, never a word that only starts alike (`cotton` is not
/// `cottonwood`, `pens` not `pencils`).
pub fn goods_terms(text: &str) -> Vec<String> {
    fold_words(text)
        .split(' ')
        .filter(|w| w.len() > 1 && !NOT_GOODS.contains(w) && !w.bytes().all(|b| b.is_ascii_digit()))
        .map(singular)
        .collect()
}

/// Each of the goods a text names (parted by commas, `;`, `/`, `&`, `and`, `or`, `et`, `ou`) as its head, its last
/// goods word, and its other goods words (the modifiers that say which: `fishing` of "fishing nets"), all in
/// [`goods_terms`]' form; goods of no goods word are left out.
fn goods_groups(text: &str) -> Vec<(String, Vec<String>)> {
    let mut groups: Vec<(String, Vec<String>)> = Vec::new();
    for part in text.split([',', ';', '/', '&']) {
        let folded = fold_words(part);
        let mut group: Vec<&str> = Vec::new();
        for w in folded.split(' ').chain(std::iter::once("and")) {
            if matches!(w, "and" | "or" | "et" | "ou") {
                let mut terms = goods_terms(&group.join(" "));
                if let Some(head) = terms.pop() {
                    groups.push((head, terms));
                }
                group.clear();
            } else {
                group.push(w);
            }
        }
    }
    groups
}

/// Whether a site's goods name one of the goods of an order's industry by the word rule: one of the site's goods
/// holds the head of one of the industry's (its last goods word, the English order of CBP's industries: "Fishing
/// nets" names nets; "Cotton and cotton products" names cotton), as a word, singular or plural — "fishing vessels"
/// makes no nets —, and the two agree in what says which —
/// every modifier of the industry's goods is a word of the site's, unless the site's names the head alone ("nets":
/// which nets it does not say, and an unknown is not taken for another). "Fishing nets" reaches "nylon fishing nets"
/// and "nets for fishing", not "mosquito nets" nor "net making machines".
pub fn industry_meets_goods(industry: &str, goods: &str) -> bool {
    // Goods whose head noun names a means of making or growing goods (`tomato harvesters`) name none.
    let kept: Vec<String> = goods_parts(goods).into_iter().filter(|p| !names_means(p)).collect();
    let site = goods_groups(&kept.join(", "));
    goods_groups(industry).iter().any(|(head, modifiers)| {
        site.iter().any(|(site_head, site_modifiers)| {
            let words: Vec<&String> = site_modifiers.iter().chain(std::iter::once(site_head)).collect();
            let others: Vec<&String> = words.iter().copied().filter(|w| *w != head).collect();
            words.contains(&head) && (others.is_empty() || modifiers.iter().all(|m| others.contains(&m)))
        })
    })
}

/// Words that name what goods are grown, harvested, held or made with rather than the goods (folded, singular),
/// English and French: a site's goods whose head noun is one ("tomato harvesters", "tomato cages", "tomato seeds",
/// "cages à tomates", "graines de tomates") name no goods of an order's industry, whatever good qualifies them — as
/// the risk model's reader leaves out "cotton candy machines" (its machine words are among these).
const MEANS_WORDS: &[&str] = &[
    "machine",
    "machinery",
    "equipment",
    "tool",
    "device",
    "apparatus",
    "harvester",
    "picker",
    "peeler",
    "sorter",
    "cage",
    "trellis",
    "stake",
    "crate",
    "seed",
    "seedling",
    "greenhouse",
    "tractor",
    "sprayer",
    "fertilizer",
    "fertiliser",
    "pesticide",
    "machinerie",
    "equipement",
    "outil",
    "appareil",
    "recolteuse",
    "cueilleuse",
    "tuteur",
    "caisse",
    "graine",
    "semence",
    "plant",
    "serre",
    "tracteur",
    "pulverisateur",
    "engrais",
];

/// Prepositions after a head noun (English `for`, `of`; French `de`, `à`, `pour`, `en` …): the head is the last word
/// before the first of them ("cages à tomates", "nets for fishing"), else the last word ("tomato cages").
const HEAD_PREPOSITIONS: &[&str] = &["for", "of", "de", "des", "du", "d", "a", "au", "aux", "pour", "en"];

/// The goods a site names one by one, as written: its text parted by commas, `;`, `/`, `&` and the words `and`,
/// `or`, `et`, `ou`.
fn goods_parts(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in text.split([',', ';', '/', '&']) {
        let mut group: Vec<&str> = Vec::new();
        for w in part.split_whitespace().chain(std::iter::once("and")) {
            if matches!(fold_words(w).as_str(), "and" | "or" | "et" | "ou") {
                if !group.is_empty() {
                    out.push(group.join(" "));
                }
                group.clear();
            } else {
                group.push(w);
            }
        }
    }
    out
}

/// The head noun of one of a site's goods (folded, singular): the last word before its first preposition
/// ([`HEAD_PREPOSITIONS`]: French and English that put the head first), else its last word.
fn head_noun(part: &str) -> Option<String> {
    let folded = fold_words(part);
    let words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    let before = words.iter().skip(1).position(|w| HEAD_PREPOSITIONS.contains(w)).map_or(words.len(), |i| i + 1);
    words.get(..before).and_then(|w| w.last()).map(|w| singular(w))
}

/// Crops whose seeds are the goods themselves (sesame seeds are sesame, as ILAB lists it; cottonseed is a good of its
/// own), English and French: their seeds name goods, not a means of growing them.
const SEED_CROPS: &[&str] = &[
    "sesame",
    "cottonseed",
    "sunflower",
    "rapeseed",
    "canola",
    "flax",
    "linseed",
    "soybean",
    "soy",
    "mustard",
    "hemp",
    "chia",
    "tournesol",
    "colza",
    "lin",
    "soja",
    "moutarde",
    "chanvre",
];

/// Whether one of a site's goods names a means of growing, harvesting, holding or making goods ([`MEANS_WORDS`]) by
/// its head noun, not goods; seeds of a crop whose seeds are the goods ([`SEED_CROPS`]) are goods.
fn names_means(part: &str) -> bool {
    let Some(head) = head_noun(part) else { return false };
    if !MEANS_WORDS.contains(&head.as_str()) {
        return false;
    }
    let seeds = matches!(head.as_str(), "seed" | "graine" | "semence");
    !(seeds && fold_words(part).split(' ').any(|w| SEED_CROPS.contains(&singular(w).as_str())))
}

/// The lines of `goods_words.csv`: each trade name's words (folded, singular), and the ILAB goods it names.
fn goods_words() -> &'static [(Vec<String>, Vec<String>)] {
    static LINES: std::sync::OnceLock<Vec<(Vec<String>, Vec<String>)>> = std::sync::OnceLock::new();
    LINES.get_or_init(|| {
        include_str!("goods_words.csv")
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .skip(1)
            .filter_map(|l| {
                let mut cols = l.split(',');
                let words: Vec<String> = fold_words(cols.next()?).split(' ').map(singular).collect();
                let goods: Vec<String> = cols.next()?.split(';').map(|g| g.trim().to_string()).collect();
                (!words.is_empty()).then_some((words, goods))
            })
            .collect()
    })
}

/// The ILAB goods one of a site's goods names by a trade name of `goods_words.csv` (its words in a row).
fn trade_named_goods(part: &str) -> Vec<String> {
    let words: Vec<String> = fold_words(part).split(' ').filter(|w| !w.is_empty()).map(singular).collect();
    goods_words()
        .iter()
        .filter(|(name, _)| !name.is_empty() && words.windows(name.len()).any(|w| w == name.as_slice()))
        .flat_map(|(_, goods)| goods.iter().cloned())
        .collect()
}

/// The ILAB goods a site's goods name for the region-or-industry rule: each of its goods ([`goods_parts`]) read by
/// the risk model's reader, and by the trade names of `goods_words.csv` (`passata`, `concentré de tomates`), but
/// none whose head noun names a means of growing, harvesting, holding or making goods ([`names_means`]: "tomato
/// harvesters", "graines de tomates").
fn site_goods_read(reader: &GoodsReader, goods: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for part in goods_parts(goods).iter().filter(|p| !names_means(p)) {
        for g in reader(part.as_str()).into_iter().chain(trade_named_goods(part)) {
            if !out.contains(&g) {
                out.push(g);
            }
        }
    }
    out
}

/// An English or French plural made singular the simple way (enough to compare goods words).
fn singular(w: &str) -> String {
    if w.len() > 4
        && let Some(stem) = w.strip_suffix("ies")
    {
        return format!("{stem}y");
    }
    if w.len() > 4
        && let Some(stem) = w.strip_suffix("oes")
    {
        return format!("{stem}o");
    }
    if w.len() > 3
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && let Some(stem) = w.strip_suffix('s')
    {
        return stem.to_string();
    }
    w.to_string()
}

#[cfg(test)]
#[path = "matching_tests.rs"]
mod tests;
