//! Rendering (handlebars): the registry of `templates/`, the message catalogues, helpers and the view models that
//! pages and reports are drawn from. No HTTP in here.

pub mod admin;
pub mod case_pages;
pub mod casefile;
mod catalog;
pub mod chain;
pub mod choice;
pub mod comparison;
pub mod dates;
pub mod declaration_page;
mod error;
pub mod explain;
pub mod export;
pub mod facility;
pub mod graph_pages;
mod helpers;
pub mod numbers;
pub mod pager;
pub mod pdf;
pub mod portfolio;
pub mod reasons;
pub mod screening_pages;
pub mod views;

use std::sync::Arc;

use handlebars::Handlebars;
use rust_embed::RustEmbed;
use serde::Serialize;

pub use catalog::{Catalog, MessageArgs, MessageValue, Variables, say};
pub use error::{CatalogError, ReportError};

use crate::domain::Lang;

#[derive(RustEmbed)]
#[folder = "templates/"]
#[include = "*.hbs"]
struct Templates;

/// The templates that are pages: each is the content of `<main>`, which [`Renderer::render_for`] then sets in the
/// layout. A page is rendered from its own data, not inside the layout as a partial block: handlebars copies a
/// partial's whole context, and every value read below it (each `with`, `each`, `if`) is copied again, so a page's
/// data was copied once more at every level of its markup.
const PAGES: &str = "pages/";

/// The layout of every page (header, navigation, footer), with the page's markup in `{{{body}}}`.
const LAYOUT: &str = "layouts/base";

/// The template registry with the catalogues and helpers, built once and shared.
#[derive(Clone)]
pub struct Renderer {
    hbs: Arc<Handlebars<'static>>,
    catalog: Arc<Catalog>,
}

/// What every template receives at its root: the language, the page's own data, and where the page is (for the
/// language toggle).
#[derive(Serialize)]
struct Root<'a, T: Serialize> {
    lang: Lang,
    other_lang: Lang,
    /// The current path and query with `lang` swapped, for the toggle.
    toggle_href: &'a str,
    /// The signed-in account, for the header (name, role, sign-out form); `null` when nobody is signed in.
    viewer: Option<&'a views::ViewerView>,
    page: &'a T,
}

impl Renderer {
    /// Compiles every template in strict mode: a template that names a missing field fails instead of printing
    /// nothing.
    pub fn new() -> Result<Renderer, ReportError> {
        let catalog = Arc::new(Catalog::embedded()?);
        let mut hbs = Handlebars::new();
        hbs.set_strict_mode(true);
        hbs.register_embed_templates_with_extension::<Templates>(".hbs")?;
        helpers::register(&mut hbs, catalog.clone());
        Ok(Renderer { hbs: Arc::new(hbs), catalog })
    }

    /// Renders a template (`pages/home`, `reports/declaration` …) in a language.
    pub fn render<T: Serialize>(
        &self,
        template: &str,
        lang: Lang,
        toggle_href: &str,
        page: &T,
    ) -> Result<String, ReportError> {
        self.render_for(template, lang, toggle_href, None, page)
    }

    /// Renders a page for a signed-in viewer (the header shows the account and what it may reach).
    pub fn render_for<T: Serialize>(
        &self,
        template: &str,
        lang: Lang,
        toggle_href: &str,
        viewer: Option<&views::ViewerView>,
        page: &T,
    ) -> Result<String, ReportError> {
        let root = Root { lang, other_lang: lang.other(), toggle_href, viewer, page };
        let mut context = handlebars::Context::wraps(&root)?;
        let body = self.hbs.render_with_context(template, &context)?;
        if !template.starts_with(PAGES) {
            return Ok(body);
        }
        // The page's markup goes into the layout's `{{{body}}}`, rendered from the same data.
        if let Some(fields) = context.data_mut().as_object_mut() {
            fields.insert("body".to_string(), serde_json::Value::String(body));
        }
        Ok(self.hbs.render_with_context(LAYOUT, &context)?)
    }

    /// Renders a page's own markup (the content of `<main>`, what the layout's `{{{body}}}` takes) without the
    /// layout: to be kept and set in the layout of each request by [`Renderer::frame`]. `viewer` is what the
    /// markup may show of who asks.
    pub fn render_body<T: Serialize>(
        &self,
        template: &str,
        lang: Lang,
        viewer: Option<&views::ViewerView>,
        page: &T,
    ) -> Result<String, ReportError> {
        let root = Root { lang, other_lang: lang.other(), toggle_href: "", viewer, page };
        Ok(self.hbs.render(template, &root)?)
    }

    /// A page's markup rendered before ([`Renderer::render_body`]) set in the layout for this request: the header
    /// for `viewer`, the language switch to `toggle_href`, `title` in `<title>`.
    pub fn frame(
        &self,
        lang: Lang,
        toggle_href: &str,
        viewer: Option<&views::ViewerView>,
        title: &str,
        body: &str,
    ) -> Result<String, ReportError> {
        #[derive(Serialize)]
        struct Titled<'a> {
            title: &'a str,
        }
        let root = Root { lang, other_lang: lang.other(), toggle_href, viewer, page: &Titled { title } };
        let mut context = handlebars::Context::wraps(&root)?;
        if let Some(fields) = context.data_mut().as_object_mut() {
            fields.insert("body".to_string(), serde_json::Value::String(body.to_string()));
        }
        Ok(self.hbs.render_with_context(LAYOUT, &context)?)
    }

    /// A message of the catalogue.
    pub fn t(&self, lang: Lang, key: &str) -> String {
        self.catalog.get(lang, key).to_string()
    }

    /// The names of every registered template.
    pub fn template_names(&self) -> Vec<String> {
        let mut v: Vec<String> = self.hbs.get_templates().keys().cloned().collect();
        v.sort();
        v
    }

    /// The catalogues.
    pub fn catalog(&self) -> &Catalog {
        &self.catalog
    }
}

#[cfg(test)]
mod arithmetic_tests;
#[cfg(test)]
mod tests;
