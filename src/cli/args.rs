//! Refusals of the command line in the reader's language: clap parses, and its errors are said from the catalogues
//! (`cli-*`) rather than in clap's English. The language is the one `--lang` asks for, when the command line names
//! one clap could read; otherwise every refusal is said in English, then in French.

use std::ffi::OsString;
use std::process::ExitCode;

use clap::error::{ContextKind, ContextValue, ErrorKind};

use chainon::domain::Lang;
use chainon::reports::{Catalog, MessageArgs};

/// The language a command line asks for with `--lang fr`, `--lang=fr` (or `en`), if it names a known one.
pub(crate) fn asked_lang(args: &[OsString]) -> Option<Lang> {
    let words: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    let named = words.iter().enumerate().find_map(|(i, w)| match w.strip_prefix("--lang") {
        Some("") => words.get(i + 1).copied(),
        Some(rest) => rest.strip_prefix('='),
        None => None,
    })?;
    match named {
        "en" => Some(Lang::En),
        "fr" => Some(Lang::Fr),
        _ => None,
    }
}

/// The languages a refusal is said in: the one asked for, or both, English first.
fn languages(asked: Option<Lang>) -> Vec<Lang> {
    asked.map_or_else(|| vec![Lang::En, Lang::Fr], |l| vec![l])
}

/// Prints a refusal (a catalogue message `key` with `args`) on standard error in the languages of `asked`, each
/// with the hint to `--help`; exit code 2, as clap's own refusals.
pub(crate) fn refuse(asked: Option<Lang>, key: &str, args: &MessageArgs) -> ExitCode {
    match Catalog::embedded() {
        Ok(cat) => {
            for lang in languages(asked) {
                eprintln!("{}", cat.format(lang, "cli.error", &message(&cat, lang, key, args)));
                eprintln!("{}", cat.get(lang, "cli.help_hint"));
            }
        }
        // The catalogues are built into the binary: this is a build fault, said in both languages.
        Err(e) => eprintln!("error / erreur\u{a0}: {e}"),
    }
    ExitCode::from(2)
}

/// How a command says a log event that names its catalogue message (`said`, [`chainon::telemetry::init_command`]):
/// `cli_log.warning` with the message, its variables the event's fields, in the language asked for, or in English
/// then French when none is; `None` for a key the catalogues lack (the event is then printed as logged).
pub(crate) fn speak(asked: Option<Lang>) -> chainon::telemetry::Speak {
    Box::new(move |key, fields| {
        let cat = Catalog::shared().filter(|c| c.has(key))?;
        let mut args = MessageArgs::new();
        for (name, value) in fields {
            args.set(name, value.clone());
        }
        let lines: Vec<String> = languages(asked)
            .into_iter()
            .map(|lang| cat.format(lang, "cli_log.warning", &message(cat, lang, key, &args)))
            .collect();
        Some(lines.join("\n"))
    })
}

fn message(cat: &Catalog, lang: Lang, key: &str, args: &MessageArgs) -> MessageArgs {
    let mut a = MessageArgs::new();
    a.set("message", cat.format(lang, key, args));
    a
}

