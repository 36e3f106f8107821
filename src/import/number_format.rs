//! What a number cell's format shows, worked out from the format itself, so that a field that takes text (a
//! business number, a site id, a postal code) reads what the supplier sees in the cell and not the number stored
//! under it: `123456782` formatted `000000000"RT0001"` shows `123456782RT0001`, `2345` formatted `00000` shows
//! `02345`, `123456782` formatted `000-000-000` shows `123-456-782`.
//!
//! The rules are those of the formats: ECMA-376 Part 1 §18.8.31 (an XLSX `numFmt` code: up to four sections
//! separated by `;` — positive, negative, zero, text —, digit placeholders `0` `#` `?`, text in double quotes, one
//! character after `\`, `_x` a space as wide as `x`, `*x` a fill, `[…]` a colour, a condition or a currency and
//! locale, `,` a thousands separator or a scaling by 1000, `.` the decimal point) and ODF 1.2 §16.27.2–16.27.4 (an
//! ODS `number:number-style`: `number:number` with `number:min-integer-digits`, `number:grouping` and
//! `number:embedded-text` at a digit position, `number:text` literal text).
//!
//! A format whose text cannot be known from the file is not guessed: the separator of thousands and the decimal
//! mark are those of the language of the spreadsheet program that shows the file (`12,345` or `12 345`), a fill
//! depends on the column's width, a condition or a date code is not an identifier's. Such a cell is kept with
//! its format, and a field that takes text refuses it naming the cell, the number and the format.

/// A piece of a format section.
#[derive(Debug, Clone, PartialEq)]
enum Token {
    /// A digit placeholder: `0` (a zero when there is no digit), `#` (nothing) or `?` (a space).
    Digit(char),
    /// Text shown as it is.
    Literal(String),
    /// `General`: the number as the program writes it.
    General,
}

/// A number format of a cell whose text differs from the number's own (zeros, literal text): its code and, for each
/// section, its pieces, or `None` for a section whose text cannot be known.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberFormat {
    /// The format's code as the file writes it (an XLSX `formatCode`; for ODS, one written the same way).
    pub code: String,
    sections: Vec<Option<Vec<Token>>>,
    /// An ODS style's conditional sections (`style:map`, ODF 1.2 §16.3): the first whose condition holds for the
    /// number shows it; when none does, the style's own section (the only one of `sections`) does.
    conditions: Vec<(Condition, Option<Vec<Token>>)>,
}

/// The condition of an ODS `style:map` (ODF 1.2 §19.504: `value()` compared with a number, as
/// `value()>=0`).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Condition {
    op: Op,
    value: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Less,
    LessOrEqual,
    Greater,
    GreaterOrEqual,
    Equal,
    NotEqual,
}

impl Condition {
    /// A condition as ODS writes it (`value()&gt;=0`, the entity already read), or `None` for any other text.
    fn parse(text: &str) -> Option<Condition> {
        let rest = text.trim().strip_prefix("value()")?.trim_start();
        let (op, rest) = [
            ("<=", Op::LessOrEqual),
            (">=", Op::GreaterOrEqual),
            ("!=", Op::NotEqual),
            ("<>", Op::NotEqual),
            ("==", Op::Equal),
            ("<", Op::Less),
            (">", Op::Greater),
            ("=", Op::Equal),
        ]
        .into_iter()
        .find_map(|(sign, op)| rest.strip_prefix(sign).map(|r| (op, r)))?;
        let value = super::cell_values::xsd_double(rest).ok()?;
        Some(Condition { op, value })
    }

    fn holds(&self, n: f64) -> bool {
        match self.op {
            Op::Less => n < self.value,
            Op::LessOrEqual => n <= self.value,
            Op::Greater => n > self.value,
            Op::GreaterOrEqual => n >= self.value,
            Op::Equal => n == self.value,
            Op::NotEqual => n != self.value,
        }
    }

    /// The condition written as an XLSX code writes one (`[>=0]`), to name the format.
    fn code(&self) -> String {
        let sign = match self.op {
            Op::Less => "<",
            Op::LessOrEqual => "<=",
            Op::Greater => ">",
            Op::GreaterOrEqual => ">=",
            Op::Equal => "=",
            Op::NotEqual => "<>",
        };
        format!("[{sign}{}]", self.value)
    }
}

/// The most characters of a format code read (Excel's own limit is 255).
const MOST_CODE_CHARS: usize = 255;

/// The largest whole number whose digits a spreadsheet shows exactly (15 significant digits).
const MOST_EXACT: f64 = 1e15;

impl NumberFormat {
    /// The format of an XLSX code (ECMA-376 §18.8.31), or `None` when the code shows a whole number as the number's
    /// own text (`General`, `@`, `0`, `#`, `0.00`: the number fields and the text fields read alike).
    pub fn from_excel(code: &str) -> Option<NumberFormat> {
        let code: String = code.chars().take(MOST_CODE_CHARS).collect();
        let parts = split_sections(&code);
        // A section left empty beside others shows nothing for its numbers (`;;;` hides every number, `0;-0;;@`
        // the zeros): such a format is never plain.
        let hides = parts.len() > 1 && parts.iter().take(3).any(|s| s.trim().is_empty());
        if !hides && parts.iter().take(3).enumerate().all(|(i, s)| plain_section(s, i == 1)) {
            return None;
        }
        let sections = parts.iter().take(3).map(|s| excel_section(s)).collect();
        Some(NumberFormat { code, sections, conditions: Vec::new() })
    }

