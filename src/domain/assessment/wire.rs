//! The said-once form of an assessment: what `chainon assess --format json` prints and the store keeps.
//!
//! The same factor (a country's prevalence, its child-labour context, the declaration's mitigation, with the same
//! source) used to be written out in full in every site of that country: a 100,000-site declaration was hundreds of
//! megabytes of JSON, most of it repeated. Here each distinct factor is written once, in the document's `factors`
//! table (in the order first met: overall, then each site, then each category; forced labour before child labour),
//! and each score lists its factors as indexes into that table, in the score's own order:
//!
//! ```json
//! {"form": 2, "model_version": "…", "factors": [{"code": "forced_prevalence", …, "source": {…}, "weight": 1.0,
//!  "contribution": 9.5}, …], "overall": {"forced_labour": {"score": 9.5, "band": "low", "factors": [0]}, …},
//!  "sites": [{"site_id": "…", …, "forced_labour": {"score": 9.5, "band": "low", "factors": [0]}, …}], …}
//! ```
//!
//! Two factors are the same when their JSON is the same byte for byte (code, parameters, source, weight and
//! contribution), so the document stays complete: every score's factors read back exactly. Reading accepts this form
//! and every older one (no `form`: each factor written in full where it applies, including factors stored with their
//! words, `Explanation::Stored`); a score may even mix indexes and full factors. The API answers the inline form
//! (`web::answer::Explained` writes each site's factors in full, with their words): that form is the one callers
//! read, and each site is put into words on its own there anyway.
//!
//! Form 3 says once, too, the factors that differ only by the supplier sites they name (`Reason::supplier_sites`: an
//! `upstream` factor's site, an `undisclosed_input`'s declared suppliers): on a 100,000-site declaration 80,000
//! `undisclosed_input` and 48,000 `upstream` factors were distinct only by a supplier's id, and with their words most
//! of the JSON. Such a factor is one entry of the table without those sites, marked `"sites_in_scores": true`, and a
//! score that has it gives the entry's index and the sites in their order, `[7, "S020000"]` (one for `upstream`, one
//! per supplier for `undisclosed_input`). `chainon assess` says such an entry of "the supplier listed with this
//! factor" (`reports::explain::factor_sites_label`), which reading ignores.
//!
//! Form 3 says each finding about a site once for every site it applies to. A finding about one site (an input of
//! unknown origin, a disclosure gap, a region not named …) used to be written, and put into words, once per site: on
//! a 100,000-site declaration 48,000 `origin_undisclosed` findings were half of the JSON. The findings whose code,
//! parameters and severity are the same but for the site (its id, the name the site has in `sites`, and its place
//! `PlacesOfWork: ID`) are one entry of `findings`, with the sites in `for_sites` and the positions the findings
//! hold in the assessment's list of findings in `at` (from 0, in the order of `for_sites`), so that the list reads
//! back in its order:
//!
//! ```json
//! {"code": "origin_undisclosed", "goods": ["Cotton"], "severity": "high", "for_sites": ["S1", "S7"], "at": [4, 9]}
//! ```
//!
//! A finding that applies to one site only, to no single site, or that has words of its own, is written whole where
//! it stands. `chainon assess --format json` writes each group's words once (`label_en`, `label_fr`: the finding said
//! of "each site listed", `reports::explain::finding_sites_label`), which reading ignores: each site's finding is
//! put into words from its code where it is shown.
//!
//! Written with words (`chainon assess --format json`, [`SaidOnce::with_words`]), each score's arithmetic
//! (`super::ScoreArithmetic`) is said once too: the document's `arithmetic` lists each distinct one with its steps in
//! English and French (`steps_en`, `steps_fr`), and `scores_arithmetic` gives each score's entry, one index a score in
//! the order of the factors' table (overall, each site, each category; forced labour before child labour). Storage's
//! document (no words) has none: it is derived from the factors. Reading ignores it.

use std::fmt;
use std::sync::Arc;

use rustc_hash::FxHashMap;
use serde::de::{self, Deserializer, MapAccess, Unexpected, Visitor};
use serde::ser::{Error as _, SerializeSeq, Serializer};
use serde::{Deserialize, Serialize};

use super::{
    Assessment, Band, CategoryAssessment, CountryCode, Factor, FactorPool, Finding, Reason, RiskPair, Role, Score,
    SiteAssessment, SiteId,
};
use crate::domain::Place;

/// The form this build writes: 3, factors said once and referred to by index, and the findings about a site said once
/// for all the sites they apply to. Form 2 wrote every finding whole; documents without `form` are form 1 (every
/// factor written where it applies). Every form reads.
pub const FORM: u32 = 3;

/// Every score of an assessment, in the order of the said-once form: overall, each site, each category; forced
/// labour before child labour.
fn scores(a: &Assessment) -> impl Iterator<Item = &Score> {
    a.scores()
}

/// An entry of the document's `factors`: a factor written whole, or (form 3) a factor written without its supplier
/// sites (`Reason::supplier_sites`), which each score that refers to it gives: `first` is one of the factors it
/// stands for (what its words are said of).
enum Entry<'a> {
    Whole(&'a Factor),
    Shaped { params: serde_json::Map<String, serde_json::Value>, first: &'a Factor },
}

/// The distinct factors of an assessment, and for every factor of every score (in [`scores`] order) its index.
struct Interned<'a> {
    table: Vec<Entry<'a>>,
    refs: Vec<u32>,
}

