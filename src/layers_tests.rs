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
/// types and those of the rules it stores — `cases`, `screening`, the portfolio sums of `scoring` — and knows nothing
/// of the graph, the reports or anything above), then
/// reports, the application services, `web` and `startup`. `screening::service` (its runs over storage) is told
/// apart from `screening`'s pure parts, which storage uses.
const MAY_USE: &[(&str, &[&str])] = &[
    ("domain", &[]),
    ("telemetry", &[]),
    ("accounts", &[]),
    ("import", &["domain", "telemetry"]),
    ("graph", &["domain"]),
    ("cases", &["domain"]),
    ("synth", &["domain"]),
    ("scoring", &["domain", "graph", "telemetry"]),
    ("isolation", &["domain", "import"]),
    ("screening", &["domain", "graph", "import"]),
    ("storage", &["domain", "cases", "scoring", "screening", "telemetry"]),
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
const KNOWN: &[(&str, &str, &str)] = &[];

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

/// The code of a file with `super::` inside its inline modules (not tests) made to name what it names there:
/// `super::` in `mod m { … }` is the file itself (`self::`), `super::super::` the file's siblings (`super::`).
fn inline_modules_resolved(code: &str) -> String {
    let mut out = String::new();
    // The brace depth at which each open inline module began.
    let mut open: Vec<i64> = Vec::new();
    let mut depth = 0i64;
    for line in code.lines() {
        let trimmed = line.trim_start();
        let starts_module = ["mod ", "pub mod ", "pub(super) mod ", "pub(crate) mod "]
            .iter()
            .any(|p| trimmed.starts_with(p) && trimmed.trim_end().ends_with('{'));
        let resolved = if open.is_empty() {
            line.to_string()
        } else {
            line.replace("super::super::", "\u{0}").replace("super::", "self::").replace("\u{0}", "super::")
        };
        out.push_str(&resolved);
        out.push('\n');
        if starts_module {
            open.push(depth);
        }
        depth += line.matches('{').count() as i64 - line.matches('}').count() as i64;
        while open.last().is_some_and(|&d| depth <= d) {
            open.pop();
        }
    }
    out
}

/// What `mod.rs` re-exports (`pub use file::{A, b::C};`: each item with the file it comes from), and its code
/// without those statements.
fn re_exports(parent: &str) -> (Vec<(String, String)>, String) {
    let mut items = Vec::new();
    let mut rest = String::new();
    let mut code = parent;
    loop {
        let next = ["pub use ", "pub(crate) use ", "pub(super) use "]
            .iter()
            .filter_map(|p| code.find(p).map(|at| (at, p.len())))
            .min();
        let Some((at, len)) = next else {
            rest.push_str(code);
            return (items, rest);
        };
        rest.push_str(code.get(..at).unwrap_or_default());
        let after = code.get(at + len..).unwrap_or_default();
        let end = after.find(';').unwrap_or(after.len());
        let path = after.get(..end).unwrap_or_default().trim().trim_start_matches("self::");
        let file = ident(path).to_string();
        let mut named = BTreeSet::new();
        modules_named(path.get(file.len()..).unwrap_or_default().trim_start_matches("::"), &mut named);
        items.extend(named.into_iter().map(|item| (item, file.clone())));
        code = after.get(end..).unwrap_or_default();
    }
}

/// For each file of a folder module (`files`: its name without `.rs`, `mod` for `mod.rs`, and its code outside
/// tests), the sibling files it uses. In a file, `super::x` and `crate::<module>::x` name the file `x`, or the file
/// that `mod.rs` re-exports `x` from (`pub use file::x`), or else `mod.rs` itself (an item it defines); `mod.rs` uses
/// the files its own code names (`pages::routes`), its re-exports aside.
fn uses_between_files(module: &str, files: &[(String, String)]) -> Vec<(String, BTreeSet<String>)> {
    let names: BTreeSet<&str> = files.iter().map(|(n, _)| n.as_str()).collect();
    let parent = files.iter().find(|(n, _)| n == "mod").map(|(_, c)| c.as_str()).unwrap_or_default();
    let (re_exported, parent_own) = re_exports(parent);
    let prefix = format!("crate::{module}::");
    files
        .iter()
        .map(|(name, code)| {
            let mut named = BTreeSet::new();
            if name == "mod" {
                for (at, _) in parent_own.match_indices("::") {
                    let before = parent_own.get(..at).unwrap_or_default();
                    let start = before.rfind(|c: char| !(c.is_ascii_alphanumeric() || c == '_')).map_or(0, |i| i + 1);
                    let word = before.get(start..).unwrap_or_default();
                    if !before.get(..start).unwrap_or_default().ends_with("::") && names.contains(word) {
                        named.insert(word.to_string());
                    }
                }
            } else {
                let code = inline_modules_resolved(code);
                for p in ["super::", prefix.as_str()] {
                    for (at, _) in code.match_indices(p) {
                        modules_named(code.get(at + p.len()..).unwrap_or_default(), &mut named);
                    }
                }
            }
            let uses: BTreeSet<String> = named
                .into_iter()
                .filter_map(|n| {
                    if names.contains(n.as_str()) {
                        Some(n)
                    } else if let Some((_, file)) = re_exported.iter().find(|(item, _)| *item == n) {
                        Some(file.clone())
                    } else if n == "super" || n == "self" {
                        None
                    } else {
                        Some("mod".to_string())
                    }
                })
                .filter(|n| n != name)
                .collect();
            (name.clone(), uses)
        })
        .collect()
}

/// The files in circles, by name, each with the files of the circles it uses: what is left once the files that use
/// none of those left, and those that none of them uses, are taken off, again and again.
fn files_in_circles(uses: &[(String, BTreeSet<String>)]) -> Vec<(String, BTreeSet<String>)> {
    let mut left: Vec<(String, BTreeSet<String>)> = uses.to_vec();
    loop {
        let remaining: BTreeSet<String> = left.iter().map(|(n, _)| n.clone()).collect();
        let used: BTreeSet<String> = left.iter().flat_map(|(_, u)| u.iter().cloned()).collect();
        let before = left.len();
        left.retain(|(n, u)| u.iter().any(|m| remaining.contains(m)) && used.contains(n));
        if left.len() == before {
            let mut circles: Vec<_> =
                left.into_iter().map(|(n, u)| (n, u.intersection(&remaining).cloned().collect())).collect();
            circles.sort();
            return circles;
        }
    }
}

/// The files of `src/<module>/` (not its subfolders, not tests) with their code outside tests.
fn folder_files(module: &str) -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src").join(module);
    let mut files = Vec::new();
    rust_files(&dir, &mut files);
    files
        .iter()
        .filter(|f| f.parent() == Some(dir.as_path()) && !is_test_file(f.strip_prefix(&dir).unwrap()))
        .map(|f| {
            let name = f.file_stem().unwrap().to_str().unwrap().to_string();
            (name, code_outside_tests(&std::fs::read_to_string(f).unwrap()))
        })
        .collect()
}

