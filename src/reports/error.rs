//! Why a page or report could not be rendered.

/// Why a page or report could not be rendered.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// A template failed to compile.
    #[error("template error: {0}")]
    Template(String),
    /// Rendering failed (in strict mode: a missing field).
    #[error("render error: {0}")]
    Render(String),
    /// A message catalogue is malformed.
    #[error("catalogue error: {0}")]
    Catalog(String),
}
