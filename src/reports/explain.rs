//! Explanations put into words where they are shown: a factor's code and parameters become a sentence of the
//! reader's language from the Fluent message `factor-CODE`, a finding's from `finding-CODE`
//! (`templates/locales/{en,fr}/explain.ftl`), the data's names in that language (`scoring::names`, country names from
//! ISO 3166), numbers and plurals by CLDR. Scoring itself writes no word.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::NaiveDate;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions, FluentNumberStyle};
use fluent_bundle::{FluentArgs, FluentValue};

use super::Catalog;
use crate::domain::china_places::ReadHow;
use crate::domain::{
    ArithmeticHeld, Assessment, AssessmentWords, CategoryAssessment, Coded, CountryCode, Factor, Finding,
    FindingGroups, FindingReason, Lang, Place, Practice, Reason, RiskKind, Score, ScoreArithmetic, Sheet, SiteId,
    SourceRef,
};
use crate::scoring::RiskModel;
use crate::scoring::names::{NameKind, name};

/// A number for a message, with at most `max_decimals` decimals (written by CLDR in the message's language).
pub(super) fn number(x: f64, max_decimals: usize) -> FluentValue<'static> {
    FluentValue::Number(FluentNumber::new(
        x,
        FluentNumberOptions { maximum_fraction_digits: Some(max_decimals), ..Default::default() },
    ))
}

/// What the forced-labour evidence of ILAB's list counts (`measure_en`, `measure_fr` of `[forced_listing_evidence]`
/// in the shipped models, 2022.6 on), English and French, without the rule in brackets that follows it: said with the
/// count's plural by `factor-country_index` (the model's words say "goods" whatever the count).
const LISTING_EVIDENCE: (&str, &str) = (
    "goods on the ILAB list for forced labour made in the country",
    "biens de la liste de l'ILAB pour le travail forcé produits dans le pays",
);

/// A score or a number of points for a message, written with one decimal as every score of the service is (`73.0`
/// beside `66.8`, never `73`), by CLDR in the message's language.
pub(super) fn score_value(x: f64) -> FluentValue<'static> {
    FluentValue::Number(FluentNumber::new(
        x,
        FluentNumberOptions {
            minimum_fraction_digits: Some(1),
            maximum_fraction_digits: Some(1),
            ..Default::default()
        },
    ))
}

fn share(x: f64) -> FluentValue<'static> {
    FluentValue::Number(FluentNumber::new(
        x,
        FluentNumberOptions { style: FluentNumberStyle::Percent, ..Default::default() },
    ))
}

fn yes(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

fn text(s: &str) -> FluentValue<'static> {
    FluentValue::from(s.to_string())
}

/// A country's name in a language.
fn country(c: CountryCode, lang: Lang) -> FluentValue<'static> {
    text(c.name(lang))
}

/// A country's name as a message may need it: alone (`$country`, a label before a colon or in parentheses), and as
/// a sentence says it (`$country_named`, `$country_in`, `$country_from`: `the United States`, `in the United States`,
/// `from the United States`; `les États-Unis`, `aux États-Unis`, `des États-Unis`), from the country table's data
/// ([`crate::domain::InSentence`]), never put together here.
fn set_country(a: &mut FluentArgs<'_>, c: CountryCode, lang: Lang) {
    use crate::domain::InSentence;
    a.set("country", country(c, lang));
    a.set("country_named", FluentValue::from(c.in_sentence(lang, InSentence::Named)));
    a.set("country_in", FluentValue::from(c.in_sentence(lang, InSentence::In)));
    a.set("country_from", FluentValue::from(c.in_sentence(lang, InSentence::From)));
}

/// How many countries an explanation names before it counts the others ("and 9 others").
pub const SAID_COUNTRIES: usize = 6;

/// A country as ILAB writes it (derived listings, undisclosed inputs), in a language: by its ISO 3166 name when it
/// resolves, as written otherwise.
fn ilab_country(name: &str, lang: Lang) -> String {
    CountryCode::parse(name).map_or_else(|| name.to_string(), |c| c.name(lang).to_string())
}

fn good(g: &Arc<str>, lang: Lang) -> FluentValue<'static> {
    text(name(NameKind::Good, g, lang))
}

/// What a factor needs from around it to be said: the name of a site of the same assessment, and how to tell it
/// apart besides its name.
pub trait SiteNames {
    /// The name of a site by its id, if the assessment has it.
    fn site_name(&self, id: &SiteId) -> Option<&str>;

    /// Where the reader sees no list of the declaration's sites (a model diff on the command line), a site is told
    /// apart by its country and Open Supply Hub ID instead of its reference in the declaration: `Some((country, OS
    /// ID))` for such a site. `None` (the default): its reference, which the page beside it lists.
    fn site_place(&self, _id: &SiteId) -> Option<(CountryCode, Option<&str>)> {
        None
    }
}

/// A site's country and Open Supply Hub ID in words (`China, Open Supply Hub ID CN2019…`), what tells it apart
/// where its reference in the declaration means nothing to the reader.
pub fn site_place(cat: &Catalog, lang: Lang, country: CountryCode, os_id: Option<&str>) -> String {
    let mut a = FluentArgs::new();
    a.set("country", text(country.name(lang)));
    a.set("has_os_id", text(yes(os_id.is_some())));
    a.set("os_id", text(os_id.unwrap_or_default()));
    cat.format(lang, "site_tag.place", &a)
}

/// The sites of a declaration told apart by name, country and Open Supply Hub ID ([`SiteNames::site_place`]), for
/// words read without the declaration's list of sites.
pub struct SitePlaces<'a>(HashMap<&'a SiteId, (&'a str, CountryCode, Option<&'a str>)>);

impl<'a> SitePlaces<'a> {
    /// Indexes the sites of a declaration.
    pub fn of(sites: &'a [crate::domain::PlaceOfWork]) -> SitePlaces<'a> {
        SitePlaces(
            sites
                .iter()
                .map(|s| {
                    let os = s.os_id.as_deref().map(str::trim).filter(|o| !o.is_empty());
                    (&s.site_id, (s.site_name.as_str(), s.country, os))
                })
                .collect(),
        )
    }
}

impl SiteNames for SitePlaces<'_> {
    fn site_name(&self, id: &SiteId) -> Option<&str> {
        self.0.get(id).map(|s| s.0)
    }

    fn site_place(&self, id: &SiteId) -> Option<(CountryCode, Option<&str>)> {
        self.0.get(id).map(|s| (s.1, s.2))
    }
}

/// The sites of an assessment by id.
pub struct SiteIndex<'a>(HashMap<&'a SiteId, &'a str>);

impl<'a> SiteIndex<'a> {
    /// Indexes the sites of an assessment.
    pub fn of(a: &'a Assessment) -> SiteIndex<'a> {
        SiteIndex(a.sites.iter().map(|s| (&s.site_id, s.site_name.as_str())).collect())
    }
}

impl SiteNames for SiteIndex<'_> {
    fn site_name(&self, id: &SiteId) -> Option<&str> {
        self.0.get(id).copied()
    }
}

/// No assessment around the factor: sites are named by their id.
pub struct NoSites;

impl SiteNames for NoSites {
    fn site_name(&self, _: &SiteId) -> Option<&str> {
        None
    }
}

/// The words a factor or a finding was stored with before it was a code, in a language (`None`: it is a code).
fn stored_words<'a>(lang: Lang, en: Option<&'a str>, fr: Option<&'a str>) -> Option<&'a str> {
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

/// A factor in words in a language. A factor stored before factors were codes keeps the words it was stored with.
pub fn factor_label(cat: &Catalog, lang: Lang, f: &Factor, sites: &dyn SiteNames) -> String {
    if let Some(s) = stored_words(lang, f.label_en.as_deref(), f.label_fr.as_deref()) {
        return s.to_string();
    }
    match f.reason() {
        Some(r) => reason_label(cat, lang, r, sites),
        None => f.code().to_string(),
    }
}

fn kind(cat: &Catalog, lang: Lang, k: RiskKind) -> FluentValue<'static> {
    text(cat.get(lang, &format!("kind.{}", k.as_ref())))
}

/// A reason in words in a language.
pub fn reason_label(cat: &Catalog, lang: Lang, r: &Reason, sites: &dyn SiteNames) -> String {
    reason_words(cat, lang, r, sites, false)
}

/// A factor that names supplier sites (`Reason::supplier_sites`) said of "the supplier listed with this factor", in a
/// language: the words of the said-once form's entry that stands for every factor that differs from it only by
/// those sites (`domain::AssessmentWords`). Any other factor is said as [`factor_label`] says it.
pub fn factor_sites_label(cat: &Catalog, lang: Lang, f: &Factor) -> String {
    match f.reason() {
        Some(r) if f.label_en.is_none() && f.label_fr.is_none() => reason_words(cat, lang, r, &NoSites, true),
        _ => factor_label(cat, lang, f, &NoSites),
    }
}

