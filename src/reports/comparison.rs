//! The side-by-side comparison of a solicitation's bids: one column a bid, one line a measure — overall forced and
//! child labour, each goods category, disclosure completeness, code-of-conduct findings, and the reasons. The same
//! matrix is rendered as a page and exported as CSV or XLSX.

use serde::Serialize;

use super::catalog::Catalog;
use super::export::ExportCell;
use super::views::BandCell;
use crate::domain::{Assessment, Band, Coded, FindingCode, Lang, Score};
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

/// A solicitation: every bid ranked, and the bids the officer chose side by side.
#[derive(Debug, Clone, Serialize)]
pub struct SolicitationView {
    pub title: String,
    pub number: String,
    /// How many bids the solicitation has (all ranked; the chosen ones side by side).
    pub bid_count: usize,
    /// How many stand side by side.
    pub shown: usize,
    /// Why fewer bids stand side by side than were asked, in words (empty when all asked are there).
    pub capped: String,
    /// The declarations the query named that their bidders have replaced since, each saying which current one is
    /// shown instead, in words.
    pub replaced: Vec<String>,
    /// [`MAX_SIDE_BY_SIDE`] and [`DEFAULT_SIDE_BY_SIDE`], for the form's hint.
    pub max_side_by_side: usize,
    pub default_side_by_side: usize,
    pub comparison: Comparison,
    /// The solicitation number as a query-string value (for the export links).
    pub number_query: String,
}

/// The matrix: its bids, its lines, and the versions of the risk model that scored them.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    pub bids: Vec<BidColumn>,
    pub lines: Vec<ComparisonLine>,
    /// Each model version behind the scores, once, in the order of the bids.
    pub model_versions: Vec<String>,
    /// The bids ranked (`rank`): responsive bids first, lowest risk first; then non-responsive bids; then bids not
    /// assessed.
    pub ranking: Vec<RankedBid>,
}

/// A bid's place in the ranking and why, in words.
#[derive(Debug, Clone, Serialize)]
pub struct RankedBid {
    /// 1 for the lowest risk; bids that tie on every criterion share a rank.
    pub rank: usize,
    pub id: i64,
    pub supplier_name: String,
    pub forced: Option<BandCell>,
    pub child: Option<BandCell>,
    /// Disclosure in words: complete, or the gaps found.
    pub disclosure: String,
    /// What puts it before the next bid (or that it ties), in words.
    pub standing: String,
    /// What drives its forced- and child-labour scores: the highest site and its largest factors, in words.
    pub why_forced: String,
    pub why_child: String,
    /// Whether the bid stands in the side-by-side matrix (`side_by_side`).
    pub chosen: bool,
    /// Why the bid is non-responsive, in words (a confirmed PSPC ineligibility in force); `None` when it is not.
    pub non_responsive: Option<String>,
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
    super::reasons::largest(s.factors.iter().filter(|f| super::reasons::raises(f)), 3)
        .iter()
        .map(|f| {
            let label = super::explain::factor_label(cat, lang, f, &sites);
            format!("{label} (+{})", super::numbers::decimal(lang, f.contribution, 1))
        })
        .collect::<Vec<_>>()
        .join(cat.get(lang, "list.separator"))
}

/// A factor's label in the reader's language: the one place the ranking turns a factor into words.
pub fn factor_words(cat: &Catalog, lang: Lang, a: &Assessment, f: &crate::domain::Factor) -> String {
    super::explain::factor_label(cat, lang, f, &super::explain::SiteIndex::of(a))
}

