//! `chainon screening …`: list editions, their diffs, hits.

use std::fmt::Write as _;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context as _;
use chainon::reports::MessageArgs;
use std::ffi::OsStr;

use chainon::reports::screening_pages::EditionJson;
use chainon::screening::{ListKind, OlderEdition};
use clap::builder::{PossibleValue, TypedValueParser};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, Command, Subcommand};
use strum::IntoEnumIterator;

use chainon::config::Settings;
use chainon::domain::{Lang, Message, SaidError};
use chainon::reports::Catalog;
use chainon::startup;

use super::{DiffFormat, read_file};

/// Who imports from the command line, as editions and the audit log record it (said in words where shown:
/// `chainon::storage::COMMAND_LINE`).
const COMMAND_LINE: &str = chainon::storage::COMMAND_LINE;

/// The `--list` of a command: any name `ListKind::from_name` accepts (`cbp_wro`, `cbp-wro`, `cbp` …, in any case),
/// the lists offered in the help being `ListKind`'s own, so a list added there is offered here.
#[derive(Clone, Copy)]
pub(crate) struct ListParser;

impl TypedValueParser for ListParser {
    type Value = ListKind;

    fn parse_ref(&self, cmd: &Command, arg: Option<&Arg>, value: &OsStr) -> Result<ListKind, clap::Error> {
        let text = value.to_str().ok_or_else(|| clap::Error::new(ErrorKind::InvalidUtf8).with_cmd(cmd))?;
        ListKind::from_name(text).ok_or_else(|| {
            let mut err = clap::Error::new(ErrorKind::InvalidValue).with_cmd(cmd);
            let arg = arg.map(ToString::to_string).unwrap_or_else(|| "--list".into());
            err.insert(ContextKind::InvalidArg, ContextValue::String(arg));
            err.insert(ContextKind::InvalidValue, ContextValue::String(text.to_owned()));
            let valid = ListKind::iter().map(|k| k.code().to_owned()).collect();
            err.insert(ContextKind::ValidValue, ContextValue::Strings(valid));
            err
        })
    }

    fn possible_values(&self) -> Option<Box<dyn Iterator<Item = PossibleValue> + '_>> {
        Some(Box::new(ListKind::iter().map(|k| {
            PossibleValue::new(k.code()).aliases(k.aliases().iter().copied()).help(format!(
                "{} ({})",
                k.names().0,
                k.file_format()
            ))
        })))
    }
}

#[derive(Subcommand)]
pub(crate) enum ScreeningCommand {
    /// Import a list file as a new dated edition (diffed against the list's latest), then re-screen every stored
    /// declaration against it. A refused file stores nothing (exit 2, each problem with its line).
    Import {
        /// The list the file is an edition of.
        #[arg(long, value_parser = ListParser)]
        list: ListKind,
        /// The list file, in the list's own format.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The publisher's date of the edition (YYYY-MM-DD; default: today).
        #[arg(long, value_name = "DATE")]
        published: Option<chrono::NaiveDate>,
        /// The publisher's name for the edition (default: the date).
        #[arg(long, value_name = "LABEL")]
        label: Option<String>,
        /// Who publishes it (default: the list's publisher).
        #[arg(long, value_name = "PUBLISHER")]
        publisher: Option<String>,
        /// Where the publisher puts the file out (recorded, never fetched).
        #[arg(long, value_name = "URL")]
        address: Option<String>,
        /// The licence under which the publisher puts the file out (recorded).
        #[arg(long, value_name = "LICENCE")]
        licence: Option<String>,
        /// Make the file the list's current edition even though it is dated before the current one (the
        /// publisher withdrew the newer edition); without it such a file is refused (exit 2) and nothing is stored.
        #[arg(long)]
        older: bool,
        /// Database URL (default: the settings' one, else an SQLite file, `chainon.sqlite3`, created on first run).
        #[arg(long, env = "CHAINON_DATABASE_URL", value_name = "URL")]
        database: Option<String>,
        /// Language of the summary lines (counts with their plurals).
        #[arg(long, value_enum, default_value = "en")]
        lang: super::LangArg,
    },
    /// The editions imported, newest first, with what each added, removed and changed.
    Lists {
        /// Database URL (default: the settings' one, else an SQLite file, `chainon.sqlite3`, created on first run).
        #[arg(long, env = "CHAINON_DATABASE_URL", value_name = "URL")]
        database: Option<String>,
        /// `text`: lines for people, in `--lang`; `json`: the editions, for programs.
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormat,
        /// Language of the lines (counts with their plurals).
        #[arg(long, value_enum, default_value = "en")]
        lang: super::LangArg,
    },
    /// What one edition added, removed and changed against the edition before it (JSON).
    Diff {
        /// The edition's identifier: the number after `#` in its name (`… edition 3 (#17)`: `17` or `#17`), as in
        /// its page's address.
        #[arg(value_parser = edition_id, value_name = "EDITION")]
        edition: i64,
        /// Database URL (default: the settings' one, else an SQLite file, `chainon.sqlite3`, created on first run).
        #[arg(long, env = "CHAINON_DATABASE_URL", value_name = "URL")]
        database: Option<String>,
    },
    /// Hits (JSON lines), newest first: open ones (the alerts) unless `--all`; at most `--limit` from `--offset`.
    /// When more match, standard error says how many were written of how many, and the `--offset` of the next.
    Hits {
        /// Every hit, the closed ones too.
        #[arg(long)]
        all: bool,
        /// How many hits at most, 1 to 1000.
        #[arg(long, default_value_t = 100, value_name = "COUNT")]
        limit: u64,
        /// How many of the newest to pass over, at most 1 000 000 000 (the next page: the last `--offset` plus
        /// `--limit`).
        #[arg(long, default_value_t = 0, value_name = "COUNT")]
        offset: u64,
        /// Database URL (default: the settings' one, else an SQLite file, `chainon.sqlite3`, created on first run).
        #[arg(long, env = "CHAINON_DATABASE_URL", value_name = "URL")]
        database: Option<String>,
        /// Language of the line that says more hits match.
        #[arg(long, value_enum, default_value = "en")]
        lang: super::LangArg,
    },
}

