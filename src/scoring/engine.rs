//! The arithmetic: per site and per kind of risk, inherent factors (listed goods, inputs, country, region) plus the
//! risk carried from suppliers, then mitigation; findings. Pure: no I/O.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::Months;
use strum::IntoEnumIterator;

use super::model::{
    Category, CountryData, Entity, EntityListSpec, Listing, PresumedProducer, SiteGoods, Tables, entity_keys,
};
use crate::domain::{
    Assessment, Band, CarriedRegion, CategoryAssessment, Classification, CountryCode, Declaration, Explanation, Factor,
    FactorPool, Finding, FindingReason, ListedEntry, OpenBecause, OpenSupplier, Place, PlaceOfWork, Practice, Reason,
    Right, RiskKind, RiskPair, Role, Score, Severity, Sheet, SiteAssessment, SiteId, SourceRef, Withheld, WorldBecause,
};
use crate::graph::ChainGraph;

/// Points (a score, a contribution) to the tenth, as the explanations say them. The engine rounds every number it
/// gives, once, here and in [`share3`]: what it returns is what is written and read back, to the bit.
fn round1(x: f64) -> f64 {
    (x * 10.0).round() / 10.0
}

/// A share (0–1) to the thousandth, as the explanations say them (`6.2 %`).
fn share3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

/// A factor, its contribution to the tenth of a point ([`round1`]).
fn factor(reason: Reason, source: Option<SourceRef>, weight: f64, contribution: f64) -> Factor {
    Factor::new(reason, source, weight, round1(contribution))
}

fn arc(s: &str) -> Arc<str> {
    Arc::from(s)
}

/// What the model knows of one site before scores flow through the chain. Goods are the model's own names,
/// borrowed: a site's facts are held for every site until the findings, and copies of the names were a string each.
struct SiteFacts<'a> {
    site: &'a PlaceOfWork,
    category: Option<&'a Category>,
    /// ILAB goods the site makes (its words and its category's own goods).
    own_goods: Vec<&'a str>,
    /// ILAB goods the site declares as inputs, and its category's typical inputs (flag: declared).
    inputs: Vec<(&'a str, bool)>,
    /// ILAB goods its direct suppliers make or handle, with the supplier (its index in the declaration).
    supplied: Vec<(&'a str, usize)>,
    /// Its inputs whose origin the declaration does not establish (see `established`): each keeps its
    /// unknown-origin floor, and the site passes the unknown on to the sites it supplies.
    open: Vec<&'a str>,
    /// The category's material inputs a declared material replaced (2022.11, `replaced_material_keeps_presumption`:
    /// their riskiest producer still holds the site where that material is listed and of unknown origin).
    replaced: Vec<&'a str>,
    has_suppliers: bool,
    /// Whether the site's words name an ILAB good it makes.
    words_name_goods: bool,
    /// Whether the model reads nothing of the site's goods: no category, no ILAB good, no material, no input
    /// (`Reason::UnreadGoods`).
    unread: bool,
    /// The declared inputs the model reads nothing of, where no category's typical inputs stand in their place (a
    /// raw-material site, goods no category takes): each is goods the model cannot read (2022.13,
    /// `unread_inputs_held`; empty before, where they were dropped).
    unread_inputs: Vec<&'a str>,
}

/// The goods a text names and the category of goods it places a site in, read once per distinct text (and
/// classification): a large declaration repeats a few goods texts over thousands of sites, and reading a text —
/// tokens, phrases of ILAB goods, the head — was most of the time of scoring it (each site's words were read again
/// for every site it supplies). The readings are the model's (`'t`) and keyed by the text itself, so they may be kept
/// from one declaration to the next (`RiskModel::scorer`: declarations of one portfolio repeat their goods texts too).
pub(super) struct GoodsReadings<'t> {
    t: &'t Tables,
    named: HashMap<Box<str>, Arc<[&'t str]>>,
    sites: HashMap<Box<str>, Arc<SiteGoods<'t>>>,
    /// By the words, then by classification (a text is seldom seen with more than one or two).
    classified: HashMap<Box<str>, Vec<Classified<'t>>>,
}

/// A classification given with a goods text, and the category the two place a site in.
type Classified<'t> = (Option<Classification>, Option<&'t Category>);

impl<'t> GoodsReadings<'t> {
    pub(super) fn new(t: &'t Tables) -> GoodsReadings<'t> {
        GoodsReadings { t, named: HashMap::new(), sites: HashMap::new(), classified: HashMap::new() }
    }

    /// The ILAB goods `text` names (`Tables::goods_in`).
    fn goods_in(&mut self, text: &str) -> Arc<[&'t str]> {
        if let Some(read) = self.named.get(text) {
            return Arc::clone(read);
        }
        let read: Arc<[&'t str]> = self.t.goods_in(text).into();
        self.named.insert(text.into(), Arc::clone(&read));
        read
    }

    /// What a site's goods words say it makes and what of (`Tables::site_goods`).
    fn site_goods(&mut self, text: &str) -> Arc<SiteGoods<'t>> {
        if let Some(read) = self.sites.get(text) {
            return Arc::clone(read);
        }
        let read = Arc::new(self.t.site_goods(text));
        self.sites.insert(text.into(), Arc::clone(&read));
        read
    }

    /// The category of goods `words` with `classification` are in (`Tables::classify`).
    fn classify(&mut self, classification: Option<&Classification>, words: &str) -> Option<&'t Category> {
        let t = self.t;
        if let Some(read) =
            self.classified.get(words).and_then(|seen| seen.iter().find(|(c, _)| c.as_ref() == classification))
        {
            return read.1;
        }
        let category = t.classify(classification, words);
        self.classified.entry(words.into()).or_default().push((classification.cloned(), category));
        category
    }

    /// How many distinct texts were read.
    #[cfg(test)]
    fn texts_read(&self) -> usize {
        self.named.len() + self.sites.len() + self.classified.values().map(Vec::len).sum::<usize>()
    }
}

/// A score before mitigation, as its factors (shared: every factor the engine makes goes through the assessment's
/// `FactorPool`, so the same factor in many sites is one allocation while all the sites' raw scores are held).
#[derive(Clone)]
struct Raw {
    factors: Vec<Arc<Factor>>,
    total: f64,
    /// What the site passes to the sites it supplies (before decay): its total without its own country context,
    /// which counts once, at its own line, not again at every tier of the same country.
    carry: f64,
    /// The sum of the site's points before due diligence and before the cap of 100 (the explanation of what a
    /// supplier carries shows it where it passes 100).
    sum: f64,
    /// What the site passes on before it is held within 0–100 ([`Raw::carry`]): its points without its own country
    /// context (and, for a warehouse or a trader, a region's points it keeps on its own line).
    own: f64,
    forced_listed: bool,
    /// A region's presumption floor (`Region::floor`) the score is held at, before and after due diligence.
    floor: Option<f64>,
    /// From 2022.6 (`region_points_unmitigated`): the region's points and the rest of the sum without them, uncapped.
    /// Due diligence lowers the rest (capped at 100), and the region's points are added after it: the presumption
    /// stands whole and shows in the score whatever the cap took before.
    region: Option<(f64, f64)>,
    /// From 2022.10 (`region_presumption_carried`): the region's presumption the site passes to the sites it supplies,
    /// before the decay — the region's points inside what it carries, and its floor — with the region it comes from.
    presumption: Option<Presumption>,
    /// The confirmed forced-labour list entries (screening: [`super::Listed`]) the site carries, its own or those
    /// of the supplier whose carried risk counts: the upstream factor of the sites it supplies names them.
    listed: Vec<ListedEntry>,
}

/// A region's legal presumption of forced labour as it comes down the chain (2022.10, `region_presumption_carried`):
/// the region's points inside what a site carries (`points`, kept out of due diligence and the cap where they arrive)
/// and the floor it holds a site at (`floor`, 0–100), each × the tier decay at each tier, and the region.
#[derive(Clone)]
struct Presumption {
    points: f64,
    floor: f64,
    origin: CarriedRegion,
}

/// The factors with the cap if they add up to more than 100, shared through `pool`, and the total.
fn finish(mut factors: Vec<Factor>, pool: &mut FactorPool) -> (Vec<Arc<Factor>>, f64) {
    let sum: f64 = factors.iter().map(|f| f.contribution).sum();
    let total = if sum > 100.0 {
        factors.push(factor(Reason::Cap, None, 1.0, 100.0 - sum));
        100.0
    } else {
        sum.max(0.0)
    };
    // One slot a factor: the room pushes leave (mitigation comes later) is not kept.
    let mut shared = Vec::with_capacity(factors.len() + 1);
    shared.extend(factors.into_iter().map(|f| pool.share(f)));
    (shared, total)
}

