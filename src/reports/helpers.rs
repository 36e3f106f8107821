//! Template helpers: `t` (a Fluent message of the catalogue, with variables), `t_code` (one whose arguments are code,
//! each written within `<code>`), `num` and `signed` (numbers in the language's convention), `country` (a code's
//! name in the page's language), `day` (a day of the data, ISO 8601, in words of the page's language, for days
//! inside sentences: `{{day awarded_on}}`, `{{t "case.opened" when=(day opened_on)}}`; table columns and form values
//! keep ISO 8601).

use std::sync::Arc;

use handlebars::{
    Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext, RenderError, RenderErrorReason,
    ScopedJson,
};

use fluent_bundle::{FluentArgs, FluentValue};

use super::{Catalog, numbers};
use crate::domain::{CountryCode, Lang};

fn page_lang(ctx: &Context) -> Lang {
    match ctx.data().get("lang").and_then(|v| v.as_str()) {
        Some("fr") => Lang::Fr,
        _ => Lang::En,
    }
}

fn missing(helper: &'static str, what: &str) -> RenderError {
    RenderErrorReason::Other(format!("{helper}: {what}")).into()
}

/// Formats a number with `decimals` digits in the language's convention (CLDR, `reports::numbers`).
pub fn format_number(lang: Lang, x: f64, decimals: usize) -> String {
    numbers::decimal(lang, x, u8::try_from(decimals).unwrap_or(6))
}

/// Formats a sum of Canadian dollars with digits grouped by CLDR, cents only when there are some: `$1,234,567`,
/// `$1,250,000.50` in English; `1 234 567 $`, `1 250 000,50 $` in French.
pub fn format_money(lang: Lang, x: f64) -> String {
    // Whole dollars when the amount is whole; its cents when it has some (a contract of 1 250 000,50 $ is not
    // 1 250 001 $).
    let cents = (x * 100.0).round() % 100.0 != 0.0;
    numbers::money(lang, x, if cents { 2 } else { 0 })
}

/// A template value as a Fluent argument: numbers stay numbers (written by CLDR, choosing plurals), the rest text.
fn fluent_arg(v: &serde_json::Value) -> FluentValue<'static> {
    match v {
        serde_json::Value::Number(n) => n.as_f64().map_or_else(|| FluentValue::from(n.to_string()), FluentValue::from),
        serde_json::Value::String(s) => FluentValue::from(s.clone()),
        other => FluentValue::from(other.to_string()),
    }
}

/// A message of the catalogue. A value, not written text: `{{t …}}` is escaped once, where it is written, as any
/// value; `(t …)` passed to a partial or another helper is the message itself, escaped once where that writes it.
struct Translate(Arc<Catalog>);

impl HelperDef for Translate {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        let key = h.param(0).and_then(|p| p.value().as_str()).ok_or_else(|| missing("t", "a key is required"))?;
        if !self.0.has(key) {
            return Err(missing("t", &format!("no message `{key}` in both catalogues")));
        }
        let mut args = FluentArgs::new();
        for (name, value) in h.hash() {
            // An identifier or a year is a name, not a quantity: never grouped (`#1234`, `2026`).
            let arg = if *name == "id" || *name == "year" || name.ends_with("_id") {
                FluentValue::from(match value.value() {
                    serde_json::Value::String(s) => s.clone(),
                    other => other.to_string(),
                })
            } else {
                fluent_arg(value.value())
            };
            args.set(name.to_string(), arg);
        }
        let text = self.0.format(page_lang(ctx), key, &args);
        Ok(ScopedJson::Derived(serde_json::Value::String(text)))
    }
}

/// A message of the catalogue whose named arguments are code people type or read as it is (a command, an address):
/// `{{t_code "dossier.audit_lead" command="chainon audit verify"}}`. The message is written escaped, and each
/// argument within `<code>` (escaped too), where the message puts it: markup stays out of the catalogues (no
/// backticks or tags shown as they are, in either language) and the translation keeps its own word order.
struct TranslateCode(Arc<Catalog>);

/// The first character of the Unicode private use area: argument `i` of a `t_code` message stands in it as
/// `U+E000 + i` until the message is escaped (no message and no escape writes such a character).
const CODE_MARK: u32 = 0xE000;

