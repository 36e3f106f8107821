//! Message catalogues in Project Fluent: `templates/locales/{en,fr}/*.ftl` (`catalog.ftl`, converted from the
//! former flat TOML catalogues by a script, and hand-written `explain.ftl`, `plurals.ftl`), both languages with the
//! same messages and the same variables (a test checks). Callers name a message by a dotted key (`band.high`, `home.title`); its
//! Fluent id is the key with `-` for `.` (`band-high`). Numbers given to a message are written by CLDR's rules
//! (`reports::numbers`), plurals chosen by CLDR's plural rules (Fluent's selectors).

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::{FxHashMap, FxHashSet};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberStyle};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use fluent_syntax::ast;
use rust_embed::RustEmbed;

use super::error::{CatalogError, ReportError};
use super::numbers;
use crate::domain::Lang;

#[derive(RustEmbed)]
#[folder = "templates/locales/"]
#[include = "*.ftl"]
struct Locales;

/// The messages of one language: the Fluent bundle, and each message's text with its variables written
/// `{name}` (what `Catalog::get` gives), and its variables; the messages without variables, formatted once (what
/// `Catalog::format` gives for them without asking Fluent again: most of a page's messages are such labels).
struct Messages {
    bundle: FluentBundle<FluentResource>,
    plain: BTreeMap<String, String>,
    vars: BTreeMap<String, BTreeSet<String>>,
    fixed: FxHashMap<String, String>,
    /// Every day of the year in words, formatted once by `date.long` with the year left as [`YEAR_MARK`]: indexed
    /// by month and day (`31 × (month − 1) + day − 1`), so [`Catalog::long_date`] asks Fluent nothing.
    days: Vec<String>,
    /// `date.time` formatted once with [`DATE_MARK`] and [`TIME_MARK`] for its variables.
    moment: String,
}

/// What stands for a day's year, date and time in the texts formatted at load (a private-use character, which no
/// catalogue text and no value given holds).
const YEAR_MARK: &str = "\u{E000}";
const DATE_MARK: &str = "\u{E001}";
const TIME_MARK: &str = "\u{E002}";

impl std::fmt::Debug for Messages {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Messages").field("messages", &self.plain.len()).finish()
    }
}

/// The variables of a message, by name: texts, and numbers (written by CLDR's rules of the language, and choosing
/// the plural form of a message that counts). What callers outside `reports` give [`Catalog::format`], so that
/// Fluent, the library of the catalogues, is named here only.
#[derive(Debug, Default)]
pub struct MessageArgs(FluentArgs<'static>);

/// A value given to a message: a text, or a number.
#[derive(Debug, Clone, PartialEq)]
pub enum MessageValue {
    /// Shown as it is (a name, a version, a day already in words).
    Text(String),
    /// Written by CLDR's rules of the language (`1 048 000`, `12,5` in French); chooses a plural form.
    Number(f64),
}

impl From<String> for MessageValue {
    fn from(s: String) -> Self {
        MessageValue::Text(s)
    }
}

impl From<&str> for MessageValue {
    fn from(s: &str) -> Self {
        MessageValue::Text(s.to_string())
    }
}

impl From<&String> for MessageValue {
    fn from(s: &String) -> Self {
        MessageValue::Text(s.clone())
    }
}

/// Numbers of every kind a count or an amount comes in.
macro_rules! message_number {
    ($($t:ty),*) => {$(
        impl From<$t> for MessageValue {
            fn from(n: $t) -> Self {
                MessageValue::Number(n as f64)
            }
        }
    )*};
}
message_number!(f64, f32, usize, u64, u32, u16, u8, i64, i32, isize);

impl MessageArgs {
    /// No variables.
    pub fn new() -> MessageArgs {
        MessageArgs::default()
    }

    /// Gives the variable `name` its value (a text or a number), replacing any value it had.
    pub fn set(&mut self, name: &str, value: impl Into<MessageValue>) -> &mut MessageArgs {
        let value = match value.into() {
            MessageValue::Text(t) => FluentValue::from(t),
            MessageValue::Number(n) => FluentValue::from(n),
        };
        self.0.set(name.to_string(), value);
        self
    }
}

/// What [`Catalog::format`] takes as a message's variables: [`MessageArgs`] (and, inside `reports`, Fluent's own
/// arguments, for numbers with a style: percent, fixed decimals).
pub trait Variables {
    /// The variables as Fluent takes them.
    #[doc(hidden)]
    fn fluent(&self) -> &FluentArgs<'_>;
}

impl Variables for MessageArgs {
    fn fluent(&self) -> &FluentArgs<'_> {
        &self.0
    }
}

