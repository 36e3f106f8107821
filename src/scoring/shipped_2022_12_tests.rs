//! Model 2022.12 scores as it shipped: every table of cases the tests keep (the silence cases, the cases of 2022.8 to
//! 2022.12), scored by `risk_models/2022.12` and measured before 2022.13's keys were read (2022.12's folder has none
//! of them). A change for 2022.13 that moves one of these figures has reached an older model.

use super::RiskModel;
use super::tests::{assert_cases, cases_2022_8, silence_cases};

/// The model folder `risk_models/2022.12`, as it shipped (the default before 2022.13).
pub(super) fn model_2022_12() -> RiskModel {
    RiskModel::load_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("risk_models/2022.12")).unwrap()
}

/// 2022.12 scores as it shipped (overall forced, child), the figures measured before 2022.13's keys.
#[test]
fn model_2022_12_scores_as_it_shipped() {
    let old = model_2022_12();
    assert_eq!(old.version(), "2022.12");
    assert_cases(&old, silence_cases(), SILENCE_CASES_2022_12);
    assert_cases(&old, cases_2022_8(), CASES_2022_8_IN_2022_12);
    assert_cases(&old, super::worst_reading_tests::cases_2022_9(), CASES_2022_9_IN_2022_12);
    assert_cases(&old, super::synonym_tests::cases_2022_10(), SYNONYM_CASES_2022_10_IN_2022_12);
    assert_cases(&old, super::carry_tests::cases_2022_10(), CARRY_CASES_2022_10_IN_2022_12);
    assert_cases(&old, super::goods_2022_11_tests::cases_2022_11(), GOODS_CASES_2022_11_IN_2022_12);
    assert_cases(&old, super::silence_2022_11_tests::cases_2022_11_chain(), CHAIN_CASES_2022_11_IN_2022_12);
    assert_cases(&old, super::goods_2022_12_tests::cases_2022_12(), GOODS_CASES_2022_12_IN_2022_12);
    assert_cases(&old, super::silence_2022_12_tests::cases_2022_12(), SILENCE_CASES_2022_12_IN_2022_12);
}

/// The silence cases scored by 2022.12, measured before 2022.13's keys.
const SILENCE_CASES_2022_12: &[(f64, f64)] = &[
    (73.0, 80.0),   // rope, sisal undisclosed (Norway)
    (73.0, 80.0),   // rope, Tanzanian sisal estate
    (73.0, 80.0),   // clothing, Canada, nothing disclosed
    (73.0, 80.0),   // clothing, Canada, fabric mill at tier 1
    (73.0, 76.0),   // clothing, Canada, fabric, yarn, Indian cotton
    (100.0, 76.0),  // nitrile gloves, Malaysia
    (100.0, 100.0), // cotton yarn, India (local cotton)
    (70.5, 73.8),   // office desks, Canada
    (70.5, 73.8),   // office desks, China
    (53.3, 59.1),   // assorted items, Germany, full due diligence
    (73.0, 80.0),   // cotton yarn, Turkmenistan
    (100.0, 100.0), // cotton yarn, China
    (73.0, 80.0),   // t-shirts from Canada through a Malaysian trader
    (73.0, 81.0),   // bolts from Germany through a Chinese trader
];

/// `cases_2022_8` scored by 2022.12, measured before 2022.13's keys.
const CASES_2022_8_IN_2022_12: &[(f64, f64)] = &[
    (73.0, 81.0),   // Baumwollhemden, Germany
    (73.0, 80.0),   // cotton shirts, Germany
    (53.3, 59.1),   // Baumwollhemden, Germany, full due diligence
    (100.0, 100.0), // garden gnomes, China
    (73.0, 81.0),   // camisetas de algodón, Canada
    (73.0, 81.0),   // bolts from Germany through a Chinese trader
    (73.0, 81.0),   // cotton yarn from Germany through a Chinese trader
    (73.0, 81.0),   // steel chain from Canada through a Malaysian trader
    (73.0, 81.0),   // garden gnomes from France through a Vietnamese trader
    (51.5, 53.9),   // office desks, Canada, full due diligence
    (70.5, 53.9),   // office desks, Canada, full due diligence, forced labour refused
    (73.0, 100.0),  // cotton yarn, India, full due diligence, child labour refused
    (100.0, 55.5),  // nitrile gloves, Malaysia, full due diligence, forced labour refused
    (100.0, 100.0), // onduleurs solaires, China
    (100.0, 100.0), // solar inverters, China
    (70.5, 73.8),   // computer desks, Canada
    (100.0, 100.0), // laptop bags, China
    (100.0, 100.0), // sacs pour ordinateur portable, China
    (100.0, 100.0), // cable ties, China
    (100.0, 100.0), // glove boxes, Malaysia
    (100.0, 100.0), // boîtes à gants, Malaysia
    (100.0, 100.0), // shoe boxes, Viet Nam
];

