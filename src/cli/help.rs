//! The help of the command line (`chainon --help`, `chainon model diff --help`, `chainon help …`) in the reader's
//! language. English is clap's, from the doc comments of `main.rs` and `cli/*.rs`; French replaces, in the built
//! command tree, each command's `about`/`long_about` and each argument's `help`/`long_help` by the catalogue's
//! (`templates/locales/fr/cli-help.ftl`, keys from the command path and the argument's id), and says clap's own
//! words in French from the same catalogue: the headings, `-h/--help`, `-V/--version`, the `help` command, and the
//! default, possible values and environment variable of an argument (clap's English brackets hidden, French ones
//! put after the text), each value name (`<FILE>` → `<FICHIER>`, `cli_help_value_name.*`) and each possible value's
//! description (`cli_help_value.*`, listed after the long help as clap lists them in English). An argument whose key
//! at its command's path is not in the catalogues takes the common one (`cli_help.common.arg.ID`): the database URL,
//! the same for every command.
//!
//! The language: `--lang fr` (or `en`) anywhere on the command line ([`super::args::asked_lang`]); without it the
//! locale, by the POSIX order: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set and not empty, French when
//! it starts with `fr` (`fr_CA.UTF-8`), English otherwise.

use std::ffi::OsString;

use clap::{Arg, ArgAction, Command};

use chainon::domain::Lang;
use chainon::reports::{Catalog, MessageArgs};

/// The language of the help: the one `--lang` names, else the locale's (see the module's text). `var` reads an
/// environment variable (`std::env::var_os`; tests give their own).
pub(crate) fn help_lang(args: &[OsString], var: impl Fn(&str) -> Option<OsString>) -> Lang {
    super::args::asked_lang(args).unwrap_or_else(|| locale_lang(var))
}

/// The command line without its `--lang X` or `--lang=X`: what clap reads to find the help asked for when `--lang`
/// stands where the command takes none (`chainon --lang fr assess --help`).
pub(crate) fn without_lang(args: &[OsString]) -> Vec<OsString> {
    let mut out = Vec::with_capacity(args.len());
    let mut skip_next = false;
    for a in args {
        if std::mem::take(&mut skip_next) {
            continue;
        }
        match a.to_str() {
            Some("--lang") => skip_next = true,
            Some(w) if w.starts_with("--lang=") => {}
            _ => out.push(a.clone()),
        }
    }
    out
}

/// The command line with a `--lang` given before the command (`chainon --lang fr assess FILE`) moved after it, where
/// the commands that take a language read it (`chainon assess FILE --lang fr`): at the end, or before a `--` that
/// ends the options. `None` when no `--lang` stands before the command. The root takes no language of its own, so
/// the line means one thing either way; a command that takes none still refuses it.
pub(crate) fn lang_after_command(args: &[OsString]) -> Option<Vec<OsString>> {
    // The root's options that take a value (`--config FILE`), whose value is no command.
    const VALUED: [&str; 2] = ["--config", "--lang"];
    let mut moved: Vec<OsString> = Vec::new();
    let mut rest: Vec<OsString> = Vec::new();
    let mut iter = args.iter().skip(1);
    let mut command_seen = false;
    while let Some(a) = iter.next() {
        let word = a.to_str().unwrap_or_default();
        if command_seen {
            rest.push(a.clone());
        } else if word == "--lang" {
            moved.push(a.clone());
            moved.extend(iter.next().cloned());
        } else if word.starts_with("--lang=") {
            moved.push(a.clone());
        } else if VALUED.contains(&word) {
            rest.push(a.clone());
            rest.extend(iter.next().cloned());
        } else {
            command_seen = !word.starts_with('-');
            rest.push(a.clone());
        }
    }
    if moved.is_empty() || !command_seen {
        return None;
    }
    let at = rest.iter().position(|a| a == "--").unwrap_or(rest.len());
    let tail = rest.split_off(at);
    Some(args.iter().take(1).cloned().chain(rest).chain(moved).chain(tail).collect())
}

/// The locale's language by the POSIX order of its variables: `LC_ALL`, then `LC_MESSAGES`, then `LANG`, the first
/// set and not empty deciding; French when it starts with `fr`, English otherwise (and when none is set).
pub(crate) fn locale_lang(var: impl Fn(&str) -> Option<OsString>) -> Lang {
    let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].into_iter().filter_map(var).find(|v| !v.is_empty());
    match locale {
        Some(v) if v.to_string_lossy().starts_with("fr") => Lang::Fr,
        _ => Lang::En,
    }
}

/// `cmd` built (its `-h`, `-V` and `help` added, its global arguments given to every subcommand), `bin` the
/// program's name in its usage lines: its help as clap makes it, in English from the doc comments.
pub(crate) fn built(cmd: Command, bin: Option<&str>) -> Command {
    let mut cmd = match bin {
        Some(bin) => cmd.bin_name(bin),
        None => cmd,
    };
    cmd.build();
    cmd
}

