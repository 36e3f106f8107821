//! Legal forms of firms (`Inc`, `Sdn Bhd`, `Private Limited`, `PT`, `Công ty TNHH`, `有限公司` …): the words a name
//! carries to say what kind of firm it is, never which firm. Names are compared without them — by the national
//! graph's normaliser and so by screening, which uses it, and by the risk model's entity list.
//!
//! **Short forms** (one word of one or two letters: `AS`, `AB`, `SE`, `SA`, `AG`, `NV`, `BV`, `Oy`, `ME` …) are also
//! words of names and initials of other things (`Midwest AG` is agriculture in the United States, `SA Foods` South
//! Africa, `Follow Me` a phrase). Where a name's country is known, a short form is dropped only when that country
//! uses it (its jurisdictions in `legal_forms.csv`, from the GLEIF ELF code list), and a short form dropped anywhere in
//! a name (`SA`, `AG`, `BV`, `Co`) is dropped only when another word is left: see [`ShortForms`].

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::domain::CountryCode;
use crate::domain::text::fold_words;

/// The legal forms, one a line: `form,position,jurisdictions`. `form` is written as firms write it (folded when
/// read: case, accents and punctuation do not count); `position` is where it is dropped: `any` (a single word,
/// wherever it stands), `end` (the last words of a name), `start` (the first words) or `ends` (either); the
/// jurisdictions (ISO 3166-1 codes) say where the form is used. For a short form (one word of one or two letters) they
/// decide where it is dropped ([`ShortForms::In`]): every token of the field is then an ISO code, or `*` for a form
/// written by firms of every country (`Co`, the English abbreviation of "company"); for longer forms they are for the
/// reader of the list only, unless the field opens with `!`: the form is also a word of names where it is no form
/// (`Est`, "Establishment" in the Gulf states' firm names and "east" in French ones; `Sté`, "Société" in France and
/// "Sainte" in Quebec; `Société`, a word of many firms' names), so it is dropped only from a name whose country is
/// one of its jurisdictions — never from a name of no known country, nor from identity keys. A one-word form added
/// after identity keys were first stored is marked `!` too (`Aktiebolag`, `Osakeyhtiö` …): a name of its country is
/// compared without it, and no stored key (a facility's, a list entry's, a decided hit's) changes.
///
/// Source: the abbreviations and names of the ISO 20275 Entity Legal Forms (ELF) code list published by GLEIF
/// (<https://www.gleif.org/en/about-lei/code-lists/iso-20275-entity-legal-forms-code-list>) for the jurisdictions
/// Canadian suppliers most often source from, with their usual spellings in English (`Pvt Ltd`, `Co Ltd`) and the
/// romanised Chinese forms; `the` and `and` are kept with them as words that tell no firm from another. Each form
/// is listed as firms abbreviate it and as they spell it out (`LLC`, `L.L.C.`, `Limited Liability Company`; `SARL`,
/// `Société à responsabilité limitée`; `A.Ş.`, `Anonim Şirketi`; `OOO`, `ООО`), so that the two are the same name;
/// the spelt-out names are those of the ELF list's `Entity Legal Form name` column (local and English), the
/// Cyrillic abbreviations its `Abbreviations Local language` for Russia, Belarus and Kazakhstan.
const LEGAL_FORMS_CSV: &str = include_str!("legal_forms.csv");

/// Where in a name a legal form is dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Position {
    Any,
    End,
    Start,
    Ends,
}

/// Which short legal forms (one word of one or two letters) a name is read without.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ShortForms {
    /// Every one, wherever the name is from: the form of identity keys (the national graph's facility keys, list
    /// entries' and parties' keys), kept as it was so that stored keys and decisions still name the same things; and
    /// the form of a name whose country is not known.
    Everywhere,
    /// Those the country uses (the form's jurisdictions), and one dropped anywhere in a name only when another word
    /// is left: the form names are compared in when their country is known.
    In(CountryCode),
    /// None: a name as written, but for its longer forms (a short form may be a word of the name).
    Nowhere,
}

impl ShortForms {
    /// The short forms of a name from `country`, if known.
    pub fn of(country: Option<CountryCode>) -> ShortForms {
        country.map_or(ShortForms::Everywhere, ShortForms::In)
    }
}

/// Where a short form is used.
#[derive(Debug, Clone, Default)]
struct Jurisdictions {
    everywhere: bool,
    countries: HashSet<CountryCode>,
    /// The form is also a word of names where it is no form (`!` in the list: `Est` is "east" in French names, `Sté`
    /// "Sainte" in Quebec's): dropped only where the name's country is one of `countries`, never elsewhere.
    word_elsewhere: bool,
}

