//! `chainon import`, `assess`, `template` and `convert`: declaration files in and out.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::ValueEnum;

use chainon::config::Settings;
use chainon::domain::{IssueLevel, Lang};
use chainon::import;
use chainon::pipeline::{self, SubmitError};
use chainon::startup;
use chainon::storage::StorageError;

use super::{read_file, write_output};

/// What `assess` writes.
#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum Format {
    /// JSON, for programs.
    Json,
    /// The report as a web page, for people.
    Html,
    /// Lines for people.
    Text,
}

/// `chainon import`: stores each declaration in its own transaction; exit 2 when any was refused. Every line is in
/// `lang`: each file's outcome (its bands and scores, numbers by CLDR), its refusals with their places and fields, the
/// summary.
pub(crate) async fn import_files(
    mut settings: Settings,
    files: Vec<PathBuf>,
    database: Option<String>,
    lang: Lang,
) -> anyhow::Result<ExitCode> {
    if let Some(db) = database {
        settings.database_url = db;
    }
    let state = startup::build_state(&settings).await?;
    let catalog = state.renderer.catalog();
    let (mut stored, mut duplicates, mut refused) = (0, 0, 0);
    // Whether a declaration was stored since the planner's statistics were last refreshed (a large one refreshes them
    // as it is stored: `Store::bulk_sized`).
    let mut statistics_old = false;
    // The bar draws on standard error only at a terminal; the per-file lines and the summary go to standard output.
    let entries = expand_portfolios(&files, |file, line| {
        let mut a = chainon::reports::MessageArgs::new();
        a.set("file", file);
        a.set("line", line.to_string());
        catalog.format(lang, "import.portfolio_line", &a)
    });
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
    let words = |key: &str, args: &[(&str, String)]| {
        let mut a = chainon::reports::MessageArgs::new();
        for (k, v) in args {
            a.set(k, v.clone());
        }
        catalog.format(lang, key, &a)
    };
    let refused_line = |label: &str| words("import.refused", &[("file", label.to_string())]);
    for (label, read) in entries {
        bar.set_message(label.clone());
        let (name, bytes) = match read {
            Ok(read) => read,
            Err(e) => {
                refused += 1;
                say(format!("{}\n  {}", refused_line(&label), super::in_words(&e, lang)));
                bar.inc(1);
                continue;
            }
        };
        match pipeline::submit(&state.store, state.model.clone(), name, bytes, state.limits.clone(), "cli").await {
            Ok(done) if done.outcome.duplicate => {
                duplicates += 1;
                say(words(
                    "import.duplicate",
                    &[("file", label.clone()), ("id", done.outcome.declaration_id.to_string())],
                ));
            }
            Ok(done) => {
                stored += 1;
                statistics_old = !chainon::storage::Store::bulk_sized(done.assessment.sites.len());
                let o = &done.assessment.overall;
                let mut counts = chainon::reports::MessageArgs::new();
                counts.set("findings", done.assessment.findings.len());
                counts.set("warnings", done.warnings.len());
                let band = |b: chainon::domain::Band| catalog.get(lang, &format!("band.{}", b.as_ref())).to_string();
                let score = |x: f64| chainon::reports::numbers::decimal(lang, x, 1);
                let superseded = done.outcome.superseded;
                say(words(
                    "import.stored",
                    &[
                        ("file", label.clone()),
                        ("id", done.outcome.declaration_id.to_string()),
                        ("superseding", if superseded.is_some() { "yes" } else { "no" }.to_string()),
                        ("superseded", superseded.map(|s| s.to_string()).unwrap_or_default()),
                        ("forced_band", band(o.forced_labour.band)),
                        ("forced", score(o.forced_labour.score)),
                        ("child_band", band(o.child_labour.band)),
                        ("child", score(o.child_labour.score)),
                        ("counts", catalog.format(lang, "import.counts", &counts)),
                    ],
                ));
            }
            Err(SubmitError::Rejected(issues)) => {
                refused += 1;
                let mut text = refused_line(&label);
                // Every problem with its level (errors first), so that a warning is never read as a cause.
                for i in issues
                    .iter()
                    .filter(|i| i.level == IssueLevel::Error)
                    .chain(issues.iter().filter(|i| i.level != IssueLevel::Error))
                {
                    text.push_str(&format!("\n  {}", issue_line(catalog, lang, i)));
                }
                say(text);
            }
            // Older than the supplier's declaration in force: refused like an invalid file, the batch goes on.
            Err(SubmitError::Storage(StorageError::Conflict(clash))) => {
                refused += 1;
                let (en, fr) = chainon::web::clash_messages(&clash);
                say(format!("{}\n  {}", refused_line(&label), lang.pick(&en, &fr)));
            }
            Err(e) => {
                bar.abandon();
                return Err(e).with_context(|| format!("importing {}", label));
            }
        }
        bar.inc(1);
    }
    bar.finish_and_clear();
    // The declarations are committed; the planner's statistics of what they filled are refreshed once for the batch,
    // unless the last stored refreshed them already (an `ANALYZE` of the whole database: 0.2 s after 100,000 sites).
    if statistics_old {
        if let Err(e) = state.store.analyze_after_import().await {
            tracing::warn!(
                said = "cli_log.analyze_failed",
                error = %chainon::telemetry::Chain(&e),
                "ANALYZE after the import failed"
            );
        }
    }
    let mut summary = chainon::reports::MessageArgs::new();
    summary.set("count", stored + duplicates + refused);
    summary.set("files", files.len());
    summary.set("stored", stored);
    summary.set("duplicates", duplicates);
    summary.set("refused", refused);
    println!("{}", catalog.format(lang, "import.summary", &summary));
    Ok(if refused > 0 { ExitCode::from(2) } else { ExitCode::SUCCESS })
}

