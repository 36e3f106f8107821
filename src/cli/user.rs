//! `chainon user …`: accounts and API tokens.

use std::process::ExitCode;

use clap::{Subcommand, ValueEnum};

use chainon::config::Settings;
use chainon::domain::{AccountRole, Lang, Message, SaidError, say};
use chainon::startup;

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum RoleArg {
    /// Sees and submits only its own organisation's declarations (matched by business number).
    Supplier,
    /// Procurement officer: solicitations, bids, declarations of every supplier; may record declarations.
    Officer,
    /// Compliance auditor: reads everything, changes nothing.
    Auditor,
    /// Manages accounts; may do what an officer does.
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
pub(crate) enum UserCommand {
    /// Create an account. The password comes from standard input (`--password-stdin`) or `CHAINON_PASSWORD`.
    Add {
        /// The account's e-mail address.
        #[arg(long, value_name = "EMAIL")]
        email: String,
        /// The person's name as pages show it.
        #[arg(long, value_name = "NAME")]
        name: String,
        /// What the account may do.
        #[arg(long, value_enum)]
        role: RoleArg,
        /// A supplier account's organisation (required for, and only for, suppliers).
        #[arg(long, value_name = "NUMBER")]
        business_number: Option<String>,
        /// Read the password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
        /// Database URL (default: the settings' one, else an SQLite file, `chainon.sqlite3`, created on first run).
        #[arg(long, env = "CHAINON_DATABASE_URL", value_name = "URL")]
        database: Option<String>,
    },
    /// Issue an API token for an account (`--email`, `--name`); it is printed once and only its digest is stored.
    /// `token list` and `token revoke` show and revoke an account's tokens.
    Token(TokenArgs),
    /// List the accounts.
    List {
        /// Database URL (default: the settings' one, else an SQLite file, `chainon.sqlite3`, created on first run).
        #[arg(long, env = "CHAINON_DATABASE_URL", value_name = "URL")]
        database: Option<String>,
    },
    /// Disable an account: its sessions end at once, its password and API tokens stop working.
    Disable {
        /// The account's e-mail address.
        #[arg(long, value_name = "EMAIL")]
        email: String,
        /// Database URL (default: the settings' one, else an SQLite file, `chainon.sqlite3`, created on first run).
        #[arg(long, env = "CHAINON_DATABASE_URL", value_name = "URL")]
        database: Option<String>,
    },
    /// Enable a disabled account again (its ended sessions stay ended).
    Enable {
        /// The account's e-mail address.
        #[arg(long, value_name = "EMAIL")]
        email: String,
        /// Database URL (default: the settings' one, else an SQLite file, `chainon.sqlite3`, created on first run).
        #[arg(long, env = "CHAINON_DATABASE_URL", value_name = "URL")]
        database: Option<String>,
    },
    /// Give an account another role (and, for a supplier, its organisation's business number).
    Role {
        /// The account's e-mail address.
        #[arg(long, value_name = "EMAIL")]
        email: String,
        /// The account's new role.
        #[arg(long, value_enum)]
        role: RoleArg,
        /// A supplier account's organisation (required for, and only for, suppliers).
        #[arg(long, value_name = "NUMBER")]
        business_number: Option<String>,
        /// Database URL (default: the settings' one, else an SQLite file, `chainon.sqlite3`, created on first run).
        #[arg(long, env = "CHAINON_DATABASE_URL", value_name = "URL")]
        database: Option<String>,
    },
}

#[derive(clap::Args)]
#[command(subcommand_negates_reqs = true)]
pub(crate) struct TokenArgs {
    #[command(subcommand)]
    pub(crate) command: Option<TokenCommand>,
    /// The account's e-mail address.
    #[arg(long, required = true, value_name = "EMAIL")]
    pub(crate) email: Option<String>,
    /// What the token is for (e.g. "ERP nightly export").
    #[arg(long, required = true, value_name = "NAME")]
    pub(crate) name: Option<String>,
    /// Database URL (default: the settings' one, else an SQLite file, `chainon.sqlite3`, created on first run).
    #[arg(long, env = "CHAINON_DATABASE_URL", value_name = "URL")]
    pub(crate) database: Option<String>,
}

#[derive(Subcommand)]
pub(crate) enum TokenCommand {
    /// List an account's tokens: id, name, when issued, when revoked.
    List {
        /// The account's e-mail address.
        #[arg(long, value_name = "EMAIL")]
        email: String,
        /// Database URL (default: the settings' one, else an SQLite file, `chainon.sqlite3`, created on first run).
        #[arg(long, env = "CHAINON_DATABASE_URL", value_name = "URL")]
        database: Option<String>,
    },
    /// Revoke an account's tokens of a name (`--name`), or one by its id (`--id`): they are refused from then on.
    Revoke {
        /// The account's e-mail address.
        #[arg(long, value_name = "EMAIL")]
        email: String,
        /// Revoke every token of the account given this name.
        #[arg(long, required_unless_present = "id", conflicts_with = "id", value_name = "NAME")]
        name: Option<String>,
        /// Revoke the token of this identifier (as `token list` shows it).
        #[arg(long, value_name = "ID")]
        id: Option<i64>,
        /// Database URL (default: the settings' one, else an SQLite file, `chainon.sqlite3`, created on first run).
        #[arg(long, env = "CHAINON_DATABASE_URL", value_name = "URL")]
        database: Option<String>,
    },
}

/// The database a `user` command names, if any.
pub(crate) fn user_database(command: &UserCommand) -> Option<String> {
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

/// The organisation an account of `role` carries, from `--business-number`; refused in the catalogues' words
/// (`user.business_number`).
pub(crate) fn organisation(role: AccountRole, business_number: Option<&str>) -> anyhow::Result<Option<String>> {
    role.organisation(business_number)
        .map(|bn| bn.map(|bn| bn.to_string()))
        .map_err(|e| SaidError(Message::new("user.business_number").said("why", e.message())).into())
}

/// A refusal of a `user` command in the catalogues' words: said in the language asked for, or in both.
fn refused(message: Message) -> anyhow::Error {
    SaidError(message).into()
}

/// An account by e-mail, enabled or not.
pub(crate) async fn account_named(
    store: &chainon::storage::Store,
    email: &str,
) -> anyhow::Result<chainon::domain::Account> {
    store.account_by_email(email).await?.ok_or_else(|| refused(Message::new("user.no_account").text("email", email)))
}

/// `chainon user …`; every change is audited as made by `cli`. What it prints is in `lang` (`user.*` messages; the
/// lines of `list` and `token list` are tab-separated data, roles and dates as codes, but for the words `disabled`,
/// `live` and `revoked`); a refusal is a [`SaidError`], said by `main` in the language asked for or in both.
pub(crate) async fn run(mut settings: Settings, command: UserCommand, lang: Lang) -> anyhow::Result<ExitCode> {
    if let Some(db) = user_database(&command) {
        settings.database_url = db;
    }
    // The first administrator is made before the first `serve`: only `user add` may create the database.
    let store = if matches!(command, UserCommand::Add { .. }) {
        startup::connect_store(&settings).await?
    } else {
        startup::connect_existing_store(&settings).await?
    };
    // Changes made here are audited as done by the command line.
    let actor = "cli";
    match command {
        UserCommand::Add { email, name, role, business_number, password_stdin, .. } => {
            let role = AccountRole::from(role);
            let business_number = organisation(role, business_number.as_deref())?;
            if !email.contains('@') || email.trim().len() < 3 {
                return Err(refused(Message::new("user.not_email").text("email", email)));
            }
            if let Some(holder) = store.account_by_email(&email).await? {
                return Err(refused(
                    Message::new("user.email_taken")
                        .text("email", email)
                        .text("name", holder.display_name)
                        .text("id", holder.id.to_string()),
                ));
            }
            let password = if password_stdin {
                let mut line = String::new();
                std::io::stdin()
                    .read_line(&mut line)
                    .map_err(|e| refused(Message::new("user.password_unread").text("detail", e.to_string())))?;
                line.trim_end_matches(['\r', '\n']).to_string()
            } else {
                std::env::var("CHAINON_PASSWORD").map_err(|_| refused(Message::new("user.no_password")))?
            };
            let password_hash =
                match tokio::task::spawn_blocking(move || chainon::accounts::hash_password(&password)).await? {
                    Err(chainon::accounts::SecretError::TooShort) => {
                        let min = chainon::accounts::MIN_PASSWORD_CHARS as f64;
                        return Err(refused(Message::new("reset.too_short").number("min", min)));
                    }
                    hashed => hashed?,
                };
            let account = store
                .create_account(
                    &chainon::storage::NewAccount { email, display_name: name, role, business_number, password_hash },
                    actor,
                )
                .await?;
            let m = Message::new("user.created")
                .text("email", account.email)
                .text("role", account.role.label(lang))
                .text("id", account.id.to_string());
            println!("{}", say(lang, &m));
        }
        UserCommand::Token(TokenArgs { command: None, email, name, .. }) => {
            let (email, name) = (email.unwrap_or_default(), name.unwrap_or_default());
            let Some((account, _)) = store.account_for_login(&email).await? else {
                return Err(refused(Message::new("user.no_enabled_account").text("email", email)));
            };
            let token = chainon::accounts::random_token()?;
            let id = store.add_api_token(account.id, &name, &token, actor).await?;
            let m = Message::new("user.token_issued")
                .text("id", id.to_string())
                .text("email", account.email)
                .text("role", account.role.label(lang));
            eprintln!("{}", say(lang, &m));
            println!("{token}");
        }
        UserCommand::Token(TokenArgs { command: Some(TokenCommand::List { email, .. }), .. }) => {
            let account = account_named(&store, &email).await?;
            for t in store.api_tokens(account.id).await? {
                let revoked = match t.revoked_at {
                    None => say(lang, &Message::new("user.token_live")),
                    Some(at) => say(lang, &Message::new("user.token_revoked").text("at", at.to_rfc3339())),
                };
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
                return Err(refused(match name {
                    Some(n) => Message::new("user.no_live_token_named").text("email", account.email).text("name", n),
                    None => Message::new("user.no_live_token_id")
                        .text("email", account.email)
                        .text("id", id.unwrap_or_default().to_string()),
                }));
            }
            for token_id in &chosen {
                store.revoke_api_token(account.id, *token_id, actor).await?;
                let m = Message::new("user.token_revoke_done")
                    .text("id", token_id.to_string())
                    .text("email", account.email.clone());
                println!("{}", say(lang, &m));
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
                    if a.disabled {
                        format!("\t{}", say(lang, &Message::new("user.disabled_mark")))
                    } else {
                        String::new()
                    }
                );
            }
        }
        UserCommand::Disable { email, .. } => {
            let account = account_named(&store, &email).await?;
            let account = store.set_account_disabled(account.id, true, actor).await?;
            println!("{}", say(lang, &Message::new("user.disabled").text("email", account.email)));
        }
        UserCommand::Enable { email, .. } => {
            let account = account_named(&store, &email).await?;
            let account = store.set_account_disabled(account.id, false, actor).await?;
            println!("{}", say(lang, &Message::new("user.enabled").text("email", account.email)));
        }
        UserCommand::Role { email, role, business_number, .. } => {
            let role = AccountRole::from(role);
            let business_number = organisation(role, business_number.as_deref())?;
            let account = account_named(&store, &email).await?;
            let changed = store.change_role(account.id, role, business_number, actor).await?;
            let m = Message::new("user.role_changed")
                .text("email", changed.email)
                .text("old", account.role.label(lang))
                .text("new", changed.role.label(lang));
            println!("{}", say(lang, &m));
        }
    }
    Ok(ExitCode::SUCCESS)
}
