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

/// The log filter of a command run at a terminal (`import`, `assess` …, every command but `serve`): the configured
/// one with the database migrations' progress (`sea_orm_migration`, logged at `info` whenever a command opens its
/// database) and the program's own diagnostics (`chainon`: a file refused as damaged, with the library's words, at
/// `info`) kept to warnings. The log is the service's operators', in English; a person reading a command's answer
/// gets it in the language asked (`--lang fr`), from the catalogues, and is not handed the schema's history or an
/// English line beside the French refusal. The service's log keeps them. A filter that names `sea_orm_migration` or
/// `chainon` itself keeps its own level for it (and `RUST_LOG`, read by [`init`], overrides all).
pub fn command_filter(configured: &str) -> String {
    let mut filter = configured.trim().to_string();
    for target in ["sea_orm_migration", "chainon"] {
        let named = filter.split(',').any(|d| d.trim().split('=').next().is_some_and(|t| t.trim() == target));
        if !named {
            if !filter.is_empty() {
                filter.push(',');
            }
            filter.push_str(target);
            filter.push_str("=warn");
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
        assert_eq!(command_filter("info"), "info,sea_orm_migration=warn,chainon=warn");
        assert_eq!(command_filter(""), "sea_orm_migration=warn,chainon=warn");
        assert_eq!(command_filter("debug,sea_orm_migration=info"), "debug,sea_orm_migration=info,chainon=warn");
        assert_eq!(command_filter("info,chainon=debug"), "info,chainon=debug,sea_orm_migration=warn");
        assert_eq!(command_filter("chainon::import=info"), "chainon::import=info,sea_orm_migration=warn,chainon=warn");
        let filter = tracing_subscriber::EnvFilter::new(command_filter("info"));
        assert!(filter.to_string().contains("sea_orm_migration=warn"), "{filter}");
        assert!(filter.to_string().contains("chainon=warn"), "{filter}");
    }
}
