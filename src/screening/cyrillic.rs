//! People's names of Cyrillic script (Russian, Ukrainian, Belarusian, and the Central Asian names written in it) in
//! any of the romanisations lists and passports use: `Абдуллаев Рустам Шамильевич` is `Rustam Abdullaev` (ICAO 9303,
//! the passport's), `Abdullayev Rustam` (BGN/PCGN, the US and UK lists'), `Roustam Abdoullaïev` (French usage),
//! `Abdullaev R.` (an initial), in any word order, with or without the patronymic.
//!
//! A Cyrillic name is first written in Latin letters by the ICAO column of
//! [`cyrillic_latin.csv`](self) (which also gives, as data with its sources, how BGN/PCGN, French usage and ISO 9
//! write each letter); ISO 9's letters with diacritics are read as the letter groups they stand for (`š` as `sh`).
//! Each word, whatever system wrote it, is then read into one **merged reading** where what the systems write apart
//! is one symbol ([`read_word`]):
//!
//! | written | read as |
//! |---|---|
//! | `sh`, `ch`, `tch`, `shch`, `chtch`, `sch`, `tsch` (ш, ч, щ) | `S` |
//! | `zh`, `j` (ж; `j` ending a word or before a consonant is й: `i`) | `Z` |
//! | `kh` (х) | `h` |
//! | `ts`, `tz` (ц) | `c` |
//! | `ou` (French у) | `u` |
//! | `y`, `ï` (й, ы) | `i` |
//! | `gu` before `e` or `i` (French г) | `g` |
//! | `ie`, `io` (BGN `ye`, `yo`, French `ïe`, ICAO `ie` for ъ, е after ь) | `e` |
//! | a letter written twice (`ll`, `ss`, `ii`) | once |
//!
//! Two people's names are then the same name when, their patronymics aside (a word ending `-ovich`, `-evich`,
//! `-ovna`, `-evna`, `-ichna` once read), every word of each pairs with one word of the other by the same reading,
//! or as an initial with a word it starts (`R.` with `Rustam`, `Sh.` with `Shamilyevich`); a patronymic given on both
//! sides must be the same. So `Abdullaev Timur` is not `Abdullaev Rustam` (another given name), nor is
//! `Abdullaev Rustam Timurovich` `Abdullaev Rustam Shamilyevich` (another father).
//!
//! The reading merges sounds the systems never confuse for Russian (`ш` and `ч` are one symbol because French `ch` is
//! `ш` and English `ch` is `ч`), so two names differing only there read alike; the whole name must agree, word for
//! word, which keeps such a collision to one person's name in a list. ISO 9's `j` for `й` at the start of a word
//! (`Jurij`) is read as `ж` and not met.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::domain::text::fold_words;

/// The table of letters, with its sources: see the file's heading.
const LETTERS_CSV: &str = include_str!("cyrillic_latin.csv");

/// A romanisation of Cyrillic, a column of [`LETTERS_CSV`]. Names are read in ICAO's; the other columns are written
/// by the tests that check every system reads alike.
#[cfg_attr(not(test), allow(dead_code))]
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum System {
    /// ICAO Doc 9303 (machine-readable passports).
    Icao,
    /// BGN/PCGN 1947 (US and UK lists).
    BgnPcgn,
    /// French usage.
    French,
    /// ISO 9:1995 (with diacritics).
    Iso9,
}

/// Each Cyrillic letter (lower case) → its spelling in each system (as [`System`]'s order).
fn letters() -> &'static FxHashMap<char, [String; 4]> {
    static LETTERS: OnceLock<FxHashMap<char, [String; 4]>> = OnceLock::new();
    LETTERS.get_or_init(|| {
        let mut map = FxHashMap::default();
        for line in LETTERS_CSV.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).skip(1) {
            let cols: Vec<&str> = line.split(',').map(str::trim).collect();
            let (Some(letter), Some(icao), Some(bgn), Some(french), Some(iso)) =
                (cols.first().and_then(|c| c.chars().next()), cols.get(1), cols.get(2), cols.get(3), cols.get(4))
            else {
                continue;
            };
            map.insert(letter, [icao, bgn, french, iso].map(|s| s.to_string()));
        }
        map
    })
}

/// Whether a text holds a Cyrillic letter.
pub fn is_cyrillic(text: &str) -> bool {
    text.chars().any(|c| matches!(u32::from(c), 0x0400..=0x052F) && c.is_alphabetic())
}

