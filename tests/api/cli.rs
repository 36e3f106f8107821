//! The `chainon` command: the `assess` contract, the template and refusals, run as a user would.

use std::process::Command;

use serde_json::Value;

use crate::helpers::demo_dir;

fn chainon(args: &[&str]) -> (i32, String, String) {
    let (code, out, err) = chainon_raw(args);
    // French output with its no-break spaces as the plain spacing most tests here compare (a space before `:` and
    // inside guillemets, none before `;`): the catalogues' typography has its own test, and `chainon_raw` keeps it.
    if args.iter().any(|a| *a == "fr" || *a == "--lang=fr") {
        let plain = |s: String| s.replace('\u{a0}', " ").replace('\u{202f}', "");
        return (code, plain(out), plain(err));
    }
    (code, out, err)
}

fn chainon_raw(args: &[&str]) -> (i32, String, String) {
    said(Command::new(env!("CARGO_BIN_EXE_chainon")).args(args).env("RUST_LOG", "warn").output().unwrap())
}

/// What a run of `chainon` said: its exit code (-1 when a signal ended it), standard output and standard error.
fn said(out: std::process::Output) -> (i32, String, String) {
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn assess_prints_the_contracted_json_for_an_accepted_file() {
    let file = demo_dir().join("uniformes-boreal-w0113.json");
    let (code, out, err) = chainon(&["assess", file.to_str().unwrap(), "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert!(v["model_version"].is_string());
    // Each distinct factor is said once, in `factors`; each score lists its factors by index.
    assert_eq!(v["form"], 3);
    let table = v["factors"].as_array().unwrap();
    for f in table {
        assert!(f["code"].is_string() && f["weight"].is_f64() && f["contribution"].is_f64(), "{f}");
        assert!(f.get("source").is_some());
        // Each factor with its words in both languages, as the API answers them.
        let (en, fr) = (f["label_en"].as_str().unwrap_or_default(), f["label_fr"].as_str().unwrap_or_default());
        assert!(!en.is_empty() && !fr.is_empty() && en != fr, "{f}");
    }
    // A factor repeated between scores is still said once, its words with it.
    let distinct: std::collections::HashSet<String> = table.iter().map(Value::to_string).collect();
    assert_eq!(distinct.len(), table.len());
    let region = table.iter().find(|f| f["code"] == "region").unwrap();
    assert!(region["label_fr"].as_str().unwrap().contains("Xinjiang\u{a0}: travail forcé"), "{region}");
    let factors = |s: &Value| -> Vec<Value> {
        s["factors"].as_array().unwrap().iter().map(|i| table[i.as_u64().unwrap() as usize].clone()).collect()
    };
    for kind in ["forced_labour", "child_labour"] {
        let s = &v["overall"][kind];
        assert!(s["score"].as_f64().is_some_and(|x| (0.0..=100.0).contains(&x)));
        assert!(matches!(s["band"].as_str(), Some("low" | "medium" | "high" | "critical")));
        let sum: f64 = factors(s).iter().map(|f| f["contribution"].as_f64().unwrap()).sum();
        assert!((sum.clamp(0.0, 100.0) - s["score"].as_f64().unwrap()).abs() < 0.05, "{kind}: {sum} vs {s}");
    }
    let sites = v["sites"].as_array().unwrap();
    assert_eq!(sites.len(), 4);
    for s in sites {
        assert!(s["site_id"].is_string() && s["country"].is_string() && s["tier"].is_u64());
        assert!(s["forced_labour"]["band"].is_string() && s["child_labour"]["factors"].is_array());
    }
    // A chain through Xinjiang is critical for forced labour, with the region named among the reasons.
    assert_eq!(v["overall"]["forced_labour"]["band"], "critical");
    let yarn = sites.iter().find(|s| s["site_id"] == "CN-YARN").unwrap();
    assert!(factors(&yarn["forced_labour"]).iter().any(|f| f["code"] == "region"));
    // How each score adds up, each distinct arithmetic said once with its steps in both languages, referred to by
    // index in the order overall, each site, each category (forced labour first).
    let arithmetic = v["arithmetic"].as_array().unwrap();
    let of_scores = v["scores_arithmetic"].as_array().unwrap();
    assert_eq!(of_scores.len(), 2 + 2 * sites.len() + 2 * v["categories"].as_array().unwrap().len());
    for (n, s) in sites.iter().enumerate() {
        for (k, kind) in ["forced_labour", "child_labour"].into_iter().enumerate() {
            let a = &arithmetic[of_scores[2 + 2 * n + k].as_u64().unwrap() as usize];
            assert_eq!(a["score"], s[kind]["score"], "{a}");
            assert!(a["steps_en"].is_array() && a["steps_fr"].is_array(), "{a}");
        }
    }
    // The output reads back as the assessment it is.
    let back: chainon::domain::Assessment = serde_json::from_value(v.clone()).unwrap();
    assert_eq!(back.sites.len(), 4);
    let findings = v["findings"].as_array().unwrap();
    assert!(findings.iter().any(|f| f["code"] == "attestation_no"));
    for f in findings {
        // A finding is a code with its parameters, and its words in both languages; one said for several sites lists
        // them (`for_sites`) with their positions among the findings (`at`), in place of its site and its place.
        assert!(f["code"].is_string() && f["severity"].is_string() && f.get("message").is_none(), "{f}");
        assert!(f.get("location").is_some() != f.get("for_sites").is_some(), "{f}");
        assert!(f["label_en"].is_string() && f["label_fr"].is_string(), "{f}");
    }
    let attestation = findings.iter().find(|f| f["code"] == "attestation_no").unwrap();
    assert!(attestation["right"].is_string() && attestation["missing"].is_boolean(), "{attestation}");
}

#[test]
fn assess_refuses_a_bad_file_with_every_error_on_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let mut v: Value = serde_json::from_slice(&std::fs::read(demo_dir().join("gantex-en578.json")).unwrap()).unwrap();
    v["places_of_work"][0]["country"] = "Atlantis".into();
    v["supplier"]["declaration_date"] = "yesterday".into();
    let path = dir.path().join("bad.json");
    std::fs::write(&path, serde_json::to_vec(&v).unwrap()).unwrap();
    let (code, out, _) = chainon(&["assess", path.to_str().unwrap()]);
    assert_ne!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    let errors = v["errors"].as_array().unwrap();
    assert_eq!(errors.len(), 2);
    for e in errors {
        for key in ["location", "field", "message_en", "message_fr"] {
            assert!(e[key].is_string(), "{key} in {e}");
        }
    }
}

/// A refusal whose message begins with its field names the field once on its line, in both languages.
#[test]
fn a_refusal_line_names_its_field_once() {
    let dir = tempfile::tempdir().unwrap();
    let mut v: Value = serde_json::from_slice(&std::fs::read(demo_dir().join("gantex-en578.json")).unwrap()).unwrap();
    v["places_of_work"][0]["site_name"] = "x".repeat(301).into();
    let path = dir.path().join("long.json");
    std::fs::write(&path, serde_json::to_vec(&v).unwrap()).unwrap();
    let file = path.to_str().unwrap();
    let (code, en, _) = chainon_raw(&["assess", file, "--format", "text", "--lang", "en"]);
    assert_eq!(code, 2, "{en}");
    assert!(en.starts_with("Error: /places_of_work/0/site_name: Site name holds 301 characters"), "{en}");
    let (_, fr, _) = chainon_raw(&["assess", file, "--format", "text", "--lang", "fr"]);
    assert!(fr.starts_with("Erreur\u{a0}: /places_of_work/0/site_name\u{a0}: Nom du lieu contient 301"), "{fr}");
}

#[test]
fn assess_says_a_refusal_as_text_in_the_language_asked_when_text_is_asked() {
    let dir = tempfile::tempdir().unwrap();
    let mut v: Value = serde_json::from_slice(&std::fs::read(demo_dir().join("gantex-en578.json")).unwrap()).unwrap();
    v["places_of_work"][0]["workers"] = "1 200".into();
    let path = dir.path().join("bad.json");
    std::fs::write(&path, serde_json::to_vec(&v).unwrap()).unwrap();
    let file = path.to_str().unwrap();
    let (code, fr, _) = chainon_raw(&["assess", file, "--format", "text", "--lang", "fr"]);
    assert_eq!(code, 2, "{fr}");
    assert!(serde_json::from_str::<Value>(&fr).is_err() && !fr.contains("message_en"), "{fr}");
    assert!(fr.starts_with("Erreur\u{a0}: /places_of_work/0/workers Travailleurs\u{a0}: "), "{fr}");
    // `--lang` alone asks for text too; English when no language is named.
    let (code, fr2, _) = chainon_raw(&["assess", file, "--lang", "fr"]);
    assert_eq!((code, &fr2), (2, &fr));
    let (code, en, _) = chainon_raw(&["assess", file, "--format", "text"]);
    assert_eq!(code, 2);
    assert!(en.starts_with("Error: /places_of_work/0/workers Workers: "), "{en}");
    // JSON stays the programs' answer.
    let (_, json, _) = chainon_raw(&["assess", file, "--format", "json"]);
    assert!(serde_json::from_str::<Value>(&json).unwrap()["errors"].is_array(), "{json}");
}

/// Every line a command prints with `--lang fr` is French, on standard output and standard error: no warning about
/// what the command does not use (`import` signs no one in, so a missing session key is none of its business), and
/// a file that cannot be read or written is said in French (not the system's English), whichever command meets it.
#[test]
fn every_command_asked_for_french_prints_no_english_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("fr.sqlite3").display());
    let demo = |f: &str| demo_dir().join(f).to_str().unwrap().to_string();
    let (good, other) = (demo("gantex-en578.json"), demo("arctic-furniture-standing.json"));
    let out_file = |n: &str| dir.path().join(n).to_str().unwrap().to_string();
    let missing = out_file("absent.json");
    let no_db = format!("sqlite://{}", out_file("absent.sqlite3"));
    let screening = |f: &str| {
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/screening").join(f).display().to_string()
    };
    let runs: Vec<Vec<String>> = [
        vec!["import", &good, &other, "--database", &db],
        vec!["import", &missing, "--database", &db],
        vec!["assess", &good, "--format", "text"],
        vec!["assess", &missing],
        vec!["assess", &good, "--format", "html", "--output", &out_file("r.html")],
        vec!["convert", &good, "--output", &out_file("c.xlsx")],
        vec!["convert", &good, "--output", &out_file("no-such-folder/c.xlsx")],
        vec!["template", "--output", &out_file("t.xlsx")],
        vec!["model", "check"],
        vec!["model", "diff", "2022.7", "2022.8", "--database", &db],
        vec!["screening", "import", "--list", "uflpa", &screening("uflpa_entity_list_2026-10.html"), "--database", &db],
        vec!["screening", "import", "--list", "cbp", &screening("refused/cbp-bad-status.csv"), "--database", &db],
        vec!["screening", "lists", "--database", &db],
        vec!["screening", "lists", "--database", &no_db],
        vec!["model", "check", &missing],
    ]
    .into_iter()
    .map(|a| a.into_iter().map(str::to_string).chain(["--lang".to_string(), "fr".to_string()]).collect())
    .collect();
    // Words of English sentences that no French line of these commands holds, data aside.
    const ENGLISH: &[&str] =
        &["WARN", "error:", "reading ", "writing ", "No such file", "session", " the ", " was ", " is ", " not "];
    for args in runs {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (_, out, err) = chainon_raw(&args);
        for line in out.lines().chain(err.lines()) {
            for word in ENGLISH {
                assert!(!line.contains(word), "{args:?} prints an English line ({word}): {line}\n{out}{err}");
            }
        }
        assert!(!err.contains("WARN") && !err.contains("INFO"), "{args:?}: a log line in the answer: {err}");
    }
    // The refusals of a file that is not there, in French.
    let (code, out, _) = chainon_raw(&["import", &missing, "--database", &db, "--lang", "fr"]);
    assert_eq!(code, 2);
    assert!(out.contains(&format!("lecture de {missing}\u{a0}: fichier ou dossier introuvable")), "{out}");
    let (code, _, err) = chainon_raw(&["assess", &missing, "--lang", "fr"]);
    assert_eq!(code, 1);
    assert!(err.starts_with("erreur\u{a0}: lecture de ") && err.contains("introuvable"), "{err}");
    let (_, _, err) = chainon_raw(&["assess", &missing, "--lang", "en"]);
    assert!(err.starts_with("error: reading ") && err.contains("no such file or folder"), "{err}");
    // A database or a model that is not there: in the language asked for only, or in both when none is.
    let (_, _, err) = chainon_raw(&["screening", "lists", "--database", &no_db, "--lang", "fr"]);
    assert!(err.starts_with("erreur\u{a0}: aucune base de données à ") && !err.contains("no database"), "{err}");
    let (_, _, err) = chainon_raw(&["model", "check", &missing, "--lang", "fr"]);
    assert!(err.starts_with("erreur\u{a0}: aucun modèle «\u{a0}") && !err.contains("no model"), "{err}");
    let (_, _, err) = chainon_raw(&["screening", "hits", "--database", &no_db]);
    assert!(err.contains("error: no database at ") && err.contains("erreur\u{a0}: aucune base de données"), "{err}");
}