/// The JSON object of a factor without its supplier sites, when it names some and has no words of its own: what
/// the factors that differ only by these sites share (an `upstream` factor without its `site`, an `undisclosed_input`
/// without the `site` of each of its `suppliers`). `None` for any other factor, written whole.
fn shaped_params(f: &Factor) -> Option<serde_json::Map<String, serde_json::Value>> {
    let r = f.reason()?;
    if f.label_en.is_some() || f.label_fr.is_some() || r.supplier_sites().is_empty() {
        return None;
    }
    let serde_json::Value::Object(mut m) = serde_json::to_value(f).ok()? else { return None };
    match r {
        Reason::Upstream { .. } | Reason::PresumptionCarried { .. } => {
            m.remove("site")?;
        }
        Reason::UndisclosedInput { .. } => {
            for supplier in m.get_mut("suppliers")?.as_array_mut()? {
                supplier.as_object_mut()?.remove("site")?;
            }
        }
        _ => return None,
    }
    Some(m)
}

/// A factor written without its supplier sites, with the sites a score gives (in their order) put back: the factor's
/// JSON object. Errors say why it cannot be.
fn with_sites(
    mut m: serde_json::Map<String, serde_json::Value>,
    sites: Vec<SiteId>,
) -> Result<serde_json::Map<String, serde_json::Value>, String> {
    let site = |id: SiteId| serde_json::Value::String(id.as_str().to_string());
    let code = m.get("code").and_then(serde_json::Value::as_str).unwrap_or_default().to_string();
    match code.as_str() {
        "upstream" | "presumption_carried" => {
            let mut sites = sites.into_iter();
            match (sites.next(), sites.next()) {
                (Some(id), None) => {
                    m.insert("site".into(), site(id));
                }
                _ => return Err(format!("an `{code}` factor takes one site")),
            }
        }
        "undisclosed_input" => {
            let suppliers = m.get_mut("suppliers").and_then(serde_json::Value::as_array_mut);
            let suppliers =
                suppliers.ok_or("an `undisclosed_input` factor written without its sites has `suppliers`")?;
            if suppliers.len() != sites.len() {
                return Err(format!("{} sites for {} suppliers", sites.len(), suppliers.len()));
            }
            for (supplier, id) in suppliers.iter_mut().zip(sites) {
                let supplier = supplier.as_object_mut().ok_or("a supplier is not an object")?;
                supplier.insert("site".into(), site(id));
            }
        }
        _ => return Err(format!("a factor `{code}` names no supplier site")),
    }
    Ok(m)
}

/// Finds the distinct factors by their JSON bytes: one factor's bytes at a time are built, and only the distinct
/// ones are kept (as keys), so the cost follows the table, not the document. A factor shared in memory (the same
/// `Arc`, as scoring and reading give them out) is the same entry: its bytes are built once. A factor that names
/// supplier sites is found by its bytes without them ([`shaped_params`]): one entry for all that differ only by them.
fn intern(a: &Assessment) -> Result<Interned<'_>, serde_json::Error> {
    let mut at: FxHashMap<Box<[u8]>, u32> = FxHashMap::default();
    let mut seen: FxHashMap<*const Factor, u32> = FxHashMap::default();
    let mut table = Vec::new();
    let mut refs = Vec::with_capacity(scores(a).map(|s| s.factors.len()).sum());
    let mut bytes = Vec::new();
    for f in scores(a).flat_map(|s| &s.factors) {
        if let Some(i) = seen.get(&Arc::as_ptr(f)) {
            refs.push(*i);
            continue;
        }
        bytes.clear();
        let shaped = shaped_params(f);
        // The two kinds of entry kept apart by a first byte.
        match &shaped {
            Some(params) => {
                bytes.push(b'S');
                serde_json::to_writer(&mut bytes, params)?;
            }
            None => {
                bytes.push(b'W');
                serde_json::to_writer(&mut bytes, f)?;
            }
        }
        let i = match at.get(bytes.as_slice()) {
            Some(i) => *i,
            None => {
                let i = u32::try_from(table.len())
                    .map_err(|_| serde_json::Error::custom("an assessment has more than 2³² distinct factors"))?;
                at.insert(bytes.as_slice().into(), i);
                table.push(match shaped {
                    Some(params) => Entry::Shaped { params, first: f },
                    None => Entry::Whole(f),
                });
                i
            }
        };
        seen.insert(Arc::as_ptr(f), i);
        refs.push(i);
    }
    Ok(Interned { table, refs })
}

/// The findings of an assessment that the said-once form writes as one entry for several sites (see the module's
/// documentation): each group's code, parameters and severity without the site, and the indexes of its findings in
/// `Assessment::findings`, in order. A group has two findings at least; every other finding is written whole.
///
/// Made from the assessment as it is written; `chainon assess` asks it which findings to put into words one by one
/// (those written whole) before it writes each group's words once ([`SaidOnce::with_words`]).
#[derive(Debug, Default)]
pub struct FindingGroups {
    groups: Vec<FindingGroup>,
    /// For each finding, the group it is in.
    group_of: Vec<Option<u32>>,
}

#[derive(Debug)]
struct FindingGroup {
    /// The finding's JSON object without `site`, `site_name` and `location`.
    params: serde_json::Map<String, serde_json::Value>,
    members: Vec<usize>,
}

