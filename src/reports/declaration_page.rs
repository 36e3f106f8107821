//! The declaration page of a chain of any length: the tiers folded (`<details>`, no script), each with its counts; the
//! sites filtered by band and country and paged, their reasons shown only for the page's sites; the findings about
//! sites likewise only for the page's sites. A 2,000-site declaration is a page of the same size as a 50-site one.
//! The printable report keeps everything (`views::declaration_view`).

use std::collections::HashSet;

use fluent_bundle::{FluentArgs, FluentValue};
use serde::Serialize;

use super::Catalog;
use super::explain::SiteIndex;
use super::views::{self, Choice, ConfirmedHitView, DeclarationMeta, DeclarationView, SiteView};
use crate::domain::{Assessment, Band, CountryCode, Declaration, Finding, Lang, SiteAssessment};
use crate::scoring::RiskModel;

/// The declaration page: the declaration without its sites, and its chain folded, filtered and paged.
#[derive(Debug, Clone, Serialize)]
pub struct DeclarationPage {
    pub title: String,
    pub decl: DeclarationView,
    pub chain: ChainView,
    /// The declaration's confirmed screening hits on any list (shown to officers and auditors; empty for others).
    pub screening: Vec<ConfirmedHitView>,
}

/// Sites on a page unless the query says otherwise.
pub const DEFAULT_PER_PAGE: usize = 25;

/// The most sites a page may hold (`per_page`): a site with its reasons is 3–7 KB of markup (French the longest: a
/// synthetic portfolio's heaviest rows, each input with several suppliers named, 6.2 KB a site), and a page stays
/// under 300 KiB whatever the query (`long_pages::the_heaviest_rows_of_a_portfolio_stay_under_the_budget_at_every_page_size`).
pub const MAX_PER_PAGE: usize = 35;

/// Which of a declaration's sites the page shows: the sites at or above a band in forced or child labour, in a
/// country, and which page of them (from 1) of `per_page` sites.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct SiteSelection {
    pub forced: Option<Band>,
    pub child: Option<Band>,
    pub country: Option<CountryCode>,
    pub page: usize,
    pub per_page: usize,
}

impl Default for SiteSelection {
    fn default() -> Self {
        SiteSelection { forced: None, child: None, country: None, page: 1, per_page: DEFAULT_PER_PAGE }
    }
}

impl SiteSelection {
    /// Whether a filter leaves sites out.
    pub fn filtered(&self) -> bool {
        self.forced.is_some() || self.child.is_some() || self.country.is_some()
    }

    fn keeps(&self, s: &SiteAssessment) -> bool {
        self.forced.is_none_or(|b| s.risk.forced_labour.band >= b)
            && self.child.is_none_or(|b| s.risk.child_labour.band >= b)
            && self.country.as_ref().is_none_or(|c| *c == s.country)
    }

    /// The query's parameters for this selection, in a fixed order and without the defaults, so that one
    /// selection has one address: `forced`, `child`, `country`, `per_page`, `sites_page`.
    pub fn query_pairs(&self) -> Vec<(&'static str, String)> {
        let mut out = Vec::new();
        if let Some(b) = self.forced {
            out.push(("forced", b.to_string()));
        }
        if let Some(b) = self.child {
            out.push(("child", b.to_string()));
        }
        if let Some(c) = &self.country {
            out.push(("country", c.as_str().to_string()));
        }
        if self.per_page != DEFAULT_PER_PAGE {
            out.push(("per_page", self.per_page.to_string()));
        }
        if self.page != 1 {
            out.push(("sites_page", self.page.to_string()));
        }
        out
    }

    fn at_page(&self, page: usize) -> SiteSelection {
        SiteSelection { page, ..self.clone() }
    }
}

/// One tier of the chain, folded: its counts in the summary, the page's sites of it inside.
#[derive(Debug, Clone, Serialize)]
pub struct TierFold {
    /// `Tier 3 — 120 sites, 4 high, 1 critical`: counts over the whole tier; high and critical count each site once,
    /// by the worse of its two bands.
    pub summary: String,
    /// Open when the page shows sites of this tier.
    pub open: bool,
    /// The page's sites of this tier, with their reasons.
    pub sites: Vec<SiteView>,
    /// Where this tier's selected sites begin, when not on this page (empty otherwise).
    pub its_page_href: String,
    pub its_page_text: String,
    /// No site of this tier is selected (a filter leaves them all out).
    pub none_selected: bool,
}