/// A command tree [`built`] with every text of its help in French, from the catalogue (a text the catalogue lacks
/// would show its key: a unit test makes sure none does).
pub(crate) fn in_french(cmd: Command, cat: &Catalog) -> Command {
    let frame = Frame::new(cat, &cmd);
    localize(cmd, cat, "", &frame)
}

/// The catalogue key of a command's text: `cli_help.about` for the root, `cli_help.model.diff.about` for
/// `chainon model diff` (a `-` of a name becomes `_`); `part` is `about`, `long_about`, `arg.ID` or `arg.ID.long`.
fn key(path: &str, part: &str) -> String {
    if path.is_empty() { format!("cli_help.{part}") } else { format!("cli_help.{path}.{part}") }
}

/// The path of a subcommand `name` under `path`.
fn child(path: &str, name: &str) -> String {
    let name = name.replace('-', "_");
    if path.is_empty() { name } else { format!("{path}.{name}") }
}

/// The command `help` that clap adds (the only command of that name: clap refuses a second).
fn is_help_command(cmd: &Command) -> bool {
    cmd.get_name() == "help"
}

/// Arguments clap adds itself (`-h/--help`, `-V/--version`): said by the frame's words, not by a key of their own.
#[cfg(test)]
fn is_clap_arg(arg: &Arg) -> bool {
    matches!(arg.get_action(), ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong | ArgAction::Version)
}

/// The texts of clap's own in the language of the help (`cli_help_frame.*`).
struct Frame {
    template: String,
    commands: &'static str,
    command_name: &'static str,
    options: &'static str,
    arguments: &'static str,
    help: String,
    help_more: String,
    help_summary: String,
    version: String,
    help_command: String,
    help_command_arg: String,
}

impl Frame {
    fn new(cat: &Catalog, root: &Command) -> Frame {
        let word = |k: &str| cat.get(Lang::Fr, &format!("cli_help_frame.{k}")).to_string();
        let usage = root.get_styles().get_usage();
        // clap's default template, its `Usage:` said from the catalogue, in clap's style for it.
        let template = format!(
            "{{before-help}}{{about-with-newline}}\n{}{}:{} {{usage}}\n\n{{all-args}}{{after-help}}",
            usage.render(),
            word("usage"),
            usage.render_reset()
        );
        Frame {
            template,
            commands: leak(word("commands")),
            command_name: leak(word("command_name")),
            options: leak(word("options")),
            arguments: leak(word("arguments")),
            help: word("help"),
            help_more: word("help_more"),
            help_summary: word("help_summary"),
            version: word("version"),
            help_command: word("help_command"),
            help_command_arg: word("help_command_arg"),
        }
    }
}

/// A heading as clap keeps headings and names (`&'static str`, clap's `string` feature being off): built once,
/// when French help is printed, by a process that ends right after.
fn leak(text: String) -> &'static str {
    Box::leak(text.into_boxed_str())
}

/// `cmd` at `path` with its texts, its arguments' and its subcommands' in French.
fn localize(cmd: Command, cat: &Catalog, path: &str, frame: &Frame) -> Command {
    let fr = |k: String| cat.get(Lang::Fr, &k).to_string();
    let help_command = is_help_command(&cmd);
    let mut cmd = cmd
        .help_template(frame.template.clone())
        .subcommand_help_heading(frame.commands)
        .subcommand_value_name(frame.command_name);
    if help_command {
        cmd = cmd.about(frame.help_command.clone());
    } else {
        if cmd.get_about().is_some() {
            cmd = cmd.about(fr(key(path, "about")));
        }
        if cmd.get_long_about().is_some() {
            cmd = cmd.long_about(fr(key(path, "long_about")));
        }
    }
    let cmd = cmd.mut_args(|arg| localize_arg(arg, cat, path, help_command, frame));
    // The `help` command stands at its parent's path: its subcommands, copies of its siblings, take their
    // originals' texts.
    cmd.mut_subcommands(|sub| {
        let sub_path = if is_help_command(&sub) { path.to_string() } else { child(path, sub.get_name()) };
        localize(sub, cat, &sub_path, frame)
    })
}

/// The catalogue key of an argument's text (its help, or its long help when `long`): a global argument's is the
/// root's (`cli_help.arg.config`), as clap gives every subcommand the root's; an argument whose key at its path the
/// catalogues lack takes the common one (`cli_help.common.arg.database`), when they hold that.
fn arg_key(cat: &Catalog, path: &str, arg: &Arg, long: bool) -> String {
    let path = if arg.is_global_set() { "" } else { path };
    let id = arg.get_id().as_str();
    let part = if long { format!("arg.{id}.long") } else { format!("arg.{id}") };
    let own = key(path, &part);
    let common = key("common", &part);
    if !cat.has(&own) && cat.has(&common) { common } else { own }
}

/// The catalogue key of a value name (`FILE` → `cli_help_value_name.file`).
fn value_name_key(name: &str) -> String {
    format!("cli_help_value_name.{}", name.to_lowercase().replace('-', "_"))
}