/// A damaged file (a zip that does not open, a workbook cut short, an ODS whose content is not XML, a CSV zip with a
/// damaged member) given to `assess` or `import` with `--lang fr` and the default log settings (no `RUST_LOG`): every
/// line printed is French. The intake's diagnostics of a refused file are the service's log, in English for its
/// operators; a command's answer says the refusal in the language asked, and its terminal shows no log line.
#[test]
fn a_damaged_file_is_refused_in_french_with_no_english_log_line() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/corpus/accepted");
    let xlsx = std::fs::read(corpus.join("chainon-convert-fr.xlsx")).unwrap();
    let ods = std::fs::read(corpus.join("pandas-odfpy-en.ods")).unwrap();
    let csv = std::fs::read(corpus.join("pandas-csv-fr.zip")).unwrap();
    // A local file header whose data runs past the end of the file: the archive's directory is gone.
    let cut = |bytes: &[u8], keep: usize| bytes.iter().take(keep).copied().collect::<Vec<u8>>();
    let mut garbled_ods = ods.clone();
    if let Some(at) = garbled_ods.windows(11).position(|w| w == b"content.xml") {
        // The compressed content of `content.xml` overwritten: the part no longer inflates.
        for b in garbled_ods.iter_mut().skip(at + 40).take(60) {
            *b = 0x5A;
        }
    }
    let files: Vec<(&str, Vec<u8>)> = vec![
        ("abime.zip", b"PK\x03\x04not an archive at all".to_vec()),
        ("coupe.xlsx", cut(&xlsx, xlsx.len() / 2)),
        ("brouille.ods", garbled_ods),
        ("coupe.zip", cut(&csv, csv.len() * 2 / 3)),
    ];
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("d.sqlite3").display());
    for (name, bytes) in files {
        let path = dir.path().join(name);
        std::fs::write(&path, &bytes).unwrap();
        let path = path.to_str().unwrap().to_string();
        for args in [vec!["assess", &path, "--lang", "fr"], vec!["import", &path, "--database", &db, "--lang", "fr"]] {
            let out = Command::new(env!("CARGO_BIN_EXE_chainon"))
                .args(&args)
                .env_remove("RUST_LOG")
                .env_remove("CHAINON_LOG")
                .current_dir(dir.path())
                .output()
                .unwrap();
            let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
            assert_ne!(out.status.code(), Some(0), "{args:?}: {stdout}{stderr}");
            assert!(!stdout.trim().is_empty() || !stderr.trim().is_empty(), "{args:?}: nothing said");
            for line in stdout.lines().chain(stderr.lines()) {
                for word in ["INFO", "WARN", "refused", "damaged", "zip archive", " the ", " is ", "error:", "Error"] {
                    assert!(!line.contains(word), "{args:?} prints an English line ({word}): {line}");
                }
            }
        }
    }
}

#[test]
fn import_of_a_portfolio_names_a_refused_line_in_the_language_of_the_lines() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("p.sqlite3").display());
    let good: Value = serde_json::from_slice(&std::fs::read(demo_dir().join("gantex-en578.json")).unwrap()).unwrap();
    let mut bad = good.clone();
    bad["places_of_work"][0]["workers"] = "1 200".into();
    let portfolio = dir.path().join("p.jsonl");
    std::fs::write(
        &portfolio,
        format!("{}\n{}\n", serde_json::to_string(&good).unwrap(), serde_json::to_string(&bad).unwrap()),
    )
    .unwrap();
    let (code, out, err) = chainon_raw(&["import", portfolio.to_str().unwrap(), "--database", &db, "--lang", "fr"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(out.contains("p.jsonl, ligne 1\u{a0}: enregistrée") && !out.contains(", line "), "{out}");
    assert!(out.contains("p.jsonl, ligne 2\u{a0}: refusée"), "{out}");
    assert!(out.contains("Travailleurs\u{a0}: ") && !out.contains("Travailleurs: "), "{out}");
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("q.sqlite3").display());
    let (_, out, _) = chainon_raw(&["import", portfolio.to_str().unwrap(), "--database", &db]);
    assert!(out.contains("p.jsonl, line 2: refused"), "{out}");
}

#[test]
fn assess_writes_a_self_contained_html_report_in_french() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("report.html");
    let file = demo_dir().join("polar-workwear-w0113.json");
    let (code, _, err) = chainon(&[
        "assess",
        file.to_str().unwrap(),
        "--format",
        "html",
        "--lang",
        "fr",
        "--output",
        out.to_str().unwrap(),
    ]);
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(out).unwrap();
    assert!(html.contains("<html lang=\"fr\">") && html.contains("Travail forcé") && html.contains("<style>"));
    assert!(
        !html.contains("<link")
            && !html.contains("<script")
            && !html.contains("http://")
            && !html.contains("https://cdn")
    );
}

