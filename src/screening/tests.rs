use chrono::NaiveDate;

use super::parse::{parse, split_name};
use super::*;

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{}/supplier_data/screening/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

fn by_name<'a>(entries: &'a [Entry], name: &str) -> &'a Entry {
    entries.iter().find(|e| e.name == name).unwrap_or_else(|| panic!("{name} not in {entries:#?}"))
}

#[test]
fn names_written_with_aliases_former_names_and_subsidiaries_are_split() {
    let s = split_name("Xinjiang Zephyr Cotton Textile Co., Ltd. (also known as Zephyr Cotton Group; ZCG)");
    assert_eq!(s.name, "Xinjiang Zephyr Cotton Textile Co., Ltd.");
    assert_eq!(s.aliases, ["Zephyr Cotton Group", "ZCG"]);
    let s = split_name("Aksu Yarn Company (formerly known as Aksu Bright Spinning Mill) and its subsidiaries");
    assert_eq!(s.name, "Aksu Yarn Company");
    assert_eq!(s.former_names, ["Aksu Bright Spinning Mill"]);
    assert!(s.subsidiaries);
    let s = split_name("Xinjiang Production and Construction Corps (XPCC), including its subsidiaries");
    assert_eq!(s.name, "Xinjiang Production and Construction Corps");
    assert_eq!(s.aliases, ["XPCC"]);
    assert!(s.subsidiaries);
    let s = split_name("Heron Quartz, also known as Heron Silica; Heron Sand");
    assert_eq!(s.name, "Heron Quartz");
    assert_eq!(s.aliases, ["Heron Silica", "Heron Sand"]);
    let s = split_name("Plain Name Ltd.");
    assert_eq!((s.name.as_str(), s.aliases.len(), s.subsidiaries), ("Plain Name Ltd.", 0, false));
}

/// The subsidiaries the UFLPA Entity List names inside an entry's name (`(and its subsidiaries, A and B)`, `and its
/// subsidiaries: A, B, and C`) are aliases of the entry, each split on its own (`formerly known as`), the entry still
/// listed "and its subsidiaries"; an `and` inside a name (`Production and Construction`, `Lint and Seed`) parts
/// nothing.
#[test]
fn the_subsidiaries_an_uflpa_entry_names_are_its_aliases() {
    let entries = parse(ListKind::Uflpa, &fixture("uflpa_entity_list_subsidiaries.html")).unwrap();
    assert_eq!(entries.len(), 5, "{entries:#?}");
    let w = by_name(&entries, "Xinjiang Fictive Wool Textile Co., Ltd.");
    assert!(w.subsidiaries);
    assert_eq!(w.aliases, ["Hetian Fictive Carpet Co., Ltd.", "Kashgar Fictive Yarn Co., Ltd."]);
    let c = by_name(&entries, "Changji Fictive Chemical Group Co., Ltd.");
    assert!(c.subsidiaries);
    assert_eq!(
        c.aliases,
        ["Changji Fictive Silicon Co., Ltd.", "Changji Fictive Salt Co., Ltd.", "Changji Fictive Energy Co., Ltd."]
    );
    let t = by_name(&entries, "Turpan Fictive Grape Products Company");
    assert!(t.subsidiaries);
    assert_eq!(t.aliases, ["Turpan Fictive Raisin Company", "Shanshan Fictive Wine Company"]);
    assert_eq!(t.former_names, ["Turpan Fictive Dried Fruit Company"]);
    let f = by_name(&entries, "Fictive Production and Construction Corps");
    assert!(f.subsidiaries);
    assert_eq!(f.aliases, ["FPCC"]);
    let b = by_name(&entries, "Bayingol Fictive Cotton Ginning Factory");
    assert_eq!(b.aliases, ["Korla Fictive Lint and Seed Co., Ltd.", "Luntai Fictive Gin Co., Ltd."]);
    let s =
        split_name("Alpha Fictive Textile Co., Ltd. (and its subsidiaries, Beta Fictive Yarn and Gamma Fictive Dye)");
    assert_eq!(
        s.aliases,
        ["Beta Fictive Yarn", "Gamma Fictive Dye", "Beta Fictive Yarn and Gamma Fictive Dye"],
        "no legal form: both names, and the whole in case `and` was a word of one"
    );
    let s = split_name("Alpha Fictive Textile Co., Ltd. (and its subsidiaries, Beta Lint and Seed)");
    assert_eq!(s.aliases, ["Beta Lint and Seed"]);
    // A subsidiary named is found by its own name.
    let ix = crate::screening::matching::ListIndex::new(&entries, day("2026-11-29"));
    let mut hits = Vec::new();
    let party = crate::screening::matching::Party {
        kind: crate::screening::matching::PartyKind::Site,
        key: "t".into(),
        name: "Kashgar Fictive Yarn Company Limited".into(),
        business_number: None,
        country: CountryCode::parse("CN"),
        os_id: None,
        address: None,
        city: None,
        goods: None,
        site_ref: None,
    };
    ix.match_party(&party, 0, &mut hits);
    let found: Vec<&str> = hits.iter().map(|h| ix.entries()[h.entry].name.as_str()).collect();
    assert_eq!(found, ["Xinjiang Fictive Wool Textile Co., Ltd."]);
}

#[test]
fn the_uflpa_page_is_read_table_by_section() {
    let entries = parse(ListKind::Uflpa, &fixture("uflpa_entity_list_2026-10.html")).unwrap();
    assert_eq!(entries.len(), 7, "{entries:#?}");
    let z = by_name(&entries, "Xinjiang Zephyr Cotton Textile Co., Ltd.");
    assert_eq!(z.section.as_deref(), Some("2(d)(2)(B)(i)"));
    assert_eq!(z.aliases, ["Zephyr Cotton Group"]);
    assert_eq!(z.effective, Some(day("2022-06-21")));
    assert_eq!(z.country, None, "the page gives no country");
    let h = by_name(&entries, "Hotan Lumen Polysilicon Industry Co., Ltd.");
    assert!(h.subsidiaries);
    assert_eq!(h.effective, Some(day("2022-06-21")), "US numeric dates are month first");
    let k = by_name(&entries, "Karamay Borealis Labour Services Bureau");
    assert_eq!(k.section.as_deref(), Some("2(d)(2)(B)(ii)"));
    assert_eq!(k.aliases, ["KBLSB"]);
    let x = by_name(&entries, "新疆虚构棉业有限公司");
    assert_eq!(x.section.as_deref(), Some("2(d)(2)(B)(v)"));
    assert_eq!(x.aliases, ["Xinjiang Xugou Mianye", "Xinjiang Fictive Cotton Industry"]);
    let keys: std::collections::BTreeSet<_> = entries.iter().map(|e| e.key.as_str()).collect();
    assert_eq!(keys.len(), entries.len(), "keys are unique");
}

#[test]
fn the_uflpa_tables_saved_as_csv_read_the_same() {
    let csv = "Section,Entity Name,Effective Date\n(i),Hotan Lumen Polysilicon Industry Co. and its subsidiaries,06/21/2022\n\
               2(d)(2)(B)(iv),Ningbo Corvid Garment Trading Co.,2024-05-09\n";
    let entries = parse(ListKind::Uflpa, csv.as_bytes()).unwrap();
    assert_eq!(entries[0].section.as_deref(), Some("2(d)(2)(B)(i)"));
    assert!(entries[0].subsidiaries);
    assert_eq!(entries[1].section.as_deref(), Some("2(d)(2)(B)(iv)"));
    assert_eq!(entries[1].effective, Some(day("2024-05-09")));
}

/// Section 2(d)(2)(B)(iii) of the Act lists products, not entities: an entity placed under it, in the CSV tables or
/// under a heading of the web page, refuses the file at its line, and any other clause is no section at all.
#[test]
fn an_entity_under_the_products_clause_or_no_clause_of_the_act_is_refused_at_its_line() {
    for (file, line) in [
        ("Section,Entity Name\n(i),Alpha Co.\n(iii),Beta Co.\n".to_string(), 3),
        ("Section,Entity Name\n2(d)(2)(B)(iii),Beta Co.\n".to_string(), 2),
        ("Section,Entity Name\nSection 2(d)(2)(B)(iii),Beta Co.\n".to_string(), 2),
        (
            "<html><h2>Section 2(d)(2)(B)(iii): products</h2>\n<table><tr><th>Entity Name</th></tr>\n\
             <tr><td>Beta Co.</td></tr></table></html>"
                .to_string(),
            3,
        ),
    ] {
        let problems = parse(ListKind::Uflpa, file.as_bytes()).unwrap_err();
        assert_eq!(problems.len(), 1, "{file}: {problems:?}");
        let p = &problems[0];
        assert_eq!(p.line, line, "{file}");
        assert!(p.message_en.contains("lists products, not entities"), "{}", p.message_en);
        assert!(p.message_fr.contains("énumère des produits"), "{}", p.message_fr);
    }
    for clause in ["(vi)", "(iiii)", "2(d)(2)(A)(i)"] {
        let problems =
            parse(ListKind::Uflpa, format!("Section,Entity Name\n{clause},Beta Co.\n").as_bytes()).unwrap_err();
        assert!(problems[0].message_en.contains("is not a section of the Act"), "{clause}: {problems:?}");
        assert!(!problems[0].message_en.contains("(iii)"), "{clause}: (iii) is no longer offered");
    }
}

#[test]
fn cbp_rows_with_several_entities_or_a_whole_region_are_split_and_flagged() {
    let entries = parse(ListKind::CbpWro, &fixture("cbp_wro_findings.csv")).unwrap();
    let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    assert!(
        names.contains(&"Lumen Silicon Materials Co.") && names.contains(&"Heron Quartz Products Co."),
        "{names:?}"
    );
    let regions: Vec<&Entry> = entries.iter().filter(|e| e.scope == EntryScope::RegionOrIndustry).collect();
    assert_eq!(regions.len(), 2, "{regions:#?}");
    assert!(regions.iter().any(|e| e.country == CountryCode::parse("TM") && e.industry.as_deref() == Some("Cotton")));
    let v = by_name(&entries, "Vireo Gloves Sdn. Bhd.");
    assert_eq!(v.section.as_deref(), Some("Finding"));
    assert_eq!(v.effective, Some(day("2020-09-30")));
    let today = day("2026-11-29");
    assert!(v.in_force(today));
    assert!(!by_name(&entries, "Pelican Palm Oil Bhd.").in_force(today), "a revoked order is not in force");
    assert!(by_name(&entries, "Central Azucarera Ficticia S.A.").in_force(today), "a modified order still is");
}

#[test]
fn pspc_periods_decide_what_is_in_force() {
    let entries = parse(ListKind::PspcIneligible, &fixture("pspc_ineligible_suspended.csv")).unwrap();
    assert_eq!(entries.len(), 3);
    let today = day("2026-11-29");
    let g = by_name(&entries, "Gannet Uniform Supply Inc.");
    assert!(g.in_force(today));
    assert_eq!(g.country, Some(CountryCode::CANADA));
    assert_eq!(g.section.as_deref(), Some("Ineligible"));
    let o = by_name(&entries, "Osprey Rope & Cordage Ltd.");
    assert_eq!(o.former_names, ["Osprey Marine Lines Ltd."]);
    assert!(!by_name(&entries, "Petrel Office Furniture Corp.").in_force(today), "the period ended");
    let french = "Nom du fournisseur;Adresse;Type;Période;Motif\nFou Inc.;1 rue X, Laval, Canada;Inadmissible;2025-01-01 au 2030-01-01;Motif\n";
    let f = parse(ListKind::PspcIneligible, french.as_bytes()).unwrap();
    assert_eq!((f[0].effective, f[0].ends), (Some(day("2025-01-01")), Some(day("2030-01-01"))));
}

#[test]
fn opensanctions_lines_give_organisations_with_identifiers_and_people() {
    let entries = parse(ListKind::Opensanctions, &fixture("opensanctions_entities.ftm.json")).unwrap();
    let keys: Vec<&str> = entries.iter().map(|e| e.key.as_str()).collect();
    assert_eq!(
        keys,
        ["NK-fict0001", "NK-fict0002", "NK-fict0003", "NK-fict0004", "NK-fict0006"],
        "non-targets and addresses are skipped"
    );
    assert!(entries[..3].iter().all(|e| e.scope == crate::screening::EntryScope::Entity));
    let ivan = &entries[3];
    assert_eq!(ivan.scope, crate::screening::EntryScope::Person);
    assert_eq!(ivan.name, "Ivan Fictionalov");
    assert_eq!(ivan.aliases, ["Иван Фикционалов"]);
    assert_eq!(ivan.birth_date.as_deref(), Some("1968-04-12"));
    assert_eq!(ivan.country, CountryCode::parse("RU"), "from the nationality");
    assert_eq!(ivan.reason.as_deref(), Some("sanction, role.oligarch"), "the topics");
    let marguerite = &entries[4];
    assert_eq!((marguerite.birth_date.as_deref(), marguerite.country), (Some("1971"), CountryCode::parse("CA")));
    assert_eq!(marguerite.business_number, None);
    // A person named by parts only, and one without any name.
    let parts = r#"{"id":"p1","schema":"Person","properties":{"firstName":["Ana"],"lastName":["Ficta"]}}"#;
    assert_eq!(parse(ListKind::Opensanctions, parts.as_bytes()).unwrap()[0].name, "Ana Ficta");
    let nameless = r#"{"id":"p2","schema":"Person","properties":{"birthDate":["1980"]}}"#;
    let problems = parse(ListKind::Opensanctions, nameless.as_bytes()).unwrap_err();
    assert_eq!(problems[0].message_fr, "une personne sans nom");
    let k = &entries[0];
    assert_eq!(k.aliases, ["Kestrel Mining"]);
    assert_eq!(k.country, CountryCode::parse("CD"));
    assert_eq!(k.identifiers, ["CD/KIN/RCCM/00-B-0001"]);
    assert_eq!(k.section.as_deref(), Some("fictional_sanctions"));
    assert_eq!(entries[2].business_number.as_deref(), Some("123456782"), "a Canadian tax number that is a BN");
}