/// Confirmed screening entries in words (`confirmed on the {list}: {entry}`, each with its list's name in the
/// reader's language), joined as a list; empty for none.
fn listed_said(cat: &Catalog, lang: Lang, listed: &[crate::domain::ListedEntry]) -> String {
    let said: Vec<String> = listed
        .iter()
        .map(|l| {
            let name = match crate::screening::ListKind::from_name(&l.list) {
                Some(kind) => lang.pick(kind.names().0, kind.names().1).to_string(),
                None => l.list.to_string(),
            };
            let mut b = FluentArgs::new();
            b.set("list", text(&name));
            b.set("entry", text(&l.entry));
            cat.format(lang, "factor.highest_site_listed", &b)
        })
        .collect();
    said.join(cat.get(lang, "list.separator"))
}

/// A reason in words in a language; `listed`: its supplier sites said as "listed with this factor", not by name.
fn reason_words(cat: &Catalog, lang: Lang, r: &Reason, sites: &dyn SiteNames, listed: bool) -> String {
    // A supplier site by its name and reference (`supplier-KIND`), or as listed (`supplier-listed-KIND`) in its
    // position among the factor's.
    let supplier = |kind: &str, site: &SiteId, position: usize| {
        let mut b = FluentArgs::new();
        if listed {
            b.set("position", FluentValue::from(position));
            return cat.format(lang, &format!("supplier-listed.{kind}"), &b);
        }
        let tag = sites.site_place(site).map(|(c, os)| site_place(cat, lang, c, os));
        b.set("site", text(tag.as_deref().unwrap_or(site.as_str())));
        b.set("site_name", text(sites.site_name(site).unwrap_or(site.as_str())));
        cat.format(lang, &format!("supplier.{kind}"), &b)
    };
    let mut a = FluentArgs::new();
    match r {
        Reason::ListedGood { kind: k, good: g, country: c } => {
            a.set("kind", kind(cat, lang, *k));
            a.set("good", good(g, lang));
            set_country(&mut a, *c, lang);
        }
        Reason::DerivedGood { kind: k, good: g, country: c, input, input_country } => {
            a.set("kind", kind(cat, lang, *k));
            a.set("good", good(g, lang));
            set_country(&mut a, *c, lang);
            a.set("input", good(input, lang));
            a.set("input_country", text(&ilab_country(input_country, lang)));
        }
        Reason::ForcedPrevalence { country: c, ilo_region, prevalence, per } => {
            set_country(&mut a, *c, lang);
            a.set("region", text(name(NameKind::IloRegion, ilo_region, lang)));
            a.set("prevalence", number(*prevalence, 2));
            a.set("has_per", text(yes(per.is_some())));
            a.set("per", number(per.unwrap_or(0.0), 2));
        }
        Reason::WorldPrevalence { country: c, because, ilo_region, prevalence, per } => {
            set_country(&mut a, *c, lang);
            a.set("has_per", text(yes(per.is_some())));
            a.set("per", number(per.unwrap_or(0.0), 2));
            a.set("because", text(because.as_ref()));
            a.set("region", text(ilo_region.as_deref().map_or("", |r| name(NameKind::IloRegion, r, lang))));
            a.set("prevalence", number(*prevalence, 2));
        }
        Reason::ChildContext { country: c, level, share: s } => {
            set_country(&mut a, *c, lang);
            let has = match (level, s) {
                (Some(_), Some(_)) => "both",
                (Some(_), None) => "level",
                _ => "share",
            };
            a.set("has", text(has));
            a.set("level", text(level.as_deref().map_or("", |l| name(NameKind::Level, l, lang))));
            a.set("share", share(s.unwrap_or(0.0)));
        }
        Reason::UnassessedLevel { country: c, level } => {
            set_country(&mut a, *c, lang);
            a.set("has_level", text(yes(level.is_some())));
            a.set("level", text(level.as_deref().map_or("", |l| name(NameKind::Level, l, lang))));
        }
        Reason::RegionalEstimate { country: c, in_ilab, region, share: s } => {
            set_country(&mut a, *c, lang);
            a.set("in_ilab", text(yes(*in_ilab)));
            a.set("world", text(yes(region.is_none())));
            a.set("region", text(region.as_deref().map_or("", |r| name(NameKind::SdgRegion, r, lang))));
            a.set("share", share(*s));
        }
        Reason::IncomeEstimate { country: c, in_ilab, group, share: s } => {
            set_country(&mut a, *c, lang);
            a.set("in_ilab", text(yes(*in_ilab)));
            a.set("group", text(name(NameKind::IncomeGroup, group, lang)));
            a.set("share", share(*s));
        }
        Reason::CountryIndex { country: c, value, measure_en, measure_fr } => {
            set_country(&mut a, *c, lang);
            a.set("value", number(*value, 3));
            let measure = lang.pick(measure_en, measure_fr);
            // The forced-labour evidence of ILAB's list is said with its count's plural ("1 good", « 1 bien »), the
            // rule after it as the model writes it; any other index as its measure is written.
            match measure.strip_prefix(lang.pick(LISTING_EVIDENCE.0, LISTING_EVIDENCE.1)) {
                Some(rule) => {
                    a.set("listing", text("yes"));
                    a.set("rule", text(rule.trim_start()));
                }
                None => a.set("listing", text("no")),
            }
            a.set("measure", text(measure));
        }
        Reason::ListedEntity { entity, list } => {
            a.set("entity", text(entity));
            a.set("list", text(&entity_list(cat, lang, list)));
        }
        Reason::ScreeningHit { list, list_en, list_fr, entry, section, effective, detail, status } => {
            // The list's name as the service writes it today, from its code; the words stored with a factor only
            // for a code it does not know.
            let name = match list.as_deref().and_then(crate::screening::ListKind::from_name) {
                Some(kind) => {
                    let (en, fr) = kind.names();
                    lang.pick(en, fr)
                }
                None => lang.pick(list_en, list_fr),
            };
            a.set("list", text(name));
            a.set("entry", text(entry));
            // A factor stored before its section and day were typed keeps them as one text (`, 2(d)(2)(B)(i),
            // 2026-01-15`): its day is said all the same.
            let parts: Vec<String> = if section.is_some() || effective.is_some() {
                // The status beside the measure it qualifies (`Withhold Release Order, status: modified`): an order
                // CBP modified is not the order as first issued.
                section
                    .iter()
                    .map(|s| list_section(cat, lang, s))
                    .chain(status.as_deref().map(|s| list_status_said(cat, lang, s)))
                    .chain(effective.map(|d| super::dates::long_date(cat, lang, d)))
                    .collect()
            } else {
                detail
                    .split(", ")
                    .filter(|p| !p.is_empty())
                    .map(|p| match p.parse::<NaiveDate>() {
                        Ok(d) => super::dates::long_date(cat, lang, d),
                        Err(_) => list_section(cat, lang, p),
                    })
                    .collect()
            };
            a.set("detail", text(&parts.iter().map(|p| format!(", {p}")).collect::<String>()));
        }
        Reason::Region { label_en, label_fr, read, .. } => {
            a.set("label", text(lang.pick(label_en, label_fr)));
            // How the site's text was read where not as written (models from 2022.13): the text, what it was read
            // as, the place, and the way (`place_read` in the catalogues' words).
            a.set("has_read", text(yes(read.as_ref().is_some_and(|r| r.how.is_some()))));
            let r = read.as_ref();
            a.set("text", text(r.map_or("", |r| r.text.as_str())));
            a.set("read", text(r.map_or("", |r| r.read.as_str())));
            a.set("place", text(r.map_or("", |r| r.place.as_str())));
            let how = r.and_then(|r| r.how).map_or("name", |h| match h {
                ReadHow::Name => "name",
                ReadHow::Script => "script",
                ReadHow::LookAlike => "look_alike",
                ReadHow::Initials => "initials",
            });
            a.set("how", text(how));
        }
        Reason::RegionFloor { country: c, floor } => {
            set_country(&mut a, *c, lang);
            a.set("floor", score_value(*floor));
        }
        Reason::Upstream { site, decay, score, context, points, carried, capped, presumption, listed } => {
            // The confirmed forced-labour entries the supplier carries (screening): each with its list's name.
            a.set("has_listed", text(yes(!listed.is_empty())));
            a.set("listed", text(&listed_said(cat, lang, listed)));
            // The region whose presumption of forced labour the supplier carries (models from 2022.10).
            a.set("has_region", text(yes(presumption.is_some())));
            a.set("region", text(&presumption.as_ref().map(|o| carried_region(cat, lang, o)).unwrap_or_default()));
            // Factors stored before 2026-12-01 carry no `carried`: they keep their words of then.
            a.set("has_carried", text(yes(carried.is_some())));
            a.set("carried", score_value(carried.unwrap_or(0.0)));
            a.set("has_points", text(yes(points.is_some())));
            a.set("points", score_value(points.unwrap_or(0.0)));
            a.set("capped", text(yes(*capped)));
            a.set("has_score", text(yes(score.is_some())));
            a.set("score", score_value(score.unwrap_or(0.0)));
            a.set("has_context", text(yes(context.is_some())));
            a.set("context", score_value(context.unwrap_or(0.0)));
            a.set("supplier", text(&supplier("upstream", site, 1)));
            a.set("decay", number(*decay, 3));
        }
        Reason::PresumptionCarried { site, origin, floor } => {
            a.set("supplier", text(&supplier("presumption_carried", site, 1)));
            a.set("region", text(&carried_region(cat, lang, origin)));
            a.set("floor", score_value(*floor));
        }
        Reason::PresumedProducer { kind: k, good: g, country: c, listed, context, score, derived } => {
            a.set("kind", kind(cat, lang, *k));
            a.set("good", good(g, lang));
            set_country(&mut a, *c, lang);
            a.set("listed", score_value(*listed));
            a.set("context", score_value(*context));
            a.set("score", score_value(*score));
            a.set("derived", text(yes(*derived)));
        }
        Reason::LocalInput { kind: k, good: g, country: c, declared, supplied } => {
            a.set("supplied", text(yes(*supplied)));
            a.set("kind", kind(cat, lang, *k));
            a.set("good", good(g, lang));
            set_country(&mut a, *c, lang);
            a.set("declared", text(yes(*declared)));
        }
        Reason::UndisclosedInput { kind: k, good: g, declared, countries, listings, supplied, presumed, suppliers } => {
            a.set("supplied", text(yes(*supplied)));
            // Each declared supplier that leaves the origin unknown, by name, reference and country, with why.
            let said: Vec<String> = suppliers
                .iter()
                .enumerate()
                .map(|(n, o)| {
                    let mut b = FluentArgs::new();
                    b.set("supplier", text(&supplier("open", &o.site, n + 1)));
                    b.set("country_in", o.country.in_sentence(lang, crate::domain::InSentence::In));
                    b.set("because", text(o.because.as_ref()));
                    let region = o.region.as_ref().map(|r| {
                        carried_region(
                            cat,
                            lang,
                            &crate::domain::CarriedRegion { country: o.country, region: Some(r.clone()) },
                        )
                    });
                    b.set("has_region", text(yes(region.is_some())));
                    b.set("region", text(&region.unwrap_or_default()));
                    cat.format(lang, "open_supplier", &b)
                })
                .collect();
            a.set("open", FluentValue::from(said.len()));
            a.set("suppliers", text(&said.join(lang.pick("; ", "\u{202f}; "))));
            a.set("presumed", text(yes(*presumed)));
            a.set("kind", kind(cat, lang, *k));
            a.set("good", good(g, lang));
            a.set("declared", text(yes(*declared)));
            // Words name at most `SAID_COUNTRIES` and count the others; the data keeps them all.
            let names: Vec<String> = countries.iter().take(SAID_COUNTRIES).map(|c| ilab_country(c, lang)).collect();
            a.set("countries", text(&names.join(", ")));
            a.set("listings", FluentValue::from(*listings));
            let others =
                usize::try_from(*listings).unwrap_or(usize::MAX).max(countries.len()).saturating_sub(names.len());
            a.set("others", FluentValue::from(others));
        }
        Reason::UnreadGoods { goods, made_of, country: c, kind: k, listings } => {
            a.set("goods", text(goods));
            // The material words the goods name (2022.7: "steel" of "steel bolts"), read as an input of their own.
            a.set("material", text(yes(made_of.is_some())));
            a.set("made_of", text(made_of.as_deref().unwrap_or("")));
            let evidence = c.zip(*k).zip(*listings);
            a.set("evidence", text(yes(evidence.is_some())));
            if let Some(((c, k), n)) = evidence {
                set_country(&mut a, c, lang);
                a.set("kind", kind(cat, lang, k));
                a.set("listings", FluentValue::from(n));
            }
        }
        Reason::UnreadAsListed { kind: k, good: g, country: c, listings, derived } => {
            a.set("kind", kind(cat, lang, *k));
            a.set("good", good(g, lang));
            set_country(&mut a, *c, lang);
            a.set("listings", FluentValue::from(*listings));
            a.set("derived", text(yes(*derived)));
        }
        Reason::Mitigation { share: s, practices, floored, presumption, kept, withheld } => {
            a.set("share", share(*s));
            // The credit a refused or missing attestation of the kind withholds (2022.8), said in place of the rest.
            let why = match withheld {
                Some(crate::domain::Withheld::Refused) => "refused",
                Some(crate::domain::Withheld::Missing) => "missing",
                None => "no",
            };
            a.set("withheld", text(why));
            // The region's points due diligence leaves whole (2022.6), said after the floor's words.
            a.set("kept", text(yes(kept.is_some())));
            a.set("kept_points", score_value(kept.unwrap_or(0.0)));
            let names: Vec<&str> = practices.iter().map(|p| practice(cat, lang, *p)).collect();
            a.set("practices", text(&names.join(", ")));
            a.set("floored", text(if *presumption { "presumption" } else { yes(*floored) }));
        }
        Reason::Cap => {}
        Reason::HighestSite { site, site_name, tier, country: c, listed } => {
            // What makes the site critical, when a confirmed screening hit does: each entry with its list's name.
            a.set("has_listed", text(yes(!listed.is_empty())));
            a.set("listed", text(&listed_said(cat, lang, listed)));
            // Its country is said beside it: where the reference means nothing, only an OS ID tells it apart.
            let tag = match sites.site_place(site) {
                Some((_, os)) => os.map(|o| site_place_os(cat, lang, o)),
                None => Some(site.as_str().to_string()),
            };
            a.set("has_site", text(yes(tag.is_some())));
            a.set("site", text(tag.as_deref().unwrap_or_default()));
            a.set("site_name", text(site_name));
            a.set("tier", tier.map_or_else(|| text(cat.get(lang, "factor.no_tier")), FluentValue::from));
            set_country(&mut a, *c, lang);
        }
    }
    cat.format(lang, &format!("factor.{}", r.code()), &a)
}

