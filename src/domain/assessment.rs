//! The result of scoring: forced- and child-labour scores per site and overall, each explained by its factors.

use std::hash::Hash as _;
use std::sync::Arc;

use serde::{Deserialize, Serialize};
use strum::{AsRefStr, Display, EnumIter, EnumString};

use super::{CountryCode, Finding, Role, SiteId};

mod arithmetic;
mod wire;
pub use arithmetic::{
    ArithmeticCap, ArithmeticDecay, ArithmeticDueDiligence, ArithmeticHeld, ArithmeticPart, ArithmeticSaid,
    ScoreArithmetic,
};
pub use wire::{
    AssessmentWords, FORM as ASSESSMENT_FORM, FindingEntry, FindingGroups, FormError as AssessmentFormError, SaidOnce,
};

/// A risk band. Bounds: low < 25 ≤ medium < 50 ≤ high < 75 ≤ critical.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    AsRefStr,
    EnumIter,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Band {
    Low,
    Medium,
    High,
    Critical,
}

impl Band {
    /// The band a score falls in.
    pub fn from_score(score: f64) -> Band {
        if score >= 75.0 {
            Band::Critical
        } else if score >= 50.0 {
            Band::High
        } else if score >= 25.0 {
            Band::Medium
        } else {
            Band::Low
        }
    }

    /// The lowest score of the band.
    pub fn floor(self) -> f64 {
        match self {
            Band::Low => 0.0,
            Band::Medium => 25.0,
            Band::High => 50.0,
            Band::Critical => 75.0,
        }
    }
}

/// The two kinds of risk scored, always separately.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Display, AsRefStr, EnumIter)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum RiskKind {
    ForcedLabour,
    ChildLabour,
}

/// Where a factor's number comes from: a dataset, its edition, and the line or entry behind the number.
#[derive(Debug, Clone, PartialEq, Hash, Serialize, Deserialize)]
pub struct SourceRef {
    /// File name in the model folder, e.g. `ilab_goods.csv`.
    pub dataset: Arc<str>,
    /// The title and edition as the source writes it (English), e.g. `ILAB List of Goods 2022`.
    pub edition: Arc<str>,
    /// The same in French, from the model's data (`edition_fr` of `model.toml`, 2022.4 on); `None` in models and
    /// stored assessments written before it, whose French words come from the catalogues (`reports::explain`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edition_fr: Option<Arc<str>>,
    /// The line of the data file behind the number (header = line 1).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<u32>,
    /// The entry of a keyed table behind the number, as the data names it: an indicator and a region
    /// (`forced_labour_prevalence/Asia and the Pacific`), a key of `model.toml` (`mitigation`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub entry: Option<Arc<str>>,
    /// The row in words, as assessments stored before factors were codes wrote it (read, never written).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub row: Option<String>,
}

/// A due-diligence practice that lowers a score: the declaration's answers, and a site's own recent audit.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, AsRefStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Practice {
    Policy,
    SupplierCode,
    RiskAssessment,
    SocialAudit,
    GrievanceMechanism,
    Remediation,
    TraceabilityTiers,
    Training,
    S211Report,
    /// The site was audited within 24 months of the declaration date under a named standard.
    SiteAudit,
}

/// Why the world forced-labour prevalence applies to a country.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, AsRefStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum WorldBecause {
    /// ILAB has no row for the country (in factors stored before every country took its own ILO region).
    NotAssessed,
    /// The country has no ILO region (neither its M49 sub-region nor ILAB's region gives one).
    NoRegion,
    /// The country's ILO region has no estimate in the model.
    NoEstimate,
}

/// Why due diligence is not credited for a kind of risk (models from 2022.8, `refused_attestation_withholds_credit`):
/// the supplier refuses to attest that no labour of that kind is used, or gives no such attestation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, AsRefStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Withheld {
    /// The attestation is answered "No".
    Refused,
    /// The attestation is not given.
    Missing,
}

/// Why a declared supplier of an input does not establish where the input comes from (`scoring::engine`'s rule
/// `established`, which the model card describes): the input's origin stays unknown however many such suppliers are
/// declared.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, AsRefStr)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum OpenBecause {
    /// It takes the input in itself, and its own declared suppliers do not establish where it comes from.
    PassesOnUnknown,
    /// A warehouse or trader: it makes nothing, so it is no origin.
    MakesNothing,
    /// It is in a country ILAB publishes no findings on (and of no income group the model names), so the model knows
    /// no more of an origin there than of an unknown one.
    NotAssessed,
    /// It makes the input from nothing it declares (no raw-material role, no declared input).
    NoDeclaredInput,
    /// Its own inputs are of unknown origin (models from 2022.4, `origin_needs_known_inputs`).
    OpenInputs,
    /// A farm, mine or fishery of a good grown, mined or fished in a country that does not grow it: ILAB lists
    /// neither it nor a good of its kin there (models from 2022.12, `producer_only_where_grown`).
    NotGrownThere,
}

/// A declared supplier of an input that does not establish its origin: the site, its country, and why; and the
/// region of the model whose legal presumption of forced labour applies to it, by its name (`Xinjiang`), so that the
/// explanation names the region and not only its country (`None`: no region's presumption, or a region that is the
/// whole country, named by its country; factors stored before it was recorded).
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct OpenSupplier {
    pub site: SiteId,
    pub country: CountryCode,
    pub because: OpenBecause,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Arc<str>>,
}

/// The region whose legal presumption of forced labour a supplier carries down the chain (models from 2022.10,
/// `region_presumption_carried`): its country, and its name as the model writes it (`Xinjiang`); `None` for a region
/// that is the whole country (North Korea), which is named by its country.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct CarriedRegion {
    pub country: CountryCode,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub region: Option<Arc<str>>,
}

/// What a factor says, as a code with typed parameters: no words. Names are the data's own (ILAB's English good
/// names, ILAB's advancement levels, ILO region names, ISO 3166 codes); they are put into words, in the reader's
/// language, only where an explanation is shown (`reports::explain`, from the Fluent catalogues and the French
/// names of `risk_models/names_fr.csv`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum Reason {
    /// The site's own good is on the ILAB list for its country.
    ListedGood { kind: RiskKind, good: Arc<str>, country: CountryCode },
    /// … listed because it is made with an input listed elsewhere (`input`, from `input_country`, ILAB's words).
    DerivedGood { kind: RiskKind, good: Arc<str>, country: CountryCode, input: Arc<str>, input_country: Arc<str> },
    /// The ILO regional forced-labour prevalence of the country's region, per 1,000 people; `per`: the points a
    /// prevalence of 1 per 1,000 is worth (`None` in factors stored before it was recorded).
    ForcedPrevalence {
        country: CountryCode,
        ilo_region: Arc<str>,
        prevalence: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        per: Option<f64>,
    },
    /// The world forced-labour prevalence (per 1,000 people), and why it applies; `per` as for `ForcedPrevalence`.
    WorldPrevalence {
        country: CountryCode,
        because: WorldBecause,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        ilo_region: Option<Arc<str>>,
        prevalence: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        per: Option<f64>,
    },
    /// ILAB's child-labour findings for the country: its advancement level and/or the share (0–1) of children
    /// aged 5–14 who work.
    ChildContext {
        country: CountryCode,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        level: Option<Arc<str>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        share: Option<f64>,
    },
    /// ILAB gives no advancement level the model weighs (`level`: the one it gives, if any): the points of a
    /// country ILAB has not assessed apply.
    UnassessedLevel {
        country: CountryCode,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        level: Option<Arc<str>>,
    },
    /// No ILAB share of working children (`in_ilab`: ILAB has a row for the country, without the share): the
    /// ILO–UNICEF share (0–1) of children aged 5–17 in child labour of the country's SDG region (`None`: the world).
    RegionalEstimate {
        country: CountryCode,
        in_ilab: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        region: Option<Arc<str>>,
        share: f64,
    },
    /// ILAB does not assess the country (`in_ilab`: its row is there, empty) and the model takes the ILO–UNICEF share
    /// (0–1) of children aged 5–17 in child labour of its national income group (`group`: the World Bank's name,
    /// `High income`) in place of the `No Assessment` points and its region's estimate (models from 2022.3).
    IncomeEstimate { country: CountryCode, in_ilab: bool, group: Arc<str>, share: f64 },
    /// A figure of the model's optional country index, with what it measures in both languages (model data).
    CountryIndex { country: CountryCode, value: f64, measure_en: Arc<str>, measure_fr: Arc<str> },
    /// The site or its operator is on the model's entity list (`list`: its edition).
    ListedEntity { entity: Arc<str>, list: Arc<str> },
    /// An officer confirmed that the site (or the supplier) is an entry of a forced-labour list in force (entity
    /// screening: the UFLPA Entity List, a CBP Withhold Release Order or Finding): the score becomes critical. The
    /// list by its code (`uflpa`, `cbp_wro`: its name is said where the factor is shown, in the reader's language and
    /// as the service names it that day), the entry as the list writes it, its section (`2(d)(2)(B)(i)`) and the day
    /// it took effect, when the list gives them.
    ScreeningHit {
        /// The list's code (`screening::ListKind`). Factors stored before it was written name their list by their
        /// source's dataset, which is the same code: they are read with it (see [`Factor`]).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        list: Option<Arc<str>>,
        /// The list's name in English and French as factors stored before the code wrote them (read, never written;
        /// shown only for a code the service does not know).
        #[serde(default, skip_serializing_if = "is_blank")]
        list_en: Arc<str>,
        #[serde(default, skip_serializing_if = "is_blank")]
        list_fr: Arc<str>,
        entry: Arc<str>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        section: Option<Arc<str>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        effective: Option<chrono::NaiveDate>,
        /// Section and date as one text (`, 2(d)(2)(B)(i), 2026-01-15`), in factors stored before they were typed;
        /// empty in new ones.
        #[serde(default)]
        detail: Arc<str>,
        /// The publisher's status of the entry as the list writes it (CBP: `Active`, `Modified`, `Partially
        /// Active` …), said beside its section (`reports::explain`: `list_status-*`). Absent from factors stored
        /// before it was kept, and from entries whose list gives none.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        status: Option<Arc<str>>,
    },
    /// A sub-national region with a risk of its own (the model's rule, with its words in both languages). `read`: how
    /// the site's text that places it there was read where not as written (models from 2022.13: `ΗΟΤΑΝ` in Greek
    /// capitals read as `HOTAN`, a name of Hotan; `Синьцзян`, the Russian name of Xinjiang; `X.J.` as `XJ`); absent
    /// from factors of older models and from texts read as written.
    Region {
        country: CountryCode,
        label_en: Arc<str>,
        label_fr: Arc<str>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        read: Option<super::china_places::PlaceReading>,
    },
    /// A sub-national region's legal presumption (`Region`, the UFLPA's for Xinjiang) holds the site's score at
    /// `floor` at least (0–100): the points that bring the sum up to it (models from 2022.3).
    RegionFloor { country: CountryCode, floor: f64 },
    /// Risk carried from a supplier site (named in the same assessment's `sites`), × `decay` per tier. `score`: the
    /// supplier site's score before due diligence (0–100; `None` in factors stored before it was recorded);
    /// `context`: the points of the supplier's own country context left out of what is carried, since they count
    /// once, at the supplier's own line (`None` in factors stored before 2026-11-30: the whole score was carried).
    /// From 2026-12-01 the parts add up, each of one decimal (`scoring::engine::carried_parts`): `points`, the
    /// supplier's points before due diligence where they pass 100 (its score is capped at 100; `None` otherwise);
    /// `carried`, what it carries before the decay: `points` (else `score`) less `context` is `carried`, and
    /// `carried` × `decay`, rounded to one decimal, is the factor's contribution; `capped`: what it carries passed 100
    /// and is carried as 100 (then `points` less `context` is more than `carried`). `None`/`false` in factors
    /// stored before.
    Upstream {
        site: SiteId,
        decay: f64,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        score: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        context: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        points: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        carried: Option<f64>,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        capped: bool,
        /// The region whose presumption of forced labour the supplier carries (it is there, or a site upstream of it
        /// is; models from 2022.10): the factor names it. `None` otherwise, and in factors stored before.
        #[serde(default, skip_serializing_if = "Option::is_none")]
        presumption: Option<CarriedRegion>,
        /// The confirmed forced-labour list entries (screening) that make the supplier, or a site upstream of it whose
        /// risk it carries, critical: the factor names them. Empty otherwise, and in factors stored before.
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        listed: Vec<ListedEntry>,
    },
    /// A region's legal presumption of forced labour carried down the chain (models from 2022.10,
    /// `region_presumption_carried`): the supplier `site` is in `origin` or carries its presumption from upstream, and
    /// the site's score is held at `floor` (0–100: the region's floor × the tier decay per tier), before and after due
    /// diligence; the contribution is the points that bring the sum up to it (0 where the sum is above it: the factor
    /// still says which region holds the score where due diligence brings it down).
    PresumptionCarried { site: SiteId, origin: CarriedRegion, floor: f64 },
    /// An input whose origin is not disclosed is presumed from its riskiest producer (models from 2022.10,
    /// `silence_scores_as_the_worst_producer`): a producer of `good` in `country`, where ILAB lists it for `kind`
    /// (`derived`: as a derived good), would score `score` on its own line — the listing's points `listed` and its
    /// country's context `context` — and disclosing it would put that score in the declaration; the site's score is
    /// held at it. The contribution is the points that bring the sum up to it.
    PresumedProducer {
        kind: RiskKind,
        good: Arc<str>,
        country: CountryCode,
        listed: f64,
        context: f64,
        score: f64,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        derived: bool,
    },
    /// An input (declared, or typical of the goods category) listed for the site's own country. `supplied`: a
    /// supplier of it is declared, but carries less than this floor (one declared tier does not show where all of
    /// the input comes from); otherwise no supplier of it is declared.
    LocalInput {
        kind: RiskKind,
        good: Arc<str>,
        country: CountryCode,
        declared: bool,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        supplied: bool,
    },
    /// An input listed somewhere (`countries`: every one, ILAB's words — assessments stored before kept the first six;
    /// `listings`: how many) whose origin is not disclosed; `supplied` as for `LocalInput`: a declared supplier of it carries less than this floor;
    /// `presumed`: the floor is what a producer in the worst country where ILAB lists it would carry (models from 2022.6);
    /// `suppliers`: the declared suppliers of it that do not establish its origin, each with why (empty in factors
    /// stored before they were named, and where none is declared).
    UndisclosedInput {
        kind: RiskKind,
        good: Arc<str>,
        declared: bool,
        countries: Vec<Arc<str>>,
        listings: u32,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        supplied: bool,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        presumed: bool,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        suppliers: Vec<OpenSupplier>,
    },
    /// The site's goods, as written (`goods`), name nothing the model reads — no goods category, no ILAB good, no
    /// material, no input: what they are made of is unknown, and the model's fallback for unread goods applies
    /// (`unread_goods` of its weights), never nothing. From 2022.4 the fallback follows the evidence of the site's
    /// country: `listings` ILAB listings of `kind` in `country` raise it (`None` in models before, and in factors
    /// stored before: the flat fallback). From 2022.7 `made_of` holds the material words the goods name, as written
    /// ("steel" of "steel bolts"), whose material is read as an input of its own; `None` where they name none, in
    /// models before and in factors stored before.
    UnreadGoods {
        goods: Arc<str>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        made_of: Option<Arc<str>>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        country: Option<CountryCode>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        kind: Option<RiskKind>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        listings: Option<u32>,
    },
    /// The site's goods name nothing the model reads (`UnreadGoods`) and ILAB lists goods for `kind` in `country`
    /// (`listings` of them): the goods weigh as the riskiest of them (`good`, its listing cited; `derived`: listed
    /// because of an input), so that goods the model cannot read never score below goods it reads made in the same
    /// country (models from 2022.9, `unread_goods_take_worst_reading`). The fallback for their inputs stays a factor
    /// of its own (`UnreadGoods`).
    UnreadAsListed {
        kind: RiskKind,
        good: Arc<str>,
        country: CountryCode,
        listings: u32,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        derived: bool,
    },
    /// Due diligence takes `share` (0–1) off the residual risk; `floored`: kept at medium for a listed
    /// forced-labour good; `presumption`: kept at a region's presumption floor (`RegionFloor`; models from 2022.3);
    /// `kept`: the points of a region's presumption that due diligence leaves whole (models from 2022.6);
    /// `withheld`: the credit (`share` of `practices`) is not given, the attestation of the kind being refused or
    /// missing (models from 2022.8; the factor then takes nothing off).
    Mitigation {
        share: f64,
        practices: Vec<Practice>,
        floored: bool,
        #[serde(default, skip_serializing_if = "std::ops::Not::not")]
        presumption: bool,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        kept: Option<f64>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        withheld: Option<Withheld>,
    },
    /// Scores stop at 100.
    Cap,
    /// The highest-scored site of the declaration (or category); `listed`: the confirmed screening entries whose
    /// factors make that site's score (each list by its code and the entry as the list writes it), so that the
    /// summary names what drives it (empty, and not written, when none does).
    HighestSite {
        site: SiteId,
        site_name: String,
        tier: Option<u32>,
        country: CountryCode,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        listed: Vec<ListedEntry>,
    },
}

