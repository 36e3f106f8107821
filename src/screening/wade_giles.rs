//! Chinese names in Wade–Giles or the postal romanisation against the same names in pinyin: `Tsingshan Holding` is
//! `Qingshan Holding` (青山), `Kwangtung` is `Guangdong`, `Mao Tse-tung` is `Mao Zedong`. Firms of Taiwan and Hong
//! Kong, and mainland firms that kept an old English name, write them so; the lists write pinyin, or the other way.
//!
//! Both sides are read into one **merged reading**, letter group by letter group, where a sound each system writes its
//! own way is one symbol ([`read`]):
//!
//! | Wade–Giles / postal | pinyin | read as |
//! |---|---|---|
//! | `p`, `p'` | `b`, `p` | `P` |
//! | `t`, `t'` | `d`, `t` | `T` |
//! | `k`, `k'` (not before `i`) | `g`, `k` | `K` |
//! | `ch`, `ch'` before `i` and a vowel or `n`; postal `k`, `ts` before `i` | `j`, `q` | `J` |
//! | `hs`; postal `s` before `i` and a vowel or `n` | `x` | `X` |
//! | `ts`, `tz`, `ts'`, `tz'` | `z`, `c` | `Z` |
//! | `ch`, `ch'` otherwise | `zh`, `ch` | `C` |
//! | `sh` | `sh` | `S` |
//! | `j` (not before `i`, `u`) | `r` | `R` |
//! | `ssu`, `szu`, `sze`; `tzu` | `si`; `zi` | `si`; `Zi` |
//! | `ung`, `ieh`, `ih`, `eh`, `ow` (ending a syllable: before a consonant or the end) | `ong`, `ie`, `i`, `e`, `ou` | |
//! | `ien`, `uei`; `w` after a consonant (`kwang`, `chwan`) | `ian`, `ui`; `u` | |
//!
//! Source: the Wade–Giles initials and finals against pinyin's, as the conversion tables of the Library of Congress
//! (Pinyin Conversion Project, 2000) and of ISO 7098 set them side by side; the postal spellings as the 1906 postal
//! romanisation wrote them (`Tsingtao`, `Kiangsu`, `Sinkiang`). A place of [`super::variants`]'s postal table
//! (`Canton`, `Amoy`, `Peking`, which no letter rule reaches) is read as its pinyin name first.
//!
//! **Where it is reliable, and where it is not**: the reading merges what Wade–Giles writes alike without its
//! apostrophes (`p'`/`p`, aspirated or not) and what its letters cannot tell apart (`ch` before `i` is `j` or `q`), so
//! two pinyin names that differ only there (`Tianhong`, `Dianhong`) read alike. The matcher therefore compares merged
//! readings only when one side carries a mark pinyin never writes ([`Reading::marked`]: `ts`, `tz`, `hs`, `sz`, `ss`,
//! `kw`, `hw`, `ki`, `j` before `e`, `a` or `o`, `ch` before `i` and a vowel or `n`, `ung`, `ieh`, `ih`, `eh`, `ow`
//! ending a syllable, `ien`, or a postal place name), and says so in the evidence (`romanisation`). The finals Wade–Giles
//! writes `o` where pinyin writes `e` or `uo` (`Ho` for `He`, `Lo` for `Luo`), and `ü` written `u` (`Chu` for `Ju`),
//! are not read: the letters cannot say which is meant.

/// A name read into its merged reading: the letters without spaces, and whether a mark of Wade–Giles or of the postal
/// romanisation was read.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reading {
    /// The merged reading, the words run together.
    pub letters: String,
    /// A letter group pinyin never writes, or a postal place name, was read.
    pub marked: bool,
}

fn vowel(b: Option<&u8>) -> bool {
    matches!(b, Some(b'a' | b'e' | b'i' | b'o' | b'u'))
}

/// Whether a syllable may end before `b`: the end of the word or a consonant.
fn ends(b: Option<&u8>) -> bool {
    !vowel(b)
}

