//! The closed vocabularies of the declaration format: roles, rights, scopes, due-diligence questions,
//! classifications. Codes are the same in both languages and parse case-insensitively; people see each code's
//! label in their language (`Coded::label`), never the code itself.

use std::fmt;

use serde::{Deserialize, Serialize};
use strum::{AsRefStr, Display, EnumIter, EnumString, IntoStaticStr};

/// What a site does in the production chain.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    EnumIter,
    AsRefStr,
    IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", ascii_case_insensitive)]
pub enum Role {
    FinalAssembly,
    Manufacturing,
    Processing,
    Component,
    RawMaterial,
    Warehousing,
    Trading,
}

impl Role {
    /// Roles that count as a place where the goods are made, for the origin-of-work rule.
    pub fn makes_goods(self) -> bool {
        matches!(self, Role::FinalAssembly | Role::Manufacturing | Role::Processing)
    }
}

impl Coded for Role {
    fn labels(self) -> Label {
        let (en, fr) = match self {
            Role::FinalAssembly => ("Final assembly", "Assemblage final"),
            Role::Manufacturing => ("Manufacturing", "Fabrication"),
            Role::Processing => ("Processing", "Transformation"),
            Role::Component => ("Component", "Composant"),
            Role::RawMaterial => ("Raw material", "Matière première"),
            Role::Warehousing => ("Warehousing", "Entreposage"),
            Role::Trading => ("Trading", "Négoce"),
        };
        Label { en, fr }
    }
}

/// The nine human and labour rights of the Code of Conduct for Procurement that a supplier attests.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    EnumIter,
    AsRefStr,
    IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", ascii_case_insensitive)]
pub enum Right {
    ChildLabour,
    ForcedLabour,
    HumanTrafficking,
    Discrimination,
    HarassmentAndAbuse,
    FreedomOfAssociation,
    HealthAndSafety,
    FairWages,
    WorkingHours,
}

impl Right {
    /// The right's name in English.
    pub fn label_en(self) -> &'static str {
        match self {
            Right::ChildLabour => "Protection against child labour",
            Right::ForcedLabour => "Protection against forced labour",
            Right::HumanTrafficking => "Protection against human trafficking",
            Right::Discrimination => "Protection against discrimination",
            Right::HarassmentAndAbuse => "Protection against abuse and harassment",
            Right::FreedomOfAssociation => "Freedom of association and collective bargaining",
            Right::HealthAndSafety => "Occupational health and safety",
            Right::FairWages => "Fair wages",
            Right::WorkingHours => "Hours of work",
        }
    }

    /// The right's name in French.
    pub fn label_fr(self) -> &'static str {
        match self {
            Right::ChildLabour => "Protection contre le travail des enfants",
            Right::ForcedLabour => "Protection contre le travail forcé",
            Right::HumanTrafficking => "Protection contre la traite des personnes",
            Right::Discrimination => "Protection contre la discrimination",
            Right::HarassmentAndAbuse => "Protection contre les mauvais traitements et le harcèlement",
            Right::FreedomOfAssociation => "Liberté d'association et négociation collective",
            Right::HealthAndSafety => "Santé et sécurité au travail",
            Right::FairWages => "Salaire équitable",
            Right::WorkingHours => "Heures de travail",
        }
    }
}

impl Coded for Right {
    fn labels(self) -> Label {
        Label { en: self.label_en(), fr: self.label_fr() }
    }
}

/// How far down the chain an attestation reaches.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    EnumIter,
    AsRefStr,
    IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", ascii_case_insensitive)]
pub enum Scope {
    Supplier,
    SupplierAndTier1,
    FullChain,
}

impl Coded for Scope {
    fn labels(self) -> Label {
        let (en, fr) = match self {
            Scope::Supplier => ("Supplier", "Fournisseur"),
            Scope::SupplierAndTier1 => {
                ("Supplier and tier-1 subcontractors", "Fournisseur et sous-traitants de premier niveau")
            }
            Scope::FullChain => ("Whole chain", "Toute la chaîne"),
        };
        Label { en, fr }
    }
}

