//! The `chainon` command: serve, import, assess, template, convert, model.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Parser, Subcommand, ValueEnum};

use chainon::config::Settings;
use chainon::domain::{IssueLevel, Lang};
use chainon::import;
use chainon::pipeline::{self, SubmitError};
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
}

#[derive(Subcommand)]
enum ModelCommand {
    /// Validate a model folder (default: the model compiled in).
    Check { dir: Option<PathBuf> },
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
    if demo {
        let s = startup::load_demo(&state).await?;
        tracing::info!(stored = s.stored, already_there = s.already_there, "demo declarations loaded");
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
    for path in &files {
        let (name, bytes) = read_file(path)?;
        match pipeline::submit(&state.store, state.model.clone(), name, bytes, state.limits.clone()).await {
            Ok(done) if done.outcome.duplicate => {
                duplicates += 1;
                println!("{}: already stored as declaration {}", path.display(), done.outcome.declaration_id);
            }
            Ok(done) => {
                stored += 1;
                let o = &done.assessment.overall;
                println!(
                    "{}: stored as declaration {} (forced labour {} {:.1}, child labour {} {:.1}, {} finding(s), {} warning(s))",
                    path.display(),
                    done.outcome.declaration_id,
                    o.forced_labour.band,
                    o.forced_labour.score,
                    o.child_labour.band,
                    o.child_labour.score,
                    done.assessment.findings.len(),
                    done.warnings.len()
                );
            }
            Err(SubmitError::Rejected(issues)) => {
                refused += 1;
                println!("{}: refused, nothing stored", path.display());
                for i in issues.iter().filter(|i| i.level == IssueLevel::Error) {
                    println!(
                        "  {} {}: {} / {}",
                        i.location,
                        i.field.as_deref().unwrap_or(""),
                        i.message_en,
                        i.message_fr
                    );
                }
            }
            Err(e) => return Err(e).with_context(|| format!("importing {}", path.display())),
        }
    }
    println!("{} file(s): {stored} stored, {duplicates} already stored, {refused} refused", files.len());
    Ok(if refused > 0 { ExitCode::from(2) } else { ExitCode::SUCCESS })
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
                    let mut v = serde_json::to_value(&done.assessment)?;
                    if let Some(obj) = v.as_object_mut() {
                        obj.insert("warnings".into(), serde_json::to_value(&done.warnings)?);
                    }
                    serde_json::to_vec_pretty(&v)?
                }
                Format::Html => {
                    let renderer = chainon::reports::Renderer::new()?;
                    let view = chainon::reports::views::declaration_view(
                        renderer.catalog(),
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
        Some(d) => chainon::scoring::RiskModel::load_dir(&d).with_context(|| format!("loading {}", d.display()))?,
        None => startup::load_model(settings)?,
    };
    let problems = model.check();
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

fn main() -> ExitCode {
    let cli = Cli::parse();
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

fn run_async<F: std::future::Future<Output = anyhow::Result<ExitCode>>>(f: F) -> anyhow::Result<ExitCode> {
    actix_web::rt::System::new().block_on(f)
}
