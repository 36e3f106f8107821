//! Problems found in a submitted file (errors reject it, warnings do not) and findings kept with an accepted
//! declaration.

use serde::{Deserialize, Serialize};
use strum::{AsRefStr, Display, EnumIter, EnumString};

/// How bad an intake issue is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IssueLevel {
    /// Rejects the whole file.
    Error,
    /// Reported; the file is still accepted.
    Warning,
}

/// One problem in a submitted file, with its place (`PlacesOfWork!K12`, a sheet, or the file) and a message in
/// English and French.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Issue {
    /// The place as the file names it (its own sheet names), or — for a place the file lacks, a missing sheet — in
    /// English.
    pub location: String,
    /// The place in French when it is not in the file and French names it otherwise (a missing sheet:
    /// `Fournisseur` beside `Supplier`).
    // Boxed: an `Issue` is the error of many intake functions, kept small.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_fr: Option<Box<str>>,
    pub field: Option<String>,
    pub message_en: String,
    pub message_fr: String,
    /// Error or warning: written with every issue, so that a list of them says which is which (a record written
    /// without it is read as an error).
    #[serde(default = "error_level")]
    pub level: IssueLevel,
}

fn error_level() -> IssueLevel {
    IssueLevel::Error
}

impl Issue {
    /// An error at a place.
    pub fn error(
        location: impl Into<String>,
        field: Option<&str>,
        en: impl Into<String>,
        fr: impl Into<String>,
    ) -> Self {
        Issue {
            location: location.into(),
            location_fr: None,
            field: field.map(str::to_string),
            message_en: en.into(),
            message_fr: fr.into(),
            level: IssueLevel::Error,
        }
    }

    /// A warning at a place.
    pub fn warning(
        location: impl Into<String>,
        field: Option<&str>,
        en: impl Into<String>,
        fr: impl Into<String>,
    ) -> Self {
        Issue { level: IssueLevel::Warning, ..Issue::error(location, field, en, fr) }
    }

    /// An error at a place, its message one of the catalogues' said in English and French
    /// ([`super::message::say_both`]: the catalogues compiled into the program; a program that gave the domain no voice
    /// gets the message's key in both).
    pub fn said_error(location: impl Into<String>, field: Option<&str>, message: &super::Message) -> Self {
        let (en, fr) = super::message::say_both(message);
        Issue::error(location, field, en, fr)
    }

    /// A warning at a place, its message one of the catalogues' said in English and French (as
    /// [`Issue::said_error`]).
    pub fn said_warning(location: impl Into<String>, field: Option<&str>, message: &super::Message) -> Self {
        Issue { level: IssueLevel::Warning, ..Issue::said_error(location, field, message) }
    }

    /// The same issue, its place named otherwise in French (a sheet the file lacks, by its French name).
    #[must_use]
    pub fn with_location_fr(mut self, fr: impl Into<String>) -> Self {
        self.location_fr = Some(fr.into().into_boxed_str());
        self
    }

    /// The place in a language.
    pub fn location(&self, lang: super::Lang) -> &str {
        match (lang, &self.location_fr) {
            (super::Lang::Fr, Some(fr)) => fr,
            _ => &self.location,
        }
    }

    /// The place for a reader whose language is not known (the command line): both names when they differ
    /// (`Supplier / Fournisseur`).
    pub fn location_both(&self) -> String {
        match &self.location_fr {
            Some(fr) if **fr != *self.location => format!("{} / {fr}", self.location),
            _ => self.location.clone(),
        }
    }

    /// The message in a language.
    pub fn message(&self, lang: super::Lang) -> &str {
        match lang {
            super::Lang::En => &self.message_en,
            super::Lang::Fr => &self.message_fr,
        }
    }
}

