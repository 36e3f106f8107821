//! `chainon audit …`: verify the tamper-evident log and print its entries.

use std::process::ExitCode;

use clap::Subcommand;

use chainon::config::Settings;
use chainon::startup;

use super::DiffFormat;

#[derive(Subcommand)]
pub(crate) enum AuditCommand {
    /// Re-walk the whole log: exit 0 when every entry is intact and chained, 1 with each edited, missing or
    /// reordered entry named. Prints the head (last number and hash) to record elsewhere.
    Verify {
        /// Database URL (default: the settings' one, else an SQLite file, `chainon.sqlite3`, created on first run).
        #[arg(long, env = "CHAINON_DATABASE_URL", value_name = "URL")]
        database: Option<String>,
        /// A head hash recorded earlier (64 hexadecimal digits, either case): verification also fails if the log no
        /// longer contains it (a cut tail). A value that is not such a hash is refused (exit 2).
        #[arg(long, value_name = "HASH")]
        expect_head: Option<String>,
        /// `text`: lines for people, in `--lang`; `json`: the outcome, for programs.
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormat,
        /// Language of the text lines (each fault, the count of entries by CLDR, the head)
        #[arg(long, value_enum, default_value = "en")]
        lang: super::LangArg,
    },
    /// Print the newest entries (JSON lines), optionally for one record (e.g. `declaration/12`).
    Log {
        /// Database URL (default: the settings' one, else an SQLite file, `chainon.sqlite3`, created on first run).
        #[arg(long, env = "CHAINON_DATABASE_URL", value_name = "URL")]
        database: Option<String>,
        /// Only the entries of this record (e.g. `declaration/12`).
        #[arg(long, value_name = "RECORD")]
        subject: Option<String>,
        /// How many entries, at least 1.
        #[arg(long, default_value_t = 50, value_name = "COUNT")]
        limit: u64,
    },
}

/// `chainon audit verify|log`.
pub(crate) async fn run(mut settings: Settings, command: AuditCommand) -> anyhow::Result<ExitCode> {
    let (AuditCommand::Verify { database, .. } | AuditCommand::Log { database, .. }) = &command;
    if let Some(db) = database.clone() {
        settings.database_url = db;
    }
    // A head is 64 hexadecimal digits, in either case (the log writes them in lower case); anything else is a usage
    // error said as such, not a log declared cut.
    let command = match command {
        AuditCommand::Verify { database, expect_head: Some(given), format, lang } => match head_hash(&given) {
            Some(head) => AuditCommand::Verify { database, expect_head: Some(head), format, lang },
            None => {
                let mut a = chainon::reports::MessageArgs::new();
                a.set("given", given.chars().filter(|c| !c.is_control()).take(80).collect::<String>());
                return Ok(super::args::refuse(None, "cli.expect_head", &a));
            }
        },
        AuditCommand::Log { limit: 0, .. } => {
            return Ok(super::args::refuse(None, "cli.audit_limit", &chainon::reports::MessageArgs::new()));
        }
        other => other,
    };
    let store = startup::connect_existing_store(&settings).await?;
    match command {
        AuditCommand::Verify { expect_head, format, lang, .. } => {
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
                    let catalog = chainon::reports::Catalog::embedded()?;
                    for line in verify_lines(
                        &catalog,
                        lang.into(),
                        &report,
                        intact,
                        head_missing.then_some(expect_head).flatten(),
                    ) {
                        println!("{line}");
                    }
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

/// What `audit verify` says for people in `lang`, from the catalogues (`audit_verify.*`): each fault of the log by its
/// entry's number, the recorded head when it is no longer in the log (`missing_head`), then the count of entries (by
/// CLDR), whether the log is intact, and the head (its number, then its hash, last on the line for scripts).
fn verify_lines(
    catalog: &chainon::reports::Catalog,
    lang: chainon::domain::Lang,
    report: &chainon::storage::AuditReport,
    intact: bool,
    missing_head: Option<String>,
) -> Vec<String> {
    use chainon::reports::MessageArgs;
    let mut lines = Vec::new();
    for p in &report.problems {
        let mut a = MessageArgs::new();
        // An entry's number names it: written as the log writes it, never grouped.
        a.set("seq", p.seq.to_string());
        let key = match &p.fault {
            chainon::storage::AuditFault::Edited => "audit_verify.edited",
            chainon::storage::AuditFault::Missing { expected_seq } => {
                a.set("expected", expected_seq.to_string());
                "audit_verify.missing"
            }
            chainon::storage::AuditFault::Unchained => "audit_verify.unchained",
        };
        lines.push(catalog.format(lang, key, &a));
    }
    if let Some(head) = missing_head {
        let mut a = MessageArgs::new();
        a.set("head", head);
        lines.push(catalog.format(lang, "audit_verify.head_missing", &a));
    }
    let mut a = MessageArgs::new();
    a.set("entries", report.entries);
    a.set("intact", if intact { "yes" } else { "no" }.to_string());
    a.set("seq", report.head_seq.to_string());
    a.set("hash", report.head_hash.clone());
    lines.push(catalog.format(lang, "audit_verify.summary", &a));
    lines
}

/// A head hash as typed (`--expect-head`): 64 hexadecimal digits, spaces around and upper case allowed, in the log's
/// form (lower case); `None` when it is not one.
fn head_hash(given: &str) -> Option<String> {
    let head = given.trim();
    (head.len() == 64 && head.bytes().all(|b| b.is_ascii_hexdigit())).then(|| head.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_head_is_read_in_either_case_and_anything_else_is_no_head() {
        let lower = "4a19d209".repeat(8);
        assert_eq!(super::head_hash(&lower.to_uppercase()).as_deref(), Some(lower.as_str()));
        assert_eq!(super::head_hash(&format!(" {lower} ")).as_deref(), Some(lower.as_str()));
        for not_a_head in ["0000", "", &"g".repeat(64), &"a".repeat(63), &"a".repeat(65), "4A19D209…"] {
            assert_eq!(super::head_hash(not_a_head), None, "{not_a_head}");
        }
    }
}
