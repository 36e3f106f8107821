//! Common variants of a listed firm's name that the word similarity cannot tell from another firm's, each found by a
//! rule of its own and named as such in the evidence, with the words of the entry's name the party left out:
//!
//! - **`place_omitted`**: Chinese firm names are "[place] [trade name] [industry] [legal form]", and the place
//!   (province, autonomous region, municipality, prefecture-level city: [`china_places.csv`](self), kept as data with
//!   its source) is routinely left out or moved into brackets: "Zhenhua Cotton Textile Co., Ltd." for "Xinjiang
//!   Zhenhua Cotton Textile Co., Ltd.", "Xie-Xin Fangzhi (Anhui) Company Limited" for "Anhui Xiexin Fangzhi Co.,
//!   Ltd.". The party's name without places must be the entry's without places (the same words, each possibly
//!   misspelt as [`super::word_similarity`] allows, or the same letters once spaces are dropped); every place the
//!   party names must be one the entry names (another place is another firm: "Hebei Zhenhua Cotton Textile"); what
//!   is left of the entry must be distinctive ([`distinctive`]: "Xinjiang Cotton Textile Co." leaves only industry
//!   words and matches nothing this way, "Xinjiang Co., Ltd." leaves nothing). Only when the party is in China and
//!   the entry in China or in no country: the places are China's. `place_moved` when no place was left out (the
//!   place written elsewhere and the name spelt otherwise, which the word similarity misses).
//! - **`branch`**: a branch ("X Branch", "X (Aksu) Branch", "X Aksu Branch Company", "X 分公司", `fen gong si`) is
//!   the firm itself, not a separate legal person: the party's name without its branch word and the branch's place
//!   (a Chinese place, or any one word before "Branch": a city elsewhere, a line of business) is the entry's name, or,
//!   in China, the entry's name with a place left out as above.
//! - **`word_omitted`**: one word fewer: every word of the party's name is in the entry's, which has exactly one word
//!   more, and that word is a generic one ([`GENERIC_WORDS`]: "Kashgar Bright Polysilicon" for "Kashgar Bright
//!   Polysilicon Materials Co., Ltd."); the party must keep a distinctive word (not a place, not generic) and two
//!   words at least. A distinctive word left out ("Polysilicon Industry" for "Hotan Lumen Polysilicon Industry") is
//!   never this.
//!
//! Why not lower [`super::THRESHOLD`] or [`super::ENTRY_COVERAGE`] instead: "Kashgar Bright Polysilicon" scores as
//! "Hotan Polysilicon Industry" would against "Hotan Lumen Polysilicon Industry"; only knowing *which* word is
//! missing (a place, a generic word, never the trade name) tells the variant from another firm.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use super::{MatchMethod, ROMANISED_LEGAL_FORMS, similarity, word_similarity};
use crate::domain::china_places::{self as table, ScreeningUse};
use crate::domain::text::fold_words;

/// Words that may follow a place and belong to it (`Xinjiang Uygur Autonomous Region`, `Aksu City`, `Anhui Sheng`,
/// `Shache Xian`): read as part of the place, only right after one.
const PLACE_DESIGNATORS: &[&str] = &[
    "province",
    "provincial",
    "sheng",
    "city",
    "shi",
    "prefecture",
    "diqu",
    "county",
    "xian",
    "district",
    "qu",
    "autonomous",
    "region",
    "zizhiqu",
    "zizhizhou",
    "uygur",
    "uyghur",
    "uighur",
    "weiwuer",
    "zhuang",
    "hui",
    "municipality",
    "league",
    "meng",
    // The peoples an autonomous prefecture or county is named after (`Ili Kazakh Autonomous Prefecture`, `Kizilsu
    // Kirghiz …`, `Bayingolin Mongol …`, `Changji Hui …`, `Yanbian Korean …`), in English and pinyin, as the
    // Ministry of Civil Affairs' code table of divisions (GB/T 2260) names those prefectures: read as part of the
    // place only right after one, so that `Ili Kazakh Autonomous Prefecture Hongsheng Textile` is `Hongsheng
    // Textile` of Ili.
    "kazakh",
    "kazak",
    "hasake",
    "kirghiz",
    "kyrgyz",
    "keerkezi",
    "mongol",
    "mongolian",
    "menggu",
    "tibetan",
    "zang",
    "korean",
    "chaoxian",
    "tujia",
    "miao",
    "dong",
    "yi",
    "dai",
    "bai",
    "hani",
    "lisu",
    "jingpo",
    "qiang",
    "buyei",
    "bouyei",
    "zu",
];

