//! Any bytes, under any carrier's file name, must give a declaration or a list of issues: never a panic, a hang or
//! unbounded memory. The first byte picks the carrier; the rest is the file.
//!
//! Besides not crashing, two invariants of the intake are checked: a refused file is refused with at least one
//! error, and every issue it reports (errors and warnings, refused or accepted) has a message in English and in
//! French. Whether a refusal is right is not checked here: that is what the unit tests and the corpus are for.
#![no_main]

use chainon::domain::{Issue, IssueLevel};
use chainon::import::{Limits, read_declaration};
use libfuzzer_sys::fuzz_target;

// New carriers go at the end, so that a seed's first byte keeps the carrier it was written for.
const NAMES: [&str; 8] = ["f.xlsx", "f.ods", "f.zip", "f.json", "f.csv", "f.xlsm", "f.xlsb", "f.xls"];

fn check_messages(name: &str, issues: &[Issue]) {
    for issue in issues {
        assert!(!issue.message_en.trim().is_empty(), "{name}: issue without an English message: {issue:?}");
        assert!(!issue.message_fr.trim().is_empty(), "{name}: issue without a French message: {issue:?}");
        // A message the catalogues lack is said as its dotted key (`intake.cell.too_long`): a missing message.
        for text in [&issue.message_en, &issue.message_fr] {
            assert!(
                text.contains(' ') || !text.contains('.'),
                "{name}: a message the catalogues do not hold: {issue:?}"
            );
        }
    }
}

fuzz_target!(|data: &[u8]| {
    // The intake's words come from the catalogues, as in the service (`main` gives the domain its voice): an issue
    // the catalogues cannot say is a finding here too, not hidden behind its dotted key.
    chainon::domain::give_voice(chainon::reports::say);
    let Some((first, file)) = data.split_first() else { return };
    // The size limits are small so that each run is quick; the limits on what a file holds once read (columns,
    // cells, text) are the service's own, since they are what bound memory.
    let limits = Limits {
        max_file_bytes: 1 << 20,
        max_inflated_bytes: 16 << 20,
        max_sheets: 20,
        max_rows: 10_000,
        max_cell_chars: 32_767,
        ..Limits::default()
    };
    let name = NAMES[usize::from(*first) % NAMES.len()];
    match read_declaration(name, file, &limits) {
        Ok(parsed) => check_messages(name, &parsed.warnings),
        Err(issues) => {
            assert!(
                issues.iter().any(|i| i.level == IssueLevel::Error),
                "{name}: refused without an error: {issues:?}"
            );
            check_messages(name, &issues);
        }
    }
});
