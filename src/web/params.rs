//! What a request carries in its address and its form, read into typed values with refusals in our words: the
//! query ([`Query`]), the ids of the path ([`IdPath`]) and a URL-encoded body ([`Form`]).
//!
//! Why not actix's `web::Query`, `web::Path` and `web::Form`: their deserialisers (serde_urlencoded, actix-router's)
//! fail with English text that names a kind of fault but not the parameter (`number too large to fit in target
//! type`, `duplicate field`), so the parameter had to be guessed from the values, and a wrong guess named an innocent
//! one; and their failures come before the handler, so before anyone knows who calls. Here:
//! - values are read by a small serde deserializer over the pairs (grouped by name, a repeated name read as a list
//!   where the field is one, refused where it is not) whose error type is ours ([`ParamError`]): each refusal knows
//!   its parameter, its value and its cause as data, and is worded in English and French here, never with a
//!   library's text;
//! - an id is a whole number from 1 ([`Id`], and every number of a path): zero and negative ids are 400s;
//! - a number outside its type is answered with the parameter's documented range where the API document gives one
//!   (`limit` 1–1000), so the words are those of the documentation;
//! - a query or path that cannot be read answers 401 (API) or the sign-in page (pages) first when nobody is signed in
//!   on an address that needs someone, and 403 first when the caller's role may not call the route
//!   ([`caller_first`]);
//! - a form's body is read only when its handler asks ([`Form::read`]), after the page has checked who calls and what
//!   they may do: an anonymous caller goes to the sign-in page and a role that may not act gets 403 whatever it sent.

use std::fmt;

use actix_web::dev::Payload;
use actix_web::http::header;
use actix_web::{FromRequest, HttpRequest};
use futures_util::future::LocalBoxFuture;
use serde::de::{self, DeserializeOwned, IntoDeserializer};

use super::ApiError;
use crate::domain::Message;

/// Where a parameter came from, as its refusal says it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    Query,
    Path,
    Form,
}

/// Why a value was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Cause {
    /// Not a whole number of the kind asked for: no number at all, or outside `min..=max` (the target's range).
    WholeNumber {
        min: i128,
        max: i128,
        out_of_range: bool,
    },
    /// Not an id: a whole number from 1.
    Id,
    /// Not a number.
    Number,
    TrueOrFalse,
    /// Not one of these values.
    OneOf(Vec<&'static str>),
    /// Given more than once where it is one value.
    Twice,
    Missing,
    /// A name this address does not take: every query ([`Query`], [`from_query`]), and structs that refuse unknown
    /// names. Holds the names it takes, which the refusal lists.
    Unknown(Vec<&'static str>),
    /// Anything else a value's own reader refused (a date …): said without the reader's words.
    Unreadable,
}

/// A refused parameter: its name (when known), its value as sent, and why (boxed: it travels in every `Result` of
/// the reader).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct ParamError(Box<Refusal>);

/// What a [`ParamError`] holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Refusal {
    name: Option<String>,
    value: Option<String>,
    cause: Cause,
    /// What the value's reader said, for the log only (English, a library's words).
    detail: Option<String>,
}

impl std::ops::Deref for ParamError {
    type Target = Refusal;
    fn deref(&self) -> &Refusal {
        &self.0
    }
}

impl std::ops::DerefMut for ParamError {
    fn deref_mut(&mut self) -> &mut Refusal {
        &mut self.0
    }
}

impl ParamError {
    fn new(cause: Cause) -> ParamError {
        ParamError(Box::new(Refusal { name: None, value: None, cause, detail: None }))
    }

    /// The same refusal, of the value `value`.
    fn of(mut self, value: impl Into<String>) -> ParamError {
        self.value = Some(value.into());
        self
    }

    /// The same refusal, of the parameter `name` holding `value` unless it already names them.
    fn at(mut self, name: &str, value: Option<&str>) -> ParamError {
        self.name.get_or_insert_with(|| name.to_string());
        if self.value.is_none() {
            self.value = value.map(str::to_string);
        }
        self
    }

    /// The refusal in English and French, naming the parameter where it came from; `range` is the parameter's
    /// documented range, if any ([`ParamError::message`] said by the catalogues).
    pub(super) fn messages(&self, place: Place, range: Option<(i128, i128)>) -> (String, String) {
        super::error::said(&self.message(place, range))
    }

    /// The refusal as a message of the catalogues (`request.param.*`, `request.use.*`): where the parameter is,
    /// then why. A range and a value are quoted as they are typed in an address (never grouped by digits).
    pub(super) fn message(&self, place: Place, range: Option<(i128, i128)>) -> Message {
        let name = self.name.as_deref().unwrap_or("?");
        let value = self.value.as_deref().map(shown);
        let what = match (place, &value) {
            (Place::Query, Some(v)) => Message::new("request.param.query").text("value", v.clone()),
            (Place::Query, None) => Message::new("request.param.query_bare"),
            (Place::Path, Some(v)) => Message::new("request.param.path").text("value", v.clone()),
            (Place::Path, None) => Message::new("request.param.path_bare"),
            (Place::Form, Some(v)) => Message::new("request.param.form").text("value", v.clone()),
            (Place::Form, None) => Message::new("request.param.form_bare"),
        }
        .text("name", name);
        let why = match &self.cause {
            Cause::WholeNumber { .. } if range.is_some() => {
                let (low, high) = range.unwrap_or_default();
                Message::new("request.use.range").text("low", low.to_string()).text("high", high.to_string())
            }
            Cause::WholeNumber { out_of_range: false, .. } => Message::new("request.use.whole"),
            Cause::WholeNumber { min, out_of_range: true, .. }
                if self.value.as_deref().is_some_and(|v| v.trim().starts_with('-')) =>
            {
                Message::new("request.use.at_least").text("min", min.to_string())
            }
            Cause::WholeNumber { max, .. } => Message::new("request.use.at_most").text("max", max.to_string()),
            Cause::Id => Message::new("request.use.id").text("max", i64::MAX.to_string()),
            Cause::Number => Message::new("request.use.number"),
            Cause::TrueOrFalse => Message::new("request.use.true_or_false"),
            Cause::OneOf(values) => meant(
                Message::new("request.use.one_of").text("values", values.join(", ")),
                self.value.as_deref(),
                values,
            ),
            Cause::Twice if name == "lang" => Message::new("request.twice.one_of").text("values", LANGS.join(", ")),
            Cause::Twice => Message::new("request.twice"),
            Cause::Missing => Message::new("request.missing"),
            Cause::Unknown(takes) => {
                let mut takes: Vec<&str> = takes.iter().copied().filter(|t| !ANY_QUERY_TAKES.contains(t)).collect();
                if place == Place::Query {
                    takes.extend(ANY_QUERY_TAKES);
                }
                let (some, none, whole) = match place {
                    Place::Form => ("request.has", "request.has_none", "request.unknown.form"),
                    Place::Query | Place::Path => ("request.takes", "request.takes_none", "request.unknown.query"),
                };
                let takes_said = if takes.is_empty() {
                    Message::new(none)
                } else {
                    Message::new(some).with("names", super::error::quoted_list(&takes))
                };
                meant(Message::new(whole).said("takes", takes_said), Some(name), &takes)
            }
            Cause::Unreadable => Message::new("request.unreadable_value"),
        };
        Message::new("request.param.refused").said("what", what).said("why", why)
    }

