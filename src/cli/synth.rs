//! `chainon synth`: a synthetic portfolio as JSON Lines.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;

use chainon::import;

/// `chainon synth`: writes a synthetic portfolio, one declaration a line.
pub(crate) fn run(sites: usize, shared: f64, seed: u64, output: &Path) -> anyhow::Result<ExitCode> {
    anyhow::ensure!((0.0..=1.0).contains(&shared), "--shared must be between 0 and 1");
    let decls = chainon::synth::portfolio(&chainon::synth::SynthOptions { sites, shared, seed });
    let mut out = std::io::BufWriter::new(
        std::fs::File::create(output).with_context(|| format!("creating {}", output.display()))?,
    );
    let mut rows = 0;
    for d in &decls {
        rows += d.places_of_work.len();
        serde_json::to_writer(&mut out, &import::to_json(d))?;
        std::io::Write::write_all(&mut out, b"\n")?;
    }
    std::io::Write::flush(&mut out)?;
    eprintln!("{}: {} declarations, {rows} site rows, {sites} facilities", output.display(), decls.len());
    Ok(ExitCode::SUCCESS)
}
