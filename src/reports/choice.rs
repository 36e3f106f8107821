//! A choice of a form's list or group of boxes, as every page with a form shows it (apart from `views` so that the
//! pages' view models, which `views` gathers, can use it without a circle).

use serde::Serialize;

/// A choice of a form's list or group of boxes.
#[derive(Debug, Clone, Serialize)]
pub struct Choice {
    pub value: String,
    pub label: String,
    pub selected: bool,
}
