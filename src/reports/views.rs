//! View models: what templates see, every text already in the page's language.

use serde::Serialize;

use super::Catalog;
pub use super::choice::Choice;
use super::explain::{SiteIndex, SiteNames, finding_label, place_label};
use crate::domain::{
    Assessment, Band, Declaration, DueDiligence, DueDiligenceQuestion, Factor, Lang, Right, Score, SiteAssessment,
};
use crate::scoring::RiskModel;

/// A score as shown: number, band code and label, and its reasons.
#[derive(Debug, Clone, Serialize)]
pub struct ScoreView {
    pub score: f64,
    pub band: Band,
    pub band_label: String,
    pub factors: Vec<FactorView>,
    /// How the factors add up to the score, one sentence a step in the page's language
    /// (`explain::arithmetic_steps`); empty where it says no more than the score.
    pub arithmetic: Vec<String>,
}

/// One reason behind a score.
#[derive(Debug, Clone, Serialize)]
pub struct FactorView {
    pub label: String,
    pub contribution: f64,
    pub weight: f64,
    /// Dataset, edition and row, in one line; empty when the factor has no source.
    pub source: String,
}

/// One site of the chain with its scores.
#[derive(Debug, Clone, Serialize)]
pub struct SiteView {
    pub site_id: String,
    pub site_name: String,
    pub role: String,
    pub goods: String,
    pub category: String,
    pub city: String,
    pub region: String,
    pub country: String,
    pub supplies_to: String,
    pub forced: ScoreView,
    pub child: ScoreView,
}

/// The sites of one tier.
#[derive(Debug, Clone, Serialize)]
pub struct TierView {
    /// `Tier 2`, or the label for sites outside any tier.
    pub label: String,
    pub sites: Vec<SiteView>,
}

/// A finding as shown.
#[derive(Debug, Clone, Serialize)]
pub struct FindingView {
    pub code: String,
    /// The kind of finding in the page's language (the code is never shown).
    pub kind: String,
    pub severity: String,
    pub severity_label: String,
    pub message: String,
    pub location: String,
}

/// A right and how it was attested.
#[derive(Debug, Clone, Serialize)]
pub struct AttestationView {
    pub right: String,
    pub attested: bool,
    pub answer: String,
    pub scope: String,
    pub comment: String,
}

/// A due-diligence question and its answer.
#[derive(Debug, Clone, Serialize)]
pub struct AnswerView {
    pub question: String,
    pub answer: String,
    pub detail: String,
}

/// A goods category's risk in the declaration.
#[derive(Debug, Clone, Serialize)]
pub struct CategoryView {
    pub label: String,
    pub forced: ScoreView,
    pub child: ScoreView,
}

/// Where a stored declaration came from.
#[derive(Debug, Clone, Serialize)]
pub struct DeclarationMeta {
    pub id: i64,
    pub file_name: String,
    pub sha256: String,
    pub received_at: String,
    /// The declaration in force that replaced it: the last of its chain of replacements (`Store::current_declaration_of`),
    /// however long; `None` when it is itself in force.
    pub superseded_by: Option<i64>,
    /// What intake noticed without refusing the file (an encoding named, a column ignored, how a number was read).
    pub warnings: Vec<IssueView>,
}

/// The supplier block.
#[derive(Debug, Clone, Serialize)]
pub struct SupplierView {
    pub legal_name: String,
    pub business_number: String,
    pub country: String,
    pub address: String,
    pub contact: String,
    pub solicitation_number: String,
    pub declaration_date: String,
    pub signatory: String,
}

/// A declaration with its assessment: the bid page and the HTML report.
#[derive(Debug, Clone, Serialize)]
pub struct DeclarationView {
    pub meta: Option<DeclarationMeta>,
    pub supplier: SupplierView,
    pub model_version: String,
    pub forced: ScoreView,
    pub child: ScoreView,
    pub findings: Vec<FindingView>,
    pub tiers: Vec<TierView>,
    pub categories: Vec<CategoryView>,
    pub attestations: Vec<AttestationView>,
    pub due_diligence: Vec<AnswerView>,
    pub site_count: usize,
    pub depth: u32,
}

/// Builds the view of a score; `sites` names the sites its factors refer to.
pub fn score_view(catalog: &Catalog, lang: Lang, sites: &dyn SiteNames, score: &Score) -> ScoreView {
    ScoreView {
        score: score.score,
        band: score.band,
        band_label: catalog.get(lang, &format!("band.{}", score.band.as_ref())).to_string(),
        factors: score.factors.iter().map(|f| factor_view(catalog, lang, sites, f)).collect(),
        arithmetic: super::explain::arithmetic_steps(catalog, lang, &score.arithmetic()),
    }
}

