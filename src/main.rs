//! The `chainon` command: serve, import, assess, template, convert, model, audit, synth, user, screening. Parsing and
//! dispatch only; each command group runs in its module of `cli/`.

mod cli;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{CommandFactory, Parser, Subcommand};

use chainon::config::Settings;
use chainon::import;

use cli::audit::AuditCommand;
use cli::intake::Format;
use cli::model::ModelCommand;
use cli::screening::ScreeningCommand;
use cli::user::UserCommand;
use cli::{LangArg, run_async, write_output};

/// Ethical supply-chain risk assessment for Canadian federal procurement.
#[derive(Parser)]
#[command(name = "chainon", version, about)]
struct Cli {
    /// Settings file (TOML); `chainon.toml` in the working directory is read when present.
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web service and API.
    Serve {
        /// Load the demo declarations (several suppliers bidding on three solicitations).
        #[arg(long)]
        demo: bool,
        /// Database URL (default: the settings' one, else an SQLite file, `chainon.sqlite3`, created on first run).
        #[arg(long, env = "CHAINON_DATABASE_URL", value_name = "URL")]
        database: Option<String>,
        /// Address to listen on (default 127.0.0.1:8080).
        #[arg(long, value_name = "ADDRESS")]
        bind: Option<String>,
    },
    /// Store declaration files (each declaration in one transaction: all of it or nothing; each line of a .jsonl
    /// portfolio is a declaration of its own, stored or refused alone).
    Import {
        /// Declaration files: .xlsx, .xlsm, .ods, .zip of CSV, .json.
        #[arg(required = true, value_name = "FILES")]
        files: Vec<PathBuf>,
        /// Database URL (default: the settings' one, else an SQLite file, `chainon.sqlite3`, created on first run).
        #[arg(long, env = "CHAINON_DATABASE_URL", value_name = "URL")]
        database: Option<String>,
        /// Language of the lines (each file's outcome, its refusals, the summary).
        #[arg(long, value_enum, default_value = "en")]
        lang: LangArg,
    },
    /// Score one declaration file without a database.
    Assess {
        /// The declaration file: .xlsx, .xlsm, .ods, .zip of CSV, .json.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// `json`: the assessment with each factor's words in both languages, for programs; `text`: bands, scores,
        /// top factors with their sources and findings, for people, in `--lang`; `html`: the report for people, in
        /// `--lang`. Default: `text` when standard output is a terminal (or `--lang` is given) and no `--output`
        /// is named, `json` otherwise (pipes and scripts keep getting JSON).
        #[arg(long, value_enum)]
        format: Option<Format>,
        /// Language of the text or HTML report (default English); refused with JSON, which carries both languages.
        #[arg(long, value_enum)]
        lang: Option<LangArg>,
        /// Write here instead of standard output.
        #[arg(long, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// Write the blank declaration workbook.
    Template {
        /// Language of the workbook (its sheets, labels, instructions).
        #[arg(long, value_enum, default_value = "en")]
        lang: LangArg,
        /// The workbook file to write (.xlsx).
        #[arg(long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Write a declaration file of any carrier (JSON, CSV zip, ODS …) as an XLSX workbook.
    Convert {
        /// The declaration file: .xlsx, .xlsm, .ods, .zip of CSV, .json.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// Language of the workbook written (its sheets, labels, instructions).
        #[arg(long, value_enum, default_value = "en")]
        lang: LangArg,
        /// The workbook file to write (.xlsx).
        #[arg(long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Risk model tools.
    Model {
        #[command(subcommand)]
        command: ModelCommand,
    },
    /// The tamper-evident audit log.
    Audit {
        #[command(subcommand)]
        command: AuditCommand,
    },
    /// Write a synthetic portfolio (declarations whose chains of 4 to 6 tiers share facilities) as JSON Lines, one
    /// declaration per line, for tests and benchmarks; `chainon import` reads it back.
    Synth {
        /// How many distinct facilities.
        #[arg(long, default_value_t = 10_000, value_name = "COUNT")]
        sites: usize,
        /// Share of site rows that reuse a facility another declaration names (0 to 1).
        #[arg(long, default_value_t = 0.15, value_name = "SHARE")]
        shared: f64,
        /// Seed of the random draw: the same seed writes the same portfolio.
        #[arg(long, default_value_t = 2026, value_name = "SEED")]
        seed: u64,
        /// The JSON Lines file to write (.jsonl).
        #[arg(long, value_name = "FILE")]
        output: PathBuf,
        /// Language of the summary line (counts with their plurals).
        #[arg(long, value_enum, default_value = "en")]
        lang: LangArg,
    },
    /// Accounts and API tokens.
    User {
        #[command(subcommand)]
        command: UserCommand,
        /// Language of what the command prints and of its refusals (default: refusals in English and French, the rest
        /// in English).
        #[arg(long, value_enum, global = true)]
        lang: Option<LangArg>,
    },
    /// Entity screening: list editions (UFLPA, CBP WRO/Findings, PSPC, OpenSanctions, a watch list), hits, diffs.
    Screening {
        #[command(subcommand)]
        command: ScreeningCommand,
    },
    /// Read one file from standard input under memory and CPU limits and answer in JSON: how the service reads
    /// uploads (`chainon::isolation`). Not for people.
    #[command(name = "intake-worker", hide = true)]
    IntakeWorker {
        /// Most memory the worker may take, in bytes.
        #[arg(long, value_name = "BYTES")]
        memory_bytes: u64,
        /// Most processor time the worker may take, in seconds.
        #[arg(long, value_name = "SECONDS")]
        cpu_secs: u64,
    },
}

/// The command line parsed by clap ([`Cli`]'s derive), its help in the language `--lang` or the locale asks for
/// (`cli::help::help_lang`): English is clap's, from the doc comments; French is asked of the command tree with its
/// texts from the catalogues (`cli::help::in_french`) once clap has found that help is what the command line asks.
fn parse(args: &[std::ffi::OsString]) -> Result<Cli, clap::Error> {
    use clap::error::ErrorKind;
    let args_asked = args;
    let e = match Cli::try_parse_from(args) {
        Ok(cli) => return Ok(cli),
        Err(e) => e,
    };
    // `--lang` before the command (`chainon --lang fr assess FILE`) is the command's language: the line is read with
    // it after the command, which is where the commands take it.
    if e.kind() == ErrorKind::UnknownArgument
        && let Some(moved) = cli::help::lang_after_command(args)
        && let Ok(cli) = Cli::try_parse_from(&moved)
    {
        return Ok(cli);
    }
    let is_help = |e: &clap::Error| {
        matches!(e.kind(), ErrorKind::DisplayHelp | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand)
    };
    // `--lang` where the command takes none (`chainon --lang fr assess --help`, `chainon user add --lang fr -h`)
    // still chooses the help's language: the help of the command line without it.
    let (e, args) = match is_help(&e) {
        true => (e, args.to_vec()),
        false => {
            let without = cli::help::without_lang(args);
            match Cli::try_parse_from(&without) {
                // `--version` too: the version is the same in either language.
                Err(help)
                    if (is_help(&help) || help.kind() == ErrorKind::DisplayVersion) && without.len() < args.len() =>
                {
                    (help, without)
                }
                _ => return Err(e),
            }
        }
    };
    if cli::help::help_lang(args_asked, |name| std::env::var_os(name)) != chainon::domain::Lang::Fr {
        return Err(e);
    }
    // Without the catalogues (a build fault, which a test rules out) the help is clap's English.
    let Some(cat) = chainon::reports::Catalog::shared() else {
        return Err(e);
    };
    let bin = args_asked.first().and_then(|a| std::path::Path::new(a).file_name()).and_then(|n| n.to_str());
    let french = cli::help::in_french(cli::help::built(Cli::command(), bin), cat);
    // The same command line on the same tree: the same help, now in French.
    Err(french.try_get_matches_from(&args).err().unwrap_or(e))
}

/// mimalloc: faster than the system allocator for the many small strings of intake and the national graph, and
/// returns memory to the system more readily (the graph benchmark measures both).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    // The rules below the reports (intake refusals, list files' problems) say their messages by the catalogues.
    chainon::domain::give_voice(chainon::reports::say);
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    // Refusals are said in the language asked for, or in both when none is.
    let asked = cli::args::asked_lang(&args);
    let cli = match parse(&args) {
        Ok(cli) => cli,
        Err(e) => return cli::args::refuse_parse(&e, asked),
    };
    // The worker takes everything from its parent: no settings file, no logging set-up.
    if let Command::IntakeWorker { memory_bytes, cpu_secs } = cli.command {
        return match chainon::isolation::run_worker(memory_bytes, cpu_secs) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("intake worker: {e}");
                ExitCode::from(3)
            }
        };
    }
    let settings = match Settings::load(cli.config.as_deref()) {
        Ok(s) => s,
        Err(e) => {
            let mut a = chainon::reports::MessageArgs::new();
            a.set("detail", e.to_string());
            cli::args::refuse(asked, "cli.settings", &a);
            return ExitCode::FAILURE;
        }
    };
    // A command's answer is what its user reads at the terminal: the migrations' progress stays out of it.
    if matches!(cli.command, Command::Serve { .. }) {
        chainon::telemetry::init(&settings.log);
    } else {
        let filter = chainon::telemetry::command_filter(&settings.log);
        chainon::telemetry::init_command(&filter, cli::args::speak(asked));
    }
    let result = match cli.command {
        Command::Serve { demo, database, bind } => {
            run_async(
                async move { cli::serve::serve(settings, demo, database, bind).await.map(|()| ExitCode::SUCCESS) },
            )
        }
        Command::Import { files, database, lang } => {
            run_async(cli::intake::import_files(settings, files, database, lang.into()))
        }
        Command::Assess { file, format, lang, output } => {
            use std::io::IsTerminal as _;
            let format = format.unwrap_or_else(|| {
                if output.is_none() && (lang.is_some() || std::io::stdout().is_terminal()) {
                    Format::Text
                } else {
                    Format::Json
                }
            });
            if let (Format::Json, Some(_)) = (format, lang) {
                // A language asked for output that has none would be silently ignored: say so instead.
                return cli::args::refuse(asked, "cli.lang_with_json", &chainon::reports::MessageArgs::new());
            }
            cli::intake::assess(&settings, &file, format, lang.unwrap_or(LangArg::En).into(), output.as_deref())
        }
        Command::Template { lang, output } => import::write_template(lang.into())
            .map_err(anyhow::Error::from)
            .and_then(|bytes| write_output(Some(&output), &bytes))
            .map(|()| ExitCode::SUCCESS),
        Command::Convert { file, lang, output } => cli::intake::convert(&settings, &file, lang.into(), &output),
        Command::Model { command: ModelCommand::Check { dir, lang } } => {
            cli::model::model_check(&settings, dir, lang.into())
        }
        Command::Model { command: ModelCommand::Diff { old, new, database, format, lang } } => {
            run_async(cli::model::model_diff(settings, old, new, database, format, lang.into()))
        }
        Command::Model { command: ModelCommand::Derive(args) } => cli::model::model_derive(*args),
        Command::User { command, lang } => {
            run_async(cli::user::run(settings, command, lang.map_or(chainon::domain::Lang::En, Into::into)))
        }
        Command::Synth { sites, shared, seed, output, lang } => {
            cli::synth::run(sites, shared, seed, &output, lang.into())
        }
        Command::Audit { command } => run_async(cli::audit::run(settings, command)),
        Command::Screening { command } => run_async(cli::screening::run(settings, command)),
        // Answered above, before the settings are read.
        Command::IntakeWorker { .. } => Ok(ExitCode::FAILURE),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            // In the language asked for, from the catalogues (`cli.error`); when none is, a failure the catalogues
            // say in English then French, any other in its own words.
            use chainon::domain::Lang;
            let langs = match asked {
                Some(lang) => vec![lang],
                None if cli::is_said(&e) => vec![Lang::En, Lang::Fr],
                None => vec![Lang::En],
            };
            for lang in langs {
                let message = chainon::domain::Message::new("cli.error").text("message", cli::in_words(&e, lang));
                eprintln!("{}", chainon::domain::say(lang, &message));
            }
            ExitCode::FAILURE
        }
    }
}