/// The filter form: the choices of each list, the current ones selected.
#[derive(Debug, Clone, Serialize)]
pub struct FilterView {
    pub forced: Vec<Choice>,
    pub child: Vec<Choice>,
    pub countries: Vec<Choice>,
    /// `per_page` to keep as a hidden field when it is not the default.
    pub per_page: Option<usize>,
    pub active: bool,
    /// The page without a filter.
    pub clear_href: String,
}

/// A link of the page list; an empty `href` is a gap (`…`).
#[derive(Debug, Clone, Serialize)]
pub struct PageLink {
    pub label: String,
    pub href: String,
    pub current: bool,
}

/// The chain part of the declaration page.
#[derive(Debug, Clone, Serialize)]
pub struct ChainView {
    pub tiers: Vec<TierFold>,
    /// `Sites shown: 51–100 of 345`, or that no site is selected.
    pub shown: String,
    pub filter: FilterView,
    /// The page list (only when there is more than one page).
    pub pages: Vec<PageLink>,
    pub previous: Option<String>,
    pub next: Option<String>,
    /// How many findings about sites of other pages the findings table leaves out, in words (empty when none).
    pub findings_on_other_pages: String,
    /// Past the last page (every paged list's rule, as `views::Pager`): `shown` says so and which page is the last,
    /// and this links to it (empty otherwise).
    pub last_page_href: String,
    pub last_page_text: String,
    /// Past the last page, when the last is not the first: the first page (empty otherwise).
    pub first_page_href: String,
}

/// The site ids a finding is about, when it is about one site (`PlacesOfWork: S12`); `None` for a finding about the
/// declaration, its goods, its attestations or a loop of sites.
fn site_of(f: &Finding) -> Option<&str> {
    match f.location.as_ref()?.sites() {
        [one] => Some(one.as_str()),
        _ => None,
    }
}

fn say(catalog: &Catalog, lang: Lang, key: &str, args: &[(&str, usize)]) -> String {
    let mut fa = FluentArgs::new();
    for (name, value) in args {
        #[allow(clippy::cast_precision_loss)]
        fa.set(*name, FluentValue::from(*value as f64));
    }
    catalog.format(lang, key, &fa)
}

/// The worse of a site's two bands.
fn worse(s: &SiteAssessment) -> Band {
    s.risk.forced_labour.band.max(s.risk.child_labour.band)
}