/// The goods each item of a raw-material site's list says alone, added to those of the whole words
/// ([`crate::scoring::model::GoodsForms::raw_material_items_read_alone`], 2022.17): each item's goods made there join
/// `own_goods`; each item's goods in a form brought in (where the site's country lists none of them or their kin)
/// leave `own_goods` and join `inputs`, as the form read alone has them. An item that names a dug material alone (ILAB
/// lists its good in the Mining sector) takes the words of form its neighbours share ([`shared_form_readings`]:
/// "refined lead and tin" is refined tin too, "cobalt and nickel salts" cobalt salts, « sels de nickel et de cobalt »
/// « sels de cobalt »), where those words read as that material in a form. Goods the whole words already bring in
/// (`brought_in`) stay inputs only.
///
/// From 2022.18 (`raw_material_unread_items_held`) an item the model reads nothing of alone (no good, no material, no
/// category, and not only a grade or a measure: `Tables::names_nothing`) joins `unread_items`; the caller then holds
/// the site as goods the model cannot read, beside what the other items name.
fn items_read_alone<'a, 't: 'a>(
    readings: &mut GoodsReadings<'t>,
    site: &'a PlaceOfWork,
    own_goods: &mut Vec<&'a str>,
    brought_in: &[&'a str],
    inputs: &mut Vec<(&'a str, bool)>,
    unread_items: &mut Vec<&'a str>,
) {
    let t = readings.t;
    let items = t.list_items(&site.goods);
    if items.len() < 2 {
        return;
    }
    let forms_on = t.goods_forms.forms_take_the_listing && t.goods_forms.raw_material_forms_take_the_listing;
    let listed_here = |g: &str| t.listed_with_kin(g, site.country);
    let dug = |g: &str| t.listings_anywhere(g).any(|l| l.mined);
    let mut made: Vec<&'a str> = Vec::new();
    let mut taken: Vec<&'a str> = Vec::new();
    for (k, item) in items.iter().enumerate() {
        let g = readings.site_goods(item);
        let names_material = !(g.unnamed_product && t.goods_reading.raw_material_reads_its_product) || g.unlisted;
        // An item whose words end on a product the model has no good for ("gold 4N") is such goods alone too: it makes
        // nothing read, names no material alone and no form.
        let product_unread = !names_material
            && g.own.is_empty()
            && !g.material_alone
            && g.form_goods.is_empty()
            && g.forms_apart.is_empty();
        let nothing_read = g.named.is_empty() && g.materials.is_empty() || product_unread;
        if t.goods_forms.raw_material_unread_items_held
            && nothing_read
            && !g.unlisted
            && readings.classify(None, item).is_none()
            && !t.names_nothing(item)
            && !unread_items.contains(item)
        {
            unread_items.push(item);
        }
        made.extend(if names_material { &g.named } else { &g.own });
        if !forms_on {
            continue;
        }
        for &f in g.form_goods.iter().chain(&g.forms_apart) {
            if listed_here(f) {
                made.push(f);
            } else if g.form_brought_in || g.forms_apart.contains(&f) {
                taken.push(f);
            }
        }
        // A dug material named alone, in a list whose other items say a form: the form is its too.
        let bare = g.material_alone && !g.form_brought_in && g.form_goods.iter().all(|f| dug(f));
        if !bare || g.form_goods.is_empty() {
            continue;
        }
        for text in shared_form_readings(&items, k) {
            let c = readings.site_goods(&text);
            if !c.form_brought_in || c.form_goods.is_empty() || !c.form_goods.iter().all(|f| g.form_goods.contains(f)) {
                continue;
            }
            for &f in &c.form_goods {
                if listed_here(f) {
                    made.push(f);
                } else {
                    taken.push(f);
                }
            }
        }
    }
    for g in made {
        if !own_goods.contains(&g) && !brought_in.contains(&g) && !taken.contains(&g) {
            own_goods.push(g);
        }
    }
    for g in taken {
        own_goods.retain(|x| *x != g);
        if !inputs.iter().any(|(x, _)| *x == g) {
            inputs.push((g, false));
        }
    }
}

/// The words item `k` of a list says with the words of form its neighbours share: English words before the first
/// item's last word ("refined" of "refined lead and tin" makes "refined tin"), English words after the last item's
/// first word ("salts" of "cobalt and nickel salts" makes "cobalt salts"), and in French, for an item that opens on
/// « de », « d' » or « du », the words of the item before it up to its own « de » (« sels » of « sels de nickel et de
/// cobalt » makes « sels de cobalt »). Candidates only: the caller keeps those that read as the item's material in a
/// form.
fn shared_form_readings(items: &[&str], k: usize) -> Vec<String> {
    let Some(item) = items.get(k) else { return Vec::new() };
    let mut out = Vec::new();
    let words = |text: &str| text.split_whitespace().map(str::to_string).collect::<Vec<_>>();
    if k > 0
        && let Some(first) = items.first()
    {
        let w = words(first);
        if let Some((_, before)) = w.split_last()
            && !before.is_empty()
        {
            out.push(format!("{} {item}", before.join(" ")));
        }
    }
    if k + 1 < items.len()
        && let Some(last) = items.last()
    {
        let w = words(last);
        if let Some((_, after)) = w.split_first()
            && !after.is_empty()
        {
            out.push(format!("{item} {}", after.join(" ")));
        }
    }
    let opens_on_de = |w: &str| {
        let w = w.to_lowercase();
        matches!(w.as_str(), "de" | "du" | "des") || w.starts_with("d'") || w.starts_with('d') && w.contains('\u{2019}')
    };
    if k > 0
        && item.split_whitespace().next().is_some_and(opens_on_de)
        && let Some(before) = items.get(k - 1)
    {
        let w = words(before);
        if let Some(at) = w.iter().position(|x| opens_on_de(x))
            && at > 0
        {
            out.push(format!("{} {item}", w.get(..at).unwrap_or_default().join(" ")));
        }
    }
    out
}

/// What the model knows of each site of a declaration before scores flow through the chain ([`SiteFacts`]).
fn site_facts<'a, 't: 'a>(
    d: &'a Declaration,
    graph: &ChainGraph,
    readings: &mut GoodsReadings<'t>,
) -> Vec<SiteFacts<'a>> {
    // Each site's words, read once: its own facts and those of every site it supplies take them from here.
    // Each site's category, the ILAB goods it makes (a raw-material site makes the material its words name, any
    // other the product: "copper cable" is no copper) and the goods of the materials its words name.
    let words: Vec<SiteWords<'a>> = d
        .places_of_work
        .iter()
        .map(|s| {
            let g = readings.site_goods(&s.goods);
            // From 2022.12 (`raw_material_reads_its_product`) a raw-material site whose words end on a product the
            // model has no good for makes that product, unread, not the material ("nitrile glovs").
            // From 2022.13 (`unlisted_goods`) words that name a good no ILAB list carries, of a material ("wood pulp"),
            // make the material's goods there, as the material alone does: known goods, not unread.
            let names_material =
                !(g.unnamed_product && readings.t.goods_reading.raw_material_reads_its_product) || g.unlisted;
            let own: Arc<[&'a str]> = if matches!(s.role, Role::RawMaterial) && names_material {
                g.named.clone().into()
            } else {
                g.own.clone().into()
            };
            (readings.classify(s.classification.as_ref(), &s.goods), own, g.material_goods())
        })
        .collect();
    let mut facts: Vec<SiteFacts<'a>> = d
        .places_of_work
        .iter()
        .zip(&words)
        .enumerate()
        .map(|(i, (site, (category, named, material_goods)))| {
            let category = *category;
            let mut own_goods = named.to_vec();
            let words_name_goods = !named.is_empty();
            let raw_material = matches!(site.role, Role::RawMaterial);
            // From 2022.12 (`forms_take_the_listing`) a material in a form ("gold bars", « lingots d'or ») is the
            // material's goods where the site's country lists one of them or its kin, and elsewhere the goods brought
            // in, an input of unknown origin (the materials' goods are inputs below, unless the site makes them).
            // Where the country lists some of the goods (sugarcane of "sugar" in Brazil), those are what the site
            // makes, and the others (sugar beets) are not.
            let passes_on = matches!(site.role, Role::Warehousing | Role::Trading);
            let read = readings.site_goods(&site.goods);
            let (mut forms, brought) = (read.form_goods.clone(), read.form_brought_in);
            // From 2022.16 (`materials_in_lists_read_apart`) an item of a list that names a material in a form is read
            // as it is alone: brought in where the country lists none of its goods, whatever the other items name.
            // At a raw-material site only: elsewhere the materials' goods are inputs already, whatever the words.
            let apart = readings.t.goods_forms.materials_in_lists_read_apart && raw_material && !read.form_named;
            if apart {
                for &g in &read.forms_apart {
                    if !forms.contains(&g) {
                        forms.push(g);
                    }
                }
            }
            // Where no item reads apart ("gold, bars": a catalogue's comma), the words' form says it, as before.
            let brought_as = |g: &str| {
                if apart && !read.forms_apart.is_empty() { read.forms_apart.contains(&g) } else { brought }
            };
            let mut brought_in: Vec<&str> = Vec::new();
            // From 2022.15 (`raw_material_forms_take_the_listing`) a raw-material site's form takes the listing of its
            // country too, and elsewhere is the good brought in, as at any other site: no one mines a sulfate.
            let forms_here = !raw_material || readings.t.goods_forms.raw_material_forms_take_the_listing;
            if forms_here && !passes_on && !forms.is_empty() {
                let t = readings.t;
                let listed_here = |g: &str| t.listed_with_kin(g, site.country);
                let any_here = forms.iter().any(|g| listed_here(g));
                for &g in &forms {
                    if listed_here(g) {
                        if !own_goods.contains(&g) {
                            own_goods.push(g);
                        }
                    } else if brought_as(g) {
                        own_goods.retain(|x| *x != g);
                        if !any_here || apart {
                            brought_in.push(g);
                        }
                    }
                }
            }
            let mut inputs: Vec<(&str, bool)> = Vec::new();
            // From 2022.7 (`declared_inputs_say_the_material`) a declared input's material words are read as their
            // material ("steel tubing" is Iron), and one that names a material the category does not presume
            // (polyester of a rope) says what the goods are made of, in place of the category's material inputs.
            let say_material = readings.t.goods_reading.declared_inputs_say_the_material;
            let mut declared_material = false;
            let mut replaced_by_declared: Vec<&str> = Vec::new();
            for text in &site.inputs {
                let mut goods: Vec<&str> = readings.goods_in(text).to_vec();
                if say_material {
                    let g = readings.site_goods(text);
                    // A material the category presumes (leather of boots) says nothing new: declaring it alone
                    // changes no score (disclosure never scores worse than silence, nor better for nothing).
                    declared_material |= g.materials.iter().any(|m| {
                        m.goods.is_empty()
                            || !category.is_some_and(|c| m.goods.iter().all(|x| c.typical_inputs.contains(x)))
                    });
                    goods.extend(g.material_goods());
                }
                for g in goods {
                    if !inputs.iter().any(|(x, _)| *x == g) {
                        inputs.push((g, true));
                    }
                }
            }
            // From 2022.13 (`unread_inputs_held`) a declared input the model reads nothing of ("cottn", "Baumwolle"),
            // where no category's typical inputs stand in its place, is goods the model cannot read, never dropped.
            let mut unread_inputs: Vec<&'a str> = Vec::new();
            if readings.t.goods_words.unread_inputs_held && (raw_material || category.is_none()) {
                for text in &site.inputs {
                    let unread = readings.goods_in(text).is_empty()
                        && readings.site_goods(text).materials.is_empty()
                        && readings.classify(None, text).is_none();
                    if unread && !text.trim().is_empty() {
                        unread_inputs.push(text.as_str());
                    }
                }
            }
            if let Some(c) = category {
                for g in &c.own_goods {
                    if !own_goods.contains(&g.as_str()) {
                        own_goods.push(g);
                    }
                }
                if !raw_material {
                    // A material the words name says what the goods are made of, in place of the category's
                    // (cotton gloves are not made of rubber; steel wire rope is no sisal).
                    let named_material = declared_material || !readings.site_goods(&site.goods).materials.is_empty();
                    for g in &c.typical_inputs {
                        let replaced = named_material && c.material_inputs.contains(g);
                        if replaced && declared_material {
                            replaced_by_declared.push(g.as_str());
                        }
                        if !replaced && !inputs.iter().any(|(x, _)| x == g) {
                            inputs.push((g, false));
                        }
                    }
                }
            }
            // A derived good's input is a typical input of it (2022.4: palm oil is made of palm fruit).
            if !raw_material {
                let t = readings.t;
                for (_, input) in t.inputs_of_goods.iter().filter(|(g, _)| own_goods.contains(&g.as_str())) {
                    if !own_goods.contains(&input.as_str()) && !inputs.iter().any(|(x, _)| x == input) {
                        inputs.push((input.as_str(), false));
                    }
                }
            }
            // The materials' goods are typical inputs of what the site makes, unless it makes them; so are the goods
            // of a form brought in (2022.12, above).
            // At a raw-material site only a form's goods brought in are (2022.15: "cobalt sulfate" made in Finland is
            // made of cobalt from elsewhere; empty before, and wherever the country lists the goods).
            let presumed: &[&str] = if raw_material { &[] } else { material_goods };
            for &g in presumed.iter().chain(&brought_in) {
                if !own_goods.contains(&g) && !inputs.iter().any(|(x, _)| *x == g) {
                    inputs.push((g, false));
                }
            }
            // From 2022.4 (`unread_goods_per_listing`) a declared input says what the goods contain, not what they are:
            // goods the model cannot read keep their fallback beside it, so that naming an input never lowers a
            // score (an input listed for one kind only left the other at nothing).
            // From 2022.6 (`head_noun_decides`) a material the words name says what the goods are made of, not what
            // they are: a head noun the model reads nothing of ("ceramic garden gnomes", "gnomes de jardin en
            // céramique") leaves the goods unread, the material's input beside the fallback, whatever the order.
            let read_inputs = if readings.t.goods_reading.head_noun_decides {
                inputs.iter().any(|(g, declared)| !declared && !material_goods.contains(g))
            } else if readings.t.weights.unread_goods_per_listing.is_some() {
                inputs.iter().any(|(_, declared)| !declared)
            } else {
                !inputs.is_empty()
            };
            // From 2022.7 (`material_alone_is_read`) words that name a material alone ("polyester fibre") are read.
            let material_alone = readings.site_goods(&site.goods).material_alone;
            // From 2022.13 (`unlisted_goods`) words that name a good no ILAB list carries ("wood pulp", "alumina") are
            // read: goods known to be on no list.
            let unlisted = readings.site_goods(&site.goods).unlisted;
            // From 2022.10 (`generic_keywords`) goods placed in a category only by a word of many senses ("pipe
            // fittings", "wall hooks"), naming no ILAB good and no material, are not known to be the category's goods:
            // they weigh as unread goods beside what the category presumes, never as goods known not to be listed.
            let generic = category.is_some()
                && named.is_empty()
                && material_goods.is_empty()
                && readings.t.placed_by_generic_word(site.classification.as_ref(), &site.goods);
            let mut unread =
                (category.is_none() && own_goods.is_empty() && !read_inputs && !material_alone && !unlisted) || generic;
            // From 2022.17 (`raw_material_items_read_alone`) a raw-material site whose words are a list scores at least
            // as each item does alone: the goods an item alone makes are made there too, those it brings in are
            // brought in, and a word of form on one item ("refined lead and tin", "cobalt and nickel salts") says the
            // dug material of each item that names one alone in that form as well. After the whole words are judged
            // read or not: an item never stands in the place of goods the model cannot read.
            if raw_material && readings.t.goods_forms.raw_material_items_read_alone {
                let held = unread_inputs.len();
                items_read_alone(readings, site, &mut own_goods, &brought_in, &mut inputs, &mut unread_inputs);
                // From 2022.18 (`raw_material_unread_items_held`) an item read as nothing holds the site as its goods
                // alone are held: unread, beside what the other items name.
                unread |= unread_inputs.len() > held;
            }
            // A warehouse or trader handles goods made elsewhere: they are inputs of unknown origin, not its own.
            if matches!(site.role, Role::Warehousing | Role::Trading) {
                for g in own_goods.drain(..) {
                    if !inputs.iter().any(|(x, _)| *x == g) {
                        inputs.push((g, true));
                    }
                }
            }
            let mut supplied = Vec::new();
            let mut has_suppliers = false;
            for j in graph.suppliers_of(i) {
                has_suppliers = true;
                let Some((c, g, materials)) = words.get(j) else { continue };
                supplied.extend(g.iter().chain(materials).map(|g| (*g, j)));
                if let Some(c) = c {
                    supplied.extend(c.own_goods.iter().map(|g| (g.as_str(), j)));
                }
            }
            // From 2022.11 (`unlisted_own_material_is_an_input`) a site that makes goods of a good grown, mined or
            // fished (ILAB's sectors other than Manufacturing) that ILAB lists elsewhere, but for neither kind in the
            // site's country, makes them of that good brought in, of unknown origin: chocolate bars made in Canada
            // are made of cocoa grown elsewhere, not of Canadian cocoa (2022.10 read them as the latter: low). A
            // manufactured good is what the site makes: its inputs are the category's.
            let t = readings.t;
            if t.unlisted_own_material_is_an_input
                && !raw_material
                && !matches!(site.role, Role::Warehousing | Role::Trading)
            {
                for &g in &own_goods {
                    let mut listed = t.listings_anywhere(g).peekable();
                    // From 2022.12 (`grown_where_kin_listed`) a country where ILAB lists a good of its kin, or that
                    // the model knows grows it, grows it: « bovins » made in Ghana are of Ghana's bovines.
                    if listed.peek().is_none() || t.grows(g, site.country) {
                        continue;
                    }
                    if listed.all(|l| !l.manufactured) && !inputs.iter().any(|(x, _)| *x == g) {
                        inputs.push((g, false));
                    }
                }
            }
            let open = inputs.iter().map(|(g, _)| *g).collect();
            let replaced = replaced_by_declared;
            SiteFacts {
                site,
                category,
                own_goods,
                inputs,
                supplied,
                open,
                replaced,
                has_suppliers,
                words_name_goods,
                unread,
                unread_inputs,
            }
        })
        .collect();
    // From 2022.6 (`input_reached_upstream`) a supplier that takes a good in (a declared or typical input of its own)
    // ships it on inside what it makes: a cathode maker that takes cobalt in supplies the cobalt of the batteries, a
    // spinning mill the cotton of the garments. The input is followed through declared intermediates to the site that
    // makes it, at any tier, and counted once (`score_site`, `established`).
    if readings.t.input_reached_upstream {
        let taken: Vec<Vec<&'a str>> = facts.iter().map(|f| f.inputs.iter().map(|(g, _)| *g).collect()).collect();
        for (i, f) in facts.iter_mut().enumerate() {
            for j in graph.suppliers_of(i) {
                for &g in taken.get(j).into_iter().flatten() {
                    if !f.supplied.contains(&(g, j)) {
                        f.supplied.push((g, j));
                    }
                }
            }
        }
    }
    facts
}

