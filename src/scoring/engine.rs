//! The arithmetic: per site and per kind of risk, inherent factors (listed goods, inputs, country, region) plus the
//! risk carried from suppliers, then mitigation; findings. Pure: no I/O.

use std::collections::HashMap;

use chrono::Months;
use strum::IntoEnumIterator;

use super::model::{Category, CountryData, Entity, EntityListSpec, Listing, Tables, entity_key};
use crate::domain::{
    Assessment, Band, CategoryAssessment, CountryCode, Declaration, Factor, Finding, FindingCode, PlaceOfWork, Right,
    RiskKind, RiskPair, Role, Score, Severity, SiteAssessment, SourceRef,
};
use crate::graph::ChainGraph;

fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

fn kind_en(k: RiskKind) -> &'static str {
    match k {
        RiskKind::ForcedLabour => "forced labour",
        RiskKind::ChildLabour => "child labour",
    }
}

fn kind_fr(k: RiskKind) -> &'static str {
    match k {
        RiskKind::ForcedLabour => "le travail forcé",
        RiskKind::ChildLabour => "le travail des enfants",
    }
}

fn factor(code: &str, en: String, fr: String, source: Option<SourceRef>, weight: f64, contribution: f64) -> Factor {
    Factor { code: code.to_string(), label_en: en, label_fr: fr, source, weight, contribution }
}

/// What the model knows of one site before scores flow through the chain.
struct SiteFacts<'a> {
    site: &'a PlaceOfWork,
    category: Option<&'a Category>,
    /// ILAB goods the site makes (its words and its category's own goods).
    own_goods: Vec<String>,
    /// ILAB goods the site declares as inputs, and its category's typical inputs (flag: declared).
    inputs: Vec<(String, bool)>,
    /// ILAB goods its direct suppliers make.
    supplied: Vec<String>,
    has_suppliers: bool,
}

/// A score before mitigation, as its factors.
#[derive(Clone)]
struct Raw {
    factors: Vec<Factor>,
    total: f64,
    forced_listed: bool,
}

fn finish(mut factors: Vec<Factor>) -> (Vec<Factor>, f64) {
    let sum: f64 = factors.iter().map(|f| f.contribution).sum();
    if sum > 100.0 {
        factors.push(factor(
            "cap",
            "Scores stop at 100".into(),
            "Les notes plafonnent à 100".into(),
            None,
            1.0,
            100.0 - sum,
        ));
        (factors, 100.0)
    } else {
        (factors, sum.max(0.0))
    }
}