struct Forms {
    /// Single words dropped wherever they stand.
    any: HashSet<String>,
    /// Forms (their folded words) dropped from the end of a name, longest first.
    end: Vec<Vec<String>>,
    /// Forms dropped from the start of a name, longest first.
    start: Vec<Vec<String>>,
    /// Forms written without spaces (Chinese, Japanese) dropped from the end of a name's last word.
    glued_end: Vec<String>,
    /// The same, dropped from the start of a name's first word.
    glued_start: Vec<String>,
    /// The short forms (one word of one or two letters) and where each is used.
    short: HashMap<String, Jurisdictions>,
    /// The longer one-word forms that are words of names elsewhere (`!` in the list) and where each is a form.
    restricted: HashMap<String, Jurisdictions>,
    /// Every form of one word not written in a script without spaces, whatever its position.
    words: HashSet<String>,
}

impl Forms {
    /// Whether a form (its words) may be dropped from a name read with `short`.
    fn droppable(&self, form: &[String], short: ShortForms) -> bool {
        match form {
            [word] => self.word_droppable(word, short),
            _ => true,
        }
    }

    /// Whether a one-word form may be dropped from a name read with `short`.
    fn word_droppable(&self, word: &str, short: ShortForms) -> bool {
        if let Some(j) = self.restricted.get(word) {
            // Not even in identity keys: a name of no known country keeps the word, as keys always did.
            return matches!(short, ShortForms::In(c) if j.countries.contains(&c));
        }
        let Some(j) = self.short.get(word) else { return true };
        match short {
            ShortForms::Everywhere => true,
            ShortForms::Nowhere => false,
            ShortForms::In(c) => j.everywhere || j.countries.contains(&c),
        }
    }
}

/// Whether a folded form is short: one word of one or two letters.
fn is_short(form: &str) -> bool {
    !form.contains(' ') && form.chars().count() <= 2
}

fn forms() -> &'static Forms {
    static FORMS: OnceLock<Forms> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut f = Forms {
            any: HashSet::new(),
            end: Vec::new(),
            start: Vec::new(),
            glued_end: Vec::new(),
            glued_start: Vec::new(),
            short: HashMap::new(),
            restricted: HashMap::new(),
            words: HashSet::new(),
        };
        for row in rows() {
            let Row { form, position, jurisdictions } = row;
            if jurisdictions.word_elsewhere && !form.contains(' ') {
                f.restricted.insert(form.clone(), jurisdictions.clone());
            } else if is_short(&form) {
                let j = f.short.entry(form.clone()).or_default();
                j.everywhere |= jurisdictions.everywhere;
                j.countries.extend(jurisdictions.countries);
            }
            let words: Vec<String> = form.split(' ').map(str::to_string).collect();
            let glued = words.len() == 1 && form.chars().all(is_glued_script);
            if words.len() == 1 && !glued {
                f.words.insert(form.clone());
            }
            let at_end = matches!(position, Position::End | Position::Ends | Position::Any);
            let at_start = matches!(position, Position::Start | Position::Ends | Position::Any);
            if position == Position::Any {
                f.any.insert(form.clone());
            }
            if glued {
                if at_end {
                    f.glued_end.push(form.clone());
                }
                if at_start {
                    f.glued_start.push(form);
                }
                continue;
            }
            if at_end {
                f.end.push(words.clone());
            }
            if at_start {
                f.start.push(words);
            }
        }
        for list in [&mut f.end, &mut f.start] {
            list.sort_by_key(|w| std::cmp::Reverse(w.len()));
        }
        for list in [&mut f.glued_end, &mut f.glued_start] {
            list.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        }
        f
    })
}

/// A row of [`LEGAL_FORMS_CSV`], read.
struct Row {
    /// Folded.
    form: String,
    position: Position,
    jurisdictions: Jurisdictions,
}