/// What the model reads of each site's goods words: its category's code, the ILAB goods it makes and its inputs
/// (declared or typical), as the engine reads them before scoring.
#[cfg(test)]
pub(super) fn site_readings(t: &Tables, d: &Declaration) -> Vec<(Option<String>, Vec<String>, Vec<String>)> {
    let graph = ChainGraph::build(&d.places_of_work);
    let mut readings = GoodsReadings::new(t);
    site_facts(d, &graph, &mut readings)
        .iter()
        .map(|f| {
            (
                f.category.map(|c| c.code.clone()),
                f.own_goods.iter().map(|g| g.to_string()).collect(),
                f.inputs.iter().map(|(g, _)| g.to_string()).collect(),
            )
        })
        .collect()
}

/// A site's words as read once ([`assess`]): its category, the ILAB goods it makes and its materials' goods.
type SiteWords<'a> = (Option<&'a Category>, Arc<[&'a str]>, Vec<&'a str>);

pub(super) fn assess(t: &Tables, d: &Declaration) -> Assessment {
    assess_reading(d, &mut GoodsReadings::new(t))
}

/// [`assess`] with the goods readings of earlier declarations at hand (the same model's): texts already read are
/// not read again, and what this declaration reads is kept for the next. The same assessment as [`assess`]'s.
pub(super) fn assess_reading<'a, 't: 'a>(d: &'a Declaration, readings: &mut GoodsReadings<'t>) -> Assessment {
    assess_listed(d, readings, &super::Listed::default())
}

/// [`assess_reading`] with the sites an officer confirmed on a forced-labour list ([`super::Listed`]): each is held
/// at 100 in the scoring pass ([`hold_listed`]), so that the sites it supplies carry its risk as any supplier's.
/// The number of sites from which the kinds of risk are scored on threads of their own ([`assess_listed`]).
const SITES_SCORED_SIDE_BY_SIDE: usize = 2_000;

pub(super) fn assess_listed<'a, 't: 'a>(
    d: &'a Declaration,
    readings: &mut GoodsReadings<'t>,
    listed: &super::Listed,
) -> Assessment {
    assess_listed_from(d, readings, listed, SITES_SCORED_SIDE_BY_SIDE)
}

/// [`assess_listed`], the kinds of risk scored on threads of their own from `side_by_side` sites.
fn assess_listed_from<'a, 't: 'a>(
    d: &'a Declaration,
    readings: &mut GoodsReadings<'t>,
    listed: &super::Listed,
    side_by_side: usize,
) -> Assessment {
    let t: &'a Tables = readings.t;
    let graph = ChainGraph::build(&d.places_of_work);
    let mut facts = site_facts(d, &graph, readings);

    let order = graph.upstream_first();
    for group in &order {
        // Inside a cycle, a first pass sees only suppliers outside the group (every input open until then).
        let passes = if group.len() > 1 { 2 } else { 1 };
        for _ in 0..passes {
            for &i in group {
                let Some(f) = facts.get(i) else { continue };
                let open: Vec<&str> = f
                    .inputs
                    .iter()
                    .map(|(g, _)| *g)
                    .filter(|g| {
                        let mut suppliers = f.supplied.iter().filter(|(s, _)| s == g).map(|(_, j)| *j).peekable();
                        suppliers.peek().is_none() || !suppliers.all(|j| established(t, &facts, j, g))
                    })
                    .collect();
                if let Some(f) = facts.get_mut(i) {
                    f.open = open;
                }
            }
        }
    }
    // Each kind of risk is scored through the chain on its own (no kind reads another's scores), so the kinds are
    // scored side by side, each with its own pool of factors (a pool only shares equal factors' memory: the output
    // is the same). A declaration of a few sites is scored on this thread (a thread costs more than it saves).
    let score_kind = |kind: RiskKind, pool: &mut FactorPool| {
        let mut scores: Vec<Option<Raw>> = vec![None; facts.len()];
        for group in &order {
            // Inside a cycle, a first pass sees only suppliers outside the group; the second sees the first's scores.
            let passes = if group.len() > 1 { 2 } else { 1 };
            for _ in 0..passes {
                let round: Vec<(usize, Raw)> = group
                    .iter()
                    .filter_map(|&i| {
                        let r = score_site(t, &facts, i, kind, &graph, &scores, d, pool)?;
                        Some((i, hold_listed(r, d, i, kind, listed, pool)))
                    })
                    .collect();
                for (i, r) in round {
                    if let Some(slot) = scores.get_mut(i) {
                        *slot = Some(r);
                    }
                }
            }
        }
        scores
    };
    let mut pool = FactorPool::default();
    let mut raw: HashMap<RiskKind, Vec<Option<Raw>>> = HashMap::new();
    if facts.len() < side_by_side {
        for kind in RiskKind::iter() {
            raw.insert(kind, score_kind(kind, &mut pool));
        }
    } else {
        std::thread::scope(|s| {
            let others: Vec<_> = RiskKind::iter()
                .skip(1)
                .map(|kind| {
                    let score_kind = &score_kind;
                    (kind, s.spawn(move || score_kind(kind, &mut FactorPool::default())))
                })
                .collect();
            if let Some(first) = RiskKind::iter().next() {
                raw.insert(first, score_kind(first, &mut pool));
            }
            for (kind, scoring) in others {
                // A panic in scoring goes on here, as it would have on this thread.
                raw.insert(kind, scoring.join().unwrap_or_else(|e| std::panic::resume_unwind(e)));
            }
        });
    }

    let mitigation = mitigation_share(t, d, graph.depth());
    let mut sites = Vec::with_capacity(facts.len());
    for (i, f) in facts.iter().enumerate() {
        let mut pair = Vec::new();
        for kind in RiskKind::iter() {
            let withheld = withheld_credit(t, d, kind);
            // Taken, not cloned: every site's raw factors and their mitigated copies were held at once.
            let r = raw.get_mut(&kind).and_then(|v| v.get_mut(i)).and_then(Option::take).unwrap_or(Raw {
                factors: vec![],
                total: 0.0,
                carry: 0.0,
                sum: 0.0,
                own: 0.0,
                forced_listed: false,
                floor: None,
                region: None,
                presumption: None,
                listed: Vec::new(),
            });
            // A site confirmed on a forced-labour list is not lowered by due diligence (`hold_listed`).
            if kind == RiskKind::ForcedLabour && !listed.of(f.site.site_id.as_str()).is_empty() {
                let score = round1(r.total.clamp(0.0, 100.0));
                pair.push(Score { score, band: Band::from_score(score), factors: r.factors });
                continue;
            }
            pair.push(mitigate(t, r, &mitigation, site_audit(t, f.site, d), kind, withheld, &mut pool));
        }
        let child = pair.pop().unwrap_or_else(Score::zero);
        let forced = pair.pop().unwrap_or_else(Score::zero);
        sites.push(SiteAssessment {
            site_id: f.site.site_id.clone(),
            site_name: f.site.site_name.clone(),
            tier: graph.tier(i),
            country: f.site.country,
            region: f.site.region.clone(),
            role: f.site.role,
            category: f.category.map(|c| c.code.clone()),
            risk: RiskPair { forced_labour: forced, child_labour: child },
        });
    }

    // The categories that have sites, in the model's order; their scores, and the declaration's, are derived from
    // the sites (`Assessment::summarise`, which screening calls again after a confirmed hit).
    let categories = t
        .categories
        .iter()
        .filter(|c| sites.iter().any(|s| s.category.as_deref() == Some(c.code.as_str())))
        .map(|c| CategoryAssessment {
            category: c.code.clone(),
            label_en: None,
            label_fr: None,
            risk: RiskPair::zero(),
        })
        .collect();
    let mut findings = findings(t, d, &graph, &facts);
    let undisclosed = undisclosed_origins(&sites, &findings);
    findings.extend(undisclosed);
    let mut a = Assessment { model_version: t.version.clone(), overall: RiskPair::zero(), sites, categories, findings };
    a.summarise(&mut pool);
    a
}

/// A site's raw forced-labour score with the confirmed forced-labour list entries on it ([`super::Listed`]): the
/// factor of each (the first brings the points to 100, put first: it is what makes the site critical) and what the
/// site carries to the sites it supplies with it — its points less its own country context, as any supplier's —
/// naming the entries. A site without one passes on the entries the supplier whose carried risk counts names.
fn hold_listed(
    mut r: Raw,
    d: &Declaration,
    i: usize,
    kind: RiskKind,
    listed: &super::Listed,
    pool: &mut FactorPool,
) -> Raw {
    if kind != RiskKind::ForcedLabour {
        return r;
    }
    let own = d.places_of_work.get(i).map(|s| listed.of(s.site_id.as_str())).unwrap_or_default();
    if own.is_empty() {
        // What the counted supplier carries of a listing comes down with its risk.
        r.listed = r
            .factors
            .iter()
            .find_map(|f| match f.reason() {
                Some(Reason::Upstream { listed, .. }) if !listed.is_empty() => Some(listed.clone()),
                _ => None,
            })
            .unwrap_or_default();
        return r;
    }
    let mut held = Vec::with_capacity(own.len());
    for (k, template) in own.iter().enumerate() {
        let add = if k == 0 { round1((100.0 - r.total).max(0.0)) } else { 0.0 };
        let mut f = template.clone();
        f.contribution = add;
        r.total += add;
        r.sum += add;
        r.own += add;
        if let Some(Reason::ScreeningHit { list, list_en, entry, .. }) = f.reason() {
            r.listed.push(ListedEntry { list: list.clone().unwrap_or_else(|| list_en.clone()), entry: entry.clone() });
        }
        held.push(pool.share(f));
    }
    r.total = round1(r.total.min(100.0));
    r.carry = r.own.clamp(0.0, 100.0);
    r.forced_listed = true;
    held.append(&mut r.factors);
    r.factors = held;
    r
}

/// Whether the supplier `j` establishes where the good `g` it ships comes from. A site that takes `g` in (a
/// trader's or warehouse's goods, a declared or typical input) passes on what its own suppliers establish, wherever
/// it is. A site that makes `g` is its origin only if it makes it from something (a raw-material site, or one that
/// names an input: a latex compounder that names none is not where the rubber comes from, nor a thread mill whose
/// cotton is only the category's typical input) in a country ILAB assesses:
/// a country ILAB does not assess, its row empty (China, Malaysia …) or absent (Canada, Singapore, Qatar …), is one
/// rule here as in the child-labour context, since the model knows no more of an origin there than of an unknown one —
/// except, from 2022.4, a country of an income group the model names (`origin_income_groups`: high-income countries,
/// outside ILAB's mandate, whose context is their group's estimate), which establishes an origin as an assessed
/// country does (`Tables::establishes_origin`). From 2022.4 (`origin_needs_known_inputs`) a maker establishes an
/// origin only when none of its own inputs is of unknown origin: the unknown stays a floor at every site downstream
/// rather than fading behind the maker's carried score.
fn established(t: &Tables, facts: &[SiteFacts], j: usize, g: &str) -> bool {
    facts.get(j).is_some_and(|s| open_because(t, s, g).is_none())
}

/// Why the supplier `s` does not establish where the good `g` it ships comes from ([`established`], whose rule this
/// is, in its order); `None` when it does.
fn open_because(t: &Tables, s: &SiteFacts, g: &str) -> Option<OpenBecause> {
    if s.inputs.iter().any(|(x, _)| *x == g) {
        return s.open.contains(&g).then_some(OpenBecause::PassesOnUnknown);
    }
    if matches!(s.site.role, Role::Warehousing | Role::Trading) {
        Some(OpenBecause::MakesNothing)
    } else if !t.establishes_origin(s.site.country) {
        Some(OpenBecause::NotAssessed)
    } else if !(matches!(s.site.role, Role::RawMaterial) || s.inputs.iter().any(|(_, declared)| *declared)) {
        Some(OpenBecause::NoDeclaredInput)
    } else if t.producer_only_where_grown
        && matches!(s.site.role, Role::RawMaterial)
        && grown_elsewhere(t, g)
        && !t.grows(g, s.site.country)
    {
        // From 2022.12 (`producer_only_where_grown`) a farm, mine or fishery of a good grown, mined or fished, declared
        // in a country that does not grow it, establishes nothing of where it comes from.
        Some(OpenBecause::NotGrownThere)
    } else if t.origin_needs_known_inputs && !s.open.is_empty() {
        Some(OpenBecause::OpenInputs)
    } else {
        None
    }
}

/// Whether ILAB lists the good `g` somewhere, and only as grown, mined or fished (no listing in its Manufacturing
/// sector): what a site elsewhere makes goods of, brought in.
fn grown_elsewhere(t: &Tables, g: &str) -> bool {
    let mut listed = t.listings_anywhere(g).peekable();
    listed.peek().is_some() && listed.all(|l| !l.manufactured)
}