pub(super) fn assess(t: &Tables, d: &Declaration) -> Assessment {
    let graph = ChainGraph::build(&d.places_of_work);
    let facts: Vec<SiteFacts> = d
        .places_of_work
        .iter()
        .enumerate()
        .map(|(i, site)| {
            let category = t.classify(site.classification.as_ref(), &site.goods);
            let mut own_goods = t.goods_in(&site.goods);
            let mut inputs: Vec<(String, bool)> = Vec::new();
            for text in &site.inputs {
                for g in t.goods_in(text) {
                    if !inputs.iter().any(|(x, _)| *x == g) {
                        inputs.push((g, true));
                    }
                }
            }
            if let Some(c) = category {
                for g in &c.own_goods {
                    if !own_goods.contains(g) {
                        own_goods.push(g.clone());
                    }
                }
                if !matches!(site.role, Role::RawMaterial) {
                    for g in &c.typical_inputs {
                        if !inputs.iter().any(|(x, _)| x == g) {
                            inputs.push((g.clone(), false));
                        }
                    }
                }
            }
            // A warehouse or trader handles goods made elsewhere: they are inputs of unknown origin, not its own.
            if matches!(site.role, Role::Warehousing | Role::Trading) {
                for g in own_goods.drain(..) {
                    if !inputs.iter().any(|(x, _)| *x == g) {
                        inputs.push((g, true));
                    }
                }
            }
            let mut supplied = Vec::new();
            let mut has_suppliers = false;
            for j in graph.suppliers_of(i) {
                has_suppliers = true;
                let Some(s) = d.places_of_work.get(j) else { continue };
                let mut g = t.goods_in(&s.goods);
                if let Some(c) = t.classify(s.classification.as_ref(), &s.goods) {
                    g.extend(c.own_goods.iter().cloned());
                }
                supplied.extend(g);
            }
            SiteFacts { site, category, own_goods, inputs, supplied, has_suppliers }
        })
        .collect();

    let order = graph.upstream_first();
    let mut raw: HashMap<RiskKind, Vec<Option<Raw>>> = HashMap::new();
    for kind in RiskKind::iter() {
        let mut scores: Vec<Option<Raw>> = vec![None; facts.len()];
        for group in &order {
            // Inside a cycle, a first pass sees only suppliers outside the group; the second sees the first's scores.
            let passes = if group.len() > 1 { 2 } else { 1 };
            for _ in 0..passes {
                let round: Vec<(usize, Raw)> = group
                    .iter()
                    .filter_map(|&i| Some((i, score_site(t, facts.get(i)?, i, kind, &graph, &scores, d))))
                    .collect();
                for (i, r) in round {
                    if let Some(slot) = scores.get_mut(i) {
                        *slot = Some(r);
                    }
                }
            }
        }
        raw.insert(kind, scores);
    }

    let mitigation = mitigation_share(t, d, graph.depth());
    let mut sites = Vec::with_capacity(facts.len());
    for (i, f) in facts.iter().enumerate() {
        let mut pair = Vec::new();
        for kind in RiskKind::iter() {
            let r = raw.get(&kind).and_then(|v| v.get(i).cloned().flatten()).unwrap_or(Raw {
                factors: vec![],
                total: 0.0,
                forced_listed: false,
            });
            pair.push(mitigate(t, r, &mitigation, site_audit(t, f.site, d), kind));
        }
        let child = pair.pop().unwrap_or_else(Score::zero);
        let forced = pair.pop().unwrap_or_else(Score::zero);
        sites.push(SiteAssessment {
            site_id: f.site.site_id.clone(),
            site_name: f.site.site_name.clone(),
            tier: graph.tier(i),
            country: f.site.country,
            region: f.site.region.clone(),
            role: f.site.role,
            category: f.category.map(|c| c.code.clone()),
            forced_labour: forced,
            child_labour: child,
        });
    }

    let overall = RiskPair {
        forced_labour: roll_up(&sites, RiskKind::ForcedLabour, |_| true),
        child_labour: roll_up(&sites, RiskKind::ChildLabour, |_| true),
    };
    let mut categories = Vec::new();
    for c in &t.categories {
        if sites.iter().any(|s| s.category.as_deref() == Some(c.code.as_str())) {
            let code = c.code.clone();
            categories.push(CategoryAssessment {
                category: c.code.clone(),
                label_en: c.label_en.clone(),
                label_fr: c.label_fr.clone(),
                forced_labour: roll_up(&sites, RiskKind::ForcedLabour, |s| {
                    s.category.as_deref() == Some(code.as_str())
                }),
                child_labour: roll_up(&sites, RiskKind::ChildLabour, |s| s.category.as_deref() == Some(code.as_str())),
            });
        }
    }
    let findings = findings(t, d, &graph, &facts);
    Assessment { model_version: t.version.clone(), overall, sites, categories, findings }
}

