//! How a score's points add up, as data: each factor's points (and, for risk carried from a supplier, what it carries
//! × the tier decay), their sum, what the cap of 100 takes, what due diligence lowers (its share, the region's
//! presumption it leaves whole, the floor that holds it) and the score. Made from the score's factors alone, so that
//! every rendering (the declaration page, the JSON of the API, the text report) says the
//! same arithmetic from one source; the words are the catalogues' (`reports::explain::arithmetic_steps`).
//!
//! Every figure is to the tenth of a point, as the engine rounds its factors (`scoring::engine::round1`): the parts
//! add up to `sum`; `sum` plus the cap's points, kept within 0–100, is `before_due_diligence`; that plus due
//! diligence's points is `score`. Due diligence's product (`before × (1 − share)`, or the points it lowers × (1 −
//! share) plus the region's points it keeps) is rounded once to the tenth; where it is not the score, a floor held the
//! score (`held`).

use serde::Serialize;

use super::{Factor, Reason, Score, Withheld};

/// The arithmetic of one score, from its factors ([`Score::arithmetic`]).
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ScoreArithmetic {
    /// Every factor that adds or takes points before the cap and due diligence, in the score's order.
    pub parts: Vec<ArithmeticPart>,
    /// The parts' points added up (to the tenth; may pass 100).
    pub sum: f64,
    /// What the cap of 100 takes when the sum passes it; absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cap: Option<ArithmeticCap>,
    /// `sum` with the cap's points, within 0–100: what due diligence starts from.
    pub before_due_diligence: f64,
    /// What due diligence does to the score; absent where it has no say (no practice, a site confirmed on a
    /// forced-labour list, a score of 0).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub due_diligence: Option<ArithmeticDueDiligence>,
    /// The score shown (0–100, to the tenth).
    pub score: f64,
}

/// One factor's points in the sum.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ArithmeticPart {
    /// The factor's position in the score's `factors` (from 0).
    pub factor: usize,
    /// The factor's code (`listed_good`, `upstream` …).
    pub code: String,
    /// Its points (to the tenth; negative where it lowers the sum).
    pub points: f64,
    /// For risk carried from a supplier (`upstream`): what it carries and the tier decay; `carried × decay`, rounded
    /// to the tenth, is `points`. Absent for any other factor, and for an `upstream` factor stored without them.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub decayed: Option<ArithmeticDecay>,
}

/// What a supplier's risk carries, before and after the decay of one tier.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ArithmeticDecay {
    /// The points carried, before the decay (0–100).
    pub carried: f64,
    /// The model's decay per tier (0–1; `0.85` in the shipped models).
    pub decay: f64,
}

/// The cap of 100 on a sum that passes it.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ArithmeticCap {
    /// The cap factor's position in the score's `factors`.
    pub factor: usize,
    /// Its points: 100 − `sum` (negative).
    pub points: f64,
}

/// What due diligence does to a score.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ArithmeticDueDiligence {
    /// The `mitigation` factor's position in the score's `factors`.
    pub factor: usize,
    /// The share of the risk it takes off (0–1), or would take off where the credit is withheld.
    pub share: f64,
    /// The points due diligence lowers: `before_due_diligence`, or where it keeps a region's points whole, the rest
    /// of the sum without them (at most 100).
    pub lowered_from: f64,
    /// What they come to: `lowered_from × (1 − share)`, to the tenth (a tie rounded as the score is: the engine rounds
    /// the product and the region's points kept once, together); `lowered_from` where the credit is withheld.
    pub product: f64,
    /// The region's presumption points it leaves whole, added after it (models from 2022.6); absent otherwise.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub kept: Option<f64>,
    /// Why the score is not `product` (+ `kept`): a floor holds it; absent when it is.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub held: Option<ArithmeticHeld>,
    /// Why no credit is given, where a refused or missing attestation withholds it (models from 2022.8): then
    /// `points` is 0.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[schema(value_type = Option<String>)]
    pub withheld: Option<Withheld>,
    /// Its points: the score less `before_due_diligence` (0 or negative).
    pub points: f64,
}

/// What holds a score above what due diligence would bring it to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum ArithmeticHeld {
    /// A good listed for forced labour is never lowered below medium.
    ListedFloor,
    /// A region's legal presumption of forced labour holds the score at its floor.
    PresumptionFloor,
    /// Scores stop at 100 (the region's points kept whole, added to the rest, pass it).
    Cap,
    /// The points before due diligence (due diligence never raises a score).
    Unchanged,
}

/// A figure to the tenth, as the engine rounds.
fn tenth(x: f64) -> f64 {
    let r = (x * 10.0).round() / 10.0;
    // No `-0.0` in what is shown.
    if r == 0.0 { 0.0 } else { r }
}

