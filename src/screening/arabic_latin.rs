//! Arabic names written in Latin letters, the English way against the French way: `Mohammed Abd al-Qadir al-Hashimi`
//! and `Mohamed Abdelkader El Hachemi` are one man's name. The two romanisations write the same Arabic letters
//! otherwise (`sh`/`ch`, `j`/`dj`, `u`/`ou`, `q`/`k`, `th`/`t` …: [`arabic_latin_spellings.csv`](self), kept as data
//! with its source), join or part the article (`al-Hashimi`, `El Hachemi`, `Alhashimi`) and the `Abd` of a name
//! (`Abd al-Qadir`, `Abdelkader`, `Abdulqader`, `Abdul Qadir`), and write the short vowels Arabic leaves unwritten as
//! they hear them (`Kader`, `Qadir`). Word similarity over the letters as written misses them all.
//!
//! A Latin name is read here into **romanisation words**:
//! - the article written as a word (`al`, `el`, `ul`, or assimilated before a sun letter, `ar Rashid`, `es Sayed`) is
//!   left out; joined to its word (`Alhashimi`, `Errachidi`), it is left out when four letters or more remain;
//! - `Abd` and the name it is joined to are two words, however written: `Abdelkader`, `Abdulqader`, `Abd al-Qadir`,
//!   `Abdul Qadir` are all `abd kadir`; `Abdallah`, `Abdullah`, `Abd Allah` all `abd la`;
//! - each word is then read by the spelling rules of the CSV (in order, the longest group first), doubled letters
//!   once, and a name of [`arabic_given_names.csv`](self) as the first spelling of its line (`Mohd` is `Muhammad`).
//!
//! Two names are then compared by the matcher's word similarity over these words ([`super::similarity`]: the same
//! threshold, [`super::THRESHOLD`], and entry coverage, [`super::ENTRY_COVERAGE`], as any two names), so that
//! `Muhammad`/`Mohamed` (one vowel apart once read) meet while `Mahmoud`/`Mohammed`, `Abd al-Karim`/`Abd al-Qadir`,
//! `al-Hakimi`/`al-Hashimi` (other consonants) do not. Only names that carry a mark of Arabic origin are read so
//! ([`read`]: an article, `Abd`, `bin`/`ibn`/`Abu`, or a name of the list), entries at indexing and parties
//! against them: `Jean Martin` and `Jan Martin` stay two names.

use std::sync::OnceLock;

use rustc_hash::FxHashMap;

use crate::domain::text::fold_words;

/// The spelling rules, with their source: see the file's heading.
const SPELLINGS_CSV: &str = include_str!("arabic_latin_spellings.csv");
/// Names and their spellings, with their source: see the file's heading.
const NAMES_CSV: &str = include_str!("arabic_given_names.csv");
/// Trade words of firm names and their translations, with their source: see the file's heading.
const FIRM_WORDS_CSV: &str = include_str!("arabic_firm_words.csv");
/// Words of firm names that say what kind of firm it is (`sharikat`, `muassasa`, `sons`), with their source: see the
/// file's heading. The legal forms (`Est`, `Establishment`, `Co`) are read from `domain/legal_forms.csv`.
const FIRM_KINDS_CSV: &str = include_str!("arabic_firm_kinds.csv");

/// Where a spelling rule applies in a word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Applies {
    Anywhere,
    WordStart,
    WordEnd,
    BeforeFrontVowel,
    BetweenConsonants,
}

/// One spelling rule: a letter group, what it is read as, and where.
#[derive(Debug, Clone)]
struct Rule {
    from: Vec<u8>,
    to: &'static str,
    applies: Applies,
}