/// The region whose legal presumption of forced labour comes down the chain, in words: a region by its name with its
/// country (`the Xinjiang region (China)`), a region that is the whole country by the country (`North Korea`).
fn carried_region(cat: &Catalog, lang: Lang, o: &crate::domain::CarriedRegion) -> String {
    let mut b = FluentArgs::new();
    b.set("country", country(o.country, lang));
    b.set("has_region", text(yes(o.region.is_some())));
    b.set("region", text(o.region.as_deref().unwrap_or_default()));
    cat.format(lang, "carried_region", &b)
}

/// An Open Supply Hub ID in words (`Open Supply Hub ID CN2019…`).
fn site_place_os(cat: &Catalog, lang: Lang, os_id: &str) -> String {
    let mut a = FluentArgs::new();
    a.set("os_id", text(os_id));
    cat.format(lang, "site_tag.os_id", &a)
}

/// The model's entity list by its edition as the model names it; one with no edition (empty, or as assessments
/// stored before said it, in English) as "the model's entity list" in the language.
fn entity_list(cat: &Catalog, lang: Lang, list: &str) -> String {
    if list.is_empty() || list == "entity list of the model" {
        cat.get(lang, "factor.model_entity_list").to_string()
    } else {
        list.to_string()
    }
}

/// A list entry's status in words of the language, as said beside its measure (`status: modified`, `statut :
/// modifiée`: the catalogues' `list_status_said`, the status from `list_status-*`, or as the list writes it when the
/// catalogues do not know it).
pub fn list_status_said(cat: &Catalog, lang: Lang, status: &str) -> String {
    let mut a = FluentArgs::new();
    a.set("status", text(&list_status(cat, lang, status)));
    cat.format(lang, "list_status_said", &a)
}

/// A publisher's status of a list entry (CBP's `Active`, `Modified`, `Partially Revoked` …) in words of the language
/// (`list_status-*`); a status the catalogues do not know as written.
pub fn list_status(cat: &Catalog, lang: Lang, status: &str) -> String {
    let key = format!("list_status.{}", crate::domain::text::fold_words(status).replace(' ', "_"));
    if cat.has(&key) { cat.get(lang, &key).to_string() } else { status.to_string() }
}

/// A list entry's section in words: a kind of measure the catalogue names (CBP's `WRO` and `Finding`), else as the
/// list writes it (a section of an Act, `2(d)(2)(B)(i)`).
/// A list entry's section or measure in words: CBP's kinds of measure (`WRO`, `Finding`) and PSPC's measures
/// (`Ineligible`, `Suspendu` …) as the language says them; a section of an Act (`2(d)(2)(B)(i)`) as written.
pub fn list_section(cat: &Catalog, lang: Lang, section: &str) -> String {
    let folded = crate::domain::text::fold_words(section).replace(' ', "_");
    let measure = format!("list_measure.{folded}");
    if cat.has(&measure) {
        return cat.get(lang, &measure).to_string();
    }
    let key = format!("list_section.{section}");
    if cat.has(&key) { cat.get(lang, &key).to_string() } else { section.to_string() }
}

