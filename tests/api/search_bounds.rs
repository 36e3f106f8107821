//! Every free-text search (`q`: the graph's facilities, the declarations, a screening list's entries and diff) takes
//! at most 20 words and 200 characters; a longer one is refused with a 400 naming `q` and both limits, in English and
//! French, on the API and on the pages, and nothing is searched.

use serde_json::Value;

use crate::helpers::{TestApp, Who, demo_file, demo_files, plain_spaces};
use crate::on_both_backends;

/// `n` words, each a word facilities and suppliers carry (`road`), separated by spaces (`+` in an address).
fn words(n: usize, word: &str) -> String {
    vec![word; n].join("+")
}

async fn answer(app: &TestApp, path: &str) -> (u16, Value) {
    let resp = app.get_as(Who::Officer, path).await;
    let status = resp.status().as_u16();
    (status, resp.json().await.unwrap_or(Value::Null))
}

fn assert_names_the_limits(what: &str, body: &Value) {
    let en = plain_spaces(body["message"].as_str().unwrap_or_default());
    let fr = plain_spaces(body["message_fr"].as_str().unwrap_or_default());
    assert!(en.starts_with("q") && en.contains("20 words") && en.contains("200 characters"), "{what}: {body}");
    assert!(fr.starts_with("q") && fr.contains("20 mots") && fr.contains("200 caractères"), "{what}: {body}");
}

on_both_backends!(a_search_longer_than_its_bounds_is_refused_naming_q, |app: TestApp| async move {
    for name in demo_files() {
        assert!(app.upload(&name, demo_file(&name)).await.status().is_success());
    }
    let long_word = "r".repeat(201);
    for base in ["/api/v1/graph/sites?q=", "/api/v1/declarations?q="] {
        // At the bound: answered.
        let (status, body) = answer(&app, &format!("{base}{}", words(20, "road"))).await;
        assert_eq!(status, 200, "{base}: {body}");
        // One word more, the tester's 1,200 words, 201 characters in one word: refused, naming q and its bounds.
        for q in [words(21, "road"), words(1200, "road"), long_word.clone(), words(21, "a")] {
            let (status, body) = answer(&app, &format!("{base}{q}")).await;
            assert_eq!(status, 400, "{base}{}: {body}", q.len());
            assert_names_the_limits(base, &body);
        }
    }
    // Punctuation separates words as the search reads them: 21 words joined by commas are 21 words.
    let (status, body) = answer(&app, &format!("/api/v1/graph/sites?q={}", vec!["mill"; 21].join(","))).await;
    assert_eq!(status, 400, "{body}");

    // The pages: the same refusal on the error page, in the page's language.
    let officer = app.signed_in(Who::Officer).await;
    for (path, words_said) in [
        (format!("/graph?lang=en&q={}", words(30, "road")), "20 words"),
        (format!("/graph?lang=fr&q={}", words(30, "road")), "20 mots"),
        (format!("/?lang=en&q={}", words(30, "road")), "20 words"),
    ] {
        let resp = officer.get(app.url(&path)).send().await.unwrap();
        assert_eq!(resp.status(), 400, "{path}");
        let page = plain_spaces(&resp.text().await.unwrap());
        assert!(page.contains(words_said), "{path}: {page}");
    }
});