/// The files of `reports` use each other one way (view models of a page live with what they hold, never in a circle
/// such as `views` ↔ `comparison` was; what the files share is in files of its own, not in `mod.rs`, which uses them).
#[test]
fn the_files_of_reports_use_each_other_one_way() {
    let circles = files_in_circles(&uses_between_files("reports", &folder_files("reports")));
    assert!(circles.is_empty(), "files of reports in a circle (each with the files of it it uses): {circles:?}");
}

/// The files of `web` use each other one way: what handlers share (the state, errors and error pages, the page
/// frame, reading bodies and uploads, labelled answers, who may read what) lives in files of its own below them, and
/// `mod.rs` only declares, re-exports and mounts the routes.
#[test]
fn the_files_of_web_use_each_other_one_way() {
    let circles = files_in_circles(&uses_between_files("web", &folder_files("web")));
    assert!(circles.is_empty(), "files of web in a circle (each with the files of it it uses): {circles:?}");
}

#[test]
fn the_circle_check_sees_circles_through_paths_re_exports_and_mod_rs() {
    let files = |list: &[(&str, &str)]| -> Vec<(String, String)> {
        list.iter().map(|(n, c)| (n.to_string(), code_outside_tests(c))).collect()
    };
    let circles = |list: &[(&str, &str)]| -> Vec<String> {
        files_in_circles(&uses_between_files("web", &files(list))).into_iter().map(|(n, _)| n).collect()
    };
    let parent = "mod a;\nmod b;\nmod c;\npub use c::Thing;\npub fn routes() { a::routes(); }\n";
    // One way: `a` uses `b` (a path, a group) and the re-exported `Thing` of `c`; `mod.rs` uses `a`.
    let one_way = [
        ("mod", parent),
        ("a", "use super::{b::x, Thing};\nfn f() { crate::web::b::y(); }\npub fn routes() {}\n"),
        ("b", "pub fn x() {}\npub fn y() {}\n"),
        ("c", "pub struct Thing;\n"),
    ];
    assert!(circles(&one_way).is_empty());
    // `c` uses `a` back through a full path: `a` → `c` (by the re-export) → `a`.
    let back = [("c", "pub struct Thing;\nfn g() { crate::web::a::routes(); }\n"), one_way[0], one_way[1], one_way[2]];
    assert_eq!(circles(&back), ["a", "c"]);
    // `b` uses an item `mod.rs` defines, and `mod.rs` uses `a`, which uses `b`.
    let through_parent = [one_way[0], one_way[1], ("b", "use super::routes;\npub fn x() {}\n"), one_way[3]];
    assert_eq!(circles(&through_parent), ["a", "b", "mod"]);
    // Inside a file's inline module, `super::` is the file; a test's uses do not count.
    let inline = [
        one_way[0],
        one_way[1],
        (
            "b",
            "pub fn x() {}\npub(super) mod inner {\n    use super::x;\n}\n#[cfg(test)]\nmod tests {\n    use super::super::a;\n}\n",
        ),
        one_way[3],
    ];
    assert!(circles(&inline).is_empty());
    let inline_out = [
        one_way[0],
        one_way[1],
        ("b", "pub fn x() {}\nmod inner {\n    use super::super::a::routes;\n}\n"),
        one_way[3],
    ];
    assert_eq!(circles(&inline_out), ["a", "b"]);
}