#[test]
fn person_entries_are_diffed_like_any_other() {
    let all = parse(ListKind::Opensanctions, &fixture("opensanctions_entities.ftm.json")).unwrap();
    let mut later = all.clone();
    later.retain(|e| e.key != "NK-fict0006");
    if let Some(ivan) = later.iter_mut().find(|e| e.key == "NK-fict0004") {
        ivan.birth_date = Some("1968-04-21".into());
    }
    let d = crate::screening::diff(Some(1), &all, &later);
    assert_eq!(d.removed.iter().map(|r| r.name.as_str()).collect::<Vec<_>>(), ["Marguerite Fictive-Tremblay"]);
    assert_eq!(d.changed.len(), 1);
    assert_eq!(d.changed[0].fields, ["birth_date"]);
    // An organisation's stored document has no `birth_date`: its content hash is the one it had before the field.
    assert!(!serde_json::to_string(&all[0]).unwrap().contains("birth_date"));
}

#[test]
fn the_watch_list_reads_identifiers_and_aliases() {
    let entries = parse(ListKind::Watchlist, &fixture("watchlist.csv")).unwrap();
    assert_eq!(entries.len(), 3);
    assert_eq!(entries[0].key, "W-001");
    assert_eq!(entries[0].os_id.as_deref(), Some("IN2026121FICT01"));
    assert_eq!(entries[0].aliases, ["Albatross Dyeing"]);
    assert_eq!(entries[2].business_number.as_deref(), Some("100000009"));
}

/// An OS ID no declaration could carry (the intake's shape: 15 characters, two letters, seven digits, six letters or
/// digits) is refused at its line and column, in English and French, and nothing of the edition is read.
#[test]
fn a_watch_list_os_id_of_another_shape_than_the_intake_reads_is_refused_at_its_cell() {
    for os_id in
        ["MY2023114KXQ7", "MY2023114KXQ7PLX", "MYA023114KXQ7PL", "123456789012345", "M12023114KXQ7PL", "MY20231"]
    {
        let csv = format!("id,name,country,os_id\nW-1,A Ltd,MY,MY2023114KXQ7PL\nW-2,B Ltd,MY,{os_id}\n");
        let p = parse(ListKind::Watchlist, csv.as_bytes()).expect_err(&csv);
        assert_eq!(places(&p), [(3, Some(4), Some("os_id"))], "{csv}: {p:#?}");
        assert!(p[0].message_en.contains(os_id) && p[0].message_en.contains("15 characters"), "{}", p[0].message_en);
        assert!(
            p[0].message_fr.contains(os_id) && p[0].message_fr.contains("15\u{a0}caractères"),
            "{}",
            p[0].message_fr
        );
    }
}

#[test]
fn a_watch_list_os_id_of_another_country_than_its_entry_or_of_no_country_is_refused_naming_both() {
    for (country, os_id, says_en, says_fr) in [
        ("IN", "CN2019303BQ3FZP", ["in China (CN)", "is in India (IN)"], ["en Chine (CN)", "en Inde (IN)"]),
        ("VN", "kh2022200aaa111", ["in Cambodia (KH)", "(VN)"], ["au Cambodge (KH)", "(VN)"]),
        ("CA", "ZZ2019303BQ3FZP", ["“ZZ” is no country", "ZZ2019303BQ3FZP"], ["«\u{a0}ZZ\u{a0}»", "ZZ2019303BQ3FZP"]),
        ("GB", "UK2021001ABC123", ["“UK” is no country", "UK2021001ABC123"], ["«\u{a0}UK\u{a0}»", "UK2021001ABC123"]),
    ] {
        let csv = format!("id,name,country,os_id\nW-1,A Ltd,{country},{os_id}\n");
        let p = parse(ListKind::Watchlist, csv.as_bytes()).expect_err(&csv);
        assert_eq!(places(&p), [(2, Some(4), Some("os_id"))], "{csv}: {p:#?}");
        for (said, words) in [(&p[0].message_en, says_en), (&p[0].message_fr, says_fr)] {
            assert!(words.iter().all(|w| said.contains(w)), "{csv}: {said}");
        }
        assert!(!p[0].message_fr.contains(" :") && !p[0].message_fr.contains("« "), "{}", p[0].message_fr);
    }
    // The entry's own country, or an entry whose country is not given as a code: the id is read, in capitals.
    for (country, os_id) in [("MY", "my2023114kxq7pl"), ("Malaysia", "MY2023114KXQ7PL"), ("KHM", "KH2022200AAA111")] {
        let csv = format!("id,name,country,os_id\nW-1,A Ltd,{country},{os_id}\n");
        let e = parse(ListKind::Watchlist, csv.as_bytes()).unwrap_or_else(|p| panic!("{csv}: {p:#?}"));
        assert_eq!(e[0].os_id.as_deref(), Some(os_id.to_ascii_uppercase().as_str()), "{csv}");
    }
}

#[test]
fn a_country_with_a_stray_mark_is_refused_with_the_country_it_looks_like_in_every_list() {
    for (typed, stray, en, fr) in [
        ("Malaysia🧤", "🧤", "Malaysia", "Malaisie"),
        ("Canada ✓", "✓", "Canada", "Canada"),
        ("MY?", "?", "Malaysia", "Malaisie"),
        ("China*", "*", "China", "Chine"),
        ("India 2", "2", "India", "Inde"),
    ] {
        let watch = format!("name,country\nGood Co,CA\nBad Co,{typed}\n");
        let cbp = format!(
            "Date,Country,Entity,Industry,Status,WRO/Finding\n09/30/2020,{typed},Vireo Gloves,Gloves,Active,Finding\n"
        );
        for (kind, csv, line) in [(ListKind::Watchlist, watch, 3), (ListKind::CbpWro, cbp, 2)] {
            let problems = parse(kind, csv.as_bytes()).unwrap_err();
            let p = problems
                .iter()
                .find(|p| p.line == line && p.field.as_deref().is_some_and(|f| f.eq_ignore_ascii_case("country")))
                .unwrap_or_else(|| panic!("{typed}: {problems:#?}"));
            assert!(p.message_en.contains(&format!("holds “{stray}”")), "{p:?}");
            assert!(p.message_en.contains(&format!("did you mean {en}?")), "{p:?}");
            assert!(p.message_fr.contains(&format!("vouliez-vous dire {fr}\u{202f}?")), "{p:?}");
        }
    }
    // Names and codes as people write them are still read.
    let entries = parse(
        ListKind::Watchlist,
        "name,country\nA Co,Côte d’Ivoire\nB Co,MYS\nC Co,Korea, Republic of\n"
            .replace("Korea, Republic of", "\"Korea, Republic of\"")
            .as_bytes(),
    )
    .unwrap();
    let codes: Vec<String> = entries.iter().map(|e| e.country.map(|c| c.to_string()).unwrap_or_default()).collect();
    assert_eq!(codes, ["CI", "MY", "KR"]);
}

#[test]
fn a_file_with_problems_is_refused_whole_with_each_line_named() {
    let csv = "name,country,business_number,effective\nGood Co,CA,,2026-01-01\nBad Co,Narnia,12345,someday\n";
    let problems = parse(ListKind::Watchlist, csv.as_bytes()).unwrap_err();
    let fields: Vec<(usize, Option<&str>)> = problems.iter().map(|p| (p.line, p.field.as_deref())).collect();
    assert_eq!(fields, [(3, Some("country")), (3, Some("effective")), (3, Some("business_number"))], "{problems:#?}");
    assert!(problems.iter().all(|p| !p.message_en.is_empty() && !p.message_fr.is_empty()));
    let problems = parse(ListKind::CbpWro, b"foo,bar\n1,2\n").unwrap_err();
    assert!(problems.iter().any(|p| p.field.as_deref() == Some("Entity")), "{problems:#?}");
    let problems =
        parse(ListKind::Opensanctions, b"{\"id\": \"x\", \"schema\": \"Company\", \"properties\": {}}\nnot json\n")
            .unwrap_err();
    assert_eq!(problems.iter().map(|p| p.line).collect::<Vec<_>>(), [1, 2]);
    assert!(parse(ListKind::Uflpa, b"<html><body><p>nothing</p></body></html>").is_err(), "no entries is refused");
}

#[test]
fn a_new_edition_is_diffed_entry_by_entry() {
    let old = parse(ListKind::Uflpa, &fixture("uflpa_entity_list_2026-10.html")).unwrap();
    let new = parse(ListKind::Uflpa, &fixture("uflpa_entity_list_2026-11.html")).unwrap();
    let d = diff(Some(1), &old, &new);
    assert_eq!(
        d.added.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(),
        ["Turpan Saffron Solar Materials Co., Ltd."]
    );
    assert_eq!(
        d.removed.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(),
        ["Karamay Borealis Labour Services Bureau"]
    );
    assert_eq!(d.changed.len(), 1, "{d:#?}");
    assert_eq!(d.changed[0].name, "Ningbo Corvid Garment Trading Co., Ltd.");
    assert_eq!(d.changed[0].fields, ["aliases"]);
    let same = diff(Some(1), &old, &old);
    assert!(same.added.is_empty() && same.removed.is_empty() && same.changed.is_empty());
    // A line moved in the file is not a change.
    let mut moved = old.clone();
    moved.reverse();
    for (i, e) in moved.iter_mut().enumerate() {
        e.line = i + 100;
    }
    assert!(diff(Some(1), &old, &moved).changed.is_empty());
    assert_eq!(old[0].content_hash(), moved.last().unwrap().content_hash());
}

#[test]
fn reconciling_takes_off_the_effects_of_entries_no_longer_given_and_gives_back_the_scores() {
    let model = crate::scoring::RiskModel::embedded().unwrap();
    let (_, d) = crate::import::demo_declarations().into_iter().next().unwrap();
    let scored = model.assess(&d);
    let site = scored.sites.first().unwrap().site_id.to_string();
    let on = day("2026-11-30");
    let hit = |list: ListKind, name: &str, from: Option<&str>, until: Option<&str>| {
        let mut e = Entry::named(name, name, 1);
        e.effective = from.map(day);
        e.ends = until.map(day);
        if list == ListKind::PspcIneligible {
            e.section = Some("Ineligible".into());
        }
        effect::ConfirmedHit { list, edition: "ed v1".into(), entry: e, site_ref: Some(site.clone()) }
    };
    let listed = hit(ListKind::Uflpa, "Listed mill", None, None);
    let barred = hit(ListKind::PspcIneligible, "Barred supplier", Some("2026-01-01"), Some("2030-01-01"));
    let mut a = scored.clone();
    effect::reconcile(&mut a, &[listed.clone(), barred.clone()], on);
    assert_eq!(a.sites.first().unwrap().risk.forced_labour.score, 100.0);
    assert!(effect::ineligibility(&a, on).is_some());
    let place = |h: &effect::ConfirmedHit| effect::EffectPlace {
        list: h.list,
        key: h.entry.key.clone(),
        name: h.entry.name.clone(),
        site: h.site_ref.clone(),
    };
    let places = [place(&listed), place(&barred)];
    assert!(places.iter().all(|p| effect::carries(&a, p, on)), "both effects carried");
    assert_eq!(effect::lifted(&scored, &a, &places, on), 0, "nothing lifted when effects are added");
    let with_both = a.clone();
    let again = {
        let mut b = a.clone();
        effect::reconcile(&mut b, &[listed.clone(), barred.clone()], on);
        b
    };
    assert_eq!(again, a, "reconciling with the same hits changes nothing");

    // The next edition ends the ineligibility yesterday and removes the listed mill.
    let ended = hit(ListKind::PspcIneligible, "Barred supplier", Some("2026-01-01"), Some("2026-11-29"));
    effect::reconcile(&mut a, &[ended], on);
    assert!(effect::ineligibility(&a, on).is_none(), "ended: no longer ineligible");
    assert_eq!(a.findings.iter().filter(|f| f.code() == crate::domain::FindingCode::IneligibleSupplier).count(), 1);
    // One forced-labour hit (a site factor and the declaration's) is one effect lifted; the ended ineligibility
    // another.
    assert_eq!(effect::lifted(&with_both, &a, &places, on), 2);
    assert!(!effect::carries(&a, &places[0], on) && !effect::carries(&a, &places[1], on));
    let (now, before) = (a.sites.first().unwrap(), scored.sites.first().unwrap());
    assert_eq!(now.risk.forced_labour.score, before.risk.forced_labour.score, "the score as scored");
    assert_eq!(now.risk.forced_labour.band, before.risk.forced_labour.band);
    assert_eq!(a.overall.forced_labour.score, scored.overall.forced_labour.score);
    effect::reconcile(&mut a, &[], on);
    assert_eq!(a, scored, "with no confirmed hit, the assessment as scored");

    // An ineligibility that starts later is recorded now and holds from its first day.
    let later = hit(ListKind::PspcIneligible, "Barred supplier", Some("2027-01-01"), Some("2030-01-01"));
    effect::reconcile(&mut a, std::slice::from_ref(&later), on);
    assert!(effect::ineligibility(&a, on).is_none());
    assert!(effect::ineligibility(&a, day("2027-01-01")).is_some());
    assert!(later.entry.in_force_or_later(on) && !later.entry.in_force(on));
    // Carried though not yet in force: removing it lifts one effect; a new period lifts none.
    assert!(effect::carries(&a, &place(&later), on));
    let moved = hit(ListKind::PspcIneligible, "Barred supplier", Some("2027-06-01"), None);
    let mut b = a.clone();
    effect::reconcile(&mut b, std::slice::from_ref(&moved), on);
    assert_ne!(b, a);
    assert_eq!(effect::lifted(&a, &b, &[place(&later)], on), 0, "changed, not lifted");
    let mut c = a.clone();
    effect::reconcile(&mut c, &[], on);
    assert_eq!(effect::lifted(&a, &c, &[place(&later)], on), 1, "removed before it started: lifted");
    // The same entry and place confirmed against two parties (the site and its operator) is one effect.
    let mut d = scored.clone();
    effect::reconcile(&mut d, std::slice::from_ref(&listed), on);
    assert_eq!(effect::lifted(&d, &scored, &[place(&listed), place(&listed)], on), 1);
    // An entry renamed by a later edition keeps its effect: findings name the entry by key.
    let mut renamed = barred.clone();
    renamed.entry.name = "Barred Supplier Renamed".into();
    let (mut e, mut f) = (scored.clone(), scored.clone());
    effect::reconcile(&mut e, std::slice::from_ref(&barred), on);
    effect::reconcile(&mut f, std::slice::from_ref(&renamed), on);
    assert_eq!(effect::lifted(&e, &f, &[place(&barred)], on), 0);
}

/// The site a score's `highest_site` factor names, if that is its one factor.
fn highest_named(score: &crate::domain::Score) -> Option<String> {
    match score.factors.as_slice() {
        [f] => match f.reason() {
            Some(crate::domain::Reason::HighestSite { site, .. }) => Some(site.to_string()),
            _ => None,
        },
        _ => None,
    }
}

