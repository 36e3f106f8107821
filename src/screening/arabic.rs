//! Arabic names against their usual Latin spellings.
//!
//! Arabic script writes consonants and long vowels, not short ones: `محمد` is `mHmd` letter by letter (`deunicode`),
//! while the same name is written `Mohammed`, `Muhammad` or `Mohamed` in Latin letters. A Latin name and an Arabic
//! one are the same name when the Latin letters can be read off the Arabic ones:
//! - each Arabic consonant is the same Latin consonant, after the equivalences of the common romanisations
//!   (`q` = `k`, `kh` = `x`, `sh` = `ch`, `th` = `s`, `dh` = `z`, `gh` = `g`, `dj` = `j`, `ph` = `f`), letters
//!   doubled in Latin (the Arabic shadda, unwritten) counting once;
//! - a single Latin vowel may stand for nothing (a short vowel, unwritten), and so may `aa` (an alif, which writes
//!   no Latin letter); a long vowel (`ou`, `oo`, `ee`, `ei`,
//!   `ai` …) must stand for the Arabic `و` (w) or `ي` (y), which a single Latin vowel may also stand for (`Yusuf`,
//!   `Yousef`, `Hussein`, `Husain`);
//! - the Arabic article `ال` may be written `al-`, `el-`, with a sun letter (`ar-Rashid`) or left out, and a Latin
//!   `h` ending a word after a vowel (`Fatimah`) may stand for nothing (the `ة` that ends the Arabic word).
//!
//! A firm's Arabic legal forms (`شركة`, `مؤسسة`, `ذ.م.م` …: [`without_legal_forms`]) are dropped first, as the
//! normaliser drops the Latin ones (`Co.`, `LLC`), so that `شركة الراشد` is `Al-Rashed Co.`.
//!
//! So `Mohammed`, `Muhammad`, `Mohamed` are `محمد`; `Abdullah` and `Abdallah` are `عبد الله`; `Mahmoud` is not
//! `محمد` (its `ou` is a written `و`), nor `Hamid` (other consonants). Candidates are found by the consonant
//! skeleton (vowels, `w`, `y` and the article left out), then read letter by letter as above.

/// Whether a text holds letters of the Arabic script (the Arabic blocks and their presentation forms).
pub fn is_arabic(text: &str) -> bool {
    text.chars().any(|c| {
        matches!(u32::from(c), 0x0600..=0x06FF | 0x0750..=0x077F | 0x08A0..=0x08FF | 0xFB50..=0xFDFF | 0xFE70..=0xFEFF)
            && c.is_alphabetic()
    })
}

/// The Arabic legal forms, each as its words: the words a firm's name carries to say what kind of firm it is, never
/// which firm — dropped as the Latin legal forms are (`domain::legal_form`), so that `شركة الراشد ذ.م.م` is
/// `الراشد` as `Al-Rashed Co. LLC` is `al rashed`. Company (`شركة`), establishment (`مؤسسة`), and partners
/// (`وشركاه`), limited (`محدودة`), limited liability (`ذات مسؤولية محدودة`, `ذ.م.م`), joint-stock (`مساهمة`, public
/// `ش.م.ع`, Bahraini `ش.م.ب`, Lebanese `ش.م.ل`, Egyptian `ش.م.م`), free-zone company (`م.م.ح`); each compared as
/// [`legal_word`] reads it (with or without its article, dots, tatweel, short vowels and hamza seats aside).
/// Source: the Arabic names and abbreviations of the legal forms of the ISO 20275 Entity Legal Forms code list
/// (GLEIF) for the Arab states Canadian suppliers source from (United Arab Emirates, Saudi Arabia, Egypt, Jordan,
/// Lebanon, Bahrain, Qatar, Oman, Kuwait).
const ARABIC_LEGAL_FORMS: &[&str] = &[
    "ذات مسؤولية محدودة",
    "ذات المسؤولية المحدودة",
    "مساهمة عامة",
    "مساهمة خاصة",
    "مساهمة مقفلة",
    "ش ذ م م",
    "ذ م م",
    "ش م م",
    "ش م ع ع",
    "ش م ع م",
    "ش م ع",
    "ش م ب",
    "ش م ل",
    "م م ح",
    "شذمم",
    "ذمم",
    "شمم",
    "شمعع",
    "شمعم",
    "شمع",
    "شمب",
    "شمل",
    "ممح",
    "شركة",
    "مؤسسة",
    "وشركاه",
    "وشركاؤه",
    "وشركائه",
    "محدودة",
    "مساهمة",
];