impl FindingGroups {
    /// The groups of `a`'s findings. A finding joins a group when it is a code with parameters about one site that
    /// `a.sites` holds (`FindingReason::site`), names that site as `a.sites` does (or by its id only), is placed at
    /// that site (`PlacesOfWork: ID`), and has no words of its own; the others are written whole.
    pub fn of(a: &Assessment) -> FindingGroups {
        let names: FxHashMap<&str, &str> = a.sites.iter().map(|s| (s.site_id.as_str(), s.site_name.as_str())).collect();
        let mut by_params: FxHashMap<Vec<u8>, u32> = FxHashMap::default();
        let mut groups: Vec<FindingGroup> = Vec::new();
        let mut group_of = vec![None; a.findings.len()];
        for (i, f) in a.findings.iter().enumerate() {
            let Some(params) = one_site_params(f, &names) else { continue };
            let Ok(key) = serde_json::to_vec(&params) else { continue };
            let g = match by_params.get(&key) {
                Some(g) => *g,
                None => {
                    let Ok(g) = u32::try_from(groups.len()) else { continue };
                    by_params.insert(key, g);
                    groups.push(FindingGroup { params, members: Vec::new() });
                    g
                }
            };
            if let (Some(group), Some(slot)) = (groups.get_mut(g as usize), group_of.get_mut(i)) {
                group.members.push(i);
                *slot = Some(g);
            }
        }
        // A finding alone in its group is written whole: a group is for what repeats.
        for slot in &mut group_of {
            if slot.and_then(|g| groups.get(g as usize)).is_some_and(|g| g.members.len() < 2) {
                *slot = None;
            }
        }
        FindingGroups { groups, group_of }
    }

    /// Whether finding `i` of the assessment is written in a group (and put into words once, with its group).
    pub fn is_grouped(&self, i: usize) -> bool {
        self.group_of.get(i).copied().flatten().is_some()
    }

    /// Each group of two findings or more, in the order they are written: the index of its first finding in
    /// `Assessment::findings` (whose reason, but for its site, is the group's) and how many sites it applies to.
    pub fn groups(&self) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.groups.iter().filter(|g| g.members.len() >= 2).filter_map(|g| Some((*g.members.first()?, g.members.len())))
    }
}

/// An entry of the said-once form's findings ([`FindingGroups::entries`]).
pub enum FindingEntry<'a> {
    /// A finding written whole.
    Whole(&'a Finding),
    /// The findings of a group: the first of them, and the group's JSON object as the form writes it (code,
    /// parameters and severity without the site; `for_sites`, `at`).
    Group { first: &'a Finding, object: serde_json::Value },
}

impl FindingGroups {
    /// `a`'s findings as the said-once form writes them, in order: each finding written whole, each group once where
    /// its first finding stands. What storage keeps as the assessment's finding rows (one row per entry).
    pub fn entries<'a>(&'a self, a: &'a Assessment) -> Vec<FindingEntry<'a>> {
        let mut out = Vec::new();
        for (i, f) in a.findings.iter().enumerate() {
            let group = self.group_of.get(i).copied().flatten().and_then(|g| self.groups.get(g as usize));
            match group {
                Some(g) if g.members.len() >= 2 => {
                    if g.members.first() != Some(&i) {
                        continue;
                    }
                    let sites: Vec<&str> = g
                        .members
                        .iter()
                        .filter_map(|m| Some(a.findings.get(*m)?.reason()?.site()?.0.as_str()))
                        .collect();
                    let mut object = g.params.clone();
                    object.insert("for_sites".into(), serde_json::json!(sites));
                    object.insert("at".into(), serde_json::json!(g.members));
                    out.push(FindingEntry::Group { first: f, object: serde_json::Value::Object(object) });
                }
                _ => out.push(FindingEntry::Whole(f)),
            }
        }
        out
    }
}

/// The JSON object of a finding about one site of `names` (site id → name), without its site, the site's name and
/// its place: what the findings of a group share. `None` when the finding cannot be in a group.
fn one_site_params(f: &Finding, names: &FxHashMap<&str, &str>) -> Option<serde_json::Map<String, serde_json::Value>> {
    let (site, site_name) = f.reason()?.site()?;
    let name = names.get(site.as_str())?;
    let own_words = [&f.label_en, &f.label_fr, &f.location_en, &f.location_fr].iter().any(|w| w.is_some());
    if own_words || site_name.is_some_and(|n| n != *name) || f.location != Some(Place::site(site)) {
        return None;
    }
    let serde_json::Value::Object(mut params) = serde_json::to_value(f).ok()? else { return None };
    for key in ["site", "site_name", "location"] {
        params.remove(key);
    }
    Some(params)
}

/// The words of what the said-once form says once, in English and French, for `chainon assess --format json`
/// (`reports::explain::SaidWords` gives them from the catalogues: the domain writes no word).
pub trait AssessmentWords {
    /// A factor of the table. `shaped`: the entry is written without the factor's supplier sites
    /// (`Reason::supplier_sites`), which each score that refers to it gives: its words say "the supplier listed with
    /// this factor", not one site.
    fn factor(&self, f: &Factor, shaped: bool) -> (String, String);
    /// A group of findings (`f`: one of them) said of "each site listed".
    fn finding_group(&self, f: &Finding) -> (String, String);
    /// The steps of a score's arithmetic ([`super::ScoreArithmetic`]), one sentence a step, in English and French
    /// (empty where it says no more than the score).
    fn arithmetic(&self, a: &super::ScoreArithmetic) -> (Vec<String>, Vec<String>);
}

/// An assessment as the said-once form writes it with the words of what it says once: each entry of the factors
/// table that has no words of its own, and each group of findings (the findings written whole carry their own,
/// `reports::explain::label_assessment`).
pub struct SaidOnce<'a> {
    assessment: &'a Assessment,
    words: &'a dyn AssessmentWords,
}

