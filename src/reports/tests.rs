//! Every template renders in strict mode, in both languages, from sample view models; the catalogues agree.

use super::views::*;
use super::*;
use crate::domain::{Band, Issue};

fn sample() -> Vec<(crate::domain::Declaration, crate::domain::Assessment)> {
    let model = crate::scoring::RiskModel::embedded().unwrap();
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/demo");
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") {
            let bytes = std::fs::read(&path).unwrap();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            let parsed = crate::import::read_declaration(&name, &bytes, &crate::import::Limits::default()).unwrap();
            let assessment = model.assess(&parsed.declaration);
            out.push((parsed.declaration, assessment));
        }
    }
    assert!(!out.is_empty());
    out
}

fn row(cat: &Catalog, lang: Lang, id: i64, with_bands: bool) -> DeclarationRow {
    DeclarationRow {
        id,
        supplier_id: 7,
        supplier_name: "Cordages <Nord> & Fils".into(),
        supplier_country: "CA".into(),
        solicitation_number: if id % 2 == 0 { "W8486-240001/A".into() } else { String::new() },
        declaration_date: "2026-03-31".into(),
        received_at: "2026-04-01 10:00 UTC".into(),
        site_count: 4,
        finding_count: 2,
        forced: with_bands.then(|| BandCell::new(cat, lang, Band::High, 61.5)),
        child: with_bands.then(|| BandCell::new(cat, lang, Band::Low, 12.0)),
        superseded: id == 3,
    }
}

#[test]
fn the_catalogues_have_the_same_keys() {
    let c = Catalog::embedded().unwrap();
    assert_eq!(c.unpaired_keys(), Vec::<String>::new());
}

