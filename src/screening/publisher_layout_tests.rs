//! The publishers' own layouts and wordings, as their files write them: CBP's Withhold Release Orders and Findings
//! dataset (its columns `Country`, `Industry`, `Status`, `Merchandise`, `WRO/Finding`, `Remarks`, `Press Release`,
//! `Effective Date`, `Modified Date`, `Entity`; several firms, aliases, places, vessels and whole regions written in
//! the `Entity` cell), and DHS's UFLPA Entity List page (each table labelled by the paragraph before it, the names'
//! counted aliases and phrases of subsidiaries). The fixtures copy each wording with fictional entities
//! (`cbp_wro_dataset_layout.csv`, `uflpa_entity_list_dhs_layout.html`); the wordings are those of the real files,
//! as read by OpenSanctions' crawlers of the two lists (`datasets/us/cbp_forced_labor`, `datasets/us/dhs_uflpa`).

use chrono::NaiveDate;

use super::matching::{ListIndex, MatchMethod, Party, PartyKind};
use super::parse::{parse, split_name};
use super::*;

fn fixture(kind: ListKind, name: &str) -> Vec<Entry> {
    let bytes = std::fs::read(format!("{}/supplier_data/screening/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    parse(kind, &bytes).map_err(|p: Vec<ListProblem>| format!("{p:#?}")).unwrap()
}

/// Each entry as `(line, name, aliases, subsidiaries, scope, goods, country, address)`.
type Reading<'a> = (usize, &'a str, Vec<&'a str>, bool, EntryScope, Option<&'a str>, Option<&'a str>, Option<&'a str>);

fn readings(entries: &[Entry]) -> Vec<Reading<'_>> {
    entries
        .iter()
        .map(|e| {
            (
                e.line,
                e.name.as_str(),
                e.aliases.iter().map(String::as_str).collect(),
                e.subsidiaries,
                e.scope,
                e.industry.as_deref(),
                e.country.as_ref().map(CountryCode::as_str),
                e.address.as_deref(),
            )
        })
        .collect()
}

/// CBP's dataset as published (a UTF-8 byte order mark, its ten columns, `MM/DD/YYYY` dates) is read row by row as
/// its wordings mean: the goods are the `Merchandise` (not the `Industry`, a sector); `Fishing Vessels` in the
/// country is no country and the vessel or its owner the party; several firms in one cell are split where a name
/// ends in a legal form or in a list `A, B, and C`, with the subsidiaries phrase after them read with each; a last
/// part of one word after `;` is where they are; a name followed by places closing on a country is a name and its
/// address; whole regions, kinds of goods and mining areas named in the cell are orders on the region.
#[test]
fn cbp_s_dataset_is_read_as_its_wordings_mean() {
    use EntryScope::{Entity, RegionOrIndustry};
    let entries = fixture(ListKind::CbpWro, "cbp_wro_dataset_layout.csv");
    let want: Vec<Reading<'_>> = vec![
        (
            2,
            "Quillon Safety Products Company, Limited",
            vec![
                "Quillon (Nantong) Glove Co. Limited",
                "Quillon Glove Co. Limited",
                "Quillon Protective Technology (HK) Limited.",
                "Quillon Protective Technology Limited.",
            ],
            true,
            Entity,
            Some("Disposable gloves"),
            Some("CN"),
            None,
        ),
        (3, "Marmot Silicon Industry Co. Ltd.", vec![], true, Entity, Some("Silica-based products"), Some("CN"), None),
        (
            4,
            "Zephyria Autonomous Region (ZAR)",
            vec![],
            false,
            RegionOrIndustry,
            Some("Cotton, tomatoes"),
            Some("CN"),
            None,
        ),
        (5, "Yining Heron Garment Manufacturing Co., Ltd.", vec![], false, Entity, Some("Garments"), Some("CN"), None),
        (5, "Baoding Osprey Trade and Business Co., Ltd.", vec![], false, Entity, Some("Garments"), Some("CN"), None),
        (
            6,
            "Tianjin Wrenfield Iron Factory",
            vec!["Tianjin Wrenfield Fittings Company", "Wrenfield No. 2 Plant"],
            false,
            Entity,
            Some("Pipe fittings"),
            Some("CN"),
            None,
        ),
        (
            7,
            "Shenyang Xinsheng (New Life) Gannet Rubber Works",
            vec![
                "New Life",
                "Shenyang Xinsheng Gannet Rubber Works",
                "Shenyang Xingsheng Gannet Rubber Plant",
                "Shenyang Xinsheng Gannet Rubber Plant",
            ],
            false,
            Entity,
            Some("Rubber products"),
            Some("CN"),
            None,
        ),
        (
            8,
            "Wulin Lapwing Machinery Works",
            vec!["Wuling Lapwing Machinery Works"],
            false,
            Entity,
            Some("Machinery"),
            Some("CN"),
            None,
        ),
        (9, "Nanhu Plover Tree Farm", vec![], false, Entity, Some("Tea"), Some("CN"), None),
        (9, "Zhejiang Plover Tea Co., Ltd.", vec![], false, Entity, Some("Tea"), Some("CN"), None),
        (9, "Imaizumi Plover Trading Co., Ltd.", vec![], false, Entity, Some("Tea"), Some("JP"), Some("Nagoya, Japan")),
        (10, "Artisanal Small Mines", vec![], false, RegionOrIndustry, Some("Gold"), Some("CD"), None),
        (
            11,
            "Tobacco produced in Malawi and products containing tobacco produced in Malawi",
            vec![],
            false,
            RegionOrIndustry,
            Some("Tobacco"),
            Some("MW"),
            None,
        ),
        (12, "Kestrel Holdings Sdn Bhd", vec![], false, Entity, Some("Disposable gloves"), Some("MY"), None),
        (12, "Laglove Kestrel (M) Sdn Bhd", vec![], false, Entity, Some("Disposable gloves"), Some("MY"), None),
        (12, "Biopro Kestrel (M) Sdn Bhd", vec![], false, Entity, Some("Disposable gloves"), Some("MY"), None),
        (12, "Kestrel Group", vec![], false, Entity, Some("Disposable gloves"), Some("MY"), None),
        (13, "Sandpiper Palm Holdings Berhad", vec![], true, Entity, Some("Palm oil"), Some("MY"), None),
        (14, "Agropecuarios Curlew S.A. de C.V.", vec![], true, Entity, Some("Tomatoes"), Some("MX"), None),
        (14, "Horticola Curlew S.A. de C.V.", vec![], true, Entity, Some("Tomatoes"), Some("MX"), None),
        (15, "Kumar Dunlin Carpet Pvt.", vec![], false, Entity, Some("Carpets"), Some("NP"), Some("Kathmandu")),
        (15, "Singhe Dunlin Carpet Pvt., Ltd.", vec![], false, Entity, Some("Carpets"), Some("NP"), Some("Kathmandu")),
        (15, "Annapurna Dunlin Carpet", vec![], false, Entity, Some("Carpets"), Some("NP"), Some("Kathmandu")),
        (15, "Everest Dunlin Carpet", vec![], false, Entity, Some("Carpets"), Some("NP"), Some("Kathmandu")),
        (15, "K.K. Dunlin Carpet Industries", vec![], false, Entity, Some("Carpets"), Some("NP"), Some("Kathmandu")),
        (
            16,
            "Inner Mongolia Avocet Group Agriculture, Industry, and Trade Co., Ltd.",
            vec![],
            false,
            Entity,
            Some("Agricultural products"),
            Some("CN"),
            None,
        ),
        (17, "Marange Diamond Fields", vec![], false, RegionOrIndustry, Some("Diamonds"), Some("ZW"), None),
        (18, "Shearwater No. 112", vec![], false, Entity, Some("Seafood"), None, None),
        (19, "Dalian Shearwater Fishing Co. Ltd.", vec![], false, Entity, Some("Seafood"), None, None),
        (
            20,
            "State Penitentiary",
            vec![],
            false,
            Entity,
            Some("Garments"),
            Some("MX"),
            Some("Ciudad Victoria, Tamaulipas, Mexico"),
        ),
    ];
    let got = readings(&entries);
    for (g, w) in got.iter().zip(&want) {
        assert_eq!(g, w);
    }
    assert_eq!(got.len(), want.len());
    // The columns CBP adds are kept where the reader has a place for them; the dates are read as CBP writes them.
    let tianjin = entries.iter().find(|e| e.name.starts_with("Tianjin")).unwrap();
    assert_eq!(tianjin.effective, NaiveDate::from_ymd_opt(2024, 10, 1));
    assert_eq!(entries.iter().find(|e| e.line == 12).and_then(|e| e.section.as_deref()), Some("Finding"));
}

