//! The command groups of `chainon`: each module parses nothing itself (clap does, in `main.rs`) and runs one group.

use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use clap::ValueEnum;

use chainon::domain::Lang;

pub(crate) mod args;
pub(crate) mod audit;
pub(crate) mod intake;
pub(crate) mod model;
pub(crate) mod screening;
pub(crate) mod serve;
pub(crate) mod synth;
pub(crate) mod user;

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum LangArg {
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

/// How a listing is printed: lines for people, or JSON.
#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum DiffFormat {
    Text,
    Json,
}

/// A file's name (its last component) and bytes.
pub(crate) fn read_file(path: &Path) -> anyhow::Result<(String, Vec<u8>)> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let name = path.file_name().map_or_else(|| path.display().to_string(), |n| n.to_string_lossy().into_owned());
    Ok((name, bytes))
}

/// Writes `bytes` to `output`, or to standard output when none is named. A reader that stops reading standard
/// output (`chainon … | head`) closes the pipe: the rest is dropped quietly, as other command-line tools do.
pub(crate) fn write_output(output: Option<&Path>, bytes: &[u8]) -> anyhow::Result<()> {
    match output {
        Some(p) => std::fs::write(p, bytes).with_context(|| format!("writing {}", p.display())),
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