/// A site's raw score for one kind of risk: its factors in a fixed order (own listed goods, country context, the
/// optional country index, the optional entity list, sub-national regions, the strongest input), capped by `finish`.
/// `forced_listed` records whether anything tied the site itself to a forced-labour listing.
#[allow(clippy::too_many_arguments)] // the site, where it stands in the chain, and the pool its factors go to
fn score_site(
    t: &Tables,
    facts: &[SiteFacts],
    i: usize,
    kind: RiskKind,
    graph: &ChainGraph,
    scores: &[Option<Raw>],
    d: &Declaration,
    pool: &mut FactorPool,
) -> Option<Raw> {
    let f = facts.get(i)?;
    let site = f.site;
    let country = site.country;
    let mut factors = Vec::new();
    let mut listed = false;

    let own_listed = listed_good_factor(t, f, kind).or_else(|| unread_as_listed_factor(t, f, kind));
    // From 2022.5 (`input_site_counted_once`) a derived listing of the site's own good counts its input's risk (Chinese
    // batteries, because of Congolese cobalt): a declared supplier of that input carries the same risk, so the two
    // never add up. The larger of the listing and what the input's suppliers carry counts, once.
    let input_suppliers: Vec<usize> = match own_listed.as_ref().map(|o| &o.reason) {
        Some(Explanation::Coded(Reason::DerivedGood { input, .. })) if t.input_site_counted_once => {
            // From 2022.6 (`input_reached_upstream`) a supplier of a good listed only because of the same input ships
            // that input on too: a wafer plant supplies the polysilicon of the modules, whatever it is read to take in.
            let carries = |g: &str| g == &**input || t.input_reached_upstream && derived_only_from(t, g, input, kind);
            let mut js: Vec<usize> = f.supplied.iter().filter(|(g, _)| carries(g)).map(|(_, j)| *j).collect();
            js.sort_unstable();
            js.dedup();
            js
        }
        _ => Vec::new(),
    };
    let carried_input = input_suppliers
        .iter()
        .filter_map(|&j| upstream_factor(t, j, scores, d))
        .reduce(|a, b| if b.contribution > a.contribution { b } else { a });
    if let Some(own) = own_listed {
        listed = true;
        match carried_input {
            Some(up) if up.contribution > own.contribution => factors.push(up),
            _ => factors.push(own),
        }
    }
    let data = t.countries.get(&country);
    let before_context = factors.len();
    match kind {
        RiskKind::ForcedLabour => factors.push(forced_context(t, country, data)),
        RiskKind::ChildLabour => factors.extend(child_context(t, country, data)),
    }
    factors.extend(country_index_factor(t, country, kind));
    factors.extend(listing_evidence_factor(t, country, kind));
    let context: f64 = factors.iter().skip(before_context).map(|f| f.contribution).sum();
    if let Some(entity) = listed_entity_factor(t, site, kind) {
        listed = true;
        factors.push(entity);
    }
    let regions = region_factors(t, site, kind);
    listed |= !regions.is_empty();
    let region_points: f64 = regions.iter().map(|f| f.contribution).sum();
    factors.extend(regions);
    let (input, local_listed, presumed) = strongest_input(t, facts, i, kind, graph, scores, d, &input_suppliers);
    listed |= local_listed;
    // The supplier whose carried risk counts, and how much of it (2022.10: the region's points it carries stay whole).
    let counted_upstream: Option<(SiteId, f64)> = input.as_ref().and_then(|f| match f.reason() {
        Some(Reason::Upstream { site, .. }) => Some((site.clone(), f.contribution)),
        _ => None,
    });
    factors.extend(input);
    // From 2022.10 (`silence_scores_as_the_worst_producer`) an input whose origin is not established holds the site at
    // what its riskiest producer would score on its own line: disclosing that producer would put its score in the
    // declaration. The points are not carried on (the producer's context counts at its line, were it disclosed).
    let mut presumed_points = 0.0;
    if let Some((good, p, l)) = presumed {
        let sum: f64 = factors.iter().map(|f| f.contribution).sum();
        if sum < p.score {
            presumed_points = round1(p.score - sum);
            factors.push(factor(
                Reason::PresumedProducer {
                    kind,
                    good: arc(good),
                    country: l.country,
                    listed: p.listed,
                    context: p.context,
                    score: p.score,
                    derived: l.derived_from.is_some(),
                },
                t.source_ref("ilab_goods", Some(l.line), None),
                1.0,
                presumed_points,
            ));
        }
    }
    // From 2022.10 (`region_presumption_carried`) a region's presumption comes down the chain from the supplier that
    // carries the highest floor of it: its points (× the decay) inside the carried risk that counts stay whole through
    // due diligence and the cap, and its floor (× the decay) holds the site.
    let carried_in = carried_presumption(t, graph, i, scores, d);
    let kept = match (&carried_in, &counted_upstream) {
        (Some((from, p)), Some((counted, contribution))) if from == counted => p.points.min(*contribution),
        _ => 0.0,
    };
    // A region's legal presumption holds the score at its floor, whatever the goods: the points that bring the sum
    // up to it are a factor of their own, so that the contributions still add up to the score.
    let own_floor = region_floor(t, site, kind);
    let unmitigated = region_points + kept;
    let region = (t.region_points_unmitigated && unmitigated > 0.0)
        .then(|| (unmitigated, factors.iter().map(|f| f.contribution).sum::<f64>() - unmitigated));
    let carried_floor = carried_in.as_ref().filter(|(_, p)| own_floor.is_none_or(|own| p.floor > own));
    let mut floor_points = 0.0;
    let mut floor = own_floor;
    if let Some((from, p)) = carried_floor {
        floor = Some(p.floor);
        let sum: f64 = factors.iter().map(|f| f.contribution).sum();
        // Said whether or not it raises the sum: due diligence may bring the score down to it, and the
        // explanation names the region that holds it there.
        floor_points = (p.floor - sum).max(0.0);
        factors.push(factor(
            Reason::PresumptionCarried { site: from.clone(), origin: p.origin.clone(), floor: p.floor },
            None,
            1.0,
            floor_points,
        ));
    } else if let Some(floor) = own_floor {
        let sum: f64 = factors.iter().map(|f| f.contribution).sum();
        if sum < floor {
            floor_points = floor - sum;
            factors.push(factor(
                Reason::RegionFloor { country, floor },
                t.source_ref("model", None, Some(arc("region_floor"))),
                1.0,
                floor - sum,
            ));
        }
    }

    let mut own: f64 = factors.iter().map(|f| f.contribution).sum::<f64>() - context - presumed_points;
    // From 2022.7 (`pass_through_carries_no_region`) a warehouse or a trader in a region, whose declared suppliers
    // establish the origin of every good it handles, keeps the region's points and floor on its own line and carries
    // on what it receives: the goods were made elsewhere. Where the origin is not established, they may be the
    // region's, and the points go down the chain.
    let passes_region_on = !(t.pass_through_carries_no_region
        && matches!(site.role, Role::Warehousing | Role::Trading)
        && f.has_suppliers
        && f.open.is_empty()
        && !f.unread);
    if !passes_region_on {
        own -= region_points + floor_points;
    }
    // What the site passes on of a region's presumption: its own region's, where it passes its points on, else what
    // came down to it (2022.10).
    let presumption = if !t.region_presumption_carried {
        None
    } else if let Some(origin) = region_origin(t, site, kind).filter(|_| passes_region_on) {
        Some(Presumption { points: region_points, floor: own_floor.unwrap_or(0.0), origin })
    } else {
        carried_in.map(|(_, p)| Presumption { points: kept, ..p })
    };
    let sum: f64 = factors.iter().map(|f| f.contribution).sum();
    let (factors, total) = finish(factors, pool);
    Some(Raw {
        factors,
        total,
        carry: own.clamp(0.0, 100.0),
        sum,
        own,
        forced_listed: listed && kind == RiskKind::ForcedLabour,
        floor,
        region,
        presumption,
        listed: Vec::new(),
    })
}

/// The region's presumption that comes down to site `i` (2022.10, `region_presumption_carried`): of its suppliers
/// that pass one on, the one with the highest floor (then the most points; the first declared among equals), its
/// floor and points × the tier decay, with the supplier's id. `None` in a model without the key.
fn carried_presumption(
    t: &Tables,
    graph: &ChainGraph,
    i: usize,
    scores: &[Option<Raw>],
    d: &Declaration,
) -> Option<(SiteId, Presumption)> {
    if !t.region_presumption_carried {
        return None;
    }
    let decay = t.weights.tier_decay;
    let mut best: Option<(SiteId, Presumption)> = None;
    for j in graph.suppliers_of(i) {
        let (Some(Some(up)), Some(sup)) = (scores.get(j), d.places_of_work.get(j)) else { continue };
        let Some(p) = &up.presumption else { continue };
        let carried =
            Presumption { points: round1(p.points * decay), floor: round1(p.floor * decay), origin: p.origin.clone() };
        if carried.floor <= 0.0 && carried.points <= 0.0 {
            continue;
        }
        let better = best
            .as_ref()
            .is_none_or(|(_, b)| carried.floor > b.floor || (carried.floor == b.floor && carried.points > b.points));
        if better {
            best = Some((sup.site_id.clone(), carried));
        }
    }
    best
}

/// The region of the model with a presumption (points or a floor) of this kind that names the site, as the chain
/// names it downstream: its country and its name (none for a region that is the whole country).
fn region_origin(t: &Tables, site: &PlaceOfWork, kind: RiskKind) -> Option<CarriedRegion> {
    t.regions
        .iter()
        .filter(|r| r.kind == kind && r.country == site.country.as_str() && (r.points > 0.0 || r.floor.is_some()))
        .find(|r| r.names_site(site).is_some())
        .map(|r| CarriedRegion {
            country: site.country,
            region: (!r.whole_country).then(|| r.names.first().map(|n| arc(&capitalised(n)))).flatten(),
        })
}

/// Whether the site makes nothing (a warehouse, a trader) and has a declared supplier: what it handles comes from
/// its suppliers (`pass_through_adds_no_country`, 2022.8).
fn makes_nothing_but_receives(f: &SiteFacts) -> bool {
    matches!(f.site.role, Role::Warehousing | Role::Trading) && f.has_suppliers
}

/// Whether ILAB lists the good for this kind only because of `input` (every listing of it a derived one naming that
/// input: photovoltaic wafers, ingots, solar cells and modules, because of polysilicon).
fn derived_only_from(t: &Tables, good: &str, input: &str, kind: RiskKind) -> bool {
    let mut listings = t.listings_anywhere(good).filter(|l| l.is(kind)).peekable();
    listings.peek().is_some() && listings.all(|l| l.derived_from.as_ref().is_some_and(|(i, _)| i == input))
}

/// The highest presumption floor (`Region::floor`) of the model's regions of this kind that name the site (its
/// region, else its city, as `region_factors` reads them); `None` when none does or none has a floor.
fn region_floor(t: &Tables, site: &PlaceOfWork, kind: RiskKind) -> Option<f64> {
    t.regions
        .iter()
        .filter(|r| r.kind == kind && r.country == site.country.as_str())
        .filter(|r| r.names_site(site).is_some())
        .filter_map(|r| r.floor)
        .reduce(f64::max)
}

/// The site's own goods on the ILAB list for its country (not for a warehouse or a trader): the heaviest listing,
/// a derived good weighing less than a listed one.
fn listed_good_factor(t: &Tables, f: &SiteFacts, kind: RiskKind) -> Option<Factor> {
    let w = &t.weights;
    let country = f.site.country;
    if matches!(f.site.role, Role::Warehousing | Role::Trading) {
        return None;
    }
    let mut best: Option<(&Listing, f64)> = None;
    // From 2022.10 (`kin_take_listings`) a good takes the listings of the goods it is a kind of and of its kinds
    // ("clay bricks" India's Bricks, "beef" Paraguay's Cattle); `Tables::kin` is empty before.
    for g in f.own_goods.iter().flat_map(|g| std::iter::once(*g).chain(t.kin_of(g))) {
        for l in t.listings_of(g, country).filter(|l| l.is(kind)) {
            let weight = if l.derived_from.is_some() { w.derived_good } else { w.listed_good };
            if best.is_none_or(|(_, b)| weight > b) {
                best = Some((l, weight));
            }
        }
    }
    let (l, weight) = best?;
    let reason = match &l.derived_from {
        Some((input, from)) => {
            Reason::DerivedGood { kind, good: arc(&l.good), country, input: arc(input), input_country: arc(from) }
        }
        None => Reason::ListedGood { kind, good: arc(&l.good), country },
    };
    Some(factor(reason, t.source_ref("ilab_goods", Some(l.line), None), weight, weight))
}

/// Goods the model reads nothing of (`SiteFacts::unread`), made in a country where ILAB lists goods of the kind, weigh
/// as the riskiest of those goods (2022.9, `unread_goods_take_worst_reading`): the listing's weight (`listed_good`, or
/// `derived_good` where the country's only listings of the kind are derived ones) in the place of a listed good of the
/// site's own, citing the listing (`Tables::riskiest_listing`). The fallback for their inputs (`unread_goods_factor`)
/// stays beside it and is at least what any listed good's typical inputs weigh undisclosed (the presumption, 51), so
/// that no reading of the goods made there, with the same suppliers, scores above them: "Baumwollhemden" made in
/// Dhaka weigh as garments made there (ILAB's listing, 60) with their textiles undisclosed. Not at a warehouse or a
/// trader, which makes nothing (no listed good of its own either); nothing where ILAB lists nothing of the kind in the
/// country (the fallback alone, as before), or in a model without the key.
fn unread_as_listed_factor(t: &Tables, f: &SiteFacts, kind: RiskKind) -> Option<Factor> {
    if !t.unread_goods_take_worst_reading || !f.unread || matches!(f.site.role, Role::Warehousing | Role::Trading) {
        return None;
    }
    let country = f.site.country;
    let l = t.riskiest_listing(country, kind)?;
    let weight = t.listing_weight(l);
    Some(factor(
        Reason::UnreadAsListed {
            kind,
            good: arc(&l.good),
            country,
            listings: t.listings_in(country, kind),
            derived: l.derived_from.is_some(),
        },
        t.source_ref("ilab_goods", Some(l.line), None),
        weight,
        weight,
    ))
}