fn score_site(
    t: &Tables,
    f: &SiteFacts,
    i: usize,
    kind: RiskKind,
    graph: &ChainGraph,
    scores: &[Option<Raw>],
    d: &Declaration,
) -> Raw {
    let w = &t.weights;
    let site = f.site;
    let country = site.country;
    let mut factors = Vec::new();
    let mut forced_listed = false;

    // The site's own goods on the ILAB list for its country.
    if !matches!(site.role, Role::Warehousing | Role::Trading) {
        let mut best: Option<(&Listing, f64)> = None;
        for g in &f.own_goods {
            for l in t.listings_of(g, country).filter(|l| l.is(kind)) {
                let weight = if l.derived_from.is_some() { w.derived_good } else { w.listed_good };
                if best.is_none_or(|(_, b)| weight > b) {
                    best = Some((l, weight));
                }
            }
        }
        if let Some((l, weight)) = best {
            if kind == RiskKind::ForcedLabour {
                forced_listed = true;
            }
            let (en, fr) = match &l.derived_from {
                Some((input, from)) => (
                    format!(
                        "{} from {} are on the ILAB list for {}: made with {} from {}",
                        l.good,
                        country.name_en(),
                        kind_en(kind),
                        input,
                        from
                    ),
                    format!(
                        "{} ({}) figure sur la liste de l'ILAB pour {} : fabriqué avec {} provenant de {}",
                        l.good,
                        country.name_fr(),
                        kind_fr(kind),
                        input,
                        from
                    ),
                ),
                None => (
                    format!("{} from {} is on the ILAB list for {}", l.good, country.name_en(), kind_en(kind)),
                    format!("{} ({}) figure sur la liste de l'ILAB pour {}", l.good, country.name_fr(), kind_fr(kind)),
                ),
            };
            let src = t.source_ref("ilab_goods", Some(format!("line {}: {} — {}", l.line, l.good, l.country_name)));
            factors.push(factor(
                if l.derived_from.is_some() { "derived_good" } else { "listed_good" },
                en,
                fr,
                src,
                weight,
                weight,
            ));
        }
    }

    // Country context.
    let data = t.countries.get(&country);
    match kind {
        RiskKind::ForcedLabour => factors.push(forced_context(t, country, data)),
        RiskKind::ChildLabour => factors.extend(child_context(t, country, data)),
    }

    // An optional country index the user supplied (e.g. the Global Slavery Index).
    if let Some((spec, values)) = &t.country_index
        && spec.kind == kind
        && let Some(v) = values.get(&country)
    {
        let points = round1((v.value * spec.points_per_unit).min(spec.max_points));
        if points > 0.0 {
            factors.push(factor(
                "country_index",
                format!("{}: {} {}", country.name_en(), v.value, spec.measure_en),
                format!("{} : {} {}", country.name_fr(), v.value, spec.measure_fr),
                t.source_ref("country_index", Some(format!("line {}: {}", v.line, v.country_name))),
                spec.points_per_unit,
                points,
            ));
        }
    }

    // An optional entity list: the site or its operator named on it.
    if kind == RiskKind::ForcedLabour
        && let Some((spec, entity)) = listed_entity(t, site)
    {
        forced_listed = true;
        let list = entity_list_name(t);
        factors.push(factor(
            "listed_entity",
            format!("{} is on the {list}: goods it makes are presumed made with forced labour", entity.name),
            format!(
                "{} figure sur la liste « {list} » : ses biens sont présumés produits par le travail forcé",
                entity.name
            ),
            t.source_ref("entity_list", Some(format!("line {}: {}", entity.line, entity.name))),
            spec.points,
            spec.points,
        ));
    }

    // Sub-national regions.
    if let Some(region_text) = &site.region {
        let folded = crate::domain::text::fold_words(region_text);
        for r in t.regions.iter().filter(|r| r.kind == kind && r.country == country.as_str()) {
            if r.names.iter().any(|n| folded.contains(&crate::domain::text::fold_words(n))) {
                if kind == RiskKind::ForcedLabour {
                    forced_listed = true;
                }
                factors.push(factor(
                    "region",
                    r.label_en.clone(),
                    r.label_fr.clone(),
                    Some(SourceRef {
                        dataset: "model.toml".into(),
                        edition: r.source.clone(),
                        row: Some(region_text.clone()),
                    }),
                    r.points,
                    r.points,
                ));
            }
        }
    }

    // Inputs: the strongest of what the suppliers carry and what no supplier covers.
    let mut best_input: Option<Factor> = None;
    let mut consider = |f: Factor| {
        if best_input.as_ref().is_none_or(|b| f.contribution > b.contribution) {
            best_input = Some(f);
        }
    };
    for j in graph.suppliers_of(i) {
        if let (Some(Some(up)), Some(sup)) = (scores.get(j), d.places_of_work.get(j)) {
            let carried = round1(up.total * w.tier_decay);
            if carried > 0.0 {
                let label = format!("{} ({})", sup.site_name, sup.site_id);
                consider(factor(
                    "upstream",
                    format!("Risk carried from supplier site {label} (× {} per tier)", w.tier_decay),
                    format!("Risque transmis par le lieu fournisseur {label} (× {} par niveau)", w.tier_decay),
                    None,
                    w.tier_decay,
                    carried,
                ));
            }
        }
    }
    for (g, declared) in &f.inputs {
        if f.supplied.iter().any(|s| s == g) {
            continue;
        }
        let local: Option<&Listing> = t.listings_of(g, country).find(|l| l.is(kind));
        if let Some(l) = local {
            if kind == RiskKind::ForcedLabour {
                forced_listed = true;
            }
            consider(factor(
                "local_input",
                format!(
                    "{} {g} is on the ILAB list for {} in {}, where the site is, and no supplier of it is declared",
                    if *declared { "Declared input" } else { "Typical input" },
                    kind_en(kind),
                    country.name_en()
                ),
                format!(
                    "{} {g} figure sur la liste de l'ILAB pour {} ({}), pays du lieu, et aucun fournisseur n'en est déclaré",
                    if *declared { "L'intrant déclaré" } else { "L'intrant type" },
                    kind_fr(kind),
                    country.name_fr()
                ),
                t.source_ref("ilab_goods", Some(format!("line {}: {} — {}", l.line, l.good, l.country_name))),
                w.local_input,
                w.local_input,
            ));
            continue;
        }
        let listed: Vec<&Listing> = t.listings_anywhere(g).filter(|l| l.is(kind)).collect();
        if let Some(first) = listed.first() {
            let weight = if *declared { w.undisclosed_declared_input } else { w.undisclosed_typical_input };
            let places: Vec<&str> = listed.iter().map(|l| l.country_name.as_str()).take(6).collect();
            let (what_en, what_fr) =
                if *declared { ("Declared input", "L'intrant déclaré") } else { ("Typical input", "L'intrant type") };
            consider(factor(
                "undisclosed_input",
                format!(
                    "{what_en} {g} is on the ILAB list for {} ({}) and its origin is not disclosed: unknown is not low",
                    kind_en(kind),
                    places.join(", ")
                ),
                format!(
                    "{what_fr} {g} figure sur la liste de l'ILAB pour {} ({}) et son origine n'est pas déclarée : inconnu ne veut pas dire faible",
                    kind_fr(kind),
                    places.join(", ")
                ),
                t.source_ref("ilab_goods", Some(format!("line {}: {} — {} listing(s)", first.line, g, listed.len()))),
                weight,
                weight,
            ));
        }
    }
    if let Some(f) = best_input {
        factors.push(f);
    }
    let (factors, total) = finish(factors);
    Raw { factors, total, forced_listed }
}

