//! The words of the OpenAPI document for its readers: the descriptions utoipa takes from the code's doc comments,
//! which name the code's own items for whoever changes it (`storage::Store::notify_screening_alerts`,
//! [`Score::arithmetic`], `None`), said without them. A code span naming a path of the code (`a::b`) is left out with
//! the punctuation it leaves behind, an intra-doc link keeps its name as code (`[`COMMAND_LINE`]` → `` `COMMAND_LINE` ``),
//! and `None` is said as JSON says it, `null`.

use serde_json::Value;

/// Rewrites every description of the document for its readers (see the module's text).
pub(super) struct ForReaders;

impl utoipa::Modify for ForReaders {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let Ok(mut doc) = serde_json::to_value(&*openapi) else { return };
        rewrite(&mut doc);
        if let Ok(rewritten) = serde_json::from_value(doc) {
            *openapi = rewritten;
        }
    }
}

fn rewrite(value: &mut Value) {
    match value {
        Value::Object(map) => {
            for (key, child) in map.iter_mut() {
                match child {
                    Value::String(text) if key == "description" => *text = for_readers(text),
                    _ => rewrite(child),
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(rewrite),
        _ => {}
    }
}

/// One description for its readers: `The arithmetic ([`Score::arithmetic`]).` → `The arithmetic.`
pub(super) fn for_readers(text: &str) -> String {
    // Intra-doc links: their name as code.
    let mut out = text.replace("[`", "`").replace("`]", "`");
    // Code spans that name a path of the code, left out.
    let mut kept = String::with_capacity(out.len());
    let mut rest = out.as_str();
    while let Some(open) = rest.find('`') {
        let (before, after) = rest.split_at(open);
        kept.push_str(before);
        let inside = after.get(1..).unwrap_or_default();
        match inside.find('`') {
            Some(close) => {
                let span = inside.get(..close).unwrap_or_default();
                if !span.contains("::") {
                    kept.push('`');
                    kept.push_str(span);
                    kept.push('`');
                }
                rest = inside.get(close + 1..).unwrap_or_default();
            }
            None => {
                kept.push_str(after);
                rest = "";
            }
        }
    }
    kept.push_str(rest);
    out = kept.replace("`None`", "null");
    // What a span left out leaves behind: white space before a mark (a span removed at a line's end leaves
    // "adds up\n: …"), a comma before another mark, an empty pair of brackets, a bracket opening on a mark; until
    // none is left, since one clean-up can make another (`(, )` → `()`).
    loop {
        let before = out.clone();
        let mut tidy = String::with_capacity(out.len());
        for c in out.chars() {
            if matches!(c, ',' | ';' | ':' | '.' | ')') {
                while tidy.ends_with([' ', '\n']) {
                    tidy.pop();
                }
            }
            tidy.push(c);
        }
        out = tidy;
        let leftovers = [
            ("()", ""),
            ("(,", "("),
            ("(:", "("),
            ("(;", "("),
            (",;", ";"),
            (",:", ":"),
            (",)", ")"),
            (",.", "."),
            (";)", ")"),
            ("( ", "("),
            ("(\n", "("),
        ];
        while let Some((from, to)) = leftovers.iter().find(|(from, _)| out.contains(from)) {
            out = out.replace(from, to);
        }
        if out == before {
            break;
        }
    }
    while out.contains("  ") {
        out = out.replace("  ", " ");
    }
    out.replace(" \n", "\n")
}

#[cfg(test)]
mod tests {
    use super::for_readers;

    #[test]
    fn code_paths_are_left_out_and_links_kept_as_code() {
        for (from, to) in [
            (
                "The arithmetic of one score, from its factors ([`Score::arithmetic`]).",
                "The arithmetic of one score, from its factors.",
            ),
            ("Whether sent (`storage::Store::notify_screening_alerts`): only officers", "Whether sent: only officers"),
            ("a rank (`reports::comparison::rank`: a non-responsive bid last)", "a rank (a non-responsive bid last)"),
            (
                "imported it ([`COMMAND_LINE`], `cli`, from the command line)",
                "imported it (`COMMAND_LINE`, `cli`, from the command line)",
            ),
            (
                "Whether the countries agree; `None` when a side gives none.",
                "Whether the countries agree; null when a side gives none.",
            ),
            (
                "What a run did (`service::import_edition`, `service::screen_declaration`), stored",
                "What a run did, stored",
            ),
            (
                "Plain words, `codes` and https://example.org stay.",
                "Plain words, `codes` and https://example.org stay.",
            ),
            ("An odd ` backquote stays", "An odd ` backquote stays"),
            (
                "in words (`steps_en`, `steps_fr`: one sentence a step,\n`reports::explain::arithmetic_steps`; empty where \
                 it says no more,\n[`ScoreArithmetic::says_more`]): what the JSON writes",
                "in words (`steps_en`, `steps_fr`: one sentence a step; empty where it says no more): what the JSON writes",
            ),
            (
                "so that every count shown adds up\n([`Store::open_screening_tally`]): `open_hits` = `decisions`.",
                "so that every count shown adds up: `open_hits` = `decisions`.",
            ),
        ] {
            assert_eq!(for_readers(from), to, "{from}");
        }
    }
}
