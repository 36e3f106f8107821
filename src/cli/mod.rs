//! The command groups of `chainon`: each module parses nothing itself (clap does, in `main.rs`) and runs one group.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use clap::ValueEnum;

use chainon::domain::{Lang, Message, SaidError};

pub(crate) mod args;
pub(crate) mod audit;
pub(crate) mod help;
pub(crate) mod intake;
pub(crate) mod model;
pub(crate) mod screening;
pub(crate) mod serve;
pub(crate) mod synth;
pub(crate) mod user;

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum LangArg {
    /// English.
    En,
    /// French.
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

/// How a listing is printed: lines for people, or JSON.
#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum DiffFormat {
    /// Lines for people.
    Text,
    /// JSON, for programs.
    Json,
}

/// A failure in words in `lang`: a failure from the catalogues ([`SaidError`]: a file, a database, a model that is
/// not there) in that language, any other as its chain of causes (an unforeseen failure: a database's, a library's,
/// whose words are its own).
pub(crate) fn in_words(e: &anyhow::Error, lang: Lang) -> String {
    match e.downcast_ref::<SaidError>() {
        Some(said) => chainon::domain::say(lang, &said.0),
        None => format!("{e:#}"),
    }
}

/// Whether a failure is said from the catalogues, so that it can be said in both languages when none is asked.
pub(crate) fn is_said(e: &anyhow::Error) -> bool {
    e.downcast_ref::<SaidError>().is_some()
}

/// Reading or writing the file at `path` failed: the file, and why in words (`cli.file`: not found, permission
/// denied, a folder; the system's own words otherwise).
pub(crate) fn file_failure(writing: bool, path: &Path, e: &std::io::Error) -> SaidError {
    let why = chainon::domain::io_cause(e);
    SaidError(
        Message::new("cli.file")
            .text("doing", if writing { "write" } else { "read" })
            .text("path", path.display().to_string())
            .text("why", why)
            .text("detail", e.to_string()),
    )
}

/// A file's name (its last component) and bytes.
pub(crate) fn read_file(path: &Path) -> anyhow::Result<(String, Vec<u8>)> {
    let bytes = std::fs::read(path).map_err(|e| file_failure(false, path, &e))?;
    let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    Ok((name, bytes))
}

/// Writes `bytes` to `output`, or to standard output when none is named. A reader that stops reading standard
/// output (`chainon … | head`) closes the pipe: the rest is dropped quietly, as other command-line tools do.
pub(crate) fn write_output(output: Option<&Path>, bytes: &[u8]) -> anyhow::Result<()> {
    match output {
        Some(p) => std::fs::write(p, bytes).map_err(|e| file_failure(true, p, &e).into()),
        None => {
            let mut out = std::io::stdout().lock();
            match out.write_all(bytes).and_then(|()| out.flush()) {
                Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
                r => Ok(r?),
            }
        }
    }
}

/// Runs one command on the actix runtime (the one the service and storage use).
pub(crate) fn run_async<F: std::future::Future<Output = anyhow::Result<ExitCode>>>(f: F) -> anyhow::Result<ExitCode> {
    actix_web::rt::System::new().block_on(f)
}