/// The outside libraries that do one part's work, each with the modules that may name it (`ARCHITECTURE.md`, the
/// last column of "What lives there"): a reader, a framework, a store, the catalogues' library. What every part
/// speaks is in `SHARED` instead. Some libraries have two owners, each for its own work: `rust_xlsxwriter` (the
/// template in `import`, the exports in `reports`) and `strsim` (the misspelt sheet name of the intake in `import`,
/// the word similarity of the matcher in `screening`); actix is also named by what runs the server `web` serves
/// (`startup` builds it with its request log, the binary's `cli` gives it its runtime); clap and the allocator are
/// the binary's (`main.rs`, `cli/`).
const OWNED: &[(&str, &[&str])] = &[
    ("fluent_bundle", &["reports"]),
    ("fluent_syntax", &["reports"]),
    ("handlebars", &["reports"]),
    ("icu_decimal", &["reports"]),
    ("icu_locale_core", &["reports"]),
    ("which", &["reports"]),
    ("calamine", &["import"]),
    ("quick_xml", &["import"]),
    ("memchr", &["import"]),
    ("encoding_rs", &["import"]),
    ("chardetng", &["import"]),
    ("zip", &["import"]),
    ("feruca", &["import"]),
    ("email_address", &["import"]),
    // Unicode's confusables (UTS #39 skeletons): a letter of another alphabet drawn like a word's own.
    ("unicode_security", &["domain", "import"]),
    // The directory of an OLE compound file: an .xlsx encrypted with a password is told from an .xls.
    ("cfb", &["import"]),
    ("rust_xlsxwriter", &["import", "reports"]),
    ("unic_langid", &["reports"]),
    ("strsim", &["import", "screening"]),
    ("deunicode", &["screening"]),
    // Unicode's character properties (default-ignorable, script, emoji) for the one character policy, and the script
    // of a letter for the intake's words of one alphabet (`import::look_alike`).
    ("icu_properties", &["domain", "import"]),
    // The UFLPA Entity List saved as a web page: the HTML standard's tokenizer decodes every character reference and
    // keeps script and style text out of the cells, as a browser does (`screening::html`).
    ("html5ever", &["screening"]),
    ("petgraph", &["graph"]),
    ("petgraph_graphml", &["graph"]),
    ("xxhash_rust", &["graph"]),
    ("postcard", &["graph"]),
    ("sea_orm", &["storage"]),
    ("sea_orm_migration", &["storage"]),
    ("flate2", &["storage"]),
    ("toml", &["scoring"]),
    ("toml_edit", &["scoring"]),
    ("infer", &["cases"]),
    ("actix_web", &["web", "startup", "cli"]),
    ("actix_multipart", &["web"]),
    ("actix_session", &["web"]),
    ("serde_path_to_error", &["web"]),
    ("futures_util", &["web"]),
    ("tracing_actix_web", &["startup"]),
    ("actix_http", &["startup"]),
    ("actix_service", &["startup"]),
    ("lettre", &["notify"]),
    ("argon2", &["accounts"]),
    ("getrandom", &["accounts"]),
    ("rlimit", &["isolation"]),
    ("arc_swap", &["graph_service"]),
    ("figment", &["config"]),
    ("tracing_subscriber", &["telemetry"]),
    ("fastrand", &["synth"]),
    ("clap", &["main", "cli"]),
    ("indicatif", &["cli"]),
    ("mimalloc", &["main"]),
];