/// The rows of [`LEGAL_FORMS_CSV`]: each form folded, with its position and the jurisdictions that are ISO codes (a
/// row not read is left out: a test reads them all).
fn rows() -> Vec<Row> {
    let mut rdr = csv::Reader::from_reader(LEGAL_FORMS_CSV.as_bytes());
    rdr.records()
        .flatten()
        .filter_map(|rec| {
            let form = fold_words(rec.get(0)?);
            let position = match rec.get(1)? {
                "any" => Position::Any,
                "end" => Position::End,
                "start" => Position::Start,
                "ends" => Position::Ends,
                _ => return None,
            };
            let tokens = rec.get(2).unwrap_or_default().split_whitespace();
            let mut jurisdictions = Jurisdictions::default();
            for t in tokens {
                if t == "*" {
                    jurisdictions.everywhere = true;
                } else if t == "!" {
                    jurisdictions.word_elsewhere = true;
                } else if t.len() == 2
                    && let Some(c) = CountryCode::parse(t)
                {
                    jurisdictions.countries.insert(c);
                }
            }
            (!form.is_empty()).then_some(Row { form, position, jurisdictions })
        })
        .collect()
}

/// Scripts written without spaces between words, whose legal forms are glued to the name.
fn is_glued_script(c: char) -> bool {
    matches!(c, '\u{3040}'..='\u{30ff}' | '\u{3400}'..='\u{4dbf}' | '\u{4e00}'..='\u{9fff}' | '\u{f900}'..='\u{faff}')
}

/// Whether a folded word is a legal form dropped wherever it stands (`inc`, `ltd`, `gmbh` …).
pub fn is_legal_form_word(word: &str) -> bool {
    forms().any.contains(word)
}

/// Every legal form of one word in Latin letters (folded: `ltd`, `co`, `est`, `establishment`, `sarl` …), wherever
/// and in whichever jurisdictions it is dropped: words that say what kind of firm a name is, never which firm. For
/// the matchers that weigh a name's words (screening's distinctive words of Arabic firm names), from the one list
/// the normaliser reads.
pub fn one_word_forms() -> impl Iterator<Item = &'static str> {
    forms().words.iter().map(String::as_str)
}

/// A name in the form of identity keys (facilities', list entries', parties', screening decisions'): folded
/// (`text::fold_words`: accents, case, punctuation, compatibility forms) and every legal form dropped
/// ([`without_legal_forms`]); `graph::national::normalise_name` is this.
pub fn identity_name(name: &str) -> String {
    without_legal_forms(&super::text::fold_words(name)).join(" ")
}

/// The words of a folded name (see [`fold_words`]) without its legal forms, every short form included
/// ([`ShortForms::Everywhere`], the form of identity keys): see [`without_legal_forms_where`].
pub fn without_legal_forms(folded: &str) -> Vec<&str> {
    without_legal_forms_where(folded, ShortForms::Everywhere)
}