/// An Arabic word as legal forms are compared: its article `ال` off (when two letters or more are left), dots,
/// tatweel and short-vowel marks dropped, the hamza's seats as their letters (`أ إ آ ٱ` → `ا`, `ؤ` → `و`, `ئ` → `ي`),
/// `ة` as `ه` and `ى` as `ي` (both written either way).
fn legal_word(word: &str) -> String {
    let w: String = word
        .chars()
        .filter(|c| !matches!(c, '.' | '\u{640}' | '\u{64B}'..='\u{65F}' | '\u{670}'))
        .map(|c| match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ؤ' => 'و',
            'ئ' => 'ي',
            'ة' => 'ه',
            'ى' => 'ي',
            c => c,
        })
        .collect();
    match w.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 2 => rest.to_string(),
        _ => w,
    }
}

/// An Arabic name without its legal forms ([`ARABIC_LEGAL_FORMS`], wherever they stand, the longest first), as
/// written otherwise; the name as it is when nothing else would be left (`شركة` alone is a name).
pub fn without_legal_forms(name: &str) -> String {
    static FORMS: std::sync::OnceLock<Vec<Vec<String>>> = std::sync::OnceLock::new();
    let forms = FORMS.get_or_init(|| {
        let mut f: Vec<Vec<String>> =
            ARABIC_LEGAL_FORMS.iter().map(|f| f.split(' ').map(legal_word).collect()).collect();
        f.sort_by_key(|w| std::cmp::Reverse(w.len()));
        f
    });
    // Dots written between the letters of an abbreviation (`ذ.م.م`) part its letters, as spaces do.
    let words: Vec<&str> = name.split(|c: char| c.is_whitespace()).filter(|w| !w.is_empty()).collect();
    let split: Vec<(usize, String)> = words
        .iter()
        .enumerate()
        .flat_map(|(i, w)| {
            let parts: Vec<&str> = w.split('.').filter(|p| !p.is_empty()).collect();
            let single = parts.iter().all(|p| p.chars().count() == 1) && parts.len() > 1;
            if single {
                parts.into_iter().map(|p| (i, legal_word(p))).collect::<Vec<_>>()
            } else {
                vec![(i, legal_word(w))]
            }
        })
        .collect();
    let mut dropped = vec![false; words.len()];
    let mut at = 0;
    while at < split.len() {
        let found = forms.iter().find(|f| {
            split.get(at..at + f.len()).is_some_and(|run| run.iter().zip(f.iter()).all(|((_, w), l)| w == l))
        });
        match found {
            Some(f) => {
                for (i, _) in split.get(at..at + f.len()).unwrap_or_default() {
                    if let Some(d) = dropped.get_mut(*i) {
                        *d = true;
                    }
                }
                at += f.len();
            }
            None => at += 1,
        }
    }
    if dropped.iter().all(|d| *d) {
        return name.to_string();
    }
    words.iter().zip(&dropped).filter(|(_, d)| !**d).map(|(w, _)| *w).collect::<Vec<_>>().join(" ")
}

