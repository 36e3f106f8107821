//! Which factors of a score are named as its reasons where only a few are (the text report's largest factors, the
//! comparison's "why", the chain picture's notes): one rule for all of them.
//!
//! "Scores stop at 100" (`cap`) is bookkeeping, not a reason: it never takes a slot (the text report says the cap
//! apart). A region's own risk and its legal presumption (`region`, `region_floor`: Xinjiang under the UFLPA; from
//! 2022.10 `presumption_carried`, that presumption come down the chain) give the site its band whatever else adds up,
//! so they are always named, even past the slots.

use std::sync::Arc;

use crate::domain::Factor;

/// Factors always named when they move a score up: the region's risk and its presumption floor, where the site is
/// and where it comes down the chain.
const ALWAYS: [&str; 3] = ["region", "region_floor", "presumption_carried"];

/// Whether a factor is a confirmed listed entity (`screening_hit`): named first among the reasons of its score.
fn listed(f: &Factor) -> bool {
    f.code() == crate::screening::effect::FACTOR_CODE
}

/// Whether a factor is a reason that raises its score: it adds points, or it is a confirmed listed entity, which adds
/// none when the rest already reached 100 and is still what makes the score critical. What callers keep before
/// [`largest`] where only raising factors are named.
pub fn raises(f: &Factor) -> bool {
    f.contribution > 0.0 || listed(f)
}

