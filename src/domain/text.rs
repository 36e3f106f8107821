//! Text normalisation shared by every matcher: labels, sheet names, codes, country names.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds a label for matching: lower case, accents dropped, `*` and every non-alphanumeric character removed,
/// compatibility forms (full-width letters, ligatures) read as the characters they stand for, as [`fold_words`].
///
/// `"Share of value %"`, `"share_of_value"` and `" Share  of Value* "` all fold to `"shareofvalue"`;
/// `"Rôle*"` folds to `"role"`.
pub fn fold_label(s: &str) -> String {
    s.nfkd().filter(|c| !is_combining_mark(*c)).filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Folds free text for fuzzy comparison (names, addresses): lower case, accents dropped, punctuation turned into
/// single spaces, and compatibility forms read as the characters they stand for (Unicode compatibility
/// decomposition, NFKD, as NFKC folds them: full-width `Ｐｅｌａｎｇｉ` is `pelangi`, the ligature `ﬁ` is `fi`), as
/// screening reads a watch list's values.
pub fn fold_words(s: &str) -> String {
    // Most names and addresses are ASCII: nothing to decompose, and case folds byte by byte.
    if s.is_ascii() {
        let mut out = String::with_capacity(s.len());
        let mut space = true;
        for b in s.bytes() {
            if b.is_ascii_alphanumeric() {
                out.push(char::from(b.to_ascii_lowercase()));
                space = false;
            } else if !space {
                out.push(' ');
                space = true;
            }
        }
        if out.ends_with(' ') {
            out.pop();
        }
        out
    } else {
        fold_chars(s.nfkd().filter(|c| !is_combining_mark(*c)), s.len())
    }
}

fn fold_chars(chars: impl Iterator<Item = char>, capacity: usize) -> String {
    let mut out = String::with_capacity(capacity);
    let mut space = true;
    for c in chars {
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
            space = false;
        } else if !space {
            out.push(' ');
            space = true;
        }
    }
    while out.ends_with(' ') {
        out.pop();
    }
    out
}

/// A text with each of its words (a run of letters and digits, `char::is_alphanumeric`) for which `replace` gives a
/// replacement written as that replacement, and everything else (spaces, punctuation, the other words) as it stands.
/// `None` when no word is replaced. The one word-by-word rewriting loop of the goods' readings (misspellings,
/// accented French names, `scoring::model`) and of the places table's look-alike letters
/// (`china_places::look_alike_letters`).
pub fn replace_words<'r>(
    text: &str,
    mut replace: impl FnMut(&str) -> Option<std::borrow::Cow<'r, str>>,
) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut word = String::new();
    let mut flush = |word: &mut String, out: &mut String| {
        if !word.is_empty() {
            match replace(word) {
                Some(r) => {
                    out.push_str(&r);
                    changed = true;
                }
                None => out.push_str(word),
            }
            word.clear();
        }
    };
    for c in text.chars() {
        if c.is_alphanumeric() {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    changed.then_some(out)
}

#[cfg(test)]
mod tests {

    #[test]
    fn each_word_given_a_replacement_is_replaced_and_the_rest_kept_as_it_stands() {
        use std::borrow::Cow;
        let up = |w: &str| (w == "glovs").then_some(Cow::Borrowed("gloves"));
        assert_eq!(replace_words("nitrile glovs, 2 glovs!", up).as_deref(), Some("nitrile gloves, 2 gloves!"));
        assert_eq!(replace_words("nitrile gloves", up), None);
        assert_eq!(replace_words("", up), None);
        let mut seen = Vec::new();
        let _ = replace_words("  thé/maïs-x ", |w| {
            seen.push(w.to_string());
            None::<Cow<str>>
        });
        assert_eq!(seen, ["thé", "maïs", "x"]);
    }
    use super::*;
    use crate::domain::arbitrary_text::{any_length_text, marks, text, with_marks};
    use proptest::prelude::*;

    /// What folded text must be: idempotent, and the same as `fold_label` once its spaces are gone.
    fn assert_label_well_formed(s: &str) {
        let folded = fold_label(s);
        assert!(folded.chars().all(char::is_alphanumeric), "{s:?} → {folded:?}");
        assert!(folded.chars().all(|c| c.to_lowercase().eq([c])), "{s:?} → {folded:?}");
        assert_eq!(fold_label(&folded), folded, "folding is idempotent");
    }

    fn assert_words_well_formed(s: &str) {
        let folded = fold_words(s);
        assert!(folded.chars().all(|c| c == ' ' || c.is_alphanumeric()), "{s:?} → {folded:?}");
        assert!(folded.chars().all(|c| c.to_lowercase().eq([c])), "{s:?} → {folded:?}");
        assert!(!folded.starts_with(' ') && !folded.ends_with(' ') && !folded.contains("  "), "{s:?} → {folded:?}");
        assert_eq!(fold_words(&folded), folded, "folding is idempotent");
        assert_eq!(folded.replace(' ', ""), fold_label(s), "labels and words fold the same characters");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(512))]

        #[test]
        fn labels_fold_any_text_to_lower_case_alphanumerics(s in any_length_text()) {
            assert_label_well_formed(&s);
        }

        #[test]
        fn words_fold_any_text_to_single_spaced_lower_case_words(s in any_length_text()) {
            assert_words_well_formed(&s);
        }

        #[test]
        fn ascii_text_folds_the_same_by_the_fast_path(s in "[ -~\t\n\x00-\x1f\x7f]{0,60}") {
            let general = fold_chars(s.nfd().filter(|c| !is_combining_mark(*c)), s.len());
            prop_assert_eq!(fold_words(&s), general);
        }

        #[test]
        fn combining_marks_never_change_folded_text(s in text(), marks in marks()) {
            let marked = with_marks(&s, &marks);
            prop_assert_eq!(fold_words(&marked), fold_words(&s));
            prop_assert_eq!(fold_label(&marked), fold_label(&s));
        }
    }

    #[test]
    fn labels_fold_across_case_accents_symbols_and_snake_case() {
        assert_eq!(fold_label("Share of value %"), "shareofvalue");
        assert_eq!(fold_label("share_of_value"), "shareofvalue");
        assert_eq!(fold_label(" Rôle* "), "role");
        assert_eq!(fold_label("ID du lieu*"), "iddulieu");
        assert_eq!(fold_label("lieux_de_travail"), "lieuxdetravail");
    }

    #[test]
    fn words_fold_to_single_spaced_lower_case() {
        assert_eq!(fold_words("  Congo, Democratic Republic of the "), "congo democratic republic of the");
        assert_eq!(fold_words("Viêt Nam"), "viet nam");
        assert_eq!(fold_words("Plot 7, Industrial Zone -"), "plot 7 industrial zone");
        assert_eq!(fold_words("--"), "");
    }

    /// Full-width letters and digits (as East Asian input methods type them) and ligatures are the letters they
    /// stand for: a name typed so is the same name.
    #[test]
    fn full_width_letters_and_ligatures_fold_to_their_ordinary_forms() {
        assert_eq!(
            fold_words("Ｐｅｌａｎｇｉ Ｒｕｂｂｅｒ Ｇｌｏｖｅｓ Ｓｄｎ Ｂｈｄ"),
            "pelangi rubber gloves sdn bhd"
        );
        assert_eq!(fold_words("１ Ｍｉｌｌ Ｒｄ"), "1 mill rd");
        assert_eq!(fold_words("Ｅｌ Ｎｏｕｒ ﬁbres"), "el nour fibres");
        assert_eq!(fold_label("ｌｅｇａｌ＿ｎａｍｅ"), "legalname");
    }
}