    /// The refusal as the answer's error (a 400), `range` as in [`ParamError::messages`].
    pub(super) fn to_api(&self, place: Place, range: Option<(i128, i128)>) -> ApiError {
        if let Some(detail) = &self.detail {
            tracing::info!(parameter = self.name.as_deref().unwrap_or("?"), detail, "a parameter was refused");
        }
        let (en, fr) = self.messages(place, range);
        ApiError::bad_request(en, fr)
    }

    /// The parameter refused.
    pub(super) fn name(&self) -> Option<&str> {
        self.name.as_deref()
    }
}

/// `why` followed by "did you mean “X”?" when `given` is one of `known` but for case, accents or punctuation (`S1`
/// for `s1`, `Risk` for `risk`, `per-page` for `per_page`): the refusal names what was surely meant.
pub(super) fn meant(why: Message, given: Option<&str>, known: &[&str]) -> Message {
    let folded = given.map(crate::domain::text::fold_label).filter(|g| !g.is_empty());
    match folded.and_then(|g| known.iter().find(|k| crate::domain::text::fold_label(k) == g)) {
        Some(k) => Message::new("request.meant").said("why", why).text("meant", *k),
        None => why,
    }
}

/// A whole number `value` of the query parameter `name` outside its range `low..=high`: the 400 every refused number
/// of a query answers, naming the parameter, the value and the range.
pub(super) fn out_of_range(name: &str, value: &str, (low, high): (i128, i128)) -> ApiError {
    ParamError::new(Cause::WholeNumber { min: low, max: high, out_of_range: true })
        .at(name, Some(value))
        .to_api(Place::Query, Some((low, high)))
}

pub(super) use super::error::shown;

/// The one rule of paging, on every list of the pages and of the API (README, "Lists and pages"): `limit` from 1 to
/// [`MAX_LIMIT`] (each list its own default), `offset` from 0 to [`MAX_OFFSET`], `page` from 1 to [`MAX_PAGE`],
/// `per_page` from 1 to [`MAX_PER_PAGE`] (each page its own default). A value out of its range, or not a whole number,
/// is one 400 naming the parameter, the value and the range (`params::ParamError`, in English and French). A window
/// past the end of a list is no error: the API answers an empty list with its `total`, a page an empty table saying
/// how many there are and which page is the last, with a link to it and (when it is another) to the first page
/// (`listing::pager`; the declaration page's `sites_page` in `reports::declaration_page` and the screening alerts
/// follow the same rule).
pub(super) const MAX_LIMIT: u64 = 1000;

/// The largest `offset` a list accepts: more than any portfolio holds, and far inside what SQL can bind.
pub(super) const MAX_OFFSET: u64 = 1_000_000_000;

/// The most rows a page of a list shows: at 200 the French audit log and screening alerts passed 300 KiB (316 and
/// 358 KiB); at 100 every list stays near half of it.
pub(super) const MAX_PER_PAGE: u64 = 100;

/// The largest `page`: its largest page at its largest size starts within [`MAX_OFFSET`] (5,000,000, as it was
/// when pages held up to 200 rows: a stable bound for clients).
pub(super) const MAX_PAGE: u64 = 5_000_000;

/// The most characters of the text of any search of the service (`q`: the declarations, the graph's facilities, a
/// screening list's entries and diff).
pub const SEARCH_MAX_CHARS: usize = 200;

/// The most words of the text of any search of the service (words as the searches read them: runs of letters and
/// digits, anything else separates). Every word must be found, so a longer search finds nothing a shorter one would
/// not, and each word costs the search a look-up.
pub const SEARCH_MAX_WORDS: usize = 20;

/// The search text `text` of the parameter `name`, if within [`SEARCH_MAX_WORDS`] words and [`SEARCH_MAX_CHARS`]
/// characters, held to the character policy and, unless blank (no search), holding a word; else a 400 naming the parameter and, for its length,
/// both bounds and what it holds, in English and French (nothing is searched).
pub(super) fn search_text<'t>(name: &str, text: &'t str) -> Result<&'t str, ApiError> {
    // A search holding a character the service takes in no text (bytes that are no UTF-8, `%FF`, arrive as U+FFFD; an
    // invisible or bidirectional character, `%E2%80%8B`) is refused naming it, never read as a search for nothing
    // (which listed every row) — the character policy of forms and bodies ([`super::input::readable_text`]).
    super::input::readable_text(name, text)?;
    let chars = text.chars().count();
    let words = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).count();
    // A search of marks alone (`-`, `;`) finds by no word: refused, rather than read as no search (every row) by one
    // list and as a search that finds nothing by another.
    if words == 0 && !text.trim().is_empty() && chars <= SEARCH_MAX_CHARS {
        return Err(ApiError::told(
            &Message::new("request.filter.search_no_word").text("name", name).text("value", text.trim()),
        ));
    }
    if chars <= SEARCH_MAX_CHARS && words <= SEARCH_MAX_WORDS {
        return Ok(text);
    }
    let count = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
    Err(ApiError::told(
        &Message::new("request.filter.search_length")
            .text("name", name)
            .number("words", count(SEARCH_MAX_WORDS))
            .number("chars", count(SEARCH_MAX_CHARS))
            .number("given_words", count(words))
            .number("given_chars", count(chars)),
    ))
}

/// The range of a paging parameter (`limit`, `offset`, `page`, `per_page`), the same on every list; `None` for any
/// other name.
pub(super) fn paging_range(name: &str) -> Option<(u64, u64)> {
    match name {
        "limit" => Some((1, MAX_LIMIT)),
        "offset" => Some((0, MAX_OFFSET)),
        "page" => Some((1, MAX_PAGE)),
        "per_page" => Some((1, MAX_PER_PAGE)),
        _ => None,
    }
}

/// A numeric parameter of the query within its documented range, or a 400 naming the parameter, the value and the
/// range in the words of every refused number of a query ([`out_of_range`]).
pub(super) fn within(name: &str, value: u64, range: std::ops::RangeInclusive<u64>) -> Result<u64, ApiError> {
    if range.contains(&value) {
        return Ok(value);
    }
    let (low, high) = range.into_inner();
    Err(out_of_range(name, &value.to_string(), (i128::from(low), i128::from(high))))
}

impl fmt::Display for ParamError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.messages(Place::Query, None).0)
    }
}

impl std::error::Error for ParamError {}

impl de::Error for ParamError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        let mut e = ParamError::new(Cause::Unreadable);
        e.detail = Some(msg.to_string());
        e
    }

    fn missing_field(field: &'static str) -> Self {
        ParamError::new(Cause::Missing).at(field, None)
    }

    fn duplicate_field(field: &'static str) -> Self {
        ParamError::new(Cause::Twice).at(field, None)
    }

    fn unknown_field(field: &str, expected: &'static [&'static str]) -> Self {
        ParamError::new(Cause::Unknown(expected.to_vec())).at(field, None)
    }

    fn unknown_variant(variant: &str, expected: &'static [&'static str]) -> Self {
        ParamError::new(Cause::OneOf(expected.to_vec())).of(variant)
    }
}