/// The rules of the CSV, the longest letter group first (in the file's order among groups of one length).
fn rules() -> &'static [Rule] {
    static RULES: OnceLock<Vec<Rule>> = OnceLock::new();
    RULES.get_or_init(|| {
        let mut rules: Vec<Rule> = SPELLINGS_CSV
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .skip(1)
            .filter_map(|l| {
                let mut cols = l.split(',');
                let from = cols.next()?.trim().as_bytes().to_vec();
                let to = cols.next()?.trim();
                let applies = match cols.next()?.trim() {
                    "anywhere" => Applies::Anywhere,
                    "word_start" => Applies::WordStart,
                    "word_end" => Applies::WordEnd,
                    "before_front_vowel" => Applies::BeforeFrontVowel,
                    "between_consonants" => Applies::BetweenConsonants,
                    _ => return None,
                };
                (!from.is_empty()).then_some(Rule { from, to, applies })
            })
            .collect();
        rules.sort_by_key(|r| std::cmp::Reverse(r.from.len()));
        rules
    })
}

/// [`rules`] by the first letter of their group, each list in the order of [`rules`]: a letter is tried against the
/// rules that can start there only, the same first match as a scan of every rule finds.
fn rules_by_first() -> &'static [Vec<&'static Rule>] {
    static BY_FIRST: OnceLock<Vec<Vec<&'static Rule>>> = OnceLock::new();
    BY_FIRST.get_or_init(|| {
        let mut by: Vec<Vec<&'static Rule>> = vec![Vec::new(); 256];
        for r in rules() {
            if let Some(list) = r.from.first().and_then(|b| by.get_mut(usize::from(*b))) {
                list.push(r);
            }
        }
        by
    })
}

/// Each spelling of the names' CSV, read by the rules, → the first spelling of its line read by the rules.
fn names() -> &'static FxHashMap<String, String> {
    static NAMES: OnceLock<FxHashMap<String, String>> = OnceLock::new();
    NAMES.get_or_init(|| spellings_of(NAMES_CSV))
}

/// Each word of the firm words' CSV, read by the rules, → the first word of its line read by the rules.
fn firm_words() -> &'static FxHashMap<String, String> {
    static WORDS: OnceLock<FxHashMap<String, String>> = OnceLock::new();
    WORDS.get_or_init(|| spellings_of(&latin_columns(FIRM_WORDS_CSV)))
}

/// The firm words' CSV (`word,arabic,english,french,spellings`) as lines `word,other other …` of its Latin columns
/// (its heading line kept): the Arabic letters are read by `super::arabic`, not here.
fn latin_columns(csv: &str) -> String {
    csv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split(',').collect();
            let word = cols.first().copied().unwrap_or_default();
            let others: Vec<&str> = cols.iter().skip(2).flat_map(|c| c.split(' ')).filter(|w| !w.is_empty()).collect();
            format!("{word},{}\n", others.join(" "))
        })
        .collect()
}

/// A CSV of lines `first,other other …` (after its heading): each word read by the rules → the first read so.
fn spellings_of(csv: &str) -> FxHashMap<String, String> {
    let mut map = FxHashMap::default();
    for line in csv.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).skip(1) {
        let Some((name, spellings)) = line.split_once(',') else { continue };
        let first = spell(&fold_words(name));
        for s in std::iter::once(name).chain(spellings.split(' ')) {
            let s = fold_words(s);
            if !s.is_empty() {
                map.insert(spell(&s), first.clone());
            }
        }
    }
    map
}

fn is_vowel(b: u8) -> bool {
    matches!(b, b'a' | b'e' | b'i' | b'o' | b'u')
}

/// One word (lower-case ASCII letters) read by the spelling rules, doubled letters once.
pub fn spell(word: &str) -> String {
    let w = word.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(w.len());
    let mut i = 0;
    while i < w.len() {
        let starting = w.get(i).and_then(|b| rules_by_first().get(usize::from(*b))).map_or(&[][..], Vec::as_slice);
        let rule = starting.iter().find(|r| applies_at(r, w, i));
        let (piece, len): (&[u8], usize) = match rule {
            Some(r) => (r.to.as_bytes(), r.from.len()),
            None => (w.get(i..i + 1).unwrap_or_default(), 1),
        };
        for &b in piece {
            if out.last() != Some(&b) {
                out.push(b);
            }
        }
        i += len;
    }
    String::from_utf8(out).unwrap_or_default()
}