/// The question codes of the `DueDiligence` sheet.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    Display,
    EnumString,
    EnumIter,
    AsRefStr,
    IntoStaticStr,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case", ascii_case_insensitive)]
pub enum DueDiligenceQuestion {
    Policy,
    SupplierCode,
    RiskAssessment,
    SocialAudit,
    GrievanceMechanism,
    Remediation,
    TraceabilityTiers,
    Training,
    S211Report,
}

impl Coded for DueDiligenceQuestion {
    fn labels(self) -> Label {
        use DueDiligenceQuestion as Q;
        let (en, fr) = match self {
            Q::Policy => (
                "Written policy on forced and child labour",
                "Politique écrite sur le travail forcé et le travail des enfants",
            ),
            Q::SupplierCode => (
                "Own suppliers bound by a code of conduct",
                "Ses propres fournisseurs sont tenus à un code de conduite",
            ),
            Q::RiskAssessment => (
                "Supply-chain risk assessed in the last 12 months",
                "Risque de la chaîne évalué au cours des 12 derniers mois",
            ),
            Q::SocialAudit => (
                "Third-party social audits in the last 24 months",
                "Audits sociaux par un tiers au cours des 24 derniers mois",
            ),
            Q::GrievanceMechanism => (
                "Safe, anonymous grievance mechanism for workers",
                "Mécanisme de plainte sûr et anonyme pour les travailleurs",
            ),
            Q::Remediation => ("Remediation process for victims", "Processus de réparation pour les victimes"),
            Q::TraceabilityTiers => ("Tiers of the chain mapped", "Niveaux de la chaîne cartographiés"),
            Q::Training => (
                "Staff trained on forced and child labour",
                "Personnel formé sur le travail forcé et le travail des enfants",
            ),
            Q::S211Report => (
                "Reports under the Fighting Against Forced Labour and Child Labour in Supply Chains Act",
                "Rapport en vertu de la Loi sur la lutte contre le travail forcé et le travail des enfants dans les chaînes d'approvisionnement",
            ),
        };
        Label { en, fr }
    }
}

/// A code's label in English and French: what a person reads where the data holds the code. In JSON it is
/// `{"en": …, "fr": …}`, written beside its code as `<field>_label`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct Label {
    /// The label in English.
    pub en: &'static str,
    /// The label in French.
    pub fr: &'static str,
}

impl Label {
    /// The label in a language.
    pub fn get(self, lang: super::Lang) -> &'static str {
        match lang {
            super::Lang::En => self.en,
            super::Lang::Fr => self.fr,
        }
    }
}

/// A closed vocabulary whose codes are data and whose labels are what people read. The labels are those of the
/// Code of Conduct for Procurement (rights) and of the declaration format's instructions (the rest), in the
/// service's own English and French.
pub trait Coded: Copy + strum::IntoEnumIterator + AsRef<str> + 'static {
    /// The labels of this code in both languages.
    fn labels(self) -> Label;

    /// The label in a language.
    fn label(self, lang: super::Lang) -> &'static str {
        self.labels().get(lang)
    }

    /// The code as stored and sent over the API (`snake_case`).
    fn code(&self) -> &str {
        self.as_ref()
    }
}

/// Reads a value chosen from a list: its code (any ASCII case, as older templates wrote it) or its label in
/// English or French, exactly or with case, accents, spaces and punctuation ignored when that still names one code
/// only. `None` when the text names no code, or more than one.
pub fn from_label<T: Coded + PartialEq>(text: &str) -> Option<T> {
    let t = text.trim();
    if t.is_empty() {
        return None;
    }
    if let Some(v) = T::iter().find(|v| v.code().eq_ignore_ascii_case(t) || v.labels().en == t || v.labels().fr == t) {
        return Some(v);
    }
    let folded = super::text::fold_label(t);
    let mut found = T::iter().filter(|v| {
        let l = v.labels();
        [v.code(), l.en, l.fr].iter().any(|x| super::text::fold_label(x) == folded)
    });
    match (found.next(), found.next()) {
        (Some(v), None) => Some(v),
        _ => None,
    }
}

