//! Loading a risk model folder: `model.toml` (weights, catalogue, aliases) and the ILAB and ILO data files, turned
//! into lookup tables once so that scoring does no searching.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::sync::Arc;

use serde::Deserialize;

use super::{ModelError, ModelFault};
use crate::domain::china_places::{self, NameSet, NameUse, PlaceName, TextField};
use crate::domain::legal_form::ShortForms;
use crate::domain::text::fold_words;
use crate::domain::{Classification, CountryCode, PlaceOfWork, RiskKind, SourceRef};
use crate::graph::national::normalise_name_where;

/// A source dataset of the model.
#[derive(Debug, Clone, Deserialize)]
pub struct Source {
    pub file: String,
    /// The source's title and edition as its publisher writes it (English).
    pub edition: String,
    /// The same in French (`edition_fr`, from model 2022.4): shown in French text. `None` in the models written
    /// before it, whose French text takes its words from the catalogues (`source-title_fr`), never the English title.
    #[serde(default)]
    pub edition_fr: Option<String>,
    pub publisher: String,
    pub licence: String,
    /// The edition of each indicator of a file that gathers several publications (`[[sources.KEY.editions]]`, from
    /// model 2022.11): a factor citing an entry `INDICATOR/…` of the file cites its own publication, not the file's
    /// every title (the ILO's forced-labour estimate is not the ILO–UNICEF child-labour report). Empty before, and for
    /// a file of one publication: the file's `edition` is cited.
    #[serde(default)]
    pub editions: Vec<IndicatorEdition>,
}

/// The publication of one indicator of a source file ([`Source::editions`]), in English and French.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IndicatorEdition {
    /// The indicator, as the first part of the entries that cite it (`forced_labour_prevalence`).
    pub indicator: String,
    pub edition: String,
    pub edition_fr: Option<String>,
}

/// The weights of the method (see the model card).
#[derive(Debug, Clone, Deserialize)]
pub struct Weights {
    pub listed_good: f64,
    pub derived_good: f64,
    pub local_input: f64,
    pub undisclosed_declared_input: f64,
    pub undisclosed_typical_input: f64,
    pub tier_decay: f64,
    pub forced_context_per_prevalence: f64,
    /// No longer read: a country ILAB does not assess takes its own ILO region's prevalence, and the world's
    /// prevalence, where it applies, is weighed like any other (`forced_context_per_prevalence`). Kept so that the
    /// models that name it still load.
    #[serde(default)]
    pub forced_context_unassessed: f64,
    pub child_context_per_working_share: f64,
    pub child_context_share_cap: f64,
    pub mitigation_cap: f64,
    pub listed_forced_floor: f64,
    /// Points, for each kind of risk, of goods the model cannot read: no category, no ILAB good, no material and no
    /// input named (`Reason::UnreadGoods`). `None` in the models written before it (2019.1, 2022.1), which leave
    /// such goods at nothing and keep their stored scores.
    #[serde(default)]
    pub unread_goods: Option<f64>,
    /// Points added to `unread_goods`, for each kind of risk, per ILAB listing of that kind in the site's own
    /// country, the sum at most `undisclosed_typical_input`: goods the model cannot read take the evidence of the
    /// country they are made in (2022.4). `None` before 2022.4: the fallback is flat across countries.
    #[serde(default)]
    pub unread_goods_per_listing: Option<f64>,
    /// The most `unread_goods` with its points per listing reaches (2022.6: a listed input of the site's own country,
    /// `local_input`). `None` before 2022.6: at most `undisclosed_typical_input`, or `unread_goods` where that is more.
    #[serde(default)]
    pub unread_goods_max: Option<f64>,
}

/// Share of the score each due-diligence practice takes off.
#[derive(Debug, Clone, Deserialize)]
pub struct Mitigation {
    pub policy: f64,
    pub supplier_code: f64,
    pub risk_assessment: f64,
    pub social_audit: f64,
    pub grievance_mechanism: f64,
    pub remediation: f64,
    pub traceability_tiers: f64,
    pub training: f64,
    pub s211_report: f64,
    pub site_audit: f64,
}

/// The ILO–UNICEF child-labour estimate of a country's national income group (`Tables::income_estimate`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct IncomeEstimate<'a> {
    /// The World Bank group, as `income_groups.csv` names it (`High income`).
    pub group: &'a str,
    /// Share (0–1) of children aged 5–17 in child labour in the group's countries.
    pub share: f64,
    /// The country's line in `income_groups.csv`.
    pub line: usize,
}

/// A sub-national region with a risk of its own (Xinjiang).
#[derive(Debug, Clone, Deserialize)]
pub struct Region {
    pub country: String,
    pub names: Vec<String>,
    pub kind: RiskKind,
    pub points: f64,
    pub label_en: String,
    pub label_fr: String,
    /// The region's sources, as they are titled (English).
    pub source: String,
    /// The same in French (from model 2022.4); `None` before it (see [`Source::edition_fr`]).
    #[serde(default)]
    pub source_fr: Option<String>,
    /// The least score (0–100) a site in the region takes for the region's kind of risk, before and after due
    /// diligence: a legal presumption (UFLPA: goods made wholly or in part in Xinjiang are presumed made with forced
    /// labour, whatever the good) is not weighed away by the supplier's own practices. `None`: no floor (models
    /// before 2022.3).
    #[serde(default)]
    pub floor: Option<f64>,
    /// The region is the whole country (2022.6: North Korea, whose goods a law presumes made with forced labour
    /// wherever in the country they are made): every site of the country is in it, whatever its region or city says.
    #[serde(default)]
    pub whole_country: bool,
    /// The edition of the places table (`risk_models/region_places.csv`, its `since` column) the region reads its
    /// other names from: every line of the region whose `since` is not later than it (2022.11: the county-level
    /// cities and counties of Xinjiang in every spelling, the region's older and French names). `None`: the lines of
    /// 2019.1, as every model before 2022.11 read them. From 2022.11 a name is also found written in pieces
    /// (`Sin-kiang`, [`NameSet::joined`](crate::domain::china_places::NameSet)); from 2022.12 a name written in
    /// another script (traditional characters, Uyghur in Arabic or Cyrillic script or with `ä` for `e`:
    /// [`NameSet::with_scripts`](crate::domain::china_places::NameSet::with_scripts)), and a region's abbreviation
    /// (`XJ`) in the site's region field.
    #[serde(default)]
    pub places: Option<String>,
    /// The beginnings of the region's postcodes (2022.12: `["83", "84"]`, the PRC's six-digit postcodes 830000 to
    /// 849999, Xinjiang's): a site whose postcode field holds one is in the region, and (with [`Region::address`]) one
    /// whose address line does, where its region and city name no other place of China
    /// ([`china_places::postcode_in`]). Empty: postcodes place nothing (models before 2022.12).
    #[serde(default)]
    pub postcodes: Vec<String>,
    /// The site's address line names the region too (2022.11), where its region and city name no other place of
    /// China: a place inside the line (`12 Renmin Road, Kuqa`), not a street named after one (`Urumqi Middle Road`,
    /// `新疆路`). `false`: region and city only.
    #[serde(default)]
    pub address: bool,
    /// The names as they are read, folded once at load ([`add_region_places`]).
    #[serde(skip)]
    reading: RegionReading,
}

/// A region's names as they are read: its own and its places (`names`), and the places of China outside it, which
/// keep a site's address from being read when its region or city names one of them.
#[derive(Debug, Clone, Default)]
struct RegionReading {
    names: NameSet,
    elsewhere: NameSet,
}

impl Region {
    /// The text that places a site in the region: its declared region ([`Region::is_named_in_region`]), else its
    /// city ([`Region::is_named_in`]), where it names the region, else (from 2022.12, [`Region::postcodes`]) its
    /// postcode, else (from 2022.11, [`Region::address`]) its address line — a place inside it, or from 2022.12 a
    /// postcode — where its region and city name no other place of China; the region's first name for a region that
    /// is the whole country; `None`: the site is not in it. The country is the caller's to compare.
    pub fn names_site<'s>(&'s self, site: &'s PlaceOfWork) -> Option<&'s str> {
        self.named_by(site).map(|(text, _)| text)
    }

    /// [`Region::names_site`], with the field of the site whose text names it (`None`: a postcode, or the whole
    /// country).
    fn named_by<'s>(&'s self, site: &'s PlaceOfWork) -> Option<(&'s str, Option<TextField>)> {
        if self.whole_country {
            return Some((self.names.first().map_or(self.country.as_str(), String::as_str), None));
        }
        let region = site.region.as_deref();
        if let Some(text) = region.filter(|text| self.is_named_in_region(text)) {
            return Some((text, Some(TextField::Region)));
        }
        if self.is_named_in(&site.city) {
            return Some((site.city.as_str(), Some(TextField::RegionOrCity)));
        }
        let postcode =
            site.postal_code.as_deref().filter(|code| china_places::postcode_in(code, &self.postcodes, true));
        if let Some(code) = postcode {
            return Some((code, None));
        }
        let elsewhere = |text: &str| self.reading.elsewhere.is_named_in(text, TextField::RegionOrCity);
        if !self.address || region.into_iter().chain([site.city.as_str()]).any(elsewhere) {
            return None;
        }
        if self.reading.names.is_named_in(&site.address, TextField::Address) {
            return Some((site.address.as_str(), Some(TextField::Address)));
        }
        china_places::postcode_in(&site.address, &self.postcodes, false).then_some((site.address.as_str(), None))
    }

    /// How the site's text that places it in the region was read, where it was not read as written (from 2022.13,
    /// whose regions read look-alike letters, [`NameSet::with_look_alikes`]): `ΗΟΤΑΝ` read as `HOTAN`, a name of
    /// Hotan; `Синьцзян`, the Russian name of Xinjiang; `X.J.` as `XJ`. `None`: the site is not in the region, was
    /// placed by a postcode, its text was read as written, or the model is older (its explanations stay as they
    /// were).
    pub fn reading_of(&self, site: &PlaceOfWork) -> Option<china_places::PlaceReading> {
        if !self.reading.names.reads_look_alikes() {
            return None;
        }
        let (text, field) = self.named_by(site)?;
        self.reading.names.reading_in(text, field?).filter(|r| r.how.is_some())
    }

    /// [`Region::is_named_in`] for a site's region field, where a region's abbreviation (`XJ`, from 2022.12) is read
    /// too.
    pub fn is_named_in_region(&self, text: &str) -> bool {
        self.reading.names.is_named_in(text, TextField::Region)
    }

    /// Whether a text (a site's region or city) names the region: one of its names (`model.toml` and the lines of
    /// `region_places.csv` it reads, [`Region::places`]) in Latin letters as whole words ("Aksu", not "Taksu"), case
    /// and accents ignored ("Ürümqi"); one in Chinese script, which writes no spaces, anywhere in the text
    /// ("新疆维吾尔自治区"); from 2022.11 one written in pieces ("Sin-kiang").
    pub fn is_named_in(&self, text: &str) -> bool {
        self.reading.names.is_named_in(text, TextField::RegionOrCity)
    }
}

#[derive(Debug, Clone, Deserialize)]
struct DerivedInput {
    good: String,
    input: String,
}

/// A goods category of the catalogue.
#[derive(Debug, Clone, Deserialize)]
pub struct Category {
    pub code: String,
    pub label_en: String,
    pub label_fr: String,
    /// UNSPSC prefixes (2 to 8 digits).
    pub unspsc: Vec<String>,
    /// GSIN goods codes (`N8415`).
    pub gsin: Vec<String>,
    /// Words (English and French, accents optional) that place goods in this category.
    pub keywords: Vec<String>,
    /// ILAB goods that are this category's goods themselves.
    pub own_goods: Vec<String>,
    /// ILAB goods the category is typically made from.
    pub typical_inputs: Vec<String>,
    /// The typical inputs that say what the goods are made of (a subset of `typical_inputs`): a material named in
    /// the goods' words ([`Material`]) takes their place ("cotton gloves" take cotton, not the rubber of gloves).
    #[serde(default)]
    pub material_inputs: Vec<String>,
    /// Whether the place-of-work clause requires the sites that make these goods to be disclosed.
    pub origin_of_work: bool,
}

/// A family of goods (`[[goods_families]]` of `model.toml`, with its source there): words that name several ILAB
/// goods at once, or a good by a word the model's reading does not know ("seafood": fish, shrimp, shellfish …;
/// "silk": cocoons, thread, fabric; "tuna": fish). Read by screening only ([`Tables::industry_goods`]), where a CBP
/// order on an industry names its goods by the industry's usual word; the engine's reading of a site's goods does not
/// use it, so no score depends on it.
#[derive(Debug, Clone, Deserialize)]
pub struct GoodsFamily {
    /// Its name, in English (messages of `chainon model check`).
    pub name: String,
    /// Words (English and French, accents optional) that name it.
    pub words: Vec<String>,
    /// Its ILAB goods; the first is read in the words' place to decide whether the text names goods at all.
    pub goods: Vec<String>,
    /// The words folded into tokens ([`tokens`]), longest first, at load.
    #[serde(skip)]
    pub folded: Vec<Vec<String>>,
}

/// How goods words are read beyond the reading of the versions before 2022.4 (`[goods_reading]` of `model.toml`):
/// absent, every rule is off and the words read as they always did.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoodsReading {
    /// A catalogue's inverted name — its head noun, then qualifiers after commas ("gloves, nitrile", "wire,
    /// barbed") — reads as the qualifiers before the head ("nitrile gloves"; in French after it, "gants, latex" as
    /// "gants latex"), unless a part after a comma names goods or a category of its own (a list: "gloves, boots") or
    /// the first part names only materials ("cotton, polyester").
    #[serde(default)]
    pub catalogue_inversion: bool,
    /// Words that hold no category's keyword take the first category (in the model's order) whose own goods hold a
    /// good the words name ("fil de coton" names thread: textiles, as "cotton yarn" is).
    #[serde(default)]
    pub category_by_good: bool,
    /// ILAB goods that are another good made of a material ([`CompoundGood`]: rubber gloves are gloves of rubber).
    #[serde(default)]
    pub compound_goods: Vec<CompoundGood>,
    /// A good that `[[derived_inputs]]` makes of an input ("palm oil" of palm fruit) takes that input as a typical
    /// input wherever it is made, not only where ILAB derives a listing from it: a palm-oil mill in Malaysia takes
    /// Malaysia's listed palm fruit.
    #[serde(default)]
    pub derived_goods_take_their_input: bool,
    /// An alias of `[aliases]` names its good even where a good's French name is the same words: "bovins" is cattle
    /// (the animals ILAB lists as Cattle in Brazil), not only the Bovines of the French name.
    #[serde(default)]
    pub aliases_over_french_names: bool,
    /// A qualifier after a dash, a colon or a comma that names a good but no material ([`Material`] with ILAB goods),
    /// beside a product the model has no good for ("garden gnomes - ceramic"), leaves the goods unread: the
    /// fallback applies, as to "garden gnomes" (2022.5).
    #[serde(default)]
    pub qualifier_without_material_unread: bool,
    /// The head noun decides what the goods are, by English or French word order (the last word of the head in
    /// English, "ceramic garden gnomes"; the first in French, "gnomes de jardin en céramique"), wherever a material
    /// word qualifying it stands (before, after, behind a dash): where the head names nothing the model reads, the
    /// goods stay unread and keep the fallback for goods it cannot read beside their material's input, as beside a
    /// declared input (2022.6). Off before: a material word alone made the goods read.
    #[serde(default)]
    pub head_noun_decides: bool,
    /// Words that say how goods are packed, never what they are made of (folded, as written: "tins", "rouleaux";
    /// 2022.5): one is no goods word where it follows a measure ("200g tins"), comes before a joining word
    /// ("rouleaux de fil barbelé", "boxes of gloves") or is all a qualifier holds ("tomato paste - tins").
    #[serde(default)]
    pub packaging_words: Vec<String>,
    /// Units of measure (folded: "g", "kg", "ml"): a number, alone or with one of these joined or after it ("200g",
    /// "5 kg"), is a measure and no goods word (2022.5).
    #[serde(default)]
    pub measure_units: Vec<String>,
    /// A qualifier never makes goods the good it qualifies, whatever the order, the number, the catalogue's comma or a
    /// list (2022.7): the head noun is found in each item of a list ("solar glass; aluminium frames"), after the words
    /// of [`Self::form_words`] ("solar glass sheets"), and a category's word alone after a comma qualifies a head that
    /// names another good ("glass, solar" as "solar glass"). Off before: only the whole head's last word was the head
    /// noun, and "glass, solar" was a list.
    #[serde(default)]
    pub qualifier_in_any_order: bool,
    /// Words (folded, one word each, both numbers where the plural is not an `s`) that say the form a good or a
    /// material comes in or that it is an item of it — "sheets", "panes", "fibres", "granules", "articles" — never its
    /// head noun: the good or the material before them is ("solar glass sheets" are glass, "polyester fibre" is
    /// polyester; in French before it, "feuilles de verre", "articles d'habillement"). 2022.7; empty before.
    #[serde(default)]
    pub form_words: Vec<String>,
    /// Words (folded, one word each) that name what is used on, with or for goods rather than the goods — care
    /// products, fasteners, fittings and devices that serve them ("shoe polish", "cable ties", "cirage à chaussures",
    /// "solar inverters"): a part of a text ending on one names no goods, as a machine's does, and places the goods in
    /// no category (2022.7; empty before, where "shoe polish" was footwear).
    #[serde(default)]
    pub accessory_words: Vec<String>,
    /// The fallback for goods the model cannot read names the material words the goods name, as written ("steel" of
    /// "steel bolts"), whose material is read as an input of its own (2022.7; before, the words "bolts" alone and "what
    /// they are made of is unknown").
    #[serde(default)]
    pub unread_names_material: bool,
    /// A declared input says what the goods are made of (2022.7): the material words of its text are read as their
    /// material's goods, declared ("steel tubing" is Iron), and a declared input that names a material or is one of
    /// the category's `material_inputs` replaces them, as a material in the goods' words does (a rope of polyester and
    /// sisal takes no cotton). Off before: a declared input added to the typical inputs and its material words were
    /// not read.
    #[serde(default)]
    pub declared_inputs_say_the_material: bool,
    /// Words that name a material alone, with only words of its form ("polyester fibre", "nylon filament",
    /// "polyester"), are read: the material, with the ILAB goods it is (none for synthetic fibres), not the fallback
    /// for goods the model cannot read (2022.7).
    #[serde(default)]
    pub material_alone_is_read: bool,
    /// A raw-material site whose words name a product the model has no good for beside a material ("nitrile glovs",
    /// "cotton yarnn", "nitrile xyzzy") does not make the material alone: what it makes is unread, as at any other
    /// site, and weighs the fallback for goods the model cannot read (2022.12). Off before: the material was read as
    /// the site's goods and the product word dropped, so that a typo or a look-alike letter in the head noun scored a
    /// Malaysian glove site Low (6.6) where "nitrile gloves" score High (50.4).
    #[serde(default)]
    pub raw_material_reads_its_product: bool,
    /// The head noun places the goods in a category (2022.8): among keywords of several categories of the same
    /// length, a keyword that names the goods ("desks", "onduleurs") outranks one of [`Self::qualifier_keywords`]
    /// ("solaires"), and among those the one nearer the end of the head (English order: "computer *desks*" are
    /// furniture); a packaging word before a word of purpose ("boîtes à gants", "sacs pour ordinateur") is the goods,
    /// not what holds them. Off before: the first category in the model's order among equals, and a packaging word
    /// before any joining word was no goods word.
    #[serde(default)]
    pub head_noun_places: bool,
    /// Keywords (folded) that qualify goods rather than name them — adjectives such as "solar", "solaire",
    /// "electronic", "électronique" — which give way to a keyword that names the goods ([`Self::head_noun_places`],
    /// 2022.8; empty before).
    #[serde(default)]
    pub qualifier_keywords: Vec<String>,
}

/// An ILAB good that is a head good made of a material good: words naming the head with the material in any order
/// or language ("gants de latex", "gloves, nitrile", "gants latex") name the compound good ("Rubber Gloves").
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CompoundGood {
    /// The compound's ILAB name.
    pub good: String,
    /// The ILAB good it is a kind of.
    pub head: String,
    /// The ILAB good it is made of, named by its phrases or by a material's words ([`Material`]).
    pub material: String,
}

/// The names of ILAB goods and the kinds they come in (`[goods_synonyms]` of `model.toml`, 2022.10; absent before,
/// where every rule below is off): goods ILAB lists, written in other words, are read as the goods ILAB lists.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoodsSynonyms {
    /// A good read at a site takes the listings, in the site's country, of the ILAB goods it is a kind of and of
    /// those that are kinds of it ([`Self::kinds`]): "clay bricks" (Bricks (clay)) take India's listing of Bricks.
    #[serde(default)]
    pub kin_take_listings: bool,
    /// Each ILAB good that is a kind of another (Bricks (clay) of Bricks, Beef of Cattle, Fireworks of Pyrotechnics).
    #[serde(default)]
    pub kinds: Vec<GoodKind>,
    /// The names of ILAB goods, each English name with its French counterpart ([`GoodNames`]).
    #[serde(default)]
    pub names: Vec<GoodNames>,
    /// Category keywords (folded) with other common senses ("fitting", "hook", "coat", "pile", "isolation"): goods
    /// placed in a category by these alone, naming no ILAB good and no material, are read as unread goods beside
    /// their category, never as goods known not to be listed.
    #[serde(default)]
    pub generic_keywords: Vec<String>,
}

/// Goods words read against the listing of the site's own country (`[goods_own_listing]` of `model.toml`, 2022.11;
/// absent before, where every rule below is off and goods read as in 2022.10).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OwnListing {
    /// ILAB goods whose names read as the same words (folded and singular: Pepper and Peppers; a name and another's
    /// name before its brackets: Beans and Beans (green, soy, yellow)) are kin: each takes the other's listings in
    /// the site's country, whichever of them the words are read as.
    #[serde(default)]
    pub same_names_are_kin: bool,
    /// Edges of `[[goods_synonyms.kinds]]` not in effect (a good that is not taken as a kind of the other): the
    /// words of one take no listing of the other through them.
    #[serde(default)]
    pub kinds_apart: Vec<GoodKind>,
    /// Names that read as their good and name other goods besides ([`WideNames`]: "seafood" is fish and shellfish).
    #[serde(default)]
    pub wide_names: Vec<WideNames>,
    /// The kin of a category's own goods are the category's goods too: a keyword that names one ("sandal",
    /// Footwear (sandals), of Footwear) places the goods in the category, never as a material of them.
    #[serde(default)]
    pub kin_are_category_goods: bool,
    /// A good's name says the materials ILAB's English name of it says, in any words: a material word inside the
    /// phrase of a good counts only where ILAB's name holds a word of that material (« charbon de bois » is
    /// charcoal, no timber, as "charcoal" is), and a good whose ILAB name holds a material takes it whatever words
    /// name it (« mobilier métallique » is steel furniture, as "steel furniture" is).
    #[serde(default)]
    pub names_say_materials: bool,
    /// The singular and the plural of a name's last English word read alike where folding by a trailing `s` does
    /// not make them one ("tomato" and "tomatoes", "chilli" and "chillies", "peach" and "peaches", "ruby" and
    /// "rubies").
    #[serde(default)]
    pub plural_forms: bool,
    /// Words (folded, as written) that say how a raw good is shipped in bulk and are never goods themselves
    /// ("bales"): one after another word of the text is no goods word ("cotton bales" are cotton).
    #[serde(default)]
    pub bulk_packaging_words: Vec<String>,
}

/// Goods words read alike in English and in French, materials joined into one compound and the forms goods come in
/// (`[goods_forms]` of `model.toml`, 2022.12; absent before, where every rule below is off and goods read as in
/// 2022.11).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoodsForms {
    /// A good's French name of one word that folds into a common word of either language (« thé » is "the", « maïs »
    /// "mais"), written with its accents, names its good, as its English name does: the accents tell it from the
    /// other word, which still names nothing ("the", "mais" written without them).
    #[serde(default)]
    pub accented_french_names: bool,
    /// « or » is gold after a French joining word (« lingot d'or », « de l'or », « en or ») and as the first word of
    /// the goods words (« or raffiné », « or »), where no English text has the conjunction: the words read as they
    /// do with "gold" in its place.
    #[serde(default)]
    pub french_gold: bool,
    /// A slash, an ampersand, a plus or a dash between two material words ([`Material`]: "polyester/cotton",
    /// "coton/polyester", "cotton & polyester", "cotton - polyester") joins the materials of one compound, as a
    /// space does ("cotton polyester"), where it was a list mark or a catalogue's comma; a blend's ratio before them
    /// ("50/50 cotton poly") is a measure and says no goods. ILAB's names with a slash (Thread/Yarn, Khat/Miraa,
    /// Leather Goods/Accessories) hold a word on one side at least that names no material and stay as they were.
    #[serde(default)]
    pub joined_materials: bool,
    /// Words of form added to [`GoodsReading::form_words`] (folded, singular): the shapes a metal or a salt is traded
    /// in ("ingot", « lingot », "bullion", "sulfate"), never the head noun.
    #[serde(default)]
    pub form_words: Vec<String>,
    /// A site (no raw-material site, warehouse or trader) whose words name a material alone ("steel"), or in a form
    /// ("gold bars", « lingots d'or », "tin ingots", "cobalt sulfate": the material and words of form only), makes
    /// the material's ILAB goods where the site's country lists one of them or its kin (the listing stands: gold bars
    /// and steel made in a country that lists gold or iron carry the listing, as "gold" does); made elsewhere, a
    /// material in a form is made of the goods brought in, an input of unknown origin, whichever words named them
    /// (an alias such as "tin ingot" or « lingot d'or » included), and the material alone stays as 2022.11 read it.
    #[serde(default)]
    pub forms_take_the_listing: bool,
    /// A raw-material site whose words name a material in a form ("cobalt metal", "cobalt sulfate", « lingots d'or »)
    /// makes the material's ILAB goods where the site's country lists one of them or its kin, as the material alone
    /// does there ("cobalt" at a mine in the Democratic Republic of the Congo), and elsewhere is made of the goods
    /// brought in, an input of unknown origin, as [`Self::forms_take_the_listing`] has any other site do (2022.15;
    /// `false` before, where a form at a raw-material site read as a product the model names no good for, and scored
    /// below the material alone: "cobalt sulfate" at a Congolese raw-material site 7.8 / 18.7 against "cobalt" 7.8 /
    /// 78.7, and 0.8 for child labour in Finland against 78.7 at a Finnish processor).
    #[serde(default)]
    pub raw_material_forms_take_the_listing: bool,
    /// Words that name a material as it is dug (folded, singular: "ore", « minerai »): beside a material's words alone
    /// they say the material itself ("gold ore", « minerai d'or » read as "gold" does, a mine's own goods), never a
    /// product the model names no good for (2022.16; empty before, where "gold ore" read as goods the model could not
    /// read, held at the riskiest producer any category presumes, 100 / 100 at a Congolese mine against 67.8 / 78.7
    /// for "gold").
    #[serde(default)]
    pub ore_words: Vec<String>,
    /// The items of a list keep the reading each has alone where one names a material in a form (2022.16; `false`
    /// before, where naming a second good beside a material in a form lowered a raw-material site's score):
    /// - goods no ILAB list carries ([`GoodsWords::unlisted_goods`]: nickel, manganese) beside a material's words
    ///   keep the material's reading: "cobalt sulfate, nickel sulfate" is cobalt in a form as "cobalt sulfate" is,
    ///   "cobalt, nickel" cobalt as "cobalt" is (2022.15: 0.8 for child labour at a Finnish raw-material site, 78.7
    ///   for "cobalt sulfate" alone);
    /// - an item that names a material in a form is made where the site's country lists the material's goods and
    ///   brought in elsewhere, whatever the other items name ([`SiteGoods::forms_apart`]: "widgets and tin ingots" at
    ///   a Finnish raw-material site, 2022.15: 0.8 against 78.7 for "tin ingots"; "cotton, cobalt sulfate" at a
    ///   Chinese one, where China lists cotton, 73.1 against 78.7).
    #[serde(default)]
    pub materials_in_lists_read_apart: bool,
    /// A raw-material site whose words are a list ([`Tables::list_items`]: "refined lead and tin", "cobalt salts and
    /// nickel salts", "cobalt sulfate, battery grade") scores at least as each item does alone, for each kind: every
    /// good an item alone says the site makes is made there too, every good it says is brought in is brought in, and
    /// a word of form on one item of the list ("refined", "salts", « sels ») says the material of every item that
    /// names a material alone in a form as well ("refined lead and tin" is refined tin too), brought in where the
    /// site's country lists none of its goods. The engine's guarantee, not more words: naming more never lowers a
    /// raw-material site's score (2022.17; `false` before, where 2022.16 read "cobalt salts and nickel salts" at a
    /// Finnish raw-material site 0.8 for child labour against 78.7 for "cobalt salts", and "refined silver and gold"
    /// in Switzerland as gold mined there).
    #[serde(default)]
    pub raw_material_items_read_alone: bool,
    /// Words between goods that make a list in [`Tables::list_items`] as "and" and « et » do (folded: "plus", "with",
    /// « avec »): "gold plus silver", "coltan with electrorefined copper" at a raw-material site score at least as
    /// each item alone (2022.18; empty before, where 2022.17 read "gold plus silver" at a Congolese raw-material site as
    /// silver, 7.8 / 18.7 against 67.8 / 78.7 for "gold"). Used by the list's items only: the whole words read as
    /// before.
    #[serde(default)]
    pub list_words: Vec<String>,
    /// A dug material (one whose ILAB goods are listed in the Mining sector somewhere: gold, silver, copper, zinc, tin,
    /// cobalt ore) named with words the model reads nothing of, a grade ("grade A copper", "special high grade zinc")
    /// or a purity ("gold 99.99%", "silver 999", "24k gold": [`says_purity`]), and no word of the mine
    /// ([`Self::ore_words`]), is a material in a form ([`SiteGoods::form_brought_in`]): brought in where the site's
    /// country lists none of its goods, as "refined gold" is. No one mines a metal by its purity, grade or process, and
    /// words the model cannot read are never read as the lower of two readings (2022.18; `false` before, where 2022.17
    /// read "LBMA gold", "gold 99.99%", "electrowon copper", "SX-EW copper" at a Swiss or Finnish raw-material site as
    /// the metal mined there, 8.8 / 0.8, against 70.5 / 80.0 for "refined gold" and 8.8 / 78.7 for "copper cathodes").
    #[serde(default)]
    pub qualified_dug_materials_brought_in: bool,
    /// A grade word last in its part, closing its item in the words as written ([`grade_closes`]: no designation after
    /// it, as "grade A" has), qualifies the goods with the word before it, naming none: "battery grade" says
    /// what the goods are fit for, not batteries ("cobalt, battery grade", "tin battery grade", "nitrile gloves medical
    /// grade"; "battery grade" alone names no goods). Before (`false`), such words named their good (2022.17: "battery
    /// grade" at a Chinese raw-material site read as batteries, 13.0 / 58.1; "battery grade, tin" the same, against
    /// 13.0 / 13.1 for "tin"). A grade word before the goods ("glove grade latex") qualified them already.
    #[serde(default)]
    pub grade_last_qualifies: bool,
    /// An item of a raw-material site's list the model reads nothing of alone ("refined lead", "widgets": no good, no
    /// material, no category, not only a grade or a measure, [`Tables::names_nothing`]) is held as goods the model
    /// cannot read, as a declared input it reads nothing of is (`unread_inputs_held`), beside the goods the other items
    /// name: the list scores at least as that item alone (2022.18; `false` before, where 2022.17 read "refined lead and
    /// tin" at a Finnish raw-material site as refined tin, 67.8 / 78.7, against 73.0 / 81.0 for "refined lead").
    #[serde(default)]
    pub raw_material_unread_items_held: bool,
    /// Names of the forms a good grown or mined is traded in, each English name with its French counterpart
    /// ([`GoodNames`]: "sugar", « sucre », "cane sugar", « sucre de canne »): read as their good over any other
    /// reading of the same words, and, as a material in a form is, as the good where the site's country lists it and
    /// the good brought in elsewhere (with `forms_take_the_listing`).
    #[serde(default)]
    pub names: Vec<GoodNames>,
}