/// An id of a record as a query names it (`supplier_id=42`): a whole number from 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub(super) struct Id(pub i64);

/// The name of the newtype by which [`Value`] knows an id is asked for.
const ID: &str = "Id";

impl<'de> de::Deserialize<'de> for Id {
    fn deserialize<D: de::Deserializer<'de>>(deserializer: D) -> Result<Id, D::Error> {
        struct Visit;
        impl<'de> de::Visitor<'de> for Visit {
            type Value = Id;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("an id, a whole number from 1")
            }
            fn visit_newtype_struct<D: de::Deserializer<'de>>(self, d: D) -> Result<Id, D::Error> {
                let v = i64::deserialize(d)?;
                if v < 1 {
                    return Err(de::Error::invalid_value(de::Unexpected::Signed(v), &self));
                }
                Ok(Id(v))
            }
            fn visit_i64<E: de::Error>(self, v: i64) -> Result<Id, E> {
                if v < 1 { Err(E::invalid_value(de::Unexpected::Signed(v), &self)) } else { Ok(Id(v)) }
            }
            fn visit_u64<E: de::Error>(self, v: u64) -> Result<Id, E> {
                i64::try_from(v).map_err(|_| E::invalid_value(de::Unexpected::Unsigned(v), &self)).map(Id)
            }
        }
        use serde::Deserialize;
        deserializer.deserialize_newtype_struct(ID, Visit)
    }
}

/// The pairs of a query string or a URL-encoded body (`+` is a space, `%XX` a byte, UTF-8 read lossily), grouped
/// by name in the order names first appear.
fn grouped(bytes: &[u8]) -> Vec<(String, Vec<String>)> {
    let pairs: Vec<(String, String)> = serde_urlencoded::from_bytes(bytes).unwrap_or_default();
    let mut out: Vec<(String, Vec<String>)> = Vec::new();
    for (name, value) in pairs {
        match out.iter_mut().find(|(n, _)| *n == name) {
            Some((_, values)) => values.push(value),
            None => out.push((name, vec![value])),
        }
    }
    out
}

/// Reads a query string or a URL-encoded body into `T`; names `T` does not take are left aside (a form's body: its
/// token, its buttons). A query is read by [`from_query`].
/// A form field that holds `true` or `false` (a multipart part, read as the query reads the same parameter); any
/// other value is a 400 naming the field and the value, in English and French.
pub(super) fn form_true_or_false(name: &str, value: &str) -> Result<bool, ApiError> {
    match value.trim() {
        "true" => Ok(true),
        "false" => Ok(false),
        _ => Err(ParamError::new(Cause::TrueOrFalse).at(name, Some(value)).to_api(Place::Form, None)),
    }
}

/// A URL-encoded body read as `T`, without the character policy: the reading [`form_fields`] makes after its check,
/// kept for the tests of the reading itself.
#[cfg(test)]
pub(super) fn from_urlencoded<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ParamError> {
    T::deserialize(Pairs(grouped(bytes)))
}

/// The query parameters every address takes besides its own: `lang`, the language of the answer (read by
/// `web::lang` from the query string, whatever the handler reads). Nothing else is taken unasked: a name mistyped
/// (`bandd`, `limt`) would otherwise be left aside and the answer be that of another question.
pub(super) const ANY_QUERY_TAKES: &[&str] = &["lang"];

/// Reads a query string into `T`, a struct: a name `T` does not take (nor [`ANY_QUERY_TAKES`]) is refused, naming
/// it and the names the address takes ([`Cause::Unknown`]).
pub(super) fn from_query<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ParamError> {
    T::deserialize(QueryPairs(grouped(bytes)))
}

/// The pairs of a query: [`Pairs`], whose struct refuses names it does not take.
struct QueryPairs(Vec<(String, Vec<String>)>);

impl<'de> de::Deserializer<'de> for QueryPairs {
    type Error = ParamError;

    fn deserialize_struct<V: de::Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ParamError> {
        if let Some((name, values)) =
            self.0.iter().find(|(n, _)| !fields.contains(&n.as_str()) && !ANY_QUERY_TAKES.contains(&n.as_str()))
        {
            let one = match values.as_slice() {
                [v] => Some(v.as_str()),
                _ => None,
            };
            return Err(ParamError::new(Cause::Unknown(fields.to_vec())).at(name, one));
        }
        de::Deserializer::deserialize_any(Pairs(self.0), visitor)
    }

    fn deserialize_any<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParamError> {
        de::Deserializer::deserialize_any(Pairs(self.0), visitor)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit unit_struct
        newtype_struct seq tuple tuple_struct map enum identifier ignored_any
    }
}

/// The pairs as a map for serde.
struct Pairs(Vec<(String, Vec<String>)>);

impl<'de> de::Deserializer<'de> for Pairs {
    type Error = ParamError;

    fn deserialize_any<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParamError> {
        visitor.visit_map(PairsAccess { pairs: self.0.into_iter(), value: None })
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit unit_struct
        newtype_struct seq tuple tuple_struct map struct enum identifier ignored_any
    }
}

struct PairsAccess {
    pairs: std::vec::IntoIter<(String, Vec<String>)>,
    value: Option<(String, Vec<String>)>,
}

impl<'de> de::MapAccess<'de> for PairsAccess {
    type Error = ParamError;

    fn next_key_seed<K: de::DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, ParamError> {
        let Some((name, values)) = self.pairs.next() else { return Ok(None) };
        let key = seed.deserialize(name.as_str().into_deserializer()).map_err(|e: ParamError| e.at(&name, None))?;
        self.value = Some((name, values));
        Ok(Some(key))
    }

    fn next_value_seed<V: de::DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, ParamError> {
        let (name, values) = self.value.take().unwrap_or_default();
        let one = match values.as_slice() {
            [v] => Some(v.clone()),
            _ => None,
        };
        seed.deserialize(Value { values }).map_err(|e| e.at(&name, one.as_deref()))
    }
}

/// The values sent under one name.
struct Value {
    values: Vec<String>,
}

impl<'de> IntoDeserializer<'de, ParamError> for Value {
    type Deserializer = Value;
    fn into_deserializer(self) -> Value {
        self
    }
}

impl Value {
    /// The one value, or a refusal when the name came more than once.
    fn one(self) -> Result<String, ParamError> {
        let mut values = self.values.into_iter();
        match (values.next(), values.next()) {
            (Some(v), None) => Ok(v),
            (None, _) => Ok(String::new()),
            (Some(_), Some(_)) => Err(ParamError::new(Cause::Twice)),
        }
    }

    /// A whole number of the range `min..=max`.
    fn whole(self, min: i128, max: i128) -> Result<i128, ParamError> {
        let v = self.one()?;
        let refused = |out_of_range| ParamError::new(Cause::WholeNumber { min, max, out_of_range }).of(v.clone());
        let t = v.trim();
        let digits = t.strip_prefix(['-', '+']).unwrap_or(t);
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(refused(false));
        }
        match t.parse::<i128>() {
            Ok(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(refused(true)),
        }
    }
}