    /// The format of an XLSX code as a number field judges it too ([`super::shown_number`]): [`from_excel`]'s,
    /// and for the codes that show a whole number as its digits but may round, scale or mark another (`0`, `#`,
    /// `0.00`, `0%`) the format as well, so that a field of numbers can tell what the cell shows. `None` for
    /// `General`, `@` and an empty code, which show the number as it is.
    ///
    /// [`from_excel`]: NumberFormat::from_excel
    pub fn from_excel_judged(code: &str) -> Option<NumberFormat> {
        if let Some(format) = NumberFormat::from_excel(code) {
            return Some(format);
        }
        let code: String = code.chars().take(MOST_CODE_CHARS).collect();
        let parts = split_sections(&code);
        let as_is = |s: &String| {
            let s = s.trim();
            s.is_empty() || s.eq_ignore_ascii_case("general") || s == "@"
        };
        if parts.iter().take(3).all(as_is) {
            return None;
        }
        let sections = parts.iter().take(3).map(|s| excel_section(s)).collect();
        Some(NumberFormat { code, sections, conditions: Vec::new() })
    }

    /// The format of an ODS number style whose text is known (`tokens`: its digits and literal text in order), or
    /// of one whose text is not (`None`), with a code written as an XLSX one would be, to name it.
    fn from_ods(code: String, tokens: Option<Vec<Token>>) -> NumberFormat {
        NumberFormat { code, sections: vec![tokens], conditions: Vec::new() }
    }

    /// What the format shows for `n`, when that can be known: nothing in a section left empty (the format hides
    /// the number, whatever it is), or a whole number below 10^15 in a section made of digits and literal text.
    /// `None` otherwise (a fraction, whose rounding and decimal mark are the program's, or a section that is not
    /// known).
    pub fn show(&self, n: f64) -> Option<String> {
        if !n.is_finite() {
            return None;
        }
        let (section, minus) = if self.conditions.is_empty() {
            match self.sections.as_slice() {
                [] => return None,
                [first] => (first, n < 0.0),
                // A negative section shows the number without its sign; an empty one shows nothing, as a spreadsheet
                // does.
                [_, negative, ..] if n < 0.0 => (negative, false),
                [_, _, zero, ..] if n == 0.0 => (zero, false),
                [first, ..] => (first, false),
            }
        } else {
            let section = self.conditions.iter().find(|(c, _)| c.holds(n)).map(|(_, s)| s).or(self.sections.first())?;
            // A section chosen for a negative number shows it without its sign when it writes one (`-0`, how
            // LibreOffice writes the negative section of `0;-0`); one that writes none leaves the sign unknown.
            let writes_minus =
                section.as_ref().is_some_and(|t| t.iter().any(|t| matches!(t, Token::Literal(l) if l.contains('-'))));
            let hides = section.as_ref().is_some_and(Vec::is_empty);
            if n < 0.0 && !writes_minus && !hides {
                return None;
            }
            (section, false)
        };
        let tokens = section.as_ref()?;
        if tokens.is_empty() {
            return Some(String::new());
        }
        if n.fract() != 0.0 || n.abs() >= MOST_EXACT {
            return None;
        }
        // The number is whole and below 10^15: its magnitude as an integer is exact.
        let digits = match n.abs() as u64 {
            0 => String::new(),
            m => m.to_string(),
        };
        let shown = render(tokens, &digits)?;
        Some(if minus { format!("-{shown}") } else { shown })
    }
}

/// Places the digits of a whole number in a section's placeholders: right-aligned, the digits the placeholders
/// cannot hold all in the first one (as spreadsheets do), placeholders without a digit shown as their fill.
fn render(tokens: &[Token], digits: &str) -> Option<String> {
    let slots = tokens.iter().filter(|t| matches!(t, Token::Digit(_))).count();
    let general = tokens.contains(&Token::General);
    if general && slots > 0 {
        return None;
    }
    let digits: Vec<char> = digits.chars().collect();
    // How many digits go to the first placeholder; the others take one each.
    let extra = digits.len().saturating_sub(slots);
    let missing = slots.saturating_sub(digits.len());
    let mut next = digits.iter();
    let mut out = String::new();
    let mut slot = 0usize;
    for t in tokens {
        match t {
            Token::Literal(s) => out.push_str(s),
            Token::General => out.push_str(&if digits.is_empty() { "0".to_string() } else { digits.iter().collect() }),
            Token::Digit(fill) => {
                if slot < missing {
                    match fill {
                        '0' => out.push('0'),
                        '?' => out.push(' '),
                        _ => {}
                    }
                } else {
                    let take = if slot == missing { extra + 1 } else { 1 };
                    out.extend(next.by_ref().take(take));
                }
                slot += 1;
            }
        }
    }
    // A format with no placeholder shows none of the digits (`"N/A"`): the text is what it shows.
    Some(out)
}

/// Where a character of a format code stands (ECMA-376 §18.8.31): in the code itself, inside double quotes (the
/// quotes included), inside brackets (`[Red]`, `[$-409]`, `[h]`; the brackets included), or escaped (the one character
/// after `\`, `_` or `*`, which is shown, spaced or repeated, never read as a code).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Place {
    /// A character of the code: a placeholder, a date or time code, a separator, `;`, or the `\` `_` `*` that
    /// escapes the next one.
    Code,
    /// Text in double quotes, the quotes included.
    Quoted,
    /// A bracketed part, the brackets included.
    Bracketed,
    /// The character after `\`, `_` or `*`.
    Escaped,
}

