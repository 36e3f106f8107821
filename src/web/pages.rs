//! The HTML pages: home, a solicitation's bids, a declaration with its chain and scores, its report, upload and the
//! template download. Pages render a friendly error page in the user's language.

use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, ResponseError, web};
use chrono::Utc;

use actix_session::SessionExt;
use serde::Deserialize;

use super::auth::{self, Action, MaybeViewer, Viewer};
use super::error_page::{html, respond, with_header};
use super::frame::{Ctx, Page, role_chrome};
use super::kept::{DeclarationPageKey, KeptPage};
use super::lang::toggle_href;
use super::listing::ListQuery;
use super::params::{Form, IdPath, PageQuery, Query, fields, fields_except};
use super::{ApiError, AppState, RequestLang};
use crate::domain::{Lang, Message};
use crate::pipeline::{self, SubmitError};
use crate::reports::comparison::SolicitationView;
use crate::reports::dates;
use crate::reports::declaration_page::{DeclarationPage, SiteSelection};
use crate::reports::export::ExportSheet;
use crate::reports::views::{
    self, BandCell, DeclarationMeta, DeclarationRow, HomeView, ReportPage, SolicitationRow, UploadView,
};
use crate::storage::{Clash, DeclarationFilter, DeclarationSummary, StorageError};

/// Mounts the page routes.
pub fn routes(cfg: &mut web::ServiceConfig) {
    cfg.route("/", web::get().to(home))
        .route("/solicitations/{number:.+}", web::get().to(solicitation))
        .route("/declarations/{id}", web::get().to(declaration))
        .route("/suppliers/{id}", web::get().to(supplier))
        .route("/portfolio", web::get().to(portfolio))
        .route("/declarations/{id}/report", web::get().to(report))
        .route("/upload", web::get().to(upload_form))
        .route("/upload", web::post().to(upload_submit))
        .route("/template", web::get().to(template))
        .route("/login", web::get().to(login_form))
        .route("/login", web::post().to(login_submit))
        .route("/logout", web::post().to(logout));
}

/// The query parameters of these pages ([`PageQuery`]): the home page pages its list with `page`/`per_page`, the
/// API's list of declarations with `limit`/`offset` (its document's), each door its own.
pub(super) fn page_queries() -> Vec<PageQuery> {
    vec![
        PageQuery { pattern: "/", method: "GET", takes: || fields_except::<ListQuery>(&["limit", "offset"]) },
        PageQuery { pattern: "/solicitations/{number:.+}", method: "GET", takes: fields::<SolicitationQuery> },
        PageQuery { pattern: "/declarations/{id}", method: "GET", takes: fields::<SitesQuery> },
        PageQuery { pattern: "/portfolio", method: "GET", takes: fields::<DashboardQuery> },
        PageQuery { pattern: "/login", method: "GET", takes: fields::<LoginQuery> },
    ]
}

/// A path of this site to come back to after signing in; anything else (another site, `//host`) becomes `/`.
fn safe_next(next: &str) -> String {
    if next.starts_with('/') && !next.starts_with("//") && !next.starts_with("/\\") {
        next.to_string()
    } else {
        "/".into()
    }
}

fn row(state: &AppState, lang: Lang, s: &DeclarationSummary) -> DeclarationRow {
    let cat = state.renderer.catalog();
    let cell = |band: Option<crate::domain::Band>, score: Option<f64>| {
        band.map(|b| BandCell::new(cat, lang, b, score.unwrap_or(0.0)))
    };
    DeclarationRow {
        id: s.id,
        supplier_id: s.supplier_id,
        supplier_name: s.supplier_name.clone(),
        supplier_country: s.supplier_country.clone(),
        solicitation_number: s.solicitation_number.clone().unwrap_or_default(),
        declaration_date: s.declaration_date.to_string(),
        received_at: dates::date_time(cat, lang, s.received_at),
        site_count: s.site_count,
        finding_count: s.finding_count,
        forced: cell(s.forced_labour_band, s.forced_labour_score),
        child: cell(s.child_labour_band, s.child_labour_score),
        superseded: s.superseded_by.is_some(),
    }
}