macro_rules! whole_numbers {
    ($($method:ident $visit:ident $t:ty),*) => {$(
        fn $method<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParamError> {
            let n = self.whole(i128::from(<$t>::MIN), i128::from(<$t>::MAX))?;
            visitor.$visit(<$t>::try_from(n).unwrap_or_default())
        }
    )*};
}

impl<'de> de::Deserializer<'de> for Value {
    type Error = ParamError;

    fn deserialize_any<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParamError> {
        if self.values.len() > 1 {
            return self.deserialize_seq(visitor);
        }
        visitor.visit_string(self.one()?)
    }

    fn deserialize_option<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParamError> {
        // An empty value is no value: a GET form sends its fields left blank as `name=`.
        if self.values.iter().all(|v| v.trim().is_empty()) { visitor.visit_none() } else { visitor.visit_some(self) }
    }

    fn deserialize_seq<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParamError> {
        let values = self.values.into_iter().map(|v| Value { values: vec![v] });
        visitor.visit_seq(de::value::SeqDeserializer::new(values))
    }

    fn deserialize_bool<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParamError> {
        let v = self.one()?;
        match v.trim() {
            "true" => visitor.visit_bool(true),
            "false" => visitor.visit_bool(false),
            _ => Err(ParamError::new(Cause::TrueOrFalse).of(v)),
        }
    }

    whole_numbers! {
        deserialize_i8 visit_i8 i8, deserialize_i16 visit_i16 i16, deserialize_i32 visit_i32 i32,
        deserialize_i64 visit_i64 i64, deserialize_u8 visit_u8 u8, deserialize_u16 visit_u16 u16,
        deserialize_u32 visit_u32 u32, deserialize_u64 visit_u64 u64
    }

    fn deserialize_f64<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParamError> {
        let v = self.one()?;
        match v.trim().parse::<f64>() {
            Ok(n) if n.is_finite() => visitor.visit_f64(n),
            _ => Err(ParamError::new(Cause::Number).of(v)),
        }
    }

    fn deserialize_f32<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParamError> {
        self.deserialize_f64(visitor)
    }

    fn deserialize_newtype_struct<V: de::Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, ParamError> {
        if name == ID {
            let v = self.one()?;
            return match v.trim().parse::<i64>() {
                Ok(n) if n >= 1 => visitor.visit_newtype_struct(n.into_deserializer()),
                _ => Err(ParamError::new(Cause::Id).of(v)),
            };
        }
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: de::Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ParamError> {
        let v = self.one()?;
        visitor.visit_enum(v.trim().to_string().into_deserializer())
    }

    fn deserialize_ignored_any<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParamError> {
        visitor.visit_unit()
    }

    fn deserialize_string<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParamError> {
        visitor.visit_string(self.one()?)
    }

    fn deserialize_str<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParamError> {
        self.deserialize_string(visitor)
    }

    fn deserialize_char<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParamError> {
        self.deserialize_string(visitor)
    }

    fn deserialize_identifier<V: de::Visitor<'de>>(self, visitor: V) -> Result<V::Value, ParamError> {
        self.deserialize_string(visitor)
    }

    serde::forward_to_deserialize_any! {
        i128 u128 bytes byte_buf unit unit_struct tuple tuple_struct map struct
    }
}

/// A query string read into `T`, with refusals in our words naming the parameter ([`ParamError`]).
#[derive(Debug)]
pub(super) struct Query<T>(pub T);

impl<T> Query<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> std::ops::Deref for Query<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: DeserializeOwned + 'static> FromRequest for Query<T> {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let read = from_query::<T>(req.query_string().as_bytes());
        let step = unread_by::<T>(req);
        let req = req.clone();
        Box::pin(async move {
            if let Err(e) = step {
                return Err(super::error_page::for_door(&req, e));
            }
            match read {
                Ok(v) => Ok(Query(v)),
                Err(e) => Err(refuse(&req, &e, Place::Query).await),
            }
        })
    }
}

/// The ids a path names (`/accounts/{id}/tokens/{token_id}`): `i64` for one, `(i64, i64)` for two, each a whole
/// number from 1 or a 400 naming its segment.
#[derive(Debug)]
pub(super) struct IdPath<T>(pub T);

impl<T> IdPath<T> {
    pub fn into_inner(self) -> T {
        self.0
    }
}

impl<T> std::ops::Deref for IdPath<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: fmt::Display> fmt::Display for IdPath<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// What a path's ids are read into.
pub(super) trait Ids: Sized {
    /// From the path's segments, in order, as (name, value).
    fn from_segments(segments: &[(&str, &str)]) -> Result<Self, ParamError>;
}

/// The segment `at` of a path as an id.
fn id_at(segments: &[(&str, &str)], at: usize) -> Result<i64, ParamError> {
    let (name, value) = segments.get(at).copied().unwrap_or(("id", ""));
    match value.parse::<i64>() {
        Ok(n) if n >= 1 => Ok(n),
        _ => Err(ParamError::new(Cause::Id).at(name, Some(value))),
    }
}

impl Ids for i64 {
    fn from_segments(segments: &[(&str, &str)]) -> Result<i64, ParamError> {
        id_at(segments, 0)
    }
}

impl Ids for (i64, i64) {
    fn from_segments(segments: &[(&str, &str)]) -> Result<(i64, i64), ParamError> {
        Ok((id_at(segments, 0)?, id_at(segments, 1)?))
    }
}

impl<T: Ids + 'static> FromRequest for IdPath<T> {
    type Error = actix_web::Error;
    type Future = LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let segments: Vec<(&str, &str)> = req.match_info().iter().collect();
        let read = T::from_segments(&segments);
        let req = req.clone();
        Box::pin(async move {
            match read {
                Ok(v) => Ok(IdPath(v)),
                Err(e) => Err(refuse(&req, &e, Place::Path).await),
            }
        })
    }
}

/// A refused query or path, answered in the door's form — after who calls: nobody signed in on an address that
/// needs someone is asked to sign in first (401, the sign-in page), as every other refusal of theirs would be.
async fn refuse(req: &HttpRequest, e: &ParamError, place: Place) -> actix_web::Error {
    let viewer = match caller_first(req).await {
        Ok(viewer) => viewer,
        Err(first) => return first,
    };
    // A paging parameter has one range on every list, pages and API ([`paging_range`]).
    let range = e.name().and_then(|name| {
        documented_range(req, name)
            .or_else(|| paging_range(name).map(|(low, high)| (i128::from(low), i128::from(high))))
    });
    // The error page keeps the header of whoever is signed in, as the pages' own refusals do.
    for_door_as(req, viewer.as_ref(), e.to_api(place, range))
}

/// As [`super::error_page::for_door`], the error page keeping the header of `viewer` (its name, its role's links,
/// its form token) when someone is signed in.
pub(super) fn for_door_as(req: &HttpRequest, viewer: Option<&super::auth::Viewer>, e: ApiError) -> actix_web::Error {
    match req.app_data::<actix_web::web::Data<super::AppState>>() {
        Some(state) if !super::error_page::answers_json(req) => {
            let view = viewer.and_then(|v| super::frame::chrome(req, super::lang::resolve(req), v).ok());
            let response = super::error_page::error_response_as(state, req, view.as_ref(), &e);
            actix_web::error::InternalError::from_response(e, response).into()
        }
        _ => e.into(),
    }
}