/// Words that say what a firm does or is, never which firm: the industry and generic words of firm names in English
/// and in pinyin (as one word: `fangzhi` textile, `mianye` cotton industry, `keji` technology …). A name left with
/// such words only is not distinctive; the one word a party may leave out under `word_omitted` is one of them.
pub const GENERIC_WORDS: &[&str] = &[
    "materials",
    "material",
    "industry",
    "industries",
    "industrial",
    "products",
    "product",
    "trading",
    "trade",
    "group",
    "holdings",
    "holding",
    "technology",
    "technologies",
    "tech",
    "science",
    "development",
    "manufacturing",
    "manufacture",
    "enterprise",
    "enterprises",
    "international",
    "import",
    "export",
    "company",
    "corporation",
    "factory",
    "works",
    "mill",
    "plant",
    "new",
    "textile",
    "textiles",
    "cotton",
    "spinning",
    "weaving",
    "knitting",
    "dyeing",
    "printing",
    "garment",
    "garments",
    "apparel",
    "clothing",
    "yarn",
    "fabric",
    "fabrics",
    "silicon",
    "polysilicon",
    "energy",
    "solar",
    "chemical",
    "chemicals",
    "metal",
    "metals",
    "steel",
    "mining",
    "machinery",
    "electronics",
    "electronic",
    "electric",
    "agriculture",
    "agricultural",
    "food",
    "foods",
    "logistics",
    "investment",
    "supply",
    "commerce",
    "commercial",
    "services",
    "service",
    "fangzhi",
    "mianye",
    "mianfang",
    "shiye",
    "keji",
    "maoyi",
    "gongye",
    "fuzhuang",
    "guoji",
    "fazhan",
    "nongye",
    "kuangye",
    "huagong",
    "nengyuan",
    "cailiao",
    "guiye",
    "touzi",
    "wuliu",
    "jinchukou",
    "shipin",
    "dianzi",
    "jixie",
    "zhiye",
    "fushi",
];

/// Words that make a name a branch's when they end it (`Branch`, `Branch Company`, `Branch Office`, `fen gong si`).
const BRANCH_ENDINGS: &[&[&str]] = &[
    &["branch"],
    &["branch", "company"],
    &["branch", "office"],
    &["fengongsi"],
    &["fen", "gongsi"],
    &["fen", "gong", "si"],
];

/// The longest place, in words (`nei mongol`, `nei meng gu`).
const PLACE_WORDS: usize = 3;

/// A spelling's letters without spaces (`Inner Mongolia` → `innermongolia`), as places are compared.
fn place_key(name: &str) -> String {
    fold_words(name).replace(' ', "")
}

/// The postal, Wade–Giles and older English place names of the places table (`ScreeningUse::Romanised` lines of
/// `risk_models/region_places.csv`, [`china_places`](crate::domain::china_places): letters without spaces, `tsingtao`,
/// `kwangtung`, `canton`) → the letters of the first spelling of the place of `places` they name (`qingdao`).
fn postal_places(places: &FxHashMap<String, String>) -> FxHashMap<String, String> {
    table::places()
        .iter()
        .filter(|p| p.screening == Some(ScreeningUse::Romanised))
        .filter_map(|p| {
            let name = place_key(&p.name);
            let pinyin = place_key(p.place());
            let first = places.get(&pinyin).cloned().unwrap_or(pinyin);
            (!name.is_empty()).then_some((name, first))
        })
        .collect()
}

