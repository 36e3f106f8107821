//! What the benchmarks share: the demo declarations, and declarations grown from them to any size.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::indexing_slicing, clippy::string_slice)]

use chainon::domain::{Declaration, PlaceOfWork, SiteId};
use chainon::import::{Limits, read_declaration};

/// A demo declaration of `supplier_data/demo/`.
pub fn demo(name: &str) -> Declaration {
    let path = format!("{}/supplier_data/demo/{name}", env!("CARGO_MANIFEST_DIR"));
    let bytes = std::fs::read(&path).unwrap();
    read_declaration(name, &bytes, &Limits::default()).unwrap().declaration
}

/// A declaration of `n` sites in 5 tiers, made of the demo's sites (goods, countries, roles) with new ids.
pub fn grown(base: &Declaration, n: usize) -> Declaration {
    let mut d = base.clone();
    let templates: Vec<PlaceOfWork> = base.places_of_work.clone();
    let per_tier = n.div_ceil(5);
    d.places_of_work = (0..n)
        .map(|i| {
            let mut s = templates[i % templates.len()].clone();
            let tier = i / per_tier;
            s.site_id = SiteId::parse(&format!("S{i:06}")).unwrap();
            s.supplies_to = if tier == 0 {
                Vec::new()
            } else {
                // A site of the tier below, spread evenly.
                let below = (tier - 1) * per_tier + (i % per_tier);
                vec![SiteId::parse(&format!("S{below:06}")).unwrap()]
            };
            s
        })
        .collect();
    // The bid's goods are made at the first site (the old site ids are gone).
    for g in &mut d.goods {
        g.produced_at = vec![SiteId::parse("S000000").unwrap()];
    }
    d
}