/// The error page of a refusal on a page anyone may open (signing in, resetting a password), keeping the header of
/// whoever is signed in, as every other page's refusal does (a session that cannot be read is then no one).
pub(super) async fn public_refusal(req: &HttpRequest, e: ApiError) -> actix_web::HttpResponse {
    let viewer = caller_first(req).await.ok().flatten();
    for_door_as(req, viewer.as_ref(), e).error_response()
}

/// `Ok` when the request may be refused for what it carries: its address needs no one, or someone is signed in
/// whose role may call it ([`super::auth::route_need`]). Otherwise the answer the caller gets there whatever it
/// sends: nobody signed in, 401 (API) or the sign-in page (pages); a role that may not call the route, 403 in the
/// door's form — so that a person without the role learns nothing of the route's parameters. A wrong token or a
/// database out of reach answers as it does anywhere.
/// `Ok` holds who is signed in (on a public address, whoever is, for the header of its refusals; `None` if nobody).
pub(super) async fn caller_first(req: &HttpRequest) -> Result<Option<super::auth::Viewer>, actix_web::Error> {
    if is_public(req) {
        // Anyone may call it: nothing to refuse, but whoever is signed in keeps the header of their pages on its
        // refusals (a session or token that cannot be read is then no one).
        return Ok(super::auth::MaybeViewer::from_request(req, &mut Payload::None).await.ok().and_then(|v| v.0));
    }
    let viewer = super::auth::MaybeViewer::from_request(req, &mut Payload::None).await?;
    if let Some(viewer) = viewer.0 {
        return match super::auth::route_need(req) {
            // The 403 page keeps the header of whoever is refused (their name, their role's links).
            Some(need) if !viewer.meets(need) => Err(for_door_as(req, Some(&viewer), ApiError::Forbidden)),
            _ => Ok(Some(viewer)),
        };
    }
    if super::error_page::answers_json(req) {
        return Err(super::error_page::for_door(req, ApiError::Unauthorized));
    }
    let response = super::frame::login_redirect(req, super::lang::resolve(req));
    Err(actix_web::error::InternalError::from_response("sign in first", response).into())
}

/// Whether the request's address needs no one signed in: a refusal of what it carries then comes before who calls.
/// On the API, the operations its document marks public; elsewhere, the pages the table of pages opens to anyone
/// (`methods::page_door`).
fn is_public(req: &HttpRequest) -> bool {
    if req.path().starts_with("/api/") {
        return operation_of(req).is_some_and(|op| op.public);
    }
    super::methods::page_door(req.path()) == Some(super::methods::Door::Anyone)
}

/// An operation of the API document as refusals ask about it: the pattern of its path, its method, whether it needs
/// a caller, and the documented range of each numeric parameter (`limit`: 1 to 1000).
struct Operation {
    pattern: actix_web::dev::ResourceDef,
    method: String,
    public: bool,
    ranges: Vec<(String, i128, i128)>,
    /// The names of its query parameters (`in: query`), the only ones it takes besides [`ANY_QUERY_TAKES`].
    query: Vec<String>,
}

static OPERATIONS: std::sync::OnceLock<Vec<Operation>> = std::sync::OnceLock::new();

/// Takes in the API document (its JSON, what clients read, so the ranges said in refusals are the documented
/// ones), once: `web::configure` hands it over, so that this file needs nothing of the API's.
pub(super) fn document(doc: impl FnOnce() -> serde_json::Value) {
    OPERATIONS.get_or_init(|| operations(&doc()));
}

/// Every operation of a document.
fn operations(doc: &serde_json::Value) -> Vec<Operation> {
    let mut out = Vec::new();
    for (path, item) in doc.get("paths").and_then(|p| p.as_object()).into_iter().flatten() {
        // A solicitation number may hold slashes: its parameter takes the rest of the path, as mounted.
        let pattern = actix_web::dev::ResourceDef::new(path.replace("{number}", "{number:.+}"));
        for (method, op) in item.as_object().into_iter().flatten() {
            // An empty requirement (`security: [{}]`) is a public operation.
            let public = op
                .get("security")
                .and_then(|s| s.as_array())
                .is_some_and(|s| s.iter().all(|r| r.as_object().is_some_and(|o| o.is_empty())));
            let bound = |schema: &serde_json::Value, key: &str| -> Option<i128> {
                let n = schema.get(key)?;
                n.as_i64().map(i128::from).or_else(|| n.as_u64().map(i128::from))
            };
            let ranges = op
                .get("parameters")
                .and_then(|p| p.as_array())
                .into_iter()
                .flatten()
                .filter_map(|p| {
                    let schema = p.get("schema")?;
                    let name = p.get("name")?.as_str()?.to_string();
                    let (min, max) = (bound(schema, "minimum"), bound(schema, "maximum"));
                    (min.is_some() || max.is_some())
                        .then(|| (name, min.unwrap_or(i128::from(i64::MIN)), max.unwrap_or(i128::from(i64::MAX))))
                })
                .collect();
            let query = op
                .get("parameters")
                .and_then(|p| p.as_array())
                .into_iter()
                .flatten()
                .filter(|p| p.get("in").and_then(|i| i.as_str()) == Some("query"))
                .filter_map(|p| Some(p.get("name")?.as_str()?.to_string()))
                .collect();
            out.push(Operation {
                pattern: pattern.clone(),
                method: method.to_ascii_uppercase(),
                public,
                ranges,
                query,
            });
        }
    }
    out
}

/// The document's operation a request calls (HEAD is GET's).
fn operation_of(req: &HttpRequest) -> Option<&'static Operation> {
    let method = if req.method() == actix_web::http::Method::HEAD { "GET" } else { req.method().as_str() };
    OPERATIONS.get()?.iter().find(|op| op.method == method && op.pattern.is_match(req.path()))
}

/// The documented range of the numeric parameter `name` of the API operation a request calls, if it has one.
fn documented_range(req: &HttpRequest, name: &str) -> Option<(i128, i128)> {
    let op = operation_of(req)?;
    op.ranges.iter().find(|(n, ..)| n == name).map(|(_, min, max)| (*min, *max))
}

/// The query parameters of a page outside the API: its path's pattern (as mounted), the method, and the names it
/// takes ([`fields`] of the handler's query struct, less any it leaves to another door). A page of the table of
/// pages (`methods.rs`) with no line here takes no parameter but [`ANY_QUERY_TAKES`].
pub(super) struct PageQuery {
    pub(super) pattern: &'static str,
    pub(super) method: &'static str,
    pub(super) takes: fn() -> Vec<&'static str>,
}

/// The pages' query parameters ([`PageQuery`]), their patterns compiled.
static PAGE_QUERIES: std::sync::OnceLock<Vec<(actix_web::dev::ResourceDef, &'static str, Vec<&'static str>)>> =
    std::sync::OnceLock::new();

/// Names a page's query struct may hold that only its form sends (the form's token): an address never takes them,
/// so a refusal never lists them among the address's parameters (a page whose query prefills its form, `/contracts`,
/// reads the form's struct).
pub(super) const FORM_ONLY: [&str; 1] = ["csrf"];