/// A region order written in the `Entity` cell needs its country; an order on vessels names its vessels.
#[test]
fn a_region_named_in_the_entity_cell_or_a_fleet_with_no_vessel_is_refused_at_its_line() {
    let csv = "Country,Industry,Status,Merchandise,WRO/Finding,Remarks,Press Release,Effective Date,Modified Date,Entity\n\
               Fishing Vessels,Fishing,Active,Seafood,WRO,,N/A,05/26/2024,,\n\
               ,Mining,Active,Gold,WRO,,N/A,05/26/2024,,Artisanal Small Mines\n";
    let problems = parse(ListKind::CbpWro, csv.as_bytes()).unwrap_err();
    let at: Vec<(usize, Option<&str>)> = problems.iter().map(|p| (p.line, p.field.as_deref())).collect();
    assert_eq!(at, [(2, Some("Country")), (3, Some("Country"))]);
}

/// The words of CBP's `Entity` cell that name no firm are never split into firms or places of their own: a name
/// whose list of words holds one word alone (`Agriculture, Industry, and Trade Co., Ltd.`), a name with `and` inside
/// it and no legal form before (`Production and Construction Corporation`), a phrase of other names with a capital
/// (`, A/K/A Other`), a last part that is a firm (`; Hero Vast Group`).
#[test]
fn words_of_one_name_stay_one_name_in_cbp_s_entity_cell() {
    let rows = [
        (
            "Inner Mongolia Avocet Agriculture, Industry, and Trade Co., Ltd.",
            vec!["Inner Mongolia Avocet Agriculture, Industry, and Trade Co., Ltd."],
        ),
        (
            "Xinjiang Ptarmigan Production and Construction Corporation",
            vec!["Xinjiang Ptarmigan Production and Construction Corporation"],
        ),
        ("Tianjin Wrenfield Iron Factory, A/K/A Wrenfield Fittings", vec!["Tianjin Wrenfield Iron Factory"]),
        ("Fuchu Curlew Prison; Hero Vast Group", vec!["Fuchu Curlew Prison", "Hero Vast Group"]),
        ("Qinghai Hide & Garment Factory", vec!["Qinghai Hide & Garment Factory"]),
        ("Wang Tsang Coal and Iron Factory", vec!["Wang Tsang Coal and Iron Factory"]),
        ("Hsin Kang Asbestos Mine", vec!["Hsin Kang Asbestos Mine"]),
        ("Ernst Avocet and Affiliates Inc.", vec!["Ernst Avocet and Affiliates Inc."]),
        ("Smith Heron and Ventures Co., Ltd.", vec!["Smith Heron and Ventures Co., Ltd."]),
    ];
    for (cell, names) in rows {
        let csv = format!(
            "Country,Industry,Status,Merchandise,WRO/Finding,Effective Date,Entity\nChina,Manufacturing,Active,Goods,WRO,01/01/2024,\"{cell}\"\n"
        );
        let entries = parse(ListKind::CbpWro, csv.as_bytes()).unwrap();
        let got: Vec<&str> = entries.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(got, names, "{cell}");
        assert!(entries.iter().all(|e| e.scope == EntryScope::Entity), "{cell}");
    }
}