/// The forced-labour context of a country: the ILO regional prevalence of its ILAB region; the world prevalence,
/// named as such, where ILAB has no row for the country or no region with an ILO estimate.
fn forced_context(t: &Tables, country: CountryCode, data: Option<&CountryData>) -> Factor {
    let w = &t.weights;
    let world_src = || t.source_ref("ilo_regional", Some("forced_labour_prevalence — World".into()));
    let Some(c) = data else {
        return factor(
            "country_context",
            format!("{} is not assessed by ILAB: the world forced-labour prevalence applies", country.name_en()),
            format!(
                "{} n'est pas évalué par l'ILAB : la prévalence mondiale du travail forcé s'applique",
                country.name_fr()
            ),
            world_src(),
            1.0,
            round1(w.forced_context_unassessed),
        );
    };
    let Some(ilo) = c.region.as_ref().and_then(|r| t.ilab_region_to_ilo.get(r)) else {
        return factor(
            "country_context",
            format!(
                "ILAB gives {} no region with an ILO estimate: the world forced-labour prevalence applies",
                country.name_en()
            ),
            format!(
                "{} : l'ILAB ne donne pas de région dotée d'une estimation de l'OIT; la prévalence mondiale du travail forcé s'applique",
                country.name_fr()
            ),
            world_src(),
            1.0,
            round1(w.forced_context_unassessed),
        );
    };
    match t.forced_prevalence.get(ilo) {
        Some(&prevalence) => factor(
            "country_context",
            format!("Forced labour in {ilo}: {prevalence} per 1,000 people (ILO regional estimate)"),
            format!(
                "Travail forcé dans la région {ilo} : {prevalence} pour 1 000 personnes (estimation régionale de l'OIT)"
            ),
            t.source_ref("ilo_regional", Some(format!("forced_labour_prevalence — {ilo}"))),
            1.0,
            round1(prevalence * w.forced_context_per_prevalence),
        ),
        None => {
            let prevalence = t.world_forced_prevalence;
            factor(
                "country_context",
                format!(
                    "No ILO forced-labour estimate for {ilo}: the world prevalence applies, {prevalence} per 1,000 people"
                ),
                format!(
                    "Aucune estimation de l'OIT du travail forcé pour la région {ilo} : la prévalence mondiale s'applique, {prevalence} pour 1 000 personnes"
                ),
                world_src(),
                1.0,
                round1(prevalence * w.forced_context_per_prevalence),
            )
        }
    }
}