impl<'a> SaidOnce<'a> {
    /// `a` written with `words`.
    pub fn with_words(a: &'a Assessment, words: &'a dyn AssessmentWords) -> SaidOnce<'a> {
        SaidOnce { assessment: a, words }
    }
}

impl Serialize for SaidOnce<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        write(self.assessment, Some(self.words), s)
    }
}

/// A group of findings as the said-once form writes it ([`FindingEntry::Group`]'s object), with its words when it has
/// them.
#[derive(Serialize)]
struct GroupOut<'a> {
    #[serde(flatten)]
    object: &'a serde_json::Value,
    #[serde(skip_serializing_if = "Option::is_none")]
    label_en: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    label_fr: Option<String>,
}

/// The findings in the said-once form ([`FindingGroups::entries`]).
struct FindingsOut<'a> {
    entries: Vec<FindingEntry<'a>>,
    words: Option<&'a dyn AssessmentWords>,
}

impl Serialize for FindingsOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.entries.len()))?;
        for entry in &self.entries {
            match entry {
                FindingEntry::Whole(f) => seq.serialize_element(f)?,
                FindingEntry::Group { first, object } => {
                    let (label_en, label_fr) = self.words.map(|w| w.finding_group(first)).unzip();
                    seq.serialize_element(&GroupOut { object, label_en, label_fr })?;
                }
            }
        }
        seq.end()
    }
}

/// What the scores' factors are written with: every factor's index, in [`scores`] order, and whether each entry of
/// the table is written without its supplier sites.
struct Refs<'a> {
    refs: &'a [u32],
    shaped: &'a [bool],
}

/// The next `score.factors.len()` indexes of `refs` from `at`, which moves past them.
fn take<'a, E: serde::ser::Error>(refs: &'a [u32], at: &mut usize, score: &Score) -> Result<&'a [u32], E> {
    let end = *at + score.factors.len();
    let out = refs.get(*at..end).ok_or_else(|| E::custom("an assessment changed while it was written"))?;
    *at = end;
    Ok(out)
}

#[derive(Serialize)]
struct ScoreOut<'a> {
    score: f64,
    band: Band,
    factors: FactorsOut<'a>,
}

/// A score's factors: each its index in the table, or — an entry written without its supplier sites — an array of
/// the index and the factor's supplier sites, in order (`[12, "S020000"]`).
struct FactorsOut<'a> {
    at: &'a [u32],
    factors: &'a [Arc<Factor>],
    shaped: &'a [bool],
}

impl Serialize for FactorsOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.at.len()))?;
        for (i, f) in self.at.iter().zip(self.factors) {
            if self.shaped.get(*i as usize).copied().unwrap_or(false) {
                let sites = f.reason().map(Reason::supplier_sites).unwrap_or_default();
                seq.serialize_element(&WithSites(*i, &sites))?;
            } else {
                seq.serialize_element(i)?;
            }
        }
        seq.end()
    }
}

/// An index and the supplier sites the entry is written without.
struct WithSites<'a>(u32, &'a [&'a SiteId]);

impl Serialize for WithSites<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(1 + self.1.len()))?;
        seq.serialize_element(&self.0)?;
        for site in self.1 {
            seq.serialize_element(site.as_str())?;
        }
        seq.end()
    }
}

impl<'a> ScoreOut<'a> {
    fn of<E: serde::ser::Error>(s: &'a Score, refs: &Refs<'a>, at: &mut usize) -> Result<ScoreOut<'a>, E> {
        let factors = FactorsOut { at: take(refs.refs, at, s)?, factors: &s.factors, shaped: refs.shaped };
        Ok(ScoreOut { score: s.score, band: s.band, factors })
    }
}

#[derive(Serialize)]
struct PairOut<'a> {
    forced_labour: ScoreOut<'a>,
    child_labour: ScoreOut<'a>,
}

/// A site as `SiteAssessment` writes it, its factors as indexes, and a tier, region or category it does not have left
/// out rather than written `null` (read back as none: a site of a 100,000-site declaration wrote `"region":null`
/// 100,000 times, 1.4 MB).
#[derive(Serialize)]
struct SiteOut<'a> {
    site_id: &'a SiteId,
    site_name: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    tier: Option<u32>,
    country: &'a CountryCode,
    #[serde(skip_serializing_if = "Option::is_none")]
    region: Option<&'a str>,
    role: Role,
    #[serde(skip_serializing_if = "Option::is_none")]
    category: Option<&'a str>,
    forced_labour: ScoreOut<'a>,
    child_labour: ScoreOut<'a>,
}

/// A category as `CategoryAssessment` writes it, its factors as indexes.
#[derive(Serialize)]
struct CategoryOut<'a> {
    category: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    label_en: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    label_fr: Option<&'a str>,
    forced_labour: ScoreOut<'a>,
    child_labour: ScoreOut<'a>,
}

