//! PDF printing of self-contained HTML documents (the case dossier) by headless Chromium: the page is written to a
//! private temporary folder and printed there with a throw-away profile, networking features off. The document
//! carries its own Content-Security-Policy (no script, no fetch), so printing runs nothing and loads nothing.

use std::path::Path;
use std::time::Duration;

/// Why printing failed; the system's error beneath where there is one. For the log only: its words name paths and
/// Chromium's own output.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// The private folder, the page or the printed file could not be written or read.
    #[error("temporary files")]
    Io(#[from] std::io::Error),
    /// The program at `path` could not be started (missing, not executable) or waited for.
    #[error("Chromium at {path} could not be run")]
    Start {
        path: std::path::PathBuf,
        #[source]
        source: std::io::Error,
    },
    /// Chromium ran longer than the configured limit and was stopped.
    #[error("Chromium did not finish within {0} s")]
    Timeout(u64),
    /// Chromium ended without a PDF: its exit status and the last lines of its error output.
    #[error("Chromium exited with {status}: {stderr}")]
    Failed { status: String, stderr: String },
}

/// Prints an HTML document to PDF with the Chromium at `chromium`; returns the PDF's bytes.
pub async fn print(chromium: &Path, html: &str, timeout: Duration) -> Result<Vec<u8>, PdfError> {
    let dir = tempfile::tempdir()?;
    let page = dir.path().join("document.html");
    let out = dir.path().join("document.pdf");
    tokio::fs::write(&page, html).await?;
    let mut cmd = tokio::process::Command::new(chromium);
    cmd.arg("--headless")
        // The sandbox needs user namespaces, which containers and root accounts often lack; the page is the
        // service's own rendering, with its policy forbidding script and every fetch.
        .arg("--no-sandbox")
        .arg("--disable-gpu")
        .arg("--disable-dev-shm-usage")
        .arg("--disable-background-networking")
        .arg("--disable-component-update")
        .arg("--disable-sync")
        .arg("--no-first-run")
        .arg("--no-default-browser-check")
        .arg("--no-pdf-header-footer")
        .arg(format!("--user-data-dir={}", dir.path().join("profile").display()))
        .arg(format!("--print-to-pdf={}", out.display()))
        .arg(format!("file://{}", page.display()))
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .kill_on_drop(true);
    let start = |source| PdfError::Start { path: chromium.to_path_buf(), source };
    let child = cmd.spawn().map_err(start)?;
    let output = tokio::time::timeout(timeout, child.wait_with_output())
        .await
        .map_err(|_| PdfError::Timeout(timeout.as_secs()))?
        .map_err(start)?;
    match tokio::fs::read(&out).await {
        Ok(bytes) if output.status.success() && bytes.starts_with(b"%PDF") => Ok(bytes),
        _ => {
            let stderr = String::from_utf8_lossy(&output.stderr);
            let tail: String = stderr.lines().rev().take(3).collect::<Vec<_>>().join(" | ");
            Err(PdfError::Failed { status: output.status.to_string(), stderr: tail })
        }
    }
}

/// The Chromium to print with: the one configured, else the first of `chromium`, `chromium-browser`,
/// `google-chrome-stable` and `google-chrome` found on the `PATH`.
pub fn find_chromium(configured: Option<&Path>) -> Option<std::path::PathBuf> {
    if let Some(p) = configured {
        return which::which(p).ok();
    }
    ["chromium", "chromium-browser", "google-chrome-stable", "google-chrome"].iter().find_map(|n| which::which(n).ok())
}