/// Takes in the pages' query parameters, once: `web::configure` gathers them from the files that mount the pages.
pub(super) fn pages(table: impl FnOnce() -> Vec<PageQuery>) {
    PAGE_QUERIES.get_or_init(|| {
        table()
            .into_iter()
            .map(|p| {
                let takes = (p.takes)().into_iter().filter(|n| !FORM_ONLY.contains(n)).collect();
                (actix_web::dev::ResourceDef::new(p.pattern), p.method, takes)
            })
            .collect()
    });
}

/// The field names of the struct `T` as serde's derive hands them to `deserialize_struct`: the names a query read
/// into `T` can hold (none for a type not read as a struct).
pub(super) fn fields<T: DeserializeOwned>() -> Vec<&'static str> {
    /// A deserializer that only asks a struct for its fields.
    struct FieldsOf;
    impl<'de> de::Deserializer<'de> for FieldsOf {
        type Error = ParamError;
        fn deserialize_struct<V: de::Visitor<'de>>(
            self,
            _name: &'static str,
            fields: &'static [&'static str],
            _visitor: V,
        ) -> Result<V::Value, ParamError> {
            Err(ParamError::new(Cause::Unknown(fields.to_vec())))
        }
        fn deserialize_any<V: de::Visitor<'de>>(self, _visitor: V) -> Result<V::Value, ParamError> {
            Err(ParamError::new(Cause::Unreadable))
        }
        serde::forward_to_deserialize_any! {
            bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit unit_struct
            newtype_struct seq tuple tuple_struct map enum identifier ignored_any
        }
    }
    match T::deserialize(FieldsOf) {
        Err(e) => match &e.cause {
            Cause::Unknown(names) => names.clone(),
            _ => Vec::new(),
        },
        Ok(_) => Vec::new(),
    }
}

/// `fields::<T>()` without the names in `except` (a struct shared by two doors whose parameters differ).
pub(super) fn fields_except<T: DeserializeOwned>(except: &[&str]) -> Vec<&'static str> {
    fields::<T>().into_iter().filter(|n| !except.contains(n)).collect()
}

/// The query parameters the route a request calls takes besides [`ANY_QUERY_TAKES`]: on the API, those its
/// operation documents (the same `IntoParams` the handler's [`Query`] reads); elsewhere, those of [`PageQuery`].
/// `None` when no route answers the path and method (the 404 or 405 says so).
fn query_takes(req: &HttpRequest) -> Option<Vec<&'static str>> {
    let method = if req.method() == actix_web::http::Method::HEAD { "GET" } else { req.method().as_str() };
    let line = || PAGE_QUERIES.get()?.iter().find(|(pattern, m, _)| *m == method && pattern.is_match(req.path()));
    if req.path().starts_with("/api/") {
        // The document itself is the one API route it does not describe.
        return operation_of(req)
            .map(|op| op.query.iter().map(String::as_str).collect())
            .or_else(|| line().map(|(_, _, takes)| takes.clone()));
    }
    if !super::methods::page_methods(req.path())?.split(", ").any(|m| m == method) {
        return None;
    }
    Some(line().map(|(_, _, takes)| takes.clone()).unwrap_or_default())
}

/// Refuses a query naming a parameter its route does not take (400 naming it and those taken, in the door's form,
/// after who calls): whether or not the handler reads a query at all, a name it would leave aside (`confirmed=no`
/// on a decision, a mistyped `limt`) is never answered as if it had not been sent. Before that, refuses a read's
/// value, `lang` or an unknown parameter holding a character the service takes in no line of text
/// (`input::readable_line`), naming the parameter and the character.
pub(super) async fn unknown_query(req: &HttpRequest) -> Result<(), actix_web::Error> {
    if req.query_string().is_empty() {
        return Ok(());
    }
    let pairs = grouped(req.query_string().as_bytes());
    let takes = query_takes(req);
    // The characters first, so that no refusal below quotes one back. Every value of a read's query (GET, HEAD),
    // whatever reads it, is held to the character policy of one line: a control character (a NUL PostgreSQL refuses
    // in text), a line break, bytes that are no UTF-8 (`%FF`, read as U+FFFD), an invisible or bidirectional
    // character is a 400 naming the parameter and the character, never a filter that matches nothing (an audit log's
    // `subject`). So is, on every route, `lang` and any name the route does not take (with its values). The query of
    // a write carries data of what it stores (an upload's `file_name`, an edition's `label`): its reader holds it to
    // the same policy and refuses it in the write's own form (the 422 of an import, naming the field). An address no
    // route answers is left to its 404 or 405, but for `lang`.
    let read = matches!(*req.method(), actix_web::http::Method::GET | actix_web::http::Method::HEAD);
    let held = |name: &str| match &takes {
        _ if name == "lang" => true,
        Some(takes) => read || !takes.contains(&name),
        None => false,
    };
    let unreadable = pairs.iter().filter(|(name, _)| held(name)).find_map(|(name, values)| {
        // A name holding such a character is named without it (`shown`), the character by its code point.
        super::input::readable_line(&shown(name), name)
            .err()
            .or_else(|| values.iter().find_map(|v| super::input::readable_line(name, v).err()))
    });
    if let Some(e) = unreadable {
        return match caller_first(req).await {
            Ok(viewer) => Err(for_door_as(req, viewer.as_ref(), e)),
            Err(first) => Err(first),
        };
    }
    // `lang`, which every address takes, is read by `web::lang` whatever the handler reads: given twice or naming a
    // language the service does not speak, it is refused here, on every route, rather than left aside.
    if let Some(e) = lang_refused(&pairs) {
        return Err(refuse(req, &e, Place::Query).await);
    }
    let Some(takes) = takes else { return Ok(()) };
    let unknown = pairs.iter().find(|(n, _)| !takes.contains(&n.as_str()) && !ANY_QUERY_TAKES.contains(&n.as_str()));
    let Some((name, values)) = unknown else { return Ok(()) };
    let one = match values.as_slice() {
        [v] => Some(v.as_str()),
        _ => None,
    };
    let e = ParamError::new(Cause::Unknown(takes)).at(name, one);
    Err(refuse(req, &e, Place::Query).await)
}

/// The languages `lang` takes.
const LANGS: &[&str] = &["en", "fr"];

/// A `lang` of a query given more than once, or naming none of [`LANGS`] (a blank one is none given).
fn lang_refused(pairs: &[(String, Vec<String>)]) -> Option<ParamError> {
    let (_, values) = pairs.iter().find(|(n, _)| n == "lang")?;
    match values.as_slice() {
        [] => None,
        [v] if v.is_empty() || LANGS.contains(&v.as_str()) => None,
        [v] => Some(ParamError::new(Cause::OneOf(LANGS.to_vec())).at("lang", Some(v))),
        _ => Some(ParamError::new(Cause::Twice).at("lang", None)),
    }
}