#[test]
fn convert_says_the_files_warnings_in_the_language_asked() {
    let dir = tempfile::tempdir().unwrap();
    let mut v: Value =
        serde_json::from_slice(&std::fs::read(demo_dir().join("medisafe-gloves-en578.json")).unwrap()).unwrap();
    for p in v["places_of_work"].as_array_mut().unwrap() {
        p["share_of_value"] = 0.25.into();
    }
    let src = dir.path().join("fractions.json");
    std::fs::write(&src, serde_json::to_vec(&v).unwrap()).unwrap();
    let out = dir.path().join("c.xlsx");
    let (code, _, err) =
        chainon_raw(&["convert", src.to_str().unwrap(), "--lang", "fr", "--output", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains("Avertissement\u{a0}: /places_of_work/0/share_of_value"), "{err}");
    assert!(err.contains("Toutes les parts de la valeur"), "{err}");
}

#[test]
fn assess_lists_the_files_warnings_with_their_places_as_text_and_html_in_the_language_asked() {
    let dir = tempfile::tempdir().unwrap();
    let mut v: Value =
        serde_json::from_slice(&std::fs::read(demo_dir().join("medisafe-gloves-en578.json")).unwrap()).unwrap();
    for p in v["places_of_work"].as_array_mut().unwrap() {
        p["share_of_value"] = 0.4.into();
    }
    let src = dir.path().join("warned.json");
    std::fs::write(&src, serde_json::to_vec(&v).unwrap()).unwrap();
    let file = src.to_str().unwrap();
    let (code, json, err) = chainon_raw(&["assess", file, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let warnings = serde_json::from_str::<Value>(&json).unwrap()["warnings"].as_array().unwrap().clone();
    assert!(!warnings.is_empty(), "{json}");
    let places: Vec<&str> = warnings.iter().map(|w| w["location"].as_str().unwrap()).collect();
    assert!(places.contains(&"/places_of_work/0/share_of_value"), "{places:?}");
    let (code, en, err) = chainon_raw(&["assess", file, "--format", "text"]);
    assert_eq!(code, 0, "{err}");
    let count = if warnings.len() == 1 { "1 remark".to_string() } else { format!("{} remarks", warnings.len()) };
    assert!(en.contains(&format!("{count} from reading the file")), "{en}");
    for (w, place) in warnings.iter().zip(&places) {
        assert!(en.contains(&format!("  - Warning: {place}")), "{place}: {en}");
        assert!(en.contains(w["message_en"].as_str().unwrap()), "{en}");
    }
    let (code, fr, err) = chainon_raw(&["assess", file, "--format", "text", "--lang", "fr"]);
    assert_eq!(code, 0, "{err}");
    assert!(fr.contains("de la réception du fichier (il a été accepté)"), "{fr}");
    for (w, place) in warnings.iter().zip(&places) {
        assert!(fr.contains(&format!("  - Avertissement\u{a0}: {place}")), "{place}: {fr}");
        assert!(fr.contains(w["message_fr"].as_str().unwrap()) && !fr.contains("Warning"), "{fr}");
    }
    // The HTML report lists them too, each at its place, in the language asked.
    let out = dir.path().join("r.html");
    let (code, _, err) =
        chainon_raw(&["assess", file, "--format", "html", "--lang", "fr", "--output", out.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    let html = std::fs::read_to_string(out).unwrap();
    assert!(html.contains("Remarques de la réception du fichier"), "{html}");
    for place in &places {
        assert!(html.contains(&format!("<code>{place}</code>")), "{place}");
    }
    // A file without warnings has no such section.
    let (_, plain, _) =
        chainon_raw(&["assess", demo_dir().join("gantex-en578.json").to_str().unwrap(), "--format", "text"]);
    assert!(!plain.contains("from reading the file"), "{plain}");
}

#[test]
fn the_template_and_convert_write_workbooks_that_read_back() {
    let dir = tempfile::tempdir().unwrap();
    for lang in ["en", "fr"] {
        let t = dir.path().join(format!("template-{lang}.xlsx"));
        let (code, _, err) = chainon(&["template", "--lang", lang, "--output", t.to_str().unwrap()]);
        assert_eq!(code, 0, "{err}");
        assert_eq!(&std::fs::read(&t).unwrap()[..2], b"PK");
        let converted = dir.path().join(format!("medisafe-{lang}.xlsx"));
        let src = demo_dir().join("medisafe-gloves-en578.json");
        let (code, _, err) =
            chainon(&["convert", src.to_str().unwrap(), "--lang", lang, "--output", converted.to_str().unwrap()]);
        assert_eq!(code, 0, "{err}");
        let (code, json_out, _) = chainon(&["assess", src.to_str().unwrap()]);
        assert_eq!(code, 0);
        let (code, xlsx_out, _) = chainon(&["assess", converted.to_str().unwrap()]);
        assert_eq!(code, 0);
        let a: Value = serde_json::from_str(&json_out).unwrap();
        let b: Value = serde_json::from_str(&xlsx_out).unwrap();
        assert_eq!(a["overall"], b["overall"], "the workbook scores like the JSON it came from");
    }
}

#[test]
fn import_stores_files_and_says_which_were_refused() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("cli.sqlite3").display());
    let good = demo_dir().join("arctic-furniture-standing.json");
    let bad = dir.path().join("bad.json");
    std::fs::write(&bad, b"{\"supplier\": {}}").unwrap();
    let (code, out, err) = chainon(&["import", good.to_str().unwrap(), bad.to_str().unwrap(), "--database", &db]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(out.contains("stored as declaration 1"), "{out}");
    assert!(out.contains("refused, nothing stored"), "{out}");
    assert!(out.contains("2 declarations in 2 files: 1 stored, none already stored, 1 refused"), "{out}");
    // Counts choose their plural (never "finding(s)"); a refused field is named in the language of the lines.
    assert!(!out.contains("(s)"), "{out}");
    assert!(out.contains("Legal name") && !out.contains("Dénomination sociale"), "{out}");
    // Each problem of a refused file says its level.
    assert!(out.contains("\n  Error: "), "{out}");
    let (code, out, _) = chainon(&["import", good.to_str().unwrap(), "--database", &db]);
    assert_eq!(code, 0);
    assert!(out.contains("already stored"), "{out}");
    // In French, every line is French: the stored file's bands and scores (decimal comma), a refusal with its
    // field, the duplicate, the summary.
    let other = dir.path().join("fr.sqlite3");
    let db = format!("sqlite://{}?mode=rwc", other.display());
    let (code, out, err) =
        chainon(&["import", good.to_str().unwrap(), bad.to_str().unwrap(), "--database", &db, "--lang", "fr"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(
        out.contains("arctic-furniture-standing.json : enregistrée comme déclaration nº 1 (travail forcé : "),
        "{out}"
    );
    assert!(out.contains("; travail des enfants : ") && !out.contains("forced labour"), "{out}");
    let stored = out.lines().find(|l| l.contains("enregistrée comme")).unwrap();
    let scores = stored.split_once(" (").unwrap().1;
    assert!(!scores.contains('.') && scores.contains(','), "a French score has a decimal comma: {stored}");
    assert!(out.contains("bad.json : refusée, rien n'a été enregistré"), "{out}");
    assert!(out.contains("Dénomination sociale") && !out.contains("Legal name"), "{out}");
    assert!(out.contains("\n  Erreur") && !out.contains("\n  Error"), "{out}");
    assert!(
        out.contains("2 déclarations dans 2 fichiers : 1 enregistrée, aucune déjà enregistrée, 1 refusée"),
        "{out}"
    );
    let (code, out, _) = chainon(&["import", good.to_str().unwrap(), "--database", &db, "--lang", "fr"]);
    assert_eq!(code, 0);
    assert!(out.contains("arctic-furniture-standing.json : déjà enregistrée comme déclaration nº 1"), "{out}");
    assert!(!out.contains("already stored"), "{out}");
}

#[test]
fn model_check_validates_the_built_in_model() {
    let (code, out, _) = chainon(&["model", "check"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("valid"));
    // Unknown is not low: every country ILAB gives no finding for is listed with the fallback applied.
    assert!(out.contains("Missing data and the fallback applied"), "{out}");
    let china = out.lines().find(|l| l.trim_start().starts_with("China (CN")).expect("China is listed");
    assert!(china.contains("Eastern and South-Eastern Asia (6.2% of children aged 5–17)"), "{china}");
    // Countries ILAB has no row for are not assessed either, with the same fallback as an empty row; a high-income
    // one takes the high-income estimate instead (model 2022.3); "No Assessment" weighs 10 from 2022.4 (6 before).
    let laos = out.lines().find(|l| l.contains("Laos (LA)")).expect("Laos is listed");
    assert!(laos.contains("not assessed by ILAB (no row in its country findings) → child labour: the points of a country ILAB has not assessed (“No Assessment”, 10)"), "{laos}");
    let canada = out.lines().find(|l| l.contains("Canada (CA)")).expect("Canada is listed");
    assert!(
        canada.contains("“High income” group not assessed by ILAB") && canada.contains("1.5% of children aged 5–17"),
        "{canada}"
    );
}

#[test]
fn model_check_counts_in_the_language_asked_for_with_its_plurals() {
    let (code, fr, _) = chainon(&["model", "check", "--lang", "fr"]);
    assert_eq!(code, 0, "{fr}");
    let heading =
        fr.lines().find(|l| l.starts_with("Données manquantes et repli appliqué (")).expect("a French heading");
    assert!(heading.ends_with(" éléments) :"), "{heading}");
    assert!(fr.contains(&format!("modèle {} : valide", chainon::scoring::DEFAULT_VERSION)), "{fr}");
    let (code, en, _) = chainon(&["model", "check"]);
    assert_eq!(code, 0, "{en}");
    let heading = en.lines().find(|l| l.starts_with("Missing data and the fallback applied (")).expect("a heading");
    assert!(heading.ends_with(" items):"), "{heading}");
    assert!(!en.contains("(s)") && !fr.contains("(s)"), "{en}\n{fr}");
}

#[test]
fn model_diff_rescores_stored_declarations_and_says_why_without_changing_them() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("diff.sqlite3").display());
    // The polar workwear chain, with its cotton grown in Uzbekistan (listed for forced labour in 2019, not in 2022).
    let mut v: Value =
        serde_json::from_slice(&std::fs::read(demo_dir().join("polar-workwear-w0113.json")).unwrap()).unwrap();
    for site in v["places_of_work"].as_array_mut().unwrap() {
        if site["site_id"] == "US-GIN" {
            site["country"] = "Uzbekistan".into();
        }
    }
    let file = dir.path().join("uz-cotton.json");
    std::fs::write(&file, serde_json::to_vec(&v).unwrap()).unwrap();
    let (code, _, err) = chainon(&["import", file.to_str().unwrap(), "--database", &db]);
    assert_eq!(code, 0, "{err}");

    let models = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("risk_models");
    let (old, new) = (models.join("2019.1"), models.join("2022.1"));
    let args = ["model", "diff", old.to_str().unwrap(), new.to_str().unwrap(), "--database", &db, "--format", "json"];
    let (code, out, err) = chainon(&args);
    assert_eq!(code, 0, "{err}");
    let diff: Value = serde_json::from_str(&out).unwrap();
    assert_eq!((diff["old_version"].as_str(), diff["new_version"].as_str()), (Some("2019.1"), Some("2022.1")));
    assert_eq!(diff["declarations_compared"], 1);
    let changes = diff["changed"][0]["changes"].as_array().unwrap();
    let gin = changes.iter().find(|c| c["scope"] == "site:US-GIN" && c["kind"] == "forced_labour").unwrap();
    assert!(gin["new_score"].as_f64() < gin["old_score"].as_f64());
    assert!(gin["removed"].as_array().unwrap().iter().any(|f| f["code"] == "listed_good"));

    // The text form says the same to a person, and the stored assessment is untouched (still the default model's).
    let (code, text, _) = chainon(&["model", "diff", old.to_str().unwrap(), new.to_str().unwrap(), "--database", &db]);
    assert_eq!(code, 0);
    assert!(text.contains("Model 2019.1 → 2022.1: 1 declaration re-scored, 1 changed"), "{text}");
    assert!(!text.contains("(s)"), "{text}");
    // In words, not codes: scopes, kinds, bands and factors; in French too, with its numbers and colons.
    // A site is named by its name and country (and Open Supply Hub ID when it has one), never by its reference in a
    // declaration the reader does not see: in the scopes and in the factors that carry risk from a supplier.
    assert!(text.contains("Site Lubbock Cotton Growers Gin (Uzbekistan) — Forced labour: "), "{text}");
    assert!(text.contains("Risk carried from supplier site Lubbock Cotton Growers Gin (Uzbekistan)"), "{text}");
    assert!(text.contains("\n    − ILAB lists Cotton from Uzbekistan for forced labour (+"), "{text}");
    let (code, fr, _) =
        chainon(&["model", "diff", old.to_str().unwrap(), new.to_str().unwrap(), "--database", &db, "--lang", "fr"]);
    assert_eq!(code, 0);
    assert!(fr.contains("Modèle 2019.1 → 2022.1 : 1 déclaration réévaluée, 1 modifiée"), "{fr}");
    assert!(fr.contains("Lieu Lubbock Cotton Growers Gin (Ouzbékistan) — Travail forcé : "), "{fr}");
    for reference in ["WPG", "VN-CMT", "VN-FAB", "US-SPIN", "US-GIN"] {
        for words in [&text, &fr] {
            assert!(!words.contains(&format!("({reference}")) && !words.contains(&format!(" {reference} ")), "{words}");
        }
    }
    assert!(fr.contains("Catégorie de biens Vêtements et uniformes — Travail forcé : "), "{fr}");
    for (lang, text) in [("en", &text), ("fr", &fr)] {
        let codes =
            ["listed_good", "highest_site", "forced_labour", "child_labour", "  category:", "  site:", "critical"];
        let shown: Vec<&str> = codes.into_iter().filter(|c| text.contains(c)).collect();
        assert!(shown.is_empty(), "{lang}: {shown:?}\n{text}");
    }
    // Every French number has a decimal comma (the versions are names).
    let without_versions = fr.replace("2019.1", "").replace("2022.1", "");
    let chars: Vec<char> = without_versions.chars().collect();
    let point = chars.windows(3).any(|w| w[0].is_ascii_digit() && w[1] == '.' && w[2].is_ascii_digit());
    assert!(!point, "{fr}");
    let (code, out, _) = chainon(&["import", file.to_str().unwrap(), "--database", &db]);
    assert_eq!(code, 0);
    assert!(out.contains("already stored"), "{out}");
}

/// A goods category one model has and the other lacks is absent there, not low: the diff says "not in 2022.9" /
/// "absent de 2022.9" in words and `null` with a reason code in JSON, never a score of 0.
#[test]
fn model_diff_says_a_category_absent_from_a_model_is_absent_not_low() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("absent.sqlite3").display());
    let file = demo_dir().join("polar-workwear-w0113.json");
    let (code, _, err) = chainon(&["import", file.to_str().unwrap(), "--database", &db]);
    assert_eq!(code, 0, "{err}");
    // The default model's folder as a version without its clothing category.
    let models = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("risk_models");
    let old = dir.path().join("2022.9");
    std::fs::create_dir(&old).unwrap();
    for entry in std::fs::read_dir(models.join(chainon::scoring::DEFAULT_VERSION)).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, old.join(path.file_name().unwrap())).unwrap();
    }
    let toml = std::fs::read_to_string(old.join("model.toml")).unwrap();
    let start = toml.find("[[categories]]\ncode = \"clothing\"").expect("the clothing category");
    let end = start + 1 + toml[start + 1..].find("[[categories]]").unwrap();
    let toml = format!("{}{}", &toml[..start], &toml[end..]).replacen(
        &format!("version = \"{}\"", chainon::scoring::DEFAULT_VERSION),
        "version = \"2022.9\"",
        1,
    );
    std::fs::write(old.join("model.toml"), toml).unwrap();
    let (old, new) = (old.to_str().unwrap(), chainon::scoring::DEFAULT_VERSION);
    let (code, out, err) = chainon(&["model", "diff", old, new, "--database", &db, "--format", "json"]);
    assert_eq!(code, 0, "{err}");
    let diff: Value = serde_json::from_str(&out).unwrap();
    let changes = diff["changed"][0]["changes"].as_array().unwrap();
    let clothing: Vec<&Value> = changes.iter().filter(|c| c["scope"] == "category:clothing").collect();
    assert!(!clothing.is_empty(), "{out}");
    for c in clothing {
        assert!(c["old_score"].is_null() && c["old_band"].is_null(), "{c}");
        assert_eq!(c["absent"], "not_in_old_model", "{c}");
        assert!(c["new_score"].as_f64().is_some(), "{c}");
    }
    let (code, en, _) = chainon(&["model", "diff", old, new, "--database", &db]);
    assert_eq!(code, 0);
    let line = en.lines().find(|l| l.contains("Goods category Clothing and uniforms")).expect("the category's line");
    assert!(line.contains(": not in 2022.9 → ") && !line.contains("Low 0"), "{en}");
    let (code, fr, _) = chainon_raw(&["model", "diff", old, new, "--database", &db, "--lang", "fr"]);
    assert_eq!(code, 0);
    let line =
        fr.lines().find(|l| l.contains("Catégorie de biens Vêtements et uniformes")).expect("the category's line");
    assert!(line.contains("\u{a0}: absent de 2022.9 → ") && !line.contains("Faible 0"), "{fr}");
}

#[test]
fn model_derive_refuses_a_source_without_its_licence_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index.csv");
    std::fs::write(&index, "country,value\nCanada,1.8\n").unwrap();
    let base = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("risk_models/2022.1");
    let out_dir = dir.path().join("2022.5");
    let mut args: Vec<&str> = vec!["model", "derive", "--from", base.to_str().unwrap(), "--version", "2022.5"];
    args.extend(["--output", out_dir.to_str().unwrap(), "--country-index", index.to_str().unwrap()]);
    args.extend(["--country-index-edition", "Test index 2023"]);
    let (code, _, err) = chainon(&args);
    assert_ne!(code, 0);
    assert!(err.contains("licence"), "{err}");
    assert!(!out_dir.exists());

    args.extend(["--country-index-licence", "CC BY-NC-ND 4.0", "--country-index-measure-en", "per 1,000 people"]);
    args.extend(["--country-index-measure-fr", "pour 1 000 personnes"]);
    let (code, out, err) = chainon(&args);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("model 2022.5 written"), "{out}");
    let (code, out, _) = chainon(&["model", "check", out_dir.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(out.contains("model 2022.5: valid"));

    // A version is never overwritten: refused in English then French, or in the language asked for only.
    let (code, _, err) = chainon(&args);
    assert_ne!(code, 0);
    assert!(err.contains("already exists: a model version is never overwritten. Nothing was written."), "{err}");
    assert!(err.contains("existe déjà\u{a0}: une version de modèle n'est jamais écrasée"), "{err}");
    args.extend(["--lang", "fr"]);
    let (code, _, err) = chainon(&args);
    assert_ne!(code, 0);
    assert!(err.contains("existe déjà") && !err.contains("already exists"), "{err}");
    std::fs::remove_dir_all(&out_dir).unwrap();
    let (code, out, err) = chainon(&args);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("modèle 2022.5 écrit dans ") && out.contains(" : valide"), "{out}");
}

