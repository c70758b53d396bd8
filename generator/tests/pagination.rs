//! Pagination (cursor, `Link` header, offset, page number): detected from the
//! common shapes of any document, or declared per operation through
//! `Settings::pagination`; a declared rule that does not fit, or names no
//! operation, is a located error.

use openapi_xtask::{generate, PaginationRule, PaginationStyle, Settings, Severity};

const HEADER: &str = "openapi: 3.0.3\ninfo: { title: t, version: '1' }\npaths:\n";

/// A GET operation `id` at `path` with query `params` (all strings) and a
/// success body with `properties` (YAML flow mapping text).
fn op(path: &str, id: &str, params: &[&str], properties: &str) -> String {
    let params: String =
        params.iter().map(|p| format!("        - {{ name: {p}, in: query, schema: {{ type: string }} }}\n")).collect();
    format!(
        "  {path}:\n    get:\n      operationId: {id}\n      parameters:\n{params}      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {{ type: object, properties: {properties} }}\n"
    )
}

fn operations_rs(spec: &str, settings: &Settings) -> String {
    let generated = generate(spec, settings).unwrap_or_else(|d| panic!("{d:#?}"));
    generated.files.into_iter().find(|f| f.path == "src/operations.rs").expect("operations.rs").contents
}

/// The builder names that got an `into_stream`.
fn streamed(operations: &str) -> Vec<String> {
    let mut names = Vec::new();
    let mut current = None;
    for line in operations.lines() {
        if let Some(rest) = line.strip_prefix("impl<'a> ") {
            current = rest.split('<').next().map(str::to_owned);
        }
        if line.contains("pub fn into_stream(") {
            names.extend(current.clone());
        }
    }
    names
}

#[test]
fn common_shapes_are_detected_in_any_document() {
    let spec = [
        HEADER.to_owned(),
        op("/a", "nestedCursor", &["cursor", "limit"], "{ data: { type: array, items: { type: string } }, pagination: { type: object, properties: { nextCursor: { type: string, nullable: true }, hasMore: { type: boolean } } } }"),
        op("/b", "topLevelCursor", &["cursor"], "{ orders: { type: array, items: { type: integer } }, nextCursor: { type: string } }"),
        op("/c", "pageToken", &["page_token"], "{ results: { type: array, items: { type: string } }, next_page_token: { type: string } }"),
        op("/d", "notPaginated", &["q"], "{ items: { type: array, items: { type: string } }, next: { type: string } }"),
        op("/e", "noCursorInBody", &["cursor"], "{ items: { type: array, items: { type: string } } }"),
    ]
    .concat();
    let operations = operations_rs(&spec, &Settings::new("shapes"));
    assert_eq!(streamed(&operations), ["NestedCursor", "TopLevelCursor", "PageToken"]);
    assert!(operations.contains("has_more"), "the hasMore flag is followed");
}

#[test]
fn a_rule_declares_pagination_detection_would_miss() {
    let spec = [HEADER.to_owned(), op("/feed", "feed", &["after"], "{ entries: { type: array, items: { type: string } }, extra: { type: array, items: { type: string } }, meta: { type: object, properties: { following: { type: string } } } }")].concat();
    assert!(streamed(&operations_rs(&spec, &Settings::new("feed"))).is_empty(), "not detected");

    let mut settings = Settings::new("feed");
    let rule = PaginationRule::cursor("after", "meta.following", Some("entries".into()));
    settings.pagination.insert("feed".into(), rule);
    let operations = operations_rs(&spec, &settings);
    assert_eq!(streamed(&operations), ["Feed"]);
    assert!(operations.contains("next.after = Some(cursor.clone())"));
    assert!(operations.contains("page.entries"));
}

#[test]
fn rules_that_do_not_fit_are_located_errors() {
    let spec = [HEADER.to_owned(), op("/feed", "feed", &["after"], "{ entries: { type: array, items: { type: string } }, count: { type: integer }, meta: { type: object, properties: { following: { type: string } } } }")].concat();
    let rule =
        |cursor: &str, next: &str, items: Option<&str>| PaginationRule::cursor(cursor, next, items.map(Into::into));
    let cases = [
        ("feed", rule("before", "meta.following", None), "`cursor_param = \"before\"` is not a string query parameter"),
        ("feed", rule("after", "meta.missing", None), "`next_cursor = \"meta.missing\"` is not a string property"),
        ("feed", rule("after", "count", None), "`next_cursor = \"count\"` is not a string property"),
        ("feed", rule("after", "meta.following", Some("count")), "`items = \"count\"` is not an array property"),
        ("feeds", rule("after", "meta.following", None), "no operation with that operationId"),
    ];
    for (id, rule, expected) in cases {
        let mut settings = Settings::new("feed");
        settings.pagination.insert(id.into(), rule);
        let diagnostics = generate(&spec, &settings).expect_err(expected);
        let error = diagnostics.iter().find(|d| d.severity == Severity::Error).expect("an error");
        assert!(error.message.contains(expected), "{expected}: {}", error.message);
        assert!(error.location.is_some(), "located: {error:?}");
    }
}

