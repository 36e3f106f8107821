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
        key: "test:site".into(),
        ..matching::Party::of_test(matching::PartyKind::Site, "Usine F", country, goods)
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

#[test]
fn a_cbp_entity_cell_of_spaces_or_separators_is_refused_not_read_as_an_order_on_a_whole_region() {
    let header = "Date,Country,Entity,Industry,Status,WRO/Finding";
    // Written, naming nothing: each would otherwise be an order on every cotton site of China.
    for entity in [";;", " ; ", "\",\"", " ", "\"\n\"", "\" ;\n; \"", "\";,;\"", "-", "\"; - ;\"", "()"] {
        let text = format!("{header}\n2024-05-01,China,{entity},Cotton,Active,WRO\n");
        let p = refused(ListKind::CbpWro, &text);
        assert!(
            p.iter().any(|p| p.line == 2 && p.column == Some(3) && p.field.as_deref() == Some("Entity")),
            "{entity:?}: {p:#?}"
        );
        assert!(p.iter().all(|p| !p.message_fr.is_empty()), "{p:#?}");
    }
    // One part of a cell naming nothing among names: refused, the names beside it read no differently.
    let text = format!("{header}\n2024-05-01,China,\"Acme Rope Co; ,\",Rope,Active,WRO\n");
    let p = refused(ListKind::CbpWro, &text);
    assert!(p.iter().any(|p| p.line == 2 && p.column == Some(3) && p.message_en.contains("names nothing")), "{p:#?}");
    // Left empty, the row says the order names no entity: the whole region or industry, as before.
    let text = format!("{header}\n2024-05-01,China,,Cotton,Active,WRO\n2024-05-01,China,\"\",Tomatoes,Active,WRO\n");
    let e = parse(ListKind::CbpWro, text.as_bytes()).unwrap();
    assert!(e.iter().all(|e| e.scope == EntryScope::RegionOrIndustry), "{e:#?}");
}

#[test]
fn a_name_of_punctuation_only_is_refused_in_every_reader() {
    for (kind, text, line, field) in [
        (ListKind::PspcIneligible, "Supplier name,Type,Start date\n\",\",Ineligible,2024-01-15\n", 2, "Supplier name"),
        (
            ListKind::PspcIneligible,
            "Supplier name,Type,Start date\n(aka Other Co),Ineligible,2024-01-15\n",
            2,
            "Supplier name",
        ),
        (ListKind::Watchlist, "name,country\n- -,CA\n", 2, "name"),
        (ListKind::Watchlist, "name,aliases,country\nReal Works,Real; ..,CA\n", 2, "aliases"),
        (
            ListKind::Uflpa,
            "Section,Entity Name,Effective Date\n(i),\"(also known as Hidden Co)\",2024-01-01\n",
            2,
            "Entity Name",
        ),
        (
            ListKind::Opensanctions,
            "{\"id\":\"x\",\"schema\":\"Company\",\"properties\":{\"name\":[\"Real Co\"],\"alias\":[\"--\"]}}\n",
            1,
            "properties.alias[0]",
        ),
    ] {
        let p = refused(kind, text);
        assert!(p.iter().any(|p| p.line == line && p.field.as_deref() == Some(field)), "{kind:?} {text}: {p:#?}");
    }
    let page = page("<tr><td>()</td><td>2024-01-01</td></tr>\n");
    assert!(refused(ListKind::Uflpa, &page).iter().any(|p| p.line == 6 && p.column == Some(1)), "the page's row");
}