/// A confirmed screening entry named by a score that summarises the site it is on (`Reason::HighestSite`): its list
/// by its code (`uflpa`, `cbp_wro`; a factor stored before codes gives its list's English name) and its name.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct ListedEntry {
    pub list: Arc<str>,
    pub entry: Arc<str>,
}

impl Reason {
    /// The sites of the same assessment a factor names as where its risk comes from, in order: an `upstream`
    /// factor's supplier site, an `undisclosed_input`'s declared suppliers that do not establish its origin; none for
    /// any other reason (`highest_site` names the site it summarises, not a supplier). What the said-once form
    /// (`wire`, form 3) leaves out of a factor in its table and gives where a score refers to it, so that the factors
    /// that differ only by these sites are said once.
    pub fn supplier_sites(&self) -> Vec<&SiteId> {
        match self {
            Reason::Upstream { site, .. } | Reason::PresumptionCarried { site, .. } => vec![site],
            Reason::UndisclosedInput { suppliers, .. } => suppliers.iter().map(|o| &o.site).collect(),
            Reason::ListedGood { .. }
            | Reason::DerivedGood { .. }
            | Reason::ForcedPrevalence { .. }
            | Reason::WorldPrevalence { .. }
            | Reason::ChildContext { .. }
            | Reason::UnassessedLevel { .. }
            | Reason::RegionalEstimate { .. }
            | Reason::IncomeEstimate { .. }
            | Reason::CountryIndex { .. }
            | Reason::ListedEntity { .. }
            | Reason::ScreeningHit { .. }
            | Reason::Region { .. }
            | Reason::RegionFloor { .. }
            | Reason::LocalInput { .. }
            | Reason::UnreadGoods { .. }
            | Reason::UnreadAsListed { .. }
            | Reason::PresumedProducer { .. }
            | Reason::Mitigation { .. }
            | Reason::Cap
            | Reason::HighestSite { .. } => Vec::new(),
        }
    }

    /// The code, as the JSON names it (`listed_good` …).
    pub fn code(&self) -> &'static str {
        match self {
            Reason::ListedGood { .. } => "listed_good",
            Reason::DerivedGood { .. } => "derived_good",
            Reason::ForcedPrevalence { .. } => "forced_prevalence",
            Reason::WorldPrevalence { .. } => "world_prevalence",
            Reason::ChildContext { .. } => "child_context",
            Reason::UnassessedLevel { .. } => "unassessed_level",
            Reason::RegionalEstimate { .. } => "regional_estimate",
            Reason::IncomeEstimate { .. } => "income_estimate",
            Reason::CountryIndex { .. } => "country_index",
            Reason::ListedEntity { .. } => "listed_entity",
            Reason::ScreeningHit { .. } => "screening_hit",
            Reason::Region { .. } => "region",
            Reason::RegionFloor { .. } => "region_floor",
            Reason::Upstream { .. } => "upstream",
            Reason::PresumptionCarried { .. } => "presumption_carried",
            Reason::PresumedProducer { .. } => "presumed_producer",
            Reason::LocalInput { .. } => "local_input",
            Reason::UndisclosedInput { .. } => "undisclosed_input",
            Reason::UnreadGoods { .. } => "unread_goods",
            Reason::UnreadAsListed { .. } => "unread_as_listed",
            Reason::Mitigation { .. } => "mitigation",
            Reason::Cap => "cap",
            Reason::HighestSite { .. } => "highest_site",
        }
    }
}

/// A factor's reason as stored: a code with parameters, or — in assessments stored before factors were codes — a
/// bare code whose words were stored beside it (`Factor::label_en`/`label_fr`). Written as its reason's object or
/// `{"code": …}`; read only as part of a [`Factor`], which tells the two apart.
#[derive(Debug, Clone, PartialEq)]
pub enum Explanation {
    Coded(Reason),
    Stored { code: String },
}

impl Serialize for Explanation {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        match self {
            Explanation::Coded(reason) => reason.serialize(s),
            Explanation::Stored { code } => {
                let mut o = s.serialize_struct("Explanation", 1)?;
                o.serialize_field("code", code)?;
                o.end()
            }
        }
    }
}

/// One term of a score: what it is, where it comes from, its weight and what it added (or removed).
///
/// Read from the factor's JSON object as a whole (`TryFrom<serde_json::Map>`): the reason `region` names its
/// parameters `label_en`/`label_fr`, the same keys as the factor's own words, so they go to the reason when it parses
/// with them (read field by field, the factor's words took them and a stored `region` lost its country). The shape is
/// told by what the object holds: a code with parameters is read strictly (a parameter that does not hold is an
/// error naming its field); a code alone is its reason when that takes no parameters (`cap`), else — with its words
/// beside it — a factor stored before factors were codes.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "serde_json::Map<String, serde_json::Value>")]
pub struct Factor {
    /// The code and its parameters, flattened into the factor (`{"code": "listed_good", "good": "Cotton", …}`).
    #[serde(flatten)]
    pub reason: Explanation,
    pub source: Option<SourceRef>,
    pub weight: f64,
    /// Points added to the score (negative for mitigation). The contributions add up to the score. To the tenth of a
    /// point, as the explanation says it: whoever makes a factor rounds it (the engine, once, as it scores), and it is
    /// written and read back as it is, to the bit.
    pub contribution: f64,
    /// The words, in English and French: written where an explanation leaves the service as JSON (the API, its
    /// exports), and read from assessments stored before factors were codes; never by scoring.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label_fr: Option<String>,
}

impl TryFrom<serde_json::Map<String, serde_json::Value>> for Factor {
    type Error = serde_json::Error;