/// A file's name and bytes.
pub(crate) type NamedBytes = (String, Vec<u8>);

/// The files to import, one entry per declaration: a `.jsonl` portfolio (as `chainon synth` writes) gives one
/// declaration per line, named after its line by `line_label` (the file and the line's number, in the reader's
/// words).
pub(crate) fn expand_portfolios(
    files: &[PathBuf],
    line_label: impl Fn(String, usize) -> String,
) -> Vec<(String, anyhow::Result<NamedBytes>)> {
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
                        line_label(path.display().to_string(), n + 1),
                        Ok((format!("{stem}-line{}.json", n + 1), line.to_vec())),
                    ));
                }
            }
            Err(e) => out.push((path.display().to_string(), Err(super::file_failure(false, path, &e).into()))),
        }
    }
    out
}

/// `chainon assess`: scores one file without a database; exit 2 with the errors when it is refused.
pub(crate) fn assess(
    settings: &Settings,
    file: &Path,
    format: Format,
    lang: Lang,
    output: Option<&Path>,
) -> anyhow::Result<ExitCode> {
    let model = startup::load_model(settings)?;
    let (name, bytes) = read_file(file)?;
    match pipeline::assess_bytes(&model, &name, &bytes, &settings.limits) {
        Ok(mut done) => {
            let out = match format {
                Format::Json => {
                    // Each factor, category and finding with its words in English and French, as the API answers;
                    // a finding said for several sites is one entry, put into words once (`domain::FindingGroups`).
                    let catalog = chainon::reports::Catalog::embedded().context("reading the message catalogues")?;
                    let today = chrono::Utc::now().date_naive();
                    chainon::reports::explain::label_assessment(&catalog, &model, &mut done.assessment, today);
                    let words = chainon::reports::explain::SaidWords::of(&catalog, &done.assessment, today);
                    // Written as it is serialised, compact: no copy of the assessment as a JSON tree, no indentation
                    // (at 100,000 sites the tree and the indentation were most of the memory and of the size).
                    #[derive(serde::Serialize)]
                    struct Out<'a> {
                        #[serde(flatten)]
                        assessment: chainon::domain::SaidOnce<'a>,
                        warnings: &'a [chainon::domain::Issue],
                    }
                    let out = Out {
                        assessment: chainon::domain::SaidOnce::with_words(&done.assessment, &words),
                        warnings: &done.warnings,
                    };
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
                    // The process ends here: the declaration, the assessment and their words are left for the
                    // system to take back at once, not freed one allocation at a time (at 100,000 sites, millions of
                    // them: a few percent of the run, on one core).
                    std::mem::forget(words);
                    std::mem::forget(done);
                    return Ok(ExitCode::SUCCESS);
                }
                Format::Text => {
                    let catalog = chainon::reports::Catalog::embedded().context("reading the message catalogues")?;
                    let mut text = chainon::reports::explain::assessment_text(
                        &catalog,
                        lang,
                        &done.declaration,
                        &done.assessment,
                        chrono::Utc::now().date_naive(),
                    );
                    // What intake noticed without refusing the file, each at its place, as `import` lists them.
                    if !done.warnings.is_empty() {
                        let mut count = chainon::reports::MessageArgs::new();
                        count.set("count", done.warnings.len());
                        text.push_str(&format!("\n{}\n", catalog.format(lang, "assess_text.warnings", &count)));
                        for i in &done.warnings {
                            text.push_str(&format!("  - {}\n", issue_line(&catalog, lang, i)));
                        }
                    }
                    text.into_bytes()
                }
                Format::Html => {
                    let renderer = chainon::reports::Renderer::new()?;
                    let warnings = chainon::reports::views::issue_rows(lang, &done.warnings);
                    let view = chainon::reports::views::declaration_view(
                        renderer.catalog(),
                        &model,
                        lang,
                        &done.declaration,
                        &done.assessment,
                        None,
                    );
                    chainon::web::render_report(&renderer, lang, view, warnings)?.into_bytes()
                }
            };
            write_output(output, &out)?;
            Ok(ExitCode::SUCCESS)
        }
        Err(issues) if !matches!(format, Format::Json) => {
            // For people, in the language asked: each error at its place, with its field, then the warnings.
            let catalog = chainon::reports::Catalog::embedded().context("reading the message catalogues")?;
            for i in issues
                .iter()
                .filter(|i| i.level == IssueLevel::Error)
                .chain(issues.iter().filter(|i| i.level != IssueLevel::Error))
            {
                println!("{}", issue_line(&catalog, lang, i));
            }
            Ok(ExitCode::from(2))
        }
        Err(issues) => {
            let (errors, warnings): (Vec<_>, Vec<_>) = issues.into_iter().partition(|i| i.level == IssueLevel::Error);
            // As the API answers them: each field also by its French name (`field_fr`); the warnings beside the
            // errors, since one may explain another (a label not read, and the field it held said missing).
            let body = serde_json::json!({
                "errors": chainon::web::IssueJson::all(errors),
                "warnings": chainon::web::IssueJson::all(warnings),
            });
            // The contract puts the errors on standard output even when an output file is named.
            println!("{}", serde_json::to_string_pretty(&body)?);
            Ok(ExitCode::from(2))
        }
    }
}