/// The words of a folded name (see [`fold_words`]) without its legal forms, its short forms as `short` says: forms
/// at the end of the name, then at its start, are dropped as long as a word is left (`perak glove industries sdn
/// bhd` → `perak glove industries`, `pt maju jaya tbk` → `maju jaya`, `sdn bhd` stays `sdn`); then single-word forms
/// of position `any` are dropped wherever they stand — with [`ShortForms::Everywhere`] even the last word (`inc` →
/// nothing), otherwise a short one only when another word is left (`co` stays `co`).
pub fn without_legal_forms_where(folded: &str, short: ShortForms) -> Vec<&str> {
    let f = forms();
    let mut words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    loop {
        let before = words.len();
        if let Some(n) = f
            .end
            .iter()
            .find(|form| {
                form.len() < words.len()
                    && words.iter().rev().zip(form.iter().rev()).all(|(w, f)| w == f)
                    && f.droppable(form, short)
            })
            .map(Vec::len)
        {
            words.truncate(words.len() - n);
        }
        if let Some(n) = f
            .start
            .iter()
            .find(|form| {
                form.len() < words.len()
                    && words.iter().zip(form.iter()).all(|(w, f)| w == f)
                    && f.droppable(form, short)
            })
            .map(Vec::len)
        {
            words.drain(..n);
        }
        if words.len() == before {
            break;
        }
    }
    // Forms glued to a word of Chinese or Japanese script: the rest of the word stays (never an empty word).
    if let Some(last) = words.last_mut()
        && let Some(stem) = f.glued_end.iter().find_map(|g| last.strip_suffix(g.as_str()).filter(|s| !s.is_empty()))
    {
        *last = stem;
    }
    if let Some(first) = words.first_mut()
        && let Some(stem) = f.glued_start.iter().find_map(|g| first.strip_prefix(g.as_str()).filter(|s| !s.is_empty()))
    {
        *first = stem;
    }
    if short == ShortForms::Everywhere {
        words.retain(|w| !f.any.contains(*w));
        return words;
    }
    words.retain(|w| !f.any.contains(*w) || f.short.contains_key(*w));
    let drops = |w: &str| f.any.contains(w) && f.word_droppable(w, short);
    if words.iter().any(|w| !drops(w)) {
        words.retain(|w| !drops(w));
    }
    words
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_of_the_list_is_read_once() {
        let lines = LEGAL_FORMS_CSV.lines().skip(1).filter(|l| !l.trim().is_empty()).count();
        let read = rows();
        assert_eq!(read.len(), lines, "a row of legal_forms.csv has an empty form or an unknown position");
        let mut seen = HashSet::new();
        for Row { form, position, .. } in &read {
            assert!(seen.insert((form.clone(), format!("{position:?}"))), "{form:?} twice");
            if *position == Position::Any {
                assert!(!form.contains(' '), "{form:?}: a form dropped anywhere is one word");
            }
        }
    }

    /// A short form's jurisdictions decide where it is dropped: each of them must be an ISO code (or `*`), none a
    /// word for the reader only (`EU`, `(article)`), else the form would be kept where it is used.
    #[test]
    fn every_short_form_names_where_it_is_used_in_iso_codes() {
        let mut rdr = csv::Reader::from_reader(LEGAL_FORMS_CSV.as_bytes());
        let mut short = 0;
        for rec in rdr.records() {
            let rec = rec.unwrap();
            if !is_short(&fold_words(&rec[0])) {
                continue;
            }
            short += 1;
            for t in rec[2].split_whitespace() {
                assert!(
                    t == "*" || (t.len() == 2 && CountryCode::parse(t).is_some_and(|c| c.as_str() == t)),
                    "{}: {t:?} is no ISO 3166-1 code",
                    &rec[0]
                );
            }
            assert!(!rec[2].trim().is_empty(), "{}: no jurisdiction", &rec[0]);
        }
        assert!(short >= 20, "{short}");
        assert_eq!(forms().short.len(), short, "one short form, one row");
    }

    fn norm_in(name: &str, country: &str) -> String {
        let short = CountryCode::parse(country).map_or(ShortForms::Nowhere, ShortForms::In);
        without_legal_forms_where(&fold_words(name), short).join(" ")
    }

    #[test]
    fn a_short_form_is_dropped_where_its_country_uses_it() {
        for (name, country, want) in [
            ("Bergen Rope AS", "NO", "bergen rope"),
            ("Izmir Halat A.Ş.", "TR", "izmir halat"),
            ("Nordic Yarn AB", "SE", "nordic yarn"),
            ("Suomen Kuitu Oy", "FI", "suomen kuitu"),
            ("Iberia Cordeleria SE", "ES", "iberia cordeleria"),
            ("Nordwerk Textil AG", "DE", "nordwerk textil"),
            ("Delft Kabel BV", "NL", "delft kabel"),
            ("Textiles Andinos SA", "PE", "textiles andinos"),
            ("Sapporo Kogyo KK", "JP", "sapporo kogyo"),
            ("PT Maju Jaya", "ID", "maju jaya"),
            // `Co` is written by firms of every country.
            ("Gannet Uniform Co.", "CA", "gannet uniform"),
        ] {
            assert_eq!(norm_in(name, country), want, "{name} ({country})");
        }
    }

    #[test]
    fn a_short_form_that_is_a_word_of_the_name_stays() {
        for (name, country, want) in [
            // The country does not use the form: the word is the name's.
            ("Midwest AG", "US", "midwest ag"),
            ("Prairie AG Services", "CA", "prairie ag services"),
            ("SA Foods", "ZA", "sa foods"),
            ("Follow Me", "US", "follow me"),
            ("Desert Mining NV", "US", "desert mining nv"),
            ("Kim Min Se", "KR", "kim min se"),
            ("PT Solutions", "US", "pt solutions"),
            // Used there, but a short form dropped anywhere never takes the last word.
            ("SA", "FR", "sa"),
            ("Co", "CA", "co"),
            ("AG Inc", "DE", "ag"),
        ] {
            assert_eq!(norm_in(name, country), want, "{name} ({country})");
        }
        // Read with no short form dropped, longer forms still go.
        assert_eq!(norm_in("Bergen Rope AS Ltd", ""), "bergen rope as");
        // Keys keep the form they always had: every short form dropped, wherever the name is from.
        assert_eq!(norm("Midwest AG"), "midwest");
        assert_eq!(norm("Follow Me"), "follow");
    }

    fn norm(name: &str) -> String {
        without_legal_forms(&fold_words(name)).join(" ")
    }

    /// A form that is a word of names elsewhere (`!`) names where it is a form in ISO codes, and is no short form
    /// nor one dropped anywhere (its country decides).
    #[test]
    fn every_form_that_is_a_word_elsewhere_names_where_it_is_a_form() {
        let mut rdr = csv::Reader::from_reader(LEGAL_FORMS_CSV.as_bytes());
        let mut marked = 0;
        for rec in rdr.records() {
            let rec = rec.unwrap();
            let mut tokens = rec[2].split_whitespace();
            if tokens.next() != Some("!") {
                assert!(!rec[2].contains('!'), "{}: `!` opens the field", &rec[0]);
                continue;
            }
            marked += 1;
            assert!(!fold_words(&rec[0]).contains(' ') && &rec[1] != "any", "{}: one word, at an end", &rec[0]);
            let codes: Vec<&str> = tokens.collect();
            assert!(!codes.is_empty(), "{}: no jurisdiction", &rec[0]);
            for t in codes {
                assert!(CountryCode::parse(t).is_some_and(|c| c.as_str() == t), "{}: {t:?} is no ISO code", &rec[0]);
            }
        }
        assert_eq!(forms().restricted.len(), marked);
    }

    /// Spelt out, abbreviated, in initials or in Cyrillic letters: one form, the same name once dropped.
    #[test]
    fn a_form_spelt_out_and_abbreviated_is_dropped_alike() {
        for (country, names, want) in [
            (
                "SA",
                &["Al Waha Trading Est.", "Al Waha Trading Establishment", "Est. Al Waha Trading"][..],
                "al waha trading",
            ),
            (
                "SN",
                &["Société des Textiles du Sahel", "Sté des Textiles du Sahel", "Ste des Textiles du Sahel"],
                "des textiles du sahel",
            ),
            ("FR", &["Compagnie des Cordages", "Cie des Cordages"], "des cordages"),
            (
                "KH",
                &["Golden Orchid Co., Ltd", "Golden Orchid Company Limited", "Golden Orchid Co. Limited"],
                "golden orchid",
            ),
            (
                "MA",
                &["Atlas Tissage S.A.R.L.", "Atlas Tissage SARL", "Atlas Tissage Société à responsabilité limitée"],
                "atlas tissage",
            ),
            (
                "US",
                &["Ozark Fasteners LLC", "Ozark Fasteners L.L.C.", "Ozark Fasteners Limited Liability Company"],
                "ozark fasteners",
            ),
            ("TR", &["Bursa Ipek A.Ş.", "Bursa Ipek AŞ", "Bursa Ipek Anonim Şirketi"], "bursa ipek"),
            ("RU", &["Kama Kanat PJSC", "Kama Kanat Public Joint Stock Company", "PAO Kama Kanat"], "kama kanat"),
            ("RU", &["OOO Severnaya Tkan", "ООО Severnaya Tkan", "Severnaya Tkan LLC"], "severnaya tkan"),
            ("RU", &["ОАО Северная Ткань", "Северная Ткань"], "северная ткань"),
            ("ID", &["PT Sinar Rajut Tbk", "Perseroan Terbatas Sinar Rajut", "Sinar Rajut Tbk."], "sinar rajut"),
            ("DE", &["Rhein Seil GmbH", "Rhein Seil Gesellschaft mit beschränkter Haftung"], "rhein seil"),
            ("MY", &["Perak Glove Sdn. Bhd.", "Perak Glove Sendirian Berhad"], "perak glove"),
            ("VN", &["Cty TNHH May Sai Gon", "Công ty TNHH May Sài Gòn", "May Sai Gon Co., Ltd."], "may sai gon"),
            (
                "MX",
                &["Confecciones Norte S.A. de C.V.", "Confecciones Norte Sociedad Anónima de Capital Variable"],
                "confecciones norte",
            ),
            ("JP", &["Osaka Seiko K.K.", "Osaka Seiko Kabushiki Kaisha"], "osaka seiko"),
        ] {
            let c = CountryCode::parse(country).unwrap();
            for name in names {
                let got = without_legal_forms_where(&fold_words(name), ShortForms::In(c)).join(" ");
                assert_eq!(got, want, "{name} ({country})");
            }
        }
    }

    /// A form that is a word of names elsewhere stays where its country has no such form, where the country is not
    /// known, and in identity keys (which keep the form they always had).
    #[test]
    fn a_form_that_is_a_word_elsewhere_stays_outside_its_countries() {
        for (name, country, want) in [
            ("Textiles du Nord Est", "FR", "textiles du nord est"),
            ("Est Textiles", "CA", "est textiles"),
            ("Ste Marie Textiles", "CA", "ste marie textiles"),
            ("Société Générale de Câbles", "US", "societe generale de cables"),
            ("Compagnie Cordage", "GB", "compagnie cordage"),
        ] {
            assert_eq!(norm_in(name, country), want, "{name} ({country})");
        }
        assert_eq!(norm("Al Waha Trading Est."), "al waha trading est");
        assert_eq!(norm("Sté Tissage du Nord"), "ste tissage du nord");
        assert_eq!(norm_in("Al Waha Trading Est.", ""), "al waha trading est");
    }

    #[test]
    fn legal_forms_of_many_jurisdictions_are_dropped() {
        for (name, want) in [
            ("Perak Glove Industries Sdn. Bhd.", "perak glove industries"),
            ("Klang Rubber Works Sdn Bhd", "klang rubber works"),
            ("Ipoh Latex Berhad", "ipoh latex"),
            ("Hooghly Cordage Works Private Limited", "hooghly cordage works"),
            ("Hooghly Cordage Works Pvt. Ltd.", "hooghly cordage works"),
            ("Jurong Fasteners Pte. Ltd.", "jurong fasteners"),
            ("PT Maju Jaya Textile Tbk", "maju jaya textile"),
            ("CV Sinar Abadi", "sinar abadi"),
            ("Songkhla Latex Gloves Co., Ltd.", "songkhla latex gloves"),
            ("Siam Rubber Public Company Limited", "siam rubber"),
            ("OOO Severnaya Tkan", "severnaya tkan"),
            ("PAO Uralkaliy Trade", "uralkaliy trade"),
            ("Tekstil Grup AO", "tekstil grup"),
            ("Nordwerk GmbH & Co. KG", "nordwerk"),
            ("Tessitura Lombarda S.p.A.", "tessitura lombarda"),
            ("Confecciones del Norte S. de R.L. de C.V.", "confecciones del norte"),
            ("Calçados Paulista Ltda.", "calcados paulista"),
            ("Têxtil Mineira EIRELI", "textil mineira"),
            ("Nordic Yarn AB", "nordic yarn"),
            ("Bergen Rope AS", "bergen rope"),
            ("Suomen Kuitu Oy", "suomen kuitu"),
            ("Osaka Seiko KK", "osaka seiko"),
            ("Công ty TNHH May Mặc Sài Gòn", "may mac sai gon"),
            ("Công ty Cổ phần Dệt Hà Nội", "det ha noi"),
            ("Saigon Garment JSC", "saigon garment"),
            ("Saigon Garment J.S.C.", "saigon garment"),
            ("Saigon Garment Joint Stock Co.", "saigon garment"),
            ("Saigon Garment Joint Stock Company", "saigon garment"),
            ("Binh Phuoc Rubber One Member Limited Liability Company", "binh phuoc rubber"),
            ("Binh Phuoc Rubber One Member Co., Ltd.", "binh phuoc rubber"),
            ("Hooghly Cordage Works (P) Ltd", "hooghly cordage works"),
            ("Perak Glove Industries (M) Sdn. Bhd.", "perak glove industries"),
            ("Klang Latex (M) Berhad", "klang latex"),
            ("Anatolia Tekstil Sanayi Ltd. Şti.", "anatolia tekstil sanayi"),
            ("深圳华强电子有限公司", "深圳华强电子"),
            ("台灣紡織股份有限公司", "台灣紡織"),
            ("Shenzhen Huaqiang Dianzi You Xian Gong Si", "shenzhen huaqiang dianzi"),
        ] {
            assert_eq!(norm(name), want, "{name}");
        }
    }

    #[test]
    fn words_that_only_look_like_legal_forms_stay() {
        for (name, want) in [
            // A form of position `end` or `start` is kept elsewhere in the name.
            ("Private Label Foods", "private label foods"),
            ("AB Textiles Canada", "ab textiles canada"),
            ("Cordage Pt Claire", "cordage pt claire"),
            ("Kabushiki Tools Ireland", "kabushiki tools ireland"),
            ("Oy Vey Bagels", "oy vey bagels"),
            // A name is never cut to nothing by forms of position `end` or `start`.
            ("Sdn Bhd", "sdn"),
            ("PT", "pt"),
            // Forms dropped anywhere go, as before.
            ("Inc", ""),
        ] {
            assert_eq!(norm(name), want, "{name}");
        }
    }
}