/// The values of a vocabulary for a refusal to list, as the reader's language writes them: its labels in `lang`,
/// quoted in its way (“Manufacturing”, « Fabrication », no-break spaces inside the guillemets). `from_label` also
/// accepts the other language's labels and the codes; the refusal names only the reader's words.
pub fn accepted_values<T: Coded>(lang: super::Lang) -> String {
    let labels: Vec<String> = T::iter()
        .map(|v| match lang {
            super::Lang::En => format!("“{}”", v.label(lang)),
            super::Lang::Fr => format!("«\u{a0}{}\u{a0}»", v.label(lang)),
        })
        .collect();
    labels.join(", ")
}

/// `text` with each declaration-vocabulary code of two words or more (`fair_wages`, `raw_material`,
/// `supplier_and_tier1`, `s211_report` …) that stands as a word replaced by its label in `lang`, and a code in
/// brackets after its own label (`« Salaire équitable » (fair_wages)`) dropped. For texts formatted and stored
/// before they were labelled (findings of stored assessments), so that a page never shows the code.
pub fn labels_for_codes(text: &str, lang: super::Lang) -> String {
    fn pairs<T: Coded + Into<&'static str>>(out: &mut Vec<(&'static str, Label)>) {
        for v in T::iter() {
            let code: &'static str = v.into();
            if code.contains('_') {
                out.push((code, v.labels()));
            }
        }
    }
    let mut codes = Vec::new();
    pairs::<Right>(&mut codes);
    pairs::<Role>(&mut codes);
    pairs::<Scope>(&mut codes);
    pairs::<DueDiligenceQuestion>(&mut codes);
    let mut out = text.to_string();
    for (code, label) in codes {
        if !out.contains(code) {
            continue;
        }
        out = out.replace(&format!(" ({code})"), "");
        out = replace_word(&out, code, label.get(lang));
    }
    out
}

/// `text` with `word` replaced by `with` where it is not part of a longer word.
fn replace_word(text: &str, word: &str, with: &str) -> String {
    let is_word = |c: char| c.is_alphanumeric() || c == '_';
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    for (i, _) in text.match_indices(word) {
        let (Some(before), Some(after)) = (text.get(..i), text.get(i + word.len()..)) else { continue };
        if i < last {
            continue;
        }
        let alone =
            before.chars().next_back().is_none_or(|c| !is_word(c)) && after.chars().next().is_none_or(|c| !is_word(c));
        if alone {
            out.push_str(text.get(last..i).unwrap_or(""));
            out.push_str(with);
            last = i + word.len();
        }
    }
    out.push_str(text.get(last..).unwrap_or(""));
    out
}

/// The vocabulary value of exactly `code`, or `None`.
fn exact<T: Coded>(code: &str) -> Option<Label> {
    T::iter().find(|v| v.code() == code).map(Coded::labels)
}

/// The labels of a code found in JSON under the name `field`: `role`, `right`, `scope`, `band`, `severity`,
/// `question`, and a finding's `code` (`finding` says the object is a finding). `None` for any other field or a
/// text that is no code of its vocabulary.
pub fn labels_of_field(field: &str, value: &str, finding: bool) -> Option<Label> {
    match field {
        "role" => exact::<Role>(value),
        "right" => exact::<Right>(value),
        "scope" => exact::<Scope>(value),
        "question" => exact::<DueDiligenceQuestion>(value),
        "band" => exact::<super::Band>(value),
        "severity" => exact::<super::Severity>(value),
        "code" if finding => exact::<super::FindingCode>(value),
        _ => None,
    }
}