/// The catalogue key of a possible value's description (`forced-labour` → `cli_help_value.forced_labour`): one per
/// value's name, whichever argument offers it (a unit test makes sure their English texts agree).
fn possible_value_key(name: &str) -> String {
    format!("cli_help_value.{}", name.replace('-', "_"))
}

/// The possible values of an argument that clap would describe one by one in its long help (shown, with a text).
fn described_values(arg: &Arg) -> Vec<clap::builder::PossibleValue> {
    let values: Vec<_> = arg.get_possible_values().into_iter().filter(|v| !v.is_hide_set()).collect();
    if arg.get_action().takes_values() && values.iter().any(|v| v.get_help().is_some()) { values } else { Vec::new() }
}

/// An argument in French: its text, the brackets clap would write in English said in French after it, its heading.
fn localize_arg(arg: Arg, cat: &Catalog, path: &str, in_help_command: bool, frame: &Frame) -> Arg {
    let (help, long_help) = match arg.get_action() {
        ArgAction::Help | ArgAction::HelpShort | ArgAction::HelpLong => match arg.get_long_help() {
            Some(_) => (Some(frame.help_more.clone()), Some(frame.help_summary.clone())),
            None => (Some(frame.help.clone()), None),
        },
        ArgAction::Version => (Some(frame.version.clone()), None),
        _ if in_help_command => (arg.get_help().map(|_| frame.help_command_arg.clone()), None),
        _ => (
            arg.get_help().map(|_| cat.get(Lang::Fr, &arg_key(cat, path, &arg, false)).to_string()),
            arg.get_long_help().map(|_| cat.get(Lang::Fr, &arg_key(cat, path, &arg, true)).to_string()),
        ),
    };
    let said = brackets(&arg, cat, false);
    let with = |text: Option<String>, said: &str| match (text, said.is_empty()) {
        (Some(t), true) => Some(t),
        (Some(t), false) => Some(format!("{t} {said}")),
        (None, false) => Some(said.to_string()),
        (None, true) => None,
    };
    let described = described_values(&arg);
    let long_help = if described.is_empty() {
        long_help.and_then(|t| with(Some(t), &said))
    } else {
        // As clap's long help in English: the text and its other brackets, then the values one a line, each with
        // its description.
        let text = with(long_help.or_else(|| help.clone()), &brackets(&arg, cat, true)).unwrap_or_default();
        let mut lines = vec![text, String::new(), cat.get(Lang::Fr, "cli_help_frame.possible_heading").to_string()];
        for v in &described {
            let mut a = MessageArgs::new();
            a.set("value", shown(v.get_name()));
            a.set("help", cat.get(Lang::Fr, &possible_value_key(v.get_name())).to_string());
            lines.push(cat.format(Lang::Fr, "cli_help_frame.possible_value", &a));
        }
        Some(lines.join("\n"))
    };
    // clap keeps value names as `&'static str` (its `string` feature off), as it keeps headings: see [`leak`].
    let value_names: Vec<&'static str> = arg
        .get_value_names()
        .unwrap_or_default()
        .iter()
        .map(|n| leak(cat.get(Lang::Fr, &value_name_key(n.as_str())).to_string()))
        .collect();
    let arg = if value_names.is_empty() { arg } else { arg.value_names(value_names) };
    // Under a heading of its own, clap orders arguments as it orders options: the positional ones keep the order of
    // the command line by their index.
    let (heading, arg) = match arg.get_index() {
        Some(index) if arg.is_positional() => (frame.arguments, arg.display_order(index)),
        _ => (frame.options, arg),
    };
    let arg = match with(help, &said) {
        Some(t) => arg.help(t),
        None => arg,
    };
    let arg = match long_help {
        Some(t) => arg.long_help(t),
        None => arg,
    };
    arg.hide_default_value(true).hide_possible_values(true).hide_env(true).help_heading(heading)
}

/// What clap writes in brackets after an argument's text, in French: its default, its possible values (unless
/// `without_values`: described one a line instead), the environment variable it is read from
/// (`cli_help_frame.default`, `.possible`, `.env`), each where clap would write it.
fn brackets(arg: &Arg, cat: &Catalog, without_values: bool) -> String {
    let mut said = Vec::new();
    let takes_values = arg.get_action().takes_values();
    if let Some(env) = arg.get_env().filter(|_| !arg.is_hide_env_set()) {
        let mut a = MessageArgs::new();
        a.set("name", env.to_string_lossy().into_owned());
        said.push(cat.format(Lang::Fr, "cli_help_frame.env", &a));
    }
    if takes_values && !arg.is_hide_default_value_set() && !arg.get_default_values().is_empty() {
        let values: Vec<String> = arg.get_default_values().iter().map(|v| shown(&v.to_string_lossy())).collect();
        let mut a = MessageArgs::new();
        a.set("value", values.join(" "));
        said.push(cat.format(Lang::Fr, "cli_help_frame.default", &a));
    }
    let possible: Vec<String> =
        arg.get_possible_values().iter().filter(|v| !v.is_hide_set()).map(|v| shown(v.get_name())).collect();
    if takes_values && !without_values && !arg.is_hide_possible_values_set() && !possible.is_empty() {
        let mut a = MessageArgs::new();
        a.set("values", possible.join(", "));
        said.push(cat.format(Lang::Fr, "cli_help_frame.possible", &a));
    }
    said.join(" ")
}