impl HelperDef for TranslateCode {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let key = h.param(0).and_then(|p| p.value().as_str()).ok_or_else(|| missing("t_code", "a key is required"))?;
        if !self.0.has(key) {
            return Err(missing("t_code", &format!("no message `{key}` in both catalogues")));
        }
        let mut args = FluentArgs::new();
        let mut codes = Vec::new();
        for (i, (name, value)) in h.hash().iter().enumerate() {
            let mark = u32::try_from(i)
                .ok()
                .and_then(|i| char::from_u32(CODE_MARK + i))
                .filter(|c| ('\u{E000}'..='\u{F8FF}').contains(c))
                .ok_or_else(|| missing("t_code", "too many arguments"))?;
            let text = match value.value() {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            args.set(name.to_string(), FluentValue::from(mark.to_string()));
            codes.push((mark, format!("<code>{}</code>", handlebars::html_escape(&text))));
        }
        let mut html = handlebars::html_escape(&self.0.format(page_lang(ctx), key, &args));
        for (mark, code) in codes {
            html = html.replace(mark, &code);
        }
        out.write(&html)?;
        Ok(())
    }
}

struct Num {
    signed: bool,
}

impl HelperDef for Num {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let value = h.param(0).map(|p| p.value()).ok_or_else(|| missing("num", "a number is required"))?;
        let x = value.as_f64().ok_or_else(|| missing("num", "a number is required"))?;
        // A count (an integer in the page's data) has no decimals; a measure has one unless told.
        let whole = value.is_u64() || value.is_i64();
        let decimals = h
            .hash_get("decimals")
            .and_then(|v| v.value().as_u64())
            .map_or(if whole { 0 } else { 1 }, |d| usize::try_from(d).unwrap_or(6));
        let lang = page_lang(ctx);
        let body = format_number(lang, x.abs(), decimals);
        let text = if !self.signed {
            format_number(lang, x, decimals)
        } else if x < 0.0 {
            format!("\u{2212}{body}")
        } else {
            format!("+{body}")
        };
        out.write(&text)?;
        Ok(())
    }
}

/// A country's name by its code, a value (escaped once where it is written, as `t`).
struct Country;

impl HelperDef for Country {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        let code =
            h.param(0).and_then(|p| p.value().as_str()).ok_or_else(|| missing("country", "a code is required"))?;
        let name = CountryCode::parse(code).map_or(code, |c| c.name(page_lang(ctx)));
        Ok(ScopedJson::Derived(serde_json::Value::String(name.to_string())))
    }
}

/// A day in words (`reports::dates`); a value that is not a whole ISO day (an empty end date, an edition's own
/// label) is given as it is. A value, so that it composes: `(day x)` as a message's argument.
struct Day(Arc<Catalog>);

impl HelperDef for Day {
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<ScopedJson<'rc>, RenderError> {
        let value = h.param(0).map(|p| p.value()).ok_or_else(|| missing("day", "a day is required"))?;
        let text = value.as_str().unwrap_or_default();
        let words = super::dates::date_or_text(&self.0, page_lang(ctx), text);
        Ok(ScopedJson::Derived(serde_json::Value::String(words)))
    }
}

/// Registers the helpers on a registry.
pub fn register(hbs: &mut Handlebars<'static>, catalog: Arc<Catalog>) {
    hbs.register_helper("day", Box::new(Day(catalog.clone())));
    hbs.register_helper("t_code", Box::new(TranslateCode(catalog.clone())));
    hbs.register_helper("t", Box::new(Translate(catalog)));
    hbs.register_helper("num", Box::new(Num { signed: false }));
    hbs.register_helper("signed", Box::new(Num { signed: true }));
    hbs.register_helper("country", Box::new(Country));
}

/// A list entry's name as pages show it (`name` and `key` as stored): an entry of a CBP order that names no firm
/// ([`crate::screening::parse::region_entry`], "Cotton (CN)") framed in the reader's language, CBP's industry words
/// quoted as the publisher's ("Order on “Cotton” goods (country: China; no firm named)", « Ordonnance sur les biens
/// « Cotton » (pays : Chine ; aucune entreprise nommée) »); any other name as the list writes it.
pub fn entry_label(cat: &Catalog, lang: crate::domain::Lang, name: &str, key: &str) -> String {
    match crate::screening::parse::region_entry(name, key) {
        Some((industry, country)) => {
            let mut a = super::MessageArgs::new();
            a.set("industry", industry.to_string());
            a.set("country", country.name(lang).to_string());
            cat.format(lang, "screening.region_entry", &a)
        }
        None => name.to_string(),
    }
}