/// DHS's page labels each table with the paragraph before it (`<p><strong>A list of …</strong> - <a>Section
/// 2(d)(2)(B)(ii)</a></p>`), not a heading: each entity takes its table's section, an introduction naming
/// "Section 2(d)(2)(B)" with no clause labels nothing. Its names say how many aliases they give (`including two
/// aliases: A and B`, `and one alias: A`, `including three aliases: A; B; and C`) and name subsidiaries in several
/// ways (`and its subordinate and affiliated entities`, `, and Subsidiaries`, `and its three Zhuhai-based
/// subsidiaries, which include A, B, and C`, `and its subsidiary B`): each is read.
#[test]
fn dhs_s_page_is_read_with_its_sections_counted_aliases_and_subsidiaries() {
    let entries = fixture(ListKind::Uflpa, "uflpa_entity_list_dhs_layout.html");
    let got: Vec<(&str, &str, Vec<&str>, bool)> = entries
        .iter()
        .map(|e| {
            (
                e.section.as_deref().unwrap_or_default(),
                e.name.as_str(),
                e.aliases.iter().map(String::as_str).collect(),
                e.subsidiaries,
            )
        })
        .collect();
    let want: Vec<(&str, &str, Vec<&str>, bool)> = vec![
        ("2(d)(2)(B)(i)", "Xinjiang Zephyr Production Corps", vec!["XZPC"], true),
        ("2(d)(2)(B)(i)", "Marmot Silicon Industry Co. Ltd.", vec![], true),
        ("2(d)(2)(B)(ii)", "Aksu Grebe Textiles Co.", vec!["Akesu Grebe", "Aksu Grebe Dyed Melange Yarn"], false),
        (
            "2(d)(2)(B)(ii)",
            "Hefei Bittern Information Technology Co., Ltd.",
            vec!["Anhui Hefei Bittern Information Technology Co., Ltd."],
            false,
        ),
        (
            "2(d)(2)(B)(ii)",
            "Hotan Jacana Hair Accessories Co. Ltd.",
            vec!["Hetian Jacana Hair Accessories", "Jacana Hair", "Hollin Jacana Hair Accessories"],
            false,
        ),
        (
            "2(d)(2)(B)(ii)",
            "Ninecrest Corporation",
            vec![
                "Zhuhai Ninecrest Information Technology Co., Ltd.",
                "Static Crest Components (Zhuhai) Co., Ltd.",
                "Static Crest Components Co., Ltd.",
                "Zhuhai Ninecrest Management Co., Ltd.",
            ],
            true,
        ),
        ("2(d)(2)(B)(ii)", "Chenlight Biotech Group Co., Ltd.", vec!["Chenlight Biotech Group Yanqi Co., Ltd."], true),
        (
            "2(d)(2)(B)(v)",
            "Sichuan Yuan\u{2019}ibis Pharmaceutical Co. Ltd.",
            vec!["Sichuan Yuanibis Pharmaceutical Co. Ltd."],
            false,
        ),
        ("2(d)(2)(B)(v)", "Xinjiang Zhongrail Chemical Co. Ltd.", vec!["Zhongrail Chemical"], false),
        ("2(d)(2)(B)(v)", "COFCRANE Sugar Holding Co. Ltd.", vec!["COFCRANE Tunhe"], true),
    ];
    assert_eq!(got, want);
    // A caption labels its table as well; a label with no clause labels nothing.
    let page = "<html><body><p>The lists of Section 2(d)(2)(B) of the UFLPA.</p><table><caption>Section \
                2(d)(2)(B)(iv)</caption><tr><th>Entity Name</th><th>Effective Date</th></tr><tr><td>Ningbo Corvid \
                Trading Co., Ltd.</td><td>May 9, 2024</td></tr></table></body></html>";
    let e = parse(ListKind::Uflpa, page.as_bytes()).unwrap();
    assert_eq!(e.first().and_then(|e| e.section.as_deref()), Some("2(d)(2)(B)(iv)"));
    let unlabelled = "<html><body><p>The lists of Section 2(d)(2)(B) of the UFLPA.</p><table><tr><th>Entity \
                      Name</th></tr><tr><td>Ningbo Corvid Trading Co., Ltd.</td></tr></table></body></html>";
    assert!(parse(ListKind::Uflpa, unlabelled.as_bytes()).is_err());
}

