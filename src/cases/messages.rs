//! The messages a supplier is sent when something awaits it (a notice, a decision, a request for information), and
//! officers and auditors when screening finds new alerts, in the recipient's language: English, French, or both (English first) when its language is not known. Their words are the
//! catalogues' (`email.*`), said by the `Say` the edge gives (`reports::Catalog::say`: days as `December 9, 2026`,
//! `9 décembre 2026`); storage puts them in the outbox in the transaction of the event they tell of, and `notify`
//! sends them.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::{Outcome, Say};
use crate::domain::{Lang, Message};

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
pub struct EmailMessage {
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
    /// New screening alerts, for officers and auditors: `count` hits (1 or more) newly open against the list named
    /// `list` (English, French), found by an edition of it re-screening every stored declaration (`declaration`
    /// `None`), or at the intake of one declaration (its id and supplier's name).
    ScreeningAlerts { count: u32, list: (&'a str, &'a str), declaration: Option<(i64, &'a str)> },
}

/// The (subject, body, about) of an occasion in one language, said by `say` (`email.*` in the catalogues: its days
/// in words, its outcome in words).
fn one(occasion: &Occasion, lang: Lang, say: Say<'_>) -> (String, String, String) {
    let both = |subject: Message, body: Message| (say(lang, &subject), say(lang, &body));
    match occasion {
        Occasion::Notice { case_id, contract_number, number, subject, sent_on, respond_by } => {
            let m = |key| {
                Message::new(key)
                    .text("number", number.to_string())
                    .text("case", case_id.to_string())
                    .text("contract", *contract_number)
                    .text("subject", *subject)
                    .day("sent_on", *sent_on)
                    .day("respond_by", *respond_by)
            };
            let (s, b) = both(m("email.notice.subject"), m("email.notice.body"));
            (s, b, format!("/cases/{case_id}"))
        }
        Occasion::Decision { case_id, contract_number, outcome } => {
            let m = |key| {
                Message::new(key)
                    .text("case", case_id.to_string())
                    .text("contract", *contract_number)
                    .text("outcome", outcome.as_ref())
            };
            let (s, b) = both(m("email.decision.subject"), m("email.decision.body"));
            (s, b, format!("/cases/{case_id}"))
        }
        Occasion::Request { request_id, solicitation_number, subject, respond_by } => {
            let m = |key| {
                Message::new(key)
                    .text("solicitation", *solicitation_number)
                    .text("subject", *subject)
                    .day("respond_by", *respond_by)
            };
            let (s, b) = both(m("email.request.subject"), m("email.request.body"));
            (s, b, format!("/requests/{request_id}"))
        }
        Occasion::ScreeningAlerts { count, list: (list_en, list_fr), declaration } => {
            let m = |key| Message::new(key).number("count", *count).names("list", *list_en, *list_fr);
            let body = match declaration {
                Some((id, supplier)) => m("email.screening_alerts.body_intake")
                    .text("declaration", id.to_string())
                    .text("supplier", *supplier),
                None => m("email.screening_alerts.body_edition"),
            };
            let (s, b) = both(m("email.screening_alerts.subject"), body);
            (s, b, "/screening/alerts".to_string())
        }
    }
}

/// The message of an occasion in a language (both: English then French, subjects joined by " / ", the body's
/// French after a line saying so in French), said by `say` (`reports::Catalog::say` where the catalogues are at
/// hand: its days in words, `December 9, 2026`, `9 décembre 2026`).
pub fn message(occasion: &Occasion, lang: MessageLang, say: Say<'_>) -> EmailMessage {
    match lang {
        MessageLang::En | MessageLang::Fr => {
            let (subject, body, about) = one(occasion, if lang == MessageLang::Fr { Lang::Fr } else { Lang::En }, say);
            EmailMessage { lang, subject, body, about }
        }
        MessageLang::Both => {
            let (se, be, about) = one(occasion, Lang::En, say);
            let (sf, bf, _) = one(occasion, Lang::Fr, say);
            let follows = say(Lang::Fr, &Message::new("email.french_follows"));
            EmailMessage {
                lang,
                subject: format!("{se} / {sf}"),
                body: format!("{follows}\n\n{be}\n\n———\n\n{bf}"),
                about,
            }
        }
    }
}

/// The closing line that points to the page, in the message's language (`email.open`; both: `Open / Ouvrir`), said
/// by `say`: `link` is the page's full address, or its path when the service's public address is not configured.
pub fn closing(lang: MessageLang, link: &str, say: Say<'_>) -> String {
    let open = |lang| say(lang, &Message::new("email.open").text("link", link));
    let line = match lang {
        MessageLang::En => open(Lang::En),
        MessageLang::Fr => open(Lang::Fr),
        MessageLang::Both => say(Lang::Fr, &Message::new("email.open_both").text("link", link)),
    };
    format!("\n\n{line}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> NaiveDate {
        s.parse().unwrap()
    }

    /// Messages in words as the service says them (`reports::Catalog::say`, from the catalogues).
    fn words(lang: Lang, m: &Message) -> String {
        static CATALOG: std::sync::LazyLock<crate::reports::Catalog> =
            std::sync::LazyLock::new(|| crate::reports::Catalog::embedded().unwrap());
        CATALOG.say(lang, m)
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
        assert_eq!(closing(MessageLang::Fr, "https://x/cases/12", &words), "\n\nOuvrir\u{a0}: https://x/cases/12\n");
        assert_eq!(closing(MessageLang::En, "https://x/cases/12", &words), "\n\nOpen: https://x/cases/12\n");
        assert_eq!(closing(MessageLang::Both, "/cases/12", &words), "\n\nOpen / Ouvrir\u{a0}: /cases/12\n");
    }

    /// Every message, in each language, is the catalogues' words with its paragraphs, French spacing and
    /// guillemets: the same words it had when they were written here, typography put right.
    #[test]
    fn every_message_is_said_by_the_catalogues_with_its_paragraphs_and_french_spacing() {
        let notice = Occasion::Notice {
            case_id: 12,
            contract_number: "W8486-26-0042/001",
            number: 1,
            subject: "Allegation",
            sent_on: d("2026-11-29"),
            respond_by: d("2026-12-09"),
        };
        let fr = message(&notice, MessageLang::Fr, &words);
        assert_eq!(fr.subject, "Avis 1 — contrat W8486-26-0042/001\u{a0}: répondre d'ici le 9 décembre 2026");
        assert_eq!(
            fr.body,
            "Un avis vous a été envoyé le 29 novembre 2026 dans le dossier de conformité nº 12 (contrat \
             W8486-26-0042/001)\u{a0}: «\u{a0}Allegation\u{a0}».\n\nVous pouvez le lire et y répondre jusqu'au 9 \
             décembre 2026 inclusivement, sur la page du dossier."
        );
        let en = message(&notice, MessageLang::En, &words);
        assert_eq!(en.subject, "Notice 1 — contract W8486-26-0042/001: respond by December 9, 2026");
        assert_eq!(
            en.body,
            "A notice was sent to you on November 29, 2026 in compliance case #12 (contract W8486-26-0042/001): \
             “Allegation”.\n\nYou can read it and respond until December 9, 2026 inclusive, on the case's page."
        );
        let both = message(&notice, MessageLang::Both, &words);
        assert_eq!(both.body, format!("(Le français suit l'anglais.)\n\n{}\n\n———\n\n{}", en.body, fr.body));
        // A case's number is a number of its own, never grouped as a quantity.
        let big = Occasion::Decision { case_id: 12345, contract_number: "K-1", outcome: Outcome::StopWork };
        let fr = message(&big, MessageLang::Fr, &words);
        assert_eq!(fr.subject, "Décision — contrat K-1\u{a0}: arrêt des travaux");
        assert_eq!(
            fr.body,
            "Une décision a été consignée dans le dossier de conformité nº 12345 (contrat K-1)\u{a0}: arrêt des \
             travaux.\n\nSes motifs figurent sur la page du dossier."
        );
        let en = message(&big, MessageLang::En, &words);
        assert!(
            en.body.starts_with("A decision was recorded in compliance case #12345 (contract K-1): stop work.\n\n")
        );
        for outcome in <Outcome as strum::IntoEnumIterator>::iter() {
            let o = Occasion::Decision { case_id: 1, contract_number: "K-1", outcome };
            for lang in [MessageLang::En, MessageLang::Fr] {
                let m = message(&o, lang, &words);
                assert!(!m.subject.contains('_') && !m.body.contains('_'), "{outcome:?}: {}", m.subject);
            }
        }
        let request = Occasion::Request {
            request_id: 4,
            solicitation_number: "W-1",
            subject: "Sizes",
            respond_by: d("2027-03-01"),
        };
        let fr = message(&request, MessageLang::Fr, &words);
        assert_eq!(fr.subject, "Demande de renseignements — invitation W-1\u{a0}: répondre d'ici le 1er mars 2027");
        assert!(
            fr.body.contains("à l'invitation W-1\u{a0}: «\u{a0}Sizes\u{a0}».\n\nVous pouvez répondre"),
            "{}",
            fr.body
        );
        let en = message(&request, MessageLang::En, &words);
        assert_eq!(en.subject, "Request for information — solicitation W-1: respond by March 1, 2027");
        assert!(en.body.ends_with("until March 1, 2027 inclusive, with a written answer or a new declaration."));
        assert_eq!(en.about, "/requests/4");
    }

    /// New screening alerts are told in the recipient's language with CLDR plurals (French `1` is singular), the
    /// list by its name in that language, a declaration received by its number and supplier; the page is the alerts.
    #[test]
    fn screening_alerts_are_counted_and_named_in_each_language() {
        let list = ("UFLPA Entity List", "Liste d'entités de l'UFLPA");
        let one = Occasion::ScreeningAlerts { count: 1, list, declaration: Some((12345, "Cordages Nord inc.")) };
        let fr = message(&one, MessageLang::Fr, &words);
        assert_eq!(fr.subject, "Filtrage\u{a0}: une nouvelle alerte sur Liste d'entités de l'UFLPA");
        assert!(
            fr.body.starts_with(
                "La déclaration nº 12345 de Cordages Nord inc., qui vient d'être reçue, a été comparée à Liste \
                 d'entités de l'UFLPA\u{a0}: une nouvelle correspondance attend la décision d'un agent.\n\n"
            ),
            "{}",
            fr.body
        );
        let en = message(&one, MessageLang::En, &words);
        assert_eq!(en.subject, "Screening: a new alert on UFLPA Entity List");
        assert!(en.body.starts_with("Declaration #12345 of Cordages Nord inc., just received"), "{}", en.body);
        assert_eq!(en.about, "/screening/alerts");
        let many = Occasion::ScreeningAlerts { count: 1250, list, declaration: None };
        let fr = message(&many, MessageLang::Fr, &words);
        assert!(fr.subject.starts_with("Filtrage\u{a0}: 1\u{a0}250 nouvelles alertes sur "), "{}", fr.subject);
        assert!(fr.body.contains("1\u{a0}250 nouvelles correspondances attendent"), "{}", fr.body);
        let en = message(&many, MessageLang::En, &words);
        assert_eq!(en.subject, "Screening: 1,250 new alerts on UFLPA Entity List");
        assert!(en.body.starts_with("A new edition of UFLPA Entity List was screened against every declaration"));
        assert!(!en.body.contains("Declaration #") && !fr.body.contains('_'), "{}", en.body);
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