/// What drives a score, in words: first, for forced labour, each confirmed listed entity of the chain (the site and
/// the entry, or the supplier itself: `explain::forced_labour_words`), then the site with the highest score of this
/// kind and its (up to three) largest other factors, e.g. "Spinning mill (CN-YARN, China): cotton on ILAB's list;
/// region under a withhold release order".
fn drivers(cat: &Catalog, lang: Lang, a: &Assessment, kind: crate::domain::RiskKind) -> String {
    let listed = match kind {
        crate::domain::RiskKind::ForcedLabour => super::explain::forced_labour_words(cat, a, lang),
        crate::domain::RiskKind::ChildLabour => Vec::new(),
    };
    let mut parts = listed;
    // The site the declaration's summary names (`domain::most_exposed`: score, a confirmed listed entity, tier, then
    // site ID), its listed entries already said.
    if let Some(site) = crate::domain::most_exposed(&a.sites, kind)
        && site.risk.get(kind).score > 0.0
    {
        let named = !parts.is_empty();
        let said = |f: &crate::domain::Factor| named && f.code() == crate::screening::effect::FACTOR_CODE;
        let f = super::reasons::largest(
            site.risk.get(kind).factors.iter().filter(|f| super::reasons::raises(f) && !said(f)),
            3,
        );
        let words: Vec<String> = f.iter().map(|f| factor_words(cat, lang, a, f)).collect();
        if !words.is_empty() {
            parts.push(format!(
                "{} ({}, {}){} {}",
                site.site_name,
                site.site_id.as_str(),
                site.country.name(lang),
                lang.pick(":", "\u{a0}:"),
                words.join(cat.get(lang, "list.separator"))
            ));
        }
    }
    parts.join(cat.get(lang, "list.separator"))
}

/// The disclosure measures of a bid: (gaps found, sites without a place of work), fewer is better.
fn disclosure_key(a: &Assessment) -> (usize, usize) {
    let count = |code: FindingCode| a.findings.iter().filter(|f| f.code() == code).count();
    (count(FindingCode::DisclosureGap), count(FindingCode::MissingPlaceOfWork))
}

/// What orders a bid among the assessed ones: whether it is non-responsive on the day (responsive bids come first),
/// then the worse of its two bands, the other band, the forced-labour score, the child-labour score and disclosure.
type RankKey = (bool, Band, Band, f64, f64, (usize, usize));

/// The worse and the other of a bid's two overall bands (forced and child labour).
fn bands_of(a: &Assessment) -> (Band, Band) {
    let (f, c) = (a.overall.forced_labour.band, a.overall.child_labour.band);
    (f.max(c), f.min(c))
}