/// Names that read as their ILAB good and name other ILAB goods besides (`[[goods_own_listing.wide_names]]`, 2022.11):
/// "seafood", « produits de la mer » are fish and shellfish.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WideNames {
    /// The other ILAB goods the names name.
    pub goods: Vec<String>,
    /// (English, French) names, each already a name of its good (`[[goods_synonyms.names]]`); neither may be empty.
    pub pairs: Vec<(String, String)>,
}

/// An ILAB good that is a kind of another ILAB good (`[[goods_synonyms.kinds]]`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoodKind {
    /// The ILAB good.
    pub good: String,
    /// The ILAB good it is a kind of.
    pub kind_of: String,
}

/// Names of an ILAB good in English and French (`[[goods_synonyms.names]]`): each pair is an English name and its
/// French counterpart, both read as the good, longer phrases first, over any other reading of the same words.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoodNames {
    /// The ILAB good.
    pub good: String,
    /// (English, French) names; neither may be empty (`chainon model check`).
    pub pairs: Vec<(String, String)>,
}

/// A material goods are made of (`[[materials]]` of `model.toml`, with its source there): the words that name it
/// and the ILAB goods it is, none for a material no ILAB list carries (aluminium, synthetic fibres).
#[derive(Debug, Clone, Deserialize)]
pub struct Material {
    /// Its name, in English (lists and messages of `chainon model check`).
    pub name: String,
    /// Words (English and French, accents optional, singular or plural) that name it.
    pub words: Vec<String>,
    /// The ILAB goods it is.
    pub goods: Vec<String>,
    /// The words folded into tokens ([`tokens`]), longest first, at load.
    #[serde(skip)]
    pub folded: Vec<Vec<String>>,
}

/// How an optional country index (e.g. the Global Slavery Index) is read and weighed.
#[derive(Debug, Clone, Deserialize)]
pub struct CountryIndexSpec {
    /// The kind of risk the index measures.
    pub kind: RiskKind,
    /// Column holding the country (a name in English or French, or an ISO code).
    #[serde(default = "default_country_column")]
    pub country_column: String,
    /// Column holding the figure.
    #[serde(default = "default_value_column")]
    pub value_column: String,
    /// What the figure is, for the explanation ("estimated prevalence of modern slavery per 1,000 people").
    pub measure_en: String,
    pub measure_fr: String,
    /// Points per unit of the figure, and the most the index may add.
    pub points_per_unit: f64,
    pub max_points: f64,
}

/// How an optional entity list (e.g. the UFLPA Entity List) is read and weighed.
#[derive(Debug, Clone, Deserialize)]
pub struct EntityListSpec {
    /// Column with the entity's name; optional columns with its country and its other names (`;`-separated).
    #[serde(default = "default_name_column")]
    pub name_column: String,
    #[serde(default)]
    pub country_column: Option<String>,
    #[serde(default)]
    pub aliases_column: Option<String>,
    /// Points added to the forced-labour score of a site whose name or operator is on the list.
    pub points: f64,
}

fn default_country_column() -> String {
    "country".into()
}
fn default_value_column() -> String {
    "value".into()
}
fn default_name_column() -> String {
    "name".into()
}

/// One figure of the country index.
#[derive(Debug, Clone)]
pub struct IndexValue {
    pub value: f64,
    pub country_name: String,
    pub line: usize,
}

/// One entity of the entity list, with its names folded for matching.
#[derive(Debug, Clone)]
pub struct Entity {
    pub name: String,
    pub country: Option<CountryCode>,
    pub keys: Vec<String>,
    pub line: usize,
}

/// The forms of a company name the entity list compares, empty ones left out: folded (accents, case, punctuation)
/// and without its legal forms by the shared normaliser (`graph::national::normalise_name_where`, the forms of
/// `domain::legal_form`, as screening compares names), its short forms (`AS`, `AG`, `SA` …) dropped as `country` uses
/// them — all of them when the country is not known — and, when that differs, the name with no short form dropped.
/// Two names are the same when a form of one is a form of the other.
pub fn entity_keys(name: &str, country: Option<CountryCode>) -> Vec<String> {
    let own = normalise_name_where(name, ShortForms::of(country));
    let kept = normalise_name_where(name, ShortForms::Nowhere);
    let mut keys = vec![own, kept];
    keys.dedup();
    keys.retain(|k| !k.is_empty());
    keys
}

#[derive(Debug, Deserialize)]
struct ModelFile {
    version: String,
    sources: BTreeMap<String, Source>,
    weights: Weights,
    child_context_advancement: BTreeMap<String, f64>,
    ilab_region_to_ilo: BTreeMap<String, String>,
    mitigation: Mitigation,
    regions: Vec<Region>,
    #[serde(default)]
    derived_inputs: Vec<DerivedInput>,
    aliases: BTreeMap<String, String>,
    /// ILAB goods that are themselves devices ([`Tables::device_goods`]).
    device_goods: Vec<String>,
    /// ILAB goods that are finished goods ([`Tables::finished_goods`]; 2022.5, empty before).
    #[serde(default)]
    finished_goods: Vec<String>,
    /// The reading rules of 2022.4 ([`GoodsReading`]); none before.
    #[serde(default)]
    goods_reading: GoodsReading,
    categories: Vec<Category>,
    #[serde(default)]
    materials: Vec<Material>,
    #[serde(default)]
    goods_families: Vec<GoodsFamily>,
    #[serde(default)]
    country_index: Option<CountryIndexSpec>,
    #[serde(default)]
    entity_list: Option<EntityListSpec>,
    /// Income groups (World Bank, as `income_groups.csv` names them) whose countries ILAB does not assess take their
    /// group's ILO–UNICEF child-labour estimate in place of the `No Assessment` points and the regional estimate
    /// (2022.3: `["High income"]`). Empty in models before 2022.3.
    #[serde(default)]
    unassessed_income_groups: Vec<String>,
    /// Income groups (World Bank) whose countries establish the origin of the goods made there although ILAB does
    /// not assess them (2022.4: `["High income"]`, outside ILAB's mandate, their context the group's estimate).
    /// Empty before 2022.4: no country ILAB does not assess establishes an origin.
    #[serde(default)]
    origin_income_groups: Vec<String>,
    /// Whether the floor of an undisclosed input is left out where the site's own good is listed because of that
    /// input (a derived listing: batteries because of cobalt): the input's risk is counted once (2022.4). `false`
    /// before 2022.4.
    #[serde(default)]
    derived_input_counted_once: bool,
    /// Whether a site establishes the origin of a good it makes only when the origin of every input of its own is
    /// established too (2022.4): an unknown upstream stays a floor downstream instead of fading 0.85× per tier behind
    /// a declared maker. `false` before 2022.4.
    #[serde(default)]
    origin_needs_known_inputs: bool,
    /// Whether a declared supplier of the input a derived listing of the site's own good names (a cobalt mine for
    /// Chinese batteries) takes the place of that listing when it carries more, never adds to it (2022.5): the input's
    /// risk is counted once. `false` before 2022.5.
    #[serde(default)]
    input_site_counted_once: bool,
    /// Whether the input a derived listing names is followed through declared intermediates (2022.6): a direct
    /// supplier that takes the input in, or has a site upstream at any tier that makes, handles or takes it in (a
    /// cathode maker between the cobalt mine and the battery maker), is weighed against the listing as a supplier of
    /// the input is (`input_site_counted_once`), never added to it. `false` before 2022.6.
    #[serde(default)]
    input_reached_upstream: bool,
    /// Whether a site that makes nothing (a warehouse, a trader) passes on what its declared suppliers carry and adds
    /// no floor of its own country for the goods they supply (2022.6). `false` before 2022.6.
    #[serde(default)]
    pass_through_adds_nothing: bool,
    /// Whether a warehouse or a trader inside a region of the model (Xinjiang) whose declared suppliers establish the
    /// origin of its goods carries to its buyers what they carry, not the region's points (2022.7): it makes nothing
    /// there. `false` before 2022.7.
    #[serde(default)]
    pass_through_carries_no_region: bool,
    /// Whether an input listed somewhere whose origin is not disclosed is presumed to come from the worst country
    /// where ILAB lists it (2022.6): its floor is at least what a producer there would carry to the site (its listing
    /// × `tier_decay`), so that silence never scores below the worst disclosure. On from 2022.7 (with `local_input` 51,
    /// the calibration table decided with it: see its card); `false` before.
    #[serde(default)]
    undisclosed_presumed_worst: bool,
    /// Whether the due-diligence credit for a mapped chain needs the chain shown to reach the depth the supplier
    /// claims (2022.6); before, it was given when the claim reached the chain shown, however short. `false` before.
    #[serde(default)]
    traceability_by_disclosed_depth: bool,
    /// Whether a region's presumption points stand after due diligence, added to the mitigated rest of the score
    /// before the cap (2022.6); before, the cap absorbed them and due diligence lowered them. `false` before 2022.6.
    #[serde(default)]
    region_points_unmitigated: bool,
    /// The forced-labour evidence of ILAB's goods list for the country a site is in (2022.6; none before).
    #[serde(default)]
    forced_listing_evidence: Option<ListingEvidence>,
    /// Whether goods the model cannot read weigh at least the presumption of an undisclosed listed input (a listed
    /// good × `tier_decay`, 51): what they are is unknown, and unknown is not low (2022.8). `false` before: the
    /// fallback's base was `unread_goods` alone (25 in 2022.6 and 2022.7), below the presumption.
    #[serde(default)]
    unread_goods_presumed_worst: bool,
    /// Whether a warehouse or a trader with a declared supplier adds no risk of its own country: no floor of its
    /// country's listings for any good it handles and no listings of its country in the fallback for goods the model
    /// cannot read, whether or not its suppliers establish the goods' origin; what they leave unknown stays the
    /// presumption of an undisclosed input (2022.8). `false` before: `pass_through_adds_nothing` dropped the local
    /// floor only where the suppliers established the origin.
    #[serde(default)]
    pass_through_adds_no_country: bool,
    /// Whether a refused or missing attestation that no forced labour (no child labour) is used withholds the
    /// due-diligence credit of that kind from every site of the declaration, the factor saying so (2022.8). `false`
    /// before: the refusal was a finding beside the score.
    #[serde(default)]
    refused_attestation_withholds_credit: bool,
    /// Whether goods the model cannot read, made in a country where ILAB lists goods for a kind, weigh at least as
    /// the riskiest goods the model can read made there: the weight of the country's riskiest listing of that kind
    /// (a listed good 60, a derived one 45) as a factor of its own (`Reason::UnreadAsListed`), beside the fallback
    /// for their inputs, which is at least any listed good's typical inputs undisclosed (2022.9). `false` before: the
    /// fallback alone (51 to 60), below the same country's listed goods with their inputs (60 + 51, capped at 100).
    #[serde(default)]
    unread_goods_take_worst_reading: bool,
    /// The names and kinds of ILAB goods ([`GoodsSynonyms`], 2022.10; none before).
    #[serde(default)]
    goods_synonyms: GoodsSynonyms,
    /// Goods words read against the site's own listing ([`OwnListing`], 2022.11; none before).
    #[serde(default)]
    goods_own_listing: OwnListing,
    /// Whether an input whose origin the declaration does not establish holds the site at what its riskiest producer
    /// would score on its own line — the listing's points and that country's context — so that disclosing a producer
    /// never raises the declaration's score above silence (2022.10). `false` before: the presumption was what that
    /// producer would carry (0.85 × 60), and a disclosed producer's own line, its country context on top, scored
    /// above it.
    #[serde(default)]
    silence_scores_as_the_worst_producer: bool,
    /// Whether a region's legal presumption of forced labour (its points and its floor, `[[regions]]`) comes down the
    /// chain × the tier decay per tier, kept out of due diligence and the cap at every site it reaches, the factors
    /// naming the region (2022.10). `false` before: the points were carried inside the supplier's score, mitigated
    /// and capped at the buyer, and the floor stayed at the region's sites.
    #[serde(default)]
    region_presumption_carried: bool,
    /// Silence is never below disclosure (`[silence]`, 2022.11; absent before, where every rule of it is off).
    #[serde(default)]
    silence: Silence,
    /// Goods words read alike in English and French, joined materials and forms of goods ([`GoodsForms`], 2022.12;
    /// none before).
    #[serde(default)]
    goods_forms: GoodsForms,
    /// Goods words written one letter off and raw materials on no ILAB list ([`GoodsWords`], 2022.13; none
    /// before).
    #[serde(default)]
    goods_words: GoodsWords,
}

/// Goods words written one letter off a finished good's name, and raw materials the model names that no ILAB list
/// carries (`[goods_words]` of `model.toml`, 2022.13; absent before, where every rule below is off and goods read
/// as in 2022.12).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GoodsWords {
    /// A word the model reads nothing of, written one letter off the one-word name of a finished good
    /// (`finished_goods`: its ILAB name, French name or alias, singular or plural, of at least
    /// [`GoodsWords::min_letters`] letters) — a letter left out, a letter too many, two neighbouring letters
    /// swapped — reads as that name: "glovs", "gloevs", « chausures » are gloves and shoes. A word one letter off two
    /// names, a word of [`GoodsWords::other_words`] and a letter changed for another (where most other words lie:
    /// "globe", "grove") read as written.
    #[serde(default)]
    pub one_letter_off_finished_goods: bool,
    /// The fewest letters a finished good's name has for a word one letter off it to read as it (5: "gloves",
    /// « gants »; a name of four letters has too many other words one letter off it).
    #[serde(default)]
    pub min_letters: usize,
    /// Words of English or French one letter off a finished good's name, which read as written ("love", "glover",
    /// "vest", « joue »): folded as goods words are ([`tokens`]).
    #[serde(default)]
    pub other_words: Vec<String>,
    /// Whether a declared input the model reads nothing of (no ILAB good, material or category: "cottn", "Baumwolle",
    /// "xyzzy"), at a site that presumes no category's typical inputs in its place (a raw-material site, goods no
    /// category takes), weighs the fallback for goods the model cannot read (`unread_goods` of the weights) and, with
    /// [`Silence::unread_goods_held_at_worst_producer`], holds the site at the riskiest producer any category
    /// presumes, with the finding `unclassified_goods` naming it. `false` before: the input was dropped, and a
    /// raw-material site declaring it scored as one declaring nothing.
    #[serde(default)]
    pub unread_inputs_held: bool,
    /// Raw materials and semi-finished goods the model names that no ILAB list carries, each an English name and its
    /// French counterpart ("wood pulp", « pâte de bois »; "alumina", « alumine »): words that name one alone, with
    /// materials and words of form, are read — goods known to be on no list, the material's goods where a
    /// raw-material site names one ("wood pulp" is wood's) — not goods the model cannot read ([`SiteGoods::unlisted`]).
    #[serde(default)]
    pub unlisted_goods: Vec<(String, String)>,
    /// Whether a finished good's one-word name written in the plural, followed to the end of the text by material
    /// words alone ("gloves nitrile", "shirts cotton", "disposable gloves latex"), names the goods, the materials
    /// qualifying them, as the catalogue's comma does ("gloves, nitrile"): a plural noun stands before another as a
    /// modifier in no ordinary English compound ("glove latex" is latex for gloves, "gloves latex" latex gloves). `false`
    /// before 2022.14: the last word was the head and "gloves nitrile" read as nitrile, a Malaysian raw-material site
    /// of it scoring 9 where "nitrile gloves" scored 69.
    #[serde(default)]
    pub plural_head_before_materials: bool,
}

/// Silence is never below disclosure (`[silence]` of `model.toml`, 2022.11; absent before, where each rule is off).
/// A table, not top-level keys, so that the version's block sits at the end of the file.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Silence {
    /// `silence_scores_as_the_worst_producer`, turned on (its 2022.10 key, off there, is not in 2022.11's file).
    #[serde(default)]
    pub scores_as_the_worst_producer: bool,
    /// Whether the category's materials that a declared material replaces keep their riskiest producer in the
    /// presumption of the site where that material is itself listed for the kind and its origin is not established:
    /// declaring a listed material says the goods hold a good at risk, never a safer one than the category presumes
    /// (work clothing of gold: its cotton's producer, 73, stays; 2022.10 with the rule on fell to gold's, 70.5).
    #[serde(default)]
    pub replaced_material_keeps_presumption: bool,
    /// Whether an ILAB good grown, mined or fished (ILAB's sector is not Manufacturing) that a site makes goods of, in
    /// a country where ILAB lists it for neither kind, is also an input of the site of unknown origin (a typical
    /// input): chocolate bars made in Canada are made of cocoa grown elsewhere, which 2022.10 read as cocoa grown in
    /// Canada, not listed: low.
    #[serde(default)]
    pub unlisted_own_material_is_an_input: bool,
    /// Whether a country grows, mines or fishes a good where ILAB lists it or a good of its kin
    /// ([`Tables::kin_of`]) there, or where [`Silence::grown_in`] says so (2022.12): a site there that makes goods of
    /// it is read as making them of its own, not of the good brought in ([`Silence::unlisted_own_material_is_an_input`]),
    /// and a declared producer of it there can establish its origin. 2022.11 looked at the good's own name only:
    /// « bovins » (Cattle) made in Ghana, which ILAB lists for Bovines, were brought in; "bell peppers" (Pepper) in
    /// Paraguay, which it lists for Peppers, too.
    #[serde(default)]
    pub grown_where_kin_listed: bool,
    /// Goods ILAB's earlier editions list in countries its present one does not (2022.12): the country grows them,
    /// though ILAB no longer finds forced or child labour in it there (Uzbekistan's cotton, listed to the 2021
    /// edition). Read only where [`Silence::grown_where_kin_listed`] is on.
    #[serde(default)]
    pub grown_in: Vec<GrownIn>,
    /// Whether a text that is an ILAB good's own name, brackets and commas included ("Beans (green, soy, yellow)"),
    /// reads as that good (2022.12): 2022.11 read its brackets as a catalogue's list and named the first item alone
    /// (green beans, a good ILAB lists nowhere), so declaring it as an input lowered a score (73 → 12).
    #[serde(default)]
    pub ilab_names_read_whole: bool,
    /// Whether a declared raw-material producer of a good establishes its origin only in a country that grows, mines
    /// or fishes it ([`Tables::grows`], 2022.12): a cotton farm declared in Canada, where cotton is not grown, leaves
    /// the cotton's origin unknown and the presumption standing (2022.11 read it as Canadian cotton: 6.7).
    #[serde(default)]
    pub producer_only_where_grown: bool,
    /// Whether a good's riskiest producer is taken over the good and its kin ([`Tables::kin_of`], 2022.12), as a site
    /// reads its kin's listings: « bovins » (Cattle) and "Bovines" brought in are presumed from one producer, the
    /// riskiest of either (2022.11: Cattle's, 70.0 / 85.0, against Bovines', 10.0 / 76.0, made in Canada).
    #[serde(default)]
    pub presumed_producer_of_kin: bool,
    /// Whether goods the model reads nothing of are held at the riskiest producer of any category's typical inputs
    /// (2022.12): they may be any goods of the catalogue, so never below the same goods named (2022.11 with the rules
    /// on: "Baumwollhemden" made in Germany 59.8, "cotton shirts" 73.0).
    #[serde(default)]
    pub unread_goods_held_at_worst_producer: bool,
}

/// A good a country grows, mines or fishes though ILAB's present edition does not list it there (`[[silence.grown_in]]`
/// of `model.toml`, 2022.12): the ILAB name of the good, the countries (ISO 3166-1 alpha-2), and the source that says
/// so.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GrownIn {
    /// The good's ILAB name.
    pub good: String,
    /// The countries that grow it, by ISO 3166-1 alpha-2 code.
    pub countries: Vec<CountryCode>,
    /// Where the model takes it from (an edition of ILAB's list).
    pub source: String,
}

/// How ILAB's forced-labour listings in a country weigh in its forced-labour context (`[forced_listing_evidence]`
/// of `model.toml`, 2022.6): the ILO regional prevalence counts forced labour in every sector where people live
/// (commercial sexual exploitation and domestic work included; high-income countries 4.4 per 1,000, as Europe and
/// Central Asia), and says nothing of goods; the goods ILAB lists for forced labour in the country are the model's
/// evidence of forced labour in making goods there. Shown as a country figure (`Reason::CountryIndex`) citing ILAB's
/// list.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListingEvidence {
    /// Points for each good ILAB lists for forced labour in the country.
    pub points_per_listing: f64,
    /// The most the evidence adds.
    pub max_points: f64,
    /// What the figure counts, in both languages (the explanation says "China: 18 …").
    pub measure_en: String,
    pub measure_fr: String,
}

/// One ILAB listing: a good in a country, with the kinds it is listed for.
#[derive(Debug, Clone)]
pub struct Listing {
    pub good: String,
    pub country: CountryCode,
    pub country_name: String,
    pub forced: bool,
    pub child: bool,
    /// Listed because of an input: the input good and the country it comes from.
    pub derived_from: Option<(String, String)>,
    /// ILAB's sector of the listing is Manufacturing: the good is made, not grown, mined or fished.
    pub manufactured: bool,
    /// ILAB's sector of the listing is Mining: the good is dug (gold, tin, cobalt ore), the goods a metal's forms
    /// are traded in ([`GoodsForms::raw_material_items_read_alone`]).
    pub mined: bool,
    /// Line in the data file (header = line 1).
    pub line: usize,
}

impl Listing {
    /// Whether this listing concerns a kind of risk (forced child labour counts for both).
    pub fn is(&self, kind: RiskKind) -> bool {
        match kind {
            RiskKind::ForcedLabour => self.forced,
            RiskKind::ChildLabour => self.child,
        }
    }
}

/// ILAB country data used for the country context. A cell ILAB leaves empty is `None` — never `""` or `0`: the
/// engine then applies the documented fallback with its own factor, and `chainon model check` lists it.
#[derive(Debug, Clone)]
pub struct CountryData {
    pub ilab_name: String,
    /// ILAB's region (`Indo-Pacific` …).
    pub region: Option<String>,
    /// ILAB's advancement level in eliminating the worst forms of child labour.
    pub advancement: Option<String>,
    /// Share of children aged 5–14 working, 0–1.
    pub working_children_share: Option<f64>,
    pub line: usize,
}

/// The advancement level the model reads as "ILAB made no assessment"; its points are also those of a country
/// whose row ILAB leaves empty.
pub const NO_ASSESSMENT: &str = "No Assessment";

/// A regional estimate the model uses where a country's own figure is missing: the ILO–UNICEF child-labour share of
/// the country's SDG region, or the world's when that region has no figure.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct RegionalEstimate {
    /// The region whose figure applies; `None` for the world estimate.
    pub region: Option<&'static str>,
    /// Share of children aged 5–17 in child labour, 0–1.
    pub share: f64,
}

impl RegionalEstimate {
    /// The region's English name (the data's), `the world` for the world estimate: an order for lists. Words for
    /// people come from the catalogues and the French names of `names` (`reports::explain`).
    pub fn name_en(&self) -> String {
        self.region.map_or_else(|| "the world".to_string(), |r| r.to_string())
    }
}

/// The edition of the places table every model before 2022.11 reads (`Region::places` absent).
const FIRST_PLACES: &str = "2019.1";

/// The first edition of the places table whose region reads names written in another script
/// ([`NameSet::with_scripts`]).
const SCRIPTS_PLACES: &str = "2022.12";

/// The first edition of the places table whose region reads words in look-alike letters of other alphabets and
/// acronyms written with points or spaces, and says in its explanation how a site's text was read
/// ([`NameSet::with_look_alikes`]).
const LOOK_ALIKE_PLACES: &str = "2022.13";

