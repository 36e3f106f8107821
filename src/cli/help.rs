//! The help of the command line (`chainon --help`, `chainon model diff --help`, `chainon help …`) in the reader's
//! language. English is clap's, from the doc comments of `main.rs` and `cli/*.rs`; French replaces, in the built
//! command tree, each command's `about`/`long_about` and each argument's `help`/`long_help` by the catalogue's
//! (`templates/locales/fr/cli-help.ftl`, keys from the command path and the argument's id), and says clap's own
//! words in French from the same catalogue: the headings, `-h/--help`, `-V/--version`, the `help` command, and the
//! default, possible values and environment variable of an argument (clap's English brackets hidden, French ones
//! put after the text).
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

/// The catalogue key of an argument's text (`part`: `None` for its help, `Some("long")` for its long help): a
/// global argument's is the root's (`cli_help.arg.config`), as clap gives every subcommand the root's.
fn arg_key(path: &str, arg: &Arg, long: bool) -> String {
    let path = if arg.is_global_set() { "" } else { path };
    let id = arg.get_id().as_str();
    key(path, &if long { format!("arg.{id}.long") } else { format!("arg.{id}") })
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
            arg.get_help().map(|_| cat.get(Lang::Fr, &arg_key(path, &arg, false)).to_string()),
            arg.get_long_help().map(|_| cat.get(Lang::Fr, &arg_key(path, &arg, true)).to_string()),
        ),
    };
    let brackets = brackets(&arg, cat);
    let with = |text: Option<String>| match (text, brackets.is_empty()) {
        (Some(t), true) => Some(t),
        (Some(t), false) => Some(format!("{t} {brackets}")),
        (None, false) => Some(brackets.clone()),
        (None, true) => None,
    };
    let long_help = long_help.and_then(|t| with(Some(t)));
    // Under a heading of its own, clap orders arguments as it orders options: the positional ones keep the order of
    // the command line by their index.
    let (heading, arg) = match arg.get_index() {
        Some(index) if arg.is_positional() => (frame.arguments, arg.display_order(index)),
        _ => (frame.options, arg),
    };
    let arg = match with(help) {
        Some(t) => arg.help(t),
        None => arg,
    };
    let arg = match long_help {
        Some(t) => arg.long_help(t),
        None => arg,
    };
    arg.hide_default_value(true).hide_possible_values(true).hide_env(true).help_heading(heading)
}

/// What clap writes in brackets after an argument's text, in French: its default, its possible values, the
/// environment variable it is read from (`cli_help_frame.default`, `.possible`, `.env`), each where clap would
/// write it.
fn brackets(arg: &Arg, cat: &Catalog) -> String {
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
    if takes_values && !arg.is_hide_possible_values_set() && !possible.is_empty() {
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
pub(crate) fn texts(cmd: &Command, path: &str, out: &mut Vec<(String, String)>) {
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
        push(arg_key(path, arg, false), arg.get_help());
        push(arg_key(path, arg, true), arg.get_long_help());
    }
    for sub in cmd.get_subcommands() {
        texts(sub, &child(path, sub.get_name()), out);
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
        texts(&english(), "", &mut out);
        out
    }

    /// The keys of clap's own words (`cli_help_frame.*`).
    const FRAME: [&str; 14] = [
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
    ];

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
        texts(&cmd, "", &mut out);
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
        assert!(diff.contains("[valeurs possibles\u{a0}: en, fr]"), "{diff}");
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
