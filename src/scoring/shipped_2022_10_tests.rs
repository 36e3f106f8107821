//! Model 2022.10 scores as it shipped: every table of cases the tests keep (the silence cases, the cases of 2022.8,
//! 2022.9 and 2022.10), scored by `risk_models/2022.10` and measured on the code before 2022.11's keys were read. A
//! change for 2022.11 that moves one of these figures has reached an older model.

use super::RiskModel;
use super::tests::{assert_cases, cases_2022_8, silence_cases};

/// The model folder `risk_models/2022.10`, as it shipped (the default before 2022.11).
pub(super) fn model_2022_10() -> RiskModel {
    RiskModel::load_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("risk_models/2022.10")).unwrap()
}

/// 2022.10 scores as it shipped (overall forced, child), the figures measured before 2022.11's keys.
#[test]
fn model_2022_10_scores_as_it_shipped() {
    let old = model_2022_10();
    assert_cases(&old, silence_cases(), &SILENCE_CASES_2022_10);
    assert_cases(&old, cases_2022_8(), &CASES_2022_8_IN_2022_10);
    assert_cases(&old, super::worst_reading_tests::cases_2022_9(), &CASES_2022_9_IN_2022_10);
    assert_cases(&old, super::synonym_tests::cases_2022_10(), &super::synonym_tests::CASES_2022_10_IN_2022_10);
    assert_cases(&old, super::carry_tests::cases_2022_10(), &super::carry_tests::CASES_2022_10_IN_2022_9);
}

/// The silence cases scored by 2022.10, measured before 2022.11's keys.
const SILENCE_CASES_2022_10: [(f64, f64); 14] = [
    (59.8, 51.8),   // rope, sisal undisclosed (Norway)
    (59.8, 76.0),   // rope, Tanzanian sisal estate
    (58.0, 51.8),   // clothing, Canada, nothing disclosed
    (58.0, 51.8),   // clothing, Canada, fabric mill at tier 1
    (58.0, 66.7),   // clothing, Canada, fabric, yarn, Indian cotton
    (100.0, 64.1),  // nitrile gloves, Malaysia
    (100.0, 100.0), // cotton yarn, India (local cotton)
    (58.0, 51.8),   // office desks, Canada
    (64.0, 64.1),   // office desks, China
    (43.7, 37.8),   // assorted items, Germany, full due diligence
    (60.3, 63.8),   // cotton yarn, Turkmenistan
    (100.0, 100.0), // cotton yarn, China
    (60.0, 64.1),   // t-shirts from Canada through a Malaysian trader
    (64.0, 64.1),   // bolts from Germany through a Chinese trader
];

/// `cases_2022_8` scored by 2022.10, measured before 2022.11's keys.
const CASES_2022_8_IN_2022_10: [(f64, f64); 22] = [
    (59.8, 51.8),   // Baumwollhemden, Germany
    (59.8, 51.8),   // cotton shirts, Germany
    (43.7, 37.8),   // Baumwollhemden, Germany, full due diligence
    (100.0, 100.0), // garden gnomes, China
    (58.0, 51.8),   // camisetas de algodón, Canada
    (64.0, 64.1),   // bolts from Germany through a Chinese trader
    (64.0, 64.1),   // cotton yarn from Germany through a Chinese trader
    (60.0, 64.1),   // steel chain from Canada through a Malaysian trader
    (59.8, 64.1),   // garden gnomes from France through a Vietnamese trader
    (42.3, 37.8),   // office desks, Canada, full due diligence
    (58.0, 37.8),   // office desks, Canada, full due diligence, forced labour refused
    (73.0, 100.0),  // cotton yarn, India, full due diligence, child labour refused
    (100.0, 46.8),  // nitrile gloves, Malaysia, full due diligence, forced labour refused
    (100.0, 100.0), // onduleurs solaires, China
    (100.0, 100.0), // solar inverters, China
    (58.0, 51.8),   // computer desks, Canada
    (100.0, 100.0), // laptop bags, China
    (100.0, 100.0), // sacs pour ordinateur portable, China
    (100.0, 100.0), // cable ties, China
    (100.0, 100.0), // glove boxes, Malaysia
    (100.0, 100.0), // boîtes à gants, Malaysia
    (100.0, 100.0), // shoe boxes, Viet Nam
];

/// `cases_2022_9` scored by 2022.10, measured before 2022.11's keys.
const CASES_2022_9_IN_2022_10: [(f64, f64); 18] = [
    (73.0, 73.0),   // Baumwollhemden, Bangladesh, full due diligence
    (73.0, 73.0),   // cotton shirts, Bangladesh, full due diligence
    (100.0, 100.0), // garden gnomes, Bangladesh
    (73.0, 73.0),   // Baumwollhemden, China, full due diligence
    (73.0, 46.8),   // cotton shirts, China, full due diligence
    (100.0, 100.0), // Spielzeug, China
    (73.0, 73.0),   // zapatos de cuero, India, full due diligence
    (46.0, 73.0),   // leather shoes, India, full due diligence
    (100.0, 100.0), // Arbeitskleidung, Pakistan
    (73.0, 73.0),   // Holzschnitzereien, Ghana, full due diligence
    (100.0, 100.0), // marchandises diverses, Viet Nam
    (73.0, 73.0),   // assorted items, Malaysia, full due diligence
    (100.0, 100.0), // Baumwollgarn, Turkmenistan
    (100.0, 73.0),  // Gartenzwerge, Ürümqi (Xinjiang), full due diligence
    (100.0, 46.8),  // cotton shirts, Ürümqi (Xinjiang), full due diligence
    (59.8, 51.8),   // Baumwollhemden, Germany (no listing)
    (42.3, 37.8),   // Spielzeug, Canada (no listing), full due diligence
    (59.8, 65.6),   // Baumwollhemden from Germany through a Bangladeshi trader
];