    fn try_from(mut m: serde_json::Map<String, serde_json::Value>) -> Result<Factor, serde_json::Error> {
        use super::stored::{read, take};
        use serde::de::Error as _;
        let code = m.get("code").and_then(|c| c.as_str()).unwrap_or_default().to_string();
        let what = if code.is_empty() { "factor".to_string() } else { format!("factor `{code}`") };
        let mut number = |key: &'static str| {
            take::<f64>(&mut m, key, &what)?
                .ok_or_else(|| serde_json::Error::custom(format!("{what}: missing field `{key}`")))
        };
        let weight = number("weight")?;
        let contribution = number("contribution")?;
        let source = take::<Option<SourceRef>>(&mut m, "source", &what)?.flatten();
        let parameters = m.keys().any(|k| !matches!(k.as_str(), "code" | "label_en" | "label_fr"));
        let has_words = ["label_en", "label_fr"].iter().any(|k| m.get(*k).is_some_and(|w| !w.is_null()));
        let object = serde_json::Value::Object(m);
        let reason = match Reason::deserialize(&object) {
            Ok(r) => Explanation::Coded(r),
            // Stored before factors were codes: the code alone, a string, its words beside it.
            Err(_) if !parameters && has_words && !code.is_empty() => Explanation::Stored { code },
            Err(_) => Explanation::Coded(read(&what, "code", &object)?),
        };
        let words = |key: &str| -> Result<Option<String>, serde_json::Error> {
            match object.get(key) {
                None | Some(serde_json::Value::Null) => Ok(None),
                Some(v) => Option::<String>::deserialize(v),
            }
        };
        let (label_en, label_fr) = match &reason {
            // Its words are its parameters, not the factor's.
            Explanation::Coded(Reason::Region { .. }) => (None, None),
            _ => (words("label_en")?, words("label_fr")?),
        };
        let mut factor = Factor { reason, source, weight, contribution, label_en, label_fr };
        factor.read_screening_hit_by_its_list();
        Ok(factor)
    }
}

/// Whether a stored text is empty (a parameter written only by factors stored before).
fn is_blank(s: &Arc<str>) -> bool {
    s.is_empty()
}

/// How factors stored before their reasons were codes (and before the code was written) said a confirmed screening
/// hit: `Confirmed on the {list}: {entry}{, section}{, day} — forced-labour risk critical`.
const STORED_SCREENING_HIT: (&str, &str) = ("Confirmed on the ", " — forced-labour risk critical");

impl Factor {
    /// A `screening_hit` factor stored before its list was a code is read with the code its source gives (the
    /// source's dataset has always been the list's code), so that its words are said from the code on the day they
    /// are read — the list's name as the service writes it that day, not as it was written when stored (French list
    /// names changed). One stored as words (before factors were codes) is read as the code and parameters its words
    /// and source give (`Confirmed on the UFLPA Entity List (US DHS): Name, 2(d)(2)(B)(i), 2026-01-15 — …`, source
    /// row `Name (key)`), when they give them all; else it keeps its words. Nothing stored is rewritten.
    fn read_screening_hit_by_its_list(&mut self) {
        let Some(dataset) = self.source.as_ref().map(|s| s.dataset.clone()).filter(|d| !d.is_empty()) else {
            return;
        };
        match &mut self.reason {
            Explanation::Coded(Reason::ScreeningHit { list, list_en, list_fr, .. }) if list.is_none() => {
                *list = Some(dataset);
                *list_en = Arc::from("");
                *list_fr = Arc::from("");
            }
            Explanation::Stored { code } if code == "screening_hit" => {
                let Some(reason) = self.stored_screening_hit(dataset) else { return };
                self.reason = Explanation::Coded(reason);
                self.label_en = None;
                self.label_fr = None;
            }
            _ => {}
        }
    }

    /// The reason the English words of a `screening_hit` factor stored as words give, with its source's row.
    fn stored_screening_hit(&self, list: Arc<str>) -> Option<Reason> {
        let (opening, closing) = STORED_SCREENING_HIT;
        let said = self.label_en.as_deref()?.strip_prefix(opening)?.strip_suffix(closing)?;
        let row = self.source.as_ref()?.row.as_deref().or(self.source.as_ref()?.entry.as_deref())?;
        let (entry, _key) = row.rsplit_once(" (")?;
        let (_list_name, rest) = said.split_once(": ")?;
        let detail = rest.strip_prefix(entry)?;
        if !(detail.is_empty() || detail.starts_with(", ")) {
            return None;
        }
        Some(Reason::ScreeningHit {
            list: Some(list),
            list_en: Arc::from(""),
            list_fr: Arc::from(""),
            entry: Arc::from(entry),
            section: None,
            effective: None,
            detail: Arc::from(detail),
            status: None,
        })
    }
}

impl Factor {
    /// A factor of a reason, without words.
    pub fn new(reason: Reason, source: Option<SourceRef>, weight: f64, contribution: f64) -> Factor {
        Factor { reason: Explanation::Coded(reason), source, weight, contribution, label_en: None, label_fr: None }
    }

    /// The code (`listed_good`, `upstream`, `mitigation` …).
    pub fn code(&self) -> &str {
        match &self.reason {
            Explanation::Coded(r) => r.code(),
            Explanation::Stored { code } => code,
        }
    }

    /// The typed reason; `None` for a factor stored before factors were codes.
    pub fn reason(&self) -> Option<&Reason> {
        match &self.reason {
            Explanation::Coded(r) => Some(r),
            Explanation::Stored { .. } => None,
        }
    }
}

/// A score from 0 to 100 with its band and its explanation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Score {
    /// To the tenth of a point, as the engine rounds it; written and read back as it is.
    pub score: f64,
    pub band: Band,
    /// Its factors, in order. Shared: the same factor (a country's prevalence, the declaration's mitigation …) is one
    /// allocation for every score that has it, as [`FactorPool`] gives them out; written in full where it applies
    /// (`Arc` serialises as what it points to). Change one through `Arc::make_mut`, which copies it if it is shared.
    pub factors: Vec<Arc<Factor>>,
}

#[cfg(test)]
impl Score {
    /// The score before due diligence: its factors but `mitigation` added up (what the national graph keeps of a
    /// site, which the tests compare it with).
    pub(crate) fn before_due_diligence(&self) -> f64 {
        self.factors.iter().filter(|f| f.code() != "mitigation").map(|f| f.contribution).sum()
    }
}

impl Score {
    /// A score of zero with no factors.
    pub fn zero() -> Score {
        Score { score: 0.0, band: Band::Low, factors: Vec::new() }
    }
}

/// Gives out one shared allocation per distinct factor: a 100,000-site assessment makes some 744,000 factors, of
/// which some 136,000 differ (the same country context and mitigation in every site of a country, the same upstream
/// factor in every customer of a supplier); a `Factor` is 216 bytes, its handle 8.
///
/// Two factors are the same when they are equal and their numbers have the same bits (compared by a hash of every
/// field, `ByBits`): then they write the same JSON, the test of the said-once form (`wire`), which writes each
/// distinct factor once. Equal factors whose numbers differ in their bits (`0.0` and `-0.0`, which write `0.0` and
/// `-0.0`) stay two; a factor with a NaN equals nothing and is never shared. The pool keeps a hash and a handle per
/// distinct factor, not its bytes. The hash was once that of the factor's JSON text: writing every factor made (not
/// only the distinct ones) was about a tenth of `chainon assess`.
#[derive(Debug, Default)]
pub struct FactorPool {
    by_hash: rustc_hash::FxHashMap<u64, Arc<Factor>>,
}

impl FactorPool {
    /// The shared handle of `f`: the one given out before for the same factor, else a new one.
    pub fn share(&mut self, f: Factor) -> Arc<Factor> {
        use std::hash::BuildHasher as _;
        let hash = rustc_hash::FxBuildHasher.hash_one(ByBits(&f));
        match self.by_hash.get(&hash) {
            Some(shared) if **shared == f => Arc::clone(shared),
            // Another factor with the same hash keeps the entry; this one is not shared.
            Some(_) => Arc::new(f),
            None => Arc::clone(self.by_hash.entry(hash).or_insert_with(|| Arc::new(f))),
        }
    }
}

/// A factor hashed field by field, every number by its bits (so `0.0` and `-0.0` hash apart, as they write apart).
/// Not a `Hash` of `Factor` itself: its `PartialEq` takes `0.0` and `-0.0` as equal, which a `Hash` must agree with.
/// Every field is named (no `..`), so a field added to a factor or a reason cannot be left out of the hash.
struct ByBits<'a>(&'a Factor);

impl std::hash::Hash for ByBits<'_> {
    fn hash<H: std::hash::Hasher>(&self, h: &mut H) {
        let Factor { reason, source, weight, contribution, label_en, label_fr } = self.0;
        match reason {
            Explanation::Coded(r) => {
                0u8.hash(h);
                hash_reason(r, h);
            }
            Explanation::Stored { code } => {
                1u8.hash(h);
                code.hash(h);
            }
        }
        source.hash(h);
        weight.to_bits().hash(h);
        contribution.to_bits().hash(h);
        label_en.hash(h);
        label_fr.hash(h);
    }
}

/// Feeds `r` to `h`: its variant, then each of its fields, numbers by their bits.
fn hash_reason<H: std::hash::Hasher>(r: &Reason, h: &mut H) {
    fn bits(x: Option<f64>) -> Option<u64> {
        x.map(f64::to_bits)
    }
    std::mem::discriminant(r).hash(h);
    match r {
        Reason::ListedGood { kind, good, country } => (kind, good, country).hash(h),
        Reason::DerivedGood { kind, good, country, input, input_country } => {
            (kind, good, country, input, input_country).hash(h)
        }
        Reason::ForcedPrevalence { country, ilo_region, prevalence, per } => {
            (country, ilo_region, prevalence.to_bits(), bits(*per)).hash(h)
        }
        Reason::WorldPrevalence { country, because, ilo_region, prevalence, per } => {
            (country, because, ilo_region, prevalence.to_bits(), bits(*per)).hash(h)
        }
        Reason::ChildContext { country, level, share } => (country, level, bits(*share)).hash(h),
        Reason::UnassessedLevel { country, level } => (country, level).hash(h),
        Reason::RegionalEstimate { country, in_ilab, region, share } => {
            (country, in_ilab, region, share.to_bits()).hash(h)
        }
        Reason::IncomeEstimate { country, in_ilab, group, share } => (country, in_ilab, group, share.to_bits()).hash(h),
        Reason::CountryIndex { country, value, measure_en, measure_fr } => {
            (country, value.to_bits(), measure_en, measure_fr).hash(h)
        }
        Reason::ListedEntity { entity, list } => (entity, list).hash(h),
        Reason::ScreeningHit { list, list_en, list_fr, entry, section, effective, detail, status } => {
            (list, list_en, list_fr, entry, section, effective, detail, status).hash(h)
        }
        Reason::Region { country, label_en, label_fr, read } => (country, label_en, label_fr, read).hash(h),
        Reason::RegionFloor { country, floor } => (country, floor.to_bits()).hash(h),
        Reason::Upstream { site, decay, score, context, points, carried, capped, presumption, listed } => {
            (site, decay.to_bits(), bits(*score), bits(*context), bits(*points), bits(*carried), capped, presumption)
                .hash(h);
            listed.hash(h);
        }
        Reason::PresumptionCarried { site, origin, floor } => (site, origin, floor.to_bits()).hash(h),
        Reason::PresumedProducer { kind, good, country, listed, context, score, derived } => {
            (kind, good, country, listed.to_bits(), context.to_bits(), score.to_bits(), derived).hash(h)
        }
        Reason::LocalInput { kind, good, country, declared, supplied } => {
            (kind, good, country, declared, supplied).hash(h)
        }
        Reason::UndisclosedInput { kind, good, declared, countries, listings, supplied, presumed, suppliers } => {
            (kind, good, declared, countries, listings, supplied, presumed, suppliers).hash(h)
        }
        Reason::UnreadGoods { goods, made_of, country, kind, listings } => {
            (goods, made_of, country, kind, listings).hash(h)
        }
        Reason::UnreadAsListed { kind, good, country, listings, derived } => {
            (kind, good, country, listings, derived).hash(h)
        }
        Reason::Mitigation { share, practices, floored, presumption, kept, withheld } => {
            (share.to_bits(), practices, floored, presumption, bits(*kept), withheld).hash(h)
        }
        Reason::Cap => {}
        Reason::HighestSite { site, site_name, tier, country, listed } => {
            (site, site_name, tier, country, listed).hash(h)
        }
    }
}

