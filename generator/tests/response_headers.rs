//! Typed response headers beyond the generated code the snapshots show:
//! what they add to `Cargo.toml` and how `api.json` describes them.

use openapi_xtask::describe::{ApiDescription, DESCRIPTION_PATH};
use openapi_xtask::{generate, Settings};

fn generated(path: &str) -> String {
    let spec = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/cases/response_headers.yaml"))
        .expect("the case exists");
    let generated = generate(&spec, &Settings::new("headers")).unwrap_or_else(|d| panic!("{d:#?}"));
    generated.files.into_iter().find(|f| f.path == path).unwrap_or_else(|| panic!("{path} is generated")).contents
}

#[test]
fn a_type_only_a_header_uses_gets_its_dependency() {
    assert!(generated("Cargo.toml").contains("\nuuid = "), "the `X-Trace-Id` header is a UUID");
}

#[test]
fn api_json_describes_success_and_error_headers() {
    let description = ApiDescription::from_json(&generated(DESCRIPTION_PATH)).unwrap();
    let list = description.operations.iter().find(|op| op.name == "list_things").unwrap();
    let headers = list.headers.as_ref().expect("success headers");
    assert_eq!(headers.name, "ListThingsHeaders2", "the schema named `ListThingsHeaders` keeps its name");
    let fields: Vec<(&str, &str, &str, bool)> =
        headers.fields.iter().map(|f| (f.name.as_str(), f.wire_name.as_str(), f.ty.as_str(), f.required)).collect();
    assert_eq!(fields[0], ("x_total", "x-total", "i64", true));
    assert_eq!(fields[1], ("x_flag", "x-flag", "Option<bool>", false));
    assert_eq!(fields[3], ("x_ids", "x-ids", "Option<Vec<i64>>", false));
    assert!(fields.iter().any(|f| f.0 == "type"), "keywords are described unraw: {fields:?}");

    let too_many = list.error_variants.iter().find(|v| v.variant == "TooManyRequests").unwrap();
    let error_headers = too_many.headers.as_ref().expect("error headers");
    assert_eq!(error_headers.name, "ListThingsTooManyRequestsHeaders");
    assert_eq!(error_headers.fields[0].ty, "i64");

    let level = description.types.iter().find(|t| t.name == "Level").unwrap();
    assert!(level.in_responses, "a type used by a header is part of a response");
    let plain = description.operations.iter().find(|op| op.name == "no_headers").unwrap();
    assert!(plain.headers.is_none());
}