fn factor_view(catalog: &Catalog, lang: Lang, sites: &dyn SiteNames, f: &Factor) -> FactorView {
    let source = match &f.source {
        Some(s) => super::explain::source_line(catalog, lang, s),
        // A factor no dataset gives (the highest site, risk carried upstream, the cap) comes from a rule of the
        // model: the cell names it (`source-rule-CODE`).
        None => {
            let key = format!("source.rule.{}", f.code());
            if catalog.has(&key) { catalog.get(lang, &key).to_string() } else { String::new() }
        }
    };
    FactorView {
        label: super::explain::factor_label(catalog, lang, f, sites),
        contribution: f.contribution,
        weight: f.weight,
        source,
    }
}

fn yes_no(catalog: &Catalog, lang: Lang, v: Option<bool>) -> String {
    let key = match v {
        Some(true) => "common.yes",
        Some(false) => "common.no",
        None => "common.not_answered",
    };
    catalog.get(lang, key).to_string()
}

fn opt(s: &Option<String>) -> String {
    s.clone().unwrap_or_default()
}

/// A goods category's name in a language: the model's, or the one stored with an older assessment, or its code.
fn category_label(model: &RiskModel, lang: Lang, a: &Assessment, code: &str) -> String {
    if let Some(name) = model.category_name(code, lang) {
        return name.to_string();
    }
    a.categories
        .iter()
        .find(|c| c.category == code)
        .and_then(|c| match lang {
            Lang::En => c.label_en.clone(),
            Lang::Fr => c.label_fr.clone(),
        })
        .unwrap_or_else(|| code.to_string())
}

/// What a site's goods are when the model places them in no category: the ILAB goods its words name, by their names
/// in `lang` and as on the ILAB list ("Tomato Products (ILAB List of Goods)"), else "Unclassified goods". A good ILAB
/// lists is never said to be unclassified.
fn uncategorised_label(catalog: &Catalog, model: &RiskModel, lang: Lang, goods: &str) -> String {
    use crate::scoring::names::{NameKind, name};
    let named = model.goods_named(goods);
    if named.is_empty() {
        return catalog.get(lang, "site.unclassified").to_string();
    }
    let names: Vec<&str> = named.iter().map(|g| name(NameKind::Good, g, lang)).collect();
    let mut args = crate::reports::MessageArgs::new();
    args.set("goods", names.join(", "));
    catalog.format(lang, "site.ilab_goods", &args)
}

/// One site's row with its scores and their reasons.
pub(super) fn site_view(
    catalog: &Catalog,
    model: &RiskModel,
    lang: Lang,
    sites: &SiteIndex,
    d: &Declaration,
    a: &Assessment,
    s: &SiteAssessment,
) -> SiteView {
    let pow = d.places_of_work.iter().find(|p| p.site_id == s.site_id);
    let category = s.category.as_ref().map_or_else(
        || uncategorised_label(catalog, model, lang, pow.map_or("", |p| p.goods.as_str())),
        |code| category_label(model, lang, a, code),
    );
    SiteView {
        site_id: s.site_id.to_string(),
        site_name: s.site_name.clone(),
        role: catalog.get(lang, &format!("role.{}", s.role.as_ref())).to_string(),
        goods: pow.map(|p| p.goods.clone()).unwrap_or_default(),
        category,
        city: pow.map(|p| p.city.clone()).unwrap_or_default(),
        region: opt(&s.region),
        country: s.country.to_string(),
        supplies_to: pow
            .map(|p| p.supplies_to.iter().map(|x| x.to_string()).collect::<Vec<_>>().join(", "))
            .unwrap_or_default(),
        forced: score_view(catalog, lang, sites, &s.risk.forced_labour),
        child: score_view(catalog, lang, sites, &s.risk.child_labour),
    }
}