/// Whether `rule` reads the letters of `w` at byte `i`: its group is there, and where the group stands is where the
/// rule applies.
fn applies_at(r: &Rule, w: &[u8], i: usize) -> bool {
    let end = i + r.from.len();
    w.get(i..end) == Some(r.from.as_slice())
            && match r.applies {
                Applies::Anywhere => true,
                Applies::WordStart => i == 0,
                Applies::WordEnd => end == w.len() && i > 0,
                Applies::BeforeFrontVowel => w.get(end).is_some_and(|b| matches!(b, b'e' | b'i' | b'y')),
                Applies::BetweenConsonants => {
                    i > 0
                        && w.get(i - 1).is_some_and(|b| !is_vowel(*b))
                        && w.get(end).is_some_and(|b| !is_vowel(*b))
                }
            }
            // A final `e` or `h` is dropped after a consonant (`e`) or a vowel (`h`) only.
            && !(r.applies == Applies::WordEnd
                && r.to.is_empty()
                && match r.from.as_slice() {
                    b"e" => w.get(i - 1).is_none_or(|b| is_vowel(*b)),
                    b"h" => w.get(i - 1).is_none_or(|b| !is_vowel(*b)),
                    _ => false,
                })
}

/// The article written as its own word: `al`, `el`, `ul`, `il`, and before a sun letter its assimilated forms
/// (`ar`, `es`, `ash`, `ech` … before a word starting with that letter).
fn is_article(word: &str, next: &str) -> bool {
    if matches!(word, "al" | "el" | "ul" | "il") {
        return true;
    }
    let sun = matches!(
        word,
        "ad" | "ar" | "as" | "at" | "az" | "an" | "ash" | "ath" | "ed" | "er" | "es" | "et" | "ez" | "en" | "ech"
    );
    sun && word.get(1..).is_some_and(|c| next.starts_with(c) || (c == "ech" && next.starts_with("sh")))
}

/// A word without the article joined to it (`alhashimi`, `elhachemi`, `errachidi`), when `min` letters or more
/// remain; the word as it is otherwise.
fn without_joined_article(word: &str, min: usize) -> &str {
    let b = word.as_bytes();
    let rest = match b {
        [b'a' | b'e' | b'u', b'l', ..] => word.get(2..),
        // Assimilated: a vowel, then a sun letter written twice (`errachidi`, `ettounsi`, `assayed`).
        [b'a' | b'e', c, d, ..] if c == d && b"dnrstz".contains(c) => word.get(2..),
        _ => None,
    };
    rest.filter(|r| r.len() >= min).unwrap_or(word)
}

/// `li` ("for") with the article, written as a word before the word it joins: `lil`, `lel`, and before a sun letter
/// its assimilated forms (`lin-Nasij`, `lit-Tijara`, `lish-Sharq`); `wal`, `wel` ("and the"). `An-Nur lil-Nasij` is
/// `Nur Nasij`. Never `li` alone, a Chinese surname.
fn is_preposition_with_article(word: &str, next: &str) -> bool {
    if matches!(word, "lil" | "lel" | "wal" | "wel") {
        return true;
    }
    let sun = matches!(word, "lid" | "lir" | "lis" | "lit" | "liz" | "lin" | "lish");
    sun && word.get(2..).is_some_and(|c| next.starts_with(c))
}

/// The conjunction "and" written as a word between two words of a name: the Arabic `و` transcribed `wa`, `w`, or
/// `wa` with the next word's article assimilated to its sun letter (`wan-Nasij`, `was-Sinaat`; `wal`, `wel` are read
/// by [`is_preposition_with_article`]), and the French `et` (`Filature et Tissage`; the English `and` the normaliser
/// drops). `An-Nur lil-Ghazl wa Nasij` is `Nur Ghazl Nasij`, as `Al-Nour Spinning and Weaving` is.
fn is_conjunction(word: &str, next: &str) -> bool {
    matches!(word, "wa" | "w" | "et")
        || matches!(word, "wad" | "war" | "was" | "wat" | "waz" | "wan" | "wash")
            && word.get(2..).is_some_and(|c| next.starts_with(c))
}