/// The declaration page's views: the declaration (findings about other pages' sites left out, `tiers` empty) and
/// its chain for `sel`. `href` writes the address of a selection (the web layer knows the path and the language). A
/// page past the last shows no sites, the tiers folded with their counts and links, and says which page is the last
/// with a link to it (every paged list's rule).
#[allow(clippy::too_many_arguments)]
pub fn declaration_page(
    catalog: &Catalog,
    model: &RiskModel,
    lang: Lang,
    d: &Declaration,
    a: &Assessment,
    meta: Option<DeclarationMeta>,
    sel: &SiteSelection,
    href: &dyn Fn(&SiteSelection) -> String,
) -> (DeclarationView, ChainView) {
    let ordered = views::sites_in_order(a);
    let selected: Vec<&SiteAssessment> = ordered.iter().copied().filter(|s| sel.keeps(s)).collect();
    let per_page = sel.per_page.clamp(1, MAX_PER_PAGE);
    let pages = selected.len().div_ceil(per_page).max(1);
    let past_end = sel.page == 0 || sel.page > pages;
    let first = sel.page.saturating_sub(1).saturating_mul(per_page);
    let on_page: Vec<&SiteAssessment> = selected.iter().copied().skip(first).take(per_page).collect();
    let page_ids: HashSet<&str> = on_page.iter().map(|s| s.site_id.as_str()).collect();

    // Tiers, in chain order, each with its counts and the page's sites of it.
    let index = SiteIndex::of(a);
    let mut tiers: Vec<TierFold> = Vec::new();
    let mut start = 0;
    while let Some(head) = ordered.get(start) {
        let tier = head.tier;
        let all: Vec<&SiteAssessment> = ordered.iter().skip(start).take_while(|s| s.tier == tier).copied().collect();
        start += all.len();
        let count = |band: Band| all.iter().filter(|s| worse(s) == band).count();
        let mut parts = vec![say(catalog, lang, "chain.tier_sites", &[("count", all.len())])];
        for (band, key) in [(Band::High, "chain.tier_high"), (Band::Critical, "chain.tier_critical")] {
            let n = count(band);
            if n > 0 {
                parts.push(say(catalog, lang, key, &[("count", n)]));
            }
        }
        let chosen = all.iter().filter(|s| sel.keeps(s)).count();
        if sel.filtered() {
            parts.push(say(catalog, lang, "chain.tier_selected", &[("count", chosen)]));
        }
        let summary = format!("{} — {}", views::tier_label(catalog, lang, tier), parts.join(", "));
        let sites: Vec<SiteView> = on_page
            .iter()
            .filter(|s| s.tier == tier)
            .map(|s| views::site_view(catalog, model, lang, &index, d, a, s))
            .collect();
        // The page where this tier's first selected site is.
        let (its_page_href, its_page_text) = match selected.iter().position(|s| s.tier == tier) {
            Some(i) if sites.is_empty() => {
                let page = i / per_page + 1;
                (href(&sel.at_page(page)), say(catalog, lang, "chain.tier_elsewhere", &[("page", page)]))
            }
            _ => (String::new(), String::new()),
        };
        tiers.push(TierFold {
            summary,
            open: !sites.is_empty(),
            sites,
            its_page_href,
            its_page_text,
            none_selected: chosen == 0,
        });
    }

    let shown = if selected.is_empty() {
        catalog.get(lang, "chain.none_selected").to_string()
    } else if past_end {
        say(catalog, lang, "chain.past_end", &[("total", selected.len()), ("pages", pages)])
    } else {
        let last = first + on_page.len();
        let (first, total, all) = (first + 1, selected.len(), a.sites.len());
        if sel.filtered() {
            let args = [("first", first), ("last", last), ("total", total), ("all", all)];
            say(catalog, lang, "chain.shown_filtered", &args)
        } else {
            say(catalog, lang, "chain.shown", &[("first", first), ("last", last), ("total", total)])
        }
    };

    let elsewhere = a.findings.iter().filter(|f| site_of(f).is_some_and(|id| !page_ids.contains(id))).count();
    let findings_on_other_pages = if elsewhere == 0 {
        String::new()
    } else if past_end {
        // Past the last page no site is shown, so no finding is "more" than those of this page: each is with its
        // site's page, from the first to the last.
        say(catalog, lang, "decl.findings_past_end", &[("count", elsewhere), ("pages", pages)])
    } else {
        say(catalog, lang, "decl.findings_on_other_pages", &[("count", elsewhere)])
    };
    let keep = |f: &Finding| site_of(f).is_none_or(|id| page_ids.contains(id));
    let decl = views::declaration_head(catalog, model, lang, d, a, meta, &keep);

    let chain = ChainView {
        tiers,
        shown,
        filter: filter_view(catalog, lang, a, sel, href),
        pages: page_links(lang, sel, pages, href),
        // Past the last page, no page either side: the links to the last and first pages stand instead.
        previous: (sel.page > 1 && !past_end).then(|| href(&sel.at_page(sel.page - 1))),
        next: (sel.page < pages && !past_end).then(|| href(&sel.at_page(sel.page + 1))),
        findings_on_other_pages,
        last_page_href: if past_end && !selected.is_empty() { href(&sel.at_page(pages)) } else { String::new() },
        last_page_text: if past_end && !selected.is_empty() {
            say(catalog, lang, "list.last_page", &[("page", pages)])
        } else {
            String::new()
        },
        first_page_href: if past_end && pages > 1 { href(&sel.at_page(1)) } else { String::new() },
    };
    (decl, chain)
}

