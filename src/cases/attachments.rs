//! Files attached to a case's evidence and to a supplier's responses (audit reports, photos, certificates,
//! corrective-action evidence): size-limited, their type read from their content (never from their name or the
//! browser's word), kept with their SHA-256.

use serde::Serialize;
use sha2::{Digest, Sha256};

use crate::domain::Message;

/// The most bytes one attachment may hold: 10 MiB (a scanned audit report or a few photos).
pub const MAX_ATTACHMENT_BYTES: usize = 10 * 1024 * 1024;
/// The most attachments one event may carry.
pub const MAX_ATTACHMENTS: usize = 5;
/// The longest file name kept, in characters.
pub const MAX_NAME_CHARS: usize = 200;

/// The types accepted, as their media types: PDF, JPEG, PNG, WebP, TIFF, HEIC photos, Word and Excel (Office Open
/// XML), OpenDocument text and spreadsheets, and plain UTF-8 text — not markup (SVG, HTML, XML: `is_markup`), which
/// is UTF-8 text too but runs as a page where a browser opens it, and is refused.
pub const ACCEPTED: &[&str] = &[
    "application/pdf",
    "image/jpeg",
    "image/png",
    "image/webp",
    "image/tiff",
    "image/heif",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.oasis.opendocument.text",
    "application/vnd.oasis.opendocument.spreadsheet",
    "text/plain",
];

/// An attachment checked and ready to store.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NewAttachment {
    /// The name the file had on the sender's machine, without any folder, at most [`MAX_NAME_CHARS`] characters.
    pub file_name: String,
    /// The media type read from the content.
    pub media_type: String,
    pub bytes: Vec<u8>,
}

impl NewAttachment {
    /// The SHA-256 of the bytes, 64 lowercase hex digits.
    pub fn sha256(&self) -> String {
        hex::encode(Sha256::digest(&self.bytes))
    }
}

/// An attachment as lists show it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct AttachmentInfo {
    pub id: i64,
    pub event_id: i64,
    pub file_name: String,
    pub media_type: String,
    /// Bytes.
    pub size: i64,
    pub sha256: String,
}

/// The media type a file's content shows, if it is one of [`ACCEPTED`].
pub fn media_type(bytes: &[u8]) -> Option<&'static str> {
    if let Some(kind) = infer::get(bytes) {
        let mime = kind.mime_type();
        return ACCEPTED.iter().copied().find(|a| *a == mime);
    }
    // No magic number: plain text when it is UTF-8 without control characters other than tab and line ends.
    let text = std::str::from_utf8(bytes).ok()?;
    let plain = !text.is_empty() && !text.chars().any(|c| c.is_control() && !matches!(c, '\t' | '\n' | '\r'));
    plain.then_some("text/plain")
}

/// Whether a text is markup a browser would read as a document and run (SVG, HTML, XHTML, XML): it opens with a
/// tag, a declaration or a processing instruction (`<svg`, `<!DOCTYPE`, `<?xml`, after blanks and a byte-order
/// mark), or holds anywhere, in any case, an element that runs or embeds something (`<script`, `<svg`, `<html`,
/// `<iframe`, `<object`, `<embed`). Such a file is refused ([`check`]), not kept as plain text: saved under its own
/// name (`chart.svg`) and opened, its scripts would run. Text that only uses angle brackets (`a < b`, `<3`) is text.
fn is_markup(text: &str) -> bool {
    let start = text.trim_start_matches(|c: char| c.is_whitespace() || c == '\u{feff}');
    let mut chars = start.chars();
    if chars.next() == Some('<') && chars.next().is_some_and(|c| c.is_ascii_alphabetic() || matches!(c, '?' | '!')) {
        return true;
    }
    let lower = text.to_ascii_lowercase();
    ["<script", "<svg", "<html", "<iframe", "<object", "<embed"].iter().any(|tag| lower.contains(tag))
}

/// The last part of a path typed by a browser or a client (`C:\\scans\\report.pdf` → `report.pdf`), trimmed, control
/// characters removed, at most [`MAX_NAME_CHARS`] characters.
pub fn clean_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or(name);
    base.chars().filter(|c| !c.is_control()).take(MAX_NAME_CHARS).collect::<String>().trim().to_string()
}