/// The wordings of names in brackets and after them, one by one: a bracket inside the name is part of it as written
/// (an alias with it, the name read without it; its words an alias only when they could name a firm); `(or X)` is
/// another spelling of the word before it; `(of City, Country)` where the firm is; `(collectively, Group)` a name of
/// the group; a chain of `a/k/a` whose names hold brackets, each read on its own.
#[test]
fn names_in_brackets_are_read_by_what_the_bracket_says() {
    // The count of aliases decides where a list without an Oxford comma, in any case, splits.
    for (written, aliases) in [
        (
            "Elm Avocet Co. (including three aliases: Elm Technology, Elm Tech Group and Elm Holdings)",
            vec!["Elm Technology", "Elm Tech Group", "Elm Holdings"],
        ),
        (
            "Dogwood Avocet Co. (including two aliases: Dogwood Chem and Dogwood Chemical Industry and Trade Co.)",
            vec!["Dogwood Chem", "Dogwood Chemical Industry and Trade Co."],
        ),
        (
            "YELLOWWOOD AVOCET CO. (INCLUDING TWO ALIASES: YELLOWWOOD A AND YELLOWWOOD B)",
            vec!["YELLOWWOOD A", "YELLOWWOOD B"],
        ),
    ] {
        assert_eq!(split_name(written).aliases, aliases, "{written}");
    }
    for (written, name, aliases, place) in [
        (
            "Quillon (Nantong) Glove Co. Limited",
            "Quillon (Nantong) Glove Co. Limited",
            vec!["Quillon Glove Co. Limited"],
            None,
        ),
        (
            "Static Crest Components (Zhuhai) Co., Ltd.",
            "Static Crest Components (Zhuhai) Co., Ltd.",
            vec!["Static Crest Components Co., Ltd."],
            None,
        ),
        ("Wulin (or Wuling) Lapwing Works", "Wulin Lapwing Works", vec!["Wuling Lapwing Works"], None),
        (
            "Imaizumi Plover Trading Co., Ltd. (of Nagoya, Japan)",
            "Imaizumi Plover Trading Co., Ltd.",
            vec![],
            Some("Nagoya, Japan"),
        ),
        (
            "Kestrel Holdings Sdn Bhd (collectively, Kestrel Group)",
            "Kestrel Holdings Sdn Bhd",
            vec!["Kestrel Group"],
            None,
        ),
        (
            "Yunnan Avocet Machinery, a/k/a Golden Avocet (JinMa) Diesel Factory, a/k/a Yunnan 1st Avocet Works",
            "Yunnan Avocet Machinery",
            vec!["Golden Avocet (JinMa) Diesel Factory", "Golden Avocet Diesel Factory", "Yunnan 1st Avocet Works"],
            None,
        ),
        (
            "Sichuan (Szechuan) Grebe Labor Factory",
            "Sichuan (Szechuan) Grebe Labor Factory",
            vec!["Sichuan Grebe Labor Factory"],
            None,
        ),
        // A word before the name or closing it that is no initials of the name: written with it, no alias alone.
        (
            "(Jiangsu) Greywillow Textile Co., Ltd.",
            "(Jiangsu) Greywillow Textile Co., Ltd.",
            vec!["Greywillow Textile Co., Ltd."],
            None,
        ),
        ("Teak Grebe Co., Ltd. (Xinjiang)", "Teak Grebe Co., Ltd. (Xinjiang)", vec!["Teak Grebe Co., Ltd."], None),
        (
            "Limestone Avocet Co., Ltd. (Group)",
            "Limestone Avocet Co., Ltd. (Group)",
            vec!["Limestone Avocet Co., Ltd."],
            None,
        ),
        ("Heron Dawn (IMO 1234567)", "Heron Dawn (IMO 1234567)", vec!["Heron Dawn"], None),
        // Initials closing the name are an alias; `hereinafter`, an unclosed bracket of aliases, `A/K/A` without a
        // comma, a French phrase.
        ("Xinjiang Ptarmigan Production Corps (XPPC)", "Xinjiang Ptarmigan Production Corps", vec!["XPPC"], None),
        ("Hollybush Avocet Co., Ltd. (hereinafter Hollybush)", "Hollybush Avocet Co., Ltd.", vec!["Hollybush"], None),
        (
            "Yew Grebe Co., Ltd. (including two aliases: Yew A and Yew B",
            "Yew Grebe Co., Ltd.",
            vec!["Yew A", "Yew B"],
            None,
        ),
        (
            "Maplefield Footwear Factory A/K/A Maplefield Shoe Works",
            "Maplefield Footwear Factory",
            vec!["Maplefield Shoe Works"],
            None,
        ),
        ("Birchwood Grebe Co., Ltd. f/k/a Birchwood Trading", "Birchwood Grebe Co., Ltd.", vec![], None),
        (
            "Baobab Grebe Co., Ltd. (également connue sous le nom de Baobab Trading)",
            "Baobab Grebe Co., Ltd.",
            vec!["Baobab Trading"],
            None,
        ),
        (
            "Stonegate Co., Ltd. a/k/a Stonegate (Shanghai) Co., Ltd., a/k/a Stonegate International",
            "Stonegate Co., Ltd.",
            vec!["Stonegate (Shanghai) Co., Ltd.", "Stonegate International"],
            None,
        ),
    ] {
        let s = split_name(written);
        let got = (s.name.as_str(), s.aliases.iter().map(String::as_str).collect::<Vec<_>>(), s.place.as_deref());
        assert_eq!(got, (name, aliases, place), "{written}");
    }
}

/// What the wordings are read for: a supplier or site written as suppliers write them is found on the entry the
/// publisher meant — an alias a count announced, a firm of a list, a firm in Japan named on a row of China, a site
/// making the goods of a region order written in the `Entity` cell — and not on words that named no firm (a place
/// in brackets, the town after the firms, the country closing an address).
#[test]
fn parties_are_found_on_the_entries_the_publishers_meant() {
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let cbp = ListIndex::new(&fixture(ListKind::CbpWro, "cbp_wro_dataset_layout.csv"), today).of_list(ListKind::CbpWro);
    let uflpa =
        ListIndex::new(&fixture(ListKind::Uflpa, "uflpa_entity_list_dhs_layout.html"), today).of_list(ListKind::Uflpa);
    let party = Party::of_test;
    let hits = |ix: &ListIndex, p: &Party| {
        let mut out = Vec::new();
        ix.match_party(p, 0, &mut out);
        out
    };
    let found = |ix: &ListIndex, entries: &[Entry], p: Party| -> Vec<String> {
        hits(ix, &p).iter().filter_map(|h| entries.get(h.entry)).map(|e| e.name.clone()).collect()
    };
    let cbp_entries = fixture(ListKind::CbpWro, "cbp_wro_dataset_layout.csv");
    let uflpa_entries = fixture(ListKind::Uflpa, "uflpa_entity_list_dhs_layout.html");
    use PartyKind::{Site, Supplier};
    for (p, want) in [
        (party(Supplier, "Zhejiang Plover Tea Co Ltd", "CN", None), "Zhejiang Plover Tea Co., Ltd."),
        (party(Supplier, "Everest Dunlin Carpet", "NP", None), "Everest Dunlin Carpet"),
        (party(Supplier, "Horticola Curlew SA de CV", "MX", None), "Horticola Curlew S.A. de C.V."),
        (party(Supplier, "Imaizumi Plover Trading Co., Ltd.", "JP", None), "Imaizumi Plover Trading Co., Ltd."),
        (party(Site, "Bukavu Gold Cooperative", "CD", Some("gold")), "Artisanal Small Mines"),
        (
            party(Site, "Lilongwe Leaf Estates", "MW", Some("tobacco leaf")),
            "Tobacco produced in Malawi and products containing tobacco produced in Malawi",
        ),
        (party(Site, "Mutare Stones", "ZW", Some("rough diamonds")), "Marange Diamond Fields"),
        (party(Site, "Wuling Lapwing Machinery Works", "CN", None), "Wulin Lapwing Machinery Works"),
    ] {
        let got = found(&cbp, &cbp_entries, p);
        assert!(got.iter().any(|n| n == want), "{want}: {got:?}");
    }
    for (p, want) in [
        (party(Supplier, "Akesu Grebe", "CN", None), "Aksu Grebe Textiles Co."),
        (party(Supplier, "Jacana Hair", "CN", None), "Hotan Jacana Hair Accessories Co. Ltd."),
        (party(Site, "Chenlight Biotech Group Yanqi Co Ltd", "CN", None), "Chenlight Biotech Group Co., Ltd."),
        (party(Site, "Static Crest Components (Zhuhai) Co., Ltd.", "CN", None), "Ninecrest Corporation"),
    ] {
        let got = found(&uflpa, &uflpa_entries, p);
        assert!(got.iter().any(|n| n == want), "{want}: {got:?}");
    }
    // Words that named no firm find nothing: a place in brackets, the town after the firms, an address's country.
    for p in [
        party(Supplier, "Nantong Textiles Co., Ltd.", "CN", None),
        party(Supplier, "Kathmandu Rugs", "NP", None),
        party(Supplier, "Mexico Garments S.A.", "MX", None),
        party(Supplier, "Zhuhai Shipping Co., Ltd.", "CN", None),
    ] {
        let name = p.name.clone();
        let named: Vec<_> = hits(&cbp, &p)
            .into_iter()
            .chain(hits(&uflpa, &p))
            .filter(|h| h.evidence.method != MatchMethod::RegionOrIndustry)
            .collect();
        assert!(named.is_empty(), "{name}: {named:?}");
    }
}