/// The `Abd` forms written as a word before the name they join (`Abd al-Qadir`, `Abdul Qadir`, `Abdel Kader`).
const ABD_WORDS: &[&str] = &["abd", "abdul", "abdel", "abdal", "abdoul", "abdol", "abdil", "abdu", "abdou"];

/// The name a word starting with `Abd` joins (`abdelkader` → `kader`, `abdulqader` → `qader`, `abderrahmane` →
/// `rrahmane`, `abdallah` → `lah`), when three letters or more remain after the article; none otherwise (`Abdi`,
/// `Abdou` are names of their own).
fn abd_joined(word: &str) -> Option<&str> {
    let rest = word.strip_prefix("abd")?;
    let named = ["oul", "ul", "el", "al", "ol", "il", "ou", "u", "e", "a", "o", "i"]
        .iter()
        .find_map(|a| rest.strip_prefix(a).filter(|r| r.len() >= 3))
        .unwrap_or(rest);
    (named.len() >= 3 && !ABD_WORDS.contains(&word)).then_some(named)
}

/// The words a kinship or a name element is written in, which mark a name as Arabic (`bin`, `ibn`, `abu`).
const KINSHIP: &[&str] = &["bin", "ben", "ibn", "bint", "abu", "abou", "bou", "ould"];

/// A Latin name (normalised: lower-case ASCII words) read into romanisation words (see the module's documentation),
/// when it carries a mark of Arabic origin; none otherwise.
pub fn read(normalised: &str) -> Option<Vec<String>> {
    let (words, marked) = read_any(normalised);
    (marked && !words.is_empty()).then_some(words)
}

/// A Latin name (normalised) read into romanisation words whether it carries a mark of Arabic origin or not (a
/// party's, compared with the entries that do), and whether it does.
pub fn read_any(normalised: &str) -> (Vec<String>, bool) {
    read_with(normalised, true)
}

/// A Latin name (normalised) with its articles left out and its `Abd` parted (`Mohamed Abdelkader El Hachemi` →
/// `mohamed abd kader hachemi`), its letters as written: what is compared with a name in Arabic letters
/// (`super::arabic`), which reads vowels as written (`ou` must be a written `و`) and so must not see them merged.
pub fn unjoined(normalised: &str) -> String {
    read_with(normalised, false).0.join(" ")
}

/// [`read_any`], each word read by the spelling rules and the names' list when `spelling`, else as written.
fn read_with(normalised: &str, spelling: bool) -> (Vec<String>, bool) {
    let spell = |w: &str| if spelling { spell(w) } else { w.to_string() };
    let words: Vec<&str> = normalised.split(' ').filter(|w| !w.is_empty()).collect();
    if words.is_empty() || !normalised.is_ascii() {
        return (Vec::new(), false);
    }
    let mut marked = false;
    let mut out: Vec<String> = Vec::with_capacity(words.len() + 1);
    let mut after_abd = false;
    let names = names();
    for (i, w) in words.iter().enumerate() {
        let next = words.get(i + 1).copied();
        if let Some(n) = next
            && (is_article(w, n) || is_preposition_with_article(w, n))
        {
            marked = true;
            continue;
        }
        if let Some(n) = next
            && i > 0
            && is_conjunction(w, n)
        {
            continue;
        }
        if ABD_WORDS.contains(w) && next.is_some() {
            marked = true;
            out.push("abd".into());
            after_abd = true;
            continue;
        }
        if let Some(name) = abd_joined(w) {
            marked = true;
            out.push("abd".into());
            out.push(spell(without_joined_article(name, 2)));
            after_abd = false;
            continue;
        }
        // The name after `Abd` loses its article however short what remains (`Abd Allah` is `abd la`).
        let bare = without_joined_article(w, if after_abd { 2 } else { 4 });
        after_abd = false;
        if KINSHIP.contains(w) {
            marked = true;
        }
        let spelt = spell(bare);
        let spelt = match names.get(&spelt).filter(|_| spelling) {
            Some(first) => {
                marked = true;
                first.clone()
            }
            None if spelling => firm_words().get(&spelt).cloned().unwrap_or(spelt),
            None => spelt,
        };
        if !spelt.is_empty() {
            out.push(spelt);
        }
    }
    (out, marked)
}

