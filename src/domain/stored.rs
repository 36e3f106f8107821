//! Reading stored objects of a known shape field by field, so that a value that does not hold is an error naming
//! its field rather than a silent fall to another shape (findings and factors: `Finding`, `Factor`).

use serde::de::{DeserializeOwned, Error as _};
use serde_json::{Map, Value};

/// `T` read from `object`, or an error saying what was read (`what`, e.g. ``finding `disclosure_gap` ``) and the
/// field at fault. serde's derived readers name a missing or unknown field, but not a field whose value is of the
/// wrong type or out of its range (`invalid type: string "S1", expected a sequence`): that field is found as the one
/// without which the object reads, or is then only missing. `tag` names the field that says which shape the object
/// is (`code`): without it any object is only missing it, so it is at fault only when no other field is.
pub(crate) fn read<T: DeserializeOwned>(what: &str, tag: &str, object: &Value) -> Result<T, serde_json::Error> {
    T::deserialize(object).map_err(|e| {
        let message = e.to_string();
        let fields = object.as_object().filter(|_| !message.starts_with("missing field"));
        let at_fault = fields.and_then(|m| {
            let without = |key: &str| {
                let mut rest = m.clone();
                rest.remove(key);
                match T::deserialize(&Value::Object(rest)) {
                    Ok(_) => true,
                    Err(other) => other.to_string() == format!("missing field `{key}`"),
                }
            };
            m.keys()
                .find(|key| *key != tag && without(key.as_str()))
                .map(String::as_str)
                .or_else(|| m.contains_key(tag).then_some(tag).filter(|t| without(t)))
        });
        match at_fault {
            Some(key) if !message.contains(&format!("`{key}`")) => {
                serde_json::Error::custom(format!("{what}: field `{key}`: {message}"))
            }
            _ => serde_json::Error::custom(format!("{what}: {message}")),
        }
    })
}

/// The value of `key` taken out of `m` and read (`None` when absent), an error naming `what` and the field.
pub(crate) fn take<T: DeserializeOwned>(
    m: &mut Map<String, Value>,
    key: &str,
    what: &str,
) -> Result<Option<T>, serde_json::Error> {
    m.remove(key)
        .map(|v| T::deserialize(&v).map_err(|e| serde_json::Error::custom(format!("{what}: field `{key}`: {e}"))))
        .transpose()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Shape {
        name: String,
        sites: Vec<String>,
        #[serde(default)]
        count: Option<u32>,
    }

    #[test]
    fn a_value_of_the_wrong_kind_is_named_by_its_field() {
        for (json, field) in [
            (r#"{"name": "a", "sites": "S1"}"#, "sites"),
            (r#"{"name": 4, "sites": []}"#, "name"),
            (r#"{"name": "a", "sites": [], "count": -1}"#, "count"),
            (r#"{"sites": ["S1", 2], "name": "a"}"#, "sites"),
        ] {
            let e = read::<Shape>("shape", "", &serde_json::from_str(json).unwrap()).unwrap_err().to_string();
            assert!(e.starts_with(&format!("shape: field `{field}`: ")), "{json}: {e}");
        }
        let e = read::<Shape>("shape", "", &serde_json::json!({"name": "a"})).unwrap_err().to_string();
        assert_eq!(e, "shape: missing field `sites`");
    }

    #[derive(Debug, serde::Deserialize)]
    #[serde(tag = "code", rename_all = "snake_case")]
    #[allow(dead_code)]
    enum Tagged {
        Cycle { sites: Vec<String> },
    }

    #[test]
    fn the_tag_is_at_fault_only_when_no_other_field_is() {
        let e = |v: serde_json::Value| read::<Tagged>("tagged", "code", &v).unwrap_err().to_string();
        let wrong_field = e(serde_json::json!({"code": "cycle", "sites": "S1"}));
        assert!(wrong_field.starts_with("tagged: field `sites`: "), "{wrong_field}");
        let wrong_tag = e(serde_json::json!({"code": "loop", "sites": ["S1"]}));
        assert!(wrong_tag.starts_with("tagged: field `code`: unknown variant `loop`"), "{wrong_tag}");
    }

    #[test]
    fn a_field_taken_out_is_read_and_named_when_it_does_not_hold() {
        let mut m = serde_json::json!({"weight": 1.5, "bad": "x"}).as_object().unwrap().clone();
        assert_eq!(take::<f64>(&mut m, "weight", "factor").unwrap(), Some(1.5));
        assert_eq!(take::<f64>(&mut m, "weight", "factor").unwrap(), None);
        let e = take::<f64>(&mut m, "bad", "factor").unwrap_err().to_string();
        assert!(e.starts_with("factor: field `bad`: invalid type"), "{e}");
        assert!(m.is_empty());
    }
}