/// PSPC publishes its list as a table of its Canada.ca page: the page saved as HTML is read as the CSV of the same
/// columns is (English or French headers, dates as the page writes them, `<br>` between an address's lines a comma),
/// each problem at its line in the page; a script's text, a table in a cell and the page's other tables are no rows;
/// a page cut short inside its table, a row of another width, or a page with no table of suppliers is refused.
#[test]
fn pspc_s_page_is_read_as_its_table() {
    let entries = fixture(ListKind::PspcIneligible, "pspc_ineligible_suspended.html");
    type PspcReading<'a> =
        (usize, &'a str, Vec<&'a str>, Option<&'a str>, Option<&'a str>, Option<NaiveDate>, Option<NaiveDate>);
    let got: Vec<PspcReading<'_>> = entries
        .iter()
        .map(|e| {
            (
                e.line,
                e.name.as_str(),
                e.aliases.iter().map(String::as_str).collect(),
                e.address.as_deref(),
                e.section.as_deref(),
                e.effective,
                e.ends,
            )
        })
        .collect();
    let d = |y, m, d| NaiveDate::from_ymd_opt(y, m, d);
    assert_eq!(
        got,
        [
            (
                26,
                "Tamarack Building Supplies Ltd.",
                vec![],
                Some("100 Rue Principale, Gatineau, Quebec, Canada"),
                Some("Ineligible"),
                d(2020, 6, 17),
                d(2030, 6, 17)
            ),
            (
                33,
                "Fictive Uniforms & Outfitters Inc.",
                vec!["FUO"],
                Some("22 Harbour Road, Halifax, Nova Scotia, Canada"),
                Some("Suspended"),
                d(2026, 3, 3),
                None
            ),
            (
                40,
                "Larchwood Consulting Group Inc.",
                vec![],
                Some("5 Queen Street, Ottawa, Ontario, Canada"),
                Some("Administrative agreement"),
                d(2025, 1, 9),
                d(2028, 1, 9)
            ),
        ]
    );
    assert!(entries.iter().all(|e| e.country.as_ref().map(CountryCode::as_str) == Some("CA")));
    // The French page: its headers, its words.
    let fr = "<html lang=\"fr\"><body><table><tr><td>Menu</td></tr></table><table><thead><tr><th>Nom du \
              fournisseur</th><th>Adresse</th><th>Statut</th><th>Date de début</th><th>Date de fin</th></tr></thead>\
              <tbody><tr><td>Matériaux Mélèze inc.</td><td>1 rue Fictive, Québec (Québec), Canada</td><td>Inadmissible\
              </td><td>2024-06-21</td><td>2034-06-21</td></tr></tbody></table></body></html>";
    let e = parse(ListKind::PspcIneligible, fr.as_bytes()).unwrap();
    assert_eq!(
        e.iter().map(|e| (e.name.as_str(), e.section.as_deref())).collect::<Vec<_>>(),
        [("Matériaux Mélèze inc.", Some("Ineligible"))]
    );
    let refused = |page: &str| -> Vec<(usize, Option<String>)> {
        parse(ListKind::PspcIneligible, page.as_bytes())
            .unwrap_err()
            .iter()
            .map(|p| (p.line, p.field.clone()))
            .collect()
    };
    let head = "<html><body><table>\n<tr><th>Supplier name</th><th>Status</th><th>Start date</th></tr>\n";
    // Cut short inside the table.
    assert_eq!(
        refused(&format!("{head}<tr><td>Tamarack Ltd.</td><td>Ineligible</td><td>June 17, 2020</td></tr>\n")),
        [(3, None)]
    );
    // A row of another width, at its line.
    let wide = format!("{head}<tr><td>Tamarack Ltd.</td><td>Ineligible</td></tr>\n</table></body></html>");
    assert_eq!(refused(&wide).first().map(|p| p.0), Some(3));
    // A status the Policy does not have, at its line and column.
    let word =
        format!("{head}<tr><td>Tamarack Ltd.</td><td>Debarred</td><td>June 17, 2020</td></tr>\n</table></body></html>");
    assert_eq!(refused(&word), [(3, Some("Status".to_string()))]);
    // No table of suppliers.
    assert_eq!(refused("<html><body><table><tr><td>Menu</td></tr></table></body></html>").len(), 2);
    // A table inside a cell is no row of the list.
    let nested = format!(
        "{head}<tr><td>Tamarack Ltd.<table><tr><td>x</td><td>y</td><td>z</td></tr></table></td><td>Ineligible</td>\
         <td>June 17, 2020</td></tr>\n</table></body></html>"
    );
    let e = parse(ListKind::PspcIneligible, nested.as_bytes()).unwrap();
    assert_eq!(e.iter().map(|e| e.name.as_str()).collect::<Vec<_>>(), ["Tamarack Ltd."]);
}

