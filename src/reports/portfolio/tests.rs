use chrono::NaiveDate;

use super::*;
use crate::domain::{
    Declaration, FiscalYear, GoodsItem, PortfolioGoods, PortfolioInput, PortfolioSite, ShareSum, SiteId,
};
use crate::scoring::portfolio::{CellFilter, dashboard, declarations_in, shares};

fn model() -> RiskModel {
    RiskModel::embedded().unwrap()
}

fn demo(name: &str) -> Declaration {
    let path = format!("{}/supplier_data/demo/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(path).unwrap();
    crate::import::read_declaration(name, &bytes, &crate::import::Limits::default()).unwrap().declaration
}

fn input(model: &RiskModel, id: i64, supplier: i64, current: bool, d: Declaration) -> PortfolioInput {
    let assessment = model.assess(&d);
    PortfolioInput::new(id, supplier, current, &d, &assessment)
}

#[test]
fn a_line_goes_to_the_sites_that_produce_it_at_their_scores() {
    let m = model();
    let d = demo("cordages-nordiques-w8486.json");
    let a = m.assess(&d);
    let (shares, unvalued) = shares(&m, &PortfolioInput::new(1, 1, true, &d, &a));
    assert_eq!(unvalued, 0);
    let rope_site = a.sites.iter().find(|s| s.site_id.as_str() == "ROPE-IN").unwrap();
    let rope = shares.iter().find(|s| (s.value - 96_000.0).abs() < 1e-9).unwrap();
    assert_eq!(rope.country, rope_site.country);
    assert_eq!(rope.forced, rope_site.risk.forced_labour.score);
    assert_eq!(rope.child, rope_site.risk.child_labour.score);
    assert!(rope.category.is_some(), "sisal rope fits a category of the model");
    let total: f64 = shares.iter().map(|s| s.value).sum();
    assert!((total - (96_000.0 + 71_250.0)).abs() < 1e-6);
}

#[test]
fn a_line_without_sites_is_shared_among_tier_one_and_unvalued_lines_are_counted() {
    let m = model();
    let mut d = demo("polar-workwear-w0113.json");
    let a = m.assess(&d);
    let tier1: Vec<_> = a.sites.iter().filter(|s| s.tier == Some(1)).collect();
    assert!(!tier1.is_empty());
    d.goods = vec![
        GoodsItem {
            item: "Work shirt".into(),
            description: None,
            classification: None,
            quantity: None,
            value_cad: Some(1000.0),
            produced_at: Vec::<SiteId>::new(),
        },
        GoodsItem {
            item: "Boots".into(),
            description: None,
            classification: None,
            quantity: Some(3.0),
            value_cad: None,
            produced_at: Vec::new(),
        },
    ];
    let (shares, unvalued) = shares(&m, &PortfolioInput::new(1, 1, true, &d, &a));
    assert_eq!(unvalued, 1);
    let spend: f64 = shares.iter().map(|s| s.value).sum();
    assert!((spend - 1000.0).abs() < 1e-9);
    assert!(shares.iter().all(|s| tier1.iter().any(|t| t.country == s.country)));
}

#[test]
fn cells_are_spend_weighted_means() {
    let m = model();
    let gloves =
        [input(&m, 1, 1, true, demo("medisafe-gloves-en578.json")), input(&m, 2, 2, true, demo("gantex-en578.json"))];
    let dash = dashboard(&m, &gloves, None);
    // Both make nitrile gloves in Malaysia: one cell, weighted by 180,000 and 165,000.
    let (a, b) = (&gloves[0], &gloves[1]);
    let score_of = |a: &PortfolioInput, id: &str| a.sites.iter().find(|s| s.site_ref == id).unwrap().forced;
    let (fa, fb) = (score_of(a, "MY-GLV"), score_of(b, "MY-1"));
    let cell = dash.cells.iter().find(|c| c.country.as_str() == "MY").unwrap();
    assert_eq!(cell.declarations, 2);
    assert!((cell.risk.spend - 345_000.0).abs() < 1e-6);
    let expected = (fa * 180_000.0 + fb * 165_000.0) / 345_000.0;
    assert!((cell.risk.forced - expected).abs() < 1e-9, "{} vs {expected}", cell.risk.forced);
    assert!((dash.total.spend - 345_000.0).abs() < 1e-6);
    assert_eq!(dash.declarations, 2);
}

#[test]
fn superseded_declarations_leave_the_current_map_but_stay_in_their_fiscal_year() {
    let m = model();
    let mut old = demo("northern-ppe-en578.json");
    old.supplier.declaration_date = NaiveDate::from_ymd_opt(2025, 5, 1).unwrap();
    let mut older_same_year = old.clone();
    older_same_year.supplier.declaration_date = NaiveDate::from_ymd_opt(2025, 4, 2).unwrap();
    for g in &mut older_same_year.goods {
        g.value_cad = Some(1.0);
    }
    let new = demo("northern-ppe-en578.json");
    let inputs = [input(&m, 1, 7, false, older_same_year), input(&m, 2, 7, false, old), input(&m, 3, 7, true, new)];
    let current = dashboard(&m, &inputs, None);
    assert_eq!(current.declarations, 1);
    assert_eq!(current.years, vec![FiscalYear::starting_in(2026), FiscalYear::starting_in(2025)]);
    let fy2025 = dashboard(&m, &inputs, Some(FiscalYear::starting_in(2025)));
    // Within 2025–2026 only the later of the two counts: 120,000, not 120,001.
    assert_eq!(fy2025.declarations, 1);
    assert!((fy2025.total.spend - 120_000.0).abs() < 1e-6, "{}", fy2025.total.spend);
    assert_eq!(current.trend.iter().map(|t| t.fiscal_year.first_year()).collect::<Vec<_>>(), vec![2025, 2026]);
    assert!(current.trend.iter().all(|t| t.declarations == 1));
    assert!(dashboard(&m, &inputs, Some(FiscalYear::starting_in(2019))).cells.is_empty());
}

#[test]
fn rows_and_columns_come_highest_spend_first() {
    let m = model();
    let inputs: Vec<PortfolioInput> = [
        "polar-workwear-w0113.json",
        "medisafe-gloves-en578.json",
        "cordages-nordiques-w8486.json",
        "arctic-furniture-standing.json",
    ]
    .iter()
    .enumerate()
    .map(|(i, n)| input(&m, i as i64, i as i64, true, demo(n)))
    .collect();
    let dash = dashboard(&m, &inputs, None);
    let spend_of_country =
        |c: &CountryCode| dash.cells.iter().filter(|x| &x.country == c).map(|x| x.risk.spend).sum::<f64>();
    let spends: Vec<f64> = dash.countries.iter().map(spend_of_country).collect();
    assert!(spends.windows(2).all(|w| w[0] >= w[1]), "{spends:?}");
    assert_eq!(dash.countries.first().map(CountryCode::as_str), Some("VN"));
    let high = dash.total.high_percent();
    assert!((0.0..=100.0).contains(&high));
}

#[test]
fn heat_map_cells_link_to_the_declarations_behind_them() {
    let m = model();
    let cat = Catalog::embedded().unwrap();
    let inputs = [
        input(&m, 1, 1, true, demo("medisafe-gloves-en578.json")),
        input(&m, 2, 2, true, demo("cordages-nordiques-w8486.json")),
    ];
    let dash = dashboard(&m, &inputs, None);
    for lang in [Lang::En, Lang::Fr] {
        let v = view(&m, &cat, lang, &dash, Measure::Forced);
        let hrefs: Vec<&str> = v.rows.iter().flat_map(|r| r.cells.iter().flatten()).map(|c| c.href.as_str()).collect();
        assert!(!hrefs.is_empty());
        for (code, row) in dash.categories.iter().zip(&v.rows) {
            for (country, cell) in dash.countries.iter().zip(&row.cells) {
                let Some(cell) = cell else { continue };
                let query = cell.href.strip_prefix("/?").expect("the home page's list");
                let pairs: Vec<(String, String)> = serde_urlencoded::from_str(query).unwrap();
                let get = |k: &str| pairs.iter().find(|(n, _)| n == k).map(|(_, v)| v.as_str());
                assert_eq!(get("country"), Some(country.as_str()), "{}", cell.href);
                let category = if code.is_empty() { NO_CATEGORY } else { code.as_str() };
                assert_eq!(get("category"), Some(category), "{}", cell.href);
                assert_eq!(get("spend"), Some("true"), "{}", cell.href);
                assert_eq!(get("lang"), Some(lang.as_ref()));
                assert_eq!(get("fy"), None, "the current view has no fiscal year");
            }
        }
    }
    // A fiscal-year view keeps its year; goods in no category link by country alone.
    assert_eq!(
        cell_href(Lang::Fr, "ropes_cordage", CountryCode::parse("IN").unwrap(), Some(FiscalYear::starting_in(2025))),
        "/?category=ropes_cordage&country=IN&fy=2025&spend=true&lang=fr"
    );
    assert_eq!(
        cell_href(Lang::En, "", CountryCode::parse("MY").unwrap(), None),
        "/?category=none&country=MY&spend=true&lang=en"
    );
}

#[test]
fn the_trend_chart_holds_its_year_labels() {
    let m = model();
    let cat = Catalog::embedded().unwrap();
    let mut inputs = Vec::new();
    for (i, year) in [2021, 2022, 2023, 2024, 2025].into_iter().enumerate() {
        let mut d = demo("northern-ppe-en578.json");
        d.supplier.declaration_date = NaiveDate::from_ymd_opt(year, 6, 1).unwrap();
        inputs.push(input(&m, i as i64, i as i64, year == 2025, d));
    }
    for lang in [Lang::En, Lang::Fr] {
        for picked in [inputs.as_slice(), &inputs[..1]] {
            let v = view(&m, &cat, lang, &dashboard(&m, picked, None), Measure::Forced);
            assert!(!v.trend.is_empty());
            for t in &v.trend {
                let half = t.label.chars().count() as f64 * CHART_CHAR_W / 2.0;
                assert!(
                    t.x - half >= 0.0 && t.x + half <= v.chart.width,
                    "{} at {} of {}",
                    t.label,
                    t.x,
                    v.chart.width
                );
            }
            // The score labels sit left of the axis, right-aligned 6 units before it: "100" needs 3 characters.
            assert!(v.chart.left - 6.0 >= 3.0 * CHART_CHAR_W);
        }
    }
}

#[test]
fn each_cell_counts_exactly_the_declarations_its_list_holds() {
    let m = model();
    let mut inputs = Vec::new();
    let names = ["northern-ppe-en578.json", "cordages-nordiques-w8486.json", "polar-workwear-w0113.json"];
    for (i, name) in names.into_iter().enumerate() {
        let id = i as i64 * 2 + 1;
        let mut older = demo(name);
        older.supplier.declaration_date = NaiveDate::from_ymd_opt(2025, 6, 1).unwrap();
        // An older declaration, superseded since: in the fiscal year 2025's view, not in the current one.
        inputs.push(input(&m, id, i as i64, false, older));
        inputs.push(input(&m, id + 1, i as i64, true, demo(name)));
    }
    for fy in [None, Some(FiscalYear::starting_in(2025))] {
        let dash = dashboard(&m, &inputs, fy);
        assert!(dash.cells.len() > 3, "{fy:?}");
        for cell in &dash.cells {
            let filter = CellFilter { category: Some(cell.category.clone()), country: Some(cell.country) };
            let ids = declarations_in(&m, &inputs, fy, &filter);
            assert_eq!(ids.len(), cell.declarations, "{fy:?} {cell:?}: {ids:?}");
        }
    }
}

/// A declaration of one site (tier 1, in `country`, at `score` for both kinds) whose goods lines carry `values`.
fn one_site(id: i64, country: &str, score: f64, values: &[f64]) -> PortfolioInput {
    PortfolioInput {
        declaration_id: id,
        supplier_id: id,
        current: true,
        declaration_date: NaiveDate::from_ymd_opt(2025, 6, 1).unwrap(),
        solicitation_number: None,
        supplier_country: CountryCode::parse(country).unwrap(),
        forced: score,
        child: score,
        goods: values
            .iter()
            .map(|v| PortfolioGoods {
                item: "Widget".into(),
                description: None,
                classification: None,
                value_cad: Some(*v),
                produced_at: vec!["S1".into()],
            })
            .collect(),
        sites: vec![PortfolioSite {
            site_ref: "S1".into(),
            tier: Some(1),
            country: CountryCode::parse(country).unwrap(),
            category: None,
            forced: score,
            child: score,
        }],
    }
}

#[test]
fn a_mean_whose_exact_value_is_a_band_limit_is_that_limit_in_any_order_of_sums() {
    let m = model();
    // Σ(v·50)/Σv for 0.1 and 0.2 is 49.99999999999999 in binary floating point, a band below 50: the means are taken
    // from sums, which the database adds in its own order, and rounded to 10⁻⁹ point.
    let (a, b) = (std::hint::black_box(0.1), std::hint::black_box(0.2));
    assert!((a * 50.0 + b * 50.0) / (a + b) < 50.0);
    for values in [[0.1, 0.2, 0.7], [0.7, 0.2, 0.1], [1e9, 0.1, 0.2]] {
        let dash = dashboard(&m, &[one_site(1, "MY", 50.0, &values)], None);
        assert_eq!(dash.total.forced, 50.0, "{values:?}");
        assert_eq!(dash.total.child, 50.0);
        assert_eq!(Band::from_score(dash.total.forced), Band::High);
        assert_eq!(dash.total.high_percent(), 100.0);
        assert_eq!(dash.cells.first().unwrap().risk.forced, 50.0);
        assert_eq!(dash.trend.first().unwrap().risk.forced, 50.0);
    }
    // The same figures from sums split and added in another order, as the database may.
    let mut parts = [ShareSum::default(), ShareSum::default()];
    parts[0].add_share(0.2, 50.0, 50.0);
    parts[1].add_share(0.1, 50.0, 50.0);
    let mut sum = ShareSum::default();
    sum.merge(&parts[0]);
    sum.merge(&parts[1]);
    assert_eq!(Weighted::from_sum(&sum), Weighted { spend: 0.3, forced: 50.0, child: 50.0, high_spend: 0.3 });
    // Two declarations at 40 and 60 with the same spend: 50, a high band, on the map and in the trend.
    let dash = dashboard(&m, &[one_site(1, "MY", 40.0, &[0.1, 0.2]), one_site(2, "MY", 60.0, &[0.3])], None);
    assert_eq!(dash.total.forced, 50.0);
    assert_eq!(dash.cells.first().unwrap().declarations, 2);
    // Amounts to the millionth of a dollar: 0.1 + 0.2 is 0.3.
    assert_eq!(dash.total.spend, 0.6);
}

/// A selection without valued spend — a fiscal year without declarations, or one whose goods carry no value — has no
/// score: the page says why and shows dashes, the export leaves the scores, bands and share at high risk empty, and
/// the trend has no point for it. Nothing weighed is never "Low 0.0" or "0.0 %".
#[test]
fn a_selection_without_spend_has_no_score_on_the_page_nor_in_the_export() {
    let m = model();
    let cat = Catalog::embedded().unwrap();
    // Declarations dated in fiscal years 2025-26 (valued) and 2023-24 (goods without any value).
    let valued = one_site(1, "MY", 40.0, &[1000.0]);
    let mut unvalued = one_site(2, "IN", 70.0, &[1.0]);
    unvalued.declaration_date = NaiveDate::from_ymd_opt(2023, 7, 1).unwrap();
    unvalued.current = false;
    for g in &mut unvalued.goods {
        g.value_cad = None;
    }
    let inputs = [valued, unvalued];
    for (lang, empty_year, no_value) in [
        (Lang::En, "No declaration in fiscal year 2019-2020", "give no value for their goods"),
        (Lang::Fr, "Aucune déclaration pour l'exercice 2019-2020\u{a0}:", "ne donnent aucune valeur à leurs biens"),
    ] {
        // A year with no declaration at all.
        let fy = FiscalYear::containing(NaiveDate::from_ymd_opt(2019, 5, 1).unwrap());
        let d = dashboard(&m, &inputs, Some(fy));
        assert_eq!(d.declarations, 0);
        let v = view(&m, &cat, lang, &d, Measure::Forced);
        assert!(v.total_forced.is_none() && v.total_child.is_none() && v.high_percent.is_none(), "{v:?}");
        assert!(v.no_spend.starts_with(&empty_year.replace("2019-2020", &fy.label())), "{}", v.no_spend);
        let rows = export_rows(&m, &cat, lang, &d);
        let total = rows.iter().find(|r| r.first() == Some(&fy.label())).unwrap();
        assert!(total[5..10].iter().all(String::is_empty), "{total:?}");
        // A year whose one declaration gives its goods no value: counted, but weighed nothing.
        let fy = FiscalYear::containing(NaiveDate::from_ymd_opt(2023, 7, 1).unwrap());
        let d = dashboard(&m, &inputs, Some(fy));
        assert_eq!(d.declarations, 1);
        let v = view(&m, &cat, lang, &d, Measure::Child);
        assert!(v.total_forced.is_none() && v.high_percent.is_none(), "{v:?}");
        assert!(v.no_spend.contains(no_value), "{}", v.no_spend);
        // Its trend row is dashes and no point of the chart; the valued year keeps its score and point.
        let year = v.trend.iter().find(|t| t.href_year == fy.first_year()).unwrap();
        assert!(year.forced.is_none() && year.child.is_none() && year.high_percent.is_none() && !year.has_spend);
        let other = v.trend.iter().find(|t| t.href_year != fy.first_year()).unwrap();
        assert_eq!(other.forced.as_ref().map(|b| b.score), Some(40.0));
        assert_eq!(v.chart.forced_points.split(' ').count(), 1, "{}", v.chart.forced_points);
        let rows = export_rows(&m, &cat, lang, &d);
        let trend_rows: Vec<_> = rows.iter().filter(|r| r.first() == Some(&fy.label())).collect();
        assert!(trend_rows.iter().all(|r| r[5..10].iter().all(String::is_empty)), "{trend_rows:?}");
        let valued_row = rows.iter().find(|r| r.first() != Some(&fy.label()) && r.get(5).is_some_and(|s| s == "40.0"));
        assert!(valued_row.is_some(), "{rows:?}");
    }
}

/// A goods line whose own words and code name no category counts in the goods category of the sites that make it
/// (the declaration's goods categories), never in "goods in no category" while a site says what the goods are.
#[test]
fn a_line_its_words_place_nowhere_counts_in_the_category_of_the_sites_that_make_it() {
    let m = model();
    // The clothing bid with item names the model reads as nothing, and no code.
    let mut d = demo("polar-workwear-w0113.json");
    for (g, item) in d.goods.iter_mut().zip(["Boréal 3000, navy", "Modèle K-7, marine"]) {
        g.item = item.into();
        g.classification = None;
    }
    let i = input(&m, 1, 1, true, d);
    let (placed, _) = shares(&m, &i);
    assert!(!placed.is_empty());
    assert!(placed.iter().all(|s| s.category.as_deref() == Some("clothing")), "{placed:?}");
    let dash = dashboard(&m, std::slice::from_ref(&i), None);
    assert_eq!(dash.categories, ["clothing"]);
    // Made-up sites: a line naming two sites of two categories goes half to each; one naming none goes to the
    // tier-1 sites, each share in its site's category; a site of no category leaves its share in none.
    let mut two = one_site(2, "VN", 30.0, &[600.0]);
    two.goods[0].produced_at = vec!["S1".into(), "S2".into()];
    two.sites[0].category = Some("clothing".into());
    let mut second = two.sites[0].clone();
    second.site_ref = "S2".into();
    second.category = Some("textiles".into());
    two.sites.push(second.clone());
    let mut third = second;
    third.site_ref = "S3".into();
    third.category = None;
    two.sites.push(third);
    two.goods.push(PortfolioGoods { produced_at: Vec::new(), value_cad: Some(300.0), ..two.goods[0].clone() });
    let (placed, _) = shares(&m, &two);
    let spend_in = |c: Option<&str>| placed.iter().filter(|s| s.category.as_deref() == c).map(|s| s.value).sum::<f64>();
    assert_eq!(spend_in(Some("clothing")), 400.0, "{placed:?}");
    assert_eq!(spend_in(Some("textiles")), 400.0, "{placed:?}");
    assert_eq!(spend_in(None), 100.0, "{placed:?}");
}