/// Goods the model reads nothing of (`SiteFacts::unread`): what they are made of is unknown, and unknown is not
/// low. The model's fallback for them (`unread_goods` of its weights) is an input floor of each kind, weighed with the
/// other inputs and what suppliers carry (the largest counts); nothing in a model without one.
///
/// From 2022.4 (`unread_goods_per_listing`) the fallback follows the evidence of the site's country: each ILAB listing
/// of the kind in the country adds its points, the sum at most an undisclosed typical input's (a good known to be in
/// the goods and listed somewhere), so that goods made in North Korea are not read as goods made in Canada.
fn unread_goods_factor(t: &Tables, f: &SiteFacts, kind: RiskKind) -> Option<Factor> {
    let w = &t.weights;
    // From 2022.13 (`unread_inputs_held`) a declared input the model reads nothing of is such goods too, named by its
    // own words, where the site's goods are read.
    let unread_input = f.unread_inputs.first().filter(|_| !f.unread);
    // From 2022.18 (`raw_material_unread_items_held`) an item of the site's list held as unread is named by its words
    // ("refined lead" of "refined lead and tin"), not the whole list's.
    let item = t
        .goods_forms
        .raw_material_unread_items_held
        .then(|| f.unread_inputs.iter().find(|w| f.site.goods.contains(**w)));
    let unread_input = unread_input.or(item.flatten());
    let base = w.unread_goods.filter(|_| f.unread || unread_input.is_some())?;
    // From 2022.8 (`unread_goods_presumed_worst`) goods the model cannot read weigh at least the presumption of an
    // undisclosed listed input (a listed good × the tier decay, 51): unknown goods are never lighter than an unknown
    // input ("Baumwollhemden" never below "cotton shirts").
    let base = if t.unread_goods_presumed_worst { base.max(round1(w.listed_good * w.tier_decay)) } else { base };
    // From 2022.6 the goods are named by the words the model reads nothing of, without the material words beside
    // them ("garden gnomes", of "ceramic garden gnomes"): the material is read, and its input is a factor of its own.
    let words = unread_input.copied().unwrap_or(f.site.goods.as_str());
    let goods = if t.goods_reading.head_noun_decides { arc(&t.without_materials(words)) } else { arc(words) };
    // From 2022.7 the material words are named too ("steel" of "steel bolts"): the material is read.
    let made_of = t.goods_reading.unread_names_material.then(|| t.material_words(words)).flatten().map(|m| arc(&m));
    // From 2022.8 (`pass_through_adds_no_country`) a warehouse or a trader with a declared supplier makes nothing: its
    // country's listings are no evidence of what its goods are made of, and the fallback stays at its base.
    let passes_on = t.pass_through_adds_no_country && makes_nothing_but_receives(f);
    let per = w.unread_goods_per_listing.filter(|_| !passes_on);
    let Some(per) = per else {
        let reason = Reason::UnreadGoods { goods, made_of, country: None, kind: None, listings: None };
        return Some(factor(reason, t.source_ref("model", None, Some(arc("unread_goods"))), base, base));
    };
    let country = f.site.country;
    let listings = t.listings_in(country, kind);
    let most = w.unread_goods_max.unwrap_or(w.undisclosed_typical_input).max(base);
    let points = (base + per * f64::from(listings)).min(most);
    Some(factor(
        Reason::UnreadGoods { goods, made_of, country: Some(country), kind: Some(kind), listings: Some(listings) },
        t.source_ref("model", None, Some(arc("unread_goods"))),
        per,
        points,
    ))
}

/// An optional country index the user supplied (e.g. the Global Slavery Index), for the kind it measures.
fn country_index_factor(t: &Tables, country: CountryCode, kind: RiskKind) -> Option<Factor> {
    let (spec, values) = t.country_index.as_ref()?;
    let v = values.get(&country).filter(|_| spec.kind == kind)?;
    let points = round1((v.value * spec.points_per_unit).min(spec.max_points));
    (points > 0.0).then(|| {
        factor(
            Reason::CountryIndex {
                country,
                value: v.value,
                measure_en: arc(&spec.measure_en),
                measure_fr: arc(&spec.measure_fr),
            },
            t.source_ref("country_index", Some(v.line), None),
            spec.points_per_unit,
            points,
        )
    })
}

/// The forced-labour evidence of ILAB's goods list for the site's country (`ListingEvidence`, 2022.6): points for
/// each good ILAB lists for forced labour there, up to the model's most; part of the country's context, counted once
/// at the site's own line. Nothing in a model without it, for child labour, or where ILAB lists nothing.
fn listing_evidence_factor(t: &Tables, country: CountryCode, kind: RiskKind) -> Option<Factor> {
    let e = t.forced_listing_evidence.as_ref().filter(|_| kind == RiskKind::ForcedLabour)?;
    let listings = t.listings_in(country, kind);
    let points = round1((e.points_per_listing * f64::from(listings)).min(e.max_points));
    (points > 0.0).then(|| {
        factor(
            Reason::CountryIndex {
                country,
                value: f64::from(listings),
                measure_en: arc(&e.measure_en),
                measure_fr: arc(&e.measure_fr),
            },
            t.source_ref("ilab_goods", None, None),
            e.points_per_listing,
            points,
        )
    })
}

/// An optional entity list (forced labour): the site or its operator named on it.
fn listed_entity_factor(t: &Tables, site: &PlaceOfWork, kind: RiskKind) -> Option<Factor> {
    if kind != RiskKind::ForcedLabour {
        return None;
    }
    let (spec, entity) = listed_entity(t, site)?;
    let list = entity_list_name(t);
    Some(factor(
        Reason::ListedEntity { entity: arc(&entity.name), list: arc(&list) },
        t.source_ref("entity_list", Some(entity.line), None),
        spec.points,
        spec.points,
    ))
}

/// The model's sub-national regions of the site's country whose names its declared region contains.
fn region_factors<'t>(t: &'t Tables, site: &'t PlaceOfWork, kind: RiskKind) -> Vec<Factor> {
    let country = site.country;
    // The declared region, else the city: a site in Ürümqi or Kashgar is in Xinjiang whether or not it says so (and
    // every site of a country that is one region, North Korea, is in it).
    let named = |r: &'t super::model::Region| r.names_site(site);
    t.regions
        .iter()
        .filter(|r| r.kind == kind && r.country == country.as_str())
        .filter_map(|r| named(r).map(|text| (r, text)))
        .map(|(r, region_text)| {
            factor(
                Reason::Region {
                    country,
                    label_en: arc(&r.label_en),
                    label_fr: arc(&r.label_fr),
                    // How the site's text was read, where not as written (from 2022.13): `ΗΟΤΑΝ` as `HOTAN`.
                    read: r.reading_of(site),
                },
                Some(SourceRef {
                    dataset: arc("model.toml"),
                    edition: arc(&r.source),
                    edition_fr: r.source_fr.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(arc),
                    line: None,
                    // A region that is the whole country is named by no text of the site.
                    entry: (!r.whole_country).then(|| arc(region_text)),
                    row: None,
                }),
                r.points,
                r.points,
            )
        })
        .collect()
}

/// What the supplier `j` carries to the site it ships to: its score before due diligence — the declaration's
/// practices are counted once, at the site the risk arrives at, not compounded tier by tier — without its own country
/// context, which counts once, at its own line (a chain of Canadian tiers does not add Canada's context at every
/// tier), decayed; `None` when it carries nothing.
///
/// The contribution is what it carries × the decay, rounded once (as every shipped model scores it). The explanation
/// shows its parts so that they add up ([`carried_parts`]): the score (or, where the points pass 100, the points),
/// less the context, is what is carried; what is carried × the decay, rounded, is the contribution; a carry capped
/// at 100 says so.
fn upstream_factor(t: &Tables, j: usize, scores: &[Option<Raw>], d: &Declaration) -> Option<Factor> {
    let w = &t.weights;
    let (Some(Some(up)), Some(sup)) = (scores.get(j), d.places_of_work.get(j)) else { return None };
    let contribution = round1(up.carry * w.tier_decay);
    (contribution > 0.0).then(|| {
        let parts = carried_parts(up, w.tier_decay, contribution);
        factor(
            Reason::Upstream {
                site: sup.site_id.clone(),
                decay: w.tier_decay,
                score: Some(round1(up.total)),
                context: (parts.context > 0.0).then_some(parts.context),
                points: parts.points,
                carried: Some(parts.carried),
                capped: up.own > 100.0,
                presumption: up.presumption.as_ref().map(|p| p.origin.clone()),
                listed: up.listed.clone(),
            },
            None,
            w.tier_decay,
            contribution,
        )
    })
}

/// The numbers an upstream factor shows, each of one decimal ([`carried_parts`]).
struct CarriedParts {
    /// The supplier's points before due diligence where they pass 100 (its score is capped at 100).
    points: Option<f64>,
    /// The points of its own country context left out of what it carries.
    context: f64,
    /// What it carries, before the decay.
    carried: f64,
}

/// The rule by which an upstream factor's numbers add up, though each is rounded to one decimal: what is carried is
/// shown as the number of one decimal nearest the true carry whose product by `decay`, rounded to one decimal, is the
/// factor's `contribution` (one always lies within 0.1 / `decay` of it); the context shown is the score (or the
/// points past 100) less what is carried, so that the subtraction is exact. A product on a tie (x.x5) is the
/// contribution rounded either way: the contribution is the true carry's product rounded, and a true carry a hair
/// below its tenth (a sum of factors) rounds the tie down, so that its tenth, the carry shown, fits too. A true context
/// of 0 is so shown, the whole score carried (it showed 0.1 where a tie's neighbour was taken). A carry capped at 100
/// is shown as 100, beside the context as it is. Scores never change by it: only the words of the explanation.
fn carried_parts(up: &Raw, decay: f64, contribution: f64) -> CarriedParts {
    let points = (up.sum > 100.0).then(|| round1(up.sum));
    let base = points.unwrap_or_else(|| round1(up.total));
    let context = round1(up.sum - up.own).max(0.0);
    if up.own > 100.0 {
        return CarriedParts { points, context, carried: 100.0 };
    }
    let nearest = round1(up.carry);
    let fits = |c: f64| c >= 0.0 && c <= base && (c * decay - contribution).abs() <= 0.05 + 1e-9;
    let candidates = [0.0, -0.1, 0.1, -0.2, 0.2].map(|step| round1(nearest + step));
    // The nearest that fits and leaves the context as it rounds, else the nearest that fits.
    let carried = candidates
        .into_iter()
        .find(|&c| fits(c) && round1(base - c) == context)
        .or_else(|| candidates.into_iter().find(|&c| fits(c)))
        .unwrap_or(nearest);
    CarriedParts { points, context: round1(base - carried).max(0.0), carried }
}

/// The riskiest producer of an input whose origin is not established (2022.10): the input, the producer, its listing.
type Presumed<'t> = (&'t str, &'t PresumedProducer, &'t Listing);