/// What a trial as a new user wrote into CBP's `Entity` cell, each read as meant: a place after a firm is its
/// address (never a firm: `…, Xinjiang`, `…; Shenzhen, China`, `…, Phnom Penh, Cambodia` with the firm's country),
/// firms joined in any case or language (`AND`, `y`, `&`), a parent or a subsidiary named after a firm, `and all
/// subsidiaries`, vessels listed one after another; two firms alike but for a bracketed place are two entries, and
/// two orders on regions of one country and industry two orders; a cell naming only places or the order's goods is
/// an order on the region.
#[test]
fn a_trial_s_cbp_cells_are_read_as_meant() {
    let row = |country: &str, goods: &str, cell: &str| {
        format!("{country},Manufacturing,Active,{goods},WRO,,N/A,01/13/2024,,\"{cell}\"\n")
    };
    let header =
        "Country,Industry,Status,Merchandise,WRO/Finding,Remarks,Press Release,Effective Date,Modified Date,Entity\n";
    type Read = (String, Option<String>, Option<String>, EntryScope);
    let read = |rows: &[String]| -> Vec<Read> {
        let csv = format!("{header}{}", rows.concat());
        parse(ListKind::CbpWro, csv.as_bytes())
            .map_err(|p| format!("{p:#?}"))
            .unwrap()
            .into_iter()
            .map(|e| (e.name, e.address, e.country.map(|c| c.as_str().to_string()), e.scope))
            .collect()
    };
    let firm = |n: &str, place: Option<&str>, cc: &str| {
        (n.to_string(), place.map(str::to_string), Some(cc.to_string()), EntryScope::Entity)
    };
    let region = |n: &str, cc: &str| (n.to_string(), None, Some(cc.to_string()), EntryScope::RegionOrIndustry);
    let cases: Vec<(String, Vec<Read>)> = vec![
        (
            row("China", "Cotton", "Lambeth Grebe Ginning Factory, Xinjiang"),
            vec![firm("Lambeth Grebe Ginning Factory", Some("Xinjiang"), "CN")],
        ),
        (
            row("China", "Electronics", "Dongguan Foxglove Electronics Co., Ltd.; Shenzhen, China"),
            vec![firm("Dongguan Foxglove Electronics Co., Ltd.", Some("Shenzhen, China"), "CN")],
        ),
        (
            row("China", "Shoes", "Lotus Grebe Shoes Co., Ltd., Shanghai, China"),
            vec![firm("Lotus Grebe Shoes Co., Ltd.", Some("Shanghai, China"), "CN")],
        ),
        (
            row("China", "Silk", "Malvern Grebe Silk Factory; Hangzhou; Zhejiang."),
            vec![firm("Malvern Grebe Silk Factory", Some("Hangzhou, Zhejiang"), "CN")],
        ),
        (
            row("China", "Garments", "Zeal Grebe Garments (Cambodia) Co., Ltd., Phnom Penh, Cambodia"),
            vec![firm("Zeal Grebe Garments (Cambodia) Co., Ltd.", Some("Phnom Penh, Cambodia"), "KH")],
        ),
        (
            row(
                "Bangladesh",
                "Garments",
                "Bluebell Grebe Garments Ltd., Chittagong, Bangladesh, and Cornflower Grebe Garments Ltd., Dhaka, Bangladesh",
            ),
            vec![
                firm("Bluebell Grebe Garments Ltd.", Some("Chittagong, Bangladesh"), "BD"),
                firm("Cornflower Grebe Garments Ltd.", Some("Dhaka, Bangladesh"), "BD"),
            ],
        ),
        (
            row("China", "Hosiery", "ARDENT GREBE HOSIERY CO., LTD. AND BRIGHT GREBE HOSIERY CO., LTD."),
            vec![
                firm("ARDENT GREBE HOSIERY CO., LTD.", None, "CN"),
                firm("BRIGHT GREBE HOSIERY CO., LTD.", None, "CN"),
            ],
        ),
        (
            row("Mexico", "Tomatoes", "Pemberton Grebe y Hijos S.A. de C.V. y Pemberton Grebe Agricola S.A. de C.V."),
            vec![
                firm("Pemberton Grebe y Hijos S.A. de C.V.", None, "MX"),
                firm("Pemberton Grebe Agricola S.A. de C.V.", None, "MX"),
            ],
        ),
        (
            row("China", "Electronics", "Glenmore Grebe Electronics Inc. & Hartwell Grebe Components Inc."),
            vec![
                firm("Glenmore Grebe Electronics Inc.", None, "CN"),
                firm("Hartwell Grebe Components Inc.", None, "CN"),
            ],
        ),
        (
            row("China", "Steel", "Ironbridge Grebe Steel Works, Ironbridge Grebe Foundry, and Ironbridge Grebe Forge"),
            vec![
                firm("Ironbridge Grebe Steel Works", None, "CN"),
                firm("Ironbridge Grebe Foundry", None, "CN"),
                firm("Ironbridge Grebe Forge", None, "CN"),
            ],
        ),
        (
            row("China", "Garments", "Westpine Grebe Co., Ltd. and its parent company Vast Grebe Holdings Ltd."),
            vec![firm("Westpine Grebe Co., Ltd.", None, "CN"), firm("Vast Grebe Holdings Ltd.", None, "CN")],
        ),
        (
            row("China", "Seafood", "Fishing Vessel: Gannet Grebe No. 8, Fishing Vessel: Gannet Grebe No. 9"),
            vec![firm("Gannet Grebe No. 8", None, "CN"), firm("Gannet Grebe No. 9", None, "CN")],
        ),
        (
            row(
                "China",
                "Electronics",
                "Yewtree Grebe Electronics (Shenzhen) Co., Ltd. and Yewtree Grebe Electronics (Dongguan) Co., Ltd.",
            ),
            vec![
                firm("Yewtree Grebe Electronics (Shenzhen) Co., Ltd.", None, "CN"),
                firm("Yewtree Grebe Electronics (Dongguan) Co., Ltd.", None, "CN"),
            ],
        ),
        (row("China", "Garments", "Shenzhen, Guangdong"), vec![region("Shenzhen, Guangdong", "CN")]),
        (row("Uzbekistan", "Cotton", "Cotton"), vec![region("Cotton", "UZ")]),
    ];
    for (csv_row, want) in &cases {
        assert_eq!(&read(std::slice::from_ref(csv_row)), want, "{csv_row}");
    }
    // All the rows at once: none repeats another (the two region orders of one country and goods included).
    let mut rows: Vec<String> = cases.iter().map(|(r, _)| r.clone()).collect();
    rows.push(row("China", "Cotton", "Xinjiang Uyghur Autonomous Region (XUAR)"));
    rows.push(row("China", "Cotton", "Tibet Autonomous Region"));
    let all = read(&rows);
    assert_eq!(all.iter().filter(|e| e.3 == EntryScope::RegionOrIndustry).count(), 4);
    let westfield = read(&[row(
        "China",
        "Garments",
        "Westfield Grebe Co., Ltd., Westfield Grebe Holdings Ltd., and all subsidiaries",
    )]);
    assert_eq!(
        westfield.iter().map(|e| e.0.as_str()).collect::<Vec<_>>(),
        ["Westfield Grebe Co., Ltd.", "Westfield Grebe Holdings Ltd."]
    );
    let csv = format!(
        "{header}{}",
        row("China", "Garments", "Westfield Grebe Co., Ltd., Westfield Grebe Holdings Ltd., and all subsidiaries")
    );
    assert!(parse(ListKind::CbpWro, csv.as_bytes()).unwrap().iter().all(|e| e.subsidiaries));
}