/// The outside libraries every part may name, each with the reason (`ARCHITECTURE.md`, "Modules and what they may
/// use"): what every part speaks rather than one part's work.
const SHARED: &[(&str, &str)] = &[
    ("serde", "the derives of every type that is read or written"),
    ("serde_json", "JSON documents stored, answered and read"),
    ("serde_urlencoded", "what an address or a form carries, read by `web` and written back by the pages' links"),
    ("chrono", "days and moments"),
    ("thiserror", "the error types"),
    ("anyhow", "the errors of the binary and of start-up"),
    ("tracing", "the log"),
    ("tokio", "the runtime: tasks, blocking threads, files, child processes"),
    ("sha2", "the hashes that name files and records"),
    ("hex", "the same hashes written out"),
    ("rustc_hash", "fast hash maps"),
    ("strum", "the derives of enumerations' names and lists"),
    ("unicode_normalization", "text compared as people read it"),
    ("csv", "the data files shipped with the crate, the intake's text files and the exports"),
    ("rust_embed", "the files compiled in: models, templates, assets"),
    ("tempfile", "temporary files and folders"),
    ("utoipa", "the derive on the types the API answers, wherever they live"),
];

/// The `[dependencies]` of `Cargo.toml`, as code names them (`-` as `_`).
fn dependencies(manifest: &str) -> Vec<String> {
    manifest
        .lines()
        .skip_while(|l| l.trim() != "[dependencies]")
        .skip(1)
        .take_while(|l| !l.trim_start().starts_with('['))
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_once('=').map(|(name, _)| name.trim().replace('-', "_")))
        .collect()
}

