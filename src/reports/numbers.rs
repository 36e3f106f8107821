//! Numbers in the reader's language, by CLDR (ICU4X's `icu_decimal`, compiled data): `en-CA` writes `1,250,000.5`,
//! `fr-CA` writes `1 250 000,5` (a no-break space groups digits, a comma marks the decimals). Percentages, money and
//! times add the language's sign in the place CLDR's patterns give it (`9.2%` / `9,2 %`, `$1,250,000.50` /
//! `1 250 000,50 $`, `4:14 p.m.` / `16 h 14`).

use icu_decimal::input::Decimal;
use icu_decimal::options::DecimalFormatterOptions;
use icu_decimal::{DecimalFormatter, DecimalFormatterPreferences};
use icu_locale_core::Locale;

use crate::domain::Lang;

/// The two formatters, built once from the compiled-in CLDR data.
struct Formatters {
    en: Option<DecimalFormatter>,
    fr: Option<DecimalFormatter>,
}

fn formatter(tag: &str) -> Option<DecimalFormatter> {
    let locale: Locale = tag.parse().ok()?;
    DecimalFormatter::try_new(DecimalFormatterPreferences::from(&locale), DecimalFormatterOptions::default()).ok()
}

thread_local! {
    // One pair a thread: ICU4X's compiled data is shared, the formatter's handle to it is not `Sync`.
    static FORMATTERS: Formatters = Formatters { en: formatter("en-CA"), fr: formatter("fr-CA") };
}

/// The largest magnitude formatted through an integer (beyond it, digits past the 17th mean nothing in an `f64`).
const LIMIT: f64 = 1e15;

/// A number with exactly `decimals` digits after the mark (rounded half away from zero), grouped, in a language.
/// Not-a-number and infinities (never produced by the service's arithmetic) are written as Rust writes them.
pub fn decimal(lang: Lang, x: f64, decimals: u8) -> String {
    let decimals = decimals.min(6);
    let scale = 10f64.powi(i32::from(decimals));
    let scaled = (x * scale).round();
    if !(scaled.is_finite() && scaled.abs() < LIMIT) {
        return format!("{x:.prec$}", prec = usize::from(decimals));
    }
    // Exact: `scaled` is an integer below 10^15, which an i64 holds and an f64 represents.
    #[allow(clippy::cast_possible_truncation)]
    let mut d = Decimal::from(scaled as i64);
    let shift = -i16::from(decimals);
    d.multiply_pow10(shift);
    d.absolute.pad_end(shift);
    let text = FORMATTERS.with(|fs| {
        let f = match lang {
            Lang::En => fs.en.as_ref(),
            Lang::Fr => fs.fr.as_ref(),
        };
        f.map_or_else(|| format!("{x:.prec$}", prec = usize::from(decimals)), |f| f.format(&d).to_string())
    });
    // CLDR's minus is the hyphen-minus in both locales; typography wants the minus sign.
    text.replacen('-', "\u{2212}", 1)
}

/// A number with at most `decimals` digits after the mark, trailing zeros dropped (`0.85`, `3.5`, `60`).
pub fn shortest(lang: Lang, x: f64, decimals: u8) -> String {
    let scale = 10f64.powi(i32::from(decimals.min(6)));
    let rounded = (x * scale).round() / scale;
    let mut places = 0;
    while places < decimals.min(6) {
        let s = 10f64.powi(i32::from(places));
        if ((rounded * s).round() - rounded * s).abs() < 1e-9 {
            break;
        }
        places += 1;
    }
    decimal(lang, rounded, places)
}

/// A whole count, grouped (`23,012` / `23 012`).
pub fn count(lang: Lang, n: u64) -> String {
    #[allow(clippy::cast_precision_loss)]
    decimal(lang, n as f64, 0)
}

/// A share (0–1) as a percentage with one decimal at most: `9.2%` / `9,2 %` (CLDR: `#,##0%` and `#,##0 %`).
pub fn percent(lang: Lang, share: f64) -> String {
    let n = shortest(lang, share * 100.0, 1);
    match lang {
        Lang::En => format!("{n}%"),
        Lang::Fr => format!("{n}\u{a0}%"),
    }
}

/// Canadian dollars with `decimals` digits (0 or 2): `$1,250,000.50` / `1 250 000,50 $`, a negative sum with the
/// minus sign before the amount (`−$5` / `−5 $`).
pub fn money(lang: Lang, x: f64, decimals: u8) -> String {
    let body = decimal(lang, x.abs(), decimals);
    let zero = body.chars().all(|c| !c.is_ascii_digit() || c == '0');
    let sign = if x < 0.0 && !zero { "\u{2212}" } else { "" };
    match lang {
        Lang::En => format!("{sign}${body}"),
        Lang::Fr => format!("{sign}{body}\u{a0}$"),
    }
}

/// A time of day as the Government of Canada's style guides write it: `4:14 p.m.` / `16 h 14`.
pub fn time(lang: Lang, t: chrono::NaiveTime) -> String {
    use chrono::Timelike;
    let (h, m) = (t.hour(), t.minute());
    match lang {
        Lang::En => {
            let (h12, half) = match h {
                0 => (12, "a.m."),
                1..=11 => (h, "a.m."),
                12 => (12, "p.m."),
                _ => (h - 12, "p.m."),
            };
            format!("{h12}:{m:02}\u{a0}{half}")
        }
        Lang::Fr => format!("{h}\u{a0}h\u{a0}{m:02}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Spaces of any kind as a plain space, to compare with what people write.
    fn plain(s: &str) -> String {
        s.replace(['\u{a0}', '\u{202f}'], " ")
    }

    #[test]
    fn numbers_follow_the_language_by_cldr() {
        assert_eq!(decimal(Lang::En, 1_250_000.5, 2), "1,250,000.50");
        assert_eq!(plain(&decimal(Lang::Fr, 1_250_000.5, 2)), "1 250 000,50");
        assert_eq!(decimal(Lang::Fr, 9.25, 1), "9,3");
        assert_eq!(decimal(Lang::En, -3.0, 1), "\u{2212}3.0");
        assert_eq!(shortest(Lang::Fr, 0.85, 2), "0,85");
        assert_eq!(shortest(Lang::En, 60.0, 2), "60");
        assert_eq!(shortest(Lang::En, 3.5, 2), "3.5");
        assert_eq!(plain(&count(Lang::Fr, 23_012)), "23 012");
        assert_eq!(count(Lang::En, 23_012), "23,012");
        assert_eq!(plain(&percent(Lang::Fr, 0.092)), "9,2 %");
        assert_eq!(percent(Lang::En, 0.092), "9.2%");
        assert_eq!(plain(&money(Lang::Fr, 1_250_000.5, 2)), "1 250 000,50 $");
        assert_eq!(money(Lang::En, 1_250_000.5, 2), "$1,250,000.50");
        assert_eq!(money(Lang::En, -0.2, 0), "$0");
        assert_eq!(plain(&time(Lang::Fr, chrono::NaiveTime::from_hms_opt(16, 14, 0).unwrap())), "16 h 14");
        assert_eq!(plain(&time(Lang::En, chrono::NaiveTime::from_hms_opt(16, 14, 0).unwrap())), "4:14 p.m.");
    }
}
