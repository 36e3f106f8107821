//! The messages a supplier is sent when something awaits it (a notice, a decision, a request for information), in
//! its language: English, French, or both (English first) when its language is not known. Pure text, its days in
//! words by the `DayWords` the edge gives (`reports::dates::long_date`: `December 9, 2026`, `9 décembre 2026`);
//! storage puts them in the outbox in the transaction of the event they tell of, and `notify` sends them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{DayWords, Outcome};
use crate::domain::Lang;

/// The language a message is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum MessageLang {
    En,
    Fr,
    /// English then French: the recipient's language is not known (the Official Languages Act's default for a
    /// communication to the public).
    Both,
}

impl MessageLang {
    /// As stored in the outbox: `en`, `fr` or `en+fr`.
    pub fn code(self) -> &'static str {
        match self {
            MessageLang::En => "en",
            MessageLang::Fr => "fr",
            MessageLang::Both => "en+fr",
        }
    }

    /// From a stored code; anything else is `Both`.
    pub fn from_code(code: &str) -> MessageLang {
        match code {
            "en" => MessageLang::En,
            "fr" => MessageLang::Fr,
            _ => MessageLang::Both,
        }
    }

    /// The recipient's known language, or both.
    pub fn of(known: Option<Lang>) -> MessageLang {
        match known {
            Some(Lang::En) => MessageLang::En,
            Some(Lang::Fr) => MessageLang::Fr,
            None => MessageLang::Both,
        }
    }
}

/// A message: subject and plain-text body, and the page of the service it is about (a path such as `/cases/12`,
/// joined to the service's public address when it is sent).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub lang: MessageLang,
    pub subject: String,
    pub body: String,
    pub about: String,
}

/// What happened that the supplier must know of.
#[derive(Debug, Clone, PartialEq)]
pub enum Occasion<'a> {
    /// A notice in a compliance case: its number in the case, subject, sent and respond-by days.
    Notice {
        case_id: i64,
        contract_number: &'a str,
        number: u32,
        subject: &'a str,
        sent_on: NaiveDate,
        respond_by: NaiveDate,
    },
    /// A decision in a compliance case.
    Decision { case_id: i64, contract_number: &'a str, outcome: Outcome },
    /// A request for information or clarification about a bid.
    Request { request_id: i64, solicitation_number: &'a str, subject: &'a str, respond_by: NaiveDate },
}

/// An outcome in words, in English and French (what messages and refusals say instead of its code).
pub(crate) fn outcome_words(o: Outcome) -> (&'static str, &'static str) {
    match o {
        Outcome::Continue => ("the contract continues", "le contrat se poursuit"),
        Outcome::Remediate => ("remediation", "mesures correctives"),
        Outcome::StopWork => ("stop work", "arrêt des travaux"),
        Outcome::TerminateForDefault => ("termination for default", "résiliation pour manquement"),
        Outcome::TerminateByMutualConsent => ("termination by mutual consent", "résiliation d'un commun accord"),
    }
}

/// The (subject, body, about) of an occasion in one language, its days said by `day`.
fn one(occasion: &Occasion, fr: bool, day: DayWords<'_>) -> (String, String, String) {
    let lang = if fr { Lang::Fr } else { Lang::En };
    match occasion {
        Occasion::Notice { case_id, contract_number, number, subject, sent_on, respond_by } => {
            let about = format!("/cases/{case_id}");
            let (sent_on, respond_by) = (day(lang, *sent_on), day(lang, *respond_by));
            if fr {
                (
                    format!("Avis {number} — contrat {contract_number} : répondre d'ici le {respond_by}"),
                    format!(
                        "Un avis vous a été envoyé le {sent_on} dans le dossier de conformité nº {case_id} (contrat {contract_number}) : « {subject} ».\n\nVous pouvez le lire et y répondre jusqu'au {respond_by} inclusivement, sur la page du dossier."
                    ),
                    about,
                )
            } else {
                (
                    format!("Notice {number} — contract {contract_number}: respond by {respond_by}"),
                    format!(
                        "A notice was sent to you on {sent_on} in compliance case #{case_id} (contract {contract_number}): “{subject}”.\n\nYou can read it and respond until {respond_by} inclusive, on the case's page."
                    ),
                    about,
                )
            }
        }
        Occasion::Decision { case_id, contract_number, outcome } => {
            let (en, fr_word) = outcome_words(*outcome);
            let about = format!("/cases/{case_id}");
            if fr {
                (
                    format!("Décision — contrat {contract_number} : {fr_word}"),
                    format!(
                        "Une décision a été consignée dans le dossier de conformité nº {case_id} (contrat {contract_number}) : {fr_word}.\n\nSes motifs figurent sur la page du dossier."
                    ),
                    about,
                )
            } else {
                (
                    format!("Decision — contract {contract_number}: {en}"),
                    format!(
                        "A decision was recorded in compliance case #{case_id} (contract {contract_number}): {en}.\n\nIts reasons are on the case's page."
                    ),
                    about,
                )
            }
        }
        Occasion::Request { request_id, solicitation_number, subject, respond_by } => {
            let about = format!("/requests/{request_id}");
            let respond_by = day(lang, *respond_by);
            if fr {
                (
                    format!(
                        "Demande de renseignements — invitation {solicitation_number} : répondre d'ici le {respond_by}"
                    ),
                    format!(
                        "L'agent d'approvisionnement vous demande des renseignements ou des précisions sur votre soumission à l'invitation {solicitation_number} : « {subject} ».\n\nVous pouvez répondre jusqu'au {respond_by} inclusivement, par une réponse écrite ou une nouvelle déclaration."
                    ),
                    about,
                )
            } else {
                (
                    format!("Request for information — solicitation {solicitation_number}: respond by {respond_by}"),
                    format!(
                        "The procurement officer asks you for information or clarification on your bid for solicitation {solicitation_number}: “{subject}”.\n\nYou can respond until {respond_by} inclusive, with a written answer or a new declaration."
                    ),
                    about,
                )
            }
        }
    }
}