/// The text without whitespace and trailing commas, so that line breaks do
/// not matter.
fn compact(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect::<String>().replace(",)", ")")
}

/// A GET operation with integer query `params` and an array body.
fn int_op(path: &str, id: &str, params: &[&str]) -> String {
    let params: String =
        params.iter().map(|p| format!("        - {{ name: {p}, in: query, schema: {{ type: integer }} }}\n")).collect();
    format!(
        "  {path}:\n    get:\n      operationId: {id}\n      parameters:\n{params}      responses:\n        '200':\n          description: ok\n          content:\n            application/json:\n              schema: {{ type: array, items: {{ type: string }} }}\n"
    )
}

#[test]
fn page_numbers_and_other_styles_are_declared_by_rules() {
    let spec = [
        HEADER.to_owned(),
        int_op("/logs", "listLogs", &["p", "per_page"]),
        int_op("/rows", "listRows", &["start", "count"]),
    ]
    .concat();
    assert!(
        streamed(&operations_rs(&spec, &Settings::new("logs"))).is_empty(),
        "page numbers and unusual names are not detected"
    );

    let mut settings = Settings::new("logs");
    let page = PaginationStyle::Page { param: "p".into(), first: 0, limit_param: None };
    settings.pagination.insert("listLogs".into(), PaginationRule { style: page, items: None });
    let offset = PaginationStyle::Offset { param: "start".into(), limit_param: Some("count".into()) };
    settings.pagination.insert("listRows".into(), PaginationRule { style: offset, items: None });
    let operations = operations_rs(&spec, &settings);
    assert_eq!(streamed(&operations), ["ListLogs", "ListRows"]);
    let code = compact(&operations);
    assert!(
        code.contains(&compact(
            "next_page(at.copied().or(builder.p), 0, items.len(), builder.per_page.map(i128::from))"
        )),
        "the conventional page size is found"
    );
    assert!(code
        .contains(&compact("next_offset(at.copied().or(builder.start), items.len(), builder.count.map(i128::from))")));
}

#[test]
fn rules_of_other_styles_that_do_not_fit_are_located_errors() {
    let spec = [
        HEADER.to_owned(),
        int_op("/logs", "listLogs", &["page"]),
        op("/names", "listNames", &["page"], "{ names: { type: array, items: { type: string } } }"),
    ]
    .concat();
    let cases = [
        (
            "listLogs",
            PaginationStyle::Page { param: "p".into(), first: 1, limit_param: None },
            "`param = \"p\"` is not an optional integer query parameter",
        ),
        (
            "listLogs",
            PaginationStyle::Offset { param: "page".into(), limit_param: Some("size".into()) },
            "`limit_param = \"size\"` is not an integer query parameter",
        ),
        (
            "listNames",
            PaginationStyle::Page { param: "page".into(), first: 1, limit_param: None },
            "`param = \"page\"` is not an optional integer query parameter",
        ),
    ];
    for (id, style, expected) in cases {
        let mut settings = Settings::new("logs");
        settings.pagination.insert(id.into(), PaginationRule { style, items: None });
        let diagnostics = generate(&spec, &settings).expect_err(expected);
        let error = diagnostics.iter().find(|d| d.severity == Severity::Error).expect("an error");
        assert!(error.message.contains(expected), "{expected}: {}", error.message);
        assert!(error.location.is_some(), "located: {error:?}");
    }
}

#[test]
fn a_link_header_or_an_offset_is_detected_in_any_document() {
    let link = "  /issues:\n    get:\n      operationId: listIssues\n      responses:\n        '200':\n          description: ok\n          headers:\n            Link: { schema: { type: string } }\n          content:\n            application/json:\n              schema: { type: array, items: { type: string } }\n";
    let spec = [
        HEADER.to_owned(),
        link.to_owned(),
        int_op("/rows", "listRows", &["offset", "limit"]),
        int_op("/pages", "listPages", &["page"]),
    ]
    .concat();
    let operations = operations_rs(&spec, &Settings::new("detect"));
    assert_eq!(streamed(&operations), ["ListIssues", "ListRows"], "page numbers alone are not detected");
    let code = compact(&operations);
    assert!(code.contains(&compact("crate::runtime::paginate_links(\"listIssues\", self, |page: Vec<String>| page)")));
    assert!(code
        .contains(&compact("next_offset(at.copied().or(builder.offset), items.len(), builder.limit.map(i128::from))")));
}
