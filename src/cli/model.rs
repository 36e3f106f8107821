//! `chainon model …`: check a model folder, diff two models over the stored declarations, derive a new version.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Subcommand, ValueEnum};

use chainon::config::Settings;
use chainon::domain::{Lang, Message, SaidError};
use chainon::pipeline;
use chainon::scoring::RiskModel;
use chainon::scoring::versions::Absent;
use chainon::startup;

use super::DiffFormat;

#[derive(Subcommand)]
pub(crate) enum ModelCommand {
    /// Validate a model: a folder, or a shipped version by name (e.g. 2022.2); default: the model the service uses.
    Check {
        /// The model: a folder, or a shipped version by name (e.g. 2022.2).
        #[arg(value_name = "MODEL")]
        dir: Option<String>,
        /// Language of the summary lines (counts with their plurals).
        #[arg(long, value_enum, default_value = "en")]
        lang: super::LangArg,
    },
    /// Re-score the stored declarations under two models and list what changed and why.
    Diff {
        /// The old model: a folder, or a version by name (e.g. 2019.1): shipped in the binary, or a folder of that name
        /// beside the configured model folder, in `risk_models/` here, or in `risk_models/` beside the binary.
        #[arg(value_name = "MODEL")]
        old: String,
        /// The new model, named as the old one (e.g. 2022.3).
        #[arg(value_name = "MODEL")]
        new: String,
        /// Database URL (default: the settings' one, else an SQLite file, `chainon.sqlite3`, created on first run).
        #[arg(long, env = "CHAINON_DATABASE_URL", value_name = "URL")]
        database: Option<String>,
        /// `text`: lines for people, in `--lang`; `json`: the whole diff, for programs.
        #[arg(long, value_enum, default_value = "text")]
        format: DiffFormat,
        /// Language of the text lines (scopes, kinds, bands, factors and findings in words; numbers by CLDR).
        #[arg(long, value_enum, default_value = "en")]
        lang: super::LangArg,
    },
    /// Write a new model version from an existing one with a newer ILAB list or optional sources.
    Derive(Box<DeriveArgs>),
}

#[derive(Clone, Copy, ValueEnum)]
pub(crate) enum KindArg {
    /// Forced labour.
    ForcedLabour,
    /// Child labour.
    ChildLabour,
}