/// The postal place names alone (see [`postal_places`]), for the Wade–Giles reading (`wade_giles.rs`).
pub(super) fn china_postal_places() -> &'static FxHashMap<String, String> {
    static POSTAL: OnceLock<FxHashMap<String, String>> = OnceLock::new();
    POSTAL.get_or_init(|| postal_places(pinyin_places()))
}

/// The places the firm-name rules know (`ScreeningUse::Place` lines of the places table: the provinces and
/// prefecture-level divisions of China and the county-level cities of Xinjiang firms name themselves after, with the
/// spellings firm names use): each spelling's letters without spaces → those of the place's first spelling.
fn pinyin_places() -> &'static FxHashMap<String, String> {
    static PINYIN: OnceLock<FxHashMap<String, String>> = OnceLock::new();
    PINYIN.get_or_init(|| {
        table::places()
            .iter()
            .filter(|p| p.screening == Some(ScreeningUse::Place))
            .map(|p| (place_key(&p.name), place_key(p.place())))
            .filter(|(name, _)| !name.is_empty())
            .collect()
    })
}

/// Each place's letters without spaces (`xinjiang`, `innermongolia`, `kashi`, `tsingtao`) → those of its first
/// spelling (`kashi` → `kashgar`, `tsingtao` → `qingdao`), so that two spellings of one place are one place.
pub(super) fn china_places() -> &'static FxHashMap<String, String> {
    static PLACES: OnceLock<FxHashMap<String, String>> = OnceLock::new();
    PLACES.get_or_init(|| {
        let mut places = pinyin_places().clone();
        places.extend(china_postal_places().iter().map(|(k, v)| (k.clone(), v.clone())));
        places
    })
}

/// The fewest letters a place's spelling must have for a word one edit from it (a letter changed, added, dropped,
/// or two swapped: `Shenzen`, `Guangdon`, `Hangzou`) to be read as that place: pinyin words are otherwise compared
/// syllable for syllable (`matching::near_enough`: `Qingfang` is not `Qingfeng`), and a short place one edit from
/// another place or word (`Hebei`, `Hubei`; `Anhui`) is another place. Seven letters: the province and city names
/// firms carry most (Shenzhen, Guangdong, Zhejiang, Xinjiang, Shanghai) and none of the five-letter ones.
pub const TYPO_LETTERS: usize = 7;

/// The places' spellings of [`TYPO_LETTERS`] letters or more (letters without spaces), filed under themselves and
/// under each of their forms with one letter left out, so that a word one edit from a spelling shares one of its
/// keys (a deletion neighbourhood: a look-up per letter of the word, not a comparison per place).
fn typo_index() -> &'static FxHashMap<String, Vec<&'static str>> {
    static INDEX: OnceLock<FxHashMap<String, Vec<&'static str>>> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: FxHashMap<String, Vec<&'static str>> = FxHashMap::default();
        for spelling in china_places().keys().filter(|k| k.is_ascii() && k.len() >= TYPO_LETTERS) {
            for form in std::iter::once(spelling.clone()).chain(deletions(spelling)) {
                let at = index.entry(form).or_default();
                if !at.contains(&spelling.as_str()) {
                    at.push(spelling.as_str());
                }
            }
        }
        index
    })
}

/// A word's forms with one letter left out (ASCII words only).
fn deletions(word: &str) -> impl Iterator<Item = String> + '_ {
    (0..word.len()).filter_map(move |i| Some(format!("{}{}", word.get(..i)?, word.get(i + 1..)?)))
}