/// The child-labour context of a country: ILAB's advancement level and share of working children. What ILAB does
/// not give is never read as zero: a missing level takes the points of a country ILAB has not assessed, and a missing
/// share (or a country ILAB has no row for) the ILO–UNICEF estimate of its region, each as a factor of its own that
/// names the fallback and its source.
fn child_context(t: &Tables, country: CountryCode, data: Option<&CountryData>) -> Vec<Factor> {
    let w = &t.weights;
    let share_points = |share: f64| (share * w.child_context_per_working_share).min(w.child_context_share_cap);
    let (name_en, name_fr) = (country.name_en(), country.name_fr());
    let mut out = Vec::new();
    if let Some(c) = data {
        let ilab_src = || t.source_ref("ilab_countries", Some(format!("line {}: {}", c.line, c.ilab_name)));
        let weighed = c.advancement.as_deref().and_then(|l| t.advancement_points(l).map(|p| (l, p)));
        if let (Some((level, adv)), Some(share)) = (weighed, c.working_children_share) {
            let pct = round1(share * 100.0);
            return vec![factor(
                "country_context",
                format!(
                    "{name_en}: {level} in eliminating the worst forms of child labour; {pct}% of children aged 5–14 work"
                ),
                format!(
                    "{name_fr} : « {level} » dans l'élimination des pires formes de travail des enfants; {pct} % des enfants de 5 à 14 ans travaillent"
                ),
                ilab_src(),
                1.0,
                round1(adv + share_points(share)),
            )];
        }
        let unassessed_src =
            || t.source_ref("model", Some(format!("child_context_advancement — {}", super::model::NO_ASSESSMENT)));
        out.push(match (c.advancement.as_deref(), weighed) {
            (_, Some((level, adv))) => factor(
                "country_context",
                format!("{name_en}: {level} in eliminating the worst forms of child labour"),
                format!("{name_fr} : « {level} » dans l'élimination des pires formes de travail des enfants"),
                ilab_src(),
                1.0,
                round1(adv),
            ),
            (Some(level), None) => factor(
                "country_context",
                format!(
                    "{name_en}: ILAB's level \"{level}\" has no points in the model: those of a country ILAB has not assessed apply"
                ),
                format!(
                    "{name_fr} : le niveau « {level} » de l'ILAB n'a pas de points dans le modèle; ceux d'un pays que l'ILAB n'a pas évalué s'appliquent"
                ),
                unassessed_src(),
                1.0,
                round1(t.unassessed_advancement),
            ),
            (None, _) => factor(
                "country_context",
                format!(
                    "{name_en} is not assessed by ILAB (no findings on the worst forms of child labour): the points of a country ILAB has not assessed apply"
                ),
                format!(
                    "{name_fr} : pays non évalué par l'ILAB (aucune conclusion sur les pires formes de travail des enfants); les points d'un pays que l'ILAB n'a pas évalué s'appliquent"
                ),
                unassessed_src(),
                1.0,
                round1(t.unassessed_advancement),
            ),
        });
        if let Some(share) = c.working_children_share {
            let pct = round1(share * 100.0);
            out.push(factor(
                "country_context",
                format!("{name_en}: {pct}% of children aged 5–14 work"),
                format!("{name_fr} : {pct} % des enfants de 5 à 14 ans travaillent"),
                ilab_src(),
                w.child_context_per_working_share,
                round1(share_points(share)),
            ));
            return out;
        }
    }
    let e = t.regional_child_estimate(country);
    let pct = round1(e.share * 100.0);
    let (why_en, why_fr) = match data {
        Some(_) => (
            format!("ILAB gives no share of working children for {name_en}"),
            format!("{name_fr} : l'ILAB ne donne pas la part des enfants qui travaillent"),
        ),
        None => (
            format!("{name_en} is outside ILAB's country findings"),
            format!("{name_fr} : pays hors des conclusions de l'ILAB par pays"),
        ),
    };
    out.push(factor(
        "regional_estimate",
        format!(
            "{why_en}: the ILO–UNICEF estimate for {} applies ({pct}% of children aged 5–17 in child labour)",
            e.name_en()
        ),
        format!(
            "{why_fr}; l'estimation OIT–UNICEF pour {} s'applique ({pct} % des enfants de 5 à 17 ans astreints au travail)",
            e.name_fr()
        ),
        t.source_ref("ilo_regional", Some(format!("child_labour_share_5_17 — {}", e.region.unwrap_or("World")))),
        w.child_context_per_working_share,
        round1(share_points(e.share)),
    ));
    out
}

