//! Writes a declaration as the JSON carrier (format 1): the same document the intake reads back. Also the rule of
//! the encoding a JSON document is read in ([`not_utf8`]).

use serde_json::{Map, Value, json};

use crate::domain::{Declaration, DueDiligenceQuestion, Issue, Message};

/// The refusal of a JSON document `file` that `text_in::decode` read in UTF-16 (`encoding`, by its byte order mark
/// or by its zero bytes): JSON exchanged between systems that are not part of a closed ecosystem MUST be UTF-8
/// (RFC 8259, section 8.1), and the intake's JSON is exactly that, so the document is refused once, naming the
/// encoding found and whether a byte order mark said it, and saying how to save it as UTF-8 (Windows PowerShell 5.1's
/// `Out-File` writes UTF-16 unless told `-Encoding utf8`). Refused rather than read with a warning: a sender that
/// writes UTF-16 writes what no other reader of the format need accept, and reading it would make that the format.
/// UTF-8 with a byte order mark (what PowerShell's `-Encoding utf8` writes) is UTF-8, and read. `None` for any other
/// encoding (UTF-8, or a legacy one, which is refused by its reader naming it).
pub(super) fn not_utf8(file: &str, bytes: &[u8], encoding: Option<&str>) -> Option<Issue> {
    let encoding = encoding.filter(|e| e.starts_with("UTF-16"))?;
    let bom = bytes.starts_with(&[0xFF, 0xFE]) || bytes.starts_with(&[0xFE, 0xFF]);
    let m = Message::new("intake_json.not_utf8").text("encoding", encoding).text("bom", if bom { "yes" } else { "no" });
    let (en, fr) = crate::domain::say_both(&m);
    Some(super::file_issue(file, en, fr))
}

fn put<T: Into<Value>>(m: &mut Map<String, Value>, key: &str, v: Option<T>) {
    if let Some(v) = v {
        m.insert(key.to_string(), v.into());
    }
}

/// The JSON carrier document of a declaration.
pub fn to_json(d: &Declaration) -> Value {
    let s = &d.supplier;
    let mut supplier = Map::new();
    supplier.insert("legal_name".into(), s.legal_name.clone().into());
    put(&mut supplier, "business_number", s.business_number.as_ref().map(|b| b.as_str().to_string()));
    supplier.insert("country".into(), s.country.as_str().into());
    put(&mut supplier, "address", s.address.clone());
    put(&mut supplier, "contact_name", s.contact_name.clone());
    put(&mut supplier, "contact_email", s.contact_email.clone());
    put(&mut supplier, "solicitation_number", s.solicitation_number.clone());
    supplier.insert("declaration_date".into(), s.declaration_date.to_string().into());
    supplier.insert("signatory_name".into(), s.signatory_name.clone().into());
    put(&mut supplier, "signatory_title", s.signatory_title.clone());

    let attestations: Vec<Value> = d
        .attestations
        .iter()
        .map(|a| {
            let mut m = Map::new();
            m.insert("right".into(), a.right.to_string().into());
            m.insert("attested".into(), a.attested.into());
            put(&mut m, "scope", a.scope.map(|x| x.to_string()));
            put(&mut m, "comment", a.comment.clone());
            Value::Object(m)
        })
        .collect();

    let dd = &d.due_diligence;
    let mut due_diligence = Vec::new();
    for q in <DueDiligenceQuestion as strum::IntoEnumIterator>::iter() {
        let answer: Option<Value> = match q {
            DueDiligenceQuestion::TraceabilityTiers => dd.traceability_tiers.map(Value::from),
            _ => dd.answer(q).map(Value::from),
        };
        let detail = match q {
            DueDiligenceQuestion::SocialAudit => dd.social_audit_standard.clone(),
            DueDiligenceQuestion::S211Report => dd.s211_report_url.clone(),
            _ => None,
        };
        if let Some(answer) = answer {
            let mut m = Map::new();
            m.insert("question".into(), q.to_string().into());
            m.insert("answer".into(), answer);
            put(&mut m, "detail", detail);
            due_diligence.push(Value::Object(m));
        }
    }

    let places: Vec<Value> = d
        .places_of_work
        .iter()
        .map(|p| {
            let mut m = Map::new();
            m.insert("site_id".into(), p.site_id.as_str().into());
            m.insert("site_name".into(), p.site_name.clone().into());
            put(&mut m, "operator", p.operator.clone());
            put(&mut m, "operator_business_number", p.operator_business_number.clone());
            m.insert("role".into(), p.role.to_string().into());
            m.insert("goods".into(), p.goods.clone().into());
            put(&mut m, "classification", p.classification.as_ref().map(|c| c.to_string()));
            if !p.inputs.is_empty() {
                m.insert("inputs".into(), json!(p.inputs));
            }
            m.insert("address".into(), p.address.clone().into());
            m.insert("city".into(), p.city.clone().into());
            put(&mut m, "region", p.region.clone());
            m.insert("country".into(), p.country.as_str().into());
            put(&mut m, "postal_code", p.postal_code.clone());
            put(&mut m, "workers", p.workers);
            put(&mut m, "share_of_value", p.share_of_value);
            m.insert("supplies_to".into(), p.supplies_to.iter().map(|x| x.as_str()).collect::<Vec<_>>().into());
            put(&mut m, "os_id", p.os_id.clone());
            put(&mut m, "last_audit_date", p.last_audit_date.map(|x| x.to_string()));
            put(&mut m, "audit_standard", p.audit_standard.clone());
            Value::Object(m)
        })
        .collect();

    let goods: Vec<Value> = d
        .goods
        .iter()
        .map(|g| {
            let mut m = Map::new();
            m.insert("item".into(), g.item.clone().into());
            put(&mut m, "description", g.description.clone());
            put(&mut m, "classification", g.classification.as_ref().map(|c| c.to_string()));
            put(&mut m, "quantity", g.quantity);
            put(&mut m, "value_cad", g.value_cad);
            m.insert("produced_at".into(), g.produced_at.iter().map(|x| x.as_str()).collect::<Vec<_>>().into());
            Value::Object(m)
        })
        .collect();

    json!({
        "supplier": supplier,
        "attestations": attestations,
        "due_diligence": due_diligence,
        "places_of_work": places,
        "goods": goods,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_demo_declaration_reads_back_the_same() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/supplier_data/demo");
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            let limits = crate::import::Limits::default();
            let first = crate::import::read_declaration("d.json", &bytes, &limits).unwrap().declaration;
            let written = serde_json::to_vec(&to_json(&first)).unwrap();
            let again = crate::import::read_declaration("d.json", &written, &limits).unwrap().declaration;
            assert_eq!(first, again, "{}", path.display());
        }
    }
}