/// Checks one file: not empty, at most [`MAX_ATTACHMENT_BYTES`], of an accepted type by its content. The refusal
/// (`attachment.refused.*` of the catalogues, said at the edge) names the file and the cause.
pub fn check(file_name: &str, bytes: Vec<u8>) -> Result<NewAttachment, Message> {
    let name = clean_name(file_name);
    if let Some((en, fr)) = crate::domain::characters::file_name_refused(&name) {
        return Err(Message::new("attachment.refused.name").names("why", en, fr));
    }
    let named = |key: &'static str| {
        if name.is_empty() {
            Message::new(key).label("file", "attachment.no_name")
        } else {
            Message::new(key).text("file", name.clone())
        }
    };
    if bytes.is_empty() {
        return Err(named("attachment.refused.empty"));
    }
    if bytes.len() > MAX_ATTACHMENT_BYTES {
        return Err(named("attachment.refused.size")
            .number("bytes", bytes.len() as f64)
            .number("mib", (MAX_ATTACHMENT_BYTES / (1024 * 1024)) as f64));
    }
    // Markup is said as such, whether a signature says so (`text/html`, `text/xml`) or it reads as plain text.
    let kind = media_type(&bytes);
    if kind.is_none_or(|k| k == "text/plain") && std::str::from_utf8(&bytes).is_ok_and(is_markup) {
        return Err(named("attachment.refused.markup"));
    }
    let Some(media_type) = kind else {
        let seen = infer::get(&bytes).map_or("none", |k| k.mime_type());
        return Err(named("attachment.refused.kind").text("seen", seen));
    };
    Ok(NewAttachment {
        file_name: if name.is_empty() { "attachment".into() } else { name },
        media_type: media_type.to_string(),
        bytes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A refusal said in English and French, no-break spaces as plain ones.
    fn said(m: Message) -> (String, String) {
        let (en, fr) = crate::reports::Catalog::shared().unwrap().say_both(&m);
        (en, fr.replace(['\u{a0}', '\u{202f}'], " "))
    }

    #[test]
    fn a_name_holding_a_character_the_policy_refuses_is_refused_naming_it() {
        let pdf = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".to_vec();
        for (name, code) in
            [("audit\u{202E}fdp.exe", "U+202E"), ("audit\u{2066}.pdf", "U+2066"), ("a\u{FEFF}.pdf", "U+FEFF")]
        {
            let (en, fr) = said(check(name, pdf.clone()).unwrap_err());
            assert!(en.contains("file's name") && en.contains(code), "{en}");
            assert!(fr.contains("nom du fichier") && fr.contains(code), "{fr}");
        }
        assert_eq!(check("rapport d'audit ملف.pdf", pdf).unwrap().file_name, "rapport d'audit ملف.pdf");
    }

    #[test]
    fn the_type_is_read_from_the_content_not_the_name() {
        let pdf = b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n".to_vec();
        assert_eq!(check("C:\\scans\\audit.pdf", pdf.clone()).unwrap().file_name, "audit.pdf");
        assert_eq!(check("photo.jpg", pdf).unwrap().media_type, "application/pdf");
        let png = [&[0x89, b'P', b'N', b'G', 0x0d, 0x0a, 0x1a, 0x0a][..], &[0; 16]].concat();
        assert_eq!(check("x.pdf", png).unwrap().media_type, "image/png");
        assert_eq!(check("note.txt", "Audit du 2026-10-01 : conforme.\n".into()).unwrap().media_type, "text/plain");
        // An executable named like a report is refused, naming the file and what it is.
        let exe = [&b"MZ\x90\x00\x03"[..], &[0; 64]].concat();
        let (en, fr) = said(check("report.pdf", exe).unwrap_err());
        assert!(en.contains("“report.pdf”") && en.contains("portable-executable"), "{en}");
        assert!(fr.contains("« report.pdf »"), "{fr}");
        // Binary without a known signature, empty, and too large.
        assert!(check("x.bin", vec![0, 1, 2, 3, 0xff]).is_err());
        assert!(said(check("x.txt", Vec::new()).unwrap_err()).0.contains("empty"));
        let big = [b"%PDF-1.7\n".to_vec(), vec![b' '; MAX_ATTACHMENT_BYTES]].concat();
        assert!(said(check("big.pdf", big).unwrap_err()).0.contains("over the limit of 10 MiB"));
    }

    #[test]
    fn markup_a_browser_would_run_is_refused_not_kept_as_plain_text() {
        let svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
        for (name, text) in [
            ("chart.svg", svg.to_string()),
            ("chart.txt", format!("\u{feff}  \n<?xml version=\"1.0\"?>\n{svg}")),
            ("page.html", "<!DOCTYPE html><html><body>ok</body></html>".to_string()),
            ("page.txt", "<HTML><BODY onload=\"x()\">".to_string()),
            ("note.txt", "Audit notes.\nSee <SCRIPT src=//x></SCRIPT>".to_string()),
            ("note.txt", "Photo: <iframe src=x>".to_string()),
        ] {
            let (en, fr) = said(check(name, text.into_bytes()).unwrap_err());
            assert!(en.contains(&format!("“{name}”")) && en.contains("markup"), "{en}");
            assert!(fr.contains(&format!("« {name} »")) && fr.contains("balisage"), "{fr}");
        }
        // Text that only mentions angle brackets stays text.
        for text in ["wages < minimum on 3 lines\n", "a -> b, c <= d", "<3 workers interviewed"] {
            assert_eq!(check("n.txt", text.into()).unwrap().media_type, "text/plain", "{text}");
        }
    }

    #[test]
    fn the_hash_is_the_sha256_of_the_bytes() {
        let a = check("a.txt", b"abc".to_vec()).unwrap();
        assert_eq!(a.sha256(), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