/// A clap error said from the catalogues (`cli-args`), or help and version printed as clap prints them.
pub(crate) fn refuse_parse(e: &clap::Error, asked: Option<Lang>) -> ExitCode {
    let kind = match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => {
            let _ = e.print();
            return if e.use_stderr() { ExitCode::from(2) } else { ExitCode::SUCCESS };
        }
        ErrorKind::InvalidValue => "invalid_value",
        ErrorKind::UnknownArgument => "unknown_argument",
        ErrorKind::InvalidSubcommand => "invalid_subcommand",
        ErrorKind::NoEquals => "no_equals",
        ErrorKind::ValueValidation => "value_validation",
        ErrorKind::TooManyValues | ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => "number_of_values",
        ErrorKind::ArgumentConflict => "argument_conflict",
        ErrorKind::MissingRequiredArgument => "missing_argument",
        ErrorKind::MissingSubcommand => "missing_subcommand",
        ErrorKind::InvalidUtf8 => "invalid_utf8",
        _ => "other",
    };
    let text = |k: ContextKind| match e.get(k) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(ContextValue::StyledStr(s)) => s.to_string(),
        Some(ContextValue::StyledStrs(v)) => v.iter().map(ToString::to_string).collect::<Vec<_>>().join(", "),
        Some(ContextValue::Number(n)) => n.to_string(),
        _ => String::new(),
    };
    let mut a = MessageArgs::new();
    a.set("kind", kind);
    a.set("arg", text(ContextKind::InvalidArg));
    a.set("value", text(ContextKind::InvalidValue));
    a.set("valid", text(ContextKind::ValidValue));
    a.set("prior", text(ContextKind::PriorArg));
    let subcommand = text(ContextKind::InvalidSubcommand);
    a.set("subcommand", subcommand);
    let suggested = [ContextKind::SuggestedArg, ContextKind::SuggestedSubcommand, ContextKind::SuggestedValue]
        .into_iter()
        .map(text)
        .find(|s| !s.is_empty())
        .unwrap_or_default();
    a.set("has_valid", if text(ContextKind::ValidValue).is_empty() { "no" } else { "yes" });
    a.set("has_suggested", if suggested.is_empty() { "no" } else { "yes" });
    a.set("suggested", suggested);
    a.set("valid_subcommands", text(ContextKind::ValidSubcommand));
    refuse(asked, "cli.args", &a)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_log_event_naming_its_message_is_said_in_the_language_asked_for_or_both() {
        let fields = [("error".to_string(), "connection reset".to_string())];
        let fr = speak(Some(Lang::Fr))("cli_log.analyze_failed", &fields).unwrap();
        assert!(fr.starts_with("avertissement\u{a0}: les statistiques"), "{fr}");
        assert!(fr.ends_with("Cause\u{a0}: connection reset"), "{fr}");
        assert!(!fr.contains("ANALYZE failed"), "{fr}");
        let both = speak(None)("cli_log.analyze_failed", &fields).unwrap();
        let lines: Vec<&str> = both.lines().collect();
        assert_eq!(lines.len(), 2, "{both}");
        assert!(lines[0].starts_with("warning: ") && lines[1].starts_with("avertissement\u{a0}: "), "{both}");
        assert!(speak(Some(Lang::Fr))("cli_log.not_a_message", &fields).is_none());
    }

    /// Every log event of the code a command runs (storage, migrations, intake, the command line) that a person at
    /// the terminal sees names its message in both catalogues (`said`): none is printed in English only.
    #[test]
    fn every_warning_a_command_prints_names_a_message_of_both_catalogues() {
        let cat = Catalog::embedded().unwrap();
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = vec![root.join("pipeline.rs")];
        for dir in ["storage", "cli", "import"] {
            let mut stack = vec![root.join(dir)];
            while let Some(d) = stack.pop() {
                for entry in std::fs::read_dir(&d).unwrap() {
                    let p = entry.unwrap().path();
                    if p.is_dir() {
                        stack.push(p);
                    } else if p.extension().is_some_and(|e| e == "rs") {
                        files.push(p);
                    }
                }
            }
        }
        let mut faults = Vec::new();
        let mut said = 0;
        for f in &files {
            let text = std::fs::read_to_string(f).unwrap();
            // The code a command runs, not its tests (this one names the macros it looks for).
            let text = text.split("#[cfg(test)]\nmod tests").next().unwrap();
            // `serve` logs for the service's operators, in English.
            if f.ends_with("serve.rs") || f.to_string_lossy().contains("tests") {
                continue;
            }
            for (at, _) in text.match_indices("tracing::warn!(").chain(text.match_indices("tracing::error!(")) {
                let call: String = text.get(at..).unwrap_or_default().chars().take_while(|c| *c != ';').collect();
                match call.split("said = \"").nth(1).and_then(|r| r.split('"').next()) {
                    Some(key) if cat.has(key) => said += 1,
                    Some(key) => faults.push(format!("{}: {key} not in both catalogues", f.display())),
                    None => faults.push(format!("{}: English only: {call}", f.display())),
                }
            }
        }
        assert!(said >= 5, "{said}");
        assert!(faults.is_empty(), "{}", faults.join("\n"));
    }

    #[test]
    fn the_language_asked_for_is_read_from_either_spelling_and_an_unknown_one_asks_for_none() {
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(asked_lang(&args(&["chainon", "assess", "f", "--lang", "fr"])), Some(Lang::Fr));
        assert_eq!(asked_lang(&args(&["chainon", "assess", "f", "--lang=en"])), Some(Lang::En));
        assert_eq!(asked_lang(&args(&["chainon", "assess", "f", "--lang", "de"])), None);
        assert_eq!(asked_lang(&args(&["chainon", "assess", "f"])), None);
    }
}