/// The codes of findings stored with an accepted declaration.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Display, EnumString, AsRefStr, EnumIter)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum FindingCode {
    /// A right missing from the attestations or attested `No`.
    AttestationNo,
    /// Sites that supply each other in a loop.
    SupplyCycle,
    /// Goods the risk model cannot place in a category.
    UnclassifiedGoods,
    /// A site with high inherent risk inputs and nothing declared upstream of it.
    DisclosureGap,
    /// Goods in a category that requires origin-of-work disclosure with no site that makes them.
    MissingPlaceOfWork,
    /// A site whose name or operator is on an entity list the model carries (e.g. the UFLPA Entity List).
    ListedEntity,
    /// The supplier is on PSPC's list of ineligible and suspended suppliers, in force, confirmed by an officer: the
    /// bid is non-responsive (`screening::effect`).
    IneligibleSupplier,
    /// A site in a country where the model has a sub-national region rule (China: Xinjiang) names no region, and
    /// its city none either: the region's check could not be made.
    RegionMissing,
    /// A site declared in a region under a legal presumption of forced labour (the model's regions with a floor:
    /// Xinjiang, under the UFLPA).
    RegionPresumption,
    /// A site's score counts an input on the ILAB list whose origin no declared supplier establishes (an
    /// `undisclosed_input` factor): the officer asks where it comes from.
    OriginUndisclosed,
    /// A site's declared region and its city disagree: the city is in one of the model's regions (Aksu, in
    /// Xinjiang) and the declared region is not that region (Hebei). The site is scored in the region its city names.
    RegionCityMismatch,
}

/// How much a finding weighs for an officer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, Display, AsRefStr, EnumIter)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Severity {
    Info,
    Low,
    Medium,
    High,
}

/// What a finding says, as a code with typed parameters: no words (as [`super::Reason`] is for a factor). Names are
/// the data's or the supplier's own (ILAB's English good names, the model's category names in both languages, the
/// entity as its list writes it, site ids and names as declared); they are put into words in the reader's language
/// only where a finding is shown (`reports::explain::finding_label`, from the Fluent messages `finding-CODE`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "code", rename_all = "snake_case")]
pub enum FindingReason {
    /// A right is not attested: attested `No` (`missing: false`) or absent from the declaration (`missing: true`).
    AttestationNo { right: super::Right, missing: bool },
    /// Sites that supply each other in a loop, in the loop's order.
    SupplyCycle { sites: Vec<super::SiteId> },
    /// Goods the model places in no category: a site's goods (`site`), or a goods line's item (no `site`).
    UnclassifiedGoods {
        goods: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        site: Option<super::SiteId>,
        /// The site's name as declared (empty in findings stored before it was kept, and without a site).
        #[serde(default, skip_serializing_if = "String::is_empty")]
        site_name: String,
    },
    /// A site takes in goods on the ILAB list (ILAB's English names) and no site upstream of it is declared.
    DisclosureGap {
        site: super::SiteId,
        /// The site's name as declared (empty in findings stored before it was kept).
        #[serde(default, skip_serializing_if = "String::is_empty")]
        site_name: String,
        goods: Vec<std::sync::Arc<str>>,
        /// Those of `goods` the site does not declare: presumed, as typical inputs of the goods it makes (empty in
        /// findings stored before it was kept).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        presumed: Vec<std::sync::Arc<str>>,
    },
    /// Goods of a category that requires the place of work of their manufacture (its code, and its names in both
    /// languages from the model's catalogue), and no site that makes them.
    MissingPlaceOfWork { category: String, category_en: std::sync::Arc<str>, category_fr: std::sync::Arc<str> },
    /// A site (or its operator) matches an entity of the model's entity list (`list`: its edition; `line`: the
    /// entity's line in the list file).
    ListedEntity { site: super::SiteId, site_name: String, entity: String, list: std::sync::Arc<str>, line: u32 },
    /// A site (`site`, in `country`) gives no region, and neither it nor its city names one of the model's regions
    /// of that country (`regions`: their names as the model writes them, e.g. `Xinjiang`).
    RegionMissing {
        site: super::SiteId,
        /// The site's name as declared (empty in findings stored before it was kept).
        #[serde(default, skip_serializing_if = "String::is_empty")]
        site_name: String,
        country: super::CountryCode,
        regions: Vec<String>,
    },
    /// A site (`site`, named `site_name`, in `country`) is declared in `region` (its name as the model writes it, e.g.
    /// `Xinjiang`), where goods made wholly or in part are presumed made with forced labour (the model's region rule
    /// with a floor; its source says which law).
    RegionPresumption { site: super::SiteId, site_name: String, country: super::CountryCode, region: String },
    /// A site's score counts inputs on the ILAB list (ILAB's English names) whose origin is not disclosed — no
    /// declared supplier of them establishes it — and no `DisclosureGap` of the site names them already.
    OriginUndisclosed {
        site: super::SiteId,
        site_name: String,
        goods: Vec<std::sync::Arc<str>>,
        /// Those of `goods` the site does not declare: presumed, as typical inputs of the goods it makes (empty in
        /// findings stored before it was kept).
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        presumed: Vec<std::sync::Arc<str>>,
    },
    /// A site (`site`, named `site_name`, in `country`) declares the region `declared` and the city `city`, which
    /// names the model's region `region` (its name as the model writes it, e.g. `Xinjiang`) where `declared` does not:
    /// the two disagree, and the site is scored in `region` (the safe side) until the supplier says which is right.
    RegionCityMismatch {
        site: super::SiteId,
        site_name: String,
        country: super::CountryCode,
        declared: String,
        city: String,
        region: String,
    },
    /// The supplier is on PSPC's list of ineligible and suspended suppliers, confirmed by an officer: the entry's
    /// name, the edition, and the period of the ineligibility (each end when the list gives it, both inclusive). The
    /// bid is non-responsive only on the days of that period (`Finding::in_force`). `key`: the entry's key in the
    /// list (absent from findings stored before it was kept), which names the entry whatever its name becomes.
    IneligibleSupplier {
        entity: String,
        edition: String,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        key: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        from: Option<chrono::NaiveDate>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        until: Option<chrono::NaiveDate>,
    },
}

