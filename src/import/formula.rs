//! Formulas made of constants only (`=1200+650`, `=DATE(2026,3,31)`, `=1/0`), worked out to tell a stored result
//! that was never calculated from a real one.
//!
//! A workbook written by a program that cannot calculate stores a placeholder (0) as each formula's result. When it
//! flags itself to be recalculated on open, the placeholders are known (see `spreadsheet`); but a spreadsheet program
//! that opens it without recalculating (LibreOffice's default for files of Excel) and saves it again drops the flag
//! and keeps the placeholders, which then look calculated. A formula of constants gives one result whatever the rest
//! of the workbook holds, so a stored result that differs from it was never calculated. Formulas that refer to cells
//! or call other functions are not worked out: their stored result stands.

/// The value of a formula of constants as it is shown (`=1200+650`, with or without its `=`): numbers, `+ - * / ^`,
/// parentheses, and `DATE(year, month, day)` as an Excel day serial (1900 system; its arguments separated by `,` or
/// `;`). `None` when the formula holds anything else (a cell, another function, text, a percent sign); `Some(Err(()))`
/// when it holds only constants but gives an error (a division by zero, a date out of range).
///
/// A result too large for a number (`=10^308*10`, `=99…9` of 400 digits) is an error, as in Excel (`#NUM!`).
/// Parentheses and `DATE(` nested deeper than [`MAX_DEPTH`] are not worked out (`None`): the parser descends once per
/// level, and a formula of 100,000 `(` would exhaust the stack of the thread reading it.
pub fn constant_value(formula: &str) -> Option<Result<f64, ()>> {
    let chars: Vec<char> = formula.trim().trim_start_matches('=').chars().filter(|c| !c.is_whitespace()).collect();
    let mut p = Parser { chars, at: 0, depth: 0 };
    let value = p.expr()?;
    (p.at == p.chars.len()).then_some(value.and_then(finite))
}

/// How deep parentheses and `DATE(` may nest in a formula that is worked out: Excel allows 64 levels of nested
/// functions, and a formula typed by a person holds a few; the bound keeps the parser's recursion (about five calls
/// a level) small on any thread.
pub const MAX_DEPTH: usize = 100;

/// Whether a formula of constants stored `cached` as its result while it gives something else (or an error): its
/// stored result was never calculated. `false` for a formula that is not of constants only. `epoch_1904`: the
/// workbook counts days from 1904-01-01 (Excel for Mac before 2011), whose serials are 1,462 days less; a formula
/// with a date is then not judged, as a number's serial cannot be told from a count.
pub fn stored_result_is_stale(formula: &str, cached: f64, epoch_1904: bool) -> bool {
    if epoch_1904 && formula.to_ascii_uppercase().contains("DATE(") {
        return false;
    }
    match constant_value(formula) {
        Some(Ok(v)) => (v - cached).abs() > 1e-9 * v.abs().max(1.0),
        Some(Err(())) => true,
        None => false,
    }
}

type Value = Result<f64, ()>;

struct Parser {
    chars: Vec<char>,
    at: usize,
    /// The parentheses and `DATE(` open around `at`.
    depth: usize,
}

impl Parser {
    fn peek(&self) -> Option<char> {
        self.chars.get(self.at).copied()
    }

    fn eat(&mut self, c: char) -> bool {
        let found = self.peek() == Some(c);
        self.at += usize::from(found);
        found
    }

    fn expr(&mut self) -> Option<Value> {
        let mut v = self.term()?;
        loop {
            if self.eat('+') {
                let r = self.term()?;
                v = v.and_then(|a| r.map(|b| a + b));
            } else if self.eat('-') {
                let r = self.term()?;
                v = v.and_then(|a| r.map(|b| a - b));
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
                v = v.and_then(|a| r.map(|b| a * b));
            } else if self.eat('/') {
                let r = self.power()?;
                v = v.and_then(|a| r.and_then(|b| if b == 0.0 { Err(()) } else { Ok(a / b) }));
            } else {
                return Some(v);
            }
        }
    }

    fn power(&mut self) -> Option<Value> {
        let base = self.unary()?;
        if self.eat('^') {
            let exp = self.unary()?;
            return Some(base.and_then(|a| exp.map(|b| a.powf(b))).and_then(finite));
        }
        Some(base)
    }

    /// Signs before a primary, in a loop: a run of 100,000 `-` costs no depth.
    fn unary(&mut self) -> Option<Value> {
        let mut negative = false;
        loop {
            if self.eat('-') {
                negative = !negative;
            } else if !self.eat('+') {
                break;
            }
        }
        let v = self.primary()?;
        Some(if negative { v.map(|v| -v) } else { v })
    }

    /// One level deeper (a parenthesis or `DATE(` opened); `None` past [`MAX_DEPTH`].
    fn descend(&mut self) -> Option<()> {
        self.depth += 1;
        (self.depth <= MAX_DEPTH).then_some(())
    }

    fn primary(&mut self) -> Option<Value> {
        if self.eat('(') {
            self.descend()?;
            let v = self.expr()?;
            self.depth -= 1;
            return self.eat(')').then_some(v);
        }
        let start = self.at;
        while self.peek().is_some_and(|c| c.is_ascii_digit() || c == '.') {
            self.at += 1;
        }
        if self.at > start {
            let text: String = self.chars.get(start..self.at)?.iter().collect();
            return text.parse::<f64>().ok().map(Ok);
        }
        let name: String = self.chars.get(self.at..)?.iter().take(5).collect::<String>().to_ascii_uppercase();
        if name == "DATE(" {
            self.at += 5;
            self.descend()?;
            let year = self.expr()?;
            self.separator()?;
            let month = self.expr()?;
            self.separator()?;
            let day = self.expr()?;
            self.eat(')').then_some(())?;
            self.depth -= 1;
            return Some(year.and_then(|y| month.and_then(|m| day.and_then(|d| date_serial(y, m, d)))));
        }
        None
    }

    fn separator(&mut self) -> Option<()> {
        (self.eat(',') || self.eat(';')).then_some(())
    }
}

fn finite(v: f64) -> Value {
    if v.is_finite() { Ok(v) } else { Err(()) }
}

/// Excel's `DATE(year, month, day)` as a day serial of the 1900 system (day 1 is 1900-01-01; from March 1900 on, the
/// serial counts from 1899-12-30). Months and days past their end roll over, as in Excel; years 0–1899 are 1900 on.
fn date_serial(year: f64, month: f64, day: f64) -> Value {
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