#[derive(clap::Args)]
pub(crate) struct DeriveArgs {
    /// The base model: a folder (e.g. risk_models/2022.3), or a shipped version by name (e.g. 2022.3).
    #[arg(long, value_name = "MODEL")]
    pub(crate) from: PathBuf,
    /// The new version's name (e.g. 2022.2).
    #[arg(long, value_name = "VERSION")]
    pub(crate) version: String,
    /// Where to write it (default: <version> beside the base folder; risk_models/<version> from a shipped version).
    #[arg(long, value_name = "FOLDER")]
    pub(crate) output: Option<PathBuf>,
    /// A newer ILAB goods list, in the columns of ilab_goods_2022.csv.
    #[arg(long, requires_all = ["ilab_goods_edition", "ilab_goods_licence"], value_name = "FILE")]
    pub(crate) ilab_goods: Option<PathBuf>,
    /// The edition of the ILAB goods list (e.g. 2024), as the model card cites it.
    #[arg(long, value_name = "EDITION")]
    pub(crate) ilab_goods_edition: Option<String>,
    /// The licence of the ILAB goods list, as the model card cites it.
    #[arg(long, value_name = "LICENCE")]
    pub(crate) ilab_goods_licence: Option<String>,
    /// A country index CSV (e.g. the Global Slavery Index), one row per country.
    #[arg(
        long,
        requires_all = ["country_index_edition", "country_index_licence", "country_index_measure_en", "country_index_measure_fr"],
        value_name = "FILE"
    )]
    pub(crate) country_index: Option<PathBuf>,
    /// The edition of the country index (e.g. 2023), as the model card cites it.
    #[arg(long, value_name = "EDITION")]
    pub(crate) country_index_edition: Option<String>,
    /// Who publishes the country index (default: none named).
    #[arg(long, default_value = "", value_name = "PUBLISHER")]
    pub(crate) country_index_publisher: String,
    /// The licence of the country index, as the model card cites it.
    #[arg(long, value_name = "LICENCE")]
    pub(crate) country_index_licence: Option<String>,
    /// The risk the country index measures.
    #[arg(long, value_enum, default_value = "forced-labour", value_name = "KIND")]
    pub(crate) country_index_kind: KindArg,
    /// The index's column of country names or codes.
    #[arg(long, default_value = "country", value_name = "COLUMN")]
    pub(crate) country_index_country_column: String,
    /// The index's column of figures.
    #[arg(long, default_value = "value", value_name = "COLUMN")]
    pub(crate) country_index_value_column: String,
    /// What the figure is, in English (`--country-index-measure-fr` in French).
    #[arg(long, value_name = "TEXT")]
    pub(crate) country_index_measure_en: Option<String>,
    /// What the figure is, in French.
    #[arg(long, value_name = "TEXT")]
    pub(crate) country_index_measure_fr: Option<String>,
    /// Risk points per unit of the figure.
    #[arg(long, default_value_t = 1.0, value_name = "POINTS")]
    pub(crate) country_index_points_per_unit: f64,
    /// Most risk points the index may give a country.
    #[arg(long, default_value_t = 20.0, value_name = "POINTS")]
    pub(crate) country_index_max_points: f64,
    /// An entity list CSV (e.g. the UFLPA Entity List): a `name` column, optionally `country` and `aliases`.
    #[arg(long, requires_all = ["entity_list_edition", "entity_list_licence"], value_name = "FILE")]
    pub(crate) entity_list: Option<PathBuf>,
    /// The edition of the entity list (e.g. its publication date), as the model card cites it.
    #[arg(long, value_name = "EDITION")]
    pub(crate) entity_list_edition: Option<String>,
    /// Who publishes the entity list (default: none named).
    #[arg(long, default_value = "", value_name = "PUBLISHER")]
    pub(crate) entity_list_publisher: String,
    /// The licence of the entity list, as the model card cites it.
    #[arg(long, value_name = "LICENCE")]
    pub(crate) entity_list_licence: Option<String>,
    /// The list's column of entity names.
    #[arg(long, default_value = "name", value_name = "COLUMN")]
    pub(crate) entity_list_name_column: String,
    /// The list's column of countries, if it has one.
    #[arg(long, value_name = "COLUMN")]
    pub(crate) entity_list_country_column: Option<String>,
    /// The list's column of other names, if it has one.
    #[arg(long, value_name = "COLUMN")]
    pub(crate) entity_list_aliases_column: Option<String>,
    /// Risk points a site named on the list gets.
    #[arg(long, default_value_t = 60.0, value_name = "POINTS")]
    pub(crate) entity_list_points: f64,
    /// Language of the lines (the model written, or each problem that kept it from being written).
    #[arg(long, value_enum, default_value = "en")]
    pub(crate) lang: super::LangArg,
}