fn practice(cat: &Catalog, lang: Lang, p: Practice) -> &str {
    let key = match p {
        Practice::Policy => "practice.policy",
        Practice::SupplierCode => "practice.supplier_code",
        Practice::RiskAssessment => "practice.risk_assessment",
        Practice::SocialAudit => "practice.social_audit",
        Practice::GrievanceMechanism => "practice.grievance_mechanism",
        Practice::Remediation => "practice.remediation",
        Practice::TraceabilityTiers => "practice.traceability_tiers",
        Practice::Training => "practice.training",
        Practice::S211Report => "practice.s211_report",
        Practice::SiteAudit => "practice.site_audit",
    };
    cat.get(lang, key)
}

/// A factor's source in one line: dataset, edition, and the line (in words of the language) or entry behind it. A
/// screening list is named in words (its code is the dataset), and its entry without the key it is stored by.
pub fn source_line(cat: &Catalog, lang: Lang, s: &SourceRef) -> String {
    let list = s.dataset.parse::<crate::screening::ListKind>().ok();
    let dataset = list.map_or_else(|| s.dataset.to_string(), |l| lang.pick(l.names().0, l.names().1).to_string());
    let mut parts = vec![dataset, source_edition(cat, lang, s)];
    if let Some(line) = s.line {
        let mut a = FluentArgs::new();
        a.set("line", FluentValue::from(line));
        parts.push(cat.format(lang, "source.line", &a));
    }
    if let Some(entry) = &s.entry {
        // `screening::effect` writes a list's entry `Name (key)`; the key is for the machine.
        let shown = entry.to_string();
        let shown = match list {
            Some(_) => {
                shown.rsplit_once(" (").filter(|(_, k)| k.ends_with(')')).map_or(shown.clone(), |(n, _)| n.to_string())
            }
            None => entry_words(cat, lang, &shown),
        };
        parts.push(shown);
    }
    if let Some(row) = &s.row {
        parts.push(row.clone());
    }
    parts.join(" · ")
}

/// A source's title and edition in the reader's language, wherever a source is shown (pages, reports, the text of
/// `assess`). A screening edition (`edition 3 (#17)`: `screening::effect::edition_ref`) as every page names it; the
/// model's own edition (`Chaînon model 2022.1`, as `model.toml` writes it) from the catalogues; in French, the
/// model's French title (`edition_fr`, data of 2022.4 on), else the catalogues' French title of the dataset
/// (`source-title_fr`, for older models and stored assessments: a source's English title is never French text); in
/// English, the title as the source writes it, a list's day (`2026-11-20 v2`) in words.
pub fn source_edition(cat: &Catalog, lang: Lang, s: &SourceRef) -> String {
    if let Some((version, id)) = crate::screening::effect::parse_edition_ref(&s.edition) {
        let mut a = FluentArgs::new();
        a.set("version", FluentValue::from(version.to_string()));
        a.set("id", FluentValue::from(id.to_string()));
        return cat.format(lang, "screening.edition_short", &a);
    }
    if let Some(version) = s.edition.strip_prefix("Chaînon model ") {
        let mut a = FluentArgs::new();
        a.set("version", FluentValue::from(version.to_string()));
        return cat.format(lang, "source.model_edition", &a);
    }
    match (lang, s.edition_fr.as_deref().map(str::trim).filter(|e| !e.is_empty())) {
        (Lang::Fr, Some(fr)) => fr.to_string(),
        (Lang::Fr, None) => {
            let mut a = FluentArgs::new();
            a.set(
                "dataset",
                FluentValue::from(s.dataset.trim_end_matches(".csv").trim_end_matches(".toml").to_string()),
            );
            a.set("file", FluentValue::from(s.dataset.to_string()));
            // The year the English title ends with (`ILAB List of Goods 2019`), which the French title repeats.
            let year =
                s.edition.split(|c: char| !c.is_ascii_digit()).rfind(|w| w.len() == 4).unwrap_or_default().to_string();
            a.set("has_year", FluentValue::from(yes(!year.is_empty())));
            a.set("year", FluentValue::from(year));
            cat.format(lang, "source.title_fr", &a)
        }
        (Lang::En, _) => super::dates::date_or_text(cat, lang, &s.edition),
    }
}

/// A keyed table's entry behind a number in words (`forced_labour_prevalence/Asia and the Pacific` → `forced-labour
/// prevalence, Asia and the Pacific` / `prévalence du travail forcé, Asie et Pacifique`; `mitigation`): the
/// indicator or key from the catalogues (`source-entry`), the region or level by its name in the language. Any other
/// entry (a site's declared region) as it is.
pub fn entry_words(cat: &Catalog, lang: Lang, entry: &str) -> String {
    let (key, value) = entry.split_once('/').unwrap_or((entry, ""));
    let kind = match key {
        "forced_labour_prevalence" => Some(NameKind::IloRegion),
        "child_labour_share_5_17" => Some(NameKind::SdgRegion),
        "child_context_advancement" => Some(NameKind::Level),
        "child_labour_share_5_17_income" => Some(NameKind::IncomeGroup),
        "mitigation" | "region_floor" | "unread_goods" if value.is_empty() => None,
        _ => return entry.to_string(),
    };
    let mut a = FluentArgs::new();
    a.set("key", key);
    a.set("world", if value == "World" { "yes" } else { "no" });
    a.set("value", kind.map_or("", |k| name(k, value, lang)));
    cat.format(lang, "source-entry", &a)
}

/// Writes the words of a score's factors in both languages (`label_en`, `label_fr` beside each code), for the JSON
/// that leaves the service; `sites` names the sites an upstream factor refers to.
pub fn label_score(cat: &Catalog, sites: &dyn SiteNames, s: &mut Score) {
    for f in &mut s.factors {
        let (en, fr) = (factor_label(cat, Lang::En, f, sites), factor_label(cat, Lang::Fr, f, sites));
        // This score's own copy of a shared factor takes the words.
        let f = std::sync::Arc::make_mut(f);
        f.label_en = Some(en);
        f.label_fr = Some(fr);
    }
}

/// Writes the words of an assessment in both languages, for the JSON of `chainon assess`: each category's name,
/// each finding's and its place's ([`label_findings`]) but those the said-once form writes as one entry for several
/// sites (`domain::FindingGroups`): their words, and each factor's, are said once per entry as the document is
/// written ([`SaidWords`], `domain::SaidOnce::with_words`), not once per site.
pub fn label_assessment(cat: &Catalog, model: &RiskModel, a: &mut Assessment, on: NaiveDate) {
    for c in &mut a.categories {
        if c.label_en.is_none() {
            c.label_en = model.category_name(&c.category, Lang::En).map(str::to_string);
        }
        if c.label_fr.is_none() {
            c.label_fr = model.category_name(&c.category, Lang::Fr).map(str::to_string);
        }
    }
    let groups = FindingGroups::of(a);
    for (i, f) in a.findings.iter_mut().enumerate() {
        if !groups.is_grouped(i) {
            label_findings(cat, std::slice::from_mut(f), on);
        }
    }
}

/// The words of what the said-once form says once (`domain::AssessmentWords`), from the catalogues, for the JSON of
/// `chainon assess`: each distinct factor ([`factor_label`], its supplier sites named from the assessment's sites;
/// an entry that stands for the factors that differ only by their supplier sites, [`factor_sites_label`]) and each
/// group of findings ([`finding_sites_label`]), as they stand on `on`. Each is put into words once, as it is written.
pub struct SaidWords<'a> {
    cat: &'a Catalog,
    sites: SiteIndex<'a>,
    on: NaiveDate,
}

impl<'a> SaidWords<'a> {
    /// The words of `a`'s entries.
    pub fn of(cat: &'a Catalog, a: &'a Assessment, on: NaiveDate) -> SaidWords<'a> {
        SaidWords { cat, sites: SiteIndex::of(a), on }
    }
}

impl AssessmentWords for SaidWords<'_> {
    fn factor(&self, f: &Factor, shaped: bool) -> (String, String) {
        let say = |lang| {
            if shaped { factor_sites_label(self.cat, lang, f) } else { factor_label(self.cat, lang, f, &self.sites) }
        };
        (say(Lang::En), say(Lang::Fr))
    }

    fn finding_group(&self, f: &Finding) -> (String, String) {
        let say = |lang| match (subcontractor_label(self.cat, lang, f, self.on), f.reason()) {
            (Some(words), _) => words,
            (None, Some(r)) => finding_sites_label(self.cat, lang, r, self.on),
            (None, None) => finding_label(self.cat, lang, f, self.on),
        };
        (say(Lang::En), say(Lang::Fr))
    }

    fn arithmetic(&self, a: &ScoreArithmetic) -> (Vec<String>, Vec<String>) {
        (arithmetic_steps(self.cat, Lang::En, a), arithmetic_steps(self.cat, Lang::Fr, a))
    }
}