/// One letter of a name as it is compared.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unit {
    /// A consonant, after the equivalences (`kh` → `x`, `sh` → `c` …).
    Cons(u8),
    /// `w` or `y`: an Arabic long vowel or glide; in Latin, a `w` or `y` letter.
    Glide(u8),
    /// An Arabic article's `l`, which Latin may leave out.
    OptionalL,
    /// Latin: a run of vowels (`a`, `ou`, `ei`); Arabic: a written short vowel, which may be skipped.
    Vowels(u8, u8),
    /// Latin: the end of a word.
    Break,
    /// Latin: an `h` ending a word after a vowel (`Fatimah`), which may stand for the `ة` that writes no letter or
    /// for an Arabic `h` (`Abdullah`).
    FinalH,
    /// A trade word of a firm's name ([`trade_words`]), the line of `arabic_firm_words.csv` it is on: `نسيج`,
    /// `Textile`, `Textiles` and `Nasij` are all the same unit, in the translated readings only.
    Trade(u8),
    /// Arabic: the conjunction `و` ("and") joined to the word after it (`والنسيج`, "and the weaving") or written
    /// apart: the `w` of a Latin `wa`, `wal-` or `w-`, or nothing (an English or French name's `and`, `et`, `&`,
    /// which the normaliser or [`LATIN_AND`] leaves out).
    And,
}

/// The firm trade words, with their source and translations: see the file's heading.
const FIRM_WORDS_CSV: &str = include_str!("arabic_firm_words.csv");

/// The trade words of `arabic_firm_words.csv`, each → the line it is on: in Arabic letters as [`legal_word`] reads
/// them, and in Latin letters (the list's word, English, French and Latin transcriptions) folded.
struct TradeWords {
    arabic: rustc_hash::FxHashMap<String, u8>,
    latin: rustc_hash::FxHashMap<String, u8>,
}

/// The trade words, read once.
fn trade_words() -> &'static TradeWords {
    static WORDS: std::sync::OnceLock<TradeWords> = std::sync::OnceLock::new();
    WORDS.get_or_init(|| {
        let mut words = TradeWords { arabic: Default::default(), latin: Default::default() };
        let lines = FIRM_WORDS_CSV.lines().filter(|l| !l.starts_with('#') && !l.trim().is_empty()).skip(1);
        for (line, id) in lines.zip(0u8..) {
            for (column, text) in line.split(',').enumerate() {
                for w in text.split(' ').filter(|w| !w.is_empty()) {
                    if column == 1 {
                        words.arabic.insert(legal_word(w), id);
                    } else {
                        words.latin.insert(crate::domain::text::fold_words(w), id);
                    }
                }
            }
        }
        words
    })
}

/// The words `li` ("for") with the article written in Latin letters before a trade word (`lil-Nasij`), left out of
/// a translated reading as the English and French names leave them out.
const LATIN_FOR: &[&str] = &["lil", "lel", "lin", "for"];

/// The conjunction "and" written in Latin letters before a trade word, left out of a translated reading as the Arabic
/// `و` may be ([`Unit::And`]): `wa`, `w` and `wal`, `wel` ("and the") as Arabic names are transcribed
/// (`lil-Ghazl wal-Nasij`), and the French `et` (`Filature et Tissage`; the English `and` the normaliser drops). The
/// article's assimilated forms (`wan-Nasij`, `wat-Tijara`) are read by [`is_latin_and`].
const LATIN_AND: &[&str] = &["wa", "w", "wal", "wel", "et", "and"];

/// Whether a Latin word is "and" ([`LATIN_AND`]) or `wa` with the article assimilated to the next word's first
/// letter, a sun letter (`wan` before `Nasij`, `was` before `Sinaat`, `wash` before `Sharq`).
fn is_latin_and(word: &str, next: &str) -> bool {
    LATIN_AND.contains(&word)
        || matches!(word, "wad" | "war" | "was" | "wat" | "waz" | "wan" | "wash")
            && word.get(2..).is_some_and(|c| next.starts_with(c))
}

