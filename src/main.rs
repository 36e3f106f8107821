//! The `chainon` command: serve, import, assess, template, convert, model.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};

use chainon::config::Settings;
use chainon::domain::{AccountRole, IssueLevel, Lang};
use chainon::import;
use chainon::pipeline::{self, SubmitError};
use chainon::scoring::RiskModel;
use chainon::startup::{self, Application};

/// Ethical supply-chain risk assessment for Canadian federal procurement.
#[derive(Parser)]
#[command(name = "chainon", version, about)]
struct Cli {
    /// Settings file (TOML); `chainon.toml` in the working directory is read when present.
    #[arg(long, global = true)]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum Format {
    Json,
    Html,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    En,
    Fr,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::En => Lang::En,
            LangArg::Fr => Lang::Fr,
        }
    }
}

#[derive(Subcommand)]
enum Command {
    /// Run the web service and API.
    Serve {
        /// Load the demo declarations (several suppliers bidding on three solicitations).
        #[arg(long)]
        demo: bool,
        /// Database URL (default: an SQLite file, `chainon.sqlite3`, created on first run).
        #[arg(long, env = "CHAINON_DATABASE_URL")]
        database: Option<String>,
        /// Address to listen on (default 127.0.0.1:8080).
        #[arg(long)]
        bind: Option<String>,
    },
    /// Store declaration files (each file in one transaction: all of it or nothing).
    Import {
        /// Declaration files: .xlsx, .xlsm, .ods, .zip of CSV, .json.
        #[arg(required = true)]
        files: Vec<PathBuf>,
        #[arg(long, env = "CHAINON_DATABASE_URL")]
        database: Option<String>,
    },
    /// Score one declaration file without a database.
    Assess {
        file: PathBuf,
        #[arg(long, value_enum, default_value = "json")]
        format: Format,
        /// Language of the HTML report.
        #[arg(long, value_enum, default_value = "en")]
        lang: LangArg,
        /// Write here instead of standard output.
        #[arg(long)]
        output: Option<PathBuf>,
    },
    /// Write the blank declaration workbook.
    Template {
        #[arg(long, value_enum, default_value = "en")]
        lang: LangArg,
        #[arg(long)]
        output: PathBuf,
    },
    /// Write a declaration file of any carrier (JSON, CSV zip, ODS …) as an XLSX workbook.
    Convert {
        file: PathBuf,
        #[arg(long, value_enum, default_value = "en")]
        lang: LangArg,
        #[arg(long)]
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
        #[arg(long, default_value_t = 10_000)]
        sites: usize,
        /// Share of site rows that reuse a facility another declaration names (0 to 1).
        #[arg(long, default_value_t = 0.15)]
        shared: f64,
        #[arg(long, default_value_t = 2026)]
        seed: u64,
        #[arg(long)]
        output: PathBuf,
    },
    /// Accounts and API tokens.
    User {
        #[command(subcommand)]
        command: UserCommand,
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
        #[arg(long)]
        memory_bytes: u64,
        #[arg(long)]
        cpu_secs: u64,
    },
}

// ---- Entity screening (chainon screening …) ----

/// The lists screening reads, as the command line names them.
#[derive(Clone, Copy, ValueEnum)]
enum ListArg {
    /// US DHS UFLPA Entity List (the web page of tables by section, saved as HTML, or the tables as CSV).
    Uflpa,
    /// US CBP Withhold Release Orders and Findings (CSV).
    CbpWro,
    /// PSPC Ineligible and suspended suppliers (CSV).
    Pspc,
    /// OpenSanctions FollowTheMoney entities (JSON lines).
    Opensanctions,
    /// The department's own watch list (CSV).
    Watchlist,
}

impl From<ListArg> for chainon::screening::ListKind {
    fn from(l: ListArg) -> Self {
        use chainon::screening::ListKind;
        match l {
            ListArg::Uflpa => ListKind::Uflpa,
            ListArg::CbpWro => ListKind::CbpWro,
            ListArg::Pspc => ListKind::PspcIneligible,
            ListArg::Opensanctions => ListKind::Opensanctions,
            ListArg::Watchlist => ListKind::Watchlist,
        }
    }
}

#[derive(Subcommand)]
enum ScreeningCommand {
    /// Import a list file as a new dated edition (diffed against the list's latest), then re-screen every stored
    /// declaration against it. A refused file stores nothing (exit 2, each problem with its line).
    Import {
        #[arg(long, value_enum)]
        list: ListArg,
        file: PathBuf,
        /// The publisher's date of the edition (YYYY-MM-DD; default: today).
        #[arg(long)]
        published: Option<chrono::NaiveDate>,
        /// The publisher's name for the edition (default: the date).
        #[arg(long)]
        label: Option<String>,
        /// Who publishes it (default: the list's publisher).
        #[arg(long)]
        publisher: Option<String>,
        /// Where the publisher puts the file out (recorded, never fetched).
        #[arg(long)]
        address: Option<String>,
        #[arg(long)]
        licence: Option<String>,
        #[arg(long, env = "CHAINON_DATABASE_URL")]
        database: Option<String>,
    },
    /// The editions imported, newest first, with what each added, removed and changed.
    Lists {
        #[arg(long, env = "CHAINON_DATABASE_URL")]
        database: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormat,
    },
    /// What one edition added, removed and changed against the edition before it (JSON).
    Diff {
        edition: i64,
        #[arg(long, env = "CHAINON_DATABASE_URL")]
        database: Option<String>,
    },
    /// Hits (JSON lines), newest first: open ones (the alerts) unless `--all`.
    Hits {
        #[arg(long)]
        all: bool,
        #[arg(long, default_value_t = 100)]
        limit: u64,
        #[arg(long, env = "CHAINON_DATABASE_URL")]
        database: Option<String>,
    },
}