#[test]
fn a_confirmed_hit_on_a_site_below_the_highest_makes_its_category_and_the_declaration_critical_naming_it() {
    let model = crate::scoring::RiskModel::embedded().unwrap();
    let on = day("2026-11-30");
    let mut tried = 0;
    for (_, d) in crate::import::demo_declarations() {
        let scored = model.assess(&d);
        let overall = scored.overall.forced_labour.score;
        // Every site below the highest of its category and of the declaration (none of them at 100 already).
        let below: Vec<(String, String)> = scored
            .sites
            .iter()
            .filter_map(|s| {
                let c = scored.categories.iter().find(|c| Some(&c.category) == s.category.as_ref())?;
                let score = s.risk.forced_labour.score;
                (score < c.risk.forced_labour.score && score < overall && overall < 100.0)
                    .then(|| (s.site_id.to_string(), c.category.clone()))
            })
            .collect();
        for (site, category) in below.into_iter().take(6) {
            tried += 1;
            let hit = effect::ConfirmedHit {
                list: ListKind::CbpWro,
                edition: "ed v1".into(),
                entry: Entry::named("Listed plant", "Listed plant", 1),
                site_ref: Some(site.clone()),
            };
            let mut a = scored.clone();
            effect::reconcile(&mut a, std::slice::from_ref(&hit), on);
            let c = a.categories.iter().find(|c| c.category == category).unwrap();
            for (what, score) in
                [("its category", &c.risk.forced_labour), ("the declaration", &a.overall.forced_labour)]
            {
                assert_eq!(score.score, 100.0, "{site}: {what}");
                assert_eq!(score.band, crate::domain::Band::Critical, "{site}: {what}");
                assert_eq!(highest_named(score).as_deref(), Some(site.as_str()), "{site}: {what} names it");
                // … and the entry that makes it critical, in both languages.
                let f = score.factors.first().unwrap();
                let Some(crate::domain::Reason::HighestSite { listed, .. }) = f.reason() else { unreachable!() };
                assert_eq!(
                    listed,
                    &[crate::domain::ListedEntry { list: "cbp_wro".into(), entry: "Listed plant".into() }],
                    "{site}: {what}"
                );
                let cat = crate::reports::Catalog::shared().unwrap();
                let no_sites = crate::reports::explain::NoSites;
                for (lang, words) in [
                    (
                        crate::domain::Lang::En,
                        " — confirmed on the Withhold Release Orders and Findings (US CBP): Listed plant",
                    ),
                    (
                        crate::domain::Lang::Fr,
                        " — confirmé sur la Liste des ordonnances de retenue et constatations (CBP des États-Unis)\u{a0}: Listed plant",
                    ),
                ] {
                    let label = crate::reports::explain::factor_label(cat, lang, f, &no_sites);
                    assert!(label.ends_with(words), "{site}: {what}: {label}");
                }
            }
            // The other categories' sites did not move, nor did child labour: their summaries are as scored.
            for (now, before) in a.categories.iter().zip(&scored.categories).filter(|(c, _)| c.category != category) {
                assert_eq!(now, before, "{site}: {}", now.category);
            }
            assert_eq!(
                c.risk.child_labour,
                scored.categories.iter().find(|c| c.category == category).unwrap().risk.child_labour
            );
            assert_eq!(a.overall.child_labour, scored.overall.child_labour);
            // The same with the supplier itself listed too: the declaration carries that factor on top.
            let mut b = a.clone();
            let supplier = effect::ConfirmedHit { site_ref: None, ..hit.clone() };
            effect::reconcile(&mut b, &[hit.clone(), supplier], on);
            assert_eq!(b.overall.forced_labour.score, 100.0);
            assert_eq!(b.overall.forced_labour.factors.len(), 2, "{:?}", b.overall.forced_labour.factors);
            // A listed supplier taints all it supplies: every category and every site is critical too.
            assert!(
                b.categories
                    .iter()
                    .map(|c| &c.risk.forced_labour)
                    .chain(b.sites.iter().map(|s| &s.risk.forced_labour))
                    .all(|s| s.score == 100.0 && s.band == crate::domain::Band::Critical),
                "{site}"
            );
            // Lifted: every summary is as scored again.
            effect::reconcile(&mut a, &[], on);
            assert_eq!(a, scored, "{site}: the effect lifted");
            effect::reconcile(&mut b, &[], on);
            assert_eq!(b, scored, "{site}: both effects lifted");
        }
    }
    assert!(tried >= 3, "only {tried} sites below the highest in the demo declarations");
}

/// A confirmed forced-labour hit brings a site to critical (100) whatever lowered its score: every demo site whose
/// forced-labour score carries a mitigating factor (a negative contribution: an audit, a certification, remediation)
/// is critical once listed, on the UFLPA list or a CBP order alike, its mitigations still listed beside the factor that
/// names the entry; applied again, nothing moves.
#[test]
fn a_confirmed_forced_labour_hit_is_critical_whatever_mitigation_the_site_carries() {
    let model = crate::scoring::RiskModel::embedded().unwrap();
    let on = day("2026-11-30");
    let mut tried = 0;
    for (_, d) in crate::import::demo_declarations() {
        let scored = model.assess(&d);
        for s in &scored.sites {
            let mitigations = s.risk.forced_labour.factors.iter().filter(|f| f.contribution < 0.0).count();
            if mitigations == 0 {
                continue;
            }
            for list in [ListKind::Uflpa, ListKind::CbpWro] {
                tried += 1;
                let hit = effect::ConfirmedHit {
                    list,
                    edition: "ed v1".into(),
                    entry: Entry::named("Listed mill", "Listed mill", 1),
                    site_ref: Some(s.site_id.to_string()),
                };
                let mut a = scored.clone();
                effect::reconcile(&mut a, std::slice::from_ref(&hit), on);
                let now = &a.sites.iter().find(|x| x.site_id == s.site_id).unwrap().risk.forced_labour;
                assert_eq!(now.score, 100.0, "{} ({list:?})", s.site_id);
                assert_eq!(now.band, crate::domain::Band::Critical, "{}", s.site_id);
                assert_eq!(now.factors.iter().filter(|f| f.contribution < 0.0).count(), mitigations, "{}", s.site_id);
                assert_eq!(now.factors.first().map(|f| f.code()), Some(effect::FACTOR_CODE), "{}", s.site_id);
                let again = a.clone();
                effect::reconcile(&mut a, std::slice::from_ref(&hit), on);
                assert_eq!(a, again, "{}: applied twice", s.site_id);
            }
        }
    }
    assert!(tried >= 2, "only {tried} mitigated sites in the demo declarations");
}

/// The problems of a refused fixture of `supplier_data/screening/refused/`, as `(line, column, field)`.
fn refused(kind: ListKind, name: &str) -> Vec<ListProblem> {
    let problems = parse(kind, &fixture(&format!("refused/{name}"))).expect_err(name);
    for p in &problems {
        assert!(!p.message_en.is_empty() && !p.message_fr.is_empty(), "{p:#?}");
    }
    problems
}

fn places(problems: &[ListProblem]) -> Vec<(usize, Option<usize>, Option<&str>)> {
    problems.iter().map(|p| (p.line, p.column, p.field.as_deref())).collect()
}

#[test]
fn a_list_missing_a_required_column_is_refused_naming_it() {
    let p = refused(ListKind::CbpWro, "cbp-no-status.csv");
    assert_eq!(places(&p), [(1, None, Some("Status"))], "{p:#?}");
    assert!(p[0].message_fr.contains("«\u{a0}Status\u{a0}»"), "{p:#?}");
    let p = refused(ListKind::Watchlist, "watchlist-id-name-only.csv");
    assert_eq!(places(&p), [(1, None, Some("country"))], "{p:#?}");
}

#[test]
fn values_that_are_not_the_publishers_words_are_refused_in_their_column() {
    let p = refused(ListKind::CbpWro, "cbp-bad-status.csv");
    assert_eq!(places(&p), [(2, Some(6), Some("WRO/Finding")), (2, Some(5), Some("Status"))], "{p:#?}");
    assert!(p[1].message_en.contains("“Maybe”") && p[1].message_fr.contains("«\u{a0}Maybe\u{a0}»"), "{p:#?}");
    let bad_type = "Supplier name,Address,Type,Start date,End date,Reason\nX Inc.,\"1 A St, Ottawa\",Blacklisted,2026-01-01,2027-01-01,x\n";
    let p = parse(ListKind::PspcIneligible, bad_type.as_bytes()).unwrap_err();
    assert_eq!(places(&p), [(2, Some(3), Some("Type"))], "{p:#?}");
    // The publishers' own words pass, whatever their case; French ones for PSPC too.
    let ok = "Date,Country,Entity,Industry,Status,WRO/Finding\n04/12/2023,China,A Co,Steel,PARTIALLY ACTIVE,Withhold Release Order\n";
    assert!(parse(ListKind::CbpWro, ok.as_bytes()).is_ok());
    let fr = "Nom du fournisseur,Adresse,Type,Date de début,Date de fin,Motif\nX ltée,\"1 rue A, Laval, Canada\",Suspendu,2026-01-01,2027-01-01,x\n";
    assert!(parse(ListKind::PspcIneligible, fr.as_bytes()).is_ok());
}

#[test]
fn a_line_with_too_few_or_too_many_fields_is_refused_with_its_line() {
    let p = refused(ListKind::CbpWro, "cbp-short-row-line4.csv");
    assert_eq!(places(&p), [(4, Some(6), Some("WRO/Finding"))], "{p:#?}");
    let p = refused(ListKind::Watchlist, "watchlist-short-row.csv");
    assert_eq!(places(&p), [(2, Some(5), Some("business_number"))], "{p:#?}");
    assert!(p[0].message_en.contains("stops at column 4 of the header's 10"), "{p:#?}");
    assert!(p[0].message_fr.contains("s'arrête à la colonne 4 des 10"), "{p:#?}");
    // An unquoted comma in a name and a date shifts the fields: refused at its line, not read as a wrong date.
    let p = refused(ListKind::Uflpa, "uflpa-csv-extra-field-line3-crlf.csv");
    assert_eq!(places(&p), [(3, Some(4), None)], "{p:#?}");
    assert!(p[0].message_fr.contains("guillemets"), "{p:#?}");
}

#[test]
fn line_numbers_are_right_with_crlf_line_ends_and_blank_lines() {
    let p = refused(ListKind::PspcIneligible, "pspc-bad-date-crlf.csv");
    assert_eq!(places(&p), [(3, Some(4), Some("Start date"))], "{p:#?}");
    let p = refused(ListKind::Uflpa, "uflpa-csv-bad-date-line3-crlf.csv");
    assert_eq!(places(&p), [(3, Some(3), Some("Effective Date"))], "{p:#?}");
    let blank_lines =
        "Section,Entity Name,Effective Date\r\n\r\n(i),Alpha Co.,2024-01-01\r\n\r\n\r\n(i),Beta Co.,x\r\n";
    let p = parse(ListKind::Uflpa, blank_lines.as_bytes()).unwrap_err();
    assert_eq!(places(&p), [(6, Some(3), Some("Effective Date"))], "{p:#?}");
    let ok = parse(ListKind::Uflpa, "Section,Entity Name\r\n(i),Alpha Co.\r\n(i),Beta Co.\r\n".as_bytes()).unwrap();
    assert_eq!(ok.iter().map(|e| e.line).collect::<Vec<_>>(), [2, 3]);
}

#[test]
fn an_unreadable_date_is_one_problem_not_two() {
    let p = refused(ListKind::PspcIneligible, "pspc-bad-date.csv");
    assert_eq!(places(&p), [(3, Some(4), Some("Start date"))], "no false 'blank' second problem: {p:#?}");
    let blank =
        "Supplier name,Address,Type,Start date,End date,Reason\nX Inc.,\"1 A St, Ottawa\",Ineligible,,2027-01-01,x\n";
    let p = parse(ListKind::PspcIneligible, blank.as_bytes()).unwrap_err();
    assert_eq!(p[0].message_en, "the start of the period is blank", "a blank start still is one");
}

#[test]
fn a_period_that_ends_before_it_starts_is_refused() {
    let p = refused(ListKind::PspcIneligible, "pspc-end-before-start.csv");
    assert_eq!(places(&p), [(2, Some(5), Some("End date"))], "{p:#?}");
    assert!(p[0].to_string().contains("2026-01-01") && p[0].message_fr.contains("avant"), "{p:#?}");
    let w = "id,name,country,effective,ends\nW-1,A Ltd,CA,2026-05-01,2026-04-30\n";
    let p = parse(ListKind::Watchlist, w.as_bytes()).unwrap_err();
    assert_eq!(places(&p), [(2, Some(5), Some("ends"))], "{p:#?}");
    let same_day = "id,name,country,effective,ends\nW-1,A Ltd,CA,2026-05-01,2026-05-01\n";
    assert!(parse(ListKind::Watchlist, same_day.as_bytes()).is_ok(), "a one-day period is a period");
}

#[test]
fn an_id_given_twice_is_refused_not_renamed() {
    let p = refused(ListKind::Watchlist, "watchlist-dup-id.csv");
    assert_eq!(places(&p), [(3, Some(1), Some("id"))], "{p:#?}");
    assert!(p[0].message_en.contains("line 2") && p[0].message_fr.contains("ligne 2"), "{p:#?}");
}

#[test]
fn ids_of_the_watch_list_that_differ_only_by_case_are_refused_naming_both_lines() {
    let csv = "id,name,country\nWL-1,Alpha Ltd,CA\nWL-2,Beta Ltd,CA\nwl-1,Gamma Ltd,CA\nWl-2,Delta Ltd,CA\n";
    let p = parse(ListKind::Watchlist, csv.as_bytes()).unwrap_err();
    assert_eq!(places(&p), [(4, Some(1), Some("id")), (5, Some(1), Some("id"))], "{p:#?}");
    for (problem, first, as_first) in [(&p[0], "line 2", "WL-1"), (&p[1], "line 3", "WL-2")] {
        assert!(problem.message_en.contains(first) && problem.message_en.contains(as_first), "{problem:#?}");
        assert!(problem.message_fr.contains(&first.replace("line", "ligne")), "{problem:#?}");
    }
    // Ids that differ by more than case stay apart.
    let csv = "id,name,country\nWL-1,Alpha Ltd,CA\nWL-10,Gamma Ltd,CA\n";
    assert_eq!(parse(ListKind::Watchlist, csv.as_bytes()).unwrap().len(), 2);
}