/// The characters of a format code, each with where it stands ([`Place`]): the one walk of a code's quotes,
/// brackets and escapes, which splitting it into sections ([`split_sections`]) and telling its date codes
/// (`spreadsheet::shows_date`, [`super::shown_date`]) share.
pub(super) fn code_chars(code: &str) -> impl Iterator<Item = (char, Place)> + '_ {
    let (mut quoted, mut bracket, mut escaped) = (false, false, false);
    code.chars().map(move |c| {
        let place = if escaped {
            escaped = false;
            Place::Escaped
        } else if quoted {
            quoted = c != '"';
            Place::Quoted
        } else if bracket {
            bracket = c != ']';
            Place::Bracketed
        } else {
            match c {
                '"' => {
                    quoted = true;
                    Place::Quoted
                }
                '[' => {
                    bracket = true;
                    Place::Bracketed
                }
                '\\' | '_' | '*' => {
                    escaped = true;
                    Place::Code
                }
                _ => Place::Code,
            }
        };
        (c, place)
    })
}

/// The sections of a code, split at each `;` outside quotes, escapes and brackets.
pub(super) fn split_sections(code: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    for (c, place) in code_chars(code) {
        if place == Place::Code && c == ';' {
            out.push(String::new());
        } else if let Some(last) = out.last_mut() {
            last.push(c);
        }
    }
    out
}

/// Whether a section shows a whole number as its own text: `General`, `@`, or `#`s with at most one `0` and
/// decimals (a negative section may start with `-`). A section left empty beside others is never plain: it hides its
/// numbers ([`NumberFormat::from_excel`]).
fn plain_section(s: &str, negative: bool) -> bool {
    let s = s.trim();
    let s = if negative { s.strip_prefix('-').unwrap_or(s) } else { s };
    if s.is_empty() || s.eq_ignore_ascii_case("general") || s == "@" {
        return true;
    }
    let (int, dec) = s.split_once('.').unwrap_or((s, ""));
    int.bytes().all(|b| matches!(b, b'#' | b'0'))
        && int.bytes().filter(|&b| b == b'0').count() <= 1
        && int.trim_end_matches('0').bytes().all(|b| b == b'#')
        && dec.bytes().all(|b| matches!(b, b'#' | b'0'))
}

/// The pieces of an XLSX section, or `None` when its text cannot be known (thousands separators, decimals, a
/// scaling, a percentage, an exponent, a fraction, a fill, a condition, a date or time code, `@`, a letter not
/// quoted).
fn excel_section(s: &str) -> Option<Vec<Token>> {
    let mut out: Vec<Token> = Vec::new();
    let literal = |out: &mut Vec<Token>, text: &str| match out.last_mut() {
        Some(Token::Literal(l)) => l.push_str(text),
        _ => out.push(Token::Literal(text.to_string())),
    };
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            '"' => {
                let mut text = String::new();
                let mut closed = false;
                for q in chars.by_ref() {
                    if q == '"' {
                        closed = true;
                        break;
                    }
                    text.push(q);
                }
                if !closed {
                    return None;
                }
                literal(&mut out, &text);
            }
            '\\' => literal(&mut out, &chars.next()?.to_string()),
            // A space as wide as the next character.
            '_' => {
                chars.next()?;
                literal(&mut out, " ");
            }
            '[' => {
                let mut inner = String::new();
                for b in chars.by_ref() {
                    if b == ']' {
                        break;
                    }
                    inner.push(b);
                }
                if let Some(currency) = inner.strip_prefix('$') {
                    // `[$€-40C]`: a currency symbol and a locale; `[$-409]`: a locale alone.
                    literal(&mut out, currency.split('-').next().unwrap_or_default());
                } else if !is_colour(&inner) {
                    return None;
                }
            }
            '0' | '#' | '?' => out.push(Token::Digit(c)),
            'G' | 'g' => {
                let rest: String = chars.clone().take(6).collect();
                if !rest.eq_ignore_ascii_case("eneral") {
                    return None;
                }
                for _ in 0..6 {
                    chars.next();
                }
                out.push(Token::General);
            }
            '$' | '-' | '+' | '(' | ')' | ':' | '!' | '^' | '&' | '\'' | '~' | '{' | '}' | '<' | '>' | '=' | ' ' => {
                literal(&mut out, &c.to_string())
            }
            c if !c.is_ascii() && !c.is_control() => literal(&mut out, &c.to_string()),
            // `,` `.` `%` `E` `/` `*` `@`, date and time codes, other letters.
            _ => return None,
        }
    }
    Some(out)
}

