//! One reader per publisher's format. Each reads the whole file and answers its entries, or every problem at once
//! (line, field, English and French): a file with any problem is refused whole.
//!
//! - **UFLPA Entity List** (US DHS): the web page of tables, one per section 2(d)(2)(B)(i), (ii), (iv), (v) of the
//!   Act, each row an entity and its effective date (saved as HTML; the same tables saved as CSV with a `Section`
//!   column are read too). Aliases ("also known as", abbreviations in brackets), former names ("formerly known as")
//!   and "and its subsidiaries" are written inside the name: they are split out.
//! - **Withhold Release Orders and Findings** (US CBP, CSV): country, industry, status, WRO/Finding, effective date,
//!   entity. A row may name several entities (`;` or line breaks), or none (a whole region or industry).
//! - **Ineligible and suspended suppliers** (PSPC, CSV, English or French headers): supplier name, address, type of
//!   measure, start and end of the period (or one period column), reason.
//! - **OpenSanctions** (FollowTheMoney entities, one JSON object a line): `id`, `schema`, `properties` (`name`,
//!   `alias`, `previousName`, `country`, `jurisdiction`, `registrationNumber`, `taxNumber`, `address` …),
//!   `datasets`, `target`, `first_seen`. Organisations (`Company`, `Organization`, `LegalEntity`, `PublicBody`) and
//!   people (`Person`: `name` or `firstName`/`lastName`, `alias`, `birthDate`, `nationality`, `citizenship`,
//!   `country`, `topics`), the latter as entries of the person scope; other schemas (addresses, sanctions,
//!   ownership …) and entities marked `"target": false` (related parties, not listed themselves) are skipped.
//! - **Watch list** (CSV): `name`, `aliases` (`;`-separated), `country`, `business_number`, `os_id`, `address`,
//!   `reason`, `effective`, `ends`, optional `id`.

use chrono::{Datelike, NaiveDate};

use super::{Entry, EntryScope, ListKind, ListProblem, unique_keys};
use crate::domain::text::{fold_label, fold_words};
use crate::domain::{BusinessNumber, CountryCode, Message};
use crate::graph::national::normalise_name;

/// The largest list file read (the OpenSanctions default dataset's organisations fit; the whole of it does not).
pub const MAX_FILE_BYTES: usize = 256 * 1024 * 1024;
/// The most entries an edition may hold.
pub const MAX_ENTRIES: usize = 2_000_000;
/// The most problems reported for one file (the rest are counted in the last).
const MAX_PROBLEMS: usize = 200;
/// The most characters in one value of a CSV line (a UFLPA entity with its aliases written in, a reason), and in a
/// free text of an entry (industry, reason, status, section, the datasets and topics of OpenSanctions).
pub const MAX_VALUE_CHARS: usize = 10_000;
/// The most characters in one name of an entry (its name, each alias, each former name): the longest names of the
/// lists read are a few hundred characters.
pub const MAX_NAME_CHARS: usize = 1_000;
/// The most characters in an entry's address.
pub const MAX_ADDRESS_CHARS: usize = 2_000;
/// The most characters in an id or an identifier (a publisher's id, the watch list's `id`, a registration or tax
/// number, a business number, an Open Supply Hub id): OpenSanctions ids are under 100, registration numbers under
/// 50. The id is the entry's key, kept in an index.
pub const MAX_ID_CHARS: usize = 200;
/// The most characters in a date (`2024-06-21T10:00:00.000000+02:00` is 32).
pub const MAX_DATE_CHARS: usize = 40;
/// The most characters in a period of PSPC (`du 1er juin 2024 jusqu'au 31 mai 2029` and the like).
pub const MAX_PERIOD_CHARS: usize = 100;
/// The most characters in a country, by code or by name (the longest English and French names are under 60).
pub const MAX_COUNTRY_CHARS: usize = 100;
/// The most other names (aliases and former names together) and the most identifiers of one entry: OpenSanctions
/// gives a few hundred transliterations of the most listed names.
pub const MAX_NAMES_PER_ENTRY: usize = 1_000;

/// What a value of a list file is, for its limit and for the character policy (`domain::characters`): which
/// values may run over several lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Value {
    /// A CSV cell of names: a name with its other names written in, one line ([`MAX_VALUE_CHARS`]).
    Names,
    /// A CSV cell of several names, one a line (CBP's `Entity`) ([`MAX_VALUE_CHARS`]).
    NameLines,
    /// One name: a name, an alias, a former name ([`MAX_NAME_CHARS`]).
    Name,
    /// An id or an identifier ([`MAX_ID_CHARS`]).
    Id,
    /// A date ([`MAX_DATE_CHARS`]).
    Date,
    /// A period, two dates ([`MAX_PERIOD_CHARS`]).
    Period,
    /// A country ([`MAX_COUNTRY_CHARS`]).
    Country,
    /// An address, over lines if written so ([`MAX_ADDRESS_CHARS`]).
    Address,
    /// Any other text (a reason, an industry, a status, a section …), over lines if written so
    /// ([`MAX_VALUE_CHARS`]).
    Text,
}

impl Value {
    /// The most characters such a value holds.
    fn limit(self) -> usize {
        match self {
            Value::Names | Value::NameLines | Value::Text => MAX_VALUE_CHARS,
            Value::Name => MAX_NAME_CHARS,
            Value::Id => MAX_ID_CHARS,
            Value::Date => MAX_DATE_CHARS,
            Value::Period => MAX_PERIOD_CHARS,
            Value::Country => MAX_COUNTRY_CHARS,
            Value::Address => MAX_ADDRESS_CHARS,
        }
    }

    /// Whether it may hold line breaks and tabs.
    fn multi_line(self) -> bool {
        matches!(self, Value::NameLines | Value::Address | Value::Text)
    }

    /// The value in words (the key of its label, `screening.list.value.*`), for the refusal of one too long.
    fn words(self) -> &'static str {
        match self {
            Value::Name => "screening.list.value.name",
            Value::Id => "screening.list.value.id",
            Value::Date => "screening.list.value.date",
            Value::Period => "screening.list.value.period",
            Value::Country => "screening.list.value.country",
            Value::Address => "screening.list.value.address",
            Value::Names | Value::NameLines | Value::Text => "screening.list.value.text",
        }
    }

    /// The kind of value a CSV column holds, by its label as the file writes it (folded): the labels the readers
    /// look for (a column no reader reads is text).
    pub(super) fn of_column(label: &str) -> Value {
        match fold_label(label).as_str() {
            "entity" | "entities" | "manufacturer" => Value::NameLines,
            "name" | "nom" | "entityname" | "suppliername" | "supplier" | "nomdufournisseur" | "fournisseur"
            | "aliases" | "alias" | "autresnoms" => Value::Names,
            "id" | "identifier" | "reference" | "businessnumber" | "bn" | "numerodentreprise" | "ne" | "osid"
            | "opensupplyhubid" => Value::Id,
            "date" | "effectivedate" | "dateadded" | "dateissued" | "startdate" | "start" | "enddate" | "end"
            | "datededebut" | "debut" | "datedefin" | "fin" | "effective" | "added" | "ends" | "until" | "jusqua"
            | "depuis" => Value::Date,
            "period" | "ineligibilityperiod" | "periode" | "periodedinadmissibilite" => Value::Period,
            "country" | "countryoforigin" | "pays" => Value::Country,
            "address" | "supplieraddress" | "adresse" => Value::Address,
            _ => Value::Text,
        }
    }
}

/// Where a value was read: its line (from 1), its column (a CSV field or an HTML cell, from 0) when it has one, and
/// its field (the column's label as the file writes it, or the JSON path of the value: `properties.alias[2]`).
#[derive(Debug, Clone, Copy)]
pub(super) struct At<'a> {
    pub(super) line: usize,
    pub(super) column: Option<usize>,
    pub(super) field: &'a str,
}

/// The first problem of a value read at `at`: a character the policy refuses (`domain::characters`, as the intake
/// applies it to a declaration), or more characters than its kind's limit.
pub(super) fn check_value(value: &str, kind: Value, at: At<'_>) -> Option<ListProblem> {
    let problem = if let Some(refused) = crate::domain::characters::first_refused(value, kind.multi_line()) {
        let (en, fr) = refused.messages(
            &format!("`{}`", at.field),
            &format!("«\u{a0}{}\u{a0}»", at.field),
            crate::domain::characters::Source::ListEntry,
        );
        ListProblem::new(at.line, Some(at.field), en, fr)
    } else {
        let n = value.chars().count();
        if n <= kind.limit() {
            return None;
        }
        too_long(at.line, Some(at.field), kind, n)
    };
    Some(problem.in_column(at.column))
}

/// Pushes the problem of a value read at `at`, if it has one; whether it had none.
pub(super) fn value_ok(value: &str, kind: Value, at: At<'_>, problems: &mut Vec<ListProblem>) -> bool {
    match check_value(value, kind, at) {
        Some(p) => {
            problems.push(p);
            false
        }
        None => true,
    }
}

/// A value longer than the limit of its kind, at its line and field: how long it is and the limit.
fn too_long(line: usize, field: Option<&str>, kind: Value, chars: usize) -> ListProblem {
    let m = Message::new("screening.list.too_long")
        .label("what", kind.words())
        .number("count", chars as f64)
        .number("limit", kind.limit() as f64);
    ListProblem::said(line, field, &m)
}

/// The names split out of a cell (or given apart) held to [`MAX_NAME_CHARS`] each, and each naming something
/// ([`names_something`]), refused at the cell's place.
fn check_split(split: &SplitName, at: At<'_>, problems: &mut Vec<ListProblem>) {
    let names = std::iter::once(&split.name).chain(&split.aliases).chain(&split.former_names);
    for n in names {
        if value_ok(n, Value::Name, at, problems) {
            names_something(n, at, problems);
        }
    }
}

/// Whether a name read names something: a letter or a digit. A name of separators, brackets or spaces only (`,`,
/// `-`, `()` read as nothing) would be an entry named by nothing, whose key is its list's prefix alone; it is
/// refused at its place, naming what was written, never read as no name (which on CBP's list would widen an order
/// to a whole region or industry).
pub(super) fn names_something(name: &str, at: At<'_>, problems: &mut Vec<ListProblem>) -> bool {
    if name.chars().any(char::is_alphanumeric) {
        return true;
    }
    let m = if name.trim().is_empty() {
        Message::new("screening.list.name_blank")
    } else {
        Message::new("screening.list.names_nothing").text("name", name)
    };
    problems.push(ListProblem::said(at.line, Some(at.field), &m).in_column(at.column));
    false
}

/// A count of an entry's other names or identifiers over [`MAX_NAMES_PER_ENTRY`], at its place.
fn check_count(count: usize, identifiers: bool, at: At<'_>, problems: &mut Vec<ListProblem>) {
    if count <= MAX_NAMES_PER_ENTRY {
        return;
    }
    let key = if identifiers { "screening.list.too_many_identifiers" } else { "screening.list.too_many_names" };
    let m = Message::new(key).number("count", count as f64).number("most", MAX_NAMES_PER_ENTRY as f64);
    problems.push(ListProblem::said(at.line, Some(at.field), &m).in_column(at.column));
}

/// A column named twice in a header (0-based `first` and `again`): a reader would take one and drop the other's
/// values without a word, so the file is refused at the header's `line`, naming the column, in English and French.
pub(super) fn column_twice(line: usize, label: &str, first: usize, again: usize) -> ListProblem {
    // Columns are numbered as the file's lines are, without a group separator.
    let m = Message::new("screening.list.column_twice")
        .text("label", label)
        .text("first", (first + 1).to_string())
        .text("again", (again + 1).to_string());
    ListProblem::said(line, Some(label), &m).in_column(Some(again))
}

/// The column (or JSON property) of a kind's entity name, for problems of a whole entry.
pub(super) fn name_field(kind: ListKind) -> &'static str {
    match kind {
        ListKind::Uflpa => "Entity Name",
        ListKind::CbpWro => "Entity",
        ListKind::PspcIneligible => "Supplier name",
        ListKind::Opensanctions => "properties.name",
        ListKind::Watchlist => "name",
    }
}

/// An entry given twice in one file, refused at the later row naming the earlier: stored twice, one listing would
/// give two hits and two decisions, or (written apart) two periods of which the matcher would take either. Two
/// entries are one listing when
/// - they say the same thing, word for word or written otherwise only in the case, accents, spacing or punctuation
///   of their names (`ACME ROPE CO` and `Acme Rope Co.`), in any list;
/// - on the UFLPA Entity List, they name the same entity in one section (its dates may differ: which one holds?);
/// - on CBP's list, they name the same entity under the same kind of order (WRO or Finding) of the same country,
///   for the same industry from the same day (its status or other names may differ: which row holds?);
/// - on PSPC's list, they name the same supplier under the same measure from the same day (its end may differ:
///   which period holds?).
///
/// The same entity in two sections, or a CBP or PSPC entity under two orders or measures that differ in kind,
/// industry or start, stays two entries; so do the watch list's entries of one name and country (two firms may
/// share a name: their identifiers tell them apart), and OpenSanctions' entities, told apart by their ids.
fn repeated_entries(kind: ListKind, entries: &[Entry], problems: &mut Vec<ListProblem>) {
    type Listing<'e> = (&'e str, Option<&'e str>);
    let mut seen: std::collections::HashMap<Listing<'_>, Vec<(&Entry, Entry)>> = std::collections::HashMap::new();
    // What makes one listing besides the key and section, by list (`None`: only entries alike are one).
    let listing = |e: &Entry| -> Option<(Option<String>, Option<NaiveDate>)> {
        match kind {
            ListKind::Uflpa => Some((None, None)),
            ListKind::CbpWro => Some((e.industry.as_deref().map(fold_words), e.effective)),
            ListKind::PspcIneligible => Some((None, e.effective)),
            ListKind::Opensanctions | ListKind::Watchlist => None,
        }
    };
    for e in entries {
        let same_key = seen.entry((e.key.as_str(), e.section.as_deref())).or_default();
        let folded = folded_names(e);
        let word_for_word = same_key.iter().find(|(o, _)| Entry { line: e.line, ..(*o).clone() } == *e);
        let written_otherwise = same_key.iter().find(|(_, f)| *f == folded);
        let same_listing = same_key.iter().find(|(o, _)| listing(e).is_some_and(|l| listing(o) == Some(l)));
        let problem = if let Some((o, _)) = word_for_word {
            Some(Message::new("screening.list.repeated").text("line", o.line.to_string()))
        } else if let Some((o, _)) = written_otherwise {
            Some(
                Message::new("screening.list.repeated_written_otherwise")
                    .text("line", o.line.to_string())
                    .text("first", o.name.clone())
                    .text("second", e.name.clone()),
            )
        } else if let Some((o, _)) = same_listing {
            let (diff_en, diff_fr) = differences(o, e);
            let key = match kind {
                ListKind::Uflpa => "screening.list.repeated_in_section",
                ListKind::PspcIneligible => "screening.list.repeated_measure",
                _ => "screening.list.repeated_order",
            };
            Some(
                Message::new(key)
                    .text("name", e.name.clone())
                    .text("line", o.line.to_string())
                    .names("diff", diff_en, diff_fr),
            )
        } else {
            None
        };
        if let Some(m) = problem {
            problems.push(ListProblem::said(e.line, Some(name_field(kind)), &m));
        }
        same_key.push((e, folded));
    }
}

/// An entry as [`repeated_entries`] compares it written otherwise: its line left out and its names folded (case,
/// accents, spacing, punctuation).
fn folded_names(e: &Entry) -> Entry {
    let fold = |names: &[String]| names.iter().map(|n| fold_words(n)).collect::<Vec<_>>();
    Entry {
        name: fold_words(&e.name),
        aliases: fold(&e.aliases),
        former_names: fold(&e.former_names),
        line: 0,
        ..e.clone()
    }
}

/// The fields in which two entries differ, in words (English, French), joined with `, ` / `, `.
fn differences(a: &Entry, b: &Entry) -> (String, String) {
    let words = |field: &str| match field {
        "name" => ("name", "nom"),
        "aliases" => ("other names", "autres noms"),
        "former_names" => ("former names", "anciens noms"),
        "subsidiaries" => ("mention of subsidiaries", "mention des filiales"),
        "country" | "other_countries" => ("country", "pays"),
        "address" => ("address", "adresse"),
        "business_number" => ("business number", "numéro d'entreprise"),
        "os_id" => ("Open Supply Hub id", "identifiant Open Supply Hub"),
        "identifiers" => ("identifiers", "identifiants"),
        "status" => ("status", "statut"),
        "reason" => ("reason", "motif"),
        "ends" => ("end", "fin"),
        "effective" => ("start", "début"),
        "industry" => ("industry", "secteur"),
        _ => ("value", "valeur"),
    };
    let (en, fr): (Vec<&str>, Vec<&str>) =
        super::changed_fields(a, b).iter().map(|c| words(&c.field)).filter(|(en, _)| *en != "value").unzip();
    if en.is_empty() {
        return ("value".into(), "valeur".into());
    }
    (en.join(", "), fr.join(", "))
}

/// The first day a list's date may name: the Tariff Act of 1930 (19 U.S.C. §1307, the ban on goods of forced
/// labour that CBP's orders apply) is the oldest law behind any list read; Canada's and the Act's are later.
pub const EARLIEST_LIST_DAY: (i32, u32, u32) = (1930, 1, 1);
/// How far after the day the file is read an entry may start: a publisher lists what is in force or announced,
/// not what starts years ahead (a start of 2205 is 2025 mistyped).
pub const LATEST_START_YEARS: u32 = 1;
/// How far after the day the file is read a period may end: PSPC's longest ineligibility is ten years, and a
/// watch-list entry without an end leaves it blank (9999-12-31 is no end but a typed date).
pub const LATEST_END_YEARS: u32 = 20;
/// The earliest year of birth of a listed person.
pub const EARLIEST_BIRTH_YEAR: i32 = 1880;

