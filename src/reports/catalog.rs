//! Message catalogues: `templates/locales/en.toml` and `fr.toml`, flat dotted keys, both with the same keys.

use std::collections::BTreeMap;

use rust_embed::RustEmbed;

use super::ReportError;
use crate::domain::Lang;

#[derive(RustEmbed)]
#[folder = "templates/locales/"]
#[include = "*.toml"]
struct Locales;

/// The messages of both languages, by dotted key (`band.high`, `home.title`).
#[derive(Debug)]
pub struct Catalog {
    en: BTreeMap<String, String>,
    fr: BTreeMap<String, String>,
}

fn flatten(prefix: &str, table: &toml::Table, out: &mut BTreeMap<String, String>) -> Result<(), ReportError> {
    for (k, v) in table {
        let key = if prefix.is_empty() { k.clone() } else { format!("{prefix}.{k}") };
        match v {
            toml::Value::String(s) => {
                out.insert(key, s.clone());
            }
            toml::Value::Table(t) => flatten(&key, t, out)?,
            other => return Err(ReportError::Catalog(format!("{key}: expected text, found {}", other.type_str()))),
        }
    }
    Ok(())
}

fn load(file: &str) -> Result<BTreeMap<String, String>, ReportError> {
    let raw = Locales::get(file).ok_or_else(|| ReportError::Catalog(format!("{file} is missing")))?;
    let text = std::str::from_utf8(&raw.data).map_err(|e| ReportError::Catalog(format!("{file}: {e}")))?;
    let table: toml::Table = text.parse().map_err(|e| ReportError::Catalog(format!("{file}: {e}")))?;
    let mut out = BTreeMap::new();
    flatten("", &table, &mut out)?;
    Ok(out)
}

impl Catalog {
    /// The catalogues compiled into the binary.
    pub fn embedded() -> Result<Catalog, ReportError> {
        Ok(Catalog { en: load("en.toml")?, fr: load("fr.toml")? })
    }

    /// The message for a key; the key itself when it is missing (tests make sure none is).
    pub fn get<'a>(&'a self, lang: Lang, key: &'a str) -> &'a str {
        let map = match lang {
            Lang::En => &self.en,
            Lang::Fr => &self.fr,
        };
        map.get(key).map_or(key, String::as_str)
    }

    /// Whether a key exists in both languages.
    pub fn has(&self, key: &str) -> bool {
        self.en.contains_key(key) && self.fr.contains_key(key)
    }

    /// Keys present in one language and not the other.
    pub fn unpaired_keys(&self) -> Vec<String> {
        let en = self.en.keys().filter(|k| !self.fr.contains_key(*k));
        let fr = self.fr.keys().filter(|k| !self.en.contains_key(*k));
        en.chain(fr).cloned().collect()
    }
}
