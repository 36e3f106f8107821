//! Formulas made of constants only (`=1200+650`, `=DATE(2026,3,31)`, `=1/0`), worked out to tell a stored result
//! that was never calculated from a real one.
//!
//! A workbook written by a program that cannot calculate stores a placeholder (0) as each formula's result. When it
//! flags itself to be recalculated on open, the placeholders are known (see `spreadsheet`); but a spreadsheet program
//! that opens it without recalculating (LibreOffice's default for files of Excel) and saves it again drops the flag
//! and keeps the placeholders, which then look calculated. A formula of constants gives one result whatever the rest
//! of the workbook holds, so a stored result that differs from it was never calculated. Formulas that refer to cells
//! or call other functions are not worked out: their stored result stands.

/// What a formula of constants gives: a number, or a text.
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    /// A number (a date as its Excel day serial).
    Number(f64),
    /// A text, with whether a function that changes letter case made it (`UPPER`, `LOWER`, `PROPER`): spreadsheet
    /// programs and Unicode differ on a few letters (`ß`), so such a text is compared without regard to case.
    Text(String, bool),
}

/// The value of a formula of constants, number or text: what [`constant_value`] reads, and text — literals in double
/// quotes (`""` for a quotation mark inside), joined by `&`, through `CONCATENATE`/`CONCAT`, `UPPER`, `LOWER`,
/// `PROPER` and `TRIM` (spaces trimmed and runs of spaces made one, as Excel's `TRIM` does). A whole number joined to a
/// text is written as Excel's General format writes it (`="Lot "&12` → `Lot 12`); a fraction is not worked out
/// (`None`), nor is arithmetic on a text. `None` for anything else, as for [`constant_value`].
pub fn constant(formula: &str) -> Option<Result<Constant, ()>> {
    let chars: Vec<char> = formula.trim().trim_start_matches('=').chars().collect();
    let mut p = Parser { chars, at: 0, depth: 0, folded: false };
    let value = p.concat()?;
    p.skip_spaces();
    if p.at != p.chars.len() {
        return None;
    }
    let folded = p.folded;
    Some(value.and_then(|v| match v {
        V::Number(n) => finite(n).map(Constant::Number),
        V::Text(t) => Ok(Constant::Text(t, folded)),
    }))
}

/// Whether a formula is worked out from its own text ([`constant`] reads it): its result does not depend on other
/// cells, names or the clock, so a stored result is checked against it rather than trusted or doubted.
pub fn is_constant(formula: &str) -> bool {
    constant(formula).is_some()
}

/// How deep parentheses and `DATE(` may nest in a formula that is worked out: Excel allows 64 levels of nested
/// functions, and a formula typed by a person holds a few; the bound keeps the parser's recursion (about five calls
/// a level) small on any thread.
pub const MAX_DEPTH: usize = 100;

/// Whether a formula of constants stored `cached` as its result while it gives something else (another number, a
/// text, an error): its stored result was never calculated. `false` for a formula that is not of constants only.
/// `epoch_1904`: the workbook counts days from 1904-01-01 (Excel for Mac before 2011), whose serials are 1,462 days
/// less; a formula with a date is then not judged, as a number's serial cannot be told from a count.
pub fn stored_result_is_stale(formula: &str, cached: f64, epoch_1904: bool) -> bool {
    if epoch_1904 && formula.to_ascii_uppercase().contains("DATE(") {
        return false;
    }
    match constant(formula) {
        Some(Ok(Constant::Number(v))) => (v - cached).abs() > 1e-9 * v.abs().max(1.0),
        Some(Ok(Constant::Text(..)) | Err(())) => true,
        None => false,
    }
}

/// Whether a formula of constants stored the text `cached` as its result while it gives another text or an error
/// (`="Chi"&"na"` stored as `India`): its stored result was never calculated, or was typed over the file by other
/// means. `false` for a formula that is not of constants only, or that gives a number (a text stored for a number is
/// not judged).
pub fn stored_text_is_stale(formula: &str, cached: &str) -> bool {
    match constant(formula) {
        Some(Ok(Constant::Text(t, false))) => t != cached,
        Some(Ok(Constant::Text(t, true))) => t.to_uppercase() != cached.to_uppercase(),
        Some(Err(())) => true,
        Some(Ok(Constant::Number(_))) | None => false,
    }
}