/// Ranks bids: every responsive bid first, lowest risk first — by the worse of its two bands (forced and child
/// labour: a bid with a Critical band in either never ranks before one whose bands are both lower), then its other
/// band, then the forced-labour score, then the child-labour score, then disclosure (fewer disclosure gaps, then
/// fewer goods without a place of work); then the bids that are
/// non-responsive on `on` (a confirmed PSPC ineligibility whose period holds that day: they cannot be awarded, so
/// no risk puts one before a responsive bid), in the same order; a bid without an assessment comes last. Each bid
/// says, in words, what puts it before the next one.
pub fn rank(
    cat: &Catalog,
    lang: Lang,
    bids: &[(DeclarationSummary, Option<Assessment>)],
    on: chrono::NaiveDate,
) -> Vec<RankedBid> {
    let t = |key: &str| cat.get(lang, key).to_string();
    let num = |x: f64| super::helpers::format_number(lang, x, 1);
    let mut order: Vec<&(DeclarationSummary, Option<Assessment>)> = bids.iter().collect();
    let key = |b: &(DeclarationSummary, Option<Assessment>)| -> Option<RankKey> {
        b.1.as_ref().map(|a| {
            let out = crate::screening::effect::ineligibility(a, on).is_some();
            let (worse, other) = bands_of(a);
            (out, worse, other, a.overall.forced_labour.score, a.overall.child_labour.score, disclosure_key(a))
        })
    };
    order.sort_by(|x, y| match (key(x), key(y)) {
        (Some(a), Some(b)) => {
            a.0.cmp(&b.0)
                .then(a.1.cmp(&b.1))
                .then(a.2.cmp(&b.2))
                .then(a.3.total_cmp(&b.3))
                .then(a.4.total_cmp(&b.4))
                .then(a.5.cmp(&b.5))
                .then(x.0.id.cmp(&y.0.id))
        }
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => x.0.id.cmp(&y.0.id),
    });
    let keys: Vec<Option<RankKey>> = order.iter().map(|b| key(b)).collect();
    let mut out: Vec<RankedBid> = Vec::with_capacity(order.len());
    for (i, (s, a)) in order.iter().enumerate() {
        let next = order.get(i + 1);
        let this_out = keys.get(i).copied().flatten().is_some_and(|k| k.0);
        let next_out = keys.get(i + 1).copied().flatten().is_some_and(|k| k.0);
        let phrase = |key: &str, other: &str, x: String, y: String| {
            t(key).replace("{other}", other).replace("{this}", &x).replace("{that}", &y)
        };
        // Bids equal on every criterion share the rank of the first of them.
        let same_as_previous = i > 0 && keys.get(i).is_some_and(|k| k.is_some() && keys.get(i - 1) == Some(k));
        let previous = i.checked_sub(1).and_then(|p| order.get(p)).map(|(ps, _)| ps.supplier_name.as_str());
        let standing = match (a, next) {
            (None, _) => t("rank.not_assessed"),
            // The last assessed bid has no next one to be before: it says where it stands all the same.
            (Some(_), None) => match previous {
                None => t("rank.only"),
                Some(p) if same_as_previous => phrase("rank.tie", p, String::new(), String::new()),
                Some(p) => t("rank.last").replace("{other}", p),
            },
            (Some(_), Some((ns, None))) => t("rank.before_unassessed").replace("{other}", &ns.supplier_name),
            (Some(_), Some((ns, Some(_)))) if !this_out && next_out => {
                t("rank.before_nonresponsive").replace("{other}", &ns.supplier_name)
            }
            (Some(a), Some((ns, Some(b)))) => {
                let (fa, fb) = (a.overall.forced_labour.score, b.overall.forced_labour.score);
                let (ca, cb) = (a.overall.child_labour.score, b.overall.child_labour.score);
                let (da, db) = (disclosure_key(a), disclosure_key(b));
                let ((wa, oa), (wb, ob)) = (bands_of(a), bands_of(b));
                let band_words = |x: Band| t(&format!("band.{}", x.as_ref()));
                if wa < wb {
                    phrase("rank.by_worse_band", &ns.supplier_name, band_words(wa), band_words(wb))
                } else if oa < ob {
                    phrase("rank.by_other_band", &ns.supplier_name, band_words(oa), band_words(ob))
                } else if fa < fb {
                    phrase("rank.by_forced", &ns.supplier_name, num(fa), num(fb))
                } else if ca < cb {
                    phrase("rank.by_child", &ns.supplier_name, num(ca), num(cb))
                } else if da < db {
                    let mut args = fluent_bundle::FluentArgs::new();
                    args.set("other", ns.supplier_name.clone());
                    #[allow(clippy::cast_precision_loss)]
                    args.set("this", (da.0 + da.1) as f64);
                    #[allow(clippy::cast_precision_loss)]
                    args.set("that", (db.0 + db.1) as f64);
                    cat.format(lang, "rank.by_disclosure", &args)
                } else {
                    phrase("rank.tie", &ns.supplier_name, String::new(), String::new())
                }
            }
        };
        // A non-responsive bid says so first: its place comes from that, its risk only orders it among its like.
        let standing = if this_out && a.is_some() {
            [t("rank.nonresponsive"), standing].join(" ").trim_end().to_string()
        } else {
            standing
        };
        let rank = match out.last() {
            Some(last) if same_as_previous => last.rank,
            _ => i + 1,
        };
        let band = |sc: &Score| BandCell::new(cat, lang, sc.band, sc.score);
        out.push(RankedBid {
            rank,
            id: s.id,
            supplier_name: s.supplier_name.clone(),
            non_responsive: a.as_ref().and_then(|a| super::explain::ineligibility_words(cat, a, lang, on)),
            forced: a.as_ref().map(|a| band(&a.overall.forced_labour)),
            child: a.as_ref().map(|a| band(&a.overall.child_labour)),
            disclosure: match a {
                None => "—".into(),
                Some(a) => match disclosure_key(a) {
                    (0, 0) => t("rank.disclosure_complete"),
                    (g, m) => {
                        let mut args = fluent_bundle::FluentArgs::new();
                        #[allow(clippy::cast_precision_loss)]
                        args.set("gaps", g as f64);
                        #[allow(clippy::cast_precision_loss)]
                        args.set("missing", m as f64);
                        cat.format(lang, "rank.disclosure_gaps", &args)
                    }
                },
            },
            standing,
            why_forced: a
                .as_ref()
                .map(|a| drivers(cat, lang, a, crate::domain::RiskKind::ForcedLabour))
                .unwrap_or_default(),
            why_child: a
                .as_ref()
                .map(|a| drivers(cat, lang, a, crate::domain::RiskKind::ChildLabour))
                .unwrap_or_default(),
            chosen: false,
        });
    }
    out
}

