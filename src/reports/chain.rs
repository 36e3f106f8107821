//! The picture of one declaration's chain: tiers left to right (raw materials first, the supplier's tier 1 last),
//! each site a box coloured by its worse band, links as curves, and the reasons of each site in a note shown on hover
//! and on keyboard focus. Computed here as coordinates; `templates/pages/chain.hbs` draws it as inline SVG (no
//! script), so it prints and works without JavaScript. A box shows its site's name shortened; the full name is in its
//! note, its `<title>` and its accessible name. A note is wrapped to its width and placed inside the picture (to the
//! right of its box, or to the left where the right edge is near; moved up near the bottom), so no edge cuts it.

use serde::Serialize;

use crate::domain::{Assessment, Band, Declaration, Lang, Score};
use crate::graph::ChainGraph;

const BOX_W: f64 = 210.0;
const BOX_H: f64 = 30.0;
const COL_W: f64 = 300.0;
const ROW_H: f64 = 40.0;
const TOP: f64 = 40.0;
const TIP_W: f64 = 330.0;
const TIP_LINE: f64 = 16.0;
/// The widest a character of a note's 12 px text is drawn (kept generous, so a line never passes its note's edge).
pub const TIP_CHAR_W: f64 = 7.0;
/// Characters a note's line holds.
const TIP_CHARS: usize = ((TIP_W - 16.0) / TIP_CHAR_W) as usize;

/// A site in the picture.
#[derive(Debug, Clone, Serialize)]
pub struct PictureSite {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
    pub text_x: f64,
    pub text_y: f64,
    pub band: String,
    /// The box's words (name, shortened).
    pub short: String,
    /// The site's name in full.
    pub name: String,
    /// Its page in the national graph (`/graph/sites/{id}?lang=…`), for viewers who may read it.
    pub href: Option<String>,
    /// What a screen reader reads on focus: name, country, tier, both scores and the reasons.
    pub label: String,
    pub tip_x: f64,
    pub tip_y: f64,
    pub tip_h: f64,
    pub tip_w: f64,
    pub tip: Vec<TipLine>,
}

/// One line of a site's note.
#[derive(Debug, Clone, Serialize)]
pub struct TipLine {
    pub x: f64,
    pub y: f64,
    pub text: String,
}

/// A column heading.
#[derive(Debug, Clone, Serialize)]
pub struct PictureColumn {
    pub x: f64,
    pub label: String,
}

/// The whole picture.
#[derive(Debug, Clone, Serialize)]
pub struct ChainPicture {
    pub width: f64,
    pub height: f64,
    pub columns: Vec<PictureColumn>,
    pub links: Vec<String>,
    pub sites: Vec<PictureSite>,
}

fn shorten(s: &str, n: usize) -> String {
    if s.chars().count() <= n { s.to_string() } else { format!("{}…", s.chars().take(n - 1).collect::<String>()) }
}

/// Words wrapped into lines of at most `width` characters (a longer word is cut across lines).
pub fn wrap(text: &str, width: usize) -> Vec<String> {
    let width = width.max(1);
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let mut word: Vec<char> = word.chars().collect();
        while word.len() > width {
            if !line.is_empty() {
                lines.push(std::mem::take(&mut line));
            }
            let rest = word.split_off(width);
            lines.push(word.into_iter().collect());
            word = rest;
        }
        let len = line.chars().count();
        if len > 0 && len + 1 + word.len() > width {
            lines.push(std::mem::take(&mut line));
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.extend(word);
    }
    if !line.is_empty() {
        lines.push(line);
    }
    lines
}

fn worse(a: &Score, b: &Score) -> Band {
    if a.score >= b.score { a.band } else { b.band }
}