/// Every date of an entry within its window, from [`EARLIEST_LIST_DAY`] to `today` plus [`LATEST_START_YEARS`]
/// for a start (plus [`LATEST_END_YEARS`] for an end), a date of birth from [`EARLIEST_BIRTH_YEAR`] to `today`:
/// a date outside is a typed year gone wrong, refused at its line naming its field and the limit.
fn dates_in_window(kind: ListKind, entries: &[Entry], today: NaiveDate, problems: &mut Vec<ListProblem>) {
    let earliest = NaiveDate::from_ymd_opt(EARLIEST_LIST_DAY.0, EARLIEST_LIST_DAY.1, EARLIEST_LIST_DAY.2);
    let latest_start = today.checked_add_months(chrono::Months::new(12 * LATEST_START_YEARS));
    let latest_end = today.checked_add_months(chrono::Months::new(12 * LATEST_END_YEARS));
    let (start_field, end_field) = match kind {
        ListKind::Uflpa | ListKind::CbpWro => ("Effective Date", "Effective Date"),
        ListKind::PspcIneligible => ("Start date", "End date"),
        ListKind::Opensanctions => ("first_seen", "first_seen"),
        ListKind::Watchlist => ("effective", "ends"),
    };
    let (Some(earliest), Some(latest_start), Some(latest_end)) = (earliest, latest_start, latest_end) else {
        return;
    };
    for e in entries {
        for (day, field, latest, end) in
            [(e.effective, start_field, latest_start, "no"), (e.ends, end_field, latest_end, "yes")]
        {
            let Some(day) = day else { continue };
            // The days stand as `{0}` and `{1}`, written where the problem is shown (`ListProblem::with_days`).
            let said = |key: &'static str, limit: NaiveDate| {
                let m = Message::new(key).text("end", end).text("day", "{0}").text("limit", "{1}");
                ListProblem::said(e.line, Some(field), &m).with_days(&[day, limit])
            };
            if day < earliest {
                problems.push(said("screening.list.day_too_early", earliest));
            } else if day > latest {
                problems.push(said("screening.list.day_too_late", latest));
            }
        }
        // A date of birth as FollowTheMoney writes it: its year first (`1970`, `1970-05`, `1970-05-21`).
        for born in e.birth_date.iter().flat_map(|b| b.split("; ")) {
            let Some(year) = born.get(..4).and_then(|y| y.parse::<i32>().ok()) else { continue };
            if year < EARLIEST_BIRTH_YEAR || year > today.year() {
                // Years as written, never grouped.
                let m = Message::new("screening.list.birth_year")
                    .text("born", born)
                    .text("first", EARLIEST_BIRTH_YEAR.to_string())
                    .text("last", today.year().to_string());
                problems.push(ListProblem::said(e.line, Some("properties.birthDate"), &m));
            }
        }
    }
}

/// Reads a list file of a kind: its entries (keys unique within the edition), or every problem of the file.
pub fn parse(kind: ListKind, bytes: &[u8]) -> Result<Vec<Entry>, Vec<ListProblem>> {
    if bytes.len() > MAX_FILE_BYTES {
        let m = Message::new("screening.list.file_too_large").number("mib", (MAX_FILE_BYTES / (1024 * 1024)) as f64);
        return Err(vec![ListProblem::said(0, None, &m)]);
    }
    // A byte that is not valid in the file's encoding refuses the file: no name is ever read with a replaced letter.
    let decoded = crate::import::decode_text(bytes).map_err(|e| {
        let issue = e.issue("");
        vec![ListProblem::new(e.line, None, issue.message_en, issue.message_fr)]
    })?;
    let text = decoded.text.as_ref();
    // An empty file is said once as what it is, not as each required column missing from a header it lacks.
    if text.trim().is_empty() {
        return Err(vec![ListProblem::said(0, None, &Message::new("screening.list.file_empty"))]);
    }
    let mut problems = Vec::new();
    let mut entries = match kind {
        ListKind::Uflpa if looks_like_html(text) => super::html::uflpa_html(text, &mut problems),
        ListKind::Uflpa => uflpa_csv(text, &mut problems),
        ListKind::CbpWro => cbp(text, &mut problems),
        // PSPC publishes its list as a table of its web page; a CSV of the same columns is read as well.
        ListKind::PspcIneligible if looks_like_html(text) => {
            let tables = Table::from_html(text, PSPC_NAME_LABELS, PSPC_MEASURE_LABELS, &mut problems);
            tables.into_iter().flat_map(|t| pspc(t, &mut problems)).collect()
        }
        ListKind::PspcIneligible => {
            let t = Table::read(text, &mut problems);
            pspc(t, &mut problems)
        }
        ListKind::Opensanctions => opensanctions(text, &mut problems),
        ListKind::Watchlist => watchlist(text, &mut problems),
    };
    repeated_entries(kind, &entries, &mut problems);
    dates_in_window(kind, &entries, chrono::Utc::now().date_naive(), &mut problems);
    if problems.is_empty() && entries.is_empty() {
        problems.push(ListProblem::said(0, None, &Message::new("screening.list.no_entries")));
    }
    if entries.len() > MAX_ENTRIES {
        let m = Message::new("screening.list.too_many_entries").number("most", MAX_ENTRIES as f64);
        problems.push(ListProblem::said(0, None, &m));
    }
    if !problems.is_empty() {
        if problems.len() > MAX_PROBLEMS {
            let more = problems.len() - MAX_PROBLEMS;
            problems.truncate(MAX_PROBLEMS);
            problems.push(ListProblem::said(0, None, &Message::new("screening.list.more").number("more", more as f64)));
        }
        return Err(problems);
    }
    unique_keys(&mut entries);
    Ok(entries)
}

// ---------------------------------------------------------------------------------------------------------------
// Shared pieces: CSV with named columns, dates, names with aliases written inside them.

/// A CSV file read with its header: the records, each with its line, and where each wanted column is.
struct Table {
    header: Vec<String>,
    rows: Vec<(usize, csv::StringRecord)>,
}

/// The line (from 1) of the first character at or after byte `at` that ends no line: the CSV reader places a
/// record where the previous one ended, which with CRLF line ends is the `\n` of the line before.
/// The line of a byte of a text, for positions asked in file order: the newlines are counted once, from the last
/// position asked, not from the start of the text for each record (which made reading a list quadratic in its size:
/// 40,000 entries took minutes).
struct Lines<'t> {
    bytes: &'t [u8],
    /// The last byte asked (after the line ends at it) and the newlines before it.
    at: usize,
    newlines: usize,
}

impl<'t> Lines<'t> {
    fn new(text: &'t str) -> Lines<'t> {
        Lines { bytes: text.as_bytes(), at: 0, newlines: 0 }
    }

    /// The line (from 1) of the record that starts at byte `at` (line ends at it belong to the record after them).
    fn line_at(&mut self, at: usize) -> usize {
        let mut at = at.min(self.bytes.len());
        while self.bytes.get(at).is_some_and(|b| *b == b'\r' || *b == b'\n') {
            at += 1;
        }
        if at < self.at {
            (self.at, self.newlines) = (0, 0);
        }
        self.newlines += self.bytes.get(self.at..at).map_or(0, |b| b.iter().filter(|c| **c == b'\n').count());
        self.at = at;
        self.newlines + 1
    }
}

/// Whether a header's label is one of `labels` (folded): as a whole (`WRO/Finding`), or one side of a bilingual
/// label (`Supplier name / Nom du fournisseur`).
fn labels_hold(labels: &[&str], header: &str) -> bool {
    labels.contains(&fold_label(header).as_str())
        || header.contains('/') && header.split('/').any(|side| labels.contains(&fold_label(side).as_str()))
}

/// A table's header under the character policy (each label named by its place: the refused character would be
/// shown in it otherwise), and a column named twice refused (the reader would take the first and drop the other's
/// values without a word); `line` is the header's.
fn check_header(header: &[String], line: usize, problems: &mut Vec<ListProblem>) {
    for (c, h) in header.iter().enumerate() {
        let field = format!("#{}", c + 1);
        value_ok(h.trim(), Value::Text, At { line, column: Some(c), field: &field }, problems);
    }
    for (c, h) in header.iter().enumerate() {
        let folded = fold_label(h);
        let first = header.iter().take(c).position(|o| fold_label(o) == folded);
        if let (false, Some(first)) = (folded.is_empty(), first) {
            problems.push(column_twice(line, h.trim(), first, c));
        }
    }
}

/// Every value of a row, read or not, under the character policy and its column's limit: whether all are (a row
/// with one refused is read no further: its other problems would be said of a value that is not the one written).
fn row_ok<'v>(
    header: &[String],
    line: usize,
    values: impl Iterator<Item = &'v str>,
    problems: &mut Vec<ListProblem>,
) -> bool {
    let before = problems.len();
    for (c, v) in values.enumerate() {
        let label = header.get(c).map_or("", |h| h.trim());
        let unnamed = format!("#{}", c + 1);
        let field = if label.is_empty() { unnamed.as_str() } else { label };
        value_ok(v.trim(), Value::of_column(label), At { line, column: Some(c), field }, problems);
    }
    problems.len() == before
}

impl Table {
    /// Reads CSV with the separator (`,` `;` tab) that gives the header the most fields. A line with more or fewer
    /// fields than the header, or that cannot be read, is a problem of its line: a value with a separator in it
    /// must be quoted, and a missing field would shift the others into the wrong columns.
    fn read(text: &str, problems: &mut Vec<ListProblem>) -> Table {
        let first = text.lines().find(|l| !l.trim().is_empty()).unwrap_or_default();
        let sep =
            [b',', b';', b'\t'].into_iter().max_by_key(|s| first.bytes().filter(|b| b == s).count()).unwrap_or(b',');
        let mut rdr = csv::ReaderBuilder::new().delimiter(sep).flexible(true).from_reader(text.as_bytes());
        let header: Vec<String> = rdr.headers().map(|h| h.iter().map(str::to_string).collect()).unwrap_or_default();
        let width = header.len();
        check_header(&header, 1, problems);
        let mut rows = Vec::new();
        let unclosed = unclosed_quote(text, sep);
        if let Some((line, field)) = unclosed {
            let name = header.get(field).map(String::as_str).filter(|_| line > 1);
            let m = match name {
                Some(n) => Message::new("screening.list.quote_unclosed_in").text("name", n),
                None => Message::new("screening.list.quote_unclosed"),
            };
            problems.push(ListProblem::said(line, name, &m).in_column(Some(field)));
        }
        let mut lines = Lines::new(text);
        for r in rdr.records() {
            match r {
                Ok(rec) => {
                    let line = rec.position().map_or(0, |p| lines.line_at(p.byte() as usize));
                    if rec.iter().all(|c| c.trim().is_empty()) {
                        continue;
                    }
                    // The line whose quote is never closed is said once, by its quote.
                    if unclosed.is_some_and(|(l, _)| l == line) {
                        continue;
                    }
                    if rec.len() != width {
                        problems.push(width_problem(line, rec.len(), width, &header));
                        continue;
                    }
                    if row_ok(&header, line, rec.iter(), problems) {
                        rows.push((line, rec));
                    }
                }
                Err(e) => {
                    // Our words, not the reader's: its text is English only and counts lines its own way.
                    let line = e.position().map_or(0, |p| lines.line_at(p.byte() as usize));
                    problems.push(ListProblem::said(line, None, &Message::new("screening.list.csv_unreadable")));
                }
            }
        }
        Table { header, rows }
    }

    /// The tables of a page saved from a publisher's site whose header row (its first row) names a column of
    /// `labels` and one of `also` (folded; else the first naming one of `labels`), each read as a CSV file is: the
    /// header's labels and every value under the character policy and its column's limit, a column named twice
    /// refused, a row of another width than the header's refused at its line; each row at its line in the page
    /// ([`super::html::table_rows`]). No such table: one table with an empty header (the reader then says which
    /// column it looked for).
    fn from_html(text: &str, labels: &[&str], also: &[&str], problems: &mut Vec<ListProblem>) -> Vec<Table> {
        let tables = super::html::table_rows(text, problems);
        let names = |t: &[(usize, Vec<String>)], labels: &[&str]| {
            t.iter().find(|(_, c)| !c.is_empty()).is_some_and(|(_, c)| c.iter().any(|h| labels_hold(labels, h)))
        };
        // Every table naming both columns (a page may list ineligible and suspended suppliers in two tables); else
        // the first naming the first, for the reader to say which column it lacks.
        let (mut chosen, others): (Vec<_>, Vec<_>) =
            tables.into_iter().partition(|t| names(t, labels) && names(t, also));
        if chosen.is_empty() {
            chosen.extend(others.into_iter().find(|t| names(t, labels)));
        }
        if chosen.is_empty() {
            return vec![Table { header: Vec::new(), rows: Vec::new() }];
        }
        chosen.into_iter().map(|rows| Table::of_rows(rows, problems)).collect()
    }

    /// One table of a page ([`Table::from_html`]): its first row the header.
    fn of_rows(mut rows: Vec<(usize, Vec<String>)>, problems: &mut Vec<ListProblem>) -> Table {
        rows.retain(|(_, c)| !c.is_empty());
        let mut rows = rows.into_iter();
        let Some((header_line, header)) = rows.next() else { return Table { header: Vec::new(), rows: Vec::new() } };
        check_header(&header, header_line, problems);
        let width = header.len();
        let mut read = Vec::new();
        for (line, cells) in rows {
            if cells.iter().all(|c| c.trim().is_empty()) {
                continue;
            }
            if cells.len() != width {
                problems.push(width_problem(line, cells.len(), width, &header));
                continue;
            }
            if row_ok(&header, line, cells.iter().map(String::as_str), problems) {
                read.push((line, csv::StringRecord::from(cells)));
            }
        }
        Table { header, rows: read }
    }

    /// Names each problem of a row placed in a column by that column as the file's header writes it (`Période`,
    /// `Date`), not by the name the reader looks for (`Period`, `Effective Date`): the reader finds the column the
    /// file names. A column past the header or with a blank label keeps the name it was given.
    fn name_fields(&self, problems: &mut [ListProblem]) {
        for p in problems.iter_mut().filter(|p| p.line > 1) {
            let label = p.column.and_then(|c| c.checked_sub(1)).and_then(|c| self.header.get(c)).map(|h| h.trim());
            if let Some(label) = label.filter(|h| !h.is_empty()) {
                p.field = Some(label.to_string());
            }
        }
    }

    /// The index of the first column whose folded label is one of `labels` (already folded with `fold_label`).
    fn column(&self, labels: &[&str]) -> Option<usize> {
        self.header.iter().position(|h| labels_hold(labels, h))
    }

    /// The index of a required column, or a problem naming what was looked for.
    fn required(&self, what: &str, labels: &[&str], problems: &mut Vec<ListProblem>) -> Option<usize> {
        let c = self.column(labels);
        if c.is_none() {
            let m = Message::new("screening.list.no_column").text("what", what);
            let m = if self.header.iter().all(|h| h.trim().is_empty()) {
                m.label("found", "screening.list.found_nothing")
            } else {
                m.text("found", self.header.join(", "))
            };
            problems.push(ListProblem::said(1, Some(what), &m));
        }
        c
    }
}

/// A line with more or fewer fields than the header: where the first extra or missing field is. Said by the column
/// where the line stops or goes on, so that no count of fields needs a plural form ("1 fields").
fn width_problem(line: usize, len: usize, width: usize, header: &[String]) -> ListProblem {
    if len < width {
        let missing = header.get(len).map(String::as_str).unwrap_or_default();
        let m = Message::new("screening.list.line_short")
            .text("len", len.to_string())
            .text("width", width.to_string())
            .text("missing", missing);
        ListProblem::said(line, Some(missing), &m).in_column(Some(len))
    } else {
        let last = header.last().map(String::as_str).unwrap_or_default();
        let m = Message::new("screening.list.line_long").text("width", width.to_string()).text("last", last);
        ListProblem::said(line, None, &m).in_column(Some(width))
    }
}

/// Where a quote that is never closed opens (line from 1, field index from 0), if one does: a quote opens a value
/// only at its start (as the csv reader reads it), `""` inside a quoted value is a quote, and line ends inside
/// quotes belong to the value. The csv reader reads such a quote to the end of the file as one value, without an
/// error: this names the quote instead of the short line it leaves.
fn unclosed_quote(text: &str, sep: u8) -> Option<(usize, usize)> {
    let (mut line, mut field, mut start, mut open) = (1usize, 0usize, true, None);
    let mut bytes = text.bytes().peekable();
    while let Some(b) = bytes.next() {
        if b == b'\n' {
            line += 1;
        }
        if open.is_some() {
            if b == b'"' {
                if bytes.peek() == Some(&b'"') {
                    bytes.next();
                } else {
                    open = None;
                }
            }
            continue;
        }
        match b {
            b'"' if start => {
                open = Some((line, field));
                start = false;
            }
            b'\n' => (field, start) = (0, true),
            b'\r' => {}
            _ if b == sep => (field, start) = (field + 1, true),
            _ => start = false,
        }
    }
    open
}

/// The trimmed text of a cell, `None` when blank or absent.
fn cell(rec: &csv::StringRecord, col: Option<usize>) -> Option<String> {
    col.and_then(|c| rec.get(c)).map(str::trim).filter(|s| !s.is_empty()).map(str::to_string)
}

/// A cell whose value must be one of a publisher's words: `None` when blank, a problem naming the words allowed
/// when it is none of them (`allowed`: folded values, one of which the whole folded value must be).
fn word_cell(
    rec: &csv::StringRecord,
    col: Option<usize>,
    line: usize,
    field: &str,
    allowed: &[&str],
    shown: &str,
    problems: &mut Vec<ListProblem>,
) -> Option<String> {
    let v = cell(rec, col)?;
    let f = fold_words(&v);
    // The whole value, not a word of it: `Not active` or `Active until 2024` is no status of the publisher's.
    let known = allowed.contains(&f.as_str());
    if !known {
        let m = Message::new("screening.list.not_in_column").text("value", v.as_str()).text("expected", shown);
        problems.push(ListProblem::said(line, Some(field), &m).in_column(col));
    }
    Some(v)
}