/// Builds the matrix for bids and their latest assessments (a bid without one shows dashes).
pub fn compare(
    cat: &Catalog,
    model: &crate::scoring::RiskModel,
    lang: Lang,
    bids: &[(DeclarationSummary, Option<Assessment>)],
    on: chrono::NaiveDate,
) -> Comparison {
    let t = |key: &str| cat.get(lang, key).to_string();
    let mut lines = Vec::new();
    let mut line = |label: String, group: bool, f: &dyn Fn(&Assessment) -> ComparisonCell| {
        let cells = bids.iter().map(|(_, a)| a.as_ref().map(f).unwrap_or_else(|| text("—"))).collect();
        lines.push(ComparisonLine { label, group, cells });
    };
    line(t("risk.forced_labour"), false, &|a| band_cell(cat, lang, &a.overall.forced_labour));
    line(t("risk.child_labour"), false, &|a| band_cell(cat, lang, &a.overall.child_labour));
    line(t("compare.responsive"), false, &|a| match super::explain::ineligibility_words(cat, a, lang, on) {
        Some(why) => text(format!("{} {why}", t("nonresponsive.label"))),
        None => text(t("common.yes")),
    });

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
                Some(c) => band_cell(cat, lang, if kind == 0 { &c.risk.forced_labour } else { &c.risk.child_labour }),
                None => text("—"),
            });
        }
    }

    line(t("compare.sites"), true, &|a| text(a.sites.len().to_string()));
    line(t("compare.deepest_tier"), false, &|a| {
        text(a.sites.iter().filter_map(|s| s.tier).max().map_or_else(|| "—".into(), |x| x.to_string()))
    });
    let has = |code: FindingCode| move |a: &Assessment| a.findings.iter().any(|f| f.code() == code);
    let yes_no = |b: bool| text(if b { t("common.yes") } else { t("common.no") });
    let gap = has(FindingCode::DisclosureGap);
    line(t("compare.disclosure_gap"), false, &|a| yes_no(gap(a)));
    let missing = has(FindingCode::MissingPlaceOfWork);
    line(t("compare.missing_place_of_work"), false, &|a| yes_no(missing(a)));
    line(t("compare.findings"), true, &|a| {
        let mut kinds: Vec<&str> = Vec::new();
        for f in &a.findings {
            let label = f.code().label(lang);
            if !kinds.contains(&label) {
                kinds.push(label);
            }
        }
        text(if kinds.is_empty() {
            "—".into()
        } else {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("count", a.findings.len());
            args.set("kinds", kinds.join(", "));
            cat.format(lang, "compare.findings_cell", &args)
        })
    });
    line(t("compare.why_forced"), true, &|a| text(reasons(cat, lang, a, &a.overall.forced_labour)));
    line(t("compare.why_child"), false, &|a| text(reasons(cat, lang, a, &a.overall.child_labour)));
    let mut model_versions: Vec<String> = Vec::new();
    for a in bids.iter().filter_map(|(_, a)| a.as_ref()) {
        if !model_versions.contains(&a.model_version) {
            model_versions.push(a.model_version.clone());
        }
    }
    Comparison {
        bids: bids.iter().map(|(s, _)| BidColumn { id: s.id, supplier_name: s.supplier_name.clone() }).collect(),
        lines,
        model_versions,
        ranking: rank(cat, lang, bids, on),
    }
}

/// The most bids the page sets side by side (more would not fit a screen; the exports keep every bid).
pub const MAX_SIDE_BY_SIDE: usize = 6;

/// How many of the best-ranked bids stand side by side when the officer has not chosen.
pub const DEFAULT_SIDE_BY_SIDE: usize = 4;

/// The bids an officer asked to compare, in ranking order: the first `DEFAULT_SIDE_BY_SIDE` of the ranking when
/// `asked` is empty; at most `MAX_SIDE_BY_SIDE` (the best-ranked of those asked), with `true` when some were left
/// out. An id that is not one of the bids is returned as the error.
pub fn choose(ranking: &[RankedBid], asked: &[i64]) -> Result<(Vec<i64>, bool), i64> {
    if let Some(unknown) = asked.iter().find(|id| !ranking.iter().any(|r| r.id == **id)) {
        return Err(*unknown);
    }
    let ids: Vec<i64> = if asked.is_empty() {
        ranking.iter().take(DEFAULT_SIDE_BY_SIDE).map(|r| r.id).collect()
    } else {
        ranking.iter().filter(|r| asked.contains(&r.id)).map(|r| r.id).collect()
    };
    let capped = ids.len() > MAX_SIDE_BY_SIDE;
    Ok((ids.into_iter().take(MAX_SIDE_BY_SIDE).collect(), capped))
}