/// A model that cannot be made or loaded is refused in the catalogues' words, English then French (or the language
/// asked), naming the file and what is wrong with it: a supplied index without the column its options name, a model
/// folder whose income groups give a country twice.
#[test]
fn a_model_that_cannot_be_made_or_loaded_is_refused_in_both_languages_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let index = dir.path().join("index.csv");
    std::fs::write(&index, "country,score\nCanada,1.8\n").unwrap();
    let out_dir = dir.path().join("2022.99");
    let mut args: Vec<&str> = vec!["model", "derive", "--from", "2022.1", "--version", "2022.99"];
    args.extend(["--output", out_dir.to_str().unwrap(), "--country-index", index.to_str().unwrap()]);
    args.extend(["--country-index-edition", "Test index 2023", "--country-index-licence", "CC BY 4.0"]);
    args.extend([
        "--country-index-measure-en",
        "per 1,000 people",
        "--country-index-measure-fr",
        "pour 1 000 personnes",
    ]);
    let (code, _, err) = chainon(&args);
    assert_ne!(code, 0);
    assert!(err.contains("has no column “value”") && err.contains("Nothing was written"), "{err}");
    assert!(err.contains("n'a pas de colonne «\u{a0}value\u{a0}»") && err.contains("Rien n'a été écrit"), "{err}");
    assert!(!out_dir.exists());
    args.extend(["--lang", "fr"]);
    let (code, _, err) = chainon(&args);
    assert_ne!(code, 0);
    assert!(
        err.contains("n'a pas de colonne") && !err.contains("no column") && !err.contains("invalid model"),
        "{err}"
    );

    // A model folder that does not load: `model check` and `assess` (`CHAINON_MODEL_DIR`) say why, in French when
    // asked.
    let broken = dir.path().join("broken");
    std::fs::create_dir(&broken).unwrap();
    let models = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("risk_models");
    for entry in std::fs::read_dir(models.join(chainon::scoring::DEFAULT_VERSION)).unwrap() {
        let path = entry.unwrap().path();
        std::fs::copy(&path, broken.join(path.file_name().unwrap())).unwrap();
    }
    let groups = broken.join("income_groups.csv");
    let text = std::fs::read_to_string(&groups).unwrap();
    let line = text.lines().count() + 1;
    std::fs::write(&groups, format!("{text}CA,High income\n")).unwrap();
    let (code, _, err) = chainon(&["model", "check", broken.to_str().unwrap()]);
    assert_ne!(code, 0);
    assert!(err.contains(&format!("income_groups.csv, line {line}: “CA” is given twice")), "{err}");
    assert!(
        err.contains(&format!("income_groups.csv, ligne {line}\u{a0}: «\u{a0}CA\u{a0}» est donné deux fois")),
        "{err}"
    );
    let file = demo_dir().join("polar-workwear-w0113.json");
    let model_dir = [("CHAINON_MODEL_DIR", broken.to_str().unwrap())];
    let (code, _, err) = chainon_with(&["assess", file.to_str().unwrap(), "--lang", "fr"], &model_dir, "");
    assert_ne!(code, 0);
    assert!(err.contains("n'a pas pu être chargé") && err.contains("est donné deux fois"), "{err}");
    assert!(!err.contains("is given twice"), "{err}");
}

fn chainon_with(args: &[&str], env: &[(&str, &str)], stdin: &str) -> (i32, String, String) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_chainon"))
        .args(args)
        .env("RUST_LOG", "warn")
        .env_remove("CHAINON_PASSWORD")
        .envs(env.iter().copied())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    said(child.wait_with_output().unwrap())
}

#[tokio::test]
async fn user_add_and_token_make_an_account_that_can_sign_in_and_call_the_api() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("u.sqlite3").display());
    let add = |extra: &[&str], stdin: &str| {
        let mut args = vec!["user", "add", "--database", &db, "--name", "Léa Supplier", "--password-stdin"];
        args.extend_from_slice(extra);
        chainon_with(&args, &[], stdin)
    };
    // A supplier needs a valid business number; passwords need 12 characters.
    let (code, _, err) = add(&["--email", "lea@example.test", "--role", "supplier"], "long-enough-password\n");
    assert_ne!(code, 0);
    assert!(err.contains("--business-number"), "{err}");
    let (code, _, err) = add(
        &["--email", "lea@example.test", "--role", "supplier", "--business-number", "842310576"],
        "long-enough-password\n",
    );
    assert_ne!(code, 0);
    assert!(err.contains("check digit"), "{err}");
    let (code, _, err) =
        add(&["--email", "lea@example.test", "--role", "supplier", "--business-number", "842310575"], "short\n");
    assert_ne!(code, 0);
    assert!(err.contains("12 characters"), "{err}");
    let (code, out, err) = add(
        &["--email", "Lea@Example.test", "--role", "supplier", "--business-number", "842 310 575 RT0001"],
        "long-enough-password\n",
    );
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("lea@example.test") && out.contains("Supplier"), "{out}");
    let (code, _, err) = add(&["--email", "lea@example.test", "--role", "officer"], "long-enough-password\n");
    assert_ne!(code, 0, "an e-mail is used once");
    assert!(err.contains("already the address of the account"), "{err}");

    let (code, token, err) =
        chainon_with(&["user", "token", "--database", &db, "--email", "lea@example.test", "--name", "erp"], &[], "");
    assert_eq!(code, 0, "{err}");
    let token = token.trim().to_string();
    assert!(token.starts_with("chn_") && token.len() == 68, "{token}");

    let store = chainon::storage::Store::connect(&db).await.unwrap();
    let account = store.account_for_token(&token).await.unwrap().unwrap();
    assert_eq!(account.business_number.as_deref(), Some("842310575"));
    let (_, hash) = store.account_for_login("lea@example.test").await.unwrap().unwrap();
    assert!(chainon::accounts::verify_password("long-enough-password", &hash));
    let (code, list, _) = chainon_with(&["user", "list", "--database", &db], &[], "");
    assert_eq!(code, 0);
    assert_eq!(list.lines().count(), 1);
}

/// `chainon user …` prints in the language of `--lang` (before or after the command's name), and refuses in the
/// language asked for, or in English then French when none is: each refusal names the option and says nothing changed.
#[tokio::test]
async fn user_commands_speak_the_language_asked_and_refuse_in_both_without_one() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("u.sqlite3").display());
    let user = |args: &[&str], stdin: &str| {
        let mut all = vec!["user"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--database", &db]);
        chainon_with(&all, &[], stdin)
    };
    let add = ["add", "--email", "zoe@example.test", "--name", "Zoé", "--role", "auditor", "--password-stdin"];
    let (code, out, err) = user(&[&add[..], &["--lang", "fr"]].concat(), "long-enough-password\n");
    assert_eq!(code, 0, "{err}");
    assert!(out.starts_with("compte zoe@example.test créé (Vérificateur de la conformité, nº 1)"), "{out}");

    // Refused without a language: English, then French; nothing created by either.
    let (code, _, err) = user(&["add", "--email", "nobody", "--name", "N", "--role", "officer"], "");
    assert_ne!(code, 0);
    assert!(err.contains("--email nobody: not an e-mail address. Nothing was created."), "{err}");
    assert!(err.contains("--email nobody\u{a0}: ce n'est pas une adresse de courriel. Rien n'a été créé."), "{err}");
    let (code, _, err) = user(
        &["add", "--email", "yves@example.test", "--name", "Y", "--role", "officer", "--password-stdin"],
        "short\n",
    );
    assert_ne!(code, 0);
    assert!(err.contains("at least 12 characters") && err.contains("au moins 12"), "{err}");
    let (code, _, err) = user(&["add", "--email", "s@example.test", "--name", "S", "--role", "supplier"], "");
    assert_ne!(code, 0);
    assert!(err.contains("--business-number: a supplier account needs"), "{err}");
    assert!(err.contains("--business-number\u{a0}: "), "{err}");
    // A refusal asked in French is said in French only.
    let (code, _, err) =
        chainon_with(&["--lang", "fr", "user", "disable", "--email", "ghost@example.test", "--database", &db], &[], "");
    assert_ne!(code, 0);
    assert!(err.contains("aucun compte n'a l'adresse ghost@example.test") && !err.contains("no account"), "{err}");
    let (code, _, err) = user(&["token", "revoke", "--email", "zoe@example.test", "--id", "7", "--lang", "fr"], "");
    assert_ne!(code, 0);
    assert!(err.contains("n'a aucun jeton actif d'identifiant 7") && err.contains("Rien n'a été révoqué"), "{err}");

    let (code, token, err) = user(&["token", "--email", "zoe@example.test", "--name", "erp", "--lang", "fr"], "");
    assert_eq!(code, 0, "{err}");
    assert!(token.trim().starts_with("chn_"), "{token}");
    assert!(err.contains("jeton d'API nº 1 pour zoe@example.test") && err.contains("gardez-le secret"), "{err}");
    let (_, out, _) = user(&["token", "revoke", "--email", "zoe@example.test", "--name", "erp", "--lang", "fr"], "");
    assert!(out.contains("jeton nº 1 de zoe@example.test révoqué"), "{out}");
    let (_, list, _) = user(&["token", "list", "--email", "zoe@example.test", "--lang", "fr"], "");
    assert!(list.contains("\trévoqué le "), "{list}");
    let (_, out, _) = user(&["disable", "--email", "zoe@example.test", "--lang", "fr"], "");
    assert!(out.starts_with("zoe@example.test désactivé\u{a0}: ses sessions ont pris fin"), "{out}");
    let (_, list, _) = user(&["list", "--lang", "fr"], "");
    assert!(list.trim_end().ends_with("\t(désactivé)"), "{list}");
    let (_, out, _) = user(&["role", "--email", "zoe@example.test", "--role", "officer", "--lang", "fr"], "");
    assert!(out.contains("Vérificateur de la conformité → Agent d'approvisionnement"), "{out}");
}