// A search holding a character the service takes in no text — bytes that are no UTF-8 (`%FF`, read as U+FFFD), a
// zero-width space, a right-to-left override — or marks alone is refused with a 400 naming `q` (and the character),
// on the declarations list, the graph's search and the pages; never read as no search (which listed every row) nor
// as a search that finds nothing.
on_both_backends!(a_search_the_service_cannot_read_is_refused_naming_q, |app: TestApp| async move {
    for name in demo_files() {
        assert!(app.upload(&name, demo_file(&name)).await.status().is_success());
    }
    for base in ["/api/v1/graph/sites?q=", "/api/v1/declarations?q=", "/api/v1/screening/editions/1/entries?q="] {
        // A readable search is answered.
        let (status, body) = answer(&app, &format!("{base}mill")).await;
        assert!(status == 200 || status == 404, "{base}: {body}");
        for (q, named) in [
            ("%FF", "U+FFFD"),
            ("mill%FF", "U+FFFD"),
            ("%E2%80%8B", "U+200B"),
            ("mill%E2%80%8Broad", "U+200B"),
            ("%E2%80%AEllim", "U+202E"),
            ("a%C2%ADb", "U+00AD"),
        ] {
            let (status, body) = answer(&app, &format!("{base}{q}")).await;
            if status == 404 {
                continue; // no such list here: nothing to search
            }
            assert_eq!(status, 400, "{base}{q}: {body}");
            let (en, fr) =
                (body["message"].as_str().unwrap_or_default(), body["message_fr"].as_str().unwrap_or_default());
            assert!(en.contains("“q”") && en.contains(named), "{base}{q}: {body}");
            assert!(fr.contains("q") && fr.contains(named), "{base}{q}: {body}");
        }
        // Marks alone: refused, never every row.
        let (status, body) = answer(&app, &format!("{base}-%3B")).await;
        assert!(status == 400 || status == 404, "{base}-;: {body}");
        if status == 400 {
            assert!(body["message"].as_str().unwrap_or_default().contains("at least one letter or digit"), "{body}");
        }
    }
    // The pages: the error page in the page's language, naming the character.
    let officer = app.signed_in(Who::Officer).await;
    for (path, said) in [
        ("/?lang=en&q=%E2%80%8B", "U+200B"),
        ("/graph?lang=fr&q=mill%FF", "U+FFFD"),
        ("/?lang=en&q=-", "at least one letter or digit"),
    ] {
        let resp = officer.get(app.url(path)).send().await.unwrap();
        assert_eq!(resp.status(), 400, "{path}");
        let page = plain_spaces(&resp.text().await.unwrap());
        assert!(page.contains(said) && page.contains("class=\"account-name\""), "{path}: {page}");
    }
});

// Every text filter of the declarations list (the API's and the home page's) is held to the character policy of one
// line before it is read: a control character, a line break, a tab, bytes that are no UTF-8, a zero-width space is a
// 400 naming the parameter and the character by its code point, in both languages, never a filter that matches
// nothing or a value echoed back with the character in it.
on_both_backends!(every_text_filter_of_the_list_names_the_character_it_refuses, |app: TestApp| async move {
    let params = ["q", "solicitation", "category", "country", "band", "child_band", "fy", "from", "to", "sort"];
    let values = [
        ("apparel%07", "U+0007"),
        ("ab%0Acd", "U+000A"),
        ("low%09", "U+0009"),
        ("2026%FF", "U+FFFD"),
        ("%E2%80%8Bmedium", "U+200B"),
    ];
    for name in params {
        for (value, named) in values {
            let path = format!("/api/v1/declarations?{name}={value}");
            let (status, body) = answer(&app, &path).await;
            assert_eq!(status, 400, "{path}: {body}");
            let (en, fr) =
                (body["message"].as_str().unwrap_or_default(), body["message_fr"].as_str().unwrap_or_default());
            assert!(en.contains(&format!("“{name}”")) && en.contains(named), "{path}: {en}");
            assert!(fr.contains(name) && fr.contains(named), "{path}: {fr}");
            assert!(!en.contains('\u{7}') && !en.contains('\n') && !en.contains('\u{200b}'), "{path}: {en}");
        }
    }
    // Every other route's query alike, whatever reads it: the audit log's `subject` (which matched nothing), the
    // screening hits' `list`, an export's `format` (which echoed the character back), a page's paging.
    for (path, name, named) in [
        ("/api/v1/audit?subject=declaration/1%00", "subject", "U+0000"),
        ("/api/v1/audit?subject=declaration%FF", "subject", "U+FFFD"),
        ("/api/v1/screening/hits?list=uflpa%07", "list", "U+0007"),
        ("/api/v1/graph/export?format=dot%E2%80%AE", "format", "U+202E"),
        ("/api/v1/graph/sites?limit=5%0A", "limit", "U+000A"),
    ] {
        let resp = app.get_as(Who::Administrator, path).await;
        assert_eq!(resp.status(), 400, "{path}");
        let body: Value = resp.json().await.unwrap();
        let (en, fr) = (body["message"].as_str().unwrap_or_default(), body["message_fr"].as_str().unwrap_or_default());
        assert!(en.contains(&format!("“{name}”")) && en.contains(named), "{path}: {en}");
        assert!(fr.contains(name) && fr.contains(named), "{path}: {fr}");
    }
    // Asked by nobody signed in, the address asks for a sign-in first; by a role that may not read it, 403: as for
    // any other refusal, nothing is said of the parameters.
    assert_eq!(app.get_as(Who::Anonymous, "/api/v1/audit?subject=a%00").await.status(), 401);
    assert_eq!(app.get_as(Who::Officer, "/api/v1/audit?subject=a%00").await.status(), 403);
    // A readable value is read as before: an unknown category is told the ones there are.
    let (status, body) = answer(&app, "/api/v1/declarations?category=toys").await;
    assert_eq!(status, 400, "{body}");
    assert!(body["message"].as_str().unwrap_or_default().starts_with("category “toys”"), "{body}");
    // The home page: the error page in its language, naming the parameter's character.
    let officer = app.signed_in(Who::Officer).await;
    let resp = officer.get(app.url("/?lang=fr&solicitation=W8486%0D")).send().await.unwrap();
    assert_eq!(resp.status(), 400);
    let page = plain_spaces(&resp.text().await.unwrap());
    assert!(page.contains("U+000D") && page.contains("solicitation"), "{page}");
});