/// A text with its Cyrillic letters written by `system` letter for letter (the first letter of a word in capitals
/// when it was), other characters as they are.
pub fn transliterate(text: &str, system: System) -> String {
    let col = match system {
        System::Icao => 0,
        System::BgnPcgn => 1,
        System::French => 2,
        System::Iso9 => 3,
    };
    let mut out = String::with_capacity(text.len() * 2);
    for c in text.chars() {
        let lower = c.to_lowercase().next().unwrap_or(c);
        match letters().get(&lower).and_then(|s| s.get(col)) {
            Some(s) if c != lower => {
                let mut cs = s.chars();
                if let Some(f) = cs.next() {
                    out.extend(f.to_uppercase());
                    out.push_str(cs.as_str());
                }
            }
            Some(s) => out.push_str(s),
            None => out.push(c),
        }
    }
    out
}

/// ISO 9's letters with diacritics as the letter groups the other systems write (`š` → `sh`), and the soft and hard
/// signs' marks (`ʹ`, `ʺ`, an apostrophe) dropped, so that folding the accents away loses no letter.
fn without_iso9_marks(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'š' | 'Š' => out.push_str("sh"),
            'č' | 'Č' => out.push_str("ch"),
            'ž' | 'Ž' => out.push_str("zh"),
            'ŝ' | 'Ŝ' => out.push_str("shch"),
            'â' | 'Â' => out.push_str("ia"),
            'û' | 'Û' => out.push_str("iu"),
            'ê' | 'Ê' => out.push_str("ie"),
            'ʹ' | 'ʺ' | '\'' | '’' | 'ʼ' | '`' => {}
            c => out.push(c),
        }
    }
    out
}

fn vowel(b: Option<&u8>) -> bool {
    matches!(b, Some(b'a' | b'e' | b'i' | b'o' | b'u' | b'y'))
}

/// One word (lower-case ASCII letters) in the merged reading (see the module's documentation).
pub fn read_word(word: &str) -> String {
    let w = word.as_bytes();
    let mut first = String::with_capacity(w.len());
    let mut i = 0;
    while let Some(&c) = w.get(i) {
        let rest = w.get(i..).unwrap_or_default();
        let (piece, len): (&str, usize) = if rest.starts_with(b"chtch") {
            ("S", 5)
        } else if rest.starts_with(b"shch") || rest.starts_with(b"tsch") {
            ("S", 4)
        } else if rest.starts_with(b"tch") || rest.starts_with(b"sch") {
            ("S", 3)
        } else if rest.starts_with(b"sh") || rest.starts_with(b"ch") {
            ("S", 2)
        } else if rest.starts_with(b"zh") {
            ("Z", 2)
        } else if rest.starts_with(b"kh") {
            ("h", 2)
        } else if rest.starts_with(b"ts") || rest.starts_with(b"tz") {
            ("c", 2)
        } else if rest.starts_with(b"ou") {
            ("u", 2)
        } else if rest.starts_with(b"gu") && matches!(w.get(i + 2), Some(b'e' | b'i')) {
            ("g", 2)
        } else {
            match c {
                b'j' if i > 0 && !vowel(w.get(i + 1)) => ("i", 1),
                b'j' => ("Z", 1),
                b'y' => ("i", 1),
                b'x' => ("ks", 1),
                b'w' => ("v", 1),
                b'q' => ("k", 1),
                _ => ("", 1),
            }
        };
        if piece.is_empty() {
            first.push(char::from(c));
        } else {
            first.push_str(piece);
        }
        i += len;
    }
    // `ie`, `io` → `e`; then doubled letters once.
    let mut merged = first.replace("ie", "e").replace("io", "e");
    merged.dedup_by_same();
    merged
}

/// Letters written twice in a row, once.
trait DedupSame {
    fn dedup_by_same(&mut self);
}

impl DedupSame for String {
    fn dedup_by_same(&mut self) {
        let mut out = String::with_capacity(self.len());
        for c in self.chars() {
            if !out.ends_with(c) {
                out.push(c);
            }
        }
        *self = out;
    }
}

/// The endings of a patronymic, once read (`-ovich`, `-evich`, `-ovna`, `-evna`, `-ichna`: `Shamilyevich`,
/// `Petrovna`, `Ilyinichna`).
const PATRONYMIC_ENDINGS: &[&str] = &["oviS", "eviS", "ovna", "evna", "iSna"];

/// A person's name read: its words in the merged reading, patronymics apart.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Reading {
    /// The words other than patronymics, in order (an initial is one letter).
    pub words: Vec<String>,
    /// The patronymics (when the name has two other words or more).
    pub patronymics: Vec<String>,
}

impl Reading {
    /// The words candidates are found by: the words that are not initials.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.words.iter().filter(|w| w.len() >= 2)
    }
}