/// The home page: the solicitations that most recently received a bid (officers), then one page of the
/// declarations the URL's filters select (`web::listing`), with their count and the links to the pages either side.
async fn home(query: Query<ListQuery>, page: Page) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::ReadDeclarations, async |ctx| {
        let portfolio = ctx.viewer.can(Action::ReadPortfolio);
        let (page, per_page) = query.page()?;
        let filter = DeclarationFilter {
            limit: per_page,
            offset: (page - 1) * per_page,
            ..query.resolve(ctx.state, &ctx.viewer).await?
        };
        let (sols, solicitation_total) = if portfolio {
            ctx.state.store.recent_solicitations(HomeView::SOLICITATIONS as u64).await?
        } else {
            (Vec::new(), 0)
        };
        let solicitation_total = usize::try_from(solicitation_total).unwrap_or(usize::MAX);
        let (decls, total) = ctx.state.store.declaration_page(&filter).await?;
        let pager = super::listing::pager(&query.kept(), lang, page, per_page, decls.len(), total);
        let view = HomeView {
            title: ctx.state.renderer.t(lang, if portfolio { "home.title" } else { "nav.my_declarations" }),
            portfolio,
            solicitations: sols
                .iter()
                .map(|s| SolicitationRow {
                    number: s.number.clone(),
                    bid_count: s.bid_count,
                    last_received: s.last_received.format("%Y-%m-%d").to_string(),
                })
                .collect(),
            solicitation_total,
            declarations: decls.iter().map(|d| row(ctx.state, lang, d)).collect(),
            list: query.controls(ctx.state, lang, pager),
            standing: super::supplier_pages::standing(ctx.state, &ctx.viewer, lang).await?,
        };
        ctx.render("pages/home", &view)
    })
    .await
}

/// The solicitation page's query: `format` (`csv` or `xlsx` for a download of every bid; the page otherwise) and the
/// bids to set side by side, `bids=12&bids=15` (a form's boxes: a name that repeats is read as a list).
#[derive(Debug, Default, Deserialize)]
struct SolicitationQuery {
    format: Option<String>,
    #[serde(default)]
    bids: Vec<String>,
}

async fn solicitation(number: web::Path<String>, page: Page) -> HttpResponse {
    let lang = page.lang;
    use crate::reports::comparison;
    page.serve(Action::ReadPortfolio, async |ctx| {
        let query: SolicitationQuery = super::params::from_query(ctx.req.query_string().as_bytes())
            .map_err(|e| e.to_api(super::params::Place::Query, None))?;
        let asked = query
            .bids
            .iter()
            .map(|b| {
                b.trim()
                    .parse::<i64>()
                    .map_err(|_| ApiError::told(&Message::new("request.filter.bid_number").text("value", b.as_str())))
            })
            .collect::<Result<Vec<i64>, ApiError>>()?;
        let bids = ctx.state.store.bids_for(&number).await?.ok_or(ApiError::NotFound)?;
        let ids: Vec<i64> = bids.bids.iter().map(|b| b.id).collect();
        // A shared link names declarations; a bidder may have replaced one since: the link shows its current one.
        let mut asked = asked;
        // A bid named twice is one bid: its note is said once.
        asked.sort_unstable();
        asked.dedup();
        let mut replaced = Vec::new();
        for id in asked.iter_mut().filter(|id| !ids.contains(id)) {
            if let Some(current) = ctx.state.store.current_declaration_of(*id).await?.filter(|c| ids.contains(c)) {
                replaced.push(comparison::replaced_note(ctx.state.renderer.catalog(), lang, *id, current));
                *id = current;
            }
        }
        asked.sort_unstable();
        asked.dedup();
        let mut latest = ctx.state.store.latest_assessments(&ids).await?;
        let with_assessments: Vec<_> = bids.bids.iter().map(|b| (b.clone(), latest.remove(&b.id))).collect();
        let cat = ctx.state.renderer.catalog();
        // Whether a bid is non-responsive is said for today: an ineligibility ends on its own date.
        let today = crate::screening::effect::today();
        if let Some(format) = query.format.as_deref() {
            // The exports keep every bid, whatever the page sets side by side, in the ranking's order.
            let ranking = comparison::rank(cat, lang, &with_assessments, today);
            let every: Vec<i64> = ranking.iter().map(|r| r.id).collect();
            let all = comparison::side_by_side(cat, &ctx.state.model, lang, &with_assessments, ranking, &every, today);
            return export_comparison(ctx.state, lang, &bids.number, &all, format).await;
        }
        let ranking = comparison::rank(cat, lang, &with_assessments, today);
        let (chosen, capped) = comparison::choose(&ranking, &asked).map_err(|id| {
            ApiError::told(
                &Message::new("request.filter.no_such_bid")
                    .text("value", id.to_string())
                    .text("solicitation", bids.number.as_str()),
            )
        })?;
        let matrix = comparison::side_by_side(cat, &ctx.state.model, lang, &with_assessments, ranking, &chosen, today);
        let view = SolicitationView {
            title: ctx.state.renderer.t(lang, "solicitation.title").replace("{number}", &bids.number),
            number_query: serde_urlencoded::to_string([("lang", lang.as_ref())]).unwrap_or_default(),
            number: bids.number.clone(),
            bid_count: with_assessments.len(),
            shown: matrix.bids.len(),
            max_side_by_side: comparison::MAX_SIDE_BY_SIDE,
            default_side_by_side: comparison::DEFAULT_SIDE_BY_SIDE,
            capped: if capped { comparison::capped_note(cat, lang, asked.len()) } else { String::new() },
            replaced,
            comparison: matrix,
        };
        ctx.render("pages/solicitation", &view)
    })
    .await
}