/// The keys candidates are found by: the first three letters of each romanisation word (none for a shorter word, nor
/// for `abd`, which every `Abd` name shares), and the words run together (so that `Abd Allah`, `abd la`, is found).
pub fn keys(words: &[String]) -> Vec<String> {
    let mut keys: Vec<String> =
        words.iter().filter(|w| w.as_str() != "abd").filter_map(|w| w.get(..3)).map(str::to_string).collect();
    keys.push(words.concat());
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// A firm name's distinctive words this few or fewer must agree word for word ([`distinctive_words_agree`]).
const FEW_DISTINCTIVE: usize = 2;

/// Each generic word of a firm name, read by the spelling rules.
fn generic_words() -> &'static rustc_hash::FxHashSet<String> {
    static WORDS: OnceLock<rustc_hash::FxHashSet<String>> = OnceLock::new();
    WORDS.get_or_init(|| {
        super::variants::GENERIC_WORDS
            .iter()
            .copied()
            .chain(crate::domain::legal_form::one_word_forms())
            .map(spell)
            .chain(firm_words().values().cloned())
            .chain(spellings_of(FIRM_KINDS_CSV).into_keys())
            .collect()
    })
}

/// The distinctive words of a name's romanisation words: neither generic (what the firm does or is) nor `abd`.
fn distinctive_of(words: &[String]) -> Vec<&String> {
    let generic = generic_words();
    words.iter().filter(|w| w.as_str() != "abd" && !generic.contains(w.as_str())).collect()
}

/// An entry's romanisation words this long or longer (`uiaving` for `weaving`, read by the rules) are trade and other
/// long words, not the short names Arabic roots make (`amal`, `fala`, `rahman`): one misspelt by a letter is still
/// the word ([`one_word`]).
const LONG_WORD: usize = 7;

/// Whether a party's romanisation word is an entry's: equal, or their vowels written apart and nothing else (`kadir`,
/// `kader`: the vowels Arabic leaves unwritten), or, the entry's word of [`LONG_WORD`] letters or more, one letter
/// dropped, added, changed or two swapped inside it (a trade word the lists do not know, `weaving`, typed `weving`: a
/// typo, not another firm) — a letter more or fewer at its end is another word (`mansuri`, `mansur`: the nisba of a
/// name is another family). `rahim`, `rahma`, `rahman`; `salah`, `falah` are other words.
fn one_word(party: &str, entry: &str) -> bool {
    party == entry
        || party.len() == entry.len()
            && party.bytes().zip(entry.bytes()).all(|(x, y)| x == y || is_vowel(x) && is_vowel(y))
        || entry.len() >= LONG_WORD
            && !party.starts_with(entry)
            && !entry.starts_with(party)
            && strsim::osa_distance(party, entry) == 1
}