async fn screening(mut settings: Settings, command: ScreeningCommand) -> anyhow::Result<ExitCode> {
    use chainon::screening::{EditionSource, ListKind, service};
    let (ScreeningCommand::Import { database, .. }
    | ScreeningCommand::Lists { database, .. }
    | ScreeningCommand::Diff { database, .. }
    | ScreeningCommand::Hits { database, .. }) = &command;
    if let Some(db) = database.clone() {
        settings.database_url = db;
    }
    let store = startup::connect_store(&settings).await?;
    match command {
        ScreeningCommand::Import { list, file, published, label, publisher, address, licence, .. } => {
            let list: ListKind = list.into();
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
            match service::import_edition(&store, list, &source, &name, bytes, "cli").await {
                Ok((imported, run)) => {
                    let e = &imported.edition;
                    if imported.already_imported {
                        println!("{name}: already imported as edition {} (version {} of {list})", e.id, e.version);
                    } else {
                        println!(
                            "{name}: edition {} (version {} of {list}), {} entries: {} added, {} removed, {} changed",
                            e.id, e.version, e.entry_count, e.added, e.removed, e.changed
                        );
                        println!(
                            "re-screened {} declarations ({} parties): {} hits, {} new alerts",
                            run.declarations, run.parties, run.hits, run.new_alerts
                        );
                    }
                    Ok(ExitCode::SUCCESS)
                }
                Err(service::ScreeningError::Refused(problems)) => {
                    eprintln!("{name}: refused, nothing stored");
                    for p in problems {
                        eprintln!("  {p}");
                    }
                    Ok(ExitCode::from(2))
                }
                Err(e) => Err(e.into()),
            }
        }
        ScreeningCommand::Lists { format, .. } => {
            let editions = store.screening_editions(None).await?;
            match format {
                DiffFormat::Json => println!("{}", serde_json::to_string(&editions)?),
                DiffFormat::Text => {
                    if editions.is_empty() {
                        println!("no list imported (chainon screening import --list KIND FILE)");
                    }
                    for e in editions {
                        println!(
                            "{:>4}  {:<16} v{:<3} {}  {:>6} entries  +{} -{} ~{}  {} ({}; {})",
                            e.id,
                            e.list,
                            e.version,
                            e.source.published_on,
                            e.entry_count,
                            e.added,
                            e.removed,
                            e.changed,
                            e.file_name,
                            e.source.publisher,
                            e.source.licence
                        );
                    }
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        ScreeningCommand::Diff { edition, .. } => match store.screening_edition(edition).await? {
            Some((_, diff)) => {
                println!("{}", serde_json::to_string_pretty(&diff)?);
                Ok(ExitCode::SUCCESS)
            }
            None => {
                eprintln!("no edition {edition}");
                Ok(ExitCode::from(1))
            }
        },
        ScreeningCommand::Hits { all, limit, .. } => {
            let filter = chainon::storage::HitFilter {
                status: (!all).then_some(chainon::storage::HitStatus::Open),
                limit,
                ..Default::default()
            };
            for h in store.screening_hits(&filter).await? {
                println!("{}", serde_json::to_string(&h)?);
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

// ---- end of entity screening ----

#[derive(Clone, Copy, ValueEnum)]
enum RoleArg {
    Supplier,
    Officer,
    Auditor,
    Administrator,
}

impl From<RoleArg> for AccountRole {
    fn from(r: RoleArg) -> AccountRole {
        match r {
            RoleArg::Supplier => AccountRole::Supplier,
            RoleArg::Officer => AccountRole::Officer,
            RoleArg::Auditor => AccountRole::Auditor,
            RoleArg::Administrator => AccountRole::Administrator,
        }
    }
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Re-walk the whole log: exit 0 when every entry is intact and chained, 1 with each edited, missing or
    /// reordered entry named. Prints the head (last number and hash) to record elsewhere.
    Verify {
        #[arg(long, env = "CHAINON_DATABASE_URL")]
        database: Option<String>,
        /// A head hash recorded earlier: verification also fails if the log no longer contains it (a cut tail).
        #[arg(long)]
        expect_head: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormat,
    },
    /// Print the newest entries (JSON lines), optionally for one record (e.g. `declaration/12`).
    Log {
        #[arg(long, env = "CHAINON_DATABASE_URL")]
        database: Option<String>,
        #[arg(long)]
        subject: Option<String>,
        #[arg(long, default_value_t = 50)]
        limit: u64,
    },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Create an account. The password comes from standard input (`--password-stdin`) or `CHAINON_PASSWORD`.
    Add {
        #[arg(long)]
        email: String,
        /// The person's name as pages show it.
        #[arg(long)]
        name: String,
        #[arg(long, value_enum)]
        role: RoleArg,
        /// A supplier account's organisation (required for, and only for, suppliers).
        #[arg(long)]
        business_number: Option<String>,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
        #[arg(long, env = "CHAINON_DATABASE_URL")]
        database: Option<String>,
    },
    /// Issue an API token for an account (`--email`, `--name`); it is printed once and only its digest is stored.
    /// `token list` and `token revoke` show and revoke an account's tokens.
    Token(TokenArgs),
    /// List the accounts.
    List {
        #[arg(long, env = "CHAINON_DATABASE_URL")]
        database: Option<String>,
    },
    /// Disable an account: its sessions end at once, its password and API tokens stop working.
    Disable {
        #[arg(long)]
        email: String,
        #[arg(long, env = "CHAINON_DATABASE_URL")]
        database: Option<String>,
    },
    /// Enable a disabled account again (its ended sessions stay ended).
    Enable {
        #[arg(long)]
        email: String,
        #[arg(long, env = "CHAINON_DATABASE_URL")]
        database: Option<String>,
    },
    /// Give an account another role (and, for a supplier, its organisation's business number).
    Role {
        #[arg(long)]
        email: String,
        #[arg(long, value_enum)]
        role: RoleArg,
        #[arg(long)]
        business_number: Option<String>,
        #[arg(long, env = "CHAINON_DATABASE_URL")]
        database: Option<String>,
    },
}

#[derive(clap::Args)]
#[command(subcommand_negates_reqs = true)]
struct TokenArgs {
    #[command(subcommand)]
    command: Option<TokenCommand>,
    #[arg(long, required = true)]
    email: Option<String>,
    /// What the token is for (e.g. "ERP nightly export").
    #[arg(long, required = true)]
    name: Option<String>,
    #[arg(long, env = "CHAINON_DATABASE_URL")]
    database: Option<String>,
}

#[derive(Subcommand)]
enum TokenCommand {
    /// List an account's tokens: id, name, when issued, when revoked.
    List {
        #[arg(long)]
        email: String,
        #[arg(long, env = "CHAINON_DATABASE_URL")]
        database: Option<String>,
    },
    /// Revoke an account's tokens of a name (`--name`), or one by its id (`--id`): they are refused from then on.
    Revoke {
        #[arg(long)]
        email: String,
        #[arg(long, required_unless_present = "id", conflicts_with = "id")]
        name: Option<String>,
        #[arg(long)]
        id: Option<i64>,
        #[arg(long, env = "CHAINON_DATABASE_URL")]
        database: Option<String>,
    },
}

#[derive(Subcommand)]
enum ModelCommand {
    /// Validate a model folder (default: the model compiled in).
    Check { dir: Option<PathBuf> },
    /// Re-score the stored declarations under two models and list what changed and why.
    Diff {
        /// The old model: a folder, or a version under `risk_models/` (e.g. 2019.1).
        old: String,
        /// The new model: a folder, or a version under `risk_models/` (e.g. 2022.1).
        new: String,
        #[arg(long, env = "CHAINON_DATABASE_URL")]
        database: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormat,
    },
    /// Write a new model version from an existing one with a newer ILAB list or optional sources.
    Derive(Box<DeriveArgs>),
}

#[derive(Clone, Copy, ValueEnum)]
enum DiffFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum)]
enum KindArg {
    ForcedLabour,
    ChildLabour,
}

#[derive(clap::Args)]
struct DeriveArgs {
    /// The base model folder (e.g. risk_models/2022.1).
    #[arg(long)]
    from: PathBuf,
    /// The new version's name (e.g. 2022.2).
    #[arg(long)]
    version: String,
    /// Where to write it (default: risk_models/<version>, beside the base).
    #[arg(long)]
    output: Option<PathBuf>,
    /// A newer ILAB goods list, in the columns of ilab_goods_2022.csv.
    #[arg(long, requires_all = ["ilab_goods_edition", "ilab_goods_licence"])]
    ilab_goods: Option<PathBuf>,
    #[arg(long)]
    ilab_goods_edition: Option<String>,
    #[arg(long)]
    ilab_goods_licence: Option<String>,
    /// A country index CSV (e.g. the Global Slavery Index), one row per country.
    #[arg(long, requires_all = ["country_index_edition", "country_index_licence", "country_index_measure_en", "country_index_measure_fr"])]
    country_index: Option<PathBuf>,
    #[arg(long)]
    country_index_edition: Option<String>,
    #[arg(long, default_value = "")]
    country_index_publisher: String,
    #[arg(long)]
    country_index_licence: Option<String>,
    #[arg(long, value_enum, default_value = "forced-labour")]
    country_index_kind: KindArg,
    #[arg(long, default_value = "country")]
    country_index_country_column: String,
    #[arg(long, default_value = "value")]
    country_index_value_column: String,
    /// What the figure is, in English and in French.
    #[arg(long)]
    country_index_measure_en: Option<String>,
    #[arg(long)]
    country_index_measure_fr: Option<String>,
    #[arg(long, default_value_t = 1.0)]
    country_index_points_per_unit: f64,
    #[arg(long, default_value_t = 20.0)]
    country_index_max_points: f64,
    /// An entity list CSV (e.g. the UFLPA Entity List): a `name` column, optionally `country` and `aliases`.
    #[arg(long, requires_all = ["entity_list_edition", "entity_list_licence"])]
    entity_list: Option<PathBuf>,
    #[arg(long)]
    entity_list_edition: Option<String>,
    #[arg(long, default_value = "")]
    entity_list_publisher: String,
    #[arg(long)]
    entity_list_licence: Option<String>,
    #[arg(long, default_value = "name")]
    entity_list_name_column: String,
    #[arg(long)]
    entity_list_country_column: Option<String>,
    #[arg(long)]
    entity_list_aliases_column: Option<String>,
    #[arg(long, default_value_t = 60.0)]
    entity_list_points: f64,
}

fn read_file(path: &Path) -> anyhow::Result<(String, Vec<u8>)> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    Ok((name, bytes))
}

fn write_output(output: Option<&Path>, bytes: &[u8]) -> anyhow::Result<()> {
    match output {
        Some(p) => std::fs::write(p, bytes).with_context(|| format!("writing {}", p.display())),
        None => {
            let mut out = std::io::stdout().lock();
            out.write_all(bytes)?;
            out.flush()?;
            Ok(())
        }
    }
}

async fn serve(
    mut settings: Settings,
    demo: bool,
    database: Option<String>,
    bind: Option<String>,
) -> anyhow::Result<()> {
    if let Some(db) = database {
        settings.database_url = db;
    }
    if let Some(b) = bind {
        settings.bind = b;
    }
    let state = startup::build_state(&settings).await?;
    state.reader.check().await.map_err(|e| anyhow::anyhow!("the intake worker does not answer: {e}"))?;
    match &state.reader {
        chainon::isolation::Reader::Isolated(_) => tracing::info!(
            memory_mib = settings.isolation.memory_mib,
            cpu_secs = settings.isolation.cpu_secs,
            "uploads are read in limited child processes"
        ),
        chainon::isolation::Reader::InProcess => {
            tracing::warn!("isolation is off: uploads are read inside the service's own process")
        }
    }
    if demo {
        let s = startup::load_demo(&state).await?;
        tracing::info!(stored = s.stored, already_there = s.already_there, "demo declarations loaded");
        let created = startup::load_demo_accounts(&state.store).await?;
        tracing::info!(created, "demo accounts ready (README, \"Signing in\")");
        let cases = startup::load_demo_cases(&state.store).await?;
        tracing::info!(contracts = cases.contracts, cases = cases.cases, "demo contracts and case ready");
    }
    // The national graph is built on a blocking thread while the service already answers.
    state.graph.start(state.store.clone());
    // Case notifications: the outbox is sent through the relay when one is configured.
    match chainon::notify::Mailer::from_settings(&settings.mail)? {
        Some(mailer) => {
            chainon::notify::spawn(state.store.clone(), mailer, settings.mail.poll_secs);
            tracing::info!("notifications are sent by e-mail through the configured relay");
        }
        None => tracing::info!("no mail relay configured: notifications wait in the outbox"),
    }
    let app = Application::with_state(state, &settings.bind, None)?;
    tracing::info!(
        "Chaînon listening on http://{}:{} (database {})",
        settings.bind.rsplit_once(':').map_or("127.0.0.1", |(h, _)| h),
        app.port(),
        startup::redact(&settings.database_url)
    );
    app.run_until_stopped().await?;
    Ok(())
}

async fn audit(mut settings: Settings, command: AuditCommand) -> anyhow::Result<ExitCode> {
    let (AuditCommand::Verify { database, .. } | AuditCommand::Log { database, .. }) = &command;
    if let Some(db) = database.clone() {
        settings.database_url = db;
    }
    let store = startup::connect_store(&settings).await?;
    match command {
        AuditCommand::Verify { expect_head, format, .. } => {
            let report = store.verify_audit().await?;
            let mut intact = report.is_intact();
            let mut head_missing = false;
            if let Some(expected) = &expect_head {
                let present = store.audit_entry_with_hash(expected).await?;
                head_missing = !present;
                intact &= present;
            }
            match format {
                DiffFormat::Json => {
                    let mut v = serde_json::to_value(&report)?;
                    if let Some(fields) = v.as_object_mut() {
                        fields.insert("intact".into(), intact.into());
                        if expect_head.is_some() {
                            fields.insert("expected_head_present".into(), (!head_missing).into());
                        }
                    }
                    println!("{v}");
                }
                DiffFormat::Text => {
                    for p in &report.problems {
                        let what = match &p.fault {
                            chainon::storage::AuditFault::Edited => {
                                "edited: its content no longer matches its hash".to_string()
                            }
                            chainon::storage::AuditFault::Missing { expected_seq } => {
                                format!("entries from {expected_seq} are missing before it")
                            }
                            chainon::storage::AuditFault::Unchained => {
                                "out of the chain: the entry before it was removed, inserted or moved".to_string()
                            }
                        };
                        println!("entry {}: {what}", p.seq);
                    }
                    if head_missing {
                        println!(
                            "the recorded head {} is no longer in the log: its tail was cut or rewritten",
                            expect_head.unwrap_or_default()
                        );
                    }
                    println!(
                        "{} entries, {}; head {} {}",
                        report.entries,
                        if intact { "intact" } else { "NOT intact" },
                        report.head_seq,
                        report.head_hash
                    );
                }
            }
            Ok(if intact { ExitCode::SUCCESS } else { ExitCode::from(1) })
        }
        AuditCommand::Log { subject, limit, .. } => {
            for e in store.audit_entries(subject.as_deref(), limit).await? {
                println!("{}", serde_json::to_string(&e)?);
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// The database a `user` command names, if any.
fn user_database(command: &UserCommand) -> Option<String> {
    match command {
        UserCommand::Add { database, .. }
        | UserCommand::List { database }
        | UserCommand::Disable { database, .. }
        | UserCommand::Enable { database, .. }
        | UserCommand::Role { database, .. }
        | UserCommand::Token(TokenArgs { command: None, database, .. })
        | UserCommand::Token(TokenArgs {
            command: Some(TokenCommand::List { database, .. } | TokenCommand::Revoke { database, .. }),
            ..
        }) => database.clone(),
    }
}

/// The organisation an account of `role` carries, from `--business-number`.
fn organisation(role: AccountRole, business_number: Option<&str>) -> anyhow::Result<Option<String>> {
    role.organisation(business_number)
        .map(|bn| bn.map(|bn| bn.to_string()))
        .map_err(|e| anyhow::anyhow!("--business-number: {e}"))
}

/// An account by e-mail, enabled or not.
async fn account_named(store: &chainon::storage::Store, email: &str) -> anyhow::Result<chainon::domain::Account> {
    store.account_by_email(email).await?.ok_or_else(|| anyhow::anyhow!("no account has the e-mail {email}"))
}

async fn user(mut settings: Settings, command: UserCommand) -> anyhow::Result<ExitCode> {
    if let Some(db) = user_database(&command) {
        settings.database_url = db;
    }
    let store = startup::connect_store(&settings).await?;
    // Changes made here are audited as done by the command line.
    let actor = "cli";
    match command {
        UserCommand::Add { email, name, role, business_number, password_stdin, .. } => {
            let role = AccountRole::from(role);
            let business_number = organisation(role, business_number.as_deref())?;
            if !email.contains('@') || email.trim().len() < 3 {
                anyhow::bail!("--email {email}: not an e-mail address");
            }
            if store.account_by_email(&email).await?.is_some() {
                anyhow::bail!("an account with the e-mail {email} exists already");
            }
            let password = if password_stdin {
                let mut line = String::new();
                std::io::stdin().read_line(&mut line).context("reading the password from standard input")?;
                line.trim_end_matches(['\r', '\n']).to_string()
            } else {
                std::env::var("CHAINON_PASSWORD").map_err(|_| {
                    anyhow::anyhow!("give the password on standard input with --password-stdin, or in CHAINON_PASSWORD")
                })?
            };
            let password_hash =
                tokio::task::spawn_blocking(move || chainon::accounts::hash_password(&password)).await??;
            let account = store
                .create_account(
                    &chainon::storage::NewAccount { email, display_name: name, role, business_number, password_hash },
                    actor,
                )
                .await?;
            println!("created account {} ({}, {})", account.email, account.role, account.id);
        }
        UserCommand::Token(TokenArgs { command: None, email, name, .. }) => {
            let (email, name) = (email.unwrap_or_default(), name.unwrap_or_default());
            let Some((account, _)) = store.account_for_login(&email).await? else {
                anyhow::bail!("no enabled account has the e-mail {email}");
            };
            let token = chainon::accounts::random_token()?;
            let id = store.add_api_token(account.id, &name, &token, actor).await?;
            eprintln!(
                "API token {id} for {} ({}); it is shown once: keep it secret. Revoke it with `chainon user token \
                 revoke --email {} --id {id}`.",
                account.email, account.role, account.email
            );
            println!("{token}");
        }
        UserCommand::Token(TokenArgs { command: Some(TokenCommand::List { email, .. }), .. }) => {
            let account = account_named(&store, &email).await?;
            for t in store.api_tokens(account.id).await? {
                let revoked =
                    t.revoked_at.map_or_else(|| "live".to_string(), |at| format!("revoked {}", at.to_rfc3339()));
                println!("{}\t{}\t{}\t{revoked}", t.id, t.name, t.created_at.to_rfc3339());
            }
        }
        UserCommand::Token(TokenArgs { command: Some(TokenCommand::Revoke { email, name, id, .. }), .. }) => {
            let account = account_named(&store, &email).await?;
            let chosen: Vec<i64> = store
                .api_tokens(account.id)
                .await?
                .into_iter()
                .filter(|t| t.revoked_at.is_none())
                .filter(|t| id.is_none_or(|id| t.id == id) && name.as_ref().is_none_or(|n| &t.name == n))
                .map(|t| t.id)
                .collect();
            if chosen.is_empty() {
                anyhow::bail!(
                    "{} has no live token {}",
                    account.email,
                    name.map_or_else(|| format!("with the id {}", id.unwrap_or_default()), |n| format!("named {n:?}"))
                );
            }
            for token_id in &chosen {
                store.revoke_api_token(account.id, *token_id, actor).await?;
                println!("revoked token {token_id} of {}", account.email);
            }
        }
        UserCommand::List { .. } => {
            for a in store.list_accounts().await? {
                println!(
                    "{}\t{}\t{}\t{}{}",
                    a.email,
                    a.role,
                    a.business_number.as_deref().unwrap_or("-"),
                    a.display_name,
                    if a.disabled { "\t(disabled)" } else { "" }
                );
            }
        }
        UserCommand::Disable { email, .. } => {
            let account = account_named(&store, &email).await?;
            let account = store.set_account_disabled(account.id, true, actor).await?;
            println!("disabled {}: its sessions have ended and its API tokens are refused", account.email);
        }
        UserCommand::Enable { email, .. } => {
            let account = account_named(&store, &email).await?;
            let account = store.set_account_disabled(account.id, false, actor).await?;
            println!("enabled {}", account.email);
        }
        UserCommand::Role { email, role, business_number, .. } => {
            let role = AccountRole::from(role);
            let business_number = organisation(role, business_number.as_deref())?;
            let account = account_named(&store, &email).await?;
            let changed = store.change_role(account.id, role, business_number, actor).await?;
            println!("{}: {} → {}", changed.email, account.role, changed.role);
        }
    }
    Ok(ExitCode::SUCCESS)
}

async fn import_files(
    mut settings: Settings,
    files: Vec<PathBuf>,
    database: Option<String>,
) -> anyhow::Result<ExitCode> {
    if let Some(db) = database {
        settings.database_url = db;
    }
    let state = startup::build_state(&settings).await?;
    let (mut stored, mut duplicates, mut refused) = (0, 0, 0);
    // The bar draws on standard error only at a terminal; the per-file lines and the summary go to standard output.
    let entries = expand_portfolios(&files);
    let bar = indicatif::ProgressBar::new(entries.len() as u64);
    bar.set_style(
        indicatif::ProgressStyle::with_template("{bar:40} {pos}/{len} {wide_msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_bar()),
    );
    let say = |line: String| {
        if bar.is_hidden() {
            println!("{line}");
        } else {
            bar.println(line);
        }
    };
    for (label, read) in entries {
        bar.set_message(label.clone());
        let (name, bytes) = match read {
            Ok(read) => read,
            Err(e) => {
                refused += 1;
                say(format!("{}: refused, nothing stored\n  {e:#}", label));
                bar.inc(1);
                continue;
            }
        };
        match pipeline::submit(&state.store, state.model.clone(), name, bytes, state.limits.clone(), "cli").await {
            Ok(done) if done.outcome.duplicate => {
                duplicates += 1;
                say(format!("{}: already stored as declaration {}", label, done.outcome.declaration_id));
            }
            Ok(done) => {
                stored += 1;
                let o = &done.assessment.overall;
                say(format!(
                    "{}: stored as declaration {}{} (forced labour {} {:.1}, child labour {} {:.1}, {} finding(s), {} warning(s))",
                    label,
                    done.outcome.declaration_id,
                    done.outcome.superseded.map(|s| format!(", superseding {s}")).unwrap_or_default(),
                    o.forced_labour.band,
                    o.forced_labour.score,
                    o.child_labour.band,
                    o.child_labour.score,
                    done.assessment.findings.len(),
                    done.warnings.len()
                ));
            }
            Err(SubmitError::Rejected(issues)) => {
                refused += 1;
                let mut text = format!("{}: refused, nothing stored", label);
                for i in issues.iter().filter(|i| i.level == IssueLevel::Error) {
                    text.push_str(&format!(
                        "\n  {} {}: {} / {}",
                        i.location,
                        i.field.as_deref().unwrap_or(""),
                        i.message_en,
                        i.message_fr
                    ));
                }
                say(text);
            }
            Err(e) => {
                bar.abandon();
                return Err(e).with_context(|| format!("importing {}", label));
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    println!(
        "{} declaration(s) in {} file(s): {stored} stored, {duplicates} already stored, {refused} refused",
        stored + duplicates + refused,
        files.len()
    );
    Ok(if refused > 0 { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

/// A file's name and bytes.
type NamedBytes = (String, Vec<u8>);

/// The files to import, one entry per declaration: a `.jsonl` portfolio (as `chainon synth` writes) gives one
/// declaration per line, named after its line.
fn expand_portfolios(files: &[PathBuf]) -> Vec<(String, anyhow::Result<NamedBytes>)> {
    let mut out = Vec::new();
    for path in files {
        let is_portfolio = path.extension().is_some_and(|e| e.eq_ignore_ascii_case("jsonl"));
        if !is_portfolio {
            out.push((path.display().to_string(), read_file(path)));
            continue;
        }
        match std::fs::read(path) {
            Ok(bytes) => {
                let stem = path.file_stem().map_or_else(|| "portfolio".into(), |s| s.to_string_lossy().into_owned());
                for (n, line) in bytes.split(|b| *b == b'\n').enumerate() {
                    if line.iter().all(u8::is_ascii_whitespace) {
                        continue;
                    }
                    out.push((
                        format!("{}, line {}", path.display(), n + 1),
                        Ok((format!("{stem}-line{}.json", n + 1), line.to_vec())),
                    ));
                }
            }
            Err(e) => out.push((
                path.display().to_string(),
                Err(anyhow::Error::from(e).context(format!("reading {}", path.display()))),
            )),
        }
    }
    out
}

fn assess(
    settings: &Settings,
    file: &Path,
    format: Format,
    lang: Lang,
    output: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let model = startup::load_model(settings)?;
    let (name, bytes) = read_file(file)?;
    match pipeline::assess_bytes(&model, &name, &bytes, &settings.limits) {
        Ok(done) => {
            let out = match format {
                Format::Json => {
                    // Written as it is serialised, compact: no copy of the assessment as a JSON tree, no indentation
                    // (at 100,000 sites the tree and the indentation were most of the memory and of the size).
                    #[derive(serde::Serialize)]
                    struct Out<'a> {
                        #[serde(flatten)]
                        assessment: &'a chainon::domain::Assessment,
                        warnings: &'a [chainon::domain::Issue],
                    }
                    let out = Out { assessment: &done.assessment, warnings: &done.warnings };
                    let write = |w: &mut dyn std::io::Write| -> anyhow::Result<()> {
                        let mut w = std::io::BufWriter::new(w);
                        serde_json::to_writer(&mut w, &out)?;
                        w.write_all(b"\n")?;
                        w.flush()?;
                        Ok(())
                    };
                    match output {
                        Some(p) => {
                            let mut f = std::fs::File::create(p).with_context(|| format!("writing {}", p.display()))?;
                            write(&mut f)?;
                        }
                        None => write(&mut std::io::stdout().lock())?,
                    }
                    return Ok(ExitCode::SUCCESS);
                }
                Format::Html => {
                    let renderer = chainon::reports::Renderer::new()?;
                    let view = chainon::reports::views::declaration_view(
                        renderer.catalog(),
                        &model,
                        lang,
                        &done.declaration,
                        &done.assessment,
                        None,
                    );
                    chainon::web::render_report(&renderer, lang, view)?.into_bytes()
                }
            };
            write_output(output, &out)?;
            Ok(ExitCode::SUCCESS)
        }
        Err(issues) => {
            let errors: Vec<_> = issues.iter().filter(|i| i.level == IssueLevel::Error).collect();
            let body = serde_json::json!({ "errors": errors });
            // The contract puts the errors on standard output even when an output file is named.
            println!("{}", serde_json::to_string_pretty(&body)?);
            Ok(ExitCode::from(2))
        }
    }
}

fn model_check(settings: &Settings, dir: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    let model = match dir {
        Some(d) => RiskModel::load_dir(&d).with_context(|| format!("loading {}", d.display()))?,
        None => startup::load_model(settings)?,
    };
    let missing = model.missing_data();
    if !missing.is_empty() {
        println!("Missing data and the fallback applied ({} item(s)):", missing.len());
        for m in &missing {
            println!("  {m}");
        }
    }
    let catalog = chainon::reports::Catalog::embedded().context("reading the message catalogues")?;
    let label = |lang, f: &chainon::domain::Factor, a: &chainon::domain::Assessment| {
        chainon::reports::explain::factor_label(&catalog, lang, f, &chainon::reports::explain::SiteIndex::of(a))
    };
    let problems = model.check_labels(&label);
    if problems.is_empty() {
        println!("model {}: valid", model.version());
        Ok(ExitCode::SUCCESS)
    } else {
        for p in &problems {
            println!("{p}");
        }
        println!("model {}: {} problem(s)", model.version(), problems.len());
        Ok(ExitCode::from(2))
    }
}

/// A model named on the command line: a folder, or a version folder under `risk_models/`.
fn resolve_model(name: &str) -> anyhow::Result<RiskModel> {
    let path = Path::new(name);
    let dir = if path.is_dir() { path.to_path_buf() } else { Path::new("risk_models").join(name) };
    if dir.is_dir() {
        return RiskModel::load_dir(&dir).with_context(|| format!("loading the model in {}", dir.display()));
    }
    if name == chainon::scoring::DEFAULT_VERSION {
        return RiskModel::embedded().context("loading the embedded model");
    }
    anyhow::bail!("no model `{name}`: give a model folder, or a version folder under risk_models/")
}

async fn model_diff(
    mut settings: Settings,
    old: String,
    new: String,
    database: Option<String>,
    format: DiffFormat,
) -> anyhow::Result<ExitCode> {
    if let Some(db) = database {
        settings.database_url = db;
    }
    let (old, new) = (resolve_model(&old)?, resolve_model(&new)?);
    let store = startup::connect_store(&settings).await?;
    let diff = pipeline::diff_models(&store, &old, &new).await?;
    match format {
        DiffFormat::Json => println!("{}", serde_json::to_string_pretty(&diff)?),
        DiffFormat::Text => {
            let catalog = chainon::reports::Catalog::embedded().context("reading the message catalogues")?;
            print!("{}", diff_text(&catalog, &diff))
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn diff_text(catalog: &chainon::reports::Catalog, diff: &pipeline::ModelDiff) -> String {
    use chainon::reports::explain::{NoSites, factor_label};
    use std::fmt::Write as _;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Model {} → {}: {} declaration(s) re-scored, {} changed",
        diff.old_version,
        diff.new_version,
        diff.declarations_compared,
        diff.changed.len()
    );
    for d in &diff.changed {
        let _ = writeln!(
            out,
            "\nDeclaration {} — {}{}",
            d.declaration_id,
            d.supplier_name,
            d.solicitation_number.as_deref().map(|n| format!(" ({n})")).unwrap_or_default()
        );
        for c in &d.diff.changes {
            let _ = writeln!(
                out,
                "  {} {}: {:.1} {} → {:.1} {}",
                c.scope, c.kind, c.old_score, c.old_band, c.new_score, c.new_band
            );
            for f in &c.removed {
                let _ = writeln!(
                    out,
                    "    − {} ({:+.1}): {}",
                    f.code(),
                    f.contribution,
                    factor_label(catalog, Lang::En, f, &NoSites)
                );
            }
            for f in &c.added {
                let _ = writeln!(
                    out,
                    "    + {} ({:+.1}): {}",
                    f.code(),
                    f.contribution,
                    factor_label(catalog, Lang::En, f, &NoSites)
                );
            }
        }
        for f in &d.diff.findings_removed {
            let _ = writeln!(out, "  finding gone: {f}");
        }
        for f in &d.diff.findings_added {
            let _ = writeln!(out, "  finding new: {f}");
        }
    }
    out
}

fn model_derive(a: DeriveArgs) -> anyhow::Result<ExitCode> {
    use chainon::scoring::versions::{self, CountryIndexOptions, DeriveRequest, EntityListOptions, SuppliedSource};
    let output = a
        .output
        .clone()
        .unwrap_or_else(|| a.from.parent().map_or_else(|| PathBuf::from(&a.version), |p| p.join(&a.version)));
    let supplied = |file: &Path, edition: Option<String>, publisher: &str, licence: Option<String>| SuppliedSource {
        file: file.to_path_buf(),
        edition: edition.unwrap_or_default(),
        publisher: publisher.to_string(),
        licence: licence.unwrap_or_default(),
    };
    let req = DeriveRequest {
        base: a.from.clone(),
        version: a.version.clone(),
        output: output.clone(),
        ilab_goods: a.ilab_goods.as_deref().map(|f| {
            supplied(
                f,
                a.ilab_goods_edition.clone(),
                "US Department of Labor, Bureau of International Labor Affairs",
                a.ilab_goods_licence.clone(),
            )
        }),
        country_index: a.country_index.as_deref().map(|f| CountryIndexOptions {
            source: supplied(
                f,
                a.country_index_edition.clone(),
                &a.country_index_publisher,
                a.country_index_licence.clone(),
            ),
            kind: match a.country_index_kind {
                KindArg::ForcedLabour => chainon::domain::RiskKind::ForcedLabour,
                KindArg::ChildLabour => chainon::domain::RiskKind::ChildLabour,
            },
            country_column: a.country_index_country_column.clone(),
            value_column: a.country_index_value_column.clone(),
            measure_en: a.country_index_measure_en.clone().unwrap_or_default(),
            measure_fr: a.country_index_measure_fr.clone().unwrap_or_default(),
            points_per_unit: a.country_index_points_per_unit,
            max_points: a.country_index_max_points,
        }),
        entity_list: a.entity_list.as_deref().map(|f| EntityListOptions {
            source: supplied(f, a.entity_list_edition.clone(), &a.entity_list_publisher, a.entity_list_licence.clone()),
            name_column: a.entity_list_name_column.clone(),
            country_column: a.entity_list_country_column.clone(),
            aliases_column: a.entity_list_aliases_column.clone(),
            points: a.entity_list_points,
        }),
        released: chrono::Local::now().date_naive(),
    };
    match versions::derive(&req) {
        Ok(model) => {
            println!("model {} written to {}: valid", model.version(), output.display());
            Ok(ExitCode::SUCCESS)
        }
        Err(versions::DeriveError::Invalid(problems)) => {
            for p in &problems {
                println!("{p}");
            }
            println!("model {}: {} problem(s); nothing was written", a.version, problems.len());
            Ok(ExitCode::from(2))
        }
        Err(e) => Err(e.into()),
    }
}

/// mimalloc: faster than the system allocator for the many small strings of intake and the national graph, and
/// returns memory to the system more readily (the graph benchmark measures both).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
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
            eprintln!("error: reading the settings: {e}");
            return ExitCode::FAILURE;
        }
    };
    chainon::telemetry::init(&settings.log);
    let result = match cli.command {
        Command::Serve { demo, database, bind } => {
            run_async(async move { serve(settings, demo, database, bind).await.map(|()| ExitCode::SUCCESS) })
        }
        Command::Import { files, database } => run_async(import_files(settings, files, database)),
        Command::Assess { file, format, lang, output } => {
            assess(&settings, &file, format, lang.into(), output.as_deref())
        }
        Command::Template { lang, output } => import::write_template(lang.into())
            .map_err(anyhow::Error::from)
            .and_then(|bytes| write_output(Some(&output), &bytes))
            .map(|()| ExitCode::SUCCESS),
        Command::Convert { file, lang, output } => convert(&settings, &file, lang.into(), &output),
        Command::Model { command: ModelCommand::Check { dir } } => model_check(&settings, dir),
        Command::Model { command: ModelCommand::Diff { old, new, database, format } } => {
            run_async(model_diff(settings, old, new, database, format))
        }
        Command::Model { command: ModelCommand::Derive(args) } => model_derive(*args),
        Command::User { command } => run_async(user(settings, command)),
        Command::Synth { sites, shared, seed, output } => synth(sites, shared, seed, &output),
        Command::Audit { command } => run_async(audit(settings, command)),
        Command::Screening { command } => run_async(screening(settings, command)),
        // Answered above, before the settings are read.
        Command::IntakeWorker { .. } => Ok(ExitCode::FAILURE),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn convert(settings: &Settings, file: &Path, lang: Lang, output: &Path) -> anyhow::Result<ExitCode> {
    let (name, bytes) = read_file(file)?;
    match import::read_declaration(&name, &bytes, &settings.limits) {
        Ok(parsed) => {
            let xlsx = import::write_workbook(lang, &parsed.declaration)?;
            write_output(Some(output), &xlsx)?;
            Ok(ExitCode::SUCCESS)
        }
        Err(issues) => {
            for i in issues.iter().filter(|i| i.level == IssueLevel::Error) {
                eprintln!("{} {}: {}", i.location, i.field.as_deref().unwrap_or(""), i.message_en);
            }
            Ok(ExitCode::from(2))
        }
    }
}

fn synth(sites: usize, shared: f64, seed: u64, output: &Path) -> anyhow::Result<ExitCode> {
    anyhow::ensure!((0.0..=1.0).contains(&shared), "--shared must be between 0 and 1");
    let decls = chainon::synth::portfolio(&chainon::synth::SynthOptions { sites, shared, seed });
    let mut out = std::io::BufWriter::new(
        std::fs::File::create(output).with_context(|| format!("creating {}", output.display()))?,
    );
    let mut rows = 0;
    for d in &decls {
        rows += d.places_of_work.len();
        serde_json::to_writer(&mut out, &import::to_json(d))?;
        std::io::Write::write_all(&mut out, b"\n")?;
    }
    std::io::Write::flush(&mut out)?;
    eprintln!("{}: {} declarations, {rows} site rows, {sites} facilities", output.display(), decls.len());
    Ok(ExitCode::SUCCESS)
}

fn run_async<F: std::future::Future<Output = anyhow::Result<ExitCode>>>(f: F) -> anyhow::Result<ExitCode> {
    actix_web::rt::System::new().block_on(f)
}
