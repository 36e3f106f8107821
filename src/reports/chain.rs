//! The picture of one declaration's chain: tiers left to right (raw materials first, the supplier's tier 1 last),
//! each site a box coloured by its worse band, links as curves, and the reasons of each site in a note shown on hover
//! and on keyboard focus. Computed here as coordinates; `templates/partials/chain.hbs` draws it as inline SVG (no
//! script), so it prints and works without JavaScript.

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

fn worse(a: &Score, b: &Score) -> Band {
    if a.score >= b.score { a.band } else { b.band }
}

/// Lays out a declaration's chain. `words(key)` gives catalogue words in the page's language.
pub fn picture(
    d: &Declaration,
    a: &Assessment,
    lang: Lang,
    words: &dyn Fn(&str) -> String,
    label: &dyn Fn(&crate::domain::Factor) -> String,
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
            let kind = if s.forced_labour.score >= s.child_labour.score { &s.forced_labour } else { &s.child_labour };
            let mut reasons: Vec<_> =
                kind.factors.iter().filter(|f| f.code() != "mitigation" && f.contribution > 0.0).collect();
            reasons.sort_by(|x, y| y.contribution.total_cmp(&x.contribution));
            let reason_text: Vec<String> = reasons.iter().take(2).map(|f| label(f)).collect();
            let band_word = |sc: &Score| words(&format!("band.{}", sc.band.as_ref()));
            let tier = g.tier(i).map_or_else(|| "—".to_string(), |t| t.to_string());
            let head = format!("{} — {} — {tier_word} {tier}", p.site_name, p.country.name(lang));
            let colon = lang.pick(":", " :");
            let scores = format!(
                "{fl}{colon} {} {} · {cl}{colon} {} {}",
                band_word(&s.forced_labour),
                s.forced_labour.score,
                band_word(&s.child_labour),
                s.child_labour.score
            );
            let mut lines = vec![shorten(&head, 48), shorten(&scores, 52)];
            lines.extend(reason_text.iter().map(|r| shorten(r, 52)));
            let label = format!("{head}. {scores}. {}", reason_text.join(" "));
            let tip_x = x + BOX_W + 8.0;
            let tip_h = 10.0 + TIP_LINE * lines.len() as f64;
            sites.push(PictureSite {
                x,
                y,
                w: BOX_W,
                h: BOX_H,
                text_x: x + 8.0,
                text_y: y + 19.0,
                band: worse(&s.forced_labour, &s.child_labour).to_string(),
                short: shorten(&p.site_name, 27),
                label,
                tip_x,
                tip_y: y,
                tip_h,
                tip_w: TIP_W,
                tip: lines
                    .into_iter()
                    .enumerate()
                    .map(|(k, text)| TipLine { x: tip_x + 8.0, y: y + 18.0 + TIP_LINE * k as f64, text })
                    .collect(),
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
    ChainPicture {
        width: 20.0 + columns as f64 * COL_W + TIP_W,
        height: TOP + rows as f64 * ROW_H + 90.0,
        columns: column_labels,
        links,
        sites,
    }
}
