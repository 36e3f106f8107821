//! `chainon synth`: a synthetic portfolio as JSON Lines.

use std::path::Path;
use std::process::ExitCode;

use chainon::domain::{Lang, Message, SaidError};
use chainon::import;
use chainon::reports::{Catalog, MessageArgs};

/// `chainon synth`: writes a synthetic portfolio, one declaration a line, and says what it wrote on standard error
/// in `lang` (`synth.written`: declarations, site rows and facilities, with their plurals). A share out of 0 to 1
/// (`cli.shared_range`) and a file that cannot be written (`cli.file`) are said from the catalogues.
pub(crate) fn run(sites: usize, shared: f64, seed: u64, output: &Path, lang: Lang) -> anyhow::Result<ExitCode> {
    if !(0.0..=1.0).contains(&shared) {
        return Err(SaidError(Message::new("cli.shared_range").text("given", shared.to_string())).into());
    }
    let decls = chainon::synth::portfolio(&chainon::synth::SynthOptions { sites, shared, seed });
    let file = std::fs::File::create(output).map_err(|e| super::file_failure(true, output, &e))?;
    let mut out = std::io::BufWriter::new(file);
    let mut rows = 0;
    for d in &decls {
        rows += d.places_of_work.len();
        serde_json::to_writer(&mut out, &import::to_json(d))?;
        std::io::Write::write_all(&mut out, b"\n")?;
    }
    std::io::Write::flush(&mut out).map_err(|e| super::file_failure(true, output, &e))?;
    if let Some(cat) = Catalog::shared() {
        let mut a = MessageArgs::new();
        a.set("file", output.display().to_string());
        a.set("declarations", decls.len());
        a.set("rows", rows);
        a.set("sites", sites);
        eprintln!("{}", cat.format(lang, "synth.written", &a));
    }
    Ok(ExitCode::SUCCESS)
}
