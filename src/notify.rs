//! Sending the outbox by e-mail through an SMTP relay.
//!
//! Messages are written to the `notification_outbox` table in the transaction of the event they tell of
//! (`storage::cases::enqueue`), so an event is never stored without its messages, nor a message without its event.
//! A sender task looks at the outbox every `poll_secs` and sends what is due; a message the relay does not take is
//! tried again later (30 s, 1 min, 2 min … doubling up to one hour between tries) until it goes, unless the relay
//! refuses it for good (a permanent SMTP error, or an address that cannot be one), which is recorded and not
//! retried. Without a relay configured, messages wait in the outbox.

use std::time::Duration;

use chrono::{DateTime, Utc};
use lettre::message::{Mailbox, header::ContentType};
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use serde::{Deserialize, Serialize};

use crate::cases::messages::{MessageLang, closing};
use crate::storage::{OutboxMessage, StorageError, Store};

/// How the service sends e-mail.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(default)]
pub struct MailSettings {
    /// The SMTP relay as a URL: `smtp://relay.example:25` (plain, for a relay on the local network),
    /// `smtp://user:password@relay.example:587?tls=required` (STARTTLS), `smtps://relay.example:465` (TLS). Without
    /// it nothing is sent and messages wait in the outbox.
    pub relay: Option<String>,
    /// The sender: `Chaînon <chainon@example.gc.ca>`.
    pub from: String,
    /// The service's public address (`https://chainon.example.gc.ca`), to give each message the full address of
    /// its page; without it the message gives the page's path.
    pub public_url: Option<String>,
    /// Seconds between two looks at the outbox (default 10).
    pub poll_secs: u64,
    /// Seconds one SMTP exchange may take (default 30).
    pub timeout_secs: u64,
}

impl Default for MailSettings {
    fn default() -> Self {
        MailSettings {
            relay: None,
            from: "Chaînon <chainon@localhost>".into(),
            public_url: None,
            poll_secs: 10,
            timeout_secs: 30,
        }
    }
}

/// A mail setting that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum MailError {
    /// `mail.relay` is not a relay's URL lettre can use.
    #[error("mail.relay")]
    Relay(#[source] lettre::transport::smtp::Error),
    /// `mail.from` is not an address.
    #[error("mail.from `{value}`: not an e-mail address with an optional name")]
    From {
        value: String,
        #[source]
        source: lettre::address::AddressError,
    },
}

/// Why one message did not go.
#[derive(Debug, thiserror::Error)]
enum SendError {
    /// The outbox row's recipient is not an address.
    #[error("recipient `{recipient}`")]
    Recipient {
        recipient: String,
        #[source]
        source: lettre::address::AddressError,
    },
    /// The message could not be built.
    #[error("building the message")]
    Build(#[from] lettre::error::Error),
    /// The relay did not take it.
    #[error("the relay")]
    Relay(#[from] lettre::transport::smtp::Error),
}

/// Sends outbox messages through one relay.
#[derive(Clone)]
pub struct Mailer {
    transport: AsyncSmtpTransport<Tokio1Executor>,
    from: Mailbox,
    public_url: Option<String>,
}

/// What one pass over the outbox did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pass {
    pub sent: usize,
    /// Not taken this time; tried again later.
    pub deferred: usize,
    /// Refused for good.
    pub failed: usize,
}

/// The wait before the next try after `attempts` failed ones: 30 s doubled for each, at most one hour.
pub fn backoff(attempts: i32) -> chrono::Duration {
    let exp = u32::try_from(attempts.clamp(0, 20)).unwrap_or(0);
    let secs = 30i64.saturating_mul(1i64 << exp.min(7));
    chrono::Duration::seconds(secs.min(3600))
}

impl Mailer {
    /// The mailer of the settings, or `None` when no relay is configured.
    pub fn from_settings(s: &MailSettings) -> Result<Option<Mailer>, MailError> {
        let Some(relay) = s.relay.as_deref().map(str::trim).filter(|r| !r.is_empty()) else { return Ok(None) };
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(relay)
            .map_err(MailError::Relay)?
            .timeout(Some(Duration::from_secs(s.timeout_secs.max(1))))
            .build();
        let from: Mailbox = s.from.parse().map_err(|source| MailError::From { value: s.from.clone(), source })?;
        let public_url = s.public_url.as_deref().map(|u| u.trim_end_matches('/').to_string()).filter(|u| !u.is_empty());
        Ok(Some(Mailer { transport, from, public_url }))
    }