/// The place (its first spelling's letters) a word misspells: one edit from one place's spelling of
/// [`TYPO_LETTERS`] letters or more, beginning with the same letter, and from no other place; `None` for a word that
/// is a place's spelling itself (read as such) or near none.
fn misspelt_place(word: &str) -> Option<&'static str> {
    let places = china_places();
    if !word.is_ascii() || word.len() + 1 < TYPO_LETTERS || places.contains_key(word) {
        return None;
    }
    let index = typo_index();
    let mut found: Option<&'static str> = None;
    for spelling in std::iter::once(word.to_string()).chain(deletions(word)).filter_map(|f| index.get(&f)).flatten() {
        if spelling.as_bytes().first() != word.as_bytes().first() || strsim::osa_distance(word, spelling) != 1 {
            continue;
        }
        let first = places.get(*spelling).map_or(*spelling, String::as_str);
        match found {
            Some(other) if other != first => return None,
            _ => found = Some(first),
        }
    }
    found
}

/// A stretch of a name's words: a place (with its designators) or one word of something else.
#[derive(Debug, Clone)]
struct Segment {
    words: Vec<String>,
    /// The place's letters without spaces (`xinjiang`), when the segment is a place.
    place: Option<String>,
}

/// A name's words read for Chinese places: what the rules compare, read once per name.
#[derive(Debug, Clone, Default)]
pub struct Placed {
    segments: Vec<Segment>,
}

impl Placed {
    /// Reads the places of a normalised name's words (a place written in one word, or syllable by syllable, or in
    /// two words: `xinjiang`, `xin jiang`, `inner mongolia`; the designators after it belong to it).
    pub fn read(words: &[String]) -> Placed {
        let places = china_places();
        let mut segments = Vec::new();
        let mut i = 0;
        while i < words.len() {
            let found = (1..=PLACE_WORDS)
                .rev()
                .filter_map(|k| words.get(i..i + k).map(|ws| (k, ws.concat())))
                .find_map(|(k, joined)| places.get(&joined).map(|first| (k, first.clone())))
                .or_else(|| words.get(i).and_then(|w| misspelt_place(w)).map(|first| (1, first.to_string())));
            match found {
                Some((k, key)) => {
                    let mut j = i + k;
                    while words.get(j).is_some_and(|w| PLACE_DESIGNATORS.contains(&w.as_str())) {
                        j += 1;
                    }
                    segments.push(Segment { words: words.get(i..j).unwrap_or_default().to_vec(), place: Some(key) });
                    i = j;
                }
                None => {
                    segments.extend(words.get(i).map(|w| Segment { words: vec![w.clone()], place: None }));
                    i += 1;
                }
            }
        }
        Placed { segments }
    }

    fn has_places(&self) -> bool {
        self.segments.iter().any(|s| s.place.is_some())
    }

    fn places(&self) -> impl Iterator<Item = &Segment> {
        self.segments.iter().filter(|s| s.place.is_some())
    }

    /// The words that are not places.
    fn rest(&self) -> Vec<String> {
        self.segments.iter().filter(|s| s.place.is_none()).flat_map(|s| s.words.iter().cloned()).collect()
    }

    /// The words of `words` (the name read) that are not places; all of them when the name was not read (the
    /// index keeps the reading of names with places only).
    fn rest_of(&self, words: &[String]) -> Vec<String> {
        if self.segments.is_empty() { words.to_vec() } else { self.rest() }
    }

    /// The reading kept by the index: this one when the name names a place, else none (an empty reading).
    pub fn kept(self) -> Placed {
        if self.has_places() { self } else { Placed::default() }
    }

    /// The name without its places, its letters without spaces and without a romanised legal form at its end: the
    /// key the index files entries under.
    pub fn placeless_key(&self) -> Option<String> {
        if !self.has_places() {
            return None;
        }
        let rest = self.rest();
        distinctive(&rest).then(|| compact(&rest))
    }

    /// The name without its places, as [`Placed::placeless_key`], whether it names places or not (a party's: looked
    /// up among the entries' keys); none when the name was not read.
    pub fn placeless_key_any(&self) -> Option<String> {
        let rest = self.rest();
        (!self.segments.is_empty() && distinctive(&rest)).then(|| compact(&rest))
    }