#[tokio::test]
async fn user_token_revoke_role_and_disable_change_the_account_and_are_audited() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("u.sqlite3").display());
    let email = "olivier@example.test";
    let user = |args: &[&str]| {
        let mut all = vec!["user"];
        all.extend_from_slice(args);
        all.extend_from_slice(&["--database", &db]);
        chainon_with(&all, &[], "long-enough-password\n")
    };
    let (code, _, err) = user(&["add", "--email", email, "--name", "Olivier", "--role", "officer", "--password-stdin"]);
    assert_eq!(code, 0, "{err}");
    let token = |name: &str| user(&["token", "--email", email, "--name", name]).1.trim().to_string();
    let (erp, nightly) = (token("erp"), token("nightly"));
    let store = chainon::storage::Store::connect(&db).await.unwrap();

    let (code, out, err) = user(&["token", "revoke", "--email", email, "--name", "erp"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("revoked token 1"), "{out}");
    assert!(store.account_for_token(&erp).await.unwrap().is_none());
    assert!(store.account_for_token(&nightly).await.unwrap().is_some());
    let (code, _, err) = user(&["token", "revoke", "--email", email, "--name", "erp"]);
    assert_ne!(code, 0, "nothing left to revoke by that name");
    assert!(err.contains("no live token"), "{err}");
    let (code, list, _) = user(&["token", "list", "--email", email]);
    assert_eq!(code, 0);
    assert!(list.lines().next().unwrap().contains("revoked") && list.lines().nth(1).unwrap().ends_with("live"));

    let (code, _, err) = user(&["role", "--email", email, "--role", "supplier"]);
    assert_ne!(code, 0);
    assert!(err.contains("--business-number"), "{err}");
    let (code, out, err) = user(&["role", "--email", email, "--role", "supplier", "--business-number", "842310575"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("Procurement officer → Supplier"), "{out}");

    let (code, _, err) = user(&["disable", "--email", email]);
    assert_eq!(code, 0, "{err}");
    assert!(store.account_for_token(&nightly).await.unwrap().is_none(), "a disabled account's token");
    assert!(store.account_for_login(email).await.unwrap().is_none(), "a disabled account's password");
    assert!(user(&["list"]).1.contains("(disabled)"));
    let (code, _, err) = user(&["enable", "--email", email]);
    assert_eq!(code, 0, "{err}");
    assert_eq!(store.account_for_token(&nightly).await.unwrap().unwrap().business_number.as_deref(), Some("842310575"));

    let (code, log, _) = chainon(&["audit", "log", "--database", &db, "--subject", "account/1"]);
    assert_eq!(code, 0);
    let entries: Vec<Value> = log.lines().rev().map(|l| serde_json::from_str(l).unwrap()).collect();
    let actions: Vec<&str> = entries.iter().map(|e| e["action"].as_str().unwrap()).collect();
    assert_eq!(
        actions,
        [
            "account.created",
            "token.issued",
            "token.issued",
            "token.revoked",
            "account.role_changed",
            "account.disabled",
            "account.enabled"
        ]
    );
    assert!(entries.iter().all(|e| e["actor"] == "cli"));
    assert!(!log.contains(&nightly) && !log.contains(&chainon::storage::token_digest(&nightly)), "no token is logged");
}

#[tokio::test]
async fn audit_verify_passes_on_an_honest_log_and_names_the_entry_someone_edited() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("a.sqlite3").display());
    let files: Vec<String> = ["cordages-nordiques-w8486.json", "atlantic-marine-w8486.json"]
        .iter()
        .map(|f| demo_dir().join(f).display().to_string())
        .collect();
    let (code, _, err) = chainon(&["import", &files[0], &files[1], "--database", &db]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = chainon(&["audit", "verify", "--database", &db]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("4 entries, intact"), "two declarations and their assessments: {out}");
    let head = out.split_whitespace().last().unwrap().to_string();
    let (code, log, _) = chainon(&["audit", "log", "--database", &db, "--subject", "declaration/1"]);
    assert_eq!(code, 0);
    let entries: Vec<Value> = log.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(entries.len(), 2);
    assert!(entries.iter().all(|e| e["actor"] == "cli"));
    assert_eq!(entries[1]["action"], "declaration.stored");
    assert_eq!(entries[1]["payload"]["supplier"], "Cordages Nordiques Inc.");

    let store = chainon::storage::Store::connect(&db).await.unwrap();
    chainon::storage::testing::execute_raw(&store, "UPDATE audit_entry SET actor = 'someone' WHERE seq = 3")
        .await
        .unwrap();
    let (code, out, _) = chainon(&["audit", "verify", "--database", &db]);
    assert_eq!(code, 1);
    assert!(out.contains("entry 3: edited"), "{out}");
    // A cut tail is a shorter valid chain; the head recorded earlier reveals it.
    chainon::storage::testing::execute_raw(
        &store,
        "UPDATE audit_entry SET actor = 'cli' WHERE seq = 3; DELETE FROM audit_entry WHERE seq = 4",
    )
    .await
    .unwrap();
    let (code, _, _) = chainon(&["audit", "verify", "--database", &db]);
    assert_eq!(code, 0);
    let (code, out, _) = chainon(&["audit", "verify", "--database", &db, "--expect-head", &head]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains("no longer in the log"), "{out}");
}

/// `audit verify` says what it found in the language asked for (`--lang`, English by default), every line from the
/// catalogues: the entries counted by CLDR, each fault, a head no longer in the log; the head's hash stays last.
#[tokio::test]
async fn audit_verify_says_its_findings_in_the_language_asked_for() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("l.sqlite3").display());
    let file = demo_dir().join("cordages-nordiques-w8486.json").display().to_string();
    let (code, _, err) = chainon(&["import", &file, "--database", &db]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = chainon(&["audit", "verify", "--database", &db, "--lang", "fr"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("2 entrées, journal intact; tête 2 "), "{out}");
    let head = out.split_whitespace().last().unwrap().to_string();
    assert_eq!(head.len(), 64, "{out}");
    let (_, en, _) = chainon(&["audit", "verify", "--database", &db, "--lang", "en"]);
    assert!(en.contains("2 entries, intact; head 2 ") && en.ends_with(&format!("{head}\n")), "{en}");

    let store = chainon::storage::Store::connect(&db).await.unwrap();
    chainon::storage::testing::execute_raw(&store, "UPDATE audit_entry SET actor = 'someone' WHERE seq = 1")
        .await
        .unwrap();
    let (code, out, _) = chainon(&["audit", "verify", "--database", &db, "--lang", "fr"]);
    assert_eq!(code, 1);
    assert!(out.contains("entrée 1 : modifiée") && out.contains("journal NON intact"), "{out}");
    assert!(!out.contains("edited") && !out.contains("entries"), "no English left: {out}");
    let (_, out, _) = chainon(&["audit", "verify", "--database", &db, "--lang=en"]);
    assert!(out.contains("entry 1: edited") && out.contains("NOT intact"), "{out}");
    chainon::storage::testing::execute_raw(
        &store,
        "UPDATE audit_entry SET actor = 'cli' WHERE seq = 1; DELETE FROM audit_entry WHERE seq = 2",
    )
    .await
    .unwrap();
    let (code, out, _) = chainon(&["audit", "verify", "--database", &db, "--expect-head", &head, "--lang", "fr"]);
    assert_eq!(code, 1, "{out}");
    assert!(out.contains(&format!("la tête consignée {head} n'est plus dans le journal")), "{out}");
    assert!(out.contains("1 entrée, journal NON intact"), "{out}");
}

/// The head recorded earlier is found whatever the case of its hex digits (re-typed, upper-cased); a value that is
/// not a head is a usage error said in both languages (exit 2), not a log declared cut; `audit log --limit 0` too.
#[test]
fn audit_verify_reads_the_expected_head_in_either_case_and_refuses_what_is_no_hash() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("h.sqlite3").display());
    let file = demo_dir().join("cordages-nordiques-w8486.json").display().to_string();
    let (code, _, err) = chainon(&["import", &file, "--database", &db]);
    assert_eq!(code, 0, "{err}");
    let (_, out, _) = chainon(&["audit", "verify", "--database", &db]);
    let head = out.split_whitespace().last().unwrap().to_string();
    for given in [head.to_uppercase(), format!(" {head} "), head.clone()] {
        let (code, out, err) = chainon(&["audit", "verify", "--database", &db, "--expect-head", &given]);
        assert_eq!(code, 0, "{given}: {out}{err}");
        assert!(out.contains("intact") && !out.contains("NOT intact"), "{given}: {out}");
    }
    let (code, out, _) =
        chainon(&["audit", "verify", "--database", &db, "--expect-head", &head.to_uppercase(), "--format", "json"]);
    assert_eq!(code, 0);
    assert!(out.contains("\"expected_head_present\":true"), "{out}");
    for given in ["0000", "not-a-hash", &format!("{head}0"), &head.replace('a', "g")] {
        if given == head {
            continue;
        }
        let (code, out, err) = chainon(&["audit", "verify", "--database", &db, "--expect-head", given]);
        assert_eq!(code, 2, "{given}: {out}{err}");
        assert!(!out.contains("NOT intact") && !out.contains("cut"), "{given}: {out}");
        assert!(err.contains("is not a head hash") && err.contains("64 hexadecimal digits"), "{given}: {err}");
        assert!(err.contains("n'est pas une empreinte de tête"), "{given}: {err}");
    }
    let (code, out, err) = chainon(&["audit", "log", "--database", &db, "--limit", "0"]);
    assert_eq!((code, out.as_str()), (2, ""), "{err}");
    assert!(err.contains("--limit 0") && err.contains("1 or more") && err.contains("1 ou plus"), "{err}");
}

#[test]
fn commands_that_read_an_existing_database_refuse_a_missing_one_naming_it_and_create_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = Command::new(env!("CARGO_BIN_EXE_chainon"))
            .args(args)
            .current_dir(dir.path())
            .env("RUST_LOG", "warn")
            .env_remove("CHAINON_DATABASE_URL")
            .output()
            .unwrap();
        (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
    };
    for args in [
        &["user", "token", "--email", "a@example.test", "--name", "erp"][..],
        &["user", "token", "list", "--email", "a@example.test"],
        &["user", "list"],
        &["user", "disable", "--email", "a@example.test"],
        &["audit", "verify"],
        &["audit", "log"],
        &["screening", "hits"],
    ] {
        let (code, err) = run(args);
        assert_ne!(code, 0, "{args:?}");
        assert!(err.contains("no database at chainon.sqlite3"), "{args:?}: {err}");
        assert!(err.contains("CHAINON_DATABASE_URL") && err.contains("aucune base de données"), "{args:?}: {err}");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "{args:?} created something");
    }
    // `import` still creates its default database, after which the same commands read it.
    let file = demo_dir().join("uniformes-boreal-w0113.json");
    let (code, err) = run(&["import", file.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(dir.path().join("chainon.sqlite3").exists());
    let (code, err) = run(&["audit", "verify"]);
    assert_eq!(code, 0, "{err}");
}

#[test]
fn screening_names_lists_as_the_api_does_and_ends_quietly_when_its_reader_stops() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("s.sqlite3").display());
    let fixture = |name: &str| format!("{}/supplier_data/screening/{name}", env!("CARGO_MANIFEST_DIR"));
    // The API's names, the command line's short ones and the spellings with `-`: the same lists.
    for (list, file, published) in [
        ("pspc_ineligible", "pspc_ineligible_suspended.csv", "2026-10-01"),
        ("cbp-wro", "cbp_wro_findings.csv", "2026-10-01"),
        ("cbp_wro", "refused/cbp-no-status.csv", "2026-10-02"),
    ] {
        let (code, out, err) = chainon(&[
            "screening",
            "import",
            "--list",
            list,
            &fixture(file),
            "--published",
            published,
            "--database",
            &db,
        ]);
        if file.starts_with("refused/") {
            assert_eq!(code, 2, "{out}{err}");
            assert!(err.contains("line 1 (Status): no “Status” column"), "{err}");
        } else {
            assert_eq!(code, 0, "{list}: {out}{err}");
        }
    }
    let (code, out, _) = chainon(&[
        "screening",
        "import",
        "--list",
        "pspc",
        &fixture("pspc_ineligible_suspended.csv"),
        "--database",
        &db,
    ]);
    assert_eq!(code, 0);
    assert!(out.contains("already imported"), "`pspc` is `pspc_ineligible`: {out}");
    // A reader that closes the pipe at once (`| head -0`): no panic, a quiet end.
    let mut child = Command::new(env!("CARGO_BIN_EXE_chainon"))
        .args(["screening", "lists", "--database", &db])
        .env("RUST_LOG", "warn")
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    drop(child.stdout.take());
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!err.contains("panicked") && !err.contains("Broken pipe"), "{err}");
    assert_eq!(out.status.code(), Some(0), "{err}");
}