/// A value met while working a formula out.
#[derive(Debug, Clone)]
enum V {
    Number(f64),
    Text(String),
}

type Value = Result<V, ()>;

/// A number of a value, for arithmetic: a text is not worked out (`None`), as spreadsheets read some texts as numbers.
fn number(v: Value) -> Option<Result<f64, ()>> {
    match v {
        Ok(V::Number(n)) => Some(Ok(n)),
        Ok(V::Text(_)) => None,
        Err(()) => Some(Err(())),
    }
}

/// A value as text, for `&` and the text functions: a whole number as Excel's General format writes it; a fraction is
/// not worked out (`None`).
fn text(v: Value) -> Option<Result<String, ()>> {
    match v {
        Ok(V::Text(t)) => Some(Ok(t)),
        Ok(V::Number(n)) if n.fract() == 0.0 && n.abs() < 1e15 => Some(Ok(format!("{n:.0}"))),
        Ok(V::Number(_)) => None,
        Err(()) => Some(Err(())),
    }
}

/// Arithmetic on two numbers (`None` when either is a text).
fn arith(a: Value, b: Value, op: impl Fn(f64, f64) -> Result<f64, ()>) -> Option<Value> {
    let (a, b) = (number(a)?, number(b)?);
    Some(a.and_then(|a| b.and_then(|b| op(a, b))).map(V::Number))
}

struct Parser {
    chars: Vec<char>,
    at: usize,
    /// The parentheses and functions open around `at`.
    depth: usize,
    /// Whether a function that changes letter case was met.
    folded: bool,
}

impl Parser {
    fn skip_spaces(&mut self) {
        while self.chars.get(self.at).is_some_and(|c| c.is_whitespace()) {
            self.at += 1;
        }
    }

    fn peek(&mut self) -> Option<char> {
        self.skip_spaces();
        self.chars.get(self.at).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        let found = self.peek() == Some(c);
        self.at += usize::from(found);
        found
    }

    /// Texts joined by `&` (the operator of lowest precedence here).
    fn concat(&mut self) -> Option<Value> {
        let mut v = self.expr()?;
        while self.eat('&') {
            let r = self.expr()?;
            let (a, b) = (text(v)?, text(r)?);
            v = a.and_then(|a| b.map(|b| V::Text(a + &b)));
        }
        Some(v)
    }

    fn expr(&mut self) -> Option<Value> {
        let mut v = self.term()?;
        loop {
            if self.eat('+') {
                let r = self.term()?;
                v = arith(v, r, |a, b| Ok(a + b))?;
            } else if self.eat('-') {
                let r = self.term()?;
                v = arith(v, r, |a, b| Ok(a - b))?;
            } else {
                return Some(v);
            }
        }
    }

    fn term(&mut self) -> Option<Value> {
        let mut v = self.power()?;
        loop {
            if self.eat('*') {
                let r = self.power()?;
                v = arith(v, r, |a, b| Ok(a * b))?;
            } else if self.eat('/') {
                let r = self.power()?;
                v = arith(v, r, |a, b| if b == 0.0 { Err(()) } else { Ok(a / b) })?;
            } else {
                return Some(v);
            }
        }
    }

    fn power(&mut self) -> Option<Value> {
        let base = self.unary()?;
        if self.eat('^') {
            let exp = self.unary()?;
            return arith(base, exp, |a, b| finite(a.powf(b)));
        }
        Some(base)
    }

    /// Signs before a primary, in a loop: a run of 100,000 `-` costs no depth.
    fn unary(&mut self) -> Option<Value> {
        let mut negative = false;
        let mut signed = false;
        loop {
            if self.eat('-') {
                negative = !negative;
                signed = true;
            } else if self.eat('+') {
                signed = true;
            } else {
                break;
            }
        }
        let v = self.primary()?;
        if !signed {
            return Some(v);
        }
        let n = number(v)?;
        Some(n.map(|n| V::Number(if negative { -n } else { n })))
    }

