//! Why a page or report could not be rendered.

/// Why a page or report could not be rendered; each keeps the library's error beneath it.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// A template failed to compile.
    #[error("template error")]
    Template(#[source] Box<handlebars::TemplateError>),
    /// Rendering failed (in strict mode: a missing field).
    #[error("render error")]
    Render(#[source] Box<handlebars::RenderError>),
    /// A message catalogue is malformed.
    #[error("catalogue error")]
    Catalog(#[from] CatalogError),
}

/// What is wrong with the message catalogues compiled in (`templates/locales/{en,fr}/*.ftl`).
#[derive(Debug, thiserror::Error)]
pub enum CatalogError {
    /// The language's tag does not read as a locale.
    #[error("`{tag}` is not a locale")]
    Locale {
        tag: String,
        #[source]
        source: unic_langid::LanguageIdentifierError,
    },
    /// No file of the language.
    #[error("no Fluent file for `{0}`")]
    NoFile(String),
    /// A file listed is not there.
    #[error("{0} is missing")]
    Missing(String),
    /// A file is not UTF-8.
    #[error("{file} is not UTF-8")]
    Encoding {
        file: String,
        #[source]
        source: std::string::FromUtf8Error,
    },
    /// A file does not parse as Fluent: every error of the parser (several, so none is the one source).
    #[error("{file}: {}", joined(.errors))]
    Syntax { file: String, errors: Vec<fluent_syntax::parser::ParserError> },
    /// A file's messages clash with those already in the bundle (a message defined twice): every error.
    #[error("{file}: {}", joined(.errors))]
    Bundle { file: String, errors: Vec<fluent_bundle::FluentError> },
    /// A message has no value of its own (attributes only).
    #[error("{tag}: message `{key}` has no value")]
    NoValue { tag: String, key: String },
}

/// Several errors of one file, in one line.
fn joined<E: std::fmt::Display>(errors: &[E]) -> String {
    errors.iter().map(ToString::to_string).collect::<Vec<_>>().join("; ")
}

impl From<handlebars::TemplateError> for ReportError {
    fn from(e: handlebars::TemplateError) -> Self {
        ReportError::Template(Box::new(e))
    }
}

impl From<handlebars::RenderError> for ReportError {
    fn from(e: handlebars::RenderError) -> Self {
        ReportError::Render(Box::new(e))
    }
}
