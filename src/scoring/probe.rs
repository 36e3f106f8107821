//! What `chainon model check` scores to see every explanation the model can give: one declaration per country,
//! with a site of a goods category (of each, in Canada), a trader declaring the country's listed goods as inputs,
//! a site for each good ILAB lists for the country (supplying the first site), and one in each sub-national region
//! of the model; every factor label and finding, in English and in French, must be whole.

use chrono::NaiveDate;
use strum::IntoEnumIterator;

use super::engine;
use super::model::{EmptyPart, ModelProblem, Tables};
use crate::domain::{
    Assessment, Attestation, CountryCode, Declaration, DueDiligence, Factor, Finding, Lang, PlaceOfWork, Right, Role,
    Scope, SiteId, SupplierInfo,
};

/// Why a label has an empty part — a value inserted as nothing — or `None` when it is whole.
pub fn empty_part(label: &str) -> Option<EmptyPart> {
    let trimmed = label.trim();
    if trimmed.is_empty() {
        return Some(EmptyPart::Empty);
    }
    if trimmed != label {
        return Some(EmptyPart::Padded);
    }
    if label.contains("  ") {
        return Some(EmptyPart::DoubleSpace);
    }
    let squeezed: String = label.chars().filter(|c| !c.is_whitespace()).collect();
    for pair in ["«»", "\"\"", "“”", "()", "[]", "::", ":;", ";;", ",,", ":,", ";,", ",;", ";:"] {
        if squeezed.contains(pair) {
            return Some(EmptyPart::EmptyQuote);
        }
    }
    if squeezed.starts_with([':', ';', ',', '.']) || squeezed.ends_with([':', ';', ',', '(', '«', '—']) {
        return Some(EmptyPart::Dangling);
    }
    None
}

fn site(id: String, role: Role, goods: &str, country: CountryCode, to: Option<&SiteId>) -> Option<PlaceOfWork> {
    Some(PlaceOfWork {
        site_name: format!("Probe site {id}"),
        site_id: SiteId::parse(&id)?,
        operator: None,
        operator_business_number: None,
        role,
        goods: goods.to_string(),
        classification: None,
        inputs: vec![],
        address: "1 Probe Street".into(),
        city: "Probe".into(),
        region: None,
        country,
        postal_code: None,
        workers: None,
        share_of_value: None,
        supplies_to: to.into_iter().cloned().collect(),
        os_id: None,
        last_audit_date: None,
        audit_standard: None,
    })
}

fn probe(t: &Tables, country: CountryCode, every_category: bool) -> Option<Declaration> {
    let mut sites = Vec::new();
    for (i, c) in t.categories.iter().enumerate().take(if every_category { usize::MAX } else { 1 }) {
        let words = c.keywords.first().unwrap_or(&c.label_en);
        sites.extend(site(format!("K{i}"), Role::Manufacturing, words, country, None));
    }
    // A trader that declares an input: its goods are inputs of unknown origin, its inputs may be listed locally.
    if let Some(mut trader) = site("T".into(), Role::Trading, "assorted goods", country, None) {
        trader.inputs =
            t.listings.iter().filter(|l| l.country == country).map(|l| l.good.to_string()).take(3).collect();
        sites.push(trader);
    }
    let first = sites.first().map(|s| s.site_id.clone());
    for (j, l) in t.listings.iter().filter(|l| l.country == country).enumerate() {
        sites.extend(site(format!("L{j}"), Role::Manufacturing, &l.good, country, first.as_ref()));
    }
    // A region that is the whole country (North Korea) holds every site of the country already.
    for (k, r) in t.regions.iter().filter(|r| r.country == country.as_str() && !r.whole_country).enumerate() {
        let (Some(name), Some(mut s)) =
            (r.names.first(), site(format!("R{k}"), Role::Processing, "goods", country, first.as_ref()))
        else {
            continue;
        };
        s.region = Some(name.clone());
        sites.push(s);
    }
    // Sites named as entities of an optional entity list (in their country, or in Canada when the list gives none).
    if let Some((_, entities)) = &t.entity_list {
        let here = entities.iter().filter(|e| e.country.map_or(country == CountryCode::CANADA, |c| c == country));
        for (n, e) in here.take(3).enumerate() {
            let Some(mut s) = site(format!("E{n}"), Role::Manufacturing, "goods", country, None) else { continue };
            s.site_name.clone_from(&e.name);
            sites.push(s);
        }
    }
    let full = Some(true);
    Some(Declaration {
        supplier: SupplierInfo {
            legal_name: "Probe".into(),
            business_number: None,
            country,
            address: None,
            contact_name: None,
            contact_email: None,
            solicitation_number: None,
            declaration_date: NaiveDate::from_ymd_opt(2026, 1, 1)?,
            signatory_name: "Probe".into(),
            signatory_title: None,
        },
        attestations: Right::iter()
            .map(|right| Attestation { right, attested: true, scope: Some(Scope::FullChain), comment: None })
            .collect(),
        due_diligence: DueDiligence {
            policy: full,
            supplier_code: full,
            risk_assessment: full,
            social_audit: full,
            social_audit_standard: None,
            grievance_mechanism: full,
            remediation: full,
            traceability_tiers: Some(1),
            training: full,
            s211_report: full,
            s211_report_url: None,
        },
        places_of_work: sites,
        goods: vec![],
    })
}