/// The comparison as a CSV or XLSX download, headings in the request's language, formula-like text made inert.
async fn export_comparison(
    state: &AppState,
    lang: Lang,
    number: &str,
    comparison: &crate::reports::comparison::Comparison,
    format: &str,
) -> Result<HttpResponse, ApiError> {
    use crate::reports::comparison::{ExportHeading, HEADING_ROWS, rows};
    let heading = ExportHeading { solicitation: number, date: chrono::Utc::now().date_naive() };
    let rows = rows(state.renderer.catalog(), lang, comparison, &heading);
    let stem: String = number.chars().map(|c| if c.is_ascii_alphanumeric() || c == '-' { c } else { '_' }).collect();
    export_rows(state, lang, &stem, ExportSheet::Comparison, rows, HEADING_ROWS, format).await
}

/// Rows as a CSV or XLSX download named `chainon-{stem}-{lang}`, the sheet named in the language (a name that
/// fits Excel's 31 characters whole).
pub(super) async fn export_rows(
    state: &AppState,
    lang: Lang,
    stem: &str,
    sheet: crate::reports::export::ExportSheet,
    rows: Vec<Vec<crate::reports::export::ExportCell>>,
    header_rows: u32,
    format: &str,
) -> Result<HttpResponse, ApiError> {
    use crate::reports::export;
    let (body, mime, ext) = match format {
        // A CSV in the reader's conventions (`reports::export`): `;` and decimal commas in French.
        "csv" => (export::to_csv(lang, &rows).map_err(ApiError::internal)?, "text/csv; charset=utf-8", "csv"),
        "xlsx" => {
            let sheet = state.renderer.t(lang, sheet.key()).to_string();
            let bytes = web::block(move || export::to_xlsx(&sheet, header_rows, &rows))
                .await
                .map_err(ApiError::internal)?
                .map_err(ApiError::internal)?;
            (bytes, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx")
        }
        other => {
            return Err(ApiError::told(&Message::new("request.filter.export_format").text("value", other)));
        }
    };
    Ok(HttpResponse::Ok()
        .content_type(mime)
        .insert_header((header::CONTENT_DISPOSITION, format!("attachment; filename=\"chainon-{stem}-{lang}.{ext}\"")))
        .body(body))
}

#[derive(Debug, Deserialize)]
struct DashboardQuery {
    /// A fiscal year by its first year; the current declarations when absent or empty.
    fy: Option<String>,
    /// `forced` (default) or `child`: the score the heat map is coloured by.
    kind: Option<String>,
    /// `csv` or `xlsx` for a download; the page otherwise.
    format: Option<String>,
}

/// The portfolio dashboard: spend-weighted risk by goods category × country, its trend by fiscal year, exports.
async fn portfolio(query: Query<DashboardQuery>, page: Page) -> HttpResponse {
    let lang = page.lang;
    use crate::reports::portfolio::{self, Measure};
    page.serve(Action::ReadPortfolio, async |ctx| {
        let fy = super::params::fiscal_year_query("fy", query.fy.as_deref(), chrono::Utc::now().date_naive())?;
        let measure = Measure::parse(query.kind.as_deref())
            .ok_or_else(|| ApiError::told(&Message::new("request.filter.kind")))?;
        // An expensive report: added up by the database from each assessment's sums, under a permit.
        let dash = ctx
            .state
            .heavy
            .run(async { Ok::<_, ApiError>(ctx.state.store.portfolio_dashboard(&ctx.state.model, fy).await?) })
            .await?;
        let cat = ctx.state.renderer.catalog();
        match query.format.as_deref() {
            None => {
                let model = ctx.state.model.clone();
                ctx.render_off("pages/portfolio", move |cat| Ok(portfolio::view(&model, cat, lang, &dash, measure)))
                    .await
            }
            Some(format) => {
                use crate::reports::export::ExportCell;
                let rows: Vec<Vec<ExportCell>> = portfolio::export_rows(&ctx.state.model, cat, lang, &dash)
                    .into_iter()
                    .enumerate()
                    .map(|(i, r)| {
                        // The heading row is text; below it, the figures the rows hold as plain numbers export as numbers.
                        r.into_iter()
                            .map(|x| if i == 0 { ExportCell::Text(x) } else { ExportCell::from_plain(x) })
                            .collect()
                    })
                    .collect();
                let stem = dash.fiscal_year.map_or_else(|| "portfolio".to_string(), |y| format!("portfolio-{y}"));
                export_rows(ctx.state, lang, &stem, ExportSheet::Dashboard, rows, 1, format).await
            }
        }
    })
    .await
}

/// A supplier's identity and history: every declaration, superseded ones marked. A supplier sees only its own.
async fn supplier(id: IdPath<i64>, page: Page) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::ReadDeclarations, async |ctx| {
        let filter = DeclarationFilter {
            supplier_id: Some(*id),
            business_number: ctx.viewer.only_business_number(),
            include_superseded: true,
            limit: 1000,
            ..DeclarationFilter::default()
        };
        let decls = ctx.state.store.list_declarations(&filter).await?;
        let newest = decls.first().ok_or(ApiError::NotFound)?;
        let view = views::SupplierHistoryView {
            title: newest.supplier_name.clone(),
            legal_name: newest.supplier_name.clone(),
            business_number: newest.business_number.clone().unwrap_or_default(),
            country: newest.supplier_country.clone(),
            declarations: decls.iter().map(|d| row(ctx.state, lang, d)).collect(),
        };
        ctx.render("pages/supplier", &view)
    })
    .await
}