/// Inputs: the strongest of what the suppliers carry (their scores before due diligence without their own country
/// context, decayed), the floor of each input (a listed good of the site's own country, whatever is declared;
/// else a good listed anywhere, unless the declaration establishes its origin: `SiteFacts::open`) and the fallback of
/// goods the model cannot read (`unread_goods_factor`), and whether an input is listed in the site's own country
/// (which ties the site itself to the listing). The suppliers `apart` carry an input a derived listing of the site's
/// own good already counts: `score_site` weighs them against that listing, never beside it.
#[allow(clippy::too_many_arguments)] // the site, where it stands in the chain, and the suppliers weighed elsewhere
fn strongest_input<'t>(
    t: &'t Tables,
    facts: &[SiteFacts<'t>],
    i: usize,
    kind: RiskKind,
    graph: &ChainGraph,
    scores: &[Option<Raw>],
    d: &Declaration,
    apart: &[usize],
) -> (Option<Factor>, bool, Option<Presumed<'t>>) {
    let Some(f) = facts.get(i) else { return (None, false, None) };
    // From 2022.10 the riskiest producer of the inputs whose origin is not established (`PresumedProducer`).
    let mut presumed: Option<Presumed<'t>> = None;
    let w = &t.weights;
    let country = f.site.country;
    let mut local_listed = false;
    let mut best_input: Option<Factor> = None;
    let mut consider = |f: Factor| {
        if best_input.as_ref().is_none_or(|b| f.contribution > b.contribution) {
            best_input = Some(f);
        }
    };
    // The suppliers of an input a derived listing of the site's good counts are weighed with that listing
    // (`score_site`), not here.
    for j in graph.suppliers_of(i).filter(|j| !apart.contains(j)) {
        if let Some(up) = upstream_factor(t, j, scores, d) {
            consider(up);
        }
    }
    // Inputs a derived listing of the site's own goods names (batteries listed because of cobalt): the listing
    // counts the input's risk, its floor does not count it again (2022.4: `derived_input_counted_once`).
    let derived: Vec<&str> =
        if t.derived_input_counted_once && !matches!(f.site.role, Role::Warehousing | Role::Trading) {
            f.own_goods
                .iter()
                .flat_map(|g| t.listings_of(g, country))
                .filter(|l| l.is(kind))
                .filter_map(|l| l.derived_from.as_ref().map(|(input, _)| input.as_str()))
                .collect()
        } else {
            Vec::new()
        };
    // … and the inputs listed only because of the same input (wafers, because of polysilicon, in solar modules).
    let counted = |g: &str| {
        derived.contains(&g) || {
            let mut listings = t.listings_anywhere(g).filter(|l| l.is(kind)).peekable();
            listings.peek().is_some()
                && listings.all(|l| l.derived_from.as_ref().is_some_and(|(input, _)| derived.contains(&input.as_str())))
        }
    };
    for (g, declared) in &f.inputs {
        if counted(g) {
            continue;
        }
        // A declared supplier of the input carries its own risk (above). It takes the place of the input's
        // unknown-origin floor only where every supplier of it establishes its origin (`established`: made from
        // something in a country ILAB assesses, or passed on from such a site), never where the origin is as unknown
        // as before (a pass-through site, or a country ILAB does not assess, its row empty or absent). A listing in
        // the site's own country stays whatever is declared: one declared tier does not show that all of the input
        // comes from elsewhere. So disclosing more never lowers a score unless it establishes an origin.
        let supplied = f.supplied.iter().any(|(s, _)| s == g);
        let covered = !f.open.contains(g);
        if !covered
            && t.silence_scores_as_the_worst_producer
            && let Some((p, l)) = presumed_producer_of(t, g, kind)
            && presumed.is_none_or(|(_, b, _)| p.score > b.score)
        {
            presumed = Some((*g, p, l));
        }
        // The declared suppliers of it that leave its origin unknown, and why: the factor names them.
        let mut open_suppliers: Vec<OpenSupplier> = Vec::new();
        for (_, j) in f.supplied.iter().filter(|(s, _)| s == g) {
            let because = facts.get(*j).and_then(|s| open_because(t, s, g).map(|b| (s, b)));
            if let Some((s, because)) = because
                && !open_suppliers.iter().any(|o| o.site == s.site.site_id)
            {
                // The region whose presumption applies to the supplier is named with its country (Xinjiang, not
                // only China).
                let region = region_origin(t, s.site, RiskKind::ForcedLabour).and_then(|o| o.region);
                open_suppliers.push(OpenSupplier {
                    site: s.site.site_id.clone(),
                    country: s.site.country,
                    because,
                    region,
                });
            }
        }
        // A site that makes nothing (2022.6: `pass_through_adds_nothing`) passes on what its declared suppliers carry:
        // where they establish the good's origin, the good comes from there, not from the site's own country (whose
        // context still counts once, at its own line), and no floor of its own is added. Where they do not (or none
        // is declared), the origin is unknown, and may be its own country: the local listing stays.
        if covered && t.pass_through_adds_nothing && matches!(f.site.role, Role::Warehousing | Role::Trading) {
            continue;
        }
        // From 2022.8 (`pass_through_adds_no_country`) one with a declared supplier takes no floor of its own
        // country's listing even where its suppliers leave the origin unknown: it makes nothing there, and what they
        // leave unknown is the presumption of an undisclosed input below, as for any site.
        let passes_on = t.pass_through_adds_no_country && makes_nothing_but_receives(f);
        let local: Option<&Listing> = t.listings_of(g, country).find(|l| l.is(kind)).filter(|_| !passes_on);
        if let Some(l) = local {
            local_listed = true;
            consider(factor(
                Reason::LocalInput { kind, good: arc(g), country, declared: *declared, supplied },
                t.source_ref("ilab_goods", Some(l.line), None),
                w.local_input,
                w.local_input,
            ));
            continue;
        }
        if covered {
            continue;
        }
        let listed: Vec<&Listing> = t.listings_anywhere(g).filter(|l| l.is(kind)).collect();
        if let Some(first) = listed.first() {
            let weight = if *declared { w.undisclosed_declared_input } else { w.undisclosed_typical_input };
            // With `undisclosed_presumed_worst` (from 2022.7, see its card; off before) the input is
            // presumed to come from the worst country where ILAB lists it: what a producer there would carry to this
            // site (its listing, × the tier decay), so that silence never scores below disclosing it. The source
            // cited is then that listing.
            let worst = listed
                .iter()
                .map(|l| (l, if l.derived_from.is_some() { w.derived_good } else { w.listed_good }))
                .reduce(|a, b| if b.1 > a.1 { b } else { a });
            let presumed = worst
                .map(|(l, points)| (l, round1(points * w.tier_decay)))
                .filter(|(_, points)| t.undisclosed_presumed_worst && *points > weight);
            let (line, points) = presumed.map_or((first.line, weight), |(l, points)| (l.line, points));
            let countries: Vec<Arc<str>> = listed.iter().map(|l| arc(&l.country_name)).collect();
            consider(factor(
                Reason::UndisclosedInput {
                    kind,
                    good: arc(g),
                    declared: *declared,
                    countries,
                    listings: u32::try_from(listed.len()).unwrap_or(u32::MAX),
                    supplied,
                    presumed: presumed.is_some(),
                    suppliers: open_suppliers,
                },
                t.source_ref("ilab_goods", Some(line), None),
                weight,
                points,
            ));
        }
    }
    // From 2022.11 (`replaced_material_keeps_presumption`) a declared material listed for the kind, of unknown
    // origin, that replaced the category's materials leaves their riskiest producer in the presumption: it says the
    // goods hold a good at risk, never a safer one than the category presumes.
    if t.replaced_material_keeps_presumption
        && t.silence_scores_as_the_worst_producer
        && !f.replaced.is_empty()
        && f.inputs.iter().any(|(g, declared)| {
            *declared
                && f.open.contains(g)
                && !f.category.is_some_and(|c| c.typical_inputs.iter().any(|x| x == g))
                && t.listings_anywhere(g).any(|l| l.is(kind))
        })
    {
        for &g in &f.replaced {
            if let Some((p, l)) = presumed_producer_of(t, g, kind)
                && presumed.is_none_or(|(_, b, _)| p.score > b.score)
            {
                presumed = Some((g, p, l));
            }
        }
    }
    // Goods the model reads nothing of: their inputs are unknown, the model's fallback their floor.
    if let Some(unread) = unread_goods_factor(t, f, kind) {
        consider(unread);
    }
    // From 2022.12 (`unread_goods_held_at_worst_producer`) goods the model reads nothing of may be any goods of its
    // catalogue: they are held at the riskiest producer of any category's typical inputs, never below the same goods
    // named ("Baumwollhemden" made in Germany below "cotton shirts", held at their cotton's producer).
    if t.unread_goods_held_at_worst_producer
        && t.silence_scores_as_the_worst_producer
        && (f.unread || !f.unread_inputs.is_empty())
    {
        for g in t.categories.iter().flat_map(|c| &c.typical_inputs) {
            if let Some((p, l)) = presumed_producer_of(t, g, kind)
                && presumed.is_none_or(|(_, b, _)| p.score > b.score)
            {
                presumed = Some((g.as_str(), p, l));
            }
        }
    }
    (best_input, local_listed, presumed)
}

/// The riskiest producer of the good `g` for `kind` and its listing (`Tables::presumed_producers`), if ILAB lists it.
fn presumed_producer_of<'t>(t: &'t Tables, g: &str, kind: RiskKind) -> Option<(&'t PresumedProducer, &'t Listing)> {
    let k = usize::from(kind == RiskKind::ChildLabour);
    let producer = t.presumed_producers.get(g).and_then(|a| a.get(k)).and_then(Option::as_ref)?;
    t.listings.get(producer.listing).map(|l| (producer, l))
}

/// The riskiest producer of every good ILAB lists, for each kind ([`PresumedProducer`], 2022.10,
/// `silence_scores_as_the_worst_producer`): of the countries where ILAB lists the good (for either kind), the one
/// where a raw-material producer of it would score the most on its own line — the listing's points where it is
/// listed for the kind, and the country's context of the kind — the first in ILAB's list among equals.
/// Read once, when the model loads.
pub(super) fn presumed_producers(t: &Tables) -> HashMap<String, [Option<PresumedProducer>; 2]> {
    let mut out: HashMap<String, [Option<PresumedProducer>; 2]> = HashMap::new();
    let mut contexts: HashMap<(CountryCode, RiskKind), f64> = HashMap::new();
    for (i, l) in t.listings.iter().enumerate() {
        // A producer where ILAB lists the good for one kind has its country's context of the other kind too: a
        // Chinese polysilicon plant's child-labour context (13.1) is on its own line, listed or not.
        for (k, kind) in [RiskKind::ForcedLabour, RiskKind::ChildLabour].into_iter().enumerate() {
            let context = *contexts.entry((l.country, kind)).or_insert_with(|| context_points(t, l.country, kind));
            let listed = if l.is(kind) { t.listing_weight(l) } else { 0.0 };
            let score = round1((listed + context).min(100.0));
            let slot = out.entry(l.good.clone()).or_default().get_mut(k);
            if let Some(slot) = slot
                && slot.as_ref().is_none_or(|p| score > p.score)
            {
                *slot = Some(PresumedProducer { listing: i, listed, context, score });
            }
        }
    }
    // From 2022.12 (`presumed_producer_of_kin`) a good's riskiest producer is the riskiest of it and its kin, whose
    // listings a site of it reads: « bovins » (Cattle) and "Bovines" are presumed from one producer.
    if t.presumed_producer_of_kin {
        let own = out.clone();
        for (good, slots) in &mut out {
            for (k, slot) in slots.iter_mut().enumerate() {
                for kin in t.kin_of(good) {
                    let Some(p) = own.get(kin).and_then(|a| a.get(k)).and_then(Option::as_ref) else { continue };
                    if slot.as_ref().is_none_or(|s| p.score > s.score) {
                        *slot = Some(p.clone());
                    }
                }
            }
        }
    }
    out
}

/// A country's context for a kind, in points, as a site there counts it at its own line (`score_site`): the ILO
/// region and ILAB's listings for forced labour, ILAB's findings or their fallbacks for child labour, a country index.
fn context_points(t: &Tables, country: CountryCode, kind: RiskKind) -> f64 {
    let data = t.countries.get(&country);
    let mut factors = match kind {
        RiskKind::ForcedLabour => vec![forced_context(t, country, data)],
        RiskKind::ChildLabour => child_context(t, country, data),
    };
    factors.extend(country_index_factor(t, country, kind));
    factors.extend(listing_evidence_factor(t, country, kind));
    round1(factors.iter().map(|f| f.contribution).sum())
}

/// The forced-labour context of a country: the ILO regional prevalence of its ILO region (from its M49 sub-region,
/// `CountryCode::ilo_region`, whether or not ILAB assesses it; ILAB's own region only for a country without one),
/// × `forced_context_per_prevalence` points per 1 in 1,000; the world prevalence, named as such and weighed alike,
/// only where no ILO region or no estimate for it is known.
fn forced_context(t: &Tables, country: CountryCode, data: Option<&CountryData>) -> Factor {
    let per = t.weights.forced_context_per_prevalence;
    let e = t.forced_estimate(country, data.and_then(|c| c.region.as_deref()));
    let (reason, entry) = match (&e.ilo_region, e.regional) {
        (Some(ilo), true) => (
            Reason::ForcedPrevalence { country, ilo_region: arc(ilo), prevalence: e.prevalence, per: Some(per) },
            format!("forced_labour_prevalence/{ilo}"),
        ),
        (ilo, _) => (
            Reason::WorldPrevalence {
                country,
                because: if ilo.is_some() { WorldBecause::NoEstimate } else { WorldBecause::NoRegion },
                ilo_region: ilo.as_deref().map(arc),
                prevalence: e.prevalence,
                per: Some(per),
            },
            "forced_labour_prevalence/World".to_string(),
        ),
    };
    factor(reason, t.source_ref("ilo_regional", None, Some(arc(&entry))), per, e.points)
}

