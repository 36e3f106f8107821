//! The layers of `ARCHITECTURE.md` ("Modules and what they may use"), checked on the source: every `crate::` path
//! outside tests names a module that the file's module may use (`MAY_USE`, which has no cycle). Tests (`tests.rs`, `*_tests.rs`,
//! `tests/` folders, items under `#[cfg(test)]`) may reach anywhere: they build what they check from the top.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// In `MAY_USE`: every other module.
const ANY: &str = "*";

/// What each module of the library may use, as `ARCHITECTURE.md` gives it ("Modules and what they may use"). The
/// relation has no cycle (checked below), so it orders the modules in layers: the pure types (`domain`), the pure
/// rules over them (`import`, `graph`, `cases`, `scoring`, `screening`'s pure parts), storage (which keeps the domain's
/// types and those of the rules it stores, and knows nothing of the graph, scoring or anything above), then
/// reports, the application services, `web` and `startup`. `screening::service` (its runs over storage) is told
/// apart from `screening`'s pure parts, which storage uses.
const MAY_USE: &[(&str, &[&str])] = &[
    ("domain", &[]),
    ("telemetry", &[]),
    ("accounts", &[]),
    ("import", &["domain"]),
    ("graph", &["domain"]),
    ("cases", &["domain"]),
    ("synth", &["domain"]),
    ("scoring", &["domain", "graph"]),
    ("isolation", &["domain", "import"]),
    ("screening", &["domain", "graph", "import"]),
    ("storage", &["domain", "cases", "scoring", "screening"]),
    ("reports", &["domain", "import", "graph", "cases", "scoring", "screening", "storage"]),
    ("notify", &["domain", "cases", "storage", "telemetry"]),
    ("screening::service", &["domain", "screening", "scoring", "storage", "telemetry"]),
    ("graph_service", &["domain", "graph", "storage", "telemetry"]),
    ("config", &["domain", "import", "isolation", "notify", "storage"]),
    (
        "pipeline",
        // `reports`: an intake warning naming a day says it in words from the catalogues.
        &[
            "domain",
            "import",
            "isolation",
            "reports",
            "scoring",
            "screening",
            "screening::service",
            "storage",
            "telemetry",
        ],
    ),
    (
        "web",
        &[
            "domain",
            "accounts",
            "telemetry",
            "import",
            "graph",
            "cases",
            "scoring",
            "isolation",
            "screening",
            "screening::service",
            "storage",
            "reports",
            "notify",
            "graph_service",
            "config",
            "pipeline",
        ],
    ),
    // The top: any module.
    ("startup", &[ANY]),
];

/// Uses against `MAY_USE` that are known and named here, each with its reason, so that none is added unseen (the
/// test also fails when one of these is gone, so the list only shrinks).
const KNOWN: &[(&str, &str, &str)] = &[(
    "screening/service.rs",
    "pipeline",
    "`pipeline::sha256_hex`, the hash an edition is known by: to move below both with the next change of screening",
)];

fn may_use(module: &str) -> Option<&'static [&'static str]> {
    MAY_USE.iter().find(|(m, _)| *m == module).map(|(_, u)| *u)
}

/// The module a file of `src/` belongs to, as `MAY_USE` names it (`None` for the crate root and the binary's files).
fn module_of(relative: &Path) -> Option<String> {
    let mut parts = relative.iter().filter_map(|p| p.to_str()).map(|p| p.trim_end_matches(".rs"));
    let top = parts.next()?;
    if top == "screening" && parts.next() == Some("service") {
        return Some("screening::service".into());
    }
    Some(top.to_string())
}

fn is_test_file(relative: &Path) -> bool {
    let name = relative.file_name().and_then(|n| n.to_str()).unwrap_or_default();
    name == "tests.rs"
        || name.ends_with("_tests.rs")
        || relative.iter().any(|p| p == "tests")
        || relative.iter().any(|p| p.to_str().is_some_and(|p| p.ends_with("_tests")))
}