#[test]
fn a_table_nested_in_a_uflpa_cell_is_refused_naming_its_row_and_nothing_in_it_is_read() {
    for rows in [
        // In the name cell: its date would be an entity.
        "<tr><td>Real Co<table><tr><td>2024-03-01</td></tr></table></td><td>2024-01-01</td></tr>\n",
        // In the date cell, written over lines.
        "<tr><td>Real Co</td><td>\n<table>\n<tr><td>Note Co</td><td>2024-03-01</td></tr>\n</table></td></tr>\n",
        // Two deep, its cells left open.
        "<tr><td>Real Co<table><tr><td><table><tr><td>Deep Co<td>x</table></table><td>2024-01-01</tr>\n",
    ] {
        let p = refused(ListKind::Uflpa, &page(rows));
        assert!(
            p.iter().any(|p| p.line == 6
                && p.message_en.contains("a table opens inside this row")
                && p.message_fr.contains("un tableau s'ouvre")),
            "{rows}: {p:#?}"
        );
        // Nothing of the inner table is read as a row: no problem names one of its lines or values.
        assert!(p.iter().all(|p| !p.message_en.contains("Note Co") && !p.message_en.contains("Deep Co")), "{p:#?}");
    }
    // A row after the refused one is read as before; a row outside any table is refused as no row.
    let rows = "<tr><td>Real Co<table><tr><td>x</td></tr></table></td></tr>\n<tr><td>Dup Co</td><td>2024-01-01</td></tr>\n\
                <tr><td>Dup Co</td><td>2024-01-01</td></tr>\n";
    let p = refused(ListKind::Uflpa, &page(rows));
    assert!(p.iter().any(|p| p.line == 8 && p.message_en.contains("line 7")), "{p:#?}");
    let outside = page("<tr><td>Real Co</td><td>2024-01-01</td></tr>\n")
        .replace("</body>", "<tr><td>Stray Co</td><td>2024-01-01</td></tr>\n</body>");
    let p = refused(ListKind::Uflpa, &outside);
    assert!(p.iter().any(|p| p.line == 8 && p.message_en.contains("outside any table")), "{p:#?}");
    // Tables side by side, one a section, stay read.
    assert!(parse(ListKind::Uflpa, fixture("uflpa_entity_list_2026-11.html").as_bytes()).is_ok());
}

#[test]
fn a_key_given_twice_in_an_opensanctions_object_or_an_id_on_two_lines_is_refused_naming_line_and_key() {
    let company =
        |id: &str, props: &str| format!("{{\"id\":\"{id}\",\"schema\":\"Company\",\"properties\":{{{props}}}}}");
    for (text, line, field) in [
        (format!("{}\n", company("a", "\"name\":[\"First Co\"],\"name\":[\"Second Co\"]")), 1, "properties.name"),
        ("{\"id\":\"a\",\"id\":\"b\",\"schema\":\"Company\",\"properties\":{\"name\":[\"X\"]}}\n".to_string(), 1, "id"),
        (
            "{\"id\":\"a\",\"schema\":\"Company\",\"target\":true,\"target\":false,\"properties\":{\"name\":[\"X\"]}}\n"
                .to_string(),
            1,
            "target",
        ),
        (
            format!("{}\n{}\n", company("a", "\"name\":[\"A Co\"]"), company("b", "\"country\":[\"cn\"],\"country\":[\"ca\"],\"name\":[\"B\"]")),
            2,
            "properties.country",
        ),
        // Deeper: a nested object of a property.
        (
            format!("{}\n", company("a", "\"name\":[\"A Co\"],\"x\":[{\"k\":1,\"k\":2}]")),
            1,
            "properties.x[0].k",
        ),
        // The same id on a line not listed itself (a related party, an address), then on a listed one.
        (
            format!(
                "{{\"id\":\"a\",\"schema\":\"Company\",\"target\":false,\"properties\":{{\"name\":[\"Rel Co\"]}}}}\n{}\n",
                company("a", "\"name\":[\"A Co\"]")
            ),
            2,
            "id",
        ),
        (
            format!(
                "{{\"id\":\"a\",\"schema\":\"Address\",\"properties\":{{\"full\":[\"1 Road\"]}}}}\n{}\n",
                company("a", "\"name\":[\"A Co\"]")
            ),
            2,
            "id",
        ),
    ] {
        let p = refused(ListKind::Opensanctions, &text);
        let at = p.iter().find(|p| p.line == line && p.field.as_deref() == Some(field));
        assert!(at.is_some(), "{text}: {p:#?}");
        let at = at.unwrap();
        assert!(at.message_en.contains("twice") || at.message_en.contains("already given"), "{at:#?}");
        assert!(at.message_fr.contains("deux fois") || at.message_fr.contains("déjà donné"), "{at:#?}");
    }
    // The same key in two objects, or twice in a list, is no key given twice.
    let ok = format!("{}\n", company("a", "\"name\":[\"A Co\",\"A Co\"],\"x\":[{\"k\":1},{\"k\":2}]"));
    assert_eq!(parse(ListKind::Opensanctions, ok.as_bytes()).unwrap().len(), 1);
}