/// The sites (or the categories) from `start` in the indexes, each written as it comes: no copy of them is built.
struct Each<'a, T> {
    items: &'a [T],
    refs: &'a Refs<'a>,
    start: usize,
}

impl Serialize for Each<'_, SiteAssessment> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.items.len()))?;
        let mut at = self.start;
        for x in self.items {
            let forced_labour = ScoreOut::of(&x.risk.forced_labour, self.refs, &mut at)?;
            let child_labour = ScoreOut::of(&x.risk.child_labour, self.refs, &mut at)?;
            seq.serialize_element(&SiteOut {
                site_id: &x.site_id,
                site_name: &x.site_name,
                tier: x.tier,
                country: &x.country,
                region: x.region.as_deref(),
                role: x.role,
                category: x.category.as_deref(),
                forced_labour,
                child_labour,
            })?;
        }
        seq.end()
    }
}

impl Serialize for Each<'_, CategoryAssessment> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.items.len()))?;
        let mut at = self.start;
        for x in self.items {
            let forced_labour = ScoreOut::of(&x.risk.forced_labour, self.refs, &mut at)?;
            let child_labour = ScoreOut::of(&x.risk.child_labour, self.refs, &mut at)?;
            seq.serialize_element(&CategoryOut {
                category: &x.category,
                label_en: x.label_en.as_deref(),
                label_fr: x.label_fr.as_deref(),
                forced_labour,
                child_labour,
            })?;
        }
        seq.end()
    }
}

/// The table of factors, each entry with its words when the document is written with words (and the factor has
/// none of its own); an entry written without its supplier sites says so (`"sites_in_scores": true`).
struct TableOut<'a> {
    table: &'a [Entry<'a>],
    words: Option<&'a dyn AssessmentWords>,
}

#[derive(Serialize)]
struct WholeOut<'a> {
    #[serde(flatten)]
    factor: &'a Factor,
    #[serde(skip_serializing_if = "Option::is_none")]
    label_en: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    label_fr: Option<String>,
}

#[derive(Serialize)]
struct ShapedOut<'a> {
    #[serde(flatten)]
    params: &'a serde_json::Map<String, serde_json::Value>,
    sites_in_scores: bool,
    #[serde(skip_serializing_if = "Option::is_none")]
    label_en: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    label_fr: Option<String>,
}

impl Serialize for TableOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.table.len()))?;
        for entry in self.table {
            match entry {
                Entry::Whole(f) => {
                    let words = self.words.filter(|_| f.label_en.is_none() && f.label_fr.is_none());
                    let (label_en, label_fr) = words.map(|w| w.factor(f, false)).unzip();
                    seq.serialize_element(&WholeOut { factor: f, label_en, label_fr })?;
                }
                Entry::Shaped { params, first } => {
                    let (label_en, label_fr) = self.words.map(|w| w.factor(first, true)).unzip();
                    seq.serialize_element(&ShapedOut { params, sites_in_scores: true, label_en, label_fr })?;
                }
            }
        }
        seq.end()
    }
}

/// The distinct arithmetics of the scores ([`super::ScoreArithmetic`]), in the order first met ([`scores`] order),
/// and every score's index into them: two scores share an entry when their arithmetic's JSON is the same byte for
/// byte (the same parts at the same positions of their factors, with the same points, the same cap, due diligence
/// and score).
fn arithmetics(a: &Assessment) -> Result<(Vec<super::ScoreArithmetic>, Vec<u32>), serde_json::Error> {
    let mut at: FxHashMap<Vec<u8>, u32> = FxHashMap::default();
    let mut table = Vec::new();
    let mut refs = Vec::with_capacity(a.sites.len() * 2 + a.categories.len() * 2 + 2);
    for s in scores(a) {
        let arithmetic = s.arithmetic();
        let bytes = serde_json::to_vec(&arithmetic)?;
        let i = match at.get(&bytes) {
            Some(i) => *i,
            None => {
                let i = u32::try_from(table.len())
                    .map_err(|_| serde_json::Error::custom("an assessment has more than 2³² distinct arithmetics"))?;
                at.insert(bytes, i);
                table.push(arithmetic);
                i
            }
        };
        refs.push(i);
    }
    Ok((table, refs))
}

/// The table of arithmetics, each with its steps in words in both languages (`super::ArithmeticSaid`), said once.
struct ArithmeticOut<'a> {
    table: Vec<super::ScoreArithmetic>,
    words: &'a dyn AssessmentWords,
}

#[derive(Serialize)]
struct ArithmeticEntryOut<'a> {
    #[serde(flatten)]
    arithmetic: &'a super::ScoreArithmetic,
    steps_en: Vec<String>,
    steps_fr: Vec<String>,
}

impl Serialize for ArithmeticOut<'_> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut seq = s.serialize_seq(Some(self.table.len()))?;
        for arithmetic in &self.table {
            let (steps_en, steps_fr) = self.words.arithmetic(arithmetic);
            seq.serialize_element(&ArithmeticEntryOut { arithmetic, steps_en, steps_fr })?;
        }
        seq.end()
    }
}