/// Whether a bracketed part of a code is a colour (`[Red]`, `[Color12]`), which changes no text.
fn is_colour(inner: &str) -> bool {
    const COLOURS: [&str; 8] = ["black", "blue", "cyan", "green", "magenta", "red", "white", "yellow"];
    let lower = inner.trim().to_ascii_lowercase();
    COLOURS.contains(&lower.as_str())
        || lower.strip_prefix("color").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// An ODS `number:number-style` being read (ODF 1.2 §16.27.2): its pieces as they come, and whether its text can
/// still be known.
#[derive(Debug, Default)]
pub struct OdsNumberStyle {
    tokens: Vec<Token>,
    /// The code written as an XLSX one would be, to name the format.
    code: String,
    known: bool,
    /// Whether the style shows anything but a whole number's digits as they are.
    changes: bool,
    /// Whether the number is shown with decimals (whose mark is the reading program's).
    decimals: bool,
    /// Whether the style says how many decimals it shows (`number:decimal-places`, `0` included): it rounds what it
    /// shows of a number with more (`0` shows 12.6 as 13), which a field of numbers judges.
    rounds: bool,
    /// The literal text element being read (`number:text`, `number:embedded-text`), with its position for the
    /// latter.
    open_text: Option<(String, Option<usize>)>,
    embedded: Vec<(usize, String)>,
    /// Where the number's digits go among the tokens, once `number:number` is read: the index of the token after
    /// the text before it, and its digits.
    number_at: Option<(usize, usize)>,
    /// Its conditional sections (`style:map`): each condition as written and the name of the style it applies.
    maps: Vec<(String, String)>,
    /// Whether it is a `number:text-style`, whose own pieces show text, never a number.
    text_style: bool,
}

/// What a finished ODS number style shows of a number, kept so that a later style's `style:map` can apply it: its
/// pieces (`None` when not known; no piece at all when it shows nothing) and its code, to name it.
#[derive(Debug, Clone, PartialEq)]
pub struct OdsSection {
    tokens: Option<Vec<Token>>,
    code: String,
}

/// The most `style:map` elements read in one style (ODF 1.2 §16.3: LibreOffice writes up to three).
const MOST_MAPS: usize = 8;

/// The farthest digit position (`number:position`) of an embedded text that is followed: a style shows at most the 15
/// digits a spreadsheet keeps, and its embedded texts stand between them. A text placed farther (the memory-limited
/// fuzzing found `number:position="4294967295"`, for which the digits up to it were built one by one: 805 MB) leaves
/// the style's text unknown.
const FARTHEST_EMBEDDED: usize = 30;

impl OdsNumberStyle {
    /// A `number:number-style` whose pieces are to come.
    pub fn new() -> OdsNumberStyle {
        OdsNumberStyle { known: true, ..OdsNumberStyle::default() }
    }

    /// A `number:text-style` whose pieces are to come: its own pieces show text, so a number is shown by its maps
    /// only (how LibreOffice writes a format of four sections, `;;;` among them).
    pub fn text_style() -> OdsNumberStyle {
        OdsNumberStyle { known: true, text_style: true, ..OdsNumberStyle::default() }
    }

    /// A `style:map` element: its `style:condition` and `style:apply-style-name`. A map without both, or past
    /// [`MOST_MAPS`], leaves the style's text unknown.
    pub fn map(&mut self, condition: Option<String>, apply: Option<String>) {
        match (condition, apply) {
            (Some(c), Some(a)) if self.maps.len() < MOST_MAPS => {
                self.changes = true;
                self.maps.push((c, a));
            }
            _ => self.other(),
        }
    }

    /// A `number:number` element: its digits (`number:min-integer-digits`), with no decimals and no grouping for
    /// its text to be known. `places`: its `number:decimal-places`; `factor`: its `number:display-factor`, which
    /// divides the number shown (1000 is XLSX's scaling comma). The code names them as XLSX writes them (`0.00`,
    /// `#,##0,`), so that a field of numbers judges what the style shows ([`super::shown_number`]).
    pub fn number(&mut self, min_digits: Option<usize>, places: Option<usize>, grouping: bool, factor: Option<&str>) {
        self.rounds |= places.is_some();
        let places = places.unwrap_or(0);
        // Decimals alone show a whole number as its digits to a field of text, as XLSX's `0.00` does.
        self.decimals |= places > 0;
        let decimals = if places > 0 { format!(".{}", "0".repeat(places.min(30))) } else { String::new() };
        let scaling = match factor.map(str::trim) {
            None | Some("1") => Some(""),
            Some("1000") => Some(","),
            Some("1000000") => Some(",,"),
            Some("1000000000") => Some(",,,"),
            _ => None,
        };
        if self.number_at.is_some() || grouping || scaling != Some("") {
            self.known = false;
            self.changes = true;
            self.code.push_str(if grouping { "#,##0" } else { "0" });
            self.code.push_str(&decimals);
            // A factor of another kind is named as a bracket, which no judge reads as a plain number.
            self.code.push_str(scaling.unwrap_or("[scaled]"));
            return;
        }
        let digits = min_digits.unwrap_or(1).clamp(1, 15);
        self.changes |= digits > 1;
        self.number_at = Some((self.tokens.len(), digits));
        self.code.push_str(&"0".repeat(digits));
        self.code.push_str(&decimals);
    }

    /// The start of a `number:text` (`position` `None`) or `number:embedded-text` element.
    pub fn open_text(&mut self, position: Option<usize>) {
        self.open_text = Some((String::new(), position));
    }

    /// Text inside the element opened last.
    pub fn text(&mut self, text: &str) {
        if let Some((t, _)) = self.open_text.as_mut()
            && t.chars().count() < MOST_CODE_CHARS
        {
            t.push_str(text);
        }
    }

    /// The end of a `number:text` or `number:embedded-text` element.
    pub fn close_text(&mut self) {
        match self.open_text.take() {
            Some((t, None)) if !t.is_empty() => {
                self.changes = true;
                self.code.push('"');
                self.code.push_str(&t);
                self.code.push('"');
                self.tokens.push(Token::Literal(t));
            }
            Some((_, Some(at))) if at > FARTHEST_EMBEDDED => self.other(),
            Some((t, Some(at))) if !t.is_empty() => {
                self.changes = true;
                self.embedded.push((at, t));
            }
            _ => {}
        }
    }

    /// A `number:fraction` element (ODF 1.2 §16.27.6): `whole` when it shows a whole part (`number:min-integer-digits`
    /// given), the denominator's digits (`number:min-denominator-digits`) or its fixed value
    /// (`number:denominator-value`). Its code is XLSX's (`# ?/?`, `# ??/100`), so that a field of numbers judges the
    /// fraction shown as XLSX's ([`super::shown_number`]); its text is not known to a field of text.
    pub fn fraction(&mut self, whole: bool, denominator_digits: Option<usize>, denominator: Option<u32>) {
        self.other();
        let den = match denominator {
            Some(d) if d > 0 => d.to_string(),
            _ => "?".repeat(denominator_digits.unwrap_or(1).clamp(1, 3)),
        };
        let num = "?".repeat(den.len().min(3));
        if whole {
            self.code.push_str("#\u{20}");
        }
        self.code.push_str(&format!("{num}/{den}"));
    }

    /// A `number:scientific-number` element (ODF 1.2 §16.27.5): its `number:decimal-places` and
    /// `number:min-exponent-digits`. Its code is XLSX's (`0.00E+00`), so that a field of numbers judges the digits
    /// shown; its text is not known to a field of text.
    pub fn scientific(&mut self, places: Option<usize>, exponent_digits: Option<usize>) {
        self.other();
        let decimals = match places {
            Some(p) if p > 0 => format!(".{}", "0".repeat(p.min(30))),
            _ => String::new(),
        };
        self.code.push_str(&format!("0{decimals}E+{}", "0".repeat(exponent_digits.unwrap_or(2).clamp(1, 4))));
    }

    /// Any other element in the style (a condition, a currency symbol): its text is not known.
    pub fn other(&mut self) {
        self.known = false;
        self.changes = true;
    }

    /// The style's section, to be applied by a later style's map, and its format, or `None` when it shows a whole
    /// number as its own text. `earlier`: the sections of the styles read before it, which its maps apply
    /// (LibreOffice writes them first; a map to a style not read yet leaves the text unknown).
    pub fn finish(mut self, earlier: impl Fn(&str) -> Option<OdsSection>) -> (OdsSection, Option<NumberFormat>) {
        // A number style with neither digits nor text shows nothing: the ODS form of `;;;`.
        let hides = !self.text_style
            && self.known
            && self.number_at.is_none()
            && self.tokens.is_empty()
            && self.embedded.is_empty();
        let (own, plain) = if self.text_style {
            (None, self.maps.is_empty())
        } else if hides {
            (Some(Vec::new()), false)
        } else if !self.changes || (!self.maps.is_empty() && self.own_plain()) {
            (Some(vec![Token::General]), true)
        } else {
            (self.own_tokens(), false)
        };
        let code = if hides && self.maps.is_empty() { ";;;".to_string() } else { std::mem::take(&mut self.code) };
        // Decimals alone (`0`, `0.00`): a field of text reads a whole number as its digits, as from XLSX's `0.00`;
        // a field of numbers judges the rounding by the code.
        if plain && self.rounds && self.known && self.maps.is_empty() {
            return (OdsSection { tokens: own.clone(), code: code.clone() }, Some(NumberFormat::from_ods(code, own)));
        }
        if self.maps.is_empty() {
            let format = (!plain).then(|| NumberFormat::from_ods(code.clone(), own.clone()));
            // Applied by another style's map, a section that shows nothing is named by nothing (`[=0];`).
            let code = if hides { String::new() } else { code };
            return (OdsSection { tokens: own, code }, format);
        }
        let mut conditions = Vec::new();
        let mut full = String::new();
        let mut known = true;
        for (condition, target) in &self.maps {
            match (Condition::parse(condition), earlier(target)) {
                // A code longer than a format's is not followed: styles chained by their maps, each naming the one
                // before, would repeat every earlier code (the memory-limited fuzzing found 6,000 of them: 1.5 GB).
                (Some(_), Some(t)) if full.len() + t.code.len() > MOST_CODE_CHARS => known = false,
                (Some(c), Some(t)) => {
                    full.push_str(&c.code());
                    full.push_str(&t.code);
                    full.push(';');
                    conditions.push((c, t.tokens));
                }
                _ => known = false,
            }
        }
        full.push_str(&code);
        // A style with maps applied by another's map is not followed further.
        let section = OdsSection { tokens: None, code: full.clone() };
        if !known {
            return (section, Some(NumberFormat::from_ods(full, None)));
        }
        (section, Some(NumberFormat { code: full, sections: vec![own], conditions }))
    }

    /// Whether the style's own pieces are a plain number (its only change is its maps).
    fn own_plain(&self) -> bool {
        self.known
            && !self.decimals
            && self.tokens.is_empty()
            && self.embedded.is_empty()
            && self.number_at.is_some_and(|(_, digits)| digits <= 1)
    }

    /// The style's own pieces: its digits with the embedded texts at their positions, and its literal text; `None`
    /// when its text is not known.
    fn own_tokens(&mut self) -> Option<Vec<Token>> {
        match (self.known && !self.decimals, self.number_at) {
            (true, Some((at, digits))) => {
                // The digits with the embedded texts at their positions (counted from the right).
                let width = self.embedded.iter().map(|(p, _)| p + 1).max().unwrap_or(0).max(digits);
                let mut number = Vec::new();
                for i in (0..width).rev() {
                    number.push(Token::Digit(if i < digits { '0' } else { '#' }));
                    for (_, t) in self.embedded.iter().filter(|(p, _)| *p == i && i > 0) {
                        number.push(Token::Literal(t.clone()));
                    }
                }
                if self.embedded.iter().any(|(p, _)| *p == 0) {
                    return None;
                }
                let mut tokens = std::mem::take(&mut self.tokens);
                let tail = tokens.split_off(at.min(tokens.len()));
                tokens.extend(number);
                tokens.extend(tail);
                Some(tokens)
            }
            (true, None) => Some(std::mem::take(&mut self.tokens)),
            (false, _) => None,
        }
    }
}

/// A format code as its user recognises it in a message: the pattern the spreadsheet program shows, its literal
/// text unquoted (`dd"/"mm` → `dd/mm`, `yyyy\-mm\-dd` → `yyyy-mm-dd`, `0" workers"` → `0 workers`): the quotes and
/// backslashes a program writes around literal text (LibreOffice's ODS styles read as XLSX codes quote every
/// separator) are not what the user typed or sees. Brackets (`[Red]`, `[$-fr-CA]`, `[h]`) and the `_` and `*` of
/// spacing and fill are kept. The same for XLSX and ODS codes.
pub(super) fn shown_code(code: &str) -> String {
    code_chars(code)
        .filter(|&(c, place)| !matches!((c, place), ('"', Place::Quoted) | ('\\', Place::Code)))
        .map(|(c, _)| c)
        .collect()
}

/// Whether a number format code shows a percentage: a `%` of the code itself, not inside quotes or brackets nor
/// escaped by `\`, `_` or `*` ([`code_chars`]; ECMA-376 §18.8.31: such a `%` shows the number multiplied by 100).
pub(super) fn shows_percent(code: &str) -> bool {
    code_chars(code).any(|(c, place)| place == Place::Code && c == '%')
}

/// Whether a custom number format code (its first section, the one positive numbers take) shows a duration or a
/// time of day and no date: an hour or second token (`h`, `s`, or elapsed `[h]`, `[m]`, `[s]`) and no day or year
/// token (`d`, `y`, and the era and calendar codes `e`, `g`, `b`), outside quotes, escapes and other brackets
/// (colours, locales), as [`code_chars`] places them. `mm:ss` and `[h]:mm` are clocks; `yyyy-mm-dd hh:mm` is a date
/// with a time, and `mm` alone a month.
pub(super) fn shows_clock(code: &str) -> bool {
    let (mut time, mut date) = (false, false);
    let mut bracket = String::new();
    for (c, place) in code_chars(code) {
        match place {
            Place::Bracketed => match c {
                '[' => bracket.clear(),
                ']' => {
                    let inner = bracket.to_ascii_lowercase();
                    if !inner.is_empty() && inner.chars().all(|x| matches!(x, 'h' | 'm' | 's')) {
                        time = true;
                    }
                }
                c => bracket.push(c),
            },
            Place::Code => match c {
                ';' => break,
                'h' | 'H' | 's' | 'S' => time = true,
                'd' | 'D' | 'y' | 'Y' | 'e' | 'E' | 'g' | 'G' | 'b' | 'B' => date = true,
                _ => {}
            },
            Place::Quoted | Place::Escaped => {}
        }
    }
    time && !date
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_format_code_is_quoted_as_its_user_sees_it_without_the_quotes_of_its_literal_text() {
        for (code, shown) in [
            ("dd\"/\"mm", "dd/mm"),
            ("yyyy\\-mm\\-dd", "yyyy-mm-dd"),
            ("mmmm\" \"yyyy", "mmmm yyyy"),
            ("0\" workers\"", "0 workers"),
            ("[$-fr-CA]yyyy\"-\"dd\"-\"mm", "[$-fr-CA]yyyy-dd-mm"),
            ("#,##0_);[Red](#,##0)", "#,##0_);[Red](#,##0)"),
            ("0\\\"", "0\""),
            ("\"\"0", "0"),
            ("General", "General"),
        ] {
            assert_eq!(shown_code(code), shown, "{code}");
        }
    }

    /// What a code shows, read through the one walk of its quotes, brackets and escapes: a percentage, a clock.
    #[test]
    fn percent_and_clock_codes_are_told_by_the_shared_walk_of_the_code() {
        for (code, percent) in [
            ("0%", true),
            ("0.00%", true),
            ("[Red]0.0%;[Blue]-0.0%", true),
            ("#,##0\"%\"", false),
            ("0\\%", false),
            ("0_%", false),
            ("0 \"pour cent\"", false),
            ("[$%-409]0", false),
            ("0", false),
        ] {
            assert_eq!(shows_percent(code), percent, "{code}");
        }
        for (code, clock) in [
            ("mm:ss", true),
            ("[h]:mm", true),
            ("[hh]:mm:ss", true),
            ("[Red][h]:mm", true),
            ("h:mm AM/PM", true),
            ("hh\"h\"mm", true),
            ("yyyy-mm-dd hh:mm", false),
            ("mm", false),
            ("d/m/yyyy", false),
            ("\"h\"0", false),
            ("\\h0", false),
            ("[$-409]0", false),
            ("0;hh:mm", false),
            ("[h]:mm;\"d\"", true),
            ("ge.m.d h:mm", false),
        ] {
            assert_eq!(shows_clock(code), clock, "{code}");
        }
    }

    fn show(code: &str, n: f64) -> Option<String> {
        NumberFormat::from_excel(code).and_then(|f| f.show(n))
    }

    #[test]
    fn formats_that_show_the_number_as_it_is_are_plain() {
        for code in ["General", "@", "0", "#", "#0", "0.00", "#.##", "0;-0", "0;-0;0"] {
            assert_eq!(NumberFormat::from_excel(code), None, "{code}");
        }
    }

    #[test]
    fn literals_escapes_and_zeros_are_shown_as_the_sheet_shows_them() {
        assert_eq!(show("000000000\"RT0001\"", 123456782.0).as_deref(), Some("123456782RT0001"));
        assert_eq!(show("000000000\"RT0001\"", 1234.0).as_deref(), Some("000001234RT0001"));
        assert_eq!(show("000-000-000", 123456782.0).as_deref(), Some("123-456-782"));
        assert_eq!(show("0\" \"000\" \"000", 123456782.0).as_deref(), Some("123 456 782"));
        assert_eq!(show("\"S\"000", 7.0).as_deref(), Some("S007"));
        assert_eq!(show("\\S\\-0", 12.0).as_deref(), Some("S-12"));
        assert_eq!(show("00000", 2345.0).as_deref(), Some("02345"));
        assert_eq!(show("[Blue]\"ID \"0", 42.0).as_deref(), Some("ID 42"));
        assert_eq!(show("000_)", 5.0).as_deref(), Some("005 "));
        // Digits the placeholders cannot hold go in the first one.
        assert_eq!(show("00-00", 123456.0).as_deref(), Some("1234-56"));
        assert_eq!(show("##-##", 5.0).as_deref(), Some("-5"));
        // The negative and zero sections.
        assert_eq!(show("\"A\"0;\"B\"0;\"zero\"", -3.0).as_deref(), Some("B3"));
        assert_eq!(show("\"A\"0;\"B\"0;\"zero\"", 0.0).as_deref(), Some("zero"));
        assert_eq!(show("\"A\"0", -3.0).as_deref(), Some("-A3"));
        assert_eq!(show("\"ID\"General", 17.0).as_deref(), Some("ID17"));
    }

    #[test]
    fn an_empty_section_shows_nothing_for_its_numbers() {
        // `;;;` hides every number; `0;-0;;@` the zeros; `0;` the negative ones (Excel's own ways to hide values).
        for (code, n) in [(";;;", 240.0), (";;;", 0.0), (";;;", -5.0), ("0;-0;;@", 0.0), ("0;", -7.0), ("0.0;;", 0.0)] {
            assert_eq!(show(code, n).as_deref(), Some(""), "{code} {n}");
        }
        assert_eq!(show("0;-0;;@", 12.0).as_deref(), Some("12"));
        assert_eq!(show("0;-0;;@", -12.0).as_deref(), Some("-12"));
    }

    #[test]
    fn formats_whose_text_depends_on_the_program_are_not_guessed() {
        // Separators and decimal marks are the reading program's; the rest is not an identifier's.
        for code in
            ["#,##0", "0\" kg\".0", "0.00\"x\"", "0%", "0.00E+00", "# ?/?", "yyyy-mm-dd", "[>100]0;0", "* 0", "0,"]
        {
            let f = NumberFormat::from_excel(code).unwrap_or_else(|| panic!("{code} is not plain"));
            assert_eq!(f.show(123.0), None, "{code}");
            assert_eq!(f.code, code);
        }
        // A fraction is not shown by a format of whole digits.
        assert_eq!(show("000-000", 12.5), None);
        assert_eq!(show("000-000", f64::NAN), None);
    }

    /// Found by the memory-limited fuzzing (2026-12-01): an embedded text at digit position 2³²−1 made the style
    /// build every digit up to it (805 MB from a 2.5 kB file). Past the farthest position followed, the text is
    /// unknown, whatever the position.
    #[test]
    fn an_embedded_text_far_past_the_digits_leaves_the_text_unknown_and_builds_nothing() {
        for at in [FARTHEST_EMBEDDED + 1, 4_294_967_295, usize::MAX] {
            let mut s = OdsNumberStyle::new();
            s.number(Some(9), None, false, None);
            s.open_text(Some(at));
            s.text("-");
            s.close_text();
            let (section, format) = s.finish(|_| None);
            assert_eq!(section.tokens, None, "{at}");
            assert!(format.is_some_and(|f| f.show(123456782.0).is_none()), "{at}");
        }
        // Within the digits a spreadsheet keeps, it is read.
        let mut s = OdsNumberStyle::new();
        s.number(Some(9), None, false, None);
        s.open_text(Some(FARTHEST_EMBEDDED));
        s.text("x");
        s.close_text();
        assert!(s.finish(|_| None).0.tokens.is_some());
    }

    /// Found by the memory-limited fuzzing (2026-12-01): 6,000 styles chained by their maps, each applying the one
    /// before, repeated every earlier code in each (1.5 GB). A chain whose code passes a format's length is not
    /// followed: its text is unknown, and no code grows past that length.
    #[test]
    fn styles_chained_by_their_maps_keep_a_format_s_length_and_are_unknown_past_it() {
        let mut earlier: Vec<OdsSection> = Vec::new();
        for _ in 0..2_000 {
            let mut s = OdsNumberStyle::new();
            s.number(Some(3), None, false, None);
            if !earlier.is_empty() {
                s.map(Some("value()>0".into()), Some("prev".into()));
            }
            let last = earlier.last().cloned();
            let (section, _) = s.finish(|_| last.clone());
            assert!(section.code.len() <= 2 * MOST_CODE_CHARS, "{}", section.code.len());
            earlier.push(section);
        }
    }

    #[test]
    fn an_ods_style_is_read_with_its_text_and_embedded_text() {
        let mut s = OdsNumberStyle::new();
        s.number(Some(9), None, false, None);
        s.open_text(None);
        s.text("RT0001");
        s.close_text();
        let f = s.finish(|_| None).1.unwrap();
        assert_eq!(f.show(123456782.0).as_deref(), Some("123456782RT0001"));
        assert_eq!(f.code, "000000000\"RT0001\"");

        let mut s = OdsNumberStyle::new();
        s.number(Some(9), None, false, None);
        for at in [3, 6] {
            s.open_text(Some(at));
            s.text("-");
            s.close_text();
        }
        assert_eq!(s.finish(|_| None).1.unwrap().show(123456782.0).as_deref(), Some("123-456-782"));

        let mut s = OdsNumberStyle::new();
        s.number(Some(1), None, true, None);
        let f = s.finish(|_| None).1.unwrap();
        assert_eq!(f.show(12345.0), None);

        let mut s = OdsNumberStyle::new();
        s.number(Some(1), None, false, None);
        assert_eq!(s.finish(|_| None).1, None);

        let mut s = OdsNumberStyle::new();
        s.number(Some(1), Some(2), false, None);
        let f = s.finish(|_| None).1.unwrap();
        assert_eq!((f.code.as_str(), f.show(12.0).as_deref()), ("0.00", Some("12")), "decimals alone");

        let mut s = OdsNumberStyle::new();
        s.number(Some(5), Some(2), false, None);
        assert_eq!(s.finish(|_| None).1.unwrap().show(12.0), None, "zeros with decimals");
    }

    #[test]
    fn an_ods_condition_is_value_compared_with_a_number_and_nothing_else() {
        for (text, n, holds) in [
            ("value()>=0", 0.0, true),
            ("value() >= 0", -1.0, false),
            ("value()<0", -0.5, true),
            ("value()<=-1", -1.0, true),
            ("value()>100", 100.0, false),
            ("value()=0", 0.0, true),
            ("value()!=0", 0.0, false),
            ("value()<>0", 3.0, true),
        ] {
            let c = Condition::parse(text).unwrap_or_else(|| panic!("{text}"));
            assert_eq!(c.holds(n), holds, "{text} {n}");
        }
        for text in
            ["", "value()", "value()>", "value()>x", "is-true-formula(value()>0)", "value()>=0 and 1", "value()=>0"]
        {
            assert_eq!(Condition::parse(text), None, "{text}");
        }
    }

    #[test]
    fn an_ods_style_with_maps_shows_the_section_whose_condition_holds() {
        let section = |digits: usize, text: Option<&str>| {
            let mut s = OdsNumberStyle::new();
            if let Some(t) = text.filter(|t| t.starts_with('-')) {
                s.open_text(None);
                s.text(t);
                s.close_text();
            }
            s.number(Some(digits), None, false, None);
            if let Some(t) = text.filter(|t| !t.starts_with('-')) {
                s.open_text(None);
                s.text(t);
                s.close_text();
            }
            s.finish(|_| None).0
        };
        let empty = OdsNumberStyle::new().finish(|_| None).0;
        let earlier = |name: &str| match name {
            "P9" => Some(section(9, None)),
            "Prt" => Some(section(9, Some("RT0001"))),
            "Pneg" => Some(section(1, Some("-"))),
            "Pnone" => Some(empty.clone()),
            _ => None,
        };
        // `000000000;-000000000` as LibreOffice writes it: the negative section is the style's own.
        let mut s = OdsNumberStyle::new();
        s.open_text(None);
        s.text("-");
        s.close_text();
        s.number(Some(9), None, false, None);
        s.map(Some("value()>=0".into()), Some("P9".into()));
        let f = s.finish(earlier).1.unwrap();
        assert_eq!(f.show(12345674.0).as_deref(), Some("012345674"));
        assert_eq!(f.show(-5.0).as_deref(), Some("-000000005"));
        assert_eq!(f.show(12.5), None);
        assert!(f.code.starts_with("[>=0]000000000;"), "{}", f.code);
        assert_eq!(earlier("Pnone").map(|s| s.code).as_deref(), Some(""));
        // `0;-0;;@`: a text style whose maps show positive and negative numbers and hide the zeros.
        let mut s = OdsNumberStyle::text_style();
        s.other();
        s.map(Some("value()>0".into()), Some("Prt".into()));
        s.map(Some("value()<0".into()), Some("Pneg".into()));
        s.map(Some("value()=0".into()), Some("Pnone".into()));
        let f = s.finish(earlier).1.unwrap();
        assert_eq!(f.show(12345674.0).as_deref(), Some("012345674RT0001"));
        assert_eq!(f.show(-7.0).as_deref(), Some("-7"));
        assert_eq!(f.show(0.0).as_deref(), Some(""));
        // A text style with no maps shows a number as it is.
        let mut s = OdsNumberStyle::text_style();
        s.other();
        assert_eq!(s.finish(earlier).1, None);
        // A map to a style not read before, or a condition not of `value()`, leaves the text unknown.
        for (condition, target) in [("value()>0", "Plater"), ("value()>0 or 1", "P9"), ("", "P9")] {
            let mut s = OdsNumberStyle::new();
            s.number(Some(1), None, false, None);
            s.map(Some(condition.into()), Some(target.into()));
            assert_eq!(s.finish(earlier).1.unwrap().show(12.0), None, "{condition} {target}");
        }
        // A positive number in a section that writes no sign shows; a negative one's sign is not known.
        let mut s = OdsNumberStyle::new();
        s.number(Some(3), None, false, None);
        s.map(Some("value()<0".into()), Some("P9".into()));
        let f = s.finish(earlier).1.unwrap();
        assert_eq!(f.show(5.0).as_deref(), Some("005"));
        assert_eq!(f.show(-5.0), None);
    }

    #[test]
    fn an_ods_style_with_nothing_to_show_hides_every_number() {
        let f = OdsNumberStyle::new().finish(|_| None).1.unwrap();
        assert_eq!(f.code, ";;;");
        for n in [0.0, 240.0, -3.0, 12.5] {
            assert_eq!(f.show(n).as_deref(), Some(""), "{n}");
        }
        // An XLSX section left empty hides a fraction too.
        assert_eq!(show(";;;", 12.5).as_deref(), Some(""));
        assert_eq!(show("0;-0;;@", 0.0).as_deref(), Some(""));
        assert_eq!(show("0;-0;;@", 0.5), None);
    }
}