/// The declaration in force in place of declaration `id`, replaced by `superseded_by`: the last of its chain of
/// replacements (one id read a step); `None` when nothing replaced it.
async fn in_force_instead(state: &AppState, id: i64, superseded_by: Option<i64>) -> Result<Option<i64>, ApiError> {
    match superseded_by {
        Some(next) => Ok(Some(state.store.current_declaration_of(id).await?.filter(|c| *c != id).unwrap_or(next))),
        None => Ok(None),
    }
}

/// A declaration the viewer may read, its latest assessment, and the page's facts about the file.
async fn declaration_parts(
    state: &AppState,
    viewer: &Viewer,
    lang: Lang,
    id: i64,
) -> Result<(crate::storage::StoredDeclaration, crate::storage::StoredAssessment, DeclarationMeta), ApiError> {
    let stored = super::auth::readable(state, viewer, id).await?;
    let assessment = state.store.latest_assessment(id).await?.ok_or(ApiError::NotFound)?;
    let s = &stored.summary;
    let meta = DeclarationMeta {
        id: s.id,
        file_name: s.file_name.clone(),
        sha256: s.sha256.clone(),
        received_at: dates::date_time(state.renderer.catalog(), lang, s.received_at),
        superseded_by: in_force_instead(state, s.id, s.superseded_by).await?,
        warnings: views::issue_rows(lang, &stored.warnings),
    };
    Ok((stored, assessment, meta))
}

async fn declaration_view(
    state: &AppState,
    viewer: &Viewer,
    lang: Lang,
    id: i64,
) -> Result<views::DeclarationView, ApiError> {
    let (stored, assessment, meta) = declaration_parts(state, viewer, lang, id).await?;
    Ok(views::declaration_view(
        state.renderer.catalog(),
        &state.model,
        lang,
        &stored.declaration,
        &assessment.assessment,
        Some(meta),
    ))
}

/// The declaration page's query: which sites to show (`reports::declaration_page::SiteSelection`), each parameter
/// read by hand so that a wrong one is named in the error page.
#[derive(Debug, Default, Deserialize)]
struct SitesQuery {
    forced: Option<String>,
    child: Option<String>,
    country: Option<String>,
    sites_page: Option<String>,
    per_page: Option<String>,
}

impl SitesQuery {
    fn selection(&self) -> Result<SiteSelection, ApiError> {
        use crate::reports::declaration_page::MAX_PER_PAGE;
        let given = |v: &Option<String>| v.as_deref().map(str::trim).filter(|v| !v.is_empty()).map(str::to_string);
        let band = |name: &str, v: &Option<String>| match given(v) {
            None => Ok(None),
            Some(v) => v.parse::<crate::domain::Band>().map(Some).map_err(|_| {
                ApiError::told(&Message::new("request.filter.band").text("name", name).text("value", v.as_str()))
            }),
        };
        let number =
            |name: &str, v: &Option<String>, max: usize, default: usize| match given(v) {
                None => Ok(default),
                // Refused in the words of every paging parameter (`params::paging_range`).
                Some(v) => v.parse::<usize>().ok().filter(|n| (1..=max).contains(n)).ok_or_else(|| {
                    super::params::out_of_range(name, &v, (1, i128::try_from(max).unwrap_or(i128::MAX)))
                }),
            };
        let country = match given(&self.country) {
            None => None,
            // Read as the intake reads a typed country: a stray mark (`MY?`) is refused with the country it looks
            // like.
            Some(v) => Some(crate::domain::read_country(&v).map_err(super::listing::country_refused)?),
        };
        Ok(SiteSelection {
            forced: band("forced", &self.forced)?,
            child: band("child", &self.child)?,
            country,
            page: number(
                "sites_page",
                &self.sites_page,
                usize::try_from(super::params::MAX_PAGE).unwrap_or(usize::MAX),
                1,
            )?,
            per_page: number("per_page", &self.per_page, MAX_PER_PAGE, SiteSelection::default().per_page)?,
        })
    }
}