/// A watch list typed with an East Asian keyboard: full-width letters, digits and separators are read as the ordinary
/// ones (Unicode NFKC, value by value), so an alias list parted by `；` is several aliases, a business number in
/// full-width digits is read, and an entry, an id or a name written again in another width is refused naming its
/// line and column, never stored twice.
#[test]
fn full_width_characters_of_the_watch_list_are_read_as_their_ordinary_forms_and_never_make_a_second_entry() {
    let csv = "id,name,aliases,country,business_number\n\
               ＷＬ－７,Ａｌｐｈａ Ｒｏｐｅ Ｌｔｄ,Gamma Co；Delta Co；Ｅｐｓｉｌｏｎ,ＣＡ,１２３４５６７８２\n";
    let entries = parse(ListKind::Watchlist, csv.as_bytes()).unwrap();
    assert_eq!(entries.len(), 1);
    let e = &entries[0];
    assert_eq!((e.key.as_str(), e.name.as_str()), ("WL-7", "Alpha Rope Ltd"));
    assert_eq!(e.aliases, ["Gamma Co", "Delta Co", "Epsilon"]);
    assert_eq!(e.business_number.as_deref(), Some("123456782"));
    assert_eq!(e.country, CountryCode::parse("CA"));
    // A full-width comma inside a name stays in the name: only its value is read so, never the line.
    let csv = "id,name,country\nWL-8,\"新疆虚构，棉业\",CN\n";
    assert_eq!(parse(ListKind::Watchlist, csv.as_bytes()).unwrap()[0].name, "新疆虚构,棉业");
    // The same id in another width, or in another width and case: refused on the second line, naming the first.
    for again in ["ＷＬ－１", "ｗｌ－１", "WL-１"] {
        let csv = format!("id,name,country\nWL-1,Alpha Ltd,CA\n{again},Gamma Ltd,CA\n");
        let p = parse(ListKind::Watchlist, csv.as_bytes()).unwrap_err();
        assert_eq!(places(&p), [(3, Some(1), Some("id"))], "{again}: {p:#?}");
        assert!(p[0].message_en.contains("line 2") && p[0].message_en.contains(again), "{p:#?}");
        assert!(p[0].message_en.contains("width") && p[0].message_fr.contains("chasse"), "{p:#?}");
    }
    // The same entry with no id, its name or country written in another width: refused as a row written twice.
    for again in ["Ａｌｐｈａ Ｌｔｄ,CA", "Alpha Ltd,ＣＡ"] {
        let csv = format!("name,country,reason\nAlpha Ltd,CA,audit\n{again},audit\n");
        let p = parse(ListKind::Watchlist, csv.as_bytes()).unwrap_err();
        assert!(p.iter().any(|p| p.line == 3 && p.message_en.contains("line 2")), "{again}: {p:#?}");
    }
}

#[test]
fn an_empty_alias_between_or_around_the_separators_is_refused_at_its_line_and_column() {
    for aliases in ["Alpha;;Beta", "Alpha;", ";Alpha", "Alpha; ;Beta"] {
        let csv = format!("id,name,aliases,country\nWL-1,Alpha Ltd,Gamma,CA\nWL-2,Beta Ltd,\"{aliases}\",CA\n");
        let p = parse(ListKind::Watchlist, csv.as_bytes()).unwrap_err();
        assert_eq!(places(&p), [(3, Some(3), Some("aliases"))], "{aliases}: {p:#?}");
        assert!(p[0].message_en.contains("empty") && p[0].message_fr.contains("vide"), "{p:#?}");
    }
    // Aliases each given once, spaces around them aside, are read.
    let csv = "id,name,aliases,country\nWL-1,Alpha Ltd,Gamma Co; Delta Co,CA\n";
    let entries = parse(ListKind::Watchlist, csv.as_bytes()).unwrap();
    assert_eq!(entries[0].aliases, ["Gamma Co", "Delta Co"]);
}

#[test]
fn a_cut_json_line_is_refused_in_our_words_at_its_line_and_column() {
    let p = refused(ListKind::Opensanctions, "os-truncated.ftm.json");
    assert_eq!(p.iter().map(|p| p.line).collect::<Vec<_>>(), [3], "{p:#?}");
    for x in &p {
        assert!(x.column.is_some(), "{x:#?}");
        for m in [&x.message_en, &x.message_fr] {
            assert!(!m.contains("EOF") && !m.contains("while parsing") && !m.contains("line 1"), "{m}");
        }
    }
    assert!(p[0].message_fr.starts_with("la ligne finit avant son objet JSON"), "{p:#?}");
    let p = parse(ListKind::Opensanctions, b"{\"id\": \"x\", \"schema\": \"Company\"} trailing\n").unwrap_err();
    assert_eq!((p[0].line, p[0].column), (1, Some(34)), "the `t` of `trailing`: {p:#?}");
    assert!(p[0].message_fr.starts_with("pas du JSON"), "{p:#?}");
}

#[test]
fn a_problem_of_the_whole_file_is_placed_in_the_file_never_on_line_zero() {
    let p = refused(ListKind::Watchlist, "watchlist-header-only.csv");
    assert_eq!(p[0].line, 0);
    let cat = crate::reports::Catalog::embedded().unwrap();
    assert_eq!(cat.say(crate::domain::Lang::En, &p[0].place()), "the file");
    assert_eq!(cat.say(crate::domain::Lang::Fr, &p[0].place()), "le fichier");
    let shown = p[0].to_string();
    assert!(shown.starts_with("the file: ") && !shown.contains("line 0"), "{shown}");
    let p = parse(ListKind::Watchlist, b",,\n").unwrap_err();
    assert!(p[0].message_en.contains("(found: nothing)") && p[0].message_fr.contains("(trouvé\u{a0}: rien)"), "{p:#?}");
    let q = ListProblem::new(4, Some("country"), "x", "y").in_column(Some(1));
    assert_eq!(q.to_string(), "line 4, column 2 (country): x / y");
    assert_eq!(cat.say(crate::domain::Lang::Fr, &q.place()), "ligne 4, colonne 2");
}

#[test]
fn the_api_and_the_command_line_names_of_a_list_are_both_read() {
    for (name, kind) in [
        ("cbp_wro", ListKind::CbpWro),
        ("cbp-wro", ListKind::CbpWro),
        ("pspc", ListKind::PspcIneligible),
        ("pspc_ineligible", ListKind::PspcIneligible),
        ("PSPC-Ineligible", ListKind::PspcIneligible),
        ("uflpa", ListKind::Uflpa),
    ] {
        assert_eq!(ListKind::from_name(name), Some(kind), "{name}");
    }
    assert_eq!(ListKind::from_name("pspc_list"), None);
}

#[test]
fn a_diff_gives_each_changed_field_with_its_old_and_new_value() {
    let old = parse(ListKind::Uflpa, &fixture("uflpa_entity_list_2026-10.html")).unwrap();
    let new = parse(ListKind::Uflpa, &fixture("uflpa_entity_list_2026-11.html")).unwrap();
    let d = diff(Some(1), &old, &new);
    let c = &d.changed[0];
    assert_eq!(c.changes.len(), 1, "{c:#?}");
    assert_eq!(c.changes[0].field, "aliases");
    assert_ne!(c.changes[0].old, c.changes[0].new);
    assert!(c.changes[0].new.contains("; ") || !c.changes[0].new.is_empty(), "{c:#?}");
    // A field one edition leaves out (a person's birth date) is a change from none.
    let mut born = Entry::named("p", "Ana Ficta", 1);
    let before = vec![born.clone()];
    born.birth_date = Some("1970".into());
    born.status = Some("Active".into());
    let d = diff(Some(1), &before, &[born]);
    let changes: Vec<(&str, &str, &str)> =
        d.changed[0].changes.iter().map(|x| (x.field.as_str(), x.old.as_str(), x.new.as_str())).collect();
    assert!(changes.contains(&("birth_date", "—", "1970")), "{changes:?}");
    assert!(changes.contains(&("status", "—", "Active")), "{changes:?}");
    // Diffs stored before values were kept still read.
    let stored = r#"{"key": "k", "name": "N", "fields": ["aliases"]}"#;
    let c: ChangedEntry = serde_json::from_str(stored).unwrap();
    assert!(c.changes.is_empty());
}

#[test]
fn an_unreadable_pspc_period_is_refused_at_its_line_and_column() {
    for (period, why) in [
        ("2026-02-01 to 2027-02-30", "an end that is no day of the calendar"),
        ("2026-13-45 to 2027-01-01", "a start that is no day of the calendar"),
        ("2026-13-45 au 2027-01-01", "the same in French"),
        ("since sometime 2026-02-01 until whenever", "words around a date"),
        ("2026-02-01 2027-02-01 2028-02-01", "three dates"),
    ] {
        let csv =
            format!("Supplier name,Type,Period,Reason\nA Ltd.,Ineligible,2026-01-01,r\nB Ltd.,Suspended,{period},r\n");
        let p = parse(ListKind::PspcIneligible, csv.as_bytes()).expect_err(why);
        assert_eq!(places(&p), [(3, Some(3), Some("Period"))], "{why}: {p:#?}");
        assert!(p[0].message_en.contains(period) && p[0].message_fr.contains("n'est pas une période"), "{p:#?}");
    }
    for (period, from, to) in [
        ("2026-02-01 to 2027-02-28", "2026-02-01", Some("2027-02-28")),
        ("du 2026-01-01 au 2027-01-01", "2026-01-01", Some("2027-01-01")),
        ("2026-01-01 - 2027-01-01", "2026-01-01", Some("2027-01-01")),
        ("2026-05-01 until 2027-01-01", "2026-05-01", Some("2027-01-01")),
        ("June 1, 2026 to May 31, 2029", "2026-06-01", Some("2029-05-31")),
        ("2026-02-01", "2026-02-01", None),
    ] {
        let csv = format!("Supplier name,Type,Period,Reason\nB Ltd.,Suspended,\"{period}\",r\n");
        let e = parse(ListKind::PspcIneligible, csv.as_bytes()).unwrap_or_else(|p| panic!("{period}: {p:#?}"));
        assert_eq!((e[0].effective, e[0].ends), (Some(day(from)), to.map(day)), "{period}");
    }
}

#[test]
fn an_unreadable_opensanctions_first_seen_is_refused() {
    let ftm =
        b"{\"id\": \"X-1\", \"schema\": \"Company\", \"properties\": {\"name\": [\"A\"]}, \"first_seen\": \"soon\"}\n";
    let p = parse(ListKind::Opensanctions, ftm).unwrap_err();
    assert_eq!(places(&p), [(1, None, Some("first_seen"))], "{p:#?}");
}

#[test]
fn an_opensanctions_id_given_twice_is_refused_not_renamed() {
    let ftm = "{\"id\": \"T2-1\", \"schema\": \"Company\", \"properties\": {\"name\": [\"Osprey Holdings\"]}}\n\
               {\"id\": \"T2-1\", \"schema\": \"Company\", \"properties\": {\"name\": [\"Tern Holdings\"]}}\n";
    let p = parse(ListKind::Opensanctions, ftm.as_bytes()).unwrap_err();
    assert_eq!(places(&p), [(2, None, Some("id"))], "{p:#?}");
    assert!(p[0].message_en.contains("line 1") && p[0].message_fr.contains("ligne 1"), "{p:#?}");
}

#[test]
fn a_cell_that_holds_a_value_and_more_is_refused_in_every_list_reader() {
    // Each reader, a cell whose value starts right and goes on: (kind, file, line, column, field).
    let cases: [(ListKind, &str, usize, usize, &str); 11] = [
        (
            ListKind::Uflpa,
            "Section,Entity Name,Effective Date\n(i),A Co.,2024-01-01\n(i),B Co.,2026-02-01 junk\n",
            3,
            3,
            "Effective Date",
        ),
        (ListKind::Uflpa, "Section,Entity Name,Effective Date\n(ii) pending,A Co.,2024-01-01\n", 2, 1, "Section"),
        (ListKind::Uflpa, "Section,Entity Name,Effective Date\nwhatever,A Co.,2024-01-01\n", 2, 1, "Section"),
        (
            ListKind::CbpWro,
            "Date,Country,Entity,Industry,Status,WRO/Finding\n04/12/2023 or so,China,A Co,Steel,Active,WRO\n",
            2,
            1,
            "Date",
        ),
        (
            ListKind::CbpWro,
            "Date,Country,Entity,Industry,Status,WRO/Finding\n04/12/2023,China,A Co,Steel,Not active,WRO\n",
            2,
            5,
            "Status",
        ),
        (
            ListKind::CbpWro,
            "Date,Country,Entity,Industry,Status,WRO/Finding\n04/12/2023,China,A Co,Steel,Active,Finding pending\n",
            2,
            6,
            "WRO/Finding",
        ),
        (
            ListKind::CbpWro,
            "Date,Country,Entity,Industry,Status,WRO/Finding\n04/12/2023,CN junk,A Co,Steel,Active,WRO\n",
            2,
            2,
            "Country",
        ),
        (
            ListKind::PspcIneligible,
            "Supplier name,Type,Start date,End date\nA Ltd.,Ineligible,2026-01-01,2027-01-01 approx\n",
            2,
            4,
            "End date",
        ),
        (
            ListKind::PspcIneligible,
            "Supplier name,Type,Start date,End date\nA Ltd.,Ineligible maybe,2026-01-01,2027-01-01\n",
            2,
            2,
            "Type",
        ),
        (ListKind::Watchlist, "id,name,country,effective\nW-1,A Ltd,CA,2026-05-01 (to check)\n", 2, 4, "effective"),
        (ListKind::Watchlist, "id,name,country,os_id\nW-1,A Ltd,CA,CN2019303BQ3FZP old\n", 2, 4, "os_id"),
    ];
    for (kind, csv, line, column, field) in cases {
        let p = parse(kind, csv.as_bytes()).expect_err(csv);
        assert_eq!(places(&p), [(line, Some(column), Some(field))], "{csv}: {p:#?}");
        assert!(!p[0].message_en.is_empty() && p[0].message_fr.contains('«'), "{p:#?}");
    }
    let ftm = b"{\"id\": \"X-1\", \"schema\": \"Company\", \"properties\": {\"name\": [\"A\"]}, \"first_seen\": \"2023-01-12T16:05:26 later\"}\n";
    let p = parse(ListKind::Opensanctions, ftm).unwrap_err();
    assert_eq!(places(&p), [(1, None, Some("first_seen"))], "{p:#?}");
    // A day with its time (and zone) is a date; the day is the one written.
    for (written, want) in [
        ("2024-06-21T10:00:00", "2024-06-21"),
        ("2024-06-21T10:00:00.125", "2024-06-21"),
        ("2024-06-21 23:30", "2024-06-21"),
        ("2024-06-21T23:30:00Z", "2024-06-21"),
        ("2024-06-21T23:30:00-05:00", "2024-06-21"),
        ("June 21, 2024", "2024-06-21"),
    ] {
        let w = format!("id,name,country,effective\nW-1,A Ltd,CA,\"{written}\"\n");
        let e = parse(ListKind::Watchlist, w.as_bytes()).unwrap_or_else(|p| panic!("{written}: {p:#?}"));
        assert_eq!(e[0].effective, Some(day(want)), "{written}");
    }
    let ok = "Section,Entity Name\nSection 2(d)(2)(B)(ii),A Co.\nv,B Co.\n";
    let e = parse(ListKind::Uflpa, ok.as_bytes()).unwrap();
    assert_eq!(
        e.iter().map(|e| e.section.as_deref()).collect::<Vec<_>>(),
        [Some("2(d)(2)(B)(ii)"), Some("2(d)(2)(B)(v)")]
    );
}