/// A score's arithmetic with its steps in both languages ([`arithmetic_steps`]), as the JSON writes it beside the
/// score's factors.
pub fn arithmetic_said(cat: &Catalog, s: &Score) -> crate::domain::ArithmeticSaid {
    let arithmetic = s.arithmetic();
    let (steps_en, steps_fr) =
        (arithmetic_steps(cat, Lang::En, &arithmetic), arithmetic_steps(cat, Lang::Fr, &arithmetic));
    crate::domain::ArithmeticSaid { arithmetic, steps_en, steps_fr }
}

/// A score's arithmetic (`domain::ScoreArithmetic`) in words in a language, one sentence a step, from the catalogues
/// (`arithmetic-*` of `explain.ftl`), numbers by CLDR: the sum of its factors' points (risk carried from a supplier
/// with what it carries × the tier decay; parts of 0 points left out), the cap of 100, due diligence (its share, the
/// region's points it keeps whole, the floor that holds the score, a credit withheld), and the score. Empty where
/// the arithmetic says no more than the score ([`ScoreArithmetic::says_more`]). What the page, the JSON and the text
/// report say of a score's arithmetic.
pub fn arithmetic_steps(cat: &Catalog, lang: Lang, a: &ScoreArithmetic) -> Vec<String> {
    if !a.says_more() {
        return Vec::new();
    }
    let mut steps = Vec::with_capacity(4);
    // The sum: each part a term, joined by the language's plus and minus.
    let mut parts = String::new();
    for (n, p) in a.parts.iter().filter(|p| p.points != 0.0).enumerate() {
        let mut t = FluentArgs::new();
        t.set("points", score_value(p.points.abs()));
        let term = match p.decayed {
            Some(d) => {
                t.set("carried", score_value(d.carried));
                t.set("decay", number(d.decay, 3));
                cat.format(lang, "arithmetic.term_decayed", &t)
            }
            None => cat.format(lang, "arithmetic.term", &t),
        };
        let mut j = FluentArgs::new();
        j.set("term", text(&term));
        j.set("sign", text(if p.points < 0.0 { "minus" } else { "plus" }));
        parts.push_str(&cat.format(lang, if n == 0 { "arithmetic.first" } else { "arithmetic.next" }, &j));
    }
    if parts.is_empty() {
        let mut t = FluentArgs::new();
        t.set("points", score_value(0.0));
        parts = cat.format(lang, "arithmetic.term", &t);
    }
    let mut s = FluentArgs::new();
    s.set("parts", text(&parts));
    s.set("sum", score_value(a.sum));
    steps.push(cat.format(lang, "arithmetic.sum", &s));
    if let Some(cap) = a.cap {
        let mut c = FluentArgs::new();
        c.set("sum", score_value(a.sum));
        c.set("over", score_value(cap.points.abs()));
        c.set("before", score_value(a.before_due_diligence));
        steps.push(cat.format(lang, "arithmetic.cap", &c));
    } else if a.sum < 0.0 || a.sum > 100.0 {
        // A sum outside 0–100 with no cap factor (not one the engine makes): said as held there.
        let mut c = FluentArgs::new();
        c.set("sum", score_value(a.sum));
        c.set("before", score_value(a.before_due_diligence));
        steps.push(cat.format(lang, "arithmetic.bounded", &c));
    }
    if let Some(d) = a.due_diligence {
        let mut m = FluentArgs::new();
        m.set("share", share(d.share));
        m.set("from", score_value(d.lowered_from));
        m.set("factor", number(1.0 - d.share, 3));
        m.set("product", score_value(d.product));
        m.set("kept", text(yes(d.kept.is_some())));
        m.set("kept_points", score_value(d.kept.unwrap_or(0.0)));
        m.set("reached", score_value(d.product + d.kept.unwrap_or(0.0)));
        m.set("score", score_value(a.score));
        m.set("before", score_value(a.before_due_diligence));
        let held = match d.held {
            None => "no",
            Some(ArithmeticHeld::ListedFloor) => "listed_floor",
            Some(ArithmeticHeld::PresumptionFloor) => "presumption_floor",
            Some(ArithmeticHeld::Cap) => "cap",
            Some(ArithmeticHeld::Unchanged) => "unchanged",
        };
        m.set("held", text(held));
        let withheld = match d.withheld {
            Some(crate::domain::Withheld::Refused) => "refused",
            Some(crate::domain::Withheld::Missing) => "missing",
            None => "no",
        };
        m.set("withheld", text(withheld));
        steps.push(cat.format(lang, "arithmetic.due_diligence", &m));
    }
    let mut r = FluentArgs::new();
    r.set("score", score_value(a.score));
    steps.push(cat.format(lang, "arithmetic.score", &r));
    steps
}

/// Writes the words of a category's factors, and its name from the model's catalogue when it has none, in both
/// languages.
pub fn label_category(cat: &Catalog, model: &RiskModel, sites: &dyn SiteNames, c: &mut CategoryAssessment) {
    label_score(cat, sites, &mut c.risk.forced_labour);
    label_score(cat, sites, &mut c.risk.child_labour);
    if c.label_en.is_none() {
        c.label_en = model.category_name(&c.category, Lang::En).map(str::to_string);
    }
    if c.label_fr.is_none() {
        c.label_fr = model.category_name(&c.category, Lang::Fr).map(str::to_string);
    }
}

/// A finding in words in a language, as it stands on `on` (a confirmed ineligibility whose period has ended says
/// so). A finding stored before findings were codes keeps the words it was stored with.
pub fn finding_label(cat: &Catalog, lang: Lang, f: &Finding, on: NaiveDate) -> String {
    if let Some(s) = stored_words(lang, f.label_en.as_deref(), f.label_fr.as_deref()) {
        return s.to_string();
    }
    if let Some(words) = subcontractor_label(cat, lang, f, on) {
        return words;
    }
    match f.reason() {
        Some(r) => finding_reason_label(cat, lang, r, on),
        None => f.code().label(lang).to_string(),
    }
}

/// A confirmed ineligibility matched to a site of the bid (its operator, or the site itself: a subcontractor, not
/// the bidder) in words, naming the site: the catalogues' `finding-ineligible_subcontractor` (the Ineligibility and
/// Suspension Policy bars subcontracting with an ineligible or suspended supplier; the bidder is not itself
/// ineligible). `None` for an ineligibility matched to the supplier, and for any other finding.
fn subcontractor_label(cat: &Catalog, lang: Lang, f: &Finding, on: NaiveDate) -> Option<String> {
    let r = f.reason().filter(|r| matches!(r, FindingReason::IneligibleSupplier { .. }))?;
    let site = match &f.location {
        Some(crate::domain::Place::Sites(sites)) => sites.first()?,
        _ => return None,
    };
    let mut a = finding_args(cat, lang, r, on);
    a.set("site", text(site.as_str()));
    Some(cat.format(lang, "finding.ineligible_subcontractor", &a))
}

/// A goods name of the data, quoted in French (`«\u{a0}coton\u{a0}»`), as it is in English (`Cotton`): the
/// catalogues' `quoted.good`.
fn quoted_good(cat: &Catalog, g: &str, lang: Lang) -> String {
    let mut a = FluentArgs::new();
    a.set("name", text(name(NameKind::Good, g, lang)));
    cat.format(lang, "quoted.good", &a)
}

/// A finding's reason in words in a language, as it stands on `on`, the day it is read: an ineligibility whose
/// period has ended, or has not started yet, says so.
pub fn finding_reason_label(cat: &Catalog, lang: Lang, r: &FindingReason, on: NaiveDate) -> String {
    cat.format(lang, &format!("finding.{}", r.code().as_ref()), &finding_args(cat, lang, r, on))
}

/// A finding about one site said of "each site listed", in a language, for the said-once form's groups
/// (`domain::FindingGroups`): `r` is the reason of one of the group's findings, whose site and site name are not said
/// (the group lists its sites). The catalogues' `finding-sites-CODE`; a finding about no single site is said as
/// [`finding_reason_label`] says it (no group holds one).
pub fn finding_sites_label(cat: &Catalog, lang: Lang, r: &FindingReason, on: NaiveDate) -> String {
    let key = if r.site().is_some() { "finding-sites" } else { "finding" };
    cat.format(lang, &format!("{key}.{}", r.code().as_ref()), &finding_args(cat, lang, r, on))
}