/// `cases_2022_9` scored by 2022.12, measured before 2022.13's keys.
const CASES_2022_9_IN_2022_12: &[(f64, f64)] = &[
    (73.0, 73.0),   // Baumwollhemden, Bangladesh, full due diligence
    (73.0, 73.0),   // cotton shirts, Bangladesh, full due diligence
    (100.0, 100.0), // garden gnomes, Bangladesh
    (73.0, 73.0),   // Baumwollhemden, China, full due diligence
    (73.0, 58.4),   // cotton shirts, China, full due diligence
    (100.0, 100.0), // Spielzeug, China
    (73.0, 73.0),   // zapatos de cuero, India, full due diligence
    (53.3, 73.0),   // leather shoes, India, full due diligence
    (100.0, 100.0), // Arbeitskleidung, Pakistan
    (73.0, 73.0),   // Holzschnitzereien, Ghana, full due diligence
    (100.0, 100.0), // marchandises diverses, Viet Nam
    (73.0, 73.0),   // assorted items, Malaysia, full due diligence
    (100.0, 100.0), // Baumwollgarn, Turkmenistan
    (100.0, 73.0),  // Gartenzwerge, Ürümqi (Xinjiang), full due diligence
    (100.0, 58.4),  // cotton shirts, Ürümqi (Xinjiang), full due diligence
    (73.0, 81.0),   // Baumwollhemden, Germany (no listing)
    (53.3, 59.1),   // Spielzeug, Canada (no listing), full due diligence
    (73.0, 81.0),   // Baumwollhemden from Germany through a Bangladeshi trader
];

/// `synonym_tests::cases_2022_10` scored by 2022.12, measured before 2022.13's keys.
const SYNONYM_CASES_2022_10_IN_2022_12: &[(f64, f64)] = &[
    (72.0, 66.7),   // clay bricks, India
    (72.0, 66.7),   // briques d'argile, India
    (72.0, 66.7),   // bricks, India
    (7.5, 64.3),    // bricks, Colombia
    (68.5, 72.5),   // fruits de mer, Thailand
    (68.5, 72.5),   // crevettes, Thailand
    (68.0, 74.6),   // seafood, Bangladesh
    (68.5, 72.5),   // shellfish, Thailand
    (67.5, 67.9),   // tilapia, Indonesia
    (66.8, 76.0),   // dried fish, Ghana
    (66.8, 76.0),   // poisson séché, Ghana
    (66.8, 73.0),   // chocolate liquor, Côte d'Ivoire
    (66.8, 73.0),   // cocoa mass, Côte d'Ivoire
    (6.8, 76.0),    // masse de cacao, Ghana
    (69.0, 73.1),   // fresh fruit bunches, Malaysia
    (7.5, 67.9),    // régimes de palme, Indonesia
    (12.0, 66.7),   // pyrotechnics, India
    (12.0, 66.7),   // articles pyrotechniques, India
    (7.0, 67.0),    // fireworks, Philippines
    (67.5, 68.7),   // beef, Paraguay
    (67.5, 68.7),   // viande bovine, Paraguay
    (67.5, 68.7),   // cattle, Paraguay
    (69.5, 13.7),   // beef, Bolivia
    (9.3, 5.8),     // cotton fibre, Uzbekistan
    (9.3, 5.8),     // fibre de coton, Uzbekistan
    (69.3, 72.8),   // cotton fibre, Turkmenistan
    (69.3, 72.8),   // fibre de coton, Turkmenistan
    (12.0, 6.7),    // naphtha, India
    (13.0, 13.1),   // butadiene, China
    (13.0, 13.1),   // acrylonitrile, China
    (73.0, 76.0),   // nitrile latex compound, Malaysia
    (100.0, 76.0),  // nitrile gloves from naphtha, butadiene, acrylonitrile and latex compound
    (100.0, 100.0), // Baumwollgarn, Turkmenistan
    (69.3, 72.8),   // cotton, Turkmenistan
    (100.0, 100.0), // pipe fittings, India
    (73.0, 81.0),   // pipe fittings, Canada
];