/// A UFLPA row naming several firms is an entry each, as a CBP cell is; a place the name gives is the entry's
/// address and country.
#[test]
fn a_uflpa_row_naming_several_firms_is_an_entry_each() {
    let page = |name: &str| {
        format!(
            "<html><body><h2>Section 2(d)(2)(B)(v)</h2><table><tr><th>Entity Name</th><th>Effective Date</th></tr>\
             <tr><td>{name}</td><td>January 15, 2025</td></tr></table></body></html>"
        )
    };
    for (name, want) in [
        (
            "Linden Grebe Mining Co., Ltd. and Maple Grebe Mining Co., Ltd. and their subsidiaries",
            vec![("Linden Grebe Mining Co., Ltd.", true), ("Maple Grebe Mining Co., Ltd.", true)],
        ),
        (
            "Olive Grebe Gloves Sdn Bhd, Olive Grebe Latex Sdn Bhd, and Olive Grebe Rubber Sdn Bhd (collectively, Olive Grebe Group)",
            vec![
                ("Olive Grebe Gloves Sdn Bhd", false),
                ("Olive Grebe Latex Sdn Bhd", false),
                ("Olive Grebe Rubber Sdn Bhd", false),
                ("Olive Grebe Group", false),
            ],
        ),
        (
            "Neem Grebe Co., Ltd. & Oak Grebe Co., Ltd.",
            vec![("Neem Grebe Co., Ltd.", false), ("Oak Grebe Co., Ltd.", false)],
        ),
    ] {
        let entries = parse(ListKind::Uflpa, page(name).as_bytes()).unwrap();
        let got: Vec<(&str, bool)> = entries.iter().map(|e| (e.name.as_str(), e.subsidiaries)).collect();
        assert_eq!(got, want, "{name}");
    }
    let osaka = parse(ListKind::Uflpa, page("Upas Grebe Trading Co., Ltd. (of Osaka, Japan)").as_bytes()).unwrap();
    let e = osaka.first().unwrap();
    assert_eq!((e.address.as_deref(), e.country.as_ref().map(CountryCode::as_str)), (Some("Osaka, Japan"), Some("JP")));
}

/// What a trial wrote into PSPC pages: every table listing suppliers is read (one for ineligible, one for suspended
/// suppliers), a small table naming suppliers but no measure passed over; a note across the table, the footer, a
/// footnote mark after a status are no values; bilingual headers and French dates are read; a row with values and no
/// name is refused at its line.
#[test]
fn a_trial_s_pspc_pages_are_read_as_meant() {
    let table = |rows: &str| {
        format!(
            "<table><thead><tr><th>Supplier name / Nom du fournisseur</th><th>Status / Statut</th><th>Start date / \
             Date de début</th></tr></thead><tbody>{rows}</tbody><tfoot><tr><td>Date modified: 2026-11-01</td><td>\
             </td><td></td></tr></tfoot></table>"
        )
    };
    let page = format!(
        "<html><body><table><tr><th>Supplier name</th><th>Notes</th></tr><tr><td>See below</td><td>-</td></tr></table>\
         <h2>Ineligible</h2>{}<h2>Suspended</h2>{}</body></html>",
        table(
            "<tr><td colspan=\"3\">Note: the periods run from the date of determination.</td></tr>\
             <tr><td>Alpine Grebe Paving Ltd.</td><td>Ineligible<sup>1</sup></td><td>17 juin 2020</td></tr>"
        ),
        table("<tr><td>Boreal Grebe Catering Inc.</td><td>Suspended</td><td>1er août 2024</td></tr>"),
    );
    let entries = parse(ListKind::PspcIneligible, page.as_bytes()).unwrap();
    let got: Vec<(&str, Option<&str>, Option<NaiveDate>)> =
        entries.iter().map(|e| (e.name.as_str(), e.section.as_deref(), e.effective)).collect();
    assert_eq!(
        got,
        [
            ("Alpine Grebe Paving Ltd.", Some("Ineligible"), NaiveDate::from_ymd_opt(2020, 6, 17)),
            ("Boreal Grebe Catering Inc.", Some("Suspended"), NaiveDate::from_ymd_opt(2024, 8, 1)),
        ]
    );
    let blank = format!(
        "<html><body>\n{}\n</body></html>",
        table(
            "<tr><td>Alpine Grebe Paving Ltd.</td><td>Ineligible</td><td>2020-06-17</td></tr>\n<tr><td></td><td>Suspended</td><td>2024-08-01</td></tr>"
        )
    );
    let problems = parse(ListKind::PspcIneligible, blank.as_bytes()).unwrap_err();
    assert_eq!(problems.iter().map(|p| (p.line, p.column)).collect::<Vec<_>>(), [(3, Some(1))]);
}