/// The entity list by its edition (a model that has one must record it: `model check` refuses a blank edition).
fn entity_list_name(t: &Tables) -> String {
    t.sources
        .get("entity_list")
        .map(|s| s.edition.trim())
        .filter(|e| !e.is_empty())
        .map_or_else(|| "entity list of the model".to_string(), str::to_string)
}

/// The entity of the model's entity list that names this site or its operator, if any.
fn listed_entity<'t>(t: &'t Tables, site: &PlaceOfWork) -> Option<(&'t EntityListSpec, &'t Entity)> {
    let (spec, entities) = t.entity_list.as_ref()?;
    let names: Vec<String> = [Some(site.site_name.as_str()), site.operator.as_deref()]
        .into_iter()
        .flatten()
        .map(entity_key)
        .filter(|k| !k.is_empty())
        .collect();
    entities
        .iter()
        .filter(|e| e.country.is_none_or(|c| c == site.country))
        .find(|e| e.keys.iter().any(|k| names.contains(k)))
        .map(|e| (spec, e))
}

fn site_audit(t: &Tables, site: &PlaceOfWork, d: &Declaration) -> f64 {
    let recent = site.last_audit_date.is_some_and(|date| {
        d.supplier.declaration_date.checked_sub_months(Months::new(24)).is_some_and(|limit| date >= limit)
            && date <= d.supplier.declaration_date
    });
    if recent && site.audit_standard.as_deref().is_some_and(|s| !s.trim().is_empty()) {
        t.mitigation.site_audit
    } else {
        0.0
    }
}

fn mitigation_share(t: &Tables, d: &Declaration, depth: u32) -> Vec<(String, String, f64)> {
    let m = &t.mitigation;
    let dd = &d.due_diligence;
    let mut out = Vec::new();
    let mut add = |yes: Option<bool>, share: f64, en: &str, fr: &str| {
        if yes == Some(true) {
            out.push((en.to_string(), fr.to_string(), share));
        }
    };
    add(
        dd.policy,
        m.policy,
        "written forced- and child-labour policy",
        "politique écrite sur le travail forcé et des enfants",
    );
    add(dd.supplier_code, m.supplier_code, "supplier code of conduct", "code de conduite des fournisseurs");
    add(
        dd.risk_assessment,
        m.risk_assessment,
        "risk assessment in the last 12 months",
        "évaluation des risques depuis 12 mois",
    );
    add(dd.social_audit, m.social_audit, "third-party social audits", "audits sociaux par un tiers");
    add(dd.grievance_mechanism, m.grievance_mechanism, "grievance mechanism", "mécanisme de plainte");
    add(dd.remediation, m.remediation, "remediation process", "processus de réparation");
    add(
        dd.traceability_tiers.map(|n| depth > 0 && n >= depth),
        m.traceability_tiers,
        "chain mapped to its declared depth",
        "chaîne cartographiée jusqu'à sa profondeur déclarée",
    );
    add(dd.training, m.training, "staff training", "formation du personnel");
    add(dd.s211_report, m.s211_report, "S-211 report", "rapport en vertu de la loi S-211");
    out
}