/// Adds the other names of the model's regions from the places table shared by every version
/// (`risk_models/region_places.csv`, [`crate::domain::china_places`]): a line whose place is the region (one of its
/// names) or lies `within` it, and whose `since` is not later than the region's `places` edition, adds its name;
/// then folds every name once for reading. A line that does not read is an error (the file is data the service
/// ships, checked by its tests).
fn add_region_places(regions: &mut [Region]) -> Result<(), ModelError> {
    let rows = china_places::read_places().map_err(|e| ModelError::Invalid(ModelFault::RegionPlaces(e.to_string())))?;
    let folded = |s: &str| fold_words(s);
    let people: HashSet<String> = rows.iter().filter(|r| r.is_people()).map(|r| folded(&r.name)).collect();
    let abbreviations: HashSet<String> = rows.iter().filter(|r| r.is_abbreviation()).map(|r| folded(&r.name)).collect();
    for r in regions.iter_mut() {
        let edition = r.places.clone().unwrap_or_else(|| FIRST_PLACES.to_string());
        let own: HashSet<String> = r.names.iter().map(|n| folded(n)).collect();
        let in_region = |p: &PlaceName| {
            own.contains(&folded(p.place())) || p.within.as_deref().is_some_and(|w| own.contains(&folded(w)))
        };
        for p in rows.iter().filter(|p| in_region(p)) {
            let read = p
                .since
                .as_deref()
                .is_some_and(|since| super::version_order(since, &edition) != std::cmp::Ordering::Greater);
            if read && !r.names.contains(&p.name) {
                r.names.push(p.name.clone());
            }
        }
        let joined = r.places.is_some();
        let scripts = super::version_order(&edition, SCRIPTS_PLACES) != std::cmp::Ordering::Less;
        let look_alikes = super::version_order(&edition, LOOK_ALIKE_PLACES) != std::cmp::Ordering::Less;
        let mut names = NameSet::new(joined).with_scripts(scripts).with_look_alikes(look_alikes);
        // The place each name names, for a region's explanation: the table's first spelling, else the region's own.
        let own_place = r.names.first().map(|n| super::engine::capitalised(n)).unwrap_or_default();
        for n in &r.names {
            let f = folded(n);
            let place = rows.iter().find(|p| p.name == *n).map_or(own_place.clone(), |p| p.place().to_string());
            let reading = if people.contains(&f) {
                NameUse::People
            } else if abbreviations.contains(&f) {
                NameUse::Abbreviation
            } else {
                NameUse::Place
            };
            names.add_of(n, &place, reading);
        }
        let mut elsewhere = NameSet::new(false);
        for p in rows.iter().filter(|p| !in_region(p) && !p.is_people() && p.screening.is_some()) {
            elsewhere.add(&p.name, NameUse::Place);
        }
        r.reading = RegionReading { names, elsewhere };
    }
    Ok(())
}

/// The forced-labour prevalence that applies to a country: its ILO region's, or the world's where the country has
/// no ILO region (`ilo_region: None`) or the region no estimate (`regional: false`).
#[derive(Debug, Clone, PartialEq)]
pub struct ForcedEstimate {
    /// The country's ILO region (`CountryCode::ilo_region`, else ILAB's region mapped by `[ilab_region_to_ilo]`).
    pub ilo_region: Option<String>,
    /// Whether `prevalence` is the region's own estimate (else the world's).
    pub regional: bool,
    /// Prevalence per 1,000 people.
    pub prevalence: f64,
    /// The points it is worth (`prevalence × forced_context_per_prevalence`, rounded to 0.1).
    pub points: f64,
}

/// A value the model's tables do not give and the fallback applied instead, as data: `chainon model check` words it
/// in the reader's language from the catalogues (`model-gap-*`, `model-missing-*`).
#[derive(Debug, Clone, PartialEq)]
pub enum MissingData {
    /// A country whose row in ILAB's country findings lacks values.
    Country {
        country: CountryCode,
        /// The country as ILAB's file names it.
        ilab_name: String,
        /// Line of `ilab_countries.csv` (1 = header).
        line: usize,
        gaps: Vec<DataGap>,
        /// Goods ILAB lists for the country, sorted.
        goods: Vec<String>,
    },
    /// Countries without a row in ILAB's findings (not assessed by ILAB, like an empty row) that share one
    /// child-labour estimate. `advancement`: the points of `No Assessment` they take for the level ILAB does not
    /// give; `forced`: the forced-labour estimate they share (their ILO region's).
    OutsideIlab { advancement: f64, estimate: RegionalEstimate, forced: ForcedEstimate, countries: Vec<CountryCode> },
    /// Countries without a row in ILAB's findings whose income group takes its own child-labour estimate
    /// (`Tables::income_estimate`, 2022.3: high income) in place of the `No Assessment` points and the regional
    /// estimate, grouped by the forced-labour estimate they share. `share`: 0–1.
    OutsideIlabIncome { group: String, share: f64, forced: ForcedEstimate, countries: Vec<CountryCode> },
    /// A row of the optional country index without a figure: the index adds nothing for it.
    IndexWithoutFigure { line: usize, name: String },
}

/// One missing value of a country's ILAB row and its fallback; points are the model's (0–100 scale of a factor).
#[derive(Debug, Clone, PartialEq)]
pub enum DataGap {
    /// No advancement level: the points of a country ILAB has not assessed (`No Assessment`).
    NoAdvancement { points: f64 },
    /// A level the model does not weigh: the points of `No Assessment`.
    UnweighedLevel { level: String, points: f64 },
    /// No share of working children: the regional (or world) ILO–UNICEF estimate.
    NoChildShare(RegionalEstimate),
    /// No region: forced labour takes the world prevalence.
    NoRegion { points: f64 },
    /// No level and the country's income group takes its own estimate (`Tables::income_estimate`) in place of the
    /// `No Assessment` points and of a missing share's regional estimate. `share`: 0–1.
    IncomeEstimate { group: String, share: f64 },
    /// A region with no ILO region: forced labour takes the world prevalence.
    RegionWithoutIlo { region: String, points: f64 },
}

/// A file of the model's data, where a problem lies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::AsRefStr)]
#[strum(serialize_all = "snake_case")]
pub enum DataFile {
    /// ILAB's List of Goods (`ilab_goods`).
    IlabGoods,
    /// ILAB's country findings (`ilab_countries`).
    IlabCountries,
    /// The ILO and ILO–UNICEF regional estimates (`ilo_regional`).
    IloEstimates,
    /// The optional country index.
    CountryIndex,
    /// The optional entity list.
    EntityList,
}

/// Why a label has an empty part: a value inserted as nothing (`probe::empty_part`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::AsRefStr)]
#[strum(serialize_all = "snake_case")]
pub enum EmptyPart {
    /// The label is empty.
    Empty,
    /// It begins or ends with a space.
    Padded,
    /// Two spaces in a row.
    DoubleSpace,
    /// A quotation, bracket or list item with nothing inside.
    EmptyQuote,
    /// It begins or ends with punctuation that announces a value.
    Dangling,
}

/// A problem of a model, as data: `chainon model check` and `chainon model derive` word it in the reader's language
/// from the catalogues (`model-problem-*`, `reports::explain::model_problem_line`), as they do [`MissingData`].
#[derive(Debug, Clone, PartialEq)]
pub enum ModelProblem {
    /// A row without its good or its country: it is left out.
    RowWithoutKey { file: DataFile, line: usize },
    /// A country name that resolves to no ISO 3166 code: its row (or, in the entity list, its country) is left out.
    UnknownCountry { file: DataFile, line: usize, name: String },
    /// ILAB goods: kind columns that are not Yes or No (never read as No); the row is left out.
    NotYesNo { line: usize, good: String, country: String, columns: Vec<String> },
    /// ILAB goods: a derived listing without the country of its input; the row is left out.
    DerivedWithoutCountry { line: usize, good: String, country: String },
    /// ILAB goods: a derived good whose input `model.toml` does not give.
    DerivedWithoutInput { line: usize, good: String },
    /// ILAB countries: a share of working children that is not a number from 0 to 1.
    ShareNotFraction { line: usize, country: String, raw: String },
    /// ILO estimates: a row without a region or a number of 0 or more.
    EstimateUnreadable { line: usize },
    /// Country index: a figure that is not a number of 0 or more.
    IndexNotNumber { line: usize, raw: String },
    /// An alias of `model.toml` naming a good that is not on this edition's list.
    AliasUnknownGood { alias: String, good: String },
    /// A device good of `model.toml` (`device_goods`) that is not on this edition's list.
    DeviceUnknownGood { good: String },
    /// An alias or a category keyword made only of common words of English or French ([`COMMON_WORDS`]: "or" is
    /// gold in French and a conjunction in English, so "cotton or polyester" would name gold); it is not used.
    /// `category` is the category's code for a keyword, `None` for an alias.
    CommonWordPhrase { phrase: String, good_or_category: String, category: bool },
    /// `risk_models/names_fr.csv` does not read: [`super::names::NamesError`] (its line, its column, why) and the
    /// causes beneath it, in English.
    NamesUnreadable { detail: String },
    /// A name the model shows inside French explanations without a French name in `names_fr.csv`; `line` of `file`
    /// when a row names it.
    NoFrenchName { kind: super::names::NameKind, name: String, file: DataFile, line: Option<usize> },
    /// An ILAB advancement level without points in the model.
    LevelWithoutPoints { level: String, country: CountryCode },
    /// A goods category without its name in both languages.
    CategoryUnnamed { code: String },
    /// A sub-national region without its labels in both languages or its source.
    RegionUnlabelled { country: String },
    /// The country index without its measure in both languages.
    IndexMeasureUnnamed,
    /// A category naming a good that is not on this edition's list.
    CategoryUnknownGood { code: String, good: String },
    /// A category that no code and no keyword reaches.
    CategoryUnreachable { code: String },
    /// A material naming a good that is not on this edition's list.
    MaterialUnknownGood { material: String, good: String },
    /// A family of goods naming a good that is not on this edition's list, or none.
    FamilyUnknownGood { family: String, good: String },
    /// A category's `material_inputs` naming a good that is not one of its `typical_inputs`.
    MaterialInputNotTypical { code: String, good: String },
    /// A finished good (`finished_goods` of `model.toml`: nails, garments, toys …) given as a typical input of a
    /// category (`code`) or as the input of a derived good (`code` is then the derived good): goods are made of
    /// materials and parts, not of other finished goods (barbed wire is made of steel wire, not of nails).
    FinishedGoodAsInput { code: String, good: String },
    /// A finished good of `model.toml` (`finished_goods`) that is not on this edition's list.
    FinishedUnknownGood { good: String },
    /// A weight outside `0`–`max`.
    WeightOutOfRange { name: &'static str, value: f64, max: f64 },
    /// The country index's points outside 0–100, or a negative rate.
    IndexPointsOutOfRange,
    /// The entity list's points outside 0–100.
    EntityPointsOutOfRange { points: f64 },
    /// A source listed in `model.toml` that nothing uses.
    SourceUnused { key: String },
    /// A source without its edition or its licence.
    SourceUnrecorded { key: String },
    /// The listed forced-labour floor above the medium band.
    FloorAboveMedium,
    /// An ILO region without a forced-labour prevalence.
    IloRegionWithoutPrevalence { region: String },
    /// An ILAB region without an ILO region.
    IlabRegionWithoutIlo { region: String, country: String },
    /// A word of a word list of `[goods_reading]` (`list`: `form_words`, `accessory_words`, `packaging_words`,
    /// `measure_units`, `qualifier_keywords`) that is empty once folded: it reads nothing, and the list says less than
    /// it seems to.
    ReadingWordEmpty { list: &'static str },
    /// A word of a word list of `[goods_reading]` that the model also reads as goods: a category's keyword of one
    /// word, or the phrase of an ILAB good or of an alias (`names`: the category's code or the good). A word of form,
    /// of what serves goods or of packaging that names goods would unread the goods it names ("gloves" as a word of
    /// form would read "gloves" as nothing).
    ReadingWordNamesGoods { list: &'static str, word: String, names: String },
    /// A word in two word lists of `[goods_reading]` that read it in opposite ways (a word of form leaves the good
    /// before it as the head noun, a word of what serves goods makes the head name none; a qualifier keyword places
    /// goods): the reading would depend on which rule runs first.
    ReadingWordInTwoLists { list: &'static str, other: &'static str, word: String },
    /// A word of `qualifier_keywords` that no category has as a keyword of one word: it ranks nothing.
    QualifierNotKeyword { word: String },
    /// A rule of the model set on whose data is missing (`key`, and `data`: the list or table it reads): it would do
    /// nothing, or not what its card says.
    ReadingKeyWithoutData { key: &'static str, data: &'static str },
    /// A probe's factor (`finding: false`) or finding, by its code, put into words in `lang` with an empty part.
    EmptyLabelPart { finding: bool, code: String, lang: crate::domain::Lang, why: EmptyPart, text: String },
}

/// A source's file, edition and French edition (`None` before 2022.4), as factors cite it.
pub type SourceNames = (Arc<str>, Arc<str>, Option<Arc<str>>);

/// An edition a factor cites, in English and (when the model gives it) French.
pub type Edition = (Arc<str>, Option<Arc<str>>);

/// The loaded model: weights, catalogue and lookup tables.
#[derive(Debug, Clone)]
pub struct Tables {
    pub version: String,
    pub sources: BTreeMap<String, Source>,
    /// Each source's file, edition and French edition, shared by the factors that cite it.
    pub source_names: BTreeMap<String, SourceNames>,
    /// The editions of the indicators of a source that gathers several publications, by (source key, indicator):
    /// the English and French edition a factor citing an entry of that indicator cites ([`Source::editions`]).
    pub indicator_editions: BTreeMap<(String, String), Edition>,
    pub weights: Weights,
    pub mitigation: Mitigation,
    pub regions: Vec<Region>,
    pub categories: Vec<Category>,
    /// The materials goods are made of ([`Material`]), their words folded.
    pub materials: Vec<Material>,
    /// The families of goods screening reads industries by ([`GoodsFamily`]), their words folded.
    pub goods_families: Vec<GoodsFamily>,
    pub advancement_points: BTreeMap<String, f64>,
    pub ilab_region_to_ilo: BTreeMap<String, String>,
    /// Points of a country ILAB has not assessed (the `No Assessment` level).
    pub unassessed_advancement: f64,
    /// ILO forced-labour prevalence per 1,000 by ILO region.
    pub forced_prevalence: BTreeMap<String, f64>,
    pub world_forced_prevalence: f64,
    /// ILO–UNICEF share of children aged 5–17 in child labour (0–1) by SDG region, and the world's.
    pub child_share: BTreeMap<String, f64>,
    pub world_child_share: f64,
    /// Every listing, and an index by (good, country).
    pub listings: Vec<Listing>,
    pub by_good_country: HashMap<(String, CountryCode), Vec<usize>>,
    pub by_good: HashMap<String, Vec<usize>>,
    pub countries: HashMap<CountryCode, CountryData>,
    /// Folded phrase → ILAB good name (ILAB names, their singulars, and the aliases), longest phrases first.
    pub phrases: Vec<(Vec<String>, String)>,
    /// ILAB goods that are themselves devices (`device_goods` of `model.toml`): machines, equipment and parts named
    /// after one are the good ("electronic components", "electronic equipment" are electronics), where those named
    /// after any other good name no goods ("cotton candy machines").
    pub device_goods: Vec<String>,
    /// ILAB goods that are finished goods, sold as they are and made into no other good (`finished_goods` of
    /// `model.toml`, 2022.5; empty before): `check` refuses one as a typical input or a derived good's input.
    pub finished_goods: Vec<String>,
    /// Each derived good of `[[derived_inputs]]` and its input, whatever the reading rules (for `check`).
    pub derived_inputs: Vec<(String, String)>,
    /// The folded French names of the goods (`scoring::names`) that are not also their English words: a compound of
    /// goods words that starts with one is French, named by its first word ([`Tables::goods_in`]).
    pub french_phrases: HashSet<Vec<String>>,
    /// The reading rules of the model's version ([`GoodsReading`]; all off before 2022.4).
    pub goods_reading: GoodsReading,
    /// The ILAB goods of the materials ([`Material::goods`]): a part of a catalogue name after a comma that names
    /// only these qualifies the head ([`GoodsReading::catalogue_inversion`]).
    material_goods: HashSet<String>,
    /// The optional country index: how it is weighed and its figures.
    pub country_index: Option<(CountryIndexSpec, HashMap<CountryCode, IndexValue>)>,
    /// The optional entity list: how it is weighed and its entities.
    pub entity_list: Option<(EntityListSpec, Vec<Entity>)>,
    /// Rows of the country index without a figure: (line, country).
    pub index_without_figure: Vec<(usize, String)>,
    /// Problems found while loading that do not stop the model (for `check`).
    pub problems: Vec<ModelProblem>,
    /// ILO–UNICEF share of children aged 5–17 in child labour (0–1) by national income group (World Bank's groups,
    /// `child_labour_share_5_17_income` rows of the ILO file; none before 2022.3).
    pub child_share_income: BTreeMap<String, f64>,
    /// Each country's World Bank income group, and its line in `income_groups.csv` (none before 2022.3).
    pub income_groups: HashMap<CountryCode, (String, usize)>,
    /// The income groups whose countries ILAB does not assess take their group's estimate (`model.toml`).
    pub unassessed_income_groups: Vec<String>,
    /// The income groups whose countries establish an origin although ILAB does not assess them (`model.toml`,
    /// 2022.4; empty before).
    pub origin_income_groups: Vec<String>,
    /// Whether an undisclosed input a derived listing of the site's own good names is counted once (2022.4).
    pub derived_input_counted_once: bool,
    /// Each derived good and the input it is made of (`[[derived_inputs]]` of `model.toml`), when the version reads
    /// them as typical inputs ([`GoodsReading::derived_goods_take_their_input`]; empty otherwise).
    pub inputs_of_goods: Vec<(String, String)>,
    /// Whether a maker establishes an origin only when its own inputs' origins are established (2022.4).
    pub origin_needs_known_inputs: bool,
    /// Whether a declared supplier of a derived listing's input is weighed against the listing, not added (2022.5).
    pub input_site_counted_once: bool,
    /// Whether that input is followed through declared intermediates to any upstream tier (2022.6).
    pub input_reached_upstream: bool,
    /// Whether a warehouse or a trader passes on what its declared suppliers carry without a local floor of its own
    /// for the goods they supply (2022.6).
    pub pass_through_adds_nothing: bool,
    /// Whether such a site, inside a region of the model, carries its region's points to its buyers only where the
    /// origin of its goods is not established (2022.7).
    pub pass_through_carries_no_region: bool,
    /// Whether an undisclosed listed input is presumed from the worst country where ILAB lists it (2022.6; on from 2022.7).
    pub undisclosed_presumed_worst: bool,
    /// Whether the mapped-chain credit needs the chain shown to reach the claimed depth (2022.6).
    pub traceability_by_disclosed_depth: bool,
    /// Whether a region's presumption points stand after due diligence (2022.6).
    pub region_points_unmitigated: bool,
    /// The forced-labour evidence of a country's ILAB listings ([`ListingEvidence`], 2022.6; none before).
    pub forced_listing_evidence: Option<ListingEvidence>,
    /// Whether goods the model cannot read weigh at least the presumption of an undisclosed input (2022.8).
    pub unread_goods_presumed_worst: bool,
    /// Whether a warehouse or a trader with a declared supplier adds no risk of its own country (2022.8).
    pub pass_through_adds_no_country: bool,
    /// Whether a refused attestation of a kind withholds that kind's due-diligence credit (2022.8).
    pub refused_attestation_withholds_credit: bool,
    /// Whether goods the model cannot read weigh at least as the riskiest listed goods of their country (2022.9).
    pub unread_goods_take_worst_reading: bool,
    /// The riskiest listing of each country, forced labour then child labour (an index into `listings`;
    /// [`Tables::riskiest_listing`]); filled only where `unread_goods_take_worst_reading` is on.
    pub riskiest_in_country: HashMap<CountryCode, [Option<usize>; 2]>,
    /// The number of ILAB listings in each country, forced labour then child labour.
    pub listings_in_country: HashMap<CountryCode, [u32; 2]>,
    /// Each ILAB good's kin whose listings it takes ([`GoodsSynonyms::kin_take_listings`], 2022.10; empty before): the
    /// goods it is a kind of, at any depth, and those that are kinds of it.
    pub kin: HashMap<String, Vec<String>>,
    /// Category keywords (folded) that place no goods alone ([`GoodsSynonyms::generic_keywords`], 2022.10).
    pub generic_keywords: Vec<Vec<String>>,
    /// The names of `[goods_synonyms]`: (good, English, French), as written (2022.10; empty before).
    pub synonym_names: Vec<(String, String, String)>,
    /// Whether an undisclosed input holds the site at its riskiest producer's own score (2022.10).
    pub silence_scores_as_the_worst_producer: bool,
    /// The riskiest producer of each listed good, forced labour then child labour ([`PresumedProducer`]); filled only
    /// where `silence_scores_as_the_worst_producer` is on.
    pub presumed_producers: HashMap<String, [Option<PresumedProducer>; 2]>,
    /// Whether a region's presumption comes down the chain × the tier decay per tier (2022.10).
    pub region_presumption_carried: bool,
    /// Whether a declared listed material keeps the presumption of the category's materials it replaces (2022.11,
    /// [`Silence::replaced_material_keeps_presumption`]).
    pub replaced_material_keeps_presumption: bool,
    /// Whether a site's own material not listed in its country is an input of unknown origin (2022.11,
    /// [`Silence::unlisted_own_material_is_an_input`]).
    pub unlisted_own_material_is_an_input: bool,
    /// Whether a good is grown where ILAB lists a good of its kin, or where `grown_in` says (2022.12,
    /// [`Silence::grown_where_kin_listed`]).
    pub grown_where_kin_listed: bool,
    /// The countries that grow a good though ILAB does not list it there, by ILAB good ([`Silence::grown_in`]).
    pub grown_in: HashMap<String, Vec<CountryCode>>,
    /// Whether an ILAB good's own name reads as that good ([`Silence::ilab_names_read_whole`], 2022.12).
    pub ilab_names_read_whole: bool,
    /// Whether a declared producer establishes an origin only where the good is grown
    /// ([`Silence::producer_only_where_grown`], 2022.12).
    pub producer_only_where_grown: bool,
    /// Whether a good's riskiest producer is taken over it and its kin ([`Silence::presumed_producer_of_kin`]).
    pub presumed_producer_of_kin: bool,
    /// Whether unread goods are held at the riskiest producer of any category's typical inputs
    /// ([`Silence::unread_goods_held_at_worst_producer`]).
    pub unread_goods_held_at_worst_producer: bool,
    /// How goods words are read against the site's own listing ([`OwnListing`], 2022.11; all off before).
    pub own_listing: OwnListing,
    /// The wide names of [`OwnListing::wide_names`], folded ([`tokens`]), with the other goods they name.
    pub wide_names: Vec<(Vec<Vec<String>>, Vec<String>)>,
    /// For each ILAB good, the materials ([`Material::name`]) its ILAB name holds a word of
    /// ([`OwnListing::names_say_materials`], 2022.11; empty before).
    pub name_materials: HashMap<String, Vec<String>>,
    /// How goods words are read alike in both languages, materials joined and forms of goods ([`GoodsForms`],
    /// 2022.12; all off before). Its `form_words`, folded ([`tokens`]), are in [`Tables::goods_reading`]'s too.
    pub goods_forms: GoodsForms,
    /// The goods' French names of one word that fold into a common word, lower-case with their accents, each with its
    /// ILAB good ([`GoodsForms::accented_french_names`], 2022.12; empty before): `thé`, Tea; `maïs`, Corn.
    pub accented_names: Vec<(String, String)>,
    /// The names of `[[goods_forms.names]]`, folded ([`tokens`]) (2022.12; empty before).
    pub form_phrases: Vec<Vec<String>>,
    /// Goods words written one letter off and raw materials on no ILAB list ([`GoodsWords`], 2022.13; all off
    /// before).
    pub goods_words: GoodsWords,
    /// Each word one letter off a finished good's name, folded, and that name as written, folded
    /// ([`GoodsWords::one_letter_off_finished_goods`], 2022.13; empty before): "glovs" → "gloves".
    pub(super) misspellings: HashMap<String, String>,
    /// The names of [`GoodsWords::unlisted_goods`], folded ([`tokens`]), longest first (2022.13; empty before).
    unlisted_phrases: Vec<Vec<String>>,
    /// The one-word names of finished goods, folded and singular ([`tokens`]), read by
    /// [`GoodsWords::plural_head_before_materials`] (2022.14; empty before).
    finished_words: HashSet<String>,
}

/// The producer an undisclosed input is presumed to come from (2022.10, `silence_scores_as_the_worst_producer`): of
/// the countries where ILAB lists the good for a kind, the one where a producer of it would score the most on its
/// own line — the listing's points (`listed`: 60, or 45 for a derived listing) and the country's context
/// (`context`, as every site's: ILO region and ILAB listings for forced labour, ILAB's findings or their fallbacks for
/// child labour, a country index) — the first in ILAB's list among equals. What it leaves out is what only a
/// disclosure shows: a producer's region, an entity-list entry, its own undisclosed inputs.
#[derive(Debug, Clone)]
pub struct PresumedProducer {
    /// The listing (an index into `Tables::listings`).
    pub listing: usize,
    /// The listing's points.
    pub listed: f64,
    /// The country's context, in points (to the tenth, as each factor of it).
    pub context: f64,
    /// What the producer would score: `listed` + `context`, at most 100, to the tenth.
    pub score: f64,
}

/// The position of a named column in a CSV header (folded comparison), or a problem.
fn column(headers: &csv::StringRecord, name: &str, what: &str) -> Result<usize, ModelError> {
    let want = crate::domain::text::fold_label(name);
    headers
        .iter()
        .position(|h| crate::domain::text::fold_label(h) == want)
        .ok_or_else(|| ModelError::Invalid(ModelFault::NoColumn { file: what.to_string(), column: name.to_string() }))
}

fn load_country_index(
    spec: &CountryIndexSpec,
    file: &str,
    text: &str,
    problems: &mut Vec<ModelProblem>,
    without_figure: &mut Vec<(usize, String)>,
) -> Result<HashMap<CountryCode, IndexValue>, ModelError> {
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headers = rdr.headers().map_err(ModelError::unreadable(file))?.clone();
    let (c, v) = (column(&headers, &spec.country_column, file)?, column(&headers, &spec.value_column, file)?);
    let mut out = HashMap::new();
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(ModelError::unreadable(file))?;
        let line = i + 2;
        let name = rec.get(c).unwrap_or("").trim();
        let raw = rec.get(v).unwrap_or("").trim();
        if name.is_empty() && raw.is_empty() {
            continue;
        }
        let Some(code) = CountryCode::parse(name) else {
            problems.push(ModelProblem::UnknownCountry { file: DataFile::CountryIndex, line, name: name.to_string() });
            continue;
        };
        if raw.is_empty() {
            without_figure.push((line, name.to_string()));
            continue;
        }
        match raw.replace(',', ".").parse::<f64>() {
            Ok(value) if value.is_finite() && value >= 0.0 => {
                out.insert(code, IndexValue { value, country_name: name.to_string(), line });
            }
            _ => problems.push(ModelProblem::IndexNotNumber { line, raw: raw.to_string() }),
        }
    }
    Ok(out)
}

fn load_entity_list(
    spec: &EntityListSpec,
    file: &str,
    text: &str,
    problems: &mut Vec<ModelProblem>,
) -> Result<Vec<Entity>, ModelError> {
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(text.as_bytes());
    let headers = rdr.headers().map_err(ModelError::unreadable(file))?.clone();
    let n = column(&headers, &spec.name_column, file)?;
    let c = spec.country_column.as_deref().map(|name| column(&headers, name, file)).transpose()?;
    let a = spec.aliases_column.as_deref().map(|name| column(&headers, name, file)).transpose()?;
    let mut out = Vec::new();
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(ModelError::unreadable(file))?;
        let line = i + 2;
        let name = rec.get(n).unwrap_or("").trim().to_string();
        if name.is_empty() {
            continue;
        }
        let country = match c.and_then(|c| rec.get(c)).map(str::trim).filter(|s| !s.is_empty()) {
            Some(text) => match CountryCode::parse(text) {
                Some(code) => Some(code),
                None => {
                    problems.push(ModelProblem::UnknownCountry {
                        file: DataFile::EntityList,
                        line,
                        name: text.to_string(),
                    });
                    None
                }
            },
            None => None,
        };
        let mut keys = entity_keys(&name, country);
        if let Some(aliases) = a.and_then(|a| rec.get(a)) {
            keys.extend(aliases.split(';').flat_map(|alias| entity_keys(alias, country)));
        }
        keys.retain(|k| !k.is_empty());
        keys.sort();
        keys.dedup();
        out.push(Entity { name, country, keys, line });
    }
    Ok(out)
}

/// Words (English and French, folded and singular) that join goods to what qualifies them: the goods are named
/// before the first of them ("latex for gloves", "fil à coudre", "gants en nitrile").
/// Joining words that say what goods are for, not what they hold (folded): a packaging word before one is the goods
/// ("boîtes à gants" are glove boxes, "sacs pour ordinateur" computer bags), from 2022.8 (`head_noun_places`).
const PURPOSE_WORDS: &[&str] = &["for", "pour", "a", "au", "aux", "destine"];

const JOINING_WORDS: &[&str] = &[
    "for", "of", "from", "with", "in", "into", "to", "on", "by", "per", "made", "used", "using", "de", "d", "du",
    "des", "pour", "en", "a", "au", "aux", "avec", "sur", "par", "dans", "destine",
];

/// Words that are common words of English or French, folded: an alias or a category keyword made only of them is
/// refused by `model check` and never used, since it would match ordinary text of the other language ("or" is gold
/// in French, a conjunction in English; "et", "the", "an" …). The joining words are common words too.
pub const COMMON_WORDS: &[&str] = &[
    "and", "or", "nor", "not", "no", "the", "an", "as", "at", "is", "it", "its", "be", "are", "this", "that", "all",
    "any", "other", "et", "ou", "ni", "ne", "pas", "le", "la", "les", "l", "un", "une", "est", "sont", "ce", "cet",
    "cette", "ces", "son", "sa", "ses", "leur", "autre", "tout", "tous", "plus", "moins", "sans", "non",
];

/// Goods' French names that, folded, are other words: `maïs` (corn) is `mais`, the conjunction "but" (and `or`,
/// gold, and `thé`, tea, are common words already, [`COMMON_WORDS`]). They name their goods only in a longer phrase.
const FRENCH_NAMES_OTHER_WORDS: &[&str] = &["mais"];

/// Whether a goods name's folded words are empty, only common words, or a word of [`FRENCH_NAMES_OTHER_WORDS`].
fn is_other_word(words: &[String]) -> bool {
    words.is_empty() || is_common_phrase(words) || FRENCH_NAMES_OTHER_WORDS.iter().any(|w| tokens(w) == words)
}

/// Whether a folded phrase is made only of common or joining words ([`COMMON_WORDS`], [`JOINING_WORDS`]).
pub fn is_common_phrase(tokens: &[String]) -> bool {
    !tokens.is_empty()
        && tokens.iter().all(|t| COMMON_WORDS.contains(&t.as_str()) || JOINING_WORDS.contains(&t.as_str()))
}

/// A word after which the goods are named, what comes before it qualifying them ("glove grade latex").
const GRADE_WORDS: &[&str] = &["grade"];

/// Words that name what is made with goods rather than goods (machines, tools, a confection), English and French,
/// folded and singular: a part of a text ending on one names that, the goods before it only qualifying it ("cotton
/// candy machines", "cotton gin machinery", "égreneuse", "machines à coton").
const MACHINE_WORDS: &[&str] = &[
    "machine",
    "machinery",
    "equipment",
    "maker",
    "tool",
    "device",
    "apparatus",
    "gin",
    "candy",
    "floss",
    "machinerie",
    "equipement",
    "outil",
    "appareil",
    "dispositif",
    "confiserie",
    "egreneuse",
];

/// Words that name parts, English and French, folded and singular: a part of a text ending on them names what the
/// word before them names — a machine's parts are no goods ("cotton gin machinery parts"), parts of a material are
/// the material ("rubber parts") — and parts of nothing named are no goods ("spare parts for cotton gins", "pièces
/// de machines à coton").
const PART_WORDS: &[&str] = &["part", "spare", "component", "piece", "composant", "detachee", "rechange"];

/// Words that make a list of goods, English and French: goods on either side are two, not one compound ("cotton or
/// polyester fabric" names cotton and textiles).
const COORDINATING_WORDS: &[&str] = &["and", "or", "nor", "et", "ou", "ni"];

/// Characters that break a text into a list: goods on either side are not one compound ("gloves, nitrile or latex").
const LIST_MARKS: &[char] = &[',', ';', '/', '(', ')', '[', ']', '&', '+', '|'];

/// A text cut at the list marks of [`LIST_MARKS`], at line breaks and bullets (a list written one item a line in its
/// cell) and at a dash between spaces ("copper - cobalt salts"): the pieces of [`Tables::list_items`] (2022.17), which
/// reads more marks than the goods reading of a whole text ([`tokens_and_marks`]) that every model shares.
fn split_items(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    for line in text.split(['\n', '\r', '\u{2022}', '\u{b7}']) {
        for dashed in line.split(" - ").flat_map(|p| p.split(" \u{2013} ")).flat_map(|p| p.split(" \u{2014} ")) {
            out.extend(dashed.split(LIST_MARKS));
        }
    }
    out
}

/// Marks that join two materials of one compound where a material word stands on either side ("polyester/cotton",
/// "cotton & polyester", "cotton+elastane", "cotton - polyester"; 2022.12, [`GoodsForms::joined_materials`]).
const JOINING_MARKS: &[char] = &['/', '&', '+', '-', '\u{2013}', '\u{2014}'];

/// Words after the French `fil` that make it wire rather than thread ("fil électrique", "fils métalliques", "fil
/// barbelé"): `fil` then names no ILAB good, and the metal, where one is named, is read as itself.
const WIRE_WORDS: &[&str] = &[
    "electrique",
    "metallique",
    "barbele",
    "galvanise",
    "conducteur",
    "isole",
    "emaille",
    "telephonique",
    "recuit",
    "inox",
    "cuivre",
    "aluminium",
    "acier",
    "laiton",
    "zinc",
    "guipe",
];

/// What a site's goods words say ([`Tables::site_goods`]).
#[derive(Debug, Clone, Default)]
pub struct SiteGoods<'a> {
    /// The ILAB goods the words name ([`Tables::goods_in`]): what a raw-material site makes.
    pub named: Vec<&'a str>,
    /// The ILAB goods any other site makes: `named` without the goods of materials named beside a product the
    /// model has no good for ("copper cable" is no copper).
    pub own: Vec<&'a str>,
    /// The materials the words name, in the model's order.
    pub materials: Vec<&'a Material>,
    /// Whether the words name a material alone, its head only material words and words of its form ("polyester
    /// fibre", "fibre de polyester", "steel sheets"): what the site makes is that material, read, whether or not an
    /// ILAB list carries it ([`GoodsReading::material_alone_is_read`], 2022.7; `false` before).
    pub material_alone: bool,
    /// Whether the words end on a product the model has no good for, beside the goods they name ("copper *cable*",
    /// "nitrile *glovs*"): then a material named is what the product is made of, not what the site makes.
    pub unnamed_product: bool,
    /// The goods the words name as a material or in a form, read by the listing of the site's country
    /// ([`GoodsForms::forms_take_the_listing`], 2022.12; empty before): a material's goods where the words name it
    /// alone ([`Self::material_alone`]: "steel", "gold bars", « lingots d'or », "tin ingots", "cobalt sulfate"); the
    /// goods named where every phrase of the head is a name of a form ([`GoodsForms::names`]: "sugar", « sucre de
    /// canne »). Empty for any other words.
    pub form_goods: Vec<&'a str>,
    /// Whether the goods of [`Self::form_goods`] are in a form (a word of form among the words, inside a good's phrase
    /// or not, or a name of [`GoodsForms::names`]): made where the site's country lists none of them, they are
    /// brought in, not made there.
    pub form_brought_in: bool,
    /// Whether [`Self::form_goods`] are the goods of names of forms ([`GoodsForms::names`]: "sugar" is sugarcane or
    /// sugar beets): goods of one name, of which those the site's country lists are what it makes.
    pub form_named: bool,
    /// The goods of the items of a list that each name a material in a form, every item read as it is alone ("tin
    /// ingots" of "widgets and tin ingots", "cobalt sulfate" of "cotton, cobalt sulfate", "cobalt sulfate, nickel
    /// sulfate"): made where the site's country lists them, brought in elsewhere, whatever the other items say
    /// ([`GoodsForms::materials_in_lists_read_apart`], 2022.16; empty before).
    pub forms_apart: Vec<&'a str>,
    /// Whether the words name a good no ILAB list carries ([`GoodsWords::unlisted_goods`], 2022.13; `false` before):
    /// the head only words of such goods, materials, words of form and filler ("wood pulp", "alumina", « pâte de
    /// bois »). The goods are read, known to be on no list, never goods the model cannot read.
    pub unlisted: bool,
}