/// Reads a date written `2024-06-21`, `06/21/2024` (US lists only), `June 21, 2024`, `21 June 2024`, `2024/06/21`,
/// or a day with its time and nothing else (`2024-06-21T10:00:00`, `2024-06-21 10:00`, `2024-06-21T10:00:00Z`,
/// `2024-06-21T10:00:00+02:00`: the day as written); `None` for anything else, a date followed by other words
/// included (`2024-06-21 junk`): a cell is a date, not a date somewhere in a text.
fn read_date(s: &str, us: bool) -> Option<NaiveDate> {
    let s = s.trim();
    let days = ["%Y-%m-%d", "%B %d, %Y", "%b %d, %Y", "%d %B %Y", "%Y/%m/%d"];
    if let Some(d) = days.iter().find_map(|f| NaiveDate::parse_from_str(s, f).ok()) {
        return Some(d);
    }
    if us && let Ok(d) = NaiveDate::parse_from_str(s, "%m/%d/%Y") {
        return Some(d);
    }
    if let Some(d) = french_date(s) {
        return Some(d);
    }
    let times = ["%Y-%m-%dT%H:%M:%S%.f", "%Y-%m-%d %H:%M:%S%.f", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"];
    if let Some(t) = times.iter().find_map(|f| chrono::NaiveDateTime::parse_from_str(s, f).ok()) {
        return Some(t.date());
    }
    chrono::DateTime::parse_from_rfc3339(s).ok().map(|t| t.date_naive())
}

/// A date as the French pages of Canada.ca write it, `17 juin 2020`, `1er août 2024` (chrono reads month names in
/// English only: its locales format, they do not parse; the twelve names are the Office québécois de la langue
/// française's, written with or without their accents).
fn french_date(s: &str) -> Option<NaiveDate> {
    const MONTHS: &[&[&str]] = &[
        &["janvier"],
        &["février", "fevrier"],
        &["mars"],
        &["avril"],
        &["mai"],
        &["juin"],
        &["juillet"],
        &["août", "aout"],
        &["septembre"],
        &["octobre"],
        &["novembre"],
        &["décembre", "decembre"],
    ];
    let mut words = s.split_whitespace();
    let (day, month, year) = (words.next()?, words.next()?.to_lowercase(), words.next()?);
    if words.next().is_some() {
        return None;
    }
    let day: u32 = day.strip_suffix("er").unwrap_or(day).parse().ok()?;
    let month = MONTHS.iter().position(|names| names.contains(&month.as_str()))?;
    NaiveDate::from_ymd_opt(year.parse().ok()?, u32::try_from(month).ok()? + 1, day)
}

/// The words that join the start and end of a PSPC period, in English or French, spaces around them.
const PERIOD_JOINS: &[&str] = &[" to ", " until ", " au ", " à ", " jusqu'au ", " – ", " — ", " - "];

/// Reads a PSPC period: one date (its start, no end written) or two dates joined by one of [`PERIOD_JOINS`]
/// (start, end), optionally after `from` / `du`. `None` when anything else is written, or a date is not a day of the calendar (`2027-02-30`): a
/// period is never read from the part of a cell that happens to look like a date.
fn read_period(p: &str) -> Option<(NaiveDate, Option<NaiveDate>)> {
    let p = p.trim();
    let lower = p.to_ascii_lowercase();
    let p = ["from ", "du "].iter().find(|w| lower.starts_with(*w)).and_then(|w| p.get(w.len()..)).unwrap_or(p);
    if let Some(a) = read_whole_date(p) {
        return Some((a, None));
    }
    // ASCII lowering keeps every byte in its place, so a place in `lower` is one in `p`.
    let lower = p.to_ascii_lowercase();
    PERIOD_JOINS.iter().find_map(|j| {
        let at = lower.find(j)?;
        let (a, b) = (p.get(..at)?, p.get(at + j.len()..)?);
        Some((read_whole_date(a)?, Some(read_whole_date(b)?)))
    })
}

/// A date that is the whole of `s` and names a day only (a PSPC period's ends: no time).
fn read_whole_date(s: &str) -> Option<NaiveDate> {
    let s = s.trim();
    if s.contains(char::is_whitespace) {
        ["%B %d, %Y", "%b %d, %Y", "%d %B %Y"]
            .iter()
            .find_map(|f| NaiveDate::parse_from_str(s, f).ok())
            .or_else(|| french_date(s))
    } else {
        read_date(s, false)
    }
}

/// A date cell: `None` when blank, a problem (placed in its column) when written but unreadable.
fn date_cell(
    rec: &csv::StringRecord,
    col: Option<usize>,
    us: bool,
    line: usize,
    field: &str,
    problems: &mut Vec<ListProblem>,
) -> Option<NaiveDate> {
    date_value(cell(rec, col), col, us, line, field, problems)
}

/// A date as text (`None` when blank), or a problem placed in its column.
pub(super) fn date_value(
    value: Option<String>,
    col: Option<usize>,
    us: bool,
    line: usize,
    field: &str,
    problems: &mut Vec<ListProblem>,
) -> Option<NaiveDate> {
    let v = value?;
    let d = read_date(&v, us);
    if d.is_none() {
        let m = Message::new("screening.list.not_a_date").text("value", v.as_str());
        problems.push(ListProblem::said(line, Some(field), &m).in_column(col));
    }
    d
}

/// A country cell: `None` when blank, a problem (placed in its column) when written but not a country — read as the
/// intake reads a typed country ([`crate::domain::read_country`]): a stray mark (`Canada ✓`, `MY?`) is refused with
/// the country it looks like.
fn country_cell(
    rec: &csv::StringRecord,
    col: Option<usize>,
    line: usize,
    field: &str,
    problems: &mut Vec<ListProblem>,
) -> Option<CountryCode> {
    let v = cell(rec, col)?;
    match crate::domain::read_country(&v) {
        Ok(c) => Some(c),
        Err(e) => {
            problems.push(ListProblem::new(line, Some(field), e.en, e.fr).in_column(col));
            None
        }
    }
}

/// A period whose end comes before its start: a problem of the end's column.
fn check_period(
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    line: usize,
    (field, col): (&str, Option<usize>),
    problems: &mut Vec<ListProblem>,
) {
    if let (Some(a), Some(b)) = (from, to)
        && b < a
    {
        // The days stand as `{0}` and `{1}`, written where the problem is shown.
        let m = Message::new("screening.list.period_reversed").text("end", "{0}").text("start", "{1}");
        problems.push(ListProblem::said(line, Some(field), &m).with_days(&[b, a]).in_column(col));
    }
}

/// A name as lists write it, split into its parts.
#[derive(Debug, Default, PartialEq)]
pub struct SplitName {
    pub name: String,
    pub aliases: Vec<String>,
    pub former_names: Vec<String>,
    pub subsidiaries: bool,
    /// Where the name says the party is, in a bracket that closes it: `(of Nagoya, Japan)` → `Nagoya, Japan`.
    pub place: Option<String>,
}

/// The French phrases of subsidiaries; the English ones (`and its subsidiaries`, `including its subsidiaries`, `and
/// subsidiaries` …) are read by the grammar of [`subsidiary_phrase`].
const SUBSIDIARY_PHRASES: &[&str] = &["et ses filiales", "et filiales"];
/// The words that put a former name after them (longest first, so that `formerly known as` is not read as
/// `formerly`).
const FORMER_PREFIXES: &[&str] = &[
    "formerly known as",
    "previously known as",
    "formerly called",
    "formerly doing business as",
    "formerly",
    "previously",
    "f.k.a.",
    "f/k/a",
    "fka",
    "anciennement connue sous le nom de",
    "anciennement connu sous le nom de",
    "anciennement",
];
/// The words that put another name (alias, trade name) after them, longest first.
const ALIAS_PREFIXES: &[&str] = &[
    "also known as",
    "also called",
    "doing business as",
    "trading as",
    "a.k.a.",
    "a.k.a",
    "a/k/a",
    "aka",
    "d.b.a.",
    "d/b/a",
    "dba",
    "t/a",
    "alias",
    "aussi connue sous le nom de",
    "aussi connu sous le nom de",
    "également connue sous le nom de",
    "également connu sous le nom de",
    "connue sous le nom de",
    "connu sous le nom de",
    "aussi appelée",
    "aussi appelé",
    "faisant affaire sous le nom de",
    "faisant affaires sous le nom de",
    "faisant affaire sous le nom",
    "operating as",
    "carrying on business as",
    "o/a",
    "sous le nom de",
];

/// The words by which a Canadian firm's name gives its operating (trade) name after its legal name, with no comma
/// before them (`Northwind Protective Wear Ltd. o/a Northwind PPE`, `9123-4567 Québec inc. faisant affaire sous le
/// nom de Vêtements Nordet`): the part after is an alias of the same party. (Corporations Canada and the Quebec
/// enterprise register write a business's other names so: "operating as", "doing business as", « faisant affaire
/// sous le nom de ».)
const TRADE_NAME_MARKS: &[&str] = &[
    "o/a",
    "operating as",
    "doing business as",
    "carrying on business as",
    "trading as",
    "d.b.a.",
    "d/b/a",
    "dba",
    "faisant affaire sous le nom de",
    "faisant affaires sous le nom de",
    "faisant affaire sous le nom",
];

/// The words of [`FORMER_PREFIXES`] or [`ALIAS_PREFIXES`] that `text` starts with, as a whole word (`Akatsuki`
/// starts with no `aka`): whether they introduce a former name, and their length in bytes.
fn name_prefix(text: &str) -> Option<(bool, usize)> {
    // Only the text's start can hold a phrase (the longest is 34 letters): it alone is lowered, not the whole rest of
    // the name at every comma that asks.
    let lower: String = text.chars().take(48).collect::<String>().to_lowercase();
    let whole = |p: &str| {
        lower.starts_with(p)
            && lower.get(p.len()..).is_some_and(|rest| rest.chars().next().is_none_or(|c| !c.is_alphanumeric()))
    };
    let former = FORMER_PREFIXES.iter().find(|p| whole(p)).map(|p| (true, p.len()));
    let alias = ALIAS_PREFIXES.iter().find(|p| whole(p)).map(|p| (false, p.len()));
    // The longer wins (`formerly doing business as` over `doing business as` does not arise: each starts the text).
    match (former, alias) {
        (Some(f), Some(a)) => Some(if a.1 > f.1 { a } else { f }),
        (f, a) => f.or(a),
    }
}

/// Splits a name as the UFLPA Entity List writes it: `Name (also known as A; B) (formerly known as C) and its
/// subsidiaries` → name, aliases `A`, `B`, former name `C`, the subsidiaries flag. A bracket with no prefix (an
/// abbreviation such as `(XPCC)`) is an alias; `, also known as A` without brackets too. Inside one bracket (or
/// after one such phrase) each part separated by `;`, or by `,` before another phrase, is read on its own: `(also
/// known as A; formerly known as B)` gives the alias `A` and the former name `B`; a part without a phrase is of the
/// kind of the part before it.
///
/// Subsidiaries the entry names after the phrase (`(and its subsidiaries, A and B)`, `and its subsidiaries: A, B, and
/// C`) are aliases of the entry, each split as a name of its own (its own `also known as` and `formerly known as`
/// read): see [`subsidiary_list`].
pub fn split_name(text: &str) -> SplitName {
    let mut out = SplitName::default();
    let mut rest = text.split_whitespace().collect::<Vec<_>>().join(" ");
    // Searched in the text lower-cased once (ASCII only: byte offsets stay those of `rest`), again after a cut.
    let mut lower = rest.to_ascii_lowercase();
    while let Some((at, phrase_end)) = subsidiary_phrase(&lower) {
        out.subsidiaries = true;
        let before = rest.get(..at).unwrap_or_default().to_string();
        let mut after = rest.get(phrase_end..).unwrap_or_default().to_string();
        if let Some(start) = subsidiaries_named_from(&after) {
            // The named subsidiaries run to the bracket the phrase opened in, else to the end of the text.
            let in_bracket = before.matches(['(', '[']).count() > before.matches([')', ']']).count();
            let tail = after.get(start..).unwrap_or_default();
            let end = start + if in_bracket { closing_bracket(tail).unwrap_or(tail.len()) } else { tail.len() };
            let list = after.get(start..end).unwrap_or_default().to_string();
            after = after.get(end..).unwrap_or_default().to_string();
            for sub in subsidiary_list(&list) {
                let split = split_name(&sub);
                out.aliases.extend(std::iter::once(split.name).chain(split.aliases).filter(|a| !a.is_empty()));
                out.former_names.extend(split.former_names);
            }
        }
        rest = format!("{} {}", before.trim_end(), after.trim_start());
        lower = rest.to_ascii_lowercase();
    }
    // `Name, a/k/a Other (Bracket) Name, a/k/a Third`: the other names start at the first `,` or `;` outside
    // brackets followed by a phrase; the name before it and each other name are split on their own (their brackets
    // read where they stand).
    if let Some(cut) = names_cut(&rest) {
        let head = split_name(rest.get(..cut).unwrap_or_default());
        let mut others = SplitName::default();
        take_names(rest.get(cut + 1..).unwrap_or_default(), &mut others);
        out.name = head.name;
        out.aliases.extend(head.aliases);
        out.former_names.extend(head.former_names);
        out.subsidiaries |= head.subsidiaries;
        out.place = head.place;
        for (former, other) in
            others.aliases.iter().map(|a| (false, a)).chain(others.former_names.iter().map(|f| (true, f)))
        {
            if *other == out.name {
                continue;
            }
            let split = split_name(other);
            let names = std::iter::once(split.name).chain(split.aliases).filter(|n| !n.is_empty());
            if former {
                out.former_names.extend(names)
            } else {
                out.aliases.extend(names)
            }
            out.former_names.extend(split.former_names);
        }
        // The name itself, or a name twice, among the others (`A Co. a/k/a A (Shanghai) Co.` reads `A Co.` again).
        let mut seen = std::collections::HashSet::from([out.name.clone()]);
        out.aliases.retain(|a| seen.insert(a.clone()));
        return out;
    }
    // Brackets, innermost text taken as written; each outer bracket's text with where it stood in the name.
    let mut name = String::new();
    let mut depth = 0usize;
    let mut inner = String::new();
    let mut brackets: Vec<(usize, String)> = Vec::new();
    for c in rest.chars() {
        match c {
            '(' | '[' => {
                if depth > 0 {
                    inner.push(c);
                }
                depth += 1;
            }
            ')' | ']' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    brackets.push((name.len(), std::mem::take(&mut inner)));
                } else {
                    inner.push(c);
                }
            }
            _ if depth > 0 => inner.push(c),
            _ => name.push(c),
        }
    }
    // A bracket holding a part of the name's legal form (`(Private) Limited`, `(Pvt) Ltd`, `(Pty) Ltd`) is part of
    // the name as written, not another name: its words are legal forms where they stand (`legal_forms.csv`: the name
    // with it and without it leaves the same words once legal forms are dropped). Any other bracket holds names.
    //
    // A bracket inside the name, words of the name after it — or before it, or one word closing the name that is
    // not the name's initials — is a part of the name as the publisher writes it (`Select (Nantong) Safety Products
    // Co. Limited`, `Sichuan (Szechuan) Xinsheng (New Life) Labor Factory`, `(Jiangsu) Greywillow Textile Co., Ltd.`,
    // `Teak Co., Ltd. (Xinjiang)`: a place, another romanisation, a translation): the name is the name as written,
    // the name without it an alias, and its words an alias of their own only when they could name a firm (two words
    // or more: `Bulawayo Ironbark Foundry (Ironbark Castings) Limited`), never a place, a word or a letter alone
    // (`(Nantong)`, `(HK)`, `(Group)`). One opening with `or` (`Wulin (or Wuling) Machinery Works`) gives another
    // spelling of the word before it: an alias with its word in place of that one. Names come from a bracket that
    // opens with a phrase (`also known as` …, `hereinafter`) wherever it stands, or that closes the name (`(XPCC)`,
    // the initials of the name's words; `(Ironbark Castings)`); a closing bracket opening with `of`, `in`, `located
    // in` or `based in` says where the party is (`(of Nagoya, Japan)`), one with `collectively` the name of the group
    // the names before it make (`(collectively, Brightway Group)`); a number (`(IMO 1234567)`) names nobody.
    let bare = |s: &str| crate::domain::legal_form::without_legal_forms(&fold_words(s)).join(" ");
    let mut kept = 0usize;
    // The name with the brackets inside it, as written, and how much longer than `name` it is.
    let (mut written, mut kept_written, mut written_differs) = (name.clone(), 0usize, false);
    let mut spellings: Vec<String> = Vec::new();
    let last_at = brackets.iter().map(|(at, _)| *at).max().unwrap_or_default();
    for (at_written, text) in brackets {
        let at = at_written + kept;
        let (before, after) = (name.get(..at).unwrap_or_default(), name.get(at..).unwrap_or_default());
        let with = format!("{before}({text}){after}");
        let at_w = at_written + kept_written;
        let written_with =
            format!("{}({text}){}", written.get(..at_w).unwrap_or_default(), written.get(at_w..).unwrap_or_default());
        let words = fold_words(&text);
        let word_count = words.split(' ').filter(|w| !w.is_empty()).count();
        let (named_before, named_after) = (!fold_words(before).is_empty(), !fold_words(after).is_empty());
        let lower = text.trim().to_ascii_lowercase();
        let phrase = name_prefix(text.trim()).is_some() || alias_count(text.trim()).is_some();
        let number = text.split_whitespace().any(|w| w.len() >= 4 && w.chars().all(|c| c.is_ascii_digit()));
        // Part of the name as written: inside it, before it, or one word closing it that is not its initials.
        // A country (`(Hong Kong)`) or a branch (`(Hangzhou Branch)`) names no firm, wherever it stands.
        let place = crate::domain::read_country(text.trim()).is_ok()
            || ["branch", "office", "division", "plant", "factory"].iter().any(|w| words.split(' ').any(|x| x == *w));
        let part = !phrase
            && word_count > 0
            && (named_after
                || named_before && place
                || named_before && word_count == 1 && !initials_of(&text, before) && !lower.starts_with("or "));
        if !words.is_empty() && !bare(&name).is_empty() && bare(&with) == bare(&name) {
            kept += text.len() + 2;
            name = with;
            kept_written += text.len() + 2;
            written = written_with;
        } else if named_before && !phrase && lower.starts_with("or ") {
            let other = text.trim().get(3..).unwrap_or_default().trim();
            let head = before.trim_end();
            let stem = head.rfind(' ').map_or("", |i| head.get(..i).unwrap_or_default());
            spellings.push(format!("{stem} {other} {after}"));
        } else if part || number && !phrase {
            kept_written += text.len() + 2;
            written = written_with;
            written_differs = true;
            // Two words or more may name a firm (a trade name); a place or a branch does not.
            if word_count >= 2 && !number && !place && bare(&text).split(' ').filter(|w| !w.is_empty()).count() >= 2 {
                take_names(&text, &mut out);
            }
        } else if at_written == last_at
            && ["of ", "in ", "located in ", "based in "].iter().any(|p| lower.starts_with(p))
        {
            let place = text.trim().split_once(' ').map_or("", |(_, p)| p);
            out.place = Some(clean_name(place));
        } else if let Some(group) = lower.strip_prefix("collectively").filter(|_| at_written == last_at) {
            let group = text.trim().get(text.trim().len() - group.len()..).unwrap_or_default();
            take_names(group.trim_start_matches([',', ':', ' ']), &mut out);
        } else if let Some(rest) = lower.strip_prefix("hereinafter ") {
            let named = text.trim().get(text.trim().len() - rest.len()..).unwrap_or_default();
            take_names(named, &mut out);
        } else {
            take_names(&text, &mut out);
        }
    }
    if written_differs {
        // The name as written is the name; read without its brackets, an alias.
        let lower = name.to_ascii_lowercase();
        let end = trade_name_marks().iter().filter_map(|m| lower.find(m.as_str())).min().unwrap_or(name.len());
        spellings.push(name.get(..end).unwrap_or_default().to_string());
        name = written;
    }
    out.aliases.extend(spellings.iter().map(|s| clean_name(s)).filter(|s| !s.is_empty()));
    // A name given twice (`(New Life)` twice in one name) is one alias.
    let mut seen = std::collections::HashSet::new();
    out.aliases.retain(|a| seen.insert(a.clone()));
    if depth > 0 {
        // An unclosed bracket: its names when it opens with a phrase (`X Co. (including two aliases: A and B`, the
        // `)` lost), else its text kept in the name rather than lost.
        if name_prefix(inner.trim()).is_some() || alias_count(inner.trim()).is_some() {
            take_names(&inner, &mut out);
        } else {
            name.push('(');
            name.push_str(&inner);
        }
    }
    // `X Ltd. o/a Y`: a trade name after the legal name, no comma needed; the first such mark ends the name.
    let lower = name.to_ascii_lowercase();
    if let Some(at) = trade_name_marks().iter().filter_map(|m| lower.find(m.as_str())).min() {
        let tail = name.get(at..).unwrap_or_default().trim().to_string();
        name = name.get(..at).unwrap_or_default().to_string();
        take_names(&tail, &mut out);
    }
    // `English name / Nom français`: each side is a name of the party, the first its name.
    if let Some((left, right)) = name.split_once(" / ").filter(|(l, r)| {
        let words = |t: &str| fold_words(t).split(' ').filter(|w| !w.is_empty()).count();
        !r.contains(" / ") && words(l) >= 2 && words(r) >= 2
    }) {
        out.aliases.insert(0, clean_name(right));
        name = left.to_string();
    }
    // `, also known as X` / `; formerly X` outside brackets: the first such phrase ends the name.
    let cut = name
        .char_indices()
        .filter(|(_, c)| *c == ',' || *c == ';')
        .find(|(at, _)| name.get(at + 1..).is_some_and(|t| name_prefix(t.trim_start()).is_some()))
        .map(|(at, _)| at);
    if let Some(at) = cut {
        let tail = name.get(at + 1..).unwrap_or_default().to_string();
        name = name.get(..at).unwrap_or_default().to_string();
        take_names(&tail, &mut out);
    }
    out.name = clean_name(&name);
    let own = out.name.clone();
    out.aliases.retain(|a| *a != own);
    out
}