#[derive(Serialize)]
struct Out<'a> {
    form: u32,
    model_version: &'a str,
    factors: TableOut<'a>,
    /// Written with words only: derived from the factors, storage keeps no copy of it.
    #[serde(skip_serializing_if = "Option::is_none")]
    arithmetic: Option<ArithmeticOut<'a>>,
    /// Each score's index in `arithmetic`, in [`scores`] order (one number a score: a key in every score cost a
    /// tenth of the document).
    #[serde(skip_serializing_if = "Option::is_none")]
    scores_arithmetic: Option<&'a [u32]>,
    overall: PairOut<'a>,
    sites: Each<'a, SiteAssessment>,
    categories: Each<'a, CategoryAssessment>,
    findings: FindingsOut<'a>,
}

/// Writes `a` in the said-once form, without words.
pub(super) fn serialize<S: Serializer>(a: &Assessment, s: S) -> Result<S::Ok, S::Error> {
    write(a, None, s)
}

/// The number of sites from which the arithmetics of the scores are found on a thread of their own while the
/// factors are interned and the findings grouped ([`write`]): below it a thread costs more than it saves.
const ARITHMETICS_SIDE_BY_SIDE: usize = 2_000;

/// Writes `a` in the said-once form, each entry said once with its `words` when given.
fn write<S: Serializer>(a: &Assessment, words: Option<&dyn AssessmentWords>, s: S) -> Result<S::Ok, S::Error> {
    write_from(a, words, s, ARITHMETICS_SIDE_BY_SIDE)
}

/// [`write`], the arithmetics (written with words only) found on a scoped thread beside the interning of the factors
/// and the grouping of the findings from `side_by_side` sites: the three read the assessment and nothing else, so
/// what is written is the same byte for byte either way.
pub(super) fn write_from<S: Serializer>(
    a: &Assessment,
    words: Option<&dyn AssessmentWords>,
    s: S,
    side_by_side: usize,
) -> Result<S::Ok, S::Error> {
    type Arithmetics = Result<(Vec<super::ScoreArithmetic>, Vec<u32>), serde_json::Error>;
    let (groups, interned, found): (_, _, Option<Arithmetics>) = if words.is_some() && a.sites.len() >= side_by_side {
        std::thread::scope(|scope| {
            let finding = scope.spawn(|| arithmetics(a));
            let groups = FindingGroups::of(a);
            let interned = intern(a);
            // A panic there goes on here, as it would have on this thread.
            (groups, interned, Some(finding.join().unwrap_or_else(|e| std::panic::resume_unwind(e))))
        })
    } else {
        (FindingGroups::of(a), intern(a), words.map(|_| arithmetics(a)))
    };
    let Interned { table, refs } = interned.map_err(S::Error::custom)?;
    let shaped: Vec<bool> = table.iter().map(|e| matches!(e, Entry::Shaped { .. })).collect();
    let (arithmetic, arithmetic_refs) = match (words, found) {
        (Some(words), Some(found)) => {
            let (table, refs) = found.map_err(S::Error::custom)?;
            (Some(ArithmeticOut { table, words }), Some(refs))
        }
        _ => (None, None),
    };
    let refs = Refs { refs: &refs, shaped: &shaped };
    let mut at = 0;
    let overall = PairOut {
        forced_labour: ScoreOut::of(&a.overall.forced_labour, &refs, &mut at)?,
        child_labour: ScoreOut::of(&a.overall.child_labour, &refs, &mut at)?,
    };
    let sites_start = at;
    let categories_start = sites_start
        + a.sites.iter().map(|x| x.risk.forced_labour.factors.len() + x.risk.child_labour.factors.len()).sum::<usize>();
    Out {
        form: FORM,
        model_version: &a.model_version,
        factors: TableOut { table: &table, words },
        arithmetic,
        scores_arithmetic: arithmetic_refs.as_deref(),
        overall,
        sites: Each { items: &a.sites, refs: &refs, start: sites_start },
        categories: Each { items: &a.categories, refs: &refs, start: categories_start },
        findings: FindingsOut { entries: groups.entries(a), words },
    }
    .serialize(s)
}

/// A factor as a score lists it: an index into the document's `factors`, or (older forms) the factor in full (boxed:
/// a list of indexes costs 16 bytes an entry while it is read, not the size of a factor).
enum FactorIn {
    At(u32),
    Inline(Box<Factor>),
    /// An entry written without its supplier sites, and the sites (form 3).
    WithSites(u32, Vec<SiteId>),
}

impl<'de> Deserialize<'de> for FactorIn {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = FactorIn;

            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a factor, or the index of one in the assessment's `factors`")
            }

            fn visit_u64<E: de::Error>(self, n: u64) -> Result<FactorIn, E> {
                u32::try_from(n).map(FactorIn::At).map_err(|_| E::invalid_value(Unexpected::Unsigned(n), &self))
            }

            fn visit_i64<E: de::Error>(self, n: i64) -> Result<FactorIn, E> {
                u32::try_from(n).map(FactorIn::At).map_err(|_| E::invalid_value(Unexpected::Signed(n), &self))
            }

            fn visit_seq<A: de::SeqAccess<'de>>(self, mut seq: A) -> Result<FactorIn, A::Error> {
                let at: u32 = seq.next_element()?.ok_or_else(|| de::Error::invalid_length(0, &self))?;
                let mut sites = Vec::new();
                while let Some(site) = seq.next_element::<SiteId>()? {
                    sites.push(site);
                }
                Ok(FactorIn::WithSites(at, sites))
            }

            // The full factor is read from the map as it comes (no buffering of the factor as a whole).
            fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<FactorIn, A::Error> {
                Factor::deserialize(de::value::MapAccessDeserializer::new(map)).map(|f| FactorIn::Inline(Box::new(f)))
            }
        }
        d.deserialize_any(V)
    }
}