/// The middleware of [`unknown_query`], around every route: the refusal comes before the handler, so nothing is read
/// or changed. Before it, on a route that needs more of its caller than to be signed in (`auth::route_need`), who
/// calls is asked first ([`caller_first`]): a role that may not call it gets 403 (nobody signed in, 401 or the sign-in
/// page) before its handler runs — whatever the body holds (a case event's JSON that does not parse, a form with a
/// field the route does not take) and whatever the address's ids name (a request that does not exist), so that the
/// answer tells a caller without the role nothing of what the route reads.
pub async fn unknown_query_refused<B: actix_web::body::MessageBody>(
    req: actix_web::dev::ServiceRequest,
    next: actix_web::middleware::Next<B>,
) -> Result<actix_web::dev::ServiceResponse<actix_web::body::EitherBody<B>>, actix_web::Error> {
    let refused = match super::auth::route_need(req.request()) {
        Some(_) => caller_first(req.request()).await.map(drop),
        None => Ok(()),
    };
    let refused = match refused {
        Ok(()) => unknown_query(req.request()).await,
        first => first,
    };
    if let Err(e) = refused {
        let response = actix_web::ResponseError::error_response(e.as_response_error());
        let (request, _) = req.into_parts();
        return Ok(actix_web::dev::ServiceResponse::new(request, response).map_into_right_body());
    }
    next.call(req).await.map(actix_web::dev::ServiceResponse::map_into_left_body)
}

/// A route's parameters (what [`unknown_query`] lets through) that its handler's query struct `T` does not read: a
/// table out of step with its handler, answered as a failure of the service (500) rather than by leaving the
/// parameter aside.
fn unread_by<T: DeserializeOwned>(req: &HttpRequest) -> Result<(), ApiError> {
    let Some(takes) = query_takes(req) else { return Ok(()) };
    let read = fields::<T>();
    match takes.iter().find(|t| !read.contains(t) && !ANY_QUERY_TAKES.contains(t)) {
        None => Ok(()),
        Some(name) => Err(ApiError::internal(format!(
            "the route {} {} takes the query parameter `{name}`, which its handler does not read",
            req.method(),
            req.path()
        ))),
    }
}

/// A URL-encoded form, read only when its handler asks ([`Form::read`]): after who calls and what they may do are
/// known, so that an anonymous caller or a role that may not act learns nothing of what the form should hold.
pub(super) struct Form<T> {
    req: HttpRequest,
    payload: Payload,
    read: std::marker::PhantomData<T>,
}

impl<T> FromRequest for Form<T> {
    type Error = actix_web::Error;
    type Future = std::future::Ready<Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        std::future::ready(Ok(Form { req: req.clone(), payload: payload.take(), read: std::marker::PhantomData }))
    }
}

impl<T: DeserializeOwned> Form<T> {
    /// The form: at most [`super::input::BODY_LIMIT`] bytes (else 413), sent as
    /// `application/x-www-form-urlencoded` (or with no body), each field of its kind — refusals name the field and
    /// why, in both languages.
    pub async fn read(self) -> Result<T, ApiError> {
        let content_type = self.req.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or("");
        let media = content_type.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
        let limit = super::input::BODY_LIMIT as u64;
        let mut payload = self.payload;
        super::input::refuse_declared_over(&self.req, &mut payload, limit, limit, None, super::error::Sent::Body)
            .await?;
        let body = super::input::read_limited(payload, limit).await?;
        if !(media == "application/x-www-form-urlencoded" || media.is_empty() && body.is_empty()) {
            return Err(ApiError::told(&Message::new("request.form.not_urlencoded")));
        }
        form_fields(&body)
    }
}

/// A page form's fields (URL-encoded bytes: a form as sent, or the text parts of a multipart form gathered), each
/// held to the character policy of every text the service takes ([`super::input::readable_text`]: no control,
/// bidirectional, invisible or replacement character, named with its field and place), then read as `T` with each
/// field of its kind. The one reading of every page form's fields.
pub(super) fn form_fields<T: DeserializeOwned>(body: &[u8]) -> Result<T, ApiError> {
    let pairs = grouped(body);
    for (name, values) in &pairs {
        super::input::readable_text(name, name)?;
        values.iter().try_for_each(|value| super::input::readable_text(name, value))?;
    }
    T::deserialize(Pairs(pairs)).map_err(|e| e.to_api(Place::Form, None))
}

/// A multipart form that could not be read, in our words (the library's are English and name no field), logged with
/// its cause.
pub(super) fn multipart_unreadable(e: &actix_multipart::MultipartError) -> ApiError {
    tracing::info!(detail = %crate::telemetry::Chain(e), "multipart form refused");
    ApiError::told(&Message::new("request.form.unreadable"))
}