#[test]
fn screening_import_and_lists_say_their_counts_in_words_with_plurals_in_either_language() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("s.sqlite3").display());
    let one = dir.path().join("one.csv");
    std::fs::write(&one, "id,name,country\nW-1,Fictional Lone Co,CA\n").unwrap();
    let two = dir.path().join("two.csv");
    std::fs::write(&two, "id,name,country\nW-1,Fictional Lone Co,CA\nW-2,Fictional Pair Co,CA\n").unwrap();
    let import = |file: &std::path::Path, lang: &str| {
        let (code, out, err) = chainon(&[
            "screening",
            "import",
            "--list",
            "watchlist",
            file.to_str().unwrap(),
            "--database",
            &db,
            "--lang",
            lang,
        ]);
        assert_eq!(code, 0, "{out}{err}");
        out
    };
    let out = import(&one, "en");
    assert!(
        out.contains("one.csv: Department watch list, edition 1 (#1), 1 entry: 1 added, none removed, none changed"),
        "{out}"
    );
    assert!(
        out.contains("re-screened no declarations (no parties): no hits found, no alerts raised (none new, none asked again: entry changed or listed again)"),
        "{out}"
    );
    assert!(out.contains("open hits closed: none (entry removed from the list), none (entry changed)"), "{out}");
    assert!(
        out.contains("effects of confirmed hits: none applied, none lifted, none changed; no declarations re-assessed"),
        "{out}"
    );
    let out = import(&two, "fr");
    assert!(
        out.contains(
            "two.csv : Liste de surveillance du ministère, édition 2 (#2), 2 inscriptions : 1 ajoutée, aucune retirée, aucune modifiée"
        ),
        "{out}"
    );
    assert!(
        out.contains(
            "nouveau filtrage d'aucune déclaration (aucune partie) : aucune correspondance trouvée, aucune alerte levée (aucune nouvelle, aucune posée à nouveau : inscription modifiée ou de nouveau sur la liste)"
        ),
        "{out}"
    );
    assert!(out.contains("aucun appliqué, aucun levé, aucun modifié; aucune déclaration réévaluée"), "{out}");
    for word in ["entries", "hits", "declarations", "edition "] {
        assert!(!out.contains(word), "`{word}` in French: {out}");
    }
    let (_, out, _) = chainon(&["screening", "lists", "--database", &db, "--lang", "fr"]);
    assert!(out.contains("2 inscriptions") && out.contains("1 inscription"), "{out}");
    let (_, out, _) = chainon(&["screening", "lists", "--database", &db]);
    assert!(out.contains("2 entries") && out.contains("1 entry ") && !out.contains("1 entries"), "{out}");
}

/// `--lang` chooses the language of the HTML report: asked for with JSON (given or by default), which writes each
/// explanation in both languages, it is refused with the reason rather than silently ignored; nothing is written.
#[test]
fn assess_refuses_a_language_for_json_and_says_why() {
    let file = demo_dir().join("polar-workwear-w0113.json");
    for args in [vec!["--format", "json", "--lang", "fr"], vec!["--format", "json", "--lang", "en"]] {
        let mut all = vec!["assess", file.to_str().unwrap()];
        all.extend(args.iter().copied());
        let (code, out, err) = chainon_raw(&all);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{out}");
        // Said in the language asked for, and in it alone.
        if args.contains(&"fr") {
            assert!(err.contains("--format html") && err.contains("en anglais et en français"), "{err}");
            assert!(err.starts_with("erreur\u{a0}: ") && !err.contains("English"), "{err}");
        } else {
            assert!(err.contains("--format html") && err.contains("English and French"), "{err}");
            assert!(err.starts_with("error: ") && !err.contains("français"), "{err}");
        }
    }
}

/// Every refusal of the command line's arguments is said in the language `--lang` asks for, or in English and in
/// French when none is (or the one asked is not known): clap's own English is never what a person reads.
#[test]
fn command_line_refusals_are_said_in_the_language_asked_for_or_in_both() {
    let file = demo_dir().join("polar-workwear-w0113.json");
    let file = file.to_str().unwrap();
    // French asked: French alone.
    for (args, said) in [
        (vec!["assess", file, "--lang", "fr", "--bogus"], "argument inconnu «\u{a0}--bogus\u{a0}»"),
        (vec!["assess", file, "--lang", "fr", "--format", "pdf"], "valeur «\u{a0}pdf\u{a0}» non valide pour --format"),
        (vec!["import", "--lang", "fr"], "manquant\u{a0}: "),
        (vec!["model", "diff", "2022.3", "--lang=fr"], "manquant\u{a0}: "),
    ] {
        let (code, out, err) = chainon_raw(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        assert!(out.is_empty(), "{out}");
        assert!(err.starts_with("erreur\u{a0}: ") && err.contains(said), "{args:?}: {err}");
        assert!(!err.contains("error:") && !err.contains("unexpected") && !err.contains("Usage"), "{args:?}: {err}");
    }
    // No language, or one not known: both, English first.
    for args in [vec!["assess", file, "--frobnicate"], vec!["assess", file, "--lang", "de"], vec!["serve", "--port"]] {
        let (code, _, err) = chainon_raw(&args);
        assert_eq!(code, 2, "{args:?}: {err}");
        let (en, fr) = (err.find("error: "), err.find("erreur\u{a0}: "));
        assert!(en.is_some() && fr.is_some() && en < fr, "{args:?}: {err}");
    }
    let (_, _, err) = chainon_raw(&["assess", file, "--lang", "de"]);
    assert!(err.contains("invalid value “de” for --lang") && err.contains("accepted: en, fr"), "{err}");
    assert!(err.contains("valeur «\u{a0}de\u{a0}» non valide pour --lang"), "{err}");
    // Help is help, in clap's words, on standard output.
    let (code, out, _) = chainon(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.contains("assess"), "{out}");
}

/// The help asked in French — `--lang fr` before the command, after it, on a command that takes no `--lang`, or a
/// French locale — is French throughout: usage line, value names, headings, defaults, each possible value described.
#[test]
fn help_asked_in_french_is_french_wherever_lang_stands_and_under_a_french_locale() {
    let english_locale = [("LC_ALL", ""), ("LC_MESSAGES", ""), ("LANG", "en_CA.UTF-8")];
    let french_locale = [("LC_ALL", ""), ("LC_MESSAGES", ""), ("LANG", "fr_CA.UTF-8")];
    for (args, env) in [
        (vec!["--lang", "fr", "assess", "--help"], &english_locale),
        (vec!["assess", "--lang", "fr", "--help"], &english_locale),
        (vec!["assess", "--help", "--lang=fr"], &english_locale),
        (vec!["assess", "--help"], &french_locale),
        (vec!["--lang", "fr", "--help"], &english_locale),
        (vec!["user", "add", "--lang", "fr", "--help"], &english_locale),
        (vec!["--lang", "fr", "screening", "import", "-h"], &english_locale),
        (vec!["model", "derive", "--help"], &french_locale),
    ] {
        let (code, out, err) = chainon_with(&args, env, "");
        assert_eq!(code, 0, "{args:?}: {err}");
        assert!(out.contains("Utilisation\u{a0}: chainon"), "{args:?}: {out}");
        for english in ["Usage:", "Options:\n", "<FILE>", "<DATABASE>", "[default:", "[possible values:", "Print help"]
        {
            assert!(!out.contains(english), "{args:?}: «{english}» in\n{out}");
        }
        if args.contains(&"assess") {
            assert!(out.contains("Utilisation\u{a0}: chainon assess [OPTIONS] <FICHIER>"), "{args:?}: {out}");
            assert!(out.contains("--output <FICHIER>") && out.contains("--lang <LANGUE>"), "{args:?}: {out}");
            assert!(out.contains("- json\u{a0}: JSON, pour les programmes"), "{args:?}: {out}");
        }
    }
    // English stays clap's, with every value described too.
    let (code, out, _) = chainon_with(&["assess", "--help"], &english_locale, "");
    assert_eq!(code, 0);
    assert!(
        out.contains("Usage: chainon assess [OPTIONS] <FILE>") && out.contains("- json: JSON, for programs"),
        "{out}"
    );
    let (code, out, err) = chainon_with(&["--lang", "fr", "--version"], &english_locale, "");
    assert!(code == 0 && out.starts_with("chainon "), "{out}{err}");
    // `--lang` before a command that takes it is that command's language: the file is read, and its absence said
    // in French.
    let (code, _, err) = chainon_with(&["--lang", "fr", "assess", "x.json"], &english_locale, "");
    assert_eq!(code, 1, "{err}");
    assert!(err.starts_with("erreur\u{a0}: lecture de x.json"), "{err}");
}

/// `chainon assess --lang fr` on every file of the intake corpus (the field cases among them, and the same workbooks
/// as LibreOffice saves them): an accepted file is scored; a refused one exits 2 naming each cell (or the file) and
/// its cause in French, with no English line.
#[test]
fn assess_in_french_scores_the_corpus_or_refuses_naming_each_cell_and_cause_in_french() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("supplier_data/corpus");
    let calculated = "dont le résultat n'a jamais été calculé";
    let refused: &[(&str, &[&str])] = &[
        ("refused/uncalculated-formulas.xlsx", &["Supplier!B8", "PlacesOfWork!N2", "PlacesOfWork!O2", calculated]),
        ("refused/format-claims-too-much.xlsb", &["format-claims-too-much.xlsb", "ne peut pas être lu"]),
        ("libreoffice/uncalculated-formulas.ods", &["Supplier!B8", "PlacesOfWork!N2", "PlacesOfWork!O2", calculated]),
        ("libreoffice/div0-formula.ods", &["PlacesOfWork!I2", calculated]),
        ("libreoffice/far-cell.ods", &["PlacesOfWork!IQ65001", "hors des colonnes du tableau"]),
        ("libreoffice/error-cell.ods", &["PlacesOfWork!G2", "#N/A"]),
        ("libreoffice/date-as-text.ods", &["Supplier!B3", "ambiguë"]),
        ("libreoffice/error-cell.xls", &["error-cell.xls", "Excel 97-2003"]),
    ];
    for (file, said) in refused {
        let path = corpus.join(file);
        let (code, out, err) = chainon_raw(&["assess", path.to_str().unwrap(), "--lang", "fr"]);
        assert_eq!(code, 2, "{file}: {out}{err}");
        assert!(out.lines().all(|l| l.starts_with("Erreur\u{a0}: ")), "{file}: {out}");
        for s in *said {
            assert!(out.contains(s), "{file}: «{s}» not in\n{out}");
        }
        for line in out.lines().chain(err.lines()) {
            for english in ["Error", "error:", " the ", " is ", " cell ", " cells", "formula", "WARN"] {
                assert!(!line.contains(english), "{file}: English «{english}»: {line}");
            }
        }
    }
    let mut accepted: Vec<std::path::PathBuf> =
        std::fs::read_dir(corpus.join("accepted")).unwrap().map(|e| e.unwrap().path()).collect();
    for f in [
        "chainon-convert-en.ods",
        "chainon-convert-fr.ods",
        "merged-country-cells.ods",
        "openpyxl-fr-reordered.ods",
        // Six values far out in column XFD of the Supplier sheet: read sparsely, as the `.xlsx` is.
        "far-cells-xfd.ods",
    ] {
        accepted.push(corpus.join("libreoffice").join(f));
    }
    assert!(accepted.len() >= 13, "{accepted:?}");
    for path in accepted {
        let (code, out, err) = chainon_raw(&["assess", path.to_str().unwrap(), "--lang", "fr"]);
        assert_eq!(code, 0, "{}: {out}{err}", path.display());
        assert!(out.contains("modèle de risque") && err.is_empty(), "{}: {out}{err}", path.display());
    }
}