#[derive(Deserialize)]
struct ScoreIn {
    score: f64,
    band: Band,
    factors: Vec<FactorIn>,
}

#[derive(Deserialize)]
struct PairIn {
    forced_labour: ScoreIn,
    child_labour: ScoreIn,
}

/// A site in any form; a tier, region or category left out is none (form 2 leaves them out; older forms wrote `null`).
#[derive(Deserialize)]
struct SiteIn {
    site_id: SiteId,
    site_name: String,
    #[serde(default)]
    tier: Option<u32>,
    country: CountryCode,
    #[serde(default)]
    region: Option<String>,
    role: Role,
    #[serde(default)]
    category: Option<String>,
    forced_labour: ScoreIn,
    child_labour: ScoreIn,
}

#[derive(Deserialize)]
struct CategoryIn {
    category: String,
    #[serde(default)]
    label_en: Option<String>,
    #[serde(default)]
    label_fr: Option<String>,
    forced_labour: ScoreIn,
    child_labour: ScoreIn,
}

/// An assessment as stored in any form, its factors not yet resolved (read through `Assessment`'s `Deserialize`).
#[derive(Deserialize)]
pub struct AssessmentIn {
    #[serde(default = "form_1")]
    form: u32,
    model_version: String,
    #[serde(default)]
    factors: Vec<EntryIn>,
    overall: PairIn,
    sites: Vec<SiteIn>,
    #[serde(default)]
    categories: Vec<CategoryIn>,
    findings: Vec<FindingIn>,
}

/// An entry of a document's `findings`: a finding written whole, or (form 3) the findings of a group, its sites in
/// `for_sites` and their positions in `at`.
enum FindingIn {
    Whole(Box<Finding>),
    Sites(serde_json::Map<String, serde_json::Value>),
}

impl<'de> Deserialize<'de> for FindingIn {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let m = serde_json::Map::deserialize(d)?;
        if m.contains_key("for_sites") {
            Ok(FindingIn::Sites(m))
        } else {
            Finding::try_from(m).map(|f| FindingIn::Whole(Box::new(f))).map_err(de::Error::custom)
        }
    }
}

/// The findings of a document in their order: each group's findings at their positions (each with its site, the
/// site's name as `sites` gives it, and its place), the findings written whole in the places left, in their order.
fn expand(entries: Vec<FindingIn>, sites: &[SiteAssessment]) -> Result<Vec<Finding>, FormError> {
    let names: FxHashMap<&str, &str> = sites.iter().map(|s| (s.site_id.as_str(), s.site_name.as_str())).collect();
    let mut wholes = Vec::new();
    let mut placed: Vec<(usize, Finding)> = Vec::new();
    for (index, entry) in entries.into_iter().enumerate() {
        let bad = |why: String| FormError::Findings { index, why };
        let mut m = match entry {
            FindingIn::Whole(f) => {
                wholes.push(*f);
                continue;
            }
            FindingIn::Sites(m) => m,
        };
        let mut field = |key: &str| m.remove(key).unwrap_or(serde_json::Value::Null);
        let for_sites = Vec::<SiteId>::deserialize(field("for_sites")).map_err(|e| bad(format!("for_sites: {e}")))?;
        let at = Vec::<usize>::deserialize(field("at")).map_err(|e| bad(format!("at: {e}")))?;
        // The group's words are said of every site listed; each site's finding is put into words where it is shown.
        field("label_en");
        field("label_fr");
        if for_sites.len() != at.len() {
            return Err(bad(format!("{} sites and {} positions", for_sites.len(), at.len())));
        }
        for (site, position) in for_sites.into_iter().zip(at) {
            let name = *names.get(site.as_str()).ok_or_else(|| bad(format!("the site {site} is not in `sites`")))?;
            let mut one = m.clone();
            let location = serde_json::to_value(Place::site(&site)).map_err(|e| bad(e.to_string()))?;
            one.insert("location".into(), location);
            one.insert("site".into(), serde_json::Value::String(site.as_str().to_string()));
            // Read by the findings that name their site (a finding that names it by its id only takes no name).
            one.insert("site_name".into(), serde_json::Value::String(name.to_string()));
            let f = Finding::try_from(one).map_err(|e| bad(format!("site {site}: {e}")))?;
            placed.push((position, f));
        }
    }
    let total = wholes.len() + placed.len();
    let mut slots: Vec<Option<Finding>> = std::iter::repeat_with(|| None).take(total).collect();
    for (position, f) in placed {
        match slots.get_mut(position) {
            Some(slot @ None) => *slot = Some(f),
            Some(Some(_)) => return Err(FormError::FindingPosition { position, total, why: "taken twice" }),
            None => return Err(FormError::FindingPosition { position, total, why: "past the end" }),
        }
    }
    let mut wholes = wholes.into_iter();
    slots.into_iter().map(|slot| slot.or_else(|| wholes.next()).ok_or(FormError::FindingsCount)).collect()
}

fn form_1() -> u32 {
    1
}