#[test]
fn the_same_listing_written_otherwise_or_differing_only_where_it_cannot_is_refused_naming_both_lines() {
    for (kind, header, a, b, said) in [
        // CBP: the same entity written in other case, accents, spacing or punctuation.
        (
            ListKind::CbpWro,
            "Date,Country,Entity,Industry,Status,WRO/Finding",
            "2024-05-01,China,Acme Rope Co.,Rope,Active,WRO",
            "2024-05-01,China,ACME  ROPE CO,Rope,Active,WRO",
            "written otherwise",
        ),
        (
            ListKind::CbpWro,
            "Date,Country,Entity,Industry,Status,WRO/Finding",
            "2024-05-01,China,Société Câblière,Rope,Active,WRO",
            "2024-05-01,China,SOCIETE CABLIERE,Rope,Active,WRO",
            "written otherwise",
        ),
        // CBP: the same order from the same day, its status another.
        (
            ListKind::CbpWro,
            "Date,Country,Entity,Industry,Status,WRO/Finding",
            "2024-05-01,China,Acme Rope Co,Rope,Active,WRO",
            "2024-05-01,China,Acme Rope Co,rope,Revoked,WRO",
            "status",
        ),
        // PSPC: the same measure from the same day, another end.
        (
            ListKind::PspcIneligible,
            "Supplier name,Address,Type,Start date,End date",
            "Twice Inc.,1 Rd,Ineligible,2024-01-15,2029-01-14",
            "Twice Inc.,1 Rd,Ineligible,2024-01-15,2030-01-14",
            "end",
        ),
        (
            ListKind::PspcIneligible,
            "Supplier name,Address,Type,Start date,End date",
            "Twice Inc.,1 Rd,Ineligible,2024-01-15,2029-01-14",
            "TWICE INC,1 Rd,Inadmissible,2024-01-15,",
            "end",
        ),
        // Watch list: the same entry written otherwise.
        (
            ListKind::Watchlist,
            "name,country,reason",
            "Again Works,VN,audit",
            "again works,VN,audit",
            "written otherwise",
        ),
    ] {
        let p = refused(kind, &format!("{header}\n{a}\n{b}\n"));
        assert!(
            p.iter().any(|p| p.line == 3 && p.message_en.contains("line 2") && p.message_en.contains(said)),
            "{kind:?} {b}: {p:#?}"
        );
        assert!(p.iter().any(|p| p.line == 3 && p.message_fr.contains("ligne 2")), "{p:#?}");
    }
    // What differs in kind, industry or start stays two entries; so do two firms of one name on the watch list.
    for (kind, text) in [
        (
            ListKind::PspcIneligible,
            "Supplier name,Type,Start date,End date\nTwo Inc.,Suspended,2023-01-15,2023-06-14\n\
             Two Inc.,Ineligible,2024-01-15,2029-01-14\nTwo Inc.,Ineligible,2025-01-15,2025-06-14\n",
        ),
        (ListKind::Watchlist, "name,country,business_number\nSame Name Co,CA,\nSame Name Co,CA,842310575\n"),
    ] {
        let e = parse(kind, text.as_bytes()).unwrap_or_else(|p| panic!("{p:#?}"));
        assert!(e.len() >= 2, "{e:#?}");
    }
}