/// Whether a bracket's one word is the initials of the name before it (`XPCC` of `Xinjiang Production and
/// Construction Corps`, `HTM` of `Harare Tinwood Mills (Pvt) Ltd`): its capitals are the first letters of the name's
/// words, in order (words may be passed over: `and`, a legal form).
fn initials_of(word: &str, name: &str) -> bool {
    let letters: Vec<char> = word.trim().chars().filter(|c| c.is_alphanumeric()).collect();
    if letters.len() < 2 || !letters.iter().all(|c| c.is_uppercase() || c.is_ascii_digit()) {
        return false;
    }
    let initials: Vec<char> = name
        .split_whitespace()
        .filter_map(|w| w.chars().find(|c| c.is_alphanumeric()))
        .flat_map(char::to_uppercase)
        .collect();
    let mut at = initials.iter();
    letters.iter().all(|l| at.any(|i| i == l))
}

/// The byte offset of the first `,` or `;` outside brackets that a phrase of other names follows (`, a/k/a`,
/// `; formerly known as`), or of the space before `a/k/a`, `aka`, `f/k/a` or `fka` written with no comma, if any.
fn names_cut(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (at, c) in text.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            ',' | ';' if depth == 0 && text.get(at + 1..).is_some_and(|t| name_prefix(t.trim_start()).is_some()) => {
                return Some(at);
            }
            // `X A/K/A Y`, `X aka Y`, `X f/k/a Y`: marks that are no word of a name, with no comma before them.
            ' ' if depth == 0
                && text.get(at + 1..).is_some_and(|t| {
                    ["a/k/a ", "a.k.a. ", "aka ", "f/k/a ", "f.k.a. ", "fka "]
                        .iter()
                        .any(|m| t.get(..m.len()).is_some_and(|head| head.eq_ignore_ascii_case(m)))
                }) =>
            {
                return Some(at);
            }
            _ => {}
        }
    }
    None
}

/// The words that head a phrase of subsidiaries (`and its subsidiaries`, `and its subordinate and affiliated
/// entities`, `and its subsidiaries and joint ventures`).
const SUBSIDIARY_HEADS: &[&str] = &[
    "subsidiaries",
    "subsidiary",
    "subordinates",
    "subordinate",
    "affiliates",
    "affiliate",
    "entities",
    "ventures",
    "branches",
];

/// Where the first phrase of subsidiaries in `lower` (a name in ASCII lower case) stands, as byte offsets: one of
/// [`SUBSIDIARY_PHRASES`] (French), or, as the UFLPA Entity List and CBP's orders write it, `and its`, `and their`,
/// `and all` or `including its`, at most four words (`two`, `eight Zhuhai-based`, `wholly owned`), then a word of
/// [`SUBSIDIARY_HEADS`], and more such heads after `and` (`and its subsidiaries and joint ventures`,
/// `and its subordinate and affiliated entities`); `and subsidiaries` or `and subordinates` with no word between. What follows the phrase
/// (`from China, A and B`, `, which include A, B`, `A`) is left to [`subsidiaries_named_from`].
fn subsidiary_phrase(lower: &str) -> Option<(usize, usize)> {
    let head_at = |from: usize, most: usize| -> Option<usize> {
        let mut at = from;
        for (i, word) in lower.get(from..)?.split(' ').enumerate() {
            let bare = word.trim_end_matches([',', '.', ';', ':', ')', ']']);
            if SUBSIDIARY_HEADS.contains(&bare) {
                return Some(at + bare.len());
            }
            if i >= most || bare.is_empty() || matches!(bare, "and" | "or") || word.contains(['(', ')', ',', ';']) {
                return None;
            }
            at += word.len() + 1;
        }
        None
    };
    // Each anchor as a word: at the start, or after a space or a bracket (`(and its subsidiaries, A and B)`).
    let general = ["and its ", "and their ", "including its ", "and all ", "and "]
        .iter()
        .flat_map(|a| lower.match_indices(a).map(move |(at, _)| (at, a.len())))
        .filter(|&(at, _)| lower.get(..at).and_then(|b| b.chars().next_back()).is_none_or(|c| !c.is_alphanumeric()))
        .filter_map(|(at, len)| {
            let bare_and = len == "and ".len();
            let mut end = head_at(at + len, if bare_and { 0 } else { 4 })?;
            // `and subsidiaries` with no `its`: only that word and `subordinates` (`Ernst and Affiliates Inc.`,
            // `Smith and Ventures` are names).
            if bare_and && !matches!(lower.get(at + len..end), Some("subsidiaries" | "subordinates")) {
                return None;
            }
            // More heads after `and`: `and joint ventures`, `and affiliated entities`.
            while lower.get(end..).is_some_and(|t| t.starts_with(" and ")) {
                match head_at(end + " and ".len(), 2) {
                    Some(e) => end = e,
                    None => break,
                }
            }
            Some((at, end))
        });
    let fixed = SUBSIDIARY_PHRASES.iter().filter_map(|p| lower.find(p).map(|at| (at, at + p.len())));
    general.chain(fixed).min_by_key(|(at, end)| (*at, usize::MAX - end))
}

/// Where the names of the subsidiaries start in the text after a phrase of subsidiaries: after a `,` or `:`
/// (`, which include A, B`, `: A, B`), at once when a name follows with no mark (`and its subsidiary Chenguang
/// Biotech Group Yanqi Co., Ltd.`), or after the place they are in (`from China, A and B`); `None` when no names
/// follow.
fn subsidiaries_named_from(after: &str) -> Option<usize> {
    let t = after.trim_start();
    let lead = after.len() - t.len();
    let lower = t.to_ascii_lowercase();
    if t.starts_with([',', ':']) {
        let named = t.trim_start_matches([',', ':', ' ']);
        return named.chars().next().is_some_and(char::is_alphanumeric).then_some(lead);
    }
    if ["from ", "based in ", "located in ", "in "].iter().any(|p| lower.starts_with(p)) {
        return t.find([',', ':']).map(|c| lead + c);
    }
    t.chars().next().filter(|c| c.is_uppercase() || c.is_ascii_digit()).map(|_| lead)
}

/// The number a bracket of aliases announces, as DHS writes it (`including two aliases: A and B`, `and one alias:
/// A`, `including 3 aliases: A; B; and C`), and the text after its colon.
fn alias_count(text: &str) -> Option<(usize, &str)> {
    const NUMBERS: &[&str] =
        &["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    let lower = text.to_ascii_lowercase();
    let rest = lower.strip_prefix("including ").or_else(|| lower.strip_prefix("and "))?;
    let (number, rest) = rest.split_once(' ')?;
    let count = NUMBERS.iter().position(|n| *n == number).map(|i| i + 1).or_else(|| number.parse().ok())?;
    let rest = rest.strip_prefix("aliases").or_else(|| rest.strip_prefix("alias"))?;
    let body = rest.trim_start().strip_prefix(':').unwrap_or(rest);
    Some((count, text.get(text.len() - body.len()..)?))
}

/// The names a counted bracket of aliases gives ([`alias_count`]): split at `;`, then, while fewer names than it
/// announces, at `, and`, at `and` and at `,` (not before a legal form), the first way that gives the count; else
/// the parts at `;` as they are.
fn counted_names(body: &str, count: usize) -> Vec<String> {
    let strip = |p: &str| {
        let p = p.trim();
        let lower = p.to_ascii_lowercase();
        if lower.starts_with("and ") { p.get(4..).unwrap_or_default().trim().to_string() } else { p.to_string() }
    };
    // `text` split at the first `most` places of `sep`, in any case.
    let split = |text: &str, sep: &str, most: usize| -> Vec<String> {
        let lower = text.to_ascii_lowercase();
        let mut out = Vec::new();
        let mut from = 0;
        for (at, _) in lower.match_indices(sep).take(most) {
            out.push(strip(text.get(from..at).unwrap_or_default()));
            from = at + sep.len();
        }
        out.push(strip(text.get(from..).unwrap_or_default()));
        out.retain(|p| !p.is_empty());
        out
    };
    let parts: Vec<String> = body.split(';').map(strip).filter(|p| !p.is_empty()).collect();
    if parts.len() >= count {
        return parts;
    }
    // `A, and B`, `A, B and C` (no comma before `and`), `A and B`, and the first `and`s only (`A and B Industry and
    // Trade Co.`).
    let mut tries: Vec<Vec<String>> = vec![parts.iter().flat_map(|p| split(p, ", and ", usize::MAX)).collect()];
    // One `and` to cut at among several (`Sun and Moon Silk and Hotan Silk Star`): the first leaving two words or
    // more on each side.
    if let [one] = parts.as_slice()
        && count == 2
    {
        let lower = one.to_ascii_lowercase();
        let words = |t: &str| t.split_whitespace().count();
        if let Some(at) = lower.match_indices(" and ").map(|(at, _)| at).find(|&at| {
            words(one.get(..at).unwrap_or_default()) >= 2 && words(one.get(at + 5..).unwrap_or_default()) >= 2
        }) {
            tries.push(vec![strip(one.get(..at).unwrap_or_default()), strip(one.get(at + 5..).unwrap_or_default())]);
        }
    }
    let commas: Vec<String> = parts.iter().flat_map(|p| subsidiary_list(p)).collect();
    tries.push(commas.clone());
    let last = commas.len().saturating_sub(1);
    tries.push(
        commas
            .iter()
            .enumerate()
            .flat_map(
                |(i, c)| {
                    if i == last { split(c, " and ", count.saturating_sub(commas.len())) } else { vec![c.clone()] }
                },
            )
            .collect(),
    );
    tries.push(parts.iter().flat_map(|p| split(p, " and ", count.saturating_sub(parts.len()))).collect());
    tries.into_iter().find(|t| t.len() == count).unwrap_or(parts)
}

/// The byte offset of the bracket that closes the one `text` is inside of (the first `)` or `]` not opened in
/// `text`).
fn closing_bracket(text: &str) -> Option<usize> {
    let mut depth = 0usize;
    for (at, c) in text.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' if depth == 0 => return Some(at),
            ')' | ']' => depth -= 1,
            _ => {}
        }
    }
    None
}

/// The last words of a firm's name that end it (legal forms, as the UFLPA Entity List writes them): a list of
/// subsidiaries is split at `and` only after one, since `and` is also a word of names (`Production and Construction
/// Corps`).
const NAME_ENDINGS: &[&str] =
    &["ltd", "limited", "inc", "incorporated", "co", "company", "corp", "corporation", "llc", "plc", "factory"];

/// The names of a list of subsidiaries as the UFLPA Entity List writes them after `and its subsidiaries`: `A and B`,
/// `A, B, and C`, `A; B`. Split at `;`, at `,` (not inside brackets, not before a legal form such as the `Ltd.` of
/// `Co., Ltd.`, nor before `also known as`/`formerly known as`), and at `and` after a name ending in a legal form
/// ([`NAME_ENDINGS`]) or opening a list's last name (`, and C`); a leading `,`, `:`, `namely` or `including` left out.
/// Two names of three words or more joined by `and` with no legal form are taken as two, the whole kept as well.
pub fn subsidiary_list(text: &str) -> Vec<String> {
    let text = text.trim_start_matches([',', ':', ' ']);
    let lower = text.to_ascii_lowercase();
    let text = ["namely ", "including ", "which include ", "which includes ", "such as "]
        .iter()
        .find(|p| lower.starts_with(*p))
        .and_then(|p| text.get(p.len()..))
        .unwrap_or(text);
    // Pieces between separators outside brackets.
    let mut pieces: Vec<String> = Vec::new();
    let mut depth = 0usize;
    let mut piece = String::new();
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 && (c == ',' || c == ';') {
            pieces.push(std::mem::take(&mut piece));
            continue;
        }
        piece.push(c);
    }
    pieces.push(piece);
    // A piece that is a legal form, or another name of the piece before, joins it again.
    let mut joined: Vec<String> = Vec::new();
    for p in pieces {
        let t = p.trim();
        let first = t.split_whitespace().next().unwrap_or_default().trim_end_matches('.').to_ascii_lowercase();
        let continues = NAME_ENDINGS.contains(&first.as_str()) || name_prefix(t).is_some();
        match joined.last_mut() {
            Some(last) if continues => {
                last.push(',');
                last.push_str(&p);
            }
            _ => joined.push(p),
        }
    }
    let ends_with_form = |name: &str| {
        name.split_whitespace()
            .last()
            .is_some_and(|w| NAME_ENDINGS.contains(&w.trim_end_matches(['.', ',']).to_ascii_lowercase().as_str()))
    };
    let mut out: Vec<String> = Vec::new();
    for p in joined {
        let mut rest = p.trim().to_string();
        for lead in ["and ", "or "] {
            if rest.to_ascii_lowercase().starts_with(lead) {
                rest = rest.get(lead.len()..).unwrap_or_default().trim_start().to_string();
            }
        }
        // `A Co., Ltd. and B Co., Ltd.`: split after each name that ends in a legal form.
        while let Some(at) = rest
            .to_ascii_lowercase()
            .match_indices(" and ")
            .map(|(at, _)| at)
            .find(|&at| rest.get(..at).is_some_and(ends_with_form))
        {
            out.push(clean_name(rest.get(..at).unwrap_or_default()));
            rest = rest.get(at + 5..).unwrap_or_default().to_string();
        }
        // `Beta Fictive Yarn and Gamma Fictive Dye`: no legal form tells where a name ends; two names of three words
        // or more each are taken as two, and the whole kept too, in case `and` was a word of one name.
        let lower = rest.to_ascii_lowercase();
        let mut ands = lower.match_indices(" and ");
        if let (Some((at, _)), None) = (ands.next(), ands.next()) {
            let (left, right) = (rest.get(..at).unwrap_or_default(), rest.get(at + 5..).unwrap_or_default());
            let words = |t: &str| {
                t.split_whitespace()
                    .filter(|w| !NAME_ENDINGS.contains(&w.trim_end_matches(['.', ',']).to_ascii_lowercase().as_str()))
                    .count()
            };
            if words(left) >= 3 && words(right) >= 3 {
                out.push(clean_name(left));
                out.push(clean_name(right));
            }
        }
        out.push(clean_name(&rest));
    }
    out.retain(|n| !n.is_empty());
    out
}

