//! What every page shares: the `Page` extractor (the request, the state, the language, who calls), `serve` (signed
//! in and allowed, or the login or "not allowed" page), and `Ctx`, what a page handler renders with.

use actix_session::SessionExt;
use actix_web::http::{StatusCode, header};
use actix_web::{HttpRequest, HttpResponse, web};

use super::auth::{self, Action, MaybeViewer, Via, Viewer};
use super::error_page::{html, respond_as};
use super::lang::{resolve, toggle_href};
use super::methods::page_methods;
use super::{ApiError, AppState};
use crate::domain::{AccountRole, Lang};
use crate::reports::views::ViewerView;

/// A page's request once its viewer is known: what every page handler renders with.
pub(super) struct Ctx<'a> {
    pub state: &'a AppState,
    pub req: &'a HttpRequest,
    pub lang: Lang,
    pub viewer: Viewer,
    pub chrome: ViewerView,
}

impl Ctx<'_> {
    /// Renders a template with the page header for this viewer.
    pub fn render<T: serde::Serialize>(&self, template: &str, page: &T) -> Result<HttpResponse, ApiError> {
        self.render_as(StatusCode::OK, template, page)
    }

    /// Builds a page from what `build` is given (the catalogues) and renders it on a blocking thread: for pages whose
    /// view and markup are large (a declaration of hundreds of sites, the portfolio, the S-211 figures), so that the
    /// async workers stay free for other requests.
    pub async fn render_off<T: serde::Serialize>(
        &self,
        template: &'static str,
        build: impl FnOnce(&crate::reports::Catalog) -> Result<T, ApiError> + Send + 'static,
    ) -> Result<HttpResponse, ApiError> {
        let renderer = self.state.renderer.clone();
        let (lang, toggle, chrome) = (self.lang, toggle_href(self.req, self.lang), self.chrome.clone());
        let body = web::block(move || {
            let page = build(renderer.catalog())?;
            Ok::<_, ApiError>(renderer.render_for(template, lang, &toggle, Some(&chrome), &page)?)
        })
        .await
        .map_err(ApiError::internal)??;
        Ok(html(StatusCode::OK, body))
    }

    /// A page whose markup was rendered before (`Renderer::render_body`, kept: `web::kept`) set in the layout for
    /// this request's viewer and address.
    pub fn framed(&self, title: &str, body: &str) -> Result<HttpResponse, ApiError> {
        let page =
            self.state.renderer.frame(self.lang, &toggle_href(self.req, self.lang), Some(&self.chrome), title, body)?;
        Ok(html(StatusCode::OK, page))
    }

    /// Renders a template with another status (a form sent back with its errors).
    pub fn render_as<T: serde::Serialize>(
        &self,
        status: StatusCode,
        template: &str,
        page: &T,
    ) -> Result<HttpResponse, ApiError> {
        let body = self.state.renderer.render_for(
            template,
            self.lang,
            &toggle_href(self.req, self.lang),
            Some(&self.chrome),
            page,
        )?;
        Ok(html(status, body))
    }

    /// The result as a page: itself, or the error page in the viewer's language.
    pub fn respond(&self, result: Result<HttpResponse, ApiError>) -> HttpResponse {
        respond_as(self.state, self.req, Some(&self.chrome), result)
    }
}

/// The header's account block for a viewer, with the session's form token.
pub(super) fn chrome(req: &HttpRequest, lang: Lang, viewer: &Viewer) -> Result<ViewerView, ApiError> {
    let csrf = match viewer.via {
        Via::Session => auth::csrf_token(&req.get_session())?,
        Via::Token => String::new(),
    };
    Ok(ViewerView {
        name: viewer.account.display_name.clone(),
        email: viewer.account.email.clone(),
        csrf,
        ..role_chrome(viewer.account.role, lang)
    })
}

/// What a role shows of a viewer, and nothing of the person: no name, e-mail, form token or alerts count. Markup
/// kept for everyone of a role (`web::kept`) is rendered with it, so that it cannot hold one person's details.
pub(super) fn role_chrome(role: AccountRole, lang: Lang) -> ViewerView {
    ViewerView {
        name: String::new(),
        email: String::new(),
        role: role.label(lang).to_string(),
        csrf: String::new(),
        can_portfolio: auth::allows(role, Action::ReadPortfolio),
        can_submit: auth::allows(role, Action::Submit),
        can_accounts: auth::allows(role, Action::ManageAccounts),
        can_audit: auth::allows(role, Action::ReadAudit),
        screening_alerts: None,
    }
}

/// The sign-in page, to come back here after (`next`): this address when it is read with GET, else the page it was
/// posted from — the nearest address above it that answers GET (`/account/language` → `/account`,
/// `/accounts/5/tokens/3/revoke` → `/accounts/5`), so that signing in after a form's session ended never lands on an
/// address that answers only POST.
pub(super) fn login_redirect(req: &HttpRequest, lang: Lang) -> HttpResponse {
    let here = if matches!(*req.method(), actix_web::http::Method::GET | actix_web::http::Method::HEAD) {
        match req.uri().path_and_query() {
            Some(pq) => pq.as_str().to_string(),
            None => "/".into(),
        }
    } else {
        page_above(req.path())
    };
    let query = serde_urlencoded::to_string([("lang", lang.as_ref()), ("next", here.as_str())]).unwrap_or_default();
    HttpResponse::SeeOther().insert_header((header::LOCATION, format!("/login?{query}"))).finish()
}