/// Latin letters to units: lower-case ASCII letters, digraphs first.
fn latin_units(word: &[u8], out: &mut Vec<Unit>) {
    let mut i = 0;
    while let Some(&c) = word.get(i) {
        let next = word.get(i + 1).copied();
        let pair = |b: u8| next == Some(b);
        let (unit, len) = match c {
            b'k' if pair(b'h') => (Unit::Cons(b'x'), 2),
            b's' | b'c' if pair(b'h') => (Unit::Cons(b'c'), 2),
            b't' if pair(b'h') => (Unit::Cons(b's'), 2),
            b'd' if pair(b'h') => (Unit::Cons(b'z'), 2),
            b'g' if pair(b'h') => (Unit::Cons(b'g'), 2),
            b'p' if pair(b'h') => (Unit::Cons(b'f'), 2),
            b'd' if pair(b'j') => (Unit::Cons(b'j'), 2),
            b'c' if pair(b'k') => (Unit::Cons(b'k'), 2),
            // A `g` alone (not `gh`): the Egyptian `ج`, which Cairo says and writes `g` (`El-Fagr` for `الفجر`,
            // `Gamal` for `جمال`), or the `غ` a spelling writes without its `h`: [`EGYPTIAN_G`].
            b'g' => (Unit::Cons(EGYPTIAN_G), 1),
            b'q' | b'c' => (Unit::Cons(b'k'), 1),
            b'x' => (Unit::Cons(b'x'), 1),
            b'w' | b'y' => (Unit::Glide(c), 1),
            b'a' | b'e' | b'i' | b'o' | b'u' => {
                let second = next.filter(|n| matches!(n, b'a' | b'e' | b'i' | b'o' | b'u' | b'y' | b'w'));
                match second {
                    // A vowel then a glide before a vowel is a vowel and a consonant (`aya`, `awa`).
                    Some(b'y' | b'w') if word.get(i + 2).is_some_and(|v| b"aeiou".contains(v)) => {
                        (Unit::Vowels(c, 0), 1)
                    }
                    Some(n) => (Unit::Vowels(c, n), 2),
                    None => (Unit::Vowels(c, 0), 1),
                }
            }
            b'a'..=b'z' => (Unit::Cons(c), 1),
            _ => {
                i += 1;
                continue;
            }
        };
        push_collapsed(out, unit);
        i += len;
    }
}

/// The unit of a Latin `g` written alone: it reads an Arabic `ج` (`j`: Egyptian usage writes `g` for the letter
/// Cairo says so, `Fagr`, `Naguib`, `Hegazi`, where BGN/PCGN writes `Fajr`, `Najib`, `Hijazi`) or `غ` (`gh`). Source:
/// the Egyptian civil registry's and passports' Latin spellings against BGN/PCGN 1956 (`j` for `ج`).
const EGYPTIAN_G: u8 = b'G';

/// Pushes a unit, a consonant right after the same consonant (a word's end between them or not) counting once.
fn push_collapsed(out: &mut Vec<Unit>, unit: Unit) {
    if let Unit::Cons(c) = unit {
        let last = out.iter().rev().find(|u| **u != Unit::Break);
        if matches!(last, Some(Unit::Cons(l)) if *l == c) {
            return;
        }
    }
    out.push(unit);
}

/// A Latin name (normalised: lower-case ASCII words) as units; its trade words as [`Unit::Trade`] when `translated`
/// (and `lil`, `for` before one left out).
fn latin(name: &str, translated: bool) -> Vec<Unit> {
    let mut out = Vec::new();
    let words: Vec<&str> = name.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).collect();
    let trade = |w: &str| if translated { trade_words().latin.get(w).copied() } else { None };
    for (i, word) in words.iter().enumerate() {
        if let Some(id) = trade(word) {
            out.push(Unit::Trade(id));
            out.push(Unit::Break);
            continue;
        }
        let before_trade = words.get(i + 1).filter(|n| trade(n).is_some());
        if before_trade.is_some_and(|n| LATIN_FOR.contains(word) || is_latin_and(word, n)) {
            continue;
        }
        let start = out.len();
        latin_units(word.to_ascii_lowercase().as_bytes(), &mut out);
        let n = out.len();
        if n >= start + 2
            && out.get(n - 1) == Some(&Unit::Cons(b'h'))
            && matches!(out.get(n - 2), Some(Unit::Vowels(..)))
            && let Some(last) = out.last_mut()
        {
            *last = Unit::FinalH;
        }
        out.push(Unit::Break);
    }
    out
}