    /// One level deeper (a parenthesis or a function opened); `None` past [`MAX_DEPTH`].
    fn descend(&mut self) -> Option<()> {
        self.depth += 1;
        (self.depth <= MAX_DEPTH).then_some(())
    }

    fn primary(&mut self) -> Option<Value> {
        if self.eat('(') {
            self.descend()?;
            let v = self.concat()?;
            self.depth -= 1;
            return self.eat(')').then_some(v);
        }
        if self.eat('"') {
            return self.literal();
        }
        let start = self.at;
        while self.chars.get(self.at).is_some_and(|c| c.is_ascii_digit() || *c == '.') {
            self.at += 1;
        }
        if self.at > start {
            let text: String = self.chars.get(start..self.at)?.iter().collect();
            return text.parse::<f64>().ok().map(|n| Ok(V::Number(n)));
        }
        // A function: its name (Excel writes newer ones with `_xlfn.`), then its arguments in parentheses.
        while self.chars.get(self.at).is_some_and(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '.') {
            self.at += 1;
        }
        let name: String = self.chars.get(start..self.at)?.iter().collect::<String>().to_ascii_uppercase();
        let name = name.strip_prefix("_XLFN.").unwrap_or(&name).to_string();
        if name.is_empty() || !self.eat('(') {
            return None;
        }
        self.descend()?;
        let mut args = Vec::new();
        if !self.eat(')') {
            loop {
                args.push(self.concat()?);
                if self.eat(')') {
                    break;
                }
                self.separator()?;
            }
        }
        self.depth -= 1;
        self.function(&name, args)
    }

    /// A text literal after its opening quotation mark, `""` standing for one quotation mark.
    fn literal(&mut self) -> Option<Value> {
        let mut out = String::new();
        loop {
            let c = *self.chars.get(self.at)?;
            self.at += 1;
            if c == '"' {
                if self.chars.get(self.at) == Some(&'"') {
                    self.at += 1;
                } else {
                    return Some(Ok(V::Text(out)));
                }
            }
            out.push(c);
        }
    }

    /// The functions worked out, by their English names; `None` for any other or for a wrong count of arguments.
    fn function(&mut self, name: &str, args: Vec<Value>) -> Option<Value> {
        let one_text = |args: Vec<Value>| -> Option<Result<String, ()>> {
            let [a] = <[Value; 1]>::try_from(args).ok()?;
            text(a)
        };
        match name {
            "DATE" => {
                let [y, m, d] = <[Value; 3]>::try_from(args).ok()?;
                let (y, m, d) = (number(y)?, number(m)?, number(d)?);
                Some(y.and_then(|y| m.and_then(|m| d.and_then(|d| date_serial(y, m, d)))).map(V::Number))
            }
            "CONCATENATE" | "CONCAT" if !args.is_empty() => {
                let mut out = String::new();
                for a in args {
                    match text(a)? {
                        Ok(t) => out.push_str(&t),
                        Err(()) => return Some(Err(())),
                    }
                }
                Some(Ok(V::Text(out)))
            }
            "UPPER" | "LOWER" | "PROPER" => {
                self.folded = true;
                Some(
                    one_text(args)?.map(|t| V::Text(if name == "LOWER" { t.to_lowercase() } else { t.to_uppercase() })),
                )
            }
            "TRIM" => Some(
                one_text(args)?.map(|t| V::Text(t.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>().join(" "))),
            ),
            _ => None,
        }
    }

    fn separator(&mut self) -> Option<()> {
        (self.eat(',') || self.eat(';')).then_some(())
    }
}

fn finite(v: f64) -> Result<f64, ()> {
    if v.is_finite() { Ok(v) } else { Err(()) }
}