/// `carry_tests::cases_2022_10` scored by 2022.12, measured before 2022.13's keys.
const CARRY_CASES_2022_10_IN_2022_12: &[(f64, f64)] = &[
    (73.0, 55.5),  // nitrile gloves, Malaysia, full due diligence
    (50.4, 55.5),  // nitrile gloves, Malaysia, a rubber plantation in Liberia declared, full due diligence
    (73.0, 76.0),  // safety boots, Canada
    (73.0, 76.0),  // safety boots, Canada, a leather tannery in Pakistan declared
    (51.5, 53.9),  // office desks, Canada, full due diligence
    (51.1, 5.2),   // office desks, Canada, a timber producer in Brazil declared, full due diligence
    (73.0, 80.0),  // rope, Norway
    (73.0, 80.0),  // rope, Norway, a sisal estate in Tanzania declared
    (73.0, 73.0),  // garments, Viet Nam, full due diligence
    (100.0, 73.0), // garments, Viet Nam, a cotton spinner in Xinjiang at tier 2, full due diligence
    (73.0, 73.0),  // garments, Viet Nam, the same spinner in Hebei, full due diligence
    (73.0, 80.0),  // garments, Canada
    (100.0, 73.0), // garments, Canada, a Xinjiang spinner behind a Bangladeshi fabric mill, full due diligence
    (93.3, 9.6),   // solar modules, Malaysia, Xinjiang polysilicon, full due diligence
    (100.0, 13.1), // solar modules, Canada, a Vietnamese wafer plant of Xinjiang polysilicon
    (93.3, 9.6),   // tomato paste, Italy, a Xinjiang tomato processor, full due diligence
    (53.3, 59.1),  // PVC flooring, United States, Xinjiang PVC resin, full due diligence
    (53.3, 59.1),  // PVC flooring, United States, the resin in Hebei, full due diligence
    (73.0, 100.0), // PVC flooring, Germany, a Turkish compounder of Xinjiang PVC resin
];

/// `goods_2022_11_tests::cases_2022_11` scored by 2022.12, measured before 2022.13's keys.
const GOODS_CASES_2022_11_IN_2022_12: &[(f64, f64)] = &[
    (68.0, 68.0),  // tomato paste, Mexico
    (68.0, 68.0),  // sauce tomate, Mexico
    (68.0, 68.0),  // fresh tomatoes, Mexico
    (72.0, 66.7),  // crushed stone, India
    (72.0, 66.7),  // granite, India
    (72.0, 66.7),  // granit, India
    (72.0, 66.7),  // gravel, India
    (73.0, 75.2),  // beans, Burma
    (73.0, 75.2),  // Beans (green, soy, yellow), Burma
    (7.5, 68.7),   // peppers, Paraguay
    (7.5, 68.7),   // Peppers, Paraguay
    (68.0, 68.0),  // peppers, Mexico
    (68.0, 68.0),  // chile peppers, Mexico
    (8.8, 78.7),   // cobalt sulfate, Finland
    (7.8, 78.7),   // battery maker, Canada
    (8.8, 78.7),   // battery maker, Canada, Finnish refinery
    (70.0, 67.1),  // charcoal, Brazil
    (70.0, 67.1),  // charbon de bois, Brazil
    (13.0, 13.1),  // PVC, China
    (13.0, 13.1),  // chlorure de polyvinyle, China
    (70.5, 80.0),  // gold bullion, Switzerland
    (70.5, 80.0),  // lingots d'or, Switzerland
    (68.5, 12.5),  // fish, Thailand
    (68.5, 12.5),  // tuna, Thailand
    (68.0, 74.6),  // seafood, Bangladesh
    (9.3, 5.8),    // cotton bales, Uzbekistan
    (9.3, 5.8),    // cotton, Uzbekistan
    (73.0, 100.0), // sandals, India
    (73.0, 100.0), // footwear, India
    (68.0, 68.0),  // tomato, Mexico
    (68.0, 68.0),  // dried chillies, Mexico
    (7.0, 66.8),   // orange juice, Belize
    (7.0, 66.8),   // jus d'orange, Belize
    (70.0, 67.1),  // sugar syrup, Brazil
    (67.3, 73.5),  // cocoa butter, Nigeria
    (67.8, 78.7),  // tin, Congo (DRC)
    (12.0, 66.7),  // emeralds, India
    (7.0, 68.1),   // rice, El Salvador
    (5.8, 75.8),   // khat, Kenya
    (70.5, 13.1),  // mobilier métallique, Canada
    (70.5, 13.1),  // steel furniture, Canada
];