/// One word (lower-case ASCII) in the merged reading; whether a mark was read.
fn read_word(word: &str, out: &mut String) -> bool {
    let w = word.as_bytes();
    let mut marked = false;
    let mut i = 0;
    while let Some(&c) = w.get(i) {
        let at = |k: usize| w.get(i + k);
        let next = at(1).copied();
        let (piece, len, mark): (&str, usize, bool) = match c {
            b't' if next == Some(b'z') && at(2) == Some(&b'u') && ends(at(3)) => ("Zi", 3, true),
            b't' if matches!(next, Some(b's' | b'z')) && at(2) == Some(&b'i') => ("J", 2, true),
            b't' if matches!(next, Some(b's' | b'z')) => ("Z", 2, true),
            b's' if matches!(next, Some(b's' | b'z')) && matches!(at(2), Some(b'u' | b'e')) => ("si", 3, true),
            b'h' if next == Some(b's') => ("X", 2, true),
            b'c' if next == Some(b'h') && at(2) == Some(&b'i') && (vowel(at(3)) || at(3) == Some(&b'n')) => {
                ("J", 2, true)
            }
            b'c' | b'z' if next == Some(b'h') => ("C", 2, false),
            b's' if next == Some(b'h') => ("S", 2, false),
            b's' if next == Some(b'i') && (vowel(at(2)) || at(2) == Some(&b'n')) => ("X", 1, false),
            b'k' if next == Some(b'i') => ("J", 1, true),
            b'k' if next == Some(b'w') => ("K", 1, true),
            b'h' if next == Some(b'w') => ("h", 1, true),
            // The `g` of a final `ng` is a letter of its own, not pinyin's `g` (`dong`, `tung`).
            b'g' if i > 0 && w.get(i - 1) == Some(&b'n') => ("g", 1, false),
            b'k' | b'g' => ("K", 1, false),
            b'p' | b'b' => ("P", 1, false),
            b't' | b'd' => ("T", 1, false),
            b'z' | b'c' => ("Z", 1, false),
            b'q' => ("J", 1, false),
            b'x' => ("X", 1, false),
            b'r' => ("R", 1, false),
            b'j' if matches!(next, Some(b'i' | b'u')) => ("J", 1, false),
            b'j' => ("R", 1, true),
            b'u' if next == Some(b'n') && at(2) == Some(&b'g') && ends(at(3)) => ("ong", 3, true),
            b'i' if next == Some(b'e') && at(2) == Some(&b'h') && ends(at(3)) => ("ie", 3, true),
            b'i' if next == Some(b'h') && ends(at(2)) => ("i", 2, true),
            b'e' if next == Some(b'h') && ends(at(2)) => ("e", 2, true),
            b'o' if next == Some(b'w') && ends(at(2)) => ("ou", 2, true),
            b'i' if next == Some(b'e') && at(2) == Some(&b'n') => ("ian", 3, true),
            b'u' if next == Some(b'e') && at(2) == Some(&b'i') => ("ui", 3, false),
            b'w' if i > 0 && !vowel(w.get(i - 1)) && next == Some(b'e') && at(2) == Some(&b'i') => ("ui", 3, false),
            b'w' if i > 0 && !vowel(w.get(i - 1)) => ("u", 1, false),
            _ => ("", 1, false),
        };
        if piece.is_empty() {
            out.push(char::from(c));
        } else {
            out.push_str(piece);
        }
        marked |= mark;
        i += len;
    }
    marked
}

/// The pinyin syllables (without tones) the transliteration writes for the Chinese characters (CJK Unified
/// Ideographs), read once from it: the syllables a name in pinyin is made of.
fn pinyin_syllables() -> &'static rustc_hash::FxHashSet<String> {
    static SYLLABLES: std::sync::OnceLock<rustc_hash::FxHashSet<String>> = std::sync::OnceLock::new();
    SYLLABLES.get_or_init(|| {
        (0x4E00u32..=0x9FFF)
            .filter_map(char::from_u32)
            .filter_map(deunicode::deunicode_char)
            .map(|s| s.trim().to_ascii_lowercase())
            .filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_lowercase()))
            .collect()
    })
}