fn filter_view(
    catalog: &Catalog,
    lang: Lang,
    a: &Assessment,
    sel: &SiteSelection,
    href: &dyn Fn(&SiteSelection) -> String,
) -> FilterView {
    let bands = |current: Option<Band>| {
        let mut out = vec![Choice {
            value: String::new(),
            label: catalog.get(lang, "chain.any_band").to_string(),
            selected: current.is_none(),
        }];
        for b in [Band::Medium, Band::High, Band::Critical] {
            out.push(Choice {
                value: b.to_string(),
                label: catalog.get(lang, &format!("band.{}", b.as_ref())).to_string(),
                selected: current == Some(b),
            });
        }
        // A band asked by hand that the list does not offer stays selected.
        if let Some(b) = current.filter(|b| *b == Band::Low) {
            out.push(Choice { value: b.to_string(), label: catalog.get(lang, "band.low").to_string(), selected: true });
        }
        out
    };
    // The declaration's countries, by name in the page's language, with their numbers of sites.
    let mut countries: Vec<(CountryCode, usize)> = Vec::new();
    for s in &a.sites {
        match countries.iter_mut().find(|(c, _)| *c == s.country) {
            Some((_, n)) => *n += 1,
            None => countries.push((s.country, 1)),
        }
    }
    crate::import::sort_by_collation(&mut countries, |(c, _)| c.name(lang));
    let mut country_choices = vec![Choice {
        value: String::new(),
        label: catalog.get(lang, "chain.any_country").to_string(),
        selected: sel.country.is_none(),
    }];
    country_choices.extend(countries.into_iter().map(|(c, n)| Choice {
        value: c.as_str().to_string(),
        label: format!("{} ({})", c.name(lang), super::numbers::count(lang, n as u64)),
        selected: sel.country.as_ref() == Some(&c),
    }));
    FilterView {
        forced: bands(sel.forced),
        child: bands(sel.child),
        countries: country_choices,
        per_page: (sel.per_page != DEFAULT_PER_PAGE).then_some(sel.per_page),
        active: sel.filtered(),
        clear_href: href(&SiteSelection { per_page: sel.per_page, ..SiteSelection::default() }),
    }
}

/// The first and last pages, and two either side of the current one; gaps between them.
fn page_links(lang: Lang, sel: &SiteSelection, pages: usize, href: &dyn Fn(&SiteSelection) -> String) -> Vec<PageLink> {
    if pages <= 1 {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut last_shown = 0;
    for p in 1..=pages {
        if p == 1 || p == pages || p.abs_diff(sel.page) <= 2 {
            if p > last_shown + 1 {
                out.push(PageLink { label: "…".into(), href: String::new(), current: false });
            }
            out.push(PageLink {
                label: super::numbers::count(lang, p as u64),
                href: href(&sel.at_page(p)),
                current: p == sel.page,
            });
            last_shown = p;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_selection_has_one_address_without_its_defaults() {
        assert!(SiteSelection::default().query_pairs().is_empty());
        let sel = SiteSelection {
            forced: Some(Band::High),
            child: None,
            country: CountryCode::parse("CN"),
            page: 2,
            per_page: 20,
        };
        let pairs = sel.query_pairs();
        let pairs: Vec<(&str, &str)> = pairs.iter().map(|(k, v)| (*k, v.as_str())).collect();
        assert_eq!(pairs, [("forced", "high"), ("country", "CN"), ("per_page", "20"), ("sites_page", "2")]);
    }

    #[test]
    fn page_links_keep_the_ends_and_the_neighbours_of_the_current_page() {
        let sel = SiteSelection { page: 10, ..SiteSelection::default() };
        let links = page_links(Lang::En, &sel, 40, &|s| s.page.to_string());
        let labels: Vec<&str> = links.iter().map(|l| l.label.as_str()).collect();
        assert_eq!(labels, ["1", "…", "8", "9", "10", "11", "12", "…", "40"]);
        assert!(links.iter().any(|l| l.current && l.label == "10"));
        assert!(page_links(Lang::En, &SiteSelection::default(), 1, &|_| String::new()).is_empty());
    }
}