impl<'a> SiteGoods<'a> {
    /// The ILAB goods of the materials named, no repeats.
    pub fn material_goods(&self) -> Vec<&'a str> {
        let mut out: Vec<&str> = Vec::new();
        for g in self.materials.iter().flat_map(|m| m.goods.iter()) {
            if !out.contains(&g.as_str()) {
                out.push(g);
            }
        }
        out
    }
}

/// Where an ILAB good's phrase stands among a text's words.
#[derive(Debug, Clone, Copy)]
struct Span<'a> {
    start: usize,
    end: usize,
    good: &'a str,
}

/// How a text names goods: its words, the phrases of ILAB goods among them, its parts between joining words (each
/// with whether it names goods) and its head. The one reading of goods words: what the engine's goods are
/// ([`Tables::goods_in`]), what screening compares ([`Tables::goods_named`]) and the words that place goods in a
/// category ([`Tables::classify`]) all come from it.
struct Reading<'a> {
    toks: Vec<String>,
    spans: Vec<Span<'a>>,
    /// The parts ([`parts`]), each with whether it names goods ([`part_names`]).
    parts: Vec<(std::ops::Range<usize>, bool)>,
    /// The words that name the text's goods ([`head`]); empty when the text has no words.
    head: std::ops::Range<usize>,
    /// Where a list breaks (the word after a list mark or a coordinating word): goods words on either side are two
    /// goods, not one compound.
    breaks: Vec<usize>,
    /// Whether the head ends on a word of what is used on or with goods ([`GoodsReading::accessory_words`]: "shoe
    /// polish", "cirage à chaussures"): the goods words of the text only qualify it (2022.7).
    accessory: bool,
}

impl<'a> Reading<'a> {
    /// The compounds of goods words in a range of the text, in order, each as its head and the goods words that
    /// qualify it: goods words with no list break between them are one compound, named by its last good (English:
    /// "glove latex", "cotton yarn") or, when its first or its last good's words are that good's French name (in
    /// `french`: the compound is French, which puts the head first and a bare material after it), by its first
    /// ("gants latex", "chemise coton", "bottes caoutchouc"). Words of the same good qualify nothing ("nitrile
    /// latex").
    fn compounds(
        &self,
        range: &std::ops::Range<usize>,
        french: &HashSet<Vec<String>>,
    ) -> Vec<(&Span<'a>, Vec<&Span<'a>>)> {
        let mut within: Vec<&Span<'a>> =
            self.spans.iter().filter(|s| range.contains(&s.start) && s.end <= range.end).collect();
        within.sort_by_key(|s| s.start);
        let mut groups: Vec<Vec<&Span<'a>>> = Vec::new();
        for s in within {
            match groups.last_mut() {
                Some(g) if g.last().is_some_and(|prev| !self.breaks.iter().any(|&b| b >= prev.end && b <= s.start)) => {
                    g.push(s);
                }
                _ => groups.push(vec![s]),
            }
        }
        groups
            .into_iter()
            .filter_map(|g| {
                let first = *g.first()?;
                let last = *g.last()?;
                // French puts the head first and a bare material after it ("chemise coton", "bottes cuir"): a
                // compound is French when its first or its last good is named by a good's French name.
                let is_french = |s: &Span<'_>| self.toks.get(s.start..s.end).is_some_and(|p| french.contains(p));
                let french_first = g.len() > 1 && (is_french(first) || is_french(last));
                let head = if french_first { first } else { last };
                let qualifiers = g.into_iter().filter(|s| s.start != head.start && s.good != head.good).collect();
                Some((head, qualifiers))
            })
            .collect()
    }

    /// The goods a range of the text names: each compound's head ([`Reading::compounds`]), in order.
    fn compound_heads(&self, range: &std::ops::Range<usize>, french: &HashSet<Vec<String>>) -> Vec<&'a str> {
        self.compounds(range, french).into_iter().map(|(head, _)| head.good).collect()
    }
}

/// What a part of a text names, by its last words ([`part_names`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum PartNames {
    /// Goods, if any of its words are a good's.
    Goods,
    /// Machines or their parts, not goods.
    NoGoods,
    /// Parts of what the next part names ("pièces en caoutchouc", "parts for cotton gins"); of nothing at the end.
    AsNext,
}

/// Whether each grade word of a text closes its item ([`GoodsForms::grade_last_qualifies`], 2022.18): nothing but
/// spaces after it up to the end, a list mark or a line break ("battery grade", "cobalt, battery grade", "gloves
/// medical grade; masks"). A grade with its designation after it ("grade A", "grade 1", "grade 316") names the goods'
/// grade, not what they are for: "solar panels grade A" are solar panels.
fn grade_closes(text: &str) -> bool {
    let lower = text.to_lowercase();
    let mut rest = lower.as_str();
    while let Some(at) = rest.find("grade") {
        let before = rest.get(..at).and_then(|b| b.chars().next_back());
        let after = rest.get(at + "grade".len()..).unwrap_or_default();
        let after = after.strip_prefix('s').filter(|a| !a.starts_with(char::is_alphanumeric)).unwrap_or(after);
        let whole_word = before.is_none_or(|c| !c.is_alphanumeric()) && !after.starts_with(char::is_alphanumeric);
        if whole_word {
            let next = after.trim_start_matches([' ', '\u{a0}', '\u{202f}', '\t']).chars().next();
            if next.is_some_and(|c| !LIST_MARKS.contains(&c) && !matches!(c, '\n' | '\r' | '\u{2022}' | '\u{b7}')) {
                return false;
            }
        }
        rest = rest.get(at + "grade".len()..).unwrap_or_default();
    }
    true
}

/// Whether goods words state a refined metal's purity ([`GoodsForms::qualified_dug_materials_brought_in`], 2022.18): a
/// share of 90 % or more ("99.99%", "99,95 %"), a fineness in parts per thousand of 900 or more ("916", "999",
/// "999.9") or written in nines ("9999", "99.99"), a fineness as a fraction of 0.9 or more ("0.9999", "0,99"), any
/// karat ("24k", "14k", "22 kt", "24-carat", « 18 carats »: an alloy or fine gold, never as mined),
/// or nines ("4N", "5N"); a number followed by a unit of measure (`units`, folded: "999 g") is a measure, none of
/// these. Sources: ISO 9202 (fineness of precious-metal alloys), the LBMA's Good Delivery rules (gold 995 and silver
/// 999 fine), the LME's brands (copper grade A, zinc SHG 99.995 %, tin 99.85 %), the "N" notation of high-purity metals.
pub fn says_purity(text: &str, units: &[String]) -> bool {
    let mut chars = text.char_indices().peekable();
    let mut before_alnum = false;
    while let Some((_, c)) = chars.next() {
        if !c.is_ascii_digit() || before_alnum {
            before_alnum = c.is_alphanumeric();
            continue;
        }
        // The number: digits, and one '.' or ',' between digits.
        let mut digits = String::from(c);
        let mut whole = String::from(c);
        let mut decimal = false;
        while let Some(&(_, d)) = chars.peek() {
            if d.is_ascii_digit() {
                digits.push(d);
                if !decimal {
                    whole.push(d);
                }
                chars.next();
            } else if (d == '.' || d == ',') && !decimal {
                let mut ahead = chars.clone();
                ahead.next();
                if !ahead.peek().is_some_and(|(_, n)| n.is_ascii_digit()) {
                    break;
                }
                decimal = true;
                digits.push('.');
                chars.next();
            } else {
                break;
            }
        }
        // What follows: spaces, then a per-cent sign or a word.
        let mut rest = chars.clone();
        while rest.peek().is_some_and(|(_, c)| matches!(c, ' ' | '\u{a0}' | '\u{202f}' | '-' | '\u{2010}' | '\u{2013}'))
        {
            rest.next();
        }
        let percent = rest.peek().is_some_and(|(_, c)| *c == '%');
        let word: String = rest.map(|(_, c)| c).take_while(|c| c.is_alphabetic()).collect::<String>().to_lowercase();
        let value: f64 = digits.parse().unwrap_or(0.0);
        let whole_n: u32 = whole.parse().unwrap_or(0);
        let karat = ["k", "kt", "ct", "carat", "carats", "karat", "karats"].contains(&word.as_str());
        let measure = !word.is_empty() && units.iter().any(|u| *u == crate::domain::text::fold_words(&word));
        let nines = digits.chars().filter(char::is_ascii_digit).count() >= 3 && digits.starts_with("99");
        if percent && (90.0..=100.0).contains(&value)
            || karat && !decimal
            || decimal && whole_n == 0 && (0.9..1.0).contains(&value) && !measure
            || word == "n" && !decimal && (3..=9).contains(&whole_n)
            || !percent && !karat && !measure && word != "n" && (nines || !decimal && (900..=999).contains(&whole_n))
        {
            return true;
        }
        before_alnum = true;
    }
    false
}