/// `chainon synth` says what it wrote in the language asked, its plurals by CLDR, and refuses a share out of 0 to 1
/// from the catalogues.
#[test]
fn synth_says_what_it_wrote_and_refuses_a_share_out_of_range_in_the_language_asked() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("p.jsonl");
    let out = out.to_str().unwrap();
    let (code, _, err) = chainon_raw(&["synth", "--sites", "40", "--output", out, "--lang", "fr"]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains(" déclarations, ") && err.contains("lignes de lieux, 40 installations"), "{err}");
    assert!(!err.contains("declarations") && !err.contains("facilities"), "{err}");
    let (code, _, err) = chainon_raw(&["synth", "--sites", "40", "--output", out]);
    assert_eq!(code, 0, "{err}");
    assert!(err.contains(" declarations, ") && err.contains("site rows, 40 facilities"), "{err}");
    let (code, _, err) = chainon_raw(&["synth", "--shared", "2", "--output", out, "--lang", "fr"]);
    assert_eq!(code, 1, "{err}");
    assert_eq!(err.trim_end(), "erreur\u{a0}: --shared 2\u{a0}: donnez une part entre 0 et 1");
    let (code, _, err) = chainon_raw(&["synth", "--output", &format!("{out}/no-such-folder/p.jsonl"), "--lang", "fr"]);
    assert_eq!(code, 1, "{err}");
    assert!(err.starts_with("erreur\u{a0}: écriture de "), "{err}");
}

/// A screening edition that is not there is said from the catalogues: in English then French (the command takes no
/// `--lang`), exit 1.
#[test]
fn screening_diff_of_an_edition_that_is_not_there_says_so_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("s.sqlite3").display());
    let good = demo_dir().join("gantex-en578.json");
    let (code, _, err) = chainon(&["import", good.to_str().unwrap(), "--database", &db]);
    assert_eq!(code, 0, "{err}");
    let (code, out, err) = chainon_raw(&["screening", "diff", "4242", "--database", &db]);
    assert_eq!(code, 1, "{out}{err}");
    assert!(err.contains("error: no edition #4242") && err.contains("erreur\u{a0}: aucune édition #4242"), "{err}");
}

/// The JSON of `assess` writes points to the tenth and shares to the thousandth, as the explanations say them: no
/// float noise (`0.062000000000000006`, `-54.099999999999994`) in any demo declaration's numbers.
#[test]
fn assess_writes_numbers_at_the_precision_the_explanations_state() {
    for name in ["uniformes-boreal-w0113.json", "medisafe-gloves-en578.json", "polar-workwear-w0113.json"] {
        let file = demo_dir().join(name);
        let (code, out, err) = chainon(&["assess", file.to_str().unwrap()]);
        assert_eq!(code, 0, "{err}");
        let v: Value = serde_json::from_str(&out).unwrap();
        for f in v["factors"].as_array().unwrap() {
            let tenth = |x: f64| ((x * 10.0).round() / 10.0 - x).abs() < 1e-12;
            assert!(tenth(f["contribution"].as_f64().unwrap()), "{name}: {f}");
            if let Some(share) = f["share"].as_f64() {
                assert!(((share * 1000.0).round() / 1000.0 - share).abs() < 1e-12, "{name}: {f}");
            }
        }
    }
}

/// `screening import` refuses a file dated before the list's current edition (exit 2, in the reader's language,
/// nothing stored) unless `--older` says it is meant; `screening lists --format json` names each edition in both
/// languages as the API does.
#[test]
fn screening_import_refuses_an_older_edition_unless_told_and_lists_name_editions_in_json() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("s.sqlite3").display());
    let newer = dir.path().join("newer.csv");
    std::fs::write(&newer, "id,name,country\nW-1,Fictional Lone Co,CA\nW-2,Fictional Pair Co,CA\n").unwrap();
    let older = dir.path().join("older.csv");
    std::fs::write(&older, "id,name,country\nW-1,Fictional Lone Co,CA\n").unwrap();
    let import = |file: &std::path::Path, published: &str, extra: &[&str]| {
        let mut args = vec!["screening", "import", "--list", "watchlist", file.to_str().unwrap()];
        args.extend(["--published", published, "--database", &db]);
        args.extend(extra.iter().copied());
        chainon(&args)
    };
    assert_eq!(import(&newer, "2026-11-10", &[]).0, 0);
    let (code, out, err) = import(&older, "2026-11-01", &[]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(err.contains("November 1, 2026 is before November 10, 2026"), "{err}");
    assert!(err.contains("Department watch list, edition 1 (#1)") && err.contains("--older"), "{err}");
    let (code, _, err) = import(&older, "2026-11-01", &["--lang", "fr"]);
    assert_eq!(code, 2);
    assert!(err.contains("1er novembre 2026 précède le 10 novembre 2026"), "{err}");
    let (code, out, err) = import(&older, "2026-11-01", &["--older"]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("edition 2 (#2)"), "{out}");
    let (code, out, _) = chainon(&["screening", "lists", "--format", "json", "--database", &db]);
    assert_eq!(code, 0);
    let editions: Value = serde_json::from_str(&out).unwrap();
    let names: Vec<(&str, &str)> = editions
        .as_array()
        .unwrap()
        .iter()
        .map(|e| (e["name_en"].as_str().unwrap(), e["name_fr"].as_str().unwrap()))
        .collect();
    assert_eq!(
        names,
        [
            ("Department watch list, edition 2 (#2)", "Liste de surveillance du ministère, édition 2 (#2)"),
            ("Department watch list, edition 1 (#1)", "Liste de surveillance du ministère, édition 1 (#1)"),
        ]
    );
    assert_eq!(editions[0]["version"], 2, "the stored summary beside its names: {out}");
}

/// `chainon` run in a folder of its own (outside the repository), with environment variables.
fn chainon_in(dir: &std::path::Path, args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_chainon"))
        .args(args)
        .current_dir(dir)
        .env("RUST_LOG", "warn")
        .env_remove("CHAINON_MODEL_DIR")
        .envs(env.iter().copied())
        .output()
        .unwrap();
    said(out)
}

/// Every command that takes a model finds a shipped version by its bare name wherever it runs (the versions are in
/// the binary), a derived one in `risk_models/` of the folder it runs in, and says where it looked for one it cannot
/// find; `model_dir` takes a shipped version by name too.
#[test]
fn model_versions_are_found_by_name_outside_the_repository() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("versions.sqlite3").display());
    let file = demo_dir().join("polar-workwear-w0113.json");
    let (code, _, err) = chainon_in(dir.path(), &["import", file.to_str().unwrap(), "--database", &db], &[]);
    assert_eq!(code, 0, "{err}");

    let (code, out, err) =
        chainon_in(dir.path(), &["model", "diff", "2019.1", "2022.2", "--database", &db, "--format", "json"], &[]);
    assert_eq!(code, 0, "{err}");
    let diff: Value = serde_json::from_str(&out).unwrap();
    assert_eq!((diff["old_version"].as_str(), diff["new_version"].as_str()), (Some("2019.1"), Some("2022.2")));
    assert_eq!(diff["declarations_compared"], 1);

    // 2022.2 → 2022.3: the Canadian site's child-labour context is the high-income estimate, not "No Assessment".
    let (code, out, err) =
        chainon_in(dir.path(), &["model", "diff", "2022.2", "2022.3", "--database", &db, "--format", "json"], &[]);
    assert_eq!(code, 0, "{err}");
    let diff: Value = serde_json::from_str(&out).unwrap();
    let changes = diff["changed"][0]["changes"].as_array().unwrap();
    let wpg = changes
        .iter()
        .find(|c| c["scope"] == "site:WPG" && c["kind"] == "child_labour")
        .unwrap_or_else(|| panic!("{changes:?}"));
    assert!(wpg["new_score"].as_f64() < wpg["old_score"].as_f64(), "{wpg}");
    assert!(wpg["added"].as_array().unwrap().iter().any(|f| f["code"] == "income_estimate"), "{wpg}");
    assert!(wpg["removed"].as_array().unwrap().iter().any(|f| f["code"] == "unassessed_level"), "{wpg}");
    assert!(!changes.iter().any(|c| c["scope"] == "site:VN-CMT" && c["kind"] == "child_labour"), "{changes:?}");

    let (code, out, err) = chainon_in(dir.path(), &["model", "check", "2022.2"], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("model 2022.2: valid"), "{out}");

    // A version derived from a shipped one goes to risk_models/ here, and is found there by its name.
    let (code, _, err) = chainon_in(dir.path(), &["model", "derive", "--from", "2022.3", "--version", "2022.9"], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(dir.path().join("risk_models/2022.9/model.toml").is_file());
    assert!(dir.path().join("risk_models/2022.9/income_groups.csv").is_file());
    let (code, out, err) = chainon_in(dir.path(), &["model", "check", "2022.9"], &[]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("model 2022.9: valid"), "{out}");

    let (code, _, err) = chainon_in(dir.path(), &["model", "check", "2031.4"], &[]);
    assert_ne!(code, 0);
    assert!(
        err.contains(
            "2019.1, 2022.1, 2022.2, 2022.3, 2022.4, 2022.5, 2022.6, 2022.7, 2022.8, 2022.9, 2022.10, 2022.11, 2022.12, 2022.13, 2022.14, 2022.15, 2022.16, 2022.17, 2022.18"
        ) && err.contains("risk_models/2031.4"),
        "{err}"
    );

    // The service's model by version name: assess scores under it.
    let (code, out, err) = chainon_in(
        dir.path(),
        &["assess", file.to_str().unwrap(), "--format", "json"],
        &[("CHAINON_MODEL_DIR", "2022.2")],
    );
    assert_eq!(code, 0, "{err}");
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["model_version"], "2022.2");
    let (code, out, _) = chainon_in(dir.path(), &["assess", file.to_str().unwrap(), "--format", "json"], &[]);
    assert_eq!(code, 0);
    let v: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["model_version"], chainon::scoring::DEFAULT_VERSION);
}