    /// The same name without its last segments while they are places (the place of a branch).
    fn without_trailing_places(&self) -> Placed {
        let mut segments = self.segments.clone();
        while segments.last().is_some_and(|s| s.place.is_some()) {
            segments.pop();
        }
        Placed { segments }
    }
}

/// Letters without spaces and without a romanised legal form at the end (as the matcher's compact form).
fn compact(words: &[String]) -> String {
    let joined = words.concat();
    ROMANISED_LEGAL_FORMS
        .iter()
        .find_map(|form| joined.strip_suffix(form).filter(|s| s.len() > 3))
        .map_or(joined.clone(), str::to_string)
}

/// Whether a word is one of [`GENERIC_WORDS`].
pub fn is_generic(word: &str) -> bool {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| GENERIC_WORDS.iter().copied().collect()).contains(word)
}

/// Whether `letters` is made of generic words only ([`GENERIC_WORDS`], or nothing).
fn all_generic(letters: &str) -> bool {
    // Can the letters up to `i` be cut into generic words: the words may be written apart or run together.
    let n = letters.len();
    let mut can = vec![false; n + 1];
    if let Some(first) = can.first_mut() {
        *first = true;
    }
    for end in 1..=n {
        let reached = GENERIC_WORDS.iter().any(|g| {
            end >= g.len()
                && letters.get(end - g.len()..end) == Some(*g)
                && can.get(end - g.len()).copied().unwrap_or(false)
        });
        if let Some(slot) = can.get_mut(end) {
            *slot = reached;
        }
    }
    can.last().copied().unwrap_or(true)
}

/// A name without its places tells a firm from another: two words or more (syllables count), six letters or more,
/// and not generic words only.
pub fn distinctive(rest: &[String]) -> bool {
    let letters = compact(rest);
    rest.len() >= 2 && letters.len() >= 6 && !all_generic(&letters)
}

/// The same words on both sides (each word near one of the other side's, as many on each side), or the same letters
/// once spaces are dropped: the similarity (1 for the same letters).
fn same_words(a: &[String], b: &[String], pinyin_apart: bool) -> Option<f64> {
    if a.is_empty() || b.is_empty() {
        return None;
    }
    if compact(a) == compact(b) {
        return Some(1.0);
    }
    let found = |x: &String, ys: &[String]| ys.iter().any(|y| word_similarity(x, y, pinyin_apart) > 0.0);
    (a.len() == b.len() && a.iter().all(|x| found(x, b)) && b.iter().all(|y| found(y, a)))
        .then(|| similarity(a, b, pinyin_apart).0)
}

/// A variant found: how, how closely, and the words of the entry's name the party left out.
#[derive(Debug, Clone, PartialEq)]
pub struct Variant {
    pub method: MatchMethod,
    pub similarity: f64,
    pub left_out: Option<String>,
}

/// One side of a comparison: its words and their places, read once.
pub struct Side<'a> {
    pub words: &'a [String],
    pub placed: &'a Placed,
}

/// The entry's name with places the party does not name left out: the party's places must all be the entry's and
/// the rest the same; the places left out, in the entry's words.
fn place_left_out(party: &Placed, party_words: &[String], entry: &Placed) -> Option<(f64, Vec<String>)> {
    if !entry.has_places() {
        return None;
    }
    let entry_places: FxHashSet<&str> = entry.places().filter_map(|s| s.place.as_deref()).collect();
    if party.places().any(|s| s.place.as_deref().is_some_and(|p| !entry_places.contains(p))) {
        return None;
    }
    let entry_rest = entry.rest();
    if !distinctive(&entry_rest) {
        return None;
    }
    // Chinese places are read in China only, where names may be Chinese: pinyin names stay apart.
    let sim = same_words(&party.rest_of(party_words), &entry_rest, true)?;
    let named: FxHashSet<&str> = party.places().filter_map(|s| s.place.as_deref()).collect();
    let left_out =
        entry.places().filter(|s| s.place.as_deref().is_some_and(|p| !named.contains(p))).map(|s| s.words.join(" "));
    Some((sim, left_out.collect()))
}