/// The child-labour context of a country: ILAB's advancement level and share of working children. What ILAB does
/// not give is never read as zero, and a country ILAB does not assess is one rule whether its row is empty (China,
/// Malaysia …) or absent (Canada, Qatar, Singapore …): a missing level takes the points of a country ILAB has not
/// assessed (`No Assessment`), and a missing share the ILO–UNICEF estimate of its region, each as a factor of its own
/// that names the fallback and its source.
fn child_context(t: &Tables, country: CountryCode, data: Option<&CountryData>) -> Vec<Factor> {
    let w = &t.weights;
    let share_points = |share: f64| (share * w.child_context_per_working_share).min(w.child_context_share_cap);
    let mut out = Vec::new();
    let unassessed_src = || {
        t.source_ref("model", None, Some(arc(&format!("child_context_advancement/{}", super::model::NO_ASSESSMENT))))
    };
    let unassessed = |level: Option<&str>| {
        factor(
            Reason::UnassessedLevel { country, level: level.map(arc) },
            unassessed_src(),
            1.0,
            round1(t.unassessed_advancement),
        )
    };
    // ILAB gives no level the model weighs (its row empty or absent): a country of an income group the model names
    // (2022.3: high income, outside ILAB's mandate) takes its group's estimate in place of both fallbacks.
    let weighed_level = data.and_then(|c| c.advancement.as_deref()).and_then(|l| t.advancement_points(l));
    let income = if weighed_level.is_none() { t.income_estimate(country) } else { None };
    if let Some(c) = data {
        let ilab_src = || t.source_ref("ilab_countries", Some(c.line), None);
        let weighed = c.advancement.as_deref().and_then(|l| t.advancement_points(l).map(|p| (l, p)));
        if let (Some((level, adv)), Some(share)) = (weighed, c.working_children_share) {
            return vec![factor(
                Reason::ChildContext { country, level: Some(arc(level)), share: Some(share3(share)) },
                ilab_src(),
                1.0,
                round1(adv + share_points(share)),
            )];
        }
        match weighed {
            Some((level, adv)) => out.push(factor(
                Reason::ChildContext { country, level: Some(arc(level)), share: None },
                ilab_src(),
                1.0,
                round1(adv),
            )),
            None if income.is_some() => {}
            None => out.push(unassessed(c.advancement.as_deref())),
        }
        if let Some(share) = c.working_children_share {
            out.push(factor(
                Reason::ChildContext { country, level: None, share: Some(share3(share)) },
                ilab_src(),
                w.child_context_per_working_share,
                round1(share_points(share)),
            ));
            return out;
        }
    } else if income.is_none() {
        // No row at all: ILAB assesses the country no more than one whose row is empty, and the same points apply.
        out.push(unassessed(None));
    }
    if let Some(e) = income {
        out.push(factor(
            Reason::IncomeEstimate { country, in_ilab: data.is_some(), group: arc(e.group), share: share3(e.share) },
            t.source_ref("ilo_regional", None, Some(arc(&format!("child_labour_share_5_17_income/{}", e.group)))),
            w.child_context_per_working_share,
            round1(share_points(e.share)),
        ));
        return out;
    }
    let e = t.regional_child_estimate(country);
    out.push(factor(
        Reason::RegionalEstimate {
            country,
            in_ilab: data.is_some(),
            region: e.region.map(arc),
            share: share3(e.share),
        },
        t.source_ref(
            "ilo_regional",
            None,
            Some(arc(&format!("child_labour_share_5_17/{}", e.region.unwrap_or("World")))),
        ),
        w.child_context_per_working_share,
        round1(share_points(e.share)),
    ));
    out
}

/// A region's first name as a name (`xinjiang` → `Xinjiang`).
pub(super) fn capitalised(name: &str) -> String {
    let mut chars = name.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// The entity list by its edition (a model that has one must record it: `model check` refuses a blank edition).
fn entity_list_name(t: &Tables) -> String {
    t.sources
        .get("entity_list")
        .map(|s| s.edition.trim())
        .filter(|e| !e.is_empty())
        // No edition: empty, which the edge says as "the model's entity list" in the reader's language.
        .map_or_else(String::new, str::to_string)
}

/// The entity of the model's entity list that names this site or its operator, if any.
fn listed_entity<'t>(t: &'t Tables, site: &PlaceOfWork) -> Option<(&'t EntityListSpec, &'t Entity)> {
    let (spec, entities) = t.entity_list.as_ref()?;
    let names: Vec<String> = [Some(site.site_name.as_str()), site.operator.as_deref()]
        .into_iter()
        .flatten()
        .flat_map(|n| entity_keys(n, Some(site.country)))
        .collect();
    entities
        .iter()
        .filter(|e| e.country.is_none_or(|c| c == site.country))
        .find(|e| e.keys.iter().any(|k| names.contains(k)))
        .map(|e| (spec, e))
}

fn site_audit(t: &Tables, site: &PlaceOfWork, d: &Declaration) -> f64 {
    let recent = site.last_audit_date.is_some_and(|date| {
        d.supplier.declaration_date.checked_sub_months(Months::new(24)).is_some_and(|limit| date >= limit)
            && date <= d.supplier.declaration_date
    });
    if recent && site.audit_standard.as_deref().is_some_and(|s| !s.trim().is_empty()) {
        t.mitigation.site_audit
    } else {
        0.0
    }
}

/// Whether the chain counts as mapped to the depth the supplier claims (`claimed` tiers) when `shown` tiers are
/// present in the declaration. From 2022.6 (`traceability_by_disclosed_depth`) the credit follows what is disclosed:
/// the chain shown must reach the claim, never a claim deeper than the chain shown. Before, it was the other way
/// round (a claim of six tiers over one shown earned it; four shown over a claim of three did not).
fn mapped(t: &Tables, claimed: u32, shown: u32) -> bool {
    if t.traceability_by_disclosed_depth { claimed > 0 && shown >= claimed } else { shown > 0 && claimed >= shown }
}

fn mitigation_share(t: &Tables, d: &Declaration, depth: u32) -> Vec<(Practice, f64)> {
    let m = &t.mitigation;
    let dd = &d.due_diligence;
    [
        (dd.policy, Practice::Policy, m.policy),
        (dd.supplier_code, Practice::SupplierCode, m.supplier_code),
        (dd.risk_assessment, Practice::RiskAssessment, m.risk_assessment),
        (dd.social_audit, Practice::SocialAudit, m.social_audit),
        (dd.grievance_mechanism, Practice::GrievanceMechanism, m.grievance_mechanism),
        (dd.remediation, Practice::Remediation, m.remediation),
        (dd.traceability_tiers.map(|n| mapped(t, n, depth)), Practice::TraceabilityTiers, m.traceability_tiers),
        (dd.training, Practice::Training, m.training),
        (dd.s211_report, Practice::S211Report, m.s211_report),
    ]
    .into_iter()
    .filter(|(yes, _, _)| *yes == Some(true))
    .map(|(_, p, share)| (p, share))
    .collect()
}

/// Whether the declaration withholds the due-diligence credit of a kind (`refused_attestation_withholds_credit`,
/// 2022.8): its supplier refuses to attest that no forced labour (no child labour) is used in making the goods, or
/// gives no such attestation. `Some(true)`: the attestation is missing; `Some(false)`: attested "No"; `None`: the
/// credit stands (attested, or a model before 2022.8).
fn withheld_credit(t: &Tables, d: &Declaration, kind: RiskKind) -> Option<bool> {
    if !t.refused_attestation_withholds_credit {
        return None;
    }
    let right = match kind {
        RiskKind::ForcedLabour => Right::ForcedLabour,
        RiskKind::ChildLabour => Right::ChildLabour,
    };
    match d.attestations.iter().find(|a| a.right == right) {
        Some(a) if a.attested => None,
        Some(_) => Some(false),
        None => Some(true),
    }
}

#[allow(clippy::too_many_arguments)] // the raw score, the credit and whether it is withheld, the pool
fn mitigate(
    t: &Tables,
    raw: Raw,
    practices: &[(Practice, f64)],
    audit: f64,
    kind: RiskKind,
    withheld: Option<bool>,
    pool: &mut FactorPool,
) -> Score {
    let w = &t.weights;
    let mut factors = raw.factors;
    // From 2022.8 a refused attestation of the kind withholds the credit: what due diligence would have taken off is
    // said, with nothing taken (a practice is no evidence where the supplier will not attest to the outcome).
    if let Some(missing) = withheld {
        let mut names: Vec<Practice> = practices.iter().map(|p| p.0).collect();
        if audit > 0.0 {
            names.push(Practice::SiteAudit);
        }
        if !names.is_empty() && raw.total > 0.0 {
            let share = share3((practices.iter().map(|p| p.1).sum::<f64>() + audit).min(w.mitigation_cap));
            factors.push(pool.share(factor(
                Reason::Mitigation {
                    share,
                    practices: names,
                    floored: false,
                    presumption: false,
                    kept: None,
                    withheld: Some(if missing { Withheld::Missing } else { Withheld::Refused }),
                },
                t.source_ref("model", None, Some(arc("mitigation"))),
                0.0,
                0.0,
            )));
        }
        let score = round1(raw.total.clamp(0.0, 100.0));
        return Score { score, band: Band::from_score(score), factors };
    }
    // The share as the explanation states it, and as it is applied.
    let share: f64 = share3((practices.iter().map(|p| p.1).sum::<f64>() + audit).min(w.mitigation_cap));
    let mut score = raw.total;
    if share > 0.0 && raw.total > 0.0 {
        // From 2022.6 a region's presumption points are left out of what due diligence lowers, and added after it.
        let (kept, mitigated) = match raw.region {
            Some((points, rest)) => (Some(points), rest.clamp(0.0, 100.0)),
            None => (None, raw.total),
        };
        let mut target = mitigated * (1.0 - share);
        let floored = kind == RiskKind::ForcedLabour && raw.forced_listed && target < w.listed_forced_floor;
        if floored {
            // Mitigation never brings a listed forced-labour good below medium, and never raises a score.
            target = w.listed_forced_floor.min(mitigated);
        }
        if let Some(points) = kept {
            target = (target + points).min(100.0).min(raw.total);
        }
        // Nor a site under a region's legal presumption below its floor: due diligence does not rebut it.
        let presumption = raw.floor.is_some_and(|f| target < f);
        if let Some(f) = raw.floor.filter(|_| presumption) {
            target = f.min(raw.total);
        }
        let target = round1(target);
        let mut names: Vec<Practice> = practices.iter().map(|p| p.0).collect();
        if audit > 0.0 {
            names.push(Practice::SiteAudit);
        }
        factors.push(pool.share(factor(
            Reason::Mitigation {
                share,
                practices: names,
                floored: floored && !presumption,
                presumption,
                kept: kept.map(round1),
                withheld: None,
            },
            t.source_ref("model", None, Some(arc("mitigation"))),
            -share,
            round1(target - raw.total),
        )));
        score = target;
    }
    let score = round1(score.clamp(0.0, 100.0));
    Score { score, band: Band::from_score(score), factors }
}

/// For each site whose score counts an input whose origin is not disclosed (`undisclosed_input`, either kind), the
/// finding that names it with those inputs, so the officer can ask for their origin — unless a `DisclosureGap` of
/// the site already names them all. The factor and the finding never disagree.
fn undisclosed_origins(sites: &[SiteAssessment], found: &[Finding]) -> Vec<Finding> {
    let mut out = Vec::new();
    // The goods each site's disclosure gaps name, gathered in one pass over the findings (a pass per site was
    // quadratic: 100,000 sites × 16,000 disclosure gaps in the intake benchmark's workbook).
    let mut gaps: rustc_hash::FxHashMap<&str, Vec<&Arc<str>>> = rustc_hash::FxHashMap::default();
    for f in found {
        if let Some(FindingReason::DisclosureGap { site, goods, .. }) = f.reason() {
            gaps.entry(site.as_str()).or_default().extend(goods);
        }
    }
    for s in sites {
        let named: &[&Arc<str>] = gaps.get(s.site_id.as_str()).map(Vec::as_slice).unwrap_or_default();
        let mut goods: Vec<Arc<str>> = Vec::new();
        // The inputs the site declares; the others are presumed, as typical inputs of its goods.
        let mut declared: Vec<Arc<str>> = Vec::new();
        for f in s.risk.forced_labour.factors.iter().chain(&s.risk.child_labour.factors) {
            if let Some(Reason::UndisclosedInput { good, declared: said, .. }) = f.reason()
                && !named.contains(&good)
            {
                if !goods.contains(good) {
                    goods.push(good.clone());
                }
                if *said && !declared.contains(good) {
                    declared.push(good.clone());
                }
            }
        }
        let presumed: Vec<Arc<str>> = goods.iter().filter(|g| !declared.contains(g)).cloned().collect();
        if !goods.is_empty() {
            out.push(Finding::new(
                FindingReason::OriginUndisclosed {
                    site: s.site_id.clone(),
                    site_name: s.site_name.clone(),
                    goods,
                    presumed,
                },
                Severity::Medium,
                Some(Place::site(&s.site_id)),
            ));
        }
    }
    out
}