/// Sorts the other names of one bracket (or of the tail after `, also known as`) into aliases and former names:
/// the text split at `;`, and at `,` where a phrase follows; each part of the kind its phrase says, a part without
/// one of the kind of the part before it (an alias at first: `(XPCC)`).
fn take_names(inner: &str, out: &mut SplitName) {
    if let Some((count, body)) = alias_count(inner.trim()) {
        out.aliases.extend(counted_names(body, count).iter().map(|n| clean_name(n)).filter(|n| !n.is_empty()));
        return;
    }
    let mut parts: Vec<&str> = Vec::new();
    for semi in inner.split(';') {
        let mut from = 0;
        for (at, _) in semi.char_indices().filter(|(_, c)| *c == ',') {
            if semi.get(at + 1..).is_some_and(|t| name_prefix(t.trim_start()).is_some()) {
                parts.push(semi.get(from..at).unwrap_or_default());
                from = at + 1;
            }
        }
        parts.push(semi.get(from..).unwrap_or_default());
    }
    let mut former = false;
    for part in parts {
        let t = part.trim();
        let body = match name_prefix(t) {
            Some((f, len)) => {
                former = f;
                t.get(len..).unwrap_or_default()
            }
            None => t,
        };
        let a = clean_name(body.trim_start_matches([':', ' ']));
        if !a.is_empty() {
            if former { out.former_names.push(a) } else { out.aliases.push(a) }
        }
    }
}

/// White space collapsed, stray separators at either end dropped (a final `.` of `Co., Ltd.` is kept).
fn clean_name(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").trim_matches([',', ';', ' ', ':']).to_string()
}

/// [`TRADE_NAME_MARKS`] as they are searched, a space either side, made once: every party's name is split
/// ([`split_name`]), so nothing is made again for each.
fn trade_name_marks() -> &'static [String] {
    static MARKS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    MARKS.get_or_init(|| TRADE_NAME_MARKS.iter().map(|m| format!(" {m} ")).collect())
}

/// The key of an entry without an id of its publisher: its normalised name (and more parts when given), held to
/// [`MAX_ID_CHARS`] by [`bounded_key`].
fn name_key(parts: &[&str], name: &str) -> String {
    let mut k: Vec<String> = parts.iter().map(|p| p.to_string()).collect();
    let n = normalise_name(name);
    k.push(if n.is_empty() { fold_words(name) } else { n });
    bounded_key(k.join(":"))
}

/// The key the parser gives now to a stored entry whose key was made from its name (or, for an order on a region or
/// industry, its industry) before names folded compatibility forms (full-width `ＡＢＣ　Ｃｏ．`, ligatures: read in
/// NFKD by `fold_words`, as parties' keys are): `None` when `key` is not such a key or folds to itself. `key` is
/// the stored key without the `#2` … an edition adds to a repeated key ([`unique_keys`]). Only the last part (after
/// the kind of order and the country) is folded again, and only when the result is the key of the entry's name as
/// written: a publisher's id, whatever it holds, is never rewritten. A key held to [`MAX_ID_CHARS`] (`~` and a hash
/// of the key as it was) cannot be folded again and is left as it is.
pub fn refolded_entry_key(key: &str, e: &Entry) -> Option<String> {
    if key.contains('~') {
        return None;
    }
    let (head, last) = match key.rsplit_once(':') {
        Some((head, last)) => (Some(head), last),
        None => (None, key),
    };
    if fold_words(last) == last {
        return None;
    }
    let name_part = |text: &str| {
        let n = normalise_name(text);
        if n.is_empty() { fold_words(text) } else { n }
    };
    let region = head.is_some_and(|h| h.ends_with(":region"));
    let (again, now) = if region {
        (fold_words(last), fold_words(e.industry.as_deref().unwrap_or_default()))
    } else {
        (name_part(last), name_part(&e.name))
    };
    (again == now && !now.is_empty()).then(|| bounded_key(head.map_or_else(|| now.clone(), |h| format!("{h}:{now}"))))
}

/// A key built from what an entry writes (a name, an industry), held to [`MAX_ID_CHARS`] characters: a longer one
/// keeps its first characters and ends with `~` and the first 16 hex digits of the SHA-256 of the whole, so that it
/// stays the same from one edition to the next and two keys differ when their texts do. Keys are kept in an index
/// (`ix_screening_entry_edition_key`), whose entries PostgreSQL holds to about 2,700 bytes: a name of 1,000 Chinese
/// characters, or an industry of 10,000, would not fit whole.
fn bounded_key(key: String) -> String {
    if key.chars().count() <= MAX_ID_CHARS {
        return key;
    }
    let hash = crate::domain::sha256_hex(key.as_bytes());
    let head: String = key.chars().take(MAX_ID_CHARS - 17).collect();
    format!("{head}~{}", hash.get(..16).unwrap_or_default())
}

// ---------------------------------------------------------------------------------------------------------------
// UFLPA Entity List.

fn looks_like_html(text: &str) -> bool {
    let head: String = text.chars().take(2048).collect::<String>().to_ascii_lowercase();
    head.contains("<html") || head.contains("<table") || head.contains("<!doctype")
}

/// The section of the Act named in a heading (`Section 2(d)(2)(B)(ii)` → `2(d)(2)(B)(ii)`).
pub(super) fn section_of(heading: &str) -> Option<String> {
    let compact: String = heading.chars().filter(|c| !c.is_whitespace()).collect();
    let lower = compact.to_ascii_lowercase();
    let at = lower.find("2(d)(2)(b)")?;
    let tail = lower.get(at + "2(d)(2)(b)".len()..)?;
    let clause: String = tail.strip_prefix('(')?.chars().take_while(|c| *c != ')').collect();
    ["i", "ii", "iii", "iv", "v"].contains(&clause.as_str()).then(|| format!("2(d)(2)(B)({clause})"))
}

/// The section the last mention of 2(d)(2)(B) with its clause in `text` names: the label nearest a table that
/// follows the text (an introduction naming "Section 2(d)(2)(B)" with no clause names none).
pub(super) fn last_section_of(text: &str) -> Option<String> {
    let compact: String = text.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    compact.rmatch_indices("2(d)(2)(b)").find_map(|(at, _)| section_of(compact.get(at..)?))
}

/// The clauses of section 2(d)(2)(B) of the Act whose lists name entities: (i), (ii), (iv) and (v). Clause (iii)
/// lists *products* made by the entities of clause (i), so an entity under it is a file read wrongly (Uyghur Forced
/// Labor Prevention Act, Pub. L. 117-78, §2(d)(2)(B)).
const ENTITY_CLAUSES: &[&str] = &["i", "ii", "iv", "v"];

/// The problem of an entity placed under clause (iii) (English, French).
pub(super) fn products_clause(section: &str) -> (String, String) {
    crate::domain::say_both(&Message::new("screening.list.products_clause").text("section", section))
}

/// A `Section` cell of the tables saved as CSV, read whole: a section of the Act and nothing else (`(ii)`, `ii`,
/// `2(d)(2)(B)(ii)`, `Section 2(d)(2)(B)(ii)`), or the words (English, French) that refuse it.
fn read_section(v: &str) -> Result<String, (String, String)> {
    let compact: String = v.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_lowercase();
    let bare = compact.strip_prefix("section").unwrap_or(&compact);
    let bare = bare.strip_prefix("2(d)(2)(b)").unwrap_or(bare);
    let clause = bare.strip_prefix('(').and_then(|b| b.strip_suffix(')')).unwrap_or(bare);
    if ENTITY_CLAUSES.contains(&clause) {
        return Ok(format!("2(d)(2)(B)({clause})"));
    }
    if clause == "iii" {
        return Err(products_clause("2(d)(2)(B)(iii)"));
    }
    Err(crate::domain::say_both(&Message::new("screening.list.not_a_section").text("value", v)))
}

/// A cell read whole by `read`: `None` when blank; when `read` refuses it, `None` and a problem placed in its
/// column (`at`: column, line, field) with the words `read` gives (English, French).
fn read_cell<T>(
    rec: &csv::StringRecord,
    (col, line, field): (Option<usize>, usize, &str),
    read: impl FnOnce(&str) -> Result<T, (String, String)>,
    problems: &mut Vec<ListProblem>,
) -> Option<T> {
    match read(&cell(rec, col)?) {
        Ok(v) => Some(v),
        Err((en, fr)) => {
            problems.push(ListProblem::new(line, Some(field), en, fr).in_column(col));
            None
        }
    }
}

/// A footnote mark glued to the end of a name as the published table prints it once its superscript is lost
/// (`Co., Ltd.1`, `(and its subsidiaries)2`, `Limited*`): one or two digits, asterisks or a dagger right after a
/// closing bracket, or after a legal form (`legal_forms.csv`) with or without its full stop. Returns the name
/// without it and the mark. A number that is part of the name (`No.1 Cotton Mill`, `Mill 3`, `Factory No.2`) is
/// no mark: it follows no legal form or bracket, or is set apart by a space.
pub(super) fn glued_footnote(raw: &str) -> (&str, Option<&str>) {
    let t = raw.trim_end();
    let mark_len: usize =
        t.chars().rev().take_while(|c| c.is_ascii_digit() || matches!(c, '*' | '†' | '‡')).map(char::len_utf8).sum();
    if mark_len == 0 {
        return (raw, None);
    }
    let (Some(base), Some(mark)) = (t.get(..t.len() - mark_len), t.get(t.len() - mark_len..)) else {
        return (raw, None);
    };
    if mark.chars().count() > 2 {
        return (raw, None);
    }
    let last = base.rsplit(|c: char| c.is_whitespace() || c == ',').next().unwrap_or_default();
    let glued_to_form = crate::domain::legal_form::is_legal_form_word(&fold_words(last.trim_end_matches('.')));
    if base.ends_with(')') || (glued_to_form && last.chars().any(char::is_alphabetic)) {
        (base, Some(mark))
    } else {
        (raw, None)
    }
}

/// An entity of the list from its name cell (read at `at`), its section and its date.
pub(super) fn uflpa_entry(
    raw: &str,
    section: Option<String>,
    effective: Option<NaiveDate>,
    at: At<'_>,
    problems: &mut Vec<ListProblem>,
) -> Vec<Entry> {
    let (raw, mark) = glued_footnote(raw);
    // One row may name several firms (`A Co., Ltd. and B Co., Ltd. and their subsidiaries`, `A Sdn Bhd, B Sdn Bhd,
    // and C Sdn Bhd (collectively, Group)`): an entry each, read as CBP's cells are ([`firms_of`]).
    firms_of(raw)
        .into_iter()
        .map(|(name, place)| {
            let split = split_name(&name);
            check_split(&split, at, problems);
            check_count(split.aliases.len() + split.former_names.len(), false, at, problems);
            let mut e = Entry::named(name_key(&[], &split.name), split.name, at.line);
            e.aliases = split.aliases;
            e.former_names = split.former_names;
            e.subsidiaries = split.subsidiaries;
            e.footnotes = mark.map(str::to_string).into_iter().collect();
            // The file gives no country: none is given here (the list names firms outside China too, in Malaysia …),
            // and a party is matched wherever it is (`ListIndex::country_agrees`) — unless the name says where the
            // firm is (`(of Osaka, Japan)`, `…, Shanghai, China`).
            e.address = split.place.or(place);
            e.country = e
                .address
                .as_deref()
                .and_then(|p| p.rsplit(", ").next())
                .and_then(|c| crate::domain::read_country(c).ok());
            e.section = section.clone();
            e.effective = effective;
            e
        })
        .collect()
}

/// The tables saved as CSV: `Section`, `Entity Name`, `Effective Date`.
fn uflpa_csv(text: &str, problems: &mut Vec<ListProblem>) -> Vec<Entry> {
    let t = Table::read(text, problems);
    let name = t.required("Entity Name", &["entityname", "entity", "name"], problems);
    let section = t.required("Section", &["section", "uflpasection", "list"], problems);
    let date = t.column(&["effectivedate", "dateadded", "date"]);
    let (Some(name), Some(_)) = (name, section) else { return Vec::new() };
    let mut out = Vec::new();
    for (line, rec) in &t.rows {
        let Some(raw) = cell(rec, Some(name)) else { continue };
        let s = read_cell(rec, (section, *line, "Section"), read_section, problems);
        let effective = date_cell(rec, date, true, *line, "Effective Date", problems);
        let at = At { line: *line, column: Some(name), field: "Entity Name" };
        out.extend(uflpa_entry(&raw, s, effective, at, problems));
    }
    t.name_fields(problems);
    out
}

// ---------------------------------------------------------------------------------------------------------------
// CBP Withhold Release Orders and Findings.

/// The statuses CBP writes (folded): an order in force, modified, or ended.
const CBP_STATUSES: &[&str] =
    &["active", "modified", "inactive", "revoked", "partially active", "partially revoked", "lifted", "rescinded"];
/// The kinds of measure CBP writes (folded words): a Withhold Release Order or a Finding.
const CBP_KINDS: &[&str] = &["wro", "finding", "withhold release order"];
/// CBP's own spelling of each status and kind, stored whatever the case a file writes it in (`wro`, `ACTIVE`), so
/// that an edition that only changes a word's case changes no entry and asks no decided hit again.
const CBP_SPELLINGS: &[(&str, &str)] = &[
    ("active", "Active"),
    ("modified", "Modified"),
    ("inactive", "Inactive"),
    ("revoked", "Revoked"),
    ("partially active", "Partially Active"),
    ("partially revoked", "Partially Revoked"),
    ("lifted", "Lifted"),
    ("rescinded", "Rescinded"),
    ("wro", "WRO"),
    ("finding", "Finding"),
    ("withhold release order", "Withhold Release Order"),
];

/// The publisher's spelling of a CBP status or kind as written (`wro` → `WRO`); a word CBP does not write is kept as
/// written (`word_cell` has refused it).
fn cbp_spelling(written: String) -> String {
    let folded = fold_words(&written);
    CBP_SPELLINGS.iter().find(|(f, _)| *f == folded).map_or(written, |(_, spelt)| (*spelt).to_string())
}