/// An entry of a document's `factors`: a factor, or (form 3, `"sites_in_scores": true`) a factor without its supplier
/// sites, as its JSON object (its words, said of "the supplier listed", are not read: each site's factor is put into
/// words where it is shown).
enum EntryIn {
    Whole(Arc<Factor>),
    Shaped(serde_json::Map<String, serde_json::Value>),
}

impl<'de> Deserialize<'de> for EntryIn {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let mut m = serde_json::Map::deserialize(d)?;
        match m.get("sites_in_scores") {
            Some(serde_json::Value::Bool(true)) => {
                for key in ["sites_in_scores", "label_en", "label_fr"] {
                    m.remove(key);
                }
                Ok(EntryIn::Shaped(m))
            }
            _ => Factor::try_from(m).map(|f| EntryIn::Whole(Arc::new(f))).map_err(de::Error::custom),
        }
    }
}

/// A document that cannot be an assessment: where it goes wrong and why.
#[derive(Debug, thiserror::Error)]
pub enum FormError {
    #[error("the assessment is of form {0}, newer than this version of chainon reads (up to form {FORM})")]
    Newer(u32),
    #[error("{place}: factor {index} refers to no entry of the assessment's factors ({len} entries)")]
    NoSuchFactor { place: String, index: u32, len: usize },
    #[error("{place}: factor {index}: {why}")]
    FactorSites { place: String, index: u32, why: String },
    #[error("findings[{index}]: {why}")]
    Findings { index: usize, why: String },
    #[error("findings: position {position} is {why} (the assessment has {total} findings)")]
    FindingPosition { position: usize, total: usize, why: &'static str },
    #[error("findings: the positions of the groups leave no place for every finding written whole")]
    FindingsCount,
}

/// The factors a document's scores refer to: its table, shared by index; factors written in full (older forms) are
/// shared through a pool, so an assessment read from any form holds each distinct factor once.
struct Table {
    entries: Vec<EntryIn>,
    inline: FactorPool,
}

impl Table {
    /// Both scores of a part (`at`: where the part is, `sites[3]`), each resolved against the table.
    fn resolve_pair(&mut self, forced: ScoreIn, child: ScoreIn, at: &str) -> Result<RiskPair, FormError> {
        Ok(RiskPair {
            forced_labour: self.resolve(forced, || format!("{at}.forced_labour"))?,
            child_labour: self.resolve(child, || format!("{at}.child_labour"))?,
        })
    }

    fn resolve(&mut self, s: ScoreIn, place: impl Fn() -> String) -> Result<Score, FormError> {
        let factors = s
            .factors
            .into_iter()
            .map(|f| {
                let (index, sites) = match f {
                    FactorIn::Inline(f) => return Ok(self.inline.share(*f)),
                    FactorIn::At(index) => (index, None),
                    FactorIn::WithSites(index, sites) => (index, Some(sites)),
                };
                let len = self.entries.len();
                let entry = usize::try_from(index).ok().and_then(|i| self.entries.get(i));
                let entry = entry.ok_or_else(|| FormError::NoSuchFactor { place: place(), index, len })?;
                let bad = |why: String| FormError::FactorSites { place: place(), index, why };
                match (entry, sites) {
                    (EntryIn::Whole(f), None) => Ok(Arc::clone(f)),
                    (EntryIn::Whole(_), Some(_)) => Err(bad("the entry is a whole factor, given sites".into())),
                    (EntryIn::Shaped(_), None) => {
                        Err(bad("the entry is written without its sites, and none are given".into()))
                    }
                    (EntryIn::Shaped(m), Some(sites)) => {
                        let m = with_sites(m.clone(), sites).map_err(bad)?;
                        let f = Factor::try_from(m).map_err(|e| bad(e.to_string()))?;
                        Ok(self.inline.share(f))
                    }
                }
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Score { score: s.score, band: s.band, factors })
    }
}

impl TryFrom<AssessmentIn> for Assessment {
    type Error = FormError;

    fn try_from(a: AssessmentIn) -> Result<Assessment, FormError> {
        if a.form > FORM {
            return Err(FormError::Newer(a.form));
        }
        let mut t = Table { entries: a.factors, inline: FactorPool::default() };
        let overall = t.resolve_pair(a.overall.forced_labour, a.overall.child_labour, "overall")?;
        let sites = a
            .sites
            .into_iter()
            .enumerate()
            .map(|(i, s)| {
                Ok(SiteAssessment {
                    risk: t.resolve_pair(s.forced_labour, s.child_labour, &format!("sites[{i}]"))?,
                    site_id: s.site_id,
                    site_name: s.site_name,
                    tier: s.tier,
                    country: s.country,
                    region: s.region,
                    role: s.role,
                    category: s.category,
                })
            })
            .collect::<Result<Vec<_>, FormError>>()?;
        let categories = a
            .categories
            .into_iter()
            .enumerate()
            .map(|(i, c)| {
                Ok(CategoryAssessment {
                    risk: t.resolve_pair(c.forced_labour, c.child_labour, &format!("categories[{i}]"))?,
                    category: c.category,
                    label_en: c.label_en,
                    label_fr: c.label_fr,
                })
            })
            .collect::<Result<Vec<_>, FormError>>()?;
        let findings = expand(a.findings, &sites)?;
        Ok(Assessment { model_version: a.model_version, overall, sites, categories, findings })
    }
}