impl FindingReason {
    /// The finding's code.
    pub fn code(&self) -> FindingCode {
        match self {
            FindingReason::AttestationNo { .. } => FindingCode::AttestationNo,
            FindingReason::SupplyCycle { .. } => FindingCode::SupplyCycle,
            FindingReason::UnclassifiedGoods { .. } => FindingCode::UnclassifiedGoods,
            FindingReason::DisclosureGap { .. } => FindingCode::DisclosureGap,
            FindingReason::MissingPlaceOfWork { .. } => FindingCode::MissingPlaceOfWork,
            FindingReason::ListedEntity { .. } => FindingCode::ListedEntity,
            FindingReason::IneligibleSupplier { .. } => FindingCode::IneligibleSupplier,
            FindingReason::RegionMissing { .. } => FindingCode::RegionMissing,
            FindingReason::RegionPresumption { .. } => FindingCode::RegionPresumption,
            FindingReason::OriginUndisclosed { .. } => FindingCode::OriginUndisclosed,
            FindingReason::RegionCityMismatch { .. } => FindingCode::RegionCityMismatch,
        }
    }

    /// The one site the finding is about, with the name it gives that site (`None` when it names it by id only); `None`
    /// for a finding about no single site (an attestation, a loop of sites, a goods line, a category, the supplier).
    /// What the said-once form of an assessment (`assessment::wire`) writes once for every site a finding applies to.
    pub fn site(&self) -> Option<(&super::SiteId, Option<&str>)> {
        match self {
            FindingReason::UnclassifiedGoods { site: Some(site), site_name, .. }
            | FindingReason::DisclosureGap { site, site_name, .. }
            | FindingReason::RegionMissing { site, site_name, .. } => {
                Some((site, Some(site_name.as_str()).filter(|n| !n.is_empty())))
            }
            FindingReason::ListedEntity { site, site_name, .. }
            | FindingReason::RegionPresumption { site, site_name, .. }
            | FindingReason::OriginUndisclosed { site, site_name, .. }
            | FindingReason::RegionCityMismatch { site, site_name, .. } => Some((site, Some(site_name))),
            FindingReason::UnclassifiedGoods { site: None, .. }
            | FindingReason::AttestationNo { .. }
            | FindingReason::SupplyCycle { .. }
            | FindingReason::MissingPlaceOfWork { .. }
            | FindingReason::IneligibleSupplier { .. } => None,
        }
    }
}

