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

use std::fmt;
use std::sync::Arc;

use rustc_hash::FxHashMap;
use serde::de::{self, Deserializer, MapAccess, Unexpected, Visitor};
use serde::ser::{Error as _, SerializeSeq, Serializer};
use serde::{Deserialize, Serialize};

use super::{
    Assessment, Band, CategoryAssessment, CountryCode, Factor, FactorPool, Finding, RiskPair, Role, Score,
    SiteAssessment, SiteId,
};

/// The form this build writes: 2, factors said once and referred to by index. Documents without `form` are form 1
/// (every factor written where it applies).
pub const FORM: u32 = 2;

/// Every score of an assessment, in the order of the said-once form: overall, each site, each category; forced
/// labour before child labour.
fn scores(a: &Assessment) -> impl Iterator<Item = &Score> {
    a.scores()
}

/// The distinct factors of an assessment, and for every factor of every score (in [`scores`] order) its index.
struct Interned<'a> {
    table: Vec<&'a Factor>,
    refs: Vec<u32>,
}

/// Finds the distinct factors by their JSON bytes: one factor's bytes at a time are built, and only the distinct
/// ones are kept (as keys), so the cost follows the table, not the document. A factor shared in memory (the same
/// `Arc`, as scoring and reading give them out) is the same entry: its bytes are built once.
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
        serde_json::to_writer(&mut bytes, f)?;
        let i = match at.get(bytes.as_slice()) {
            Some(i) => *i,
            None => {
                let i = u32::try_from(table.len())
                    .map_err(|_| serde_json::Error::custom("an assessment has more than 2³² distinct factors"))?;
                at.insert(bytes.as_slice().into(), i);
                table.push(&**f);
                i
            }
        };
        seen.insert(Arc::as_ptr(f), i);
        refs.push(i);
    }
    Ok(Interned { table, refs })
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
    factors: &'a [u32],
}

impl<'a> ScoreOut<'a> {
    fn of<E: serde::ser::Error>(s: &Score, refs: &'a [u32], at: &mut usize) -> Result<ScoreOut<'a>, E> {
        Ok(ScoreOut { score: s.score, band: s.band, factors: take(refs, at, s)? })
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
    refs: &'a [u32],
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

#[derive(Serialize)]
struct Out<'a> {
    form: u32,
    model_version: &'a str,
    factors: &'a [&'a Factor],
    overall: PairOut<'a>,
    sites: Each<'a, SiteAssessment>,
    categories: Each<'a, CategoryAssessment>,
    findings: &'a [Finding],
}

/// Writes `a` in the said-once form.
pub(super) fn serialize<S: Serializer>(a: &Assessment, s: S) -> Result<S::Ok, S::Error> {
    let Interned { table, refs } = intern(a).map_err(S::Error::custom)?;
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
        factors: &table,
        overall,
        sites: Each { items: &a.sites, refs: &refs, start: sites_start },
        categories: Each { items: &a.categories, refs: &refs, start: categories_start },
        findings: &a.findings,
    }
    .serialize(s)
}

/// A factor as a score lists it: an index into the document's `factors`, or (older forms) the factor in full (boxed:
/// a list of indexes costs 16 bytes an entry while it is read, not the size of a factor).
enum FactorIn {
    At(u32),
    Inline(Box<Factor>),
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
    factors: Vec<Arc<Factor>>,
    overall: PairIn,
    sites: Vec<SiteIn>,
    #[serde(default)]
    categories: Vec<CategoryIn>,
    findings: Vec<Finding>,
}

fn form_1() -> u32 {
    1
}

/// A document that cannot be an assessment: where it goes wrong and why.
#[derive(Debug, thiserror::Error)]
pub enum FormError {
    #[error("the assessment is of form {0}, newer than this version of chainon reads (up to form {FORM})")]
    Newer(u32),
    #[error("{place}: factor {index} refers to no entry of the assessment's factors ({len} entries)")]
    NoSuchFactor { place: String, index: u32, len: usize },
}

/// The factors a document's scores refer to: its table, shared by index; factors written in full (older forms) are
/// shared through a pool, so an assessment read from any form holds each distinct factor once.
struct Table {
    entries: Vec<Arc<Factor>>,
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
            .map(|f| match f {
                FactorIn::Inline(f) => Ok(self.inline.share(*f)),
                FactorIn::At(index) => usize::try_from(index)
                    .ok()
                    .and_then(|i| self.entries.get(i))
                    .cloned()
                    .ok_or_else(|| FormError::NoSuchFactor { place: place(), index, len: self.entries.len() }),
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
        Ok(Assessment { model_version: a.model_version, overall, sites, categories, findings: a.findings })
    }
}
