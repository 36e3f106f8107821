//! What a rule says, as data: a message of the catalogues (`templates/locales/{en,fr}/*.ftl`) named by its dotted key,
//! with a typed value for each of its variables. The rules build it; the edge puts it into words in the reader's
//! language (`reports::Catalog::say`): numbers by CLDR's rules, days in words, fields by their labels. No sentence is
//! formatted where the rule is decided.

use chrono::NaiveDate;

/// A message by its dotted key (`case.refused.delivery_later`), with its variables.
#[derive(Debug, Clone, PartialEq)]
pub struct Message {
    /// The dotted key of the message in both catalogues.
    pub key: &'static str,
    /// Each variable of the message by name, with its value.
    pub args: Vec<(&'static str, Arg)>,
}

/// The value of one variable of a [`Message`].
#[derive(Debug, Clone, PartialEq)]
pub enum Arg {
    /// Shown as it is: a value quoted as it was typed, a name, a reference.
    Text(String),
    /// A number, written by CLDR's rules of the language (it also chooses a plural form).
    Number(f64),
    /// A day, said in words (`November 30, 2026`, `30 novembre 2026`).
    Day(NaiveDate),
    /// The message of this dotted key in the reader's language: a field's label, a code's label.
    Label(String),
    /// Another message, said in the same language.
    Said(Box<Message>),
    /// Messages said one after the other, joined by the language's list separator (`; `, `\u{202f}; `).
    List(Vec<Message>),
    /// Sentences said one after the other, joined by a space.
    Sentences(Vec<Message>),
    /// A name given in both languages by data outside the catalogues (a risk model's goods category, a policy's
    /// title): the reader's.
    Names { en: String, fr: String },
}

impl Message {
    /// A message without variables.
    pub fn new(key: &'static str) -> Message {
        Message { key, args: Vec::new() }
    }

    /// The message with the variable `name` set to `value`.
    pub fn with(mut self, name: &'static str, value: Arg) -> Message {
        self.args.push((name, value));
        self
    }

    /// The message with the variable `name` set to a text shown as it is.
    pub fn text(self, name: &'static str, value: impl Into<String>) -> Message {
        self.with(name, Arg::Text(value.into()))
    }

    /// The message with the variable `name` set to a day said in words.
    pub fn day(self, name: &'static str, day: NaiveDate) -> Message {
        self.with(name, Arg::Day(day))
    }

    /// The message with the variable `name` set to a number (`f64` holds every count and amount said here exactly).
    pub fn number(self, name: &'static str, n: impl Into<f64>) -> Message {
        self.with(name, Arg::Number(n.into()))
    }

    /// The message with the variable `name` set to a name given in both languages.
    pub fn names(self, name: &'static str, en: impl Into<String>, fr: impl Into<String>) -> Message {
        self.with(name, Arg::Names { en: en.into(), fr: fr.into() })
    }

    /// The message with the variable `name` set to another message.
    pub fn said(self, name: &'static str, inner: Message) -> Message {
        self.with(name, Arg::Said(Box::new(inner)))
    }

    /// The message with the variable `name` set to the label of the dotted key `key` in the reader's language.
    pub fn label(self, name: &'static str, key: impl Into<String>) -> Message {
        self.with(name, Arg::Label(key.into()))
    }
}

/// How a message is put into words in a language: `reports::say`, the compiled-in catalogues. Given to the domain
/// once by the program ([`give_voice`]), so that the rules below `reports` (the intake's refusals, a list file's
/// problems) can keep the texts their records hold (`Issue::message_en`/`message_fr`) without naming `reports`,
/// which uses them.
pub type Voice = fn(super::Lang, &Message) -> String;

static VOICE: std::sync::OnceLock<Voice> = std::sync::OnceLock::new();

/// Gives the domain its voice: what the binary does first (`main.rs`, the intake worker included) and what start-up
/// does (`startup::build_state`, for the service and the tests that spawn it). The first one given stays; giving the
/// same again changes nothing.
pub fn give_voice(voice: Voice) {
    // A second call gives the same function (there is one catalogue): nothing to change.
    let _ = VOICE.set(voice);
}

/// The voice given, or in the crate's own unit tests the catalogues' (tests may reach anywhere).
fn voice() -> Option<Voice> {
    #[cfg(test)]
    {
        Some(*VOICE.get_or_init(|| crate::reports::say))
    }
    #[cfg(not(test))]
    {
        VOICE.get().copied()
    }
}

/// A message in words in a language, by the voice given ([`give_voice`]). A program that gave none (a library user,
/// a fuzz target) gets the message's dotted key, as the catalogues say a key they lack: never a sentence made here.
pub fn say(lang: super::Lang, message: &Message) -> String {
    match voice() {
        Some(voice) => voice(lang, message),
        None => message.key.to_string(),
    }
}

/// A message in English and in French ([`say`]).
pub fn say_both(message: &Message) -> (String, String) {
    (say(super::Lang::En, message), say(super::Lang::Fr, message))
}

/// Why a file could not be read or written, as the catalogues' `$why` selectors name it (`cli-file`,
/// `model-error_read`): `not_found`, `denied`, `directory`, else `other` (the system's own words then follow).
pub fn io_cause(e: &std::io::Error) -> &'static str {
    match e.kind() {
        std::io::ErrorKind::NotFound => "not_found",
        std::io::ErrorKind::PermissionDenied => "denied",
        std::io::ErrorKind::IsADirectory => "directory",
        _ => "other",
    }
}

/// A failure whose words are a message of the catalogues, carried through `anyhow` to where it is shown in the
/// reader's language (a command's `--lang`: `cli::in_words`): a database that is not there, a file that cannot be
/// read, a model that cannot be found. `Display` gives the English words, for logs and callers that have no language.
#[derive(Debug, Clone, PartialEq)]
pub struct SaidError(pub Message);

impl std::fmt::Display for SaidError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&say(super::Lang::En, &self.0))
    }
}

impl std::error::Error for SaidError {}