/// Puts a factor of an assessment into words in a language (the edge's renderer: scoring writes no words).
pub type Labeller<'a> = &'a dyn Fn(Lang, &Factor, &Assessment) -> String;

/// Puts a finding into words in a language (the edge's renderer).
pub type FindingLabeller<'a> = &'a dyn Fn(Lang, &Finding) -> String;

/// The probe declarations of every country, scored.
pub fn probe_assessments(t: &Tables) -> Vec<Assessment> {
    CountryCode::all()
        .filter_map(|country| probe(t, country, country == CountryCode::CANADA))
        .map(|d| engine::assess(t, &d))
        .collect()
}

/// Every factor label and finding (put into words by `label`, when given) with an empty part, across the model's
/// probes, each named once.
pub fn label_problems(t: &Tables, label: Option<(Labeller, FindingLabeller)>) -> Vec<ModelProblem> {
    let mut out: Vec<ModelProblem> = Vec::new();
    let mut report = |finding: bool, code: &str, lang: Lang, text: String| {
        if let Some(why) = empty_part(&text) {
            let p = ModelProblem::EmptyLabelPart { finding, code: code.to_string(), lang, why, text };
            if !out.contains(&p) {
                out.push(p);
            }
        }
    };
    // The words a label takes from the data are country names, goods and regions: every country is probed with its
    // own listings, and the categories (whose typical inputs name the listings of elsewhere) in one country.
    for a in probe_assessments(t) {
        let scores = a.scores();
        for score in scores {
            for f in &score.factors {
                let Some((label, _)) = label else { break };
                for lang in [Lang::En, Lang::Fr] {
                    report(false, f.code(), lang, label(lang, f, &a));
                }
            }
        }
        for f in &a.findings {
            let Some((_, label)) = label else { break };
            for lang in [Lang::En, Lang::Fr] {
                report(true, f.code().as_ref(), lang, label(lang, f));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::empty_part;

    #[test]
    fn a_label_with_an_inserted_nothing_is_caught() {
        assert!(
            empty_part("China:  in eliminating the worst forms of child labour; 0% of children aged 5–14 work")
                .is_some()
        );
        assert!(empty_part("Chine : «  » dans l'élimination des pires formes de travail des enfants").is_some());
        assert!(empty_part("Risk carried from supplier site  (S1)").is_some());
        assert!(empty_part(" from China is on the ILAB list").is_some());
        assert!(empty_part("Highest site: Mill ()").is_some());
        assert!(empty_part("Forced labour in Asia:").is_some());
        assert!(empty_part("").is_some());
    }

    #[test]
    fn whole_labels_pass() {
        for label in [
            "China is not assessed by ILAB (no findings on the worst forms of child labour): the points of a country ILAB has not assessed apply",
            "Chine : pays non évalué par l'ILAB (aucune conclusion sur les pires formes de travail des enfants); les points d'un pays que l'ILAB n'a pas évalué s'appliquent",
            "Lithium-Ion Batteries from China are on the ILAB list for child labour: made with Cobalt ore (heterogenite) from Congo, Democratic Republic of the",
            "Risque transmis par le lieu fournisseur Mill (S1) (× 0.85 par niveau)",
            "Le droit « Travail forcé » (forced_labour) n'est pas attesté : il manque à la déclaration",
        ] {
            assert_eq!(empty_part(label), None, "{label}");
        }
    }
}