#[test]
fn every_dependency_is_owned_or_shared_and_nothing_else_is_listed() {
    let manifest = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("Cargo.toml")).unwrap();
    let deps = dependencies(&manifest);
    assert!(deps.len() > 40 && deps.contains(&"actix_web".to_string()) && deps.contains(&"unic_langid".into()));
    let owned: BTreeSet<&str> = OWNED.iter().map(|(l, _)| *l).collect();
    let shared: BTreeSet<&str> = SHARED.iter().map(|(l, _)| *l).collect();
    let forgotten: Vec<_> =
        deps.iter().filter(|d| !owned.contains(d.as_str()) && !shared.contains(d.as_str())).collect();
    assert!(forgotten.is_empty(), "dependencies of Cargo.toml in neither OWNED nor SHARED: {forgotten:?}");
    let both: Vec<_> = owned.intersection(&shared).collect();
    assert!(both.is_empty(), "libraries both owned and shared: {both:?}");
    let gone: Vec<_> = owned.union(&shared).filter(|l| !deps.iter().any(|d| d == *l)).collect();
    assert!(gone.is_empty(), "listed libraries that are not dependencies of Cargo.toml: {gone:?}");
    assert_eq!(owned.len(), OWNED.len(), "a library listed twice in OWNED");
    assert_eq!(shared.len(), SHARED.len(), "a library listed twice in SHARED");
}

#[test]
fn the_dependency_list_is_read_from_its_section_only() {
    let manifest = "[package]\nname = \"x\"\n[dependencies]\n# a comment\nactix-web = { version = \"4\" }\nzip = \"9\"\n\n[dev-dependencies]\ncriterion = \"0.5\"\n";
    assert_eq!(dependencies(manifest), ["actix_web", "zip"]);
}

/// Whether code names the library `lib` as a path (`lib::x`, `use lib::{…}`): not a longer name that ends with it,
/// not a module of the crate that shares its name (`crate::x::zip::`), not a method (`.zip(`).
fn names_library(code: &str, lib: &str) -> bool {
    code.match_indices(lib).any(|(at, _)| {
        let before = code.get(..at).and_then(|b| b.chars().next_back());
        let after = code.get(at + lib.len()..).unwrap_or_default();
        !before.is_some_and(|c| c.is_ascii_alphanumeric() || c == '_' || c == ':' || c == '.')
            && after.starts_with("::")
    })
}

/// Every naming of an owned library outside its owners: (file under `src/`, library).
fn libraries_named_outside_their_owners() -> Vec<(String, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut wrong = Vec::new();
    for file in files {
        let relative = file.strip_prefix(&src).unwrap().to_path_buf();
        let Some(module) = module_of(&relative) else { continue };
        if module == "layers_tests" || is_test_file(&relative) {
            continue;
        }
        // `screening::service` is a part of `screening` for what it may name.
        let module = module.split("::").next().unwrap_or_default().to_string();
        let code = code_outside_tests(&std::fs::read_to_string(&file).unwrap());
        for (lib, owners) in OWNED {
            if names_library(&code, lib) && !owners.contains(&module.as_str()) {
                wrong.push((relative.display().to_string(), lib.to_string()));
            }
        }
    }
    wrong
}

#[test]
fn each_outside_library_of_a_part_is_named_by_that_part_only() {
    let wrong = libraries_named_outside_their_owners();
    assert!(
        wrong.is_empty(),
        "outside libraries named outside the module that owns them (see ARCHITECTURE.md): {wrong:?}"
    );
}

#[test]
fn the_library_check_sees_paths_and_uses_and_nothing_else() {
    assert!(names_library("use fluent_bundle::{FluentArgs, FluentValue};", "fluent_bundle"));
    assert!(names_library("let a = fluent_bundle::FluentArgs::new();", "fluent_bundle"));
    assert!(names_library("fn f(x: &handlebars::Context) {}", "handlebars"));
    assert!(!names_library("let z = a.iter().zip(b);", "zip"));
    assert!(!names_library("use crate::import::zip::read;", "zip"));
    assert!(!names_library("use petgraph_graphml::GraphMl;", "petgraph"));
    assert!(!names_library("use my_zip::x;", "zip"));
    // A check that a file outside `reports` naming Fluent is caught: `cli` owns nothing of it.
    let code =
        code_outside_tests("use fluent_bundle::FluentArgs;\n#[cfg(test)]\nmod tests {\n    use handlebars::X;\n}\n");
    assert!(names_library(&code, "fluent_bundle") && !names_library(&code, "handlebars"));
    assert!(!OWNED.iter().any(|(lib, owners)| *lib == "fluent_bundle" && owners.contains(&"cli")));
}