/// Whether two figures are the same tenth.
fn same_tenth(a: f64, b: f64) -> bool {
    (a - b).abs() < 0.05 - 1e-9 || tenth(a) == tenth(b)
}

impl Score {
    /// How this score's points add up ([`ScoreArithmetic`]): its factors but the cap and due diligence as parts,
    /// then the cap, then due diligence, to the score.
    pub fn arithmetic(&self) -> ScoreArithmetic {
        let mut parts = Vec::with_capacity(self.factors.len());
        let mut cap = None;
        let mut mitigation: Option<(usize, &Factor)> = None;
        for (i, f) in self.factors.iter().enumerate() {
            match f.code() {
                "cap" => cap = Some(ArithmeticCap { factor: i, points: tenth(f.contribution) }),
                "mitigation" => mitigation = Some((i, f)),
                code => {
                    let decayed = match f.reason() {
                        Some(Reason::Upstream { decay, carried: Some(carried), .. }) => {
                            Some(ArithmeticDecay { carried: *carried, decay: *decay })
                        }
                        _ => None,
                    };
                    parts.push(ArithmeticPart {
                        factor: i,
                        code: code.to_string(),
                        points: tenth(f.contribution),
                        decayed,
                    });
                }
            }
        }
        let sum = tenth(parts.iter().map(|p| p.points).sum());
        let before = tenth((sum + cap.map_or(0.0, |c| c.points)).clamp(0.0, 100.0));
        let due_diligence = mitigation.map(|(i, f)| {
            let (share, kept, withheld, floored, presumption) = match f.reason() {
                Some(Reason::Mitigation { share, kept, withheld, floored, presumption, .. }) => {
                    (*share, *kept, *withheld, *floored, *presumption)
                }
                _ => (-f.weight, None, None, false, false),
            };
            let kept = kept.filter(|_| withheld.is_none());
            // The region's points are left out of what due diligence lowers, and out of the cap: the rest of the sum
            // (at most 100) is lowered, the region's points added after it (`scoring::engine::mitigate`).
            let lowered_from = match kept {
                Some(k) => tenth((sum - k).clamp(0.0, 100.0)),
                None => before,
            };
            // The engine rounds the whole once (the product plus the region's points): the product shown is the score
            // less those points where it lies within the rounding of the true product (a tie may go either way),
            // else the true product to the tenth, and a floor or the cap holds the score.
            let exact = lowered_from * (1.0 - share.clamp(0.0, 1.0));
            let to_score = self.score - kept.unwrap_or(0.0);
            let within = (exact - to_score).abs() <= 0.05 + 1e-6;
            let product = if withheld.is_some() {
                lowered_from
            } else if within {
                tenth(to_score)
            } else {
                tenth(exact)
            };
            let reached = tenth(product + kept.unwrap_or(0.0));
            let held = if withheld.is_some() || within || same_tenth(reached, self.score) {
                None
            } else if presumption {
                Some(ArithmeticHeld::PresumptionFloor)
            } else if floored {
                Some(ArithmeticHeld::ListedFloor)
            } else if reached > self.score && same_tenth(self.score, 100.0) {
                Some(ArithmeticHeld::Cap)
            } else {
                Some(ArithmeticHeld::Unchanged)
            };
            ArithmeticDueDiligence {
                factor: i,
                share,
                lowered_from,
                product,
                kept,
                held,
                withheld,
                points: tenth(self.score - before),
            }
        });
        ScoreArithmetic { parts, sum, cap, before_due_diligence: before, due_diligence, score: self.score }
    }
}

impl ScoreArithmetic {
    /// Whether the arithmetic says more than the score: more than one part, a cap, or due diligence. A score of one
    /// factor (a declaration's, its highest site's) is its own arithmetic.
    pub fn says_more(&self) -> bool {
        self.parts.len() > 1 || self.cap.is_some() || self.due_diligence.is_some()
    }
}

/// A score's arithmetic with its steps in words, English and French (`steps_en`, `steps_fr`: one sentence a step,
/// `reports::explain::arithmetic_steps`; empty where the arithmetic says no more than the score,
/// [`ScoreArithmetic::says_more`]): what the JSON of the API writes beside each score's
/// factors as `arithmetic`.
#[derive(Debug, Clone, PartialEq, Serialize, utoipa::ToSchema)]
pub struct ArithmeticSaid {
    #[serde(flatten)]
    pub arithmetic: ScoreArithmetic,
    /// The steps in English.
    pub steps_en: Vec<String>,
    /// The steps in French.
    pub steps_fr: Vec<String>,
}

#[cfg(test)]
#[path = "arithmetic_tests.rs"]
mod tests;