/// The words of a text that name its goods, what the rest qualifies: up to the first joining word that is not part
/// of a good's phrase ("minerai de fer" is one), leading joining words skipped, and after a grade word ("glove grade
/// latex" is latex). With `grade_last` ([`GoodsForms::grade_last_qualifies`], 2022.18) a grade word last in the part
/// ends the head before the word or good's phrase it follows: "tin battery grade" is tin, "battery grade" names nothing.
fn head(toks: &[String], spans: &[Span<'_>], grade_last: bool) -> std::ops::Range<usize> {
    let inside = |i: usize| spans.iter().any(|s| (s.start..s.end).contains(&i));
    let Some(std::ops::Range { mut start, mut end }) = parts(toks, spans).into_iter().next() else {
        return toks.len()..toks.len();
    };
    let grade =
        (start..end).rev().find(|&i| toks.get(i).is_some_and(|t| GRADE_WORDS.contains(&t.as_str())) && !inside(i));
    if let Some(g) = grade
        && g + 1 < end
    {
        start = g + 1;
    } else if let Some(g) = grade
        && grade_last
    {
        // The grade's own word: a good's phrase ending just before it ("solar grade"), or the one word.
        let before = spans.iter().find(|s| s.end == g && s.start >= start).map_or(g.saturating_sub(1), |s| s.start);
        end = before.max(start);
    }
    start..end
}

/// The parts of a text between its joining words ([`JOINING_WORDS`], outside a good's phrase), in order, none
/// empty: "pièces de machines à coton" is `pièces`, `machines`, `coton`.
fn parts(toks: &[String], spans: &[Span<'_>]) -> Vec<std::ops::Range<usize>> {
    let inside = |i: usize| spans.iter().any(|s| (s.start..s.end).contains(&i));
    let joining = |i: usize| toks.get(i).is_some_and(|t| JOINING_WORDS.contains(&t.as_str())) && !inside(i);
    let mut out = Vec::new();
    let mut start = 0;
    for i in 0..=toks.len() {
        if i == toks.len() || joining(i) {
            if start < i {
                out.push(start..i);
            }
            start = i + 1;
        }
    }
    out
}

/// What a part of a text names: machines, not goods, when it ends, outside a good's phrase, on words of machines
/// ([`MACHINE_WORDS`]: "cotton candy machines") or of a machine's parts ([`PART_WORDS`]: "cotton gin machinery
/// parts"); parts of anything else name it ("rubber parts"), and parts alone what the next part names ("pièces en
/// caoutchouc" are rubber, "spare parts for cotton gins" no goods). Machines and parts named after a device good
/// (`devices`: the model's [`Tables::device_goods`]) are that good ("electronic components", "electronic equipment").
fn part_names(toks: &[String], spans: &[Span<'_>], part: &std::ops::Range<usize>, devices: &[String]) -> PartNames {
    let span_at = |i: usize| spans.iter().find(|s| (s.start..s.end).contains(&i));
    let (mut machine, mut parts_of) = (false, false);
    let mut i = part.end;
    while i > part.start {
        let word = i - 1;
        let Some(t) = toks.get(word).filter(|_| span_at(word).is_none()) else { break };
        if MACHINE_WORDS.contains(&t.as_str()) {
            machine = true;
        } else if PART_WORDS.contains(&t.as_str()) {
            parts_of = true;
        } else {
            break;
        }
        i = word;
    }
    let before = i.checked_sub(1).filter(|&b| b >= part.start);
    if !machine && !parts_of || before.and_then(span_at).is_some_and(|s| devices.iter().any(|d| d == s.good)) {
        PartNames::Goods
    } else if machine {
        PartNames::NoGoods
    } else if before.is_some() {
        PartNames::Goods
    } else {
        PartNames::AsNext
    }
}

/// Whether a word of a material's ([`Material::folded`]) covers the token at `i`.
fn covers(m: &Material, toks: &[String], i: usize) -> bool {
    m.folded.iter().any(|w| phrase_covers(w, toks, i))
}

/// Whether the folded phrase `w` stands among `toks` over the token at `i`.
fn phrase_covers(w: &[String], toks: &[String], i: usize) -> bool {
    (i.saturating_sub(w.len().saturating_sub(1))..=i)
        .any(|start| start + w.len() > i && toks.get(start..start + w.len()) == Some(w))
}

/// A goods text with the qualifier marks of catalogues and suppliers — a spaced dash (" - ", " – ", " — "), a
/// colon followed by a space, a slash, an opening bracket after the goods — written as the catalogue's comma ("gloves -
/// nitrile", "footwear: leather", "gloves (nitrile)" as "gloves, nitrile"), or `None` when it has none. A text that
/// starts with a bracket or a mark names no goods before it and is left as it is.
fn catalogue_commas(text: &str) -> Option<String> {
    let mut out = text.to_string();
    for mark in [" - ", " \u{2013} ", " \u{2014} ", " : ", " :\u{a0}", "\u{a0}: ", ": ", "/"] {
        out = out.replace(mark, ", ");
    }
    let trimmed = out.trim_start();
    if !trimmed.starts_with(['(', '[']) && (out.contains('(') || out.contains('[')) {
        out = out.replace(['(', '['], ", ").replace([')', ']'], " ");
    }
    let out = out.trim_start_matches([',', ' ']).to_string();
    (out != text).then_some(out)
}

/// Folded, singular word tokens of a text and where its list breaks: the token after each list mark
/// ([`LIST_MARKS`]). The tokens are those of [`tokens`].
fn tokens_and_marks(text: &str) -> (Vec<String>, Vec<usize>) {
    let mut toks = Vec::new();
    let mut breaks = Vec::new();
    for piece in text.split(LIST_MARKS) {
        if !toks.is_empty() {
            breaks.push(toks.len());
        }
        toks.extend(tokens(piece));
    }
    (toks, breaks)
}

/// The other English number of a folded, singular word ([`tokens`]) where a trailing `s` does not make the two one
/// (2022.11, `plural_forms`): "tomatoe" (of "tomatoes") and "tomato", "berrie" and "berry", "chillie" and "chilli",
/// "peache" and "peach". Empty for any other word.
fn other_numbers(word: &str) -> Vec<String> {
    let consonant = |c: Option<char>| c.is_some_and(|c| c.is_ascii_alphabetic() && !"aeiou".contains(c));
    let mut out = Vec::new();
    if word.len() < 4 || !word.is_ascii() {
        return out;
    }
    let before = |n: usize| word.chars().rev().nth(n);
    if let Some(stem) = word.strip_suffix("ie") {
        out.push(format!("{stem}y"));
        out.push(format!("{stem}i"));
    } else if let Some(stem) = word.strip_suffix('y').filter(|_| consonant(before(1))) {
        out.push(format!("{stem}ie"));
    } else if word.ends_with('i') {
        out.push(format!("{word}e"));
    } else if let Some(stem) = word.strip_suffix("oe") {
        out.push(stem.to_string() + "o");
    } else if word.ends_with('o') && consonant(before(1)) {
        out.push(format!("{word}e"));
    } else if ["che", "she", "xe", "sse", "zze"].iter().any(|e| word.ends_with(e)) {
        out.push(word.trim_end_matches('e').to_string());
    } else if ["ch", "sh", "x", "ss", "zz"].iter().any(|e| word.ends_with(e)) {
        out.push(format!("{word}e"));
    }
    out
}

/// The words one letter off a folded word of ASCII letters: a letter left out, a letter of `a`–`z` too many, two
/// neighbouring letters swapped (the word itself left out).
fn one_letter_off(word: &str) -> Vec<String> {
    let chars: Vec<char> = word.chars().collect();
    let mut out: Vec<String> = Vec::new();
    let joined = |c: &[char]| c.iter().collect::<String>();
    for i in 0..chars.len() {
        let mut w = chars.clone();
        w.remove(i);
        out.push(joined(&w));
        if i + 1 < chars.len() {
            let mut w = chars.clone();
            w.swap(i, i + 1);
            out.push(joined(&w));
        }
    }
    for i in 0..=chars.len() {
        for c in 'a'..='z' {
            let mut w = chars.clone();
            w.insert(i, c);
            out.push(joined(&w));
        }
    }
    out.retain(|w| w != word);
    out.sort_unstable();
    out.dedup();
    out
}

fn singular(token: &str) -> String {
    match token.strip_suffix('s') {
        Some(stem) if token.len() > 3 && !stem.ends_with('s') => stem.to_string(),
        _ => token.to_string(),
    }
}

/// Folded words with « or » read as gold where it is French (2022.12, [`GoodsForms::french_gold`]): after a French
/// joining word (`d`, `l`, `de`, `en`: « lingot d'or », « de l'or », « en or ») or as the first word (« or raffiné »,
/// « or »), where English has no conjunction.
fn french_gold(words: &mut [String]) {
    let mut before: Option<String> = None;
    for w in words.iter_mut() {
        let after_joining = before.as_deref().is_some_and(|b| matches!(b, "d" | "l" | "de" | "en"));
        let at_start = before.is_none();
        before = Some(w.clone());
        if w == "or" && (at_start || after_joining) {
            *w = "gold".to_string();
        }
    }
}

/// Folds text into singular word tokens for phrase matching.
pub fn tokens(text: &str) -> Vec<String> {
    fold_words(text).split(' ').filter(|t| !t.is_empty()).map(singular).collect()
}

/// A Yes/No cell; anything else (an empty cell included) is not read as No.
fn flag(s: &str) -> Option<bool> {
    let s = s.trim();
    if s.eq_ignore_ascii_case("yes") {
        Some(true)
    } else if s.eq_ignore_ascii_case("no") {
        Some(false)
    } else {
        None
    }
}

/// A text cell: `None` when empty.
fn text(s: Option<&str>) -> Option<String> {
    s.map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
}

/// The word lists of the reading rules that hold a word empty once folded ([`ModelProblem::ReadingWordEmpty`]), read
/// before [`folded_reading`] leaves such words out.
fn empty_reading_words(g: &GoodsReading) -> Vec<ModelProblem> {
    [
        ("form_words", &g.form_words),
        ("accessory_words", &g.accessory_words),
        ("qualifier_keywords", &g.qualifier_keywords),
        ("packaging_words", &g.packaging_words),
        ("measure_units", &g.measure_units),
    ]
    .into_iter()
    .filter(|(_, words)| words.iter().any(|w| fold_words(w).trim().is_empty()))
    .map(|(list, _)| ModelProblem::ReadingWordEmpty { list })
    .collect()
}

/// The reading rules with their word lists folded into single tokens ([`tokens`]), as the reading compares them.
fn folded_reading(mut g: GoodsReading) -> GoodsReading {
    for list in [&mut g.form_words, &mut g.accessory_words, &mut g.qualifier_keywords] {
        *list = folded_words(list);
    }
    g
}

/// A word list folded into single tokens ([`tokens`]), singular, the words that fold to nothing left out.
fn folded_words(words: &[String]) -> Vec<String> {
    words.iter().map(|w| tokens(w).join(" ")).filter(|w| !w.is_empty()).collect()
}

/// Reads a file of the model folder through a loader (the filesystem or the compiled-in copy).
pub fn load(read: &dyn Fn(&str) -> Result<String, ModelError>) -> Result<Tables, ModelError> {
    let file: ModelFile = toml::from_str(&read("model.toml")?).map_err(ModelError::unreadable("model.toml"))?;
    let mut problems = empty_reading_words(&file.goods_reading);
    if file.goods_forms.form_words.iter().any(|w| fold_words(w).trim().is_empty()) {
        problems.push(ModelProblem::ReadingWordEmpty { list: "goods_forms.form_words" });
    }
    if file.goods_forms.ore_words.iter().any(|w| fold_words(w).trim().is_empty()) {
        problems.push(ModelProblem::ReadingWordEmpty { list: "goods_forms.ore_words" });
    }
    if file.goods_forms.list_words.iter().any(|w| fold_words(w).trim().is_empty()) {
        problems.push(ModelProblem::ReadingWordEmpty { list: "goods_forms.list_words" });
    }
    let unlisted = file.goods_words.unlisted_goods.iter().flat_map(|(en, fr)| [en, fr]);
    if file.goods_words.other_words.iter().chain(unlisted).any(|w| fold_words(w).trim().is_empty()) {
        problems.push(ModelProblem::ReadingWordEmpty { list: "goods_words.other_words" });
    }
    let source_file = |key: &str| -> Result<String, ModelError> {
        file.sources
            .get(key)
            .map(|s| s.file.clone())
            .ok_or_else(|| ModelError::Invalid(ModelFault::SourceMissing(key.to_string())))
    };

    let mut listings = Vec::new();
    let goods_file = source_file("ilab_goods")?;
    let goods_text = read(&goods_file)?;
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(goods_text.as_bytes());
    let headers = rdr.headers().map_err(ModelError::unreadable(&goods_file))?.clone();
    let flag_names = ["child_labor", "forced_labor", "forced_child_labor", "derived_labor_exploitation"];
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(ModelError::unreadable(&goods_file))?;
        let get = |n: usize| text(rec.get(n));
        let line = i + 2;
        let (Some(good), Some(country_name)) = (get(0), get(2)) else {
            problems.push(ModelProblem::RowWithoutKey { file: DataFile::IlabGoods, line });
            continue;
        };
        let Some(country) = CountryCode::parse(&country_name) else {
            problems.push(ModelProblem::UnknownCountry { file: DataFile::IlabGoods, line, name: country_name });
            continue;
        };
        // Each kind is Yes or No: an empty or other cell is not silently read as "not listed".
        let mut flags = [false; 4];
        let mut unreadable = Vec::new();
        for (slot, (n, name)) in flags.iter_mut().zip((4..8).zip(flag_names)) {
            match flag(rec.get(n).unwrap_or("")) {
                Some(v) => *slot = v,
                None => unreadable.push(headers.get(n).unwrap_or(name).to_string()),
            }
        }
        if !unreadable.is_empty() {
            problems.push(ModelProblem::NotYesNo { line, good, country: country_name, columns: unreadable });
            continue;
        }
        let [mut child, mut forced, forced_child, derived] = flags;
        if forced_child {
            forced = true;
            child = true;
        }
        let derived_from = if derived {
            match get(8) {
                Some(from) => Some((good.clone(), from)),
                None => {
                    problems.push(ModelProblem::DerivedWithoutCountry { line, good, country: country_name });
                    continue;
                }
            }
        } else {
            None
        };
        let manufactured = get(1).is_some_and(|sector| sector.eq_ignore_ascii_case("Manufacturing"));
        let mined = get(1).is_some_and(|sector| sector.eq_ignore_ascii_case("Mining"));
        listings.push(Listing { good, country, country_name, forced, child, derived_from, manufactured, mined, line });
    }

    let derived_inputs: HashMap<String, String> =
        file.derived_inputs.iter().map(|d| (d.good.clone(), d.input.clone())).collect();
    // A derived listing takes the kinds of its input's listing in the input's country.
    let snapshot = listings.clone();
    for l in &mut listings {
        if let Some((good, from)) = &l.derived_from {
            let input = derived_inputs.get(good).cloned();
            let from_code = CountryCode::parse(from);
            match (input, from_code) {
                (Some(input), Some(code)) => {
                    for src in snapshot.iter().filter(|s| s.good == input && s.country == code) {
                        l.forced |= src.forced;
                        l.child |= src.child;
                    }
                    l.derived_from = Some((input, from.clone()));
                }
                _ => problems.push(ModelProblem::DerivedWithoutInput { line: l.line, good: good.clone() }),
            }
        }
    }
    let mut by_good_country: HashMap<(String, CountryCode), Vec<usize>> = HashMap::new();
    let mut by_good: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, l) in listings.iter().enumerate() {
        by_good_country.entry((l.good.clone(), l.country)).or_default().push(i);
        by_good.entry(l.good.clone()).or_default().push(i);
    }

    let mut countries = HashMap::new();
    let countries_file = source_file("ilab_countries")?;
    let countries_text = read(&countries_file)?;
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(countries_text.as_bytes());
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(ModelError::unreadable(&countries_file))?;
        let get = |n: usize| text(rec.get(n));
        let line = i + 2;
        let Some(name) = get(0) else {
            problems.push(ModelProblem::RowWithoutKey { file: DataFile::IlabCountries, line });
            continue;
        };
        let Some(code) = CountryCode::parse(&name) else {
            problems.push(ModelProblem::UnknownCountry { file: DataFile::IlabCountries, line, name });
            continue;
        };
        let working_children_share = match get(3) {
            None => None,
            Some(raw) => match raw.parse::<f64>() {
                Ok(v) if (0.0..=1.0).contains(&v) => Some(v),
                _ => {
                    problems.push(ModelProblem::ShareNotFraction { line, country: name.clone(), raw });
                    None
                }
            },
        };
        countries.insert(
            code,
            CountryData { ilab_name: name, region: get(1), advancement: get(2), working_children_share, line },
        );
    }

    let mut forced_prevalence = BTreeMap::new();
    let mut child_share = BTreeMap::new();
    let mut child_share_income = BTreeMap::new();
    let ilo_file = source_file("ilo_regional")?;
    let ilo_text = read(&ilo_file)?;
    let mut rdr = csv::Reader::from_reader(ilo_text.as_bytes());
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(ModelError::unreadable(&ilo_file))?;
        let line = i + 2;
        let (table, scale) = match rec.get(0).map(str::trim) {
            Some("forced_labour_prevalence") => (&mut forced_prevalence, 1.0),
            // Published as a percentage.
            Some("child_labour_share_5_17") => (&mut child_share, 0.01),
            // The same measure by national income group (World Bank groups), a percentage too.
            Some("child_labour_share_5_17_income") => (&mut child_share_income, 0.01),
            _ => continue,
        };
        match (text(rec.get(1)), rec.get(2).map(str::trim).map(str::parse::<f64>)) {
            (Some(region), Some(Ok(v))) if v.is_finite() && v >= 0.0 => {
                table.insert(region, v * scale);
            }
            _ => problems.push(ModelProblem::EstimateUnreadable { line }),
        }
    }
    // The world figures are the fallbacks of last resort: a model without them is not a model.
    let world = |table: &BTreeMap<String, f64>, what: &str| {
        table.get("World").copied().ok_or_else(|| ModelError::Invalid(ModelFault::NoWorldFigure(what.to_string())))
    };
    let world_forced_prevalence = world(&forced_prevalence, "forced_labour_prevalence")?;
    let world_child_share = world(&child_share, "child_labour_share_5_17")?;
    let unassessed_advancement = file
        .child_context_advancement
        .get(NO_ASSESSMENT)
        .copied()
        .ok_or_else(|| ModelError::Invalid(ModelFault::NoUnassessedPoints(NO_ASSESSMENT.to_string())))?;
    let income_groups = match file.sources.get("income_groups") {
        Some(s) => load_income_groups(&s.file, &read(&s.file)?)?,
        None => HashMap::new(),
    };
    for group in &file.origin_income_groups {
        if !income_groups.values().any(|(g, _)| g == group) {
            return Err(ModelError::Invalid(ModelFault::GroupWithoutCountries {
                key: "origin_income_groups",
                group: group.clone(),
            }));
        }
    }
    let mut listings_in_country: HashMap<CountryCode, [u32; 2]> = HashMap::new();
    for l in &listings {
        let [forced, child] = listings_in_country.entry(l.country).or_default();
        *forced += u32::from(l.forced);
        *child += u32::from(l.child);
    }
    // A group the rule names needs its estimate and its countries: without them the rule would silently fall back.
    for group in &file.unassessed_income_groups {
        if !child_share_income.contains_key(group) {
            return Err(ModelError::Invalid(ModelFault::GroupWithoutEstimate(group.clone())));
        }
        if !income_groups.values().any(|(g, _)| g == group) {
            return Err(ModelError::Invalid(ModelFault::GroupWithoutCountries {
                key: "unassessed_income_groups",
                group: group.clone(),
            }));
        }
    }

    let known_goods: HashSet<&str> = listings.iter().map(|l| l.good.as_str()).collect();
    let mut phrases: Vec<(Vec<String>, String)> = Vec::new();
    for g in &known_goods {
        let base = g.split('(').next().unwrap_or(g);
        phrases.push((tokens(g), g.to_string()));
        if base.trim() != *g {
            phrases.push((tokens(base), g.to_string()));
        }
    }
    for (alias, good) in &file.aliases {
        if !known_goods.contains(good.as_str()) {
            problems.push(ModelProblem::AliasUnknownGood { alias: alias.clone(), good: good.clone() });
        }
        let words = tokens(alias);
        if is_common_phrase(&words) {
            problems.push(ModelProblem::CommonWordPhrase {
                phrase: alias.clone(),
                good_or_category: good.clone(),
                category: false,
            });
            continue;
        }
        phrases.push((words, good.clone()));
    }
    // From 2022.10 (`[goods_synonyms]`) the names of ILAB goods in English and French, each pair read alike; they
    // name their good over any other reading of the same words ("chocolate liquor" is cocoa, not a liquor).
    let mut synonym_words: Vec<(Vec<String>, String)> = Vec::new();
    for n in &file.goods_synonyms.names {
        if !known_goods.contains(n.good.as_str()) {
            problems
                .push(ModelProblem::AliasUnknownGood { alias: "goods_synonyms.names".into(), good: n.good.clone() });
        }
        for (en, fr) in &n.pairs {
            for name in [en, fr] {
                let words = tokens(name);
                if words.is_empty() {
                    problems.push(ModelProblem::ReadingWordEmpty { list: "goods_synonyms.names" });
                } else if is_common_phrase(&words) {
                    problems.push(ModelProblem::CommonWordPhrase {
                        phrase: name.clone(),
                        good_or_category: n.good.clone(),
                        category: false,
                    });
                } else {
                    synonym_words.push((words, n.good.clone()));
                }
            }
        }
    }
    // The goods' French names (`scoring::names`, as the French pages give them) name them as ILAB's English names do:
    // a supplier writing "crevettes", "cacao" or "minerai d'étain" means shrimp, cocoa and tin ore. A name written
    // with `en` reads without it too ("gants caoutchouc" as "gants en caoutchouc"), and a name's qualifier in
    // brackets with it ("briques en argile" as "briques (argile)"). The name before its brackets ("chaussures" of
    // "chaussures (sandales)") names that good only when no other good is named so.
    let mut sorted: Vec<&str> = known_goods.iter().copied().collect();
    sorted.sort_unstable();
    let mut bases: Vec<(Vec<String>, String)> = Vec::new();
    let mut accented_names: Vec<(String, String)> = Vec::new();
    for g in sorted {
        let Some(n) = super::names::french(super::names::NameKind::Good, g) else { continue };
        let full = tokens(&n.fr);
        // From 2022.12 (`accented_french_names`) a one-word name that folds into another word names its good where
        // it is written with its accents (« thé », « maïs »).
        let accented = !n.fr.is_ascii() && !n.fr.contains(char::is_whitespace);
        if file.goods_forms.accented_french_names && accented && is_other_word(&full) {
            accented_names.push((n.fr.to_lowercase(), g.to_string()));
        }
        let mut forms = vec![full.clone()];
        if full.iter().skip(1).any(|w| w == "en") {
            forms.push(full.iter().filter(|w| *w != "en").cloned().collect());
        }
        if let Some((before, after)) = n.fr.split_once('(') {
            let base = tokens(before);
            let mut joined = base.clone();
            joined.push("en".to_string());
            joined.extend(tokens(after));
            forms.push(joined);
            bases.push((base, g.to_string()));
        }
        for words in forms {
            let aliased = file.goods_reading.aliases_over_french_names
                && file.aliases.iter().any(|(alias, good)| good != g && tokens(alias) == words);
            if !is_other_word(&words) && !aliased {
                phrases.push((words, g.to_string()));
            }
        }
    }
    for (base, g) in bases {
        if !is_other_word(&base) && !phrases.iter().any(|(words, _)| *words == base) {
            phrases.push((base, g));
        }
    }
    // From 2022.12 (`[[goods_forms.names]]`) the names of goods' forms, read as the names of `[goods_synonyms]` are.
    let mut form_phrases: Vec<Vec<String>> = Vec::new();
    for n in &file.goods_forms.names {
        if !known_goods.contains(n.good.as_str()) {
            problems.push(ModelProblem::AliasUnknownGood { alias: "goods_forms.names".into(), good: n.good.clone() });
        }
        for name in n.pairs.iter().flat_map(|(en, fr)| [en, fr]) {
            let words = tokens(name);
            if words.is_empty() || is_common_phrase(&words) {
                problems.push(ModelProblem::ReadingWordEmpty { list: "goods_forms.names" });
                continue;
            }
            synonym_words.retain(|(w, _)| *w != words);
            form_phrases.push(words.clone());
            synonym_words.push((words, n.good.clone()));
        }
    }
    phrases.retain(|(t, g)| !t.is_empty() && !synonym_words.iter().any(|(w, sg)| w == t && sg != g));
    phrases.extend(synonym_words);
    // From 2022.11 (`plural_forms`) the singular and the plural of a name's last English word read alike where the
    // trailing `s` does not fold them into one ("tomato", "tomatoes"), unless the other form names another good.
    if file.goods_own_listing.plural_forms {
        let mut forms: Vec<(Vec<String>, String)> = Vec::new();
        for (words, good) in &phrases {
            let Some((last, rest)) = words.split_last() else { continue };
            for other in other_numbers(last) {
                let mut w = rest.to_vec();
                w.push(other);
                if !is_other_word(&w) && !phrases.iter().chain(&forms).any(|(p, _)| *p == w) {
                    forms.push((w, good.clone()));
                }
            }
        }
        phrases.extend(forms);
    }
    for good in file.device_goods.iter().filter(|g| !known_goods.contains(g.as_str())) {
        problems.push(ModelProblem::DeviceUnknownGood { good: good.clone() });
    }
    for g in &file.silence.grown_in {
        if !known_goods.contains(g.good.as_str()) {
            problems.push(ModelProblem::AliasUnknownGood { alias: "silence.grown_in".into(), good: g.good.clone() });
        }
        // A country said to grow a good ILAB does not list there needs the source that says so.
        if g.source.trim().is_empty() || g.countries.is_empty() {
            problems.push(ModelProblem::ReadingWordEmpty { list: "silence.grown_in" });
        }
    }
    for c in &file.goods_reading.compound_goods {
        for g in [&c.good, &c.head, &c.material].into_iter().filter(|g| !known_goods.contains(g.as_str())) {
            let alias = format!("{} + {}", c.head, c.material);
            problems.push(ModelProblem::AliasUnknownGood { alias, good: g.clone() });
        }
    }
    let english: HashSet<Vec<String>> =
        known_goods.iter().flat_map(|g| [tokens(g), tokens(g.split('(').next().unwrap_or(g))]).collect();
    let french_phrases: HashSet<Vec<String>> = known_goods
        .iter()
        .filter_map(|g| super::names::french(super::names::NameKind::Good, g))
        .map(|n| tokens(&n.fr))
        .filter(|t| !t.is_empty() && !english.contains(t))
        .collect();
    // From 2022.12 (`french_gold`) the phrases read « or » as the text does ([`french_gold`]): "or fin", "lingot d or"
    // are read with "gold" in its place, as the words of a text are.
    if file.goods_forms.french_gold {
        for (words, _) in &mut phrases {
            french_gold(words);
        }
        // The names of forms too (« or fin », 2022.17: the first to start on « or »), which 2022.16 compared unread.
        for words in &mut form_phrases {
            french_gold(words);
        }
    }
    phrases.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.1.cmp(&b.1)));
    phrases.dedup();

    let mut index_without_figure = Vec::new();
    let country_index = match &file.country_index {
        Some(spec) => {
            let name = source_file("country_index")?;
            let text = read(&name)?;
            Some((spec.clone(), load_country_index(spec, &name, &text, &mut problems, &mut index_without_figure)?))
        }
        None => None,
    };
    let entity_list = match &file.entity_list {
        Some(spec) => {
            let name = source_file("entity_list")?;
            let text = read(&name)?;
            Some((spec.clone(), load_entity_list(spec, &name, &text, &mut problems)?))
        }
        None => None,
    };

    let source_names = file
        .sources
        .iter()
        .map(|(k, s)| {
            let fr = s.edition_fr.as_deref().map(str::trim).filter(|e| !e.is_empty()).map(Arc::from);
            (k.clone(), (Arc::from(s.file.as_str()), Arc::from(s.edition.as_str()), fr))
        })
        .collect();
    let indicator_editions = file
        .sources
        .iter()
        .flat_map(|(k, s)| {
            s.editions.iter().map(move |e| {
                let fr = e.edition_fr.as_deref().map(str::trim).filter(|e| !e.is_empty()).map(Arc::from);
                ((k.clone(), e.indicator.clone()), (Arc::from(e.edition.as_str()), fr))
            })
        })
        .collect();
    let mut regions = file.regions;
    add_region_places(&mut regions)?;
    let mut materials = file.materials;
    for m in &mut materials {
        m.folded = m.words.iter().map(|w| tokens(w)).filter(|t| !t.is_empty() && !is_common_phrase(t)).collect();
        if file.goods_forms.french_gold {
            m.folded.iter_mut().for_each(|w| french_gold(w));
        }
        m.folded.sort_by_key(|t| std::cmp::Reverse(t.len()));
    }
    let mut goods_families = file.goods_families;
    for f in &mut goods_families {
        f.folded = f.words.iter().map(|w| tokens(w)).filter(|t| !t.is_empty()).collect();
        f.folded.sort_by_key(|t| std::cmp::Reverse(t.len()));
    }
    let material_goods = materials.iter().flat_map(|m| m.goods.iter().cloned()).collect();
    let mut categories = file.categories;
    for c in &mut categories {
        let code = c.code.clone();
        c.keywords.retain(|k| {
            let common = is_common_phrase(&tokens(k));
            if common {
                problems.push(ModelProblem::CommonWordPhrase {
                    phrase: k.clone(),
                    good_or_category: code.clone(),
                    category: true,
                });
            }
            !common
        });
    }
    let synonyms = &file.goods_synonyms;
    let mut kin: HashMap<String, Vec<String>> = HashMap::new();
    if synonyms.kin_take_listings {
        for k in &synonyms.kinds {
            for g in [&k.good, &k.kind_of].into_iter().filter(|g| !known_goods.contains(g.as_str())) {
                let alias = format!("{} < {}", k.good, k.kind_of);
                problems.push(ModelProblem::AliasUnknownGood { alias, good: g.clone() });
            }
        }
        // From 2022.11 (`kinds_apart`) some edges are not in effect.
        let apart = &file.goods_own_listing.kinds_apart;
        for k in apart {
            if !synonyms.kinds.iter().any(|x| x.good == k.good && x.kind_of == k.kind_of) {
                let alias = format!("{} < {} (kinds_apart)", k.good, k.kind_of);
                problems.push(ModelProblem::AliasUnknownGood { alias, good: k.good.clone() });
            }
        }
        let kinds: Vec<&GoodKind> = synonyms
            .kinds
            .iter()
            .filter(|k| !apart.iter().any(|a| a.good == k.good && a.kind_of == k.kind_of))
            .collect();
        // The goods a good is a kind of, at any depth (a cycle stops where it meets a good already reached).
        let ancestors = |g: &str| {
            let mut out: Vec<String> = Vec::new();
            let mut at = g.to_string();
            while let Some(k) = kinds.iter().find(|k| k.good == at) {
                if k.kind_of == g || out.contains(&k.kind_of) {
                    break;
                }
                out.push(k.kind_of.clone());
                at = k.kind_of.clone();
            }
            out
        };
        let all: Vec<&String> = kinds.iter().flat_map(|k| [&k.good, &k.kind_of]).collect();
        for g in &all {
            let mut goods = ancestors(g);
            for other in &all {
                if ancestors(other).iter().any(|a| a == *g) && !goods.contains(*other) && other != g {
                    goods.push((*other).clone());
                }
            }
            kin.insert((*g).clone(), goods);
        }
        // From 2022.11 (`same_names_are_kin`) goods whose ILAB names read as the same words, not kin already, are one
        // good: each, and each of their kin, takes the others' listings ("peppers", read as Pepper, takes Paraguay's
        // listing of Peppers and Mexico's of Chile Peppers; "dried chillies" in Vietnam its pepper's). Kin stay
        // symmetric, as the kinds make them.
        if file.goods_own_listing.same_names_are_kin {
            let names = |g: &str| [tokens(g), tokens(g.split('(').next().unwrap_or(g))];
            let mut sorted: Vec<&str> = known_goods.iter().copied().collect();
            sorted.sort_unstable();
            let mut namesakes: Vec<(&str, &str)> = Vec::new();
            for (i, a) in sorted.iter().enumerate() {
                for b in sorted.iter().skip(i + 1) {
                    let same = names(a).iter().any(|n| !n.is_empty() && names(b).contains(n));
                    let kin_already = kin.get(*a).is_some_and(|k| k.iter().any(|x| x == b));
                    if same && !kin_already {
                        namesakes.push((*a, *b));
                    }
                }
            }
            for (a, b) in namesakes {
                let mut one: Vec<String> = vec![a.to_string(), b.to_string()];
                for g in [a, b] {
                    for k in kin.get(g).into_iter().flatten() {
                        if !one.contains(k) {
                            one.push(k.clone());
                        }
                    }
                }
                for g in &one {
                    let entry = kin.entry(g.clone()).or_default();
                    for other in one.iter().filter(|o| *o != g) {
                        if !entry.contains(other) {
                            entry.push(other.clone());
                        }
                    }
                }
            }
        }
    }
    let generic_keywords: Vec<Vec<String>> =
        synonyms.generic_keywords.iter().map(|w| tokens(w)).filter(|t| !t.is_empty()).collect();
    let synonym_names: Vec<(String, String, String)> = synonyms
        .names
        .iter()
        .flat_map(|n| n.pairs.iter().map(|(en, fr)| (n.good.clone(), en.clone(), fr.clone())))
        .collect();
    // From 2022.11 the wide names ([`WideNames`]) and the materials each good's ILAB name says.
    let mut wide_names = Vec::new();
    for w in &file.goods_own_listing.wide_names {
        for g in w.goods.iter().filter(|g| !known_goods.contains(g.as_str())) {
            problems
                .push(ModelProblem::AliasUnknownGood { alias: "goods_own_listing.wide_names".into(), good: g.clone() });
        }
        let mut folded = Vec::new();
        for name in w.pairs.iter().flat_map(|(en, fr)| [en, fr]) {
            let words = tokens(name);
            if words.is_empty() {
                problems.push(ModelProblem::ReadingWordEmpty { list: "goods_own_listing.wide_names" });
            } else {
                folded.push(words);
            }
        }
        wide_names.push((folded, w.goods.clone()));
    }
    let mut name_materials: HashMap<String, Vec<String>> = HashMap::new();
    if file.goods_own_listing.names_say_materials {
        for g in &known_goods {
            let toks = tokens(g);
            let held: Vec<String> = materials
                .iter()
                .filter(|m| (0..toks.len()).any(|i| covers(m, &toks, i)))
                .map(|m| m.name.clone())
                .collect();
            name_materials.insert(g.to_string(), held);
        }
    }
    let inputs_of_goods = if file.goods_reading.derived_goods_take_their_input {
        file.derived_inputs.iter().map(|d| (d.good.clone(), d.input.clone())).collect()
    } else {
        Vec::new()
    };
    Ok(Tables {
        version: file.version,
        source_names,
        indicator_editions,
        sources: file.sources,
        weights: file.weights,
        mitigation: file.mitigation,
        regions,
        categories,
        materials,
        goods_families,
        advancement_points: file.child_context_advancement,
        ilab_region_to_ilo: file.ilab_region_to_ilo,
        unassessed_advancement,
        forced_prevalence,
        world_forced_prevalence,
        child_share,
        world_child_share,
        listings,
        by_good_country,
        by_good,
        countries,
        phrases,
        french_phrases,
        device_goods: file.device_goods,
        finished_goods: file.finished_goods,
        derived_inputs: file.derived_inputs.iter().map(|d| (d.good.clone(), d.input.clone())).collect(),
        goods_reading: folded_reading(GoodsReading {
            form_words: file.goods_reading.form_words.iter().chain(&file.goods_forms.form_words).cloned().collect(),
            ..file.goods_reading
        }),
        material_goods,
        country_index,
        entity_list,
        index_without_figure,
        problems,
        child_share_income,
        income_groups,
        unassessed_income_groups: file.unassessed_income_groups,
        origin_income_groups: file.origin_income_groups,
        derived_input_counted_once: file.derived_input_counted_once,
        inputs_of_goods,
        origin_needs_known_inputs: file.origin_needs_known_inputs,
        input_site_counted_once: file.input_site_counted_once,
        input_reached_upstream: file.input_reached_upstream,
        pass_through_adds_nothing: file.pass_through_adds_nothing,
        pass_through_carries_no_region: file.pass_through_carries_no_region,
        undisclosed_presumed_worst: file.undisclosed_presumed_worst,
        traceability_by_disclosed_depth: file.traceability_by_disclosed_depth,
        region_points_unmitigated: file.region_points_unmitigated,
        forced_listing_evidence: file.forced_listing_evidence,
        unread_goods_presumed_worst: file.unread_goods_presumed_worst,
        pass_through_adds_no_country: file.pass_through_adds_no_country,
        refused_attestation_withholds_credit: file.refused_attestation_withholds_credit,
        unread_goods_take_worst_reading: file.unread_goods_take_worst_reading,
        riskiest_in_country: HashMap::new(),
        listings_in_country,
        kin,
        generic_keywords,
        synonym_names,
        silence_scores_as_the_worst_producer: file.silence_scores_as_the_worst_producer
            || file.silence.scores_as_the_worst_producer,
        presumed_producers: HashMap::new(),
        region_presumption_carried: file.region_presumption_carried,
        replaced_material_keeps_presumption: file.silence.replaced_material_keeps_presumption,
        unlisted_own_material_is_an_input: file.silence.unlisted_own_material_is_an_input,
        grown_where_kin_listed: file.silence.grown_where_kin_listed,
        grown_in: {
            let mut m: HashMap<String, Vec<CountryCode>> = HashMap::new();
            for g in &file.silence.grown_in {
                m.entry(g.good.clone()).or_default().extend(g.countries.iter().copied());
            }
            m
        },
        ilab_names_read_whole: file.silence.ilab_names_read_whole,
        producer_only_where_grown: file.silence.producer_only_where_grown,
        presumed_producer_of_kin: file.silence.presumed_producer_of_kin,
        unread_goods_held_at_worst_producer: file.silence.unread_goods_held_at_worst_producer,
        own_listing: OwnListing {
            bulk_packaging_words: file.goods_own_listing.bulk_packaging_words.iter().map(|w| fold_words(w)).collect(),
            ..file.goods_own_listing
        },
        wide_names,
        name_materials,
        goods_forms: GoodsForms {
            form_words: folded_words(&file.goods_forms.form_words),
            ore_words: folded_words(&file.goods_forms.ore_words),
            list_words: folded_words(&file.goods_forms.list_words),
            ..file.goods_forms
        },
        accented_names,
        form_phrases,
        unlisted_phrases: {
            let mut p: Vec<Vec<String>> = file
                .goods_words
                .unlisted_goods
                .iter()
                .flat_map(|(en, fr)| [tokens(en), tokens(fr)])
                .filter(|t| !t.is_empty())
                .collect();
            p.sort_by_key(|t| std::cmp::Reverse(t.len()));
            p.dedup();
            p
        },
        goods_words: GoodsWords {
            other_words: file.goods_words.other_words.iter().map(|w| fold_words(w)).collect(),
            ..file.goods_words
        },
        misspellings: HashMap::new(),
        finished_words: HashSet::new(),
    })
    .map(|mut t| {
        if t.goods_words.one_letter_off_finished_goods {
            t.misspellings = t.misspellings();
        }
        if t.goods_words.plural_head_before_materials {
            t.finished_words = t.finished_words();
        }
        if t.unread_goods_take_worst_reading {
            t.riskiest_in_country = t.riskiest_listings();
        }
        if t.silence_scores_as_the_worst_producer {
            t.presumed_producers = super::engine::presumed_producers(&t);
        }
        t
    })
}