/// `chainon model check`: loads a model and checks every label can be put into words; exit 2 on a problem.
pub(crate) fn model_check(settings: &Settings, dir: Option<String>, lang: Lang) -> anyhow::Result<ExitCode> {
    let model = match dir {
        Some(d) => resolve_model(settings, &d)?,
        None => startup::load_model(settings)?,
    };
    let catalog = chainon::reports::Catalog::embedded().context("reading the message catalogues")?;
    let counted = |key: &str, count: usize| {
        catalog.counted(lang, key, u64::try_from(count).unwrap_or(u64::MAX), &[("version", model.version())])
    };
    let missing = model.missing_data();
    if !missing.is_empty() {
        println!("{}", counted("model.missing_data", missing.len()));
        for m in &missing {
            println!("  {}", chainon::reports::explain::missing_data_line(&catalog, lang, m));
        }
    }
    let label = |lang, f: &chainon::domain::Factor, a: &chainon::domain::Assessment| {
        chainon::reports::explain::factor_label(&catalog, lang, f, &chainon::reports::explain::SiteIndex::of(a))
    };
    let today = chrono::Utc::now().date_naive();
    let finding =
        |lang, f: &chainon::domain::Finding| chainon::reports::explain::finding_label(&catalog, lang, f, today);
    let problems = model.check_labels(&label, &finding);
    if problems.is_empty() {
        println!("{}", counted("model.valid", 0));
        Ok(ExitCode::SUCCESS)
    } else {
        for p in &problems {
            println!("{}", chainon::reports::explain::model_problem_line(&catalog, lang, p));
        }
        println!("{}", counted("model.problems", problems.len()));
        Ok(ExitCode::from(2))
    }
}

/// A model that could not be loaded, in the catalogues' words (`model.load_failed`: which model, and why, from
/// [`chainon::scoring::ModelError::message`]).
pub(crate) fn load_failed(model: &str, e: &chainon::scoring::ModelError) -> SaidError {
    SaidError(Message::new("model.load_failed").text("model", model).said("detail", e.message()))
}

/// A model named on the command line, found wherever the command runs: a folder that exists; a version shipped
/// with the service, by its bare name, from the binary; else a version folder of that name (one `chainon model
/// derive` wrote) beside the configured model folder (`model_dir`), in `risk_models/` of the working directory, or in
/// `risk_models/` beside the binary. The error names every place looked in.
pub(crate) fn resolve_model(settings: &Settings, name: &str) -> anyhow::Result<RiskModel> {
    if let Some(m) = RiskModel::named(name).map_err(|e| load_failed(name, &e))? {
        return Ok(m);
    }
    let dirs = version_dirs(settings, name);
    if let Some(dir) = dirs.iter().find(|d| d.join("model.toml").is_file()) {
        return RiskModel::load_dir(dir).map_err(|e| load_failed(&dir.display().to_string(), &e).into());
    }
    let looked: Vec<String> = dirs.iter().map(|d| d.display().to_string()).collect();
    let m = chainon::domain::Message::new("cli.no_model")
        .text("name", name)
        .text("shipped", chainon::scoring::shipped_versions().join(", "))
        .text("looked", looked.join(", "));
    Err(chainon::domain::SaidError(m).into())
}

/// The folders a version not shipped with the service may be in: beside the configured model folder, under
/// `risk_models/` here, under `risk_models/` beside the binary.
fn version_dirs(settings: &Settings, name: &str) -> Vec<PathBuf> {
    let beside_config = settings.model_dir.as_deref().and_then(Path::parent).map(|p| p.join(name));
    let beside_binary = std::env::current_exe().ok().and_then(|e| e.parent().map(|p| p.join("risk_models").join(name)));
    beside_config.into_iter().chain([Path::new("risk_models").join(name)]).chain(beside_binary).collect()
}