/// A PSPC edition written in French after one in English (or the other way) changes no entry by the words of its
/// measures alone: each measure is stored by one code, and the diff compares codes.
#[test]
fn a_pspc_edition_in_the_other_language_changes_no_entry_by_its_words() {
    let en = "Supplier name,Address,Type,Start date,End date,Reason\n\
              Cormorant Textiles Inc.,\"5 Quay St, Halifax, Canada\",Ineligibility,2025-01-01,2030-01-01,r\n\
              Heron Mills Ltd.,\"6 Quay St, Halifax, Canada\",Suspension,2025-02-01,2026-12-01,r\n\
              Plover Works Inc.,\"7 Quay St, Halifax, Canada\",Administrative agreement,2025-03-01,2027-01-01,r\n";
    let fr = "Nom du fournisseur,Adresse,Mesure,Date de début,Date de fin,Motif\n\
              Cormorant Textiles Inc.,\"5 Quay St, Halifax, Canada\",Inadmissible,2025-01-01,2030-01-01,r\n\
              Heron Mills Ltd.,\"6 Quay St, Halifax, Canada\",Suspendue,2025-02-01,2026-12-01,r\n\
              Plover Works Inc.,\"7 Quay St, Halifax, Canada\",Entente administrative,2025-03-01,2027-01-01,r\n";
    let a = parse(ListKind::PspcIneligible, en.as_bytes()).unwrap();
    let b = parse(ListKind::PspcIneligible, fr.as_bytes()).unwrap();
    let codes: Vec<_> = b.iter().map(|e| e.section.as_deref()).collect();
    assert_eq!(codes, [Some("Ineligible"), Some("Suspended"), Some("Administrative agreement")]);
    let d = crate::screening::diff(Some(1), &a, &b);
    assert!(d.changed.is_empty() && d.added.is_empty() && d.removed.is_empty(), "{d:#?}");
    assert_eq!(serde_json::to_string(&a).unwrap(), serde_json::to_string(&b).unwrap(), "the same stored entries");
}

/// A PSPC entry bars the supplier only when its measure is an ineligibility or a suspension: a confirmed hit on an
/// administrative agreement (entered in place of either, the supplier remaining eligible under its conditions) adds
/// no finding, whichever language the file wrote it in; a row with no measure, or with a measure PSPC does not
/// write, is refused at its line, and a file with no measure column is refused.
#[test]
fn only_an_ineligibility_or_a_suspension_on_pspc_bars_an_agreement_does_not() {
    let model = crate::scoring::RiskModel::embedded().unwrap();
    let (_, d) = crate::import::demo_declarations().into_iter().next().unwrap();
    let scored = model.assess(&d);
    let on = day("2026-11-30");
    let file = "Nom du fournisseur,Adresse,Type,Date de début,Date de fin,Motif\n\
                Aigrette Gants Fictifs ltée,\"2 rue B, Lévis, Canada\",Entente administrative,2026-01-01,2029-01-01,r\n\
                Balbuzard Outils Fictifs inc.,\"3 rue C, Sherbrooke\",Administrative agreement,2026-02-01,2028-01-01,r\n\
                Cormoran Cordages Fictifs inc.,\"4 rue D, Gatineau\",Suspendu,2026-02-01,2028-01-01,r\n\
                Dindon Bois Fictifs ltée,\"5 rue E, Rimouski\",Ineligibility,2026-02-01,2028-01-01,r\n";
    let entries = parse(ListKind::PspcIneligible, file.as_bytes()).unwrap();
    let bars: Vec<bool> = entries.iter().map(Entry::bars_award).collect();
    assert_eq!(bars, [false, false, true, true]);
    for (e, barred) in entries.iter().zip(bars) {
        let hit = effect::ConfirmedHit {
            list: ListKind::PspcIneligible,
            edition: "edition 1 (#1)".into(),
            entry: e.clone(),
            site_ref: None,
        };
        let mut a = scored.clone();
        effect::reconcile(&mut a, &[hit], on);
        assert_eq!(effect::ineligibility(&a, on).is_some(), barred, "{}", e.name);
        if !barred {
            assert_eq!(a, scored, "an agreement changes nothing in the assessment: {}", e.name);
        }
    }
    // A blank measure, and a measure PSPC does not write, are refused at their line; no measure column refuses the
    // file.
    for (row, cause) in [(",,2026-01-01,2027-01-01", "blank"), (",Under review,2026-01-01,2027-01-01", "Under review")]
    {
        let text = format!("Supplier name,Type,Start date,End date\nEider Mills Inc.{row}\n");
        let problems = parse(ListKind::PspcIneligible, text.as_bytes()).unwrap_err();
        assert!(problems.iter().any(|p| p.line == 2 && p.field.as_deref() == Some("Type")), "{cause}: {problems:?}");
    }
    let problems =
        parse(ListKind::PspcIneligible, "Supplier name,Start date\nEider Mills Inc.,2026-01-01\n".as_bytes())
            .unwrap_err();
    assert!(problems.iter().any(|p| p.field.as_deref() == Some("Type")), "{problems:?}");
}

/// An OpenSanctions person's date of birth must be a FollowTheMoney date (a year, a month or a day of the calendar),
/// and an organisation's country a known code: either wrong is refused at its line and property, never stored as
/// written or dropped (an organisation without its country would match a party of any country).
#[test]
fn an_impossible_opensanctions_birth_date_or_unknown_country_is_refused_at_its_line() {
    let person = |born: &str| {
        format!(
            "{{\"id\": \"P-1\", \"schema\": \"Person\", \"properties\": {{\"name\": [\"Ana Silva\"], \"birthDate\": [\"{born}\"]}}}}\n"
        )
    };
    for bad in ["1981-00", "1981-02-30", "1981-14", "81", "1981-1-5", "born 1981", "1981-06-31"] {
        let ftm = format!(
            "{{\"id\": \"C-1\", \"schema\": \"Company\", \"properties\": {{\"name\": [\"A\"]}}}}\n{}",
            person(bad)
        );
        let p = parse(ListKind::Opensanctions, ftm.as_bytes()).expect_err(bad);
        assert_eq!(places(&p), [(2, None, Some("properties.birthDate[0]"))], "{bad}: {p:#?}");
        assert!(p[0].message_en.contains(bad) && p[0].message_fr.contains(bad), "{p:#?}");
    }
    for good in ["1981", "1981-06", "1981-06-30", "1981-06-30T00:00:00"] {
        let e = parse(ListKind::Opensanctions, person(good).as_bytes()).unwrap_or_else(|p| panic!("{good}: {p:#?}"));
        assert_eq!(e[0].birth_date.as_deref(), Some(good));
    }
    for (key, code) in [("country", "xx"), ("jurisdiction", "qq"), ("mainCountry", "Atlantis")] {
        let ftm = format!(
            "{{\"id\": \"C-2\", \"schema\": \"Company\", \"properties\": {{\"name\": [\"Tern Mills\"], \"{key}\": [\"{code}\"]}}}}\n"
        );
        let p = parse(ListKind::Opensanctions, ftm.as_bytes()).expect_err(code);
        assert_eq!(places(&p), [(1, None, Some(format!("properties.{key}[0]").as_str()))], "{p:#?}");
        assert!(p[0].message_fr.contains(code), "{p:#?}");
    }
    let ftm = "{\"id\": \"C-3\", \"schema\": \"Company\", \"properties\": {\"name\": [\"Tern Mills\"], \"country\": [\"in\"]}}\n";
    assert_eq!(parse(ListKind::Opensanctions, ftm.as_bytes()).unwrap()[0].country, CountryCode::parse("IN"));
    // FollowTheMoney's own territories are known: one inside a country counts as that country, one wider than a
    // country (or a state gone) sets none; a real export holding them is read.
    for (code, country) in [
        ("ua-cri", Some("UA")),
        ("ge-ab", Some("GE")),
        ("md-pmr", Some("MD")),
        ("zz", None),
        ("eu", None),
        ("suhh", None),
        // The rest of FollowTheMoney's territories (rigour's territory data), refused before: within one country,
        // a state gone whose land is one country's today, Kosovo by the service's own code, and wider ones.
        ("cn-xz", Some("CN")),
        ("gb-sct", Some("GB")),
        ("gb-nir", Some("GB")),
        ("cq", Some("GG")),
        ("gg-srk", Some("GG")),
        ("ta", Some("SH")),
        ("ic", Some("ES")),
        ("dg", Some("IO")),
        ("dd", Some("DE")),
        ("zr", Some("CD")),
        ("xk", Some("XK")),
        ("pk-km", None),
        ("un", None),
        ("ip", None),
        ("yucs", None),
    ] {
        let ftm = format!(
            "{{\"id\": \"C-4\", \"schema\": \"Company\", \"properties\": {{\"name\": [\"Tern Mills\"], \"country\": [\"{code}\"]}}}}\n"
        );
        let e = parse(ListKind::Opensanctions, ftm.as_bytes()).unwrap_or_else(|p| panic!("{code}: {p:#?}"));
        assert_eq!(e[0].country, country.and_then(CountryCode::parse), "{code}");
    }
}

/// A quote opened and never closed is named at the line and column where it opens, in every CSV reader, not taken for
/// a short line ("this line has 1 fields"); a closed quote holding the separator, a line end or `""` reads as before.
#[test]
fn a_quote_never_closed_is_refused_where_it_opens() {
    for (kind, csv, line, column, field) in [
        (
            ListKind::PspcIneligible,
            "Supplier name,Address,Type,Start date,End date,Reason\nA Ltd.,x,Ineligible,2026-05-01,2027-04-01,r\n\
             B Ltd.,\"7 Rue Y, Laval,Suspended,2026-05-01,2027-04-01,r\nC Ltd.,z,Ineligible,2026-05-01,2027-04-01,r\n",
            3,
            2,
            "Address",
        ),
        (
            ListKind::Watchlist,
            "id,name,country,reason\nW-1,Albatross Dye Works,IN,\"Audit \"\"2025\"\"\nW-2,Kestrel,IN,r\n",
            2,
            4,
            "reason",
        ),
        (
            ListKind::PspcIneligible,
            "Supplier name;Type;Start date\n\"Tern Inc.;Ineligible;2026-01-01\n",
            2,
            1,
            "Supplier name",
        ),
    ] {
        let p = parse(kind, csv.as_bytes()).expect_err(csv);
        assert_eq!(places(&p), [(line, Some(column), Some(field))], "{csv}: {p:#?}");
        assert!(p[0].message_en.contains("never closed") && p[0].message_fr.contains("jamais fermé"), "{p:#?}");
        assert!(!p[0].message_en.contains("fields") && !p[0].message_fr.contains("champs"), "{p:#?}");
    }
    let fine = "Supplier name,Address,Type,Start date,End date,Reason\n\
                \"Tern \"\"North\"\" Inc.\",\"1 Quay,\nHalifax\",Ineligible,2026-05-01,2027-04-01,r\n\
                Plover Ltd.,x,Suspended,2026-05-01,2027-04-01,r\n";
    let e = parse(ListKind::PspcIneligible, fine.as_bytes()).unwrap();
    assert_eq!((e[0].name.as_str(), e[1].line), ("Tern \"North\" Inc.", 4));
}

/// The command line shows a refused file's problems in the reader's language only, French typography in French,
/// the place said by the catalogues.
#[test]
fn a_problem_is_written_in_one_language() {
    let cat = crate::reports::Catalog::embedded().unwrap();
    let say = |lang, m: &crate::domain::Message| cat.say(lang, m);
    let p = ListProblem::new(4, Some("Address"), "the address is blank", "l'adresse est vide").in_column(Some(1));
    assert_eq!(
        p.line_in(crate::domain::Lang::En, &say, |d| d.to_string()),
        "line 4, column 2 (Address): the address is blank"
    );
    assert_eq!(
        p.line_in(crate::domain::Lang::Fr, &say, |d| d.to_string()),
        "ligne 4, colonne 2 (Address)\u{a0}: l'adresse est vide"
    );
    let whole = ListProblem::new(0, None, "empty", "vide");
    assert_eq!(whole.line_in(crate::domain::Lang::Fr, &say, |d| d.to_string()), "le fichier\u{a0}: vide");
    let line = ListProblem::new(12_345, None, "empty", "vide");
    assert_eq!(line.line_in(crate::domain::Lang::En, &say, |d| d.to_string()), "line 12345: empty");
}

#[test]
fn a_problem_words_the_days_it_names_where_shown() {
    let d = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
    let p = ListProblem::new(5, Some("End date"), "ends ({0}) before ({1})", "finit ({0}) avant ({1})")
        .with_days(&[d("2024-02-29"), d("2024-03-01")]);
    let word = |day: chrono::NaiveDate| format!("<{}>", day.format("%d/%m"));
    assert_eq!(p.message_in(crate::domain::Lang::Fr, word), "finit (<29/02>) avant (<01/03>)");
    let cat = crate::reports::Catalog::embedded().unwrap();
    let say = |lang, m: &crate::domain::Message| cat.say(lang, m);
    assert_eq!(p.line_in(crate::domain::Lang::En, &say, word), "line 5 (End date): ends (<29/02>) before (<01/03>)");
    // Where no reader's words are at hand, the days in ISO 8601.
    assert_eq!(
        p.to_string(),
        "line 5 (End date): ends (2024-02-29) before (2024-03-01) / finit (2024-02-29) avant (2024-03-01)"
    );
}