/// The message of an occasion in a language (both: English then French, subjects joined by " / "), its days in
/// words by `day` (`reports::dates::long_date` where the catalogues are at hand).
pub fn message(occasion: &Occasion, lang: MessageLang, day: DayWords<'_>) -> Message {
    match lang {
        MessageLang::En | MessageLang::Fr => {
            let (subject, body, about) = one(occasion, lang == MessageLang::Fr, day);
            Message { lang, subject, body, about }
        }
        MessageLang::Both => {
            let (se, be, about) = one(occasion, false, day);
            let (sf, bf, _) = one(occasion, true, day);
            Message {
                lang,
                subject: format!("{se} / {sf}"),
                body: format!("(Le français suit l'anglais.)\n\n{be}\n\n———\n\n{bf}"),
                about,
            }
        }
    }
}

/// The closing line that points to the page, in the message's language: `link` is the page's full address, or its
/// path when the service's public address is not configured.
pub fn closing(lang: MessageLang, link: &str) -> String {
    match lang {
        MessageLang::En => format!("\n\nOpen: {link}\n"),
        MessageLang::Fr => format!("\n\nOuvrir : {link}\n"),
        MessageLang::Both => format!("\n\nOpen / Ouvrir : {link}\n"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// Days in words as the service says them (`reports::dates::long_date`, from the catalogues).
    fn words(lang: Lang, d: NaiveDate) -> String {
        static CATALOG: std::sync::LazyLock<crate::reports::Catalog> =
            std::sync::LazyLock::new(|| crate::reports::Catalog::embedded().unwrap());
        crate::reports::dates::long_date(&CATALOG, lang, d)
    }

    #[test]
    fn a_notice_message_is_in_the_recipients_language_or_both() {
        let o = Occasion::Notice {
            case_id: 12,
            contract_number: "W8486-26-0042/001",
            number: 1,
            subject: "Allegation",
            sent_on: d("2026-11-29"),
            respond_by: d("2026-12-09"),
        };
        let fr = message(&o, MessageLang::Fr, &words);
        assert!(
            fr.subject.starts_with("Avis 1 — contrat W8486-26-0042/001")
                && fr.body.contains("jusqu'au 9 décembre 2026 inclusivement")
                && fr.body.contains("envoyé le 29 novembre 2026")
        );
        assert!(!fr.body.contains("respond"));
        let en = message(&o, MessageLang::En, &words);
        assert!(en.subject.contains("respond by December 9, 2026") && !en.body.contains("dossier"));
        assert!(en.body.contains("sent to you on November 29, 2026"), "{}", en.body);
        let both = message(&o, MessageLang::Both, &words);
        assert!(both.subject.contains(" / Avis 1") && both.body.contains(&en.body) && both.body.contains(&fr.body));
        assert_eq!(both.about, "/cases/12");
        assert_eq!(MessageLang::from_code(MessageLang::Both.code()), MessageLang::Both);
        assert!(closing(MessageLang::Fr, "https://x/cases/12").contains("Ouvrir : https://x/cases/12"));
    }

    /// No message a supplier reads says a day in ISO 8601: every day of every occasion is in words, in each
    /// language (a request's deadline, a notice's sending and deadline, on the first of a month too).
    #[test]
    fn no_message_says_a_day_in_iso_form() {
        let iso = |s: &str| {
            s.as_bytes().windows(10).any(|w| {
                w.iter().enumerate().all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() })
            })
        };
        for (sent, by) in [("2026-11-29", "2026-12-09"), ("2027-02-20", "2027-03-01"), ("2026-12-31", "2027-01-10")] {
            let occasions = [
                Occasion::Notice {
                    case_id: 3,
                    contract_number: "K-1",
                    number: 2,
                    subject: "S",
                    sent_on: d(sent),
                    respond_by: d(by),
                },
                Occasion::Request { request_id: 4, solicitation_number: "W-1", subject: "S", respond_by: d(by) },
            ];
            for o in &occasions {
                for lang in [MessageLang::En, MessageLang::Fr, MessageLang::Both] {
                    let m = message(o, lang, &words);
                    assert!(!iso(&m.subject) && !iso(&m.body), "{lang:?}: {} / {}", m.subject, m.body);
                }
            }
        }
        let first = message(
            &Occasion::Request { request_id: 4, solicitation_number: "W-1", subject: "S", respond_by: d("2027-03-01") },
            MessageLang::Fr,
            &words,
        );
        assert!(first.subject.ends_with("répondre d'ici le 1er mars 2027"), "{}", first.subject);
    }
}