/// An Arabic name as units: each word's article (`ال`, `ٱل`, `لل` with `li`) as an optional `l`, the rest letter by letter through
/// `deunicode` (hamza writes no letter, `ة` none, an alif a skippable vowel that keeps the letters around it apart), short vowels written as diacritics skippable.
/// When `translated`, a word of `arabic_firm_words.csv` (`نسيج`, `للنسيج`) is its [`Unit::Trade`].
fn arabic(name: &str, translated: bool) -> Vec<Unit> {
    let mut out = Vec::new();
    let name = without_legal_forms(name);
    for word in name.split_whitespace() {
        // The conjunction `و` joined to a word with its article or `li` (`والنسيج`, `وللتجارة`), or to a trade word
        // (`ونسيج`), or written apart: "and", then the word. Another word starting with `و` is read letter by letter
        // (`وليد`, Walid): its `و` reads as `w` all the same.
        if word == "و" {
            out.push(Unit::And);
            continue;
        }
        let word = match word.strip_prefix('و') {
            Some(rest) if conjoined(rest) => {
                out.push(Unit::And);
                rest
            }
            _ => word,
        };
        // `لل` is `li` ("for") with the article, its alif dropped (`للنسيج`, `lil-Nasij`, "for weaving"): read as the
        // article, as `lil` is left out of a Latin name.
        let rest = ["ال", "ٱل", "لل"].iter().find_map(|a| word.strip_prefix(a)).filter(|r| r.chars().count() >= 2);
        let trade = translated.then(|| trade_words().arabic.get(&legal_word(rest.unwrap_or(word))).copied()).flatten();
        // A trade word is its translation, article and `li` with it (`للنسيج` is `Textile`, as `lil` is left out).
        if let Some(id) = trade {
            out.push(Unit::Trade(id));
            continue;
        }
        let word = match rest {
            Some(r) => {
                out.push(Unit::OptionalL);
                r
            }
            None => word,
        };
        // An alif writes no Latin letter but parts the letters around it: `A`, read as a vowel, so that the same
        // consonant either side of it is two (`هلال`, Hilal; `بلال`, Bilal), not one doubled.
        let ascii: String = word
            .chars()
            .map(|c| {
                if c == 'ا' {
                    "A".to_string()
                } else {
                    deunicode::deunicode_char(c).unwrap_or("").to_ascii_lowercase()
                }
            })
            .collect();
        let bytes = ascii.as_bytes();
        let mut i = 0;
        while let Some(&c) = bytes.get(i) {
            let next = bytes.get(i + 1).copied();
            let pair = |b: u8| next == Some(b);
            let (unit, len) = match c {
                b'k' if pair(b'h') => (Unit::Cons(b'x'), 2),
                b's' if pair(b'h') => (Unit::Cons(b'c'), 2),
                b't' if pair(b'h') => (Unit::Cons(b's'), 2),
                b'd' if pair(b'h') => (Unit::Cons(b'z'), 2),
                b'g' if pair(b'h') => (Unit::Cons(b'g'), 2),
                b'q' => (Unit::Cons(b'k'), 1),
                b'w' | b'y' => (Unit::Glide(c), 1),
                b'a' | b'e' | b'i' | b'o' | b'u' => (Unit::Vowels(c, 0), 1),
                b'A' => (Unit::Vowels(b'a', 0), 1),
                b'a'..=b'z' => (Unit::Cons(c), 1),
                _ => {
                    i += 1;
                    continue;
                }
            };
            push_collapsed(&mut out, unit);
            i += len;
        }
    }
    out
}

/// Whether an Arabic word that follows a `و` is a word of its own, the `و` the conjunction "and": the word has its
/// article or `li` with the article (`ال`, `ٱل`, `لل`) and two letters or more after it, or is a trade word of
/// `arabic_firm_words.csv`.
fn conjoined(rest: &str) -> bool {
    let bare = ["ال", "ٱل", "لل"].iter().find_map(|a| rest.strip_prefix(a)).filter(|r| r.chars().count() >= 2);
    bare.is_some() || trade_words().arabic.contains_key(&legal_word(rest))
}