/// Forced- and child-labour scores side by side: of a declaration (`Assessment::overall`), of a site and of a goods
/// category. Inside a site or a category it is written flattened, so the JSON keeps `forced_labour` and
/// `child_labour` beside the other fields; sites and categories are read only through the assessment's reader
/// (`wire`), whose structs name both fields: no site or category is read through serde's `flatten`, which buffers
/// every field of every site before it reads one (about 45 % more time on the API's inline form).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RiskPair {
    pub forced_labour: Score,
    pub child_labour: Score,
}

impl RiskPair {
    /// Both scores zero, with no factors.
    pub fn zero() -> RiskPair {
        RiskPair { forced_labour: Score::zero(), child_labour: Score::zero() }
    }

    /// The score of one kind.
    pub fn get(&self, kind: RiskKind) -> &Score {
        match kind {
            RiskKind::ForcedLabour => &self.forced_labour,
            RiskKind::ChildLabour => &self.child_labour,
        }
    }
}

/// The assessment of one site. Written by its derived `Serialize` (the API's inline form) or by `wire` (stored);
/// read only as part of an [`Assessment`] (`wire::SiteIn`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SiteAssessment {
    pub site_id: SiteId,
    pub site_name: String,
    /// `None` for a site that reaches no tier-1 site (only inside a cycle).
    pub tier: Option<u32>,
    pub country: CountryCode,
    pub region: Option<String>,
    pub role: Role,
    /// The goods category code the model placed the site's goods in, if any.
    pub category: Option<String>,
    #[serde(flatten)]
    pub risk: RiskPair,
}

/// The risk of one goods category in a declaration. Read only as part of an [`Assessment`] (`wire::CategoryIn`).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CategoryAssessment {
    /// The category's code in the model's catalogue (its names are the model's: `RiskModel::category_name`).
    pub category: String,
    /// The names, as assessments stored before categories were codes only carried them (read, never written).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label_en: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub label_fr: Option<String>,
    #[serde(flatten)]
    pub risk: RiskPair,
}

/// The whole assessment of a declaration under one model version.
///
/// Written in the said-once form (`form` 2: each distinct factor once in a top-level `factors` table, each score
/// listing its factors by index; see `wire`), which `chainon assess --format json` prints and the store keeps; read
/// from that form and from every older one (each factor in full where it applies). The API answers the inline form
/// through `web::answer::Explained`, from the parts' own serialisation.
#[derive(Debug, Clone, PartialEq, Deserialize)]
#[serde(try_from = "wire::AssessmentIn")]
pub struct Assessment {
    pub model_version: String,
    pub overall: RiskPair,
    pub sites: Vec<SiteAssessment>,
    #[serde(default)]
    pub categories: Vec<CategoryAssessment>,
    pub findings: Vec<Finding>,
}

impl Assessment {
    /// Every score of the assessment: overall, each site, each goods category; forced labour before child labour.
    pub fn scores(&self) -> impl Iterator<Item = &Score> {
        [&self.overall.forced_labour, &self.overall.child_labour]
            .into_iter()
            .chain(self.sites.iter().flat_map(|s| [&s.risk.forced_labour, &s.risk.child_labour]))
            .chain(self.categories.iter().flat_map(|c| [&c.risk.forced_labour, &c.risk.child_labour]))
    }
}

impl Assessment {
    /// Derives every score that summarises the sites from the sites as they stand: the declaration's (`overall`) and
    /// each goods category's (`categories`: the sites the model placed in it), each the score and band of its highest
    /// site with one `highest_site` factor naming that site. The one derivation: the engine calls
    /// it once the sites are scored, and screening again after a confirmed hit raised or lowered a site
    /// (`screening::effect`), so no summary, nor the rows storage keeps of them, names a site's score from before.
    /// A category keeps its code and stored names; only its scores are replaced.
    pub fn summarise(&mut self, pool: &mut FactorPool) {
        let sites = &self.sites;
        self.overall = RiskPair {
            forced_labour: highest_site(sites, RiskKind::ForcedLabour, |_| true, pool),
            child_labour: highest_site(sites, RiskKind::ChildLabour, |_| true, pool),
        };
        for c in &mut self.categories {
            let code = c.category.as_str();
            let of = |s: &SiteAssessment| s.category.as_deref() == Some(code);
            c.risk = RiskPair {
                forced_labour: highest_site(sites, RiskKind::ForcedLabour, of, pool),
                child_labour: highest_site(sites, RiskKind::ChildLabour, of, pool),
            };
        }
    }
}

/// The most exposed of `sites` for a kind of risk, by one rule wherever a site is named as such (the declaration's and
/// each goods category's `highest_site`, the bid comparison's drivers): the highest score; among equal scores a site
/// holding a confirmed listed entity (a `screening_hit` factor: what drives the score is said first, before a region
/// or goods that bring another site to the same score); then the site nearest the buyer (the lowest tier; a site
/// that reaches no tier-1 site, only inside a supply loop, last); then the lowest site ID (in byte order). The order
/// the sites are listed in never decides, and no score depends on it. `None` when there are none.
pub fn most_exposed<'a>(
    sites: impl IntoIterator<Item = &'a SiteAssessment>,
    kind: RiskKind,
) -> Option<&'a SiteAssessment> {
    let listed = |s: &SiteAssessment| {
        s.risk.get(kind).factors.iter().any(|f| matches!(f.reason(), Some(Reason::ScreeningHit { .. })))
    };
    sites.into_iter().min_by(|a, b| {
        b.risk
            .get(kind)
            .score
            .total_cmp(&a.risk.get(kind).score)
            .then_with(|| listed(b).cmp(&listed(a)))
            .then_with(|| a.tier.unwrap_or(u32::MAX).cmp(&b.tier.unwrap_or(u32::MAX)))
            .then_with(|| a.site_id.as_str().cmp(b.site_id.as_str()))
    })
}

/// The score of kind `kind` of the most exposed of the `sites` that `keep` selects ([`most_exposed`]), with its
/// band and one `highest_site` factor naming the site and adding its whole score; zero with no factor when `keep`
/// selects none. Factors are shared through `pool`.
fn highest_site(
    sites: &[SiteAssessment],
    kind: RiskKind,
    keep: impl Fn(&SiteAssessment) -> bool,
    pool: &mut FactorPool,
) -> Score {
    let best = most_exposed(sites.iter().filter(|s| keep(s)), kind);
    match best {
        Some(s) => {
            let sc = s.risk.get(kind);
            // A confirmed screening hit on the site is what makes it critical: the summary names its entry.
            let listed = sc
                .factors
                .iter()
                .filter_map(|f| match f.reason() {
                    Some(Reason::ScreeningHit { list, list_en, entry, .. }) => Some(ListedEntry {
                        list: list.clone().unwrap_or_else(|| list_en.clone()),
                        entry: entry.clone(),
                    }),
                    _ => None,
                })
                .collect();
            let reason = Reason::HighestSite {
                site: s.site_id.clone(),
                site_name: s.site_name.clone(),
                tier: s.tier,
                country: s.country,
                listed,
            };
            Score {
                score: sc.score,
                band: sc.band,
                factors: vec![pool.share(Factor::new(reason, None, 1.0, sc.score))],
            }
        }
        None => Score::zero(),
    }
}