impl Variables for FluentArgs<'_> {
    fn fluent(&self) -> &FluentArgs<'_> {
        self
    }
}

/// The messages of both languages, by dotted key.
#[derive(Debug)]
pub struct Catalog {
    en: Messages,
    fr: Messages,
    /// The keys of the messages both languages have (what templates may name), for one look-up a message.
    both: FxHashSet<String>,
}

/// The Fluent id of a dotted key.
fn fluent_id(key: &str) -> String {
    key.replace('.', "-")
}

/// The dotted key of a Fluent id.
fn dotted(id: &str) -> String {
    id.replace('-', ".")
}

/// Writes a number for a message, by CLDR's rules of the language: `style: "percent"` takes a share (0–1),
/// `style: "currency"` Canadian dollars; `minimumFractionDigits` fixes the decimals, `maximumFractionDigits` caps
/// them (3 when not given).
fn number_text(lang: Lang, n: &FluentNumber) -> String {
    let cap = |d: Option<usize>| u8::try_from(d.unwrap_or(3)).unwrap_or(6);
    match n.options.style {
        FluentNumberStyle::Percent => numbers::percent(lang, n.value),
        FluentNumberStyle::Currency => {
            numbers::money(lang, n.value, cap(n.options.minimum_fraction_digits.or(Some(2))))
        }
        FluentNumberStyle::Decimal => match n.options.minimum_fraction_digits {
            Some(min) => numbers::decimal(lang, n.value, cap(Some(min))),
            None => numbers::shortest(lang, n.value, cap(n.options.maximum_fraction_digits)),
        },
    }
}

fn format_en<M>(v: &FluentValue, _: &M) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(number_text(Lang::En, n)),
        _ => None,
    }
}

fn format_fr<M>(v: &FluentValue, _: &M) -> Option<String> {
    match v {
        FluentValue::Number(n) => Some(number_text(Lang::Fr, n)),
        _ => None,
    }
}

/// French `de` before a name, elided before a vowel (`DE($site)` in a message): `de Polar Workwear`, `d'Aksu Cotton
/// Gin`, `d'Écotex`, `d'EN578`. A name that starts with `h` or `y` keeps `de` (an aspirated h, `de Hebei`, and a `y`
/// before a vowel are not elided: the safe side is the full word); a number keeps it too (`de 8`).
pub fn de(value: Option<&FluentValue<'_>>) -> String {
    let name = match value {
        Some(FluentValue::String(s)) => s.to_string(),
        Some(FluentValue::Number(n)) => n.as_string().to_string(),
        _ => String::new(),
    };
    let first = name.chars().find(|c| c.is_alphanumeric()).map(|c| c.to_lowercase().collect::<String>());
    let vowel = first.as_deref().and_then(|c| c.chars().next()).is_some_and(|c| "aeiouàâäéèêëîïôöùûüœæ".contains(c));
    if vowel { format!("d'{name}") } else { format!("de {name}") }
}

