//! The side-by-side comparison of a solicitation's bids: one column a bid, one line a measure — overall forced and
//! child labour, each goods category, disclosure completeness, code-of-conduct findings, and the reasons. The same
//! matrix is rendered as a page and exported as CSV or XLSX.

use serde::Serialize;

use super::catalog::Catalog;
use super::views::BandCell;
use crate::domain::{Assessment, FindingCode, Lang, Score};
use crate::storage::DeclarationSummary;

/// A bid's column heading.
#[derive(Debug, Clone, Serialize)]
pub struct BidColumn {
    pub id: i64,
    pub supplier_name: String,
}

/// One cell: a band (with its word and score) or plain text.
#[derive(Debug, Clone, Serialize, Default)]
pub struct ComparisonCell {
    pub band: Option<BandCell>,
    pub text: String,
}

/// One line of the matrix.
#[derive(Debug, Clone, Serialize)]
pub struct ComparisonLine {
    pub label: String,
    /// Starts a group of lines (goods categories, disclosure, findings, reasons).
    pub group: bool,
    pub cells: Vec<ComparisonCell>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub bids: Vec<BidColumn>,
    pub lines: Vec<ComparisonLine>,
}

fn band_cell(cat: &Catalog, lang: Lang, s: &Score) -> ComparisonCell {
    ComparisonCell { band: Some(BandCell::new(cat, lang, s.band, s.score)), text: String::new() }
}

fn text(t: impl Into<String>) -> ComparisonCell {
    ComparisonCell { band: None, text: t.into() }
}