/// CBP's words are read whatever their case and stored as CBP spells them: an edition that writes `wro` or `ACTIVE`
/// for the same order is the same entry, so no decided hit is asked again for a change of case.
#[test]
fn a_cbp_status_or_kind_in_another_case_is_stored_as_cbp_spells_it() {
    let header = "Date,Country,Entity,Industry,Status,WRO/Finding";
    let read = |status: &str, kind: &str| {
        let text = format!("{header}\n2024-05-01,China,Acme Rope Co,Rope,{status},{kind}\n");
        let e = parse(ListKind::CbpWro, text.as_bytes()).unwrap();
        let e = e.into_iter().next().unwrap();
        (e.section, e.status)
    };
    let spelt = read("Active", "WRO");
    assert_eq!(spelt, (Some("WRO".to_string()), Some("Active".to_string())));
    for (status, kind) in [("ACTIVE", "wro"), ("active", "Wro"), ("aCtIvE", "WRO")] {
        assert_eq!(read(status, kind), spelt, "{status} {kind}");
    }
    assert_eq!(read("PARTIALLY REVOKED", "finding"), (Some("Finding".into()), Some("Partially Revoked".into())));
}

/// A UFLPA page whose header names the entity's or the date's column twice is refused at the header's line, naming
/// the column and both places, as a CSV is: one column would be read and the other's entities dropped without a word.
#[test]
fn a_uflpa_column_named_twice_is_refused_at_its_header_as_in_a_csv() {
    for (header, label, columns) in [
        ("<th>Entity Name</th><th>Effective Date</th><th>Entity Name</th>", "Entity Name", "(columns 1 and 3)"),
        ("<th>Name</th><th>Entity</th><th>Effective Date</th>", "Entity Name", "(columns 1 and 2)"),
        ("<th>Entity Name</th><th>Date</th><th>Effective Date</th>", "Effective Date", "(columns 2 and 3)"),
    ] {
        let text = page("<tr><td>Alpha Co</td><td>2024-01-01</td><td>Beta Co</td></tr>\n")
            .replace("<th>Entity Name</th><th>Effective Date</th>", header);
        let p = refused(ListKind::Uflpa, &text);
        assert!(
            p.iter().any(|p| p.line == 5
                && p.field.as_deref() == Some(label)
                && p.message_en.contains(columns)
                && p.message_fr.contains("donnée deux fois")),
            "{header}: {p:#?}"
        );
    }
}

/// The French refusals of a list space their semicolons as French writes them, a narrow no-break space before (as
/// every other French message: `… suivent ; enregistrez …`): a page cut short, a table nested in a row, a row outside
/// any table, an invisible character, an entity cell of separators only.
#[test]
fn french_refusals_put_a_narrow_no_break_space_before_a_semicolon() {
    let whole = fixture("uflpa_entity_list_2026-10.html");
    let cut = whole.get(..whole.find("</table>").unwrap()).unwrap().to_string();
    let html_cut = whole.get(..whole.find("</html>").unwrap()).unwrap().to_string();
    let nested = page("<tr><td>Alpha Co.<table><tr><td>x</td></tr></table></td><td>2024-01-01</td></tr>\n");
    let outside = "<html><body><tr><td>Stray Co.</td></tr>\n<table><tr><th>Entity Name</th></tr>\n\
                   <tr><td>Alpha Co.</td></tr></table></body></html>\n";
    let mut problems: Vec<ListProblem> = Vec::new();
    for text in [cut.as_str(), html_cut.as_str(), nested.as_str(), outside] {
        problems.extend(refused(ListKind::Uflpa, text));
    }
    problems
        .extend(refused(ListKind::Watchlist, "id,name,aliases,country,address,reason\nW-1,Kest\u{200B}rel,,IN,,\n"));
    problems.extend(refused(
        ListKind::CbpWro,
        "Date,Country,Entity,Industry,Status,WRO/Finding\n04/12/2023,China, ; ,Steel,Active,WRO\n",
    ));
    let mut wrong = Vec::new();
    let mut semicolons = 0;
    for p in &problems {
        let chars: Vec<char> = p.message_fr.chars().collect();
        // A value quoted between « » is shown as written.
        let mut quoted = false;
        for (i, c) in chars.iter().enumerate() {
            quoted = match c {
                '«' => true,
                '»' => false,
                _ => quoted,
            };
            if *c == ';' && !quoted {
                semicolons += 1;
                if i == 0 || !matches!(chars[i - 1], '\u{202f}' | '\u{a0}') {
                    wrong.push(p.message_fr.clone());
                }
            }
        }
    }
    assert!(semicolons >= 5, "{problems:#?}");
    assert!(wrong.is_empty(), "{wrong:#?}");
}