/// The nearest address at or above `path` that a page answers with GET; `/` when none.
fn page_above(path: &str) -> String {
    let mut at = path.trim_end_matches('/');
    while !at.is_empty() {
        if page_methods(at).is_some_and(|m| m.split(", ").any(|m| m == "GET")) {
            return at.to_string();
        }
        at = at.rsplit_once('/').map_or("", |(up, _)| up);
    }
    "/".into()
}

/// The page's viewer, signed in and allowed `action`; otherwise the login page (nobody signed in) or the
/// "not allowed" page.
fn gate<'a>(
    state: &'a AppState,
    req: &'a HttpRequest,
    lang: Lang,
    viewer: MaybeViewer,
    action: Action,
) -> Result<Ctx<'a>, HttpResponse> {
    let Some(viewer) = viewer.0 else { return Err(login_redirect(req, lang)) };
    let chrome = chrome(req, lang, &viewer).map_err(|e| respond_as(state, req, None, Err(e)))?;
    if !viewer.can(action) {
        return Err(respond_as(state, req, Some(&chrome), Err(ApiError::Forbidden)));
    }
    Ok(Ctx { state, req, lang, viewer, chrome })
}

/// The shared opening of every page handler, taken from the request: the request itself, the application's
/// state, the page's language and who calls. `Page::serve` then signs in, refuses or renders (see [`serve`]).
/// Placed where a handler read its viewer, so extraction runs in the order it did.
pub(super) struct Page {
    pub req: HttpRequest,
    pub state: web::Data<AppState>,
    pub lang: Lang,
    pub viewer: MaybeViewer,
}

impl actix_web::FromRequest for Page {
    type Error = actix_web::Error;
    type Future = futures_util::future::LocalBoxFuture<'static, Result<Self, Self::Error>>;

    fn from_request(req: &HttpRequest, payload: &mut actix_web::dev::Payload) -> Self::Future {
        let state = web::Data::<AppState>::from_request(req, payload);
        let viewer = MaybeViewer::from_request(req, payload);
        let (req, lang) = (req.clone(), resolve(req));
        Box::pin(async move { Ok(Page { state: state.await?, viewer: viewer.await?, req, lang }) })
    }
}

impl Page {
    /// Serves the page: the viewer signed in and allowed `action`, then what `body` answers (see [`serve`]).
    pub async fn serve(
        self,
        action: Action,
        body: impl AsyncFnOnce(&Ctx<'_>) -> Result<HttpResponse, ApiError>,
    ) -> HttpResponse {
        serve(&self.state, &self.req, self.lang, self.viewer, action, body).await
    }
}

/// Serves a page: the viewer signed in and allowed `action` (else the login or "not allowed" page), then what `body`
/// answers, or the error page in the viewer's language when it fails.
async fn serve(
    state: &AppState,
    req: &HttpRequest,
    lang: Lang,
    viewer: MaybeViewer,
    action: Action,
    body: impl AsyncFnOnce(&Ctx<'_>) -> Result<HttpResponse, ApiError>,
) -> HttpResponse {
    let mut ctx = match gate(state, req, lang, viewer, action) {
        Ok(c) => c,
        Err(r) => return r,
    };
    // Entity screening: the alerts count of the navigation (a failure to count leaves it out, never the page).
    if ctx.viewer.can(Action::ReadPortfolio) {
        ctx.chrome.screening_alerts = state.store.count_open_screening_hits().await.ok();
    }
    let result = body(&ctx).await;
    learn_language(&ctx, &result).await;
    ctx.respond(result)
}

/// An account whose language is not known yet gets the language of the first form it posts on a page and that is
/// accepted (README, "Accounts"), whatever the form: the page was read in that language. A refused form (an error, or
/// the form given back with a 4xx) stores nothing, this included; a forged post is one of them, so that another site
/// cannot set it. A failure to record it is logged and leaves the answer alone (messages keep coming in both
/// languages).
async fn learn_language(ctx: &Ctx<'_>, result: &Result<HttpResponse, ApiError>) {
    let accepted = result.as_ref().is_ok_and(|r| r.status().is_success() || r.status().is_redirection());
    if ctx.req.method() != actix_web::http::Method::POST || ctx.viewer.account.language.is_some() || !accepted {
        return;
    }
    let account = &ctx.viewer.account;
    if let Err(e) = ctx.state.store.set_account_language(account.id, ctx.lang, true, &account.email).await {
        tracing::warn!(error = %crate::telemetry::Chain(&e), account = account.id, "the form's language was not recorded");
    }
}