/// The goods a site takes in, as a finding about their origin says them: every one (`goods`, `count`), those it
/// declares (`declared`, `declared_count`) and those presumed as typical inputs of its goods (`presumed`,
/// `presumed_count`), and which of the two there are (`has`: `declared`, `presumed` or `both`), so that a presumed input
/// is never said as one the site declares.
fn taken_in(a: &mut FluentArgs<'static>, cat: &Catalog, lang: Lang, goods: &[Arc<str>], typical: &[Arc<str>]) {
    let said = |gs: &[&Arc<str>]| gs.iter().map(|g| quoted_good(cat, g, lang)).collect::<Vec<_>>().join(", ");
    let all: Vec<&Arc<str>> = goods.iter().collect();
    let (presumed, declared): (Vec<&Arc<str>>, Vec<&Arc<str>>) =
        all.iter().copied().partition(|g| typical.contains(*g));
    a.set("goods", text(&said(&all)));
    a.set("count", FluentValue::from(all.len()));
    a.set("declared", text(&said(&declared)));
    a.set("declared_count", FluentValue::from(declared.len()));
    a.set("presumed", text(&said(&presumed)));
    a.set("presumed_count", FluentValue::from(presumed.len()));
    let has = match (declared.is_empty(), presumed.is_empty()) {
        (false, false) => "both",
        (true, false) => "presumed",
        _ => "declared",
    };
    a.set("has", text(has));
}

/// A site as a finding names it: by its declared name, or by its reference where the finding was stored without the
/// name (findings of 2026-12-02 and before about a goods gap, a missing region or unclassified goods).
fn named<'a>(site_name: &'a str, reference: &'a str) -> &'a str {
    if site_name.is_empty() { reference } else { site_name }
}

/// The arguments of a finding's message: its parameters in words in a language, as they stand on `on`.
fn finding_args(cat: &Catalog, lang: Lang, r: &FindingReason, on: NaiveDate) -> FluentArgs<'static> {
    let mut a = FluentArgs::new();
    match r {
        FindingReason::AttestationNo { right, missing } => {
            a.set("right", text(right.label(lang)));
            a.set("missing", text(yes(*missing)));
        }
        FindingReason::SupplyCycle { sites } => {
            a.set("sites", text(&sites.iter().map(SiteId::as_str).collect::<Vec<_>>().join(" → ")));
        }
        FindingReason::UnclassifiedGoods { goods, site, site_name } => {
            a.set("goods", text(goods));
            a.set("on_site", text(yes(site.is_some())));
            a.set("site", text(site.as_ref().map_or("", SiteId::as_str)));
            a.set("site_name", text(named(site_name, site.as_ref().map_or("", SiteId::as_str))));
        }
        FindingReason::RegionMissing { site, site_name, country: c, regions } => {
            a.set("site", text(site.as_str()));
            a.set("site_name", text(named(site_name, site.as_str())));
            set_country(&mut a, *c, lang);
            a.set("regions", text(&regions.join(", ")));
        }
        FindingReason::RegionPresumption { site, site_name, country: c, region } => {
            a.set("site", text(site.as_str()));
            a.set("site_name", text(site_name));
            set_country(&mut a, *c, lang);
            a.set("region", text(region));
        }
        FindingReason::RegionCityMismatch { site, site_name, country: c, declared, city, region } => {
            a.set("site", text(site.as_str()));
            a.set("site_name", text(site_name));
            set_country(&mut a, *c, lang);
            a.set("declared", text(declared));
            a.set("city", text(city));
            a.set("region", text(region));
        }
        FindingReason::OriginUndisclosed { site, site_name, goods, presumed } => {
            a.set("site", text(site.as_str()));
            a.set("site_name", text(site_name));
            taken_in(&mut a, cat, lang, goods, presumed);
        }
        FindingReason::DisclosureGap { site, site_name, goods, presumed } => {
            a.set("site", text(site.as_str()));
            a.set("site_name", text(named(site_name, site.as_str())));
            taken_in(&mut a, cat, lang, goods, presumed);
        }
        FindingReason::MissingPlaceOfWork { category_en, category_fr, .. } => {
            a.set("category", text(lang.pick(category_en, category_fr)));
        }
        FindingReason::ListedEntity { site, site_name, entity, list, line } => {
            a.set("site", text(site.as_str()));
            a.set("site_name", text(site_name));
            a.set("entity", text(entity));
            a.set("list", text(&entity_list(cat, lang, list)));
            // A line of a file, not a quantity: never grouped.
            a.set("line", text(&line.to_string()));
        }
        FindingReason::IneligibleSupplier { entity, edition, from, until, .. } => {
            a.set("entity", text(entity));
            // An edition is named by its day (`2026-11-14`) or by its own label.
            a.set("edition", text(&super::dates::edition(cat, lang, edition)));
            let period = match (from, until) {
                (Some(_), Some(_)) => "both",
                (Some(_), None) => "from",
                (None, Some(_)) => "until",
                (None, None) => "none",
            };
            a.set("period", text(period));
            let day = |d: &Option<NaiveDate>| d.map(|d| super::dates::long_date(cat, lang, d)).unwrap_or_default();
            a.set("from", text(&day(from)));
            a.set("until", text(&day(until)));
            let when = match (from, until) {
                (Some(f), _) if on < *f => "future",
                (_, Some(u)) if *u < on => "ended",
                _ => "now",
            };
            a.set("when", text(when));
        }
    }
    a
}

/// Writes the words of an assessment's findings in both languages (`label_en`, `label_fr` beside each code) as they
/// stand on `on`, and their places (`location_en`, `location_fr` beside `location`), for the JSON that leaves the
/// service.
pub fn label_findings(cat: &Catalog, findings: &mut [Finding], on: NaiveDate) {
    for f in findings {
        f.label_en = Some(finding_label(cat, Lang::En, f, on));
        f.label_fr = Some(finding_label(cat, Lang::Fr, f, on));
        if let Some(p) = &f.location {
            f.location_en = Some(place_label(cat, Lang::En, p));
            f.location_fr = Some(place_label(cat, Lang::Fr, p));
        }
    }
}

/// Where a finding is, in words in a language, with the workbook's sheet names of that language (`LieuxDeTravail :
/// S1`, `Biens : Clous`, `Attestations : Travail des enfants`, `Fournisseur!B4`). A place stored in a form the service
/// does not write is shown as stored, a right's code in it as the right's name.
pub fn place_label(cat: &Catalog, lang: Lang, p: &Place) -> String {
    let mut a = FluentArgs::new();
    let key = match p {
        Place::Sheet(sheet) => {
            a.set("sheet", text(sheet.name(lang)));
            "place.sheet"
        }
        Place::Sites(ids) => {
            a.set("sheet", text(Sheet::PlacesOfWork.name(lang)));
            a.set("sites", text(&ids.iter().map(SiteId::as_str).collect::<Vec<_>>().join(", ")));
            "place.sites"
        }
        Place::GoodsLine(item) => {
            a.set("sheet", text(Sheet::Goods.name(lang)));
            a.set("item", text(item));
            "place.goods"
        }
        Place::Attestation(right) => {
            a.set("sheet", text(Sheet::Attestations.name(lang)));
            a.set("right", text(right.label(lang)));
            "place.attestation"
        }
        Place::Cell { sheet, cell } => {
            a.set("sheet", text(sheet.name(lang)));
            a.set("cell", text(cell));
            "place.cell"
        }
        Place::Text(t) => return crate::domain::labels_for_codes(t, lang),
    };
    cat.format(lang, key, &a)
}

/// Every confirmed ineligibility of an assessment that holds on `on` (`screening::effect::ineligibilities`) in words,
/// the bidder's own first, each after the one before it (the catalogues' `ineligibility-also`): what the pages and
/// the API put after "Non-responsive bid:" or "Ineligible supplier:". `None` when none holds.
pub fn ineligibility_words(cat: &Catalog, a: &Assessment, lang: Lang, on: NaiveDate) -> Option<String> {
    crate::screening::effect::ineligibilities(a, on).into_iter().map(|f| finding_label(cat, lang, f, on)).reduce(
        |before, next| {
            let mut args = FluentArgs::new();
            args.set("before", text(&before));
            args.set("next", text(&next));
            cat.format(lang, "ineligibility.also", &args)
        },
    )
}

/// The confirmed forced-labour hits of an assessment (`screening::effect::forced_labour_hits`) in words, one line
/// each: the site (name and id) and the factor as the declaration page says it; a hit on the supplier itself is the
/// factor alone. What the contract, the case and the dossier list after "Forced labour confirmed in the supplier's
/// chain:".
pub fn forced_labour_words(cat: &Catalog, a: &Assessment, lang: Lang) -> Vec<String> {
    let sites = SiteIndex::of(a);
    crate::screening::effect::forced_labour_hits(a)
        .into_iter()
        .map(|(site, f)| {
            let what = factor_label(cat, lang, f, &sites);
            match site {
                Some(s) => format!("{} ({}) — {what}", s.site_name, s.site_id),
                None => what,
            }
        })
        .collect()
}

