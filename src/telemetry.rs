//! Tracing set-up: structured logs to standard error, filtered by `RUST_LOG` or the configured level.

use std::io::IsTerminal;

use tracing_subscriber::EnvFilter;

/// Installs the global subscriber once; later calls (tests) are ignored.
pub fn init(default_filter: &str) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default_filter));
    // Colours only for a person at a terminal; log files and CI output stay plain text.
    let ansi = std::io::stderr().is_terminal();
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(ansi)
        .with_target(false)
        .try_init();
}

/// How a command puts a log event into its reader's words: given the event's catalogue key (its `said` field) and
/// its other fields by name (the English `message` left out), the text to print, or `None` to print the event as
/// the log does (a key the catalogues lack).
pub type Speak = Box<dyn Fn(&str, &[(String, String)]) -> Option<String> + Send + Sync>;

/// Installs the global subscriber of a command (every one but `serve`): as [`init`], but an event that names its
/// catalogue message (`tracing::warn!(said = "cli_log.analyze_failed", error = %e, "…")`) is printed as `speak`
/// says it, in the language the command line asks for; the others as the log writes them. The service's log keeps
/// every event in English, for its operators; a person at the command line reads a warning in the language of the
/// command's answer.
pub fn init_command(default_filter: &str, speak: Speak) {
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new(default_filter));
    let ansi = std::io::stderr().is_terminal();
    let full = tracing_subscriber::fmt::format().with_target(false).with_ansi(ansi);
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .with_ansi(ansi)
        .event_format(Said { speak, full })
        .try_init();
}

/// The format of [`init_command`]: an event with a `said` field in the reader's words, any other by `full`.
struct Said<F> {
    speak: Speak,
    full: F,
}

impl<S, N, F> tracing_subscriber::fmt::FormatEvent<S, N> for Said<F>
where
    S: tracing::Subscriber + for<'a> tracing_subscriber::registry::LookupSpan<'a>,
    N: for<'a> tracing_subscriber::fmt::FormatFields<'a> + 'static,
    F: tracing_subscriber::fmt::FormatEvent<S, N>,
{
    fn format_event(
        &self,
        ctx: &tracing_subscriber::fmt::FmtContext<'_, S, N>,
        mut writer: tracing_subscriber::fmt::format::Writer<'_>,
        event: &tracing::Event<'_>,
    ) -> std::fmt::Result {
        let mut fields = Fields::default();
        event.record(&mut fields);
        match fields.said.as_deref().and_then(|key| (self.speak)(key, &fields.args)) {
            Some(text) => writeln!(writer, "{text}"),
            None => self.full.format_event(ctx, writer, event),
        }
    }
}

/// An event's fields as text: its catalogue key (`said`) apart, the English `message` left out.
#[derive(Default)]
struct Fields {
    said: Option<String>,
    args: Vec<(String, String)>,
}

impl tracing::field::Visit for Fields {
    fn record_str(&mut self, field: &tracing::field::Field, value: &str) {
        match field.name() {
            "said" => self.said = Some(value.to_string()),
            "message" => {}
            name => self.args.push((name.to_string(), value.to_string())),
        }
    }

    fn record_debug(&mut self, field: &tracing::field::Field, value: &dyn std::fmt::Debug) {
        match field.name() {
            "said" => self.said = Some(format!("{value:?}")),
            "message" => {}
            name => self.args.push((name.to_string(), format!("{value:?}"))),
        }
    }
}

/// The log filter of a command run at a terminal (`import`, `assess` …, every command but `serve`): the configured
/// one with the database migrations' progress (`sea_orm_migration`, logged at `info` whenever a command opens its
/// database), the database driver's notices (`sqlx`: PostgreSQL's `NOTICE relation "seaql_migrations" already exists,
/// skipping`, logged at `info` by every command that opens a PostgreSQL database) and the program's own diagnostics
/// (`chainon`: a file refused as damaged, with the library's words, at `info`) kept to warnings, and the spreadsheet
/// reader's remarks on a file (`calamine`: `xlsx has more than maximum number of rows …` at `warn`, which the intake
/// judges and says itself in the reader's words) kept to errors. The log is the service's operators', in English; a person reading a command's answer
/// gets it in the language asked (`--lang fr`), from the catalogues, and is not handed the schema's history or an
/// English line beside the French refusal. The service's log keeps them. A filter that names `sea_orm_migration`,
/// `sqlx`, `chainon` or `calamine` itself keeps its own level for it (and `RUST_LOG`, read by [`init`], overrides all).
pub fn command_filter(configured: &str) -> String {
    let mut filter = configured.trim().to_string();
    for (target, level) in [("sea_orm_migration", "warn"), ("sqlx", "warn"), ("chainon", "warn"), ("calamine", "error")]
    {
        let named = filter.split(',').any(|d| d.trim().split('=').next().is_some_and(|t| t.trim() == target));
        if !named {
            if !filter.is_empty() {
                filter.push(',');
            }
            filter.push_str(target);
            filter.push('=');
            filter.push_str(level);
        }
    }
    filter
}

/// An error and every cause beneath it, outermost first, joined by `: ` — how a failure is written to the log, so
/// that an error which keeps its cause as a source (`StorageError::Database`, `ApiError::Internal`) is logged whole.
/// A cause whose words the error above it already ends with is not written twice (some libraries write their source
/// into their own message: sea-orm's `DbErr`, lettre's errors).
pub struct Chain<'a>(pub &'a (dyn std::error::Error + 'static));

impl std::fmt::Display for Chain<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut above = self.0.to_string();
        f.write_str(&above)?;
        let mut cause = self.0.source();
        while let Some(c) = cause {
            let words = c.to_string();
            if !above.ends_with(&words) {
                write!(f, ": {words}")?;
            }
            above = words;
            cause = c.source();
        }
        Ok(())
    }
}