/// One problem of a refused file for people, in `lang`: its level, its place, its field when it has one, and the
/// message (`Erreur\u{a0}: PlacesOfWork!N5 Travailleurs\u{a0}: …`).
fn issue_line(catalog: &chainon::reports::Catalog, lang: Lang, i: &chainon::domain::Issue) -> String {
    let level = catalog.get(lang, chainon::reports::views::level_key(i.level));
    let colon = lang.pick(": ", "\u{a0}: ");
    let place = i.location(lang);
    let message = i.message(lang);
    // The field once: a message that begins with it (`Date de la déclaration contient une formule…`) names it.
    match import::field_in(i, lang) {
        Some(field) if !field.is_empty() && !message.starts_with(field.as_str()) => {
            format!("{level}{colon}{place} {field}{colon}{message}")
        }
        _ => format!("{level}{colon}{place}{colon}{message}"),
    }
}

/// `chainon convert`: a declaration of any carrier written as an XLSX workbook.
pub(crate) fn convert(settings: &Settings, file: &Path, lang: Lang, output: &Path) -> anyhow::Result<ExitCode> {
    let (name, bytes) = read_file(file)?;
    match import::read_declaration(&name, &bytes, &settings.limits) {
        Ok(parsed) => {
            let xlsx = import::write_workbook(lang, &parsed.declaration)?;
            write_output(Some(output), &xlsx)?;
            // The file's warnings (a hidden row read, a likely fraction): the workbook written no longer shows their
            // cause, so they are said now or never.
            if !parsed.warnings.is_empty() {
                let catalog = chainon::reports::Catalog::embedded()?;
                for i in &parsed.warnings {
                    eprintln!("{}", issue_line(&catalog, lang, i));
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        Err(issues) => {
            let catalog = chainon::reports::Catalog::embedded()?;
            for i in issues
                .iter()
                .filter(|i| i.level == IssueLevel::Error)
                .chain(issues.iter().filter(|i| i.level != IssueLevel::Error))
            {
                eprintln!("{}", issue_line(&catalog, lang, i));
            }
            Ok(ExitCode::from(2))
        }
    }
}