/// The largest contributions of a score, in words: what an officer reads as "why".
fn reasons(cat: &Catalog, lang: Lang, a: &Assessment, s: &Score) -> String {
    let sites = super::explain::SiteIndex::of(a);
    let mut f: Vec<_> = s.factors.iter().filter(|f| f.contribution > 0.0).collect();
    f.sort_by(|a, b| b.contribution.total_cmp(&a.contribution));
    f.iter()
        .take(3)
        .map(|f| {
            let label = super::explain::factor_label(cat, lang, f, &sites);
            format!("{label} (+{})", super::numbers::decimal(lang, f.contribution, 1))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// Builds the matrix for bids and their latest assessments (a bid without one shows dashes).
pub fn compare(
    cat: &Catalog,
    model: &crate::scoring::RiskModel,
    lang: Lang,
    bids: &[(DeclarationSummary, Option<Assessment>)],
) -> Comparison {
    let t = |key: &str| cat.get(lang, key).to_string();
    let mut lines = Vec::new();
    let mut line = |label: String, group: bool, f: &dyn Fn(&Assessment) -> ComparisonCell| {
        let cells = bids.iter().map(|(_, a)| a.as_ref().map(f).unwrap_or_else(|| text("—"))).collect();
        lines.push(ComparisonLine { label, group, cells });
    };
    line(t("risk.forced_labour"), false, &|a| band_cell(cat, lang, &a.overall.forced_labour));
    line(t("risk.child_labour"), false, &|a| band_cell(cat, lang, &a.overall.child_labour));

    // Every category any bid has, in the order first seen.
    let mut categories: Vec<(String, String)> = Vec::new();
    for c in bids.iter().filter_map(|(_, a)| a.as_ref()).flat_map(|a| a.categories.iter()) {
        if !categories.iter().any(|(code, _)| *code == c.category) {
            let stored = if lang == Lang::Fr { c.label_fr.clone() } else { c.label_en.clone() };
            let label = model.category_name(&c.category, lang).map(str::to_string).or(stored);
            categories.push((c.category.clone(), label.unwrap_or_else(|| c.category.clone())));
        }
    }
    for (i, (code, label)) in categories.iter().enumerate() {
        for (kind, key) in [(0, "risk.forced_labour"), (1, "risk.child_labour")] {
            let code = code.clone();
            line(format!("{label} — {}", t(key)), i == 0 && kind == 0, &move |a| match a
                .categories
                .iter()
                .find(|c| c.category == code)
            {
                Some(c) => band_cell(cat, lang, if kind == 0 { &c.forced_labour } else { &c.child_labour }),
                None => text("—"),
            });
        }
    }

    line(t("compare.sites"), true, &|a| text(a.sites.len().to_string()));
    line(t("compare.deepest_tier"), false, &|a| {
        text(a.sites.iter().filter_map(|s| s.tier).max().map_or_else(|| "—".into(), |x| x.to_string()))
    });
    let has = |code: FindingCode| move |a: &Assessment| a.findings.iter().any(|f| f.code == code);
    let yes_no = |b: bool| text(if b { t("common.yes") } else { t("common.no") });
    let gap = has(FindingCode::DisclosureGap);
    line(t("compare.disclosure_gap"), false, &|a| yes_no(gap(a)));
    let missing = has(FindingCode::MissingPlaceOfWork);
    line(t("compare.missing_place_of_work"), false, &|a| yes_no(missing(a)));
    line(t("compare.findings"), true, &|a| {
        let mut codes: Vec<String> = a.findings.iter().map(|f| f.code.to_string()).collect();
        codes.sort();
        codes.dedup();
        text(if codes.is_empty() { "—".into() } else { format!("{}: {}", a.findings.len(), codes.join(", ")) })
    });
    line(t("compare.why_forced"), true, &|a| text(reasons(cat, lang, a, &a.overall.forced_labour)));
    line(t("compare.why_child"), false, &|a| text(reasons(cat, lang, a, &a.overall.child_labour)));
    Comparison {
        bids: bids.iter().map(|(s, _)| BidColumn { id: s.id, supplier_name: s.supplier_name.clone() }).collect(),
        lines,
    }
}

/// A cell as an export writes it: the band's word and score, or the text.
fn plain(lang: Lang, c: &ComparisonCell) -> String {
    match &c.band {
        Some(b) => format!("{} {}", b.label, super::helpers::format_number(lang, b.score, 1)),
        None => c.text.clone(),
    }
}

/// The matrix as rows of text, the first row the headings (`measure_label`, then each bid).
pub fn rows(lang: Lang, measure_label: &str, c: &Comparison) -> Vec<Vec<String>> {
    let mut out = vec![
        std::iter::once(measure_label.to_string()).chain(c.bids.iter().map(|b| b.supplier_name.clone())).collect(),
    ];
    for l in &c.lines {
        out.push(std::iter::once(l.label.clone()).chain(l.cells.iter().map(|x| plain(lang, x))).collect());
    }
    out.into_iter().map(|r: Vec<String>| r.iter().map(|s| crate::import::inert(s)).collect()).collect()
}

/// CSV (UTF-8 with a byte-order mark, so that Excel reads the accents).
pub fn to_csv(rows: &[Vec<String>]) -> Result<Vec<u8>, csv::Error> {
    let mut w = csv::Writer::from_writer(b"\xEF\xBB\xBF".to_vec());
    for r in rows {
        w.write_record(r)?;
    }
    w.into_inner().map_err(|e| csv::Error::from(e.into_error()))
}

/// XLSX: text as text (so nothing is evaluated), numbers as numbers, the heading row bold and frozen.
pub fn to_xlsx(sheet: &str, rows: &[Vec<String>]) -> Result<Vec<u8>, rust_xlsxwriter::XlsxError> {
    let mut wb = rust_xlsxwriter::Workbook::new();
    let bold = rust_xlsxwriter::Format::new().set_bold();
    let ws = wb.add_worksheet().set_name(sheet)?;
    for (r, row) in rows.iter().enumerate() {
        for (c, value) in row.iter().enumerate() {
            let (r, c) = (u32::try_from(r).unwrap_or(u32::MAX), u16::try_from(c).unwrap_or(u16::MAX));
            if r == 0 || c == 0 {
                ws.write_string_with_format(r, c, value, &bold)?;
            } else if let Some(x) = value.parse::<f64>().ok().filter(|x| x.is_finite()) {
                // Counts, amounts and scores stay numbers a spreadsheet can sum and sort.
                ws.write_number(r, c, x)?;
            } else {
                ws.write_string(r, c, value)?;
            }
        }
    }
    ws.set_freeze_panes(1, 1)?;
    ws.set_column_width(0, 40)?;
    wb.save_to_buffer()
}