/// One line of `chainon model check`'s missing data in a language: the country (its name in the language, ILAB's
/// line), each missing value and its fallback, the goods ILAB lists for it; or a group of countries outside ILAB's
/// findings; or a country-index row without a figure. Keys `model-gap-*` and `model-missing-*`.
pub fn missing_data_line(catalog: &Catalog, lang: Lang, m: &crate::scoring::MissingData) -> String {
    use crate::scoring::{DataGap, MissingData, RegionalEstimate};
    let points = |p: f64| super::numbers::shortest(lang, p, 1);
    let no_assessment = name(NameKind::Level, crate::scoring::NO_ASSESSMENT, lang);
    let estimate = |a: &mut FluentArgs, e: &RegionalEstimate| {
        a.set("world", if e.region.is_some() { "no" } else { "yes" });
        a.set("region", e.region.map_or("", |r| name(NameKind::SdgRegion, r, lang)));
        a.set("share", super::numbers::percent(lang, e.share));
    };
    // The forced-labour context of a group of countries outside ILAB's findings, and the countries by name and code.
    let forced_and_countries = |a: &mut FluentArgs,
                                forced: &crate::scoring::ForcedEstimate,
                                countries: &[CountryCode]| {
        a.set("points", points(forced.points));
        a.set("forced_world", if forced.regional { "no" } else { "yes" });
        a.set(
            "forced_region",
            forced.ilo_region.as_deref().map_or("", |r| name(NameKind::IloRegion, r, lang)).to_string(),
        );
        a.set("prevalence", number(forced.prevalence, 2));
        let mut names: Vec<String> = countries.iter().map(|c| format!("{} ({})", c.name(lang), c.as_str())).collect();
        names.sort_by_key(|n| crate::domain::text::fold_words(n));
        a.set("codes", names.join(", "));
    };
    match m {
        MissingData::Country { country, line, gaps, goods, .. } => {
            let gaps: Vec<String> = gaps
                .iter()
                .map(|g| {
                    let mut a = FluentArgs::new();
                    let key = match g {
                        DataGap::NoAdvancement { points: p } => {
                            a.set("no_assessment", no_assessment);
                            a.set("points", points(*p));
                            "model-gap-no_advancement"
                        }
                        DataGap::UnweighedLevel { level, points: p } => {
                            a.set("no_assessment", no_assessment);
                            a.set("level", name(NameKind::Level, level, lang));
                            a.set("points", points(*p));
                            "model-gap-unweighed_level"
                        }
                        DataGap::NoChildShare(e) => {
                            estimate(&mut a, e);
                            "model-gap-no_child_share"
                        }
                        DataGap::NoRegion { points: p } => {
                            a.set("points", points(*p));
                            "model-gap-no_region"
                        }
                        DataGap::IncomeEstimate { group, share } => {
                            a.set("group", name(NameKind::IncomeGroup, group, lang));
                            a.set("share", super::numbers::percent(lang, *share));
                            "model-gap-income_estimate"
                        }
                        DataGap::RegionWithoutIlo { region, points: p } => {
                            a.set("region", region.as_str());
                            a.set("points", points(*p));
                            "model-gap-region_without_ilo"
                        }
                    };
                    catalog.format(lang, key, &a)
                })
                .collect();
            let mut a = FluentArgs::new();
            a.set("country", country.name(lang));
            a.set("code", country.as_str());
            a.set("line", line.to_string());
            a.set("gaps", gaps.join(catalog.get(lang, "list.separator")));
            let goods: Vec<&str> = goods.iter().map(|g| name(NameKind::Good, g, lang)).collect();
            a.set("goods", goods.join(", "));
            a.set("has_goods", if goods.is_empty() { "no" } else { "yes" });
            catalog.format(lang, "model-missing-country", &a)
        }
        MissingData::OutsideIlab { advancement, estimate: e, forced, countries } => {
            let mut a = FluentArgs::new();
            a.set("count", countries.len() as f64);
            a.set("no_assessment", no_assessment);
            a.set("advancement", points(*advancement));
            estimate(&mut a, e);
            forced_and_countries(&mut a, forced, countries);
            catalog.format(lang, "model-missing-outside_ilab", &a)
        }
        MissingData::OutsideIlabIncome { group, share, forced, countries } => {
            let mut a = FluentArgs::new();
            a.set("count", countries.len() as f64);
            a.set("group", name(NameKind::IncomeGroup, group, lang));
            a.set("share", super::numbers::percent(lang, *share));
            forced_and_countries(&mut a, forced, countries);
            catalog.format(lang, "model-missing-outside_ilab_income", &a)
        }
        MissingData::IndexWithoutFigure { line, name } => {
            let mut a = FluentArgs::new();
            a.set("line", line.to_string());
            a.set("name", name.as_str());
            catalog.format(lang, "model-missing-index_without_figure", &a)
        }
    }
}

/// One line of `chainon model check`'s (and `model derive`'s) problems in a language: where (the data file in
/// words, its line), what and why, from the catalogues (`model-problem-CODE`, `model-file`, `model-empty_part`);
/// names of the data (goods, levels, regions, countries) in the language.
pub fn model_problem_line(catalog: &Catalog, lang: Lang, p: &crate::scoring::ModelProblem) -> String {
    use crate::scoring::ModelProblem as P;
    let mut a = FluentArgs::new();
    let file = |f: &crate::scoring::DataFile| {
        let mut a = FluentArgs::new();
        a.set("file", f.as_ref().to_string());
        catalog.format(lang, "model-file", &a)
    };
    let number = |x: f64| super::numbers::shortest(lang, x, 3);
    // A country as the data names it (ILAB's English name), in the language when it resolves.
    let country_name = |n: &str| CountryCode::parse(n).map_or_else(|| n.to_string(), |c| c.name(lang).to_string());
    // Each column in the language's quotation marks (`quoted.column`).
    let quoted = |xs: &[String]| {
        let quote = |x: &String| {
            let mut a = FluentArgs::new();
            a.set("name", x.clone());
            catalog.format(lang, "quoted.column", &a)
        };
        xs.iter().map(quote).collect::<Vec<_>>().join(", ")
    };
    let key = match p {
        P::RowWithoutKey { file: f, line } => {
            a.set("file", file(f));
            a.set("line", line.to_string());
            "row_without_key"
        }
        P::UnknownCountry { file: f, line, name } => {
            a.set("file", file(f));
            a.set("line", line.to_string());
            a.set("name", name.as_str());
            "unknown_country"
        }
        P::NotYesNo { line, good, country, columns } => {
            a.set("line", line.to_string());
            a.set("good", name(NameKind::Good, good, lang));
            a.set("country", country_name(country));
            a.set("columns", quoted(columns));
            a.set("count", columns.len() as f64);
            "not_yes_no"
        }
        P::DerivedWithoutCountry { line, good, country } => {
            a.set("line", line.to_string());
            a.set("good", name(NameKind::Good, good, lang));
            a.set("country", country_name(country));
            "derived_without_country"
        }
        P::DerivedWithoutInput { line, good } => {
            a.set("line", line.to_string());
            a.set("good", name(NameKind::Good, good, lang));
            "derived_without_input"
        }
        P::ShareNotFraction { line, country, raw } => {
            a.set("line", line.to_string());
            a.set("country", country_name(country));
            a.set("raw", raw.as_str());
            "share_not_fraction"
        }
        P::EstimateUnreadable { line } => {
            a.set("line", line.to_string());
            "estimate_unreadable"
        }
        P::IndexNotNumber { line, raw } => {
            a.set("line", line.to_string());
            a.set("raw", raw.as_str());
            "index_not_number"
        }
        P::AliasUnknownGood { alias, good } => {
            a.set("alias", alias.as_str());
            a.set("good", good.as_str());
            "alias_unknown_good"
        }
        P::DeviceUnknownGood { good } => {
            a.set("good", good.as_str());
            "device_unknown_good"
        }
        P::CommonWordPhrase { phrase, good_or_category, category } => {
            a.set("phrase", phrase.as_str());
            a.set("target", good_or_category.as_str());
            a.set("kind", if *category { "keyword" } else { "alias" });
            "common_word_phrase"
        }
        P::NamesUnreadable { detail } => {
            a.set("detail", detail.as_str());
            "names_unreadable"
        }
        P::NoFrenchName { kind, name: n, file: f, line } => {
            a.set("kind", kind.as_ref().to_string());
            a.set("name", n.as_str());
            a.set("file", file(f));
            a.set("line", line.map_or_else(String::new, |l| l.to_string()));
            a.set("has_line", if line.is_some() { "yes" } else { "no" });
            "no_french_name"
        }
        P::LevelWithoutPoints { level, country } => {
            a.set("level", name(NameKind::Level, level, lang));
            a.set("country", country.name(lang));
            "level_without_points"
        }
        P::CategoryUnnamed { code } => {
            a.set("code", code.as_str());
            "category_unnamed"
        }
        P::RegionUnlabelled { country } => {
            a.set("country", country_name(country));
            "region_unlabelled"
        }
        P::IndexMeasureUnnamed => "index_measure_unnamed",
        P::CategoryUnknownGood { code, good } => {
            a.set("code", code.as_str());
            a.set("good", good.as_str());
            "category_unknown_good"
        }
        P::CategoryUnreachable { code } => {
            a.set("code", code.as_str());
            "category_unreachable"
        }
        P::MaterialUnknownGood { material, good } => {
            a.set("material", material.as_str());
            a.set("good", good.as_str());
            "material_unknown_good"
        }
        P::FamilyUnknownGood { family, good } => {
            a.set("family", family.as_str());
            a.set("good", good.as_str());
            "family_unknown_good"
        }
        P::MaterialInputNotTypical { code, good } => {
            a.set("code", code.as_str());
            a.set("good", good.as_str());
            "material_input_not_typical"
        }
        P::FinishedGoodAsInput { code, good } => {
            a.set("code", code.as_str());
            a.set("good", good.as_str());
            "finished_good_as_input"
        }
        P::FinishedUnknownGood { good } => {
            a.set("good", good.as_str());
            "finished_unknown_good"
        }
        P::ReadingWordEmpty { list } => {
            a.set("list", *list);
            "reading_word_empty"
        }
        P::ReadingWordNamesGoods { list, word, names } => {
            a.set("list", *list);
            a.set("word", word.as_str());
            a.set("names", names.as_str());
            "reading_word_names_goods"
        }
        P::ReadingWordInTwoLists { list, other, word } => {
            a.set("list", *list);
            a.set("other", *other);
            a.set("word", word.as_str());
            "reading_word_in_two_lists"
        }
        P::QualifierNotKeyword { word } => {
            a.set("list", "qualifier_keywords");
            a.set("word", word.as_str());
            "qualifier_not_keyword"
        }
        P::ReadingKeyWithoutData { key, data } => {
            a.set("key", *key);
            a.set("data", *data);
            "reading_key_without_data"
        }
        P::WeightOutOfRange { name: n, value, max } => {
            a.set("name", *n);
            a.set("value", number(*value));
            a.set("max", number(*max));
            "weight_out_of_range"
        }
        P::IndexPointsOutOfRange => "index_points_out_of_range",
        P::EntityPointsOutOfRange { points } => {
            a.set("points", number(*points));
            "entity_points_out_of_range"
        }
        P::SourceUnused { key } => {
            a.set("key", key.as_str());
            "source_unused"
        }
        P::SourceUnrecorded { key } => {
            a.set("key", key.as_str());
            "source_unrecorded"
        }
        P::FloorAboveMedium => "floor_above_medium",
        P::IloRegionWithoutPrevalence { region } => {
            a.set("region", name(NameKind::IloRegion, region, lang));
            "ilo_region_without_prevalence"
        }
        P::IlabRegionWithoutIlo { region, country } => {
            a.set("region", region.as_str());
            a.set("country", country_name(country));
            "ilab_region_without_ilo"
        }
        P::EmptyLabelPart { finding, code, lang: of, why, text } => {
            let mut w = FluentArgs::new();
            w.set("why", why.as_ref().to_string());
            a.set("what", if *finding { "finding" } else { "factor" });
            a.set("code", code.as_str());
            a.set("of", if *of == Lang::Fr { "fr" } else { "en" });
            a.set("why", catalog.format(lang, "model-empty_part", &w));
            a.set("text", text.as_str());
            "empty_label_part"
        }
    };
    catalog.format(lang, &format!("model-problem-{key}"), &a)
}