/// `silence_2022_11_tests::cases_2022_11_chain` scored by 2022.12, measured before 2022.13's keys.
const CHAIN_CASES_2022_11_IN_2022_12: &[(f64, f64)] = &[
    (67.3, 76.0),  // chocolate bars, Canada
    (66.8, 73.0),  // chocolate bars, Canada, a cocoa farm in Côte d'Ivoire
    (67.3, 76.0),  // chocolate bars, Germany
    (73.0, 80.0),  // shrimp, Canada
    (70.0, 80.0),  // coffee, Canada
    (73.0, 76.8),  // tuna, Canada
    (70.5, 80.0),  // refined gold, Canada
    (70.5, 80.0),  // gold bars, Canada
    (73.0, 80.0),  // cotton, Canada
    (73.0, 81.0),  // cotton towels, Canada
    (66.3, 80.0),  // tobacco, Canada
    (7.0, 0.8),    // bricks, Canada
    (7.0, 0.8),    // polysilicon, Canada
    (73.0, 76.0),  // safety boots, Canada
    (73.0, 76.0),  // safety boots, Canada, a leather tannery in Pakistan
    (73.0, 80.0),  // garments, Canada
    (73.0, 80.0),  // rope, Norway
    (51.5, 53.9),  // office desks, Canada, full due diligence
    (73.0, 55.5),  // nitrile gloves, Malaysia, full due diligence
    (73.0, 80.0),  // work clothing, Canada, declared of gold
    (100.0, 76.0), // nitrile gloves, Malaysia, a Singapore compounder, a Malaysian rubber trader
];

/// `goods_2022_12_tests::cases_2022_12` scored by 2022.12, measured before 2022.13's keys.
const GOODS_CASES_2022_12_IN_2022_12: &[(f64, f64)] = &[
    (70.5, 80.0),   // lingot d'or, China
    (70.5, 80.0),   // gold bullion, China
    (70.5, 80.0),   // lingots d'or, Switzerland
    (70.5, 80.0),   // gold bullion, Switzerland
    (70.5, 80.0),   // or raffiné, China
    (70.5, 80.0),   // refined gold, China
    (68.5, 75.4),   // de l'or, Peru
    (68.5, 75.4),   // gold bars, Peru
    (68.5, 75.4),   // gold, Peru
    (68.5, 75.4),   // barres d'or, Peru
    (72.0, 6.7),    // thé, India
    (72.0, 6.7),    // tea, India
    (69.5, 73.7),   // maïs, Mexico
    (100.0, 100.0), // polyester/cotton blend t-shirts, Bangladesh
    (100.0, 100.0), // t-shirts coton/polyester, Bangladesh
    (73.0, 80.0),   // 50/50 cotton poly, Bangladesh
    (73.0, 100.0),  // leather/rubber boots, India
    (100.0, 100.0), // cotton & polyester fabric, China
    (13.0, 13.1),   // aluminium ingots, China
    (13.0, 13.1),   // aluminium, China
    (67.8, 78.7),   // tin ingots, Canada
    (9.5, 73.7),    // silver bars, Bolivia
    (8.8, 78.7),    // cobalt sulfate, Finland
    (8.8, 78.7),    // battery maker, Canada, Finnish refinery
    (70.0, 67.1),   // sugar, Brazil
    (70.0, 67.1),   // sucre, Brazil
    (70.0, 67.1),   // cane sugar, Brazil
    (73.0, 77.4),   // sugar, Canada
    (73.0, 77.4),   // cane sugar, Canada
    (70.5, 13.1),   // steel sheets, China
];

/// `silence_2022_12_tests::cases_2022_12` scored by 2022.12, measured before 2022.13's keys.
const SILENCE_CASES_2022_12_IN_2022_12: &[(f64, f64)] = &[
    (9.3, 5.8),   // cotton fibre, Uzbekistan
    (73.0, 80.0), // cotton fibre, Canada
    (70.0, 85.0), // bovins, Canada
    (70.0, 85.0), // Bovines, Canada
    (6.8, 76.0),  // bovins, Ghana
    (7.5, 68.7),  // bell peppers, Paraguay
    (7.5, 68.7),  // Peppers, Paraguay
    (73.0, 75.2), // Beans (green, soy, yellow), Canada
    (70.5, 80.0), // refined gold, Switzerland
    (70.5, 80.0), // gold bullion, Switzerland
    (70.5, 80.0), // lingots d'or, Switzerland
    (13.0, 78.7), // cobalt hydroxide, China
    (8.8, 78.7),  // cobalt sulfate, Finland
    (67.8, 78.7), // coltan, Rwanda
    (67.3, 76.0), // cocoa butter, Netherlands
    (8.8, 73.5),  // orange juice, Netherlands
    (73.0, 77.4), // cane sugar, Netherlands
    (73.0, 80.0), // cotton yarn, Germany
    (8.8, 0.8),   // cotton yarn, Germany, a raw cotton farm in Canada
    (12.0, 66.7), // cotton yarn, Germany, a raw cotton farm in India
    (9.3, 5.8),   // cotton yarn, Germany, a cotton farm in Uzbekistan
    (53.3, 58.4), // cotton yarn, Germany, full due diligence
    (6.4, 0.6),   // cotton yarn, Germany, full due diligence, a raw cotton farm in Canada
    (73.0, 81.0), // Baumwollhemden, Germany
    (7.0, 7.9),   // office desks, Canada, a timber producer in Chile
];