fn cbp(text: &str, problems: &mut Vec<ListProblem>) -> Vec<Entry> {
    let t = Table::read(text, problems);
    let entity = t.required("Entity", &["entity", "entities", "manufacturer", "entityname"], problems);
    let country = t.required("Country", &["country", "countryoforigin"], problems);
    let kind = t.required("WRO/Finding", &["wrofinding", "type", "action", "wroorfinding"], problems);
    // CBP's dataset gives both its `Industry` (a sector: `Agriculture`, `Manufacturing`) and its `Merchandise` (the
    // goods the order withholds): an order reaches the sites making its goods, so the merchandise is read where given.
    let merchandise = t.column(&["merchandise", "product", "products", "goods"]);
    let industry = t.column(&["industry"]);
    let status = t.required("Status", &["status"], problems);
    let date = t.column(&["effectivedate", "date", "dateissued"]);
    let (Some(entity), Some(country), Some(_), Some(_)) = (entity, country, kind, status) else { return Vec::new() };
    let mut out = Vec::new();
    for (line, rec) in &t.rows {
        // CBP writes `Fishing Vessels` in the country of its orders on vessels: a fleet at sea, no country to agree in.
        let vessels = cell(rec, Some(country)).is_some_and(|v| {
            matches!(fold_words(&v).as_str(), "fishing vessels" | "fishing vessel" | "vessels" | "vessel")
        });
        let cc = if vessels { None } else { country_cell(rec, Some(country), *line, "Country", problems) };
        let kind = word_cell(rec, kind, *line, "WRO/Finding", CBP_KINDS, "WRO, Finding", problems)
            .map_or_else(|| "WRO".into(), cbp_spelling);
        let kind_key = if fold_label(&kind).contains("finding") { "finding" } else { "wro" };
        let effective = date_cell(rec, date, true, *line, "Effective Date", problems);
        let status = word_cell(
            rec,
            status,
            *line,
            "Status",
            CBP_STATUSES,
            "Active, Modified, Inactive, Revoked, Partially Active, Partially Revoked, Lifted, Rescinded",
            problems,
        )
        .map(cbp_spelling);
        let industry = cell(rec, merchandise).or_else(|| cell(rec, industry));
        let written = rec.get(entity).unwrap_or_default();
        let named = cbp_names(written.trim());
        let names: Vec<String> = named.iter().map(|(n, _)| n.clone()).collect();
        // Only an Entity left empty says the order names no entity. A cell of spaces or separators (` `, `;;`,
        // ` ; `) was written and names nothing: the names it held were lost on the way, and reading it as no entity
        // would widen the order to every site of the country.
        if !written.is_empty() && !names.iter().any(|n| n.chars().any(char::is_alphanumeric)) {
            let shown = written.escape_debug().to_string();
            let m = Message::new("screening.list.entity_separators_only").text("shown", shown);
            problems.push(ListProblem::said(*line, Some("Entity"), &m).in_column(Some(entity)));
            continue;
        }
        let cc_str = cc.map(|c| c.as_str().to_string()).unwrap_or_default();
        let base = |key: String, name: String| {
            let mut e = Entry::named(key, name, *line);
            e.country = cc;
            e.section = Some(kind.clone());
            e.industry = industry.clone();
            e.effective = effective;
            e.status = status.clone();
            e
        };
        // A cell naming only places (`Shenzhen, Guangdong`) or the order's goods (`Cotton`) names no firm either.
        let goods_words = |n: &str| {
            let goods = industry.as_deref().map(fold_words).unwrap_or_default();
            let words: Vec<&str> = goods.split(' ').collect();
            let n = fold_words(n);
            !n.is_empty() && n.split(' ').all(|w| words.contains(&w))
        };
        let region = |n: &str| names_a_region(n) || is_place(n) && (n.contains(',') || goods_words(n));
        if names.is_empty() || names.iter().all(|n| region(n)) {
            if industry.is_none() {
                let m = Message::new("screening.list.region_without_industry");
                problems.push(ListProblem::said(*line, Some("Industry"), &m));
                continue;
            }
            if cell(rec, Some(country)).is_none() || vessels {
                let m = Message::new("screening.list.region_without_country");
                problems.push(ListProblem::said(*line, Some("Country"), &m).in_column(Some(country)));
                continue;
            }
            let ind = industry.clone().unwrap_or_default();
            let label = names.first().cloned().unwrap_or_else(|| region_name(&ind, &cc_str));
            // Orders on two regions of one country and one industry (`Xinjiang … Region`, `Tibet Autonomous
            // Region`, cotton) are two orders: a region the cell names is in the key.
            let key = match names.first() {
                Some(n) => format!("{kind_key}:{cc_str}:region:{}:{}", fold_words(&ind), fold_words(n)),
                None => format!("{kind_key}:{cc_str}:region:{}", fold_words(&ind)),
            };
            let mut e = base(bounded_key(key), label);
            e.scope = EntryScope::RegionOrIndustry;
            out.push(e);
            continue;
        }
        for (n, place) in named {
            let at = At { line: *line, column: Some(entity), field: "Entity" };
            // A part of separators or brackets among names (`Acme Co; ,`) is refused as written, not read as none.
            if !names_something(&n, at, problems) {
                continue;
            }
            let split = split_name(&n);
            check_split(&split, at, problems);
            check_count(split.aliases.len() + split.former_names.len(), false, at, problems);
            let mut e = base(name_key(&[kind_key, &cc_str], &split.name), split.name);
            // A place closing on another country than the row's (`(of Nagoya, Japan)` on a row of China) says where
            // the firm is: both countries agree with it.
            let place = split.place.or(place);
            let place_country = place
                .as_deref()
                .and_then(|p| p.rsplit(", ").next())
                .and_then(|c| crate::domain::read_country(c).ok())
                .filter(|c| Some(*c) != e.country);
            if let Some(c) = place_country {
                e.other_countries.extend(e.country);
                e.country = Some(c);
            }
            e.address = place;
            e.aliases = split.aliases;
            e.former_names = split.former_names;
            e.subsidiaries = split.subsidiaries;
            out.push(e);
        }
    }
    t.name_fields(problems);
    out
}

/// The words by which CBP's `Entity` cell names an order on a whole region, industry or kind of goods rather than a
/// firm (`Xinjiang Uyghur Autonomous Region (XUAR)`, `All Turkmenistan Cotton or products produced in whole or in
/// part with Turkmenistan cotton.`, `Tobacco produced in Malawi and products containing tobacco produced in Malawi`,
/// `Artisanal Small Mines`, `Marange Diamond Fields`), folded.
const REGION_WORDS: &[&str] = &[
    "region",
    "regions",
    "province",
    "provinces",
    "autonomous",
    "countrywide",
    "produced",
    "made",
    "grown",
    "mined",
    "harvested",
    "containing",
    "mines",
    "fields",
    "artisanal",
];

/// The words by which a name is a firm's or a facility's, whatever else it says (`Hsin Kang Asbestos Mine`,
/// `Lop County Hair Product Industrial Park`, `Fuchu Prison`), folded.
const FIRM_WORDS: &[&str] = &[
    "company",
    "factory",
    "farm",
    "works",
    "plant",
    "mill",
    "mills",
    "group",
    "prison",
    "camp",
    "corporation",
    "corps",
    "park",
    "center",
    "centre",
    "mine",
    "estate",
    "cooperative",
    "holdings",
];

/// Whether a text names a firm: a word of [`FIRM_WORDS`] or a legal form.
fn names_a_firm(n: &str) -> bool {
    let f = fold_words(n);
    let words: Vec<&str> = f.split(' ').filter(|w| !w.is_empty()).collect();
    let named = words.iter().filter(|w| !matches!(**w, "and" | "the")).count();
    words.iter().any(|w| FIRM_WORDS.contains(w)) || crate::domain::legal_form::without_legal_forms(&f).len() < named
}

/// Whether a name of CBP's `Entity` cell names a whole region, industry or kind of goods ([`REGION_WORDS`], an
/// ISO 3166 country, or `all …`), and no firm: no legal form, no word of [`FIRM_WORDS`].
fn names_a_region(n: &str) -> bool {
    let f = fold_words(n);
    let words: Vec<&str> = f.split(' ').filter(|w| !w.is_empty()).collect();
    if n.trim().is_empty() || CountryCode::parse(n).is_some() {
        return true;
    }
    !names_a_firm(n)
        && (f.starts_with("all ") || f.starts_with("country wide") || words.iter().any(|w| REGION_WORDS.contains(w)))
}

/// Whether a piece of a CBP `Entity` cell is a place, not a firm: no firm's word, no legal form, no `and`, no
/// bracket, and either closing on a country (`Shanghai, China`, `Phnom Penh, Cambodia`) or made of one-word pieces
/// (`Xinjiang`, `Kathmandu.`, `Shenzhen, Guangdong`). `Annapurna Carpet` is no place.
fn is_place(s: &str) -> bool {
    let s = s.trim().trim_end_matches('.');
    let pieces: Vec<&str> = s.split(',').map(str::trim).filter(|p| !p.is_empty()).collect();
    let lower = s.to_ascii_lowercase();
    !pieces.is_empty()
        && !names_a_firm(s)
        && !lower.contains(" and ")
        && !s.contains(['(', ')', '[', ']'])
        && (pieces.last().is_some_and(|c| crate::domain::read_country(c).is_ok())
            || pieces.iter().all(|p| fold_words(p).split(' ').filter(|w| !w.is_empty()).count() == 1))
}

/// The firms one CBP `Entity` cell names, each with the place the cell gives for it. The cell is split at `;` and
/// line ends; a part after the first that is a place ([`is_place`]: `…; Kathmandu.`, `…; Shenzhen, China`) is where
/// the firms before it are; `Fishing Vessel:`, `Fishing Vessel` and `Fishing Vessels owned by` are left out of a
/// part (the vessel or its owner is the party), and a part naming several vessels is split at each. A name followed
/// by places closing on a country (`State Penitentiary, Ciudad Victoria, Tamaulipas, Mexico`) is a name and its
/// address. In each part, the names of several firms are split apart, each with the place written after it
/// ([`firms_of`]).
fn cbp_names(text: &str) -> Vec<(String, Option<String>)> {
    const VESSEL_MARKS: &[&str] = &[
        "fishing vessels owned by",
        "fishing vessel owned by",
        "vessels owned by",
        "fishing vessels:",
        "fishing vessel:",
        "vessel:",
        "fishing vessel ",
    ];
    // `A Ltd. and its parent company B Ltd.`, `A Ltd., a subsidiary of B Ltd.`: two firms, as if at `;`.
    let mut text = text.to_string();
    for phrase in [" and its parent company ", " and its parent ", ", a subsidiary of ", " a subsidiary of "] {
        while let Some(at) = text.to_ascii_lowercase().find(phrase) {
            text.replace_range(at..at + phrase.len(), "; ");
        }
    }
    let mut parts: Vec<String> = Vec::new();
    for part in text.split([';', '\n']).map(str::trim).filter(|s| !s.is_empty()) {
        // `Fishing Vessel: A, Fishing Vessel: B`: a vessel each.
        let lower = part.to_ascii_lowercase();
        let marks: Vec<usize> = lower.match_indices("fishing vessel").map(|(at, _)| at).collect();
        if marks.len() > 1 && marks.first() == Some(&0) {
            let mut from = 0;
            for &at in marks.iter().skip(1).chain(std::iter::once(&part.len())) {
                parts.push(part.get(from..at).unwrap_or_default().trim().trim_end_matches(',').trim().to_string());
                from = at;
            }
        } else {
            parts.push(part.to_string());
        }
    }
    let mut names: Vec<(String, Option<String>)> = Vec::new();
    // Where the firms since the last place start.
    let mut since = 0;
    for (i, part) in parts.iter().enumerate() {
        if i > 0 && !names.is_empty() && is_place(part) {
            let place = part.trim().trim_end_matches('.').to_string();
            for (_, p) in names.iter_mut().skip(since) {
                *p = Some(match p.take() {
                    Some(own) => format!("{own}, {place}"),
                    None => place.clone(),
                });
            }
            continue;
        }
        since = names.len();
        // A part of separators or brackets (`Acme Co; ,`) is kept as written: the caller refuses it.
        if !part.chars().any(char::is_alphanumeric) {
            names.push((part.to_string(), None));
            continue;
        }
        let lower = part.to_ascii_lowercase();
        let from = VESSEL_MARKS.iter().find(|p| lower.starts_with(*p)).map_or(0, |p| p.len());
        let part = part.get(from..).unwrap_or_default().trim();
        let pieces: Vec<&str> = part.split(", ").collect();
        if let [first, .., last] = pieces.as_slice()
            && !part.contains(['(', '['])
            && crate::domain::read_country(last.trim_end_matches('.')).is_ok()
            && pieces.iter().skip(1).all(|p| !names_a_firm(p))
        {
            let place = pieces.get(1..).unwrap_or_default().join(", ").trim_end_matches('.').to_string();
            names.push((first.trim().to_string(), Some(place)));
            continue;
        }
        names.extend(firms_of(part));
    }
    names
}

/// The names of the firms one part of a CBP `Entity` cell names, each with the place written after it: split where
/// a name ending in a legal form or a firm's word is followed by another name (`A Co., Ltd. and B Co., Ltd.`, `A
/// Pvt., B Pvt., Ltd., C`, `A S.A. de C.V. y B S.A. de C.V.`, `A CO., LTD. AND B CO., LTD.`, `A Inc. & B Inc.`),
/// and a list `A, B, and C` whose names have two words or more each (`Annapurna Carpet, Everest Carpet, and K.K.
/// Carpet Industries`; not `Agriculture, Industry, and Trade Co., Ltd.`), or `A, and B` after such a split; a place
/// after a firm (`A Co., Ltd., Shanghai, China`, `A Ltd., Chittagong, Bangladesh, and B Ltd.`) is that firm's; a
/// phrase of subsidiaries after them (`and their subsidiaries`) is read with each name; `(collectively, Group)`
/// after them names the group as a firm too. Each name is then split by [`split_name`].
fn firms_of(part: &str) -> Vec<(String, Option<String>)> {
    let lower = part.to_ascii_lowercase();
    let (head, tail) = match subsidiary_phrase(&lower) {
        Some((at, _)) => (part.get(..at).unwrap_or_default(), part.get(at..).unwrap_or_default()),
        None => (part, ""),
    };
    let mut head = head.trim().to_string();
    let mut group = None;
    if head.ends_with(')')
        && let Some(open) = head.rfind('(')
        && let Some(inner) = head.get(open + 1..head.len() - 1)
        && inner.to_ascii_lowercase().starts_with("collectively")
    {
        group = Some(clean_name(inner.get("collectively".len()..).unwrap_or_default()));
        head = head.get(..open).unwrap_or_default().trim().to_string();
    }
    let folded_last = |s: &str| fold_words(s).rsplit(' ').next().unwrap_or_default().to_string();
    let ends_with_form = |s: &str| {
        let f = fold_words(s);
        let words = f.split(' ').filter(|w| !w.is_empty()).count();
        let kept = crate::domain::legal_form::without_legal_forms(&f);
        // A legal form ends a firm's name; a firm's word does not (`Mills & Boonton Factory Co., Ltd.`, `Tata Works
        // & Mills`, `Xinjiang Swan Farm, Orchard and Ranch Co., Ltd.` are one firm each), nor `Factory`.
        let last = folded_last(s);
        words > 0
            && (NAME_ENDINGS.contains(&last.as_str()) && last != "factory"
                || kept.len() < words && kept.last().copied() != f.rsplit(' ').next())
    };
    let starts_name = |s: &str| {
        let first = fold_words(s).split(' ').next().unwrap_or_default().to_string();
        s.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            && !first.is_empty()
            && !crate::domain::legal_form::is_legal_form_word(&first)
            && !NAME_ENDINGS.contains(&first.as_str())
            && name_prefix(s).is_none()
            // A name of its own: a word of three letters or more that is no legal form (`S.L.`, `S.A.` name no firm).
            && crate::domain::legal_form::without_legal_forms(&fold_words(s)).iter().any(|w| w.chars().count() >= 3)
    };
    // Separators outside brackets (any case: `AND`, the Spanish `y`, `&`), longest first where several start at one
    // place.
    let separators = |s: &str| -> Vec<(usize, usize)> {
        let lower = s.to_ascii_lowercase();
        let mut out = Vec::new();
        let mut depth = 0usize;
        for (at, c) in s.char_indices() {
            match c {
                '(' | '[' => depth += 1,
                ')' | ']' => depth = depth.saturating_sub(1),
                _ if depth == 0 => {
                    let rest = lower.get(at..).unwrap_or_default();
                    if let Some(p) =
                        [", and ", " and ", ", y ", " y ", " & ", ", "].iter().find(|p| rest.starts_with(**p))
                    {
                        out.push((at, p.len()));
                    }
                }
                _ => {}
            }
        }
        out
    };
    // Places closing the part after a firm's name (`Lambeth Cotton Ginning Factory, Xinjiang`, `A Co., Ltd., Shanghai,
    // China`) are the last firm's address; only after a name that is a firm's (`Smith, Jones` keeps its `Jones`).
    let mut last_place: Option<String> = None;
    while let Some(at) = separators(&head)
        .into_iter()
        .filter(|&(at, len)| len == 2 && head.get(at..).is_some_and(|t| t.starts_with(", ")))
        .map(|(at, _)| at)
        .next_back()
    {
        let (before, piece) = (head.get(..at).unwrap_or_default(), head.get(at + 2..).unwrap_or_default());
        // The piece with the places already taken after it (`Phnom Penh` before `, Cambodia`).
        let with_after = last_place.as_ref().map_or_else(|| piece.to_string(), |p| format!("{}, {p}", piece.trim()));
        if !is_place(&with_after) || !names_a_firm(before) || before.to_ascii_lowercase().ends_with(" and") {
            break;
        }
        let piece = piece.trim().trim_end_matches('.').to_string();
        last_place = Some(match last_place {
            Some(p) => format!("{piece}, {p}"),
            None => piece,
        });
        head = before.to_string();
    }
    let mut firms: Vec<String> = Vec::new();
    let mut rest = head;
    while let Some((at, len)) = separators(&rest).into_iter().find(|&(at, len)| {
        let (before, after) = (rest.get(..at).unwrap_or_default(), rest.get(at + len..).unwrap_or_default());
        // After a firm's word only a comma, before a whole firm's name (`Nanhu Tree Farm, Zhejiang Sanmei Tea Co.,
        // Ltd.`; not `Swan Farm, Orchard and Ranch Co., Ltd.`).
        let whole_firm = |a: &str| {
            ends_with_form(a)
                && !a.to_ascii_lowercase().contains(" and ")
                && !a.contains(" & ")
                && a.matches(", ").count() <= 1
        };
        let firm_word = FIRM_WORDS.contains(&folded_last(before).as_str());
        starts_name(after) && (ends_with_form(before) || len == 2 && firm_word && whole_firm(after))
    }) {
        firms.push(rest.get(..at).unwrap_or_default().to_string());
        rest = rest.get(at + len..).unwrap_or_default().to_string();
    }
    firms.push(rest);
    let split_apart = firms.len() > 1;
    let mut out: Vec<(String, Option<String>)> = Vec::new();
    for firm in firms {
        // `Chittagong, Bangladesh, and Cornflower Garments Ltd.`: the place of the firm before, then a firm.
        let lower = firm.to_ascii_lowercase();
        let firm = match lower.find(", and ") {
            Some(at)
                if !out.is_empty()
                    && firm.get(..at).is_some_and(is_place)
                    && firm.get(at + 6..).is_some_and(names_a_firm) =>
            {
                if let Some((_, p)) = out.last_mut() {
                    *p = firm.get(..at).map(|p| p.trim().to_string());
                }
                firm.get(at + 6..).unwrap_or_default().to_string()
            }
            _ => firm,
        };
        // `A Co., Ltd., Shanghai, China`: where the firm before is.
        if !out.is_empty() && is_place(&firm) {
            if let Some((_, p)) = out.last_mut() {
                *p = Some(firm.trim().trim_end_matches('.').to_string());
            }
            continue;
        }
        // `A, B, and C`: a list of names of two words or more each (`A, and B` after a split).
        let seps = separators(&firm);
        let oxford = firm.to_ascii_lowercase().contains(", and ");
        let mut items = Vec::new();
        let mut from = 0;
        for (at, len) in &seps {
            if *len != " and ".len() && *len != " y ".len() && *len != " & ".len() {
                items.push(firm.get(from..*at).unwrap_or_default().to_string());
                from = at + len;
            }
        }
        items.push(firm.get(from..).unwrap_or_default().to_string());
        let named = |i: &String| {
            let f = fold_words(i);
            crate::domain::legal_form::without_legal_forms(&f).len() >= 2
        };
        if oxford && (items.len() >= 3 || split_apart && items.len() == 2) && items.iter().all(named) {
            out.extend(items.into_iter().map(|i| (i, None)));
        } else {
            out.push((firm, None));
        }
    }
    if let (Some(p), Some(last)) = (last_place, out.last_mut()) {
        last.1 = Some(match last.1.take() {
            Some(own) => format!("{own}, {p}"),
            None => p,
        });
    }
    let mut names: Vec<(String, Option<String>)> = out
        .into_iter()
        .map(|(f, p)| (clean_name(&format!("{} {}", f.trim(), tail.trim())), p))
        .filter(|(n, _)| !n.is_empty())
        .collect();
    names.extend(group.filter(|g| !g.is_empty()).map(|g| (g, None)));
    names
}

