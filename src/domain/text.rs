//! Text normalisation shared by every matcher: labels, sheet names, codes, country names.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Folds a label for matching: lower case, accents dropped, `*` and every non-alphanumeric character removed.
///
/// `"Share of value %"`, `"share_of_value"` and `" Share  of Value* "` all fold to `"shareofvalue"`;
/// `"Rôle*"` folds to `"role"`.
pub fn fold_label(s: &str) -> String {
    s.nfd().filter(|c| !is_combining_mark(*c)).filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).collect()
}

/// Folds free text for fuzzy comparison (names, addresses): lower case, accents dropped, punctuation turned into
/// single spaces.
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
        fold_chars(s.nfd().filter(|c| !is_combining_mark(*c)), s.len())
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

#[cfg(test)]
mod tests {
    use super::*;

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
}
