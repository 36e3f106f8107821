//! Files that must be refused whole, or read as a browser or the publisher means them: pages cut short, character
//! references, note rows, entries given twice, columns named twice, dates out of range, orders on all goods.

use super::parse::{parse, split_name};
use super::*;

fn fixture(name: &str) -> String {
    std::fs::read_to_string(format!("{}/supplier_data/screening/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap()
}

fn refused(kind: ListKind, text: &str) -> Vec<ListProblem> {
    parse(kind, text.as_bytes()).expect_err(text)
}

fn page(rows: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html><body>\n<h2>Section 2(d)(2)(B)(i)</h2>\n<table>\n\
         <tr><th>Entity Name</th><th>Effective Date</th></tr>\n{rows}</table>\n</body></html>\n"
    )
}

#[test]
fn a_uflpa_page_cut_short_is_refused_where_it_stops() {
    let whole = fixture("uflpa_entity_list_2026-10.html");
    assert!(parse(ListKind::Uflpa, whole.as_bytes()).is_ok());
    // Cut inside a cell, inside a tag, after a row, between two tables, before `</body>`: each loses entries or
    // could, and each is refused with the line where the file stops.
    let cut_before = |needle: &str| whole.get(..whole.find(needle).unwrap()).unwrap().to_string();
    let last_table = whole.rfind("<table").unwrap();
    let cuts = [
        cut_before("Karamay"),
        cut_before("</table>"),
        whole.get(..last_table + 3).unwrap().to_string(),
        whole.get(..whole.rfind("</tr>").unwrap() + 5).unwrap().to_string(),
        whole.get(..whole.find("</table>").unwrap() + 8).unwrap().to_string(),
        cut_before("</body>"),
        cut_before("</html>"),
    ];
    for cut in cuts {
        let p = refused(ListKind::Uflpa, &cut);
        let stop = cut.trim_end().lines().count();
        assert!(
            p.iter().any(|p| p.line == stop
                && p.message_en.contains("the file stops")
                && p.message_fr.contains("s'arrête")),
            "{p:#?}\n{cut}"
        );
    }
    // A table alone, not a page, must still be closed.
    let table = "<table>\n<tr><th>Entity Name</th></tr>\n<tr><td>Cut Co";
    let p = refused(ListKind::Uflpa, table);
    assert!(p.iter().any(|p| p.line == 3 && p.message_en.contains("opened on line 1")), "{p:#?}");
}

#[test]
fn every_reader_refuses_a_file_whose_last_line_is_cut() {
    for (kind, name, cut_at) in [
        (ListKind::CbpWro, "cbp_wro_findings.csv", ",Activ"),
        (ListKind::PspcIneligible, "pspc_ineligible_suspended.csv", ",2034-1"),
        (ListKind::Watchlist, "watchlist.csv", ",Under review"),
        (ListKind::Opensanctions, "opensanctions_entities.ftm.json", "\"properties\""),
    ] {
        let whole = fixture(name);
        let at = whole.rfind(cut_at).unwrap();
        let cut = whole.get(..at).unwrap();
        assert!(parse(kind, cut.as_bytes()).is_err(), "{kind:?}: {cut}");
    }
}

#[test]
fn html_character_references_are_decoded_as_a_browser_does_and_script_text_is_not_read() {
    let rows = "<tr><td>Hami Jin&#8217;ao Textile Co., Ltd.</td><td>2024-01-01</td></tr>\n\
                <tr><td>Turpan Yuanfeng&#x2019;s Garments Co</td><td>2024-01-01</td></tr>\n\
                <tr><td>Soci&eacute;t&eacute; Cotoni&#232;re Ouest</td><td>2024-01-01</td></tr>\n\
                <tr><td>Xinjiang Production &#38; Construction Corps</td><td>2024-01-01</td></tr>\n\
                <tr><td>Kashi&nbsp;Dongfang&NewLine;Cotton Co.</td><td>2024-01-01</td></tr>\n\
                <tr><td>L&rsquo;Atelier Ma&icirc;tre &hellip; Co</td><td>2024-01-01</td></tr>\n\
                <tr><td>A &amp; B <script>var t = '<td>Evil</td>';</script>Trading<style>td{x:1}</style> Co</td>\
                <td>2024-01-01</td></tr>\n\
                <tr><td>Jin<b>ao</b> <!-- hidden -->Mill</td><td>2024-01-01</td></tr>\n";
    let entries = parse(ListKind::Uflpa, page(rows).as_bytes()).unwrap();
    let names: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(
        names,
        [
            "Hami Jin\u{2019}ao Textile Co., Ltd.",
            "Turpan Yuanfeng\u{2019}s Garments Co",
            "Société Cotonière Ouest",
            "Xinjiang Production & Construction Corps",
            "Kashi Dongfang Cotton Co.",
            "L\u{2019}Atelier Maître \u{2026} Co",
            "A & B Trading Co",
            "Jinao Mill",
        ]
    );
    // A heading's references are decoded too: `&#40;` is a bracket of the section's name.
    let text =
        page("<tr><td>Heading Co</td><td>2024-01-01</td></tr>\n").replace("2(d)(2)(B)(i)", "2&#40;d&#41;(2)(B)(iv)");
    let e = parse(ListKind::Uflpa, text.as_bytes()).unwrap();
    assert_eq!(e[0].section.as_deref(), Some("2(d)(2)(B)(iv)"));
}

#[test]
fn a_note_row_spanning_the_table_is_no_entity_and_an_entity_twice_in_a_section_is_refused() {
    let rows = "<tr><td colspan=\"2\">Note: entities below were added in 2024</td></tr>\n\
                <tr><td>Real Co</td><td>2024-01-01</td></tr>\n\
                <tr><td colspan=2><b>Updated</b></td></tr>\n";
    let e = parse(ListKind::Uflpa, page(rows).as_bytes()).unwrap();
    assert_eq!(e.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(), ["Real Co"]);
    // The same entity twice in a section, its dates alike or not, written alike or not.
    for (a, b) in [("Dup Co", "Dup Co"), ("Dup Co., Ltd.", "DUP CO LTD"), ("Twin Mill (also known as TM)", "Twin Mill")]
    {
        let rows = format!(
            "<tr><td>{a}</td><td>2024-01-01</td></tr>\n<tr><td>Other</td><td>2024-01-01</td></tr>\n\
             <tr><td>{b}</td><td>2024-02-01</td></tr>\n"
        );
        let p = refused(ListKind::Uflpa, &page(&rows));
        assert!(
            p.iter().any(|p| p.line == 8 && p.message_en.contains("on line 6") && p.message_fr.contains("ligne 6")),
            "{p:#?}"
        );
    }
    // The same entity in two sections stays two entries.
    let two = page("<tr><td>Both Co</td><td>2024-01-01</td></tr>\n").replace(
        "</table>\n</body>",
        "</table>\n<h2>Section 2(d)(2)(B)(iv)</h2><table><tr><th>Entity Name</th><th>Effective Date</th></tr>\n\
         <tr><td>Both Co</td><td>2024-01-01</td></tr></table>\n</body>",
    );
    assert_eq!(parse(ListKind::Uflpa, two.as_bytes()).unwrap().len(), 2);
}

#[test]
fn a_row_written_twice_is_refused_in_every_csv_list() {
    for (kind, header, row) in [
        (
            ListKind::CbpWro,
            "Date,Country,Entity,Industry,Status,WRO/Finding",
            "2024-05-01,China,Acme Rope Co,Rope,Active,WRO",
        ),
        (
            ListKind::PspcIneligible,
            "Supplier name,Address,Type,Start date,End date",
            "Twice Inc.,1 Rd,Ineligible,2024-01-15,2029-01-14",
        ),
        (ListKind::Watchlist, "name,country,reason", "Again Works,VN,audit"),
        (ListKind::Uflpa, "Section,Entity Name,Effective Date", "(ii),Repeat Co,2024-01-01"),
    ] {
        let text = format!("{header}\n{row}\n{row}\n");
        let p = refused(kind, &text);
        assert!(p.iter().any(|p| p.line == 3 && p.message_en.contains("line 2")), "{kind:?}: {p:#?}");
    }
    // Two orders on one entity that differ stay two entries (CBP: a WRO then a Finding; other goods).
    let text = "Date,Country,Entity,Industry,Status,WRO/Finding\n2024-05-01,China,Acme Rope Co,Rope,Active,WRO\n\
                2024-05-01,China,Acme Rope Co,Rope,Active,Finding\n2025-05-01,China,Acme Rope Co,Nets,Active,WRO\n";
    assert_eq!(parse(ListKind::CbpWro, text.as_bytes()).unwrap().len(), 3);
}

#[test]
fn a_column_named_twice_is_refused_at_line_1_in_every_csv_list() {
    for (kind, header, row) in [
        (ListKind::Watchlist, "id,name,country,country", "D1,Dupcol Works,CA,CN"),
        (ListKind::Watchlist, "name,Country,aliases, country ", "Dupcol Works,CA,,CN"),
        (
            ListKind::CbpWro,
            "Date,Country,Entity,Entity,Industry,Status,WRO/Finding",
            "2024-05-01,China,A,B,Rope,Active,WRO",
        ),
        (
            ListKind::PspcIneligible,
            "Supplier name,Address,Type,Start date,Start Date",
            "X Inc.,1 Rd,Ineligible,2024-01-15,2024-01-16",
        ),
        (ListKind::Uflpa, "Section,Entity Name,Effective Date,Entity name", "(i),A Co,2024-01-01,B Co"),
    ] {
        let p = refused(kind, &format!("{header}\n{row}\n"));
        let twice =
            p.iter().find(|p| p.line == 1 && p.message_en.contains("given twice")).unwrap_or_else(|| panic!("{p:#?}"));
        assert!(twice.message_fr.contains("deux fois") && twice.column.is_some(), "{twice:#?}");
    }
}

#[test]
fn dates_outside_the_window_of_a_list_are_refused_in_every_format() {
    for (kind, text, field) in [
        (ListKind::Watchlist, "name,country,effective\nOld Co,CN,0001-01-01\n", "effective"),
        (ListKind::Watchlist, "name,country,effective\nOld Co,CN,1800-05-01\n", "effective"),
        (ListKind::Watchlist, "name,country,effective\nLate Co,CN,9999-12-31\n", "effective"),
        (ListKind::Watchlist, "name,country,effective,ends\nLate Co,CN,2024-01-01,9999-12-31\n", "ends"),
        (
            ListKind::PspcIneligible,
            "Supplier name,Type,Start date,End date\nTypo Inc.,Ineligible,2205-01-15,2210-01-14\n",
            "Start date",
        ),
        (
            ListKind::PspcIneligible,
            "Supplier name,Type,Period\nTypo Inc.,Ineligible,0001-01-01 to 0002-01-01\n",
            "Start date",
        ),
        (
            ListKind::CbpWro,
            "Date,Country,Entity,Industry,Status,WRO/Finding\n2099-01-01,China,Far Co,Rope,Active,WRO\n",
            "Effective Date",
        ),
        (ListKind::Uflpa, "Section,Entity Name,Effective Date\n(i),Far Co,1899-01-01\n", "Effective Date"),
        (
            ListKind::Opensanctions,
            "{\"id\":\"x\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Far\"]},\"first_seen\":\"2999-01-01\"}\n",
            "first_seen",
        ),
        (
            ListKind::Opensanctions,
            "{\"id\":\"p\",\"schema\":\"Person\",\"properties\":{\"name\":[\"Ann Far\"],\"birthDate\":[\"2999\"]}}\n",
            "properties.birthDate",
        ),
    ] {
        let p = refused(kind, text);
        assert!(p.iter().any(|p| p.line == 2 || kind == ListKind::Opensanctions && p.line == 1), "{p:#?}");
        assert!(p.iter().any(|p| p.field.as_deref() == Some(field)), "{kind:?} {text}: {p:#?}");
    }
    let page = page("<tr><td>Far Co</td><td>01/01/2205</td></tr>\n");
    assert!(refused(ListKind::Uflpa, &page).iter().any(|p| p.line == 6), "the page's row");
    // Within the window: the oldest CBP orders of the 1930s, a PSPC period of ten years.
    let ok = "Date,Country,Entity,Industry,Status,WRO/Finding\n1953-01-01,China,Old Order Co,Rope,Active,WRO\n";
    assert!(parse(ListKind::CbpWro, ok.as_bytes()).is_ok());
}

#[test]
fn a_cbp_row_naming_no_entity_needs_a_country_and_an_order_on_all_goods_reaches_every_site_there() {
    let text = "Date,Country,Entity,Industry,Status,WRO/Finding\n2024-05-01,,,Cotton,Active,WRO\n";
    let p = refused(ListKind::CbpWro, text);
    assert!(p.iter().any(|p| p.line == 2 && p.field.as_deref() == Some("Country") && p.column == Some(2)), "{p:#?}");
    let text = "Date,Country,Entity,Industry,Status,WRO/Finding\n2024-05-01,Turkmenistan,,All goods,Active,Finding\n\
                2024-05-01,Viet Nam,,Goods and products,Active,WRO\n2024-05-01,Malaysia,,Palm oil,Active,WRO\n";
    let entries = parse(ListKind::CbpWro, text.as_bytes()).unwrap();
    let ix = matching::ListIndex::new(&entries, chrono::NaiveDate::from_ymd_opt(2026, 1, 1).unwrap());
    let site = |country: &str, goods: Option<&str>| matching::Party {
        kind: matching::PartyKind::Site,
        key: "test:site".into(),
        name: "Usine F".into(),
        business_number: None,
        country: CountryCode::parse(country),
        os_id: None,
        address: None,
        city: None,
        goods: goods.map(str::to_string),
        site_ref: None,
    };
    for (country, goods, hits) in [
        ("TM", Some("cotton yarn"), 1),
        ("TM", None, 1),
        ("VN", Some("shoes"), 1),
        ("MY", Some("palm oil"), 1),
        ("MY", Some("gloves"), 0),
        ("KZ", Some("cotton"), 0),
    ] {
        let mut out = Vec::new();
        ix.match_party(&site(country, goods), 0, &mut out);
        assert_eq!(out.len(), hits, "{country} {goods:?}: {out:#?}");
    }
}

#[test]
fn aliases_and_former_names_in_one_bracket_are_each_read_on_their_own() {
    for (text, name, aliases, former) in [
        (
            "Xinjiang Zhenhua Cotton Textile Co., Ltd. (also known as Zhenhua Textiles; formerly known as Hetian Zhenhua \
             Spinning Co., Ltd.) and its subsidiaries",
            "Xinjiang Zhenhua Cotton Textile Co., Ltd.",
            vec!["Zhenhua Textiles"],
            vec!["Hetian Zhenhua Spinning Co., Ltd."],
        ),
        (
            "Alpha Co (also known as Gamma Tex; formerly Delta Weaving Co.)",
            "Alpha Co",
            vec!["Gamma Tex"],
            vec!["Delta Weaving Co."],
        ),
        ("Eta Co (f/k/a Theta Mill; a.k.a. Iota)", "Eta Co", vec!["Iota"], vec!["Theta Mill"]),
        (
            "Kappa Ltd (formerly known as Lambda Ltd, also known as Mu; Nu)",
            "Kappa Ltd",
            vec!["Mu", "Nu"],
            vec!["Lambda Ltd"],
        ),
        ("Xi Corp (aka Omicron; fka Pi Corp; Rho Corp)", "Xi Corp", vec!["Omicron"], vec!["Pi Corp", "Rho Corp"]),
        (
            "Sigma Inc (d.b.a. Tau Traders, f.k.a. Upsilon, Inc.)",
            "Sigma Inc",
            vec!["Tau Traders"],
            vec!["Upsilon, Inc."],
        ),
        (
            "Phi Co., Ltd., a.k.a. Chi; formerly known as Psi Co., Ltd.",
            "Phi Co., Ltd.",
            vec!["Chi"],
            vec!["Psi Co., Ltd."],
        ),
        ("Omega SA (FORMERLY KNOWN AS Alef SA; ALSO KNOWN AS Bet)", "Omega SA", vec!["Bet"], vec!["Alef SA"]),
        ("Gimel Works (Akatsuki Dyeing)", "Gimel Works", vec!["Akatsuki Dyeing"], vec![]),
        ("Dalet Ltée (anciennement Hé Ltée; aussi appelé Vav)", "Dalet Ltée", vec!["Vav"], vec!["Hé Ltée"]),
        ("Zayin Co (previously known as Het Co; doing business as Tet)", "Zayin Co", vec!["Tet"], vec!["Het Co"]),
    ] {
        let s = split_name(text);
        let (a, f): (Vec<&str>, Vec<&str>) =
            (s.aliases.iter().map(String::as_str).collect(), s.former_names.iter().map(String::as_str).collect());
        assert_eq!((s.name.as_str(), a, f), (name, aliases, former), "{text}");
    }
}