/// The most hits `screening hits` writes at once (`--limit`), as the API's lists.
const HITS_MAX_LIMIT: u64 = 1000;
/// The furthest `screening hits` starts (`--offset`), as the API's lists.
const HITS_MAX_OFFSET: u64 = 1_000_000_000;

/// An edition's identifier as its name writes it (`#17`) or bare (`17`).
fn edition_id(text: &str) -> Result<i64, String> {
    let digits = text.trim().trim_start_matches('#');
    digits
        .parse::<i64>()
        .ok()
        .filter(|id| *id > 0)
        .ok_or_else(|| format!("`{text}` is not an edition's identifier: the number after # in its name (17 or #17)"))
}

/// `chainon screening import|lists|diff|hits`.
pub(crate) async fn run(mut settings: Settings, command: ScreeningCommand) -> anyhow::Result<ExitCode> {
    use chainon::screening::{EditionSource, service};
    let (ScreeningCommand::Import { database, .. }
    | ScreeningCommand::Lists { database, .. }
    | ScreeningCommand::Diff { database, .. }
    | ScreeningCommand::Hits { database, .. }) = &command;
    if let Some(db) = database.clone() {
        settings.database_url = db;
    }
    // The paging rule of every list (the API's too): 1 to 1000 hits from an offset of at most 1 000 000 000; outside
    // it a usage error in both languages (exit 2), as `audit log --limit 0`, never a page written as if asked.
    if let ScreeningCommand::Hits { limit, offset, .. } = &command {
        let mut a = chainon::reports::MessageArgs::new();
        a.set("given", limit.to_string());
        a.set("max", HITS_MAX_LIMIT.to_string());
        if !(1..=HITS_MAX_LIMIT).contains(limit) {
            return Ok(super::args::refuse(None, "cli.screening_hits_limit", &a));
        }
        if *offset > HITS_MAX_OFFSET {
            a.set("given", offset.to_string());
            a.set("max", HITS_MAX_OFFSET.to_string());
            return Ok(super::args::refuse(None, "cli.screening_hits_offset", &a));
        }
    }
    // Importing a list may start a database (before the first `serve`); reading lists, diffs and hits needs one.
    let store = if matches!(command, ScreeningCommand::Import { .. }) {
        startup::connect_store(&settings).await?
    } else {
        startup::connect_existing_store(&settings).await?
    };
    // Written at the end through `write_output`: a closed pipe (`| head`) ends the command quietly.
    let mut out = String::new();
    let result = match command {
        ScreeningCommand::Import { list, file, published, label, publisher, address, licence, older, lang, .. } => {
            let lang: Lang = lang.into();
            let (name, bytes) = read_file(&file)?;
            let (default_publisher, default_address, default_licence) = list.default_source();
            let published_on = published.unwrap_or_else(|| store.screening_today());
            let source = EditionSource {
                publisher: publisher.unwrap_or_else(|| default_publisher.into()),
                address: address.unwrap_or_else(|| default_address.into()),
                licence: licence.unwrap_or_else(|| default_licence.into()),
                label: label.unwrap_or_else(|| published_on.to_string()),
                published_on,
            };
            let catalog = Catalog::embedded().context("reading the message catalogues")?;
            // The model the service runs (`model_dir` or the embedded one) reads goods, as it does in the service.
            let model = std::sync::Arc::new(startup::load_model(&settings)?);
            let older = if older { OlderEdition::MakeCurrent } else { OlderEdition::Refuse };
            match service::import_edition_with(&store, &model, list, &source, &name, bytes, COMMAND_LINE, older).await {
                Ok((imported, run)) => {
                    let e = &imported.edition;
                    let edition = chainon::reports::screening_pages::edition_name(&catalog, lang, e);
                    let line = |key: &str, counts: &[(&str, usize)]| {
                        let mut a = MessageArgs::new();
                        a.set("name", name.clone());
                        a.set("edition", edition.clone());
                        for (k, v) in counts {
                            a.set(k, *v);
                        }
                        catalog.format(lang, key, &a)
                    };
                    if imported.already_imported {
                        writeln!(out, "{}", line("screening.cli_already", &[]))?;
                    } else {
                        let entries = usize::try_from(e.entry_count).unwrap_or_default();
                        let diff =
                            [("entries", entries), ("added", e.added), ("removed", e.removed), ("changed", e.changed)];
                        writeln!(out, "{}", line("screening.cli_imported", &diff))?;
                        for l in chainon::reports::screening_pages::run_lines(&catalog, lang, &run) {
                            writeln!(out, "{l}")?;
                        }
                    }
                    Ok(ExitCode::SUCCESS)
                }
                Err(service::ScreeningError::Refused(problems)) => {
                    let mut a = MessageArgs::new();
                    a.set("name", name.clone());
                    eprintln!("{}", catalog.format(lang, "screening.cli_refused", &a));
                    for p in problems {
                        let say = |l, m: &chainon::domain::Message| catalog.say(l, m);
                        let word = |d| chainon::reports::dates::long_date(&catalog, lang, d);
                        eprintln!("  {}", p.line_in(lang, &say, word));
                    }
                    Ok(ExitCode::from(2))
                }
                Err(e) => Err(e.into()),
            }
        }
        ScreeningCommand::Lists { format, lang, .. } => {
            let lang: Lang = lang.into();
            let editions = store.screening_editions(None).await?;
            let catalog = Catalog::embedded().context("reading the message catalogues")?;
            match format {
                // Each edition as the API gives it: with its names in English and French (`name_en`, `name_fr`).
                DiffFormat::Json => {
                    let editions: Vec<EditionJson> =
                        editions.into_iter().map(|e| EditionJson::of(&catalog, e)).collect();
                    writeln!(out, "{}", serde_json::to_string(&editions)?)?;
                }
                DiffFormat::Text => {
                    if editions.is_empty() {
                        writeln!(out, "{}", catalog.get(lang, "screening.cli_no_list"))?;
                    }
                    for e in editions {
                        let entries = u64::try_from(e.entry_count).unwrap_or_default();
                        let (publisher, licence) = e.list.source_in(&e.source, lang);
                        // Every count in the reader's number form (`5,008`, `5 008`), as the pages write it.
                        let n = |x: usize| chainon::reports::numbers::count(lang, u64::try_from(x).unwrap_or(u64::MAX));
                        // Named as the pages name it: list, edition number and the `#` identifier `diff` takes.
                        writeln!(
                            out,
                            "{}  {}  {:>16}  +{} -{} ~{}  {} ({}; {})",
                            chainon::reports::screening_pages::edition_name(&catalog, lang, &e),
                            e.source.published_on,
                            catalog.counted(lang, "screening.cli_entries", entries, &[]),
                            n(e.added),
                            n(e.removed),
                            n(e.changed),
                            e.file_name,
                            publisher,
                            licence
                        )?;
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        ScreeningCommand::Diff { edition, .. } => match store.screening_edition(edition).await? {
            Some((_, diff)) => {
                writeln!(out, "{}", serde_json::to_string_pretty(&diff)?)?;
                Ok(ExitCode::SUCCESS)
            }
            // Said by `main` in the language asked for, or both (exit 1).
            None => Err(SaidError(Message::new("cli.no_edition").text("edition", edition.to_string())).into()),
        },
        ScreeningCommand::Hits { all, limit, offset, lang, .. } => {
            let lang: Lang = lang.into();
            let filter = chainon::storage::HitFilter {
                status: (!all).then_some(chainon::storage::HitStatus::Open),
                limit,
                offset,
                ..Default::default()
            };
            let hits = store.screening_hits(&filter).await?;
            for h in &hits {
                writeln!(out, "{}", serde_json::to_string(h)?)?;
            }
            // A script reading the lines is told on standard error when they are not all of them.
            let total = store.count_screening_hits(&filter).await?;
            let shown = u64::try_from(hits.len()).unwrap_or(u64::MAX);
            if filter.offset.saturating_add(shown) < total {
                let catalog = Catalog::embedded().context("reading the message catalogues")?;
                let n = |x: u64| chainon::reports::numbers::count(lang, x);
                let mut a = chainon::reports::MessageArgs::new();
                a.set("shown", n(shown));
                a.set("total", n(total));
                a.set("first", n(filter.offset.saturating_add(1)));
                a.set("next", filter.offset.saturating_add(shown).to_string());
                eprintln!("{}", catalog.format(lang, "screening.cli_hits_more", &a));
            }
            Ok(ExitCode::SUCCESS)
        }
    };
    super::write_output(None, out.as_bytes())?;
    result
}