/// The name an entry of a CBP order that names no firm is listed under: the order's industry as CBP writes it and
/// its country's ISO 3166-1 alpha-2 code, "Cotton (CN)". Pages never show it bare: [`region_entry`] reads it back, and
/// `reports::screening_pages::entry_label` frames it in the reader's language.
pub fn region_name(industry: &str, country_code: &str) -> String {
    format!("{industry} ({country_code})")
}

/// The industry (as CBP writes it) and the country of an entry named by [`region_name`], by its key
/// (`wro:CN:region:cotton`) and its name; `None` for every other entry, a region entry CBP named itself ("Xinjiang
/// Uyghur Autonomous Region") among them.
pub fn region_entry<'n>(name: &'n str, key: &str) -> Option<(&'n str, CountryCode)> {
    let mut parts = key.splitn(4, ':');
    let (_, code, scope) = (parts.next()?, parts.next()?, parts.next()?);
    if scope != "region" {
        return None;
    }
    let industry = name.strip_suffix(')')?.strip_suffix(code)?.strip_suffix(" (")?;
    Some((industry, CountryCode::parse(code)?))
}

// ---------------------------------------------------------------------------------------------------------------
// PSPC Ineligible and suspended suppliers.

/// The measures of the Ineligibility and Suspension Policy as PSPC writes them, in English or French (folded).
const PSPC_MEASURES: &[&str] = &[
    "ineligible",
    "ineligibility",
    "suspended",
    "suspension",
    "administrative agreement",
    "inadmissible",
    "inadmissibilite",
    "suspendu",
    "suspendue",
    "entente administrative",
];

/// The one code a PSPC measure is stored by, whichever language the file writes it in (`Inadmissible` and
/// `Ineligibility` are `Ineligible`): an edition in French after one in English changes no entry by its words alone,
/// and a confirmed hit is not asked again for it. Pages put the code back into the reader's words
/// (`list_measure-*`).
pub(super) fn pspc_measure_code(written: &str) -> Option<&'static str> {
    match fold_words(written).as_str() {
        "ineligible" | "ineligibility" | "inadmissible" | "inadmissibilite" => Some("Ineligible"),
        "suspended" | "suspension" | "suspendu" | "suspendue" => Some("Suspended"),
        "administrative agreement" | "entente administrative" => Some("Administrative agreement"),
        _ => None,
    }
}

/// The labels (folded) of the column giving the measure in PSPC's list, English or French.
const PSPC_MEASURE_LABELS: &[&str] = &["type", "status", "ineligibilitysuspension", "decision", "mesure", "statut"];

/// The labels (folded) of the column naming the supplier in PSPC's list, English or French.
const PSPC_NAME_LABELS: &[&str] = &["suppliername", "supplier", "name", "nomdufournisseur", "fournisseur", "nom"];

fn pspc(t: Table, problems: &mut Vec<ListProblem>) -> Vec<Entry> {
    let name = t.required("Supplier name", PSPC_NAME_LABELS, problems);
    let address = t.column(&["address", "supplieraddress", "adresse"]);
    // The measure says what a listing does (an administrative agreement bars nothing): a file without it is refused.
    let measure = t.required("Type", PSPC_MEASURE_LABELS, problems);
    let start = t.column(&["startdate", "start", "effectivedate", "datededebut", "debut"]);
    let end = t.column(&["enddate", "end", "datedefin", "fin"]);
    let period = t.column(&["period", "ineligibilityperiod", "periode", "periodedinadmissibilite"]);
    let reason = t.column(&["reason", "grounds", "provision", "motif", "motifs"]);
    let bn = t.column(&["businessnumber", "bn", "numerodentreprise", "ne"]);
    let (Some(name), Some(_)) = (name, measure) else { return Vec::new() };
    if start.is_none() && period.is_none() {
        problems.push(ListProblem::said(1, Some("Start date"), &Message::new("screening.list.no_period_column")));
        return Vec::new();
    }
    let mut out = Vec::new();
    for (line, rec) in &t.rows {
        // A row with values but no supplier's name: a supplier lost, said at its line.
        let Some(raw) = cell(rec, Some(name)) else {
            problems.push(
                ListProblem::said(*line, Some("Supplier name"), &Message::new("screening.list.name_blank_cell"))
                    .in_column(Some(name)),
            );
            continue;
        };
        let (mut from, mut to) = (
            date_cell(rec, start, false, *line, "Start date", problems),
            date_cell(rec, end, false, *line, "End date", problems),
        );
        let start_written = cell(rec, start).is_some() || cell(rec, period).is_some();
        if let Some(p) = cell(rec, period) {
            match read_period(&p) {
                Some((a, b)) => (from, to) = (Some(a), b.or(to)),
                None => problems.push(
                    ListProblem::said(
                        *line,
                        Some("Period"),
                        &Message::new("screening.list.not_a_period").text("value", p),
                    )
                    .in_column(period),
                ),
            }
        }
        // A start written but unreadable is already a problem of its own: "blank" would be a false second one.
        check_period(from, to, *line, if end.is_some() { ("End date", end) } else { ("Period", period) }, problems);
        if from.is_none() && !start_written {
            problems.push(
                ListProblem::said(*line, Some("Start date"), &Message::new("screening.list.start_blank"))
                    .in_column(start.or(period)),
            );
        }
        let at = At { line: *line, column: Some(name), field: "Supplier name" };
        // A cell naming several suppliers (`A Ltd. and B Ltd.`, `A Ltd; B Ltd`) is an entry each, and a place written
        // after a supplier's name (`Ontario Knitting Mills Limited, Toronto, Ontario`) is its address, never part of
        // its name nor a supplier of its own: read as CBP's cells are ([`cbp_names`]).
        let mut firms = Vec::new();
        for (n, place) in cbp_names(raw.trim()) {
            if !names_something(&n, at, problems) {
                continue;
            }
            let split = split_name(&n);
            check_split(&split, at, problems);
            check_count(split.aliases.len() + split.former_names.len(), false, at, problems);
            let mut e = Entry::named(name_key(&[], &split.name), split.name, *line);
            e.aliases = split.aliases;
            e.former_names = split.former_names;
            // The address column when the row has one; else the place written after the name.
            e.address = cell(rec, address).or(split.place).or(place);
            // The country is the address's last part when it names one; none otherwise (no country is presumed: the
            // list names suppliers abroad too), and a party is matched wherever it is.
            e.country = e.address.as_deref().and_then(|a| a.rsplit(',').next()).and_then(CountryCode::parse);
            firms.push(e);
        }
        let Some(mut e) = firms.pop() else { continue };
        e.section = word_cell(
            rec,
            measure,
            *line,
            "Type",
            PSPC_MEASURES,
            "Ineligible, Suspended, Administrative agreement / Inadmissible, Suspendu, Entente administrative",
            problems,
        )
        .map(|written| pspc_measure_code(&written).map_or(written, str::to_string));
        if e.section.is_none() {
            problems.push(
                ListProblem::said(*line, Some("Type"), &Message::new("screening.list.measure_blank"))
                    .in_column(measure),
            );
        }
        e.effective = from;
        e.ends = to;
        e.reason = cell(rec, reason);
        if let Some(b) = cell(rec, bn) {
            match BusinessNumber::parse(&b) {
                Ok(b) => e.business_number = Some(b.as_str().to_string()),
                Err(_) => problems.push(
                    ListProblem::said(
                        *line,
                        Some("Business number"),
                        &Message::new("screening.list.not_a_business_number").text("value", b),
                    )
                    .in_column(bn),
                ),
            }
        }
        // The row's measure, period, reason and business number are each supplier's it names.
        for mut other in firms {
            other.section.clone_from(&e.section);
            other.effective = e.effective;
            other.ends = e.ends;
            other.reason.clone_from(&e.reason);
            other.business_number.clone_from(&e.business_number);
            out.push(other);
        }
        out.push(e);
    }
    t.name_fields(problems);
    out
}

// ---------------------------------------------------------------------------------------------------------------
// OpenSanctions (FollowTheMoney).

const FTM_ORGANISATIONS: &[&str] = &["Company", "Organization", "LegalEntity", "PublicBody"];
const FTM_PERSON: &str = "Person";
const FTM_IDENTIFIERS: &[&str] = &[
    "registrationNumber",
    "taxNumber",
    "leiCode",
    "innCode",
    "ogrnCode",
    "vatCode",
    "dunsCode",
    "uniqueEntityId",
    "idNumber",
    "swiftBic",
];

/// A FollowTheMoney country value: `Some(Some(code))` for a country code the service knows (ISO 3166-1, and `xk`
/// Kosovo, which the country table carries as XK), or for one of FollowTheMoney's territories that lies within one
/// country (counted as that country: `ua-cri` Crimea, `ua-dpr`, `ua-lpr` → UA; `ge-ab` Abkhazia, `x-so` South
/// Ossetia → GE; `md-pmr` Transnistria → MD; `az-nk` Nagorno-Karabakh → AZ, the country it lies in by international
/// recognition and FollowTheMoney's successor of it; `cy-trnc` → CY; `so-som` Somaliland → SO; `iq-kr` Kurdistan →
/// IQ; `cn-xz` Tibet → CN; `gb-wls`, `gb-sct`, `gb-nir` → GB; `cq` (formerly `gg-srk`) Sark → GG; `ac` (`sh-ac`)
/// Ascension and `ta` (`sh-ta`) Tristan da Cunha → SH; `dg` Diego Garcia → IO; `ic` the Canary Islands → ES; `cp`
/// Clipperton → PF, its parent there; states gone whose land is one country's today: `dd` East Germany → DE, `zr`
/// Zaire → CD); `Some(None)` for a territory that is no single country (`zz` global, `eu` the European Union, `un`
/// the United Nations, `ip` cyberspace, `pk-km` Kashmir, disputed, and states gone whose land is several countries'
/// today: `suhh` Soviet Union, `csxx` Serbia and Montenegro, `yucs` Yugoslavia, `cshh` Czechoslovakia), which sets no
/// country to agree with; `None` for anything else (refused by the reader). Source: the territories FollowTheMoney
/// accepts as countries (`is_ftm: true`) in its territory data, `resources/territories/*.yml` of
/// github.com/opensanctions/rigour (each with its `parent` and `successors`; read at its commit 8f4044dd, July 2026).
fn ftm_territory(value: &str) -> Option<Option<CountryCode>> {
    if let Some(code) = CountryCode::parse(value) {
        return Some(Some(code));
    }
    let v = value.trim().to_ascii_lowercase();
    let within = match v.as_str() {
        "ua-cri" | "ua-dpr" | "ua-lpr" => "UA",
        "ge-ab" | "x-so" => "GE",
        "md-pmr" => "MD",
        "az-nk" => "AZ",
        "cy-trnc" => "CY",
        "so-som" => "SO",
        "iq-kr" => "IQ",
        "cn-xz" => "CN",
        "gb-wls" | "gb-sct" | "gb-nir" => "GB",
        "cq" | "gg-srk" => "GG",
        "ac" | "sh-ac" | "ta" | "sh-ta" => "SH",
        "dg" => "IO",
        "ic" => "ES",
        "cp" => "PF",
        "dd" => "DE",
        "zr" => "CD",
        "zz" | "eu" | "un" | "ip" | "pk-km" | "suhh" | "csxx" | "yucs" | "cshh" => return Some(None),
        _ => return None,
    };
    CountryCode::parse(within).map(Some)
}

/// The country occupying one of FollowTheMoney's territories, which the sites there declare as their country: Crimea
/// (`ua-cri`) and the parts of Donetsk and Luhansk (`ua-dpr`, `ua-lpr`) are Ukraine's (counted as UA by
/// [`ftm_territory`]; UN General Assembly resolutions 68/262 of 2014 and ES-11/4 of 2022) under Russian occupation,
/// where a firm's address says Russia (RU); an entry there agrees with a party in either. `None` for any other value.
fn occupied_by(value: &str) -> Option<CountryCode> {
    match value.trim().to_ascii_lowercase().as_str() {
        "ua-cri" | "ua-dpr" | "ua-lpr" => CountryCode::parse("RU"),
        _ => None,
    }
}

/// A JSON value's kind in words (the key of its label, `screening.list.json.*`), for the refusal of a value of the
/// wrong kind.
fn json_kind(v: &serde_json::Value) -> &'static str {
    use serde_json::Value as J;
    match v {
        J::Null => "screening.list.json.null",
        J::Bool(_) => "screening.list.json.boolean",
        J::Number(_) => "screening.list.json.number",
        J::String(_) => "screening.list.json.string",
        J::Array(_) => "screening.list.json.list",
        J::Object(_) => "screening.list.json.object",
    }
}

/// The refusal of a JSON value of the wrong kind at `path`: what it must be (the key of its words) and what it is.
fn wrong_kind(line: usize, path: &str, must: &str, found: &serde_json::Value) -> ListProblem {
    let m = Message::new("screening.list.wrong_kind")
        .text("path", path)
        .label("must", must)
        .label("found", json_kind(found));
    ListProblem::said(line, Some(path), &m)
}

/// What a list of strings must be, in words (the key of its label).
const LIST_OF_STRINGS: &str = "screening.list.json.list_of_strings";
/// What a string must be, in words (the key of its label).
const A_STRING: &str = "screening.list.json.string";

/// The strings of a FollowTheMoney list of strings, `key` of the object `of` (whose path is `parent`, `properties`
/// or empty for the entity itself): each trimmed, blank ones left out, absent as none. A value that is not a list of
/// strings, a string the character policy refuses or one longer than its kind's limit is a problem of `line` naming
/// its path (`properties.name`, `properties.alias[2]`); a list with one is read as none.
fn ftm_strings(
    of: &serde_json::Value,
    (parent, key): (&str, &str),
    kind: Value,
    line: usize,
    problems: &mut Vec<ListProblem>,
) -> Vec<String> {
    let path = if parent.is_empty() { key.to_string() } else { format!("{parent}.{key}") };
    let Some(v) = of.get(key) else { return Vec::new() };
    let Some(items) = v.as_array() else {
        problems.push(wrong_kind(line, &path, LIST_OF_STRINGS, v));
        return Vec::new();
    };
    let before = problems.len();
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        let at = format!("{path}[{i}]");
        let Some(text) = item.as_str() else {
            problems.push(wrong_kind(line, &at, A_STRING, item));
            continue;
        };
        let text = text.trim();
        let at = At { line, column: None, field: &at };
        // A name written blank is left out (FollowTheMoney writes none so); one of punctuation only is refused.
        if value_ok(text, kind, at, problems)
            && !text.is_empty()
            && (kind != Value::Name || names_something(text, at, problems))
        {
            out.push(text.to_string());
        }
    }
    if problems.len() > before {
        return Vec::new();
    }
    out
}

/// A string of the entity itself (`id`, `schema`, `first_seen`): `None` when absent; a value that is not a string,
/// or that the character policy or its kind's limit refuses, is a problem naming it, and read as absent.
fn ftm_string(
    v: &serde_json::Value,
    key: &str,
    kind: Value,
    line: usize,
    problems: &mut Vec<ListProblem>,
) -> Option<String> {
    let value = v.get(key)?;
    let Some(text) = value.as_str() else {
        problems.push(wrong_kind(line, key, A_STRING, value));
        return None;
    };
    let text = text.trim();
    value_ok(text, kind, At { line, column: None, field: key }, problems).then(|| text.to_string())
}

/// A key given twice in one object of a line, named by its path (`properties.name`), in the words of every JSON
/// reader of the service (`import::key_twice_words`).
fn key_twice(line: usize, path: &[crate::import::JsonStep], key: &str) -> ListProblem {
    use crate::import::JsonStep;
    let mut field = String::new();
    for step in path.iter().chain(std::iter::once(&JsonStep::Key(key.to_string()))) {
        match step {
            JsonStep::Key(k) if field.is_empty() => field.push_str(k),
            JsonStep::Key(k) => {
                field.push('.');
                field.push_str(k);
            }
            JsonStep::Index(i) => field.push_str(&format!("[{i}]")),
        }
    }
    let (en, fr) = crate::import::key_twice_words(key);
    let lower = |s: String| s.get(..1).map_or_else(String::new, str::to_lowercase) + s.get(1..).unwrap_or_default();
    ListProblem::new(line, Some(&field), lower(en), lower(fr))
}

/// A line that is not JSON, in our words: the reader's kind of error and its column within the line (each line is
/// read alone, so the reader's own line is always 1 and is not shown).
fn json_problem(line: usize, e: &serde_json::Error) -> ListProblem {
    use serde_json::error::Category;
    // A `\u` escape of half a UTF-16 pair (a lone surrogate) writes no character: said as what it is, as the
    // intake says it of a declaration.
    let said = e.to_string();
    if said.contains("surrogate") || said.contains("hex escape") {
        return ListProblem::said(line, None, &Message::new("screening.list.bad_escape"))
            .in_column(e.column().checked_sub(1));
    }
    let key = match e.classify() {
        Category::Eof => "screening.list.json_cut",
        Category::Syntax => "screening.list.not_json",
        Category::Data | Category::Io => "screening.list.not_an_entity",
    };
    ListProblem::said(line, None, &Message::new(key)).in_column(e.column().checked_sub(1))
}