/// The variables a pattern uses, selectors included.
fn pattern_vars(p: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for el in &p.elements {
        if let ast::PatternElement::Placeable { expression } = el {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(e: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match e {
        ast::Expression::Select { selector, variants } => {
            inline_vars(selector, out);
            for v in variants {
                pattern_vars(&v.value, out);
            }
        }
        ast::Expression::Inline(i) => inline_vars(i, out),
    }
}

fn inline_vars(i: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match i {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for a in &arguments.positional {
                inline_vars(a, out);
            }
            for a in &arguments.named {
                inline_vars(&a.value, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

fn load(lang: Lang) -> Result<Messages, ReportError> {
    let tag = lang.as_ref();
    let langid: unic_langid::LanguageIdentifier =
        format!("{tag}-CA").parse().map_err(|source| CatalogError::Locale { tag: tag.to_string(), source })?;
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Pages and JSON are not bidirectional text: no isolation marks around placeables.
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(match lang {
        Lang::En => format_en,
        Lang::Fr => format_fr,
    }));
    bundle
        .add_function("DE", |args, _| FluentValue::from(de(args.first())))
        .map_err(|e| CatalogError::Bundle { file: "DE()".into(), errors: vec![e] })?;
    let mut vars = BTreeMap::new();
    let mut files: Vec<String> = Locales::iter()
        .filter(|f| f.starts_with(&format!("{tag}/")) && f.ends_with(".ftl"))
        .map(String::from)
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(CatalogError::NoFile(tag.to_string()).into());
    }
    for file in files {
        let raw = Locales::get(&file).ok_or_else(|| CatalogError::Missing(file.clone()))?;
        let text = String::from_utf8(raw.data.into_owned())
            .map_err(|source| CatalogError::Encoding { file: file.clone(), source })?;
        let resource =
            FluentResource::try_new(text).map_err(|(_, errors)| CatalogError::Syntax { file: file.clone(), errors })?;
        for entry in resource.entries() {
            if let ast::Entry::Message(m) = entry {
                let mut set = BTreeSet::new();
                if let Some(p) = &m.value {
                    pattern_vars(p, &mut set);
                }
                vars.insert(dotted(m.id.name), set);
            }
        }
        bundle.add_resource(resource).map_err(|errors| CatalogError::Bundle { file: file.clone(), errors })?;
    }
    let mut messages = Messages {
        bundle,
        plain: BTreeMap::new(),
        vars,
        fixed: FxHashMap::default(),
        days: Vec::new(),
        moment: String::new(),
    };
    // Each message once with its variables given as `{name}`: the text `get` returns, for callers that fill a
    // name in themselves. A select falls to its default variant.
    let keys: Vec<(String, BTreeSet<String>)> = messages.vars.iter().map(|(k, v)| (k.clone(), v.clone())).collect();
    for (key, names) in keys {
        let mut args = FluentArgs::new();
        for n in &names {
            args.set(n.clone(), FluentValue::from(format!("{{{n}}}")));
        }
        let text = format_message(&messages.bundle, &key, Some(&args))
            .ok_or_else(|| CatalogError::NoValue { tag: tag.to_string(), key: key.clone() })?;
        if names.is_empty() {
            // Formatted without variables, the message is this text whatever a caller gives it.
            messages.fixed.insert(key.clone(), text.clone());
        }
        messages.plain.insert(key, text);
    }
    messages.days = (1..=12u32)
        .flat_map(|month| (1..=31u32).map(move |day| (month, day)))
        .map(|(month, day)| day_words_fluent(&messages, day, month, YEAR_MARK))
        .collect();
    let mut args = FluentArgs::new();
    args.set("date", FluentValue::from(DATE_MARK));
    args.set("time", FluentValue::from(TIME_MARK));
    messages.moment = format_message(&messages.bundle, "date.time", Some(&args)).unwrap_or_default();
    Ok(messages)
}

/// A day in words as Fluent writes it (`date.long`): the day as a number (French says the first `1er`: a selector on
/// it), the month by its name (`month.1` … `month.12`), the year as text, never grouped.
fn day_words_fluent(messages: &Messages, day: u32, month: u32, year: &str) -> String {
    let mut a = FluentArgs::new();
    a.set("day", FluentValue::from(day));
    let name = messages.plain.get(&format!("month.{month}")).cloned().unwrap_or_default();
    a.set("month", FluentValue::from(name));
    a.set("year", FluentValue::from(year.to_string()));
    format_message(&messages.bundle, "date.long", Some(&a)).unwrap_or_default()
}

fn format_message(bundle: &FluentBundle<FluentResource>, key: &str, args: Option<&FluentArgs>) -> Option<String> {
    let message = bundle.get_message(&fluent_id(key))?;
    let pattern = message.value()?;
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, args, &mut errors).into_owned();
    if !errors.is_empty() {
        tracing::warn!(key, ?errors, "message formatted with errors");
    }
    Some(text)
}

impl Catalog {
    /// The catalogues compiled into the binary.
    pub fn embedded() -> Result<Catalog, ReportError> {
        let (en, fr) = (load(Lang::En)?, load(Lang::Fr)?);
        let both = en.plain.keys().filter(|k| fr.plain.contains_key(*k)).cloned().collect();
        Ok(Catalog { en, fr, both })
    }

    fn messages(&self, lang: Lang) -> &Messages {
        match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        }
    }

    /// The message for a key, its variables written `{name}`; the key itself when it is missing (tests make sure
    /// none is).
    pub fn get<'a>(&'a self, lang: Lang, key: &'a str) -> &'a str {
        self.messages(lang).plain.get(key).map_or(key, String::as_str)
    }

    /// A message with its variables ([`MessageArgs`]; inside `reports`, Fluent's own arguments too): numbers
    /// written and plurals chosen by CLDR's rules of the language. The key itself when it is missing.
    /// A message without variables is the text formatted when the catalogue was loaded.
    pub fn format(&self, lang: Lang, key: &str, args: &impl Variables) -> String {
        let messages = self.messages(lang);
        if let Some(text) = messages.fixed.get(key) {
            return text.clone();
        }
        format_message(&messages.bundle, key, Some(args.fluent())).unwrap_or_else(|| key.to_string())
    }

    /// The catalogues compiled into the binary, loaded once for what has no renderer at hand (the words of
    /// `web::ApiError`); `None` if they cannot be read (a test makes sure they can).
    pub fn shared() -> Option<&'static Catalog> {
        static SHARED: std::sync::OnceLock<Option<Catalog>> = std::sync::OnceLock::new();
        SHARED.get_or_init(|| Catalog::embedded().ok()).as_ref()
    }

    /// How long to wait, in words, for a `Retry-After` of `seconds`: in seconds below two minutes ("2 seconds",
    /// "90 secondes"), else in minutes rounded up ("3 minutes"), plurals by CLDR (`wait.seconds`, `wait.minutes`).
    pub fn wait(&self, lang: Lang, seconds: u64) -> String {
        let (key, count) =
            if seconds < 120 { ("wait.seconds", seconds) } else { ("wait.minutes", seconds.div_ceil(60)) };
        self.format(lang, key, MessageArgs::new().set("count", count))
    }

    /// A message that counts: `count` as a number (its plural form chosen by CLDR's rules of the language), the other
    /// variables as text.
    pub fn counted(&self, lang: Lang, key: &str, count: u64, texts: &[(&str, &str)]) -> String {
        let mut args = MessageArgs::new();
        args.set("count", count);
        for (name, value) in texts {
            args.set(name, *value);
        }
        self.format(lang, key, &args)
    }

    /// A day in words (`November 30, 2026` / `30 novembre 2026`; `date.long`): the text formatted at load for its
    /// month and day, its year written in. `reports::dates::long_date` is the way callers ask.
    pub(super) fn long_date(&self, lang: Lang, month: u32, day: u32, year: i32) -> String {
        let messages = self.messages(lang);
        let at = usize::try_from(31 * month.saturating_sub(1) + day.saturating_sub(1)).unwrap_or(usize::MAX);
        match messages.days.get(at) {
            Some(text) => text.replace(YEAR_MARK, &year.to_string()),
            None => day_words_fluent(messages, day, month, &year.to_string()),
        }
    }

    /// A moment in words (`date.time`) from its day and its time of day already in words: the text formatted at
    /// load, the two written in.
    pub(super) fn date_time(&self, lang: Lang, date: &str, time: &str) -> String {
        self.messages(lang).moment.replace(DATE_MARK, date).replace(TIME_MARK, time)
    }

    /// A day in words as Fluent formats it on each call: what [`Catalog::long_date`] must equal (tests compare).
    #[cfg(test)]
    pub(super) fn long_date_fluent(&self, lang: Lang, month: u32, day: u32, year: i32) -> String {
        day_words_fluent(self.messages(lang), day, month, &year.to_string())
    }

    /// A message of the rules ([`crate::domain::Message`]) in words in a language: its texts as they are, its numbers
    /// by CLDR's rules, its days in words (`date.long`), its labels and inner messages in the same language, its lists
    /// joined by `list.separator`, its sentences by a space, its names given in both languages in this one. The key itself when it is missing (a test makes sure none is).
    pub fn say(&self, lang: Lang, message: &crate::domain::Message) -> String {
        use crate::domain::MessageArg;
        let mut args = FluentArgs::new();
        for (name, value) in &message.args {
            let value = match value {
                MessageArg::Text(t) => FluentValue::from(t.clone()),
                MessageArg::Number(n) => FluentValue::from(*n),
                // `dates::long_date`, which names the catalogue: said here so that the catalogue needs no `dates`.
                MessageArg::Day(d) => {
                    use chrono::Datelike;
                    FluentValue::from(self.long_date(lang, d.month(), d.day(), d.year()))
                }
                MessageArg::Label(key) => FluentValue::from(self.get(lang, key).to_string()),
                MessageArg::Said(inner) => FluentValue::from(self.say(lang, inner)),
                MessageArg::List(items) => FluentValue::from(
                    items.iter().map(|m| self.say(lang, m)).collect::<Vec<_>>().join(self.get(lang, "list.separator")),
                ),
                MessageArg::Sentences(items) => {
                    FluentValue::from(items.iter().map(|m| self.say(lang, m)).collect::<Vec<_>>().join(" "))
                }
                MessageArg::Names { en, fr } => FluentValue::from(lang.pick(en, fr).to_string()),
            };
            args.set(*name, value);
        }
        self.format(lang, message.key, &args)
    }

    /// A message of the rules in English and in French ([`Catalog::say`]).
    pub fn say_both(&self, message: &crate::domain::Message) -> (String, String) {
        (self.say(Lang::En, message), self.say(Lang::Fr, message))
    }

    /// Whether a key exists in both languages.
    pub fn has(&self, key: &str) -> bool {
        self.both.contains(key)
    }

    /// Keys present in one language and not the other.
    pub fn unpaired_keys(&self) -> Vec<String> {
        let en = self.en.plain.keys().filter(|k| !self.fr.plain.contains_key(*k));
        let fr = self.fr.plain.keys().filter(|k| !self.en.plain.contains_key(*k));
        en.chain(fr).cloned().collect()
    }

    /// Keys whose message uses other variables in one language than in the other, with both sets.
    pub fn unpaired_variables(&self) -> Vec<String> {
        self.en
            .vars
            .iter()
            .filter_map(|(k, en)| {
                let fr = self.fr.vars.get(k)?;
                (en != fr).then(|| format!("{k}: en {en:?}, fr {fr:?}"))
            })
            .collect()
    }
}

/// A message of the rules in words in a language, by the catalogues compiled into the binary ([`Catalog::shared`]):
/// the voice the program gives the domain (`domain::give_voice`). The message's key when the catalogues cannot be
/// read, which a test rules out (they are compiled in: what loads in the tests loads in the program).
pub fn say(lang: Lang, message: &crate::domain::Message) -> String {
    Catalog::shared().map_or_else(|| message.key.to_string(), |c| c.say(lang, message))
}