/// Why fewer bids stand side by side than the `asked` ones, in words.
pub fn capped_note(cat: &Catalog, lang: Lang, asked: usize) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    #[allow(clippy::cast_precision_loss)]
    args.set("max", MAX_SIDE_BY_SIDE as f64);
    #[allow(clippy::cast_precision_loss)]
    args.set("asked", asked as f64);
    cat.format(lang, "compare.capped", &args)
}

/// That the declaration `asked` of a shared link was replaced by its bidder and `current` is shown instead, in words.
pub fn replaced_note(cat: &Catalog, lang: Lang, asked: i64, current: i64) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    // As text: an id is a name, never grouped like an amount.
    args.set("asked", asked.to_string());
    args.set("current", current.to_string());
    cat.format(lang, "compare.replaced", &args)
}

/// The page's comparison: every bid ranked (`ranking`, of `rank`, with the chosen ones marked) and the matrix of the
/// bids `chosen` only, in ranking order.
pub fn side_by_side(
    cat: &Catalog,
    model: &crate::scoring::RiskModel,
    lang: Lang,
    bids: &[(DeclarationSummary, Option<Assessment>)],
    mut ranking: Vec<RankedBid>,
    chosen: &[i64],
    on: chrono::NaiveDate,
) -> Comparison {
    for r in &mut ranking {
        r.chosen = chosen.contains(&r.id);
    }
    let picked: Vec<(DeclarationSummary, Option<Assessment>)> =
        ranking.iter().filter(|r| r.chosen).filter_map(|r| bids.iter().find(|(s, _)| s.id == r.id).cloned()).collect();
    Comparison { ranking, ..compare(cat, model, lang, &picked, on) }
}

/// What heads an export of the matrix, in the reader's language.
pub struct ExportHeading<'a> {
    /// The solicitation's number.
    pub solicitation: &'a str,
    /// The day of the export.
    pub date: chrono::NaiveDate,
}

/// The number of heading rows `rows` writes before the table (solicitation, model, date, the order of the bids, the
/// column headings).
pub const HEADING_ROWS: u32 = 5;

/// The matrix as export rows: a heading (solicitation, model version, date, the order of the bids and why), then
/// the column headings — the
/// measure, then for each bid its band and its score in two columns — then one row a line. A band is its word in
/// the reader's language, a score a number out of 100; a line of text fills the band column.
pub fn rows(cat: &Catalog, lang: Lang, c: &Comparison, heading: &ExportHeading) -> Vec<Vec<ExportCell>> {
    let t = |key: &str| cat.get(lang, key).to_string();
    let mut out = vec![
        vec![ExportCell::text(t("compare.export_solicitation")), ExportCell::text(heading.solicitation)],
        vec![ExportCell::text(t("compare.export_model")), ExportCell::text(c.model_versions.join(", "))],
        vec![ExportCell::text(t("compare.export_date")), ExportCell::text(heading.date.to_string())],
        // Why the columns come in this order: the ranking's (responsive bids first).
        vec![ExportCell::text(t("compare.export_order")), ExportCell::text(t("rank.order"))],
    ];
    let mut head = vec![ExportCell::text(t("compare.measure"))];
    for b in &c.bids {
        head.push(ExportCell::text(format!("{} — {}", b.supplier_name, t("compare.export_band"))));
        head.push(ExportCell::text(format!("{} — {}", b.supplier_name, t("compare.export_score"))));
    }
    out.push(head);
    for l in &c.lines {
        let mut row = vec![ExportCell::text(l.label.clone())];
        for cell in &l.cells {
            match &cell.band {
                Some(b) => {
                    row.push(ExportCell::text(b.label.clone()));
                    row.push(ExportCell::number((b.score * 10.0).round() / 10.0));
                }
                None => {
                    row.push(ExportCell::text(cell.text.clone()));
                    row.push(ExportCell::Empty);
                }
            }
        }
        out.push(row);
    }
    out
}