/// The words of a branch's name before its branch ending, when it has one.
fn branch_stem(words: &[String]) -> Option<&[String]> {
    BRANCH_ENDINGS.iter().find_map(|ending| {
        let stem = words.len().checked_sub(ending.len())?;
        let tail = words.get(stem..)?;
        (tail.iter().zip(ending.iter()).all(|(w, e)| w == e) && stem > 0).then(|| words.get(..stem)).flatten()
    })
}

/// The variant of the entry's name the party's name is, if any (see the module's documentation). `in_china`: the
/// party is in China and the entry in China or in no country, so Chinese places are read as places. `pinyin_apart`:
/// the names may be Chinese, so two pinyin names a syllable apart are two names (`super::names_may_be_chinese`).
pub fn variant(party: &Side, entry: &Side, in_china: bool, pinyin_apart: bool) -> Option<Variant> {
    let joined = |ws: Vec<String>| (!ws.is_empty()).then(|| ws.join(", "));
    if let Some(stem) = branch_stem(party.words) {
        if in_china {
            let placed = Placed::read(stem).without_trailing_places();
            let rest: Vec<String> = placed.segments.iter().flat_map(|s| s.words.iter().cloned()).collect();
            if distinctive(&entry.placed.rest_of(entry.words))
                && let Some(sim) = same_words(&rest, entry.words, true)
            {
                return Some(Variant { method: MatchMethod::Branch, similarity: sim, left_out: None });
            }
            if let Some((sim, left_out)) = place_left_out(&placed, &rest, entry.placed) {
                return Some(Variant { method: MatchMethod::Branch, similarity: sim, left_out: joined(left_out) });
            }
        }
        if distinctive(entry.words) {
            let sim = same_words(stem, entry.words, pinyin_apart)
                .or_else(|| stem.split_last().and_then(|(_, name)| same_words(name, entry.words, pinyin_apart)));
            if let Some(sim) = sim {
                return Some(Variant { method: MatchMethod::Branch, similarity: sim, left_out: None });
            }
        }
    }
    if in_china && let Some((sim, left_out)) = place_left_out(party.placed, party.words, entry.placed) {
        let method = if left_out.is_empty() { MatchMethod::PlaceMoved } else { MatchMethod::PlaceOmitted };
        return Some(Variant { method, similarity: sim, left_out: joined(left_out) });
    }
    word_left_out(party, entry, in_china, pinyin_apart)
}

/// One generic word of the entry's left out, every other word the same (see the module's documentation).
fn word_left_out(party: &Side, entry: &Side, in_china: bool, pinyin_apart: bool) -> Option<Variant> {
    if party.words.len() < 2 || entry.words.len() != party.words.len() + 1 {
        return None;
    }
    let near = |x: &String, ys: &[String]| ys.iter().any(|y| word_similarity(x, y, pinyin_apart) > 0.0);
    if !party.words.iter().all(|w| near(w, entry.words)) {
        return None;
    }
    let mut missing = entry.words.iter().filter(|w| !near(w, party.words));
    let (Some(missing), None) = (missing.next(), missing.next()) else { return None };
    if !GENERIC_WORDS.contains(&missing.as_str()) {
        return None;
    }
    let kept = if in_china { party.placed.rest_of(party.words) } else { party.words.to_vec() };
    if kept.len() < 2 || party.words.len() < 3 || !kept.iter().any(|w| !all_generic(w)) {
        return None;
    }
    Some(Variant {
        method: MatchMethod::WordOmitted,
        similarity: similarity(party.words, entry.words, pinyin_apart).0,
        left_out: Some(missing.clone()),
    })
}