/// A refusal that names days gives each once, in `days`: its texts hold the day's place, never the day itself
/// (a day written twice could be changed in one place and not the other).
#[test]
fn a_refusal_gives_the_days_it_names_once_in_its_days() {
    let p = refused(ListKind::PspcIneligible, "pspc-end-before-start.csv");
    let w = "id,name,country,effective,ends\nW-1,A Ltd,CA,2026-05-01,2026-04-30\nW-2,B Ltd,CA,2025-12-31,2025-01-02\n";
    let mut all = p.clone();
    all.extend(parse(ListKind::Watchlist, w.as_bytes()).unwrap_err());
    assert!(all.len() >= 3, "{all:#?}");
    for x in &all {
        assert_eq!(x.days.len(), 2, "{x:#?}");
        for day in &x.days {
            let iso = day.to_string();
            assert!(!x.message_en.contains(&iso) && !x.message_fr.contains(&iso), "the day written again: {x:#?}");
            let said = x.message_in(crate::domain::Lang::Fr, |d| format!("<{d}>"));
            assert_eq!(said.matches(&format!("<{iso}>")).count(), 1, "{said}");
        }
        let [end, start] = x.days[..] else { panic!() };
        assert!(end < start, "{x:#?}");
    }
}

#[test]
fn a_refused_cell_is_named_by_its_column_as_the_file_names_it() {
    // French PSPC headers: the period, the start date, the business number and the type by their French labels.
    let fr = "Nom du fournisseur,Adresse,Type,Période,Motif,NE\n\
              X ltée,\"1 rue A, Laval\",Suspendu,2026-01-01 jusqu'à 2026-12-31,x,\n\
              Y ltée,\"2 rue B, Laval\",Banni,2026-01-01,x,12345\n";
    let p = parse(ListKind::PspcIneligible, fr.as_bytes()).unwrap_err();
    assert_eq!(
        places(&p),
        [(2, Some(4), Some("Période")), (3, Some(3), Some("Type")), (3, Some(6), Some("NE"))],
        "{p:#?}"
    );
    let cat = crate::reports::Catalog::embedded().unwrap();
    let say = |lang, m: &crate::domain::Message| cat.say(lang, m);
    let line = p[0].line_in(crate::domain::Lang::Fr, &say, |d| d.to_string());
    assert!(line.starts_with("ligne 2, colonne 4 (Période)\u{a0}: "), "{line}");
    let fr = "Nom,Adresse,Type,Date de début,Date de fin,Motif\nX ltée,A,Suspendu,demain,2027-01-01,x\n";
    assert_eq!(
        places(&parse(ListKind::PspcIneligible, fr.as_bytes()).unwrap_err()),
        [(2, Some(4), Some("Date de début"))]
    );
    // CBP's date column is read from `Date` too; the watch list's from French labels.
    let cbp = "Date,Country,Entity,Industry,Status,WRO/Finding\n13/30/2020,China,A Co,Steel,Active,WRO\n";
    assert_eq!(places(&parse(ListKind::CbpWro, cbp.as_bytes()).unwrap_err()), [(2, Some(1), Some("Date"))]);
    let watch = "nom,pays,depuis,jusqua\nA Co,Narnie,2026-01-01,2025-01-01\n";
    assert_eq!(
        places(&parse(ListKind::Watchlist, watch.as_bytes()).unwrap_err()),
        [(2, Some(2), Some("pays")), (2, Some(4), Some("jusqua"))]
    );
    // UFLPA: `Date Added` read as the effective date.
    let uflpa = "Entity Name,Section,Date Added\nA Co,(i),someday\n";
    let p = parse(ListKind::Uflpa, uflpa.as_bytes()).unwrap_err();
    assert!(places(&p).contains(&(2, Some(3), Some("Date Added"))), "{p:#?}");
}

#[test]
fn an_empty_file_is_said_empty_once_by_every_reader() {
    for kind in ListKind::iter() {
        for empty in ["", "\n\n", " \r\n\t"] {
            let p = parse(kind, empty.as_bytes()).unwrap_err();
            assert_eq!(p.len(), 1, "{kind:?} {empty:?}: {p:#?}");
            assert_eq!(
                (p[0].line, p[0].message_en.as_str(), p[0].message_fr.as_str()),
                (0, "the file is empty", "le fichier est vide")
            );
        }
    }
}

/// Every carrier bounds what it reads: a name, an alias, an address, a value and the count of other names of one
/// entry over their limits are refused at their line (and column, in CSV), naming the limit in English and French.
#[test]
fn names_aliases_addresses_and_counts_over_their_limits_are_refused_at_their_line_in_every_carrier() {
    use super::parse::{
        MAX_ADDRESS_CHARS, MAX_COUNTRY_CHARS, MAX_ID_CHARS, MAX_NAME_CHARS, MAX_NAMES_PER_ENTRY, MAX_VALUE_CHARS,
    };
    let long_name = "Albatross ".repeat(20_000);
    let over_name = "A".repeat(MAX_NAME_CHARS + 1);
    let at_name = "A".repeat(MAX_NAME_CHARS);
    let over_address = "9 Rue ".repeat(MAX_ADDRESS_CHARS / 6 + 1);
    let over_value = "x".repeat(MAX_VALUE_CHARS + 1);
    let many: Vec<String> = (0..=MAX_NAMES_PER_ENTRY).map(|i| format!("Alias {i}")).collect();
    let over_id = "7".repeat(MAX_ID_CHARS + 1);
    let over_country = "C".repeat(MAX_COUNTRY_CHARS + 1);
    let watch = |rows: &str| format!("id,name,aliases,country,address\nW-1,Heron Dye,,IN,\n{rows}");
    let sanctions = |props: serde_json::Value| {
        let line = serde_json::json!({"id": "X-1", "schema": "Company", "properties": props, "target": true});
        format!(
            "{{\"id\": \"X-0\", \"schema\": \"Company\", \"properties\": {{\"name\": [\"Heron\"]}}, \"target\": true}}\n{line}\n"
        )
    };
    type Place<'a> = (usize, Option<usize>, Option<&'a str>);
    let cases: Vec<(ListKind, String, Place<'_>, &str)> = vec![
        // A value too long for any column of a CSV line: its column, before anything is read of it.
        (
            ListKind::Watchlist,
            watch(&format!("W-2,{long_name},,IN,\n")),
            (3, Some(2), Some("name")),
            "199,999 characters",
        ),
        (
            ListKind::Watchlist,
            watch(&format!("W-2,{over_name},,IN,\n")),
            (3, Some(2), Some("name")),
            "1,001 characters",
        ),
        (
            ListKind::Watchlist,
            watch(&format!("W-2,Kestrel,{over_name},IN,\n")),
            (3, Some(3), Some("aliases")),
            "limit is 1,000",
        ),
        (
            ListKind::Watchlist,
            watch(&format!("W-2,Kestrel,,IN,\"{over_address}\"\n")),
            (3, Some(5), Some("address")),
            "limit is 2,000",
        ),
        (
            ListKind::Watchlist,
            watch(&format!("W-2,Kestrel,{},IN,\n", many.join(";"))),
            (3, Some(3), Some("aliases")),
            "1,001 other names",
        ),
        // An id, a country: each held to its own limit, named by its column.
        (ListKind::Watchlist, watch(&format!("{over_id},Kestrel,,IN,\n")), (3, Some(1), Some("id")), "limit is 200"),
        (
            ListKind::Watchlist,
            watch(&format!("W-2,Kestrel,,{over_country},\n")),
            (3, Some(4), Some("country")),
            "limit is 100",
        ),
        (
            ListKind::PspcIneligible,
            format!(
                "Supplier name,Address,Type,Start date,End date,Reason\n{over_name},\"1 A St, Ottawa\",Ineligible,2026-01-01,2027-01-01,x\n"
            ),
            (2, Some(1), Some("Supplier name")),
            "this name holds 1,001",
        ),
        (
            ListKind::PspcIneligible,
            format!(
                "Supplier name,Address,Type,Start date,End date,Reason\nX Inc.,\"1 A St, Ottawa\",Ineligible,2026-01-01,2027-01-01,{over_value}\n"
            ),
            (2, Some(6), Some("Reason")),
            "10,001 characters",
        ),
        (
            ListKind::CbpWro,
            format!("Date,Country,Entity,Industry,Status,WRO/Finding\n04/12/2023,China,{over_name},Steel,Active,WRO\n"),
            (2, Some(3), Some("Entity")),
            "this name",
        ),
        (
            ListKind::Uflpa,
            format!(
                "<h2>Section 2(d)(2)(B)(i): Entities in Xinjiang</h2><table><thead><tr><th>Entity Name</th><th>Effective Date</th></tr></thead><tr><td>{over_name}</td><td>06/21/2022</td></tr></table>"
            ),
            (1, Some(1), Some("Entity Name")),
            "this name",
        ),
        (
            ListKind::Opensanctions,
            sanctions(serde_json::json!({"name": [over_name.clone()], "country": ["cn"]})),
            (2, None, Some("properties.name[0]")),
            "1,001 characters",
        ),
        (
            ListKind::Opensanctions,
            sanctions(serde_json::json!({"name": ["Kestrel"], "alias": many, "country": ["cn"]})),
            (2, None, Some("properties.alias")),
            "1,001 other names",
        ),
        (
            ListKind::Opensanctions,
            sanctions(serde_json::json!({"name": ["Kestrel"], "address": [over_address], "country": ["cn"]})),
            (2, None, Some("properties.address[0]")),
            "2,",
        ),
        // The id of OpenSanctions, its identifiers, dates and countries: each held to its limit.
        (
            ListKind::Opensanctions,
            format!(
                "{{\"id\": \"X-0\", \"schema\": \"Company\", \"properties\": {{\"name\": [\"Heron\"]}}}}\n{{\"id\": \"{}\", \"schema\": \"Company\", \"properties\": {{\"name\": [\"Kestrel\"]}}}}\n",
                "X".repeat(5_000)
            ),
            (2, None, Some("id")),
            "5,000 characters; the limit is 200",
        ),
        (
            ListKind::Opensanctions,
            sanctions(serde_json::json!({"name": ["Kestrel"], "registrationNumber": ["1", over_id]})),
            (2, None, Some("properties.registrationNumber[1]")),
            "this identifier holds 201",
        ),
        (
            ListKind::Opensanctions,
            sanctions(serde_json::json!({"name": ["Kestrel"], "country": [over_country]})),
            (2, None, Some("properties.country[0]")),
            "this country holds 101",
        ),
        (
            ListKind::Opensanctions,
            format!(
                "{{\"id\": \"X-0\", \"schema\": \"Company\", \"properties\": {{\"name\": [\"Heron\"]}}, \"first_seen\": \"{}\"}}\n",
                "2024-06-21".repeat(5)
            ),
            (1, None, Some("first_seen")),
            "this date holds 50",
        ),
        (
            ListKind::PspcIneligible,
            format!(
                "Supplier name,Address,Type,Start date,End date,Reason,BN\nX Inc.,\"1 A St, Ottawa\",Ineligible,{},2027-01-01,x,\n",
                "2026-01-01 ".repeat(5)
            ),
            (2, Some(4), Some("Start date")),
            "this date holds",
        ),
        (
            ListKind::CbpWro,
            format!(
                "Date,Country,Entity,Industry,Status,WRO/Finding\n04/12/2023,{over_country},A Co,Steel,Active,WRO\n"
            ),
            (2, Some(2), Some("Country")),
            "this country",
        ),
    ];
    for (kind, text, (line, column, field), says) in cases {
        let p = parse(kind, text.as_bytes()).expect_err(&format!("{kind:?} {field:?}"));
        // Every limit refusal names its line, and its column (CSV, HTML) or JSON path.
        assert_eq!(places(&p), [(line, column, field)], "{kind:?}: {p:#?}");
        assert!(p[0].message_en.contains(says), "{kind:?}: {}", p[0].message_en);
        assert!(
            p[0].message_fr.contains("caractères\u{202f}; la limite est de")
                || p[0].message_fr.contains("autres noms\u{202f}; la limite est de"),
            "{}",
            p[0].message_fr
        );
        assert!(!p[0].message_fr.contains(" ;"), "{}", p[0].message_fr);
    }
    // At the limit, read.
    assert!(parse(ListKind::Watchlist, watch(&format!("W-2,{at_name},,IN,\n")).as_bytes()).is_ok());
}

