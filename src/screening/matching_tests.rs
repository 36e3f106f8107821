//! The labelled quality set: parties written as suppliers really write them (spelling, legal form, word order,
//! transliteration, aliases, former names, identifiers, subsidiaries, regions) against the fixture lists, each with
//! the entry it is (or none). Precision and recall are measured over (party, entry) pairs; no true pair may be
//! missed.

use chrono::NaiveDate;

use super::*;
use crate::screening::parse::parse;
use crate::screening::{ListKind, ListProblem};

fn fixture(kind: ListKind, name: &str) -> Vec<Entry> {
    let bytes = std::fs::read(format!("{}/supplier_data/screening/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    parse(kind, &bytes).map_err(|p: Vec<ListProblem>| format!("{p:#?}")).unwrap()
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 29).unwrap()
}

fn party(kind: PartyKind, name: &str, country: &str) -> Party {
    Party::of_test(kind, name, country, None)
}

/// A person the declaration names (signatory or contact): no country, the declaration gives none of theirs.
fn person(kind: PartyKind, name: &str) -> Party {
    Party { country: None, ..party(kind, name, "") }
}

fn site(name: &str, country: &str, goods: &str) -> Party {
    Party { goods: Some(goods.to_string()), ..party(PartyKind::Site, name, country) }
}

/// One labelled case: the list, the party, and the name of the entry it is (`None`: it is on no entry).
struct Case {
    list: ListKind,
    party: Party,
    is: Option<&'static str>,
}

fn cases() -> Vec<Case> {
    use ListKind::*;
    use PartyKind::*;
    let c = |list, party, is| Case { list, party, is };
    let with_bn = |mut p: Party, bn: &str| {
        p.business_number = Some(bn.to_string());
        p
    };
    let with_os = |mut p: Party, os: &str| {
        p.os_id = Some(os.to_string());
        p
    };
    let zephyr = Some("Xinjiang Zephyr Cotton Textile Co., Ltd.");
    let hotan = Some("Hotan Lumen Polysilicon Industry Co., Ltd.");
    let aksu = Some("Aksu Quillwort Yarn Company");
    let xugou = Some("新疆虚构棉业有限公司");
    let hashimi = Some("Mohammed Abd al-Qadir al-Hashimi");
    let kacem = Some("Youssef Ben Kacem");
    let shammari = Some("Abdulrahman Nasser Al-Shammari");
    let bennani = Some("Fatima Zahra Bennani");
    let qingshan = Some("Qingshan Ferrous Alloy Holding Co., Ltd.");
    vec![
        // UFLPA: legal forms, case, spelling, word order, aliases, former names, subsidiaries, scripts.
        c(Uflpa, party(Site, "Xinjiang Zephyr Cotton Textile Co Ltd", "CN"), zephyr),
        c(Uflpa, party(Operator, "XINJIANG ZEPHYR COTTON TEXTILE COMPANY LIMITED", "CN"), zephyr),
        c(Uflpa, party(Site, "Zephyr Cotton Group", "CN"), zephyr),
        c(Uflpa, party(Site, "Xinjang Zephyr Cotton Textile", "CN"), zephyr),
        c(Uflpa, party(Site, "Zephyr Cotton Textile Xinjiang Co.", "CN"), zephyr),
        c(Uflpa, party(Site, "Xinjiang Zephyr Coton Textiles Ltd.", "CN"), zephyr),
        c(Uflpa, party(Site, "Hotan Lumen Polysilicon Industry", "CN"), hotan),
        c(Uflpa, party(Site, "Hotan Lumen Polysilicon Industry Co., Ltd. Shache Branch", "CN"), hotan),
        c(Uflpa, party(Site, "Aksu Bright Spinning Mill", "CN"), aksu),
        c(Uflpa, party(Site, "Aksu Quilwort Yarn Co.", "CN"), aksu),
        c(Uflpa, party(Operator, "KBLSB", "CN"), Some("Karamay Borealis Labour Services Bureau")),
        c(Uflpa, party(Site, "新疆虚构棉业有限公司", "CN"), xugou),
        c(Uflpa, party(Site, "Xinjiang Xugou Mianye Co., Ltd.", "CN"), xugou),
        c(Uflpa, party(Site, "Xin Jiang Xu Gou Mian Ye You Xian Gong Si", "CN"), xugou),
        c(Uflpa, party(Site, "Xinjiang Fictive Cotton Industry Company", "CN"), xugou),
        c(Uflpa, party(Site, "Shihezi Marmot Tomato Products", "CN"), Some("Shihezi Marmot Tomato Products Co., Ltd.")),
        c(
            Uflpa,
            party(Supplier, "Ningbo Corvid Garment Trading", "CN"),
            Some("Ningbo Corvid Garment Trading Co., Ltd."),
        ),
        c(Uflpa, party(Site, "Zephyr Cotton Textile", "PK"), None),
        c(Uflpa, party(Site, "Xinjiang Zenith Cotton Textile Co", "CN"), None),
        c(Uflpa, party(Site, "Hotan Lumen Lighting Co", "CN"), None),
        c(Uflpa, party(Site, "Aksu Bright Textile", "CN"), None),
        c(Uflpa, party(Site, "Ningbo Corvid Garment Manufacturing", "CN"), None),
        c(Uflpa, party(Site, "Xinjiang Cotton Textile Co", "CN"), None),
        c(Uflpa, party(Site, "Polysilicon Industry Co", "CN"), None),
        // The place left out, a branch, one generic word fewer (`name_variants.rs`); not another place, nor the trade
        // name or two words left out.
        c(Uflpa, party(Site, "Zephyr Cotton Textile Co., Ltd.", "CN"), zephyr),
        c(Uflpa, party(Operator, "Quillwort Yarn Company", "CN"), aksu),
        c(Uflpa, party(Site, "Lumen Polysilicon Industry Aksu Branch", "CN"), hotan),
        c(Uflpa, party(Site, "Zephyr Cotton Textile Kashgar Branch", "CN"), zephyr),
        c(Uflpa, party(Site, "Hotan Lumen Polysilicon", "CN"), hotan),
        c(Uflpa, party(Site, "Hebei Zephyr Cotton Textile Co., Ltd.", "CN"), None),
        c(Uflpa, party(Site, "Lumen Polysilicon", "CN"), None),
        c(Uflpa, party(Site, "Xinjiang Co., Ltd.", "CN"), None),
        c(Uflpa, party(Site, "Zephyr Cotton Textile Co., Ltd.", "KZ"), None),
        // CBP: several entities in a row, regions and industries, status.
        c(CbpWro, party(Site, "Vireo Gloves Sdn Bhd", "MY"), Some("Vireo Gloves Sdn. Bhd.")),
        c(CbpWro, party(Operator, "Vireo Glove Sdn. Bhd.", "MY"), Some("Vireo Gloves Sdn. Bhd.")),
        c(CbpWro, party(Site, "Heron Quartz Products Company", "CN"), Some("Heron Quartz Products Co.")),
        c(CbpWro, party(Site, "Lumen Silicon Materials", "CN"), Some("Lumen Silicon Materials Co.")),
        c(CbpWro, site("Ashgabat Ginnery 3", "TM", "Raw cotton lint"), Some("Turkmenistan")),
        c(CbpWro, site("Kashgar Yarn Mill", "CN", "Cotton yarn"), Some("Cotton and cotton products (CN)")),
        c(CbpWro, party(Site, "Heron Quartz Products", "US"), None),
        c(CbpWro, party(Site, "Vireo Gardening Sdn Bhd", "MY"), None),
        c(CbpWro, party(Site, "Pelican Palm Oil Bhd", "MY"), None),
        c(CbpWro, site("Ashgabat Gas Plant", "TM", "Natural gas"), None),
        // A whole region's industry: the goods it names, never its joining words; words whole, plural or not.
        c(
            CbpWro,
            site("Kashgar Shirt Works", "CN", "Cotton T-shirts and hoodies"),
            Some("Cotton and cotton products (CN)"),
        ),
        c(CbpWro, site("Hebei Anchor Chain Factory", "CN", "alloy steel lifting chain and shackles"), None),
        c(CbpWro, site("Pens Works", "CN", "pens and pencils"), None),
        c(CbpWro, site("Kashgar Timber", "CN", "cottonwood boards"), None),
        c(CbpWro, site("Urumqi Products Co", "CN", "other products of all kinds"), None),
        c(CbpWro, site("Dashoguz Cottons", "TM", "cottons"), Some("Turkmenistan")),
        // OpenSanctions: identifiers, another romanisation of Cyrillic, aliases.
        c(Opensanctions, party(Site, "Fiktivnaia Priazha OOO", "RU"), Some("ООО «Фиктивная Пряжа»")),
        c(Opensanctions, party(Site, "Фиктивная Пряжа", "RU"), Some("ООО «Фиктивная Пряжа»")),
        c(Opensanctions, party(Operator, "Kestrel Cobalt Mining S.A.R.L.", "CD"), Some("Kestrel Cobalt Mining SARL")),
        c(Opensanctions, party(Site, "Kestrel Mining", "CD"), Some("Kestrel Cobalt Mining SARL")),
        // Misspelt names of firms of no Chinese country whose words spell pinyin syllables (`minning`, `mining`):
        // one word misspelt, not another name (`watchlist_pinyin_shaped.csv`).
        c(Opensanctions, party(Supplier, "Kestrel Cobalt Minning SARL", "CD"), Some("Kestrel Cobalt Mining SARL")),
        c(Watchlist, party(Supplier, "Lubumba Cobalt Minning SARL", "CD"), Some("Lubumba Cobalt Mining SARL")),
        c(Watchlist, party(Operator, "Lubumba Cobalt Mining", "CD"), Some("Lubumba Cobalt Mining SARL")),
        c(Watchlist, party(Supplier, "Sannaga Hardwood SARL", "CM"), Some("Sanaga Hardwood SARL")),
        c(Watchlist, party(Site, "Bananna Kilombero Estates", "TZ"), Some("Banana Kilombero Estates Ltd")),
        c(Watchlist, party(Supplier, "Banana Kilombera Estates Ltd", "TZ"), Some("Banana Kilombero Estates Ltd")),
        c(Watchlist, party(Supplier, "Lubumba Copper Mining SARL", "CD"), None),
        c(Watchlist, party(Supplier, "Sanaga Hardwood SARL", "GA"), None),
        // Pinyin names a syllable apart stay two names where a name may be Chinese: in China, or with no country.
        c(Watchlist, party(Supplier, "Hengfang Qiaoyuan Textile Co Ltd", "CN"), None),
        c(
            Watchlist,
            party(Supplier, "Hengfeng Qiaoyuan Textile Co Ltd", "CN"),
            Some("Hengfeng Qiaoyuan Textile Co Ltd"),
        ),
        c(Watchlist, party(Supplier, "Hengfeng Qiaoyun Textile", "CN"), None),
        c(Watchlist, party(Supplier, "Lianhua Tongda Dyeing", "CN"), Some("Lianhua Tongda Dyeing")),
        c(Watchlist, party(Supplier, "Lianhua Tongde Dyeing", "CN"), None),
        c(Watchlist, party(Supplier, "Lianhua Tangda Dyeing", "HK"), None),
        c(Watchlist, party(Supplier, "Lianhua Tongde Dyeing", ""), None),
        // A Russian firm across Cyrillic and its romanisations, legal forms read as legal forms, either way round.
        c(Watchlist, party(Supplier, "Polyarnaya Veryovka OOO", "RU"), Some("ООО «Полярная Верёвка»")),
        c(Watchlist, party(Supplier, "Poliarnaia Verevka", "RU"), Some("ООО «Полярная Верёвка»")),
        c(Watchlist, party(Operator, "Polyarnaya Verevka LLC", ""), Some("ООО «Полярная Верёвка»")),
        c(Watchlist, party(Supplier, "Polyarnaya Verevka LLC", "KZ"), None),
        c(Watchlist, party(Supplier, "Polyarnaya Provoloka OOO", "RU"), None),
        c(Watchlist, party(Supplier, "Polyarnaya OOO", "RU"), None),
        c(Watchlist, party(Supplier, "ООО «Белая Берёзка Текстиль»", "RU"), Some("Belaya Berezka Tekstil OOO")),
        c(Watchlist, party(Supplier, "АО Белая Берёзка Текстиль", "RU"), Some("Belaya Berezka Tekstil OOO")),
        c(Watchlist, party(Supplier, "ООО «Белая Берёзка»", "RU"), None),
        c(
            Opensanctions,
            with_bn(party(Supplier, "Maple Trading", "CA"), "123456782"),
            Some("Maple Fictional Trading Company"),
        ),
        c(Opensanctions, party(Site, "Kestrel Copper Mining", "CD"), None),
        c(Opensanctions, party(Supplier, "Maple Fictional Trading Company", "US"), None),
        c(Opensanctions, party(Supplier, "Ivan Fictionalov", "RU"), None),
        // OpenSanctions people: signatories, contacts and operators only; word order, transliteration, an alias; a
        // person's nationality does not refuse a match (the declaration gives the firm's country).
        c(Opensanctions, person(Signatory, "Ivan Fictionalov"), Some("Ivan Fictionalov")),
        c(Opensanctions, person(Contact, "FICTIONALOV, Ivan"), Some("Ivan Fictionalov")),
        c(Opensanctions, person(Signatory, "Иван Фикционалов"), Some("Ivan Fictionalov")),
        c(Opensanctions, party(Operator, "Ivan Fictionalov", "CY"), Some("Ivan Fictionalov")),
        c(Opensanctions, person(Signatory, "Marguerite Fictive Tremblay"), Some("Marguerite Fictive-Tremblay")),
        c(Opensanctions, person(Contact, "Margo Fictive"), Some("Marguerite Fictive-Tremblay")),
        c(Opensanctions, person(Signatory, "Ivan Petrov"), None),
        c(Opensanctions, person(Signatory, "Marguerite Tremblay"), None),
        c(Opensanctions, person(Signatory, "Kestrel Cobalt Mining SARL"), None),
        c(Opensanctions, party(Site, "Ivan Fictionalov", "RU"), None),
        // PSPC: legal forms, former names, periods.
        c(
            PspcIneligible,
            party(Supplier, "Gannet Uniform Supply Incorporated", "CA"),
            Some("Gannet Uniform Supply Inc."),
        ),
        c(PspcIneligible, party(Supplier, "Osprey Marine Lines Limited", "CA"), Some("Osprey Rope & Cordage Ltd.")),
        c(PspcIneligible, party(Supplier, "Osprey Rope and Cordage Ltd", "CA"), Some("Osprey Rope & Cordage Ltd.")),
        c(PspcIneligible, party(Supplier, "Gannet Uniform Rental Inc.", "CA"), None),
        // A leading French article is left out like a legal form, never to leave one word.
        c(PspcIneligible, party(Supplier, "Les Gannet Uniform Supply Inc.", "CA"), Some("Gannet Uniform Supply Inc.")),
        c(PspcIneligible, party(Supplier, "L'Osprey Rope & Cordage Ltée", "CA"), Some("Osprey Rope & Cordage Ltd.")),
        c(PspcIneligible, party(Supplier, "Les Uniformes Gannet", "CA"), None),
        c(PspcIneligible, party(Supplier, "La Petrel", "CA"), None),
        c(PspcIneligible, party(Supplier, "Osprey Marine Services", "CA"), None),
        c(PspcIneligible, party(Supplier, "Petrel Office Furniture Corp.", "CA"), None),
        // Watch list: OS ID, business number, legal forms.
        c(
            Watchlist,
            with_os(site("Other Name Textiles", "IN", "Dyed fabric"), "IN2026121FICT01"),
            Some("Albatross Dye Works"),
        ),
        c(Watchlist, party(Site, "Albatross Dye Works Pvt Ltd", "IN"), Some("Albatross Dye Works")),
        c(Watchlist, with_bn(party(Supplier, "Loon Supply", "CA"), "100000009"), Some("Loon Supply Canada Inc.")),
        c(Watchlist, party(Operator, "Puffin Electronic Assembly", "VN"), Some("Puffin Electronics Assembly")),
        c(Watchlist, party(Operator, "Puffin Electronics Assembly", "TH"), None),
        // Short legal forms (`watchlist_legal_forms.csv`): dropped where the country uses them, whatever way they are
        // written, so the firm is found without its form or with another; a name written as the entry is always
        // found, whatever country each side gives.
        c(Watchlist, party(Site, "Bergen Tauverk", "NO"), Some("Bergen Tauverk AS")),
        c(Watchlist, party(Operator, "BERGEN TAUVERK A/S", "NO"), Some("Bergen Tauverk AS")),
        c(Watchlist, party(Site, "Lindqvist Repslageri", "SE"), Some("Lindqvist Repslageri AB")),
        c(Watchlist, party(Site, "Iberia Cordeleria S.A.", "ES"), Some("Iberia Cordelería SE")),
        c(Watchlist, party(Supplier, "Rhein Draht GmbH", "DE"), Some("Rhein Draht AG")),
        c(Watchlist, party(Site, "Delft Kabel B.V.", "NL"), Some("Delft Kabel BV")),
        c(Watchlist, party(Site, "Kuitu Koysi", "FI"), Some("Kuitu Köysi Oy")),
        c(Watchlist, party(Operator, "Kuitu Köysi Oy", "US"), Some("Kuitu Köysi Oy")),
        c(Watchlist, party(Supplier, "Pacific Rim Inc", "US"), Some("Pacific Rim Inc.")),
        // Turkish `Sanayi ve Ticaret` abbreviated as trade-register names write it.
        c(
            Watchlist,
            party(Supplier, "Yıldız Tekstil San. ve Tic. A.Ş.", "TR"),
            Some("Yıldız Tekstil Sanayi ve Ticaret A.Ş."),
        ),
        c(
            Watchlist,
            party(Site, "YILDIZ TEKSTIL SAN. TIC. LTD. STI.", "TR"),
            Some("Yıldız Tekstil Sanayi ve Ticaret A.Ş."),
        ),
        c(
            Watchlist,
            party(Supplier, "Yildiz Tekstil Sn. Tc. A.S.", "TR"),
            Some("Yıldız Tekstil Sanayi ve Ticaret A.Ş."),
        ),
        c(Watchlist, party(Supplier, "Yılmaz Tekstil San. ve Tic. A.Ş.", "TR"), None),
        c(Watchlist, party(Supplier, "Yıldız Boya San. ve Tic. A.Ş.", "TR"), None),
        // A last or first word that is a short form elsewhere is a word of the name where the country has no such
        // form: another firm than the entry it would otherwise equal.
        c(Watchlist, party(Supplier, "Pacific Rim SE", "US"), None),
        c(Watchlist, party(Supplier, "Prairie AG", "CA"), None),
        c(Watchlist, party(Supplier, "Atlas PC", "GB"), None),
        c(Watchlist, party(Site, "SA Copper Works", "ZA"), None),
        c(Watchlist, party(Site, "Bergen Tauverk Holding", "NO"), None),
        // Arabic names in their English and French romanisations (`arabic_latin.rs`): `ch`/`sh`, `ou`/`u`, `c`/`s`,
        // `q`/`k`, the article joined, apart or left out, `Abd` joined or split, vowels the Arabic does not write;
        // not another man's name that shares the rest (Mahmoud, Abd al-Karim, al-Hakimi, Hassan, Abd al-Aziz).
        c(Opensanctions, person(Signatory, "Mohamed Abdelkader El Hachemi"), hashimi),
        c(Opensanctions, person(Contact, "Mohammed Abdulqader Al-Hashimi"), hashimi),
        c(Opensanctions, person(Signatory, "Muhammad Abdul Qadir Hashimi"), hashimi),
        c(Opensanctions, person(Signatory, "HACHEMI, Mohamed Abdelkader"), hashimi),
        c(Opensanctions, party(Operator, "Mohd Abd el Kader Alhachemi", "DZ"), hashimi),
        c(Opensanctions, person(Signatory, "Youcef Ben Kacem"), kacem),
        c(Opensanctions, person(Signatory, "Yusuf bin Qasim"), kacem),
        c(Opensanctions, person(Contact, "Abderrahmane Nacer Chammari"), shammari),
        c(Opensanctions, person(Signatory, "Abdul Rahman Nasir ash-Shammari"), shammari),
        c(Opensanctions, person(Signatory, "Fatma Zohra Bennani"), bennani),
        c(Opensanctions, party(Supplier, "El Hachemi Trading", "AE"), Some("Al-Hashimi Trading LLC")),
        c(Opensanctions, party(Supplier, "Alhashimi Trading Co.", "AE"), Some("Al-Hashimi Trading LLC")),
        c(Opensanctions, party(Site, "El Nour Textile", "EG"), Some("Al-Nour Textile Company")),
        c(Opensanctions, party(Site, "Nour Textile", "EG"), Some("Al-Nour Textile Company")),
        c(Opensanctions, person(Signatory, "Mahmoud Abdelkader El Hachemi"), None),
        c(Opensanctions, person(Signatory, "Mohammed Abd al-Karim al-Hashimi"), None),
        c(Opensanctions, person(Signatory, "Mohammed Abd al-Qadir al-Hakimi"), None),
        c(Opensanctions, person(Signatory, "Youssef Ben Hassan"), None),
        c(Opensanctions, person(Signatory, "Abdelaziz Nasser Al-Shammari"), None),
        c(Opensanctions, person(Signatory, "Fatima Zahra Bennis"), None),
        c(Opensanctions, party(Supplier, "Al-Hashimi Textile", "AE"), None),
        c(Opensanctions, party(Supplier, "El Hachemi Trading", "QA"), None),
        c(Opensanctions, party(Supplier, "Al-Hakim Trading", "AE"), None),
        // Chinese firms in Wade–Giles or the postal romanisation against pinyin, either way round (`wade_giles.rs`,
        // `china_places_postal.csv`); not another name, another place, or a firm outside China.
        c(Opensanctions, party(Supplier, "Tsingshan Ferrous Alloy Holding Co Ltd", "CN"), qingshan),
        c(Opensanctions, party(Site, "Qingdao Heron Brewery", "CN"), Some("Tsingtao Heron Brewery Co., Ltd.")),
        c(Opensanctions, party(Site, "Kwangtung Marmot Nickel Co.", "CN"), Some("Guangdong Marmot Nickel Co., Ltd.")),
        c(Opensanctions, party(Site, "Chungking Chiehsin Textile", "CN"), Some("Chongqing Jiexin Textile Co., Ltd.")),
        c(Opensanctions, party(Site, "Jinshan Ferrous Alloy Holding", "CN"), None),
        c(Opensanctions, party(Site, "Tsingshan Ferrous Alloy Holding", "VN"), None),
        c(Opensanctions, party(Site, "Kwangsi Marmot Nickel", "CN"), None),
        c(Opensanctions, party(Site, "Chungking Chiehsin Garment", "CN"), None),
    ]
}

/// Names as firms write them (`watchlist_word_forms.csv`, `cbp_wro_industries.csv`): legal forms spelt out or
/// abbreviated, in initials or glued, in the forms of the countries on the lists (Gulf `Est.`, French `Sté`/`Société`,
/// `S.A.R.L.`, Turkish `A.Ş.`/`Anonim Şirketi`, Russian `PJSC`/`Public Joint Stock Company`, Indonesian `PT`/`Tbk`,
/// German `GmbH`); a joining word more, fewer or another (`de`/`des`/`du`/`de la`, `of the`); a plural or verb form
/// (`Net`/`Nets`, `Dye`/`Dyeing`/`Dyed`, `Textile(s)`); the usual names of the goods of an industry order. And the
/// firms they must not merge with: another word beside the same forms, a word that is a form only elsewhere (`Est`
/// in France, `Ste` in Quebec), a generic word alone, a word that only ends alike.
fn word_form_cases() -> Vec<Case> {
    use ListKind::*;
    use PartyKind::*;
    let c = |list, party, is| Case { list, party, is };
    let waha = Some("Al Waha Trading Est.");
    let sahel = Some("Société des Textiles du Sahel");
    let hanoi = Some("Hanoi Fishing Net Co. Ltd.");
    let tiruppur = Some("Tiruppur Dyeing Mills Private Limited");
    let orchid = Some("Golden Orchid Garment Company Limited");
    let ouest = Some("Compagnie des Cordages de l'Ouest");
    vec![
        // Legal forms spelt out, abbreviated, in initials.
        c(Watchlist, party(Supplier, "Al Waha Trading Establishment", "SA"), waha),
        c(Watchlist, party(Site, "AL WAHA TRADING", "SA"), waha),
        c(Watchlist, party(Operator, "Est. Al Waha Trading", "SA"), waha),
        c(Watchlist, party(Site, "Sté des Textiles du Sahel", "SN"), sahel),
        c(Watchlist, party(Site, "Ste des Textiles du Sahel", "SN"), sahel),
        c(Watchlist, party(Site, "Golden Orchid Garment Co., Ltd", "KH"), orchid),
        c(Watchlist, party(Operator, "Golden Orchid Garment Co Limited", "KH"), orchid),
        c(Watchlist, party(Site, "Atlas Tissage SARL", "MA"), Some("Atlas Tissage S.A.R.L.")),
        c(
            Watchlist,
            party(Supplier, "Atlas Tissage Société à responsabilité limitée", "MA"),
            Some("Atlas Tissage S.A.R.L."),
        ),
        c(Watchlist, party(Supplier, "Ozark Fasteners LLC", "US"), Some("Ozark Fasteners L.L.C.")),
        c(Watchlist, party(Site, "Bursa Ipek Dokuma A.Ş.", "TR"), Some("Bursa Ipek Dokuma Anonim Şirketi")),
        c(Watchlist, party(Site, "Kama Kanat Public Joint Stock Company", "RU"), Some("Kama Kanat PJSC")),
        c(Watchlist, party(Site, "ПАО Кама Канат", "RU"), Some("Kama Kanat PJSC")),
        c(
            Watchlist,
            party(Site, "Perseroan Terbatas Sinar Rajut Nusantara", "ID"),
            Some("PT Sinar Rajut Nusantara Tbk"),
        ),
        c(
            Watchlist,
            party(Supplier, "Rhein Seilerei Gesellschaft mit beschränkter Haftung", "DE"),
            Some("Rhein Seilerei GmbH"),
        ),
        c(Watchlist, party(Site, "Cie des Cordages de l'Ouest", "FR"), ouest),
        c(Watchlist, party(Site, "Cordages de l'Ouest", "FR"), ouest),
        // One joining word more, fewer or another.
        c(Watchlist, party(Site, "Société de Textiles du Sahel", "SN"), sahel),
        c(Watchlist, party(Site, "Société des Textiles de la Sahel", "SN"), sahel),
        c(Watchlist, party(Site, "Textiles Sahel", "SN"), sahel),
        c(Watchlist, party(Site, "Compagnie des Cordages de Ouest", "FR"), ouest),
        c(Watchlist, party(Supplier, "Banque de Coton du Kara", "TG"), Some("Banque du Coton de Kara")),
        c(Watchlist, party(Supplier, "Banque Coton Kara", "TG"), Some("Banque du Coton de Kara")),
        // Singular and plural, verb forms.
        c(Watchlist, party(Site, "Hanoi Fishing Nets Co., Ltd.", "VN"), hanoi),
        c(Watchlist, party(Operator, "Hanoi Fishing Net", "VN"), hanoi),
        c(Watchlist, party(Site, "Tiruppur Dye Mills Pvt Ltd", "IN"), tiruppur),
        c(Watchlist, party(Site, "Tiruppur Dyed Mill", "IN"), tiruppur),
        c(Watchlist, party(Site, "Mekong Knit Textile(s) JSC", "VN"), Some("Mekong Knit Textiles JSC")),
        c(Watchlist, party(Site, "Mekong Knitting Textile", "VN"), Some("Mekong Knit Textiles JSC")),
        c(Watchlist, party(Site, "Penang Printing Works", "MY"), Some("Penang Print Works Sdn. Bhd.")),
        // Not the same firm: another word beside the same forms and joining words.
        c(Watchlist, party(Site, "Société des Textiles du Sud", "SN"), None),
        c(Watchlist, party(Site, "Société des Textiles", "SN"), None),
        c(Watchlist, party(Site, "Textiles SA", "SN"), None),
        c(Watchlist, party(Site, "Al Waha Contracting Est.", "SA"), None),
        c(Watchlist, party(Site, "Hanoi Fishing Boat Co., Ltd.", "VN"), None),
        c(Watchlist, party(Site, "Tiruppur Printing Mills", "IN"), None),
        c(Watchlist, party(Site, "Golden Orchid Gardens Company Limited", "KH"), None),
        c(Watchlist, party(Site, "Atlas Tissus SARL", "MA"), None),
        c(Watchlist, party(Site, "Kama Kanat Trading PJSC", "RU"), None),
        c(Watchlist, party(Site, "Compagnie des Cordages de l'Est", "FR"), None),
        // A word that is a form only elsewhere: `Est` is "east" in France, `Ste` "Sainte" in Quebec.
        c(Watchlist, party(Site, "Textiles du Nord", "FR"), None),
        c(Watchlist, party(Supplier, "Ste Marie Textiles", "CA"), None),
        c(Watchlist, party(Supplier, "Mekong Knit", "VN"), None),
        c(Watchlist, party(Site, "Penang Prints", "MY"), None),
        // Industry orders: the usual names of the goods of the industry, in English or French.
        c(CbpWro, site("Fergana Grainage", "UZ", "silkworm cocoons"), Some("Silk (UZ)")),
        c(CbpWro, site("Margilan Reeling", "UZ", "raw silk yarn"), Some("Silk (UZ)")),
        c(CbpWro, site("Lilongwe Leaf", "MW", "cured tobacco leaf"), Some("Tobacco (MW)")),
        c(CbpWro, site("Kumasi Beans", "GH", "fèves de cacao"), Some("Cocoa (GH)")),
        c(CbpWro, site("Kumasi Butter", "GH", "cocoa butter"), Some("Cocoa (GH)")),
        c(CbpWro, site("Samut Sakhon Pier 2", "TH", "frozen shrimp"), Some("Seafood (TH)")),
        c(CbpWro, site("Songkhla Cannery", "TH", "canned tuna"), Some("Seafood (TH)")),
        c(CbpWro, site("Marange Sorting", "ZW", "rough diamonds"), Some("Rough-cut diamonds (ZW)")),
        c(CbpWro, site("Maraba Smelter", "BR", "fonte brute"), Some("Pig iron (BR)")),
        c(CbpWro, site("Klang Refinery", "MY", "huile de palme brute"), Some("Palm oil (MY)")),
        c(CbpWro, site("Ipoh Gloves", "MY", "nitrile examination gloves"), Some("Disposable gloves (MY)")),
        c(CbpWro, site("Hotan Quartz", "CN", "polysilicon"), Some("Silica-based products (CN)")),
        c(CbpWro, site("La Romana Mill", "DO", "cane sugar"), Some("Raw sugar (DO)")),
        c(CbpWro, site("Fergana Silk Machines", "UZ", "silk reeling machines"), None),
        c(CbpWro, site("Lilongwe Pipes", "MW", "steel pipes"), None),
        c(CbpWro, site("Songkhla Shrimp Feed", "TH", "rubber boots"), None),
        // An industry compared word by word reaches a site by the goods it names, not by a word that only says
        // which (`fishing`).
        c(CbpWro, site("Haiphong Net Works", "VN", "fishing net"), Some("Fishing nets (VN)")),
        c(CbpWro, site("Can Tho Cordage", "VN", "nylon fishing nets and ropes"), Some("Fishing nets (VN)")),
        c(CbpWro, site("Haiphong Boat Yard", "VN", "fishing vessels"), None),
        c(CbpWro, site("Vung Tau Tackle", "VN", "fishing rods, fishing lines"), None),
        // The industry's modifier must agree, not only its head noun: mosquito nets are no fishing nets; nets of
        // which the site says nothing more are not taken for other nets.
        c(CbpWro, site("Nam Dinh Netting", "VN", "nets for fishing"), Some("Fishing nets (VN)")),
        c(CbpWro, site("Thai Binh Twine", "VN", "Nets"), Some("Fishing nets (VN)")),
        c(CbpWro, site("Mekong Mosquito Net Co", "VN", "mosquito nets"), None),
        c(CbpWro, site("Da Nang Sports", "VN", "volleyball nets, goal nets"), None),
        c(CbpWro, site("Hai Duong Machines", "VN", "net making machines"), None),
        c(CbpWro, site("Can Gio Safety", "VN", "safety nets for scaffolding"), None),
    ]
}

/// Look-alikes told apart by one distinctive word, and the same names in other romanisations, spellings and
/// compounds (`watchlist_lookalikes.csv`, `cbp_wro_tomatoes.csv`): a compass word (`Oeste`/`Este`), a joined trade
/// name (`Jadeworld`/`Jadewind`), a pinyin syllable (`Qingfeng`/`Qingfang`), a distinctive word among generic ones;
/// Wade–Giles with its apostrophes (`Ch'ing-feng`, `T'ien-shan`, `Hsin-chiang`), the Uyghur spellings of Xinjiang's
/// places (`Kaxgar`, `Qeshqer`, `Ürümqi`, `Urumchi`, `Wulumuqi`), an autonomous prefecture before the name (`Ili Kazakh
/// Autonomous Prefecture`), the Egyptian `g` (`El-Fagr`), British and American spellings and compounds joined or
/// apart (`Harbourlight`, `Harbour Light`, `Harbor Light`), Cyrillic signs dropped (`Ugolnaya`, `Obedinenie`), an
/// honorific before a name (`Sri Velan`); a tomato-products order against the goods made of tomatoes and not
/// against the means of growing them.
fn lookalike_cases() -> Vec<Case> {
    use ListKind::*;
    use PartyKind::*;
    let c = |list, party, is| Case { list, party, is };
    let oeste = Some("Compañía Textil del Oeste S.A.");
    let jade = Some("Jadeworld Trading Company Limited");
    let qingfeng = Some("Qingfeng Knitting Co. Ltd.");
    let harbor = Some("Harbor Light Marine Supply Inc.");
    let velan = Some("Velan Spinning Mills Private Limited");
    let colour = Some("Colour Centre Fabrics Ltd");
    let tianshan = Some("Xinjiang Tianshan Wool Textile Co. Ltd.");
    let yipin = Some("Kashgar Yipin Polysilicon Co. Ltd.");
    let hongsheng = Some("Ili Kazakh Autonomous Prefecture Hongsheng Textile Co. Ltd.");
    let tianrun = Some("Urumqi Tianrun Dairy Co. Ltd.");
    let ugol = Some("ООО «Угольная Компания Ильинская»");
    let sever = Some("Объединение Северный Текстиль");
    let fajr = Some("Al-Fajr Packaging Company");
    let zephyr = Some("Zephyr Northern Cotton Textile Trading Industry Development Co.");
    let tomato = Some("Tomato products (CN)");
    let laurentiens = Some("Meubles Laurentiens Ltée");
    let mountainview = Some("Mountainview Quarry Products Inc.");
    vec![
        // Two edits in a long word's ending make another word (the region `Laurentides`, the adjective
        // `Laurentiens`; `Gaspésiennes`); two elsewhere are a misspelling.
        c(Watchlist, party(Supplier, "Meubles Laurentides Ltée", "CA"), None),
        c(Watchlist, party(Site, "Meubles Laurentides Usine", "CA"), None),
        c(Watchlist, party(Supplier, "Meubles Laurentien Ltee", "CA"), laurentiens),
        c(Watchlist, party(Supplier, "MEUBLES LAURENTIENS LTEE", "CA"), laurentiens),
        c(Watchlist, party(Supplier, "Montainveiw Quarry Products Inc", "CA"), mountainview),
        c(Watchlist, party(Supplier, "Mountainview Quarry Product Inc.", "CA"), mountainview),
        c(Watchlist, party(Supplier, "Mountainvale Quarry Products Inc.", "CA"), None),
        c(Watchlist, party(Supplier, "Compania Textil del Oeste SA", "ES"), oeste),
        c(Watchlist, party(Site, "Compañía Textil Oeste", "ES"), oeste),
        c(Watchlist, party(Site, "Compañía Textil del Este S.A.", "ES"), None),
        c(Watchlist, party(Site, "Compania Textil del Norte SA", "ES"), None),
        c(Watchlist, party(Supplier, "Jade World Trading Co Ltd", "HK"), jade),
        c(Watchlist, party(Site, "Jadeworld Trading", "HK"), jade),
        c(Watchlist, party(Supplier, "Jadewind Trading Company Limited", "HK"), None),
        c(Watchlist, party(Supplier, "Jadeword Trading Company Limited", "HK"), jade),
        c(Watchlist, party(Site, "Qing Feng Knitting Co.", "CN"), qingfeng),
        c(Watchlist, party(Site, "Ch'ing-feng Knitting Co.", "CN"), qingfeng),
        c(Watchlist, party(Site, "Ch\u{2019}ing-feng Knitting Company", "CN"), qingfeng),
        c(Watchlist, party(Site, "Qingfang Knitting Co. Ltd.", "CN"), None),
        c(Watchlist, party(Site, "Qinfeng Knitting Co. Ltd.", "CN"), None),
        c(Watchlist, party(Supplier, "Harbourlight Marine Supply Ltd.", "CA"), harbor),
        c(Watchlist, party(Supplier, "Harbour Light Marine Supply", "CA"), harbor),
        c(Watchlist, party(Site, "HARBORLIGHT MARINE SUPPLY INC", "CA"), harbor),
        c(Watchlist, party(Supplier, "Harbour Night Marine Supply", "CA"), None),
        // A British word misspelt (`Herbour`: one letter from `Harbour`, two from `Harbor`), against either spelling
        // and either way round; another word one letter from it stays apart.
        c(Watchlist, party(Supplier, "Herbour Light Marine Supply", "CA"), harbor),
        c(Watchlist, party(Site, "Harbour Lihgt Marine Supply Inc", "CA"), harbor),
        c(Watchlist, party(Supplier, "Coluor Centre Fabrics Ltd", "GB"), colour),
        c(Watchlist, party(Supplier, "Colour Centra Fabrics Ltd", "GB"), colour),
        c(Watchlist, party(Supplier, "Calour Center Fabrics Ltd", "GB"), colour),
        c(Watchlist, party(Supplier, "Kestrel Harbour Works", "CA"), Some("Kestrel Herbour Works Ltd")),
        c(Watchlist, party(Site, "Kestrel Harbor Works Ltd", "CA"), Some("Kestrel Herbour Works Ltd")),
        c(Watchlist, party(Site, "Kestrel Arbour Works Ltd", "CA"), None),
        c(Watchlist, party(Site, "Kestrel Harvour Shipping Ltd", "CA"), None),
        c(Watchlist, party(Supplier, "Harbourview Marine Supply", "CA"), None),
        c(Watchlist, party(Site, "Velan Spinning Mills Pvt Ltd", "IN"), velan),
        c(Watchlist, party(Site, "Sri Velan Spinning Mills", "IN"), None),
        c(Watchlist, party(Site, "Sri Balaji Spinning Mills", "IN"), None),
        c(Watchlist, party(Supplier, "Color Center Fabrics Limited", "GB"), colour),
        c(Watchlist, party(Supplier, "Colour Centre Textiles Ltd", "GB"), None),
        c(Watchlist, party(Site, "Hsin-chiang T'ien-shan Wool Textile Co.", "CN"), tianshan),
        c(Watchlist, party(Site, "Sinkiang Tienshan Wool Textile", "CN"), tianshan),
        c(Watchlist, party(Site, "Tianshan Wool Textile Co. Ltd.", "CN"), tianshan),
        c(Watchlist, party(Site, "Xinjiang Tianshan Cotton Textile Co. Ltd.", "CN"), None),
        c(Watchlist, party(Site, "Xinjiang Tiancheng Wool Textile Co. Ltd.", "CN"), None),
        c(Watchlist, party(Site, "Kaxgar Yipin Polysilicon Co.", "CN"), yipin),
        c(Watchlist, party(Site, "Qeshqer Yipin Polysilicon", "CN"), yipin),
        c(Watchlist, party(Site, "Yipin Polysilicon Co. Ltd. (Kashi)", "CN"), yipin),
        c(Watchlist, party(Site, "Hotan Yipin Polysilicon Co. Ltd.", "CN"), None),
        c(Watchlist, party(Site, "Kaxgar Yupin Polysilicon Co.", "CN"), None),
        c(Watchlist, party(Site, "Hongsheng Textile Co., Ltd.", "CN"), hongsheng),
        c(Watchlist, party(Site, "Yili Hongsheng Textile Co., Ltd.", "CN"), hongsheng),
        c(Watchlist, party(Supplier, "Ili Hongsheng Textile", "CN"), hongsheng),
        c(Watchlist, party(Site, "Ili Kazakh Autonomous Prefecture Hongxing Textile Co. Ltd.", "CN"), None),
        c(Watchlist, party(Site, "Ürümqi Tianrun Dairy", "CN"), tianrun),
        c(Watchlist, party(Site, "Urumchi Tianrun Dairy Co.", "CN"), tianrun),
        c(Watchlist, party(Supplier, "Wulumuqi Tianrun Dairy Co., Ltd.", "CN"), tianrun),
        c(Watchlist, party(Site, "Ili Kazakh Autonomous Prefecture Tianrun Dairy Co. Ltd.", "CN"), None),
        c(Watchlist, party(Site, "Ugolnaya Kompaniya Ilinskaya OOO", "RU"), ugol),
        c(Watchlist, party(Site, "Ugol'naya Kompaniya Il'inskaya", "RU"), ugol),
        c(Watchlist, party(Site, "Угольная Компания Ильинская", "RU"), ugol),
        c(Watchlist, party(Site, "Ugolnaya Kompaniya Vostochnaya", "RU"), None),
        c(Watchlist, party(Site, "Obedinenie Severny Tekstil", "RU"), sever),
        c(Watchlist, party(Supplier, "Obʺedinenie Severnyj Tekstilʹ", "RU"), sever),
        c(Watchlist, party(Site, "Obedinenie Yuzhny Tekstil", "RU"), None),
        c(Watchlist, party(Supplier, "El-Fagr Packaging Co.", "EG"), fajr),
        c(Watchlist, party(Site, "El Fagr Packaging", "EG"), fajr),
        c(Watchlist, party(Site, "El-Fakhr Packaging Co.", "EG"), None),
        c(Watchlist, party(Site, "El-Fagr Trading Co.", "EG"), None),
        c(Watchlist, party(Site, "Zephyr Northern Cotton Textile Trading Industry Development", "CN"), zephyr),
        c(Watchlist, party(Site, "Zenith Northern Cotton Textile Trading Industry Development Co.", "CN"), None),
        c(Watchlist, party(Site, "Zephyr Southern Cotton Textile Trading Industry Development Co.", "CN"), None),
        c(CbpWro, site("Changji Canning", "CN", "passata"), tomato),
        c(CbpWro, site("Korla Red", "CN", "double concentrated tomato paste"), tomato),
        c(CbpWro, site("Bole Conserves", "CN", "purée de tomates"), tomato),
        c(CbpWro, site("Shihezi Red", "CN", "concentré de tomates, sauce tomate"), tomato),
        c(CbpWro, site("Turpan Foods", "CN", "ketchup and tomato sauce"), tomato),
        c(CbpWro, site("Changji Harvest Machines", "CN", "tomato harvesters"), None),
        c(CbpWro, site("Korla Agri Supply", "CN", "tomato cages, tomato seeds"), None),
        c(CbpWro, site("Bole Semences", "CN", "graines de tomates"), None),
        c(CbpWro, site("Aksu Greenhouse", "CN", "cages à tomates"), None),
    ]
}

/// The labelled set of names across scripts, against `opensanctions_scripts.ftm.json` (its own index: its people
/// share names with the romanisations fixture's): a person's name in Cyrillic, Arabic or Chinese characters against
/// its romanisations (ICAO, BGN/PCGN, French, ISO 9; English and French Arabic; pinyin and Wade–Giles), in any word
/// order, with or without a patronymic, by an initial; Arabic firm names with their articles assimilated, joined or
/// apart, `lil-` and a trade word translated. Not another person who shares a surname or a given name, nor another
/// father, nor another firm sharing the article and one word.
fn script_cases() -> Vec<Case> {
    use ListKind::Opensanctions as Os;
    use PartyKind::*;
    let c = |party, is| Case { list: Os, party, is };
    let abdullaev = Some("Абдуллаев Рустам Шамильевич");
    let hashimi = Some("محمد عبد القادر الهاشمي");
    let zhang = Some("张伟明");
    let liu = Some("Liu Changwei");
    let tsvetkov = Some("Dmitriy Vasilyevich Tsvetkov");
    let nur = Some("An-Nur lil-Nasij");
    let amal = Some("Al-Amal Spinning Company");
    let rahma = Some("Ar-Rahma lil-Nasij");
    let zahrani = Some("يوسف إبراهيم الزهراني");
    let falah = Some("Al Falah Trading Est.");
    let qahtani = Some("AL-QAHTANI, Saad Nasser");
    let guliyev = Some("Гулиев Эльнур Рафиг оглы");
    let vershinin = Some("Яков Андреевич Вершинин");
    let yasmin = Some("Al-Yasmin Embroidery");
    let baraka = Some("شركة البركة للنسيج");
    let fajr = Some("شركة الفجر للصناعات");
    let salam = Some("شركة السلام للغزل والنسيج");
    let rashid = Some("الرشيد للتجارة والمقاولات");
    let hilal = Some("Al-Hilal Spinning and Weaving Co.");
    vec![
        // Two trade words joined by the conjunction `و` (`والنسيج`, "and the weaving"): `and`, `&`, `et`, `wa`,
        // `wal-`, `wan-` in Latin letters, either way round; one trade word of the two, another trade, another
        // country is another firm.
        c(party(Site, "Al-Salam Spinning and Weaving Co.", "EG"), salam),
        c(party(Supplier, "El Salam Spinning & Weaving", "EG"), salam),
        c(party(Site, "As-Salam lil-Ghazl wal-Nasij", "EG"), salam),
        c(party(Site, "Al Salam lil Ghazl wa Nasij", "EG"), salam),
        c(party(Site, "Es-Salam Filature et Tissage", "EG"), salam),
        c(party(Site, "Al-Salam Spinning", "EG"), None),
        c(party(Site, "Al-Salam Trading and Contracting", "EG"), None),
        c(party(Site, "Al-Salam Spinning and Weaving", "MA"), None),
        c(party(Supplier, "Al-Rashid Trading and Contracting", "JO"), rashid),
        c(party(Site, "Al Rashid Commerce et Travaux", "JO"), rashid),
        c(party(Site, "Ar-Rashid lit-Tijara wal-Muqawalat", "JO"), rashid),
        c(party(Site, "Al-Rashid Trading", "JO"), None),
        c(party(Site, "Al-Rashid Spinning and Weaving", "JO"), None),
        c(party(Site, "شركة الهلال للغزل والنسيج", "EG"), hilal),
        c(party(Site, "الهلال للغزل و النسيج", "EG"), hilal),
        c(party(Site, "El Hilal lil-Ghazl wan-Nasij", "EG"), hilal),
        c(party(Supplier, "Al-Hilal Filature et Tissage", "EG"), hilal),
        c(party(Site, "شركة الهلال للتجارة", "EG"), None),
        c(party(Site, "Al-Hilal Trading and Contracting Co.", "EG"), None),
        // A firm listed in Arabic letters against its name with the trade word in English or French, and a Latin
        // listing against the name in Arabic letters with its trade word (`arabic_firm_words.csv`).
        c(party(Site, "Al-Baraka Textile Co.", "EG"), baraka),
        c(party(Site, "El Baraka Textile Company", "EG"), baraka),
        c(party(Supplier, "Albaraka Textiles", "EG"), baraka),
        c(party(Site, "Baraka Textile", "EG"), baraka),
        c(party(Site, "Al Baraka lil-Nasij", "EG"), baraka),
        c(party(Site, "Al-Baraka Trading Co.", "EG"), None),
        c(party(Site, "Al-Mubarak Textile Co.", "EG"), None),
        c(party(Site, "Al-Baraka Textile Co.", "MA"), None),
        c(party(Supplier, "Al-Fajr Industries", "EG"), fajr),
        c(party(Supplier, "El Fajr Industrie", "EG"), fajr),
        c(party(Site, "Al Fajr Industry Co.", "EG"), fajr),
        c(party(Supplier, "El-Fagr Industries", "EG"), fajr),
        c(party(Site, "El Fagr Industry Co.", "EG"), fajr),
        c(party(Site, "Al-Fajr Textiles", "EG"), None),
        c(party(Site, "El-Fagr Textiles", "EG"), None),
        c(party(Site, "El-Fakhr Industries", "EG"), None),
        c(party(Site, "Al-Fakhr Industries", "EG"), None),
        c(party(Site, "شركة الأمل للغزل", "JO"), amal),
        c(party(Site, "مؤسسة الفلاح للتجارة", "SA"), falah),
        c(party(Site, "شركة الرحمة للمنسوجات", "EG"), rahma),
        c(party(Site, "مؤسسة الفلاح للنسيج", "SA"), None),
        c(party(Site, "شركة الأمل للتجارة", "JO"), None),
        c(person(Signatory, "Rustam Abdullaev"), abdullaev),
        c(person(Contact, "Roustam Abdoullaïev"), abdullaev),
        c(person(Signatory, "Abdullayev Rustam"), abdullaev),
        c(person(Signatory, "Abdullaev R."), abdullaev),
        c(person(Contact, "ABDULLAEV, Rustam Shamilyevich"), abdullaev),
        c(person(Signatory, "Rustam Shamilevich Abdullaev"), abdullaev),
        c(person(Signatory, "Abdullaev Rustam Sh."), abdullaev),
        c(person(Signatory, "Abdullaev Rustam Šamilʹevič"), abdullaev),
        c(party(Operator, "Rustam Abdoullaev", "UZ"), abdullaev),
        c(person(Signatory, "Timur Abdullaev"), None),
        c(person(Signatory, "Abdullaev T."), None),
        c(person(Signatory, "Ruslan Abdullayev"), None),
        c(person(Contact, "Abdullaev Rustam Timurovich"), None),
        c(person(Signatory, "Rustam Abdulov"), None),
        c(person(Signatory, "Dmitri Tsvetkov"), tsvetkov),
        c(person(Signatory, "Дмитрий Васильевич Цветков"), tsvetkov),
        c(person(Contact, "Dmitrii Cvetkov"), tsvetkov),
        c(person(Signatory, "TSVETKOV Dmitrii Vassilievitch"), tsvetkov),
        c(person(Signatory, "Dmitriy Petrovich Tsvetkov"), None),
        c(person(Signatory, "Дмитрий Цветаев"), None),
        c(person(Signatory, "Mohamed Abdelkader El Hachemi"), hashimi),
        c(person(Contact, "Mohammed Abd al-Qadir al-Hashimi"), hashimi),
        c(person(Signatory, "Muhammad Abdul Qadir Hashimi"), hashimi),
        c(person(Signatory, "Mohamed Abdelkader"), None),
        c(person(Signatory, "Mahmoud Abdelkader El Hachemi"), None),
        c(person(Signatory, "Mohamed Abdelkarim El Hachemi"), None),
        c(person(Signatory, "Weiming Zhang"), zhang),
        c(person(Signatory, "Zhang Weiming"), zhang),
        c(person(Contact, "Wei-ming Chang"), zhang),
        c(person(Signatory, "ZHANG Wei Ming"), zhang),
        c(person(Signatory, "Chang Wei-ming"), zhang),
        c(person(Signatory, "Zhang Weiping"), None),
        c(person(Signatory, "Wang Weiming"), None),
        c(person(Signatory, "Zhang Wei"), None),
        c(person(Signatory, "Wei-ping Chang"), None),
        c(person(Signatory, "Chang-wei Liu"), liu),
        c(person(Contact, "Changwei Liu"), liu),
        c(person(Signatory, "刘昌伟"), liu),
        c(person(Signatory, "Liu Changwen"), None),
        c(person(Signatory, "Chang-wei Lin"), None),
        c(party(Supplier, "Al-Nour Textile", "EG"), nur),
        c(party(Site, "El Nour Textiles", "EG"), nur),
        c(party(Site, "An Nur lin-Nasij", "EG"), nur),
        c(party(Supplier, "Al-Nour Trading", "EG"), None),
        c(party(Site, "An-Nur lil-Nasij", "MA"), None),
        c(party(Site, "El Amal Spinning", "JO"), amal),
        c(party(Site, "Alamal Spinning Co.", "JO"), amal),
        c(party(Supplier, "Al Amal lil-Ghazl", "JO"), amal),
        c(party(Site, "Al-Amal Trading Company", "JO"), None),
        c(party(Site, "Al-Amin Spinning Company", "JO"), None),
        // A firm told apart by one distinctive word: a letter apart in it is another firm.
        // A person's family name written first in Latin letters, given names after.
        c(person(Signatory, "Yousef Ebrahim Al-Zahrani"), zahrani),
        c(person(Signatory, "Al-Zahrani Yusuf Ibrahim"), zahrani),
        c(person(Contact, "AL ZAHRANI, Youssef Ibrahim"), zahrani),
        c(person(Signatory, "Zahrani Yousef Ebrahim"), zahrani),
        c(person(Signatory, "Al-Zahrani Yusuf Khalil"), None),
        c(person(Signatory, "Al-Shahrani Yusuf Ibrahim"), None),
        c(party(Supplier, "Al-Rahma Textile Company", "EG"), rahma),
        c(party(Site, "El Rahma Textiles", "EG"), rahma),
        c(party(Supplier, "Ar Rahma lil Nassij", "EG"), rahma),
        c(party(Supplier, "شركة الرحمة للنسيج", "EG"), rahma),
        c(party(Site, "الرحمة للنسيج", "EG"), rahma),
        c(party(Supplier, "شركة الرحمن للنسيج", "EG"), None),
        c(party(Supplier, "Ar-Rahman lil-Nasij", "EG"), None),
        c(party(Supplier, "Al-Rahim Textile Company", "EG"), None),
        c(party(Site, "Ar-Rahmani Textiles", "EG"), None),
        c(party(Supplier, "Al-Falah Trading Establishment", "SA"), falah),
        c(party(Supplier, "El Falah Tijara", "SA"), falah),
        c(party(Supplier, "Al Salah Trading Est.", "SA"), None),
        c(party(Supplier, "Al Fallaha Trading Est.", "SA"), None),
        c(party(Supplier, "Al Fakhr Trading Est.", "SA"), None),
        c(party(Site, "Al-Falaj Trading Company", "SA"), None),
        // A letter dropped, doubled or two swapped in a long trade word, the distinctive word the same: the listed
        // firm. The same typo beside another distinctive word is still another firm.
        c(party(Site, "Al-Amal Spining", "JO"), amal),
        c(party(Supplier, "Al-Amal Spinnning Company", "JO"), amal),
        c(party(Site, "El Amal Spinnign Co.", "JO"), amal),
        c(party(Supplier, "Al-Rahma Textle Company", "EG"), rahma),
        c(party(Site, "El Rahma Textilles", "EG"), rahma),
        c(party(Supplier, "Al-Falah Tradign Establishment", "SA"), falah),
        c(party(Supplier, "Al Falah Tradding Est.", "SA"), falah),
        // A long trade word no list of trade words holds (`Embroidery`) counts as distinctive: misspelt by a letter
        // inside it, it is still the word.
        c(party(Site, "Al-Yasmin Embroidry", "JO"), yasmin),
        c(party(Supplier, "El Yasmin Embriodery Co.", "JO"), yasmin),
        c(party(Site, "Al-Yasmin Embroiddery", "JO"), yasmin),
        c(party(Site, "Al-Yasmin Embrodery", "JO"), yasmin),
        c(party(Site, "Al-Yasmina Embroidery", "JO"), None),
        c(party(Site, "Al-Amin Spining", "JO"), None),
        c(party(Supplier, "Al-Rahim Textle Company", "EG"), None),
        c(party(Supplier, "Al Salah Tradding Est.", "SA"), None),
        // Vowels the romanisations write apart (`a`, `e`, `i`): the Levantine and Maghrebi `e` for a written `a`.
        c(party(Supplier, "Al-Faleh Trading Establishment", "SA"), falah),
        c(party(Supplier, "El Falih Trading Est.", "SA"), falah),
        c(party(Site, "Er-Rahmeh Textile Company", "EG"), rahma),
        // A Latin listing written family name first against the name in Arabic letters given names first, and the
        // other way round.
        c(person(Signatory, "سعد ناصر القحطاني"), qahtani),
        c(person(Contact, "Saad Nasser Al-Qahtani"), qahtani),
        c(person(Signatory, "Saad Naser El Kahtani"), qahtani),
        c(person(Signatory, "سعد خالد القحطاني"), None),
        c(person(Signatory, "سعيد ناصر القحطاني"), None),
        // A Turkic patronymic (`oglu`, `oğlu`, `ogly`), or the Russian one of the same father, wherever it stands.
        c(person(Signatory, "Elnur Rafig oğlu Guliyev"), guliyev),
        c(person(Signatory, "Guliyev Elnur Rafig ogly"), guliyev),
        c(person(Contact, "Elnur Rafigovich Guliyev"), guliyev),
        c(person(Signatory, "Elnur Guliyev"), guliyev),
        c(person(Signatory, "Elnur Tofig oglu Guliyev"), None),
        c(person(Signatory, "Elshan Rafig oglu Guliyev"), None),
        // ISO 9 and scholarly `j` for the yot (`Jakov`), BGN/PCGN `Yakov`, ICAO `Iakov`; not French `Zhakov`.
        c(person(Signatory, "Jakov Andrejevič Veršinin"), vershinin),
        c(person(Signatory, "Yakov Andreyevich Vershinin"), vershinin),
        c(person(Contact, "Iakov Vershinin"), vershinin),
        c(person(Signatory, "Vershinin J."), vershinin),
        c(person(Signatory, "Zhakov Vershinin"), None),
        c(person(Signatory, "Jakov Petrovich Vershinin"), None),
    ]
}

/// More variants as suppliers write them, against the same fixtures: misspellings (a letter dropped, doubled or
/// swapped), another legal form or its abbreviation, words reordered, a place in brackets after the name as Chinese
/// firms write it in English, a hyphen or a comma without its space, plurals, `&` for `and`, a person's name in
/// another order or romanisation, and look-alike letters of another alphabet in a Latin name (a Cyrillic `о`, `Н`,
/// `Е`, `р`, a Greek `Α`); and near names that are other firms, or the same name in another country.
fn variant_cases() -> Vec<Case> {
    use ListKind::*;
    use PartyKind::*;
    let c = |list, party, is| Case { list, party, is };
    let zephyr = Some("Xinjiang Zephyr Cotton Textile Co., Ltd.");
    let hotan = Some("Hotan Lumen Polysilicon Industry Co., Ltd.");
    let aksu = Some("Aksu Quillwort Yarn Company");
    let ningbo = Some("Ningbo Corvid Garment Trading Co., Ltd.");
    let albatross = Some("Albatross Dye Works");
    let puffin = Some("Puffin Electronics Assembly");
    let loon = Some("Loon Supply Canada Inc.");
    let gannet = Some("Gannet Uniform Supply Inc.");
    let osprey = Some("Osprey Rope & Cordage Ltd.");
    let kestrel = Some("Kestrel Cobalt Mining SARL");
    let maple = Some("Maple Fictional Trading Company");
    let vireo = Some("Vireo Gloves Sdn. Bhd.");
    let heron = Some("Heron Quartz Products Co.");
    vec![
        // UFLPA.
        c(Uflpa, party(Site, "Zephyr Cotton Textile (Xinjiang) Co., Ltd.", "CN"), zephyr),
        c(Uflpa, party(Site, "Xinjiang Zephyr Cotton Textiles Co.,Ltd", "CN"), zephyr),
        c(Uflpa, party(Operator, "XINJIANG ZEPHYR COTTON-TEXTILE CO LTD", "CN"), zephyr),
        c(Uflpa, party(Site, "Xinjiang Zephyr Cottton Textile Co., Ltd.", "CN"), zephyr),
        c(Uflpa, party(Site, "Xinjiang Zephyr C\u{43E}tton Textile Co., Ltd.", "CN"), zephyr),
        c(Uflpa, party(Site, "Hotan Lumen Poly-silicon Industry Co Ltd", "CN"), hotan),
        c(Uflpa, party(Site, "\u{41D}otan Lumen Polysilicon Industry Co., Ltd.", "CN"), hotan),
        c(Uflpa, party(Site, "Hotan Lumen Polysilicon Industries Company Limited", "CN"), hotan),
        c(Uflpa, party(Supplier, "Aksu Quillwort Yarn Co., Ltd.", "CN"), aksu),
        c(Uflpa, party(Site, "Aksu Quillwort Yarns Company", "CN"), aksu),
        c(Uflpa, party(Supplier, "Ningbo Corvid Garments Trading Co Ltd", "HK"), ningbo),
        // The UFLPA file gives no country: the same name is the entity wherever the party is.
        c(Uflpa, party(Supplier, "Ningbo Corvid Garment Trading Co., Ltd.", "VN"), ningbo),
        c(Uflpa, party(Site, "Ningbo Condor Garment Trading Co., Ltd.", "CN"), None),
        c(Uflpa, party(Site, "Hotan Lumen Glass Industry Co., Ltd.", "CN"), None),
        // Watch list.
        c(Watchlist, party(Site, "Albatros Dye Works", "IN"), albatross),
        c(Watchlist, party(Supplier, "Albatross Dye Works Pvt. Ltd.", "IN"), albatross),
        c(Watchlist, party(Site, "ALBATROSS DYEING PRIVATE LIMITED", "IN"), albatross),
        c(Watchlist, party(Site, "Albatr\u{43E}ss Dye Works", "IN"), albatross),
        c(Watchlist, party(Site, "Albatross Dye Works", "BD"), None),
        c(Watchlist, party(Site, "Pelican Dye Works", "IN"), None),
        c(Watchlist, party(Site, "Albatross Paint Works", "IN"), None),
        c(Watchlist, party(Site, "Puffin Electronics Assembly Co., Ltd.", "VN"), puffin),
        c(Watchlist, party(Site, "Puffin Electronic Assembly JSC", "VN"), puffin),
        c(Watchlist, party(Site, "Puffin \u{415}lectronics Assembly", "VN"), puffin),
        c(Watchlist, party(Site, "Puffin Textile Assembly", "VN"), None),
        c(Watchlist, party(Supplier, "Loon Supply Canada Incorporated", "CA"), loon),
        c(Watchlist, party(Supplier, "Loon Supplies Canada Inc", "CA"), loon),
        c(Watchlist, party(Supplier, "Loon Sup\u{440}ly Canada Inc.", "CA"), loon),
        c(Watchlist, party(Supplier, "Lynx Supply Canada Inc.", "CA"), None),
        // PSPC.
        c(PspcIneligible, party(Supplier, "Gannet Uniform Supply Incorporated", "CA"), gannet),
        c(PspcIneligible, party(Supplier, "Gannet Uniforms Supply Inc", "CA"), gannet),
        c(PspcIneligible, party(Supplier, "Osprey Rope and Cordage Limited", "CA"), osprey),
        c(PspcIneligible, party(Supplier, "Osprey Marine Lines Ltd", "CA"), osprey),
        c(PspcIneligible, party(Supplier, "Osprey Rope & Cordage Ltd.", "US"), None),
        c(PspcIneligible, party(Supplier, "Gannet Office Supply Inc.", "CA"), None),
        // OpenSanctions.
        c(Opensanctions, party(Operator, "Kestrel Cobalt Mining S.A.R.L.", "CD"), kestrel),
        c(Opensanctions, party(Site, "Kestrel Mining", "CD"), kestrel),
        c(Opensanctions, party(Supplier, "Maple Fictional Trading Co.", "CA"), maple),
        c(Opensanctions, party(Supplier, "M\u{391}PLE FICTIONAL TRADING COMPANY", "CA"), maple),
        c(Opensanctions, party(Supplier, "Maple Factual Trading Company", "CA"), None),
        c(Opensanctions, person(Contact, "Ivan Fiktsionalov"), Some("Ivan Fictionalov")),
        c(Opensanctions, person(Signatory, "Fictive-Tremblay, Marguerite"), Some("Marguerite Fictive-Tremblay")),
        // Another person of the family (a Russian surname's feminine form): a hit for an officer to dismiss, counted
        // as a false one.
        c(Opensanctions, person(Signatory, "Ivana Fictionalova"), None),
        // CBP.
        c(CbpWro, party(Supplier, "Vireo Gloves Sendirian Berhad", "MY"), vireo),
        c(CbpWro, party(Site, "Vireo Glove Sdn Bhd", "MY"), vireo),
        c(CbpWro, party(Site, "Vireo Gloves Sdn. Bhd.", "TH"), None),
        c(CbpWro, party(Site, "Heron Quartz Product Co., Ltd.", "CN"), heron),
    ]
}

fn script_index() -> ListIndex {
    ListIndex::new(&fixture(ListKind::Opensanctions, "opensanctions_scripts.ftm.json"), today())
}

fn indexes() -> Vec<(ListKind, ListIndex)> {
    [
        (ListKind::Uflpa, &["uflpa_entity_list_2026-10.html"][..]),
        (ListKind::CbpWro, &["cbp_wro_findings.csv", "cbp_wro_industries.csv", "cbp_wro_tomatoes.csv"]),
        (ListKind::Opensanctions, &["opensanctions_entities.ftm.json", "opensanctions_romanisations.ftm.json"]),
        (ListKind::PspcIneligible, &["pspc_ineligible_suspended.csv"]),
        (
            ListKind::Watchlist,
            &[
                "watchlist.csv",
                "watchlist_legal_forms.csv",
                "watchlist_word_forms.csv",
                "watchlist_lookalikes.csv",
                "watchlist_pinyin_shaped.csv",
            ],
        ),
    ]
    .into_iter()
    .map(|(k, files)| {
        let ix = ListIndex::new(&files.iter().flat_map(|f| fixture(k, f)).collect::<Vec<_>>(), today()).of_list(k);
        (k, ix.reading_goods_with(model_reader()))
    })
    .collect()
}

/// The goods reader the service passes: the embedded risk model's.
fn model_reader() -> GoodsReader {
    let model = std::sync::Arc::new(crate::scoring::RiskModel::embedded().unwrap());
    std::sync::Arc::new(move |t: &str| model.industry_goods(t).into_iter().map(str::to_string).collect())
}

/// A region-or-industry order reads goods as the risk model does: its industry and a site's goods both as ILAB
/// goods, in English or French, materials included ("T-shirts en coton"), a machine or a confection named after a
/// good not the good ("cotton candy machines"). Without the reader, the word rule misses the French and hits the
/// machines.
#[test]
fn region_orders_read_goods_as_the_risk_model_does_in_english_and_french() {
    let entries = fixture(ListKind::CbpWro, "cbp_wro_findings.csv");
    let ix = ListIndex::new(&entries, today()).reading_goods_with(model_reader());
    let cn = Some("Cotton and cotton products");
    let tm = Some("Cotton");
    let mut wrong = Vec::new();
    for (country, goods, want) in [
        ("CN", "T-shirts en coton", cn),
        ("CN", "fil de coton", cn),
        ("CN", "coton brut", cn),
        ("CN", "tissu de coton et polyester", cn),
        ("CN", "Chemises en coton biologique", cn),
        ("CN", "draps de coton", cn),
        ("TM", "Coton hydrophile", tm),
        ("CN", "cotton yarn", cn),
        ("CN", "COTTON T-SHIRTS", cn),
        ("TM", "raw cotton lint", tm),
        ("CN", "Cotton or polyester fabric", cn),
        ("CN", "cotton candy machines", None),
        ("CN", "Cotton-candy floss makers", None),
        ("TM", "Cotton gin machinery parts", None),
        ("CN", "pièces de machines à coton", None),
        ("CN", "machines pour le coton", None),
        ("CN", "spare parts for cotton gins", None),
        ("CN", "cottonseed oil", None),
        ("CN", "polycotton bedsheets", None),
        ("CN", "cottonwood boards", None),
        ("VN", "T-shirts en coton", None),
        ("CN", "steel chain", None),
    ] {
        let mut hits = Vec::new();
        ix.match_party(&site("Usine F", country, goods), 0, &mut hits);
        let got: Vec<Option<&str>> = hits
            .iter()
            .filter(|h| h.evidence.method == MatchMethod::RegionOrIndustry)
            .map(|h| ix.entries()[h.entry].industry.as_deref())
            .collect();
        let expected: Vec<Option<&str>> = want.into_iter().map(Some).collect();
        if got != expected {
            wrong.push(format!("{goods:?} ({country}): {got:?}, not {expected:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_labelled_set_is_matched_with_no_true_match_missed() {
    let indexes = indexes();
    let scripts = script_index();
    let (mut true_pos, mut false_pos, mut false_neg) = (0, 0, 0);
    let mut report = Vec::new();
    let labelled = cases()
        .into_iter()
        .chain(word_form_cases())
        .chain(lookalike_cases())
        .chain(variant_cases())
        .map(|c| (false, c))
        .chain(script_cases().into_iter().map(|c| (true, c)));
    for (across_scripts, case) in labelled {
        let ix = if across_scripts { &scripts } else { &indexes.iter().find(|(k, _)| *k == case.list).unwrap().1 };
        let mut hits = Vec::new();
        ix.match_party(&case.party, 0, &mut hits);
        let found: Vec<(&str, &Evidence)> =
            hits.iter().map(|h| (ix.entries()[h.entry].name.as_str(), &h.evidence)).collect();
        for (name, ev) in &found {
            if Some(*name) == case.is {
                true_pos += 1;
            } else {
                false_pos += 1;
                report.push(format!("FALSE HIT {:?} → {name} ({ev:?})", case.party.name));
            }
        }
        if let Some(want) = case.is
            && !found.iter().any(|(n, _)| *n == want)
        {
            false_neg += 1;
            report.push(format!("MISSED {:?} → {want}", case.party.name));
        }
    }
    let precision = f64::from(true_pos) / f64::from(true_pos + false_pos);
    let recall = f64::from(true_pos) / f64::from(true_pos + false_neg);
    eprintln!(
        "screening quality: {true_pos} true hits, {false_pos} false, {false_neg} missed: precision {precision:.3}, \
         recall {recall:.3}\n{}",
        report.join("\n")
    );
    assert_eq!(false_neg, 0, "{}", report.join("\n"));
    assert!(precision >= 0.99, "precision {precision}: {}", report.join("\n"));
}

#[test]
fn each_method_is_named_in_the_evidence() {
    let indexes = indexes();
    let ix = |k: ListKind| &indexes.iter().find(|(l, _)| *l == k).unwrap().1;
    let method = |k: ListKind, p: Party| {
        let mut hits = Vec::new();
        ix(k).match_party(&p, 0, &mut hits);
        assert_eq!(hits.len(), 1, "{hits:#?}");
        hits[0].evidence.clone()
    };
    let e = method(ListKind::Uflpa, party(PartyKind::Site, "Zephyr Cotton Group", "CN"));
    assert_eq!((e.method, e.entry_text.as_str()), (MatchMethod::Alias, "Zephyr Cotton Group"));
    // The UFLPA file gives no country: none is compared, none said to agree.
    assert_eq!(e.fields, ["site_name"]);
    assert_eq!(e.country_agrees, None);
    let e = method(ListKind::Uflpa, party(PartyKind::Site, "Xin Jiang Xu Gou Mian Ye You Xian Gong Si", "CN"));
    assert_eq!(e.method, MatchMethod::Transliteration);
    let e = method(ListKind::Uflpa, party(PartyKind::Site, "Xinjang Zephyr Cotton Textile", "CN"));
    assert_eq!(e.method, MatchMethod::SimilarName);
    assert!(e.similarity >= THRESHOLD && e.similarity < 1.0, "{e:?}");
    let e = method(ListKind::Uflpa, party(PartyKind::Site, "Hotan Lumen Polysilicon Industry Shache Branch", "CN"));
    assert_eq!(e.method, MatchMethod::Subsidiary);
    let mut p = party(PartyKind::Supplier, "Someone Else", "CA");
    p.business_number = Some("100000009".into());
    let e = method(ListKind::Watchlist, p);
    assert_eq!((e.method, e.fields.as_slice()), (MatchMethod::BusinessNumber, &["business_number".to_string()][..]));
}

#[test]
fn a_declaration_gives_its_supplier_sites_and_operators_as_parties() {
    let path = format!("{}/supplier_data/demo", env!("CARGO_MANIFEST_DIR"));
    let file = std::fs::read_dir(&path)
        .unwrap()
        .filter_map(Result::ok)
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|x| x == "xlsx"));
    let Some(file) = file else { return };
    let bytes = std::fs::read(&file).unwrap();
    let name = file.file_name().unwrap().to_string_lossy().into_owned();
    let d = crate::import::read_declaration(&name, &bytes, &crate::import::Limits::default()).unwrap().declaration;
    let parties = parties_of(&d);
    assert_eq!(parties[0].kind, PartyKind::Supplier);
    assert_eq!(parties.iter().filter(|p| p.kind == PartyKind::Site).count(), d.places_of_work.len());
    assert!(
        parties
            .iter()
            .filter(|p| p.kind == PartyKind::Site)
            .all(|p| p.key.starts_with("os:") || p.key.starts_with("na:"))
    );
    let signatory = parties.iter().find(|p| p.kind == PartyKind::Signatory).unwrap();
    assert_eq!(signatory.name, d.supplier.signatory_name);
    assert_eq!(signatory.country, None, "a declaration gives no person's nationality");
    assert!(signatory.key.starts_with(&format!("person:{}:", parties[0].key)), "{}", signatory.key);
    // The contact is a party of its own when another person than the signatory, never twice the same person.
    let mut same = d.clone();
    same.supplier.contact_name = Some(format!(" {} ", d.supplier.signatory_name.to_uppercase()));
    assert_eq!(parties_of(&same).iter().filter(|p| p.kind == PartyKind::Contact).count(), 0);
    same.supplier.contact_name = Some("Another Person".into());
    assert_eq!(parties_of(&same).iter().filter(|p| p.kind == PartyKind::Contact).count(), 1);
}

#[test]
fn screening_in_threads_finds_what_one_thread_finds() {
    let ix = &indexes()[0].1;
    let parties: Vec<Party> = (0..30_000)
        .map(|i| {
            if i % 1000 == 7 {
                party(PartyKind::Site, "Xinjiang Zephyr Cotton Textile Co Ltd", "CN")
            } else {
                party(PartyKind::Site, &format!("Harbour Works {i}"), "CN")
            }
        })
        .collect();
    let one = ix.screen(&parties, 1);
    let two = ix.screen(&parties, 2);
    assert_eq!(one.len(), 30);
    assert_eq!(one, two);
}

#[test]
fn goods_terms_leave_out_joining_and_generic_words_and_compare_whole_words() {
    assert_eq!(goods_terms("Cotton and cotton products"), ["cotton", "cotton"]);
    assert_eq!(goods_terms("Produits du coton et de la laine"), ["coton", "laine"]);
    assert_eq!(goods_terms("Disposable gloves, batteries & tomatoes"), ["disposable", "glove", "battery", "tomato"]);
    assert_eq!(goods_terms("Glass and brass of class 3"), ["glass", "brass", "class"], "no plural in -ss, no numbers");
    assert!(goods_terms("of and et de les").is_empty());
}

#[test]
fn a_leading_french_article_is_dropped_only_before_two_words() {
    assert_eq!(prepare_name("Les Cordages Nordiques inc."), prepare_name("Cordages Nordiques Inc."));
    assert_eq!(prepare_name("L'Atelier du Nord ltée"), "atelier du nord");
    assert_eq!(prepare_name("La Farge Inc."), "la farge", "one word left: kept whole");
    assert_eq!(prepare_name("Lesage Cordages Nordiques"), "lesage cordages nordiques", "a word, not an article");
}

/// Legal forms of many jurisdictions (the shared list of `domain::legal_form`) are no part of a name: a listed firm
/// is found under its name with another form or none, and two firms that differ by more than a form stay apart.
/// An entry of one name listed in `country`.
fn entry(name: &str, country: &str) -> Entry {
    Entry { country: CountryCode::parse(country), ..Entry::named(name, name, 1) }
}

/// How many hits a list of the one entry `e` gives `p`.
fn hits(e: &Entry, p: Party) -> usize {
    let mut out = Vec::new();
    ListIndex::with(std::slice::from_ref(e), |_| true).match_party(&p, 0, &mut out);
    out.len()
}

#[test]
fn names_match_whatever_legal_form_of_any_jurisdiction_they_carry() {
    for (listed, written, cc) in [
        ("Selangor Nitrile Products Sdn. Bhd.", "Selangor Nitrile Products", "MY"),
        ("Penang Latex Berhad", "Penang Latex Sdn Bhd", "MY"),
        ("Kanpur Jute Mills Private Limited", "Kanpur Jute Mills", "IN"),
        ("Kanpur Jute Mills Private Limited", "Kanpur Jute Mills Pvt. Ltd.", "IN"),
        ("Tuas Precision Pte. Ltd.", "Tuas Precision", "SG"),
        ("PT Bandung Tekstil Tbk", "Bandung Tekstil", "ID"),
        ("Chonburi Rubber Public Company Limited", "Chonburi Rubber Co., Ltd.", "TH"),
        ("OOO Volzhskaya Pryazha", "Volzhskaya Pryazha LLC", "RU"),
        ("AO Kamskiy Tekstil", "Kamskiy Tekstil JSC", "RU"),
        ("Textiles del Bajío S.A. de C.V.", "Textiles del Bajio", "MX"),
        ("Couros Gaúchos Ltda.", "Couros Gauchos", "BR"),
        ("Công ty TNHH Dệt Kim Bình Dương", "Det Kim Binh Duong Co., Ltd.", "VN"),
        ("Izmir Pamuk Sanayi Ltd. Şti.", "Izmir Pamuk Sanayi", "TR"),
        ("Sapporo Kogyo KK", "Sapporo Kogyo", "JP"),
        ("Lindqvist Garn AB", "Lindqvist Garn", "SE"),
        ("Dongguan Mingda Youxian Gongsi", "Dongguan Mingda", "CN"),
    ] {
        assert_eq!(hits(&entry(listed, cc), party(PartyKind::Site, written, cc)), 1, "{listed} ← {written}");
    }
    for (listed, written, cc) in [
        // A form dropped at the end of a name is a word of the name elsewhere.
        ("Private Label Gloves Sdn Bhd", "Label Gloves", "MY"),
        // Two firms that differ by a word besides their forms.
        ("Kanpur Jute Mills Private Limited", "Kanpur Cotton Mills Pvt Ltd", "IN"),
        ("PT Bandung Tekstil Tbk", "PT Bandung Kimia", "ID"),
        // The same name in another country.
    ] {
        assert_eq!(hits(&entry(listed, cc), party(PartyKind::Site, written, cc)), 0, "{listed} ← {written}");
    }
    // The same name in another country.
    let listed = entry("Selangor Nitrile Products Sdn. Bhd.", "MY");
    assert_eq!(hits(&listed, party(PartyKind::Site, "Selangor Nitrile Products", "TH")), 0);
}

/// One letter typed wrong, added, dropped or two letters swapped in a short word is the commonest misspelling:
/// Jaro–Winkler alone rates it under the word threshold ("jade"/"jede" 0.85), so such names were missed. Words with
/// digits still compare whole, and two edits in a short word are another word.
#[test]
fn one_letter_wrong_in_a_short_word_is_the_same_name_and_two_are_not() {
    for (listed, written, cc) in [
        ("Jade Mills 84986", "Jede Mills 84986", "TH"),
        ("Aksu Cotton Works", "Aksuu Cotton Works", "CN"),
        ("Hotan Silk Group", "Hoatn Silk Group", "CN"),
        ("Delta Jute Processing", "Dleta Jute Processing", "BD"),
        ("Star Rope Industries", "Stra Rope Industries", "IN"),
        ("Kota Gloves Sdn Bhd", "Kotta Gloves", "MY"),
    ] {
        assert_eq!(hits(&entry(listed, cc), party(PartyKind::Site, written, cc)), 1, "{listed} ← {written}");
    }
    for (listed, written, cc) in [
        // A number is an identifier: one digit changed is another firm.
        ("Jade Mills 84986", "Jade Mills 84985", "TH"),
        // Two letters changed in a four-letter word.
        ("Jade Rope Works", "Jodi Rope Works", "IN"),
        // Short words of three letters compare whole.
        ("Sun Rope Works", "Sin Rope Works", "IN"),
    ] {
        assert_eq!(hits(&entry(listed, cc), party(PartyKind::Site, written, cc)), 0, "{listed} ← {written}");
    }
}

/// An Arabic name is found from its usual Latin spellings (short vowels unwritten in Arabic, doubled letters, the
/// article written `al-`, `el-`, with a sun letter or left out, `q`/`k`, `ou`/`u` for `و`), either way round, by
/// people and firms; a Latin name of other letters, or whose long vowel is not in the Arabic, is not the same name.
#[test]
fn arabic_names_meet_their_usual_latin_spellings_and_no_other() {
    let hits = |listed: &str, p: Party| {
        let e = Entry { scope: EntryScope::Person, ..Entry::named(listed, listed, 1) };
        let mut out = Vec::new();
        ListIndex::with(std::slice::from_ref(&e), |_| true).match_party(&p, 0, &mut out);
        out
    };
    let found = |listed: &str, written: &str| {
        let out = hits(listed, person(PartyKind::Signatory, written));
        assert_eq!(out.len(), 1, "{listed} ← {written}");
        assert_eq!(out.first().map(|h| h.evidence.method), Some(MatchMethod::Transliteration));
        let back = hits(written, person(PartyKind::Signatory, listed));
        assert_eq!(back.len(), 1, "{written} ← {listed}");
    };
    for written in ["Mohammed", "Muhammad", "Mohamed", "Mohammad", "Muhammed"] {
        found("محمد", written);
    }
    for written in ["Abdullah", "Abdallah", "Abd Allah"] {
        found("عبد الله", written);
    }
    for written in ["Khalid al-Rashid", "Khaled el-Rashid", "Khalid ar-Rashid", "Khalid Rashid", "Khaled Al Rashed"] {
        found("خالد الراشد", written);
    }
    for written in ["Yusuf Qasim", "Yousef Kassem", "Youssef Qassim"] {
        found("يوسف قاسم", written);
    }
    for written in ["Hussein Ibrahim", "Husain Ebrahim", "Hussain Ibraheem"] {
        found("حسين إبراهيم", written);
    }
    found("فاطمة الزهراء", "Fatimah al-Zahra");
    found("فاطمة الزهراء", "Fatima Zahraa");
    for (listed, written) in [
        // A long vowel the Arabic does not write, other consonants, a word more or less.
        ("محمد", "Mahmoud"),
        ("محمد", "Hamid"),
        ("محمد", "Mohammed Ali"),
        ("عبد الله", "Abdul Rahman"),
        ("خالد الراشد", "Khalid al-Rashidi Trading"),
        ("يوسف قاسم", "Yusuf Hashim"),
        ("حسين إبراهيم", "Hassan Ibrahim"),
        ("محمود", "Mohammed"),
    ] {
        assert!(hits(listed, person(PartyKind::Signatory, written)).is_empty(), "{listed} ← {written}");
        assert!(hits(written, person(PartyKind::Signatory, listed)).is_empty(), "{written} ← {listed}");
    }
    // A firm: the country still has to agree.
    let firm = Entry { country: CountryCode::parse("AE"), ..Entry::named("k", "الراشد", 1) };
    let firm_hits = |p: Party| {
        let mut out = Vec::new();
        ListIndex::with(std::slice::from_ref(&firm), |_| true).match_party(&p, 0, &mut out);
        out.len()
    };
    assert_eq!(firm_hits(party(PartyKind::Supplier, "Al-Rashed LLC", "AE")), 1);
    assert_eq!(firm_hits(party(PartyKind::Supplier, "Al-Rashed LLC", "EG")), 0);
    // Latin against Latin keeps the word rules: vowels count there.
    let latin = Entry { scope: EntryScope::Person, ..Entry::named("m", "Mohammed", 1) };
    let mut out = Vec::new();
    ListIndex::with(std::slice::from_ref(&latin), |_| true).match_party(
        &person(PartyKind::Signatory, "Mahmud"),
        0,
        &mut out,
    );
    assert!(out.is_empty());
}

/// A hit is labelled by what matched: the primary name, an alias, a former name ("formerly known as"); a
/// transliteration only when a side is written in another script and the two are not written alike (accents are
/// Latin letters; the same Chinese name on both sides is the same name); the same letters once spaces are dropped,
/// between Latin names, as such.
#[test]
fn a_hit_is_labelled_by_the_name_it_meets_and_a_transliteration_only_across_scripts() {
    let mut e = Entry::named("k", "Société Générale des Fils", 1);
    e.country = CountryCode::parse("FR");
    e.aliases = vec!["SGF Textiles".into()];
    e.former_names = vec!["Filature Aubry".into()];
    let chinese = Entry { country: CountryCode::parse("CN"), ..Entry::named("c", "新疆虚构棉业有限公司", 2) };
    let entries = [e, chinese];
    let method = |name: &str, cc: &str| {
        let mut out = Vec::new();
        ListIndex::with(&entries, |_| true).match_party(&party(PartyKind::Supplier, name, cc), 0, &mut out);
        assert_eq!(out.len(), 1, "{name}: {out:#?}");
        (out[0].evidence.method, out[0].evidence.entry_text.clone())
    };
    assert_eq!(method("Filature Aubry", "FR"), (MatchMethod::FormerName, "Filature Aubry".into()));
    assert_eq!(method("FILATURE AUBRY SA", "FR").0, MatchMethod::FormerName);
    assert_eq!(method("SGF Textiles", "FR"), (MatchMethod::Alias, "SGF Textiles".into()));
    assert_eq!(method("Société Générale des Fils", "FR").0, MatchMethod::ExactName, "accents are no other script");
    assert_eq!(method("Societe Generale des Fils SA", "FR").0, MatchMethod::ExactName);
    assert_eq!(method("新疆虚构棉业有限公司", "CN").0, MatchMethod::ExactName, "the same Chinese name");
    assert_eq!(method("Xinjiang Xugou Mianye", "CN").0, MatchMethod::Transliteration);
    assert_eq!(method("SGFTextiles", "FR").0, MatchMethod::CompactName);
    // Full-width Latin letters are Latin letters of another width (NFKC), not another script.
    assert_eq!(method("Ｆｉｌａｔｕｒｅ Ａｕｂｒｙ", "FR").0, MatchMethod::FormerName, "full width");
    assert_eq!(
        method("Ｓｏｃｉéｔé Ｇéｎéｒａｌｅ ｄｅｓ Ｆｉｌｓ ＳＡ", "FR").0,
        MatchMethod::ExactName,
        "full width"
    );
    assert_eq!(method("ＳＧＦＴｅｘｔｉｌｅｓ", "FR").0, MatchMethod::CompactName, "full width");
    // Each method has its words in both languages.
    let cat = crate::reports::Catalog::embedded().unwrap();
    for m in [MatchMethod::FormerName, MatchMethod::Alias, MatchMethod::CompactName] {
        for lang in [crate::domain::Lang::En, crate::domain::Lang::Fr] {
            let key = format!("screening.method_{m}");
            assert_ne!(cat.get(lang, &key), key, "{key}");
        }
    }
    assert_eq!(
        cat.get(crate::domain::Lang::Fr, "screening.method_former_name"),
        "Identique à une ancienne dénomination"
    );
}

/// A name matched only because a letter of another alphabet drawn like a Latin one (a Cyrillic `а`, `С`, `о`, a Greek
/// `Ο`, `Τ`) stands in a word of Latin letters says so, look-alike letters, on either side, whatever name of the entry
/// it meets and however the words are spaced or ordered — not a transliteration, which is for a name written in
/// another script. A name wholly in Cyrillic is still a transliteration, and a Latin name in Latin letters is still
/// its own method. Its words exist in both languages.
#[test]
fn a_name_matched_through_look_alike_letters_says_so_not_transliteration() {
    let mut e = Entry::named("k", "Osprey Rope and Cordage", 1);
    e.country = CountryCode::parse("CA");
    e.aliases = vec!["Osprey Marine Lines".into()];
    let mixed = Entry { country: CountryCode::parse("CA"), ..Entry::named("m", "Tern Fabri\u{0441}s", 2) };
    let lookalike =
        Entry { country: CountryCode::parse("VN"), ..Entry::named("g", "\u{039F}wl Ele\u{0441}tronics", 3) };
    let cyrillic =
        Entry { country: CountryCode::parse("RU"), ..Entry::named("r", "Северный Текстиль", 4) };
    let entries = [e, mixed, lookalike, cyrillic];
    let ix = ListIndex::with(&entries, |_| true);
    let method = |name: &str, cc: &str| {
        let mut out = Vec::new();
        ix.match_party(&party(PartyKind::Supplier, name, cc), 0, &mut out);
        out.iter().map(|h| (h.evidence.method, h.entry)).collect::<Vec<_>>()
    };
    let look = MatchMethod::LookAlikeLetters;
    // The party's name holds the look-alike: a Cyrillic `а` (U+0430), `С` (U+0421), `о` (U+043E), a Greek `Ο`.
    assert_eq!(method("Osprey Rope \u{0430}nd Cordage", "CA"), [(look, 0)], "Cyrillic a");
    assert_eq!(method("O\u{0405}PREY ROPE AND CORDAGE LTD", "CA"), [(look, 0)], "Cyrillic capital Dze");
    assert_eq!(method("Ospr\u{0435}y Marine Lin\u{0435}s", "CA"), [(look, 0)], "an alias, two Cyrillic e");
    assert_eq!(method("\u{039F}sprey Rope and Cordage Inc.", "CA"), [(look, 0)], "Greek capital Omicron");
    // A Cyrillic `р` is drawn as `p` and transliterated as `r`: read as drawn.
    assert_eq!(method("Os\u{0440}rey Rope and Cordage", "CA"), [(look, 0)], "Cyrillic er");
    assert_eq!(method("OspreyRope \u{0430}nd Cordage", "CA"), [(look, 0)], "spaced otherwise");
    assert_eq!(method("Tern Fabrics", "CA"), [(look, 1)], "the entry's Cyrillic es");
    // The entry's name holds it: `Tern Fabriсs` is no name in Cyrillic; `Οwl Eleсtronics` with a Greek and a
    // Cyrillic letter.
    assert_eq!(method("Owl Electronics", "VN"), [(look, 2)], "the entry's look-alikes");
    assert_eq!(method("\u{039F}wl Ele\u{0441}tronics", "VN"), [(MatchMethod::ExactName, 2)], "written alike");
    // Not look-alikes: a name in Cyrillic, and Latin names in Latin letters.
    let cyrillic = method("Severnyy Tekstil", "RU");
    assert!(!cyrillic.is_empty() && cyrillic.iter().all(|&(m, e)| m != look && e == 3), "{cyrillic:?}");
    assert_eq!(method("Osprey Rope and Cordage", "CA"), [(MatchMethod::ExactName, 0)]);
    assert_eq!(method("Osprey Marine Lines", "CA"), [(MatchMethod::Alias, 0)]);
    let cat = crate::reports::Catalog::embedded().unwrap();
    for lang in [crate::domain::Lang::En, crate::domain::Lang::Fr] {
        let key = "screening.method_look_alike_letters";
        let words = cat.get(lang, key);
        assert_ne!(words, key, "{lang:?}");
        assert!(!words.to_lowercase().contains("translit"), "{lang:?}: {words}");
    }
}

/// An Arabic firm's legal forms (`شركة`, `مؤسسة`, `ذ.م.م` …) are dropped as the Latin ones are: `Al-Rashed Co.`
/// against `شركة الراشد` is the comparison of the names without them, either way round; a name that is only a legal
/// form keeps it.
#[test]
fn arabic_legal_forms_are_dropped_as_latin_ones_are() {
    use super::arabic::without_legal_forms;
    assert_eq!(without_legal_forms("شركة الراشد"), "الراشد");
    assert_eq!(without_legal_forms("مؤسسة النور ذ.م.م"), "النور");
    assert_eq!(without_legal_forms("النور ذ. م. م."), "النور");
    assert_eq!(without_legal_forms("الشركة الراشد ذات المسؤولية المحدودة"), "الراشد");
    assert_eq!(without_legal_forms("الراشد وشركاه"), "الراشد");
    assert_eq!(without_legal_forms("شركة"), "شركة", "nothing else left: kept");
    let firm = |name: &str| Entry { country: CountryCode::parse("AE"), ..Entry::named("k", name, 1) };
    let hits = |listed: &str, written: &str| {
        let mut out = Vec::new();
        let entries = [firm(listed)];
        ListIndex::with(&entries, |_| true).match_party(&party(PartyKind::Supplier, written, "AE"), 0, &mut out);
        out.len()
    };
    for (arabic, latin) in [
        ("شركة الراشد", "Al-Rashed Co."),
        ("شركة الراشد", "Al Rashed LLC"),
        ("مؤسسة الخليج ذ.م.م", "Al Khaleej LLC"),
        ("شركة الخليج", "Al-Khaleej"),
    ] {
        assert_eq!(hits(arabic, latin), 1, "{arabic} ← {latin}");
        assert_eq!(hits(latin, arabic), 1, "{latin} ← {arabic}");
    }
    // Arabic against Arabic: the same firm with and without its form.
    assert_eq!(hits("شركة الراشد", "الراشد ذ.م.م"), 1);
    // Other names stay apart.
    assert_eq!(hits("شركة الراشد", "Al Nour Co."), 0);
}

/// An entry of China for the variant tests.
fn cn_entry(name: &str) -> Entry {
    Entry { country: CountryCode::parse("CN"), ..Entry::named(format!("k:{name}"), name, 1) }
}

/// The entries the variant tests screen against: the tester's (a Chinese place before the trade name, one listed
/// "and its subsidiaries") and more of other provinces, cities and industries, a place that is the whole name, a
/// place with industry words only, and firms outside China.
fn variant_index() -> ListIndex {
    let mut zhenhua = cn_entry("Xinjiang Zhenhua Cotton Textile Co., Ltd.");
    zhenhua.subsidiaries = true;
    zhenhua.aliases = vec!["Zhenhua Textiles".into()];
    zhenhua.former_names = vec!["Hetian Zhenhua Spinning Co., Ltd.".into()];
    let mut xiexin = cn_entry("Anhui Xiexin Fangzhi Co., Ltd.");
    xiexin.aliases = vec!["AXF".into()];
    let entries = vec![
        zhenhua,
        xiexin,
        cn_entry("Kashgar Bright Polysilicon Materials Co., Ltd."),
        cn_entry("Guangdong Haoyun Garment Manufacturing Co., Ltd."),
        cn_entry("Inner Mongolia Caoyuan Rare Earth Metals Co., Ltd."),
        cn_entry("Shenzhen Jiaxun Electronics Technology Co., Ltd."),
        cn_entry("Xinjiang Co., Ltd."),
        cn_entry("Hubei Tianhong Tomato Products Co., Ltd."),
        cn_entry("Yunnan Cotton Textile Co., Ltd."),
        cn_entry("Hotan Lumen Polysilicon Industry Co., Ltd."),
        Entry::named("k:nordic", "Nordic Cable Holdings Inc.", 1),
        Entry { country: CountryCode::parse("MY"), ..Entry::named("k:vireo", "Vireo Gloves Sdn. Bhd.", 1) },
    ];
    ListIndex::new(&entries, today())
}

/// Common variants of a listed firm's name are found, each by its own method naming the words left out: a Chinese
/// place (province, region, city) left out or moved, a branch, one generic word fewer. Their look-alikes are not: a
/// different trade name or another place with the same words, the same name in another country, a place that is the
/// whole name, a place with industry words only, the trade name or two words left out.
#[test]
fn a_place_left_out_a_branch_or_one_generic_word_fewer_is_the_listed_firm_and_look_alikes_are_not() {
    use MatchMethod::*;
    let ix = variant_index();
    let zhenhua = "Xinjiang Zhenhua Cotton Textile Co., Ltd.";
    let xiexin = "Anhui Xiexin Fangzhi Co., Ltd.";
    let bright = "Kashgar Bright Polysilicon Materials Co., Ltd.";
    let haoyun = "Guangdong Haoyun Garment Manufacturing Co., Ltd.";
    let caoyuan = "Inner Mongolia Caoyuan Rare Earth Metals Co., Ltd.";
    let jiaxun = "Shenzhen Jiaxun Electronics Technology Co., Ltd.";
    let tianhong = "Hubei Tianhong Tomato Products Co., Ltd.";
    let found = [
        ("Zhenhua Cotton Textile Co., Ltd.", "CN", zhenhua, PlaceOmitted, Some("xinjiang")),
        ("Bright Polysilicon Materials Co., Ltd.", "CN", bright, PlaceOmitted, Some("kashgar")),
        ("Xiexin Fangzhi Co Ltd", "CN", xiexin, PlaceOmitted, Some("anhui")),
        ("Xie-Xin Fangzhi (Anhui) Company Limited", "CN", xiexin, PlaceMoved, None),
        ("Kashgar Bright Polysilicon", "CN", bright, WordOmitted, Some("materials")),
        ("Zhenhua Cotton Textile Aksu Branch", "CN", zhenhua, Branch, Some("xinjiang")),
        ("Zhenhua Cotton Textile (Akesu) Branch", "CN", zhenhua, Branch, Some("xinjiang")),
        ("Zhenhua Cotton Textile 阿克苏分公司", "CN", zhenhua, Branch, Some("xinjiang")),
        ("Haoyun Garment Manufacturing Co., Ltd.", "CN", haoyun, PlaceOmitted, Some("guangdong")),
        ("Haoyun Garment Manufacturing Guangdong Province Co", "CN", haoyun, SimilarName, None),
        ("Guangdong Haoyun Garment Manufacturing Co Ltd Dongguan Branch", "CN", haoyun, Branch, None),
        ("Haoyun Garments Manufacturing Company Limited", "CN", haoyun, PlaceOmitted, Some("guangdong")),
        ("Caoyuan Rare Earth Metals Co., Ltd.", "CN", caoyuan, PlaceOmitted, Some("inner mongolia")),
        ("Nei Mongol Caoyuan Rare Earth Metals", "CN", caoyuan, PlaceMoved, None),
        ("Jiaxun Electronics Technology Co., Ltd.", "CN", jiaxun, PlaceOmitted, Some("shenzhen")),
        ("Shenzhen Jiaxun Electronics", "CN", jiaxun, WordOmitted, Some("technology")),
        ("Tianhong Tomato Products", "CN", tianhong, PlaceOmitted, Some("hubei")),
        ("Hotan Lumen Polysilicon", "CN", "Hotan Lumen Polysilicon Industry Co., Ltd.", WordOmitted, Some("industry")),
        (
            "Lumen Polysilicon Industry Co., Ltd.",
            "CN",
            "Hotan Lumen Polysilicon Industry Co., Ltd.",
            PlaceOmitted,
            Some("hotan"),
        ),
        ("Vireo Gloves Penang Branch", "MY", "Vireo Gloves Sdn. Bhd.", Branch, None),
        ("Nordic Cable Holdings Oslo Branch", "NO", "Nordic Cable Holdings Inc.", Branch, None),
        // One word more on a three-word name reaches the threshold by design (all of the entry is there).
        ("Nordic Cable Holdings Inc. warehouse", "NO", "Nordic Cable Holdings Inc.", SimilarName, None),
    ];
    let not_found: &[(&str, &str)] = &[
        ("Hebei Zhenhua Cotton Textile Co., Ltd.", "CN"),
        ("Zhenhua Cotton Textile Co., Ltd.", "PK"),
        ("Zhenhua Cotton Textile", "VN"),
        ("Jiaxun Electronics Technology Co., Ltd.", "HK"),
        ("Guangdong Jiaxun Electronics Technology", "CN"),
        ("Xinjiang Huafu Trading Co., Ltd.", "CN"),
        ("Xinjiang Meida Cotton Textile Co., Ltd.", "CN"),
        ("Cotton Textile Co., Ltd.", "CN"),
        ("Yunnan Cotton Co., Ltd.", "CN"),
        ("Xiexin Garment Co Ltd", "CN"),
        ("Anhui Xiexin Trading", "CN"),
        ("Bright Polysilicon", "CN"),
        ("Kashgar Polysilicon Materials", "CN"),
        ("Bright Materials Co", "CN"),
        ("Haoyun Garment Co", "CN"),
        ("Caoyuan Rare Earth", "CN"),
        ("Tianhong Branch", "CN"),
        ("Shenzhen Branch", "CN"),
        ("Xinjiang Branch", "CN"),
        ("Polysilicon Industry Co", "CN"),
        ("Lumen Polysilicon", "CN"),
        ("Nordic Cable", "NO"),
        ("Nordic Cable warehouse", "NO"),
        ("Vireo Gardening Branch", "MY"),
    ];
    let mut wrong = Vec::new();
    for (name, country, entry, method, left_out) in found {
        let mut hits = Vec::new();
        ix.match_party(&party(PartyKind::Site, name, country), 0, &mut hits);
        let got: Vec<(&str, MatchMethod, Option<&str>)> = hits
            .iter()
            .map(|h| (ix.entries()[h.entry].name.as_str(), h.evidence.method, h.evidence.left_out.as_deref()))
            .collect();
        if got != [(entry, method, left_out)] {
            wrong.push(format!("{name:?} ({country}): {got:?}, not {entry} by {method} leaving out {left_out:?}"));
        }
    }
    for (name, country) in not_found {
        let mut hits = Vec::new();
        ix.match_party(&party(PartyKind::Site, name, country), 0, &mut hits);
        if !hits.is_empty() {
            let got: Vec<_> = hits.iter().map(|h| (&ix.entries()[h.entry].name, &h.evidence)).collect();
            wrong.push(format!("{name:?} ({country}) matched {got:?}"));
        }
    }
    // A place that is the whole name is that entry only, and names no other firm of the place.
    let mut hits = Vec::new();
    ix.match_party(&party(PartyKind::Site, "Xinjiang Co., Ltd.", "CN"), 0, &mut hits);
    let got: Vec<&str> = hits.iter().map(|h| ix.entries()[h.entry].name.as_str()).collect();
    if got != ["Xinjiang Co., Ltd."] {
        wrong.push(format!("\"Xinjiang Co., Ltd.\" matched {got:?}"));
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A person is never matched by a variant of an organisation's rules, and a signatory never meets a firm by one.
#[test]
fn variants_are_for_organisations_only() {
    let ix = variant_index();
    let mut hits = Vec::new();
    ix.match_party(&person(PartyKind::Signatory, "Zhenhua Cotton Textile"), 0, &mut hits);
    assert!(hits.is_empty(), "{hits:?}");
}

/// The places screening reads are well-formed data (the `place` lines of the one places table,
/// `risk_models/region_places.csv`): a level, another spelling naming a place the rules know; the places a rule relies
/// on are there.
#[test]
fn chinese_places_are_well_formed_and_know_their_spellings() {
    use crate::domain::china_places::{ScreeningUse, places};
    let rows: Vec<_> = places().iter().filter(|p| p.screening == Some(ScreeningUse::Place)).collect();
    let names: Vec<&str> = rows.iter().map(|r| r.name.as_str()).collect();
    for r in &rows {
        assert!(!r.level.is_empty(), "{r:?}");
        assert!(names.contains(&r.place()), "{r:?}: another spelling of a place screening does not know");
    }
    let mut seen = std::collections::HashSet::new();
    assert!(
        rows.iter().all(|r| seen.insert((r.name.to_ascii_lowercase(), r.within.clone()))),
        "a place is given twice"
    );
    for must in ["Xinjiang", "Anhui", "Kashgar", "Kashi", "Aksu", "Hotan", "Inner Mongolia", "Guangdong", "Shenzhen"] {
        assert!(names.contains(&must), "{must}");
    }
    // Syllables of other words are not places (`you xian gong si` is a legal form, not Xi'an).
    for never in ["Xian", "Jian", "Luan", "Ali"] {
        assert!(!names.contains(&never), "{never}");
    }
}

/// The screening of one party against one entry: the hits' methods.
fn methods_of(e: Entry, p: Party) -> Vec<MatchMethod> {
    let mut out = Vec::new();
    ListIndex::with(std::slice::from_ref(&e), |_| true).match_party(&p, 0, &mut out);
    out.iter().map(|h| h.evidence.method).collect()
}

/// An Arabic name written the English way is the same name written the French way, either way round, for people
/// and firms, and says so (`romanisation`): every pair of `Abdulqader`, `Abdelkader`, `Abd al-Qadir`, `Abdul Qadir`;
/// the article joined, apart or left out; `Mohamed`/`Muhammad`. Names that share all but one name are not.
#[test]
fn arabic_names_meet_their_english_and_french_romanisations_either_way() {
    let person_entry = |name: &str| Entry { scope: EntryScope::Person, ..Entry::named(name, name, 1) };
    let abd = ["Abdulqader", "Abdelkader", "Abd al-Qadir", "Abdul Qadir"];
    for listed in abd {
        for written in abd.iter().filter(|w| **w != listed) {
            let got = methods_of(person_entry(listed), person(PartyKind::Signatory, written));
            assert_eq!(got, [MatchMethod::Romanisation], "{listed} ← {written}");
        }
    }
    let pairs = [
        ("Mohammed Abd al-Qadir al-Hashimi", "Mohamed Abdelkader El Hachemi"),
        ("Abdallah Ould Cheikh", "Abd Allah Ould Sheikh"),
        ("Omar Djaballah", "Umar Jaballah"),
        ("Hocine Bouchareb", "Husayn Busharib"),
        ("Khaled Ben Youcef", "Khalid bin Yusuf"),
    ];
    for (a, b) in pairs {
        assert_eq!(
            methods_of(person_entry(a), person(PartyKind::Contact, b)),
            [MatchMethod::Romanisation],
            "{a} ← {b}"
        );
        assert_eq!(
            methods_of(person_entry(b), person(PartyKind::Contact, a)),
            [MatchMethod::Romanisation],
            "{b} ← {a}"
        );
    }
    for (a, b) in [
        ("Mohammed Abd al-Qadir al-Hashimi", "Mahmoud Abdelkader El Hachemi"),
        ("Abdallah Ould Cheikh", "Abdelkrim Ould Cheikh"),
        ("Omar Djaballah", "Othman Djaballah"),
        ("Khaled Ben Youcef", "Khaled Ben Younes"),
    ] {
        assert!(methods_of(person_entry(a), person(PartyKind::Signatory, b)).is_empty(), "{a} ← {b}");
        assert!(methods_of(person_entry(b), person(PartyKind::Signatory, a)).is_empty(), "{b} ← {a}");
    }
    // A firm: the article apart, joined or left out; the country must agree.
    let firm = Entry { country: CountryCode::parse("DZ"), ..Entry::named("k", "Ets El Djazairia Textiles", 1) };
    assert_eq!(
        methods_of(firm.clone(), party(PartyKind::Supplier, "Ets Al Jazairia Textiles", "DZ")),
        [MatchMethod::Romanisation]
    );
    assert!(methods_of(firm, party(PartyKind::Supplier, "Ets Al Jazairia Textiles", "MA")).is_empty());
    // Names with no mark of Arabic origin are not read so: vowels count there.
    let latin = Entry { scope: EntryScope::Person, ..Entry::named("m", "Jean Martin", 1) };
    assert!(methods_of(latin, person(PartyKind::Signatory, "Jan Martin")).is_empty());
}

/// A Chinese firm's name in Wade–Giles or the postal romanisation is its name in pinyin, either way round: a place
/// (`Sinkiang`, `Kwangtung`, `Canton`, `Amoy`, `Peking`) or the trade name (`Tsingshan`); a place of the postal table
/// is a place to the place rules (left out, or a branch's). Another name, another place, another country are not.
#[test]
fn chinese_names_in_wade_giles_or_postal_spelling_are_their_pinyin() {
    let ix = variant_index();
    let cn = |name: &str| cn_entry(name);
    let found = [
        ("Sinkiang Zhenhua Cotton Textile Co., Ltd.", "Xinjiang Zhenhua Cotton Textile Co., Ltd."),
        ("Kwangtung Haoyun Garment Manufacturing Co", "Guangdong Haoyun Garment Manufacturing Co., Ltd."),
        ("Zhenhua Cotton Textile Co (Sinkiang)", "Xinjiang Zhenhua Cotton Textile Co., Ltd."),
    ];
    for (written, listed) in found {
        let mut hits = Vec::new();
        ix.match_party(&party(PartyKind::Site, written, "CN"), 0, &mut hits);
        let got: Vec<&str> = hits.iter().map(|h| ix.entries()[h.entry].name.as_str()).collect();
        assert_eq!(got, [listed], "{written}");
    }
    for (listed, written) in [
        ("Qingshan Lumen Steel Co., Ltd.", "Tsingshan Lumen Steel"),
        ("Guangzhou Corvid Leather Co., Ltd.", "Canton Corvid Leather Co"),
        ("Xiamen Heron Fishing Co., Ltd.", "Amoy Heron Fishing Company"),
        ("Beijing Gannet Optics Co., Ltd.", "Peking Gannet Optics"),
        ("Nanjing Petrel Chemical Co., Ltd.", "Nanking Petrel Chemical"),
        ("Hsinhua Osprey Paper Co.", "Xinhua Osprey Paper"),
    ] {
        let got = methods_of(cn(listed), party(PartyKind::Supplier, written, "CN"));
        assert_eq!(got.len(), 1, "{listed} ← {written}: {got:?}");
        let back = methods_of(cn(written), party(PartyKind::Supplier, listed, "CN"));
        assert_eq!(back.len(), 1, "{written} ← {listed}: {back:?}");
    }
    assert_eq!(
        methods_of(cn("Qingshan Lumen Steel Co., Ltd."), party(PartyKind::Supplier, "Tsingshan Lumen Steel", "TW")),
        Vec::<MatchMethod>::new(),
        "a firm of Taiwan is not the Chinese entry"
    );
    for (listed, written) in [
        ("Qingshan Lumen Steel Co., Ltd.", "Jinshan Lumen Steel"),
        ("Guangzhou Corvid Leather Co., Ltd.", "Canton Corvid Textile"),
        ("Nanjing Petrel Chemical Co., Ltd.", "Peking Petrel Chemical"),
    ] {
        assert!(methods_of(cn(listed), party(PartyKind::Supplier, written, "CN")).is_empty(), "{listed} ← {written}");
    }
    let method =
        methods_of(cn("Qingshan Lumen Steel Co., Ltd."), party(PartyKind::Supplier, "Tsingshan Lumen Steel", "CN"));
    assert_eq!(method, [MatchMethod::Romanisation]);
    let cat = crate::reports::Catalog::embedded().unwrap();
    for lang in [crate::domain::Lang::En, crate::domain::Lang::Fr] {
        assert_ne!(cat.get(lang, "screening.method_romanisation"), "screening.method_romanisation");
    }
}

/// The postal places are well-formed data (the `romanised` lines of the places table): a known system, each naming
/// a place screening knows, none a spelling the pinyin lines already give.
#[test]
fn postal_places_are_well_formed_and_name_places_of_the_pinyin_table() {
    use crate::domain::china_places::{ScreeningUse, places};
    let pinyin: Vec<&str> =
        places().iter().filter(|p| p.screening == Some(ScreeningUse::Place)).map(|p| p.name.as_str()).collect();
    let rows: Vec<_> = places().iter().filter(|p| p.screening == Some(ScreeningUse::Romanised)).collect();
    assert!(rows.len() >= 40);
    for r in &rows {
        assert!(pinyin.contains(&r.place()), "{r:?}: names no place screening knows");
        assert!(!pinyin.iter().any(|p| p.eq_ignore_ascii_case(&r.name)), "{r:?}: a pinyin spelling");
        assert!(["postal", "wade_giles", "english", "japanese"].contains(&r.system.as_str()), "{r:?}");
    }
    for must in ["Tsingtao", "Peking", "Canton", "Nanking", "Amoy", "Kwangtung", "Sinkiang", "Chungking"] {
        assert!(rows.iter().any(|r| r.name == must), "{must}");
    }
}

/// A firm listed in Arabic letters (`شركة النور للنسيج`, as OpenSanctions gives a primary name) is found by its name
/// with the trade word in English or French as by its transcription (`arabic_firm_words.csv`), and a Latin listing
/// by the name in Arabic letters; another trade word is another firm.
#[test]
fn an_arabic_script_firm_meets_its_name_with_the_trade_word_translated_either_way_round() {
    let firm = |name: &str| Entry { country: CountryCode::parse("EG"), ..Entry::named("k", name, 1) };
    let hits = |listed: &str, written: &str| {
        let mut out = Vec::new();
        let entries = [firm(listed)];
        ListIndex::with(&entries, |_| true).match_party(&party(PartyKind::Site, written, "EG"), 0, &mut out);
        out.iter().map(|h| h.evidence.method).collect::<Vec<_>>()
    };
    for latin in [
        "El Nour Textile Company",
        "Al-Nour Textile Co.",
        "Alnour Textiles",
        "An-Nur Textile",
        "Al Nour Textile Company",
        "An-Nur Textile Co.",
        "Al-Nur Textile Co.",
        "Nour Textile",
        "An-Nour Textile Company",
        "An-Nur lil-Nasij",
        "Al-Nour lil-Nasij",
        "El Nour lil-Nasij",
        "El-Nour Textiles",
    ] {
        assert_eq!(hits("شركة النور للنسيج", latin), [MatchMethod::Transliteration], "{latin}");
        assert_eq!(hits(latin, "شركة النور للنسيج"), [MatchMethod::Transliteration], "{latin} listed");
    }
    for other in ["Al-Nour Trading Co.", "Al-Nour Spinning", "Al-Noor Industries", "Al-Nasr Textile Co."] {
        assert!(hits("شركة النور للنسيج", other).is_empty(), "{other}");
        assert!(hits(other, "شركة النور للنسيج").is_empty(), "{other} listed");
    }
    assert_eq!(hits("شركة النور للتجارة", "Al Nour Commerce"), [MatchMethod::Transliteration]);
    assert_eq!(hits("مؤسسة النور للصناعات", "El Nour Industrie"), [MatchMethod::Transliteration]);
}

/// The Arabic conjunction `و` ("and") joined to a word with its article, `li` or a trade word (`والنسيج`,
/// `ونسيج`), or written apart, is "and" then the word: an English, French or transcribed name meets it with `and`,
/// `et`, `wa`, `wal-`, `wan-` or no word at all; a word that only starts with `و` (`وليد`, Walid) keeps its `w`.
#[test]
fn the_arabic_conjunction_wa_joined_to_a_word_reads_as_and_then_that_word() {
    use crate::screening::arabic::same_name;
    let weaving = "النور للغزل والنسيج";
    for (latin, arabic) in [
        ("al nour spinning weaving", weaving),
        ("al nour spinning and weaving", weaving),
        ("al nour lil ghazl wal nasij", weaving),
        ("al nour lil ghazl wa nasij", weaving),
        ("an nour lil ghazl w nasij", weaving),
        ("an nour lil ghazl wan nasij", weaving),
        ("al nour filature et tissage", weaving),
        ("el nour spinning weaving", "النور للغزل و النسيج"),
        ("el nour spinning weaving", "النور للغزل ونسيج"),
        ("al rashid trading contracting", "الرشيد للتجارة والمقاولات"),
        ("al rashid commerce et travaux", "الرشيد للتجارة والمقاولات"),
        ("ar rashid lit tijara wal muqawalat", "الرشيد للتجارة والمقاولات"),
        ("walid", "وليد"),
        ("al walid", "الوليد"),
        // The same consonant either side of an alif is two letters: Hilal, Bilal, Jalal.
        ("al hilal spinning weaving", "شركة الهلال للغزل والنسيج"),
        ("bilal", "بلال"),
        ("jalal", "جلال"),
    ] {
        assert!(same_name(latin, arabic), "{latin} / {arabic}");
    }
    for (latin, arabic) in [
        ("al nour spinning", weaving),
        ("al nour weaving", weaving),
        ("al nour trading contracting", weaving),
        ("al nour spinning weaving", "النور للغزل والتجارة"),
        ("lid", "وليد"),
        ("hil", "هلال"),
        ("al nour entreprise", "النور للمقاولات"),
    ] {
        assert!(!same_name(latin, arabic), "{latin} / {arabic}");
    }
}

/// An operator named without a business number is keyed by country, name and its site's city, as a site is; a key
/// stored before compatibility forms were folded (`ｌｉｓｔｅｄ ｍｉｌｌ`) is folded again part by part, and a key
/// already so folded, or naming a business number or an OS ID, is left as it is.
#[test]
fn an_operator_key_names_its_city_and_a_stored_key_is_folded_again_to_the_key_given_now() {
    use crate::screening::matching::{operator_key, refolded_key, site_key};
    assert_eq!(operator_key("CN", "Listed Works Co., Ltd.", "Aksu"), "operator:CN:listed works:aksu");
    assert_ne!(operator_key("CN", "Listed Works", "Aksu"), operator_key("CN", "Listed Works", "Kashgar"));
    assert_ne!(operator_key("CN", "Listed Works", "Aksu"), operator_key("KZ", "Listed Works", "Aksu"));
    assert_eq!(operator_key("CN", "Listed Works", " - "), "operator:CN:listed works");
    let wide = "Ｌｉｓｔｅｄ Ｍｉｌｌ Ｃｏ Ｌｔｄ";
    for (old, now) in [
        (
            "na:CN:ｌｉｓｔｅｄ ｍｉｌｌ ｃｏ ｌｔｄ:９ ｍｉｌｌ ｒｏａｄ:ａｋｓｕ",
            site_key("CN", wide, "９ Ｍｉｌｌ Ｒｏａｄ", "Ａｋｓｕ"),
        ),
        ("operator:CN:ｌｉｓｔｅｄ ｍｉｌｌ ｃｏ ｌｔｄ", "operator:CN:listed mill".to_string()),
        (
            "supplier:MY:ｐｅｌａｎｇｉ ｒｕｂｂｅｒ ｇｌｏｖｅｓ ｓｄｎ ｂｈｄ",
            "supplier:MY:pelangi rubber gloves".to_string(),
        ),
        ("person:supplier:CN:ｌｉｓｔｅｄ ｍｉｌｌ:a signer", "person:supplier:CN:listed mill:a signer".to_string()),
        ("na:FR:ﬁlature du nord:1 rue haute:lille", "na:FR:filature du nord:1 rue haute:lille".to_string()),
    ] {
        assert_eq!(refolded_key(old), now, "{old}");
        assert_eq!(refolded_key(&now), now, "{now} is folded already");
    }
    for kept in [
        "bn:123456789",
        "os:CN2019303BQ3FZP",
        "na:CN:listed mill:9 mill rd:aksu",
        "supplier:CN:浙江 丝绸",
        "person:bn:123456789:a signer",
        "operator:IN:albatross dye works:tiruppur",
    ] {
        assert_eq!(refolded_key(kept), kept);
    }
}

/// A list's entry named in full-width letters (`ＡＢＣ　Ｃｏ．`, as East Asian files write Latin names) is keyed by its
/// name folded as the parties' names are (NFKD: `abc`, its legal form dropped), whatever list it comes from; and a
/// key stored before names were so folded (`ａｂｃ ｃｏ`) is folded again to that key — the name part only, and only
/// when it then is the key of the entry's name: a publisher's id is never rewritten.
#[test]
fn a_full_width_entry_name_is_keyed_as_a_party_name_and_a_stored_key_is_folded_again() {
    use crate::screening::parse::refolded_entry_key;
    let wide = "ＡＢＣ　Ｃｏ．";
    let folded = normalise_name("ABC Co.");
    assert_eq!(folded, "abc");
    // The parties' key of the same name, and the entries' keys of each list that keys by name.
    let supplier = party(PartyKind::Supplier, wide, "CN");
    assert_eq!(normalise_name(&supplier.name), folded);
    let watchlist = format!("name,country\n{wide},CN\n");
    let entries = parse(ListKind::Watchlist, watchlist.as_bytes()).unwrap();
    assert_eq!(entries[0].key, format!("CN:{folded}"));
    let cbp = format!(
        "Country,Entity,Industry,WRO/Finding,Status,Effective Date\nChina,{wide},Cotton,WRO,Active,2021-01-13\n"
    );
    let entries = parse(ListKind::CbpWro, cbp.as_bytes()).unwrap();
    assert_eq!(entries[0].key, format!("wro:CN:{folded}"));
    // Keys as they were stored, folded again to the keys given now.
    let named = |name: &str| Entry::named("k", name, 1);
    let region = Entry { industry: Some("Ｃｏｔｔｏｎ".into()), ..named("China (cotton)") };
    for (old, entry, now) in [
        ("ａｂｃ ｃｏ", named(wide), "abc"),
        ("CN:ａｂｃ ｃｏ", named(wide), "CN:abc"),
        ("wro:CN:ａｂｃ ｃｏ", named(wide), "wro:CN:abc"),
        ("finding:CN:region:ｃｏｔｔｏｎ", region, "finding:CN:region:cotton"),
        ("ﬁlature du nord", named("Ｆilature du Nord"), "filature du nord"),
    ] {
        assert_eq!(refolded_entry_key(old, &entry).as_deref(), Some(now), "{old}");
        let mut entry = entry;
        entry.key = now.to_string();
        assert_eq!(refolded_entry_key(now, &entry), None, "{now} is folded already");
    }
    // Not a key of the entry's name: left as it is.
    for (kept, entry) in [
        ("ＮＫ-ａｂｃ", named(wide)),
        ("ａｂｃ", named("Another Firm")),
        ("CN:abc", named(wide)),
        ("ａｂｃ ｃｏ~0123456789abcdef", named(wide)),
    ] {
        assert_eq!(refolded_entry_key(kept, &entry), None, "{kept}");
    }
}

/// Trade words (`arabic_firm_words.csv`: trading, contracting, spinning, weaving, import, export …) name what a firm
/// does, in whatever order a translated name lists them: `Al-Rashid Contracting and Trading` is
/// `الرشيد للتجارة والمقاولات` ("for trade and contracting") as `Al-Rashid Trading and Contracting` is; the rest of
/// the name is still read in order, and each trade word must be there (one of two, or another, is another firm).
#[test]
fn trade_words_of_a_translated_name_are_compared_in_any_order() {
    use crate::screening::arabic::same_name;
    let rashid = "الرشيد للتجارة والمقاولات";
    let salam = "شركة السلام للغزل والنسيج";
    let waha = "الواحة للاستيراد والتصدير";
    for (latin, arabic) in [
        ("al rashid contracting and trading", rashid),
        ("al rashid travaux et commerce", rashid),
        ("ar rashid lil muqawalat wat tijara", rashid),
        ("al salam weaving and spinning", salam),
        ("el salam tissage et filature", salam),
        ("al waha import export", waha),
        ("al waha export import", waha),
        ("al waha import and export", waha),
        ("al waha importation exportation", waha),
        ("al waha lil istirad wat tasdir", waha),
    ] {
        assert!(same_name(latin, arabic), "{latin} / {arabic}");
    }
    for (latin, arabic) in [
        ("al rashid trading", rashid),
        ("al rashid contracting and spinning", rashid),
        ("al salam weaving and trading", salam),
        ("al waha import", waha),
        ("al waha export trading", waha),
        ("rashid al contracting trading", rashid),
        ("al nour import export", waha),
    ] {
        assert!(!same_name(latin, arabic), "{latin} / {arabic}");
    }
    // Through the index, both ways round, and Latin names against each other in any order of their trade words.
    let firm = |name: &str, cc: &str| Entry { country: CountryCode::parse(cc), ..Entry::named("k", name, 1) };
    let methods = |listed: Entry, written: &str, cc: &str| {
        let mut out = Vec::new();
        let entries = [listed];
        ListIndex::with(&entries, |_| true).match_party(&party(PartyKind::Site, written, cc), 0, &mut out);
        out.iter().map(|h| h.evidence.method).collect::<Vec<_>>()
    };
    assert_eq!(
        methods(firm(rashid, "JO"), "Al-Rashid Contracting & Trading Co.", "JO"),
        [MatchMethod::Transliteration]
    );
    assert_eq!(methods(firm("Al Waha Export Import", "AE"), waha, "AE"), [MatchMethod::Transliteration]);
    assert!(!methods(firm("Sunrise Import Export Trading", "VN"), "Sunrise Trading Import Export", "VN").is_empty());
    assert!(!methods(firm("Sunrise Import-Export Co.", "VN"), "Sunrise Export Import", "VN").is_empty());
    assert!(methods(firm(waha, "AE"), "Al-Waha Import", "AE").is_empty());
}

/// The countries an entity's hit agrees in: every country OpenSanctions gives an organisation (`country`,
/// `mainCountry`, `jurisdiction`), and for a UFLPA entity listed in China, Hong Kong and Macao too (special
/// administrative regions of the PRC) — on no other list, and no other country.
#[test]
fn an_entity_agrees_in_each_of_its_countries_and_a_uflpa_entity_in_hong_kong_and_macao() {
    let ftm = [
        r#"{"id": "NK-t1", "schema": "Company", "properties": {"name": ["Sable Crescent Trading Limited"], "country": ["hk", "cn"]}, "datasets": ["t"]}"#,
        r#"{"id": "NK-t2", "schema": "Company", "properties": {"name": ["Tundra Ore Partners LLP"], "mainCountry": ["kz"], "country": ["kz", "ru"]}, "datasets": ["t"]}"#,
        r#"{"id": "NK-t3", "schema": "Company", "properties": {"name": ["Opal Harbour Sourcing Ltd"], "jurisdiction": ["sg"], "country": ["my"]}, "datasets": ["t"]}"#,
    ]
    .join("\n");
    let os = parse(ListKind::Opensanctions, ftm.as_bytes()).unwrap();
    assert_eq!(os.iter().map(|e| e.countries().count()).collect::<Vec<_>>(), [2, 2, 2]);
    let ix = ListIndex::new(&os, today()).of_list(ListKind::Opensanctions);
    let agrees = |ix: &ListIndex, name: &str, cc: &str| {
        let mut out = Vec::new();
        ix.match_party(&party(PartyKind::Site, name, cc), 0, &mut out);
        out.first().map(|h| h.evidence.country_agrees)
    };
    for (name, cc) in [
        ("Sable Crescent Trading Limited", "HK"),
        ("Sable Crescent Trading Limited", "CN"),
        ("Tundra Ore Partners LLP", "KZ"),
        ("Tundra Ore Partners LLP", "RU"),
        ("Opal Harbour Sourcing Ltd", "SG"),
        ("Opal Harbour Sourcing Ltd", "MY"),
    ] {
        assert_eq!(agrees(&ix, name, cc), Some(Some(true)), "{name} in {cc}");
    }
    for (name, cc) in [("Sable Crescent Trading Limited", "MO"), ("Tundra Ore Partners LLP", "UA")] {
        assert_eq!(agrees(&ix, name, cc), None, "{name} in {cc}: a country the entity is not given");
    }
    let uflpa = "Section,Entity Name,Effective Date\n\
                 2(d)(2)(B)(i),\"Turpan Glasswing Foods Co., Ltd.\",2024-06-01\n\
                 2(d)(2)(B)(iv),Hami Reedstone Mining Company,2025-02-01\n";
    let entries = parse(ListKind::Uflpa, uflpa.as_bytes()).unwrap();
    let listed = ListIndex::new(&entries, today()).of_list(ListKind::Uflpa);
    // The UFLPA file gives no country: its entities are matched wherever the party is, the country not said to agree
    // (none is invented for them: a Malaysian firm is listed too).
    for (name, cc) in [
        ("Turpan Glasswing Foods Co., Ltd.", "HK"),
        ("Turpan Glasswing Foods Co Ltd", "MO"),
        ("Hami Reedstone Mining Company", "HK"),
        ("Hami Reedstone Mining Company", "CN"),
        ("Hami Reedstone Mining Company", "TW"),
    ] {
        assert_eq!(agrees(&listed, name, cc), Some(None), "{name} in {cc}");
    }
    // An entity given China by its file agrees in Hong Kong and Macao on the UFLPA list, and on no other.
    let mut in_china = entries.clone();
    for e in &mut in_china {
        e.country = Some(CountryCode::CHINA);
    }
    let listed = ListIndex::new(&in_china, today()).of_list(ListKind::Uflpa);
    assert_eq!(agrees(&listed, "Hami Reedstone Mining Company", "MO"), Some(Some(true)));
    assert_eq!(agrees(&listed, "Hami Reedstone Mining Company", "TW"), None, "Taiwan is not the PRC's");
    let other = ListIndex::new(&in_china, today()).of_list(ListKind::Watchlist);
    assert_eq!(agrees(&other, "Hami Reedstone Mining Company", "HK"), None);
}

/// A Canadian firm's name gives its operating name the usual ways — `o/a`, `operating as`, `d.b.a.`, « faisant
/// affaire sous le nom de », a name in brackets after a numbered company, an `English / Français` name — on the
/// declaration and on the list alike: each part is a name of the party, matched on its own; a name none of whose
/// parts is listed is no hit.
#[test]
fn canadian_operating_names_bilingual_names_and_numbered_companies_are_each_a_name() {
    let pspc = "Supplier name,Type,Start date,End date\n\
                Harfang Safety Gear Ltd.,Inadmissible,2026-01-01,2029-01-01\n\
                Bécasseau Uniformes inc.,Suspendu,2026-01-01,2029-01-01\n\
                Bobcat Outfitters Inc.,Ineligible,2026-01-01,2029-01-01\n\
                Vêtements Nordet inc.,Inadmissible,2026-01-01,2029-01-01\n\
                Kittiwake Marine Supply Ltd. o/a Kittiwake Rope,Suspended,2026-01-01,2029-01-01\n";
    let entries = parse(ListKind::PspcIneligible, pspc.as_bytes()).unwrap();
    let kittiwake = entries.last().unwrap();
    assert_eq!(
        (kittiwake.name.as_str(), kittiwake.aliases.as_slice()),
        ("Kittiwake Marine Supply Ltd.", &["Kittiwake Rope".to_string()][..])
    );
    let ix = ListIndex::new(&entries, today()).of_list(ListKind::PspcIneligible);
    let hit = |name: &str| {
        let mut out = Vec::new();
        ix.match_party(&party(PartyKind::Supplier, name, "CA"), 0, &mut out);
        out.iter().filter_map(|h| ix.entries.get(h.entry)).map(|e| e.name.clone()).collect::<Vec<_>>()
    };
    for (written, listed) in [
        ("Harfang Safety Gear Ltd. o/a Harfang PPE", "Harfang Safety Gear Ltd."),
        ("Harfang Safety Gear Ltd. operating as Snowy Owl Gear", "Harfang Safety Gear Ltd."),
        ("9345-6789 Québec inc. (Harfang Safety Gear)", "Harfang Safety Gear Ltd."),
        ("Sandpiper Uniforms Inc. / Bécasseau Uniformes inc.", "Bécasseau Uniformes inc."),
        ("Lynx Field Supply Inc. d.b.a. Bobcat Outfitters", "Bobcat Outfitters Inc."),
        ("9012-3456 Québec inc. faisant affaire sous le nom de Vêtements Nordet", "Vêtements Nordet inc."),
        ("Kittiwake Rope", "Kittiwake Marine Supply Ltd."),
    ] {
        assert_eq!(hit(written), [listed], "{written}");
    }
    for written in ["Snowgoose Industrial Cleaning Ltd. o/a Polar Mops", "8765-4321 Québec inc. (Nordic Rope Works)"] {
        assert!(hit(written).is_empty(), "{written}: {:?}", hit(written));
    }
}

/// `St`/`St.` and `Ste`/`Ste.` before a word are `Saint` and `Sainte`, as Canadian firm and place names write them,
/// whichever side abbreviates; `Sté` of a French firm stays a legal form, and a name whose last word is `St` keeps it.
#[test]
fn saint_and_sainte_abbreviated_are_the_words_spelt_out() {
    let watch = "id,name,country,reason\n\
                 W-1,Cordages Saint-Laurent Fictifs ltée,CA,r\n\
                 W-2,Boulangerie Sainte-Foy Fictive inc.,CA,r\n\
                 W-3,St. Hyacinthe Woollens Ltd.,CA,r\n";
    let entries = parse(ListKind::Watchlist, watch.as_bytes()).unwrap();
    let ix = ListIndex::new(&entries, today()).of_list(ListKind::Watchlist);
    let found = |name: &str| {
        let mut out = Vec::new();
        ix.match_party(&party(PartyKind::Site, name, "CA"), 0, &mut out);
        out.iter().filter_map(|h| ix.entries.get(h.entry)).map(|e| e.name.clone()).collect::<Vec<_>>()
    };
    for (written, listed) in [
        ("Cordages St-Laurent Fictifs Ltée", "Cordages Saint-Laurent Fictifs ltée"),
        ("Cordages St. Laurent Fictifs ltée", "Cordages Saint-Laurent Fictifs ltée"),
        ("Boulangerie Ste-Foy Fictive inc.", "Boulangerie Sainte-Foy Fictive inc."),
        ("Saint-Hyacinthe Woollens Ltd.", "St. Hyacinthe Woollens Ltd."),
    ] {
        assert_eq!(found(written), [listed], "{written}");
    }
    let senegal = ShortForms::In(CountryCode::parse("SN").unwrap());
    assert_eq!(
        prepare("Sté des Textiles du Sahel", senegal).normalised,
        prepare("Société des Textiles du Sahel", senegal).normalised
    );
    assert!(prepare("Water St", ShortForms::In(CountryCode::CANADA)).normalised.ends_with("st"));
}

/// Two different words are one word misspelt only when they begin alike, are one edit apart (two in long words),
/// and are not two pinyin words with a letter changed in place; generic words weigh less than distinctive ones.
#[test]
fn a_near_word_begins_alike_and_is_a_slip_not_another_name() {
    for (a, b) in [
        ("oeste", "este"),
        ("ouest", "west"),
        ("night", "light"),
        ("yupin", "yipin"),
        ("jadeworld", "jadewind"),
        ("qingfang", "qingfeng"),
        ("qinfeng", "qingfeng"),
        ("zhenhua", "zhenhuo"),
        ("harborview", "harborlight"),
        ("brightstar", "brightwater"),
    ] {
        assert_eq!(word_similarity(a, b, true), 0.0, "{a} / {b}");
        assert_eq!(word_similarity(b, a, true), 0.0, "{b} / {a}");
    }
    for (a, b) in [
        ("quilwort", "quillwort"),
        ("jadeword", "jadeworld"),
        ("embroidry", "embroidery"),
        ("qignfeng", "qingfeng"),
        ("harbor", "harbour"),
        ("jakov", "iakov"),
    ] {
        assert!(word_similarity(a, b, true) >= WORD_THRESHOLD, "{a} / {b}");
    }
    // Where no name can be Chinese, two pinyin-shaped words one slip apart are one word misspelt.
    for (a, b) in [("minning", "mining"), ("sannaga", "sanaga"), ("bananna", "banana"), ("kilombera", "kilombero")] {
        assert!(word_similarity(a, b, false) >= WORD_THRESHOLD, "{a} / {b}");
        assert!(word_similarity(b, a, false) >= WORD_THRESHOLD, "{b} / {a}");
    }
    // One distinctive word apart among many generic ones is another firm; one generic word apart is not.
    let words = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
    let (sim, _) = similarity(
        &words("zenith northern cotton textile trading industry development"),
        &words("zephyr northern cotton textile trading industry development"),
        true,
    );
    assert!(sim < THRESHOLD, "{sim}");
    let (sim, _) = similarity(
        &words("zephyr nortern cotton textile trading"),
        &words("zephyr northern cotton textile trading"),
        true,
    );
    assert!(sim >= THRESHOLD, "{sim}");
    // A word more: a site word costs half, an honorific or a kind of business a whole word.
    let (sim, _) = similarity(&words("nordic cable holdings warehouse"), &words("nordic cable holdings"), true);
    assert!(sim >= THRESHOLD, "{sim}");
    for more in ["sri velan spinning mills", "velan spinning mills trading", "shri velan spinning mills"] {
        let (sim, _) = similarity(&words(more), &words("velan spinning mills"), true);
        assert!(sim < THRESHOLD, "{more}: {sim}");
    }
}

/// Names may be Chinese where either side gives China, Taiwan, Hong Kong or Macao, or neither gives a country; a
/// side giving only other countries decides against a side giving none.
#[test]
fn names_may_be_chinese_by_the_countries_of_both_sides() {
    let cc = |c: &str| CountryCode::parse(c);
    let list = |cs: &[&str]| cs.iter().filter_map(|c| CountryCode::parse(c)).collect::<Vec<_>>();
    for (party, entry, want) in [
        ("CN", &["CN"][..], true),
        ("CD", &["CD"][..], false),
        ("CD", &[][..], false),
        ("", &["CM"][..], false),
        ("", &[][..], true),
        ("HK", &[][..], true),
        ("", &["TW"][..], true),
        ("MO", &["PT"][..], true),
        ("TZ", &["KE", "CN"][..], true),
        ("TZ", &["KE", "UG"][..], false),
    ] {
        assert_eq!(names_may_be_chinese(cc(party), list(entry)), want, "{party} / {entry:?}");
    }
}

/// Romanisation marks inside a word are dropped, not read as a space; an elided article or a one-letter prefix keeps
/// its apostrophe. British spellings read as American ones, whole or as part of a joined word; a word written joined
/// is parted as the other side parts it.
#[test]
fn romanisation_marks_spellings_and_compounds_are_read_as_one_name() {
    for (written, read) in [
        ("Ch'ing-feng Knitting", "Ching-feng Knitting"),
        ("T\u{2019}ien-shan Wool", "Tien-shan Wool"),
        ("K'ang-hsi Trading", "Kang-hsi Trading"),
        ("Ugol'naya Kompaniya", "Ugolnaya Kompaniya"),
        ("Угольная Компания", "Уголная Компания"),
        ("Объединение", "Обединение"),
        ("Obʺedinenie Tekstilʹ", "Obedinenie Tekstil"),
        ("L'Osprey Rope", "L'Osprey Rope"),
        ("O'Brien Textiles", "O'Brien Textiles"),
        ("Côte d'Ivoire Cocoa", "Côte d'Ivoire Cocoa"),
        ("Sa'id Trading", "Sa'id Trading"),
    ] {
        assert_eq!(word_forms::romanisation_marks_dropped(written), read, "{written}");
    }
    for (british, american) in [
        ("harbour light", "harbor light"),
        ("harbourlight marine", "harborlight marine"),
        ("colour centre fabrics", "color center fabrics"),
        ("watercolour studio", "watercolor studio"),
        ("grey mould works", "gray mold works"),
        ("tyre centres", "tire centers"),
    ] {
        assert_eq!(word_forms::american_spelling(british).as_deref(), Some(american), "{british}");
    }
    assert_eq!(word_forms::american_spelling("harbinger tours"), None);
    let words = |s: &str| s.split(' ').map(str::to_string).collect::<Vec<_>>();
    let (a, b) = word_forms::compounds_apart(&words("harborlight marine"), &words("harbor light marine")).unwrap();
    assert_eq!((a, b), (words("harbor light marine"), words("harbor light marine")));
    assert!(word_forms::compounds_apart(&words("harbor marine"), &words("harbor light marine")).is_none());
}

/// A tomato-products order reaches the goods made of tomatoes, in English and French and by their trade names, and
/// not the means of growing, harvesting or holding them; another order's goods beside those means are still read.
#[test]
fn an_order_on_tomato_products_reaches_passata_and_paste_not_harvesters_cages_or_seeds() {
    let entries: Vec<Entry> =
        ["cbp_wro_tomatoes.csv", "cbp_wro_findings.csv"].iter().flat_map(|f| fixture(ListKind::CbpWro, f)).collect();
    let ix = ListIndex::new(&entries, today()).reading_goods_with(model_reader());
    let tomato = Some("Tomato products");
    let cotton = Some("Cotton and cotton products");
    let mut wrong = Vec::new();
    for (goods, want) in [
        ("passata", vec![tomato]),
        ("Passata di pomodoro", vec![tomato]),
        ("tomato paste (28-30 Brix)", vec![tomato]),
        ("purée de tomates", vec![tomato]),
        ("concentré de tomates", vec![tomato]),
        ("coulis de tomates, sauce tomate", vec![tomato]),
        ("canned peeled tomatoes", vec![tomato]),
        ("ketchup", vec![tomato]),
        ("tomato harvesters", vec![]),
        ("tomato cages", vec![]),
        ("tomato seeds", vec![]),
        ("graines de tomates", vec![]),
        ("cages à tomates", vec![]),
        ("machines pour la tomate", vec![]),
        ("tomato harvesters and cotton yarn", vec![cotton]),
        ("sesame seeds", vec![]),
    ] {
        let mut hits = Vec::new();
        ix.match_party(&site("Usine T", "CN", goods), 0, &mut hits);
        let got: Vec<Option<&str>> = hits
            .iter()
            .filter(|h| h.evidence.method == MatchMethod::RegionOrIndustry)
            .map(|h| ix.entries()[h.entry].industry.as_deref())
            .collect();
        if got != want {
            wrong.push(format!("{goods:?}: {got:?}, not {want:?}"));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A place of the places table misspelt by one edit (a letter changed, added, dropped, two swapped) reads as that
/// place where its spelling has `TYPO_LETTERS` letters or more: "Shenzen" is Shenzhen, "Guangdon" Guangdong, so the
/// firm is found (the pinyin rule of the word similarity, syllable for syllable, no longer reads such a typo). A
/// short place one edit from another (Hebei, Hubei), another place spelt right, or a typo of the trade name is not.
#[test]
fn a_place_misspelt_by_one_edit_is_the_place_where_its_name_is_long_enough() {
    use MatchMethod::*;
    let ix = variant_index();
    let jiaxun = "Shenzhen Jiaxun Electronics Technology Co., Ltd.";
    let haoyun = "Guangdong Haoyun Garment Manufacturing Co., Ltd.";
    let tianhong = "Hubei Tianhong Tomato Products Co., Ltd.";
    let hits = |name: &str| {
        let mut out = Vec::new();
        ix.match_party(&party(PartyKind::Supplier, name, "CN"), 0, &mut out);
        out.iter()
            .filter_map(|h| ix.entries.get(h.entry).map(|e| (e.name.clone(), h.evidence.method)))
            .collect::<Vec<_>>()
    };
    for (name, entry) in [
        ("Shenzen Jiaxun Electronics Technology Co., Ltd.", jiaxun),
        ("Jiaxun Electronics Technology (Shenzen) Co Ltd", jiaxun),
        ("Shenzhne Jiaxun Electronics Technology", jiaxun),
        ("Guangdon Haoyun Garment Manufacturing Co., Ltd.", haoyun),
        ("Guangdong Haoyun Garment Manufacturing Co., Ltd.", haoyun),
    ] {
        let found = hits(name);
        assert!(found.iter().any(|(e, m)| e == entry && *m != RegionOrIndustry), "{name}: {found:?}");
    }
    for name in [
        // Another place, spelt right or one edit from a short one.
        "Shenyang Jiaxun Electronics Technology Co., Ltd.",
        "Hebei Tianhong Tomato Products Co., Ltd.",
        // A typo of the trade name beside the place is another firm, as before.
        "Shenzen Jiaxin Electronics Technology Co., Ltd.",
    ] {
        let found = hits(name);
        assert!(!found.iter().any(|(e, _)| e == jiaxun || e == tianhong), "{name}: {found:?}");
    }
    assert_eq!(super::variants::TYPO_LETTERS, 7);
}

/// An entry in Crimea (`ua-cri`, counted as Ukraine) agrees with a site declared in Ukraine or in Russia, which
/// occupies it and whose country its sites declare; not with a third country.
#[test]
fn an_entry_in_occupied_crimea_matches_a_site_declared_in_russia_or_ukraine() {
    let ftm = "{\"id\": \"C-9\", \"schema\": \"Company\", \"properties\": {\"name\": [\"Tavria Shipyard Works\"], \
               \"country\": [\"ua-cri\"]}}\n";
    let entries = parse(ListKind::Opensanctions, ftm.as_bytes()).unwrap();
    assert_eq!(entries[0].country, CountryCode::parse("UA"));
    let ix = ListIndex::new(&entries, today());
    for (country, found) in [("RU", true), ("UA", true), ("BY", false), ("TR", false)] {
        let mut out = Vec::new();
        ix.match_party(&site("Tavria Shipyard Works", country, "ships"), 0, &mut out);
        assert_eq!(!out.is_empty(), found, "{country}: {out:?}");
    }
    // Donetsk and Luhansk alike; Abkhazia (Georgia's) is not said to be occupied by this rule.
    for (code, ru) in [("ua-dpr", true), ("ua-lpr", true), ("ge-ab", false)] {
        let ftm = format!(
            "{{\"id\": \"C-8\", \"schema\": \"Company\", \"properties\": {{\"name\": [\"Tern Mills\"], \"country\": [\"{code}\"]}}}}\n"
        );
        let e = parse(ListKind::Opensanctions, ftm.as_bytes()).unwrap();
        assert_eq!(e[0].countries().any(|c| c.as_str() == "RU"), ru, "{code}");
    }
}

/// No list file's entry is given a country the file does not give — the UFLPA file gives none (every entity was
/// given China, so a Malaysian firm on the list was never matched in Malaysia), nor does a PSPC address that names
/// none (its supplier was given Canada): such an entry has no country and is matched in any, its hits saying the
/// country was not compared. A country the file gives is kept, and still refuses a party elsewhere.
#[test]
fn an_entry_whose_file_gives_no_country_has_none_and_is_matched_wherever_the_party_is() {
    let uflpa = "Section,Entity Name,Effective Date\n\
                 2(d)(2)(B)(v),Tembusu Latex Sdn. Bhd.,2026-11-20\n\
                 2(d)(2)(B)(ii),Anatolia Loomworks Tekstil A.S.,2026-05-01\n\
                 2(d)(2)(B)(iv),Korla Amberfield Cotton Co. Ltd.,2025-01-01\n";
    let entries = parse(ListKind::Uflpa, uflpa.as_bytes()).unwrap();
    assert!(entries.iter().all(|e| e.country.is_none()), "{entries:?}");
    let ix = ListIndex::new(&entries, today()).of_list(ListKind::Uflpa);
    let hit = |ix: &ListIndex, p: Party| {
        let mut out = Vec::new();
        ix.match_party(&p, 0, &mut out);
        out.first().map(|h| (h.evidence.country_agrees, h.evidence.fields.contains(&"country".to_string())))
    };
    for (name, cc) in [
        ("Tembusu Latex Sdn Bhd", "MY"),
        ("Anatolia Loomworks Tekstil AS", "TR"),
        ("Korla Amberfield Cotton Co., Ltd.", "CN"),
    ] {
        assert_eq!(hit(&ix, party(PartyKind::Site, name, cc)), Some((None, false)), "{name} in {cc}");
    }
    let pspc = "Supplier name,Address,Type,Start date,End date\n\
                Granite Ridge Supply LLC,\"12 Elm Street, Buffalo\",Ineligible,2025-01-01,2030-01-01\n\
                Maple Brook Fittings Inc.,\"4 Bank Street, Ottawa, Ontario, Canada\",Ineligible,2025-01-01,2030-01-01\n";
    let barred = parse(ListKind::PspcIneligible, pspc.as_bytes()).unwrap();
    assert_eq!(barred.iter().map(|e| e.country).collect::<Vec<_>>(), [None, Some(CountryCode::CANADA)]);
    let ix = ListIndex::new(&barred, today()).of_list(ListKind::PspcIneligible);
    assert_eq!(hit(&ix, party(PartyKind::Supplier, "Granite Ridge Supply LLC", "US")), Some((None, false)));
    assert_eq!(hit(&ix, party(PartyKind::Supplier, "Maple Brook Fittings Inc.", "CA")), Some((Some(true), true)));
    assert_eq!(hit(&ix, party(PartyKind::Supplier, "Maple Brook Fittings Inc.", "US")), None, "a country given");
}

/// The evidence says what matched: the same words in another order (a person's family name moved, an organisation's
/// words reordered) are said as such, never as "the same letters", which stays for names whose letters run together
/// alike (spaces only); and its words, in both languages, say the order, not the letters.
#[test]
fn the_same_words_in_another_order_are_said_so_and_not_as_the_same_letters() {
    let listed = |name: &str| Entry { scope: EntryScope::Person, ..Entry::named(name, name, 1) };
    for (entry, party_name) in
        [("Zhang Weiming", "Weiming Zhang"), ("Weiming Zhang", "Zhang Weiming"), ("Olga Petrova", "Petrova Olga")]
    {
        for kind in [PartyKind::Signatory, PartyKind::Contact] {
            assert_eq!(methods_of(listed(entry), person(kind, party_name)), [MatchMethod::WordOrder], "{party_name}");
        }
    }
    assert_eq!(
        methods_of(listed("Zhang Weiming"), person(PartyKind::Signatory, "ZhangWeiming")),
        [MatchMethod::CompactName]
    );
    let firm = |name: &str, cc: &str| Entry { country: CountryCode::parse(cc), ..Entry::named(name, name, 1) };
    for (entry, party_name, cc) in [
        ("Huafu Lumen Textile Co., Ltd.", "Lumen Huafu Textile Co., Ltd.", "CN"),
        ("Bergen Nordic Cable AS", "Nordic Bergen Cable AS", "NO"),
    ] {
        assert_eq!(methods_of(firm(entry, cc), party(PartyKind::Supplier, party_name, cc)), [MatchMethod::WordOrder]);
    }
    assert_eq!(
        methods_of(firm("Hua Fu Textile", "CN"), party(PartyKind::Supplier, "Huafu Textile", "CN")),
        [MatchMethod::CompactName]
    );
    let cat = crate::reports::Catalog::embedded().unwrap();
    let en = cat.get(crate::domain::Lang::En, "screening.method_word_order");
    let fr = cat.get(crate::domain::Lang::Fr, "screening.method_word_order");
    assert!(en.contains("order") && !en.contains("letters"), "{en}");
    assert!(fr.contains("ordre") && !fr.contains("lettres"), "{fr}");
}

/// A site's operator takes its own country, not the site's: a listed firm of India named as the operator of a site
/// in Bangladesh is found by name; the site keeps Bangladesh. The supplier operating its own site keeps its country.
#[test]
fn an_operator_of_a_site_abroad_keeps_its_own_country() {
    let d: crate::domain::Declaration = serde_json::from_value(serde_json::json!({
        "supplier": {"legal_name": "Tern Apparel Inc.", "country": "CA", "declaration_date": "2026-10-01",
                     "signatory_name": "A. Signatory"},
        "attestations": [{"right": "forced_labour", "attested": true}],
        "places_of_work": [
            {"site_id": "S1", "site_name": "Gazipur Knit Unit", "role": "processing", "goods": "knitted shirts",
             "address": "1 Road", "city": "Gazipur", "country": "BD", "operator": "Marabou Freight Pvt. Ltd.",
             "supplies_to": []},
            {"site_id": "S2", "site_name": "Phnom Penh Sewing Hall", "role": "processing", "goods": "shirts",
             "address": "2 Street", "city": "Phnom Penh", "country": "KH", "operator": "Marabou Freight",
             "supplies_to": []},
            {"site_id": "S3", "site_name": "Tern Cutting Room", "role": "processing", "goods": "shirts",
             "address": "3 Rue", "city": "Laval", "country": "CA", "operator": "Tern Apparel Inc",
             "supplies_to": []}
        ],
        "goods": [{"item": "Shirts", "produced_at": ["S1", "S2", "S3"]}],
    }))
    .unwrap();
    let parties = parties_of(&d);
    let country = |kind: PartyKind, name: &str| {
        parties.iter().find(|p| p.kind == kind && p.name == name).map(|p| p.country.map(|c| c.as_str().to_string()))
    };
    assert_eq!(country(PartyKind::Site, "Gazipur Knit Unit"), Some(Some("BD".into())));
    assert_eq!(country(PartyKind::Operator, "Marabou Freight Pvt. Ltd."), Some(None));
    assert_eq!(country(PartyKind::Operator, "Tern Apparel Inc"), Some(Some("CA".into())));
    let indexes = indexes();
    let ix = &indexes.iter().find(|(k, _)| *k == ListKind::Watchlist).unwrap().1;
    let mut hits = Vec::new();
    for (i, p) in parties.iter().enumerate() {
        ix.match_party(p, i, &mut hits);
    }
    let found: Vec<(&str, &str)> =
        hits.iter().map(|h| (parties[h.party].name.as_str(), ix.entries()[h.entry].name.as_str())).collect();
    assert_eq!(
        found,
        [("Marabou Freight Pvt. Ltd.", "Marabou Freight Pvt Ltd"), ("Marabou Freight", "Marabou Freight Pvt Ltd"),]
    );
    assert!(hits.iter().all(|h| h.evidence.country_agrees.is_none()));
}

/// A name spelt with its legal form written out and the same name with the form's abbreviation are one name (the
/// Nordic and German forms too: `Aktiebolag` is `AB`); the words for "and" of each language are `&` (`Procaccini e
/// Gamba`, `Hermanos García y Cía.`, `Müller und Sohn`, `Lindgren och Söner`); a word one name repeats is not found
/// twice in a name that has it once (`Johnson & Johnson Ltd.` is not `Johnson Ltd.`). No identity key changes: keys
/// keep the forms they always kept.
#[test]
fn written_out_forms_and_words_for_and_are_the_same_name_and_a_repeated_word_counts_as_often_as_written() {
    for (listed, written, cc) in [
        ("Jonsson & Jonsson Aktiebolag", "Jonsson & Jonsson AB", "SE"),
        ("Lindgren & Söner Aktiebolag", "Lindgren och Söner AB", "SE"),
        ("Virtanen Köysi Osakeyhtiö", "Virtanen Köysi Oy", "FI"),
        ("Nordkabel Aksjeselskap", "Nordkabel AS", "NO"),
        ("Hansen og Sønner Aktieselskab", "Hansen & Sønner A/S", "DK"),
        ("Müller & Sohn KG", "Müller und Sohn Kommanditgesellschaft", "DE"),
        ("Procaccini e Gamba S.p.A.", "Procaccini & Gamba", "IT"),
        ("Procaccini e Gamba S.p.A.", "Procaccini and Gamba SpA", "IT"),
        ("Ferreira e Filhos Lda.", "Ferreira & Filhos", "PT"),
        ("Hermanos García y Cía., S.L.", "Hermanos Garcia & Cia", "ES"),
    ] {
        assert_eq!(hits(&entry(listed, cc), party(PartyKind::Site, written, cc)), 1, "{listed} ← {written}");
        assert_eq!(hits(&entry(written, cc), party(PartyKind::Site, listed, cc)), 1, "{written} ← {listed}");
    }
    for (listed, written, cc) in [
        ("Johnson & Johnson Ltd.", "Johnson Ltd.", "GB"),
        ("Johnson Ltd.", "Johnson & Johnson Ltd.", "GB"),
        ("Mills and Mills Inc", "Mills Inc", "US"),
        ("Singh Singh Exports Pvt Ltd", "Singh Exports Pvt Ltd", "IN"),
        // A written-out form is dropped only where its country uses it.
        ("Nordic Rope Aktiebolag", "Nordic Rope", "CA"),
    ] {
        assert_eq!(hits(&entry(listed, cc), party(PartyKind::Site, written, cc)), 0, "{listed} ← {written}");
    }
    for name in ["Jonsson Aktiebolag", "Procaccini e Gamba", "Hermanos Garcia y Cia"] {
        let key = crate::graph::national::normalise_name(name);
        assert_eq!(key, crate::domain::text::fold_words(name).replace(" cia", ""), "{name}: the identity key");
    }
}
