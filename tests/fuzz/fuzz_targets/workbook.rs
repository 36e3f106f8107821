//! Any bytes, under any carrier's file name, must give a declaration or a list of issues: never a panic, a hang or
//! unbounded memory. The first byte picks the carrier; the rest is the file.
#![no_main]

use chainon::import::{Limits, read_declaration};
use libfuzzer_sys::fuzz_target;

const NAMES: [&str; 6] = ["f.xlsx", "f.ods", "f.zip", "f.json", "f.csv", "f.xlsm"];

fuzz_target!(|data: &[u8]| {
    let Some((first, file)) = data.split_first() else { return };
    let limits = Limits {
        max_file_bytes: 1 << 20,
        max_inflated_bytes: 16 << 20,
        max_sheets: 20,
        max_rows: 10_000,
        max_cell_chars: 32_767,
    };
    let _ = read_declaration(NAMES[usize::from(*first) % NAMES.len()], file, &limits);
});