fn findings(t: &Tables, d: &Declaration, graph: &ChainGraph, facts: &[SiteFacts]) -> Vec<Finding> {
    let mut out = Vec::new();
    for right in Right::iter() {
        let a = d.attestations.iter().find(|a| a.right == right);
        if a.is_some_and(|a| a.attested) {
            continue;
        }
        let severity = match right {
            Right::ForcedLabour | Right::ChildLabour | Right::HumanTrafficking => Severity::High,
            _ => Severity::Medium,
        };
        out.push(Finding::new(
            FindingReason::AttestationNo { right, missing: a.is_none() },
            severity,
            Some(Place::Attestation(right)),
        ));
    }
    for cycle in graph.cycles() {
        let sites: Vec<SiteId> =
            cycle.iter().filter_map(|&i| d.places_of_work.get(i)).map(|p| p.site_id.clone()).collect();
        let location = Place::Sites(sites.clone());
        out.push(Finding::new(FindingReason::SupplyCycle { sites }, Severity::Low, Some(location)));
    }
    for f in facts {
        let location = || Some(Place::site(&f.site.site_id));
        if let Some((_, entity)) = listed_entity(t, f.site) {
            out.push(Finding::new(
                FindingReason::ListedEntity {
                    site: f.site.site_id.clone(),
                    site_name: f.site.site_name.clone(),
                    entity: entity.name.clone(),
                    list: arc(&entity_list_name(t)),
                    line: u32::try_from(entity.line).unwrap_or(u32::MAX),
                },
                Severity::High,
                location(),
            ));
        }
        let unnamed = f.site.region.as_deref().is_none_or(|r| r.trim().is_empty());
        let regions: Vec<String> = t
            .regions
            .iter()
            .filter(|r| r.country == f.site.country.as_str() && !r.whole_country && r.names_site(f.site).is_none())
            .filter_map(|r| r.names.first().map(|n| capitalised(n)))
            .collect();
        if unnamed && !regions.is_empty() {
            out.push(Finding::new(
                FindingReason::RegionMissing {
                    site: f.site.site_id.clone(),
                    site_name: f.site.site_name.clone(),
                    country: f.site.country,
                    regions,
                },
                Severity::Medium,
                location(),
            ));
        }
        // A declared region that is not the region the city is in (Hebei, with the city Aksu, in Xinjiang): the site
        // is scored where its city is, and the officer asks which is right.
        let declared = f.site.region.as_deref().map(str::trim).filter(|r| !r.is_empty());
        let mut mismatched: Vec<&str> = Vec::new();
        for r in t.regions.iter().filter(|r| r.country == f.site.country.as_str() && !r.whole_country) {
            if let (Some(declared), Some(name)) = (declared, r.names.first())
                && r.is_named_in(&f.site.city)
                && !r.is_named_in_region(declared)
                && !mismatched.contains(&name.as_str())
            {
                mismatched.push(name);
                out.push(Finding::new(
                    FindingReason::RegionCityMismatch {
                        site: f.site.site_id.clone(),
                        site_name: f.site.site_name.clone(),
                        country: f.site.country,
                        declared: declared.to_string(),
                        city: f.site.city.trim().to_string(),
                        region: capitalised(name),
                    },
                    Severity::Medium,
                    location(),
                ));
            }
        }
        for r in t
            .regions
            .iter()
            // A country that is one region (North Korea) is named by its country, and its factor says the presumption.
            .filter(|r| r.floor.is_some() && r.kind == RiskKind::ForcedLabour && r.country == f.site.country.as_str())
            .filter(|r| !r.whole_country)
        {
            if let (Some(_), Some(name)) = (r.names_site(f.site), r.names.first()) {
                out.push(Finding::new(
                    FindingReason::RegionPresumption {
                        site: f.site.site_id.clone(),
                        site_name: f.site.site_name.clone(),
                        country: f.site.country,
                        region: capitalised(name),
                    },
                    Severity::High,
                    location(),
                ));
            }
        }
        // Goods an ILAB good names are classified, whatever the site does with them (a trader's own goods are its
        // inputs by then).
        // From 2022.10 goods placed in a category only by a word of many senses are unread too (`generic_keywords`).
        if (f.category.is_none() && f.own_goods.is_empty() && !f.words_name_goods) || (f.unread && f.category.is_some())
        {
            out.push(Finding::new(
                FindingReason::UnclassifiedGoods {
                    goods: f.site.goods.clone(),
                    site: Some(f.site.site_id.clone()),
                    site_name: f.site.site_name.clone(),
                },
                Severity::Low,
                location(),
            ));
        }
        // From 2022.13 (`unread_inputs_held`) each declared input the model reads nothing of is said too.
        for input in &f.unread_inputs {
            out.push(Finding::new(
                FindingReason::UnclassifiedGoods {
                    goods: (*input).to_string(),
                    site: Some(f.site.site_id.clone()),
                    site_name: f.site.site_name.clone(),
                },
                Severity::Low,
                location(),
            ));
        }
        if !f.has_suppliers && !matches!(f.site.role, Role::RawMaterial) {
            let risky: Vec<&(&str, bool)> =
                f.inputs.iter().filter(|(g, _)| t.listings_anywhere(g).next().is_some()).collect();
            // A good both declared and typical of the category is declared.
            let presumed: Vec<Arc<str>> = risky
                .iter()
                .filter(|(g, declared)| !declared && !risky.iter().any(|(h, d)| h == g && *d))
                .map(|(g, _)| arc(g))
                .collect();
            let risky: Vec<Arc<str>> = risky.iter().map(|(g, _)| arc(g)).collect();
            if !risky.is_empty() {
                out.push(Finding::new(
                    FindingReason::DisclosureGap {
                        site: f.site.site_id.clone(),
                        site_name: f.site.site_name.clone(),
                        goods: risky,
                        presumed,
                    },
                    Severity::Medium,
                    location(),
                ));
            }
        }
    }
    for g in &d.goods {
        let cat =
            t.classify(g.classification.as_ref(), &format!("{} {}", g.item, g.description.clone().unwrap_or_default()));
        if cat.is_none() && t.goods_in(&g.item).is_empty() {
            out.push(Finding::new(
                FindingReason::UnclassifiedGoods { goods: g.item.clone(), site: None, site_name: String::new() },
                Severity::Low,
                Some(Place::GoodsLine(g.item.clone())),
            ));
        }
    }
    let makers = d.places_of_work.iter().any(|p| p.role.makes_goods());
    if !makers {
        let mut required: Vec<&Category> = Vec::new();
        for c in facts.iter().filter_map(|f| f.category) {
            if c.origin_of_work && !required.iter().any(|r| r.code == c.code) {
                required.push(c);
            }
        }
        for g in &d.goods {
            if let Some(c) = t.classify(g.classification.as_ref(), &g.item)
                && c.origin_of_work
                && !required.iter().any(|r| r.code == c.code)
            {
                required.push(c);
            }
        }
        for c in required {
            out.push(Finding::new(
                FindingReason::MissingPlaceOfWork {
                    category: c.code.clone(),
                    category_en: arc(&c.label_en),
                    category_fr: arc(&c.label_fr),
                },
                Severity::High,
                Some(Place::Sheet(Sheet::PlacesOfWork)),
            ));
        }
    }
    out
}

#[cfg(test)]
mod reading_tests {
    use super::*;

    #[test]
    fn a_goods_text_repeated_over_many_sites_is_read_once_and_reads_as_the_tables_read_it() {
        let model = crate::scoring::RiskModel::embedded().unwrap();
        let t = &model.tables;
        let unspsc = Classification::Unspsc("53102700".to_string());
        let texts = ["uniform shirts and trousers", "cotton yarn", "latex for gloves", "parts for cotton gins"];
        let mut r = GoodsReadings::new(t);
        for _ in 0..50 {
            for w in texts {
                assert_eq!(&*r.goods_in(w), t.goods_in(w).as_slice(), "{w}");
                assert_eq!(r.classify(None, w).map(|c| &c.code), t.classify(None, w).map(|c| &c.code), "{w}");
                assert_eq!(
                    r.classify(Some(&unspsc), w).map(|c| &c.code),
                    t.classify(Some(&unspsc), w).map(|c| &c.code),
                    "{w}"
                );
            }
        }
        // Each text once for its goods, once for its category with each classification.
        assert_eq!(r.texts_read(), texts.len() * 3);
    }

    /// A scorer keeps its readings from one declaration to the next (`RiskModel::scorer`), and gives each declaration
    /// exactly the assessment `assess` gives it alone: under models that read goods differently, for the demo
    /// declarations (met in two orders), a synthetic portfolio and a large chain, each declaration scored after
    /// others that share and others that do not share its goods words.
    #[test]
    fn a_scorer_kept_over_many_declarations_gives_each_what_assess_gives_it() {
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/demo");
        let mut demo: Vec<Declaration> = std::fs::read_dir(&dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|x| x == "json"))
            .map(|p| {
                let name = p.file_name().unwrap().to_string_lossy().to_string();
                let bytes = std::fs::read(&p).unwrap();
                crate::import::read_declaration(&name, &bytes, &crate::import::Limits::default()).unwrap().declaration
            })
            .collect();
        assert!(demo.len() >= 5, "{} demo declarations", demo.len());
        let portfolio = crate::synth::portfolio(&crate::synth::SynthOptions {
            sites: 1_500,
            ..crate::synth::SynthOptions::default()
        });
        let large = crate::synth::declaration(3_000, 11);
        for version in ["2019.1", "2022.1", "2022.5", "2022.8", crate::scoring::DEFAULT_VERSION] {
            let model = crate::scoring::RiskModel::shipped(version).unwrap().unwrap();
            let mut scorer = model.scorer();
            let mut met = 0;
            for d in demo.iter().chain(&portfolio).chain([&large]).chain(demo.iter().rev()) {
                assert_eq!(scorer.assess(d), model.assess(d), "{version}: {}", d.supplier.legal_name);
                met += 1;
            }
            assert!(scorer.readings.texts_read() > 0, "{version}: {met} declarations");
            demo.reverse();
        }
    }
}

#[cfg(test)]
mod carried_parts_tests {
    use super::*;

    /// A supplier's raw score whose points are `sum`, of which `own` are carried (the rest its country context).
    fn raw(sum: f64, own: f64) -> Raw {
        Raw {
            factors: vec![],
            total: sum.clamp(0.0, 100.0),
            carry: own.clamp(0.0, 100.0),
            sum,
            own,
            forced_listed: false,
            floor: None,
            region: None,
            presumption: None,
            listed: Vec::new(),
        }
    }

    /// The parts shown add up: the score (or the points past 100) less the context is what is carried, and what is
    /// carried × the decay is the contribution to the tenth (a tie, x.x5, either way: the points are the true carry's
    /// product rounded, and a true carry a hair below a tenth rounds a tie down).
    fn add_up(up: &Raw, decay: f64, contribution: f64, p: &CarriedParts) -> bool {
        let base = p.points.unwrap_or_else(|| round1(up.total));
        round1(base - p.context) == p.carried && (p.carried * decay - contribution).abs() <= 0.05 + 1e-9
    }

    /// A supplier whose true context is 0 (everything it scores is carried) shows a context of 0, not 0.1, and carries
    /// its score: for every score of one decimal up to 100, as sums of factors give it (a hair above or below the
    /// tenth), and the decays of the shipped models. Scores never move: only the parts shown.
    #[test]
    fn a_carried_risk_whose_context_is_0_shows_0_and_its_parts_add_up() {
        let mut wrong = Vec::new();
        for decay in [0.85, 0.8, 0.7, 0.6, 0.5] {
            for tenths in 1..=1000u32 {
                let s = f64::from(tenths) / 10.0;
                for sum in [s, s + 1e-12, s - 1e-12, (s - 0.1) + 0.1, (s - 0.7) + 0.3 + 0.4] {
                    let up = raw(sum, sum);
                    let contribution = round1(up.carry * decay);
                    let p = carried_parts(&up, decay, contribution);
                    if p.context != 0.0 || p.carried != round1(s) || !add_up(&up, decay, contribution, &p) {
                        wrong.push(format!(
                            "{sum} × {decay} = {contribution}: context {}, carried {}",
                            p.context, p.carried
                        ));
                    }
                }
            }
        }
        assert!(
            wrong.is_empty(),
            "{} of them, e.g.:\n{}",
            wrong.len(),
            wrong.iter().take(12).cloned().collect::<Vec<_>>().join("\n")
        );
    }

    /// With a context, the parts still add up and the context shown is the true one to the tenth where a carry of one
    /// decimal fits (the rule of `carried_parts`), for contexts and carries of every tenth.
    #[test]
    fn a_carried_risk_with_a_context_shows_parts_that_add_up() {
        let mut wrong = Vec::new();
        for decay in [0.85, 0.7] {
            for context_tenths in [1u32, 7, 35, 70, 88, 106, 130] {
                for own_tenths in (1..=900u32).step_by(7) {
                    let (context, own) = (f64::from(context_tenths) / 10.0, f64::from(own_tenths) / 10.0);
                    let up = raw(own + context, own);
                    let contribution = round1(up.carry * decay);
                    let p = carried_parts(&up, decay, contribution);
                    if !add_up(&up, decay, contribution, &p) || (p.context - context).abs() > 0.2 + 1e-9 {
                        wrong
                            .push(format!("{own} + {context} × {decay}: context {}, carried {}", p.context, p.carried));
                    }
                }
            }
        }
        assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    }
}

#[cfg(test)]
mod side_by_side_tests {
    use super::*;

    /// Scoring the kinds of risk side by side gives exactly the assessment scored one kind after the other: every
    /// demo declaration, with and without a site on a forced-labour list, and a chain of a few thousand sites.
    #[test]
    fn the_kinds_scored_side_by_side_give_the_same_assessment() {
        let m = crate::scoring::RiskModel::embedded().unwrap();
        let mut declarations: Vec<Declaration> =
            crate::import::demo_declarations().into_iter().map(|(_, d)| d).collect();
        // A chain of tiers of the biggest demo's sites, each supplying one of the tier above.
        let base = declarations.iter().max_by_key(|d| d.places_of_work.len()).unwrap().clone();
        let (n, per_tier) = (SITES_SCORED_SIDE_BY_SIDE + 17, (SITES_SCORED_SIDE_BY_SIDE + 17).div_ceil(5));
        let id = |i: usize| crate::domain::SiteId::parse(&format!("S{i:06}")).unwrap();
        let mut grown = base.clone();
        grown.places_of_work = (0..n)
            .map(|i| {
                let mut s = base.places_of_work[i % base.places_of_work.len()].clone();
                s.site_id = id(i);
                let tier = i / per_tier;
                s.supplies_to = if tier == 0 { Vec::new() } else { vec![id((tier - 1) * per_tier + (i % per_tier))] };
                s
            })
            .collect();
        for g in &mut grown.goods {
            g.produced_at = vec![id(0)];
        }
        declarations.push(grown);
        assert!(declarations.len() > 3);
        for d in &declarations {
            let mut listed = crate::scoring::Listed::default();
            for site in [None, d.places_of_work.last()] {
                if let Some(site) = site {
                    listed.add(site.site_id.as_str(), super::super::listed_tests::hit_factor("Listed Works Co., Ltd."));
                }
                let one_after_the_other =
                    assess_listed_from(d, &mut GoodsReadings::new(&m.tables), &listed, usize::MAX);
                let side_by_side = assess_listed_from(d, &mut GoodsReadings::new(&m.tables), &listed, 0);
                assert_eq!(side_by_side, one_after_the_other, "{} sites", d.places_of_work.len());
                assert_eq!(
                    serde_json::to_string(&side_by_side).unwrap(),
                    serde_json::to_string(&one_after_the_other).unwrap()
                );
            }
        }
    }
}