/// Whether the distinctive words of a firm's name in Latin letters (`entry`, normalised) are all in the other's
/// (`party`, normalised) as words, when they are [`FEW_DISTINCTIVE`] or fewer: once the articles, `lil-`, the legal
/// forms and the trade words are left out, such a name is told from another by one word, and a letter apart in it
/// is another firm (`Al Salah Trading Est.` is not `Al Falah Trading Est.`, `Ar-Rahman lil-Nasij` not
/// `Ar-Rahma lil-Nasij`), however close the names' letters overall. Always true for a name of more distinctive
/// words (their similarity decides) or none.
///
/// Both names as their romanisation words ([`read_any`]): the index keeps an entry's ([`read`]), a party's is read
/// once for all its candidates.
pub fn distinctive_words_agree(party_words: &[String], entry_words: &[String]) -> bool {
    let entry_distinctive = distinctive_of(entry_words);
    if entry_distinctive.is_empty() || entry_distinctive.len() > FEW_DISTINCTIVE {
        return true;
    }
    let party_distinctive = distinctive_of(party_words);
    entry_distinctive.iter().all(|e| party_distinctive.iter().any(|p| one_word(p, e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(name: &str) -> Vec<String> {
        read(&crate::screening::matching::prepare_name(name)).unwrap_or_default()
    }

    /// The rules tried by a letter's first byte choose, at every place of every word, the rule a scan of every rule
    /// in order chooses: the given names of the tables and every word of two to four letters of a vowel-rich
    /// alphabet.
    #[test]
    fn spelling_by_first_letter_reads_as_a_scan_of_every_rule() {
        let letters = b"aeiouhkgqsdtzcjwy";
        let mut words: Vec<Vec<u8>> = NAMES_CSV
            .lines()
            .filter(|l| !l.starts_with('#'))
            .flat_map(|l| l.split(','))
            .map(|w| w.trim().to_ascii_lowercase().into_bytes())
            .filter(|w| w.iter().all(u8::is_ascii_lowercase))
            .collect();
        for a in letters {
            for b in letters {
                for c in letters {
                    words.push(vec![*a, *b, *c]);
                    words.extend(letters.iter().map(|d| vec![*a, *b, *c, *d]));
                }
            }
        }
        for w in &words {
            for i in 0..w.len() {
                let scanned = rules().iter().find(|r| applies_at(r, w, i)).map(std::ptr::from_ref);
                let first = w.get(i).and_then(|b| rules_by_first().get(usize::from(*b))).map_or(&[][..], Vec::as_slice);
                let indexed = first.iter().find(|r| applies_at(r, w, i)).map(|r| std::ptr::from_ref(*r));
                assert_eq!(scanned, indexed, "{} at {i}", String::from_utf8_lossy(w));
            }
        }
    }

    #[test]
    fn english_and_french_spellings_read_alike() {
        let listed = r("Mohammed Abd al-Qadir al-Hashimi");
        assert_eq!(listed, ["muhamad", "abd", "kadir", "hashimi"]);
        assert_eq!(r("Mohamed Abdelkader El Hachemi"), listed);
        for abd in ["Abdulqader", "Abdelkader", "Abd al-Qadir", "Abdul Qadir", "Abd el Kader", "Abdelkadir"] {
            assert_eq!(r(abd), ["abd", "kadir"], "{abd}");
        }
        for abd in ["Abdallah", "Abdullah", "Abd Allah", "Abdellah"] {
            assert_eq!(r(abd), ["abd", "la"], "{abd}");
        }
        for abd in ["Abderrahmane", "Abdul Rahman", "Abdelrahman", "Abd ar-Rahman", "Abdurrahman"] {
            assert_eq!(r(abd), ["abd", "rahman"], "{abd}");
        }
        assert_eq!(r("Youcef Djaballah"), r("Yusuf Jaballah"));
        assert_eq!(r("Hocine Bachir"), r("Husayn Bashir"));
        assert_eq!(r("Mohamed Errachidi"), r("Muhammad al-Rashidi"));
        assert_eq!(r("Mohamed Errachidi"), ["muhamad", "rashidi"]);
        // The Levantine `eh` of the feminine ending and of a final `a` before `h` is `a`: `Salameh` is `Salama`.
        for (levantine, listed) in
            [("Salameh", "Salama"), ("Rahmeh", "Rahma"), ("Al Faleh", "Al Falah"), ("Hamzeh", "Hamza")]
        {
            assert_eq!(read_any(&fold_words(levantine)).0, read_any(&fold_words(listed)).0, "{levantine}");
        }
        assert_ne!(read_any("al faleh").0, read_any("al fadel").0);
        // No mark of Arabic origin: not read.
        assert_eq!(read("jean martin"), None);
        assert_eq!(read("shenzhen jiaxun electronics"), None);
    }
}
