//! Model 2022.12 scores as it shipped: the tables of cases its card's change log gives (the goods and the silence
//! cases of 2022.12), scored by `risk_models/2022.12` as they were measured when 2022.12 shipped, before 2022.13's
//! keys. A change for 2022.13 that moves one of these figures has reached an older model.

use super::RiskModel;
use super::tests::assert_cases;

/// The model folder `risk_models/2022.12`, as it shipped (the default before 2022.13).
pub(super) fn model_2022_12() -> RiskModel {
    RiskModel::load_dir(&std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("risk_models/2022.12")).unwrap()
}

/// 2022.12 scores as it shipped (overall forced, child), the figures of its card.
#[test]
fn model_2022_12_scores_as_it_shipped() {
    let old = model_2022_12();
    assert_eq!(old.version(), "2022.12");
    assert_cases(
        &old,
        super::goods_2022_12_tests::cases_2022_12(),
        &super::goods_2022_12_tests::CASES_2022_12_IN_2022_12,
    );
    assert_cases(
        &old,
        super::silence_2022_12_tests::cases_2022_12(),
        super::silence_2022_12_tests::CASES_2022_12_IN_2022_12,
    );
}
