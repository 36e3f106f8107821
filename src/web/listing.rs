//! The list of declarations as the URL gives it, shared by `GET /api/v1/declarations` and the home page: the same
//! parameter names (`q`, `supplier_id`, `solicitation`, `category`, `country`, `band`, `child_band`, `fy`, `from`,
//! `to`, `sort`, `include_superseded`), the same checks (a 400 naming the parameter and what it accepts), the same
//! storage filter. The API pages with `limit`/`offset`, the page with `page`/`per_page`.

use chrono::NaiveDate;
use serde::Deserialize;
use utoipa::IntoParams;

use super::auth::Viewer;
use super::params::Id;
use super::params::{paging_range, within};
use super::{ApiError, AppState};
use crate::domain::{Band, CountryCode, Lang, Message};
use crate::reports::views::{Choice, Hidden, ListControls, Pager};
use crate::storage::{DeclarationFilter, DeclarationSort};

/// The bands' names in a URL, lowest first.
pub(super) const BANDS: [&str; 4] = ["low", "medium", "high", "critical"];

/// Filters, order and page of the list of declarations (the API's and the home page's; empty values mean any).
#[derive(Debug, Default, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListQuery {
    /// Words found, in any order, in the supplier's legal name or business number (`842310575RT0001` finds
    /// `842310575`), or in the solicitation number (case, accents and punctuation ignored; at most 20 words and 200
    /// characters, else 400); or a receipt's reference (`CHN-2026-000042`, any case, spaces or dashes), which finds
    /// its declaration, replaced since or not.
    #[param(max_length = 200)]
    pub(super) q: Option<String>,
    /// Only this supplier's declarations (an id: from 1).
    #[param(value_type = Option<i64>, minimum = 1)]
    pub(super) supplier_id: Option<Id>,
    /// Only declarations for this solicitation number (exactly).
    pub(super) solicitation: Option<String>,
    /// A goods category code of the risk model (`apparel`, `electronics` …): some site of the latest assessment is
    /// of this category (with `country`, one site of this category in that country).
    pub(super) category: Option<String>,
    /// An ISO 3166-1 alpha-2 code: some site of the latest assessment is in this country.
    pub(super) country: Option<String>,
    /// Forced-labour band of the latest assessment: `low`, `medium`, `high` or `critical`.
    pub(super) band: Option<String>,
    /// Child-labour band of the latest assessment: `low`, `medium`, `high` or `critical`.
    pub(super) child_band: Option<String>,
    /// Canada's fiscal year by its first year, on the declaration date (`2026`: 2026-04-01 to 2027-03-31).
    pub(super) fy: Option<String>,
    /// Declaration date on or after (`YYYY-MM-DD`).
    #[param(format = Date)]
    pub(super) from: Option<String>,
    /// Declaration date on or before (`YYYY-MM-DD`).
    #[param(format = Date)]
    pub(super) to: Option<String>,
    /// `date` (newest declaration date first, the default), `risk` (forced-labour score, highest first, then child
    /// labour), `child` (child-labour score, highest first) or `supplier` (legal name, A to Z).
    pub(super) sort: Option<String>,
    /// Include declarations superseded by a newer one (default: false).
    pub(super) include_superseded: Option<bool>,
    /// `true`: `category` and `country` select the declarations whose goods spend the portfolio dashboard places in
    /// that category and country (exactly those its heat-map cell counts; `category=none`: goods in no category),
    /// and `fy` the declarations its fiscal-year view stands on (each supplier's latest for a solicitation dated in
    /// the year, superseded since or not). Default: a site of the latest assessment is of that category and in that
    /// country.
    pub(super) spend: Option<bool>,
    /// At most this many (default 100, from 1 to 1000).
    #[param(minimum = 1, maximum = 1000)]
    pub(super) limit: Option<u64>,
    /// Skip this many (default 0, at most 1,000,000,000).
    #[param(minimum = 0, maximum = 1_000_000_000)]
    pub(super) offset: Option<u64>,
    /// The page's number, from 1 (pages only).
    #[param(ignore)]
    pub(super) page: Option<u64>,
    /// Declarations a page shows (pages only: default 50, from 1 to 100).
    #[param(ignore)]
    pub(super) per_page: Option<u64>,
}

/// A `country` the reading of a typed country refused (`domain::read_country`, its message): 400
/// naming the parameter.
pub(super) fn country_refused(why: crate::domain::NotACountry) -> ApiError {
    ApiError::told(&Message::new("request.filter.country").said("why", why.message))
}