#[test]
fn every_key_a_template_uses_exists_in_both_languages() {
    let c = Catalog::embedded().unwrap();
    let mut missing = Vec::new();
    for name in Templates::iter() {
        let file = Templates::get(&name).unwrap();
        let text = String::from_utf8_lossy(&file.data).into_owned();
        for piece in text.split("{{t \"").skip(1) {
            let key = piece.split('"').next().unwrap();
            if !c.has(key) {
                missing.push(format!("{name}: {key}"));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:?}");
}

#[test]
fn every_template_renders_in_strict_mode_in_both_languages() {
    let r = Renderer::new().unwrap();
    let samples = sample();
    let mut rendered = std::collections::BTreeSet::new();
    for lang in [Lang::En, Lang::Fr] {
        let cat = r.catalog();
        let mut check = |name: &str, html: String| {
            assert!(html.contains(&format!("lang=\"{lang}\"")), "{name}");
            assert!(!html.contains("{{"), "{name} left a mustache");
            assert!(!html.contains("Cordages <Nord>"), "{name} did not escape HTML");
            rendered.insert(name.to_string());
        };
        let home = HomeView {
            title: "t".into(),
            solicitations: vec![SolicitationRow {
                number: "W8486-240001/A".into(),
                bid_count: 3,
                last_received: "x".into(),
            }],
            declarations: (1..=4).map(|i| row(cat, lang, i, i != 4)).collect(),
            portfolio: true,
        };
        let officer = ViewerView {
            name: "Odile <Agent>".into(),
            email: "o@example.ca".into(),
            role: "officer".into(),
            csrf: "tok".into(),
            can_portfolio: true,
            can_submit: false,
        };
        let html = r.render_for("pages/home", lang, "/?lang=fr", Some(&officer), &home).unwrap();
        assert!(html.contains("Odile &lt;Agent&gt;") && html.contains("action=\"/logout"), "{html}");
        check("pages/home", html);
        let empty = HomeView { title: "t".into(), solicitations: vec![], declarations: vec![], portfolio: false };
        let html = r.render("pages/home", lang, "/", &empty).unwrap();
        assert!(html.contains("/login"), "an anonymous page offers the sign-in link");
        let sol = SolicitationView {
            title: "t".into(),
            number: "W8486-240001/A".into(),
            bids: (1..=3).map(|i| row(cat, lang, i, true)).collect(),
            number_query: "lang=en".into(),
            comparison: super::comparison::Comparison {
                bids: vec![super::comparison::BidColumn { id: 1, supplier_name: "Cordages <Nord>".into() }],
                lines: vec![super::comparison::ComparisonLine {
                    label: "Forced".into(),
                    group: true,
                    cells: vec![
                        super::comparison::ComparisonCell {
                            band: Some(BandCell::new(cat, lang, Band::High, 61.0)),
                            text: String::new(),
                        },
                        super::comparison::ComparisonCell { band: None, text: "=cmd".into() },
                    ],
                }],
            },
        };
        check("pages/solicitation", r.render("pages/solicitation", lang, "/", &sol).unwrap());
        for (i, (d, a)) in samples.iter().enumerate() {
            let meta = DeclarationMeta {
                id: i as i64 + 1,
                file_name: "decl.xlsx".into(),
                sha256: "00".into(),
                received_at: "now".into(),
                superseded_by: (i == 0).then_some(9),
                warnings: crate::reports::views::issue_rows(
                    lang,
                    &[crate::domain::Issue::warning(
                        "PlacesOfWork!H1",
                        Some("Colour"),
                        "Unknown column",
                        "Colonne inconnue",
                    )],
                ),
            };
            let view = declaration_view(cat, lang, d, a, Some(meta));
            let html =
                r.render("pages/declaration", lang, "/", &DeclarationPage { title: "t".into(), decl: view.clone() });
            check("pages/declaration", html.unwrap());
            let report = ReportPage { title: "t".into(), generated_at: "now".into(), css: "body{}".into(), decl: view };
            let html = r.render("reports/declaration", lang, "", &report).unwrap();
            assert!(!html.contains("<link") && !html.contains("<script"));
            check("reports/declaration", html);
        }
        let issues = [
            Issue::error("PlacesOfWork!K12", Some("Country"), "bad <country>", "pays <invalide>"),
            Issue::warning("Goods", None, "unknown column", "colonne inconnue"),
        ];
        let upload = UploadView {
            title: "t".into(),
            file_name: "x.xlsx".into(),
            errors: issue_rows(lang, &issues[..1]),
            warnings: issue_rows(lang, &issues[1..]),
            max_mib: 64,
            csrf: "tok".into(),
        };
        let html = r.render("pages/upload", lang, "/", &upload).unwrap();
        assert!(html.contains("PlacesOfWork!K12") && !html.contains("<country>") && !html.contains("<invalide>"));
        check("pages/upload", html);
        let login = LoginView {
            title: "t".into(),
            email: "a@b.ca".into(),
            next: "/".into(),
            csrf: "tok".into(),
            error: "login.failed".into(),
        };
        let html = r.render("pages/login", lang, "/login", &login).unwrap();
        assert!(html.contains("name=\"csrf\" value=\"tok\"") && html.contains("role=\"alert\""));
        check("pages/login", html);
        let supplier = SupplierHistoryView {
            title: "t".into(),
            legal_name: "Cordages <Nord>".into(),
            business_number: "842310575".into(),
            country: "CA".into(),
            declarations: (1..=3).map(|i| row(cat, lang, i, true)).collect(),
        };
        check("pages/supplier", r.render("pages/supplier", lang, "/", &supplier).unwrap());
        let err = ErrorPage { title: "t".into(), message: "m".into() };
        check("pages/error", r.render("pages/error", lang, "/", &err).unwrap());
        // The supply graph's pages (their views live in `web::graph`; the same shapes here).
        let (d, a) = &samples[samples.len() - 1];
        let picture = super::chain::picture(d, a, lang, &|k: &str| cat.get(lang, k).to_string());
        let chain = serde_json::json!({"title": "t", "declaration_id": 1, "supplier_name": "S <x>", "site_count": d.places_of_work.len(), "picture": picture});
        let html = r.render("pages/chain", lang, "/", &chain).unwrap();
        assert!(html.contains("<svg class=\"chain\"") && !html.contains("S <x>"));
        assert_eq!(html.matches("class=\"chain-site\"").count(), d.places_of_work.len());
        check("pages/chain", html);
        let facility = serde_json::json!({"id": "ab12", "key": "na:BD:x:y", "name": "Mill <1>", "address": "1 Rd", "city": "Dhaka",
            "country": "BD", "os_id": null, "forced_labour": 61.5, "child_labour": 20.0, "declarations": 2, "suppliers": 2});
        let meta = serde_json::json!({"id": 1, "supplier_id": 1, "supplier_name": "S", "business_number": null, "solicitation_number": "W1"});
        let overview = serde_json::json!({"title": "t", "query": "mill", "facilities": 3, "links": 2, "declarations": 2,
            "results": [facility], "shared": [facility], "can_decide": true, "proposals": 1,
            "cycles": [{"facilities": [facility, facility], "declarations": [meta], "only_across_declarations": true}],
            "gaps": [{"declaration": meta, "site_ref": "MILL", "site": facility, "known_suppliers": 1, "highest_supplier_score": 80.0}]});
        let html = r.render("pages/graph", lang, "/", &overview).unwrap();
        assert!(!html.contains("Mill <1>"));
        check("pages/graph", html);
        let site = serde_json::json!({"title": "t", "facility": facility, "goods": "shirts", "category": null, "operator": "Op",
            "explanation": [{"kind": "forced_labour", "score": 61.5, "own": 10.0, "input": 0.0, "carried_from": facility, "carried": 51.5},
                            {"kind": "child_labour", "score": 20.0, "own": 20.0, "input": 0.0, "carried_from": null, "carried": 0.0}],
            "suppliers": [facility], "customers": [],
            "exposure": [{"declaration": meta, "declared_directly": false, "path": [facility, facility]}],
            "contracts": [{"id": 1, "number": "C1", "title": "Shirts", "supplier_name": "S", "business_number": "842310575", "awarded_on": "2025-05-01"}]});
        check("pages/graph-site", r.render("pages/graph-site", lang, "/", &site).unwrap());
        let matches = serde_json::json!({"title": "t", "csrf": "tok", "proposals": [{"a": facility, "b": facility, "reason": "same_name"}]});
        let html = r.render("pages/graph-matches", lang, "/", &matches).unwrap();
        assert!(html.contains("name=\"key_a\" value=\"na:BD:x:y\""));
        check("pages/graph-matches", html);
        // The portfolio dashboard, from the demo declarations (one of them superseded), both measures.
        let model = crate::scoring::RiskModel::embedded().unwrap();
        let inputs: Vec<super::portfolio::PortfolioInput> = samples
            .iter()
            .enumerate()
            .map(|(i, (d, a))| super::portfolio::PortfolioInput::new(i as i64, i as i64, i != 0, d, a))
            .collect();
        let dash = super::portfolio::dashboard(&model, &inputs, None);
        for measure in [super::portfolio::Measure::Forced, super::portfolio::Measure::Child] {
            let view = super::portfolio::view(&model, cat, lang, &dash, measure);
            let html = r.render("pages/portfolio", lang, "/", &view).unwrap();
            assert!(html.contains("<table class=\"data heat\"") && html.contains("<svg viewBox"), "{html}");
            assert_eq!(html.matches("<td class=\"heat-cell").count(), dash.cells.len());
            check("pages/portfolio", html);
        }
        // Contracts and cases: every kind of record entry, the full and the supplier's view, the dossier.
        {
            use super::casefile;
            use crate::cases::*;
            use crate::storage::{StoredCase, StoredCaseEvent, StoredContract};
            let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
            let contract = StoredContract {
                id: 3,
                contract: Contract {
                    number: "W0113-25<1>".into(),
                    kind: ContractKind::StandingOffer,
                    title: "Cordages <Nord> shirts".into(),
                    business_number: "842310575".into(),
                    supplier_name: "Cordages <Nord>".into(),
                    goods_category: "clothing".into(),
                    value_cad: 1_250_000.0,
                    awarded_on: day("2025-05-01"),
                    ends_on: Some(day("2027-04-30")),
                    overrides: vec![],
                },
                created_at: chrono::Utc::now(),
            };
            let at = chrono::Utc::now();
            let ev = |id: i64, event: CaseEvent| StoredCaseEvent {
                id,
                recorded_by: "a@b.ca".into(),
                recorded_at: at,
                event,
            };
            let case = StoredCase {
                id: 1,
                contract_id: 3,
                title: "Cordages <Nord> allegation".into(),
                opened_by: "auditor@x.ca".into(),
                opened_at: at,
                events: vec![
                    ev(
                        1,
                        CaseEvent::Evidence(Evidence {
                            kind: EvidenceKind::CredibleReport,
                            source: "Report <2026>".into(),
                            dated: day("2026-01-10"),
                            indicators: vec![IloIndicator::DebtBondage],
                            credibility: Credibility::High,
                            sites: vec!["4/VN-CMT".into(), "9/NOPE".into()],
                            summary: "Cordages <Nord> summary".into(),
                        }),
                    ),
                    ev(
                        2,
                        CaseEvent::Notice(Notice {
                            sent_on: day("2026-02-01"),
                            respond_by: day("2026-02-15"),
                            subject: "S".into(),
                            body: "B".into(),
                        }),
                    ),
                    ev(
                        3,
                        CaseEvent::Response(Response {
                            notice_seq: 2,
                            received_on: day("2026-02-10"),
                            text: "R".into(),
                        }),
                    ),
                    ev(
                        4,
                        CaseEvent::ActionPlan(ActionPlan {
                            milestones: vec![Milestone {
                                description: "M".into(),
                                due: day("2026-06-01"),
                                done_on: Some(day("2026-05-20")),
                            }],
                        }),
                    ),
                    ev(
                        5,
                        CaseEvent::Decision(Decision {
                            outcome: Outcome::Remediate,
                            decided_on: day("2026-03-01"),
                            rationale: "Why".into(),
                            isp_referral: false,
                        }),
                    ),
                ],
            };
            let site = |r: &str| casefile::SiteLink {
                reference: r.into(),
                name: "Mill <1>".into(),
                facility: (r == "4/VN-CMT").then(|| "ab12".to_string()),
            };
            let today = day("2026-11-23");
            let cview = casefile::contract_view(cat, lang, &contract, "Clothing", vec![1]);
            let contracts = serde_json::json!({"title": "t", "csrf": "tok", "can_record": true, "contracts": [cview],
                "kinds": [{"value": "contract", "label": "C", "selected": true}], "categories": [{"value": "clothing", "label": "Clothing", "selected": false}],
                "draft": {"csrf": "", "number": "N<1>", "kind": "", "title": "", "business_number": "", "supplier_name": "", "goods_category": "", "value_cad": "", "awarded_on": "", "ends_on": ""},
                "errors": ["value_cad: bad"]});
            let html = r.render("pages/contracts", lang, "/", &contracts).unwrap();
            assert!(html.contains("role=\"alert\"") && html.contains("N&lt;1&gt;"));
            check("pages/contracts", html);
            let one = serde_json::json!({"title": "t", "csrf": "tok", "can_open": true, "contract": cview, "case_title": "",
                "cases": [{"id": 1, "title": "Cordages <Nord>", "opened_on": "2026-01-01", "decided": false, "overdue": 1}], "errors": []});
            check("pages/contract", r.render("pages/contract", lang, "/", &one).unwrap());
            for full in [true, false] {
                let view = casefile::case_view(cat, lang, &case, (&contract, cview.clone()), today, full, &site);
                assert_eq!(view.record.len(), if full { 5 } else { 3 });
                assert_eq!(view.checklist.is_some(), full);
                let draft = casefile::Draft {
                    kind: "evidence".into(),
                    indicators: vec!["debt_bondage".into()],
                    ..Default::default()
                };
                let choices = casefile::form_choices(cat, lang, &draft, vec![("4/VN-CMT".into(), "Mill <1>".into())]);
                let page = serde_json::json!({"title": "t", "csrf": "tok", "case": view, "can_manage": full, "can_respond": !full,
                    "can_dossier": full, "choices": choices, "draft": draft, "errors": ["x"], "today": "2026-11-23"});
                let html = r.render("pages/case", lang, "/", &page).unwrap();
                assert_eq!(html.contains("href=\"/graph/sites/ab12\""), full, "evidence links its site to the graph");
                assert_eq!(html.contains("value=\"debt_bondage\" checked"), full);
                check("pages/case", html);
            }
            let view = casefile::case_view(cat, lang, &case, (&contract, cview.clone()), today, true, &site);
            let (d, a) = &samples[0];
            let band = BandCell::new(cat, lang, Band::High, 61.0);
            let dossier = serde_json::json!({"title": "t", "generated_at": "now", "generated_by": "Au <ditor>", "css": "body{}", "case": view,
                "declarations": [{"id": 4, "declaration_date": "2026-01-01", "received_at": "x", "solicitation_number": "W1", "file_name": "f<1>.xlsx",
                    "sha256": "00", "superseded": true, "site_count": 3,
                    "assessments": [{"assessed_at": "x", "model_version": "m1", "forced": band, "child": band},
                                    {"assessed_at": "y", "model_version": "m2", "forced": band, "child": band}],
                    "sites": [{"tier": "1", "site": "Mill <1> (M1)", "country_name": "Viet Nam", "forced": band, "child": band}]}],
                "current": declaration_view(cat, lang, d, a, None),
                "audit": [{"seq": 1, "at": "x", "actor": "a", "action": "case.opened", "hash": "ab"}]});
            let figures = crate::cases::s211::figures(
                2026,
                &crate::cases::s211::S211Input {
                    contracts: std::slice::from_ref(&contract.contract),
                    declarations: &crate::cases::s211::DeclarationCounts::count(
                        2026,
                        &[(day("2026-05-01"), 4, Some(a))],
                    ),
                    cases: &[(day("2026-06-01"), &[])],
                },
            );
            let s211 = casefile::s211_view(cat, lang, &figures, &[2026, 2025], &|c: &str| format!("<{c}>"));
            assert!(!s211.assessments.is_empty() && s211.facts.iter().any(|l| l.value == "4"));
            let html = r.render("pages/s211", lang, "/", &s211).unwrap();
            assert!(html.contains("<option value=\"2026\" selected>") && !html.contains("<clothing>"));
            check("pages/s211", html);
            let html = r.render("reports/dossier", lang, "", &dossier).unwrap();
            assert!(!html.contains("<link") && !html.contains("<script") && html.contains("Content-Security-Policy"));
            check("reports/dossier", html);
        }
        let empty = super::portfolio::dashboard(&model, &[], None);
        let html = r.render(
            "pages/portfolio",
            lang,
            "/",
            &super::portfolio::view(&model, cat, lang, &empty, super::portfolio::Measure::Forced),
        );
        assert!(html.unwrap().contains(cat.get(lang, "dashboard.empty")));
    }
    let pages: Vec<String> =
        r.template_names().into_iter().filter(|n| n.starts_with("pages/") || n.starts_with("reports/")).collect();
    let rendered: Vec<String> = rendered.into_iter().collect();
    assert_eq!(pages, rendered, "every page and report template has a sample here");
}

#[test]
fn numbers_follow_each_languages_convention() {
    assert_eq!(helpers::format_number(Lang::En, 42.34, 1), "42.3");
    assert_eq!(helpers::format_number(Lang::Fr, 42.5, 1), "42,5");
    assert_eq!(helpers::format_money(Lang::En, 1_234_567.4), "$1,234,567");
    assert_eq!(helpers::format_money(Lang::Fr, 1_234_567.6), "1\u{202f}234\u{202f}568\u{a0}$");
    assert_eq!(helpers::format_money(Lang::En, 999.0), "$999");
    assert_eq!(helpers::format_money(Lang::Fr, 0.0), "0\u{a0}$");
}

#[test]
fn every_label_of_a_case_enumeration_is_in_both_catalogues() {
    let c = Catalog::embedded().unwrap();
    let missing: Vec<String> = super::casefile::enum_keys().into_iter().filter(|k| !c.has(k)).collect();
    assert!(missing.is_empty(), "{missing:?}");
}