impl Serialize for Assessment {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        wire::serialize(self, s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_factor_is_a_code_with_its_parameters_and_reads_back_the_same() {
        let f = Factor::new(
            Reason::ListedGood {
                kind: RiskKind::ForcedLabour,
                good: Arc::from("Cotton"),
                country: CountryCode::parse("UZ").unwrap(),
            },
            None,
            60.0,
            60.0,
        );
        let json = serde_json::to_value(&f).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "listed_good", "kind": "forced_labour", "good": "Cotton", "country": "UZ",
                "source": null, "weight": 60.0, "contribution": 60.0})
        );
        let back: Factor = serde_json::from_value(json).unwrap();
        assert_eq!(back, f);
        assert_eq!(back.code(), "listed_good");
    }

    #[test]
    fn a_factor_stored_with_sentences_reads_as_its_code_and_its_words() {
        let old = serde_json::json!({"code": "listed_good", "label_en": "Cotton from Uzbekistan is on the ILAB list",
            "label_fr": "Cotton (Ouzbékistan) figure sur la liste", "weight": 60.0, "contribution": 60.0,
            "source": {"dataset": "ilab_goods.csv", "edition": "ILAB List of Goods 2022", "row": "line 9: Cotton — Uzbekistan"}});
        let f: Factor = serde_json::from_value(old).unwrap();
        assert_eq!(f.code(), "listed_good");
        assert!(f.reason().is_none());
        assert_eq!(f.label_en.as_deref(), Some("Cotton from Uzbekistan is on the ILAB list"));
        assert_eq!(f.source.as_ref().and_then(|s| s.row.as_deref()), Some("line 9: Cotton — Uzbekistan"));
        // An old factor whose code had no parameters reads as that code.
        let cap: Factor = serde_json::from_value(serde_json::json!({"code": "cap", "label_en": "Scores stop at 100",
            "label_fr": "Les notes plafonnent à 100", "source": null, "weight": 1.0, "contribution": -5.0}))
        .unwrap();
        assert_eq!(cap.reason(), Some(&Reason::Cap));
    }

    #[test]
    fn a_stored_factor_whose_parameter_does_not_hold_is_an_error_naming_its_field() {
        let with = |mut factor: serde_json::Value| {
            factor["weight"] = serde_json::json!(1.0);
            factor["contribution"] = serde_json::json!(4.0);
            factor
        };
        for (factor, field) in [
            (with(serde_json::json!({"code": "upstream", "site": "S2", "decay": "half"})), "decay"),
            (
                with(serde_json::json!({"code": "listed_good", "kind": "forced_labour", "good": "Cotton",
                    "country": "Atlantis"})),
                "country",
            ),
            (
                with(serde_json::json!({"code": "mitigation", "share": 0.2, "practices": "policy",
                    "floored": false})),
                "practices",
            ),
            (
                with(serde_json::json!({"code": "region", "country": "CN", "label_en": "Xinjiang", "label_fr": 7})),
                "label_fr",
            ),
            (
                with(serde_json::json!({"code": "local_input", "kind": "child_labour", "good": "Cotton",
                    "country": "UZ", "declared": "yes"})),
                "declared",
            ),
            (serde_json::json!({"code": "cap", "weight": "one", "contribution": 1.0}), "weight"),
        ] {
            let e = serde_json::from_value::<Factor>(factor.clone()).unwrap_err().to_string();
            let code = factor["code"].as_str().unwrap();
            assert!(e.starts_with(&format!("factor `{code}`: ")), "{factor}: {e}");
            assert!(e.contains(&format!("field `{field}`")), "{factor}: {e}");
        }
        // A parameter left out is named too, and a factor with no code says so.
        let e = serde_json::from_value::<Factor>(with(serde_json::json!({"code": "upstream", "site": "S2"})))
            .unwrap_err()
            .to_string();
        assert_eq!(e, "factor `upstream`: missing field `decay`");
        let e = serde_json::from_value::<Factor>(with(serde_json::json!({"site": "S2", "decay": 0.5}))).unwrap_err();
        assert!(e.to_string().contains("missing field `code`"), "{e}");
    }

    #[test]
    fn factors_stored_before_they_were_codes_still_read_whatever_their_code() {
        // A code no reason has any more, one whose reason now has parameters, and one stored again after it was read
        // (its words as the factor's own): each reads as its code with its words.
        for code in ["country_context", "forced_prevalence", "upstream", "mitigation"] {
            let old = serde_json::json!({"code": code, "label_en": "In words", "label_fr": "En mots", "source": null,
                "weight": 1.0, "contribution": 2.5});
            let f: Factor = serde_json::from_value(old).unwrap();
            assert_eq!((f.code(), f.reason()), (code, None));
            assert_eq!((f.label_en.as_deref(), f.label_fr.as_deref()), (Some("In words"), Some("En mots")));
            let again: Factor = serde_json::from_value(serde_json::to_value(&f).unwrap()).unwrap();
            assert_eq!(again, f);
        }
    }

    fn uz() -> CountryCode {
        CountryCode::parse("UZ").unwrap()
    }

    fn prevalence() -> Factor {
        Factor::new(
            Reason::ForcedPrevalence {
                country: uz(),
                ilo_region: Arc::from("Asia and the Pacific"),
                prevalence: 3.5,
                per: None,
            },
            Some(SourceRef {
                dataset: Arc::from("ilo_prevalence.csv"),
                edition: Arc::from("ILO 2022"),
                edition_fr: None,
                line: Some(3),
                entry: None,
                row: None,
            }),
            1.0,
            8.8,
        )
    }

    fn mitigation(contribution: f64) -> Factor {
        Factor::new(
            Reason::Mitigation {
                share: 0.2,
                practices: vec![Practice::Policy],
                floored: false,
                presumption: false,
                kept: None,
                withheld: None,
            },
            None,
            1.0,
            contribution,
        )
    }

    /// A score of these factors, each its own allocation (as a caller that builds factors by hand has them); to the
    /// tenth, as it is written.
    fn score(factors: Vec<Factor>) -> Score {
        let score = (factors.iter().map(|f| f.contribution).sum::<f64>().max(0.0) * 10.0).round() / 10.0;
        Score { score, band: Band::from_score(score), factors: factors.into_iter().map(Arc::new).collect() }
    }

    /// Three sites of one country (the same prevalence everywhere, mitigation of different sizes), one site stored
    /// with words, a category with its stored names, a finding.
    fn sample() -> Assessment {
        let site = |id: &str, tier: u32, fl: Vec<Factor>| SiteAssessment {
            site_id: SiteId::parse(id).unwrap(),
            site_name: format!("Site {id}"),
            tier: Some(tier),
            country: uz(),
            region: (tier == 2).then(|| "Karakalpakstan".to_string()),
            role: Role::Manufacturing,
            category: Some("N4020".into()),
            risk: RiskPair { forced_labour: score(fl), child_labour: Score::zero() },
        };
        let stored = Factor {
            reason: Explanation::Stored { code: "listed_good".into() },
            source: None,
            weight: 60.0,
            contribution: 60.0,
            label_en: Some("Cotton from Uzbekistan is on the ILAB list".into()),
            label_fr: Some("Le coton d'Ouzbékistan figure sur la liste".into()),
        };
        let upstream = Factor::new(
            Reason::Upstream {
                site: SiteId::parse("S2").unwrap(),
                decay: 0.5,
                score: None,
                context: None,
                points: None,
                carried: None,
                capped: false,
                presumption: None,
                listed: Vec::new(),
            },
            None,
            0.5,
            4.4,
        );
        Assessment {
            model_version: "2026.1".into(),
            overall: RiskPair {
                forced_labour: score(vec![prevalence(), upstream.clone(), mitigation(-2.6)]),
                child_labour: Score::zero(),
            },
            sites: vec![
                site("S1", 1, vec![prevalence(), upstream, mitigation(-2.6)]),
                site("S2", 2, vec![prevalence(), mitigation(-1.8)]),
                site("S3", 2, vec![stored, prevalence(), mitigation(-1.8)]),
            ],
            categories: vec![CategoryAssessment {
                category: "N4020".into(),
                label_en: Some("Rope".into()),
                label_fr: Some("Cordage".into()),
                risk: RiskPair { forced_labour: score(vec![prevalence()]), child_labour: Score::zero() },
            }],
            findings: vec![Finding::new(
                crate::domain::FindingReason::DisclosureGap {
                    site: SiteId::parse("S3").unwrap(),
                    site_name: String::new(),
                    goods: vec![Arc::from("Cotton")],
                    presumed: vec![],
                },
                crate::domain::Severity::Medium,
                Some("PlacesOfWork: S3".into()),
            )],
        }
    }

    /// The form written before factors were said once: every factor in full where it applies (the parts' own
    /// serialisation, which the API still answers).
    fn inline_form(a: &Assessment) -> serde_json::Value {
        serde_json::json!({"model_version": a.model_version, "overall": a.overall, "sites": a.sites,
            "categories": a.categories, "findings": a.findings})
    }

    #[test]
    fn a_factor_repeated_in_many_scores_is_written_once_and_referred_to_by_index() {
        let json = serde_json::to_value(sample()).unwrap();
        assert_eq!(json["form"], 3);
        let table = json["factors"].as_array().unwrap();
        // prevalence, upstream, mitigation −2.6, mitigation −1.8, the stored factor: five distinct of fifteen.
        assert_eq!(table.len(), 5);
        assert_eq!(table[0]["code"], "forced_prevalence");
        assert_eq!(table[0]["source"]["dataset"], "ilo_prevalence.csv");
        // The upstream factor is written without its supplier site, which each score that has it gives.
        assert_eq!(table[1]["sites_in_scores"], true);
        assert_eq!(json["overall"]["forced_labour"]["factors"], serde_json::json!([0, [1, "S2"], 2]));
        assert_eq!(json["sites"][0]["forced_labour"]["factors"], serde_json::json!([0, [1, "S2"], 2]));
        assert_eq!(json["sites"][1]["forced_labour"]["factors"], serde_json::json!([0, 3]));
        assert_eq!(json["sites"][2]["forced_labour"]["factors"], serde_json::json!([4, 0, 3]));
        assert_eq!(json["sites"][2]["child_labour"]["factors"], serde_json::json!([]));
        assert_eq!(json["categories"][0]["forced_labour"]["factors"], serde_json::json!([0]));
        assert_eq!(table[4]["label_fr"], "Le coton d'Ouzbékistan figure sur la liste");
        // Everything else is written as the parts write it.
        assert_eq!(json["sites"][1]["region"], "Karakalpakstan");
        assert_eq!(json["categories"][0]["label_en"], "Rope");
        assert_eq!(json["findings"], serde_json::to_value(&sample().findings).unwrap());
    }

    #[test]
    fn an_assessment_reads_back_the_same_from_the_said_once_form() {
        let a = sample();
        let text = serde_json::to_string(&a).unwrap();
        assert!(text.starts_with(r#"{"form":3,"#), "{text}");
        assert_eq!(serde_json::from_str::<Assessment>(&text).unwrap(), a);
        // With its keys in another order too (a database may keep JSON objects with their keys sorted): the scores
        // before the table they refer to.
        let json: serde_json::Value = serde_json::from_str(&text).unwrap();
        let keys = ["sites", "categories", "overall", "findings", "factors", "model_version", "form"];
        let reordered =
            format!("{{{}}}", keys.iter().map(|k| format!("\"{k}\":{}", json[k])).collect::<Vec<_>>().join(","));
        assert!(reordered.starts_with(r#"{"sites":[{"#), "{reordered}");
        assert_eq!(serde_json::from_str::<Assessment>(&reordered).unwrap(), a);
    }

    #[test]
    fn a_site_without_tier_region_or_category_is_written_without_them_and_reads_back_as_none() {
        let mut a = sample();
        // A site in a cycle has no tier; one in no category and without a region (S1 has none already).
        a.sites[0].tier = None;
        a.sites[0].category = None;
        let json = serde_json::to_value(&a).unwrap();
        let s1 = json["sites"][0].as_object().unwrap();
        for key in ["tier", "region", "category"] {
            assert!(!s1.contains_key(key), "{key} written for a site without one: {s1:?}");
        }
        assert_eq!(json["sites"][1]["region"], "Karakalpakstan");
        assert_eq!(json["sites"][1]["tier"], 2);
        assert_eq!(json["sites"][1]["category"], "N4020");
        assert_eq!(serde_json::from_value::<Assessment>(json.clone()).unwrap(), a);
        // Written `null` by the releases before, the same site reads the same.
        let mut with_nulls = json;
        for key in ["tier", "region", "category"] {
            with_nulls["sites"][0][key] = serde_json::Value::Null;
        }
        assert_eq!(serde_json::from_value::<Assessment>(with_nulls).unwrap(), a);
    }

    #[test]
    fn an_assessment_stored_inline_reads_the_same_as_its_said_once_round_trip() {
        let a = sample();
        let old = inline_form(&a).to_string();
        let from_old: Assessment = serde_json::from_str(&old).unwrap();
        let round_trip: Assessment = serde_json::from_str(&serde_json::to_string(&from_old).unwrap()).unwrap();
        assert_eq!(from_old, a);
        assert_eq!(round_trip, from_old);
        // Shorter, though this sample repeats little.
        assert!(serde_json::to_string(&a).unwrap().len() < old.len());
        // The oldest documents had no categories.
        let mut older = inline_form(&a);
        older.as_object_mut().unwrap().remove("categories");
        let read: Assessment = serde_json::from_value(older).unwrap();
        assert!(read.categories.is_empty());
        assert_eq!(read.sites, a.sites);
    }

    /// Whether two factors are one allocation.
    fn shared(a: &Arc<Factor>, b: &Arc<Factor>) -> bool {
        Arc::ptr_eq(a, b)
    }

    #[test]
    fn an_assessment_read_from_any_form_holds_each_distinct_factor_once() {
        let a = sample();
        // Built by hand: the same prevalence is five allocations.
        assert!(!shared(&a.sites[0].risk.forced_labour.factors[0], &a.sites[1].risk.forced_labour.factors[0]));
        let said_once: Assessment = serde_json::from_str(&serde_json::to_string(&a).unwrap()).unwrap();
        let inline: Assessment = serde_json::from_value(inline_form(&a)).unwrap();
        for read in [&said_once, &inline] {
            assert_eq!(read, &a);
            let fl = |i: usize| &read.sites[i].risk.forced_labour.factors;
            let prevalence = &read.overall.forced_labour.factors[0];
            for other in [&fl(0)[0], &fl(1)[0], &fl(2)[1], &read.categories[0].risk.forced_labour.factors[0]] {
                assert!(shared(prevalence, other));
            }
            // The same mitigation in two sites is one; mitigations of different sizes are two.
            assert!(shared(&fl(1)[1], &fl(2)[2]));
            assert!(!shared(&fl(0)[2], &fl(1)[1]));
            assert!(shared(&read.overall.forced_labour.factors[1], &fl(0)[1]));
        }
        // Shared factors are written as before: the same said-once and inline documents.
        assert_eq!(serde_json::to_string(&said_once).unwrap(), serde_json::to_string(&a).unwrap());
        assert_eq!(inline_form(&inline), inline_form(&a));
    }

    /// The writer rounds nothing: a factor and a score are written as they are and read back to the bit, whatever
    /// their numbers (the engine gives them at the precision the explanations state: `scoring::tests`). So what is
    /// stored is what was scored.
    #[test]
    fn scores_points_and_shares_are_written_as_they_are_and_read_back_to_the_bit() {
        let country = CountryCode::parse("IN").unwrap();
        let exact = [
            Factor::new(Reason::ChildContext { country, level: None, share: Some(0.062) }, None, 1.0, -54.1),
            Factor::new(
                Reason::RegionalEstimate { country, in_ilab: false, region: None, share: 0.1 + 0.2 },
                None,
                1.0,
                0.1 + 0.2,
            ),
            Factor::new(
                Reason::Mitigation {
                    share: 0.30000000000000004,
                    practices: vec![],
                    floored: false,
                    presumption: false,
                    kept: None,
                    withheld: None,
                },
                None,
                -0.30000000000000004,
                -6.900000000000006,
            ),
        ];
        let json = serde_json::to_string(&exact).unwrap();
        for written in ["\"share\":0.062", "\"contribution\":-54.1", "\"contribution\":-6.900000000000006"] {
            assert!(json.contains(written), "{written} in {json}");
        }
        let back: Vec<Factor> = serde_json::from_str(&json).unwrap();
        assert_eq!(back, exact);
        let s = score(exact.to_vec());
        let noisy = Score { score: 0.1 + 0.2 + 33.3, ..s };
        let back: Score = serde_json::from_value(serde_json::to_value(&noisy).unwrap()).unwrap();
        assert_eq!(back, noisy);
    }

    #[test]
    fn the_pool_shares_factors_that_write_the_same_and_only_those() {
        let mut pool = FactorPool::default();
        let first = pool.share(prevalence());
        assert!(shared(&first, &pool.share(prevalence())));
        assert!(!shared(&first, &pool.share(mitigation(-1.8))));
        // Equal as numbers, written differently: −0.0 is not 0.0 in JSON, so not the same factor.
        let zero = pool.share(mitigation(0.0));
        let negative_zero = pool.share(mitigation(-0.0));
        assert!(!shared(&zero, &negative_zero));
        assert_eq!(serde_json::to_value(&*negative_zero).unwrap()["contribution"].to_string(), "-0.0");
        // A factor with words is not the same as the code alone.
        let mut worded = prevalence();
        worded.label_en = Some("Prevalence".into());
        assert!(!shared(&first, &pool.share(worded)));
    }

    /// One factor of every reason, then the same with each of its parameters and each of the factor's own fields
    /// changed in turn (numbers also to `-0.0`, which writes apart from `0.0`).
    fn every_kind_of_factor() -> Vec<Factor> {
        let (c, d) = (uz(), CountryCode::parse("IN").unwrap());
        let a = |s: &str| Arc::<str>::from(s);
        let site = |s: &str| SiteId::parse(s).unwrap();
        let fk = RiskKind::ForcedLabour;
        let ck = RiskKind::ChildLabour;
        let reasons = vec![
            Reason::ListedGood { kind: fk, good: a("Cotton"), country: c },
            Reason::ListedGood { kind: ck, good: a("Cotton"), country: c },
            Reason::ListedGood { kind: fk, good: a("Silk"), country: c },
            Reason::ListedGood { kind: fk, good: a("Cotton"), country: d },
            Reason::DerivedGood {
                kind: fk,
                good: a("Garments"),
                country: c,
                input: a("Cotton"),
                input_country: a("UZ"),
            },
            Reason::DerivedGood { kind: fk, good: a("Garments"), country: c, input: a("Silk"), input_country: a("UZ") },
            Reason::DerivedGood {
                kind: fk,
                good: a("Garments"),
                country: c,
                input: a("Cotton"),
                input_country: a("IN"),
            },
            Reason::ForcedPrevalence { country: c, ilo_region: a("Asia"), prevalence: 3.5, per: None },
            Reason::ForcedPrevalence { country: c, ilo_region: a("Asia"), prevalence: 3.6, per: None },
            Reason::ForcedPrevalence { country: c, ilo_region: a("Asia"), prevalence: 0.0, per: Some(2.0) },
            Reason::ForcedPrevalence { country: c, ilo_region: a("Asia"), prevalence: -0.0, per: Some(2.0) },
            Reason::ForcedPrevalence { country: c, ilo_region: a("Asia"), prevalence: 0.0, per: Some(-0.0) },
            Reason::ForcedPrevalence { country: c, ilo_region: a("Africa"), prevalence: 3.5, per: None },
            Reason::WorldPrevalence {
                country: c,
                because: WorldBecause::NoRegion,
                ilo_region: None,
                prevalence: 3.5,
                per: None,
            },
            Reason::WorldPrevalence {
                country: c,
                because: WorldBecause::NoEstimate,
                ilo_region: None,
                prevalence: 3.5,
                per: None,
            },
            Reason::WorldPrevalence {
                country: c,
                because: WorldBecause::NoEstimate,
                ilo_region: Some(a("Asia")),
                prevalence: 3.5,
                per: Some(1.5),
            },
            Reason::ChildContext { country: c, level: None, share: Some(0.1) },
            Reason::ChildContext { country: c, level: Some(a("Moderate")), share: Some(0.1) },
            Reason::ChildContext { country: c, level: None, share: None },
            Reason::UnassessedLevel { country: c, level: None },
            Reason::UnassessedLevel { country: c, level: Some(a("No Advancement")) },
            Reason::RegionalEstimate { country: c, in_ilab: true, region: None, share: 0.1 },
            Reason::RegionalEstimate { country: c, in_ilab: false, region: None, share: 0.1 },
            Reason::RegionalEstimate { country: c, in_ilab: true, region: Some(a("Asia")), share: 0.1 },
            Reason::IncomeEstimate { country: c, in_ilab: true, group: a("High income"), share: 0.1 },
            Reason::IncomeEstimate { country: c, in_ilab: true, group: a("Low income"), share: 0.1 },
            Reason::IncomeEstimate { country: c, in_ilab: true, group: a("Low income"), share: 0.2 },
            Reason::CountryIndex { country: c, value: 1.0, measure_en: a("m"), measure_fr: a("m") },
            Reason::CountryIndex { country: c, value: 1.0, measure_en: a("m"), measure_fr: a("n") },
            Reason::CountryIndex { country: c, value: 2.0, measure_en: a("m"), measure_fr: a("m") },
            Reason::ListedEntity { entity: a("Acme"), list: a("2024") },
            Reason::ListedEntity { entity: a("Acme"), list: a("2025") },
            Reason::ScreeningHit {
                list: Some(a("uflpa")),
                list_en: a(""),
                list_fr: a(""),
                entry: a("Acme"),
                section: None,
                effective: None,
                detail: a(""),
                status: None,
            },
            Reason::ScreeningHit {
                list: Some(a("uflpa")),
                list_en: a(""),
                list_fr: a(""),
                entry: a("Acme"),
                section: Some(a("2(d)")),
                effective: chrono::NaiveDate::from_ymd_opt(2026, 1, 15),
                detail: a(""),
                status: None,
            },
            Reason::ScreeningHit {
                list: None,
                list_en: a("UFLPA"),
                list_fr: a("LPTFO"),
                entry: a("Acme"),
                section: None,
                effective: None,
                detail: a(", 2(d)"),
                status: None,
            },
            Reason::Region { country: c, label_en: a("Xinjiang"), label_fr: a("Xinjiang"), read: None },
            Reason::Region { country: c, label_en: a("Xinjiang"), label_fr: a("Sin-kiang"), read: None },
            Reason::RegionFloor { country: c, floor: 80.0 },
            Reason::RegionFloor { country: c, floor: 85.0 },
            Reason::Upstream {
                site: site("S1"),
                decay: 0.5,
                score: None,
                context: None,
                points: None,
                carried: None,
                capped: false,
                presumption: None,
                listed: Vec::new(),
            },
            Reason::Upstream {
                site: site("S2"),
                decay: 0.5,
                score: None,
                context: None,
                points: None,
                carried: None,
                capped: false,
                presumption: None,
                listed: Vec::new(),
            },
            Reason::Upstream {
                site: site("S1"),
                decay: 0.6,
                score: None,
                context: None,
                points: None,
                carried: None,
                capped: false,
                presumption: None,
                listed: Vec::new(),
            },
            Reason::Upstream {
                site: site("S1"),
                decay: 0.5,
                score: Some(40.0),
                context: None,
                points: None,
                carried: None,
                capped: false,
                presumption: None,
                listed: Vec::new(),
            },
            Reason::Upstream {
                site: site("S1"),
                decay: 0.5,
                score: Some(40.0),
                context: Some(0.0),
                points: None,
                carried: None,
                capped: false,
                presumption: None,
                listed: Vec::new(),
            },
            Reason::Upstream {
                site: site("S1"),
                decay: 0.5,
                score: Some(40.0),
                context: Some(-0.0),
                points: None,
                carried: None,
                capped: false,
                presumption: None,
                listed: Vec::new(),
            },
            Reason::Upstream {
                site: site("S1"),
                decay: 0.5,
                score: Some(40.0),
                context: None,
                points: None,
                carried: Some(40.0),
                capped: false,
                presumption: None,
                listed: Vec::new(),
            },
            Reason::Upstream {
                site: site("S1"),
                decay: 0.5,
                score: Some(100.0),
                context: None,
                points: Some(120.0),
                carried: Some(100.0),
                capped: false,
                presumption: None,
                listed: Vec::new(),
            },
            Reason::Upstream {
                site: site("S1"),
                decay: 0.5,
                score: Some(100.0),
                context: None,
                points: Some(120.0),
                carried: Some(100.0),
                capped: true,
                presumption: None,
                listed: Vec::new(),
            },
            Reason::LocalInput { kind: fk, good: a("Cotton"), country: c, declared: true, supplied: false },
            Reason::LocalInput { kind: fk, good: a("Cotton"), country: c, declared: false, supplied: false },
            Reason::LocalInput { kind: fk, good: a("Cotton"), country: c, declared: true, supplied: true },
            Reason::UndisclosedInput {
                kind: fk,
                good: a("Cotton"),
                declared: true,
                countries: vec![a("UZ")],
                listings: 1,
                supplied: false,
                presumed: false,
                suppliers: Vec::new(),
            },
            Reason::UndisclosedInput {
                kind: fk,
                good: a("Cotton"),
                declared: true,
                countries: vec![a("UZ"), a("IN")],
                listings: 1,
                supplied: false,
                presumed: false,
                suppliers: Vec::new(),
            },
            Reason::UndisclosedInput {
                kind: fk,
                good: a("Cotton"),
                declared: true,
                countries: vec![a("UZ")],
                listings: 2,
                supplied: false,
                presumed: false,
                suppliers: Vec::new(),
            },
            Reason::UnreadGoods { goods: a("widgets"), made_of: None, country: None, kind: None, listings: None },
            Reason::UnreadGoods { goods: a("gadgets"), made_of: None, country: None, kind: None, listings: None },
            Reason::UnreadGoods { goods: a("widgets"), made_of: None, country: Some(c), kind: None, listings: None },
            Reason::UnreadGoods {
                goods: a("widgets"),
                made_of: None,
                country: Some(c),
                kind: Some(RiskKind::ForcedLabour),
                listings: None,
            },
            Reason::UnreadGoods {
                goods: a("widgets"),
                made_of: None,
                country: Some(c),
                kind: Some(RiskKind::ChildLabour),
                listings: Some(3),
            },
            Reason::UnreadGoods {
                goods: a("widgets"),
                made_of: None,
                country: Some(c),
                kind: Some(RiskKind::ChildLabour),
                listings: Some(4),
            },
            Reason::UnreadAsListed { kind: fk, good: a("Garments"), country: c, listings: 2, derived: false },
            Reason::UnreadAsListed { kind: fk, good: a("Garments"), country: c, listings: 3, derived: false },
            Reason::UnreadAsListed { kind: fk, good: a("Garments"), country: c, listings: 2, derived: true },
            Reason::UnreadAsListed { kind: fk, good: a("Bricks"), country: c, listings: 2, derived: false },
            Reason::Mitigation {
                share: 0.2,
                practices: vec![Practice::Policy],
                floored: false,
                presumption: false,
                kept: None,
                withheld: None,
            },
            Reason::Mitigation {
                share: 0.2,
                practices: vec![Practice::Training],
                floored: false,
                presumption: false,
                kept: None,
                withheld: None,
            },
            Reason::Mitigation {
                share: 0.2,
                practices: vec![],
                floored: true,
                presumption: false,
                kept: None,
                withheld: None,
            },
            Reason::Mitigation {
                share: 0.2,
                practices: vec![],
                floored: false,
                presumption: true,
                kept: None,
                withheld: None,
            },
            Reason::Cap,
            Reason::HighestSite { site: site("S1"), site_name: "A".into(), tier: Some(1), country: c, listed: vec![] },
            Reason::HighestSite { site: site("S1"), site_name: "B".into(), tier: Some(1), country: c, listed: vec![] },
            Reason::HighestSite { site: site("S1"), site_name: "A".into(), tier: None, country: c, listed: vec![] },
            Reason::HighestSite {
                site: site("S1"),
                site_name: "A".into(),
                tier: Some(1),
                country: c,
                listed: vec![ListedEntry { list: a("uflpa"), entry: a("Acme") }],
            },
        ];
        let source = SourceRef {
            dataset: a("ilab_goods.csv"),
            edition: a("ILAB 2022"),
            edition_fr: None,
            line: Some(3),
            entry: None,
            row: None,
        };
        let mut out: Vec<Factor> = reasons.into_iter().map(|r| Factor::new(r, None, 1.0, 5.0)).collect();
        let base = || Factor::new(Reason::Cap, Some(source.clone()), 1.0, 5.0);
        out.push(base());
        out.push(Factor { source: Some(SourceRef { line: Some(4), ..source.clone() }), ..base() });
        out.push(Factor { source: Some(SourceRef { entry: Some(a("x")), ..source.clone() }), ..base() });
        out.push(Factor { source: Some(SourceRef { row: Some("r".into()), ..source.clone() }), ..base() });
        out.push(Factor { source: Some(SourceRef { edition: a("ILAB 2024"), ..source.clone() }), ..base() });
        out.push(Factor {
            source: Some(SourceRef { edition_fr: Some(a("Liste de l'ILAB 2022")), ..source.clone() }),
            ..base()
        });
        out.push(Factor { weight: 2.0, ..base() });
        out.push(Factor { contribution: 0.0, ..base() });
        out.push(Factor { contribution: -0.0, ..base() });
        out.push(Factor { label_en: Some("Cap".into()), ..base() });
        out.push(Factor { label_fr: Some("Plafond".into()), ..base() });
        out.push(Factor { reason: Explanation::Stored { code: "upstream".into() }, ..base() });
        out.push(Factor { reason: Explanation::Stored { code: "listed_good".into() }, ..base() });
        out
    }

    /// The pool's test of sameness is the said-once form's: two factors are one allocation exactly when they write
    /// the same JSON, whichever field they differ in.
    #[test]
    fn the_pool_shares_exactly_the_factors_whose_json_is_the_same() {
        let factors = every_kind_of_factor();
        let mut pool = FactorPool::default();
        // Each factor twice, the second round after every other factor was met.
        let first: Vec<Arc<Factor>> = factors.iter().map(|f| pool.share(f.clone())).collect();
        let again: Vec<Arc<Factor>> = factors.iter().map(|f| pool.share(f.clone())).collect();
        let json: Vec<String> = factors.iter().map(|f| serde_json::to_string(f).unwrap()).collect();
        for (i, a) in first.iter().chain(&again).enumerate() {
            for (j, b) in first.iter().chain(&again).enumerate() {
                let same = json[i % factors.len()] == json[j % factors.len()];
                assert_eq!(shared(a, b), same, "{} and {}", json[i % factors.len()], json[j % factors.len()]);
            }
        }
    }

    #[test]
    fn a_factor_index_outside_the_table_is_refused_with_its_place() {
        let mut json = serde_json::to_value(sample()).unwrap();
        json["sites"][1]["forced_labour"]["factors"] = serde_json::json!([0, 5]);
        let e = serde_json::from_value::<Assessment>(json).unwrap_err().to_string();
        assert!(e.contains("sites[1].forced_labour: factor 5 refers to no entry"), "{e}");
        assert!(e.contains("(5 entries)"), "{e}");
        let mut json = serde_json::to_value(sample()).unwrap();
        json["overall"]["child_labour"]["factors"] = serde_json::json!([-1]);
        assert!(serde_json::from_value::<Assessment>(json).is_err());
    }

    #[test]
    fn a_form_newer_than_this_build_reads_is_refused_not_guessed() {
        let mut json = serde_json::to_value(sample()).unwrap();
        json["form"] = serde_json::json!(4);
        let e = serde_json::from_value::<Assessment>(json).unwrap_err().to_string();
        assert!(e.contains("form 4, newer than this version of chainon reads (up to form 3)"), "{e}");
    }

    /// `sample()` with findings about its sites (S1, S2, S3, named `Site S1` …): the same undisclosed origin at S1, S2
    /// and S3, the same disclosure gap at S1 and S2 (by id only), each with other findings between them; and
    /// findings that cannot be in a group: about no single site, alone of their kind, about a site not in `sites`,
    /// naming the site otherwise than `sites` does, placed elsewhere than at the site, or with words of their own.
    fn with_site_findings() -> Assessment {
        use crate::domain::{FindingReason as R, Place, Right, Severity};
        let id = |s: &str| SiteId::parse(s).unwrap();
        let at = |s: &str| Some(Place::site(&id(s)));
        let origin = |s: &str, goods: &[&str]| {
            let goods = goods.iter().map(|g| Arc::from(*g)).collect();
            Finding::new(
                R::OriginUndisclosed { site: id(s), site_name: format!("Site {s}"), goods, presumed: vec![] },
                Severity::High,
                at(s),
            )
        };
        let gap = |s: &str| {
            Finding::new(
                R::DisclosureGap {
                    site: id(s),
                    site_name: format!("Site {s}"),
                    goods: vec![Arc::from("Rubber")],
                    presumed: vec![],
                },
                Severity::Medium,
                at(s),
            )
        };
        let mut renamed = origin("S3", &["Cotton", "Sisal"]);
        if let crate::domain::FindingText::Coded(R::OriginUndisclosed { site_name, .. }) = &mut renamed.what {
            *site_name = "S3 as it was named".into();
        }
        let mut elsewhere = gap("S3");
        elsewhere.location = Some(Place::GoodsLine("Rope".into()));
        let mut with_words = gap("S3");
        with_words.label_en = Some("Site S3 takes in Rubber".into());
        with_words.label_fr = Some("Le lieu S3 utilise du caoutchouc".into());
        let mut a = sample();
        a.findings = vec![
            origin("S1", &["Cotton", "Sisal"]),
            Finding::new(R::AttestationNo { right: Right::ChildLabour, missing: true }, Severity::High, None),
            gap("S1"),
            origin("S2", &["Cotton", "Sisal"]),
            Finding::new(
                R::RegionMissing {
                    site: id("S2"),
                    site_name: String::new(),
                    country: uz(),
                    regions: vec!["Karakalpakstan".into()],
                },
                Severity::Medium,
                at("S2"),
            ),
            origin("S9", &["Cotton", "Sisal"]),
            renamed,
            elsewhere,
            with_words,
            gap("S2"),
            origin("S2", &["Cotton"]),
            origin("S3", &["Cotton", "Sisal"]),
        ];
        a
    }

    #[test]
    fn findings_about_sites_that_say_the_same_are_written_once_with_their_sites_and_read_back_in_their_order() {
        let a = with_site_findings();
        let json = serde_json::to_value(&a).unwrap();
        assert_eq!(json["form"], 3);
        let findings = json["findings"].as_array().unwrap();
        // Twelve findings: one entry for the three undisclosed origins, one for the two gaps, seven written whole.
        assert_eq!(findings.len(), 9, "{findings:#?}");
        assert_eq!(
            findings[0],
            serde_json::json!({"code": "origin_undisclosed", "goods": ["Cotton", "Sisal"], "severity": "high",
                "for_sites": ["S1", "S2", "S3"], "at": [0, 3, 11]})
        );
        assert_eq!(findings[1], serde_json::to_value(&a.findings[1]).unwrap());
        assert_eq!(
            findings[2],
            serde_json::json!({"code": "disclosure_gap", "goods": ["Rubber"], "severity": "medium",
                "for_sites": ["S1", "S2"], "at": [2, 9]})
        );
        // The others whole, in their order: the region not named (alone), S9 (not in `sites`), the renamed site, the
        // gap placed at a goods line, the gap with words of its own, the undisclosed cotton alone.
        for (entry, finding) in findings[3..].iter().zip([4, 5, 6, 7, 8, 10]) {
            assert_eq!(entry, &serde_json::to_value(&a.findings[finding]).unwrap(), "finding {finding}");
        }
        assert_eq!(serde_json::from_value::<Assessment>(json.clone()).unwrap(), a);
        // The groups' words, as `chainon assess` writes them, are said of every site listed: not read back into any.
        let groups = FindingGroups::of(&a);
        assert_eq!(groups.groups().collect::<Vec<_>>(), vec![(0, 3), (2, 2)]);
        assert!((0..12).all(|i| groups.is_grouped(i) == [0, 2, 3, 9, 11].contains(&i)));
        let with_words = serde_json::to_value(SaidOnce::with_words(&a, &Coded)).unwrap();
        assert_eq!(with_words["findings"][0]["label_en"], "each site: origin_undisclosed");
        assert_eq!(with_words["findings"][0]["label_fr"], "chaque lieu : origin_undisclosed");
        assert_eq!(with_words["findings"][2]["label_en"], "each site: disclosure_gap");
        // A finding written whole has no words from them (`chainon assess` gives it its own).
        assert!(with_words["findings"][1].get("label_en").is_none());
        assert_eq!(without_words(serde_json::from_value::<Assessment>(with_words).unwrap()), a);
        // With its keys in another order (the findings before the sites that name them).
        let keys = ["findings", "sites", "categories", "overall", "factors", "model_version", "form"];
        let reordered =
            format!("{{{}}}", keys.iter().map(|k| format!("\"{k}\":{}", json[k])).collect::<Vec<_>>().join(","));
        assert_eq!(serde_json::from_str::<Assessment>(&reordered).unwrap(), a);
    }

    /// `a` without the words a factor written whole is read with from a document written with words (those of a code;
    /// a factor stored with words keeps them).
    fn without_words(mut a: Assessment) -> Assessment {
        let scores = [&mut a.overall.forced_labour, &mut a.overall.child_labour]
            .into_iter()
            .chain(a.sites.iter_mut().flat_map(|s| [&mut s.risk.forced_labour, &mut s.risk.child_labour]))
            .chain(a.categories.iter_mut().flat_map(|c| [&mut c.risk.forced_labour, &mut c.risk.child_labour]));
        for s in scores {
            for f in &mut s.factors {
                if f.reason().is_some() {
                    let f = Arc::make_mut(f);
                    (f.label_en, f.label_fr) = (None, None);
                }
            }
        }
        a
    }

    /// Words that say what is said once by its code (and, for a factor, whether it is said of a listed supplier).
    struct Coded;

    impl AssessmentWords for Coded {
        fn factor(&self, f: &Factor, shaped: bool) -> (String, String) {
            (format!("{} {shaped}", f.code()), format!("{} {shaped} (fr)", f.code()))
        }

        fn finding_group(&self, f: &Finding) -> (String, String) {
            (format!("each site: {}", f.code().as_ref()), format!("chaque lieu : {}", f.code().as_ref()))
        }

        fn arithmetic(&self, a: &super::ScoreArithmetic) -> (Vec<String>, Vec<String>) {
            (vec![format!("= {}", a.score)], vec![format!("= {} (fr)", a.score)])
        }
    }

    /// An `upstream` factor from `supplier`, carrying 38.0 × 0.5.
    fn upstream_from(supplier: &str) -> Factor {
        let site = SiteId::parse(supplier).unwrap();
        let reason = Reason::Upstream {
            site,
            decay: 0.5,
            score: Some(58.0),
            context: Some(20.0),
            points: None,
            carried: Some(38.0),
            capped: false,
            presumption: None,
            listed: Vec::new(),
        };
        Factor::new(reason, None, 0.5, 19.0)
    }

    /// Cotton of unknown origin, its declared suppliers (`suppliers`) establishing none.
    fn cotton_through(suppliers: &[&str]) -> Factor {
        let suppliers = suppliers
            .iter()
            .map(|s| OpenSupplier {
                site: SiteId::parse(s).unwrap(),
                country: uz(),
                because: OpenBecause::PassesOnUnknown,
                region: None,
            })
            .collect();
        let reason = Reason::UndisclosedInput {
            kind: RiskKind::ForcedLabour,
            good: Arc::from("Cotton"),
            declared: true,
            countries: vec![Arc::from("Uzbekistan"), Arc::from("China")],
            listings: 2,
            supplied: true,
            presumed: true,
            suppliers,
        };
        let source = SourceRef {
            dataset: Arc::from("ilab_goods.csv"),
            edition: Arc::from("ILAB List of Goods 2022"),
            edition_fr: None,
            line: Some(120),
            entry: None,
            row: None,
        };
        Factor::new(reason, Some(source), 25.0, 51.0)
    }

    /// The said-once form with words, its arithmetics found on a thread beside the interning of the factors and the
    /// grouping of the findings (as for a large assessment), is the same byte for byte as found one after the other;
    /// so is the form without words, which finds none.
    #[test]
    fn the_said_once_form_written_side_by_side_is_the_one_written_in_turn() {
        let written = |a: &Assessment, words: Option<&dyn AssessmentWords>, side_by_side: usize| {
            let mut bytes = Vec::new();
            wire::write_from(a, words, &mut serde_json::Serializer::new(&mut bytes), side_by_side).unwrap();
            bytes
        };
        let coded: &dyn AssessmentWords = &Coded;
        for a in [sample(), with_site_findings()] {
            let in_turn = written(&a, Some(coded), usize::MAX);
            assert_eq!(written(&a, Some(coded), 0), in_turn);
            assert_eq!(in_turn, serde_json::to_vec(&SaidOnce::with_words(&a, &Coded)).unwrap());
            assert!(String::from_utf8(in_turn).unwrap().contains("\"steps_en\""));
            assert_eq!(written(&a, None, 0), written(&a, None, usize::MAX));
            assert_eq!(written(&a, None, 0), serde_json::to_vec(&a).unwrap());
        }
    }

    #[test]
    fn factors_that_differ_only_by_their_supplier_sites_are_one_entry_and_each_score_gives_its_sites() {
        let mut a = sample();
        // S1 carries from S2, S2 from S3, S3 from S2 again: one shape of `upstream`; each takes in cotton through its
        // suppliers (one or two of them): two shapes of `undisclosed_input`.
        let extra = [
            vec![upstream_from("S2"), cotton_through(&["S2"])],
            vec![upstream_from("S3"), cotton_through(&["S3", "S2"])],
            vec![upstream_from("S2"), cotton_through(&["S1"])],
        ];
        for (site, factors) in a.sites.iter_mut().zip(extra) {
            site.risk.child_labour = score(factors);
        }
        let json = serde_json::to_value(&a).unwrap();
        let table = json["factors"].as_array().unwrap();
        let shaped: Vec<&serde_json::Value> = table.iter().filter(|e| e["sites_in_scores"] == true).collect();
        // Three, and the upstream factor of `sample()` (no `carried`), a shape of its own.
        assert_eq!(shaped.len(), 4, "{table:#?}");
        assert!(shaped.iter().all(|e| e.get("site").is_none()), "{shaped:?}");
        let (up, one, two) = (
            table.iter().position(|e| e["code"] == "upstream" && e["carried"] == 38.0).unwrap(),
            table.iter().position(|e| e["suppliers"].as_array().is_some_and(|s| s.len() == 1)).unwrap(),
            table.iter().position(|e| e["suppliers"].as_array().is_some_and(|s| s.len() == 2)).unwrap(),
        );
        assert_eq!(table[two]["suppliers"][1], serde_json::json!({"country": "UZ", "because": "passes_on_unknown"}));
        assert_eq!(json["sites"][0]["child_labour"]["factors"], serde_json::json!([[up, "S2"], [one, "S2"]]));
        assert_eq!(json["sites"][1]["child_labour"]["factors"], serde_json::json!([[up, "S3"], [two, "S3", "S2"]]));
        assert_eq!(json["sites"][2]["child_labour"]["factors"], serde_json::json!([[up, "S2"], [one, "S1"]]));
        assert!(json["overall"]["forced_labour"]["factors"][1].is_array());
        let back = serde_json::from_value::<Assessment>(json.clone()).unwrap();
        assert_eq!(back, a);
        // Read back, the same factor is one allocation again.
        assert!(Arc::ptr_eq(&back.sites[0].risk.child_labour.factors[0], &back.sites[2].risk.child_labour.factors[0]));
        // With words: each entry said once; one of a shape said of the supplier listed, and not read back.
        let with_words = serde_json::to_value(SaidOnce::with_words(&a, &Coded)).unwrap();
        assert_eq!(with_words["factors"][up]["label_en"], "upstream true");
        assert_eq!(with_words["factors"][0]["label_fr"], "forced_prevalence false (fr)");
        assert_eq!(without_words(serde_json::from_value::<Assessment>(with_words).unwrap()), a);
    }

    #[test]
    fn a_factor_reference_that_does_not_match_its_entry_is_refused_with_its_place() {
        let mut a = sample();
        a.sites[1].risk.child_labour = score(vec![upstream_from("S3"), cotton_through(&["S3", "S1"])]);
        let json = serde_json::to_value(&a).unwrap();
        let refs = json["sites"][1]["child_labour"]["factors"].clone();
        let (up, cotton) = (refs[0][0].as_u64().unwrap(), refs[1][0].as_u64().unwrap());
        let refused = |factors: serde_json::Value| {
            let mut json = json.clone();
            json["sites"][1]["child_labour"]["factors"] = factors;
            serde_json::from_value::<Assessment>(json).unwrap_err().to_string()
        };
        let e = refused(serde_json::json!([up]));
        assert!(
            e.contains(&format!("sites[1].child_labour: factor {up}: the entry is written without its sites")),
            "{e}"
        );
        let e = refused(serde_json::json!([[0, "S1"]]));
        assert!(e.contains("factor 0: the entry is a whole factor, given sites"), "{e}");
        let e = refused(serde_json::json!([[up, "S3", "S1"]]));
        assert!(e.contains("an `upstream` factor takes one site"), "{e}");
        let e = refused(serde_json::json!([[cotton, "S3"]]));
        assert!(e.contains("1 sites for 2 suppliers"), "{e}");
        let e = refused(serde_json::json!([[99, "S3"]]));
        assert!(e.contains("factor 99 refers to no entry"), "{e}");
    }

    #[test]
    fn findings_stored_whole_in_form_2_read_as_before() {
        let a = with_site_findings();
        let mut form_2 = serde_json::to_value(&a).unwrap();
        form_2["form"] = serde_json::json!(2);
        form_2["findings"] = serde_json::to_value(&a.findings).unwrap();
        assert_eq!(serde_json::from_value::<Assessment>(form_2.clone()).unwrap(), a);
        // The form written now is the shorter.
        assert!(serde_json::to_string(&a).unwrap().len() < form_2.to_string().len());
    }

    #[test]
    fn a_group_of_findings_that_does_not_hold_is_refused_with_its_place() {
        let json = serde_json::to_value(with_site_findings()).unwrap();
        let refused = |change: &dyn Fn(&mut serde_json::Value)| {
            let mut json = json.clone();
            change(&mut json);
            serde_json::from_value::<Assessment>(json).unwrap_err().to_string()
        };
        let e = refused(&|j| j["findings"][0]["for_sites"][1] = "S7".into());
        assert!(e.contains("findings[0]: the site S7 is not in `sites`"), "{e}");
        let e = refused(&|j| j["findings"][2]["at"] = serde_json::json!([2, 3]));
        assert!(e.contains("position 3 is taken twice (the assessment has 12 findings)"), "{e}");
        let e = refused(&|j| j["findings"][2]["at"] = serde_json::json!([2, 12]));
        assert!(e.contains("position 12 is past the end"), "{e}");
        let e = refused(&|j| j["findings"][2]["at"] = serde_json::json!([2]));
        assert!(e.contains("findings[2]: 2 sites and 1 positions"), "{e}");
        let e = refused(&|j| j["findings"][2]["at"] = serde_json::json!("2, 9"));
        assert!(e.contains("findings[2]: at: "), "{e}");
        // A group's parameters are read as each site's finding's: one that does not hold names its field.
        let e = refused(&|j| j["findings"][0]["goods"] = serde_json::json!("Cotton"));
        assert!(e.contains("findings[0]: site S1: finding `origin_undisclosed`: field `goods`"), "{e}");
    }

    #[test]
    fn a_region_factor_reads_back_with_its_country_and_words_as_parameters() {
        let f = Factor::new(
            Reason::Region {
                country: CountryCode::parse("CN").unwrap(),
                label_en: Arc::from("Xinjiang"),
                label_fr: Arc::from("Xinjiang (fr)"),
                read: None,
            },
            None,
            40.0,
            40.0,
        );
        let back: Factor = serde_json::from_str(&serde_json::to_string(&f).unwrap()).unwrap();
        assert_eq!(back, f);
        // A factor missing its weight is refused, naming it.
        let e =
            serde_json::from_value::<Factor>(serde_json::json!({"code": "cap", "source": null, "contribution": 1.0}))
                .unwrap_err();
        assert!(e.to_string().contains("weight"), "{e}");
    }

    #[test]
    fn band_bounds_are_inclusive_below() {
        assert_eq!(Band::from_score(0.0), Band::Low);
        assert_eq!(Band::from_score(24.9), Band::Low);
        assert_eq!(Band::from_score(25.0), Band::Medium);
        assert_eq!(Band::from_score(50.0), Band::High);
        assert_eq!(Band::from_score(75.0), Band::Critical);
        assert_eq!(Band::from_score(100.0), Band::Critical);
    }
}