/// The address of a declaration page showing `sel`, in `lang`, at its chain.
fn sites_href(id: i64, lang: Lang, sel: &SiteSelection) -> String {
    let mut pairs = vec![("lang", lang.as_ref().to_string())];
    pairs.extend(sel.query_pairs());
    let query = serde_urlencoded::to_string(&pairs).unwrap_or_default();
    format!("/declarations/{id}?{query}#h-chain")
}

/// A declaration's page: its markup is kept rendered (`web::kept`) under a key naming everything it is drawn from, so
/// that a page asked again costs one query for the declaration's stamp (who may read it, its latest assessment, its
/// replacement), the confirmed screening hits for the roles shown them, and the layout; the documents are read and
/// the markup rendered only for a key not kept.
async fn declaration(id: IdPath<i64>, query: Query<SitesQuery>, page: Page) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::ReadDeclarations, async |ctx| {
        let sel = query.selection()?;
        let stamp = ctx
            .state
            .store
            .declaration_stamp(*id)
            .await?
            .filter(|s| auth::may_read_of(&ctx.viewer, s.business_number.as_deref()))
            .ok_or(ApiError::NotFound)?;
        let assessment = stamp.latest_assessment.ok_or(ApiError::NotFound)?;
        // Confirmed screening hits, any list, for officers and auditors.
        let screening = if ctx.viewer.can(Action::ReadPortfolio) {
            let filter = crate::storage::HitFilter {
                status: Some(crate::storage::HitStatus::Confirmed),
                declaration_id: Some(*id),
                limit: 500,
                ..Default::default()
            };
            let hits = ctx.state.store.screening_hits(&filter).await?;
            let standing = ctx.state.store.hits_standing(&hits).await?;
            crate::reports::screening_pages::confirmed_hits(
                ctx.state.renderer.catalog(),
                lang,
                hits,
                &standing,
                crate::screening::effect::today(),
            )
        } else {
            Vec::new()
        };
        let key = DeclarationPageKey {
            declaration: *id,
            assessment,
            superseded_by: in_force_instead(ctx.state, *id, stamp.superseded_by).await?,
            lang,
            role: ctx.viewer.account.role,
            selection: sel.clone(),
            today: crate::screening::effect::today(),
            screening: if screening.is_empty() {
                String::new()
            } else {
                serde_json::to_string(&screening).map_err(ApiError::internal)?
            },
        };
        if let Some(kept) = ctx.state.pages.get(&key) {
            return ctx.framed(&kept.title, &kept.body);
        }
        let (stored, assessment, meta) = declaration_parts(ctx.state, &ctx.viewer, lang, *id).await?;
        // Kept under what was read: a new assessment or version may have been stored since the stamp.
        let key = DeclarationPageKey { assessment: assessment.id, superseded_by: meta.superseded_by, ..key };
        let (renderer, model, id, role) = (ctx.state.renderer.clone(), ctx.state.model.clone(), *id, key.role);
        let rendered = web::block(move || {
            let cat = renderer.catalog();
            let href = |s: &SiteSelection| sites_href(id, lang, s);
            let (decl, chain) = crate::reports::declaration_page::declaration_page(
                cat,
                &model,
                lang,
                &stored.declaration,
                &assessment.assessment,
                Some(meta),
                &sel,
                &href,
            );
            let title = cat.format(
                lang,
                "decl.title",
                crate::reports::MessageArgs::new().set("supplier", decl.supplier.legal_name.as_str()),
            );
            let page = DeclarationPage { title, decl, chain, screening };
            // Rendered for the role, never for the person: the markup is kept for everyone of the role.
            let body = renderer.render_body("pages/declaration", lang, Some(&role_chrome(role, lang)), &page)?;
            Ok::<_, ApiError>(KeptPage { title: page.title, body })
        })
        .await
        .map_err(ApiError::internal)??;
        let kept = ctx.state.pages.keep(key, rendered);
        ctx.framed(&kept.title, &kept.body)
    })
    .await
}

/// Renders the self-contained HTML report of a declaration (used by the page and by `chainon assess`).
pub fn render_report(
    renderer: &crate::reports::Renderer,
    lang: Lang,
    decl: views::DeclarationView,
    warnings: Vec<views::IssueView>,
) -> Result<String, crate::reports::ReportError> {
    let title = renderer.catalog().format(
        lang,
        "decl.title",
        crate::reports::MessageArgs::new().set("supplier", decl.supplier.legal_name.as_str()),
    );
    let page = ReportPage {
        title,
        generated_at: dates::date_time(renderer.catalog(), lang, Utc::now()),
        css: super::assets::stylesheet(),
        decl,
        warnings,
    };
    renderer.render("reports/declaration", lang, "", &page)
}