/// `income_groups.csv` (`country,income_group`): each country's World Bank income group by its ISO 3166-1 alpha-2
/// code or name, with its line. A row that names no country or no group, a country named twice, or a name that
/// does not resolve refuses the model, naming the line.
fn load_income_groups(file: &str, data: &str) -> Result<HashMap<CountryCode, (String, usize)>, ModelError> {
    let mut rdr = csv::ReaderBuilder::new().flexible(true).from_reader(data.as_bytes());
    let headers = rdr.headers().map_err(ModelError::unreadable(file))?.clone();
    let (c, g) = (column(&headers, "country", file)?, column(&headers, "income_group", file)?);
    let mut out = HashMap::new();
    for (i, rec) in rdr.records().enumerate() {
        let rec = rec.map_err(ModelError::unreadable(file))?;
        let line = i + 2;
        let (Some(name), Some(group)) = (text(rec.get(c)), text(rec.get(g))) else {
            return Err(ModelError::Invalid(ModelFault::IncomeLineEmpty(line)));
        };
        let Some(code) = CountryCode::parse(&name) else {
            return Err(ModelError::Invalid(ModelFault::IncomeLineNoCountry { line, name }));
        };
        if out.insert(code, (group, line)).is_some() {
            return Err(ModelError::Invalid(ModelFault::IncomeLineTwice { line, name }));
        }
    }
    Ok(out)
}

impl Tables {
    /// The goods, advancement levels and regions of the model that have no French name (`scoring::names`): each
    /// would be shown in English inside a French explanation.
    pub fn names_missing(&self) -> Vec<ModelProblem> {
        use super::names::{NameKind, french, problem};
        let mut p: Vec<ModelProblem> = problem()
            .into_iter()
            .map(|e| ModelProblem::NamesUnreadable { detail: crate::telemetry::Chain(e).to_string() })
            .collect();
        let mut seen = HashSet::new();
        let mut need = |kind: NameKind, en: &str, file: DataFile, line: Option<usize>| {
            if seen.insert((kind, en.to_string())) && french(kind, en).is_none() {
                p.push(ModelProblem::NoFrenchName { kind, name: en.to_string(), file, line });
            }
        };
        for l in &self.listings {
            need(NameKind::Good, &l.good, DataFile::IlabGoods, Some(l.line));
            if let Some((input, _)) = &l.derived_from {
                need(NameKind::Good, input, DataFile::IlabGoods, Some(l.line));
            }
        }
        let mut rows: Vec<&CountryData> = self.countries.values().collect();
        rows.sort_by_key(|d| d.line);
        for d in rows {
            if let Some(level) = &d.advancement {
                need(NameKind::Level, level, DataFile::IlabCountries, Some(d.line));
            }
        }
        for region in self.forced_prevalence.keys().chain(self.ilab_region_to_ilo.values()) {
            if region != "World" {
                need(NameKind::IloRegion, region, DataFile::IloEstimates, None);
            }
        }
        for region in self.child_share.keys().filter(|r| *r != "World") {
            need(NameKind::SdgRegion, region, DataFile::IloEstimates, None);
        }
        for group in self.child_share_income.keys() {
            need(NameKind::IncomeGroup, group, DataFile::IloEstimates, None);
        }
        p
    }

    /// The ILAB goods named in a text (goods words or an input), by ILAB name, no repeats: what the text is, its
    /// materials aside.
    ///
    /// Each word counts once, in the longest phrase it is part of ("fil de cuivre" is copper, not thread and copper;
    /// "nitrile gloves" are rubber gloves, not also rubber). The goods are those of the text's head (see [`head`]):
    /// "latex for gloves" is rubber, "gloves of nitrile" are gloves. A head that names machines or their parts names
    /// no goods, nor does the text ([`part_names`]: "cotton candy machines", "parts for cotton gins"), though a device
    /// good's parts are that good ("electronic components"). Goods words side by side are one compound, named by its
    /// last (English: "glove latex" is latex, "cotton yarn" is yarn) or, when the first or the last is a good's French
    /// name, its first ("fil polyester", "gants latex", "chemise coton"); a list (a comma, "and", "ou") names each of its goods. A text whose head
    /// names no ILAB good gives the goods of its other parts that name goods.
    pub fn goods_in(&self, text: &str) -> Vec<&str> {
        let r = self.read(text);
        let Some((_, head_names)) = r.parts.first() else { return Vec::new() };
        if !head_names || r.accessory {
            return Vec::new();
        }
        let mut out = r.compound_heads(&r.head, &self.french_phrases);
        if out.is_empty() {
            for (part, names) in r.parts.iter().skip(1) {
                if *names {
                    out.extend(r.compound_heads(part, &self.french_phrases));
                }
            }
        }
        if !self.goods_reading.compound_goods.is_empty() {
            let beside = self.goods_beside(&r);
            for good in &mut out {
                let made_of =
                    self.goods_reading.compound_goods.iter().find(|c| {
                        c.head == *good && beside.contains(&c.material.as_str()) && c.material.as_str() != *good
                    });
                if let Some(c) = made_of {
                    *good = c.good.as_str();
                }
            }
        }
        let mut unique: Vec<&str> = Vec::new();
        for good in out {
            if !unique.contains(&good) {
                unique.push(good);
            }
        }
        // From 2022.11 (`wide_names`) a name read as its good names the other goods it stands for besides: "seafood"
        // is fish and shellfish.
        for (names, goods) in &self.wide_names {
            let read = r.spans.iter().any(|s| {
                unique.contains(&s.good) && r.toks.get(s.start..s.end).is_some_and(|w| names.iter().any(|n| n == w))
            });
            if read {
                for g in goods {
                    if !unique.contains(&g.as_str()) {
                        unique.push(g);
                    }
                }
            }
        }
        unique
    }

    /// Every ILAB good the parts of a reading that name goods hold, by their phrases or by the words of a material
    /// ([`Material`]): what a compound good's material is looked for in ([`GoodsReading::compound_goods`]).
    fn goods_beside<'s>(&'s self, r: &Reading<'s>) -> Vec<&'s str> {
        let mut out: Vec<&str> = Vec::new();
        for (part, _) in r.parts.iter().filter(|(_, names)| *names) {
            out.extend(r.spans.iter().filter(|s| part.contains(&s.start)).map(|s| s.good));
            for m in self.materials.iter().filter(|m| part.clone().any(|i| covers(m, &r.toks, i))) {
                out.extend(m.goods.iter().map(String::as_str));
            }
        }
        out
    }

    /// Every ILAB good a text names, its materials included, by ILAB name, no repeats: what screening compares
    /// with the goods of a region-or-industry order ("T-shirts en coton" are garments and cotton, "fil de coton"
    /// thread and cotton). The text is read as in [`Tables::goods_in`]: a part that names machines or their parts
    /// names no goods, and when the head does, the text names none ("cotton candy machines", "parts for cotton
    /// gins").
    pub fn goods_named(&self, text: &str) -> Vec<&str> {
        self.goods_named_only(text)
    }

    /// The goods a CBP order's industry or a site's goods name for screening: [`Tables::goods_named`], and the goods
    /// of each family of goods ([`GoodsFamily`]) whose words the text holds, when the text read with the family's
    /// first good in the words' place names that good — so a machine or a part named after the family names none
    /// ("silk reeling machines"), as for any good. "Silk" names silk cocoons, thread and fabric; "silkworm cocoons"
    /// silk cocoons and the rest of silk; "Seafood" fish, shrimp, shellfish …; "canned tuna" fish.
    pub fn industry_goods(&self, text: &str) -> Vec<&str> {
        let mut out = self.goods_named_only(text);
        let toks = tokens(text);
        for f in &self.goods_families {
            let Some(first) = f.goods.first() else { continue };
            let at = f.folded.iter().find_map(|w| {
                (w.len() <= toks.len())
                    .then(|| (0..=toks.len() - w.len()).find(|&i| toks.get(i..i + w.len()) == Some(w.as_slice())))
                    .flatten()
                    .map(|i| (i, w.len()))
            });
            let Some((i, n)) = at else { continue };
            let mut read: Vec<&str> = toks.iter().take(i).map(String::as_str).collect();
            read.push(first.as_str());
            read.extend(toks.iter().skip(i + n).map(String::as_str));
            if !self.goods_named_only(&read.join(" ")).contains(&first.as_str()) {
                continue;
            }
            for g in &f.goods {
                if !out.contains(&g.as_str()) {
                    out.push(g.as_str());
                }
            }
        }
        out
    }

    fn goods_named_only(&self, text: &str) -> Vec<&str> {
        let r = self.read(text);
        if r.parts.first().is_some_and(|(_, names)| !names) {
            return Vec::new();
        }
        let mut out: Vec<&str> = Vec::new();
        for s in &r.spans {
            let named = r.parts.iter().any(|(part, names)| part.contains(&s.start) && *names);
            if named && !out.contains(&s.good) {
                out.push(s.good);
            }
        }
        out
    }