/// The consonants of units (no vowel or glide; an article's `l` when `optional`, a Latin word's final `h` after a
/// vowel too), doubles once, then the trade words in the order of their lines: the key candidates are found by
/// (trade words meet in any order, [`same_name`]).
fn skeleton_of(units: &[Unit], optional: bool) -> String {
    let mut out = String::new();
    let mut trades: Vec<u8> = Vec::new();
    for u in units {
        if let Unit::Trade(id) = u {
            trades.push(*id);
            continue;
        }
        let c = match u {
            Unit::Cons(c) => *c,
            Unit::OptionalL | Unit::FinalH if optional => {
                if *u == Unit::OptionalL {
                    b'l'
                } else {
                    b'h'
                }
            }
            _ => continue,
        };
        if out.as_bytes().last() != Some(&c) {
            out.push(char::from(c));
        }
    }
    // A trade word as its line's number between brackets: no letter of a skeleton.
    trades.sort_unstable();
    for id in trades {
        out.push_str(&format!("<{id}>"));
    }
    out
}

/// Fewer consonants than this propose nothing (`Ali` would meet every name of one `l`).
const MIN_SKELETON: usize = 3;

/// The keys a name is found by against names of the other script: its consonant skeletons (an Arabic name's with
/// and without its articles, as a Latin spelling may write an article joined to its word, `Alrashid`, apart,
/// `al-Rashid`, or not at all), none when too short. `arabic_script`: the name is written in Arabic letters
/// ([`is_arabic`]); otherwise it is a Latin name already normalised (lower-case ASCII words).
pub fn skeletons(name: &str, arabic_script: bool) -> Vec<String> {
    let mut out = Vec::new();
    for translated in [false, true] {
        let units = if arabic_script { arabic(name, translated) } else { latin(&without_article(name), translated) };
        for optional in [false, true] {
            let s = skeleton_of(&units, optional);
            // A Latin `g` alone is the `ج` or the `غ` ([`EGYPTIAN_G`]): the name is proposed by either.
            if s.contains(char::from(EGYPTIAN_G)) {
                out.push(s.replace(char::from(EGYPTIAN_G), "j"));
                out.push(s.replace(char::from(EGYPTIAN_G), "g"));
            } else {
                out.push(s);
            }
        }
    }
    out.sort_unstable();
    out.dedup();
    out.retain(|s| s.len() >= MIN_SKELETON);
    out
}

/// A Latin name without the Arabic article written as its own word (`al`, `el`, or with a sun letter, `ar`, `as`,
/// `ash`, `at`, `ad`, `an`, `az`, before a word starting with that letter), for the skeleton only.
fn without_article(name: &str) -> String {
    let words: Vec<&str> = name.split(|c: char| !c.is_ascii_alphabetic()).filter(|w| !w.is_empty()).collect();
    let mut out: Vec<&str> = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let next = words.get(i + 1);
        let article = matches!(*w, "al" | "el" | "ul")
            || (matches!(*w, "ar" | "as" | "ash" | "at" | "ad" | "an" | "az")
                && next.is_some_and(|n| w.get(1..).is_some_and(|s| n.starts_with(s))));
        if !(article && next.is_some()) {
            out.push(w);
        }
    }
    out.join(" ")
}

/// Which Latin vowel runs may stand for an Arabic `w` or `y`.
fn stands_for(vowels: (u8, u8), glide: u8) -> bool {
    matches!(
        (glide, vowels),
        (b'w', (b'u' | b'o', 0))
            | (b'w', (b'o' | b'u' | b'a', b'u' | b'o' | b'w'))
            | (b'y', (b'i' | b'e', 0))
            | (b'y', (b'e' | b'i' | b'a', b'e' | b'i' | b'y'))
    )
}