async fn report(id: IdPath<i64>, page: Page) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::ReadDeclarations, async |ctx| {
        let decl = declaration_view(ctx.state, &ctx.viewer, lang, *id).await?;
        let warnings = decl.meta.as_ref().map(|m| m.warnings.clone()).unwrap_or_default();
        let body = render_report(&ctx.state.renderer, lang, decl, warnings)?;
        Ok(HttpResponse::Ok()
            .content_type("text/html; charset=utf-8")
            // The report inlines its stylesheet so it stands alone once saved; it runs no script.
            .insert_header((header::CONTENT_SECURITY_POLICY, "default-src 'none'; style-src 'unsafe-inline'"))
            .insert_header((
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"chainon-declaration-{}-{lang}.html\"", *id),
            ))
            .insert_header((header::CACHE_CONTROL, "no-store"))
            .body(body))
    })
    .await
}

fn upload_view(state: &AppState, lang: Lang, csrf: &str) -> UploadView {
    UploadView {
        title: state.renderer.t(lang, "upload.title"),
        csrf: csrf.to_string(),
        file_name: String::new(),
        errors: Vec::new(),
        warnings: Vec::new(),
        max_mib: state.limits.max_file_bytes / (1024 * 1024),
    }
}

async fn upload_form(page: Page) -> HttpResponse {
    page.serve(Action::Submit, async |ctx| {
        ctx.render("pages/upload", &upload_view(ctx.state, ctx.lang, &ctx.chrome.csrf))
    })
    .await
}

async fn upload_submit(payload: web::Payload, page: Page) -> HttpResponse {
    let lang = page.lang;
    page.serve(Action::Submit, async |ctx| {
        let upload = match super::input::read_upload(
            ctx.req,
            payload,
            &ctx.state.uploads,
            ctx.state.limits.max_file_bytes,
            None,
            super::input::UploadOf::Declaration,
            super::input::SentFrom::Page,
            &[],
        )
        .await
        {
            Ok(x) => x,
            // Larger than the limit: 413, as from the API, naming the file (its name is the place).
            Err(e @ ApiError::PayloadTooLarge { .. }) => {
                let name = match &e {
                    ApiError::PayloadTooLarge { file: Some(f), .. } => f.clone(),
                    _ => String::new(),
                };
                let (en, fr) = e.messages();
                let issue = crate::domain::Issue::error(name.clone(), None, en, fr);
                return render_refused(ctx, name, vec![issue], StatusCode::PAYLOAD_TOO_LARGE);
            }
            // Every place taken: the form again, saying when to send the file again (the body was dropped). The
            // problem is the service's, in no place of the file: no place is named (not the form part's name).
            Err(e @ ApiError::UploadsBusy { .. }) => {
                let (en, fr) = e.messages();
                let issue = crate::domain::Issue::error(String::new(), None, en, fr);
                let mut refused = render_refused(ctx, String::new(), vec![issue], e.status_code())?;
                with_header(&mut refused, &e);
                return Ok(refused);
            }
            // A form the page would not send (two files, an empty one, none): the form again, saying so in the
            // reader's words (nothing was read into storage).
            Err(e @ ApiError::BadRequest { .. }) => {
                let (en, fr) = e.messages();
                let issue = crate::domain::Issue::error(String::new(), None, en, fr);
                return render_refused(ctx, String::new(), vec![issue], StatusCode::BAD_REQUEST);
            }
            Err(e) => return Err(e),
        };
        auth::check_csrf_for(ctx.req, &ctx.viewer, upload.csrf.as_deref())?;
        let name = upload.name.clone();
        match pipeline::submit_for(
            &ctx.state.store,
            ctx.state.model.clone(),
            &ctx.state.reader,
            upload.name,
            upload.bytes,
            ctx.state.limits.clone(),
            &ctx.viewer.submitter(),
        )
        .await
        {
            // A file sent again: its first receipt, saying so (nothing new was stored).
            Ok(done) if done.outcome.duplicate => {
                super::supplier_pages::receipt_page(ctx, done.outcome.declaration_id, true).await
            }
            Ok(done) => Ok(HttpResponse::SeeOther()
                .insert_header((
                    header::LOCATION,
                    format!("/declarations/{}/receipt?lang={lang}", done.outcome.declaration_id),
                ))
                .finish()),
            Err(SubmitError::Rejected(issues)) => render_rejected(ctx, name, issues),
            // The machine too busy to read the file in time: the form again, saying to send it again later (503 with
            // Retry-After); the file is not refused, so no place of it is named.
            Err(busy @ SubmitError::Busy(_)) => {
                let e = ApiError::from(busy);
                let (en, fr) = e.messages();
                let issue = crate::domain::Issue::error(String::new(), None, en, fr);
                let mut refused = render_refused(ctx, name, vec![issue], e.status_code())?;
                with_header(&mut refused, &e);
                Ok(refused)
            }
            // Older than the declaration in force: said beside the form, at the cell whose date decides.
            Err(SubmitError::Storage(StorageError::Conflict(clash @ Clash::NewerDeclaration { .. }))) => {
                let (en, fr) = super::error::clash_messages(&clash);
                let issue = crate::domain::Issue::error("Supplier", Some("Declaration date"), en, fr)
                    .with_location_fr("Fournisseur");
                render_refused(ctx, name, vec![issue], StatusCode::CONFLICT)
            }
            Err(e) => Err(e.into()),
        }
    })
    .await
}

