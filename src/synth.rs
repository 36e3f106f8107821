//! Synthetic portfolios for tests and benchmarks: many suppliers' declarations whose chains (4 to 6 tiers) share
//! facilities, as real ones do — a spinning mill or a smelter serves many brands. Deterministic for a seed.

use chrono::NaiveDate;

use crate::domain::{
    Attestation, BusinessNumber, CountryCode, Declaration, DueDiligence, GoodsItem, PlaceOfWork, Right, Role, Scope,
    SiteId, SupplierInfo,
};

/// One industry's chain, tier 1 first: (role, goods, inputs, countries).
struct Industry {
    goods_item: &'static str,
    tiers: &'static [(Role, &'static str, &'static str, &'static [&'static str])],
}

/// The chain of `declaration`, and the first industry of a portfolio.
const UNIFORMS: Industry = Industry {
    goods_item: "Work uniforms",
    tiers: &[
        (Role::Manufacturing, "uniform shirts and trousers", "cotton fabric", &["BD", "VN", "KH", "IN", "CN"]),
        (Role::Processing, "cotton fabric", "cotton yarn", &["CN", "IN", "PK", "TR"]),
        (Role::Component, "cotton yarn", "cotton", &["CN", "IN", "PK", "UZ"]),
        (Role::Processing, "ginned cotton", "cotton", &["UZ", "TM", "CN", "IN", "US"]),
        (Role::RawMaterial, "cotton", "", &["UZ", "TM", "CN", "IN", "BR", "US"]),
        (Role::RawMaterial, "cotton seed", "", &["IN", "CN", "US"]),
    ],
};

const INDUSTRIES: &[Industry] = &[
    UNIFORMS,
    Industry {
        goods_item: "Nitrile examination gloves",
        tiers: &[
            (Role::Manufacturing, "nitrile gloves", "nitrile latex", &["MY", "TH", "CN", "VN"]),
            (Role::Processing, "nitrile latex compound", "butadiene", &["MY", "CN", "KR"]),
            (Role::Processing, "butadiene", "naphtha", &["CN", "KR", "SA"]),
            (Role::RawMaterial, "naphtha", "", &["SA", "KR", "IN"]),
            (Role::RawMaterial, "crude oil", "", &["SA", "CA", "NO"]),
        ],
    },
    Industry {
        goods_item: "Mooring rope",
        tiers: &[
            (Role::Manufacturing, "fibre rope", "polypropylene yarn", &["CA", "PT", "IN", "CN"]),
            (Role::Component, "polypropylene yarn", "polypropylene", &["IN", "CN", "TR"]),
            (Role::Processing, "polypropylene resin", "propylene", &["CN", "SA", "KR"]),
            (Role::Processing, "sisal fibre", "sisal", &["TZ", "KE", "BR"]),
            (Role::RawMaterial, "sisal", "", &["TZ", "KE", "BR", "MG"]),
        ],
    },
    Industry {
        goods_item: "Laptop computers",
        tiers: &[
            (Role::FinalAssembly, "laptops", "printed circuit boards", &["CN", "TW", "VN", "MX"]),
            (Role::Component, "printed circuit boards", "solder", &["CN", "TW", "MY"]),
            (Role::Component, "solder and tin parts", "tin", &["MY", "ID", "CN", "TH"]),
            (Role::Processing, "tin", "cassiterite", &["ID", "MY", "CN", "BO"]),
            (Role::RawMaterial, "cassiterite", "", &["CD", "RW", "ID", "BO", "MM"]),
            (Role::RawMaterial, "tin ore", "", &["CD", "ID", "MM"]),
        ],
    },
    Industry {
        goods_item: "Safety boots",
        tiers: &[
            (Role::Manufacturing, "footwear", "leather", &["VN", "CN", "ID", "IN"]),
            (Role::Processing, "leather", "cattle hides", &["IN", "BR", "CN", "BD"]),
            (Role::Processing, "cattle hides", "cattle", &["BR", "PY", "AR"]),
            (Role::RawMaterial, "cattle", "", &["BR", "PY", "AR"]),
        ],
    },
];

const NAME_WORDS: &[&str] = &[
    "Sunrise",
    "Golden",
    "Pacific",
    "Delta",
    "Lotus",
    "Evergreen",
    "Summit",
    "Harbour",
    "Silver",
    "Orient",
    "Crown",
    "Northstar",
    "Meridian",
    "Jade",
    "Eastern",
    "Horizon",
    "Riverside",
    "Phoenix",
    "Unity",
    "Prosper",
];
const NAME_KINDS: &[&str] =
    &["Industries", "Manufacturing", "Mills", "Textiles", "Works", "Processing", "Trading", "Enterprises", "Group"];
const STREETS: &[&str] =
    &["Industrial Road", "Export Zone Street", "Factory Lane", "Harbour Avenue", "Mill Road", "Station Road"];
const CITIES: &[&str] = &["North District", "Port City", "Riverside", "New Town", "East Park", "Hill Side"];

/// How to synthesise a portfolio.
#[derive(Debug, Clone)]
pub struct SynthOptions {
    /// How many distinct facilities, in all.
    pub sites: usize,
    /// Share of site rows that reuse a facility another declaration already names (0–1).
    pub shared: f64,
    pub seed: u64,
}

impl Default for SynthOptions {
    fn default() -> Self {
        SynthOptions { sites: 10_000, shared: 0.15, seed: 2026 }
    }
}

#[derive(Clone)]
struct Facility {
    name: String,
    address: String,
    city: String,
    country: CountryCode,
    os_id: Option<String>,
}

/// A business number with a valid check digit, from eight digits.
fn business_number(n: u64) -> Option<BusinessNumber> {
    let stem = format!("{:08}", 10_000_000 + n % 90_000_000);
    (0..10).find_map(|check| BusinessNumber::parse(&format!("{stem}{check}")).ok())
}

/// One of `words` at random (as `rng.usize(..words.len())` would pick it; every list here is a non-empty constant).
fn pick(rng: &mut fastrand::Rng, words: &[&'static str]) -> &'static str {
    rng.choice(words).copied().unwrap_or_default()
}

/// A new facility in one of `countries`, numbered `n`.
fn facility(rng: &mut fastrand::Rng, countries: &[&'static str], n: usize) -> Facility {
    let cc = pick(rng, countries);
    let country = CountryCode::parse(cc).unwrap_or(CountryCode::CANADA);
    Facility {
        name: format!("{} {} {}", pick(rng, NAME_WORDS), pick(rng, NAME_KINDS), n),
        address: format!("{} {}", rng.u32(1..999), pick(rng, STREETS)),
        city: pick(rng, CITIES).to_string(),
        country,
        // An Open Supply Hub ID's form: the country, seven digits, six letters or digits.
        os_id: (rng.f64() < 0.3).then(|| format!("{cc}{:07}{}SYNTH", n, pick(rng, &["A", "B", "C"]))),
    }
}

/// The next site of a chain, at facility `fac`, supplying two to five sites of the tier before (`previous`, indexes
/// into `sites`; none for tier 1).
fn place(
    rng: &mut fastrand::Rng,
    sites: &[PlaceOfWork],
    previous: &[usize],
    fac: Facility,
    (role, goods, input): (Role, &str, &str),
) -> Option<PlaceOfWork> {
    let i = sites.len();
    let site_id = SiteId::parse(&format!("S{i}"))?;
    let supplies_to: Vec<SiteId> = if previous.is_empty() {
        Vec::new()
    } else {
        let n = (2 + rng.usize(..4)).min(previous.len());
        let mut to: Vec<SiteId> = (0..n)
            .filter_map(|_| rng.choice(previous).and_then(|&p| sites.get(p)))
            .map(|s| s.site_id.clone())
            .collect();
        to.sort_by(|a, b| a.as_str().cmp(b.as_str()));
        to.dedup();
        to
    };
    Some(PlaceOfWork {
        site_id,
        site_name: fac.name,
        operator: None,
        operator_business_number: None,
        role,
        goods: goods.to_string(),
        classification: None,
        inputs: if input.is_empty() { Vec::new() } else { vec![input.to_string()] },
        address: fac.address,
        city: fac.city,
        region: None,
        country: fac.country,
        postal_code: None,
        workers: Some(rng.u32(20..3000)),
        share_of_value: None,
        supplies_to,
        os_id: fac.os_id,
        last_audit_date: None,
        audit_standard: None,
    })
}

/// The declaration around a chain: supplier `d` of the portfolio, its attestations, answers and goods (made at the
/// tier-1 sites).
fn wrap(
    rng: &mut fastrand::Rng,
    seed: u64,
    d: usize,
    solicitations: usize,
    depth: usize,
    goods_item: &str,
    sites: Vec<PlaceOfWork>,
) -> Declaration {
    let tier1: Vec<SiteId> = sites.iter().filter(|s| s.supplies_to.is_empty()).map(|s| s.site_id.clone()).collect();
    let day = NaiveDate::from_ymd_opt(2026, 1, 1).unwrap_or_default() + chrono::Days::new(rng.u64(0..300));
    Declaration {
        supplier: SupplierInfo {
            legal_name: format!("Synthetic Supplier {} Inc.", d + 1),
            business_number: business_number(d as u64 * 7919 + seed),
            country: CountryCode::CANADA,
            address: Some(format!("{} Rue Principale, Ottawa ON", d + 1)),
            contact_name: None,
            contact_email: None,
            solicitation_number: Some(format!("W{:04}-26{:04}/A", 1000 + d % solicitations, d % solicitations)),
            declaration_date: day,
            signatory_name: "A. Signatory".into(),
            signatory_title: None,
        },
        attestations: <Right as strum::IntoEnumIterator>::iter()
            .map(|right| Attestation {
                right,
                attested: rng.f64() > 0.03,
                scope: Some(Scope::SupplierAndTier1),
                comment: None,
            })
            .collect(),
        due_diligence: DueDiligence {
            policy: Some(rng.bool()),
            supplier_code: Some(rng.bool()),
            risk_assessment: Some(rng.bool()),
            social_audit: Some(false),
            grievance_mechanism: Some(rng.bool()),
            remediation: Some(rng.bool()),
            traceability_tiers: Some(rng.u32(1..=depth as u32)),
            training: Some(rng.bool()),
            s211_report: Some(false),
            ..DueDiligence::default()
        },
        places_of_work: sites,
        goods: vec![GoodsItem {
            item: goods_item.to_string(),
            description: None,
            classification: None,
            quantity: Some(f64::from(rng.u32(100..50_000))),
            value_cad: Some(f64::from(rng.u32(10_000..5_000_000))),
            produced_at: tier1,
        }],
    }
}

/// One declaration of exactly `sites` sites (at least one): the uniforms chain of six tiers, each tier about twice
/// the one before it (cotton farms and gins the largest), every site a facility of its own. Deterministic for a
/// seed. For measuring long declarations (pages, reports), where `portfolio` makes chains of 20 to 400 sites.
pub fn declaration(sites: usize, seed: u64) -> Declaration {
    let mut rng = fastrand::Rng::with_seed(seed);
    let ind = &UNIFORMS;
    let weights: Vec<usize> = (0..ind.tiers.len()).map(|t| 1 << t).collect();
    let total: usize = weights.iter().sum();
    let mut places: Vec<PlaceOfWork> = Vec::with_capacity(sites);
    let mut previous: Vec<usize> = Vec::new();
    for (t, (&w, &(role, goods, input, countries))) in weights.iter().zip(ind.tiers).enumerate() {
        // The last tier takes what rounding left; every tier has at least one site while sites remain.
        let count = if t + 1 == ind.tiers.len() { sites - places.len() } else { (sites * w / total).max(1) };
        let mut this_tier = Vec::new();
        for _ in 0..count.min(sites - places.len()) {
            let i = places.len();
            let fac = facility(&mut rng, countries, i + 1);
            let Some(site) = place(&mut rng, &places, &previous, fac, (role, goods, input)) else { continue };
            places.push(site);
            this_tier.push(i);
        }
        if !this_tier.is_empty() {
            previous = this_tier;
        }
    }
    wrap(&mut rng, seed, 0, 1, ind.tiers.len(), ind.goods_item, places)
}

/// Writes the portfolio: declarations in order. A facility that appears in several declarations is spelled the
/// way suppliers spell it (capitals, legal forms, street words vary), and carries its OS ID when it has one.
pub fn portfolio(opts: &SynthOptions) -> Vec<Declaration> {
    let mut rng = fastrand::Rng::with_seed(opts.seed);
    // Facilities by (industry, tier), for sharing.
    let mut pools: Vec<Vec<Vec<Facility>>> = INDUSTRIES.iter().map(|i| vec![Vec::new(); i.tiers.len()]).collect();
    let mut created = 0usize;
    let mut out = Vec::new();
    let solicitations = (opts.sites / 2_000).clamp(3, 400);
    while created < opts.sites {
        let d = out.len();
        let ind_no = rng.usize(..INDUSTRIES.len());
        let (Some(ind), Some(ind_pools)) = (INDUSTRIES.get(ind_no), pools.get_mut(ind_no)) else { continue };
        let depth = rng.usize(4..=6).min(ind.tiers.len());
        // 20 to 400 sites, most declarations small.
        let size = (20.0 + 380.0 * rng.f64().powi(3)) as usize;
        let per_tier: Vec<usize> = (0..depth).map(|t| (size / depth).max(1) + t * rng.usize(0..3)).collect();
        let mut sites: Vec<PlaceOfWork> = Vec::new();
        let mut previous: Vec<usize> = Vec::new();
        // `per_tier` has `depth` entries, no more than the industry has tiers (and pools).
        for ((&count, &(role, goods, input, countries)), pool) in
            per_tier.iter().zip(ind.tiers).zip(ind_pools.iter_mut())
        {
            let mut this_tier = Vec::new();
            for _ in 0..count {
                let shared = if !pool.is_empty() && rng.f64() < opts.shared { rng.choice(pool.iter()) } else { None };
                let fac = if let Some(f) = shared {
                    let mut f = f.clone();
                    match rng.u8(..4) {
                        0 => f.name = f.name.to_uppercase(),
                        1 => f.name = format!("{} Ltd.", f.name),
                        2 => f.address = f.address.replace("Road", "Rd").replace("Street", "St"),
                        _ => {}
                    }
                    f
                } else {
                    if created >= opts.sites {
                        break;
                    }
                    created += 1;
                    let f = facility(&mut rng, countries, created);
                    pool.push(f.clone());
                    f
                };
                // One declaration names a facility once (by its name and address, or by its OS ID, which the intake
                // warns of or refuses on two sites of one declaration).
                if sites.iter().any(|s| {
                    (s.site_name.eq_ignore_ascii_case(&fac.name) && s.address == fac.address)
                        || (fac.os_id.is_some() && s.os_id == fac.os_id)
                }) {
                    continue;
                }
                let i = sites.len();
                let Some(site) = place(&mut rng, &sites, &previous, fac, (role, goods, input)) else { continue };
                sites.push(site);
                this_tier.push(i);
            }
            if this_tier.is_empty() {
                break;
            }
            previous = this_tier;
        }
        if sites.is_empty() {
            continue;
        }
        out.push(wrap(&mut rng, opts.seed, d, solicitations, depth, ind.goods_item, sites));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_portfolio_has_the_sites_asked_shares_facilities_and_reads_back() {
        let decls = portfolio(&SynthOptions { sites: 3_000, ..SynthOptions::default() });
        let rows: usize = decls.iter().map(|d| d.places_of_work.len()).sum();
        assert!(rows > 3_000, "shared facilities appear more than once: {rows} rows");
        let limits = crate::import::Limits::default();
        for d in decls.iter().take(20) {
            let bytes = serde_json::to_vec(&crate::import::to_json(d)).unwrap();
            let back = crate::import::read_declaration("s.json", &bytes, &limits);
            assert!(back.is_ok(), "{:?}", back.err());
            let depth = crate::graph::ChainGraph::build(&d.places_of_work).depth();
            assert!((1..=6).contains(&depth));
        }
        assert!(decls.iter().any(|d| crate::graph::ChainGraph::build(&d.places_of_work).depth() >= 4));
        assert_eq!(
            portfolio(&SynthOptions { sites: 500, ..SynthOptions::default() }),
            portfolio(&SynthOptions { sites: 500, ..SynthOptions::default() })
        );
    }

    #[test]
    fn one_long_declaration_has_exactly_the_sites_asked_in_six_tiers_and_reads_back() {
        for n in [1, 7, 345, 2_000] {
            let d = declaration(n, 7);
            assert_eq!(d.places_of_work.len(), n);
            let bytes = serde_json::to_vec(&crate::import::to_json(&d)).unwrap();
            let back = crate::import::read_declaration("long.json", &bytes, &crate::import::Limits::default());
            assert!(back.is_ok(), "{n}: {:?}", back.err());
        }
        let d = declaration(345, 7);
        assert_eq!(crate::graph::ChainGraph::build(&d.places_of_work).depth(), 6);
        assert_eq!(declaration(345, 7), d);
    }
}