// `lang`, which every address takes, and a name an address does not take are held to the same policy on every
// route, reads and writes alike: the refusal names the parameter and the character, and no refusal quotes such a
// character back (a right-to-left override would reorder the message around it). Bytes that are no UTF-8 are said
// to be such.
on_both_backends!(lang_and_unknown_parameters_name_the_character_and_no_refusal_quotes_it, |app: TestApp| async move {
    use reqwest::Method;
    for (method, path) in [
        (Method::GET, "/api/v1/declarations?lang=a%E2%80%AEb"),
        (Method::GET, "/api/v1/graph?lang=%E2%80%8Ben"),
        (Method::POST, "/api/v1/contracts?lang=f%00r"),
        (Method::GET, "/api/v1/declarations?zzz=a%E2%80%AEb"),
        (Method::POST, "/api/v1/contracts?zzz=a%E2%80%AEb"),
        (Method::GET, "/api/v1/declarations?z%E2%80%AEz=1"),
    ] {
        let resp = app.request(Who::Administrator, method.clone(), path).send().await.unwrap();
        assert_eq!(resp.status(), 400, "{method} {path}");
        let body: Value = resp.json().await.unwrap();
        let (en, fr) = (body["message"].as_str().unwrap_or_default(), body["message_fr"].as_str().unwrap_or_default());
        assert!(en.contains("U+"), "{path}: {en}");
        assert!(fr.contains("U+"), "{path}: {fr}");
        for c in ['\u{202e}', '\u{200b}', '\u{0}'] {
            assert!(!en.contains(c) && !fr.contains(c), "{path}: {en} / {fr}");
        }
    }
    // An id of the address holding such a character is quoted without it.
    let resp = app.get_as(Who::Administrator, "/api/v1/cases/1/attachments/%E2%80%AE").await;
    assert_eq!(resp.status(), 400);
    let text = resp.text().await.unwrap();
    assert!(!text.contains('\u{202e}'), "{text}");
    // `%FF` is said to be bytes that are no UTF-8.
    let (status, body) = answer(&app, "/api/v1/declarations?q=mill%FF").await;
    assert_eq!(status, 400);
    assert!(body["message"].as_str().unwrap_or_default().contains("not UTF-8"), "{body}");
    assert!(body["message_fr"].as_str().unwrap_or_default().contains("pas de l'UTF-8"), "{body}");
});