fn due_diligence_rows(catalog: &Catalog, lang: Lang, dd: &DueDiligence) -> Vec<AnswerView> {
    use strum::IntoEnumIterator;
    DueDiligenceQuestion::iter()
        .map(|q| {
            let (answer, detail) = match q {
                DueDiligenceQuestion::TraceabilityTiers => (
                    dd.traceability_tiers.map_or_else(|| yes_no(catalog, lang, None), |t| t.to_string()),
                    String::new(),
                ),
                DueDiligenceQuestion::SocialAudit => {
                    (yes_no(catalog, lang, dd.social_audit), opt(&dd.social_audit_standard))
                }
                DueDiligenceQuestion::S211Report => (yes_no(catalog, lang, dd.s211_report), opt(&dd.s211_report_url)),
                other => (yes_no(catalog, lang, dd.answer(other)), String::new()),
            };
            AnswerView { question: catalog.get(lang, &format!("dd.{}", q.as_ref())).to_string(), answer, detail }
        })
        .collect()
}

/// Builds the view of a declaration and its assessment: every site, by tier, with its reasons (the report, the
/// dossier and `chainon assess` print it whole; the page shows it folded and paged, `declaration_page`).
pub fn declaration_view(
    catalog: &Catalog,
    model: &RiskModel,
    lang: Lang,
    d: &Declaration,
    a: &Assessment,
    meta: Option<DeclarationMeta>,
) -> DeclarationView {
    let index = SiteIndex::of(a);
    let mut tiers: Vec<(Option<u32>, Vec<SiteView>)> = Vec::new();
    for s in sites_in_order(a) {
        let v = site_view(catalog, model, lang, &index, d, a, s);
        match tiers.last_mut() {
            Some((t, list)) if *t == s.tier => list.push(v),
            _ => tiers.push((s.tier, vec![v])),
        }
    }
    let tiers = tiers.into_iter().map(|(t, sites)| TierView { label: tier_label(catalog, lang, t), sites }).collect();
    DeclarationView { tiers, ..declaration_head(catalog, model, lang, d, a, meta, &|_| true) }
}

/// A declaration's sites in the order pages and reports list them: by tier (sites outside any tier last), then by
/// site id.
pub(super) fn sites_in_order(a: &Assessment) -> Vec<&SiteAssessment> {
    let mut sites: Vec<&SiteAssessment> = a.sites.iter().collect();
    sites.sort_by(|x, y| {
        (x.tier.unwrap_or(u32::MAX), x.site_id.as_str()).cmp(&(y.tier.unwrap_or(u32::MAX), y.site_id.as_str()))
    });
    sites
}

/// `Tier 2`, or the words for sites outside any tier.
pub(super) fn tier_label(catalog: &Catalog, lang: Lang, tier: Option<u32>) -> String {
    match tier {
        Some(n) => catalog.get(lang, "chain.tier").replace("{n}", &n.to_string()),
        None => catalog.get(lang, "chain.no_tier").to_string(),
    }
}