    /// What a site's goods words say it makes and what of ([`SiteGoods`]).
    ///
    /// The materials are those the parts naming goods hold ([`Material`]: "copper cable", "gants de coton", "wire
    /// rope of steel"; not "cotton candy machines"). A material's ILAB good is not what the site makes where the
    /// words name a product the model has no good for: the head's last word (English: "copper cable", "copper
    /// wire", "cable de cuivre") or, before a good's French name, its first ("câble cuivre") is in no good's phrase
    /// and is no material's word. Words that name the material alone ("copper", "raw cotton", "latex") keep it.
    pub fn site_goods(&self, text: &str) -> SiteGoods<'_> {
        let r = self.read(text);
        let named = self.goods_in(text);
        let covers = |m: &Material, i: usize| covers(m, &r.toks, i);
        let span_at = |i: usize| r.spans.iter().find(|s| (s.start..s.end).contains(&i));
        // From 2022.11 (`names_say_materials`) a material word inside a good's phrase counts only where ILAB's name of
        // the good holds that material, and a good's phrase says the materials ILAB's name holds.
        let say = self.own_listing.names_say_materials;
        let said = |m: &Material, g: &str| self.name_materials.get(g).is_some_and(|held| held.contains(&m.name));
        let counts = |m: &Material, i: usize| {
            covers(m, i) && (!say || span_at(i).is_none_or(|s| said(m, s.good)))
                || say && span_at(i).is_some_and(|s| said(m, s.good))
        };
        let mut materials: Vec<&Material> = Vec::new();
        for (part, _) in r.parts.iter().filter(|(_, names)| *names) {
            for m in &self.materials {
                if part.clone().any(|i| counts(m, i)) && !materials.iter().any(|x| std::ptr::eq(*x, m)) {
                    materials.push(m);
                }
            }
        }
        let filler = |i: usize| {
            r.toks.get(i).is_none_or(|t| {
                [JOINING_WORDS, COMMON_WORDS, GRADE_WORDS, MACHINE_WORDS, PART_WORDS]
                    .iter()
                    .any(|l| l.contains(&t.as_str()))
            })
        };
        // From 2022.16 (`ore_words`) "ore", « minerai » beside a material say the material as it is dug; inside an ILAB
        // good's own name ("tin ore" is Tin ore (cassiterite)) the name reads as it did.
        let ore =
            |i: usize| span_at(i).is_none() && r.toks.get(i).is_some_and(|t| self.goods_forms.ore_words.contains(t));
        // From 2022.16 (`unlisted_beside_materials`) the words of a good no ILAB list carries beside a material's.
        let unlisted_at =
            |i: usize| span_at(i).is_none() && self.unlisted_phrases.iter().any(|p| phrase_covers(p, &r.toks, i));
        let beside = |i: usize| self.goods_forms.materials_in_lists_read_apart && unlisted_at(i);
        let product = |i: usize| {
            span_at(i).is_none() && !filler(i) && !ore(i) && !beside(i) && !self.materials.iter().any(|m| covers(m, i))
        };
        let last = r.head.end.checked_sub(1).filter(|&l| l >= r.head.start);
        let french_after = r.head.clone().skip(1).any(|i| {
            span_at(i).is_some_and(|s| r.toks.get(s.start..s.end).is_some_and(|p| self.french_phrases.contains(p)))
        });
        let unnamed_product = last.is_some_and(&product) || french_after && product(r.head.start);
        let own = if unnamed_product {
            named.iter().copied().filter(|g| !materials.iter().any(|m| m.goods.iter().any(|x| x == g))).collect()
        } else {
            named.clone()
        };
        let mut material_alone = self.goods_reading.material_alone_is_read
            && !materials.is_empty()
            && r.parts.first().is_some_and(|(_, names)| *names)
            && r.head.clone().all(|i| {
                filler(i)
                    || ore(i)
                    || beside(i)
                    || self.is_form_word(r.toks.get(i))
                    || self.materials.iter().any(|m| covers(m, i))
                    || span_at(i).is_some_and(|s| self.material_goods.contains(s.good))
            });
        let mut form_goods: Vec<&str> = Vec::new();
        let mut form_brought_in = false;
        let mut form_named = false;
        // Inside a good's phrase only the forms goods are traded in count ("tin ingot", « lingot d'or »): "cotton
        // fibre", « coton fibre » are names of cotton itself.
        let traded = |i: usize| r.toks.get(i).is_some_and(|t| self.goods_forms.form_words.contains(t));
        let in_form = |i: usize| if span_at(i).is_some() { traded(i) } else { self.is_form_word(r.toks.get(i)) };
        let material_word = |i: usize| {
            self.materials.iter().any(|m| covers(m, i))
                || span_at(i).is_some_and(|s| self.material_goods.contains(s.good))
        };
        // From 2022.18 (`qualified_dug_materials_brought_in`) a dug material named with a grade ("grade A copper",
        // "cobalt battery grade") or a purity ("gold 99.99%", "gold 14k"), whatever else the words say, or with words
        // the model reads nothing of ("LBMA gold", "electrowon copper") and no word of the mine, is in a form: every
        // word a dug material's, one of form or of the mine, filler, a list word ("plus": no word the model cannot
        // read) or such a word.
        let list_word = |i: usize| r.toks.get(i).is_some_and(|t| self.goods_forms.list_words.contains(t));
        let grade_at =
            |i: usize| span_at(i).is_none() && r.toks.get(i).is_some_and(|t| GRADE_WORDS.contains(&t.as_str()));
        let every = 0..r.toks.len();
        let qualified = self.goods_forms.qualified_dug_materials_brought_in
            && !materials.is_empty()
            && !unnamed_product
            && r.parts.first().is_some_and(|(_, names)| *names)
            && materials.iter().all(|m| !m.goods.is_empty() && m.goods.iter().all(|g| self.is_dug(g)))
            && every.clone().all(|i| {
                filler(i)
                    || list_word(i)
                    || beside(i)
                    || ore(i)
                    || self.is_form_word(r.toks.get(i))
                    || material_word(i)
                    || product(i)
            })
            && (every.clone().any(grade_at)
                || says_purity(text, &self.goods_reading.measure_units)
                || every.clone().any(|i| product(i) && !list_word(i)) && !every.clone().any(&ore));
        material_alone |= qualified;
        if self.goods_forms.forms_take_the_listing {
            let head_spans: Vec<&Span<'_>> = r.spans.iter().filter(|s| r.head.contains(&s.start)).collect();
            let named_form = !head_spans.is_empty()
                && head_spans.iter().all(|s| {
                    r.toks.get(s.start..s.end).is_some_and(|w| self.form_phrases.iter().any(|p| p.as_slice() == w))
                });
            if named_form {
                form_goods = named.clone();
                form_brought_in = true;
                form_named = true;
            } else if material_alone {
                for g in materials.iter().flat_map(|m| m.goods.iter().map(String::as_str)) {
                    if !form_goods.contains(&g) {
                        form_goods.push(g);
                    }
                }
                form_brought_in = qualified || r.head.clone().any(in_form);
            }
        }
        // From 2022.16 (`materials_in_lists_read_apart`) each item of a list that names a material in a form ("tin
        // ingots" of "widgets and tin ingots", "cobalt sulfate" of "cotton, cobalt sulfate", « lingots d'or » of
        // « lingots d'or, lithium », "high purity refined cobalt") is read as it is alone: the items of the whole
        // words, not only the head (« lingots d'or » has its material after « d' »), an item that names another good
        // (a phrase of a good no material has) or a machine or part, or whose head is neither, left out.
        let mut forms_apart: Vec<&str> = Vec::new();
        if self.goods_forms.materials_in_lists_read_apart && self.goods_forms.forms_take_the_listing && !form_named {
            let other_good = |i: usize| span_at(i).is_some_and(|s| !self.material_goods.contains(s.good));
            let machine = |i: usize| {
                span_at(i).is_none()
                    && r.toks
                        .get(i)
                        .is_some_and(|t| [MACHINE_WORDS, PART_WORDS].iter().any(|l| l.contains(&t.as_str())))
            };
            let mut start = 0;
            let cuts = r.breaks.iter().copied().filter(|&k| 0 < k && k < r.toks.len());
            for end in cuts.chain(std::iter::once(r.toks.len())) {
                let item = start..end;
                start = end;
                // Its head a form or a material: last in English ("investment gold bars"), first in French (« lingots
                // d'or »); "gold bar moulds" are moulds.
                let head = |i: usize| in_form(i) || material_word(i);
                let in_a_form = item.clone().any(material_word)
                    && item.clone().any(in_form)
                    && (item.clone().last().is_some_and(head) || item.clone().next().is_some_and(in_form))
                    && !item.clone().any(|i| other_good(i) || machine(i));
                if !in_a_form {
                    continue;
                }
                for m in self.materials.iter().filter(|m| item.clone().any(|i| counts(m, i))) {
                    for g in m.goods.iter().map(String::as_str) {
                        if !forms_apart.contains(&g) {
                            forms_apart.push(g);
                        }
                    }
                }
                for s in r.spans.iter().filter(|s| item.contains(&s.start) && self.material_goods.contains(s.good)) {
                    if !forms_apart.contains(&s.good) {
                        forms_apart.push(s.good);
                    }
                }
            }
        }
        // From 2022.13 (`unlisted_goods`) words that name a good no ILAB list carries are read.
        let unlisted = !self.unlisted_phrases.is_empty()
            && r.head.clone().any(unlisted_at)
            && r.head.clone().all(|i| {
                unlisted_at(i)
                    || filler(i)
                    || ore(i)
                    || self.is_form_word(r.toks.get(i))
                    || self.materials.iter().any(|m| covers(m, i))
                    || span_at(i).is_some_and(|s| self.material_goods.contains(s.good))
            });
        SiteGoods {
            named,
            own,
            materials,
            material_alone,
            unnamed_product,
            form_goods,
            form_brought_in,
            form_named,
            forms_apart,
            unlisted,
        }
    }

    /// The items of a list of goods words, as the supplier wrote them: the text cut at each list mark ([`split_items`]:
    /// "cobalt sulfate, nickel sulfate", a line break, a spaced dash) and each coordinating word ("refined lead and
    /// tin", « sels de nickel et de cobalt »), each item trimmed, items with no letter or digit left out. « or » first
    /// in its item is gold (« cuivre et or »), save after "and/" ("and/or" is one coordinating word); any other
    /// coordinating word first in its item is left out (", and gold"). One item (the text itself) where the text is an
    /// ILAB good's own name read whole ("Beans (green, soy, yellow)") or holds no list; the items of
    /// [`GoodsForms::raw_material_items_read_alone`].
    pub fn list_items<'s>(&self, text: &'s str) -> Vec<&'s str> {
        if self.ilab_names_read_whole && self.ilab_name(text).is_some() {
            return vec![text];
        }
        // From 2022.18 (`list_words`) the model's own list words too ("plus", "with", « avec »).
        let coordinating = |w: &str| {
            let w = w.to_lowercase();
            COORDINATING_WORDS.contains(&w.as_str()) || self.goods_forms.list_words.contains(&tokens(&w).join(" "))
        };
        let mut items = Vec::new();
        // Whether the piece before ended on a coordinating word ("and/" of "and/or", "et/" of « et/ou »).
        let mut after_coordinating = false;
        for piece in split_items(text) {
            let mut start = 0;
            // Whether no word of the item has been met yet.
            let mut leading = true;
            let mut last_coordinating = false;
            for (at, word) in piece.split_whitespace().map(|w| (w.as_ptr() as usize - piece.as_ptr() as usize, w)) {
                last_coordinating = coordinating(word);
                if leading && last_coordinating {
                    // « or » first in its item is gold (« cuivre et or », « cuivre, or »), unless it ends "and/or";
                    // any other coordinating word first joins nothing (", and gold") and is left out.
                    let and_or = after_coordinating && at == piece.len() - piece.trim_start().len();
                    if word.eq_ignore_ascii_case("or") && !and_or {
                        leading = false;
                        last_coordinating = false;
                    } else {
                        start = at + word.len();
                    }
                    continue;
                }
                leading = false;
                if last_coordinating {
                    items.push(piece.get(start..at).unwrap_or_default());
                    start = at + word.len();
                    leading = true;
                }
            }
            items.push(piece.get(start..).unwrap_or_default());
            after_coordinating = last_coordinating;
        }
        let items: Vec<&str> =
            items.into_iter().map(str::trim).filter(|i| i.chars().any(char::is_alphanumeric)).collect();
        if items.len() < 2 { vec![text] } else { items }
    }

    /// A goods text without its material words ([`Material`]): "ceramic garden gnomes" is "garden gnomes", "gnomes de
    /// jardin en céramique" "gnomes de jardin", "garden gnomes - ceramic" "garden gnomes" — the words the model reads
    /// nothing of where a material qualifies a head it has no good for. Joining words and marks left at either end go
    /// with them; a text of material words only, or of none, is itself.
    ///
    /// From 2022.7 ([`GoodsReading::unread_names_material`]) a material word joined to its joining word ("d'acier")
    /// is a material word too, and the marks left at the end go ("bolts, steel" is "bolts").
    pub fn without_materials(&self, text: &str) -> String {
        let filler = |c: &str| tokens(c).iter().all(|t| JOINING_WORDS.contains(&t.as_str()));
        let chunks: Vec<&str> = text.split_whitespace().collect();
        let kept: Vec<&str> = chunks.iter().copied().filter(|c| !self.is_material_chunk(c)).collect();
        if kept.len() == chunks.len() {
            return text.to_string();
        }
        let start = kept.iter().position(|c| !filler(c));
        let end = kept.iter().rposition(|c| !filler(c));
        let out = match (start, end) {
            (Some(s), Some(e)) => kept.get(s..=e).map_or_else(|| text.to_string(), |k| k.join(" ")),
            _ => return text.to_string(),
        };
        if self.goods_reading.unread_names_material {
            out.trim_end_matches([',', ';', ':', '-', '(', '[', ' ']).to_string()
        } else {
            out
        }
    }

    /// Whether a word of a text, as written between spaces, is a material's ([`Material`]): its words all a
    /// material's; from 2022.7 ([`GoodsReading::unread_names_material`]) joining words aside ("d'acier").
    fn is_material_chunk(&self, chunk: &str) -> bool {
        let toks = tokens(chunk);
        let joined = self.goods_reading.unread_names_material;
        let at: Vec<usize> = (0..toks.len())
            .filter(|&i| !joined || toks.get(i).is_none_or(|t| !JOINING_WORDS.contains(&t.as_str())))
            .collect();
        !at.is_empty() && at.iter().all(|&i| self.materials.iter().any(|m| covers(m, &toks, i)))
    }

    /// The material words of a goods text as written, joined by a space ("stainless steel" of "stainless steel
    /// screws", "acier" of "boulons d'acier"), or `None` when it names no material: what the fallback for goods the
    /// model cannot read names them made of ([`GoodsReading::unread_names_material`], 2022.7).
    pub fn material_words(&self, text: &str) -> Option<String> {
        let words: Vec<&str> = text
            .split_whitespace()
            .filter(|c| self.is_material_chunk(c))
            .map(|c| {
                let word = c.rsplit(['\'', '\u{2019}']).next().unwrap_or(c);
                word.trim_matches(|ch: char| !ch.is_alphanumeric())
            })
            .filter(|w| !w.is_empty())
            .collect();
        (!words.is_empty()).then(|| words.join(" "))
    }

    /// A text without its packaging and measure words ([`GoodsReading::packaging_words`],
    /// [`GoodsReading::measure_units`]): "tomato paste - 200g tins" is "tomato paste -", "rouleaux de fil barbelé"
    /// "de fil barbelé". The marks of a word left out stay (a comma still ends its part). Any other text is itself.
    fn without_packaging<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        use std::borrow::Cow;
        let g = &self.goods_reading;
        if g.packaging_words.is_empty() && g.measure_units.is_empty() {
            return Cow::Borrowed(text);
        }
        let chunks: Vec<&str> = text.split_whitespace().collect();
        let folded: Vec<String> = chunks.iter().map(|c| crate::domain::text::fold_words(c)).collect();
        let unit = |w: &str| g.measure_units.iter().any(|u| u == w);
        // A number, alone or with a unit joined to it ("200g", "2,5kg" folds to "2 5kg").
        let number = |w: &str| {
            let digits = w.trim_start_matches(|c: char| c.is_ascii_digit());
            digits.len() < w.len() && (digits.is_empty() || unit(digits))
        };
        let packaging = |w: &str| g.packaging_words.iter().any(|p| p == w);
        let mut measure = vec![false; chunks.len()];
        let mut after_number = false;
        for (k, f) in folded.iter().enumerate() {
            let words: Vec<&str> = f.split(' ').filter(|w| !w.is_empty()).collect();
            let is = !words.is_empty()
                && words.iter().enumerate().all(|(n, w)| number(w) || (n > 0 || after_number) && unit(w));
            if let Some(m) = measure.get_mut(k) {
                *m = is;
            }
            if !words.is_empty() {
                after_number = is;
            }
        }
        // The parts a qualifier mark ends: a packaging word alone in its part (with measures) is left out too.
        let ends_part =
            |c: &str| c.ends_with([',', ';', ':', ')', ']']) || matches!(c, "-" | "\u{2013}" | "\u{2014}" | "/");
        let starts_part = |c: &str| c.starts_with(['(', '[']);
        let mut part_of = Vec::with_capacity(chunks.len());
        let mut part = 0usize;
        for c in &chunks {
            if starts_part(c) {
                part += 1;
            }
            part_of.push(part);
            if ends_part(c) {
                part += 1;
            }
        }
        // A joining word written apart ("of", "de"): "boîtes d'acier" are steel boxes, not packed steel.
        // From 2022.8 (`head_noun_places`) a word of purpose after it ("boîtes à gants", "sacs pour ordinateur",
        // "bags for laptops") keeps the packaging word: it is what the goods are, not what holds them.
        let purpose =
            |k: usize| g.head_noun_places && folded.get(k).is_some_and(|f| PURPOSE_WORDS.contains(&f.as_str()));
        let joining = |k: usize| folded.get(k).is_some_and(|f| JOINING_WORDS.contains(&f.as_str())) && !purpose(k);
        let mut drop = measure.clone();
        for k in 0..chunks.len() {
            let Some(f) = folded.get(k) else { continue };
            if !packaging(f) {
                continue;
            }
            let after_measure = k.checked_sub(1).is_some_and(|p| measure.get(p).copied().unwrap_or(false));
            let alone = (0..chunks.len()).filter(|&j| part_of.get(j) == part_of.get(k)).all(|j| {
                folded.get(j).is_some_and(|f| f.is_empty() || packaging(f)) || measure.get(j).copied().unwrap_or(false)
            });
            let before_joining = joining(k + 1) && part_of.get(k + 1) == part_of.get(k);
            // From 2022.11 (`bulk_packaging_words`) a word of bulk packing after another word is none ("cotton bales").
            let bulk = self.own_listing.bulk_packaging_words.iter().any(|b| b == f)
                && folded.iter().take(k).any(|w| w.chars().any(char::is_alphabetic));
            if after_measure || before_joining || alone || bulk {
                // "rouleaux de fil barbelé": the packaging and its joining word ("de") both go.
                for j in [Some(k), before_joining.then_some(k + 1)].into_iter().flatten() {
                    if let Some(d) = drop.get_mut(j) {
                        *d = true;
                    }
                }
            }
        }
        if !drop.iter().any(|d| *d) {
            return Cow::Borrowed(text);
        }
        let kept: Vec<String> = chunks
            .iter()
            .zip(&drop)
            .map(|(c, d)| if *d { c.chars().filter(|ch| !ch.is_alphanumeric()).collect() } else { c.to_string() })
            .filter(|c: &String| !c.is_empty())
            .collect();
        Cow::Owned(kept.join(" "))
    }

    /// The reading of a text's goods words ([`Reading`]).
    fn read(&self, text: &str) -> Reading<'_> {
        let original = text;
        // From 2022.12 (`ilab_names_read_whole`) an ILAB good's own name with brackets reads as that good, its
        // brackets no catalogue's list ("Beans (green, soy, yellow)" is that good, not green beans).
        let whole = self.ilab_names_read_whole.then(|| self.ilab_name(text)).flatten();
        let (spelled, accented, joined);
        let text = match whole {
            Some(good) => std::borrow::Cow::Owned(tokens(good).join(" ")),
            None => {
                spelled = self.with_plural_head_first(self.with_spelling(text));
                accented = self.with_accented_names(&spelled);
                joined = self.with_joined_materials(&accented);
                self.without_packaging(&joined)
            }
        };
        let text = self.uninverted(&text);
        let (mut toks, mut breaks) = tokens_and_marks(&text);
        if self.goods_forms.french_gold {
            french_gold(&mut toks);
        }
        let spans = self.spans(&toks);
        let inside = |i: usize| spans.iter().any(|s| (s.start..s.end).contains(&i));
        for (i, t) in toks.iter().enumerate() {
            if COORDINATING_WORDS.contains(&t.as_str()) && !inside(i) {
                breaks.extend([i, i + 1]);
            }
        }
        breaks.sort_unstable();
        breaks.dedup();
        let ranges = parts(&toks, &spans);
        let mut names = vec![false; ranges.len()];
        let mut next = false;
        for (k, p) in ranges.iter().enumerate().rev() {
            next = match part_names(&toks, &spans, p, &self.device_goods) {
                PartNames::Goods => true,
                PartNames::NoGoods => false,
                PartNames::AsNext => next,
            };
            if let Some(n) = names.get_mut(k) {
                *n = next;
            }
        }
        let parts = ranges.into_iter().zip(names).collect();
        let head = head(&toks, &spans, self.goods_forms.grade_last_qualifies && grade_closes(original));
        let accessory =
            head.end.checked_sub(1).filter(|&l| l >= head.start && !inside(l)).is_some_and(|l| {
                toks.get(l).is_some_and(|t| self.goods_reading.accessory_words.iter().any(|a| a == t))
            });
        Reading { toks, spans, parts, head, breaks, accessory }
    }

    /// The ILAB good whose own name, brackets included, the text is (case and spaces aside): `None` for any other
    /// text, and for a name without brackets (read as any words are).
    fn ilab_name(&self, text: &str) -> Option<&str> {
        if !text.contains('(') {
            return None;
        }
        let folded = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
        let text = folded(text);
        self.by_good.keys().find(|g| g.contains('(') && folded(g) == text).map(String::as_str)
    }

    /// A text with each word one letter off a finished good's name ([`Tables::misspellings`]) written as that name
    /// ("nitrile glovs" as "nitrile gloves", « chausures » as « chaussures »; 2022.13,
    /// [`GoodsWords::one_letter_off_finished_goods`]). Any other text is itself.
    fn with_spelling<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        use std::borrow::Cow;
        if self.misspellings.is_empty() {
            return Cow::Borrowed(text);
        }
        let spelled = crate::domain::text::replace_words(text, |word| {
            self.misspellings.get(&fold_words(word)).map(|name| Cow::Borrowed(name.as_str()))
        });
        spelled.map_or(Cow::Borrowed(text), Cow::Owned)
    }

    /// A text whose last finished good's one-word name written in the plural is followed, to the end of the text, by
    /// words of materials alone (their last word a material's) with the catalogue's comma after that name: "gloves
    /// nitrile" as "gloves, nitrile", read as "nitrile gloves" ([`GoodsWords::plural_head_before_materials`],
    /// 2022.14). A text with a comma or a list mark, a singular name ("glove latex") and any other text are themselves.
    fn with_plural_head_first<'t>(&self, text: std::borrow::Cow<'t, str>) -> std::borrow::Cow<'t, str> {
        use std::borrow::Cow;
        if self.finished_words.is_empty() || text.contains(',') || text.contains(LIST_MARKS) {
            return text;
        }
        let words: Vec<&str> = text.split_whitespace().collect();
        let plural_finished = |w: &&str| {
            let folded = fold_words(w);
            let one = singular(&folded);
            !folded.contains(' ') && one != folded && self.finished_words.contains(&one)
        };
        let Some(k) = words.iter().rposition(plural_finished) else { return text };
        let Some(rest) = words.get(k + 1..).filter(|r| !r.is_empty()) else { return text };
        let toks = tokens(&rest.join(" "));
        let spans = self.spans(&toks);
        let last = toks.len().saturating_sub(1);
        let ends_on_material =
            spans.iter().any(|s| (s.start..s.end).contains(&last) && self.material_goods.contains(s.good));
        if !ends_on_material || spans.iter().any(|s| !self.material_goods.contains(s.good)) {
            return text;
        }
        let (head, rest) = (words.get(..=k).unwrap_or_default().join(" "), rest.join(" "));
        Cow::Owned(format!("{head}, {rest}"))
    }

    /// The one-word names of finished goods (`finished_goods`), folded and singular, in English and French
    /// ([`GoodsWords::plural_head_before_materials`]). Read once, when the model loads.
    fn finished_words(&self) -> HashSet<String> {
        self.phrases
            .iter()
            .filter(|(phrase, good)| phrase.len() == 1 && self.finished_goods.contains(good))
            .filter_map(|(phrase, _)| phrase.first().cloned())
            .collect()
    }

    /// Every word one letter off a finished good's name of one word, folded, with that name as written
    /// ([`GoodsWords::one_letter_off_finished_goods`]): the name's singular and its plural with an `s`, of
    /// [`GoodsWords::min_letters`] letters at least, each with a letter left out, a letter too many or two
    /// neighbouring letters swapped. A word the model reads already ([`Tables::known_words`]), a word of
    /// [`GoodsWords::other_words`] and a word one letter off two names are left out. Read once, when the model
    /// loads.
    fn misspellings(&self) -> HashMap<String, String> {
        let known = self.known_words();
        let min = self.goods_words.min_letters;
        let mut names: Vec<(String, &str)> = Vec::new();
        for (phrase, good) in &self.phrases {
            let [word] = phrase.as_slice() else { continue };
            if !self.finished_goods.contains(good) || !word.chars().all(|c| c.is_ascii_lowercase()) {
                continue;
            }
            for name in [word.clone(), format!("{word}s")] {
                if name.len() >= min && !names.iter().any(|(n, _)| *n == name) {
                    names.push((name, word));
                }
            }
        }
        let mut out: HashMap<String, String> = HashMap::new();
        let mut twice: HashSet<String> = HashSet::new();
        for (name, word) in &names {
            for off in one_letter_off(name) {
                let other = known.contains(&off)
                    || known.contains(&singular(&off))
                    || self.goods_words.other_words.contains(&off)
                    || off.len() < 4;
                if other || twice.contains(&off) {
                    continue;
                }
                match out.get(&off) {
                    Some(n) if tokens(n).first().map(String::as_str) != Some(*word) => {
                        out.remove(&off);
                        twice.insert(off);
                    }
                    Some(_) => {}
                    None => {
                        out.insert(off, name.clone());
                    }
                }
            }
        }
        out
    }

    /// Every word the model reads, folded and singular: the words of goods' phrases, materials and category keywords,
    /// the words of its reading lists and the joining, common, grade, machine and part words.
    pub(super) fn known_words(&self) -> HashSet<String> {
        let mut out: HashSet<String> = HashSet::new();
        out.extend(self.phrases.iter().flat_map(|(p, _)| p.iter().cloned()));
        out.extend(self.materials.iter().flat_map(|m| m.folded.iter().flatten().cloned()));
        out.extend(self.categories.iter().flat_map(|c| c.keywords.iter().flat_map(|k| tokens(k))));
        out.extend(self.goods_families.iter().flat_map(|f| f.folded.iter().flatten().cloned()));
        let g = &self.goods_reading;
        for list in [&g.packaging_words, &g.measure_units, &g.form_words, &g.accessory_words, &g.qualifier_keywords] {
            out.extend(list.iter().flat_map(|w| tokens(w)));
        }
        out.extend(self.own_listing.bulk_packaging_words.iter().flat_map(|w| tokens(w)));
        for list in [
            JOINING_WORDS,
            COMMON_WORDS,
            GRADE_WORDS,
            MACHINE_WORDS,
            PART_WORDS,
            COORDINATING_WORDS,
            PURPOSE_WORDS,
            WIRE_WORDS,
        ] {
            out.extend(list.iter().map(|w| (*w).to_string()));
        }
        out
    }

    /// A text with each good's French name of [`Tables::accented_names`] (« thé », « maïs », their plurals with an
    /// `s`, any case), written as a word of its own, in the good's ILAB name's place ("Tea", "Corn"): the accents tell
    /// the name from the common word it folds into (2022.12, [`GoodsForms::accented_french_names`]). Any other text is
    /// itself.
    fn with_accented_names<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        use std::borrow::Cow;
        if self.accented_names.is_empty() || text.is_ascii() {
            return Cow::Borrowed(text);
        }
        let named = crate::domain::text::replace_words(text, |word| {
            let lower = word.to_lowercase();
            let bare = lower.strip_suffix('s').unwrap_or(&lower);
            let found = self.accented_names.iter().find(|(name, _)| *name == lower || name == bare);
            found.map(|(_, good)| Cow::Borrowed(good.as_str()))
        });
        named.map_or(Cow::Borrowed(text), Cow::Owned)
    }

    /// A text with the marks that join two material words ([`JOINING_MARKS`] between words of [`Material`]s:
    /// "polyester/cotton", "coton/polyester", "cotton & polyester", "cotton - polyester") written as a space, and a
    /// blend's ratio before a material word ("50/50 cotton poly", "65/35 polyester cotton") left out, so that the
    /// materials qualify one compound (2022.12, [`GoodsForms::joined_materials`]). A mark with a word on either side
    /// that names no material ("Thread/Yarn", "Leather Goods/Accessories", "gloves/boots") stays. Any other text is
    /// itself.
    fn with_joined_materials<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        use std::borrow::Cow;
        if !self.goods_forms.joined_materials || !text.contains(JOINING_MARKS) {
            return Cow::Borrowed(text);
        }
        let chars: Vec<char> = text.chars().collect();
        let is_word = |c: &char| c.is_alphanumeric();
        // The word that ends before `at` (spaces skipped) and the one that starts after it, as (start, end) in chars.
        let word_before = |at: usize| {
            let end = (0..at).rev().find(|&i| chars.get(i).is_some_and(|c| !c.is_whitespace()))? + 1;
            let start = (0..end).rev().find(|&i| chars.get(i).is_some_and(|c| !is_word(c))).map_or(0, |i| i + 1);
            (start < end).then_some((start, end))
        };
        let word_after = |at: usize| {
            let start = (at + 1..chars.len()).find(|&i| chars.get(i).is_some_and(|c| !c.is_whitespace()))?;
            let end = (start..chars.len()).find(|&i| chars.get(i).is_some_and(|c| !is_word(c))).unwrap_or(chars.len());
            (start < end).then_some((start, end))
        };
        let text_of = |(start, end): (usize, usize)| chars.get(start..end).map(|w| w.iter().collect::<String>());
        let material = |w: Option<String>| {
            w.is_some_and(|w| {
                let toks = tokens(&w);
                (0..toks.len()).any(|i| self.materials.iter().any(|m| covers(m, &toks, i)))
            })
        };
        let number = |w: &Option<String>| w.as_ref().is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()));
        // What each char becomes: kept, a space, or left out.
        let mut space = vec![false; chars.len()];
        let mut gone = vec![false; chars.len()];
        for (at, c) in chars.iter().enumerate() {
            if !JOINING_MARKS.contains(c) {
                continue;
            }
            let (Some(before), Some(after)) = (word_before(at), word_after(at)) else { continue };
            let (left, right) = (text_of(before), text_of(after));
            if number(&left) && number(&right) {
                // A ratio ("50/50") before a material word is the blend's measure.
                if material(word_after(after.1).and_then(text_of)) {
                    gone.iter_mut().take(after.1).skip(before.0).for_each(|g| *g = true);
                }
            } else if material(left) && material(right) {
                space.iter_mut().take(after.0).skip(before.1).for_each(|s| *s = true);
            }
        }
        if !space.iter().chain(&gone).any(|x| *x) {
            return Cow::Borrowed(text);
        }
        let mut out = String::with_capacity(text.len());
        let mut spaced = false;
        for (i, c) in chars.iter().enumerate() {
            if gone.get(i).copied().unwrap_or(false) {
                continue;
            }
            if space.get(i).copied().unwrap_or(false) {
                if !spaced {
                    out.push(' ');
                    spaced = true;
                }
                continue;
            }
            spaced = false;
            out.push(*c);
        }
        Cow::Owned(out.trim().to_string())
    }

    /// A catalogue's inverted name as it is written in running text ([`GoodsReading::catalogue_inversion`]): "gloves,
    /// nitrile, powder-free" as "powder-free nitrile gloves" (English puts the qualifiers before the head, the last
    /// after the comma first), "gants, latex" as "gants latex" (French after it, when a good's French name is among
    /// the words). Brackets inside the qualifiers qualify too and are dropped. Any other text is itself.
    fn uninverted<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        use std::borrow::Cow;
        if !self.goods_reading.catalogue_inversion {
            return Cow::Borrowed(text);
        }
        // A qualifier after a spaced dash or a colon ("gloves - nitrile", "footwear: leather", "tomato paste - 200g
        // tins") or in brackets after the goods ("gloves (nitrile)") is the catalogue's comma: it qualifies the goods
        // before it, it never replaces them.
        match catalogue_commas(text) {
            Some(t) => Cow::Owned(self.uninverted_commas(&t).into_owned()),
            None => self.uninverted_commas(text),
        }
    }

    /// [`Self::uninverted`] of a text whose qualifiers follow commas.
    fn uninverted_commas<'t>(&self, text: &'t str) -> std::borrow::Cow<'t, str> {
        use std::borrow::Cow;
        if !text.contains(',') {
            return Cow::Borrowed(text);
        }
        let mut segments = text.split(',').map(str::trim).filter(|s| !s.is_empty());
        let Some(head) = segments.next() else { return Cow::Borrowed(text) };
        let qualifiers: Vec<&str> = segments.collect();
        let keyword_in = |toks: &[String]| {
            self.categories.iter().flat_map(|c| &c.keywords).any(|k| {
                let k = tokens(k);
                !k.is_empty() && toks.windows(k.len()).any(|w| w == k.as_slice())
            })
        };
        let only_materials = |seg: &str| {
            let toks = tokens(seg);
            let spans = self.spans(&toks);
            !keyword_in(&toks) && spans.iter().all(|s| self.material_goods.contains(s.good))
        };
        let head_toks = tokens(head);
        let head_spans = self.spans(&head_toks);
        let head_materials_only = !head_spans.is_empty() && only_materials(head);
        // A head that names nothing the model reads takes one qualifier of any kind ("paste, tomato").
        let head_names_nothing = head_spans.is_empty() && !keyword_in(&head_toks);
        // From 2022.7 (`qualifier_in_any_order`) a category's word alone, naming no good and no material, qualifies a
        // head that names a good none of its categories makes ("glass, solar" is "solar glass"); beside one they make,
        // or a good of its own, it is an item of a list ("gloves, boots").
        let category_word = |seg: &str| {
            let toks = tokens(seg);
            self.goods_reading.qualifier_in_any_order
                && self.spans(&toks).is_empty()
                && !(0..toks.len()).any(|i| self.materials.iter().any(|m| covers(m, &toks, i)))
                && self.categories.iter().any(|c| {
                    let holds = c.keywords.iter().any(|k| {
                        let k = tokens(k);
                        !k.is_empty() && toks.windows(k.len()).any(|w| w == k.as_slice())
                    });
                    holds && !c.own_goods.iter().any(|g| head_spans.iter().any(|s| s.good == g))
                })
        };
        let qualify = qualifiers.iter().all(|q| only_materials(q))
            || head_names_nothing && qualifiers.len() == 1
            || !head_spans.is_empty() && qualifiers.iter().all(|q| only_materials(q) || category_word(q));
        if qualifiers.is_empty() || head_materials_only || !qualify {
            return Cow::Borrowed(text);
        }
        // A qualifier that names no material, beside a product the model has no good for ("garden gnomes - ceramic"),
        // does not say what the goods are: they stay unread, as the head alone (2022.5). One whose good's phrase takes
        // the head in ("paste, tomato": tomato paste) names the goods.
        if self.goods_reading.qualifier_without_material_unread
            && head_names_nothing
            && !qualifiers.iter().all(|q| only_materials(q))
        {
            let joined = format!("{} {head}", qualifiers.iter().rev().copied().collect::<Vec<_>>().join(" "));
            let toks = tokens(&joined);
            let last = toks.len().checked_sub(1);
            let head_named = last.is_some_and(|l| self.spans(&toks).iter().any(|s| (s.start..s.end).contains(&l)));
            if !head_named {
                return Cow::Owned(head.to_string());
            }
        }
        let french = std::iter::once(head).chain(qualifiers.iter().copied()).any(|seg| {
            let toks = tokens(seg);
            self.spans(&toks).iter().any(|s| toks.get(s.start..s.end).is_some_and(|p| self.french_phrases.contains(p)))
        });
        let bare = |q: &&str| q.chars().filter(|c| !matches!(c, '(' | ')' | '[' | ']')).collect::<String>();
        let mut words: Vec<String> = Vec::with_capacity(qualifiers.len() + 1);
        if french {
            words.push(head.to_string());
            words.extend(qualifiers.iter().map(bare));
        } else {
            words.extend(qualifiers.iter().rev().map(bare));
            words.push(head.to_string());
        }
        Cow::Owned(words.join(" "))
    }

    /// The phrases of ILAB goods found in words, longest first, each word in one phrase at most. The French `fil`
    /// before a word of wire ([`WIRE_WORDS`]: "fil électrique") is wire, no ILAB good: it is in no phrase.
    fn spans<'a>(&'a self, toks: &[String]) -> Vec<Span<'a>> {
        let mut used = vec![false; toks.len()];
        for i in 0..toks.len() {
            if toks.get(i).is_none_or(|t| t != "fil") {
                continue;
            }
            let wire = |k: usize| toks.get(k).is_some_and(|w| WIRE_WORDS.contains(&w.as_str()));
            // "fil électrique", and "fil de cuivre", "fil en aluminium" unless a phrase of the model names the
            // whole ("fil d'acier" is Iron's).
            let joined = toks.get(i + 1).is_some_and(|j| matches!(j.as_str(), "de" | "d" | "en"))
                && wire(i + 2)
                && !self.phrases.iter().any(|(p, _)| p.len() > 2 && toks.get(i..i + p.len()) == Some(p.as_slice()));
            if (wire(i + 1) || joined)
                && let Some(u) = used.get_mut(i)
            {
                *u = true;
            }
        }
        let mut out = Vec::new();
        for (phrase, good) in &self.phrases {
            if phrase.len() > toks.len() {
                continue;
            }
            for start in 0..=toks.len() - phrase.len() {
                let end = start + phrase.len();
                let free = used.get(start..end).is_some_and(|u| u.iter().all(|x| !x));
                if free && toks.get(start..end) == Some(phrase.as_slice()) {
                    used.iter_mut().take(end).skip(start).for_each(|u| *u = true);
                    out.push(Span { start, end, good });
                }
            }
        }
        out
    }

    /// The head noun of a reading's head (`head_at`: its words, the goods words that qualify a compound left out)
    /// when it stands in the phrase of a good that is no material's: the word's place and that phrase. English puts the
    /// head noun last; French first, where a good's French name starts the head and words follow it ("verre solaire").
    fn head_noun_span<'s>(&'s self, r: &Reading<'s>, head_at: &[usize]) -> Option<(usize, Span<'s>)> {
        let span_at = |i: usize| r.spans.iter().find(|s| (s.start..s.end).contains(&i)).copied();
        let (first, last) = (*head_at.first()?, *head_at.last()?);
        let french = |s: &Span<'_>| r.toks.get(s.start..s.end).is_some_and(|p| self.french_phrases.contains(p));
        if let Some(s) = span_at(first)
            && s.end <= last
            && french(&s)
        {
            return Some((first, s));
        }
        // A material last ("chaise bois", "câble cuivre") may be French order, which puts the head noun first: it
        // decides nothing here (materials have their own rule: `is_material_of`, `SiteGoods`).
        span_at(last).filter(|s| !self.material_goods.contains(s.good)).map(|s| (last, s))
    }

    /// The head noun of the list item that holds the word at `at` among a reading's head words (`head_at`), as
    /// [`Self::head_noun_span`] reads it: the item's words between list breaks, the words of form after it left out
    /// ([`GoodsReading::form_words`]: "solar glass sheets" has the head noun "glass"). 2022.7.
    fn item_head_noun<'s>(&'s self, r: &Reading<'s>, head_at: &[usize], at: usize) -> Option<(usize, Span<'s>)> {
        let apart = |a: usize, b: usize| r.breaks.iter().any(|&k| a.min(b) < k && k <= a.max(b));
        let in_span = |i: usize| r.spans.iter().any(|s| (s.start..s.end).contains(&i));
        let mut item: Vec<usize> = head_at.iter().copied().filter(|&i| !apart(i, at)).collect();
        while item.len() > 1 && item.last().is_some_and(|&l| !in_span(l) && self.is_form_word(r.toks.get(l))) {
            item.pop();
        }
        self.head_noun_span(r, &item)
    }

    /// Whether a folded word is one of the model's words of form ([`GoodsReading::form_words`]).
    fn is_form_word(&self, word: Option<&String>) -> bool {
        word.is_some_and(|w| self.goods_reading.form_words.iter().any(|f| f == w))
    }

    /// Whether a keyword of a category names a material of its goods rather than the goods: the keyword is the
    /// phrase of an ILAB good that is not one of the category's own ("nitrile", rubber, for gloves).
    fn is_material_of(&self, keyword: &[String], category: &Category) -> bool {
        self.phrases.iter().any(|(phrase, good)| phrase == keyword && !self.is_category_good(category, good))
    }

    /// Whether an ILAB good is one of a category's own goods; from 2022.11 (`kin_are_category_goods`) a kin of one
    /// of them too (Footwear (sandals), of Footwear).
    fn is_category_good(&self, category: &Category, good: &str) -> bool {
        category.own_goods.iter().any(|g| g == good)
            || self.own_listing.kin_are_category_goods
                && category.own_goods.iter().any(|g| self.kin_of(g).any(|k| k == good))
    }

    /// Whether words with no classification code are placed in a category only by keywords of
    /// [`GoodsSynonyms::generic_keywords`] (2022.10): "pipe fittings" (chains, wire rope and fittings, by "fitting"),
    /// "wall hooks". `false` in a model without such keywords, or where any other keyword of a category is in the words.
    pub fn placed_by_generic_word(&self, classification: Option<&Classification>, words: &str) -> bool {
        if self.generic_keywords.is_empty() || classification.is_some() {
            return false;
        }
        let toks = tokens(words);
        let mut found = false;
        for k in self.categories.iter().flat_map(|c| &c.keywords) {
            let k = tokens(k);
            if !k.is_empty() && toks.windows(k.len()).any(|w| w == k.as_slice()) {
                if !self.generic_keywords.contains(&k) {
                    return false;
                }
                found = true;
            }
        }
        found
    }

    /// The names of `[goods_synonyms]` as (good, English, French) (2022.10; empty before).
    pub fn goods_synonyms_names(&self) -> Vec<(&str, &str, &str)> {
        self.synonym_names.iter().map(|(g, en, fr)| (g.as_str(), en.as_str(), fr.as_str())).collect()
    }

    /// Whether ILAB lists `good` or a good of its kin ([`Self::kin_of`]) in `country`: where a material in a form is
    /// made, not brought in ([`GoodsForms::forms_take_the_listing`]).
    pub fn listed_with_kin(&self, good: &str, country: CountryCode) -> bool {
        std::iter::once(good).chain(self.kin_of(good)).any(|k| self.listings_of(k, country).next().is_some())
    }

    /// The ILAB goods whose listings a good read at a site takes besides its own ([`Tables::kin`], 2022.10).
    pub fn kin_of(&self, good: &str) -> impl Iterator<Item = &str> {
        self.kin.get(good).into_iter().flatten().map(String::as_str)
    }

    /// The listings of a good in a country.
    pub fn listings_of(&self, good: &str, country: CountryCode) -> impl Iterator<Item = &Listing> {
        self.by_good_country
            .get(&(good.to_string(), country))
            .into_iter()
            .flatten()
            .filter_map(|&i| self.listings.get(i))
    }

    /// Whether `country` grows, mines or fishes the good `g` (2022.12, [`Silence::grown_where_kin_listed`]): ILAB lists
    /// it there, or a good of its kin ([`Tables::kin_of`]), or `[[silence.grown_in]]` names the country for it.
    /// Without the key, whether ILAB lists the good itself there (2022.11).
    pub fn grows(&self, g: &str, country: CountryCode) -> bool {
        if self.listings_of(g, country).next().is_some() {
            return true;
        }
        self.grown_where_kin_listed
            && (self.kin_of(g).any(|k| self.listings_of(k, country).next().is_some())
                || self.grown_in.get(g).is_some_and(|c| c.contains(&country)))
    }

    /// Whether words say no goods at all: nothing but filler, measures and their units, packaging, words of the mine and
    /// a grade's words once read ("battery grade", "99.99%", "2 kg", "t" of "5 g/t", "artisanal"), so neither goods nor
    /// goods the model cannot read ([`GoodsForms::grade_last_qualifies`]).
    pub fn names_nothing(&self, text: &str) -> bool {
        let r = self.read(text);
        let filler = |t: &String| {
            [JOINING_WORDS, COMMON_WORDS, GRADE_WORDS].iter().any(|l| l.contains(&t.as_str()))
                || self.goods_forms.list_words.contains(t)
                || self.goods_reading.measure_units.iter().any(|u| u == t)
                || self.goods_forms.ore_words.contains(t)
        };
        r.head.is_empty() && r.parts.len() < 2 || r.toks.iter().all(filler)
    }

    /// Whether ILAB lists a good in the Mining sector somewhere ([`Listing::mined`]): a material dug, not made.
    pub fn is_dug(&self, good: &str) -> bool {
        self.listings_anywhere(good).any(|l| l.mined)
    }

    /// Every listing of a good, anywhere.
    pub fn listings_anywhere(&self, good: &str) -> impl Iterator<Item = &Listing> {
        self.by_good.get(good).into_iter().flatten().filter_map(|&i| self.listings.get(i))
    }

    /// A reference to a line (data files) or an entry (keyed tables) of a source; its names are shared, not
    /// copied, by every factor that cites it.
    pub fn source_ref(&self, key: &str, line: Option<usize>, entry: Option<Arc<str>>) -> Option<SourceRef> {
        // An entry of an indicator whose publication the model names cites that publication.
        let own = entry
            .as_deref()
            .and_then(|e| e.split_once('/'))
            .and_then(|(indicator, _)| self.indicator_editions.get(&(key.to_string(), indicator.to_string())));
        self.source_names.get(key).map(|(dataset, edition, edition_fr)| SourceRef {
            dataset: dataset.clone(),
            edition: own.map_or_else(|| edition.clone(), |(e, _)| e.clone()),
            edition_fr: own.map_or_else(|| edition_fr.clone(), |(_, fr)| fr.clone()),
            line: line.and_then(|l| u32::try_from(l).ok()),
            entry,
            row: None,
        })
    }

    /// The category of goods: by code first (several candidates are told apart by the words; a UNSPSC code no category
    /// takes leaves the goods outside every category), then, for goods without a UNSPSC code, by words.
    ///
    /// Words place goods in a category by the text's head only ([`head`]: "latex for gloves", "glove-grade
    /// latex" and "latex de nitrile" are no gloves), without the goods words that qualify a compound's head ("glove
    /// latex" is no gloves either: [`Reading::compounds`]), and never by a keyword that names a material of the category's
    /// goods ([`Tables::is_material_of`]: "nitrile latex" is rubber, not gloves).
    pub fn classify<'a>(&'a self, classification: Option<&Classification>, words: &str) -> Option<&'a Category> {
        let r = self.read(words);
        // The goods words that qualify a compound's head are no category's ("glove latex" is latex).
        let qualifiers: Vec<std::ops::Range<usize>> = r
            .compounds(&r.head, &self.french_phrases)
            .into_iter()
            .flat_map(|(_, q)| q.into_iter().map(|s| s.start..s.end))
            .collect();
        let head_at: Vec<usize> = r.head.clone().filter(|i| !qualifiers.iter().any(|q| q.contains(i))).collect();
        let head_words: Vec<&str> = head_at.iter().filter_map(|&i| r.toks.get(i).map(String::as_str)).collect();
        // A keyword's words all inside the phrase of a good that is neither one of the category's goods nor one of
        // its inputs name that good ("wire rod" is Iron, no electrical wire).
        let other_good = |c: &Category, from: usize, to: usize| {
            r.spans.iter().any(|s| {
                s.start <= from
                    && to < s.end
                    && !self.is_category_good(c, s.good)
                    && !c.typical_inputs.iter().any(|g| g == s.good)
            })
        };
        // From 2022.6 (`head_noun_decides`) the head noun names the goods: where it is in the phrase of a good, a
        // keyword that leaves it out qualifies that good and places the goods in a category only if the good is one
        // of the category's own ("solar glass" is glass and "photovoltaic wafers" are wafers, no solar equipment;
        // "solar cells" are solar equipment). The head noun is the head's last word in English, its first where a
        // good's French name starts it ("verre solaire").
        let head_noun = self.goods_reading.head_noun_decides.then(|| self.head_noun_span(&r, &head_at)).flatten();
        // From 2022.7 (`qualifier_in_any_order`) the head noun is that of the keyword's item of a list, words of form
        // left out: "solar glass sheets" and "solar glass; aluminium frames" are glass.
        let qualifies_other = |c: &Category, from: usize, to: usize| {
            let noun = if self.goods_reading.qualifier_in_any_order {
                self.item_head_noun(&r, &head_at, from)
            } else {
                head_noun
            };
            noun.is_some_and(|(h, s)| !(from..=to).contains(&h) && !self.is_category_good(c, s.good))
        };
        let in_head = |c: &Category, k: &[String]| {
            (0..head_words.len()).any(|p| {
                head_words.get(p..p + k.len()).is_some_and(|w| w.iter().zip(k).all(|(a, b)| *a == b.as_str()))
                    && !matches!((head_at.get(p), head_at.get(p + k.len() - 1)), (Some(&a), Some(&b)) if other_good(c, a, b) || qualifies_other(c, a, b))
            })
        };
        // A keyword with a joining word ("câble d'acier") is read from the head on, starting in it.
        let joined_at =
            |k: &[String]| r.head.clone().any(|start| r.toks.get(start..start + k.len()).is_some_and(|w| w == k));
        // The length of the longest keyword of a category the words hold: the longest names the goods ("wire rope"
        // is no "rope", "steel cable" no "cable").
        // From 2022.7 (`accessory_words`) a head that names machines or what is used on goods ("shoe polish", "glove
        // machines") places the goods in no category by its words, as it names no goods.
        let head_names_none = r.accessory
            || !self.goods_reading.accessory_words.is_empty() && r.parts.first().is_some_and(|(_, names)| !names);
        // From 2022.8 (`head_noun_places`) among keywords of the same length one that names the goods outranks one
        // that qualifies them, and the one that ends nearer the end of the head outranks the others: the head noun.
        let head_noun_places = self.goods_reading.head_noun_places;
        let rank = |k: &[String]| -> (usize, bool, usize) {
            if !head_noun_places {
                return (k.len(), false, 0);
            }
            let names = !(k.len() == 1 && k.first().is_some_and(|w| self.goods_reading.qualifier_keywords.contains(w)));
            let end = (0..head_words.len())
                .filter(|&p| {
                    head_words.get(p..p + k.len()).is_some_and(|w| w.iter().zip(k).all(|(a, b)| *a == b.as_str()))
                })
                .map(|p| p + k.len())
                .max()
                .unwrap_or(0);
            (k.len(), names, end)
        };
        let by_words = |c: &Category| {
            if head_names_none {
                return None;
            }
            c.keywords
                .iter()
                .map(|k| tokens(k))
                .filter(|k| {
                    !k.is_empty()
                        && !self.is_material_of(k, c)
                        && (in_head(c, k) || k.iter().any(|w| JOINING_WORDS.contains(&w.as_str())) && joined_at(k))
                })
                .map(|k| rank(&k))
                .max()
        };
        // The category whose keyword is longest (from 2022.8, then the head noun's); the first in the model's order
        // among equals.
        let best_of = |cands: &mut dyn Iterator<Item = &'a Category>| {
            let mut best: Option<((usize, bool, usize), &Category)> = None;
            for c in cands {
                if let Some(n) = by_words(c)
                    && best.is_none_or(|(b, _)| n > b)
                {
                    best = Some((n, c));
                }
            }
            best.map(|(_, c)| c)
        };
        // Words that hold no keyword of any category: the category whose own goods hold a good they name.
        let by_good = || {
            if !self.goods_reading.category_by_good {
                return None;
            }
            let goods = self.goods_in(words);
            self.categories.iter().find(|c| goods.iter().any(|g| self.is_category_good(c, g)))
        };
        if let Some(code) = classification {
            let candidates: Vec<&Category> = match code {
                Classification::Unspsc(c) => {
                    let trimmed = c.trim_end_matches("00");
                    let mut best: Vec<(usize, &Category)> = Vec::new();
                    for cat in &self.categories {
                        for p in &cat.unspsc {
                            if c.starts_with(p.as_str()) {
                                best.push((p.len(), cat));
                            } else if p.starts_with(trimmed) {
                                // A code at a higher level (trailing zeros) matches every category below it alike:
                                // the class 42130000 holds gloves and gowns, which the words tell apart.
                                best.push((trimmed.len(), cat));
                            }
                        }
                    }
                    best.sort_by_key(|b| std::cmp::Reverse(b.0));
                    let top = best.first().map(|b| b.0);
                    best.into_iter().filter(|b| Some(b.0) == top).map(|b| b.1).collect()
                }
                Classification::Gsin(c) => {
                    // `N` and four digits; a code shorter than that (or not ASCII) is compared whole.
                    let base = c.get(..5).unwrap_or(c);
                    self.categories.iter().filter(|cat| cat.gsin.iter().any(|g| g == base)).collect()
                }
            };
            if let Some(c) = best_of(&mut candidates.iter().copied()) {
                return Some(c);
            }
            if let Some(c) = candidates.first() {
                return Some(c);
            }
            // A UNSPSC code names the goods' family and class: a code no category takes (13101600, rubber latex)
            // is not put in a category by a word it shares with one ("nitrile" gloves).
            if matches!(code, Classification::Unspsc(_)) {
                return None;
            }
        }
        best_of(&mut self.categories.iter()).or_else(by_good)
    }

    /// The points of an ILAB advancement level (the key it starts with: "Minimal Advancement – Efforts Made but …"
    /// takes the points of "Minimal Advancement"); `None` for a level the model does not weigh.
    pub fn advancement_points(&self, level: &str) -> Option<f64> {
        self.advancement_points.iter().find(|(k, _)| level.starts_with(k.as_str())).map(|(_, v)| *v)
    }

    /// The ILO–UNICEF child-labour estimate that stands in for a country's own figure: its SDG region's, or the
    /// world's when the region has none (Oceania, Australia and New Zealand) or the country has no region.
    pub fn regional_child_estimate(&self, country: CountryCode) -> RegionalEstimate {
        country
            .sdg_region()
            .and_then(|r| self.child_share.get(r).map(|&share| RegionalEstimate { region: Some(r), share }))
            .unwrap_or(RegionalEstimate { region: None, share: self.world_child_share })
    }

    /// The income group and its ILO–UNICEF child-labour share (0–1) a country ILAB does not assess takes in place of
    /// the `No Assessment` points and its region's estimate: its World Bank group, when `model.toml` names the group
    /// in `unassessed_income_groups` (2022.3: high-income countries, which ILAB's findings do not cover by mandate —
    /// its reports cover the countries eligible for US trade preferences, and high-income countries are not). `None`
    /// for any other country, and in models before 2022.3. The caller asks only for a country ILAB gives no level.
    pub fn income_estimate(&self, country: CountryCode) -> Option<IncomeEstimate<'_>> {
        let (group, line) = self.income_groups.get(&country)?;
        if !self.unassessed_income_groups.contains(group) {
            return None;
        }
        let share = *self.child_share_income.get(group)?;
        Some(IncomeEstimate { group, share, line: *line })
    }

    /// Whether ILAB gives the country no advancement level: its row in `ilab_countries.csv` is empty (China,
    /// Malaysia, Vietnam …) or absent (Canada, Singapore, Qatar …) — one rule, "not assessed by ILAB". What the model
    /// knows of the country is only a fallback, so a site there does not establish the origin of a good it makes.
    pub fn unassessed(&self, country: CountryCode) -> bool {
        self.countries.get(&country).is_none_or(|d| d.advancement.is_none())
    }

    /// Whether a site in the country establishes the origin of a good it makes from something: ILAB assesses the
    /// country, or its World Bank income group is one of `origin_income_groups` (2022.4: high-income countries,
    /// outside ILAB's mandate, whose context the model takes from their group's estimate).
    pub fn establishes_origin(&self, country: CountryCode) -> bool {
        !self.unassessed(country)
            || self.income_groups.get(&country).is_some_and(|(g, _)| self.origin_income_groups.contains(g))
    }

    /// The number of ILAB listings of a kind in a country (0 for a country with none).
    /// The riskiest listing of a kind in a country (2022.9, `unread_goods_take_worst_reading`): the one whose goods,
    /// read, score the most there with nothing disclosed — its weight (a listed good, `listed_good`; a derived one,
    /// `derived_good`) and the heaviest floor of its goods' typical inputs undisclosed ([`Tables::reading_input`]),
    /// the first in ILAB's list among equals. `None` where ILAB lists nothing of the kind there, or the key is off.
    pub fn riskiest_listing(&self, country: CountryCode, kind: RiskKind) -> Option<&Listing> {
        let [forced, child] = self.riskiest_in_country.get(&country).copied()?;
        let i = match kind {
            RiskKind::ForcedLabour => forced,
            RiskKind::ChildLabour => child,
        }?;
        self.listings.get(i)
    }

    /// The weight of a listing in a site's score: a listed good's, or a derived good's.
    pub fn listing_weight(&self, l: &Listing) -> f64 {
        if l.derived_from.is_some() { self.weights.derived_good } else { self.weights.listed_good }
    }

    /// The riskiest listing of each kind in every country ILAB lists goods for ([`Tables::riskiest_listing`]).
    fn riskiest_listings(&self) -> HashMap<CountryCode, [Option<usize>; 2]> {
        let mut out: HashMap<CountryCode, [Option<(usize, f64)>; 2]> = HashMap::new();
        for (i, l) in self.listings.iter().enumerate() {
            for (k, kind) in [RiskKind::ForcedLabour, RiskKind::ChildLabour].into_iter().enumerate() {
                if !l.is(kind) {
                    continue;
                }
                let points = self.listing_weight(l) + self.reading_input(l, kind);
                let slots = out.entry(l.country).or_default();
                if let Some(slot) = slots.get_mut(k)
                    && slot.is_none_or(|(_, best)| points > best)
                {
                    *slot = Some((i, points));
                }
            }
        }
        out.into_iter().map(|(c, [f, ch])| (c, [f.map(|(i, _)| i), ch.map(|(i, _)| i)])).collect()
    }

    /// The heaviest floor a site making the listing's good in its country takes from the good's typical inputs (those
    /// of each category whose own good it is, and the input of a derived good) when it discloses none of them: an
    /// input listed in the country itself weighs `local_input`; one listed elsewhere an undisclosed typical input,
    /// presumed from the worst country where it is listed where the model presumes so. The input a derived listing
    /// names counts in the listing, not again. 0 where the good has no typical input listed for the kind.
    pub fn reading_input(&self, l: &Listing, kind: RiskKind) -> f64 {
        let w = &self.weights;
        let derived_input = l.derived_from.as_ref().map(|(input, _)| input.as_str());
        let inputs = self
            .categories
            .iter()
            .filter(|c| c.own_goods.contains(&l.good))
            .flat_map(|c| c.typical_inputs.iter().map(String::as_str))
            .chain(self.inputs_of_goods.iter().filter(|(g, _)| *g == l.good).map(|(_, i)| i.as_str()))
            .filter(|g| *g != l.good && Some(*g) != derived_input);
        let mut most = 0.0f64;
        for g in inputs {
            let points = if self.listings_of(g, l.country).any(|x| x.is(kind)) {
                w.local_input
            } else {
                let worst =
                    self.listings_anywhere(g).filter(|x| x.is(kind)).map(|x| self.listing_weight(x)).reduce(f64::max);
                match worst {
                    Some(worst) if self.undisclosed_presumed_worst => {
                        w.undisclosed_typical_input.max((worst * w.tier_decay * 10.0).round() / 10.0)
                    }
                    Some(_) => w.undisclosed_typical_input,
                    None => 0.0,
                }
            };
            most = most.max(points);
        }
        most
    }

    pub fn listings_in(&self, country: CountryCode, kind: RiskKind) -> u32 {
        let [forced, child] = self.listings_in_country.get(&country).copied().unwrap_or_default();
        match kind {
            RiskKind::ForcedLabour => forced,
            RiskKind::ChildLabour => child,
        }
    }

    /// The forced-labour prevalence of a country (see `ForcedEstimate`); `ilab_region`: ILAB's region for it,
    /// used only for a country the country table gives no ILO region.
    pub fn forced_estimate(&self, country: CountryCode, ilab_region: Option<&str>) -> ForcedEstimate {
        let ilo_region = country
            .ilo_region()
            .map(str::to_string)
            .or_else(|| ilab_region.and_then(|r| self.ilab_region_to_ilo.get(r)).cloned());
        let own = ilo_region.as_ref().and_then(|r| self.forced_prevalence.get(r)).copied();
        let prevalence = own.unwrap_or(self.world_forced_prevalence);
        let points = (prevalence * self.weights.forced_context_per_prevalence * 10.0).round() / 10.0;
        ForcedEstimate { ilo_region, regional: own.is_some(), prevalence, points }
    }

    /// Every value the tables do not give and the fallback the model applies instead (for `chainon model check`,
    /// which words them from the catalogues): countries whose ILAB row is empty or partly empty, countries ILAB has
    /// no row for (the same fallbacks as an empty row, grouped by the estimates that stand in), and rows of an
    /// optional country index without a figure.
    pub fn missing_data(&self) -> Vec<MissingData> {
        let unassessed = self.unassessed_advancement;
        let mut out = Vec::new();
        let mut rows: Vec<(&CountryCode, &CountryData)> = self.countries.iter().collect();
        rows.sort_by_key(|(_, d)| d.line);
        for (code, d) in rows {
            let mut gaps = Vec::new();
            let income = d
                .advancement
                .as_deref()
                .and_then(|l| self.advancement_points(l))
                .is_none()
                .then(|| self.income_estimate(*code))
                .flatten();
            match (&d.advancement, income) {
                (_, Some(e)) => gaps.push(DataGap::IncomeEstimate { group: e.group.to_string(), share: e.share }),
                (None, None) => gaps.push(DataGap::NoAdvancement { points: unassessed }),
                (Some(level), None) if self.advancement_points(level).is_none() => {
                    gaps.push(DataGap::UnweighedLevel { level: level.clone(), points: unassessed });
                }
                (Some(_), None) => {}
            }
            if d.working_children_share.is_none() && income.is_none() {
                gaps.push(DataGap::NoChildShare(self.regional_child_estimate(*code)));
            }
            let forced = self.forced_estimate(*code, d.region.as_deref());
            if forced.ilo_region.is_none() {
                gaps.push(DataGap::NoRegion { points: forced.points });
            }
            if !gaps.is_empty() {
                let mut goods: Vec<String> =
                    self.listings.iter().filter(|l| l.country == *code).map(|l| l.good.clone()).collect();
                goods.sort_unstable();
                goods.dedup();
                out.push(MissingData::Country {
                    country: *code,
                    ilab_name: d.ilab_name.clone(),
                    line: d.line,
                    gaps,
                    goods,
                });
            }
        }
        let mut outside: Vec<(RegionalEstimate, ForcedEstimate, Vec<CountryCode>)> = Vec::new();
        let mut by_income: Vec<(String, f64, ForcedEstimate, Vec<CountryCode>)> = Vec::new();
        for c in CountryCode::all().filter(|c| !self.countries.contains_key(c)) {
            if let Some(e) = self.income_estimate(c) {
                let f = self.forced_estimate(c, None);
                match by_income.iter_mut().find(|(g, _, forced, _)| g == e.group && *forced == f) {
                    Some((_, _, _, codes)) => codes.push(c),
                    None => by_income.push((e.group.to_string(), e.share, f, vec![c])),
                }
                continue;
            }
            let e = self.regional_child_estimate(c);
            let f = self.forced_estimate(c, None);
            match outside.iter_mut().find(|(known, forced, _)| *known == e && *forced == f) {
                Some((_, _, codes)) => codes.push(c),
                None => outside.push((e, f, vec![c])),
            }
        }
        outside.sort_by_key(|(a, f, _)| (a.name_en(), f.ilo_region.clone()));
        for (estimate, forced, countries) in outside {
            out.push(MissingData::OutsideIlab { advancement: unassessed, estimate, forced, countries });
        }
        by_income.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.2.ilo_region.cmp(&b.2.ilo_region)));
        for (group, share, forced, countries) in by_income {
            out.push(MissingData::OutsideIlabIncome { group, share, forced, countries });
        }
        for (line, name) in &self.index_without_figure {
            out.push(MissingData::IndexWithoutFigure { line: *line, name: name.clone() });
        }
        out
    }

    /// What can be wrong in the data of the goods-reading rules (2022.7's and 2022.8's keys of `[goods_reading]`,
    /// and the rules that read `[[materials]]`, `[[regions]]` or a weight): a word of a list that names goods, a word
    /// in two lists that read it in opposite ways, a qualifier keyword no category has, a key set on with no data.
    fn reading_problems(&self) -> Vec<ModelProblem> {
        let g = &self.goods_reading;
        let mut p = Vec::new();
        // A category's keyword of one word, and the phrases of one word of ILAB goods and aliases (`phrases`).
        let keyword_of = |word: &str| {
            self.categories
                .iter()
                .find(|c| c.keywords.iter().any(|k| tokens(k) == [word]))
                .map(|c| c.code.clone())
                .or_else(|| {
                    self.phrases.iter().find(|(ph, _)| ph.len() == 1 && ph[..] == [word]).map(|(_, g)| g.clone())
                })
        };
        // Packaging words are compared as written (folded, not made singular: "tins" is no tin).
        let packaging: Vec<String> = g.packaging_words.iter().map(|w| fold_words(w)).collect();
        let lists: [(&'static str, &Vec<String>); 3] =
            [("form_words", &g.form_words), ("accessory_words", &g.accessory_words), ("packaging_words", &packaging)];
        for (list, words) in lists {
            for word in words {
                if let Some(names) = keyword_of(word) {
                    p.push(ModelProblem::ReadingWordNamesGoods { list, word: word.clone(), names });
                }
            }
        }
        let opposite: [(&'static str, &Vec<String>, &'static str, &Vec<String>); 3] = [
            ("form_words", &g.form_words, "accessory_words", &g.accessory_words),
            ("qualifier_keywords", &g.qualifier_keywords, "accessory_words", &g.accessory_words),
            ("qualifier_keywords", &g.qualifier_keywords, "form_words", &g.form_words),
        ];
        for (list, words, other, others) in opposite {
            for word in words.iter().filter(|w| others.contains(w)) {
                p.push(ModelProblem::ReadingWordInTwoLists { list, other, word: word.clone() });
            }
        }
        for word in &g.qualifier_keywords {
            if !self.categories.iter().any(|c| c.keywords.iter().any(|k| tokens(k) == [word.as_str()])) {
                p.push(ModelProblem::QualifierNotKeyword { word: word.clone() });
            }
        }
        let no_materials = self.materials.is_empty();
        for (on, key, missing, data) in [
            (g.qualifier_in_any_order, "qualifier_in_any_order", g.form_words.is_empty(), "form_words"),
            (g.material_alone_is_read, "material_alone_is_read", g.form_words.is_empty(), "form_words"),
            (g.material_alone_is_read, "material_alone_is_read", no_materials, "materials"),
            (g.unread_names_material, "unread_names_material", no_materials, "materials"),
            (g.declared_inputs_say_the_material, "declared_inputs_say_the_material", no_materials, "materials"),
            (g.head_noun_decides, "head_noun_decides", no_materials, "materials"),
            (g.head_noun_places, "head_noun_places", g.qualifier_keywords.is_empty(), "qualifier_keywords"),
            (
                self.pass_through_carries_no_region,
                "pass_through_carries_no_region",
                !self.regions.iter().any(|r| r.points > 0.0 || r.floor.is_some()),
                "regions",
            ),
            (
                self.unread_goods_presumed_worst,
                "unread_goods_presumed_worst",
                self.weights.unread_goods.is_none(),
                "weights.unread_goods",
            ),
            // The fallback beside the riskiest listing stands for its goods' inputs: at least the presumption of an
            // undisclosed listed input, the most any typical input weighs.
            (
                self.unread_goods_take_worst_reading,
                "unread_goods_take_worst_reading",
                !self.unread_goods_presumed_worst,
                "unread_goods_presumed_worst",
            ),
            // The riskiest producer holds the site where the presumption of an undisclosed input stands.
            (
                self.silence_scores_as_the_worst_producer,
                "silence_scores_as_the_worst_producer",
                !self.undisclosed_presumed_worst,
                "undisclosed_presumed_worst",
            ),
            // Both hold the site at the presumption of an input of unknown origin: they need it on.
            (
                self.replaced_material_keeps_presumption,
                "silence.replaced_material_keeps_presumption",
                !self.silence_scores_as_the_worst_producer,
                "silence.scores_as_the_worst_producer",
            ),
            (
                self.unlisted_own_material_is_an_input,
                "silence.unlisted_own_material_is_an_input",
                !self.undisclosed_presumed_worst,
                "undisclosed_presumed_worst",
            ),
            (
                self.region_presumption_carried,
                "region_presumption_carried",
                !self.regions.iter().any(|r| r.points > 0.0 || r.floor.is_some()),
                "regions",
            ),
        ] {
            if on && missing {
                p.push(ModelProblem::ReadingKeyWithoutData { key, data });
            }
        }
        p
    }

    /// Problems for `chainon model check`, as data.
    pub fn check(&self) -> Vec<ModelProblem> {
        let mut p = self.problems.clone();
        p.extend(self.names_missing());
        for (code, d) in &self.countries {
            if let Some(level) = &d.advancement
                && self.advancement_points(level).is_none()
            {
                p.push(ModelProblem::LevelWithoutPoints { level: level.clone(), country: *code });
            }
        }
        for c in &self.categories {
            if c.label_en.trim().is_empty() || c.label_fr.trim().is_empty() {
                p.push(ModelProblem::CategoryUnnamed { code: c.code.clone() });
            }
        }
        for r in &self.regions {
            if r.label_en.trim().is_empty() || r.label_fr.trim().is_empty() || r.source.trim().is_empty() {
                p.push(ModelProblem::RegionUnlabelled { country: r.country.clone() });
            }
        }
        if let Some((spec, _)) = &self.country_index
            && (spec.measure_en.trim().is_empty() || spec.measure_fr.trim().is_empty())
        {
            p.push(ModelProblem::IndexMeasureUnnamed);
        }
        let goods: HashSet<&str> = self.listings.iter().map(|l| l.good.as_str()).collect();
        for c in &self.categories {
            for g in c.own_goods.iter().chain(&c.typical_inputs) {
                if !goods.contains(g.as_str()) {
                    p.push(ModelProblem::CategoryUnknownGood { code: c.code.clone(), good: g.clone() });
                }
            }
            if c.unspsc.is_empty() && c.gsin.is_empty() && c.keywords.is_empty() {
                p.push(ModelProblem::CategoryUnreachable { code: c.code.clone() });
            }
            for g in c.material_inputs.iter().filter(|g| !c.typical_inputs.contains(g)) {
                p.push(ModelProblem::MaterialInputNotTypical { code: c.code.clone(), good: g.clone() });
            }
            for g in c.typical_inputs.iter().filter(|g| self.finished_goods.contains(g)) {
                p.push(ModelProblem::FinishedGoodAsInput { code: c.code.clone(), good: g.clone() });
            }
        }
        for (good, input) in self.derived_inputs.iter().filter(|(_, input)| self.finished_goods.contains(input)) {
            p.push(ModelProblem::FinishedGoodAsInput { code: good.clone(), good: input.clone() });
        }
        for g in self.finished_goods.iter().filter(|g| !goods.contains(g.as_str())) {
            p.push(ModelProblem::FinishedUnknownGood { good: g.clone() });
        }
        for m in &self.materials {
            for g in m.goods.iter().filter(|g| !goods.contains(g.as_str())) {
                p.push(ModelProblem::MaterialUnknownGood { material: m.name.clone(), good: g.clone() });
            }
        }
        for f in &self.goods_families {
            for g in f.goods.iter().filter(|g| !goods.contains(g.as_str())) {
                p.push(ModelProblem::FamilyUnknownGood { family: f.name.clone(), good: g.clone() });
            }
            if f.goods.is_empty() {
                p.push(ModelProblem::FamilyUnknownGood { family: f.name.clone(), good: String::new() });
            }
        }
        p.extend(self.reading_problems());
        let w = &self.weights;
        for (name, v) in [
            ("listed_good", w.listed_good),
            ("derived_good", w.derived_good),
            ("local_input", w.local_input),
            ("undisclosed_declared_input", w.undisclosed_declared_input),
            ("undisclosed_typical_input", w.undisclosed_typical_input),
            ("listed_forced_floor", w.listed_forced_floor),
            ("unread_goods", w.unread_goods.unwrap_or_default()),
            ("unread_goods_per_listing", w.unread_goods_per_listing.unwrap_or_default()),
            ("unread_goods_max", w.unread_goods_max.unwrap_or_default()),
            (
                "forced_listing_evidence.points_per_listing",
                self.forced_listing_evidence.as_ref().map_or(0.0, |e| e.points_per_listing),
            ),
            ("forced_listing_evidence.max_points", self.forced_listing_evidence.as_ref().map_or(0.0, |e| e.max_points)),
        ] {
            if !(0.0..=100.0).contains(&v) {
                p.push(ModelProblem::WeightOutOfRange { name, value: v, max: 100.0 });
            }
        }
        for (name, v) in [("tier_decay", w.tier_decay), ("mitigation_cap", w.mitigation_cap)] {
            if !(0.0..=1.0).contains(&v) {
                p.push(ModelProblem::WeightOutOfRange { name, value: v, max: 1.0 });
            }
        }
        if let Some((spec, _)) = &self.country_index
            && (!(0.0..=100.0).contains(&spec.max_points) || spec.points_per_unit < 0.0)
        {
            p.push(ModelProblem::IndexPointsOutOfRange);
        }
        if self
            .forced_listing_evidence
            .as_ref()
            .is_some_and(|e| e.measure_en.trim().is_empty() || e.measure_fr.trim().is_empty())
        {
            p.push(ModelProblem::IndexMeasureUnnamed);
        }
        if let Some((spec, _)) = &self.entity_list
            && !(0.0..=100.0).contains(&spec.points)
        {
            p.push(ModelProblem::EntityPointsOutOfRange { points: spec.points });
        }
        for key in self.sources.keys() {
            let used = matches!(key.as_str(), "ilab_goods" | "ilab_countries" | "ilo_regional" | "model")
                || (key == "income_groups" && !self.income_groups.is_empty())
                || (key == "country_index" && self.country_index.is_some())
                || (key == "entity_list" && self.entity_list.is_some());
            if !used {
                p.push(ModelProblem::SourceUnused { key: key.clone() });
            }
        }
        for (key, s) in &self.sources {
            if s.licence.trim().is_empty() || s.edition.trim().is_empty() {
                p.push(ModelProblem::SourceUnrecorded { key: key.clone() });
            }
        }
        if w.listed_forced_floor > 50.0 {
            p.push(ModelProblem::FloorAboveMedium);
        }
        for region in self.ilab_region_to_ilo.values() {
            if !self.forced_prevalence.contains_key(region) {
                p.push(ModelProblem::IloRegionWithoutPrevalence { region: region.clone() });
            }
        }
        for d in self.countries.values() {
            if let Some(region) = &d.region
                && !self.ilab_region_to_ilo.contains_key(region)
            {
                p.push(ModelProblem::IlabRegionWithoutIlo { region: region.clone(), country: d.ilab_name.clone() });
            }
        }
        p
    }
}