    fn email(&self, m: &OutboxMessage, words: &crate::storage::WordsFn) -> Result<Message, SendError> {
        let to: Mailbox =
            m.recipient.parse().map_err(|source| SendError::Recipient { recipient: m.recipient.clone(), source })?;
        let link = match &self.public_url {
            Some(base) => format!("{base}{}", m.about),
            None => m.about.clone(),
        };
        let lang = MessageLang::from_code(&m.lang);
        let body = format!("{}{}", m.body, closing(lang, &link, &|l, said| words.say(l, said)));
        Message::builder()
            .from(self.from.clone())
            .to(to)
            .subject(m.subject.clone())
            .header(ContentType::TEXT_PLAIN)
            .body(body)
            .map_err(SendError::Build)
    }

    /// Sends one message; `Err((why, permanent))` when it did not go. `why` is text: the outbox row keeps it for
    /// the administrators who read why a message did not go (the error with its causes).
    async fn send(&self, m: &OutboxMessage, words: &crate::storage::WordsFn) -> Result<(), (String, bool)> {
        let told = |e: SendError| crate::telemetry::Chain(&e).to_string();
        let email = self.email(m, words).map_err(|e| (told(e), true))?;
        match self.transport.send(email).await {
            Ok(_) => Ok(()),
            Err(e) => {
                let permanent = e.is_permanent();
                Err((told(SendError::Relay(e)), permanent))
            }
        }
    }

    /// Sends every message due at `now` (at most 100) and records what became of each.
    pub async fn send_due(&self, store: &Store, now: DateTime<Utc>) -> Result<Pass, StorageError> {
        let mut pass = Pass::default();
        for m in store.due_notifications(now, 100).await? {
            let outcome = self.send(&m, store.words()).await;
            match &outcome {
                Ok(()) => pass.sent += 1,
                Err((e, true)) => {
                    tracing::warn!(id = m.id, error = %e, "the relay refused a message for good");
                    pass.failed += 1;
                }
                Err((e, false)) => {
                    tracing::info!(id = m.id, attempts = m.attempts + 1, error = %e, "a message will be tried again");
                    pass.deferred += 1;
                }
            }
            store.record_delivery(m.id, now, outcome, now + backoff(m.attempts)).await?;
        }
        Ok(pass)
    }
}

/// Starts the sender: every `poll_secs` it sends what is due. It runs until the process stops.
pub fn spawn(store: Store, mailer: Mailer, poll_secs: u64) -> tokio::task::JoinHandle<()> {
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(Duration::from_secs(poll_secs.max(1)));
        tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            tick.tick().await;
            if let Err(e) = mailer.send_due(&store, Utc::now()).await {
                tracing::warn!(error = %crate::telemetry::Chain(&e), "the outbox could not be read or updated; trying again later");
            }
        }
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn retries_wait_longer_each_time_up_to_an_hour() {
        let secs: Vec<i64> = (0..10).map(|a| backoff(a).num_seconds()).collect();
        assert_eq!(secs, vec![30, 60, 120, 240, 480, 960, 1920, 3600, 3600, 3600]);
        assert_eq!(backoff(-3).num_seconds(), 30);
        assert_eq!(backoff(i32::MAX).num_seconds(), 3600);
    }

    #[test]
    fn a_relay_is_optional_and_a_bad_sender_is_refused() {
        assert!(Mailer::from_settings(&MailSettings::default()).unwrap().is_none());
        let bad = MailSettings {
            relay: Some("smtp://127.0.0.1:1".into()),
            from: "not an address".into(),
            ..Default::default()
        };
        assert!(matches!(Mailer::from_settings(&bad), Err(MailError::From { .. })));
        let wrong = MailSettings { relay: Some("ftp://x".into()), ..Default::default() };
        assert!(matches!(Mailer::from_settings(&wrong), Err(MailError::Relay(_))));
    }
}