/// A finding as stored: a code with parameters, or — in assessments stored before findings were codes — a bare
/// code whose words were stored beside it (`Finding::label_en`/`label_fr`, read from `message_en`/`message_fr`).
/// Written as its reason's object or `{"code": …}`; read only as part of a [`Finding`], which tells the two apart.
#[derive(Debug, Clone, PartialEq)]
pub enum FindingText {
    Coded(FindingReason),
    Stored { code: FindingCode },
}

impl Serialize for FindingText {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct as _;
        match self {
            FindingText::Coded(reason) => reason.serialize(s),
            FindingText::Stored { code } => {
                let mut o = s.serialize_struct("FindingText", 1)?;
                o.serialize_field("code", code)?;
                o.end()
            }
        }
    }
}

/// A finding on an accepted declaration.
///
/// Read from its JSON object as a whole (`TryFrom<serde_json::Map>`), the shape told by what the object holds: a
/// code alone with its words beside it (`message_en`/`message_fr`, or `label_en`/`label_fr` once read and written
/// again) is a finding stored before findings were codes; anything else is a code with its parameters, read strictly:
/// a parameter that does not hold is an error naming its field, never a fall to the bare code.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "serde_json::Map<String, serde_json::Value>")]
pub struct Finding {
    /// The code and its parameters, written flattened into the finding (`{"code": "disclosure_gap", "site": "S1",
    /// …}`).
    #[serde(flatten)]
    pub what: FindingText,
    pub severity: Severity,
    /// The place in the declaration in typed parts (sites, a goods line, a right's attestation, a sheet), stored and
    /// sent in its fixed English form (`PlacesOfWork: S1`) and shown in the reader's language.
    pub location: Option<super::Place>,
    /// The place in words in English and French (`PlacesOfWork: S1`, `LieuxDeTravail : S1`): written where a finding
    /// leaves the service as JSON (the API), never stored.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_en: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub location_fr: Option<String>,
    /// The words, in English and French: written where a finding leaves the service as JSON (the API), and read
    /// from assessments stored before findings were codes (their `message_en`/`message_fr`); never by scoring.
    #[serde(default, alias = "message_en", skip_serializing_if = "Option::is_none")]
    pub label_en: Option<String>,
    #[serde(default, alias = "message_fr", skip_serializing_if = "Option::is_none")]
    pub label_fr: Option<String>,
}

impl TryFrom<serde_json::Map<String, serde_json::Value>> for Finding {
    type Error = serde_json::Error;

    fn try_from(mut m: serde_json::Map<String, serde_json::Value>) -> Result<Finding, serde_json::Error> {
        use super::stored::{read, take};
        use serde::de::Error as _;
        let code = m.get("code").and_then(|c| c.as_str()).unwrap_or_default().to_string();
        let what = if code.is_empty() { "finding".to_string() } else { format!("finding `{code}`") };
        let severity = take(&mut m, "severity", &what)?
            .ok_or_else(|| serde_json::Error::custom(format!("{what}: missing field `severity`")))?;
        let location = take::<Option<super::Place>>(&mut m, "location", &what)?.flatten();
        let mut words = |key: &str| take::<Option<String>>(&mut m, key, &what).map(Option::flatten);
        let (location_en, location_fr) = (words("location_en")?, words("location_fr")?);
        // The words as sent (`label_*`), or as stored before findings were codes (`message_*`, with `message` the
        // English again).
        let (label_en, label_fr) = (words("label_en")?, words("label_fr")?);
        let (message_en, message_fr, _) = (words("message_en")?, words("message_fr")?, words("message")?);
        let (label_en, label_fr) = (label_en.or(message_en), label_fr.or(message_fr));
        let code_alone = m.len() == 1 && m.contains_key("code");
        let text = match take(&mut m, "code", &what)? {
            None => return Err(serde_json::Error::custom("finding: missing field `code`")),
            Some(code) if code_alone && (label_en.is_some() || label_fr.is_some()) => FindingText::Stored { code },
            // The code names the reason whose parameters follow; it goes back in to be read with them.
            Some(_) => {
                m.insert("code".into(), serde_json::Value::String(code));
                FindingText::Coded(read(&what, "code", &serde_json::Value::Object(m))?)
            }
        };
        Ok(Finding { what: text, severity, location, location_en, location_fr, label_en, label_fr })
    }
}

