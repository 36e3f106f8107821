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
    fn the_language_asked_for_is_read_from_either_spelling_and_an_unknown_one_asks_for_none() {
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(asked_lang(&args(&["chainon", "assess", "f", "--lang", "fr"])), Some(Lang::Fr));
        assert_eq!(asked_lang(&args(&["chainon", "assess", "f", "--lang=en"])), Some(Lang::En));
        assert_eq!(asked_lang(&args(&["chainon", "assess", "f", "--lang", "de"])), None);
        assert_eq!(asked_lang(&args(&["chainon", "assess", "f"])), None);
    }
}