/// How many factors of each score `assessment_text` names (the largest, by the points they move).
pub const TEXT_TOP_FACTORS: usize = 3;

/// An assessment as plain text for people, in a language (`chainon assess --format text`): the supplier and the
/// model, the declaration's band and score for each kind of risk, then per site its place, tier and role, its band
/// and score for each kind, its [`TEXT_TOP_FACTORS`] largest reasons (`reasons::largest`: never the cap, always a
/// region's) with their points and source (data file, edition, line) and how its factors add up to the score
/// ([`arithmetic_steps`]), then the findings with their places. Every word comes from the catalogues (`assess_text-*`, the
/// factors' and findings' own messages), numbers by CLDR: the same explanations as the pages and the JSON.
pub fn assessment_text(
    cat: &Catalog,
    lang: Lang,
    declaration: &crate::domain::Declaration,
    a: &Assessment,
    on: NaiveDate,
) -> String {
    use std::fmt::Write as _;
    let decimal = |x: f64| super::numbers::decimal(lang, x, 1);
    let band = |s: &Score| cat.get(lang, &format!("band.{}", s.band.as_ref())).to_string();
    let risk = |k: RiskKind| cat.get(lang, &format!("risk.{}", k.as_ref())).to_string();
    let say = |key: &str, args: &[(&str, String)]| {
        let mut f = FluentArgs::new();
        for (k, v) in args {
            f.set(*k, FluentValue::from(v.clone()));
        }
        cat.format(lang, key, &f)
    };
    let counted = |key: &str, count: usize| {
        let mut f = FluentArgs::new();
        f.set("count", FluentValue::from(count));
        cat.format(lang, key, &f)
    };
    let kinds = [RiskKind::ForcedLabour, RiskKind::ChildLabour];
    let places = SitePlaces::of(&declaration.places_of_work);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        say(
            "assess_text.head",
            &[
                ("supplier", declaration.supplier.legal_name.clone()),
                ("date", super::dates::long_date(cat, lang, declaration.supplier.declaration_date)),
                ("version", a.model_version.clone()),
            ],
        )
    );
    for k in kinds {
        let s = a.overall.get(k);
        let _ = writeln!(
            out,
            "{}",
            say("assess_text.overall", &[("kind", risk(k)), ("band", band(s)), ("score", decimal(s.score))])
        );
    }
    let _ = writeln!(out, "\n{}", counted("assess_text.sites", a.sites.len()));
    for s in &a.sites {
        let site = declaration.places_of_work.iter().find(|p| p.site_id == s.site_id);
        let os = site.and_then(|p| p.os_id.as_deref()).map(str::trim).filter(|o| !o.is_empty());
        let _ = writeln!(
            out,
            "\n  {}",
            say(
                "assess_text.site",
                &[
                    ("site", s.site_name.clone()),
                    ("place", site_place(cat, lang, s.country, os)),
                    ("tier", s.tier.map_or_else(|| cat.get(lang, "factor.no_tier").to_string(), |t| t.to_string())),
                    ("role", cat.get(lang, &format!("role.{}", s.role.as_ref())).to_string()),
                ],
            )
        );
        for k in kinds {
            let score = s.risk.get(k);
            let _ = writeln!(
                out,
                "    {}",
                say("assess_text.score", &[("kind", risk(k)), ("band", band(score)), ("score", decimal(score.score))])
            );
            let mut top = super::reasons::largest(
                score
                    .factors
                    .iter()
                    .filter(|f| f.contribution != 0.0 || f.code() == crate::screening::effect::FACTOR_CODE),
                TEXT_TOP_FACTORS,
            );
            // A credit withheld weighs nothing but is why due diligence lowers nothing (an attestation refused or
            // missing): said after the largest reasons, as the pages and the JSON say it.
            top.extend(score.factors.iter().filter(|f| {
                f.contribution == 0.0 && matches!(f.reason(), Some(Reason::Mitigation { withheld: Some(_), .. }))
            }));
            for f in top {
                let points = if f.contribution < 0.0 {
                    decimal(f.contribution)
                } else {
                    format!("+{}", decimal(f.contribution))
                };
                let source = f.source.as_ref().map(|src| {
                    say(
                        "assess_text.source",
                        &[
                            ("dataset", src.dataset.to_string()),
                            ("edition", source_edition(cat, lang, src)),
                            ("has_line", yes(src.line.is_some()).to_string()),
                            ("line", src.line.map(|l| l.to_string()).unwrap_or_default()),
                        ],
                    )
                });
                let label = factor_label(cat, lang, f, &places);
                let line = match source {
                    Some(src) => {
                        say("assess_text.factor_sourced", &[("points", points), ("label", label), ("source", src)])
                    }
                    None => say("assess_text.factor", &[("points", points), ("label", label)]),
                };
                let _ = writeln!(out, "      {line}");
            }
            // How the factors add up to the score (the cap, due diligence, a region's presumption kept whole), step
            // by step: the same arithmetic as the page and the JSON.
            for step in arithmetic_steps(cat, lang, &score.arithmetic()) {
                let _ = writeln!(out, "      {step}");
            }
        }
    }
    let _ = writeln!(out, "\n{}", counted("assess_text.findings", a.findings.len()));
    for f in &a.findings {
        let place = f.location.as_ref().map(|p| place_label(cat, lang, p)).unwrap_or_default();
        let _ = writeln!(
            out,
            "  - {}",
            say("assess_text.finding", &[("finding", finding_label(cat, lang, f, on)), ("place", place)])
        );
    }
    out
}

#[cfg(test)]
#[path = "explain_tests.rs"]
mod tests;