fn mitigate(t: &Tables, raw: Raw, practices: &[(String, String, f64)], audit: f64, kind: RiskKind) -> Score {
    let w = &t.weights;
    let mut factors = raw.factors;
    let share: f64 = (practices.iter().map(|p| p.2).sum::<f64>() + audit).min(w.mitigation_cap);
    let mut score = raw.total;
    if share > 0.0 && raw.total > 0.0 {
        let mut target = raw.total * (1.0 - share);
        let floored = kind == RiskKind::ForcedLabour && raw.forced_listed && target < w.listed_forced_floor;
        if floored {
            // Mitigation never brings a listed forced-labour good below medium, and never raises a score.
            target = w.listed_forced_floor.min(raw.total);
        }
        let target = round1(target);
        let mut names_en: Vec<String> = practices.iter().map(|p| p.0.clone()).collect();
        let mut names_fr: Vec<String> = practices.iter().map(|p| p.1.clone()).collect();
        if audit > 0.0 {
            names_en.push("site audited within 24 months".into());
            names_fr.push("lieu audité depuis moins de 24 mois".into());
        }
        let pct = round1(share * 100.0);
        let floor_en =
            if floored { "; kept at medium: a listed forced-labour good is never mitigated below it" } else { "" };
        let floor_fr = if floored {
            "; maintenu à moyen : un bien inscrit pour travail forcé n'est jamais atténué en deçà"
        } else {
            ""
        };
        factors.push(factor(
            "mitigation",
            format!("Due diligence lowers the residual risk by {pct}% ({}){floor_en}", names_en.join(", ")),
            format!(
                "La diligence raisonnable réduit le risque résiduel de {pct} % ({}){floor_fr}",
                names_fr.join(", ")
            ),
            t.source_ref("model", Some("mitigation".into())),
            -share,
            round1(target - raw.total),
        ));
        score = target;
    }
    let score = round1(score.clamp(0.0, 100.0));
    Score { score, band: Band::from_score(score), factors }
}

fn roll_up(sites: &[SiteAssessment], kind: RiskKind, keep: impl Fn(&SiteAssessment) -> bool) -> Score {
    let best = sites.iter().filter(|s| keep(s)).max_by(|a, b| {
        a.forced_or_child(kind).score.partial_cmp(&b.forced_or_child(kind).score).unwrap_or(std::cmp::Ordering::Equal)
    });
    match best {
        Some(s) => {
            let sc = s.forced_or_child(kind);
            let tier = s.tier.map_or_else(|| "—".to_string(), |t| t.to_string());
            Score {
                score: sc.score,
                band: sc.band,
                factors: vec![factor(
                    "highest_site",
                    format!("Highest site: {} ({}, tier {tier}, {})", s.site_name, s.site_id, s.country.name_en()),
                    format!(
                        "Lieu le plus exposé : {} ({}, niveau {tier}, {})",
                        s.site_name,
                        s.site_id,
                        s.country.name_fr()
                    ),
                    None,
                    1.0,
                    sc.score,
                )],
            }
        }
        None => Score::zero(),
    }
}

trait KindScore {
    fn forced_or_child(&self, kind: RiskKind) -> &Score;
}

impl KindScore for SiteAssessment {
    fn forced_or_child(&self, kind: RiskKind) -> &Score {
        match kind {
            RiskKind::ForcedLabour => &self.forced_labour,
            RiskKind::ChildLabour => &self.child_labour,
        }
    }
}