/// A fiscal year named by the query parameter `parameter` ([`crate::domain::FiscalYear::parse`] on `today`): `None` when absent or
/// empty, a bad request naming the parameter in both languages when it is not a year of the accepted range.
pub fn fiscal_year_query(
    parameter: &str,
    raw: Option<&str>,
    today: chrono::NaiveDate,
) -> Result<Option<crate::domain::FiscalYear>, ApiError> {
    match raw.map(str::trim).filter(|s| !s.is_empty()) {
        None => Ok(None),
        Some(y) => {
            crate::domain::FiscalYear::parse(y, today).map(Some).map_err(|e| ApiError::told(&e.message(parameter)))
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;
    use serde::Deserialize;

    use super::*;

    #[derive(Debug, Deserialize, PartialEq)]
    #[allow(dead_code)]
    struct List {
        q: Option<String>,
        supplier_id: Option<Id>,
        sort: Option<String>,
        include_superseded: Option<bool>,
        limit: Option<u64>,
        offset: Option<u64>,
        #[serde(default)]
        bids: Vec<i64>,
        lang: Option<crate::domain::Lang>,
    }

    fn read(query: &str) -> Result<List, ParamError> {
        from_urlencoded(query.as_bytes())
    }

    fn refused(query: &str) -> (String, String, Cause) {
        let e = read(query).unwrap_err();
        let (en, fr) = e.messages(Place::Query, None);
        (en, fr, e.cause.clone())
    }

    #[test]
    fn values_are_read_with_their_kinds_and_blank_ones_are_none() {
        let l =
            read("q=rope+%C3%A9&supplier_id=42&include_superseded=true&limit=10&bids=3&bids=4&lang=fr&x=1").unwrap();
        assert_eq!(l.q.as_deref(), Some("rope é"));
        assert_eq!(l.supplier_id, Some(Id(42)));
        assert_eq!((l.include_superseded, l.limit, l.bids.as_slice()), (Some(true), Some(10), &[3, 4][..]));
        let l = read("q=&supplier_id=&limit=").unwrap();
        assert_eq!((l.q, l.supplier_id, l.limit), (None, None, None));
    }

    #[test]
    fn the_refused_parameter_is_named_whatever_else_the_query_holds() {
        for (query, name, says) in [
            ("supplier_id=9223372036854775808&sort=risk", "supplier_id", "use an id"),
            ("sort=risk&lang=fr&supplier_id=abc", "supplier_id", "use an id"),
            ("supplier_id=-1&q=x", "supplier_id", "use an id"),
            ("supplier_id=0", "supplier_id", "use an id"),
            ("q=x&limit=abc", "limit", "use a whole number, e.g. 2"),
            ("limit=-1&q=x", "limit", "of 0 or more"),
            ("q=x&offset=18446744073709551616", "offset", "too large"),
            ("include_superseded=maybe&q=x", "include_superseded", "true or false"),
            ("limit=10&limit=20&q=x", "limit", "more than once"),
            ("q=a&q=b", "q", "more than once"),
            ("lang=de&q=x", "lang", "use one of en, fr"),
        ] {
            let (en, fr, _) = refused(query);
            assert!(en.starts_with(name) && fr.starts_with(name), "{query}: {en} / {fr}");
            assert!(en.contains(says), "{query}: {en}");
            for other in ["q ", "sort", "lang"].into_iter().filter(|o| !name.starts_with(o.trim())) {
                assert!(!en.contains(&format!("{other} “")), "{query}: {en}");
            }
            for library in ["deserialize", "invalid digit", "target type", "duplicate field", "Parse error"] {
                assert!(!en.contains(library) && !fr.contains(library), "{query}: {en} / {fr}");
            }
        }
    }

    #[test]
    fn a_documented_range_is_said_for_a_number_out_of_it() {
        let e = read("limit=-1").unwrap_err();
        let (en, fr) = e.messages(Place::Query, Some((1, 1000)));
        assert_eq!(en, "limit “-1”: use a whole number from 1 to 1000");
        assert_eq!(fr, "limit «\u{a0}-1\u{a0}»\u{a0}: utiliser un nombre entier de 1 à 1000");
    }

    #[test]
    fn a_missing_field_of_a_form_is_named_in_both_languages() {
        #[derive(Debug, Deserialize)]
        #[allow(dead_code)]
        struct Login {
            email: String,
            password: String,
        }
        let e = from_urlencoded::<Login>(b"email=a%40b.c").unwrap_err();
        let (en, fr) = e.messages(Place::Form, None);
        assert_eq!(en, "the form's field password: it is missing, and it is required");
        assert_eq!(fr, "le champ password du formulaire\u{a0}: il manque, et il est obligatoire");
        let e = from_urlencoded::<Login>(b"email=a&email=b&password=x").unwrap_err();
        assert_eq!(e.messages(Place::Form, None).0, "the form's field email: it is given more than once: give it once");
    }

    #[test]
    fn path_ids_are_whole_numbers_from_one_named_by_their_segment() {
        assert_eq!(<(i64, i64)>::from_segments(&[("id", "5"), ("token_id", "7")]), Ok((5, 7)));
        for bad in ["abc", "-1", "0", "9223372036854775808", "99999999999999999999", "1.5", "", "٣"] {
            let e = <(i64, i64)>::from_segments(&[("id", "5"), ("token_id", bad)]).unwrap_err();
            let (en, fr) = e.messages(Place::Path, None);
            assert!(en.starts_with(&format!("token_id “{bad}” in the address: use an id")), "{en}");
            assert!(
                fr.starts_with(&format!("token_id «\u{a0}{bad}\u{a0}» dans l'adresse\u{a0}: utiliser un identifiant")),
                "{fr}"
            );
        }
    }

    /// A name or a value of a closed list off by case only (`Sort`, `S1` for `s1`) is told the one meant.
    #[test]
    fn a_name_or_value_off_by_case_is_told_the_one_meant() {
        let e = ParamError::new(Cause::Unknown(vec!["q", "sort"])).at("Sort", Some("risk"));
        let (en, fr) = e.messages(Place::Query, None);
        assert!(en.ends_with("it takes “q”, “sort”, “lang”; did you mean “sort”?"), "{en}");
        assert!(fr.ends_with("«\u{a0}lang\u{a0}»\u{202f}; vouliez-vous dire «\u{a0}sort\u{a0}»\u{202f}?"), "{fr}");
        let e = ParamError::new(Cause::Unknown(vec!["q"])).at("LANG", Some("fr"));
        assert!(e.messages(Place::Query, None).0.ends_with("did you mean “lang”?"));
        let e = ParamError::new(Cause::OneOf(vec!["S1", "S2"])).at("scope", Some("s1"));
        let (en, _) = e.messages(Place::Query, None);
        assert_eq!(en, "scope “s1”: use one of S1, S2; did you mean “S1”?");
        let e = ParamError::new(Cause::OneOf(vec!["S1", "S2"])).at("scope", Some("S3"));
        assert!(!e.messages(Place::Query, None).0.contains("did you mean"));
    }

    #[test]
    fn a_refusal_quotes_and_spaces_its_punctuation_in_each_language() {
        let e = ParamError::new(Cause::Unknown(vec!["q", "sort"])).at("limt", Some("5"));
        let (en, fr) = e.messages(Place::Query, None);
        assert_eq!(en, "limt “5”: this address takes no such parameter; it takes “q”, “sort”, “lang”");
        assert_eq!(
            fr,
            "limt «\u{a0}5\u{a0}»\u{a0}: cette adresse ne prend pas ce paramètre\u{202f}; elle prend «\u{a0}q\u{a0}», \
             «\u{a0}sort\u{a0}», «\u{a0}lang\u{a0}»"
        );
        let e = ParamError::new(Cause::Unknown(Vec::new())).at("x", None);
        let (en, fr) = e.messages(Place::Form, None);
        assert_eq!(en, "the form's field x: this form has no such field, and nothing was changed; it has none");
        assert_eq!(
            fr,
            "le champ x du formulaire\u{a0}: ce formulaire n'a pas ce champ, et rien n'a été modifié\u{202f}; il n'en a \
             aucun"
        );
        let e = ParamError::new(Cause::Twice).at("lang", None);
        assert_eq!(
            e.messages(Place::Query, None).1,
            "lang\u{a0}: il est donné plus d'une fois\u{a0}: le donner une seule fois, l'une des valeurs en, fr"
        );
    }

    proptest! {
        #[test]
        fn any_refused_value_among_good_ones_is_the_one_named(
            good in proptest::sample::subsequence(vec!["q=rope", "sort=risk", "lang=fr", "limit=5", "offset=0"], 0..5),
            bad in prop_oneof![
                (Just("supplier_id"), "[1-9][0-9]{19,29}|[a-z]{1,8}|-[0-9]{1,5}|0"),
                (Just("limit"), "-[1-9][0-9]{0,4}|[1-9][0-9]{20,29}|[a-z.]{1,6}"),
                (Just("include_superseded"), "[a-su-z]{1,6}|1|0"),
            ]
            .prop_filter("a value that is refused", |(_, v)| v != "false"),
            at in 0usize..6,
        ) {
            let (name, value) = bad;
            let mut parts: Vec<String> = good.iter().filter(|g| !g.starts_with(name)).map(|g| g.to_string()).collect();
            parts.insert(at.min(parts.len()), format!("{name}={value}"));
            let query = parts.join("&");
            let e = read(&query).unwrap_err();
            prop_assert_eq!(e.name(), Some(name), "{}", query);
            let (en, fr) = e.messages(Place::Query, None);
            let expected_en = format!("{name} “{value}”: ");
            let expected_fr = format!("{name} «\u{a0}{value}\u{a0}»\u{a0}: ");
            prop_assert!(en.starts_with(&expected_en), "{}: {}", query, en);
            prop_assert!(fr.starts_with(&expected_fr), "{}: {}", query, fr);
        }
    }
}