fn render_rejected(ctx: &Ctx, file_name: String, issues: Vec<crate::domain::Issue>) -> Result<HttpResponse, ApiError> {
    render_refused(ctx, file_name, issues, StatusCode::UNPROCESSABLE_ENTITY)
}

/// The upload form again with the file's issues, answered with `status`.
fn render_refused(
    ctx: &Ctx,
    file_name: String,
    issues: Vec<crate::domain::Issue>,
    status: StatusCode,
) -> Result<HttpResponse, ApiError> {
    let (state, lang) = (ctx.state, ctx.lang);
    let (errors, warnings): (Vec<_>, Vec<_>) =
        issues.into_iter().partition(|i| i.level == crate::domain::IssueLevel::Error);
    let view = UploadView {
        file_name,
        errors: views::issue_rows(lang, &errors),
        warnings: views::issue_rows(lang, &warnings),
        ..upload_view(state, lang, &ctx.chrome.csrf)
    };
    ctx.render_as(status, "pages/upload", &view)
}

async fn template(req: HttpRequest, state: web::Data<AppState>, lang: RequestLang) -> HttpResponse {
    let result = super::api::template_response(lang.0).await;
    respond(&state, &req, result)
}

#[derive(Debug, Deserialize)]
struct LoginQuery {
    next: Option<String>,
}

#[derive(Debug, Deserialize)]
struct LoginForm {
    email: String,
    password: String,
    csrf: Option<String>,
    next: Option<String>,
}

fn login_page(
    state: &AppState,
    req: &HttpRequest,
    lang: Lang,
    status: StatusCode,
    email: &str,
    next: &str,
    error: &str,
) -> Result<HttpResponse, ApiError> {
    let view = views::LoginView {
        title: state.renderer.t(lang, "login.title"),
        email: email.to_string(),
        next: safe_next(next),
        csrf: auth::csrf_token(&req.get_session())?,
        error: error.to_string(),
        wait: String::new(),
    };
    login_view(state, req, lang, status, &view)
}

fn login_view(
    state: &AppState,
    req: &HttpRequest,
    lang: Lang,
    status: StatusCode,
    view: &views::LoginView,
) -> Result<HttpResponse, ApiError> {
    let body = state.renderer.render("pages/login", lang, &toggle_href(req, lang), view)?;
    Ok(html(status, body))
}

async fn login_form(
    req: HttpRequest,
    state: web::Data<AppState>,
    lang: RequestLang,
    query: Query<LoginQuery>,
    viewer: MaybeViewer,
) -> HttpResponse {
    let next = safe_next(query.next.as_deref().unwrap_or("/"));
    if viewer.0.is_some() {
        return HttpResponse::SeeOther().insert_header((header::LOCATION, next)).finish();
    }
    respond(&state, &req, login_page(&state, &req, lang.0, StatusCode::OK, "", &next, ""))
}