/// A person's name, in Cyrillic or Latin letters (as written), read into its merged reading.
pub fn read(name: &str) -> Reading {
    let latin = if is_cyrillic(name) { transliterate(name, System::Icao) } else { name.to_string() };
    let folded = fold_words(&without_iso9_marks(&latin));
    let words: Vec<String> = folded.split(' ').filter(|w| !w.is_empty()).map(read_word).collect();
    let is_patronymic = |w: &String| w.len() >= 6 && PATRONYMIC_ENDINGS.iter().any(|e| w.ends_with(e));
    let others = words.iter().filter(|w| !is_patronymic(w)).count();
    if others < 2 {
        return Reading { words, patronymics: Vec::new() };
    }
    let (patronymics, words) = words.into_iter().partition(is_patronymic);
    Reading { words, patronymics }
}

/// Whether two people's names read are the same name (see the module's documentation): every word of each paired
/// with one of the other, by the same reading or as an initial (an initial left over may stand for the other side's
/// patronymic), one pair of whole words at least, two words a side at least; patronymics given on both sides the
/// same.
pub fn same_person(a: &Reading, b: &Reading) -> bool {
    if a.words.len() < 2 || b.words.len() < 2 {
        return false;
    }
    if !a.patronymics.is_empty() && !b.patronymics.is_empty() && a.patronymics != b.patronymics {
        return false;
    }
    let initial_of = |i: &str, w: &str| i.len() == 1 && w.len() > 1 && w.starts_with(i);
    let mut b_free: Vec<bool> = vec![true; b.words.len()];
    let mut a_left: Vec<&String> = Vec::new();
    let mut whole = 0;
    for w in &a.words {
        let found = b.words.iter().zip(b_free.iter_mut()).find(|(x, free)| **free && w.len() >= 2 && *x == w);
        match found {
            Some((_, free)) => {
                *free = false;
                whole += 1;
            }
            None => a_left.push(w),
        }
    }
    if whole == 0 {
        return false;
    }
    for w in a_left {
        let found =
            b.words.iter().zip(b_free.iter_mut()).find(|(x, free)| **free && (initial_of(w, x) || initial_of(x, w)));
        match found {
            Some((_, free)) => *free = false,
            None if b.patronymics.iter().any(|p| initial_of(w, p)) => {}
            None => return false,
        }
    }
    b.words.iter().zip(&b_free).filter(|(_, free)| **free).all(|(x, _)| a.patronymics.iter().any(|p| initial_of(x, p)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_four_systems_read_one_name_alike() {
        let name = "Абдуллаев Рустам Шамильевич";
        let icao = read(&transliterate(name, System::Icao));
        for system in [System::BgnPcgn, System::French, System::Iso9] {
            let written = transliterate(name, system);
            assert_eq!(read(&written), icao, "{written}");
        }
        assert_eq!(transliterate(name, System::French), "Abdoullaev Roustam Chamilevitch");
        assert_eq!(transliterate(name, System::BgnPcgn), "Abdullaev Rustam Shamil'evich");
        assert_eq!(icao.words, ["abdulaev", "rustam"]);
        assert_eq!(icao.patronymics, ["SamileviS"]);
        for (a, b) in [
            ("Abdullayev", "Abdoullaïev"),
            ("Yevgeniy", "Evguéni"),
            ("Dmitriy", "Dmitri"),
            ("Fyodor", "Fiodor"),
            ("Zhukov", "Joukov"),
            ("Khrushchev", "Khrouchtchev"),
            ("Tsvetkova", "Cvetkova"),
            ("Vasiliy", "Vassili"),
            ("Sergej", "Sergey"),
            ("Dzhamshid", "Djamchid"),
        ] {
            assert_eq!(read_word(&fold_words(&without_iso9_marks(a))), read_word(&fold_words(b)), "{a} {b}");
        }
    }

    #[test]
    fn a_name_is_the_same_in_any_order_with_or_without_its_patronymic_and_by_initials() {
        let listed = read("Абдуллаев Рустам Шамильевич");
        for same in [
            "Rustam Abdullaev",
            "Roustam Abdoullaïev",
            "Abdullayev Rustam",
            "ABDULLAEV, Rustam",
            "Abdullaev R.",
            "R. Abdullaev",
            "Rustam Shamilyevich Abdullayev",
            "Abdullaev Rustam Sh.",
            "Абдуллаев Рустам",
        ] {
            assert!(same_person(&read(same), &listed), "{same}");
            assert!(same_person(&listed, &read(same)), "{same}");
        }
        for other in [
            "Timur Abdullaev",
            "Abdullaev T.",
            "Rustam Abdulov",
            "Abdullaev Rustam Timurovich",
            "Rustam Abdullaev Karimov",
            "Abdullaev",
            "R. A.",
        ] {
            assert!(!same_person(&read(other), &listed), "{other}");
        }
    }
}