/// The view of a declaration without its sites (`tiers` empty), with the findings `keep` keeps.
pub(super) fn declaration_head(
    catalog: &Catalog,
    model: &RiskModel,
    lang: Lang,
    d: &Declaration,
    a: &Assessment,
    meta: Option<DeclarationMeta>,
    keep: &dyn Fn(&crate::domain::Finding) -> bool,
) -> DeclarationView {
    use strum::IntoEnumIterator;
    let s = &d.supplier;
    let supplier = SupplierView {
        legal_name: s.legal_name.clone(),
        business_number: s.business_number.as_ref().map(|b| b.to_string()).unwrap_or_default(),
        country: s.country.to_string(),
        address: opt(&s.address),
        contact: [s.contact_name.clone(), s.contact_email.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" · "),
        solicitation_number: opt(&s.solicitation_number),
        declaration_date: s.declaration_date.to_string(),
        signatory: [Some(s.signatory_name.clone()), s.signatory_title.clone()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(", "),
    };
    let index = SiteIndex::of(a);
    // Findings are said as they stand today: a confirmed ineligibility whose period has ended says so.
    let today = crate::screening::effect::today();
    let attestations = Right::iter()
        .map(|right| {
            let att = d.attestations.iter().find(|x| x.right == right);
            AttestationView {
                right: lang.pick(right.label_en(), right.label_fr()).to_string(),
                attested: att.is_some_and(|x| x.attested),
                answer: yes_no(catalog, lang, att.map(|x| x.attested)),
                scope: att
                    .and_then(|x| x.scope)
                    .map(|sc| catalog.get(lang, &format!("scope.{}", sc.as_ref())).to_string())
                    .unwrap_or_default(),
                comment: att.and_then(|x| x.comment.clone()).unwrap_or_default(),
            }
        })
        .collect();
    DeclarationView {
        meta,
        supplier,
        model_version: a.model_version.clone(),
        forced: score_view(catalog, lang, &index, &a.overall.forced_labour),
        child: score_view(catalog, lang, &index, &a.overall.child_labour),
        findings: a
            .findings
            .iter()
            .filter(|f| keep(f))
            .map(|f| FindingView {
                code: f.code().to_string(),
                kind: crate::domain::Coded::label(f.code(), lang).to_string(),
                severity: f.severity.to_string(),
                severity_label: catalog.get(lang, &format!("severity.{}", f.severity.as_ref())).to_string(),
                message: match f.reason() {
                    Some(_) => finding_label(catalog, lang, f, today),
                    // Findings stored with their words may name a right by its code.
                    None => crate::domain::labels_for_codes(&finding_label(catalog, lang, f, today), lang),
                },
                location: f.location.as_ref().map(|p| place_label(catalog, lang, p)).unwrap_or_default(),
            })
            .collect(),
        tiers: Vec::new(),
        categories: a
            .categories
            .iter()
            .map(|c| CategoryView {
                label: category_label(model, lang, a, &c.category),
                forced: score_view(catalog, lang, &index, &c.risk.forced_labour),
                child: score_view(catalog, lang, &index, &c.risk.child_labour),
            })
            .collect(),
        attestations,
        due_diligence: due_diligence_rows(catalog, lang, &d.due_diligence),
        site_count: d.places_of_work.len(),
        depth: a.sites.iter().filter_map(|s| s.tier).max().unwrap_or(0),
    }
}

/// A band in a table cell; `None` when the declaration has no assessment yet.
#[derive(Debug, Clone, Serialize)]
pub struct BandCell {
    pub band: String,
    pub label: String,
    pub score: f64,
}

impl BandCell {
    /// A cell for a band and score.
    pub fn new(catalog: &Catalog, lang: Lang, band: Band, score: f64) -> BandCell {
        BandCell {
            band: band.to_string(),
            label: catalog.get(lang, &format!("band.{}", band.as_ref())).to_string(),
            score,
        }
    }
}

/// One declaration in a list or a bid in a comparison.
#[derive(Debug, Clone, Serialize)]
pub struct DeclarationRow {
    pub id: i64,
    pub supplier_id: i64,
    pub supplier_name: String,
    pub supplier_country: String,
    pub solicitation_number: String,
    pub declaration_date: String,
    pub received_at: String,
    pub site_count: u32,
    pub finding_count: u32,
    pub forced: Option<BandCell>,
    pub child: Option<BandCell>,
    pub superseded: bool,
}

/// One solicitation in the home list.
#[derive(Debug, Clone, Serialize)]
pub struct SolicitationRow {
    pub number: String,
    pub bid_count: u32,
    pub last_received: String,
}

/// The home page.
#[derive(Debug, Clone, Serialize)]
pub struct HomeView {
    pub title: String,
    /// Whether the viewer sees solicitations (officers and auditors), or only its own declarations (a supplier).
    pub portfolio: bool,
    /// The solicitations that most recently received a bid, at most [`HomeView::SOLICITATIONS`].
    pub solicitations: Vec<SolicitationRow>,
    /// How many solicitations have bids in all.
    pub solicitation_total: usize,
    /// One page of the declarations the filters select.
    pub declarations: Vec<DeclarationRow>,
    /// The filter form, the count and the links to the other pages.
    pub list: ListControls,
    /// A supplier's open cases and notices with their deadlines (`None` for the portfolio roles).
    pub standing: Option<super::admin::Standing>,
}

impl HomeView {
    /// How many solicitations the home page shows (the most recent).
    pub const SOLICITATIONS: usize = 20;
}

/// A hidden field of a form: a value the form keeps without asking for it again.
#[derive(Debug, Clone, Serialize)]
pub struct Hidden {
    pub name: &'static str,
    pub value: String,
}

pub use super::pager::Pager;

/// The filter form of the list of declarations, as the URL gave it.
#[derive(Debug, Clone, Serialize)]
pub struct ListControls {
    pub q: String,
    pub solicitation: String,
    pub fy: String,
    pub from: String,
    pub to: String,
    pub include_superseded: bool,
    pub categories: Vec<Choice>,
    pub countries: Vec<Choice>,
    pub bands: Vec<Choice>,
    pub child_bands: Vec<Choice>,
    pub sorts: Vec<Choice>,
    /// Filters given by a link and not shown in the form (`supplier_id`, `per_page`).
    pub hidden: Vec<Hidden>,
    /// Whether any filter narrows the list (then a link clears them).
    pub filtered: bool,
    pub pager: Pager,
}

/// A supplier's page: who it is and every declaration it sent, superseded ones included.
#[derive(Debug, Clone, Serialize)]
pub struct SupplierHistoryView {
    pub title: String,
    pub legal_name: String,
    pub business_number: String,
    pub country: String,
    pub declarations: Vec<DeclarationRow>,
}

/// An intake issue as shown on the upload page.
#[derive(Debug, Clone, Serialize)]
pub struct IssueView {
    pub location: String,
    pub field: String,
    pub message: String,
    /// The catalogue key of the issue's level (`issue.level_error`, `issue.level_warning`), which each row shows.
    pub level: String,
}

/// The upload page, before or after a submission.
#[derive(Debug, Clone, Serialize)]
pub struct UploadView {
    pub title: String,
    /// The form's anti-forgery token (empty for API-token viewers).
    pub csrf: String,
    pub file_name: String,
    pub errors: Vec<IssueView>,
    pub warnings: Vec<IssueView>,
    pub max_mib: u64,
}

/// A confirmed screening hit as the declaration and facility pages show it, in the reader's language.
#[derive(Debug, Clone, Serialize)]
pub struct ConfirmedHitView {
    pub hit_id: i64,
    /// The list's name.
    pub list_name: String,
    /// What the confirmation does today, in words: the list's effect, or for PSPC's list the measure, its period and
    /// its effect now; empty when the entry was removed (`removed` says so).
    pub effect: String,
    pub entry_name: String,
    /// The edition the hit was found in (its page lists the edition's changes).
    pub edition_id: i64,
    /// What matched: the kind of party and its name (`Site: Kashgar mill`).
    pub party: String,
    pub declaration_id: i64,
    /// Who confirmed it and when (`A. Officer, 2026-11-30 06:04 UTC`).
    pub decided: String,
    /// The officer's reason, as written.
    pub note: String,
    /// Empty while the entry is listed and in force; else that it is no longer on the list, since which edition, or
    /// no longer (or not yet) in force — its status ended, its period over or to come — in words.
    pub removed: String,
}

/// The self-contained HTML report.
#[derive(Debug, Clone, Serialize)]
pub struct ReportPage {
    pub title: String,
    pub generated_at: String,
    /// The stylesheet, inlined so the file stands alone.
    pub css: String,
    pub decl: DeclarationView,
    /// What intake noticed without refusing the file, each at its place: the stored declaration's, or those of the
    /// file `chainon assess` read.
    pub warnings: Vec<IssueView>,
}

/// The error page.
#[derive(Debug, Clone, Serialize)]
pub struct ErrorPage {
    pub title: String,
    pub message: String,
}

/// Turns intake issues into rows in a language.
pub fn issue_rows(lang: Lang, issues: &[crate::domain::Issue]) -> Vec<IssueView> {
    issues
        .iter()
        .map(|i| IssueView {
            location: i.location(lang).to_string(),
            field: crate::import::field_in(i, lang).unwrap_or_default(),
            message: i.message(lang).to_string(),
            level: level_key(i.level).to_string(),
        })
        .collect()
}

/// The catalogue key that names an issue's level (error or warning) in the reader's language.
pub fn level_key(level: crate::domain::IssueLevel) -> &'static str {
    match level {
        crate::domain::IssueLevel::Error => "issue.level_error",
        crate::domain::IssueLevel::Warning => "issue.level_warning",
    }
}

/// The signed-in account as the page header shows it.
#[derive(Debug, Clone, Serialize)]
pub struct ViewerView {
    pub name: String,
    pub email: String,
    pub role: String,
    /// The session's anti-forgery token for the forms of the page (empty for API-token viewers).
    pub csrf: String,
    pub can_portfolio: bool,
    pub can_submit: bool,
    /// Administrators: the accounts pages.
    pub can_accounts: bool,
    /// Auditors and administrators: the audit log page.
    pub can_audit: bool,
    /// Screening hits waiting for a decision (the navigation's alerts count), for those who read the portfolio;
    /// `None` where the page did not count them.
    pub screening_alerts: Option<u64>,
}

/// The login page.
#[derive(Debug, Clone, Serialize)]
pub struct LoginView {
    pub title: String,
    pub email: String,
    pub next: String,
    pub csrf: String,
    /// A message key of the catalogue (`login.failed` …), empty when there is nothing to say.
    pub error: String,
    /// How long to wait before trying again, in words (`login.throttled`'s `$wait`: the `Retry-After` sent with it);
    /// empty otherwise.
    pub wait: String,
}