impl Coded for super::FindingCode {
    fn labels(self) -> Label {
        use super::FindingCode as F;
        let (en, fr) = match self {
            F::AttestationNo => ("Right not attested", "Droit non attesté"),
            F::SupplyCycle => ("Supply cycle", "Cycle d'approvisionnement"),
            F::UnclassifiedGoods => ("Goods not classified", "Biens non classés"),
            F::DisclosureGap => ("Gap in disclosure", "Lacune de divulgation"),
            F::MissingPlaceOfWork => ("Place of work missing", "Lieu de travail manquant"),
            F::ListedEntity => ("Entity on a list", "Entité inscrite sur une liste"),
            F::IneligibleSupplier => ("Ineligible or suspended supplier", "Fournisseur inadmissible ou suspendu"),
            F::RegionMissing => ("Region missing", "Région manquante"),
            F::RegionPresumption => ("Region presumed forced labour", "Région présumée de travail forcé"),
            F::RegionCityMismatch => ("Region and city disagree", "Région et ville discordantes"),
            F::OriginUndisclosed => ("Origin of an input not disclosed", "Origine d'un intrant non divulguée"),
        };
        Label { en, fr }
    }
}

impl Coded for super::Severity {
    fn labels(self) -> Label {
        use super::Severity as S;
        let (en, fr) = match self {
            S::Info => ("Information", "Information"),
            S::Low => ("Low", "Faible"),
            S::Medium => ("Medium", "Moyenne"),
            S::High => ("High", "Élevée"),
        };
        Label { en, fr }
    }
}

impl Coded for super::Band {
    fn labels(self) -> Label {
        use super::Band as B;
        let (en, fr) = match self {
            B::Low => ("Low", "Faible"),
            B::Medium => ("Medium", "Moyen"),
            B::High => ("High", "Élevé"),
            B::Critical => ("Critical", "Critique"),
        };
        Label { en, fr }
    }
}

impl Coded for super::RiskKind {
    fn labels(self) -> Label {
        use super::RiskKind as K;
        let (en, fr) = match self {
            K::ForcedLabour => ("Forced labour", "Travail forcé"),
            K::ChildLabour => ("Child labour", "Travail des enfants"),
        };
        Label { en, fr }
    }
}

/// A goods classification: a UNSPSC code (8 digits, trailing zeros for a higher level) or a GSIN goods code.
#[derive(Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(tag = "scheme", content = "code", rename_all = "snake_case")]
pub enum Classification {
    /// Eight digits: segment, family, class, commodity.
    Unspsc(String),
    /// `N` and four digits, optionally a letter (`N8415`, `N8415A`).
    Gsin(String),
}

impl Classification {
    /// Parses `46181504`, `4618 1504`, `N8415` or `n8415a`; `None` when the text is neither form.
    pub fn parse(s: &str) -> Option<Self> {
        let compact: String = s.chars().filter(|c| !c.is_whitespace() && *c != '-' && *c != '.').collect();
        if compact.len() == 8 && compact.bytes().all(|b| b.is_ascii_digit()) {
            return Some(Classification::Unspsc(compact));
        }
        let upper = compact.to_ascii_uppercase();
        // Byte patterns: a byte of a multi-byte character is never `N`, an ASCII digit or an ASCII letter.
        let gsin = match upper.as_bytes() {
            [b'N', d1, d2, d3, d4, letter @ ..] => {
                [d1, d2, d3, d4].iter().all(|d| d.is_ascii_digit()) && matches!(letter, [] | [b'A'..=b'Z'])
            }
            _ => false,
        };
        gsin.then_some(Classification::Gsin(upper))
    }

    /// The code as written in a workbook.
    pub fn code(&self) -> &str {
        match self {
            Classification::Unspsc(c) | Classification::Gsin(c) => c,
        }
    }
}

impl fmt::Display for Classification {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl fmt::Debug for Classification {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Classification({})", self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::domain::arbitrary_text::{any_length_text, piece, text_of};
    use proptest::prelude::*;
    use std::str::FromStr;

    #[test]
    fn a_refusal_lists_the_values_in_the_readers_words_and_quotes_only() {
        let fr = accepted_values::<Role>(crate::domain::Lang::Fr);
        assert!(fr.contains("«\u{a0}Fabrication\u{a0}»") && fr.contains("«\u{a0}Assemblage final\u{a0}»"), "{fr}");
        assert!(!fr.contains("« ") && !fr.contains(" »"), "no plain space inside the guillemets: {fr}");
        assert!(!fr.contains("Manufacturing") && !fr.contains("manufacturing") && !fr.contains('“'), "{fr}");
        let en = accepted_values::<Role>(crate::domain::Lang::En);
        assert!(en.contains("“Manufacturing”") && !en.contains("Fabrication") && !en.contains("raw_material"), "{en}");
    }