/// The intake's character policy (`domain::characters`) holds in every list format: a control character, a
/// bidirectional control, an invisible character, a noncharacter or the replacement character in any value (name,
/// alias, address, id, country, reason, date …) is refused at its line and column or JSON path, in English and
/// French, naming the code point; a line break where a value takes one line too.
#[test]
fn a_character_the_intake_refuses_is_refused_in_every_list_format_at_its_place() {
    let chars = [
        '\u{0}', '\u{7}', '\u{85}', '\u{202E}', '\u{2067}', '\u{200B}', '\u{FEFF}', '\u{FFFE}', '\u{FFFD}', '\u{200D}',
        '\u{200C}', '\u{34F}', '\u{115F}', '\u{FFA0}', '\u{2800}', '\u{FE00}', '\u{FE0F}',
    ];
    type Case = (ListKind, String, (usize, Option<usize>, &'static str));
    for c in chars {
        let code = format!("U+{:04X}", u32::from(c));
        let ftm = |props: &str, extra: &str| {
            format!(
                "{{\"id\": \"X-0\", \"schema\": \"Company\", \"properties\": {{\"name\": [\"Heron\"]}}}}\n\
                 {{\"id\": \"X-1\", \"schema\": \"Company\", \"properties\": {{{props}}}{extra}}}\n"
            )
        };
        // Written as JSON escapes, as an exporter would write the character.
        let j = format!("\\u{:04x}", u32::from(c));
        let cases: Vec<Case> = vec![
            (
                ListKind::Watchlist,
                format!("id,name,aliases,country,address,reason\nW-1,Kestrel{c} Dye,,IN,,\n"),
                (2, Some(2), "name"),
            ),
            (
                ListKind::Watchlist,
                format!("id,name,aliases,country,address,reason\nW-1,Kestrel,K{c}D,IN,,\n"),
                (2, Some(3), "aliases"),
            ),
            (
                ListKind::Watchlist,
                format!("id,name,aliases,country,address,reason\nW{c}1,Kestrel,,IN,,\n"),
                (2, Some(1), "id"),
            ),
            (
                ListKind::Watchlist,
                format!("id,name,aliases,country,address,reason\nW-1,Kestrel,,I{c}N,,\n"),
                (2, Some(4), "country"),
            ),
            (
                ListKind::Watchlist,
                format!("id,name,aliases,country,address,reason\nW-1,Kestrel,,IN,1 R{c}d,\n"),
                (2, Some(5), "address"),
            ),
            (
                ListKind::Watchlist,
                format!("id,name,aliases,country,address,reason\nW-1,Kestrel,,IN,,Aud{c}it\n"),
                (2, Some(6), "reason"),
            ),
            (
                ListKind::CbpWro,
                format!("Date,Country,Entity,Industry,Status,WRO/Finding\n04/12/2023,China,A{c} Co,Steel,Active,WRO\n"),
                (2, Some(3), "Entity"),
            ),
            (
                ListKind::CbpWro,
                format!("Date,Country,Entity,Industry,Status,WRO/Finding\n04/12{c}/2023,China,A Co,Steel,Active,WRO\n"),
                (2, Some(1), "Date"),
            ),
            (
                ListKind::PspcIneligible,
                format!(
                    "Nom du fournisseur,Adresse,Type,Date de début,Date de fin,Motif\nX ltée,\"1 rue A{c}, Laval\",Suspendu,2026-01-01,2027-01-01,x\n"
                ),
                (2, Some(2), "Adresse"),
            ),
            (
                ListKind::PspcIneligible,
                format!(
                    "Supplier name,Address,Type,Start date,End date,Reason\nX Inc.,A,Ineligible,2026-01-01,2027-01-01,Fr{c}aud\n"
                ),
                (2, Some(6), "Reason"),
            ),
            (
                ListKind::Uflpa,
                format!("Section,Entity Name,Effective Date\n(i),Alpha{c} Co.,2024-01-01\n"),
                (2, Some(2), "Entity Name"),
            ),
            (
                ListKind::Uflpa,
                format!(
                    "<h2>Section 2(d)(2)(B)(i)</h2>\n<table><tr><th>Entity Name</th><th>Effective Date</th></tr>\n<tr><td>Alpha Co.</td><td>06/21{c}/2022</td></tr></table>"
                ),
                (3, Some(2), "Effective Date"),
            ),
            (ListKind::Opensanctions, ftm(&format!("\"name\": [\"Kes{j}trel\"]"), ""), (2, None, "properties.name[0]")),
            (
                ListKind::Opensanctions,
                ftm(&format!("\"name\": [\"K\"], \"alias\": [\"A\", \"B{j}x\"]"), ""),
                (2, None, "properties.alias[1]"),
            ),
            (
                ListKind::Opensanctions,
                ftm(&format!("\"name\": [\"K\"], \"address\": [\"1 R{j}d\"]"), ""),
                (2, None, "properties.address[0]"),
            ),
            (
                ListKind::Opensanctions,
                ftm(&format!("\"name\": [\"K\"], \"country\": [\"c{j}n\"]"), ""),
                (2, None, "properties.country[0]"),
            ),
            (
                ListKind::Opensanctions,
                ftm(&format!("\"name\": [\"K\"], \"topics\": [\"sanc{j}tion\"]"), ""),
                (2, None, "properties.topics[0]"),
            ),
            (
                ListKind::Opensanctions,
                ftm("\"name\": [\"K\"]", &format!(", \"datasets\": [\"u{j}s\"]")),
                (2, None, "datasets[0]"),
            ),
            (
                ListKind::Opensanctions,
                ftm("\"name\": [\"K\"]", "").replace("\"X-1\"", &format!("\"X{j}1\"")),
                (2, None, "id"),
            ),
        ];
        for (kind, text, (line, column, field)) in cases {
            let p = parse(kind, text.as_bytes()).expect_err(&format!("{kind:?} {field} {code}"));
            assert_eq!(places(&p), [(line, column, Some(field))], "{kind:?} {code}: {p:#?}");
            assert!(p[0].message_en.contains(&format!("{code} ")), "{kind:?} {code}: {}", p[0].message_en);
            // What was read is a list's entry, never "the declaration".
            assert!(!p[0].message_en.contains("declaration"), "{}", p[0].message_en);
            assert!(!p[0].message_fr.contains("déclaration"), "{}", p[0].message_fr);
            assert!(
                p[0].message_fr.contains(&format!("{code} ")) && p[0].message_fr.contains("supprimez-le"),
                "{}",
                p[0].message_fr
            );
        }
    }
    // A line break: refused in a one-line value, taken in an address and in CBP's entities (one a line).
    let p = parse(ListKind::Watchlist, "id,name,country\n\"W\n1\",Kestrel,IN\n".as_bytes()).unwrap_err();
    assert_eq!(places(&p), [(2, Some(1), Some("id"))], "{p:#?}");
    assert!(
        parse(ListKind::Watchlist, "id,name,country,address\nW-1,Kestrel,IN,\"1 Rd\nUnit 2\"\n".as_bytes()).is_ok()
    );
    let cbp = "Date,Country,Entity,Industry,Status,WRO/Finding\n04/12/2023,China,\"A Co\nB Co\",Steel,Active,WRO\n";
    assert_eq!(parse(ListKind::CbpWro, cbp.as_bytes()).unwrap().len(), 2);
    // A lone surrogate escape in a FollowTheMoney line: refused at its line, in words.
    let lone = "{\"id\": \"X-1\", \"schema\": \"Company\", \"properties\": {\"name\": [\"K\\ud800x\"]}}\n";
    let p = parse(ListKind::Opensanctions, lone.as_bytes()).unwrap_err();
    assert_eq!(p.iter().map(|p| p.line).collect::<Vec<_>>(), [1], "{p:#?}");
    assert!(p[0].message_en.contains("escape") && p[0].message_fr.contains("échappement"), "{p:#?}");
}

/// FollowTheMoney property values are lists of strings: a property read given as a string, a number, an object or a
/// list holding something else than strings is refused naming its path and the shape expected, for every property
/// read (of organisations and people) and the entity's own `id`, `schema`, `datasets` and `first_seen`.
#[test]
fn an_opensanctions_value_of_the_wrong_json_type_is_refused_naming_its_path_and_shape() {
    let line = |schema: &str, props: &str, extra: &str| {
        format!("{{\"id\": \"X-1\", \"schema\": \"{schema}\", \"properties\": {{{props}}}{extra}}}\n")
    };
    for (schema, key) in [
        ("Company", "name"),
        ("Company", "alias"),
        ("Company", "previousName"),
        ("Company", "country"),
        ("Company", "jurisdiction"),
        ("Company", "address"),
        ("Company", "registrationNumber"),
        ("Company", "taxNumber"),
        ("Company", "topics"),
        ("Person", "name"),
        ("Person", "birthDate"),
        ("Person", "nationality"),
        ("Person", "lastName"),
    ] {
        // A person's parts of a name are read when `name` is not given.
        let name =
            if key == "name" || key == "lastName" { String::new() } else { "\"name\": [\"Kestrel\"], ".to_string() };
        let path = format!("properties.{key}");
        for (value, found_en, found_fr) in [
            ("\"text\"", "found a string", "trouvé une chaîne"),
            ("42", "found a number", "trouvé un nombre"),
            ("{\"a\": 1}", "found an object", "trouvé un objet"),
        ] {
            let text = line(schema, &format!("{name}\"{key}\": {value}"), "");
            let p = parse(ListKind::Opensanctions, text.as_bytes()).expect_err(&path);
            assert_eq!(places(&p), [(1, None, Some(path.as_str()))], "{schema} {key} {value}: {p:#?}");
            assert_eq!(p[0].message_en, format!("“{path}” must be a list of strings, {found_en}"));
            assert_eq!(p[0].message_fr, format!("«\u{a0}{path}\u{a0}» doit être une liste de chaînes, {found_fr}"));
        }
        let text = line(schema, &format!("{name}\"{key}\": [\"ok\", 7]"), "");
        let p = parse(ListKind::Opensanctions, text.as_bytes()).unwrap_err();
        assert_eq!(places(&p), [(1, None, Some(format!("{path}[1]").as_str()))], "{p:#?}");
        assert!(p[0].message_en.ends_with("must be a string, found a number"), "{p:#?}");
    }
    for (extra, field) in [
        (", \"datasets\": \"us_ofac\"", "datasets"),
        (", \"first_seen\": 20240621", "first_seen"),
        (", \"target\": \"yes\"", "target"),
    ] {
        let text = line("Company", "\"name\": [\"Kestrel\"]", extra);
        let p = parse(ListKind::Opensanctions, text.as_bytes()).unwrap_err();
        assert_eq!(places(&p), [(1, None, Some(field))], "{p:#?}");
        assert!(p[0].message_en.contains(&format!("“{field}” must be")), "{p:#?}");
    }
    let p = parse(ListKind::Opensanctions, "{\"id\": 7, \"schema\": \"Company\"}\n".as_bytes()).unwrap_err();
    assert_eq!(places(&p), [(1, None, Some("id"))]);
    assert_eq!(p[0].message_en, "“id” must be a string, found a number");
    // A person's name as a list is read; given as a string, refused as such, never as "a person without a name".
    let p = parse(ListKind::Opensanctions, line("Person", "\"firstName\": \"Ana\"", "").as_bytes()).unwrap_err();
    assert_eq!(places(&p), [(1, None, Some("properties.firstName"))], "{p:#?}");
}

/// A footnote mark the publisher put on an entity's name — a superscript in the page (`<sup>1</sup>`, a linked
/// `<sup><a>[2]</a></sup>`, `<sup>*</sup>`), or glued to the name's last legal form or bracket once the superscript
/// is lost (`Co., Ltd.1`, `(and its subsidiaries)2`) — is taken out of the name and kept apart; a superscript that is
/// no mark, and a number that is part of the name, stay. The name written exactly is then the listed name.
#[test]
fn footnote_marks_are_taken_out_of_uflpa_names_and_kept_apart() {
    let page = "<html><h2>Section 2(d)(2)(B)(i)</h2>\n<table><tr><th>Entity Name</th><th>Effective Date</th></tr>\n\
                <tr><td><a href=\"#\">Yutian Cinderfield Cotton Co., Ltd.</a><sup>1</sup></td><td>06/21/2022</td></tr>\n\
                <tr><td>Minfeng Saltmarsh Foods Co., Ltd.<sup><a href=\"#fn2\">[2]</a></sup></td><td>06/21/2022</td></tr>\n\
                <tr><td>Luntai Greyreed Paper Company<sup>*</sup></td><td>06/21/2022</td></tr>\n\
                <tr><td>Qiemo Brightstone Works<sup>TM</sup></td><td>06/21/2022</td></tr>\n\
                <tr><td>Xinjiang No.1 Flax Mill</td><td>06/21/2022</td></tr>\n\
                </table></html>";
    let entries = parse(ListKind::Uflpa, page.as_bytes()).unwrap();
    let got: Vec<(&str, Vec<&str>)> =
        entries.iter().map(|e| (e.name.as_str(), e.footnotes.iter().map(String::as_str).collect())).collect();
    assert_eq!(
        got,
        [
            ("Yutian Cinderfield Cotton Co., Ltd.", vec!["1"]),
            ("Minfeng Saltmarsh Foods Co., Ltd.", vec!["[2]"]),
            ("Luntai Greyreed Paper Company", vec!["*"]),
            ("Qiemo Brightstone WorksTM", vec![]),
            ("Xinjiang No.1 Flax Mill", vec![]),
        ]
    );
    let table = "Section,Entity Name,Effective Date\n\
                 2(d)(2)(B)(i),\"Shache Amberleaf Textile Co., Ltd.1\",2024-06-01\n\
                 2(d)(2)(B)(iv),Kuqa Dawnpeak Chemical Company (and its subsidiaries)2,2024-06-01\n\
                 2(d)(2)(B)(i),Bachu Oatfield Cotton Mill 3,2024-06-01\n\
                 2(d)(2)(B)(i),Yecheng Redwillow Factory No.2,2024-06-01\n";
    let entries = parse(ListKind::Uflpa, table.as_bytes()).unwrap();
    let got: Vec<(&str, Vec<&str>, bool)> = entries
        .iter()
        .map(|e| (e.name.as_str(), e.footnotes.iter().map(String::as_str).collect(), e.subsidiaries))
        .collect();
    assert_eq!(
        got,
        [
            ("Shache Amberleaf Textile Co., Ltd.", vec!["1"], false),
            ("Kuqa Dawnpeak Chemical Company", vec!["2"], true),
            ("Bachu Oatfield Cotton Mill 3", vec![], false),
            ("Yecheng Redwillow Factory No.2", vec![], false),
        ]
    );
    // The name written exactly is the listed name, at 1.0.
    let ix = crate::screening::matching::ListIndex::new(&entries, day("2026-11-29")).of_list(ListKind::Uflpa);
    let d: crate::domain::Declaration = serde_json::from_value(serde_json::json!({
        "supplier": {"legal_name": "Osprey Apparel Inc.", "country": "CA", "declaration_date": "2026-10-01",
                     "signatory_name": "A. Signatory"},
        "attestations": [{"right": "forced_labour", "attested": true}],
        "places_of_work": [{"site_id": "S1", "site_name": "Shache Amberleaf Textile Co., Ltd.", "role": "processing",
                            "goods": "cotton yarn", "address": "1 Road", "city": "Shache", "country": "CN",
                            "supplies_to": []}],
        "goods": [{"item": "Yarn", "produced_at": ["S1"]}],
    }))
    .unwrap();
    let parties = crate::screening::matching::parties_of(&d);
    let mut hits = Vec::new();
    for (i, p) in parties.iter().enumerate() {
        ix.match_party(p, i, &mut hits);
    }
    let exact: Vec<_> = hits.iter().map(|h| (h.evidence.method, h.evidence.similarity)).collect();
    assert_eq!(exact, [(crate::screening::matching::MatchMethod::ExactName, 1.0)]);
}

/// A bracket holding part of a legal form (`(Private) Limited`, `(Pvt) Ltd`, `(Pvt.) Ltd.`, `(Pty) Ltd`, `(Pte.)
/// Ltd.`) is part of the name as published, not an alias; a bracket holding another name beside it still is.
#[test]
fn a_bracketed_part_of_a_legal_form_stays_in_the_name_and_is_no_alias() {
    for (written, name, aliases) in [
        (
            "Kadoma Reedbuck Cotton Ginners (Private) Limited",
            "Kadoma Reedbuck Cotton Ginners (Private) Limited",
            vec![],
        ),
        ("Lahore Sunbird Knits (Pvt) Ltd", "Lahore Sunbird Knits (Pvt) Ltd", vec![]),
        ("Sialkot Quillfeather Sports (Pvt.) Ltd.", "Sialkot Quillfeather Sports (Pvt.) Ltd.", vec![]),
        ("Durban Bluegum Traders (Pty) Ltd", "Durban Bluegum Traders (Pty) Ltd", vec![]),
        ("Jurong Kestrelwing Logistics (Pte.) Ltd.", "Jurong Kestrelwing Logistics (Pte.) Ltd.", vec![]),
        ("Harare Tinwood Mills (Pvt) Ltd (HTM)", "Harare Tinwood Mills (Pvt) Ltd", vec!["HTM"]),
        (
            "Bulawayo Ironbark Foundry (Ironbark Castings) Limited",
            "Bulawayo Ironbark Foundry (Ironbark Castings) Limited",
            vec!["Ironbark Castings", "Bulawayo Ironbark Foundry Limited"],
        ),
    ] {
        let s = split_name(written);
        assert_eq!((s.name.as_str(), s.aliases.iter().map(String::as_str).collect::<Vec<_>>()), (name, aliases));
    }
    let cbp = "Date,Country,Entity,Industry,Status,WRO/Finding\n\
               09/12/2024,Zimbabwe,Gweru Slatepeak Mining (Private) Limited,Diamonds,Active,WRO\n";
    let entries = parse(ListKind::CbpWro, cbp.as_bytes()).unwrap();
    let e = entries.first().unwrap();
    assert_eq!((e.name.as_str(), e.aliases.len()), ("Gweru Slatepeak Mining (Private) Limited", 0));
}

/// A confirmed ineligibility matched to a site of the bid (its operator, a subcontractor) says so in both languages:
/// the listed party is the subcontractor at that site, the bidder is not itself ineligible, and the Policy bars
/// subcontracting with it; matched to the supplier itself, it says the supplier is ineligible. Each of the three
/// days of a period (before, within, after) is said for either party.
#[test]
fn an_ineligible_subcontractor_is_said_to_be_the_subcontractor_not_the_bidder() {
    let cat = crate::reports::Catalog::embedded().unwrap();
    let file = "Supplier name,Type,Start date,End date\n\
                Eider Fictional Scaffolding Inc.,Ineligible,2026-01-01,2028-01-01\n\
                Grebe Fictional Rope Ltd.,Suspended,2026-03-01,2027-03-01\n";
    let entries = parse(ListKind::PspcIneligible, file.as_bytes()).unwrap();
    for e in &entries {
        for (site, on) in [("S2", "2026-11-30"), ("KZ-GIN-07", "2025-06-01"), ("S9", "2029-01-01")] {
            let on = day(on);
            let at_site = effect::ConfirmedHit {
                list: ListKind::PspcIneligible,
                edition: "edition 1 (#1)".into(),
                entry: e.clone(),
                site_ref: Some(site.into()),
            };
            let f = effect::ineligibility_finding(&at_site);
            let en = crate::reports::explain::finding_label(&cat, crate::domain::Lang::En, &f, on);
            let fr = crate::reports::explain::finding_label(&cat, crate::domain::Lang::Fr, &f, on);
            assert!(
                en.contains(&e.name) && en.contains(site) && en.contains("a subcontractor, not the bidder"),
                "{en}"
            );
            assert!(fr.contains(site) && fr.contains("un sous-traitant, non le soumissionnaire"), "{fr}");
            assert!(!en.contains("the supplier may not be awarded") && !en.contains("the supplier will be"), "{en}");
            assert!(!fr.contains("le fournisseur ne peut obtenir") && !fr.contains("le fournisseur sera"), "{fr}");
            let supplier = effect::ConfirmedHit { site_ref: None, ..at_site };
            let f = effect::ineligibility_finding(&supplier);
            let en = crate::reports::explain::finding_label(&cat, crate::domain::Lang::En, &f, on);
            let fr = crate::reports::explain::finding_label(&cat, crate::domain::Lang::Fr, &f, on);
            assert!(!en.contains("subcontractor") && en.contains("the supplier"), "{en}");
            assert!(!fr.contains("sous-traitant") && fr.contains("le fournisseur"), "{fr}");
        }
    }
}

/// A confirmed hit's factor says the publisher's status of the entry beside its measure, in both languages: an order
/// CBP modified or partially revoked is not the order as first issued. An entry whose list gives no status says none.
#[test]
fn a_confirmed_hits_factor_says_the_orders_status_in_both_languages() {
    use crate::reports::explain::{NoSites, factor_label};
    let cat = crate::reports::Catalog::embedded().unwrap();
    for (status, en, fr) in [
        (Some("Modified"), Some("status: Modified"), Some("statut\u{a0}: modifiée")),
        (Some("Partially Active"), Some("status: Partially active"), Some("statut\u{a0}: partiellement en vigueur")),
        (Some("MODIFIED"), Some("status: Modified"), Some("statut\u{a0}: modifiée")),
        (None, None, None),
    ] {
        let hit = effect::ConfirmedHit {
            list: ListKind::CbpWro,
            edition: "edition 2 (#7)".into(),
            entry: Entry {
                section: Some("WRO".into()),
                status: status.map(str::to_string),
                effective: NaiveDate::from_ymd_opt(2024, 3, 12),
                ..Entry::named("cbp_wro:heron", "Heron Quartz Products Co.", 3)
            },
            site_ref: Some("S1".into()),
        };
        let f = effect::screening_factor(&hit, 40.0);
        let said_en = factor_label(&cat, crate::domain::Lang::En, &f, &NoSites);
        let said_fr = factor_label(&cat, crate::domain::Lang::Fr, &f, &NoSites);
        match (en, fr) {
            (Some(en), Some(fr)) => {
                assert!(said_en.contains(&format!("Withhold Release Order, {en}, March 12, 2024")), "{said_en}");
                assert!(said_fr.contains(fr) && !said_fr.contains("Modified"), "{said_fr}");
            }
            _ => assert!(!said_en.contains("status") && !said_fr.contains("statut"), "{said_en} / {said_fr}"),
        }
    }
}

/// An entry changes, for the decisions taken on it, only when what matters for matching changes: its names, aliases,
/// former names, identifiers, country, address, status, section or measure (and kind, industry, subsidiaries flag,
/// a person's birth date). Its reason reworded or re-spaced, its dates, its footnote marks and its line are not
/// asked about again; the edition's diff still lists them.
#[test]
fn an_entry_changes_for_its_decisions_only_when_what_matters_for_matching_changes() {
    let base = Entry {
        aliases: vec!["Heron Quartz".into()],
        country: CountryCode::parse("CN"),
        address: Some("1 Quartz Road, Hotan".into()),
        business_number: None,
        identifiers: vec!["USCC 91650000FICT0001".into()],
        section: Some("WRO".into()),
        status: Some("Active".into()),
        reason: Some("Forced labour indicators: debt bondage".into()),
        effective: NaiveDate::from_ymd_opt(2024, 3, 12),
        ..Entry::named("cbp_wro:heron", "Heron Quartz Products Co.", 3)
    };
    let same = [
        Entry { reason: Some("Forced labour indicators:  debt bondage ".into()), ..base.clone() },
        Entry { reason: Some("Indicators of forced labour (debt bondage)".into()), ..base.clone() },
        Entry { reason: None, ..base.clone() },
        Entry { effective: NaiveDate::from_ymd_opt(2024, 4, 1), ..base.clone() },
        Entry { ends: NaiveDate::from_ymd_opt(2030, 1, 1), ..base.clone() },
        Entry { footnotes: vec!["1".into()], ..base.clone() },
        Entry { line: 99, ..base.clone() },
    ];
    for e in &same {
        assert_eq!(e.content_hash(), base.content_hash(), "{e:?}");
    }
    let other = [
        Entry { name: "Heron Quartz Products Company".into(), ..base.clone() },
        Entry { aliases: vec!["Heron Silica".into()], ..base.clone() },
        Entry { former_names: vec!["Egret Quartz".into()], ..base.clone() },
        Entry { address: Some("9 Quartz Road, Hotan".into()), ..base.clone() },
        Entry { country: CountryCode::parse("VN"), ..base.clone() },
        Entry { status: Some("Modified".into()), ..base.clone() },
        Entry { section: Some("Finding".into()), ..base.clone() },
        Entry { identifiers: vec!["USCC 91650000FICT0002".into()], ..base.clone() },
        Entry { business_number: Some("123456782".into()), ..base.clone() },
        Entry { os_id: Some("CN2026FICT001".into()), ..base.clone() },
        Entry { subsidiaries: true, ..base.clone() },
    ];
    for e in &other {
        assert_ne!(e.content_hash(), base.content_hash(), "{e:?}");
    }
    // The diff still shows a reworded reason as a change of the entry.
    let d = diff(Some(1), std::slice::from_ref(&base), std::slice::from_ref(&same[1]));
    assert_eq!(d.changed.len(), 1);
    assert_eq!(d.changed[0].fields, ["reason"]);
}

#[test]
fn a_supplier_confirmed_on_a_forced_labour_list_makes_every_category_and_site_it_supplies_critical() {
    let model = crate::scoring::RiskModel::embedded().unwrap();
    let on = day("2026-12-02");
    let mut tried = 0;
    for (_, d) in crate::import::demo_declarations() {
        let scored = model.assess(&d);
        // Only declarations with a category or a site below critical tell anything.
        if scored.categories.iter().all(|c| c.risk.forced_labour.score >= 100.0) {
            continue;
        }
        tried += 1;
        let mut e = Entry::named("Tailings Silicon Works", "Tailings Silicon Works", 7);
        e.section = Some("2(d)(2)(B)(v)".into());
        let supplier =
            effect::ConfirmedHit { list: ListKind::Uflpa, edition: "edition 2 (#9)".into(), entry: e, site_ref: None };
        let mut a = scored.clone();
        effect::reconcile(&mut a, std::slice::from_ref(&supplier), on);
        let names_entry = |s: &crate::domain::Score| {
            s.factors.iter().any(|f| {
                f.code() == effect::FACTOR_CODE
                    && f.source.as_ref().and_then(|s| s.entry.as_deref())
                        == Some("Tailings Silicon Works (Tailings Silicon Works)")
            })
        };
        for (what, score) in std::iter::once(("the declaration".to_string(), &a.overall.forced_labour))
            .chain(a.categories.iter().map(|c| (format!("category {}", c.category), &c.risk.forced_labour)))
            .chain(a.sites.iter().map(|s| (format!("site {}", s.site_id), &s.risk.forced_labour)))
        {
            assert_eq!((score.score, score.band), (100.0, crate::domain::Band::Critical), "{what}");
            assert!(names_entry(score), "{what} names the entry: {:?}", score.factors);
        }
        // Said once, as the supplier's own hit, not once a site.
        let hits = effect::forced_labour_hits(&a);
        assert_eq!(hits.len(), 1, "{hits:?}");
        assert!(hits.first().is_some_and(|(site, _)| site.is_none()));
        assert!(effect::carries(
            &a,
            &effect::EffectPlace {
                list: ListKind::Uflpa,
                key: "Tailings Silicon Works".into(),
                name: "Tailings Silicon Works".into(),
                site: None
            },
            on
        ));
        // What the facilities bring themselves in the national graph does not move: the supplier is listed, not them.
        assert_eq!(crate::domain::supply::bases_of(&a), crate::domain::supply::bases_of(&scored));
        // Child labour does not move; applying again changes nothing; lifted, the assessment as scored.
        assert_eq!(a.overall.child_labour, scored.overall.child_labour);
        let mut again = a.clone();
        effect::reconcile(&mut again, std::slice::from_ref(&supplier), on);
        assert_eq!(again, a);
        effect::reconcile(&mut a, &[], on);
        assert_eq!(a, scored, "the effect lifted");
    }
    assert!(tried >= 2, "only {tried} demo declarations below critical");
}

/// An order that names no firm is listed under its industry and country code ("Cotton (TM)"); pages frame it in the
/// reader's language, CBP's industry words quoted, the country by its name in that language. A firm's name, and a
/// region CBP names itself, are shown as written.
#[test]
fn an_order_naming_no_firm_is_shown_framed_in_the_reader_s_language() {
    use crate::domain::Lang;
    use crate::reports::screening_pages::entry_label;
    let cat = crate::reports::Catalog::embedded().unwrap();
    let mut framed = 0;
    for file in ["cbp_wro_findings.csv", "cbp_wro_industries.csv", "cbp_wro_tomatoes.csv"] {
        for e in parse(ListKind::CbpWro, &fixture(file)).unwrap() {
            let (en, fr) = (entry_label(&cat, Lang::En, &e.name, &e.key), entry_label(&cat, Lang::Fr, &e.name, &e.key));
            let built = e.scope == EntryScope::RegionOrIndustry
                && e.name == parse::region_name(e.industry.as_deref().unwrap(), e.country.unwrap().as_str());
            if built {
                framed += 1;
                let (industry, country) = (e.industry.as_deref().unwrap(), e.country.unwrap());
                assert_eq!(
                    en,
                    format!("Order on “{industry}” goods (country: {}; no firm named)", country.name(Lang::En))
                );
                let fr_country = country.name(Lang::Fr);
                assert_eq!(
                    fr,
                    format!(
                        "Ordonnance sur les biens «\u{a0}{industry}\u{a0}» (pays\u{a0}: {fr_country}\u{202f}; aucune entreprise nommée)"
                    )
                );
                assert!(!fr.contains(&format!("({})", country.as_str())), "{fr}");
            } else {
                assert_eq!((en.as_str(), fr.as_str()), (e.name.as_str(), e.name.as_str()), "{e:?}");
            }
        }
    }
    assert!(framed >= 4, "{framed} orders naming no firm in the fixtures");
    // A name that merely looks built, on an entry that is no region's, is shown as written.
    assert_eq!(entry_label(&cat, Lang::Fr, "Acme (CN)", "wro:CN:acme"), "Acme (CN)");
}