impl Finding {
    /// A finding of a reason, without words.
    pub fn new(reason: FindingReason, severity: Severity, location: Option<super::Place>) -> Self {
        Finding {
            what: FindingText::Coded(reason),
            severity,
            location,
            location_en: None,
            location_fr: None,
            label_en: None,
            label_fr: None,
        }
    }

    /// The code (`attestation_no`, `disclosure_gap` …).
    pub fn code(&self) -> FindingCode {
        match &self.what {
            FindingText::Coded(r) => r.code(),
            FindingText::Stored { code } => *code,
        }
    }

    /// The typed reason; `None` for a finding stored before findings were codes.
    pub fn reason(&self) -> Option<&FindingReason> {
        match &self.what {
            FindingText::Coded(r) => Some(r),
            FindingText::Stored { .. } => None,
        }
    }

    /// Whether the finding holds on a day: a confirmed ineligibility only within its period (a finding stored
    /// before findings were codes carries no period and holds as it was stored); every other finding always.
    pub fn in_force(&self, on: chrono::NaiveDate) -> bool {
        match self.reason() {
            Some(FindingReason::IneligibleSupplier { from, until, .. }) => {
                from.is_none_or(|d| d <= on) && until.is_none_or(|d| on <= d)
            }
            _ => true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_issue_says_its_level_in_json_and_one_written_without_it_is_an_error() {
        let error = serde_json::to_value(Issue::error("A!B2", None, "e", "e")).unwrap();
        let warning = serde_json::to_value(Issue::warning("A!B3", None, "w", "w")).unwrap();
        assert_eq!((error["level"].as_str(), warning["level"].as_str()), (Some("error"), Some("warning")));
        let old: Issue =
            serde_json::from_str(r#"{"location":"A","field":null,"message_en":"e","message_fr":"e"}"#).unwrap();
        assert_eq!(old.level, IssueLevel::Error);
    }

    #[test]
    fn a_finding_is_a_code_with_its_parameters_and_reads_back_the_same() {
        let f = Finding::new(
            FindingReason::DisclosureGap {
                site: super::super::SiteId::parse("S1").unwrap(),
                site_name: String::new(),
                goods: vec!["Cotton".into()],
                presumed: vec![],
            },
            Severity::Medium,
            Some(super::super::Place::site(&super::super::SiteId::parse("S1").unwrap())),
        );
        let json = serde_json::to_value(&f).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"code": "disclosure_gap", "site": "S1", "goods": ["Cotton"], "severity": "medium",
                "location": "PlacesOfWork: S1"})
        );
        let back: Finding = serde_json::from_value(json).unwrap();
        assert_eq!(back, f);
        assert_eq!(back.code(), FindingCode::DisclosureGap);
    }

    #[test]
    fn a_finding_stored_with_sentences_reads_as_its_code_and_its_words() {
        let old = serde_json::json!({"code": "disclosure_gap", "severity": "medium", "message": "Site S1 takes in Cotton",
            "message_en": "Site S1 takes in Cotton", "message_fr": "Le lieu S1 utilise « coton »",
            "location": "PlacesOfWork: S1"});
        let f: Finding = serde_json::from_value(old).unwrap();
        assert_eq!(f.code(), FindingCode::DisclosureGap);
        assert!(f.reason().is_none());
        assert_eq!(f.label_en.as_deref(), Some("Site S1 takes in Cotton"));
        assert_eq!(f.label_fr.as_deref(), Some("Le lieu S1 utilise « coton »"));
        // Stored again (a screened copy of an old assessment), it keeps its code and words.
        let again: Finding = serde_json::from_value(serde_json::to_value(&f).unwrap()).unwrap();
        assert_eq!(again, f);
        // An old ineligibility carries no period: it holds as it was stored.
        let old: Finding =
            serde_json::from_value(serde_json::json!({"code": "ineligible_supplier", "severity": "high",
            "message_en": "x", "message_fr": "y", "location": null}))
            .unwrap();
        assert!(old.in_force(chrono::NaiveDate::MAX));
    }

