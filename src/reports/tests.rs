//! Every template renders in strict mode, in both languages, from sample view models; the catalogues agree.

use super::declaration_page::{SiteSelection, declaration_page};
use super::screening_pages::{
    AlertsPage, ChangeView, ChangedView, DecidedNotice, EditionPage, EditionRow, EntriesPage, EntryRow, Fact, HitRow,
    ListRow, ListsPage, TouchedContract, Touches,
};
use super::views::*;
use super::*;
use crate::domain::{Band, Issue};
use crate::screening::matching::{Evidence, MatchMethod, PartyKind};
use crate::screening::{ChangedEntry, EditionDiff, EditionSource, EntryRef, ListKind};
use crate::storage::{EditionSummary, HitStatus, StoredDecision, StoredHit};

fn sample() -> Vec<(crate::domain::Declaration, crate::domain::Assessment)> {
    let model = crate::scoring::RiskModel::embedded().unwrap();
    let out: Vec<_> = crate::import::demo_declarations()
        .into_iter()
        .map(|(_, d)| {
            let assessment = model.assess(&d);
            (d, assessment)
        })
        .collect();
    assert!(!out.is_empty());
    out
}

/// A confirmed screening hit as the declaration and facility pages show it.
fn confirmed_hit() -> super::views::ConfirmedHitView {
    super::views::ConfirmedHitView {
        hit_id: 7,
        list_name: "Department watch list".into(),
        effect: "Shown to officers".into(),
        entry_name: "Albatross <Dye> Works".into(),
        edition_id: 3,
        party: "Site: Albatross Dye Works".into(),
        declaration_id: 1,
        decided: "A. Officer, November 30, 2026, 6:04 a.m. UTC".into(),
        note: "same address".into(),
        removed: String::new(),
    }
}

fn row(cat: &Catalog, lang: Lang, id: i64, with_bands: bool) -> DeclarationRow {
    DeclarationRow {
        id,
        supplier_id: 7,
        supplier_name: "Cordages <Nord> & Fils".into(),
        supplier_country: "CA".into(),
        solicitation_number: if id % 2 == 0 { "W8486-240001/A".into() } else { String::new() },
        declaration_date: "2026-03-31".into(),
        received_at: "2026-04-01 10:00 UTC".into(),
        site_count: 4,
        finding_count: 2,
        forced: with_bands.then(|| BandCell::new(cat, lang, Band::High, 61.5)),
        child: with_bands.then(|| BandCell::new(cat, lang, Band::Low, 12.0)),
        superseded: id == 3,
    }
}

#[test]
fn the_catalogues_have_the_same_keys() {
    let c = Catalog::embedded().unwrap();
    assert_eq!(c.unpaired_keys(), Vec::<String>::new());
}

#[test]
fn the_catalogues_give_each_message_the_same_variables() {
    let c = Catalog::embedded().unwrap();
    assert_eq!(c.unpaired_variables(), Vec::<String>::new());
}

#[test]
fn no_catalogue_message_hedges_a_plural_with_parentheses() {
    // "1 gap(s)" is neither language: a count chooses its form by CLDR's plural rules (a Fluent selector).
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/locales");
    let mut found = Vec::new();
    let mut files = 0;
    for lang in ["en", "fr"] {
        for entry in std::fs::read_dir(dir.join(lang)).unwrap() {
            let path = entry.unwrap().path();
            files += 1;
            let text = std::fs::read_to_string(&path).unwrap();
            for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim_start().starts_with('#')) {
                if ["(s)", "(x)", "(es)", "(e)", "(e)s"].iter().any(|h| line.contains(h)) {
                    found.push(format!("{}:{}: {line}", path.display(), i + 1));
                }
            }
        }
    }
    assert!(files >= 6);
    assert!(found.is_empty(), "{}", found.join("\n"));
    let c = Catalog::embedded().unwrap();
    let gaps = |lang, gaps: u32, missing: u32| {
        let mut a = fluent_bundle::FluentArgs::new();
        a.set("gaps", gaps);
        a.set("missing", missing);
        c.format(lang, "rank.disclosure_gaps", &a)
    };
    assert_eq!(gaps(Lang::En, 1, 2), "1 disclosure gap; 2 goods without a place of work");
    assert_eq!(gaps(Lang::En, 2, 1), "2 disclosure gaps; 1 good without a place of work");
    assert_eq!(gaps(Lang::Fr, 1, 2), "1 lacune de divulgation\u{202f}; 2 biens sans lieu de production");
    // French CLDR's `one` takes 0: the catalogue says « aucun » instead of « 0 bien ».
    assert_eq!(gaps(Lang::Fr, 0, 3), "aucune lacune de divulgation\u{202f}; 3 biens sans lieu de production");
    assert_eq!(gaps(Lang::Fr, 2, 0), "2 lacunes de divulgation\u{202f}; aucun bien sans lieu de production");
}

/// The typography faults of French text in one line of a Fluent file: a colon without a no-break space (U+00A0)
/// before it, a semicolon, question or exclamation mark without a narrow no-break space (U+202F) before it — a plain
/// space or none lets a line break leave the mark alone at the start of a line, and the house style sets each mark's
/// own space —; guillemets without a no-break space inside (a mark quoted alone, `«\u{a0};\u{a0}»`, is a character,
/// not punctuation). A variant's text is glued to what comes before the selector: a mark that begins it is checked
/// as one after no space (Fluent drops the plain spaces after `[key]`, not a no-break one). A code shown as a
/// word (`published`, `device_goods`: a snake_case identifier or a back-quoted word) where a label belongs. Placeables
/// (`{ $x }`, selectors) and variant keys (`[one]`) are not text, and string literals (`{" "}`) are; URLs
/// (`https://`), times (`16:14`), a cell's place (`{ $sheet }!{ $cell }`) and file names (`names_fr.csv`) are not
/// punctuation or codes.
fn french_typography_faults(line: &str) -> Vec<String> {
    // The line's text: a message's value or a variant's, with each placeable as one mark (`\u{1}`).
    let value = line.split_once(" = ").map_or(line, |(_, v)| v).trim_start_matches(' ');
    let value = match value.strip_prefix('*').unwrap_or(value).strip_prefix('[') {
        Some(v) if !value.starts_with("[[") => v.split_once(']').map_or(v, |(_, rest)| rest).trim_start_matches(' '),
        _ => value,
    };
    // A string literal placeable (`{" "}`, `{""}`, `{"\u{a0}"}`) is text.
    let value = value
        .replace("{\" \"}", " ")
        .replace("{\"\"}", "")
        .replace("{\"\u{a0}\"}", "\u{a0}")
        .replace("{\"\u{202f}; \"}", "\u{202f}; ");
    let mut text = Vec::new();
    let mut depth = 0usize;
    for c in value.chars() {
        match c {
            '{' => {
                if depth == 0 {
                    text.push('\u{1}');
                }
                depth += 1;
            }
            '}' => depth = depth.saturating_sub(1),
            c if depth == 0 => text.push(c),
            _ => {}
        }
    }
    let mut faults = Vec::new();
    for (i, &c) in text.iter().enumerate() {
        let at = |k: Option<usize>| k.and_then(|k| text.get(k)).copied();
        let before = at(i.checked_sub(1));
        let after = at(Some(i + 1));
        // A mark quoted alone (« ; ») is a character named, not the sentence's punctuation.
        let quoted = before == Some('\u{a0}')
            && at(i.checked_sub(2)) == Some('«')
            && after == Some('\u{a0}')
            && at(Some(i + 2)) == Some('»');
        let fault = match c {
            ':' => {
                let url = after == Some('/') && at(Some(i + 2)) == Some('/');
                let time = before.is_some_and(|b| b.is_ascii_digit()) && after.is_some_and(|a| a.is_ascii_digit());
                (before != Some('\u{a0}') && !url && !time && !quoted).then_some("no no-break space before a colon")
            }
            ';' | '?' | '!' => {
                let cell = c == '!' && before == Some('\u{1}') && after == Some('\u{1}');
                (before != Some('\u{202f}') && !cell && !quoted)
                    .then_some("no narrow no-break space before a semicolon, question or exclamation mark")
            }
            '«' => (after != Some('\u{a0}')).then_some("no no-break space after «"),
            '»' => (before != Some('\u{a0}')).then_some("no no-break space before »"),
            _ => None,
        };
        if let Some(why) = fault {
            faults.push(format!("{why}: {line}"));
        }
    }
    let words: String = text.iter().map(|&c| if c == '\u{1}' { ' ' } else { c }).collect();
    for word in words.split(|c: char| c.is_whitespace() || "()«»,;:!?\"'’".contains(c)) {
        let file = [".csv", ".toml", ".ftl", ".xlsx"].iter().any(|ext| word.ends_with(ext));
        let word = word.trim_end_matches('.');
        let code = word.contains('`')
            || (word.contains('_') && word.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'));
        if code && !file {
            faults.push(format!("a code shown as a word ({word}): {line}"));
        }
    }
    faults
}

#[test]
fn every_french_message_spaces_its_punctuation_and_shows_no_code() {
    // The detector catches each fault, and passes what is not text.
    for bad in [
        "a = Attention: rien",
        "a = Attention : rien",
        "a = Pays ; ville",
        "a = Pays; ville",
        "a = Vraiment ?",
        "a = Vraiment?",
        "    [one] Voici: { $x }",
        "a = { $n } lieux:",
        "a = nº{\"\"}:",
        "a = « mot\u{a0}»",
        "a = `published` doit être une date",
        "a = Pays\u{a0}; ville",
        "a = Vraiment\u{a0}?",
        "a = Attention\u{202f}: rien",
        "    [yes] ; vouliez-vous",
        "    [yes]\u{a0}; vouliez-vous",
        "    *[no] : rien",
    ] {
        assert_eq!(french_typography_faults(bad).len(), 1, "{bad}");
    }
    for good in [
        "a = Attention\u{a0}: rien",
        "a = Pays\u{202f}; ville\u{202f}; voilà",
        "a = deux «\u{a0};\u{a0}» de suite",
        "a = Voir https://example.org/x, 16:14",
        "place-cell = { $sheet }!{ $cell }",
        "    [yes]\u{202f}; maintenu",
        "a = { $n ->",
        "a = Vraiment\u{202f}? Oui\u{202f}!",
        "a = {\"\u{a0}\"}:{\" \"}",
        "a = «\u{a0}{ $x }\u{a0}» dans risk_models/names_fr.csv",
        "a = { $code_name } ({ NUMBER($x, minimumFractionDigits: 1) })",
    ] {
        assert!(french_typography_faults(good).is_empty(), "{good}: {:?}", french_typography_faults(good));
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/locales/fr");
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim_start().starts_with('#')) {
            found.extend(
                french_typography_faults(line).into_iter().map(|f| format!("{}:{}: {f}", path.display(), i + 1)),
            );
        }
    }
    assert!(found.is_empty(), "{}", found.join("\n"));
    // Nor is a French sentence built in Rust with a plain space before its punctuation: messages shown to people
    // are the catalogues' (`domain::Message`, `Catalog::say`), where the lines above check them.
    let built = french_sentences_built_in_rust();
    assert!(built.is_empty(), "French sentences built in Rust:\n{}", {
        let lines: Vec<String> = built.iter().flat_map(|(f, ls)| ls.iter().map(move |l| format!("{f}: {l}"))).collect();
        lines.join("\n")
    });
}

/// The French typography faults of one line of an English Fluent file: guillemets (English quotes with “ ” or plain
/// quotes), a no-break or narrow no-break space before a colon, semicolon, question or exclamation mark or a percent
/// sign, and a plain space between a number (or a placeable) and its percent sign (`35 %`; English writes `35%`).
fn english_typography_faults(line: &str) -> Vec<String> {
    let value = line.split_once(" = ").map_or(line, |(_, v)| v);
    let chars: Vec<char> = value.chars().collect();
    let mut faults = Vec::new();
    for (i, &c) in chars.iter().enumerate() {
        let before = i.checked_sub(1).and_then(|k| chars.get(k)).copied();
        let before2 = i.checked_sub(2).and_then(|k| chars.get(k)).copied();
        let fault = match c {
            '«' | '»' => Some("French guillemets"),
            ':' | ';' | '!' | '?' | '%' if matches!(before, Some('\u{a0}' | '\u{202f}')) => {
                Some("a no-break space before a mark")
            }
            '%' if before == Some(' ') && before2.is_some_and(|b| b.is_ascii_digit() || b == '}') => {
                Some("a space between a number and its percent sign")
            }
            _ => None,
        };
        if let Some(why) = fault {
            faults.push(format!("{why}: {line}"));
        }
    }
    faults
}

#[test]
fn every_english_message_uses_english_typography() {
    for bad in [
        "a = its value «{ $x } is not one",
        "a = its value { $x }» is not one",
        "a = the share is 35 %",
        "a = read as { $share } % here",
        "a = Attention\u{a0}: rien",
        "a = really\u{202f}?",
    ] {
        assert_eq!(english_typography_faults(bad).len(), 1, "{bad}");
    }
    for good in ["a = its value “{ $x }” is not one: 35%", "a = separated by ; (e.g. a; b)", "dashboard-percent = %"]
    {
        assert!(english_typography_faults(good).is_empty(), "{good}: {:?}", english_typography_faults(good));
    }
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/locales/en");
    let mut found = Vec::new();
    let mut files = 0;
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        files += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim_start().starts_with('#')) {
            found.extend(
                english_typography_faults(line).into_iter().map(|f| format!("{}:{}: {f}", path.display(), i + 1)),
            );
        }
    }
    assert!(files >= 6);
    assert!(found.is_empty(), "{}", found.join("\n"));
}