/// The log of the current thread, kept in memory while it lives, in the format `init` writes (for tests of what the
/// log says: a failure's causes in the log, not in the answer).
#[cfg(test)]
pub(crate) struct Captured {
    lines: std::sync::Arc<std::sync::Mutex<Vec<u8>>>,
    _guard: tracing::subscriber::DefaultGuard,
}

#[cfg(test)]
impl Captured {
    /// Starts keeping the log of this thread (a `#[tokio::test]` runs on one).
    pub(crate) fn start() -> Captured {
        let lines = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let sink = lines.clone();
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || Sink(sink.clone()))
            .with_ansi(false)
            .with_target(false)
            .with_max_level(tracing::Level::TRACE)
            .finish();
        Captured { lines, _guard: tracing::subscriber::set_default(subscriber) }
    }

    /// What was logged so far.
    pub(crate) fn text(&self) -> String {
        String::from_utf8_lossy(&self.lines.lock().unwrap()).into_owned()
    }
}

#[cfg(test)]
struct Sink(std::sync::Arc<std::sync::Mutex<Vec<u8>>>);

#[cfg(test)]
impl std::io::Write for Sink {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::{Chain, command_filter};

    /// What a command's subscriber prints for the events `log` sends, with `speak` saying the keys it knows.
    fn printed(log: impl FnOnce()) -> String {
        use std::sync::{Arc, Mutex};
        let lines = Arc::new(Mutex::new(Vec::new()));
        let sink = lines.clone();
        let speak: super::Speak = Box::new(|key, args| {
            (key == "cli_log.known").then(|| {
                let args: Vec<String> = args.iter().map(|(k, v)| format!("{k}={v}")).collect();
                format!("avertissement\u{a0}: connu ({})", args.join(", "))
            })
        });
        let full = tracing_subscriber::fmt::format().with_target(false).with_ansi(false);
        let subscriber = tracing_subscriber::fmt()
            .with_writer(move || super::Sink(sink.clone()))
            .with_ansi(false)
            .event_format(super::Said { speak, full })
            .finish();
        tracing::subscriber::with_default(subscriber, log);
        String::from_utf8(lines.lock().unwrap().clone()).unwrap()
    }

    #[test]
    fn a_command_prints_an_event_that_names_its_message_in_the_reader_s_words_and_others_as_logged() {
        let e = Outer(std::io::Error::other("the disk is full"));
        let said = printed(|| tracing::warn!(said = "cli_log.known", error = %Chain(&e), "English for the log"));
        assert_eq!(said, "avertissement\u{a0}: connu (error=outer: the disk is full)\n");
        // A key the catalogues lack, or none: the log's own line, English and all.
        let unknown = printed(|| tracing::warn!(said = "cli_log.unknown", "English for the log"));
        assert!(unknown.contains("WARN") && unknown.contains("English for the log"), "{unknown}");
        let plain = printed(|| tracing::warn!(table = "site", "English for the log"));
        assert!(plain.contains("English for the log") && plain.contains("table=\"site\""), "{plain}");
    }

    #[derive(Debug, thiserror::Error)]
    #[error("outer")]
    struct Outer(#[source] std::io::Error);

    #[test]
    fn a_chain_names_the_error_and_each_cause_beneath_it() {
        let e = Outer(std::io::Error::other("the disk is full"));
        assert_eq!(Chain(&e).to_string(), "outer: the disk is full");
    }

    #[derive(Debug, thiserror::Error)]
    #[error("outer: {0}")]
    struct Telling(#[source] std::io::Error);

    #[test]
    fn a_cause_the_error_above_already_tells_is_written_once() {
        let e = Outer(std::io::Error::other("the disk is full"));
        let twice = Telling(std::io::Error::other("the disk is full"));
        assert_eq!(Chain(&twice).to_string(), Chain(&e).to_string());
    }

    /// A command's filter keeps the migrations' progress out of its answer, and leaves a filter that asks for them.
    #[test]
    fn a_command_keeps_the_migrations_progress_out_of_the_terminal() {
        let rest = ",calamine=error";
        assert_eq!(command_filter("info"), format!("info,sea_orm_migration=warn,sqlx=warn,chainon=warn{rest}"));
        assert_eq!(command_filter(""), format!("sea_orm_migration=warn,sqlx=warn,chainon=warn{rest}"));
        assert_eq!(
            command_filter("debug,sea_orm_migration=info"),
            format!("debug,sea_orm_migration=info,sqlx=warn,chainon=warn{rest}")
        );
        assert_eq!(
            command_filter("info,chainon=debug"),
            format!("info,chainon=debug,sea_orm_migration=warn,sqlx=warn{rest}")
        );
        assert_eq!(
            command_filter("info,sqlx=debug"),
            format!("info,sqlx=debug,sea_orm_migration=warn,chainon=warn{rest}")
        );
        assert_eq!(
            command_filter("chainon::import=info"),
            format!("chainon::import=info,sea_orm_migration=warn,sqlx=warn,chainon=warn{rest}")
        );
        assert_eq!(
            command_filter("info,calamine=debug"),
            "info,calamine=debug,sea_orm_migration=warn,sqlx=warn,chainon=warn"
        );
        let filter = tracing_subscriber::EnvFilter::new(command_filter("info"));
        for target in ["sea_orm_migration=warn", "sqlx=warn", "chainon=warn", "calamine=error"] {
            assert!(filter.to_string().contains(target), "{filter}");
        }
    }
}