/// Whether a Latin name (normalised) is a usual spelling of an Arabic one (see the module's documentation): letter
/// by letter, or with the trade words of both read as their translations (`arabic_firm_words.csv`: `النور للنسيج`
/// is `Al-Nour Textile`, `An-Nur lil-Nasij`).
///
/// Trade words name what the firm does, which a translated name may list in another order (`Contracting and
/// Trading` for `للتجارة والمقاولات`, "for trade and contracting"): they meet as a set — each the same number of
/// times on both sides — while the rest of the name is read in order.
pub fn same_name(latin_name: &str, arabic_name: &str) -> bool {
    if reads_as(&arabic(arabic_name, false), &latin(latin_name, false)) {
        return true;
    }
    let p = arabic(arabic_name, true);
    let t = latin(latin_name, true);
    let trades = |units: &[Unit]| {
        let mut ids: Vec<u8> =
            units.iter().filter_map(|u| if let Unit::Trade(id) = u { Some(*id) } else { None }).collect();
        ids.sort_unstable();
        ids
    };
    let (pt, tt) = (trades(&p), trades(&t));
    if pt.is_empty() || tt.is_empty() {
        return false;
    }
    if reads_as(&p, &t) {
        return true;
    }
    if pt != tt {
        return false;
    }
    // The same trade words in another order: the rest read in order, without them (and the Arabic `و` joining
    // them); a name of trade words only is the same name.
    let rest = |units: &[Unit]| -> Vec<Unit> {
        units.iter().copied().filter(|u| !matches!(u, Unit::Trade(_) | Unit::And)).collect()
    };
    let (pr, tr) = (rest(&p), rest(&t));
    let letters = |units: &[Unit]| units.iter().any(|u| !matches!(u, Unit::Break));
    match (letters(&pr), letters(&tr)) {
        (false, false) => true,
        (true, true) => reads_as(&pr, &tr),
        _ => false,
    }
}

/// Whether Latin units `t` are read off Arabic units `p` (see the module's documentation).
fn reads_as(p: &[Unit], t: &[Unit]) -> bool {
    if p.is_empty() || t.is_empty() || p.len() > 200 || t.len() > 200 {
        return false;
    }
    // reach[i][j]: the first i Arabic units and the first j Latin units are read the one off the other.
    let w = t.len() + 1;
    let mut reach = vec![false; (p.len() + 1) * w];
    let set = |r: &mut Vec<bool>, i: usize, j: usize| {
        if let Some(x) = r.get_mut(i * w + j) {
            *x = true;
        }
    };
    set(&mut reach, 0, 0);
    for i in 0..=p.len() {
        for j in 0..=t.len() {
            if !reach.get(i * w + j).copied().unwrap_or(false) {
                continue;
            }
            let a = p.get(i).copied();
            let l = t.get(j).copied();
            // Skips on the Arabic side: an article's `l`, a written short vowel, the conjunction `و` (an English
            // or French "and" is left out of a Latin name).
            if matches!(a, Some(Unit::OptionalL | Unit::Vowels(..) | Unit::And)) {
                set(&mut reach, i + 1, j);
            }
            // Skips on the Latin side: a word's end, a short vowel, an `h` ending a word after a vowel.
            if matches!(l, Some(Unit::Break | Unit::Vowels(_, 0) | Unit::Vowels(b'a', b'a') | Unit::FinalH)) {
                set(&mut reach, i, j + 1);
            }
            let meets = match (a, l) {
                (Some(Unit::Cons(x)), Some(Unit::Cons(EGYPTIAN_G))) => x == b'j' || x == b'g',
                (Some(Unit::Cons(x)), Some(Unit::Cons(y))) => x == y,
                (Some(Unit::Cons(b'h')), Some(Unit::FinalH)) => true,
                (Some(Unit::OptionalL), Some(Unit::Cons(b'l'))) => true,
                (Some(Unit::Glide(g)), Some(Unit::Glide(h))) => g == h,
                (Some(Unit::And), Some(Unit::Glide(b'w'))) => true,
                (Some(Unit::Trade(x)), Some(Unit::Trade(y))) => x == y,
                (Some(Unit::Glide(g)), Some(Unit::Vowels(x, y))) => stands_for((x, y), g),
                (Some(Unit::Vowels(..)), Some(Unit::Vowels(..))) => true,
                _ => false,
            };
            if meets {
                set(&mut reach, i + 1, j + 1);
            }
        }
    }
    reach.get(p.len() * w + t.len()).copied().unwrap_or(false)
}