fn findings(t: &Tables, d: &Declaration, graph: &ChainGraph, facts: &[SiteFacts]) -> Vec<Finding> {
    let mut out = Vec::new();
    for right in Right::iter() {
        let a = d.attestations.iter().find(|a| a.right == right);
        if a.is_some_and(|a| a.attested) {
            continue;
        }
        let severity = match right {
            Right::ForcedLabour | Right::ChildLabour | Right::HumanTrafficking => Severity::High,
            _ => Severity::Medium,
        };
        let (en, fr) = if a.is_none() {
            (
                format!(
                    "The right \"{}\" ({right}) is not attested: it is missing from the declaration",
                    right.label_en()
                ),
                format!("Le droit « {} » ({right}) n'est pas attesté : il manque à la déclaration", right.label_fr()),
            )
        } else {
            (
                format!("The supplier does not attest the right \"{}\" ({right})", right.label_en()),
                format!("Le fournisseur n'atteste pas le droit « {} » ({right})", right.label_fr()),
            )
        };
        out.push(Finding::new(FindingCode::AttestationNo, severity, Some(format!("Attestations: {right}")), en, fr));
    }
    for cycle in graph.cycles() {
        let ids: Vec<String> =
            cycle.iter().filter_map(|&i| d.places_of_work.get(i)).map(|p| p.site_id.to_string()).collect();
        let list = ids.join(" → ");
        out.push(Finding::new(
            FindingCode::SupplyCycle,
            Severity::Low,
            Some(format!("PlacesOfWork: {}", ids.join(", "))),
            format!("These sites supply each other in a loop: {list}. Tiers beyond the loop are uncertain."),
            format!("Ces lieux s'approvisionnent mutuellement en boucle : {list}. Les niveaux au-delà de la boucle sont incertains."),
        ));
    }
    for f in facts {
        if let Some((_, entity)) = listed_entity(t, f.site) {
            let list = entity_list_name(t);
            out.push(Finding::new(
                FindingCode::ListedEntity,
                Severity::High,
                Some(format!("PlacesOfWork: {}", f.site.site_id)),
                format!(
                    "Site {} ({}) matches {} on the {list} (line {}): confirm the identity and treat its goods as made with forced labour",
                    f.site.site_id, f.site.site_name, entity.name, entity.line
                ),
                format!(
                    "Le lieu {} ({}) correspond à {} sur la liste « {list} » (ligne {}) : confirmez l'identité et traitez ses biens comme produits par le travail forcé",
                    f.site.site_id, f.site.site_name, entity.name, entity.line
                ),
            ));
        }
        if f.category.is_none() && f.own_goods.is_empty() {
            out.push(Finding::new(
                FindingCode::UnclassifiedGoods,
                Severity::Low,
                Some(format!("PlacesOfWork: {}", f.site.site_id)),
                format!(
                    "The goods \"{}\" of site {} fit no goods category of the model: give a UNSPSC or GSIN code",
                    f.site.goods, f.site.site_id
                ),
                format!(
                    "Les biens « {} » du lieu {} n'entrent dans aucune catégorie du modèle : indiquez un code UNSPSC ou NIBS",
                    f.site.goods, f.site.site_id
                ),
            ));
        }
        if !f.has_suppliers && !matches!(f.site.role, Role::RawMaterial) {
            let risky: Vec<&str> = f
                .inputs
                .iter()
                .filter(|(g, _)| t.listings_anywhere(g).next().is_some())
                .map(|(g, _)| g.as_str())
                .collect();
            if !risky.is_empty() {
                out.push(Finding::new(
                    FindingCode::DisclosureGap,
                    Severity::Medium,
                    Some(format!("PlacesOfWork: {}", f.site.site_id)),
                    format!(
                        "Site {} takes in {} — on the ILAB list — and no site upstream of it is declared",
                        f.site.site_id,
                        risky.join(", ")
                    ),
                    format!(
                        "Le lieu {} utilise {} — inscrits sur la liste de l'ILAB — et aucun lieu en amont n'est déclaré",
                        f.site.site_id,
                        risky.join(", ")
                    ),
                ));
            }
        }
    }
    for g in &d.goods {
        let cat =
            t.classify(g.classification.as_ref(), &format!("{} {}", g.item, g.description.clone().unwrap_or_default()));
        if cat.is_none() && t.goods_in(&g.item).is_empty() {
            out.push(Finding::new(
                FindingCode::UnclassifiedGoods,
                Severity::Low,
                Some(format!("Goods: {}", g.item)),
                format!("The item \"{}\" fits no goods category of the model: give a UNSPSC or GSIN code", g.item),
                format!(
                    "L'article « {} » n'entre dans aucune catégorie du modèle : indiquez un code UNSPSC ou NIBS",
                    g.item
                ),
            ));
        }
    }
    let makers = d.places_of_work.iter().any(|p| p.role.makes_goods());
    if !makers {
        let mut required: Vec<&Category> = Vec::new();
        for c in facts.iter().filter_map(|f| f.category) {
            if c.origin_of_work && !required.iter().any(|r| r.code == c.code) {
                required.push(c);
            }
        }
        for g in &d.goods {
            if let Some(c) = t.classify(g.classification.as_ref(), &g.item)
                && c.origin_of_work
                && !required.iter().any(|r| r.code == c.code)
            {
                required.push(c);
            }
        }
        for c in required {
            out.push(Finding::new(
                FindingCode::MissingPlaceOfWork,
                Severity::High,
                Some("PlacesOfWork".into()),
                format!(
                    "{} require the place of work of their manufacture, and no site that makes them (manufacturing, final assembly or processing) is declared: the bid is non-responsive",
                    c.label_en
                ),
                format!(
                    "{} exigent le lieu de leur fabrication, et aucun lieu qui les fabrique (fabrication, assemblage final ou transformation) n'est déclaré : la soumission est non recevable",
                    c.label_fr
                ),
            ));
        }
    }
    out
}