/// Lays out a declaration's chain. `words(key)` gives catalogue words in the page's language, `label` a factor in
/// words, `href(i)` the address of the page of the declaration's `i`-th site, if the viewer has one.
pub fn picture(
    d: &Declaration,
    a: &Assessment,
    lang: Lang,
    words: &dyn Fn(&str) -> String,
    label: &dyn Fn(&crate::domain::Factor) -> String,
    href: &dyn Fn(usize) -> Option<String>,
) -> ChainPicture {
    let g = ChainGraph::build(&d.places_of_work);
    let depth = g.depth().max(1) as usize;
    let n = d.places_of_work.len();
    let has_untiered = (0..n).any(|i| g.tier(i).is_none());
    let columns = depth + usize::from(has_untiered);
    // Column of a site: the deepest tier leftmost; sites with no tier (only in a loop) in a column of their own.
    let col = |i: usize| match g.tier(i) {
        Some(t) => columns - t as usize,
        None => 0,
    };
    let mut by_col: Vec<Vec<usize>> = vec![Vec::new(); columns];
    for i in 0..n {
        if let Some(column) = by_col.get_mut(col(i)) {
            column.push(i);
        }
    }
    // Order each column by the mean position of the sites it ships to (right to left), to keep links short.
    let mut pos = vec![0.0f64; n];
    for (c, column) in by_col.iter_mut().enumerate().rev() {
        let mut items: Vec<(f64, usize)> = column
            .iter()
            .map(|&i| {
                let targets: Vec<f64> = g
                    .customers_of(i)
                    .filter(|&j| col(j) > c)
                    .map(|j| pos.get(j).copied().unwrap_or_default())
                    .collect();
                let key =
                    if targets.is_empty() { f64::MAX } else { targets.iter().sum::<f64>() / targets.len() as f64 };
                (key, i)
            })
            .collect();
        items.sort_by(|x, y| x.0.total_cmp(&y.0).then(x.1.cmp(&y.1)));
        for (row, (_, i)) in items.iter().enumerate() {
            if let Some(p) = pos.get_mut(*i) {
                *p = row as f64;
            }
        }
        *column = items.into_iter().map(|(_, i)| i).collect();
    }
    let rows = by_col.iter().map(Vec::len).max().unwrap_or(0).max(1);
    let xy = |i: usize| (20.0 + col(i) as f64 * COL_W, TOP + pos.get(i).copied().unwrap_or_default() * ROW_H);

    let mut links = Vec::new();
    for i in 0..n {
        for j in g.customers_of(i) {
            let (x1, y1) = xy(i);
            let (x2, y2) = xy(j);
            let (sx, sy, ex, ey) = (x1 + BOX_W, y1 + BOX_H / 2.0, x2, y2 + BOX_H / 2.0);
            let mid = (sx + ex) / 2.0;
            links.push(format!("M{sx:.1},{sy:.1} C{mid:.1},{sy:.1} {mid:.1},{ey:.1} {ex:.1},{ey:.1}"));
        }
    }

    let fl = words("graph.forced");
    let cl = words("graph.child");
    let tier_word = words("picture.tier");
    let mut sites = Vec::with_capacity(n);
    // Drawn right to left so a note (which opens to the right) lies over the column it covers.
    for column in by_col.iter().rev() {
        for &i in column {
            let (Some(p), Some(s)) = (d.places_of_work.get(i), a.sites.get(i)) else { continue };
            let (x, y) = xy(i);
            let kind = if s.risk.forced_labour.score >= s.risk.child_labour.score {
                &s.risk.forced_labour
            } else {
                &s.risk.child_labour
            };
            let reasons = super::reasons::largest(
                kind.factors.iter().filter(|f| f.code() != "mitigation" && super::reasons::raises(f)),
                2,
            );
            let reason_text: Vec<String> = reasons.iter().map(|f| label(f)).collect();
            let band_word = |sc: &Score| words(&format!("band.{}", sc.band.as_ref()));
            let tier = g.tier(i).map_or_else(|| "—".to_string(), |t| t.to_string());
            let head = format!("{} — {} — {tier_word} {tier}", p.site_name, p.country.name(lang));
            let colon = lang.pick(":", " :");
            let scores = format!(
                "{fl}{colon} {} {} · {cl}{colon} {} {}",
                band_word(&s.risk.forced_labour),
                super::numbers::decimal(lang, s.risk.forced_labour.score, 1),
                band_word(&s.risk.child_labour),
                super::numbers::decimal(lang, s.risk.child_labour.score, 1)
            );
            let mut lines = wrap(&head, TIP_CHARS);
            lines.extend(wrap(&scores, TIP_CHARS));
            for r in &reason_text {
                lines.extend(wrap(r, TIP_CHARS));
            }
            let label = format!("{head}. {scores}. {}", reason_text.join(" "));
            let longest = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0);
            let tip_w = (longest as f64 * TIP_CHAR_W + 16.0).min(TIP_W);
            let tip_h = 10.0 + TIP_LINE * lines.len() as f64;
            sites.push(PictureSite {
                x,
                y,
                w: BOX_W,
                h: BOX_H,
                text_x: x + 8.0,
                text_y: y + 19.0,
                band: worse(&s.risk.forced_labour, &s.risk.child_labour).to_string(),
                short: shorten(&p.site_name, 27),
                name: p.site_name.clone(),
                href: href(i),
                label,
                // Placed once the picture's size is known.
                tip_x: x + BOX_W + 8.0,
                tip_y: y,
                tip_h,
                tip_w,
                tip: lines.into_iter().map(|text| TipLine { x: 0.0, y: 0.0, text }).collect(),
            });
        }
    }
    let column_labels = (0..columns)
        .map(|c| PictureColumn {
            x: 20.0 + c as f64 * COL_W,
            label: if has_untiered && c == 0 {
                words("picture.no_tier")
            } else {
                format!("{tier_word} {}", columns - c)
            },
        })
        .collect();
    let width = 20.0 + columns as f64 * COL_W + TIP_W;
    let tallest = sites.iter().map(|s| s.tip_h).fold(0.0, f64::max);
    let height = (TOP + rows as f64 * ROW_H + 90.0).max(TOP + tallest + 4.0);
    for s in &mut sites {
        // Right of the box when it fits, else left of it; never past an edge.
        if s.tip_x + s.tip_w > width {
            s.tip_x = s.x - 8.0 - s.tip_w;
        }
        s.tip_x = s.tip_x.clamp(0.0, (width - s.tip_w).max(0.0));
        s.tip_y = s.tip_y.min(height - s.tip_h - 2.0).max(0.0);
        for (k, line) in s.tip.iter_mut().enumerate() {
            line.x = s.tip_x + 8.0;
            line.y = s.tip_y + 18.0 + TIP_LINE * k as f64;
        }
    }
    ChainPicture { width, height, columns: column_labels, links, sites }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::scoring::RiskModel;

    /// A 60-character name, longer than a box holds.
    const LONG: &str = "Filature et teinturerie coopérative du Haut-Saint-Laurent SA";

    #[test]
    fn notes_stay_inside_the_picture_and_long_names_stay_whole() {
        assert_eq!(LONG.chars().count(), 60);
        let path = format!("{}/supplier_data/demo/polar-workwear-w0113.json", env!("CARGO_MANIFEST_DIR"));
        let bytes = std::fs::read(path).unwrap();
        let mut d =
            crate::import::read_declaration("d.json", &bytes, &crate::import::Limits::default()).unwrap().declaration;
        for p in &mut d.places_of_work {
            p.site_name = format!("{LONG} {}", p.site_id.as_str());
        }
        let a = RiskModel::embedded().unwrap().assess(&d);
        let cat = crate::reports::Catalog::embedded().unwrap();
        for lang in [Lang::En, Lang::Fr] {
            let sites = crate::reports::explain::SiteIndex::of(&a);
            let pic = picture(
                &d,
                &a,
                lang,
                &|k: &str| cat.get(lang, k).to_string(),
                &|f| crate::reports::explain::factor_label(&cat, lang, f, &sites),
                &|i| Some(format!("/graph/sites/{i}")),
            );
            assert_eq!(pic.sites.len(), d.places_of_work.len());
            for s in &pic.sites {
                assert!(s.label.contains(LONG) && s.name.starts_with(LONG), "{}", s.label);
                assert!(s.short.chars().count() <= 27);
                assert!(s.href.is_some());
                assert!(s.tip_x >= 0.0 && s.tip_x + s.tip_w <= pic.width, "{} + {} > {}", s.tip_x, s.tip_w, pic.width);
                assert!(
                    s.tip_y >= 0.0 && s.tip_y + s.tip_h <= pic.height,
                    "{} + {} > {}",
                    s.tip_y,
                    s.tip_h,
                    pic.height
                );
                for line in &s.tip {
                    let right = line.x + line.text.chars().count() as f64 * TIP_CHAR_W;
                    assert!(right <= s.tip_x + s.tip_w, "`{}` passes its note's edge", line.text);
                    assert!(line.y <= s.tip_y + s.tip_h);
                }
                // The note names the site in full, across its lines.
                assert!(s.tip.iter().map(|l| l.text.as_str()).collect::<Vec<_>>().join(" ").contains(LONG));
            }
        }
    }

    #[test]
    fn words_wrap_to_their_width() {
        assert_eq!(wrap("a bb ccc dddd", 6), vec!["a bb", "ccc", "dddd"]);
        assert_eq!(wrap("abcdefgh ij", 3), vec!["abc", "def", "gh", "ij"]);
        assert!(wrap("   ", 4).is_empty());
    }
}
