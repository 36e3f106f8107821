//! Why a model cannot be loaded, in English and in French: every fault and error of [`ModelError`] is said from the
//! catalogues, naming its file, line, column or key, and the French holds no English sentence of the fault.

use super::{ModelError, ModelFault};
use crate::domain::say_both;

/// One of each fault, with the values that must show in both languages.
fn faults() -> Vec<(ModelFault, Vec<&'static str>)> {
    vec![
        (ModelFault::NoColumn { file: "index.csv".into(), column: "valeur".into() }, vec!["index.csv", "valeur"]),
        (ModelFault::SourceMissing("ilab_goods".into()), vec!["ilab_goods"]),
        (ModelFault::NoSources, vec!["[sources]"]),
        (ModelFault::NoWorldFigure("forced_labour_prevalence".into()), vec!["World", "forced_labour_prevalence"]),
        (ModelFault::NoUnassessedPoints("No Assessment".into()), vec!["No Assessment"]),
        (
            ModelFault::GroupWithoutCountries { key: "origin_income_groups", group: "High income".into() },
            vec!["origin_income_groups", "High income"],
        ),
        (ModelFault::GroupWithoutEstimate("Low income".into()), vec!["Low income"]),
        (ModelFault::IncomeLineEmpty(7), vec!["income_groups.csv", "7"]),
        (ModelFault::IncomeLineNoCountry { line: 12, name: "Atlantis".into() }, vec!["12", "Atlantis"]),
        (ModelFault::IncomeLineTwice { line: 40, name: "Canada".into() }, vec!["40", "Canada"]),
        (ModelFault::RegionPlaces("line 3: no name".into()), vec!["line 3: no name"]),
    ]
}

#[test]
fn every_model_fault_is_said_in_english_and_french_naming_what_is_wrong() {
    for (fault, shown) in faults() {
        let (en, fr) = say_both(&ModelError::Invalid(fault.clone()).message());
        for text in [&en, &fr] {
            assert!(
                !text.contains('{') && !text.contains("model.fault") && !text.contains("model.error"),
                "{fault:?}: {text}"
            );
            for value in &shown {
                assert!(text.contains(value), "{fault:?}: {text} lacks {value}");
            }
        }
        assert!(en.starts_with("the model is not valid: "), "{en}");
        assert!(fr.starts_with("le modèle n'est pas valide\u{a0}: "), "{fr}");
        // The fault's own English words (those of `Display`, for logs) are not the French.
        assert!(!fr.contains(&fault.to_string()) || matches!(fault, ModelFault::RegionPlaces(_)), "{fr}");
        assert_ne!(en, fr);
    }
}

#[test]
fn a_missing_unreadable_or_unread_file_is_said_in_both_languages_with_the_file() {
    let io = |kind: std::io::ErrorKind| std::io::Error::new(kind, "os words");
    let cases = [
        (ModelError::Missing("2022.99/model.toml".into()), "2022.99/model.toml", "is missing", "est absent"),
        (
            ModelError::Read { path: "m/ilab_goods.csv".into(), source: io(std::io::ErrorKind::NotFound) },
            "m/ilab_goods.csv",
            "no such file or folder",
            "fichier ou dossier introuvable",
        ),
        (
            ModelError::Read { path: "m/model.toml".into(), source: io(std::io::ErrorKind::PermissionDenied) },
            "m/model.toml",
            "permission denied",
            "permission refusée",
        ),
        (
            ModelError::Read { path: "m/model.toml".into(), source: io(std::io::ErrorKind::Other) },
            "m/model.toml",
            "os words",
            "os words",
        ),
        (
            ModelError::unreadable("model.toml")(toml::from_str::<toml::Table>("a = ").unwrap_err()),
            "model.toml",
            "does not read as its format",
            "ne se lit pas selon son format",
        ),
    ];
    for (error, file, en_words, fr_words) in cases {
        let (en, fr) = say_both(&error.message());
        assert!(en.contains(file) && en.contains(en_words), "{en}");
        assert!(fr.contains(file) && fr.contains(fr_words), "{fr}");
        assert!(!fr.contains('{') && !en.contains('{'), "{en} / {fr}");
    }
}

/// A supplied CSV without the column its options name, and an income-group file with a country twice, are refused
/// by the loader with the fault as data (the file and the column, the line and the name), not as English text.
#[test]
fn the_loader_refuses_with_the_fault_as_data() {
    let dir = tempfile::tempdir().unwrap();
    let base = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("risk_models").join(super::DEFAULT_VERSION);
    for entry in std::fs::read_dir(&base).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, dir.path().join(path.file_name().unwrap())).unwrap();
    }
    let groups = dir.path().join("income_groups.csv");
    let text = std::fs::read_to_string(&groups).unwrap();
    let lines = text.lines().count();
    std::fs::write(&groups, format!("{text}CA,High income\n")).unwrap();
    match super::RiskModel::load_dir(dir.path()) {
        Err(ModelError::Invalid(ModelFault::IncomeLineTwice { line, name })) => {
            assert_eq!((line, name.as_str()), (lines + 1, "CA"));
        }
        other => panic!("{:?}", other.map(|m| m.version().to_string())),
    }
    std::fs::write(&groups, text.replacen("income_group", "group", 1)).unwrap();
    match super::RiskModel::load_dir(dir.path()) {
        Err(ModelError::Invalid(ModelFault::NoColumn { file, column })) => {
            assert_eq!((file.as_str(), column.as_str()), ("income_groups.csv", "income_group"));
        }
        other => panic!("{:?}", other.map(|m| m.version().to_string())),
    }
}