async fn login_submit(
    req: HttpRequest,
    state: web::Data<AppState>,
    lang: RequestLang,
    form: Form<LoginForm>,
) -> HttpResponse {
    let lang = lang.0;
    // Anyone may post it: read at once.
    let form = match form.read().await {
        Ok(f) => f,
        Err(e) => return super::params::public_refusal(&req, e).await,
    };
    let next = safe_next(form.next.as_deref().unwrap_or("/"));
    let page = |status, error| login_page(&state, &req, lang, status, &form.email, &next, error);
    let result = async {
        let session = req.get_session();
        if auth::check_csrf(&session, form.csrf.as_deref()).is_err() {
            return page(StatusCode::FORBIDDEN, "login.expired");
        }
        let address = req.peer_addr().map(|a| a.ip());
        if let Err(e) = state.auth.throttle.check(&form.email, address) {
            // The words say the wait the `Retry-After` header gives.
            let wait = match &e {
                ApiError::TooManyRequests { retry_after_secs } => {
                    state.renderer.catalog().wait(lang, *retry_after_secs)
                }
                _ => String::new(),
            };
            let view = views::LoginView {
                title: state.renderer.t(lang, "login.title"),
                email: form.email.clone(),
                next: safe_next(&next),
                csrf: auth::csrf_token(&req.get_session())?,
                error: "login.throttled".into(),
                wait,
            };
            let mut refused = login_view(&state, &req, lang, StatusCode::TOO_MANY_REQUESTS, &view)?;
            with_header(&mut refused, &e);
            return Ok(refused);
        }
        let found = state.store.account_for_login_even_disabled(&form.email).await?;
        let password = form.password.clone();
        let hash = found.as_ref().map_or_else(|| crate::accounts::dummy_hash().to_string(), |(_, h)| h.clone());
        // Hashing is slow by design: off the async workers. An unknown e-mail costs the same as a wrong password.
        let ok =
            web::block(move || crate::accounts::verify_password(&password, &hash)).await.map_err(ApiError::internal)?;
        match found {
            // Only after the right password: the holder learns why, and nobody else that the account exists.
            Some((account, _)) if ok && account.disabled => {
                state.auth.throttle.failed(&form.email, address);
                tracing::info!(account = account.id, "sign-in to a disabled account");
                page(StatusCode::FORBIDDEN, "login.disabled")
            }
            Some((account, _)) if ok => {
                state.auth.throttle.succeeded(&form.email);
                auth::sign_in(&session, &account)?;
                tracing::info!(account = account.id, role = %account.role, "signed in");
                let sep = if next.contains('?') { '&' } else { '?' };
                let target = if next.contains("lang=") { next.clone() } else { format!("{next}{sep}lang={lang}") };
                Ok(HttpResponse::SeeOther().insert_header((header::LOCATION, target)).finish())
            }
            _ => {
                state.auth.throttle.failed(&form.email, address);
                tracing::info!("failed sign-in");
                page(StatusCode::UNAUTHORIZED, "login.failed")
            }
        }
    }
    .await;
    match result {
        Ok(r) => r,
        Err(e) => super::params::public_refusal(&req, e).await,
    }
}

/// Signs out whatever the form holds, its token included: the person asked to leave, and a session should never
/// outlive that because a form expired or came without its body. A forged sign-out cannot come from another site (the
/// session cookie is `SameSite=Lax`: browsers send it with no cross-site POST), and would only end a session.
async fn logout(req: HttpRequest, lang: RequestLang) -> HttpResponse {
    let session = req.get_session();
    auth::sign_out(&session);
    // Answered from the head, the body (a form token, if any) never read: a client that declares a body and sends it
    // slowly, or never, must not keep the session alive while it is awaited (the session ends when the answer
    // leaves). A connection whose body was left unread is closed, so none of it is read as a next request.
    let mut response =
        HttpResponse::SeeOther().insert_header((header::LOCATION, format!("/login?lang={}", lang.0))).finish();
    let headers = req.headers();
    let declared = headers.contains_key(header::TRANSFER_ENCODING)
        || headers.get(header::CONTENT_LENGTH).is_some_and(|l| l.as_bytes() != b"0");
    if declared {
        response.head_mut().set_connection_type(actix_web::http::ConnectionType::Close);
    }
    response
}

#[cfg(test)]
mod tests {
    use super::*;

    fn country(v: &str) -> Result<Option<crate::domain::CountryCode>, ApiError> {
        SitesQuery { country: Some(v.to_string()), ..SitesQuery::default() }.selection().map(|s| s.country)
    }

    #[test]
    fn a_country_filter_with_a_stray_mark_is_refused_with_the_country_it_looks_like() {
        for (typed, en, fr) in [
            ("MY?", "did you mean Malaysia?", "vouliez-vous dire Malaisie\u{202f}?"),
            ("Canada ✓", "did you mean Canada?", "vouliez-vous dire Canada\u{202f}?"),
            ("Malaysia🧤", "did you mean Malaysia?", "vouliez-vous dire Malaisie\u{202f}?"),
            ("UZ*", "did you mean Uzbekistan?", "vouliez-vous dire Ouzbékistan\u{202f}?"),
        ] {
            match country(typed) {
                Err(ApiError::BadRequest { en: got_en, fr: got_fr }) => {
                    assert!(got_en.starts_with("country ") && got_en.contains(en), "{typed}: {got_en}");
                    assert!(got_fr.starts_with("country «\u{a0}") && got_fr.contains(fr), "{typed}: {got_fr}");
                }
                other => panic!("{typed}: {other:?}"),
            }
        }
        assert_eq!(country("UZ").unwrap().map(|c| c.to_string()).as_deref(), Some("UZ"));
        assert_eq!(country("Malaisie").unwrap().map(|c| c.to_string()).as_deref(), Some("MY"));
        assert!(matches!(country("Atlantis"), Err(ApiError::BadRequest { .. })));
    }
}