    #[test]
    fn a_stored_finding_whose_parameter_does_not_hold_is_an_error_naming_its_field() {
        let with = |mut finding: serde_json::Value| {
            finding["severity"] = serde_json::json!("high");
            finding["location"] = serde_json::Value::Null;
            finding
        };
        for (finding, field) in [
            (with(serde_json::json!({"code": "disclosure_gap", "site": "S1", "goods": "Cotton"})), "goods"),
            (with(serde_json::json!({"code": "supply_cycle", "sites": "S1"})), "sites"),
            (
                with(serde_json::json!({"code": "listed_entity", "site": "S1", "site_name": "Mill", "entity": "E",
                    "list": "L", "line": -3})),
                "line",
            ),
            (
                with(serde_json::json!({"code": "ineligible_supplier", "entity": "E", "edition": "v1",
                    "from": "2025-13-01"})),
                "from",
            ),
            (with(serde_json::json!({"code": "attestation_no", "right": "no_such_right", "missing": false})), "right"),
            (with(serde_json::json!({"code": "no_such_code", "site": "S1"})), "code"),
            (serde_json::json!({"code": "supply_cycle", "sites": ["S1", "S2"], "severity": "dire"}), "severity"),
        ] {
            let e = serde_json::from_value::<Finding>(finding.clone()).unwrap_err().to_string();
            let code = finding["code"].as_str().unwrap();
            assert!(e.starts_with(&format!("finding `{code}`: ")), "{finding}: {e}");
            assert!(e.contains(&format!("field `{field}`")), "{finding}: {e}");
        }
        // A parameter left out is named too; a code alone without its words is no finding of either shape.
        let e = serde_json::from_value::<Finding>(with(serde_json::json!({"code": "disclosure_gap", "site": "S1"})))
            .unwrap_err()
            .to_string();
        assert_eq!(e, "finding `disclosure_gap`: missing field `goods`");
        let e = serde_json::from_value::<Finding>(with(serde_json::json!({"code": "region_missing"}))).unwrap_err();
        assert!(e.to_string().contains("missing field `site`"), "{e}");
    }

    #[test]
    fn findings_stored_before_they_were_codes_read_for_every_code_and_as_the_api_sends_them() {
        use strum::IntoEnumIterator as _;
        for code in FindingCode::iter() {
            let old = serde_json::json!({"code": code, "severity": "low", "message": "In words",
                "message_en": "In words", "message_fr": "En mots", "location": "Goods: Rope"});
            let f: Finding = serde_json::from_value(old).unwrap();
            assert_eq!((f.code(), f.reason()), (code, None));
            assert_eq!((f.label_en.as_deref(), f.label_fr.as_deref()), (Some("In words"), Some("En mots")));
        }
        // As the API sends a finding: its parameters, its words and its place in words beside them.
        let sent = serde_json::json!({"code": "supply_cycle", "sites": ["S1", "S2"], "severity": "medium",
            "location": "PlacesOfWork: S1 → S2", "location_en": "PlacesOfWork: S1 → S2",
            "location_fr": "LieuxDeTravail : S1 → S2", "label_en": "A loop", "label_fr": "Une boucle"});
        let f: Finding = serde_json::from_value(sent).unwrap();
        assert_eq!(f.code(), FindingCode::SupplyCycle);
        assert!(f.reason().is_some());
        assert_eq!(f.location_fr.as_deref(), Some("LieuxDeTravail : S1 → S2"));
        assert_eq!(f.label_fr.as_deref(), Some("Une boucle"));
    }

    #[test]
    fn an_ineligibility_holds_within_its_period_only() {
        let day = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
        let f = Finding::new(
            FindingReason::IneligibleSupplier {
                entity: "Maple Uniforms Inc.".into(),
                edition: "PSPC v1".into(),
                key: None,
                from: Some(day("2025-01-01")),
                until: Some(day("2026-11-29")),
            },
            Severity::High,
            None,
        );
        assert!(!f.in_force(day("2024-12-31")));
        assert!(f.in_force(day("2025-01-01")));
        assert!(f.in_force(day("2026-11-29")), "the last day is a day of the period");
        assert!(!f.in_force(day("2026-11-30")));
    }
}