/// `chainon model diff`: re-scores the stored declarations under two models.
pub(crate) async fn model_diff(
    mut settings: Settings,
    old: String,
    new: String,
    database: Option<String>,
    format: DiffFormat,
    lang: Lang,
) -> anyhow::Result<ExitCode> {
    if let Some(db) = database {
        settings.database_url = db;
    }
    let (old, new) = (resolve_model(&settings, &old)?, resolve_model(&settings, &new)?);
    let store = startup::connect_existing_store(&settings).await?;
    let diff = pipeline::diff_models(&store, &old, &new).await?;
    match format {
        DiffFormat::Json => println!("{}", serde_json::to_string_pretty(&diff)?),
        DiffFormat::Text => {
            let catalog = chainon::reports::Catalog::embedded().context("reading the message catalogues")?;
            print!("{}", diff_text(&catalog, lang, &new, &diff, chrono::Utc::now().date_naive()))
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A model diff as lines for people in a language: each changed score by its scope (overall, a goods category by
/// its name in `model`, a site by its name, country and Open Supply Hub ID), kind and band, with the factors that
/// explain it (sites named the same way) and the findings that appear or go, in the catalogues' words
/// (`model-diff_*`), numbers by CLDR. `today` dates a finding's period (an ineligibility).
pub(crate) fn diff_text(
    catalog: &chainon::reports::Catalog,
    lang: Lang,
    model: &RiskModel,
    diff: &pipeline::ModelDiff,
    today: chrono::NaiveDate,
) -> String {
    use chainon::reports::MessageArgs;
    use chainon::reports::explain::{SitePlaces, factor_label, finding_label, place_label, site_place};
    use chainon::reports::numbers::decimal;
    use std::fmt::Write as _;
    let mut out = String::new();
    let mut a = MessageArgs::new();
    // Versions are names (`2022.1`), not quantities; counts choose their plural by CLDR.
    a.set("old", diff.old_version.clone());
    a.set("new", diff.new_version.clone());
    a.set("count", diff.declarations_compared);
    a.set("changed", diff.changed.len());
    let _ = writeln!(out, "{}", catalog.format(lang, "model.diff_summary", &a));
    let say = |key: &str, args: &[(&str, String)]| {
        let mut a = MessageArgs::new();
        for (k, v) in args {
            a.set(k, v.clone());
        }
        catalog.format(lang, key, &a)
    };
    let signed = |x: f64| if x < 0.0 { decimal(lang, x, 1) } else { format!("+{}", decimal(lang, x, 1)) };
    let scope = |s: &str, sites: &[chainon::domain::PlaceOfWork]| match s.split_once(':') {
        Some(("category", code)) => {
            let name = model
                .categories()
                .iter()
                .find(|c| c.code == code)
                .map_or_else(|| code.to_string(), |c| lang.pick(&c.label_en, &c.label_fr).to_string());
            say("model.diff_scope_category", &[("category", name)])
        }
        Some(("site", site)) => {
            let named = sites.iter().find(|p| p.site_id.as_str() == site).map_or_else(
                || site.to_string(),
                |p| {
                    let os = p.os_id.as_deref().map(str::trim).filter(|o| !o.is_empty());
                    format!("{} ({})", p.site_name, site_place(catalog, lang, p.country, os))
                },
            );
            say("model.diff_scope_site", &[("site", named)])
        }
        _ => catalog.get(lang, "model.diff_scope_overall").to_string(),
    };
    for d in &diff.changed {
        let places = SitePlaces::of(&d.sites);
        let mut head = say(
            "model.diff_declaration",
            &[("declaration_id", d.declaration_id.to_string()), ("supplier", d.supplier_name.clone())],
        );
        if let Some(n) = &d.solicitation_number {
            let _ = write!(head, " ({n})");
        }
        let _ = writeln!(out, "\n{head}");
        for c in &d.diff.changes {
            // A side without a score is a category that model does not have, or has with none of the declaration's
            // sites in it: said as such, never as a score.
            let no_site = matches!(c.absent, Some(Absent::NoSiteInOld | Absent::NoSiteInNew));
            let side = |band: Option<chainon::domain::Band>, score: Option<f64>, version: &str| match (band, score) {
                (Some(b), Some(s)) => say(
                    "model.diff_side",
                    &[
                        ("band", catalog.get(lang, &format!("band.{}", b.as_ref())).to_string()),
                        ("score", decimal(lang, s, 1)),
                    ],
                ),
                _ if no_site => say("model.diff_no_site", &[("version", version.to_string())]),
                _ => say("model.diff_absent", &[("version", version.to_string())]),
            };
            let line = say(
                "model.diff_change",
                &[
                    ("scope", scope(&c.scope, &d.sites)),
                    ("kind", catalog.get(lang, &format!("risk.{}", c.kind.as_ref())).to_string()),
                    ("old", side(c.old_band, c.old_score, &diff.old_version)),
                    ("new", side(c.new_band, c.new_score, &diff.new_version)),
                ],
            );
            let _ = writeln!(out, "  {line}");
            for (mark, factors) in [("\u{2212}", &c.removed), ("+", &c.added)] {
                for f in factors {
                    let label = factor_label(catalog, lang, f, &places);
                    let words = say("model.diff_factor", &[("label", label), ("points", signed(f.contribution))]);
                    let _ = writeln!(out, "    {mark} {words}");
                }
            }
        }
        for (key, findings) in
            [("model.diff_finding_gone", &d.diff.gone_findings), ("model.diff_finding_new", &d.diff.new_findings)]
        {
            for f in findings {
                let place = f.location.as_ref().map(|p| place_label(catalog, lang, p)).unwrap_or_default();
                let line = say(key, &[("finding", finding_label(catalog, lang, f, today)), ("place", place)]);
                let _ = writeln!(out, "  {line}");
            }
        }
    }
    out
}

/// `chainon model derive`: writes a new model version; exit 2 (nothing written) when it is invalid.
pub(crate) fn model_derive(a: DeriveArgs) -> anyhow::Result<ExitCode> {
    use chainon::scoring::versions::{self, CountryIndexOptions, DeriveRequest, EntityListOptions, SuppliedSource};
    // A shipped version named by its bare name, its folder not at hand: derived from the binary's copy, written out
    // to a scratch folder first; the new version goes to risk_models/<version> unless told otherwise.
    let scratch = tempfile::tempdir().context("making a scratch folder")?;
    let from_name = a.from.to_str().unwrap_or_default();
    let shipped = !a.from.is_dir()
        && RiskModel::write_shipped(from_name, scratch.path())
            .with_context(|| format!("writing the shipped model {from_name} to a scratch folder"))?;
    let base = if shipped { scratch.path().to_path_buf() } else { a.from.clone() };
    let output = a.output.clone().unwrap_or_else(|| {
        if shipped {
            Path::new("risk_models").join(&a.version)
        } else {
            a.from.parent().map_or_else(|| PathBuf::from(&a.version), |p| p.join(&a.version))
        }
    });
    let supplied = |file: &Path, edition: Option<String>, publisher: &str, licence: Option<String>| SuppliedSource {
        file: file.to_path_buf(),
        edition: edition.unwrap_or_default(),
        publisher: publisher.to_string(),
        licence: licence.unwrap_or_default(),
    };
    let req = DeriveRequest {
        base,
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
    let lang: Lang = a.lang.into();
    match versions::derive(&req) {
        Ok(model) => {
            let m = Message::new("model.derive_written")
                .text("version", model.version())
                .text("folder", output.display().to_string());
            println!("{}", chainon::domain::say(lang, &m));
            Ok(ExitCode::SUCCESS)
        }
        Err(versions::DeriveError::Invalid(problems)) => {
            let catalog = chainon::reports::Catalog::embedded().context("reading the message catalogues")?;
            for p in &problems {
                println!("{}", chainon::reports::explain::model_problem_line(&catalog, lang, p));
            }
            let count = u64::try_from(problems.len()).unwrap_or(u64::MAX);
            println!("{}", catalog.counted(lang, "model.derive_refused", count, &[("version", &a.version)]));
            Ok(ExitCode::from(2))
        }
        // Refusals in the catalogues' words: said by `main` in the language asked for, or in both.
        Err(versions::DeriveError::Exists(folder)) => {
            Err(SaidError(Message::new("model.derive_exists").text("folder", folder.display().to_string())).into())
        }
        Err(versions::DeriveError::Io { path, source }) => {
            Err(super::file_failure(path.starts_with(&output), &path, &source).into())
        }
        Err(versions::DeriveError::Model(e)) => Err(SaidError(
            Message::new("model.derive_failed").text("version", a.version.clone()).said("detail", e.message()),
        )
        .into()),
    }
}