/// A value as clap shows it: quoted when empty or holding a space.
fn shown(value: &str) -> String {
    if value.is_empty() || value.contains(char::is_whitespace) { format!("{value:?}") } else { value.to_string() }
}

/// Every text of the help the catalogue must hold in both languages, as (key, English text of clap's): each
/// command's `about` and `long_about`, each argument's `help` and `long_help` (clap's own, and the `help` command's
/// copies of its siblings, are said otherwise). What the unit tests walk, so that no command or argument is added
/// with English help only.
#[cfg(test)]
pub(crate) fn texts(cmd: &Command, cat: &Catalog, path: &str, out: &mut Vec<(String, String)>) {
    if is_help_command(cmd) {
        return;
    }
    let mut push = |k: String, text: Option<&clap::builder::StyledStr>| {
        if let Some(t) = text {
            out.push((k, t.to_string()));
        }
    };
    push(key(path, "about"), cmd.get_about());
    push(key(path, "long_about"), cmd.get_long_about());
    for arg in cmd.get_arguments().filter(|a| !is_clap_arg(a) && (!a.is_global_set() || path.is_empty())) {
        push(arg_key(cat, path, arg, false), arg.get_help());
        push(arg_key(cat, path, arg, true), arg.get_long_help());
        for v in described_values(arg) {
            push(possible_value_key(v.get_name()), v.get_help());
        }
    }
    for sub in cmd.get_subcommands() {
        texts(sub, cat, &child(path, sub.get_name()), out);
    }
}

/// Every value name of the tree's arguments that take values (`FILE`, `URL` …) with the key of its French, each
/// once (the `help` command's `COMMAND` is the frame's `command_name`).
#[cfg(test)]
pub(crate) fn value_names(cmd: &Command, out: &mut std::collections::BTreeMap<String, String>) {
    for arg in cmd.get_arguments().filter(|a| a.get_action().takes_values()) {
        for n in arg.get_value_names().unwrap_or_default() {
            out.insert(value_name_key(n.as_str()), n.to_string());
        }
    }
    for sub in cmd.get_subcommands() {
        value_names(sub, out);
    }
}