/// The source without comment lines and without the items under `#[cfg(test)]` (an item ends at its `;` or where
/// its braces close).
fn code_outside_tests(source: &str) -> String {
    let mut out = String::new();
    let mut lines = source.lines();
    while let Some(line) = lines.next() {
        let trimmed = line.trim_start();
        if trimmed.starts_with("//") {
            continue;
        }
        if trimmed.starts_with("#[cfg(test)]") {
            let mut depth = 0i64;
            let mut opened = false;
            for l in lines.by_ref() {
                let l = l.trim();
                if l.starts_with("//") || l.starts_with("#[") {
                    continue;
                }
                depth += l.matches('{').count() as i64 - l.matches('}').count() as i64;
                opened |= l.contains('{');
                if (opened && depth <= 0) || (!opened && l.ends_with(';')) {
                    break;
                }
            }
            continue;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

fn ident(s: &str) -> &str {
    let end = s.find(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).unwrap_or(s.len());
    s.get(..end).unwrap_or(s)
}

/// The modules a path after `crate::` names: `screening::service` is told apart; a group `{a, b::c}` names each.
fn modules_named(after: &str, out: &mut BTreeSet<String>) {
    let after = after.trim_start();
    if let Some(group) = after.strip_prefix('{') {
        let mut depth = 0usize;
        let mut start = 0usize;
        for (i, c) in group.char_indices() {
            match c {
                '{' => depth += 1,
                '}' if depth == 0 => {
                    modules_named(group.get(start..i).unwrap_or_default(), out);
                    return;
                }
                '}' => depth -= 1,
                ',' if depth == 0 => {
                    modules_named(group.get(start..i).unwrap_or_default(), out);
                    start = i + 1;
                }
                _ => {}
            }
        }
        return;
    }
    let top = ident(after);
    if top.is_empty() {
        return;
    }
    let rest = after.get(top.len()..).unwrap_or_default();
    if top == "screening" && rest.strip_prefix("::").is_some_and(|r| ident(r) == "service") {
        out.insert("screening::service".into());
    } else {
        out.insert(top.to_string());
    }
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir).unwrap().map(|e| e.unwrap().path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// Every use against `MAY_USE`: (file under `src/`, the module it names).
fn uses_against_layers() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut wrong = Vec::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap().to_path_buf();
        // The crate root and the binary (`main.rs`, `cli/`) sit above every layer.
        let Some(module) = module_of(&relative) else { continue };
        if matches!(module.as_str(), "lib" | "main" | "cli" | "layers_tests") || is_test_file(&relative) {
            continue;
        }
        let allowed =
            may_use(&module).unwrap_or_else(|| panic!("{}: module `{module}` is not in MAY_USE", file.display()));
        let code = code_outside_tests(&std::fs::read_to_string(&file).unwrap());
        let mut named = BTreeSet::new();
        for (at, _) in code.match_indices("crate::") {
            modules_named(code.get(at + "crate::".len()..).unwrap_or_default(), &mut named);
        }
        for other in named {
            if other == module || (module == "screening::service" && other == "screening") {
                continue;
            }
            if !allowed.contains(&ANY) && !allowed.contains(&other.as_str()) {
                wrong.push((relative.display().to_string(), other));
            }
        }
    }
    wrong
}

#[test]
fn every_module_uses_only_modules_of_lower_layers() {
    let wrong = uses_against_layers();
    let unknown: Vec<_> = wrong.iter().filter(|(f, m)| !KNOWN.iter().any(|(kf, km, _)| f == kf && m == km)).collect();
    assert!(unknown.is_empty(), "uses of a module that MAY_USE does not allow (see ARCHITECTURE.md): {unknown:?}");
    let gone: Vec<_> = KNOWN.iter().filter(|(kf, km, _)| !wrong.iter().any(|(f, m)| f == kf && m == km)).collect();
    assert!(gone.is_empty(), "known exceptions no longer in the code, to take off KNOWN: {gone:?}");
}

#[test]
fn what_modules_may_use_has_no_cycle() {
    // Take off, again and again, the modules that use nothing left: all must go.
    let mut left: Vec<&str> = MAY_USE.iter().map(|(m, _)| *m).collect();
    while !left.is_empty() {
        let free: Vec<&str> = left
            .iter()
            .copied()
            .filter(|m| {
                let uses = may_use(m).unwrap();
                uses.iter().all(|u| !left.contains(u)) && (!uses.contains(&ANY) || left.len() == 1)
            })
            .collect();
        assert!(!free.is_empty(), "MAY_USE has a cycle among {left:?}");
        left.retain(|m| !free.contains(m));
    }
    for (m, uses) in MAY_USE {
        for u in *uses {
            assert!(*u == ANY || may_use(u).is_some(), "{m} may use `{u}`, which is not in MAY_USE");
        }
    }
}

#[test]
fn the_check_sees_uses_in_every_form_and_skips_tests() {
    let source = "use crate::domain::Band;\nuse crate::{graph::national, reports};\nfn f() { crate::web::x(); }\n\
                  // crate::startup in a comment\n#[cfg(test)]\nmod tests {\n    use crate::pipeline;\n}\n\
                  #[cfg(test)]\nmod other;\nuse crate::screening::service::run;\n";
    let code = code_outside_tests(source);
    let mut named = BTreeSet::new();
    for (at, _) in code.match_indices("crate::") {
        modules_named(code.get(at + "crate::".len()..).unwrap_or_default(), &mut named);
    }
    let named: Vec<_> = named.into_iter().collect();
    assert_eq!(named, ["domain", "graph", "reports", "screening::service", "web"]);
    assert_eq!(module_of(Path::new("screening/service.rs")).as_deref(), Some("screening::service"));
    assert_eq!(module_of(Path::new("storage/summary.rs")).as_deref(), Some("storage"));
    assert!(is_test_file(Path::new("storage/summary/tests.rs")));
    assert!(is_test_file(Path::new("import/kinds_tests.rs")));
}

/// The files of `reports` use each other one way (view models of a page live with what they hold, never in a circle
/// such as `views` ↔ `comparison` was): no cycle among the sibling files a file names by `super::` or
/// `crate::reports::`.
#[test]
fn the_files_of_reports_use_each_other_one_way() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/reports");
    let mut files = Vec::new();
    rust_files(&dir, &mut files);
    let names: Vec<String> = files
        .iter()
        .filter(|f| f.parent() == Some(dir.as_path()) && !is_test_file(f.strip_prefix(&dir).unwrap()))
        .map(|f| f.file_stem().unwrap().to_str().unwrap().to_string())
        .filter(|n| n != "mod")
        .collect();
    let uses: Vec<(String, BTreeSet<String>)> = names
        .iter()
        .map(|n| {
            let code = code_outside_tests(&std::fs::read_to_string(dir.join(format!("{n}.rs"))).unwrap());
            let mut named = BTreeSet::new();
            for prefix in ["super::", "crate::reports::"] {
                for (at, _) in code.match_indices(prefix) {
                    modules_named(code.get(at + prefix.len()..).unwrap_or_default(), &mut named);
                }
            }
            named.retain(|m| m != n && names.contains(m));
            (n.clone(), named)
        })
        .collect();
    let mut left: Vec<&(String, BTreeSet<String>)> = uses.iter().collect();
    while !left.is_empty() {
        let before = left.len();
        let remaining: BTreeSet<String> = left.iter().map(|(n, _)| n.clone()).collect();
        left.retain(|(_, u)| u.iter().any(|m| remaining.contains(m)));
        assert!(left.len() < before, "files of reports in a circle: {:?}", left);
    }
}