/// Excel's `DATE(year, month, day)` as a day serial of the 1900 system (day 1 is 1900-01-01; from March 1900 on, the
/// serial counts from 1899-12-30). Months and days past their end roll over, as in Excel; years 0–1899 are 1900 on.
fn date_serial(year: f64, month: f64, day: f64) -> Result<f64, ()> {
    let (year, month, day) = (year.trunc(), month.trunc(), day.trunc());
    let year = if (0.0..1900.0).contains(&year) { year + 1900.0 } else { year };
    if !(1900.0..10_000.0).contains(&year) || month.abs() > 1e6 || day.abs() > 1e8 {
        return Err(());
    }
    // Whole numbers in range: the casts below are exact.
    let months = (year as i64) * 12 + (month as i64) - 1;
    let first = chrono::NaiveDate::from_ymd_opt(
        i32::try_from(months.div_euclid(12)).map_err(|_| ())?,
        u32::try_from(months.rem_euclid(12) + 1).map_err(|_| ())?,
        1,
    )
    .ok_or(())?;
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).ok_or(())?;
    let serial = (first - epoch).num_days() + (day as i64) - 1;
    // Excel counts a 29 February 1900 that never was: serials before March 1900 are one less.
    let serial = if serial < 61 { serial - 1 } else { serial };
    if serial < 0 { Err(()) } else { Ok(serial as f64) }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The value of a formula of constants as it is shown (`=1200+650`, with or without its `=`): numbers, `+ - * / ^`,
    /// parentheses, and `DATE(year, month, day)` as an Excel day serial (1900 system; its arguments separated by `,` or
    /// `;`). `None` when the formula holds anything else (a cell, another function, text, a percent sign) or gives text;
    /// `Some(Err(()))` when it holds only constants but gives an error (a division by zero, a date out of range).
    ///
    /// A result too large for a number (`=10^308*10`, `=99…9` of 400 digits) is an error, as in Excel (`#NUM!`).
    /// Parentheses and `DATE(` nested deeper than [`MAX_DEPTH`] are not worked out (`None`): the parser descends once per
    /// level, and a formula of 100,000 `(` would exhaust the stack of the thread reading it.
    fn constant_value(formula: &str) -> Option<Result<f64, ()>> {
        match constant(formula)? {
            Ok(Constant::Number(n)) => Some(Ok(n)),
            Ok(Constant::Text(..)) => None,
            Err(()) => Some(Err(())),
        }
    }

    #[test]
    fn formulas_of_constants_are_worked_out_and_others_are_not() {
        for (formula, value) in [
            ("=1200+650", 1850.0),
            ("=100-30", 70.0),
            ("=DATE(2026,3,31)", 46112.0),
            ("=DATE(2026;3;31)", 46112.0),
            ("= 2 * (3 + 4) ^ 2 / 7", 14.0),
            ("=-5+10", 5.0),
            ("=date(2025,13,1)", 46023.0),
            ("=DATE(1900,3,1)", 61.0),
            ("=DATE(1900,1,1)", 1.0),
            ("1.5*2", 3.0),
        ] {
            assert_eq!(constant_value(formula), Some(Ok(value)), "{formula}");
        }
        for formula in ["=1/0", "=DATE(12000,1,1)", "=(1-1)^-1", "=10^308*10", "=10^308+10^308"] {
            assert_eq!(constant_value(formula), Some(Err(())), "{formula}");
        }
        assert_eq!(constant_value(&format!("={}", "9".repeat(400))), Some(Err(())));
        for formula in ["=A1+1", "=SUM(1,2)", "=1+", "=(1+2", "=50%", "=\"a\"", "=Sheet!B2", "=DATE(2026,3)", ""] {
            assert_eq!(constant_value(formula), None, "{formula}");
        }
    }

    #[test]
    fn a_stored_result_other_than_the_formulas_own_is_stale() {
        assert!(stored_result_is_stale("=1200+650", 0.0, false));
        assert!(stored_result_is_stale("=DATE(2026,3,31)", 0.0, false));
        assert!(stored_result_is_stale("=1/0", 0.0, false));
        assert!(stored_result_is_stale("=1200+650", 0.0, true));
        assert!(!stored_result_is_stale("=DATE(2026,3,31)", 46112.0 - 1462.0, true));
        assert!(!stored_result_is_stale("=1200+650", 1850.0, false));
        assert!(!stored_result_is_stale("=0.1+0.2", 0.3, false));
        assert!(!stored_result_is_stale("=A1*2", 0.0, false));
    }

    #[test]
    fn text_formulas_of_constants_are_worked_out_and_their_stored_text_judged() {
        for (formula, text) in [
            (r#"="Chi"&"na""#, "China"),
            (r#"= "Côte d'Ivoire" "#, "Côte d'Ivoire"),
            (r#"="Lot "&12"#, "Lot 12"),
            (r#"="a""b""#, "a\"b"),
            (r#"=CONCATENATE("Viet";" ";"Nam")"#, "Viet Nam"),
            (r#"=_xlfn.CONCAT("In","dia")"#, "India"),
            (r#"=TRIM("  Viet   Nam ")"#, "Viet Nam"),
            (r#"=("A"&"B")&"C""#, "ABC"),
        ] {
            assert_eq!(constant(formula), Some(Ok(Constant::Text(text.into(), false))), "{formula}");
        }
        assert_eq!(constant(r#"=UPPER("china")"#), Some(Ok(Constant::Text("CHINA".into(), true))));
        // Not worked out: references, unknown functions, arithmetic on text, a fraction joined to text.
        for formula in [r#"=A1&"x""#, r#"=LEFT("abc",1)"#, r#"="1"+1"#, r#"="x"&1.5"#, r#"="open"#, r#"=-"a""#] {
            assert_eq!(constant(formula), None, "{formula}");
        }
        assert_eq!(constant(r#"="a"&1/0"#), Some(Err(())));
        assert!(stored_text_is_stale(r#"="Chi"&"na""#, "India"));
        assert!(stored_text_is_stale(r#"=UPPER("china")"#, "INDIA"));
        assert!(stored_text_is_stale(r#"="a"&1/0"#, "a"));
        assert!(!stored_text_is_stale(r#"=UPPER("straße")"#, "STRAßE"));
        assert!(!stored_text_is_stale(r#"="Chi"&"na""#, "China"));
        assert!(!stored_text_is_stale("=1+1", "3"));
        assert!(!stored_text_is_stale("=B2", "India"));
        // A text formula whose stored result is a number (a placeholder 0) was never calculated.
        assert!(stored_result_is_stale(r#"="C"&"N""#, 0.0, false));
    }

    #[test]
    fn formulas_of_any_depth_or_length_are_read_without_exhausting_the_stack() {
        // Run on a thread of 1 MiB: each case below took the parser past an 8 MiB stack before nesting was bounded
        // (100,000 parentheses; a run of signs recursed once a sign).
        let deep = std::thread::Builder::new()
            .stack_size(1024 * 1024)
            .spawn(|| {
                let n = 100_000;
                let parens = format!("={}1{}", "(".repeat(n), ")".repeat(n));
                let unclosed = format!("={}", "(".repeat(n));
                let dates = format!("={}1{}", "DATE(".repeat(n), ",1,1)".repeat(n));
                let signs = format!("={}1", "-".repeat(n));
                let mixed = format!("={}1{}", "-(".repeat(n), ")".repeat(n));
                [parens, unclosed, dates, signs, mixed].map(|f| constant_value(&f))
            })
            .unwrap()
            .join()
            .unwrap();
        assert_eq!(deep, [None, None, None, Some(Ok(1.0)), None]);
        // Within the bound, nesting is worked out as before.
        let depth = MAX_DEPTH;
        assert_eq!(constant_value(&format!("={}2{}", "(".repeat(depth), ")".repeat(depth))), Some(Ok(2.0)));
        assert_eq!(constant_value(&format!("={}7", "-".repeat(depth * 10 + 1))), Some(Ok(-7.0)));
        let chain = ["1"; 20_000].join("+");
        assert_eq!(constant_value(&chain), Some(Ok(20_000.0)));
        assert!(stored_result_is_stale(&format!("={}1{}", "(".repeat(depth), ")".repeat(depth)), 0.0, false));
        assert!(!stored_result_is_stale(&format!("={}1{}", "(".repeat(depth + 1), ")".repeat(depth + 1)), 0.0, false));
    }
}