/// What the help of the tree leaves unsaid: each command (clap's `help` aside) without its `about`, each argument
/// (clap's `-h`, `-V` aside) without its help, each possible value without its description, named by its path.
#[cfg(test)]
pub(crate) fn unsaid(cmd: &Command, path: &str, out: &mut Vec<String>) {
    if is_help_command(cmd) {
        return;
    }
    if cmd.get_about().is_none_or(|t| t.to_string().trim().is_empty()) {
        out.push(format!("{path}: command without help"));
    }
    for arg in cmd.get_arguments().filter(|a| !is_clap_arg(a)) {
        if arg.get_help().is_none_or(|t| t.to_string().trim().is_empty()) {
            out.push(format!("{path} {}: argument without help", arg.get_id()));
        }
        let values = arg.get_possible_values();
        for v in values.iter().filter(|v| !v.is_hide_set() && v.get_help().is_none()) {
            out.push(format!("{path} {} {}: value without description", arg.get_id(), v.get_name()));
        }
    }
    for sub in cmd.get_subcommands() {
        unsaid(sub, &format!("{path} {}", sub.get_name()), out);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn catalog() -> Catalog {
        Catalog::embedded().unwrap()
    }

    fn english() -> Command {
        built(<crate::Cli as clap::CommandFactory>::command(), Some("chainon"))
    }

    fn french() -> Command {
        in_french(english(), &catalog())
    }

    fn every_text() -> Vec<(String, String)> {
        let mut out = Vec::new();
        texts(&english(), &catalog(), "", &mut out);
        out
    }

    /// The keys of clap's own words (`cli_help_frame.*`).
    const FRAME: [&str; 16] = [
        "usage",
        "commands",
        "command_name",
        "options",
        "arguments",
        "help",
        "help_more",
        "help_summary",
        "version",
        "help_command",
        "help_command_arg",
        "default",
        "possible",
        "env",
        "possible_heading",
        "possible_value",
    ];

    #[test]
    fn every_command_argument_and_possible_value_of_the_tree_has_help_in_both_languages() {
        for (lang, cmd) in [("en", english()), ("fr", french())] {
            let mut out = Vec::new();
            unsaid(&cmd, "chainon", &mut out);
            assert!(out.is_empty(), "{lang}: {} unsaid:\n{}", out.len(), out.join("\n"));
        }
    }

    #[test]
    fn an_argument_command_or_value_added_without_help_is_found() {
        let cmd = english()
            .mut_subcommand("audit", |a| a.mut_subcommand("log", |l| l.arg(Arg::new("since").long("since"))))
            .subcommand(Command::new("brand-new"))
            .mut_subcommand("synth", |s| {
                s.arg(Arg::new("shape").long("shape").value_parser(["chain", "star"]).help("The shape."))
            });
        let mut out = Vec::new();
        unsaid(&cmd, "chainon", &mut out);
        out.sort();
        assert_eq!(
            out,
            [
                "chainon audit log since: argument without help",
                "chainon brand-new: command without help",
                "chainon synth shape chain: value without description",
                "chainon synth shape star: value without description",
            ]
        );
    }

    #[test]
    fn every_value_name_has_its_french_name() {
        let cat = catalog();
        let mut names = std::collections::BTreeMap::new();
        value_names(&english(), &mut names);
        for k in ["cli_help_value_name.file", "cli_help_value_name.url", "cli_help_value_name.lang"] {
            assert!(names.contains_key(k), "{k} not walked: {names:?}");
        }
        let mut faults = Vec::new();
        for (key, english) in &names {
            if !cat.has(key) {
                faults.push(format!("{key} = {english}: not in both catalogues"));
            } else if cat.get(Lang::En, key) != english {
                faults.push(format!(
                    "{key}: the English catalogue says {}, the command {english}",
                    cat.get(Lang::En, key)
                ));
            }
        }
        assert!(faults.is_empty(), "{}", faults.join("\n"));
    }

    /// Words of the English help that French help must not hold: clap's words, value names, words of the doc
    /// comments. Options' names (`--output`) and values in backquotes are the command line's own, not words.
    const ENGLISH_WORDS: &[&str] = &[
        "Usage",
        "Commands",
        "Print",
        "default",
        "possible",
        "values",
        "env",
        "the",
        "and",
        "of",
        "with",
        "for",
        "from",
        "to",
        "or",
        "is",
        "File",
        "file",
        "files",
        "Language",
        "English",
        "French",
        "people",
        "programs",
        "Write",
        "Read",
        "FILE",
        "FILES",
        "DATABASE",
        "OUTPUT",
        "LANG",
        "COMMAND",
        "ADDRESS",
        "MODEL",
        "FOLDER",
        "EDITION",
        "PUBLISHER",
        "KIND",
        "COLUMN",
        "TEXT",
        "BYTES",
        "SECONDS",
        "HASH",
        "RECORD",
        "COUNT",
        "EMAIL",
        "NAME",
        "ROLE",
        "NUMBER",
        "LIST",
        "LABEL",
        "SHARE",
        "SEED",
        "DIR",
        "OLD",
        "NEW",
        "FROM",
        "SUBJECT",
    ];

    /// The words of a help text, options' names (`--output`, `-h`) and backquoted values left out.
    fn words(help: &str) -> Vec<&str> {
        let mut out = Vec::new();
        for (i, part) in help.split('`').enumerate() {
            if i % 2 == 1 {
                continue;
            }
            for token in part.split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '[' | ']' | '<' | '>'))
            {
                if token.starts_with('-') {
                    continue;
                }
                // `CHAINON_DATABASE_URL` is a name, not words.
                out.extend(token.split(|c: char| !c.is_alphanumeric() && c != '_').filter(|w| !w.is_empty()));
            }
        }
        out
    }

    #[test]
    fn the_word_check_finds_english_and_passes_french() {
        let english = |t: &str| words(t).into_iter().filter(|w| ENGLISH_WORDS.contains(w)).count();
        assert_eq!(english("Utilisation\u{a0}: chainon assess [OPTIONS] <FILE>"), 1);
        assert_eq!(english("Langue du rapport [par défaut\u{a0}: en] --lang <LANGUE>"), 0);
        assert_eq!(english("Écrire ici plutôt que sur la sortie standard (`the`) --output <FICHIER>"), 0);
        assert_eq!(english("Write the file"), 3);
        assert_eq!(english("[variable d'environnement\u{a0}: CHAINON_DATABASE_URL]"), 0);
    }

    #[test]
    fn every_french_help_is_french_words_in_french_typography() {
        let mut helps = Vec::new();
        every_help(&mut french(), "chainon", &mut helps);
        let mut faults = Vec::new();
        for (path, help) in &helps {
            for w in words(help).into_iter().filter(|w| ENGLISH_WORDS.contains(w)) {
                faults.push(format!("{path}: English «{w}»"));
            }
            // Line by line: a line of the help is one text.
            for line in help.lines() {
                faults.extend(typography_faults(line).into_iter().map(|f| format!("{path}: {f}")));
            }
        }
        faults.dedup();
        assert!(faults.is_empty(), "{} faults:\n{}", faults.len(), faults.join("\n"));
    }

    #[test]
    fn french_help_names_values_and_describes_each_possible_value() {
        let mut helps = Vec::new();
        every_help(&mut french(), "chainon", &mut helps);
        let help = |p: &str| helps.iter().find(|(path, _)| path == p).map(|(_, h)| h.clone()).unwrap();
        let assess = help("chainon assess --help");
        for said in [
            "Utilisation\u{a0}: chainon assess [OPTIONS] <FICHIER>",
            "--output <FICHIER>",
            "--lang <LANGUE>",
            "--config <FICHIER>",
            "Valeurs possibles\u{a0}:",
            "- json\u{a0}: ",
            "- html\u{a0}: ",
            "- text\u{a0}: ",
            "- fr\u{a0}: Français",
        ] {
            assert!(assess.contains(said), "«{said}» not in\n{assess}");
        }
        // The short help names the values; the long one describes each.
        let short = help("chainon assess -h");
        assert!(short.contains("[valeurs possibles\u{a0}: json, html, text]"), "{short}");
        let import = help("chainon import -h");
        assert!(import.contains("<FICHIERS>..."), "{import}");
        assert!(import.contains("--database <URL>"), "{import}");
        let root = help("chainon -h");
        assert!(root.contains("<COMMANDE>"), "{root}");
        let help_command = help("chainon help -h");
        assert!(help_command.contains("[COMMANDE]"), "{help_command}");
    }

    /// The French typography faults of a text: a colon without a no-break space (U+00A0) before it, a semicolon,
    /// question or exclamation mark without a narrow no-break space (U+202F) — the house style of the catalogues —,
    /// guillemets without a no-break space inside. A URL's `://` and an address's port (`127.0.0.1:8080`) are no
    /// punctuation.
    fn typography_faults(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        let mut faults = Vec::new();
        for (i, &c) in chars.iter().enumerate() {
            let before = i.checked_sub(1).and_then(|k| chars.get(k)).copied();
            let after = chars.get(i + 1).copied();
            let fault = match c {
                ':' => {
                    let port = before.is_some_and(|b| b.is_ascii_digit()) && after.is_some_and(|a| a.is_ascii_digit());
                    before != Some('\u{a0}') && after != Some('/') && !port
                }
                ';' | '?' | '!' => before != Some('\u{202f}'),
                '«' => after != Some('\u{a0}'),
                '»' => before != Some('\u{a0}'),
                _ => false,
            };
            if fault {
                faults.push(format!("{c:?} at {i} in: {text}"));
            }
        }
        faults
    }

    #[test]
    fn the_typography_check_catches_each_fault_and_passes_good_text() {
        for bad in ["Fichier: x", "Fichier : x", "a; b", "Vraiment ?", "« mot»", "«mot »", "Oui!"] {
            assert!(!typography_faults(bad).is_empty(), "{bad}");
        }
        for good in [
            "Fichier\u{a0}: x",
            "a\u{202f}; b",
            "«\u{a0}mot\u{a0}»",
            "Vraiment\u{202f}?",
            "https://x.org",
            "127.0.0.1:8080",
        ] {
            assert!(typography_faults(good).is_empty(), "{good}");
        }
    }

    #[test]
    fn every_command_and_argument_has_its_help_in_french_in_french_typography() {
        let cat = catalog();
        let texts = every_text();
        // The tree is walked whole: the root, the command groups, their subcommands, their arguments.
        for k in ["cli_help.about", "cli_help.model.diff.about", "cli_help.model.diff.arg.lang", "cli_help.arg.config"]
        {
            assert!(texts.iter().any(|(key, _)| key == k), "{k} not walked");
        }
        let mut faults = Vec::new();
        for (key, english) in &texts {
            if !cat.has(key) {
                faults.push(format!("{key}: not in both catalogues (English: {english})"));
                continue;
            }
            // The English catalogue is the doc comments' text, so that neither drifts from the other.
            if cat.get(Lang::En, key) != english {
                faults.push(format!(
                    "{key}: the English catalogue says «{}», the doc comment «{english}»",
                    cat.get(Lang::En, key)
                ));
            }
            let french = cat.get(Lang::Fr, key);
            if french.trim().is_empty() || french == english {
                faults.push(format!("{key}: no French text of its own: «{french}»"));
            }
            faults.extend(typography_faults(french).into_iter().map(|f| format!("{key}: {f}")));
        }
        for word in FRAME {
            let key = format!("cli_help_frame.{word}");
            if !cat.has(&key) {
                faults.push(format!("{key}: not in both catalogues"));
            }
            let french = cat.get(Lang::Fr, &key);
            if french.trim().is_empty() || french == cat.get(Lang::En, &key) {
                faults.push(format!("{key}: no French text of its own: «{french}»"));
            }
            faults.extend(typography_faults(french).into_iter().map(|f| format!("{key}: {f}")));
        }
        assert!(faults.is_empty(), "{}", faults.join("\n"));
    }

    #[test]
    fn a_new_option_without_french_help_is_found() {
        // An argument added with English help only is named by the walk with a key the catalogues lack.
        let cmd = english().mut_subcommand("model", |m| {
            m.mut_subcommand("diff", |d| d.arg(Arg::new("brand_new").long("brand-new").help("Something new.")))
        });
        let mut out = Vec::new();
        texts(&cmd, &catalog(), "", &mut out);
        let found = out.iter().find(|(k, _)| k == "cli_help.model.diff.arg.brand_new");
        assert_eq!(found.map(|(_, e)| e.as_str()), Some("Something new."));
        assert!(!catalog().has("cli_help.model.diff.arg.brand_new"));
    }

    /// The help of every command of the tree, short (`-h`) and long (`--help`), with the command's path.
    fn every_help(cmd: &mut Command, path: &str, out: &mut Vec<(String, String)>) {
        out.push((format!("{path} -h"), cmd.render_help().to_string()));
        out.push((format!("{path} --help"), cmd.render_long_help().to_string()));
        for sub in cmd.get_subcommands_mut() {
            let p = format!("{path} {}", sub.get_name());
            every_help(sub, &p, out);
        }
    }

    #[test]
    fn every_help_in_french_has_french_headings_and_none_of_clap_s_english() {
        let mut helps = Vec::new();
        every_help(&mut french(), "chainon", &mut helps);
        assert!(helps.len() > 40, "{}", helps.len());
        for (path, help) in &helps {
            assert!(help.contains("Utilisation\u{a0}: "), "{path}: {help}");
            // The `help` command takes no option, not even `-h`.
            if !path.split(' ').any(|w| w == "help") {
                assert!(help.contains("Options\u{a0}:\n"), "{path}: {help}");
            }
            for english in [
                "Usage:",
                "Commands:",
                "Options:",
                "Arguments:",
                "Print help",
                "Print version",
                "Print this message",
                "[default:",
                "[possible values:",
                "[env:",
                "cli_help",
                "<COMMAND>",
            ] {
                assert!(!help.contains(english), "{path}: «{english}» in\n{help}");
            }
        }
        let help = |p: &str| helps.iter().find(|(path, _)| path == p).map(|(_, h)| h.clone()).unwrap();
        let root = help("chainon --help");
        assert!(root.contains("Commandes\u{a0}:\n"), "{root}");
        assert!(root.contains("-h, --help"), "{root}");
        assert!(root.contains("Afficher l'aide"), "{root}");
        assert!(root.contains("Afficher la version"), "{root}");
        let diff = help("chainon model diff --help");
        assert!(diff.contains("Arguments\u{a0}:\n"), "{diff}");
        assert!(diff.contains("[par défaut\u{a0}: en]"), "{diff}");
        // The long help describes each value; the short one names them, as clap does in English.
        assert!(diff.contains("  - fr\u{a0}: Français"), "{diff}");
        let short = help("chainon model diff -h");
        assert!(short.contains("[valeurs possibles\u{a0}: en, fr]"), "{short}");
        assert!(diff.contains("[variable d'environnement\u{a0}: CHAINON_DATABASE_URL]"), "{diff}");
        assert!(diff.contains("chainon model diff"), "{diff}");
    }

    #[test]
    fn english_help_is_clap_s_own_from_the_doc_comments() {
        let mut helps = Vec::new();
        every_help(&mut english(), "chainon", &mut helps);
        for (path, help) in &helps {
            assert!(help.contains("Usage: "), "{path}: {help}");
            assert!(!help.contains("Utilisation"), "{path}: {help}");
        }
    }

    #[test]
    fn the_french_tree_reads_a_command_line_as_the_english_one_does() {
        use clap::FromArgMatches as _;
        for line in [
            &["chainon", "model", "diff", "2019.1", "2022.3", "--lang", "fr", "--format", "json"][..],
            &["chainon", "--config", "x.toml", "synth", "--output", "p.jsonl", "--shared", "0.2"],
            &["chainon", "screening", "import", "--list", "uflpa", "f.csv"],
            &["chainon", "user", "token", "--email", "a@b.ca", "--name", "n"],
            &["chainon", "assess", "f.json", "--lang", "fr"],
        ] {
            let english = english().try_get_matches_from(line).map(|m| crate::Cli::from_arg_matches(&m).is_ok());
            let french = french().try_get_matches_from(line).map(|m| crate::Cli::from_arg_matches(&m).is_ok());
            assert!(matches!(english, Ok(true)), "{line:?}");
            assert!(matches!(french, Ok(true)), "{line:?}");
        }
        for line in [&["chainon", "model", "diff", "--bogus"][..], &["chainon", "assess"], &["chainon", "synth"]] {
            let kind = |c: Command| c.try_get_matches_from(line).err().map(|e| e.kind());
            assert_eq!(kind(english()), kind(french()), "{line:?}");
            assert!(kind(french()).is_some(), "{line:?}");
        }
    }

    #[test]
    fn lang_where_a_command_takes_none_still_gives_its_help_in_french() {
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        assert_eq!(
            without_lang(&args(&["chainon", "--lang", "fr", "assess", "--help"])),
            args(&["chainon", "assess", "--help"])
        );
        assert_eq!(
            without_lang(&args(&["chainon", "user", "add", "--lang=fr", "-h"])),
            args(&["chainon", "user", "add", "-h"])
        );
        // The tree refuses `--lang` at the root; without it, the help of `assess` is what the line asks.
        let line = args(&["chainon", "--lang", "fr", "assess", "--help"]);
        assert!(
            english().try_get_matches_from(&line).is_err_and(|e| e.kind() == clap::error::ErrorKind::UnknownArgument)
        );
        let help = french().try_get_matches_from(without_lang(&line)).err().map(|e| e.to_string()).unwrap();
        assert!(help.contains("Utilisation\u{a0}: chainon assess [OPTIONS] <FICHIER>"), "{help}");
    }

    #[test]
    fn lang_before_the_command_is_read_as_the_commands_language() {
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        for (line, moved) in [
            (
                &["chainon", "--lang", "fr", "assess", "d.xlsx"][..],
                &["chainon", "assess", "d.xlsx", "--lang", "fr"][..],
            ),
            (
                &["chainon", "--lang=fr", "import", "a.xlsx", "b.json"],
                &["chainon", "import", "a.xlsx", "b.json", "--lang=fr"],
            ),
            (
                &["chainon", "--config", "c.toml", "--lang", "en", "model", "check", "--", "-dir"],
                &["chainon", "--config", "c.toml", "model", "check", "--lang", "en", "--", "-dir"],
            ),
        ] {
            let moved_line = lang_after_command(&args(line)).unwrap();
            assert_eq!(moved_line, args(moved));
            // The tree refuses the line as typed and reads it moved.
            assert!(english().try_get_matches_from(args(line)).is_err(), "{line:?}");
            let m = english().try_get_matches_from(&moved_line).unwrap_or_else(|e| panic!("{line:?}: {e}"));
            let (_, sub) = m.subcommand().unwrap();
            let sub = sub.subcommand().map_or(sub, |(_, s)| s);
            assert!(sub.get_raw("lang").is_some(), "{line:?}");
        }
        // No `--lang` before the command, or no command: nothing to move.
        assert_eq!(lang_after_command(&args(&["chainon", "assess", "d.xlsx", "--lang", "fr"])), None);
        assert_eq!(lang_after_command(&args(&["chainon", "--lang", "fr"])), None);
    }

    #[test]
    fn the_help_s_language_is_lang_else_the_locale_by_the_posix_order() {
        use std::collections::HashMap;
        let args = |v: &[&str]| v.iter().map(OsString::from).collect::<Vec<_>>();
        let env = |pairs: &[(&'static str, &'static str)]| {
            let map: HashMap<&str, OsString> = pairs.iter().map(|(k, v)| (*k, OsString::from(v))).collect();
            move |name: &str| map.get(name).cloned()
        };
        let lang = |a: &[&str], e: &[(&'static str, &'static str)]| help_lang(&args(a), env(e));
        let help = ["chainon", "--help"];
        assert_eq!(lang(&help, &[]), Lang::En);
        assert_eq!(lang(&help, &[("LANG", "fr_CA.UTF-8")]), Lang::Fr);
        assert_eq!(lang(&help, &[("LANG", "fr")]), Lang::Fr);
        assert_eq!(lang(&help, &[("LANG", "en_CA.UTF-8")]), Lang::En);
        assert_eq!(lang(&help, &[("LANG", "C")]), Lang::En);
        // LC_ALL, then LC_MESSAGES, then LANG: the first set and not empty decides.
        assert_eq!(lang(&help, &[("LC_ALL", "en_CA.UTF-8"), ("LANG", "fr_CA.UTF-8")]), Lang::En);
        assert_eq!(lang(&help, &[("LC_MESSAGES", "fr_FR.UTF-8"), ("LANG", "en_US.UTF-8")]), Lang::Fr);
        assert_eq!(lang(&help, &[("LC_ALL", "fr_BE"), ("LC_MESSAGES", "en_CA")]), Lang::Fr);
        assert_eq!(lang(&help, &[("LC_ALL", ""), ("LANG", "fr_CA.UTF-8")]), Lang::Fr);
        // `--lang` is stronger than the locale, either way.
        assert_eq!(lang(&["chainon", "--help", "--lang", "en"], &[("LANG", "fr_CA.UTF-8")]), Lang::En);
        assert_eq!(lang(&["chainon", "model", "diff", "--help", "--lang=fr"], &[("LC_ALL", "en_CA")]), Lang::Fr);
        // A language `--lang` does not know leaves the choice to the locale.
        assert_eq!(lang(&["chainon", "--help", "--lang", "de"], &[("LANG", "fr_CA.UTF-8")]), Lang::Fr);
    }
}