/// A PSPC name cell is read as CBP's entity cells are: several suppliers in one cell are an entry each, with the
/// row's measure, dates and business number; a place written after a supplier's name is its address (and its country
/// when it closes on one), never part of the name; a name with commas of its own stays one name.
#[test]
fn a_pspc_cell_naming_several_suppliers_or_a_place_is_read_as_meant() {
    let page = |name: &str, address: &str| {
        format!(
            "<html><body><table><thead><tr><th>Supplier name</th><th>Address</th><th>Type</th><th>Start date</th>\
             <th>Business number</th></tr></thead><tbody><tr><td>{name}</td><td>{address}</td><td>Ineligible</td>\
             <td>2025-03-01</td><td>123456782</td></tr></tbody></table></body></html>"
        )
    };
    let read = |name: &str, address: &str| {
        let entries = parse(ListKind::PspcIneligible, page(name, address).as_bytes()).unwrap();
        entries
            .into_iter()
            .map(|e| {
                assert_eq!(e.section.as_deref(), Some("Ineligible"), "{name}");
                assert_eq!(e.effective, NaiveDate::from_ymd_opt(2025, 3, 1), "{name}");
                assert_eq!(e.business_number.as_deref(), Some("123456782"), "{name}");
                (e.name, e.address, e.country.map(|c| c.to_string()))
            })
            .collect::<Vec<_>>()
    };
    let s = |v: &str| v.to_string();
    assert_eq!(
        read("Ontario Knitting Mills Limited, Toronto, Ontario", ""),
        [(s("Ontario Knitting Mills Limited"), Some(s("Toronto, Ontario")), None)]
    );
    assert_eq!(
        read("Gold Star Apparel Ltd., Dhaka, Bangladesh", ""),
        [(s("Gold Star Apparel Ltd."), Some(s("Dhaka, Bangladesh")), Some(s("BD")))]
    );
    // The address column, when the row has one, is the address.
    assert_eq!(
        read("Les Entreprises Tremblay Inc., Montréal, Québec", "1 rue Principale, Montréal, Canada"),
        [(s("Les Entreprises Tremblay Inc."), Some(s("1 rue Principale, Montréal, Canada")), Some(s("CA")))]
    );
    let mut two = read("Nordic Cable Ltd. and Baltic Wire Ltd.", "");
    two.sort();
    assert_eq!(two, [(s("Baltic Wire Ltd."), None, None), (s("Nordic Cable Ltd."), None, None)]);
    for one in ["Smith, Jones &amp; Co. Ltd.", "Tremblay, Gagnon et Associés Inc.", "ABC Consulting, Inc."] {
        let got = read(one, "");
        assert_eq!(got.len(), 1, "{one}: {got:?}");
        assert_eq!(got[0].0, one.replace("&amp;", "&"), "{one}");
    }
}

/// What a second trial found the firm-splitting read wrongly, each read as one firm now: a firm's word (`Works`,
/// `Farm`, `Mills`, `Factory`) followed by `&`, `and` or a comma is no end of a name; a legal form alone after a
/// comma (`, S.L.`) names no firm; two such firms in one file are no repeat; a place in brackets or a branch is no
/// alias; the count of aliases cuts at the `and` that leaves names of two words.
#[test]
fn one_firm_s_name_with_firm_words_and_joiners_stays_one_firm() {
    let header = "Country,Industry,Status,Merchandise,WRO/Finding,Effective Date,Entity\n";
    let names = |cell: &str| -> Vec<(String, Option<String>)> {
        let csv = format!("{header}China,Manufacturing,Active,Goods,WRO,01/13/2024,\"{cell}\"\n");
        parse(ListKind::CbpWro, csv.as_bytes()).unwrap().into_iter().map(|e| (e.name, e.address)).collect()
    };
    for (cell, name, place) in [
        ("Mills & Boonton Grebe Factory Co., Ltd.", "Mills & Boonton Grebe Factory Co., Ltd.", None),
        ("Bharat Grebe Works & Sons Pvt. Ltd.", "Bharat Grebe Works & Sons Pvt. Ltd.", None),
        ("Hermanos Grebe García y Cía., S.L.", "Hermanos Grebe García y Cía., S.L.", None),
        ("Dragon Grebe Works, S.A.", "Dragon Grebe Works, S.A.", None),
        ("Tata Grebe Works & Mills, Mumbai", "Tata Grebe Works & Mills", Some("Mumbai")),
        (
            "Tianjin Grebe Farm & Ranch Equipment Works, Tianjin",
            "Tianjin Grebe Farm & Ranch Equipment Works",
            Some("Tianjin"),
        ),
        ("Apple Grebe Valley Farm and Orchard, LLC", "Apple Grebe Valley Farm and Orchard, LLC", None),
        (
            "Kashgar Grebe Rainbow Works and Trading Co., Ltd.",
            "Kashgar Grebe Rainbow Works and Trading Co., Ltd.",
            None,
        ),
        (
            "Xinjiang Grebe Swan Farm, Orchard and Ranch Co., Ltd.",
            "Xinjiang Grebe Swan Farm, Orchard and Ranch Co., Ltd.",
            None,
        ),
        ("Smith Grebe, Jones", "Smith Grebe, Jones", None),
    ] {
        assert_eq!(names(cell), [(name.to_string(), place.map(str::to_string))], "{cell}");
    }
    assert_eq!(
        names("Lop Grebe Works and Mining Co., Ltd. and Qiemo Grebe Works Co., Ltd.")
            .into_iter()
            .map(|n| n.0)
            .collect::<Vec<_>>(),
        ["Lop Grebe Works and Mining Co., Ltd.", "Qiemo Grebe Works Co., Ltd."]
    );
    // Two such firms in one file are two entries, no repeat.
    let csv = format!(
        "{header}China,Manufacturing,Active,Goods,WRO,01/13/2024,\"Hermanos Grebe García y Cía., S.L.\"\n\
         China,Manufacturing,Active,Goods,WRO,01/13/2024,\"Hermanos Grebe López y Cía., S.L.\"\n"
    );
    assert_eq!(parse(ListKind::CbpWro, csv.as_bytes()).unwrap().len(), 2);
    for (written, aliases) in [
        ("Beijing Grebe Heron Group (Hong Kong) Holdings Limited", vec!["Beijing Grebe Heron Group Holdings Limited"]),
        ("Zhejiang Grebe Textile Co., Ltd. (Hangzhou Branch)", vec!["Zhejiang Grebe Textile Co., Ltd."]),
        (
            "Hotan Grebe Silk Co. (including two aliases: Sun and Moon Silk and Hotan Silk Star)",
            vec!["Sun and Moon Silk", "Hotan Silk Star"],
        ),
    ] {
        assert_eq!(split_name(written).aliases, aliases, "{written}");
    }
}