/// Whether a FollowTheMoney date is one: FtM dates may be partial — a year (`1970`), a month (`1970-05`), a day
/// (`1970-05-21`), or a day with its time — each part within the calendar (`1970-13-45` is none).
fn is_ftm_date(s: &str) -> bool {
    let s = s.trim();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    match s.split('-').collect::<Vec<_>>().as_slice() {
        [y] => digits(y, 4),
        [y, m] => digits(y, 4) && digits(m, 2) && m.parse::<u32>().is_ok_and(|m| (1..=12).contains(&m)),
        _ => {
            let day = s.get(..10).unwrap_or_default();
            let shape =
                day.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
            day.len() == 10 && shape && read_date(s, false).is_some()
        }
    }
}

/// The names of the FollowTheMoney properties an organisation's country is read from, and a person's.
const FTM_ORGANISATION_COUNTRIES: &[&str] = &["country", "mainCountry", "jurisdiction"];
const FTM_PERSON_COUNTRIES: &[&str] = &["nationality", "citizenship", "country"];

fn opensanctions(text: &str, problems: &mut Vec<ListProblem>) -> Vec<Entry> {
    let mut out = Vec::new();
    // The line each entity's id was first given on: an id given twice is refused, never renamed.
    let mut ids: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (i, raw) in text.lines().enumerate() {
        let line = i + 1;
        if raw.trim().is_empty() {
            continue;
        }
        // Read as every other tool reads it, or refused: a key given twice in an object (serde_json alone would keep
        // the last; other tools keep the first, or refuse) is named with its path.
        let v = match crate::import::read_json_keys_once(raw) {
            Ok(v) => v,
            Err(crate::import::JsonRefused::Unreadable(e)) => {
                problems.push(json_problem(line, &e));
                continue;
            }
            Err(crate::import::JsonRefused::KeyTwice { path, key }) => {
                problems.push(key_twice(line, &path, &key));
                continue;
            }
        };
        if !v.is_object() {
            let m = Message::new("screening.list.line_not_object").label("found", json_kind(&v));
            problems.push(ListProblem::said(line, None, &m));
            continue;
        }
        let before = problems.len();
        let schema = ftm_string(&v, "schema", Value::Id, line, problems).unwrap_or_default();
        let id = ftm_string(&v, "id", Value::Id, line, problems).unwrap_or_default();
        if problems.len() > before {
            continue;
        }
        if id.is_empty() || schema.is_empty() {
            let field = if id.is_empty() { "id" } else { "schema" };
            problems.push(ListProblem::said(line, Some(field), &Message::new("screening.list.id_and_schema")));
            continue;
        }
        // An id names one entity in the whole file, whatever its schema and whether it is listed itself: tools that
        // merge entities by id (FollowTheMoney's own) would make one of two lines given the same id.
        if let Some(first) = ids.insert(id.clone(), line) {
            let m =
                Message::new("screening.list.entity_id_twice").text("id", id.as_str()).text("first", first.to_string());
            problems.push(ListProblem::said(line, Some("id"), &m));
            continue;
        }
        let person = schema == FTM_PERSON;
        let target = v.get("target");
        if let Some(t) = target.filter(|t| !t.is_boolean()) {
            problems.push(wrong_kind(line, "target", "screening.list.json.true_or_false", t));
            continue;
        }
        if !(person || FTM_ORGANISATIONS.contains(&schema.as_str()))
            || target.and_then(serde_json::Value::as_bool) == Some(false)
        {
            continue;
        }
        let empty = serde_json::Value::Object(serde_json::Map::new());
        let props = v.get("properties").unwrap_or(&empty);
        if !props.is_object() {
            problems.push(wrong_kind(line, "properties", "screening.list.json.object", props));
            continue;
        }
        let prop = |key: &str, kind: Value, problems: &mut Vec<ListProblem>| {
            ftm_strings(props, ("properties", key), kind, line, problems)
        };
        let before = problems.len();
        let mut names = prop("name", Value::Name, problems);
        if person && names.is_empty() {
            let mut parts = Vec::new();
            for k in ["firstName", "middleName", "lastName"] {
                parts.extend(prop(k, Value::Name, problems).into_iter().next());
            }
            if !parts.is_empty() {
                names.push(parts.join(" "));
            }
        }
        let aliases = prop("alias", Value::Name, problems);
        let former_names = prop("previousName", Value::Name, problems);
        let country_keys = if person { FTM_PERSON_COUNTRIES } else { FTM_ORGANISATION_COUNTRIES };
        let countries: Vec<(&str, Vec<String>)> =
            country_keys.iter().map(|k| (*k, prop(k, Value::Country, problems))).collect();
        let born = if person { prop("birthDate", Value::Date, problems) } else { Vec::new() };
        let address = prop("address", Value::Address, problems);
        let mut identifiers = Vec::new();
        // The property giving the most identifiers, which a count over the limit names.
        let mut most = ("registrationNumber", 0);
        for k in FTM_IDENTIFIERS {
            let given = prop(k, Value::Id, problems);
            if given.len() > most.1 {
                most = (k, given.len());
            }
            identifiers.extend(given);
        }
        let topics = prop("topics", Value::Text, problems);
        let datasets = ftm_strings(&v, ("", "datasets"), Value::Text, line, problems);
        let seen = ftm_string(&v, "first_seen", Value::Date, line, problems);
        // A value refused is said once: the entity is read no further (its name missing would be a second, false,
        // problem of a name written as something else than a list of strings).
        if problems.len() > before {
            continue;
        }
        let mut names = names.into_iter();
        let Some(name) = names.next() else {
            let key =
                if person { "screening.list.person_without_name" } else { "screening.list.organisation_without_name" };
            problems.push(ListProblem::said(line, Some("properties.name"), &Message::new(key)));
            continue;
        };
        let mut e = Entry::named(id.as_str(), name, line);
        e.aliases = names.chain(aliases).collect();
        e.former_names = former_names;
        let most = format!("properties.{}", most.0);
        let others = e.aliases.len() + e.former_names.len();
        check_count(others, false, At { line, column: None, field: "properties.alias" }, problems);
        check_count(identifiers.len(), true, At { line, column: None, field: &most }, problems);
        // An organisation's country decides whether it matches: a code not known is refused, never dropped (an
        // entity without its country would match a party of any country). FollowTheMoney's own territories are
        // known: one inside an ISO country counts as that country; one wider than a country, or gone, sets none
        // (see `ftm_territory`). A person's nationality is only shown.
        if !person {
            for (k, values) in &countries {
                for (n, c) in values.iter().enumerate().filter(|(_, c)| ftm_territory(c).is_none()) {
                    let m = Message::new("screening.list.not_a_territory").text("value", c.as_str());
                    problems.push(ListProblem::said(line, Some(&format!("properties.{k}[{n}]")), &m));
                }
            }
        }
        // Every country given counts (a firm incorporated in Hong Kong and trading in China is in both): the first
        // is the entry's country, the others agree with a party as well (`Entry::countries`).
        // A territory under occupation also agrees with the occupying power, whose country its sites declare
        // (`occupied_by`: a site in Crimea declared in RU).
        let mut all: Vec<CountryCode> = Vec::new();
        let given = countries.iter().flat_map(|(_, v)| v);
        let codes =
            given.clone().filter_map(|c| ftm_territory(c).flatten()).chain(given.filter_map(|c| occupied_by(c)));
        for c in codes {
            if !all.contains(&c) {
                all.push(c);
            }
        }
        let mut all = all.into_iter();
        e.country = all.next();
        e.other_countries = all.collect();
        if person {
            e.scope = EntryScope::Person;
            for (n, b) in born.iter().enumerate().filter(|(_, b)| !is_ftm_date(b)) {
                let m = Message::new("screening.list.not_a_partial_date").text("value", b.as_str());
                problems.push(ListProblem::said(line, Some(&format!("properties.birthDate[{n}]")), &m));
            }
            e.birth_date = (!born.is_empty()).then(|| born.join("; "));
        }
        e.address = address.into_iter().next();
        e.identifiers = identifiers;
        if !person && e.country == Some(CountryCode::CANADA) {
            e.business_number =
                e.identifiers.iter().find_map(|i| BusinessNumber::parse(i).ok()).map(|b| b.as_str().to_string());
        }
        e.section = (!datasets.is_empty()).then(|| datasets.join(", "));
        e.reason = (!topics.is_empty()).then(|| topics.join(", "));
        if let Some(seen) = seen {
            e.effective = read_date(&seen, false);
            if e.effective.is_none() {
                let m = Message::new("screening.list.not_a_moment").text("value", seen.as_str());
                problems.push(ListProblem::said(line, Some("first_seen"), &m));
            }
        }
        out.push(e);
    }
    out
}

// ---------------------------------------------------------------------------------------------------------------
// The department's watch list.

/// An Open Supply Hub id (`CN2019303BQ3FZP`) read whole, upper-cased, in the shape the intake reads
/// (`import::os_id_shaped`: 15 characters, two letters, seven digits, six letters or digits — an id no declaration
/// could carry would never meet a site), or the words (English, French) that refuse it. Its first two letters are the ISO 3166-1 code of
/// its facility's country, as a declaration's are (`import::os_id_country`, the same check): letters that are no code
/// are refused naming them, and so is an id of another country than the entry's (`country`, when it was read),
/// naming both — matching on the id first would otherwise tie the entry to a facility of another country.
fn read_os_id(v: &str, country: Option<CountryCode>) -> Result<String, (String, String)> {
    use crate::domain::Lang::{En, Fr};
    let id = v.to_ascii_uppercase();
    if !crate::import::os_id_shaped(&id) {
        return Err(crate::domain::say_both(&Message::new("screening.list.not_an_os_id").text("value", v)));
    }
    let in_country = |c: CountryCode, lang| c.in_sentence(lang, crate::domain::InSentence::In);
    match crate::import::os_id_country(&id, country) {
        Ok(()) => Ok(id),
        Err(crate::import::OsIdCountry::NoCountry(code)) => Err(crate::domain::say_both(
            &Message::new("screening.list.os_id_no_country").text("value", id.as_str()).text("code", code),
        )),
        Err(crate::import::OsIdCountry::Other { of_id, given }) => Err(crate::domain::say_both(
            &Message::new("screening.list.os_id_other_country")
                .text("value", id.as_str())
                .text("code", of_id.as_str())
                .names("id_country", in_country(of_id, En), in_country(of_id, Fr))
                .text("entry_code", given.as_str())
                .names("entry_country", in_country(given, En), in_country(given, Fr)),
        )),
    }
}

/// A watch-list row with each value in its compatibility form (Unicode NFKC): full-width letters, digits and signs
/// (`ＷＬ－１２３`, `１２３４５６７８２`, the `；` of an aliases cell typed with an East Asian keyboard) read as the
/// ordinary ones, so that an entry, an id or a business number written in two widths is one, and the department's
/// own list is read as its author meant it. Value by value, never the file at once: a full-width comma `，` inside a
/// name (common in Chinese names) stays in its value instead of becoming the separator of another column.
fn compatibility_forms(rec: &csv::StringRecord) -> csv::StringRecord {
    use unicode_normalization::UnicodeNormalization;
    if rec.iter().all(str::is_ascii) {
        return rec.clone();
    }
    let mut out: csv::StringRecord = rec.iter().map(|v| v.nfkc().collect::<String>()).collect();
    out.set_position(rec.position().cloned());
    out
}

fn watchlist(text: &str, problems: &mut Vec<ListProblem>) -> Vec<Entry> {
    let t = Table::read(text, problems);
    let name = t.required("name", &["name", "nom", "entity", "entityname"], problems);
    let id = t.column(&["id", "identifier", "reference"]);
    let aliases = t.column(&["aliases", "alias", "autresnoms"]);
    let country = t.required("country", &["country", "pays"], problems);
    let bn = t.column(&["businessnumber", "bn", "numerodentreprise", "ne"]);
    let os = t.column(&["osid", "opensupplyhubid"]);
    let address = t.column(&["address", "adresse"]);
    let reason = t.column(&["reason", "motif", "note"]);
    let effective = t.column(&["effective", "effectivedate", "added", "dateadded", "depuis"]);
    let ends = t.column(&["ends", "enddate", "until", "jusqua"]);
    let (Some(name), Some(_)) = (name, country) else { return Vec::new() };
    let mut out = Vec::new();
    // The line each id was first given on, and as written, by the id in lower case: an id given twice is refused,
    // never renamed — also when the two differ only by case (`WL-1`, `wl-1`) or width (`ＷＬ－１`, read `WL-1` by
    // [`compatibility_forms`]), which a reader takes for one entry.
    let mut ids: std::collections::HashMap<String, (usize, String)> = std::collections::HashMap::new();
    for (line, written) in &t.rows {
        let rec = &compatibility_forms(written);
        let Some(raw) = cell(rec, Some(name)) else {
            problems.push(
                ListProblem::said(*line, Some("name"), &Message::new("screening.list.name_blank_cell"))
                    .in_column(Some(name)),
            );
            continue;
        };
        let cc = country_cell(rec, country, *line, "country", problems);
        let split = split_name(&raw);
        check_split(&split, At { line: *line, column: Some(name), field: "name" }, problems);
        let cc_str = cc.map(|c| c.as_str().to_string()).unwrap_or_default();
        // The id as the file writes it, for the messages: its compatibility form may not be what the author sees.
        let given_written = cell(written, id).unwrap_or_default();
        if let Some(read) = cell(rec, id)
            && let Some((first, as_first)) = ids.get(&read.to_lowercase()).cloned()
        {
            let given = given_written;
            let m = if as_first == given {
                Message::new("screening.list.entry_id_twice").text("id", given).text("first", first.to_string())
            } else {
                Message::new("screening.list.entry_id_alike")
                    .text("id", given)
                    .text("first_id", as_first)
                    .text("first", first.to_string())
            };
            problems.push(ListProblem::said(*line, Some("id"), &m).in_column(id));
        } else if let Some(read) = cell(rec, id) {
            ids.insert(read.to_lowercase(), (*line, given_written));
        }
        let key = cell(rec, id).unwrap_or_else(|| name_key(&[&cc_str], &split.name));
        let mut e = Entry::named(key, split.name, *line);
        e.aliases = split.aliases;
        let aliases_at = At { line: *line, column: aliases, field: "aliases" };
        let given = cell(rec, aliases).unwrap_or_default();
        // An empty item (`A;;B`, a `;` first or last) is refused: it is a name left out or a stray separator, and
        // which one only the list's author knows.
        if !given.trim().is_empty() && given.split(';').any(|a| a.trim().is_empty()) {
            let m = Message::new("screening.list.alias_empty").text("given", given.as_str());
            problems.push(ListProblem::said(*line, Some("aliases"), &m).in_column(aliases));
        }
        let given: Vec<String> =
            given.split(';').map(str::trim).filter(|s| !s.is_empty()).map(str::to_string).collect();
        for a in &given {
            if value_ok(a, Value::Name, aliases_at, problems) {
                names_something(a, aliases_at, problems);
            }
        }
        e.aliases.extend(given);
        e.former_names = split.former_names;
        let count_at =
            if aliases.is_some() { aliases_at } else { At { column: Some(name), field: "name", ..aliases_at } };
        check_count(e.aliases.len() + e.former_names.len(), false, count_at, problems);
        e.subsidiaries = split.subsidiaries;
        e.country = cc;
        e.address = cell(rec, address);
        e.os_id = read_cell(rec, (os, *line, "os_id"), |v| read_os_id(v, cc), problems);
        e.reason = cell(rec, reason);
        e.effective = date_cell(rec, effective, false, *line, "effective", problems);
        e.ends = date_cell(rec, ends, false, *line, "ends", problems);
        check_period(e.effective, e.ends, *line, ("ends", ends), problems);
        if let Some(b) = cell(rec, bn) {
            match BusinessNumber::parse(&b) {
                Ok(b) => e.business_number = Some(b.as_str().to_string()),
                Err(_) => problems.push(
                    ListProblem::said(
                        *line,
                        Some("business_number"),
                        &Message::new("screening.list.not_a_business_number").text("value", b),
                    )
                    .in_column(bn),
                ),
            }
        }
        out.push(e);
    }
    t.name_fields(problems);
    out
}

#[cfg(test)]
mod lines_tests {
    use super::Lines;

    /// The line of each record is counted from the last one asked, and is the line counting from the start gives:
    /// line ends of either kind, a quoted value over two lines, blank lines, and a position asked again earlier.
    #[test]
    fn a_records_line_counted_from_the_last_is_the_line_counted_from_the_start() {
        let text = "id,name\r\nA1,\"Alpha\nMill\"\r\n\r\nB2,Beta\nC3,Gamma\n";
        let from_start = |at: usize| {
            let mut at = at.min(text.len());
            while text.as_bytes().get(at).is_some_and(|b| *b == b'\r' || *b == b'\n') {
                at += 1;
            }
            text.as_bytes()[..at].iter().filter(|c| **c == b'\n').count() + 1
        };
        let starts: Vec<usize> = [0, 9, 28, 36].to_vec();
        let mut lines = Lines::new(text);
        let counted: Vec<usize> = starts.iter().map(|&at| lines.line_at(at)).collect();
        assert_eq!(counted, starts.iter().map(|&at| from_start(at)).collect::<Vec<_>>());
        assert_eq!(counted, [1, 2, 5, 6]);
        // Asked out of order, it counts again from the start.
        assert_eq!(lines.line_at(9), 2);
        // A list of 40,000 records reads its lines once: each record's line is its own.
        let big: String = (0..40_000).map(|i| format!("W{i},Entry {i} Co\n")).collect();
        let mut lines = Lines::new(&big);
        let mut at = 0;
        for (i, row) in big.split_inclusive('\n').enumerate() {
            if i % 997 == 0 {
                assert_eq!(lines.line_at(at), i + 1);
            }
            at += row.len();
        }
    }
}