/// Of `factors` (already filtered by the caller: non-zero, positive …), the `slots` largest by the points they move
/// (in that order, the first of equal ones kept first), without `cap`, and with every region factor that raises the
/// score whether or not it is among the largest (it then takes the place of the smallest others). A confirmed listed
/// entity (`screening_hit`) comes first whatever its points, and is always named: it is what makes the score
/// critical, though it adds only what the rest leaves to 100.
pub fn largest<'a>(factors: impl IntoIterator<Item = &'a Arc<Factor>>, slots: usize) -> Vec<&'a Arc<Factor>> {
    let mut f: Vec<&Arc<Factor>> = factors.into_iter().filter(|f| f.code() != "cap").collect();
    f.sort_by(|x, y| listed(y).cmp(&listed(x)).then(y.contribution.abs().total_cmp(&x.contribution.abs())));
    let always = |x: &Factor| ALWAYS.contains(&x.code()) && x.contribution > 0.0 || listed(x);
    let mut room = slots.saturating_sub(f.iter().filter(|x| always(x)).count());
    f.retain(|x| {
        if always(x) {
            true
        } else if room > 0 {
            room -= 1;
            true
        } else {
            false
        }
    });
    f
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::domain::{Assessment, Declaration, Lang};

    /// A declaration of the demo supplier whose chain is `sites` (JSON objects as a file writes them), its goods made
    /// at the first site, assessed with the embedded model.
    pub(crate) fn chain(sites: serde_json::Value) -> (Declaration, Assessment) {
        chain_under(&crate::scoring::RiskModel::embedded().unwrap(), sites)
    }

    /// [`chain`] scored by `model`.
    pub(crate) fn chain_under(
        model: &crate::scoring::RiskModel,
        sites: serde_json::Value,
    ) -> (Declaration, Assessment) {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/supplier_data/demo/polar-workwear-w0113.json");
        let mut json: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
        let made_at = sites[1]["site_id"].clone();
        json["places_of_work"] = sites;
        json["goods"] = serde_json::json!([{"item": "T-shirts", "quantity": 5000, "value_cad": 60000,
            "produced_at": [made_at]}]);
        let bytes = serde_json::to_vec(&json).unwrap();
        let parsed = crate::import::read_declaration("d.json", &bytes, &crate::import::Limits::default()).unwrap();
        let a = model.assess(&parsed.declaration);
        (parsed.declaration, a)
    }

    /// Warehouse in Canada ← knitter in Bangladesh ← spinning mill and cotton farm in Xinjiang (`region` given, or
    /// only the city).
    pub(crate) fn xinjiang_tshirts(region: Option<&str>) -> (Declaration, Assessment) {
        let mut sites = serde_json::json!([
            {"site_id": "B1", "site_name": "Entrepôt Québec", "role": "warehousing", "goods": "T-shirts en coton",
             "address": "1 Industrial Rd", "city": "Québec", "country": "CA", "supplies_to": [], "workers": 100},
            {"site_id": "B2", "site_name": "Dhaka Knit Garments", "role": "manufacturing", "goods": "cotton T-shirts",
             "address": "1 Industrial Rd", "city": "Dhaka", "country": "BD", "supplies_to": ["B1"], "workers": 100},
            {"site_id": "B3", "site_name": "Aksu Spinning Mill", "role": "processing", "goods": "cotton yarn",
             "address": "1 Industrial Rd", "city": "Aksu", "country": "CN", "supplies_to": ["B2"], "workers": 100},
            {"site_id": "B4", "site_name": "Aksu Cotton Farm", "role": "raw_material", "goods": "raw cotton",
             "address": "1 Industrial Rd", "city": "Aksu", "country": "CN", "supplies_to": ["B3"], "workers": 100}
        ]);
        if let Some(r) = region {
            sites[2]["region"] = r.into();
            sites[3]["region"] = r.into();
        }
        chain(sites)
    }

    /// The lines of the text report for one site, from its heading to the next site's.
    fn site_lines(text: &str, site: &str) -> String {
        let (_, rest) = text.split_once(&format!("\n  {site}")).unwrap();
        rest.split("\n\n").next().unwrap().to_string()
    }

    #[test]
    fn the_cap_takes_no_largest_factor_slot_and_a_xinjiang_site_names_its_region() {
        let cat = crate::reports::Catalog::embedded().unwrap();
        let on = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        for region in [Some("Xinjiang"), Some("Région autonome ouïghoure du Xinjiang"), None] {
            let (d, a) = xinjiang_tshirts(region);
            let mill = a.sites.iter().find(|s| s.site_id.as_str() == "B3").unwrap();
            assert!(mill.risk.forced_labour.factors.iter().any(|f| f.code() == "cap"), "the example needs a cap");
            let en = super::super::explain::assessment_text(&cat, Lang::En, &d, &a, on);
            let fr = super::super::explain::assessment_text(&cat, Lang::Fr, &d, &a, on);
            for (text, region_words, cap, capped) in [
                (&en, "Xinjiang Uyghur Autonomous Region", "Scores stop at 100", "Held at 100: "),
                (&fr, "Région autonome ouïghoure du Xinjiang", "plafonnent à 100", "Plafonnée à 100\u{a0}: "),
            ] {
                let mill = site_lines(text, "Aksu Spinning Mill");
                assert!(mill.contains(region_words), "{region:?}: {mill}");
                assert!(!text.contains(cap), "{region:?}: the cap is no reason: {text}");
                assert!(mill.contains(capped), "{region:?}: {mill}");
            }
        }
    }

    /// A Xinjiang site whose score due diligence lowered, its region's presumption kept whole (97.7 shown where its
    /// factors add up to 113, held at 100): the text report says the arithmetic from the sum to the score in words,
    /// in both languages, for each such site and kind, and the figures add up.
    #[test]
    fn the_text_report_adds_up_a_score_whose_region_presumption_due_diligence_kept_whole() {
        let cat = crate::reports::Catalog::embedded().unwrap();
        let on = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let mut said = 0;
        for region in [Some("Xinjiang"), None] {
            let (d, a) = xinjiang_tshirts(region);
            let en = super::super::explain::assessment_text(&cat, Lang::En, &d, &a, on);
            let fr = super::super::explain::assessment_text(&cat, Lang::Fr, &d, &a, on);
            for s in &a.sites {
                for kind in [crate::domain::RiskKind::ForcedLabour, crate::domain::RiskKind::ChildLabour] {
                    let score = s.risk.get(kind);
                    let Some(dd) = score.arithmetic().due_diligence else { continue };
                    let (Some(kept), None) = (dd.kept, dd.held) else { continue };
                    let (rest, lowered) = (dd.lowered_from, dd.product);
                    said += 1;
                    assert!((lowered + kept - score.score).abs() < 0.05, "{rest} {lowered} {kept} {}", score.score);
                    assert!(rest >= lowered && kept > 0.0);
                    let dec = |lang, x| crate::reports::numbers::decimal(lang, x, 1);
                    let (e, f) = (site_lines(&en, &s.site_name), site_lines(&fr, &s.site_name));
                    let sum =
                        |lang| format!("{} + {} = {}", dec(lang, lowered), dec(lang, kept), dec(lang, score.score));
                    assert!(e.contains("stands whole") && e.contains(&sum(Lang::En)), "{e}");
                    assert!(f.contains("demeure entière") && f.contains(&sum(Lang::Fr)), "{f}");
                }
            }
        }
        assert!(said >= 1, "no site kept a region's presumption through due diligence");
    }

    /// A supplier that refuses to attest that no forced labour is used gets no due-diligence credit for it (2022.8):
    /// the text report says so, in both languages, though the line weighs 0 points and is not among the largest.
    #[test]
    fn the_text_report_says_a_credit_withheld_for_a_refused_attestation() {
        let cat = crate::reports::Catalog::embedded().unwrap();
        let on = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        let (mut d, _) = xinjiang_tshirts(Some("Xinjiang"));
        for a in d.attestations.iter_mut().filter(|a| a.right == crate::domain::Right::ForcedLabour) {
            a.attested = false;
        }
        let a = crate::scoring::RiskModel::embedded().unwrap().assess(&d);
        let en = super::super::explain::assessment_text(&cat, Lang::En, &d, &a, on);
        let fr = super::super::explain::assessment_text(&cat, Lang::Fr, &d, &a, on);
        let (en, fr) = (site_lines(&en, "Dhaka Knit Garments"), site_lines(&fr, "Dhaka Knit Garments"));
        assert!(en.contains("is not credited: the supplier refuses to attest"), "{en}");
        assert!(fr.contains("n'est pas prise en compte\u{a0}: le fournisseur refuse"), "{fr}");
    }

    #[test]
    fn the_comparison_and_the_picture_name_the_region_before_the_cap() {
        let cat = crate::reports::Catalog::embedded().unwrap();
        let (_, a) = xinjiang_tshirts(Some("Xinjiang"));
        let mill = a.sites.iter().find(|s| s.site_id.as_str() == "B3").unwrap();
        let named = super::largest(mill.risk.forced_labour.factors.iter().filter(|f| f.contribution > 0.0), 2);
        assert_eq!(named.len(), 2);
        assert!(named.iter().any(|f| f.code() == "region"), "{named:?}");
        let all = super::largest(mill.risk.forced_labour.factors.iter(), 10);
        assert!(all.iter().all(|f| f.code() != "cap"));
        let words = super::super::comparison::factor_words(&cat, Lang::Fr, &a, named[0]);
        assert!(!words.is_empty());
    }

    fn labels(a: &Assessment, lang: Lang) -> Vec<String> {
        let cat = crate::reports::Catalog::embedded().unwrap();
        let on = NaiveDate::from_ymd_opt(2026, 12, 1).unwrap();
        a.findings.iter().map(|f| super::super::explain::finding_label(&cat, lang, f, on)).collect()
    }

    #[test]
    fn a_site_declared_in_xinjiang_carries_a_presumption_finding_in_both_languages() {
        use crate::domain::{FindingCode, FindingReason};
        for region in [Some("Xinjiang"), Some("Région autonome ouïghoure du Xinjiang"), Some("新疆"), None] {
            let (_, a) = xinjiang_tshirts(region);
            let sites: Vec<&str> = a
                .findings
                .iter()
                .filter_map(|f| match f.reason() {
                    Some(FindingReason::RegionPresumption { site, region, .. }) => {
                        assert_eq!(region, "Xinjiang");
                        Some(site.as_str())
                    }
                    _ => None,
                })
                .collect();
            assert_eq!(sites, ["B3", "B4"], "{region:?}");
            let en = labels(&a, Lang::En).join("\n");
            let fr = labels(&a, Lang::Fr).join("\n");
            assert!(en.contains("Site Aksu Spinning Mill is declared in Xinjiang (China): goods made there"), "{en}");
            assert!(fr.contains("est déclaré dans la région Xinjiang (Chine)\u{a0}: les biens"), "{fr}");
            assert!(fr.contains("présumés produits par le travail forcé"), "{fr}");
            assert!(a.findings.iter().any(|f| f.code() == FindingCode::RegionPresumption));
        }
        // Another city of the region, no region given: the same; another province: none.
        for (city, region, found) in
            [("Kashgar", None, true), ("Ürümqi", None, true), ("Shenzhen", Some("Guangdong"), false)]
        {
            let a = glove_works_in(city, region);
            let has = a.findings.iter().any(|f| f.code() == FindingCode::RegionPresumption);
            assert_eq!(has, found, "{city}");
        }
    }

    /// A Canadian warehouse's glove maker in China at `city`, its region `region` when given, assessed.
    fn glove_works_in(city: &str, region: Option<&str>) -> Assessment {
        let mut sites = serde_json::json!([
            {"site_id": "W", "site_name": "Entrepôt", "role": "warehousing", "goods": "gloves",
             "address": "1 Rd", "city": "Ottawa", "country": "CA", "supplies_to": []},
            {"site_id": "M", "site_name": "Glove Works", "role": "manufacturing", "goods": "nitrile gloves",
             "address": "2 Rd", "city": city, "country": "CN", "supplies_to": ["W"]}
        ]);
        if let Some(r) = region {
            sites[1]["region"] = r.into();
        }
        chain(sites).1
    }

    /// A declared region that is not the one the city is in is a finding, in both languages (French elides « de »
    /// before a vowel: « la ville d'Aksu »); a region that agrees with its city, or a city in no region of the model,
    /// is none. The site is scored in the region its city names, as before.
    #[test]
    fn a_region_its_city_contradicts_is_a_finding_in_both_languages() {
        use crate::domain::{FindingCode, FindingReason};
        for (region, city, mismatch) in [
            (Some("Hebei"), "Aksu", Some(("“Hebei” and the city “Aksu”, which is in Xinjiang", "la ville d'Aksu,"))),
            (Some("Guangdong"), "Kashgar", Some(("“Guangdong” and the city “Kashgar”", "la ville de Kashgar,"))),
            (Some("Zhejiang"), "Ürümqi", Some(("“Zhejiang” and the city “Ürümqi”", "la ville d'Ürümqi,"))),
            (Some("Xinjiang"), "Aksu", None),
            (Some("Guangdong"), "Shenzhen", None),
            (None, "Aksu", None),
        ] {
            let a = glove_works_in(city, region);
            let found: Vec<_> = a.findings.iter().filter(|f| f.code() == FindingCode::RegionCityMismatch).collect();
            let Some((en_words, fr_words)) = mismatch else {
                assert!(found.is_empty(), "{region:?} {city}: {found:?}");
                continue;
            };
            assert_eq!(found.len(), 1, "{region:?} {city}");
            let Some(FindingReason::RegionCityMismatch { site, region: named, .. }) = found[0].reason() else {
                unreachable!()
            };
            assert_eq!((site.as_str(), named.as_str()), ("M", "Xinjiang"));
            let en = labels(&a, Lang::En).join("\n");
            let fr = labels(&a, Lang::Fr).join("\n");
            assert!(en.contains(en_words) && en.contains("the region and the city disagree"), "{en}");
            assert!(fr.contains(fr_words) && fr.contains("la région et la ville ne concordent pas"), "{fr}");
            // Still scored where the city is (the safe side).
            let glove = a.sites.iter().find(|s| s.site_id.as_str() == "M").unwrap();
            assert!(glove.risk.forced_labour.factors.iter().any(|f| f.code() == "region"), "{region:?} {city}");
        }
    }

    #[test]
    fn every_undisclosed_origin_factor_comes_with_a_finding_naming_its_site_and_input() {
        use crate::domain::{FindingReason, Reason};
        let rope = |maker: serde_json::Value| {
            chain(serde_json::json!([
                {"site_id": "G1", "site_name": "Warehouse Ottawa", "role": "warehousing", "goods": "rope",
                 "address": "1 Industrial Rd", "city": "Ottawa", "country": "CA", "supplies_to": []},
                maker
            ]))
        };
        let mut cases = vec![
            rope(serde_json::json!({"site_id": "G2", "site_name": "Seilwerk Hamburg", "role": "manufacturing",
                "goods": "synthetic rope", "address": "1 Rd", "city": "Hamburg", "country": "DE", "supplies_to": ["G1"]})),
            rope(serde_json::json!({"site_id": "G2", "site_name": "Qingdao Rope", "role": "manufacturing",
                "goods": "synthetic rope", "address": "1 Rd", "city": "Qingdao", "region": "Shandong", "country": "CN",
                "supplies_to": ["G1"]})),
            xinjiang_tshirts(Some("Xinjiang")),
        ];
        let demo = concat!(env!("CARGO_MANIFEST_DIR"), "/supplier_data/demo");
        let model = crate::scoring::RiskModel::embedded().unwrap();
        for e in std::fs::read_dir(demo).unwrap() {
            let bytes = std::fs::read(e.unwrap().path()).unwrap();
            let d = crate::import::read_declaration("d.json", &bytes, &crate::import::Limits::default()).unwrap();
            let a = model.assess(&d.declaration);
            cases.push((d.declaration, a));
        }
        let mut factors = 0;
        for (_, a) in &cases {
            for s in &a.sites {
                for f in s.risk.forced_labour.factors.iter().chain(&s.risk.child_labour.factors) {
                    let Some(Reason::UndisclosedInput { good, .. }) = f.reason() else { continue };
                    factors += 1;
                    let named = a.findings.iter().any(|x| match x.reason() {
                        Some(FindingReason::DisclosureGap { site, goods, .. })
                        | Some(FindingReason::OriginUndisclosed { site, goods, .. }) => {
                            *site == s.site_id && goods.contains(good)
                        }
                        _ => false,
                    });
                    assert!(named, "{} {good}: {:?}", s.site_id.as_str(), a.findings);
                }
            }
        }
        assert!(factors > 0, "the cases hold undisclosed inputs");
        let (_, a) = &cases[0];
        let en = labels(a, Lang::En).join("\n");
        let fr = labels(a, Lang::Fr).join("\n");
        assert!(en.contains("no declared supplier establishes where"), "{en}");
        assert!(fr.contains("aucun fournisseur déclaré n'en établit l'origine"), "{fr}");
    }

    /// A finding is « constat » in every French message (the import's counts included); « constatations » stays
    /// only inside the CBP list's own name.
    #[test]
    fn a_finding_is_one_french_word_everywhere() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/templates/locales/fr");
        for e in std::fs::read_dir(dir).unwrap() {
            let path = e.unwrap().path();
            let text = std::fs::read_to_string(&path).unwrap().replace("retenue et constatations", "");
            assert!(!text.contains("constatation"), "{}", path.display());
        }
        let cat = crate::reports::Catalog::embedded().unwrap();
        let mut a = fluent_bundle::FluentArgs::new();
        for (k, v) in [("findings", 1), ("warnings", 0), ("errors", 0), ("accepted", 1), ("refused", 0)] {
            a.set(k, v);
        }
        let counts = cat.format(Lang::Fr, "import-counts", &a);
        assert!(counts.contains("1 constat"), "{counts}");
    }

    /// The factor of an input whose declared suppliers leave its origin unknown names each of them and why, by the
    /// engine's own rule: a Thai spinning mill that declares no input (ILAB assesses Thailand), a trader, a mill in
    /// Malaysia (which ILAB publishes no findings on) — never "a country ILAB publishes no findings on" for Thailand.
    #[test]
    fn an_undisclosed_input_names_the_suppliers_that_leave_its_origin_unknown_and_why() {
        use crate::domain::{OpenBecause, Reason};
        let cat = crate::reports::Catalog::embedded().unwrap();
        let model_2022_6 = crate::scoring::RiskModel::shipped("2022.6").unwrap().unwrap();
        let site = |id: &str, name: &str, role: &str, goods: &str, city: &str, country: &str, to: &str| {
            serde_json::json!({"site_id": id, "site_name": name, "role": role, "goods": goods,
                "address": "1 Industrial Rd", "city": city, "country": country,
                "supplies_to": if to.is_empty() { vec![] } else { vec![to] }, "workers": 100})
        };
        for (supplier, because, en_words, fr_words) in [
            (
                site("Y1", "Chonburi Spinning", "processing", "cotton yarn", "Chonburi", "TH", "K1"),
                OpenBecause::NoDeclaredInput,
                "Chonburi Spinning (Y1) makes it from no input it declares",
                "Chonburi Spinning (Y1) le fabrique sans déclarer aucun intrant",
            ),
            (
                site("Y1", "Bangkok Yarn Traders", "trading", "cotton yarn", "Bangkok", "TH", "K1"),
                OpenBecause::PassesOnUnknown,
                "Bangkok Yarn Traders (Y1) takes it in, and its own suppliers of it do not establish",
                "Bangkok Yarn Traders (Y1) reçoit cet intrant, et ses propres fournisseurs n'en établissent pas",
            ),
            (
                site("Y1", "Penang Spinning", "processing", "cotton yarn", "George Town", "MY", "K1"),
                OpenBecause::NotAssessed,
                "Penang Spinning (Y1) is in Malaysia, a country ILAB publishes no findings on",
                "Penang Spinning (Y1) se trouve en Malaisie, pays sur lequel l'ILAB ne publie pas de conclusions",
            ),
        ] {
            // Under 2022.6, whose floor of an undisclosed input is the factor that names them (from 2022.7 a supplier
            // whose own inputs are presumed the worst carries more than the floor, and its line stands in its place).
            let (_, a) = chain_under(
                &model_2022_6,
                serde_json::json!([
                    site("W1", "Entrepôt Laval", "warehousing", "T-shirts", "Laval", "CA", ""),
                    site("K1", "Dhaka Knit", "manufacturing", "cotton T-shirts", "Dhaka", "BD", "W1"),
                    supplier,
                ]),
            );
            let knit = a.sites.iter().find(|s| s.site_id.as_str() == "K1").unwrap();
            let factors = knit.risk.forced_labour.factors.iter().chain(&knit.risk.child_labour.factors);
            let open: Vec<_> = factors
                .filter(|f| matches!(f.reason(), Some(Reason::UndisclosedInput { supplied: true, .. })))
                .collect();
            assert!(!open.is_empty(), "{because:?}: {:?}", knit.risk);
            for f in open {
                let Some(Reason::UndisclosedInput { suppliers, .. }) = f.reason() else { unreachable!() };
                assert_eq!(suppliers.len(), 1, "{suppliers:?}");
                assert_eq!((suppliers[0].site.as_str(), suppliers[0].because), ("Y1", because));
                let names = super::super::explain::SiteIndex::of(&a);
                let en = super::super::explain::factor_label(&cat, Lang::En, f, &names);
                let fr = super::super::explain::factor_label(&cat, Lang::Fr, f, &names);
                assert!(
                    en.contains(&format!("its declared supplier does not establish where it comes from: {en_words}")),
                    "{en}"
                );
                assert!(fr.contains(fr_words), "{fr}");
                if because != OpenBecause::NotAssessed {
                    assert!(!en.contains("publishes no findings") && !fr.contains("ne publie pas"), "{en} / {fr}");
                }
            }
        }
    }
}
