//! Template helpers: `t` (catalogue lookup with `{name}` placeholders), `num` and `signed` (numbers in the
//! language's convention), `country` (a code's name in the page's language).

use std::sync::Arc;

use handlebars::{
    Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext, RenderError, RenderErrorReason,
};

use super::Catalog;
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

/// Formats a number with one decimal, with a decimal comma in French.
pub fn format_number(lang: Lang, x: f64, decimals: usize) -> String {
    let s = format!("{x:.decimals$}");
    match lang {
        Lang::En => s,
        Lang::Fr => s.replace('.', ","),
    }
}

/// Formats a sum of Canadian dollars, whole dollars with digits grouped: `$1,234,567` in English,
/// `1 234 567 $` in French (narrow no-break spaces, as the Government of Canada writes them).
pub fn format_money(lang: Lang, x: f64) -> String {
    let digits = format!("{:.0}", x.abs());
    let sep = match lang {
        Lang::En => ',',
        Lang::Fr => '\u{202f}',
    };
    let mut grouped = String::with_capacity(digits.len() + digits.len() / 3 * 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            grouped.push(sep);
        }
        grouped.push(c);
    }
    let sign = if x < 0.0 && digits != "0" { "−" } else { "" };
    match lang {
        Lang::En => format!("{sign}${grouped}"),
        Lang::Fr => format!("{sign}{grouped}\u{a0}$"),
    }
}

struct Translate(Arc<Catalog>);

impl HelperDef for Translate {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let key = h.param(0).and_then(|p| p.value().as_str()).ok_or_else(|| missing("t", "a key is required"))?;
        if !self.0.has(key) {
            return Err(missing("t", &format!("no message `{key}` in both catalogues")));
        }
        let mut text = self.0.get(page_lang(ctx), key).to_string();
        for (name, value) in h.hash() {
            let v = match value.value() {
                serde_json::Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            text = text.replace(&format!("{{{name}}}"), &v);
        }
        out.write(&handlebars::html_escape(&text))?;
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
        let x = h.param(0).and_then(|p| p.value().as_f64()).ok_or_else(|| missing("num", "a number is required"))?;
        let decimals = h.hash_get("decimals").and_then(|v| v.value().as_u64()).unwrap_or(1) as usize;
        let lang = page_lang(ctx);
        let body = format_number(lang, x.abs(), decimals);
        let text = if !self.signed {
            format_number(lang, x, decimals)
        } else if x < 0.0 {
            format!("−{body}")
        } else {
            format!("+{body}")
        };
        out.write(&text)?;
        Ok(())
    }
}

struct Country;

impl HelperDef for Country {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let code =
            h.param(0).and_then(|p| p.value().as_str()).ok_or_else(|| missing("country", "a code is required"))?;
        let name = CountryCode::parse(code).map_or(code, |c| c.name(page_lang(ctx)));
        out.write(&handlebars::html_escape(name))?;
        Ok(())
    }
}

/// Registers the helpers on a registry.
pub fn register(hbs: &mut Handlebars<'static>, catalog: Arc<Catalog>) {
    hbs.register_helper("t", Box::new(Translate(catalog)));
    hbs.register_helper("num", Box::new(Num { signed: false }));
    hbs.register_helper("signed", Box::new(Num { signed: true }));
    hbs.register_helper("country", Box::new(Country));
}