    #[test]
    fn codes_parse_case_insensitively() {
        assert_eq!(Role::from_str("Final_Assembly").unwrap(), Role::FinalAssembly);
        assert_eq!(Right::from_str("FORCED_LABOUR").unwrap(), Right::ForcedLabour);
        assert_eq!(Scope::from_str("supplier_and_tier1").unwrap(), Scope::SupplierAndTier1);
        assert_eq!(DueDiligenceQuestion::from_str("s211_report").unwrap(), DueDiligenceQuestion::S211Report);
        assert!(Role::from_str("smuggling").is_err());
    }

    /// Every code of every closed vocabulary, in its canonical spelling.
    fn all_codes() -> Vec<String> {
        use strum::IntoEnumIterator;
        let mut codes: Vec<String> = Role::iter().map(|c| c.to_string()).collect();
        codes.extend(Right::iter().map(|c| c.to_string()));
        codes.extend(Scope::iter().map(|c| c.to_string()));
        codes.extend(DueDiligenceQuestion::iter().map(|c| c.to_string()));
        codes
    }

    /// A code enum's parse of `s`: when it succeeds, `s` is the code in any ASCII case and the code parses back.
    fn assert_code_well_formed<T>(s: &str)
    where
        T: FromStr + fmt::Display + PartialEq + fmt::Debug,
    {
        if let Ok(v) = T::from_str(s) {
            let code = v.to_string();
            assert!(code.eq_ignore_ascii_case(s), "{s:?} parsed as {code}");
            assert!(code.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_'), "{code}");
            assert_eq!(T::from_str(&code).ok(), Some(v), "parsing is idempotent");
        }
    }

    fn assert_every_code_well_formed(s: &str) {
        assert_code_well_formed::<Role>(s);
        assert_code_well_formed::<Right>(s);
        assert_code_well_formed::<Scope>(s);
        assert_code_well_formed::<DueDiligenceQuestion>(s);
    }

    /// A code with the case of each letter flipped where `flips` says, and text around it.
    fn code_in_text() -> impl Strategy<Value = (String, String)> {
        (
            proptest::sample::select(all_codes()),
            proptest::collection::vec(any::<bool>(), 32),
            prop_oneof![Just(String::new()), text_of(3)],
            prop_oneof![Just(String::new()), text_of(3)],
        )
            .prop_map(|(code, flips, before, after)| {
                let cased: String = code
                    .chars()
                    .zip(flips.iter().cycle())
                    .map(|(c, flip)| if *flip { c.to_ascii_uppercase() } else { c })
                    .collect();
                (code, format!("{before}{cased}{after}"))
            })
    }

    /// What every classification the parser gives back must be.
    fn assert_classification_well_formed(c: &Classification) {
        let code = c.code();
        match c {
            Classification::Unspsc(_) => {
                assert_eq!(code.len(), 8, "{c:?}");
                assert!(code.bytes().all(|b| b.is_ascii_digit()), "{c:?}");
            }
            Classification::Gsin(_) => {
                let b = code.as_bytes();
                assert!(b.len() == 5 || b.len() == 6, "{c:?}");
                assert!(code.starts_with('N'), "{c:?}");
                assert!(code.chars().skip(1).take(4).all(|d| d.is_ascii_digit()), "{c:?}");
                assert!(code.chars().nth(5).is_none_or(|l| l.is_ascii_uppercase()), "{c:?}");
            }
        }
        assert_eq!(c.to_string(), code);
        assert_eq!(Classification::parse(code).as_ref(), Some(c), "parsing is idempotent");
    }

    /// UNSPSC and GSIN codes with separators (and sometimes other text) slipped between their characters.
    fn classification_like() -> impl Strategy<Value = String> {
        let code = prop_oneof!["[0-9]{8}", "[nN][0-9]{4}[a-zA-Z]?", "[0-9]{7,9}", "[nN][0-9]{3,5}[a-zA-Z0-9]{0,2}"];
        let gap = prop_oneof![
            4 => Just(String::new()),
            2 => proptest::sample::select(&[" ", "-", ".", "\u{A0}", "\t"][..]).prop_map(str::to_string),
            1 => piece(),
        ];
        (code, proptest::collection::vec(gap, 12)).prop_map(|(code, gaps)| {
            code.chars().zip(gaps.iter().cycle()).map(|(c, gap)| format!("{gap}{c}")).collect()
        })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn code_enums_parse_any_text_without_panicking(s in any_length_text()) {
            assert_every_code_well_formed(&s);
        }

        #[test]
        fn a_code_in_any_ascii_case_parses_and_text_around_it_is_refused((code, s) in code_in_text()) {
            assert_every_code_well_formed(&s);
            let parsed = [
                Role::from_str(&s).map(|v| v.to_string()),
                Right::from_str(&s).map(|v| v.to_string()),
                Scope::from_str(&s).map(|v| v.to_string()),
                DueDiligenceQuestion::from_str(&s).map(|v| v.to_string()),
            ];
            let recognised: Vec<String> = parsed.into_iter().flatten().collect();
            if s.eq_ignore_ascii_case(&code) {
                prop_assert!(recognised.contains(&code), "{} in {:?}", code, s);
            } else {
                prop_assert!(recognised.iter().all(|r| r.eq_ignore_ascii_case(&s)), "{:?}: {:?}", s, recognised);
            }
        }

        #[test]
        fn a_classification_parsed_from_any_text_is_a_well_formed_code(s in any_length_text()) {
            if let Some(c) = Classification::parse(&s) {
                assert_classification_well_formed(&c);
            }
        }

        #[test]
        fn a_classification_like_text_parses_to_a_well_formed_code_or_nothing(s in classification_like()) {
            if let Some(c) = Classification::parse(&s) {
                assert_classification_well_formed(&c);
            }
        }
    }

    #[test]
    fn codes_in_stored_texts_become_labels() {
        use crate::domain::Lang;
        assert_eq!(
            labels_for_codes("Le droit « Salaire équitable » (fair_wages) n'est pas attesté", Lang::Fr),
            "Le droit « Salaire équitable » n'est pas attesté"
        );
        assert_eq!(labels_for_codes("Attestations: working_hours", Lang::En), "Attestations: Hours of work");
        assert_eq!(labels_for_codes("unfair_wages fair_wages_x", Lang::En), "unfair_wages fair_wages_x");
        assert_eq!(labels_for_codes("raw_material, raw_material", Lang::Fr), "Matière première, Matière première");
    }

    #[test]
    fn labels_and_codes_read_back_and_no_two_labels_collide() {
        fn check<T: Coded + PartialEq + fmt::Debug>() {
            for v in T::iter() {
                for text in [v.code().to_string(), v.labels().en.to_string(), v.labels().fr.to_string()] {
                    assert_eq!(from_label::<T>(&text), Some(v), "{text}");
                    assert_eq!(from_label::<T>(&text.to_uppercase()), Some(v), "{text}");
                }
            }
        }
        check::<Role>();
        check::<Right>();
        check::<Scope>();
        check::<DueDiligenceQuestion>();
        assert_eq!(from_label::<Scope>("Supplier"), Some(Scope::Supplier));
        assert_eq!(from_label::<Role>("Smuggling"), None);
        assert_eq!(from_label::<Role>(""), None);
    }

    #[test]
    fn classifications_accept_unspsc_and_gsin_forms() {
        assert_eq!(Classification::parse("4618 1504"), Some(Classification::Unspsc("46181504".into())));
        assert_eq!(Classification::parse("n8415a"), Some(Classification::Gsin("N8415A".into())));
        assert_eq!(Classification::parse("N84"), None);
        assert_eq!(Classification::parse("4618150"), None);
        assert_eq!(Classification::parse("Né415"), None);
        assert_eq!(Classification::parse("N8415é"), None);
        assert_eq!(Classification::parse("N841é"), None);
    }
}