/// Whether a word (lower-case ASCII) is made of pinyin syllables only (`zhang`, `weiming`, `changwei`), as a Chinese
/// person's name in pinyin is: such names differ by a syllable (`Weiming`, `Weiping`), never by a misspelling the
/// matcher's word similarity should forgive.
pub fn is_pinyin(word: &str) -> bool {
    let syllables = pinyin_syllables();
    let n = word.len();
    if n == 0 || !word.is_ascii() {
        return false;
    }
    // reach[i]: the first i letters are whole syllables (a syllable has 1 to 6 letters).
    let mut reach = vec![false; n + 1];
    if let Some(r) = reach.first_mut() {
        *r = true;
    }
    for i in 0..n {
        if !reach.get(i).copied().unwrap_or(false) {
            continue;
        }
        for len in 1..=6 {
            if word.get(i..i + len).is_some_and(|s| syllables.contains(s))
                && let Some(r) = reach.get_mut(i + len)
            {
                *r = true;
            }
        }
    }
    reach.get(n).copied().unwrap_or(false)
}

/// A name's words (normalised: lower-case ASCII) in the merged reading, a postal place name read as its pinyin
/// first (`postal`: a postal, Wade–Giles or older English place name, its letters without spaces → the pinyin place's
/// letters).
pub fn read(words: &[String], postal: &rustc_hash::FxHashMap<String, String>) -> Reading {
    let mut r = Reading::default();
    for w in words {
        let w = match postal.get(w) {
            Some(pinyin) => {
                r.marked = true;
                pinyin
            }
            None => w,
        };
        r.marked |= read_word(w, &mut r.letters);
    }
    r
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::text::fold_words;

    fn reading(name: &str) -> Reading {
        let words: Vec<String> = fold_words(name).split(' ').map(str::to_string).collect();
        read(&words, &Default::default())
    }

    /// Wade–Giles and postal spellings read as their pinyin, each marked; pinyin itself is never marked.
    #[test]
    fn wade_giles_and_postal_spellings_read_as_their_pinyin() {
        for (old, pinyin) in [
            ("Tsingshan", "Qingshan"),
            ("Tsingtao", "Qingdao"),
            ("Nanking", "Nanjing"),
            ("Kwangtung", "Guangdong"),
            ("Sinkiang", "Xinjiang"),
            ("Chungking", "Chongqing"),
            ("Tientsin", "Tianjin"),
            ("Szechwan", "Sichuan"),
            ("Kweichow", "Guizhou"),
            ("Fukien", "Fujian"),
            ("Chekiang", "Zhejiang"),
            ("Hsinhua", "Xinhua"),
            ("Mao Tse-tung", "Mao Zedong"),
            ("Shih Hsieh", "Shi Xie"),
            ("Jen Min", "Ren Min"),
            ("Tzu Chiang", "Zi Jiang"),
        ] {
            let (a, b) = (reading(old), reading(pinyin));
            assert_eq!(a.letters, b.letters, "{old} / {pinyin}");
            assert!(a.marked, "{old} is marked");
            assert!(!b.marked, "{pinyin} is not marked");
        }
        // Pinyin names are not marked, and keep apart where the letters tell them apart.
        for pinyin in ["Xihu", "Jungong", "Shehui", "Xiaowang", "Zhenhua Cotton Textile", "Jiaxun Electronics"] {
            assert!(!reading(pinyin).marked, "{pinyin}");
        }
        assert_ne!(reading("Tsingshan").letters, reading("Jinshan").letters);
        assert_ne!(reading("Hsinhua").letters, reading("Xinghua").letters);
    }
}