/// A value given and not empty.
fn given(v: &Option<String>) -> Option<&str> {
    v.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// A 400 naming the parameter, its value and the values it accepts.
/// A value that is one of them but for case or accents (`Risk`) is told which one was meant.
fn not_one_of(name: &str, value: &str, accepted: &[&str]) -> ApiError {
    ApiError::told(&super::params::meant(
        Message::new("request.filter.one_of")
            .text("name", name)
            .text("value", value)
            .text("values", accepted.join(", ")),
        Some(value),
        accepted,
    ))
}

/// A text value given (trimmed; `None` when blank). Its characters were held to the policy of one line before the
/// handler ran (`params::unknown_query`).
fn plain_text(v: &Option<String>) -> Option<String> {
    given(v).map(str::to_string)
}

fn band(name: &str, v: &Option<String>) -> Result<Option<Band>, ApiError> {
    given(v)
        .map(|b| b.parse::<Band>().ok().filter(|_| BANDS.contains(&b)).ok_or_else(|| not_one_of(name, b, &BANDS)))
        .transpose()
}

fn date(name: &str, v: &Option<String>) -> Result<Option<NaiveDate>, ApiError> {
    given(v)
        .map(|d| {
            NaiveDate::parse_from_str(d, "%Y-%m-%d")
                .map_err(|_| ApiError::told(&Message::new("request.filter.date").text("name", name).text("value", d)))
        })
        .transpose()
}

/// Refuses dates that no declaration can fall between: `from` after `to`, or a `from`/`to` outside the fiscal year
/// `fy` also asks for. A list that could only be empty would look like "no declaration", which is a wrong answer,
/// not an empty one. The 400 names the parameters and their values as given in both languages, and the fiscal year's
/// first and last days in words (`cat`'s `reports::dates::long_date`).
fn check_range(
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
    fy: Option<crate::domain::FiscalYear>,
    cat: &crate::reports::Catalog,
) -> Result<(), ApiError> {
    if let (Some(f), Some(t)) = (from, to)
        && f > t
    {
        return Err(ApiError::refused(
            cat,
            &Message::new("request.filter.reversed").text("from", f.to_string()).text("to", t.to_string()),
        ));
    }
    if let Some(y) = fy {
        // Either date outside the year is refused, not only one that leaves nothing in common: `from` before the
        // year's start would read as a wider window than the list shows.
        let (first, last) = (y.first_day(), y.last_day());
        for (name, date) in [("from", from), ("to", to)] {
            if let Some(d) = date.filter(|d| *d < first || *d > last) {
                return Err(ApiError::refused(
                    cat,
                    &Message::new("request.filter.outside_year")
                        .text("name", name)
                        .text("date", d.to_string())
                        .text("year", y.first_year().to_string())
                        .day("first", first)
                        .day("last", last),
                ));
            }
        }
    }
    Ok(())
}

impl ListQuery {
    /// The storage filter these parameters ask for, seen by this viewer (a supplier sees only its own
    /// organisation's declarations, whatever the filters), `limit` and `offset` left at their defaults.
    pub(super) fn filter(&self, state: &AppState, viewer: &Viewer) -> Result<DeclarationFilter, ApiError> {
        let text = plain_text(&self.q);
        if let Some(t) = &text {
            super::params::search_text("q", t)?;
        }
        let by_spend = self.spend == Some(true);
        let category = given(&self.category)
            // Goods in no category, which only spend can be placed by (`resolve` reads it).
            .filter(|c| !(by_spend && *c == crate::reports::portfolio::NO_CATEGORY))
            .map(|c| {
                let codes: Vec<&str> = state.model.categories().iter().map(|k| k.code.as_str()).collect();
                if codes.contains(&c) { Ok(c.to_string()) } else { Err(not_one_of("category", c, &codes)) }
            })
            .transpose()?;
        let country = given(&self.country)
            .map(|c| {
                // Read as the intake reads a typed country (a stray mark, `MY?`, is refused with the country it looks
                // like), then held to the code itself.
                let k = crate::domain::read_country(c).map_err(country_refused)?;
                if k.as_str().eq_ignore_ascii_case(c) {
                    Ok(k.to_string())
                } else {
                    Err(ApiError::told(&Message::new("request.filter.country_code").text("value", c)))
                }
            })
            .transpose()?;
        let fiscal_year = super::params::fiscal_year_query("fy", given(&self.fy), chrono::Utc::now().date_naive())?;
        let (from, to) = (date("from", &self.from)?, date("to", &self.to)?);
        check_range(from, to, fiscal_year, state.renderer.catalog())?;
        let sort = match given(&self.sort) {
            None => DeclarationSort::Date,
            Some(s) => DeclarationSort::parse(s).ok_or_else(|| not_one_of("sort", s, &DeclarationSort::NAMES))?,
        };
        Ok(DeclarationFilter {
            supplier_id: self.supplier_id.map(|Id(id)| id),
            business_number: viewer.only_business_number(),
            solicitation_number: plain_text(&self.solicitation),
            text,
            category,
            country,
            forced_band: band("band", &self.band)?,
            child_band: band("child_band", &self.child_band)?,
            fiscal_year,
            from,
            to,
            sort,
            include_superseded: self.include_superseded.unwrap_or(false),
            ..DeclarationFilter::default()
        })
    }

    /// [`filter`](Self::filter), and with `spend=true` the declarations the portfolio dashboard counts in the cells
    /// `category`, `country` and `fy` select (`Store::portfolio_declarations_in`, from the sums the dashboard adds
    /// up, under a permit of `state.heavy` as the dashboard is): by id, in place of the site conditions; superseded
    /// ones included, since a fiscal year's view may stand on them.
    pub(super) async fn resolve(&self, state: &AppState, viewer: &Viewer) -> Result<DeclarationFilter, ApiError> {
        use crate::reports::portfolio::NO_CATEGORY;
        use crate::scoring::portfolio::CellFilter;
        let mut filter = self.filter(state, viewer)?;
        if self.spend != Some(true) {
            return Ok(filter);
        }
        let cells = CellFilter {
            category: match given(&self.category) {
                None => None,
                Some(NO_CATEGORY) => Some(None),
                Some(_) => Some(filter.category.take()),
            },
            country: filter.country.take().and_then(|c| CountryCode::parse(&c)),
        };
        let fy = filter.fiscal_year;
        let ids = state
            .heavy
            .run(async { Ok::<_, ApiError>(state.store.portfolio_declarations_in(&state.model, fy, &cells).await?) })
            .await?;
        filter.ids = Some(ids);
        filter.include_superseded = true;
        Ok(filter)
    }

    /// The text parameters by name, in the order [`kept`](Self::kept) writes them.
    fn texts(&self) -> [(&'static str, &Option<String>); 10] {
        [
            ("q", &self.q),
            ("solicitation", &self.solicitation),
            ("category", &self.category),
            ("country", &self.country),
            ("band", &self.band),
            ("child_band", &self.child_band),
            ("fy", &self.fy),
            ("from", &self.from),
            ("to", &self.to),
            ("sort", &self.sort),
        ]
    }

    /// The API's window: `limit` after `offset` ([`window`]).
    pub(super) fn window(&self) -> Result<(u64, u64), ApiError> {
        window(self.limit, self.offset)
    }

    /// The page's number and size ([`page`]).
    pub(super) fn page(&self) -> Result<(u64, u64), ApiError> {
        page(self.page, self.per_page)
    }

    /// The URL query of these filters (not the page), each given value once, in a fixed order: what a link to
    /// another page of the same view keeps.
    pub(super) fn kept(&self) -> Vec<(&'static str, String)> {
        let mut out: Vec<(&'static str, String)> = Vec::new();
        if let Some(Id(s)) = self.supplier_id {
            out.push(("supplier_id", s.to_string()));
        }
        for (name, v) in self.texts() {
            if let Some(v) = given(v) {
                out.push((name, v.to_string()));
            }
        }
        if self.include_superseded == Some(true) {
            out.push(("include_superseded", "true".into()));
        }
        if self.spend == Some(true) {
            out.push(("spend", "true".into()));
        }
        if let Some(n) = self.per_page {
            out.push(("per_page", n.to_string()));
        }
        out
    }
}

/// A paging parameter `name` given as `value` (else `default`), within its range ([`paging_range`]).
fn paged(name: &str, value: Option<u64>, default: u64) -> Result<u64, ApiError> {
    let (low, high) = paging_range(name).unwrap_or((0, u64::MAX));
    within(name, value.unwrap_or(default), low..=high)
}

/// A list's `limit` (else `default`) and `offset` (else 0), each within its range.
pub(super) fn window_of(limit: Option<u64>, offset: Option<u64>, default: u64) -> Result<(u64, u64), ApiError> {
    Ok((paged("limit", limit, default)?, paged("offset", offset, 0)?))
}

/// A list's `limit` (default 100) and `offset` ([`window_of`]).
pub(super) fn window(limit: Option<u64>, offset: Option<u64>) -> Result<(u64, u64), ApiError> {
    window_of(limit, offset, 100)
}

/// A top-N list's `limit` alone (else `default`), within its range.
pub(super) fn limit(limit: Option<u64>, default: u64) -> Result<u64, ApiError> {
    paged("limit", limit, default)
}

/// A paged page's number (default 1) and size (default `default`), each within its range.
pub(super) fn page_of(page: Option<u64>, per_page: Option<u64>, default: u64) -> Result<(u64, u64), ApiError> {
    Ok((paged("page", page, 1)?, paged("per_page", per_page, default)?))
}

/// A paged page's number and size (default 50) ([`page_of`]).
pub(super) fn page(page: Option<u64>, per_page: Option<u64>) -> Result<(u64, u64), ApiError> {
    page_of(page, per_page, 50)
}

/// How many pages of `per_page` rows `total` rows fill: at least one (an empty list is one empty page).
pub(super) fn pages_of(total: u64, per_page: u64) -> u64 {
    total.div_ceil(per_page.max(1)).max(1)
}

/// Where one page of a list stands among `total` rows, with the queries of the pages either side: `kept` (the
/// filters, in order) then `lang` and `page`, so that a link is a stable, shareable URL of the same view. A page past
/// the last gives the queries of the last page and (when it is not the last) of the first instead.
pub(super) fn pager(
    kept: &[(&'static str, String)],
    lang: Lang,
    page: u64,
    per_page: u64,
    shown: usize,
    total: u64,
) -> Pager {
    let offset = (page - 1).saturating_mul(per_page);
    let query = |p: u64| {
        let mut pairs: Vec<(&str, String)> = kept.to_vec();
        pairs.push(("lang", lang.to_string()));
        if p > 1 {
            pairs.push(("page", p.to_string()));
        }
        serde_urlencoded::to_string(pairs).unwrap_or_default()
    };
    let shown = shown as u64;
    let pages = pages_of(total, per_page);
    let past_end = shown == 0 && total > 0;
    Pager {
        first: if shown == 0 { 0 } else { offset + 1 },
        last: offset + shown,
        total,
        previous: (page > 1 && offset < total).then(|| query(page - 1)),
        next: (offset + shown < total && shown > 0).then(|| query(page + 1)),
        restart: (past_end && pages > 1).then(|| query(1)),
        last_page: past_end.then(|| query(pages)),
        pages,
    }
}

/// A form's list: "any" first, then each value with its label, the one given selected.
fn choices(state: &AppState, lang: Lang, given: Option<&str>, values: Vec<(String, String)>) -> Vec<Choice> {
    let any = Choice { value: String::new(), label: state.renderer.t(lang, "list.any"), selected: given.is_none() };
    std::iter::once(any)
        .chain(values.into_iter().map(|(value, label)| Choice {
            selected: given == Some(value.as_str()),
            value,
            label,
        }))
        .collect()
}

/// Every country's code and name in a language, in the order of the language's collation: sorted once a language
/// (the Unicode Collation Algorithm compares hundreds of names), not at every page of the list.
fn sorted_countries(lang: Lang) -> &'static [(String, String)] {
    static SORTED: std::sync::OnceLock<[Vec<(String, String)>; 2]> = std::sync::OnceLock::new();
    let [en, fr] = SORTED.get_or_init(|| {
        [Lang::En, Lang::Fr].map(|lang| {
            let mut countries: Vec<(String, String)> =
                CountryCode::all().map(|c| (c.as_str().to_string(), c.name(lang).to_string())).collect();
            crate::import::sort_by_collation(&mut countries, |(_, label)| label);
            countries
        })
    });
    match lang {
        Lang::En => en,
        Lang::Fr => fr,
    }
}

impl ListQuery {
    /// The home page's filter form as these parameters fill it, in the page's language, with its pager.
    pub(super) fn controls(&self, state: &AppState, lang: Lang, pager: Pager) -> ListControls {
        let t = |key: &str| state.renderer.t(lang, key);
        let mut categories: Vec<(String, String)> = state
            .model
            .categories()
            .iter()
            .map(|c| (c.code.clone(), state.model.category_name(&c.code, lang).unwrap_or(&c.code).to_string()))
            .collect();
        crate::import::sort_by_collation(&mut categories, |(_, label)| label);
        let countries = sorted_countries(lang).to_vec();
        let bands = || BANDS.iter().map(|b| (b.to_string(), t(&format!("band.{b}")))).collect::<Vec<_>>();
        let sort = given(&self.sort).unwrap_or("date");
        let sorts = DeclarationSort::NAMES
            .iter()
            .map(|s| Choice { value: s.to_string(), label: t(&format!("list.sort_{s}")), selected: sort == *s })
            .collect();
        let mut hidden = Vec::new();
        if let Some(Id(s)) = self.supplier_id {
            hidden.push(Hidden { name: "supplier_id", value: s.to_string() });
        }
        if let Some(n) = self.per_page {
            hidden.push(Hidden { name: "per_page", value: n.to_string() });
        }
        if self.spend == Some(true) {
            // A list opened from the heat map keeps its rule when refined; goods in no category can be chosen.
            hidden.push(Hidden { name: "spend", value: "true".into() });
            categories.push((
                crate::reports::portfolio::NO_CATEGORY.to_string(),
                state.renderer.t(lang, "dashboard.unclassified"),
            ));
        }
        let text = |v: &Option<String>| given(v).unwrap_or_default().to_string();
        ListControls {
            q: text(&self.q),
            solicitation: text(&self.solicitation),
            fy: text(&self.fy),
            from: text(&self.from),
            to: text(&self.to),
            include_superseded: self.include_superseded == Some(true),
            categories: choices(state, lang, given(&self.category), categories),
            countries: choices(state, lang, given(&self.country).map(|c| c.to_ascii_uppercase()).as_deref(), countries),
            bands: choices(state, lang, given(&self.band), bands()),
            child_bands: choices(state, lang, given(&self.child_band), bands()),
            sorts,
            hidden,
            filtered: self.kept().iter().any(|(name, _)| !matches!(*name, "sort" | "per_page")),
            pager,
        }
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use crate::domain::FiscalYear;

    /// A refused filter names its parameter and the value given in each language's marks, French spaced before its
    /// punctuation, a fiscal year's days in words.
    #[test]
    fn a_refused_filter_names_its_parameter_in_each_language_s_marks_and_spacing() {
        let (en, fr) = super::date("from", &Some("1 May".into())).unwrap_err().messages();
        assert_eq!(en, "from “1 May”: use a date written YYYY-MM-DD, e.g. 2026-04-01");
        assert_eq!(fr, "from «\u{a0}1 May\u{a0}»\u{a0}: écrire la date AAAA-MM-JJ, p. ex. 2026-04-01");
        let (en, fr) = super::not_one_of("sort", "size", &["date", "risk"]).messages();
        assert_eq!(
            (en.as_str(), fr.as_str()),
            (
                "sort “size”: use one of date, risk",
                "sort «\u{a0}size\u{a0}»\u{a0}: utiliser l'une des valeurs date, risk"
            )
        );
        let cat = crate::reports::Catalog::shared().unwrap();
        let day = |s: &str| NaiveDate::parse_from_str(s, "%Y-%m-%d").ok();
        let (en, fr) = super::check_range(day("2026-05-01"), day("2026-04-01"), None, cat).unwrap_err().messages();
        assert_eq!(en, "from 2026-05-01 is after to 2026-04-01: give the earlier date as from and the later one as to");
        assert!(fr.starts_with("from 2026-05-01 est postérieure à to 2026-04-01\u{a0}: donner"), "{fr}");
        let fy = Some(FiscalYear::starting_in(2025));
        let (en, fr) = super::check_range(day("2024-05-01"), None, fy, cat).unwrap_err().messages();
        assert!(en.starts_with("from 2024-05-01 is outside fy 2025 (April 1, 2025 to March 31, 2026): give"), "{en}");
        assert!(
            fr.starts_with("from 2024-05-01 est hors de fy 2025 (du 1er avril 2025 au 31 mars 2026)\u{a0}: donner"),
            "{fr}"
        );
    }

    /// A value that is one the parameter takes but for case, accents or punctuation is told which one was meant, in
    /// both languages; a value like none of them is not.
    #[test]
    fn a_value_off_by_case_or_accents_is_told_the_one_meant() {
        for (given, takes, meant) in [
            ("Risk", &["date", "risk", "child"][..], "risk"),
            ("s1", &["S1", "S2"][..], "S1"),
            ("SUPPLIER", &["date", "supplier"][..], "supplier"),
            ("Vêtements", &["vetements", "textiles"][..], "vetements"),
            ("ppe-gloves", &["ppe_gloves", "clothing"][..], "ppe_gloves"),
        ] {
            let (en, fr) = super::not_one_of("sort", given, takes).messages();
            assert!(en.ends_with(&format!("; did you mean “{meant}”?")), "{en}");
            assert!(fr.ends_with(&format!("\u{202f}; vouliez-vous dire «\u{a0}{meant}\u{a0}»\u{202f}?")), "{fr}");
        }
        let (en, fr) = super::not_one_of("sort", "size", &["date", "risk"]).messages();
        assert!(!en.contains("did you mean") && !fr.contains("vouliez"), "{en} / {fr}");
    }
}