/// `assess --format text` says the declaration's and each site's band and score, the largest factors with their
/// sources and the findings, in English or French from the catalogues (no code, French numbers and plurals); `--lang`
/// alone asks for text.
#[test]
fn assess_writes_a_readable_text_in_either_language() {
    let file = demo_dir().join("uniformes-boreal-w0113.json");
    let (code, en, err) = chainon(&["assess", file.to_str().unwrap(), "--format", "text"]);
    assert_eq!(code, 0, "{err}");
    assert!(en.contains(&format!("risk model {}", chainon::scoring::DEFAULT_VERSION)), "{en}");
    assert!(en.contains("Declaration, Forced labour: Critical "), "{en}");
    assert!(en.contains("4 sites"), "{en}");
    assert!(en.contains("(China) — tier "), "{en}");
    assert!(en.contains("[source: ilab_goods.csv, ILAB List of Goods 2022, line "), "{en}");
    assert!(en.contains("Xinjiang Uyghur Autonomous Region"), "{en}");
    let (code, fr, err) = chainon_raw(&["assess", file.to_str().unwrap(), "--lang", "fr"]);
    assert_eq!(code, 0, "{err}");
    // Sources by their French titles (data of the model), never the English ones.
    for english in
        ["ILAB List of Goods", "Chaînon model", "Worst Forms of Child Labor", "Global Estimates", "World Bank country"]
    {
        assert!(!fr.contains(english), "{english}: {fr}");
    }
    assert!(
        fr.contains("Liste des biens produits par le travail des enfants ou le travail forcé de l'ILAB, 2022"),
        "{fr}"
    );
    // French typography: a no-break space before the colon; compared below as plain spaces.
    assert!(fr.contains("Déclaration, Travail forcé\u{a0}: Critique "), "{fr}");
    let fr = fr.replace('\u{a0}', " ").replace('\u{202f}', "");
    assert!(fr.contains(&format!("modèle de risque {}", chainon::scoring::DEFAULT_VERSION)), "{fr}");
    assert!(fr.contains("Déclaration, Travail forcé : Critique "), "{fr}");
    assert!(fr.contains("4 lieux"), "{fr}");
    assert!(fr.contains("(Chine) — niveau "), "{fr}");
    assert!(
        fr.contains(
            "[source : ilab_goods.csv, Liste des biens produits par le travail des enfants ou le travail forcé de \
             l'ILAB, 2022, ligne "
        ),
        "{fr}"
    );
    assert!(fr.contains("Région autonome ouïghoure du Xinjiang"), "{fr}");
    for (lang, text) in [("en", &en), ("fr", &fr)] {
        let codes = ["listed_good", "forced_labour", "child_labour", "attestation_no", "critical"];
        let shown: Vec<&str> = codes.into_iter().filter(|c| text.contains(c)).collect();
        assert!(shown.is_empty(), "{lang}: {shown:?}\n{text}");
        assert!(!text.contains("(s)"), "{lang}: {text}");
    }
    let without_versions = fr.replace(chainon::scoring::DEFAULT_VERSION, "").replace("2022 ", "");
    let chars: Vec<char> = without_versions.chars().collect();
    assert!(!chars.windows(3).any(|w| w[0].is_ascii_digit() && w[1] == '.' && w[2].is_ascii_digit()), "{fr}");
}

/// A workbook on which the spreadsheet library panics (calamine slicing a number format by the length it claims) is
/// refused in the reader's language, and the terminal shows the refusal alone: no panic message or backtrace in
/// English beside it.
#[test]
fn a_workbook_the_library_panics_on_is_refused_in_french_without_a_panic_on_the_terminal() {
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("supplier_data/corpus/refused/format-claims-too-much.xlsb");
    let (code, out, err) = chainon_raw(&["assess", file.to_str().unwrap(), "--format", "text", "--lang", "fr"]);
    assert_eq!(code, 2, "{out}{err}");
    assert!(!err.contains("panicked") && !err.contains("RUST_BACKTRACE") && !out.contains("panicked"), "{err}");
    assert!(format!("{out}{err}").contains("ne peut pas être lu"), "{out}{err}");
}

/// `chainon` with its locale set by `env` alone (the test runner's own `LANG`, `LC_ALL`, `LC_MESSAGES` removed).
fn chainon_in_locale(args: &[&str], env: &[(&str, &str)]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_chainon"))
        .args(args)
        .env("RUST_LOG", "warn")
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .envs(env.iter().copied())
        .output()
        .unwrap();
    said(out)
}

#[test]
fn help_is_french_when_lang_or_the_locale_asks_and_english_otherwise() {
    let french_headings = ["Utilisation\u{a0}: chainon", "Options\u{a0}:\n", "-h, --help"];
    let english_words = ["Usage:", "Options:", "Commands:", "Arguments:", "Print help", "[default:", "[env:"];
    let no_locale: &[(&str, &str)] = &[];
    let fr_ca: &[(&str, &str)] = &[("LANG", "fr_CA.UTF-8")];
    // The root's help: asked with --lang, or by the locale.
    for (args, env) in [(&["--help", "--lang", "fr"][..], no_locale), (&["--help"], fr_ca), (&["-h"], fr_ca)] {
        let (code, out, err) = chainon_in_locale(args, env);
        assert_eq!(code, 0, "{args:?} {env:?}: {err}");
        for said in french_headings.iter().chain(&["Commandes\u{a0}:\n", "Afficher l'aide", "Afficher la version"]) {
            assert!(out.contains(said), "{args:?} {env:?}: «{said}» not in\n{out}");
        }
        assert!(out.contains("Évaluation des risques éthiques"), "{out}");
        assert!(out.contains("Noter un fichier de déclaration sans base de données"), "{out}");
        assert!(out.contains("Fichier de réglages (TOML)\u{202f}; chainon.toml"), "{out}");
        for english in english_words {
            assert!(!out.contains(english), "{args:?} {env:?}: «{english}» in\n{out}");
        }
    }
    // A subcommand's help, its arguments, defaults, possible values and environment variable in French.
    for (args, env) in [
        (&["model", "diff", "--help", "--lang", "fr"][..], no_locale),
        (&["model", "diff", "--lang=fr", "--help"], no_locale),
        (&["model", "diff", "-h"], &[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "en_CA.UTF-8")][..]),
        (&["help", "model", "diff"], &[("LC_MESSAGES", "fr_BE.UTF-8")][..]),
    ] {
        let (code, out, err) = chainon_in_locale(args, env);
        assert_eq!(code, 0, "{args:?} {env:?}: {err}");
        for said in french_headings.iter().chain(&[
            "Utilisation\u{a0}: chainon model diff",
            "Arguments\u{a0}:\n",
            "Noter à nouveau les déclarations enregistrées selon deux modèles",
            "L'ancien modèle\u{a0}: un dossier",
            "[par défaut\u{a0}: en]",
            "[variable d'environnement\u{a0}: CHAINON_DATABASE_URL]",
            "--database <URL>",
            "--lang <LANGUE>",
        ]) {
            assert!(out.contains(said), "{args:?} {env:?}: «{said}» not in\n{out}");
        }
        // The short help names the possible values; the long one describes each, as clap does in English.
        let values: &[&str] = if args.contains(&"-h") {
            &["[valeurs possibles\u{a0}: en, fr]", "[valeurs possibles\u{a0}: text, json]"]
        } else {
            &["Valeurs possibles\u{a0}:\n", "- fr\u{a0}: Français", "- json\u{a0}: JSON, pour les programmes"]
        };
        for said in values {
            assert!(out.contains(said), "{args:?} {env:?}: «{said}» not in\n{out}");
        }
        for english in english_words.iter().chain(&["[possible values:", "Re-score"]) {
            assert!(!out.contains(english), "{args:?} {env:?}: «{english}» in\n{out}");
        }
    }
    // A command group asked without its subcommand shows its help, in French too (on standard error, exit 2).
    let (code, _, err) = chainon_in_locale(&["screening"], fr_ca);
    assert_eq!(code, 2);
    assert!(err.contains("Commandes\u{a0}:") && err.contains("Filtrage des entités"), "{err}");
    // English: no locale, an English one, or --lang en over a French locale; the doc comments' words.
    for (args, env) in [
        (&["--help"][..], no_locale),
        (&["--help"], &[("LANG", "en_CA.UTF-8")][..]),
        (&["--help"], &[("LC_ALL", "C"), ("LANG", "fr_CA.UTF-8")][..]),
        (&["--help", "--lang", "en"], fr_ca),
    ] {
        let (code, out, err) = chainon_in_locale(args, env);
        assert_eq!(code, 0, "{args:?} {env:?}: {err}");
        assert!(out.contains("Usage: chainon") && out.contains("Commands:") && out.contains("Print help"), "{out}");
        assert!(out.contains("Score one declaration file without a database"), "{out}");
        assert!(!out.contains("Utilisation") && !out.contains("Commandes"), "{args:?} {env:?}: {out}");
    }
    let (code, out, _) = chainon_in_locale(&["model", "diff", "--help", "--lang", "en"], fr_ca);
    assert_eq!(code, 0);
    assert!(
        out.contains("[default: en]") && out.contains("Possible values:\n") && out.contains("- fr: French"),
        "{out}"
    );
    assert!(out.contains("Re-score the stored declarations under two models"), "{out}");
    // The locale chooses the help's language, nothing else: a command runs as before.
    let (code, out, err) = chainon_in_locale(&["model", "check"], fr_ca);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("valid"), "{out}");
}

/// `chainon screening hits` writes at most `--limit` lines: when more hits match, standard error says how many were
/// written of how many and the `--offset` of the next (in the language asked), and `--offset` gives them; when all
/// were written it says nothing.
#[test]
fn screening_hits_says_when_more_match_than_it_wrote_and_pages_with_offset() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}?mode=rwc", dir.path().join("h.sqlite3").display());
    let demo = demo_dir().join("atlantic-marine-w8486.json").display().to_string();
    let (code, _, err) = chainon(&["import", &demo, "--database", &db]);
    assert_eq!(code, 0, "{err}");
    let list = dir.path().join("watch.csv");
    std::fs::write(
        &list,
        "id,name,country,reason\nW-1,Hebei Anchor Chain Factory,CN,Audit\nW-2,Halifax distribution centre,CA,Audit\n",
    )
    .unwrap();
    let list = list.display().to_string();
    let (code, _, err) =
        chainon(&["screening", "import", "--list", "watchlist", &list, "--published", "2026-11-01", "--database", &db]);
    assert_eq!(code, 0, "{err}");
    let (code, all, err) = chainon(&["screening", "hits", "--database", &db]);
    assert_eq!(code, 0, "{err}");
    let total = all.lines().count();
    assert!(total >= 2, "{all}");
    assert!(err.is_empty(), "all written: nothing said: {err}");
    let (_, first, err) = chainon(&["screening", "hits", "--limit", "1", "--database", &db]);
    assert_eq!(first.lines().count(), 1);
    assert!(
        err.contains(&format!("Hits written: 1 of {total} (newest first, from number 1); the next with --offset 1")),
        "{err}"
    );
    let (_, _, err) = chainon_raw(&["screening", "hits", "--limit", "1", "--database", &db, "--lang", "fr"]);
    assert!(err.contains(&format!("Résultats écrits\u{a0}: 1 sur {total}")), "{err}");
    let (_, second, _) = chainon(&["screening", "hits", "--limit", "1", "--offset", "1", "--database", &db]);
    assert_eq!(second.lines().next(), all.lines().nth(1), "the next page");
}

/// `screening hits` keeps to the paging rule of every list: 1 to 1000 hits from an offset of at most 1 000 000 000;
/// outside it a usage error in both languages naming the value given (exit 2), nothing written, no database touched.
#[test]
fn screening_hits_refuses_a_limit_or_offset_outside_the_paging_rule_in_both_languages() {
    let dir = tempfile::tempdir().unwrap();
    let db = format!("sqlite://{}", dir.path().join("none.sqlite3").display());
    for (flag, given, en, fr) in [
        ("--limit", "0", "1 to 1000", "de 1 à 1000"),
        ("--limit", "1001", "1 to 1000", "de 1 à 1000"),
        ("--limit", "5000", "1 to 1000", "de 1 à 1000"),
        ("--offset", "1000000001", "1000000000 or less", "1000000000 ou moins"),
        ("--offset", "18446744073709551615", "1000000000 or less", "1000000000 ou moins"),
    ] {
        let (code, out, err) = chainon(&["screening", "hits", "--database", &db, flag, given]);
        assert_eq!((code, out.as_str()), (2, ""), "{flag} {given}: {err}");
        assert!(err.contains(&format!("{flag} {given}")) && err.contains(en) && err.contains(fr), "{err}");
        assert!(!dir.path().join("none.sqlite3").exists(), "{flag} {given}: nothing created");
    }
}