/// The lines of the crate's sources outside tests whose string literals hold a French sentence's punctuation after a
/// plain space (`valeur : `, `ville ; `) or guillemets with a plain space inside (`« x`), by file. Comments, test files and the
/// `#[cfg(test)]` module that ends a file are left out.
fn french_sentences_built_in_rust() -> std::collections::BTreeMap<String, Vec<String>> {
    fn walk(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                if path.file_name().is_some_and(|n| n != "tests") {
                    walk(&path, out);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(path);
            }
        }
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    walk(&root.join("src"), &mut files);
    let mut out = std::collections::BTreeMap::new();
    for path in files {
        let name = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
        if name.ends_with("tests.rs") || name.ends_with("_tests.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        let mut hits = Vec::new();
        for line in text.lines().take_while(|l| !l.trim_start().starts_with("#[cfg(test)]")) {
            if line.trim_start().starts_with("//") {
                continue;
            }
            // The parts of the line inside double quotes (a literal, or a literal's continued line).
            // A double quote as a character (`'"'`) opens no literal.
            let line_text = line.replace("'\"'", "''");
            let inside = line_text.split('"').skip(1).step_by(2);
            let spaced = |t: &str| {
                let c: Vec<char> = t.chars().collect();
                c.windows(3).any(|w| {
                    w[0] != ' ' && w[1] == ' ' && matches!(w[2], ':' | ';' | '?' | '!') || w[0] == '«' && w[1] == ' '
                })
            };
            if inside.clone().any(|t| spaced(&format!("{t} "))) {
                hits.push(line.trim().to_string());
            }
        }
        if !hits.is_empty() {
            out.insert(name, hits);
        }
    }
    out
}

/// Every message the rules and pages name by its key (`Message::new("…")`, a field's label `.label("…", "…")`, a
/// form field's `casefile::date`/`required`) is in both catalogues: a missing one would be said as its key, a code.
#[test]
fn every_message_named_in_rust_is_in_both_catalogues() {
    let c = Catalog::embedded().unwrap();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let files = [
        "src/cases/mod.rs",
        "src/cases/attachments.rs",
        "src/reports/casefile.rs",
        "src/web/cases.rs",
        "src/web/case_pages.rs",
        "src/web/account_pages.rs",
        "src/web/follow_up.rs",
        "src/domain/ids.rs",
        "src/domain/country.rs",
        "src/domain/fiscal_year.rs",
        "src/domain/number.rs",
        "src/cases/messages.rs",
        "src/pipeline.rs",
        "src/web/screening.rs",
        "src/screening/mod.rs",
        "src/import/cell_values.rs",
        "src/import/grid.rs",
        "src/import/readers.rs",
        "src/import/spreadsheet.rs",
        "src/import/template.rs",
        "src/screening/parse.rs",
    ];
    let mut missing = Vec::new();
    for f in files {
        let text = std::fs::read_to_string(root.join(f)).unwrap();
        let openers = [
            "Message::new(\"",
            ".label(\"field\", \"",
            "required(\"",
            "date(\"",
            "nonempty(\"",
            "parse_code(\"",
            "refusal(\"",
            "within_case(\"",
        ];
        for opener in openers {
            for rest in text.split(opener).skip(1) {
                let key = rest.split('"').next().unwrap_or("");
                let dotted =
                    key.contains('.') && key.chars().all(|ch| ch.is_ascii_lowercase() || "._0123456789".contains(ch));
                if dotted && !c.has(key) {
                    missing.push(format!("{f}: {key}"));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
    // Keys the intake and the list readers name as plain literals (a label's key passed on, a key chosen by a match):
    // every literal of their prefixes.
    for f in files {
        let text = std::fs::read_to_string(root.join(f)).unwrap();
        for prefix in ["\"intake.", "\"template.", "\"screening.list."] {
            for rest in text.split(prefix).skip(1) {
                let key = format!("{}{}", prefix.trim_start_matches('"'), rest.split('"').next().unwrap_or(""));
                let dotted = key.chars().all(|ch| ch.is_ascii_lowercase() || "._0123456789".contains(ch));
                if dotted && !key.ends_with('.') && !c.has(&key) {
                    missing.push(format!("{f}: {key}"));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{missing:#?}");
}

#[test]
fn a_wait_is_said_as_long_as_the_retry_after_that_goes_with_it() {
    let c = Catalog::shared().expect("the compiled-in catalogues load");
    let said = |lang, s| c.wait(lang, s).replace('\u{a0}', " ");
    assert_eq!(said(Lang::En, 1), "1 second");
    assert_eq!(said(Lang::En, 2), "2 seconds");
    assert_eq!(said(Lang::Fr, 1), "1 seconde");
    assert_eq!(said(Lang::Fr, 5), "5 secondes");
    assert_eq!(said(Lang::En, 90), "90 seconds");
    assert_eq!(said(Lang::En, 120), "2 minutes");
    // Rounded up: never less than the header asks.
    assert_eq!(said(Lang::Fr, 121), "3 minutes");
    assert_eq!(said(Lang::En, 3600), "60 minutes");
}

#[test]
fn messages_choose_plurals_and_write_numbers_by_cldr() {
    use fluent_bundle::{FluentArgs, FluentValue};
    let c = Catalog::embedded().unwrap();
    let say = |lang, n: u32| {
        let mut a = FluentArgs::new();
        a.set("count", FluentValue::from(n));
        c.format(lang, "picture.caption", &a).replace('\u{a0}', " ")
    };
    assert!(say(Lang::Fr, 1).starts_with("1 lieu "), "{}", say(Lang::Fr, 1));
    assert!(say(Lang::Fr, 2).starts_with("2 lieux "), "{}", say(Lang::Fr, 2));
    assert!(say(Lang::En, 1).starts_with("1 site "), "{}", say(Lang::En, 1));
    assert!(say(Lang::Fr, 23_012).starts_with("23 012 lieux"), "{}", say(Lang::Fr, 23_012));
    assert!(say(Lang::En, 23_012).starts_with("23,012 sites"), "{}", say(Lang::En, 23_012));
    // `get` keeps a variable as `{name}` for callers that fill it in themselves.
    assert!(c.get(Lang::En, "chain.tier").contains("{n}"));
}

/// What callers outside `reports` give a message (`MessageArgs`, texts and numbers of any kind) says the same as
/// Fluent's own arguments: numbers written by CLDR, plurals chosen, texts as they are.
#[test]
fn message_args_say_what_fluents_own_arguments_say() {
    use fluent_bundle::{FluentArgs, FluentValue};
    let c = Catalog::embedded().unwrap();
    for lang in [Lang::En, Lang::Fr] {
        for n in [0u32, 1, 2, 23_012, 1_048_000] {
            let mut fluent = FluentArgs::new();
            fluent.set("count", FluentValue::from(n));
            fluent.set("files", FluentValue::from(n));
            for k in ["stored", "duplicates", "refused"] {
                fluent.set(k, FluentValue::from(1));
            }
            let mut ours = MessageArgs::new();
            ours.set("count", n).set("files", u64::from(n));
            for k in ["stored", "duplicates", "refused"] {
                ours.set(k, 1usize);
            }
            let said = c.format(lang, "import.summary", &ours);
            assert_eq!(said, c.format(lang, "import.summary", &fluent));
            // Zero is said in words ("no declarations", « aucune déclaration »).
            assert!(n == 0 || said.contains(&numbers::shortest(lang, f64::from(n), 0)), "{said}");
        }
        let mut fluent = FluentArgs::new();
        fluent.set("name", FluentValue::from("list-2026.csv"));
        let said = c.format(lang, "screening.cli_refused", MessageArgs::new().set("name", "list-2026.csv"));
        assert_eq!(said, c.format(lang, "screening.cli_refused", &fluent));
        assert!(said.contains("list-2026.csv"), "{said}");
    }
    assert_eq!(c.format(Lang::Fr, "wait.seconds", MessageArgs::new().set("count", 2.0)), "2 secondes");
}

#[test]
fn every_key_a_template_uses_exists_in_both_languages() {
    let c = Catalog::embedded().unwrap();
    let mut missing = Vec::new();
    for name in Templates::iter() {
        let file = Templates::get(&name).unwrap();
        let text = String::from_utf8_lossy(&file.data).into_owned();
        for piece in text.split("{{t \"").skip(1).chain(text.split("{{t_code \"").skip(1)) {
            let key = piece.split('"').next().unwrap();
            if !c.has(key) {
                missing.push(format!("{name}: {key}"));
            }
        }
    }
    assert!(missing.is_empty(), "{missing:?}");
}

/// The ISO 8601 days (`2026-11-30`, with a time or not) in the text people read of a page: its attributes
/// (`datetime="…"`, `href`, `value`) and its machine text (`<code>`, `<style>`, `<script>`) left out.
fn iso_days_in_text(html: &str) -> Vec<String> {
    let mut text = String::new();
    let mut rest = html;
    let mut skip_until: Option<&str> = None;
    while let Some((before, after)) = rest.split_once('<') {
        if skip_until.is_none() {
            text.push_str(before);
        }
        let (inside, next) = after.split_once('>').unwrap_or((after, ""));
        let tag = format!("<{inside}");
        match skip_until {
            Some(end) if tag.starts_with(end) => skip_until = None,
            Some(_) => {}
            None => {
                for (start, end) in [("<code", "</code"), ("<style", "</style"), ("<script", "</script")] {
                    if tag.starts_with(start) && !tag.ends_with('/') {
                        skip_until = Some(end);
                    }
                }
            }
        }
        text.push(' ');
        rest = next;
    }
    text.push_str(rest);
    let chars: Vec<char> = text.chars().collect();
    let digits = |from: usize, n: usize| (from..from + n).all(|i| chars.get(i).is_some_and(char::is_ascii_digit));
    let mut found = Vec::new();
    for i in 0..chars.len() {
        let alone = i == 0 || !chars.get(i - 1).is_some_and(char::is_ascii_digit);
        if alone
            && digits(i, 4)
            && chars.get(i + 4) == Some(&'-')
            && digits(i + 5, 2)
            && chars.get(i + 7) == Some(&'-')
            && digits(i + 8, 2)
        {
            found.push(chars.iter().skip(i).take(19).collect());
        }
    }
    found
}

#[test]
fn iso_days_are_found_in_text_only() {
    assert_eq!(iso_days_in_text("<td>2027-01-14</td>"), vec!["2027-01-14 ".to_string()]);
    assert!(iso_days_in_text("<td><time datetime=\"2027-01-14\">14 janvier 2027</time></td>").is_empty());
    assert!(iso_days_in_text("<a href=\"/audit?from=2026-11-30\">x</a><code>2026-11-30</code>").is_empty());
    assert!(iso_days_in_text("W8486-269920/A, CHN-2026-000015").is_empty());
    assert_eq!(iso_days_in_text("<p>at 2026-11-30T13:54:51.324677Z</p>").len(), 1);
}

#[test]
fn every_template_renders_in_strict_mode_in_both_languages() {
    let r = Renderer::new().unwrap();
    let samples = sample();
    let mut rendered = std::collections::BTreeSet::new();
    // Days shown to people are in words (ARCHITECTURE's rule on dates): the pages whose text holds an ISO day.
    let mut iso_pages = Vec::new();
    for lang in [Lang::En, Lang::Fr] {
        let cat = r.catalog();
        let mut check = |name: &str, html: String| {
            assert!(html.contains(&format!("lang=\"{lang}\"")), "{name}");
            if name.starts_with(PAGES) {
                // The renderer sets each page in the layout once.
                assert_eq!(html.matches("<!DOCTYPE html>").count(), 1, "{name}");
                assert_eq!(html.matches("<main id=\"main\"").count(), 1, "{name}");
            }
            assert!(!html.contains("{{"), "{name} left a mustache");
            assert!(!html.contains("Cordages <Nord>"), "{name} did not escape HTML");
            let iso = iso_days_in_text(&html);
            if !iso.is_empty() {
                iso_pages.push(format!("{name} ({lang}): {iso:?}"));
            }
            rendered.insert(name.to_string());
        };
        let home = HomeView {
            title: "t".into(),
            solicitations: vec![SolicitationRow {
                number: "W8486-240001/A".into(),
                bid_count: 3,
                last_received: "x".into(),
            }],
            solicitation_total: 21,
            declarations: (1..=4).map(|i| row(cat, lang, i, i != 4)).collect(),
            list: list_controls(Pager {
                first: 51,
                last: 54,
                total: 2_340,
                previous: Some("q=a&lang=en".into()),
                next: Some("q=a&lang=en&page=3".into()),
                restart: None,
                last_page: None,
                pages: 47,
            }),
            portfolio: true,
            standing: None,
        };
        let officer = ViewerView {
            name: "Odile <Agent>".into(),
            email: "o@example.ca".into(),
            role: "officer".into(),
            csrf: "tok".into(),
            can_portfolio: true,
            can_submit: false,
            can_accounts: true,
            can_audit: true,
            screening_alerts: Some(3),
        };
        let html = r.render_for("pages/home", lang, "/?lang=fr", Some(&officer), &home).unwrap();
        assert!(html.contains("Odile &lt;Agent&gt;") && html.contains("action=\"/logout"), "{html}");
        let count = if lang == Lang::Fr { "51–54 sur 2 340" } else { "51–54 of 2,340" };
        assert!(html.replace(['\u{a0}', '\u{202f}'], " ").contains(count), "{html}");
        assert!(html.contains("rel=\"next\"") && html.contains("<option value=\"CN\" selected>"), "{html}");
        check("pages/home", html);
        let empty = HomeView {
            title: "t".into(),
            solicitations: vec![],
            solicitation_total: 0,
            declarations: vec![],
            list: list_controls(Pager {
                first: 0,
                last: 0,
                total: 0,
                previous: None,
                next: None,
                restart: None,
                last_page: None,
                pages: 1,
            }),
            portfolio: false,
            standing: Some(super::admin::Standing {
                cases: vec![super::admin::StandingCase {
                    id: 1,
                    title: "Cordages <Nord>".into(),
                    contract_number: "W1".into(),
                    opened_on: "x".into(),
                }],
                notices: vec![super::admin::StandingNotice {
                    case_id: 1,
                    event_id: 2,
                    subject: "s".into(),
                    sent_on: "x".into(),
                    respond_by: "y".into(),
                    status: "overdue".into(),
                    status_label: "Overdue".into(),
                }],
                requests: vec![super::admin::StandingRequest {
                    id: 3,
                    subject: "Tier <3>".into(),
                    solicitation_number: "W8486-240001/A".into(),
                    requested_by: "Officer".into(),
                    sent_on: "x".into(),
                    respond_by: "y".into(),
                    status: "open".into(),
                    status_label: "Response due".into(),
                }],
            }),
        };
        let html = r.render("pages/home", lang, "/", &empty).unwrap();
        assert!(html.contains("/login"), "an anonymous page offers the sign-in link");
        let sol = super::comparison::SolicitationView {
            title: "t".into(),
            number: "W8486-240001/A".into(),
            bid_count: 3,
            shown: 1,
            capped: "Only <6>".into(),
            replaced: vec!["Declaration #3 <replaced>".into()],
            max_side_by_side: 6,
            default_side_by_side: 4,
            number_query: "lang=en".into(),
            comparison: super::comparison::Comparison {
                bids: vec![super::comparison::BidColumn { id: 1, supplier_name: "Cordages <Nord>".into() }],
                lines: vec![super::comparison::ComparisonLine {
                    label: "Forced".into(),
                    group: true,
                    cells: vec![
                        super::comparison::ComparisonCell {
                            band: Some(BandCell::new(cat, lang, Band::High, 61.0)),
                            text: String::new(),
                        },
                        super::comparison::ComparisonCell { band: None, text: "=cmd".into() },
                    ],
                }],
                model_versions: vec!["2022.1".into()],
                ranking: vec![super::comparison::RankedBid {
                    rank: 1,
                    id: 1,
                    supplier_name: "Cordages <Nord>".into(),
                    forced: Some(BandCell::new(cat, lang, Band::High, 61.0)),
                    child: None,
                    disclosure: "d".into(),
                    standing: "Before <Atlantic>".into(),
                    why_forced: "Mill <3>: cotton".into(),
                    why_child: String::new(),
                    chosen: true,
                    non_responsive: Some("Cordages <Nord> is on PSPC's list".into()),
                }],
            },
        };
        let html = r.render("pages/solicitation", lang, "/", &sol).unwrap();
        assert!(html.contains("Before &lt;Atlantic&gt;") && html.contains("/bids/1/follow-up"));
        assert!(html.contains("Cordages &lt;Nord&gt; is on PSPC"), "the non-responsive bid is said so, escaped");
        assert!(html.contains("value=\"1\" id=\"bid-1\" checked") && html.contains("Only &lt;6&gt;"));
        check("pages/solicitation", html);
        use super::case_pages::{AnswerDraft, AnswerRow, BidSummary, ContractLink, FollowUpDraft, FollowUpPage};
        use super::case_pages::{NoteRow, RequestPage, RequestRow};
        let request = || RequestRow {
            id: 5,
            declaration_id: 3,
            subject: "Tier <3>".into(),
            body: "B".into(),
            sent_on: "2026-11-29".into(),
            respond_by: "2026-12-09".into(),
            requested_by: "officer@x".into(),
            status_label: "Open".into(),
            answers: vec![AnswerRow {
                text: "A <1>".into(),
                declaration_id: Some(4),
                answered_by: "s@x".into(),
                answered_at: "November 30, 2026, 10:00 a.m. UTC".into(),
            }],
        };
        let bid = |id| BidSummary {
            id,
            supplier_name: "S <1>".into(),
            declaration_date: "2026-11-01".into(),
            business_number: "842310575".into(),
        };
        let follow = FollowUpPage {
            title: "t".into(),
            csrf: "tok".into(),
            can_act: true,
            bid: bid(4),
            current: Some(bid(6)),
            solicitation: "W8486-240001/A".into(),
            requests: vec![request()],
            notes: vec![NoteRow {
                declaration_id: Some(3),
                text: "N <1>".into(),
                author: "o@x".into(),
                recorded_at: "x".into(),
            }],
            notes_pager: crate::reports::pager::Pager {
                first: 21,
                last: 21,
                total: 21,
                previous: Some("lang=en".into()),
                next: None,
                restart: None,
                last_page: Some("lang=en&page=2".into()),
                pages: 2,
            },
            notes_base: "/bids/4/follow-up".into(),
            contracts: vec![ContractLink {
                id: 3,
                number: "W1".into(),
                title: "T".into(),
                awarded_on: "2026-11-20".into(),
            }],
            award_href: "/contracts?x=1".into(),
            draft: FollowUpDraft { kind: "request".into(), subject: "S".into(), ..FollowUpDraft::default() },
            errors: vec!["e".into()],
            min_respond_by: "2026-11-30".into(),
        };
        let html = r.render("pages/follow-up", lang, "/", &follow).unwrap();
        assert!(html.contains("N &lt;1&gt;") && html.contains("A &lt;1&gt;") && html.contains("/contracts/3"));
        assert!(html.contains("/bids/6/follow-up") && html.contains("/declarations/3"), "replaced: the current one");
        check("pages/follow-up", html);
        let requests = super::admin::RequestsPage {
            title: "t".into(),
            requests: vec![super::admin::StandingRequest {
                id: 5,
                subject: "Tier <3>".into(),
                solicitation_number: "W8486-240001/A".into(),
                requested_by: "O".into(),
                sent_on: "x".into(),
                respond_by: "y".into(),
                status: "overdue".into(),
                status_label: "Late".into(),
            }],
        };
        let html = r.render("pages/requests", lang, "/", &requests).unwrap();
        assert!(html.contains("Tier &lt;3&gt;") && html.contains("/requests/5"));
        check("pages/requests", html);
        for can_answer in [true, false] {
            let page = RequestPage {
                title: "t".into(),
                csrf: "tok".into(),
                can_answer,
                solicitation: "W8486-240001/A".into(),
                bid_id: 4,
                request: request(),
                declarations: vec![super::casefile::Choice { value: "4".into(), label: "#4".into(), selected: true }],
                draft: AnswerDraft { declaration_id: "4".into(), ..AnswerDraft::default() },
                errors: Vec::new(),
            };
            let html = r.render("pages/request", lang, "/", &page).unwrap();
            assert_eq!(html.contains("name=\"declaration_id\""), can_answer);
            check("pages/request", html);
        }
        for (i, (d, a)) in samples.iter().enumerate() {
            let meta = DeclarationMeta {
                id: i as i64 + 1,
                file_name: "decl.xlsx".into(),
                sha256: "00".into(),
                received_at: "now".into(),
                superseded_by: (i == 0).then_some(9),
                warnings: crate::reports::views::issue_rows(
                    lang,
                    &[crate::domain::Issue::warning(
                        "PlacesOfWork!H1",
                        Some("Colour"),
                        "Unknown column",
                        "Colonne inconnue",
                    )],
                ),
            };
            let model = crate::scoring::RiskModel::embedded().unwrap();
            let view = declaration_view(cat, &model, lang, d, a, Some(meta.clone()));
            // The page with one site a page and with a filter no site passes: folded tiers, the page list, no row.
            for sel in [
                SiteSelection { per_page: 1, ..SiteSelection::default() },
                SiteSelection { forced: Some(Band::Critical), child: Some(Band::Critical), ..SiteSelection::default() },
            ] {
                let href = |s: &SiteSelection| format!("/declarations/1?sites_page={}", s.page);
                let (decl, chain) = declaration_page(cat, &model, lang, d, a, Some(meta.clone()), &sel, &href);
                let html = r.render(
                    "pages/declaration",
                    lang,
                    "/",
                    &super::declaration_page::DeclarationPage {
                        title: "t".into(),
                        decl,
                        chain,
                        screening: vec![confirmed_hit()],
                    },
                );
                check("pages/declaration", html.unwrap());
            }
            let warnings = meta.warnings.clone();
            let report = ReportPage {
                title: "t".into(),
                generated_at: "now".into(),
                css: "body{}".into(),
                decl: view,
                warnings,
            };
            let html = r.render("reports/declaration", lang, "", &report).unwrap();
            assert!(!html.contains("<link") && !html.contains("<script"));
            assert!(
                html.contains("<code>PlacesOfWork!H1</code>")
                    && html.contains("Colonne inconnue") == (lang == Lang::Fr)
            );
            check("reports/declaration", html);
        }
        let issues = [
            Issue::error("PlacesOfWork!K12", Some("Country"), "bad <country>", "pays <invalide>"),
            Issue::warning("Goods", None, "unknown column", "colonne inconnue"),
        ];
        let upload = UploadView {
            title: "t".into(),
            file_name: "x.xlsx".into(),
            errors: issue_rows(lang, &issues[..1]),
            warnings: issue_rows(lang, &issues[1..]),
            max_mib: 64,
            csrf: "tok".into(),
        };
        let html = r.render("pages/upload", lang, "/", &upload).unwrap();
        assert!(html.contains("PlacesOfWork!K12") && !html.contains("<country>") && !html.contains("<invalide>"));
        // Each problem says its level, in the reader's language.
        let (error, warning) = if lang == Lang::En { ("Error", "Warning") } else { ("Erreur", "Avertissement") };
        assert!(html.contains(&format!("<tr><td>{error}</td><td><code>PlacesOfWork!K12")), "{lang}: {html}");
        assert!(html.contains(&format!("<tr><td>{warning}</td><td><code>Goods")), "{lang}: {html}");
        check("pages/upload", html);
        let login = LoginView {
            title: "t".into(),
            email: "a@b.ca".into(),
            next: "/".into(),
            csrf: "tok".into(),
            error: "login.failed".into(),
            wait: String::new(),
        };
        let html = r.render("pages/login", lang, "/login", &login).unwrap();
        assert!(html.contains("name=\"csrf\" value=\"tok\"") && html.contains("role=\"alert\""));
        check("pages/login", html);
        let supplier = SupplierHistoryView {
            title: "t".into(),
            legal_name: "Cordages <Nord>".into(),
            business_number: "842310575".into(),
            country: "CA".into(),
            declarations: (1..=3).map(|i| row(cat, lang, i, true)).collect(),
        };
        check("pages/supplier", r.render("pages/supplier", lang, "/", &supplier).unwrap());
        let err = ErrorPage { title: "t".into(), message: "m".into() };
        check("pages/error", r.render("pages/error", lang, "/", &err).unwrap());
        // The supply graph's pages.
        use super::graph_pages::{
            ChainView, ContractRef, Explanation, MatchesView, OverviewView, SiteDetail, SiteView,
        };
        use crate::graph::national::{DisclosureGap, Exposure, FacilitySummary, GraphCycle};
        let (d, a) = &samples[samples.len() - 1];
        let sites = super::explain::SiteIndex::of(a);
        let picture = super::chain::picture(
            d,
            a,
            lang,
            &|k: &str| cat.get(lang, k).to_string(),
            &|f| super::explain::factor_label(cat, lang, f, &sites),
            &|i| (i % 2 == 0).then(|| format!("/graph/sites/{i:016x}")),
        );
        let chain = ChainView {
            title: "t".into(),
            declaration_id: 1,
            supplier_name: "S <x>".into(),
            site_count: d.places_of_work.len(),
            linked: true,
            picture,
        };
        let html = r.render("pages/chain", lang, "/", &chain).unwrap();
        assert!(html.contains("<svg class=\"chain\"") && !html.contains("S <x>"));
        assert_eq!(html.matches("class=\"chain-site\"").count(), d.places_of_work.len());
        assert_eq!(
            html.matches("<a class=\"chain-site\" href=\"/graph/sites/").count(),
            d.places_of_work.len().div_ceil(2)
        );
        check("pages/chain", html);
        let facility = FacilitySummary {
            id: "ab12".into(),
            key: "na:BD:x:y".into(),
            name: "Mill <1>".into(),
            address: "1 Rd".into(),
            city: "Dhaka".into(),
            region: Some("Dhaka Division".into()),
            country: crate::domain::CountryCode::parse("BD").unwrap(),
            os_id: None,
            forced_labour: 61.5,
            child_labour: 20.0,
            declarations: 2,
            suppliers: 2,
        };
        let meta = crate::graph::national::DeclarationMeta {
            id: 1,
            supplier_id: 1,
            supplier_name: "S".into(),
            business_number: None,
            solicitation_number: Some("W1".into()),
        };
        let overview = OverviewView {
            title: "t".into(),
            query: "mill".into(),
            facilities: 3,
            links: 2,
            declarations: 2,
            results: Some(vec![facility.clone()]),
            results_total: 2_340,
            pager: Some(crate::reports::views::Pager {
                first: 51,
                last: 100,
                total: 2_340,
                previous: Some("q=mill&lang=en".into()),
                next: Some("q=mill&lang=en&page=3".into()),
                restart: None,
                last_page: None,
                pages: 47,
            }),
            shared: vec![facility.clone()],
            cycles: vec![GraphCycle {
                facilities: vec![facility.clone(), facility.clone()],
                declarations: vec![meta.clone()],
                only_across_declarations: true,
            }],
            gaps: vec![DisclosureGap {
                declaration: meta.clone(),
                site_ref: "MILL".into(),
                site: facility.clone(),
                known_suppliers: 1,
                highest_supplier_score: 80.0,
            }],
            can_decide: true,
            proposals: 1,
        };
        let html = r.render("pages/graph", lang, "/", &overview).unwrap();
        assert!(!html.contains("Mill <1>"));
        check("pages/graph", html);
        let explanation = |kind, score, own, carried_from: Option<&FacilitySummary>, carried| Explanation {
            kind,
            score,
            own,
            input: 0.0,
            carried_from: carried_from.cloned(),
            carried,
        };
        let reason = |text: &str, source: &str, source_href: Option<&str>, points| super::facility::ReasonRow {
            text: text.into(),
            source: source.into(),
            source_href: source_href.map(str::to_string),
            points,
        };
        let site = SiteView {
            title: "t".into(),
            detail: SiteDetail {
                facility: facility.clone(),
                goods: "shirts".into(),
                category: None,
                operator: Some("Op".into()),
                explanation: vec![
                    explanation(crate::domain::RiskKind::ForcedLabour, 61.5, 10.0, Some(&facility), 51.5),
                    explanation(crate::domain::RiskKind::ChildLabour, 20.0, 20.0, None, 0.0),
                ],
                suppliers: vec![facility.clone()],
                customers: Vec::new(),
                exposure: vec![Exposure {
                    declaration: meta.clone(),
                    declared_directly: false,
                    path: vec![facility.clone(), facility.clone()],
                }],
                contracts: vec![ContractRef {
                    id: 1,
                    number: "C1".into(),
                    title: "Shirts".into(),
                    supplier_name: "S".into(),
                    business_number: "842310575".into(),
                    awarded_on: "2025-05-01".into(),
                }],
            },
            reasons: vec![
                super::facility::KindReasons {
                    kind: crate::domain::RiskKind::ForcedLabour,
                    reasons: vec![
                        reason("Listed <good>", "Own risk", Some("/declarations/1"), 10.0),
                        reason("Carried", "A hit", None, 51.5),
                    ],
                },
                super::facility::KindReasons { kind: crate::domain::RiskKind::ChildLabour, reasons: Vec::new() },
            ],
            screening: vec![confirmed_hit()],
        };
        check("pages/graph-site", r.render("pages/graph-site", lang, "/", &site).unwrap());
        let matches = MatchesView {
            title: "t".into(),
            csrf: "tok".into(),
            page: 1,
            pager: Pager {
                first: 1,
                last: 1,
                total: 2,
                previous: None,
                next: Some("lang=en&page=2".into()),
                restart: None,
                last_page: None,
                pages: 2,
            },
            proposals: vec![crate::graph::national::MatchProposal {
                a: facility.clone(),
                b: facility.clone(),
                reason: "same_name",
            }],
        };
        let html = r.render("pages/graph-matches", lang, "/", &matches).unwrap();
        assert!(html.contains("name=\"key_a\" value=\"na:BD:x:y\""));
        check("pages/graph-matches", html);
        // Entity screening.
        let edition = EditionSummary {
            id: 2,
            list: ListKind::Uflpa,
            version: 2,
            source: EditionSource {
                publisher: "DHS".into(),
                address: "https://x".into(),
                licence: "Public domain".into(),
                label: "2026-11".into(),
                published_on: chrono::NaiveDate::from_ymd_opt(2026, 11, 14).unwrap(),
            },
            file_name: "l.html".into(),
            sha256: "ab".into(),
            entry_count: 5008,
            imported_by: "a@x".into(),
            imported_by_name: "A. Admin".into(),
            imported_at: "2026-11-29T00:00:00Z".into(),
            added: 5000,
            removed: 1200,
            changed: 1,
            rescreen: None,
        };
        let row_of = |e: &EditionRow| EditionRow {
            edition: e.edition.clone(),
            name: e.name.clone(),
            short_name: e.short_name.clone(),
            publisher: e.publisher.clone(),
            licence: e.licence.clone(),
            imported: e.imported.clone(),
            published: e.published.clone(),
        };
        let edition = EditionRow {
            name: super::screening_pages::edition_name(r.catalog(), lang, &edition),
            short_name: super::screening_pages::edition_short(r.catalog(), lang, &edition),
            edition,
            publisher: "DHS".into(),
            licence: "Public domain".into(),
            imported: "November 29, 2026, 12:00 a.m. UTC".into(),
            published: "November 14, 2026".into(),
        };
        let list = |kind: ListKind, name: &str, editions: Vec<EditionRow>| ListRow {
            kind: kind.to_string(),
            name: name.into(),
            effect: "critical".into(),
            editions,
        };
        let lists = ListsPage {
            title: "t".into(),
            csrf: "tok".into(),
            can_import: true,
            lists: vec![
                list(ListKind::Uflpa, "UFLPA", vec![row_of(&edition)]),
                list(ListKind::Watchlist, "Watch", vec![]),
            ],
            imported: None,
            errors: vec![IssueView {
                location: "line 3".into(),
                field: "country".into(),
                message: "Narnia <x>".into(),
                level: "issue.level_error".into(),
            }],
        };
        let html = r.render("pages/screening", lang, "/", &lists).unwrap();
        assert!(html.contains("name=\"list\"") && !html.contains("Narnia <x>"));
        // Every count in the one number form of the language: no raw `5008` beside a grouped `5,000`.
        let grouped = |n: u64| crate::reports::numbers::count(lang, n);
        for n in [5008, 5000, 1200] {
            assert!(html.contains(&format!(">{}<", grouped(n))), "{lang}: {n} grouped in the lists' table");
        }
        assert!(!html.contains("5008") && !html.contains(">1200<"), "{lang}: a raw count");
        check("pages/screening", html);
        let diff = EditionPage {
            title: "t".into(),
            list_name: "UFLPA".into(),
            edition,
            diff: EditionDiff {
                previous_edition: Some(1),
                added: vec![EntryRef { key: "k".into(), name: "A".into() }],
                removed: Vec::new(),
                changed: vec![ChangedEntry {
                    key: "c".into(),
                    name: "C".into(),
                    fields: vec!["aliases".into(), "status".into()],
                    changes: Vec::new(),
                }],
            },
            changed: vec![ChangedView {
                key: "c".into(),
                name: "C".into(),
                changes: vec![
                    ChangeView { label: "Other names".into(), old: "A <1>".into(), new: "A; B".into() },
                    ChangeView { label: "Status".into(), old: String::new(), new: String::new() },
                ],
            }],
            previous: Some("The previous edition: version 1, published on November 1, 2026".into()),
            import_lines: vec!["Imported <now>".into(), "re-screened 2 declarations".into()],
            q: "a <b>".into(),
            changes: vec![Choice { value: "added".into(), label: "Added".into(), selected: true }],
            per_page: Some(1),
            base: "/screening/editions/2".into(),
            pager: Pager {
                first: 2,
                last: 2,
                total: 3,
                previous: Some("change=added&lang=en".into()),
                next: Some("change=added&lang=en&page=3".into()),
                restart: None,
                last_page: None,
                pages: 3,
            },
        };
        let html = r.render("pages/screening-edition", lang, "/", &diff).unwrap();
        assert!(html.contains("A; B") && html.contains("/screening/editions/2/entries"), "{html}");
        let entries = crate::reports::numbers::count(lang, 5008);
        assert!(html.contains(&format!("<dd>{entries}</dd>")) && !html.contains("5008"), "{lang}: the entries grouped");
        check("pages/screening-edition", html);
        let fact = |label: &str, value: &str| Fact { label: label.into(), value: value.into() };
        let entries = EntriesPage {
            title: "t".into(),
            edition_id: 2,
            q: "listed".into(),
            per_page: None,
            base: "/screening/editions/2/entries".into(),
            pager: Pager {
                first: 3,
                last: 3,
                total: 3,
                previous: Some("q=listed&lang=en&page=2".into()),
                next: None,
                restart: None,
                last_page: None,
                pages: 3,
            },
            entries: vec![EntryRow {
                name: "Listed <Co>".into(),
                key: "k".into(),
                line: 4,
                facts: vec![fact("Other names", "LC"), fact("Subsidiaries", "yes")],
            }],
        };
        check("pages/screening-entries", r.render("pages/screening-entries", lang, "/", &entries).unwrap());
        let hit = StoredHit {
            id: 5,
            list: ListKind::Uflpa,
            edition_id: 2,
            entry_key: "k".into(),
            entry_hash: "h".into(),
            entry_name: "Listed Co".into(),
            party_kind: PartyKind::Site,
            party_key: "na:CN:x:y".into(),
            party_name: "Mill <1>".into(),
            declaration_id: 3,
            site_ref: Some("S1".into()),
            evidence: Evidence {
                method: MatchMethod::SimilarName,
                fields: vec!["site_name".into(), "country".into()],
                similarity: 0.9,
                party_text: "Mill".into(),
                entry_text: "Listed Co".into(),
                country_agrees: Some(true),
                left_out: None,
            },
            status: HitStatus::Open,
            decision: None,
            found_at: "2026-11-29T00:00:00Z".into(),
        };
        let decided_hit = StoredHit {
            id: 6,
            status: HitStatus::Dismissed,
            decision: Some(StoredDecision {
                id: 1,
                confirmed: false,
                note: "other firm".into(),
                decided_by: "o@x".into(),
                decided_by_name: "O. Officer".into(),
                decided_at: "2026-11-29T14:03:12Z".into(),
            }),
            ..hit.clone()
        };
        let touches = || Touches {
            solicitation: Some("W1".into()),
            supplier_name: "S".into(),
            declarations: vec![3, 4],
            contracts: vec![TouchedContract { id: 1, number: "C1".into(), cases: vec![2] }],
        };
        let row = |hit: StoredHit| HitRow {
            entry_label: hit.entry_name.clone(),
            list_name: "UFLPA".into(),
            edition_name: "UFLPA Entity List (US DHS), edition 1 (#1)".into(),
            status_label: "Open".into(),
            party_kind: "Site".into(),
            method: "Similar".into(),
            similarity_percent: "90 %".into(),
            fields: "site name, country".into(),
            party_text: "\u{201c}Mill\u{201d}".into(),
            entry_text: "\u{201c}Listed Co\u{201d}".into(),
            found_at: "November 29, 2026, 12:00 a.m. UTC".into(),
            decided_at: hit
                .decision
                .as_ref()
                .map(|d| super::screening_pages::shown_time(r.catalog(), lang, &d.decided_at))
                .unwrap_or_default(),
            entry: vec![fact("Section", "2(d)(2)(B)(i)"), fact("In force from", "June 1, 2023")],
            touches: touches(),
            hit,
        };
        let alerts = AlertsPage {
            title: "t".into(),
            csrf: "tok".into(),
            can_decide: true,
            status: "open".into(),
            open: 1234,
            tally: {
                let mut a = MessageArgs::new();
                for (k, v) in
                    [("decisions", 1234u64), ("open_hits", 1300), ("settled", 50), ("replaced", 16), ("left", 66)]
                {
                    a.set(k, v);
                }
                r.catalog().format(lang, "screening.open_tally", &a)
            },
            lists: Vec::new(),
            declaration: Some(7),
            q: "mill".into(),
            filter_query: "&declaration=7&q=mill".into(),
            left_out: Some("left out".into()),
            clear_href: Some("/screening/alerts?status=open".into()),
            already_decided: DecidedNotice::of(r.catalog(), lang, &decided_hit),
            total: 3,
            page: 2,
            per_page: 2,
            first: 3,
            last: 3,
            previous: Some("/screening/alerts?page=1".into()),
            next: None,
            restart: None,
            last_page: None,
            pages: 2,
            hits: vec![row(hit), row(decided_hit)],
        };
        let html = r.render("pages/screening-alerts", lang, "/", &alerts).unwrap();
        assert_eq!(html.matches("name=\"decision\" value=\"confirm\"").count(), 1, "only the open hit is decided");
        let open = crate::reports::numbers::count(lang, 1234);
        let open_hits = crate::reports::numbers::count(lang, 1300);
        assert!(
            html.contains(&open) && html.contains(&open_hits) && !html.contains("1234"),
            "{lang}: the counts grouped"
        );
        let links = html.replace("&#x3D;", "=").replace("&amp;", "&");
        assert!(links.contains("status=all&lang=en&declaration=7&q=mill") || lang == Lang::Fr, "{lang}: {links}");
        assert!(links.contains("declaration=7&q=mill\""), "{lang}: the status links keep the filters");
        assert!(
            html.contains("O. Officer")
                && html.replace(['\u{a0}', '\u{202f}'], " ").contains(if lang == Lang::Fr {
                    "29 novembre 2026, 14 h 03 UTC"
                } else {
                    "November 29, 2026, 2:03 p.m. UTC"
                })
                && html.contains("Mill &lt;1&gt;")
        );
        check("pages/screening-alerts", html);
        // Without a hit decided first (the usual case), no notice.
        let alerts = AlertsPage { already_decided: None, hits: Vec::new(), ..alerts };
        let quiet = r.render("pages/screening-alerts", lang, "/", &alerts).unwrap();
        assert!(!quiet.contains("class=\"notice\""), "{quiet}");
        // A page past the last counts no rows that are not there, says which page is the last and links to it and
        // to the first page.
        let past = AlertsPage {
            page: 9,
            first: 0,
            last: 0,
            previous: None,
            restart: Some("/screening/alerts?page=1".into()),
            last_page: Some("/screening/alerts?page=2".into()),
            ..alerts
        };
        let html = r.render("pages/screening-alerts", lang, "/", &past).unwrap();
        let (count, past_end, link) = if lang == Lang::Fr {
            ("sur 3", "au-delà de la dernière\u{a0}: la dernière page est la page 2.", "Aller à la dernière page (2)")
        } else {
            ("of 3", "past the last one: the last page is 2.", "Go to the last page (2)")
        };
        assert!(!html.contains(count) && html.contains(past_end) && html.contains(link), "{html}");
        assert!(html.contains("href=\"/screening/alerts?page&#x3D;1\""), "{html}");
        assert!(html.contains("href=\"/screening/alerts?page&#x3D;2\""), "{html}");
        check("pages/screening-alerts", html);
        // The portfolio dashboard, from the demo declarations (one of them superseded), both measures.
        let model = crate::scoring::RiskModel::embedded().unwrap();
        let inputs: Vec<crate::domain::PortfolioInput> = samples
            .iter()
            .enumerate()
            .map(|(i, (d, a))| crate::domain::PortfolioInput::new(i as i64, i as i64, i != 0, d, a))
            .collect();
        let dash = crate::scoring::portfolio::dashboard(&model, &inputs, None);
        for measure in [super::portfolio::Measure::Forced, super::portfolio::Measure::Child] {
            let view = super::portfolio::view(&model, cat, lang, &dash, measure);
            let html = r.render("pages/portfolio", lang, "/", &view).unwrap();
            assert!(html.contains("<table class=\"data heat\"") && html.contains("<svg viewBox"), "{html}");
            assert_eq!(html.matches("<td class=\"heat-cell").count(), dash.cells.len());
            check("pages/portfolio", html);
        }
        // Contracts and cases: every kind of record entry, the full and the supplier's view, the dossier.
        {
            use super::casefile;
            use crate::cases::*;
            use crate::storage::{StoredCase, StoredCaseEvent, StoredContract};
            let day = |s: &str| chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap();
            let contract = StoredContract {
                id: 3,
                contract: Contract {
                    number: "W0113-25<1>".into(),
                    kind: ContractKind::StandingOffer,
                    title: "Cordages <Nord> shirts".into(),
                    business_number: "842310575".into(),
                    supplier_name: "Cordages <Nord>".into(),
                    goods_category: "clothing".into(),
                    value_cad: 1_250_000.0,
                    awarded_on: day("2025-05-01"),
                    ends_on: Some(day("2027-04-30")),
                    overrides: vec![],
                },
                created_at: chrono::Utc::now(),
            };
            let at = chrono::Utc::now();
            let ev = |id: i64, event: CaseEvent| StoredCaseEvent {
                id,
                recorded_by: Some("a@b.ca".into()),
                recorded_by_name: "A. <Auditor>".into(),
                recorded_at: at,
                event,
            };
            let case = StoredCase {
                id: 1,
                contract_id: 3,
                title: "Cordages <Nord> allegation".into(),
                opened_by: Some("auditor@x.ca".into()),
                opened_by_name: "Marc-André <Roy>".into(),
                opened_at: at,
                events: vec![
                    ev(
                        1,
                        CaseEvent::Evidence(Evidence {
                            kind: EvidenceKind::CredibleReport,
                            source: "Report <2026>".into(),
                            dated: day("2026-01-10"),
                            allegation: crate::cases::Allegation::ForcedLabour,
                            indicators: vec![IloIndicator::DebtBondage],
                            child_indicators: vec![],
                            credibility: Credibility::High,
                            sites: vec!["4/VN-CMT".into(), "9/NOPE".into()],
                            summary: "Cordages <Nord> summary".into(),
                        }),
                    ),
                    ev(
                        2,
                        CaseEvent::Notice(Notice {
                            sent_on: Some(day("2026-02-01")),
                            respond_by: day("2026-02-15"),
                            subject: "S".into(),
                            body: "B".into(),
                            delivery: None,
                        }),
                    ),
                    ev(
                        3,
                        CaseEvent::Response(Response {
                            notice_seq: 2,
                            received_on: Some(day("2026-02-10")),
                            text: "R".into(),
                        }),
                    ),
                    ev(
                        4,
                        CaseEvent::ActionPlan(ActionPlan {
                            milestones: vec![Milestone {
                                description: "M".into(),
                                due: day("2026-06-01"),
                                done_on: Some(day("2026-05-20")),
                            }],
                        }),
                    ),
                    ev(
                        5,
                        CaseEvent::Decision(Decision {
                            outcome: Outcome::Remediate,
                            decided_on: day("2026-03-01"),
                            rationale: "Why".into(),
                            isp_referral: false,
                            remediation_not_possible_because: None,
                        }),
                    ),
                ],
            };
            let site = |r: &str| casefile::SiteLink {
                reference: r.into(),
                declaration_id: casefile::reference_parts(r).0,
                site_ref: casefile::reference_parts(r).1,
                name: "Mill <1>".into(),
                place: "1 Road <2>, Hanoi, Viet Nam".into(),
                os_id: "VN2024 <3>".into(),
                facility: (r == "4/VN-CMT").then(|| "ab12".to_string()),
                href: if r == "4/VN-CMT" { "/graph/sites/ab12".into() } else { String::new() },
            };
            let today = day("2026-11-23");
            let attachments = vec![crate::cases::attachments::AttachmentInfo {
                id: 9,
                event_id: 1,
                file_name: "audit <1>.pdf".into(),
                media_type: "application/pdf".into(),
                size: 2_500_000,
                sha256: "ab".repeat(32),
            }];
            let cview = casefile::contract_view(
                cat,
                lang,
                &contract,
                crate::cases::CategoryName { en: "Clothing", fr: "Vêtements" },
                vec![1],
            );
            use super::case_pages::{AssessmentRow, AuditRow, CasePage, CaseSummaryRow, ContractDraft, ContractPage};
            use super::case_pages::{ContractsPage, DossierDeclaration, DossierPage, DossierSite};
            let choice = |value: &str, label: &str, selected| super::casefile::Choice {
                value: value.into(),
                label: label.into(),
                selected,
            };
            let contracts = ContractsPage {
                title: "t".into(),
                csrf: "tok".into(),
                can_record: true,
                contracts: vec![cview.clone()],
                kinds: vec![choice("contract", "C", true)],
                categories: vec![choice("clothing", "Clothing", false)],
                draft: ContractDraft { number: "N<1>".into(), ..ContractDraft::default() },
                errors: vec!["value_cad: bad".into()],
            };
            let html = r.render("pages/contracts", lang, "/", &contracts).unwrap();
            assert!(html.contains("role=\"alert\"") && html.contains("N&lt;1&gt;"));
            check("pages/contracts", html);
            let one = ContractPage {
                title: "t".into(),
                csrf: "tok".into(),
                can_open: true,
                contract: cview.clone(),
                cases: vec![CaseSummaryRow {
                    id: 1,
                    title: "Cordages <Nord>".into(),
                    opened_on: "2026-01-01".into(),
                    decided: false,
                    overdue: 1,
                }],
                case_title: String::new(),
                errors: Vec::new(),
            };
            check("pages/contract", r.render("pages/contract", lang, "/", &one).unwrap());
            for full in [true, false] {
                let view =
                    casefile::case_view(cat, lang, &case, (&contract, cview.clone()), today, full, &site, &attachments);
                assert_eq!(view.record.len(), if full { 5 } else { 3 });
                assert_eq!(view.checklist.is_some(), full);
                let draft = casefile::Draft {
                    kind: "evidence".into(),
                    indicators: vec!["debt_bondage".into()],
                    ..Default::default()
                };
                let choices = casefile::form_choices(cat, lang, &draft, vec![("4/VN-CMT".into(), "Mill <1>".into())]);
                let page = CasePage {
                    title: "t".into(),
                    csrf: "tok".into(),
                    case: view,
                    can_manage: full,
                    can_respond: !full,
                    can_dossier: full,
                    choices,
                    draft,
                    errors: vec!["x".into()],
                    today: "2026-11-23".into(),
                    min_respond_by: "2026-12-03".into(),
                    policy: "P".into(),
                    policy_days: 10,
                };
                let html = r.render("pages/case", lang, "/", &page).unwrap();
                assert_eq!(html.contains("href=\"/graph/sites/ab12\""), full, "evidence links its site to the graph");
                assert_eq!(
                    html.contains("1 Road &lt;2&gt;, Hanoi, Viet Nam") && html.contains("VN2024 &lt;3&gt;"),
                    full
                );
                assert_eq!(html.contains("value=\"debt_bondage\" checked"), full);
                // A site's reference is said in words (`declaration 4, site VN-CMT`), not as stored (`4/VN-CMT`).
                let words = lang.pick("(declaration 4, site VN-CMT)", "(déclaration nº 4, lieu VN-CMT)");
                assert_eq!(html.contains(words), full, "{html}");
                assert!(!html.contains("4/VN-CMT)"));
                // The evidence's file is listed with its hash for the auditor; the supplier sees neither.
                assert_eq!(html.contains("audit &lt;1&gt;.pdf") && html.contains(&"ab".repeat(32)), full);
                check("pages/case", html);
            }
            let view =
                casefile::case_view(cat, lang, &case, (&contract, cview.clone()), today, true, &site, &attachments);
            let (d, a) = &samples[0];
            let band = BandCell::new(cat, lang, Band::High, 61.0);
            let assessment_row = |at: &str, model: &str| AssessmentRow {
                assessed_at: at.into(),
                model_version: model.into(),
                forced: band.clone(),
                child: band.clone(),
            };
            let dossier = DossierPage {
                title: "t".into(),
                generated_at: "now".into(),
                generated_by: "Au <ditor>".into(),
                css: "body{}".into(),
                case: view,
                declarations: vec![DossierDeclaration {
                    id: 4,
                    declaration_date: "2026-01-01".into(),
                    received_at: "x".into(),
                    solicitation_number: "W1".into(),
                    file_name: "f<1>.xlsx".into(),
                    sha256: "00".into(),
                    superseded: true,
                    site_count: 3,
                    assessments: vec![assessment_row("x", "m1"), assessment_row("y", "m2")],
                    sites: vec![DossierSite {
                        tier: "1".into(),
                        site: "Mill <1> (M1)".into(),
                        country_name: "Viet Nam".into(),
                        forced: band.clone(),
                        child: band.clone(),
                    }],
                }],
                current: Some(declaration_view(cat, &crate::scoring::RiskModel::embedded().unwrap(), lang, d, a, None)),
                audit: vec![AuditRow {
                    seq: 1,
                    at: super::admin::audit_moment(cat, lang, "2026-11-30T13:54:51.324677Z"),
                    actor: "a".into(),
                    action: "case.opened".into(),
                    action_words: super::admin::audit_action_words(cat, lang, "case.opened"),
                    hash: "ab".into(),
                }],
            };
            let figures = crate::cases::s211::figures(
                crate::domain::FiscalYear::starting_in(2026),
                &crate::cases::s211::S211Input {
                    contracts: std::slice::from_ref(&contract.contract),
                    declarations: &crate::cases::s211::DeclarationCounts::count(
                        crate::domain::FiscalYear::starting_in(2026),
                        &[(day("2026-05-01"), 4, Some(a), None)],
                    ),
                    cases: &[(day("2026-06-01"), &[])],
                },
            );
            let s211 = casefile::s211_view(cat, lang, &figures, &[2026, 2025], &|c: &str| format!("<{c}>"));
            assert!(!s211.assessments.is_empty() && s211.facts.iter().any(|l| l.value == "4"));
            let html = r.render("pages/s211", lang, "/", &s211).unwrap();
            assert!(html.contains("<option value=\"2026\" selected>") && !html.contains("<clothing>"));
            check("pages/s211", html);
            let html = r.render("reports/dossier", lang, "", &dossier).unwrap();
            assert!(!html.contains("<link") && !html.contains("<script") && html.contains("Content-Security-Policy"));
            check("reports/dossier", html);
        }
        let empty = crate::scoring::portfolio::dashboard(&model, &[], None);
        let html = r.render(
            "pages/portfolio",
            lang,
            "/",
            &super::portfolio::view(&model, cat, lang, &empty, super::portfolio::Measure::Forced),
        );
        assert!(html.unwrap().contains(cat.get(lang, "dashboard.empty")));
    }
    // The administrators' pages and the supplier's receipt (`admin.rs`).
    for lang in [Lang::En, Lang::Fr] {
        for (name, html) in super::admin::render_samples(&r, lang) {
            assert!(html.contains(&format!("lang=\"{lang}\"")), "{name}");
            assert!(!html.contains("{{"), "{name} left a mustache");
            assert!(
                !html.contains("Cordages <Nord>") && !html.contains("Marc-André <Roy>"),
                "{name} did not escape HTML"
            );
            let iso = iso_days_in_text(&html);
            if !iso.is_empty() {
                iso_pages.push(format!("{name} ({lang}): {iso:?}"));
            }
            rendered.insert(name.to_string());
        }
    }
    let pages: Vec<String> =
        r.template_names().into_iter().filter(|n| n.starts_with("pages/") || n.starts_with("reports/")).collect();
    let rendered: Vec<String> = rendered.into_iter().collect();
    assert_eq!(pages, rendered, "every page and report template has a sample here");
    assert!(iso_pages.is_empty(), "pages showing ISO days to people:\n{}", iso_pages.join("\n"));
}

#[test]
fn numbers_follow_each_languages_convention() {
    assert_eq!(helpers::format_number(Lang::En, 42.34, 1), "42.3");
    assert_eq!(helpers::format_number(Lang::Fr, 42.5, 1), "42,5");
    assert_eq!(helpers::format_money(Lang::En, 1_234_567.0), "$1,234,567");
    assert_eq!(helpers::format_money(Lang::En, 1_234_567.4), "$1,234,567.40");
    assert_eq!(helpers::format_money(Lang::Fr, 1_250_000.5).replace('\u{a0}', " "), "1 250 000,50 $");
    assert_eq!(helpers::format_money(Lang::Fr, 1_234_567.999).replace('\u{a0}', " "), "1 234 568 $");
    assert_eq!(helpers::format_money(Lang::En, 999.0), "$999");
    assert_eq!(helpers::format_money(Lang::Fr, 0.0), "0\u{a0}$");
}

#[test]
fn every_label_of_a_case_enumeration_is_in_both_catalogues() {
    let c = Catalog::embedded().unwrap();
    let missing: Vec<String> = super::casefile::enum_keys().into_iter().filter(|k| !c.has(k)).collect();
    assert!(missing.is_empty(), "{missing:?}");
}

/// Every factor of the demo declarations' scores names its source in both languages: a dataset's line, or — for the
/// highest site, risk carried upstream and the cap — the rule of the model it comes from; and a level's name inside a
/// source is quoted, not capitalised mid-phrase.
#[test]
fn every_factor_names_its_source_a_dataset_or_a_rule_of_the_model() {
    let c = Catalog::embedded().unwrap();
    let mut rules = std::collections::BTreeSet::new();
    for (_, a) in sample() {
        let sites = super::explain::SiteIndex::of(&a);
        let scores = a.scores();
        for score in scores {
            for lang in [Lang::En, Lang::Fr] {
                let view = score_view(&c, lang, &sites, score);
                for (f, v) in score.factors.iter().zip(&view.factors) {
                    assert!(!v.source.is_empty(), "{lang:?}: {} has no source", v.label);
                    assert!(!v.source.contains(", No ") && !v.source.contains(", Aucune "), "{}", v.source);
                    if f.source.is_none() {
                        rules.insert(f.code().to_string());
                    }
                }
            }
        }
    }
    assert!(["highest_site", "upstream"].iter().all(|r| rules.contains(*r)), "{rules:?}");
}

/// Every action the storage records in the audit log (each kind of case event among them) is said in words in both
/// languages, the French words differing from the English ones.
#[test]
fn every_audit_action_is_said_in_words_in_both_languages() {
    let c = Catalog::embedded().unwrap();
    let mut actions: Vec<String> = [
        "account.created",
        "account.disabled",
        "account.enabled",
        "account.language_changed",
        "account.screening_alerts_changed",
        "account.password_reset",
        "account.password_reset_started",
        "account.role_changed",
        "assessment.stored",
        "case.opened",
        "contract.recorded",
        "declaration.stored",
        "evaluation.note",
        "request.sent",
        "request.answered",
        "screening.edition_imported",
        "screening.hit_confirmed",
        "screening.hit_dismissed",
        "screening.hits_closed_entry_removed",
        "screening.hits_closed_entry_changed",
        "screening.hits_closed_superseded",
        "screening.hits_opened_entry_added",
        "screening.hits_opened_entry_changed",
        "screening.hits_reopened",
        "screening.hits_decision_remembered",
        "screening.hits_restated",
        "site_match.decided",
        "token.issued",
        "token.revoked",
    ]
    .map(String::from)
    .to_vec();
    actions.extend(["evidence", "notice", "response", "action_plan", "decision"].map(|k| format!("case.{k}")));
    for a in &actions {
        let (en, fr) =
            (super::admin::audit_action_words(&c, Lang::En, a), super::admin::audit_action_words(&c, Lang::Fr, a));
        assert!(en != *a && fr != *a && en != fr, "{a}: {en} / {fr}");
    }
}

#[test]
fn the_catalogues_name_each_code_as_the_domain_labels_it() {
    use crate::domain::{Coded, DueDiligenceQuestion, Role, Scope, Severity};
    fn check<T: Coded>(cat: &super::Catalog, section: &str, drift: &mut Vec<String>) {
        for v in T::iter() {
            for lang in [Lang::En, Lang::Fr] {
                let key = format!("{section}.{}", v.code());
                if cat.get(lang, &key) != v.label(lang) {
                    drift.push(format!("{key} ({lang}): {} ≠ {}", cat.get(lang, &key), v.label(lang)));
                }
            }
        }
    }
    let r = Renderer::new().unwrap();
    let mut drift = Vec::new();
    check::<Role>(r.catalog(), "role", &mut drift);
    check::<Scope>(r.catalog(), "scope", &mut drift);
    check::<DueDiligenceQuestion>(r.catalog(), "dd", &mut drift);
    check::<Band>(r.catalog(), "band", &mut drift);
    check::<Severity>(r.catalog(), "severity", &mut drift);
    assert!(drift.is_empty(), "{drift:#?}");
}

fn summary(id: i64, name: &str) -> crate::storage::DeclarationSummary {
    crate::storage::DeclarationSummary {
        id,
        supplier_id: id,
        supplier_name: name.into(),
        business_number: None,
        supplier_country: "CA".into(),
        solicitation_number: Some("W1".into()),
        declaration_date: "2026-11-01".parse().unwrap(),
        received_at: chrono::Utc::now(),
        file_name: "f.json".into(),
        sha256: String::new(),
        site_count: 1,
        supersedes: None,
        superseded_by: None,
        forced_labour_band: None,
        child_labour_band: None,
        forced_labour_score: None,
        child_labour_score: None,
        finding_count: 0,
        model_version: None,
    }
}

#[test]
fn bids_rank_by_the_worse_of_their_two_bands_first_then_the_other_then_the_scores() {
    use crate::domain::{Assessment, RiskPair, Score};
    let samples = sample();
    let base = &samples[0].1;
    let with = |forced: (Band, f64), child: (Band, f64)| {
        let mut a: Assessment = base.clone();
        a.overall = RiskPair {
            forced_labour: Score { score: forced.1, band: forced.0, factors: Vec::new() },
            child_labour: Score { score: child.1, band: child.0, factors: Vec::new() },
        };
        a
    };
    let cat = Catalog::embedded().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let bids = vec![
        // The finding's bid: the lowest forced-labour score, a critical child-labour band.
        (summary(1, "Sisal"), Some(with((Band::Low, 12.0), (Band::Critical, 76.0)))),
        (summary(2, "Polar"), Some(with((Band::Medium, 42.3), (Band::High, 55.5)))),
        (summary(3, "Forced-high"), Some(with((Band::High, 60.0), (Band::Low, 10.0)))),
        (summary(4, "Child-high"), Some(with((Band::Low, 5.0), (Band::High, 70.0)))),
        (summary(5, "Both-critical"), Some(with((Band::Critical, 80.0), (Band::Critical, 81.0)))),
    ];
    let ranked = super::comparison::rank(&cat, Lang::En, &bids, today);
    let order: Vec<(usize, &str)> = ranked.iter().map(|r| (r.rank, r.supplier_name.as_str())).collect();
    assert_eq!(order, vec![(1, "Child-high"), (2, "Forced-high"), (3, "Polar"), (4, "Sisal"), (5, "Both-critical")]);
    let standing: Vec<&str> = ranked.iter().map(|r| r.standing.as_str()).collect();
    assert_eq!(standing[0], "Before Forced-high on forced labour (5.0 against 60.0).");
    assert_eq!(
        standing[1],
        "Level with Polar on the worse of the two bands; before it on the other band (Low against Medium)."
    );
    assert_eq!(
        standing[2],
        "Before Sisal: the worse of its two bands (forced and child labour) is High, against Critical."
    );
    assert_eq!(
        standing[3],
        "Level with Both-critical on the worse of the two bands; before it on the other band (Low against Critical)."
    );
    let fr = super::comparison::rank(&cat, Lang::Fr, &bids, today);
    assert_eq!(
        fr[2].standing,
        "Avant Sisal\u{a0}: le pire de ses deux niveaux (travail forcé et travail des enfants) est Élevé, contre Critique."
    );
}

#[test]
fn bids_rank_by_forced_then_child_labour_then_disclosure_and_say_why() {
    use crate::domain::{Assessment, Factor, Finding, FindingCode, FindingReason, RiskPair, Score};
    let samples = sample();
    let base = &samples[0].1;
    let with = |forced: f64, child: f64, gaps: usize| {
        let mut a: Assessment = base.clone();
        a.overall = RiskPair {
            forced_labour: Score { score: forced, band: Band::Medium, factors: Vec::new() },
            child_labour: Score { score: child, band: Band::Low, factors: Vec::new() },
        };
        a.findings.retain(|f| f.code() != FindingCode::DisclosureGap && f.code() != FindingCode::MissingPlaceOfWork);
        for _ in 0..gaps {
            a.findings.push(Finding::new(
                FindingReason::DisclosureGap {
                    site: crate::domain::SiteId::parse("S1").unwrap(),
                    site_name: String::new(),
                    goods: vec![],
                    presumed: vec![],
                },
                crate::domain::Severity::Medium,
                None,
            ));
        }
        a
    };
    let cat = Catalog::embedded().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let bids = vec![
        (summary(1, "Dearer"), Some(with(50.0, 10.0, 0))),
        (summary(2, "Unassessed"), None),
        (summary(3, "Gappy"), Some(with(40.0, 20.0, 2))),
        (summary(4, "Tidy"), Some(with(40.0, 20.0, 0))),
        (summary(5, "Cleanest"), Some(with(30.0, 90.0, 5))),
        (summary(6, "Kid-safe"), Some(with(40.0, 5.0, 0))),
    ];
    let ranked = super::comparison::rank(&cat, Lang::En, &bids, today);
    let order: Vec<(usize, &str)> = ranked.iter().map(|r| (r.rank, r.supplier_name.as_str())).collect();
    assert_eq!(
        order,
        vec![(1, "Cleanest"), (2, "Kid-safe"), (3, "Tidy"), (4, "Gappy"), (5, "Dearer"), (6, "Unassessed")]
    );
    let standing: Vec<&str> = ranked.iter().map(|r| r.standing.as_str()).collect();
    assert_eq!(standing[0], "Before Kid-safe on forced labour (30.0 against 40.0).");
    assert!(standing[1].contains("before it on child labour (5.0 against 20.0)"), "{}", standing[1]);
    assert!(standing[2].contains("before it on disclosure (0 gaps against 2)"), "{}", standing[2]);
    assert!(standing[4].contains("Unassessed, which has no assessment"));
    assert!(ranked[5].standing.contains("ranked last"));
    // The same record twice ties and shares its rank.
    let tied = super::comparison::rank(
        &cat,
        Lang::Fr,
        &[(summary(7, "A"), Some(with(40.0, 20.0, 0))), (summary(8, "B"), Some(with(40.0, 20.0, 0)))],
        today,
    );
    assert_eq!((tied[0].rank, tied[1].rank), (1, 1));
    assert!(tied[0].standing.starts_with("À égalité avec B"));
    // The reasons are words: the site that drives the score and its largest factors' labels, not points.
    let real = super::comparison::rank(&cat, Lang::En, &[(summary(9, "Real"), Some(base.clone()))], today);
    // The most exposed site as the comparison names it: the highest score, then the nearest the buyer, then the lowest
    // site ID (sites held at one presumed producer tie, 2022.12).
    let high = base.sites.iter().map(|x| x.risk.forced_labour.score).fold(0.0, f64::max);
    let top = base
        .sites
        .iter()
        .filter(|x| x.risk.forced_labour.score == high)
        .min_by(|x, y| {
            (x.tier.unwrap_or(u32::MAX), x.site_id.as_str()).cmp(&(y.tier.unwrap_or(u32::MAX), y.site_id.as_str()))
        })
        .unwrap();
    if top.risk.forced_labour.score > 0.0 {
        let why = &real[0].why_forced;
        assert!(why.starts_with(&top.site_name), "{why}");
        let biggest: &Factor =
            top.risk.forced_labour.factors.iter().max_by(|x, y| x.contribution.total_cmp(&y.contribution)).unwrap();
        let words = super::comparison::factor_words(&cat, Lang::En, base, biggest);
        assert!(!words.is_empty() && why.contains(&words) && !why.contains("(+"), "{why}");
    }
}

#[test]
fn a_non_responsive_bid_ranks_after_every_responsive_bid_until_its_ineligibility_ends() {
    use crate::domain::{Assessment, Finding, FindingCode, FindingReason, RiskPair, Score, Severity};
    let samples = sample();
    let base = &samples[0].1;
    let day = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
    let today = day("2026-11-30");
    let (yesterday, tomorrow) = (day("2026-11-29"), day("2026-12-01"));
    let with = |forced: f64, until: Option<chrono::NaiveDate>| {
        let mut a: Assessment = base.clone();
        a.overall = RiskPair {
            forced_labour: Score { score: forced, band: Band::from_score(forced), factors: Vec::new() },
            child_labour: Score { score: 10.0, band: Band::Low, factors: Vec::new() },
        };
        a.findings.retain(|f| f.code() != FindingCode::IneligibleSupplier);
        if let Some(until) = until {
            a.findings.push(Finding::new(
                FindingReason::IneligibleSupplier {
                    entity: "Fictional Supplies Ltd.".into(),
                    edition: "PSPC v1".into(),
                    key: None,
                    from: Some(day("2025-01-01")),
                    until: Some(until),
                },
                Severity::High,
                None,
            ));
        }
        a
    };
    let cat = Catalog::embedded().unwrap();
    let bids = vec![
        (summary(1, "Safe"), Some(with(40.0, None))),
        (summary(2, "Cheap but ineligible"), Some(with(10.0, Some(tomorrow)))),
        (summary(3, "Dear"), Some(with(60.0, None))),
        (summary(4, "Formerly ineligible"), Some(with(20.0, Some(yesterday)))),
        (summary(5, "Unassessed"), None),
    ];
    let names = |r: &[super::comparison::RankedBid]| r.iter().map(|r| r.supplier_name.clone()).collect::<Vec<_>>();
    let ranked = super::comparison::rank(&cat, Lang::En, &bids, today);
    // The lowest risk of all is non-responsive until tomorrow: it follows every responsive bid; the one whose
    // period ended yesterday ranks by its risk again.
    assert_eq!(names(&ranked), ["Formerly ineligible", "Safe", "Dear", "Cheap but ineligible", "Unassessed"]);
    assert_eq!(ranked.iter().map(|r| r.rank).collect::<Vec<_>>(), [1, 2, 3, 4, 5]);
    assert!(ranked[0].non_responsive.is_none() && ranked[1].non_responsive.is_none());
    assert!(ranked[2].standing.contains("Cheap but ineligible, which is non-responsive"), "{}", ranked[2].standing);
    assert!(
        ranked[3].standing.starts_with("Non-responsive: ranked after every responsive bid"),
        "{}",
        ranked[3].standing
    );
    assert!(ranked[3].standing.contains("Unassessed, which has no assessment"), "{}", ranked[3].standing);
    let why = ranked[3].non_responsive.as_deref().unwrap();
    assert!(
        why.contains("(January 1, 2025 – December 1, 2026)") && why.ends_with("its bids are non-responsive"),
        "{why}"
    );
    // In French, and the day after the period ends: ranked by risk, first.
    let fr = super::comparison::rank(&cat, Lang::Fr, &bids, tomorrow);
    assert_eq!(fr[1].supplier_name, "Safe", "still ineligible on its last day");
    assert!(fr[3].standing.starts_with("Non recevable\u{a0}: classée après toutes les soumissions recevables"));
    let later = super::comparison::rank(&cat, Lang::Fr, &bids, day("2026-12-02"));
    assert_eq!(names(&later)[0], "Cheap but ineligible");
    assert!(later.iter().all(|r| r.non_responsive.is_none()));
    // The matrix says which bid is responsive, and the export says why the bids come in this order.
    let model = crate::scoring::RiskModel::embedded().unwrap();
    let c = super::comparison::compare(&cat, &model, Lang::Fr, &bids, today);
    let responsive = c.lines.iter().find(|l| l.label.starts_with("Recevable")).unwrap();
    assert!(
        responsive.cells[1]
            .text
            .starts_with("Soumission non recevable\u{a0}: Fictional Supplies Ltd. figure sur la liste")
    );
    assert_eq!(responsive.cells[3].text, "Oui");
    let heading = super::comparison::ExportHeading { solicitation: "W-1", date: today };
    let rows = super::comparison::rows(
        &cat,
        Lang::En,
        &super::comparison::compare(&cat, &model, Lang::En, &bids, today),
        &heading,
    );
    let order = rows.get(3).unwrap();
    assert!(matches!(order.first(), Some(super::export::ExportCell::Text(t)) if t == "Order of the bids"), "{order:?}");
    // A finding whose period has ended says so, in both languages, wherever it is shown.
    let ended = with(20.0, Some(yesterday));
    let f = ended.findings.iter().find(|f| f.code() == FindingCode::IneligibleSupplier).unwrap();
    let en = super::explain::finding_label(&cat, Lang::En, f, today);
    assert!(en.contains("was on PSPC's list") && en.contains("the period ended on November 29, 2026"), "{en}");
    let fr = super::explain::finding_label(&cat, Lang::Fr, f, today);
    assert!(fr.contains("figurait sur la liste") && fr.contains("la période a pris fin le 29 novembre 2026"), "{fr}");
    assert!(super::explain::ineligibility_words(&cat, &ended, Lang::En, today).is_none());
    // Read before its period starts, it is worded as to come, never as ended.
    let early = day("2024-12-31");
    let en = super::explain::finding_label(&cat, Lang::En, f, early);
    assert!(en.contains("is on PSPC's list") && en.contains("will be ineligible from that day"), "{en}");
    assert!(en.contains("the period starts on January 1, 2025") && !en.contains("period ended"), "{en}");
    let fr = super::explain::finding_label(&cat, Lang::Fr, f, early);
    assert!(fr.contains("la période commence le 1er janvier 2025") && fr.contains("sera inadmissible"), "{fr}");
    assert!(!fr.contains("pris fin"), "{fr}");
    // A finding stored with its words (before findings were codes) is shown with them.
    let old: Finding = serde_json::from_value(serde_json::json!({"code": "ineligible_supplier", "severity": "high",
        "message": "X is on PSPC's list", "message_en": "X is on PSPC's list", "message_fr": "X figure sur la liste",
        "location": null}))
    .unwrap();
    assert_eq!(super::explain::finding_label(&cat, Lang::Fr, &old, today), "X figure sur la liste");
    let mut stored = base.clone();
    stored.findings = vec![old];
    assert_eq!(
        super::explain::ineligibility_words(&cat, &stored, Lang::En, today).as_deref(),
        Some("X is on PSPC's list")
    );
    assert!(super::explain::ineligibility_words(&cat, &ended, Lang::En, yesterday).is_some());
}

/// A filter form of the list of declarations, one value chosen in each list.
fn list_controls(pager: Pager) -> ListControls {
    let chosen = |value: &str, label: &str| {
        vec![
            Choice { value: String::new(), label: "Any".into(), selected: false },
            Choice { value: value.into(), label: label.into(), selected: true },
        ]
    };
    ListControls {
        q: "Cordages <Nord>".into(),
        solicitation: "W1".into(),
        fy: "2026".into(),
        from: "2026-04-01".into(),
        to: String::new(),
        include_superseded: true,
        categories: chosen("clothing", "Clothing"),
        countries: chosen("CN", "China"),
        bands: chosen("high", "High"),
        child_bands: chosen("low", "Low"),
        sorts: chosen("risk", "Risk"),
        hidden: vec![Hidden { name: "per_page", value: "4".into() }],
        filtered: true,
        pager,
    }
}

/// Markup inside a catalogue message is escaped where the message is written, so a person reads it as it is
/// (`` `chainon audit verify` ``, `&lt;code&gt;`): no message of either language holds any; code goes in as an
/// argument of `t_code`, which writes it within `<code>`. A place the file does not have (the service busy with other
/// uploads) is no place: nothing stands in the place column, not the name of the form's part.
#[test]
fn code_in_a_message_is_shown_as_code_never_as_markup_and_no_message_holds_markup() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("templates/locales");
    let mut markup = Vec::new();
    for lang in ["en", "fr"] {
        for entry in std::fs::read_dir(dir.join(lang)).unwrap() {
            let path = entry.unwrap().path();
            // The command line's help is printed on a terminal only, never into a page, and says code as its
            // English doc comments do (`chainon.toml`, `<version>`): `cli::help` checks it against them.
            if path.file_name().is_some_and(|n| n == "cli-help.ftl") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for (i, line) in text.lines().enumerate().filter(|(_, l)| !l.trim_start().starts_with('#')) {
                let shown = line.split_once(" = ").map_or(line, |(_, m)| m);
                if ["`", "<", "&lt;", "&amp;", "**"].iter().any(|m| shown.contains(m)) {
                    markup.push(format!("{}:{}: {line}", path.display(), i + 1));
                }
            }
        }
    }
    assert!(markup.is_empty(), "markup in messages:\n{}", markup.join("\n"));

    let r = Renderer::new().unwrap();
    for lang in [Lang::En, Lang::Fr] {
        let pages = super::admin::render_samples(&r, lang);
        for (name, html) in pages.iter().filter(|(n, _)| *n == "pages/accounts" || *n == "pages/account") {
            assert!(html.contains("<code>/password-reset</code>"), "{name} ({lang}): {html}");
            let line = html.lines().find(|l| l.contains("/password-reset</code>")).unwrap();
            let words = if lang == Lang::En { "on the page <code>" } else { "sur la page <code>" };
            assert!(line.contains(words) && line.contains("</code>.</p>"), "{name} ({lang}): {line}");
        }
        let dossier = r
            .hbs
            .render_template(
                "{{t_code \"dossier.audit_lead\" command=\"a <b> & 'c'\"}}",
                &serde_json::json!({ "lang": lang }),
            )
            .unwrap();
        assert!(
            dossier.contains("<code>a &lt;b&gt; &amp; &#x27;c&#x27;</code>") && !dossier.contains('`'),
            "{lang}: {dossier}"
        );
        assert!(
            dossier.starts_with(if lang == Lang::En { "Each entry" } else { "L&#x27;empreinte" }),
            "{lang}: {dossier}"
        );
        // The upload page with a problem in no place: the cell of its place is empty, with no code in it.
        let busy = Issue::error(String::new(), None, "The service is busy", "Le service est occupé");
        let upload = UploadView {
            title: "t".into(),
            file_name: String::new(),
            errors: issue_rows(lang, std::slice::from_ref(&busy)),
            warnings: Vec::new(),
            max_mib: 64,
            csrf: "tok".into(),
        };
        let html = r.render("pages/upload", lang, "/", &upload).unwrap();
        assert!(!html.contains("<code></code>") && !html.contains("<code>file</code>"), "{lang}: {html}");
        assert!(html.contains("</td><td></td><td></td><td>"), "{lang}: {html}");
    }
}

/// A confirmed screening hit says its list by the name the service gives it the day it is read, whenever it was
/// stored: with the list's code, with the names stored in 2026 before the code (the French ones since renamed), or
/// as a sentence stored before factors were codes.
#[test]
fn a_stored_screening_factor_says_its_list_as_it_is_named_today_in_both_languages() {
    use crate::domain::Factor;
    use crate::reports::explain::{NoSites, factor_label};
    let cat = Catalog::embedded().unwrap();
    let source = serde_json::json!({"dataset": "cbp_wro", "edition": "2026-11-02 v1",
        "entry": "Lumen Silicon Materials Co. (cbp_wro:lumen silicon materials)"});
    let coded = serde_json::json!({"code": "screening_hit", "list_en": "Withhold Release Orders and Findings (US CBP)",
        "list_fr": "Ordonnances de retenue et constatations (CBP des États-Unis)", "entry": "Lumen Silicon Materials Co.",
        "section": "WRO", "effective": "2026-01-15", "detail": "", "source": source, "weight": 1.0, "contribution": 40.0});
    let sentence = serde_json::json!({"code": "screening_hit",
        "label_en": "Confirmed on the Withhold Release Orders and Findings (US CBP): Lumen Silicon Materials Co., WRO, 2026-01-15 — forced-labour risk critical",
        "label_fr": "Confirmé sur la Ordonnances de retenue et constatations (CBP des États-Unis) : Lumen Silicon Materials Co., WRO, 2026-01-15 — risque de travail forcé critique",
        "source": {"dataset": "cbp_wro", "edition": "2026-11-02 v1", "row": "Lumen Silicon Materials Co. (cbp_wro:lumen silicon materials)"},
        "weight": 1.0, "contribution": 40.0});
    let (en, fr) = ListKind::CbpWro.names();
    let made = crate::screening::effect::screening_factor(
        &crate::screening::effect::ConfirmedHit {
            list: ListKind::CbpWro,
            edition: "2026-11-02 v1".into(),
            entry: crate::screening::Entry {
                section: Some("WRO".into()),
                effective: chrono::NaiveDate::from_ymd_opt(2026, 1, 15),
                ..crate::screening::Entry::named("cbp_wro:lumen silicon materials", "Lumen Silicon Materials Co.", 2)
            },
            site_ref: None,
        },
        60.0,
    );
    let json = serde_json::to_value(&made).unwrap();
    assert_eq!(json["list"], "cbp_wro", "{json}");
    assert!(json.get("list_en").is_none() && json.get("list_fr").is_none(), "no words stored: {json}");
    for stored in [coded.clone(), sentence, json] {
        let f: Factor = serde_json::from_value(stored.clone()).unwrap();
        assert!(f.reason().is_some() && f.label_fr.is_none(), "read as a code and its parameters: {f:?}");
        let (said_en, said_fr) =
            (factor_label(&cat, Lang::En, &f, &NoSites), factor_label(&cat, Lang::Fr, &f, &NoSites));
        assert!(said_en.contains(en) && said_en.contains("Lumen Silicon Materials Co."), "{said_en}");
        assert!(said_fr.contains(fr) && !said_fr.contains("Confirmé sur la Ordonnances"), "{said_fr}");
        assert!(!said_fr.contains("2026-01-15"), "the day in words: {said_fr}");
    }
    // A factor stored with the names and the same one made today are one factor: an assessment stored before is not
    // stored anew when the same confirmed hits are applied to it again.
    let old: Factor = serde_json::from_value(coded).unwrap();
    assert_eq!(old, made);
}

/// The model's edition, which `model.toml` writes in English (`Chaînon model 2022.1`), is said in the reader's
/// language in a factor's source, for any version; other editions (a dataset's title, a list's day) as before.
#[test]
fn the_models_own_edition_is_named_in_the_readers_language() {
    use crate::domain::SourceRef;
    let cat = Catalog::embedded().unwrap();
    let source = |edition: &str| SourceRef {
        dataset: "model.toml".into(),
        edition: edition.into(),
        edition_fr: None,
        line: None,
        entry: Some("mitigation".into()),
        row: None,
    };
    for version in ["2022.1", "2019.1", "2031.4"] {
        let s = source(&format!("Chaînon model {version}"));
        let fr = super::explain::source_line(&cat, Lang::Fr, &s);
        assert!(fr.contains(&format!("modèle Chaînon {version}")) && !fr.contains("Chaînon model"), "{fr}");
        assert!(super::explain::source_line(&cat, Lang::En, &s).contains(&format!("Chaînon model {version}")));
    }
    // Another source's English title is never French text: its French title, or the catalogues' one.
    let ilab = SourceRef { dataset: "ilab_goods.csv".into(), ..source("ILAB List of Goods 2022") };
    let ilab = super::explain::source_line(&cat, Lang::Fr, &ilab);
    assert!(ilab.contains("de l'ILAB, 2022") && !ilab.contains("ILAB List of Goods"), "{ilab}");
    // Every factor of the samples, in French: no English edition of the model.
    for (_, a) in sample() {
        for f in a.scores().flat_map(|s| &s.factors) {
            if let Some(s) = &f.source {
                let fr = super::explain::source_line(&cat, Lang::Fr, s);
                assert!(!fr.contains("Chaînon model"), "{fr}");
            }
        }
    }
}

/// A confirmed hit's factor names its edition as every page names it (`edition 3 (#17)`), in the reader's language;
/// an assessment stored before, naming it by label and number (`2026-11-14 v3`), keeps its words.
#[test]
fn a_screening_factor_names_its_edition_as_the_pages_do_in_both_languages() {
    use crate::screening::effect::{ConfirmedHit, edition_ref, parse_edition_ref, screening_factor};
    let cat = Catalog::embedded().unwrap();
    let hit = ConfirmedHit {
        list: crate::screening::ListKind::Uflpa,
        edition: edition_ref(3, 17),
        entry: crate::screening::Entry::named("k", "Heron Mills", 2),
        site_ref: None,
    };
    let factor = screening_factor(&hit, 40.0);
    let source = factor.source.as_ref().unwrap();
    assert_eq!(source.edition.to_string(), "edition 3 (#17)");
    assert_eq!(parse_edition_ref("edition 3 (#17)"), Some((3, 17)));
    assert_eq!(parse_edition_ref("2026-11-14 v3"), None);
    let en = super::explain::source_line(&cat, Lang::En, source);
    let fr = super::explain::source_line(&cat, Lang::Fr, source);
    assert!(en.contains(" · edition 3 (#17) · "), "{en}");
    assert!(fr.contains(" · édition 3 (#17) · ") && !fr.contains(" edition "), "{fr}");
    let old = crate::domain::SourceRef { edition: "2026-11-14 v3".into(), ..source.clone() };
    let old = super::explain::source_line(&cat, Lang::En, &old);
    assert!(old.contains(" · November 14, 2026 v3 · "), "{old}");
}

/// The audit page names a record by its reference and supplier and links to its page; a declaration it cannot name
/// (removed, or not read) by its kind and number in words; a case, a contract, an account by kind and number; a
/// subject of another form as recorded, without a link. A fact naming a declaration or its assessment says it too.
#[test]
fn an_audit_entry_names_its_records_in_words_with_their_pages() {
    let cat = Catalog::embedded().unwrap();
    let model = crate::scoring::RiskModel::embedded().unwrap();
    let known = |id: i64| (id == 15).then(|| "CHN-2026-000015 — Vêtements Mistral S.E.N.C.".to_string());
    let none = std::collections::HashMap::new();
    let subject = |lang, s: &str| super::admin::audit_subject(&cat, lang, s, &known, &none);
    assert_eq!(
        subject(Lang::Fr, "declaration/15"),
        ("CHN-2026-000015 — Vêtements Mistral S.E.N.C.".to_string(), "/declarations/15?lang=fr".to_string())
    );
    assert_eq!(subject(Lang::En, "declaration/16"), ("Declaration 16".to_string(), "/declarations/16?lang=en".into()));
    assert_eq!(subject(Lang::Fr, "case/2"), ("Dossier 2".to_string(), "/cases/2?lang=fr".to_string()));
    assert_eq!(subject(Lang::En, "contract/7").1, "/contracts/7?lang=en");
    assert_eq!(subject(Lang::En, "screening/uflpa"), ("screening/uflpa".to_string(), String::new()));
    // The records other than declarations are named by what they are about, in each language.
    use crate::storage::SubjectRecord as R;
    let records: std::collections::HashMap<String, R> = [
        (
            "case/2",
            R::Case {
                title: "Forced labour at the Dhaka mill".into(),
                contract_number: "W0113-26-0042".into(),
                business_number: "842310575".into(),
                supplier: Some("Vêtements Mistral S.E.N.C.".into()),
            },
        ),
        (
            "contract/7",
            R::Contract { number: "W0113-26-0042".into(), business_number: "123456782".into(), supplier: None },
        ),
        ("account/3", R::Account { display_name: "Sam Officer".into(), email: "sam@example.ca".into() }),
        (
            "screening_edition/4",
            R::Edition { list: "uflpa".into(), version: 2, published_on: "2026-11-01".parse().unwrap() },
        ),
        (
            "screening_decision/5",
            R::HitDecision {
                list: "watchlist".into(),
                party_name: "Maple Mill".into(),
                entry_name: "Maple Mills Ltd".into(),
                entry_key: "watchlist:maple-mills-ltd".into(),
                confirmed: true,
            },
        ),
        (
            "screening_decision/8",
            R::HitDecision {
                list: "cbp_wro".into(),
                party_name: "Maple Mill".into(),
                entry_name: "Cotton (CN)".into(),
                entry_key: "wro:CN:region:cotton".into(),
                confirmed: false,
            },
        ),
        (
            "request/6",
            R::Request {
                subject: "Audit report".into(),
                solicitation_number: "W0113-260001/A".into(),
                business_number: "842310575".into(),
                supplier: Some("Vêtements Mistral S.E.N.C.".into()),
            },
        ),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v))
    .collect();
    let named = |lang, s: &str| super::admin::audit_subject(&cat, lang, s, &known, &records);
    let cases: &[(&str, &str, &str, &str)] = &[
        (
            "case/2",
            "Case 2 — Vêtements Mistral S.E.N.C.: Forced labour at the Dhaka mill (contract W0113-26-0042)",
            "Dossier 2 — Vêtements Mistral S.E.N.C. : Forced labour at the Dhaka mill (contrat W0113-26-0042)",
            "/cases/2?lang=",
        ),
        (
            "contract/7",
            "Contract W0113-26-0042 — business number 123456782",
            "Contrat W0113-26-0042 — numéro d'entreprise 123456782",
            "/contracts/7?lang=",
        ),
        (
            "account/3",
            "Account of Sam Officer (sam@example.ca)",
            "Compte de Sam Officer (sam@example.ca)",
            "/accounts/3?lang=",
        ),
        (
            "screening_edition/4",
            "UFLPA Entity List (US DHS), edition 2 of November 1, 2026",
            "Liste d'entités UFLPA (DHS des États-Unis), édition 2 du 1er novembre 2026",
            "/screening/editions/4?lang=",
        ),
        (
            "screening_decision/5",
            "Hit of Maple Mill on “Maple Mills Ltd” (Department watch list)",
            "Correspondance de Maple Mill avec « Maple Mills Ltd » (Liste de surveillance du ministère)",
            "",
        ),
        (
            "screening_decision/8",
            "Hit of Maple Mill on an entry of Withhold Release Orders and Findings (US CBP): Order on “Cotton” goods \
             (country: China; no firm named)",
            "Correspondance de Maple Mill avec une inscription de la Liste des ordonnances de retenue et constatations \
             (CBP des États-Unis) : Ordonnance sur les biens « Cotton » (pays : Chine ; aucune entreprise nommée)",
            "",
        ),
        (
            "request/6",
            "Request for information 6 to Vêtements Mistral S.E.N.C. on W0113-260001/A: Audit report",
            "Demande de renseignements 6 à Vêtements Mistral S.E.N.C. sur W0113-260001/A : Audit report",
            "/requests/6?lang=",
        ),
        (
            "solicitation/W0113-260001/A",
            "Solicitation W0113-260001/A",
            "Demande de soumissions W0113-260001/A",
            "/solicitations/W0113-260001/A?lang=",
        ),
        ("site_match/9", "Facility match decision 9", "Décision de rapprochement d'installations 9", ""),
    ];
    for (s, en, fr, href) in cases {
        for (lang, said) in [(Lang::En, en), (Lang::Fr, fr)] {
            let (words, link) = named(lang, s);
            assert_eq!(words.replace(['\u{a0}', '\u{202f}'], " "), *said, "{s} ({lang})");
            let expected = if href.is_empty() { String::new() } else { format!("{href}{lang}") };
            assert_eq!(link, expected, "{s} ({lang})");
        }
    }
    // A record gone is said by its kind and number.
    assert_eq!(subject(Lang::Fr, "screening_edition/40").0, "Édition de liste 40");
    assert_eq!(subject(Lang::En, "request/60").0, "Request for information 60");
    let payload = serde_json::json!({"assessment_id": 15, "declaration_id": 15, "supersedes": 3});
    let records = |key: &str, id: i64| match key {
        "assessment_id" => known(15),
        _ => known(id),
    };
    let facts = super::admin::audit_facts_named(&cat, Lang::Fr, &model, &payload, &records);
    let value = |label: &str| facts.iter().find(|f| f.label == label).map(|f| f.value.clone());
    // A hit's entry is said as pages show it: an order naming no firm in its frame, any other name as listed.
    for (name, key, en, fr) in [
        (
            "Cotton (CN)",
            "wro:CN:region:cotton",
            "Order on “Cotton” goods (country: China; no firm named)",
            "Ordonnance sur les biens « Cotton » (pays : Chine ; aucune entreprise nommée)",
        ),
        ("Maple Mills Ltd", "watchlist:maple-mills-ltd", "Maple Mills Ltd", "Maple Mills Ltd"),
    ] {
        let hit =
            serde_json::json!({"entry_key": key, "entry_name": name, "hits": [{"entry_key": key, "entry_name": name}]});
        for (lang, said) in [(Lang::En, en), (Lang::Fr, fr)] {
            let facts = super::admin::audit_facts(&cat, lang, &model, &hit);
            let entry = lang.pick("Entry", "Entrée");
            let names: Vec<String> = facts
                .iter()
                .filter(|f| f.label.ends_with(entry))
                .map(|f| f.value.replace(['\u{a0}', '\u{202f}'], " "))
                .collect();
            assert_eq!(names, [said, said], "{name} ({lang}): {facts:?}");
        }
    }
    assert_eq!(value("Évaluation").as_deref(), Some("CHN-2026-000015 — Vêtements Mistral S.E.N.C."));
    assert_eq!(value("Déclaration").as_deref(), Some("CHN-2026-000015 — Vêtements Mistral S.E.N.C."));
    // A record it cannot name keeps its number.
    assert!(facts.iter().any(|f| f.value == "3"), "{facts:?}");
    // The moment of an entry in words, to the minute.
    let at = super::admin::audit_moment(&cat, Lang::Fr, "2026-11-30T13:54:51.324677Z");
    assert_eq!(at, super::dates::date_time(&cat, Lang::Fr, "2026-11-30T13:54:00Z".parse().unwrap()));
    assert!(!at.contains("2026-11-30"), "{at}");
}

/// A page is the content of `<main>`; the renderer sets it in the layout. A page that named the layout itself would
/// be rendered inside a partial block, whose context handlebars copies whole and again at every value read below it.
#[test]
fn no_page_names_the_layout_itself() {
    let pages: Vec<String> = Templates::iter().filter(|n| n.starts_with(PAGES)).map(|n| n.to_string()).collect();
    assert!(pages.len() > 20, "{pages:?}");
    for name in pages {
        let source = Templates::get(&name).unwrap();
        let source = std::str::from_utf8(&source.data).unwrap();
        assert!(!source.contains(LAYOUT) && !source.contains("@partial-block"), "{name} names the layout");
    }
}

/// The French declaration page of a chain with sites in the Democratic Republic of the Congo (cobalt ore mined there,
/// a battery input ILAB lists) names every country in French: no English name of any country appears, not ISO's
/// (`Congo, The Democratic Republic of the`) nor ILAB's.
#[test]
fn the_french_declaration_page_names_every_country_in_french() {
    use super::declaration_page::DeclarationPage;
    use crate::domain::CountryCode;
    let r = Renderer::new().unwrap();
    let model = crate::scoring::RiskModel::embedded().unwrap();
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/supplier_data/demo/polar-workwear-w0113.json");
    let mut json: serde_json::Value = serde_json::from_slice(&std::fs::read(path).unwrap()).unwrap();
    let sites = json["places_of_work"].as_array_mut().unwrap();
    sites.push(serde_json::json!({
        "site_id": "CD-MINE", "site_name": "Mine de Kolwezi", "role": "raw_material", "goods": "cobalt ore",
        "address": "Route de Likasi", "city": "Kolwezi", "country": "CD", "supplies_to": ["CD-BAT"], "workers": 800
    }));
    sites.push(serde_json::json!({
        "site_id": "CD-BAT", "site_name": "Batteries du Katanga", "role": "manufacturing",
        "goods": "lithium-ion batteries", "address": "Avenue Kasaï", "city": "Lubumbashi", "country": "CD",
        "supplies_to": ["WPG"], "inputs": ["cobalt"], "workers": 120
    }));
    let bytes = serde_json::to_vec(&json).unwrap();
    let parsed = crate::import::read_declaration("d.json", &bytes, &crate::import::Limits::default()).unwrap();
    let d = parsed.declaration;
    let a = model.assess(&d);
    let meta = DeclarationMeta {
        id: 1,
        file_name: "d.json".into(),
        sha256: "00".into(),
        received_at: "now".into(),
        superseded_by: None,
        warnings: Vec::new(),
    };
    let href = |s: &SiteSelection| format!("/declarations/1?sites_page={}", s.page);
    let sel = SiteSelection::default();
    let (decl, chain) = declaration_page(r.catalog(), &model, Lang::Fr, &d, &a, Some(meta), &sel, &href);
    let page = DeclarationPage { title: "t".into(), decl, chain, screening: Vec::new() };
    let html = r.render("pages/declaration", Lang::Fr, "/", &page).unwrap();
    assert!(html.contains("République démocratique du Congo"), "the French name is shown");
    let english: Vec<&str> = CountryCode::all()
        .flat_map(|c| [c.name_en(), &*c.in_sentence(Lang::En, crate::domain::InSentence::Named).leak()])
        .filter(|n| n.len() > 4 && n.contains(' '))
        .filter(|n| CountryCode::all().all(|c| c.name_fr() != *n))
        .filter(|n| html.contains(*n))
        .collect();
    assert!(english.is_empty(), "English country names on the French page: {english:?}");
    for ilab in ["Congo, Democratic Republic of the", "Democratic Republic of the Congo", "Congo, The Democratic"] {
        assert!(!html.contains(ilab), "{ilab}");
    }
}

/// The declaration page of a 5,000-site chain holds one page of sites and their reasons, at the first, a middle and
/// the last page: it is the size of a short chain's page, the tier summaries and the list of countries aside.
#[test]
fn the_page_of_a_5000_site_declaration_holds_only_the_sites_of_the_page_asked() {
    use super::declaration_page::DeclarationPage;
    let r = Renderer::new().unwrap();
    let model = crate::scoring::RiskModel::embedded().unwrap();
    let render = |sites: usize, sel: &SiteSelection| -> String {
        let d = crate::synth::declaration(sites, 7);
        let a = model.assess(&d);
        let meta = DeclarationMeta {
            id: 1,
            file_name: "long.json".into(),
            sha256: "00".into(),
            received_at: "now".into(),
            superseded_by: None,
            warnings: Vec::new(),
        };
        let href = |s: &SiteSelection| format!("/declarations/1?sites_page={}", s.page);
        let (decl, chain) = declaration_page(r.catalog(), &model, Lang::En, &d, &a, Some(meta), sel, &href);
        let page = DeclarationPage { title: "t".into(), decl, chain, screening: Vec::new() };
        r.render("pages/declaration", Lang::En, "/", &page).unwrap()
    };
    let rows = |html: &str| html.matches("<th scope=\"row\"><span class=\"site-name\">").count();
    let short = render(60, &SiteSelection::default());
    assert_eq!(rows(&short), 25);
    for (page, expected) in [(1, 25), (50, 25), (200, 25)] {
        let html = render(5_000, &SiteSelection { page, ..SiteSelection::default() });
        eprintln!("5,000-site declaration page {page}: {} bytes (60 sites: {})", html.len(), short.len());
        assert_eq!(rows(&html), expected, "page {page}");
        assert!(html.len() < short.len() * 3 / 2, "page {page}: {} bytes against {}", html.len(), short.len());
        assert!(html.len() < 300 * 1024, "page {page}: {} bytes", html.len());
    }
    // Past the last page: no sites, which page is the last, and links to it and to the first; no page either side.
    let past = render(5_000, &SiteSelection { page: 201, ..SiteSelection::default() });
    assert_eq!(rows(&past), 0);
    assert!(past.contains("This page is past the last one: the 5,000 sites selected end on page 200."), "{past}");
    assert!(past.contains("sites_page&#x3D;200\">Go to the last page (200)</a>"), "{past}");
    assert!(past.contains("sites_page&#x3D;1\">Go to the first page</a>"), "{past}");
    assert!(!past.contains("rel=\"next\"") && !past.contains("rel=\"prev\""), "{past}");
}

/// Every country said inside a sentence, in both languages: its name with the article or preposition the sentence
/// needs comes from the country table's data (`à Taïwan`, `aux États-Unis`, `au Canada`, `en Chine`, `in the United
/// States`), for every ISO code — no part left empty, no English name in French, no French name in English.
#[test]
fn every_country_is_said_in_a_sentence_with_its_article_in_both_languages() {
    use crate::domain::{CountryCode, InSentence, Reason, RiskKind, WorldBecause};
    use crate::reports::explain::{NoSites, reason_label};
    use crate::scoring::probe::empty_part;
    let cat = Catalog::embedded().unwrap();
    let reasons = |c: CountryCode| {
        vec![
            Reason::ListedGood { kind: RiskKind::ForcedLabour, good: "Cotton".into(), country: c },
            Reason::WorldPrevalence {
                country: c,
                because: WorldBecause::NotAssessed,
                ilo_region: None,
                prevalence: 3.5,
                per: None,
            },
            Reason::WorldPrevalence {
                country: c,
                because: WorldBecause::NoRegion,
                ilo_region: None,
                prevalence: 3.5,
                per: None,
            },
            Reason::UnassessedLevel { country: c, level: None },
            Reason::RegionalEstimate { country: c, in_ilab: true, region: None, share: 0.062 },
            Reason::RegionalEstimate { country: c, in_ilab: false, region: None, share: 0.062 },
            Reason::IncomeEstimate { country: c, in_ilab: true, group: "High income".into(), share: 0.015 },
            Reason::IncomeEstimate { country: c, in_ilab: false, group: "High income".into(), share: 0.015 },
            Reason::LocalInput {
                kind: RiskKind::ChildLabour,
                good: "Cotton".into(),
                country: c,
                declared: true,
                supplied: false,
            },
            Reason::UnreadGoods {
                goods: "garden gnomes".into(),
                made_of: None,
                country: Some(c),
                kind: Some(RiskKind::ForcedLabour),
                listings: Some(0),
            },
            Reason::UnreadGoods {
                goods: "garden gnomes".into(),
                made_of: None,
                country: Some(c),
                kind: Some(RiskKind::ChildLabour),
                listings: Some(22),
            },
        ]
    };
    let mut faults = Vec::new();
    let mut countries = 0;
    for c in CountryCode::all() {
        countries += 1;
        for how in [InSentence::Named, InSentence::In, InSentence::From] {
            for lang in [Lang::En, Lang::Fr] {
                if c.in_sentence(lang, how).trim().is_empty() {
                    faults.push(format!("{c}: no {how:?} form in {lang:?}"));
                }
            }
        }
        let (en_name, fr_name) = (c.name_en(), c.name_fr());
        let en_forms = [en_name.to_string(), c.in_sentence(Lang::En, InSentence::Named)];
        for r in reasons(c) {
            let en = reason_label(&cat, Lang::En, &r, &NoSites);
            let fr = reason_label(&cat, Lang::Fr, &r, &NoSites);
            for (lang, label) in [("en", &en), ("fr", &fr)] {
                if let Some(why) = empty_part(label) {
                    faults.push(format!("{c} {}: {lang}: {why:?}: {label}", r.code()));
                }
            }
            // Words of the other language: a name differs between them (`Taiwan`, `Taïwan`) unless it is the same.
            for form in en_forms.iter().filter(|f| !fr_name.contains(f.as_str())) {
                if fr.contains(form.as_str()) {
                    faults.push(format!("{c} {}: English name “{form}” in French: {fr}", r.code()));
                }
            }
            if !en_name.contains(fr_name) && en.contains(fr_name) {
                faults.push(format!("{c} {}: French name “{fr_name}” in English: {en}", r.code()));
            }
            // A sentence says a country with its article or preposition, never a bare name after a word that needs one,
            // nor as the bare subject of a clause (`; États-Unis compte`, `; United States has`).
            let en_bare = [format!("; {en_name}"), format!("; the {en_name}")];
            if c.in_sentence(Lang::En, InSentence::Named) != en_name && en_bare.iter().any(|b| en.contains(b.as_str()))
            {
                faults.push(format!("{c} {}: a bare name after “;”: {en}", r.code()));
            }
            if !c.in_sentence(Lang::Fr, InSentence::Named).starts_with(fr_name)
                && (fr.contains(&format!("; {fr_name}")) || fr.contains(&format!("\u{202f}; {fr_name}")))
            {
                faults.push(format!("{c} {}: a bare name after “;”: {fr}", r.code()));
            }
            for bare in [format!("pour {fr_name}"), format!("dans {fr_name}"), format!(" s'applique {fr_name}")] {
                if fr.contains(&bare) && !c.in_sentence(Lang::Fr, InSentence::Named).starts_with(fr_name) {
                    faults.push(format!("{c} {}: “{bare}”: {fr}", r.code()));
                }
            }
        }
    }
    assert!(countries >= 249, "{countries}");
    assert!(faults.is_empty(), "{}", faults.join("\n"));
    // The forms the sentences take, for countries that need each kind.
    let income = |c: &str, lang| {
        let c = CountryCode::parse(c).unwrap();
        reason_label(
            &cat,
            lang,
            &Reason::IncomeEstimate { country: c, in_ilab: true, group: "High income".into(), share: 0.015 },
            &NoSites,
        )
    };
    for (code, fr, en) in [
        ("TW", "s'applique à Taïwan (", "applies in Taiwan ("),
        ("US", "s'applique aux États-Unis (", "applies in the United States ("),
        ("CA", "s'applique au Canada (", "applies in Canada ("),
        ("NL", "s'applique aux Pays-Bas (", "applies in the Netherlands ("),
        ("BB", "s'applique à la Barbade (", "applies in Barbados ("),
        ("IL", "s'applique en Israël (", "applies in Israel ("),
    ] {
        let (f, e) = (income(code, Lang::Fr), income(code, Lang::En));
        assert!(f.contains(fr) && !f.contains("pays du groupe"), "{f}");
        assert!(e.contains(en), "{e}");
    }
    let listed = |c: &str, lang| {
        let c = CountryCode::parse(c).unwrap();
        reason_label(
            &cat,
            lang,
            &Reason::ListedGood { kind: RiskKind::ForcedLabour, good: "Cotton".into(), country: c },
            &NoSites,
        )
    };
    assert!(listed("CN", Lang::Fr).contains("» de la Chine figure"), "{}", listed("CN", Lang::Fr));
    assert!(listed("US", Lang::En).contains("Cotton from the United States for"), "{}", listed("US", Lang::En));
    assert!(
        listed("CD", Lang::En).contains("from the Democratic Republic of the Congo for"),
        "{}",
        listed("CD", Lang::En)
    );
    assert!(listed("IN", Lang::Fr).contains("» de l'Inde figure"), "{}", listed("IN", Lang::Fr));
    // Goods the model cannot read follow their country's listings: the country said where the listings are, French
    // negation with « aucune », a no-break space before « ; ».
    let unread = |c: &str, n: u32, lang| {
        let c = CountryCode::parse(c).unwrap();
        let r = Reason::UnreadGoods {
            goods: "garden gnomes".into(),
            made_of: None,
            country: Some(c),
            kind: Some(RiskKind::ForcedLabour),
            listings: Some(n),
        };
        reason_label(&cat, lang, &r, &NoSites)
    };
    for (code, n, fr, en) in [
        (
            "US",
            0,
            "lire)\u{202f}; la liste de l'ILAB ne compte aucune inscription pour le travail forcé aux États-Unis, et la valeur de repli reste à sa base",
            "cannot read); the ILAB list has no listing for forced labour in the United States, and the fallback stays at its base",
        ),
        (
            "CD",
            4,
            "compte 4 inscriptions pour le travail forcé en République démocratique du Congo, et la valeur de repli suit cette preuve",
            "has 4 listings for forced labour in the Democratic Republic of the Congo, and",
        ),
        (
            "CN",
            22,
            "compte 22 inscriptions pour le travail forcé en Chine,",
            "has 22 listings for forced labour in China,",
        ),
        (
            "CA",
            1,
            "compte une inscription pour le travail forcé au Canada,",
            "has one listing for forced labour in Canada,",
        ),
        ("KP", 0, "ne compte aucune inscription pour le travail forcé en Corée du Nord,", "in North Korea,"),
    ] {
        let (f, e) = (unread(code, n, Lang::Fr), unread(code, n, Lang::En));
        assert!(f.contains(fr), "{f}");
        assert!(e.contains(en), "{e}");
    }
    // Goods whose material is read (2022.7: "steel bolts") say it, in both languages; the rest of the message stands.
    let r = Reason::UnreadGoods {
        goods: "bolts".into(),
        made_of: Some("steel".into()),
        country: Some(CountryCode::parse("CA").unwrap()),
        kind: Some(RiskKind::ForcedLabour),
        listings: Some(0),
    };
    let (f, e) = (reason_label(&cat, Lang::Fr, &r, &NoSites), reason_label(&cat, Lang::En, &r, &NoSites));
    assert!(e.starts_with("The goods \"bolts\", made of \"steel\", name no goods category or ILAB good"), "{e}");
    assert!(e.contains("read as an input of its own") && !e.contains("what they are made of is unknown"), "{e}");
    assert!(e.contains("and the fallback stays at its base"), "{e}");
    assert!(f.starts_with("Les biens «\u{a0}bolts\u{a0}», en «\u{a0}steel\u{a0}», ne désignent"), "{f}");
    assert!(f.contains("connaît\u{a0}: leur matière") && !f.contains("composition est inconnue"), "{f}");
    let plain = unread("CA", 0, Lang::En);
    assert!(plain.starts_with("The goods \"garden gnomes\" name no goods category, ILAB good or material"), "{plain}");
    let plain = unread("CA", 0, Lang::Fr);
    assert!(plain.starts_with("Les biens «\u{a0}garden gnomes\u{a0}» ne désignent aucune catégorie, aucun"), "{plain}");
    // A variant of a French message that begins with « ; » keeps its no-break space (Fluent trims a plain one).
    for (floored, presumption) in [(true, false), (false, true)] {
        let r =
            Reason::Mitigation { share: 0.3, practices: Vec::new(), floored, presumption, kept: None, withheld: None };
        let f = reason_label(&cat, Lang::Fr, &r, &NoSites);
        assert!(f.contains(")\u{202f}; maintenu"), "{f}");
    }
}

/// Every source of every shipped model is titled in the reader's language wherever a source is shown: in French,
/// the model's French title (2022.4 on, data of `model.toml`) or, for the models before it and the assessments they
/// stored, the catalogues' French title of the dataset — never the English title; in English, the title as written.
#[test]
fn every_source_of_every_model_is_titled_in_the_readers_language() {
    use crate::scoring::RiskModel;
    let cat = Catalog::embedded().unwrap();
    let english = [
        "ILAB List of Goods",
        "Findings on the Worst Forms",
        "Global Estimates",
        "World Bank country",
        "Chaînon model",
        "Child Labour 20",
    ];
    for version in crate::scoring::shipped_versions() {
        let model = RiskModel::shipped(&version).unwrap().unwrap();
        let keys: Vec<String> = model.sources_by_key().map(|(k, _)| k.to_string()).collect();
        assert!(keys.len() >= 4, "{version}: {keys:?}");
        for key in keys {
            let s = model.source_ref(&key, Some(2), None).unwrap();
            let fr = super::explain::source_line(&cat, Lang::Fr, &s);
            let en = super::explain::source_line(&cat, Lang::En, &s);
            assert!(english.iter().all(|e| !fr.contains(e)), "{version} {key}: {fr}");
            assert!(
                fr.contains("ligne 2") && super::explain::source_edition(&cat, Lang::Fr, &s).trim().len() > 5,
                "{fr}"
            );
            assert!(en.contains(if key == "model" { "Chaînon model" } else { &*s.edition }), "{version} {key}: {en}");
            // 2022.4 on: the French title is the model's data, and the JSON carries it beside the English one.
            if version.as_str() >= "2022.4" {
                let fr_title = s.edition_fr.clone().unwrap_or_else(|| panic!("{version} {key}: no French title"));
                assert!(fr.contains(&*fr_title) || key == "model", "{fr}");
                assert!(serde_json::to_string(&s).unwrap().contains("\"edition_fr\""));
            }
        }
    }
    // An assessment stored without a French title (before 2022.4) is said from the catalogues, year included.
    let old = crate::domain::SourceRef {
        dataset: "ilab_goods.csv".into(),
        edition: "ILAB List of Goods 2019".into(),
        edition_fr: None,
        line: Some(9),
        entry: None,
        row: None,
    };
    let fr = super::explain::source_edition(&cat, Lang::Fr, &old);
    assert!(
        fr.starts_with("Liste des biens produits par le travail des enfants ou le travail forcé")
            && fr.ends_with("2019"),
        "{fr}"
    );
}

/// A good the ILAB list names but no category of the model holds is shown by its own name, in the reader's language,
/// with the list it is on — never as "Unclassified goods"; goods nothing names still are unclassified.
#[test]
fn a_listed_good_without_a_category_is_shown_by_its_name_not_as_unclassified() {
    use crate::scoring::names::{NameKind, name};
    let cat = Catalog::embedded().unwrap();
    let model = crate::scoring::RiskModel::embedded().unwrap();
    let (mut d, _) = sample().into_iter().find(|(d, _)| d.places_of_work.len() >= 2).unwrap();
    for (p, goods) in d.places_of_work.iter_mut().zip(["tomato paste", "garden gnomes"]) {
        p.goods = goods.into();
        p.classification = None;
    }
    let (tomato, gnomes) = (d.places_of_work[0].site_id.to_string(), d.places_of_work[1].site_id.to_string());
    let a = model.assess(&d);
    for lang in [Lang::En, Lang::Fr] {
        let view = declaration_view(&cat, &model, lang, &d, &a, None);
        let sites: Vec<&SiteView> = view.tiers.iter().flat_map(|t| &t.sites).collect();
        let category = |id: &str| sites.iter().find(|s| s.site_id == id).unwrap().category.clone();
        let unclassified = cat.get(lang, "site.unclassified");
        let shown = category(&tomato);
        assert!(shown.contains(name(NameKind::Good, "Tomato Products", lang)), "{lang:?}: {shown}");
        assert!(shown.contains("ILAB") && shown != unclassified, "{lang:?}: {shown}");
        assert_eq!(category(&gnomes), unclassified, "{lang:?}");
    }
}

/// French elides « de » before a name that starts with a vowel, wherever a message puts « de » before a name
/// (`DE($name)`): a declaration's title, a facility's input, a follow-up, an answer, the audit's subjects.
#[test]
fn french_says_d_before_a_name_that_starts_with_a_vowel() {
    use fluent_bundle::FluentValue;
    let de = |s: &str| crate::reports::catalog::de(Some(&FluentValue::from(s)));
    for (name, said) in [
        ("Aksu Cotton Gin", "d'Aksu Cotton Gin"),
        ("Écotex", "d'Écotex"),
        ("uniformes Boréal", "d'uniformes Boréal"),
        ("EN578", "d'EN578"),
        ("Œuvres textiles", "d'Œuvres textiles"),
        ("Polar Workwear", "de Polar Workwear"),
        ("Hebei Gloves", "de Hebei Gloves"),
        ("Yantai Rope", "de Yantai Rope"),
        ("8 Mile Mill", "de 8 Mile Mill"),
    ] {
        assert_eq!(de(name), said);
    }
    let cat = Catalog::embedded().unwrap();
    let mut a = MessageArgs::new();
    a.set("supplier", "Arctic Furniture");
    assert_eq!(cat.format(Lang::Fr, "decl.title", &a), "Déclaration d'Arctic Furniture");
    assert_eq!(cat.format(Lang::En, "decl.title", &a), "Declaration of Arctic Furniture");
    a.set("supplier", "Uniformes Boréal").set("site", "Aksu Spinning Mill").set("tier", 2.0).set("id", 7.0);
    let fr = cat.format(Lang::Fr, "graph.reason_from_tier", &a);
    assert!(
        fr.starts_with("Un intrant d'Aksu Spinning Mill, au niveau 2 de la déclaration d'Uniformes Boréal"),
        "{fr}"
    );
    a.set("number", "W0113");
    assert!(cat.format(Lang::Fr, "follow.title", &a).starts_with("Suivi de la soumission d'Uniformes Boréal"));
    a.set("who", "agente@example.ca").set("when", "1 déc.");
    assert!(cat.format(Lang::Fr, "follow.answered", &a).starts_with("Réponse d'agente@example.ca"));
}

/// A count of zero is said in words, not as a figure: French writes « aucune déclaration », « aucune ajoutée », never
/// « 0 déclaration » or « 0 entrées ajoutées »; English “no sites”, “none added”. One and two keep their figures
/// and forms. Every counting message of the command line's summaries, the screening lists' differences and the
/// chain's tiers, rendered with every count at 0, 1 and 2.
#[test]
fn a_count_of_zero_is_said_in_words_in_both_languages() {
    let c = Catalog::embedded().unwrap();
    // Each message and its counts; texts are set to words without figures.
    /// A message's key, its counts, and its texts with their values.
    type Counting = (&'static str, &'static [&'static str], &'static [(&'static str, &'static str)]);
    let messages: &[Counting] = &[
        ("import.summary", &["count", "files", "stored", "duplicates", "refused"], &[]),
        ("import.counts", &["findings", "warnings"], &[]),
        ("model.diff_summary", &["count", "changed"], &[("old", "ancien"), ("new", "nouveau")]),
        ("model.problems", &["count"], &[("version", "courante")]),
        ("model.missing_data", &["count"], &[]),
        ("screening.cli_imported", &["entries", "added", "removed", "changed"], &[("name", "liste"), ("edition", "x")]),
        ("screening.cli_rescreened", &["declarations", "parties", "hits", "alerts", "new", "reopened"], &[]),
        ("screening.run_hits", &["added", "changed", "reopened", "remembered", "restated"], &[]),
        ("screening.run_closed", &["removed", "replaced"], &[]),
        ("screening.run_effects", &["applied", "lifted", "changed", "reassessed"], &[]),
        ("screening.import_diff", &["added", "removed", "changed"], &[("first", "no")]),
        ("screening.import_diff", &["added", "removed", "changed"], &[("first", "yes")]),
        ("screening.diff_counts", &["added", "removed", "changed"], &[]),
        ("screening.cli_entries", &["count"], &[]),
        ("screening.entries_link", &["count"], &[]),
        ("chain.tier_sites", &["count"], &[]),
        ("chain.tier_high", &["count"], &[]),
        ("chain.tier_critical", &["count"], &[]),
        ("assess_text.sites", &["count"], &[]),
        ("picture.caption", &["count"], &[]),
        ("case.overdue_count", &["count"], &[]),
    ];
    for &(key, counts, texts) in messages {
        for lang in [Lang::En, Lang::Fr] {
            for n in [0u32, 1, 2] {
                let mut args = MessageArgs::new();
                for k in counts {
                    args.set(k, f64::from(n));
                }
                for (k, v) in texts {
                    args.set(k, *v);
                }
                let said = c.format(lang, key, &args);
                let figures: String = said.chars().filter(char::is_ascii_digit).collect();
                if n == 0 {
                    assert!(figures.is_empty(), "{key} {lang:?} at 0 writes a figure: {said}");
                    if lang == Lang::Fr {
                        assert!(said.to_lowercase().contains("aucun"), "{key} at 0: {said}");
                    }
                } else {
                    // One may be said without its figure ("The edition's entry"); two never is.
                    assert!(figures.chars().all(|d| Some(d) == char::from_digit(n, 10)), "{key} {lang:?} {n}: {said}");
                    assert!(n == 1 || !figures.is_empty(), "{key} {lang:?} {n}: {said}");
                    assert!(
                        !said.to_lowercase().contains("aucun") && !said.contains("none "),
                        "{key} {lang:?} {n}: {said}"
                    );
                }
            }
        }
    }
    // The sentences of the brief, whole.
    let mut args = MessageArgs::new();
    for (k, v) in [("count", 2.0), ("files", 2.0), ("stored", 0.0), ("duplicates", 2.0), ("refused", 0.0)] {
        args.set(k, v);
    }
    assert_eq!(
        c.format(Lang::Fr, "import.summary", &args).replace('\u{a0}', " "),
        "2 déclarations dans 2 fichiers : aucune enregistrée, 2 déjà enregistrées, aucune refusée"
    );
    assert_eq!(
        c.format(Lang::En, "import.summary", &args),
        "2 declarations in 2 files: none stored, 2 already stored, none refused"
    );
    let mut args = MessageArgs::new();
    args.set("added", 0.0).set("removed", 1.0).set("changed", 2.0);
    assert_eq!(
        c.format(Lang::Fr, "screening.diff_counts", &args).replace('\u{a0}', " "),
        "Entrées : aucune ajoutée, 1 retirée, 2 modifiées."
    );
}

/// A confirmed listed entity is the first driver of the forced-labour score wherever the score is explained: the
/// first factor of the declaration's score (the declaration page and the JSON list them in order), the first of its
/// largest reasons (the text report), and the first words of the ranking's "what drives the scores", in English and
/// French. At each site of each demo declaration (sites a tier deeper than another at 100, and sites below the
/// highest, included) and on the supplier itself; as the service re-scores with the hit (the engine's pass) and as
/// a derived model's assessment is reconciled.
#[test]
fn a_confirmed_listed_entity_is_the_first_driver_of_the_forced_labour_score_in_both_languages() {
    use crate::screening::{Entry, ListKind, effect};
    let cat = Catalog::embedded().unwrap();
    let model = crate::scoring::RiskModel::embedded().unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 30).unwrap();
    let entry = Entry {
        section: Some("Entity List".into()),
        ..Entry::named("uflpa:gannet fictional polysilicon", "Gannet Fictional Polysilicon Co.", 1)
    };
    let mut tried = 0;
    for (d, _) in sample() {
        let places = d.places_of_work.iter().map(|p| Some(p.site_id.as_str().to_string())).chain([None]);
        for site_ref in places {
            let hit = effect::ConfirmedHit {
                list: ListKind::Uflpa,
                edition: "edition 1 (#1)".into(),
                entry: entry.clone(),
                site_ref: site_ref.clone(),
            };
            let mut listed = crate::scoring::Listed::default();
            if let Some(s) = &site_ref {
                listed.add(s, effect::screening_factor(&hit, 100.0));
            }
            let mut rescored = model.assess_listed(&d, &listed);
            effect::apply(&mut rescored, std::slice::from_ref(&hit), today);
            let mut reconciled = model.assess(&d);
            effect::reconcile(&mut reconciled, std::slice::from_ref(&hit), today);
            for a in [rescored, reconciled] {
                tried += 1;
                let sites = super::explain::SiteIndex::of(&a);
                let score = &a.overall.forced_labour;
                let largest = super::reasons::largest(score.factors.iter().filter(|f| super::reasons::raises(f)), 3);
                for lang in [Lang::En, Lang::Fr] {
                    let first = super::explain::factor_label(&cat, lang, &score.factors[0], &sites);
                    let codes: Vec<(&str, f64)> = score.factors.iter().map(|f| (f.code(), f.contribution)).collect();
                    assert!(first.contains(&entry.name), "{site_ref:?} {lang}: {first} {codes:?}");
                    let reason = super::explain::factor_label(&cat, lang, largest[0], &sites);
                    assert!(reason.contains(&entry.name), "{site_ref:?} {lang}: {reason}");
                    let ranked = super::comparison::rank(&cat, lang, &[(summary(1, "Listed"), Some(a.clone()))], today);
                    let why = &ranked[0].why_forced;
                    let lead = why.split(cat.get(lang, "list.separator")).next().unwrap();
                    assert!(lead.contains(&entry.name), "{site_ref:?} {lang}: {why}");
                    if let Some(s) = &site_ref {
                        assert!(lead.contains(s.as_str()), "the site it is confirmed at: {why}");
                    }
                }
            }
        }
    }
    assert!(tried > 10, "{tried}");
}

#[test]
fn every_confirmed_ineligibility_in_force_is_named_the_bidders_own_first() {
    use crate::domain::{Finding, FindingReason, Place, Severity, SiteId};
    let samples = sample();
    let day = |s: &str| s.parse::<chrono::NaiveDate>().unwrap();
    let on = day("2026-12-02");
    let finding = |entity: &str, from: &str, until: &str, site: Option<&str>| {
        Finding::new(
            FindingReason::IneligibleSupplier {
                entity: entity.into(),
                edition: "edition 2 (#5)".into(),
                key: Some(entity.to_lowercase()),
                from: Some(day(from)),
                until: Some(day(until)),
            },
            Severity::High,
            site.map(|s| Place::site(&SiteId::parse(s).unwrap())),
        )
    };
    let mut a = samples[0].1.clone();
    // Stored subcontractors first (as a re-screening may store them), the bidder's own last, one period ended.
    a.findings = vec![
        finding("Petrel Rigging Inc.", "2026-09-01", "2027-09-01", Some("S1")),
        finding("Fulmar Netting Co.", "2025-01-01", "2026-06-30", Some("S2")),
        finding("Albatross Hawsers Limited", "2024-03-01", "2034-03-01", None),
        finding("Puffin Splicing Ltd.", "2026-11-01", "2027-02-01", Some("S3")),
    ];
    assert_eq!(
        crate::screening::effect::ineligibility(&a, on).map(|f| f.location.is_none()),
        Some(true),
        "the bidder's own comes first"
    );
    let cat = Catalog::embedded().unwrap();
    for (lang, also, denial) in [
        (Lang::En, ". Also: ", "is not found ineligible"),
        (Lang::Fr, ". En outre\u{a0}: ", "n'est pas déclaré inadmissible"),
    ] {
        let words = super::explain::ineligibility_words(&cat, &a, lang, on).unwrap();
        assert!(words.starts_with("Albatross Hawsers Limited"), "{words}");
        let (petrel, puffin) = (words.find("Petrel Rigging").unwrap(), words.find("Puffin Splicing").unwrap());
        assert!(petrel < puffin && words.matches(also).count() == 2, "{words}");
        assert!(!words.contains("Fulmar"), "an ended period is not a ground: {words}");
        assert!(!words.contains(denial), "never says the bidder is not ineligible: {words}");
    }
    // With the bidder's own ended, the subcontractors alone, in the order stored.
    let mut subs_only = a.clone();
    subs_only.findings.retain(|f| f.location.is_some());
    let words = super::explain::ineligibility_words(&cat, &subs_only, Lang::En, on).unwrap();
    assert!(words.starts_with("Petrel Rigging Inc., matched to site S1"), "{words}");
}
